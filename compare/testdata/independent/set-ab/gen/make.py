#!/usr/bin/env python3
"""Build evaluation set AB: render letters and derive expect.json from the truth.

Usage: python3 make.py            (renders everything: needs soffice, chromium, gs)
       python3 make.py --expect   (only expect.json and truth.json)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from render import (letter_blocks, to_text, to_md, html_letter, html_page, to_ps, P, H, LINES,  # noqa: E402
                    fmt_date)
from authorities import AUTH  # noqa: E402
from data import LETTERS  # noqa: E402

HIST = os.path.join(HERE, "history")
DRAFTS = os.path.join(HERE, "drafts")

# ---------------------------------------------------------------- truth helpers


def qids(L):
    for pi, part in enumerate(L["parts"]):
        for qi, q in enumerate(part["qs"]):
            yield "P%d.Q%d" % (pi + 1, qi + 1), q


def check_truth():
    refs = set()
    dates = {}
    files = set()
    for L in LETTERS:
        assert L["file"] not in files, L["file"]
        files.add(L["file"])
        if L["ref"]:
            assert L["ref"] not in refs, L["ref"]
            refs.add(L["ref"])
        key = (L["auth"], L["date"])
        assert key not in dates, key
        dates[key] = L["file"]
        seen = set()
        for qid, q in qids(L):
            for c in q["c"]:
                assert c not in seen, (L["file"], c)
                seen.add(c)
            if L["kind"] == "draft":
                assert len(q["c"]) == 1, (L["file"], qid)
            if q["st"] in ("withheld", "partially_released", "ncnd", "refused"):
                assert q["ex"], (L["file"], qid)
            if L.get("bare"):
                assert q["st"] == "unknown"
            else:
                assert q["st"] != "unknown"


# exemption equivalence across FOIA / EIR / FOISA (HOUSE-STYLES.md table)
EQUIV = {
    "reg12(4)(a)": "notheld", "reg12(6)": "ncnd", "reg12(4)(b)": "cost", "reg6(1)(b)": "s21",
    "reg12(4)(d)": "s22", "reg12(5)(b)": "s31", "reg12(4)(e)": "s36", "reg13": "s40",
    "reg12(5)(e)": "s43", "reg12(5)(a)": "s24",
}


def eqclass(e):
    for k, v in EQUIV.items():
        if e.startswith(k):
            return v
    m = re.match(r"^s(\d+)", e)
    return "s" + m.group(1)


def finding_kind(prev, cur):
    pk, ck = prev["st"], cur["st"]
    if ck == "unknown" or pk == "unknown":
        return None
    if "ncnd" in (pk, ck):
        if pk == ck or "refused" in (pk, ck):
            return None
        return ("ncnd_inconsistent", "high" if ck == "ncnd" else "medium")
    held = ("released", "partially_released", "withheld")
    if pk in ("released", "partially_released") and ck in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if pk == "released" and ck == "partially_released":
        return ("partly_withheld", "medium")
    if pk == "withheld" and ck in ("released", "partially_released"):
        return ("newly_released", "medium")
    if pk == "withheld" and ck == "withheld":
        a = sorted(set(eqclass(e) for e in prev["ex"]))
        b = sorted(set(eqclass(e) for e in cur["ex"]))
        if a != b:
            return ("exemption_changed", "medium")
        same_raw = sorted(prev["ex"]) == sorted(cur["ex"])
        regime = any(e.startswith("reg") for e in prev["ex"] + cur["ex"])
        assert same_raw or regime, ("ambiguous exemption change", prev, cur)
        return None
    if pk in held and ck == "not_held":
        return ("held_status_changed", "high")
    if pk == "not_held" and ck in held:
        return ("held_status_changed", "medium")
    if pk == "released" and ck == "released":
        assert prev["f"] is not None and cur["f"] is not None, ("fact missing", prev, cur)
        if norm_fact(prev["f"]) != norm_fact(cur["f"]):
            return ("answer_changed", "low")
        return None
    if pk == "partially_released" and ck == "partially_released":
        return None
    if pk == "partially_released" and ck == "released":
        raise AssertionError("avoid partial->released in drafts (not in the table)")
    return None


def norm_fact(f):
    return re.sub(r"\s+", " ", f.strip().lower())


def build_expect():
    hist = [L for L in LETTERS if L["kind"] == "history"]
    out = {}
    totals = {}
    for D in [L for L in LETTERS if L["kind"] == "draft"]:
        cutoff = D.get("as_of") or D["date"]
        pool = [L for L in hist if (D.get("all_authorities") or L["auth"] == D["auth"]) and L["date"] < cutoff]
        entry = {}
        if D.get("as_of"):
            entry["as_of"] = D["as_of"]
        if D.get("all_authorities"):
            entry["all_authorities"] = True
        if D.get("consistent"):
            entry["consistent"] = True
        matches = {}
        findings = []
        for qid, q in qids(D):
            c = q["c"][0]
            found = []
            for L in pool:
                for hq_id, hq in qids(L):
                    if c in hq["c"]:
                        found.append((L["date"], L, hq_id, hq))
            found.sort(key=lambda x: x[0], reverse=True)
            matches[qid] = ["%s %s" % (L["ref"], hid) for _, L, hid, _ in found]
            if found and not D.get("bare"):
                _, PL, pid, pq = found[0]
                k = finding_kind(pq, q)
                if k:
                    findings.append({"kind": k[0], "severity": k[1], "question_id": qid,
                                     "precedent": "%s %s" % (PL["ref"], pid)})
                    totals[k[0]] = totals.get(k[0], 0) + 1
        entry["matches"] = matches
        entry["findings"] = findings
        if D.get("consistent"):
            assert not any(f["severity"] == "high" for f in findings), D["file"]
        out[D["file"]] = entry
    desc = ("Blind set AB: four invented authorities (Thornleigh Metropolitan Borough Council, Northfell "
            "Constabulary, Pennine and Coast Ambulance Service NHS Trust, Department for Rural Affairs and "
            "Coastal Communities); %d history letters 2016-2025 and %d drafts 2025-2026 in txt, md, html, "
            "docx and PDF (LibreOffice, Chromium, Ghostscript). Matches list every earlier question of the "
            "same concept (same authority, dated before the draft or its as_of), newest first; findings "
            "compare each draft question with the most recent match. Planted findings by kind: %s."
            % (len(hist), len(out), ", ".join("%s %d" % kv for kv in sorted(totals.items()))))
    return {"description": desc, "drafts": out}, totals


def build_truth():
    res = []
    for L in LETTERS:
        res.append({
            "file": ("drafts/" if L["kind"] == "draft" else "history/") + L["file"],
            "authority": AUTH[L["auth"]]["name"].replace("the Department", "Department"),
            "reference": L["ref"], "date": L["date"], "received": L.get("received", ""),
            "regime": L.get("regime", "foia"), "layout": "%s/%s" % (L["style"], L.get("variant", "") or "-"),
            "format": L["fmt"],
            "questions": [{"id": qid, "concepts": q["c"], "text": q["text"], "stance": q["st"],
                           "exemptions": sorted(q["ex"]), "fact": q["f"]} for qid, q in qids(L)],
        })
    return res


# ---------------------------------------------------------------- rendering

def bare_blocks(L):
    out = [LINES(["From: [name removed]", "To: freedomofinformation@northfell-police.org.uk",
                  "Sent: %s 08:47" % fmt_date(L["date"], "day"),
                  "Subject: Freedom of Information request \u2013 police drones"])]
    out.append(P("Dear Northfell Constabulary,"))
    out.append(P("Under the Freedom of Information Act 2000, I would be grateful if you could provide the "
                 "following information about the force's use of drones:"))
    for i, (_, q) in enumerate(qids(L), 1):
        out.append(P("%d. %s" % (i, q["text"])))
    out.append(P("I would like to receive the information by email. If any part of this request is unclear, "
                 "please let me know."))
    out.append(P("Yours faithfully,"))
    out.append(P("[name removed]"))
    return out


def related(L):
    others = [x for x in LETTERS if x["auth"] == L["auth"] and x["kind"] == "history" and x is not L]
    others.sort(key=lambda x: abs(int(x["date"][:4]) - int(L["date"][:4])))
    return [(x["ref"], x["title"]) for x in others[:3]]


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode()[-500:]))


def soffice(src_html, target, fmt):
    with tempfile.TemporaryDirectory() as td:
        prof = "file://" + os.path.join(td, "profile")
        conv = "pdf:writer_pdf_Export" if fmt == "pdf" else "docx:MS Word 2007 XML"
        run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", conv, "--outdir", td, src_html])
        base = os.path.splitext(os.path.basename(src_html))[0]
        shutil.move(os.path.join(td, base + "." + fmt), target)


def render(L, work):
    A = AUTH[L["auth"]]
    outdir = DRAFTS if L["kind"] == "draft" else HIST
    target = os.path.join(outdir, L["file"])
    if L.get("bare"):
        blocks = bare_blocks(L)
    else:
        blocks = letter_blocks(L, A, draft=L["kind"] == "draft")
    fmt = L["fmt"]
    if fmt == "txt":
        txt = to_text(blocks, wrap=L.get("wrap", 0),
                      banner=A.get("banner") if L.get("banner_every") else None,
                      banner_every=L.get("banner_every", 0))
        open(target, "w", encoding="utf-8").write(txt)
    elif fmt == "md":
        open(target, "w", encoding="utf-8").write(to_md(blocks))
    elif fmt == "html":
        L = dict(L, _related=related(L))
        A2 = dict(A, site=dict(A["site"], related=related(L)))
        open(target, "w", encoding="utf-8").write(html_page(blocks, A2, L))
    elif fmt in ("docx", "pdf-lo", "pdf-chrome"):
        base = os.path.splitext(L["file"])[0]
        src = os.path.join(work, base + ".html")
        font = {"tmbc": "Arial", "nfc": "Calibri", "pcas": "Verdana", "dracc": "Helvetica"}[L["auth"]]
        open(src, "w", encoding="utf-8").write(html_letter(blocks, L["title"], font))
        if fmt == "docx":
            soffice(src, target, "docx")
        elif fmt == "pdf-lo":
            soffice(src, target, "pdf")
        else:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 "--print-to-pdf=" + target, "file://" + src])
    elif fmt == "pdf-gs":
        txt = to_text(blocks)
        ps = os.path.join(work, os.path.splitext(L["file"])[0] + ".ps")
        footer = {"nfc": "OFFICIAL \u2013 Northfell Constabulary", "tmbc": "Thornleigh MBC \u2013 Information Governance",
                  "pcas": "Pennine and Coast Ambulance Service NHS Trust", "dracc": "DRACC"}[L["auth"]]
        open(ps, "w", encoding="latin-1", errors="replace").write(to_ps(txt, footer=footer))
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + target, ps])
    else:
        raise ValueError(fmt)
    return target


def main():
    check_truth()
    expect, totals = build_expect()
    with open(os.path.join(HERE, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "truth.json"), "w") as f:
        json.dump(build_truth(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("findings by kind:", totals, "total", sum(totals.values()), file=sys.stderr)
    if "--expect" in sys.argv:
        return
    for d in (HIST, DRAFTS):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    with tempfile.TemporaryDirectory() as work:
        for L in LETTERS:
            t = render(L, work)
            print("wrote", os.path.relpath(t, HERE), file=sys.stderr)


if __name__ == "__main__":
    main()
