#!/usr/bin/env python3
"""Blind evaluation set R for the FOI consistency checker.

Holds (in src/) the truth for every letter: authority, reference, date, and for
every question the concept it asks, its stance, the exemptions applied and the
fact stated. Renders history letters into history/, drafts into drafts/, and
derives expect.json (and labels.json, the per-letter truth) by code.

Usage: python3 make.py            # render everything and write expect.json
       python3 make.py --no-render  # only (re)write expect.json / labels.json
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from authorities import AUTH  # noqa: E402
from model import STANCE  # noqa: E402
import render  # noqa: E402
import letters_kcc  # noqa: E402
import letters_wmc  # noqa: E402
import letters_nvh  # noqa: E402
import letters_ueb  # noqa: E402

MODS = [letters_kcc, letters_wmc, letters_nvh, letters_ueb]
HISTORY = [L for m in MODS for L in m.HISTORY]
DRAFTS = [L for m in MODS for L in m.DRAFTS]

# --------------------------------------------------------------------------
# Finding rules (the contract's table)

EQUIV = {  # FOIA / EIR / FOISA equivalents -> one class
    "s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
    "s31": "law", "reg12(5)(b)": "law", "foisa:s35": "law",
    "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
    "s24": "natsec", "reg12(5)(a)": "natsec", "foisa:s31": "natsec",
    "s41": "confidence", "foisa:s36": "confidence",
}


def ex_class(e):
    if e.startswith("reg"):
        for k, v in EQUIV.items():
            if e.startswith(k):
                return v
        return e
    sec = e.split("(")[0]
    sub = e[len(sec):]
    base = EQUIV.get(sec, sec)
    return base + sub if base not in ("commercial",) else base


def same_exemptions(a, b):
    return sorted(set(map(ex_class, a))) == sorted(set(map(ex_class, b)))


def section_set(exs):
    return sorted(set(ex_class(e).split("(")[0] for e in exs))


def finding(prev, cur):
    p, c = prev.stance, cur.stance
    if "U" in (p, c):
        return None
    held = ("R", "P", "W")
    if c == "N" and p in held + ("NH",):
        return ("ncnd_inconsistent", "high")
    if p == "N" and c in held + ("NH",):
        return ("ncnd_inconsistent", "medium")
    if p in ("R", "P") and c in ("W", "X"):
        return ("newly_withheld", "high")
    if p == "R" and c == "P":
        return ("partly_withheld", "medium")
    if p == "W" and c in ("R", "P"):
        return ("newly_released", "medium")
    if p == "W" and c == "W":
        if not same_exemptions(prev.ex, cur.ex):
            # guard against ambiguous subsection-only differences
            assert section_set(prev.ex) != section_set(cur.ex), (prev.ex, cur.ex)
            return ("exemption_changed", "medium")
        return None
    if p in held and c == "NH":
        return ("held_status_changed", "high")
    if p == "NH" and c in held:
        return ("held_status_changed", "medium")
    if p == "R" and c == "R" and prev.fact != cur.fact:
        return ("answer_changed", "low")
    return None


# --------------------------------------------------------------------------

def check_truth():
    refs = Counter(L.ref for L in HISTORY + DRAFTS if L.ref)
    dup = [r for r, n in refs.items() if n > 1]
    assert not dup, dup
    for a in AUTH:
        dates = Counter(L.date for L in HISTORY + DRAFTS if L.auth == a)
        assert all(n == 1 for n in dates.values()), (a, dates)
    for L in HISTORY + DRAFTS:
        cs = Counter(q.concept for _, _, _, q in L.questions())
        assert all(n == 1 for n in cs.values()), (L.ref, cs)
        assert not os.sep in L.fname
    names = Counter(L.fname for L in HISTORY + DRAFTS)
    assert all(n == 1 for n in names.values())


def expect():
    out = {}
    for D in DRAFTS:
        cutoff = D.as_of or D.date
        pool = [H for H in HISTORY
                if (D.all_authorities or H.auth == D.auth) and H.date < cutoff]
        entry = {}
        if D.as_of:
            entry["as_of"] = D.as_of
        if D.all_authorities:
            entry["all_authorities"] = True
        if D.consistent:
            entry["consistent"] = True
        matches = {}
        findings = []
        for qid, _, _, q in D.questions():
            hits = []
            for H in pool:
                for hqid, _, _, hq in H.questions():
                    if hq.concept == q.concept:
                        hits.append((H.date, H, hqid, hq))
            hits.sort(key=lambda t: t[0], reverse=True)
            matches[qid] = ["%s %s" % (H.ref, hqid) for _, H, hqid, _ in hits]
            if hits:
                _, H, hqid, hq = hits[0]
                f = finding(hq, q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": qid,
                                     "precedent": "%s %s" % (H.ref, hqid)})
        entry["matches"] = matches
        entry["findings"] = findings
        if D.consistent:
            assert not any(f["severity"] == "high" for f in findings), D.fname
        if D.bare:
            assert not findings
        out[D.fname] = entry
    return out


def labels():
    res = []
    for L in HISTORY + DRAFTS:
        res.append({
            "file": ("drafts/" if L.draft else "history/") + L.fname,
            "authority": AUTH[L.auth]["name"],
            "reference": L.ref, "date": L.date, "received": L.received,
            "regime": L.regime, "layout": "%s (%s)" % (L.style, L.fmt),
            "traps": L.traps,
            "questions": [{"id": qid, "concept": q.concept, "stance": q.kind,
                           "exemptions": q.ex if q.stance != "NH" else [],
                           "fact": q.fact, "text": q.text}
                          for qid, _, _, q in L.questions()],
        })
    return res


# --------------------------------------------------------------------------
# Rendering

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd, r.stderr.decode(errors="replace")[-500:]))
    return r


def soffice(src_html, fmt, outdir, profile):
    run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src_html])


def render_letter(L, tmp, profile):
    dest_dir = os.path.join(HERE, "drafts" if L.draft else "history")
    dest = os.path.join(dest_dir, L.fname)
    bl = render.blocks(L)
    stem = os.path.splitext(L.fname)[0]
    if L.fmt == "txt":
        open(dest, "w", encoding="utf-8").write(render.to_txt(bl))
    elif L.fmt == "md":
        open(dest, "w", encoding="utf-8").write(render.to_md(bl))
    elif L.fmt == "html":
        open(dest, "w", encoding="utf-8").write(render.to_disclosure_page(bl, L))
    elif L.fmt in ("docx", "pdf-soffice"):
        h = os.path.join(tmp, stem + ".html")
        open(h, "w", encoding="utf-8").write(render.to_html_doc(bl, L.title))
        if L.fmt == "docx":
            soffice(h, 'docx:MS Word 2007 XML', tmp, profile)
            shutil.move(os.path.join(tmp, stem + ".docx"), dest)
        else:
            soffice(h, "pdf:writer_pdf_Export", tmp, profile)
            shutil.move(os.path.join(tmp, stem + ".pdf"), dest)
    elif L.fmt == "pdf-chromium":
        h = os.path.join(tmp, stem + ".html")
        open(h, "w", encoding="utf-8").write(render.to_html_doc(bl, L.title))
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(tmp, "chr"),
             "--print-to-pdf=" + dest, "file://" + h])
    elif L.fmt == "pdf-gs":
        ps = os.path.join(tmp, stem + ".ps")
        open(ps, "w", encoding="latin-1").write(render.to_ps(render.to_txt(bl), AUTH[L.auth]["slogan"]))
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
             "-sOutputFile=" + dest, ps])
    else:
        raise ValueError(L.fmt)
    return dest


def main():
    check_truth()
    do_render = "--no-render" not in sys.argv
    if do_render:
        for d in ("history", "drafts"):
            p = os.path.join(HERE, d)
            if os.path.isdir(p):
                shutil.rmtree(p)
            os.makedirs(p)
        tmp = tempfile.mkdtemp(prefix="setR-", dir=HERE)
        profile = os.path.join(tmp, "lo-profile")
        try:
            for L in HISTORY + DRAFTS:
                render_letter(L, tmp, profile)
                print("rendered", L.fname, file=sys.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    exp = expect()
    kinds = Counter(f["kind"] for e in exp.values() for f in e["findings"])
    doc = {
        "description": "Set R: four invented authorities (Kingsmere City Council, Wessmoor Constabulary, "
                       "Northvale Hospitals NHS Foundation Trust, University of Eastbridge); %d history letters "
                       "2017-2025 and %d drafts 2025-2026; txt/md/html/docx and PDFs from LibreOffice, Chromium "
                       "and Ghostscript. Matches are all earlier same-authority questions asking the same concept; "
                       "findings compare with the most recent one. Findings by kind: %s."
                       % (len(HISTORY), len(DRAFTS), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))),
        "drafts": exp,
    }
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("history %d, drafts %d, findings %d: %s" % (
        len(HISTORY), len(DRAFTS), sum(kinds.values()), dict(kinds)))


if __name__ == "__main__":
    main()
