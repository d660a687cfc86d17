#!/usr/bin/env python3
"""Render batch 48 and write expect.json / labels_full.json.

Labels come only from the LETTERS data below (the truth written with each
letter), never from the rendered output.
"""
import json, os, shutil, subprocess, sys, tempfile, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE

R, PR, W, N, NH, REF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"


def q(*items):
    """items: (id, stance, [exemptions])"""
    return [(i, s, sorted(e)) for i, s, e in items]


LETTERS = [
    dict(file="ravensholt-police-foi-2025-000781.pdf", src="l01_ravensholt.html", fmt="pdf_chrome",
         authority="Ravensholt Police", reference="FOI-2025-000781", date="2025-03-03", received="2025-02-06",
         regime="foia",
         layout="decision paragraph with parts (exempt questions named by number and part, harm/PIT block, then answers for the rest)",
         traps=["two parts with restarting numbering and repeated question text", "Section 31(1)(a)(b) compact citation plus s24(1)",
                "s17 refusal-notice mention", "s23 mentioned only by contrast", "earlier request reference FOI-2022-000415 quoted",
                "banner repeated on every page (Chromium table footer) and OFFICIAL header", "partial release with s40(2) for contact name"],
         questions=q(("P1.Q1", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), ("P1.Q2", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                     ("P1.Q3", R, []), ("P1.Q4", R, []),
                     ("P1.Q5", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), ("P1.Q6", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                     ("P1.Q7", PR, ["s40(2)"]),
                     ("P2.Q1", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), ("P2.Q2", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                     ("P2.Q3", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]), ("P2.Q4", W, ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                     ("P2.Q5", R, []))),
    dict(file="aldermoor-hospitals-ft-foi-25-0312.pdf", src="l02_aldermoor.html", fmt="pdf_lo",
         authority="Aldermoor Hospitals NHS Foundation Trust", reference="FOI/25/0312", date="2025-03-11", received="2025-02-11",
         regime="foia", layout="three-column No. | question | response table (LibreOffice PDF)",
         traps=["table cells wrap over several lines", "US-style dates (March 11, 2025)", "released zero '0.'",
                "'Not applicable' after an earlier answer is released", "s21 link", "public interest note below the table"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", PR, ["s43(2)"]), ("P1.Q4", NH, []),
                     ("P1.Q5", R, []), ("P1.Q6", R, ["s21"]), ("P1.Q7", W, ["s40(2)"]), ("P1.Q8", R, []))),
    dict(file="kilbrannan-council-foi-101944.pdf", src="l03_kilbrannan.html", fmt="pdf_lo",
         authority="Kilbrannan Council", reference="FOI-101944", date="2025-03-12", received="2025-02-18",
         regime="foisa", layout="You asked: / Our response: blocks, questions unnumbered",
         traps=["questions never numbered", "dd/mm/yyyy dates with separate request and received dates", "FOISA s17(1) not-held notice",
                "FOISA s25(1) and s27(1) (released)", "s20 and s47(1) in review boilerplate", "Gaelic name in letterhead"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", NH, ["foisa:s17(1)"]), ("P1.Q4", R, ["foisa:s25(1)"]),
                     ("P1.Q5", W, ["foisa:s38(1)(b)"]), ("P1.Q6", R, ["foisa:s27(1)"]))),
    dict(file="carreg-ddu-cc-eir-2025-0087.pdf", src="l04_carregddu.html", fmt="pdf_chrome",
         authority="Carreg Ddu County Council", reference="EIR-2025-0087", date="2025-03-14", received="2025-02-14",
         regime="eir", layout="interleaved bilingual 'Cais / Request N' then 'Ymateb / Response'",
         traps=["Welsh/English bilingual headings and date ('14 Mawrth 2025 / 14 March 2025')", "requester's own ref AH/flood/02",
                "reg12(2) presumption mentioned, not applied", "reg12(4)(d) withheld, reg6(1)(b) signposting, reg12(4)(a) not held",
                "redacted attachment = partial release under reg12(5)(e)", "reg11 in review boilerplate"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", PR, ["reg12(5)(e)"]), ("P1.Q3", NH, ["reg12(4)(a)"]),
                     ("P1.Q4", W, ["reg12(4)(d)"]), ("P1.Q5", R, ["reg6(1)(b)"]))),
    dict(file="dunmore-frs-foi-0119-25.pdf", src="l05_dunmore.html", fmt="pdf_lo_gs",
         authority="Dunmore Fire and Rescue Service", reference="DFRS/FOI/0119/25", date="2025-03-07", received="2025-02-10",
         regime="foia", layout="restate then answer (quoted numbered request, answers keyed Q1:, Q2: ...)",
         traps=["dd-mm-yyyy date (07-03-2025)", "'None.' is a released zero", "'Not applicable ... (see Q4)' is released",
                "word hyphenated across a line (chal-lenging)", "two exemptions s31(1)(a) + s38(1)(b) on one question",
                "Fire and Rescue Services Act 2004 named (not an exemption)", "Ghostscript re-distilled PDF"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", R, []), ("P1.Q4", R, []), ("P1.Q5", R, []),
                     ("P1.Q6", W, ["s31(1)(a)", "s38(1)(b)"]), ("P1.Q7", NH, []))),
    dict(file="hexham-vale-university-f25-0208.pdf", src="l06_hexham.html", fmt="pdf_chrome_gs",
         authority="The University of Hexham Vale", reference="F25-0208", date="2025-03-21", received="2025-02-24",
         regime="foia", layout="whole-request cost refusal; questions as unnumbered bullets",
         traps=["questions are bullets, never numbered", "s12(1) refusal of the whole request with arithmetic",
                "s16 advice and s14 mentioned, not applied", "academic years inside questions (2014/15 to 2023/24)",
                "small-caps letterhead extracts as split letters (T HE U NIVERSITY ...)", "bullet glyphs lost in PDF text"],
         questions=q(("P1.Q1", REF, ["s12(1)"]), ("P1.Q2", REF, ["s12(1)"]), ("P1.Q3", REF, ["s12(1)"]), ("P1.Q4", REF, ["s12(1)"]))),
    dict(file="niwr-internal-review-ir-2025-014.pdf", src="l07_niwr.html", fmt="pdf_lo",
         authority="National Inland Waterways Regulator", reference="IR-2025-014", date="2025-03-28", received="2024-12-02",
         regime="foia", layout="internal review: original request restated, original decision summarised, outcome per point with changes in bold",
         traps=["internal review: stance is the review outcome", "original reference FOI 2024/1187 quoted",
                "original exemptions s36(2)(b)(ii), s36(2)(c) overturned (point 1 now released)",
                "s40(2) partial release replaces full withholding", "several dates (review request, original response, received)"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", W, ["s35(1)(a)"]), ("P1.Q3", PR, ["s40(2)"]), ("P1.Q4", NH, []))),
    dict(file="coldwater-bc-foi-3390-scan.pdf", src="l08_coldwater.html", fmt="pdf_ocr",
         authority="Coldwater Borough Council", reference="FOI 3390", date="2025-03-19", received="2025-02-25",
         regime="foia", layout="restate then answer ('Response to question N' headings); OCR'd scan",
         traps=["OCR text layer (tesseract) rather than born-digital text", "partial release: contractor named, value withheld s43(2)",
                "s21 signposting", "not held for one question",
                "OCR errors (reference reads 'FO! 3390', URL and email mangled)"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", PR, ["s43(2)"]), ("P1.Q4", NH, []), ("P1.Q5", R, ["s21"]))),
    dict(file="loughside-drumard-bc-foi-25-0142.docx", src="l09_loughside.html", fmt="docx",
         authority="Loughside and Drumard Borough Council", reference="LDBC/FOI/25/0142", date="2025-03-13", received="2025-02-13",
         regime="foia", layout="interleaved: question (automatic Word list numbering) then 'Response:'",
         traps=["question numbers exist only as automatic list numbering", "Northern Ireland council; ICO Belfast address",
                "date with weekday (Thursday 13 March 2025)", "partial release with s43(2)", "year breakdowns with 0 released"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", W, ["s40(2)"]), ("P1.Q4", R, []),
                     ("P1.Q5", PR, ["s43(2)"]), ("P1.Q6", R, ["s21"]))),
    dict(file="nhs-strathallan-foi-2025-0417.docx", src="l10_strathallan.html", fmt="docx",
         authority="NHS Strathallan", reference="SH-FOI-2025-0417", date="2025-03-31", received="2025-03-03",
         regime="foisa", layout="restate (automatic list numbering) then 'Question N –' answers",
         traps=["request numbered only by automatic list numbering", "FOISA s33(1)(b) partial release", "s17(1) not-held notice",
                "s25(1) signposting", "s20 in review boilerplate"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", PR, ["foisa:s33(1)(b)"]), ("P1.Q3", R, []), ("P1.Q4", NH, ["foisa:s17(1)"]),
                     ("P1.Q5", R, ["foisa:s25(1)"]))),
    dict(file="marlow-end-dc-eir-25-0066.docx", src="l11_marlowend.html", fmt="docx",
         authority="Marlow End District Council", reference="EIR/25/0066", date="2025-03-18", received="2025-02-20",
         regime="eir", layout="Word table: Item | Information requested | Response",
         traps=["ISO date in the letter (2025-03-18)", "EIR NCND: reg12(6) with reg12(5)(b)", "reg12(5)(a)-(g) quoted as a range",
                "reg13(1) withheld", "reg12(4)(a) not held (retention schedule)", "reg11 in review boilerplate"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", N, ["reg12(5)(b)", "reg12(6)"]), ("P1.Q4", W, ["reg13(1)"]),
                     ("P1.Q5", NH, ["reg12(4)(a)"]), ("P1.Q6", R, []))),
    dict(file="glenfarrar-university-foi-25-073.docx", src="l12_glenfarrar.html", fmt="docx",
         authority="University of Glenfarrar", reference="GU-FOI-25-073", date="2025-04-04", received="2025-03-07",
         regime="foisa", layout="request in two parts (each an automatically numbered list restarting at 1), then grouped answers per part",
         traps=["two parts, automatic numbering restarts", "grouped answer 'Questions 1 and 4'", "answers out of request order",
                "FOISA s33(1)(b), s38(1)(b), s27(1)", "Gaelic name in letterhead", "no named signatory"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", W, ["foisa:s33(1)(b)"]), ("P1.Q3", R, []), ("P1.Q4", R, []),
                     ("P2.Q1", R, []), ("P2.Q2", W, ["foisa:s38(1)(b)"]), ("P2.Q3", R, ["foisa:s27(1)"]))),
    dict(file="wyvern-ca-foi-3321.html", src="l13_wyvern.html", fmt="copy",
         authority="Wyvern Combined Authority", reference="WCA-FOI-3321", date="2025-03-21", received="2025-02-21",
         regime="foia", layout="disclosure-log web page; restate (Q1..Q6) then 'Our response' with grouped answers",
         traps=["site navigation, cookie banner, breadcrumbs, related links and footer", "'Date published 24/03/2025' differs from response date",
                "grouped answer 'Q2 and Q3'", "'question 6 and any other information relating to' grouping",
                "s22(1) future publication (released)", "s36(2)(b)(ii) + s36(2)(c) with qualified person", "s50 in boilerplate"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", W, ["s43(2)"]), ("P1.Q3", W, ["s43(2)"]), ("P1.Q4", R, ["s22(1)"]),
                     ("P1.Q5", R, []), ("P1.Q6", W, ["s36(2)(b)(ii)", "s36(2)(c)"]))),
    dict(file="harlowmere-police-foi-004128-25.html", src="l14_harlowmere.html", fmt="copy",
         authority="Harlowmere Police", reference="004128/25", date="2025-03-17", received="2025-02-19",
         regime="foia", layout="disclosure-log web page; Request list 1)..4) then Response 'Question N:'",
         traps=["police NCND with s24(2) and s31(3) plus 'should not be taken as conclusive evidence'",
                "s.24(1) / s.31(1)(a) dotted citations", "999/101 top bar and cookie banner",
                "NASPLE standards paragraph after the answers (no stance)", "dd/mm/yyyy dates in a meta table"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", W, ["s24(1)", "s31(1)(a)"]), ("P1.Q3", N, ["s24(2)", "s31(3)"]), ("P1.Q4", NH, []))),
    dict(file="penrhos-uhb-foi-25-118.html", src="l15_penrhos.html", fmt="copy",
         authority="Penrhos University Health Board", reference="PUHB/FOI/25/118", date="2025-03-20", received="",
         regime="foia", layout="disclosure-log web page; REQUEST (ordered list) / RESPONSE (numbered paragraphs)",
         traps=["Welsh health board page with language switch and cookie notice", "no received date given",
                "numbers as words in an answer ('Nine serious incidents')", "two exemptions s40(2) + s41(1)", "s21 link"],
         questions=q(("P1.Q1", NH, []), ("P1.Q2", R, []), ("P1.Q3", R, []), ("P1.Q4", R, []),
                     ("P1.Q5", W, ["s40(2)", "s41(1)"]), ("P1.Q6", R, ["s21"]))),
    dict(file="abbotsfield-lb-eir-19234.html", src="l16_abbotsfield.html", fmt="copy",
         authority="London Borough of Abbotsfield", reference="LBA-EIR-19234", date="2025-03-25", received="2025-02-25",
         regime="eir", layout="disclosure-log web page; interleaved 'Request N' / 'Answer'",
         traps=["dates with weekday ('Tuesday, 25 March 2025')", "reg13(1) partial release (ward counts given, addresses withheld)",
                "reg12(4)(b) manifestly unreasonable for one question only", "sidebar and footer navigation"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", PR, ["reg13(1)"]), ("P1.Q4", R, []),
                     ("P1.Q5", REF, ["reg12(4)(b)"]))),
    dict(file="smmc-foi-2025-031.txt", src="l17_smmc.txt", fmt="copy",
         authority="Scottish Marine Moorings Commission", reference="SMMC/FOI/2025/031", date="2025-03-28", received="2025-03-04",
         regime="foisa", layout="refusal notice; two requests described in one prose sentence",
         traps=["questions in prose, never numbered", "FOISA s14(1) vexatious refusal of both", "s14(2) mentioned only to say it was not applied",
                "s16(5) mentioned", "earlier references SMMC/FOI/2024/044 etc. quoted", "dd.mm.yyyy date"],
         questions=q(("P1.Q1", REF, ["foisa:s14(1)"]), ("P1.Q2", REF, ["foisa:s14(1)"]))),
    dict(file="tynemarsh-police-foi-2025-1187.txt", src="l18_tynemarsh.txt", fmt="copy",
         authority="Tynemarsh Police", reference="2025/1187", date="2025-03-10", received="2025-02-11",
         regime="foia", layout="cost refusal notice; lettered request a)-d)",
         traps=["s12(2) cost refusal that says 'neither confirms nor denies' (refused, not ncnd)", "lettered items a)-d)",
                "Road Traffic Act s165 and Police Reform Act s59 named inside a question", "s17(5) and s16 mentioned",
                "right-aligned letterhead, OFFICIAL marking", "received is the email date"],
         questions=q(("P1.Q1", REF, ["s12(2)"]), ("P1.Q2", REF, ["s12(2)"]), ("P1.Q3", REF, ["s12(2)"]), ("P1.Q4", REF, ["s12(2)"]))),
    dict(file="eastling-cc-foi-25-00562.md", src="l19_eastling.md", fmt="copy",
         authority="Eastling County Council", reference="ECC-FOI-25-00562", date="2025-03-24", received="2025-02-24",
         regime="foia", layout="questions in quoted prose, answered under topic headings in a different order",
         traps=["questions never numbered (prose)", "answers out of order (last question first)", "'Requested Mon 24 February 2025'",
                "one topic answer covers two questions with different stances (gritters owned released, out of action not held)",
                "partial release s43(2)"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", NH, []), ("P1.Q3", R, []), ("P1.Q4", PR, ["s43(2)"]), ("P1.Q5", R, ["s21"]))),
    dict(file="sperrin-bann-hsct-foi-2025-0233.md", src="l20_sperrinbann.md", fmt="copy",
         authority="Sperrin and Bann Health and Social Care Trust", reference="SBT/FOI/2025/0233", date="2025-03-26", received="2025-02-27",
         regime="foia", layout="unnumbered bullets in the request, answered 'Question One' ... 'Question Six'",
         traps=["bullets numbered only by the authority", "question numbers written as words", "answer as a markdown table",
                "NI health and social care trust; ICO Belfast", "date with weekday and ordinal"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", PR, ["s43(2)"]), ("P1.Q4", R, []), ("P1.Q5", NH, []),
                     ("P1.Q6", R, []))),
    dict(file="east-wessex-ambulance-foi-25-0481.txt", src="l21_eastwessex.txt", fmt="copy",
         authority="East Wessex Ambulance Service NHS Trust", reference="EWAS-FOI-25-0481", date="2025-03-27", received="2025-02-28",
         regime="foia", layout="interleaved Q1/A1 ... Q14/A14",
         traps=["14 questions", "two-digit-year dates (27/03/25)", "answer elsewhere: 'see the attached spreadsheet'",
                "s22(1) future publication and s21 link (released)", "s40(2) + s41(1) withheld", "long URL in answer"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", R, []), ("P1.Q4", R, []), ("P1.Q5", R, []),
                     ("P1.Q6", R, []), ("P1.Q7", W, ["s43(2)"]), ("P1.Q8", R, []), ("P1.Q9", R, []), ("P1.Q10", R, []),
                     ("P1.Q11", NH, []), ("P1.Q12", W, ["s40(2)", "s41(1)"]), ("P1.Q13", R, ["s21"]), ("P1.Q14", R, ["s22(1)"]))),
    dict(file="dept-rural-connectivity-foi2025-03187.txt", src="l22_drc.txt", fmt="copy",
         authority="Department for Rural Connectivity", reference="FOI2025/03187", date="2025-03-31", received="2025-03-03",
         regime="foia", layout="restate (quoted numbered list) then numbered responses; public interest annex",
         traps=["FOIA NCND s31(3) for one question", "s35(1)(a) quoted in an annex as well as applied",
                "cost limit £600 mentioned, not applied", "regional table inside an answer", "no named signatory"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", R, []), ("P1.Q3", W, ["s35(1)(a)"]), ("P1.Q4", R, ["s21"]), ("P1.Q5", R, []),
                     ("P1.Q6", N, ["s31(3)"]))),
    dict(file="caldermouth-university-ir-2025-006.md", src="l23_caldermouth.md", fmt="copy",
         authority="University of Caldermouth", reference="IR/2025/006", date="2025-04-03", received="2024-12-11",
         regime="foia", layout="internal review: original request, original response, outcome per question (upheld / partly upheld / not upheld)",
         traps=["internal review: stance is the outcome", "original reference FOI/2024/0917 quoted", "several dates with roles",
                "original 'not held' overturned to released", "'partly upheld' = partial release under s43(2)"],
         questions=q(("P1.Q1", PR, ["s43(2)"]), ("P1.Q2", W, ["s43(2)"]), ("P1.Q3", R, []))),
    dict(file="wessex-marshes-idb-eir-25-014.md", src="l24_wessexmarshes.md", fmt="copy",
         authority="Wessex Marshes Internal Drainage Board", reference="WMIDB EIR 25/014", date="2025-04-01", received="2025-03-05",
         regime="eir", layout="request in two parts (Part A / Part B, numbering restarts), responses per part",
         traps=["parts with restarting numbering", "near-identical 'Annual cost (2023/24)' question in both parts",
                "reg12(5)(a) public safety", "reg12(4)(a) not held", "ordinal dates", "signed only 'Clerk to the Board'"],
         questions=q(("P1.Q1", R, []), ("P1.Q2", W, ["reg12(5)(a)"]), ("P1.Q3", R, []),
                     ("P2.Q1", R, []), ("P2.Q2", R, []), ("P2.Q3", NH, ["reg12(4)(a)"]))),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (cmd, r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def soffice(src, target, tmp):
    # Import HTML as a Writer document (the Writer/Web import drops the first
    # paragraph and adds a blank first page when exporting to PDF).
    run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", tmp, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(":")[0]
    return os.path.join(tmp, base + "." + ext)


def chrome(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf-no-header", "--print-to-pdf=" + out, "file://" + src])


def gs_redistil(inp, out):
    run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-o", out, inp])


def ocr(pdf, out, tmp):
    run(["gs", "-q", "-sDEVICE=png16m", "-r150", "-o", os.path.join(tmp, "page-%02d.png"), pdf])
    pages = sorted(glob.glob(os.path.join(tmp, "page-*.png")))
    lst = os.path.join(tmp, "pages.txt")
    with open(lst, "w") as f:
        f.write("\n".join(pages) + "\n")
    base = os.path.join(tmp, "ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.move(base + ".pdf", out)


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(OUT, L["file"])
    fmt = L["fmt"]
    with tempfile.TemporaryDirectory() as tmp:
        if fmt == "copy":
            shutil.copyfile(src, out)
        elif fmt == "pdf_lo":
            shutil.move(soffice(src, "pdf", tmp), out)
        elif fmt == "pdf_lo_gs":
            gs_redistil(soffice(src, "pdf", tmp), out)
        elif fmt == "pdf_chrome":
            chrome(src, out)
        elif fmt == "pdf_chrome_gs":
            p = os.path.join(tmp, "c.pdf")
            chrome(src, p)
            gs_redistil(p, out)
        elif fmt == "pdf_ocr":
            ocr(soffice(src, "pdf", tmp), out, tmp)
        elif fmt == "docx":
            shutil.move(soffice(src, 'docx:MS Word 2007 XML', tmp), out)
        else:
            raise ValueError(fmt)


def main():
    only = set(sys.argv[1:])
    expect, full = {"letters": {}}, {}
    for L in LETTERS:
        if not only or L["file"] in only or L["src"] in only:
            print("rendering", L["file"], file=sys.stderr)
            render(L)
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {i: {"stance": s, "exemptions": e} for i, s, e in L["questions"]},
        }
        full[L["file"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for _, s, _ in L["questions"] if s == W)
    print("letters %d, questions %d, withheld %d" % (len(LETTERS), nq, nw), file=sys.stderr)


if __name__ == "__main__":
    main()
