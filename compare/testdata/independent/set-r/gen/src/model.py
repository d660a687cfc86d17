"""Truth model for the independent evaluation set R.

Every letter is a Letter; every question a Q holding the concept it asks, the
stance taken (short codes below), the exemptions applied (normalised, as the
contract writes them) and, for released answers, the FACT stated.
"""

STANCE = {
    "R": "released",
    "P": "partially_released",
    "W": "withheld",
    "N": "ncnd",
    "NH": "not_held",
    "X": "refused",
    "U": "unknown",
}


class Q:
    def __init__(self, concept, text, stance, ex=(), ans=None, fact=None):
        assert stance in STANCE, stance
        self.concept = concept
        self.text = text
        self.stance = stance
        self.ex = sorted(ex)
        self.ans = ans
        self.fact = fact
        if stance == "R":
            assert fact is not None, (concept, text)
        if stance in ("W", "N", "P"):
            assert self.ex, (concept, text)

    @property
    def kind(self):
        return STANCE[self.stance]


class Part:
    def __init__(self, heading, qs, intro=None):
        self.heading = heading
        self.intro = intro
        self.qs = qs


class Letter:
    def __init__(self, auth, ref, date, received, fmt, style, title, parts,
                 fname, regime="foia", preamble=None, draft=False, as_of=None,
                 bare=False, consistent=False, all_authorities=False,
                 datefmt=None, traps=()):
        self.auth = auth
        self.ref = ref
        self.date = date
        self.received = received
        self.fmt = fmt
        self.style = style
        self.title = title
        if parts and isinstance(parts[0], Q):
            parts = [Part(None, parts)]
        self.parts = parts
        self.fname = fname
        self.regime = regime
        self.preamble = preamble
        self.draft = draft
        self.as_of = as_of
        self.bare = bare
        self.consistent = consistent
        self.all_authorities = all_authorities
        self.datefmt = datefmt
        self.traps = list(traps)

    def questions(self):
        """Yield (qid, part_no, number, Q)."""
        multi = len(self.parts) > 1
        for pi, part in enumerate(self.parts, 1):
            for qi, q in enumerate(part.qs, 1):
                yield ("P%d.Q%d" % (pi if multi else 1, qi), pi, qi, q)
