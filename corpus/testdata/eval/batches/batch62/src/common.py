"""Shared helpers for batch 62 (standard library only)."""
import html as _html

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}


class Q:
    """One question of a request: the truth the author wrote."""

    def __init__(self, part, num, stance, ex, text):
        assert stance in STANCES, stance
        self.part = part
        self.num = num
        self.stance = stance
        self.ex = sorted(ex)
        self.text = text

    @property
    def id(self):
        return "P%d.Q%d" % (self.part, self.num)


class Letter:
    def __init__(self, file, fmt, authority, reference, date, received, regime,
                 layout, traps, questions, build):
        self.file = file
        self.fmt = fmt
        self.authority = authority
        self.reference = reference
        self.date = date
        self.received = received
        self.regime = regime
        self.layout = layout
        self.traps = traps
        self.questions = questions
        self.build = build
        ids = [q.id for q in questions]
        assert len(ids) == len(set(ids)), (file, ids)

    def q(self, part, num=None):
        if num is None:
            part, num = 1, part
        for x in self.questions:
            if x.part == part and x.num == num:
                return x
        raise KeyError((self.file, part, num))

    def t(self, part, num=None):
        return self.q(part, num).text


def esc(s):
    return _html.escape(s, quote=False)


def words_list(nums):
    """[2, 5, 7] -> '2, 5 and 7'"""
    nums = [str(n) for n in nums]
    if len(nums) == 1:
        return nums[0]
    return ", ".join(nums[:-1]) + " and " + nums[-1]


def nums_where(letter, part, pred):
    return [q.num for q in letter.questions if q.part == part and pred(q)]
