"""Turns a Letter into document blocks, in each authority's house style."""
from render import fdate, exphrase, qlist

AUTH = {
    'K': dict(
        name='London Borough of Kelmscott',
        lh=['London Borough of Kelmscott', 'Information Governance Team', 'Kelmscott Town Hall, 1 Riverside Walk',
            'London SE29 4QA', 'foi@kelmscott.gov.uk'],
        reflabel='Our ref:', dstyle='long',
        title='Request for information: {title}',
        intro='Thank you for your request for information, which the London Borough of Kelmscott received on {recv}. '
              'Your request has been dealt with under the Freedom of Information Act 2000.',
        intro_eir='Thank you for your request for information, which the London Borough of Kelmscott received on {recv}. '
                  'Because your request concerns the collection of household waste, the information you asked for is '
                  'environmental information, and we have dealt with your request under the Environmental Information '
                  'Regulations 2004 (EIR) rather than the Freedom of Information Act 2000.',
        closing=['If you are unhappy with the way your request has been handled you can ask for an internal review by '
                 'writing to foi@kelmscott.gov.uk within 40 working days of the date of this letter.',
                 'If you remain dissatisfied after the review you have the right to complain to the Information '
                 'Commissioner under section 50 of the Freedom of Information Act 2000: Information Commissioner\'s '
                 'Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.'],
        sig=['Yours sincerely', '', 'Information Governance Officer', 'London Borough of Kelmscott'],
        banner='Kelmscott Council - a borough of opportunity',
        harm='In reaching this decision the council considered the public interest. Disclosure would show how public '
             'money is spent and would promote accountability. Against that, there is a strong public interest in '
             'the council being able to obtain best value in future procurements and in not prejudicing the '
             'commercial position of its contractors or its own ability to enforce the law effectively. On balance '
             'the council considers that the public interest favours withholding the information.',
    ),
    'P': dict(
        name='Dyfed-Teifi Police',
        lh=['Heddlu Dyfed-Teifi Police', 'Uned Rhyddid Gwybodaeth / Freedom of Information Unit',
            'Pencadlys yr Heddlu / Police Headquarters', 'Llys Teifi, Caerfyrddin / Carmarthen', 'SA39 9PQ'],
        reflabel='Our Reference / Ein Cyfeirnod:', dstyle='ord',
        title='FREEDOM OF INFORMATION REQUEST - {ref} {title}',
        intro='I write in connection with your request for information received by Dyfed-Teifi Police on {recv}. '
              'I note you seek access to the following information:',
        intro2='Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.',
        closing=['Whilst every care has been taken in retrieving the information provided, please do not hesitate to '
                 'contact us if you have any queries.',
                 'Complaint Rights: if you are dissatisfied with this response you may request an internal review '
                 'within 40 working days. If you remain dissatisfied you may then apply to the Information '
                 'Commissioner under section 50 of the Freedom of Information Act 2000.'],
        sig=['Yours sincerely / Yn gywir', '', 'Disclosure Officer', 'Freedom of Information Unit', 'Dyfed-Teifi Police'],
        banner='Diogelu ein cymunedau - Protecting our communities',
        ncnd_note='This response should not be taken as an indication that the information you have requested does '
                  'or does not exist.',
        harm='Evidence of Harm: a response under the Act is a release to the world. Disclosure of the information '
             'would allow those intent on committing crime or attacking police systems to build a picture of the '
             'tactical and technical capability of forces across England and Wales. '
             'Public Interest Test - Factors favouring disclosure: disclosure would show how public funds are used '
             'and would inform public debate about policing technology. Factors favouring non-disclosure: the '
             'information would be of use to criminals and would undermine the ability of the force to prevent and '
             'detect crime and to protect its systems. Balance test: whilst there is a public interest in '
             'transparency, the protection of the public and of police capability must take precedence in this case. '
             'It is my decision that the balance of the public interest lies in non-disclosure.',
    ),
    'N': dict(
        name='Calderbrook Hospitals NHS Foundation Trust',
        lh=['Calderbrook Hospitals NHS Foundation Trust', 'Information Governance Department',
            'Calderbrook General Hospital', 'Moor Lane, Calderbrook CK1 4RH', 'calderbrook.foi@nhs.net'],
        reflabel='FOI Reference:', dstyle='slash',
        title='Freedom of Information Request {ref} - {title}',
        intro='Thank you for your request under the Freedom of Information Act 2000, received by the Trust on {recv}. '
              'The Trust\'s response is set out below.',
        closing=['If you are not satisfied with this response you may ask the Trust to carry out an internal review. '
                 'Requests for review should be sent to the Head of Information Governance at the address above. '
                 'If you are still not satisfied you may contact the Information Commissioner\'s Office.',
                 'Please note that the Trust may publish this response, with your personal details removed, in its '
                 'disclosure log.'],
        sig=['Kind regards', '', 'FOI Team', 'Calderbrook Hospitals NHS Foundation Trust'],
        banner='Caring - Listening - Improving',
        harm='The Trust has considered the public interest. There is a general public interest in transparency about '
             'how NHS money is spent and how patient data is protected. However, releasing this detail would be '
             'likely to assist those seeking to attack NHS systems or to prejudice the Trust\'s position in '
             'commercial negotiations, and the Trust has concluded that the public interest in maintaining the '
             'exemption outweighs the public interest in disclosure.',
    ),
    'F': dict(
        name='Severn Marches Fire and Rescue Service',
        lh=['Severn Marches Fire and Rescue Service', 'Service Headquarters', 'Marches Way, Kingsbridge Vale',
            'MV7 2HQ', 'Tel: 01999 870 000'],
        reflabel='Reference:', dstyle='day',
        title='RE: {title}',
        intro='The Service received your request for information on {recv}. We have considered it under the Freedom '
              'of Information Act 2000 and our answers are set out below.',
        closing=['If you are dissatisfied with the handling of your request you have the right to ask for an internal '
                 'review. Internal review requests should be made within 40 working days of the date of this letter '
                 'to the Information Governance and Compliance Manager at the address above.',
                 'If you are not content with the outcome of the internal review, you may apply to the Information '
                 'Commissioner for a decision.'],
        sig=['Yours sincerely', '', 'Information Governance and Compliance Officer',
             'Severn Marches Fire and Rescue Service'],
        banner='Making the Marches Safer',
        ncnd_note='',
        harm='The Service has weighed the public interest. Openness about the systems used to mobilise fire '
             'engines is of some interest to the public; however, the information could be used by those wishing '
             'to disrupt emergency services, and the public interest lies in protecting the resilience of the '
             'control room.',
    ),
}


def ans_text(L, q):
    A = AUTH[L.auth]
    if q.ans:
        return q.ans
    if q.st == 'W':
        return 'This information is exempt from disclosure under %s.' % exphrase(q.exs)
    if q.st == 'N':
        t = '%s neither confirms nor denies that it holds information relevant to this question by virtue of %s.' % (
            A['name'], exphrase(q.exs, titled=False))
        if A.get('ncnd_note'):
            t += ' ' + A['ncnd_note']
        return t
    if q.st == 'NH':
        return '%s does not hold this information.' % A['name']
    raise ValueError('no answer text for %s in %s' % (q.concept, L.key))


def restate(L, b):
    if L.intro:
        b.append(('quote', L.intro))
    for pi, p in enumerate(L.parts, 1):
        if p.heading:
            b.append(('p', p.heading))
        if p.pre:
            b.append(('quote', p.pre))
        lab = L.opts.get('rlab', '{n}.')
        b.append(('ol', ['%s %s' % (lab.format(n=i), q.text) for i, q in enumerate(p.qs, 1)]))


def body(L, b):
    A = AUTH[L.auth]
    st = L.style
    multi = len(L.parts) > 1
    if st == 'interleaved':
        if L.intro:
            b.append(('quote', L.intro))
        lq, la = L.opts.get('lab', ('Q{n}.', 'A{n}.'))
        for pi, p in enumerate(L.parts, 1):
            if p.heading:
                b.append(('h', p.heading))
            if p.pre:
                b.append(('quote', p.pre))
            for i, q in enumerate(p.qs, 1):
                b.append(('qa', lq.format(n=i), q.text, la.format(n=i), ans_text(L, q)))
    elif st == 'youasked':
        if L.intro:
            b.append(('p', L.intro))
        yl, ol = L.opts.get('lab', ('You asked:', 'Our response:'))
        for pi, p in enumerate(L.parts, 1):
            if p.heading:
                b.append(('h', p.heading))
            if p.pre:
                b.append(('p', p.pre))
            for i, q in enumerate(p.qs, 1):
                b.append(('qblk', yl.format(n=i), q.text))
                b.append(('qblk', ol.format(n=i), ans_text(L, q)))
    elif st == 'table':
        if L.intro:
            b.append(('quote', L.intro))
        th = L.opts.get('th', ['No.', 'Information requested', 'Response'])
        for pi, p in enumerate(L.parts, 1):
            if p.heading:
                b.append(('h', p.heading))
            rows = []
            for i, q in enumerate(p.qs, 1):
                r = [str(i), q.text, ans_text(L, q)]
                rows.append(r if len(th) == 3 else r[1:])
            b.append(('table', th, rows))
    elif st == 'restate':
        restate(L, b)
        b.append(('h', L.opts.get('resp_head', 'Response')))
        for pi, p in enumerate(L.parts, 1):
            if multi:
                b.append(('p', p.heading or 'Part %d' % pi))
            for i, q in enumerate(p.qs, 1):
                b.append(('p', '%d. %s' % (i, ans_text(L, q))))
    elif st == 'decision':
        restate(L, b)
        groups = {}
        for qid, pi, qi, q in L.questions():
            if q.st in ('W', 'N'):
                groups.setdefault((q.st, tuple(q.exs)), []).append((pi, qi))
        rest = [(pi, qi) for qid, pi, qi, q in L.questions() if q.st not in ('W', 'N')]
        if not groups:
            b.append(('p', 'Your request has now been considered and I can confirm that %s holds the information '
                      'you requested. The information is provided below.' % A['name']))
        first = True
        for (s, exs), items in groups.items():
            if s == 'W':
                lead = ('Your request has now been considered and I can confirm that %s does hold information you '
                        'have requested; however, ' % A['name']) if first else 'In addition, '
                b.append(('p', lead + 'I will be citing %s in respect of %s.' % (exphrase(list(exs)), qlist(items, len(L.parts)))))
            else:
                b.append(('p', '%s can neither confirm nor deny that it holds any information relevant to %s by virtue '
                          'of %s.' % (A['name'], qlist(items, len(L.parts)), exphrase(list(exs), titled=False))
                          + ((' ' + A['ncnd_note']) if A.get('ncnd_note') else '')))
            first = False
        if groups:
            if L.opts.get('harm_extra'):
                b.append(('p', L.opts['harm_extra']))
            b.append(('p', L.opts.get('harm', A['harm'])))
        if rest:
            b.append(('p', 'The response to %s is provided below.' % qlist(rest, len(L.parts))))
            for pi, p in enumerate(L.parts, 1):
                items = [(i, q) for i, q in enumerate(p.qs, 1) if q.st not in ('W', 'N')]
                if not items:
                    continue
                if multi:
                    b.append(('h', 'Part %d' % pi))
                for i, q in items:
                    b.append(('p', 'Question %d - %s' % (i, ans_text(L, q))))
    elif st == 'prose':
        b.append(('p', 'You wrote:'))
        b.append(('quote', L.opts['prose']))
        b.append(('p', L.opts.get('prose_lead', 'Our answers are as follows.')))
        for qid, pi, qi, q in L.questions():
            b.append(('p', ans_text(L, q)))
    else:
        raise ValueError(st)


def compose(L):
    A = AUTH[L.auth]
    if L.bare:
        return compose_bare(L)
    b = [('lh', A['lh'])]
    if L.draft and L.opts.get('mark'):
        b.append(('p', L.opts['mark']))
    b.append(('p', fdate(L.date, L.opts.get('dstyle', A['dstyle']))))
    b.append(('p', '%s %s' % (A['reflabel'], L.ref)))
    b.append(('p', L.opts.get('dear', 'Dear')))
    b.append(('h', A['title'].format(ref=L.ref, title=L.title)))
    intro = A['intro_eir'] if L.regime == 'eir' and 'intro_eir' in A else A['intro']
    b.append(('p', intro.format(recv=fdate(L.recv, L.opts.get('rstyle', L.opts.get('dstyle', A['dstyle']))))))
    for para in L.opts.get('pre_paras', []):
        b.append(('p', para))
    body(L, b)
    for para in L.opts.get('post_paras', []):
        b.append(('p', para))
    if A.get('intro2') and L.opts.get('welsh', True):
        b.append(('p', A['intro2']))
    for para in A['closing']:
        b.append(('p', para))
    b.append(('sig', A['sig']))
    b.append(('banner', A['banner']))
    return b


def compose_bare(L):
    A = AUTH[L.auth]
    b = [('p', '%s - Freedom of Information case record' % A['name']),
         ('p', 'Case reference: %s' % L.ref),
         ('p', 'Date logged: %s' % fdate(L.date, L.opts.get('dstyle', A['dstyle']))),
         ('p', 'Status: Open - awaiting response from service area'),
         ('p', 'Subject: %s' % L.title),
         ('h', 'Request as received'),
         ('p', 'Dear %s,' % L.opts.get('to', 'Freedom of Information Officer')),
         ('p', L.intro or '')]
    for pi, p in enumerate(L.parts, 1):
        if p.heading:
            b.append(('p', p.heading))
        b.append(('ol', ['%d. %s' % (i, q.text) for i, q in enumerate(p.qs, 1)]))
    b.append(('p', L.opts.get('signoff', 'Many thanks,')))
    b.append(('p', L.opts.get('requester', 'A. Requester')))
    return b
