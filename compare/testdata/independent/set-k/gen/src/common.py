def Q(c, text, st, ex=(), fact=None, ans=None, rolling=False):
    return dict(c=c, text=text, st=st, ex=sorted(ex), fact=fact, ans=ans, rolling=rolling)


def P(qs, title=None, intro=None):
    return dict(qs=qs, title=title, intro=intro)
