"""Shared helpers for batch 51. Standard library only."""
import datetime, html

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
                "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def d(iso, style="long"):
    t = datetime.date.fromisoformat(iso)
    m = MONTHS[t.month - 1]
    wd = t.strftime("%A")
    return {
        "long": f"{t.day} {m} {t.year}",
        "ordinal": f"{ordinal(t.day)} {m} {t.year}",
        "us": f"{m} {t.day}, {t.year}",
        "slash": t.strftime("%d/%m/%Y"),
        "dash": t.strftime("%d-%m-%Y"),
        "dot": t.strftime("%d.%m.%Y"),
        "short": f"{t.day:02d} {m[:3]} {t.year}",
        "weekday": f"{wd} {t.day} {m} {t.year}",
        "weekday_ord": f"{wd} {ordinal(t.day)} {m} {t.year}",
        "weekday_comma": f"{wd}, {t.day} {m} {t.year}",
        "welsh": f"{t.day} {WELSH_MONTHS[t.month - 1]} {t.year}",
        "iso": iso,
    }[style]


def Q(p, n, text, ans, st, ex=(), **kw):
    q = dict(p=p, n=n, text=text, ans=ans, st=st, ex=sorted(ex))
    q.update(kw)
    return q


def part(L, p):
    return [q for q in L["qs"] if q["p"] == p]


def get(L, p, n):
    for q in L["qs"]:
        if q["p"] == p and q["n"] == n:
            return q
    raise KeyError((p, n))


def nums(qs):
    """'2 and 4' / '1, 3 and 5' / '2'"""
    ns = [str(q["n"]) for q in qs]
    if len(ns) == 1:
        return ns[0]
    return ", ".join(ns[:-1]) + " and " + ns[-1]


def e(s):
    return html.escape(s, quote=False)


def wrap(text, width=78, indent=""):
    import textwrap
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent,
                                 break_on_hyphens=False) or [""])
    return "\n".join(out)
