"""Turn a Letter into layout blocks (by house style) and blocks into txt/md/html/ps."""
import html as H
from model import fmt_date, cite


# ---------------------------------------------------------------------------
# authority profiles

class Profile:
    def __init__(self, **kw):
        self.__dict__.update(kw)


FOISA_RIGHTS = [
    ("h", "Your right to request a review"),
    ("small", "If you are unhappy with the way we have dealt with your request, you can ask us to review our actions and "
              "decisions. Please write to the Information Governance Manager at the address above, or by email to "
              "foi.review@glenmorven.gov.scot, within 40 working days of receiving this letter, saying why you are "
              "dissatisfied. A review is carried out under section 20 of FOISA (or regulation 16 of the EIRs)."),
    ("small", "If you remain dissatisfied after the review you may apply to the Scottish Information Commissioner for a "
              "decision under section 47(1) of FOISA. The Commissioner can be contacted at Kinburn Castle, Doubledykes "
              "Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal. You may appeal to the Court of Session "
              "on a point of law only."),
]

def foia_rights(team_email, who="us"):
    return [
        ("h", "Your right to complain"),
        ("small", f"If you are not satisfied with this response you may ask for an internal review. Requests for review "
                  f"should be sent to {team_email} within 40 working days of the date of this letter. If you remain "
                  f"unhappy after the review you may complain to the Information Commissioner under section 50 of the "
                  f"Act: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
                  f"(www.ico.org.uk)."),
    ]


PROFILES = {
    "GC": Profile(
        name="Glenmorven Council",
        lh=["Glenmorven Council", "Comhairle Ghleann Mhorbhein", "Information Governance Team",
            "Council Headquarters, Ardmore Road, Kilbraddan KB4 7QT",
            "Telephone 01832 460 200  |  foi@glenmorven.gov.scot"],
        sig=["Yours sincerely", "", "Information Governance Officer", "Glenmorven Council"],
        rights=FOISA_RIGHTS,
        slogan="Glenmorven Council - working together for a fairer Glenmorven",
        marking=None,
        log_site="Glenmorven Council", short="the Council",
        log_crumbs="Home > Council and government > Freedom of information > Disclosure log",
    ),
    "UB": Profile(
        name="University of Brackenfield",
        lh=["UNIVERSITY OF BRACKENFIELD", "Information Compliance Office", "Registry Building, Queen's Walk",
            "Brackenfield BK1 2UB", "foi@brackenfield.ac.uk"],
        sig=["Kind regards", "", "Information Compliance Officer", "University of Brackenfield"],
        rights=foia_rights("foi@brackenfield.ac.uk"),
        slogan="Brackenfield - Times Higher University of the Year shortlist",
        marking=None,
        log_site="University of Brackenfield", short="the University",
        log_crumbs="Home > About the University > Governance > Freedom of information > Responses to requests",
    ),
    "TA": Profile(
        name="Northmoor Combined Transport Authority",
        lh=["Northmoor Combined Transport Authority", "Canal Wharf House, 1 Canal Wharf", "Northmoor NM1 4TA",
            "information.requests@northmoortransport.org.uk"],
        sig=["Yours faithfully", "", "Information Governance Team", "Northmoor Transport",
             "(Northmoor Combined Transport Authority)"],
        rights=foia_rights("information.requests@northmoortransport.org.uk"),
        slogan="Northmoor Transport - moving Northmoor forward",
        marking=None,
        log_site="Northmoor Transport", short="the Authority",
        log_crumbs="Home > About us > Transparency > FOI disclosure log",
    ),
    "AM": Profile(
        name="Western Dales Ambulance Service NHS Foundation Trust",
        lh=["Western Dales Ambulance Service", "NHS Foundation Trust", "Information Governance Department",
            "Trust Headquarters, Fellside Park, Skelbeck SK3 9WD", "wdas.foi@nhs.net"],
        sig=["Yours sincerely", "", "Freedom of Information Lead",
             "Western Dales Ambulance Service NHS Foundation Trust"],
        rights=foia_rights("wdas.foi@nhs.net"),
        slogan="Caring for you, when it matters most",
        marking="OFFICIAL",
        log_site="Western Dales Ambulance Service NHS Foundation Trust", short="the Trust",
        log_crumbs="Home > About us > Freedom of Information > Disclosure log",
    ),
}


# ---------------------------------------------------------------------------
# default answer text by stance

def default_answer(L, q):
    prof = PROFILES[L.auth]
    if q.ans:
        return q.ans
    if q.stance == "withheld":
        return f"This information is held but is withheld under {cite(q.ex)}."
    if q.stance == "ncnd":
        return f"{prof.short.capitalize()} neither confirms nor denies whether it holds this information, by virtue of {cite(q.ex)}."
    if q.stance == "not_held":
        return f"{prof.short.capitalize()} does not hold this information."
    if q.stance == "refused":
        return f"This part of your request is refused under {cite(q.ex)}."
    raise ValueError(f"{L.key} {q.id}: released answer text missing")


# ---------------------------------------------------------------------------
# header / footer blocks

def header(L):
    prof = PROFILES[L.auth]
    o = L.opts
    ds = o.get("datestyle", "long")
    b = []
    if prof.marking:
        b.append(("marking", prof.marking))
    b.append(("lh", prof.lh))
    meta = []
    mk = o.get("meta", "ourref")
    d = fmt_date(L.date, ds)
    r = fmt_date(L.received, o.get("recstyle", ds)) if L.received else ""
    if mk == "ourref":
        meta = [f"Our Ref: {L.ref}", "Your Ref: -", f"Date: {d}"]
    elif mk == "refdate":
        meta = [f"Reference: {L.ref}", f"Date of response: {d}"]
        if r:
            meta.insert(1, f"Request received: {r}")
    elif mk == "foiref":
        meta = [f"FOI Reference: {L.ref}", f"Date: {d}"]
        if r:
            meta.append(f"Date received: {r}")
    elif mk == "dateonly":
        meta = [d]
    elif mk == "table":
        meta = [f"Request reference | {L.ref}", f"Date received | {r}", f"Date of response | {d}"]
    b.append(("meta", meta))
    if L.draft and o.get("draftmark", True):
        b.insert(0, ("marking", "DRAFT - FOR APPROVAL"))
    b.append(("p", "Dear"))
    t = o.get("titleline")
    if t is None:
        t = f"Request for information - {L.ref} - {L.title}" if mk == "dateonly" else f"Re: {L.title}"
    b.append(("title", t))
    for para in L.intro:
        b.append(("p", para.format(received=r, date=d, ref=L.ref)))
    return b


def footer(L):
    prof = PROFILES[L.auth]
    b = [("p", x) for x in L.outro]
    if not L.opts.get("norights"):
        b += list(prof.rights)
    b.append(("sig", prof.sig))
    return b


def qlist(items, multipart):
    """items: list of Q -> 'question 3 of part 1 and questions 1 and 2 of part 2'."""
    def join(xs):
        xs = [str(x) for x in xs]
        return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]
    if not multipart:
        nums = [q.num for q in items]
        return ("question " if len(nums) == 1 else "questions ") + join(nums)
    byp = {}
    for q in items:
        byp.setdefault(q.part, []).append(q.num)
    segs = []
    for p, nums in byp.items():
        segs.append(("question " if len(nums) == 1 else "questions ") + join(nums) + f" in part {p}")
    return join(segs)


# ---------------------------------------------------------------------------
# house styles

def part_head(L, p):
    return [("h", p.heading)] if p.heading else []


def style_interleaved(L):
    o = L.opts
    ql, al = o.get("ql", "Question {n}: "), o.get("al", "Answer: ")
    b = []
    for p in L.parts:
        b += part_head(L, p)
        for pre in p.preamble:
            b.append(("p", pre))
        for q in p.qs:
            b.append(("q", ql.format(n=q.num) + q.text))
            b.append(("a", al.format(n=q.num) + default_answer(L, q)))
    return b


def style_youasked(L):
    o = L.opts
    ya, orr = o.get("labels", ("You asked:", "Our response:"))
    numbered = o.get("numbered", False)
    b = []
    for p in L.parts:
        b += part_head(L, p)
        for pre in p.preamble:
            b.append(("p", pre))
        for q in p.qs:
            b.append(("label", ya))
            b.append(("q", (f"{q.num}. " if numbered else "") + q.text))
            b.append(("label", orr))
            b.append(("a", default_answer(L, q)))
    return b


def style_table(L):
    o = L.opts
    cols = o.get("cols", 2)
    hdr = o.get("hdr", ("Question", "Response") if cols == 2 else ("No.", "Information requested", "Response"))
    b = []
    for p in L.parts:
        b += part_head(L, p)
        for pre in p.preamble:
            b.append(("p", pre))
        rows = []
        for q in p.qs:
            if cols == 2:
                rows.append([f"{q.num}. {q.text}", default_answer(L, q)])
            else:
                rows.append([str(q.num), q.text, default_answer(L, q)])
        b.append(("table", list(hdr), rows))
    for para in o.get("after_table", []):
        b.append(("p", para))
    return b


def restate(L, lead):
    b = [("p", lead)]
    for p in L.parts:
        b += part_head(L, p)
        for pre in p.preamble:
            b.append(("p", pre))
        for q in p.qs:
            b.append(("q", f"{q.num}. {q.text}"))
    return b


def style_restate_numbered(L):
    o = L.opts
    b = restate(L, L.lead or "I note you seek access to the following information:")
    b.append(("h", o.get("resp_head", "Response")))
    for para in o.get("resp_intro", []):
        b.append(("p", para))
    for p in L.parts:
        if L.multipart and p.heading:
            b.append(("h", p.heading))
        for q in p.qs:
            b.append(("a", f"{q.num}. {default_answer(L, q)}"))
    for para in L.harm:
        b.append(("p", para))
    return b


def style_decision(L):
    o = L.opts
    prof = PROFILES[L.auth]
    b = restate(L, L.lead or "I note you seek access to the following information:")
    qs = L.questions()
    groups = {}
    for q in qs:
        if q.stance in ("withheld", "ncnd", "refused"):
            groups.setdefault((q.stance, tuple(q.ex)), []).append(q)
    sents = [o.get("dec_open", f"Your request has now been considered and I can confirm that {prof.short} holds "
                                "information within the scope of your request.")]
    for (st, ex), items in groups.items():
        custom = [q.dec for q in items if q.dec]
        if custom:
            sents.append(custom[0])
            continue
        ql = qlist(items, L.multipart)
        if st == "withheld":
            sents.append(f"However, I am withholding the information requested at {ql} under {cite(ex)}.")
        elif st == "ncnd":
            sents.append(f"In respect of {ql}, {prof.short} neither confirms nor denies that it holds the information, "
                         f"relying on {cite(ex)}.")
        else:
            sents.append(f"I am refusing {ql} under {cite(ex)}.")
    b.append(("p", " ".join(sents)))
    for para in L.harm:
        b.append(("p", para))
    rest = [q for q in qs if q.stance not in ("withheld", "ncnd", "refused")]
    if rest:
        b.append(("p", o.get("rest_lead", f"The response to {qlist(rest, L.multipart)} is provided below.")))
        for p in L.parts:
            items = [q for q in p.qs if q in rest]
            if not items:
                continue
            if L.multipart and p.heading:
                b.append(("h", p.heading.split(" - ")[0] if o.get("short_parts") else p.heading))
            for q in items:
                b.append(("a", o.get("akey", "Question {n} - ").format(n=q.num) + default_answer(L, q)))
    return b


def style_request_email(L):
    o = L.opts
    b = [("meta", o["email_meta"]), ("p", "Dear Sir or Madam,")]
    for para in L.intro:
        b.append(("p", para))
    for p in L.parts:
        b += part_head(L, p)
        for q in p.qs:
            b.append(("q", f"{q.num}. {q.text}"))
    for para in L.outro:
        b.append(("p", para))
    b.append(("sig", o.get("email_sig", ["Kind regards", "", "J. Morrow"])))
    return b


STYLES = {
    "interleaved": style_interleaved, "youasked": style_youasked, "table": style_table,
    "restate_numbered": style_restate_numbered, "decision": style_decision,
}


def blocks(L):
    if L.style == "request_email":
        return style_request_email(L)
    return header(L) + STYLES[L.style](L) + footer(L)


# ---------------------------------------------------------------------------
# writers

def to_text(bl, noise=None, every=14):
    out = []
    count = 0
    for blk in bl:
        k = blk[0]
        if k in ("lh", "meta", "sig"):
            out.append("\n".join(blk[1]))
        elif k == "table":
            raise ValueError("table in plain text")
        elif k == "title":
            out.append(blk[1].upper() if len(blk[1]) < 90 else blk[1])
        else:
            out.append(blk[1])
        count += 1
        if noise and count % every == 0:
            out.append("\n\n" + noise + "\n\n")
    return "\n\n".join(out).rstrip() + "\n"


def md_escape(s):
    return s.replace("|", "\\|")


def to_md(bl):
    out = []
    for blk in bl:
        k = blk[0]
        if k == "lh":
            out.append("**" + blk[1][0] + "**  \n" + "  \n".join(blk[1][1:]))
        elif k in ("meta", "sig"):
            out.append("  \n".join(x for x in blk[1]))
        elif k == "title":
            out.append("# " + blk[1])
        elif k == "h":
            out.append("## " + blk[1])
        elif k == "q":
            out.append("**" + blk[1].replace("\n", " ") + "**")
        elif k == "label":
            out.append("*" + blk[1] + "*")
        elif k == "marking":
            out.append(blk[1])
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            t = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
            for r in rows:
                t.append("| " + " | ".join(md_escape(c).replace("\n", " ") for c in r) + " |")
            out.append("\n".join(t))
        else:
            out.append(blk[1].replace("\n", "  \n"))
    return "\n\n".join(out).rstrip() + "\n"


CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.35; margin: 0; }
main { margin: 0 auto; max-width: 46em; padding: 1em 2em; }
.lh { text-align: right; font-size: 10pt; margin-bottom: 1.5em; }
.lh b { font-size: 14pt; }
.meta { margin: 1em 0; }
h1 { font-size: 13pt; } h2 { font-size: 11.5pt; margin-top: 1.2em; }
p.q { font-weight: bold; margin-bottom: 0.2em; }
p.a { margin-top: 0.2em; }
p.label { font-weight: bold; text-decoration: underline; margin: 0.8em 0 0.1em 0; }
p.small { font-size: 9.5pt; }
table.qa { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
table.qa td, table.qa th { border: 1px solid #444; padding: 4pt 6pt; vertical-align: top; text-align: left; }
table.qa th { background: #dde; }
.marking { text-align: center; font-weight: bold; }
"""

PRINT_CSS = """
@page { size: A4; margin: 22mm 18mm 24mm 18mm; }
.pgfoot { position: fixed; bottom: -14mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; color: #333; }
.pghead { position: fixed; top: -14mm; left: 0; right: 0; text-align: center; font-size: 9pt; font-weight: bold; }
"""

LOG_CSS = """
.cookie { background: #222; color: #fff; padding: 0.7em 1.2em; font-size: 9.5pt; }
.cookie button { margin-left: 1em; }
header.site { background: #0b4f6c; color: #fff; padding: 0.8em 1.5em; }
header.site a { color: #fff; margin-right: 1.2em; text-decoration: none; }
.crumbs { font-size: 9pt; padding: 0.5em 2em; color: #555; }
footer.site { border-top: 1px solid #ccc; margin-top: 2em; padding: 1em 2em; font-size: 9pt; color: #555; }
"""


def e(s):
    return H.escape(s).replace("\n", "<br>\n")


def html_blocks(bl):
    out = []
    for blk in bl:
        k = blk[0]
        if k == "lh":
            out.append('<div class="lh"><b>' + e(blk[1][0]) + "</b><br>" + "<br>".join(e(x) for x in blk[1][1:]) + "</div>")
        elif k in ("meta", "sig"):
            out.append('<p class="meta">' + "<br>".join(e(x) for x in blk[1]) + "</p>")
        elif k == "title":
            out.append("<h1>" + e(blk[1]) + "</h1>")
        elif k == "h":
            out.append("<h2>" + e(blk[1]) + "</h2>")
        elif k == "marking":
            out.append('<p class="marking">' + e(blk[1]) + "</p>")
        elif k == "table":
            t = ['<table class="qa" border="1" cellpadding="4">', "<tr>" + "".join("<th>" + e(h) + "</th>" for h in blk[1]) + "</tr>"]
            for r in blk[2]:
                t.append("<tr>" + "".join("<td>" + e(c) + "</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif k in ("q", "a", "label", "small"):
            out.append(f'<p class="{k}">' + e(blk[1]) + "</p>")
        else:
            out.append("<p>" + e(blk[1]) + "</p>")
    return "\n".join(out)


def to_html(bl, title, prof=None, chrome=False, printed=False, pagehead=None, pagefoot=None, date_line=None):
    css = CSS + (PRINT_CSS if printed else "") + (LOG_CSS if chrome else "")
    parts = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{e(title)}</title>", f"<style>{css}</style></head><body>"]
    if printed:
        boxes = ""
        if pagehead:
            boxes += '@top-center { content: "%s"; font-family: Arial, sans-serif; font-size: 9pt; font-weight: bold; } ' % pagehead.replace('"', "'")
        if pagefoot:
            boxes += '@bottom-left { content: "%s"; font-family: Arial, sans-serif; font-size: 8pt; } ' % pagefoot.replace('"', "'")
        boxes += '@bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: Arial, sans-serif; font-size: 8pt; }'
        parts.insert(3, "<style>@page { " + boxes + " }</style>")
    if chrome:
        parts.append('<div class="cookie">We use cookies to make this website work and to understand how you use it. '
                     '<button>Accept all cookies</button><button>Reject non-essential</button> '
                     '<a href="/cookies">Cookie settings</a></div>')
        parts.append(f'<header class="site"><strong>{e(prof.log_site)}</strong> &nbsp; <a href="/">Home</a>'
                     '<a href="/services">Services</a><a href="/news">News</a><a href="/contact">Contact us</a>'
                     '<a href="/search">Search</a></header>')
        parts.append(f'<div class="crumbs">{e(prof.log_crumbs)}</div>')
        if date_line:
            parts.append(f'<div class="crumbs">{e(date_line)}</div>')
    parts.append("<main>")
    parts.append(html_blocks(bl))
    parts.append("</main>")
    if chrome:
        parts.append('<footer class="site"><p>Accessibility statement | Privacy notice | Terms and conditions | '
                     'Modern slavery statement | Sitemap</p><p>Was this page helpful? Yes / No</p>'
                     f'<p>&copy; {e(prof.log_site)}. All rights reserved. Page last reviewed: 2025.</p></footer>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------------------
# PostScript (for Ghostscript pdfwrite)

PS_MAP = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2022": "*"}


def ps_str(s):
    s = "".join(PS_MAP.get(c, c) for c in s)
    o = []
    for c in s:
        if c in "()\\":
            o.append("\\" + c)
        elif ord(c) < 128:
            o.append(c)
        elif ord(c) < 256:
            o.append("\\%03o" % ord(c))
        else:
            o.append("?")
    return "(" + "".join(o) + ")"


HYPH_WORDS = ["com-mer-cial", "infor-ma-tion", "inves-ti-ga-tion", "dis-clo-sure", "author-isa-tions",
              "environ-men-tal", "confi-den-tial-ity", "with-hold-ing", "pro-cure-ment", "regu-la-tions",
              "preju-dice", "consid-ered", "indi-vid-ual", "inter-est", "excep-tion", "manage-ment",
              "equip-ment", "author-ity", "infra-struc-ture", "substan-tially", "negoti-ating", "respon-sible",
              "sur-veil-lance", "estab-lished", "sched-uled", "con-fir-ming", "mainte-nance", "capa-bility",
              "account-ability", "competi-tive", "legiti-mate", "presump-tion", "frame-work", "require-ment"]
HYPH = {}
for _w in HYPH_WORDS:
    _pos, _n = [], 0
    for _part in _w.split("-")[:-1]:
        _n += len(_part)
        _pos.append(_n)
    HYPH[_w.replace("-", "")] = _pos


def wrap_hyph(text, width):
    """Word wrap; long alphabetic words may be hyphenated across lines (as in real letters)."""
    lines = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split():
            cand = (cur + " " + w) if cur else w
            if len(cand) <= width:
                cur = cand
                continue
            room = width - len(cur) - 2 if cur else width - 1
            k = 0
            for b in HYPH.get(w.rstrip(".,;:)"), []):
                if b <= room:
                    k = b
            if k:
                cur = (cur + " " if cur else "") + w[:k] + "-"
                lines.append(cur)
                cur = w[k:]
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def to_ps(bl, head=None, foot=None, width=84):
    rendered = []  # (font, text) lines, None = blank
    for blk in bl:
        k = blk[0]
        if k in ("lh", "meta", "sig"):
            for x in blk[1]:
                rendered.append(("F1" if k != "lh" or x != blk[1][0] else "F2", x))
        elif k == "table":
            raise ValueError("no tables in PS letters")
        elif k in ("title", "h", "label", "marking"):
            for x in wrap_hyph(blk[1], width):
                rendered.append(("F2", x))
        elif k == "q":
            for x in wrap_hyph(blk[1], width):
                rendered.append(("F2", x))
        else:
            for x in wrap_hyph(blk[1], width):
                rendered.append(("F1", x))
        rendered.append(None)
    top, bottom, lh = 790, 70, 12.5
    pages, cur, y = [], [], top
    for ln in rendered:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        if ln is None:
            if cur:
                y -= lh * 0.6
            continue
        cur.append((ln[0], y, ln[1]))
        y -= lh
    if cur:
        pages.append(cur)
    ps = ["%!PS-Adobe-3.0", f"%%Pages: {len(pages)}", "%%EndComments",
          "/MyEnc ISOLatin1Encoding 256 array copy def MyEnc 45 /hyphen put MyEnc 39 /quotesingle put",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
          "/Encoding MyEnc def currentdict end definefont pop } bind def",
          "/F1n /Courier reenc /F2n /Courier-Bold reenc /F3n /Helvetica reenc",
          "/F1 { /F1n findfont 10 scalefont setfont } def",
          "/F2 { /F2n findfont 10 scalefont setfont } def",
          "/F3 { /F3n findfont 8 scalefont setfont } def"]
    for i, pg in enumerate(pages, 1):
        ps.append(f"%%Page: {i} {i}")
        ps.append("<< /PageSize [595 842] >> setpagedevice")
        if head:
            ps.append(f"F3 260 815 moveto {ps_str(head)} show")
        for font, y, text in pg:
            ps.append(f"{font} 50 {y:.1f} moveto {ps_str(text)} show")
        if foot:
            ps.append(f"F3 50 40 moveto {ps_str(foot)} show")
        ps.append(f"F3 500 40 moveto {ps_str(f'Page {i} of {len(pages)}')} show")
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"
