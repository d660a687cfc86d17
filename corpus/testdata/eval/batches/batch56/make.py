#!/usr/bin/env python3
"""Render batch 56 and write expect.json / labels_full.json.

Labels come only from the Q objects in src/letters_*.py (the truth each
letter was written from), never from the rendered files.
"""
import json, os, shutil, subprocess, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(SRC, "build")
sys.path.insert(0, SRC)

import letters_a, letters_b, letters_c, letters_d  # noqa: E402

LETTERS = letters_a.LETTERS + letters_b.LETTERS + letters_c.LETTERS + letters_d.LETTERS
LO_PROFILE = "file://" + os.path.join(BUILD, "lo-profile")
CHROME_PROFILE = os.path.join(BUILD, "chrome-profile")


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    if r.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stdout}")
    return r.stdout


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def soffice(src_html, target):
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", BUILD, src_html])


def chrome_pdf(src_html, out_pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={CHROME_PROFILE}",
         "--no-pdf-header-footer", f"--print-to-pdf={out_pdf}", "file://" + src_html])


def gs_redistil(in_pdf, out_pdf):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out_pdf, in_pdf])


def render(L):
    name = L["file"]
    stem, ext = os.path.splitext(name)
    out = os.path.join(HERE, name)
    fmt = L["fmt"]
    if fmt in ("txt", "md", "html"):
        write(out, L["body"])
        return
    src_html = os.path.join(BUILD, stem + ".html")
    write(src_html, L["body"])
    if fmt in ("pdf-lo", "pdf-lo-gs"):
        soffice(src_html, "pdf:writer_pdf_Export")
        pdf = os.path.join(BUILD, stem + ".pdf")
        if fmt == "pdf-lo-gs":
            gs_redistil(pdf, out)
        else:
            shutil.copy(pdf, out)
    elif fmt in ("pdf-chrome", "pdf-chrome-gs"):
        pdf = os.path.join(BUILD, stem + ".chrome.pdf")
        chrome_pdf(src_html, pdf)
        if fmt == "pdf-chrome-gs":
            gs_redistil(pdf, out)
        else:
            shutil.copy(pdf, out)
    elif fmt == "docx":
        soffice(src_html, "docx:MS Word 2007 XML")
        shutil.copy(os.path.join(BUILD, stem + ".docx"), out)
    elif fmt == "ocr":
        pdf = os.path.join(BUILD, stem + ".chrome.pdf")
        chrome_pdf(src_html, pdf)
        for old in glob.glob(os.path.join(BUILD, stem + "-p*.png")):
            os.remove(old)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(BUILD, stem + "-p%02d.png"), pdf])
        pages = sorted(glob.glob(os.path.join(BUILD, stem + "-p*.png")))
        lst = os.path.join(BUILD, stem + "-pages.txt")
        write(lst, "\n".join(pages) + "\n")
        base = os.path.join(BUILD, stem + ".ocr")
        run(["tesseract", lst, base, "-l", "eng", "pdf"])
        shutil.copy(base + ".pdf", out)
    else:
        raise SystemExit(f"unknown format {fmt}")


def main():
    os.makedirs(BUILD, exist_ok=True)
    only = set(sys.argv[1:])
    names = [L["file"] for L in LETTERS]
    assert len(names) == len(set(names))
    for L in LETTERS:
        if only and L["file"] not in only:
            continue
        print("rendering", L["file"], file=sys.stderr)
        render(L)
    expect = {"letters": {}}
    full = {}
    for L in LETTERS:
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {q.id: q.label() for q in L["qs"]},
        }
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": list(L["traps"])}
    write(os.path.join(HERE, "expect.json"), json.dumps(expect, indent=2, ensure_ascii=False) + "\n")
    write(os.path.join(HERE, "labels_full.json"), json.dumps(full, indent=2, ensure_ascii=False) + "\n")
    nq = sum(len(L["qs"]) for L in LETTERS)
    print(f"{len(LETTERS)} letters, {nq} questions", file=sys.stderr)


if __name__ == "__main__":
    main()
