"""Rendering helpers for setW (standard library only)."""
import html as _html
import os
import re
import subprocess
import shutil

AUTH = {
    'police': dict(name='Mercia Vale Police', short='the force', Short='The force',
                   addr=['Information Compliance Unit', 'Brindley House, Foxhollow Lane',
                         'Wolverbridge', 'WV9 4QT'],
                   slogan='Mercia Vale Police - Protecting the Vale, Serving our Communities'),
    'council': dict(name='Harrowdene District Council', short='the council', Short='The council',
                    addr=['Information Governance Team', 'Civic Centre, Market Street',
                          'Harrowdene', 'HD1 2AA'],
                    slogan='Harrowdene - a great place to live, work and visit'),
    'nhs': dict(name='Eastwick and Lorne Hospitals NHS Foundation Trust', short='the Trust',
                Short='The Trust',
                addr=['Information Governance Office', 'Eastwick General Hospital',
                      'Lorne Road, Eastwick', 'EW4 7LN'],
                slogan='Caring - Listening - Improving'),
    'agency': dict(name='Inland Waters Regulation Agency', short='the Agency', Short='The Agency',
                   addr=['Information Rights Team', 'Calder House, 4 Riverside Quay',
                         'Wakefield', 'WF1 9RQ'],
                   slogan='Regulating for clean, healthy inland waters'),
}

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def fdate(iso, style='long'):
    y, m, d = (int(x) for x in iso.split('-'))
    if style == 'long':
        return f'{d} {MONTHS[m-1]} {y}'
    if style == 'ord':
        suf = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
        return f'{d}{suf} {MONTHS[m-1]} {y}'
    if style == 'us':
        return f'{MONTHS[m-1]} {d}, {y}'
    if style == 'slash':
        return f'{d:02d}/{m:02d}/{y}'
    if style == 'short':
        return f'{d:02d} {MONTHS[m-1][:3]} {y}'
    raise ValueError(style)


TITLES = {'s24': 'National Security', 's31': 'Law Enforcement', 's40': 'Personal Information',
          's43': 'Commercial Interests', 's21': 'Information Reasonably Accessible by Other Means',
          's23': 'Information supplied by, or concerning, certain Security Bodies',
          'reg12(5)(e)': 'confidentiality of commercial or industrial information'}


def ex_phrase(exs, form='Section', titles=True):
    """Render a list of normalised exemptions as a letter would cite them."""
    groups = []  # (base, [letters])
    for e in exs:
        if e.startswith('reg'):
            groups.append((e, []))
            continue
        m = re.match(r'(s\d+\(\d+\))(\([a-z]+\))?$', e)
        base, sub = m.group(1), m.group(2) or ''
        for g in groups:
            if g[0] == base and sub:
                g[1].append(sub)
                break
        else:
            groups.append((base, [sub] if sub else []))
    out = []
    for base, subs in groups:
        if base.startswith('reg'):
            txt = 'Regulation ' + base[3:]
            if titles:
                txt += ' (' + TITLES.get(base, '') + ')'
        else:
            num = base[1:]
            if form == 'Section':
                txt = 'Section ' + num + ''.join(subs)
            elif form == 'section':
                txt = 'section ' + num + ''.join(subs)
            elif form == 's.':
                txt = 's.' + num + ''.join(subs)
            else:
                txt = form + num + ''.join(subs)
            if titles:
                key = re.match(r's\d+', base).group(0)
                if key in TITLES:
                    txt += ' (' + TITLES[key] + ')'
        out.append(txt)
    if len(out) == 1:
        return out[0]
    return ', '.join(out[:-1]) + ' and ' + out[-1]


# ---------------------------------------------------------------- blocks
# A letter is rendered to a list of blocks:
#   ('h', text)  heading      ('p', text) paragraph     ('pre', text) preformatted
#   ('table', header_row, rows)   ('list', [items])  numbered-by-text list
#   ('banner', text) repeated slogan      ('hr',)

def to_text(blocks, md=False):
    out = []
    for b in blocks:
        t = b[0]
        if t == 'h':
            out.append(('## ' if md else '') + b[1])
            out.append('')
        elif t == 'p':
            out.append(b[1])
            out.append('')
        elif t == 'pre':
            out.append(b[1])
            out.append('')
        elif t == 'list':
            for it in b[1]:
                out.append(it)
            out.append('')
        elif t == 'table':
            hdr, rows = b[1], b[2]
            if md:
                out.append('| ' + ' | '.join(hdr) + ' |')
                out.append('|' + '---|' * len(hdr))
                for r in rows:
                    out.append('| ' + ' | '.join(c.replace('\n', ' ') for c in r) + ' |')
            else:
                for r in rows:
                    for h, c in zip(hdr, r):
                        out.append(f'{h}: {c}')
                    out.append('')
            out.append('')
        elif t == 'banner':
            out.append('')
            out.append(b[1].upper() if not md else '*' + b[1] + '*')
            out.append('')
        elif t == 'hr':
            out.append('---' if md else '-' * 60)
            out.append('')
    return '\n'.join(out).rstrip() + '\n'


def esc(s):
    return _html.escape(s).replace('\n', '<br/>')


def to_html(blocks, title, weblog=None):
    body = []
    for b in blocks:
        t = b[0]
        if t == 'h':
            body.append(f'<h3>{esc(b[1])}</h3>')
        elif t == 'p':
            body.append(f'<p>{esc(b[1])}</p>')
        elif t == 'pre':
            body.append(f'<p>{esc(b[1])}</p>')
        elif t == 'list':
            body.append('<p>' + '<br/>'.join(esc(i) for i in b[1]) + '</p>')
        elif t == 'table':
            rows = ''.join('<tr>' + ''.join(f'<td style="border:1px solid #444;padding:4px;vertical-align:top">{esc(c)}</td>' for c in r) + '</tr>' for r in b[2])
            hdr = '<tr>' + ''.join(f'<th style="border:1px solid #444;padding:4px;background:#ddd">{esc(h)}</th>' for h in b[1]) + '</tr>'
            cols = '<colgroup><col width="45%"/><col width="55%"/></colgroup>' if len(b[1]) == 2 else ''
            body.append(f'<table style="border-collapse:collapse;width:100%" width="100%">{cols}{hdr}{rows}</table>')
        elif t == 'banner':
            body.append(f'<p style="text-align:center;font-size:9pt;color:#555"><i>{esc(b[1])}</i></p>')
        elif t == 'hr':
            body.append('<hr/>')
    inner = '\n'.join(body)
    if weblog:
        inner = f'''<div class="cookie-banner"><p>We use cookies to make this site work and to help us improve it. <a href="#">Accept all cookies</a> | <a href="#">Reject non-essential cookies</a></p></div>
<header><nav><a href="#">Home</a> &gt; <a href="#">About us</a> &gt; <a href="#">Freedom of information</a> &gt; <a href="#">Disclosure log</a></nav>
<p><b>{esc(weblog)}</b> - Disclosure log</p></header>
<main><article>
<p class="meta">Published to the disclosure log</p>
{inner}
</article></main>
<footer><p>Accessibility | Privacy notice | Contact us | Site map</p><p>&copy; {esc(weblog)}</p></footer>'''
    return f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><title>{esc(title)}</title>
<style>body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;margin:2cm}} h3{{font-size:12pt}}</style>
</head><body>
{inner}
</body></html>
'''


# ---------------------------------------------------------------- PostScript for gs

def _ps_str(s):
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', "'").replace('\u2018', "'")
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2022', '-')
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '()\\':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append('\\%03o' % o)
        else:
            out.append('?')
    return ''.join(out)


def wrap(s, width):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return lines


def to_ps(blocks, footer):
    lines = []  # (font, text)
    for b in blocks:
        t = b[0]
        if t == 'h':
            lines += [('B', l) for l in wrap(b[1], 80)] + [('R', '')]
        elif t in ('p', 'pre'):
            for para in b[1].split('\n'):
                lines += [('R', l) for l in wrap(para, 92)]
            lines.append(('R', ''))
        elif t == 'list':
            for it in b[1]:
                w = wrap(it, 88)
                lines.append(('R', w[0]))
                lines += [('R', '    ' + l) for l in w[1:]]
            lines.append(('R', ''))
        elif t == 'table':
            for r in b[2]:
                for h, c in zip(b[1], r):
                    w = wrap(f'{c}', 80)
                    lines.append(('B', h + ':'))
                    lines += [('R', '    ' + l) for l in w]
                lines.append(('R', ''))
        elif t == 'banner':
            lines += [('R', ''), ('I', b[1]), ('R', '')]
        elif t == 'hr':
            lines.append(('R', '_' * 60))
    per_page = 58
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    ps = ['%!PS-Adobe-3.0', '%%Pages: ' + str(len(pages)), '%%EndComments',
          '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
          '/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def',
          '/TR /Times-Roman reenc /TB /Times-Bold reenc /TI /Times-Italic reenc']
    for n, pg in enumerate(pages, 1):
        ps.append(f'%%Page: {n} {n}')
        y = 790
        for font, text in pg:
            f = {'R': 'TR', 'B': 'TB', 'I': 'TI'}[font]
            ps.append(f'/{f} findfont 10.5 scalefont setfont 60 {y} moveto ({_ps_str(text)}) show')
            y -= 12.5
        ps.append(f'/TI findfont 8 scalefont setfont 60 40 moveto ({_ps_str(footer)} - page {n} of {len(pages)}) show')
        ps.append('showpage')
    ps.append('%%EOF')
    return '\n'.join(ps) + '\n'


# ---------------------------------------------------------------- producers

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(BASE, 'src', 'build')


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f'{cmd}: {r.stderr[-2000:]}')
    return r


def soffice_convert(src, fmt, outdir, target_name):
    tmp = os.path.join(BUILD, 'lo_out')
    os.makedirs(tmp, exist_ok=True)
    prof = 'file://' + os.path.join(BASE, 'src', '.lo_profile')
    filt = {'pdf': 'pdf:writer_web_pdf_Export', 'docx': 'docx:MS Word 2007 XML'}[fmt]
    filt = {'pdf': 'pdf:writer_pdf_Export', 'docx': 'docx:MS Word 2007 XML'}[fmt]
    run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', filt,
         '--outdir', tmp, src])
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    shutil.move(produced, os.path.join(outdir, target_name))


def chromium_pdf(src, out):
    prof = os.path.join(BASE, 'src', '.chrome_profile')
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + prof,
         '--no-pdf-header-footer', '--print-to-pdf=' + out, 'file://' + src])


def gs_pdf(ps_path, out):
    run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite', '-o', out, ps_path])
