"""Turn a letter's truth into document blocks in its house style."""
from render import AUTH, fdate, ex_phrase

KIND = {'rel': 'released', 'part': 'partially_released', 'wh': 'withheld', 'ncnd': 'ncnd',
        'nh': 'not_held', 'ref': 'refused', 'unk': 'unknown'}


def nums(ns):
    ns = [str(n) for n in ns]
    if len(ns) == 1:
        return ns[0]
    return ', '.join(ns[:-1]) + ' and ' + ns[-1]


def auto_answer(L, q):
    a = AUTH[L['auth']]
    k = q['k']
    form = L.get('exform', 'Section')
    if L.get('regime') == 'eir':
        form = 'Regulation'
    if k == 'wh':
        v = L.get('variant', 0) % 3
        ex = ex_phrase(q['ex'], form=form if form != 'Regulation' else 'Section')
        if v == 0:
            return f"{a['Short']} holds this information; however, it is exempt from disclosure under {ex}."
        if v == 1:
            return f"This information is withheld. {ex} applies - please see the public interest test set out below."
        return f"Withheld under {ex}."
    if k == 'nh':
        v = L.get('variant', 0) % 2
        if v == 0:
            return f"{a['name']} does not hold this information."
        return "No information is held."
    if k == 'ncnd':
        ex = ex_phrase(q['ex'], form=form)
        if L['auth'] == 'police':
            return (f"{a['name']} can neither confirm nor deny that it holds any information relevant to "
                    f"this question by virtue of {ex}. This should not be taken as an indication that the "
                    f"information you have requested does or does not exist.")
        return (f"{a['Short']} neither confirms nor denies whether it holds information of this "
                f"description, by virtue of {ex}.")
    raise ValueError(q)


def answer(L, q):
    return q['ans'] if q.get('ans') else auto_answer(L, q)


def header(L):
    a = AUTH[L['auth']]
    ds = L.get('dstyle', 'long')
    d = fdate(L['date'], ds)
    r = fdate(L['received'], ds) if L.get('received') else ''
    B = []
    if L.get('draft_mark'):
        B.append(('p', L['draft_mark']))
    au = L['auth']
    if au == 'police':
        B.append(('pre', '\n'.join([a['name'].upper()] + a['addr'])))
        B.append(('p', d))
        B.append(('p', 'Dear'))
        B.append(('h', 'FREEDOM OF INFORMATION REQUEST'))
        B.append(('p', f"Reference number: {L['ref']}"))
        B.append(('p', L['title']))
        B.append(('p', f"I write in connection with your request for information received by {a['name']} on {r}. "
                       + L.get('lead', 'I note you seek access to the following information:')))
    elif au == 'council':
        B.append(('pre', '\n'.join([a['name']] + a['addr'])))
        B.append(('pre', f"Our ref: {L['ref']}\nDate: {d}"))
        B.append(('p', 'Dear Requester'))
        B.append(('h', f"Freedom of Information Act 2000 - {L['title']}"))
        B.append(('p', f"Thank you for your request for information, which we received on {r}. "
                       + L.get('lead', 'Your request and our response are set out below.')))
    elif au == 'nhs':
        B.append(('pre', '\n'.join([a['name']] + a['addr'])))
        B.append(('h', f"Freedom of Information Request - Ref: {L['ref']}"))
        B.append(('pre', f"Date received: {r}\nDate of response: {d}"))
        B.append(('p', 'Dear'))
        B.append(('p', f"Re: {L['title']}"))
        B.append(('p', L.get('lead', 'Thank you for your request. The Trust has now considered it and our response is set out below.')))
    elif au == 'agency':
        B.append(('pre', '\n'.join([a['name']] + a['addr'])))
        B.append(('pre', f"Our reference: {L['ref']}\n{d}"))
        B.append(('p', 'Dear'))
        B.append(('h', f"Request for information: {L['title']}"))
        if L.get('regime') == 'eir':
            reg = ("We have handled your request under the Environmental Information Regulations 2004 (EIR), "
                   "because the information you asked for is environmental information.")
        else:
            reg = "We have handled your request under the Freedom of Information Act 2000 (FOIA)."
        B.append(('p', f"Thank you for your request of {r}. {reg} "
                       + L.get('lead', 'You asked us:')))
    return B


def footer(L):
    a = AUTH[L['auth']]
    B = []
    if L.get('harm'):
        B.append(('h', 'Harm and public interest test'))
        for p in L['harm']:
            B.append(('p', p))
    B.append(('h', 'Your right to complain'))
    if L.get('regime') == 'eir':
        B.append(('p', "If you are unhappy with the way we have handled your request you may ask for an internal "
                       "review under regulation 11 of the EIR within 40 working days. If you remain dissatisfied "
                       "you may apply to the Information Commissioner."))
    else:
        B.append(('p', "If you are dissatisfied with the handling of your request you have the right to ask for an "
                       "internal review within 40 working days of the date of this letter. If you remain "
                       "dissatisfied you may complain to the Information Commissioner under section 50 of the "
                       "Freedom of Information Act 2000."))
    if L['auth'] == 'police':
        B.append(('p', f"I would like to take this opportunity to thank you for your interest in {a['name']}."))
    B.append(('pre', 'Yours sincerely\n\n' + L.get('signer', {'police': 'Disclosure Officer\nInformation Compliance Unit',
                                                          'council': 'Information Governance Officer',
                                                          'nhs': 'Freedom of Information Lead\nInformation Governance',
                                                          'agency': 'Information Rights Team'}[L['auth']])))
    return B


def qtext(L, pn, qn, q, numbered=True):
    fmt = L.get('qfmt', '{n}. {t}')
    return fmt.format(n=qn, t=q['text']) if numbered else q['text']


def restate(L, B, numbered=True):
    parts = L['parts']
    for pn, part in enumerate(parts, 1):
        if part.get('heading'):
            B.append(('h', part['heading']))
        if part.get('intro'):
            B.append(('p', part['intro']))
        B.append(('list', [qtext(L, pn, i, q, numbered) for i, q in enumerate(part['qs'], 1)]))


def body(L):
    st = L['style']
    B = []
    parts = L['parts']
    multi = len(parts) > 1
    if L.get('req_intro'):
        B.append(('p', L['req_intro']))
    if st == 'numbered':
        restate(L, B)
        B.append(('h', L.get('resp_head', 'Response')))
        if L.get('resp_intro'):
            B.append(('p', L['resp_intro']))
        for pn, part in enumerate(parts, 1):
            if multi:
                B.append(('h', part.get('short', f'Part {pn}')))
            lab = L.get('afmt', '{n}. {a}')
            B.append(('list', [lab.format(n=i, a=answer(L, q)) for i, q in enumerate(part['qs'], 1)]))
    elif st == 'interleaved':
        v = L.get('ivar', 'QA')
        for pn, part in enumerate(parts, 1):
            if part.get('heading'):
                B.append(('h', part['heading']))
            if part.get('intro'):
                B.append(('p', part['intro']))
            for i, q in enumerate(part['qs'], 1):
                if v == 'QA':
                    B.append(('p', f"Question {i}: {q['text']}"))
                    B.append(('p', f"Answer: {answer(L, q)}"))
                elif v == 'Q1A1':
                    B.append(('p', f"Q{i}. {q['text']}"))
                    B.append(('p', f"A{i}. {answer(L, q)}"))
                elif v == 'Request':
                    B.append(('p', f"Request {i}\n{q['text']}"))
                    B.append(('p', f"Response\n{answer(L, q)}"))
                elif v == 'Resp':
                    B.append(('p', f"{i}. {q['text']}"))
                    B.append(('p', f"Response: {answer(L, q)}"))
    elif st == 'youasked':
        for pn, part in enumerate(parts, 1):
            if part.get('heading'):
                B.append(('h', part['heading']))
            for q in part['qs']:
                B.append(('p', f"You asked: {q['text']}"))
                B.append(('p', f"Our response: {answer(L, q)}"))
    elif st == 'table':
        hdr = L.get('thdr', ['Question', 'Response'])
        for pn, part in enumerate(parts, 1):
            if part.get('heading'):
                B.append(('h', part['heading']))
            if part.get('intro'):
                B.append(('p', part['intro']))
            rows = [[f"{i}. {q['text']}", answer(L, q)] for i, q in enumerate(part['qs'], 1)]
            B.append(('table', hdr, rows))
    elif st == 'decision':
        restate(L, B)
        a = AUTH[L['auth']]
        groups = {}
        released = []
        for pn, part in enumerate(parts, 1):
            for i, q in enumerate(part['qs'], 1):
                if q['k'] in ('wh', 'ncnd'):
                    groups.setdefault((q['k'], tuple(q['ex'])), []).append((pn, i))
                else:
                    released.append((pn, i, q))

        def where(lst):
            if not multi:
                return 'questions ' + nums([i for _, i in lst]) if len(lst) > 1 else 'question ' + str(lst[0][1])
            segs = []
            for pn in range(1, len(parts) + 1):
                ns = [i for p, i in lst if p == pn]
                if ns:
                    segs.append(('questions ' if len(ns) > 1 else 'question ') + nums(ns) + f' in part {pn} of your request')
            return ' and '.join(segs)
        first = True
        for (k, ex), lst in groups.items():
            if k == 'wh':
                exs = ex_phrase(list(ex), form=L.get('exform', 'Section'))
                if first:
                    B.append(('p', f"Your request for information has now been considered and I can confirm {a['name']} does hold "
                                   f"information you request; however I will be citing the exemption {exs} "
                                   f"to {where(lst)}."))
                else:
                    B.append(('p', f"In addition, {exs} is applied to {where(lst)}."))
            else:
                exs = ex_phrase(list(ex), form=L.get('exform', 'Section'))
                B.append(('p', f"In respect of {where(lst)}, {a['name']} can neither confirm nor deny that it holds "
                               f"any information by virtue of {exs}."))
            first = False
        for p in L.get('decision_extra', []):
            B.append(('p', p))
        if released:
            segs = []
            if multi:
                for pn in range(1, len(parts) + 1):
                    ns = [i for p, i, _ in released if p == pn]
                    if ns:
                        segs.append(('questions ' if len(ns) > 1 else 'question ') + nums(ns) + f' in part {pn}')
                B.append(('p', f"The response to {' and '.join(segs)} is provided below."))
            else:
                B.append(('p', f"The response to {where([(p, i) for p, i, _ in released])} is provided below."))
            for pn in range(1, len(parts) + 1):
                rs = [(i, q) for p, i, q in released if p == pn]
                if multi and rs:
                    B.append(('h', f'Part {pn}'))
                for i, q in rs:
                    B.append(('p', f"Question {i} - {answer(L, q)}"))
    else:
        raise ValueError(st)
    return B


def compose(L):
    B = header(L) + body(L)
    if L.get('closing'):
        B.append(('p', L['closing']))
    B += footer(L)
    if L.get('banner'):
        slogan = AUTH[L['auth']]['slogan']
        out = []
        for i, b in enumerate(B):
            out.append(b)
            if i and i % L['banner'] == 0:
                out.append(('banner', slogan))
        out.append(('banner', slogan))
        B = out
    return B


def compose_request(L):
    """A bare incoming request: questions only."""
    a = AUTH[L['auth']]
    B = [('pre', f"To: FOI Officer, {a['name']}\nFrom: requester\nSent: {fdate(L['date'], L.get('dstyle', 'long'))}"),
         ('p', f"Subject: {L['title']}"), ('p', 'Dear Sir or Madam,'),
         ('p', L.get('req_intro', 'Under the Freedom of Information Act 2000 please provide the following information.'))]
    restate(L, B)
    B.append(('p', 'I would prefer to receive the information electronically. Thank you for your help.'))
    B.append(('p', 'Yours faithfully,\nR. Ashworth'))
    return B
