STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", None}


def Q(concept, text, stance="released", ex=(), fact=None, ans="", rest="", orig=None, lead=""):
    assert stance in STANCES, stance
    if stance == "released":
        assert fact is not None and ans, (concept, text)
    if stance in ("withheld", "partially_released", "ncnd", "refused"):
        assert ex, (concept, stance)
    return dict(concept=concept, text=text, stance=stance, ex=sorted(ex), fact=fact,
                ans=ans, rest=rest, orig=orig, lead=lead)


def part(heading, qs, short=None):
    return dict(heading=heading, qs=qs, short=short)
