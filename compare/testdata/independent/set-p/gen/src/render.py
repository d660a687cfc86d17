"""Rendering helpers for set P: facts, stance phrases, letter layouts, output formats.

Everything here is presentation.  The truth (stances, exemptions, facts) lives in
make.py; nothing in this module decides a label.
"""
import datetime as _dt
import hashlib
import html
import os
import re
import shutil
import subprocess
import tempfile

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept",
            "Oct", "Nov", "Dec"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def h(*parts):
    """Deterministic small integer from strings."""
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def words(n):
    if n < 20:
        return WORDS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("-" + WORDS[u] if u else "")
    return "{:,}".format(n)


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def fmt_date(iso, v=0):
    d = _dt.date.fromisoformat(iso)
    if v == 0:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if v == 1:
        return d.strftime("%d/%m/%Y")
    if v == 2:
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if v == 3:
        return d.strftime("%d.%m.%Y")
    if v == 4:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if v == 5:
        return "%d %s %d" % (d.day, MON_ABBR[d.month - 1], d.year)
    if v == 6:
        return d.strftime("%d-%m-%Y")
    raise ValueError(v)


def fmt_money(v, style=0):
    if style == 0:
        return "£{:,}".format(v)
    if style == 3:
        return "£{:,.2f}".format(v)
    m = v / 1_000_000
    s = ("%.2f" % m).rstrip("0").rstrip(".")
    if float(s) * 1_000_000 != v:
        return "£{:,}".format(v)
    if style == 1:
        return "£%sm" % s
    if style == 2:
        return "£%s million" % s
    raise ValueError(style)


def fmt_count(n, style=0):
    if style == 0:
        return "{:,}".format(n)
    if style == 1:
        return words(n) if n < 100 else "{:,}".format(n)
    if style == 2:
        return str(n)
    raise ValueError(style)


def fmt_months(m, style=0):
    if style == 0:
        return "%d months" % m
    y, r = divmod(m, 12)
    if r:
        return "%d months" % m
    if style == 1:
        return "%s year%s" % (words(y), "" if y == 1 else "s")
    if style == 2:
        return "%d year%s" % (y, "" if y == 1 else "s")
    if style == 3:
        return "%s (%d) years" % (words(y), y)
    raise ValueError(style)


def render_fact(kind, value, style):
    if kind == "money":
        return fmt_money(value, style)
    if kind == "count":
        return fmt_count(value, style)
    if kind == "date":
        return fmt_date(value, style)
    if kind == "months":
        return fmt_months(value, style)
    if isinstance(value, (list, tuple)):
        return value[style % len(value)]
    return str(value)


# ---------------------------------------------------------------- exemptions
TITLES = {
    "s21": "Information Reasonably Accessible by Other Means",
    "s23": "Information Supplied by, or Relating to, Bodies Dealing with Security Matters",
    "s24": "National Security",
    "s31": "Law Enforcement",
    "s38": "Health and Safety",
    "s40": "Personal Information",
    "s43": "Commercial Interests",
    "reg12(5)(e)": "confidentiality of commercial or industrial information",
    "reg12(5)(b)": "the course of justice",
}


def _split_ex(ex):
    m = re.match(r"^(s|reg)(\d+)(.*)$", ex)
    return m.group(1), m.group(2), m.group(3)


def ex_phrase(exs, v=0, regime="foia"):
    """Human wording for a list of applied provisions (normalised strings)."""
    groups = []  # (kind, num, [suffixes])
    for ex in exs:
        kind, num, rest = _split_ex(ex)
        # merge s31(1)(a) + s31(1)(b) -> 31(1)(a)(b)
        m = re.match(r"^(\(\d+\))(\([a-z]\))$", rest)
        if groups and groups[-1][0] == kind and groups[-1][1] == num and m \
                and groups[-1][2] and groups[-1][2][0].startswith(m.group(1)) \
                and re.match(r"^\(\d+\)(\([a-z]\))+$", groups[-1][2][0]):
            groups[-1][2][0] = groups[-1][2][0] + m.group(2)
            continue
        groups.append([kind, num, [rest]])
    out = []
    for kind, num, rests in groups:
        rest = rests[0]
        if kind == "reg":
            key = "reg" + num + rest
            title = TITLES.get(key, "")
            if v % 3 == 0:
                out.append("regulation %s%s of the EIR (%s)" % (num, rest, title))
            elif v % 3 == 1:
                out.append("Regulation %s%s of the Environmental Information Regulations 2004" % (num, rest))
            else:
                out.append("EIR reg. %s%s" % (num, rest))
            continue
        title = TITLES.get("s" + num, "")
        spaced = re.sub(r"^\((\d+)\)", r" (\1) ", rest).replace(") (", ")(").rstrip()
        if v == 0:
            out.append("section %s%s (%s)" % (num, rest, title))
        elif v == 1:
            out.append("Section %s%s of the Act" % (num, rest))
        elif v == 2:
            out.append("s.%s%s" % (num, rest))
        else:
            out.append("Section %s%s – %s" % (num, spaced, title))
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


HARM = {
    "s31": ("Disclosure would be likely to prejudice the prevention and detection of crime. "
            "Details of systems, equipment and tactics, when put together with information "
            "already in the public domain, would give those intent on committing offences "
            "an insight into capability and vulnerability that could be exploited."),
    "s24": ("Safeguarding national security also covers protecting potential targets even "
            "where there is no evidence that an attack is imminent. A detailed picture of "
            "security arrangements across public bodies could be built up by a motivated "
            "individual through a series of requests (the mosaic effect)."),
    "s43": ("The figures requested relate to a contract agreed through a competitive "
            "process. Releasing pricing would be likely to prejudice the contractor's "
            "position in future tenders and weaken our own ability to obtain value for "
            "money when the service is next procured."),
    "reg12(5)(e)": ("The pricing is commercially confidential under the terms of the "
                    "contract and that confidentiality protects a legitimate economic "
                    "interest of both parties; disclosure would adversely affect it."),
    "s40": ("The names and direct contact details of staff below senior management level "
            "are personal data. Releasing them would not be fair or lawful, and would "
            "breach the first data protection principle. A generic contact route is "
            "provided instead where we have one."),
    "s38": ("Disclosure would be likely to endanger the safety of individuals."),
}

PIT = ("Public interest test. In favour of disclosure: openness about the use of public "
       "money and about how services are delivered. Against disclosure: the harm set out "
       "above. Having weighed these factors, we have concluded that the balance of the "
       "public interest favours maintaining the exemption.")


def harm_blocks(exs, regime, v=0):
    blocks = []
    seen = []
    for ex in exs:
        kind, num, rest = _split_ex(ex)
        key = ("reg" + num + rest) if kind == "reg" else ("s" + num)
        if key in seen:
            continue
        seen.append(key)
        group = [e for e in exs if (("reg" + _split_ex(e)[1] + _split_ex(e)[2]) if _split_ex(e)[0] == "reg" else ("s" + _split_ex(e)[1])) == key]
        blocks.append(("h3", ex_phrase(group, 3 if kind == "s" else 1, regime)))
        blocks.append(("p", HARM.get(key, "Disclosure would cause the harm the exception protects against.")))
        if key not in ("s40",):
            blocks.append(("p", PIT.replace("exemption", "exception") if regime == "eir" else PIT))
    return blocks


# ---------------------------------------------------------------- block output
def blocks_to_text(blocks, md=False):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            if md:
                out.append({"h1": "# ", "h2": "## ", "h3": "### "}[t] + b[1])
            else:
                out.append(b[1].upper() if t != "h3" else b[1])
            out.append("")
        elif t == "p":
            out.append(b[1])
            out.append("")
        elif t == "lines":
            out.extend(b[1])
            out.append("")
        elif t == "table":
            header, rows = b[1], b[2]
            if md:
                out.append("| " + " | ".join(header) + " |")
                out.append("|" + "---|" * len(header))
                for r in rows:
                    if len(r) == 1:
                        out.append("| **" + r[0] + "** |" + " |" * (len(header) - 1))
                    else:
                        out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                for r in rows:
                    if len(r) == 1:
                        out.append(r[0])
                    else:
                        out.append(r[0])
                        out.append("    " + r[1])
                    out.append("")
            out.append("")
        elif t == "hr":
            out.append("-" * 60 if not md else "---")
            out.append("")
        else:
            raise ValueError(t)
    text = "\n".join(out).rstrip() + "\n"
    return text


def blocks_to_html_body(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (t, html.escape(b[1]), t))
        elif t == "p":
            out.append("<p>%s</p>" % html.escape(b[1]))
        elif t == "lines":
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in b[1]) + "</p>")
        elif t == "table":
            header, rows = b[1], b[2]
            s = ['<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">']
            s.append("<tr>" + "".join('<th style="text-align:left;width:50%%">%s</th>' % html.escape(x) for x in header) + "</tr>")
            for r in rows:
                if len(r) == 1:
                    s.append('<tr><td colspan="%d"><b>%s</b></td></tr>' % (len(header), html.escape(r[0])))
                else:
                    s.append("<tr>" + "".join('<td valign="top">%s</td>' % html.escape(c) for c in r) + "</tr>")
            s.append("</table>")
            out.append("\n".join(s))
        elif t == "hr":
            out.append("<hr>")
    return "\n".join(out)


def html_doc(title, body, css=""):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>%s</title><style>body{font-family:Arial,Helvetica,sans-serif;"
            "font-size:11pt;line-height:1.35;margin:2em} h1{font-size:15pt} h2{font-size:13pt}"
            " h3{font-size:11.5pt} %s</style></head><body>\n%s\n</body></html>\n"
            % (html.escape(title), css, body))


def disclosure_page(site, title, body, crumbs, footer_lines):
    nav = ("<div class=\"cookie-banner\"><p>We use cookies to make this website work and to "
           "understand how you use it. <a href=\"#\">Accept all cookies</a> | "
           "<a href=\"#\">Reject non-essential cookies</a> | <a href=\"#\">Cookie settings</a></p></div>\n"
           "<header><p><a href=\"#\">Skip to main content</a></p><p><b>%s</b></p>"
           "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Services</a></li>"
           "<li><a href=\"#\">About us</a></li><li><a href=\"#\">Contact us</a></li>"
           "<li><a href=\"#\">Search</a></li></ul></nav></header>\n" % html.escape(site))
    bc = "<p class=\"breadcrumb\">" + " &gt; ".join("<a href=\"#\">%s</a>" % html.escape(c) for c in crumbs) + "</p>\n"
    foot = ("<footer><p>" + "<br>".join(html.escape(x) for x in footer_lines) + "</p>"
            "<p><a href=\"#\">Accessibility statement</a> | <a href=\"#\">Privacy notice</a> | "
            "<a href=\"#\">Terms of use</a></p></footer>\n")
    return html_doc(title, nav + bc + "<main>\n<h1>%s</h1>\n" % html.escape(title) + body + "\n</main>\n" + foot)


# ---------------------------------------------------------------- PDF / DOCX producers
def soffice(src, outdir, target):
    """target: 'pdf' or 'docx'."""
    with tempfile.TemporaryDirectory() as prof:
        args = ["soffice", "-env:UserInstallation=file://" + prof, "--headless"]
        if src.endswith(".html"):
            args += ["--infilter=HTML (StarWriter)"]
        if target == "pdf":
            args += ["--convert-to", "pdf:writer_pdf_Export"]
        else:
            args += ["--convert-to", 'docx:MS Word 2007 XML']
        args += ["--outdir", outdir, src]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + target)


def chromium_pdf(src, dst):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--user-data-dir=" + prof, "--no-pdf-header-footer",
                        "--print-to-pdf=" + dst, "file://" + os.path.abspath(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def _ps_escape(s):
    s = (s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2018", "'")
         .replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u2022", "*"))
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif ch == "-":
            out.append("\\255")
        elif 32 <= o < 127:
            out.append(ch)
        elif 160 <= o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "".join(out)


def wrap(text, width):
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        indent = len(para) - len(para.lstrip(" "))
        words_ = para.split()
        cur = " " * indent
        for w in words_:
            if len(cur) + len(w) + (1 if cur.strip() else 0) > width and cur.strip():
                lines.append(cur)
                cur = " " * indent + w
            else:
                cur = cur + (" " if cur.strip() else "") + w
        lines.append(cur)
    return lines


def ps_pdf(text, dst, header="", footer="", width=92):
    lines = wrap(text, width)
    per_page = 58
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    ps = ["%!PS-Adobe-3.0", "%%Pages: %d" % len(pages), "%%EndComments",
          "/Helvetica findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding ISOLatin1Encoding def currentdict end /HelvL exch definefont pop",
          "/Helvetica-Bold findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding ISOLatin1Encoding def currentdict end /HelvLB exch definefont pop"]
    for n, pg in enumerate(pages, 1):
        ps.append("%%%%Page: %d %d" % (n, n))
        ps.append("/HelvLB findfont 8 scalefont setfont")
        if header:
            ps.append("260 800 moveto (%s) show" % _ps_escape(header))
        ps.append("/HelvL findfont 9.5 scalefont setfont")
        y = 770
        for ln in pg:
            if ln:
                ps.append("60 %d moveto (%s) show" % (y, _ps_escape(ln)))
            y -= 12.4
        ps.append("/HelvL findfont 8 scalefont setfont")
        ft = (footer + "   " if footer else "") + "Page %d of %d" % (n, len(pages))
        ps.append("60 40 moveto (%s) show" % _ps_escape(ft))
        ps.append("showpage")
    ps.append("%%EOF")
    with tempfile.NamedTemporaryFile("w", suffix=".ps", delete=False, encoding="latin-1", errors="replace") as f:
        f.write("\n".join(ps) + "\n")
        psname = f.name
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-sOutputFile=" + dst, psname], check=True, timeout=120)
    os.unlink(psname)
