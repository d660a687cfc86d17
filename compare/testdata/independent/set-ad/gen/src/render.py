"""Letter model and renderers (blocks -> txt / md / html / docx / pdf)."""
import datetime
import html as H
import os
import re
import shutil
import subprocess
import tempfile

from gsps import text_to_ps

ST = {'R': 'released', 'PR': 'partially_released', 'W': 'withheld', 'N': 'ncnd',
      'NH': 'not_held', 'RF': 'refused', 'U': 'unknown'}


class Q:
    def __init__(self, concept, text, st, ans='', exs=(), fact=None):
        self.concept = concept
        self.text = text
        self.st = st
        self.stance = ST[st]
        self.ans = ans
        self.exs = sorted(exs)
        self.fact = fact
        if st == 'R' and fact is None:
            raise ValueError('released question needs a fact: ' + concept)


class Part:
    def __init__(self, heading, qs, pre=None):
        self.heading = heading
        self.qs = qs
        self.pre = pre


class Letter:
    def __init__(self, key, auth, ref, date, fmt, style, title, parts, recv=None, intro=None,
                 draft=False, as_of=None, all_auth=False, bare=False, regime='foia', **opts):
        self.key = key
        self.auth = auth
        self.ref = ref
        self.date = datetime.date.fromisoformat(date)
        self.recv = datetime.date.fromisoformat(recv) if recv else self.date - datetime.timedelta(days=19)
        self.fmt = fmt
        self.style = style
        self.title = title
        if parts and isinstance(parts[0], Q):
            parts = [Part(None, parts)]
        self.parts = parts
        self.intro = intro
        self.draft = draft
        self.as_of = as_of
        self.all_auth = all_auth
        self.bare = bare
        self.regime = regime
        self.opts = opts

    def questions(self):
        for pi, p in enumerate(self.parts, 1):
            for qi, q in enumerate(p.qs, 1):
                yield 'P%d.Q%d' % (pi, qi), pi, qi, q


# ---------------------------------------------------------------- dates

def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fdate(d, style):
    if style == 'long':
        return '%d %s' % (d.day, d.strftime('%B %Y'))
    if style == 'ord':
        return '%s %s' % (ordinal(d.day), d.strftime('%B %Y'))
    if style == 'slash':
        return d.strftime('%d/%m/%Y')
    if style == 'us':
        return '%s %d, %d' % (d.strftime('%B'), d.day, d.year)
    if style == 'day':
        return '%s %d %s' % (d.strftime('%A'), d.day, d.strftime('%B %Y'))
    if style == 'abbr':
        return d.strftime('%d %b %Y')
    if style == 'dash':
        return d.strftime('%d-%m-%Y')
    raise ValueError(style)


# ---------------------------------------------------------------- exemptions

NAMES = {'s43': 'Commercial Interests', 's31': 'Law Enforcement', 's24': 'National Security',
         's40': 'Personal Information', 's21': 'Information Accessible by Other Means',
         's38': 'Health and Safety'}


def exphrase(exs, titled=True):
    """['s31(1)(a)','s31(1)(b)'] -> 'section 31(1)(a)(b) (Law Enforcement)'."""
    groups = []
    for e in exs:
        if e.startswith('reg'):
            groups.append(('reg', e[3:], ''))
            continue
        m = re.match(r's(\d+)(\(\d+[A-Z]?\))?(\([a-z]+\))?$', e)
        base = e[1:].split('(')[0]
        sub = m.group(2) or ''
        para = m.group(3) or ''
        for g in groups:
            if g[0] == base and g[1] == sub:
                groups[groups.index(g)] = (g[0], g[1], g[2] + para)
                break
        else:
            groups.append((base, sub, para))
    regs = [g for g in groups if g[0] == 'reg']
    secs = [g for g in groups if g[0] != 'reg']
    out = []
    if secs:
        txt = [g[0] + g[1] + g[2] for g in secs]
        s = ('section ' if len(txt) == 1 else 'sections ') + (' and '.join(txt) if len(txt) <= 2 else ', '.join(txt[:-1]) + ' and ' + txt[-1])
        if titled and len(secs) == 1 and ('s' + secs[0][0]) in NAMES:
            s += ' (%s)' % NAMES['s' + secs[0][0]]
        out.append(s)
    for g in regs:
        out.append('regulation %s of the Environmental Information Regulations 2004' % g[1])
    return ' and '.join(out)


def qlist(items, nparts):
    """items: list of (part, n) -> 'questions 1, 3 and 4 in part 1 and question 2 in part 2'."""
    def nums(ns):
        ns = sorted(ns)
        runs = []
        for n in ns:
            if runs and n == runs[-1][1] + 1:
                runs[-1][1] = n
            else:
                runs.append([n, n])
        txt = []
        for a, b in runs:
            if a == b:
                txt.append(str(a))
            elif b == a + 1:
                txt += [str(a), str(b)]
            else:
                txt.append('%d-%d' % (a, b))
        word = 'question ' if len(ns) == 1 else 'questions '
        if len(txt) == 1:
            return word + txt[0]
        return word + ', '.join(txt[:-1]) + ' and ' + txt[-1]
    if nparts == 1:
        return nums([n for _, n in items])
    byp = {}
    for p, n in items:
        byp.setdefault(p, []).append(n)
    segs = ['%s in part %d of your request' % (nums(v), p) for p, v in sorted(byp.items())]
    return ' and '.join(segs)


# ---------------------------------------------------------------- blocks
# ('lh', [lines]) ('p', text) ('h', text) ('qa', qlabel, qtext, alabel, atext)
# ('table', [headers], [[cells]]) ('ol', [items]) ('sig', [lines]) ('banner', text)


def render_txt(blocks, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            out.append('\n'.join(b[1]))
        elif k == 'p':
            out.append(b[1])
        elif k == 'h':
            out.append(('## ' + b[1]) if md else b[1])
        elif k == 'qa':
            if md:
                out.append('**%s** %s' % (b[1], b[2]) if b[1] else b[2])
                out.append('**%s** %s' % (b[3], b[4]) if b[3] else b[4])
            else:
                out.append(('%s %s' % (b[1], b[2])).strip())
                out.append(('%s %s' % (b[3], b[4])).strip())
        elif k == 'qblk':   # label on its own line then text
            out.append(('**%s**' % b[1]) if md else b[1])
            out.append(b[2])
        elif k == 'table':
            if md:
                rows = [b[1]] + b[2]
                t = ['| ' + ' | '.join(rows[0]) + ' |', '|' + '|'.join(['---'] * len(rows[0])) + '|']
                for r in rows[1:]:
                    t.append('| ' + ' | '.join(c.replace('|', '/') for c in r) + ' |')
                out.append('\n'.join(t))
            else:
                t = []
                for r in b[2]:
                    t.append('\n'.join('%s: %s' % (h, c) for h, c in zip(b[1], r)))
                out.append('\n\n'.join(t))
        elif k == 'ol':
            out.append('\n'.join(b[1]))
        elif k == 'sig':
            out.append('\n'.join(b[1]))
        elif k == 'banner':
            out.append(b[1])
        elif k == 'quote':
            out.append(('> ' + b[1]) if md else b[1])
    return '\n\n'.join(out) + '\n'


def render_ps_paras(blocks):
    paras = []
    for b in blocks:
        k = b[0]
        if k == 'ol':
            for it in b[1]:
                paras.append(('li', it))
            paras.append(('blank', ''))
        elif k in ('lh', 'sig'):
            paras.append(('pre', '\n'.join(b[1])))
            paras.append(('blank', ''))
        elif k == 'p' or k == 'quote':
            paras.append(('p', b[1]))
        elif k == 'h':
            paras.append(('h', b[1]))
        elif k == 'qa':
            paras.append(('p', ('%s %s' % (b[1], b[2])).strip()))
            paras.append(('p', ('%s %s' % (b[3], b[4])).strip()))
        elif k == 'qblk':
            paras.append(('h', b[1]))
            paras.append(('p', b[2]))
        elif k == 'table':
            for r in b[2]:
                for h, c in zip(b[1], r):
                    paras.append(('p', '%s: %s' % (h, c)))
        elif k == 'banner':
            pass
    return paras


def render_html(blocks, title, web=None):
    e = H.escape
    body = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            body.append('<div class="lh">' + '<br>'.join(('<b>%s</b>' % e(x)) if i == 0 else e(x) for i, x in enumerate(b[1])) + '</div>')
        elif k == 'p':
            body.append('<p>%s</p>' % e(b[1]))
        elif k == 'h':
            body.append('<h2>%s</h2>' % e(b[1]))
        elif k == 'qa':
            body.append('<p><strong>%s</strong> %s</p>' % (e(b[1]), e(b[2])))
            body.append('<p><strong>%s</strong> %s</p>' % (e(b[3]), e(b[4])))
        elif k == 'qblk':
            body.append('<h3>%s</h3>' % e(b[1]))
            body.append('<p>%s</p>' % e(b[2]))
        elif k == 'table':
            t = ['<table border="1" cellpadding="4" cellspacing="0">', '<tr>' + ''.join('<th>%s</th>' % e(h) for h in b[1]) + '</tr>']
            for r in b[2]:
                t.append('<tr>' + ''.join('<td>%s</td>' % e(c) for c in r) + '</tr>')
            t.append('</table>')
            body.append('\n'.join(t))
        elif k == 'ol':
            body.append('\n'.join('<p class="li">%s</p>' % e(x) for x in b[1]))
        elif k == 'sig':
            body.append('<p>' + '<br>'.join(e(x) for x in b[1]) + '</p>')
        elif k == 'banner':
            body.append('<p class="banner"><i>%s</i></p>' % e(b[1]))
        elif k == 'quote':
            body.append('<blockquote>%s</blockquote>' % e(b[1]))
    inner = '\n'.join(body)
    css = ('body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;max-width:50em;margin:2em auto}'
           'table{border-collapse:collapse;width:100%}td,th{vertical-align:top;text-align:left}'
           '.lh{margin-bottom:1.5em}.banner{color:#555}p.li{margin:0.2em 0 0.2em 1.5em}')
    if web:
        inner = web[0] + '\n<main>\n' + inner + '\n</main>\n' + web[1]
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % (e(title), css, inner))


def _soffice(src, outdir, target):
    env = dict(os.environ)
    env['HOME'] = os.path.join(os.path.dirname(outdir), '.lohome')
    os.makedirs(env['HOME'], exist_ok=True)
    subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', target,
                    '--outdir', outdir, src], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def write_doc(blocks, fmt, path_noext, title, header='', footer='', web=None, tmp=None):
    """Returns the written path."""
    if tmp is None:
        tmp = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tmp')
    os.makedirs(tmp, exist_ok=True)
    base = os.path.basename(path_noext)
    outdir = os.path.dirname(path_noext)
    if fmt == 'txt':
        p = path_noext + '.txt'
        open(p, 'w', encoding='utf-8').write(render_txt(blocks))
        return p
    if fmt == 'md':
        p = path_noext + '.md'
        open(p, 'w', encoding='utf-8').write(render_txt(blocks, md=True))
        return p
    if fmt == 'html':
        p = path_noext + '.html'
        open(p, 'w', encoding='utf-8').write(render_html(blocks, title, web))
        return p
    if fmt in ('docx', 'pdf-soffice', 'pdf-chromium'):
        src = os.path.join(tmp, base + '.html')
        open(src, 'w', encoding='utf-8').write(render_html(blocks, title))
        if fmt == 'docx':
            _soffice(src, tmp, 'docx:MS Word 2007 XML')
            shutil.move(os.path.join(tmp, base + '.docx'), path_noext + '.docx')
            return path_noext + '.docx'
        if fmt == 'pdf-soffice':
            _soffice(src, tmp, 'pdf:writer_pdf_Export')
            shutil.move(os.path.join(tmp, base + '.pdf'), path_noext + '.pdf')
            return path_noext + '.pdf'
        out = path_noext + '.pdf'
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--user-data-dir=' + os.path.join(tmp, 'chrome-profile'),
                        '--print-to-pdf=' + out, 'file://' + src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        return out
    if fmt == 'pdf-gs':
        ps = os.path.join(tmp, base + '.ps')
        open(ps, 'wb').write(text_to_ps(render_ps_paras(blocks), header, footer).encode('latin-1'))
        out = path_noext + '.pdf'
        subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                        '-sOutputFile=' + out, ps], check=True, timeout=120)
        return out
    raise ValueError(fmt)
