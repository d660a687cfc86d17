#!/usr/bin/env python3
"""Render batch b47 (24 fictional UK FOI/EIR/FOISA response letters) and write labels.

Labels come only from the LETTERS data below (the truth written with each
letter), never from the rendered output.
"""
import json, os, shutil, subprocess, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, "build")

R, PR, W, N, NH, RF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"

def q(stance, *ex):
    return (stance, sorted(ex))

LETTERS = [
 dict(file="northmoor-constabulary-foi-0412-25.pdf", src="l01_northmoor.html", fmt="chromium",
      authority="Northmoor Constabulary", reference="FOI 0412/25", date="2025-03-04", received="2025-02-10",
      regime="foia", layout="decision paragraph with parts (exempt questions named by number and part, harm/PIT block, then answers for the rest)",
      traps=["two parts with restarting numbering and repeated question text", "s31(1)(a)(b) compact citation", "s24(1) added to one question", "s23 mentioned only by contrast", "earlier request reference FOI 1187/23 quoted", "banner repeated on every page", "page break inside the harm section", "not recorded separately = not held"],
      parts=[[q(R), q(R), q(R), q(W, "s31(1)(a)", "s31(1)(b)"), q(PR, "s40(2)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)")],
             [q(R), q(NH), q(R), q(W, "s31(1)(a)", "s31(1)(b)"), q(R)]]),
 dict(file="ardenvale-dc-eir-2025-0219.docx", src="l02_ardenvale.html", fmt="docx",
      authority="Arden Vale District Council", reference="EIR/2025/0219", date="2025-03-12", received="2025-02-13",
      regime="eir", layout="interleaved: question then Response, questions numbered by automatic Word list numbering",
      traps=["question numbers exist only as automatic list numbering", "EIR exceptions reg12(5)(e), reg12(5)(b), reg13(1), reg6(1)(b), reg12(4)(a)", "reg12(2) presumption mentioned, not applied", "your ref is a date"],
      parts=[[q(R), q(R), q(PR, "reg13(1)"), q(W, "reg12(5)(e)"), q(W, "reg12(5)(b)"), q(R, "reg6(1)(b)"), q(NH, "reg12(4)(a)")]]),
 dict(file="glenmorie-council-foi-25-0731.txt", src="l03_glenmorie.txt", fmt="copy",
      authority="Glenmorie Council", reference="GC/FOI/25/0731", date="2025-03-14", received="2025-02-17",
      regime="foisa", layout="You asked: / Our response: blocks, questions unnumbered",
      traps=["questions never numbered", "FOISA s25 signposting", "s17 not-held notice", "s47(1) in review-rights boilerplate", "dd/mm/yyyy dates"],
      parts=[[q(R), q(R, "foisa:s25(1)"), q(PR, "foisa:s38(1)(b)"), q(NH, "foisa:s17(1)"), q(W, "foisa:s33(1)(b)")]]),
 dict(file="westbrook-hale-nhs-foi-wht-25-0188.pdf", src="l04_westbrook.html", fmt="soffice_pdf",
      authority="Westbrook and Hale Hospitals NHS Foundation Trust", reference="FOI/WHT/25/0188", date="2025-03-07", received="2025-02-07",
      regime="foia", layout="two-column request | response table exported by LibreOffice",
      traps=["table cells wrap over several lines", "US-style date March 7, 2025", "answer by cross-reference ('for the reasons given at question 2')", "s21 link", "received date is the date of the email"],
      parts=[[q(R), q(PR, "s43(2)"), q(R), q(W, "s40(2)"), q(R), q(R, "s21"), q(NH), q(W, "s43(2)")]]),
 dict(file="tawel-valley-cc-foi-3318.md", src="l05_tawel.md", fmt="copy",
      authority="Tawel Valley County Council", reference="FOI 3318", date="2025-03-17", received="2025-02-18",
      regime="foia", layout="restate then answer, answers keyed 'Question N –' (bilingual Welsh/English letterhead)",
      traps=["bilingual Welsh/English letterhead and date", "s22(1) future publication plus an older published figure", "blockquoted request in markdown"],
      parts=[[q(R), q(R), q(R, "s22(1)"), q(W, "s40(2)")]]),
 dict(file="carnmore-lough-ine-bc-foi-2025-0094.html", src="l06_carnmore.html", fmt="copy",
      authority="Carnmore and Lough Ine Borough Council", reference="FOI-2025-0094", date="2025-03-19", received="2025-02-20",
      regime="foia", layout="disclosure-log web page; grouped answers ('Questions 1 & 2', 'Questions 4 and 5')",
      traps=["cookie banner, navigation, breadcrumb, footer", "published-to-log date differs from response date", "related-request references in sidebar", "grouped answers with a data table", "s36 run with qualified person"],
      parts=[[q(R), q(R), q(R), q(W, "s36(2)(b)(ii)", "s36(2)(c)"), q(W, "s36(2)(b)(ii)", "s36(2)(c)")]]),
 dict(file="hollinshire-frs-foi-0057-25.pdf", src="l07_hollinshire.html", fmt="chromium",
      authority="Hollinshire Fire and Rescue Service", reference="HFRS/FOI/0057-25", date="2025-03-10", received="2025-02-10",
      regime="foia", layout="whole-request cost refusal, lettered items (a)-(d)",
      traps=["s12(1) refuses every question", "lettered items numbered 1-4", "cost arithmetic", "s16 and s17(5) mentioned, not stances", "dd.mm.yyyy date"],
      parts=[[q(RF, "s12(1)"), q(RF, "s12(1)"), q(RF, "s12(1)"), q(RF, "s12(1)")]]),
 dict(file="severnmarch-police-foi-000937-25.txt", src="l08_severnmarch.txt", fmt="copy",
      authority="Severnmarch Police", reference="SP-FOI-000937-25", date="2025-03-06", received="2025-02-06",
      regime="foia", layout="restate then answer, (1)-(4) numbering",
      traps=["NCND under s23(5) and s24(2)", "NCND under s31(3) with s1(1)(a) mentioned", "police 'no inference' wording", "OFFICIAL markings"],
      parts=[[q(R), q(N, "s23(5)", "s24(2)"), q(N, "s31(3)"), q(R)]]),
 dict(file="kestrel-dale-police-foi-2025-0266.html", src="l09_kestreldale.html", fmt="copy",
      authority="Kestrel Dale Police", reference="FOI 2025/0266", date="2025-03-11", received="2025-02-12",
      regime="foia", layout="disclosure-log web page; bulleted request, one response block",
      traps=["s12(2) cost refusal phrased as 'neither confirm nor deny' (refused, not ncnd)", "s31 and s40 named only to say they are not relied on", "bullets unnumbered", "cookie banner, nav, breadcrumb, footer"],
      parts=[[q(RF, "s12(2)"), q(RF, "s12(2)"), q(RF, "s12(2)")]]),
 dict(file="eastfold-university-foi-25-112.md", src="l10_eastfold.md", fmt="copy",
      authority="University of Eastfold", reference="UoE-FOI-25-112", date="2025-03-13", received="2025-02-12",
      regime="foia", layout="interleaved Q1/A1",
      traps=["ISO dates", "s36(2)(b)(ii) and s36(2)(c) run", "s21 and s22(1) signposting", "period 2023-24 inside questions"],
      parts=[[q(R), q(R), q(W, "s43(2)"), q(R, "s21"), q(W, "s36(2)(b)(ii)", "s36(2)(c)"), q(R, "s22(1)")]]),
 dict(file="vpra-internal-review-ir-0042.docx", src="l11_vpra.html", fmt="docx",
      authority="Veterinary Practice Regulation Authority", reference="IR-0042", date="2025-03-24", received="2025-01-08",
      regime="foia", layout="internal review: original decision summarised, outcome per question, changes in bold",
      traps=["internal review: review outcome is the stance", "original reference FOI-0311 also given", "review request date 3 March differs from original received date", "s31(1)(g) by virtue of s31(2)(a) and (c)", "original s40(2) overturned to released", "partially upheld s43(2)"],
      parts=[[q(W, "s31(1)(g)", "s31(2)(a)", "s31(2)(c)"), q(R), q(NH), q(PR, "s43(2)")]]),
 dict(file="drc-foi2025-04417.pdf", src="l12_drc.html", fmt="gs_pdf",
      authority="Department for Rural Connectivity", reference="FOI2025/04417", date="2025-03-20", received="2025-02-20",
      regime="foia", layout="prose request restated in quotes, answered paragraph by paragraph; annexes",
      traps=["questions never numbered (prose request)", "answer in an annex table", "s36 mentioned in annex but not relied on", "Ghostscript re-distilled PDF", "partially released document with s40(2) and s43(2) redactions"],
      parts=[[q(R), q(R), q(W, "s35(1)(a)"), q(W, "s40(2)"), q(PR, "s40(2)", "s43(2)")]]),
 dict(file="nhs-glenbarra-foi-25-0348.docx", src="l13_glenbarra.html", fmt="docx",
      authority="NHS Glenbarra", reference="FOI/25/0348", date="2025-03-27", received="2025-02-28",
      regime="foisa", layout="interleaved Request N / Response",
      traps=["FOISA s30(b)(i) and (ii)", "s17(1) not-held notice", "weekday in date", "empty 'Your Ref:' field"],
      parts=[[q(R), q(R), q(R), q(PR, "foisa:s33(1)(b)"), q(W, "foisa:s30(b)(i)", "foisa:s30(b)(ii)"), q(NH, "foisa:s17(1)")]]),
 dict(file="wexcombe-cc-eir-cas-77213.pdf", src="l14_wexcombe.html", fmt="soffice_pdf",
      authority="Wexcombe County Council", reference="CAS-77213-P9K2Q1", date="2025-03-18", received="2025-02-18",
      regime="eir", layout="interleaved: bold numbered question, italic Response",
      traps=["CRM-style case number", "reg12(4)(b) manifestly unreasonable for one question only", "reg6(1)(b) signposting", "reg11 review boilerplate", "received and response dates on one line"],
      parts=[[q(R), q(R, "reg6(1)(b)"), q(RF, "reg12(4)(b)"), q(R), q(W, "reg12(5)(e)"), q(W, "reg13(1)")]]),
 dict(file="brackley-moor-mbc-foi-25-0409.txt", src="l15_brackleymoor.txt", fmt="copy",
      authority="Brackley Moor Metropolitan Borough Council", reference="BMC 25/0409", date="2025-03-19", received="2025-02-21",
      regime="foia", layout="request as bullets, answers numbered only by the authority",
      traps=["bullets numbered only by the authority", "date 'Mar 19 2025'", "partial release of counts with reasons withheld", "s31(1)(a) for enforcement plans"],
      parts=[[q(R), q(R), q(PR, "s40(2)"), q(R), q(W, "s31(1)(a)")]]),
 dict(file="wealdmarsh-police-foi-003341.html", src="l16_wealdmarsh.html", fmt="copy",
      authority="Wealdmarsh Police", reference="WP/FOI/003341", date="2025-03-24", received="2025-02-24",
      regime="foia", layout="disclosure-log web page; answers out of order, numbers written as words",
      traps=["answers out of order ('In answer to point three')", "numbers written as words", "grouped 'questions one and two'", "nil is a released zero", "published date differs from response date", "cookie banner, nav, sidebar, footer"],
      parts=[[q(R), q(R), q(R), q(R), q(R, "s21"), q(W, "s40(2)")]]),
 dict(file="south-marches-ambulance-foi-2025-142.md", src="l17_southmarches.md", fmt="copy",
      authority="South Marches Ambulance Service NHS Trust", reference="FOI-SMAS-2025-142", date="2025-03-11", received="2025-02-12",
      regime="foia", layout="bold numbered questions with answers beneath; answers elsewhere (attached spreadsheet)",
      traps=["answers in attached spreadsheet are released", "not held phrased as 'does not hold ... in a reportable form'", "s40(2) and s41(1) together", "ordinal dates"],
      parts=[[q(R), q(R), q(NH), q(W, "s40(2)", "s41(1)")]]),
 dict(file="inverallan-university-f0045122.pdf", src="l18_inverallan.html", fmt="chromium",
      authority="University of Inverallan", reference="F0045122", date="2025-03-25", received="2025-02-25",
      regime="foisa", layout="restate then answer, numbered bold questions",
      traps=["FOISA s18(1) NCND resting on s38(1)(b)", "FOISA s36(1) legal privilege", "FOISA s25(1)", "charity number in footer", "s47 in review boilerplate"],
      parts=[[q(R), q(N, "foisa:s18(1)", "foisa:s38(1)(b)"), q(W, "foisa:s36(1)"), q(R, "foisa:s25(1)")]]),
 dict(file="thamesbridge-lb-foi-11873.docx", src="l19_thamesbridge.html", fmt="docx",
      authority="London Borough of Thamesbridge", reference="FOI/11873", date="2025-03-13", received="2025-02-13",
      regime="foia", layout="interleaved, 14 questions numbered by automatic Word list numbering, italic Answer",
      traps=["14 questions", "question numbers exist only as automatic list numbering", "answer in attached spreadsheet", "'No information held' for quotas", "s21 link", "UK GDPR subject access mentioned"],
      parts=[[q(R), q(R), q(R), q(R), q(R), q(R), q(PR, "s43(2)"), q(NH), q(R, "s21"), q(R), q(W, "s40(2)"), q(R), q(R), q(W, "s40(2)")]]),
 dict(file="ellingham-chs-internal-review-ir-0031.pdf", src="l20_ellingham.html", fmt="soffice_pdf",
      authority="Ellingham Community Health NHS Trust", reference="ECH-IR-0031", date="2025-03-31", received="2025-01-02",
      regime="foia", layout="internal review overturning a whole-request s12(1) refusal; outcomes per question in bold",
      traps=["internal review: original s12(1) refusal overturned", "original reference ECH-FOI-2401 and ICO case IC-31877-K2W8 also quoted", "review request date differs from original received date", "answers in an attached table"],
      parts=[[q(R), q(R), q(NH)]]),
 dict(file="harrowdale-npa-eir-25-031.html", src="l21_harrowdale.html", fmt="copy",
      authority="Harrowdale National Park Authority", reference="EIR 25-031", date="2025-03-04", received="2025-02-04",
      regime="eir", layout="disclosure-log web page; lettered request a)-e) answered a)-e)",
      traps=["lettered items numbered 1-5", "reg12(5)(f)", "reg13(1) read with reg13(2A)(a)", "reg12(4)(d) material in course of completion", "reg12(2) presumption mentioned, not applied", "planning application reference inside question", "last-updated date in footer"],
      parts=[[q(R), q(W, "reg12(5)(f)"), q(R, "reg6(1)(b)"), q(PR, "reg13(1)", "reg13(2A)(a)"), q(W, "reg12(4)(d)")]]),
 dict(file="fenwold-dc-foi-25-061-scan.pdf", src="l22_fenwold.html", fmt="ocr",
      authority="Fenwold District Council", reference="FDC/FOI/25/061", date="2025-03-05", received="2025-02-05",
      regime="foia", layout="interleaved Q1/answer, short letter",
      traps=["OCR'd scan (tesseract text layer)", "'None' is a released zero", "not held because another body administered the grants"],
      parts=[[q(R), q(R), q(NH)]]),
 dict(file="coastal-harbours-commission-foi-0093.txt", src="l23_chc.txt", fmt="copy",
      authority="Coastal and Harbours Commission", reference="CHC-FOI-0093", date="2025-03-05", received="2025-02-05",
      regime="foia", layout="REQUEST / RESPONSE blocks in two parts (Contract 1 / Contract 2)",
      traps=["parts headed Contract 1 / Contract 2 with restarting numbering", "same question text in both parts with different stances", "contact partially released (title given, name withheld)", "'Requested: Wed 5 Feb 2025' header", "s50 in boilerplate"],
      parts=[[q(R), q(W, "s43(2)"), q(R), q(PR, "s40(2)")],
             [q(R), q(R), q(R), q(PR, "s40(2)")]]),
 dict(file="lowmoor-mht-foi-lmht-0917.md", src="l24_lowmoor.md", fmt="copy",
      authority="Lowmoor Mental Health NHS Trust", reference="LMHT-0917", date="2025-03-28", received="2025-03-03",
      regime="foia", layout="interleaved Q1:/A1:, two questions",
      traps=["only two questions", "dd/mm/yyyy dates", "salutation with name removed"],
      parts=[[q(R), q(W, "s40(2)")]]),
]

ENV = dict(os.environ, HOME=BUILD)

def run(cmd, **kw):
    r = subprocess.run(cmd, env=ENV, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (" ".join(cmd), r.stdout, r.stderr))
        raise SystemExit(1)
    return r

def soffice(args, outdir):
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(BUILD, "lo_profile"),
         "--headless", "--norestore"] + args + ["--outdir", outdir])

def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(BUILD, "chrome_profile"),
         "--print-to-pdf=" + out, "file://" + src])

def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(HERE, L["file"])
    stem = os.path.splitext(L["src"])[0]
    fmt = L["fmt"]
    if fmt == "copy":
        shutil.copyfile(src, out)
    elif fmt == "chromium":
        chromium_pdf(src, out)
    elif fmt == "docx":
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--infilter=HTML (StarWriter)", src], BUILD)
        shutil.move(os.path.join(BUILD, stem + ".docx"), out)
    elif fmt in ("soffice_pdf", "gs_pdf"):
        soffice(["--convert-to", "odt", "--infilter=HTML (StarWriter)", src], BUILD)
        soffice(["--convert-to", "pdf", os.path.join(BUILD, stem + ".odt")], BUILD)
        pdf = os.path.join(BUILD, stem + ".pdf")
        if fmt == "gs_pdf":
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf])
        else:
            shutil.move(pdf, out)
    elif fmt == "ocr":
        pdf = os.path.join(BUILD, stem + ".pdf")
        chromium_pdf(src, pdf)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r150",
             "-o", os.path.join(BUILD, stem + "-%d.png"), pdf])
        pages = sorted(glob.glob(os.path.join(BUILD, stem + "-*.png")))
        lst = os.path.join(BUILD, stem + "-pages.txt")
        with open(lst, "w") as f:
            f.write("\n".join(pages) + "\n")
        run(["tesseract", lst, os.path.join(BUILD, stem + "-ocr"), "-l", "eng", "pdf"])
        shutil.move(os.path.join(BUILD, stem + "-ocr.pdf"), out)
    else:
        raise ValueError(fmt)

def labels(L):
    qs = {}
    for pi, part in enumerate(L["parts"], 1):
        for qi, (stance, ex) in enumerate(part, 1):
            qs["P%d.Q%d" % (pi, qi)] = {"stance": stance, "exemptions": sorted(ex)}
    return qs

def main():
    only = set(sys.argv[1:])
    os.makedirs(BUILD, exist_ok=True)
    names = [L["file"] for L in LETTERS]
    assert len(set(names)) == len(names) == 24
    for L in LETTERS:
        if not only or L["file"] in only or L["src"] in only:
            print("rendering", L["file"], file=sys.stderr)
            render(L)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                                        "date": L["date"], "questions": labels(L)}
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(HERE, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    shutil.rmtree(BUILD, ignore_errors=True)
    nq = sum(len(labels(L)) for L in LETTERS)
    nw = sum(1 for L in LETTERS for v in labels(L).values() if v["stance"] == W)
    print("letters: %d  questions: %d  withheld: %d" % (len(LETTERS), nq, nw), file=sys.stderr)

if __name__ == "__main__":
    main()
