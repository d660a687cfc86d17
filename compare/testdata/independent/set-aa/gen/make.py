#!/usr/bin/env python3
"""Build evaluation set AA: render fictional FOI letters and derive expect.json.

Standard library only; external renderers: LibreOffice (soffice), Chromium, Ghostscript.
Usage: python3 make.py [--no-render]
"""
import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from letters import HISTORY, DRAFTS  # noqa: E402

HIST_DIR = os.path.join(HERE, "history")
DRAFT_DIR = os.path.join(HERE, "drafts")

# ---------------------------------------------------------------- authorities
AUTH = {
    "police": dict(
        name="Wessex Coast Constabulary", short="the Constabulary", poss="the Constabulary's",
        lh=["Wessex Coast Constabulary", "Information Rights Unit", "Police Headquarters", "Kestle Moor",
            "Bodmin", "Cornwall PL31 4ZY"],
        datef="ordinal", slogan="PROTECTING OUR COAST AND COMMUNITIES", marking="OFFICIAL",
        sign=["Yours sincerely", "", "Information Rights Officer", "Information Rights Unit",
              "Wessex Coast Constabulary"],
        site="www.wessexcoast.police.uk", key="Question {n} – "),
    "nhs": dict(
        name="Kingsmere Hospitals NHS Foundation Trust", short="the Trust", poss="the Trust's",
        lh=["Kingsmere Hospitals NHS Foundation Trust", "Information Governance Team",
            "Kingsmere General Hospital", "Abbey Road", "Kingsmere KM4 7TH"],
        datef="slash", slogan="Caring for Kingsmere – every patient, every time", marking="",
        sign=["Yours sincerely", "", "Freedom of Information Officer", "Information Governance Team",
              "Kingsmere Hospitals NHS Foundation Trust"],
        site="www.kingsmerehospitals.nhs.uk", key="{n}. "),
    "council": dict(
        name="Harrowdene Council", short="the council", poss="the council's",
        lh=["Harrowdene Council", "Information Governance Team", "Civic Centre, Market Square",
            "Harrowdene HD1 1AA"],
        datef="long", slogan="", marking="",
        sign=["Yours faithfully", "", "Information Governance Officer", "Harrowdene Council"],
        site="www.harrowdene.gov.uk", key="Q{n}. "),
    "agency": dict(
        name="Inland Waters Agency", short="the Agency", poss="the Agency's",
        lh=["Inland Waters Agency", "Information Access Team", "Riverside House", "14 Millbank Quay",
            "Gloucester GL1 2XZ"],
        datef="us", slogan="", marking="OFFICIAL",
        sign=["Yours sincerely", "", "Information Access Team", "Inland Waters Agency"],
        site="www.inlandwaters.gov.uk", key="{n}) "),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(iso, style):
    if not iso:
        return ""
    d = dt.date.fromisoformat(iso)
    if style == "ordinal":
        n = d.day
        suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf} {MONTHS[d.month - 1]} {d.year}"
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "email":
        return f"{d.strftime('%A')} {d.day} {MONTHS[d.month - 1]} {d.year} 09:14"
    raise ValueError(style)


# ---------------------------------------------------------------- exemptions
EXTITLE = {"12": "cost of compliance", "21": "information accessible by other means", "24": "national security",
           "31": "law enforcement", "40": "personal information", "43": "commercial interests"}


def ex_text(e):
    m = re.match(r"s(\d+)(.*)$", e)
    if m:
        return f"section {m.group(1)}{m.group(2)}"
    m = re.match(r"reg(\d+)(.*)$", e)
    return f"regulation {m.group(1)}{m.group(2)}"


def ex_title(e):
    m = re.match(r"s(\d+)", e)
    return EXTITLE.get(m.group(1), "") if m else ""


def ex_list(exs, titles=True):
    parts = []
    for e in exs:
        t = ex_text(e)
        if titles and ex_title(e):
            t += f" ({ex_title(e)})"
        parts.append(t)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def gen_answer(L, q):
    A = AUTH[L["auth"]]
    st, ex = q["st"], q["ex"]
    if q["a"]:
        return q["a"]
    if st == "withheld":
        if ex == ["s43(2)"]:
            return (f"This information is withheld under section 43(2) of the Freedom of Information Act "
                    f"(commercial interests). Disclosure would be likely to prejudice the commercial interests of "
                    f"{A['short']} and of the supplier concerned, and having weighed the public interest we have "
                    f"concluded that it favours withholding the information.")
        if ex == ["reg12(5)(e)"]:
            return ("This information is excepted from disclosure under regulation 12(5)(e) of the EIR "
                    "(confidentiality of commercial or industrial information). Disclosure would adversely affect "
                    "the confidentiality of commercial information provided by the contractor, which is protected "
                    "by law to safeguard a legitimate economic interest. The public interest in maintaining the "
                    "exception outweighs the public interest in disclosure.")
        return (f"This information is held but is exempt from disclosure under {ex_list(ex)}. Disclosing it would "
                f"be likely to assist those seeking to attack {A['poss']} systems or to undermine its work, and "
                f"the public interest favours withholding it.")
    if st == "ncnd":
        if L["auth"] == "council":
            return ("The council neither confirms nor denies whether it holds this information. Section 31(3) of "
                    "the Act removes the duty to confirm or deny where doing so would be likely to prejudice the "
                    "prevention or detection of crime: confirming whether covert cameras are in use would assist "
                    "offenders in avoiding detection.")
        extra = (" This should not be taken as an indication that the information you have requested does or "
                 "does not exist.") if L["auth"] == "police" else ""
        return (f"{A['name']} can neither confirm nor deny that it holds information relevant to this question, "
                f"by virtue of {ex_list(ex)}.{extra}")
    if st == "not_held":
        return f"{A['name']} does not hold this information."
    raise ValueError((L["key"], q["c"], st))


# ---------------------------------------------------------------- blocks
# ('lh', [lines]) ('p', text) ('h', text) ('q', label, text) ('kv', key, text)
# ('table', [head], [[c1, c2], ...]) ('banner', text)

def numbered_parts(L):
    """Yield (part_index, part, [(n, q)])."""
    for pi, part in enumerate(L["parts"], 1):
        yield pi, part, list(enumerate(part["qs"], 1))


def multi(L):
    return len(L["parts"]) > 1


def part_heading(L, pi, part):
    h = part["heading"]
    if not h:
        return None
    return h


def header_blocks(L):
    A = AUTH[L["auth"]]
    a = L["auth"]
    date = fmt_date(L["date"], A["datef"])
    rec = fmt_date(L["rec"], A["datef"])
    eir = L.get("regime") == "eir"
    act = "Environmental Information Regulations 2004" if eir else "Freedom of Information Act 2000"
    b = []
    if L.get("draft"):
        b.append(("banner", "DRAFT – FOR APPROVAL – NOT YET SENT"))
    if A["marking"]:
        b.append(("banner", A["marking"]))
    b.append(("lh", A["lh"]))
    if a == "police":
        b += [("p", date), ("p", "Dear"),
              ("h", f"FREEDOM OF INFORMATION REQUEST – {L['ref']} – {L['title']}"),
              ("p", f"I refer to your request for information received by {A['name']} on the {rec}. "
                    f"I note you seek access to the following information:")]
    elif a == "nhs":
        b += [("p", f"Our ref: {L['ref']}"), ("p", f"Date: {date}"), ("p", "Dear Requester"),
              ("h", f"Re: {act} – request for information – {L['title']}"),
              ("p", f"Thank you for your request dated {rec}, which has been handled under the {act}. "
                    f"You asked for the following information:")]
    elif a == "council":
        b += [("p", f"Reference: {L['ref']}"), ("p", f"Date: {date}"), ("p", "Dear Sir or Madam"),
              ("h", f"Request for information: {L['title']}")]
        if eir:
            b.append(("p", f"Thank you for your request for information, received on {rec}. As your request "
                           f"concerns a contract for the collection of waste, which is environmental information, "
                           f"we have dealt with it under the Environmental Information Regulations 2004 (EIR) "
                           f"rather than the Freedom of Information Act."))
        else:
            b.append(("p", f"Thank you for your request for information, received on {rec}, which we have dealt "
                           f"with under the Freedom of Information Act 2000."))
        if L["style"] not in ("table", "you_asked"):
            b.append(("p", "You asked:"))
    else:
        b += [("p", f"Our reference: {L['ref']}"), ("p", date), ("p", "Dear"),
              ("h", f"Freedom of Information request – {L['title']}"),
              ("p", f"Thank you for your email of {rec}, in which you asked for the following information.")]
    if L.get("note"):
        b.append(("p", L["note"]))
    return b


def closing_blocks(L):
    A = AUTH[L["auth"]]
    a = L["auth"]
    b = []
    if a == "police":
        b += [("h", "Complaint Rights"),
              ("p", "Your attention is drawn to the attached sheet, which details your right of complaint."),
              ("p", f"I would like to take this opportunity to thank you for your interest in {A['name']}.")]
    elif a == "nhs":
        b += [("p", "If you are unhappy with the way your request has been handled, you may ask for an internal "
                    "review by writing to the Head of Information Governance within 40 working days of this "
                    "letter. If you remain dissatisfied you may complain to the Information Commissioner under "
                    "section 50 of the Act.")]
    elif a == "council":
        reg = "regulation 11 of the EIR" if L.get("regime") == "eir" else "our internal review procedure"
        b += [("h", "Your right to request a review"),
              ("p", f"If you are dissatisfied with this response you may ask for a review under {reg} within 40 "
                    "working days. After that, you may contact the Information Commissioner's Office, Wycliffe "
                    "House, Water Lane, Wilmslow, Cheshire SK9 5AF.")]
    else:
        b += [("p", "If you are not satisfied with this response you may request an internal review within 40 "
                    "working days by writing to the Information Access Team. If you remain unhappy you can "
                    "complain to the Information Commissioner.")]
    b.append(("lh", A["sign"]))
    if A["slogan"]:
        b.append(("banner", A["slogan"]))
    return b


def request_blocks(L, label="{n}."):
    b = []
    if L.get("preamble"):
        b.append(("p", L["preamble"]))
    for pi, part, qs in numbered_parts(L):
        h = part_heading(L, pi, part)
        if h:
            b.append(("h", h))
        for n, q in qs:
            b.append(("q", label.format(n=n), q["t"]))
    return b


def refs_text(L, items):
    """items: list of (pi, n). Return 'questions 1 and 3 in part 1 and question 2 in part 2'."""
    def nums(ns):
        ns = [str(x) for x in ns]
        w = "question" if len(ns) == 1 else "questions"
        s = ns[0] if len(ns) == 1 else ", ".join(ns[:-1]) + " and " + ns[-1]
        return f"{w} {s}"
    if not multi(L):
        return nums([n for _, n in items])
    out = []
    for pi in sorted({p for p, _ in items}):
        out.append(nums([n for p, n in items if p == pi]) + f" in part {pi}")
    return " and ".join(out)


def style_restate(L):
    A = AUTH[L["auth"]]
    b = request_blocks(L)
    b.append(("h", "Response"))
    for pi, part, qs in numbered_parts(L):
        if multi(L):
            b.append(("h", f"Part {pi}"))
        for n, q in qs:
            b.append(("q", A["key"].format(n=n).strip(), gen_answer(L, q)))
    return b


def style_numbered(L):
    A = AUTH[L["auth"]]
    b = request_blocks(L)
    b.append(("h", "Our response"))
    order = L.get("answer_order")
    for pi, part, qs in numbered_parts(L):
        if multi(L):
            b.append(("h", f"Part {pi}"))
        if order:
            b.append(("p", "For ease of reference we have answered the questions about agencies and rates first."))
            for n in order:
                b.append(("q", f"Question {n}:", gen_answer(L, qs[n - 1][1])))
        else:
            for n, q in qs:
                b.append(("q", f"{n}.", gen_answer(L, q)))
    return b


def style_interleaved(L):
    a = L["auth"]
    b = []
    if L.get("preamble"):
        b.append(("p", L["preamble"]))
    for pi, part, qs in numbered_parts(L):
        h = part_heading(L, pi, part)
        if h:
            b.append(("h", h))
        for n, q in qs:
            ans = gen_answer(L, q)
            if a == "police":
                b += [("q", f"Q{n}.", q["t"]), ("q", f"A{n}.", ans)]
            elif a == "nhs":
                b += [("q", f"Request {n}:", q["t"]), ("kv", "Response:", ans)]
            elif a == "council":
                b += [("q", f"{n}.", q["t"]), ("kv", "Response:", ans)]
            else:
                b += [("q", f"Question {n}:", q["t"]), ("kv", "Answer:", ans)]
    return b


def style_you_asked(L):
    b = []
    if L.get("preamble"):
        b.append(("p", L["preamble"]))
    for pi, part, qs in numbered_parts(L):
        h = part_heading(L, pi, part)
        if h:
            b.append(("h", h))
        for n, q in qs:
            b += [("kv", "You asked:", q["t"]), ("kv", "Our response:", gen_answer(L, q))]
    return b


def style_table(L):
    b = [("p", "Your questions and our answers are set out in the table below.")]
    for pi, part, qs in numbered_parts(L):
        h = part_heading(L, pi, part)
        if h:
            b.append(("h", h))
        rows = [[f"{n}. {q['t']}", gen_answer(L, q)] for n, q in qs]
        b.append(("table", ["Question", "Response"], rows))
    return b


def style_prose(L):
    b = [("quote", L["request_text"]), ("h", "Response")]
    lab = "({})" if L["auth"] == "nhs" else "{}."
    letters = "abcdefghij"
    for pi, part, qs in numbered_parts(L):
        for n, q in qs:
            tag = lab.format(letters[n - 1] if L["auth"] == "nhs" else n)
            b.append(("q", tag, gen_answer(L, q)))
    return b


HARM = {
    "s43": ("Section 43(2) – Commercial interests",
            "Disclosure of the value of the contract would reveal the supplier's pricing structure to its "
            "competitors and would weaken the negotiating position of {short} when the service is re-tendered."),
    "s31": ("Section 31(1)(a) – Law enforcement",
            "Disclosure would reveal details of {poss} capabilities and infrastructure which would be of value to "
            "those intent on criminal activity, including those seeking to attack police systems."),
    "s24": ("Section 24 – National security",
            "Information about the technology used by the police service, taken together with information "
            "released by other forces, would allow a picture of national capability to be built up."),
}


def style_decision(L):
    A = AUTH[L["auth"]]
    b = request_blocks(L)
    groups = {}
    for pi, part, qs in numbered_parts(L):
        for n, q in qs:
            if q["st"] in ("withheld", "ncnd"):
                groups.setdefault((q["st"], tuple(q["ex"])), []).append((pi, n))
    paras = []
    wh = [(ex, items) for (st, ex), items in groups.items() if st == "withheld"]
    if wh:
        bits = [f"{ex_list(list(ex))} to {refs_text(L, items)}" for ex, items in wh]
        joined = bits[0] if len(bits) == 1 else "; ".join(bits[:-1]) + "; and " + bits[-1]
        paras.append(f"Your request for information has now been considered and I can confirm that {A['name']} "
                     f"holds information you have requested. However, I am applying {joined} of your request.")
    for (st, ex), items in groups.items():
        if st == "ncnd":
            paras.append(f"In relation to {refs_text(L, items)}, {A['name']} can neither confirm nor deny that it "
                         f"holds any information, by virtue of {ex_list(list(ex))}. This should not be taken as an "
                         f"indication that the information you have requested does or does not exist.")
    for p in paras:
        b.append(("p", p))
    secs = []
    for (st, ex) in groups:
        for e in ex:
            k = re.match(r"s\d+", e).group(0)
            if k in HARM and k not in secs:
                secs.append(k)
    if secs:
        b.append(("h", "Evidence of Harm"))
        for k in secs:
            t, txt = HARM[k]
            b.append(("p", txt.format(short=A["short"], poss=A["poss"])))
        b += [("h", "Public Interest Test"),
              ("p", "Factors favouring disclosure – Disclosure would promote openness and accountability for the "
                    "use of public funds and show how the authority protects its services."),
              ("p", "Factors favouring non-disclosure – Disclosure would be likely to prejudice the interests "
                    "set out above, to the detriment of the public."),
              ("h", "Balance Test"),
              ("p", "Having weighed the factors above, I have concluded that the balance of the public interest "
                    "lies in maintaining the exemptions in this case.")]
    rest = [(pi, n, q) for pi, part, qs in numbered_parts(L) for n, q in qs if q["st"] not in ("withheld", "ncnd")]
    if rest:
        b.append(("p", f"The response to {refs_text(L, [(pi, n) for pi, n, _ in rest])} is provided below."))
        cur = None
        for pi, n, q in rest:
            if multi(L) and pi != cur:
                b.append(("h", f"Part {pi}"))
                cur = pi
            b.append(("q", A["key"].format(n=n).strip(), gen_answer(L, q)))
    return b


def style_bare_email(L):
    A = AUTH[L["auth"]]
    b = [("lh", ["From: [name redacted]", f"To: foi@{A['site'].replace('www.', '')}",
                 f"Sent: {fmt_date(L['date'], 'email')}",
                 f"Subject: Freedom of Information request – {L['title']}"]),
         ("p", f"Dear {A['name']},"),
         ("p", "Under the Freedom of Information Act 2000 I would like to request the following information. "
               "My request is in two parts.")]
    for pi, part, qs in numbered_parts(L):
        b.append(("h", f"Part {pi} – {part['heading']}"))
        for n, q in qs:
            b.append(("q", f"{n}.", q["t"]))
    b += [("p", "I would prefer to receive the information by email."), ("lh", ["Yours faithfully,", "", "J. Pascoe"])]
    return b


STYLES = dict(restate=style_restate, numbered=style_numbered, interleaved=style_interleaved,
              you_asked=style_you_asked, table=style_table, prose=style_prose, decision=style_decision,
              bare_email=style_bare_email)


def letter_blocks(L):
    if L["style"] == "bare_email":
        return style_bare_email(L)
    b = header_blocks(L)
    body = STYLES[L["style"]](L)
    A = AUTH[L["auth"]]
    if L["auth"] == "police" and L["fmt"] in ("txt", "md") and A["slogan"]:
        # page-break banner in the middle, as seen in extracted police letters
        mid = max(1, len(body) // 2)
        body = body[:mid] + [("banner", "EMPLOYER RECOGNITION SCHEME – SILVER AWARD"), ("banner", A["slogan"])] + body[mid:]
    return b + body + closing_blocks(L)


# ---------------------------------------------------------------- renderers
def to_text(blocks, md=False):
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "lh":
            out.append("\n".join(bl[1]))
        elif k == "p":
            out.append(bl[1])
        elif k == "banner":
            out.append(bl[1])
        elif k == "h":
            out.append(("### " if md else "") + bl[1])
        elif k == "quote":
            out.append(("> " if md else "\"") + bl[1] + ("" if md else "\""))
        elif k == "q":
            out.append(f"{bl[1]} {bl[2]}")
        elif k == "kv":
            out.append((f"**{bl[1]}** " if md else f"{bl[1]} ") + bl[2])
        elif k == "table":
            if md:
                rows = [bl[1]] + bl[2]
                lines = ["| " + " | ".join(c.replace("\n", "<br>") for c in rows[0]) + " |",
                         "| --- | --- |"]
                lines += ["| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |" for r in rows[1:]]
                out.append("\n".join(lines))
            else:
                for r in bl[2]:
                    out.append(f"{r[0]}\nResponse: {r[1]}")
    text = "\n\n".join(out) + "\n"
    return text


def esc(s):
    return html.escape(s).replace("\n", "<br>")


def to_html_body(blocks):
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "lh":
            out.append("<p class=\"lh\">" + "<br>".join(esc(x) for x in bl[1]) + "</p>")
        elif k == "p":
            out.append(f"<p>{esc(bl[1])}</p>")
        elif k == "banner":
            out.append(f"<p class=\"banner\"><b>{esc(bl[1])}</b></p>")
        elif k == "h":
            out.append(f"<h3>{esc(bl[1])}</h3>")
        elif k == "quote":
            out.append(f"<blockquote><p><i>{esc(bl[1])}</i></p></blockquote>")
        elif k == "q":
            out.append(f"<p><b>{esc(bl[1])}</b> {esc(bl[2])}</p>")
        elif k == "kv":
            out.append(f"<p><b>{esc(bl[1])}</b> {esc(bl[2])}</p>")
        elif k == "table":
            rows = "".join(f"<tr><td>{esc(r[0])}</td><td>{esc(r[1])}</td></tr>" for r in bl[2])
            out.append("<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" width=\"100%\">"
                       f"<tr><th width=\"45%\">{esc(bl[1][0])}</th><th>{esc(bl[1][1])}</th></tr>{rows}</table>")
    return "\n".join(out)


def html_doc(L, blocks, mode):
    A = AUTH[L["auth"]]
    title = esc(f"{L['ref']} {L['title']}".strip())
    body = to_html_body(blocks)
    if mode == "weblog":
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Disclosure log | {esc(A['name'])}</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} nav a{{margin-right:1em}}
.cookie{{background:#eee;padding:1em}} footer{{border-top:1px solid #ccc;font-size:small}}</style></head>
<body>
<div class="cookie" id="cookie-banner">We use cookies to make this website work and to understand how you use it.
<button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></div>
<header><p><a href="https://{A['site']}/">{esc(A['name'])}</a></p>
<nav><a href="/">Home</a><a href="/about">About us</a><a href="/foi">Freedom of information</a>
<a href="/foi/disclosure-log">Disclosure log</a><a href="/contact">Contact us</a></nav>
<p>You are here: Home &gt; Freedom of information &gt; Disclosure log &gt; {esc(L['ref'])}</p></header>
<main><article>
<h1>{esc(L['ref'])} – {esc(L['title'])}</h1>
<p class="meta">Published on the disclosure log</p>
{body}
</article></main>
<footer><p>Accessibility statement | Privacy notice | Cookies | Sitemap</p>
<p>&copy; {esc(A['name'])}. All rights reserved.</p></footer>
</body></html>
"""
    if mode == "print":
        foot = esc(A["slogan"]) if A["slogan"] else ""
        mark = esc(A["marking"]) if A["marking"] else ""
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-center {{ content: "{mark}"; font-size: 9pt; }}
  @bottom-center {{ content: "{foot}"; font-size: 8.5pt; color: #224; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35;
  font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }}
.lh {{ margin-bottom: 1em; }}
table {{ border-collapse: collapse; }} td, th {{ vertical-align: top; text-align: left; }}
</style></head><body>
{body}
</body></html>
"""
    # plain (for LibreOffice conversion)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt}} table{{border-collapse:collapse}}
td,th{{vertical-align:top;text-align:left}}</style></head><body>
{body}
</body></html>
"""


RUN_ENV = dict(os.environ)


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, env=RUN_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=240)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()[-800:]}")
    return r


def soffice_convert(src, target, outdir, profile):
    run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
         "--outdir", outdir, src])


def chromium_pdf(src_html, out_pdf, tmp):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={tmp}/chrome-profile", f"--print-to-pdf={out_pdf}", "file://" + src_html])


def render(L, outdir, tmp):
    fmt = L["fmt"]
    blocks = letter_blocks(L)
    base = L["key"]
    profile = os.path.join(tmp, "lo-profile")
    if fmt in ("txt", "md"):
        path = os.path.join(outdir, f"{base}.{fmt}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(to_text(blocks, md=(fmt == "md")))
        return path
    if fmt == "html":
        path = os.path.join(outdir, f"{base}.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(html_doc(L, blocks, "weblog"))
        return path
    work = os.path.join(tmp, base)
    os.makedirs(work, exist_ok=True)
    if fmt in ("docx", "pdf-soffice"):
        src = os.path.join(work, f"{base}.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_doc(L, blocks, "plain"))
        soffice_convert(src, "docx:MS Word 2007 XML", work, profile)
        docx = os.path.join(work, f"{base}.docx")
        if fmt == "docx":
            path = os.path.join(outdir, f"{base}.docx")
            shutil.copy(docx, path)
            return path
        pdfdir = os.path.join(work, "pdf")
        os.makedirs(pdfdir, exist_ok=True)
        soffice_convert(docx, "pdf", pdfdir, profile)
        path = os.path.join(outdir, f"{base}.pdf")
        shutil.copy(os.path.join(pdfdir, f"{base}.pdf"), path)
        return path
    if fmt in ("pdf-chromium", "pdf-gs"):
        src = os.path.join(work, f"{base}.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_doc(L, blocks, "print"))
        cpdf = os.path.join(work, f"{base}.chromium.pdf")
        chromium_pdf(src, cpdf, tmp)
        path = os.path.join(outdir, f"{base}.pdf")
        if fmt == "pdf-chromium":
            shutil.copy(cpdf, path)
        else:
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                 f"-sOutputFile={path}", cpdf])
        return path
    raise ValueError(fmt)


def ext_of(fmt):
    return {"txt": "txt", "md": "md", "html": "html", "docx": "docx"}.get(fmt, "pdf")


# ---------------------------------------------------------------- truth -> expect
HELD = ("released", "partially_released", "withheld")
EQUIV = [("s43", "reg12(5)(e)", "foisa:s33"), ("s31", "reg12(5)(b)", "foisa:s35"),
         ("s40", "reg13", "foisa:s38"), ("s24", "reg12(5)(a)", "foisa:s31"), ("s36", "reg12(4)(e)", "foisa:s30")]


def ex_class(e):
    for i, grp in enumerate(EQUIV):
        for g in grp:
            if e == g or (g.startswith("s") and re.match(re.escape(g) + r"(\(|$)", e)) \
                    or (g.startswith("foisa") and e.startswith(g + "(")) or (g.startswith("reg") and e.startswith(g)):
                return f"class{i}"
    return e


def finding(prev, cur):
    pk, ck = prev["st"], cur["st"]
    if pk == "ncnd" and ck == "ncnd":
        return None
    if ck == "ncnd" and pk in ("released", "partially_released", "withheld", "not_held"):
        return ("ncnd_inconsistent", "high")
    if pk == "ncnd" and ck in ("released", "partially_released", "withheld", "not_held"):
        return ("ncnd_inconsistent", "medium")
    if pk in ("released", "partially_released") and ck in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if pk == "released" and ck == "partially_released":
        return ("partly_withheld", "medium")
    if pk == "withheld" and ck in ("released", "partially_released"):
        return ("newly_released", "medium")
    if pk == "withheld" and ck == "withheld":
        if {ex_class(e) for e in prev["ex"]} != {ex_class(e) for e in cur["ex"]}:
            return ("exemption_changed", "medium")
        return None
    if pk in HELD and ck == "not_held":
        return ("held_status_changed", "high")
    if pk == "not_held" and ck in HELD:
        return ("held_status_changed", "medium")
    if pk == "released" and ck == "released":
        assert prev["f"] is not None and cur["f"] is not None, (prev, cur)
        if prev["f"] != cur["f"]:
            return ("answer_changed", "low")
    return None


def qid_iter(L):
    for pi, part in enumerate(L["parts"], 1):
        for n, q in enumerate(part["qs"], 1):
            yield f"P{pi}.Q{n}", q


def derive_expect():
    drafts = {}
    for D in DRAFTS:
        cutoff = D.get("as_of") or D["date"]
        hist = [H for H in HISTORY if (D.get("all_authorities") or H["auth"] == D["auth"]) and H["date"] < cutoff]
        hist.sort(key=lambda H: H["date"], reverse=True)
        matches, findings = {}, []
        for qid, q in qid_iter(D):
            prevs = [(H, hq_id, hq) for H in hist for hq_id, hq in qid_iter(H) if hq["c"] == q["c"]]
            matches[qid] = [f"{H['ref']} {hq_id}" for H, hq_id, _ in prevs]
            if D.get("bare") or not prevs:
                continue
            H, hq_id, hq = prevs[0]
            fnd = finding(hq, q)
            if fnd:
                findings.append(dict(kind=fnd[0], severity=fnd[1], question_id=qid, precedent=f"{H['ref']} {hq_id}"))
        e = {}
        if D.get("as_of"):
            e["as_of"] = D["as_of"]
        if D.get("all_authorities"):
            e["all_authorities"] = True
        if D.get("consistent"):
            e["consistent"] = True
        e["matches"] = matches
        e["findings"] = findings
        drafts[f"{D['key']}.{ext_of(D['fmt'])}"] = e
    return drafts


def validate():
    refs = {}
    dates = {}
    for L in HISTORY + DRAFTS:
        if L["ref"]:
            assert L["ref"] not in refs, ("duplicate ref", L["ref"])
            refs[L["ref"]] = L["key"]
        k = (L["auth"], L["date"])
        if not L.get("bare"):
            assert k not in dates, ("duplicate date", k, dates.get(k), L["key"])
            dates[k] = L["key"]
        seen = set()
        for qid, q in qid_iter(L):
            assert q["c"] not in seen, ("concept repeated in letter", L["key"], q["c"])
            seen.add(q["c"])
            if q["st"] == "partially_released" or (q["st"] in ("withheld", "ncnd", "refused")):
                assert q["ex"], (L["key"], qid)
    keys = [L["key"] for L in HISTORY + DRAFTS]
    assert len(keys) == len(set(keys))


def main():
    validate()
    expect_drafts = derive_expect()
    counts = {}
    for d in expect_drafts.values():
        for f in d["findings"]:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    expect = {
        "description": ("Set AA: four fictional authorities (Harrowdene Council, a unitary council; Wessex Coast "
                        "Constabulary, a south-west police force; Kingsmere Hospitals NHS Foundation Trust, an acute "
                        "trust; Inland Waters Agency, a national agency) with %d history letters 2017-2025 and %d "
                        "drafts 2025-2026. Round-robin families (body-worn and in-car video, drones, cyber, agency "
                        "staffing, EPR/PACS contracts, fly-tipping, parking, waste contracts, agency ICT) with "
                        "rewording, renumbering, inserted/removed questions, parts vs merged lists, the same "
                        "sentence in two parts, look-alike questions and unrelated requests. Findings by kind: %s."
                        % (len(HISTORY), len(DRAFTS), json.dumps(counts, sort_keys=True))),
        "drafts": expect_drafts,
    }
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("findings by kind:", json.dumps(counts, sort_keys=True), "total", sum(counts.values()))
    if "--no-render" in sys.argv:
        return
    for d in (HIST_DIR, DRAFT_DIR):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    tmp = tempfile.mkdtemp(prefix="work-", dir=HERE)
    RUN_ENV.update(HOME=tmp, TMPDIR=tmp, XDG_CONFIG_HOME=tmp + "/config", XDG_CACHE_HOME=tmp + "/cache")
    try:
        for L in HISTORY:
            p = render(L, HIST_DIR, tmp)
            print("history", os.path.basename(p))
        for L in DRAFTS:
            p = render(L, DRAFT_DIR, tmp)
            print("draft  ", os.path.basename(p))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
