"""Helpers for write_src.py: small HTML builders and the spec collector."""
import html as _h
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SPEC = []

A = "Wealdmarsh Police"
B = "Calderbrook Metropolitan Fire and Rescue Authority"
C = "Ashcombe and Lyde Hospitals NHS Foundation Trust"
D = "London Borough of Hollinwick"
NAMES = {A: "A", B: "B", C: "C", D: "D"}


def e(s):
    return _h.escape(s, quote=False)


def P(*paras):
    return "".join("<p>%s</p>\n" % x for x in paras)


def OL(items, start=1, typ=None):
    t = ' type="%s"' % typ if typ else ""
    s = ' start="%d"' % start if start != 1 else ""
    return "<ol%s%s>\n%s</ol>\n" % (t, s, "".join("<li>%s</li>\n" % i for i in items))


def UL(items):
    return "<ul>\n%s</ul>\n" % "".join("<li>%s</li>\n" % i for i in items)


def TABLE(rows, border=True, head=None, widths=None):
    b = ' border="1" cellspacing="0" cellpadding="5"' if border else ' cellspacing="0" cellpadding="4"'
    out = ['<table width="100%%"%s>' % b]
    if head:
        out.append("<tr>%s</tr>" % "".join("<th align=\"left\">%s</th>" % c for c in head))
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            w = ' width="%s"' % widths[i] if widths else ""
            cells.append('<td valign="top"%s>%s</td>' % (w, c))
        out.append("<tr>%s</tr>" % "".join(cells))
    out.append("</table>\n")
    return "\n".join(out)


def PAGE(title, body, font="Liberation Sans", size="11pt", hdr=None, ftr=None):
    if ftr:
        body = ('<div title="footer"><p align="center" style="font-size:8.5pt">%s<br>Page '
                '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>\n' % ftr) + body
    if hdr:
        body = '<div title="header"><p align="center" style="font-size:9pt"><b>%s</b></p></div>\n' % hdr + body
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n"
            "<style>body{font-family:'%s',Arial,sans-serif;font-size:%s;line-height:1.3}"
            "td,th{font-size:%s} h1{font-size:15pt} h2{font-size:13pt} h3{font-size:11.5pt}</style>"
            "</head><body>\n%s\n</body></html>\n" % (e(title), font, size, size, body))


def Qx(qid, concept, stance, ex=(), fact=None):
    return (qid, concept, stance, sorted(ex), fact)


def add(kind, file, src, producer, auth, ref, date, recv, regime, layout, qs, text,
        as_of=None, bare=False, consistent=False):
    os.makedirs(SRC, exist_ok=True)
    with open(os.path.join(SRC, src), "w", encoding="utf-8") as f:
        f.write(text)
    SPEC.append(dict(kind=kind, file=file, src=src, producer=producer, auth=auth, ref=ref,
                     date=date, recv=recv, regime=regime, layout=layout, qs=qs,
                     as_of=as_of, bare=bare, consistent=consistent))


def emit_block():
    lines = ["LETTERS = ["]
    for s in SPEC:
        lines.append("    L(%r, %r, %r, %r, %s, %r, %r, %r, %r, %r, [" % (
            s["kind"], s["file"], s["src"], s["producer"], NAMES[s["auth"]], s["ref"],
            s["date"], s["recv"], s["regime"], s["layout"]))
        for q in s["qs"]:
            lines.append("        Q(%r, %r, %r, %r, %r)," % q)
        extra = ""
        if s["as_of"]:
            extra += ", as_of=%r" % s["as_of"]
        if s["bare"]:
            extra += ", bare=True"
        if s["consistent"]:
            extra += ", consistent=True"
        lines.append("    ]%s)," % extra)
    lines.append("]")
    return "\n".join(lines) + "\n"
