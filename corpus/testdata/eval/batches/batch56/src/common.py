"""Shared helpers for batch 56. Standard library only."""
import html as _html

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}


def esc(s):
    return _html.escape(s, quote=False)


class Q:
    """One question of a letter: the truth the letter was written from."""

    def __init__(self, part, num, stance, ex, q, a=""):
        assert stance in STANCES, stance
        self.part, self.num, self.stance = part, num, stance
        self.ex = sorted(ex)
        self.q, self.a = q, a

    @property
    def id(self):
        return f"P{self.part}.Q{self.num}"

    def label(self):
        return {"stance": self.stance, "exemptions": list(self.ex)}


def letter(**kw):
    need = ["file", "fmt", "authority", "reference", "date", "received",
            "regime", "layout", "traps", "qs", "body"]
    for k in need:
        assert k in kw, (kw.get("file"), k)
    ids = [q.id for q in kw["qs"]]
    assert len(ids) == len(set(ids)), kw["file"]
    return kw


def part(qs, p):
    return [q for q in qs if q.part == p]
