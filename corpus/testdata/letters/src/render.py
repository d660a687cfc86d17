#!/usr/bin/env python3
"""Render a letter written in the small markup below to HTML or Flat ODT.

    render.py html IN.letter OUT.html    print-ready HTML for Chromium
    render.py fodt IN.letter OUT.fodt    Flat ODT for LibreOffice
    render.py site IN.letter OUT.html    a disclosure-log web page

Markup. Directives come first, one per line, then a line "---", then the body.

    @font Liberation Sans        body font (default Liberation Serif)
    @size 11                     body size in points (default 11)
    @colour #005eb8              colour of headings (default black)
    @header TEXT                 a line repeated at the top of every page
    @footer TEXT                 a line repeated at the bottom of every page
    @pagenum Page {page} of {pages}
    @site NAME                   the site name of a disclosure-log page
    @hyphenate soft              put soft hyphens in long words, so that lines
                                 end in hyphenated words ("environ-/mental")
    @tableborders none           tables without borders (default: ruled)
    @cellalign middle            table cells centred in their rows (default: top)

Body blocks are separated by blank lines; inside a block a newline is a line
break. A block is a heading ("# text" or "## text"), a right-aligned block
(lines starting "> "), a list (lines "3. text", "- text", with sub-items
indented two spaces: "  a. text", "  (i) text", "  - text"), a table (lines
"| cell | cell |"; a line "|---|" after the first row makes it a header row;
"\\" inside a cell starts a new paragraph in the cell), a page break
("::pagebreak") or a paragraph. Inline: **bold**, *italic*.

Only the Python standard library is used.
"""

import html
import re
import sys

ITEM = re.compile(r"^( *)(\d+\.|[a-z]\.|\([ivx]+\)|-) +(.*)$")


def parse(path):
    meta = {"font": "Liberation Serif", "size": "11", "colour": "#000000",
            "header": [], "footer": [], "pagenum": "", "site": "", "hyphenate": "",
            "tableborders": "", "cellalign": "top"}
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("\n---\n")
    for line in head.splitlines():
        if not line.startswith("@"):
            continue
        key, _, val = line[1:].partition(" ")
        if key in ("header", "footer"):
            meta[key].append(val)
        else:
            meta[key] = val
    if meta["hyphenate"] == "soft":
        body = soft_hyphens(body)
    blocks = [b for b in re.split(r"\n\s*\n", body.strip("\n")) if b.strip()]
    return meta, [classify(b) for b in blocks]


def soft_hyphens(text):
    """Puts a soft hyphen in the middle of every lower-case word of ten
    letters or more. The producers print a hyphen there only when the word
    falls at the end of a line, as a word processor's hyphenation would."""
    def cut(m):
        w = m.group(0)
        i = len(w) // 2
        return w[:i] + "\u00ad" + w[i:]
    return re.sub(r"(?<![\w@./-])[a-z]{10,}(?![\w@./-])", cut, text)


def classify(block):
    lines = block.split("\n")
    first = lines[0]
    if first.strip() == "::pagebreak":
        return ("pagebreak", None)
    if first.startswith("## "):
        return ("h2", first[3:])
    if first.startswith("# "):
        return ("h1", first[2:])
    if all(l.startswith("> ") or l == ">" for l in lines):
        return ("right", [l[2:] for l in lines])
    if all(l.startswith("|") for l in lines):
        return ("table", table(lines))
    if ITEM.match(first) and not first.startswith(" "):
        return ("list", items(lines))
    return ("para", lines)


def table(lines):
    rows, header = [], False
    for l in lines:
        if re.fullmatch(r"\|[-| ]+\|", l):
            header = True
            continue
        rows.append([c.strip() for c in l.strip().strip("|").split("|")])
    return {"header": header, "rows": rows}


def items(lines):
    """Returns [(marker, text, [(marker, text), ...]), ...]."""
    out = []
    for l in lines:
        m = ITEM.match(l)
        if m and not m.group(1):
            out.append([m.group(2), m.group(3), []])
        elif m and out:
            out[-1][2].append((m.group(2), m.group(3)))
        elif out:
            # a continuation line of the previous item
            if out[-1][2]:
                mk, t = out[-1][2][-1]
                out[-1][2][-1] = (mk, t + " " + l.strip())
            else:
                out[-1][1] += " " + l.strip()
    return out


def kind(marker):
    if marker == "-":
        return "bullet"
    if marker.startswith("("):
        return "roman"
    if marker[0].isdigit():
        return "number"
    return "alpha"


def inline_html(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)


def inline_odt(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', s)
    s = re.sub(r"\*(.+?)\*", r'<text:span text:style-name="I">\1</text:span>', s)
    return s.replace("\t", "<text:tab/>")


def css_string(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------- HTML

def letter_html(meta, blocks):
    out = []
    for k, v in blocks:
        if k == "pagebreak":
            out.append('<div style="break-before: page"></div>')
        elif k in ("h1", "h2"):
            out.append("<%s>%s</%s>" % (k, inline_html(v), k))
        elif k == "right":
            out.append('<p class="right">%s</p>' % "<br>".join(inline_html(l) for l in v))
        elif k == "para":
            out.append("<p>%s</p>" % "<br>".join(inline_html(l) for l in v))
        elif k == "table":
            out.append(table_html(v))
        elif k == "list":
            out.append(list_html(v))
    return "\n".join(out)


def table_html(t):
    rows = []
    for i, r in enumerate(t["rows"]):
        tag = "th" if t["header"] and i == 0 else "td"
        cells = "".join("<%s>%s</%s>" % (tag, "".join(
            "<p>%s</p>" % inline_html(p.strip()) for p in c.split("\\\\")), tag) for c in r)
        rows.append("<tr>%s</tr>" % cells)
    cls = ' class="two"' if max(len(r) for r in t["rows"]) == 2 else ""
    if t["header"]:
        return "<table%s><thead>%s</thead><tbody>%s</tbody></table>" % (cls, rows[0], "".join(rows[1:]))
    return "<table%s><tbody>%s</tbody></table>" % (cls, "".join(rows))


def list_html(its):
    first = its[0][0]
    if kind(first) == "bullet":
        open_tag, close = "<ul>", "</ul>"
    else:
        open_tag, close = '<ol start="%d">' % int(first.rstrip(".")), "</ol>"
    out = [open_tag]
    for _, text, subs in its:
        out.append("<li>%s" % inline_html(text))
        if subs:
            k = kind(subs[0][0])
            typ = {"alpha": ' type="a"', "roman": ' type="i" class="paren"', "number": ""}.get(k)
            out.append("<ul>" if typ is None else "<ol%s>" % typ)
            out.extend("<li>%s</li>" % inline_html(t) for _, t in subs)
            out.append("</ul>" if typ is None else "</ol>")
        out.append("</li>")
    out.append(close)
    return "\n".join(out)


def page_css(meta):
    head = "\\A ".join(css_string(l) for l in meta["header"])
    foot = [css_string(l) for l in meta["footer"]]
    num = meta["pagenum"]
    if num:
        a, _, rest = num.partition("{page}")
        b, _, c = rest.partition("{pages}")
        pn = '"%s" counter(page)' % css_string(a)
        if "{pages}" in rest:
            pn += ' "%s" counter(pages) "%s"' % (css_string(b), css_string(c))
        else:
            pn += ' "%s"' % css_string(b)
    foot_content = " ".join('"%s\\A "' % l for l in foot)
    if num:
        foot_content = (foot_content + " " + pn).strip()
    css = ["@page { size: A4; margin: %s 22mm %s 22mm;" % (
        "28mm" if head else "20mm", "%dmm" % (18 + 5 * (len(foot) + bool(num))))]
    if head:
        css.append('  @top-center { content: "%s"; white-space: pre; font: 9pt \'%s\'; }'
                   % (head, meta["font"]))
    if foot_content:
        css.append("  @bottom-center { content: %s; white-space: pre; text-align: center;"
                   " font: 8pt '%s'; }" % (foot_content, meta["font"]))
    css.append("}")
    return "\n".join(css)


def body_css(meta):
    return """
body { font-family: '%(font)s'; font-size: %(size)spt; line-height: 1.3; }
h1 { font-size: 1.15em; color: %(colour)s; margin: 1.1em 0 0.5em; }
h2 { font-size: 1em; color: %(colour)s; margin: 1em 0 0.4em; }
p.right { text-align: right; }
table { border-collapse: collapse; width: 100%%; margin: 0.6em 0; }
th, td { border: %(cellborder)s; vertical-align: %(cellalign)s; padding: 3pt 5pt; }
table.two th, table.two td { width: 50%%; }
th { background: #e8e8e8; text-align: left; }
td p, th p { margin: 0 0 0.3em; }
ol.paren { list-style: none; counter-reset: r; }
ol.paren > li { counter-increment: r; }
ol.paren > li::before { content: "(" counter(r, lower-roman) ") "; }
""" % dict(meta, cellborder="none" if meta["tableborders"] == "none" else "1px solid #444")


def render_html(meta, blocks, title):
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>
<style>
%s
%s
</style></head>
<body>
%s
</body></html>
""" % (html.escape(title), page_css(meta), body_css(meta), letter_html(meta, blocks))


def render_site(meta, blocks, title):
    site = meta["site"] or "Disclosure log"
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>%(title)s | %(site)s</title>
<style>%(css)s
nav a { margin-right: 1em; } .cookie { background: #222; color: #fff; padding: 1em; }
footer { border-top: 1px solid #999; margin-top: 2em; font-size: 0.8em; }
</style>
<script>window.dataLayer = window.dataLayer || []; function consent(v) { dataLayer.push(v); }</script>
</head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this site work and to
understand how you use it. Some are essential; others you can switch off.</p>
<button onclick="consent('accept')">Accept all cookies</button>
<button onclick="consent('reject')">Reject optional cookies</button></div>
<header><p><a href="/">%(site)s</a></p>
<nav><a href="/">Home</a><a href="/services">Services</a><a href="/news">News</a>
<a href="/about-us/foi">Freedom of information</a><a href="/about-us/foi/disclosure-log">Disclosure log</a>
<a href="/contact">Contact us</a></nav>
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li>
<li><a href="/about-us/foi/disclosure-log">Disclosure log</a></li></ol></header>
<main>
<h1 class="page-title">%(title)s</h1>
<p class="published">Published in our disclosure log</p>
<article class="letter">
%(letter)s
</article>
<aside><h2>Related pages</h2><ul><li><a href="/about-us/foi/how-to-ask">How to make a request</a></li>
<li><a href="/about-us/foi/publication-scheme">Publication scheme</a></li></ul></aside>
</main>
<footer><ul><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; %(site)s. All rights reserved.</p></footer>
</body></html>
""" % {"title": html.escape(title), "site": html.escape(site), "css": body_css(meta),
       "letter": letter_html(meta, blocks)}


# ---------------------------------------------------------------- Flat ODT

def fodt_body(blocks):
    out, table_no = [], 0
    pending_break = False
    for k, v in blocks:
        if k == "pagebreak":
            pending_break = True
            continue
        brk = pending_break
        pending_break = False
        if k in ("h1", "h2"):
            style = "H1" if k == "h1" else "H2"
            out.append('<text:p text:style-name="%s">%s</text:p>' % (style + ("Break" if brk else ""), inline_odt(v)))
            continue
        if brk:
            out.append('<text:p text:style-name="Break"/>')
        if k == "right":
            out.append('<text:p text:style-name="Right">%s</text:p>' % "<text:line-break/>".join(inline_odt(l) for l in v))
        elif k == "para":
            out.append('<text:p text:style-name="Body">%s</text:p>' % "<text:line-break/>".join(inline_odt(l) for l in v))
        elif k == "table":
            table_no += 1
            out.append(table_odt(v, table_no))
        elif k == "list":
            out.append(list_odt(v))
    return "\n".join(out)


def table_odt(t, n):
    width = max(len(r) for r in t["rows"])
    out = ['<table:table table:name="Table%d" table:style-name="Tbl">' % n,
           '<table:table-column table:style-name="TblCol" table:number-columns-repeated="%d"/>' % width]
    for i, r in enumerate(t["rows"]):
        head = t["header"] and i == 0
        if head:
            out.append("<table:table-header-rows>")
        out.append("<table:table-row>")
        for c in r:
            paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (
                "CellHead" if head else "Cell", inline_odt(p.strip())) for p in c.split("\\\\"))
            out.append('<table:table-cell table:style-name="TblCell" office:value-type="string">%s</table:table-cell>' % paras)
        out.append("</table:table-row>")
        if head:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "\n".join(out)


def list_odt(its):
    first = its[0][0]
    subkinds = {kind(subs[0][0]) for _, _, subs in its if subs}
    if kind(first) == "bullet":
        style = "LBullet"
    elif "roman" in subkinds:
        style = "LRoman"
    elif "bullet" in subkinds:
        style = "LNumBullet"
    else:
        style = "LAlpha"
    out = ['<text:list text:style-name="%s">' % style]
    for i, (mk, text, subs) in enumerate(its):
        start = ""
        if i == 0 and kind(mk) == "number":
            start = ' text:start-value="%d"' % int(mk.rstrip("."))
        out.append('<text:list-item%s><text:p text:style-name="ListPara">%s</text:p>' % (start, inline_odt(text)))
        if subs:
            out.append("<text:list>")
            out.extend('<text:list-item><text:p text:style-name="ListPara">%s</text:p></text:list-item>'
                       % inline_odt(t) for _, t in subs)
            out.append("</text:list>")
        out.append("</text:list-item>")
    out.append("</text:list>")
    return "\n".join(out)


def hf_odt(lines, pagenum, style):
    out = ['<text:p text:style-name="%s">%s</text:p>' % (style, inline_odt(l)) for l in lines]
    if pagenum:
        a, _, rest = pagenum.partition("{page}")
        b, _, c = rest.partition("{pages}")
        s = inline_odt(a) + '<text:page-number text:select-page="current">1</text:page-number>' + inline_odt(b)
        if "{pages}" in rest:
            s += "<text:page-count>1</text:page-count>" + inline_odt(c)
        out.append('<text:p text:style-name="%s">%s</text:p>' % (style, s))
    return "".join(out)


def level(n, fmt, prefix="", suffix=".", indent=0.63):
    return ('<text:list-level-style-number text:level="%d" style:num-prefix="%s" style:num-suffix="%s" style:num-format="%s">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.63cm" fo:margin-left="%.2fcm"/>'
            '</style:list-level-properties></text:list-level-style-number>' % (n, prefix, suffix, fmt, indent * n))


def bullet(n, indent=0.63):
    return ('<text:list-level-style-bullet text:level="%d" text:bullet-char="\u2022">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.63cm" fo:margin-left="%.2fcm"/>'
            '</style:list-level-properties></text:list-level-style-bullet>' % (n, indent * n))


def render_fodt(meta, blocks, title):
    m = dict(meta)
    m["title"] = html.escape(title)
    m["body"] = fodt_body(blocks)
    m["cellborder"] = "none" if meta["tableborders"] == "none" else "0.5pt solid #000000"
    m["header"] = m["footer"] = ""
    if meta["header"]:
        m["header"] = "<style:header>%s</style:header>" % hf_odt(meta["header"], "", "Header")
    if meta["footer"] or meta["pagenum"]:
        m["footer"] = "<style:footer>%s</style:footer>" % hf_odt(meta["footer"], meta["pagenum"], "Footer")
    m["lists"] = "".join([
        '<text:list-style style:name="LAlpha">' + level(1, "1") + level(2, "a") + "</text:list-style>",
        '<text:list-style style:name="LRoman">' + level(1, "1") + level(2, "i", "(", ")") + "</text:list-style>",
        '<text:list-style style:name="LNumBullet">' + level(1, "1") + bullet(2) + "</text:list-style>",
        '<text:list-style style:name="LBullet">' + bullet(1) + bullet(2) + "</text:list-style>",
    ])
    return FODT % m


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="%(font)s" svg:font-family="'%(font)s'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties style:font-name="%(font)s" fo:font-size="%(size)spt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:line-height="115%%"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="12pt" fo:color="%(colour)s"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:color="%(colour)s"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 %(lists)s
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Break" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="H1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="H2Break" style:family="paragraph" style:parent-style-name="H2">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16.6cm" table:align="margins" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="TblCol" style:family="table-column"/>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="%(cellborder)s" style:vertical-align="%(cellalign)s"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  %(header)s
  %(footer)s
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body>
</office:document>
"""


def main(argv):
    if len(argv) != 4 or argv[1] not in ("html", "fodt", "site"):
        sys.exit(__doc__)
    mode, src, dst = argv[1:]
    meta, blocks = parse(src)
    title = next((v for k, v in blocks if k == "h1"), "Freedom of information response")
    title = re.sub(r"\*+", "", title)
    out = {"html": render_html, "fodt": render_fodt, "site": render_site}[mode](meta, blocks, title)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    main(sys.argv)
