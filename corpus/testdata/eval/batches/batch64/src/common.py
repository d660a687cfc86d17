"""Shared helpers for batch 64 (standard library only).

Every letter is a dict built by letter(...). Its questions are the truth:
each holds the question text, the answer text the letter prints, and the
stance and exemptions the author intends. Labels come from these fields only.
"""
import html as _html


def Q(part, num, text, answer, stance, *exemptions):
    assert stance in ("released", "partially_released", "withheld", "ncnd",
                      "not_held", "refused", "unknown"), stance
    if stance == "partially_released":
        assert exemptions, "partial needs the exemption that withheld the rest"
    return {"part": part, "num": num, "q": text, "a": answer,
            "stance": stance, "ex": sorted(exemptions)}


def letter(file, fmt, authority, reference, date, received, regime, layout,
           traps, questions, render):
    assert regime in ("foia", "eir", "foisa")
    ids = ["P%d.Q%d" % (x["part"], x["num"]) for x in questions]
    assert len(ids) == len(set(ids)), file
    return {"file": file, "fmt": fmt, "authority": authority,
            "reference": reference, "date": date, "received": received,
            "regime": regime, "layout": layout, "traps": traps,
            "questions": questions, "render": render}


def esc(s):
    return _html.escape(s, quote=False)


def part(L, p):
    return [x for x in L["questions"] if x["part"] == p]


def page(body, css="", title="Letter"):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>%s</title>\n<style>\n%s\n</style></head>\n<body>\n%s\n</body></html>\n"
            % (esc(title), css, body))


def paras(text):
    """Blank-line separated text to <p> elements (single newlines -> <br>)."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>%s</p>" % "<br>".join(esc(l) for l in block.split("\n")))
    return "\n".join(out)


ICO_EN = """If you are unhappy with the way your request has been handled, you may ask for an internal review. Please write to us within 40 working days of the date of this letter. If you remain dissatisfied after the review, you may complain to the Information Commissioner's Office under section 50 of the Freedom of Information Act 2000: Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk."""
