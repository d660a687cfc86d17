#!/usr/bin/env python3
"""Render batch b52 (24 fictional FOI/EIR/FOISA response letters) and write labels.

Labels come only from the TRUTH held in LETTERS below (written alongside each
source letter), never from the rendered output.
"""
import html, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
WORK = os.path.join(HERE, "work")
OUT = HERE
LO_PROFILE = "file://" + os.path.join(WORK, "lo_profile")

R, P, W, N, NH, REF = ("released", "partially_released", "withheld", "ncnd",
                       "not_held", "refused")


def qs(*items, part=1):
    """items: (stance, [exemptions]) for Q1..Qn of one part."""
    return {f"P{part}.Q{i}": {"stance": s, "exemptions": sorted(e)}
            for i, (s, e) in enumerate(items, 1)}


def merge(*ds):
    out = {}
    for d in ds:
        out.update(d)
    return out


LETTERS = [
    dict(n=1, file="wendshire-cc-FOI-2025-0412.pdf", src="01_wendshire_cc.html", how="lo",
         authority="Wendshire County Council", reference="FOI/2025/0412",
         date="2025-03-03", received="2025-02-04", regime="foia",
         layout="restate then answer (request quoted, 'Response' block keyed Q1:..Q6:)",
         traps=["partial release: contractor named, unit rate withheld s43(2)",
                "s21 signposting with link", "table inside answer Q2",
                "ICO address in boilerplate"],
         q=qs((R, []), (R, []), (P, ["s43(2)"]), (R, ["s21"]), (R, []), (W, ["s40(2)"]))),
    dict(n=2, file="east-calderford-cc-ECCC-FOI-25-01187.docx", src="02_east_calderford.html", how="docx",
         authority="East Calderford County Council", reference="ECCC-FOI-25-01187",
         date="2025-03-14", received="2025-02-14", regime="foia",
         layout="table (question | response) in DOCX",
         traps=["DOCX Word table", "amount given, provider withheld s43(2)",
                "agency names given, rates withheld s43(2)", "released zero ('0')",
                "public interest block after the table"],
         q=qs((R, []), (R, []), (P, ["s43(2)"]), (R, []), (R, []), (P, ["s43(2)"]), (R, []))),
    dict(n=3, file="wendshire-cc-review-IR-2025-0031.pdf", src="03_wendshire_cc_review.fmk", how="lo_fodt", gs=True,
         authority="Wendshire County Council", reference="IR/2025/0031",
         date="2025-03-27", received="2024-12-09", regime="foia",
         layout="internal review (original decision and review outcome per question)",
         traps=["internal review: stance is review outcome", "original ref FOI/2024/2290 also quoted",
                "Q1 s43(2) overturned -> released", "Q2 partly upheld -> partial",
                "Q4 not part of review but answer restated", "LibreOffice PDF re-distilled with Ghostscript",
                "running header/footer with page numbers", "ordinal date '27th March 2025'"],
         q=qs((R, []), (P, ["s43(2)"]), (W, ["s40(2)"]), (R, []))),
    dict(n=4, file="blackfen-lb-disclosure-LBB-FOI-25-1834.html", src="04_blackfen_disclosure.html", how="copy",
         authority="London Borough of Blackfen", reference="LBB/FOI/25/1834",
         date="2025-03-12", received="2025-02-12", regime="foia",
         layout="disclosure-log web page; 'You asked: / Our response:'",
         traps=["request as unnumbered bullets, numbered only by the authority",
                "cookie banner, navigation, breadcrumbs, footer", "s21 signposting with link",
                "redacted contract attached: s43(2) and s40(2) partial",
                "'No' answer is released"],
         q=qs((R, []), (R, ["s21"]), (R, []), (R, []), (P, ["s40(2)", "s43(2)"]))),
    dict(n=5, file="blackfen-lb-FOI-10472.txt", src="05_blackfen_cost.txt", how="copy",
         authority="London Borough of Blackfen", reference="FOI 10472",
         date="2025-03-20", received="2025-02-19", regime="foia",
         layout="prose cost refusal of the whole request; lettered questions (a)-(d)",
         traps=["s12(1) refuses every question though (a),(b) are answerable",
                "section 16 advice mentioned (not a stance)", "date dd/mm/yyyy",
                "cost arithmetic"],
         q=qs(*[(REF, ["s12(1)"])] * 4)),
    dict(n=6, file="kettleby-dc-EIR-25-0067.md", src="06_kettleby_eir.md", how="copy",
         authority="Kettleby District Council", reference="EIR-25-0067",
         date="2025-03-06", received="2025-02-06", regime="eir",
         layout="restate then grouped answers ('Questions 1 & 2', then 'Question N' headings)",
         traps=["EIR regime", "grouped answer Questions 1 & 2", "reg 2(1) and reg 12(2) only quoted",
                "reg 6(1)(b) signposting", "reg 12(4)(a) not held", "US-style date 'March 6, 2025'",
                "markdown table for metadata"],
         q=qs((W, ["reg12(5)(f)"]), (W, ["reg12(5)(f)"]), (R, ["reg6(1)(b)"]), (R, []),
              (W, ["reg13(1)"]), (NH, ["reg12(4)(a)"]))),
    dict(n=7, file="wendshire-constabulary-FOI-0318-25.pdf", src="07_wendshire_police.fmk", how="lo_fodt",
         authority="Wendshire Constabulary", reference="FOI 0318/25",
         date="2025-03-14", received="2025-02-17", regime="foia",
         layout="decision paragraph naming exempt questions by number and part; answers for the rest; two parts",
         traps=["parts with numbering restarting", "decision paragraph 'questions 3 and 4 in part 1 and questions 2 and 3 in part 2'",
                "Section 31(1)(a)(b) expands to two exemptions", "s24(1) only on part 2 Q2,Q3",
                "statutory text quoted", "s17 refusal notice mention", "slogan header repeated on every page",
                "date 14.03.2025"],
         q=merge(qs((R, []), (R, []), (W, ["s31(1)(a)", "s31(1)(b)"]), (W, ["s31(1)(a)", "s31(1)(b)"]), (R, []), part=1),
                 qs((R, []), (W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), (W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), (R, []), part=2))),
    dict(n=8, file="wendshire-constabulary-disclosure-FOI-0355-25.html", src="08_wendshire_police_disclosure.html", how="copy",
         authority="Wendshire Constabulary", reference="FOI 0355/25",
         date="2025-03-21", received="2025-02-24", regime="foia",
         layout="disclosure-log web page; numbered request then numbered answers",
         traps=["NCND grouped '3) and 4)' with different provisions per question",
                "s23(5)+s24(2)+s31(3) NCND", "police 'should not be taken as conclusive evidence' wording",
                "cookie banner, emergency strip, navigation, footer", "date dd/mm/yyyy"],
         q=qs((R, []), (R, []), (N, ["s23(5)", "s24(2)", "s31(3)"]), (N, ["s31(3)"]))),
    dict(n=9, file="corvedale-police-CP-2025-00784.pdf", src="09_corvedale_police.html", how="chromium",
         authority="Corvedale Police", reference="CP-2025-00784",
         date="2025-03-07", received="2025-02-06", regime="foia",
         layout="interleaved Q1/A1 in two parts (numbering restarts)",
         traps=["parts with numbering restarting (Q1..Q5, Q1..Q3)", "'fewer than five' given, exact number withheld s40(2)",
                "marked vehicles given, unmarked withheld s31(1)(a)", "repeated footer on every page", "Chromium PDF"],
         q=merge(qs((R, []), (R, []), (R, []), (R, []), (R, []), part=1),
                 qs((P, ["s40(2)"]), (P, ["s31(1)(a)"]), (R, []), part=2))),
    dict(n=10, file="glynllan-police-HG-FOI-211-25.pdf", src="10_glynllan_police.html", how="chromium",
         authority="Glynllan Police", reference="HG/FOI/211/25",
         date="2025-03-11", received="2025-02-10", regime="foia",
         layout="'Request N:' italic question then answer (interleaved), bilingual Welsh/English headings",
         traps=["Welsh police force, bilingual letterhead and sign-off", "received is the email date",
                "table of figures in answer 1", "fewer than 5 at a school withheld s40(2) (partial)",
                "Chromium PDF"],
         q=qs((R, []), (R, []), (P, ["s40(2)"]), (R, []), (W, ["s40(2)"]))),
    dict(n=11, file="corvedale-police-CP-2025-00851.md", src="11_corvedale_cost.md", how="copy",
         authority="Corvedale Police", reference="CP-2025-00851",
         date="2025-03-18", received="2025-02-19", regime="foia",
         layout="markdown; bullets in quoted request, prose refusal",
         traps=["s12(2) cost refusal phrased 'neither confirm nor deny' (refused, not ncnd)",
                "bullet questions unnumbered", "s17(5) refusal-notice mention is not a stance", "ISO dates"],
         q=qs(*[(REF, ["s12(2)"])] * 3)),
    dict(n=12, file="calderford-hospitals-CHFT-FOI-25-0166.pdf", src="12_calderford_hospitals.html", how="chromium",
         authority="Calderford Hospitals NHS Foundation Trust", reference="CHFT FOI 25/0166",
         date="2025-03-05", received="2025-02-05", regime="foia",
         layout="three-column table (No. | Request | Trust response)",
         traps=["table cells wrap over lines; table may split over pages",
                "agency names given, spend withheld s43(2)", "s21 link to NHS England statistics",
                "not held (NHS Resolution), no provision", "Q4 refers back to Q2's exemption"],
         q=qs((R, []), (P, ["s43(2)"]), (R, []), (W, ["s43(2)"]), (R, []), (R, ["s21"]), (R, []), (R, []), (NH, []))),
    dict(n=13, file="calderford-hospitals-disclosure-CHFT-FOI-25-0201.html", src="13_calderford_disclosure.html", how="copy",
         authority="Calderford Hospitals NHS Foundation Trust", reference="CHFT FOI 25/0201",
         date="2025-03-19", received="2025-02-20", regime="foia",
         layout="disclosure-log web page; Q1./A1. interleaved",
         traps=["answers in attached spreadsheet (released)", "s21 board papers link", "s22 future publication",
                "s31(1)(a) cyber incidents", "only a date of request given (received = request date)"],
         q=qs((R, []), (R, []), (W, ["s31(1)(a)"]), (R, ["s21"]), (R, ["s22"]), (R, []))),
    dict(n=14, file="eastern-shires-ambulance-ESAS-FOI-1842.pdf", src="14_eastern_shires_ambulance.html", how="lo", gs=True,
         authority="Eastern Shires Ambulance Service NHS Trust", reference="ESAS/FOI/1842",
         date="2025-03-12", received="2025-02-11", regime="foia",
         layout="prose: request paraphrased in a paragraph, answered in paragraphs",
         traps=["HARD: questions never numbered, asked in prose", "numbers written as words",
                "not held without a provision", "s40(2)+s41(1) withheld reports",
                "LibreOffice PDF re-distilled with Ghostscript", "date 12.03.2025"],
         q=qs((R, []), (R, []), (R, []), (NH, []), (W, ["s40(2)", "s41(1)"]))),
    dict(n=15, file="brookmere-mh-BMH-FOI-0392.docx", src="15_brookmere_mh.html", how="docx",
         authority="Brookmere Mental Health NHS Foundation Trust", reference="BMH-FOI-0392",
         date="2025-03-19", received="2025-02-19", regime="foia",
         layout="interleaved inside an automatically numbered Word list (question, then 'Response:')",
         traps=["question numbers are Word list numbering, not text", "fewer than five deaths, exact figure s40(2) (partial)",
                "s40(2)+s41(1) withheld", "weekday in date"],
         q=qs((R, []), (R, []), (R, []), (R, []), (R, []), (P, ["s40(2)"]), (W, ["s40(2)", "s41(1)"]))),
    dict(n=16, file="brookmere-mh-review-BMH-IR-0019.pdf", src="16_brookmere_review.html", how="chromium", gs=True,
         authority="Brookmere Mental Health NHS Foundation Trust", reference="BMH-IR-0019",
         date="2025-03-31", received="2025-01-08", regime="foia",
         layout="internal review as a three-column table (question | original | review outcome, changes in bold)",
         traps=["internal review: stance is review outcome", "original ref BMH-FOI-0277 also quoted",
                "not held overturned -> released", "s43(2) partly overturned -> partial",
                "several dates (request, response, review request)", "s50 complaint boilerplate",
                "Chromium PDF re-distilled with Ghostscript"],
         q=qs((R, []), (P, ["s43(2)"]), (R, []), (W, ["s40(2)"]))),
    dict(n=17, file="wendshire-fire-WFRS-FOI-2025-044.txt", src="17_wendshire_fire.txt", how="copy",
         authority="Wendshire Fire and Rescue Service", reference="WFRS FOI 2025-044",
         date="2025-03-04", received="2025-02-03", regime="foia",
         layout="restate then answer with 'Point N' headings",
         traps=["HARD: answers out of order ('In answer to point 6', 'Turning to point 3')",
                "number of firefighters given, names withheld s40(2) (partial)", "not held without provision",
                "hard-wrapped plain text"],
         q=qs((R, []), (R, []), (R, []), (R, []), (NH, []), (P, ["s40(2)"]))),
    dict(n=18, file="lowhampton-uni-UoL-FOI-25-058.pdf", src="18_lowhampton_uni.html", how="lo",
         authority="University of Lowhampton", reference="UoL-FOI-25-058",
         date="2025-03-17", received="2025-02-17", regime="foia",
         layout="'REQUEST N / RESPONSE' headings",
         traps=["s36(2)(b)(ii)+s40(2) redacted minutes (partial)", "s22(1) future publication",
                "s21 link to financial statements", "s43(2) withheld"],
         q=qs((R, []), (W, ["s43(2)"]), (R, []), (R, ["s21"]), (P, ["s36(2)(b)(ii)", "s40(2)"]), (R, ["s22(1)"]))),
    dict(n=19, file="lowhampton-uni-disclosure-F25-071.html", src="19_lowhampton_disclosure.html", how="copy",
         authority="University of Lowhampton", reference="F25/071",
         date="2025-03-24", received="2025-02-24", regime="foia",
         layout="disclosure-log web page; 14 questions in an <ol>, grouped answers",
         traps=["14 questions", "grouped answers: 'Questions 1 to 4', 'Questions 5 and 6', 'Questions 7 & 8'",
                "s38(1)(a)+s40(2)", "HTML list numbering (not literal numbers)", "cookie banner and footer"],
         q=qs((R, []), (R, []), (R, []), (R, []), (W, ["s38(1)(a)", "s40(2)"]), (W, ["s38(1)(a)", "s40(2)"]),
              (R, []), (R, []), (R, []), (R, []), (W, ["s43(2)"]), (R, []), (R, ["s21"]), (R, []))),
    dict(n=20, file="nhs-strathannan-2025-000318.pdf", src="20_nhs_strathannan.html", how="chromium", gs=True,
         authority="NHS Strathannan", reference="2025-000318",
         date="2025-03-20", received="2025-02-20", regime="foisa",
         layout="numbered question headings each followed by the answer",
         traps=["FOISA regime", "s25(1) signposting", "s17(1) not-held notice",
                "s38(1)(b) absolute exemption", "Chromium PDF re-distilled with Ghostscript",
                "ordinal date"],
         q=qs((R, ["foisa:s25(1)"]), (R, []), (R, []), (NH, ["foisa:s17(1)"]), (W, ["foisa:s38(1)(b)"]), (R, []))),
    dict(n=21, file="nhs-strathannan-2025-000344.txt", src="21_nhs_strathannan_cost.txt", how="copy",
         authority="NHS Strathannan", reference="2025-000344",
         date="2025-03-27", received="2025-03-03", regime="foisa",
         layout="prose cost refusal; two questions quoted as (1) and (2)",
         traps=["FOISA s12(1) £600", "only two questions", "'Your Ref: (email)' line",
                "section 15 advice mention is not a stance"],
         q=qs((REF, ["foisa:s12(1)"]), (REF, ["foisa:s12(1)"]))),
    dict(n=22, file="fellmoor-npa-FNPA-EIR-25-009.docx", src="22_fellmoor_npa.html", how="docx",
         authority="Fellmoor National Park Authority", reference="FNPA/EIR/25/009",
         date="2025-03-10", received="2025-02-10", regime="eir",
         layout="interleaved 'Question N:' / 'Answer:' in DOCX",
         traps=["EIR regime", "reg 12(4)(a) not held with reg 10 transfer advice", "reg12(5)(e) redacted contract (partial)",
                "reg13(1) withheld", "letterhead as a table", "received date only in subject line"],
         q=qs((R, []), (NH, ["reg12(4)(a)"]), (R, []), (P, ["reg12(5)(e)"]), (W, ["reg13(1)"]))),
    dict(n=23, file="saltwick-port-PSA-25-017.md", src="23_saltwick_port.md", how="copy",
         authority="Port of Saltwick Authority", reference="PSA 25/017",
         date="2025-03-25", received="2025-02-25", regime="eir",
         layout="restate (a)-(d) then answers keyed (a)-(d)",
         traps=["EIR NCND: reg 12(6) with reg 12(5)(a)", "reg 6(1)(b) signposting", "answer in attachment",
                "dates dd-mm-yyyy", "licence reference L/2022/00318/2 in answer"],
         q=qs((R, []), (R, ["reg6(1)(b)"]), (R, []), (N, ["reg12(5)(a)", "reg12(6)"]))),
    dict(n=24, file="stra-scan-FOI2025-04417.pdf", src="24_strata_scan.fmk", how="ocr",
         authority="Skilled Trades Registration Agency", reference="FOI2025/04417",
         date="2025-03-28", received="2025-03-03", regime="foia",
         layout="restate then answer ('In response to question one ...')",
         traps=["OCR'd scan (tesseract text layer over image)", "HARD: question numbers written as words",
                "s36(2)(b)(ii)+s36(2)(c) withheld", "central government agency"],
         q=qs((R, []), (R, []), (R, []), (R, []), (W, ["s36(2)(b)(ii)", "s36(2)(c)"]))),
]


# ---------------------------------------------------------------- rendering

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit(f"command failed: {cmd}")
    return r


def soffice(src, target):
    """Convert src with LibreOffice into WORK; return produced path."""
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if src.endswith(".html"):
        # import with the Writer HTML filter (the Writer/Web default drops the first paragraph)
        cmd.append("--infilter=HTML (StarWriter)")
        if target == "pdf":
            target = "pdf:writer_pdf_Export"
    run(cmd + ["--convert-to", target, "--outdir", WORK, src], timeout=300)
    ext = target.split(":")[0]
    out = os.path.join(WORK, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        raise SystemExit(f"soffice produced nothing for {src}")
    return out


def inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', s)


def fmk_to_fodt(path):
    """Tiny markup -> flat ODT: '@key: value' directives, blank-line blocks,
    '# ' heading, '> ' quoted lines, '**bold**'; lines in a block are line breaks."""
    meta, body = {}, []
    lines = open(path, encoding="utf-8").read().split("\n")
    while lines and lines[0].startswith("@"):
        k, _, v = lines.pop(0)[1:].partition(":")
        meta[k.strip()] = v.strip()
    blocks, cur = [], []
    for ln in lines:
        if ln.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    for b in blocks:
        if b[0].startswith("# "):
            body.append(f'<text:p text:style-name="H">{inline(b[0][2:])}</text:p>')
            rest = b[1:]
            if rest:
                body.append('<text:p text:style-name="Body">' + "<text:line-break/>".join(inline(x) for x in rest) + "</text:p>")
        elif all(x.startswith(">") for x in b):
            for x in b:
                body.append(f'<text:p text:style-name="Q">{inline(x[1:].strip())}</text:p>')
        else:
            body.append('<text:p text:style-name="Body">' + "<text:line-break/>".join(inline(x) for x in b) + "</text:p>")

    def hf(t):
        t = inline(t)
        return t.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
    font = meta.get("font", "Liberation Sans")
    size = meta.get("size", "11")
    header = meta.get("header", "")
    footer = meta.get("footer", "")
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Main" svg:font-family="&apos;{font}&apos;"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Main" fo:font-size="{size}pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%"/></style:style>
 <style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="{int(size)+1}pt"/></style:style>
 <style:style style:name="Q" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.12cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:color="#444444"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 {"<style:header><text:p text:style-name='HF'>" + hf(header) + "</text:p></style:header>" if header else ""}
 {"<style:footer><text:p text:style-name='HF'>" + hf(footer) + "</text:p></style:footer>" if footer else ""}
</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''
    out = os.path.join(WORK, os.path.splitext(os.path.basename(path))[0] + ".fodt")
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)
    return out


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", "file://" + src], timeout=300)


def redistill(pdf, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf], timeout=300)


def ocr(pdf, out):
    d = os.path.join(WORK, "ocr")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    # rasterise as a slightly skewed greyscale "scan" (0.6 degree tilt, small offset)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r150",
         "-o", os.path.join(d, "page-%02d.png"),
         "-c", "<</BeginPage {6 -4 translate 0.6 rotate}>> setpagedevice", "-f", pdf], timeout=300)
    pages = sorted(p for p in os.listdir(d) if p.endswith(".png"))
    with open(os.path.join(d, "list.txt"), "w") as f:
        for p in pages:
            f.write(os.path.join(d, p) + "\n")
    base = os.path.join(d, "scan")
    run(["tesseract", os.path.join(d, "list.txt"), base, "-l", "eng", "pdf"], timeout=600)
    shutil.copy(base + ".pdf", out)


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(OUT, L["file"])
    how = L["how"]
    if how == "copy":
        shutil.copy(src, out)
        return
    if how == "docx":
        shutil.copy(soffice(src, "docx:MS Word 2007 XML"), out)
        return
    if how == "chromium":
        tmp = os.path.join(WORK, f"{L['n']:02d}-chromium.pdf")
        chromium_pdf(src, tmp)
    elif how == "lo":
        tmp = soffice(src, "pdf")
    elif how in ("lo_fodt", "ocr"):
        tmp = soffice(fmk_to_fodt(src), "pdf")
    else:
        raise SystemExit(how)
    if how == "ocr":
        ocr(tmp, out)
    elif L.get("gs"):
        redistill(tmp, out)
    else:
        shutil.copy(tmp, out)


def main():
    os.makedirs(WORK, exist_ok=True)
    only = set(sys.argv[1:])
    names = [L["file"] for L in LETTERS]
    assert len(names) == len(set(names)) == 24
    for L in LETTERS:
        if only and str(L["n"]) not in only:
            continue
        print("render", L["file"], file=sys.stderr)
        render(L)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": L["q"]}
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    if not only:
        shutil.rmtree(WORK, ignore_errors=True)  # intermediates only: leave the letters and labels
    nq = sum(len(L["q"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for v in L["q"].values() if v["stance"] == "withheld")
    print(f"{len(LETTERS)} letters, {nq} questions, {nw} withheld", file=sys.stderr)


if __name__ == "__main__":
    main()
