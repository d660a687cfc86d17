"""Truth model for the letters: questions, stances, facts, and how they are written."""
import datetime as _dt
import re

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
        80: "eighty", 90: "ninety"}


def words(n):
    if n <= 20:
        return WORDS[n]
    if n < 100:
        t, u = n - n % 10, n % 10
        return TENS[t] + ("-" + WORDS[u] if u else "")
    raise ValueError(n)


def ordinal(d):
    if 11 <= d % 100 <= 13:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(iso, v=0):
    d = _dt.date.fromisoformat(iso)
    if v == 0:
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if v == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if v == 2:
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if v == 3:
        return f"{ordinal(d.day)} {MONTHS[d.month-1]} {d.year}"
    if v == 4:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if v == 5:
        return f"{d.strftime('%A')} {d.day} {MONTHS[d.month-1]} {d.year}"
    if v == 6:
        return f"{d.day:02d} {MONTHS[d.month-1][:3]} {d.year}"
    raise ValueError(v)


def fmt_money(v, style=0):
    if style == 0:
        s = f"£{v:,.0f}" if v == int(v) else f"£{v:,.2f}"
        return s
    if style == 1:  # £1.2m
        if v >= 1_000_000:
            m = v / 1_000_000
            return f"£{m:g}m"
        return f"£{v/1000:g}k"
    if style == 2:
        if v >= 1_000_000:
            return f"£{v/1_000_000:g} million"
        return f"£{v:,.0f}"
    if style == 3:
        return f"£{v:,.2f}"
    raise ValueError(style)


def fmt_fact(fact, v=0):
    kind, val = fact
    if kind == "n":
        if v == 0:
            return f"{val:,}"
        if v == 1:
            return f"{val}"
        if v == 2:
            return words(val)
    if kind == "gbp":
        return fmt_money(val, v)
    if kind == "date":
        return fmt_date(val, v)
    if kind == "months":
        if v == 0:
            return f"{val} months"
        if v == 1:
            assert val % 12 == 0
            return f"{words(val // 12)} years"
        if v == 2:
            return f"{val // 12} years"
    if kind == "hours":
        return f"{val} hours" if v == 0 else f"{words(val)} hours"
    if kind == "days":
        return f"{val} days" if v == 0 else f"{words(val)} days"
    if kind in ("name", "text"):
        return val
    if kind == "yes":
        return "Yes" if val else "No"
    if kind == "pct":
        return f"{val}%"
    raise ValueError((fact, v))


class Q:
    def __init__(self, concept, text, stance="released", ex=(), fact=None, ans=None, fs=0,
                 label=None):
        assert stance in STANCES, stance
        self.concepts = [concept] if isinstance(concept, str) else list(concept)
        self.text = text
        self.stance = stance
        self.ex = sorted(ex)
        self.fact = fact
        self._ans = ans
        self.fs = fs
        self.label = label
        self.id = None  # filled in by Letter
        self.part = None
        self.number = None
        if stance == "released":
            pass
        if stance in ("withheld", "partially_released", "ncnd", "refused"):
            assert self.ex, (text, stance)

    def answer(self, letter):
        if self._ans is None:
            if self.stance == "released" and self.fact is not None:
                return fmt_fact(self.fact, self.fs)
            if self.stance == "withheld":
                return f"This information is withheld under {ex_disp(self.ex)}."
            if self.stance == "ncnd":
                return (f"{letter.auth['name']} can neither confirm nor deny that it holds this "
                        f"information, by virtue of {ex_disp(self.ex)}.")
            if self.stance == "not_held":
                return f"{letter.auth['name']} does not hold this information."
            if self.stance == "unknown":
                return ""
            raise ValueError(self.text)
        a = self._ans
        if "{f}" in a:
            a = a.replace("{f}", fmt_fact(self.fact, self.fs))
        if "{F}" in a:
            s = fmt_fact(self.fact, self.fs)
            a = a.replace("{F}", s[:1].upper() + s[1:])
        if "{ex}" in a:
            a = a.replace("{ex}", ex_disp(self.ex))
        if "{ex1}" in a:
            a = a.replace("{ex1}", ex_disp(self.ex, 1))
        if "{ex2}" in a:
            a = a.replace("{ex2}", ex_disp(self.ex, 2))
        if "{auth}" in a:
            a = a.replace("{auth}", letter.auth["name"])
        return a


class Letter:
    def __init__(self, key, auth, ref, date, received, title, fmt, style, parts, regime="foia",
                 intro=None, prose=None, opts=None, harm=None, kind="history", as_of=None,
                 traps=()):
        self.key = key
        self.auth = auth
        self.ref = ref
        self.date = date
        self.received = received
        self.title = title
        self.fmt = fmt
        self.style = style
        self.regime = regime
        self.intro = intro
        self.prose = prose
        self.opts = opts or {}
        self.harm = harm
        self.kind = kind
        self.as_of = as_of
        self.traps = list(traps)
        # parts: list of (heading, preamble, [Q]) or a plain [Q]
        if parts and isinstance(parts[0], Q):
            parts = [(None, None, parts)]
        self.parts = parts
        for pi, (_h, _p, qs) in enumerate(parts, 1):
            for qi, q in enumerate(qs, 1):
                q.part, q.number = pi, qi
                q.id = f"P{pi}.Q{qi}"

    @property
    def questions(self):
        return [q for _h, _p, qs in self.parts for q in qs]

    @property
    def multipart(self):
        return len(self.parts) > 1


# ---------------------------------------------------------------- exemptions
TITLES = {
    ("foia", "12"): "Cost of compliance",
    ("foia", "21"): "Information accessible to the applicant by other means",
    ("foia", "23"): "Information supplied by, or concerning, certain Security Bodies",
    ("foia", "24"): "National Security",
    ("foia", "31"): "Law Enforcement",
    ("foia", "40"): "Personal Information",
    ("foia", "43"): "Commercial Interests",
    ("eir", "12(5)(e)"): "confidentiality of commercial or industrial information",
    ("eir", "12(4)(a)"): "information not held",
    ("eir", "13"): "personal data",
    ("foisa", "17"): "information not held",
    ("foisa", "18"): "further provision as respects responses to request",
    ("foisa", "25"): "information otherwise accessible",
    ("foisa", "33"): "commercial interests and the economy",
    ("foisa", "35"): "law enforcement",
    ("foisa", "38"): "personal information",
}


def _parse_ex(e):
    if e.startswith("foisa:"):
        reg, body = "foisa", e[len("foisa:s"):]
    elif e.startswith("reg"):
        reg, body = "eir", e[3:]
    else:
        assert e.startswith("s"), e
        reg, body = "foia", e[1:]
    m = re.match(r"(\d+)((?:\([0-9A-Za-z]+\))*)$", body)
    assert m, e
    return reg, m.group(1), re.findall(r"\([0-9A-Za-z]+\)", m.group(2))


def ex_disp(exs, v=0):
    """Write a list of normalised exemptions as a letter would."""
    groups = []  # (reg, base, prefix, [last])
    for e in exs:
        reg, base, subs = _parse_ex(e)
        prefix = "".join(subs[:-1]) if subs else ""
        last = subs[-1] if subs else ""
        if groups and groups[-1][:3] == (reg, base, prefix) and v != 1:
            groups[-1][3].append(last)
        else:
            groups.append((reg, base, prefix, [last]))
    out = []
    for reg, base, prefix, lasts in groups:
        num = base + prefix + "".join(lasts)
        if reg == "eir":
            title = TITLES.get(("eir", base + prefix + lasts[0])) or TITLES.get(("eir", base), "")
            word = {0: "Regulation ", 1: "regulation ", 2: "reg. "}[v]
        else:
            title = TITLES.get((reg, base), "")
            word = {0: "Section ", 1: "section ", 2: "s."}[v]
        s = word + num
        if reg == "foisa" and v != 2:
            s += " of FOISA"
        if v == 0 and title:
            s += f" ({title})"
        out.append(s)
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


# ------------------------------------------------------------ comparison
FAMILY = {
    ("foia", "43"): "commercial", ("eir", "12(5)(e)"): "commercial", ("foisa", "33"): "commercial",
    ("foia", "31"): "law", ("eir", "12(5)(b)"): "law", ("foisa", "35"): "law",
    ("foia", "40"): "personal", ("eir", "13"): "personal", ("foisa", "38"): "personal",
    ("foia", "24"): "natsec", ("eir", "12(5)(a)"): "natsec", ("foisa", "31"): "natsec",
}


def family(e):
    reg, base, subs = _parse_ex(e)
    if reg == "eir":
        k = base + "".join(subs[:2])
        if (reg, k) in FAMILY:
            return FAMILY[(reg, k)]
        if (reg, base) in FAMILY:
            return FAMILY[(reg, base)]
    elif (reg, base) in FAMILY:
        return FAMILY[(reg, base)]
    return e


def same_exemptions(a, b):
    """Strict: same sections after mapping cross-regime equivalents. Raises when the
    answer would depend on how finely one compares (a case the set avoids)."""
    fa, fb = {family(e) for e in a}, {family(e) for e in b}
    regs_a = {_parse_ex(e)[0] for e in a}
    regs_b = {_parse_ex(e)[0] for e in b}
    if regs_a == regs_b:
        strict = sorted(a) == sorted(b)
        if strict != (fa == fb):
            raise AssertionError(f"ambiguous exemption comparison {a} vs {b}")
        return strict
    return fa == fb


HELD = {"released", "partially_released", "withheld"}


def finding(prev, cur):
    """prev, cur: Q. Returns (kind, severity) or None, per the contract's table."""
    p, c = prev.stance, cur.stance
    if "unknown" in (p, c):
        return None
    if p == "ncnd" and c == "ncnd":
        return None
    if c == "ncnd":
        assert p in HELD | {"not_held"}, (p, c)
        return ("ncnd_inconsistent", "high")
    if p == "ncnd":
        assert c in HELD | {"not_held"}, (p, c)
        return ("ncnd_inconsistent", "medium")
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and c == "withheld":
        if same_exemptions(prev.ex, cur.ex):
            return None
        return ("exemption_changed", "medium")
    if p in HELD and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in HELD:
        return ("held_status_changed", "medium")
    if p == c == "released":
        assert prev.fact is not None and cur.fact is not None, (prev.text, cur.text)
        if prev.fact != cur.fact:
            return ("answer_changed", "low")
        return None
    if p == c and p in ("not_held", "partially_released"):
        if p == "partially_released":
            assert same_exemptions(prev.ex, cur.ex), (prev.ex, cur.ex)
        return None
    raise AssertionError(f"transition {p} -> {c} left out of this set on purpose")
