#!/usr/bin/env python3
"""Build evaluation set AC: render letters and derive expect.json from the truth.

Truth lives in src/letters_*.py: for every letter its authority, reference, date, and for every
question the concept it asks, its stance, exemptions and (for released answers) the fact stated.
Matches and findings in expect.json are derived by code from that truth.

Usage: python3 make.py [--no-render]   (--no-render only rewrites expect.json / truth.json)
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src.model import finding, fmt_fact  # noqa: E402
from src.render import render_blocks, to_txt, to_md, to_print_html, to_log_html  # noqa: E402
from src import letters_police, letters_council, letters_trust, letters_scot  # noqa: E402

HIST = letters_police.HIST + letters_council.HIST + letters_trust.HIST + letters_scot.HIST
DRAFTS = letters_police.DRAFTS + letters_council.DRAFTS + letters_trust.DRAFTS + letters_scot.DRAFTS

BUILD = os.path.join(HERE, "src", "build")
EXT = {"txt": ".txt", "md": ".md", "html": ".html", "html-plain": ".html", "docx": ".docx",
       "pdf-soffice": ".pdf", "pdf-chromium": ".pdf", "pdf-gs": ".pdf"}


def fname(L):
    return L.key + EXT[L.fmt]


# ------------------------------------------------------------------ checks on the truth
def check_truth():
    refs = collections.Counter(L.ref for L in HIST + DRAFTS)
    dup = [r for r, n in refs.items() if n > 1]
    assert not dup, f"duplicate references {dup}"
    dates = collections.Counter((L.auth["code"], L.date) for L in HIST + DRAFTS)
    dup = [d for d, n in dates.items() if n > 1]
    assert not dup, f"duplicate dates within an authority {dup}"
    for L in HIST + DRAFTS:
        seen = collections.Counter(c for q in L.questions for c in q.concepts)
        d = [c for c, n in seen.items() if n > 1]
        assert not d, f"{L.key}: concept asked twice {d}"
        for q in L.questions:
            if q.stance == "released" and L.kind == "draft":
                assert q.fact is not None, (L.key, q.text)


# ------------------------------------------------------------------ expectations
def concept_key(L, c):
    return L.auth["code"] + ":" + c


def derive(D):
    cutoff = D.as_of or D.date
    hist = [H for H in HIST if H.auth["code"] == D.auth["code"] and H.date < cutoff]
    matches, findings = {}, []
    for q in D.questions:
        assert len(q.concepts) == 1
        ck = concept_key(D, q.concepts[0])
        prev = []
        for H in hist:
            for hq in H.questions:
                if ck in {concept_key(H, c) for c in hq.concepts}:
                    prev.append((H, hq))
        prev.sort(key=lambda x: x[0].date, reverse=True)
        matches[q.id] = [f"{H.ref} {hq.id}" for H, hq in prev]
        if prev:
            H, hq = prev[0]
            f = finding(hq, q)
            if f:
                findings.append({"kind": f[0], "severity": f[1], "question_id": q.id,
                                 "precedent": f"{H.ref} {hq.id}"})
    return matches, findings


def build_expect():
    out = {"description": (
        "Blind set AC: four invented authorities (Arden Constabulary, a Midlands police force; Wexcombe "
        "County Council; Hartmoor and Dene Mental Health NHS Foundation Trust; Tayforth Transport "
        "Partnership, a Scottish body under FOISA). Round-robin families (body-worn video, drones, "
        "contact-centre/inbound-network contracts in two parts and as one merged list, facial recognition/"
        "ANPR/IMSI, potholes, libraries, waste/fly-tipping, cyber, agency staffing, telephony, CCTV) "
        "reworded, renumbered, merged and split over 2017-2025, with look-alikes and unrelated requests. "
        "Drafts plant every finding kind, consistent repeats with restated figures, an FOIA s43(2) -> EIR "
        "reg12(5)(e) regime change, a bare incoming request and a back-dated (as_of) check."),
        "drafts": {}}
    for D in DRAFTS:
        m, f = derive(D)
        e = {}
        if D.as_of:
            e["as_of"] = D.as_of
        if not f and D.style != "bare" and any(m.values()):
            e["consistent"] = True
        e["matches"] = m
        e["findings"] = f
        out["drafts"][fname(D)] = e
    return out


def labels(L):
    qs = []
    for q in L.questions:
        d = {"id": q.id, "concepts": q.concepts, "stance": q.stance, "exemptions": q.ex, "text": q.text}
        if q.fact is not None:
            d["fact"] = list(q.fact)
            if q.stance == "released":
                d["answer_contains"] = fmt_fact(q.fact, q.fs) if q.fact[0] not in ("yes", "text") else ""
        qs.append(d)
    return {"file": ("drafts/" if L.kind == "draft" else "history/") + fname(L),
            "authority": L.auth["name"], "reference": L.ref, "date": L.date, "received": L.received,
            "regime": L.regime, "layout": L.style, "format": L.fmt, "as_of": L.as_of,
            "traps": L.traps, "questions": qs}


# ------------------------------------------------------------------ rendering
def env():
    e = dict(os.environ)
    e["HOME"] = os.path.join(BUILD, "home")
    e["TMPDIR"] = os.path.join(BUILD, "tmp")
    os.makedirs(e["HOME"], exist_ok=True)
    os.makedirs(e["TMPDIR"], exist_ok=True)
    return e


def soffice(src, fmt, outdir):
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    filt = {"pdf": "pdf:writer_pdf_Export", "docx": 'docx:MS Word 2007 XML'}[fmt]
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", filt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env(), timeout=180)


def chromium(src, out):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    f"--user-data-dir={os.path.join(BUILD, 'chrome')}", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env(), timeout=180)


def _ps_str(s):
    rep = {"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "•": "-", "…": "..."}
    for a, b in rep.items():
        s = s.replace(a, b)
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "(" + "".join(out) + ")"


def to_ps(text, banner):
    import textwrap
    lines = []
    for raw in text.split("\n"):
        if not raw.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(raw, 92, break_on_hyphens=False) or [""])
    per = 60
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    ps = ["%!PS-Adobe-3.0", f"%%Pages: {len(pages)}", "%%EndComments",
          "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put "
          "dup 96 /grave put def currentdict end definefont pop } def",
          "/HelvL /Helvetica reenc", "/HelvB /Helvetica-Bold reenc"]
    for i, pg in enumerate(pages, 1):
        ps.append(f"%%Page: {i} {i}")
        ps.append("/HelvB findfont 8 scalefont setfont")
        ps.append(f"56 810 moveto {_ps_str(banner)} show")
        y = 780
        for j, ln in enumerate(pg):
            font = "HelvB" if (i == 1 and j == 0) else "HelvL"
            ps.append(f"/{font} findfont 10 scalefont setfont")
            ps.append(f"56 {y} moveto {_ps_str(ln)} show")
            y -= 12.2
        ps.append("/HelvL findfont 8 scalefont setfont")
        ps.append(f"270 30 moveto {_ps_str(f'Page {i} of {len(pages)}')} show")
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"


def render(L, outdir):
    blocks = render_blocks(L)
    out = os.path.join(outdir, fname(L))
    fmt = L.fmt
    if fmt == "txt":
        banner = L.auth["banner"] if L.opts.get("banner", L.auth["code"] == "arden") else None
        open(out, "w").write(to_txt(blocks, banner=banner, every=14 if banner else 0))
    elif fmt == "md":
        open(out, "w").write(to_md(blocks))
    elif fmt == "html":
        open(out, "w").write(to_log_html(blocks, L))
    elif fmt == "html-plain":
        open(out, "w").write(to_print_html(blocks, f"{L.ref} {L.title}"))
    elif fmt in ("docx", "pdf-soffice", "pdf-chromium"):
        src = os.path.join(BUILD, L.key + ".html")
        open(src, "w").write(to_print_html(blocks, f"{L.ref} {L.title}"))
        if fmt == "docx":
            soffice(src, "docx", BUILD)
            shutil.move(os.path.join(BUILD, L.key + ".docx"), out)
        elif fmt == "pdf-soffice":
            soffice(src, "pdf", BUILD)
            shutil.move(os.path.join(BUILD, L.key + ".pdf"), out)
        else:
            chromium(src, out)
    elif fmt == "pdf-gs":
        ps = os.path.join(BUILD, L.key + ".ps")
        open(ps, "w", encoding="latin-1").write(to_ps(to_txt(blocks), L.auth["banner"] + "   OFFICIAL"))
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite",
                        f"-sOutputFile={out}", ps], check=True, env=env(), timeout=120)
    else:
        raise ValueError(fmt)
    return out


def _words(s):
    return re.findall(r"[a-z0-9£]+", s.lower())


def verify_pdf(path, L):
    txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    flat = " ".join(txt.split())
    problems = []
    if L.ref not in flat:
        problems.append(f"reference {L.ref!r} not found")
    ws = set(_words(txt))
    for q in L.questions:
        qw = _words(q.text)
        miss = [w for w in qw if w not in ws]
        if len(miss) > max(1, len(qw) // 10):
            problems.append(f"{q.id} question words missing {miss[:6]}")
        if q.stance == "released" and q.fact is not None and q.fact[0] not in ("yes", "text"):
            s = fmt_fact(q.fact, q.fs)
            if s.lower() not in flat.lower():
                problems.append(f"{q.id} fact {s!r} not found")
    return problems


def main():
    check_truth()
    no_render = "--no-render" in sys.argv
    if not no_render:
        for d in ("history", "drafts"):
            shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
            os.makedirs(os.path.join(HERE, d))
        os.makedirs(BUILD, exist_ok=True)
        bad = 0
        for L in HIST + DRAFTS:
            outdir = os.path.join(HERE, "drafts" if L.kind == "draft" else "history")
            p = render(L, outdir)
            if p.endswith(".pdf"):
                probs = verify_pdf(p, L)
                for pr in probs:
                    print(f"PDF CHECK {os.path.basename(p)}: {pr}")
                bad += bool(probs)
            print("wrote", os.path.relpath(p, HERE))
        print("pdf problems:", bad)
        shutil.rmtree(BUILD, ignore_errors=True)
    exp = build_expect()
    json.dump(exp, open(os.path.join(HERE, "expect.json"), "w"), indent=2, ensure_ascii=False)
    json.dump({"letters": [labels(L) for L in HIST + DRAFTS]}, open(os.path.join(HERE, "truth.json"), "w"),
              indent=2, ensure_ascii=False)
    kinds = collections.Counter()
    sev = collections.Counter()
    for d, e in exp["drafts"].items():
        for f in e["findings"]:
            kinds[f["kind"]] += 1
            sev[(f["kind"], f["severity"])] += 1
    print("history letters:", len(HIST), "drafts:", len(DRAFTS))
    print("formats:", collections.Counter(L.fmt for L in HIST + DRAFTS))
    print("findings:", sum(kinds.values()), dict(kinds))
    print("by severity:", dict(sev))


if __name__ == "__main__":
    main()
