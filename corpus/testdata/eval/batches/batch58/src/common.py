"""Shared helpers for the b58 letters.

Each letter module appends dicts to LETTERS. A letter holds its truth in
`parts`: a list of parts, each a list of Q objects (stance + exemptions as
the author decided them). make.py derives every label from these objects.
"""
import html

LETTERS = []


class Q:
    def __init__(self, text, answer, stance, exemptions=()):
        assert stance in ("released", "partially_released", "withheld", "ncnd",
                          "not_held", "refused", "unknown"), stance
        self.t = text
        self.a = answer
        self.s = stance
        self.e = sorted(exemptions)


def esc(s):
    return html.escape(s, quote=False)


def add(**kw):
    for k in ("file", "fmt", "authority", "reference", "date", "received",
              "regime", "layout", "traps", "parts", "body"):
        assert k in kw, (kw.get("file"), k)
    LETTERS.append(kw)


def paras(text):
    """Blank-line separated text -> <p> paragraphs (text is already HTML-safe)."""
    return "\n".join(f"<p>{p.strip()}</p>" for p in text.strip().split("\n\n") if p.strip())
