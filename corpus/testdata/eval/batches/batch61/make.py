#!/usr/bin/env python3
"""Render batch 61 and write expect.json / labels_full.json.

Labels come from the LETTERS table below (the truth each letter was written
to), never from the rendered output."""
import json, os, shutil, subprocess, sys, tempfile, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE


def Q(stance, *ex):
    return {"stance": stance, "exemptions": sorted(ex)}


R = lambda *ex: Q("released", *ex)
PR = lambda *ex: Q("partially_released", *ex)
W = lambda *ex: Q("withheld", *ex)
NH = lambda *ex: Q("not_held", *ex)
NC = lambda *ex: Q("ncnd", *ex)
RF = lambda *ex: Q("refused", *ex)


def part(n, qs):
    return {f"P{n}.Q{i}": q for i, q in enumerate(qs, 1)}


LETTERS = [
    dict(file="northshire-cc-FOI-2025-01184.pdf", src="l01_northshire.html", render="lo_pdf",
         authority="Northshire County Council", reference="FOI/2025/01184",
         date="2025-03-14", received="2025-02-17", regime="foia",
         layout="restate then answer: request quoted as numbered list, answers keyed 'Q1:'..'Q6:'",
         traps=["partial release: operator names given, amounts s43(2)", "s40(2) withheld names",
                "financial/academic year periods 2023/24 in questions", "section 50 in complaint-rights boilerplate",
                "LibreOffice PDF"],
         questions=part(1, [R(), R(), R(), PR("s43(2)"), R(), W("s40(2)")])),
    dict(file="wexmoor-police-FOI-000517-25.pdf", src="l02_wexmoor.html", render="chrome_pdf_gs",
         authority="Wexmoor Police", reference="FOI 000517/25",
         date="2025-03-21", received="2025-02-24", regime="foia",
         layout="decision paragraph naming exempt questions by number and part, harm/PIT/balance block, then 'Question N –' answers under Part One / Part Two",
         traps=["two parts, numbering restarts", "same question text in both parts", "Section 31(1)(a)(b) run",
                "range '1 and 4-5 of part two'", "s24(1) considered but not relied on",
                "banner repeated mid-letter", "not held 'not recorded separately'",
                "Chromium PDF re-distilled with Ghostscript"],
         questions={**part(1, [W("s31(1)(a)", "s31(1)(b)"), NH(), R(), W("s31(1)(a)", "s31(1)(b)"),
                               W("s31(1)(a)", "s31(1)(b)"), R(), W("s31(1)(a)", "s31(1)(b)")]),
                    **part(2, [W("s31(1)(a)", "s31(1)(b)"), R(), R(), W("s31(1)(a)", "s31(1)(b)"),
                               W("s31(1)(a)", "s31(1)(b)"), R()])}),
    dict(file="hvuh-FOI-7293.docx", src="l03_harrowvale.html", render="lo_docx",
         authority="Harrowvale University Hospitals NHS Foundation Trust", reference="FOI-7293",
         date="2025-03-06", received="2025-02-05", regime="foia",
         layout="three-column Word table No. | request | response, s43(2) explanation after the table",
         traps=["table cells", "partial release: agency names given, amounts s43(2)", "reasons section after table",
                "answer by attachment (policy attached)", "not held 'not in a reportable format'",
                "dd/mm/yyyy dates; received is date of email"],
         questions=part(1, [R(), PR("s43(2)"), W("s43(2)"), R(), NH(), R(), R()])),
    dict(file="glenmorrow-GC-FOI-25-0331.html", src="l04_glenmorrow.html", render="copy",
         authority="Glenmorrow Council", reference="GC/FOI/25/0331",
         date="2025-03-12", received="2025-02-13", regime="foisa",
         layout="disclosure-log page; 'You asked:' / 'Our response:' headings, questions unnumbered",
         traps=["HTML nav, breadcrumbs, cookie banner, footer", "unnumbered questions", "FOISA s17(1) notice not held",
                "s25(1) signposting", "s27(1) future publication", "s38(1)(b) withheld",
                "Gaelic name in header"],
         questions=part(1, [R(), NH("foisa:s17(1)"), R("foisa:s25(1)"), W("foisa:s38(1)(b)"),
                            R("foisa:s27(1)")])),
    dict(file="tawel-valley-cbc-FOI-2025-0412.txt", src="l05_tawel.txt", render="copy",
         authority="Tawel Valley County Borough Council", reference="TVCBC/FOI/2025/0412",
         date="2025-03-07", received="2025-02-10", regime="foia",
         layout="plain-text letter: numbered request restated, single decision section refusing the whole request",
         traps=["s12(1) cost refusal of whole request with arithmetic", "aggregation: q3 alone answerable but refused",
                "s16 advice and assistance mention (not a stance)", "bilingual Welsh/English labels",
                "Fees Regulations named"],
         questions=part(1, [RF("s12(1)")] * 4)),
    dict(file="ravensmoor-F-2025-0689.pdf", src="l06_ravensmoor.html", render="chrome_pdf",
         authority="Ravensmoor Constabulary", reference="F-2025-0689",
         date="2025-03-04", received="2025-02-05", regime="foia",
         layout="request box Q1-Q4, then answers keyed Q1, Q4 first, then grouped 'Q2 and Q3' NCND with harm/PIT/balance",
         traps=["answers out of order (Q4 before Q2/Q3)", "grouped NCND s23(5)/s24(2)/s31(3)",
                "'no inference should be drawn' police boilerplate", "OFFICIAL markings", "dd Mon yyyy dates"],
         questions=part(1, [R(), NC("s23(5)", "s24(2)", "s31(3)"), NC("s23(5)", "s24(2)", "s31(3)"), R()])),
    dict(file="ncas-FOI-1937.md", src="l07_ncas.md", render="copy",
         authority="North Coast Ambulance Service NHS Trust", reference="FOI.1937",
         date="2025-03-18", received="2025-02-18", regime="foia",
         layout="interleaved Q1/A1 ... Q14/A14 in Markdown",
         traps=["14 questions", "released zero '0' (A12)", "'Not applicable' after zero (A13) is released",
                "s21 link", "not held by breakdown", "s40(2) withheld", "dd.mm.yyyy dates"],
         questions=part(1, [R(), R(), R(), R(), NH(), R(), R(), R(), R("s21"), R(), R(), R(), R(),
                            W("s40(2)")])),
    dict(file="kelderby-frs-IR-2025-007.pdf", src="l08_kelderby.html", render="lo_pdf",
         authority="Kelderby Fire and Rescue Service", reference="IR/2025/007",
         date="2025-03-19", received="2024-12-02", regime="foia",
         layout="internal review: original s12(1) refusal overturned, numbered points re-answered",
         traps=["internal review: stance is review outcome", "original s12(1) refusal not the final stance",
                "two references (review and original FOI/2024/311)", "review request date differs from received",
                "table of figures in answer", "not held (no charging)"],
         questions=part(1, [R(), R(), W("s31(1)(a)"), NH()])),
    dict(file="easterleigh-FOI24-25-118.docx", src="l09_easterleigh.html", render="lo_docx",
         authority="University of Easterleigh", reference="FOI24-25/118",
         date="2025-02-28", received="2025-02-03", regime="foia",
         layout="request as automatically numbered list, grouped answers 'Questions 1 and 2' / 'Questions 4 and 5'",
         traps=["Word automatic list numbering", "grouped answers", "s36(2)(b)(ii) and s36(2)(c) run with qualified person",
                "s43(2)", "not held"],
         questions=part(1, [R(), R(), W("s43(2)"), W("s36(2)(b)(ii)", "s36(2)(c)"),
                            W("s36(2)(b)(ii)", "s36(2)(c)"), NH()])),
    dict(file="ddps-FOI2025-04471.pdf", src="l10_ddps.html", render="chrome_pdf",
         authority="Department for Digital Public Services", reference="FOI2025/04471",
         date="2025-03-25", received="2025-02-25", regime="foia",
         layout="central-government letter: request quoted with lettered items (a)-(f), numbered answer paragraphs keyed '(a)', Annex A of legislation",
         traps=["lettered items (a)-(f) numbered 1-6", "Annex A quotes s21, s22, s35, s36, s40, s43 (s36 not applied)",
                "partial release in table (two values s43(2))", "s35(1)(a) withheld", "s21 and s22(1) signposting",
                "partial release of names s40(2)", "received is date of request"],
         questions=part(1, [R(), PR("s43(2)"), W("s35(1)(a)"), R("s21"), R("s22(1)"), PR("s40(2)")])),
    dict(file="vsla-FOIR-88120473.txt", src="l11_vsla.txt", render="copy",
         authority="Vehicle Standards and Licensing Agency", reference="FOIR-88120473",
         date="2025-03-03", received="2025-02-03", regime="foia",
         layout="plain-text letter: request quoted, single s12(2) decision for the whole request",
         traps=["s12(2) cost refusal says 'neither confirm nor deny' (refused, not ncnd)",
                "section 1(1)(a)/(b) quoted, not stances", "£600 central government limit",
                "bare reference line without label"],
         questions=part(1, [RF("s12(2)")] * 3)),
    dict(file="riverways-EIR-2025-0144.html", src="l12_riverways.html", render="copy",
         authority="Riverways Regulation Authority", reference="EIR/2025/0144",
         date="2025-03-10", received="2025-02-11", regime="eir",
         layout="disclosure-log page (regulator, EIR): numbered request list then numbered bold answers",
         traps=["HTML nav, cookie banner, aside, footer", "reg6(1)(b) public register", "reg13(1) redactions (partial)",
                "reg12(5)(e) withheld", "reg12(4)(a) not held", "reg12(5)(b) legal advice withheld",
                "regulation 11 reconsideration in boilerplate", "dd/mm/yyyy dates"],
         questions=part(1, [R("reg6(1)(b)"), R(), PR("reg13(1)"), W("reg12(5)(e)"), NH("reg12(4)(a)"),
                            W("reg12(5)(b)")])),
    dict(file="brackenfold-dc-EIR-3381.pdf", src="l13_brackenfold.html", render="lo_pdf",
         authority="Brackenfold District Council", reference="EIR 3381",
         date="2025-03-27", received="2025-02-28", regime="eir",
         layout="interleaved: bold numbered question then 'Council's response:'",
         traps=["EIR NCND reg12(6) with reg12(5)(b)", "reg12(4)(e) internal communications",
                "reg12(4)(a) not held by parish", "regulation 12(2) presumption and 'Regulation 19 consultation' mentions",
                "ordinal dates '27th March 2025'"],
         questions=part(1, [R(), NC("reg12(5)(b)", "reg12(6)"), R(), W("reg12(4)(e)"), NH("reg12(4)(a)")])),
    dict(file="nhs-loch-arran-LA-FOI-25-231.txt", src="l14_locharran.txt", render="copy",
         authority="NHS Loch Arran", reference="LA-FOI-25-231",
         date="2025-03-14", received="2025-02-14", regime="foisa",
         layout="request restated as unnumbered bullets; answers numbered 1-5 by the authority",
         traps=["bullets numbered only by the authority", "FOISA s17(1) not held", "s30(c) withheld",
                "s25(1) signposting", "s38(1)(b) considered but not applied"],
         questions=part(1, [R(), R(), NH("foisa:s17(1)"), W("foisa:s30(c)"), R("foisa:s25(1)")])),
    dict(file="calder-homes-CH-IG-0093.txt", src="l15_calderhomes.txt", render="copy",
         authority="Calder Homes Limited", reference="CH/IG/0093",
         date="2025-03-20", received="2025-02-19", regime="foia",
         layout="prose request quoted in one paragraph, prose answers in a different order",
         traps=["questions never numbered (prose)", "answers out of order ('your third point' first)",
                "numbers written as words", "not held without the word 'held' up front",
                "ALMO of a city council (two authority names)", "weekday in date", "received is date of email"],
         questions=part(1, [R(), NH(), R(), R(), R()])),
    dict(file="middlecombe-tc-FOI-02-2025.txt", src="l16_middlecombe.txt", render="copy",
         authority="Middlecombe Town Council", reference="MTC FOI 02/2025",
         date="2025-03-11", received="2025-03-03", regime="foia",
         layout="short email reply: 'You asked:' list then 'Response:' list",
         traps=["email headers", "reference only in subject line", "two questions", "date repeated at foot"],
         questions=part(1, [R(), R()])),
    dict(file="nhct-FOI-2025-0147.docx", src="l17_nhct.html", render="lo_docx",
         authority="National Heritage Collections Trust", reference="NHCT/FOI/2025/0147",
         date="2025-03-17", received="2025-02-17", regime="foia",
         layout="two parts 'Contract 1' / 'Contract 2', each an automatically numbered list with 'Response:' under each item",
         traps=["Word automatic numbering restarting per part", "same questions in both parts",
                "s43(2) values withheld", "partial: job title given, name s40(2)",
                "cross-reference 'for the reasons given at Contract 1, question 2'"],
         questions={**part(1, [R(), W("s43(2)"), R(), R(), PR("s40(2)")]),
                    **part(2, [R(), W("s43(2)"), R(), R(), PR("s40(2)")])}),
    dict(file="clydemuir-101000456789.pdf", src="l18_clydemuir.html", render="chrome_pdf_gs",
         authority="Clydemuir Council", reference="101000456789",
         date="2025-03-05", received="2025-02-06", regime="foisa",
         layout="boxed 'Request N' / 'Response' pairs",
         traps=["FOISA s18(1) NCND read with s35(1)(a) and (b)", "s30(c) withheld", "s38(1)(b) withheld",
                "section 20 and 47(1) in review boilerplate", "numeric-only reference",
                "Chromium PDF re-distilled with Ghostscript"],
         questions=part(1, [R(), NC("foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"), R(),
                            W("foisa:s30(c)"), W("foisa:s38(1)(b)")])),
    dict(file="saltmarsh-college-FOI-06-25.html", src="l19_saltmarsh.html", render="copy",
         authority="Saltmarsh College", reference="FOI 06-25",
         date="2025-03-26", received="2025-03-04", regime="foia",
         layout="disclosure-log page: bold numbered question with answer beneath",
         traps=["HTML top bar, menu, breadcrumbs, fixed cookie bar, footer", "published date differs from response date",
                "s21 signposting", "not held (not categorised)"],
         questions=part(1, [R(), R("s21"), R(), NH()])),
    dict(file="lowmoor-pennine-FOI-25-0210.pdf", src="l20_lowmoor.html", render="lo_pdf_gs",
         authority="Lowmoor and Pennine Healthcare NHS Trust", reference="FOI 25-0210",
         date="2025-03-24", received="2025-02-24", regime="foia",
         layout="Section 1 answers ('Withheld – see Section 2'), Section 2 reasons for withholding after the answers",
         traps=["reasons section after the answers", "partial release by table with suppressed small numbers (s40(2))",
                "'None' is a released zero", "s40(2) and s41(1) together", "US-style dates 'March 24, 2025'",
                "LibreOffice PDF re-distilled with Ghostscript"],
         questions=part(1, [R(), R(), PR("s40(2)"), R(), W("s43(2)"), W("s40(2)", "s41(1)"), R()])),
    dict(file="fernhill-mbc-FOI-11872-scan.pdf", src="l21_fernhill.html", render="ocr",
         authority="Fernhill Metropolitan Borough Council", reference="FOI-11872",
         date="2025-03-13", received="2025-02-12", regime="foia",
         layout="interleaved 'Question N:' / 'Answer:'",
         traps=["OCR'd scan (text layer from tesseract)", "s40(2) withheld", "not held"],
         questions=part(1, [R(), R(), R(), W("s40(2)"), NH()])),
    dict(file="kingsmere-IR-00931.html", src="l22_kingsmere.html", render="copy",
         authority="Kingsmere Council", reference="IR-00931",
         date="2025-03-31", received="2025-01-09", regime="foia",
         layout="disclosure-log page: internal review upholding s14(1) for the whole request",
         traps=["internal review upheld", "s14(1) vexatious for every question", "two references (IR and FOI)",
                "Dransfield and subject access request mentions", "dd/mm/yyyy in table, long dates in text"],
         questions=part(1, [RF("s14(1)")] * 3)),
    dict(file="westmarch-icb-25-0310.docx", src="l23_westmarch.html", render="lo_docx",
         authority="NHS Westmarch Integrated Care Board", reference="ICB 25-0310",
         date="2025-03-20", received="2025-02-20", regime="foia",
         layout="'Request N' / 'Response N' headings (upper-cased by style)",
         traps=["s21 and s22(1) signposting", "s43(2) withheld", "partial release with '<5' suppression s40(2)",
                "answer by attachment (Appendix A, minutes attached)"],
         questions=part(1, [R(), R(), R("s21"), R("s22(1)"), W("s43(2)"), PR("s40(2)"), R(), R()])),
    dict(file="data-wales-DWA-FOI-2025-019.md", src="l24_datawales.md", render="copy",
         authority="Data Wales Agency", reference="DWA-FOI-2025-019",
         date="2025-03-10", received="2025-02-10", regime="foia",
         layout="two parts (A, B) with questions keyed A1..A4, B1..B5, bold question then answer",
         traps=["parts with numbering restarting", "sub-items (a)/(b) under A2 are one question",
                "bilingual Welsh/English date line", "s21 signposting", "s43(2) withheld",
                "partial release of names s40(2)", "s36(2)(b)(i) and (ii) run"],
         questions={**part(1, [R(), R(), R("s21"), NH()]),
                    **part(2, [R(), W("s43(2)"), R(), PR("s40(2)"), W("s36(2)(b)(i)", "s36(2)(b)(ii)")])}),
]


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo_b61_")
    run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src])
    shutil.rmtree(prof, ignore_errors=True)


def chrome_pdf(src, out):
    prof = tempfile.mkdtemp(prefix="chr_b61_")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
         "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src])
    shutil.rmtree(prof, ignore_errors=True)


def gs_redistil(pdf_in, pdf_out):
    run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", pdf_out, pdf_in])


def render(L, tmp):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(OUT, L["file"])
    base = os.path.splitext(os.path.basename(src))[0]
    kind = L["render"]
    if kind == "copy":
        shutil.copyfile(src, out)
    elif kind in ("lo_pdf", "lo_pdf_gs"):
        soffice(src, "pdf:writer_pdf_Export", tmp)
        pdf = os.path.join(tmp, base + ".pdf")
        if kind == "lo_pdf_gs":
            gs_redistil(pdf, out)
        else:
            shutil.copyfile(pdf, out)
    elif kind == "lo_docx":
        soffice(src, 'docx:MS Word 2007 XML', tmp)
        shutil.copyfile(os.path.join(tmp, base + ".docx"), out)
    elif kind in ("chrome_pdf", "chrome_pdf_gs"):
        pdf = os.path.join(tmp, base + ".pdf")
        chrome_pdf(src, pdf)
        if kind == "chrome_pdf_gs":
            gs_redistil(pdf, out)
        else:
            shutil.copyfile(pdf, out)
    elif kind == "ocr":
        pdf = os.path.join(tmp, base + ".pdf")
        chrome_pdf(src, pdf)
        pngdir = os.path.join(tmp, base + "_png")
        os.makedirs(pngdir, exist_ok=True)
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(pngdir, "page-%03d.png"), pdf])
        pages = sorted(glob.glob(os.path.join(pngdir, "page-*.png")))
        lst = os.path.join(pngdir, "pages.txt")
        with open(lst, "w") as f:
            f.write("\n".join(pages) + "\n")
        run(["tesseract", lst, os.path.join(tmp, base + "_ocr"), "pdf"])
        shutil.copyfile(os.path.join(tmp, base + "_ocr.pdf"), out)
    else:
        raise ValueError(kind)


def main():
    only = set(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="b61_") as tmp:
        for L in LETTERS:
            if only and L["file"] not in only and L["src"] not in only:
                continue
            render(L, tmp)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": L["questions"]}
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for q in L["questions"].values() if q["stance"] == "withheld")
    print(f"{len(LETTERS)} letters, {nq} questions, {nw} withheld", file=sys.stderr)


if __name__ == "__main__":
    main()
