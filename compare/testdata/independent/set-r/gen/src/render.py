"""Render a Letter (truth) into document blocks and then into a file format."""
import datetime
import html
import re

from authorities import AUTH

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(iso, style):
    d = datetime.date.fromisoformat(iso)
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "ordinal":
        n = d.day
        suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return "%d%s %s %d" % (n, suf, MONTHS[d.month - 1], d.year)
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        return d.strftime("%d %b %Y")
    raise ValueError(style)


SEC_NAMES = {
    "21": "Information accessible to the applicant by other means",
    "23": "Information supplied by, or relating to, bodies dealing with security matters",
    "24": "National Security",
    "31": "Law Enforcement",
    "40": "Personal Information",
    "41": "Information provided in confidence",
    "43": "Commercial Interests",
}
REG_NAMES = {
    "12(5)(e)": "confidentiality of commercial or industrial information",
    "12(4)(a)": "information not held",
}


def _parse(ex):
    m = re.fullmatch(r"s(\d+)((?:\(\w+\))*)", ex)
    return m.group(1), re.findall(r"\((\w+)\)", m.group(2))


def ex_text(exs, sty, named=True):
    """Human text for a list of normalised exemptions in a house style."""
    out = []
    regs = [e for e in exs if e.startswith("reg")]
    foia = [e for e in exs if not e.startswith("reg")]
    for r in regs:
        body = r[3:]
        t = "regulation %s" % body
        if named and body in REG_NAMES:
            t += " (%s)" % REG_NAMES[body]
        out.append(t)
    if sty == "police":
        groups = {}
        order = []
        for e in foia:
            sec, subs = _parse(e)
            key = (sec, tuple(subs[:1]))
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(subs[1:])
        for key in order:
            sec, head = key
            t = "Section %s" % sec + "".join("(%s)" % h for h in head)
            for rest in groups[key]:
                t += "".join("(%s)" % r for r in rest)
            if named:
                t += " %s" % SEC_NAMES.get(sec, "")
            out.append(t.strip())
    else:
        for e in foia:
            sec, subs = _parse(e)
            if sty == "council":
                t = "section %s" % sec + "".join("(%s)" % s for s in subs)
            elif sty == "nhs":
                t = "s.%s" % sec + "".join("(%s)" % s for s in subs)
            else:
                t = "Section %s " % sec + " ".join("(%s)" % s for s in subs)
            if named:
                t += " (%s)" % SEC_NAMES.get(sec, "")
            out.append(t.strip())
    if len(out) <= 1:
        return "".join(out)
    return ", ".join(out[:-1]) + " and " + out[-1]


ACT = {"foia": "the Freedom of Information Act 2000",
       "eir": "the Environmental Information Regulations 2004"}


def default_answer(L, q):
    a = AUTH[L.auth]
    sty = a["sty"]
    if q.ans is not None:
        return q.ans
    if q.stance == "W":
        x = ex_text(q.ex, sty)
        if L.regime == "eir":
            return "This information is withheld under %s of the EIR." % x
        return {
            "council": "This information is withheld under %s of %s. Our reasons are explained below." % (x, ACT["foia"]),
            "police": "Exempt - %s." % x,
            "nhs": "Withheld - %s applies (see below)." % x,
            "uni": "The University is withholding this information under %s." % x,
        }[sty]
    if q.stance == "N":
        return "%s can neither confirm nor deny whether it holds this information, by virtue of %s." % (
            a["name"], ex_text(q.ex, sty))
    if q.stance == "NH":
        return "%s does not hold this information." % a["name"]
    if q.stance == "U":
        return ""
    raise ValueError((L.ref, q.text))


# --- explanation paragraphs for each applied provision -------------------

def explanations(L):
    a = AUTH[L.auth]
    sty = a["sty"]
    applied = []
    for _, _, _, q in L.questions():
        if q.stance in ("W", "P", "N"):
            for e in q.ex:
                if e not in applied:
                    applied.append(e)
    blocks = []
    if L.style == "ncnd_all":
        return blocks
    NC = ("s23(5)", "s24(2)", "s31(3)")
    ncnd = [e for e in applied if e in NC]
    secs = {}
    for e in applied:
        if e in NC:
            continue
        key = e if e.startswith("reg") else _parse(e)[0]
        secs.setdefault(key, []).append(e)
    name = a["name"]
    for key, exs in secs.items():
        t = ex_text(exs, sty)
        if key == "31":
            blocks.append(("h", t))
            blocks.append(("p", "This exemption applies where disclosure would, or would be likely to, prejudice the prevention or detection of crime or the apprehension or prosecution of offenders. It is a qualified, prejudice-based exemption, so the harm must be evidenced and the public interest test applied."))
            blocks.append(("p", "Factors favouring disclosure: openness about how public money is spent and how the organisation protects the public. Factors favouring non-disclosure: the information would help those intent on offending to avoid detection or to target systems and locations. On balance the public interest favours withholding the information."))
        elif key == "43":
            blocks.append(("h", t))
            blocks.append(("p", "Release would be likely to prejudice the commercial interests of both %s and its suppliers, because pricing and terms would be visible to competitors ahead of future procurements. We accept there is a public interest in transparency over spending; however, the public interest in obtaining value for money in future tendering outweighs it in this case." % name))
        elif key == "40":
            blocks.append(("h", t))
            blocks.append(("p", "The names and direct contact details of staff below senior level are personal data. Release would breach the first data protection principle, so the information is exempt under this absolute exemption."))
        elif key == "24":
            blocks.append(("h", t))
            blocks.append(("p", "This information is withheld to safeguard national security. Following national guidance, disclosure could assist hostile actors in mapping police ICT infrastructure and the force's resilience against attack. The public interest favours withholding."))
        elif key == "41":
            blocks.append(("h", t))
            blocks.append(("p", "The commission terms were provided to %s in confidence by the agents themselves, and disclosure would be an actionable breach of confidence." % name))
        elif key == "reg12(5)(e)":
            blocks.append(("h", "Regulation 12(5)(e) - confidentiality of commercial information"))
            blocks.append(("p", "The annual payments are commercial information whose confidentiality is provided by law to protect a legitimate economic interest. The public interest in maintaining the exception outweighs that in disclosure, and we have applied the presumption in favour of disclosure in reaching that view."))
    if ncnd:
        t = ex_text(ncnd, sty)
        blocks.append(("h", "Neither confirm nor deny"))
        if sty == "police":
            blocks.append(("p", "%s can neither confirm nor deny whether it holds the information, relying on %s. Confirming or denying that a force has, or has not, been affected by a particular attack would expose vulnerabilities to those with criminal intent. This should not be taken as an indication of whether or not any attack has occurred." % (name, t)))
        else:
            blocks.append(("p", "%s removes the duty to confirm or deny where doing so would be likely to prejudice the prevention or detection of crime. Confirming whether the Trust has or has not been affected would tell those planning attacks where defences have or have not held. Having weighed the public interest in openness against the public interest in not assisting criminals, the Trust has concluded that the balance favours neither confirming nor denying." % t))
    return blocks


def complaint(L):
    name = AUTH[L.auth]["name"]
    if L.regime == "eir":
        return [("h", "Your right to complain"),
                ("p", "If you are unhappy with this response you may ask for an internal review under regulation 11 of the EIR within 40 working days. If you remain dissatisfied you may then apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")]
    return [("h", "Complaint rights"),
            ("p", "If you are dissatisfied with the handling of your request you may ask %s for an internal review within 40 working days. If you are still unhappy you may complain to the Information Commissioner under section 50 of the Freedom of Information Act 2000 (www.ico.org.uk)." % name)]


def header_blocks(L):
    a = AUTH[L.auth]
    sty = a["sty"]
    dfmt = L.datefmt or a["datefmt"]
    b = []
    if L.draft:
        b.append(("banner", "DRAFT - FOR APPROVAL - NOT YET SENT"))
    b.append(("banner", a["slogan"]))
    for line in a["head"]:
        b.append(("line", line))
    b.append(("blank",))
    if sty == "council":
        b.append(("line", "Our ref: %s" % L.ref))
        b.append(("line", "Date: %s" % fmt_date(L.date, dfmt)))
        b.append(("blank",))
        b.append(("p", "Dear"))
        b.append(("title", "Re: %s request %s - %s" % (
            "Environmental Information" if L.regime == "eir" else "Freedom of Information", L.ref, L.title)))
    elif sty == "police":
        b.append(("line", fmt_date(L.date, dfmt)))
        b.append(("blank",))
        b.append(("p", "Dear"))
        b.append(("title", "FREEDOM OF INFORMATION REQUEST - %s %s" % (L.ref, L.title)))
    elif sty == "nhs":
        b.append(("line", "Our reference: %s" % L.ref))
        b.append(("line", "Date of response: %s" % fmt_date(L.date, dfmt)))
        b.append(("line", "Subject: %s" % L.title))
        b.append(("blank",))
        b.append(("p", "Dear Requester"))
    else:
        b.append(("line", fmt_date(L.date, dfmt)))
        b.append(("line", "Request reference: %s" % L.ref))
        b.append(("blank",))
        b.append(("title", "Freedom of Information request: %s" % L.title))
        b.append(("p", "Dear"))
    rec = fmt_date(L.received, dfmt)
    if L.regime == "eir":
        b.append(("p", "Thank you for your request for information, received on %s. Because it concerns environmental information we have handled it under the Environmental Information Regulations 2004 (EIR)." % rec))
    elif sty == "police":
        b.append(("p", "I refer to your request for information received by %s on the %s." % (a["name"], rec)))
    elif sty == "nhs":
        b.append(("p", "Thank you for your request under the Freedom of Information Act 2000, which the Trust received on %s." % rec))
    elif sty == "uni":
        b.append(("p", "Thank you for your email of %s, which the University has handled under the Freedom of Information Act 2000 (FOIA)." % rec))
    else:
        b.append(("p", "Thank you for your request for information received on %s, which has been dealt with under the Freedom of Information Act 2000." % rec))
    return b


def footer_blocks(L):
    a = AUTH[L.auth]
    b = explanations(L)
    b += complaint(L)
    b.append(("p", "Yours sincerely"))
    for line in a["sign"]:
        b.append(("line", line))
    b.append(("banner", a["slogan"]))
    return b


QLAB = {
    "council": ("Question %d", "Response"),
    "police": ("Q%d", "A%d"),
    "nhs": ("Request %d:", "Answer:"),
    "uni": ("%d.", "Response:"),
}


def body_interleaved(L):
    sty = AUTH[L.auth]["sty"]
    ql, al = QLAB[sty]
    b = [("p", "Please find our response below.")]
    for part in L.parts:
        if part.heading:
            b.append(("h", part.heading))
        if part.intro:
            b.append(("p", part.intro))
        for n, q in enumerate(part.qs, 1):
            b.append(("p", (ql % n) + " " + q.text))
            lab = al % n if "%d" in al else al
            b.append(("p", lab + " " + default_answer(L, q)))
    return b


def body_youasked(L):
    b = [("p", "Our response to each part of your request is set out below.")]
    for part in L.parts:
        if part.heading:
            b.append(("h", part.heading))
        for q in part.qs:
            b.append(("p", "You asked: " + q.text))
            b.append(("p", "Our response: " + default_answer(L, q)))
    return b


def body_table(L):
    b = [("p", "The information you asked for is set out in the table below.")]
    for part in L.parts:
        if part.heading:
            b.append(("h", part.heading))
        rows = [("%d. %s" % (n, q.text), default_answer(L, q)) for n, q in enumerate(part.qs, 1)]
        b.append(("table", ("Your request", "Our response"), rows))
    return b


def restated(L, lead="I note you seek access to the following information:"):
    b = [("p", lead)]
    for part in L.parts:
        if part.heading:
            b.append(("h", part.heading))
        if part.intro:
            b.append(("p", part.intro))
        for n, q in enumerate(part.qs, 1):
            b.append(("li", n, q.text))
    return b


def body_restate(L):
    sty = AUTH[L.auth]["sty"]
    b = restated(L)
    b.append(("h", "Response"))
    fmt = {"council": "%d. %s", "police": "Question %d - %s", "nhs": "Q%d: %s", "uni": "%d) %s"}[sty]
    for pi, part in enumerate(L.parts, 1):
        if len(L.parts) > 1:
            b.append(("h", part.heading or "Part %d" % pi))
        for n, q in enumerate(part.qs, 1):
            b.append(("p", fmt % (n, default_answer(L, q))))
    return b


def _numlist(nums):
    nums = list(nums)
    if len(nums) == 1:
        return "question %d" % nums[0]
    return "questions " + ",".join(str(n) for n in nums[:-1]) + " and %d" % nums[-1]


def body_decision(L):
    a = AUTH[L.auth]
    sty = a["sty"]
    b = restated(L)
    multi = len(L.parts) > 1
    groups = {}
    order = []
    for qid, pi, n, q in L.questions():
        if q.stance == "W":
            key = tuple(q.ex)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append((pi, n))
    sents = []
    for key in order:
        items = groups[key]
        byp = []
        for pi in sorted(set(p for p, _ in items)):
            nums = [n for p, n in items if p == pi]
            s = _numlist(nums)
            if multi:
                s += " in part %d of your request" % pi
            byp.append(s)
        sents.append("%s to %s" % (ex_text(list(key), sty, named=False), " and ".join(byp)))
    b.append(("p", "Your request for information has now been considered and I can confirm that %s does hold information you have requested; however I will be citing the exemption %s." % (a["name"], "; and the exemption ".join(sents))))
    b += [("p", "As qualified and prejudice-based exemptions, I am required to evidence the harm and apply the public interest test, as set out below.")]
    b += explanations(L)
    rest = []
    for pi, part in enumerate(L.parts, 1):
        nums = [n for n, q in enumerate(part.qs, 1) if q.stance != "W"]
        if nums:
            s = ",".join(str(n) for n in nums)
            rest.append(s + (" in part %d" % pi if multi else ""))
    b.append(("p", "The response to questions %s is provided below. This information has been provided by the force ICT department." % " and ".join(rest)))
    for pi, part in enumerate(L.parts, 1):
        if multi:
            b.append(("h", "Part %d" % pi))
        for n, q in enumerate(part.qs, 1):
            if q.stance != "W":
                b.append(("p", "Question %d - %s" % (n, default_answer(L, q))))
    return b, True


def body_ncnd_all(L):
    a = AUTH[L.auth]
    b = restated(L)
    exs = L.parts[0].qs[0].ex
    for _, _, _, q in L.questions():
        assert q.stance == "N" and q.ex == exs
    b.append(("p", "%s can neither confirm nor deny that it holds any information relevant to this request by virtue of the following exemptions: %s." % (
        a["name"], ex_text(exs, a["sty"]))))
    b.append(("h", "Harm in confirming or denying"))
    b.append(("p", "Any confirmation or denial that specialist covert equipment is or is not used would reveal police tactics and capabilities to those who would seek to evade detection. Sections 23 and 24 exist to protect national security, and section 31 to protect law enforcement; the public interest in confirming or denying is outweighed by the public interest in protecting covert tactics."))
    b.append(("p", "None of the above can be viewed as an inference that the information you seek does or does not exist."))
    return b


def body_bare(L):
    a = AUTH[L.auth]
    b = [("line", "From: R. Hendry <r.hendry.requests@example.org>"),
         ("line", "To: %s FOI <foi@kingsmere.gov.uk>" % a["name"]),
         ("line", "Sent: %s" % fmt_date(L.date, "long")),
         ("line", "Subject: Freedom of Information request - %s" % L.title.lower()),
         ("blank",),
         ("p", "Dear %s," % a["name"]),
         ("p", "Under the Freedom of Information Act 2000 I would like the following information about civil parking enforcement in the city:")]
    for n, q in enumerate(L.parts[0].qs, 1):
        b.append(("li", n, q.text))
    b.append(("p", "I would prefer to receive the information by email. If any part of this request would exceed the cost limit, please tell me so that I can narrow it."))
    b.append(("p", "Yours faithfully,"))
    b.append(("line", "R. Hendry"))
    return b


def blocks(L):
    if L.bare:
        return body_bare(L)
    head = header_blocks(L)
    if L.style == "decision":
        body, has_expl = body_decision(L)
        foot = footer_blocks(L)
        # explanations already in the body
        foot = [blk for blk in foot if blk not in explanations(L)]
        return head + body + foot
    body = {"interleaved": body_interleaved, "youasked": body_youasked,
            "table": body_table, "restate": body_restate,
            "ncnd_all": body_ncnd_all}[L.style](L)
    return head + body + footer_blocks(L)


# --- serialisers -----------------------------------------------------------

def to_txt(bl):
    out = []
    prev = None
    for blk in bl:
        k = blk[0]
        if prev == "li" and k != "li":
            out.append("")
        prev = k
        if k in ("line", "banner"):
            out.append(blk[1])
        elif k == "blank":
            out.append("")
        elif k in ("p", "title"):
            out.append(blk[1])
            out.append("")
        elif k == "h":
            out.append("")
            out.append(blk[1])
            out.append("")
        elif k == "li":
            out.append("%d. %s" % (blk[1], blk[2]))
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            out.append("%s | %s" % hdr)
            for r in rows:
                out.append("%s | %s" % r)
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def to_md(bl):
    out = []
    for blk in bl:
        k = blk[0]
        if k == "banner":
            out.append("*%s*" % blk[1])
            out.append("")
        elif k == "line":
            out.append(blk[1] + "  ")
        elif k == "blank":
            out.append("")
        elif k == "title":
            out.append("**%s**" % blk[1])
            out.append("")
        elif k == "p":
            out.append(blk[1])
            out.append("")
        elif k == "h":
            out.append("")
            out.append("### " + blk[1])
            out.append("")
        elif k == "li":
            out.append("%d. %s" % (blk[1], blk[2]))
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            out.append("")
            out.append("| %s | %s |" % hdr)
            out.append("| --- | --- |")
            for r in rows:
                out.append("| %s | %s |" % (r[0].replace("|", "/"), r[1].replace("|", "/")))
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def to_html_body(bl):
    out = []
    in_ol = False
    for blk in bl:
        k = blk[0]
        if k != "li" and in_ol:
            out.append("</ol>")
            in_ol = False
        e = html.escape
        if k == "banner":
            out.append('<p class="banner"><em>%s</em></p>' % e(blk[1]))
        elif k == "line":
            out.append('<div class="line">%s</div>' % e(blk[1]))
        elif k == "blank":
            out.append("<br>")
        elif k == "title":
            out.append("<p><strong>%s</strong></p>" % e(blk[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(blk[1]))
        elif k == "h":
            out.append("<h3>%s</h3>" % e(blk[1]))
        elif k == "li":
            if not in_ol:
                out.append("<ol>")
                in_ol = True
            out.append('<li value="%d">%s</li>' % (blk[1], e(blk[2])))
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            t = ['<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse;width:100%">',
                 '<colgroup><col width="50%"><col width="50%"></colgroup>',
                 '<tr><th width="50%%">%s</th><th width="50%%">%s</th></tr>' % (e(hdr[0]), e(hdr[1]))]
            for r in rows:
                t.append('<tr><td width="50%%" valign="top">%s</td><td width="50%%" valign="top">%s</td></tr>' % (e(r[0]), e(r[1])))
            t.append("</table>")
            out.append("\n".join(t))
    if in_ol:
        out.append("</ol>")
    return "\n".join(out)


def to_html_doc(bl, title):
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:2cm;} .banner{text-align:center;color:#345;} h3{font-size:12pt;margin-top:14pt;}</style>
</head><body>
%s
</body></html>
""" % (html.escape(title), to_html_body(bl))


def to_disclosure_page(bl, L):
    a = AUTH[L.auth]
    site = {"kcc": "kingsmere.gov.uk", "wmc": "wessmoor.police.uk",
            "nvh": "northvale.nhs.uk", "ueb": "eastbridge.ac.uk"}[L.auth]
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>%(ref)s - %(title)s | Disclosure log | %(name)s</title></head>
<body>
<div id="cookie-banner"><p>We use cookies to make this site work and to collect anonymous analytics. <button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a href="https://www.%(site)s/">%(name)s</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<form action="/search"><input type="text" name="q" placeholder="Search this site"><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; %(ref)s</div>
<main>
<h1>%(title)s</h1>
<p class="meta">Published in our disclosure log. Personal data has been removed.</p>
<article>
%(body)s
</article>
<p><a href="/foi/disclosure-log">Back to the disclosure log</a></p>
</main>
<footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/terms">Terms and conditions</a></li></ul>
<p>&copy; %(name)s. All rights reserved.</p></footer>
</body></html>
""" % dict(ref=html.escape(L.ref), title=html.escape(L.title), name=html.escape(a["name"]),
           site=site, body=to_html_body(bl))


# --- PostScript for Ghostscript ------------------------------------------

PS_MAP = {"£": "\\243", "–": "\\261", "—": "\\320", "’": "'", "‘": "`",
          "“": "\\252", "”": "\\272", "é": "e"}


def _ps_escape(s):
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


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    words = line.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def to_ps(text, footer):
    lines = []
    for ln in text.split("\n"):
        lines.extend(_wrap(ln, 92) if ln else [""])
    per_page = 60
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = ["%!PS-Adobe-3.0", "%%%%Pages: %d" % len(pages), "%%EndComments"]
    for pi, pg in enumerate(pages, 1):
        out.append("%%%%Page: %d %d" % (pi, pi))
        out.append("/Helvetica findfont 10 scalefont setfont")
        y = 780
        for ln in pg:
            if ln:
                out.append("56 %d moveto (%s) show" % (y, _ps_escape(ln)))
            y -= 12
        out.append("/Helvetica-Oblique findfont 8 scalefont setfont")
        out.append("56 40 moveto (%s) show" % _ps_escape(footer))
        out.append("480 40 moveto (Page %d of %d) show" % (pi, len(pages)))
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"
