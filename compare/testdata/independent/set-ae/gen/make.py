#!/usr/bin/env python3
"""Build evaluation set AE.

Truth lives in src/data_*.py (authority, reference, dates, and for every
question its concept, stance, exemptions and released fact). This script
renders the letters into history/ and drafts/ and derives expect.json from
the truth alone.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import render  # noqa: E402
import styles  # noqa: E402
import data_wdc, data_fen, data_mch, data_nwer  # noqa: E402,E401

LETTERS = data_wdc.LETTERS + data_fen.LETTERS + data_mch.LETTERS + data_nwer.LETTERS

EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx",
       "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}


# ---------------------------------------------------------------- truth helpers
def concepts(q):
    return q["c"] if isinstance(q["c"], list) else [q["c"]]


def fact(q, c):
    f = q["f"]
    if isinstance(f, dict):
        return f.get(c)
    return f


def questions(L):
    for pi, part in enumerate(L["parts"], 1):
        for n, q in enumerate(part["qs"], 1):
            yield f"P{pi}.Q{n}", q


FAMILY = [
    ("s43", "commercial"), ("reg12(5)(e)", "commercial"),
    ("s40", "personal"), ("reg13", "personal"),
    ("s31", "law_enforcement"), ("reg12(5)(b)", "law_enforcement"),
    ("s24", "national_security"), ("reg12(5)(a)", "national_security"),
    ("s36", "public_affairs"), ("reg12(4)(e)", "public_affairs"),
    ("s21", "accessible"), ("reg6(1)(b)", "accessible"),
    ("s12", "cost"), ("reg12(4)(b)", "cost"),
]


def family(e):
    for pre, fam in FAMILY:
        if e.startswith(pre):
            return fam
    return e


def finding(prev, cur, c):
    """The contract's table applied to (precedent, draft) stances."""
    p, s = prev["s"], cur["s"]
    if s == "unknown":
        return None
    if s == "ncnd" and p in ("released", "partially_released", "withheld", "not_held"):
        return ("ncnd_inconsistent", "high")
    if p == "ncnd" and s in ("released", "partially_released", "withheld", "not_held"):
        return ("ncnd_inconsistent", "medium")
    if p in ("released", "partially_released") and s in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and s == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and s in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and s == "withheld":
        fp = sorted({family(e) for e in prev["ex"]})
        fc = sorted({family(e) for e in cur["ex"]})
        if fp != fc:
            return ("exemption_changed", "medium")
        if set(prev["ex"]) != set(cur["ex"]):
            same_regime = all(e.startswith("s") for e in prev["ex"] + cur["ex"]) or \
                all(e.startswith("reg") for e in prev["ex"] + cur["ex"])
            assert not same_regime, f"ambiguous exemption change {prev['ex']} -> {cur['ex']}"
        return None
    if p in ("released", "partially_released") and s == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and s in ("released", "partially_released"):
        return ("held_status_changed", "medium")
    if p == "released" and s == "released":
        fp, fc = fact(prev, c), fact(cur, c)
        assert fp is not None and fc is not None, (prev, cur)
        return ("answer_changed", "low") if fp != fc else None
    ok_none = {("partially_released", "partially_released"), ("not_held", "not_held"),
               ("ncnd", "ncnd"), ("refused", "refused")}
    assert (p, s) in ok_none, f"transition {p}->{s} not planted cleanly ({c})"
    return None


def validate():
    refs = set()
    dates = {}
    for L in LETTERS:
        if L["ref"]:
            assert L["ref"] not in refs, L["ref"]
            refs.add(L["ref"])
        key = (L["auth"], L["date"])
        assert key not in dates, key
        dates[key] = L["id"]
        for qid, q in questions(L):
            s = q["s"]
            assert s in ("released", "partially_released", "withheld", "ncnd", "not_held", "refused",
                         "unknown"), s
            if s in ("partially_released", "withheld", "ncnd", "refused"):
                assert q["ex"], (L["id"], qid)
            if s == "released":
                for c in concepts(q):
                    assert fact(q, c) is not None, (L["id"], qid, c)
            if L["style"] != "decision" and s != "unknown":
                assert q["a"], (L["id"], qid)
            if L["style"] == "decision" and s not in ("withheld", "ncnd"):
                assert q["a"], (L["id"], qid)
        # one concept at most once per letter
        seen = set()
        for qid, q in questions(L):
            for c in concepts(q):
                assert c not in seen, (L["id"], c)
                seen.add(c)
    for L in LETTERS:
        if L["kind"] == "draft":
            for qid, q in questions(L):
                assert not isinstance(q["c"], list), "drafts ask one concept per question"


def fname(L):
    return f"{L['id']}.{EXT[L['fmt']]}"


def expectations():
    hist = [L for L in LETTERS if L["kind"] == "history"]
    out = {}
    kinds = {}
    for D in [L for L in LETTERS if L["kind"] == "draft"]:
        cutoff = D.get("as_of") or D["date"]
        pool = [H for H in hist if (D.get("all_authorities") or H["auth"] == D["auth"]) and H["date"] < cutoff]
        pool.sort(key=lambda H: H["date"], reverse=True)
        e = {}
        if D.get("as_of"):
            e["as_of"] = D["as_of"]
        if D.get("all_authorities"):
            e["all_authorities"] = True
        matches, finds = {}, []
        for qid, q in questions(D):
            c = q["c"]
            m = [(H, hq_id, hq) for H in pool for hq_id, hq in questions(H) if c in concepts(hq)]
            matches[qid] = [f"{H['ref']} {hq_id}" for H, hq_id, hq in m]
            if m:
                H, hq_id, hq = m[0]
                assert len([1 for H2, _, _ in m if H2["date"] == H["date"]]) == 1
                f = finding(hq, q, c)
                if f:
                    finds.append({"kind": f[0], "severity": f[1], "question_id": qid,
                                  "precedent": f"{H['ref']} {hq_id}"})
                    kinds[f[0]] = kinds.get(f[0], 0) + 1
        if not finds:
            e["consistent"] = True
        e["matches"] = matches
        e["findings"] = finds
        out[fname(D)] = e
    return out, kinds


# ---------------------------------------------------------------- rendering
def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=240)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()[:500]}")


def render_letter(L, outdir, build):
    blocks = styles.letter_blocks(L)
    a = styles.AUTH[L["auth"]]
    title = f"{L['ref'] or 'Request'} {L['title']}"
    stem = L["id"]
    fmt = L["fmt"]
    dest = os.path.join(outdir, fname(L))
    if fmt == "txt":
        width = None if L.get("nowrap", L["auth"] in ("wdc", "nwer")) else 92
        with open(dest, "w", encoding="utf-8") as f:
            f.write(render.to_txt(blocks, width))
    elif fmt == "md":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(render.to_md(blocks))
    elif fmt == "html":
        page = render.disclosure_page(blocks, f"{L['ref']} \u2013 {L['title']}", a["site"], a["nav"], a["footer"])
        with open(dest, "w", encoding="utf-8") as f:
            f.write(page)
    elif fmt in ("docx", "pdf-soffice"):
        src = os.path.join(build, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render.html_doc(blocks, title, font="Liberation Serif" if L["auth"] == "mch" else "Arial"))
        run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", build, src], build)
        if fmt == "docx":
            shutil.copy(os.path.join(build, stem + ".docx"), dest)
        else:
            run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", build,
                 os.path.join(build, stem + ".docx")], build)
            shutil.copy(os.path.join(build, stem + ".pdf"), dest)
    elif fmt == "pdf-chromium":
        src = os.path.join(build, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render.html_doc(blocks, title))
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={dest}", "file://" + src], build)
    elif fmt == "pdf-gs":
        src = os.path.join(build, stem + ".ps")
        header = "OFFICIAL" if L["auth"] == "fen" else None
        with open(src, "w", encoding="latin-1") as f:
            f.write(render.to_ps(blocks, header=header, footer=a["slogan"] if L["auth"] != "fen" else "OFFICIAL"))
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={dest}", src], build)
    else:
        raise ValueError(fmt)
    return dest


def main():
    validate()
    for d in ("history", "drafts"):
        p = os.path.join(HERE, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    build = os.path.join(HERE, "build")
    shutil.rmtree(build, ignore_errors=True)
    os.makedirs(build)
    skip_render = "--labels-only" in sys.argv
    truth = []
    for L in LETTERS:
        outdir = os.path.join(HERE, "history" if L["kind"] == "history" else "drafts")
        if not skip_render:
            render_letter(L, outdir, build)
        truth.append({
            "file": ("history/" if L["kind"] == "history" else "drafts/") + fname(L),
            "authority": styles.AUTH[L["auth"]]["name"], "reference": L["ref"], "date": L["date"],
            "received": L["received"], "regime": L["regime"], "layout": L["style"] + "/" + L.get("v", ""),
            "format": L["fmt"], "as_of": L.get("as_of", ""),
            "questions": [{"id": qid, "concepts": concepts(q), "stance": q["s"], "exemptions": q["ex"],
                           "fact": q["f"]} for qid, q in questions(L)],
        })
    shutil.rmtree(build, ignore_errors=True)
    exp, kinds = expectations()
    doc = {
        "description": "set AE: 4 invented authorities (Wendlebury District Council; Fenmere "
                       "Constabulary, east of England; Marshfield Community Health NHS Trust; National Water "
                       "Environment Regulator answering under FOIA and the EIR), 38 history letters 2017-2024 "
                       "and 11 drafts 2025-2026. Round-robin families with strong rewording, renumbering, "
                       "inserted/removed/merged questions, parts restarting vs one list, the same sentence in "
                       "two parts about different contracts, look-alike questions, unrelated requests, a "
                       "FOIA s43(2) -> EIR reg12(5)(e) regime change, an s40(2)/reg13(1) equivalence, a bare "
                       "request and an as_of draft. Labels derived by make.py from the truth in src/.",
        "drafts": exp,
    }
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    nh = sum(1 for L in LETTERS if L["kind"] == "history")
    nd = sum(1 for L in LETTERS if L["kind"] == "draft")
    print(f"history {nh}, drafts {nd}, findings {sum(kinds.values())}: {kinds}")


if __name__ == "__main__":
    main()
