"""Plain text -> PostScript (ISO Latin-1 Helvetica), for rendering with Ghostscript pdfwrite."""
import textwrap

SUBS = {'\u2013': '-', '\u2014': '-', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
        '\u2022': '-', '\u2026': '...', '\u00a0': ' '}


def _clean(s):
    s = ''.join(SUBS.get(c, c) for c in s)
    return s.encode('latin-1', 'replace').decode('latin-1')


def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def text_to_ps(paras, header='', footer='', width=86):
    """paras: list of (kind, text) where kind in p/h/blank/pre."""
    lines = []
    for kind, text in paras:
        text = _clean(text)
        if kind == 'blank':
            lines.append(('p', ''))
            continue
        if kind == 'li':
            w = textwrap.wrap(text, width, subsequent_indent='    ') or ['']
            for ln in w:
                lines.append(('p', ln))
            continue
        if kind == 'pre':
            for ln in text.split('\n'):
                lines.append(('p', ln))
            continue
        font = 'b' if kind == 'h' else 'p'
        indent = ''
        for ln in textwrap.wrap(text, width) or ['']:
            lines.append((font, ln))
        lines.append(('p', ''))
    top, bottom, lh = 770, 70, 13.2
    per_page = int((top - bottom) / lh)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = ['%!PS-Adobe-3.0', '%%Pages: %d' % len(pages), '%%EndComments',
           '/MyEnc ISOLatin1Encoding 256 array copy def MyEnc 45 /hyphen put',
           '/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall '
           '/Encoding MyEnc def currentdict end definefont pop } def',
           '/HL /Helvetica reenc /HB /Helvetica-Bold reenc',
           '/fp { /HL findfont 10 scalefont setfont } def /fb { /HB findfont 10 scalefont setfont } def',
           '/fs { /HL findfont 8 scalefont setfont } def']
    for n, pg in enumerate(pages, 1):
        out.append('%%%%Page: %d %d' % (n, n))
        if header:
            out.append('fs 56 806 moveto (%s) show' % _esc(_clean(header)))
        y = top
        for font, ln in pg:
            if ln:
                out.append('%s 56 %.1f moveto (%s) show' % ('fb' if font == 'b' else 'fp', y, _esc(ln)))
            y -= lh
        ft = _clean(footer) + ('   ' if footer else '') + 'Page %d of %d' % (n, len(pages))
        out.append('fs 56 40 moveto (%s) show' % _esc(ft))
        out.append('showpage')
    out.append('%%EOF')
    return '\n'.join(out) + '\n'
