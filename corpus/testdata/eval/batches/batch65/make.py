#!/usr/bin/env python3
"""Render batch 65 of fictional UK FOI/EIR/FOISA response letters and write labels.

Labels come only from the LETTERS data below (the truth each letter was written to),
never from the rendered output.  Standard library only; calls soffice, chromium,
gs and tesseract as external producers.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(SRC, ".build")
ENV = dict(os.environ, HOME=os.path.join(BUILD, "home"))

R, PR, W, NCND, NH, REF = ("released", "partially_released", "withheld",
                           "ncnd", "not_held", "refused")


def q(stance, *ex):
    return (stance, sorted(ex))


def part(*qs):
    return list(qs)


# Each letter: file, src, how (render recipe), metadata, and parts -> questions.
LETTERS = [
    dict(file="teesmoor-constabulary-FOI-0412-25.pdf", src="l01_teesmoor.html", how="soffice_pdf",
         authority="Teesmoor Constabulary", reference="FOI 0412/25", date="2025-03-04",
         received="2025-02-06", regime="foia",
         layout="decision paragraph naming exempt questions by part, harm/PIT block, then answers for the rest (police round-robin)",
         traps=["requests in parts with numbering restarting", "same question text in both parts",
                "exemptions applied by number list in decision paragraph", "s40(2) partial on contact details",
                "not held with no exemption", "OFFICIAL markings and slogan"],
         parts=[part(q(W, "s24(1)", "s31(1)(a)"), q(W, "s24(1)", "s31(1)(a)"), q(R), q(NH),
                     q(W, "s24(1)", "s31(1)(a)"), q(PR, "s40(2)"), q(R)),
                part(q(W, "s24(1)", "s31(1)(a)"), q(W, "s24(1)", "s31(1)(a)"), q(W, "s24(1)", "s31(1)(a)"),
                     q(R), q(PR, "s40(2)"))]),
    dict(file="brackenhurst-chs-BCHT-FOI-25-0231.pdf", src="l02_brackenhurst.html", how="chromium_pdf",
         authority="Brackenhurst Community Health NHS Trust", reference="BCHT-FOI-25-0231", date="2025-03-12",
         received="2025-02-11", regime="foia",
         layout="three-column table (No. | question | response) with reasons section after the table",
         traps=["table layout", "released zero '0'", "Not applicable after earlier answer",
                "s21 signposting", "reasons section after answers", "dd/mm/yyyy dates"],
         parts=[part(q(R), q(R), q(R), q(NH), q(PR, "s43(2)"), q(R), q(R, "s21"), q(W, "s43(2)"))]),
    dict(file="oakhollow-dc-EIR-25-0087.pdf", src="l03_oakhollow.html", how="soffice_pdf_gs",
         authority="Oakhollow District Council", reference="EIR/25/0087", date="2025-03-14",
         received="2025-02-14", regime="eir",
         layout="interleaved 'Request N' / 'Response' blocks (EIR)",
         traps=["EIR regime", "reg 6(1)(b) signposting", "redacted reports under reg 13(1)",
                "reg 12(4)(a) not held", "Ghostscript re-distilled PDF", "regulation 11 in appeal boilerplate"],
         parts=[part(q(R), q(R), q(R, "reg6(1)(b)"), q(PR, "reg13(1)"), q(W, "reg12(5)(b)"),
                     q(NH, "reg12(4)(a)"))]),
    dict(file="wrenfield-university-WU-FOI-25-144.pdf", src="l04_wrenfield.html", how="chromium_pdf_gs",
         authority="Wrenfield University", reference="WU/FOI/25/144", date="2025-03-18",
         received="2025-02-19", regime="foia",
         layout="request quoted in block, then decision section refusing whole request on cost",
         traps=["one costly question refuses the whole request", "cost arithmetic", "section 16 advice mention",
                "US-style date 'March 18, 2025'", "received = date of requester's email",
                "Ghostscript re-distilled PDF"],
         parts=[part(q(REF, "s12(1)"), q(REF, "s12(1)"), q(REF, "s12(1)"), q(REF, "s12(1)"), q(REF, "s12(1)"))]),
    dict(file="glen-ardoch-council-25-0312-FOI.pdf", src="l05_glenardoch.html", how="soffice_pdf",
         authority="Glen Ardoch Council", reference="25/0312-FOI", date="2025-03-06",
         received="2025-02-07", regime="foisa",
         layout="'You asked:' / 'Our response:' headings (FOISA)",
         traps=["FOISA regime", "s25 signposting", "Nil as released zero", "s17 notice for not held",
                "s33(1)(b) and s38(1)(b)", "Gaelic letterhead"],
         parts=[part(q(R, "foisa:s25(1)"), q(R), q(R), q(R), q(W, "foisa:s38(1)(b)"), q(W, "foisa:s33(1)(b)"),
                     q(NH, "foisa:s17(1)"))]),
    dict(file="hambleton-edge-frs-HEFRS-FOI-041-25.pdf", src="l06_hambleton.html", how="chromium_pdf",
         authority="Hambleton Edge Fire and Rescue Service", reference="HEFRS/FOI/041/25", date="2025-03-21",
         received="2025-02-24", regime="foia",
         layout="request quoted as prose with 'Point N' items; keyed answers out of order",
         traps=["answers out of order ('In answer to point 3' first)", "questions numbered in prose",
                "grouped answer 'Points 4 and 5' via attachment", "section 1(1)(b) mentioned, not applied",
                "weekday in date"],
         parts=[part(q(R), q(R), q(R), q(R), q(R), q(W, "s24(1)", "s38(1)(b)"))]),
    dict(file="dept-regional-skills-IR2025-00117.pdf", src="l07_dfrs.html", how="soffice_pdf_gs",
         authority="Department for Regional Skills", reference="IR2025/00117", date="2025-03-27",
         received="2024-12-02", regime="foia",
         layout="internal review: original request listed, original response summarised, per-item review outcome in bold",
         traps=["internal review: final stance is review outcome", "original reference quoted (FOI2024/09842)",
                "original exemptions named but overturned", "partial release of names after review",
                "several dates with roles", "Ghostscript re-distilled PDF"],
         parts=[part(q(R), q(W, "s35(1)(a)"), q(PR, "s40(2)"), q(R))]),
    dict(file="saxonshore-ambulance-SxAS-FOI-25-1187.pdf", src="l08_saxonshore.html", how="chromium_pdf",
         authority="Saxonshore Ambulance Service NHS Trust", reference="SxAS FOI 25-1187", date="2025-03-07",
         received="2025-02-05", regime="foia",
         layout="interleaved Q1/A1 with an embedded table",
         traps=["NCND under s40(5B)(a)(i) for a named-person question", "table inside an answer",
                "dd Mon yyyy dates", "footer with chair/chief executive names"],
         parts=[part(q(R), q(R), q(NCND, "s40(5B)(a)(i)"), q(R), q(R))]),
    dict(file="drumlish-ardglen-bc-DABC-FOI-2025-117-scan.pdf", src="l09_drumlish.html", how="ocr_scan",
         authority="Drumlish and Ardglen Borough Council", reference="DABC/FOI/2025/117", date="2025-03-19",
         received="2025-02-20", regime="foia",
         layout="request restated as numbered list, then numbered answers (Northern Ireland council)",
         traps=["OCR'd scan (text layer from tesseract)", "dd-mm-yyyy date", "s43(2) for an abandoned procurement"],
         parts=[part(q(R), q(R), q(W, "s43(2)"))]),
    dict(file="glyn-aeron-cc-GA-EIR-2025-0058.docx", src="l10_glynaeron.html", how="docx",
         authority="Glyn Aeron County Council", reference="GA-EIR-2025-0058", date="2025-03-10",
         received="2025-02-10", regime="eir",
         layout="bilingual Welsh/English letter; request as auto-numbered Word list, answers keyed 'Question N –'",
         traps=["DOCX automatic list numbering", "bilingual headings", "EIR regime",
                "reg 12(4)(d) unfinished documents", "reg 12(4)(a) not held", "dd.mm.yyyy date"],
         parts=[part(q(R), q(R), q(W, "reg12(4)(d)"), q(PR, "reg13(1)"), q(NH, "reg12(4)(a)"),
                     q(W, "reg12(5)(e)"))]),
    dict(file="hartmoor-college-HC-FOI-25-019.docx", src="l11_hartmoor.html", how="docx",
         authority="Hartmoor College", reference="HC-FOI-25-019", date="2025-03-24",
         received="2025-02-25", regime="foia",
         layout="REQUEST list and RESPONSE list, both auto-numbered Word lists",
         traps=["DOCX automatic numbering for both questions and answers", "answers carry no text key",
                "s21 signposting", "partial release under s40(2)", "not held without exemption"],
         parts=[part(q(R), q(R), q(R), q(R), q(R, "s21"), q(PR, "s40(2)"), q(R), q(W, "s31(1)(a)"), q(NH))]),
    dict(file="nhs-tweedmuir-TW-FOI-2025-0419.docx", src="l12_tweedmuir.html", how="docx",
         authority="NHS Tweedmuir", reference="TW-FOI-2025-0419", date="2025-03-13",
         received="2025-02-13", regime="foisa",
         layout="request in Part A / Part B auto-numbered lists restarting at 1, answers per part",
         traps=["parts with numbering restarting", "FOISA regime", "s25 and s27 signposting as released",
                "s17 not held", "table inside an answer", "request date and received date differ"],
         parts=[part(q(R), q(R), q(R), q(W, "foisa:s38(1)(b)")),
                part(q(R, "foisa:s25(1)"), q(R), q(R, "foisa:s27(1)"), q(NH, "foisa:s17(1)"))]),
    dict(file="greyfield-homes-GH-FOI-0073-25.docx", src="l13_greyfield.html", how="docx",
         authority="Greyfield Homes Limited", reference="GH-FOI-0073-25", date="2025-03-28",
         received="2025-02-28", regime="foia",
         layout="bulleted request; first three answered together in prose; 'Questions 4 and 5' grouped refusal",
         traps=["bullets numbered only by the authority", "three answers in one paragraph",
                "s14(2) repeated request", "earlier reference quoted (GH-FOI-0051-24)", "arm's-length company"],
         parts=[part(q(R), q(R), q(R), q(REF, "s14(2)"), q(REF, "s14(2)"))]),
    dict(file="millbrook-mbc-disclosure-MMBC-1043-25.html", src="l14_millbrook.html", how="copy",
         authority="Millbrook Metropolitan Borough Council", reference="MMBC/1043/25", date="2025-03-14",
         received="2025-02-13", regime="foia",
         layout="disclosure-log web page; grouped answers 'Questions 1 & 2', 'Questions 5, 6 and 7'",
         traps=["site chrome: cookie banner, navigation, breadcrumbs, footer", "grouped answers",
                "publication date differs from response date", "related-disclosure references in sidebar"],
         parts=[part(q(R), q(R), q(R), q(PR, "s40(2)"), q(W, "s31(1)(a)"), q(W, "s31(1)(a)"),
                     q(W, "s31(1)(a)"))]),
    dict(file="sfsa-foi-release-SFSA-FOI-2025-00211.html", src="l15_sfsa.html", how="copy",
         authority="Seed and Fertiliser Standards Agency", reference="SFSA-FOI-2025-00211", date="2025-03-03",
         received="2025-02-03", regime="foia",
         layout="GOV.UK-style FOI release page; lettered (a)-(f) requests with keyed answers",
         traps=["lettered items numbered 1-6", "s21 and s22(1) signposting as released",
                "published date differs from response date", "GOV.UK cookie banner and footer"],
         parts=[part(q(R), q(R), q(R, "s21"), q(R, "s22(1)"), q(W, "s43(2)"), q(R))]),
    dict(file="ecwi-disclosure-ECWI-EIR-25-044.html", src="l16_ecwi.html", how="copy",
         authority="Estuaries and Coastal Waters Inspectorate", reference="ECWI/EIR/25/044", date="2025-03-26",
         received="2025-02-25", regime="eir",
         layout="disclosure-log page with REQUEST N / RESPONSE labels (EIR regulator)",
         traps=["EIR NCND reg 12(6) with reg 12(5)(b)", "reg 12(5)(a) to (g) quoted range",
                "reg 12(4)(e) internal communications", "dd.mm.yyyy date", "site chrome"],
         parts=[part(q(R), q(NCND, "reg12(5)(b)", "reg12(6)"), q(R), q(W, "reg13(1)"), q(W, "reg12(4)(e)"))]),
    dict(file="niseb-foi-NISEB-FOI-2025-0087.html", src="l17_niseb.html", how="copy",
         authority="Northern Ireland Schools Estate Board", reference="NISEB/FOI/2025/0087", date="2025-03-11",
         received="2025-02-11", regime="foia",
         layout="disclosure-log page; two parts, each 'Question N:' / 'Answer:' interleaved",
         traps=["parts with numbering restarting", "Northern Ireland body", "ordinal dates with weekday",
                "not held with no exemption", "site chrome"],
         parts=[part(q(R), q(R), q(R)), part(q(R), q(R), q(NH))]),
    dict(file="severnmoor-police-F-2025-00381.txt", src="l18_severnmoor.txt", how="copy",
         authority="Severnmoor Police", reference="F-2025-00381", date="2025-03-13",
         received="2025-02-13", regime="foia",
         layout="police 'Applicant Question' / 'Response' with harm, PIT and balance test",
         traps=["NCND under s23(5), s24(2), s31(3) for grouped questions 1 and 2",
                "'no inference' wording", "section 50 in complaint boilerplate", "OFFICIAL markings"],
         parts=[part(q(NCND, "s23(5)", "s24(2)", "s31(3)"), q(NCND, "s23(5)", "s24(2)", "s31(3)"), q(R), q(R))]),
    dict(file="stourvale-hospitals-FOI-SHFT-25-0188.txt", src="l19_stourvale.txt", how="copy",
         authority="Stourvale Hospitals NHS Foundation Trust", reference="FOI/SHFT/25/0188", date="2025-03-05",
         received="2025-02-05", regime="foia",
         layout="centred letterhead, lettered (a)/(b) request, single refusal response",
         traps=["s12(2) cost refusal that says 'neither confirms nor denies' (refused, not ncnd)",
                "section 17(5) mentioned", "cost arithmetic", "only two questions"],
         parts=[part(q(REF, "s12(2)"), q(REF, "s12(2)"))]),
    dict(file="university-of-sandmere-FOI-2025-0297.md", src="l20_sandmere.md", how="copy",
         authority="University of Sandmere", reference="FOI-2025-0297", date="2025-03-20",
         received="2025-02-20", regime="foia",
         layout="markdown; bold Qn question then answer; reasons section after the answers",
         traps=["14 questions", "reasons section after answers naming questions", "ISO response date",
                "s22(1) future publication as released", "s36(2)(b)(ii) partial redaction",
                "s36(2)(c) mentioned as not relied upon"],
         parts=[part(q(R), q(R), q(R), q(R), q(R), q(W, "s43(2)"), q(R), q(PR, "s43(2)"), q(R), q(NH),
                     q(R), q(R, "s22(1)"), q(PR, "s36(2)(b)(ii)"), q(R))]),
    dict(file="little-hadley-tc-LHTC-07-2025.txt", src="l21_littlehadley.txt", how="copy",
         authority="Little Hadley Town Council", reference="LHTC 07/2025", date="2025-03-03",
         received="2025-02-10", regime="foia",
         layout="town council prose letter; request paraphrased in one sentence, answers in prose paragraphs",
         traps=["questions never numbered", "answers in continuous prose", "partial release of salary under s40(2)",
                "received = date of requester's email"],
         parts=[part(q(R), q(R), q(R), q(PR, "s40(2)"))]),
    dict(file="napa-internal-review-IR-25-006.md", src="l22_napa.md", how="copy",
         authority="National Archive of Performing Arts", reference="NAPA IR 25/006", date="2025-03-14",
         received="2024-11-18", regime="foia",
         layout="internal review in markdown: what you asked / what we said / my decision",
         traps=["internal review overturning s36 withholding", "original exemptions no longer applied",
                "new s40(2) redaction on review", "original reference quoted", "dd Mon yyyy date"],
         parts=[part(q(R), q(PR, "s40(2)"), q(R))]),
    dict(file="university-of-ardmuir-ARD-FOI-2025-073.txt", src="l23_ardmuir.txt", how="copy",
         authority="University of Ardmuir", reference="ARD/FOI/2025/073", date="2025-03-17",
         received="2025-02-17", regime="foisa",
         layout="bulleted request, authority numbers the points 1-6 and answers by number (FOISA)",
         traps=["bullets numbered only by the authority", "FOISA s30(b)(ii) with s33(1)(b)",
                "s25 signposting", "'None' as released zero", "received = request date"],
         parts=[part(q(R), q(R), q(W, "foisa:s30(b)(ii)", "foisa:s33(1)(b)"), q(PR, "foisa:s33(1)(b)"),
                     q(R, "foisa:s25(1)"), q(R))]),
    dict(file="northwold-cc-NCC-FOI-4471.txt", src="l24_northwold.txt", how="copy",
         authority="Northwold County Council", reference="NCC/FOI/4471", date="2025-03-31",
         received="2025-03-03", regime="foia",
         layout="'Question one' ... restated, then 'Question one:' answers",
         traps=["numbers written as words", "s12(1) cost refusal of a single question only",
                "s21 signposting", "ordinal dates"],
         parts=[part(q(R), q(R), q(R), q(REF, "s12(1)"), q(R), q(R, "s21"))]),
]


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def soffice(src, fmt, outdir):
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", fmt, "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chromium(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(BUILD, "chrome"), "--print-to-pdf=" + out, "file://" + src])


def gs_distil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inp])


def ocr_scan(src, out):
    work = os.path.join(BUILD, "ocr")
    os.makedirs(work, exist_ok=True)
    pdf = soffice(src, "pdf:writer_pdf_Export", work)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(work, "page-%02d.png"), pdf])
    pages = sorted(p for p in os.listdir(work) if p.startswith("page-") and p.endswith(".png"))
    lst = os.path.join(work, "pages.txt")
    with open(lst, "w") as f:
        f.write("\n".join(os.path.join(work, p) for p in pages) + "\n")
    base = os.path.join(work, "ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.copy(base + ".pdf", out)


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    tmp = os.path.join(BUILD, "tmp")
    os.makedirs(tmp, exist_ok=True)
    how = L["how"]
    if how == "copy":
        shutil.copy(src, out)
    elif how in ("soffice_pdf", "soffice_pdf_gs"):
        pdf = soffice(src, "pdf:writer_pdf_Export", tmp)
        if how.endswith("_gs"):
            gs_distil(pdf, out)
        else:
            shutil.copy(pdf, out)
    elif how in ("chromium_pdf", "chromium_pdf_gs"):
        pdf = os.path.join(tmp, os.path.basename(out))
        chromium(src, pdf)
        if how.endswith("_gs"):
            gs_distil(pdf, out)
        else:
            shutil.copy(pdf, out)
    elif how == "docx":
        docx = soffice(src, "docx:MS Word 2007 XML", tmp)
        shutil.copy(docx, out)
    elif how == "ocr_scan":
        ocr_scan(src, out)
    else:
        raise ValueError(how)


def labels():
    expect, full = {}, {}
    for L in LETTERS:
        qs = {}
        for pi, p in enumerate(L["parts"], 1):
            for qi, (stance, ex) in enumerate(p, 1):
                qs["P%d.Q%d" % (pi, qi)] = {"stance": stance, "exemptions": sorted(ex)}
        expect[L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                             "date": L["date"], "questions": qs}
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    return {"letters": expect}, full


def main():
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only and L["src"] not in only:
            continue
        render(L)
    expect, full = labels()
    with open(os.path.join(HERE, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    if not only:
        shutil.rmtree(BUILD, ignore_errors=True)
    n = sum(len(v["questions"]) for v in expect["letters"].values())
    w = sum(1 for v in expect["letters"].values() for x in v["questions"].values() if x["stance"] == W)
    print("letters=%d questions=%d withheld=%d" % (len(expect["letters"]), n, w))


if __name__ == "__main__":
    main()
