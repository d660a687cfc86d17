#!/usr/bin/env python3
"""Render batch 58 and write expect.json and labels_full.json.

Every label comes from the Q objects in src/letters_*.py (the truth each
letter was written from), never from the rendered output.
Standard library only. External producers: soffice, chromium, gs, tesseract.
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

import common  # noqa: E402
import letters_a, letters_b, letters_c, letters_d  # noqa: E402,F401

LO = "-env:UserInstallation=file://" + os.path.join(SRC, ".lo-profile")
CHROME_PROFILE = os.path.join(SRC, ".chrome-profile")


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {r.stderr.decode(errors='replace')[-800:]}")
    return r


def soffice(src, target, outdir):
    # HTML -> ODT (Writer import) -> target
    run(["soffice", LO, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", outdir, src])
    odt = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".odt")
    run(["soffice", LO, "--headless", "--convert-to", target, "--outdir", outdir, odt])
    return os.path.splitext(odt)[0]


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
            base = soffice(src, "docx:MS Word 2007 XML", tmp)
            shutil.move(base + ".docx", out)
        elif fmt in ("pdf-lo", "pdf-lo-gs", "ocr"):
            base = soffice(src, "pdf:writer_pdf_Export", tmp)
            pdf = base + ".pdf"
            if fmt == "pdf-lo":
                shutil.move(pdf, out)
            elif fmt == "pdf-lo-gs":
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf])
            else:
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
                     "-o", os.path.join(tmp, "page-%02d.png"), pdf])
                pages = sorted(p for p in os.listdir(tmp) if p.startswith("page-"))
                lst = os.path.join(tmp, "list.txt")
                with open(lst, "w") as f:
                    f.write("\n".join(os.path.join(tmp, p) for p in pages) + "\n")
                run(["tesseract", lst, os.path.join(tmp, "ocr"), "-l", "eng", "pdf"])
                shutil.move(os.path.join(tmp, "ocr.pdf"), out)
        elif fmt in ("pdf-chrome", "pdf-chrome-gs"):
            pdf = os.path.join(tmp, "c.pdf")
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={CHROME_PROFILE}",
                 "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + src])
            if fmt == "pdf-chrome":
                shutil.move(pdf, out)
            else:
                run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf])
        else:
            raise ValueError(fmt)


def main():
    only = set(sys.argv[1:])
    expect, full = {}, {}
    names = set()
    for idx, L in enumerate(common.LETTERS, 1):
        assert L["file"] not in names, L["file"]
        names.add(L["file"])
        if not only or L["file"] in only or str(idx) in only:
            print(f"[{idx:02d}] {L['file']}", file=sys.stderr)
            render(L, idx)
        qs = {}
        for p, part in enumerate(L["parts"], 1):
            for n, q in enumerate(part, 1):
                qs[f"P{p}.Q{n}"] = {"stance": q.s, "exemptions": sorted(q.e)}
        expect[L["file"]] = {"authority": L["authority"], "reference": L["reference"],
                             "date": L["date"], "questions": qs}
        full[L["file"]] = {"received": L["received"], "regime": L["regime"],
                           "layout": L["layout"], "traps": L["traps"]}
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump({"letters": expect}, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "labels_full.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=1, ensure_ascii=False)
    nq = sum(len(v["questions"]) for v in expect.values())
    nw = sum(1 for v in expect.values() for q in v["questions"].values() if q["stance"] == "withheld")
    print(f"{len(expect)} letters, {nq} questions, {nw} withheld", file=sys.stderr)


if __name__ == "__main__":
    main()
