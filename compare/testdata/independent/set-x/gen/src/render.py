"""Rendering helpers for set X (standard library only).

A letter is rendered in two steps: a house style turns the truth into a list of
blocks, and a format writer turns the blocks into .txt, .md, disclosure-log
.html, letter .html (for LibreOffice / Chromium) or PostScript (for Ghostscript).

Blocks:
  ("lh", [lines])        letterhead lines
  ("h", text)            heading
  ("p", text)            paragraph
  ("li", label, text)    list item (label may be "")
  ("table", header, rows) two-column table (header may be None)
  ("banner", text)       a repeated banner/marking
  ("sig", [lines])       signature block
"""
import datetime
import html as _html
import re

# ---------------------------------------------------------------- dates

def ordinal(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(iso, style):
    d = datetime.date.fromisoformat(iso)
    month = d.strftime("%B")
    if style == "ord":
        return "%s %s %d" % (ordinal(d.day), month, d.year)
    if style == "long":
        return "%d %s %d" % (d.day, month, d.year)
    if style == "us":
        return "%s %d, %d" % (month, d.day, d.year)
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "short":
        return d.strftime("%d %b %Y")
    if style == "day":
        return "%s %d %s %d" % (d.strftime("%A"), d.day, month, d.year)
    raise ValueError(style)

# ---------------------------------------------------------------- text out

def blocks_to_text(blocks, wrap=None):
    out = []

    def para(t):
        if wrap:
            out.extend(_wrap(t, wrap))
        else:
            out.append(t)

    for b in blocks:
        k = b[0]
        if k == "lh":
            out.extend(b[1])
            out.append("")
        elif k == "h":
            out.append(b[1])
            out.append("")
        elif k == "p":
            para(b[1])
            out.append("")
        elif k == "li":
            lab, t = b[1], b[2]
            para((lab + " " if lab else "") + t)
            out.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            # plain text fallback: label / value pairs
            for r in rows:
                out.append(r[0])
                out.append("    " + r[1])
                out.append("")
        elif k == "banner":
            out.append("")
            out.append(b[1])
            out.append("")
        elif k == "sig":
            out.extend(b[1])
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _wrap(t, width):
    words = t.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines or [""]


def blocks_to_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            out.append("**" + b[1][0] + "**  ")
            out.extend(l + "  " for l in b[1][1:])
            out.append("")
        elif k == "h":
            out.append("## " + b[1])
            out.append("")
        elif k == "p":
            out.append(b[1])
            out.append("")
        elif k == "li":
            lab, t = b[1], b[2]
            if lab:
                out.append("%s %s" % (lab.replace("(", "\\(") if lab.startswith("(") else lab, t))
            else:
                out.append("- " + t)
            out.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            h = hdr or ("", "")
            out.append("| %s | %s |" % (h[0], h[1]))
            out.append("| --- | --- |")
            for r in rows:
                out.append("| %s | %s |" % (r[0].replace("|", "/"), r[1].replace("|", "/")))
            out.append("")
        elif k == "banner":
            out.append("*" + b[1] + "*")
            out.append("")
        elif k == "sig":
            out.extend(l + "  " for l in b[1])
            out.append("")
    return "\n".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- html out

def _e(t):
    return _html.escape(t, quote=False)


def blocks_to_html_body(blocks, footer=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            out.append('<div class="lh">' + "<br>".join(_e(l) for l in b[1]) + "</div>")
        elif k == "h":
            out.append("<h3>%s</h3>" % _e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % _e(b[1]))
        elif k == "li":
            lab, t = b[1], b[2]
            if lab:
                out.append('<p class="li">%s %s</p>' % (_e(lab), _e(t)))
            else:
                out.append('<ul><li>%s</li></ul>' % _e(t))
        elif k == "table":
            hdr, rows = b[1], b[2]
            s = ['<table>']
            if hdr:
                s.append("<tr><th>%s</th><th>%s</th></tr>" % (_e(hdr[0]), _e(hdr[1])))
            for r in rows:
                s.append('<tr><td class="c1">%s</td><td>%s</td></tr>' % (_e(r[0]), _e(r[1])))
            s.append("</table>")
            out.append("\n".join(s))
        elif k == "banner":
            out.append('<p class="banner">%s</p>' % _e(b[1]))
        elif k == "sig":
            out.append("<p>" + "<br>".join(_e(l) for l in b[1]) + "</p>")
    return "\n".join(out)


LETTER_CSS = """
body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35; }
.lh { text-align: right; margin-bottom: 18pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 6pt 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
td, th { border: 1px solid #444; padding: 4pt; vertical-align: top; text-align: left; }
td.c1 { width: 42%; }
p.li { margin-left: 18pt; }
p.banner { text-align: center; font-size: 8.5pt; color: #333; }
"""


def letter_html(blocks, title, fixed_footer=None):
    foot = ""
    css = LETTER_CSS
    if fixed_footer:
        css += ("@page { size: A4; margin: 18mm 17mm 22mm 17mm; "
                "@bottom-center { content: \"%s\"; font-size: 8pt; } "
                "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 8pt; } }\n"
                % fixed_footer.replace('"', ''))
    else:
        css += "@page { size: A4; margin: 20mm; }\n"
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>%s</style></head><body>\n%s\n%s\n</body></html>\n"
            % (_e(title), css, foot, blocks_to_html_body(blocks)))


def disclosure_page(blocks, site, page_title, meta_rows):
    nav = " | ".join('<a href="/%s">%s</a>' % (re.sub(r"\W+", "-", n.lower()), _e(n)) for n in site["nav"])
    meta = "".join("<dt>%s</dt><dd>%s</dd>" % (_e(a), _e(b)) for a, b in meta_rows)
    return """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>%(t)s - %(site)s</title>
<style>body{font-family:sans-serif;max-width:60em;margin:auto} .cookie{background:#ffd;padding:8px} nav{background:#234;color:#fff;padding:6px} nav a{color:#fff} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px;vertical-align:top}</style>
</head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this site work and to collect analytics. <button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><p class="site-name">%(site)s</p><nav>%(nav)s</nav>
<p class="breadcrumb">Home &gt; %(crumb)s &gt; Disclosure log</p>
<form role="search"><input type="search" placeholder="Search this site"><button>Search</button></form></header>
<main>
<h1>%(t)s</h1>
<dl class="meta">%(meta)s</dl>
<article>
%(body)s
</article>
<p class="feedback">Was this page useful? <a href="/feedback">Yes</a> / <a href="/feedback">No</a></p>
</main>
<footer><p>%(foot)s</p><p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy notice</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
""" % {"t": _e(page_title), "site": _e(site["name"]), "nav": nav, "crumb": _e(site["crumb"]),
       "meta": meta, "body": blocks_to_html_body(blocks), "foot": _e(site["footer"])}

# ---------------------------------------------------------------- PostScript out (for Ghostscript)

_PS_MAP = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
           "\u2026": "...", "\u2022": "\xb7", "\u00a0": " "}


def _ps_str(s):
    out = []
    for ch in s:
        ch = _PS_MAP.get(ch, ch)
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


def _cw(c):
    if c in "il.,;:'|!jtfr I()[]-":
        return 0.30
    if c in "mwMW@":
        return 0.86
    if c.isupper():
        return 0.68
    if c.isdigit():
        return 0.556
    return 0.53


def _ps_wrap(t, width_pt, size):
    words = t.split()
    lines, cur, curw = [], "", 0.0
    sp = _cw(" ") * size
    for w in words:
        ww = sum(_cw(c) for c in w) * size
        if cur and curw + sp + ww > width_pt:
            lines.append(cur)
            cur, curw = w, ww
        else:
            cur = (cur + " " + w) if cur else w
            curw = curw + (sp if curw else 0) + ww
    if cur:
        lines.append(cur)
    return lines or [""]


def blocks_to_ps(blocks, title, footer=None):
    W, H, M = 595, 842, 60
    size, lead = 10, 13.2
    pages, cur = [], []
    y = [H - M]

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []
        y[0] = H - M

    def need(h):
        if y[0] - h < M + 20:
            newpage()

    def line(t, x=M, font="F1", sz=size):
        need(lead)
        cur.append("/%s %d selectfont %d %.1f moveto %s show" % (font, sz, x, y[0], _ps_str(t)))
        y[0] -= lead

    for b in blocks:
        k = b[0]
        if k == "lh":
            for l in b[1]:
                wdt = sum(_cw(c) for c in l) * size
                line(l, x=int(W - M - wdt))
            y[0] -= lead
        elif k == "h":
            y[0] -= 3
            for l in _ps_wrap(b[1], W - 2 * M, 11):
                line(l, font="F2", sz=11)
            y[0] -= 4
        elif k in ("p", "li"):
            if k == "p":
                lab, t = "", b[1]
            else:
                lab, t = b[1], b[2]
            indent = 0
            if k == "li":
                indent = 22
                if not lab:
                    lab = "\xb7"
                elif len(lab) > 4:
                    t, lab, indent = lab + " " + t, "", 0
            ls = _ps_wrap(t, W - 2 * M - indent, size)
            need(lead * min(len(ls), 2))
            for i, l in enumerate(ls):
                if i == 0 and lab and indent:
                    cur.append("/F1 %d selectfont %d %.1f moveto %s show" % (size, M, y[0], _ps_str(lab)))
                line(l, x=M + indent)
            y[0] -= 5
        elif k == "table":
            hdr, rows = b[1], b[2]
            c1w = int((W - 2 * M) * 0.42)
            x2 = M + c1w + 8
            allrows = ([(hdr, True)] if hdr else []) + [(r, False) for r in rows]
            for r, bold in allrows:
                l1 = _ps_wrap(r[0], c1w - 8, size)
                l2 = _ps_wrap(r[1], W - M - x2 - 4, size)
                n = max(len(l1), len(l2))
                need(lead * n + 6)
                top = y[0] + lead - 2
                cur.append("0.5 setlinewidth %d %.1f moveto %d %.1f lineto stroke" % (M, top, W - M, top))
                f = "F2" if bold else "F1"
                for i in range(n):
                    if i < len(l1):
                        cur.append("/%s %d selectfont %d %.1f moveto %s show" % (f, size, M + 3, y[0], _ps_str(l1[i])))
                    if i < len(l2):
                        cur.append("/%s %d selectfont %d %.1f moveto %s show" % (f, size, x2, y[0], _ps_str(l2[i])))
                    y[0] -= lead
                y[0] -= 4
            cur.append("0.5 setlinewidth %d %.1f moveto %d %.1f lineto stroke" % (M, y[0] + lead - 2, W - M, y[0] + lead - 2))
            y[0] -= 6
        elif k == "banner":
            line(b[1], x=int(W / 2 - sum(_cw(c) for c in b[1]) * 8 / 2), sz=8)
        elif k == "sig":
            for l in b[1]:
                line(l)
            y[0] -= 4
    pages.append(cur)
    out = ["%!PS-Adobe-3.0", "%%Title: " + re.sub(r"[^ -~]", "-", title), "%%Pages: %d" % len(pages),
           "%%EndComments",
           "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
           "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put def "
           "currentdict end definefont pop } def",
           "/F1 /Helvetica reenc", "/F2 /Helvetica-Bold reenc"]
    for i, p in enumerate(pages, 1):
        out.append("%%%%Page: %d %d" % (i, i))
        out.extend(p)
        if footer:
            fw = sum(_cw(c) for c in footer) * 8
            out.append("/F1 8 selectfont %d 30 moveto %s show" % (int(W / 2 - fw / 2), _ps_str(footer)))
        out.append("/F1 8 selectfont %d 30 moveto %s show" % (W - M - 40, _ps_str("Page %d of %d" % (i, len(pages)))))
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"
