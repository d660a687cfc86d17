#!/usr/bin/env python3
"""Render batch 63 and write expect.json / labels_full.json.

Labels come from the per-letter truth held in src/letters_*.py, never from the
rendered output.  Standard library only; external renderers: soffice,
chromium, gs, tesseract.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)

from common import html_page  # noqa: E402
import letters_a, letters_b, letters_c, letters_d  # noqa: E402

LETTERS = letters_a.LETTERS + letters_b.LETTERS + letters_c.LETTERS + letters_d.LETTERS

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}
EX_RE = re.compile(r"^(foisa:)?(s\d+[A-Z]?(\(\w+\))*|reg\d+(\(\w+\))*)$")
LO_CSS = "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt} td{font-size:10pt}"


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300, **kw)
    if r.returncode != 0:
        raise SystemExit("command failed: %s\n%s" % (cmd, r.stdout.decode(errors="replace")))
    return r


def soffice(src, target, outdir):
    run(["soffice", "--headless", "--norestore", "--infilter=HTML (StarWriter)",
         "--convert-to", target, "--outdir", outdir, src])


def stem(name):
    return os.path.splitext(name)[0]


def lo_html(L):
    body = L["body"]
    if L.get("header"):
        body = '<div title="header"><p>%s</p></div>\n' % L["header"] + body
    if L.get("footer"):
        body = body + '\n<div title="footer"><p align="center"><font size="1">%s</font></p></div>' % L["footer"]
    return html_page(body, css=LO_CSS, title=L["reference"])


def dup_left(m):
    h = m.group(0)
    add = ""
    for tag in ("header", "footer"):
        g = re.search(r"<style:%s>(.*?)</style:%s>" % (tag, tag), h, re.S)
        if g:
            add += "<style:%s-left>%s</style:%s-left>" % (tag, g.group(1), tag)
    return h.replace("</style:master-page>", add + "</style:master-page>")


def render(L, work):
    out = os.path.join(HERE, L["file"])
    fmt = L["fmt"]
    s = stem(L["file"])
    if fmt in ("txt", "md", "html"):
        with open(os.path.join(SRC, L["file"]), "w", encoding="utf-8") as f:
            f.write(L["body"])
        shutil.copyfile(os.path.join(SRC, L["file"]), out)
        return
    html = L["body"] if L["body"].lstrip().startswith("<!DOCTYPE") else lo_html(L)
    srcfile = os.path.join(SRC, s + ".html")
    with open(srcfile, "w", encoding="utf-8") as f:
        f.write(html)
    tmp = tempfile.mkdtemp(dir=work)
    if fmt in ("lo-pdf", "lo-gs-pdf", "ocr-pdf"):
        if L.get("header") or L.get("footer"):
            # Writer's HTML import puts header/footer on right-hand pages only;
            # go through flat ODT and copy them to left-hand pages as well.
            soffice(srcfile, "fodt", tmp)
            fodt = os.path.join(tmp, s + ".fodt")
            with open(fodt, encoding="utf-8") as f:
                x = f.read()
            x = re.sub(r'<style:master-page style:name="HTML".*?</style:master-page>', dup_left, x, flags=re.S)
            with open(fodt, "w", encoding="utf-8") as f:
                f.write(x)
            run(["soffice", "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export",
                 "--outdir", tmp, fodt])
        else:
            soffice(srcfile, "pdf:writer_pdf_Export", tmp)
        pdf = os.path.join(tmp, s + ".pdf")
        if fmt == "lo-pdf":
            shutil.copyfile(pdf, out)
        elif fmt == "lo-gs-pdf":
            run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", out, pdf])
        else:
            run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r150",
                 "-o", os.path.join(tmp, "page-%02d.png"), pdf])
            pages = sorted(p for p in os.listdir(tmp) if p.startswith("page-"))
            parts = []
            for p in pages:
                base = os.path.join(tmp, stem(p))
                run(["tesseract", os.path.join(tmp, p), base, "pdf"])
                parts.append(base + ".pdf")
            if len(parts) == 1:
                shutil.copyfile(parts[0], out)
            else:
                run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", out] + parts)
    elif fmt in ("chrome-pdf", "chrome-gs-pdf"):
        pdf = os.path.join(tmp, s + ".pdf")
        prof = os.path.join(tmp, "profile")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + prof, "--print-to-pdf=" + pdf, "file://" + srcfile])
        if fmt == "chrome-pdf":
            shutil.copyfile(pdf, out)
        else:
            run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", out, pdf])
    elif fmt == "docx":
        soffice(srcfile, 'docx:MS Word 2007 XML', tmp)
        shutil.copyfile(os.path.join(tmp, s + ".docx"), out)
    else:
        raise SystemExit("unknown fmt " + fmt)


def validate(L):
    ids = [q["id"] for q in L["questions"]]
    assert len(ids) == len(set(ids)), L["file"]
    part_counts = {}
    for qq in L["questions"]:
        m = re.match(r"^P(\d+)\.Q(\d+)$", qq["id"])
        p, n = int(m.group(1)), int(m.group(2))
        assert n == part_counts.get(p, 0) + 1, (L["file"], qq["id"])
        part_counts[p] = n
        assert qq["stance"] in STANCES, qq
        for e in qq["exemptions"]:
            assert EX_RE.match(e), (L["file"], e)
        if qq["stance"] in ("partially_released", "withheld", "refused"):
            assert qq["exemptions"], (L["file"], qq["id"])
        if L["regime"] == "foisa":
            assert all(e.startswith("foisa:") for e in qq["exemptions"]), L["file"]
    assert re.match(r"^\d{4}-\d\d-\d\d$", L["date"])
    assert L["received"] == "" or re.match(r"^\d{4}-\d\d-\d\d$", L["received"])


def main():
    only = set(sys.argv[1:])
    work = os.path.join(HERE, ".work")
    os.makedirs(work, exist_ok=True)
    expect, full = {"letters": {}}, {}
    names = set()
    for L in LETTERS:
        validate(L)
        assert L["file"] not in names
        names.add(L["file"])
        if not only or L["file"] in only or any(o in L["file"] for o in only):
            print("rendering", L["file"], file=sys.stderr)
            render(L, work)
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {q["id"]: {"stance": q["stance"], "exemptions": sorted(q["exemptions"])}
                          for q in L["questions"]},
        }
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
    shutil.rmtree(work, ignore_errors=True)
    nq = sum(len(L["questions"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for q in L["questions"] if q["stance"] == "withheld")
    print("%d letters, %d questions, %d withheld" % (len(LETTERS), nq, nw), file=sys.stderr)


if __name__ == "__main__":
    main()
