#!/usr/bin/env python3
"""Build evaluation set G, written independently of the code: render letters and derive expect.json from the truth.

Truth lives in src/letters_*.py (authority, reference, date, and for every question
its concept, stance, exemptions and released fact). Labels are derived by code.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import engine  # noqa: E402
from authorities import AUTH  # noqa: E402
import letters_wcc, letters_nmp, letters_dkf, letters_icb  # noqa: E402

MODULES = [letters_wcc, letters_nmp, letters_dkf, letters_icb]
HIST_DIR = os.path.join(HERE, "history")
DRAFT_DIR = os.path.join(HERE, "drafts")
BUILD = os.path.join(HERE, "src", "build")

EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx",
       "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def file_name(L):
    if L.name:
        return L.name
    return "%s-%s.%s" % (L.auth, slug(L.ref), EXT[L.fmt])


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, **kw)
    if r.returncode != 0:
        raise SystemExit("command failed: %s\n%s" % (" ".join(cmd), r.stderr.decode()[-2000:]))
    return r


def render_all(history, drafts):
    for d in (HIST_DIR, DRAFT_DIR, BUILD):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    soffice_pdf, soffice_docx, chrom, gs = [], [], [], []
    for L in history + drafts:
        A = AUTH[L.auth]
        out_dir = HIST_DIR if L.kind == "history" else DRAFT_DIR
        name = file_name(L)
        stem = os.path.splitext(name)[0]
        blocks = engine.letter_blocks(L, A)
        title = "%s – %s" % (L.ref, L.title)
        target = os.path.join(out_dir, name)
        if L.fmt == "txt":
            open(target, "w", encoding="utf-8").write(engine.to_text(blocks))
        elif L.fmt == "md":
            open(target, "w", encoding="utf-8").write("# %s\n\n" % title + engine.to_text(blocks, md=True))
        elif L.fmt == "html":
            open(target, "w", encoding="utf-8").write(engine.to_html(blocks, title, A, weblog=(L.kind == "history")))
        elif L.fmt in ("docx", "pdf-soffice", "pdf-chromium"):
            src = os.path.join(BUILD, stem + ".html")
            open(src, "w", encoding="utf-8").write(engine.to_html(blocks, title, A))
            {"docx": soffice_docx, "pdf-soffice": soffice_pdf, "pdf-chromium": chrom}[L.fmt].append((src, target))
        elif L.fmt == "pdf-gs":
            src = os.path.join(BUILD, stem + ".ps")
            open(src, "w", encoding="latin-1").write(engine.to_ps(blocks, A))
            gs.append((src, target))
        else:
            raise ValueError(L.fmt)
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=BUILD)
    lo = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--infilter=HTML (StarWriter)"]
    if soffice_pdf:
        run(lo + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", BUILD] + [s for s, _ in soffice_pdf])
        for s, t in soffice_pdf:
            shutil.move(os.path.splitext(s)[0] + ".pdf", t)
    if soffice_docx:
        run(lo + ["--convert-to", "docx:MS Word 2007 XML", "--outdir", BUILD] + [s for s, _ in soffice_docx])
        for s, t in soffice_docx:
            shutil.move(os.path.splitext(s)[0] + ".docx", t)
    for s, t in chrom:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(BUILD, "chrome-profile"), "--print-to-pdf=" + t, "file://" + s])
    for s, t in gs:
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + t, s])


def label(L):
    qs = []
    for q in L.questions():
        item = {"id": q.id, "concept": q.concept, "stance": q.stance, "exemptions": list(q.ex)}
        if q.fact is not None:
            item["fact"] = q.fact
        qs.append(item)
    return {"file": file_name(L), "authority": AUTH[L.auth]["name"], "reference": L.ref, "date": L.date,
            "received": L.received, "regime": L.regime, "layout": L.style, "format": L.fmt, "questions": qs}


def derive(history, drafts):
    out = {}
    totals = {}
    for D in drafts:
        cutoff = D.as_of or D.date
        pool = [H for H in history if H.date < cutoff and (D.all_authorities or H.auth == D.auth)]
        entry = {}
        if D.as_of:
            entry["as_of"] = D.as_of
        if D.all_authorities:
            entry["all_authorities"] = True
        matches, findings = {}, []
        for q in D.questions():
            prev = [(H, hq) for H in pool for hq in H.questions() if hq.concept == q.concept]
            prev.sort(key=lambda x: x[0].date, reverse=True)
            matches[q.id] = ["%s %s" % (H.ref, hq.id) for H, hq in prev]
            if prev:
                H, hq = prev[0]
                f = engine.finding(hq, H.regime, q, D.regime)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": q.id,
                                     "precedent": "%s %s" % (H.ref, hq.id)})
                    totals[f[0]] = totals.get(f[0], 0) + 1
        if not findings:
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        out[file_name(D)] = entry
    return out, totals


def validate(history, drafts):
    refs = [L.ref for L in history + drafts]
    assert len(refs) == len(set(refs)), "duplicate reference"
    seen = set()
    for L in history + drafts:
        k = (L.auth, L.date)
        assert k not in seen, "duplicate date %s" % (k,)
        seen.add(k)
        for q in L.questions():
            assert q.stance in (engine.R, engine.P, engine.W, engine.N, engine.NH, engine.RF, engine.U), q.stance
            if q.stance in (engine.P, engine.W, engine.N, engine.RF):
                assert q.ex, (L.ref, q.id)
            if q.stance == engine.P:
                assert q.ans, (L.ref, q.id)
            if L.kind == "request":
                assert q.stance == engine.U
    names = [file_name(L) for L in history + drafts]
    assert len(names) == len(set(names)), "duplicate file name"


def main():
    history = [L for m in MODULES for L in m.HISTORY]
    drafts = [L for m in MODULES for L in m.DRAFTS]
    validate(history, drafts)
    if "--labels-only" not in sys.argv:
        render_all(history, drafts)
    exp, totals = derive(history, drafts)
    doc = {"description": ("Set G: four invented authorities (Westbridge City Council, Northmoor Police, "
                           "Dunmore and Kestrel Combined Fire Authority, NHS Mid Wessex ICB); %d history letters "
                           "2017-2024, %d drafts 2025. Round-robin families (contact centre / inbound network "
                           "contracts in restarting parts and merged lists, agency and interim staff, CCTV/ANPR and "
                           "facial recognition, fleet and EVs, cyber incidents, housing repairs) with rewording, "
                           "renumbering, inserted/removed questions, look-alike questions about other contracts or "
                           "services, a FOIA s43(2) to EIR reg12(5)(e) regime change, a bare incoming request and a "
                           "back-dated (as_of) check. Labels derived by code from the truth in src/. Findings: %s."
                           % (len(history), len(drafts),
                              ", ".join("%s %d" % kv for kv in sorted(totals.items())))),
           "drafts": exp}
    with open(os.path.join(HERE, "expect.json"), "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "src", "truth.json"), "w") as f:
        json.dump({"history": [label(L) for L in history], "drafts": [label(L) for L in drafts]}, f, indent=1,
                  ensure_ascii=False)
    shutil.rmtree(BUILD, ignore_errors=True)
    print("history %d, drafts %d, findings %d %s" % (len(history), len(drafts), sum(totals.values()), totals))


if __name__ == "__main__":
    main()
