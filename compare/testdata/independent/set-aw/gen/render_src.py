#!/usr/bin/env python3
"""Writes gen/src/* (the letters' sources) from gen/letters.py and fills
LETTERS and DESCRIPTION in gen/make.py.  Run from the set's folder:
    python3 gen/render_src.py && python3 gen/make.py
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from letters import AUTH, LETTERS_DATA, DESCRIPTION  # noqa: E402

SRC = os.path.join(HERE, "src")


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- blocks
# ("h", text) ("p", text) ("b", text: bold para) ("ol", [items]) ("ul", [items])
# ("table", [[cells]...], header?) ("pre", text) ("hr",)

def to_html(blocks, title, log=False, auth=None):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title>" % esc(title),
           "<style>body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:2cm}"
           "table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px;vertical-align:top}"
           ".lh{text-align:right;font-size:10pt}</style></head><body>"]
    if log:
        out.append("<div class=\"cookie\"><p>We use cookies to make this site work. "
                   "<a href=\"#\">Accept all cookies</a> | <a href=\"#\">Reject non-essential cookies</a></p></div>")
        out.append("<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">About us</a></li>"
                   "<li><a href=\"#\">Freedom of Information</a></li><li><a href=\"#\">Disclosure log</a></li>"
                   "<li><a href=\"#\">Contact</a></li></ul></nav>")
        out.append("<p>You are here: Home &gt; Freedom of Information &gt; Disclosure log &gt; %s</p>" % esc(title))
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append("<h3>%s</h3>" % esc(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % esc(b[1]).replace("\n", "<br>"))
        elif k == "b":
            out.append("<p><b>%s</b></p>" % esc(b[1]))
        elif k == "i":
            out.append("<p><i>%s</i></p>" % esc(b[1]))
        elif k == "lh":
            out.append("<p class=\"lh\">%s</p>" % esc(b[1]).replace("\n", "<br>"))
        elif k in ("ol", "ul"):
            out.append("<%s>" % k + "".join("<li>%s</li>" % esc(i) for i in b[1]) + "</%s>" % k)
        elif k == "table":
            rows = b[1]
            head = b[2] if len(b) > 2 else None
            t = ["<table>"]
            if head:
                t.append("<tr>" + "".join("<th>%s</th>" % esc(c) for c in head) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join("<td>%s</td>" % esc(c).replace("\n", "<br>") for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif k == "hr":
            out.append("<hr>")
    if log:
        out.append("<footer><p>Was this page helpful? Yes / No</p><p>Accessibility statement | Privacy notice | "
                   "Cookies | Terms of use</p><p>&copy; %s</p></footer>" % esc(auth or ""))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h", "p", "b", "i", "lh"):
            out.append(b[1])
            out.append("")
        elif k == "ol":
            for n, i in enumerate(b[1], 1):
                out.append("%d. %s" % (n, i))
            out.append("")
        elif k == "ul":
            for i in b[1]:
                out.append("- " + i)
            out.append("")
        elif k == "table":
            if len(b) > 2 and b[2]:
                out.append(" | ".join(b[2]))
            for r in b[1]:
                out.append(" | ".join(c.replace("\n", " ") for c in r))
            out.append("")
        elif k == "hr":
            out.append("-" * 60)
            out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- helpers
def parts_of(x):
    ps = []
    for q in x["qs"]:
        p = int(re.match(r"P(\d+)", q["id"]).group(1))
        if p not in ps:
            ps.append(p)
    return ps


def qnum(q):
    return int(re.search(r"Q(\d+)$", q["id"]).group(1))


def qpart(q):
    return int(re.match(r"P(\d+)", q["id"]).group(1))


def restate(x, numbered_ol=False, lead=None):
    bl = []
    bl.append(("p", lead or x.get("lead", "I note you seek access to the following information:")))
    if x.get("preamble"):
        bl.append(("i", x["preamble"]))
    multi = len(parts_of(x)) > 1
    for p in parts_of(x):
        if multi:
            bl.append(("i", x["parts"][p - 1]))
        qs = [q for q in x["qs"] if qpart(q) == p]
        if numbered_ol:
            bl.append(("ol", [q["q"] for q in qs]))
        else:
            for q in qs:
                bl.append(("i", "%d. %s" % (qnum(q), q["q"])))
    return bl


def header(x):
    a = AUTH[x["auth"]]
    bl = [("lh", a["letterhead"])]
    bl.append(("p", x.get("refline", "Our reference: %s" % x["ref"])))
    bl.append(("p", x["date_s"]))
    bl.append(("p", "Dear"))
    bl.append(("b", x.get("subject", "%s: %s" % (a["act_title"], x["title"]))))
    if x.get("recv_s"):
        bl.append(("p", x.get("ack", "Thank you for your request for information, which we received on %s." % x["recv_s"])))
    return bl


def footer(x):
    a = AUTH[x["auth"]]
    bl = []
    if x.get("closing"):
        bl.append(("p", x["closing"]))
    bl.append(("p", a["rights"]))
    bl.append(("p", "Yours sincerely"))
    bl.append(("p", x.get("signer", a["signer"])))
    if a.get("banner"):
        bl.append(("p", a["banner"]))
    return bl


# ---------------------------------------------------------------- styles
def st_numbered(x):
    bl = restate(x, numbered_ol=x.get("ol", False))
    bl.append(("b", x.get("resp_head", "Response")))
    if x.get("pre_answer"):
        bl.append(("p", x["pre_answer"]))
    multi = len(parts_of(x)) > 1
    for p in parts_of(x):
        if multi:
            bl.append(("b", "Part %d" % p))
        qs = [q for q in x["qs"] if qpart(q) == p]
        if x.get("ol"):
            bl.append(("ol", [q["a"] for q in qs]))
        else:
            for q in qs:
                bl.append(("p", "%d. %s" % (qnum(q), q["a"])))
    return bl


def st_decision(x):
    bl = restate(x)
    bl.append(("p", x["decision"]))
    for t in x.get("pit", []):
        bl.append(t if isinstance(t, tuple) else ("p", t))
    bl.append(("p", x.get("rest_lead", "The response to the remaining questions is provided below.")))
    multi = len(parts_of(x)) > 1
    for p in parts_of(x):
        if multi:
            bl.append(("b", "Part %d" % p))
        for q in x["qs"]:
            if qpart(q) != p or q.get("in_decision"):
                continue
            bl.append(("p", "Question %d \u2013 %s" % (qnum(q), q["a"])))
    return bl


def st_interleaved(x):
    bl = [("p", x.get("lead", "Your request and our response are set out below."))]
    qlab, alab = x.get("labels", ("Q%d", "A%d"))
    multi = len(parts_of(x)) > 1
    for p in parts_of(x):
        if multi:
            bl.append(("b", x["parts"][p - 1]))
        for q in x["qs"]:
            if qpart(q) != p:
                continue
            n = qnum(q)
            bl.append(("b", (qlab % n if "%d" in qlab else qlab) + " " + q["q"]))
            bl.append(("p", (alab % n if "%d" in alab else alab) + " " + q["a"]))
    return bl


def st_table(x):
    bl = [("p", x.get("lead", "Please see our response to each part of your request in the table below."))]
    multi = len(parts_of(x)) > 1
    for p in parts_of(x):
        if multi:
            bl.append(("b", x["parts"][p - 1]))
        rows = [["%d. %s" % (qnum(q), q["q"]), q["a"]] for q in x["qs"] if qpart(q) == p]
        bl.append(("table", rows, x.get("thead", ["Your request", "Our response"])))
    return bl


def st_youasked(x):
    bl = [("p", x.get("lead", "Our response to your request is below."))]
    multi = len(parts_of(x)) > 1
    for p in parts_of(x):
        if multi:
            bl.append(("b", x["parts"][p - 1]))
        for q in x["qs"]:
            if qpart(q) != p:
                continue
            bl.append(("b", x.get("ya", ("You asked:", "Our response:"))[0]))
            bl.append(("p", q["q"]))
            bl.append(("b", x.get("ya", ("You asked:", "Our response:"))[1]))
            bl.append(("p", q["a"]))
    return bl


def st_grouped(x):
    bl = restate(x, numbered_ol=x.get("ol", False))
    bl.append(("b", "Our response"))
    for g in x["groups"]:
        bl.append(("p", g))
    return bl


def st_review(x):
    bl = []
    for t in x["review"]:
        bl.append(t if isinstance(t, tuple) else ("p", t))
    bl += restate(x, lead=x.get("lead", "Your original request was as follows:"))
    bl.append(("b", "Outcome of the review"))
    for t in x["outcome"]:
        bl.append(t if isinstance(t, tuple) else ("p", t))
    for q in x["qs"]:
        bl.append(("p", "%s %d: %s" % (x.get("qword", "Question"), qnum(q), q["a"])))
    return bl


def st_annex(x):
    bl = restate(x)
    for t in x["body"]:
        bl.append(t if isinstance(t, tuple) else ("p", t))
    return bl


def annex_tail(x):
    if x["style"] != "annex":
        return []
    bl = [("hr",), ("b", x.get("annex_title", "Annex A \u2013 Response to your request"))]
    rows = [[str(qnum(q)), q.get("short", q["q"]), q["a"]] for q in x["qs"]]
    bl.append(("table", rows, ["No.", "Information requested", "Response"]))
    return bl


def st_prose(x):
    bl = [("p", x.get("lead", "You asked:"))]
    bl.append(("i", x["prose_request"]))
    for t in x["answers_prose"]:
        bl.append(t if isinstance(t, tuple) else ("p", t))
    return bl


def st_bare(x):
    bl = []
    for t in x["bare_text"]:
        bl.append(t if isinstance(t, tuple) else ("p", t))
    return bl


STYLES = {"numbered": st_numbered, "decision": st_decision, "interleaved": st_interleaved,
          "table": st_table, "youasked": st_youasked, "grouped": st_grouped, "review": st_review,
          "annex": st_annex, "prose": st_prose, "bare": st_bare}


def build(x):
    if x["style"] == "bare":
        blocks = st_bare(x)
    else:
        blocks = header(x) + STYLES[x["style"]](x) + footer(x) + annex_tail(x)
    return blocks


def main():
    os.makedirs(SRC, exist_ok=True)
    for x in LETTERS_DATA:
        blocks = build(x)
        path = os.path.join(SRC, x["src"])
        if x["src"].endswith(".txt"):
            text = to_text(blocks)
        else:
            text = to_html(blocks, x["title"], log=x.get("log", False), auth=AUTH[x["auth"]]["name"])
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    # fill make.py
    mk = os.path.join(HERE, "make.py")
    s = open(mk, encoding="utf-8").read()
    lines = ["LETTERS = ["]
    for x in LETTERS_DATA:
        qs = []
        for q in x["qs"]:
            args = [repr(q["id"]), repr(q["c"]), q["st"]]
            if q.get("ex"):
                args.append(q["ex"] if isinstance(q["ex"], str) else repr(sorted(q["ex"])))
            if q.get("fact") is not None:
                if not q.get("ex"):
                    args.append("()")
                args.append("fact=" + repr(q["fact"]))
            qs.append("        Q(%s)," % ", ".join(args))
        kw = ""
        if x.get("as_of"):
            kw += ", as_of=%r" % x["as_of"]
        if x.get("bare"):
            kw += ", bare=True"
        if x.get("consistent"):
            kw += ", consistent=True"
        lines.append("    L(%r, %r, %r, %r, %s, %r, %r, %r,\n      %r, %r, [\n%s\n      ]%s)," % (
            x["kind"], x["file"], x["src"], x["producer"], x["auth"], x["ref"], x["date"],
            x["received"], x["regime"], x["layout"], "\n".join(qs), kw))
    lines.append("]")
    block = "\n".join(lines)
    s = re.sub(r"(?ms)^(LETTERS = \[.*?^\]|    # your letters here\n\])", lambda m: block, s, count=1)
    s = re.sub(r'(?ms)^DESCRIPTION = \(.*?\)\n', lambda m: "DESCRIPTION = (%r)\n" % DESCRIPTION, s, count=1)
    for k, v in AUTH.items():
        s = re.sub(r'(?m)^%s = ".*?"(.*)$' % k, lambda m: '%s = %r%s' % (k, v["name"], m.group(1)), s, count=1)
    open(mk, "w", encoding="utf-8").write(s)
    print("wrote", len(LETTERS_DATA), "sources")


if __name__ == "__main__":
    main()
