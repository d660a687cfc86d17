#!/usr/bin/env python3
"""Render batch 38 and write expect.json from the truth held in src/letters/*.py.

Each letter module defines LETTER = dict(file=..., fmt=..., authority=..., reference=...,
date=..., received=..., regime=..., layout=..., traps=[...], questions=[(id, stance, [exemptions]), ...],
body=<text or html>).
fmt: txt | md | html (final disclosure-log page) | lo-pdf | chrome-pdf | gs-pdf (chromium then re-distilled)
     | lo-gs-pdf | docx | ocr-pdf
"""
import glob, importlib.util, json, os, shutil, subprocess, sys, tempfile
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src", "letters")
TMP = os.path.join(HERE, ".work")  # all scratch files stay inside this folder
STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}


def load():
    out = []
    for p in sorted(glob.glob(os.path.join(SRC, "l*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        out.append(m.LETTER)
    return out


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("FAILED: %s\n%s\n%s\n" % (" ".join(cmd), r.stdout, r.stderr))
        raise SystemExit(1)
    return r


def soffice(src, target, outdir, infilter=True):
    prof = tempfile.mkdtemp(prefix="lo-prof-", dir=TMP)
    cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless"]
    if infilter and src.endswith(".html"):
        cmd.append('--infilter=HTML (StarWriter)')
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    run(cmd)
    shutil.rmtree(prof, ignore_errors=True)


def chrome(src, out):
    prof = tempfile.mkdtemp(prefix="chr-prof-", dir=TMP)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + prof, "--print-to-pdf=" + out, "file://" + src])
    shutil.rmtree(prof, ignore_errors=True)


def render(L, work):
    name = L["file"]
    base, ext = os.path.splitext(name)
    final = os.path.join(HERE, name)
    fmt = L["fmt"]
    if fmt in ("txt", "md", "html"):
        with open(final, "w", encoding="utf-8") as f:
            f.write(L["body"].lstrip("\n"))
        return
    src = os.path.join(work, base + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(L["body"])
    if fmt == "lo-pdf":
        soffice(src, "pdf", work)
        shutil.copy(os.path.join(work, base + ".pdf"), final)
    elif fmt == "chrome-pdf":
        chrome(src, final)
    elif fmt == "gs-pdf":
        tmp = os.path.join(work, base + ".chrome.pdf")
        chrome(src, tmp)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", final, tmp])
    elif fmt == "lo-gs-pdf":
        soffice(src, "pdf", work)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", final,
             os.path.join(work, base + ".pdf")])
    elif fmt == "docx":
        soffice(src, 'docx:MS Word 2007 XML', work)
        shutil.copy(os.path.join(work, base + ".docx"), final)
    elif fmt == "ocr-pdf":
        soffice(src, "pdf", work)
        pdf = os.path.join(work, base + ".pdf")
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(work, base + "-p%02d.png"), pdf])
        pages = sorted(glob.glob(os.path.join(work, base + "-p*.png")))
        lst = os.path.join(work, base + "-pages.txt")
        with open(lst, "w") as f:
            f.write("\n".join(pages) + "\n")
        run(["tesseract", lst, os.path.join(work, base + "-ocr"), "pdf"])
        shutil.copy(os.path.join(work, base + "-ocr.pdf"), final)
    else:
        raise SystemExit("unknown fmt " + fmt)


def main():
    letters = load()
    only = set(sys.argv[1:])
    os.makedirs(TMP, exist_ok=True)
    work = tempfile.mkdtemp(prefix="b38-work-", dir=TMP)
    expect = {"letters": {}}
    for L in letters:
        qs = {}
        for qid, stance, ex in L["questions"]:
            assert stance in STANCES, (L["file"], qid, stance)
            assert qid not in qs, (L["file"], qid)
            qs[qid] = {"stance": stance, "exemptions": sorted(ex)}
        expect["letters"][L["file"]] = {
            "authority": L["authority"], "reference": L["reference"], "date": L["date"],
            "questions": qs,
        }
        if not only or L["file"] in only:
            print("rendering", L["file"], file=sys.stderr)
            render(L, work)
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
