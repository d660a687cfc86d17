#!/usr/bin/env python3
"""Batch 80: 24 fictional UK FOI / EIR / FOISA response letters.

Every letter's truth lives in LETTERS below. Running this script renders each
letter from src/ into this folder with real producers (LibreOffice, Chromium,
Ghostscript, Tesseract) and writes expect.json and labels_full.json from
LETTERS only.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, ".build")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

# Stance shorthands
R, PR, W, NCND, NH, REF, UNK = ("released", "partially_released", "withheld",
                                "ncnd", "not_held", "refused", "unknown")
POLICE_ICT = ["s24(1)", "s31(1)(a)", "s31(1)(b)"]
LETTERS = [
    dict(file="dcr-foi-21-0448.pdf", src="dcr-foi-21-0448.html", render="lo_pdf",
         authority="Department for Coastal Resilience", reference="DCR/FOI/21/0448",
         date="2021-11-09", received="2021-10-12", regime="foia",
         layout="request restated with lettered items (a)-(e), answered in long prose paragraphs without item labels",
         traps=["answers in prose paragraphs keyed only by wording ('On the first point', 'As regards the rejected bids')",
                "counts in words with names withheld (s40(2)) = partially released",
                "s36 named only to explain why it was not used", "s12 mentioned as not relied on",
                "s21 link to published evaluation", "central government, s50 boilerplate"],
         parts=[[(R, []), (PR, ["s40(2)"]), (W, ["s35(1)(a)"]), (NH, []), (R, ["s21"])]]),
    dict(file="ohnr-ir-2024-0071.pdf", src="ohnr-ir-2024-0071.html", render="lo_pdf",
         authority="Office of the Heat Networks Regulator", reference="IR-2024-0071",
         date="2024-09-03", received="2024-06-11", regime="foia",
         layout="internal review restating the original request, outcome per question in bold headings",
         traps=["original reference FOI-2024-0339 and ICO decision notice IC-284417-K2W9 quoted",
                "Q2 overturned: s31 withheld -> released", "Q3 upheld s31(1)(g) by virtue of s31(2)(c)",
                "Q4 partly overturned: count, grades, one name released, rest s40(2)",
                "Q5 not held overturned -> released with s36(2)(b)(ii) redactions",
                "several dates: review request, original response, original receipt"],
         parts=[[(R, []), (R, []), (W, ["s31(1)(g)", "s31(2)(c)"]), (PR, ["s40(2)"]), (PR, ["s36(2)(b)(ii)"])]]),
    dict(file="lmt-foi-22-317.pdf", src="lmt-foi-22-317.html", render="lo_pdf",
         authority="Lagan and Mourne Health and Social Care Trust", reference="LMT/FOI/22/317",
         date="2022-03-24", received="2022-02-25", regime="foia",
         layout="two-column bordered table Request | Trust Response (Northern Ireland HSC trust)",
         traps=["directorate counts given, ward breakdown withheld s38(1)(a)(b) = partially released",
                "'Nil known to the Trust' released zero", "'Yes.' only answer", "'Forty-two' in words",
                "s21 link", "PSNI reporting not held"],
         parts=[[(R, []), (PR, ["s38(1)(a)", "s38(1)(b)"]), (NH, []), (R, []), (R, ["s21"]), (R, []), (R, [])]]),
    dict(file="ardmhor-foi-25-0412.pdf", src="ardmhor-foi-25-0412.html", render="lo_pdf",
         authority="Ardmhor Council", reference="ARD-FOI-25-0412",
         date="2025-04-15", received="2025-03-18", regime="foisa",
         layout="'You asked: / Our response:' headings, Scottish council (Gaelic name in letterhead)",
         traps=["FOISA s25(1) signposting to public register", "s17(1) not-held notice",
                "s38(1)(b) withheld", "s33(1)(b) redactions of day rates = partially released",
                "s20 review / s47(1) boilerplate"],
         parts=[[(R, []), (R, ["foisa:s25(1)"]), (W, ["foisa:s38(1)(b)"]), (NH, []), (R, []), (PR, ["foisa:s33(1)(b)"])]]),
    dict(file="kestrelford-foi-2020-113.pdf", src="kestrelford-foi-2020-113.html", render="lo_pdf",
         authority="University of Kestrelford", reference="FOI 2020/113",
         date="2020-02-19", received="2020-01-22", regime="foia",
         layout="request in two parts (A, B) whose numbering restarts, answers numbered per part, annex tables after the signature",
         traps=["numbering restarts in Part B", "answers in Annex A / Annex B after the letter",
                "'Sixty-three', 'Nine' in words", "'None.' released zero",
                "names released, commission withheld s43(2) = partially released", "s21 link"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (W, ["s40(2)"]), (R, ["s21"])],
                [(R, []), (R, []), (R, [])]]),
    dict(file="gwfrs-foi-0931.pdf", src="gwfrs-foi-0931.html", render="lo_pdf",
         authority="Greater Wexcombe Fire and Rescue Service", reference="GWFRS/FOI/0931",
         date="2017-05-30", received="2017-05-03", regime="foia",
         layout="restated request then a single cost refusal with s16 advice",
         traps=["one costly question (Q3) refuses the whole request under s12(1)",
                "advice names questions 1, 2 and 4 as answerable if Q3 is dropped (still refused)",
                "policy mentioned as helpful but not given as an answer",
                "earlier request GWFRS/FOI/0877 quoted", "date range inside Q3", "'Your ref: email 3/5/17'"],
         parts=[[(REF, ["s12(1)"])] * 5]),
    dict(file="glanteifi-foi-3381.pdf", src="glanteifi-foi-3381.html", render="lo_pdf",
         authority="Glan Teifi County Borough Council", reference="CAIS/FOI 3381",
         date="2019-10-08", received="2019-09-10", regime="foia",
         layout="interleaved 'Cwestiwn / Question n' and 'Ymateb / Response' Welsh bilingual headings",
         traps=["Welsh/English bilingual headings and letterhead (Cyngor Bwrdeistref Sirol Glan Teifi)",
                "'0' released zero", "'Not applicable.' after a zero (released)",
                "operators named, contract values withheld s43(2)", "dates as 08/10/2019"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (PR, ["s43(2)"]), (NH, [])]]),
    dict(file="hallamvale-eir-23-117.pdf", src="hallamvale-eir-23-117.html", render="chromium",
         authority="Hallamvale Metropolitan Borough Council", reference="EIR-23-117",
         date="2023-08-22", received="2023-07-25", regime="eir",
         layout="disclosure-log web page with cookie banner and navigation, Q1/A1 interleaved",
         traps=["EIR: reg 6(1)(b), 12(4)(e), 12(5)(b), 12(4)(a), 13(1)",
                "dates inside Q3 (5-11 September 2022)", "count given, objector names withheld reg 13(1)",
                "reg 18 / s50 boilerplate"],
         parts=[[(R, ["reg6(1)(b)"]), (W, ["reg12(4)(e)"]), (R, []), (W, ["reg12(5)(b)"]),
                 (NH, ["reg12(4)(a)"]), (PR, ["reg13(1)"])]]),
    dict(file="westmarches-foi-000412-22.pdf", src="westmarches-foi-000412-22.html", render="chromium",
         authority="West Marches Police", reference="FOI 000412/22",
         date="2022-11-16", received="2022-10-19", regime="foia",
         layout="police disclosure-log page; questions listed, some answered inline, others answered in grouped sections after the list",
         traps=["questions 3 and 5 answered together in one NCND section but with different provisions",
                "Q4 withheld s24(1) + s31(1)(a)(b) in a later section",
                "s40(5) named only as not relied on", "police 'should not be taken as conclusive evidence' wording",
                "site navigation and 999 banner"],
         parts=[[(R, []), (R, []), (NCND, ["s24(2)", "s31(3)"]), (W, POLICE_ICT),
                 (NCND, ["s23(5)", "s24(2)"]), (R, ["s21"])]]),
    dict(file="ctp-foi-18-0057.pdf", src="ctp-foi-18-0057.html", render="chromium",
         authority="Caledonian Transport Partnership", reference="CTP/FOI/18/0057",
         date="2018-03-12", received="2018-02-13", regime="foisa",
         layout="FOISA disclosure-log page; two parts whose numbering restarts, italic question then answer",
         traps=["numbering restarts in Part 2", "FOISA s27(1) future publication (released)",
                "s30(b)(i) withheld", "names given, responses withheld s33(1)(b)", "s17(1) not-held notice",
                "'Seven' in words"],
         parts=[[(R, ["foisa:s27(1)"]), (W, ["foisa:s30(b)(i)"]), (R, [])],
                [(R, []), (PR, ["foisa:s33(1)(b)"]), (NH, [])]]),
    dict(file="fnpa-eir-16-044.pdf", src="fnpa-eir-16-044.html", render="gs_from_lo",
         authority="Fellmoor National Park Authority", reference="FNPA/EIR/16/044",
         date="2016-07-05", received="2016-06-07", regime="eir",
         layout="request restated ('I note you seek access to the following'), then numbered answers",
         traps=["EIR reg 12(5)(a) public safety, 12(4)(e), 12(5)(g), 12(4)(b) manifestly unreasonable",
                "reg 12(4)(d) considered but not applied", "'Forty-seven' in words",
                "date 1951 inside a question", "reg 18 boilerplate"],
         parts=[[(W, ["reg12(5)(a)"]), (R, []), (W, ["reg12(4)(e)"]), (W, ["reg12(5)(g)"]),
                 (REF, ["reg12(4)(b)"]), (R, [])]]),
    dict(file="bdc-foi-782-15.pdf", src="bdc-foi-782-15.html", render="gs_from_lo",
         authority="Brackenridge District Council", reference="BDC 782/15",
         date="2015-02-11", received="2015-01-14", regime="foia",
         layout="restated list then bold 'Question n' answers with a grouped 'Questions 2 and 3' answer",
         traps=["grouped answer for questions 2 and 3", "s12(2) cost refusal saying 'neither confirm nor deny' (refused, not ncnd)",
                "tribunal case EA/2011/0007 quoted", "'0.' released zero", "date range 2010-2014 in Q5"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s31(1)(a)"]), (REF, ["s12(2)"]), (R, [])]]),
    dict(file="teas-foi-1209.pdf", src="teas-foi-1209.html", render="gs_from_chromium",
         authority="Thames Estuary Ambulance Service NHS Trust", reference="TEAS-FOI-1209",
         date="2024-02-07", received="2024-01-09", regime="foia",
         layout="REQUEST / RESPONSE blocks",
         traps=["answers in attached spreadsheet (released)", "'Nil.' released zero", "'Thirty-eight.' in words",
                "summaries released, full reports withheld s40(2)+s41(1)", "dates inside Q1"],
         parts=[[(R, []), (R, []), (NH, []), (R, []), (R, []), (PR, ["s40(2)", "s41(1)"])]]),
    dict(file="strathdevon-ir-2021-019.pdf", src="strathdevon-ir-2021-019.html", render="gs_from_chromium",
         authority="NHS Strathdevon", reference="SD-IR-2021-019",
         date="2021-09-28", received="2021-06-30", regime="foisa",
         layout="FOISA internal review restating the original request, findings per question",
         traps=["original ref SD-FOI-2021-0774 quoted", "Q1 s17 not-held overturned -> released figures",
                "Q3 s33(1)(b) partly overturned: names released, rates withheld",
                "Q4 s38(1)(b) upheld", "Q5 s30(b)(i) no longer applies; now s25(1) signposting",
                "s47(1) boilerplate"],
         parts=[[(R, []), (R, []), (PR, ["foisa:s33(1)(b)"]), (W, ["foisa:s38(1)(b)"]), (R, ["foisa:s25(1)"])]]),
    dict(file="uht-foi-13-0088.pdf", src="uht-foi-13-0088.html", render="ocr_from_lo",
         authority="Ulster Housing Trust", reference="UHT/FOI/13/0088",
         date="2013-05-21", received="2013-04-23", regime="foia",
         layout="interleaved bold Qn question with answer below (Northern Ireland housing body), OCR scan",
         traps=["'Yes.' / 'No.' only answers", "'Two hundred and six' in words",
                "register released with tenants' names removed s40(2)", "OCR text layer"],
         parts=[[(R, []), (R, []), (PR, ["s40(2)"]), (R, []), (R, []), (R, [])]]),
    dict(file="dyfedteifi-foi-211-17.pdf", src="dyfedteifi-foi-211-17.html", render="ocr_from_chromium",
         authority="Dyfed-Teifi Police", reference="FOI 211/17",
         date="2017-08-23", received="2017-07-26", regime="foia",
         layout="request quoted as one prose paragraph, answered in prose out of order, exemption in a closing paragraph",
         traps=["questions never numbered (order: assaults, charged, Taser trained, Taser fired, ARV stations, spit hoods)",
                "answers out of order (Taser first)", "numbers in words", "spit hoods not held",
                "ARV locations withheld s24(1) and s31(1)(a) named only in a later paragraph",
                "Welsh force bilingual letterhead", "OCR text layer"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (W, ["s24(1)", "s31(1)(a)"]), (NH, [])]]),
    dict(file="kingsmere-foi-24-5512.docx", src="kingsmere-foi-24-5512.html", render="lo_docx",
         authority="London Borough of Kingsmere", reference="KLB/FOI/24/5512",
         date="2024-10-02", received="2024-09-04", regime="foia",
         layout="Word letter: request as an automatic numbered list, answers as a second automatic numbered list",
         traps=["numbers are list numbering, not text", "'No.' only answer", "'Eighty-four.' in words",
                "s21 to contracts register", "s40(2) names"],
         parts=[[(R, []), (R, []), (R, ["s21"]), (R, []), (R, []), (R, []), (W, ["s40(2)"])]]),
    dict(file="northfield-foi-0063.docx", src="northfield-foi-0063.html", render="lo_docx",
         authority="Northfield College", reference="NC-FOI-0063",
         date="2022-06-14", received="2022-05-17", regime="foia",
         layout="Word letter: automatic numbered list with question and 'Answer:' in each item, nested (a)/(b) sub-list",
         traps=["sub-items a/b of Q5 are one question", "total released, per-contract values withheld s43(2)",
                "Q4 refers back to answer 3's reasons", "'Five.' in words"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (W, ["s43(2)"]), (R, [])]]),
    dict(file="drpa-f0045791.docx", src="drpa-f0045791.html", render="lo_docx",
         authority="Driver Records and Permits Agency", reference="F0045791",
         date="2025-06-10", received="2025-05-13", regime="foia",
         layout="Word letter: numbered request list with roman sub-items, answers in a second numbered list item by item",
         traps=["roman sub-items (i)-(iii) are part of one question",
                "count and grades released, names withheld s40(2) = partially released",
                "'Six members of staff' in words", "s21 to Contracts Finder", "police referrals not held"],
         parts=[[(R, []), (W, ["s31(1)(a)"]), (PR, ["s40(2)"]), (R, ["s21"]), (NH, [])]]),
    dict(file="eastbrook-foi-2016-041.html", src="eastbrook-foi-2016-041.html", render="copy",
         authority="Eastbrook Homes", reference="EH-FOI-2016-041",
         date="2016-11-29", received="2016-11-01", regime="foia",
         layout="HTML page; borderless two-column table of unnumbered questions and answers (housing ALMO)",
         traps=["questions never numbered (table rows)", "'Sixty' in words",
                "addresses withheld s40(2)", "Decent Homes not held", "site navigation and footer"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (W, ["s40(2)"]), (NH, [])]]),
    dict(file="nic-foi-12-0193.html", src="nic-foi-12-0193.html", render="copy",
         authority="Northern Isles Constabulary", reference="NIC/FOI/12/0193",
         date="2012-10-04", received="2012-09-06", regime="foisa",
         layout="HTML letter: numbered request list, then 'In response to your first question ...' paragraphs with ordinal words",
         traps=["answers keyed by ordinal words ('your third question')", "FOISA s18(1) NCND read with s35(1)(a)(b) and with s38(1)(b)",
                "count given, names withheld s38(1)(b)", "'four hundred and twelve' in words",
                "named councillor in Q5", "s20 / s47(1) boilerplate"],
         parts=[[(NCND, ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"]), (R, []), (PR, ["foisa:s38(1)(b)"]),
                 (R, []), (NCND, ["foisa:s18(1)", "foisa:s38(1)(b)"])]]),
    dict(file="wdcc-foi-18-2296.txt", src="wdcc-foi-18-2296.txt", render="copy",
         authority="Wessex Downs County Council", reference="WDCC-FOI-18-2296",
         date="2018-12-03", received="2018-11-05", regime="foia",
         layout="decision paragraph naming exempt questions by number and part, harm/public-interest sections, answers only for the rest; 3 pages split by form feeds with running header/footer",
         traps=["two parts, numbering restarts, same questions in both parts",
                "decision paragraph applies s43(2) to P1 Q2,Q5 and P2 Q2; s40(2) to names in P1 Q6 and P2 Q4 (job titles given)",
                "s31 mentioned but expressly not relied on", "earlier request WDCC-FOI-17-1412 quoted",
                "running header with reference and OFFICIAL marking on every page", "page break mid-answers"],
         parts=[[(R, []), (W, ["s43(2)"]), (R, []), (R, []), (W, ["s43(2)"]), (PR, ["s40(2)"])],
                [(R, []), (W, ["s43(2)"]), (R, []), (PR, ["s40(2)"])]]),
    dict(file="uof-foi-2026-0012.md", src="uof-foi-2026-0012.md", render="copy",
         authority="University of the Forth", reference="UoF-FOI-2026-0012",
         date="2026-02-10", received="2026-01-13", regime="foisa",
         layout="Markdown letter; request quoted with lettered items (a)-(f) and roman sub-items, answers in long prose keyed (a)-(f)",
         traps=["(b)(i)-(iii) sub-items are one question: counts given, names withheld s38(1)(b)",
                "FOISA s25(1) signposting", "s36(1) legal privilege", "s30(b)(ii) redactions = partially released",
                "s33(1)(b) considered but not applied", "s17(1) not-held notice", "'Forty-one' in words"],
         parts=[[(R, []), (PR, ["foisa:s38(1)(b)"]), (R, ["foisa:s25(1)"]), (W, ["foisa:s36(1)"]),
                 (PR, ["foisa:s30(b)(ii)"]), (NH, [])]]),
    dict(file="mwla-24-0193.txt", src="mwla-24-0193.txt", render="copy",
         authority="Marine Works Licensing Agency", reference="24-0193",
         date="2024-03-27", received="2024-02-28", regime="eir",
         layout="plain-text EIR letter; request quoted as a prose paragraph, answers in prose out of order, exceptions named only in a closing paragraph",
         traps=["questions never numbered (order: granted, refused, company names, fees, Hollow Point, complaints)",
                "answers out of order (Hollow Point first)", "'Yes:' answer", "numbers in words",
                "reg 6(1)(b) and reg 13(1) named only in closing paragraph referring back",
                "date inside Q6 (since 1 January 2022)", "reg 18 / s50 boilerplate"],
         parts=[[(R, []), (R, []), (R, ["reg6(1)(b)"]), (R, []), (R, []), (PR, ["reg13(1)"])]]),
]

# ---------------------------------------------------------------------------
def run(cmd, **kw):
    print("  $", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, **kw)


def lo_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt,
         "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = "pdf" if fmt.startswith("pdf") else "docx"
    return os.path.join(outdir, base + "." + ext)


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out,
         "file://" + src])
    return out


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
         "-o", out, inp])


def ocr_scan(inp, out, work):
    os.makedirs(work, exist_ok=True)
    for f in os.listdir(work):
        os.remove(os.path.join(work, f))
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(work, "page-%03d.png"), inp])
    pages = sorted(f for f in os.listdir(work) if f.endswith(".png"))
    lst = os.path.join(work, "pages.txt")
    with open(lst, "w") as fh:
        for p in pages:
            fh.write(os.path.join(work, p) + "\n")
    base = os.path.splitext(out)[0]
    run(["tesseract", lst, base, "-l", "eng", "pdf"])


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    stem = os.path.splitext(L["file"])[0]
    how = L["render"]
    if how == "copy":
        shutil.copyfile(src, out)
    elif how == "lo_pdf":
        shutil.move(lo_convert(src, "pdf:writer_pdf_Export",
                               os.path.join(BUILD, "lo")), out)
    elif how == "lo_docx":
        shutil.move(lo_convert(src, "docx:MS Word 2007 XML",
                               os.path.join(BUILD, "lo")), out)
    elif how == "chromium":
        chromium_pdf(src, out)
    elif how == "gs_from_lo":
        mid = lo_convert(src, "pdf:writer_pdf_Export", os.path.join(BUILD, "lo"))
        gs_redistil(mid, out)
    elif how == "gs_from_chromium":
        mid = chromium_pdf(src, os.path.join(BUILD, stem + ".chromium.pdf"))
        gs_redistil(mid, out)
    elif how == "ocr_from_lo":
        mid = lo_convert(src, "pdf:writer_pdf_Export", os.path.join(BUILD, "lo"))
        ocr_scan(mid, out, os.path.join(BUILD, "ocr-" + stem))
    elif how == "ocr_from_chromium":
        mid = chromium_pdf(src, os.path.join(BUILD, stem + ".chromium.pdf"))
        ocr_scan(mid, out, os.path.join(BUILD, "ocr-" + stem))
    else:
        raise ValueError(how)


def truth():
    expect, labels = {"letters": {}}, {}
    for L in LETTERS:
        qs = {}
        for pi, part in enumerate(L["parts"], 1):
            for qi, (stance, ex) in enumerate(part, 1):
                qs["P%d.Q%d" % (pi, qi)] = {"stance": stance,
                                            "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"],
            "date": L["date"], "questions": qs}
        labels[L["file"]] = {"received": L["received"], "regime": L["regime"],
                             "layout": L["layout"], "traps": L["traps"]}
    return expect, labels


def main():
    os.makedirs(BUILD, exist_ok=True)
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        print("render", L["file"], file=sys.stderr)
        render(L)
    expect, labels = truth()
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    # intermediates and the LibreOffice profile are not part of the batch
    shutil.rmtree(BUILD, ignore_errors=True)
    shutil.rmtree(os.path.join(HERE, ".lo_profile"), ignore_errors=True)


if __name__ == "__main__":
    main()
