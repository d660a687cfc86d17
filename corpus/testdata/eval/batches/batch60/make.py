#!/usr/bin/env python3
"""Render batch 60 and write expect.json / labels_full.json.

Labels come only from the LETTERS data below (the truth written with each letter),
never from the rendered output.  Standard library only; external renderers:
LibreOffice (soffice), Chromium, Ghostscript, Tesseract.
"""
import json, os, shutil, subprocess, sys, glob

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, "src")
WORK = os.path.join(SRC, "_work")

R, PR, W, N, NH, RF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"


def q(*items):
    """items: (id, stance, [exemptions]) -> ordered dict of questions."""
    out = {}
    for qid, st, ex in items:
        if "." not in qid:
            qid = "P1.Q" + qid
        out[qid] = {"stance": st, "exemptions": sorted(ex)}
    return out


LETTERS = [
    dict(src="L01_harrowby.html", out="harrowby-dc-foi-2024-0612.pdf", pipe="lo_pdf",
         authority="Harrowby District Council", reference="HDC/FOI/2024/0612",
         date="2025-03-04", received="2025-02-10", regime="foia",
         layout="request as unnumbered bullets; answers in prose paragraphs under topic headings (no numbers)",
         traps=["answers by topic with no question numbers", "partial releases: FPN counts given, names withheld s40(2); camera count given, locations withheld s31(1)(a)",
                "s30 considered but not applied", "clearance cost not held", "complaint boilerplate"],
         questions=q(("1", R, []), ("2", PR, ["s40(2)"]), ("3", NH, []), ("4", PR, ["s31(1)(a)"]),
                     ("5", R, []), ("6", R, ["s21"]))),
    dict(src="L02_northmoor.html", out="northmoor-police-NP-FOI-000418-25.pdf", pipe="chrome_pdf",
         authority="Northmoor Police", reference="NP-FOI-000418-25",
         date="2025-01-22", received="2025-01-08", regime="foia",
         layout="request in two parts (A/B) with restarting numbers; decision paragraph naming exempt questions by number and range across parts; harm/PIT; answers only for the rest",
         traps=["decision paragraph 'questions 1, 2 and 4 in Part A, and questions 2-3 in Part B'", "Section 31(1)(a)(b) expands to two exemptions",
                "NCND s24(2)+s31(3) for Part B Q5 only", "s23 mentioned by contrast in PIT, not applied", "s17(1) refusal notice mention",
                "Part A Q5 not held", "dates dd/mm/yyyy"],
         questions=q(("P1.Q1", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), ("P1.Q2", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                     ("P1.Q3", R, []), ("P1.Q4", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), ("P1.Q5", NH, []), ("P1.Q6", R, []),
                     ("P2.Q1", R, []), ("P2.Q2", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                     ("P2.Q3", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), ("P2.Q4", R, []), ("P2.Q5", N, ["s24(2)", "s31(3)"]))),
    dict(src="L03_staldwyns.html", out="st-aldwyns-nhs-foi-25-0311.docx", pipe="docx",
         authority="St Aldwyn's University Hospitals NHS Foundation Trust", reference="FOI 25-0311",
         date="2025-03-17", received="2025-02-17", regime="foia",
         layout="DOCX: questions as an automatically numbered list, then answers as a second automatically numbered list in the same order",
         traps=["automatic Word numbering (numbers not in the text runs)", "answers keyed only by list position",
                "partial releases: agency names given, spend per agency withheld s43(2); highest rate given, nurse's name withheld s40(2)",
                "answer 'attached' for policy", "date with weekday"],
         questions=q(("1", R, []), ("2", PR, ["s43(2)"]), ("3", PR, ["s40(2)"]), ("4", R, []), ("5", R, []), ("6", NH, []))),
    dict(src="L04_westmarches.html", out="west-marches-ambulance-disclosure-log-wmas-foi-1187.html", pipe="copy",
         authority="West Marches Ambulance Service NHS Trust", reference="WMAS-FOI-1187",
         date="2024-12-02", received="2024-11-06", regime="foia",
         layout="HTML disclosure-log page: cookie banner, nav, breadcrumbs, metadata list, two-column request/response table, related links, footer",
         traps=["web page chrome around letter", "unnumbered table rows", "answers 'see attached spreadsheet' are released",
                "handover delays given, patient ages withheld s40(2)", "SI reports withheld s40(2)+s41(1)", "related disclosures references in sidebar"],
         questions=q(("1", R, []), ("2", R, []), ("3", PR, ["s40(2)"]), ("4", NH, []), ("5", R, []),
                     ("6", W, ["s40(2)", "s41(1)"]), ("7", R, ["s21"]))),
    dict(src="L05_kelderbrook.txt", out="kelderbrook-fire-foi-2025-044.txt", pipe="copy",
         authority="Kelderbrook Fire and Rescue Service", reference="KFRS FOI 2025/044",
         date="2025-04-14", received="2025-03-24", regime="foia",
         layout="plain text 'You asked: / Our response:' blocks, unnumbered",
         traps=["unnumbered questions", "count given with addresses withheld s38(1)(b)", "notices count given with individual names withheld s40(2)",
                "s24 mentioned but not applied", "date dd.mm.yyyy"],
         questions=q(("1", PR, ["s38(1)(b)"]), ("2", R, []), ("3", PR, ["s40(2)"]), ("4", NH, []))),
    dict(src="L06_glanyrafon.html", out="glanyrafon-cbc-internal-review-IR-0093-24-25.pdf", pipe="lo_pdf",
         authority="Glanyrafon County Borough Council", reference="IR/0093/24-25",
         date="2025-01-28", received="2024-11-04", regime="foia",
         layout="bilingual Welsh/English letterhead; internal review letter; original request restated as numbered list; review outcome table (question | original | review); annex with released figures",
         traps=["internal review: Q2 overturned to released, Q3 upheld withheld, Q4 upheld in part with exemption substituted s43(2)->s40(2), Q5 not held upheld",
                "original reference FOI/2024/1876 also shown as 'Your ref'", "Q1 and Q6 outside review, stand as originally answered (Q6 s21)",
                "bilingual date line", "several dates (request, original response, review request)"],
         questions=q(("1", R, []), ("2", R, []), ("3", W, ["s43(2)"]), ("4", PR, ["s40(2)"]), ("5", NH, []), ("6", R, ["s21"]))),
    dict(src="L07_strathcarron.md", out="strathcarron-council-foisa-25-00731.md", pipe="copy",
         authority="Strathcarron Council", reference="FOI/25/00731",
         date="2025-02-07", received="2025-01-14", regime="foisa",
         layout="markdown; request as unnumbered bullets; response numbered 1-7 only by the authority",
         traps=["bullets numbered only by the authority", "FOISA exemptions (s39(1), s25(1), s17(1), s38(1)(b))",
                "count given, hotel names withheld under s39(1)", "s17 notice for not held"],
         questions=q(("1", R, []), ("2", PR, ["foisa:s39(1)"]), ("3", R, []), ("4", R, ["foisa:s25(1)"]),
                     ("5", NH, ["foisa:s17(1)"]), ("6", W, ["foisa:s38(1)(b)"]), ("7", R, []))),
    dict(src="L08_glenbervie.txt", out="glenbervie-council-eirs-GC-EIR-0457.txt", pipe="copy",
         authority="Glenbervie Council", reference="GC/EIR/0457",
         date="2024-11-19", received="2024-10-23", regime="foisa",
         layout="plain text, Scottish EIRs; numbered '1)' questions each followed by indented answer; separate public interest section",
         traps=["Scottish EIRs regulation numbering (10(4)(a), 10(5)(b), 10(5)(e), 11(2))", "correspondence released with names redacted reg 11(2)",
                "reg 10(1)(b) and 10(5)(d) mentioned but not applied", "only the request date given (received)"],
         questions=q(("1", R, []), ("2", PR, ["reg11(2)"]), ("3", W, ["reg10(5)(b)"]), ("4", W, ["reg10(5)(e)"]),
                     ("5", R, []), ("6", NH, ["reg10(4)(a)"]))),
    dict(src="L09_wqr.html", out="waterways-quality-regulator-eir-25-219.pdf", pipe="chrome_pdf",
         authority="Waterways Quality Regulator", reference="WQR/EIR/25/219",
         date="2025-02-26", received="2025-01-29", regime="eir",
         layout="regulator EIR letter; numbered request in a blockquote; answers grouped by topic headings with no numbers",
         traps=["answers by topic not by number", "US-style dates (February 26, 2025)", "enforcement amounts given, live negotiation amount withheld reg12(5)(b)",
                "NCND reg12(6) with reg12(5)(b)", "reg12(4)(e) and FOIA s43 mentioned but not applied", "reg 11 review boilerplate"],
         questions=q(("1", R, []), ("2", W, ["reg12(5)(b)"]), ("3", PR, ["reg12(5)(b)"]), ("4", W, ["reg13(1)"]),
                     ("5", R, ["reg6(1)(b)"]), ("6", N, ["reg12(5)(b)", "reg12(6)"]))),
    dict(src="L10_vsla.txt", out="vsla-foi2025-03318.txt", pipe="copy",
         authority="Vehicle Standards and Licensing Agency", reference="FOI2025/03318",
         date="2025-04-10", received="2025-03-13", regime="foia",
         layout="plain text; numbered request; single cost refusal for the whole request with arithmetic; advice and assistance",
         traps=["whole request refused s12(1) (central government £600/24 hours)", "s16, s40(2), s31 mentioned in advice but not applied",
                "2015-2020 / 2021-2024 periods in text"],
         questions=q(("1", RF, ["s12(1)"]), ("2", RF, ["s12(1)"]), ("3", RF, ["s12(1)"]), ("4", RF, ["s12(1)"]))),
    dict(src="L11_ravensmoor.html", out="university-of-ravensmoor-RU-FOI-2425-188.docx", pipe="docx",
         authority="University of Ravensmoor", reference="RU-FOI-2425-188",
         date="2025-05-20", received="2025-04-22", regime="foia",
         layout="DOCX: one automatically numbered list, each item holding the question (bold) and the answer",
         traps=["automatic Word numbering", "s22(1) future publication = released", "s36(2)(b)(ii) and s36(2)(c) run",
                "count of terminated agents given, names withheld s43(2)", "not recorded separately = not held", "ordinal dates (20th May 2025)"],
         questions=q(("1", R, []), ("2", R, []), ("3", R, []), ("4", W, ["s43(2)"]), ("5", PR, ["s43(2)"]),
                     ("6", R, ["s22(1)"]), ("7", W, ["s36(2)(b)(ii)", "s36(2)(c)"]), ("8", NH, []))),
    dict(src="L12_dunmere.html", out="dunmere-constabulary-disclosure-log-foi-0772-25.html", pipe="copy",
         authority="Dunmere Constabulary", reference="FOI 0772/25",
         date="2025-06-03", received="2025-05-07", regime="foia",
         layout="HTML police disclosure-log page; numbered request; grouped NCND for questions 1 to 3; answers for 4 and 5",
         traps=["grouped NCND 'questions 1 to 3' with s23(5), s24(2), s30(3), s31(3)", "page 'Published' date differs from response date",
                "s40(5) mentioned as not applied", "s21 link for policy", "cookie banner and nav"],
         questions=q(("1", N, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]), ("2", N, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]),
                     ("3", N, ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]), ("4", R, []), ("5", R, ["s21"]))),
    dict(src="L13_tamarside.html", out="tamarside-police-disclosure-log-TP-FOI-2025-01962.html", pipe="copy",
         authority="Tamarside Police", reference="TP/FOI/2025/01962",
         date="2025-05-15", received="2025-04-17", regime="foia",
         layout="HTML disclosure-log page; request as unnumbered bullets; single s12(2) refusal",
         traps=["s12(2) cost refusal worded 'neither confirms nor denies' (refused, not ncnd)", "s1(1)(a) quoted", "unnumbered bullets",
                "advice mentions published misconduct outcomes (not a release)"],
         questions=q(("1", RF, ["s12(2)"]), ("2", RF, ["s12(2)"]), ("3", RF, ["s12(2)"]))),
    dict(src="L14_avonleigh.html", out="avonleigh-council-AC-FOI-11408.pdf", pipe="lo_pdf",
         authority="Avonleigh Council", reference="AC-FOI-11408",
         date="2025-02-11", received="2025-01-21", regime="foia",
         layout="round-robin contract request answered in two bordered 3-column tables (No | Question | Response), one per part; numbering restarts",
         traps=["table cells wrap across several lines", "parts with restarting numbers and repeated question text",
                "supplier given, spend withheld s43(2); job title given, name withheld s40(2)", "EIR reg12(5)(e) mentioned by contrast, not applied",
                "dates dd-mm-yyyy"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", W, ["s43(2)"]), ("P1.Q3", R, []), ("P1.Q4", R, []), ("P1.Q5", R, []),
                     ("P1.Q6", R, []), ("P1.Q7", PR, ["s40(2)"]), ("P1.Q8", R, []),
                     ("P2.Q1", R, []), ("P2.Q2", W, ["s43(2)"]), ("P2.Q3", R, []), ("P2.Q4", R, []), ("P2.Q5", PR, ["s40(2)"]))),
    dict(src="L15_calderbrook.md", out="calderbrook-nhs-cpft-foi-4471.md", pipe="copy",
         authority="Calderbrook Partnership NHS Foundation Trust", reference="CPFT FOI 4471",
         date="2025-01-31", received="2025-01-03", regime="foia",
         layout="markdown; metadata table; numbered request; decision paragraph by question number; answers in prose under topic headings",
         traps=["decision paragraph lists questions answered/partly withheld/withheld", "answers by topic, no numbers",
                "provider names given, amounts withheld s43(2)", "total restraint count given, small ward figures withheld s40(2)",
                "s41 and s38 mentioned as not applied", "dates '31 Jan 2025'"],
         questions=q(("1", R, []), ("2", R, []), ("3", PR, ["s43(2)"]), ("4", PR, ["s40(2)"]), ("5", W, ["s40(2)"]),
                     ("6", R, ["s21"]), ("7", R, []))),
    dict(src="L16_mosswick.html", out="mosswick-dc-MDC-FOI-2516-scan.pdf", pipe="ocr",
         authority="Mosswick District Council", reference="MDC-FOI-2516",
         date="2025-06-12", received="2025-05-19", regime="foia",
         layout="OCR'd scan (image PDF with Tesseract text layer); Q1/A1 interleaved",
         traps=["OCR text layer (possible recognition errors)", "contractor named, cost withheld s43(2)", "number written as word ('Four')"],
         questions=q(("1", R, []), ("2", R, []), ("3", PR, ["s43(2)"]), ("4", NH, []))),
    dict(src="L17_caerwern.html", out="caerwern-council-eir-disclosure-log-0088.html", pipe="copy",
         authority="Caerwern Council", reference="CAER-EIR-2025-0088",
         date="2025-04-09", received="2025-03-12", regime="eir",
         layout="HTML disclosure-log page (Welsh council, EIR); 'Request N / Response N' headings",
         traps=["web page chrome", "contractors named, day rates withheld reg12(5)(e)", "survey released with landowner names removed reg13(1)",
                "not held reg12(4)(a) followed by an aside about zero TPO prosecutions", "reg6(1)(b) signpost = released"],
         questions=q(("1", R, []), ("2", R, []), ("3", PR, ["reg12(5)(e)"]), ("4", PR, ["reg13(1)"]),
                     ("5", NH, ["reg12(4)(a)"]), ("6", R, ["reg6(1)(b)"]))),
    dict(src="L18_cheviot.html", out="cheviot-vale-police-internal-review-IR-2025-031.docx", pipe="docx",
         authority="Cheviot Vale Police", reference="IR 2025/031",
         date="2025-07-02", received="2025-04-14", regime="foia",
         layout="DOCX internal review; request as auto-numbered list; review findings as a second auto-numbered list (Overturned/Upheld per question)",
         traps=["original s12(1) refusal of whole request overturned in part", "'Overturned' for Q3 leads to s40(2) withholding and for Q5 to not held",
                "Q4 refusal upheld s12(1)", "original reference FOI 2025/0288 also shown", "s16 mentioned, not an exemption", "automatic numbering"],
         questions=q(("1", R, []), ("2", R, []), ("3", W, ["s40(2)"]), ("4", RF, ["s12(1)"]), ("5", NH, []))),
    dict(src="L19_ardnish.html", out="nhs-ardnish-lorne-foi-2025-000214.pdf", pipe="chrome_gs",
         authority="NHS Ardnish and Lorne", reference="FOI/2025/000214",
         date="2025-03-06", received="2025-02-11", regime="foisa",
         layout="Scottish health board FOISA letter; two-part request (8 + 6, numbering restarts); decision paragraph naming questions across parts; reasons section; answers keyed 'Q1:' under Part headings. Chromium PDF re-distilled with Ghostscript",
         traps=["decision paragraph 'Question 2 of Part 1 and questions 1 and 3 of Part 2' and ranges '1, 3-6 and 8'", "NCND foisa s18(1) read with s35(1)(a)",
                "CIO name given, direct line withheld s38(1)(b)", "s31(1) FOISA considered but not applied", "s17 notice for not held",
                "Gaelic name in letterhead", "dates with weekday"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", W, ["foisa:s33(1)(b)"]), ("P1.Q3", R, []), ("P1.Q4", R, []), ("P1.Q5", R, []),
                     ("P1.Q6", R, []), ("P1.Q7", PR, ["foisa:s38(1)(b)"]), ("P1.Q8", R, ["foisa:s25(1)"]),
                     ("P2.Q1", W, ["foisa:s35(1)(a)"]), ("P2.Q2", N, ["foisa:s18(1)", "foisa:s35(1)(a)"]), ("P2.Q3", W, ["foisa:s35(1)(a)"]),
                     ("P2.Q4", R, []), ("P2.Q5", R, []), ("P2.Q6", NH, ["foisa:s17(1)"]))),
    dict(src="L20_wexcombe.txt", out="wexcombe-council-WXC-2025-1402.txt", pipe="copy",
         authority="Wexcombe Council", reference="WXC 2025 1402",
         date="2025-06-25", received="2025-05-28", regime="foia",
         layout="plain-text email; two questions (1)/(2); answers in attached spreadsheet / link",
         traps=["only two questions", "spreadsheet released with sole-trader names removed s40(2)", "s31(1)(a) discussed as previously applied but not now",
                "ICO decision notice reference IC-48812-K2P7 in text", "reference with spaces"],
         questions=q(("1", PR, ["s40(2)"]), ("2", R, ["s21"]))),
    dict(src="L21_brackenford.html", out="brackenford-nhs-FOI.2025.0587.pdf", pipe="chrome_pdf",
         authority="Brackenford and District Hospitals NHS Trust", reference="FOI.2025.0587",
         date="2025-03-21", received="2025-02-24", regime="foia",
         layout="three-column bordered table (No | Request | Trust Response) with long wrapping cells; harm test section after",
         traps=["table cells wrap across lines", "OS families given, Windows 10 count withheld s31(1)(a); pen-test month given, tester withheld s31(1)(a)",
                "s24(1) and s43(2) considered but not relied on", "harm test quotes s31(1)(a)"],
         questions=q(("1", R, []), ("2", PR, ["s31(1)(a)"]), ("3", W, ["s31(1)(a)"]), ("4", W, ["s31(1)(a)"]), ("5", R, []),
                     ("6", R, []), ("7", R, []), ("8", W, ["s31(1)(a)"]), ("9", PR, ["s31(1)(a)"]), ("10", R, []))),
    dict(src="L22_pendleford.txt", out="pendleford-bc-FOI-PBC-24-00987.txt", pipe="copy",
         authority="Pendleford Borough Council", reference="FOI/PBC/24/00987",
         date="2024-12-10", received="2024-11-12", regime="foia",
         layout="plain text; lettered request items (a)-(f); answers in prose out of order ((c), (f), (a), (b), (d), (e))",
         traps=["answers out of order", "lettered items numbered 1-6", "complaint count given, unproven names withheld s40(2)",
                "s42(1) legal privilege", "s36 mentioned as not relied on", "Regulations 2003 cited in text"],
         questions=q(("1", R, ["s21"]), ("2", R, []), ("3", R, []), ("4", PR, ["s40(2)"]), ("5", W, ["s42(1)"]), ("6", NH, []))),
    dict(src="L23_harbury.html", out="harbury-constabulary-HC-FOI-3356-24.pdf", pipe="lo_gs",
         authority="Harbury Constabulary", reference="HC/FOI/3356/24",
         date="2024-12-09", received="2024-11-11", regime="foia",
         layout="interleaved 'Question one – ...' headings with numbers written as words; LibreOffice PDF re-distilled with Ghostscript",
         traps=["question numbers written as words", "revocation counts given, small-category reasons withheld s40(2)",
                "s31(1)(a) and s38(1)(b) together", "s24 mentioned as not applied", "dates '9 Dec 2024'"],
         questions=q(("1", R, []), ("2", PR, ["s40(2)"]), ("3", W, ["s31(1)(a)", "s38(1)(b)"]), ("4", R, []), ("5", R, []), ("6", NH, []))),
    dict(src="L24_thornvale.html", out="thornvale-council-TVC-IG-FOI-4419.docx", pipe="docx",
         authority="Thornvale Council", reference="TVC/IG/FOI/4419",
         date="2024-09-30", received="2024-09-02", regime="foia",
         layout="DOCX; auto-numbered list of REQUEST / RESPONSE pairs",
         traps=["automatic Word numbering", "REQUEST/RESPONSE labels inside list items", "CEO count given, names withheld s40(2)",
                "contractor named, value withheld s43(2)", "dates dd.mm.yyyy"],
         questions=q(("1", R, []), ("2", R, []), ("3", PR, ["s40(2)"]), ("4", W, ["s31(1)(a)"]), ("5", PR, ["s43(2)"]))),
]


def run(cmd, **kw):
    env = dict(os.environ, HOME=os.path.join(WORK, "home"))
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (cmd, r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(WORK, "lo_profile"), "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chrome_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(WORK, "chrome"), "--print-to-pdf=" + out, "file://" + src])


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inp])


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(ROOT, L["out"])
    pipe = L["pipe"]
    tmp = os.path.join(WORK, "tmp")
    os.makedirs(tmp, exist_ok=True)
    if pipe == "copy":
        shutil.copyfile(src, out)
    elif pipe == "lo_pdf":
        shutil.move(soffice(src, "pdf:writer_pdf_Export", tmp), out)
    elif pipe == "lo_gs":
        gs_redistil(soffice(src, "pdf:writer_pdf_Export", tmp), out)
    elif pipe == "chrome_pdf":
        chrome_pdf(src, out)
    elif pipe == "chrome_gs":
        t = os.path.join(tmp, "chrome.pdf")
        chrome_pdf(src, t)
        gs_redistil(t, out)
    elif pipe == "docx":
        shutil.move(soffice(src, 'docx:MS Word 2007 XML', tmp), out)
    elif pipe == "ocr":
        pdf = soffice(src, "pdf:writer_pdf_Export", tmp)
        pngdir = os.path.join(tmp, "ocr")
        os.makedirs(pngdir, exist_ok=True)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r200",
             "-o", os.path.join(pngdir, "page-%02d.png"), pdf])
        pages = sorted(glob.glob(os.path.join(pngdir, "page-*.png")))
        lst = os.path.join(pngdir, "pages.txt")
        with open(lst, "w") as f:
            f.write("\n".join(pages) + "\n")
        run(["tesseract", lst, os.path.join(pngdir, "scan"), "pdf"])
        shutil.move(os.path.join(pngdir, "scan.pdf"), out)
    else:
        raise ValueError(pipe)


def main():
    os.makedirs(WORK, exist_ok=True)
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["src"][:3] not in only:
            continue
        print("render", L["out"], "(%s)" % L["pipe"])
        render(L)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["out"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": L["questions"],
        }
        full[L["out"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(ROOT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    with open(os.path.join(ROOT, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
    if not only:
        shutil.rmtree(WORK, ignore_errors=True)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for v in L["questions"].values() if v["stance"] == W)
    print("letters:", len(LETTERS), "questions:", nq, "withheld:", nw)


if __name__ == "__main__":
    main()
