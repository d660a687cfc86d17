"""Truth model and the labelling rules (contract's finding table)."""
import re

STANCE = {'R': 'released', 'P': 'partially_released', 'W': 'withheld', 'N': 'ncnd',
          'X': 'not_held', 'F': 'refused', 'U': 'unknown'}


class Q:
    def __init__(self, c, text, st, ex=(), fact=None, a=None):
        self.c, self.text, self.st = c, text, STANCE[st]
        self.ex = sorted(ex)
        self.fact, self.a = fact, a
        self.part = self.number = None

    @property
    def qid(self):
        return 'P%d.Q%d' % (self.part, self.number)


class L:
    def __init__(self, auth, key, ref, date, received, title, style, fmt, parts,
                 draft=False, consistent=False, as_of=None, regime='foia', opts=None):
        self.auth, self.key, self.ref, self.date, self.received = auth, key, ref, date, received
        self.title, self.style, self.fmt, self.parts = title, style, fmt, parts
        self.draft, self.consistent, self.as_of, self.regime = draft, consistent, as_of, regime
        self.opts = opts or {}
        for pi, part in enumerate(parts, 1):
            for qi, q in enumerate(part, 1):
                q.part, q.number = pi, qi
        cs = [q.c for q in self.questions]
        assert len(cs) == len(set(cs)), (key, 'concept twice in one letter')
        for q in self.questions:
            if q.st in ('released', 'partially_released'):
                assert q.a, (key, q.c, 'released without answer text')
            if q.st == 'released':
                assert q.fact is not None, (key, q.c, 'released without fact')
            if q.st in ('withheld', 'partially_released', 'ncnd'):
                assert q.ex, (key, q.c, 'no exemption')

    @property
    def questions(self):
        return [q for p in self.parts for q in p]


# ------------------------------------------------------------------ exemption families
def family(e):
    """Equivalence class of an exemption across FOIA / EIR / FOISA (HOUSE-STYLES table)."""
    eir = {'reg12(5)(e)': 'commercial', 'reg12(5)(b)': 'lawenf', 'reg12(5)(a)': 'natsec',
           'reg12(4)(e)': 'publicaffairs', 'reg6(1)(b)': 'accessible', 'reg12(4)(d)': 'future',
           'reg12(4)(a)': 'notheld', 'reg12(4)(b)': 'cost', 'reg12(6)': 'ncnd'}
    if e.startswith('reg13'):
        return 'personal'
    if e in eir:
        return eir[e]
    m = re.match(r'(?:foisa:)?s(\d+)', e)
    n = int(m.group(1))
    foia = {43: 'commercial', 31: 'lawenf', 24: 'natsec', 36: 'publicaffairs', 21: 'accessible',
            22: 'future', 40: 'personal', 12: 'cost'}
    if e.startswith('foisa:'):
        foia = {33: 'commercial', 35: 'lawenf', 31: 'natsec', 30: 'publicaffairs', 25: 'accessible',
                27: 'future', 38: 'personal', 12: 'cost'}
    return foia.get(n, 's%d' % n)


HELD = {'released', 'partially_released', 'withheld'}


def finding(prev, cur):
    """(kind, severity) or None for precedent question prev and draft question cur.
    Asserts that the pair is not one of the cases the contract leaves open."""
    p, c = prev.st, cur.st
    if 'unknown' in (p, c):
        return None
    if (p == 'ncnd') != (c == 'ncnd'):
        assert 'refused' not in (p, c), 'ncnd<->refused is not named by the table'
        return ('ncnd_inconsistent', 'high' if c == 'ncnd' else 'medium')
    if p in ('released', 'partially_released') and c in ('withheld', 'refused'):
        return ('newly_withheld', 'high')
    if p == 'released' and c == 'partially_released':
        return ('partly_withheld', 'medium')
    if p in ('withheld',) and c in ('released', 'partially_released'):
        return ('newly_released', 'medium')
    if p == 'withheld' and c == 'withheld':
        if prev.ex == cur.ex:
            return None
        fp, fc = {family(e) for e in prev.ex}, {family(e) for e in cur.ex}
        if fp == fc:
            # same stance across regimes (s43(2) -> reg12(5)(e)); must be a clean regime move
            assert all(len([e for e in prev.ex if family(e) == f]) == 1 for f in fp)
            return None
        assert not (fp & fc), 'overlapping exemption sets are ambiguous; avoid'
        return ('exemption_changed', 'medium')
    if p == 'not_held' and c in HELD:
        return ('held_status_changed', 'medium')
    if p in HELD and c == 'not_held':
        return ('held_status_changed', 'high')
    if p == 'released' and c == 'released':
        if prev.fact != cur.fact:
            return ('answer_changed', 'low')
        return None
    assert not (p == 'partially_released' and c == 'released'), 'partial->released left open'
    assert not (p == 'partially_released' and c == 'partially_released'), 'partial->partial left open'
    assert p == c or 'refused' in (p, c), ('unhandled pair', p, c)
    return None
