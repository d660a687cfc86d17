"""Turns a letter (truth) into document blocks, and blocks into txt / md / html / ps."""
import html as H
import re
import textwrap
from datetime import date, timedelta

from data import AUTHORITIES

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(iso, v):
    d = date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return [
        f"{ordinal(d.day)} {m} {d.year}",
        f"{d.day} {m} {d.year}",
        f"{m} {d.day}, {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day:02d} {m[:3]} {d.year}",
        f"{d.strftime('%A')} {d.day} {m} {d.year}",
    ][v % 6]


# ---------------------------------------------------------------- citations
TITLES = {
    "s43": "Commercial Interests", "s31": "Law Enforcement", "s24": "National Security",
    "s40": "Personal Information", "s21": "Information Reasonably Accessible to the Applicant by Other Means",
    "reg12(5)(e)": "Confidentiality of commercial or industrial information",
    "reg12(4)(a)": "Information not held",
}


def cite(e, v=0):
    m = re.match(r"s(\d+)((?:\([0-9A-Za-z]+\))*)$", e)
    if m:
        n, sub = m.group(1), m.group(2)
        spaced = " ".join(re.findall(r"\([^)]*\)", sub))
        return [f"section {n}{sub}", f"Section {n} {spaced}".rstrip(), f"s.{n}{sub}", f"S{n}{sub}"][v % 4]
    m = re.match(r"reg(\d+)((?:\([0-9A-Za-z]+\))*)$", e)
    n, sub = m.group(1), m.group(2)
    return [f"regulation {n}{sub}", f"Regulation {n}{sub}", f"reg. {n}{sub}", f"regulation {n}{sub}"][v % 4]


def cite_list(ex, v=0):
    cs = [cite(e, v) for e in ex]
    if len(cs) == 1:
        return cs[0]
    return ", ".join(cs[:-1]) + " and " + cs[-1]


def title_of(e):
    base = re.match(r"(s\d+)", e)
    if base and base.group(1) in TITLES:
        return TITLES[base.group(1)]
    return TITLES.get(e, "")


HARM = {
    "s43": "Disclosure of pricing and contract values would be likely to prejudice the commercial interests of {short} and of the supplier, by weakening {short}'s position in future procurement exercises and revealing the supplier's pricing model to its competitors.",
    "reg12(5)(e)": "The information is commercial information provided in confidence, and its confidentiality protects a legitimate economic interest of both parties; disclosure would adversely affect that interest by revealing pricing to competitors ahead of re-procurement.",
    "s31": "Disclosure would be likely to prejudice the prevention and detection of crime, because it would give those intent on offending information about the tactics, locations or technical defences that {short} relies on.",
    "s24": "Information about the security of {short}'s systems could be combined with other information to target critical infrastructure, and exemption from disclosure is required for the purpose of safeguarding national security.",
    "s40": "The figures are small enough that individuals could be identified; disclosure would breach the data protection principles.",
}


def harm_for(ex, short):
    out = []
    seen = set()
    for e in ex:
        key = e if e.startswith("reg") else re.match(r"(s\d+)", e).group(1)
        if key in HARM and key not in seen:
            seen.add(key)
            out.append(HARM[key].format(short=short))
    return out


def stance_text(q, let, v):
    """Answer text for a question, generated where the truth gives none."""
    if q["ans"]:
        return q["ans"]
    a = AUTHORITIES[let["auth"]]
    st, ex = q["st"], q["ex"]
    if st == "W":
        t = title_of(ex[0])
        opts = [
            f"This information is withheld under {cite_list(ex, v)}{' (' + t + ')' if t else ''}.",
            f"Exempt - {cite_list(ex, v + 1)}{', ' + t if t else ''}. Please see the explanation below.",
            f"{a['name']} holds this information but it is exempt from disclosure by virtue of {cite_list(ex, v)}.",
        ]
        return opts[v % 3]
    if st == "N":
        return (f"{a['name']} can neither confirm nor deny whether it holds the information you have requested, "
                f"by virtue of {cite_list(ex, v)}. This should not be taken as an indication that the information "
                f"you have requested does or does not exist.")
    if st == "NH":
        return f"{a['name']} does not hold this information."
    if st == "U":
        return ""
    raise ValueError(q)


# ---------------------------------------------------------------- letter structure
def qlabel_num(i):
    return f"{i}."


def complaint_block(let):
    a = AUTHORITIES[let["auth"]]
    if let.get("regime") == "eir":
        rv = ("If you are dissatisfied with the handling of your request, you may ask for an internal review under "
              "regulation 11 of the Environmental Information Regulations 2004 within 40 working days.")
    else:
        rv = ("If you are unhappy with the way your request has been handled, you may ask for an internal review. "
              f"Please write to {a['email']} within 40 working days of the date of this letter.")
    if let["style"] == "review":
        rv = "This completes the internal review process."
    return [("h", "Your right to complain"), ("p", rv),
            ("p", "If you remain dissatisfied after the internal review you have the right to apply to the Information "
                  "Commissioner under section 50 of the Freedom of Information Act 2000: Information Commissioner's Office, "
                  "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")]


def qnums(let):
    """Yields (part_index, part_title, qnum, q)."""
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        for qi, q in enumerate(qs, 1):
            yield pi, pt, qi, q


def has_parts(let):
    return len(let["parts"]) > 1


def exemption_sections(let, v):
    """Harm / public interest block for withheld or partly withheld questions."""
    a = AUTHORITIES[let["auth"]]
    exs = []
    for _, _, _, q in qnums(let):
        if q["st"] in ("W", "P"):
            for e in q["ex"]:
                if e not in exs and not e.startswith("s21"):
                    exs.append(e)
    out = []
    if not exs:
        return out
    out.append(("h", "Explanation of exemptions"))
    for e in exs:
        t = title_of(e)
        out.append(("p", f"{cite(e, 1)}{' - ' + t if t else ''}"))
        for hp in harm_for([e], a["short"]):
            out.append(("p", hp))
    if any(not e.startswith("s40") for e in exs):
        out.append(("h", "Public interest test"))
        out.append(("p", "Factors favouring disclosure: there is a general public interest in openness and in "
                         "accountability for the spending of public money, and in the public understanding how "
                         f"{a['short']} discharges its functions."))
        out.append(("p", "Factors favouring non-disclosure: there is a strong public interest in protecting the "
                         f"integrity of {a['short']}'s systems and procurement, and in not undermining the services "
                         "the public relies upon."))
        out.append(("p", "Balance test: having weighed these factors, I have concluded that the balance of the public "
                         "interest lies in maintaining the exemption."))
    return out


def opening(let, v):
    a = AUTHORITIES[let["auth"]]
    blocks = []
    if let.get("draft"):
        blocks.append(("p", "DRAFT - FOR APPROVAL - NOT FOR RELEASE"))
    blocks.append(("lines", a["head"]))
    dv = let.get("datev", v)
    meta = [
        [f"Our ref: {let['ref']}", f"Date: {fmt_date(let['date'], dv)}"],
        [f"{fmt_date(let['date'], dv)}", "", f"Reference: {let['ref']}"],
        [f"Request reference: {let['ref']}", f"Date of response: {fmt_date(let['date'], dv)}",
         f"Date received: {fmt_date(let['received'], dv)}"],
    ][v % 3]
    blocks.append(("lines", meta))
    blocks.append(("p", "Dear Requester" if v % 2 else "Dear"))
    act = ("Environmental Information Regulations 2004" if let.get("regime") == "eir"
           else "Freedom of Information Act 2000")
    blocks.append(("title", f"{act} - {let['title']}"))
    rec = fmt_date(let["received"], dv + 1)
    intros = [
        f"Thank you for your request for information received on {rec}. I note you seek access to the following information:",
        f"I refer to your request for information received by {a['name']} on {rec}, in which you asked:",
        f"Your request dated {rec} has been handled under the {act}. You asked:",
    ]
    intro = intros[v % 3]
    if let["style"] == "review":
        intro = (f"Your original request was received on {rec}. Thank you for your email of 7 January 2019 asking "
                 f"for an internal review of our response.")
    elif let.get("other_ref"):
        intro = (f"I refer to your request received on {rec}. You have previously asked for similar information "
                 f"(our reference {let['other_ref']}), and this response updates the figures given then. You asked:")
    blocks.append(("p", intro))
    if let.get("preamble"):
        blocks.append(("quote", let["preamble"]))
    return blocks


def closing(let, v):
    a = AUTHORITIES[let["auth"]]
    out = complaint_block(let)
    out.append(("p", ["Yours sincerely", "Kind regards", "Yours faithfully"][v % 3]))
    out.append(("lines", a["sign"]))
    return out


def restated_request(let, v, bullet=False):
    out = []
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        if pt:
            out.append(("h", pt))
        for qi, q in enumerate(qs, 1):
            lab = f"({qi})" if bullet else f"{qi}."
            out.append(("b", lab, q["text"]))
    return out


def body_restate(let, v):
    out = restated_request(let, v)
    out.append(("h", "Response"))
    if let.get("regime") == "eir":
        out.append(("p", "As your request concerns environmental information it has been dealt with under the "
                         "Environmental Information Regulations 2004 rather than the Freedom of Information Act."))
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        if pt:
            out.append(("h", f"Part {pi}"))
        for qi, q in enumerate(qs, 1):
            out.append(("b", f"Question {qi} -", stance_text(q, let, v + qi)))
    out += exemption_sections(let, v)
    return out


def body_interleaved(let, v):
    out = []
    if let.get("regime") == "eir":
        out.append(("p", "Your request has been considered under the Environmental Information Regulations 2004."))
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        if pt:
            out.append(("h", pt))
        for qi, q in enumerate(qs, 1):
            if v % 2 == 0:
                out.append(("b", f"Q{qi}.", q["text"]))
                out.append(("b", f"A{qi}.", stance_text(q, let, v + qi)))
            else:
                out.append(("b", f"{qi}.", q["text"]))
                out.append(("b", "Response:", stance_text(q, let, v + qi)))
    out += exemption_sections(let, v)
    return out


def body_table(let, v):
    out = []
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        if pt:
            out.append(("h", pt))
        rows = [[str(qi), q["text"], stance_text(q, let, v + qi)] for qi, q in enumerate(qs, 1)]
        out.append(("table", ["No.", "Information requested", "Response"], rows))
    out += exemption_sections(let, v)
    return out


def body_youasked(let, v):
    out = []
    if let.get("regime") == "eir":
        out.append(("p", "We have dealt with your request under the Environmental Information Regulations 2004 (EIR) "
                         "because it concerns the state of the land and measures affecting it."))
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        if pt:
            out.append(("h", pt))
        for qi, q in enumerate(qs, 1):
            if v % 2 == 0:
                out.append(("b", "You asked:", q["text"]))
                out.append(("b", "Our response:", stance_text(q, let, v + qi)))
            else:
                out.append(("b", "REQUEST:", q["text"]))
                out.append(("b", "RESPONSE:", stance_text(q, let, v + qi)))
    out += exemption_sections(let, v)
    return out


def join_nums(nums):
    nums = [str(n) for n in nums]
    if len(nums) == 1:
        return "question " + nums[0]
    return "questions " + ", ".join(nums[:-1]) + " and " + nums[-1]


def body_decision(let, v):
    a = AUTHORITIES[let["auth"]]
    out = restated_request(let, v)
    # group exempt / ncnd questions
    groups = {}
    for pi, pt, qi, q in qnums(let):
        if q["st"] in ("W", "N"):
            groups.setdefault((q["st"], tuple(q["ex"])), {}).setdefault(pi, []).append(qi)
    paras = []
    for (st, ex), byp in groups.items():
        if has_parts(let):
            where = " and ".join(f"{join_nums(ns)} in part {p} of your request" for p, ns in sorted(byp.items()))
        else:
            where = join_nums(byp[1]) + " of your request"
        if st == "W":
            t = title_of(ex[0])
            paras.append(f"{a['name']} holds the information requested at {where}; however I am withholding it under "
                         f"{cite_list(list(ex), 1)}{' - ' + t if t else ''}.")
        else:
            paras.append(f"In respect of {where}, {a['name']} neither confirms nor denies that it holds the information, "
                         f"relying on {cite_list(list(ex), 0)}. This should not be taken as an indication of whether or "
                         f"not the information exists.")
    if paras:
        out.append(("p", "Your request has now been considered. " + paras[0]))
        for p in paras[1:]:
            out.append(("p", p))
    else:
        out.append(("p", f"Your request has now been considered and I can confirm that {a['name']} holds the information you requested."))
    out += exemption_sections(let, v)
    rest = []
    for pi, pt, qi, q in qnums(let):
        if q["st"] not in ("W", "N"):
            rest.append((pi, qi, q))
    if rest:
        out.append(("p", "The answers to the remaining questions are provided below."))
        cur = None
        for pi, qi, q in rest:
            if has_parts(let) and pi != cur:
                out.append(("h", f"Part {pi}"))
                cur = pi
            out.append(("b", f"Question {qi} -", stance_text(q, let, v + qi)))
    return out


def body_numbered(let, v):
    out = restated_request(let, v, bullet=True)
    out.append(("p", "Our answers below are numbered to match your request."))
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        if pt:
            out.append(("h", pt))
        for qi, q in enumerate(qs, 1):
            out.append(("b", f"{qi})", stance_text(q, let, v + qi)))
    out += exemption_sections(let, v)
    return out


def body_review(let, v):
    a = AUTHORITIES[let["auth"]]
    out = [("h", f"Internal review of request {let['original_ref']}"),
           ("p", f"You asked {a['short']} to review its response of 22 November 2018 to your request {let['original_ref']}, "
                 "in which the annual value of the parking enforcement contract was withheld under section 43(2) "
                 "(commercial interests). The review has been carried out by a senior officer who was not involved in "
                 "the original decision."),
           ("p", "Your original request was as follows:")]
    out += restated_request(let, v)
    out.append(("h", "Outcome of the review"))
    out.append(("p", "Since the original response the contract has been published in part on the Contracts Finder "
                     "service, and the supplier has confirmed that it does not object to the annual value being released. "
                     "The original decision was not correct and the complaint is upheld in respect of question 4. "
                     "The answers to your request are now as follows:"))
    for pi, pt, qi, q in qnums(let):
        out.append(("b", f"{qi}.", stance_text(q, let, v)))
    return out


BODIES = {"restate": body_restate, "interleaved": body_interleaved, "table": body_table,
          "youasked": body_youasked, "decision": body_decision, "numbered": body_numbered,
          "review": body_review}


def letter_blocks(let, v):
    if let["style"] == "bare":
        return bare_blocks(let, v)
    out = opening(let, v)
    out += BODIES[let["style"]](let, v)
    out.append(("p", "Whilst every care has been taken in retrieving this information, please contact us if you have any queries."))
    out += closing(let, v)
    return [b for b in out if not (b[0] == "p" and b[1] == "")]


def bare_blocks(let, v):
    a = AUTHORITIES[let["auth"]]
    d = date.fromisoformat(let["date"])
    out = [("lines", [f"From: R. Mitchell <request-88231@whatdotheyknow.example>",
                      f"To: FOI requests at {a['name']} <{a['email']}>",
                      f"Date: {d.strftime('%a')} {d.day} {MONTHS[d.month-1]} {d.year}",
                      f"Subject: Freedom of Information request - {let['title']}"]),
           ("lines", [f"Logged by {a['name']} as {let['ref']} on {fmt_date(let['date'], 1)}"]),
           ("p", f"Dear {a['name']},"),
           ("p", "Please provide the following information under the Freedom of Information Act 2000:")]
    for pi, pt, qi, q in qnums(let):
        out.append(("b", f"{qi}.", q["text"]))
    out.append(("p", "I would prefer to receive the information electronically. If any part of this request is unclear, "
                     "please contact me; if any part would exceed the cost limit, please tell me which, so that I can narrow it."))
    out.append(("p", "Yours faithfully,"))
    out.append(("p", "R. Mitchell"))
    return out


# ---------------------------------------------------------------- block renderers
def to_txt(blocks, wrap=None):
    lines = []

    def para(t):
        if wrap:
            lines.extend(textwrap.wrap(t, wrap) or [""])
        else:
            lines.append(t)
        lines.append("")

    for b in blocks:
        k = b[0]
        if k == "lines":
            lines.extend(b[1]); lines.append("")
        elif k in ("p", "quote"):
            para(b[1])
        elif k == "title":
            lines.append(b[1].upper()); lines.append("")
        elif k == "h":
            lines.append(b[1]); lines.append("")
        elif k == "b":
            para(f"{b[1]} {b[2]}")
        elif k == "table":
            lines.extend(ascii_table(b[1], b[2])); lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def ascii_table(head, rows, widths=(4, 44, 40)):
    def cellwrap(t, w):
        return textwrap.wrap(t, w) or [""]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for r, row in enumerate([head] + rows):
        cells = [cellwrap(c, w) for c, w in zip(row, widths)]
        n = max(len(c) for c in cells)
        for i in range(n):
            out.append("|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(w) + " " for c, w in zip(cells, widths)) + "|")
        out.append(sep if r else sep.replace("-", "="))
    return out


def to_md(blocks):
    lines = []
    for b in blocks:
        k = b[0]
        if k == "lines":
            lines.extend(l + "  " for l in b[1]); lines.append("")
        elif k == "p":
            lines.append(b[1]); lines.append("")
        elif k == "quote":
            lines.append("> " + b[1]); lines.append("")
        elif k == "title":
            lines.append("# " + b[1]); lines.append("")
        elif k == "h":
            lines.append("## " + b[1]); lines.append("")
        elif k == "b":
            lines.append(f"**{b[1]}** {b[2]}"); lines.append("")
        elif k == "table":
            lines.append("| " + " | ".join(b[1]) + " |")
            lines.append("|" + "|".join("---" for _ in b[1]) + "|")
            for row in b[2]:
                lines.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 0; }
@page { margin: 2cm; }
.head { text-align: right; color: #333; }
table { border-collapse: collapse; }
td, th { border: 1px solid #444; padding: 4px; vertical-align: top; text-align: left; }
h1 { font-size: 13pt; } h2 { font-size: 11.5pt; }
.slogan { color: #2a6; font-style: italic; text-align: center; font-size: 9pt; }
blockquote { font-style: italic; }
"""


def to_html(blocks, title, auth, chrome=False):
    a = AUTHORITIES[auth]
    body = []
    for b in blocks:
        k = b[0]
        e = H.escape
        if k == "lines":
            body.append("<p class=\"head\">" + "<br>\n".join(e(l) for l in b[1]) + "</p>")
        elif k == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif k == "quote":
            body.append(f"<blockquote>{e(b[1])}</blockquote>")
        elif k == "title":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif k == "b":
            body.append(f"<p><strong>{e(b[1])}</strong> {e(b[2])}</p>")
        elif k == "table":
            ws = ["45", "300", "300"] if len(b[1]) == 3 else ["320"] * len(b[1])
            t = ["<table width=\"645\" cellpadding=\"4\" cellspacing=\"0\" border=\"1\">",
                 "<colgroup>" + "".join(f"<col width=\"{w}\">" for w in ws) + "</colgroup>",
                 "<tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>"]
            for row in b[2]:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            t.append("</table>")
            body.append("\n".join(t))
    inner = "\n".join(body)
    if chrome:
        inner = f"""<div id="cookie-banner"><p>We use cookies to make this site work and to collect analytics. <a href="#">Accept all cookies</a> <a href="#">Reject non-essential cookies</a></p></div>
<header><a href="/">{H.escape(a['name'])}</a>
<nav><ul><li><a href="/services">Services</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<form><input type="search" placeholder="Search"></form></header>
<div class="breadcrumbs">Home &gt; About us &gt; Freedom of information &gt; Disclosure log</div>
<main><article>
<p class="published">Published in our disclosure log</p>
{inner}
</article>
<aside><h3>Related pages</h3><ul><li><a href="#">Make a freedom of information request</a></li><li><a href="#">Publication scheme</a></li><li><a href="#">Data protection</a></li></ul></aside></main>
<footer><p>{H.escape(a['name'])} - {H.escape(a['slogan'])}</p><p>Accessibility | Privacy notice | Cookies | Terms and conditions</p></footer>"""
    else:
        inner = f"<p class=\"slogan\">{H.escape(a['slogan'])}</p>\n" + inner
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{H.escape(title)}</title>
<style>{CSS}</style></head>
<body>
{inner}
</body></html>
"""


# ---------------------------------------------------------------- PostScript for Ghostscript
def ps_escape(s):
    rep = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "..."}
    out = []
    for ch in s:
        ch = rep.get(ch, ch)
        for c in ch:
            o = ord(c)
            if c in "()\\":
                out.append("\\" + c)
            elif o < 128:
                out.append(c)
            elif o < 256:
                out.append("\\%03o" % o)
            else:
                out.append("?")
    return "".join(out)


def to_ps(blocks, auth):
    a = AUTHORITIES[auth]
    items = []  # (font, size, text)
    for b in blocks:
        k = b[0]
        if k == "lines":
            for l in b[1]:
                items.append(("R", 10, l))
            items.append(None)
        elif k in ("p", "quote"):
            for l in textwrap.wrap(b[1], 95):
                items.append(("R", 10, l))
            items.append(None)
        elif k == "title":
            for l in textwrap.wrap(b[1], 70):
                items.append(("B", 12, l))
            items.append(None)
        elif k == "h":
            items.append(("B", 10.5, b[1])); items.append(None)
        elif k == "b":
            for i, l in enumerate(textwrap.wrap(f"{b[1]} {b[2]}", 95)):
                items.append(("R", 10, l))
            items.append(None)
        elif k == "table":
            for row in b[2]:
                for l in textwrap.wrap(f"{row[0]}. {row[1]}", 95):
                    items.append(("R", 10, l))
                for l in textwrap.wrap(f"Response: {row[2]}", 95):
                    items.append(("R", 10, l))
                items.append(None)
    ps = ["%!PS-Adobe-3.0", "%%Creator: setM make.py", "%%Pages: (atend)", "%%EndComments",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
          "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put dup 96 /grave put def currentdict end definefont pop } def",
          "/HR /Helvetica reenc /HB /Helvetica-Bold reenc"]
    page = 0
    y = None

    def newpage():
        nonlocal page, y
        if page:
            ps.append(f"/HR findfont 8 scalefont setfont 280 30 moveto (Page {page}) show")
            ps.append("showpage")
        page += 1
        ps.append(f"%%Page: {page} {page}")
        ps.append(f"/HR findfont 8 scalefont setfont 60 815 moveto ({ps_escape(a['name'])} - OFFICIAL) show")
        y = 790

    newpage()
    for it in items:
        if it is None:
            y -= 6
            continue
        if y < 60:
            newpage()
        f, s, t = it
        ps.append(f"/H{f} findfont {s} scalefont setfont 60 {y} moveto ({ps_escape(t)}) show")
        y -= s + 3.5
    ps.append(f"/HR findfont 8 scalefont setfont 280 30 moveto (Page {page}) show")
    ps.append("showpage")
    ps.append("%%Trailer")
    ps.append(f"%%Pages: {page}")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"
