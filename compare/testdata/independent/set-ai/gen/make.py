#!/usr/bin/env python3
"""Build independent evaluation set AI: render letters and derive expect.json from the truth.

Usage: python3 make.py            (renders history/, drafts/, expect.json, truth.json)
Standard library only; uses soffice, chromium and gs as external producers for DOCX/PDF.
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from model import derive, qids  # noqa: E402
import render as R  # noqa: E402
import data_hdc, data_ard, data_icb, data_uoe  # noqa: E402,E401

WORK = os.path.join(HERE, ".work")  # all scratch files stay inside the set directory
os.makedirs(WORK, exist_ok=True)
tempfile.tempdir = WORK

HISTORY = data_hdc.HISTORY + data_ard.HISTORY + data_icb.HISTORY + data_uoe.HISTORY
DRAFTS = data_hdc.DRAFTS + data_ard.DRAFTS + data_icb.DRAFTS + data_uoe.DRAFTS

EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx", "pdf-soffice": "pdf",
       "pdf-chromium": "pdf", "pdf-gs": "pdf"}


def validate():
    refs = collections.Counter(l["ref"] for l in HISTORY + DRAFTS)
    dup = [r for r, n in refs.items() if n > 1]
    assert not dup, f"duplicate references {dup}"
    seen = set()
    for l in HISTORY + DRAFTS:
        k = (l["auth"], l["date"])
        assert k not in seen, f"duplicate date {k}"
        seen.add(k)
        assert not l["draft"] or l["key"].rsplit(".", 1)[1] == EXT[l["fmt"]], l["key"]
        concepts = [q["concept"] for _, q in qids(l)]
        assert len(concepts) == len(set(concepts)), f"repeated concept in {l['ref']}"
        for _, q in qids(l):
            if l["bare"]:
                assert q["stance"] is None
            else:
                assert q["stance"] is not None, (l["ref"], q["concept"])
                if q["stance"] in ("withheld", "partially_released", "ncnd", "refused"):
                    assert q["ex"], (l["ref"], q["concept"])
    for l in HISTORY:
        assert not l["draft"] and "2017-01-01" <= l["date"] <= "2025-12-31", l["key"]
    for l in DRAFTS:
        assert l["draft"] and "2025-01-01" <= l["date"] <= "2026-12-31", l["key"]


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()[-500:]}")
    return r


def soffice(paths, target, outdir):
    if not paths:
        return
    prof = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target,
             "--outdir", outdir] + paths)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def build():
    validate()
    for d in ("history", "drafts"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    work = tempfile.mkdtemp(prefix="setAI-")
    to_docx, to_pdf_via_docx, chrom, gs_jobs = [], [], [], []
    names = {}
    gs_toggle = 0
    for l in HISTORY + DRAFTS:
        outdir = os.path.join(HERE, "drafts" if l["draft"] else "history")
        name = l["key"] if l["draft"] else f"{l['key']}.{EXT[l['fmt']]}"
        names[l["key"]] = name
        dest = os.path.join(outdir, name)
        blocks = R.letter_blocks(l)
        stem = os.path.splitext(name)[0]
        fmt = l["fmt"]
        if fmt == "txt":
            open(dest, "w", encoding="utf-8").write(R.to_text(blocks, l))
        elif fmt == "md":
            open(dest, "w", encoding="utf-8").write(R.to_md(blocks, l))
        elif fmt == "html":
            page = R.to_doc_html(blocks, l) if l["draft"] else R.to_log_page(blocks, l)
            open(dest, "w", encoding="utf-8").write(page)
        else:
            hdr = "OFFICIAL" if (l["extra"] or {}).get("official") else None
            src = os.path.join(work, stem + ".html")
            open(src, "w", encoding="utf-8").write(R.to_doc_html(blocks, l, hdr if fmt == "pdf-chromium"
                                                                  else None))
            if fmt == "docx":
                to_docx.append((src, dest))
            elif fmt == "pdf-soffice":
                to_pdf_via_docx.append((src, dest))
            elif fmt == "pdf-chromium":
                chrom.append((src, dest))
            elif fmt == "pdf-gs":
                # alternate the upstream producer: LibreOffice or Chromium, then distilled by Ghostscript
                mid = os.path.join(work, stem + ".pre.pdf")
                (to_pdf_via_docx if gs_toggle % 2 == 0 else chrom).append((src, mid))
                gs_jobs.append((mid, dest))
                gs_toggle += 1
    # DOCX (LibreOffice from HTML)
    dx = os.path.join(work, "docx")
    os.makedirs(dx)
    soffice([s for s, _ in to_docx + to_pdf_via_docx], "docx:MS Word 2007 XML", dx)
    for s, dest in to_docx:
        shutil.copy(os.path.join(dx, os.path.basename(s)[:-5] + ".docx"), dest)
    # PDF via LibreOffice (HTML -> DOCX -> PDF)
    px = os.path.join(work, "pdf")
    os.makedirs(px)
    soffice([os.path.join(dx, os.path.basename(s)[:-5] + ".docx") for s, _ in to_pdf_via_docx], "pdf", px)
    for s, dest in to_pdf_via_docx:
        shutil.copy(os.path.join(px, os.path.basename(s)[:-5] + ".pdf"), dest)
    # PDF via Chromium
    for s, dest in chrom:
        prof = tempfile.mkdtemp(prefix="chr-")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
             "--no-pdf-header-footer", f"--print-to-pdf={dest}", "file://" + s])
        shutil.rmtree(prof, ignore_errors=True)
    # Ghostscript pdfwrite
    for mid, dest in gs_jobs:
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={dest}", mid])
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(WORK, ignore_errors=True)
    return names


def write_labels(names):
    exp = {"description": (
        "Set AI: Harrowfield District Council (England, FOIA/EIR), Ardmuir Council (Scotland, "
        "FOISA/EISRs), NHS Tarnside and Wexley ICB, University of Eastmoor. Round-robin families "
        "2017-2025 with rewording, renumbering, parts vs merged lists, same sentence in two parts, "
        "look-alikes and unrelated requests; drafts 2025-2026 with planted findings, consistent repeats, "
        "a regime change (s43(2) -> reg12(5)(e)), a bare incoming request and an as_of check."),
        "drafts": derive(HISTORY, DRAFTS)}
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write("\n")
    truth = []
    for l in HISTORY + DRAFTS:
        truth.append({
            "file": ("drafts/" if l["draft"] else "history/") + names[l["key"]],
            "authority": R.AUTH[l["auth"]]["name"], "reference": l["ref"], "date": l["date"],
            "received": l["received"], "regime": l["regime"], "layout": f"{l['style']} / {l['fmt']}",
            "as_of": l["as_of"], "bare": l["bare"],
            "questions": [{"id": i, "concept": q["concept"], "stance": q["stance"] or "unknown",
                           "exemptions": q["ex"], "fact": q["fact"]} for i, q in qids(l)]})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return exp


if __name__ == "__main__":
    names = build()
    exp = write_labels(names)
    kinds = collections.Counter()
    for d in exp["drafts"].values():
        for f in d["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
    print(f"history: {len(HISTORY)}  drafts: {len(DRAFTS)}  findings: {sum(kinds.values())}")
    for k, n in sorted(kinds.items()):
        print(f"  {k[0]:22s} {k[1]:7s} {n}")
