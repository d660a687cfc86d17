#!/usr/bin/env python3
"""Render batch 37 of FOI / EIR / FOISA response letters and write expect.json.

Sources live in src/letters/.  The truth for every letter (authority, reference,
date and each question's stance and applied exemptions) is held in LETTERS below
and is what expect.json is written from; nothing is read back from the rendered
output.

Formats:
  fodt-pdf   src .mk markup -> flat ODT (with page header/footer) -> LibreOffice PDF
  fodt-gs    as fodt-pdf, then re-distilled by Ghostscript pdfwrite
  fodt-ocr   as fodt-pdf, rasterised at 150 dpi by Ghostscript, OCR'd by tesseract into a PDF
  chrome-pdf src .html -> Chromium --print-to-pdf
  docx       src .html -> LibreOffice "MS Word 2007 XML" (HTML <ol> becomes real list numbering)
  copy       src .html / .txt / .md copied as is (disclosure-log pages and plain letters)

Standard library only; external programs: soffice, chromium, gs, tesseract.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src", "letters")
BUILD = os.path.join(HERE, "src", "build")
OUT = HERE

R, PR, W, NC, NH, RF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"


def q(qid, stance, *ex):
    return (qid, stance, list(ex))


LETTERS = [
    dict(out="northmoor-police-25-1122.pdf", src="L01.mk", fmt="fodt-pdf",
         authority="Northmoor Police", reference="25-1122", date="2025-03-03", received="2025-02-05",
         regime="foia", layout="prose answers grouped by topic, then a Decision section naming exempt questions by part, harm and PIT",
         traps=["request in two parts (Part A / Part B) with numbering restarting",
                "two questions answered in one paragraph (A1, A2)",
                "NCND with s23(5), s24(2), s31(3) for one question",
                "s31(1)(c) quoted in statutory text but not applied; s50 in complaint rights",
                "reference given as 'Request number 25-1122'"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", NC, "s23(5)", "s24(2)", "s31(3)"),
                    q("P1.Q4", R), q("P1.Q5", R),
                    q("P2.Q1", W, "s31(1)(a)", "s31(1)(b)"), q("P2.Q2", W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
                    q("P2.Q3", R), q("P2.Q4", R)]),
    dict(out="east-lindale-agency-nursing.pdf", src="L02.mk", fmt="fodt-pdf",
         authority="East Lindale Hospitals NHS Foundation Trust", reference="ELH-FOI-2847", date="2025-01-17", received="2024-12-20",
         regime="foia", layout="two-column question/response table (LibreOffice), reference only in a header table",
         traps=["reference appears only in the header table", "dates as dd/mm/yyyy in a table",
                "s21 mentioned but explicitly not relied on",
                "partial releases: agency names given, amounts withheld s43(2); small numbers suppressed s40(2)",
                "table cells wrapping over many lines"],
         questions=[q("P1.Q1", R), q("P1.Q2", PR, "s43(2)"), q("P1.Q3", PR, "s40(2)"), q("P1.Q4", R),
                    q("P1.Q5", R), q("P1.Q6", NH), q("P1.Q7", W, "s40(2)")]),
    dict(out="harwell-vale-internal-review-IR-0091-24.pdf", src="L03.mk", fmt="fodt-pdf",
         authority="Harwell Vale District Council", reference="IR-0091-24", date="2024-12-19", received="2024-10-14",
         regime="foia", layout="internal review letter: original response summarised, then prose findings per question with changes in bold",
         traps=["internal review partly overturning: Q2 withheld->partial, Q3 withheld->released, Q5 not held->released",
                "original request reference FOI-2024-1733 also quoted",
                "original stances (s40(2) on Q3) described but no longer applied",
                "s45 code of practice and s50 mentioned"],
         questions=[q("P1.Q1", R), q("P1.Q2", PR, "s43(2)"), q("P1.Q3", R), q("P1.Q4", W, "s38(1)(b)"), q("P1.Q5", R)]),
    dict(out="kingsmere-university-FOI-2025-0456.pdf", src="L04.html", fmt="chrome-pdf",
         authority="University of Kingsmere", reference="FOI/2025/0456", date="2025-04-02", received="2025-03-07",
         regime="foia", layout="prose answers out of order after an unnumbered bulleted request",
         traps=["questions are unnumbered bullets", "answers out of order (4th first, 1st+2nd together, audit reports last)",
                "s36(2)(b)(i) considered but not engaged", "US-style date 'April 2, 2025'",
                "partial releases under s43(2) and s40(2)"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", PR, "s43(2)"), q("P1.Q4", R),
                    q("P1.Q5", W, "s36(2)(b)(ii)", "s36(2)(c)"), q("P1.Q6", PR, "s40(2)")]),
    dict(out="strathmorven-council-FOI-25-03318.pdf", src="L05.html", fmt="chrome-pdf",
         authority="Strathmorven Council", reference="FOI-25-03318", date="2025-05-28", received="2025-04-29",
         regime="foisa", layout="FOISA question/response blocks in two parts, reference box, annex of exemptions",
         traps=["parts with restarting numbering", "FOISA s25(1) signposting, s27(1) future publication",
                "s17(1) not-held notice", "s30(c) and s30(b)(ii)", "s33(1)(b) considered but not applied in annex",
                "date written 28.05.2025"],
         questions=[q("P1.Q1", R, "foisa:s25(1)"), q("P1.Q2", R), q("P1.Q3", W, "foisa:s30(c)"), q("P1.Q4", NH),
                    q("P2.Q1", R, "foisa:s27(1)"), q("P2.Q2", R), q("P2.Q3", W, "foisa:s30(b)(ii)")]),
    dict(out="avonshire-fire-AFRS-FOI-25-063.pdf", src="L06.html", fmt="chrome-pdf",
         authority="Avonshire Fire and Rescue Service", reference="AFRS/FOI/25/063", date="2025-04-08", received="2025-03-11",
         regime="foia", layout="interleaved 'Request N: / Response:' blocks with OFFICIAL marking and slogan on every page",
         traps=["released zero ('0')", "'Not applicable' after an earlier answer", "monthly table in an answer",
                "partial release s40(2) (job title and team mailbox given)", "page break inside an answer",
                "weekday in the date"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", R), q("P1.Q4", R), q("P1.Q5", R),
                    q("P1.Q6", PR, "s40(2)"), q("P1.Q7", W, "s24(1)", "s38(1)(b)")]),
    dict(out="cressbrook-npa-EIR-2025-117.pdf", src="L07.mk", fmt="fodt-gs",
         authority="Cressbrook National Park Authority", reference="EIR 2025/117", date="2025-06-11", received="2025-05-14",
         regime="eir", layout="EIR prose letter answering out of order ('To deal with the simplest matters first')",
         traps=["answers out of order (5 and 6 first)", "reg12(5)(b) live appeal", "reg13 partial (senior officer named)",
                "reg13(5A) NCND", "reg12(4)(b) manifestly unreasonable with FOIA s12 mentioned only as a comparison",
                "reg6(1)(b) signposting", "date 11-06-2025", "Ghostscript re-distilled PDF"],
         questions=[q("P1.Q1", W, "reg12(5)(b)"), q("P1.Q2", PR, "reg13"), q("P1.Q3", NC, "reg13(5A)"),
                    q("P1.Q4", RF, "reg12(4)(b)"), q("P1.Q5", R), q("P1.Q6", R, "reg6(1)(b)")]),
    dict(out="ashby-underwood-tc-scan.pdf", src="L08.mk", fmt="fodt-ocr",
         authority="Ashby Underwood Town Council", reference="TC/FOI/07/25", date="2025-07-09", received="2025-06-16",
         regime="foia", layout="short letter, numbered question then answer (OCR'd scan)",
         traps=["OCR text layer only (scan)", "ordinal date '9th July 2025'"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", R), q("P1.Q4", W, "s40(2)")]),
    dict(out="wyvern-cc-25-0098-EIR.docx", src="L09.html", fmt="docx",
         authority="Wyvern County Council", reference="25/0098 EIR", date="2025-05-20", received="2025-04-22",
         regime="eir", layout="DOCX: request as an auto-numbered Word list, answers keyed 'Q1 –'",
         traps=["question numbers exist only as Word list numbering", "reg12(5)(e) partial", "reg12(5)(b)",
                "reg13(1)", "reg6(1)(b) signposting", "reg12(4)(a) not held", "reg12(4)(b) refusal",
                "'20th of May 2025'"],
         questions=[q("P1.Q1", R), q("P1.Q2", PR, "reg12(5)(e)"), q("P1.Q3", W, "reg12(5)(b)"), q("P1.Q4", W, "reg13(1)"),
                    q("P1.Q5", R, "reg6(1)(b)"), q("P1.Q6", NH), q("P1.Q7", RF, "reg12(4)(b)")]),
    dict(out="tamar-wold-icb-CAS-55120.docx", src="L10.html", fmt="docx",
         authority="NHS Tamar and Wold Integrated Care Board", reference="CAS-55120-K7P2Q9", date="2025-06-05", received="2025-05-08",
         regime="foia", layout="DOCX contract round-robin: two auto-numbered lists (parts), decision paragraph, 'Answer N –' per part",
         traps=["two Word lists whose numbering restarts (parts)", "same question text in both parts",
                "decision paragraph naming 'question 2 in the first part and question 2 in the second part'",
                "not held contract review date", "partial s40(2): job title only", "date '5 Jun 2025'"],
         questions=[q("P1.Q1", R), q("P1.Q2", W, "s43(2)"), q("P1.Q3", R), q("P1.Q4", NH), q("P1.Q5", R),
                    q("P1.Q6", PR, "s40(2)"),
                    q("P2.Q1", R), q("P2.Q2", W, "s43(2)"), q("P2.Q3", R), q("P2.Q4", R), q("P2.Q5", PR, "s40(2)")]),
    dict(out="drc-FOI2025-07719.docx", src="L11.html", fmt="docx",
         authority="Department for Rural Connectivity", reference="FOI2025/07719", date="2025-07-16", received="2025-06-18",
         regime="foia", layout="DOCX central-government prose letter ('Turning to your third question', 'With regard to the remaining questions')",
         traps=["prose answers not keyed by number for Q1", "s21 and s22(1) signposting = released",
                "answer covering questions 2 and 5 in 'remaining questions'", "s43(2) mentioned but not relied on",
                "publication date 22 July 2025 in text"],
         questions=[q("P1.Q1", R, "s21"), q("P1.Q2", W, "s35(1)(a)"), q("P1.Q3", R, "s22(1)"), q("P1.Q4", R),
                    q("P1.Q5", PR, "s40(2)")]),
    dict(out="marlstone-bc-2025-0612.docx", src="L12.html", fmt="docx",
         authority="Marlstone Borough Council", reference="2025/0612", date="2025-06-26", received="2025-05-29",
         regime="foia", layout="DOCX 'You asked (a): / Our response:' blocks after a lettered Word list",
         traps=["lettered items (a)-(f) numbered 1-6", "lettered list is Word auto-numbering",
                "withheld under s31(1)(g) and s40(2) together", "'Request ID:' label"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", W, "s40(2)"), q("P1.Q4", R),
                    q("P1.Q5", W, "s31(1)(g)", "s40(2)"), q("P1.Q6", R)]),
    dict(out="redmarsh-constabulary-disclosure-FOI-0662-25.html", src="L13.html", fmt="copy",
         authority="Redmarsh Constabulary", reference="FOI 0662/25", date="2025-03-12", received="2025-02-13",
         regime="foia", layout="police disclosure-log web page; grouped 'Questions 1 & 2' heading; per-question headings",
         traps=["site navigation, cookie banner, breadcrumbs, related-disclosure references", "grouped NCND for Q1 & Q2",
                "NCND s40(5B)(a)(i)", "s21(1) signposting", "ISO date in a definition list",
                "answer starting with the figure '4.' that looks like a list number"],
         questions=[q("P1.Q1", NC, "s23(5)", "s24(2)", "s30(3)", "s31(3)"), q("P1.Q2", NC, "s23(5)", "s24(2)", "s30(3)", "s31(3)"),
                    q("P1.Q3", R), q("P1.Q4", NC, "s40(5B)(a)(i)"), q("P1.Q5", R, "s21(1)")]),
    dict(out="brackley-mbc-disclosure-F-04417.html", src="L14.html", fmt="copy",
         authority="Brackley Metropolitan Borough Council", reference="F-04417", date="2025-03-27", received="2025-03-03",
         regime="foia", layout="council disclosure-log page, 'You asked: / Our response:' in two parts",
         traps=["parts with restarting numbering", "published date 04/04/2025 differs from response date",
                "related-request references F-03981, F-04102", "partial s43(2): total given, rates withheld"],
         questions=[q("P1.Q1", R), q("P1.Q2", PR, "s43(2)"),
                    q("P2.Q1", R), q("P2.Q2", R), q("P2.Q3", R), q("P2.Q4", W, "s40(2)")]),
    dict(out="nhs-glenaird-foisa-GLN-FOI-25-0882.html", src="L15.html", fmt="copy",
         authority="NHS Glenaird", reference="GLN/FOI/25/0882", date="2025-05-16", received="2025-04-17",
         regime="foisa", layout="Scottish health board disclosure-log page; prose answers ('In response to your first question')",
         traps=["FOISA s18(1) NCND read with s35(1)(a)", "s17(1) not-held notice", "s25(1) signposting",
                "partial with s38(1)(b) small numbers", "'Last updated' date in footer"],
         questions=[q("P1.Q1", R), q("P1.Q2", PR, "foisa:s38(1)(b)"), q("P1.Q3", NC, "foisa:s18(1)", "foisa:s35(1)(a)"),
                    q("P1.Q4", NH), q("P1.Q5", R, "foisa:s25(1)")]),
    dict(out="severnside-ambulance-RFI20250391.html", src="L16.html", fmt="copy",
         authority="Severnside Ambulance Service NHS Trust", reference="RFI20250391", date="2025-05-02", received="2025-04-04",
         regime="foia", layout="ambulance trust FOI response page; prose answers, a table covering two questions",
         traps=["Q1 and Q2 answered in one sentence", "'In relation to points 4 and 5' with one table",
                "'Turning to your third question' out of order", "withheld s40(2) and s41(1)",
                "zero in a table cell"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", NH), q("P1.Q4", R), q("P1.Q5", R),
                    q("P1.Q6", W, "s40(2)", "s41(1)")]),
    dict(out="dcc-foi-2025-00317.txt", src="L17.txt", fmt="copy",
         authority="Department for Coastal Communities", reference="DCC-FOI-2025-00317", date="2025-03-17", received="2025-02-17",
         regime="foia", layout="plain-text refusal letter; s12 arithmetic; advice and assistance",
         traps=["one costly part refuses the whole request (all five refused s12(1))",
                "questions numbered (1)-(5)", "s16 advice and assistance mentioned, not an exemption",
                "£600 / 24 hours central government limit"],
         questions=[q("P1.Q1", RF, "s12(1)"), q("P1.Q2", RF, "s12(1)"), q("P1.Q3", RF, "s12(1)"),
                    q("P1.Q4", RF, "s12(1)"), q("P1.Q5", RF, "s12(1)")]),
    dict(out="stourmouth-bc-DR-FOI-311-25.md", src="L18.md", fmt="copy",
         authority="Stourmouth Borough Council", reference="DR/FOI 311/25", date="2025-02-14", received="2025-01-20",
         regime="foia", layout="markdown prose answers out of order, then a section 17 refusal notice naming questions",
         traps=["first and last questions answered together", "'In relation to points 4 and 5'",
                "refusal notice section after the answers lists which questions are withheld",
                "'section 17' is the refusal-notice provision, not an exemption",
                "partial: 2022/23 figure given, 2023/24 withheld; salary band given, name withheld",
                "two-digit year dates 14/02/25"],
         questions=[q("P1.Q1", R), q("P1.Q2", W, "s43(2)"), q("P1.Q3", R), q("P1.Q4", PR, "s43(2)"),
                    q("P1.Q5", W, "s43(2)"), q("P1.Q6", PR, "s40(2)"), q("P1.Q7", R)]),
    dict(out="lomondside-rtp-review-REV-25-0007.txt", src="L19.txt", fmt="copy",
         authority="Lomondside Regional Transport Partnership", reference="REV-25-0007", date="2025-06-03", received="2025-03-03",
         regime="foisa", layout="FOISA review decision (upheld) with numbered sections",
         traps=["internal review upholding the original decision", "original reference FOI-25-0143 also given",
                "FOISA s21(4)(a) is the review power, not an exemption",
                "point 3 not reviewed: original s25(1) stands", "s17(1) not held confirmed",
                "several dates (received, responded, review requested)"],
         questions=[q("P1.Q1", W, "foisa:s33(1)(b)"), q("P1.Q2", NH), q("P1.Q3", R, "foisa:s25(1)"),
                    q("P1.Q4", W, "foisa:s30(c)")]),
    dict(out="glannant-cbc-01.FOI.25.040117.md", src="L20.md", fmt="copy",
         authority="Glannant County Borough Council", reference="01.FOI.25.040117", date="2025-01-22", received="2024-12-18",
         regime="foia", layout="bilingual (Welsh/English) markdown, interleaved **Q1.** / **A1.** with a metadata table",
         traps=["14 questions", "Welsh month names in dates", "released zero and 'Not applicable – see A8'",
                "sub-items (a)/(b) inside Q10 are not questions", "NCND s31(3) with harm described in words",
                "partial s43(2) in Q10"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", R), q("P1.Q4", R), q("P1.Q5", R), q("P1.Q6", R),
                    q("P1.Q7", R), q("P1.Q8", R), q("P1.Q9", R), q("P1.Q10", PR, "s43(2)"), q("P1.Q11", R),
                    q("P1.Q12", R), q("P1.Q13", W, "s40(2)"), q("P1.Q14", NC, "s31(3)")]),
    dict(out="bramwell-hp-0312-FOI-25.txt", src="L21.txt", fmt="copy",
         authority="Bramwell Health Partnership NHS Foundation Trust", reference="0312-FOI-25", date="2025-01-13", received="2024-12-09",
         regime="foia", layout="email reply; two questions quoted as one paragraph, answered in reverse order",
         traps=["two questions in one quoted sentence pair, unnumbered", "second question answered first",
                "NCND s40(5B)(a)(i)", "'fewer than five' partial under s40(2)", "reference in the email subject line",
                "date 'Mon 13 Jan 2025' in the email header"],
         questions=[q("P1.Q1", NC, "s40(5B)(a)(i)"), q("P1.Q2", PR, "s40(2)")]),
    dict(out="hartland-coast-dc-EIR-2025-204.txt", src="L22.txt", fmt="copy",
         authority="Hartland Coast District Council", reference="EIR-2025-204", date="2025-08-01", received="2025-07-04",
         regime="eir", layout="EIR prose letter; answers in topic order, then 'With regard to the remaining questions'",
         traps=["Q1, Q2, Q3, Q6 answered in prose without numbers", "redacted report: reg12(5)(e) and reg13(1) partial",
                "NCND reg12(6) with reg12(5)(b)", "reg12(4)(b) manifestly unreasonable", "reg6(1)(b) signposting",
                "'Ref.' label"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", PR, "reg12(5)(e)", "reg13(1)"),
                    q("P1.Q4", NC, "reg12(5)(b)", "reg12(6)"), q("P1.Q5", RF, "reg12(4)(b)"), q("P1.Q6", R, "reg6(1)(b)")]),
    dict(out="wessex-vale-police-FOI-1187-24.md", src="L23.md", fmt="copy",
         authority="Wessex Vale Police", reference="FOI 1187/24", date="2024-12-20", received="2024-11-26",
         regime="foia", layout="markdown police letter: prose answers, one question with its own heading",
         traps=["s12(2) 'neither confirm nor deny' is a cost refusal, not NCND", "'In relation to points 5 and 6'",
                "released zero ('None of these (0)')", "'Section 31 (1) (a)(b)' spacing",
                "US-style date 'December 20, 2024'"],
         questions=[q("P1.Q1", R), q("P1.Q2", RF, "s12(2)"), q("P1.Q3", R),
                    q("P1.Q4", W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q("P1.Q5", R), q("P1.Q6", R)]),
    dict(out="oakridge-learning-trust-FOI-24-25-014.txt", src="L24.txt", fmt="copy",
         authority="Oakridge Learning Trust", reference="FOI 24-25/014", date="2024-09-05", received="2024-07-12",
         regime="foia", layout="plain letter; request quoted as a prose paragraph, answers in prose",
         traps=["questions never numbered: six questions inside a prose paragraph", "'nil' is a released zero",
                "'does not apply' after an earlier answer", "partial s40(2) (sole trader)",
                "date 'Sept 5th, 2024'", "reference 'FOI 24-25/014' contains an academic-year range"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", R), q("P1.Q4", R), q("P1.Q5", R),
                    q("P1.Q6", PR, "s40(2)")]),
]

EX_RE = re.compile(r"^(foisa:)?(s\d+[A-Z]?(\(\d+[A-Z]?\))*(\([a-z]+\))*(\((i|ii|iii|iv|v|vi)\))?|reg\d+(\(\d+[A-Z]?\))*(\([a-z]\))?)$")


def validate():
    names = set()
    for L in LETTERS:
        assert L["out"] not in names, L["out"]
        names.add(L["out"])
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", L["date"])
        seen = set()
        for qid, st, ex in L["questions"]:
            assert qid not in seen, (L["out"], qid)
            seen.add(qid)
            assert st in (R, PR, W, NC, NH, RF), st
            for e in ex:
                assert EX_RE.match(e), (L["out"], qid, e)
            if st in (PR, W, NC, RF):
                assert ex, (L["out"], qid, "needs a provision")
            if st == NH:
                assert not ex
        # question ids: parts contiguous and numbering restarting at 1
        parts = {}
        for qid, _, _ in L["questions"]:
            p, n = re.match(r"P(\d+)\.Q(\d+)$", qid).groups()
            parts.setdefault(int(p), []).append(int(n))
        for p, ns in parts.items():
            assert ns == list(range(1, len(ns) + 1)), (L["out"], p, ns)


def expect_json():
    letters = {}
    for L in LETTERS:
        letters[L["out"]] = {
            "authority": L["authority"],
            "reference": L["reference"],
            "date": L["date"],
            "questions": {qid: {"stance": st, "exemptions": sorted(ex)} for qid, st, ex in L["questions"]},
        }
    return {"letters": letters}


def labels_full():
    out = {}
    for L in LETTERS:
        out[L["out"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"],
            "format": L["fmt"], "source": "src/letters/" + L["src"],
            "questions": [{"id": qid, "stance": st, "exemptions": sorted(ex)} for qid, st, ex in L["questions"]],
        }
    return out


# ---------------------------------------------------------------- flat ODT writer

def inline(s):
    """escape text and turn **bold** into a bold span"""
    parts = re.split(r"(\*\*.+?\*\*)", s)
    out = []
    for p in parts:
        if p.startswith("**") and p.endswith("**") and len(p) > 4:
            out.append('<text:span text:style-name="Bold">%s</text:span>' % html.escape(p[2:-2], quote=False))
        else:
            out.append(html.escape(p, quote=False))
    return "".join(out)


def parse_mk(text):
    meta = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("@"):
        k, _, v = lines[i][1:].partition(":")
        meta[k.strip()] = v.strip()
        i += 1
    blocks, cur = [], []
    for ln in lines[i:]:
        if ln.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    return meta, blocks


def mk_to_fodt(text):
    meta, blocks = parse_mk(text)
    font = meta.get("font", "Liberation Sans")
    size = meta.get("fontsize", "10.5pt")
    body = []
    tables = []
    pending_break = False

    def pstyle(base):
        nonlocal pending_break
        if pending_break:
            pending_break = False
            return base + "PB"
        return base

    for b in blocks:
        if b[0].strip() == "::pagebreak":
            pending_break = True
            continue
        align = None
        if b[0].strip() == "::right":
            align = "Right"
            b = b[1:]
        if b[0].startswith("|"):
            widths = None
            if b[0].startswith("|="):
                widths = [float(x) for x in b[0][2:].split(",")]
                b = b[1:]
            rows = []
            header = False
            for ln in b:
                cells = [c.strip() for c in ln.strip().strip("|").split("|")]
                if all(re.match(r"^-+$", c) for c in cells):
                    header = True
                    continue
                rows.append(cells)
            tn = "T%d" % (len(tables) + 1)
            tables.append((tn, widths or [8.3, 8.3]))
            x = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
            for ci in range(len(tables[-1][1])):
                x.append('<table:table-column table:style-name="%s.%s"/>' % (tn, chr(65 + ci)))
            for ri, r in enumerate(rows):
                x.append("<table:table-row>")
                for c in r:
                    st = "TH" if (header and ri == 0) else "TD"
                    x.append('<table:table-cell table:style-name="%s.C" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (tn, st, inline(c)))
                x.append("</table:table-row>")
            x.append("</table:table>")
            body.append("".join(x))
            continue
        if b[0].startswith("# "):
            body.append('<text:p text:style-name="%s">%s</text:p>' % (pstyle("Head"), inline(b[0][2:])))
            for ln in b[1:]:
                body.append('<text:p text:style-name="%s">%s</text:p>' % (pstyle("Body"), inline(ln)))
            continue
        if all(ln.startswith("> ") for ln in b):
            for ln in b:
                body.append('<text:p text:style-name="%s">%s</text:p>' % (pstyle("Quote"), inline(ln[2:])))
            continue
        if all(ln.startswith("- ") for ln in b):
            for ln in b:
                body.append('<text:p text:style-name="%s">•  %s</text:p>' % (pstyle("Bullet"), inline(ln[2:])))
            continue
        style = align or ("Left" if len(b) > 1 else "Body")
        body.append('<text:p text:style-name="%s">%s</text:p>' % (pstyle(style), "<text:line-break/>".join(inline(ln) for ln in b)))

    tstyles = []
    for tn, widths in tables:
        total = sum(widths)
        tstyles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>' % (tn, total))
        for ci, w in enumerate(widths):
            tstyles.append('<style:style style:name="%s.%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (tn, chr(65 + ci), w))
        tstyles.append('<style:style style:name="%s.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000"/></style:style>' % tn)

    header = meta.get("header", "")
    footer = meta.get("footer", "")
    hdr = '<style:header><text:p text:style-name="HF">%s</text:p></style:header>' % inline(header) if header else ""
    ftr = ('<style:footer><text:p text:style-name="HF">%s</text:p><text:p text:style-name="HF">Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>' % inline(footer)) if footer else ""

    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="118%"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="Left" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/></style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="11.5pt"/></style:style>
 <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.8cm" fo:margin-bottom="0.08cm"/></style:style>
 <style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TD" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="HF" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="HeadPB" style:family="paragraph" style:parent-style-name="Head"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="BodyPB" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="QuotePB" style:family="paragraph" style:parent-style-name="Quote"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="BulletPB" style:family="paragraph" style:parent-style-name="Bullet"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="LeftPB" style:family="paragraph" style:parent-style-name="Left"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="RightPB" style:family="paragraph" style:parent-style-name="Right"><style:paragraph-properties fo:break-before="page"/></style:style>
 {tstyles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}{ftr}</style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
""".format(font=font, size=size, tstyles="\n ".join(tstyles), hdr=hdr, ftr=ftr, body="\n".join(body))


# ---------------------------------------------------------------- renderers

def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (" ".join(cmd), r.stdout, r.stderr))
        raise SystemExit(1)
    return r


LO_PROFILE = "file://" + os.path.join(BUILD, "lo-profile")


def soffice(args, outdir):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args + ["--outdir", outdir])


def render_fodt_pdf(L, dest):
    stem = os.path.splitext(L["src"])[0]
    with open(os.path.join(SRC, L["src"]), encoding="utf-8") as f:
        fodt = mk_to_fodt(f.read())
    fp = os.path.join(BUILD, stem + ".fodt")
    with open(fp, "w", encoding="utf-8") as f:
        f.write(fodt)
    soffice(["--convert-to", "pdf:writer_pdf_Export", fp], BUILD)
    pdf = os.path.join(BUILD, stem + ".pdf")
    if L["fmt"] == "fodt-pdf":
        shutil.copyfile(pdf, dest)
    elif L["fmt"] == "fodt-gs":
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", dest, pdf])
    elif L["fmt"] == "fodt-ocr":
        pngdir = os.path.join(BUILD, stem + "-scan")
        shutil.rmtree(pngdir, ignore_errors=True)
        os.makedirs(pngdir)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(pngdir, "page-%02d.png"), pdf])
        pages = sorted(p for p in os.listdir(pngdir) if p.endswith(".png"))
        lst = os.path.join(pngdir, "pages.txt")
        with open(lst, "w") as f:
            f.write("\n".join(os.path.join(pngdir, p) for p in pages) + "\n")
        base = os.path.join(pngdir, "ocr")
        env = dict(os.environ, OMP_THREAD_LIMIT="1", TMPDIR=BUILD)
        r = subprocess.run(["tesseract", lst, base, "-l", "eng", "pdf"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env=env)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            raise SystemExit(1)
        shutil.copyfile(base + ".pdf", dest)


def render_chrome(L, dest):
    src = os.path.join(SRC, L["src"])
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(BUILD, "chrome-profile"),
         "--print-to-pdf=" + dest, "file://" + src])


def render_docx(L, dest):
    stem = os.path.splitext(L["src"])[0]
    src = os.path.join(SRC, L["src"])
    tmp = os.path.join(BUILD, stem + ".html")
    shutil.copyfile(src, tmp)
    soffice(["--convert-to", 'docx:MS Word 2007 XML', tmp], BUILD)
    shutil.copyfile(os.path.join(BUILD, stem + ".docx"), dest)


def main():
    validate()
    os.makedirs(BUILD, exist_ok=True)
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["out"] not in only and L["src"] not in only:
            continue
        dest = os.path.join(OUT, L["out"])
        fmt = L["fmt"]
        print("rendering", L["src"], "->", L["out"], file=sys.stderr)
        if fmt.startswith("fodt"):
            render_fodt_pdf(L, dest)
        elif fmt == "chrome-pdf":
            render_chrome(L, dest)
        elif fmt == "docx":
            render_docx(L, dest)
        elif fmt == "copy":
            shutil.copyfile(os.path.join(SRC, L["src"]), dest)
        else:
            raise SystemExit("unknown format " + fmt)
    with open(os.path.join(OUT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect_json(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "src", "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(labels_full(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    nq = sum(len(L["questions"]) for L in LETTERS)
    print("letters: %d, questions: %d" % (len(LETTERS), nq), file=sys.stderr)


if __name__ == "__main__":
    main()
