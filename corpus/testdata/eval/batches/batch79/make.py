#!/usr/bin/env python3
"""Batch 79: 24 fictional UK FOI / EIR / FOISA response letters.

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
    dict(file="caledonian-police-im-foi-2021-1473.pdf", src="l01-caledonian.html", render="lo_pdf",
         authority="Caledonian Police Service", reference="IM-FOI-2021-1473",
         date="2021-03-09", received="2021-02-12", regime="foisa",
         layout="restate then answer: each question quoted in italics with its answer beneath",
         traps=["earlier request IM-FOI-2019-0882 quoted", "s18(1) NCND read with s35(1)(a)(b)",
                "count released, divisional breakdown withheld (partial)", "'Nil.' is a released zero",
                "s17 not-held notice", "s20 review / s56 Court of Session boilerplate",
                "dates inside questions"],
         parts=[[(R, [], "14 drones"), (R, [], "£148,920"),
                 (PR, ["foisa:s35(1)(a)", "foisa:s35(1)(b)"], "312 occasions"),
                 (NCND, ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"]),
                 (W, ["foisa:s38(1)(b)"]), (R, ["foisa:s25(1)"]), (R, [], "Nil"), (NH, [])]]),
    dict(file="heddlu-gwynant-hg-foi-2018-0412.pdf", src="l02-gwynant.html", render="gs_from_lo",
         authority="Gwynant Police", reference="HG/FOI/2018/0412",
         date="2018-05-22", received="2018-04-25", regime="foia",
         layout="Welsh bilingual (Welsh first), interleaved Cwestiwn/Question then Ateb/Answer",
         traps=["Welsh-first bilingual headings and text, Welsh name Heddlu Gwynant",
                "s40(5B)(a)(i) NCND", "s30 mentioned by contrast but not applied",
                "not held ('we do not collate')", "dates as 22/05/2018", "s50 boilerplate"],
         parts=[[(R, [], "4,812"), (R, [], "37"), (NCND, ["s40(5B)(a)(i)"]), (R, [], "6"),
                 (NH, []), (W, ["s24(1)", "s31(1)(a)"])]]),
    dict(file="ulster-constabulary-f-2016-02714.pdf", src="l03-ulster.html", render="ocr_from_lo",
         authority="Ulster Constabulary Service", reference="F-2016-02714",
         date="2016-11-03", received="2016-10-06", regime="foia",
         layout="two-column bordered request | answer table, OCR'd scan",
         traps=["OCR text layer only", "section 43 of the Terrorism Act 2000 and s21 of the Justice and Security Act inside questions (other Acts)",
                "s40(3)(a)(i) quoted alongside s40(2)", "count released, officer names withheld (partial)",
                "NCND s24(2)+s31(3)", "'Nil under 12' within a released answer", "s50 boilerplate"],
         parts=[[(R, [], "1,204"), (R, [], "Belfast City"), (R, [], "17"), (R, [], "43"),
                 (W, ["s40(2)"]), (PR, ["s40(2)"], "9 complaints"), (NCND, ["s24(2)", "s31(3)"])]]),
    dict(file="wealdshire-constabulary-foi-004471-23.txt", src="l04-wealdshire.txt", render="copy",
         authority="Wealdshire Constabulary", reference="FOI-004471-23",
         date="2023-09-14", received="2023-08-21", regime="foia",
         layout="e-mail reply (From/Sent/To/Subject) with the request quoted below with '> ' marks",
         traps=["questions never numbered: four questions in two quoted prose paragraphs",
                "s12(2) cost refusal that says 'neither confirms nor denies' (refused, not ncnd)",
                "whole request refused", "s17(5) refusal notice mention is not a stance",
                "other reference FOI-003982-23 quoted", "arithmetic 1,140 x 4 minutes",
                "the original message header carries the request date"],
         parts=[[(REF, ["s12(2)"]), (REF, ["s12(2)"]), (REF, ["s12(2)"]), (REF, ["s12(2)"])]]),
    dict(file="harbridge-cc-eir-22-0316.pdf", src="l05-harbridge.html", render="lo_pdf",
         authority="Harbridge County Council", reference="EIR-22-0316",
         date="2022-06-10", received="2022-05-12", regime="eir",
         layout="request listed under 'You asked:', then numbered answers",
         traps=["requester cited FOIA s43; letter moves to EIR and does not apply s43",
                "reg 12(4)(b) manifestly unreasonable with 18-hour reasoning", "reg 12(5)(e)",
                "count released, names withheld under reg 13(1) (partial)", "reg 6(1)(b) signposting",
                "not held with reg 12(4)(a)", "reg 12(4)(e) internal communications",
                "reg 12(1)(b), 12(2), reg 11, reg 18 named but not applied", "dates inside questions"],
         parts=[[(R, ["reg6(1)(b)"]), (R, [], "£1,284,560"), (W, ["reg12(5)(e)"]),
                 (PR, ["reg13(1)"], "Twenty-three"), (REF, ["reg12(4)(b)"]), (NH, []),
                 (W, ["reg12(4)(e)"])]]),
    dict(file="ashcombe-dc-ir-031-20.docx", src="l06-ashcombe.html", render="lo_docx",
         authority="Ashcombe District Council", reference="IR 031/20",
         date="2020-02-18", received="2019-11-26", regime="foia",
         layout="internal review: original request as automatic numbered list, then review findings as a second automatic numbered list",
         traps=["internal review: Q2 changed to partial, Q4 changed from not held to released, Q1/Q3/Q5 upheld",
                "original reference FOI 1187/19 also quoted", "summary paragraph states the ORIGINAL stances",
                "Word automatic list numbering", "s12(1) cost refusal on one question only",
                "changes in bold"],
         parts=[[(W, ["s31(1)(a)"]), (PR, ["s40(2)"], "214 incorporated ratepayers"), (R, [], "£1,906,442"),
                 (R, [], "2,316"), (REF, ["s12(1)"])]]),
    dict(file="kelderby-mbc-foi-8841.pdf", src="l07-kelderby.html", render="chromium",
         authority="Kelderby Metropolitan Borough Council", reference="KMBC-FOI-8841",
         date="2024-02-07", received="2024-01-09", regime="foia",
         layout="disclosure-log web page, 'You asked: / Our response:' headings, inside site navigation and cookie banner",
         traps=["unnumbered questions", "'5.' as an answer (a figure, not a numbering)",
                "'Fewer than 5' with exact figure withheld under s40(2) (partial)", "s21 signposting",
                "site navigation, breadcrumb and footer noise"],
         parts=[[(R, [], "214"), (R, []), (R, [], "£14,850"), (W, ["s43(2)"]),
                 (PR, ["s40(2)"], "Fewer than 5"), (R, ["s21"])]]),
    dict(file="lb-tennisford-lbt-foi-23-05529.pdf", src="l08-tennisford.html", render="gs_from_chromium",
         authority="London Borough of Tennisford", reference="LBT/FOI/23/05529",
         date="2023-11-29", received="2023-10-31", regime="foia",
         layout="two-column bordered question | response table with long wrapping cells",
         traps=["supplier names released, amounts withheld s43(2) (partial)",
                "Q6 points to Q2 but gives its own figure", "Q8 answered only by 'see our response to question 5' (inherits partial s43(2))",
                "not held with a pointer to published registers"],
         parts=[[(R, [], "3,412"), (R, [], "2,687"), (R, [], "318"), (R, [], "£41,206,918"),
                 (PR, ["s43(2)"], "Northgate Lettings"), (R, [], "42"), (NH, []),
                 (PR, ["s43(2)"], "see our response to question 5")]]),
    dict(file="cwm-aeron-cbc-rhg-foi-221-17.pdf", src="l09-cwmaeron.html", render="lo_pdf",
         authority="Cwm Aeron County Borough Council", reference="RhG/FOI 221/17",
         date="2017-07-19", received="2017-06-20", regime="foia",
         layout="Welsh bilingual (Welsh first), interleaved C1/Q1 with Ymateb / Response",
         traps=["Welsh first throughout, question keys C1..C6 and Q1..Q6", "'Dim. / None.' is a released zero",
                "s21 signposting", "date written in Welsh (19 Gorffennaf 2017)", "dates inside questions"],
         parts=[[(R, [], "3,904"), (R, [], "£6,112,480"), (R, [], "142"), (W, ["s43(2)"]),
                 (R, [], "None"), (R, ["s21"])]]),
    dict(file="strathlevern-council-slc-rfr-2019-044.pdf", src="l10-strathlevern.html", render="gs_from_chromium",
         authority="Strathlevern Council", reference="SLC-RFR-2019-044",
         date="2019-10-02", received="2019-07-30", regime="foisa",
         layout="FOISA internal review (requirement for review): request quoted, findings per question",
         traps=["review overturns Q3 (s30(b)(i) -> released) and upholds the rest",
                "s17 not-held notice upheld", "s27(1) future publication upheld (released per convention)",
                "s21 (review) and s47(1) (appeal) of FOISA named but not applied",
                "other references SLC-FOI-2019-0617, SLC-FOI-2018-0904 and Decision 112/2018 quoted",
                "answer for Q1 gives the figure only by reference to the original response"],
         parts=[[(R, [], "19"), (NH, []), (R, []), (W, ["foisa:s38(1)(b)"]), (R, ["foisa:s27(1)"])]]),
    dict(file="eastmoor-chnt-echt-19-0388.pdf", src="l11-eastmoor.html", render="lo_pdf",
         authority="Eastmoor Community Health NHS Trust", reference="ECHT 19-0388",
         date="2019-04-16", received="2019-03-19", regime="foia",
         layout="request quoted as one prose paragraph; answers in prose paragraphs, out of order",
         traps=["questions never numbered (six questions in prose)", "answers out of order (finance first)",
                "numbers written as words (eleven, three, twenty-two)",
                "count released, job titles/departments withheld s40(2) (partial)",
                "s40(5B)(a)(i) NCND", "s43 explained by contrast but not applied"],
         parts=[[(PR, ["s40(2)"], "eleven"), (R, [], "three"), (R, [], "£4.37 million"),
                 (R, [], "Carebridge Staffing"), (NCND, ["s40(5B)(a)(i)"]), (R, [], "twenty-two")]]),
    dict(file="nhs-loch-garve-2020-0193.pdf", src="l12-lochgarve.html", render="ocr_from_lo",
         authority="NHS Loch Garve", reference="2020-0193",
         date="2020-09-24", received="2020-08-27", regime="foisa",
         layout="two-column bordered request | response table, OCR'd scan",
         traps=["OCR text layer only", "FOISA s18(1) NCND read with s38(1)(b)", "s33(1)(b) commercial",
                "s25(1) signposting", "'fewer than five' withheld entirely under s38(1)(b)",
                "s17 not-held notice", "s47(1) appeal boilerplate", "dates as 24/09/2020"],
         parts=[[(R, [], "96"), (R, []), (R, [], "£1,128,400"), (W, ["foisa:s33(1)(b)"]),
                 (NCND, ["foisa:s18(1)", "foisa:s38(1)(b)"]), (R, ["foisa:s25(1)"]),
                 (W, ["foisa:s38(1)(b)"]), (NH, [])]]),
    dict(file="teifi-uhb-tuhb-foi-0451.docx", src="l13-teifi.html", render="lo_docx",
         authority="Teifi University Health Board", reference="TUHB/FOI/0451",
         date="2025-01-22", received="2024-12-18", regime="foia",
         layout="Welsh bilingual (Welsh first): request as two automatic numbered lists (Welsh, then English), answers as a third numbered list",
         traps=["same five questions listed twice (Welsh and English) plus a numbered answer list",
                "not held (corridor care not recorded separately)", "count released, incident details withheld s40(2) (partial)",
                "answer in Welsh words 'Naw / Nine'", "s21 signposting", "Word automatic numbering"],
         parts=[[(NH, []), (R, [], "611"), (R, [], "21 hours 14 minutes"), (PR, ["s40(2)"], "Nine"),
                 (R, ["s21"])]]),
    dict(file="marshfield-frs-foi-57-24.md", src="l14-marshfield.md", render="copy",
         authority="Marshfield Fire and Rescue Service", reference="FOI 57/24",
         date="2024-06-03", received="2024-05-08", regime="foia",
         layout="e-mail reply in Markdown: each question quoted with '> ' followed by the bold answer",
         traps=["'Not applicable.' after a 'No' (released, not not-held)", "'No.' is a released answer",
                "s31(1)(a) withholding with an aggregate figure mentioned", "dates inside questions",
                "e-mail headers"],
         parts=[[(R, [], "2,145"), (R, [], "388"), (R, [], "No"), (R, [], "Not applicable"),
                 (W, ["s31(1)(a)"]), (R, [], "14 March 2022")]]),
    dict(file="north-pennine-as-foi-npas-24-1129.pdf", src="l15-npas.html", render="chromium",
         authority="North Pennine Ambulance Service NHS Trust", reference="FOI.NPAS.24.1129",
         date="2024-10-15", received="2024-09-16", regime="foia",
         layout="disclosure-log web page, interleaved Q1/A1 with a table inside an answer",
         traps=["Q3 begins 'Please see our response to question 2' but is not held",
                "count released, reports withheld s40(2)+s41(1) (partial)",
                "s21 pointing to an earlier request FOI.NPAS.24.0877", "other references in the sidebar",
                "site navigation and cookie banner"],
         parts=[[(R, [], "00:41:12"), (R, [], "1,286"), (NH, []), (R, [], "48,230"),
                 (R, [], "Royal Tynedale"), (PR, ["s40(2)", "s41(1)"], "31 serious incidents"),
                 (R, ["s21"])]]),
    dict(file="univ-east-wessex-uew-foi-2015-088.pdf", src="l16-eastwessex.html", render="gs_from_lo",
         authority="University of East Wessex", reference="UEW-FOI-2015-088",
         date="2015-03-12", received="2015-02-11", regime="foia",
         layout="decision paragraph naming exempt questions by part and number, harm and public interest sections, then remaining answers",
         traps=["two parts (A and B) with numbering restarting", "remaining answers out of order (B2, A4, A1, B3)",
                "'none' and '(0)' released zeros", "s36(2)(b)(i) named as not relied upon",
                "s43(2) applied to two questions in one heading", "s21 signposting"],
         parts=[[(R, [], "£1,412,000"), (W, ["s43(2)"]), (W, ["s43(2)"]), (R, [], "none")],
                [(W, ["s36(2)(b)(ii)", "s36(2)(c)"]), (R, [], "(0)"), (R, ["s21"])]]),
    dict(file="tamsworth-college-tc-foi-2013-07.pdf", src="l17-tamsworth.html", render="lo_pdf",
         authority="Tamsworth College", reference="TC/FOI/2013/07",
         date="2013-05-20", received="2013-04-22", regime="foia",
         layout="lettered questions (a)-(e), grouped answer '(a) and (b)' pointing to an attachment",
         traps=["answer in an attached spreadsheet (released)", "grouped answer for (a) and (b)",
                "'Nil.' released zero", "s21 signposting to financial statements"],
         parts=[[(R, [], "attached spreadsheet"), (R, [], "attached spreadsheet"), (R, ["s21"]),
                 (W, ["s40(2)"]), (R, [], "Nil")]]),
    dict(file="dcc-foi2021-17740.pdf", src="l18-dcc.html", render="lo_pdf",
         authority="Department for Coastal Communities", reference="FOI2021/17740",
         date="2021-12-08", received="2021-11-09", regime="foia",
         layout="request paraphrased in one sentence; answers and reasons in prose; exemptions named only in a closing summary paragraph",
         traps=["questions never numbered (seven in one sentence)", "exemptions tied to 'your third/fourth/sixth question' only in the closing paragraph",
                "number written as words (one hundred and eighty-seven)", "s22 future publication (released per convention)",
                "s35(1)(b) considered but not relied upon", "answers not in request order"],
         parts=[[(R, [], "one hundred and eighty-seven"), (R, ["s21"]),
                 (W, ["s36(2)(b)(ii)", "s43(2)"]), (W, ["s35(1)(a)"]), (R, ["s22"]),
                 (W, ["s40(2)"]), (R, [], "10 August 2021")]]),
    dict(file="iwla-foi-00931.txt", src="l19-iwla.txt", render="copy",
         authority="Inland Waterways Licensing Agency", reference="IWLA/FOI/00931",
         date="2014-01-27", received="2013-12-30", regime="foia",
         layout="plain-text letter over three form-feed pages with running header and footer; request restated then cost refusal",
         traps=["one costly question (Q4) refuses the whole request under s12(1)",
                "'some of the figures at questions 1 and 2 are held' yet refused",
                "s31 and s40 named as not considered", "central government limit £600 / 24 hours",
                "earlier request IWLA/FOI/00714 quoted", "running header repeats the reference"],
         parts=[[(REF, ["s12(1)"]), (REF, ["s12(1)"]), (REF, ["s12(1)"]), (REF, ["s12(1)"]),
                 (REF, ["s12(1)"])]]),
    dict(file="ows-eir-2025-0063.pdf", src="l20-ows.html", render="chromium",
         authority="Office for Water Standards", reference="OWS-EIR-2025-0063",
         date="2025-04-30", received="2025-04-01", regime="eir",
         layout="regulator's published EIR response web page: numbered request list then numbered responses",
         traps=["reg 12(5)(b) and 12(5)(e) and reg 13(1)", "reg 12(9) and 12(2) quoted but not applied",
                "'Four.' as a word", "reg 6(1)(b) signposting", "not held with reg 12(4)(a)",
                "case reference ENF/2024/12 inside questions", "reg 11 / reg 18 boilerplate"],
         parts=[[(R, [], "18,904"), (R, [], "Four"), (W, ["reg12(5)(b)"]), (W, ["reg12(5)(e)"]),
                 (W, ["reg13(1)"]), (R, ["reg6(1)(b)"]), (NH, [])]]),
    dict(file="harrowdale-npa-eir-12-23.html", src="l21-harrowdale.html", render="copy",
         authority="Harrowdale National Park Authority", reference="EIR 12/23",
         date="2023-03-15", received="2023-02-14", regime="eir",
         layout="HTML e-mail reply: numbered answers first, the request quoted underneath with '> ' marks",
         traps=["answers above the questions", "reg 12(4)(d) material in course of completion (withheld, not signposting)",
                "reg 6(1)(b) signposting", "reg 13(1)", "US-style sent date 'March 15, 2023'"],
         parts=[[(R, [], "143"), (R, [], "11"), (R, ["reg6(1)(b)"]), (W, ["reg13(1)"]),
                 (W, ["reg12(4)(d)"]), (R, [], "£412,380")]]),
    dict(file="merewater-ta-f0012345.pdf", src="l22-merewater.html", render="ocr_from_chromium",
         authority="Merewater Transport Authority", reference="F0012345",
         date="2025-11-12", received="2025-10-15", regime="foia",
         layout="contract round-robin in two parts, each a borderless two-column question | response table, OCR'd",
         traps=["OCR text layer only", "numbering restarts in Part 2; same questions in both parts",
                "job title released, name withheld s40(2) (partial)", "P2.Q4 answered 'As for Part 1, question 6'",
                "earlier request F0010987 quoted"],
         parts=[[(R, [], "Tollgate"), (W, ["s43(2)"]), (R, [], "31 March 2027"), (R, [], "September 2026"),
                 (R, []), (PR, ["s40(2)"], "Head of Fares and Ticketing")],
                [(R, [], "Beacon Transit"), (W, ["s43(2)"]), (R, [], "30 June 2028"),
                 (PR, ["s40(2)"], "As for Part 1, question 6")]]),
    dict(file="brackenfield-homes-bh-foi-0622.docx", src="l23-brackenfield.html", render="lo_docx",
         authority="Brackenfield Homes", reference="BH-FOI-0622",
         date="2022-08-30", received="2022-08-02", regime="foia",
         layout="numbered list (automatic) with each answer inside its list item",
         traps=["sub-item 'a.' under Q2 is part of Q2", "count released, names withheld s40(2) (partial)",
                "not held (not recorded separately)", "s22 future publication (released per convention)",
                "Word automatic list numbering"],
         parts=[[(R, [], "1,734"), (R, [], "£388,210"), (PR, ["s40(2)"], "4 employees"), (NH, []),
                 (R, ["s22"])]]),
    dict(file="severnmouth-police-foi-1934-12.html", src="l24-severnmouth.html", render="copy",
         authority="Severnmouth Police", reference="FOI 1934-12",
         date="2012-10-18", received="2012-09-20", regime="foia",
         layout="disclosure-log HTML page: request then grouped response 'Questions 1 to 3'",
         traps=["grouped NCND for questions 1 to 3 under s23(5), s24(2), s30(3), s31(3)",
                "s40 and s38 named in a closing paragraph but not applied",
                "publication date 24/10/2012 differs from response date", "site navigation noise"],
         parts=[[(NCND, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]),
                 (NCND, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]),
                 (NCND, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]), (R, [], "27"), (R, [], "£622,000")]]),
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
            for qi, q in enumerate(part, 1):
                stance, ex = q[0], q[1]
                qs["P%d.Q%d" % (pi, qi)] = {"stance": stance,
                                            "exemptions": sorted(ex)}
                if len(q) > 2:
                    qs["P%d.Q%d" % (pi, qi)]["answer_contains"] = q[2]
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
