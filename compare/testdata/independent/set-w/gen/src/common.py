def Q(c, text, k='rel', ex=(), fact=None, ans=None):
    return dict(c=c, text=text, k=k, ex=sorted(ex), fact=fact, ans=ans)


def Part(qs, heading=None, intro=None, short=None):
    return dict(qs=qs, heading=heading, intro=intro, short=short)
