#!/usr/bin/env python3
"""Render batch b46 letters and write expect.json / labels_full.json from the truth held here."""
import json, os, shutil, subprocess, sys, tempfile, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = HERE

R, PR, W, N, NH, RF = 'released', 'partially_released', 'withheld', 'ncnd', 'not_held', 'refused'


def q(stance, *ex):
    return {'stance': stance, 'exemptions': sorted(ex)}


def part(p, answers):
    return {f'P{p}.Q{i}': a for i, a in enumerate(answers, 1)}


S31AB = ('s31(1)(a)', 's31(1)(b)')
POLICE_NCND = ('s23(5)', 's24(2)', 's30(3)', 's31(3)')

LETTERS = [
    dict(out='brackenshire-police-FOI-0093-25.pdf', src='l01_brackenshire.html', how='soffice',
         authority='Brackenshire Police', reference='FOI 0093/25', date='2025-02-04', received='2025-01-08',
         regime='foia', layout='decision paragraph; two-part contract round-robin; answers for the rest keyed "Question N –"',
         traps=['parts restart numbering', 'banner and page number every page', 'Section 31 (1)(a)(b) split into two',
                's24(1) only considered, not applied', 'earlier ref FOI 0771/21', 's40(2) partial on contact', 'not held with no exemption'],
         questions={**part(1, [q(W, *S31AB), q(W, *S31AB), q(NH), q(W, *S31AB), q(W, *S31AB), q(W, *S31AB), q(PR, 's40(2)'), q(R)]),
                    **part(2, [q(W, *S31AB), q(W, *S31AB), q(R), q(W, *S31AB), q(R)])}),
    dict(out='ashcombe-dc-F0045871.pdf', src='l02_ashcombe.html', how='chromium',
         authority='Ashcombe District Council', reference='F0045871', date='2024-03-21', received='2024-02-27',
         regime='foia', layout='two-column question | answer table (Chromium PDF)',
         traps=['table cells wrap', 'dd/mm/yyyy dates', 'your ref is a date', 'Section 43 (2) spacing', 'S.40(2)', 's21 signpost',
                'released zero "0"', 'ICO address in boilerplate'],
         questions=part(1, [q(R), q(R), q(PR, 's43(2)'), q(R), q(W, 's40(2)'), q(R, 's21')])),
    dict(out='wexmoor-hospitals-FOI241377.pdf', src='l03_wexmoor.html', how='chromium+gs',
         authority='Wexmoor Hospitals NHS Foundation Trust', reference='FOI241377', date='2024-12-20', received='2024-11-22',
         regime='foia', layout='interleaved Q1/A1',
         traps=['US-style dates "December 20, 2024"', 'we do not collate = not held', 'N/A after earlier answer (released, not not held)',
                '"Nil" released', 'sec 43(2) spelling', 's21 link', 'Ghostscript re-distilled', 'period 2023-24 in questions'],
         questions=part(1, [q(R), q(NH), q(R), q(W, 's43(2)'), q(R), q(R), q(R, 's21')])),
    dict(out='calderdown-fire-CFRS-FOI-2023-0412.pdf', src='l04_calderdown.html', how='soffice',
         authority='Calderdown Fire and Rescue Service', reference='CFRS/FOI/2023/0412', date='2023-06-07', received='2023-05-10',
         regime='foia', layout='request quoted with lettered items a)-e), single cost-refusal response',
         traps=['s12(1) refuses whole request', 'lettered items in quotes', 'arithmetic with years 2013-2023', 'date "07 Jun 2023"',
                'meta table for reference/dates', 's16 advice mention', 'OFFICIAL marking'],
         questions=part(1, [q(RF, 's12(1)')] * 5)),
    dict(out='rivenhall-university-FOI-2024-311.pdf', src='l05_rivenhall.html', how='chromium',
         authority='Rivenhall University', reference='FOI/2024/311', date='2024-09-02', received='2024-08-05',
         regime='foia', layout='"You asked: / Our response:" headings, questions unnumbered',
         traps=['unnumbered questions', 's36(2)(b)(ii) and 36(2)(c) run', 's22 future publication = released', 'Section 43(2) with title'],
         questions=part(1, [q(R), q(W, 's43(2)'), q(R), q(W, 's36(2)(b)(ii)', 's36(2)(c)'), q(R, 's22')])),
    dict(out='fenmarsh-constabulary-FOI-000611-24.pdf', src='l06_fenmarsh.html', how='soffice+gs',
         authority='Fenmarsh Constabulary', reference='FOI-000611-24', date='2024-08-13', received='2024-07-17',
         regime='foia', layout='request list then grouped responses "Questions 1 and 2" / "Questions 3 and 4"',
         traps=['grouped answers', 'police NCND with four provisions', 'no inference boilerplate', 'date with weekday',
                'not held without exemption', 'OFFICIAL header/footer', 'Ghostscript re-distilled'],
         questions=part(1, [q(R), q(R), q(N, *POLICE_NCND), q(N, *POLICE_NCND), q(NH)])),
    dict(out='halbury-bc-internal-review-scan.pdf', src='l07_halbury.html', how='ocr',
         authority='Halbury Borough Council', reference='IR/2024/0097', date='2024-10-29', received='2024-08-02',
         regime='foia', layout='internal review: original request quoted, original s12 refusal overturned, answers "Question N:"',
         traps=['OCR scan (tesseract text layer)', 'two references (review and original FOI/2024/1552)', 'several dates with roles',
                'original s12 not upheld: stance is review outcome', 's40(2) partial with ID table'],
         questions=part(1, [q(R), q(R), q(PR, 's40(2)')])),
    dict(out='strathlorne-council-SC-FOI-0833-24.pdf', src='l08_strathlorne.html', how='chromium+gs',
         authority='Strathlorne Council', reference='SC/FOI/0833/24', date='2024-11-11', received='2024-10-14',
         regime='foisa', layout='interleaved: numbered question headings with answers beneath',
         traps=['FOISA numbering', 's27(1) future publication = released', 's17(1) notice = not held', 's25(1) signpost',
                's33(1)(b) and s38(1)(b)', 'Gaelic strapline', 'Ghostscript re-distilled'],
         questions=part(1, [q(R), q(R, 'foisa:s27(1)'), q(R), q(W, 'foisa:s33(1)(b)'), q(W, 'foisa:s38(1)(b)'),
                            q(NH, 'foisa:s17(1)'), q(R, 'foisa:s25(1)')])),
    dict(out='amberleigh-chs-ACH-FOI-2425-118.docx', src='l09_amberleigh.html', how='docx',
         authority='Amberleigh Community Health NHS Trust', reference='ACH-FOI-2425-118', date='2024-06-03', received='2024-05-07',
         regime='foia', layout='questions as automatic Word list numbering, "Trust response:" beneath each',
         traps=['numbers only in DOCX list numbering', 'dd-mm-yyyy dates', 'attachments = released', 'Section 40 (2) spacing',
                'partial with s43(2)', 'not held phrased as "not recorded in a reportable field"'],
         questions=part(1, [q(R), q(R), q(R), q(PR, 's43(2)'), q(R), q(NH), q(PR, 's40(2)'), q(R)])),
    dict(out='hollinshire-police-CAS-90214-T7M2Q8.docx', src='l10_hollinshire.html', how='docx',
         authority='Hollinshire Police', reference='CAS-90214-T7M2Q8', date='2025-03-05', received='2025-02-10',
         regime='foia', layout='request quoted with (a)-(c), single s12(2) response',
         traps=['s12(2) "neither confirm nor deny" is refused not ncnd', 's17 refusal-notice mention', 's40(5) only mentioned',
                'reference repeated in body', 'Dear with name removed'],
         questions=part(1, [q(RF, 's12(2)')] * 3)),
    dict(out='penwithy-cc-EIR-2024-0561.docx', src='l11_penwithy.html', how='docx',
         authority='Penwithy County Council', reference='EIR 2024/0561', date='2024-09-18', received='2024-08-21',
         regime='eir', layout='bold numbered questions with answers beneath',
         traps=['EIR regime', 'FOIA s39 mentioned only', 'reg 12(2) presumption mentioned only', 'Regulation 12(5)(e) capitalised',
                'reg 13(1) redactions = partial', 'reg12(4)(a) not held', 'reg 11 review boilerplate', 'your reference text'],
         questions=part(1, [q(R), q(PR, 'reg13(1)'), q(W, 'reg12(5)(e)'), q(R), q(W, 'reg12(5)(b)'), q(NH, 'reg12(4)(a)')])),
    dict(out='colnebridge-university-FOI-24-187.docx', src='l12_colnebridge.html', how='docx',
         authority='University of Colnebridge', reference='FOI-24-187', date='2024-06-14', received='2024-05-17',
         regime='foia', layout='two parts, each an automatic Word list restarting at 1, "Answer:" under each item',
         traps=['parts restart numbering in DOCX lists', 'reference with no label', 'released zero "0"', 's.43(2) spelling',
                's36(2)(b)(ii) redaction = partial', 'qualified person date', 's21 signpost'],
         questions={**part(1, [q(R), q(R), q(R), q(R), q(NH), q(PR, 's36(2)(b)(ii)')]),
                    **part(2, [q(R), q(R), q(R), q(W, 's43(2)'), q(R, 's21')])}),
    dict(out='tarnside-mbc-disclosure-FOI-2024-3317.html', src='l13_tarnside.html', how='copy',
         authority='Tarnside Metropolitan Borough Council', reference='FOI-2024-3317', date='2024-10-07', received='2024-09-12',
         regime='foia', layout='disclosure-log page: request list then grouped responses',
         traps=['cookie banner, nav, breadcrumbs, footer', 'published date differs from response date', 'grouped "Questions 1 & 2" and "4 & 5"',
                'Section 40 (2) spacing'],
         questions=part(1, [q(R), q(R), q(R), q(W, 's40(2)'), q(W, 's40(2)')])),
    dict(out='dunmere-constabulary-disclosure-2024-1445.html', src='l14_dunmere.html', how='copy',
         authority='Dunmere Constabulary', reference='2024/1445', date='2024-12-02', received='2024-11-04',
         regime='foia', layout='disclosure-log page: 14 numbered questions, spreadsheet table for Q1-9, Q10-14 keyed "Qn –"',
         traps=['answers in a spreadsheet-style table', 'exempt rows in table explained later', 'S.31(1)(a) spelling',
                'grouped exemption heading "Questions 3 and 13"', 'bare numeric reference', 'fixed cookie banner at end'],
         questions=part(1, [q(R), q(R), q(W, 's31(1)(a)'), q(R), q(R), q(R), q(R), q(R), q(R), q(NH), q(R), q(R),
                            q(W, 's31(1)(a)'), q(R)])),
    dict(out='lymebrook-uh-disclosure-LUH-FOI-0722.html', src='l15_lymebrook.html', how='copy',
         authority='Lymebrook University Hospitals NHS Trust', reference='LUH-FOI-0722', date='2025-07-15', received='2025-06-17',
         regime='foia', layout='disclosure-log page: REQUEST / RESPONSE bullet lists answered in order',
         traps=['unnumbered bullets', 'dd.mm.yyyy dates', 'two exemptions on one redacted document', 's21 link', 'NHS cookie banner'],
         questions=part(1, [q(R), q(PR, 's40(2)', 's43(2)'), q(R), q(R, 's21')])),
    dict(out='nhs-loch-brae-FOI-2025-0061.html', src='l16_lochbrae.html', how='copy',
         authority='NHS Loch Brae', reference='FOI/2025/0061', date='2025-02-27', received='2025-01-30',
         regime='foisa', layout='disclosure-log page: "You asked: / Our response:" pairs',
         traps=['FOISA s18(1) NCND read with s38(1)(b)', 's35(1)(a) considered but not relied on', 's39(1) withheld', 'unnumbered questions'],
         questions=part(1, [q(N, 'foisa:s18(1)', 'foisa:s38(1)(b)'), q(R), q(W, 'foisa:s39(1)')])),
    dict(out='ravensfell-fire-RFRS-FOI-24-088.txt', src='l17_ravensfell.txt', how='copy',
         authority='Ravensfell Fire and Rescue Service', reference='RFRS FOI 24/088', date='2024-04-09', received='2024-03-12',
         regime='foia', layout='interleaved "1. question / Response:"',
         traps=['"Requested Tue ..." / "Responded Tue ..." dates', 'only two questions', 'answer contains a second figure',
                'does not hold = not held'],
         questions=part(1, [q(R), q(NH)])),
    dict(out='moorcastle-cc-MCC-IG-4471.md', src='l18_moorcastle.md', how='copy',
         authority='Moorcastle City Council', reference='MCC/IG/4471', date='2024-09-09', received='2024-08-12',
         regime='foia', layout='request in prose (blockquote), answers out of order keyed "point N"',
         traps=['questions never numbered', 'answers out of order', '"your fifth point" as words', 'sec. 43(2) spelling',
                'Section 40 (2) spacing', 'not held without the words "not held"'],
         questions=part(1, [q(R), q(R), q(NH), q(PR, 's43(2)'), q(W, 's40(2)')])),
    dict(out='greyhaven-icb-GICB-FOI-1290.txt', src='l19_greyhaven.txt', how='copy',
         authority='NHS Greyhaven Integrated Care Board', reference='GICB-FOI-1290', date='2024-06-28', received='2024-05-31',
         regime='foia', layout='restate (requester numbering with asterisks) then numbered "ICB response:" blocks',
         traps=['copy-pasted round-robin with asterisks', 'questions restated twice', 'expiry date 31/03/2025 in answer',
                's43(2) spend withheld', 's40(2) contact partial'],
         questions=part(1, [q(R), q(W, 's43(2)'), q(R), q(R), q(R), q(R), q(PR, 's40(2)')])),
    dict(out='severnholme-police-IR-0042-24.txt', src='l20_severnholme.txt', how='copy',
         authority='Severnholme Police', reference='IR-0042-24', date='2024-09-06', received='2024-06-19',
         regime='foia', layout='internal review: original request, original response, review findings with grouped "Questions 1 and 2"',
         traps=['original s31(1)(a)(b) not upheld: stance is review outcome', 'exemption substituted s31 -> s40(2)',
                'two references', 'four dates with roles', 'ethnicity table in answer'],
         questions=part(1, [q(R), q(R), q(W, 's40(2)')])),
    dict(out='kingsbarrow-university-KU-FOI-24-0912.md', src='l21_kingsbarrow.md', how='copy',
         authority='Kingsbarrow University', reference='KU-FOI-24-0912', date='2024-11-21', received='2024-10-24',
         regime='foia', layout='bulleted request then a single vexatious-request decision',
         traps=['s14(1) refuses whole request', 'earlier request references', 'ICO decision reference IC-291144-Q7K2',
                's40(1) mentioned only', 'bullets unnumbered'],
         questions=part(1, [q(RF, 's14(1)')] * 4)),
    dict(out='felstow-dc-EIR-24-0216.txt', src='l22_felstow.txt', how='copy',
         authority='Felstow District Council', reference='EIR/24/0216', date='2024-05-16', received='2024-04-18',
         regime='eir', layout='"Request (a): / Answer:" pairs',
         traps=['EIR regime', 'reg12(4)(b) manifestly unreasonable for one item only', 'reg 6(1)(b) signpost = released',
                'attached spreadsheet = released', 'reg12(4)(a) not held', 'lettered items'],
         questions=part(1, [q(R), q(R, 'reg6(1)(b)'), q(RF, 'reg12(4)(b)'), q(R), q(NH, 'reg12(4)(a)')])),
    dict(out='cranmoor-constabulary-01.FOI.24.044187.txt', src='l23_cranmoor.txt', how='copy',
         authority='Cranmoor Constabulary', reference='01.FOI.24.044187', date='2024-12-13', received='2024-11-15',
         regime='foia', layout='bulleted request, answers headed "Question one" ... "Question four"',
         traps=['bullets numbered only by the authority', 'numbers written as words', 'answers given in words ("Seven", "Twelve")',
                's40(5B) NCND', 'no inference boilerplate', 'dd-mm-yyyy dates', 'OFFICIAL markings'],
         questions=part(1, [q(N, 's40(5B)'), q(R), q(R), q(NH)])),
    dict(out='eskmoor-fire-EFRS-25-007.md', src='l24_eskmoor.md', how='copy',
         authority='Eskmoor Fire & Rescue Service', reference='EFRS-25-007', date='2025-01-30', received='2025-01-06',
         regime='foia', layout='two parts (A, B) with bold numbered questions restarting; answers beneath; annex of exemptions',
         traps=['parts restart numbering', 'Annex A lists exemptions not applied (s31, s38, s43)', 'attached spreadsheet = released',
                's21 and s22 signposts', 'markdown table for metadata'],
         questions={**part(1, [q(R), q(R), q(R, 's21'), q(R, 's22'), q(W, 's40(2)')]),
                    **part(2, [q(R), q(R), q(NH)])}),
]


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(' '.join(cmd) + '\n' + r.stdout + r.stderr)
        raise SystemExit(1)
    return r


def soffice(src, fmt, outdir):
    prof = os.path.join(outdir, 'lo-profile')
    run(['soffice', f'-env:UserInstallation=file://{prof}', '--headless', '--infilter=HTML (StarWriter)',
         '--convert-to', fmt, '--outdir', outdir, src])
    ext = fmt.split(':')[0]
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + ext)


def chromium(src, dst):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         f'--print-to-pdf={dst}', 'file://' + src])


def gs(src, dst):
    run(['gs', '-q', '-sDEVICE=pdfwrite', '-o', dst, src])


def render(L, work):
    src = os.path.join(SRC, L['src'])
    dst = os.path.join(OUT, L['out'])
    how = L['how']
    tmp = os.path.join(work, L['src'])
    shutil.copy(src, tmp)
    if how == 'copy':
        shutil.copy(src, dst)
    elif how == 'soffice':
        shutil.move(soffice(tmp, 'pdf:writer_pdf_Export', work), dst)
    elif how == 'soffice+gs':
        gs(soffice(tmp, 'pdf:writer_pdf_Export', work), dst)
    elif how == 'chromium':
        chromium(tmp, dst)
    elif how == 'chromium+gs':
        pre = os.path.join(work, 'pre.pdf')
        chromium(tmp, pre)
        gs(pre, dst)
    elif how == 'docx':
        shutil.move(soffice(tmp, 'docx:MS Word 2007 XML', work), dst)
    elif how == 'ocr':
        pdf = soffice(tmp, 'pdf:writer_pdf_Export', work)
        run(['gs', '-q', '-sDEVICE=png16m', '-r150', '-o', os.path.join(work, 'page-%02d.png'), pdf])
        pages = sorted(glob.glob(os.path.join(work, 'page-*.png')))
        lst = os.path.join(work, 'pages.txt')
        with open(lst, 'w') as f:
            f.write('\n'.join(pages) + '\n')
        run(['tesseract', lst, os.path.join(work, 'ocr'), 'pdf'])
        shutil.move(os.path.join(work, 'ocr.pdf'), dst)
    else:
        raise ValueError(how)


def main():
    only = set(sys.argv[1:])
    for L in LETTERS:
        if only and L['out'] not in only:
            continue
        with tempfile.TemporaryDirectory() as work:
            render(L, work)
        print('rendered', L['out'])
    expect = {'letters': {}}
    full = {}
    for L in LETTERS:
        expect['letters'][L['out']] = {'authority': L['authority'], 'reference': L['reference'], 'date': L['date'],
                                       'questions': L['questions']}
        full[L['out']] = {'received': L['received'], 'regime': L['regime'], 'layout': L['layout'], 'traps': L['traps']}
    with open(os.path.join(OUT, 'expect.json'), 'w') as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, 'labels_full.json'), 'w') as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    nq = sum(len(L['questions']) for L in LETTERS)
    nw = sum(1 for L in LETTERS for v in L['questions'].values() if v['stance'] == W)
    print(f'{len(LETTERS)} letters, {nq} questions, {nw} withheld')


if __name__ == '__main__':
    main()
