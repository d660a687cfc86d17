#!/usr/bin/env python3
"""Render batch 51 and write expect.json / labels_full.json.

Labels come from the question data held for each letter (src/letters*.py),
never from the rendered output."""
import json, os, shutil, subprocess, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(SRC, "build")
sys.path.insert(0, SRC)

import letters1, letters2, letters3, letters4  # noqa: E402

LETTERS = letters1.LETTERS + letters2.LETTERS + letters3.LETTERS + letters4.LETTERS
LO_PROFILE = "file://" + os.path.join(BUILD, "lo-profile")
VALID = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"command failed: {cmd}\n{r.stdout}\n{r.stderr}")
    return r


def soffice(src, target):
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", target, "--outdir", BUILD, src])


def chrome(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", "file://" + src])


def gs_redistil(src, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, src])


def render(L):
    stem, ext = os.path.splitext(L["file"])
    final = os.path.join(HERE, L["file"])
    content = L["render"](L)
    fmt = L["fmt"]
    if fmt in ("txt", "md", "html"):
        with open(final, "w", encoding="utf-8") as f:
            f.write(content)
        return
    src = os.path.join(BUILD, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(content)
    if fmt == "pdf-lo":
        soffice(src, "pdf:writer_pdf_Export")
        shutil.copy(os.path.join(BUILD, stem + ".pdf"), final)
    elif fmt == "pdf-lo-gs":
        soffice(src, "pdf:writer_pdf_Export")
        gs_redistil(os.path.join(BUILD, stem + ".pdf"), final)
    elif fmt == "pdf-chrome":
        chrome(src, final)
    elif fmt == "pdf-gs":
        mid = os.path.join(BUILD, stem + ".chrome.pdf")
        chrome(src, mid)
        gs_redistil(mid, final)
    elif fmt == "pdf-ocr":
        mid = os.path.join(BUILD, stem + ".chrome.pdf")
        chrome(src, mid)
        for old in glob.glob(os.path.join(BUILD, stem + "-p*.png")):
            os.remove(old)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(BUILD, stem + "-p%02d.png"), mid])
        pages = sorted(glob.glob(os.path.join(BUILD, stem + "-p*.png")))
        lst = os.path.join(BUILD, stem + "-pages.txt")
        with open(lst, "w") as f:
            f.write("\n".join(pages) + "\n")
        run(["tesseract", lst, os.path.join(BUILD, stem + ".ocr"), "pdf"])
        shutil.copy(os.path.join(BUILD, stem + ".ocr.pdf"), final)
    elif fmt == "docx":
        soffice(src, "docx:MS Word 2007 XML")
        shutil.copy(os.path.join(BUILD, stem + ".docx"), final)
    else:
        raise SystemExit("unknown fmt " + fmt)


def check(L):
    ids = set()
    for q in L["qs"]:
        assert q["st"] in VALID, (L["file"], q)
        qid = f"P{q['p']}.Q{q['n']}"
        assert qid not in ids, (L["file"], qid)
        ids.add(qid)
        if q["st"] in ("withheld", "partially_released", "ncnd", "refused"):
            assert q["ex"], (L["file"], qid, "needs exemption")


def main():
    os.makedirs(BUILD, exist_ok=True)
    only = set(sys.argv[1:])
    expect, full = {}, {}
    assert len({L["file"] for L in LETTERS}) == len(LETTERS)
    for L in LETTERS:
        check(L)
        if not only or L["file"] in only:
            print("rendering", L["file"], file=sys.stderr)
            render(L)
        expect[L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {f"P{q['p']}.Q{q['n']}": {"stance": q["st"], "exemptions": sorted(q["ex"])} for q in L["qs"]},
        }
        full[L["file"]] = {"received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump({"letters": expect}, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    nq = sum(len(L["qs"]) for L in LETTERS)
    nw = sum(1 for L in LETTERS for q in L["qs"] if q["st"] == "withheld")
    print(f"{len(LETTERS)} letters, {nq} questions, {nw} withheld", file=sys.stderr)


if __name__ == "__main__":
    main()
