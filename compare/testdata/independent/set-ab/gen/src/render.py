"""Rendering of fictional FOI letters from their truth (see data.py).

Standard library only.  A letter is turned into a list of blocks, and the
blocks into text, markdown or HTML; HTML is converted to DOCX / PDF by the
real producers (LibreOffice, Chromium), text to PostScript for Ghostscript.
"""
import html
import re
import textwrap
import datetime

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def fmt_date(iso, style):
    d = datetime.date.fromisoformat(iso)
    if style == "long":          # 13 December 2024
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "ord":           # 13th December 2024
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == "slash":         # 13/12/2024
        return d.strftime("%d/%m/%Y")
    if style == "short":         # 13 Dec 2024
        return "%02d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "us":            # December 13, 2024
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dash":          # 13-12-2024
        return d.strftime("%d-%m-%Y")
    if style == "day":           # Tuesday 13 December 2024
        return "%s %d %s %d" % (d.strftime("%A"), d.day, MONTHS[d.month - 1], d.year)
    raise ValueError(style)


# --------------------------------------------------------------------------
# exemptions

TITLES = {
    "s21": "information reasonably accessible by other means",
    "s12(1)": "cost of compliance exceeds the appropriate limit",
    "s24(1)": "national security",
    "s24(2)": "national security",
    "s31(1)(a)": "law enforcement",
    "s31(1)(b)": "law enforcement",
    "s31(3)": "law enforcement",
    "s36(2)(c)": "prejudice to the effective conduct of public affairs",
    "s40(2)": "personal information",
    "s43(2)": "commercial interests",
    "reg12(5)(e)": "confidentiality of commercial or industrial information",
}


def _split(e):
    """s31(1)(a) -> ('section', '31', '(1)', 'a'); reg12(5)(e) -> ('regulation', ...)"""
    m = re.match(r"^(s|reg)(\d+)((?:\(\w+\))*)$", e)
    kind = "section" if m.group(1) == "s" else "regulation"
    groups = re.findall(r"\((\w+)\)", m.group(3))
    tail = groups[-1] if groups and groups[-1].isalpha() else None
    base = "".join("(%s)" % g for g in (groups[:-1] if tail else groups))
    return kind, m.group(2), base, tail


def _groups(exs):
    out = []
    for e in exs:
        kind, num, base, tail = _split(e)
        if out and out[-1][0] == kind and out[-1][1] == num and out[-1][2] == base and tail and out[-1][3]:
            out[-1][3].append(tail)
            out[-1][4].append(e)
        else:
            out.append([kind, num, base, [tail] if tail else [], [e]])
    return out


def exphrase(exs, style="plain"):
    """Render applied exemptions.  style: plain | police | short | spaced | titled"""
    parts = []
    for kind, num, base, tails, members in _groups(exs):
        title = TITLES.get(members[0], "")
        if style == "police":
            s = "Section %s%s%s" % (num, base, "".join("(%s)" % t for t in tails))
            if kind == "regulation":
                s = "Regulation " + s[len("Section "):]
            s += " " + title.title().replace("Of ", "of ").replace("By ", "by ")
        elif style == "short":
            s = ("s.%s%s" if kind == "section" else "reg. %s%s") % (num, base)
            s += "".join("(%s)" % t for t in tails[:1])
            for t in tails[1:]:
                s += " and (%s)" % t
        elif style == "spaced":
            s = "%s %s %s" % ("Section" if kind == "section" else "Regulation", num,
                              " ".join([base] + ["(%s)" % t for t in tails]).strip())
            s = s.replace(") (", ")(") if len(tails) > 1 else s
            s += " (%s)" % title
        else:   # plain / titled
            s = "%s %s%s" % (kind, num, base)
            if tails:
                s += "(%s)" % tails[0]
                for t in tails[1:]:
                    s += " and (%s)" % t
            if kind == "regulation":
                s += " of the Environmental Information Regulations 2004"
            s += " (%s)" % title
        parts.append(s)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# --------------------------------------------------------------------------
# stance wording per authority

def stance_text(A, q, L):
    st, ex = q["st"], q["ex"]
    if q.get("a"):
        return q["a"]
    es = A["exstyle"]
    if st == "withheld":
        return A["withheld"].format(ex=exphrase(ex, es), name=A["name"], short=A["short"],
                                    Short=A["short"][0].upper() + A["short"][1:])
    if st == "ncnd":
        return A["ncnd"].format(ex=exphrase(ex, es), name=A["name"], short=A["short"],
                                Short=A["short"][0].upper() + A["short"][1:])
    if st == "not_held":
        return A["not_held"].format(name=A["name"], short=A["short"],
                                    Short=A["short"][0].upper() + A["short"][1:])
    if st == "refused":
        return "Please see the explanation above: this part of your request is refused under %s." % exphrase(ex, es)
    raise ValueError("released question without answer text: %r" % q["text"])


# --------------------------------------------------------------------------
# blocks

def P(s):
    return ("p", s)


def H(s):
    return ("h", s)


def LAB(label, s):
    return ("lab", label, s)


def LINES(ls):
    return ("lines", list(ls))


def TABLE(headers, rows):
    return ("table", list(headers), [list(r) for r in rows])


def numrefs(nums, compress=True):
    nums = sorted(nums)
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        if compress and j - i >= 2:
            out.append("%d-%d" % (nums[i], nums[j]))
            i = j + 1
        else:
            out.append(str(nums[i]))
            i += 1
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


def refs_phrase(items, nparts):
    """items: list of (part, num)"""
    if nparts == 1:
        nums = [n for _, n in items]
        return ("question " if len(nums) == 1 else "questions ") + numrefs(nums)
    bits = []
    for p in sorted(set(p for p, _ in items)):
        nums = [n for pp, n in items if pp == p]
        bits.append("%s %s in part %d of your request" % ("question" if len(nums) == 1 else "questions",
                                                         numrefs(nums), p))
    return " and ".join(bits)


def request_blocks(L, numfmt="{n}. "):
    """The request restated, parts and numbering as the requester wrote it."""
    out = []
    for pi, part in enumerate(L["parts"]):
        if part.get("head"):
            out.append(H(part["head"]))
        if part.get("intro"):
            out.append(P(part["intro"]))
        for qi, q in enumerate(part["qs"]):
            if qi in part.get("subheads", {}):
                out.append(H(part["subheads"][qi]))
            out.append(P(numfmt.format(n=qi + 1) + q["text"]))
    return out


def body(L, A):
    style = L["style"]
    nparts = len(L["parts"])
    out = []
    v = L.get("variant", "")
    if style == "restate":
        out.append(P(L.get("lead", "I note you seek access to the following information:")))
        if L.get("preamble"):
            out.append(P(L["preamble"]))
        out += request_blocks(L)
        out.append(H(L.get("resp_head", "Response")))
        if L.get("resp_intro"):
            out.append(P(L["resp_intro"]))
        key = {"dash": "Question {n} \u2013 ", "q": "Q{n}: ", "num": "{n}. ",
               "point": "In answer to point {n}: ", "ans": "Answer {n}: "}[v or "dash"]
        for pi, part in enumerate(L["parts"]):
            if nparts > 1:
                out.append(H("Part %d" % (pi + 1)))
            for qi, q in enumerate(part["qs"]):
                out.append(P(key.format(n=qi + 1) + stance_text(A, q, L)))
    elif style == "interleaved":
        if L.get("preamble"):
            out.append(P(L["preamble"]))
        for pi, part in enumerate(L["parts"]):
            if part.get("head"):
                out.append(H(part["head"]))
            for qi, q in enumerate(part["qs"]):
                if qi in part.get("subheads", {}):
                    out.append(H(part["subheads"][qi]))
                n = qi + 1
                if v == "request":
                    out.append(H("Request %d" % n))
                    out.append(P(q["text"]))
                    out.append(H("Answer"))
                    out.append(P(stance_text(A, q, L)))
                elif v == "qa":
                    out.append(LAB("Q%d." % n, q["text"]))
                    out.append(LAB("A%d." % n, stance_text(A, q, L)))
                else:
                    out.append(P("%d. %s" % (n, q["text"])))
                    out.append(LAB("Response:", stance_text(A, q, L)))
    elif style == "youasked":
        if L.get("preamble"):
            out.append(P(L["preamble"]))
        for pi, part in enumerate(L["parts"]):
            if part.get("head"):
                out.append(H(part["head"]))
            for qi, q in enumerate(part["qs"]):
                if v == "numbered":
                    out.append(H("Question %d" % (qi + 1)))
                out.append(LAB("You asked:", q["text"]))
                out.append(LAB("Our response:", stance_text(A, q, L)))
    elif style == "table":
        if L.get("preamble"):
            out.append(P(L["preamble"]))
        hdr = L.get("table_head", ("Your request", "Our response"))
        for pi, part in enumerate(L["parts"]):
            if part.get("head"):
                out.append(H(part["head"]))
            rows = []
            for qi, q in enumerate(part["qs"]):
                if qi in part.get("subheads", {}):
                    rows.append([part["subheads"][qi], ""])
                rows.append(["%d. %s" % (qi + 1, q["text"]), stance_text(A, q, L)])
            out.append(TABLE(hdr, rows))
    elif style == "prose":
        out.append(P(L.get("lead", "You asked:")))
        out.append(P("\u201c" + L["prose"] + "\u201d"))
        if L.get("refusal"):
            out += [P(x) for x in L["refusal"]]
        else:
            out.append(P(L.get("resp_intro", "Taking your questions in the order you asked them:")))
            for qi, q in enumerate(L["parts"][0]["qs"]):
                out.append(P("%d) %s" % (qi + 1, stance_text(A, q, L))))
    elif style == "decision":
        out.append(P(L.get("lead", "I note you seek access to the following information:")))
        if L.get("preamble"):
            out.append(P(L["preamble"]))
        out += request_blocks(L)
        groups = {}
        order = []
        for pi, part in enumerate(L["parts"]):
            for qi, q in enumerate(part["qs"]):
                if q["st"] in ("withheld", "ncnd"):
                    k = (q["st"], tuple(q["ex"]))
                    if k not in groups:
                        groups[k] = []
                        order.append(k)
                    groups[k].append((pi + 1, qi + 1))
        first = True
        for k in order:
            st, ex = k
            refs = refs_phrase(groups[k], nparts)
            exs = exphrase(list(ex), A["exstyle"])
            if st == "withheld":
                if first:
                    out.append(P("Your request has now been considered and I can confirm that %s does hold "
                                 "information you have requested; however, I am applying the exemption at %s "
                                 "to %s." % (A["name"], exs, refs)))
                else:
                    out.append(P("In addition, the information requested at %s is withheld under %s." % (refs, exs)))
            else:
                out.append(P("In relation to %s, %s can neither confirm nor deny that it holds information, "
                             "by virtue of %s. This response should not be taken as an indication "
                             "that information does or does not exist." % (refs, A["name"], exs)))
            first = False
        out += A["harm"](L)
        rest = [(pi, qi, q) for pi, part in enumerate(L["parts"]) for qi, q in enumerate(part["qs"])
                if q["st"] not in ("withheld", "ncnd")]
        if rest:
            items = [(pi + 1, qi + 1) for pi, qi, _ in rest]
            out.append(P("The response to %s is provided below." % refs_phrase(items, nparts)))
            cur = None
            for pi, qi, q in rest:
                if nparts > 1 and pi != cur:
                    out.append(H("Part %d" % (pi + 1)))
                    cur = pi
                out.append(P("Question %d \u2013 %s" % (qi + 1, stance_text(A, q, L))))
    elif style == "custom":
        out += L["custom"](L, A)
    else:
        raise ValueError(style)
    return out


def letter_blocks(L, A, draft=False):
    out = []
    if A.get("marking"):
        out.append(P(A["marking"]))
    if draft and L.get("draft_mark", True):
        out.append(P("DRAFT \u2013 NOT YET ISSUED"))
    out.append(LINES(A["letterhead"]))
    ds = fmt_date(L["date"], L.get("datestyle", A["datestyle"]))
    rs = fmt_date(L["received"], L.get("datestyle", A["datestyle"])) if L.get("received") else ""
    out.append(LINES([x.format(ref=L["ref"], date=ds) for x in A["metalines"]]))
    out.append(P(A.get("salutation", "Dear")))
    regime = L.get("regime", "foia")
    act = "Environmental Information Regulations 2004" if regime == "eir" else "Freedom of Information Act 2000"
    out.append(H(A["subject"].format(ref=L["ref"], title=L["title"], act=act, ACT=act.upper())))
    if L.get("intro"):
        out.append(P(L["intro"].format(received=rs, name=A["name"], act=act)))
    else:
        out.append(P(A["intro"].format(received=rs, name=A["name"], act=act, ref=L["ref"])))
    out += body(L, A)
    if L.get("after"):
        out += [P(x) for x in L["after"]]
    out += A["closing"](L)
    return out


# --------------------------------------------------------------------------
# output formats

def to_text(blocks, wrap=0, banner=None, banner_every=0):
    res = []
    count = 0
    for b in blocks:
        kind = b[0]
        if kind == "lines":
            res.extend(b[1])
        elif kind == "p":
            s = b[1]
            res.extend(textwrap.wrap(s, wrap) if wrap and len(s) > wrap else [s])
        elif kind == "h":
            res.append(b[1])
        elif kind == "lab":
            s = b[1] + " " + b[2]
            res.extend(textwrap.wrap(s, wrap) if wrap and len(s) > wrap else [s])
        elif kind == "table":
            # Word tables flattened by text extraction: cells one after the other
            for r in [b[1]] + b[2]:
                res.append("    ".join(c for c in r if c))
        res.append("")
        count += 1
        if banner and banner_every and count % banner_every == 0:
            res.extend(["", banner, ""])
    return "\n".join(res).rstrip() + "\n"


def to_md(blocks):
    res = []
    for b in blocks:
        kind = b[0]
        if kind == "lines":
            res.append("  \n".join(b[1]))
        elif kind == "p":
            res.append(b[1])
        elif kind == "h":
            res.append("**%s**" % b[1] if len(b[1]) > 60 else "### " + b[1])
        elif kind == "lab":
            res.append("**%s** %s" % (b[1], b[2]))
        elif kind == "table":
            res.append("| " + " | ".join(b[1]) + " |")
            res[-1] += "\n|" + "---|" * len(b[1])
            for r in b[2]:
                res[-1] += "\n| " + " | ".join(c.replace("|", "/") for c in r) + " |"
        res.append("")
    return "\n".join(res).rstrip() + "\n"


def blocks_html(blocks):
    e = html.escape
    res = []
    for b in blocks:
        kind = b[0]
        if kind == "lines":
            res.append("<p>" + "<br>\n".join(e(x) for x in b[1]) + "</p>")
        elif kind == "p":
            res.append("<p>%s</p>" % e(b[1]))
        elif kind == "h":
            res.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "lab":
            res.append("<p><strong>%s</strong> %s</p>" % (e(b[1]), e(b[2])))
        elif kind == "table":
            t = ['<table border="1" cellspacing="0" cellpadding="5" width="100%" style="border-collapse:collapse;width:100%">',
                 '<col width="50%"><col width="50%">']
            t.append("<tr>" + "".join('<th width="50%%">%s</th>' % e(h) for h in b[1]) + "</tr>")
            for r in b[2]:
                if len(r) == 2 and not r[1]:
                    t.append('<tr><td colspan="2"><strong>%s</strong></td></tr>' % e(r[0]))
                else:
                    t.append("<tr>" + "".join('<td valign="top">%s</td>' % e(c) for c in r) + "</tr>")
            t.append("</table>")
            res.append("\n".join(t))
    return "\n".join(res)


def html_letter(blocks, title, font="Arial"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n"
            "<style>body{font-family:%s,sans-serif;font-size:11pt;margin:0;} h3{font-size:11pt;}"
            " td,th{font-size:10pt;text-align:left;}</style></head>\n<body>\n%s\n</body></html>\n"
            % (html.escape(title), font, blocks_html(blocks)))


def html_page(blocks, A, L, draft=False):
    """A disclosure-log web page around the letter."""
    e = html.escape
    site = A["site"]
    nav = "".join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "-"), e(x)) for x in site["nav"])
    related = "".join('<li><a href="/foi/%s">%s</a></li>' % (r.replace("/", "-"), e(r + " \u2013 " + t))
                      for r, t in site.get("related", []))
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>%(title)s | %(sitename)s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on %(sitename)s">
<p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.</p>
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<header><a class="logo" href="/">%(sitename)s</a>
<nav><ul>%(nav)s</ul></nav>
<form action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; %(title)s</div>
<main>
<h1>%(title)s</h1>
<dl class="meta"><dt>Reference</dt><dd>%(ref)s</dd><dt>Date of response</dt><dd>%(date)s</dd><dt>Category</dt><dd>%(cat)s</dd></dl>
<article>
%(body)s
</article>
</main>
<aside><h2>Related disclosures</h2><ul>%(related)s</ul></aside>
<footer>
<p>Was this page useful? <a href="/feedback">Yes</a> <a href="/feedback">No</a></p>
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; %(sitename)s %(year)s</p>
</footer>
</body></html>
""" % dict(title=e(L["title"]), sitename=e(site["name"]), nav=nav, ref=e(L["ref"]),
           date=e(fmt_date(L["date"], "long")), cat=e(L.get("category", "Corporate")),
           body=blocks_html(blocks), related=related, year=L["date"][:4])


# --------------------------------------------------------------------------
# PostScript for Ghostscript

PSMAP = {'\u2013': 150, '\u2014': 151, '\u2018': 145, '\u2019': 146, '\u201c': 147, '\u201d': 148,
         '\u2022': 149}


def _ps_esc(s):
    out = []
    for c in s:
        if c in PSMAP:
            out.append('\\%03o' % PSMAP[c])
            continue
        ch = ord(c) if ord(c) < 256 else ord('?')
        c = chr(ch)
        if c in '()\\':
            out.append('\\' + c)
        elif ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(c)
    return "".join(out)


def to_ps(text, footer=None, size=10):
    lines = []
    text = text.rstrip() + "\n"
    for raw in text.split("\n"):
        if len(raw) > 92:
            lines.extend(textwrap.wrap(raw, 92))
        else:
            lines.append(raw)
    while lines and not lines[-1].strip():
        lines.pop()
    per_page = 56
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    ps = ["%!PS-Adobe-3.0", "%%Pages: " + str(len(pages)),
          "/MyEnc ISOLatin1Encoding 256 array copy def",
          "MyEnc 45 /hyphen put MyEnc 39 /quotesingle put MyEnc 96 /grave put MyEnc 150 /endash put "
          "MyEnc 151 /emdash put MyEnc 145 /quoteleft put MyEnc 146 /quoteright put "
          "MyEnc 147 /quotedblleft put MyEnc 148 /quotedblright put MyEnc 149 /bullet put",
          "/Helvetica findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding MyEnc def currentdict end /Helv-L exch definefont pop",
          "<< /PageSize [595 842] >> setpagedevice"]
    for n, pg in enumerate(pages, 1):
        ps.append("%%%%Page: %d %d" % (n, n))
        ps.append("/Helv-L findfont %d scalefont setfont" % size)
        y = 790
        for l in pg:
            if l.strip():
                ps.append("56 %d moveto (%s) show" % (y, _ps_esc(l)))
            y -= 13
        ps.append("/Helv-L findfont 8 scalefont setfont")
        if footer:
            ps.append("56 40 moveto (%s) show" % _ps_esc(footer))
        ps.append("500 40 moveto (Page %d of %d) show" % (n, len(pages)))
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"
