"""Block list -> txt, md, html, PostScript."""
import html as H
import os
import textwrap


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


def _wrap(text, width):
    if not width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def to_txt(doc, width=0):
    out = []
    for blk in doc:
        k = blk[0]
        if k == "lh":
            out += blk[1]
            out.append("")
        elif k == "mark":
            out += [blk[1], ""]
        elif k == "h":
            out += [blk[1], ""]
        elif k in ("p", "b"):
            out += _wrap(blk[1], width)
            out.append("")
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            if hdr:
                out.append(" | ".join(hdr))
            for r in rows:
                out.append(" | ".join(r))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(doc):
    out = []
    for blk in doc:
        k = blk[0]
        if k == "lh":
            out.append("**%s**  " % blk[1][0])
            out += [l + "  " for l in blk[1][1:]]
            out.append("")
        elif k == "mark":
            out += ["*%s*" % blk[1], ""]
        elif k == "h":
            out += ["## " + blk[1], ""]
        elif k == "b":
            out += ["**%s**" % blk[1], ""]
        elif k == "p":
            t = blk[1]
            # keep "1. text" paragraphs from becoming an auto-renumbered list
            if t[:1].isdigit() and ". " in t[:5]:
                n, rest = t.split(". ", 1)
                t = n + "\\. " + rest
            out += [t, ""]
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            hdr = hdr or [""] * len(rows[0])
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "|".join("---" for _ in hdr) + "|")
            for r in rows:
                out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


CSS_WORD = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 4px; vertical-align: top; }
.lh { margin-bottom: 12pt; }
.mark { text-align: center; font-weight: bold; }
"""
CSS_PRINT = """
@page { size: A4; margin: 22mm 20mm; }
body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 10.5pt; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #444; padding: 5px; vertical-align: top; text-align: left; }
.lh { text-align: right; margin-bottom: 18pt; }
.mark { text-align: center; font-weight: bold; letter-spacing: 2px; }
h2 { font-size: 12pt; }
"""
CSS_WEB = """
body { font-family: Arial, Helvetica, sans-serif; margin: 0; }
#cookie { background:#222; color:#fff; padding: 8px; }
header, nav, footer { padding: 8px 24px; background: #eef; }
main { padding: 12px 24px; max-width: 900px; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px; }
"""


def _body(doc):
    out = []
    for blk in doc:
        k = blk[0]
        if k == "lh":
            out.append('<p class="lh">' + "<br>\n".join(
                ("<strong>%s</strong>" % H.escape(l)) if i == 0 else H.escape(l)
                for i, l in enumerate(blk[1])) + "</p>")
        elif k == "mark":
            out.append('<p class="mark">%s</p>' % H.escape(blk[1]))
        elif k == "h":
            out.append("<h2>%s</h2>" % H.escape(blk[1]))
        elif k == "b":
            out.append("<p><strong>%s</strong></p>" % H.escape(blk[1]))
        elif k == "p":
            out.append("<p>%s</p>" % H.escape(blk[1]))
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            ncol = len(rows[0])
            widths = {3: (7, 43, 50), 2: (45, 55)}[ncol]
            t = ['<table width="100%" border="1" cellpadding="4" cellspacing="0">']
            t += ['<col width="%d%%">' % w for w in widths]
            if hdr:
                t.append("<tr>" + "".join("<th>%s</th>" % H.escape(c) for c in hdr) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join("<td>%s</td>" % H.escape(c) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
    return "\n".join(out)


def to_html(doc, chrome=None, title="", word=False, print_css=False):
    css = CSS_WORD if word else CSS_PRINT if print_css else CSS_WEB
    body = _body(doc)
    if chrome:
        body = (
            '<div id="cookie">We use cookies to make this site work and to understand how it is used. '
            '<button>Accept all cookies</button> <button>Reject non-essential</button></div>\n'
            '<header><strong>%s</strong> &nbsp; <a href="/">Home</a> | <a href="/services">Services</a> | '
            '<a href="/contact">Contact us</a> | <a href="/search">Search</a></header>\n'
            '<nav>%s</nav>\n<main>\n<h1>Disclosure log: %s</h1>\n%s\n'
            '<p><a href="/foi/disclosure-log">Back to the disclosure log</a></p>\n</main>\n'
            '<footer>&copy; %s | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | '
            '<a href="/cookies">Cookies</a><br>%s</footer>'
            % (H.escape(chrome["name"]), H.escape(chrome["nav"]), H.escape(title), body,
               H.escape(chrome["name"]), H.escape(chrome["site"])))
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n' % (H.escape(title), css, body))


# ----------------------------------------------------------------- PostScript
REPL = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
        "\u203a": ">", "\u2026": "..."}


def _ps_str(s):
    s = "".join(REPL.get(ch, ch) for ch in s)
    b = s.encode("latin-1")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "(" + "".join(out) + ")"


def to_ps(doc, title):
    # simple line layout: Times 10.5pt, ~98 characters a line, 56 lines a page
    lines = []  # (font, text)
    width = 96
    for blk in doc:
        k = blk[0]
        if k == "lh":
            lines += [("B" if i == 0 else "R", l) for i, l in enumerate(blk[1])]
            lines.append(("R", ""))
        elif k == "mark":
            lines += [("B", blk[1]), ("R", "")]
        elif k in ("h", "b"):
            lines += [("B", l) for l in _wrap(blk[1], width - 8)]
            lines.append(("R", ""))
        elif k == "p":
            lines += [("R", l) for l in _wrap(blk[1], width)]
            lines.append(("R", ""))
        elif k == "table":
            for r in blk[2]:
                lines += [("R", l) for l in _wrap("  ".join(r), width)]
                lines.append(("R", ""))
    per = 56
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = ["%!PS-Adobe-3.0", "%%Title: " + "".join(REPL.get(c, c) for c in title),
           "%%Creator: Westmarch print server", "%%Pages: %d" % len(pages), "%%EndComments",
           "/MyEnc ISOLatin1Encoding 256 array copy def MyEnc 45 /hyphen put MyEnc 39 /quotesingle put",
           "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
           "  /Encoding MyEnc def currentdict end definefont pop } def",
           "/TR-L /Times-Roman reenc /TB-L /Times-Bold reenc",
           "/R { /TR-L findfont 10.5 scalefont setfont } def",
           "/B { /TB-L findfont 10.5 scalefont setfont } def",
           "/S { /TR-L findfont 8 scalefont setfont } def"]
    for n, page in enumerate(pages, 1):
        out.append("%%%%Page: %d %d" % (n, n))
        y = 770
        for font, text in page:
            if text:
                out.append("%s 62 %d moveto %s show" % (font, y, _ps_str(text)))
            y -= 13
        out.append("S 270 36 moveto %s show" % _ps_str("Page %d of %d" % (n, len(pages))))
        out.append("showpage")
    out.append("%%EOF")
    return ("\n".join(out) + "\n").encode("latin-1")
