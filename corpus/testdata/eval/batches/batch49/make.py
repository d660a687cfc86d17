#!/usr/bin/env python3
"""Render batch b49 of fictional FOI/EIR/FOISA response letters.

Every letter is defined in src/letters_a.py / src/letters_b.py: a body written
in a small markup, a format, and the truth (each question's stance and applied
exemptions).  Labels in expect.json and labels_full.json are written from that
truth, never from the rendered output.

Markup (one block per blank-line-separated chunk):
  # Heading / ## Subheading
  >> right-aligned line(s)
  1. item            ordered list (numbers taken from the source; HTML uses <ol start>)
     continuation    indented lines continue the previous list item (line break)
  - item             bullet list
  | a | b |          table rows (first row is the header)
  ~~~                page break
  === BANNER ===     (a block whose first line is '!!') rendered as a centred banner
  plain lines        paragraph; single newlines are line breaks
Inline: **bold**, *italic*.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(SRC, "build")
sys.path.insert(0, SRC)

import letters_a  # noqa: E402
import letters_b  # noqa: E402

LETTERS = letters_a.LETTERS + letters_b.LETTERS


# ---------------------------------------------------------------- markup
def parse_blocks(text):
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = chunk.rstrip().split("\n")
        first = lines[0]
        if first.strip() == "~~~":
            blocks.append(("pb",))
        elif first.startswith("!!"):
            blocks.append(("banner", [l.lstrip("!").strip() for l in lines]))
        elif first.startswith("## "):
            blocks.append(("h2", first[3:]))
            if len(lines) > 1:
                blocks.append(("p", lines[1:]))
        elif first.startswith("# "):
            blocks.append(("h1", first[2:]))
            if len(lines) > 1:
                blocks.append(("p", lines[1:]))
        elif first.startswith(">>"):
            blocks.append(("right", [l[2:].strip() for l in lines]))
        elif first.startswith("|"):
            rows = []
            for l in lines:
                cells = [c.strip() for c in l.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-+:?", c) for c in cells):
                    continue
                rows.append(cells)
            blocks.append(("table", rows))
        elif re.match(r"^\d+\.\s", first):
            items = []
            start = int(re.match(r"^(\d+)\.", first).group(1))
            for l in lines:
                m = re.match(r"^(\d+)\.\s+(.*)$", l)
                if m:
                    items.append([m.group(2)])
                else:
                    items[-1].append(l.strip())
            blocks.append(("ol", start, items))
        elif first.startswith("- "):
            items = []
            for l in lines:
                if l.startswith("- "):
                    items.append([l[2:]])
                else:
                    items[-1].append(l.strip())
            blocks.append(("ul", items))
        else:
            blocks.append(("p", lines))
    return blocks


def inline_html(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", s)
    return s


def inline_plain(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", s)
    return s


def to_html_body(text, opts):
    out = []
    for b in parse_blocks(text):
        k = b[0]
        if k == "pb":
            out.append('<p style="page-break-before: always; break-before: page">&nbsp;</p>')
        elif k == "banner":
            out.append('<p class="banner" align="center">' + "<br>".join(inline_html(l) for l in b[1]) + "</p>")
        elif k == "h1":
            out.append("<h2>%s</h2>" % inline_html(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % inline_html(b[1]))
        elif k == "right":
            out.append('<p class="right" align="right">' + "<br>".join(inline_html(l) for l in b[1]) + "</p>")
        elif k == "p":
            out.append("<p>" + "<br>".join(inline_html(l) for l in b[1]) + "</p>")
        elif k == "ol":
            start = b[1]
            attr = ' start="%d"' % start if start != 1 else ""
            lis = "".join("<li>" + "<br>".join(inline_html(x) for x in it) + "</li>" for it in b[2])
            out.append("<ol%s>%s</ol>" % (attr, lis))
        elif k == "ul":
            lis = "".join("<li>" + "<br>".join(inline_html(x) for x in it) + "</li>" for it in b[1])
            out.append("<ul>%s</ul>" % lis)
        elif k == "table":
            rows = b[1]
            widths = opts.get("colwidths")
            t = ['<table class="qa" border="1" cellspacing="0" cellpadding="5" width="100%">']
            if widths:
                t.append("<colgroup>" + "".join('<col width="%s">' % w for w in widths) + "</colgroup>")
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s valign=\"top\">%s</%s>" % (tag, "<br>".join(inline_html(x) for x in c.split(" // ")), tag) for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
    return "\n".join(out)


def to_plain(text, width=None):
    out = []
    for b in parse_blocks(text):
        k = b[0]
        if k == "pb":
            out.append("\f")
        elif k == "banner":
            out.append("\n".join(l.center(70).rstrip() for l in b[1]))
        elif k == "h1":
            out.append(inline_plain(b[1]).upper())
        elif k == "h2":
            out.append(inline_plain(b[1]))
        elif k == "right":
            out.append("\n".join(inline_plain(l).rjust(72) for l in b[1]))
        elif k == "p":
            out.append("\n".join(wrap(inline_plain(l), width) for l in b[1]))
        elif k == "ol":
            n = b[1]
            items = []
            for it in b[2]:
                items.append(wrap("%d. %s" % (n, inline_plain(it[0])), width, "   ") + "".join("\n   " + inline_plain(x) for x in it[1:]))
                n += 1
            out.append("\n".join(items))
        elif k == "ul":
            out.append("\n".join(wrap("* " + inline_plain(it[0]), width, "  ") + "".join("\n  " + inline_plain(x) for x in it[1:]) for it in b[1]))
        elif k == "table":
            rows = b[1]
            out.append("\n".join("\t".join(inline_plain(c.replace(" // ", "; ")) for c in r) for r in rows))
    return "\n\n".join(out) + "\n"


def wrap(s, width, indent=""):
    if not width or len(s) <= width:
        return s
    import textwrap
    return textwrap.fill(s, width=width, subsequent_indent=indent, break_on_hyphens=False)


def to_markdown(text):
    out = []
    for b in parse_blocks(text):
        k = b[0]
        if k == "pb":
            out.append("---")
        elif k == "banner":
            out.append("\n".join("*%s*  " % l for l in b[1]))
        elif k == "h1":
            out.append("## " + b[1])
        elif k == "h2":
            out.append("### " + b[1])
        elif k == "right":
            out.append("  \n".join(b[1]))
        elif k == "p":
            out.append("  \n".join(b[1]))
        elif k == "ol":
            n = b[1]
            items = []
            for it in b[2]:
                items.append("%d. %s" % (n, it[0]) + "".join("  \n   " + x for x in it[1:]))
                n += 1
            out.append("\n".join(items))
        elif k == "ul":
            out.append("\n".join("- " + it[0] + "".join("  \n  " + x for x in it[1:]) for it in b[1]))
        elif k == "table":
            rows = b[1]
            lines = ["| " + " | ".join(c.replace(" // ", "<br>") for c in rows[0]) + " |",
                     "|" + "|".join("---" for _ in rows[0]) + "|"]
            for r in rows[1:]:
                lines.append("| " + " | ".join(c.replace(" // ", "<br>") for c in r) + " |")
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- documents
def html_document(letter, for_print=False):
    css = letter.get("css", "body { font-family: Arial, sans-serif; font-size: 11pt; }")
    base = """
table.qa { border-collapse: collapse; page-break-inside: auto; }
table.qa td, table.qa th { border: 1px solid #555; padding: 5px; vertical-align: top; text-align: left; }
p.right { text-align: right; }
p.banner { text-align: center; font-size: 9pt; color: #444; }
"""
    extra = letter.get("print_fixed", "") if for_print else ""
    body = to_html_body(letter["body"], letter)
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>%s</title><style>%s\n%s</style></head><body>%s\n%s\n</body></html>\n"
            % (html.escape(letter["title"]), base, css, extra, body))


def disclosure_page(letter):
    site = letter["site"]
    body = to_html_body(letter["body"], letter)
    return site["template"].format(
        title=html.escape(letter["title"]),
        body=body,
    )


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("command failed: %s\n%s\n%s\n" % (cmd, r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def soffice_convert(src, fmt, outdir):
    profile = tempfile.mkdtemp(prefix="lo-b49-", dir=BUILD)
    try:
        run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
             "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src])
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def chromium_pdf(src_html, out_pdf):
    prof = tempfile.mkdtemp(prefix="chr-b49-", dir=BUILD)
    try:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--user-data-dir=" + prof, "--no-pdf-header-footer",
             "--print-to-pdf=" + out_pdf, "file://" + src_html])
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def render(letter):
    name = letter["file"]
    stem, ext = os.path.splitext(name)
    fmt = letter["format"]
    out = os.path.join(HERE, name)
    os.makedirs(BUILD, exist_ok=True)
    if fmt == "txt":
        with open(out, "w", encoding="utf-8") as f:
            f.write(to_plain(letter["body"], letter.get("wrap")))
    elif fmt == "md":
        with open(out, "w", encoding="utf-8") as f:
            f.write(to_markdown(letter["body"]))
    elif fmt == "html":
        with open(out, "w", encoding="utf-8") as f:
            f.write(disclosure_page(letter))
    elif fmt in ("lo-pdf", "lo-gs-pdf"):
        src = os.path.join(BUILD, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_document(letter))
        soffice_convert(src, "pdf:writer_pdf_Export", BUILD)
        made = os.path.join(BUILD, stem + ".pdf")
        if fmt == "lo-pdf":
            shutil.move(made, out)
        else:
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, made])
    elif fmt == "chromium-pdf":
        src = os.path.join(BUILD, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_document(letter, for_print=True))
        chromium_pdf(src, out)
    elif fmt == "ocr-pdf":
        src = os.path.join(BUILD, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_document(letter, for_print=True))
        clean = os.path.join(BUILD, stem + ".clean.pdf")
        chromium_pdf(src, clean)
        pngdir = os.path.join(BUILD, stem + "_png")
        shutil.rmtree(pngdir, ignore_errors=True)
        os.makedirs(pngdir)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r150",
             "-o", os.path.join(pngdir, "page-%02d.png"), clean])
        pages = sorted(p for p in os.listdir(pngdir) if p.endswith(".png"))
        parts = []
        for p in pages:
            base = os.path.join(pngdir, p[:-4])
            run(["tesseract", os.path.join(pngdir, p), base, "pdf"])
            parts.append(base + ".pdf")
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out] + parts)
    elif fmt == "docx":
        src = os.path.join(BUILD, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_document(letter))
        soffice_convert(src, 'docx:MS Word 2007 XML', BUILD)
        shutil.move(os.path.join(BUILD, stem + ".docx"), out)
    else:
        raise ValueError(fmt)


def main():
    only = set(sys.argv[1:])
    expect = {"letters": {}}
    full = {}
    seen = set()
    for L in LETTERS:
        assert L["file"] not in seen, L["file"]
        seen.add(L["file"])
        qs = {}
        for qid, stance, ex in L["questions"]:
            assert qid not in qs, (L["file"], qid)
            assert stance in ("released", "partially_released", "withheld", "ncnd", "not_held", "refused"), stance
            if stance == "partially_released":
                assert ex, (L["file"], qid)
            qs[qid] = {"stance": stance, "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"],
            "date": L["date"], "questions": qs,
        }
        full[L["file"]] = {"received": L.get("received", ""), "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
        if not only or L["file"] in only:
            print("rendering", L["file"], file=sys.stderr)
            render(L)
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
