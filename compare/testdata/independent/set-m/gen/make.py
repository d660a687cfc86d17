#!/usr/bin/env python3
"""Builds evaluation set M, written independently of the code,: history letters, drafts and expect.json, all from the truth in src/data.py."""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from data import AUTHORITIES, LETTERS, DRAFTS  # noqa: E402
import render as R  # noqa: E402

HIST = os.path.join(HERE, "history")
DRAFT_DIR = os.path.join(HERE, "drafts")
BUILD = os.path.join(HERE, "build")

STANCE = {"R": "released", "P": "partially_released", "W": "withheld", "N": "ncnd",
          "NH": "not_held", "X": "refused", "U": "unknown"}
EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx",
       "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}

# exemption families: equivalents across FOIA / EIR / FOISA count as the same stance
FAMILY = [
    (r"^s43|^reg12\(5\)\(e\)|^foisa:s33", "commercial"),
    (r"^s31|^reg12\(5\)\(b\)|^foisa:s35", "law_enforcement"),
    (r"^s24|^reg12\(5\)\(a\)|^foisa:s31", "national_security"),
    (r"^s40|^reg13|^foisa:s38", "personal"),
    (r"^s36|^reg12\(4\)\(e\)|^foisa:s30", "public_affairs"),
]


def family(e):
    for pat, fam in FAMILY:
        if re.search(pat, e):
            return fam
    return e


def concepts(q):
    c = q["concept"]
    return set(c) if isinstance(c, (tuple, list)) else {c}


def fact_for(q, concept):
    f = q["fact"]
    return f[concept] if isinstance(f, dict) else f


def finding(prev_q, cur_q, concept):
    p, c = STANCE[prev_q["st"]], STANCE[cur_q["st"]]
    if "unknown" in (p, c):
        return None
    if c == "ncnd" and p in ("released", "partially_released", "withheld", "not_held"):
        return "ncnd_inconsistent", "high"
    if p == "ncnd" and c in ("released", "partially_released", "withheld", "not_held"):
        return "ncnd_inconsistent", "medium"
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return "newly_withheld", "high"
    if p == "released" and c == "partially_released":
        return "partly_withheld", "medium"
    if p == "withheld" and c in ("released", "partially_released"):
        return "newly_released", "medium"
    if p == "withheld" and c == "withheld":
        if {family(e) for e in prev_q["ex"]} != {family(e) for e in cur_q["ex"]}:
            return "exemption_changed", "medium"
        return None
    if p in ("released", "partially_released", "withheld") and c == "not_held":
        return "held_status_changed", "high"
    if p == "not_held" and c in ("released", "partially_released", "withheld"):
        return "held_status_changed", "medium"
    if p == "released" and c == "released":
        a, b = fact_for(prev_q, concept), fact_for(cur_q, concept)
        assert a is not None and b is not None, (prev_q, cur_q)
        if a != b:
            return "answer_changed", "low"
    return None


def qids(let):
    for pi, (pt, qs) in enumerate(let["parts"], 1):
        for qi, q in enumerate(qs, 1):
            yield f"P{pi}.Q{qi}", q


def slug(s):
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def validate():
    refs = [l["ref"] for l in LETTERS + DRAFTS]
    assert len(refs) == len(set(refs)), "duplicate reference"
    for a in AUTHORITIES:
        ds = [l["date"] for l in LETTERS + DRAFTS if l["auth"] == a]
        assert len(ds) == len(set(ds)), f"duplicate date in {a}"
    for l in LETTERS + DRAFTS:
        seen = set()
        for qid, q in qids(l):
            for c in concepts(q):
                assert c not in seen, (l["ref"], c)
                seen.add(c)
            if q["st"] in ("R", "P"):
                for c in concepts(q):
                    assert fact_for(q, c) is not None, (l["ref"], qid)
            if q["st"] in ("W", "N", "P"):
                assert q["ex"], (l["ref"], qid)
        assert l["received"] <= l["date"]


def file_names():
    names = {}
    for l in LETTERS:
        names[id(l)] = os.path.join(HIST, f"{l['auth']}-{slug(l['ref'])}.{EXT[l['fmt']]}")
    for l in DRAFTS:
        names[id(l)] = os.path.join(DRAFT_DIR, f"draft-{l['auth']}-{slug(l['ref'])}.{EXT[l['fmt']]}")
    return names


def run(cmd, **kw):
    env = dict(os.environ, HOME=os.path.join(BUILD, "home"), TMPDIR=os.path.join(BUILD, "tmp"))
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, **kw)
    if r.returncode != 0:
        print("FAILED:", " ".join(cmd), r.stdout, r.stderr, file=sys.stderr)
        raise SystemExit(1)
    return r


def soffice(files, target, outdir):
    if not files:
        return
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", target, "--outdir", outdir] + files)


def render_all():
    for d in (HIST, DRAFT_DIR, BUILD):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for d in ("home", "tmp", "html-soffice-pdf", "html-docx", "out-pdf", "out-docx"):
        os.makedirs(os.path.join(BUILD, d))
    names = file_names()
    to_pdf_soffice, to_docx, chromium_jobs, gs_jobs = [], [], [], []
    for i, l in enumerate(LETTERS + DRAFTS):
        v = i
        blocks = R.letter_blocks(l, v)
        out = names[id(l)]
        base = os.path.splitext(os.path.basename(out))[0]
        fmt = l["fmt"]
        title = f"{AUTHORITIES[l['auth']]['name']} - {l['title']}"
        if fmt == "txt":
            open(out, "w").write(R.to_txt(blocks, wrap=88 if i % 2 else None))
        elif fmt == "md":
            open(out, "w").write(R.to_md(blocks))
        elif fmt == "html":
            open(out, "w").write(R.to_html(blocks, title, l["auth"], chrome=True))
        elif fmt == "docx":
            p = os.path.join(BUILD, "html-docx", base + ".html")
            open(p, "w").write(R.to_html(blocks, title, l["auth"]))
            to_docx.append((p, out))
        elif fmt == "pdf-soffice":
            p = os.path.join(BUILD, "html-soffice-pdf", base + ".html")
            open(p, "w").write(R.to_html(blocks, title, l["auth"]))
            to_pdf_soffice.append((p, out))
        elif fmt == "pdf-chromium":
            p = os.path.join(BUILD, base + ".chromium.html")
            open(p, "w").write(R.to_html(blocks, title, l["auth"]))
            chromium_jobs.append((p, out))
        elif fmt == "pdf-gs":
            p = os.path.join(BUILD, base + ".ps")
            open(p, "w").write(R.to_ps(blocks, l["auth"]))
            gs_jobs.append((p, out))
        # plain-text rendering of every letter, for eyeballing
        open(os.path.join(BUILD, base + ".render.txt"), "w").write(R.to_txt(blocks))

    soffice([p for p, _ in to_docx], 'docx:MS Word 2007 XML', os.path.join(BUILD, "out-docx"))
    for p, out in to_docx:
        shutil.move(os.path.join(BUILD, "out-docx", os.path.basename(p)[:-5] + ".docx"), out)
    soffice([p for p, _ in to_pdf_soffice], "pdf:writer_pdf_Export", os.path.join(BUILD, "out-pdf"))
    for p, out in to_pdf_soffice:
        shutil.move(os.path.join(BUILD, "out-pdf", os.path.basename(p)[:-5] + ".pdf"), out)
    for p, out in chromium_jobs:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={os.path.join(BUILD, 'chrome-profile')}", f"--print-to-pdf={out}", "file://" + p])
    for p, out in gs_jobs:
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", p])
    for d in ("lo-profile", "chrome-profile", "home", "tmp"):
        shutil.rmtree(os.path.join(BUILD, d), ignore_errors=True)
    return names


def build_expect(names):
    drafts = {}
    for d in DRAFTS:
        cutoff = d.get("as_of", d["date"])
        hist = [l for l in LETTERS if (d.get("all_authorities") or l["auth"] == d["auth"]) and l["date"] < cutoff]
        hist.sort(key=lambda l: l["date"], reverse=True)
        matches, findings = {}, []
        for qid, q in qids(d):
            (c,) = concepts(q)
            ms = []
            for l in hist:
                for hqid, hq in qids(l):
                    if c in concepts(hq):
                        ms.append((l, hqid, hq))
            matches[qid] = [f"{l['ref']} {hqid}" for l, hqid, _ in ms]
            if ms and q["st"] != "U":
                pl, pqid, pq = ms[0]
                f = finding(pq, q, c)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": qid,
                                     "precedent": f"{pl['ref']} {pqid}"})
        e = {}
        if d.get("as_of"):
            e["as_of"] = d["as_of"]
        if d.get("all_authorities"):
            e["all_authorities"] = True
        if d.get("consistent"):
            e["consistent"] = True
            assert not any(f["severity"] == "high" for f in findings)
        e["matches"] = matches
        e["findings"] = findings
        drafts[os.path.basename(names[id(d)])] = e
    return {"description": ("Set M: four invented authorities (a metropolitan borough council, a fire and rescue "
                            "service, an ambulance NHS trust, a further education college), 39 history letters "
                            "2017-2025 and 11 drafts 2025-2026 with round-robin drift, look-alike questions, parts "
                            "restarting vs merged lists, a merged question, an internal review, an EIR regime change, "
                            "a bare request and a back-dated (as_of) check."),
            "drafts": drafts}


def labels(names):
    out = []
    for l in LETTERS + DRAFTS:
        qs = []
        for qid, q in qids(l):
            qs.append({"id": qid, "concept": sorted(concepts(q)), "stance": STANCE[q["st"]],
                       "exemptions": sorted(q["ex"]), "fact": q["fact"]})
        out.append({"file": os.path.relpath(names[id(l)], HERE), "authority": AUTHORITIES[l["auth"]]["name"],
                    "reference": l["ref"], "date": l["date"], "received": l["received"],
                    "regime": l.get("regime", "foia"), "layout": l["style"], "format": l["fmt"],
                    "draft": bool(l.get("draft")), "questions": qs})
    return out


def main():
    validate()
    names = render_all()
    exp = build_expect(names)
    json.dump(exp, open(os.path.join(HERE, "expect.json"), "w"), indent=2, ensure_ascii=False)
    json.dump(labels(names), open(os.path.join(HERE, "truth.json"), "w"), indent=2, ensure_ascii=False)
    counts = {}
    for d in exp["drafts"].values():
        for f in d["findings"]:
            counts[(f["kind"], f["severity"])] = counts.get((f["kind"], f["severity"]), 0) + 1
    for k in sorted(counts):
        print(k, counts[k])
    print("findings:", sum(counts.values()), "history:", len(LETTERS), "drafts:", len(DRAFTS))


if __name__ == "__main__":
    main()
