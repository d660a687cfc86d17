#!/usr/bin/env python3
"""Render batch 55 and write expect.json / labels_full.json.

Truth (stances, exemptions, metadata) is held in LETTERS below, written by the
author alongside each source letter in src/. Nothing is parsed from output.
"""
import json, os, shutil, subprocess, sys, tempfile, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE
WORK = os.path.join(HERE, ".work")  # all scratch files stay inside the batch directory
os.makedirs(WORK, exist_ok=True)
tempfile.tempdir = WORK

R, PR, W, N, NH, RF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"

def q(stance, *ex):
    return {"stance": stance, "exemptions": sorted(ex)}

def part(n, items):
    return {f"P{n}.Q{i}": v for i, v in enumerate(items, 1)}

LETTERS = [
 dict(file="haverleigh-FOI-2025-03114.pdf", src="l01_haverleigh.html", render="lo_pdf",
      authority="London Borough of Haverleigh", reference="FOI/2025/03114", date="2025-03-04",
      received="2025-02-05", regime="foia", layout="two-column question/response table (LibreOffice PDF)",
      traps=["s43(2) public interest test below the table", "s40(2) names withheld beside released CEO count", "s21 signposting with link"],
      questions=part(1, [q(R), q(R), q(PR, "s43(2)"), q(PR, "s40(2)"), q(R), q(R), q(R, "s21")])),
 dict(file="westmarch-cc-WCC-FOI-25-0412.docx", src="l02_westmarch.html", render="docx",
      authority="Westmarch County Council", reference="WCC/FOI/25/0412", date="2025-03-07",
      received="2025-02-10", regime="foia", layout="restated request and answers both as automatic Word numbered lists",
      traps=["question and answer numbers exist only as automatic list numbering", "single question refused under s12(1) while others answered", "supplier names released, amounts withheld s43(2)"],
      questions=part(1, [q(R), q(R), q(R), q(PR, "s43(2)"), q(R), q(RF, "s12(1)")])),
 dict(file="aird-lomond-disclosure-ALC-FOI-2025-0288.html", src="l03_airdlomond.html", render="copy",
      authority="Aird Lomond Council", reference="ALC-FOI-2025-0288", date="2025-03-11",
      received="2025-02-13", regime="foisa", layout="disclosure-log page with You asked / We hold / Our response blocks",
      traps=["cookie banner, navigation and footer", "unnumbered questions", "FOISA s25 signposting", "s17 not-held notice", "publication date differs from response date"],
      questions=part(1, [q(R), q(R, "foisa:s25(1)"), q(W, "foisa:s38(1)(b)"), q(NH, "foisa:s17(1)"), q(W, "foisa:s33(1)(b)")])),
 dict(file="northmoor-police-FOI-000517-25.pdf", src="l04_northmoor.html", render="chrome",
      authority="Northmoor Police", reference="FOI 000517/25", date="2025-03-12",
      received="2025-02-14", regime="foia", layout="decision paragraph naming questions by part, then disclosed answers (Chromium PDF)",
      traps=["parts with restarting numbering", "NCND s23(5)/s24(2)/s31(3) for two questions", "Section 31(1)(a)(b) run", "repeated slogan footer and OFFICIAL markings"],
      questions={**part(1, [q(R), q(W, "s31(1)(a)", "s31(1)(b)"), q(R)]),
                 **part(2, [q(N, "s23(5)", "s24(2)", "s31(3)"), q(N, "s23(5)", "s24(2)", "s31(3)"), q(R), q(W, "s40(2)")])}),
 dict(file="severnside-constabulary-2025-1187.txt", src="l05_severnside.txt", render="copy",
      authority="Severnside Constabulary", reference="2025/1187", date="2025-03-03",
      received="2025-02-05", regime="foia", layout="plain-text police letter, quoted lettered request, single refusal",
      traps=["s12(2) cost refusal worded as neither confirm nor deny (refused, not ncnd)", "police no-inference sentence", "dd/mm/yyyy dates"],
      questions=part(1, [q(RF, "s12(2)")] * 4)),
 dict(file="ashcombe-fire-AFRS-FOI-0093.pdf", src="l06_ashcombe.html", render="chrome_gs",
      authority="Ashcombe Fire and Rescue Service", reference="AFRS-FOI-0093", date="2025-03-14",
      received="2025-02-17", regime="foia", layout="interleaved, question in bold then answer, no numbers (Chromium PDF re-distilled by Ghostscript)",
      traps=["questions never numbered", "partial release under s31(1)(a) (premises types given, names withheld)", "count released with names withheld s40(2)"],
      questions=part(1, [q(R), q(R), q(R), q(PR, "s31(1)(a)"), q(R), q(PR, "s40(2)")])),
 dict(file="kingsbridge-KRH-FOI-25-1042.pdf", src="l07_kingsbridge.html", render="lo_pdf",
      authority="Kingsbridge Royal Hospitals NHS Foundation Trust", reference="KRH/FOI/25/1042", date="2025-03-05",
      received="2025-02-06", regime="foia", layout="four-column table: No. | question | response | exemption (LibreOffice PDF)",
      traps=["exemption in its own column", "'None'/'N/A' in exemption column", "partial releases under s43(2) and s40(2)", "not held in a table row"],
      questions=part(1, [q(R), q(R), q(W, "s43(2)"), q(R), q(PR, "s43(2)"), q(PR, "s40(2)"), q(NH)])),
 dict(file="lowland-community-FOI-LCH-0331.md", src="l08_lowland.md", render="copy",
      authority="Lowland Community Health NHS Trust", reference="FOI-LCH-0331", date="2025-03-18",
      received="2025-02-19", regime="foia", layout="markdown; quoted request then answers, three answered in an attached spreadsheet",
      traps=["grouped answer 'Questions 1, 2 and 3' pointing to attachment", "s21 signposting"],
      questions=part(1, [q(R), q(R), q(R), q(NH), q(R, "s21")])),
 dict(file="east-fenmarsh-ambulance-disclosure-EFAS-FOI-25-219.html", src="l09_eastfenmarsh.html", render="copy",
      authority="East Fenmarsh Ambulance Service NHS Trust", reference="EFAS FOI 25-219", date="2025-03-20",
      received="2025-02-21", regime="foia", layout="disclosure-log page, Q1/A1 interleaved",
      traps=["cookie banner and NHS site chrome", "'fewer than five' partial release under s40(2)", "s43(2) for breakdown only"],
      questions=part(1, [q(R), q(R), q(R), q(R), q(W, "s40(2)"), q(PR, "s40(2)"), q(R), q(W, "s43(2)")])),
 dict(file="thornbury-university-IR-2025-007.docx", src="l10_thornbury.html", render="docx",
      authority="University of Thornbury", reference="IR-2025-007", date="2025-03-21",
      received="2025-01-09", regime="foia", layout="internal review letter; request as numbered list, findings per question in bold headings",
      traps=["internal review: stance is review outcome", "original reference FOI-2024-1188 also present", "original s43(2) overturned for Q1-2, replaced by s40(2) for Q4", "several dates (request, response, review request)"],
      questions=part(1, [q(R), q(R), q(W, "s43(2)"), q(PR, "s40(2)"), q(NH)])),
 dict(file="hollowdale-npa-EIR-2025-041.pdf", src="l11_hollowdale.html", render="chrome",
      authority="Hollowdale National Park Authority", reference="EIR/2025/041", date="2025-03-24",
      received="2025-02-24", regime="eir", layout="wholly prose; request summarised in one sentence, answered paragraph by paragraph (Chromium PDF)",
      traps=["questions never numbered", "EIR manifestly unreasonable for one item only", "reg 12(2) presumption mentioned but not an exception applied", "reg6(1)(b) signposting"],
      questions=part(1, [q(RF, "reg12(4)(b)"), q(R), q(R, "reg6(1)(b)"), q(W, "reg12(5)(e)"), q(W, "reg13(1)")])),
 dict(file="dri-FOI2025-04417.pdf", src="l12_dri.html", render="lo_pdf",
      authority="Department for Rural Infrastructure", reference="FOI2025/04417", date="2025-03-25",
      received="2025-02-25", regime="foia", layout="restated request in quotes, then numbered answers (LibreOffice PDF)",
      traps=["s21(1) and s22(1) signposting are released", "s35(1)(a) policy formulation", "PIT in annex", "minutes not held"],
      questions=part(1, [q(R, "s21(1)"), q(R, "s22(1)"), q(W, "s35(1)(a)"), q(R), q(PR, "s43(2)"), q(NH)])),
 dict(file="coastal-skills-CSC-FOI-0178.pdf", src="l13_coastalskills.txt", render="lo_pdf_gs",
      authority="Coastal Skills Council", reference="CSC/FOI/0178", date="2025-03-26",
      received="2025-02-27", regime="foia", layout="bulleted request numbered only by the authority; grouped answer 'Questions 3 to 5' (plain text via LibreOffice, re-distilled)",
      traps=["bullets numbered only by the authority", "grouped withholding Questions 3 to 5", "monospace text PDF"],
      questions=part(1, [q(R), q(R), q(W, "s43(2)"), q(W, "s43(2)"), q(W, "s43(2)"), q(R), q(W, "s40(2)")])),
 dict(file="brackenford-homes-BHP-FOI-2025-0062.pdf", src="l14_brackenford.html", render="chrome",
      authority="Brackenford Homes", reference="BHP-FOI-2025-0062", date="2025-03-27",
      received="2025-02-28", regime="foia", layout="REQUEST n / RESPONSE blocks, 14 questions (Chromium PDF)",
      traps=["14 questions", "dd.mm.yyyy dates", "two exemptions on one question (s31(1)(a) and s40(2))", "ALMO subject to FOIA via council ownership"],
      questions=part(1, [q(R)] * 6 + [q(NH), q(R), q(R), q(PR, "s43(2)"), q(R), q(R), q(W, "s31(1)(a)", "s40(2)"), q(R)])),
 dict(file="carrick-haven-disclosure-CHHA-EIR-25-014.html", src="l15_carrickhaven.html", render="copy",
      authority="Carrick Haven Harbour Authority", reference="CHHA/EIR/25/014", date="2025-03-28",
      received="2025-03-03", regime="eir", layout="disclosure-log page with Request | Response table",
      traps=["EIR NCND reg12(6) with reg12(5)(a)", "reg12(4)(a) not held", "reg6(1)(b) link", "ordinal dates"],
      questions=part(1, [q(R), q(R, "reg6(1)(b)"), q(R), q(W, "reg12(5)(e)"), q(N, "reg12(5)(a)", "reg12(6)"), q(NH, "reg12(4)(a)")])),
 dict(file="midshire-ca-MCA-1044.txt", src="l16_midshire.txt", render="copy",
      authority="Midshire Combined Authority", reference="MCA-1044", date="2025-03-10",
      received="2025-02-10", regime="foia", layout="plain text, answers inline beneath each question, two parts",
      traps=["parts A and B with numbering restarting", "s22(1) future publication is released", "dd-mm-yyyy dates"],
      questions={**part(1, [q(R), q(R), q(R, "s22(1)")]), **part(2, [q(R), q(R), q(W, "s31(1)(a)")])}),
 dict(file="northmoor-police-FOI-000602-25-scan.pdf", src="l17_northmoor_scan.html", render="ocr",
      authority="Northmoor Police", reference="FOI 000602/25", date="2025-03-17",
      received="2025-02-18", regime="foia", layout="OCR'd scan: parts with numbered question then 'Response:' (LibreOffice -> 150 dpi raster -> tesseract)",
      traps=["OCR text layer only", "parts restart numbering", "supplier released, spend withheld; two exemptions on one question"],
      questions={**part(1, [q(R), q(W, "s43(2)"), q(R), q(PR, "s40(2)")]),
                 **part(2, [q(W, "s31(1)(a)"), q(W, "s31(1)(a)", "s43(2)"), q(R)])}),
 dict(file="oakfield-learning-OLT-FOI-25-03.md", src="l18_oakfield.md", render="copy",
      authority="Oakfield Learning Trust", reference="OLT/FOI/25/03", date="2025-03-19",
      received="2025-02-20", regime="foia", layout="short markdown letter wholly in prose, two questions",
      traps=["questions only in prose", "small numbers suppressed under s40(2)", "s21 signposting"],
      questions=part(1, [q(R, "s21"), q(PR, "s40(2)")])),
 dict(file="ridgewater-dc-EIR-3391.txt", src="l19_ridgewater.txt", render="copy",
      authority="Ridgewater District Council", reference="EIR 3391", date="2025-03-31",
      received="2025-03-03", regime="eir", layout="plain text; bulleted request, Decision / Reasons / Public interest sections",
      traps=["whole request manifestly unreasonable reg12(4)(b)", "reg 12(4)(a) mentioned only to say it does not apply", "US-style dates (March 31, 2025)", "18-hour benchmark mentioned"],
      questions=part(1, [q(RF, "reg12(4)(b)")] * 4)),
 dict(file="nhs-carsewell-SHB-2025-0152.pdf", src="l20_carsewell.html", render="lo_pdf",
      authority="NHS Carsewell", reference="SHB/2025/0152", date="2025-03-13",
      received="2025-02-14", regime="foisa", layout="numbered request list then numbered answers (LibreOffice PDF)",
      traps=["FOISA NCND s18(1) read with s38(1)(b)", "FOISA cost refusal £600 for one question", "total released, per-person withheld"],
      questions=part(1, [q(R), q(N, "foisa:s18(1)", "foisa:s38(1)(b)"), q(R), q(PR, "foisa:s38(1)(b)"), q(RF, "foisa:s12(1)")])),
 dict(file="haverleigh-IR-2025-0061.txt", src="l21_haverleigh_ir.txt", render="copy",
      authority="London Borough of Haverleigh", reference="IR/2025/0061", date="2025-03-06",
      received="2025-01-08", regime="foia", layout="plain-text internal review decision, lettered questions answered (a)-(d)",
      traps=["internal review overturning a s12(1) refusal", "original reference FOI/2025/02207 also present", "company names released, individuals withheld s40(2)"],
      questions=part(1, [q(R), q(R), q(PR, "s40(2)"), q(R)])),
 dict(file="westmarch-cc-WCC-FOI-25-0509.pdf", src="l22_westmarch.html", render="chrome_gs",
      authority="Westmarch County Council", reference="WCC/FOI/25/0509", date="2025-03-14",
      received="2025-02-17", regime="foia", layout="'You asked: / Our response:' in two parts (Chromium PDF re-distilled by Ghostscript)",
      traps=["same questions repeated in two parts", "s43(2) only in part 2", "'as in Part 1' back-reference"],
      questions={**part(1, [q(R), q(R), q(R), q(PR, "s40(2)")]), **part(2, [q(R), q(W, "s43(2)"), q(R), q(PR, "s40(2)")])}),
 dict(file="kingsbridge-KRH-FOI-25-1187.docx", src="l23_kingsbridge.html", render="docx",
      authority="Kingsbridge Royal Hospitals NHS Foundation Trust", reference="KRH/FOI/25/1187", date="2025-03-20",
      received="2025-02-20", regime="foia", layout="14-item automatic numbered list, then prose answers out of order",
      traps=["hard: answers out of order", "question numbers written as words ('point six', 'question fourteen')", "request numbers only in automatic list numbering", "questions seven and nine grouped with different exemptions"],
      questions=part(1, [q(R)] * 6 + [q(W, "s43(2)"), q(R), q(W, "s40(2)"), q(R), q(R), q(R, "s21"), q(R), q(NH)])),
 dict(file="severnside-disclosure-2025-1094.html", src="l24_severnside_log.html", render="copy",
      authority="Severnside Constabulary", reference="2025/1094", date="2025-03-07",
      received="2025-02-07", regime="foia", layout="police disclosure-log page, numbered question headings with answers beneath",
      traps=["'Section 60' of CJPOA is not an exemption", "NCND s31(3) and s38(2)", "side navigation and cookie banner", "dd Mon yyyy dates"],
      questions=part(1, [q(R), q(R), q(R), q(N, "s31(3)", "s38(2)"), q(R), q(R)])),
]

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(" ".join(cmd) + "\n" + r.stdout + r.stderr)
        raise SystemExit(1)
    return r

def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo55_")
    extra = ["--infilter=HTML (StarWriter)"] if src.endswith(".html") else []
    run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless"] + extra + ["--convert-to", fmt, "--outdir", outdir, src])
    shutil.rmtree(prof, ignore_errors=True)

def render(L, tmp):
    src = os.path.join(SRC, L["src"]); dst = os.path.join(OUT, L["file"]); kind = L["render"]
    base = os.path.splitext(os.path.basename(src))[0]
    if kind == "copy":
        shutil.copyfile(src, dst)
    elif kind in ("lo_pdf", "lo_pdf_gs"):
        if src.endswith(".html"):
            soffice(src, "pdf:writer_pdf_Export", tmp)
        else:
            soffice(src, "pdf", tmp)
        pdf = os.path.join(tmp, base + ".pdf")
        if kind == "lo_pdf_gs":
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", dst, pdf])
        else:
            shutil.copyfile(pdf, dst)
    elif kind in ("chrome", "chrome_gs"):
        pdf = os.path.join(tmp, base + ".pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tempfile.mkdtemp(prefix='chr55_')}",
             f"--print-to-pdf={pdf}", "file://" + src])
        if kind == "chrome_gs":
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", dst, pdf])
        else:
            shutil.copyfile(pdf, dst)
    elif kind == "docx":
        # import HTML into Writer (not Writer/Web) so <ol> becomes real list numbering
        prof = tempfile.mkdtemp(prefix="lo55_")
        run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, src])
        shutil.rmtree(prof, ignore_errors=True)
        shutil.copyfile(os.path.join(tmp, base + ".docx"), dst)
    elif kind == "ocr":
        soffice(src, "pdf:writer_pdf_Export", tmp)
        pdf = os.path.join(tmp, base + ".pdf")
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r150", "-o", os.path.join(tmp, "scan-%02d.png"), pdf])
        parts = []
        for png in sorted(glob.glob(os.path.join(tmp, "scan-*.png"))):
            outbase = png[:-4]
            run(["tesseract", png, outbase, "-l", "eng", "pdf"])
            parts.append(outbase + ".pdf")
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", dst] + parts)
    else:
        raise ValueError(kind)

def main():
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        tmp = tempfile.mkdtemp(prefix="b55_")
        render(L, tmp)
        shutil.rmtree(tmp, ignore_errors=True)
        print("rendered", L["file"])
    expect = {"letters": {L["file"]: {"authority": L["authority"], "reference": L["reference"], "date": L["date"],
                                       "questions": L["questions"]} for L in LETTERS}}
    with open(os.path.join(OUT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    full = {L["file"]: {"received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"]}
            for L in LETTERS}
    with open(os.path.join(OUT, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for v in L["questions"].values() if v["stance"] == W)
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"{len(LETTERS)} letters, {nq} questions, {nw} withheld")

if __name__ == "__main__":
    main()
