#!/usr/bin/env python3
"""Render batch b50 (24 fictional UK FOI/EIR/FOISA response letters) and write labels.

Labels come from the LETTERS table below (the truth written with each letter),
never from parsing the rendered output.
"""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE
BUILD = os.path.join(HERE, "build")


def Q(qid, stance, *ex):
    return (qid, stance, sorted(ex))


def qs(part, items):
    """items: list of (stance, [exemptions]) numbered from 1 within part."""
    return [("P%d.Q%d" % (part, i + 1), st, sorted(ex)) for i, (st, ex) in enumerate(items)]


R = lambda *ex: ("released", list(ex))
PR = lambda *ex: ("partially_released", list(ex))
W = lambda *ex: ("withheld", list(ex))
NH = lambda *ex: ("not_held", list(ex))
NC = lambda *ex: ("ncnd", list(ex))
RF = lambda *ex: ("refused", list(ex))

LETTERS = [
    dict(src="L01.html", out="brackenmoor-dc-FOI-2502-0387.pdf", how="lo_pdf",
         authority="Brackenmoor District Council", reference="FOI/2502/0387",
         date="2025-03-03", received="2025-02-04", regime="foia",
         layout="restate then answer: request quoted in italics after 'I note you seek', answers keyed Q1: .. Q6:",
         traps=["released zeros in Q2 (0; 0; 2)", "not held because not recorded separately (Q3)",
                "s21 signposting with link (Q4)", "contractor and value given, officer name withheld s40(2) (Q5)",
                "section 50 in complaint boilerplate", "'Your ref: email of 3 February' vs received 4th February"],
         questions=qs(1, [R(), R(), NH(), R("s21"), PR("s40(2)"), R()])),
    dict(src="L02.html", out="easthallow-cc-EIR-25-00412.docx", how="lo_docx",
         authority="Easthallow County Council", reference="EIR-25-00412",
         date="2025-03-14", received="2025-02-13", regime="eir",
         layout="interleaved inside a Word automatic numbered list (question in bold, 'Response:' paragraph under each item)",
         traps=["question numbers exist only as automatic list numbering", "EIR reg 12(5)(e) with public interest and reg 12(2) mention",
                "reg 6(1)(b) signposting", "not held reg 12(4)(a) with explanation", "redacted correspondence reg 13(1) = partial",
                "dates in dd/mm/yyyy; request date and received date the same", "A4189 road number and years in questions"],
         questions=qs(1, [R(), R(), W("reg12(5)(e)"), R("reg6(1)(b)"), NH("reg12(4)(a)"), PR("reg13(1)")])),
    dict(src="L03.txt", out="wexcombe-mbc-FOI-0007812.txt", how="copy",
         authority="Wexcombe Metropolitan Borough Council", reference="FOI-0007812",
         date="2025-03-07", received="2025-02-10", regime="foia",
         layout="interleaved Q1/A1 pairs",
         traps=["'None.' is a released zero (Q5)", "'Not applicable - see A5' is released, not not-held (Q6)",
                "s43(2) public interest block placed after all answers", "salary band given, name withheld s40(2) (Q8)",
                "'Requested Mon 10 February 2025' / 'Responded Fri 07 Mar 2025'"],
         questions=qs(1, [R(), R(), R(), W("s43(2)"), R(), R(), R(), PR("s40(2)")])),
    dict(src="L04.html", out="harrowdene-hospitals-FOI-25-0193.pdf", how="chromium_pdf",
         authority="Harrowdene Hospitals NHS Foundation Trust", reference="FOI 25/0193",
         date="2025-03-11", received="2025-02-12", regime="foia",
         layout="two-column table: request | trust response (Chromium PDF, cells wrap)",
         traps=["US-style dates 'March 11, 2025'", "agency names given, amounts withheld s43(2) (Q3)",
                "executive name given, lower-grade names withheld s40(2) (Q6)",
                "not held because system does not record staff type (Q7)", "table cells wrap over several lines"],
         questions=qs(1, [R(), R(), PR("s43(2)"), R(), R(), PR("s40(2)"), NH()])),
    dict(src="L05.md", out="calderwick-cht-CCHT-FOI-0311.md", how="copy",
         authority="Calderwick Community Health NHS Trust", reference="CCHT/FOI/0311",
         date="2025-03-14", received="2025-02-14", regime="foia",
         layout="prose answers grouped by topic headings; request given as unnumbered bullets",
         traps=["questions never numbered", "answers out of request order and grouped by topic (Q1 and Q3 together)",
                "not held explained in prose (Q2)", "date with weekday 'Friday 14 March 2025'",
                "received is the date of the requester's email"],
         questions=qs(1, [R(), NH(), R(), R(), W("s40(2)")])),
    dict(src="L06.html", out="northmarsh-police-FOI-0318-25.pdf", how="chromium_pdf",
         authority="Northmarsh Police", reference="FOI 0318/25",
         date="2025-03-18", received="2025-02-17", regime="foia",
         layout="decision paragraph naming exempt questions by number and part, harm/PIT block, then answers for the rest; two parts with restarting numbering",
         traps=["parts with numbering restart", "'Section 31(1)(a)(b)' = two exemptions", "s24(1) added for one question only",
                "NCND s24(2) + s31(3) for P2.Q3 with police 'should not be taken as an indication'",
                "section 17 refusal-notice wording is not an exemption", "footer banner 'OFFICIAL' on every page",
                "s21 signposting for retention period (P2.Q4)"],
         questions=qs(1, [R(), W("s31(1)(a)", "s31(1)(b)"), R(), R(), W("s31(1)(a)", "s31(1)(b)")])
                   + qs(2, [R(), W("s24(1)", "s31(1)(a)", "s31(1)(b)"), NC("s24(2)", "s31(3)"), R("s21")])),
    dict(src="L07.txt", out="vale-of-stennet-police-IR-2025-014.txt", how="copy",
         authority="Vale of Stennet Police", reference="IR/2025/014",
         date="2025-03-24", received="2025-01-20", regime="foia",
         layout="internal review: original s12(1) refusal described, then review decision question by question",
         traps=["original s12(1) refusal overturned: final stances differ from original",
                "two references (review IR/2025/014 and original FOI/2025/00233)", "several dates: original request, original response, review request, review",
                "ranks given, names withheld s40(2) (Q3)", "NCND s40(5B) for named officer (Q4)",
                "Police (Conduct) Regulations 2020 mentioned"],
         questions=qs(1, [R(), R(), PR("s40(2)"), NC("s40(5B)")])),
    dict(src="L08.html", out="thornbury-wells-uni-disclosure-UTW-FOI-2025-061.html", how="copy",
         authority="University of Thornbury Wells", reference="UTW-FOI-2025-061",
         date="2025-03-05", received="2025-02-04", regime="foia",
         layout="disclosure-log web page; 'You asked:' / 'Our response:' headings",
         traps=["site navigation, cookie banner, breadcrumbs, related-disclosure links with other references",
                "'Published to log' date (19 March) differs from response date 05/03/2025",
                "s21 link (Q4) and s22 future publication (Q7) are released", "not held explained (Q6)"],
         questions=qs(1, [R(), W("s43(2)"), R(), R("s21"), R(), NH(), R("s22")])),
    dict(src="L09.txt", out="dunmere-oakfield-frs-DOFRS-FOI-25-044.txt", how="copy",
         authority="Dunmere and Oakfield Fire and Rescue Service", reference="DOFRS/FOI/25/044",
         date="2025-03-20", received="2025-02-21", regime="foia",
         layout="REQUEST / RESPONSE headings, questions unnumbered",
         traps=["s12(1) cost refusal for one question only (Q4) with arithmetic; the rest answered",
                "questions never numbered", "dates dd.mm.yyyy"],
         questions=qs(1, [R(), R(), R(), RF("s12(1)"), R(), R()])),
    dict(src="L10.txt", out="glenmorven-council-FOISA-FOI-GMC-2025-0219.txt", how="copy",
         authority="Glenmorven Council", reference="FOI-GMC-2025-0219",
         date="2025-03-25", received="2025-02-26", regime="foisa",
         layout="numbered request restated, then RESPONSE with matching numbers",
         traps=["FOISA: section 17 notice for not held (Q3)", "FOISA s25(1) signposting (Q4)",
                "s33(1)(b) and s38(1)(b) FOISA numbering", "section 2(1)(b) public interest mention is not an exemption",
                "Gaelic name line in letterhead"],
         questions=qs(1, [R(), R(), NH("foisa:s17(1)"), R("foisa:s25(1)"), W("foisa:s33(1)(b)"), W("foisa:s38(1)(b)")])),
    dict(src="L11.html", out="thornleigh-dc-EIR-3381.docx", how="lo_docx",
         authority="Thornleigh District Council", reference="EIR/3381",
         date="2025-03-26", received="2025-02-27", regime="eir",
         layout="refusal notice: request in automatic numbered list, one refusal for the whole request",
         traps=["reg 12(4)(b) manifestly unreasonable for the whole request, including the cheap Q4",
                "FOIA 18-hour limit mentioned only as a guide", "reg 12(1)(b), 12(2), 9, 11 mentioned but not applied",
                "automatic list numbering"],
         questions=qs(1, [RF("reg12(4)(b)")] * 4)),
    dict(src="L12.html", out="saltmarsh-bc-disclosure-ENV-2025-0077.html", how="copy",
         authority="Saltmarsh Borough Council", reference="ENV-2025-0077",
         date="2025-03-24", received="2025-02-25", regime="eir",
         layout="disclosure-log web page; request in one prose paragraph; answers in prose by topic",
         traps=["questions never numbered (one paragraph)", "answers out of order (Q5, Q6 before Q4)",
                "reg 6(1)(b) for 2023 data but 2024 data attached (two questions in one sentence)",
                "not held reg 12(4)(a) for PM2.5", "redacted report reg 13(1) = partial", "'Last updated' date on page"],
         questions=qs(1, [R("reg6(1)(b)"), R(), NH("reg12(4)(a)"), W("reg12(4)(e)"), PR("reg13(1)"), R()])),
    dict(src="L13.html", out="pennford-nhs-review-IR-0042-25.pdf", how="lo_pdf",
         authority="Pennford Teaching Hospitals NHS Trust", reference="IR 0042/25",
         date="2025-03-19", received="2024-12-02", regime="foia",
         layout="internal review: each question with original response and review decision, changes in bold",
         traps=["review changes s43(2) to released (Q2) and not held to released (Q4)",
                "original stances quoted beside final ones", "section 3(2) mentioned (not an exemption)",
                "received date is the original request's (2024)"],
         questions=qs(1, [R(), R(), W("s43(2)"), R(), NH()])),
    dict(src="L14.txt", out="kingsmere-hospitals-F-01764.txt", how="copy",
         authority="Kingsmere Hospitals NHS Trust", reference="F-01764",
         date="2025-03-31", received="2025-03-03", regime="foia",
         layout="numbered request restated, single s12 refusal for all questions",
         traps=["whole request refused s12(1) by aggregation", "section 16 advice is not an exemption",
                "years 2019/20 to 2023/24 in questions"],
         questions=qs(1, [RF("s12(1)")] * 6)),
    dict(src="L15.html", out="ribblestone-community-FOI-2025-0142.docx", how="lo_docx",
         authority="Ribblestone Community Healthcare NHS Trust", reference="FOI 2025-0142",
         date="2025-03-17", received="2025-02-19", regime="foia",
         layout="request as automatic numbered list, answers as a second automatic numbered list",
         traps=["both question and answer numbers are automatic list numbering only",
                "contractor named, contract value withheld s43(2) (Q4)", "s21 link to NHS England data (Q7)",
                "request dated 18 Feb, received 19 Feb"],
         questions=qs(1, [R(), R(), R(), PR("s43(2)"), R(), NH(), R("s21")])),
    dict(src="L16.md", out="westmarch-cc-CAS-77120-K2P9Q4.md", how="copy",
         authority="Westmarch County Council", reference="CAS-77120-K2P9Q4",
         date="2025-03-12", received="2025-02-11", regime="foia",
         layout="restate then answer with grouped 'Questions 1 and 2' answer",
         traps=["grouped s21 answer for Q1 and Q2", "s22 future publication (Q4) with link to an older report",
                "CRM-style case reference", "not held explained (Q6)"],
         questions=qs(1, [R("s21"), R("s21"), R(), R("s22"), R(), NH()])),
    dict(src="L17.html", out="hollinsford-mbc-disclosure-FOI2025-11873.html", how="copy",
         authority="Hollinsford Metropolitan Borough Council", reference="FOI2025/11873",
         date="2025-03-18", received="2025-02-19", regime="foia",
         layout="disclosure-log web page; two parts with restarting numbering, 'Response:' after each question",
         traps=["parts with numbering restart", "similar 'total spend' questions in both parts",
                "provider names given, amounts withheld s43(2) (P1.Q4)", "s38(1)(b) health and safety (P2.Q3)",
                "fixed cookie banner at page end", "summary table 'Outcome: Partially disclosed'"],
         questions=qs(1, [R(), R(), R(), PR("s43(2)")]) + qs(2, [R(), R(), W("s38(1)(b)"), R()])),
    dict(src="L18.html", out="pellingham-dc-scan-PDC-FOI-0925.pdf", how="ocr_pdf",
         authority="Pellingham District Council", reference="PDC/FOI/0925",
         date="2025-03-28", received="2025-03-03", regime="foia",
         layout="'Request N' / 'Answer' blocks (OCR'd scan)",
         traps=["OCR text layer only", "contract enclosed with pricing schedule redacted s43(2) = partial (Q5)",
                "not held (Q4)"],
         questions=qs(1, [R(), R(), R(), NH(), PR("s43(2)")])),
    dict(src="L19.txt", out="cressfield-cc-2025-1049.txt", how="copy",
         authority="Cressfield County Council", reference="2025/1049",
         date="2025-03-21", received="2025-02-24", regime="foia",
         layout="request quoted as numbered list; answers in prose, out of order, numbers written as words, grouped",
         traps=["answers out of order ('In answer to points three and four', 'Points one and two')",
                "question numbers written as words", "section 58 of the Highways Act 1980 is not an FOI exemption",
                "s42(1) legal professional privilege (Q8)", "dates dd-mm-yyyy"],
         questions=qs(1, [R(), R(), R(), R(), R(), R(), W("s40(2)"), W("s42(1)")])),
    dict(src="L20.html", out="lowther-bridge-uh-LBUH-FOI-2503-118.pdf", how="lo_gs_pdf",
         authority="Lowther Bridge University Hospitals NHS Trust", reference="LBUH-FOI-2503-118",
         date="2025-03-13", received="2025-02-14", regime="foia",
         layout="contract round-robin in two parts, each question followed by its answer; part 2 answers refer back to part 1",
         traps=["14 questions in two parts, same question texts in both parts",
                "P2 answers by reference to P1 ('please see Part 1, question 2')",
                "contract review 'No information held'", "job title and service desk given, name withheld s40(2)",
                "Ghostscript re-distilled PDF"],
         questions=qs(1, [R(), W("s43(2)"), R(), R(), NH(), R(), PR("s40(2)"), R()])
                   + qs(2, [R(), W("s43(2)"), R(), NH(), R(), PR("s40(2)")])),
    dict(src="L21.html", out="marlcastle-dc-EIR-25-0096.pdf", how="chromium_pdf",
         authority="Marlcastle District Council", reference="EIR 25/0096",
         date="2025-03-10", received="2025-02-10", regime="eir",
         layout="three-column table No. | information requested | response (EIR, planning obligations)",
         traps=["'None held' is not held (reg 12(4)(a)), not a released zero (Q6)",
                "developers listed, case officers withheld reg 13(1) (Q4)", "reg 12(5)(e) viability assessment (Q3)",
                "application number 23/01562/OUT looks like a reference", "date with weekday"],
         questions=qs(1, [R(), R(), W("reg12(5)(e)"), PR("reg13(1)"), R(), NH("reg12(4)(a)")])),
    dict(src="L22.txt", out="tamsey-valley-community-FOI-CT-2191.txt", how="copy",
         authority="Tamsey Valley Community NHS Trust", reference="FOI-CT-2191",
         date="2025-03-06", received="2025-02-05", regime="foia",
         layout="short letter, lettered questions (a)/(b) each followed by its answer",
         traps=["two-digit years dd/mm/yy", "lettered questions", "suppliers named, value withheld s43(2) (Q2)"],
         questions=qs(1, [R(), PR("s43(2)")])),
    dict(src="L23.html", out="castlegate-mbc-review-IRV-2025-0031.html", how="copy",
         authority="Castlegate Metropolitan Borough Council", reference="IRV/2025/0031",
         date="2025-03-17", received="2025-01-06", regime="foia",
         layout="disclosure-log web page with internal review: original response and review decision per question",
         traps=["not held overturned to released (Q2)", "s31(1)(a) replaced by s21 signposting (Q3)",
                "s40(2) upheld (Q4)", "page-updated date and original response date"],
         questions=qs(1, [R(), R(), R("s21"), W("s40(2)")])),
    dict(src="L24.html", out="norbury-downs-cc-LIB-FOI-25-0061.pdf", how="chromium_gs_pdf",
         authority="Norbury Downs County Council", reference="LIB/FOI/25/0061",
         date="2025-03-27", received="2025-02-26", regime="foia",
         layout="numbered question in bold followed by 'Response:'",
         traps=["s12(2) cost refusal that says 'neither confirm nor deny' is refused, not ncnd (Q5)",
                "'Nil' is a released zero (Q6)", "answer in attached spreadsheet (Q3)",
                "s22(1) future publication (Q7)", "dates '26 Feb 2025' / '27 Mar 2025'"],
         questions=qs(1, [R(), R(), R(), R(), RF("s12(2)"), R(), R("s22(1)")])),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (cmd, r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def lo_convert(src, fmt, outdir):
    profile = tempfile.mkdtemp(prefix="lo-b50-")
    try:
        run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
             "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src])
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chromium_pdf(src, dst):
    profile = tempfile.mkdtemp(prefix="chr-b50-")
    try:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + profile, "--print-to-pdf=" + dst, "file://" + src])
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def gs_redistil(src, dst):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", dst, src])


def render(L):
    src = os.path.join(SRC, L["src"])
    dst = os.path.join(OUT, L["out"])
    how = L["how"]
    os.makedirs(BUILD, exist_ok=True)
    if how == "copy":
        shutil.copyfile(src, dst)
    elif how == "lo_pdf":
        shutil.move(lo_convert(src, "pdf:writer_pdf_Export", BUILD), dst)
    elif how == "lo_docx":
        shutil.move(lo_convert(src, "docx:MS Word 2007 XML", BUILD), dst)
    elif how == "chromium_pdf":
        chromium_pdf(src, dst)
    elif how == "lo_gs_pdf":
        mid = lo_convert(src, "pdf:writer_pdf_Export", BUILD)
        gs_redistil(mid, dst)
    elif how == "chromium_gs_pdf":
        mid = os.path.join(BUILD, L["src"] + ".chromium.pdf")
        chromium_pdf(src, mid)
        gs_redistil(mid, dst)
    elif how == "ocr_pdf":
        mid = lo_convert(src, "pdf:writer_pdf_Export", BUILD)
        d = tempfile.mkdtemp(prefix="ocr-b50-", dir=BUILD)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r150",
             "-o", os.path.join(d, "page-%02d.png"), mid])
        pages = sorted(p for p in os.listdir(d) if p.endswith(".png"))
        parts = []
        for p in pages:
            base = os.path.join(d, p[:-4])
            run(["tesseract", os.path.join(d, p), base, "pdf"])
            parts.append(base + ".pdf")
        if len(parts) == 1:
            shutil.copyfile(parts[0], dst)
        else:
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", dst] + parts)
    else:
        raise ValueError(how)


def main():
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L["src"] not in only and L["out"] not in only:
            continue
        print("render", L["out"], file=sys.stderr)
        render(L)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["out"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {qid: {"stance": st, "exemptions": ex} for qid, st, ex in L["questions"]},
        }
        full[L["out"]] = {"received": L["received"], "regime": L["regime"],
                          "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
    if not only:
        shutil.rmtree(BUILD, ignore_errors=True)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for q in L["questions"] if q[1] == "withheld")
    print("letters=%d questions=%d withheld=%d" % (len(LETTERS), nq, nw), file=sys.stderr)


if __name__ == "__main__":
    main()
