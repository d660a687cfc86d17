#!/usr/bin/env python3
"""Blind evaluation set U for foicheck: renders letters from src/letters.py and derives expect.json.

Usage: python3 make.py            (render everything, write expect.json, verify)
       python3 make.py --no-render (only expect.json / labels.json)
"""
import datetime
import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))
from letters import LETTERS, R, PR, W, N, NH  # noqa: E402

HIST = os.path.join(ROOT, "history")
DRAFTS = os.path.join(ROOT, "drafts")
BUILD = os.path.join(ROOT, "build")
ENV = dict(os.environ, HOME=os.path.join(BUILD, "home"))

# ------------------------------------------------------------------ authorities
AUTH = {
    "police": dict(
        name="Cambria Police",
        head=["Heddlu Cambria | Cambria Police", "Uned Hawliau Gwybodaeth / Information Rights Unit",
              "Pencadlys yr Heddlu, Ffordd y Castell, Aberhonddu, LD3 9ZZ"],
        banner="Rydym yn croesawu gohebiaeth yn Gymraeg | We welcome correspondence in Welsh",
        marking="OFFICIAL",
        datefmt="ordinal",
        subject="FREEDOM OF INFORMATION REQUEST – {ref} – {title}",
        opening="I refer to your request for information received by Cambria Police on {received}. I note you seek access to the following information:",
        sign=["Yours sincerely", "", "Information Rights Officer", "Cambria Police"],
        site="www.cambria.police.example"),
    "council": dict(
        name="Wealdshire County Council",
        head=["Wealdshire County Council", "Information Governance Team", "County Hall, Castle Street, Wealdbridge, WE1 2CC",
              "foi@wealdshire.gov.example"],
        banner="",
        marking="",
        datefmt="plain",
        subject="Case reference: {ref} – Request for information: {title}",
        opening="Thank you for your request for information, which we received on {received}. We have dealt with it under the {act}.",
        sign=["Yours sincerely", "", "Information Governance Officer", "Wealdshire County Council"],
        site="www.wealdshire.gov.example"),
    "fire": dict(
        name="Northwold Fire and Rescue Service",
        head=["Northwold Fire and Rescue Service", "Service Headquarters, Hallam Road, Northwold, NW4 7FR",
              "Tel: 01632 960 400"],
        banner="Making Northwold Safer – Together",
        marking="",
        datefmt="slash",
        subject="Our Ref: {ref}    Subject: Freedom of Information Request – {title}",
        opening="Thank you for your email dated {received} requesting information under the {act}.",
        sign=["Kind regards", "", "Data Protection and FOI Officer", "Northwold Fire and Rescue Service"],
        site="www.northwoldfire.example"),
    "nhs": dict(
        name="Northmoor Healthcare NHS Foundation Trust",
        head=["Northmoor Healthcare NHS Foundation Trust",
              "Mental health, learning disability and community services",
              "Trust Headquarters, Moorside House, Fellgate Road, Northmoor, NM2 3HQ"],
        banner="Caring • Compassionate • Community",
        marking="",
        datefmt="short",
        subject="FOI reference: {ref} – {title}",
        opening="Thank you for your request for information received on {received}. Please find our response below, provided under the {act}.",
        sign=["Yours sincerely", "", "Information Governance Manager", "Northmoor Healthcare NHS Foundation Trust"],
        site="www.northmoor.nhs.example"),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def fmt_date(iso, style):
    d = datetime.date.fromisoformat(iso)
    if style == "ordinal":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {MONTHS[d.month - 1]} {d.year}"
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "short":
        return f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ------------------------------------------------------------------ exemptions
TITLES = {"s21": "Information accessible to the applicant by other means", "s24": "National Security",
          "s31": "Law Enforcement", "s36": "Prejudice to the effective conduct of public affairs",
          "s40": "Personal Information", "s43": "Commercial Interests",
          "reg12(5)(e)": "Confidentiality of commercial or industrial information"}


def fam(e):
    m = re.match(r"(s\d+)", e)
    return m.group(1) if m else e


def ex_name(e, compact=False):
    if e.startswith("reg"):
        return "Regulation " + e[3:]
    m = re.match(r"s(\d+)(.*)", e)
    return f"Section {m.group(1)}{m.group(2)}"


def ex_phrase(exs, compact=False, titles=True):
    items = []  # (name, family)
    if compact:
        groups = {}
        for e in exs:
            m = re.match(r"(s\d+\(\d+\))(.*)", e)
            key, rest = (m.group(1), m.group(2)) if m else (e, "")
            groups.setdefault(key, []).append(rest)
        for k, v in groups.items():
            items.append((ex_name(k) + "".join(v), fam(k)))
    else:
        items = [(ex_name(e), fam(e)) for e in exs]
    if titles:
        return join_and(f"{n} ({TITLES[f]})" if f in TITLES else n for n, f in items)
    return join_and(n for n, _ in items)


def join_and(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


HARM = {
    "s31": [("h", "Law Enforcement – harm and public interest"),
            ("p", "Section 31 is a qualified, prejudice-based exemption, so the force must set out the harm that disclosure would be likely to cause and weigh the public interest. Disclosure under the Act is disclosure to the world. Details of operational capability, systems and suppliers, taken together with information released by other bodies, would allow those intent on committing crime to build a picture of capability and weakness and to target it."),
            ("p", "Factors favouring disclosure: openness about the use of public money and about how technology is used to keep people safe. Factors favouring non-disclosure: protecting the prevention and detection of crime and the integrity of the systems on which front-line services depend."),
            ("p", "Balance test: on balance the public interest favours withholding the information at this time.")],
    "s24": [("h", "National Security"),
            ("p", "Section 24(1) applies where exemption is required to safeguard national security. Information about capabilities which may be used in counter-terrorism work could, when combined with other material, be of use to hostile actors. The public interest in safeguarding national security outweighs the general interest in transparency."),],
    "s43": [("h", "Commercial interests"),
            ("p", "Section 43(2) exempts information whose disclosure would, or would be likely to, prejudice the commercial interests of any person, including the authority itself. Release would weaken our position in current and future procurements and would reveal pricing which suppliers regard as commercially sensitive. Having weighed the public interest in accountability for public spending, we consider that it favours maintaining the exemption.")],
    "s40": [("h", "Personal information"),
            ("p", "Section 40(2) is an absolute exemption where disclosure of personal data of third parties would breach the data protection principles. Small numbers could allow individuals to be identified, and those individuals would have no expectation that this information would be made public.")],
    "s36": [("h", "Prejudice to the effective conduct of public affairs"),
            ("p", "The council's qualified person (the Monitoring Officer) has given the opinion that disclosure would be likely to prejudice the effective conduct of public affairs while consultation is under way. The public interest in a free and frank consultation outweighs the interest in early disclosure at this stage.")],
    "reg12(5)(e)": [("h", "Regulation 12(5)(e)"),
                    ("p", "Information about road maintenance is environmental information, so we have considered the request under the EIR. Regulation 12(5)(e) provides an exception where disclosure would adversely affect the confidentiality of commercial or industrial information protected by law to protect a legitimate economic interest. The contract rates are provided in confidence and their release would harm the contractor's position with other clients. The public interest in maintaining the exception outweighs that in disclosure, and we have applied the presumption in favour of disclosure in reaching that view.")],
    "ncnd": [("h", "Neither confirm nor deny"),
             ("p", "{name} can neither confirm nor deny that it holds information relevant to {which} of your request, by virtue of {ncnd}. Confirming or denying whether a particular organisation has been affected by a cyber incident would tell those with malicious intent which bodies are vulnerable and which attacks have succeeded."),
             ("p", "Public interest: there is a public interest in knowing that public bodies keep their systems secure. Against this, confirming or denying would undermine the security of systems which hold sensitive personal information. The balance lies in neither confirming nor denying."),
             ("p", "This should not be taken as conclusive evidence that any information that would meet your request exists or does not exist.")],
}

COMPLAINT = ("If you are dissatisfied with this response you may ask for an internal review within 40 working days. "
             "If you remain dissatisfied after the review you have the right to complain to the Information Commissioner "
             "under section 50 of the Freedom of Information Act 2000: Information Commissioner's Office, Wycliffe House, "
             "Water Lane, Wilmslow, Cheshire SK9 5AF.")


def default_answer(a, q, compact):
    st = q["st"]
    if q["ans"]:
        return q["ans"]
    if st == W:
        return f"This information is withheld under {ex_phrase(q['ex'], compact)}. Please see below."
    if st == N:
        return (f"{a['name']} can neither confirm nor deny whether it holds this information, by virtue of "
                f"{ex_phrase(q['ex'], compact)}. Please see below.")
    if st == NH:
        return "This information is not held."
    raise ValueError("released answer missing: " + q["text"])


# ------------------------------------------------------------------ letter -> blocks
def qlabel(fmt, n):
    return fmt.format(n=n, w=WORDS[n].capitalize())


def harm_blocks(L, a):
    out = []
    fams = []
    ncnd_q = []
    for pi, p in enumerate(L["parts"], 1):
        for n, q in enumerate(p["qs"], 1):
            if q["st"] == N:
                ncnd_q.append((pi, n, q))
                continue
            if q["st"] in (W, PR):
                for e in q["ex"]:
                    f = fam(e)
                    if f not in fams:
                        fams.append(f)
    for f in fams:
        out += HARM[f]
    if ncnd_q:
        which = "questions " + join_and(str(n) for _, n, _ in ncnd_q) if len(ncnd_q) > 1 else f"question {ncnd_q[0][1]}"
        exs = sorted({e for _, _, q in ncnd_q for e in q["ex"]})
        for kind, text in HARM["ncnd"]:
            out.append((kind, text.format(name=a["name"], which=which, ncnd=ex_phrase(exs))))
    return out


def multipart(L):
    return len(L["parts"]) > 1


def part_heading(L, pi, p):
    if not multipart(L):
        return []
    t = f"Part {pi}" + (f" – {p['title']}" if p["title"] else "")
    return [("h", t)]


def body_blocks(L):
    a = AUTH[L["auth"]]
    o = L["opts"]
    compact = o.get("compact_ex", False)
    act = "Environmental Information Regulations 2004" if L["regime"] == "eir" else "Freedom of Information Act 2000"
    B = []
    style = L["style"]
    if style == "bare":
        return bare_blocks(L)
    if L["draft"]:
        B.append(("p", "DRAFT – FOR APPROVAL – NOT YET SENT"))
    B.append(("head", a["head"]))
    B.append(("p", fmt_date(L["date"], a["datefmt"])))
    B.append(("p", "Dear"))
    B.append(("h", a["subject"].format(ref=L["ref"], title=L["title"])))
    B.append(("p", a["opening"].format(received=fmt_date(L["received"], a["datefmt"]), act=act)))
    if L["regime"] == "eir":
        B.append(("p", "As your request concerns the state of roads and their maintenance, it is a request for environmental information and we have handled it under the EIR rather than the Freedom of Information Act."))
    if L["intro"]:
        B.append(("p", L["intro"]))

    if style == "interleaved":
        lq, la = o.get("labels", ("Q{n}.", "A{n}."))
        for pi, p in enumerate(L["parts"], 1):
            B += part_heading(L, pi, p)
            if p["intro"]:
                B.append(("p", p["intro"]))
            for n, q in enumerate(p["qs"], 1):
                if q["pre"]:
                    B.append(("p", q["pre"]))
                B.append(("p", f"{qlabel(lq, n)} {q['text']}"))
                B.append(("p", f"{qlabel(la, n)} {default_answer(a, q, compact)}"))
        B += harm_blocks(L, a)
    elif style == "youasked":
        for pi, p in enumerate(L["parts"], 1):
            B += part_heading(L, pi, p)
            if p["intro"]:
                B.append(("p", p["intro"]))
            for n, q in enumerate(p["qs"], 1):
                B.append(("p", "You asked: " + q["text"]))
                B.append(("p", "Our response: " + default_answer(a, q, compact)))
        B += harm_blocks(L, a)
    elif style == "table":
        for pi, p in enumerate(L["parts"], 1):
            B += part_heading(L, pi, p)
            if p["intro"]:
                B.append(("p", p["intro"]))
            rows = [(f"{n}. {q['text']}", default_answer(a, q, compact)) for n, q in enumerate(p["qs"], 1)]
            B.append(("table", ("Your request", "Our response"), rows))
        B += harm_blocks(L, a)
    elif style == "numbered_after":
        for pi, p in enumerate(L["parts"], 1):
            B += part_heading(L, pi, p)
            if p["intro"]:
                B.append(("p", p["intro"]))
            for n, q in enumerate(p["qs"], 1):
                if q["pre"]:
                    B.append(("p", q["pre"]))
                B.append(("p", f"{n}. {q['text']}"))
        B.append(("h", "Our response"))
        order = o.get("answer_order")
        for pi, p in enumerate(L["parts"], 1):
            B += part_heading(L, pi, p)
            idx = order or list(range(1, len(p["qs"]) + 1))
            for n in idx:
                q = p["qs"][n - 1]
                lab = f"In answer to point {n}:" if order else f"{n}."
                B.append(("p", f"{lab} {default_answer(a, q, compact)}"))
        B += harm_blocks(L, a)
    elif style == "decision":
        for pi, p in enumerate(L["parts"], 1):
            B += part_heading(L, pi, p)
            if p["intro"]:
                B.append(("p", p["intro"]))
            for n, q in enumerate(p["qs"], 1):
                B.append(("p", f"{n}. {q['text']}"))
        # decision paragraph: group withheld questions by exemption set
        groups = {}
        for pi, p in enumerate(L["parts"], 1):
            for n, q in enumerate(p["qs"], 1):
                if q["st"] == W:
                    groups.setdefault(tuple(q["ex"]), {}).setdefault(pi, []).append(n)
        sents = []
        for exs, byp in groups.items():
            segs = []
            for pi, ns in byp.items():
                s = ("questions " + join_and(map(str, ns))) if len(ns) > 1 else f"question {ns[0]}"
                if multipart(L):
                    s += f" in part {pi} of your request"
                segs.append(s)
            sents.append(f"I am citing {ex_phrase(exs, compact)} in respect of {join_and(segs)}.")
        B.append(("p", f"Your request has now been considered and I can confirm that {a['name']} holds information relevant to your request. However, " +
                  " ".join(sents)))
        B += harm_blocks(L, a)
        rest = []
        for pi, p in enumerate(L["parts"], 1):
            for n, q in enumerate(p["qs"], 1):
                if q["st"] != W:
                    rest.append((pi, n, q))
        B.append(("p", "The response to the remaining questions is provided below."))
        lastp = None
        for pi, n, q in rest:
            if multipart(L) and pi != lastp:
                B.append(("h", f"Part {pi}"))
                lastp = pi
            B.append(("p", f"Question {n} – {default_answer(a, q, compact)}"))
    else:
        raise ValueError(style)
    B.append(("h", "Your right to complain"))
    B.append(("p", COMPLAINT))
    B.append(("sign", a["sign"]))
    return B


def bare_blocks(L):
    a = AUTH[L["auth"]]
    d = datetime.date.fromisoformat(L["date"])
    B = [("p", "From: J. Marlowe <j.marlowe@mailbox.example>\n"
               f"To: FOI Team, {a['name']} <foi@wealdshire.gov.example>\n"
               f"Sent: {d.strftime('%a')} {d.day} {MONTHS[d.month - 1]} {d.year} 09:14\n"
               f"Subject: Freedom of Information request – {L['title']}"),
         ("p", "Dear FOI team,"),
         ("p", f"Under the Freedom of Information Act 2000 I would like to ask {a['name']} for the following information about home to school transport for children with special educational needs and disabilities:")]
    for n, q in enumerate(L["parts"][0]["qs"], 1):
        B.append(("p", f"{n}. {q['text']}"))
    B.append(("p", "If any part of this request would exceed the cost limit, please let me know which part so that I can narrow it. I would prefer to receive the information electronically."))
    B.append(("p", "Many thanks,"))
    B.append(("p", "J. Marlowe"))
    return B


# ------------------------------------------------------------------ blocks -> formats
def to_text(B, md=False):
    out = []
    for b in B:
        k = b[0]
        if k == "head":
            out += ([f"**{b[1][0]}**"] + b[1][1:]) if md else b[1]
            out.append("")
        elif k == "h":
            out += [("### " if md else "") + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "sign":
            out += b[1] + [""]
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                out.append(f"| {hdr[0]} | {hdr[1]} |")
                out.append("| --- | --- |")
                for l, r in rows:
                    out.append(f"| {l.replace('|', '/')} | {r.replace('|', '/')} |")
                out.append("")
            else:
                for l, r in rows:
                    out += [l, "    " + r, ""]
    return "\n".join(out).rstrip() + "\n"


CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; }
.head p { margin: 0; } .head { margin-bottom: 14pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #555; padding: 4pt; vertical-align: top; }
th { background: #ddd; text-align: left; }
"""


def blocks_html(B):
    o = []
    for b in B:
        k = b[0]
        if k == "head":
            o.append('<div class="head">' + "".join(
                f"<p><b>{html.escape(l)}</b></p>" if i == 0 else f"<p>{html.escape(l)}</p>" for i, l in enumerate(b[1])) + "</div>")
        elif k == "h":
            o.append(f"<h3>{html.escape(b[1])}</h3>")
        elif k == "p":
            o.append(f"<p>{linkify(html.escape(b[1]))}</p>")
        elif k == "sign":
            o.append("<p>" + "<br>".join(html.escape(l) for l in b[1]) + "</p>")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = ['<table><tr><th style="width:50%">' + html.escape(hdr[0]) + "</th><th>" + html.escape(hdr[1]) + "</th></tr>"]
            for l, r in rows:
                t.append(f"<tr><td>{html.escape(l)}</td><td>{linkify(html.escape(r))}</td></tr>")
            t.append("</table>")
            o.append("".join(t))
    return "\n".join(o)


def linkify(s):
    return re.sub(r"(https://[^\s<]+[^\s<.,)])", r'<a href="\1">\1</a>', s)


def letter_html(L, B, mode):
    a = AUTH[L["auth"]]
    body = blocks_html(B)
    if mode == "chromium":
        foot = " | ".join(x for x in [a["marking"], a["banner"]] if x).replace('"', "'")
        margin = (f'@bottom-center {{ content: "{foot}"; font-size: 8pt; color: #333; }} '
                  f'@bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }}')
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(L['ref'] or L['title'])}</title>"
                f"<style>{CSS} @page {{ size: A4; margin: 20mm 18mm 22mm 18mm; {margin} }}</style></head><body>{body}</body></html>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(L['ref'] or L['title'])}</title>"
            f"<style>{CSS}</style></head><body>{body}"
            + (f"<p style='text-align:center;font-size:8pt'>{html.escape(a['banner'])}</p>" if a["banner"] else "")
            + "</body></html>")


def disclosure_page(L, B):
    a = AUTH[L["auth"]]
    # drop the letterhead/sign-off: a disclosure log shows the request and response only
    core = [b for b in B if b[0] not in ("head", "sign")]
    core = [b for b in core if not (b[0] == "p" and b[1] == "Dear")]
    nav = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in
                  ["Home", "News", "About us", "Contact us", "Freedom of information", "Accessibility"])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(L['ref'])} | Disclosure log | {html.escape(a['name'])}</title>
<style>{CSS} .cookie{{background:#222;color:#fff;padding:8px}} nav ul{{list-style:none;display:flex;gap:12px}}</style></head>
<body>
<div class="cookie" id="cookie-banner">We use cookies to make this site work and to understand how you use it.
<button>Accept all cookies</button> <button>Reject non-essential cookies</button> <a href="/cookies">Cookie settings</a></div>
<header><p><b>{html.escape(a['name'])}</b></p><nav><ul>{nav}</ul></nav>
<form action="/search"><input type="text" name="q" placeholder="Search this site"><button>Search</button></form></header>
<div class="breadcrumb">Home &gt; About us &gt; Freedom of information &gt; Disclosure log &gt; {html.escape(L['ref'])}</div>
<main><article>
<h1>{html.escape(L['ref'])} – {html.escape(L['title'])}</h1>
<dl><dt>Reference</dt><dd>{html.escape(L['ref'])}</dd>
<dt>Date received</dt><dd>{fmt_date(L['received'], 'plain')}</dd>
<dt>Date of response</dt><dd>{fmt_date(L['date'], 'plain')}</dd></dl>
{blocks_html(core)}
</article>
<aside><h2>Related pages</h2><ul><li><a href="/foi/how-to-make-a-request">How to make a request</a></li>
<li><a href="/foi/publication-scheme">Publication scheme</a></li><li><a href="/foi/disclosure-log">Back to the disclosure log</a></li></ul></aside>
</main>
<footer><p>&copy; {html.escape(a['name'])} {L['date'][:4]}. <a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility statement</a> | <a href="/terms">Terms of use</a></p>
<p>{html.escape(a['banner'])}</p></footer>
</body></html>
"""


# ------------------------------------------------------------------ PostScript for Ghostscript
def ps_escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif ch in "-–—":
            out.append("\\255")  # ISOLatin1Encoding puts /minus at 45; use the real hyphen glyph
        elif 32 <= c < 127:
            out.append(ch)
        elif c < 256:
            out.append("\\%03o" % c)
        else:
            out.append({"–": "-", "—": "-", "•": "\\267", "’": "'", "‘": "'", "“": '"', "”": '"'}.get(ch, "?"))
    return "".join(out)


def to_ps(L, B):
    a = AUTH[L["auth"]]
    lines = []  # (font, size, text)
    for b in B:
        k = b[0]
        if k == "head":
            lines.append(("HB", 12, b[1][0]))
            lines += [("H", 9, l) for l in b[1][1:]]
            lines.append(("H", 10, ""))
        elif k == "h":
            for w in textwrap.wrap(b[1], 84):
                lines.append(("HB", 10.5, w))
            lines.append(("H", 10, ""))
        elif k == "p":
            for w in textwrap.wrap(b[1], 92, break_on_hyphens=False) or [""]:
                lines.append(("H", 10, w))
            lines.append(("H", 10, ""))
        elif k == "sign":
            lines += [("H", 10, l) for l in b[1]]
    per = 56
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = ["%!PS-Adobe-3.0", f"%%Title: {L['ref']}", f"%%Pages: {len(pages)}", "%%EndComments",
           "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
           "/Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
           "/H /Helvetica reenc /HB /Helvetica-Bold reenc"]
    for pn, pg in enumerate(pages, 1):
        out.append(f"%%Page: {pn} {pn}")
        out.append("<< /PageSize [595 842] >> setpagedevice")
        if a["marking"]:
            out.append(f"/HB 9 selectfont 280 815 moveto ({ps_escape(a['marking'])}) show")
        y = 780
        for font, size, text in pg:
            if text:
                out.append(f"/{font} {size} selectfont 56 {y} moveto ({ps_escape(text)}) show")
            y -= 13
        foot = f"{a['banner']}    Page {pn} of {len(pages)}" if a["banner"] else f"Page {pn} of {len(pages)}"
        out.append(f"/H 8 selectfont 56 40 moveto ({ps_escape(foot)}) show")
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ rendering
def run(cmd):
    r = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()[-500:]}")


SOFFICE = ["soffice", "-env:UserInstallation=file://" + os.path.join(BUILD, "lo_profile"), "--headless"]


def render(L):
    outdir = DRAFTS if L["draft"] else HIST
    path = os.path.join(outdir, L["fname"])
    B = body_blocks(L)
    fmt = L["fmt"]
    stem = L["key"]
    if fmt == "txt":
        open(path, "w", encoding="utf-8").write(to_text(B))
    elif fmt == "md":
        open(path, "w", encoding="utf-8").write(to_text(B, md=True))
    elif fmt == "html":
        open(path, "w", encoding="utf-8").write(disclosure_page(L, B))
    elif fmt in ("docx", "pdf-soffice"):
        src = os.path.join(BUILD, stem + ".html")
        open(src, "w", encoding="utf-8").write(letter_html(L, B, "soffice"))
        run(SOFFICE + ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", BUILD, src])
        docx = os.path.join(BUILD, stem + ".docx")
        if fmt == "docx":
            shutil.copy(docx, path)
        else:
            run(SOFFICE + ["--convert-to", "pdf", "--outdir", BUILD, docx])
            shutil.copy(os.path.join(BUILD, stem + ".pdf"), path)
    elif fmt == "pdf-chromium":
        src = os.path.join(BUILD, stem + ".html")
        open(src, "w", encoding="utf-8").write(letter_html(L, B, "chromium"))
        out = os.path.join(BUILD, stem + ".pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + os.path.join(BUILD, "chrome"),
             "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src])
        shutil.copy(out, path)
    elif fmt == "pdf-gs":
        src = os.path.join(BUILD, stem + ".ps")
        open(src, "w", encoding="latin-1").write(to_ps(L, B))
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + path, src])
    else:
        raise ValueError(fmt)
    return path


# ------------------------------------------------------------------ truth -> labels
def qids(L):
    for pi, p in enumerate(L["parts"], 1):
        for n, q in enumerate(p["qs"], 1):
            yield f"P{pi}.Q{n}", q


EQUIV = {"reg12(5)(e)": "s43(2)", "foisa:s33(1)(b)": "s43(2)", "reg12(5)(a)": "s24(1)"}


def norm_ex(exs):
    return sorted({EQUIV.get(e, e) for e in exs})


def finding(p, c):
    P, C = p["st"], c["st"]
    if C is None or P is None:
        return None
    held = (R, PR, W, NH)
    if P == N and C == N:
        return None
    if C == N and P in held:
        return ("ncnd_inconsistent", "high")
    if P == N and C in held:
        return ("ncnd_inconsistent", "medium")
    if P in (R, PR) and C in (W, "refused"):
        return ("newly_withheld", "high")
    if P == R and C == PR:
        return ("partly_withheld", "medium")
    if P == W and C in (R, PR):
        return ("newly_released", "medium")
    if P == W and C == W:
        return ("exemption_changed", "medium") if norm_ex(p["ex"]) != norm_ex(c["ex"]) else None
    if P in (R, PR, W) and C == NH:
        return ("held_status_changed", "high")
    if P == NH and C in (R, PR, W):
        return ("held_status_changed", "medium")
    if P == R and C == R:
        if p["fact"] is None and c["fact"] is None:
            return None
        assert p["fact"] is not None and c["fact"] is not None, (p, c)
        return ("answer_changed", "low") if p["fact"] != c["fact"] else None
    return None


def derive():
    hist = [L for L in LETTERS if not L["draft"]]
    drafts = [L for L in LETTERS if L["draft"]]
    # sanity: unique refs; unique dates per authority; one concept per letter
    refs = [L["ref"] for L in LETTERS if L["ref"]]
    assert len(refs) == len(set(refs)), "duplicate reference"
    for au in AUTH:
        ds = [L["date"] for L in LETTERS if L["auth"] == au]
        assert len(ds) == len(set(ds)), ("duplicate date", au)
    for L in LETTERS:
        cs = [q["c"] for _, q in qids(L)]
        assert len(cs) == len(set(cs)), ("concept twice", L["key"])
        fn = L["fname"]
        assert fn.endswith({"txt": ".txt", "md": ".md", "html": ".html", "docx": ".docx"}.get(L["fmt"], ".pdf")), fn
    exp = {"description": ("Set U, written independently of the code. Four invented authorities: Cambria Police (a Welsh police force), Wealdshire County Council "
                           "(a shire county), Northwold Fire and Rescue Service and Northmoor Healthcare NHS Foundation Trust (mental "
                           "health and community). Round-robin families 2017-2025 (body-worn video, drones, contact-centre/inbound "
                           "network contracts in parts and merged, cyber/ransomware, potholes and footways, libraries, SEND transport, "
                           "fire appliances in parts, on-call staffing, automatic fire alarms, agency staff, CAMHS waits, NHS cyber) with "
                           "rewording, renumbering, inserted/removed questions, same sentence in two parts, look-alikes and unrelated "
                           "letters. Drafts plant all seven finding kinds, restated-fact repeats, an FOIA s43(2) -> EIR reg12(5)(e) "
                           "regime change, a bare incoming request and a back-dated (as_of) check."),
           "drafts": {}}
    labels = {}
    for L in LETTERS:
        labels[("drafts/" if L["draft"] else "history/") + L["fname"]] = {
            "authority": AUTH[L["auth"]]["name"], "reference": L["ref"], "date": L["date"], "received": L["received"],
            "regime": L["regime"], "layout": L["style"] + " / " + L["fmt"],
            "questions": [{"id": qid, "concept": q["c"], "stance": q["st"] or "unknown", "exemptions": q["ex"],
                           "fact": q["fact"]} for qid, q in qids(L)]}
    for D in drafts:
        cutoff = D["as_of"] or D["date"]
        H = [h for h in hist if h["auth"] == D["auth"] and h["date"] < cutoff]
        ent = {}
        if D["as_of"]:
            ent["as_of"] = D["as_of"]
        if D["consistent"]:
            ent["consistent"] = True
        matches, findings = {}, []
        for qid, q in qids(D):
            m = [(h, hq_id, hq) for h in H for hq_id, hq in qids(h) if hq["c"] == q["c"]]
            m.sort(key=lambda t: t[0]["date"], reverse=True)
            matches[qid] = [f"{h['ref']} {hq_id}" for h, hq_id, _ in m]
            if m:
                prec_h, prec_id, prec_q = m[0]
                f = finding(prec_q, q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": qid,
                                     "precedent": f"{prec_h['ref']} {prec_id}"})
        ent["matches"] = matches
        ent["findings"] = findings
        if D["consistent"]:
            assert not any(f["severity"] == "high" for f in findings)
        exp["drafts"][D["fname"]] = ent
    return exp, labels


# ------------------------------------------------------------------ verification
def norm(s):
    s = s.replace("ﬁ", "fi").replace("ﬂ", "fl")
    return re.sub(r"[^a-z0-9£]+", " ", s.lower()).strip()


def extract(path):
    if path.endswith(".pdf"):
        # -layout for reading order of prose; plain mode as well so that wrapped table cells can be checked
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], stdout=subprocess.PIPE).stdout.decode()
                         for m in (["-layout"], []))
    if path.endswith(".docx"):
        x = zipfile.ZipFile(path).read("word/document.xml").decode()
        x = re.sub(r"</w:p>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def verify(L, path):
    t = norm(extract(path))
    probs = []
    if L["ref"] and norm(L["ref"]) not in t:
        probs.append("reference missing")
    for qid, q in qids(L):
        if norm(q["text"]) not in t:
            probs.append(f"{qid} question text not found")
        if q["ans"] and norm(q["ans"][:60]) not in t:
            probs.append(f"{qid} answer not found")
    return probs


def main():
    exp, labels = derive()
    json.dump(exp, open(os.path.join(ROOT, "expect.json"), "w"), indent=2, ensure_ascii=False)
    json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w"), indent=2, ensure_ascii=False)
    if "--no-render" in sys.argv:
        return
    for d in (HIST, DRAFTS):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    os.makedirs(os.path.join(BUILD, "home"), exist_ok=True)
    bad = 0
    for L in LETTERS:
        path = render(L)
        probs = verify(L, path)
        if probs:
            bad += 1
            print(L["key"], os.path.basename(path), probs)
    print(f"rendered {len(LETTERS)} letters; {bad} with problems")
    kinds = {}
    for d in exp["drafts"].values():
        for f in d["findings"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print("findings:", sum(kinds.values()), kinds)


if __name__ == "__main__":
    main()
