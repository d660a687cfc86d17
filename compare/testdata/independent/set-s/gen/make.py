#!/usr/bin/env python3
"""Build independent evaluation set S for a FOI consistency checker.

Renders every letter in src/truth.py into history/ (earlier responses) and
drafts/ (drafts to check), and derives expect.json (and labels.json, the
per-letter truth) from the same data.  Standard library only; PDFs and DOCX are
produced by real tools: LibreOffice, Chromium and Ghostscript.

    python3 make.py            # build everything
    python3 make.py --no-convert   # text formats only, skip docx/pdf
"""

import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import render  # noqa: E402
from truth import AUTH, LETTERS, R, P, W, N, NH, F, U  # noqa: E402

BUILD = os.path.join(HERE, "build")
HIST = os.path.join(HERE, "history")
DRAFTS = os.path.join(HERE, "drafts")
ENV = dict(os.environ, HOME=os.path.join(BUILD, "home"))
LO_PROFILE = "file://" + os.path.join(BUILD, "lo-profile")
CHROME_PROFILE = os.path.join(BUILD, "chrome-profile")


# ---------------------------------------------------------------------------
# stance comparison (the contract's table)
# ---------------------------------------------------------------------------
EQUIV = {
    "reg12(4)(a)": "notheld", "reg12(4)(b)": "s12", "reg6(1)(b)": "s21",
    "reg12(4)(d)": "s22", "reg12(5)(b)": "s31", "reg12(4)(e)": "s36",
    "reg13": "s40", "reg12(5)(e)": "s43", "reg12(5)(a)": "s24",
    "reg12(6)": "ncnd",
    "foisa:s17": "notheld", "foisa:s12": "s12", "foisa:s14": "s14",
    "foisa:s25": "s21", "foisa:s27": "s22", "foisa:s35": "s31",
    "foisa:s30": "s36", "foisa:s38": "s40", "foisa:s33": "s43",
    "foisa:s31": "s24", "foisa:s18": "ncnd",
}


def family(ex):
    if ex in EQUIV:
        return EQUIV[ex]
    if ex.startswith("reg13"):
        return "s40"
    base = ex.split("(")[0]
    if base in EQUIV:
        return EQUIV[base]
    if ex.startswith("foisa:"):
        return EQUIV.get(base, base)
    return base


def classify(prev, cur):
    """prev, cur: Q objects. Returns (kind, severity) or None."""
    pk, ck = prev.stance, cur.stance
    if U in (pk, ck):
        return None
    if ck == N and pk in (R, P, W, NH):
        return ("ncnd_inconsistent", "high")
    if pk == N and ck in (R, P, W, NH):
        return ("ncnd_inconsistent", "medium")
    if pk in (R, P) and ck in (W, F):
        return ("newly_withheld", "high")
    if pk == R and ck == P:
        return ("partly_withheld", "medium")
    if pk == W and ck in (R, P):
        return ("newly_released", "medium")
    if pk == W and ck == W:
        if set(map(family, prev.ex)) != set(map(family, cur.ex)):
            return ("exemption_changed", "medium")
        return None
    if pk in (R, P, W) and ck == NH:
        return ("held_status_changed", "high")
    if pk == NH and ck in (R, P, W):
        return ("held_status_changed", "medium")
    if pk == R and ck == R and prev.fact != cur.fact:
        return ("answer_changed", "low")
    return None


# ---------------------------------------------------------------------------
# checks on the truth itself
# ---------------------------------------------------------------------------
def validate():
    refs = set()
    dates = set()
    names = set()
    for L in LETTERS:
        assert L.ref not in refs, "duplicate reference " + L.ref
        refs.add(L.ref)
        assert (L.auth, L.date) not in dates, "duplicate date %s %s" % (L.auth, L.date)
        dates.add((L.auth, L.date))
        assert L.fname not in names, L.fname
        names.add(L.fname)
        seen = set()
        for qid, q in L.questions():
            assert q.concept not in seen, "concept twice in %s: %s" % (L.ref, q.concept)
            seen.add(q.concept)
            if q.stance in (W, N, P, F):
                assert q.ex, "%s %s needs exemptions" % (L.ref, qid)
            if q.stance == R and L.kind != "bare":
                assert q.fact is not None, "%s %s released without fact" % (L.ref, qid)
            if L.style == "bare":
                assert q.stance == U
        if L.kind == "draft":
            assert L.date >= "2025-01-01", L.ref
        else:
            assert "2017-01-01" <= L.date <= "2025-12-31", L.ref


# ---------------------------------------------------------------------------
# expectations
# ---------------------------------------------------------------------------
def expectations():
    hist = [L for L in LETTERS if L.kind == "history"]
    drafts = [L for L in LETTERS if L.kind == "draft"]
    out = {}
    plan = []
    for D in drafts:
        cutoff = D.as_of or D.date
        allauth = D.opts.get("all_authorities", False)
        cands = [H for H in hist if H.date < cutoff and (allauth or H.auth == D.auth)]
        cands.sort(key=lambda H: H.date, reverse=True)
        matches = {}
        findings = []
        for qid, q in D.questions():
            ms = []
            for H in cands:
                for hqid, hq in H.questions():
                    if hq.concept == q.concept:
                        ms.append((H, hqid, hq))
            matches[qid] = ["%s %s" % (H.ref, hqid) for H, hqid, _ in ms]
            if ms and D.style != "bare":
                H, hqid, hq = ms[0]
                c = classify(hq, q)
                plan.append((D.fname, qid, q.concept, "%s %s" % (H.ref, hqid), hq.stance,
                             q.stance, c))
                if c:
                    findings.append({"kind": c[0], "severity": c[1], "question_id": qid,
                                     "precedent": "%s %s" % (H.ref, hqid)})
        entry = {}
        if D.as_of:
            entry["as_of"] = D.as_of
        if allauth:
            entry["all_authorities"] = True
        if D.consistent:
            assert not any(f["severity"] == "high" for f in findings), D.ref
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        out[D.fname] = entry
    return out, plan


def labels():
    lab = {}
    for L in LETTERS:
        qs = []
        for qid, q in L.questions():
            d = {"id": qid, "concept": q.concept, "stance": q.stance, "exemptions": q.ex}
            if q.stance in (R, P) and q.fact is not None:
                d["fact"] = q.fact[1] if q.fact[0] not in ("table", "mtable") else q.fact[1]
                d["fact_kind"] = q.fact[0]
            qs.append(d)
        lab[L.fname] = {
            "set": "history" if L.kind == "history" else "drafts",
            "authority": AUTH[L.auth]["name"], "reference": L.ref, "date": L.date,
            "received": L.received, "regime": L.regime, "format": L.fmt,
            "layout": L.style, "traps": L.traps, "questions": qs,
        }
    return lab


# ---------------------------------------------------------------------------
# rendering and conversion
# ---------------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode(errors="replace")[-800:]))
    return r


def soffice(src, target, outdir):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore",
         "--convert-to", target, "--outdir", outdir, src], timeout=240)


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--user-data-dir=" + CHROME_PROFILE, "--no-pdf-header-footer",
         "--print-to-pdf=" + out, "file://" + src], timeout=240)


def gs_pdf(src, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-sOutputFile=" + out, src], timeout=240)


def render_letter(L, convert=True):
    a = AUTH[L.auth]
    blocks = render.build(L)
    dest_dir = HIST if L.kind == "history" else DRAFTS
    dest = os.path.join(dest_dir, L.fname)
    stem = os.path.splitext(L.fname)[0].replace(" ", "_")
    title = "%s – %s" % (L.ref, L.title)
    if L.fmt == "txt":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(render.to_txt(blocks, wrap=L.opts.get("wrap", False)))
        return dest
    if L.fmt == "md":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(render.to_md(blocks))
        return dest
    if L.fmt == "html":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(render.to_html(blocks, title, site=a if L.opts.get("site") else None))
        return dest
    if not convert:
        return None
    work = os.path.join(BUILD, stem)
    os.makedirs(work, exist_ok=True)
    if L.fmt in ("docx", "pdf-soffice", "pdf-chromium"):
        src = os.path.join(work, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render.to_html(blocks, title))
    if L.fmt == "docx":
        soffice(src, 'docx:MS Word 2007 XML', work)
        shutil.copyfile(os.path.join(work, stem + ".docx"), dest)
    elif L.fmt == "pdf-soffice":
        soffice(src, 'docx:MS Word 2007 XML', work)
        docx = os.path.join(work, stem + ".docx")
        soffice(docx, "pdf", work)
        shutil.copyfile(os.path.join(work, stem + ".pdf"), dest)
    elif L.fmt == "pdf-chromium":
        out = os.path.join(work, stem + ".pdf")
        chromium_pdf(src, out)
        shutil.copyfile(out, dest)
    elif L.fmt == "pdf-gs":
        src = os.path.join(work, stem + ".ps")
        with open(src, "w", encoding="latin-1") as f:
            f.write(render.to_ps(blocks, header="OFFICIAL", footer=a["name"]))
        out = os.path.join(work, stem + ".pdf")
        gs_pdf(src, out)
        shutil.copyfile(out, dest)
    else:
        raise ValueError(L.fmt)
    return dest


def norm(s):
    s = (s.replace("–", "-").replace("’", "'").replace("\u00ad", ""))
    return " ".join(s.split()).lower()


def verify_pdf(L, path):
    """pdftotext -layout must show the reference and every question."""
    r = subprocess.run(["pdftotext", "-layout", path, "-"], stdout=subprocess.PIPE)
    text = r.stdout.decode("utf-8", errors="replace")
    flat = norm(text)
    # table cells are split over columns in -layout; also check the raw mode
    r2 = subprocess.run(["pdftotext", path, "-"], stdout=subprocess.PIPE)
    flat2 = norm(r2.stdout.decode("utf-8", errors="replace"))
    problems = []
    if norm(L.ref) not in flat and norm(L.ref) not in flat2:
        problems.append("reference not found")
    toks = flat.replace("-", " ").split()
    for qid, q in L.questions():
        want = norm(q.text).replace("-", " ").split()[:8]
        if not in_order(want, toks):
            problems.append("%s text not found: %r" % (qid, " ".join(want)))
    return problems


def in_order(want, toks, gap=14):
    """want's tokens appear in toks in order, each within `gap` of the last
    (table cells wrap and interleave with the neighbouring column)."""
    for start in [i for i, t in enumerate(toks) if t == want[0]]:
        pos = start
        ok = True
        for w in want[1:]:
            nxt = None
            for j in range(pos + 1, min(len(toks), pos + 1 + gap)):
                if toks[j] == w:
                    nxt = j
                    break
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


def main():
    convert = "--no-convert" not in sys.argv
    validate()
    for i, L in enumerate(LETTERS):
        L.opts.setdefault("citestyle", i % 3)
    for d in (HIST, DRAFTS):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    os.makedirs(os.path.join(BUILD, "home"), exist_ok=True)
    problems = []
    for L in LETTERS:
        path = render_letter(L, convert)
        if path and path.endswith(".pdf"):
            p = verify_pdf(L, path)
            if p:
                problems.append((L.fname, p))
    exp, plan = expectations()
    hist_n = sum(1 for L in LETTERS if L.kind == "history")
    draft_n = sum(1 for L in LETTERS if L.kind == "draft")
    doc = {
        "description": (
            "Blind set S: four invented authorities (a Welsh county council, a fire and rescue "
            "service, an ambulance NHS trust, a central-government executive agency); %d earlier "
            "responses 2017-2025 and %d drafts 2025-2026 in txt, md, html, docx and pdf "
            "(LibreOffice, Chromium, Ghostscript). Round-robin families recur with rewording, "
            "renumbering, inserted/removed questions, parts vs one merged list, the same sentence "
            "in two parts about two things, and look-alike questions that must not match. Drafts "
            "plant findings of all seven kinds, consistent repeats with restated facts, a FOIA "
            "s43(2) -> EIR reg12(5)(e) regime change (no finding), a bare incoming request and a "
            "back-dated (as_of) check." % (hist_n, draft_n)),
        "drafts": exp,
    }
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    # summary
    kinds = {}
    for e in exp.values():
        for fd in e["findings"]:
            kinds[(fd["kind"], fd["severity"])] = kinds.get((fd["kind"], fd["severity"]), 0) + 1
    print("history letters:", hist_n, " drafts:", draft_n)
    for k in sorted(kinds):
        print("  %-22s %-6s %d" % (k[0], k[1], kinds[k]))
    print("  total findings:", sum(kinds.values()))
    if "-v" in sys.argv:
        for row in plan:
            print("   ", row)
    if problems:
        print("PDF PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)


if __name__ == "__main__":
    main()
