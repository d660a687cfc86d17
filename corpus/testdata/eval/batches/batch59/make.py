#!/usr/bin/env python3
"""Render batch 59 and write expect.json / labels_full.json.

Labels come from the LETTERS table below (the truth written with each
letter), never from the rendered output.  Standard library only; external
renderers: soffice, chromium, gs, tesseract.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE

R, PR, W, NCND, NH, REF = ("released", "partially_released", "withheld",
                            "ncnd", "not_held", "refused")


def q(qid, stance, *ex):
    return (qid, stance, list(ex))


def part1(*items):
    """items: (stance, [exemptions]) in order -> P1.Q1..."""
    return [("P1.Q%d" % (i + 1), s, list(e)) for i, (s, e) in enumerate(items)]


S31AB = ("s31(1)(a)", "s31(1)(b)")

LETTERS = [
    dict(src="l01_wyvernshire.html", out="wyvernshire-constabulary-FOI-0214-25.pdf", fmt="pdf-lo",
         authority="Wyvernshire Constabulary", reference="FOI 0214/25", date="2025-02-14",
         received="2025-01-20", regime="foia",
         layout="decision paragraph naming exempt questions by number and part, harm/PIT/balance block, then answers for the rest keyed 'Question N –' under Part 1 / Part 2",
         traps=["two parts with numbering restarting", "same question text in both parts",
                "questions 1-4 range in part 2", "Section 31(1)(a)(b) run", "s24(1) considered but not relied on",
                "award banner repeated mid-letter", "previously released note"],
         questions=[q("P1.Q1", W, *S31AB), q("P1.Q2", W, *S31AB), q("P1.Q3", R), q("P1.Q4", W, *S31AB),
                    q("P1.Q5", NH), q("P1.Q6", W, *S31AB), q("P1.Q7", R), q("P1.Q8", W, *S31AB),
                    q("P2.Q1", W, *S31AB), q("P2.Q2", W, *S31AB), q("P2.Q3", W, *S31AB),
                    q("P2.Q4", W, *S31AB), q("P2.Q5", R)]),
    dict(src="l02_kestrelvale.txt", out="kvbc-foi-2025-00317.txt", fmt="copy",
         authority="Kestrel Vale Borough Council", reference="FOI/2025/00317", date="2025-02-07",
         received="2025-01-14", regime="foia",
         layout="interleaved 'Question N:' / 'Response:'",
         traps=["released zero '0'", "s21 link", "request date and received date differ",
                "financial-year periods 2022/23 in questions", "'No' answer (in-house) is released"],
         questions=part1((R, []), (R, ["s21"]), (R, []), (R, []), (R, []), (NH, []))),
    dict(src="l03_glanyrafon.html", out="glanyrafon-CSG-FOI-4471.pdf", fmt="pdf-lo",
         authority="Glanyrafon County Council", reference="CSG-FOI-4471", date="2025-02-03",
         received="2025-01-08", regime="foia",
         layout="three-column table No. | request | response with wrapping cells, reasons sections after the table",
         traps=["bilingual Welsh/English letterhead and labels", "wrapped table cells",
                "partial release (total given, per-operator values s43(2))", "answer by attachment (Appendix A)",
                "exemption explanations after the table", "ICO address boilerplate"],
         questions=part1((R, []), (R, []), (R, []), (R, []), (W, ["s40(2)"]), (PR, ["s43(2)"]), (R, ["s21"]))),
    dict(src="l04_inverbrae.html", out="inverbrae-disclosure-FOI-25-0093.html", fmt="copy",
         authority="Inverbrae Council", reference="FOI-25-0093", date="2025-02-11",
         received="2025-01-16", regime="foisa",
         layout="HTML disclosure-log page; 'You asked:' / 'Our response:' blocks, questions unnumbered",
         traps=["cookie banner, navigation, breadcrumbs, footer", "'Page last updated' date in footer",
                "FOISA s25(1) signposting", "FOISA s17(1) not-held notice", "s38(1)(b)",
                "s47(1) in review boilerplate", "unnumbered questions"],
         questions=part1((R, []), (R, ["foisa:s25(1)"]), (R, []), (NH, ["foisa:s17(1)"]),
                         (W, ["foisa:s38(1)(b)"]))),
    dict(src="l05_westmere.html", out="westmere-FOI-25-118-response.docx", fmt="docx",
         authority="Westmere Hospitals NHS Foundation Trust", reference="FOI 25-118", date="2025-02-19",
         received="2025-01-22", regime="foia",
         layout="request quoted as an automatically numbered Word list, then one cost-refusal decision for the whole request",
         traps=["DOCX automatic list numbering (numbers not in the text)", "s12(1) refusal of the whole request",
                "cost arithmetic (invoices x minutes)", "s16 advice and assistance mention",
                "date given only as date of requester's email"],
         questions=part1((REF, ["s12(1)"]), (REF, ["s12(1)"]), (REF, ["s12(1)"]), (REF, ["s12(1)"]))),
    dict(src="l06_cairnmore.html", out="nhs-cairnmore-foi-25-211.pdf", fmt="pdf-chrome",
         authority="NHS Cairnmore", reference="CMB/FOI/25/211", date="2025-02-20",
         received="2025-01-29", regime="foisa",
         layout="interleaved Q1/A1 ... Q6/A6, 'Reasons for our decision' section after the answers",
         traps=["FOISA s33(1)(b) withheld", "FOISA s17(1) not-held notice",
                "sections 27 and 30 mentioned as not applied", "dd/mm/yyyy date",
                "quarter periods in answers"],
         questions=part1((R, []), (R, []), (W, ["foisa:s33(1)(b)"]), (R, []), (R, []),
                         (NH, ["foisa:s17(1)"]))),
    dict(src="l07_merciavale.md", out="mvas-foi-1289.md", fmt="copy",
         authority="Mercia Vale Ambulance Service NHS Trust", reference="MVAS FOI 1289", date="2025-02-05",
         received="2025-01-08", regime="foia",
         layout="markdown; metadata table then numbered question headings each followed by its answer (one answer is a month table)",
         traps=["US-style date 'February 5, 2025'", "'Nil' is a released zero",
                "'Not applicable' after earlier answer is released", "partial release: providers named, amounts s43(2)",
                "markdown tables"],
         questions=part1((R, []), (R, []), (R, []), (R, []), (PR, ["s43(2)"]))),
    dict(src="l08_calderbrook.txt", out="cfrs-foi-25-044.txt", fmt="copy",
         authority="Calderbrook Fire and Rescue Service", reference="CFRS/FOI/25/044", date="2025-02-11",
         received="2025-01-28", regime="foia",
         layout="request quoted as (1)-(6), answers given out of order and keyed by prose ('In answer to point 3', 'points one and five together')",
         traps=["answers out of order", "numbers written as words", "grouped answer for points 1 and 5 with separate figures",
                "s31(1)(a) withheld", "not held (would need to create information)", "s21 signposting",
                "weekday in date line"],
         questions=part1((R, []), (NH, []), (W, ["s31(1)(a)"]), (R, []), (R, []), (R, ["s21"]))),
    dict(src="l09_ashworth.html", out="ashworth-FOI-UA-2025-037.pdf", fmt="pdf-chrome-gs",
         authority="University of Ashworth", reference="FOI-UA-2025-037", date="2025-02-12",
         received="2025-01-14", regime="foia",
         layout="REQUEST / RESPONSE headings for each numbered question",
         traps=["Chromium PDF re-distilled with Ghostscript", "running footer on every page",
                "s36(2)(b)(i), 36(2)(b)(ii) and 36(2)(c) run", "partial release with s40(2)",
                "answer by attachment (Annex A)", "page break before a question", "academic-year periods"],
         questions=part1((R, []), (R, []), (W, ["s43(2)"]), (R, []), (R, []), (PR, ["s40(2)"]),
                         (W, ["s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)"]))),
    dict(src="l10_fenmoor.txt", out="fenmoor-college-foi-06.txt", fmt="copy",
         authority="Fenmoor College", reference="FC-FOI-2025-06", date="2025-02-25",
         received="2025-02-04", regime="foia",
         layout="prose: the three questions summarised in one sentence, answered in unlabelled paragraphs",
         traps=["questions never numbered", "answers unlabelled", "dotted date 25.02.2025",
                "reference without label", "not held phrased as 'does not hold a figure'"],
         questions=part1((R, []), (R, []), (NH, []))),
    dict(src="l11_drc.html", out="drc-internal-review-IR2025-00412.pdf", fmt="pdf-lo-gs",
         authority="Department for Rural Connectivity", reference="IR2025/00412", date="2025-02-27",
         received="2024-12-02", regime="foia",
         layout="internal review: original request, original response summary, then review outcome per question with changes in bold",
         traps=["internal review outcome differs from original decision", "two references (review and original FOI)",
                "original s43(2) overturned -> released", "original s40(2) partly overturned -> partial",
                "s12 / £600 mentioned but not applied", "OFFICIAL markings", "re-distilled with Ghostscript",
                "several dates (review request, original response)"],
         questions=part1((R, []), (W, ["s35(1)(a)"]), (PR, ["s40(2)"]), (R, []))),
    dict(src="l12_npha.html", out="npha-2025-0142.docx", fmt="docx",
         authority="National Plant Health Agency", reference="NPHA 2025-0142", date="2025-02-10",
         received="2025-01-13", regime="foia",
         layout="Word table # | Question | Answer with 14 rows, public interest annex after",
         traps=["14 questions", "'None' is a released zero", "s22 future publication", "s21 signposting",
                "annex listing exemptions not applied (s24, s27, s40)", "EIR considered but not used",
                "ordinal dates '10th February 2025'"],
         questions=part1((R, []), (R, []), (R, []), (R, []), (R, []), (R, []), (W, ["s31(1)(a)"]), (R, []),
                         (R, []), (W, ["s43(2)"]), (R, []), (NH, []), (R, ["s21"]), (R, ["s22"]))),
    dict(src="l13_wra.html", out="wra-eir-2025-0088.html", fmt="copy",
         authority="Waterways Regulation Authority", reference="EIR/2025/0088", date="2025-02-18",
         received="2025-01-21", regime="eir",
         layout="HTML disclosure-log page; bold numbered questions each followed by the answer; PIT block after",
         traps=["EIR regime", "sticky cookie consent, side navigation, breadcrumbs, footer",
                "FOIA s39 mentioned (not a stance)", "reg6(1)(b) signposting", "reg12(4)(a) not held",
                "reg12(5)(b), reg12(5)(e), reg13(1)", "dd-mm-yyyy dates", "reg12(2) and reg11 mentions",
                "permit reference in answer"],
         questions=part1((R, []), (R, ["reg6(1)(b)"]), (W, ["reg12(5)(b)"]), (W, ["reg12(5)(e)"]),
                         (W, ["reg13(1)"]), (NH, ["reg12(4)(a)"]))),
    dict(src="l14_larkfield.html", out="larkfield-homes-lhl-foi-0093.html", fmt="copy",
         authority="Larkfield Homes Ltd", reference="LHL-FOI-0093", date="2025-02-04",
         received="2025-01-07", regime="foia",
         layout="HTML disclosure-log page; request as HTML list, grouped answers ('Questions 1 and 2', 'Questions 4 and 5')",
         traps=["arm's-length company wholly owned by a council", "grouped answers", "ISO dates in log metadata",
                "published date differs from response date", "parent council named in letter"],
         questions=part1((R, []), (R, []), (R, []), (W, ["s43(2)"]), (W, ["s43(2)"]))),
    dict(src="l15_severnside.html", out="severnside-police-000412-25.pdf", fmt="pdf-chrome",
         authority="Severnside Police", reference="FOI/SVP/000412/25", date="2025-02-06",
         received="2025-01-09", regime="foia",
         layout="'Request N:' / 'Response:' interleaved; NCND exemptions listed under answers; harm/PIT/balance block after",
         traps=["NCND with s24(2) and s31(3)", "NCND adding s23(5)", "statutory text of 31(3) and 24(2) quoted",
                "OFFICIAL marking on every page", "'07 Jun 2011'-style short dates", "s21 signposting",
                "police no-inference statement"],
         questions=part1((R, ["s21"]), (R, []), (NCND, ["s24(2)", "s31(3)"]),
                         (NCND, ["s23(5)", "s24(2)", "s31(3)"]))),
    dict(src="l16_dunmoor.md", out="dunmoor-2025-0318.md", fmt="copy",
         authority="Dunmoor Constabulary", reference="2025/0318", date="2025-02-21",
         received="2025-01-27", regime="foia",
         layout="markdown; request quoted as lettered items (a)-(c), one Decision section for the whole request",
         traps=["s12(2) cost refusal phrased 'neither confirm nor deny' (refused, not ncnd)",
                "s17(5) refusal notice mention", "s30/s31/s40 named as not considered",
                "Computer Misuse Act named", "lettered questions", "bare numeric reference"],
         questions=part1((REF, ["s12(2)"]), (REF, ["s12(2)"]), (REF, ["s12(2)"]))),
    dict(src="l17_ashbymardle.txt", out="ashby-mardle-tc-foi-03-25.txt", fmt="copy",
         authority="Ashby Mardle Town Council", reference="AMTC/FOI/03/25", date="2025-02-03",
         received="2025-01-20", regime="foia",
         layout="two numbered questions then 'Answer to N:' paragraphs",
         traps=["town council (lowest tier)", "s14(2) repeated request for one question only",
                "earlier request reference AMTC/FOI/11/24 quoted", "reference above the date without label"],
         questions=part1((R, []), (REF, ["s14(2)"]))),
    dict(src="l18_coldharbour.html", out="coldharbour-foi-25-01876.html", fmt="copy",
         authority="Coldharbour County Council", reference="FOI 25/01876", date="2025-02-13",
         received="2025-01-15", regime="foia",
         layout="HTML disclosure-log page; request restated in full ('I note you seek access to'), then answers keyed 'Q1:'",
         traps=["cookie banner, masthead navigation, breadcrumb trail, footer",
                "two partial releases (s40(2) small-number suppression; contractor named, value s43(2))",
                "s21 signposting", "weekday in response date", "only date of request given (received)"],
         questions=part1((R, []), (R, []), (R, []), (R, []), (W, ["s40(2)"]), (PR, ["s40(2)"]),
                         (PR, ["s43(2)"]), (R, ["s21"]))),
    dict(src="l19_teifi.html", out="tuhb-foi-0917.docx", fmt="docx",
         authority="Teifi University Health Board", reference="TUHB/FOI/24-25/0917", date="2025-02-25",
         received="2025-01-28", regime="foia",
         layout="interleaved: each question an automatically numbered list item (numbering continues across lists) followed by 'Answer:'",
         traps=["DOCX automatic list numbering", "bilingual Welsh/English labels",
                "'No' answer is released", "partial release contractor named, value s43(2)",
                "not held (Datix category)", "reference containing year range 24-25"],
         questions=part1((R, []), (R, []), (R, []), (PR, ["s43(2)"]), (NH, []), (R, []))),
    dict(src="l20_saltmere.txt", out="saltmere-eir-2025-0056.txt", fmt="copy",
         authority="Saltmere Borough Council", reference="EIR-2025-0056", date="2025-02-14",
         received="2025-01-17", regime="eir",
         layout="request quoted as (a)-(d), one Decision section refusing the whole request, PIT and advice sections",
         traps=["EIR reg12(4)(b) manifestly unreasonable (cost)", "FOIA s12 mentioned in contrast",
                "reg13, reg12(1)(b), reg12(2), reg9, reg11 mentioned but not applied",
                "lettered questions", "ten-year period in request"],
         questions=part1((REF, ["reg12(4)(b)"]), (REF, ["reg12(4)(b)"]), (REF, ["reg12(4)(b)"]),
                         (REF, ["reg12(4)(b)"]))),
    dict(src="l21_hollowmere.html", out="hollowmere-FOIR-8830412.pdf", fmt="pdf-chrome-gs",
         authority="London Borough of Hollowmere", reference="FOIR-8830412", date="2025-02-10",
         received="2025-01-13", regime="foia",
         layout="request as numbered list, grouped answers under headings 'Questions 1, 2 and 3' (figure table), 'Questions 4 and 6', 'Questions 5 and 7', then 'Reasons for our decision' per question",
         traps=["grouped answers with non-adjacent questions", "withholding reasons after the answers",
                "UK GDPR Article 5(1)(a) mention", "only request date given", "re-distilled with Ghostscript"],
         questions=part1((R, []), (R, []), (R, []), (R, []), (W, ["s43(2)"]), (R, []), (W, ["s40(2)"]))),
    dict(src="l22_highfell.html", out="highfell-hdc-foi-1207-scan.pdf", fmt="ocr",
         authority="Highfell District Council", reference="HDC/FOI/1207", date="2025-02-06",
         received="2025-01-09", regime="foia",
         layout="OCR'd scan; numbered bold questions each followed by 'Answer:'",
         traps=["OCR'd scan (text layer from tesseract)", "ordinal dates", "s43(2) withheld"],
         questions=part1((R, []), (R, []), (R, []), (W, ["s43(2)"]))),
    dict(src="l23_oakhaven.html", out="oakhaven-F-01187.pdf", fmt="pdf-chrome",
         authority="Oakhaven Partnership NHS Foundation Trust", reference="F-01187", date="2025-02-17",
         received="2025-01-20", regime="foia",
         layout="two centred tables (Part A, Part B) No. | Question | Response; numbering restarts in each part",
         traps=["parts A/B with numbering restarting", "centred tables with captions",
                "partial release (total given, ward breakdown s40(2))", "PIT paragraph after tables",
                "NHS logo block"],
         questions=[q("P1.Q1", R), q("P1.Q2", R), q("P1.Q3", PR, "s40(2)"),
                    q("P2.Q1", R), q("P2.Q2", R), q("P2.Q3", W, "s43(2)")]),
    dict(src="l24_ohg.html", out="ohg-2025-0031.docx", fmt="docx",
         authority="Office for Heritage Grants", reference="OHG-2025-0031", date="2025-02-28",
         received="2025-01-31", regime="foia",
         layout="request as automatically numbered Word list, answers in prose keyed by ordinal words ('your first question', 'question four')",
         traps=["numbers written as words", "DOCX automatic list numbering", "s22(1) future publication (released)",
                "s36(2)(b)(ii) with s40(2) on one question", "s21 signposting", "date of requester's email only"],
         questions=part1((R, []), (R, []), (R, ["s22(1)"]), (W, ["s36(2)(b)(ii)", "s40(2)"]), (R, ["s21"]))),
]


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def soffice(src, target, outdir):
    profile = tempfile.mkdtemp(prefix="lo-b59-")
    try:
        run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
             "--convert-to", target, "--outdir", outdir, src])
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def render(letter, work):
    src = os.path.join(SRC, letter["src"])
    out = os.path.join(OUT, letter["out"])
    base = os.path.splitext(letter["src"])[0]
    fmt = letter["fmt"]
    if fmt == "copy":
        shutil.copyfile(src, out)
    elif fmt in ("pdf-lo", "pdf-lo-gs", "ocr"):
        # HTML -> ODT (Writer) -> PDF; the direct Writer/Web PDF export drops
        # the first paragraph onto a blank page.
        soffice(src, "odt", work)
        soffice(os.path.join(work, base + ".odt"), "pdf:writer_pdf_Export", work)
        pdf = os.path.join(work, base + ".pdf")
        if fmt == "pdf-lo":
            shutil.copyfile(pdf, out)
        elif fmt == "pdf-lo-gs":
            run(["gs", "-q", "-sDEVICE=pdfwrite", "-o", out, pdf])
        else:
            pngdir = os.path.join(work, base + "_png")
            os.makedirs(pngdir, exist_ok=True)
            run(["gs", "-q", "-sDEVICE=png16m", "-r150", "-o",
                 os.path.join(pngdir, "p%02d.png"), pdf])
            pages = sorted(os.listdir(pngdir))
            lst = os.path.join(work, base + "_pages.txt")
            with open(lst, "w") as f:
                for p in pages:
                    f.write(os.path.join(pngdir, p) + "\n")
            run(["tesseract", lst, os.path.join(work, base + "_ocr"), "pdf"])
            shutil.copyfile(os.path.join(work, base + "_ocr.pdf"), out)
    elif fmt in ("pdf-chrome", "pdf-chrome-gs"):
        pdf = os.path.join(work, base + ".pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(work, "chrome-profile"),
             "--print-to-pdf=" + pdf, "file://" + src])
        if fmt == "pdf-chrome":
            shutil.copyfile(pdf, out)
        else:
            run(["gs", "-q", "-sDEVICE=pdfwrite", "-o", out, pdf])
    elif fmt == "docx":
        soffice(src, 'docx:MS Word 2007 XML', work)
        shutil.copyfile(os.path.join(work, base + ".docx"), out)
    else:
        raise ValueError(fmt)


def main():
    only = set(sys.argv[1:])
    work = tempfile.mkdtemp(prefix="b59-work-")
    expect = {"letters": {}}
    full = {}
    try:
        for L in LETTERS:
            if not only or L["out"] in only or L["src"] in only:
                render(L, work)
            qs = {}
            for qid, stance, ex in L["questions"]:
                assert qid not in qs, (L["out"], qid)
                assert stance in (R, PR, W, NCND, NH, REF), stance
                if stance in (W, PR, REF, NCND):
                    assert ex, (L["out"], qid, "needs a provision")
                qs[qid] = {"stance": stance, "exemptions": sorted(ex)}
            expect["letters"][L["out"]] = {
                "authority": L["authority"], "reference": L["reference"],
                "date": L["date"], "questions": qs}
            full[L["out"]] = {"received": L["received"], "regime": L["regime"],
                              "layout": L["layout"], "traps": L["traps"]}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(os.path.join(OUT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for _, s, _ in L["questions"] if s == W)
    print("letters=%d questions=%d withheld=%d" % (len(LETTERS), nq, nw), file=sys.stderr)


if __name__ == "__main__":
    main()
