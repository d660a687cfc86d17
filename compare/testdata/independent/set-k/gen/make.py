#!/usr/bin/env python3
"""Build evaluation set K, written independently of the code.

Truth lives in src/data_*.py (every letter: authority, reference, date and, per question, the
concept it asks, its stance, exemptions and the fact released). This script renders the letters
into history/ and drafts/, writes labels/ (one label file per letter) and derives expect.json
from the truth. Standard library only; the PDF producers are LibreOffice, Chromium and Ghostscript.
"""
import json
import os
import re
import shutil
import sys
import time

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))

import engine as E  # noqa: E402
import styles as S  # noqa: E402
import data_ncc, data_cbc, data_smas, data_iwra  # noqa: E402

HIST = os.path.join(ROOT, "history")
DRAFTS = os.path.join(ROOT, "drafts")
LABELS = os.path.join(ROOT, "labels")
BUILD = os.path.join(ROOT, "build")

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}
NCND_DUTY = {"s24(2)", "s31(3)", "reg12(6)", "reg13(5A)", "foisa:s18(1)", "s23(5)", "s30(3)", "s38(2)",
             "s40(5A)", "s40(5B)", "s43(3)"}
EQUIV = {"s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
         "s31": "law", "reg12(5)(b)": "law", "foisa:s35": "law",
         "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
         "s24": "natsec", "reg12(5)(a)": "natsec", "foisa:s31": "natsec",
         "s36": "publicaffairs", "reg12(4)(e)": "publicaffairs", "foisa:s30": "publicaffairs"}
SEV = {"newly_withheld": "high", "partly_withheld": "medium", "newly_released": "medium",
       "exemption_changed": "medium", "answer_changed": "low"}

AUTH_TAG = {"ncc": "ncc", "cbc": "cbc", "smas": "smas", "iwra": "iwra"}
EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx", "pdf-soffice": "pdf", "pdf-chromium": "pdf",
       "pdf-gs": "pdf"}


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def qid(pi, qi):
    return "P%d.Q%d" % (pi, qi)


def questions(L):
    for pi, part in enumerate(L["parts"], 1):
        for qi, q in enumerate(part["qs"], 1):
            yield qid(pi, qi), q


# ---------------------------------------------------------------- validation
def validate(letters):
    refs = set()
    dates = {}
    for L in letters:
        assert L["ref"] not in refs, "duplicate reference " + L["ref"]
        refs.add(L["ref"])
        key = (L["auth"], L["date"])
        assert key not in dates, "duplicate date within authority: %s %s / %s" % (L["date"], L["ref"], dates[key])
        dates[key] = L["ref"]
        assert L["recv"] <= L["date"], L["ref"]
        seen = set()
        for i, q in questions(L):
            assert q["c"] not in seen, "concept twice in one letter: %s %s" % (L["ref"], q["c"])
            seen.add(q["c"])
            st, ex = q["st"], q["ex"]
            assert st in STANCES, (L["ref"], i, st)
            for e in ex:
                assert E.EX_RE.match(e), (L["ref"], e)
            if L.get("bare"):
                assert st == "unknown"
                continue
            assert st != "unknown", (L["ref"], i)
            if st in ("withheld", "partially_released", "refused"):
                assert ex, ("needs exemption", L["ref"], i)
            if st == "ncnd":
                assert set(ex) & NCND_DUTY, ("ncnd needs a duty-removing provision", L["ref"], i)
            if st in ("released", "partially_released"):
                assert q["fact"] is not None, ("released needs fact", L["ref"], i)
            if st in ("not_held", "refused", "partially_released") or (st == "released"):
                assert q["ans"], ("needs answer text", L["ref"], i)
            if L["regime"] == "eir":
                assert all(not re.match(r"^s(43|31|40|24)", e) for e in ex), (L["ref"], ex)
    return True


# ---------------------------------------------------------------- findings
def ex_classes(exs):
    out = set()
    for e in exs:
        f = E.fam(e)
        out.add(EQUIV.get(f, EQUIV.get(e, f)))
    return out


def regime_of(exs):
    return {"eir" if e.startswith("reg") else ("foisa" if e.startswith("foisa") else "foia") for e in exs}


def finding_kind(prev, cur, ctx):
    P, C = prev["st"], cur["st"]
    held = ("released", "partially_released")
    if C == "ncnd" and P in held + ("withheld", "not_held"):
        return "ncnd_inconsistent", "high"
    if P == "ncnd" and C in held + ("withheld", "not_held"):
        return "ncnd_inconsistent", "medium"
    if P in held and C in ("withheld", "refused"):
        return "newly_withheld", "high"
    if P == "released" and C == "partially_released":
        return "partly_withheld", "medium"
    if P == "withheld" and C in held:
        return "newly_released", "medium"
    if P in held and C == "not_held":
        return "held_status_changed", "high"
    if P == "not_held" and C in held:
        return "held_status_changed", "medium"
    if P == "withheld" and C == "withheld":
        a, b = set(prev["ex"]), set(cur["ex"])
        if a == b:
            return None
        if ex_classes(a) == ex_classes(b):
            # only a pure change of regime is allowed to be silent
            assert regime_of(a) != regime_of(b) and len(regime_of(a)) == 1 and len(regime_of(b)) == 1, ctx
            return None
        assert a != b and ex_classes(a) != ex_classes(b)
        return "exemption_changed", "medium"
    if P == "released" and C == "released":
        assert not (prev["rolling"] or cur["rolling"]), ("rolling figure released both times", ctx)
        if prev["fact"] != cur["fact"]:
            return "answer_changed", "low"
        return None
    if P == C and P in ("ncnd", "not_held", "refused"):
        return None
    if P == "partially_released" and C == "partially_released":
        assert ex_classes(prev["ex"]) == ex_classes(cur["ex"]), ctx
        return None
    if P == "partially_released" and C == "released":
        return None
    if (P, C) in (("not_held", "refused"), ("refused", "not_held")):
        return None
    raise AssertionError("combination not planned: %s -> %s %s" % (P, C, ctx))


def derive(history, drafts):
    out = {}
    for D in drafts:
        cutoff = D.get("as_of") or D["date"]
        pool = [L for L in history if L["date"] < cutoff and (D.get("all_authorities") or L["auth"] == D["auth"])]
        pool.sort(key=lambda L: L["date"], reverse=True)
        entry = {}
        if D.get("as_of"):
            entry["as_of"] = D["as_of"]
        if D.get("all_authorities"):
            entry["all_authorities"] = True
        if D.get("consistent"):
            entry["consistent"] = True
        matches, findings = {}, []
        for i, q in questions(D):
            hits = []
            for L in pool:
                for j, h in questions(L):
                    if h["c"] == q["c"]:
                        hits.append((L, j, h))
            matches[i] = ["%s %s" % (L["ref"], j) for L, j, h in hits]
            if not hits or D.get("bare"):
                continue
            L, j, h = hits[0]
            fk = finding_kind(h, q, (D["ref"], i, L["ref"], j))
            if fk:
                findings.append({"kind": fk[0], "severity": fk[1], "question_id": i,
                                 "precedent": "%s %s" % (L["ref"], j)})
        if D.get("consistent"):
            assert not [f for f in findings if f["severity"] == "high"], D["ref"]
        entry["matches"] = matches
        entry["findings"] = findings
        out[D["file"]] = entry
    return out


# ---------------------------------------------------------------- rendering
def render_all(history, drafts, only_text=False):
    for dname in (HIST, DRAFTS, LABELS):
        if os.path.isdir(dname):
            shutil.rmtree(dname)
        os.makedirs(dname)
    stage = os.path.join(BUILD, "stage")
    if os.path.isdir(stage):
        shutil.rmtree(stage)
    os.makedirs(stage)
    jobs = {"soffice-pdf": [], "soffice-docx": [], "chromium": [], "gs": []}
    for L in history + drafts:
        outdir = DRAFTS if L in drafts else HIST
        ext = EXT[L["fmt"]]
        fname = L.get("file") or "%s-%s.%s" % (AUTH_TAG[L["auth"]], slug(L["ref"]), ext)
        assert fname.endswith("." + ext), fname
        L["file"] = fname
        L["path"] = os.path.join(outdir, fname)
        blocks = S.letter_blocks(L)
        a = S.AUTH[L["auth"]]
        title = "%s \u2013 %s" % (L["ref"], L["title"])
        base = os.path.splitext(fname)[0]
        if L["fmt"] == "txt":
            write(L["path"], E.to_txt(blocks, noise=a.get("noise")))
        elif L["fmt"] == "md":
            write(L["path"], E.to_md(blocks))
        elif L["fmt"] == "html":
            meta = [("Reference", L["ref"]), ("Date of response", E.fmt_date(L["date"], "long")),
                    ("Legislation", S.ACT[L["regime"]])]
            write(L["path"], E.html_disclosure_page(blocks, L["title"], a["site"], meta))
        elif L["fmt"] in ("docx", "pdf-soffice"):
            src = os.path.join(stage, base + ".html")
            write(src, E.html_doc(blocks, title, css=False))
            jobs["soffice-docx" if L["fmt"] == "docx" else "soffice-pdf"].append((src, L["path"]))
        elif L["fmt"] == "pdf-chromium":
            src = os.path.join(stage, base + ".html")
            write(src, E.html_doc(blocks, title, css=True, top_marking="OFFICIAL" if L["auth"] == "cbc" else None))
            jobs["chromium"].append((src, L["path"]))
        elif L["fmt"] == "pdf-gs":
            src = os.path.join(stage, base + ".ps")
            txt = E.to_txt(blocks)
            header = "OFFICIAL" if L["auth"] == "cbc" else None
            write(src, E.to_ps(txt, header=header, footer=a["name"]), enc="latin-1")
            jobs["gs"].append((src, L["path"]))
        label = {"authority": a["name"], "reference": L["ref"], "date": L["date"], "received": L["recv"],
                 "regime": L["regime"], "layout": "%s (%s)" % (L["style"], L["fmt"]), "file": fname,
                 "kind": "draft" if L in drafts else "history",
                 "questions": [{"id": i, "concept": q["c"], "stance": q["st"], "exemptions": q["ex"],
                                "fact": q["fact"], "question": q["text"]} for i, q in questions(L)]}
        write(os.path.join(LABELS, base + ".json"), json.dumps(label, indent=2, ensure_ascii=False) + "\n")
    if only_text:
        return
    wait_for_packages()
    lo = os.path.join(BUILD, "lo-profile")
    for kind, target in (("soffice-pdf", "pdf"), ("soffice-docx", "docx")):
        srcs = [s for s, _ in jobs[kind]]
        tmpout = os.path.join(stage, "out-" + target)
        E.soffice_convert(srcs, tmpout, target, lo)
        for s, dst in jobs[kind]:
            produced = os.path.join(tmpout, os.path.splitext(os.path.basename(s))[0] + "." + target)
            assert os.path.exists(produced), produced
            shutil.move(produced, dst)
    for s, dst in jobs["chromium"]:
        E.chromium_pdf(s, dst, os.path.join(BUILD, "chrome-profile"))
    for s, dst in jobs["gs"]:
        E.gs_pdf(s, dst)


def write(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc) as f:
        f.write(text)


def wait_for_packages():
    # The producers (soffice, chromium, gs) must be installed first.
    return


def norm(t):
    t = t.replace("\u2019", "'").replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", t).lower()


def check_pdfs(letters):
    problems = []
    for L in letters:
        if not L["path"].endswith(".pdf"):
            continue
        text = norm(E.pdftotext(L["path"]))
        if norm(L["ref"]) not in text:
            problems.append("%s: reference %r not found" % (L["file"], L["ref"]))
        for i, q in questions(L):
            words = re.findall(r"[a-z0-9]+", norm(q["text"]))[:6]
            if not all(w in text for w in words):
                problems.append("%s %s: question words missing" % (L["file"], i))
            if q["fact"] and q["ans"]:
                aw = re.findall(r"[a-z0-9]+", norm(q["ans"]))[:4]
                if not all(w in text for w in aw):
                    problems.append("%s %s: answer words missing" % (L["file"], i))
    return problems


def main():
    only_text = "--text-only" in sys.argv
    history = data_ncc.HISTORY + data_cbc.HISTORY + data_smas.HISTORY + data_iwra.HISTORY
    drafts = data_ncc.DRAFTS + data_cbc.DRAFTS + data_smas.DRAFTS + data_iwra.DRAFTS
    validate(history + drafts)
    for D in drafts:
        assert "2025-01-01" <= D["date"] <= "2026-12-31", D["ref"]
    render_all(history, drafts, only_text)
    expect = derive(history, drafts)
    desc = ("Set K, written independently of the code. Four invented authorities (Northmoor County Council, Calderbrook "
            "Constabulary, Southmere Ambulance Service NHS Foundation Trust, Inland Waterways Regulatory Authority); "
            "%d history letters 2017-2024 and %d drafts 2025-2026 in txt, md, html, docx and PDF (LibreOffice, "
            "Chromium, Ghostscript). Matches list every earlier same-authority question asking the same concept "
            "(most recent first); the precedent is the most recent. Labels derived by make.py from its truth."
            % (len(history), len(drafts)))
    write(os.path.join(ROOT, "expect.json"),
          json.dumps({"description": desc, "drafts": expect}, indent=2, ensure_ascii=False) + "\n")
    counts = {}
    for e in expect.values():
        for f in e["findings"]:
            counts[(f["kind"], f["severity"])] = counts.get((f["kind"], f["severity"]), 0) + 1
    print("history:", len(history), "drafts:", len(drafts))
    fmts = {}
    for L in history + drafts:
        fmts[L["fmt"]] = fmts.get(L["fmt"], 0) + 1
    print("formats:", fmts)
    print("findings:", sum(counts.values()), sorted(counts.items()))
    if not only_text:
        probs = check_pdfs(history + drafts)
        print("pdf problems:", len(probs))
        for p in probs:
            print("  ", p)


if __name__ == "__main__":
    main()
