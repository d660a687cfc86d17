#!/usr/bin/env python3
"""Sanity check: each rendered letter shows its reference, its facts and the provisions its labels cite."""
import json, os, re, subprocess, html, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def text(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".docx"):
        x = subprocess.run(["unzip", "-p", path, "word/document.xml"], capture_output=True, text=True).stdout
        return html.unescape(re.sub(r"<[^>]+>", " ", x))
    x = open(path, encoding="utf-8").read()
    return html.unescape(re.sub(r"<[^>]+>", " ", x)) if path.endswith(".html") else x

def norm(s):
    return re.sub(r"\s+", " ", s.lower().replace("\u2013", "-").replace("\u2014", "-"))

bad = 0
for x in json.load(open(os.path.join(ROOT, "gen", "truth.json")))["letters"]:
    t = norm(text(os.path.join(ROOT, x["file"])))
    probs = []
    if norm(x["reference"]) not in t:
        probs.append("reference " + x["reference"])
    for q in x["questions"]:
        if q["fact"] and norm(q["fact"]).replace("0 ", "") not in t and norm(q["fact"]) not in t:
            if not (q["fact"] == "0" and ("nil" in t)):
                probs.append("%s fact %r" % (q["id"], q["fact"]))
        for ex in q["exemptions"]:
            m = re.match(r"(?:reg)?(\d+)", ex.replace("foisa:", "").lstrip("s"))
            if m and m.group(1) not in t:
                probs.append("%s exemption %s" % (q["id"], ex))
        if q["stance"] == "ncnd" and "neither confirm" not in t:
            probs.append(q["id"] + " ncnd wording")
        if q["stance"] == "not_held" and not re.search(r"not hold|not held|no longer held", t):
            probs.append(q["id"] + " not-held wording")
    if probs:
        bad += 1
    print(("OK  " if not probs else "??  ") + x["file"] + ("" if not probs else "  " + "; ".join(probs)))
sys.exit(1 if bad else 0)
