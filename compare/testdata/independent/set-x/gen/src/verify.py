#!/usr/bin/env python3
"""Check that every rendered letter reads as intended: reference, dates, every
question and every released answer can be found in the extracted text."""
import html
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "src"))
sys.path.insert(0, HERE)
import make  # noqa: E402
from styles import answer  # noqa: E402


def norm(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = t.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-").replace("\\(", "(")
    t = t.replace("**", "").replace("\u00a0", " ")
    t = re.sub(r"\s+", " ", t)
    return t.strip().lower()


def extract(path):
    if path.endswith(".pdf"):
        a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        return [a, b]
    if path.endswith(".docx"):
        x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<w:tab/>", " ", x)
        return [html.unescape(re.sub(r"<[^>]+>", "", x))]
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return [raw]


def main():
    bad = 0
    for L in make.LETTERS:
        sub = "history" if L["kind"] == "history" else "drafts"
        path = os.path.join(HERE, sub, make.filename(L))
        texts = [norm(t) for t in extract(path)]

        def found(s):
            s = norm(s)
            if any(s in t for t in texts):
                return True
            # tolerate hyphenation at line ends
            return any(s.replace("-", "") in t.replace("- ", "").replace("-", "") for t in texts)

        probs = []
        if L["ref"] and not found(L["ref"]):
            probs.append("reference")
        for qid, q in make.qids(L):
            if not found(q["t"]):
                probs.append("question %s" % qid)
            if L["kind"] != "bare" and q["s"] in ("released", "partially_released"):
                if not found(answer(L, q)):
                    probs.append("answer %s" % qid)
        if probs:
            bad += 1
            print("PROBLEM", path, probs)
    print("checked %d letters, %d with problems" % (len(make.LETTERS), bad))


if __name__ == "__main__":
    main()
