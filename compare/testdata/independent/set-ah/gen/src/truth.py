"""Truth records for letters and questions."""

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown", None}


def Q(concept, text, stance, ex=(), fact=None, ans=None):
    assert stance in STANCES, stance
    if stance in ("withheld", "partially_released", "ncnd", "refused"):
        assert ex, (concept, "needs exemption")
    if stance == "released":
        assert fact is not None, (concept, "released needs a fact")
    return dict(c=concept, text=text, st=stance, ex=sorted(ex), fact=fact, ans=ans)


def L(auth, ref, date, received, title, style, fmt, file, qs=None, parts=None, **kw):
    assert (qs is None) != (parts is None)
    if qs is not None:
        parts = [(None, qs)]
    d = dict(auth=auth, ref=ref, date=date, received=received, title=title, style=style, fmt=fmt,
             file=file, parts=parts)
    d.update(kw)
    return d
