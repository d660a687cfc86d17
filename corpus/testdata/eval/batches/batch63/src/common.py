"""Shared helpers for batch 63. Standard library only."""


def q(qid, stance, *exemptions):
    return {"id": qid, "stance": stance, "exemptions": sorted(exemptions)}


def qs(part, stances):
    """stances: list of (stance, [exemptions]) numbered from 1 within part."""
    out = []
    for i, (st, ex) in enumerate(stances, 1):
        out.append(q("P%d.Q%d" % (part, i), st, *ex))
    return out


R = ("released", [])
NH = ("not_held", [])


def html_page(body, css="", title="Letter"):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>%s</title><style>%s</style></head><body>\n%s\n</body></html>\n"
            % (title, css, body))
