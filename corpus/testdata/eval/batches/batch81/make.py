#!/usr/bin/env python3
"""Batch 81: 24 fictional UK FOI / EIR / FOISA response letters.

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
    dict(file="wexmoor-police-foi-000412-21.pdf", src="wexmoor-police-foi-000412-21.html", render="lo_pdf",
         authority="Wexmoor Police", reference="000412/21",
         date="2021-03-09", received="2021-02-10", regime="foia",
         layout="request quoted in full, NCND decision naming questions by number, harm and public interest test, then one answer",
         traps=["police NCND with s23(5), s24(2), s30(3), s31(3); s30(3) expressly not relied on for Q4",
                "s40(5) NCND for Q5", "s38 considered but not applied", "s21 signposting to URLs (Q6)",
                "earlier request 000118/19 and ICO FS50658822 quoted", "date inside question", "s50 boilerplate"],
         parts=[[(NCND, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]), (NCND, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]),
                 (NCND, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]), (NCND, ["s23(5)", "s24(2)", "s31(3)"]),
                 (NCND, ["s40(5)"]), (R, ["s21"])]]),
    dict(file="glannau-police-gp-foi-17-0938.pdf", src="glannau-police-foi-17-0938.html", render="chromium",
         authority="Heddlu Glannau Police", reference="GP-FOI-17-0938",
         date="2017-11-22", received="2017-10-30", regime="foia",
         layout="disclosure-log web page; bilingual 'Cais / Request n' and 'Ymateb / Response n' pairs",
         traps=["site navigation, cookie banner, related-requests sidebar with other references",
                "harm/public interest section between Response 5 and Request 6",
                "monthly breakdown not recorded but annual figures given (released)", "'Nil' released zero",
                "s21 signposting URL", "Welsh bilingual headings"],
         parts=[[(R, []), (PR, ["s43(2)"]), (R, []), (R, []), (W, ["s24(1)", "s31(1)(a)"]), (R, ["s21"]), (R, [])]]),
    dict(file="lomond-clyde-constabulary-im-foi-12-0417.pdf", src="lomond-clyde-foi-12-0417.html", render="gs_from_chromium",
         authority="Lomond and Clyde Constabulary", reference="IM/FOI/12/0417",
         date="2012-08-14", received="2012-07-18", regime="foisa",
         layout="request restated as numbered list, numbered answers in the same order",
         traps=["FOISA s35(1)(a) and s39(1) for station breakdown only (partial)", "FOISA s30(c)", "s38(1)(b)",
                "section 17 not-held notice", "s25 signposting", "released zero '0 discharges'",
                "s16 refusal wording and s47(1) complaint boilerplate", "request dated a day before receipt"],
         parts=[[(R, []), (PR, ["foisa:s35(1)(a)", "foisa:s39(1)"]), (R, []), (W, ["foisa:s30(c)"]),
                 (W, ["foisa:s38(1)(b)"]), (NH, []), (R, ["foisa:s25"])]]),
    dict(file="lough-erne-police-f-2019-03311.pdf", src="lough-erne-police-f-2019-03311.html", render="lo_pdf",
         authority="Lough Erne Police Service", reference="F-2019-03311",
         date="2019-11-27", received="2019-10-30", regime="foia",
         layout="lettered request (a)-(e) quoted, cost refusal of the whole request with an hours table",
         traps=["one costly part refuses all five", "s12(1) text quoted", "s17(5) refusal notice named (not an exemption)",
                "aggregation regulations mentioned", "earlier request F-2018-01977 quoted",
                "'has not considered whether any exemption ... would apply'", "s50 boilerplate"],
         parts=[[(REF, ["s12(1)"])] * 5]),
    dict(file="marchfield-fire-mfrs-foi-24-118.docx", src="marchfield-fire-mfrs-foi-24-118.html", render="lo_docx",
         authority="Marchfield Fire and Rescue Service", reference="MFRS/FOI/24/118",
         date="2024-05-03", received="2024-04-08", regime="foia",
         layout="Word letter: request as automatic numbered list, then a bordered Question | Response table with a header row; Q1 and Q2 share a merged cell holding a sub-table",
         traps=["questions 1 and 2 answered together in one merged row", "'£0' released zero with invoices raised",
                "premises types released, names withheld s31(1)(a) (partial)", "s21 URL", "not held (Q7)",
                "public interest test after the table"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (PR, ["s31(1)(a)"]), (R, ["s21"]), (NH, [])]]),
    dict(file="mid-cambria-fire-foi-047-2015.pdf", src="mid-cambria-fire-foi-047-2015.html", render="ocr_from_chromium",
         authority="Mid Cambria Fire and Rescue Service", reference="FOI 047/2015",
         date="2015-02-19", received="2015-01-26", regime="foia",
         layout="scanned (OCR) interleaved Q1/A1 letter with bilingual Welsh/English headings",
         traps=["OCR text layer", "answers in attachment (Q2, Q3)", "'Nil' released zero",
                "s22 future publication (released per convention)", "s42(1) legal professional privilege"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (R, []), (R, ["s22"]), (W, ["s42(1)"])]]),
    dict(file="severnvale-ambulance-rfi-0651.pdf", src="severnvale-ambulance-rfi-0651.html", render="gs_from_lo",
         authority="Severnvale Ambulance Service NHS Foundation Trust", reference="RFI 0651/20",
         date="2020-09-07", received="2020-08-10", regime="foia",
         layout="questions in bold with the answer in the next paragraph; two parts, numbering restarts",
         traps=["numbering restarts in Part 2", "answers refer to other answers ('see our response to question 3', 'answer to question 1 of this part')",
                "bare-number answers", "s40(2) and s41(1) together", "s36 considered but not applied",
                "reference RFI 0651/20 beside a request date 10/08/2020"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s40(2)", "s41(1)"]), (NH, [])],
                [(R, []), (R, []), (R, [])]]),
    dict(file="harrowby-wendle-icb-23-0237.pdf", src="harrowby-wendle-icb-foi-23-0237.html", render="lo_pdf",
         authority="NHS Harrowby and Wendle Integrated Care Board", reference="ICB 23/0237",
         date="2023-10-12", received="2023-09-14", regime="foia",
         layout="decision paragraph ('Questions 2, 4 and 6 are exempt'), s43 harm and public interest block, then answers only for the rest",
         traps=["exempt questions never answered individually", "Q8 partial via decision paragraph and answer",
                "s43(2) text explained", "s50 boilerplate"],
         parts=[[(R, []), (W, ["s43(2)"]), (R, []), (W, ["s43(2)"]), (R, []), (W, ["s43(2)"]), (R, []),
                 (PR, ["s40(2)"])]]),
    dict(file="ashcombe-dc-eir-22-0143.pdf", src="ashcombe-dc-eir-22-0143.html", render="chromium",
         authority="Ashcombe District Council", reference="EIR-22-0143",
         date="2022-06-30", received="2022-06-01", regime="eir",
         layout="disclosure-log web page; request as bullet points, each answered under its bullet",
         traps=["unnumbered bullets", "reg12(5)(e) partial and in full", "regulation 13 redactions (partial)",
                "reg12(4)(a) not held", "'section 106 agreement' is not an exemption", "reg6(1)(b) signposting",
                "ICO case IC-118273-K9P2 quoted", "reg 11 / reg 18 / s50 boilerplate", "planning reference 21/01877/FUL"],
         parts=[[(PR, ["reg12(5)(e)"]), (PR, ["reg13"]), (W, ["reg12(5)(e)"]), (NH, []), (R, []), (R, ["reg6(1)(b)"])]]),
    dict(file="cwm-aeron-cbc-foi-1463.txt", src="cwm-aeron-cbc-foi-1463.txt", render="copy",
         authority="Cwm Aeron County Borough Council", reference="CA/FOI/1463",
         date="2016-08-24", received="2016-07-27", regime="foia",
         layout="plain text, three pages split by form feeds with running header and footer; bilingual 'Cais / Request n' and 'Ymateb / Response' blocks",
         traps=["s12(2) 'neither confirm nor deny' cost refusal of one question (refused, not ncnd) with hours arithmetic",
                "'0.' and 'None.' released zeros", "s31(1)(a) with s40(2)", "s21 URL",
                "question and answer split across a page break", "Housing (Wales) Act 2014 mentioned"],
         parts=[[(R, []), (R, []), (W, ["s31(1)(a)", "s40(2)"]), (REF, ["s12(2)"]), (R, []), (R, ["s21"])]]),
    dict(file="little-wenlow-pc-lwpc-3-2013.txt", src="little-wenlow-pc-lwpc-3-2013.txt", render="copy",
         authority="Little Wenlow Parish Council", reference="LWPC 3/2013",
         date="2013-05-14", received="2013-04-22", regime="foia",
         layout="parish clerk's letter: questions listed in one prose sentence, answered in prose paragraphs",
         traps=["HARD: questions never numbered", "answers out of order (rent first)", "figures written as words",
                "register held by another authority (not held)", "s21 for published minutes", "dates inside answers"],
         parts=[[(R, []), (R, []), (R, ["s21"]), (R, []), (NH, [])]]),
    dict(file="stourhaven-tc-stc-foi-2025-009.md", src="stourhaven-tc-stc-foi-2025-009.md", render="copy",
         authority="Stourhaven Town Council", reference="STC-FOI-2025-009",
         date="2025-02-11", received="2025-01-20", regime="foia",
         layout="Markdown: requester's email quoted with answers inline in bold under each question",
         traps=["answers inside a quoted email", "'Nil.' released zero", "'Not applicable.' after a 'No'",
                "s31(1)(a) partial (areas given, positions withheld)", "attachment answer"],
         parts=[[(R, []), (PR, ["s31(1)(a)"]), (R, []), (R, []), (R, []), (R, []), (R, []), (R, []), (R, [])]]),
    dict(file="beacon-ridge-mat-foi-2024-31.docx", src="beacon-ridge-mat-foi-2024-31.html", render="lo_docx",
         authority="Beacon Ridge Academies Trust", reference="BRAT FOI 2024-31",
         date="2024-12-02", received="2024-11-04", regime="foia",
         layout="Word letter: questions in bold as automatic numbered list items, answer in the next paragraph; two parts, numbering restarts",
         traps=["15 questions in two parts", "numbering restarts in Part 2", "small numbers suppressed under s40(2) (partial)",
                "settlement count released, values withheld (partial)", "s21 and s22", "'No' then 'Not applicable'",
                "answer refers to another answer"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (R, []), (PR, ["s40(2)"]), (R, ["s21"]), (R, []), (R, ["s22"])],
                [(PR, ["s40(2)"]), (R, []), (R, []), (R, []), (R, []), (R, [])]]),
    dict(file="st-aldrics-primary-sa-foi-02.html", src="st-aldrics-primary-sa-foi-02.html", render="copy",
         authority="St Aldric's Church of England Primary School", reference="SA/FOI/02",
         date="2018-03-15", received="2018-02-26", regime="foia",
         layout="school letter: questions in one prose sentence, answered in prose paragraphs out of order",
         traps=["HARD: questions never numbered", "answers out of order", "number written as words",
                "PTA accounts held by a separate charity (not held)", "s21 for governors page", "s40(2) withholding a count"],
         parts=[[(R, []), (R, []), (R, []), (NH, []), (R, ["s21"]), (W, ["s40(2)"])]]),
    dict(file="iwha-f0014022.pdf", src="iwha-f0014022.html", render="lo_pdf",
         authority="Inland Waterways Heritage Agency", reference="F0014022",
         date="2014-07-31", received="2014-07-02", regime="foia",
         layout="cover letter, then a schedule of items after the signature (bordered table)",
         traps=["HARD: exemptions named only in the cover letter, referring back to item numbers; schedule says only 'Not provided'",
                "partial: completed prices given, two pending withheld", "s41 considered and rejected",
                "s21 signposting", "long price table"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (R, ["s21"]), (W, ["s43(2)"]), (W, ["s40(2)"]), (R, [])]]),
    dict(file="ltra-ir-2019-044.pdf", src="ltra-ir-2019-044.html", render="chromium",
         authority="Licensed Trades Regulatory Authority", reference="IR-2019-044",
         date="2019-05-20", received="2019-02-04", regime="foia",
         layout="disclosure-log web page holding an internal review: original request, original decision, review outcome per question",
         traps=["internal review: original s31 refusal overturned for Q1, Q2 and Q4", "original reference FOI-2019-311 also quoted",
                "review request date 3 April 2019 and original response date 4 March 2019",
                "s31(1)(g) by virtue of s31(2)(c) upheld for Q3", "not held upheld", "ICO FS50791133 quoted"],
         parts=[[(R, []), (R, []), (W, ["s31(1)(g)", "s31(2)(c)"]), (PR, ["s40(2)"]), (NH, [])]]),
    dict(file="glenrossie-council-foi-gc-18-00871.pdf", src="glenrossie-council-foi-gc-18-00871.html", render="lo_pdf",
         authority="Glenrossie Council", reference="FOI-GC-18-00871",
         date="2018-01-29", received="2017-12-20", regime="foisa",
         layout="FOISA letter, Q1-Q7 restated then answered under Qn headings with harm and public interest text inside the answers",
         traps=["foisa s35(1)(a) and s39(1)", "s39(1) redactions (partial)", "s30(c) with s27(1) noted but not relied on",
                "section 17 not held", "s25 signposting", "s20 / s47(1) review boilerplate", "date inside question (14 June 2017)"],
         parts=[[(R, []), (W, ["foisa:s35(1)(a)", "foisa:s39(1)"]), (PR, ["foisa:s39(1)"]), (W, ["foisa:s30(c)"]),
                 (R, []), (NH, []), (R, ["foisa:s25"])]]),
    dict(file="nhs-loch-arden-foi-la-2021-0562.docx", src="nhs-loch-arden-foi-la-2021-0562.html", render="lo_docx",
         authority="NHS Loch Arden", reference="FOI/LA/2021/0562",
         date="2021-12-09", received="2021-11-15", regime="foisa",
         layout="Word letter: request as automatic numbered list, then a second automatic numbered list of answers without the questions",
         traps=["answers keyed only by list position", "'Fewer than five' with exact number withheld s38(1)(b) (partial)",
                "s25(1) signposting", "section 17(1) notice (not held)", "s27(1) future publication (released per convention)",
                "s47 boilerplate"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (PR, ["foisa:s38(1)(b)"]), (R, ["foisa:s25(1)"]), (R, []),
                 (NH, []), (R, ["foisa:s27(1)"])]]),
    dict(file="lb-kersfield-eir-4471.pdf", src="lb-kersfield-eir-4471.html", render="gs_from_chromium",
         authority="London Borough of Kersfield", reference="LBK/EIR/4471",
         date="2012-11-05", received="2012-10-08", regime="eir",
         layout="interleaved Q1/A1 pairs, EIR",
         traps=["reg12(4)(d) unfinished documents", "reg12(5)(e) partial (contractor and total given, rates withheld)",
                "reg12(4)(a) not held", "answers in attached spreadsheet", "'Nil' released zero", "reg12(2) presumption quoted",
                "reg 11 / reg 18 boilerplate"],
         parts=[[(R, []), (R, []), (R, []), (W, ["reg12(4)(d)"]), (PR, ["reg12(5)(e)"]), (NH, []), (R, [])]]),
    dict(file="calderbrook-mbc-foi-2290-13.pdf", src="calderbrook-mbc-foi-2290-13.html", render="lo_pdf",
         authority="Calderbrook Metropolitan Borough Council", reference="2290/13",
         date="2013-09-18", received="2013-08-21", regime="foia",
         layout="two-column Request | Response table without borders",
         traps=["borderless table", "'Not applicable – see answer 4'", "answer cross-refers ('see 6')",
                "s43(2) partial (contractor named, value withheld)", "s40(2) names", "Traffic Management Act 2004 mentioned"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (R, []), (PR, ["s43(2)"]), (R, []), (R, []), (R, []), (W, ["s40(2)"])]]),
    dict(file="upv-foi-2026-0088.pdf", src="upv-foi-2026-0088.html", render="lo_pdf",
         authority="University of Pennington Vale", reference="FOI-UPV-2026-0088",
         date="2026-01-21", received="2025-12-17", regime="foia",
         layout="'You asked:' / 'Our response:' blocks, questions unnumbered",
         traps=["unnumbered questions", "earlier request FOI-UPV-2024-0412 quoted", "s36 named but not applied",
                "'<5' suppression under s40(2) (partial)", "s43(2) twice", "s21 URL"],
         parts=[[(R, []), (R, []), (W, ["s43(2)"]), (PR, ["s40(2)"]), (R, []), (W, ["s43(2)"]), (R, ["s21"])]]),
    dict(file="fellshaw-npa-eir-17-2019.pdf", src="fellshaw-npa-eir-17-2019.html", render="ocr_from_lo",
         authority="Fellshaw National Park Authority", reference="FNPA EIR 17/2019",
         date="2019-10-03", received="2019-09-05", regime="eir",
         layout="scanned (OCR) EIR letter: request restated, answers under 'Question n' with one grouped answer",
         traps=["OCR text layer", "'Questions 2 and 3' grouped answer", "reg12(4)(b) manifestly unreasonable for one question only, with arithmetic",
                "reg6(1)(b)", "regulation 13", "answer in attachment", "date inside question", "reg 11 / reg 18 / s50 boilerplate"],
         parts=[[(R, []), (R, []), (R, []), (REF, ["reg12(4)(b)"]), (R, ["reg6(1)(b)"]), (R, []), (W, ["reg13"])]]),
    dict(file="thornbury-homes-th-foi-0419.pdf", src="thornbury-homes-th-foi-0419.html", render="gs_from_lo",
         authority="Thornbury Homes", reference="TH/FOI/0419",
         date="2022-02-16", received="2022-01-19", regime="foia",
         layout="numbered questions in bold, answer on the next line",
         traps=["'As above' answer", "'Please see the answer to question 6'", "'See also question 4 above'",
                "s43(2)", "not held with another body named", "Housing Ombudsman mentioned"],
         parts=[[(R, [])] * 8 + [(W, ["s43(2)"]), (NH, []), (R, [])]]),
    dict(file="humberlink-hte-foi-2020-61.html", src="humberlink-hte-foi-2020-61.html", render="copy",
         authority="Humberlink Transport Executive", reference="HTE/FOI/2020/61",
         date="2020-03-04", received="2020-02-05", regime="foia",
         layout="request quoted as numbered list, answered in prose paragraphs out of order",
         traps=["HARD: answers out of order ('In answer to point 1', 'Turning to points 4 and 5', 'On point 2', 'Lastly, point 6')",
                "Q3 answered inside an explanatory paragraph", "figures written as words",
                "earlier request HTE/FOI/2019/212 quoted", "s43(2)", "s31(1)(a)"],
         parts=[[(R, []), (W, ["s43(2)"]), (R, []), (R, []), (R, []), (W, ["s31(1)(a)"])]]),
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
