#!/usr/bin/env python3
"""Blind evaluation set N: FOI consistency checks.

Every letter below is fictional.  The truth (authority, reference, date,
and for every question its concept, stance, exemptions and stated fact) is
held in the data in src/letters.py; this script renders the letters into
history/ and drafts/ and derives expect.json (and labels.json, a by-product
for people) from that truth by code.

Usage: python3 make.py            (renders everything; needs soffice,
                                   chromium and gs for the PDF/DOCX files)
       python3 make.py --labels    (only expect.json / labels.json)
"""
import datetime as dt
import html
import json
import os
import shutil
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from letters import AUTHORITIES, HISTORY, DRAFTS, STANCE  # noqa: E402
from render import render_letter  # noqa: E402
import writers  # noqa: E402

# ---------------------------------------------------------------- the table
def family(ex):
    """Commercial-interest provisions are the same stance across regimes
    (FOIA s43, EIR reg12(5)(e), FOISA s33); everything else compares exactly."""
    if ex.startswith("s43") or ex.startswith("reg12(5)(e)") or ex.startswith("foisa:s33"):
        return "commercial"
    return ex


def finding_for(prev, cur):
    """The contract's table: (kind, severity) or None."""
    p, c = prev.stance, cur.stance
    if p == "unknown" or c == "unknown":
        return None
    if "ncnd" in (p, c):
        if p == c:
            return None
        other = c if p == "ncnd" else p
        if other not in ("released", "partially_released", "withheld", "not_held"):
            return None
        return ("ncnd_inconsistent", "high" if c == "ncnd" else "medium")
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and c == "withheld":
        if sorted({family(e) for e in p_ex(prev)}) != sorted({family(e) for e in p_ex(cur)}):
            return ("exemption_changed", "medium")
        return None
    if p in ("released", "partially_released", "withheld") and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in ("released", "partially_released", "withheld"):
        return ("held_status_changed", "medium")
    if p == "released" and c == "released":
        if prev.fact != cur.fact:
            return ("answer_changed", "low")
        return None
    if p == "partially_released" and c == "partially_released":
        assert prev.fact == cur.fact, (prev.text, cur.text)
    return None


def p_ex(q):
    return list(q.ex)


def derive():
    hist = HISTORY
    refs = [h.ref for h in hist + DRAFTS]
    assert len(refs) == len(set(refs)), "references must be unique"
    dates = [h.date for h in hist]
    assert len(dates) == len(set(dates)), "history dates must be unique"
    for h in hist + DRAFTS:
        seen = set()
        for q in h.questions():
            assert q.c not in seen, (h.ref, q.c)
            seen.add(q.c)
    expect = {}
    for d in DRAFTS:
        cutoff = d.as_of or d.date
        entry = {}
        if d.as_of:
            entry["as_of"] = d.as_of
        if d.all_authorities:
            entry["all_authorities"] = True
        if d.consistent:
            entry["consistent"] = True
        matches, findings = {}, []
        for q in d.questions():
            cands = []
            for h in hist:
                if not d.all_authorities and h.auth != d.auth:
                    continue
                if not h.date < cutoff:
                    continue
                for hq in h.questions():
                    if hq.c == q.c:
                        cands.append((h, hq))
            cands.sort(key=lambda t: t[0].date, reverse=True)
            matches[q.qid] = [f"{h.ref} {hq.qid}" for h, hq in cands]
            if cands and not d.bare:
                h, hq = cands[0]
                f = finding_for(hq, q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1],
                                     "question_id": q.qid,
                                     "precedent": f"{h.ref} {hq.qid}"})
        entry["matches"] = matches
        entry["findings"] = findings
        if d.consistent:
            assert not [f for f in findings if f["severity"] == "high"], d.fname
        expect[d.fname] = entry
    return expect


def labels():
    out = {}
    for h in HISTORY + DRAFTS:
        out[("drafts/" if h.is_draft else "history/") + h.fname] = {
            "authority": AUTHORITIES[h.auth]["name"], "reference": h.ref,
            "date": h.date, "received": h.received, "regime": h.regime,
            "layout": h.style, "traps": h.traps,
            "questions": [{"id": q.qid, "concept": q.c, "stance": q.stance,
                           "exemptions": sorted(q.ex), "fact": q.fact}
                          for q in h.questions()],
        }
    return out


def main():
    only_labels = "--labels" in sys.argv
    expect = derive()
    counts = {}
    for e in expect.values():
        for f in e["findings"]:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    desc = ("Blind set N: four invented authorities (Westmarch County Council, "
            "Harrowmere Constabulary, Eastwick and Marl Hospitals NHS Foundation "
            "Trust, Mereside Fire and Rescue Service); %d history letters "
            "2017-2025, %d drafts 2025-2026; planted findings by kind: %s."
            % (len(HISTORY), len(DRAFTS),
               ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    with open(os.path.join(HERE, "expect.json"), "w") as fh:
        json.dump({"description": desc, "drafts": expect}, fh, indent=2,
                  ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels(), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(desc)
    if only_labels:
        return
    build = os.path.join(HERE, "build")
    shutil.rmtree(build, ignore_errors=True)
    for sub in ("history", "drafts"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    os.makedirs(os.path.join(build, "html"))
    jobs = {"docx": [], "soffice": [], "chromium": [], "gs": []}
    for L in HISTORY + DRAFTS:
        doc = render_letter(L)
        outdir = os.path.join(HERE, "drafts" if L.is_draft else "history")
        target = os.path.join(outdir, L.fname)
        auth = AUTHORITIES[L.auth]
        if L.fmt == "txt":
            writers.write(target, writers.to_txt(doc, L.wrap))
        elif L.fmt == "md":
            writers.write(target, writers.to_md(doc))
        elif L.fmt == "html":
            writers.write(target, writers.to_html(doc, chrome=None if L.is_draft else auth, title=L.title))
        elif L.fmt in ("docx", "pdf-soffice"):
            stem = os.path.splitext(L.fname)[0]
            src = os.path.join(build, "html", stem + ".html")
            writers.write(src, writers.to_html(doc, chrome=None, title=L.title,
                                               word=True))
            jobs["docx" if L.fmt == "docx" else "soffice"].append((src, target))
        elif L.fmt == "pdf-chromium":
            stem = os.path.splitext(L.fname)[0]
            src = os.path.join(build, "html", stem + ".html")
            writers.write(src, writers.to_html(doc, chrome=None, title=L.title,
                                               print_css=True))
            jobs["chromium"].append((src, target))
        elif L.fmt == "pdf-gs":
            stem = os.path.splitext(L.fname)[0]
            src = os.path.join(build, stem + ".ps")
            writers.write_bytes(src, writers.to_ps(doc, L.title))
            jobs["gs"].append((src, target))
        else:
            raise ValueError(L.fmt)
    produce(jobs, build)


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode(errors="replace"))
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def produce(jobs, build):
    profile = "-env:UserInstallation=file://" + os.path.join(build, "lo-profile")
    # HTML -> DOCX (LibreOffice), for DOCX letters and for LibreOffice PDFs
    docx_src = [s for s, _ in jobs["docx"] + jobs["soffice"]]
    if docx_src:
        d = os.path.join(build, "docx")
        run(["soffice", profile, "--headless", "--convert-to",
             "docx:MS Word 2007 XML", "--outdir", d] + docx_src)
        for s, t in jobs["docx"]:
            shutil.copy(os.path.join(d, os.path.basename(s)[:-5] + ".docx"), t)
        so = [os.path.join(d, os.path.basename(s)[:-5] + ".docx")
              for s, _ in jobs["soffice"]]
        if so:
            p = os.path.join(build, "pdf")
            run(["soffice", profile, "--headless", "--convert-to", "pdf",
                 "--outdir", p] + so)
            for s, t in jobs["soffice"]:
                shutil.copy(os.path.join(p, os.path.basename(s)[:-5] + ".pdf"), t)
    for s, t in jobs["chromium"]:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(build, "chrome-profile"),
             "--print-to-pdf=" + t,
             "file://" + s])
    for s, t in jobs["gs"]:
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER",
             "-sDEVICE=pdfwrite", "-sOutputFile=" + t, s])


if __name__ == "__main__":
    main()
