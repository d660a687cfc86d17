"""Rendering engine for the set K evaluation letters (standard library only)."""
import html as _html
import os
import re
import shutil
import subprocess
import textwrap
import datetime as _dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def d(s):
    return _dt.date.fromisoformat(s)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def fmt_date(s, style):
    x = d(s)
    if style == "ordinal":
        return "%s %s %d" % (ordinal(x.day), MONTHS[x.month - 1], x.year)
    if style == "long":
        return "%d %s %d" % (x.day, MONTHS[x.month - 1], x.year)
    if style == "long0":
        return "%02d %s %d" % (x.day, MONTHS[x.month - 1], x.year)
    if style == "slash":
        return "%02d/%02d/%d" % (x.day, x.month, x.year)
    if style == "us":
        return "%s %d, %d" % (MONTHS[x.month - 1], x.day, x.year)
    if style == "short":
        return "%02d %s %d" % (x.day, MONTHS[x.month - 1][:3], x.year)
    if style == "dash":
        return "%02d-%02d-%d" % (x.day, x.month, x.year)
    if style == "weekday":
        return "%s %d %s %d" % (x.strftime("%A"), x.day, MONTHS[x.month - 1], x.year)
    raise ValueError(style)


# ---------------------------------------------------------------- exemptions
EX_RE = re.compile(r"^(foisa:)?(s|reg)(\d+)((?:\([0-9A-Za-z]+\))*)$")

TITLES = {
    "s12": "cost of compliance", "s14": "vexatious requests", "s21": "information accessible by other means",
    "s24": "National Security", "s31": "Law Enforcement", "s40": "Personal Information",
    "s41": "Information provided in confidence", "s43": "Commercial Interests",
    "reg12(5)(e)": "confidentiality of commercial or industrial information",
    "reg12(5)(b)": "the course of justice", "reg12(6)": "neither confirm nor deny",
    "reg12(4)(a)": "information not held", "reg12(4)(b)": "manifestly unreasonable",
}


def fam(e):
    m = EX_RE.match(e)
    assert m, e
    if m.group(2) == "s":
        return (m.group(1) or "") + "s" + m.group(3)
    return e


def ex_text(e, v=0):
    m = EX_RE.match(e)
    assert m, e
    subs = m.group(4)
    if m.group(2) == "reg":
        return "regulation %s%s" % (m.group(3), subs)
    if v == 1:
        return "Section %s %s" % (m.group(3), " ".join(re.findall(r"\([^)]*\)", subs)).replace(") (", ")(") if subs else "")
    if v == 2:
        return "s.%s%s" % (m.group(3), subs)
    if v == 3:
        return "Section %s%s" % (m.group(3), subs)
    return "section %s%s" % (m.group(3), subs)


def ex_group_text(exs, v=0, titled=True):
    """Render a list of exemptions, collapsing s31(1)(a)+s31(1)(b) into s31(1)(a)(b)."""
    exs = list(exs)
    groups = []
    used = set()
    for e in exs:
        if e in used:
            continue
        m = re.match(r"^(s\d+\(\d+\))\(([a-z])\)$", e)
        if m:
            sib = [x for x in exs if x not in used and re.match("^" + re.escape(m.group(1)) + r"\([a-z]\)$", x)]
            if len(sib) > 1:
                letters = "".join("(%s)" % x[-2] for x in sib)
                base = ex_text(m.group(1), v)
                t = base + letters
                used.update(sib)
                groups.append((t, fam(e)))
                continue
        used.add(e)
        groups.append((ex_text(e, v), fam(e)))
    out = []
    for t, f in groups:
        if titled and f in TITLES:
            out.append("%s (%s)" % (t, TITLES[f]))
        else:
            out.append(t)
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


# ---------------------------------------------------------------- blocks
# ('lh', [lines]) ('meta', [lines]) ('h', text) ('p', text) ('pb', label, text)
# ('ol', [(label, text)]) ('table', header_or_None, [(c1, c2)]) ('sig', [lines]) ('rule',)

def cap(s):
    return s[:1].upper() + s[1:]


def numlist(nums):
    nums = sorted(nums)
    runs = []
    for n in nums:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    parts = []
    for a, b in runs:
        if b - a >= 2:
            parts.append("%d-%d" % (a, b))
        elif b == a + 1:
            parts += [str(a), str(b)]
        else:
            parts.append(str(a))
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def to_txt(blocks, noise=None, noise_every=40):
    lines = []
    for b in blocks:
        k = b[0]
        if k in ("lh", "meta", "sig"):
            lines += list(b[1]) + [""]
        elif k == "h":
            lines += [b[1], ""]
        elif k == "p":
            lines += [b[1], ""]
        elif k == "pb":
            if b[1].endswith("\n"):
                lines += [b[1].rstrip("\n"), b[2], ""]
            else:
                lines += [b[1] + " " + b[2], ""]
        elif k == "ol":
            for lab, t in b[1]:
                lines.append((lab + " " + t) if lab else t)
            lines.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            if hdr:
                lines += [hdr[0] + "  |  " + hdr[1], ""]
            for c1, c2 in rows:
                lines += [c1, "    " + c2, ""]
        elif k == "rule":
            lines += ["-" * 60, ""]
        else:
            raise ValueError(k)
    if noise:
        out = []
        count = 0
        for ln in lines:
            out.append(ln)
            count += 1
            if count >= noise_every and ln == "":
                out += ["", ""] + noise + ["", ""]
                count = 0
        out += ["", ""] + noise
        lines = out
    return "\n".join(lines).rstrip() + "\n"


def md_escape_num(t):
    # stop markdown from renumbering "1." lines is not needed for plain text readers
    return t


def to_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            out.append("**" + b[1][0] + "**  ")
            out += [x + "  " for x in b[1][1:]]
            out.append("")
        elif k in ("meta", "sig"):
            out += [x + "  " for x in b[1]]
            out.append("")
        elif k == "h":
            out += ["## " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "pb":
            lab = b[1].rstrip("\n")
            if b[1].endswith("\n"):
                out += ["**" + lab + "**", "", b[2], ""]
            else:
                out += ["**" + lab + "** " + b[2], ""]
        elif k == "ol":
            for lab, t in b[1]:
                out.append(((lab + " ") if lab else "- ") + t)
            out.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            hdr = hdr or ("Request", "Response")
            out += ["| %s | %s |" % hdr, "| --- | --- |"]
            for c1, c2 in rows:
                out.append("| %s | %s |" % (c1.replace("|", "/"), c2.replace("|", "/")))
            out.append("")
        elif k == "rule":
            out += ["---", ""]
    return "\n".join(out).rstrip() + "\n"


def esc(t):
    return _html.escape(t, quote=False)


def to_html_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            out.append('<div class="lh"><p><b>%s</b><br>%s</p></div>' % (esc(b[1][0]), "<br>".join(esc(x) for x in b[1][1:])))
        elif k in ("meta", "sig"):
            out.append("<p>%s</p>" % "<br>".join(esc(x) for x in b[1]))
        elif k == "h":
            out.append("<h3>%s</h3>" % esc(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % esc(b[1]))
        elif k == "pb":
            lab = b[1].rstrip("\n")
            if b[1].endswith("\n"):
                out.append("<p><b>%s</b></p><p>%s</p>" % (esc(lab), esc(b[2])))
            else:
                out.append("<p><b>%s</b> %s</p>" % (esc(lab), esc(b[2])))
        elif k == "ol":
            out.append("<div>" + "".join("<p>%s</p>" % esc(((lab + " ") if lab else "\u2022 ") + t) for lab, t in b[1]) + "</div>")
        elif k == "table":
            hdr, rows = b[1], b[2]
            s = ['<table border="1" cellpadding="6" cellspacing="0" width="100%">']
            if hdr:
                s.append("<tr><th width=\"45%%\">%s</th><th>%s</th></tr>" % (esc(hdr[0]), esc(hdr[1])))
            for c1, c2 in rows:
                s.append("<tr><td width=\"45%%\" valign=\"top\">%s</td><td valign=\"top\">%s</td></tr>" % (esc(c1), esc(c2)))
            s.append("</table>")
            out.append("\n".join(s))
        elif k == "rule":
            out.append("<hr>")
    return "\n".join(out)


def html_doc(blocks, title, css=True, top_marking=None):
    style = ""
    if css:
        style = ("<style>body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:0 8mm;}"
                 "h3{font-size:12pt;margin-top:14pt}table{border-collapse:collapse}"
                 "td,th{border:1px solid #444;padding:4pt;text-align:left}"
                 ".marking{text-align:center;font-weight:bold}@page{size:A4;margin:18mm}</style>")
    mark = '<p class="marking">%s</p>' % esc(top_marking) if top_marking else ""
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head>\n<body>\n%s\n%s\n</body></html>\n'
            % (esc(title), style, mark, to_html_body(blocks)))


def html_disclosure_page(blocks, title, site, meta_rows):
    nav = " | ".join(esc(x) for x in site["nav"])
    crumbs = " &gt; ".join(esc(x) for x in site["crumbs"])
    meta = "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in meta_rows)
    return """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>%(title)s | %(site)s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div id="cookie-banner" role="region" aria-label="Cookies">
<p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<header><a class="skip" href="#main">Skip to main content</a>
<div class="brand">%(site)s</div>
<nav>%(nav)s</nav>
<form action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
</header>
<div class="breadcrumbs">%(crumbs)s</div>
<main id="main">
<h1>%(title)s</h1>
<table class="foi-meta">%(meta)s</table>
<article class="foi-response">
%(body)s
</article>
<aside><h2>Related content</h2><ul><li><a href="/foi/how-to-make-a-request">How to make a request</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li><li><a href="/publication-scheme">Publication scheme</a></li></ul>
<p>Was this page helpful? <a href="/feedback">Yes</a> <a href="/feedback">No</a></p></aside>
</main>
<footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>%(copy)s</p></footer>
</body>
</html>
""" % dict(title=esc(title), site=esc(site["name"]), nav=nav, crumbs=crumbs, meta=meta,
           body=to_html_body(blocks), copy=esc(site["copy"]))


# ---------------------------------------------------------------- PostScript for Ghostscript
PS_REPL = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
           "\u2022": "-", "\u2026": "...", "\u00a0": " "}


def ps_str(s):
    for a, b in PS_REPL.items():
        s = s.replace(a, b)
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "".join(out)


def to_ps(text, header=None, footer=None, width=84, per_page=56):
    lines = []
    for raw in text.split("\n"):
        if not raw.strip():
            lines.append("")
            continue
        ind = len(raw) - len(raw.lstrip())
        lines += textwrap.wrap(raw, width=width, subsequent_indent=" " * ind, break_long_words=True) or [""]
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    total = len(pages)
    ps = ["%!PS-Adobe-3.0", "%%Pages: " + str(total),
          "/Courier findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put dup 39 /quotesingle put def currentdict end /CourierL1 exch definefont pop",
          "/Courier-Bold findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put dup 39 /quotesingle put def currentdict end /CourierBL1 exch definefont pop",
          "<< /PageSize [595 842] >> setpagedevice"]
    for i, pg in enumerate(pages, 1):
        ps.append("%%%%Page: %d %d" % (i, i))
        if header:
            ps.append("/CourierBL1 findfont 9 scalefont setfont")
            ps.append("%d 812 moveto (%s) show" % (297 - len(header) * 27 // 10, ps_str(header)))
        ps.append("/CourierL1 findfont 10 scalefont setfont")
        y = 785
        for ln in pg:
            if ln:
                ps.append("42 %d moveto (%s) show" % (y, ps_str(ln)))
            y -= 13
        ft = "Page %d of %d" % (i, total)
        if footer:
            ft = footer + "        " + ft
        ps.append("/CourierL1 findfont 8 scalefont setfont")
        ps.append("42 30 moveto (%s) show" % ps_str(ft))
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"


# ---------------------------------------------------------------- converters
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s" % (" ".join(cmd), r.stderr.decode(errors="replace")[-2000:]))
    return r


def soffice_convert(src_files, outdir, target, lo_profile):
    """target: 'pdf' or 'docx'"""
    if not src_files:
        return
    os.makedirs(outdir, exist_ok=True)
    filt = 'pdf:writer_pdf_Export' if target == "pdf" else 'docx:MS Word 2007 XML'
    run(["soffice", "-env:UserInstallation=file://" + lo_profile, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", filt, "--outdir", outdir] + list(src_files))


def chromium_pdf(src, dst, profile):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + profile, "--print-to-pdf=" + dst, "file://" + src])


def gs_pdf(ps_file, dst):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + dst, ps_file])


def pdftotext(path):
    return run(["pdftotext", "-layout", path, "-"]).stdout.decode("utf-8", errors="replace")
