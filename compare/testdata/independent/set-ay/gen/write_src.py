#!/usr/bin/env python3
"""Writes gen/src/* (the letters' sources) from hand-written text in letters_text.py.
Checks that every letter's question ids match LETTERS in make.py."""
import html, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make
from letters_text import TEXT, RAW

CSS = ("body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;line-height:1.3}"
       "table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px;vertical-align:top}"
       ".hd{text-align:right}.small{font-size:9pt;color:#333}")

def esc(s):
    return s  # text is written as HTML-safe by hand (uses &amp; where needed)

def qparts(qa):
    parts = {}
    for qid in qa:
        m = re.match(r"P(\d+)\.Q(\d+)$", qid)
        parts.setdefault(int(m.group(1)), []).append((int(m.group(2)), qid))
    return parts

def restate_list(sp, numbered_ol):
    out = []
    parts = qparts(sp["qa"])
    for p in sorted(parts):
        if len(parts) > 1 or sp.get("parts"):
            out.append("<p>%s</p>" % sp["parts"][p])
        if numbered_ol:
            out.append("<ol>" + "".join("<li>%s</li>" % sp["qa"][q][0] for n, q in parts[p]) + "</ol>")
        else:
            out += ["<p>%s</p>" % (sp["qa"][q][0] if re.match(r"\d+\.", sp["qa"][q][0]) else "%d. %s" % (n, sp["qa"][q][0])) for n, q in parts[p]]
    return out

def body(sp):
    st = sp["style"]; qa = sp["qa"]; out = []
    parts = qparts(qa)
    multi = len(parts) > 1
    if st == "table":
        out += sp.get("pre", [])
        for p in sorted(parts):
            if multi:
                out.append("<p><b>%s</b></p>" % sp["parts"][p])
            ex = sp.get("excol")
            hdr = sp.get("hdr", ("Question", "Response"))
            row = "<tr><th>%s</th><th>%s</th>%s</tr>" % (hdr[0], hdr[1], "<th>%s</th>" % ex["title"] if ex else "")
            rows = []
            for n, q in parts[p]:
                rows.append("<tr><td>%d. %s</td><td>%s</td>%s</tr>" % (
                    n, qa[q][0], qa[q][1], "<td>%s</td>" % ex.get(q, "") if ex else ""))
            out.append("<table>" + row + "".join(rows) + "</table>")
    elif st == "inter":
        lq, la = sp.get("labels", ("Question", "Response"))
        for p in sorted(parts):
            if multi:
                out.append("<p><b>%s</b></p>" % sp["parts"][p])
            if sp.get("ol"):
                out.append("<ol>")
                for n, q in parts[p]:
                    out.append("<li><p>%s</p><p><i>%s</i> %s</p></li>" % (qa[q][0], la, qa[q][1]))
                out.append("</ol>")
            else:
                for n, q in parts[p]:
                    lab_q = lq.replace("#", str(n)); lab_a = la.replace("#", str(n))
                    out.append("<p><b>%s</b> %s</p>" % (lab_q, qa[q][0]))
                    out.append("<p>%s %s</p>" % (lab_a, qa[q][1]))
    elif st == "youasked":
        for p in sorted(parts):
            for n, q in parts[p]:
                out.append("<p><b>You asked:</b> %s</p>" % qa[q][0])
                out.append("<p><b>Our response:</b> %s</p>" % qa[q][1])
    elif st in ("restate", "decision", "grouped", "cost"):
        out.append("<p>%s</p>" % sp.get("lead", "I note you seek access to the following information:"))
        out += ["<blockquote>"] + restate_list(sp, sp.get("ol", False)) + ["</blockquote>"]
        if st == "restate":
            out.append("<p><b>%s</b></p>" % sp.get("resp_head", "Response"))
            for p in sorted(parts):
                if multi:
                    out.append("<p><b>Part %d</b></p>" % p)
                for n, q in parts[p]:
                    key = sp.get("key", "%d. ")
                    out.append("<p>%s%s</p>" % (key.replace("%d", str(n)) if "%d" in key else key, qa[q][1]))
        else:
            out += sp.get("decision", [])
            if st == "decision":
                for item in sp.get("answers", []):
                    out.append("<p>%s</p>" % item)
            if st == "grouped":
                for lab, txt in sp["groups"]:
                    out.append("<p><b>%s</b></p><p>%s</p>" % (lab, txt))
    elif st == "custom":
        out += sp["custom"]
    else:
        raise ValueError(st)
    return out

def page(sp):
    h = ["<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (sp["ref"], CSS)]
    h += sp.get("top", [])
    h.append("<div class='hd'>" + "<br>".join(sp["head"]) + "</div>")
    h.append("<p>%s</p>" % sp["date"])
    h += sp.get("addr", [])
    h.append("<p>%s</p>" % sp.get("salute", "Dear"))
    h.append("<p><b>%s</b></p>" % sp["title"])
    h += ["<p>%s</p>" % x for x in sp["intro"]]
    h += body(sp)
    h += ["<p>%s</p>" % x for x in sp.get("after", [])]
    h += ["<p>%s</p>" % x for x in sp.get("close", [])]
    h.append("<p>" + "<br>".join(sp["sign"]) + "</p>")
    h += ["<p class='small'>%s</p>" % x for x in sp.get("foot", [])]
    h += sp.get("bottom", [])
    h.append("</body></html>")
    return "\n".join(h)

def main():
    os.makedirs(os.path.join(HERE, "src"), exist_ok=True)
    for x in make.LETTERS:
        src = x["src"]
        path = os.path.join(HERE, "src", src)
        if src in RAW:
            txt = RAW[src]
        else:
            sp = TEXT[src]
            want = [q["id"] for q in x["questions"]]
            assert list(sp["qa"]) == want, (src, list(sp["qa"]), want)
            txt = page(sp)
        with open(path, "w", encoding="utf-8") as f:
            f.write(txt)
    print("wrote", len(make.LETTERS), "sources")

if __name__ == "__main__":
    main()
