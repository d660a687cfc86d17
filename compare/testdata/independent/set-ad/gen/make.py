#!/usr/bin/env python3
"""Evaluation set AD for a draft-FOI-response consistency checker.

Holds the truth for every letter (in src/letters_*.py: authority, reference, date,
and per question the concept asked, its stance, exemptions and released fact),
renders history letters into history/ and drafts into drafts/, and derives
expect.json from that truth.

Usage: python3 make.py            (render everything and write expect.json)
       python3 make.py --expect   (only write expect.json)
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'src'))

from render import write_doc  # noqa: E402
from compose import compose, AUTH  # noqa: E402
from letters_kp import KL, PL  # noqa: E402
from letters_nf import NL, FL  # noqa: E402

ALL = KL + PL + NL + FL
HIST = [L for L in ALL if not L.draft]
DRAFTS = [L for L in ALL if L.draft]

SLUG = {'K': 'kelmscott', 'P': 'dyfed-teifi-police', 'N': 'calderbrook-nhs', 'F': 'severn-marches-fire'}
EXT = {'txt': '.txt', 'md': '.md', 'html': '.html', 'docx': '.docx', 'pdf-soffice': '.pdf',
       'pdf-chromium': '.pdf', 'pdf-gs': '.pdf'}

# Exemption equivalence across FOIA / EIR / FOISA (HOUSE-STYLES.md), by section.
EQUIV = {'s43': 'commercial', 'reg12(5)(e)': 'commercial', 'foisa:s33': 'commercial',
         's31': 'law', 'reg12(5)(b)': 'law', 'foisa:s35': 'law',
         's40': 'personal', 'reg13': 'personal', 'foisa:s38': 'personal',
         's24': 'natsec', 'reg12(5)(a)': 'natsec', 'foisa:s31': 'natsec'}


def exclass(e):
    if e.startswith('reg'):
        for k, v in EQUIV.items():
            if e.startswith(k):
                return v
        return e
    base = e.split('(')[0]
    return EQUIV.get(base, e)


def slugify(s):
    out = ''.join(c.lower() if c.isalnum() else '-' for c in s)
    while '--' in out:
        out = out.replace('--', '-')
    return out.strip('-')


def filename(L):
    kind = 'draft-' if L.draft else ''
    return '%s%s-%s-%s%s' % (kind, SLUG[L.auth], L.date.isoformat(), slugify(L.title)[:40], EXT[L.fmt])


def finding(prev, cur):
    """Apply the contract's table. Returns (kind, severity) or None."""
    P, C = prev.stance, cur.stance
    held = ('released', 'partially_released', 'withheld')
    if C == 'unknown' or P == 'unknown':
        return None
    if C == 'ncnd' and P in held + ('not_held',):
        return ('ncnd_inconsistent', 'high')
    if P == 'ncnd' and C in held + ('not_held',):
        return ('ncnd_inconsistent', 'medium')
    if P in ('released', 'partially_released') and C in ('withheld', 'refused'):
        return ('newly_withheld', 'high')
    if P == 'released' and C == 'partially_released':
        return ('partly_withheld', 'medium')
    if P == 'withheld' and C in ('released', 'partially_released'):
        return ('newly_released', 'medium')
    if P == 'withheld' and C == 'withheld':
        if sorted(set(map(exclass, prev.exs))) != sorted(set(map(exclass, cur.exs))):
            return ('exemption_changed', 'medium')
        return None
    if P in held and C == 'not_held':
        return ('held_status_changed', 'high')
    if P == 'not_held' and C in held:
        return ('held_status_changed', 'medium')
    if P == 'released' and C == 'released' and prev.fact != cur.fact:
        return ('answer_changed', 'low')
    return None


def check_truth():
    refs = [L.ref for L in ALL]
    assert len(refs) == len(set(refs)), 'duplicate reference'
    for a in AUTH:
        ds = [L.date for L in ALL if L.auth == a]
        assert len(ds) == len(set(ds)), 'duplicate date in ' + a
    for L in ALL:
        cs = [q.concept for _, _, _, q in L.questions()]
        assert len(cs) == len(set(cs)), 'concept twice in ' + L.key
    names = [filename(L) for L in ALL]
    assert len(names) == len(set(names))


def expectations():
    out = {}
    for D in DRAFTS:
        cutoff = D.as_of or D.date.isoformat()
        entry = {}
        if D.as_of:
            entry['as_of'] = D.as_of
        if D.all_auth:
            entry['all_authorities'] = True
        matches, findings = {}, []
        for qid, pi, qi, q in D.questions():
            prev = []
            for L in HIST:
                if L.auth != D.auth and not D.all_auth:
                    continue
                if not L.date.isoformat() < cutoff:
                    continue
                for hid, hp, hq, hqq in L.questions():
                    if hqq.concept == q.concept:
                        prev.append((L.date, L, hid, hqq))
            prev.sort(key=lambda t: t[0])
            matches[qid] = ['%s %s' % (L.ref, hid) for _, L, hid, _ in prev]
            if prev and not D.bare:
                dts = [t[0] for t in prev]
                assert len(dts) == len(set(dts)), 'ambiguous precedent for %s %s' % (D.key, qid)
                _, L, hid, pq = prev[-1]
                f = finding(pq, q)
                if f:
                    findings.append({'kind': f[0], 'severity': f[1], 'question_id': qid,
                                     'precedent': '%s %s' % (L.ref, hid)})
        if not any(f['severity'] == 'high' for f in findings) and not findings:
            entry['consistent'] = True
        entry['matches'] = matches
        entry['findings'] = findings
        out[filename(D)] = entry
    return out


WEB = {
    'K': ('<header><a href="#main">Skip to main content</a> | <b>Kelmscott Council</b> | Home &gt; Your council &gt; '
          'Freedom of information &gt; Disclosure log</header>\n<div class="cookie">We use cookies to make this '
          'website work. <button>Accept all cookies</button> <button>Reject optional cookies</button></div>',
          '<footer>Was this page useful? Yes / No<br>&copy; London Borough of Kelmscott | Accessibility statement | '
          'Privacy | Contact us</footer>'),
    'P': ('<header><b>Heddlu Dyfed-Teifi Police</b> | Cymraeg | Report | Contact us<br>Home &gt; FOI-AI &gt; '
          'Disclosure log</header>\n<div class="cookie">Cookies on this site: we use essential cookies and, with your '
          'consent, analytics cookies. <button>Accept</button></div>',
          '<footer>Follow us | In an emergency always call 999 | &copy; Dyfed-Teifi Police | Accessibility | '
          'Privacy notice</footer>'),
    'N': ('<header><b>Calderbrook Hospitals NHS Foundation Trust</b><br>Home &gt; About us &gt; Freedom of '
          'information &gt; Disclosure log</header>\n<div class="cookie">This site uses cookies. '
          '<a href="#">Cookie settings</a></div>',
          '<footer>Calderbrook General Hospital, Moor Lane | Switchboard 01999 400 400 | Accessibility | '
          'Privacy</footer>'),
    'F': ('<header><b>Severn Marches Fire and Rescue Service</b> | Safety advice | Careers | About us<br>Home &gt; '
          'About us &gt; Transparency &gt; FOI disclosure log</header>\n<div class="cookie">We use cookies. '
          '<button>OK</button></div>',
          '<footer>Making the Marches Safer | &copy; Severn Marches FRS | Terms | Accessibility</footer>'),
}


def render_all():
    for d in ('history', 'drafts'):
        p = os.path.join(HERE, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    tmp = os.path.join(HERE, 'src', 'tmp')
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    for L in ALL:
        blocks = compose(L)
        name = filename(L)
        stem = os.path.splitext(name)[0]
        path = os.path.join(HERE, 'drafts' if L.draft else 'history', stem)
        web = WEB[L.auth] if (L.fmt == 'html' and not L.draft) else None
        A = AUTH[L.auth]
        out = write_doc(blocks, L.fmt, path, '%s %s' % (L.ref, L.title), header=A['lh'][0],
                        footer=A['banner'], web=web, tmp=tmp)
        print('wrote', os.path.relpath(out, HERE))
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(os.path.join(HERE, 'src', '.lohome'), ignore_errors=True)


def main():
    check_truth()
    exp = expectations()
    if '--expect' not in sys.argv:
        render_all()
    doc = {'description': 'Set AD: London borough council (Kelmscott), Welsh police force (Dyfed-Teifi), NHS acute '
                          'trust (Calderbrook) and fire and rescue service (Severn Marches); %d history letters '
                          '2016-2025 and %d drafts 2025-2026. Round-robin families (parking, fly-tipping, libraries, '
                          'waste; body-worn video, drones, contact-centre ICT, cyber, phone extraction kiosks; EPR, '
                          'cyber; mobilising, drones) with rewording, renumbering, parts vs merged lists and '
                          'look-alike questions. Labels derived by make.py from the per-question truth.'
                          % (len(HIST), len(DRAFTS)),
           'drafts': exp}
    with open(os.path.join(HERE, 'expect.json'), 'w') as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
    counts = {}
    for e in exp.values():
        for f in e['findings']:
            counts[(f['kind'], f['severity'])] = counts.get((f['kind'], f['severity']), 0) + 1
    print('history %d drafts %d findings %d' % (len(HIST), len(DRAFTS), sum(counts.values())))
    for k in sorted(counts):
        print('  %-22s %-6s %d' % (k[0], k[1], counts[k]))


if __name__ == '__main__':
    main()
