#!/usr/bin/env python3
"""Render batch b45 (24 fictional UK FOI/EIR/FOISA response letters) and write labels.

Standard library only.  Letter content and the truth for each question live in
src/letters.py; labels are taken from that data, never from the rendered files.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = HERE
BUILD = os.path.join(SRC, "build")
LO_PROFILE = "file://" + os.path.join(SRC, ".lo-profile")
sys.path.insert(0, SRC)

import letters  # noqa: E402

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}


# ---------------------------------------------------------------- inline
def strip_inline(s):
    return s.replace("**", "")


def html_inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(https?://[^\s<]+[^\s<.,;)])", r'<a href="\1">\1</a>', s)
    return s.replace("\n", "<br>\n")


# ---------------------------------------------------------------- text
def _wrap(s, width, indent="", sub=""):
    if not width:
        return indent + s
    out = []
    for para in s.split("\n"):
        out.append(textwrap.fill(para, width, initial_indent=indent,
                                 subsequent_indent=sub or indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def item_parts(it):
    """A list item is a string, or a dict with text / sub / after."""
    if isinstance(it, str):
        return it, [], []
    return it.get("text", ""), it.get("sub", []), it.get("after", [])


def to_text(blocks, width=None, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lines":
            out.append("\n".join(strip_inline(x) if not md else x for x in b[1]))
        elif k == "p":
            t = b[1] if md else strip_inline(b[1])
            out.append(_wrap(t, width))
        elif k == "h":
            lvl = b[2] if len(b) > 2 else 2
            t = strip_inline(b[1])
            out.append(("#" * lvl + " " + t) if md else t)
        elif k in ("ol", "ul"):
            opts = b[2] if len(b) > 2 else {}
            start = opts.get("start", 1)
            fmt = opts.get("fmt", "{n}. " if k == "ol" else ("- " if md else "• "))
            subfmt = opts.get("subfmt", "{a}. ")
            lines = []
            for i, it in enumerate(b[1]):
                text, sub, after = item_parts(it)
                marker = fmt.format(n=i + start)
                t = text if md else strip_inline(text)
                lines.append(_wrap(t, width, marker, " " * len(marker)))
                for j, s in enumerate(sub):
                    sm = "    " + subfmt.format(a="abcdefghij"[j], r=["i", "ii", "iii", "iv", "v", "vi"][j])
                    lines.append(_wrap(s if md else strip_inline(s), width, sm, " " * len(sm)))
                for a in after:
                    lines.append("")
                    lines.append(_wrap(a if md else strip_inline(a), width, " " * len(marker), " " * len(marker)))
                if after:
                    lines.append("")
            out.append("\n".join(lines).rstrip())
        elif k == "quote":
            paras = b[1]
            pre = "> " if md else "    "
            out.append("\n\n".join(_wrap(p if md else strip_inline(p), width and width - 4, pre, pre) for p in paras))
        elif k == "table":
            header, rows = b[1], b[2]
            if md:
                lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                for r in rows:
                    lines.append("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |")
                out.append("\n".join(lines))
            else:
                lines = []
                for r in rows:
                    for h, c in zip(header, r):
                        lines.append(_wrap(f"{h}: {strip_inline(c)}", width))
                    lines.append("")
                out.append("\n".join(lines).rstrip())
        elif k == "rule":
            out.append("-" * (width or 60) if not md else "---")
        elif k in ("pb", "raw", "br"):
            if k == "br":
                out.append("")
            continue
        else:
            raise ValueError(k)
    return "\n\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- html
def to_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        opts = b[-1] if isinstance(b[-1], dict) else {}
        cls = f' class="{opts["cls"]}"' if opts.get("cls") else ""
        if k == "lines":
            out.append(f"<p{cls}>" + "<br>\n".join(html_inline(x) for x in b[1]) + "</p>")
        elif k == "p":
            out.append(f"<p{cls}>{html_inline(b[1])}</p>")
        elif k == "h":
            lvl = b[2] if len(b) > 2 and isinstance(b[2], int) else 2
            out.append(f"<h{lvl}{cls}>{html_inline(b[1])}</h{lvl}>")
        elif k in ("ol", "ul"):
            start = opts.get("start", 1)
            attrs = f' start="{start}"' if (k == "ol" and start != 1) else ""
            if opts.get("type"):
                attrs += f' type="{opts["type"]}"'
            items = []
            for it in b[1]:
                text, sub, after = item_parts(it)
                s = f"<li><p>{html_inline(text)}</p>"
                if sub:
                    st = opts.get("subtype", "a")
                    s += f'<ol type="{st}">' + "".join(f"<li>{html_inline(x)}</li>" for x in sub) + "</ol>"
                for a in after:
                    s += f"<p>{html_inline(a)}</p>"
                s += "</li>"
                items.append(s)
            out.append(f"<{k}{attrs}{cls}>\n" + "\n".join(items) + f"\n</{k}>")
        elif k == "quote":
            out.append(f"<blockquote{cls}>" + "".join(f"<p>{html_inline(p)}</p>" for p in b[1]) + "</blockquote>")
        elif k == "table":
            header, rows = b[1], b[2]
            widths = opts.get("widths")
            s = f'<table{cls} border="1" cellpadding="5" cellspacing="0" width="100%">\n'
            if widths:
                s += "".join(f'<col width="{w}">' for w in widths) + "\n"
            s += "<thead><tr>" + "".join(f"<th>{html_inline(h)}</th>" for h in header) + "</tr></thead>\n<tbody>\n"
            for r in rows:
                s += "<tr>" + "".join(f'<td valign="top">{html_inline(c)}</td>' for c in r) + "</tr>\n"
            s += "</tbody></table>"
            out.append(s)
        elif k == "rule":
            out.append("<hr>")
        elif k == "pb":
            out.append('<p style="page-break-before: always"></p>')
        elif k == "br":
            out.append("<p>&nbsp;</p>")
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)


def html_doc(body, css="", title="Letter"):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")


# ---------------------------------------------------------------- producers
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=240, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stdout}")
    return r.stdout


def soffice(src, target_fmt, outdir):
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target_fmt, "--outdir", outdir, src])


def produce(L):
    name = L["file"]
    stem = os.path.splitext(name)[0]
    fmt = L["fmt"]
    dest = os.path.join(OUT, name)
    if fmt == "txt":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(L.get("text_prefix", "") + to_text(L["blocks"], L.get("width")))
        return
    if fmt == "md":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(to_text(L["blocks"], L.get("width"), md=True))
        return
    body = to_html(L["blocks"])
    if L.get("chrome"):
        page = L["chrome"](body)
    else:
        page = html_doc(body, L.get("css", ""), title=L.get("title", stem))
    if fmt == "html":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(page)
        return
    src_html = os.path.join(SRC, "html", stem + ".html")
    os.makedirs(os.path.dirname(src_html), exist_ok=True)
    with open(src_html, "w", encoding="utf-8") as f:
        f.write(page)
    work = os.path.join(BUILD, stem)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    if fmt == "docx":
        soffice(src_html, "docx:MS Word 2007 XML", work)
        shutil.copy(os.path.join(work, stem + ".docx"), dest)
    elif fmt == "pdf-soffice":
        soffice(src_html, "pdf:writer_pdf_Export", work)
        shutil.copy(os.path.join(work, stem + ".pdf"), dest)
    elif fmt == "pdf-chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={os.path.join(work, 'chr')}",
             f"--print-to-pdf={dest}", "file://" + src_html])
    elif fmt == "pdf-gs":
        soffice(src_html, "pdf:writer_pdf_Export", work)
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
             "-o", dest, os.path.join(work, stem + ".pdf")])
    elif fmt == "pdf-ocr":
        soffice(src_html, "pdf:writer_pdf_Export", work)
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(work, "page-%02d.png"), os.path.join(work, stem + ".pdf")])
        pages = sorted(p for p in os.listdir(work) if p.startswith("page-"))
        with open(os.path.join(work, "pages.txt"), "w") as f:
            f.write("\n".join(os.path.join(work, p) for p in pages) + "\n")
        run(["tesseract", os.path.join(work, "pages.txt"), os.path.join(work, "ocr"), "pdf"])
        shutil.copy(os.path.join(work, "ocr.pdf"), dest)
    else:
        raise ValueError(fmt)


# ---------------------------------------------------------------- labels
def labels(L):
    qs = {}
    for q in L["qs"]:
        assert q["stance"] in STANCES, q
        if q["stance"] == "partially_released":
            assert q["ex"], (L["file"], q["id"])
        qid = q["id"]
        assert qid not in qs, (L["file"], qid)
        qs[qid] = {"stance": q["stance"], "exemptions": sorted(set(q["ex"]))}
    return {"authority": L["authority"], "reference": L["reference"], "date": L["date"], "questions": qs}


def main():
    only = set(sys.argv[1:])
    all_letters = letters.build()
    names = [L["file"] for L in all_letters]
    assert len(names) == len(set(names))
    expect, full = {"letters": {}}, {}
    for L in all_letters:
        if not only or L["file"] in only:
            print("render", L["file"], file=sys.stderr)
            produce(L)
        expect["letters"][L["file"]] = labels(L)
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(OUT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
    nq = sum(len(v["questions"]) for v in expect["letters"].values())
    print(f"{len(expect['letters'])} letters, {nq} questions", file=sys.stderr)


if __name__ == "__main__":
    main()
