"""Rendering engine for the setAE letters (standard library only).

A letter is first turned into a list of blocks; blocks are then written as
HTML, Markdown, plain text or PostScript (for Ghostscript).
"""
import html
import textwrap
import datetime

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(iso, style):
    d = datetime.date.fromisoformat(iso)
    if style == "long":
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {MONTHS[d.month-1]} {d.year}"
    if style == "ord":
        return f"{ordinal(d.day)} {MONTHS[d.month-1]} {d.year}"
    if style == "us":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "short":
        return f"{d.day:02d} {MONTHS[d.month-1][:3]} {d.year}"
    if style == "day":
        wd = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday"][d.weekday()]
        return f"{wd} {d.day} {MONTHS[d.month-1]} {d.year}"
    return iso


# ---------------------------------------------------------------- blocks
# ('lines', [str])      address-like block, one line each
# ('title', str)        bold heading
# ('h', str)            sub heading
# ('p', str)            paragraph
# ('ol', [str], start)  numbered list
# ('ul', [str])         bulleted list
# ('table', header|None, rows)  rows: list of [cell, cell]; a one-cell row spans
# ('banner', str)       slogan / marking repeated on pages (printed once here)
# ('rule',)


def to_html_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lines":
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in b[1]) + "</p>")
        elif k == "title":
            out.append(f"<p><b>{html.escape(b[1])}</b></p>")
        elif k == "h":
            out.append(f"<h3>{html.escape(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif k == "ol":
            start = b[2] if len(b) > 2 else 1
            items = "".join(f"<li>{html.escape(x)}</li>" for x in b[1])
            out.append(f'<ol start="{start}">{items}</ol>')
        elif k == "ul":
            items = "".join(f"<li>{html.escape(x)}</li>" for x in b[1])
            out.append(f"<ul>{items}</ul>")
        elif k == "table":
            rows = []
            if b[1]:
                rows.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in b[1]) + "</tr>")
            for r in b[2]:
                if len(r) == 1:
                    rows.append(f'<tr><td colspan="2"><b>{html.escape(r[0])}</b></td></tr>')
                else:
                    rows.append("<tr>" + "".join(
                        f'<td valign="top">{html.escape(c)}</td>' for c in r) + "</tr>")
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">'
                       '<colgroup><col width="270"><col width="330"></colgroup>'
                       + "".join(rows) + "</table>")
        elif k == "banner":
            out.append(f'<p style="text-align:center"><i>{html.escape(b[1])}</i></p>')
        elif k == "rule":
            out.append("<hr>")
    return "\n".join(out)


def html_doc(blocks, title, font="Arial"):
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<style>body{{font-family:{font},sans-serif;font-size:11pt;margin:2cm}} td,th{{font-size:10pt}}</style>'
            f'</head><body>\n{to_html_body(blocks)}\n</body></html>\n')


def disclosure_page(blocks, title, site, nav, footer):
    navhtml = " | ".join(f'<a href="#">{html.escape(n)}</a>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies to make this site work and to understand how it is used.
<button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="#">Cookie settings</a></p></div>
<header class="site-header"><a class="logo" href="/">{html.escape(site)}</a>
<nav class="main-nav">{navhtml}</nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search this site"><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="#">About us</a> &gt; <a href="#">Freedom of information</a> &gt; <a href="#">Disclosure log</a></div>
<main id="content">
<h1>{html.escape(title)}</h1>
<article class="disclosure">
{to_html_body(blocks)}
</article>
<aside class="related"><h2>Related pages</h2><ul><li><a href="#">Make a freedom of information request</a></li><li><a href="#">Publication scheme</a></li><li><a href="#">Data protection and privacy</a></li></ul></aside>
</main>
<footer class="site-footer"><p>{html.escape(footer)}</p><p><a href="#">Accessibility statement</a> | <a href="#">Privacy notice</a> | <a href="#">Contact us</a></p></footer>
</body>
</html>
"""


def md_escape(s):
    return s.replace("|", "/")


def to_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lines":
            out.append("  \n".join(b[1]))
        elif k == "title":
            out.append(f"## {b[1]}")
        elif k == "h":
            out.append(f"### {b[1]}")
        elif k == "p":
            out.append(b[1])
        elif k == "ol":
            start = b[2] if len(b) > 2 else 1
            out.append("\n".join(f"{start+i}. {x}" for i, x in enumerate(b[1])))
        elif k == "ul":
            out.append("\n".join(f"- {x}" for x in b[1]))
        elif k == "table":
            rows = []
            hdr = b[1] or ["", ""]
            rows.append("| " + " | ".join(md_escape(c) for c in hdr) + " |")
            rows.append("| --- | --- |")
            for r in b[2]:
                if len(r) == 1:
                    rows.append(f"| **{md_escape(r[0])}** | |")
                else:
                    rows.append("| " + " | ".join(md_escape(c) for c in r) + " |")
            out.append("\n".join(rows))
        elif k == "banner":
            out.append(f"*{b[1]}*")
        elif k == "rule":
            out.append("---")
    return "\n\n".join(out) + "\n"


def wrap(s, width, indent="", subsequent=None):
    if width is None:
        return [indent + s]
    sub = indent if subsequent is None else subsequent
    return textwrap.wrap(s, width, initial_indent=indent, subsequent_indent=sub,
                         break_on_hyphens=False) or [""]


def table_lines(header, rows, width):
    w1 = int(width * 0.45)
    w2 = width - w1 - 3
    out = []
    sep = "-" * width
    allrows = ([header] if header else []) + rows
    out.append(sep)
    for r in allrows:
        if len(r) == 1:
            out.extend(textwrap.wrap(r[0], width))
            out.append(sep)
            continue
        a = textwrap.wrap(r[0], w1) or [""]
        bb = textwrap.wrap(r[1], w2) or [""]
        for i in range(max(len(a), len(bb))):
            x = a[i] if i < len(a) else ""
            y = bb[i] if i < len(bb) else ""
            out.append(f"{x:<{w1}} | {y}".rstrip())
        out.append(sep)
    return out


def to_lines(blocks, width=None):
    """Plain text lines; width None keeps paragraphs on one line."""
    out = []
    for b in blocks:
        k = b[0]
        if k == "lines":
            out.extend(b[1])
        elif k in ("title", "h"):
            out.extend(wrap(b[1].upper() if k == "title" else b[1], width))
        elif k == "p":
            out.extend(wrap(b[1], width))
        elif k == "ol":
            start = b[2] if len(b) > 2 else 1
            for i, x in enumerate(b[1]):
                lab = f"{start+i}. "
                out.extend(wrap(x, width, indent=lab, subsequent=" " * len(lab)))
        elif k == "ul":
            for x in b[1]:
                out.extend(wrap(x, width, indent="\u2022 ", subsequent="  "))
        elif k == "table":
            out.extend(table_lines(b[1], b[2], width or 100))
        elif k == "banner":
            out.append(b[1])
        elif k == "rule":
            out.append("_" * (width or 60))
        out.append("")
    return out


def to_txt(blocks, width=None):
    return "\n".join(to_lines(blocks, width)).rstrip() + "\n"


# ---------------------------------------------------------------- PostScript
PS_MAP = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"',
          "\u201d": '"', "\u2022": "*", "\u2026": "...", "\u00a0": " "}


def ps_str(s):
    out = []
    for ch in s:
        ch = PS_MAP.get(ch, ch)
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
    return "".join(out)


def to_ps(blocks, header=None, footer=None, width=84, per_page=56):
    lines = to_lines(blocks, width)
    # bold markers for titles are not kept; fine for a typed letter
    pages = [lines[i:i+per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    ps = ["%!PS-Adobe-3.0", f"%%Pages: {n}", "%%EndComments",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
          " /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def",
          "/CourL /Courier reenc", "/CourB /Courier-Bold reenc"]
    for i, pg in enumerate(pages, 1):
        ps.append(f"%%Page: {i} {i}")
        ps.append("/CourL findfont 9.5 scalefont setfont")
        y = 760
        if header:
            ps.append(f"240 780 moveto ({ps_str(header)}) show")
        for ln in pg:
            ps.append(f"56 {y} moveto ({ps_str(ln)}) show")
            y -= 12.5
        ftxt = (footer + "   " if footer else "") + f"Page {i} of {n}"
        ps.append(f"56 40 moveto ({ps_str(ftxt)}) show")
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"
