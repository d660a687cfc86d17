#!/usr/bin/env python3
"""Render batch 39 and write expect.json from the truth held here."""
import json, os, shutil, subprocess, sys, tempfile, glob

OUT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(OUT, "src")


def Q(stance, *ex):
    return {"stance": stance, "exemptions": sorted(ex)}

R, PR, W, N, NH, RF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"
S31AB = ("s31(1)(a)", "s31(1)(b)")

LETTERS = [
  dict(src="l01_dunholme.html", out="dunholme-constabulary-FOI-0877-25.pdf", how="soffice_pdf",
       authority="Dunholme Constabulary", reference="FOI 0877/25", date="2025-03-04", received="2025-02-05",
       regime="foia", layout="restate then decision paragraph; request in two parts (numbering restarts)",
       traps=["award banner repeated on every page", "same question text in both parts",
              "s31 exemption text quoted and contrasted with s23 (not applied)", "s40(2) partial for contact details"],
       questions={"P1.Q1": Q(W, *S31AB), "P1.Q2": Q(NH), "P1.Q3": Q(R), "P1.Q4": Q(W, *S31AB),
                  "P1.Q5": Q(W, *S31AB), "P1.Q6": Q(PR, "s40(2)"), "P1.Q7": Q(W, *S31AB),
                  "P2.Q1": Q(W, *S31AB), "P2.Q2": Q(R), "P2.Q3": Q(R), "P2.Q4": Q(PR, "s40(2)"),
                  "P2.Q5": Q(W, *S31AB)}),
  dict(src="l02_fenwick.txt", out="fenwick-heath-dc-FOI-2025-0123.txt", how="copy",
       authority="Fenwick Heath District Council", reference="FOI/2025/0123", date="2025-04-17", received="2025-03-20",
       regime="foia", layout="interleaved Q1/A1",
       traps=["'Nil' is a released zero", "'N/A – see A2' is not not-held", "numbers as words ('Three')", "s21 signpost"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(R), "P1.Q5": Q(NH), "P1.Q6": Q(R, "s21")}),
  dict(src="l03_ardnashiel.md", out="ardnashiel-council-foisa-2025-0456.md", how="copy",
       authority="Ardnashiel Council", reference="2025-0456", date="2025-03-11", received="2025-02-12",
       regime="foisa", layout="You asked: / Our response: (unnumbered questions)",
       traps=["Our ref / Your ref in a table", "day-name date", "section 17 notice is not-held"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(PR, "foisa:s33(1)(b)"), "P1.Q4": Q(PR, "foisa:s38(1)(b)"),
                  "P1.Q5": Q(NH), "P1.Q6": Q(R, "foisa:s25(1)")}),
  dict(src="l04_queensmere.html", out="queensmere-uh-nhsft-QUH-FOI-25-0317.pdf", how="chromium_pdf",
       authority="Queensmere University Hospitals NHS Foundation Trust", reference="QUH-FOI-25-0317", date="2025-02-28",
       received="2025-01-31", regime="foia", layout="table (No. | question | response), Chromium PDF",
       traps=["one answer is an attached spreadsheet", "numbers as words ('Twenty-three')"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(W, "s43(2)"), "P1.Q4": Q(R), "P1.Q5": Q(PR, "s40(2)"),
                  "P1.Q6": Q(R), "P1.Q7": Q(R), "P1.Q8": Q(NH)}),
  dict(src="l05_calderwick.html", out="calderwick-frs-F0031142.docx", how="soffice_docx",
       authority="Calderwick Fire and Rescue Service", reference="F0031142", date="2025-05-09", received="2025-04-11",
       regime="foia", layout="restate (auto-numbered Word list) then one response block keyed 'point N'",
       traps=["answers out of order ('In answer to point 3' first)", "answers keyed by words ('your first question')",
              "request numbers exist only as automatic list numbering"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(PR, "s43(2)"), "P1.Q5": Q(W, "s40(2)"),
                  "P1.Q6": Q(NH)}),
  dict(src="l06_halbury.html", out="halbury-thorne-icb-disclosure-REQ-20417.html", how="copy",
       authority="NHS Halbury and Thorne Integrated Care Board", reference="REQ-20417", date="2025-03-14",
       received="2025-02-14", regime="foia", layout="disclosure-log web page; interleaved Question N / Answer",
       traps=["US-order dates", "cookie banner, nav and footer clutter", "'0' is a released zero", "s22 future publication"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(PR, "s43(2)"), "P1.Q4": Q(R), "P1.Q5": Q(R, "s22")}),
  dict(src="l07_blackstone.html", out="blackstone-mbc-internal-review-IR-25-07.pdf", how="soffice_pdf",
       authority="Blackstone Metropolitan Borough Council", reference="IR/25/07", date="2025-02-07", received="2024-11-14",
       regime="foia", layout="internal review (original s12 decision, review outcome in bold)",
       traps=["original decision refused everything; review releases Q1-2", "original reference also quoted",
              "cost arithmetic"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(RF, "s12(1)"), "P1.Q4": Q(W, "s40(2)")}),
  dict(src="l08_drgp.txt", out="drgp-TO2025-08813.txt", how="copy",
       authority="Department for Regional Growth and Ports", reference="TO2025/08813", date="2025-05-22",
       received="2025-04-24", regime="foia", layout="restate (quoted list) then whole-request cost refusal",
       traps=["whole request refused under s12(1) (£600 central government)",
              "s21, s40(2) and s14 mentioned in advice but not applied"],
       questions={f"P1.Q{i}": Q(RF, "s12(1)") for i in range(1, 8)}),
  dict(src="l09_thornmere.html", out="thornmere-fells-npa-eir-TFNPA-EIR-25-031.docx", how="soffice_docx",
       authority="Thornmere Fells National Park Authority", reference="TFNPA/EIR/25/031", date="2025-06-02",
       received="2025-05-06", regime="eir", layout="grouped answers ('Questions 1 and 2', 'Question 6 and any other information')",
       traps=["EIR regulations", "reg 12(2) presumption mentioned (not an exception)", "answer in attached spreadsheet"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(W, "reg12(5)(b)"),
                  "P1.Q5": Q(PR, "reg13(1)"), "P1.Q6": Q(NH)}),
  dict(src="l10_llugwy.md", out="llugwy-valley-uhb-FOI-25-612.md", how="copy",
       authority="Llugwy Valley University Health Board", reference="FOI 25/612", date="2025-06-03", received="2025-05-06",
       regime="foia", layout="REQUEST / RESPONSE blocks; bilingual Welsh letterhead",
       traps=["dd-mm-yyyy dates", "bilingual labels"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(N, "s40(5B)(a)(i)"), "P1.Q4": Q(W, "s43(2)"),
                  "P1.Q5": Q(R, "s21")}),
  dict(src="l11_mercian.txt", out="mercian-borders-police-MBP-FOI-002713-25.txt", how="copy",
       authority="Mercian Borders Police", reference="MBP/FOI/002713/25", date="2025-01-16", received="2024-12-18",
       regime="foia", layout="interleaved Request N / Answer",
       traps=["NCND with three subsections", "OFFICIAL markings", "Section 31(1)(a)(b) run"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(N, "s23(5)", "s24(2)", "s31(3)"),
                  "P1.Q4": Q(W, "s24(1)", *S31AB), "P1.Q5": Q(R)}),
  dict(src="l12_pelham.html", out="pelham-marsh-disclosure-FOIR-2025-1187.html", how="copy",
       authority="Pelham Marsh Council", reference="FOIR-2025-1187", date="2025-05-05", received="2025-04-07",
       regime="foia", layout="disclosure-log web page; grouped answers in attachment",
       traps=["heavy page clutter (cookie dialog, alert banner, mega-menu, sidebar promo)",
              "'Questions 1 and 2: see the attached spreadsheet'", "bank-holiday date in alert banner"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(PR, "s43(2)")}),
  dict(src="l13_ardkeel.html", out="nhs-ardkeel-foisa-ARK-FOI-2025-0191.pdf", how="chromium_pdf",
       authority="NHS Ardkeel", reference="ARK-FOI-2025-0191", date="2025-03-19", received="2025-02-20",
       regime="foisa", layout="interleaved 'N. question / Response:'",
       traps=["numeric dates", "section 2C of another Act mentioned", "s17 notice"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(W, "foisa:s38(1)(b)"), "P1.Q4": Q(R),
                  "P1.Q5": Q(W, "foisa:s30(b)(ii)"), "P1.Q6": Q(NH), "P1.Q7": Q(R, "foisa:s25(1)")}),
  dict(src="l14_humbermouth.html", out="humbermouth-pte-0389-25.pdf", how="soffice_gs_pdf",
       authority="Humbermouth Passenger Transport Executive", reference="0389-25", date="2025-03-27",
       received="2025-03-03", regime="foia", layout="restate (one quoted paragraph) then answers keyed Q1:",
       traps=["page break in the middle of an answer", "words hyphenated across lines", "'Nil' released zero",
              "Your ref is a date"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(PR, "s43(2)"), "P1.Q3": Q(R, "s21"), "P1.Q4": Q(R), "P1.Q5": Q(R),
                  "P1.Q6": Q(W, "s42(1)")}),
  dict(src="l15_mournevale.txt", out="mournevale-he-MHE-FOI-25-0093.txt", how="copy",
       authority="Mournevale Housing Executive", reference="MHE/FOI/25/0093", date="2025-06-12", received="2025-05-15",
       regime="foia", layout="interleaved, two parts (numbering restarts)",
       traps=["question numbers written as words ('Question One')", "'not recorded separately' is not held"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(R), "P1.Q5": Q(R), "P1.Q6": Q(W, "s43(2)"),
                  "P1.Q7": Q(NH), "P1.Q8": Q(W, "s31(1)(a)"),
                  "P2.Q1": Q(R), "P2.Q2": Q(R), "P2.Q3": Q(R), "P2.Q4": Q(R), "P2.Q5": Q(NH), "P2.Q6": Q(W, "s40(2)")}),
  dict(src="l16_wendlebury.html", out="wendlebury-cc-FOI-4471-25-scan.pdf", how="ocr_pdf",
       authority="Wendlebury County Council", reference="FOI 4471/25", date="2025-07-21", received="2025-06-23",
       regime="foia", layout="decision paragraph, then answers for the rest",
       traps=["OCR'd scan (text layer from tesseract)"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(W, "s43(2)"), "P1.Q4": Q(W, "s43(2)"),
                  "P1.Q5": Q(W, "s40(2)")}),
  dict(src="l17_iwra.html", out="iwra-internal-review-IR-2025-0044.docx", how="soffice_docx",
       authority="Inland Waters Regulation Authority", reference="IR-2025-0044", date="2025-01-30", received="2024-10-02",
       regime="eir", layout="internal review, item by item, with regime change FOIA -> EIR",
       traps=["s43(2) replaced by reg12(5)(e) (regime change, not stance change)", "s39 FOIA mentioned, not applied",
              "item 2 overturned to released", "original reference quoted"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(W, "reg12(5)(e)"), "P1.Q4": Q(NH),
                  "P1.Q5": Q(W, "reg13(1)")}),
  dict(src="l18_kettlewell.md", out="kettlewell-vale-college-KVC-FOI-25-07.md", how="copy",
       authority="Kettlewell Vale College", reference="KVC/FOI/25/07", date="2025-04-01", received="2025-03-10",
       regime="foia", layout="You asked: / Our response:", traps=[],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R, "s21"), "P1.Q3": Q(W, "s40(2)")}),
  dict(src="l19_brookhaven.html", out="brookhaven-cp-nhsft-disclosure-FOI-1187-25.html", how="copy",
       authority="Brookhaven Care Partnership NHS Foundation Trust", reference="FOI 1187/25", date="2025-06-03",
       received="2025-05-06", regime="foia", layout="disclosure-log web page; question | response table (unnumbered rows)",
       traps=["table rows not numbered", "cost refusal for one question only"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(PR, "s43(2)"), "P1.Q4": Q(R), "P1.Q5": Q(W, "s40(2)"),
                  "P1.Q6": Q(RF, "s12(1)")}),
  dict(src="l20_vtsa.txt", out="vtsa-F0048817.txt", how="copy",
       authority="Vehicle Testing and Standards Agency", reference="F0048817", date="2025-06-09", received="2025-05-12",
       regime="foia", layout="quoted lettered request (a)/(b), answers under 'Part (a)' headings",
       traps=["s12(2) cost refusal phrased 'neither confirm nor deny' is refused, not ncnd",
              "'Part (a)/(b)' are lettered questions, not parts", "abbreviated day-name date"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(RF, "s12(2)")}),
  dict(src="l21_queenshithe.html", out="lb-queenshithe-LBQ-FOI-25-2231.pdf", how="chromium_pdf",
       authority="London Borough of Queenshithe", reference="LBQ/FOI/25/2231", date="2025-05-30", received="2025-05-02",
       regime="foia", layout="REQUEST / RESPONSE labels, two parts (Part A / Part B, numbering restarts)",
       traps=["cluttered letterhead (phone, fax, minicom, awards strip, VAT footer)", "Your ref is an email date"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(PR, "s43(2)"), "P1.Q5": Q(W, "s40(2)"),
                  "P2.Q1": Q(R), "P2.Q2": Q(N, "s31(3)"), "P2.Q3": Q(R), "P2.Q4": Q(R)}),
  dict(src="l22_southmarsh.html", out="southmarsh-university-USM-IG-2025-0147.docx", how="soffice_docx",
       authority="University of Southmarsh", reference="USM-IG-2025-0147", date="2025-07-14", received="2025-06-16",
       regime="foia", layout="bulleted request, answers numbered only by the authority (auto list from 3); grouped 1 and 2",
       traps=["request bullets numbered only by the authority", "'Questions 1 and 2' grouped to an attached spreadsheet",
              "s36 run 36(2)(b)(ii) and 36(2)(c)"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(PR, "s43(2)"),
                  "P1.Q5": Q(W, "s36(2)(b)(ii)", "s36(2)(c)"), "P1.Q6": Q(W, "s40(2)")}),
  dict(src="l23_westpennine.html", out="west-pennine-ambulance-disclosure-WPAS-FOI-25-0331.html", how="copy",
       authority="West Pennine Ambulance Service NHS Trust", reference="WPAS/FOI/25/0331", date="2025-04-09",
       received="2025-03-12", regime="foia", layout="disclosure-log web page; 'N. question / Response:'",
       traps=["published date differs from response date", "cookie and emergency banners"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(NH), "P1.Q4": Q(R), "P1.Q5": Q(R),
                  "P1.Q6": Q(PR, "s43(2)"), "P1.Q7": Q(W, "s40(2)", "s41(1)")}),
  dict(src="l24_tegid.html", out="tegid-cbc-0415-25.pdf", how="soffice_pdf",
       authority="Tegid County Borough Council", reference="0415/25", date="2025-05-15", received="2025-04-17",
       regime="foia", layout="table (Word table exported to PDF, cells wrap); bilingual letterhead",
       traps=["dd.mm.yyyy dates", "bilingual letterhead in two columns", "answer in attached spreadsheet"],
       questions={"P1.Q1": Q(R), "P1.Q2": Q(R), "P1.Q3": Q(R), "P1.Q4": Q(R),
                  "P1.Q5": Q(W, "s31(1)(a)", "s38(1)(b)"), "P1.Q6": Q(PR, "s43(2)"), "P1.Q7": Q(NH)}),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stdout}\n{r.stderr}")
    return r


BUILD = os.path.join(OUT, ".build")


def soffice(src, target, outdir):
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(BUILD, "lo-profile"), "--headless",
         "--convert-to", target, "--outdir", outdir, src])


def render(L, tmp):
    src = os.path.join(SRC, L["src"])
    dst = os.path.join(OUT, L["out"])
    base = os.path.splitext(L["src"])[0]
    how = L["how"]
    if how == "copy":
        shutil.copyfile(src, dst)
    elif how == "soffice_docx":
        soffice(src, 'docx:MS Word 2007 XML', tmp)
        shutil.move(os.path.join(tmp, base + ".docx"), dst)
    elif how in ("soffice_pdf", "soffice_gs_pdf"):
        soffice(src, "odt", tmp)  # HTML -> Writer document first, as a Word user would
        soffice(os.path.join(tmp, base + ".odt"), "pdf", tmp)
        pdf = os.path.join(tmp, base + ".pdf")
        if how == "soffice_gs_pdf":
            run(["gs", "-q", "-sDEVICE=pdfwrite", "-o", dst, pdf])
        else:
            shutil.move(pdf, dst)
    elif how in ("chromium_pdf", "ocr_pdf"):
        pdf = os.path.join(tmp, base + ".pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(BUILD, "chromium-profile"),
             f"--print-to-pdf={pdf}", "file://" + src])
        if how == "chromium_pdf":
            shutil.move(pdf, dst)
        else:
            run(["gs", "-q", "-sDEVICE=png16m", "-r150", "-o", os.path.join(tmp, base + "-%02d.png"), pdf])
            pages = sorted(glob.glob(os.path.join(tmp, base + "-*.png")))
            lst = os.path.join(tmp, base + "-pages.txt")
            with open(lst, "w") as f:
                f.write("\n".join(pages) + "\n")
            run(["tesseract", lst, os.path.join(tmp, base + "-ocr"), "pdf"])
            shutil.move(os.path.join(tmp, base + "-ocr.pdf"), dst)
    else:
        sys.exit("unknown renderer " + how)


def main():
    only = set(sys.argv[1:])
    os.makedirs(BUILD, exist_ok=True)
    env_tmp = os.path.join(BUILD, "tmp")
    os.makedirs(env_tmp, exist_ok=True)
    os.environ["TMPDIR"] = env_tmp
    os.environ["HOME"] = BUILD
    with tempfile.TemporaryDirectory(dir=BUILD) as tmp:
        for L in LETTERS:
            if only and L["src"].split("_")[0] not in only:
                continue
            render(L, tmp)
            print("rendered", L["out"])
    shutil.rmtree(BUILD, ignore_errors=True)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["out"]] = {"authority": L["authority"], "reference": L["reference"], "date": L["date"],
                                        "questions": L["questions"]}
        full[L["out"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    with open(os.path.join(SRC, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for q in L["questions"].values() if q["stance"] == "withheld")
    print(f"{len(LETTERS)} letters, {nq} questions, {nw} withheld")


if __name__ == "__main__":
    main()
