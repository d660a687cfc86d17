#!/usr/bin/env python3
"""Render batch 42 and write expect.json from the truth held here."""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE
TMP = os.path.join(HERE, "tmp")

R, PR, W, N, NH, RF = ("released", "partially_released", "withheld",
                       "ncnd", "not_held", "refused")


def q(stance, *ex):
    return (stance, list(ex))


# Each letter: output name, source, render kind, truth.
LETTERS = [
    dict(out="calderbrook-constabulary-FOI-1187-25.pdf", src="l01_calderbrook.html", kind="chromium",
         authority="Calderbrook Constabulary", reference="FOI 1187/25", date="2025-10-03",
         received="2025-09-09", regime="foia",
         layout="decision paragraph, request in two parts, answers for the rest keyed 'Question N'",
         traps=["same questions in two parts", "banner repeated on every page",
                "s43(2) considered but not relied on", "s17(1) refusal notice mention"],
         questions={
             "P1.Q1": q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
             "P1.Q2": q(NH),
             "P1.Q3": q(R),
             "P1.Q4": q(R),
             "P1.Q5": q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
             "P1.Q6": q(R),
             "P2.Q1": q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
             "P2.Q2": q(R),
             "P2.Q3": q(R),
             "P2.Q4": q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
             "P2.Q5": q(R),
         }),
    dict(out="thornleigh-mbc-FOI-25-3371.txt", src="l02_thornleigh.txt", kind="copy",
         authority="Thornleigh Metropolitan Borough Council", reference="FOI/25/3371", date="2025-10-07",
         received="2025-09-11", regime="foia",
         layout="interleaved Q1/A1, terse",
         traps=["N/A after earlier answer", "section 58 Highways Act mention is not an exemption",
                "'we do not collate' not held", "Your ref is an email date"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R), "P1.Q4": q(NH),
             "P1.Q5": q(R), "P1.Q6": q(R), "P1.Q7": q(NH),
         }),
    dict(out="marshfield-eastvale-nhsft-F-02217.pdf", src="l03_marshfield.html", kind="soffice",
         authority="Marshfield and Eastvale Hospitals NHS Foundation Trust", reference="F-02217",
         date="2025-10-16", received="2025-09-19", regime="foia",
         layout="two-column question/answer table (round-robin contact centre)",
         traps=["table cells wrap over several lines", "PIT below the table",
                "job title given, name withheld s40(2)"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(W, "s43(2)"), "P1.Q3": q(R), "P1.Q4": q(R),
             "P1.Q5": q(R), "P1.Q6": q(R), "P1.Q7": q(PR, "s40(2)"), "P1.Q8": q(R),
         }),
    dict(out="coldharbour-cc-disclosure-EIR-2025-0619.html", src="l04_coldharbour.html", kind="copy",
         authority="Coldharbour County Council", reference="EIR 2025-0619", date="2025-10-14",
         received="2025-09-17", regime="eir",
         layout="disclosure-log page, Request / Response with lettered items a)-e)",
         traps=["cookie banner, nav, breadcrumbs, aside, footer", "reg 12(2) presumption mentioned",
                "page last updated date", "reg 6(1)(b) signpost"],
         questions={
             "P1.Q1": q(R, "reg6(1)(b)"), "P1.Q2": q(R), "P1.Q3": q(W, "reg12(5)(e)"),
             "P1.Q4": q(PR, "reg13(1)"), "P1.Q5": q(NH, "reg12(4)(a)"),
         }),
    dict(out="ravensmoor-fire-RFRS-FOI-0457.docx", src="l05_ravensmoor.html", kind="docx",
         authority="Ravensmoor Fire and Rescue Service", reference="RFRS/FOI/0457", date="2025-10-02",
         received="2025-09-05", regime="foia",
         layout="You asked: / Our response: blocks, unnumbered",
         traps=["questions never numbered", "number written as a word (Nineteen)", "s21 signpost",
                "OFFICIAL marking"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R), "P1.Q4": q(W, "s24(1)", "s38(1)(b)"),
             "P1.Q5": q(R, "s21"), "P1.Q6": q(R),
         }),
    dict(out="university-of-kestwick-IGO-FOI-2025-118.md", src="l06_kestwick.md", kind="copy",
         authority="University of Kestwick", reference="IGO/FOI/2025/118", date="2025-10-09",
         received="2025-09-12", regime="foia",
         layout="whole request refused on cost, request quoted as a numbered blockquote",
         traps=["s12(2) refusal says 'neither confirms nor denies' (refused, not ncnd)",
                "s12(1) quoted as statutory text", "18 hours / £450 arithmetic"],
         questions={k: q(RF, "s12(2)") for k in ("P1.Q1", "P1.Q2", "P1.Q3", "P1.Q4")}),
    dict(out="northfell-police-2025-FOI-00931.pdf", src="l07_northfell.html", kind="soffice",
         authority="Northfell Police", reference="2025/FOI/00931", date="2025-10-21",
         received="2025-09-26", regime="foia",
         layout="request list then Response with grouped 'Questions 1 to 3' NCND",
         traps=["grouped NCND", "s30 and s40 named but not applied", "OFFICIAL markings",
                "s21 signpost"],
         questions={
             "P1.Q1": q(N, "s23(5)", "s24(2)", "s31(3)"),
             "P1.Q2": q(N, "s23(5)", "s24(2)", "s31(3)"),
             "P1.Q3": q(N, "s23(5)", "s24(2)", "s31(3)"),
             "P1.Q4": q(R, "s21"), "P1.Q5": q(R),
         }),
    dict(out="iwla-foi-release-11842.html", src="l08_iwla.html", kind="copy",
         authority="Inland Waterways Licensing Agency", reference="IWLA/FOI/11842", date="2025-10-17",
         received="2025-09-22", regime="foia",
         layout="GOV-style FOI release page; whole request refused on cost",
         traps=["24 hours / £600 central government limit", "lettered items (a)-(f)",
                "not held at head office then cost for regional offices", "s16 advice mention",
                "published date differs from response date"],
         questions={f"P1.Q{i}": q(RF, "s12(1)") for i in range(1, 7)}),
    dict(out="sifb-FOI-0391-2025.txt", src="l09_sifb.txt", kind="copy",
         authority="Scottish Inshore Fisheries Board", reference="FOI-0391-2025", date="2025-10-27",
         received="2025-09-29", regime="foisa",
         layout="interleaved numbered question then indented answer",
         traps=["FOISA numbering", "s16 refusal-notice mention is not an exemption",
                "s17(1) not-held notice", "s25 and s27 signposting", "Gaelic letterhead"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R, "foisa:s25(1)"), "P1.Q3": q(R, "foisa:s27(1)"),
             "P1.Q4": q(PR, "foisa:s38(1)(b)"), "P1.Q5": q(W, "foisa:s33(1)(b)"),
             "P1.Q6": q(NH, "foisa:s17(1)"),
         }),
    dict(out="kettlewold-dc-IR-2025-044.pdf", src="l10_kettlewold.html", kind="chromium",
         authority="Kettlewold District Council", reference="IR/2025/044", date="2025-10-24",
         received="2025-07-28", regime="foia",
         layout="internal review with original decision / review outcome table",
         traps=["original s43(2) for Q1-3 overturned/partly upheld", "s41(1) added at review",
                "original reference FOI 7713 and dates", "changes in bold"],
         questions={
             "P1.Q1": q(PR, "s43(2)"), "P1.Q2": q(R), "P1.Q3": q(W, "s41(1)", "s43(2)"),
             "P1.Q4": q(R),
         }),
    dict(out="afon-teifi-uhb-ATHB-FOI-0266.docx", src="l11_afonteifi.html", kind="docx",
         authority="Afon Teifi University Health Board", reference="ATHB-FOI-0266", date="2025-10-01",
         received="2025-09-04", regime="foia",
         layout="restate then answer; two parts as automatic Word lists restarting at 1",
         traps=["identical questions in Part A and Part B", "grouped 'Questions 1 & 2'",
                "bilingual Welsh/English", "fewer than five withheld s40(2)"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R),
             "P2.Q1": q(R), "P2.Q2": q(W, "s40(2)"), "P2.Q3": q(NH),
         }),
    dict(out="marrow-fen-dc-MFDC-FOI-2025-1560.txt", src="l12_marrowfen.txt", kind="copy",
         authority="Marrow Fen District Council", reference="MFDC-FOI-2025-1560", date="2025-10-20",
         received="2025-09-24", regime="foia",
         layout="numbered request then grouped answers",
         traps=["grouped answers (1 and 2; 3, 4 and 5; 7 & 8)", "see attached spreadsheet",
                "words hyphenated across lines", "s21 register"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R), "P1.Q4": q(R), "P1.Q5": q(R),
             "P1.Q6": q(R, "s21"), "P1.Q7": q(W, "s40(2)"), "P1.Q8": q(W, "s40(2)"),
         }),
    dict(out="hollinshire-constabulary-FOI-2268-25.pdf", src="l13_hollinshire.html", kind="chromium+gs",
         authority="Hollinshire Constabulary", reference="FOI-2268-25", date="2025-10-10",
         received="2025-09-12", regime="foia",
         layout="interleaved 'Request N' / 'Answer' with harm and PIT at the end",
         traps=["dd-mm-yyyy dates", "partial release: total given, breakdown withheld",
                "redacted policy s31(1)(a)+s40(2)", "Ghostscript re-distilled"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"),
             "P1.Q3": q(PR, "s31(1)(a)"), "P1.Q4": q(R), "P1.Q5": q(NH),
             "P1.Q6": q(PR, "s31(1)(a)", "s40(2)"),
         }),
    dict(out="brackenfold-tc-BTC-FOI-03-2025.md", src="l14_brackenfold.md", kind="copy",
         authority="Brackenfold Town Council", reference="BTC/FOI/03/2025", date="2025-10-06",
         received="2025-09-15", regime="foia",
         layout="prose: questions in one sentence, answered out of order",
         traps=["questions never numbered", "answers out of order ('your last point first')",
                "ordinal words (first, second)"],
         questions={"P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R)}),
    dict(out="north-coast-ambulance-disclosure-FOI-2025-0714.html", src="l15_ncas.html", kind="copy",
         authority="North Coast Ambulance Service NHS Trust", reference="FOI/2025/0714", date="2025-10-15",
         received="", regime="foia",
         layout="disclosure-log page; bulleted request; answers headed by topic with authority's numbers",
         traps=["bullets numbered only by the authority", "information attached",
                "date added to log differs from response date", "cookie banner/nav/footer"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R), "P1.Q4": q(W, "s40(2)", "s41(1)"),
             "P1.Q5": q(R),
         }),
    dict(out="lb-eastwick-green-LBEG-FOI-49107-scan.pdf", src="l16_eastwick.html", kind="ocr",
         authority="London Borough of Eastwick Green", reference="LBEG-FOI-49107", date="2025-10-13",
         received="2025-09-16", regime="foia",
         layout="interleaved '1. question' / 'Response:'",
         traps=["OCR'd scan (tesseract text layer)", "07 Jun style date '13 Oct 2025'",
                "supplier named, value withheld s43(2)"],
         questions={"P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R), "P1.Q4": q(PR, "s43(2)")}),
    dict(out="castle-harnham-CAS-58213-Q7T2W1.pdf", src="l17_castleharnham.html", kind="soffice",
         authority="Castle Harnham Council", reference="CAS-58213-Q7T2W1", date="2025-10-28",
         received="2025-09-30", regime="foia",
         layout="interleaved bold numbered questions with 'Response:' (14 questions)",
         traps=["CRM-style reference", "answers span page breaks", "s31(1)(a) for hosting",
                "Transparency Code / PCR 2015 mentions"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R), "P1.Q4": q(R), "P1.Q5": q(R),
             "P1.Q6": q(W, "s43(2)"), "P1.Q7": q(R), "P1.Q8": q(R), "P1.Q9": q(R),
             "P1.Q10": q(W, "s31(1)(a)"), "P1.Q11": q(R), "P1.Q12": q(R),
             "P1.Q13": q(PR, "s40(2)"), "P1.Q14": q(NH),
         }),
    dict(out="nhs-fernbrook-icb-ICB-FOI-25-0933.txt", src="l18_fernbrook.txt", kind="copy",
         authority="NHS Fernbrook Integrated Care Board", reference="ICB-FOI-25-0933", date="2025-10-20",
         received="2025-09-24", regime="foia",
         layout="refusal notice, whole request vexatious",
         traps=["s14(1) whole request", "earlier request references listed",
                "s17(6) mention", "(i)/(ii) items"],
         questions={"P1.Q1": q(RF, "s14(1)"), "P1.Q2": q(RF, "s14(1)")}),
    dict(out="wyndham-shire-police-PR-004417-25.docx", src="l19_wyndham.html", kind="docx",
         authority="Wyndham Shire Police", reference="PR-004417-25", date="2025-10-30",
         received="2025-10-03", regime="foia",
         layout="short refusal, repeated request",
         traps=["s14(2) repeated request", "earlier reference PR-002981-25 and its s31(1)(a)",
                "dd.mm.yyyy dates"],
         questions={"P1.Q1": q(RF, "s14(2)"), "P1.Q2": q(RF, "s14(2)")}),
    dict(out="fellmarch-npa-EIR-FNPA-25-077.pdf", src="l20_fellmarch.html", kind="chromium",
         authority="Fellmarch National Park Authority", reference="EIR/FNPA/25/077", date="2025-10-08",
         received="2025-09-10", regime="eir",
         layout="request as (1)-(5), answers keyed (n), grouped (2) and (3)",
         traps=["EIR NCND reg 12(6) with 12(5)(g)", "reg 12(5)(a) only mentioned",
                "ICO decision notice reference FS50671204", "date before reference"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(N, "reg12(5)(g)", "reg12(6)"),
             "P1.Q3": q(N, "reg12(5)(g)", "reg12(6)"), "P1.Q4": q(PR, "reg13(1)"),
             "P1.Q5": q(R),
         }),
    dict(out="dbdi-foi-release-FOI2025-09117.html", src="l21_dbdi.html", kind="copy",
         authority="Department for Broadband and Digital Inclusion", reference="FOI2025/09117",
         date="2025-10-29", received="2025-10-01", regime="foia",
         layout="GOV-style release page; decision paragraph then sections per question",
         traps=["s36(2)(b)(i), (ii) and (c) run", "s22(1) future publication (released)",
                "s43(2) not relied on", "published date differs"],
         questions={
             "P1.Q1": q(W, "s35(1)(a)"),
             "P1.Q2": q(PR, "s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)", "s40(2)"),
             "P1.Q3": q(R, "s22(1)"), "P1.Q4": q(R, "s21"), "P1.Q5": q(R), "P1.Q6": q(R),
         }),
    dict(out="lymbrook-nhsft-LPFT-FOI-4821.txt", src="l22_lymbrook.txt", kind="copy",
         authority="Lymbrook Partnership NHS Foundation Trust", reference="LPFT/FOI/4821",
         date="2025-10-13", received="2025-09-18", regime="foia",
         layout="interleaved Q1:/A1:",
         traps=["ISO dates", "fewer than five withheld s40(2)", "providers named, payments withheld",
                "values slogan footer"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(PR, "s43(2)"), "P1.Q4": q(R),
             "P1.Q5": q(W, "s40(2)"), "P1.Q6": q(R), "P1.Q7": q(R),
         }),
    dict(out="kilmardie-council-KC-FOI-101853.pdf", src="l23_kilmardie.html", kind="soffice",
         authority="Kilmardie Council", reference="KC-FOI-101853", date="2025-10-15",
         received="2025-09-17", regime="foisa",
         layout="restate as list then numbered answers",
         traps=["FOISA s18(1) NCND read with s38(1)(b)", "s36(2) FOISA confidentiality (not FOIA s36)",
                "s25(1) and s27(1) signposting", "s17(1) not held"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R, "foisa:s25(1)"),
             "P1.Q3": q(N, "foisa:s18(1)", "foisa:s38(1)(b)"), "P1.Q4": q(W, "foisa:s36(2)"),
             "P1.Q5": q(R, "foisa:s27(1)"), "P1.Q6": q(NH, "foisa:s17(1)"),
         }),
    dict(out="hartwell-cc-HCC-FOI-2025-04412.docx", src="l24_hartwell.html", kind="docx",
         authority="Hartwell County Council", reference="HCC/FOI/2025/04412", date="2025-10-31",
         received="2025-10-03", regime="foia",
         layout="two parts as automatic Word lists restarting; answers 'Qn –' under Part headings",
         traps=["identical question in both parts with different stances", "list numbering only in Word",
                "PIT after the answers"],
         questions={
             "P1.Q1": q(R), "P1.Q2": q(R), "P1.Q3": q(R), "P1.Q4": q(PR, "s43(2)"),
             "P1.Q5": q(PR, "s43(2)"),
             "P2.Q1": q(R), "P2.Q2": q(R), "P2.Q3": q(R), "P2.Q4": q(W, "s40(2)", "s43(2)"),
         }),
]


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300, **kw)


def soffice(src, target, outdir):
    run(["soffice", "--headless", "--norestore", "--infilter=HTML (StarWriter)",
         "--convert-to", target, "--outdir", outdir, src])


def chromium(src, pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + pdf, "file://" + src])


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(OUT, L["out"])
    base = os.path.splitext(L["src"])[0]
    k = L["kind"]
    if k == "copy":
        shutil.copyfile(src, out)
    elif k == "chromium":
        chromium(src, out)
    elif k == "chromium+gs":
        mid = os.path.join(TMP, base + ".chromium.pdf")
        chromium(src, mid)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, mid])
    elif k == "soffice":
        soffice(src, "pdf:writer_pdf_Export", TMP)
        shutil.move(os.path.join(TMP, base + ".pdf"), out)
    elif k == "docx":
        soffice(src, 'docx:MS Word 2007 XML', TMP)
        shutil.move(os.path.join(TMP, base + ".docx"), out)
    elif k == "ocr":
        mid = os.path.join(TMP, base + ".pdf")
        chromium(src, mid)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(TMP, base + "-%d.png"), mid])
        pages = sorted(f for f in os.listdir(TMP) if f.startswith(base + "-") and f.endswith(".png"))
        if len(pages) == 1:
            run(["tesseract", os.path.join(TMP, pages[0]), os.path.join(TMP, base + "-ocr"), "pdf"])
        else:
            lst = os.path.join(TMP, base + "-pages.txt")
            with open(lst, "w") as f:
                f.write("\n".join(os.path.join(TMP, p) for p in pages) + "\n")
            run(["tesseract", lst, os.path.join(TMP, base + "-ocr"), "pdf"])
        shutil.move(os.path.join(TMP, base + "-ocr.pdf"), out)
    else:
        raise SystemExit("unknown kind " + k)


def main():
    os.makedirs(TMP, exist_ok=True)
    only = set(sys.argv[1:])
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        if not only or L["out"] in only or L["src"] in only:
            render(L)
        qs = {}
        for qid, (stance, ex) in L["questions"].items():
            qs[qid] = {"stance": stance, "exemptions": sorted(ex)}
        expect["letters"][L["out"]] = {"authority": L["authority"], "reference": L["reference"],
                                       "date": L["date"], "questions": qs}
        full[L["out"]] = dict(expect["letters"][L["out"]], received=L["received"],
                              regime=L["regime"], layout=L["layout"], traps=L["traps"])
    with open(os.path.join(OUT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    with open(os.path.join(SRC, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
