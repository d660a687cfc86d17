#!/usr/bin/env python3
"""Set W: an evaluation set for a FOI consistency checker, written without sight of it.

Holds the truth of every letter (in src/data_*.py), renders the letters into
history/ and drafts/, and derives expect.json from the truth by code.
Standard library only.  Usage: python3 make.py [--no-render]
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'src'))

import data_police, data_council, data_nhs, data_agency  # noqa: E402
from compose import compose, compose_request, KIND  # noqa: E402
from render import (AUTH, to_text, to_html, to_ps, soffice_convert, chromium_pdf, gs_pdf,  # noqa: E402
                    BUILD)

HISTORY = data_police.HISTORY + data_council.HISTORY + data_nhs.HISTORY + data_agency.HISTORY
DRAFTS = data_police.DRAFTS + data_council.DRAFTS + data_nhs.DRAFTS + data_agency.DRAFTS

EXT = {'txt': 'txt', 'md': 'md', 'html': 'html', 'docx': 'docx',
       'pdf-soffice': 'pdf', 'pdf-chromium': 'pdf', 'pdf-gs': 'pdf'}

# Equivalent provisions across FOIA / EIR / FOISA (HOUSE-STYLES.md table), mapped to FOIA.
EQUIV = {'reg12(5)(e)': 's43(2)', 'reg13(1)': 's40(2)', 'reg12(5)(a)': 's24(1)',
         'foisa:s33(1)(b)': 's43(2)', 'foisa:s38(1)(b)': 's40(2)'}


def fname(L):
    return L['id'] + '.' + EXT[L['fmt']]


def qids(L):
    for pn, part in enumerate(L['parts'], 1):
        for qn, q in enumerate(part['qs'], 1):
            yield f'P{pn}.Q{qn}', q


def norm_ex(exs):
    return sorted(set(EQUIV.get(e, e) for e in exs))


def finding(prev, cur):
    """The contract's table: (kind, severity) or None."""
    p, c = KIND[prev['k']], KIND[cur['k']]
    if 'unknown' in (p, c):
        return None
    held = ('released', 'partially_released', 'withheld', 'not_held')
    if c == 'ncnd' and p != 'ncnd':
        return ('ncnd_inconsistent', 'high') if p in held else None
    if p == 'ncnd' and c != 'ncnd':
        return ('ncnd_inconsistent', 'medium') if c in held else None
    if p == c == 'ncnd':
        return None
    if p in ('released', 'partially_released') and c in ('withheld', 'refused'):
        return ('newly_withheld', 'high')
    if p == 'released' and c == 'partially_released':
        return ('partly_withheld', 'medium')
    if p == 'withheld' and c in ('released', 'partially_released'):
        return ('newly_released', 'medium')
    if p == c == 'withheld':
        return ('exemption_changed', 'medium') if norm_ex(prev['ex']) != norm_ex(cur['ex']) else None
    if p in ('released', 'partially_released', 'withheld') and c == 'not_held':
        return ('held_status_changed', 'high')
    if p == 'not_held' and c in ('released', 'partially_released', 'withheld'):
        return ('held_status_changed', 'medium')
    if p == c == 'released':
        return ('answer_changed', 'low') if prev['fact'] != cur['fact'] else None
    return None


def validate():
    refs = set()
    dates = {}
    for L in HISTORY + DRAFTS:
        if L.get('ref'):
            assert L['ref'] not in refs, L['ref']
            refs.add(L['ref'])
        key = (L['auth'], L['date'])
        assert key not in dates, (key, dates.get(key), L['id'])
        dates[key] = L['id']
        seen = set()
        for qid, q in qids(L):
            assert q['c'] not in seen, (L['id'], q['c'])
            seen.add(q['c'])
            if q['k'] in ('wh', 'part', 'ncnd'):
                assert q['ex'], (L['id'], qid)
            if q['k'] in ('rel',) and not L.get('bare'):
                assert q['fact'] is not None, (L['id'], qid)
    for L in HISTORY:
        assert '2017-01-01' <= L['date'] <= '2025-12-31', L['id']
    for D in DRAFTS:
        assert '2025-01-01' <= D['date'] <= '2026-12-31', D['id']
        assert D['date'] > max(L['date'] for L in HISTORY if L['auth'] == D['auth']) or D.get('as_of'), D['id']


def derive():
    out = {'description': (
        'setW: four invented authorities (Mercia Vale Police, Harrowdene District Council, Eastwick and Lorne '
        'Hospitals NHS Foundation Trust, Inland Waters Regulation Agency); round-robin request families repeated '
        '2017-2025 with rewording, renumbering, inserted/removed questions, merged vs restarting parts, the same '
        'sentence in two parts, look-alikes and unrelated requests. Drafts 2025-2026 plant findings of every kind, '
        'consistent repeats with restated facts, an EIR/FOIA regime change, a bare request and an as_of check. '
        'Labels derived by make.py from the truth of each letter.'),
        'drafts': {}}
    for D in DRAFTS:
        cutoff = D.get('as_of') or D['date']
        hist = [L for L in HISTORY if L['auth'] == D['auth'] and L['date'] < cutoff]
        entry = {}
        if D.get('as_of'):
            entry['as_of'] = D['as_of']
        if D.get('consistent'):
            entry['consistent'] = True
        matches, findings = {}, []
        for qid, q in qids(D):
            cands = []
            for L in hist:
                for hqid, hq in qids(L):
                    if hq['c'] == q['c']:
                        cands.append((L['date'], L['ref'] + ' ' + hqid, hq))
            cands.sort(key=lambda t: t[0], reverse=True)
            matches[qid] = [c[1] for c in cands]
            if cands and not D.get('bare'):
                f = finding(cands[0][2], q)
                if f:
                    findings.append({'kind': f[0], 'severity': f[1], 'question_id': qid, 'precedent': cands[0][1]})
        entry['matches'] = matches
        entry['findings'] = findings
        if D.get('consistent'):
            assert not any(f['severity'] == 'high' for f in findings), D['id']
        out['drafts'][fname(D)] = entry
    return out


def truth_dump():
    def one(L):
        return {'file': fname(L), 'authority': AUTH[L['auth']]['name'], 'reference': L['ref'], 'date': L['date'],
                'received': L.get('received', ''), 'regime': L.get('regime', 'foia'), 'style': L['style'],
                'format': L['fmt'], 'as_of': L.get('as_of'),
                'questions': [{'id': qid, 'concept': q['c'], 'stance': KIND[q['k']], 'exemptions': q['ex'],
                               'fact': q['fact'], 'text': q['text']} for qid, q in qids(L)]}
    return {'history': [one(L) for L in HISTORY], 'drafts': [one(D) for D in DRAFTS]}


def render(L, outdir):
    blocks = compose_request(L) if L.get('bare') else compose(L)
    name = fname(L)
    target = os.path.join(outdir, name)
    fmt = L['fmt']
    title = f"{AUTH[L['auth']]['name']} - {L['title']}"
    if fmt == 'txt':
        open(target, 'w', encoding='utf-8').write(to_text(blocks))
    elif fmt == 'md':
        open(target, 'w', encoding='utf-8').write(to_text(blocks, md=True))
    elif fmt == 'html':
        open(target, 'w', encoding='utf-8').write(to_html(blocks, title, weblog=AUTH[L['auth']]['name']))
    elif fmt in ('docx', 'pdf-soffice', 'pdf-chromium'):
        src = os.path.join(BUILD, L['id'] + '.html')
        open(src, 'w', encoding='utf-8').write(to_html(blocks, title))
        if fmt == 'docx':
            soffice_convert(src, 'docx', outdir, name)
        elif fmt == 'pdf-soffice':
            soffice_convert(src, 'pdf', outdir, name)
        else:
            chromium_pdf(src, target)
    elif fmt == 'pdf-gs':
        ps = os.path.join(BUILD, L['id'] + '.ps')
        foot = f"OFFICIAL - {AUTH[L['auth']]['name']}"
        open(ps, 'w', encoding='latin-1').write(to_ps(blocks, foot))
        gs_pdf(ps, target)
    else:
        raise ValueError(fmt)
    return target


def main():
    validate()
    expect = derive()
    json.dump(expect, open(os.path.join(HERE, 'expect.json'), 'w'), indent=2)
    json.dump(truth_dump(), open(os.path.join(HERE, 'src', 'truth.json'), 'w'), indent=2, default=str)
    if '--no-render' in sys.argv:
        return
    for d in ('history', 'drafts'):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    os.makedirs(BUILD, exist_ok=True)
    for L in HISTORY:
        render(L, os.path.join(HERE, 'history'))
    for D in DRAFTS:
        render(D, os.path.join(HERE, 'drafts'))
    # check PDFs read as intended
    for d in ('history', 'drafts'):
        for f in sorted(os.listdir(os.path.join(HERE, d))):
            if f.endswith('.pdf'):
                txt = subprocess.run(['pdftotext', '-layout', os.path.join(HERE, d, f), '-'],
                                     stdout=subprocess.PIPE, text=True).stdout
                L = next(x for x in HISTORY + DRAFTS if fname(x) == f)
                if L['ref']:
                    assert L['ref'] in txt, (f, 'reference not extracted')
                for qid, q in qids(L):
                    probe = ' '.join(q['text'].split()[:4])
                    if probe not in ' '.join(txt.split()):
                        print('WARN', f, qid, 'question text not found:', probe)
    print('history', len(HISTORY), 'drafts', len(DRAFTS))


if __name__ == '__main__':
    main()
