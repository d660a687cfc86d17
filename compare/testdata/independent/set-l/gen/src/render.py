"""Render a letter (truth) into blocks, then into txt / md / html / PostScript."""
import datetime, html, re, textwrap

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def ordinal(n):
    return '%d%s' % (n, 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fdate(iso, df):
    d = datetime.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return {'long': '%d %s %d' % (d.day, m, d.year),
            'ord': '%s %s %d' % (ordinal(d.day), m, d.year),
            'us': '%s %d, %d' % (m, d.day, d.year),
            'slash': d.strftime('%d/%m/%Y'),
            'dash': d.strftime('%d-%m-%Y'),
            'short': '%02d %s %d' % (d.day, m[:3], d.year)}[df]


# ------------------------------------------------------------------ authorities
AUTHS = {
    'lbt': dict(
        name='London Borough of Thamesbury',
        lh=['London Borough of Thamesbury', 'Information Governance Team', 'Thamesbury Town Hall',
            '1 Wharf Road', 'London SE16 9TB', 'Email: foi@thamesbury.gov.uk'],
        we='the Council', We='The Council', slug='thamesbury'),
    'sev': dict(
        name='Severnmoor Constabulary',
        lh=['Chief Constable', 'Chief Constable Helen Marsh', 'Police Headquarters', 'Highfield Lane',
            'Severnmoor Bridge', 'SV3 1PQ'],
        we='Severnmoor Constabulary', We='Severnmoor Constabulary', slug='severnmoor',
        banner='SEVERNMOOR CONSTABULARY  |  Safer Roads, Safer Streets  |  Armed Forces Covenant Signatory'),
    'nkh': dict(
        name='North Kennet Hospitals NHS Foundation Trust',
        lh=['North Kennet Hospitals NHS Foundation Trust', 'Freedom of Information Office',
            'Kennet General Hospital', 'Bath Road', 'Kennetbury KB4 2HN'],
        we='the Trust', We='The Trust', slug='northkennet'),
    'cf': dict(
        name='Carrow Fells National Park Authority',
        lh=['Carrow Fells National Park Authority', 'Fell House', 'Market Street', 'Carrowby',
            'CF12 7LD', 'Tel: 01700 620 400'],
        we='the Authority', We='The Authority', slug='carrowfells'),
}

EXTXT = {
    ('s43(2)',): ['section 43(2) (commercial interests)', 'Section 43(2) – Commercial Interests', 's.43(2)'],
    ('s31(1)(a)',): ['section 31(1)(a) (law enforcement)', 'Section 31(1)(a) – Law Enforcement', 's.31(1)(a)'],
    ('s31(1)(a)', 's31(1)(b)'): ['Section 31(1)(a)(b), Law Enforcement', 'Section 31 (1) (a)(b) – Law Enforcement', 'section 31(1)(a) and (b)'],
    ('s24(2)', 's31(3)'): ['Section 24(2) National Security and Section 31(3) Law Enforcement',
                           'sections 24(2) and 31(3)', 'Section 24(2) and Section 31(3)'],
    ('s31(3)',): ['section 31(3) (law enforcement)', 'Section 31(3)', 's.31(3)'],
    ('s40(2)',): ['section 40(2) (personal information)', 'Section 40(2) – Personal Information', 's.40(2)'],
    ('reg12(5)(e)',): ['regulation 12(5)(e) (confidentiality of commercial or industrial information)',
                       'Regulation 12(5)(e) EIR', 'reg. 12(5)(e)'],
}

EXPLAIN = {
    'commercial': ('Commercial interests',
        'Disclosure of contract values would be likely to prejudice the commercial interests of {we} and of the contractor, '
        'because it would reveal pricing to competitors ahead of future procurement exercises. This is a qualified exemption and '
        'we have considered the public interest. Release would show how public money is spent, but {we} publishes its spending '
        'over £500 and the contract notice is public. We have concluded that the public interest in maintaining the exemption '
        'outweighs the public interest in disclosure. (We have not relied on section 41, information provided in confidence.)'),
    'lawenf': ('Law enforcement',
        'Disclosure would be likely to prejudice the prevention or detection of crime. Publishing details of this kind would '
        'give those intent on committing offences, including attacks on our systems, information they could use to their advantage. '
        'Factors favouring disclosure: transparency and accountability for the use of public funds. Factors favouring '
        'non-disclosure: the protection of systems and operations that support law enforcement. Balance test: the public '
        'interest lies in maintaining the exemption.'),
    'personal': ('Personal information',
        'The numbers involved are small and, combined with other information in the public domain, could identify the individuals '
        'concerned or their families. Disclosure would breach the first data protection principle, so the information is '
        'exempt. This exemption is absolute and no public interest test is required.'),
    'ncnd': ('Neither confirm nor deny',
        'To confirm or deny whether this information is held would itself reveal information of value to those who would '
        'seek to disrupt our systems or services. The duty to confirm or deny does not apply. This response should not be taken '
        'as conclusive evidence that the information you have requested does or does not exist.'),
}


def extext(ex, v=0):
    t = EXTXT[tuple(ex)]
    return t[v % len(t)]


def ex_fam(ex):
    from common import family
    return family(ex[0])


def default_answer(L, q, A):
    v = hash(L.key) % 3 if False else len(L.key) % 3
    if q.st == 'withheld':
        s = ['The information is held but is exempt from disclosure under %s. Please see the explanation below.',
             'Withheld – %s applies (see below).',
             '%s applies to this information; it is therefore withheld.'][v] % extext(q.ex, v)
        return s[0].upper() + s[1:]
    if q.st == 'ncnd':
        if L.auth == 'sev':
            return ('Severnmoor Constabulary can neither confirm nor deny that it holds the information you have requested '
                    'by virtue of %s.' % extext(q.ex, 0))
        if L.auth == 'lbt':
            return ('The Council can neither confirm nor deny whether it holds information within the scope of this question, '
                    'by virtue of %s of the Freedom of Information Act.' % extext(q.ex, 1))
        return 'We neither confirm nor deny whether this information is held, relying on %s.' % extext(q.ex, 1)
    if q.st == 'not_held':
        return '%s does not hold this information.' % A['We']
    if q.st == 'unknown':
        return ''
    return q.a


def answer(L, q, A):
    return q.a if q.a else default_answer(L, q, A)


# ------------------------------------------------------------------ blocks
def letter_blocks(L):
    A = AUTHS[L.auth]
    o = L.opts
    df = o.get('df', 'long')
    B = []
    if L.draft and L.style != 'bare':
        B.append(('p', 'DRAFT – for checking before issue'))
    if L.style == 'bare':
        return bare_blocks(L, A, df)
    B.append(('lh', A['lh']))
    act = 'Environmental Information Regulations 2004' if L.regime == 'eir' else 'Freedom of Information Act 2000'
    if L.auth == 'sev':
        B.append(('p', fdate(L.date, df)))
        B.append(('p', 'Dear'))
        B.append(('h', 'FREEDOM OF INFORMATION REQUEST – %s %s' % (L.ref, L.title)))
        intro = ('I refer to your request for information received by Severnmoor Constabulary on the %s. '
                 'I note you seek access to the following information:' % fdate(L.received, 'ord'))
    elif L.auth == 'nkh':
        B.append(('meta', [('Request reference:', L.ref), ('Date received:', fdate(L.received, df)),
                           ('Date of response:', fdate(L.date, df))]))
        B.append(('p', 'Dear Requester'))
        B.append(('h', 'Re: Freedom of Information request – %s' % L.title))
        intro = ('Thank you for your request dated %s. The Trust has processed it under the %s and our response is set out below.'
                 % (fdate(L.received, df), act))
    elif L.auth == 'cf':
        B.append(('meta', [('Our reference:', L.ref), ('Date:', fdate(L.date, df))]))
        B.append(('p', 'Dear Sir or Madam'))
        B.append(('h', '%s – %s' % ('Environmental Information Regulations 2004' if L.regime == 'eir' else 'Freedom of Information', L.title)))
        intro = 'Thank you for your request for information, which we received on %s.' % fdate(L.received, df)
        if L.regime == 'eir':
            intro += (' Because your request concerns environmental information (measures affecting the land and landscape of the '
                      'National Park), we have dealt with it under the Environmental Information Regulations 2004 rather than the '
                      'Freedom of Information Act 2000.')
    else:
        B.append(('meta', [('Our ref:', L.ref), ('Date:', fdate(L.date, df))]))
        B.append(('p', 'Dear Requester'))
        B.append(('h', 'Freedom of Information Act 2000 – %s' % L.title))
        intro = ('Thank you for your request for information received on %s, which has been dealt with under the %s.'
                 % (fdate(L.received, df), act))
        if o.get('mention'):
            intro += (' You may also find our response to an earlier request, reference %s, helpful; it is published in our '
                      'disclosure log.' % o['mention'])
    B.append(('p', intro))
    body = {'restate': restate, 'interleaved': interleaved, 'youasked': youasked, 'table': table,
            'decision': decision, 'prose': prose}[L.style](L, A)
    B += body
    if L.style != 'decision':
        B += explanations(L, A)
    B += closing(L, A)
    if A.get('banner'):
        out = []
        for i, b in enumerate(B):
            out.append(b)
            if i and i % 11 == 0:
                out.append(('banner', A['banner']))
        out.append(('banner', A['banner']))
        B = out
    return B


def plabels(L):
    pt = L.opts.get('part_titles')
    if len(L.parts) == 1:
        return [None]
    return pt or ['Part %d' % (i + 1) for i in range(len(L.parts))]


def qlabel(tmpl, n):
    return tmpl.replace('(a)', '(%s)' % 'abcdefghij'[n - 1]).format(n=n, l='abcdefghij'[n - 1])


def restate(L, A):
    o = L.opts
    B = [] if L.auth == 'sev' else [('p', 'You asked for the following information:')]
    for part, title in zip(L.parts, plabels(L)):
        if title:
            B.append(('h3', title))
        for q in part:
            B.append(('item', qlabel(o.get('num', '{n}.'), q.number), q.text))
    B.append(('h', 'Response'))
    if L.auth == 'sev':
        B.append(('p', 'Your request for information has now been considered and the response is provided below.'))
    for part, title in zip(L.parts, plabels(L)):
        if title:
            B.append(('h3', 'Part %d' % part[0].part))
        qs = list(part)
        if o.get('outoforder'):
            qs = qs[1:] + qs[:1]
        for q in qs:
            key = qlabel(o.get('key', '{n}. '), q.number)
            B.append(('p', key + answer(L, q, A)))
    return B


def interleaved(L, A):
    o = L.opts
    B = []
    for part, title in zip(L.parts, plabels(L)):
        if title:
            B.append(('h3', title))
        for q in part:
            B.append(('item', qlabel(o['qlab'], q.number), q.text))
            B.append(('item', qlabel(o['alab'], q.number), answer(L, q, A)))
    return B


def youasked(L, A):
    B = []
    for part, title in zip(L.parts, plabels(L)):
        if title:
            B.append(('h3', title))
        for q in part:
            B.append(('h4', 'You asked:'))
            B.append(('p', q.text))
            B.append(('h4', 'Our response:'))
            B.append(('p', answer(L, q, A)))
    return B


def table(L, A):
    cols = L.opts.get('cols', 2)
    B = [('p', 'Our response to each part of your request is given in the table below.')]
    for part, title in zip(L.parts, plabels(L)):
        if title:
            B.append(('h3', title))
        if cols == 3:
            rows = [[str(q.number), q.text, answer(L, q, A)] for q in part]
            B.append(('table', ['No.', 'Information requested', 'Response'], rows))
        else:
            rows = [[q.text, answer(L, q, A)] for q in part]
            B.append(('table', ['Question', 'Response'], rows))
    return B


def prose(L, A):
    qs = L.questions
    req = 'You asked ' + ', '.join(q.text for q in qs[:-1]) + ', and ' + qs[-1].text + '.'
    B = [('p', req), ('p', 'I can now respond as follows.')]
    for q in qs:
        B.append(('p', answer(L, q, A)))
    return B


def numlist(ns):
    ns = [str(n) for n in ns]
    return ns[0] if len(ns) == 1 else ', '.join(ns[:-1]) + ' and ' + ns[-1]


def decision(L, A):
    B = []
    for part, title in zip(L.parts, plabels(L)):
        if title:
            B.append(('p', title))
        for q in part:
            B.append(('item', '%d.' % q.number, q.text))
    groups = {}
    for q in L.questions:
        if q.st == 'withheld':
            groups.setdefault(tuple(q.ex), []).append(q)
    for ex, qs in groups.items():
        bits = []
        for pi in sorted({q.part for q in qs}):
            ns = [q.number for q in qs if q.part == pi]
            bits.append('question%s %s in part %d of your request' % ('s' if len(ns) > 1 else '', numlist(ns), pi))
        B.append(('p', 'Your request for information has now been considered and I can confirm %s does hold information you '
                       'request; however I will be citing the exemption %s to %s.' % (A['name'], extext(list(ex), 0), ' and '.join(bits))))
        name, text = EXPLAIN[ex_fam(list(ex))]
        B.append(('h4', 'Evidence of Harm'))
        B.append(('p', text.format(we=A['we'])))
        B.append(('h4', 'Public Interest Test'))
        B.append(('p', 'Factors favouring disclosure – disclosure would show how public funds are used. Factors favouring '
                       'non-disclosure – revealing suppliers and contract dates for force ICT would assist those intent on attacking '
                       'police systems. Balance test – the balance lies in non-disclosure.'))
    rest = [q for q in L.questions if q.st != 'withheld']
    bits = []
    for pi in sorted({q.part for q in rest}):
        ns = [q.number for q in rest if q.part == pi]
        bits.append('question%s %s in part %d' % ('s' if len(ns) > 1 else '', numlist(ns), pi))
    B.append(('p', 'The response to %s is provided below.' % ' and '.join(bits)))
    for pi in sorted({q.part for q in rest}):
        B.append(('h3', 'Part %d' % pi))
        for q in rest:
            if q.part == pi:
                B.append(('p', 'Question %d – %s' % (q.number, answer(L, q, A))))
    return B


def explanations(L, A):
    fams = []
    for q in L.questions:
        if q.st in ('withheld', 'partially_released'):
            f = ex_fam(q.ex)
        elif q.st == 'ncnd':
            f = 'ncnd'
        else:
            continue
        if f not in fams:
            fams.append(f)
    B = []
    for f in fams:
        name, text = EXPLAIN[f]
        B.append(('h4', name))
        text = text.format(we=A['we'])
        if L.regime == 'eir':
            text = text.replace('exemption', 'exception')
        B.append(('p', text))
    return B


def closing(L, A):
    if L.auth == 'sev':
        return [('h4', 'Complaint Rights'),
                ('p', 'Your attention is drawn to the attached sheet, which details your right of complaint.'),
                ('p', 'I would like to take this opportunity to thank you for your interest in Severnmoor Constabulary.'),
                ('sig', ['Yours sincerely', '', 'Freedom of Information Officer', 'Information Rights Unit'])]
    rev = 'regulation 11 of the EIR' if L.regime == 'eir' else 'our internal review procedure'
    B = [('h4', 'Your right to complain'),
         ('p', 'If you are unhappy with this response you may ask for an internal review under %s within 40 working days of '
               'the date of this letter. If you remain dissatisfied you can complain to the Information Commissioner under '
               'section 50 of the Freedom of Information Act 2000 (Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF).' % rev)]
    if L.auth == 'nkh':
        B.append(('p', 'Most information we supply may be re-used under the Open Government Licence.'))
    B.append(('sig', ['Yours faithfully', '', 'Information Governance', A['name']]))
    return B


def bare_blocks(L, A, df):
    B = [('lh', ['%s – Freedom of Information Unit' % A['name'], 'New request logged']),
         ('meta', [('Reference:', L.ref), ('Received:', fdate(L.received, df)), ('Status:', 'Awaiting response'),
                   ('Response due:', fdate(L.opts.get('due', '2026-03-09'), df))]),
         ('p', '-----Original Message-----'),
         ('meta', [('Sent:', fdate(L.received, 'short') + ' 08:14'), ('To:', 'FOI Unit'),
                   ('Subject:', 'Freedom of Information request – %s' % L.title.lower())]),
         ('p', 'Dear Sir or Madam,'),
         ('p', 'Under the Freedom of Information Act 2000 I would like to request the following information:')]
    for q in L.questions:
        B.append(('item', '%d.' % q.number, q.text))
    B.append(('p', 'I would prefer to receive the information by email. Many thanks for your help.'))
    return B


# ------------------------------------------------------------------ serialisers
def to_text(B, md=False, width=None):
    out = []

    def para(t):
        if width:
            return '\n'.join(textwrap.wrap(t, width)) or ''
        return t
    for b in B:
        k = b[0]
        if k == 'lh':
            out.append('\n'.join(('**%s**' % l if md and i == 0 else l) for i, l in enumerate(b[1])))
        elif k == 'meta':
            out.append('\n'.join(('%s %s' % kv) + ('  ' if md else '') for kv in b[1]))
        elif k == 'h':
            out.append(('## ' if md else '') + b[1])
        elif k in ('h3', 'h4'):
            out.append(('### ' if md and k == 'h3' else '') + (('**%s**' % b[1]) if md and k == 'h4' else b[1]))
        elif k == 'p':
            out.append(para(b[1]))
        elif k == 'item':
            t = '%s %s' % (b[1], b[2])
            if width:
                t = '\n'.join(textwrap.wrap(t, width, subsequent_indent='   '))
            out.append(t)
        elif k == 'table':
            if md:
                rows = [b[1], ['---'] * len(b[1])] + b[2]
                out.append('\n'.join('| ' + ' | '.join(c.replace('|', '/') for c in r) + ' |' for r in rows))
            else:
                for r in b[2]:
                    out.append('\n'.join('%s: %s' % (h, c) for h, c in zip(b[1], r)))
        elif k == 'banner':
            out.append(('_%s_' % b[1]) if md else '\n%s\n' % b[1])
        elif k == 'sig':
            out.append('\n'.join(b[1]))
    return '\n\n'.join(out) + '\n'


CSS = ('body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:2em;} table{border-collapse:collapse;width:100%;}'
       'td,th{border:1px solid #444;padding:4px;vertical-align:top;text-align:left;} .lh{text-align:right;}'
       '.banner{text-align:center;color:#335;font-size:9pt;margin:2em 0;} nav a{margin-right:1em;}'
       '.cookie{background:#eee;border:1px solid #999;padding:6px;font-size:9pt;} footer{font-size:9pt;color:#555;margin-top:3em;}')


def to_html(B, title, A=None, chrome=False, date=None):
    e = html.escape
    h = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (e(title), CSS)]
    if chrome:
        h.append('<div class="cookie">We use cookies to make this site work and to understand how you use it. '
                 '<button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="#">Cookie settings</a></div>')
        h.append('<header><p><strong>%s</strong></p><nav><a href="#">Home</a><a href="#">Services</a><a href="#">About us</a>'
                 '<a href="#">Freedom of information</a><a href="#">Disclosure log</a><a href="#">Contact us</a></nav>'
                 '<p>You are here: Home &gt; About us &gt; Freedom of information &gt; Disclosure log &gt; %s</p></header><main>'
                 % (e(A['name']), e(title)))
        h.append('<h1>Disclosure log: %s</h1>' % e(title))
    ol = None
    for b in B:
        k = b[0]
        if k == 'lh':
            h.append('<div class="lh">' + '<br>'.join(e(l) for l in b[1]) + '</div>')
        elif k == 'meta':
            h.append('<p>' + '<br>'.join('<strong>%s</strong> %s' % (e(a), e(v)) for a, v in b[1]) + '</p>')
        elif k == 'h':
            h.append('<h2>%s</h2>' % e(b[1]))
        elif k == 'h3':
            h.append('<h3>%s</h3>' % e(b[1]))
        elif k == 'h4':
            h.append('<p><strong>%s</strong></p>' % e(b[1]))
        elif k == 'p':
            h.append('<p>%s</p>' % e(b[1]))
        elif k == 'item':
            h.append('<p>%s %s</p>' % (e(b[1]), e(b[2])))
        elif k == 'table':
            h.append('<table><tr>' + ''.join('<th>%s</th>' % e(c) for c in b[1]) + '</tr>' +
                     ''.join('<tr>' + ''.join('<td>%s</td>' % e(c) for c in r) + '</tr>' for r in b[2]) + '</table>')
        elif k == 'banner':
            h.append('<div class="banner">%s</div>' % e(b[1]))
        elif k == 'sig':
            h.append('<p>' + '<br>'.join(e(l) for l in b[1]) + '</p>')
    if chrome:
        h.append('</main><aside><h3>Related disclosures</h3><ul><li><a href="#">Street cleansing contract</a></li>'
                 '<li><a href="#">Staff numbers by directorate</a></li></ul><p>Was this page helpful? <a href="#">Yes</a> '
                 '<a href="#">No</a></p></aside>')
        h.append('<footer>&copy; %s %s &middot; <a href="#">Accessibility statement</a> &middot; <a href="#">Privacy</a> '
                 '&middot; <a href="#">Terms</a><br>Page last updated: %s</footer>' % (e(A['name']), (date or '')[:4], e(date or '')))
    h.append('</body></html>')
    return '\n'.join(h) + '\n'


ASCII = {'–': '-', '—': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '•': '*', '…': '...', '\u00a0': ' '}


def to_ps(B, pages_footer='Page %d'):
    text = to_text(B, width=78)
    for k, v in ASCII.items():
        text = text.replace(k, v)
    lines = text.split('\n')
    per = 58
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]

    def esc(s):
        out = ''
        for ch in s:
            if ch in '()\\':
                out += '\\' + ch
            elif ord(ch) < 128:
                out += ch
            elif ord(ch) < 256:
                out += '\\%03o' % ord(ch)
            else:
                out += '?'
        return out
    ps = ['%!PS-Adobe-3.0', '%%%%Pages: %d' % len(pages), '%%EndComments',
          '/Courier findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall',
          '/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put dup 96 /grave put def',
          'currentdict end /Courier-L1 exch definefont pop',
          '/F { /Courier-L1 findfont 10 scalefont setfont } def']
    for i, pg in enumerate(pages, 1):
        ps.append('%%%%Page: %d %d' % (i, i))
        ps.append('<< /PageSize [595 842] >> setpagedevice F')
        y = 790
        for ln in pg:
            if ln:
                ps.append('56 %d moveto (%s) show' % (y, esc(ln)))
            y -= 12
        ps.append('270 40 moveto (%s) show' % esc(pages_footer % i))
        ps.append('showpage')
    ps.append('%%EOF')
    return '\n'.join(ps) + '\n'
