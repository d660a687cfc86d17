# Sanity check: every rendered PDF/DOCX/HTML/TXT contains its reference, question texts and answers.
import os, re, subprocess, sys, zipfile, html
sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))
from letters import HISTORY, DRAFTS
import make

def norm(s):
    s = s.replace("\u2013", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().lower()

def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".docx"):
        x = zipfile.ZipFile(path).read("word/document.xml").decode()
        x = re.sub(r"</w:p>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

bad = 0
for L in HISTORY + DRAFTS:
    d = "history" if L in HISTORY else "drafts"
    p = os.path.join(make.HERE, d, f"{L['key']}.{make.ext_of(L['fmt'])}")
    t = norm(text_of(p))
    need = [L["ref"]] if L["ref"] else []
    for qid, q in make.qid_iter(L):
        need.append(q["t"][:60])
        if q["st"] and L["style"] != "decision" or q["st"] not in ("withheld", "ncnd", None):
            if q["st"]:
                need.append(make.gen_answer(L, q).split("\n")[0][:60])
    for n in need:
        if norm(n) not in t:
            # tolerate line-wrapped layout: compare without spaces
            if norm(n).replace(" ", "") not in t.replace(" ", ""):
                print("MISSING", p, "::", n); bad += 1
print("bad", bad)
