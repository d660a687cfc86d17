#!/usr/bin/env python3
"""Evaluation set H, written independently of the code: renders the letters in src/letters.py into history/
and drafts/, and derives expect.json from the truth held there.

    python3 make.py            # render everything and write expect.json
    python3 make.py --labels   # only write expect.json
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from concepts import C                      # noqa: E402
from letters import HISTORY, DRAFTS         # noqa: E402
import render as R                          # noqa: E402

BUILD = os.path.join(HERE, "build")

# ------------------------------------------------------------------ labels

EQUIV = {"reg12(5)(e)": "s43(2)", "foisa:s33(1)(b)": "s43(2)", "reg13": "s40(2)",
         "foisa:s38(1)(b)": "s40(2)", "reg12(5)(a)": "s24(1)", "reg12(5)(b)": "s31(1)(a)"}


def norm_ex(exs):
    return sorted(EQUIV.get(e, e) for e in exs)


HELD = {"R", "P", "W"}


def classify(prev, cur):
    """The contract's table applied to the precedent's and the draft's stances."""
    p, c = prev.st, cur.st
    if c == "U" or p == "U":
        return None
    if c == "N" and p in HELD | {"NH"}:
        return "ncnd_inconsistent", "high"
    if p == "N" and c in HELD | {"NH"}:
        return "ncnd_inconsistent", "medium"
    if p in ("R", "P") and c in ("W", "X"):
        return "newly_withheld", "high"
    if p == "R" and c == "P":
        return "partly_withheld", "medium"
    if p == "W" and c in ("R", "P"):
        return "newly_released", "medium"
    if p == "W" and c == "W" and norm_ex(prev.ex) != norm_ex(cur.ex):
        return "exemption_changed", "medium"
    if p in HELD and c == "NH":
        return "held_status_changed", "high"
    if p == "NH" and c in HELD:
        return "held_status_changed", "medium"
    if p == "R" and c == "R" and prev.v != cur.v:
        return "answer_changed", "low"
    return None


def qids(L):
    for pi, (pt, qs) in enumerate(L.parts, 1):
        for n, q in enumerate(qs, 1):
            yield f"P{pi}.Q{n}", q


def check_truth():
    refs = set()
    dates = set()
    for L in HISTORY + DRAFTS:
        if L.ref:
            assert L.ref not in refs, L.ref
            refs.add(L.ref)
        assert (L.auth, L.date) not in dates, (L.auth, L.date)
        dates.add((L.auth, L.date))
        seen = set()
        for qid, q in qids(L):
            assert q.cid in C, q.cid
            assert q.w < len(C[q.cid]["w"]), (L.key, q.cid, q.w)
            assert q.cid not in seen, (L.key, q.cid)
            seen.add(q.cid)
            if q.st in ("R", "P"):
                assert q.v is not None, (L.key, q.cid)
            if q.st == "P":
                assert C[q.cid]["p"], (L.key, q.cid)
    for L in DRAFTS:
        assert "2025-01-01" <= L.date <= "2026-12-31"
    for L in HISTORY:
        assert "2017-01-01" <= L.date <= "2025-12-31"


def labels():
    out = {"description": (
        "Set H, written independently of the code: a county council (Wexmoor County Council), a metropolitan police force "
        "(South Pennine Police), a mental health NHS trust (Thornfield and Ashdale Mental Health "
        "NHS Foundation Trust) and a university (Kingsmere University); 45 history letters 2017-2025 "
        "and 13 drafts 2025-2026. Matches list every earlier question of the same concept (same "
        "authority unless all_authorities; dated strictly before the draft's date or as_of); the "
        "finding compares with the most recent of them. Look-alikes (restraint/seclusion, "
        "agency/bank staff, international/home recruitment agents, drones/NPAS helicopter, "
        "carriageway/footway defects, agency social workers/permanent vacancies) must not match."),
        "drafts": {}}
    for D in DRAFTS:
        cutoff = D.as_of or D.date
        pool = [H for H in HISTORY if (D.all_auth or H.auth == D.auth) and H.date < cutoff]
        entry = {}
        if D.as_of:
            entry["as_of"] = D.as_of
        if D.all_auth:
            entry["all_authorities"] = True
        if D.consistent:
            entry["consistent"] = True
        matches, findings = {}, []
        for qid, q in qids(D):
            ms = []
            for H in pool:
                for hq_id, hq in qids(H):
                    if hq.cid == q.cid:
                        ms.append((H.date, H, hq_id, hq))
            ms.sort(key=lambda m: m[0], reverse=True)
            matches[qid] = [f"{H.ref} {hid}" for _, H, hid, _ in ms]
            if ms:
                _, H, hid, hq = ms[0]
                k = classify(hq, q)
                if k:
                    findings.append({"kind": k[0], "severity": k[1], "question_id": qid,
                                     "precedent": f"{H.ref} {hid}"})
        entry["matches"] = matches
        entry["findings"] = findings
        if D.consistent:
            assert not findings, (D.key, findings)
        out["drafts"][D.key] = entry
    return out


# ------------------------------------------------------------------ rendering

def sub(L):
    return "drafts" if L.draft else "history"


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(f"FAILED {cmd}\n{r.stdout}\n{r.stderr}\n")
        raise SystemExit(1)
    return r


def render_all():
    for d in ("history", "drafts"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    shutil.rmtree(BUILD, ignore_errors=True)
    for d in ("soffice_pdf", "soffice_docx", "chrome", "ps", "out_pdf", "out_docx", "home"):
        os.makedirs(os.path.join(BUILD, d))
    env = dict(os.environ, HOME=os.path.join(BUILD, "home"))
    soffice_pdf, soffice_docx, chrome, gs = [], [], [], []
    for L in HISTORY + DRAFTS:
        A = R.AUTH[L.auth]
        B = R.build(L)
        dest = os.path.join(HERE, sub(L), L.key)
        stem = os.path.splitext(L.key)[0]
        if L.fmt == "txt":
            open(dest, "w", encoding="utf-8").write(R.to_txt(B))
        elif L.fmt == "md":
            open(dest, "w", encoding="utf-8").write(R.to_md(B))
        elif L.fmt == "html":
            open(dest, "w", encoding="utf-8").write(R.to_html_log(B, L, A))
        elif L.fmt == "docx":
            p = os.path.join(BUILD, "soffice_docx", stem + ".html")
            open(p, "w", encoding="utf-8").write(R.to_html_letter(B, L.title))
            soffice_docx.append((p, dest))
        elif L.fmt == "pdf-soffice":
            p = os.path.join(BUILD, "soffice_pdf", stem + ".html")
            open(p, "w", encoding="utf-8").write(R.to_html_letter(B, L.title))
            soffice_pdf.append((p, dest))
        elif L.fmt == "pdf-chromium":
            p = os.path.join(BUILD, "chrome", stem + ".html")
            open(p, "w", encoding="utf-8").write(R.to_html_letter(B, L.title, footer=A["slogan"]))
            chrome.append((p, dest))
        elif L.fmt == "pdf-gs":
            p = os.path.join(BUILD, "ps", stem + ".ps")
            hdr = f"{A['name']}" + ("   OFFICIAL" if L.auth == "police" else "")
            open(p, "w", encoding="latin-1").write(R.to_ps(B, hdr, A["slogan"]))
            gs.append((p, dest))
        else:
            raise ValueError(L.fmt)
    prof = "-env:UserInstallation=file://" + os.path.join(BUILD, "lo")
    if soffice_pdf:
        run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", os.path.join(BUILD, "out_pdf")]
            + [p for p, _ in soffice_pdf], env=env)
        for p, dest in soffice_pdf:
            shutil.copy(os.path.join(BUILD, "out_pdf", os.path.basename(p)[:-5] + ".pdf"), dest)
    if soffice_docx:
        run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", os.path.join(BUILD, "out_docx")]
            + [p for p, _ in soffice_docx], env=env)
        for p, dest in soffice_docx:
            shutil.copy(os.path.join(BUILD, "out_docx", os.path.basename(p)[:-5] + ".docx"), dest)
    for p, dest in chrome:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--user-data-dir=" + os.path.join(BUILD, "chrome-profile"),
             "--no-pdf-header-footer", "--print-to-pdf=" + dest, "file://" + p], env=env)
    for p, dest in gs:
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
             "-sPAPERSIZE=a4", "-o", dest, p], env=env)
    shutil.rmtree(BUILD, ignore_errors=True)


# ------------------------------------------------------------------ verification

def extract(path):
    if path.endswith(".pdf"):
        # -layout is how it should read; raw order is added so that table cells
        # wrapped over several lines can still be found whole.
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True,
                                        text=True).stdout for m in (["-layout"], ["-raw"]))
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>|<w:br/>", "\n", x)
        import html
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        import html
        t = html.unescape(t)
    return t


def squash(s):
    return re.sub(r"[^a-z0-9£]+", "", s.lower())


def verify():
    bad = 0
    for L in HISTORY + DRAFTS:
        path = os.path.join(HERE, sub(L), L.key)
        t = squash(extract(path))
        need = [L.ref] if L.ref else []
        for _, q in qids(L):
            need.append(R.qtext(q)[:60])
            if q.st in ("R",) and C[q.cid]["t"] != "yn":
                need.append(R.answer(L, q, R.AUTH[L.auth])[:40])
        for n in need:
            if squash(n) not in t:
                print(f"VERIFY {L.key}: missing {n!r}")
                bad += 1
    print("verify:", "ok" if not bad else f"{bad} problems")


def main():
    check_truth()
    if "--labels" not in sys.argv:
        render_all()
        verify()
    exp = labels()
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    kinds = Counter((f["kind"], f["severity"]) for d in exp["drafts"].values() for f in d["findings"])
    fmts = Counter(L.fmt for L in HISTORY)
    print(f"history {len(HISTORY)} drafts {len(DRAFTS)} formats {dict(fmts)}")
    for k, v in sorted(kinds.items()):
        print(f"  {k[0]:22s} {k[1]:7s} {v}")
    print("  total", sum(kinds.values()))


if __name__ == "__main__":
    main()
