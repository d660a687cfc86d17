"""Render a Letter into blocks, then into txt / md / html."""
import html as _html
import textwrap

from .model import fmt_date, ex_disp

# ------------------------------------------------------------------ harm texts
HARM = {
    "police_s31_ict": [
        ("h", "Evidence of Harm"),
        ("p", "Information released under the Act is released to the world at large, not only to the "
              "person who asked for it. Details of the Constabulary's ICT suppliers, the value of its "
              "contracts and the way its contact systems are arranged would, taken together with "
              "similar disclosures by other forces, allow a picture to be built of where police "
              "systems are weakest. Those who attack police networks actively look for such "
              "information."),
        ("p", "A successful attack on the contact centre or the telephony that feeds it would "
              "interrupt the public's ability to report crime and would hinder the prevention and "
              "detection of crime and the apprehension of offenders."),
        ("h", "Public Interest Test"),
        ("p", "Factors favouring disclosure: openness about how public money is spent and "
              "reassurance that contracts represent value for money."),
        ("p", "Factors favouring non-disclosure: the threat to police systems has grown markedly "
              "and national guidance to forces has changed accordingly. The public interest in "
              "keeping those systems secure is very strong."),
        ("h", "Balance Test"),
        ("p", "Having weighed these factors I have concluded that the balance of the public interest "
              "lies in withholding the exempt information."),
    ],
    "police_s31_ops": [
        ("p", "Section 31 is a prejudice-based, qualified exemption. Disclosure of the information "
              "withheld would reveal operational capability that offenders could use to their "
              "advantage, and I am satisfied that the public interest favours withholding it."),
    ],
    "police_ncnd": [
        ("h", "Neither Confirm Nor Deny"),
        ("p", "Section 23 is an absolute, class-based exemption and there is no requirement to "
              "consider the public interest. Sections 24 and 31 are prejudice-based, qualified "
              "exemptions, so the harm in confirming or denying, and the public interest, have "
              "been considered."),
        ("p", "Confirming or denying whether specialist techniques are or are not used would allow "
              "those intent on crime to map capability across forces and adapt their behaviour. "
              "The public interest in law enforcement and national security outweighs that in "
              "confirmation."),
        ("p", "No inference can be taken from this refusal that the information you have requested "
              "does or does not exist."),
    ],
    "s43": [
        ("h", "Section 43(2) – Commercial Interests"),
        ("p", "Section 43(2) exempts information whose disclosure would, or would be likely to, "
              "prejudice the commercial interests of any person, including the public authority "
              "itself. Pricing information agreed with a supplier remains commercially sensitive "
              "while the arrangement is live and while comparable services are being procured "
              "elsewhere. Releasing it would be likely to weaken the authority's negotiating "
              "position and the supplier's position with its other customers."),
        ("p", "We recognise the public interest in transparency over the use of public funds; "
              "overall spend is published in our annual accounts. On balance we consider the public "
              "interest favours withholding the detail."),
    ],
    "eir_12_5_e": [
        ("h", "Regulation 12(5)(e)"),
        ("p", "Information about the treatment and disposal of waste is environmental information, "
              "so this request has been handled under the Environmental Information Regulations "
              "2004 rather than the Freedom of Information Act 2000."),
        ("p", "Regulation 12(5)(e) allows a public authority to refuse to disclose information "
              "where disclosure would adversely affect the confidentiality of commercial or "
              "industrial information, where such confidentiality is provided by law to protect a "
              "legitimate economic interest. The contract prices were provided in confidence and "
              "disclosure would harm the contractor's position in other tenders."),
        ("p", "Regulation 12(2) requires us to apply a presumption in favour of disclosure. Having "
              "done so, we consider that the public interest in maintaining the exception "
              "outweighs the public interest in disclosure."),
    ],
    "council_s31": [
        ("p", "Section 31(1)(a) of the Act applies where disclosure would, or would be likely to, "
              "prejudice the prevention or detection of crime. Information about the council's "
              "cyber defences, including insurance arrangements, would be of use to criminals "
              "planning an attack. We have considered the public interest and concluded that it "
              "favours withholding the information."),
    ],
    "council_ncnd": [
        ("p", "The council takes the view that confirming or denying whether it has been the "
              "subject of particular cyber incidents would itself assist those seeking to attack "
              "local authority networks. Section 31(3) removes the duty to confirm or deny where "
              "doing so would prejudice the matters in section 31(1). The public interest in "
              "protecting the council's systems outweighs that in confirmation. This response "
              "should not be read as indicating whether or not any such incident has occurred."),
    ],
    "foisa_s33": [
        ("h", "Section 33(1)(b) – commercial interests"),
        ("p", "Section 33(1)(b) of FOISA exempts information where disclosure would, or would be "
              "likely to, prejudice substantially the commercial interests of any person. This "
              "exemption is subject to the public interest test in section 2(1)(b). We consider "
              "that disclosure would prejudice substantially the position of the Partnership and "
              "of its supplier, and that the public interest favours withholding the information."),
    ],
    "foisa_s35": [
        ("h", "Section 35(1)(a) – law enforcement"),
        ("p", "Following advice from the Scottish Government's cyber resilience team, the "
              "Partnership now treats details of its core communications suppliers as information "
              "whose release would, or would be likely to, prejudice substantially the prevention "
              "or detection of crime, as it would help those planning attacks on public bodies. "
              "We have applied the public interest test in section 2(1)(b) and concluded that it "
              "favours withholding."),
    ],
    "foisa_s18": [
        ("h", "Section 18(1) – neither confirm nor deny"),
        ("p", "Under section 18(1) of FOISA, the Partnership is not required to reveal whether the "
              "information you asked for exists or is held, where, if it did exist and were held, "
              "it could be withheld under one of the listed exemptions, and revealing whether it "
              "exists would be contrary to the public interest. If the information existed and "
              "were held, it would be exempt under section 35(1)(a) of FOISA (law enforcement)."),
    ],
    "foisa_s17": [
        ("p", "Under section 17(1) of FOISA, this letter serves as notice that the Partnership does "
              "not hold some of the information you have requested, as explained above."),
    ],
    "trust_s43": [
        ("h", "Commercial interests"),
        ("p", "The Trust considers that the rates it pays individual agencies, and the sums paid "
              "to each, are commercially sensitive under section 43(2) of the Freedom of "
              "Information Act. Agencies compete for the Trust's business and publishing rates "
              "would undermine the Trust's ability to secure cover at the lowest available price. "
              "The public interest in accountability for spending is met by the publication of "
              "total agency expenditure in the Trust's annual report."),
    ],
}

COMPLAINT = {
    "foia": ("If you are unhappy with the way your request has been handled, you may ask for an "
             "internal review by writing to us within 40 working days of the date of this letter. "
             "If you remain dissatisfied after the review you may complain to the Information "
             "Commissioner under section 50 of the Freedom of Information Act 2000: Information "
             "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    "eir": ("If you are dissatisfied with this response you may make representations under "
            "regulation 11 of the Environmental Information Regulations 2004 within 40 working days. "
            "You may then apply to the Information Commissioner, whose powers under section 50 of "
            "the Freedom of Information Act 2000 apply to the Regulations by virtue of regulation 18."),
    "foisa": ("If you are dissatisfied with the way we have dealt with your request, you can ask us "
              "to review our actions and decisions by writing within 40 working days, under "
              "section 20(1) of FOISA. If you remain dissatisfied following the review you have "
              "the right to apply to the Scottish Information Commissioner for a decision under "
              "section 47(1): Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, "
              "St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal. Should you then wish "
              "to appeal against the Commissioner's decision, you have the right to appeal to the "
              "Court of Session on a point of law only."),
}


def _part_label(L, pi):
    fmt = L.opts.get("partlab", "Part {n}")
    return fmt.format(n=pi, A="ABCDEFGH"[pi - 1])


def _nums_phrase(nums):
    nums = [str(n) for n in nums]
    if len(nums) == 1:
        return "question " + nums[0]
    return "questions " + ", ".join(nums[:-1]) + " and " + nums[-1]


def header_blocks(L):
    A = L.auth
    b = []
    if L.kind == "draft" and L.opts.get("draft_mark", True):
        b.append(("p", L.opts.get("draft_text", "DRAFT – NOT FOR RELEASE")))
    b.append(("letterhead", A["letterhead"]))
    dv = L.opts.get("datev", 0)
    meta = []
    if L.opts.get("meta_style", 0) == 0:
        meta.append(("Our ref", L.ref))
        meta.append(("Date", fmt_date(L.date, dv)))
    elif L.opts["meta_style"] == 1:
        meta.append(("Date", fmt_date(L.date, dv)))
        meta.append(("Request reference", L.ref))
    else:
        meta.append(("", fmt_date(L.date, dv)))
    b.append(("meta", meta))
    b.append(("p", L.opts.get("salute", "Dear")))
    subj = L.opts.get("subject")
    if subj is None:
        act = {"foia": "FREEDOM OF INFORMATION REQUEST",
               "eir": "ENVIRONMENTAL INFORMATION REGULATIONS 2004 – REQUEST",
               "foisa": "Freedom of Information (Scotland) Act 2002 – information request"}[L.regime]
        subj = f"{act} – {L.ref} – {L.title}" if L.opts.get("meta_style", 0) == 2 else f"{act}: {L.title}"
    b.append(("h", subj))
    rv = L.opts.get("recv", 0)
    if L.intro:
        intro = L.intro
    else:
        intro = {0: "Thank you for your request for information, which we received on {r}.",
                 1: "I refer to your request for information received on {r}.",
                 2: "We acknowledge receipt of your email of {r} requesting information from {a}."}[rv]
    intro = intro.replace("{r}", fmt_date(L.received, L.opts.get("recv_datev", 0)) if L.received else "").replace("{a}", A["name"])
    b.append(("p", intro))
    return b


def footer_blocks(L, harm_done=False):
    b = []
    if L.harm and not harm_done:
        for k in L.harm:
            b.extend(HARM[k])
    if L.opts.get("outro", True):
        b.append(("p", L.opts.get("outro_text",
                                  "Please do not hesitate to contact us if you have any queries about this response.")))
    b.append(("h", L.opts.get("rights_head", "Your right to complain")))
    b.append(("p", COMPLAINT[L.regime]))
    b.append(("p", L.opts.get("closing", "Yours sincerely")))
    b.append(("sig", L.auth["sig"]))
    return b


def request_blocks(L, numbered=True):
    """The request restated: parts and numbered questions."""
    b = []
    lead = L.opts.get("lead", "You asked for the following information:")
    b.append(("p", lead))
    if L.prose:
        b.append(("quote", L.prose))
        return b
    for pi, (head, pre, qs) in enumerate(L.parts, 1):
        if head:
            b.append(("h", head))
        if pre:
            b.append(("p", pre))
        if numbered:
            b.append(("ol", [(f"{q.number}.", q.text) for q in qs]))
        else:
            b.append(("ul", [q.text for q in qs]))
    return b


def style_restate(L):
    b = request_blocks(L, numbered=not L.opts.get("unnumbered"))
    b.append(("h", L.opts.get("resp_head", "Response")))
    if L.opts.get("resp_lead"):
        b.append(("p", L.opts["resp_lead"]))
    akey = L.opts.get("akey", "{n}.")
    for pi, (head, pre, qs) in enumerate(L.parts, 1):
        if L.multipart:
            b.append(("h", _part_label(L, pi)))
        order = L.opts.get("answer_order")
        if order:
            qs = [qs[n - 1] for n in order]
        for q in qs:
            b.append(("p", akey.format(n=q.number) + " " + q.answer(L)))
    return b


def style_interleaved(L):
    b = []
    lead = L.opts.get("lead", "Your request and our response are set out below.")
    b.append(("p", lead))
    qlab = L.opts.get("qlab", "Question {n}")
    alab = L.opts.get("alab", "Response")
    for pi, (head, pre, qs) in enumerate(L.parts, 1):
        if head:
            b.append(("h", head))
        if pre:
            b.append(("p", pre))
        for q in qs:
            b.append(("qa", qlab.format(n=q.number), q.text, alab.format(n=q.number), q.answer(L)))
    return b


def style_youasked(L):
    b = []
    if L.opts.get("lead"):
        b.append(("p", L.opts["lead"]))
    ql = L.opts.get("qlab", "You asked:")
    al = L.opts.get("alab", "Our response:")
    for pi, (head, pre, qs) in enumerate(L.parts, 1):
        if head:
            b.append(("h", head))
        if pre:
            b.append(("p", pre))
        for q in qs:
            b.append(("qa", ql, q.text, al, q.answer(L)))
    return b


def style_table(L):
    b = []
    b.append(("p", L.opts.get("lead", "The information you requested is set out in the table below.")))
    cols = L.opts.get("cols", ("Question", "Response"))
    for pi, (head, pre, qs) in enumerate(L.parts, 1):
        if head:
            b.append(("h", head))
        if pre:
            b.append(("p", pre))
        rows = []
        for q in qs:
            if len(cols) == 3:
                rows.append((str(q.number), q.text, q.answer(L)))
            else:
                rows.append((f"{q.number}. {q.text}" if L.opts.get("num_in_cell", True) else q.text,
                             q.answer(L)))
        b.append(("table", cols, rows))
    return b


def style_decision(L):
    b = request_blocks(L, numbered=True)
    groups = {}
    for q in L.questions:
        if q.stance == "withheld":
            groups.setdefault(tuple(q.ex), []).append(q)
    A = L.auth
    if groups:
        clauses = []
        for ex, qs in groups.items():
            if L.multipart:
                per = {}
                for q in qs:
                    per.setdefault(q.part, []).append(q.number)
                bits = [f"{_nums_phrase(n)} in part {p} of your request" for p, n in sorted(per.items())]
                where = " and ".join(bits)
            else:
                where = _nums_phrase([q.number for q in qs])
            clauses.append(f"{ex_disp(list(ex), L.opts.get('exv', 0))} to {where}")
        b.append(("p", f"Your request has now been considered and I can confirm that {A['name']} "
                       f"holds information relevant to your request. However, I will be citing "
                       + "; and ".join(clauses) + "."))
        if L.opts.get("decision_note"):
            b.append(("p", L.opts["decision_note"]))
        if L.harm:
            for k in L.harm:
                b.extend(HARM[k])
    rest = [q for q in L.questions if q.stance != "withheld"]
    if rest:
        if L.multipart:
            per = {}
            for q in rest:
                per.setdefault(q.part, []).append(q.number)
            where = " and ".join(f"{_nums_phrase(n)} in part {p}" for p, n in sorted(per.items()))
        else:
            where = _nums_phrase([q.number for q in rest])
        b.append(("p", f"The response to {where} is provided below."))
        sep = L.opts.get("dsep", " – ")
        for pi, (head, pre, qs) in enumerate(L.parts, 1):
            rq = [q for q in qs if q.stance != "withheld"]
            if not rq:
                continue
            if L.multipart:
                b.append(("h", _part_label(L, pi)))
            for q in rq:
                b.append(("p", f"Question {q.number}{sep}{q.answer(L)}"))
    return b


def style_prose(L):
    b = request_blocks(L)
    b.append(("p", L.opts.get("resp_lead", "In response to your questions:")))
    items = []
    for q in L.questions:
        items.append(f"{q.label}: {q.answer(L)}" if q.label else q.answer(L))
    b.append(("ul", items))
    return b


def style_bare(L):
    """An incoming request: an email with the questions and no answers."""
    A = L.auth
    b = [("meta", [("From", L.opts.get("from", "J. Requester <requests@example.org>")),
                   ("To", A["foi_email"]),
                   ("Date", fmt_date(L.date, 5)),
                   ("Subject", f"Freedom of Information request – {L.title}")]),
         ("meta", [("Logged as", L.ref)]),
         ("p", L.opts.get("salute", "Dear Sir or Madam,")),
         ("p", L.intro)]
    for pi, (head, pre, qs) in enumerate(L.parts, 1):
        if head:
            b.append(("h", head))
        if pre:
            b.append(("p", pre))
        b.append(("ol", [(f"{q.number}.", q.text) for q in qs]))
    b.append(("p", L.opts.get("close", "I would prefer to receive the information electronically. "
                                       "Many thanks for your help.")))
    b.append(("p", "Yours faithfully,"))
    b.append(("p", L.opts.get("signed", "J. Requester")))
    return b


STYLES = {"restate": style_restate, "interleaved": style_interleaved, "youasked": style_youasked,
          "table": style_table, "decision": style_decision, "prose": style_prose}


def render_blocks(L):
    if L.style == "bare":
        return style_bare(L)
    body = STYLES[L.style](L)
    return header_blocks(L) + body + footer_blocks(L, harm_done=(L.style == "decision"))


# ------------------------------------------------------------------ emitters
def to_txt(blocks, banner=None, every=0):
    out = []
    n = 0
    for blk in blocks:
        t = blk[0]
        if t == "letterhead":
            out.extend(blk[1])
            out.append("")
        elif t == "meta":
            for k, v in blk[1]:
                out.append(f"{k}: {v}" if k else v)
            out.append("")
        elif t == "h":
            out.append(blk[1])
            out.append("")
        elif t == "p":
            out.append(blk[1])
            out.append("")
        elif t == "quote":
            out.append('"' + blk[1] + '"')
            out.append("")
        elif t == "qa":
            _, ql, qt, al, at = blk
            out.append(f"{ql} {qt}")
            out.append(f"{al} {at}")
            out.append("")
        elif t == "ol":
            for num, text in blk[1]:
                out.append(f"{num} {text}")
            out.append("")
        elif t == "ul":
            for text in blk[1]:
                out.append(f"• {text}")
            out.append("")
        elif t == "table":
            _, cols, rows = blk
            for r in rows:
                for c, v in zip(cols, r):
                    out.append(f"{c}: {v}")
                out.append("")
        elif t == "sig":
            out.extend(blk[1])
            out.append("")
        n += 1
        if banner and every and n % every == 0:
            out.extend(["", banner, ""])
    return "\n".join(out).rstrip() + "\n"


def _esc(s):
    return _html.escape(s, quote=False)


def to_md(blocks):
    out = []
    for blk in blocks:
        t = blk[0]
        if t == "letterhead":
            out.append("**" + blk[1][0] + "**  ")
            out.extend(l + "  " for l in blk[1][1:])
            out.append("")
        elif t == "meta":
            for k, v in blk[1]:
                out.append(f"**{k}:** {v}  " if k else v + "  ")
            out.append("")
        elif t == "h":
            out.append("## " + blk[1])
            out.append("")
        elif t == "p":
            out.append(blk[1])
            out.append("")
        elif t == "quote":
            out.append("> " + blk[1])
            out.append("")
        elif t == "qa":
            _, ql, qt, al, at = blk
            out.append(f"**{ql}** {qt}")
            out.append("")
            out.append(f"**{al}** {at}")
            out.append("")
        elif t == "ol":
            for num, text in blk[1]:
                out.append(f"{num} {text}")
            out.append("")
        elif t == "ul":
            for text in blk[1]:
                out.append(f"- {text}")
            out.append("")
        elif t == "table":
            _, cols, rows = blk
            out.append("| " + " | ".join(cols) + " |")
            out.append("|" + "---|" * len(cols))
            for r in rows:
                out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            out.append("")
        elif t == "sig":
            out.extend(l + "  " for l in blk[1])
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_html_body(blocks):
    out = []
    for blk in blocks:
        t = blk[0]
        if t == "letterhead":
            out.append('<div class="letterhead"><strong>' + _esc(blk[1][0]) + "</strong><br>"
                       + "<br>".join(_esc(l) for l in blk[1][1:]) + "</div>")
        elif t == "meta":
            out.append("<p class=\"meta\">" + "<br>".join(
                (f"<b>{_esc(k)}:</b> {_esc(v)}" if k else _esc(v)) for k, v in blk[1]) + "</p>")
        elif t == "h":
            out.append(f"<h3>{_esc(blk[1])}</h3>")
        elif t == "p":
            out.append(f"<p>{_esc(blk[1])}</p>")
        elif t == "quote":
            out.append(f"<blockquote><p>{_esc(blk[1])}</p></blockquote>")
        elif t == "qa":
            _, ql, qt, al, at = blk
            out.append(f"<p><strong>{_esc(ql)}</strong> {_esc(qt)}</p>")
            out.append(f"<p><strong>{_esc(al)}</strong> {_esc(at)}</p>")
        elif t == "ol":
            out.append("<div class=\"req\">" + "".join(
                f"<p>{_esc(num)} {_esc(text)}</p>" for num, text in blk[1]) + "</div>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{_esc(x)}</li>" for x in blk[1]) + "</ul>")
        elif t == "table":
            _, cols, rows = blk
            h = "".join(f"<th>{_esc(c)}</th>" for c in cols)
            r = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows)
            out.append(f'<table border="1" cellpadding="4" cellspacing="0"><thead><tr>{h}</tr></thead><tbody>{r}</tbody></table>')
        elif t == "sig":
            out.append("<p>" + "<br>".join(_esc(l) for l in blk[1]) + "</p>")
    return "\n".join(out)


PRINT_CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 2cm; }
.letterhead { text-align: right; margin-bottom: 1em; }
table { border-collapse: collapse; width: 100%; }
th { background: #ddd; }
td, th { vertical-align: top; }
h3 { font-size: 12pt; }
"""


def to_print_html(blocks, title):
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title>"
            f"<style>{PRINT_CSS}</style></head><body>\n{to_html_body(blocks)}\n</body></html>\n")


def to_log_html(blocks, L):
    """A disclosure-log page: the letter inside site chrome."""
    A = L.auth
    site = A["site"]
    nav = " | ".join(site["nav"])
    crumbs = " &gt; ".join(_esc(c) for c in site["crumbs"])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{_esc(L.ref)} {_esc(L.title)} | {_esc(A['name'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
<style>.cookie{{background:#222;color:#fff;padding:8px}} nav a{{margin-right:8px}}</style>
</head><body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this site work and to understand how you use it. <button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a href="/" class="logo">{_esc(A['name'])}</a>
<nav>{nav}</nav>
<form action="/search"><input type="search" name="q" placeholder="Search this site"><button>Search</button></form>
</header>
<div class="breadcrumb">{crumbs}</div>
<main id="main-content">
<h1>{_esc(L.ref)} – {_esc(L.title)}</h1>
<article class="disclosure">
{to_html_body(blocks)}
</article>
<aside><h2>Related pages</h2><ul><li><a href="/foi/how-to-make-a-request">How to make a request</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li></ul></aside>
</main>
<footer><p>{_esc(site['footer'])}</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
"""
