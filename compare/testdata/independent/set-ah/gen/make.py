#!/usr/bin/env python3
"""Build independent evaluation set AH for the FOI consistency checker.

The truth of every letter (authority, reference, date, and for each question
its concept, stance, exemptions and released fact) lives in src/letters_*.py.
This script renders the letters into history/ and drafts/ and derives
expect.json (and labels.json, per-letter labels) from that truth by code.

Usage: python3 make.py            (render everything)
       python3 make.py --no-render (only recompute expect.json / labels.json)
"""
import collections
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))

from authorities import AUTHORITIES  # noqa: E402
import render  # noqa: E402
import letters_council, letters_fire, letters_trust, letters_reg  # noqa: E402

HIST = os.path.join(ROOT, "history")
DRAFTS = os.path.join(ROOT, "drafts")
BUILD = os.path.join(ROOT, "build")

HISTORY = letters_council.HISTORY + letters_fire.HISTORY + letters_trust.HISTORY + letters_reg.HISTORY
DRAFT_LETTERS = letters_council.DRAFTS + letters_fire.DRAFTS + letters_trust.DRAFTS + letters_reg.DRAFTS

SEVERITY = {"newly_withheld": "high", "partly_withheld": "medium", "newly_released": "medium",
            "exemption_changed": "medium", "answer_changed": "low"}

# Equivalent provisions across FOIA / EIR / FOISA (HOUSE-STYLES.md table), at the level of meaning.
EQUIV = {"s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
         "s31": "law_enforcement", "reg12(5)(b)": "law_enforcement", "foisa:s35": "law_enforcement",
         "s36": "public_affairs", "reg12(4)(e)": "public_affairs", "foisa:s30": "public_affairs",
         "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
         "s24": "national_security", "reg12(5)(a)": "national_security", "foisa:s31": "national_security",
         "s41": "confidence"}


def ex_class(e):
    import re
    if e.startswith("reg"):
        for k in EQUIV:
            if e.startswith(k):
                return EQUIV[k]
        return e
    m = re.match(r"(foisa:)?s(\d+)", e)
    key = (m.group(1) or "") + "s" + m.group(2)
    return EQUIV.get(key, key)


def qid(pi, n):
    return "P%d.Q%d" % (pi, n)


def questions(L):
    for pi, (_, qs) in enumerate(L["parts"], 1):
        for n, q in enumerate(qs, 1):
            yield qid(pi, n), q


def finding(prev, cur):
    """The contract's table applied to precedent stance prev and draft stance cur."""
    p, c = prev["st"], cur["st"]
    if c in (None, "unknown") or p in (None, "unknown"):
        return None
    if (p == "ncnd") != (c == "ncnd"):
        return ("ncnd_inconsistent", "high" if c == "ncnd" else "medium")
    if p == "ncnd":
        return None
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and c == "withheld":
        if sorted(set(map(ex_class, prev["ex"]))) != sorted(set(map(ex_class, cur["ex"]))):
            return ("exemption_changed", "medium")
        return None
    held = ("released", "partially_released", "withheld")
    if p in held and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in held:
        return ("held_status_changed", "medium")
    if p == "released" and c == "released" and prev["fact"] != cur["fact"]:
        return ("answer_changed", "low")
    return None


def validate():
    refs = set()
    dates = set()
    for L in HISTORY + DRAFT_LETTERS:
        assert L["ref"] not in refs, L["ref"]
        refs.add(L["ref"])
        if not L.get("bare"):
            key = (L["auth"], L["date"])
            assert key not in dates, key
            dates.add(key)
        seen = set()
        for _, q in questions(L):
            assert q["c"] not in seen, (L["ref"], q["c"])
            seen.add(q["c"])
            if L.get("bare"):
                assert q["st"] is None
    for L in DRAFT_LETTERS:
        assert L["date"] >= "2025-01-01", L["ref"]
    for L in HISTORY:
        assert "2017-01-01" <= L["date"] <= "2025-12-31", L["ref"]
    files = [L["file"] for L in HISTORY + DRAFT_LETTERS]
    assert len(files) == len(set(files))


def history_index():
    idx = []
    for L in HISTORY:
        for q_id, q in questions(L):
            idx.append(dict(auth=L["auth"], date=L["date"], ref=L["ref"], qid=q_id, **q))
    return idx


def build_expect():
    idx = history_index()
    out = {}
    counts = collections.Counter()
    for D in DRAFT_LETTERS:
        cutoff = D.get("as_of") or D["date"]
        entry = {}
        if D.get("as_of"):
            entry["as_of"] = D["as_of"]
        if D.get("all_authorities"):
            entry["all_authorities"] = True
        if D.get("consistent"):
            entry["consistent"] = True
        matches, findings = {}, []
        for q_id, q in questions(D):
            prevs = [h for h in idx if h["c"] == q["c"] and h["date"] < cutoff
                     and (D.get("all_authorities") or h["auth"] == D["auth"])]
            prevs.sort(key=lambda h: h["date"], reverse=True)
            matches[q_id] = ["%s %s" % (h["ref"], h["qid"]) for h in prevs]
            if prevs and not D.get("bare"):
                f = finding(prevs[0], q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": q_id,
                                     "precedent": "%s %s" % (prevs[0]["ref"], prevs[0]["qid"])})
                    counts[f[0]] += 1
        entry["matches"] = matches
        entry["findings"] = findings
        if D.get("consistent"):
            assert not findings, D["file"]
        if D.get("bare"):
            assert not findings
        out[D["file"]] = entry
    desc = ("Set AH: four fictional authorities (Brackenridge Metropolitan Borough Council; Bro Hafren Fire and Rescue Service, Wales; "
            "Kestrel Moor Partnership NHS Foundation Trust, mental health; Water Quality Regulation Authority, national regulator). "
            "%d history letters 2017-2025 and %d drafts 2025-2026 in txt, md, html, docx and PDF (LibreOffice, Chromium, Ghostscript). "
            "Request families (fleet, agency spend, sickness, out-of-area placements, cyber incidents, body-worn video and CCTV, contracts, workforce, estates) "
            "reworded heavily across years, renumbered, split into parts or merged, with look-alike questions (other period, count vs cost, staff vs contractors, "
            "complaints vs counts) that must not match. Findings planted: %s. One bare incoming request, one as_of draft, one consistent repeat, "
            "one FOIA s43(2) -> EIR reg12(5)(e) regime change (no finding)."
            % (len(HISTORY), len(DRAFT_LETTERS), ", ".join("%s %d" % (k, v) for k, v in sorted(counts.items()))))
    return {"description": desc, "drafts": out}, counts


def labels():
    res = []
    for L in HISTORY + DRAFT_LETTERS:
        A = AUTHORITIES[L["auth"]]
        qs = []
        for q_id, q in questions(L):
            item = {"id": q_id, "concept": q["c"], "stance": q["st"] or "unknown", "exemptions": q["ex"]}
            if q["fact"] is not None:
                item["fact"] = q["fact"]
            qs.append(item)
        res.append({"file": ("drafts/" if L in DRAFT_LETTERS else "history/") + L["file"],
                    "authority": A["name"], "reference": L["ref"], "date": L["date"],
                    "received": L.get("received", ""), "regime": L.get("regime", "foia"),
                    "layout": L["style"] + (" (parts)" if len(L["parts"]) > 1 else ""),
                    "format": L["fmt"], "questions": qs})
    return res


def render_letter(L, outdir):
    A = AUTHORITIES[L["auth"]]
    L = dict(L)
    L["A"] = A
    blocks = render.compose(L)
    fmt = L["fmt"]
    stem = os.path.splitext(L["file"])[0]
    out = os.path.join(outdir, L["file"])
    title = "%s \u2013 %s" % (L["ref"], L["title"])
    if fmt == "txt":
        with open(out, "w", encoding="utf-8") as f:
            f.write(render.to_text(blocks, wrap=L.get("wrap", 0)))
    elif fmt == "md":
        with open(out, "w", encoding="utf-8") as f:
            f.write(render.to_text(blocks, md=True))
    elif fmt == "html":
        with open(out, "w", encoding="utf-8") as f:
            f.write(render.to_html(blocks, A, title, log=A["log"] if not L.get("draft") else None))
    elif fmt in ("docx", "pdf-soffice"):
        work = os.path.join(BUILD, stem)
        os.makedirs(work, exist_ok=True)
        src = os.path.join(work, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render.to_html(blocks, A, title))
        target = "docx" if fmt == "docx" else "pdf"
        produced = render.soffice(src, work, target, BUILD)
        shutil.move(produced, out)
    elif fmt == "pdf-chromium":
        work = os.path.join(BUILD, stem)
        os.makedirs(work, exist_ok=True)
        src = os.path.join(work, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render.to_html(blocks, A, title, footer=A["footer"],
                                   css_extra="@page { size: A4; margin: 18mm 16mm 22mm 16mm; } body{margin:0;}"))
        render.chromium(src, out, BUILD)
    elif fmt == "pdf-gs":
        work = os.path.join(BUILD, stem)
        os.makedirs(work, exist_ok=True)
        ps = os.path.join(work, stem + ".ps")
        with open(ps, "w", encoding="latin-1") as f:
            f.write(render.to_ps(blocks, title, A["name"], A["name"] + " \u2013 OFFICIAL", A["footer"]))
        render.ghostscript(ps, out)
    else:
        raise ValueError(fmt)
    return out


def main():
    validate()
    expect, counts = build_expect()
    if "--no-render" not in sys.argv:
        for d in (HIST, DRAFTS, BUILD):
            if os.path.exists(d):
                shutil.rmtree(d)
            os.makedirs(d)
        for L in HISTORY:
            render_letter(L, HIST)
        for L in DRAFT_LETTERS:
            render_letter(L, DRAFTS)
        shutil.rmtree(BUILD)
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    fmts = collections.Counter(L["fmt"] for L in HISTORY)
    print("history letters:", len(HISTORY), dict(fmts))
    print("drafts:", len(DRAFT_LETTERS), dict(collections.Counter(L["fmt"] for L in DRAFT_LETTERS)))
    print("findings:", sum(counts.values()), dict(counts))


if __name__ == "__main__":
    main()
