"""Rendering helpers for set AH: letter body composition and emitters
(txt, md, html, docx/pdf via LibreOffice, pdf via Chromium, pdf via Ghostscript).
Standard library only; external programs are called with subprocess."""
import datetime
import html
import os
import re
import shutil
import subprocess
import textwrap

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def d(s):
    return datetime.date.fromisoformat(s)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(s, style="long"):
    x = d(s)
    if style == "long":
        return "%d %s %d" % (x.day, MONTHS[x.month - 1], x.year)
    if style == "ord":
        return "%s %s %d" % (ordinal(x.day), MONTHS[x.month - 1], x.year)
    if style == "slash":
        return x.strftime("%d/%m/%Y")
    if style == "us":
        return "%s %d, %d" % (MONTHS[x.month - 1], x.day, x.year)
    if style == "abbr":
        return "%02d %s %d" % (x.day, MONTHS[x.month - 1][:3], x.year)
    if style == "dash":
        return x.strftime("%d-%m-%Y")
    if style == "day":
        return "%s %d %s %d" % (x.strftime("%A"), x.day, MONTHS[x.month - 1], x.year)
    raise ValueError(style)


# ---------------------------------------------------------------- exemptions
TITLES = {
    "s12": "cost of compliance", "s14": "vexatious requests",
    "s21": "information reasonably accessible", "s22": "information intended for future publication",
    "s24": "national security", "s31": "law enforcement",
    "s36": "prejudice to the effective conduct of public affairs",
    "s40": "personal information", "s41": "information provided in confidence",
    "s43": "commercial interests",
    "reg12(5)(b)": "the course of justice and inquiries",
    "reg12(5)(e)": "confidentiality of commercial or industrial information",
    "reg12(6)": "neither confirm nor deny",
}


def _sec(e):
    m = re.match(r"s(\d+)", e)
    return "s" + m.group(1)


def fmt_ex(exs, titles=True, act=True, cap=False):
    foia = [e for e in exs if e.startswith("s")]
    eir = [e for e in exs if e.startswith("reg")]
    out = []
    if foia:
        nums = [e[1:] for e in foia]
        s = ("section " if len(nums) == 1 else "sections ") + join_and(nums)
        if titles:
            t = []
            for e in foia:
                tt = TITLES.get(_sec(e))
                if tt and tt not in t:
                    t.append(tt)
            s += " (" + "; ".join(t) + ")"
        if act:
            s += " of the Freedom of Information Act 2000"
        out.append(s)
    if eir:
        nums = [e[3:] for e in eir]
        if "reg12(6)" in eir and len(eir) > 1:
            other = [e[3:] for e in eir if e != "reg12(6)"]
            s = "regulation 12(6), read with regulation " + join_and(other)
        else:
            s = ("regulation " if len(nums) == 1 else "regulations ") + join_and(nums)
            if titles:
                s += " (" + "; ".join(TITLES.get(e, "") for e in eir if TITLES.get(e)) + ")"
        if act:
            s += " of the Environmental Information Regulations 2004"
        out.append(s)
    r = " and ".join(out)
    if cap:
        r = r[0].upper() + r[1:]
    return r


def join_and(items):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def family(e):
    if e in ("s43(2)", "reg12(5)(e)"):
        return "commercial"
    if e.startswith("s31") or e.startswith("s24") or e == "reg12(5)(b)":
        return "security" if not e == "reg12(5)(b)" else "justice"
    if e.startswith("s36"):
        return "affairs"
    if e.startswith("s40"):
        return "personal"
    if e.startswith("s41"):
        return "confidence"
    return "other"


HARM = {
    "commercial": [
        ("h", "Public interest test"),
        ("p", "Section 43(2) is a qualified, prejudice-based exemption, so we have considered whether the public interest in maintaining it outweighs the public interest in disclosure."),
        ("p", "Factors favouring disclosure: there is a general public interest in openness about how public money is spent and in demonstrating that contracts represent value for money."),
        ("p", "Factors favouring non-disclosure: release of pricing and contract values would be likely to prejudice the commercial interests of the supplier, by revealing its pricing to competitors, and of the authority itself, by weakening its position in the forthcoming procurement."),
        ("p", "Balance test: having weighed these factors we have concluded that the balance of the public interest lies in withholding the information at this time."),
    ],
    "security": [
        ("h", "Evidence of harm"),
        ("p", "Disclosure under the Act is disclosure to the world at large. Information about the technical measures used to protect our systems and premises, or about incidents affecting them, could be pieced together with other information by those intent on disrupting our services or committing crime, and would be likely to expose vulnerabilities."),
        ("h", "Public interest test"),
        ("p", "Factors favouring disclosure: transparency about the security of public systems and reassurance that public money is spent on protecting them."),
        ("p", "Factors favouring non-disclosure: the strong public interest in safeguarding the systems that support the delivery of public services and in not assisting criminal activity."),
        ("p", "Balance test: we consider that the public interest favours maintaining the exemption."),
    ],
    "justice": [
        ("h", "Public interest test"),
        ("p", "Regulation 12(5)(b) applies where disclosure would adversely affect the course of justice or the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature. The presumption in favour of disclosure in regulation 12(2) has been taken into account."),
        ("p", "We recognise the public interest in understanding how the regulator responds to breaches of drinking water standards. However, releasing material gathered for regulatory purposes would be likely to prejudice that process, and the public interest favours maintaining the exception."),
    ],
    "affairs": [
        ("h", "Qualified person's opinion"),
        ("p", "Section 36 can only be applied where, in the reasonable opinion of a qualified person, disclosure would be likely to inhibit the free and frank exchange of views or otherwise prejudice the effective conduct of public affairs. The qualified person for this organisation has given that opinion."),
        ("h", "Public interest test"),
        ("p", "We recognise the public interest in accountability. Against that, staff and reviewers must be able to record candid views while matters are live. On balance we consider that the public interest favours withholding the information at this time."),
    ],
    "personal": [
        ("p", "Section 40(2) is an absolute exemption where disclosure would breach the data protection principles; no public interest test is required. Disclosure of this information could identify the individuals concerned and would not be fair or lawful."),
    ],
    "confidence": [
        ("p", "Section 41(1) is an absolute exemption. The information was provided to us in confidence by third parties and its disclosure would constitute an actionable breach of confidence. No public interest test is required, although we have noted that there would be no public interest defence to such a breach."),
    ],
    "other": [],
}


# ---------------------------------------------------------------- body styles

def answer_text(q, L):
    if q.get("ans"):
        return q["ans"]
    st, ex = q["st"], q["ex"]
    who = L["A"]["short"]
    if st == "withheld":
        return "%s holds this information; however, it is exempt from disclosure under %s." % (who, fmt_ex(ex))
    if st == "ncnd":
        return "%s neither confirms nor denies that it holds this information, by virtue of %s." % (who, fmt_ex(ex, titles=False))
    if st == "not_held":
        return "%s does not hold this information." % who
    if st == "refused":
        return "This part of your request is refused under %s." % fmt_ex(ex)
    raise ValueError("released answer missing for %s %s" % (L["ref"], q["c"]))


def multi(L):
    return len(L["parts"]) > 1


def body_interleaved(L):
    var = L.get("var", "QA")
    out = []
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            out.append(("h", ptitle))
        for n, q in enumerate(qs, 1):
            a = answer_text(q, L)
            if var == "QA":
                out += [("b", "Question %d" % n), ("p", q["text"]), ("b", "Answer"), ("p", a)]
            elif var == "Q1A1":
                out += [("p", "Q%d. %s" % (n, q["text"])), ("p", "A%d. %s" % (n, a))]
            elif var == "resp":
                out += [("p", "%d. %s" % (n, q["text"])), ("p", "Response: " + a)]
            elif var == "colon":
                out += [("b", "Question %d: %s" % (n, q["text"])), ("p", "Answer: " + a)]
    return out


def body_you_asked(L):
    out = []
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            out.append(("h", ptitle))
        for n, q in enumerate(qs, 1):
            out += [("b", "You asked:"), ("p", q["text"]), ("b", "Our response:"), ("p", answer_text(q, L))]
    return out


def body_reqresp(L):
    out = []
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            out.append(("h", ptitle))
        for n, q in enumerate(qs, 1):
            out += [("b", "REQUEST %d" % n), ("p", q["text"]), ("b", "RESPONSE %d" % n), ("p", answer_text(q, L))]
    return out


def body_table(L):
    hdr = L.get("table_header", ["Question", "Response"])
    rows = []
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            rows.append([ptitle])
        for n, q in enumerate(qs, 1):
            rows.append(["%d. %s" % (n, q["text"]), answer_text(q, L)])
    return [("table", hdr, rows)]


def body_restate(L):
    lead = L.get("lead", "I note you seek access to the following information:")
    out = [("p", lead)]
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            out.append(("b", ptitle))
        for n, q in enumerate(qs, 1):
            out.append(("li", "%d." % n, q["text"]))
    out.append(("h", L.get("resp_head", "Response")))
    key = L.get("key", "num")
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            out.append(("b", ptitle))
        for n, q in enumerate(qs, 1):
            if key == "num":
                out.append(("li", "%d." % n, answer_text(q, L)))
            else:
                out.append(("p", "Question %d \u2013 %s" % (n, answer_text(q, L))))
    return out


def body_prose(L):
    out = [("p", L.get("lead", "You asked:")), ("quote", L["prose"])]
    out.append(("p", L.get("prose_bridge", "We have answered each element of your request below, in the order in which you asked.")))
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        for n, q in enumerate(qs, 1):
            out.append(("li", "%d." % n, answer_text(q, L)))
    return out


def qrefs(items, L):
    """items: list of (part, num)."""
    mp = multi(L)
    if not mp:
        nums = [str(n) for _, n in items]
        return ("question " if len(nums) == 1 else "questions ") + join_and(nums)
    byp = {}
    for p, n in items:
        byp.setdefault(p, []).append(str(n))
    segs = []
    for p, nums in byp.items():
        segs.append(("question " if len(nums) == 1 else "questions ") + join_and(nums) + " in part %d" % p)
    return join_and(segs)


def body_decision(L):
    who = L["A"]["short"]
    Who = who[0].upper() + who[1:]
    out = [("p", L.get("lead", "I note you seek access to the following information:"))]
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            out.append(("b", ptitle))
        for n, q in enumerate(qs, 1):
            out.append(("li", "%d." % n, q["text"]))
    groups = {}
    rest = []
    fams = []
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        for n, q in enumerate(qs, 1):
            if q["st"] in ("withheld", "ncnd", "partially_released"):
                groups.setdefault((q["st"], tuple(q["ex"])), []).append((pi, n))
                for e in q["ex"]:
                    f = family(e)
                    if f not in fams and q["st"] != "ncnd":
                        fams.append(f)
            if q["st"] != "withheld" and q["st"] != "ncnd":
                rest.append((pi, n, q))
    out.append(("h", "Decision"))
    sents = []
    for (st, ex), items in groups.items():
        r = qrefs(items, L)
        if st == "withheld":
            sents.append("I can confirm that %s holds information within the scope of %s of your request; however, I am withholding that information under %s." % (who, r, fmt_ex(list(ex))))
        elif st == "ncnd":
            sents.append("In respect of %s, %s neither confirms nor denies that it holds the information you have asked for, by virtue of %s." % (r, who, fmt_ex(list(ex), titles=False)))
        else:
            sents.append("Information within the scope of %s is released in part; the remainder is withheld under %s." % (r, fmt_ex(list(ex))))
    if not sents:
        sents.append("%s holds the information you have requested and it is provided below." % Who)
    out.append(("p", " ".join(sents)))
    if any(st == "ncnd" for st, _ in groups):
        out.append(("p", L.get("ncnd_note", "To confirm or deny whether information is held in these areas would itself disclose information about our security arrangements. This response should not be taken as an indication of whether or not the information you have asked for exists.")))
    for f in fams:
        out += HARM[f]
    if rest:
        out.append(("p", "The response to %s is provided below." % qrefs([(p, n) for p, n, _ in rest], L)))
        lastp = None
        for p, n, q in rest:
            if multi(L) and p != lastp:
                out.append(("b", "Part %d" % p))
                lastp = p
            out.append(("p", "Question %d \u2013 %s" % (n, answer_text(q, L))))
    return out


def body_bare(L):
    out = [("p", L.get("lead", "Please provide the following information under the Freedom of Information Act 2000:"))]
    for pi, (ptitle, qs) in enumerate(L["parts"], 1):
        if ptitle:
            out.append(("b", ptitle))
        for n, q in enumerate(qs, 1):
            out.append(("li", "%d." % n, q["text"]))
    return out


STYLES = {"interleaved": body_interleaved, "you_asked": body_you_asked, "reqresp": body_reqresp,
          "table": body_table, "restate": body_restate, "prose": body_prose,
          "decision": body_decision, "bare": body_bare}


def compose(L):
    A = L["A"]
    blocks = []
    if L.get("draft") and not L.get("bare"):
        blocks.append(("b", "DRAFT \u2013 NOT YET ISSUED \u2013 FOR DISCLOSURE OFFICER REVIEW"))
    if L.get("bare"):
        blocks += L["bare_head"]
        blocks += body_bare(L)
        blocks += [("p", L.get("bare_close", "I would prefer to receive the information electronically. Many thanks.")), ("p", "Yours faithfully,"), ("p", "[name withheld]")]
        return blocks
    blocks.append(("lh", A["head"]))
    blocks.append(("meta", A["meta"](L)))
    blocks.append(("p", L.get("salute", "Dear")))
    blocks.append(("h", A["title"](L)))
    blocks.append(("p", L.get("intro") or A["intro"](L)))
    for b in L.get("pre", []):
        blocks.append(b)
    blocks += STYLES[L["style"]](L)
    for b in L.get("post", []):
        blocks.append(b)
    blocks += A["close"](L)
    return blocks


# ---------------------------------------------------------------- emitters

def to_text(blocks, wrap=0, md=False):
    lines = []

    def para(t, indent=""):
        if wrap:
            lines.extend(textwrap.wrap(t, wrap, initial_indent=indent, subsequent_indent=" " * len(indent)) or [""])
        else:
            lines.append(indent + t)
        lines.append("")

    for b in blocks:
        k = b[0]
        if k == "lh":
            for x in b[1]:
                lines.append(("**%s**" % x if md and x == b[1][0] else x))
            lines.append("")
            lines.append("")
        elif k == "meta":
            for x in b[1]:
                lines.append(x + ("  " if md else ""))
            lines.append("")
        elif k == "h":
            lines.append(("## " + b[1]) if md else b[1].upper() if len(b[1]) < 60 else b[1])
            lines.append("")
        elif k == "b":
            para(("**%s**" % b[1]) if md else b[1])
        elif k == "p":
            para(b[1])
        elif k == "quote":
            para(("> " + b[1]) if md else b[1], "" if md else "    ")
        elif k == "li":
            para("%s %s" % (b[1], b[2]))
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                lines.append("| " + " | ".join(hdr) + " |")
                lines.append("| --- | --- |")
                for r in rows:
                    if len(r) == 1:
                        lines.append("| **%s** | |" % r[0])
                    else:
                        lines.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
                lines.append("")
            else:
                for r in rows:
                    if len(r) == 1:
                        para(r[0].upper())
                    else:
                        para(r[0])
                        para(r[1], "    ")
        elif k == "sig":
            for x in b[1]:
                lines.append(x)
            lines.append("")
        elif k == "raw":
            lines.extend(b[1])
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def esc(t):
    return html.escape(t, quote=False)


def to_html(blocks, A, title, log=None, footer=None, css_extra=""):
    body = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            body.append('<div class="lh">' + "<br>".join(("<strong>%s</strong>" % esc(x)) if i == 0 else esc(x) for i, x in enumerate(b[1])) + "</div>")
        elif k == "meta":
            body.append('<p class="meta">' + "<br>".join(esc(x) for x in b[1]) + "</p>")
        elif k == "h":
            body.append("<h2>%s</h2>" % esc(b[1]))
        elif k == "b":
            body.append("<p><strong>%s</strong></p>" % esc(b[1]))
        elif k == "p":
            body.append("<p>%s</p>" % esc(b[1]))
        elif k == "quote":
            body.append("<blockquote><p>%s</p></blockquote>" % esc(b[1]))
        elif k == "li":
            body.append('<p class="li">%s %s</p>' % (esc(b[1]), esc(b[2])))
        elif k == "table":
            t = ['<table class="qa" width="100%"><colgroup><col width="56%"><col width="44%"></colgroup><thead><tr>' + "".join('<th width="%s">%s</th>' % (w, esc(h)) for w, h in zip(("56%", "44%"), b[1])) + "</tr></thead><tbody>"]
            for r in b[2]:
                if len(r) == 1:
                    t.append('<tr><td colspan="2" class="part"><strong>%s</strong></td></tr>' % esc(r[0]))
                else:
                    t.append("<tr><td>%s</td><td>%s</td></tr>" % (esc(r[0]), esc(r[1])))
            t.append("</tbody></table>")
            body.append("\n".join(t))
        elif k == "sig":
            body.append('<p class="sig">' + "<br>".join(esc(x) for x in b[1]) + "</p>")
        elif k == "raw":
            body.append("<pre>%s</pre>" % esc("\n".join(b[1])))
    css = A["css"] + """
table.qa { border-collapse: collapse; width: 100%; }
table.qa td, table.qa th { border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; }
td.part { background: #e8e8e8; }
.li { margin-left: 1.5em; }
.footer { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8pt; color: #555; }
""" + css_extra
    inner = "\n".join(body)
    if footer:
        inner += '\n<div class="footer">%s</div>' % esc(footer)
    if log:
        inner = log["top"] + '\n<main id="content">\n' + inner + "\n</main>\n" + log["bottom"]
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n"
            % (esc(title), css, inner))


# ---------------------------------------------------------------- PostScript for Ghostscript
PS_REPL = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
           "\u0175": "w", "\u2026": "...", "\u2022": "-", "\u00a0": " ", "\u00b2": "2"}


def ps_str(s):
    out = []
    for ch in s:
        ch = PS_REPL.get(ch, ch)
        for c in ch:
            o = ord(c)
            if c in "()\\":
                out.append("\\" + c)
            elif 32 <= o < 127:
                out.append(c)
            elif o < 256:
                out.append("\\%03o" % o)
            else:
                out.append("?")
    return "(" + "".join(out) + ")"


def to_ps(blocks, title, author, header, footer):
    W, H = 595, 842
    LM, RM, TOP, BOT = 62, 62, 770, 70
    size, lead = 10, 13.2
    chars = 88
    items = []  # (font, text, indent) or ('gap',)

    def add(t, font="R", indent=0, width=chars):
        for ln in textwrap.wrap(t, width - indent // 5) or [""]:
            items.append((font, ln, indent))

    for b in blocks:
        k = b[0]
        if k == "lh":
            for i, x in enumerate(b[1]):
                items.append(("B" if i == 0 else "R", x, 300))
            items.append(("gap",))
        elif k == "meta":
            for x in b[1]:
                items.append(("R", x, 0))
            items.append(("gap",))
        elif k == "h":
            add(b[1], "B")
            items.append(("gap",))
        elif k == "b":
            add(b[1], "B")
            items.append(("gap",))
        elif k == "p":
            add(b[1])
            items.append(("gap",))
        elif k == "quote":
            add(b[1], "I", 24)
            items.append(("gap",))
        elif k == "li":
            first = True
            for ln in textwrap.wrap(b[2], chars - 6) or [""]:
                items.append(("R", (b[1] + "  " if first else "") + ln, 0 if first else 18))
                first = False
            items.append(("gap",))
        elif k == "sig":
            for x in b[1]:
                items.append(("R", x, 0))
            items.append(("gap",))
        elif k == "table":
            raise ValueError("no tables in PS letters")
    pages = []
    cur, y = [], TOP
    for it in items:
        if it[0] == "gap":
            y -= lead * 0.6
            continue
        if y < BOT:
            pages.append(cur)
            cur, y = [], TOP
        cur.append((it[0], it[1], LM + it[2], y))
        y -= lead
    if cur:
        pages.append(cur)
    fonts = {"R": "/HelvL", "B": "/HelvBL", "I": "/HelvIL"}
    plain = "".join(PS_REPL.get(c, c) for c in title).encode("latin-1", "replace").decode("latin-1")
    ps = ["%!PS-Adobe-3.0", "%%Title: " + plain, "%%Pages: %d" % len(pages), "%%EndComments",
          "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def",
          "/HelvL /Helvetica reenc /HelvBL /Helvetica-Bold reenc /HelvIL /Helvetica-Oblique reenc",
          "[ /Title %s /Author %s /Creator (Microsoft Word - letter) /DOCINFO pdfmark" % (ps_str(title), ps_str(author))]
    for i, pg in enumerate(pages, 1):
        ps.append("%%%%Page: %d %d" % (i, i))
        ps.append("/HelvL findfont 7.5 scalefont setfont %d %d moveto %s show" % (LM, 805, ps_str(header)))
        ps.append("%d %d moveto %s show" % (LM, 40, ps_str(footer)))
        ps.append("%d %d moveto %s show" % (W - RM - 60, 40, ps_str("Page %d of %d" % (i, len(pages)))))
        for font, text, x, y in pg:
            ps.append("%s findfont %s scalefont setfont %d %.1f moveto %s show" % (fonts[font], size, x, y, ps_str(text)))
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"


# ---------------------------------------------------------------- converters

def run(cmd, env=None, cwd=None):
    r = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=240)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode(errors="replace")[-2000:]))
    return r


def soffice(src, outdir, target, build):
    env = dict(os.environ)
    env["HOME"] = os.path.join(build, "home")
    os.makedirs(env["HOME"], exist_ok=True)
    prof = "file://" + os.path.join(build, "lo-profile")
    conv = {"pdf": "pdf:writer_pdf_Export", "docx": 'docx:MS Word 2007 XML'}[target]
    run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", conv, "--outdir", outdir, src], env=env)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + target)
    if not os.path.exists(out):
        raise RuntimeError("soffice produced nothing for " + src)
    return out


def chromium(src, out, build):
    env = dict(os.environ)
    env["HOME"] = os.path.join(build, "home")
    os.makedirs(env["HOME"], exist_ok=True)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(build, "chrome-profile"),
         "--print-to-pdf=" + out, "file://" + src], env=env)
    if not os.path.exists(out):
        raise RuntimeError("chromium produced nothing for " + src)


def ghostscript(ps, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + out, ps])
