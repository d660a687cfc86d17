#!/usr/bin/env python3
"""Render every batch 64 letter to its final input file and write the labels.

Standard library only. External producers: LibreOffice (soffice), Chromium,
Ghostscript, Tesseract, poppler (pdfunite). Labels come from the question data
held in src/letters_*.py, never from the rendered output.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(SRC, "build")
sys.path.insert(0, SRC)

import letters_pdf, letters_docx, letters_html, letters_text  # noqa: E402

LETTERS = (letters_pdf.LETTERS + letters_docx.LETTERS + letters_html.LETTERS
           + letters_text.LETTERS)

os.environ["HOME"] = BUILD
LO_PROFILE = "file://" + os.path.join(BUILD, "lo_profile")
CHROME_PROFILE = os.path.join(BUILD, "chrome_profile")


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (" ".join(cmd), r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def soffice(src, target, outdir):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", outdir, src])


def chrome_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--user-data-dir=" + CHROME_PROFILE, "--no-pdf-header-footer",
         "--print-to-pdf=" + out, "file://" + src])


def gs_distil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inp])


def render(L):
    stem = os.path.splitext(L["file"])[0]
    out = os.path.join(HERE, L["file"])
    text = L["render"](L)
    fmt = L["fmt"]
    if fmt in ("txt", "md", "html"):
        src = os.path.join(SRC, L["file"])
        with open(src, "w", encoding="utf-8") as f:
            f.write(text)
        shutil.copyfile(src, out)
        return
    src = os.path.join(SRC, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    work = os.path.join(BUILD, stem)
    os.makedirs(work, exist_ok=True)
    if fmt in ("pdf-lo", "pdf-lo-gs"):
        soffice(src, "pdf:writer_pdf_Export", work)
        made = os.path.join(work, stem + ".pdf")
        if fmt == "pdf-lo-gs":
            gs_distil(made, out)
        else:
            shutil.copyfile(made, out)
    elif fmt in ("pdf-chrome", "pdf-chrome-gs"):
        made = os.path.join(work, stem + ".chrome.pdf")
        chrome_pdf(src, made)
        if fmt == "pdf-chrome-gs":
            gs_distil(made, out)
        else:
            shutil.copyfile(made, out)
    elif fmt == "docx":
        soffice(src, 'docx:MS Word 2007 XML', work)
        shutil.copyfile(os.path.join(work, stem + ".docx"), out)
    elif fmt == "ocr":
        made = os.path.join(work, stem + ".clean.pdf")
        chrome_pdf(src, made)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(work, "page-%02d.png"), made])
        pages = sorted(p for p in os.listdir(work) if p.startswith("page-") and p.endswith(".png"))
        parts = []
        for p in pages:
            base = os.path.join(work, p[:-4])
            run(["tesseract", os.path.join(work, p), base, "-l", "eng", "pdf"])
            parts.append(base + ".pdf")
        if len(parts) == 1:
            shutil.copyfile(parts[0], out)
        else:
            run(["pdfunite"] + parts + [out])
    else:
        raise ValueError(fmt)


def labels():
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        qs = {}
        for x in sorted(L["questions"], key=lambda x: (x["part"], x["num"])):
            qs["P%d.Q%d" % (x["part"], x["num"])] = {"stance": x["stance"],
                                                     "exemptions": sorted(x["ex"])}
        expect["letters"][L["file"]] = {"authority": L["authority"],
                                        "reference": L["reference"],
                                        "date": L["date"], "questions": qs}
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    only = set(sys.argv[1:])
    os.makedirs(BUILD, exist_ok=True)
    names = [L["file"] for L in LETTERS]
    assert len(names) == len(set(names))
    for L in LETTERS:
        if only and not any(o in L["file"] for o in only):
            continue
        print("rendering", L["file"], flush=True)
        render(L)
    labels()


if __name__ == "__main__":
    main()
