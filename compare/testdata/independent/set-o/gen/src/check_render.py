"""Sanity check: every rendered letter shows its reference, date and every question text."""
import json, os, re, subprocess, sys, zipfile, html
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
truth = json.load(open(os.path.join(HERE, "src", "truth.json")))
sys.path.insert(0, os.path.join(HERE, "src"))
from letters import LETTERS, DRAFTS
qtext = {}
for l in LETTERS + DRAFTS:
    for p in l["parts"]:
        for q in p["qs"]:
            qtext.setdefault(l["ref"], []).append(q["q"])

def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".docx"):
        x = zipfile.ZipFile(path).read("word/document.xml").decode()
        x = re.sub(r"</w:p>|<w:br/>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def norm(s):
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    s = re.sub(r"-\s*\n\s*", "-", s)
    s = s.replace("*", "")
    return re.sub(r"\s+", " ", s).lower()

bad = 0
for row in truth:
    d = "drafts" if row["kind"] == "draft" else "history"
    t = norm(text_of(os.path.join(HERE, d, row["file"])))
    if norm(row["reference"]) not in t:
        print("REF MISSING", row["file"]); bad += 1
    for q in qtext[row["reference"]]:
        if norm(q) not in t:
            print("Q MISSING", row["file"], q[:60]); bad += 1
print("checked", len(truth), "bad", bad)
