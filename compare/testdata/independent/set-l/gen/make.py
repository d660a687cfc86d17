#!/usr/bin/env python3
"""Evaluation set L, written independently of the code: renders letters from their truth and derives expect.json.

Usage: python3 make.py            (render everything and write expect.json, labels.json)
       python3 make.py --no-render (only the labels)
All output stays inside this directory (build/ holds intermediates)."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'src'))
from common import finding                      # noqa: E402
import render                                   # noqa: E402
import truth_lbt, truth_sev, truth_nkh, truth_cf  # noqa: E402

LETTERS = truth_lbt.LETTERS + truth_sev.LETTERS + truth_nkh.LETTERS + truth_cf.LETTERS
BUILD = os.path.join(HERE, 'build')
EXT = {'txt': 'txt', 'md': 'md', 'html': 'html', 'docx': 'docx', 'pdf-lo': 'pdf', 'pdf-chrome': 'pdf',
       'pdf-gs': 'pdf', 'pdf-lo-gs': 'pdf'}


def fname(L):
    slug = re.sub(r'[^a-z0-9]+', '-', L.ref.lower()).strip('-')
    base = '%s-%s' % (render.AUTHS[L.auth]['slug'], slug)
    if L.draft:
        base = 'draft-' + base
    return base + '.' + EXT[L.fmt]


def validate():
    refs = [L.ref for L in LETTERS]
    assert len(refs) == len(set(refs)), 'duplicate reference'
    keys = [L.key for L in LETTERS]
    assert len(keys) == len(set(keys))
    seen = set()
    for L in LETTERS:
        assert (L.auth, L.date) not in seen, ('date twice in one authority', L.key)
        seen.add((L.auth, L.date))
        assert L.received <= L.date
    hist = [L for L in LETTERS if not L.draft]
    drafts = [L for L in LETTERS if L.draft]
    assert 36 <= len(hist) <= 40, len(hist)
    assert len(drafts) == 11, len(drafts)
    for L in drafts:
        assert L.date >= '2025-01-01'
    for L in hist:
        assert '2017-01-01' <= L.date <= '2025-12-31'
    # references must not be confused with another letter's: none is a prefix of another
    for a in refs:
        for b in refs:
            assert a == b or not b.startswith(a + ' '), (a, b)


def expect():
    hist = [L for L in LETTERS if not L.draft]
    out = {}
    for D in [L for L in LETTERS if L.draft]:
        cut = D.as_of or D.date
        cands = sorted([H for H in hist if H.auth == D.auth and H.date < cut], key=lambda H: H.date, reverse=True)
        e = {}
        if D.as_of:
            e['as_of'] = D.as_of
        if D.consistent:
            e['consistent'] = True
        e['matches'] = {}
        e['findings'] = []
        for q in D.questions:
            prev = [(H, hq) for H in cands for hq in H.questions if hq.c == q.c]
            e['matches'][q.qid] = ['%s %s' % (H.ref, hq.qid) for H, hq in prev]
            if prev:
                H, hq = prev[0]
                f = finding(hq, q)
                if f:
                    e['findings'].append({'kind': f[0], 'severity': f[1], 'question_id': q.qid,
                                          'precedent': '%s %s' % (H.ref, hq.qid)})
        if D.consistent:
            assert not e['findings'], (D.key, e['findings'])
        out[fname(D)] = e
    return out


def labels():
    out = {}
    for L in LETTERS:
        out[fname(L)] = {
            'authority': render.AUTHS[L.auth]['name'], 'reference': L.ref, 'date': L.date, 'received': L.received,
            'regime': L.regime, 'layout': L.style + (' (draft)' if L.draft else ''), 'draft': L.draft,
            'questions': [dict(id=q.qid, concept=q.c, stance=q.st, exemptions=q.ex,
                               **({'fact': q.fact} if q.fact is not None else {})) for q in L.questions]}
    return out


# ------------------------------------------------------------------ rendering
def run(cmd, **kw):
    env = dict(os.environ, HOME=os.path.join(BUILD, 'home'))
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600, **kw)
    if r.returncode != 0:
        raise SystemExit('command failed: %s\n%s\n%s' % (' '.join(cmd), r.stdout, r.stderr))
    return r


def soffice(srcs, target, outdir):
    prof = 'file://' + os.path.join(BUILD, 'lo-profile')
    run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--infilter=HTML (StarWriter)',
         '--convert-to', target, '--outdir', outdir] + srcs)


def do_render():
    for d in ('history', 'drafts'):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    for d in ('html', 'ps', 'lo-pdf', 'lo-docx', 'home', 'chrome'):
        os.makedirs(os.path.join(BUILD, d), exist_ok=True)
    lo_pdf, lo_docx, chrome, gs_ps, lo_gs = [], [], [], [], []
    for L in LETTERS:
        A = render.AUTHS[L.auth]
        B = render.letter_blocks(L)
        dest = os.path.join(HERE, 'drafts' if L.draft else 'history', fname(L))
        base = os.path.splitext(fname(L))[0]
        if L.fmt == 'txt':
            open(dest, 'w', encoding='utf-8').write(render.to_text(B, width=L.opts.get('wrap')))
        elif L.fmt == 'md':
            open(dest, 'w', encoding='utf-8').write(render.to_text(B, md=True))
        elif L.fmt == 'html':
            open(dest, 'w', encoding='utf-8').write(render.to_html(B, L.title, A, chrome=L.opts.get('chrome'), date=L.date))
        elif L.fmt == 'pdf-gs':
            p = os.path.join(BUILD, 'ps', base + '.ps')
            open(p, 'w', encoding='latin-1').write(render.to_ps(B))
            gs_ps.append((p, dest))
        else:
            p = os.path.join(BUILD, 'html', base + '.html')
            open(p, 'w', encoding='utf-8').write(render.to_html(B, L.title, A))
            {'docx': lo_docx, 'pdf-lo': lo_pdf, 'pdf-chrome': chrome, 'pdf-lo-gs': lo_gs}[L.fmt].append((p, dest))
    if lo_docx:
        soffice([s for s, _ in lo_docx], 'docx:MS Word 2007 XML', os.path.join(BUILD, 'lo-docx'))
        for s, d in lo_docx:
            shutil.copy(os.path.join(BUILD, 'lo-docx', os.path.basename(s)[:-5] + '.docx'), d)
    if lo_pdf or lo_gs:
        soffice([s for s, _ in lo_pdf + lo_gs], 'pdf:writer_pdf_Export', os.path.join(BUILD, 'lo-pdf'))
        for s, d in lo_pdf:
            shutil.copy(os.path.join(BUILD, 'lo-pdf', os.path.basename(s)[:-5] + '.pdf'), d)
        for s, d in lo_gs:   # a LibreOffice PDF re-distilled by Ghostscript, as a print-to-PDF driver would
            run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + d,
                 os.path.join(BUILD, 'lo-pdf', os.path.basename(s)[:-5] + '.pdf')])
    for s, d in chrome:
        run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
             '--user-data-dir=' + os.path.join(BUILD, 'chrome'), '--print-to-pdf=' + d, 'file://' + s])
    for s, d in gs_ps:
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + d, s])


def main():
    validate()
    exp = expect()
    doc = {'description': ('Set L, written independently of the code. Four invented authorities: a London borough council, a police force, an acute NHS '
                           'foundation trust and a national park authority; round-robin families 2017-2025 (fly-tipping, parking '
                           'contracts, cyber; body-worn video, drones, contact-centre ICT; agency staff, waiting lists, cyber/EPR; '
                           'ash dieback felling, car parks) with rewording, reordering, parts restarting vs merged lists, the same '
                           'sentence in two parts, look-alikes and unrelated requests. Drafts plant every finding kind; two '
                           'consistent repeats (one a FOIA s43(2) -> EIR reg12(5)(e) regime move); one bare incoming request; one '
                           'as_of back-dated check; one history letter dated after a draft of its family.'),
           'drafts': exp}
    json.dump(doc, open(os.path.join(HERE, 'expect.json'), 'w'), indent=1, ensure_ascii=False)
    json.dump(labels(), open(os.path.join(HERE, 'labels.json'), 'w'), indent=1, ensure_ascii=False)
    if '--no-render' not in sys.argv:
        do_render()
    counts = {}
    for e in exp.values():
        for f in e['findings']:
            counts[(f['kind'], f['severity'])] = counts.get((f['kind'], f['severity']), 0) + 1
    print('history', sum(1 for L in LETTERS if not L.draft), 'drafts', sum(1 for L in LETTERS if L.draft))
    for k in sorted(counts):
        print(' ', k, counts[k])
    print('  total', sum(counts.values()))


if __name__ == '__main__':
    main()
