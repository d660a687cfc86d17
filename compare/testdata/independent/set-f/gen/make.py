#!/usr/bin/env python3
"""Evaluation set F, written independently of the code: renders history letters and drafts from the truth held in src/, and writes expect.json.

Usage: python3 make.py            (render everything, write expect.json and truth.json)
       python3 make.py --expect   (only recompute expect.json / truth.json)
"""
import os, sys, json, re, shutil, subprocess, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))

from model import derive_finding, fmt_date
import render
import data_gc, data_ub, data_ta, data_am

LETTERS = data_gc.LETTERS + data_ub.LETTERS + data_ta.LETTERS + data_am.LETTERS
HIST = [L for L in LETTERS if not L.draft]
DRAFTS = [L for L in LETTERS if L.draft]
PREFIX = {"GC": "glenmorven", "UB": "brackenfield", "TA": "northmoor", "AM": "wdas"}
EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx",
       "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}
BUILD = os.path.join(ROOT, "build")


def out_name(L):
    if L.fname:
        return L.fname
    ref = re.sub(r"[^a-z0-9]+", "-", L.ref.lower()).strip("-")
    return f"{PREFIX[L.auth]}-{ref}.{EXT[L.fmt]}"


# ---------------------------------------------------------------------------
def validate():
    refs = collections.Counter(L.ref for L in LETTERS if L.ref)
    dup = [r for r, n in refs.items() if n > 1]
    assert not dup, dup
    dates = collections.Counter((L.auth, L.date) for L in LETTERS)
    dup = [d for d, n in dates.items() if n > 1]
    assert not dup, dup
    names = collections.Counter(out_name(L) for L in LETTERS)
    assert all(n == 1 for n in names.values()), names
    for L in LETTERS:
        cs = collections.Counter(q.concept for q in L.questions())
        assert all(n == 1 for n in cs.values()), (L.key, cs)
        assert EXT[L.fmt] == out_name(L).rsplit(".", 1)[1], L.key
        if L.fmt in ("txt", "pdf-gs"):
            assert L.style != "table", L.key
        if L.draft:
            assert "2025-01-01" <= L.date <= "2026-12-31", L.key
        else:
            assert "2017-01-01" <= L.date <= "2025-12-31", L.key
        for q in L.questions():
            if L.bare:
                assert q.stance == "none"
            else:
                assert q.stance != "none", (L.key, q.id)


def derive():
    drafts, truth = {}, {"letters": []}
    counts = collections.Counter()
    for L in LETTERS:
        truth["letters"].append({
            "file": ("drafts/" if L.draft else "history/") + out_name(L),
            "authority": render.PROFILES[L.auth].name, "reference": L.ref, "date": L.date,
            "received": L.received, "regime": L.regime, "layout": L.style, "format": L.fmt,
            "questions": [{"id": q.id, "concept": q.concept, "stance": q.stance, "exemptions": q.ex,
                           "fact": q.fact} for q in L.questions()],
        })
    for D in DRAFTS:
        cutoff = D.as_of or D.date
        entry = {}
        if D.as_of:
            entry["as_of"] = D.as_of
        if D.all_authorities:
            entry["all_authorities"] = True
        matches, findings = {}, []
        for q in D.questions():
            prev = []
            for H in HIST:
                if H.date >= cutoff:
                    continue
                if not D.all_authorities and H.auth != D.auth:
                    continue
                for hq in H.questions():
                    if hq.concept == q.concept:
                        prev.append((H, hq))
            prev.sort(key=lambda x: x[0].date, reverse=True)
            matches[q.id] = [f"{H.ref} {hq.id}" for H, hq in prev]
            if prev and not D.bare:
                H, hq = prev[0]
                f = derive_finding(hq, q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": q.id,
                                     "precedent": f"{H.ref} {hq.id}"})
                    counts[f] += 1
        if not D.bare and not findings:
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        drafts[out_name(D)] = entry
    return drafts, truth, counts


def write_expect():
    validate()
    drafts, truth, counts = derive()
    desc = ("Set F, written independently of the code: a Scottish council answering under FOISA and the EIRs (Scotland), an English university, a "
            "combined transport authority (FOIA and EIR) and an ambulance service NHS trust; %d history letters "
            "(2017-2025) and %d drafts (2025-2026) in txt, md, html, docx and pdf (LibreOffice, Chromium, "
            "Ghostscript). Round robins in parts that restart numbering and in merged lists, the same sentence in "
            "two parts about different contracts, a question inserted at position 2, look-alike questions, a "
            "FOIA s43(2) to EIR reg12(5)(e) regime change (no finding), a back-dated (as_of) check, an "
            "all-authorities check and a bare incoming request." % (len(HIST), len(DRAFTS)))
    exp = {"description": desc, "drafts": drafts}
    with open(os.path.join(ROOT, "expect.json"), "w") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(ROOT, "truth.json"), "w") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return counts


# ---------------------------------------------------------------------------
ENV = dict(os.environ, HOME=os.path.join(BUILD, "home"), XDG_CONFIG_HOME=os.path.join(BUILD, "home", ".config"),
           XDG_CACHE_HOME=os.path.join(BUILD, "home", ".cache"))
LO_PROFILE = "file://" + os.path.join(BUILD, "lo-profile")


def run(cmd):
    r = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.returncode}\n{r.stdout}\n{r.stderr}")
    return r


def soffice(src, target, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore"]
    if src.endswith(".html"):
        cmd += ["--infilter=HTML (StarWriter)"]
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    run(cmd)


def render_one(L):
    prof = render.PROFILES[L.auth]
    bl = render.blocks(L)
    dest_dir = os.path.join(ROOT, "drafts" if L.draft else "history")
    dest = os.path.join(dest_dir, out_name(L))
    stem = os.path.splitext(out_name(L))[0]
    title = f"{L.ref} {L.title}".strip()
    if L.fmt == "txt":
        noise = None
        if not L.bare and L.auth == "AM":
            noise = "OFFICIAL\n\n" + prof.slogan
        elif not L.bare and L.auth == "GC":
            noise = prof.slogan
        open(dest, "w", encoding="utf-8").write(render.to_text(bl, noise=noise, every=12))
    elif L.fmt == "md":
        open(dest, "w", encoding="utf-8").write(render.to_md(bl))
    elif L.fmt == "html":
        open(dest, "w", encoding="utf-8").write(
            render.to_html(bl, title, prof, chrome=True, date_line=L.opts.get("log_date")))
    elif L.fmt in ("docx", "pdf-soffice"):
        hdir = os.path.join(BUILD, "html")
        os.makedirs(hdir, exist_ok=True)
        hp = os.path.join(hdir, stem + ".html")
        open(hp, "w", encoding="utf-8").write(render.to_html(bl, title, prof))
        ddir = os.path.join(BUILD, "docx")
        os.makedirs(ddir, exist_ok=True)
        soffice(hp, 'docx:MS Word 2007 XML', ddir)
        dp = os.path.join(ddir, stem + ".docx")
        if L.fmt == "docx":
            shutil.copy(dp, dest)
        else:
            pdir = os.path.join(BUILD, "pdf")
            os.makedirs(pdir, exist_ok=True)
            soffice(dp, "pdf:writer_pdf_Export", pdir)
            shutil.copy(os.path.join(pdir, stem + ".pdf"), dest)
    elif L.fmt == "pdf-chromium":
        hdir = os.path.join(BUILD, "html")
        os.makedirs(hdir, exist_ok=True)
        hp = os.path.join(hdir, stem + ".print.html")
        open(hp, "w", encoding="utf-8").write(
            render.to_html(bl, title, prof, printed=True, pagehead=prof.marking, pagefoot=prof.slogan))
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={os.path.join(BUILD, 'chrome-profile')}", f"--print-to-pdf={dest}",
             "file://" + hp])
    elif L.fmt == "pdf-gs":
        pdir = os.path.join(BUILD, "ps")
        os.makedirs(pdir, exist_ok=True)
        pp = os.path.join(pdir, stem + ".ps")
        open(pp, "w", encoding="latin-1").write(render.to_ps(bl, head=prof.marking, foot=prof.slogan))
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={dest}", pp])
    else:
        raise ValueError(L.fmt)
    return dest


def main():
    counts = write_expect()
    if "--expect" not in sys.argv:
        for d in ("history", "drafts"):
            p = os.path.join(ROOT, d)
            shutil.rmtree(p, ignore_errors=True)
            os.makedirs(p)
        os.makedirs(os.path.join(BUILD, "home"), exist_ok=True)
        only = [a for a in sys.argv[1:] if not a.startswith("--")]
        for L in LETTERS:
            if only and L.key not in only:
                continue
            print("render", L.key, "->", render_one(L), file=sys.stderr)
    print(f"history={len(HIST)} drafts={len(DRAFTS)}")
    for (k, s), n in sorted(counts.items()):
        print(f"  {k:22s} {s:7s} {n}")
    print("  total", sum(counts.values()))


if __name__ == "__main__":
    main()
