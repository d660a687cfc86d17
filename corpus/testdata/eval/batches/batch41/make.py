#!/usr/bin/env python3
"""Render batch 41 and write expect.json.

Truth for every letter is held in LETTERS below (written by hand with each
letter); nothing is parsed back from the rendered output.
"""
import json, os, shutil, subprocess, sys, tempfile, html

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = HERE
BUILD = os.path.join(HERE, '.build')


def q(stance, *ex):
    return {"stance": stance, "exemptions": sorted(ex)}

R = lambda *ex: q("released", *ex)
PR = lambda *ex: q("partially_released", *ex)
W = lambda *ex: q("withheld", *ex)
NC = lambda *ex: q("ncnd", *ex)
NH = lambda *ex: q("not_held", *ex)
RF = lambda *ex: q("refused", *ex)


def part(n, answers):
    return {f"P{n}.Q{i}": a for i, a in enumerate(answers, 1)}


S31AB = ("s31(1)(a)", "s31(1)(b)")

LETTERS = [
    dict(out="northmoor-constabulary-FOI-0412-25.pdf", src="l01_northmoor.txt", how="fodt",
         authority="Northmoor Constabulary", reference="FOI 0412/25", date="2025-03-04", received="2025-02-06",
         layout="decision paragraph; two-part contract round-robin", traps=["parts restart numbering", "footer banner every page", "earlier ref FOI 0877/22", "s17 refusal-notice mention", "not held in both parts", "s40(2) contact partial"],
         q={**part(1, [W("s24(1)", *S31AB), NH(), R(), R(), R(), W("s24(1)", *S31AB), PR("s40(2)"), R(), R(), W("s24(1)", *S31AB)]),
            **part(2, [W("s24(1)", *S31AB), NH(), R(), R(), W("s24(1)", *S31AB), PR("s40(2)")])}),
    dict(out="harrowfield-dc-FOI2411873.txt", src="l02_harrowfield.txt", how="copy",
         authority="Harrowfield District Council", reference="FOI2411873", date="2024-11-19", received="2024-10-22",
         layout="interleaved Q1/A1", traps=["'None' is a released zero", "two not-held answers", "dd/mm/yyyy dates"],
         q=part(1, [R(), R(), PR("s43(2)"), NH(), NH(), W("s40(2)")])),
    dict(out="east-lyndale-nhsft-F-01187.pdf", src="l03_eastlyndale.html", how="soffice",
         authority="East Lyndale NHS Foundation Trust", reference="F-01187", date="2024-12-20", received="2024-11-25",
         layout="two-column question/answer table", traps=["wrapped table cells", "s21 and s22 signposting", "public interest block after table"],
         q=part(1, [R(), PR("s43(2)"), W("s43(2)"), R(), R(), R("s21"), R(), R("s22(1)")])),
    dict(out="carrbridge-university-disclosure-UC-FOI-2024-311.html", src="l04_carrbridge.html", how="copy",
         authority="University of Carrbridge", reference="UC/FOI/2024/311", date="2024-08-07", received="2024-07-10",
         layout="disclosure-log HTML; You asked / Our response", traps=["published date differs from response date", "related disclosures with other refs", "unnumbered questions", "cookie banner and nav"],
         q=part(1, [R(), R(), W("s40(2)"), R("s21"), W("s36(2)(b)(ii)", "s40(2)")])),
    dict(out="glen-arrach-npa-FOI-2024-0093.pdf", src="l05_glenarrach.html", how="chromium",
         authority="Glen Arrach National Park Authority", reference="FOI/2024/0093", date="2024-10-09", received="2024-09-12",
         layout="restate then answer keyed Q1:", traps=["FOISA", "fewer than five partial", "s17 notice not held", "s27 future publication", "s47 appeal boilerplate", "Gaelic name in footer"],
         q=part(1, [R(), R(), R(), PR("foisa:s33(1)(b)"), PR("foisa:s38(1)(b)"), R("foisa:s27(1)"), NH("foisa:s17(1)")])),
    dict(out="dri-FOI2025-01544.txt", src="l06_dri.txt", how="copy",
         authority="Department for Rural Infrastructure", reference="FOI2025/01544", date="2025-01-28", received="2024-12-27",
         layout="whole-request cost refusal", traps=["central government £600/24 hours", "s14, s35, s40 mentioned but not applied", "previous request reference", "lettered items (a)-(d)"],
         q=part(1, [RF("s12(1)")] * 4)),
    dict(out="cwm-tawel-cbc-CTC-EIR-25-0087.docx", src="l07_cwmtawel.html", how="docx",
         authority="Cwm Tawel County Borough Council", reference="CTC-EIR-25-0087", date="2025-02-03", received="2025-01-06",
         layout="DOCX auto-numbered list, then 'Question N' answers", traps=["EIR regime", "bilingual Welsh letterhead", "reg 6(1)(b) signposting", "reg12(2) presumption mentioned", "dd.mm.yyyy date"],
         q=part(1, [R(), R("reg6(1)(b)"), PR("reg12(5)(e)", "reg13(1)"), W("reg13(1)"), R(), NH("reg12(4)(a)"), W("reg12(4)(e)")])),
    dict(out="greyford-homes-GH-IG-0212.md", src="l08_greyford.md", how="copy",
         authority="Greyford Homes", reference="GH/IG/0212", date="2024-06-12", received="2024-05-14",
         layout="whole-request vexatious refusal, bullet questions", traps=["s14(1) whole request", "ICO decision notice FS50723011", "earlier ref GH/IG/0171", "s6 and s17(6) mentioned", "dd-mm-yyyy date"],
         q=part(1, [RF("s14(1)")] * 3)),
    dict(out="severnmouth-police-01.FOI.24.031775.txt", src="l09_severnmouth.txt", how="copy",
         authority="Severnmouth Police", reference="01.FOI.24.031775", date="2024-06-03", received="2024-05-07",
         layout="restate then RESPONSE block numbered 1)", traps=["NCND with different subsections per question", "US-style date", "OFFICIAL markings"],
         q=part(1, [R(), R(), NC("s23(5)", "s24(2)", "s30(3)", "s31(3)"), R(), NC("s23(5)", "s24(2)")])),
    dict(out="kestrel-valley-bc-review-IR-2024-017.pdf", src="l10_kestrel.html", how="chromium",
         authority="Kestrel Valley Borough Council", reference="IR-2024-017", date="2024-07-17", received="2024-05-02",
         layout="internal review, changes in bold", traps=["original decision s43(2) for Q1-3 overturned in part", "two references", "s50 mention", "several dates"],
         q=part(1, [R(), PR("s43(2)"), W("s43(2)"), R(), NH()])),
    dict(out="mardale-fenbury-nhs-MFH-FOI-4471.txt", src="l11_mardale.txt", how="copy",
         authority="Mardale and Fenbury Hospitals NHS Trust", reference="MFH-FOI-4471", date="2024-11-15", received="2024-10-18",
         layout="prose request (Firstly...Sixthly), answers out of order", traps=["numbers as words", "answers out of order", "grouped points one and two", "weekday in date"],
         q=part(1, [R(), R(), NH(), PR("s43(2)"), R(), R()])),
    dict(out="westerby-cc-DC-FOI-1190-25.md", src="l12_westerby.md", how="copy",
         authority="Westerby County Council", reference="DC/FOI 1190/25", date="2025-04-01", received="2025-03-04",
         layout="prose request and prose answer paragraphs", traps=["questions never numbered", "answers as unlabelled paragraphs", "confirm yes but withhold number"],
         q=part(1, [R(), R(), PR("s43(2)"), PR("s40(2)"), NH()])),
    dict(out="dunholme-police-CAS-77310-K2P9Q1.docx", src="l13_dunholme.html", how="docx",
         authority="Dunholme Police", reference="CAS-77310-K2P9Q1", date="2025-05-21", received="2025-04-23",
         layout="DOCX auto-numbered list; grouped answers Questions 1 & 2", traps=["grouped answers", "s31(1)(a)(b) split", "OFFICIAL markings"],
         q=part(1, [R(), R(), PR("s40(2)"), PR("s40(2)"), W(*S31AB), W(*S31AB), R()])),
    dict(out="holmbury-met-disclosure-FOIR-204418830.html", src="l14_holmbury.html", how="copy",
         authority="Holmbury Metropolitan University", reference="FOIR-204418830", date="2024-09-30", received="2024-09-03",
         layout="disclosure-log HTML; bullet request, bold-label answers", traps=["answer in attached spreadsheet", "Requested/Responded/Added dates", "cookie banner and script"],
         q=part(1, [R(), W("s43(2)"), R(), R("s21"), R()])),
    dict(out="kinloch-esk-disclosure-FOI-25-0245.html", src="l15_kinlochesk.html", how="copy",
         authority="Kinloch Esk Council", reference="FOI-25-0245", date="2025-02-26", received="2025-01-30",
         layout="disclosure-log HTML; FOISA whole-request cost refusal", traps=["FOISA £600 limit", "s38(1)(b) mentioned in advice only", "s15, s20, s47 boilerplate", "lettered items"],
         q=part(1, [RF("foisa:s12(1)")] * 3)),
    dict(out="cwm-hafren-uhb-FOI-CHUHB-25-412.pdf", src="l16_cwmhafren.html", how="soffice+gs",
         authority="Cwm Hafren University Health Board", reference="FOI/CHUHB/25/412", date="2025-03-11", received="2025-02-10",
         layout="REQUEST n / RESPONSE blocks, 14 questions", traps=["Ghostscript re-distilled", "bilingual", "s36 run", "annex public interest", "s22 and s21"],
         q=part(1, [R(), R(), NH(), W("s40(2)"), R(), W("s40(2)", "s41(1)"), R("s21"), R(), R(), R(), R(), W("s36(2)(b)(ii)", "s36(2)(c)"), R("s22"), R()])),
    dict(out="marchbank-constabulary-2024-1187.txt", src="l17_marchbank.txt", how="copy",
         authority="Marchbank Constabulary", reference="2024/1187", date="2024-09-02", received="2024-08-05",
         layout="repeated-request refusal", traps=["s14(2)", "s14(1) contrasted", "earlier ref 2024/0903 and its dates", "s17(5) mention"],
         q=part(1, [RF("s14(2)")] * 2)),
    dict(out="brinsford-mbc-F0052290.docx", src="l18_brinsford.html", how="docx",
         authority="Brinsford Metropolitan Borough Council", reference="F0052290", date="2025-01-10", received="2024-12-09",
         layout="DOCX auto-numbered list; long mixed answers", traps=["long answers mixing released and withheld", "reference in letterhead table", "two-part questions"],
         q=part(1, [PR("s31(1)(a)"), R(), R(), R(), PR("s31(1)(a)"), W("s40(2)")])),
    dict(out="wendlebury-dc-scan.pdf", src="l19_wendlebury.html", how="ocr",
         authority="Wendlebury District Council", reference="WDC/FOI/0634", date="2024-10-14", received="2024-09-16",
         layout="OCR'd scan; Q n / Answer:", traps=["OCR text layer", "periods 2021-22 in questions"],
         q=part(1, [R(), R(), R(), R(), W("s40(2)")])),
    dict(out="dsrg-FOI-24-0977.pdf", src="l20_dsrg.html", how="chromium",
         authority="Department for Skills and Regional Growth", reference="DSRG-FOI-24-0977", date="2024-12-05", received="2024-11-06",
         layout="restate then answer; grouped Questions 3 and 5", traps=["s35(1) statutory text quoted (b)-(d)", "grouped non-adjacent questions", "redacted minutes partial", "s22"],
         q=part(1, [R(), R(), W("s35(1)(a)"), PR("s36(2)(b)(ii)", "s40(2)"), W("s35(1)(a)"), R("s22")])),
    dict(out="tamarside-police-disclosure-FOI-2024-1102.html", src="l21_tamarside.html", how="copy",
         authority="Tamarside Police", reference="FOI 2024-1102", date="2024-11-08", received="2024-10-14",
         layout="disclosure-log HTML; Contract 1 / Contract 2 parts", traps=["same questions in two parts", "ISO date", "emergency banner"],
         q={**part(1, [R(), W("s43(2)"), R(), PR("s40(2)")]),
            **part(2, [W("s24(1)", "s31(1)(a)"), W("s43(2)"), R(), PR("s40(2)")])}),
    dict(out="inverallan-university-F25-071.docx", src="l22_inverallan.html", how="docx",
         authority="University of Inverallan", reference="F25/071", date="2025-03-18", received="2025-02-18",
         layout="DOCX; bold 'Question:' headings, unnumbered", traps=["FOISA", "s25 signposting", "s27 future publication", "s17 notice", "email date vs received date"],
         q=part(1, [R("foisa:s25(1)"), R(), W("foisa:s30(b)(i)", "foisa:s33(1)(b)"), R("foisa:s27(1)"), NH("foisa:s17(1)")])),
    dict(out="hatherwick-cc-EIR-HW-25-0330.md", src="l23_hatherwick.md", how="copy",
         authority="Hatherwick County Council", reference="EIR/HW/25/0330", date="2025-04-23", received="2025-03-25",
         layout="EIR whole-request manifestly unreasonable", traps=["s12 mentioned but EIR applies", "markdown table metadata", "reg 9 and reg 11 mentions"],
         q=part(1, [RF("reg12(4)(b)")] * 4)),
    dict(out="north-vale-hospitals-NVH-FOI-1502.pdf", src="l24_northvale.html", how="soffice",
         authority="North Vale Hospitals NHS Trust", reference="NVH-FOI-1502", date="2025-01-29", received="2025-01-02",
         layout="interleaved 'n. question / Response:' in two parts", traps=["parts restart numbering", "Not applicable is released", "page break mid-answer", "Date received vs Date sent"],
         q={**part(1, [R(), W("s43(2)"), R(), R(), R(), R(), PR("s40(2)")]),
            **part(2, [R(), R(), R(), R(), R(), R(), PR("s40(2)")])}),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(f"FAILED: {cmd}\n{r.stdout}\n{r.stderr}\n")
        raise SystemExit(1)
    return r


def soffice(src, fmt, outdir, infilter=None):
    prof = tempfile.mkdtemp(prefix='lo-', dir=BUILD)
    cmd = ['soffice', f'-env:UserInstallation=file://{prof}', '--headless']
    if infilter:
        cmd.append(f'--infilter={infilter}')
    cmd += ['--convert-to', fmt, '--outdir', outdir, src]
    run(cmd)
    shutil.rmtree(prof, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(':')[0]
    return os.path.join(outdir, base + '.' + ext)


def fodt_from_text(txt, footer):
    """Build a flat ODT from simple text: '#' lines bold; blank-line paragraphs."""
    paras, cur = [], []
    for line in txt.split('\n'):
        if not line.strip():
            if cur:
                paras.append(cur); cur = []
            continue
        if line.startswith('#'):
            if cur:
                paras.append(cur); cur = []
            paras.append(['#' + line[1:]])
            continue
        cur.append(line)
    if cur:
        paras.append(cur)
    body = []
    for p in paras:
        if len(p) == 1 and p[0].startswith('#'):
            body.append(f'<text:p text:style-name="H">{html.escape(p[0][1:])}</text:p>')
        elif all(l[:3].strip().rstrip('.').isdigit() for l in p):
            for l in p:
                body.append(f'<text:p text:style-name="Q">{html.escape(l)}</text:p>')
        else:
            body.append('<text:p text:style-name="P">' + '<text:line-break/>'.join(html.escape(l) for l in p) + '</text:p>')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:default-style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Q" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="F" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="1cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="F">OFFICIAL</text:p></style:header>
<style:footer>{''.join(f'<text:p text:style-name="F">{html.escape(f)}</text:p>' for f in footer)}<text:p text:style-name="F">Page <text:page-number text:select-page="current"/></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''


def render(L, work):
    src = os.path.join(SRC, L['src'])
    dst = os.path.join(OUT, L['out'])
    how = L['how']
    if how == 'copy':
        shutil.copyfile(src, dst)
    elif how == 'fodt':
        fodt = os.path.join(work, os.path.splitext(L['out'])[0] + '.fodt')
        with open(src, encoding='utf-8') as f:
            txt = f.read()
        with open(fodt, 'w', encoding='utf-8') as f:
            f.write(fodt_from_text(txt, ['INVESTORS IN VOLUNTEERS – GOLD ACCREDITED', 'Keeping Northmoor safe, together']))
        shutil.move(soffice(fodt, 'pdf', work), dst)
    elif how == 'soffice':
        tmp = os.path.join(work, os.path.splitext(L['out'])[0] + '.html')
        shutil.copyfile(src, tmp)
        shutil.move(soffice(tmp, 'pdf:writer_pdf_Export', work, infilter='HTML (StarWriter)'), dst)
    elif how == 'soffice+gs':
        tmp = os.path.join(work, 'pre-' + os.path.splitext(L['out'])[0] + '.html')
        shutil.copyfile(src, tmp)
        pre = soffice(tmp, 'pdf:writer_pdf_Export', work, infilter='HTML (StarWriter)')
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-o', dst, pre])
    elif how == 'chromium':
        run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
             f'--user-data-dir={work}/chrome', f'--print-to-pdf={dst}', 'file://' + src])
    elif how == 'docx':
        tmp = os.path.join(work, os.path.splitext(L['out'])[0] + '.html')
        shutil.copyfile(src, tmp)
        shutil.move(soffice(tmp, 'docx:MS Word 2007 XML', work, infilter='HTML (StarWriter)'), dst)
    elif how == 'ocr':
        tmp = os.path.join(work, 'scan.html')
        shutil.copyfile(src, tmp)
        pdf = soffice(tmp, 'pdf:writer_pdf_Export', work, infilter='HTML (StarWriter)')
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=png16m', '-r150', f'-sOutputFile={work}/page-%02d.png', pdf])
        pages = sorted(p for p in os.listdir(work) if p.startswith('page-') and p.endswith('.png'))
        if len(pages) == 1:
            run(['tesseract', os.path.join(work, pages[0]), os.path.join(work, 'ocr'), 'pdf'])
        else:
            lst = os.path.join(work, 'pages.txt')
            with open(lst, 'w') as f:
                f.write('\n'.join(os.path.join(work, p) for p in pages) + '\n')
            run(['tesseract', lst, os.path.join(work, 'ocr'), 'pdf'])
        shutil.move(os.path.join(work, 'ocr.pdf'), dst)
    else:
        raise ValueError(how)


def main():
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L['out'] not in only and L['src'] not in only:
            continue
        os.makedirs(BUILD, exist_ok=True)
        work = tempfile.mkdtemp(prefix='w-', dir=BUILD)
        render(L, work)
        shutil.rmtree(work, ignore_errors=True)
        print('rendered', L['out'])
    shutil.rmtree(BUILD, ignore_errors=True)
    expect = {"letters": {L['out']: {"authority": L['authority'], "reference": L['reference'], "date": L['date'],
                                     "questions": L['q']} for L in LETTERS}}
    with open(os.path.join(OUT, 'expect.json'), 'w', encoding='utf-8') as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    nq = sum(len(L['q']) for L in LETTERS)
    print(len(LETTERS), 'letters,', nq, 'questions')


if __name__ == '__main__':
    main()
