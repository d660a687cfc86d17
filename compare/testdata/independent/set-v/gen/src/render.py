"""Rendering helpers for the setV letters (standard library only)."""
import html, os, re, subprocess, textwrap, shutil

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(iso, style="long"):
    y, m, d = (int(x) for x in iso.split("-"))
    if style == "long":
        return f"{d} {MONTHS[m-1]} {y}"
    if style == "long0":
        return f"{d:02d} {MONTHS[m-1]} {y}"
    if style == "ord":
        return f"{ordinal(d)} {MONTHS[m-1]} {y}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "us":
        return f"{MONTHS[m-1]} {d}, {y}"
    if style == "abbr":
        return f"{d:02d} {MONTHS[m-1][:3]} {y}"
    raise ValueError(style)


# ---------------------------------------------------------------- blocks
# ('h', text) heading; ('p', text) paragraph; ('li', label, text) item;
# ('qa', qlabel, qtext, alabel, atext); ('table', header, rows); ('hr',)

def _wrap(text, width, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width, initial_indent=indent,
                                 subsequent_indent=indent) or [""])
    return out


def to_text(blocks, md=False, width=None):
    lines = []
    for b in blocks:
        k = b[0]
        if k == "h":
            lines.append(("## " + b[1]) if md else b[1])
            lines.append("")
        elif k == "p":
            lines.extend(_wrap(b[1], width) if width else [b[1]])
            lines.append("")
        elif k == "li":
            t = f"{b[1]} {b[2]}" if b[1] else b[2]
            lines.extend(_wrap(t, width) if width else [t])
            lines.append("")
        elif k == "qa":
            q = f"{b[1]} {b[2]}".strip()
            a = f"{b[3]} {b[4]}".strip()
            if md:
                q = f"**{b[1]}** {b[2]}" if b[1] else b[2]
                a = f"**{b[3]}** {b[4]}" if b[3] else b[4]
            lines.extend(_wrap(q, width) if width else [q])
            lines.extend(_wrap(a, width) if width else [a])
            lines.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                lines.append("| " + " | ".join(hdr) + " |")
                lines.append("|" + "---|" * len(hdr))
                for r in rows:
                    lines.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in r) + " |")
                lines.append("")
            else:
                for r in rows:
                    for h, c in zip(hdr, r):
                        t = f"{h}: {c}"
                        lines.extend(_wrap(t, width) if width else [t])
                    lines.append("")
        elif k == "hr":
            lines.append("-" * 60 if not md else "---")
            lines.append("")
        elif k == "raw":
            lines.append(b[1])
    return "\n".join(lines).rstrip() + "\n"


def _h(t):
    return html.escape(t)


def to_html_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(f"<h3>{_h(b[1])}</h3>")
        elif k == "p":
            out.append("<p>" + "<br>".join(_h(x) for x in b[1].split("\n")) + "</p>")
        elif k == "li":
            lab = f"<b>{_h(b[1])}</b> " if b[1] else ""
            out.append(f"<p class='item'>{lab}{_h(b[2])}</p>")
        elif k == "qa":
            out.append(f"<p class='q'><b>{_h(b[1])}</b> {_h(b[2])}</p>")
            out.append(f"<p class='a'><b>{_h(b[3])}</b> {_h(b[4])}</p>")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = ["<table border='1' cellpadding='5' cellspacing='0' width='100%'>",
                 "<tr>" + "".join(f"<th align='left'>{_h(x)}</th>" for x in hdr) + "</tr>"]
            for r in rows:
                t.append("<tr>" + "".join(f"<td valign='top'>{_h(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif k == "hr":
            out.append("<hr>")
        elif k == "raw":
            out.append(f"<p>{_h(b[1])}</p>")
    return "\n".join(out)


LETTER_CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 2cm; }
h3 { font-size: 12pt; margin-top: 14pt; }
p.a { margin-left: 1cm; }
table { border-collapse: collapse; }
"""


def html_letter(blocks, title):
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_h(title)}</title><style>{LETTER_CSS}</style></head><body>\n"
            + to_html_body(blocks) + "\n</body></html>\n")


def html_disclosure_log(blocks, title, site, nav, footer):
    navh = " | ".join(f"<a href='#'>{_h(n)}</a>" for n in nav)
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_h(title)} - {_h(site)}</title></head><body>\n"
            "<div class='cookie-banner'><p>We use cookies to make this website work and to "
            "understand how it is used. <a href='#'>Accept all cookies</a> "
            "<a href='#'>Reject optional cookies</a></p></div>\n"
            f"<header><p><a href='#'>Skip to main content</a></p><p><b>{_h(site)}</b></p>"
            f"<nav>{navh}</nav></header>\n"
            "<main>\n<p class='breadcrumb'>Home &gt; About us &gt; Freedom of information &gt; Disclosure log</p>\n"
            f"<h1>{_h(title)}</h1>\n" + to_html_body(blocks) +
            "\n<p>Was this page helpful? <a href='#'>Yes</a> <a href='#'>No</a></p>\n</main>\n"
            f"<footer><p>{_h(footer)}</p><p><a href='#'>Accessibility statement</a> | "
            "<a href='#'>Privacy notice</a> | <a href='#'>Contact us</a></p></footer>\n</body></html>\n")


# ---------------------------------------------------------------- PostScript

_PS_MAP = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'",
           "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2022": "*"}


def _ps_str(s):
    s = "".join(_PS_MAP.get(ch, ch) for ch in s)
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif 160 <= o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "".join(out)


def to_ps(blocks, header="", footer="", width=84):
    """Render blocks to a simple multi-page A4 PostScript document."""
    items = []  # (font, text)
    for b in blocks:
        k = b[0]
        if k == "h":
            for ln in _wrap(b[1], width - 8):
                items.append(("B", ln))
            items.append(("R", ""))
        elif k in ("p", "raw"):
            for ln in _wrap(b[1], width):
                items.append(("R", ln))
            items.append(("R", ""))
        elif k == "li":
            t = f"{b[1]} {b[2]}" if b[1] else b[2]
            for ln in textwrap.wrap(t, width, subsequent_indent="    ") or [""]:
                items.append(("R", ln))
            items.append(("R", ""))
        elif k == "qa":
            for ln in _wrap(f"{b[1]} {b[2]}".strip(), width):
                items.append(("B", ln))
            for ln in _wrap(f"{b[3]} {b[4]}".strip(), width):
                items.append(("R", ln))
            items.append(("R", ""))
        elif k == "table":
            hdr, rows = b[1], b[2]
            for r in rows:
                for h, c in zip(hdr, r):
                    for ln in _wrap(f"{h}: {c}", width):
                        items.append(("R", ln))
                items.append(("R", ""))
        elif k == "hr":
            items.append(("R", "_" * 40))
            items.append(("R", ""))
    while items and not items[-1][1]:
        items.pop()
    top, bottom, lh = 770, 70, 13.5
    per_page = int((top - bottom) / lh)
    pages = [items[i:i + per_page] for i in range(0, len(items), per_page)]
    out = ["%!PS-Adobe-3.0", f"%%Pages: {len(pages)}", "%%EndComments",
           "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
           "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put dup 96 /grave put def currentdict end definefont pop } def",
           "/HL /Helvetica reenc /HB /Helvetica-Bold reenc /HO /Helvetica-Oblique reenc",
           "/R { /HL findfont 10 scalefont setfont } def",
           "/B { /HB findfont 10.5 scalefont setfont } def",
           "/I { /HO findfont 8 scalefont setfont } def"]
    for pn, page in enumerate(pages, 1):
        out.append(f"%%Page: {pn} {pn}")
        if header:
            out.append(f"I 56 805 moveto ({_ps_str(header)}) show")
        y = top
        for font, text in page:
            if text:
                out.append(f"{font} 56 {y:.1f} moveto ({_ps_str(text)}) show")
            y -= lh
        ft = f"{footer}    Page {pn} of {len(pages)}" if footer else f"Page {pn} of {len(pages)}"
        out.append(f"I 56 40 moveto ({_ps_str(ft)}) show")
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- converters

BUILD = None


def set_build(path):
    global BUILD
    BUILD = path
    os.makedirs(BUILD, exist_ok=True)


def _env():
    env = dict(os.environ)
    env["HOME"] = os.path.join(BUILD, "home")
    os.makedirs(env["HOME"], exist_ok=True)
    return env


def soffice_convert(html_path, target, outdir):
    """target: 'pdf' or 'docx'."""
    conv = "pdf:writer_pdf_Export" if target == "pdf" else "docx:MS Word 2007 XML"
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", conv,
                    "--outdir", outdir, html_path], check=True, env=_env(),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(html_path))[0]
    return os.path.join(outdir, base + "." + target)


def chromium_pdf(html_path, out_pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + os.path.join(BUILD, "chrome"),
                    "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf,
                    "file://" + html_path], check=True, env=_env(),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def gs_pdf(ps_path, out_pdf):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-sOutputFile=" + out_pdf, ps_path], check=True, timeout=180)
