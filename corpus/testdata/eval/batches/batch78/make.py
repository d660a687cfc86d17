#!/usr/bin/env python3
"""Batch 78: 24 fictional UK FOI / EIR / FOISA response letters.

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
    dict(file="hartwell-foi-871-21.pdf", src="hartwell-foi-871-21.html", render="lo_pdf",
         authority="Hartwell Constabulary", reference="FOI 871/21",
         date="2021-03-09", received="2021-02-08", regime="foia",
         layout="decision paragraph naming exempt questions by number and part, harm / PIT / balance test, then answers for the rest keyed 'Question N –' under Part headings",
         traps=["two parts with numbering restarting", "earlier request FOI 412/19 quoted",
                "s40 mentioned as not considered", "released zero '0.' (Q6)",
                "not held for drone running costs", "slogan banner repeated", "s50 boilerplate"],
         parts=[[(R, []), (W, POLICE_ICT), (W, POLICE_ICT), (R, []), (W, POLICE_ICT), (R, [])],
                [(W, POLICE_ICT), (W, POLICE_ICT), (R, []), (NH, [])]]),
    dict(file="wexcombe-eir-19-0342.pdf", src="wexcombe-eir-19-0342.html", render="lo_pdf",
         authority="Wexcombe County Council", reference="EIR-19-0342",
         date="2019-11-22", received="2019-10-25", regime="eir",
         layout="interleaved REQUEST n / RESPONSE blocks (EIR)",
         traps=["FOIA s39 explained, not applied", "'Your ref: email of 24/10/2019' before the received date",
                "released zero '0' (Q3)", "reg 12(2) presumption and reg 11/reg 18/s50 boilerplate not stances",
                "reg 6(1)(b) signposting", "reg 12(4)(a) not held"],
         parts=[[(R, []), (R, []), (R, []), (PR, ["reg12(5)(e)"]), (W, ["reg13(1)"]),
                 (R, ["reg6(1)(b)"]), (NH, ["reg12(4)(a)"])]]),
    dict(file="calderbrook-foi-7731.pdf", src="calderbrook-foi-7731.html", render="lo_pdf",
         authority="Calderbrook Metropolitan Borough Council", reference="CMBC/FOI/7731",
         date="2016-05-18", received="2016-04-20", regime="foia",
         layout="two-column bordered table, question | council response",
         traps=["date written 'May 18, 2016'", "'Nil' released (Q4)", "'Not applicable' after Q4 (released)",
                "received is the request email date"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (R, []), (R, []), (R, []), (W, ["s40(2)"])]]),
    dict(file="dca-foi2024-08812.pdf", src="dca-foi2024-08812.html", render="lo_pdf",
         authority="Department for Coastal Affairs", reference="FOI2024/08812",
         date="2024-07-03", received="2024-06-05", regime="foia",
         layout="request quoted with (1)-(6), answers under 'Question N' headings",
         traps=["s12(1) refuses one question only, rest answered (£600 / 24 hours)", "s16 advice",
                "s36 considered but not applied", "ICO decision notice FS50654321 quoted",
                "s22 future publication (released)", "s21 Contracts Finder signpost"],
         parts=[[(R, []), (REF, ["s12(1)"]), (W, ["s35(1)(a)"]), (R, ["s22(1)"]), (R, []), (R, ["s21"])]]),
    dict(file="kingsbridge-uok-foi-2013-118.pdf", src="kingsbridge-uok-foi-2013-118.html", render="lo_pdf",
         authority="University of Kingsbridge", reference="UoK-FOI-2013-118",
         date="2013-10-02", received="2013-09-04", regime="foia",
         layout="request in one prose paragraph, answered in prose paragraphs",
         traps=["HARD: questions never numbered (numbered by order of the request)", "answers out of order",
                "number written as words ('eighty-six')",
                "exemptions named only in a closing paragraph referring back (s43(2) -> Q2, s40(2) -> Q4)",
                "'no policy' = not held (Q6)"],
         parts=[[(R, []), (PR, ["s43(2)"]), (R, []), (PR, ["s40(2)"]), (R, []), (NH, [])]]),
    dict(file="penmorfa-pen-22-0456.pdf", src="penmorfa-pen-22-0456.html", render="lo_pdf",
         authority="Penmorfa County Council", reference="PEN/22/0456",
         date="2022-02-14", received="2022-01-17", regime="foia",
         layout="Welsh/English bilingual headings; request restated, numbered answers after it",
         traps=["bilingual headings and dates ('17 Ionawr 2022')", "date 14/02/2022", "'None.' released (Q3)",
                "s38(1)(a) and (b) written as one", "s21 link"],
         parts=[[(R, []), (R, []), (R, []), (PR, ["s43(2)"]), (W, ["s38(1)(a)", "s38(1)(b)"]), (R, ["s21"])]]),
    dict(file="npas-foi-0311-25.pdf", src="npas-foi-0311-25.html", render="lo_pdf",
         authority="North Pennine Ambulance Service NHS Trust", reference="FOI-0311-25",
         date="2025-04-10", received="2025-03-13", regime="foia",
         layout="request restated, grouped answers ('Questions 1 and 2', 'Questions 4 & 5')",
         traps=["grouped answers", "answer in an attached spreadsheet (released)",
                "Copyright Act mentioned", "grouped not held"],
         parts=[[(R, []), (R, []), (R, []), (NH, []), (NH, []), (W, ["s40(2)"])]]),
    dict(file="brackenfell-eir-24-017.pdf", src="brackenfell-eir-24-017.html", render="chromium",
         authority="Brackenfell National Park Authority", reference="EIR-24-017",
         date="2024-09-12", received="2024-08-15", regime="eir",
         layout="disclosure-log web page (cookie banner, nav, sidebar), interleaved Q1/A1",
         traps=["other references in 'Related requests' sidebar (EIR-23-101, FOI-24-009, EIR-24-022)",
                "reg 12(4)(a) not held with signposting to the police", "reg 11 boilerplate"],
         parts=[[(R, []), (R, []), (W, ["reg12(5)(b)"]), (W, ["reg13(1)"]), (NH, ["reg12(4)(a)"])]]),
    dict(file="westmarch-wcta-foi-5521.pdf", src="westmarch-wcta-foi-5521.html", render="chromium",
         authority="Westmarch Combined Transport Authority", reference="WCTA-FOI-5521",
         date="2018-01-30", received="2018-01-03", regime="foia",
         layout="disclosure-log web page; answers inline (bold) under each numbered question",
         traps=["dates inside questions (1 April 2016 – 31 March 2017, 20 November 2017)",
                "service-update banner", "CCTV overwritten = not held"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s31(1)(a)"]), (R, []), (PR, ["s43(2)"]), (NH, [])]]),
    dict(file="bramley-heath-f0045219.pdf", src="bramley-heath-f0045219.html", render="chromium",
         authority="Bramley Heath District Council", reference="F0045219",
         date="2020-06-05", received="2020-05-07", regime="foia",
         layout="disclosure-log web page; request list then numbered response list; answers in attached spreadsheet",
         traps=["grouped '2. and 3.' answered by attachment (released)", "s21 open data",
                "s22 future publication with 'Yes' (released)", "dates as 07/05/2020", "COVID banner"],
         parts=[[(R, ["s21"]), (R, []), (R, []), (W, ["s31(1)(a)"]), (R, ["s22"]), (R, [])]]),
    dict(file="ashgrove-ir-12-24.pdf", src="ashgrove-ir-12-24.html", render="gs_from_lo",
         authority="London Borough of Ashgrove", reference="IR 12/24",
         date="2024-02-19", received="2023-11-02", regime="foia",
         layout="internal review: original request, original decision, review outcome per question",
         traps=["original reference FOI/2023/4471 also quoted", "original decision overturned for Q2 (now released)",
                "Q5 partly upheld (partially released)", "s12(1) refusal upheld with arithmetic",
                "Q1 and Q4 grouped, not reviewed", "several dates (8 Jan, 2 Nov, 30 Nov)"],
         parts=[[(R, []), (R, []), (REF, ["s12(1)"]), (R, []), (PR, ["s40(2)"])]]),
    dict(file="ulster-borders-f-2015-00718.pdf", src="ulster-borders-f-2015-00718.html", render="gs_from_lo",
         authority="Ulster Borders Constabulary", reference="F-2015-00718",
         date="2015-08-20", received="2015-07-23", regime="foia",
         layout="quoted request, single decision refusing the whole request",
         traps=["s12(2) cost refusal phrased 'neither confirms nor denies' (refused, not ncnd)",
                "one costly question (Q4) refuses the whole request", "s17 refusal notice mentioned",
                "s16 advice", "received is the request date"],
         parts=[[(REF, ["s12(2)"]), (REF, ["s12(2)"]), (REF, ["s12(2)"]), (REF, ["s12(2)"])]]),
    dict(file="strathmuir-im-foi-2017-1846.pdf", src="strathmuir-im-foi-2017-1846.html", render="gs_from_chromium",
         authority="Strathmuir Police Service", reference="IM-FOI-2017-1846",
         date="2017-05-11", received="2017-04-12", regime="foisa",
         layout="bulleted request, answers as unlabelled paragraphs in order",
         traps=["HARD: questions never numbered; answers unkeyed",
                "provisions named only in a closing paragraph referring back by subject",
                "FOISA s18(1) NCND read with s35(1)(a)(b)", "s17 notice = not held", "s27(1), s25(1) signposting",
                "s47(1) boilerplate"],
         parts=[[(R, []), (R, []), (NCND, ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"]),
                 (R, ["foisa:s27(1)"]), (NH, []), (R, ["foisa:s25(1)"])]]),
    dict(file="eastmere-ech-foi-1893.pdf", src="eastmere-ech-foi-1893.html", render="gs_from_chromium",
         authority="Eastmere Community Health NHS Trust", reference="ECH-FOI-1893",
         date="2023-12-06", received="2023-11-08", regime="foia",
         layout="'You asked: / Our response:' blocks, PIT section between answers",
         traps=["questions not numbered", "'None.' released (Q4)", "public interest test between answers",
                "s36(2)(b)(ii) and s36(2)(c) qualified person"],
         parts=[[(R, []), (PR, ["s43(2)"]), (PR, ["s40(2)"]), (R, []), (W, ["s31(1)(a)"]),
                 (W, ["s36(2)(b)(ii)", "s36(2)(c)"])]]),
    dict(file="severnmoor-fire-foi-193-24.pdf", src="severnmoor-fire-foi-193-24.html", render="ocr_from_lo",
         authority="Severnmoor Fire and Rescue Service", reference="FOI 193/24",
         date="2024-05-02", received="2024-04-04", regime="foia",
         layout="request restated as a numbered list, then numbered answers",
         traps=["OCR'd scan", "'0.' released (Q2)", "'Not applicable.' released (Q3)", "'Nil.' released (Q6)"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s31(1)(a)"]), (R, []), (R, [])]]),
    dict(file="loch-arran-2021-089.pdf", src="loch-arran-2021-089.html", render="ocr_from_chromium",
         authority="NHS Loch Arran", reference="2021-089 LA",
         date="2021-09-29", received="2021-09-01", regime="foisa",
         layout="two-column table without borders, Request | Response, rows unnumbered",
         traps=["OCR'd scan", "rows unnumbered", "FOISA s17 not held notice", "s25(1) signposting",
                "s33(1)(b) partial", "s47(1) boilerplate"],
         parts=[[(R, []), (R, []), (R, []), (PR, ["foisa:s33(1)(b)"]), (W, ["foisa:s38(1)(b)"]),
                 (R, ["foisa:s25(1)"]), (NH, [])]]),
    dict(file="teifi-coast-foi-2012-264.docx", src="teifi-coast-foi-2012-264.html", render="lo_docx",
         authority="Teifi Coast Police", reference="FOI 2012-264",
         date="2012-11-21", received="2012-10-24", regime="foia",
         layout="Word letter, Welsh/English headings; request and response as two automatic numbered lists",
         traps=["question and answer numbers are Word list numbers, not text",
                "NCND s23(5), s24(2), s30(3)", "Section 31(1)(a)(b) written as one", "'None.' released (Q5)",
                "bilingual date '21 Tachwedd / November 2012'", "authority also named Heddlu Glannau Teifi"],
         parts=[[(R, []), (NCND, ["s23(5)", "s24(2)", "s30(3)"]), (W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                 (R, ["s21"]), (R, [])]]),
    dict(file="cradley-vale-cvc-foi-26-004.docx", src="cradley-vale-cvc-foi-26-004.html", render="lo_docx",
         authority="Cradley Vale College", reference="CVC/FOI/26/004",
         date="2026-01-21", received="2025-12-18", regime="foia",
         layout="Word letter in two parts, each an automatic numbered list restarting at 1, 'Response:' under each item",
         traps=["list numbering restarts in part 2", "s31(1)(a) 'for the reasons given above'",
                "s22 future publication", "'No.' is a released answer (RAAC)"],
         parts=[[(R, []), (R, []), (W, ["s31(1)(a)"]), (W, ["s31(1)(a)", "s43(2)"])],
                [(R, []), (R, []), (R, ["s22"]), (R, [])]]),
    dict(file="shsr-foi-0147-23.docx", src="shsr-foi-0147-23.html", render="lo_docx",
         authority="Social Housing Standards Regulator", reference="SHSR-FOI-0147-23",
         date="2023-03-15", received="2023-02-14", regime="foia",
         layout="Word automatic numbered list, answers inline in bold after each question",
         traps=["earlier reference SHSR-FOI-0098-22 quoted", "s44 mentioned as not relied on",
                "s36(2)(b)(i) and (ii) written as one", "date inside question (since 1 November 2022)"],
         parts=[[(R, []), (R, ["s21"]), (R, []), (W, ["s36(2)(b)(i)", "s36(2)(b)(ii)"]),
                 (W, ["s31(1)(g)"]), (R, [])]]),
    dict(file="glenkinnon-foi-19-4412-gc.html", src="glenkinnon-foi-19-4412-gc.html", render="copy",
         authority="Glenkinnon Council", reference="FOI-19-4412-GC",
         date="2019-03-27", received="2019-02-27", regime="foisa",
         layout="HTML letter; request in blockquote, 'Response to Question N' headings",
         traps=["FOISA s12(1) £600 cost refusal for one question only", "s27 mentioned as not relied on",
                "'Nil.' released (Q6)", "s25(1) signposting", "s33(1)(b) partial", "s47(1) boilerplate"],
         parts=[[(R, []), (R, []), (PR, ["foisa:s33(1)(b)"]), (REF, ["foisa:s12(1)"]),
                 (R, ["foisa:s25(1)"]), (R, [])]]),
    dict(file="riverside-wolds-rwp-foi-2014-0417.html", src="riverside-wolds-rwp-foi-2014-0417.html", render="copy",
         authority="Riverside & Wolds Partnership NHS Foundation Trust", reference="RWP/FOI/2014/0417",
         date="2014-06-12", received="2014-05-15", regime="foia",
         layout="disclosure-log web page; bulleted request, prose answers",
         traps=["HARD: answers out of order ('Turning first to your third point')",
                "numbers written as words", "Q1 and Q2 answered in one sentence",
                "s22 future publication", "bullets unnumbered"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (PR, ["s43(2)"]), (R, ["s22"])]]),
    dict(file="marlow-fields-mfh-foi-0093.txt", src="marlow-fields-mfh-foi-0093.txt", render="copy",
         authority="Marlow Fields Homes", reference="MFH-FOI-0093",
         date="2025-10-08", received="2025-09-10", regime="foia",
         layout="plain text, three pages separated by form feeds with running header/footer; Q1/A1 interleaved",
         traps=["page break between Q3 and A3", "running header repeats the reference", "PIT inside A4",
                "earlier request MFH-FOI-0071 quoted", "not held (Q5)"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s43(2)"]), (NH, []), (R, []), (R, [])]]),
    dict(file="dca-agency-foir-2016-88213.txt", src="dca-agency-foir-2016-88213.txt", render="copy",
         authority="Driver Certification Agency", reference="FOIR-2016-88213",
         date="2016-11-02", received="2016-10-05", regime="foia",
         layout="plain text; unnumbered bulleted request, answers keyed Q1:..Q6: by the authority",
         traps=["bullets numbered only by the authority", "Q5 answer deferred (unknown)",
                "s12 mentioned as not applied"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s40(2)"]), (UNK, []), (W, ["s31(1)(a)"])]]),
    dict(file="marches-icb-foi-712-24.md", src="marches-icb-foi-712-24.md", render="copy",
         authority="NHS Marches Integrated Care Board", reference="ICB FOI 712/24",
         date="2024-12-04", received="2024-11-06", regime="foia",
         layout="markdown; metadata table, request as quoted lines, grouped answers",
         traps=["HARD: question numbers written as words ('One:', 'Questions five and six')",
                "grouped answers", "PIT bullets between answers"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s43(2)"]), (NH, []), (NH, [])]]),
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
