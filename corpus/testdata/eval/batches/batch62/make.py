#!/usr/bin/env python3
"""Render batch 62 and write expect.json / labels_full.json.

Standard library only. Labels come from the Q objects each letter holds
(src/letters*.py), never from the rendered output.
Usage: python3 make.py [--labels-only]
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
TMP = os.path.join(HERE, "tmp")
sys.path.insert(0, SRC)

import letters1  # noqa: E402
import letters2  # noqa: E402
import letters3  # noqa: E402

LETTERS = letters1.LETTERS + letters2.LETTERS + letters3.LETTERS

LO_PROFILE = "file://" + os.path.join(TMP, "lo_profile")
CHROME_PROFILE = os.path.join(TMP, "chrome_profile")


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise SystemExit("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r


def soffice(src, target, outdir):
    # Load HTML into Writer proper (not Writer/Web): the Writer/Web import
    # drops a first line that ends in <br> onto a blank first page.
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)",
         "--convert-to", target, "--outdir", outdir, src])


def chrome_pdf(src_html, out_pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--user-data-dir=" + CHROME_PROFILE, "--no-pdf-header-footer",
         "--print-to-pdf=" + out_pdf, "file://" + src_html])


def gs_redistil(in_pdf, out_pdf):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out_pdf, in_pdf])


def ocr_pdf(in_pdf, out_pdf, work):
    os.makedirs(work, exist_ok=True)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(work, "page-%02d.png"), in_pdf])
    pages = sorted(f for f in os.listdir(work) if f.endswith(".png"))
    parts = []
    for pg in pages:
        base = os.path.join(work, pg[:-4])
        run(["tesseract", os.path.join(work, pg), base, "pdf"])
        parts.append(base + ".pdf")
    if len(parts) == 1:
        shutil.copy(parts[0], out_pdf)
    else:
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out_pdf] + parts)


def render(L):
    stem = os.path.splitext(L.file)[0]
    out = os.path.join(HERE, L.file)
    content = L.build(L)
    if L.fmt in ("txt", "md", "html"):
        with open(os.path.join(SRC, L.file), "w", encoding="utf-8") as f:
            f.write(content)
        shutil.copy(os.path.join(SRC, L.file), out)
        return
    src_html = os.path.join(SRC, stem + ".html")
    with open(src_html, "w", encoding="utf-8") as f:
        f.write(content)
    work = os.path.join(TMP, stem)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    if L.fmt in ("pdf-lo", "pdf-lo-gs"):
        soffice(src_html, "pdf:writer_pdf_Export", work)
        produced = os.path.join(work, stem + ".pdf")
        if L.fmt == "pdf-lo":
            shutil.copy(produced, out)
        else:
            gs_redistil(produced, out)
    elif L.fmt in ("pdf-chrome", "pdf-chrome-gs"):
        produced = os.path.join(work, stem + ".pdf")
        chrome_pdf(src_html, produced)
        if L.fmt == "pdf-chrome":
            shutil.copy(produced, out)
        else:
            gs_redistil(produced, out)
    elif L.fmt == "docx":
        soffice(src_html, 'docx:MS Word 2007 XML', work)
        shutil.copy(os.path.join(work, stem + ".docx"), out)
    elif L.fmt == "pdf-ocr":
        produced = os.path.join(work, stem + ".clean.pdf")
        chrome_pdf(src_html, produced)
        ocr_pdf(produced, out, os.path.join(work, "ocr"))
    else:
        raise ValueError(L.fmt)


def labels():
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L.file] = {
            "authority": L.authority,
            "reference": L.reference,
            "date": L.date,
            "questions": {q.id: {"stance": q.stance, "exemptions": sorted(q.ex)} for q in L.questions},
        }
        full[L.file] = {
            "received": L.received,
            "regime": L.regime,
            "layout": L.layout,
            "traps": L.traps,
        }
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    files = [L.file for L in LETTERS]
    assert len(files) == len(set(files))
    os.makedirs(TMP, exist_ok=True)
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--labels-only" not in sys.argv:
        for L in LETTERS:
            if only and not any(o in L.file for o in only):
                continue
            print("rendering", L.file, L.fmt, file=sys.stderr)
            render(L)
    labels()
    nq = sum(len(L.questions) for L in LETTERS)
    print("%d letters, %d questions" % (len(LETTERS), nq), file=sys.stderr)


if __name__ == "__main__":
    main()
