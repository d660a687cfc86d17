"""Truth model and block rendering for evaluation set F, written independently of the code."""
import re, datetime

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(iso, style):
    d = datetime.date.fromisoformat(iso)
    day, mon, yr = d.day, MONTHS[d.month - 1], d.year
    if style == "long":
        return f"{day} {mon} {yr}"
    if style == "ord":
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suf} {mon} {yr}"
    if style == "slash":
        return f"{day:02d}/{d.month:02d}/{yr}"
    if style == "us":
        return f"{mon} {day}, {yr}"
    if style == "dow":
        return f"{DOW[d.weekday()]} {day} {mon} {yr}"
    if style == "short":
        return f"{day:02d} {mon[:3]} {yr}"
    if style == "dash":
        return f"{day:02d}-{d.month:02d}-{yr}"
    raise ValueError(style)


class Q:
    """One question: concept id (truth), text as asked, stance, exemptions, fact, answer."""
    def __init__(self, concept, text, stance="released", ex=(), fact=None, ans=None, dec=None):
        self.concept, self.text, self.stance = concept, text, stance
        self.ex = sorted(ex)
        self.fact, self.ans, self.dec = fact, ans, dec
        self.id = None
        self.part = self.num = None
        assert stance in ("released", "partially_released", "withheld", "ncnd",
                          "not_held", "refused", "none"), stance
        if stance == "released":
            assert fact is not None or concept.startswith("x."), (concept, text)
        if stance == "partially_released":
            assert self.ex and ans, (concept, text)


class Part:
    def __init__(self, heading, qs, preamble=()):
        self.heading, self.qs, self.preamble = heading, qs, list(preamble)


class Letter:
    def __init__(self, key, auth, ref, date, regime, style, fmt, title, parts,
                 received="", merged=False, intro=(), outro=(), opts=None,
                 draft=False, as_of=None, all_authorities=False, bare=False,
                 fname=None, harm=(), lead=None):
        self.key, self.auth, self.ref, self.date = key, auth, ref, date
        self.regime, self.style, self.fmt, self.title = regime, style, fmt, title
        if parts and isinstance(parts[0], Q):
            parts = [Part(None, parts)]
        self.parts, self.received, self.merged = parts, received, merged
        self.intro, self.outro = list(intro), list(outro)
        self.opts = opts or {}
        self.draft, self.as_of, self.all_authorities, self.bare = draft, as_of, all_authorities, bare
        self.fname = fname
        self.harm = list(harm)
        self.lead = lead
        multi = len(parts) > 1 and not merged
        n = 0
        for pi, p in enumerate(parts, 1):
            if multi:
                n = 0
            for q in p.qs:
                n += 1
                q.part = pi if multi else 1
                q.num = n
                q.id = f"P{q.part}.Q{q.num}"
        self.multipart = multi

    def questions(self):
        return [q for p in self.parts for q in p.qs]


# ---------------------------------------------------------------------------
# exemption wording

EXCITE = {
    "foia": {
        "s43(2)": "section 43(2) of the Freedom of Information Act 2000 (commercial interests)",
        "s31(1)(a)": "section 31(1)(a) of the Freedom of Information Act 2000 (law enforcement: the prevention or detection of crime)",
        "s24(1)": "section 24(1) of the Freedom of Information Act 2000 (national security)",
        "s24(2)": "section 24(2)",
        "s31(3)": "section 31(3)",
        "s40(2)": "section 40(2) of the Freedom of Information Act 2000 (personal information)",
        "s12(1)": "section 12(1) of the Freedom of Information Act 2000 (cost of compliance)",
        "s21": "section 21 (information reasonably accessible by other means)",
    },
    "eir": {
        "reg12(5)(e)": "regulation 12(5)(e) of the Environmental Information Regulations 2004 (confidentiality of commercial or industrial information)",
    },
    "foisa": {
        "foisa:s33(1)(b)": "section 33(1)(b) of FOISA (commercial interests and the economy)",
        "foisa:s38(1)(b)": "section 38(1)(b) of FOISA (personal information)",
        "foisa:s35(1)(a)": "section 35(1)(a) of FOISA (law enforcement)",
        "foisa:s18(1)": "section 18(1) of FOISA",
        "reg10(5)(b)": "regulation 10(5)(b) of the EIRs (substantial prejudice to the course of justice)",
    },
}


def cite(ex):
    out = []
    for e in ex:
        for table in EXCITE.values():
            if e in table:
                out.append(table[e])
                break
        else:
            raise KeyError(e)
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


# ---------------------------------------------------------------------------
# equivalence classes (HOUSE-STYLES table) used only to derive findings

def canon(e):
    e = e.replace("foisa:", "F:")
    m = re.match(r"^(F:)?s(\d+)", e)
    if m:
        base = (m.group(1) or "") + "s" + m.group(2)
    else:
        base = e
    table = {
        "s43": "commercial", "reg12(5)(e)": "commercial", "F:s33": "commercial", "reg10(5)(e)": "commercial",
        "s40": "personal", "reg13": "personal", "F:s38": "personal",
        "s31": "lawenf", "reg12(5)(b)": "lawenf", "F:s35": "lawenf",
        "s24": "natsec", "reg12(5)(a)": "natsec", "F:s31": "natsec",
        "s36": "publicaffairs", "reg12(4)(e)": "publicaffairs", "F:s30": "publicaffairs",
        "reg10(5)(b)": "justice", "reg12(5)(b)": "lawenf",
    }
    return table.get(base, base)


HELD = {"released", "partially_released", "withheld"}


def derive_finding(P, D):
    """P, D: Q objects (precedent, draft). Returns (kind, severity) or None."""
    p, d = P.stance, D.stance
    if d == "none" or p == "none":
        return None
    if d == "ncnd" and p in ("released", "partially_released", "withheld", "not_held"):
        return ("ncnd_inconsistent", "high")
    if p == "ncnd" and d in ("released", "partially_released", "withheld", "not_held"):
        return ("ncnd_inconsistent", "medium")
    if p in ("released", "partially_released") and d in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and d == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and d in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and d == "withheld":
        if {canon(e) for e in P.ex} != {canon(e) for e in D.ex}:
            return ("exemption_changed", "medium")
        return None
    if p in HELD and d == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and d in HELD:
        return ("held_status_changed", "medium")
    if p == "released" and d == "released":
        if P.fact != D.fact:
            return ("answer_changed", "low")
    return None
