#!/usr/bin/env python3
"""Build evaluation set Y: render fictional FOI letters and derive labels.

Usage: python3 make.py            (render everything and write expect.json)
       python3 make.py --labels   (only print the derived labels; no rendering)

Standard library only; rendering calls soffice, chromium and gs.
"""
import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'src'))
from concepts import C  # noqa: E402
from letters import LETTERS  # noqa: E402

BUILD = os.path.join(HERE, 'build')
HIST = os.path.join(HERE, 'history')
DRAFTS = os.path.join(HERE, 'drafts')

# ---------------------------------------------------------------- authorities
AUTH = {
    'fire': dict(
        name='Marchshire Fire and Rescue Service', short='the Service', Short='The Service',
        head=['Marchshire Fire and Rescue Service', 'Service Headquarters', 'Thornbury Road',
              'Kelsford', 'MR4 7TB'],
        email='foi@marchshire-fire.gov.example', datef='long', exstyle='Section',
        slogan='Making Marchshire Safer Together',
        sign=['Yours sincerely', '', 'Information Governance Team',
              'Marchshire Fire and Rescue Service']),
    'cc': dict(
        name='Harrowdale County Council', short='the council', Short='The council',
        head=['Harrowdale County Council', 'Information Governance', 'County Hall',
              'Market Street', 'Harrowdale', 'HD1 2QA'],
        email='information.requests@harrowdale.gov.example', datef='ord', exstyle='section',
        slogan='', sign=['Yours sincerely', '', 'Information Governance Officer',
                         'Harrowdale County Council']),
    'amb': dict(
        name='North Moorland Ambulance Service NHS Foundation Trust', short='the Trust',
        Short='The Trust',
        head=['North Moorland Ambulance Service', 'NHS Foundation Trust', 'Moorgate House',
              'Ravensby', 'NM3 9AL'],
        email='nmas.foi@nhs.example', datef='slash', exstyle='s.',
        slogan='Caring for you when it matters most',
        sign=['Kind regards', '', 'Freedom of Information Team',
              'North Moorland Ambulance Service NHS Foundation Trust']),
    'gov': dict(
        name='National Land Records Agency', short='the Agency', Short='The Agency',
        head=['National Land Records Agency', 'Information Rights Team', '1 Ledger Square',
              'Wexcombe', 'WX1 4RD'],
        email='information.rights@nlra.gov.example', datef='long', exstyle='section',
        slogan='', sign=['Yours sincerely', '', 'Information Rights Team',
                         'National Land Records Agency']),
}

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

# ---------------------------------------------------------------- fact formatting
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
        'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')
    if n < 1000:
        r = n % 100
        return ONES[n // 100] + ' hundred' + (' and ' + words(r) if r else '')
    r = n % 1000
    return words(n // 1000) + ' thousand' + ((' and ' if r < 100 else ', ') + words(r) if r else '')


def ordinal(d):
    if 11 <= d <= 13:
        return '%dth' % d
    return '%d%s' % (d, {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


def fmt_date(iso, style):
    d = dt.date.fromisoformat(iso)
    if style == 'long':
        return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if style == 'ord':
        return '%s %s %d' % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == 'slash':
        return d.strftime('%d/%m/%Y')
    if style == 'us':
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 'dash':
        return d.strftime('%d-%m-%Y')
    raise ValueError(style)


def trim(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s


def fmt_fact(kind, v, fs, auth):
    if kind == 'int':
        if fs == 'words':
            return words(v)
        if fs == 'nocomma':
            return str(v)
        return '{:,}'.format(v)
    if kind == 'money':
        if fs == 'm':
            return '£%sm' % trim(v / 1e6)
        if fs == 'million':
            return '£%s million' % trim(v / 1e6)
        if fs == 'k':
            return '£%sk' % trim(v / 1e3)
        if isinstance(v, float):
            return '£{:,.2f}'.format(v)
        return '£{:,}'.format(v)
    if kind == 'date':
        return fmt_date(v, fs or AUTH[auth]['datef'])
    if kind == 'years':
        return (words(v) if fs == 'words' else str(v)) + ' years'
    if kind == 'pct':
        return ('%d per cent' % v) if fs == 'percent' else ('%d%%' % v)
    if kind == 'text':
        return v
    raise ValueError(kind)


# ---------------------------------------------------------------- exemptions
EXTITLE = {'21': 'information accessible by other means', '24': 'national security',
           '31': 'law enforcement', '36': 'prejudice to effective conduct of public affairs',
           '40': 'personal information', '43': 'commercial interests'}
HARM = {
    '43': 'Disclosure would be likely to prejudice the commercial interests of the supplier, and of {short} in future procurement exercises. The public interest in transparency about the use of public money is acknowledged, but on balance it favours withholding the information.',
    '31': 'Disclosure would be likely to prejudice the prevention and detection of crime, as it would give useful information to anyone intent on attacking the systems or operations of {short}. The public interest favours maintaining the exemption.',
    '24': 'Exemption from disclosure is required for the purpose of safeguarding national security. The public interest in maintaining the exemption outweighs the public interest in disclosure.',
    '40': 'The information is the personal data of a member of staff and its disclosure would breach the data protection principles.',
    '36': 'In the reasonable opinion of the qualified person, disclosure while a re-procurement is under way would be likely to prejudice the effective conduct of public affairs. The public interest favours withholding it.',
    'reg12(5)(e)': 'Disclosure would adversely affect the confidentiality of commercial information where that confidentiality is provided by law to protect a legitimate economic interest. The public interest favours maintaining the exception.',
}


def ex_base(e):
    m = re.match(r's(\d+)', e)
    return m.group(1) if m else e


def ex_name(e, style, with_title=True):
    m = re.match(r's(\d+)(.*)', e)
    if m:
        num, rest = m.groups()
        if style == 'Section':
            s = 'Section %s%s' % (num, rest)
        elif style == 's.':
            s = 's.%s%s' % (num, rest)
        elif style == 'spaced':
            s = 'section %s %s' % (num, ' '.join(re.findall(r'\([^)]*\)', rest)))
        else:
            s = 'section %s%s' % (num, rest)
        if with_title:
            t = EXTITLE[num]
            s += ' (%s)' % (t.title() if style == 'Section' else t)
        return s
    m = re.match(r'reg(.*)', e)
    return 'regulation %s' % m.group(1) + (' (confidentiality of commercial information)' if with_title else '')


def ex_list(exs, style, with_title=True):
    names = [ex_name(e, style, with_title) for e in exs]
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1]


# ---------------------------------------------------------------- answers
def answer_text(L, q):
    A = AUTH[L['auth']]
    c = C[q.c]
    st = q.stance
    if q.ans:
        return q.ans
    if st == 'released':
        if c['kind'] == 'yesno':
            return c['a'] if q.fact else c['a_no']
        v = fmt_fact(c['kind'], q.fact, q.fs, L['auth'])
        s = c['a'].format(v=v)
        return s[0].upper() + s[1:]
    if st == 'withheld':
        harm = HARM.get(q.ex[0] if q.ex[0].startswith('reg') else ex_base(q.ex[0]), '')
        return 'This information is withheld under %s. %s' % (
            ex_list(q.ex, A['exstyle']), harm.format(short=A['short']))
    if st == 'ncnd':
        what = 'national security' if any(e.startswith('s24') for e in q.ex) else 'law enforcement'
        s = ('%s can neither confirm nor deny whether it holds this information, by virtue of %s, '
             'as confirming or denying would itself be likely to prejudice %s.'
             % (A['Short'], ex_list(q.ex, A['exstyle'], False), what))
        if L['auth'] in ('amb', 'gov'):
            s += ' This should not be taken as an indication of whether or not the information exists.'
        return s
    if st == 'not_held':
        return '%s does not hold this information.' % A['Short']
    raise ValueError('need explicit answer for %s %s' % (L['ref'], q.c))


def qtext(q):
    w = C[q.c]['w']
    return q.w if isinstance(q.w, str) else w[q.w]


# ---------------------------------------------------------------- letter blocks
def intro_blocks(L):
    A = AUTH[L['auth']]
    a = L['auth']
    rd = fmt_date(L['recv'], A['datef'])
    eir = L['regime'] == 'eir'
    act = 'Environmental Information Regulations 2004' if eir else 'Freedom of Information Act 2000'
    b = []
    if L['draft'] and L['style'] != 'bare':
        b.append(('mark', 'DRAFT - NOT FOR RELEASE - for checking before issue'))
    if a == 'gov':
        b.append(('mark', 'OFFICIAL'))
    b.append(('lh', A['head']))
    d = fmt_date(L['date'], A['datef'])
    if a == 'fire':
        b.append(('meta', ['Our Ref: %s' % L['ref'], 'Date: %s' % d]))
        b.append(('p', 'Dear'))
        b.append(('h', 'FREEDOM OF INFORMATION REQUEST - %s - %s' % (L['ref'], L['title'])))
        b.append(('p', 'I refer to your request for information received by Marchshire Fire and Rescue Service on %s. Your request has been handled under the %s.' % (rd, act)))
    elif a == 'cc':
        b.append(('meta', ['Date: %s' % d, 'Reference: %s' % L['ref'], 'Contact: Information Governance', 'Email: %s' % A['email']]))
        b.append(('p', 'Dear'))
        b.append(('h', '%s - Request for information: %s' % (act, L['title'])))
        b.append(('p', 'Thank you for your request for information, which we received on %s. We have dealt with your request under the %s.' % (rd, act)))
    elif a == 'amb':
        b.append(('meta', ['Date: %s' % d, 'FOI Reference: %s' % L['ref']]))
        b.append(('p', 'Dear'))
        b.append(('h', 'Re: Freedom of Information Request %s' % L['ref']))
        b.append(('p', 'Thank you for your email dated %s in which you asked for information about %s. Your request has been processed under the Freedom of Information Act 2000.' % (rd, L['title'][0].lower() + L['title'][1:])))
    else:
        b.append(('meta', ['Our reference: %s' % L['ref'], d]))
        b.append(('p', 'Dear'))
        b.append(('h', 'Freedom of Information request %s: %s' % (L['ref'], L['title'])))
        b.append(('p', 'Thank you for your request of %s. We have handled it under the Freedom of Information Act 2000 (FOIA).' % rd))
    return b


def closing_blocks(L):
    A = AUTH[L['auth']]
    a = L['auth']
    b = []
    if a == 'gov':
        b.append(('p', 'Please note that the Agency may refuse requests where the cost of compliance would exceed the appropriate limit of £600 (section 12 of the FOIA). That limit was not reached in this case.'))
    b.append(('p', 'If you are unhappy with the way your request has been handled, you may ask for an internal review by writing to %s within 40 working days of the date of this letter. If you remain dissatisfied after the internal review, you have the right to apply to the Information Commissioner under section 50 of the Freedom of Information Act 2000. The Commissioner can be contacted at: Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.' % A['email']))
    b.append(('sig', A['sign']))
    if a == 'gov':
        b.append(('mark', 'OFFICIAL'))
    return b


def numbered_request(L, lead=True):
    b = []
    if lead:
        b.append(('p', {'fire': 'I note you seek access to the following information:',
                        'cc': 'You asked for the following information:',
                        'amb': 'Your request was as follows:',
                        'gov': 'You asked:'}[L['auth']]))
    if L['preamble']:
        b.append(('quote', L['preamble']))
    for pi, part in enumerate(L['parts']):
        if L['part_titles']:
            b.append(('quote', L['part_titles'][pi]))
        b.append(('list', [('%d.' % (i + 1), qtext(q)) for i, q in enumerate(part)]))
    return b


def part_label(L, pi):
    return 'Part %d' % (pi + 1)


def style_restate(L):
    b = numbered_request(L)
    b.append(('h2', 'Response'))
    b.append(('p', 'Please find our response to each question below.'))
    order = L['opts'].get('order')
    for pi, part in enumerate(L['parts']):
        if len(L['parts']) > 1:
            b.append(('h3', part_label(L, pi)))
        idx = order if (order and pi == 0) else range(len(part))
        for i in idx:
            q = part[i]
            if order:
                b.append(('p', 'In answer to point %d: %s' % (i + 1, answer_text(L, q))))
            else:
                b.append(('p', 'Question %d - %s' % (i + 1, answer_text(L, q))))
    return b


def style_interleaved(L):
    b = [('p', 'Your questions and our answers are set out below.')]
    ql = L['opts'].get('qlabel')
    al = L['opts'].get('alabel', 'Response')
    if L['preamble']:
        b.append(('quote', L['preamble']))
    for pi, part in enumerate(L['parts']):
        if L['part_titles']:
            b.append(('h3', L['part_titles'][pi]))
        for i, q in enumerate(part):
            if ql:
                b.append(('q', ql.format(n=i + 1) + ':', qtext(q)))
            else:
                b.append(('q', '%d.' % (i + 1), qtext(q)))
            b.append(('p', '%s: %s' % (al, answer_text(L, q))))
    return b


def style_qa(L):
    b = [('p', 'Our response to each of your questions follows.')]
    for pi, part in enumerate(L['parts']):
        if L['part_titles']:
            b.append(('h3', L['part_titles'][pi]))
        for i, q in enumerate(part):
            b.append(('q', 'Q%d.' % (i + 1), qtext(q)))
            b.append(('q', 'A%d.' % (i + 1), answer_text(L, q)))
    return b


def style_youasked(L):
    b = []
    for pi, part in enumerate(L['parts']):
        if L['part_titles']:
            b.append(('h3', L['part_titles'][pi]))
        for q in part:
            b.append(('h4', 'You asked:'))
            b.append(('p', qtext(q)))
            b.append(('h4', 'Our response:'))
            b.append(('p', answer_text(L, q)))
    return b


def style_table(L):
    b = [('p', 'The information you requested is set out in the table below.')]
    numbered = L['auth'] == 'cc' and L['fmt'] != 'pdf-soffice'
    for pi, part in enumerate(L['parts']):
        if L['part_titles']:
            b.append(('h3', L['part_titles'][pi]))
        rows = []
        for i, q in enumerate(part):
            r = [qtext(q), answer_text(L, q)]
            if numbered:
                r = [str(i + 1)] + r
            rows.append(r)
        hdr = (['Ref'] if numbered else []) + ['Your request', 'Our response']
        b.append(('table', hdr, rows))
    return b


def style_prose(L):
    texts = [qtext(q) for q in L['parts'][0]]
    b = [('p', 'You wrote:'), ('quote', L['prose'].format(*texts))]
    b.append(('p', 'For ease of reference we have numbered the points in your request. Our response is as follows.'))
    for i, q in enumerate(L['parts'][0]):
        b.append(('q', '%d.' % (i + 1), answer_text(L, q)))
    return b


def qref_list(items, multipart):
    """items: [(part, num)] -> 'questions 3 and 4 in part 1 and question 3 in part 2'"""
    def nums(ns):
        ns = [str(n) for n in ns]
        word = 'question' if len(ns) == 1 else 'questions'
        return word + ' ' + (ns[0] if len(ns) == 1 else ', '.join(ns[:-1]) + ' and ' + ns[-1])
    if not multipart:
        return nums([n for _, n in items])
    out = []
    for p in sorted(set(p for p, _ in items)):
        out.append('%s in part %d of your request' % (nums([n for pp, n in items if pp == p]), p))
    return ' and '.join(out)


def style_decision(L):
    A = AUTH[L['auth']]
    b = numbered_request(L)
    multipart = len(L['parts']) > 1
    groups = {}
    for pi, part in enumerate(L['parts']):
        for i, q in enumerate(part):
            if q.stance == 'withheld':
                groups.setdefault(q.ex, []).append((pi + 1, i + 1))
    sents = []
    for ex, items in groups.items():
        sents.append('I will be citing the exemption%s %s in respect of %s' % ('s' if len(ex) > 1 else '',
            ex_list(ex, A['exstyle']), qref_list(items, multipart)))
    b.append(('p', 'Your request has now been considered and I can confirm that %s holds information relevant to your request. However, %s.' % (A['name'], '; and '.join(sents))))
    for ex in groups:
        b.append(('h3', ex_list(ex, A['exstyle'])))
        for e in ex:
            k = e if e.startswith('reg') else ex_base(e)
            b.append(('p', HARM[k].format(short=A['short'])))
    b.append(('h3', 'Public Interest Test'))
    b.append(('p', 'Factors favouring disclosure: openness about how public money is spent and how %s protects its services. Factors favouring non-disclosure: the harm described above, which would fall on the public %s serves. Balance test: having weighed these factors, the balance of the public interest lies in withholding the exempt information.' % (A['short'], A['short'])))
    rest = []
    for pi, part in enumerate(L['parts']):
        for i, q in enumerate(part):
            if q.stance != 'withheld':
                rest.append((pi + 1, i + 1, q))
    b.append(('p', 'The response to %s is provided below.' % qref_list([(p, n) for p, n, _ in rest], multipart)))
    cur = None
    for p, n, q in rest:
        if multipart and p != cur:
            b.append(('h3', 'Part %d' % p))
            cur = p
        b.append(('p', 'Question %d - %s' % (n, answer_text(L, q))))
    return b


def bare_blocks(L):
    A = AUTH[L['auth']]
    d = fmt_date(L['date'], 'long')
    b = [('meta', ['%s - Information Governance' % A['name'],
                   'Request logged: %s' % L['ref'], 'Received: %s' % d,
                   'Status: awaiting response']),
         ('hr',),
         ('meta', ['From: [requester name removed]', 'Sent: %s 09:14' % d,
                   'To: %s' % A['email'], 'Subject: Freedom of Information request - %s' % L['title']]),
         ('p', 'Dear %s,' % A['name']),
         ('p', 'Under the Freedom of Information Act 2000, please provide the following information about the library service:'),
         ('list', [('%d.' % (i + 1), qtext(q)) for i, q in enumerate(L['parts'][0])]),
         ('p', 'I would prefer to receive the information electronically, by reply to this email.'),
         ('p', 'Yours faithfully,'),
         ('p', '[name removed]')]
    return b


STYLES = dict(restate=style_restate, interleaved=style_interleaved, qa=style_qa,
              youasked=style_youasked, table=style_table, prose=style_prose,
              decision=style_decision)


def letter_blocks(L):
    if L['style'] == 'bare':
        return bare_blocks(L)
    return intro_blocks(L) + STYLES[L['style']](L) + closing_blocks(L)


# ---------------------------------------------------------------- backends
def wrap(s, width=78, indent=''):
    return textwrap.fill(s, width, subsequent_indent=indent, break_on_hyphens=False) if width else s


def render_text(blocks, md=False, width=78):
    out = []
    for bl in blocks:
        k = bl[0]
        if k == 'mark':
            out += [bl[1], '']
        elif k == 'lh':
            out += list(bl[1]) + ['']
        elif k == 'meta':
            out += list(bl[1]) + ['']
        elif k == 'h':
            out += (['## ' + bl[1]] if md else [bl[1], '-' * min(len(bl[1]), 78)]) + ['']
        elif k == 'h2':
            out += (['### ' + bl[1]] if md else [bl[1].upper()]) + ['']
        elif k in ('h3', 'h4'):
            out += (['**' + bl[1] + '**'] if md else [bl[1]]) + ['']
        elif k == 'p':
            out += [wrap(bl[1], 0 if md else width), '']
        elif k == 'quote':
            out += [('> ' + bl[1]) if md else wrap(bl[1], width, '')] + ['']
        elif k == 'q':
            lab, t = bl[1], bl[2]
            if md:
                lab = re.sub(r'^(\d+)\.$', r'\1\\.', lab)
                out += ['%s %s' % (lab, t), '']
            else:
                out += [wrap('%s %s' % (lab, t), width, ' ' * (len(lab) + 1)), '']
        elif k == 'list':
            for lab, t in bl[1]:
                if md:
                    out.append('%s %s' % (lab, t))
                else:
                    out.append(wrap('%s %s' % (lab, t), width, ' ' * (len(lab) + 1)))
            out.append('')
        elif k == 'table':
            assert md, 'tables only in md/html/pdf'
            hdr, rows = bl[1], bl[2]
            out.append('| ' + ' | '.join(hdr) + ' |')
            out.append('|' + '|'.join('---' for _ in hdr) + '|')
            for r in rows:
                out.append('| ' + ' | '.join(c.replace('|', '/') for c in r) + ' |')
            out.append('')
        elif k == 'sig':
            out += list(bl[1]) + ['']
        elif k == 'hr':
            out += ['-' * 60, '']
    return '\n'.join(out).rstrip() + '\n'


CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.35;margin:0 8mm}
.lh{text-align:right;font-size:10pt}.meta{margin:1em 0}.mark{text-align:center;font-weight:bold}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}
blockquote{margin-left:2em;font-style:italic}.footer{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:8pt;color:#555}
"""


def render_html_body(blocks):
    e = html.escape
    out = []
    for bl in blocks:
        k = bl[0]
        if k == 'mark':
            out.append('<p class="mark">%s</p>' % e(bl[1]))
        elif k == 'lh':
            out.append('<div class="lh">%s</div>' % '<br>'.join(e(x) for x in bl[1]))
        elif k == 'meta':
            out.append('<p class="meta">%s</p>' % '<br>'.join(e(x) for x in bl[1]))
        elif k == 'h':
            out.append('<h2>%s</h2>' % e(bl[1]))
        elif k == 'h2':
            out.append('<h3>%s</h3>' % e(bl[1]))
        elif k == 'h3':
            out.append('<p><b>%s</b></p>' % e(bl[1]))
        elif k == 'h4':
            out.append('<p><strong><u>%s</u></strong></p>' % e(bl[1]))
        elif k == 'p':
            out.append('<p>%s</p>' % e(bl[1]))
        elif k == 'quote':
            out.append('<blockquote><p>%s</p></blockquote>' % e(bl[1]))
        elif k == 'q':
            out.append('<p><b>%s</b> %s</p>' % (e(bl[1]), e(bl[2])))
        elif k == 'list':
            out.append('<p>' + '<br>'.join('%s %s' % (e(l), e(t)) for l, t in bl[1]) + '</p>')
        elif k == 'table':
            hdr, rows = bl[1], bl[2]
            ws = ['70', '240', '340'] if len(hdr) == 3 else ['270', '380']
            t = ['<table width="100%" cellpadding="4">' + ''.join('<col width="%s">' % w for w in ws)
                 + '<tr>' + ''.join('<th width="%s">%s</th>' % (w, e(h)) for w, h in zip(ws, hdr)) + '</tr>']
            for r in rows:
                t.append('<tr>' + ''.join('<td>%s</td>' % e(c) for c in r) + '</tr>')
            out.append(''.join(t) + '</table>')
        elif k == 'sig':
            out.append('<p>%s</p>' % '<br>'.join(e(x) for x in bl[1]))
        elif k == 'hr':
            out.append('<hr>')
    return '\n'.join(out)


def render_html(L, blocks, chrome=False, footer=True):
    A = AUTH[L['auth']]
    body = render_html_body(blocks)
    foot = ''
    if footer and A['slogan']:
        foot = '<div class="footer">%s | %s</div>' % (html.escape(A['name']), html.escape(A['slogan']))
    if chrome:
        pub = dt.date.fromisoformat(L['date']) + dt.timedelta(days=9)
        body = ("""<div id="cookie-banner"><p>We use cookies to make this website work and to collect analytics. <button>Accept all cookies</button> <button>Reject additional cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a href="/" class="logo">%(name)s</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/foi">Freedom of Information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<form action="/search"><input name="q" placeholder="Search this site"></form></header>
<nav class="breadcrumb">Home &gt; Freedom of Information &gt; Disclosure log &gt; %(ref)s</nav>
<main><h1>Disclosure log: %(title)s</h1>
<p class="summary">Request reference %(ref)s. Category: FOI responses.</p>
<article class="response">
%(body)s
</article></main>
<aside><h2>Related pages</h2><ul><li><a href="/foi/how-to">How to make a request</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li><li><a href="/foi/disclosure-log?year=%(year)s">More responses from %(year)s</a></li></ul></aside>
<footer><p>Page last updated: %(pub)s</p><p>&copy; %(name)s. <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a></p></footer>"""
                % dict(name=html.escape(A['name']), ref=html.escape(L['ref']), title=html.escape(L['title']),
                       body=body, year=L['date'][:4], pub=fmt_date(pub.isoformat(), 'long')))
        foot = ''
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s %s</title><style>%s</style></head>\n<body>\n%s\n%s\n</body></html>\n'
            % (html.escape(L['ref']), html.escape(L['title']), CSS, body, foot))


# ---- PostScript (for Ghostscript pdfwrite)
PS_W = 80
PS_LINES = 56


def ps_lines(L, blocks):
    """-> list of (font, text). font: R regular, B bold."""
    out = []

    def add(text, font='R', indent=''):
        for ln in textwrap.wrap(text, PS_W, subsequent_indent=indent, break_on_hyphens=False) or ['']:
            out.append((font, ln))

    for bl in blocks:
        k = bl[0]
        if k == 'mark':
            out.append(('B', bl[1].center(PS_W).rstrip()))
            out.append(('R', ''))
        elif k in ('lh',):
            for x in bl[1]:
                out.append(('R', x.rjust(PS_W)))
            out.append(('R', ''))
        elif k in ('meta', 'sig'):
            for x in bl[1]:
                out.append(('R', x))
            out.append(('R', ''))
        elif k in ('h', 'h2', 'h3', 'h4'):
            add(bl[1], 'B')
            out.append(('R', ''))
        elif k == 'p':
            add(bl[1])
            out.append(('R', ''))
        elif k == 'quote':
            for ln in textwrap.wrap(bl[1], PS_W - 4):
                out.append(('R', '    ' + ln))
            out.append(('R', ''))
        elif k == 'q':
            add('%s %s' % (bl[1], bl[2]), 'R', ' ' * (len(bl[1]) + 1))
            out.append(('R', ''))
        elif k == 'list':
            for lab, t in bl[1]:
                add('%s %s' % (lab, t), 'R', ' ' * (len(lab) + 1))
            out.append(('R', ''))
        elif k == 'table':
            hdr, rows = bl[1], bl[2]
            widths = [4, 30, 44] if len(hdr) == 3 else [32, 46]
            sep = '+' + '+'.join('-' * (w + 1) for w in widths) + '+'
            out.append(('R', sep[:PS_W + 2]))
            for i, r in enumerate([hdr] + rows):
                cols = [textwrap.wrap(c, w) or [''] for c, w in zip(r, widths)]
                h = max(len(c) for c in cols)
                for j in range(h):
                    cells = [(c[j] if j < len(c) else '').ljust(w) for c, w in zip(cols, widths)]
                    out.append(('B' if i == 0 else 'R', '|' + '|'.join(cells) + '|'))
                out.append(('R', sep[:PS_W + 2]))
            out.append(('R', ''))
        elif k == 'hr':
            out.append(('R', '-' * 60))
    return out


def ps_escape(s):
    s = (s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', "'")
         .replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"'))
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    return s


def render_ps(L, blocks):
    A = AUTH[L['auth']]
    lines = ps_lines(L, blocks)
    pages = [lines[i:i + PS_LINES] for i in range(0, len(lines), PS_LINES)]
    ps = ['%!PS-Adobe-3.0', '%%Title: ' + ps_escape(L['ref']), '%%Pages: %d' % len(pages), '%%EndComments',
          '/reenc { findfont dup length dict begin { 1 index /FID ne {def} {pop pop} ifelse } forall',
          '  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put def',
          '  currentdict end definefont pop } def',
          '/FR /Courier reenc /FB /Courier-Bold reenc /FS /Helvetica reenc',
          '/R { /FR findfont 10 scalefont setfont } def /B { /FB findfont 10 scalefont setfont } def']
    for pn, page in enumerate(pages, 1):
        ps.append('%%%%Page: %d %d' % (pn, pn))
        y = 790
        for font, text in page:
            if text:
                ps.append('%s 50 %d moveto (%s) show' % (font, y, ps_escape(text)))
            y -= 13
        foot = '%s  -  Page %d of %d' % (A['slogan'] or A['name'], pn, len(pages))
        ps.append('/FS findfont 8 scalefont setfont 50 30 moveto (%s) show' % ps_escape(foot))
        ps.append('showpage')
    ps.append('%%EOF')
    return '\n'.join(ps).encode('latin-1', errors='replace')


# ---------------------------------------------------------------- converters
def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s' % (cmd[0], r.stderr.decode()[-500:]))


def soffice(src, target, outdir):
    run(['soffice', '-env:UserInstallation=file://%s/lo' % BUILD, '--headless',
         '--convert-to', target, '--outdir', outdir, src])


def to_docx(html_path, dest):
    d = os.path.join(BUILD, 'docx')
    os.makedirs(d, exist_ok=True)
    soffice(html_path, 'docx:MS Word 2007 XML', d)
    out = os.path.join(d, os.path.splitext(os.path.basename(html_path))[0] + '.docx')
    shutil.copy(out, dest)
    return out


def to_pdf_soffice(html_path, dest):
    docx = to_docx(html_path, os.path.join(BUILD, os.path.basename(dest) + '.docx'))
    d = os.path.join(BUILD, 'sopdf')
    os.makedirs(d, exist_ok=True)
    soffice(docx, 'pdf', d)
    shutil.copy(os.path.join(d, os.path.splitext(os.path.basename(docx))[0] + '.pdf'), dest)


def to_pdf_chromium(html_path, dest):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--user-data-dir=%s/chrome' % BUILD, '--no-pdf-header-footer',
         '--print-to-pdf=%s' % dest, 'file://' + html_path])


def to_pdf_gs(ps_path, dest):
    run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite',
         '-sOutputFile=%s' % dest, ps_path])


EXT = {'txt': '.txt', 'md': '.md', 'html': '.html', 'docx': '.docx',
       'pdf-soffice': '.pdf', 'pdf-chromium': '.pdf', 'pdf-gs': '.pdf'}


def out_name(L):
    return L['name'] + EXT[L['fmt']]


def render(L):
    blocks = letter_blocks(L)
    dest_dir = DRAFTS if L['draft'] else HIST
    dest = os.path.join(dest_dir, out_name(L))
    fmt = L['fmt']
    stem = os.path.join(BUILD, L['name'])
    if fmt == 'txt':
        open(dest, 'w', encoding='utf-8').write(render_text(blocks))
    elif fmt == 'md':
        open(dest, 'w', encoding='utf-8').write(render_text(blocks, md=True))
    elif fmt == 'html':
        open(dest, 'w', encoding='utf-8').write(render_html(L, blocks, chrome=True))
    elif fmt == 'docx':
        hp = stem + '.html'
        open(hp, 'w', encoding='utf-8').write(render_html(L, blocks, footer=False))
        to_docx(hp, dest)
    elif fmt == 'pdf-soffice':
        hp = stem + '.html'
        open(hp, 'w', encoding='utf-8').write(render_html(L, blocks, footer=False))
        to_pdf_soffice(hp, dest)
    elif fmt == 'pdf-chromium':
        hp = stem + '.html'
        open(hp, 'w', encoding='utf-8').write(render_html(L, blocks))
        to_pdf_chromium(hp, dest)
    elif fmt == 'pdf-gs':
        pp = stem + '.ps'
        open(pp, 'wb').write(render_ps(L, blocks))
        to_pdf_gs(pp, dest)
    return dest


# ---------------------------------------------------------------- labels
EQUIV = {  # exemption -> comparison class (FOIA / EIR / FOISA equivalents)
    '21': 'accessible', 'reg6(1)(b)': 'accessible', 'foisa:s25': 'accessible',
    '24': 'natsec', 'reg12(5)(a)': 'natsec', 'foisa:s31': 'natsec',
    '31': 'law', 'reg12(5)(b)': 'law', 'foisa:s35': 'law',
    '36': 'publicaffairs', 'reg12(4)(e)': 'publicaffairs', 'foisa:s30': 'publicaffairs',
    '40': 'personal', 'reg13': 'personal', 'foisa:s38': 'personal',
    '43': 'commercial', 'reg12(5)(e)': 'commercial', 'foisa:s33': 'commercial',
}


def ex_class(e):
    if e.startswith('s'):
        return EQUIV.get(ex_base(e), e)
    for k, v in EQUIV.items():
        if e.startswith(k):
            return v
    return e


HELD = ('released', 'partially_released', 'withheld')


def finding_for(prev, cur):
    """Contract table applied to (precedent question, draft question) -> (kind, severity) or None."""
    P, Cc = prev.stance, cur.stance
    if 'unknown' in (P, Cc):
        return None
    if (P == 'ncnd') != (Cc == 'ncnd'):
        other = Cc if P == 'ncnd' else P
        if other in ('released', 'partially_released', 'withheld', 'not_held'):
            return ('ncnd_inconsistent', 'high' if Cc == 'ncnd' else 'medium')
        return None
    if P in ('released', 'partially_released') and Cc in ('withheld', 'refused'):
        return ('newly_withheld', 'high')
    if P == 'released' and Cc == 'partially_released':
        return ('partly_withheld', 'medium')
    if P == 'withheld' and Cc in ('released', 'partially_released'):
        return ('newly_released', 'medium')
    if P == 'withheld' and Cc == 'withheld':
        if set(map(ex_class, prev.ex)) != set(map(ex_class, cur.ex)):
            return ('exemption_changed', 'medium')
        return None
    if P in HELD and Cc == 'not_held':
        return ('held_status_changed', 'high')
    if P == 'not_held' and Cc in HELD:
        return ('held_status_changed', 'medium')
    if P == 'released' and Cc == 'released':
        if prev.fact != cur.fact:
            return ('answer_changed', 'low')
    return None


def qids(L):
    for pi, part in enumerate(L['parts']):
        for i, q in enumerate(part):
            yield 'P%d.Q%d' % (pi + 1, i + 1), q


def derive():
    hist = [L for L in LETTERS if not L['draft']]
    drafts = [L for L in LETTERS if L['draft']]
    # sanity: unique references, unique dates within authority
    refs = [L['ref'] for L in LETTERS]
    assert len(refs) == len(set(refs)), 'duplicate reference'
    for a in AUTH:
        ds = [L['date'] for L in LETTERS if L['auth'] == a]
        assert len(ds) == len(set(ds)), 'duplicate date in ' + a
    for L in LETTERS:
        seen = set()
        for _, q in qids(L):
            assert q.c in C, q.c
            assert q.c not in seen, (L['ref'], q.c)
            seen.add(q.c)
            if q.stance == 'released' and C[q.c]['kind'] != 'yesno':
                assert q.fact is not None, (L['ref'], q.c)
    out = {}
    for D in drafts:
        cutoff = D.get('as_of') or D['date']
        pool = [H for H in hist if H['auth'] == D['auth'] and H['date'] < cutoff]
        pool.sort(key=lambda H: H['date'], reverse=True)
        matches, findings = {}, []
        for qid, q in qids(D):
            ms = [(H, hq, hid) for H in pool for hid, hq in qids(H) if hq.c == q.c]
            matches[qid] = ['%s %s' % (H['ref'], hid) for H, _, hid in ms]
            if ms:
                H, hq, hid = ms[0]  # most recent
                f = finding_for(hq, q)
                if f:
                    findings.append(dict(kind=f[0], severity=f[1], question_id=qid,
                                         precedent='%s %s' % (H['ref'], hid)))
        e = {}
        if D.get('as_of'):
            e['as_of'] = D['as_of']
        if D.get('all_authorities'):
            e['all_authorities'] = True
        if D.get('consistent'):
            e['consistent'] = True
            assert not any(f['severity'] == 'high' for f in findings), D['ref']
        e['matches'] = matches
        e['findings'] = findings
        out[out_name(D)] = e
    return out


DESCRIPTION = ('Set Y: four invented English authorities (Marchshire Fire and Rescue Service, '
               'Harrowdale County Council, North Moorland Ambulance Service NHS Foundation Trust, '
               'National Land Records Agency) with round-robin request families that drift over '
               '2017-2025 (rewording, inserted/removed/reordered questions, prose vs numbered lists, '
               'tables, parts that restart numbering with the same sentence in two parts), look-alike '
               'questions that must not match, and unrelated requests. Drafts 2025-2026 carry planted '
               'findings of all seven kinds, consistent repeats with restated figures, an FOIA s43(2) to '
               'EIR reg12(5)(e) regime change (no finding), a bare incoming request and an as_of check. '
               'Labels are derived by make.py from the per-letter truth.')


def main():
    exp = derive()
    if '--labels' in sys.argv:
        print(json.dumps(exp, indent=1))
        return
    for d in (HIST, DRAFTS, BUILD):
        os.makedirs(d, exist_ok=True)
    for L in LETTERS:
        p = render(L)
        print('rendered', os.path.relpath(p, HERE), file=sys.stderr)
    with open(os.path.join(HERE, 'expect.json'), 'w', encoding='utf-8') as f:
        json.dump({'description': DESCRIPTION, 'drafts': exp}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    # summary
    from collections import Counter
    cnt = Counter((x['kind'], x['severity']) for e in exp.values() for x in e['findings'])
    print(json.dumps({'%s/%s' % k: v for k, v in sorted(cnt.items())}, indent=1), file=sys.stderr)
    print('total findings', sum(cnt.values()), file=sys.stderr)


if __name__ == '__main__':
    main()
