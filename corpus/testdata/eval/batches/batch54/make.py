#!/usr/bin/env python3
"""Render batch b54 letters and write expect.json / labels_full.json.

Labels come from the LETTERS table below (the truth written for each letter),
never from the rendered output. Standard library only.
"""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE
BUILD = os.path.join(HERE, ".build")  # scratch space, removed at the end

R, PR, W, N, NH, RF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"

def q(pid, stance, *ex):
    return (pid, stance, sorted(ex))

def part1(*items):
    return [q("P1.Q%d" % (i + 1), s[0], *s[1:]) for i, s in enumerate(items)]

LETTERS = [
 dict(src="L01_glyncoed.html", out="glyncoed-cbc-FOI-GCBC-2025-0112.pdf", render="lo_pdf",
      authority="Glyncoed County Borough Council", reference="FOI/GCBC/2025/0112",
      date="2025-03-04", received="2025-02-05", regime="foia",
      layout="bilingual Welsh/English letterhead; interleaved 'Question N: / Response:'; PIT section after answers",
      traps=["bilingual labels (Ein cyf / Our ref, Dyddiad / Date)", "DD/MM/YYYY date", "partial release names given values withheld s43(2)",
             "Nil zero", "not held followed by 'Not applicable' answer", "s21 signposting", "s40(2) considered but not applied"],
      questions=part1((R,), (R,), (PR, "s43(2)"), (R,), (NH,), (R,), (R, "s21"))),
 dict(src="L02_thamesmouth.html", out="GTP_FOI_004417_response.pdf", render="chrome_gs",
      authority="Greater Thamesmouth Police", reference="01/FOI/25/004417",
      date="2025-01-17", received="2024-12-12", regime="foia",
      layout="police decision paragraph naming questions by number, answers for the rest, reasons for decision after answers",
      traps=["OFFICIAL marking and slogan banner on every page", "section 60 CJPOA in question text", "Section 31(1)(a)(b) run",
             "NCND for one question only (s24(2), s31(3))", "Nil zero", "s38(1)(a) considered not relied on", "section 17(1)/section 50 mentions",
             "ghostscript re-distilled"],
      questions=part1((R,), (R,), (R,), (W, "s31(1)(a)", "s31(1)(b)"), (R,), (N, "s24(2)", "s31(3)"), (W, "s40(2)"), (R,))),
 dict(src="L03_efas.html", out="efas-foi-0391.pdf", render="lo_gs",
      authority="Eastern Fenland Ambulance Service NHS Trust", reference="FOI-EFAS-2425-0391",
      date="2025-04-09", received="2025-03-14", regime="foia",
      layout="three-column table No. | Your question | Trust response (Writer table to PDF)",
      traps=["table cells wrap", "answer in attached spreadsheet", "'fewer than five' small-number suppression s40(2) partial",
             "two exemptions on one row", "hours given spend withheld s43(2)", "ghostscript re-distilled"],
      questions=part1((R,), (R,), (PR, "s40(2)"), (R,), (W, "s40(2)", "s41(1)"), (PR, "s43(2)"))),
 dict(src="L04_orca.html", out="orca_foi_250114-0062.pdf", render="chrome",
      authority="Offender Rehabilitation and Custody Agency", reference="FOI-250114-0062",
      date="2025-02-11", received="2025-01-14", regime="foia",
      layout="request quoted in blockquote, single s12 refusal paragraph, advice and assistance",
      traps=["one costly question refuses the whole request (s12(1), £600 central government)", "s40(2) mentioned in advice but not applied",
             "'may be of interest' statistics pointer is not signposting"],
      questions=part1((RF, "s12(1)"), (RF, "s12(1)"), (RF, "s12(1)"), (RF, "s12(1)"), (RF, "s12(1)"))),
 dict(src="L05_icb.html", out="sw-icb-foi-0923-scan.pdf", render="lo_ocr",
      authority="NHS Severn and Wye Integrated Care Board", reference="ICB/FOI/0923",
      date="2024-10-23", received="2024-09-25", regime="foia",
      layout="'You asked: / Our response:' pairs, questions unnumbered",
      traps=["OCR'd scan (tesseract text layer)", "dotted date 23.10.2024", "unnumbered questions", "partial release total given per-provider withheld s43(2)",
             "None (0) zero", "s22 future publication"],
      questions=part1((R,), (R,), (PR, "s43(2)"), (R,), (NH,), (R, "s22"))),
 dict(src="L06_fmps.html", out="FMPS-F-2025-00412.pdf", render="chrome",
      authority="Foyle and Mourne Police Service", reference="F-2025-00412",
      date="2025-02-28", received="2025-01-29", regime="foia",
      layout="Northern Ireland police 'Request N / Answer' blocks, reasons for decision after answers",
      traps=["NCND for one question with s23(5), s24(2), s30(3)", "s24(1) and s31(1)(a) withheld", "Section 17(1) refusal-notice wording",
             "DD/MM/YYYY dates, 'dated and received'"],
      questions=part1((R,), (R,), (W, "s24(1)", "s31(1)(a)"), (N, "s23(5)", "s24(2)", "s30(3)"), (R,), (R,))),
 dict(src="L07_lsfrs.html", out="lsfrs_FOI-0331-25.pdf", render="lo_pdf",
      authority="Lowland Scotland Fire and Rescue Service", reference="FOI-0331-25",
      date="2025-03-12", received="2025-02-13", regime="foisa",
      layout="numbered request then prose paragraphs taking questions in turn without numbers",
      traps=["FOISA", "prose answers not keyed by number", "first two questions answered in one sentence", "s17 not-held notice",
             "s27(1) future publication", "names partly withheld s38(1)(b)", "s31(1) considered not engaged", "s47(1) appeal boilerplate"],
      questions=part1((R,), (R,), (NH,), (R, "foisa:s27(1)"), (PR, "foisa:s38(1)(b)"), (R,), (W, "foisa:s39(1)"))),
 dict(src="L08_owsc.html", out="owsc-eir-2025-0031.pdf", render="chrome_gs",
      authority="Office of the Water Standards Commissioner", reference="EIR 2025/0031",
      date="2025-01-30", received="2025-01-03", regime="eir",
      layout="'Request N / Response N' headings, reasons for withholding after answers",
      traps=["EIR regulations", "reg 6(1)(b) signposting", "names partly withheld reg13(1)", "not held with reg 12(4)(a)",
             "reg 12(2) and reg 12(5)(e) mentioned but not applied", "received given as email date", "ghostscript re-distilled"],
      questions=part1((R,), (R,), (W, "reg12(5)(b)"), (R, "reg6(1)(b)"), (PR, "reg13(1)"), (NH, "reg12(4)(a)"))),
 dict(src="L09_mdp.html", out="mdp-nhsft-foi-1187.docx", render="docx",
      authority="Marchmont and Downs Partnership NHS Foundation Trust", reference="FOI 24-25/1187",
      date="2024-11-19", received="2024-10-22", regime="foia",
      layout="questions in an automatically numbered list, answers in a second automatically numbered list in the same order",
      traps=["numbering only from Word list auto-numbering", "answers not keyed except by list position", "Zero answer",
             "small number withheld entirely s40(2)", "weekday date"],
      questions=part1((R,), (R,), (PR, "s43(2)"), (R,), (R,), (W, "s40(2)"), (R,))),
 dict(src="L10_kvc.html", out="kvc-foi-118.docx", render="docx",
      authority="Kestrel Vale College", reference="KVC-FOI-118",
      date="2025-01-07", received="2024-12-03", regime="foia",
      layout="two parts (Part A / Part B), each an auto-numbered list restarting at 1 with the answer inside each item",
      traps=["parts with numbering restart", "auto-numbered lists", "number as word (Nine)", "count given values withheld s40(2)", "s21 signposting"],
      questions=[q("P1.Q1", R), q("P1.Q2", W, "s43(2)"), q("P1.Q3", R),
                 q("P2.Q1", R), q("P2.Q2", PR, "s40(2)"), q("P2.Q3", R, "s21")]),
 dict(src="L11_wyreford.html", out="wyreford-eir-25-0093.docx", render="docx",
      authority="Wyreford District Council", reference="WDC/EIR/25/0093",
      date="2025-02-24", received="2025-01-27", regime="eir",
      layout="Word table No. | Request | Response",
      traps=["EIR", "0 zero", "reg 6(1)(b) signposting", "reg13(1) withheld", "not held with reg 12(4)(a)", "reg 12(1) mentioned not applied"],
      questions=part1((R,), (R,), (R,), (R, "reg6(1)(b)"), (W, "reg13(1)"), (NH, "reg12(4)(a)"))),
 dict(src="L12_btuhb.html", out="btuhb-foi-24-1462.docx", render="docx",
      authority="Bro Teifi University Health Board", reference="BTUHB/FOI/24/1462",
      date="2025-01-30", received="2025-01-02", regime="foia",
      layout="auto-numbered request list, then prose 'In response to your first question...' paragraphs",
      traps=["bilingual Welsh/English date '30 Ionawr / January 2025'", "ordinal words instead of numbers", "partial release s43(2)",
             "'for the same reasons' exemption carried to next question"],
      questions=part1((R,), (PR, "s43(2)"), (W, "s43(2)"), (R,), (R,))),
 dict(src="L13_spca.html", out="spca-disclosure-log-2025-0447.html", render="copy",
      authority="South Pennine Combined Authority", reference="FOI/EIR 2025-0447",
      date="2025-05-06", received="2025-04-08", regime="foia",
      layout="disclosure-log page: cookie banner, nav, breadcrumbs, metadata list, Question N / Answer headings, footer",
      traps=["mixed FOIA and EIR by question", "published date differs from response date", "reg12(4)(d) withheld (not signposting)",
             "reg12(4)(b) manifestly unreasonable refusal", "reg 6(1)(b) signposting", "related disclosures sidebar"],
      questions=part1((R,), (R,), (W, "s43(2)"), (R, "reg6(1)(b)"), (R,), (W, "reg12(4)(d)"), (RF, "reg12(4)(b)"))),
 dict(src="L14_rnmsi.html", out="rnmsi-foi-2025-061.html", render="copy",
      authority="Royal Northern Museum of Science and Industry", reference="RNMSI/FOI/2025/061",
      date="2025-06-03", received="2025-05-06", regime="foia",
      layout="disclosure-log page with REQUEST bullet list and RESPONSE paragraphs headed by bold restatements",
      traps=["unnumbered bullet questions", "DD-MM-YYYY dates", "s21 signposting", "s36(2)(c) considered not applied", "museum site chrome"],
      questions=part1((R,), (R,), (R,), (W, "s43(2)"), (W, "s31(1)(a)"), (R, "s21"))),
 dict(src="L15_glenmorran.html", out="glenmorran-eir-25-00817.html", render="copy",
      authority="Glenmorran Council", reference="EIR-25-00817",
      date="2025-05-21", received="2025-04-22", regime="eir",
      layout="Scottish council disclosure-log page, summary table, 'Question N – / Response –' pairs",
      traps=["EIRs (Scotland) with one FOISA question", "reg 6(1)(b) signposting", "0 zero", "not held without provision", "Gaelic name in header"],
      questions=part1((R,), (R,), (R, "reg6(1)(b)"), (R,), (R,), (R,), (NH,))),
 dict(src="L16_hvbc.htm", out="hvbc-foi-3321.htm", render="copy",
      authority="Harlowe Vale Borough Council", reference="HVBC-FOI-3321",
      date="2024-10-02", received="2024-09-03", regime="foia",
      layout="old-style council disclosure log, 'You asked: / We said:' pairs",
      traps=["section 46 Public Health Act in question", "s40 mentioned as not applying", "not held beside N/A", "Zero", "partial release s43(2)",
             "'Last updated' footer date"],
      questions=part1((R,), (R,), (W, "s31(1)(a)"), (PR, "s43(2)"), (R,), (R,), (NH,), (R,))),
 dict(src="L17_broadmere.txt", out="broadmere-ir-2025-014.txt", render="copy",
      authority="Broadmere District Council", reference="IR-2025-014",
      date="2025-03-19", received="2024-12-10", regime="foia",
      layout="internal review letter: original request, original decision, review outcome, answers",
      traps=["internal review overrides original whole-request s12 refusal", "s12 upheld for one question only", "several dates (review request, original response)",
             "original reference FOI 8842 quoted"],
      questions=part1((R,), (R,), (W, "s31(1)(a)"), (RF, "s12(1)"), (R,))),
 dict(src="L18_fnpa.md", out="fnpa-eir-24-77.md", render="copy",
      authority="Fellmoor National Park Authority", reference="FNPA/EIR/24/77",
      date="2024-12-05", received="2024-11-07", regime="eir",
      layout="prose answers taken out of order, unkeyed",
      traps=["answers out of order (3,1,5,2,4)", "numbers as words", "reg 12(2) mentioned", "not held with reg 12(4)(a) plus helpful park-wide figure",
             "ordinal dates abbreviated"],
      questions=part1((R,), (R,), (W, "reg12(5)(b)"), (R,), (NH, "reg12(4)(a)"))),
 dict(src="L19_ashcombe.txt", out="ashcombe-cc-foi-0078412.txt", render="copy",
      authority="Ashcombe County Council", reference="ACC/FOI/0078412",
      date="2025-02-11", received="2025-01-14", regime="foia",
      layout="interleaved Qn. / An. with a grouped answer A12-A14",
      traps=["14 questions", "s12 refusal for a range of questions only", "grouped answer label A12-A14", "partial release s43(2)", "DD-MM-YYYY date"],
      questions=part1((R,), (R,), (R,), (R,), (R,), (R,), (PR, "s43(2)"), (R,), (R,), (R,), (R,),
                      (RF, "s12(1)"), (RF, "s12(1)"), (RF, "s12(1)"))),
 dict(src="L20_wealdmoor.txt", out="wealdmoor-foi-2025-00318.txt", render="copy",
      authority="Wealdmoor Constabulary", reference="FOI 2025/00318",
      date="2025-03-24", received="2025-02-24", regime="foia",
      layout="round-robin in two parts, decision paragraph by part and number, harm section, answers for the rest",
      traps=["parts with numbering restart and repeated question text", "exemptions stated once for questions in both parts",
             "job title given name withheld s40(2)", "not held 'not recorded separately'", "earlier release mentioned"],
      questions=[q("P1.Q1", W, "s24(1)", "s31(1)(a)"), q("P1.Q2", R), q("P1.Q3", R), q("P1.Q4", R), q("P1.Q5", PR, "s40(2)"),
                 q("P1.Q6", W, "s31(1)(a)"),
                 q("P2.Q1", W, "s24(1)", "s31(1)(a)"), q("P2.Q2", NH), q("P2.Q3", R), q("P2.Q4", PR, "s40(2)")]),
 dict(src="L21_lindenford.md", out="lindenford-foi-2024-0211.md", render="copy",
      authority="University of Lindenford", reference="FOI-UL-2024-0211",
      date="2024-08-16", received="2024-07-18", regime="foia",
      layout="markdown Q1/A1 interleaved",
      traps=["s36 run 36(2)(b)(i) and 36(2)(b)(ii) with s40(2)", "attached spreadsheet", "s43 stated as not applied"],
      questions=part1((R,), (R,), (W, "s36(2)(b)(i)", "s36(2)(b)(ii)", "s40(2)"), (R,), (W, "s40(2)", "s41(1)"))),
 dict(src="L22_iovs.txt", out="iovs-foi-00144.txt", render="copy",
      authority="Independent Office for Vehicle Standards", reference="IOVS/2025/FOI/00144",
      date="2025-01-27", received="2024-12-23", regime="foia",
      layout="short refusal letter, reference and date on one line",
      traps=["s12(2) cost refusal worded 'neither confirm nor deny' (refused, not ncnd)", "aggregation of all questions",
             "s31 and s40(2) mentioned in advice but not applied"],
      questions=part1((RF, "s12(2)"), (RF, "s12(2)"), (RF, "s12(2)"), (RF, "s12(2)"))),
 dict(src="L23_hfrs.md", out="hfrs-0592-24.md", render="copy",
      authority="Hartshire Fire and Rescue Service", reference="HFRS 0592-24",
      date="2024-12-11", received="2024-11-13", regime="foia",
      layout="markdown with grouped headings 'Questions 1 and 2', 'Questions 3 to 5'",
      traps=["grouped answers by number and range", "attached spreadsheet", "s21 signposting", "s36(2)(b)(ii) and s36(2)(c)", "weekday abbreviated date"],
      questions=part1((NH,), (NH,), (R,), (R,), (R,), (R, "s21"), (W, "s36(2)(b)(ii)", "s36(2)(c)"))),
 dict(src="L24_staldhelm.txt", out="st-aldhelms-foi-0271.txt", render="copy",
      authority="St Aldhelm's Hospitals NHS Trust", reference="FOI/SAH/25/0271",
      date="2025-02-18", received="2025-01-21", regime="foia",
      layout="two-question letter, 'Question N: / Response:'",
      traps=["NCND for one question only", "s43(2) considered and not applied", "bare reference line without label"],
      questions=part1((N, "s24(2)", "s31(3)"), (R,))),
]


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)


def soffice(src, fmt, outdir):
    profile = "file://" + os.path.join(BUILD, "lo_profile")
    run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", fmt, "--outdir", outdir, src], stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chrome(src, outpdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(BUILD, "chrome_profile"),
         "--print-to-pdf=" + outpdf, "file://" + src], stderr=subprocess.DEVNULL)


def gs(inpdf, outpdf):
    # the legacy interpreter keeps the ToUnicode maps of Chromium's CID fonts
    run(["gs", "-q", "-dNEWPDF=false", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", outpdf, inpdf],
        stderr=subprocess.DEVNULL)


def render(L, tmp):
    src = os.path.join(SRC, L["src"])
    dst = os.path.join(OUT, L["out"])
    r = L["render"]
    if r == "copy":
        shutil.copyfile(src, dst)
    elif r == "lo_pdf":
        shutil.move(soffice(src, "pdf:writer_pdf_Export", tmp), dst)
    elif r == "lo_gs":
        gs(soffice(src, "pdf:writer_pdf_Export", tmp), dst)
    elif r == "chrome":
        chrome(src, dst)
    elif r == "chrome_gs":
        t = os.path.join(tmp, "chrome.pdf")
        chrome(src, t)
        gs(t, dst)
    elif r == "docx":
        shutil.move(soffice(src, 'docx:MS Word 2007 XML', tmp), dst)
    elif r == "lo_ocr":
        pdf = soffice(src, "pdf:writer_pdf_Export", tmp)
        pages = os.path.join(tmp, "page")
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r150", "-o", pages + "-%02d.png", pdf])
        pngs = sorted(f for f in os.listdir(tmp) if f.startswith("page-") and f.endswith(".png"))
        lst = os.path.join(tmp, "pages.txt")
        with open(lst, "w") as fh:
            fh.write("\n".join(os.path.join(tmp, p) for p in pngs) + "\n")
        run(["tesseract", lst, os.path.join(tmp, "ocr"), "pdf"], stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, "ocr.pdf"), dst)
    else:
        raise ValueError(r)


def main():
    only = set(sys.argv[1:])
    os.makedirs(BUILD, exist_ok=True)
    for L in LETTERS:
        if only and L["out"] not in only and L["src"] not in only:
            continue
        with tempfile.TemporaryDirectory(dir=BUILD) as tmp:
            render(L, tmp)
    shutil.rmtree(BUILD, ignore_errors=True)
    expect, full = {}, {}
    for L in LETTERS:
        expect[L["out"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {pid: {"stance": st, "exemptions": ex} for pid, st, ex in L["questions"]},
        }
        full[L["out"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w") as fh:
        json.dump({"letters": expect}, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w") as fh:
        json.dump(full, fh, indent=1, ensure_ascii=False)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for _, s, _ in L["questions"] if s == W)
    print("letters %d questions %d withheld %d" % (len(LETTERS), nq, nw), file=sys.stderr)


if __name__ == "__main__":
    main()
