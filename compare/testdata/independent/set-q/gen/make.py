#!/usr/bin/env python3
"""Blind evaluation set Q for a draft-FOI-response consistency checker.

Holds (in src/) the truth of every letter: authority, reference, dates, and for
every question the concept it asks, its stance, exemptions and released fact.
Renders history letters into history/ and drafts into drafts/ (txt, md, HTML
disclosure-log pages, DOCX and PDF via LibreOffice, Chromium and Ghostscript),
and derives expect.json (matches and findings) from the truth by code.

Usage: python3 make.py [--no-render]
"""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src.authorities import AUTHORITIES  # noqa: E402
from src import letters_council, letters_police, letters_nhs_park  # noqa: E402
from src import render  # noqa: E402

OUT = HERE
BUILD = os.path.join(OUT, "build")
HIST = os.path.join(OUT, "history")
DRAFTS = os.path.join(OUT, "drafts")

EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx",
       "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}

# ------------------------------------------------------------------ truth
LETTERS = letters_council.LETTERS + letters_police.LETTERS + letters_nhs_park.LETTERS


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:40].strip("-")


def prepare():
    seen_refs, seen_dates, seen_files = set(), set(), set()
    for L in LETTERS:
        A = AUTHORITIES[L["auth"]]
        L["authority"] = A
        L["auth_name"] = A["name"]
        L["auth_kind"] = A["kind"]
        assert L["ref"] not in seen_refs, L["ref"]
        seen_refs.add(L["ref"])
        assert (L["auth"], L["date"]) not in seen_dates, (L["auth"], L["date"])
        seen_dates.add((L["auth"], L["date"]))
        qs = []
        for pi, part in enumerate(L["parts"], 1):
            concepts = set()
            for i, q in enumerate(part["qs"], 1):
                q["id"] = f"P{pi}.Q{i}"
                qs.append(q)
        cs = [q["concept"] for q in qs]
        assert len(cs) == len(set(cs)), (L["key"], cs)
        L["questions"] = qs
        ext = EXT[L["fmt"]]
        if L["kind"] == "history":
            name = f"{L['auth']}-{L['date']}-{slug(L['title'])}.{ext}"
            L["path"] = os.path.join(HIST, name)
        else:
            name = f"draft-{L['auth']}-{L['date'][:4]}-{slug(L['title'])}.{ext}"
            L["path"] = os.path.join(DRAFTS, name)
        assert name not in seen_files, name
        seen_files.add(name)
        L["file"] = name


# ---------------------------------------------------------------- findings
HELD = {"released", "partially_released", "withheld"}

# exemption families that count as the same stance across FOIA / EIR / FOISA
EQUIV = {
    "s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
    "s31": "law", "reg12(5)(b)": "law", "foisa:s35": "law",
    "s24": "natsec", "reg12(5)(a)": "natsec", "foisa:s31": "natsec",
    "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
    "s36": "publicaffairs", "reg12(4)(e)": "publicaffairs", "foisa:s30": "publicaffairs",
}


def ex_family(code):
    if code in EQUIV:
        return EQUIV[code]
    m = re.match(r"(reg\d+\(\d+\)\([a-z]\))", code)
    if m and m[1] in EQUIV:
        return EQUIV[m[1]]
    m = re.match(r"(foisa:)?(s\d+)", code)
    key = (m[1] or "") + m[2]
    return EQUIV.get(key, key)


def finding_for(prev, cur):
    P, C = prev["stance"], cur["stance"]
    if P is None or C is None:
        return None
    if (P == "ncnd") != (C == "ncnd"):
        other = C if P == "ncnd" else P
        if other in HELD or other == "not_held":
            return ("ncnd_inconsistent", "high" if C == "ncnd" else "medium")
        return None
    if P == "ncnd":
        return None
    if P in ("released", "partially_released") and C in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if P == "released" and C == "partially_released":
        return ("partly_withheld", "medium")
    if P == "withheld" and C in ("released", "partially_released"):
        return ("newly_released", "medium")
    if P == "withheld" and C == "withheld":
        if {ex_family(e) for e in prev["ex"]} != {ex_family(e) for e in cur["ex"]}:
            return ("exemption_changed", "medium")
        return None
    if P in HELD and C == "not_held":
        return ("held_status_changed", "high")
    if P == "not_held" and C in HELD:
        return ("held_status_changed", "medium")
    if P == "released" and C == "released" and prev["fact"] != cur["fact"]:
        return ("answer_changed", "low")
    return None


def expectations():
    hist = [L for L in LETTERS if L["kind"] == "history"]
    drafts = [L for L in LETTERS if L["kind"] == "draft"]
    out = {}
    for D in drafts:
        cutoff = D.get("as_of") or D["date"]
        pool = [L for L in hist if (D.get("all_authorities") or L["auth"] == D["auth"]) and L["date"] < cutoff]
        e = {}
        if D.get("as_of"):
            e["as_of"] = D["as_of"]
        if D.get("all_authorities"):
            e["all_authorities"] = True
        if D.get("consistent"):
            e["consistent"] = True
        matches, findings = {}, []
        for q in D["questions"]:
            ms = [(L, pq) for L in pool for pq in L["questions"] if pq["concept"] == q["concept"]]
            ms.sort(key=lambda t: t[0]["date"], reverse=True)
            matches[q["id"]] = [f"{L['ref']} {pq['id']}" for L, pq in ms]
            if ms:
                L, pq = ms[0]
                f = finding_for(pq, q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": q["id"],
                                     "precedent": f"{L['ref']} {pq['id']}"})
        e["matches"] = matches
        e["findings"] = findings
        if D.get("consistent"):
            assert not any(f["severity"] == "high" for f in findings), D["key"]
        out[D["file"]] = e
    return out


def labels():
    res = []
    for L in LETTERS:
        res.append({
            "file": ("history/" if L["kind"] == "history" else "drafts/") + L["file"],
            "authority": L["auth_name"], "reference": L["ref"], "date": L["date"],
            "received": L.get("received", ""), "regime": L["regime"],
            "layout": L.get("layout", L["style"]), "traps": L.get("traps", []),
            "format": L["fmt"],
            "questions": [{"id": q["id"], "concept": q["concept"],
                           "stance": q["stance"] or "", "exemptions": q["ex"],
                           "fact": q["fact"], "text": q["text"]} for q in L["questions"]],
        })
    return res


# ------------------------------------------------------------------ render
def run(cmd, **kw):
    env = dict(os.environ, HOME=os.path.join(BUILD, "home"))
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-2000:]}")
    return r


POLICE_FIXED = """
.fixedfoot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8pt; font-weight: bold; }
.fixedhead { position: fixed; top: 0; left: 0; right: 0; text-align: center; font-size: 8pt; font-weight: bold; }
"""


def render_all():
    for d in (BUILD, HIST, DRAFTS):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    os.makedirs(os.path.join(BUILD, "home"))
    soffice = {"docx": [], "pdf": []}
    for L in LETTERS:
        blocks = render.build(L)
        fmt = L["fmt"]
        base = os.path.splitext(L["file"])[0]
        if fmt == "txt":
            wrap = 78 if L["auth"] in ("dun", "hnp") else None
            open(L["path"], "w", encoding="utf-8").write(render.to_text(blocks, wrap))
        elif fmt == "md":
            open(L["path"], "w", encoding="utf-8").write(render.to_markdown(blocks))
        elif fmt == "html":
            open(L["path"], "w", encoding="utf-8").write(render.to_html_page(blocks, L))
        elif fmt in ("docx", "pdf-soffice"):
            src = os.path.join(BUILD, base + ".html")
            open(src, "w", encoding="utf-8").write(render.to_html_letter(blocks, L["title"]))
            soffice["docx" if fmt == "docx" else "pdf"].append((src, L))
        elif fmt == "pdf-chromium":
            src = os.path.join(BUILD, base + ".html")
            html = render.to_html_letter(blocks, L["title"], POLICE_FIXED if L["auth_kind"] == "police" else "")
            if L["auth_kind"] == "police":
                A = L["authority"]
                html = html.replace("<body>", f'<body><div class="fixedhead">{A["marking"]}</div><div class="fixedfoot">{A["slogan"]} · {A["marking"]}</div>', 1)
            open(src, "w", encoding="utf-8").write(html)
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                 f"--user-data-dir={os.path.join(BUILD, 'chrome')}",
                 "--no-pdf-header-footer", f"--print-to-pdf={L['path']}", "file://" + src])
        elif fmt == "pdf-gs":
            src = os.path.join(BUILD, base + ".ps")
            A = L["authority"]
            open(src, "w", encoding="latin-1").write(
                render.to_postscript(blocks, header=A.get("marking", ""), footer=f"{A['name']} – {L['ref']}"))
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                 f"-sOutputFile={L['path']}", src])
    profile = "file://" + os.path.join(BUILD, "lo-profile")
    for kind, items in soffice.items():
        if not items:
            continue
        target = "docx:MS Word 2007 XML" if kind == "docx" else "pdf:writer_pdf_Export"
        outdir = os.path.join(BUILD, "lo-" + kind)
        os.makedirs(outdir, exist_ok=True)
        run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", target,
             "--outdir", outdir] + [s for s, _ in items])
        for s, L in items:
            produced = os.path.join(outdir, os.path.splitext(os.path.basename(s))[0] + "." + kind)
            shutil.move(produced, L["path"])
    for d in ("chrome", "lo-profile", "home", "lo-docx", "lo-pdf", "t"):
        shutil.rmtree(os.path.join(BUILD, d), ignore_errors=True)


def check_pdfs():
    """pdftotext -layout every PDF and check reference and question texts survive."""
    problems = []
    for L in LETTERS:
        if not L["path"].endswith(".pdf"):
            continue
        txt = subprocess.run(["pdftotext", "-layout", L["path"], "-"], capture_output=True, text=True).stdout
        flat = re.sub(r"\s+", " ", txt)
        if L["ref"] not in flat:
            problems.append(f"{L['file']}: reference {L['ref']} not found")
        for q in L["questions"]:
            words = q["text"].split()[:5]
            probe = " ".join(words)
            if probe not in flat:
                problems.append(f"{L['file']}: question {q['id']} start not found: {probe!r}")
    return problems


def main():
    prepare()
    if "--no-render" not in sys.argv:
        render_all()
        probs = check_pdfs()
        for p in probs:
            print("PDF CHECK:", p)
    exp = expectations()
    doc = {"description": ("Blind set Q: four invented authorities (a county council, a police force, "
                           "an NHS foundation trust, a national park authority); round-robin request "
                           "families repeated 2017-2025 with rewording, renumbering, inserted/removed "
                           "questions, merged vs restarting parts, look-alikes and unrelated requests; "
                           "13 drafts (2025-2026) with planted findings of every kind, consistent "
                           "repeats with restated figures, an FOIA s43(2) -> EIR reg12(5)(e) regime "
                           "change, a bare incoming request and an as_of back-dated check."),
           "drafts": exp}
    with open(os.path.join(OUT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels(), f, indent=2, ensure_ascii=False)
    kinds = Counter(f["kind"] for e in exp.values() for f in e["findings"])
    sev = Counter(f["severity"] for e in exp.values() for f in e["findings"])
    fmts = Counter(L["fmt"] for L in LETTERS if L["kind"] == "history")
    dfmts = Counter(L["fmt"] for L in LETTERS if L["kind"] == "draft")
    print("history:", sum(fmts.values()), dict(fmts))
    print("drafts:", sum(dfmts.values()), dict(dfmts))
    print("findings:", sum(kinds.values()), dict(kinds), dict(sev))


if __name__ == "__main__":
    main()
