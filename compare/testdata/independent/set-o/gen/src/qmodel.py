"""Question constructors and exemption phrasing shared by the letter data."""

import re


def Q(concept, text, stance, ex=(), fact=None, a=None):
    return {"c": concept, "q": text, "st": stance, "ex": sorted(ex), "fact": fact, "a": a}


def R(c, q, fact, a, ex=()):
    return Q(c, q, "released", ex, fact, a)


def PR(c, q, fact, a, ex):
    return Q(c, q, "partially_released", ex, fact, a)


def W(c, q, ex, a=None):
    return Q(c, q, "withheld", ex, None, a)


def N(c, q, ex, a=None):
    return Q(c, q, "ncnd", ex, None, a)


def NH(c, q, a=None):
    return Q(c, q, "not_held", (), None, a)


def RF(c, q, ex, a=None):
    return Q(c, q, "refused", ex, None, a)


def U(c, q):
    return Q(c, q, "unknown", (), None, "")


TITLES = {
    "s24": "National Security",
    "s31": "Law Enforcement",
    "s43": "Commercial Interests",
    "s40": "Personal Information",
    "s12": "Cost of compliance exceeds the appropriate limit",
    "s21": "Information reasonably accessible to the applicant by other means",
}


def _split(e):
    m = re.match(r"s(\d+)((?:\(\w+\))*)$", e)
    return m.group(1), m.group(2)


def cite(exs, style=0):
    """Render FOIA exemptions the way letters write them.
    style 0: 'Section 31(1)(a)(b) Law Enforcement and Section 24(1) National Security'
    style 1: 's.31(1)(a) and (b) and s.24(1)'
    """
    foia = [e for e in exs if e.startswith("s")]
    eir = [e for e in exs if e.startswith("reg")]
    groups = {}
    order = []
    for e in foia:
        sec, sub = _split(e)
        subs = re.findall(r"\(\w+\)", sub)
        key = (sec, "".join(subs[:-1])) if len(subs) >= 2 else (sec, sub, e)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(subs[-1] if subs else "")
    parts = []
    for key in order:
        sec = key[0]
        tails = groups[key]
        if len(key) == 3:
            body = key[2][1:]
        elif style == 0:
            body = sec + key[1] + "".join(tails)
        else:
            body = sec + key[1] + tails[0] + ("".join(" and " + t for t in tails[1:]))
        if style == 0:
            parts.append(("Section %s %s" % (body, TITLES.get("s" + sec, ""))).strip())
        else:
            parts.append("s.%s" % body)
    for e in eir:
        m = re.match(r"reg(\d+)(.*)", e)
        parts.append("Regulation %s%s" % (m.group(1), m.group(2)))
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
