#!/usr/bin/env python3
"""Batch 76: 24 fictional UK FOI / EIR / FOISA response letters.

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
FS = lambda s: "foisa:" + s
LETTERS = [
    dict(file="glenmorven-council-foi-24-0831.pdf", src="glenmorven-council-foi-24-0831.html", render="lo_pdf",
         authority="Glenmorven Council", reference="FOI/24/0831", date="2024-09-12", received="2024-08-15",
         regime="foisa", layout="restated numbered request, then borderless two-column table 'Your question | Our response'",
         traps=["table without borders", "s17 not-held notice with related figures given as advice and assistance (s15)",
                "partial releases: operator names released, values withheld; complaint count released, names withheld",
                "s30(c) considered but not relied on", "s47(1) appeal boilerplate"],
         parts=[[(R, []), (PR, [FS("s33(1)(b)")]), (PR, [FS("s38(1)(b)")]), (NH, []),
                 (R, [FS("s25(1)")]), (R, []), (W, [FS("s36(1)")])]]),
    dict(file="dyfnant-cbc-ir-2022-014.pdf", src="dyfnant-cbc-ir-2022-014.html", render="chromium",
         authority="Dyfnant County Borough Council", reference="IR-2022-014", date="2022-06-20", received="2022-03-14",
         regime="foia", layout="internal review: per question the original response then the review outcome, changes in bold; bilingual Welsh/English letterhead",
         traps=["internal review changes some stances (s43 overturned, s40 partly overturned, s22 replaced by s21) and upholds others",
                "original exemptions quoted but not final", "original reference beside the review reference",
                "bilingual page footer 'Tudalen 1 o 2 | Page 1 of 2'", "s50 in complaint boilerplate"],
         parts=[[(R, []), (R, []), (W, ["s43(2)"]), (PR, ["s40(2)"]), (R, ["s21"]), (NH, [])]]),
    dict(file="nhs-strathcairn-foi-2019-0447.txt", src="nhs-strathcairn-foi-2019-0447.txt", render="copy",
         authority="NHS Strathcairn", reference="FOI 2019-0447", date="2019-11-05", received="2019-10-09",
         regime="foisa", layout="interleaved 'Question N: ... / Response:' plain text",
         traps=["two not-held answers that give related figures as advice and assistance",
                "'Nil' is a released zero", "dates as dd/mm/yyyy", "s20 and s47 in review boilerplate"],
         parts=[[(R, []), (R, []), (NH, []), (R, []), (NH, []),
                 (W, [FS("s30(b)(i)"), FS("s30(b)(ii)")])]]),
    dict(file="marchshire-police-foi-2025-00712.pdf", src="marchshire-police-foi-2025-00712.html", render="gs_from_chromium",
         authority="Marchshire Constabulary", reference="FOI 2025/00712", date="2025-04-03", received="2025-03-06",
         regime="foia", layout="restated numbered request then 'Question N' headed answers, harm and PIT at the end",
         traps=["two NCND answers with different subsections (s24(2)+s31(3); s23(5)+s24(2))",
                "Section 31(1)(a)(b) run", "s30 considered and not engaged", "OFFICIAL header/footer on every page",
                "s50 and ICO in complaint rights"],
         parts=[[(R, []), (W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), (NCND, ["s24(2)", "s31(3)"]),
                 (R, []), (NCND, ["s23(5)", "s24(2)"]), (R, [])]]),
    dict(file="dyffryn-teifi-uhb-foi-23-1184.docx", src="dyffryn-teifi-uhb-foi-23-1184.html", render="lo_docx",
         authority="Teifi Valley University Health Board", reference="FOI-DTUHB-23-1184", date="2023-02-17", received="2023-01-19",
         regime="foia", layout="request as automatic numbered list, answers as a second automatic numbered list",
         traps=["automatic list numbers (no literal digits in the text)", "bilingual Welsh/English headings",
                "count released, job titles withheld; supplier named, value withheld",
                "not held with related leaver figures as assistance", "'Four' written as a word"],
         parts=[[(R, []), (R, []), (PR, ["s40(2)"]), (R, []), (PR, ["s43(2)"]), (NH, [])]]),
    dict(file="inverallan-uni-foi-2021-118.md", src="inverallan-uni-foi-2021-118.md", render="copy",
         authority="University of Inverallan", reference="FOI/2021/118", date="2021-07-28", received="2021-06-30",
         regime="foisa", layout="markdown: numbered request, one cost refusal for the whole request",
         traps=["one costly question (4) refuses all five under FOISA s12(1)", "£600 Scottish limit and arithmetic",
                "s15 advice and assistance named, not applied"],
         parts=[[(REF, [FS("s12(1)")])] * 5]),
    dict(file="severn-marches-water-eir-2020-0093.html", src="severn-marches-water-eir-2020-0093.html", render="copy",
         authority="Severn Marches Water", reference="EIR-2020-0093", date="2020-10-14", received="2020-09-16",
         regime="eir", layout="disclosure-log page with cookie banner and navigation; bordered two-column table",
         traps=["EIR reg 6(1)(b) signposting", "contractor named but cost withheld (reg12(5)(e))",
                "job title released, name withheld (reg13(1))", "site navigation and footer around the letter",
                "received given only as date of request"],
         parts=[[(R, []), (R, []), (R, ["reg6(1)(b)"]), (W, ["reg12(5)(b)"]), (PR, ["reg12(5)(e)"]),
                 (R, []), (PR, ["reg13(1)"])]]),
    dict(file="tayforth-rtp-foi-18-027.docx", src="tayforth-rtp-foi-18-027.html", render="lo_docx",
         authority="Tayforth Regional Transport Partnership", reference="TRTP/FOI/18/027", date="2018-05-22", received="2018-04-24",
         regime="foisa", layout="request and answers as automatic numbered lists",
         traps=["FOISA s25 and s27 signposting (released)", "s17 not-held notice with corridor figure as assistance",
                "answers refer back to 'point 1'"],
         parts=[[(R, []), (R, []), (W, [FS("s33(1)(b)")]), (NH, []), (R, [FS("s25(1)")]), (R, [FS("s27(1)")])]]),
    dict(file="harlowmere-dc-ir-0142-16.pdf", src="harlowmere-dc-ir-0142-16.html", render="lo_pdf",
         authority="Harlowmere District Council", reference="IR/0142/16", date="2016-09-30", received="2016-07-11",
         regime="foia", layout="internal review: borderless three-column table Question | Original response | Review decision",
         traps=["table without borders, three columns", "original stances in the middle column are not final",
                "review overturns s43 for names but upholds it for amounts; not held becomes released; s40 partly overturned",
                "original reference beside review reference"],
         parts=[[(R, []), (R, []), (W, ["s43(2)"]), (R, []), (PR, ["s40(2)"]), (R, []), (R, ["s21"])]]),
    dict(file="mynyddoedd-cambria-npa-eir-2014-062.pdf", src="mynyddoedd-cambria-npa-eir-2014-062.html", render="gs_from_lo",
         authority="Cambrian Mountains National Park Authority", reference="EIR 2014/062", date="2014-03-18", received="2014-02-19",
         regime="eir", layout="'You asked: / Our response:' blocks, unnumbered; bilingual letterhead",
         traps=["questions never numbered", "not held with total path spend as advice and assistance",
                "reg12(4)(b) refuses one question only", "count of objections released, names withheld",
                "reg 12(2) presumption and reg 11 review named, not applied"],
         parts=[[(R, []), (R, []), (NH, []), (R, []), (W, ["reg12(5)(e)", "reg12(5)(f)"]), (W, ["reg12(5)(g)"]),
                 (PR, ["reg13(1)"]), (REF, ["reg12(4)(b)"])]]),
    dict(file="north-pennine-ambulance-foi-1189-19.pdf", src="north-pennine-ambulance-foi-1189-19.html", render="ocr_from_lo",
         authority="North Pennine Ambulance Service NHS Trust", reference="FOI 1189/19", date="2019-05-09", received="2019-04-11",
         regime="foia", layout="OCR'd scan; numbered request, single cost refusal",
         traps=["OCR text layer", "s12(2) refusal that says 'neither confirms nor denies' is refused, not ncnd",
                "one costly question refuses questions 1 to 6", "s16 named, not applied"],
         parts=[[(REF, ["s12(2)"])] * 6]),
    dict(file="fenland-wash-icb-foi-icb-24-0102.pdf", src="fenland-wash-icb-foi-icb-24-0102.html", render="chromium",
         authority="NHS Fenland and Wash Integrated Care Board", reference="FOI.ICB.24.0102", date="2024-02-08", received="2024-01-10",
         regime="foia", layout="decision paragraph naming 'questions 2, 4 and 6-7', then answers for 'all other questions'",
         traps=["question range '6-7' in decision paragraph", "s41 considered but not relied on",
                "not held with ICB waiting list as advice and assistance", "answers only for unexempted questions"],
         parts=[[(R, []), (W, ["s43(2)"]), (R, []), (W, ["s43(2)"]), (NH, []), (W, ["s43(2)"]), (W, ["s43(2)"]), (R, [])]]),
    dict(file="agricultural-grants-agency-foi2017-04418.txt", src="agricultural-grants-agency-foi2017-04418.txt", render="copy",
         authority="Agricultural Grants Agency", reference="FOI2017/04418", date="2017-08-14", received="2017-07-20",
         regime="foia", layout="quoted numbered request; grouped answer 'Questions 1 to 3' then 'Question 4'",
         traps=["requester's previous reference FOI2017/02210 quoted beside the letter's own",
                "s14(2) repeated request for questions 1-3 only", "s14(1) named only to say it was not applied",
                "s50 in boilerplate"],
         parts=[[(REF, ["s14(2)"]), (REF, ["s14(2)"]), (REF, ["s14(2)"]), (R, [])]]),
    dict(file="east-harnley-uni-foi-ueh-2022-311.pdf", src="east-harnley-uni-foi-ueh-2022-311.html", render="gs_from_chromium",
         authority="University of East Harnley", reference="FOI-UEH-2022-311", date="2022-11-29", received="2022-11-01",
         regime="foia", layout="'You asked: / Our response:' blocks, unnumbered",
         traps=["questions never numbered", "count released, departments withheld (s40(2))",
                "law firm named, fees withheld (s43(2))", "'12.' bare answer", "'Three' as a word"],
         parts=[[(R, []), (R, []), (PR, ["s40(2)"]), (W, ["s40(2)", "s41(1)"]), (R, []), (PR, ["s43(2)"]), (R, ["s21"])]]),
    dict(file="dunmore-ha-foi-0057.md", src="dunmore-ha-foi-0057.md", render="copy",
         authority="Dunmore Housing Association", reference="DHA-FOI-0057", date="2023-10-16", received="2023-09-18",
         regime="foisa", layout="markdown: bulleted request, answers under bold headings in the same order",
         traps=["bullets never numbered", "total released, tenant names withheld",
                "s17 not-held with survey count as help", "NCND under s18(1) read with s38(1)(b)"],
         parts=[[(R, []), (R, []), (R, []), (PR, [FS("s38(1)(b)")]), (NH, []),
                 (NCND, [FS("s18(1)"), FS("s38(1)(b)")])]]),
    dict(file="inverbrae-council-rev-0093-20.pdf", src="inverbrae-council-rev-0093-20.html", render="chromium",
         authority="Inverbrae Council", reference="REV-0093-20", date="2020-12-03", received="2020-09-28",
         regime="foisa", layout="FOISA review: borderless three-column table Your request | Original decision | Review decision",
         traps=["table without borders", "review substitutes some decisions and confirms others",
                "original s30(b)(i) and s27(1) dropped; s33(1)(b) kept for an appendix",
                "count and lead author's name released, other names withheld", "s21(4) and s47(1) named, not applied"],
         parts=[[(R, []), (PR, [FS("s33(1)(b)")]), (PR, [FS("s38(1)(b)")]), (NH, []), (R, [FS("s25(1)")])]]),
    dict(file="ballykeel-down-dc-foi-bddc-2015-112.txt", src="ballykeel-down-dc-foi-bddc-2015-112.txt", render="copy",
         authority="Ballykeel and Down District Council", reference="FOI/BDDC/2015/112", date="2015-06-24", received="2015-05-27",
         regime="foia", layout="interleaved Q1/A1 plain text",
         traps=["cost released, contractor name withheld (s38(1)(a))", "camera count released, locations withheld",
                "'None' is a released zero", "number as a word ('three')"],
         parts=[[(R, []), (R, []), (R, []), (PR, ["s38(1)(a)"]), (PR, ["s31(1)(a)"]), (R, [])]]),
    dict(file="dmca-foi2025-12931.pdf", src="dmca-foi2025-12931.html", render="lo_pdf",
         authority="Department for Marine and Coastal Affairs", reference="FOI2025/12931", date="2026-01-21", received="2025-12-17",
         regime="foia", layout="decision paragraph, then answers by question with 'Questions 2 and 4' grouped; 3 pages",
         traps=["grouped answer for questions 2 and 4", "s36 named only to say it was not applied",
                "s12 named only to say it was not needed", "EIR considered and rejected",
                "s22 future publication (released)", "count and two senior names released, others withheld",
                "borderless table inside an answer", "OFFICIAL and 'Page N of 3' on every page"],
         parts=[[(R, []), (W, ["s35(1)(a)"]), (R, []), (W, ["s35(1)(a)"]), (PR, ["s40(2)"]), (R, ["s22(1)"])]]),
    dict(file="built-heritage-regulator-f-00482.html", src="built-heritage-regulator-f-00482.html", render="copy",
         authority="Office of the Built Heritage Regulator", reference="F-00482", date="2013-05-07", received="2013-04-09",
         regime="foia", layout="disclosure-log page with navigation; numbered request then numbered answers",
         traps=["s21 and s22 signposting", "NCND under s31(3)", "dates as dd/mm/yyyy", "'Last updated' date in sidebar"],
         parts=[[(R, []), (R, ["s21"]), (R, ["s22(1)"]), (NCND, ["s31(3)"]), (W, ["s40(2)"]), (R, [])]]),
    dict(file="wendleshire-cc-foi-3318.pdf", src="wendleshire-cc-foi-3318.html", render="gs_from_lo",
         authority="Wendleshire County Council", reference="CC/FOI/3318", date="2012-10-31", received="2012-10-03",
         regime="foia", layout="prose request, answers keyed by ordinal words ('Firstly', 'your third point', 'Lastly')",
         traps=["questions never numbered", "answers out of order", "numbers written as words",
                "s40 mentioned only to say it does not apply", "'nil' is a released zero",
                "received given only as date of the letter"],
         parts=[[(R, []), (PR, ["s43(2)"]), (R, []), (NH, []), (R, [])]]),
    dict(file="harrowdene-hospitals-ir-2021-067.docx", src="harrowdene-hospitals-ir-2021-067.html", render="lo_docx",
         authority="Harrowdene Hospitals NHS Foundation Trust", reference="IR 2021-067", date="2021-09-14", received="2021-06-02",
         regime="foia", layout="internal review: original request and review conclusions as automatic numbered lists",
         traps=["ICO case reference and original reference beside the review reference",
                "original decisions summarised in prose, then changed for some questions only",
                "not held upheld with total PCNs as assistance", "count released, manager names withheld",
                "s50 in closing paragraph"],
         parts=[[(R, []), (R, []), (W, ["s43(2)"]), (NH, []), (PR, ["s40(2)"])]]),
    dict(file="coleg-glannau-dyfi-foi-25-09.pdf", src="coleg-glannau-dyfi-foi-25-09.html", render="lo_pdf",
         authority="Coleg Glannau Dyfi", reference="CGD/FOI/25/09", date="2025-02-11", received="2025-01-14",
         regime="foia", layout="bulleted request; answers under bold headings",
         traps=["bullets never numbered", "'not held in a reportable format' with county figures as assistance",
                "agency named, spend withheld", "s36(2)(b)(ii) and s36(2)(c) run"],
         parts=[[(R, []), (R, []), (NH, []), (PR, ["s43(2)"]), (W, ["s36(2)(b)(ii)", "s36(2)(c)"])]]),
    dict(file="wealdshire-frs-foi-0291-24.html", src="wealdshire-frs-foi-0291-24.html", render="copy",
         authority="Wealdshire Fire and Rescue Service", reference="FOI 0291-24", date="2024-06-19", received="2024-05-22",
         regime="foia", layout="disclosure-log page; lettered request (a)-(g), lettered answers",
         traps=["lettered items", "count and premises types released, names withheld (s31(1)(a))",
                "bare figures '£41,600.' and '4.'", "NCND s24(2) + s31(3)", "metadata in a definition list"],
         parts=[[(R, []), (PR, ["s31(1)(a)"]), (R, []), (R, []), (W, ["s24(1)", "s38(1)(b)"]), (R, []),
                 (NCND, ["s24(2)", "s31(3)"])]]),
    dict(file="brackenford-council-foi-18-2271.pdf", src="brackenford-council-foi-18-2271.html", render="gs_from_chromium",
         authority="Brackenford Council", reference="FOI 18/2271", date="2018-02-27", received="2018-01-30",
         regime="foia", layout="bordered three-column table No. | Request | Response",
         traps=["count released, driver names withheld", "NCND s40(5B)(a)(i)",
                "not held with licensing service cost as advice and assistance", "dates as dd/mm/yyyy"],
         parts=[[(R, []), (R, []), (PR, ["s40(2)"]), (R, []), (NCND, ["s40(5B)(a)(i)"]), (R, []), (NH, [])]]),
]


# ---------------------------------------------------------------------------
def run(cmd, **kw):
    print("  $", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, **kw)


def lo_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(src))[0]
    if fmt.startswith("pdf"):
        # Go through ODT first: a direct HTML -> PDF export drops the page
        # header and footer on some pages; the ODT round trip keeps them.
        odtdir = os.path.join(outdir, "odt")
        os.makedirs(odtdir, exist_ok=True)
        run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
             "--infilter=HTML (StarWriter)", "--convert-to", "odt",
             "--outdir", odtdir, src])
        src = os.path.join(odtdir, base + ".odt")
        run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
             "--convert-to", fmt, "--outdir", outdir, src])
        return os.path.join(outdir, base + ".pdf")
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt,
         "--outdir", outdir, src])
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
