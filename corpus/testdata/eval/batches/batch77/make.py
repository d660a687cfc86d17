#!/usr/bin/env python3
"""Batch 77: 24 fictional UK FOI / EIR / FOISA response letters.

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
    dict(file="northmoor-uhft-foi-2019-1187.pdf", src="northmoor-uhft-foi-2019-1187.html", render="lo_pdf",
         authority="Northmoor University Hospitals NHS Foundation Trust", reference="FOI/2019/1187",
         date="2019-08-14", received="2019-07-17", regime="foia",
         layout="request restated in prose, answered point by point under numbered headings",
         traps=["questions only in a prose paragraph, numbered by the authority's answers",
                "ward breakdown not held for one year but figures given (released)",
                "released zero written '0 –'", "s50/ICO complaint boilerplate"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (NH, []), (R, []), (R, ["s21"]), (W, ["s40(2)"])]]),
    dict(file="dri-foi-2023-04417.pdf", src="dri-foi-2023-04417.html", render="lo_pdf",
         authority="Department for Rural Infrastructure", reference="FOI2023/04417",
         date="2023-06-28", received="2023-05-30", regime="foia",
         layout="decision paragraph with ranges across two parts, then answers for the rest",
         traps=["'questions 1-3 in Part 1' and 'questions 2 to 4 in Part 2'", "numbering restarts in Part 2",
                "s36(2)(b) considered and not relied on", "s12 cost limit mentioned in footer, not applied",
                "not held stated inside the decision paragraph"],
         parts=[[(W, ["s35(1)(a)"]), (W, ["s35(1)(a)"]), (W, ["s35(1)(a)"]), (R, []), (NH, [])],
                [(R, []), (W, ["s43(2)"]), (W, ["s43(2)"]), (W, ["s43(2)"]), (R, ["s21"])]]),
    dict(file="hdfrs-foi-0342-21.pdf", src="hdfrs-foi-0342-21.html", render="gs_from_lo",
         authority="Hallamshire and Dales Fire and Rescue Service", reference="FOI 0342-21",
         date="2021-11-09", received="2021-10-12", regime="foia",
         layout="two-column bordered table 'Your request | Our response'",
         traps=["dates as dd/mm/yyyy", "'None ... £0' is released", "two exemptions clause by clause in one cell",
                "'not held in a reportable format'", "public interest block after the table"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s31(1)(a)", "s40(2)"]), (NH, []), (R, ["s21"])]]),
    dict(file="nhs-lothmuir-foi-17-0923.pdf", src="nhs-lothmuir-foi-17-0923.html", render="gs_from_chromium",
         authority="NHS Lothmuir", reference="LOTH/FOI/17/0923",
         date="2017-03-21", received="2017-02-22", regime="foisa",
         layout="'You asked: / Our response:' headings",
         traps=["FOISA section numbers", "s17 not-held notice", "s25 signposting", "s47(1) in complaint rights"],
         parts=[[(R, []), (NH, ["foisa:s17"]), (W, ["foisa:s33(1)(b)"]), (R, ["foisa:s25(1)"]), (R, [])]]),
    dict(file="mercia-vale-police-foi-001284-22.pdf", src="mercia-vale-police-foi-001284-22.html", render="chromium",
         authority="Mercia Vale Police", reference="FOI-001284-22",
         date="2022-09-02", received="2022-08-05", regime="foia",
         layout="restated numbered request, numbered answers; 3 pages with OFFICIAL header and 'Page n of 3' footer",
         traps=["harm and public interest text between answers", "answer 5 split over a page break",
                "Section 31(1)(a)(b) is two exemptions", "NCND s24(2)/s31(3)", "s50 in complaint rights"],
         parts=[[(R, []), (R, []), (W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), (NCND, ["s24(2)", "s31(3)"]),
                 (R, []), (NH, [])]]),
    dict(file="ashdown-dc-eir-2014-0211.pdf", src="ashdown-dc-eir-2014-0211.html", render="chromium",
         authority="Ashdown District Council", reference="EIR/2014/0211",
         date="2014-05-15", received="2014-04-17", regime="eir",
         layout="three-column table without borders: No. | Information requested | Response",
         traps=["EIR regulations", "bare figure '11' as an answer", "reg 12(1)(b) and 12(2) quoted in the PIT, not applied",
                "redacted copies (partially released)"],
         parts=[[(R, ["reg6(1)(b)"]), (W, ["reg12(5)(e)"]), (R, []), (NH, ["reg12(4)(a)"]), (PR, ["reg13(1)"]), (R, [])]]),
    dict(file="mspa-foi-20-0318.pdf", src="mspa-foi-20-0318.html", render="gs_from_chromium",
         authority="Marine Survey and Pilotage Agency", reference="MSPA-FOI-20-0318",
         date="2020-02-11", received="2020-01-14", regime="foia",
         layout="bulleted request, single refusal",
         traps=["one costly question refuses the whole request", "central government £600 / 24 hours",
                "letter says the other questions could be answered", "regulation 5 aggregation, s16 advice"],
         parts=[[(REF, ["s12(1)"])] * 5]),
    dict(file="glanyrafon-cbc-foi-4471.pdf", src="glanyrafon-cbc-foi-4471.html", render="lo_pdf",
         authority="Glanyrafon County Borough Council", reference="FOI 4471",
         date="2016-10-20", received="2016-09-22", regime="foia",
         layout="restated request in two parts, grouped answers ('Questions 1 & 2') per part",
         traps=["bilingual Welsh/English letterhead", "numbering restarts in Part B", "grouped answers",
                "s22 future publication (released)"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (NH, [])],
                [(R, []), (R, []), (R, ["s22(1)"])]]),
    dict(file="wexcombe-uni-foi-21-094.pdf", src="wexcombe-uni-foi-21-094.html", render="chromium",
         authority="University of Wexcombe", reference="FOI-21-094",
         date="2021-07-08", received="2021-06-10", regime="foia",
         layout="quoted request '1)'..'6)', answers in prose paragraphs keyed by ordinal words, out of order",
         traps=["answers out of order (4, 6, 1, 2, 3, 5)", "numbers as words", "earlier request FOI-20-311 and ICO case IC-48213-K7P2 quoted beside own reference",
                "s43(2) considered and found not to apply", "s50/ICO complaint boilerplate", "two exemptions for redactions in one answer"],
         parts=[[(R, []), (R, []), (R, []), (W, ["s40(2)"]), (R, ["s21"]), (PR, ["s36(2)(b)(ii)", "s40(2)"])]]),
    dict(file="npas-foi-24-0619.pdf", src="npas-foi-24-0619.html", render="gs_from_lo",
         authority="North Pennine Ambulance Service NHS Foundation Trust", reference="NPAS FOI 24-0619",
         date="2024-04-03", received="2024-03-06", regime="foia",
         layout="restated numbered request, decision paragraph ('All other questions are answered in full'), Q1: answers",
         traps=["exemptions applied clause by clause to sub-items a-c of one question", "sub-items are not questions",
                "number released with details withheld", "figures given with a split not held (released)",
                "answer refers to attached spreadsheet"],
         parts=[[(R, []), (R, []), (W, ["s24(1)", "s31(1)(a)", "s43(2)"]), (R, []), (PR, ["s40(2)", "s41(1)"]),
                 (R, []), (R, [])]]),
    dict(file="dsll-foi2018-11209.pdf", src="dsll-foi2018-11209.html", render="ocr_from_lo",
         authority="Department for Skills and Lifelong Learning", reference="FOI2018/11209",
         date="2018-12-05", received="2018-11-06", regime="foia",
         layout="interleaved 'Request n' / 'Response' blocks",
         traps=["OCR'd scan", "released zero '£0'", "s22 future publication (released)"],
         parts=[[(R, []), (R, []), (W, ["s35(1)(a)"]), (NH, []), (R, ["s22(1)"])]]),
    dict(file="les-hsct-ir-044-15.pdf", src="les-hsct-ir-044-15.html", render="lo_pdf",
         authority="Lough Erne and Sperrin Health and Social Care Trust", reference="IR 044/15",
         date="2015-06-30", received="2015-03-09", regime="foia",
         layout="internal review: original request with original responses, then review outcome per question",
         traps=["original reference FOI 1913/15 beside the review reference", "original s43(2) quoted for Q2-4, overturned for Q2",
                "partly upheld: number released, price withheld", "questions not reviewed keep their original answers",
                "several dates (original response, review request)"],
         parts=[[(R, []), (R, []), (W, ["s43(2)"]), (PR, ["s43(2)"]), (R, [])]]),
    dict(file="cheviot-fells-npa-eir-22-017.pdf", src="cheviot-fells-npa-eir-22-017.html", render="gs_from_chromium",
         authority="Cheviot Fells National Park Authority", reference="EIR 22/017",
         date="2022-03-24", received="2022-02-25", regime="eir",
         layout="lettered items (a)-(f), answers under (a)-(f) headings",
         traps=["lettered items numbered 1-6", "two EIR exceptions clause by clause for redactions",
                "reg 12(4)(a) not held with signposting to police", "reg 6(1)(b)"],
         parts=[[(R, []), (R, []), (W, ["reg12(5)(g)"]), (PR, ["reg12(5)(f)", "reg13(1)"]), (NH, ["reg12(4)(a)"]),
                 (R, ["reg6(1)(b)"])]]),
    dict(file="castlebridge-uni-foi-2025-0387.docx", src="castlebridge-uni-foi-2025-0387.html", render="lo_docx",
         authority="University of Castlebridge", reference="FOI-2025-0387",
         date="2025-02-19", received="2025-01-22", regime="foia",
         layout="DOCX: questions as automatic list numbers (bold), answers in indented unnumbered paragraphs below",
         traps=["question numbers exist only as Word list numbering", "figures for two years, one year not held (released)",
                "job titles given, junior names withheld"],
         parts=[[(R, []), (W, ["s43(2)"]), (R, []), (R, []), (NH, []), (PR, ["s40(2)"]), (R, [])]]),
    dict(file="tamarside-chs-foi-0552-13.docx", src="tamarside-chs-foi-0552-13.html", render="lo_docx",
         authority="Tamarside Community Health Services NHS Trust", reference="FOI 0552/13",
         date="2013-07-25", received="2013-06-27", regime="foia",
         layout="DOCX: two parts, each an automatic numbered list restarting at 1, answers indented below",
         traps=["automatic numbering restarts in Part 2", "'Nil.' is a released zero",
                "not held because another body commissions the service"],
         parts=[[(R, []), (R, []), (R, []), (NH, []), (R, [])],
                [(R, []), (R, []), (W, ["s43(2)"]), (PR, ["s40(2)"])]]),
    dict(file="dhs-foi2026-00731.docx", src="dhs-foi2026-00731.html", render="lo_docx",
         authority="Department for Housing Standards", reference="FOI2026/00731",
         date="2026-01-20", received="2025-12-18", regime="foia",
         layout="DOCX: automatic list numbers with indented answers",
         traps=["one question answered later (unknown)", "two exemptions applied to one answer",
                "received date in the previous year"],
         parts=[[(R, []), (R, []), (R, ["s21"]), (W, ["s42(1)"]), (UNK, []), (W, ["s35(1)(a)", "s43(2)"])]]),
    dict(file="gwfrs-ir-2019-0077.html", src="gwfrs-ir-2019-0077.html", render="copy",
         authority="Greater Wessex Fire and Rescue Service", reference="IR-2019-0077",
         date="2019-05-22", received="2019-03-12", regime="foia",
         layout="disclosure-log page: internal review, original request as list, 'Question n' headings",
         traps=["site navigation, cookie banner, related links", "original s12(1) refusal quoted and overturned",
                "original reference FOI-2019-0412", "not held explained with reference to s12"],
         parts=[[(R, []), (R, []), (NH, []), (W, ["s24(1)", "s38(1)(b)"])]]),
    dict(file="kingsmere-lbc-foi-17702.html", src="kingsmere-lbc-foi-17702.html", render="copy",
         authority="London Borough of Kingsmere", reference="LBK/FOI/17702",
         date="2024-10-30", received="2024-10-02", regime="foia",
         layout="disclosure-log page: answers inserted inline under the requester's bullets",
         traps=["unnumbered bullets", "'None.' is a released zero", "meta table with dates", "site navigation"],
         parts=[[(R, []), (R, []), (PR, ["s43(2)"]), (R, []), (NH, []), (R, []), (R, [])]]),
    dict(file="colehurst-college-foi-23-041.html", src="colehurst-college-foi-23-041.html", render="copy",
         authority="Colehurst College", reference="FOI 23/041",
         date="2023-11-15", received="2023-10-17", regime="foia",
         layout="disclosure-log page: REQUEST n / RESPONSE blocks, one grouped block 'REQUEST 5 AND 6'",
         traps=["grouped request block", "NCND s40(5B)(a)(i)", "s21 link", "WordPress sidebar and post navigation"],
         parts=[[(R, []), (R, ["s21"]), (R, []), (NCND, ["s40(5B)(a)(i)"]), (W, ["s31(1)(a)"]), (W, ["s31(1)(a)"])]]),
    dict(file="calderbrook-icb-foi-23-1402.txt", src="calderbrook-icb-foi-23-1402.txt", render="copy",
         authority="NHS Calderbrook Integrated Care Board", reference="ICB-FOI-23-1402",
         date="2023-09-12", received="2023-08-15", regime="foia",
         layout="plain text, interleaved Qn. / An.",
         traps=["one year not held with figures for the others (released)", "not held with signposting to another body"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (W, ["s43(2)"]), (R, ["s21"]), (NH, [])]]),
    dict(file="severn-marches-water-eir-2012-118.txt", src="severn-marches-water-eir-2012-118.txt", render="copy",
         authority="Severn Marches Water", reference="EIR-2012-118",
         date="2012-11-27", received="2012-10-30", regime="eir",
         layout="plain text, lettered request (a)-(d), single refusal",
         traps=["reg 12(4)(b) manifestly unreasonable for the whole request", "reg 12(4)(a) and 12(5)(e) named as not relied on",
                "FOIA cost limit used only as a guide"],
         parts=[[(REF, ["reg12(4)(b)"])] * 4]),
    dict(file="kestrel-coast-frs-foi-2025-0098.txt", src="kestrel-coast-frs-foi-2025-0098.txt", render="copy",
         authority="Kestrel Coast Fire and Rescue Service", reference="FOI 2025/0098",
         date="2025-03-18", received="2025-02-18", regime="foia",
         layout="plain text, bulleted request, answers keyed by ordinal words (First ... Finally)",
         traps=["questions never numbered", "numbers as words", "total released, day rates withheld"],
         parts=[[(R, []), (R, []), (R, []), (R, []), (W, ["s40(2)"]), (PR, ["s43(2)"])]]),
    dict(file="strathallan-uni-foi-2024-0419.md", src="strathallan-uni-foi-2024-0419.md", render="copy",
         authority="University of Strathallan", reference="FOI/2024/0419",
         date="2024-06-06", received="2024-05-09", regime="foisa",
         layout="markdown, '### Request n' with quoted question and **Response**",
         traps=["FOISA s18(1) NCND with s38(1)(b)", "two absolute exemptions on one answer", "markdown table answer",
                "s17 notice"],
         parts=[[(R, []), (R, []), (W, ["foisa:s36(2)", "foisa:s38(1)(b)"]),
                 (NCND, ["foisa:s18(1)", "foisa:s38(1)(b)"]), (NH, ["foisa:s17"])]]),
    dict(file="tnc-foi-0388.md", src="tnc-foi-0388.md", render="copy",
         authority="Transport for the Northern Counties", reference="TNC-FOI-0388",
         date="2018-04-12", received="2018-03-20", regime="foia",
         layout="markdown, bulleted request, single decision",
         traps=["s14(2) repeated request for the whole request", "earlier reference TNC-FOI-0212 and its s43(2) decision quoted",
                "s14(1) named as not applied"],
         parts=[[(REF, ["s14(2)"])] * 4]),
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
