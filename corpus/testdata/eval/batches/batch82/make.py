#!/usr/bin/env python3
"""Batch 82: 24 fictional UK FOI / EIR / FOISA response letters.

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
    dict(file="dcr-foi2024-11873.pdf", src="l01-dcr.html", render="lo_pdf",
         authority="Department for Coastal Resilience", reference="FOI2024/11873",
         date="2024-09-12", received="2024-08-14", regime="foia",
         layout="four-column table (no., request, response, exemption); exemption column filled only for some rows; explanations after the table",
         traps=["released zero '0.' with re-profiling note", "s36 mentioned only as not considered",
                "'Released in part' row with s43(2)", "s21 link row", "s50 boilerplate", "periods 2021-22 inside questions"],
         parts=[[(R, []), (R, []), (W, ["s35(1)(a)"]), (PR, ["s43(2)"]), (NH, []), (R, ["s21"])]]),
    dict(file="ashbymoor-foi-2291-23.pdf", src="l02-ashbymoor.html", render="lo_pdf",
         authority="Ashby Moor Metropolitan Borough Council", reference="FOI 2291/23",
         date="2023-11-03", received="2023-10-06", regime="foia",
         layout="restated question in bold then answer; answers say 'Withheld – see below'; 'Exemptions applied' summary by Q number at end",
         traps=["exemptions only in the end summary (Q3 – s43(2); Q6 – s40(2); Q7 – s40(2))",
                "Q5 'Not applicable.' after Q4 'No' (released)", "Q7 'with redactions' = partial",
                "s12 named as not applied", "dates dd/mm/yyyy"],
         parts=[[(R, []), (R, []), (W, ["s43(2)"]), (R, []), (R, []), (W, ["s40(2)"]), (PR, ["s40(2)"])]]),
    dict(file="cwmteifi-uhb-ct-foi-24-412.pdf", src="l03-cwmteifi.html", render="lo_pdf",
         authority="Cwm Teifi University Health Board", reference="CT/FOI/24/412",
         date="2024-03-19", received="2024-02-21", regime="foia",
         layout="interleaved with Welsh bilingual headings 'Cais / Request N' and 'Ymateb / Response N'",
         traps=["Welsh/English bilingual headings and letterhead", "sub-questions 3a/3b inside Q3",
                "released 'Nil.'", "s21 signposting to board papers", "Welsh-language letterhead name first"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (NH, []), (R, ["s21"])]]),
    dict(file="eastwold-foi-2021-0288.pdf", src="l04-eastwold.html", render="lo_pdf",
         authority="University of Eastwold", reference="FOI-2021-0288",
         date="2021-05-27", received="2021-04-29", regime="foia",
         layout="request quoted, then cost refusal with hours-per-question estimate table refusing whole request",
         traps=["every question refused under s12(1) although Q1 and Q5 alone are cheap",
                "s14(1) named as not applied", "earlier request FOI-2020-0917 quoted",
                "s16 advice", "dates inside Q1"],
         parts=[[(REF, ["s12(1)"])] * 5]),
    dict(file="wyvernvale-eir-22-0318.pdf", src="l05-wyvernvale.html", render="lo_pdf",
         authority="Wyvern Vale Council", reference="EIR-22-0318",
         date="2022-02-09", received="2022-01-11", regime="eir",
         layout="'You asked: / Our response:' pairs, unnumbered (EIR)",
         traps=["questions unnumbered", "reg 12(4)(d) draft withheld", "reg 12(5)(f) redactions (partial)",
                "reg 12(4)(a) not held (labelled not_held with no exemption)", "released zero '0 objections'",
                "reg 12(5)(e) considered but not applied", "reg 18 / s50 boilerplate"],
         parts=[[(R, []), (W, ["reg12(4)(d)"]), (PR, ["reg12(5)(f)"]), (NH, []), (R, [])]]),
    dict(file="nhs-glenmorven-foi-24-00871.pdf", src="l06-glenmorven.html", render="lo_pdf",
         authority="NHS Glenmorven", reference="FOI/24/00871",
         date="2024-07-22", received="2024-06-24", regime="foisa",
         layout="numbered request quoted, answers in unnumbered prose paragraphs in order (FOISA)",
         traps=["answers never numbered; matched by topic ('first', 'Lastly')", "s27(1) future publication (released)",
                "s30(b)(ii) withheld", "s17 notice = not held", "s38(1)(b) personal data",
                "s20/s47(1) review and Commissioner boilerplate"],
         parts=[[(R, []), (R, ["foisa:s27(1)"]), (W, ["foisa:s30(b)(ii)"]), (NH, []), (W, ["foisa:s38(1)(b)"])]]),
    dict(file="chfa-foi-0259-19.pdf", src="l07-chfa.html", render="lo_pdf",
         authority="Caledonian Harbours and Ferries Agency", reference="CHFA-FOI-0259-19",
         date="2019-11-15", received="2019-10-18", regime="foisa",
         layout="three-column table (request, response, exemption) with exemption only for some rows; annex of reasons",
         traps=["exemption column gives 'Section 36(2)' etc. without Act prefix (FOISA)", "s33(2)(b) and s36(2)",
                "released '0'", "s17 not held inside table", "s30(c) considered but not relied on",
                "s47(1) boilerplate"],
         parts=[[(R, []), (W, ["foisa:s36(2)"]), (W, ["foisa:s33(2)(b)"]), (R, []), (NH, []), (PR, ["foisa:s33(1)(b)"])]]),
    dict(file="castlefenwick-college-foi-057-25.pdf", src="l08-castlefenwick.html", render="chromium",
         authority="Castle Fenwick College", reference="FOI 057/25",
         date="2025-03-12", received="2025-02-13", regime="foia",
         layout="disclosure-log web page with cookie banner and navigation; 'You asked: / Our response:'",
         traps=["site navigation and footer around letter", "published date 14 March differs from response date 12 March",
                "released 'None.'", "s36(2)(b)(ii) and s36(2)(c) qualified person"],
         parts=[[(R, []), (R, []), (NH, []), (W, ["s36(2)(b)(ii)", "s36(2)(c)"])]]),
    dict(file="otds-ir-2025-0044.pdf", src="l09-otds.html", render="chromium",
         authority="Office for Tenancy Deposit Standards", reference="IR-2025-0044",
         date="2025-07-02", received="2025-04-07", regime="foia",
         layout="internal review web page: original request listed, review outcome per question with bold changes",
         traps=["original reference FOI-2025-0311 and ICO case IC-48813-K2Q7 quoted",
                "Q1 originally withheld s43(2), overturned to released", "Q2 partially overturned (with redactions)",
                "several dates: original response, review request, review"],
         parts=[[(R, []), (PR, ["s43(2)"]), (W, ["s40(2)"]), (R, [])]]),
    dict(file="calderbrook-20-4471.pdf", src="l10-calderbrook.html", render="chromium",
         authority="Calderbrook Metropolitan Borough Council", reference="20-4471",
         date="2020-10-23", received="2020-09-28", regime="foia",
         layout="disclosure-log page; decision paragraph naming 'questions 2-4 and 7', then answers for the rest",
         traps=["range '2-4' plus list", "grouped 'Questions 2, 3 and 4 – exempt'", "released '0.'",
                "not recorded separately = not held", "s21 link", "s38 named as not applied", "sidebar navigation"],
         parts=[[(R, []), (W, ["s31(1)(a)"]), (W, ["s31(1)(a)"]), (W, ["s31(1)(a)"]), (R, []), (NH, []),
                 (W, ["s31(1)(a)"]), (R, ["s21"])]]),
    dict(file="queeneleanor-foi-15-8841.pdf", src="l11-queeneleanor.html", render="gs_from_lo",
         authority="Queen Eleanor Hospitals NHS Trust", reference="QEH-FOI-15-8841",
         date="2016-01-08", received="2015-12-07", regime="foia",
         layout="covering e-mail (with quoted original header) above a formal letter; 'Question one:' headings",
         traps=["question numbers written as words", "e-mail header dates (sent 08 January 2016, original 07 December 2015)",
                "NCND s40(5B)(a)(i)", "s41(1) absolute", "released 'Nine'", "date in Q3 (28 November 2015)"],
         parts=[[(R, []), (R, []), (NCND, ["s40(5B)(a)(i)"]), (W, ["s41(1)"]), (R, [])]]),
    dict(file="imla-foi-24-0093.pdf", src="l12-imla.html", render="gs_from_lo",
         authority="Inshore Marine Licensing Agency", reference="IMLA/FOI/24/0093",
         date="2024-04-30", received="2024-04-02", regime="foia",
         layout="parts A, B, C with numbering restarting; question then 'Response:'",
         traps=["three parts with restarting numbers", "B4 'Not applicable.' after B3 'None.'",
                "A2 'None were refused' released", "parent department named in letterhead",
                "s12 named as not applied"],
         parts=[[(R, []), (R, []), (NH, [])],
                [(R, []), (W, ["s31(1)(a)"]), (R, []), (R, [])],
                [(PR, ["s40(2)"]), (R, ["s21"])]]),
    dict(file="dyfnant-police-foi-1187-25.pdf", src="l13-dyfnant.html", render="gs_from_chromium",
         authority="Dyfnant Police", reference="DP-FOI-1187-25",
         date="2025-02-18", received="2025-01-21", regime="foia",
         layout="Welsh police force; 'Question N' headings with question and answer; bilingual letterhead",
         traps=["NCND with s24(2)+s31(3) and s23(5)+s24(2)", "s38 named as not relied on", "OFFICIAL markings",
                "released '0'", "dates inside Q3"],
         parts=[[(R, []), (R, []), (NCND, ["s24(2)", "s31(3)"]), (NCND, ["s23(5)", "s24(2)"]), (R, [])]]),
    dict(file="humberhead-frs-foi-227-13.pdf", src="l14-humberhead.html", render="gs_from_chromium",
         authority="Humberhead Fire and Rescue Service", reference="FOI 227/13",
         date="2013-06-11", received="2013-05-14", regime="foia",
         layout="request restated, single cost-refusal paragraph for the whole request",
         traps=["s12(2) 'neither confirm nor deny' on cost = refused, not ncnd", "s17(5) refusal notice named",
                "whole request refused", "s16 advice"],
         parts=[[(REF, ["s12(2)"])] * 4]),
    dict(file="foylesperrin-hsct-f0023117.pdf", src="l15-foylesperrin.html", render="ocr_from_lo",
         authority="Foyle and Sperrin Health and Social Care Trust", reference="F0023117",
         date="2017-10-03", received="2017-09-05", regime="foia",
         layout="interleaved Q1/A1 (Northern Ireland HSC trust), scanned and OCR'd",
         traps=["OCR text layer", "partial: counts given, provider names withheld s40(2)", "not recorded = not held"],
         parts=[[(R, []), (R, []), (NH, []), (PR, ["s40(2)"]), (R, [])]]),
    dict(file="clydeholm-ha-foi-14-23.pdf", src="l16-clydeholm.html", render="ocr_from_chromium",
         authority="Clydeholm Housing Association Ltd", reference="FOI 14/23",
         date="2023-03-10", received="2023-02-13", regime="foisa",
         layout="REQUEST / RESPONSE blocks, unnumbered (Scottish RSL under FOISA), scanned and OCR'd",
         traps=["OCR text layer", "questions unnumbered", "s25 signposting (released)", "s17 notice = not held",
                "RSL/charity numbers in letterhead"],
         parts=[[(R, []), (R, ["foisa:s25"]), (W, ["foisa:s38(1)(b)"]), (NH, [])]]),
    dict(file="mrg-foi-2026-00318.docx", src="l17-mrg.html", render="lo_docx",
         authority="Ministry for Regional Growth", reference="MRG-FOI-2026-00318",
         date="2026-01-20", received="2025-12-17", regime="foia",
         layout="request as automatic numbered list, decision paragraph naming questions 3 and 4, then numbered answers as a second automatic list",
         traps=["question numbers are Word list numbering", "answers list restarts at 1",
                "s22 future publication (released)", "partial: SCS name given, junior names withheld s40(2)"],
         parts=[[(R, []), (R, []), (W, ["s35(1)(a)"]), (W, ["s35(1)(a)"]), (PR, ["s40(2)"]), (NH, []), (R, ["s22"])]]),
    dict(file="brackenbury-uni-foi-1442.docx", src="l18-brackenbury.html", render="lo_docx",
         authority="Brackenbury University", reference="BU/FOI/1442",
         date="2018-11-06", received="2018-10-09", regime="foia",
         layout="automatic numbered list with answers in bold inside each item; Q3 has nested (i)/(ii) sub-list",
         traps=["nested roman sub-list 3(i), 3(ii) is one question", "partial: names given, equity withheld s43(2)",
                "date inside Q1"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (W, ["s43(2)"]), (NH, [])]]),
    dict(file="threecounties-as-foi-3391.docx", src="l19-threecounties.html", render="lo_docx",
         authority="Three Counties Ambulance Service NHS Trust", reference="TCAS FOI 3391",
         date="2020-08-25", received="2020-07-28", regime="foia",
         layout="answers in blue italics inserted under each question of the requester's own e-mail (automatic numbered list)",
         traps=["answers in a different colour inside the requester's e-mail", "released '0.'",
                "Q3 'Not applicable.' after Q2", "'Please see the attached spreadsheet' released",
                "s38(1)(a) and (b) written as 'section 38(1)(a) and (b)'"],
         parts=[[(R, []), (R, []), (R, []), (NH, []), (W, ["s38(1)(a)", "s38(1)(b)"]), (R, [])]]),
    dict(file="westmarch-cta-foi-2015-061.html", src="l20-westmarch.html", render="copy",
         authority="Westmarch Combined Transport Authority", reference="WCTA/FOI/2015/061",
         date="2015-07-08", received="2015-06-10", regime="foia",
         layout="web page; two-column request/response table without borders, unnumbered rows",
         traps=["borderless table rows unnumbered", "'See attached.' released", "partial: operators attached, prices withheld s43(2)",
                "navigation around letter"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (NH, []), (R, [])]]),
    dict(file="cheviotmoors-npa-eir-12-14.html", src="l21-cheviotmoors.html", render="copy",
         authority="Cheviot Moors National Park Authority", reference="EIR 12/14",
         date="2014-05-20", received="2014-04-22", regime="eir",
         layout="EIR letter with two-column bordered table, lettered (a)-(e) questions",
         traps=["lettered questions numbered 1-5", "NCND reg 12(6) with reg 12(5)(g)", "released 'Nil.'",
                "reg 6(1)(b) signposting", "reg 12(5)(b) named but not applied", "reg 18 boilerplate"],
         parts=[[(R, []), (R, []), (NCND, ["reg12(5)(g)", "reg12(6)"]), (W, ["reg13(1)"]), (R, ["reg6(1)(b)"])]]),
    dict(file="glanhafren-cc-foi-877-19.txt", src="l22-glanhafren.txt", render="copy",
         authority="Glanhafren County Council", reference="FOI 877/19",
         date="2019-12-04", received="2019-11-05", regime="foia",
         layout="plain text, three pages separated by form feeds with running header/footer; request in one prose paragraph, answers in prose",
         traps=["questions never numbered (five asks in one paragraph)", "exemptions only in a closing paragraph referring back",
                "Welsh bilingual headings", "running header repeats reference", "Q5 count given, names withheld s40(2)"],
         parts=[[(R, []), (R, []), (W, ["s43(2)"]), (NH, []), (PR, ["s40(2)"])]]),
    dict(file="hollowmere-lb-hm-12-3310.md", src="l23-hollowmere.md", render="copy",
         authority="London Borough of Hollowmere", reference="HM/12/3310",
         date="2012-10-15", received="2012-09-17", regime="foia",
         layout="markdown; numbered request quoted, answers in prose paragraphs out of order",
         traps=["answers out of order (3, 1, 5-6, 4, 2)", "numbers written as words ('point one', 'points five and six')",
                "grouped s43(2) for points five and six", "released 'none'", "ICO decision FS50398812 quoted",
                "not held after talk of manual check; s12 expressly not applied"],
         parts=[[(R, []), (NH, []), (R, []), (R, []), (W, ["s43(2)"]), (W, ["s43(2)"])]]),
    dict(file="tayforth-police-foi-2012-0456.txt", src="l24-tayforth.txt", render="copy",
         authority="Tayforth Police", reference="TP/FOI/2012/0456",
         date="2012-11-29", received="2012-11-01", regime="foisa",
         layout="plain text, two pages separated by form feed with running header/footer; numbered question then indented answer (FOISA, Scottish police)",
         traps=["FOISA s18(1) read with s35(1)(a) and (b)", "released 'Nil.'", "s17 notice = not held",
                "s12 named as not applied", "Police (Scotland) Act 1967 named"],
         parts=[[(R, []), (NCND, ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"]), (R, []), (NH, [])]]),
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
