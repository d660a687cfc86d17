#!/usr/bin/env python3
"""Render batch b53 letters from src/ and write expect.json / labels_full.json.

Labels come from the TRUTH held below for each letter, never from the output.
Standard library only; external programs: soffice, chromium, gs, tesseract.
"""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE

R, PR, W, NCND, NH, REF = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"


def q(stance, *ex):
    return {"stance": stance, "exemptions": sorted(ex)}


def part(*qs, p=1):
    return {"P%d.Q%d" % (p, i + 1): x for i, x in enumerate(qs)}


LETTERS = [
    dict(file="kelderby-mbc-FOI-25-3317.pdf", src="01-kelderby.html", fmt="lo-pdf",
         authority="Kelderby Metropolitan Borough Council", reference="FOI/25/3317",
         date="2025-06-10", received="2025-05-13", regime="foia",
         layout="two-column question | answer table (LibreOffice PDF)",
         traps=["table cells wrap over several lines", "released zero '0.'", "'Not applicable' follow-on is released",
                "s21 signposting", "names withheld s40(2) after roles given", "section 50 in complaint boilerplate"],
         questions=part(q(R), q(R), q(NH), q(R), q(PR, "s40(2)"), q(R, "s21"), q(R))),
    dict(file="marshfield-constabulary-FOI-000871-25.pdf", src="02-marshfield.html", fmt="chromium-pdf", gs=True,
         authority="Marshfield Constabulary", reference="FOI 000871/25",
         date="2025-06-11", received="2025-05-14", regime="foia",
         layout="decision paragraph naming questions by part, harm/PIT/balance blocks, then answers for the rest (Chromium PDF re-distilled by Ghostscript)",
         traps=["request in two parts, numbering restarts", "Section 31(1)(a)(b) split into two",
                "s24(1) added for one question only", "NCND s24(2)+s31(3) for one question",
                "section 17 refusal-notice mention is not a stance", "banner repeated on every page",
                "not held inside answer list"],
         questions={**part(q(R), q(W, "s31(1)(a)", "s31(1)(b)"), q(W, "s24(1)", "s31(1)(a)", "s31(1)(b)"), q(NH), q(R), p=1),
                    **part(q(W, "s31(1)(a)", "s31(1)(b)"), q(R), q(NCND, "s24(2)", "s31(3)"), q(R), p=2)}),
    dict(file="westmarch-cc-FOI-2025-04412.docx", src="03-westmarch.html", fmt="docx",
         authority="Westmarch County Council", reference="FOI-2025-04412",
         date="2025-06-09", received="2025-05-12", regime="foia",
         layout="request restated as automatic numbered list, answers as a second automatic numbered list (DOCX)",
         traps=["question and answer numbers exist only as Word list numbering", "answers by attachment",
                "s43(2) partial (operators given, values withheld)", "answer refers back to another question's reasons",
                "s21 signposting"],
         questions=part(q(R), q(R), q(PR, "s43(2)"), q(R), q(NH), q(R, "s21"), q(W, "s43(2)"), q(R))),
    dict(file="brackenmoor-dc-F-02291.txt", src="04-brackenmoor.txt", fmt="copy",
         authority="Brackenmoor District Council", reference="F-02291",
         date="2025-06-12", received="2025-05-15", regime="foia",
         layout="'You asked:' / 'Our response:' blocks, questions never numbered (plain text)",
         traps=["questions never numbered", "'nil' is a released zero", "dd-mm-yyyy dates", "s21 signposting to open data"],
         questions=part(q(R), q(R), q(NH), q(R, "s21"), q(R))),
    dict(file="aldermouth-council-IR-0093-25.pdf", src="05-aldermouth.html", fmt="lo-pdf",
         authority="Aldermouth Council", reference="IR 0093-25",
         date="2025-06-13", received="2025-04-02", regime="foia",
         layout="internal review: original request, original decision (whole request refused s12(1)), review outcome with changes in bold (LibreOffice PDF)",
         traps=["internal review: outcome is the stance, original was s12(1) for all", "two references (review and original)",
                "several dates with roles (request, original reply, review request, review)", "cost arithmetic",
                "answers in order 1, 2, 4, then 3"],
         questions=part(q(R), q(R), q(REF, "s12(1)"), q(R))),
    dict(file="glanafon-cbc-FOI-25-0619.html", src="06-glanafon.html", fmt="copy",
         authority="Glanafon County Borough Council", reference="GCBC/FOI/25/0619",
         date="2025-06-10", received="2025-05-13", regime="foia",
         layout="disclosure-log web page: 'Request N' / 'Response' interleaved, with nav, breadcrumbs, cookie banner, footer",
         traps=["site chrome around the letter", "bilingual (Welsh) labels", "s22 future publication is released",
                "related-request reference on the page", "dd/mm/yyyy dates in metadata list"],
         questions=part(q(R), q(R), q(R), q(NH), q(R, "s22"), q(R))),
    dict(file="western-valleys-police-2025-1442.md", src="07-western-valleys.md", fmt="copy",
         authority="Western Valleys Police", reference="2025/1442",
         date="2025-06-11", received="2025-05-14", regime="foia",
         layout="request quoted in full, then one prose response block (Markdown)",
         traps=["s12(2) cost refusal worded 'neither confirms nor denies' is refused, not ncnd",
                "one costly question refuses the whole request", "s1(1)(a)/(b) quoted, not stances",
                "Month D, YYYY dates", "reference is bare 'YYYY/NNNN'"],
         questions=part(q(REF, "s12(2)"), q(REF, "s12(2)"), q(REF, "s12(2)"), q(REF, "s12(2)"))),
    dict(file="opcc-northvale-OPCC-FOI-058-2025.txt", src="08-opcc-northvale.txt", fmt="copy",
         authority="Office of the Police and Crime Commissioner for Northvale", reference="OPCC/FOI/058/2025",
         date="2025-06-10", received="2025-05-16", regime="foia",
         layout="questions described in one prose sentence, answered in prose paragraphs (plain text)",
         traps=["questions never numbered, asked in prose", "answers in prose without labels",
                "s36 run (b)(ii) and (c)", "weekday-prefixed ordinal dates", "s21 signposting"],
         questions=part(q(R), q(W, "s36(2)(b)(ii)", "s36(2)(c)"), q(R, "s21"))),
    dict(file="hallingford-hospitals-FOI2025-0713.pdf", src="09-hallingford.html", fmt="chromium-pdf",
         authority="Hallingford Teaching Hospitals NHS Foundation Trust", reference="FOI2025/0713",
         date="2025-06-09", received="2025-05-12", regime="foia",
         layout="interleaved Q1/A1 (Chromium PDF) with running header and footer",
         traps=["14 questions", "running header/footer repeated on every page", "answer that refers back to A5's reasons",
                "'Two.' written as a word", "'No.' answers are released", "partial s40(2) (name given, contact withheld)",
                "page break (running footer and header) between Q9 and its answer A9"],
         questions=part(q(R), q(R), q(W, "s43(2)"), q(R), q(W, "s31(1)(a)"), q(R), q(R), q(R),
                        q(W, "s31(1)(a)"), q(R), q(R), q(PR, "s40(2)"), q(NH), q(W, "s31(1)(a)"))),
    dict(file="ncas-FOI-1903.docx", src="10-ncas.html", fmt="docx",
         authority="North Coast Ambulance Service NHS Trust", reference="NCAS-FOI-1903",
         date="2025-06-12", received="2025-05-16", regime="foia",
         layout="two-column Question | Response Word table (DOCX)",
         traps=["table layout in DOCX", "answer by attached spreadsheet", "s21 link to NHS England statistics",
                "partial with two exemptions s40(2) and s41(1)", "'not held in a reportable form'"],
         questions=part(q(R), q(R), q(NH), q(R, "s21"), q(PR, "s40(2)", "s41(1)"))),
    dict(file="lowfield-community-LCHT-FOI-25-288.html", src="11-lowfield.html", fmt="copy",
         authority="Lowfield Community Healthcare NHS Trust", reference="LCHT-FOI-25-288",
         date="2025-06-11", received="2025-05-14", regime="foia",
         layout="disclosure-log web page: numbered request list, grouped answers ('Questions 1 & 2', 'Questions 3 to 5')",
         traps=["grouped answers", "range 'Questions 3 to 5' all not held ('does not collate')",
                "site chrome, cookie banner", "partial s43(2): total given, breakdown withheld"],
         questions=part(q(R), q(R), q(NH), q(NH), q(NH), q(PR, "s43(2)"), q(R))),
    dict(file="ravensdale-fra-RFRA-FOI-112-25.pdf", src="12-ravensdale.html", fmt="lo-pdf", gs=True,
         authority="Ravensdale Fire and Rescue Authority", reference="RFRA-FOI-112-25",
         date="2025-06-13", received="2025-05-16", regime="foia",
         layout="REQUEST n / RESPONSE headings (LibreOffice PDF re-distilled by Ghostscript)",
         traps=["OFFICIAL markings", "s38 considered but not relied on (not a stance)",
                "other Act cited (Fire and Rescue Services Act 2004 s18C)", "'£0' released zero",
                "'Eleven' as a word in a partial answer"],
         questions=part(q(R), q(R), q(PR, "s31(1)(a)"), q(R), q(R), q(NH))),
    dict(file="university-of-eastbrook-F25-0441.txt", src="13-eastbrook.txt", fmt="copy",
         authority="University of Eastbrook", reference="F25/0441",
         date="2025-06-11", received="2025-05-13", regime="foia",
         layout="numbered request restated, then prose answers out of order ('In answer to point 3', 'On points 1 and 4')",
         traps=["answers out of order", "grouped 'points 1 and 4' with different facts", "'point five' as a word",
                "word hyphenated across lines", "ligature in boilerplate", "partial s43(2)"],
         questions=part(q(R), q(PR, "s43(2)"), q(W, "s43(2)"), q(R), q(NH), q(R, "s21"))),
    dict(file="kelderby-homes-KH-FOI-0127.docx", src="14-kelderby-homes.html", fmt="docx",
         authority="Kelderby Homes", reference="KH/FOI/0127",
         date="2025-06-10", received="2025-05-12", regime="foia",
         layout="interleaved: bold numbered question, then 'Response:' paragraph (DOCX, arm's-length council company)",
         traps=["ALMO owned by a council (the council named in letterhead)", "section 6 mention is not a stance",
                "'0.' released zero", "'DD Mon YYYY' date", "partial s43(2): contractor names given, rates withheld"],
         questions=part(q(R), q(R), q(R), q(R), q(PR, "s43(2)"), q(NH))),
    dict(file="strathmorven-council-FOI-01734-25.pdf", src="15-strathmorven.html", fmt="lo-pdf",
         authority="Strathmorven Council", reference="FOI/01734/25",
         date="2025-06-12", received="2025-05-15", regime="foisa",
         layout="request restated in a box, then 'Question N' headings (LibreOffice PDF); FOISA with two questions under EIRs (Scotland)",
         traps=["FOISA and EIRs (Scotland) mixed in one letter", "EIRs (Scotland) reg 10(4)(a) not held",
                "FOISA s17(1) notice for not held", "FOISA s25(1) signposting", "regulation 2(1) definition cited, not a stance",
                "Gaelic authority name"],
         questions=part(q(R), q(W, "foisa:s33(1)(b)"), q(R), q(NH, "reg10(4)(a)"), q(R, "foisa:s25(1)"),
                        q(NH, "foisa:s17(1)"))),
    dict(file="nrpa-EIR-25-0288.pdf", src="16-nrpa.html", fmt="chromium-pdf",
         authority="National Rivers and Pollution Agency", reference="EIR/25/0288",
         date="2025-06-12", received="2025-05-15", regime="eir",
         layout="interleaved 'Question N' / 'Answer' headings (Chromium PDF), environmental regulator under EIR",
         traps=["reg 12(1)/12(2) quoted, not stances", "reg 6(1)(b) signposting", "NCND reg12(6) read with reg12(5)(b)",
                "partial reg12(4)(e) (redacted board papers enclosed)", "reg 11 reconsideration in boilerplate",
                "Month D, YYYY dates", "'Your request dated' gives received"],
         questions=part(q(R), q(R, "reg6(1)(b)"), q(R), q(W, "reg12(5)(b)"), q(NCND, "reg12(5)(b)", "reg12(6)"),
                        q(W, "reg13(1)"), q(PR, "reg12(4)(e)"))),
    dict(file="dslg-FOI2025-11873.txt", src="17-dslg.txt", fmt="copy",
         authority="Department for Skills and Local Growth", reference="FOI2025/11873",
         date="2025-06-13", received="2025-05-15", regime="foia",
         layout="numbered request restated, then 'Question N' answers with one grouped block 'Questions 3 and 4' (central government, plain text)",
         traps=["grouped answer for questions 3 and 4", "requester's earlier reference quoted beside the letter's own",
                "s35(2) quoted by contrast, not applied", "word hyphenated across lines", "no personal signatory"],
         questions=part(q(R), q(R), q(W, "s35(1)(a)"), q(W, "s35(1)(a)"), q(NH))),
    dict(file="kenmore-police-IR-2025-0061.html", src="18-kenmore.html", fmt="copy",
         authority="Kenmore Police", reference="IR/2025/0061",
         date="2025-06-12", received="2025-04-03", regime="foia",
         layout="disclosure-log web page of an internal review: request list, original response (NCND for all), review outcome per question",
         traps=["internal review: original NCND for all, review overturns Q1, upholds Q2, varies Q3 to s43(2)",
                "original reference and related-disclosure references on the page", "site chrome",
                "NCND s24(2)+s31(3)"],
         questions=part(q(R), q(NCND, "s24(2)", "s31(3)"), q(W, "s43(2)"))),
    dict(file="hatherley-lb-LBH-FOI-88213-scan.pdf", src="19-hatherley.html", fmt="ocr",
         authority="London Borough of Hatherley", reference="LBH/FOI/88213",
         date="2025-06-09", received="2025-05-09", regime="foia",
         layout="numbered request restated, then numbered answers (scanned letter, OCR text layer)",
         traps=["OCR text layer (possible character errors)", "answers numbered like the questions",
                "partial s43(2): contractor named, value withheld"],
         questions=part(q(R), q(R), q(R), q(NH), q(PR, "s43(2)"))),
    dict(file="teifi-valley-uhb-FOI-25-214.docx", src="20-teifi.html", fmt="docx",
         authority="Teifi Valley University Health Board", reference="TVUHB FOI 25-214",
         date="2025-06-12", received="2025-05-14", regime="foia",
         layout="request in two parts, each an automatic numbered list; answers 'A1 –' restarting per part (DOCX, Welsh health board)",
         traps=["same question text in both parts", "numbering restarts in each part (automatic list numbering)",
                "'0.' and 'None.' released zeros", "'Not applicable (see A3)' is released", "bilingual labels",
                "reference with spaces"],
         questions={**part(q(R), q(R), q(R), q(W, "s43(2)"), p=1), **part(q(R), q(R), q(R), q(R), p=2)}),
    dict(file="ashcombe-bc-ABC-FOI-1522.txt", src="21-ashcombe.txt", fmt="copy",
         authority="Ashcombe Borough Council", reference="ABC-FOI-1522",
         date="2025-06-11", received="2025-05-20", regime="foia",
         layout="short prose cost refusal; request items lettered (a), (b)",
         traps=["lettered items numbered 1, 2", "one costly part refuses the whole request (aggregation)",
                "reference and date on one line", "advice that part (b) might be answerable is not an answer"],
         questions=part(q(REF, "s12(1)"), q(REF, "s12(1)"))),
    dict(file="fellside-npa-NPA-EIR-2025-017.html", src="22-fellside.html", fmt="copy",
         authority="Fellside National Park Authority", reference="NPA/EIR/2025/017",
         date="2025-06-10", received="2025-05-13", regime="eir",
         layout="disclosure-log web page with an HTML question | response table (EIR)",
         traps=["site chrome and cookie bar", "other reference inside a question (ENF/24/0081)",
                "reg12(4)(b) manifestly unreasonable for one question only", "reg12(4)(a) not held",
                "reg 6(1)(b) signposting", "reg 11 in boilerplate"],
         questions=part(q(R), q(R, "reg6(1)(b)"), q(W, "reg13(1)"), q(NH, "reg12(4)(a)"), q(REF, "reg12(4)(b)"))),
    dict(file="ardnish-council-FOISA-0512-2025.txt", src="23-ardnish.txt", fmt="copy",
         authority="Ardnish Council", reference="FOISA/0512/2025",
         date="2025-06-09", received="2025-05-12", regime="foisa",
         layout="request as bullets, numbered only by the authority ('Point 1' ...) in the response (plain text, FOISA)",
         traps=["bullets numbered only by the authority", "FOISA s18(1) NCND read with s38(1)(b)",
                "FOISA s33(1)(b) partial", "FOISA s25(1) signposting", "ordinal dates"],
         questions=part(q(R), q(R), q(PR, "foisa:s33(1)(b)"), q(NCND, "foisa:s18(1)", "foisa:s38(1)(b)"),
                        q(R, "foisa:s25(1)"))),
    dict(file="tollbridge-mbc-TMBC-25-1187.md", src="24-tollbridge.md", fmt="copy",
         authority="Tollbridge Metropolitan Borough Council", reference="TMBC/25/1187",
         date="2025-06-13", received="2025-05-16", regime="foia",
         layout="interleaved '### Question one' headings with italic question then answer (Markdown)",
         traps=["question numbers written as words", "answers written as words ('Nineteen.', 'Six')",
                "another Act's section quoted inside a question", "attachments", "s42(1) legal professional privilege"],
         questions=part(q(R), q(R), q(R), q(R, "s21"), q(R), q(W, "s40(2)"), q(R), q(W, "s42(1)"))),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (" ".join(cmd), r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def soffice(src, target, tmp):
    # open HTML in Writer proper (not Writer/Web), then export
    run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://%s/lo" % tmp,
         "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", tmp, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(":")[0]
    return os.path.join(tmp, base + "." + ext)


def chromium(src, out, tmp):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=%s/chrome" % tmp, "--print-to-pdf=%s" % out, "file://" + src], timeout=180)
    return out


def distil(pdf, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf])


def ocr(pdf, out, tmp):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(tmp, "page-%02d.png"), pdf])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("page-") and f.endswith(".png"))
    lst = os.path.join(tmp, "pages.txt")
    with open(lst, "w") as fh:
        fh.write("\n".join(os.path.join(tmp, p) for p in pages) + "\n")
    run(["tesseract", lst, os.path.splitext(out)[0], "pdf"])


def render(L):
    src = os.path.join(SRC, L["src"])
    out = os.path.join(OUT, L["file"])
    fmt = L["fmt"]
    with tempfile.TemporaryDirectory() as tmp:
        if fmt == "copy":
            shutil.copyfile(src, out)
        elif fmt == "lo-pdf":
            pdf = soffice(src, "pdf:writer_pdf_Export", tmp)
            if L.get("gs"):
                distil(pdf, out)
            else:
                shutil.copyfile(pdf, out)
        elif fmt == "chromium-pdf":
            pdf = chromium(src, os.path.join(tmp, "c.pdf"), tmp)
            if L.get("gs"):
                distil(pdf, out)
            else:
                shutil.copyfile(pdf, out)
        elif fmt == "docx":
            d = soffice(src, 'docx:MS Word 2007 XML', tmp)
            shutil.copyfile(d, out)
        elif fmt == "ocr":
            pdf = soffice(src, "pdf:writer_pdf_Export", tmp)
            ocr(pdf, out, tmp)
        else:
            raise ValueError(fmt)


def main():
    only = set(sys.argv[1:])
    names = [L["file"] for L in LETTERS]
    assert len(names) == len(set(names)) == 24, len(names)
    for L in LETTERS:
        if only and L["file"] not in only and L["src"] not in only:
            continue
        print("render", L["file"], file=sys.stderr)
        render(L)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {k: {"stance": v["stance"], "exemptions": list(v["exemptions"])}
                          for k, v in L["questions"].items()},
        }
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w") as fh:
        json.dump(full, fh, indent=2, ensure_ascii=False)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for v in L["questions"].values() if v["stance"] == W)
    print("letters %d questions %d withheld %d" % (len(LETTERS), nq, nw), file=sys.stderr)


if __name__ == "__main__":
    main()
