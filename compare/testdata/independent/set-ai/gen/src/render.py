"""Render truth letters into house-style documents (blocks -> txt / md / html)."""
import html as H
import re
from datetime import date as D

from model import qids

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fdate(iso, style):
    y, m, d = map(int, iso.split("-"))
    dt = D(y, m, d)
    if style == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 1:
        return f"{ordinal(d)} {MONTHS[m - 1]} {y}"
    if style == 2:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 3:
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == 4:
        return f"{d:02d} {MONTHS[m - 1][:3]} {y}"
    if style == 5:
        return f"{dt.strftime('%A')} {d} {MONTHS[m - 1]} {y}"
    raise ValueError(style)


AUTH = {
    "HDC": dict(
        name="Harrowfield District Council", short="the Council",
        head=["Harrowfield District Council", "Civic Centre, Mill Lane", "Harrowfield", "HF1 2AB"],
        team="Information Governance Team", email="foi@harrowfield.gov.uk",
        web="www.harrowfield.gov.uk", signer="Information Governance Officer",
        complaint=("If you are unhappy with the way your request has been handled you may ask for an "
                   "internal review within 40 working days by writing to foi@harrowfield.gov.uk. If you "
                   "remain dissatisfied you may complain to the Information Commissioner under section 50 "
                   "of the Freedom of Information Act 2000 (Wycliffe House, Water Lane, Wilmslow SK9 5AF)."),
        slogan="Harrowfield – Working together for a cleaner, greener district"),
    "ARD": dict(
        name="Ardmuir Council", short="the Council",
        head=["Ardmuir Council", "Council Headquarters", "Shore Road", "Ardmuir", "AM1 4QT"],
        team="Information Management Team", email="foi@ardmuir.gov.scot",
        web="www.ardmuir.gov.scot", signer="Information Officer",
        complaint=("If you are dissatisfied with the way we have dealt with your request you can ask us "
                   "to review our actions and decisions within 40 working days (section 20 of the Freedom "
                   "of Information (Scotland) Act 2002). If you remain dissatisfied after the review you "
                   "can apply to the Scottish Information Commissioner for a decision under section 47, and "
                   "you may appeal to the Court of Session on a point of law."),
        slogan="Ardmuir Council – Improving Lives Together"),
    "ICB": dict(
        name="NHS Tarnside and Wexley Integrated Care Board", short="the ICB",
        head=["NHS Tarnside and Wexley Integrated Care Board", "Riverside House", "4 Quay Street",
              "Tarnside", "TW3 9QZ"],
        team="Corporate Governance – FOI Team", email="tw.icb.foi@nhs.net",
        web="www.tarnsidewexley.icb.nhs.uk", signer="FOI Officer",
        complaint=("If you are not satisfied with this response you may request an internal review within "
                   "two months by contacting tw.icb.foi@nhs.net. If you are still dissatisfied you may "
                   "contact the Information Commissioner's Office. Please note that the ICO will not "
                   "normally consider a complaint until the internal review process has been completed."),
        slogan="Healthier together across Tarnside and Wexley"),
    "UOE": dict(
        name="University of Eastmoor", short="the University",
        head=["University of Eastmoor", "Information Compliance Office", "Registry Building",
              "Eastmoor", "EM4 7UE"],
        team="Information Compliance Office", email="foi@eastmoor.ac.uk",
        web="www.eastmoor.ac.uk", signer="Information Compliance Manager",
        complaint=("You may request an internal review of this decision by writing to the Information "
                   "Compliance Manager within 40 working days. If you remain dissatisfied, you have the "
                   "right to complain to the Information Commissioner under section 50 of the Act."),
        slogan="University of Eastmoor – Discover. Question. Change."),
}

ACTS = {
    "foia": "the Freedom of Information Act 2000 (FOIA)",
    "eir": "the Environmental Information Regulations 2004 (EIR)",
    "foisa": "the Freedom of Information (Scotland) Act 2002 (FOISA)",
    "eisr": "the Environmental Information (Scotland) Regulations 2004 (the EISRs)",
}

TITLES = {
    ("s", 21): "information reasonably accessible to the applicant by other means",
    ("s", 22): "information intended for future publication",
    ("s", 24): "national security", ("s", 31): "law enforcement",
    ("s", 40): "personal information", ("s", 43): "commercial interests",
    ("s", 12): "exemption where cost of compliance exceeds appropriate limit",
    ("f", 33): "commercial interests and the economy", ("f", 35): "law enforcement",
    ("f", 31): "national security and defence", ("f", 38): "personal information",
    ("f", 25): "information otherwise accessible", ("f", 18): "further provision as respects responses to request",
    ("r", "12(5)(e)"): "confidentiality of commercial or industrial information",
    ("r", "12(5)(b)"): "the course of justice and the ability to conduct an inquiry",
    ("r", "6(1)(b)"): "information already publicly available and easily accessible",
}


def ex_words(e, form=0):
    """Human rendering of one normalised exemption."""
    if e.startswith("foisa:"):
        body = e[len("foisa:s"):]
        num = int(re.match(r"\d+", body).group())
        t = TITLES.get(("f", num), "")
        return f"section {body} of FOISA" + (f" ({t})" if t and form == 0 else "")
    if e.startswith("reg"):
        body = e[3:]
        t = TITLES.get(("r", body), "")
        return f"regulation {body}" + (f" ({t})" if t and form == 0 else "")
    body = e[1:]
    num = int(re.match(r"\d+", body).group())
    t = TITLES.get(("s", num), "")
    if form == 1:
        return f"Section {body.replace('(', ' (', 1)}" + (f", {t.title()}" if t else "")
    if form == 2:
        return f"s.{body}"
    return f"section {body}" + (f" ({t})" if t else "")


def ex_list(exs, form=0):
    w = [ex_words(e, form) for e in exs]
    return w[0] if len(w) == 1 else ", ".join(w[:-1]) + " and " + w[-1]


REASONS = {
    "commercial": ("Release would be likely to prejudice the commercial interests of the supplier and of "
                   "{short} in future procurements. Having weighed the public interest in transparency "
                   "about the use of public money against the interest in fair competition, we consider "
                   "that the balance favours withholding this information."),
    "law": ("Disclosure would be likely to prejudice the prevention or detection of crime by revealing "
            "capability and deployment. The public interest in maintaining the exemption outweighs the "
            "public interest in disclosure."),
    "natsec": ("Withholding this information is required for the purpose of safeguarding national "
               "security; disclosure would assist those seeking to attack critical systems. The public "
               "interest favours non-disclosure."),
    "personal": ("The information is the personal data of third parties and its disclosure would "
                 "contravene the data protection principles."),
}


def reason(exs, auth):
    from model import ex_class
    cls = ex_class(exs[0])
    return REASONS.get(cls, "").format(short=AUTH[auth]["short"])


def not_held_text(letter):
    a = AUTH[letter["auth"]]
    r = letter["regime"]
    s = a["short"]
    if r == "foisa":
        return (f"In terms of section 17(1) of FOISA, {s} gives notice that it does not hold this "
                "information.")
    if r == "eisr":
        return (f"{s[0].upper() + s[1:]} does not hold this information; the exception in regulation "
                "10(4)(a) of the EISRs therefore applies.")
    if r == "eir":
        return (f"{s[0].upper() + s[1:]} does not hold this information. Regulation 12(4)(a) of the EIR "
                "applies.")
    return f"{s[0].upper() + s[1:]} does not hold this information."


def answer_text(letter, q, with_reason=True):
    st = q["stance"]
    if q["ans"] is not None:
        return q["ans"]
    if st == "withheld":
        t = f"This information is withheld under {ex_list(q['ex'])}."
        if with_reason:
            t += " " + reason(q["ex"], letter["auth"])
        return t
    if st == "not_held":
        return not_held_text(letter)
    raise ValueError(f"{letter['ref']}: answer needed for {q['concept']} ({st})")


# ---------------------------------------------------------------- blocks
# ("h", text) ("p", text) ("b", text) bold line ("table", header, rows) ("rule",)

def part_title(letter, pi):
    pt = letter["part_titles"]
    if pt:
        return pt[pi]
    return f"Part {pi + 1}"


def multi(letter):
    return len(letter["parts"]) > 1


def request_blocks(letter, lead="I note you seek access to the following information:", numfmt="{n}. "):
    out = [("p", lead)]
    for pi, part in enumerate(letter["parts"]):
        if multi(letter):
            out.append(("b", part_title(letter, pi)))
        for qi, q in enumerate(part):
            out.append(("p", numfmt.format(n=qi + 1) + q["text"]))
    return out


def style_interleaved(letter):
    v = (letter["extra"] or {}).get("labels", 0)
    out = [("p", (letter["intro"] or "Your request and our response are set out below."))]
    for pi, part in enumerate(letter["parts"]):
        if multi(letter):
            out.append(("h", part_title(letter, pi)))
        for qi, q in enumerate(part):
            n = qi + 1
            a = answer_text(letter, q)
            if v == 0:
                out += [("b", f"Question {n}"), ("p", q["text"]), ("b", "Response"), ("p", a)]
            elif v == 1:
                out += [("p", f"Q{n}. {q['text']}"), ("p", f"A{n}. {a}")]
            elif v == 2:
                out += [("p", f"Request {n}: {q['text']}"), ("p", f"Answer: {a}")]
            else:
                out += [("p", f"{n}. {q['text']}"), ("p", f"Response: {a}")]
    return out


def style_restate(letter):
    v = (letter["extra"] or {}).get("labels", 0)
    lead = (letter["extra"] or {}).get("lead", "I note you seek access to the following information:")
    out = request_blocks(letter, lead)
    out.append(("h", "Our response"))
    out.append(("p", letter["intro"] or f"{AUTH[letter['auth']]['short'][0].upper()}"
                f"{AUTH[letter['auth']]['short'][1:]} holds some of the information you asked for. "
                "Our answers are numbered to match your request."))
    for pi, part in enumerate(letter["parts"]):
        if multi(letter):
            out.append(("b", part_title(letter, pi)))
        for qi, q in enumerate(part):
            a = answer_text(letter, q)
            out.append(("p", (f"Question {qi + 1} – {a}" if v == 1 else f"{qi + 1}. {a}")))
    return out


def style_youasked(letter):
    out = [("p", letter["intro"] or "Each part of your request is repeated below, followed by our response.")]
    for pi, part in enumerate(letter["parts"]):
        if multi(letter):
            out.append(("h", part_title(letter, pi)))
        for q in part:
            out += [("b", "You asked:"), ("p", q["text"]), ("b", "Our response:"),
                    ("p", answer_text(letter, q))]
    return out


def style_table(letter):
    out = [("p", letter["intro"] or "Please find our response in the table below.")]
    numbered = (letter["extra"] or {}).get("numcol", True)
    for pi, part in enumerate(letter["parts"]):
        if multi(letter):
            out.append(("h", part_title(letter, pi)))
        rows = []
        for qi, q in enumerate(part):
            a = answer_text(letter, q)
            rows.append([str(qi + 1), q["text"], a] if numbered else [f"{qi + 1}. {q['text']}", a])
        hdr = ["No.", "Information requested", "Response"] if numbered else ["Request", "Response"]
        out.append(("table", hdr, rows))
    return out


def _qlist(nums):
    nums = [str(n) for n in nums]
    if len(nums) == 1:
        return "question " + nums[0]
    return "questions " + ", ".join(nums[:-1]) + " and " + nums[-1]


def style_decision(letter):
    a = AUTH[letter["auth"]]
    out = request_blocks(letter, (letter["extra"] or {}).get(
        "lead", "I note you seek access to the following information:"))
    groups = {}
    for pi, part in enumerate(letter["parts"]):
        for qi, q in enumerate(part):
            if q["stance"] in ("withheld", "ncnd") and q["ans"] is None:
                groups.setdefault((q["stance"], tuple(q["ex"])), []).append((pi, qi + 1))
    if groups:
        out.append(("p", f"Your request has now been considered and I can confirm that {a['name']} holds "
                    "information relevant to your request. However:"))
        for (st, exs), items in groups.items():
            if multi(letter):
                bits = []
                for pi in sorted(set(p for p, _ in items)):
                    bits.append(f"{_qlist([n for p, n in items if p == pi])} in part {pi + 1} of your request")
                where = " and ".join(bits)
            else:
                where = _qlist([n for _, n in items]) + " of your request"
            out.append(("p", f"I am applying {ex_list(list(exs), 1)} to {where}."))
            out.append(("b", "Evidence of harm and public interest test"))
            out.append(("p", reason(list(exs), letter["auth"])))
        out.append(("p", "The response to the remaining questions is provided below."))
    for pi, part in enumerate(letter["parts"]):
        shown = [(qi, q) for qi, q in enumerate(part)
                 if not (q["stance"] in ("withheld", "ncnd") and q["ans"] is None)]
        if not shown:
            continue
        if multi(letter):
            out.append(("b", part_title(letter, pi)))
        for qi, q in shown:
            out.append(("p", f"Question {qi + 1} – {answer_text(letter, q)}"))
    return out


def style_prose(letter):
    assert not multi(letter)
    out = [("p", "You wrote to us as follows:"), ("p", "“" + letter["prose"] + "”"),
           ("p", letter["intro"] or "We have numbered the points of your request for ease of reference. "
            "Our response is as follows.")]
    for qi, q in enumerate(letter["parts"][0]):
        lead = f"{qi + 1}. " + (q["short"] + " – " if q["short"] else "")
        out.append(("p", lead + answer_text(letter, q)))
    return out


STYLES = dict(interleaved=style_interleaved, restate=style_restate, youasked=style_youasked,
              table=style_table, decision=style_decision, prose=style_prose)


def letter_blocks(letter):
    a = AUTH[letter["auth"]]
    df = letter["datefmt"]
    ex = letter["extra"] or {}
    if letter["bare"]:
        return bare_blocks(letter)
    out = []
    for line in a["head"]:
        out.append(("b", line) if line == a["head"][0] else ("p", line))
    if ex.get("official"):
        out.insert(0, ("p", "OFFICIAL"))
    refl = ex.get("reflabel", "Our reference:")
    out.append(("p", f"{refl} {letter['ref']}"))
    if ex.get("yourref"):
        out.append(("p", f"Your reference: {ex['yourref']}"))
    out.append(("p", f"Date: {fdate(letter['date'], df)}" if ex.get("datelabel") else fdate(letter["date"], df)))
    out.append(("p", "Dear Requester" if ex.get("dear") else "Dear"))
    act = ACTS[letter["regime"]]
    kind = {"foia": "Freedom of Information Request", "eir": "Request for Environmental Information",
            "foisa": "Freedom of Information (Scotland) Act 2002 – Request", "eisr":
            "Environmental Information (Scotland) Regulations 2004 – Request"}[letter["regime"]]
    out.append(("b", f"{kind} – {letter['ref']} – {letter['title']}"))
    if letter["received"]:
        rd = fdate(letter["received"], (df + 1) % 5)
        out.append(("p", f"Thank you for your request for information, which {a['short']} received on "
                    f"{rd}. We have dealt with it under {act}."))
    else:
        out.append(("p", f"Thank you for your request for information. We have dealt with it under {act}."))
    if ex.get("note"):
        out.append(("p", ex["note"]))
    body = STYLES[letter["style"]](letter)
    if ex.get("slogan"):
        # repeat the authority's banner inside the body, as page furniture does
        step = max(4, len(body) // 3)
        for i in range(step, len(body), step):
            body.insert(i, ("slogan", a["slogan"]))
    out += body
    if ex.get("tail"):
        out.append(("p", ex["tail"]))
    out.append(("b", "Your right to complain"))
    out.append(("p", a["complaint"]))
    out.append(("p", "Yours sincerely"))
    out.append(("p", a["signer"]))
    out.append(("p", f"{a['team']} | {a['email']}"))
    return out


def bare_blocks(letter):
    a = AUTH[letter["auth"]]
    ex = letter["extra"] or {}
    out = [("p", f"From: {ex.get('sender', 'R. Okafor')} <requests+{letter['ref'].lower().replace('/', '-')}"
                 "@whatdotheyknow.example>"),
           ("p", f"To: {a['email']}"),
           ("p", f"Date: {fdate(letter['date'], 5)}"),
           ("p", f"Subject: Freedom of Information request – {letter['title']}"),
           ("p", f"[Logged by {a['team']} as {letter['ref']} on {fdate(letter['date'], 2)}]"),
           ("p", f"Dear {a['name']},"),
           ("p", letter["intro"] or "Please send me the following information under the Freedom of "
                 "Information Act 2000:")]
    for pi, part in enumerate(letter["parts"]):
        if multi(letter):
            out.append(("b", part_title(letter, pi)))
        for qi, q in enumerate(part):
            out.append(("p", f"{qi + 1}. {q['text']}"))
    out += [("p", "I would like the information by email. Many thanks."), ("p", "Yours faithfully,"),
            ("p", ex.get("sender", "R. Okafor"))]
    return out


# ---------------------------------------------------------------- output
def to_text(blocks, letter):
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines += ["", b[1].upper(), ""]
        elif b[0] in ("p", "b"):
            lines += [b[1], ""]
        elif b[0] == "slogan":
            lines += ["", "", b[1], "", ""]
        elif b[0] == "table":
            raise ValueError("table in txt " + letter["key"])
    return "\n".join(lines).strip() + "\n"


def to_md(blocks, letter):
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines += [f"## {b[1]}", ""]
        elif b[0] == "b":
            lines += [f"**{b[1]}**", ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "slogan":
            lines += [f"*{b[1]}*", ""]
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            lines.append("| " + " | ".join(hdr) + " |")
            lines.append("|" + "---|" * len(hdr))
            for r in rows:
                lines.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            lines.append("")
    return "\n".join(lines).strip() + "\n"


def to_html_body(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f"<h3>{H.escape(b[1])}</h3>")
        elif b[0] == "b":
            out.append(f"<p><b>{H.escape(b[1])}</b></p>")
        elif b[0] == "p":
            out.append(f"<p>{H.escape(b[1])}</p>")
        elif b[0] == "slogan":
            out.append(f"<p class='slogan'><i>{H.escape(b[1])}</i></p>")
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            t = ["<table>", "<tr>" + "".join(f"<th>{H.escape(c)}</th>" for c in hdr) + "</tr>"]
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
    return "\n".join(out)


CSS = ("body{font-family:'DejaVu Sans:-liga','DejaVu Sans',Arial,sans-serif;font-size:11pt;line-height:1.35;"
       "font-variant-ligatures:none;font-feature-settings:\"liga\" 0}"
       "table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px;"
       "vertical-align:top;text-align:left}th{background:#ddd}h3{font-family:inherit}.slogan{color:#555;text-align:center}")


def to_doc_html(blocks, letter, fixed_header=None):
    extra = ""
    if fixed_header:
        extra = (f"<div style='position:fixed;top:0;right:0;font-size:9pt;color:#666'>"
                 f"{H.escape(fixed_header)}</div>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{H.escape(letter['ref'])}</title>"
            f"<style>{CSS}</style></head><body>{extra}\n{to_html_body(blocks)}\n</body></html>")


def to_log_page(blocks, letter):
    a = AUTH[letter["auth"]]
    sect = {"HDC": "Your council", "ARD": "Your council", "ICB": "About us", "UOE": "About the University"}
    nav = "".join(f"<li><a href='/{x.lower().replace(' ', '-')}'>{x}</a></li>" for x in
                  ["Home", "Services", "News", sect[letter["auth"]], "Contact us"])
    pub = fdate(letter["date"], 0)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{H.escape(letter['ref'])} {H.escape(letter['title'])} | Disclosure log | {H.escape(a['name'])}</title>
<style>{CSS} .cookie{{background:#222;color:#fff;padding:8px}} nav ul{{display:flex;gap:12px;list-style:none}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this website work and to understand how you use it. <button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a class="skip" href="#main">Skip to main content</a><p class="logo">{H.escape(a['name'])}</p>
<nav aria-label="Main"><ul>{nav}</ul></nav>
<form action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/{sect[letter['auth']].lower().replace(' ', '-')}">{sect[letter['auth']]}</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a></div>
<main id="main">
<h1>{H.escape(letter['ref'])} – {H.escape(letter['title'])}</h1>
<p class="meta">Published: {pub} · Category: {H.escape((letter['extra'] or {}).get('category', 'Freedom of information'))}</p>
<article>
{to_html_body(blocks)}
</article>
<aside><h2>Related pages</h2><ul><li><a href="/foi/make-a-request">Make a request</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li></ul></aside>
</main>
<footer><p>Was this page helpful? <a href="/feedback">Yes</a> <a href="/feedback">No</a></p>
<p>© {H.escape(a['name'])} · {H.escape(a['web'])} · <a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
