"""Shared helpers for batch 57. Truth lives in the Q objects."""
import html


class Q:
    def __init__(self, part, n, text, stance, ex=(), ans=""):
        assert stance in ("released", "partially_released", "withheld",
                          "ncnd", "not_held", "refused", "unknown"), stance
        self.part, self.n, self.text = part, n, text
        self.stance, self.ex, self.ans = stance, sorted(ex), ans

    @property
    def id(self):
        return f"P{self.part}.Q{self.n}"


def E(s):
    return html.escape(s, quote=False)


def paras(text):
    """Blank-line separated text -> <p> blocks (escaped)."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + E(block.strip()).replace("\n", "<br>") + "</p>")
    return "\n".join(out)


def by(qs, part=None):
    """Index questions by number (optionally within a part)."""
    return {q.n: q for q in qs if part is None or q.part == part}
