#!/usr/bin/env python3
"""Render batch 57 and write expect.json / labels_full.json.

Labels come only from the Q objects held in src/letters_*.py (the truth each
letter was written from), never from the rendered files.
Standard library only; external producers: soffice, chromium, gs, tesseract.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)

import letters_a, letters_b, letters_c, letters_d  # noqa: E402

LO_PROFILE = "file://" + os.path.join(SRC, ".lo-profile")
CHROME_PROFILE = os.path.join(SRC, ".chrome-profile")


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace')[-800:]}")
    return r


def soffice(src, target_filter, outdir):
    """HTML -> ODT (Writer import) -> target. Going through ODT keeps the
    page header/footer on every page (direct HTML export sets them on page 1 only)."""
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", outdir, src])
    odt = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".odt")
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", target_filter, "--outdir", outdir, odt])


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={CHROME_PROFILE}",
         "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src])


def gs_redistil(pdf_in, pdf_out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", pdf_out, pdf_in])


def render(L, idx):
    stem = os.path.splitext(L["file"])[0]
    fmt = L["fmt"]
    out = os.path.join(HERE, L["file"])
    ext = {"txt": ".txt", "md": ".md"}.get(fmt, ".html")
    src = os.path.join(SRC, f"{idx:02d}-{stem}{ext}")
    with open(src, "w", encoding="utf-8") as f:
        f.write(L["body"])
    if fmt in ("txt", "md", "html"):
        shutil.copyfile(src, out)
        return
    with tempfile.TemporaryDirectory(dir=SRC) as tmp:
        if fmt == "docx":
            soffice(src, "docx:MS Word 2007 XML", tmp)
            shutil.move(os.path.join(tmp, f"{idx:02d}-{stem}.docx"), out)
        elif fmt in ("pdf-lo", "pdf-lo-gs", "ocr"):
            soffice(src, "pdf:writer_pdf_Export", tmp)
            pdf = os.path.join(tmp, f"{idx:02d}-{stem}.pdf")
            if fmt == "pdf-lo":
                shutil.move(pdf, out)
            elif fmt == "pdf-lo-gs":
                gs_redistil(pdf, out)
            else:
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
                     "-o", os.path.join(tmp, "page-%02d.png"), pdf])
                pages = sorted(p for p in os.listdir(tmp) if p.startswith("page-"))
                with open(os.path.join(tmp, "list.txt"), "w") as f:
                    f.write("\n".join(os.path.join(tmp, p) for p in pages) + "\n")
                run(["tesseract", os.path.join(tmp, "list.txt"), os.path.join(tmp, "ocr"), "pdf"])
                shutil.move(os.path.join(tmp, "ocr.pdf"), out)
        elif fmt in ("pdf-chrome", "pdf-chrome-gs"):
            pdf = os.path.join(tmp, "chrome.pdf")
            chromium_pdf(src, pdf)
            if fmt == "pdf-chrome":
                shutil.move(pdf, out)
            else:
                gs_redistil(pdf, out)
        else:
            raise ValueError(fmt)


def main():
    only = set(sys.argv[1:])
    letters = []
    for mod in (letters_a, letters_b, letters_c, letters_d):
        for fn in mod.LETTERS:
            letters.append(fn())
    expect, full = {}, {}
    seen = set()
    for i, L in enumerate(letters, 1):
        assert L["file"] not in seen, L["file"]
        seen.add(L["file"])
        ids = [q.id for q in L["qs"]]
        assert len(ids) == len(set(ids)), (L["file"], ids)
        if not only or L["file"] in only or str(i) in only:
            print(f"[{i:02d}] {L['fmt']:14s} {L['file']}", flush=True)
            render(L, i)
        expect[L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": {q.id: {"stance": q.stance, "exemptions": sorted(q.ex)} for q in L["qs"]},
        }
        full[L["file"]] = {
            "received": L["received"], "regime": L["regime"], "layout": L["layout"], "traps": L["traps"],
        }
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump({"letters": expect}, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=2, ensure_ascii=False)
    nq = sum(len(v["questions"]) for v in expect.values())
    nw = sum(1 for v in expect.values() for q in v["questions"].values() if q["stance"] == "withheld")
    print(f"{len(expect)} letters, {nq} questions, {nw} withheld")


if __name__ == "__main__":
    main()
