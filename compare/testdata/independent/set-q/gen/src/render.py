"""Turn a letter's truth into a document (a list of blocks) and the blocks into
text, markdown, HTML or PostScript.  Standard library only."""
import datetime
import html as H
import re
import textwrap

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(s, style):
    dt = datetime.date.fromisoformat(s)
    m = MONTHS[dt.month - 1]
    if style == "ord":
        return f"{ordinal(dt.day)} {m} {dt.year}"
    if style == "long0":
        return f"{dt.day:02d} {m} {dt.year}"
    if style == "slash":
        return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"
    if style == "us":
        return f"{m} {dt.day}, {dt.year}"
    if style == "short":
        return f"{dt.day:02d} {m[:3]} {dt.year}"
    if style == "dash":
        return f"{dt.day:02d}-{dt.month:02d}-{dt.year}"
    return f"{dt.day} {m} {dt.year}"


# ---------------------------------------------------------------- exemptions
TITLES = {
    "s43": "Commercial Interests", "s31": "Law Enforcement",
    "s24": "National Security", "s40": "Personal Information",
    "s21": "Information Reasonably Accessible by Other Means",
    "s12": "Cost of Compliance Exceeds Appropriate Limit",
    "reg12(5)(e)": "confidentiality of commercial or industrial information",
    "reg12(5)(b)": "the course of justice",
    "reg12(4)(a)": "information not held",
    "reg12(6)": "neither confirm nor deny",
}


def ex_label(code, cap=False, style="plain"):
    if code.startswith("reg"):
        m = re.match(r"reg(\d+)(.*)", code)
        word = "Regulation" if cap else "regulation"
        return f"{word} {m[1]}{m[2]}"
    m = re.match(r"s(\d+)(.*)", code)
    if style == "dot":
        return f"s.{m[1]}{m[2]}"
    if style == "spaced":
        rest = re.sub(r"\)\(", ")(", m[2])
        rest = rest.replace("(", " (", 1) if rest else rest
        return f"{'Section' if cap else 'section'} {m[1]}{rest}"
    return f"{'Section' if cap else 'section'} {m[1]}{m[2]}"


def ex_title(code):
    if code.startswith("reg"):
        return TITLES.get(code, "")
    m = re.match(r"(s\d+)", code)
    return TITLES.get(m[1], "")


def join_words(items):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def ex_list(codes, cap=False, titles=True, style="plain"):
    out = []
    for c in codes:
        s = ex_label(c, cap, style)
        t = ex_title(c)
        if titles and t:
            s += f" ({t})"
        out.append(s)
    return join_words(out)


def act_name(regime):
    return {"foia": "Freedom of Information Act 2000",
            "eir": "Environmental Information Regulations 2004"}[regime]


def family(code):
    if code.startswith("reg"):
        return code
    return re.match(r"(s\d+)", code)[1]


REASONS = {
    "s43": "Disclosure would be likely to prejudice the commercial interests of {auth} and of the contractor concerned, whose pricing would be exposed to competitors ahead of any re-procurement.",
    "reg12(5)(e)": "Disclosure would adversely affect the confidentiality of commercial information which is provided by law to protect a legitimate economic interest of {auth} and its contractor.",
    "s31": "Disclosure would be likely to prejudice the prevention and detection of crime, because it would reveal details of {auth}'s systems and capability that could be exploited by those intent on criminal activity.",
    "s24": "Disclosure of specific equipment details would allow a picture of national capability to be built up, which would be of use to those who threaten national security.",
    "s40": "The officer's name and direct contact details are the personal data of a third party; disclosure would contravene the data protection principles.",
    "reg12(5)(b)": "Disclosure would adversely affect the course of justice and the ability of {auth} to conduct investigations into environmental offences.",
}


def withheld_text(L, codes, what="This information"):
    auth = L["auth_name"]
    regime = L["regime"]
    style = L.get("exstyle", "plain")
    reasons = []
    for c in codes:
        r = REASONS.get(family(c))
        if r and r not in reasons:
            reasons.append(r)
    verb = "is" if not what.lower().startswith(("the names", "names")) else "are"
    s = (f"{what} {verb} withheld under {ex_list(codes, style=style)} of the "
         f"{act_name(regime)}. ")
    s += " ".join(r.format(auth=auth) for r in reasons)
    return s.strip()


def ncnd_text(L, codes):
    auth = L["auth_name"]
    kind = L["auth_kind"]
    if kind == "police":
        return (f"{auth} can neither confirm nor deny that it holds any information "
                f"relevant to this question by virtue of the following exemptions: "
                + "; ".join(f"{ex_label(c, True)} {ex_title(c)}" for c in codes)
                + ". This response should not be taken as conclusive evidence that any "
                  "information that would meet your request does or does not exist.")
    return (f"{auth} neither confirms nor denies whether it holds this information, "
            f"in reliance on {ex_list(codes)}. Confirming or denying would itself "
            f"reveal information about the security of the {'Trust' if kind == 'nhs' else 'Authority'}'s systems.")


def refused_text(L, q):
    base = q.get("ans") or ""
    codes = q["ex"]
    limit = "18 hours (£450)"
    return (base + (" " if base else "") +
            f"Compliance with this part of your request would exceed the appropriate "
            f"limit of {limit}, and it is therefore refused under "
            f"{ex_list(codes, titles=False)} of the {act_name(L['regime'])}.")


def not_held_text(L, q):
    base = q.get("ans") or f"{L['auth_name']} does not hold this information."
    if L["regime"] == "eir":
        base += (" Under regulation 12(4)(a) of the Environmental Information "
                 "Regulations 2004 this is a notification that the information is not held.")
    return base


def answer_text(L, q):
    k = q["stance"]
    if k == "released":
        return q["ans"]
    if k == "partially_released":
        return q["ans"] + " " + withheld_text(L, q["ex"], q.get("rest") or "The remainder")
    if k == "withheld":
        pre = q.get("ans")
        return ((pre + " ") if pre else "") + withheld_text(L, q["ex"])
    if k == "ncnd":
        return ncnd_text(L, q["ex"])
    if k == "not_held":
        return not_held_text(L, q)
    if k == "refused":
        return refused_text(L, q)
    raise ValueError(k)


# --------------------------------------------------------------- blocks
# ("lh", [lines]) letterhead; ("p", text); ("h", text); ("q", text) quoted
# request line; ("table", header, rows); ("banner", text); ("sig", [lines])

def P(t):
    return ("p", t)


def Hd(t):
    return ("h", t)


def Qt(t):
    return ("q", t)


def pit_blocks(L):
    """Harm / public interest section for letters that withhold something."""
    fams = []
    for part in L["parts"]:
        for q in part["qs"]:
            if q["stance"] in ("withheld", "partially_released"):
                for c in q["ex"]:
                    f = family(c)
                    if f not in fams:
                        fams.append(f)
    if not fams:
        return []
    auth = L["auth_name"]
    out = [Hd("Public Interest Test")]
    if L["auth_kind"] == "police":
        out.append(Hd("Evidence of Harm"))
        out.append(P("Every effort is made to release information under the Act. However, a disclosure under the Act is a disclosure to the world, and once information is published the force has no control over how it is used. Details of equipment, suppliers and contractual arrangements can be combined with information released by other forces to build a picture of police capability."))
    out.append(P("Factors favouring disclosure: there is a public interest in transparency about how public money is spent and in demonstrating that contracts represent value for money."))
    out.append(P(f"Factors favouring non-disclosure: there is a strong public interest in protecting {auth}'s ability to obtain value in future procurement and, where relevant, in not undermining the prevention and detection of crime."))
    out.append(P("Balance test: having weighed the factors above, I have concluded that the balance of the public interest lies in maintaining the exemption(s) applied in this response."))
    return out


def complaint_blocks(L):
    auth = L["auth_name"]
    if L["regime"] == "eir":
        tail = ("You may then complain to the Information Commissioner; regulation 18 of the "
                "Environmental Information Regulations 2004 applies the enforcement provisions "
                "of Part 4 of the Freedom of Information Act 2000, including section 50.")
    else:
        tail = ("If you remain dissatisfied you may apply to the Information Commissioner "
                "under section 50 of the Freedom of Information Act 2000: Information "
                "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    return [Hd(L.get("rights_heading") or L["authority"].get("rights_heading", "Your right to complain")),
            P(f"If you are unhappy with the way {auth} has handled your request you may ask for an internal review within 40 working days of the date of this letter. " + tail)]


def header_blocks(L):
    A = L["authority"]
    df = L.get("datefmt", "long")
    out = []
    if A.get("marking"):
        out.append(("banner", A["marking"]))
    out.append(("lh", A["letterhead"]))
    refl = L.get("reflabel", A.get("reflabel", "Our ref"))
    meta = [f"{refl}: {L['ref']}"]
    if L.get("yourref"):
        meta.append(f"Your ref: {L['yourref']}")
    meta.append(f"{L.get('datelabel', 'Date')}: {fmt_date(L['date'], df)}")
    if A.get("meta_first", True):
        out.append(("lh", meta))
    out.append(P("Dear"))
    ttl = L.get("heading") or f"{A.get('headprefix', 'FREEDOM OF INFORMATION REQUEST')} – {L['ref']} {L['title']}"
    out.append(Hd(ttl))
    if not A.get("meta_first", True):
        out.append(("lh", meta))
    return out


def intro_blocks(L):
    A = L["authority"]
    df = L.get("datefmt", "long")
    rec = fmt_date(L["received"], L.get("recfmt", df)) if L.get("received") else ""
    act = act_name(L["regime"])
    intro = L.get("intro") or A["intro"]
    out = [P(intro.format(received=rec, auth=L["auth_name"], act=act))]
    for n in L.get("notes_before", []):
        out.append(P(n))
    return out


def closing_blocks(L):
    A = L["authority"]
    out = []
    for n in L.get("notes_after", []):
        out.append(P(n))
    out += complaint_blocks(L)
    out.append(P(A.get("closing", "Yours sincerely")))
    out.append(("sig", A["signature"]))
    if A.get("slogan"):
        out.append(("banner", A["slogan"]))
    if A.get("marking"):
        out.append(("banner", A["marking"]))
    return out


def qnum_label(L, n):
    fmt = L.get("qlabel", L["authority"].get("qlabel", "Question {n}:"))
    return fmt.format(n=n)


def alabel(L, n):
    fmt = L.get("alabel", L["authority"].get("alabel", "Response:"))
    return fmt.format(n=n)


def request_blocks(L, numbered=True):
    out = []
    if L.get("preamble"):
        for t in L["preamble"].split("\n"):
            out.append(Qt(t))
    for part in L["parts"]:
        if part.get("heading"):
            out.append(Qt(part["heading"]))
        for i, q in enumerate(part["qs"], 1):
            out.append(Qt(f"{i}. {q['text']}" if numbered else q["text"]))
    return out


def parts_multi(L):
    return len(L["parts"]) > 1


def part_title(L, pi, part):
    return part.get("short") or f"Part {pi}"


# ---- styles ---------------------------------------------------------------

def style_restate_numbered(L):
    out = header_blocks(L) + intro_blocks(L)
    out += request_blocks(L)
    out.append(Hd(L.get("resp_heading", "Response")))
    if L.get("resp_lead"):
        out.append(P(L["resp_lead"].format(auth=L["auth_name"])))
    afmt = L.get("afmt", "{n}. {a}")
    for pi, part in enumerate(L["parts"], 1):
        if parts_multi(L):
            out.append(Hd(part_title(L, pi, part)))
        for i, q in enumerate(part["qs"], 1):
            out.append(P(afmt.format(n=i, a=answer_text(L, q), w=NUMWORDS[i].capitalize() if i < len(NUMWORDS) else i)))
    out += pit_blocks(L)
    out += closing_blocks(L)
    return out


def style_interleaved(L):
    out = header_blocks(L) + intro_blocks(L)
    if L.get("preamble"):
        for t in L["preamble"].split("\n"):
            out.append(Qt(t))
    for pi, part in enumerate(L["parts"], 1):
        if part.get("heading"):
            out.append(Hd(part["heading"]))
        for i, q in enumerate(part["qs"], 1):
            out.append(P(f"{qnum_label(L, i)} {q['text']}"))
            out.append(P(f"{alabel(L, i)} {answer_text(L, q)}"))
    out += pit_blocks(L)
    out += closing_blocks(L)
    return out


def style_youasked(L):
    out = header_blocks(L) + intro_blocks(L)
    if L.get("preamble"):
        for t in L["preamble"].split("\n"):
            out.append(P(t))
    ya = L.get("ya", ("You asked:", "Our response:"))
    for pi, part in enumerate(L["parts"], 1):
        if part.get("heading"):
            out.append(Hd(part["heading"]))
        for q in part["qs"]:
            out.append(P(ya[0]))
            out.append(Qt(q["text"]))
            out.append(P(ya[1]))
            out.append(P(answer_text(L, q)))
    out += pit_blocks(L)
    out += closing_blocks(L)
    return out


def style_table(L):
    out = header_blocks(L) + intro_blocks(L)
    if L.get("preamble"):
        for t in L["preamble"].split("\n"):
            out.append(P(t))
    cols = L.get("tcols", 2)
    for pi, part in enumerate(L["parts"], 1):
        if part.get("heading"):
            out.append(Hd(part["heading"]))
        rows = []
        for i, q in enumerate(part["qs"], 1):
            if cols == 3:
                rows.append([str(i), q["text"], answer_text(L, q)])
            else:
                rows.append([f"{i}. {q['text']}", answer_text(L, q)])
        hdr = L.get("theader") or (["No.", "Information requested", "Response"] if cols == 3 else ["Request", "Response"])
        out.append(("table", hdr, rows))
    out += pit_blocks(L)
    out += closing_blocks(L)
    return out


def positions_phrase(L, pos):
    """pos: list of (part, number). -> 'questions 1, 3 and 4 in part 1 of your request and question 2 in part 2 of your request'"""
    by = {}
    for p, n in pos:
        by.setdefault(p, []).append(n)
    segs = []
    for p in sorted(by):
        ns = by[p]
        w = "question" if len(ns) == 1 else "questions"
        seg = f"{w} {join_words([str(n) for n in ns])}"
        if parts_multi(L):
            seg += f" in part {p} of your request"
        segs.append(seg)
    return join_words(segs)


def style_decision(L):
    out = header_blocks(L) + intro_blocks(L)
    out += request_blocks(L)
    auth = L["auth_name"]
    wgroups, ngroups, partial, rest = {}, {}, [], []
    for pi, part in enumerate(L["parts"], 1):
        for i, q in enumerate(part["qs"], 1):
            k = q["stance"]
            if k == "withheld":
                wgroups.setdefault(tuple(q["ex"]), []).append((pi, i))
            elif k == "ncnd":
                ngroups.setdefault(tuple(q["ex"]), []).append((pi, i))
            else:
                rest.append((pi, i, q))
                if k == "partially_released":
                    partial.append((pi, i, q))
    paras = []
    if wgroups or partial:
        segs = [f"{ex_list(ex, cap=True, titles=False, style=L.get('exstyle', 'plain'))} to {positions_phrase(L, pos)}" for ex, pos in wgroups.items()]
        if segs:
            paras.append(f"Your request for information has now been considered and I can confirm that {auth} does hold information you have requested; however I will be citing the exemption{'s' if len(segs) > 1 or any(len(e) > 1 for e in wgroups) else ''} " + join_words(segs) + ".")
        for pi, i, q in partial:
            paras.append(f"In respect of {positions_phrase(L, [(pi, i)])}, some information is provided below; {q.get('rest', 'the remainder').lower()} is exempt under {ex_list(q['ex'], titles=True)}.")
    for ex, pos in ngroups.items():
        paras.append(f"In respect of {positions_phrase(L, pos)}, " + ncnd_text(L, list(ex)))
    for t in paras:
        out.append(P(t))
    # short harm statements for each withheld group
    for ex, pos in wgroups.items():
        out.append(P(f"{join_words([ex_label(c, True) + ' ' + ex_title(c) for c in ex])}. " +
                     " ".join(sorted({REASONS[family(c)].format(auth=auth) for c in ex if family(c) in REASONS}))))
    out += pit_blocks(L) if (wgroups or partial) else []
    if rest:
        out.append(P(f"The response to {positions_phrase(L, [(p, i) for p, i, _ in rest])} is provided below."))
        cur = None
        for pi, i, q in rest:
            if parts_multi(L) and pi != cur:
                out.append(Hd(f"Part {pi}"))
                cur = pi
            a = q["ans"] if q["stance"] == "partially_released" else answer_text(L, q)
            out.append(P(f"Question {i} – {a}"))
    out += closing_blocks(L)
    return out


def style_review(L):
    out = header_blocks(L)
    rv = L["review"]
    out.append(P(rv["intro"]))
    out.append(Hd("Your original request"))
    out += request_blocks(L)
    out.append(Hd("Original response"))
    out.append(P(rv["original"]))
    out.append(Hd("Review findings"))
    for pi, part in enumerate(L["parts"], 1):
        for i, q in enumerate(part["qs"], 1):
            orig = q.get("orig")
            if orig and orig[0] != q["stance"]:
                out.append(P(f"Question {i} – I have concluded that the original decision to withhold this information under {ex_list(orig[1])} was not correct. The information is now released: {answer_text(L, q)}"))
            elif orig:
                out.append(P(f"Question {i} – the original decision is upheld. {answer_text(L, q)}"))
            else:
                out.append(P(f"Question {i} – the information originally provided was correct and is repeated for completeness: {answer_text(L, q)}"))
    out += pit_blocks(L)
    out += closing_blocks(L)
    return out


def style_outoforder(L):
    out = header_blocks(L) + intro_blocks(L)
    out += request_blocks(L)
    out.append(Hd(L.get("resp_heading", "Our response")))
    qs = L["parts"][0]["qs"]
    leads = ["In answer to point {w}, ", "Turning to question {w}: ", "Regarding point {w}, ", "As for question {w}, "]
    for k, n in enumerate(L["order"]):
        q = qs[n - 1]
        out.append(P(leads[k % len(leads)].format(w=NUMWORDS[n]) + answer_text(L, q)))
    out += pit_blocks(L)
    out += closing_blocks(L)
    return out


def style_prose(L):
    out = header_blocks(L) + intro_blocks(L)
    out.append(Qt(L["prose_request"]))
    out.append(P(L.get("resp_lead", "I can respond as follows.")))
    for part in L["parts"]:
        for q in part["qs"]:
            out.append(P(q.get("lead", "") + answer_text(L, q)))
    out += pit_blocks(L)
    out += closing_blocks(L)
    return out


def style_bare(L):
    A = L["authority"]
    b = L["bare"]
    out = [("lh", [A["name"], "Freedom of Information – request log"]),
           ("lh", [f"Reference: {L['ref']}", f"Received: {fmt_date(L['date'], 'long')}",
                   "Status: Open – response due " + b["due"]]),
           Hd("Request as received"),
           ("lh", [f"From: {b['from']}", f"Sent: {b['sent']}",
                   f"To: {b['to']}", f"Subject: {b['subject']}"]),
           P("Dear Sir or Madam"),
           P(b["lead"])]
    for i, q in enumerate(L["parts"][0]["qs"], 1):
        out.append(P(f"{i}. {q['text']}"))
    out.append(P(b["tail"]))
    out.append(P("Yours faithfully"))
    return out


STYLES = {
    "restate_numbered": style_restate_numbered,
    "interleaved": style_interleaved,
    "youasked": style_youasked,
    "table": style_table,
    "decision": style_decision,
    "review": style_review,
    "outoforder": style_outoforder,
    "prose": style_prose,
    "bare": style_bare,
}


def build(L):
    return STYLES[L["style"]](L)


# ----------------------------------------------------------------- writers

def to_text(blocks, wrap=None):
    lines = []

    def add(t):
        if wrap:
            for para in t.split("\n"):
                lines.extend(textwrap.wrap(para, wrap) or [""])
        else:
            lines.extend(t.split("\n"))

    for b in blocks:
        k = b[0]
        if k in ("lh", "sig"):
            lines.extend(b[1])
            lines.append("")
        elif k == "banner":
            lines.append(b[1])
            lines.append("")
        elif k == "h":
            add(b[1])
            lines.append("")
        elif k == "p":
            add(b[1])
            lines.append("")
        elif k == "q":
            add(b[1])
            lines.append("")
        elif k == "table":
            for row in b[2]:
                for cell in row:
                    add(cell)
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            out.append("  \n".join(b[1]))
        elif k == "sig":
            out.append("  \n".join(b[1]))
        elif k == "banner":
            out.append(f"*{b[1]}*")
        elif k == "h":
            out.append(f"## {b[1]}")
        elif k == "p":
            out.append(b[1].replace("\n", "  \n"))
        elif k == "q":
            out.append("> " + b[1])
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
            for r in rows:
                t.append("| " + " | ".join(c.replace("\n", "<br>").replace("|", "/") for c in r) + " |")
            out.append("\n".join(t))
    return "\n\n".join(out) + "\n"


CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; margin: 18mm; }
.lh { margin-bottom: 10pt; }
.banner { text-align: center; font-weight: bold; font-size: 9pt; color: #444; margin: 8pt 0; }
h2 { font-size: 11.5pt; margin: 12pt 0 6pt 0; }
blockquote { margin: 3pt 0 3pt 18pt; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
td, th { border: 1px solid #000; padding: 4pt; vertical-align: top; text-align: left; }
"""


def to_html_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("lh", "sig"):
            out.append('<p class="lh">' + "<br>\n".join(H.escape(x) for x in b[1]) + "</p>")
        elif k == "banner":
            out.append(f'<p class="banner">{H.escape(b[1])}</p>')
        elif k == "h":
            out.append(f"<h2>{H.escape(b[1])}</h2>")
        elif k == "p":
            out.append("<p>" + "<br>\n".join(H.escape(x) for x in b[1].split("\n")) + "</p>")
        elif k == "q":
            out.append(f"<blockquote>{H.escape(b[1])}</blockquote>")
        elif k == "table":
            widths = {2: ["45%", "55%"], 3: ["7%", "43%", "50%"]}.get(len(b[1]), [""] * len(b[1]))
            t = ['<table width="100%" border="1" cellpadding="4">', "<tr>" + "".join(f'<th width="{w}">{H.escape(c)}</th>' for c, w in zip(b[1], widths)) + "</tr>"]
            for r in b[2]:
                t.append("<tr>" + "".join(f'<td width="{w}">' + "<br>".join(H.escape(x) for x in c.split("\n")) + "</td>" for c, w in zip(r, widths)) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
    return "\n".join(out)


def to_html_letter(blocks, title, extra_css=""):
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{H.escape(title)}</title><style>{CSS}{extra_css}</style></head>"
            f"<body>\n{to_html_body(blocks)}\n</body></html>\n")


def to_html_page(blocks, L):
    A = L["authority"]
    site = A["site"]
    nav = " | ".join(f'<a href="#">{H.escape(x)}</a>' for x in site["nav"])
    related = ""
    if L.get("related"):
        related = ('<aside class="related"><h3>Related disclosures</h3><ul>' +
                   "".join(f"<li><a href=\"#\">{H.escape(r)}</a></li>" for r in L["related"]) +
                   "</ul></aside>")
    pub = fmt_date(L["date"], "long")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{H.escape(L['title'])} | Disclosure log | {H.escape(A['name'])}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:auto}} .cookie{{background:#222;color:#fff;padding:1em}} nav a{{margin-right:1em}} td,th{{border:1px solid #999;padding:4px;vertical-align:top}} table{{border-collapse:collapse}}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this website work and to collect analytics. <button>Accept all cookies</button> <button>Reject non-essential cookies</button> <a href="#">Cookie settings</a></p></div>
<header><p><a href="#">Skip to main content</a></p><p class="site-name">{H.escape(site['title'])}</p>
<nav>{nav}</nav>
<form role="search"><label>Search this site <input type="text" name="q"></label><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="#">Home</a> &gt; <a href="#">{H.escape(site['crumb'])}</a> &gt; <a href="#">Disclosure log</a> &gt; {H.escape(L['title'])}</div>
<main>
<h1>{H.escape(L['title'])}</h1>
<p class="meta">Published: {pub} &middot; Category: {H.escape(L.get('category', 'Freedom of Information'))}</p>
<article>
{to_html_body(blocks)}
</article>
{related}
<p><a href="#">Was this page helpful?</a> <button>Yes</button> <button>No</button></p>
</main>
<footer><p>{H.escape(site['footer'])}</p><p><a href="#">Accessibility statement</a> | <a href="#">Privacy notice</a> | <a href="#">Cookies</a> | <a href="#">Contact us</a></p></footer>
</body></html>
"""


# ---- PostScript for Ghostscript ---------------------------------------------
PS_MAP = {"-": "\\255", "£": "\\243", "–": "\\255", "—": "\\255", "’": "'", "‘": "'", "“": '"', "”": '"',
          "é": "\\351", "·": "\\267", "•": "\\267", "…": "..."}


def ps_escape(s):
    out = []
    for ch in s:
        if ch in "()\\":
            out.append("\\" + ch)
        elif ch in PS_MAP:
            out.append(PS_MAP[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("?")
    return "".join(out)


def to_postscript(blocks, header="", footer="", width=88):
    """Simple A4 text layout: Helvetica 10pt, wrapped lines, running header/footer."""
    lines = []  # (font, text, indent)
    for b in blocks:
        k = b[0]
        if k in ("lh", "sig"):
            for x in b[1]:
                lines.append(("R", x, 0))
            lines.append(("R", "", 0))
        elif k == "banner":
            lines.append(("B", b[1], 0))
            lines.append(("R", "", 0))
        elif k == "h":
            for x in textwrap.wrap(b[1], width - 6):
                lines.append(("B", x, 0))
            lines.append(("R", "", 0))
        elif k in ("p", "q"):
            ind = 18 if k == "q" else 0
            w = width - (4 if k == "q" else 0)
            for para in b[1].split("\n"):
                for x in textwrap.wrap(para, w) or [""]:
                    lines.append(("I" if k == "q" else "R", x, ind))
            lines.append(("R", "", 0))
        elif k == "table":
            for row in b[2]:
                for c in row:
                    for x in textwrap.wrap(c, width):
                        lines.append(("R", x, 0))
                lines.append(("R", "", 0))
    per_page = 62
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    ps = ["%!PS-Adobe-3.0", f"%%Pages: {len(pages)}", "%%EndComments",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
          "/HR /Helvetica reenc /HB /Helvetica-Bold reenc /HI /Helvetica-Oblique reenc",
          "<< /PageSize [595 842] >> setpagedevice"]
    fonts = {"R": "/HR", "B": "/HB", "I": "/HI"}
    for pn, page in enumerate(pages, 1):
        ps.append(f"%%Page: {pn} {pn}")
        if header:
            ps.append(f"/HB findfont 8 scalefont setfont 260 810 moveto ({ps_escape(header)}) show")
        y = 780
        for f, t, ind in page:
            if t:
                ps.append(f"{fonts[f]} findfont 10 scalefont setfont {56 + ind} {y} moveto ({ps_escape(t)}) show")
            y -= 11.6
        foot = (footer + "   " if footer else "") + f"Page {pn} of {len(pages)}"
        ps.append(f"/HR findfont 8 scalefont setfont 56 36 moveto ({ps_escape(foot)}) show")
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"
