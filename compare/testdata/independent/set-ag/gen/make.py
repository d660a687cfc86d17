#!/usr/bin/env python3
"""Evaluation set AG: renders fictional FOI letters and derives expect.json from the truth in src/data.py."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from data import LETTERS, A, B, C, D  # noqa: E402
from text import (fmt_date, ex_list, family, answer_text, explanations, complaint_text)  # noqa: E402

BUILD = os.path.join(HERE, "build")
HIST = os.path.join(HERE, "history")
DRAFTS = os.path.join(HERE, "drafts")
LABELS = os.path.join(HERE, "labels")

STANCE = {"R": "released", "P": "partially_released", "W": "withheld", "N": "ncnd",
          "NH": "not_held", "X": "refused", "U": "unknown"}

AUTH = {
    A: dict(short="the council", slug="northmoor",
            lh=["Northmoor County Council", "Information Governance Team", "County Hall, Market Way", "Kelbridge KB1 4AA",
                "foi@northmoor.gov.uk | 01632 960000"],
            sig=["Information Governance Officer", "Information Governance Team", "Northmoor County Council"],
            slogan="Northmoor County Council - Putting Residents First",
            site="Northmoor County Council", nav=["Home", "Council and democracy", "Transparency", "Disclosure log"]),
    B: dict(short="North Caledonia Police", slug="ncpolice",
            lh=["NORTH CALEDONIA POLICE", "Information Management - Disclosure Unit", "Police Headquarters, Harbour Road",
                "Inverlaig IL4 2PQ"],
            sig=["Disclosure Officer", "Information Management", "North Caledonia Police"],
            slogan="Keeping People Safe - North Caledonia Police",
            site="North Caledonia Police", nav=["Home", "About us", "Access to information", "FOI disclosure log"]),
    C: dict(short="the Trust", slug="eastholme",
            lh=["Eastholme Teaching Hospitals NHS Foundation Trust", "Information Governance Office",
                "Eastholme General Hospital, Abbey Lane", "Eastholme ET7 3TR"],
            sig=["Freedom of Information Team", "Eastholme Teaching Hospitals NHS Foundation Trust"],
            slogan="Caring, Listening, Improving",
            site="Eastholme Teaching Hospitals", nav=["Home", "Our hospitals", "About the Trust", "Freedom of information", "Disclosure log"]),
    D: dict(short="the Agency", slug="acia",
            lh=["Animal and Crop Inspection Agency", "An executive agency of the Department for Rural Affairs",
                "Sandford House, 14 Mill Road", "Wexcombe WX2 8RL"],
            sig=["Freedom of Information Team", "Animal and Crop Inspection Agency"],
            slogan="OFFICIAL",
            site="GOV.UK", copyright="Crown copyright", nav=["Home", "Government", "Animal and Crop Inspection Agency", "FOI releases"]),
}


def h32(s):
    return zlib.crc32(s.encode())


def ref_label(L):
    r = L["ref"]
    if L["auth"] == A:
        return "Case reference" if r.startswith("CAS") else ("Our ref" if r.startswith("FOI/") else "Reference")
    if L["auth"] == B:
        return "Our Reference"
    if L["auth"] == C:
        return "FOI Reference"
    return "Reference" if r.startswith("FOIR") else "Our ref"


# ---------------------------------------------------------------------------
# letter -> blocks
# ---------------------------------------------------------------------------

def qnum_phrase(items, nparts):
    """items: list of (part, number)."""
    by = {}
    for p, n in items:
        by.setdefault(p, []).append(n)
    chunks = []
    for p in sorted(by):
        ns = by[p]
        word = "question" if len(ns) == 1 else "questions"
        if len(ns) == 1:
            nums = str(ns[0])
        else:
            nums = ", ".join(map(str, ns[:-1])) + " and " + str(ns[-1])
        chunks.append(f"{word} {nums}" + (f" in part {p}" if nparts > 1 else ""))
    return " and ".join(chunks)


def letter_fams(L):
    fams = set()
    for part in L["parts"]:
        for q in part["qs"]:
            if q["st"] in ("W", "P", "N"):
                for e in q["ex"]:
                    fams.add(family(e))
    return fams


def build_blocks(L):
    auth = L["auth"]
    M = AUTH[auth]
    reg = L["regime"]
    v = h32(L["key"]) % 3
    ds = h32(L["key"] + "d") % 7
    blocks = []
    nparts = len(L["parts"])
    if L["style"] == "bare":
        return bare_blocks(L)
    if L["draft"]:
        blocks.append(("p", "DRAFT - for approval before issue"))
    blocks.append(("lh", M["lh"]))
    meta = [(ref_label(L), L["ref"]), ("Date", fmt_date(L["date"], ds))]
    if auth == B:
        meta.insert(1, ("Your Reference", "Email"))
    blocks.append(("meta", meta))
    blocks.append(("p", "Dear"))
    act = {"foia": "Freedom of Information Act 2000", "eir": "Environmental Information Regulations 2004",
           "foisa": "Freedom of Information (Scotland) Act 2002", "eisr": "Environmental Information (Scotland) Regulations 2004"}[reg]
    kind = "Environmental Information Request" if reg in ("eir", "eisr") else "Freedom of Information Request"
    blocks.append(("title", f"{kind} - {L['ref']} - {L['title']}"))
    recd = fmt_date(L["rec"], ds)
    opener = [
        f"Thank you for your request for information, which we received on {recd}.",
        f"I refer to your request for information received by {auth} on {recd}.",
        f"We received your request on {recd} and have dealt with it under the {act}.",
    ][h32(L["key"] + "o") % 3]
    blocks.append(("p", opener))
    if reg == "eir":
        blocks.append(("p", "Because the information you asked for relates to the management of waste, it is environmental information and we have dealt with your request under the Environmental Information Regulations 2004 rather than the Freedom of Information Act."))
    if reg == "eisr":
        blocks.append(("p", "As the information you have requested is environmental information, we are required to deal with your request under the Environmental Information (Scotland) Regulations 2004. We are therefore applying the exemption at section 39(2) of FOISA, so that the request is handled under the EIRs."))
    if L.get("note"):
        blocks.append(("p", L["note"]))

    fams = letter_fams(L)
    used = {x for part in L["parts"] for q in part["qs"] for x in q["ex"]}
    exps = explanations(fams, reg, auth, M["short"], used)

    def restate(intro_line):
        blocks.append(("p", intro_line))
        if L.get("intro"):
            blocks.append(("quote", L["intro"]))
        for pi, part in enumerate(L["parts"], 1):
            if part["head"]:
                blocks.append(("h", part["head"]))
            if part.get("intro"):
                blocks.append(("quote", part["intro"]))
            for n, q in enumerate(part["qs"], 1):
                if q.get("sub") and L["style"] != "table":
                    blocks.append(("quote", q["sub"] + ":"))
                blocks.append(("quote", f"{n}. {q['q']}"))

    def add_exps():
        for head, paras in exps:
            blocks.append(("h3", head))
            for p in paras:
                blocks.append(("p", p))

    style = L["style"]
    if style == "decision":
        restate(["You asked for the following information:", "I note you seek access to the following information:",
                 "Your request was worded as follows:"][v])
        groups = {}
        ncnd = []
        for pi, part in enumerate(L["parts"], 1):
            for n, q in enumerate(part["qs"], 1):
                if q["st"] == "W":
                    groups.setdefault(tuple(q["ex"]), []).append((pi, n))
                elif q["st"] == "N":
                    ncnd.append((pi, n, tuple(q["ex"])))
        sentences = []
        if groups or ncnd:
            sentences.append(f"Your request has now been considered and I can confirm that {auth} holds some of the information you have requested.")
        else:
            sentences.append(f"I can confirm that {auth} holds the information you have requested, and it is provided below.")
        for exs, items in groups.items():
            sentences.append(f"However, the information requested at {qnum_phrase(items, nparts)} is withheld under {ex_list(list(exs), v, titled=True)}.")
        if ncnd:
            exs = ncnd[0][2]
            items = [(p, n) for p, n, _ in ncnd]
            if reg in ("foisa", "eisr"):
                under = [e for e in exs if family(e) != "ncnd"]
                sentences.append(f"In relation to {qnum_phrase(items, nparts)}, {auth} neither confirms nor denies whether the information exists or is held, in terms of section 18(1) of FOISA read with {ex_list(under, v)}.")
            else:
                sentences.append(f"In relation to {qnum_phrase(items, nparts)}, {auth} can neither confirm nor deny whether it holds the information, by virtue of {ex_list(list(exs), v)}.")
        blocks.append(("p", " ".join(sentences)))
        if L.get("noise"):
            blocks.append(("p", L["noise"]))
        add_exps()
        rest = [(pi, n, q) for pi, part in enumerate(L["parts"], 1) for n, q in enumerate(part["qs"], 1)
                if q["st"] not in ("W", "N")]
        if rest:
            blocks.append(("p", "The response to the remaining questions is provided below."))
            cur = None
            for pi, n, q in rest:
                if nparts > 1 and pi != cur:
                    blocks.append(("h", f"Part {pi}"))
                    cur = pi
                lab = ["Question {n} - ", "Q{n}: ", "In answer to question {n}: "][v].format(n=n)
                blocks.append(("p", lab + answer_text(q, reg, auth, v)))
    elif style == "numbered":
        restate(["You asked for:", "Your request read:", "You requested the following information:"][v])
        blocks.append(("h", ["Response", "Our response", "Information provided"][v]))
        for pi, part in enumerate(L["parts"], 1):
            if nparts > 1:
                blocks.append(("h", part["head"] or f"Part {pi}"))
            for n, q in enumerate(part["qs"], 1):
                blocks.append(("p", f"{n}. {answer_text(q, reg, auth, v)}"))
        add_exps()
    elif style == "interleaved":
        lq, la = L.get("qa_labels", ("Question {n}", "Response"))
        if L.get("intro"):
            blocks.append(("p", "Your request was introduced as follows:"))
            blocks.append(("quote", L["intro"]))
        blocks.append(("p", "Each of your questions is set out below, followed by our response."))
        for pi, part in enumerate(L["parts"], 1):
            if part["head"]:
                blocks.append(("h", part["head"]))
            if part.get("intro"):
                blocks.append(("quote", part["intro"]))
            for n, q in enumerate(part["qs"], 1):
                blocks.append(("qline", lq.format(n=n), q["q"]))
                blocks.append(("aline", la.format(n=n), answer_text(q, reg, auth, v)))
        add_exps()
    elif style == "youasked":
        la, lb = [("You asked:", "Our response:"), ("REQUEST", "RESPONSE"), ("You asked", "Our answer")][v]
        for pi, part in enumerate(L["parts"], 1):
            if part["head"]:
                blocks.append(("h", part["head"]))
            for n, q in enumerate(part["qs"], 1):
                blocks.append(("label", la))
                blocks.append(("p", q["q"]))
                blocks.append(("label", lb))
                blocks.append(("p", answer_text(q, reg, auth, v)))
        add_exps()
    elif style == "table":
        if L.get("intro"):
            blocks.append(("p", "You asked:"))
            blocks.append(("quote", L["intro"]))
        blocks.append(("p", "Our response to each part of your request is set out in the table below."))
        rows = []
        for pi, part in enumerate(L["parts"], 1):
            if part["head"]:
                rows.append(("span", part["head"]))
            for n, q in enumerate(part["qs"], 1):
                if q.get("sub"):
                    rows.append(("span", q["sub"]))
                rows.append(("row", f"{n}. {q['q']}", answer_text(q, reg, auth, v)))
        blocks.append(("table", ("Question", "Response"), rows))
        add_exps()
    elif style == "prose":
        blocks.append(("p", "Your request was as follows:"))
        blocks.append(("quote", L["prose"]))
        blocks.append(("p", "I have set out our response to each element of your request below."))
        for pi, part in enumerate(L["parts"], 1):
            for n, q in enumerate(part["qs"], 1):
                blocks.append(("p", f"{q['lab']}: {answer_text(q, reg, auth, v)}"))
        add_exps()
    else:
        raise ValueError(style)

    for p in complaint_text(reg, auth):
        blocks.append(("p", p))
    blocks.append(("p", "Yours sincerely"))
    blocks.append(("sig", M["sig"]))
    return blocks


def bare_blocks(L):
    M = AUTH[L["auth"]]
    qs = L["parts"][0]["qs"]
    blocks = [
        ("pre", [f"From: [name redacted]", f"To: FOI Team, {L['auth']} <foi@eastholme.nhs.uk>",
                 f"Sent: {fmt_date(L['date'], 4)} 09:41", "Subject: Freedom of Information request - waiting times",
                 f"Logged as: {L['ref']} (received {fmt_date(L['rec'], 3)}; response due within 20 working days)"]),
        ("p", f"Dear {L['auth']},"),
        ("p", "Under the Freedom of Information Act 2000 I would like to request the following information. Please could you tell me:"),
    ]
    for n, q in enumerate(qs, 1):
        blocks.append(("quote", f"{n}. {q['q']}"))
    blocks.append(("p", "If any of this would exceed the cost limit, please tell me which parts you can answer. I would prefer to receive the information by email."))
    blocks.append(("p", "Many thanks,"))
    blocks.append(("p", "[name redacted]"))
    return blocks


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------

def render_txt(blocks, wrap):
    out = []

    def para(s, indent=""):
        if wrap:
            out.extend(textwrap.wrap(s, width=wrap, initial_indent=indent, subsequent_indent=indent) or [""])
        else:
            out.append(indent + s)
        out.append("")

    for b in blocks:
        t = b[0]
        if t == "lh":
            out.extend(b[1]); out.append(""); out.append("")
        elif t == "meta":
            for k, v in b[1]:
                out.append(f"{k}: {v}")
            out.append("")
        elif t == "title":
            out.append(b[1].upper()); out.append("")
        elif t in ("h", "h3"):
            out.append(b[1]); out.append("")
        elif t == "label":
            out.append(b[1])
        elif t == "quote":
            para(b[1], "    ")
        elif t == "qline":
            para(f"{b[1]} {b[2]}")
        elif t == "aline":
            para(f"{b[1]} {b[2]}")
        elif t == "p":
            para(b[1])
        elif t == "sig":
            out.append(""); out.extend(b[1]); out.append("")
        elif t == "pre":
            out.extend(b[1]); out.append("")
        elif t == "table":
            for r in b[2]:
                if r[0] == "span":
                    out.append(r[1]); out.append("")
                else:
                    para(f"{r[1]}")
                    para(f"Response: {r[2]}")
    return "\n".join(out).rstrip() + "\n"


def render_md(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "lh":
            out.append("**" + b[1][0] + "**  ")
            out.extend(x + "  " for x in b[1][1:])
            out.append("")
        elif t == "meta":
            for k, v in b[1]:
                out.append(f"**{k}:** {v}  ")
            out.append("")
        elif t == "title":
            out.append("# " + b[1]); out.append("")
        elif t == "h":
            out.append("## " + b[1]); out.append("")
        elif t == "h3":
            out.append("### " + b[1]); out.append("")
        elif t == "label":
            out.append("**" + b[1] + "**"); out.append("")
        elif t == "quote":
            out.append("> " + b[1]); out.append("")
        elif t == "qline":
            out.append(f"**{b[1]}** {b[2]}"); out.append("")
        elif t == "aline":
            out.append(f"*{b[1]}* {b[2]}"); out.append("")
        elif t == "p":
            out.append(b[1]); out.append("")
        elif t == "sig":
            out.extend(x + "  " for x in b[1]); out.append("")
        elif t == "pre":
            out.extend(x + "  " for x in b[1]); out.append("")
        elif t == "table":
            out.append(f"| {b[1][0]} | {b[1][1]} |")
            out.append("| --- | --- |")
            for r in b[2]:
                if r[0] == "span":
                    out.append(f"| **{r[1]}** | |")
                else:
                    out.append(f"| {r[1]} | {r[2]} |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def e(s):
    return html.escape(s, quote=False)


def render_html_body(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "lh":
            out.append('<div class="lh"><p><b>' + e(b[1][0]) + "</b><br>" + "<br>".join(e(x) for x in b[1][1:]) + "</p></div>")
        elif t == "meta":
            out.append("<p>" + "<br>".join(f"{e(k)}: {e(v)}" for k, v in b[1]) + "</p>")
        elif t == "title":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "h":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif t == "h3":
            out.append(f"<h4>{e(b[1])}</h4>")
        elif t == "label":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif t == "quote":
            out.append(f'<p class="q" style="margin-left:2em"><i>{e(b[1])}</i></p>')
        elif t == "qline":
            out.append(f"<p><b>{e(b[1])}</b> {e(b[2])}</p>")
        elif t == "aline":
            out.append(f"<p><b>{e(b[1])}</b> {e(b[2])}</p>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t == "sig":
            out.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
        elif t == "pre":
            out.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
        elif t == "table":
            rows = [f'<tr><th width="45%">{e(b[1][0])}</th><th>{e(b[1][1])}</th></tr>']
            for r in b[2]:
                if r[0] == "span":
                    rows.append(f'<tr><td colspan="2"><b>{e(r[1])}</b></td></tr>')
                else:
                    rows.append(f"<tr><td>{e(r[1])}</td><td>{e(r[2])}</td></tr>")
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
    return "\n".join(out)


def render_letter_html(blocks, L, chromium=False):
    M = AUTH[L["auth"]]
    css = "body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;} table{border-collapse:collapse;} td,th{vertical-align:top;text-align:left;}"
    extra = ""
    if chromium:
        css += ("@page{size:A4;margin:14mm 20mm 12mm 20mm;} table.page{width:100%;border:0;} .foot{text-align:center;"
                "font-size:8pt;color:#444;padding-top:8mm;} .head{text-align:right;font-size:8pt;color:#444;padding-bottom:6mm;}")
        body = (f'<table class="page"><thead><tr><td class="head">OFFICIAL</td></tr></thead>'
                f'<tfoot><tr><td class="foot">{e(M["slogan"])}</td></tr></tfoot>'
                f'<tbody><tr><td>\n{render_html_body(blocks)}\n</td></tr></tbody></table>')
    else:
        body = render_html_body(blocks)
    return (f"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{e(L['ref'])}</title>"
            f"<style>{css}</style></head><body>\n{body}\n</body></html>\n")


def render_disclosure_page(blocks, L):
    M = AUTH[L["auth"]]
    nav = " | ".join(f'<a href="#">{e(x)}</a>' for x in M["nav"])
    crumbs = " &gt; ".join(e(x) for x in M["nav"]) + f" &gt; {e(L['ref'])}"
    pub = fmt_date(L["date"], 1)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{e(L['ref'])} {e(L['title'])} | {e(M['site'])}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:auto}} .cookie{{background:#222;color:#fff;padding:1em}} nav a{{margin-right:1em}}</style>
</head><body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this website work and to collect information about how you use it. <button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="#">Cookie settings</a></p></div>
<header><p><a href="#">Skip to main content</a></p><p><strong>{e(M['site'])}</strong></p><nav>{nav}</nav>
<form role="search"><label>Search this site <input type="text" name="q"></label><button>Search</button></form></header>
<p class="breadcrumb">{crumbs}</p>
<main>
<h1>Disclosure log: {e(L['title'])}</h1>
<dl><dt>Reference</dt><dd>{e(L['ref'])}</dd><dt>Date of response</dt><dd>{e(pub)}</dd><dt>Category</dt><dd>Freedom of information release</dd></dl>
<article class="response">
{render_html_body(blocks)}
</article>
<p><a href="#">Download this response (PDF, 2 pages)</a></p>
<h2>Related responses</h2><ul><li><a href="#">Freedom of information requests received last month</a></li><li><a href="#">How to make a request</a></li></ul>
</main>
<footer><p><a href="#">Accessibility statement</a> | <a href="#">Privacy notice</a> | <a href="#">Contact us</a> | <a href="#">Terms and conditions</a></p>
<p>&copy; {e(M.get('copyright', M['site']))} 2025. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p></footer>
</body></html>
"""


# ---- PostScript for Ghostscript ----

def ps_escape(s):
    s = (s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u2018", "'")
         .replace("\u201c", '"').replace("\u201d", '"'))
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def render_ps(blocks, L):
    M = AUTH[L["auth"]]
    W, H = 595, 842
    left, top, bottom = 62, 780, 70
    lines = []  # (font, size, text, indent)

    def para(s, font="F", size=10.5, indent=0, width=92):
        for ln in textwrap.wrap(s, width=width - indent // 6) or [""]:
            lines.append((font, size, ln, indent))
        lines.append(None)

    for b in blocks:
        t = b[0]
        if t == "lh":
            lines.append(("FB", 13, b[1][0], 0))
            for x in b[1][1:]:
                lines.append(("F", 9.5, x, 0))
            lines.append(None); lines.append(None)
        elif t == "meta":
            for k, v in b[1]:
                lines.append(("F", 10.5, f"{k}: {v}", 0))
            lines.append(None)
        elif t == "title":
            para(b[1], "FB", 11)
        elif t in ("h", "h3", "label"):
            para(b[1], "FB", 10.5)
        elif t == "quote":
            para(b[1], "FI", 10.5, 24, 88)
        elif t in ("qline", "aline"):
            para(f"{b[1]} {b[2]}")
        elif t == "p":
            para(b[1])
        elif t == "sig":
            for x in b[1]:
                lines.append(("F", 10.5, x, 0))
            lines.append(None)
        else:
            raise ValueError(t)

    out = ["%!PS-Adobe-3.0", f"%%Title: {ps_escape(L['ref'])}", "%%Creator: NM Letters", "%%Pages: (atend)", "%%EndComments",
           "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
           "  /Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def currentdict end definefont pop } def",
           "/Times-Roman-L /Times-Roman reenc /Times-Bold-L /Times-Bold reenc /Times-Italic-L /Times-Italic reenc",
           "/F { /Times-Roman-L findfont exch scalefont setfont } def",
           "/FB { /Times-Bold-L findfont exch scalefont setfont } def",
           "/FI { /Times-Italic-L findfont exch scalefont setfont } def"]
    page = 0
    y = None

    def start_page():
        nonlocal page, y
        page += 1
        out.append(f"%%Page: {page} {page}")
        out.append("8 F 0.3 setgray")
        out.append(f"{W/2 - 20} 815 moveto (OFFICIAL) show")
        out.append(f"{left} 40 moveto ({ps_escape(M['slogan'])}) show")
        out.append(f"{W - 110} 40 moveto (Page {page}) show 0 setgray")
        y = top

    def end_page():
        out.append("showpage")

    start_page()
    for ln in lines:
        if ln is None:
            y -= 12
            continue
        font, size, text, indent = ln
        if y < bottom:
            end_page(); start_page()
        out.append(f"{size} {font} {left + indent} {y:.1f} moveto ({ps_escape(text)}) show")
        y -= size * 1.3
    end_page()
    out.append("%%Trailer")
    out.append(f"%%Pages: {page}")
    out.append("%%EOF")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# truth -> expectations
# ---------------------------------------------------------------------------

def fam_set(exs):
    return frozenset(family(x) for x in exs)


def finding_for(p, d):
    P, Dk = p["st"], d["st"]
    if "U" in (P, Dk):
        return None
    if P == "N" and Dk == "N":
        return None
    if Dk == "N" and P in ("R", "P", "W", "NH"):
        return ("ncnd_inconsistent", "high")
    if P == "N" and Dk in ("R", "P", "W", "NH"):
        return ("ncnd_inconsistent", "medium")
    if P in ("R", "P") and Dk in ("W", "X"):
        return ("newly_withheld", "high")
    if P == "R" and Dk == "P":
        return ("partly_withheld", "medium")
    if P == "W" and Dk in ("R", "P"):
        return ("newly_released", "medium")
    if P == "W" and Dk == "W":
        fp, fd = fam_set(p["ex"]), fam_set(d["ex"])
        if fp != fd:
            return ("exemption_changed", "medium")
        assert sorted(p["ex"]) == sorted(d["ex"]) or p["_reg"] != d["_reg"], (p, d)
        return None
    if P in ("R", "P", "W") and Dk == "NH":
        return ("held_status_changed", "high")
    if P == "NH" and Dk in ("R", "P", "W"):
        return ("held_status_changed", "medium")
    if P == "R" and Dk == "R":
        return None  # facts compared by caller
    return None


def fact(q, c):
    f = q["f"]
    if isinstance(f, dict):
        return f[c]
    return f


def qid(pi, n):
    return f"P{pi}.Q{n}"


def compute_expect():
    hist = [L for L in LETTERS if not L["draft"]]
    drafts = [L for L in LETTERS if L["draft"]]
    # uniqueness
    refs = [L["ref"] for L in LETTERS]
    assert len(refs) == len(set(refs)), "duplicate references"
    for a in AUTH:
        ds = [L["date"] for L in LETTERS if L["auth"] == a]
        assert len(ds) == len(set(ds)), f"duplicate dates for {a}"
    exp = {}
    for Dl in drafts:
        cutoff = Dl.get("as_of") or Dl["date"]
        matches, findings = {}, []
        for pi, part in enumerate(Dl["parts"], 1):
            for n, dq in enumerate(part["qs"], 1):
                assert len(dq["c"]) == 1
                c = dq["c"][0]
                cands = []
                for H in hist:
                    if H["auth"] != Dl["auth"] and not Dl.get("all_authorities"):
                        continue
                    if not H["date"] < cutoff:
                        continue
                    for hpi, hpart in enumerate(H["parts"], 1):
                        for hn, hq in enumerate(hpart["qs"], 1):
                            if c in hq["c"]:
                                cands.append((H["date"], H["ref"], qid(hpi, hn), hq, H))
                cands.sort(key=lambda x: x[0])
                key = qid(pi, n)
                matches[key] = [f"{r} {q}" for _, r, q, _, _ in cands]
                if not cands:
                    continue
                latest = cands[-1][0]
                assert sum(1 for x in cands if x[0] == latest) == 1, (Dl["key"], key)
                _, pref, pq, hq, H = cands[-1]
                p = dict(hq, _reg=H["regime"])
                d = dict(dq, _reg=Dl["regime"])
                fnd = finding_for(p, d)
                if p["st"] == "R" and d["st"] == "R":
                    fp, fd = fact(hq, c), fact(dq, c)
                    assert fp is not None and fd is not None, (Dl["key"], key)
                    if fp != fd:
                        fnd = ("answer_changed", "low")
                if fnd:
                    findings.append({"kind": fnd[0], "severity": fnd[1], "question_id": key, "precedent": f"{pref} {pq}"})
        ent = {}
        if Dl.get("as_of"):
            ent["as_of"] = Dl["as_of"]
        if Dl.get("all_authorities"):
            ent["all_authorities"] = True
        if Dl.get("consistent"):
            assert not findings
            ent["consistent"] = True
        ent["matches"] = matches
        ent["findings"] = findings
        exp[fname(Dl)] = ent
    return exp


EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx", "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}


def fname(L):
    slug = re.sub(r"[^a-z0-9]+", "-", L["ref"].lower()).strip("-")
    return f"{AUTH[L['auth']]['slug']}-{slug}.{EXT[L['fmt']]}"


def labels_for(L):
    qs = []
    for pi, part in enumerate(L["parts"], 1):
        for n, q in enumerate(part["qs"], 1):
            d = {"id": qid(pi, n), "stance": STANCE[q["st"]], "exemptions": sorted(q["ex"]), "concept": q["c"]}
            if q["st"] in ("R", "P") and q.get("a"):
                d["answer_contains"] = q["a"][:24]
            if q.get("f") is not None:
                d["fact"] = q["f"] if not isinstance(q["f"], tuple) else list(q["f"])
            qs.append(d)
    return {"authority": L["auth"], "reference": L["ref"], "date": L["date"], "received": L["rec"],
            "regime": {"eisr": "eir"}.get(L["regime"], L["regime"]), "layout": L["style"] + " / " + L["fmt"],
            "traps": traps_for(L), "questions": qs}


def traps_for(L):
    t = []
    texts = [q["q"] for part in L["parts"] for q in part["qs"]]
    if len(L["parts"]) > 1:
        t.append("parts restart numbering")
    if len(texts) != len(set(texts)):
        t.append("same question text in two parts about different things")
    if any(q.get("sub") for part in L["parts"] for q in part["qs"]):
        t.append("one list with section headings; numbering continues")
    if any(len(q["c"]) > 1 for part in L["parts"] for q in part["qs"]):
        t.append("one question asks two things")
    if L["style"] == "prose":
        t.append("questions asked in prose, numbered in order")
    if L["style"] == "decision":
        t.append("decision paragraph names withheld questions by number")
    if L["style"] == "table":
        t.append("two-column table; cells wrap")
    if L.get("note"):
        t.append("quotes another reference")
    if L["regime"] == "eisr":
        t.append("FOISA s39(2) mentioned to route the request to the EISR: not a stance")
    if L["regime"] == "eir":
        t.append("EIR equivalents of FOIA exemptions")
    if L.get("bare"):
        t.append("bare incoming request: no answers")
    if L["fmt"] == "html":
        t.append("disclosure-log page chrome")
    return t


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        print("FAILED:", " ".join(cmd), r.stdout[-2000:], r.stderr[-2000:], file=sys.stderr)
        raise SystemExit(1)
    return r


def main():
    only_expect = "--expect-only" in sys.argv
    exp = compute_expect()
    counts = {}
    for v in exp.values():
        for f in v["findings"]:
            counts[f["kind"] + "/" + f["severity"]] = counts.get(f["kind"] + "/" + f["severity"], 0) + 1
    doc = {"description": ("Set AG: four fictional authorities - an English county council (FOIA, one EIR draft), a Scottish police "
                           "service (FOISA and EISR), an NHS hospital trust and a central-government executive agency; 40 history "
                           "letters 2017-2025 and 11 drafts 2025-2026 in txt, md, html disclosure-log pages, docx and PDF (LibreOffice, "
                           "Chromium, Ghostscript). Round-robin families (ICT contact-centre/inbound-network contracts, body-worn video, "
                           "drones, cyber, agency staffing, waiting lists, staffing, waste contract) with rewording, renumbering, "
                           "parts restarting vs merged lists, the same sentence in two parts, a merged question, look-alikes that must "
                           "not match, a FOIA s43(2) -> EIR reg12(5)(e) regime change (no finding), a bare request, an as_of draft and a "
                           "history letter dated after one draft."),
           "drafts": exp}
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump(doc, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("findings:", json.dumps(counts, sort_keys=True), "total", sum(counts.values()))
    if only_expect:
        return

    for d in (BUILD, HIST, DRAFTS, LABELS):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for sub in ("soffice_pdf", "soffice_docx", "chromium", "gs", "out_pdf", "out_docx", "profile"):
        os.makedirs(os.path.join(BUILD, sub))

    final = {}
    for L in LETTERS:
        blocks = build_blocks(L)
        name = fname(L)
        base = os.path.splitext(name)[0]
        dest = os.path.join(DRAFTS if L["draft"] else HIST, name)
        final[L["key"]] = dest
        fmt = L["fmt"]
        if fmt == "txt":
            wrap = [0, 88, 96][h32(L["key"] + "w") % 3]
            open(dest, "w").write(render_txt(blocks, wrap))
        elif fmt == "md":
            open(dest, "w").write(render_md(blocks))
        elif fmt == "html":
            open(dest, "w").write(render_disclosure_page(blocks, L))
        elif fmt == "pdf-soffice":
            open(os.path.join(BUILD, "soffice_pdf", base + ".html"), "w").write(render_letter_html(blocks, L))
        elif fmt == "docx":
            open(os.path.join(BUILD, "soffice_docx", base + ".html"), "w").write(render_letter_html(blocks, L))
        elif fmt == "pdf-chromium":
            open(os.path.join(BUILD, "chromium", base + ".html"), "w").write(render_letter_html(blocks, L, chromium=True))
        elif fmt == "pdf-gs":
            open(os.path.join(BUILD, "gs", base + ".ps"), "w", encoding="latin-1").write(render_ps(blocks, L))
        with open(os.path.join(LABELS, base + ".json"), "w") as fh:
            json.dump(labels_for(L), fh, indent=2, ensure_ascii=False)

    env = dict(os.environ, HOME=os.path.join(BUILD, "profile"))
    prof = "-env:UserInstallation=file://" + os.path.join(BUILD, "profile", "lo")
    for src, conv, outd in (("soffice_pdf", "pdf:writer_pdf_Export", "out_pdf"), ("soffice_docx", 'docx:MS Word 2007 XML', "out_docx")):
        files = sorted(os.path.join(BUILD, src, f) for f in os.listdir(os.path.join(BUILD, src)))
        if files:
            run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", conv,
                 "--outdir", os.path.join(BUILD, outd)] + files, env=env)
    for f in sorted(os.listdir(os.path.join(BUILD, "chromium"))):
        src = os.path.join(BUILD, "chromium", f)
        out = os.path.join(BUILD, "out_pdf", f[:-5] + ".pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(BUILD, "profile", "chrome"), "--print-to-pdf=" + out, "file://" + src], env=env)
    for f in sorted(os.listdir(os.path.join(BUILD, "gs"))):
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4",
             "-sOutputFile=" + os.path.join(BUILD, "out_pdf", f[:-3] + ".pdf"), os.path.join(BUILD, "gs", f)])
    for L in LETTERS:
        dest = final[L["key"]]
        base = os.path.splitext(os.path.basename(dest))[0]
        if L["fmt"].startswith("pdf"):
            shutil.copy(os.path.join(BUILD, "out_pdf", base + ".pdf"), dest)
        elif L["fmt"] == "docx":
            shutil.copy(os.path.join(BUILD, "out_docx", base + ".docx"), dest)
        assert os.path.getsize(dest) > 0, dest
    shutil.rmtree(BUILD, ignore_errors=True)
    print("history:", len(os.listdir(HIST)), "drafts:", len(os.listdir(DRAFTS)))


if __name__ == "__main__":
    main()
