# Rendering of letters: truth -> blocks -> txt / md / html / PostScript.
import datetime
import hashlib
import html
import re
import textwrap

from concepts import C

AUTH = {
    "council": dict(
        name="Wexmoor County Council", short="the Council", we="The Council",
        head=["Wexmoor County Council", "Information Governance Team",
              "County Hall, Priory Road", "Wexbridge", "WX1 4HQ"],
        sign=["Yours sincerely", "", "Information Governance Officer",
              "Information Governance Team", "Wexmoor County Council",
              "foi@wexmoor.gov.uk"],
        slogan="Wexmoor - a great place to live, work and visit"),
    "police": dict(
        name="South Pennine Police", short="the Force", we="South Pennine Police",
        head=["South Pennine Police", "Information Rights Unit", "Force Headquarters",
              "Calder Way, Halbury", "SP3 9PL"],
        sign=["Yours sincerely", "", "Disclosure Officer", "Information Rights Unit",
              "South Pennine Police"],
        slogan="Keeping South Pennine safe - Protecting our communities"),
    "trust": dict(
        name="Thornfield and Ashdale Mental Health NHS Foundation Trust", short="the Trust",
        we="The Trust",
        head=["Thornfield and Ashdale Mental Health NHS Foundation Trust",
              "Freedom of Information Office", "Beacon House, Ashdale Road",
              "Thornfield", "TA2 7MH"],
        sign=["Kind regards", "", "Freedom of Information Lead",
              "Thornfield and Ashdale Mental Health NHS Foundation Trust"],
        slogan="Compassion - Respect - Recovery"),
    "university": dict(
        name="Kingsmere University", short="the University", we="The University",
        head=["Kingsmere University", "Governance and Legal Services",
              "Founders Building", "Kingsmere", "KM4 1UY"],
        sign=["Yours sincerely", "", "Information Compliance Manager",
              "Governance and Legal Services", "Kingsmere University"],
        slogan="Kingsmere University - Discover. Question. Change."),
}

EX = {
    "s43(2)": ["section 43(2) (commercial interests)", "Section 43(2) - Commercial Interests",
               "s.43(2) of the Act"],
    "s40(2)": ["section 40(2) (personal information)", "Section 40(2) - Personal Information",
               "s.40(2) of the Act"],
    "s31(1)(a)": ["section 31(1)(a) (law enforcement)", "Section 31(1)(a) - Law Enforcement",
                  "s.31(1)(a) of the Act"],
    "s24(1)": ["section 24(1) (national security)", "Section 24(1) - National Security",
               "s.24(1) of the Act"],
    "s41(1)": ["section 41(1) (information provided in confidence)",
               "Section 41(1) - Information provided in confidence", "s.41(1) of the Act"],
    "reg12(5)(e)": ["regulation 12(5)(e) of the EIR (confidentiality of commercial or industrial information)",
                    "Regulation 12(5)(e) - Confidentiality of commercial or industrial information",
                    "reg. 12(5)(e) EIR"],
}

HARM = {
    "s43(2)": "Disclosure would be likely to prejudice the commercial interests of {short} and of the supplier concerned: the market for these services is competitive and the information would be of value to competitors when the contract is next procured. We recognise the public interest in transparency about the use of public money, but we consider that the public interest in maintaining the exemption outweighs the public interest in disclosure.",
    "reg12(5)(e)": "The information is commercial in nature, its confidentiality is provided by law under the terms of the contract, and disclosure would adversely affect the legitimate economic interests of {short} and the contractor. We have applied a presumption in favour of disclosure as regulation 12(2) requires, but the public interest in maintaining the exception outweighs the public interest in disclosure.",
    "s31(1)(a)": "Disclosure would be likely to prejudice the prevention or detection of crime, as it would reveal capability and tactical information to those intent on committing crime. The public interest in openness has been weighed against the strong public interest in effective law enforcement, and the balance favours withholding the information.",
    "s24(1)": "Withholding the information is required for the purpose of safeguarding national security. Disclosure would allow a picture of capability to be built up across organisations and could be exploited by hostile actors. The public interest favours maintaining the exemption.",
    "s40(2)": "The information is the personal data of identifiable individuals, and disclosure would breach the first data protection principle because there is no lawful basis for it. This is an absolute exemption and no public interest test is required.",
    "s41(1)": "The information was provided to {short} in confidence by third parties under the terms of their agreements, and its disclosure would be an actionable breach of confidence.",
}

NCND = {
    ("police", ("s24(2)", "s31(3)")): "{we} can neither confirm nor deny that it holds information relevant to this question, by virtue of section 24(2) (national security) and section 31(3) (law enforcement). This response should not be taken as an indication that the information you have requested does or does not exist.",
    ("trust", ("s24(2)", "s31(3)")): "{we} can neither confirm nor deny whether it holds information relevant to this question. Sections 24(2) and 31(3) of the Act remove the duty to confirm or deny, because confirming whether or not an incident has occurred would itself be of use to those planning attacks on NHS systems.",
    ("university", ("s40(5B)",)): "{we} can neither confirm nor deny whether it holds information falling within this part of your request. To confirm or deny would itself disclose personal data about the individual named, and section 40(5B) of the Act therefore applies.",
}

NOT_HELD = {
    "sc.agency_spend": "Since the move to a new finance system in April 2025, expenditure on agency social workers is not recorded separately from other agency staffing costs, so the Council does not hold this information.",
    "vet.failed": "No information is held. The Force Vetting Unit records clearance decisions but does not record whether the applicant was applying to become a police officer.",
    "sec.lts": "The Trust does not hold this information. Long-term segregation is not recorded as a separate category on our incident reporting system.",
    "fs.cancelled_events": "The University does not hold this information. Cancellations of events are not recorded centrally.",
    "ia.students_recruited": "This information is not held. Since the move to a new admissions platform in 2023 the recruitment route of each enrolled student is not recorded.",
}

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        r = n % 100
        return ONES[n // 100] + " hundred" + (" and " + words(r) if r else "")
    return f"{n:,}"


def trim(x):
    return ("%.3f" % x).rstrip("0").rstrip(".")


def ordinal(d):
    s = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{s}"


def fmt_date(iso, var):
    d = datetime.date.fromisoformat(iso)
    opts = [f"{d.day} {d:%B %Y}", f"{d:%d/%m/%Y}", f"{ordinal(d.day)} {d:%B %Y}",
            f"{d:%B} {d.day}, {d.year}", f"{d:%d-%m-%Y}", f"{d:%d %b %Y}"]
    return opts[var % len(opts)]


def render_fact(t, v, var):
    if t == "money":
        if v != int(v) or v < 1000:
            opts = [f"£{v:.2f}", f"£{v:g}" if v == int(v) else f"£{v:.2f}", f"{v:.2f} pounds"]
        elif v >= 1_000_000:
            m = trim(v / 1e6)
            opts = [f"£{v:,.0f}", f"£{m}m", f"£{m} million", f"£{v:,.2f}"]
        else:
            v = int(v)
            k = f"£{v // 1000}k" if v % 1000 == 0 else f"£{v:,.2f}"
            opts = [f"£{v:,}", k, f"£{v:,.2f}", f"{v:,} pounds"]
    elif t == "count":
        opts = [f"{v:,}", f"{v}", words(v) if v < 100 else f"{v:,}"]
    elif t == "days":
        opts = [f"{v} days", f"{words(v)} days" if v < 100 else f"{v:,} days", f"{v} calendar days"]
    elif t == "hours":
        opts = [f"{v} hours", f"{words(v)} hours", f"{v} hrs"]
    elif t == "mm":
        opts = [f"{v}mm", f"{v} mm", f"{words(v)} millimetres"]
    elif t == "pct":
        opts = [f"{v}%", f"{v} per cent", f"{v} percent"]
    elif t == "date":
        return fmt_date(v, var)
    else:
        return str(v)
    return opts[var % len(opts)]


def h(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def exphrase(exs, var):
    out = []
    for e in exs:
        out.append(EX[e][var % len(EX[e])] if e in EX else e)
    return " and ".join(out)


def qtext(q):
    return C[q.cid]["w"][q.w]


def answer(L, q, A):
    a = _answer(L, q, A)
    return a[:1].upper() + a[1:]


def _answer(L, q, A):
    """The answer text for one question (styles other than decision use this
    for every stance)."""
    c = C[q.cid]
    seed = h(L.ref, q.cid)
    var = (seed // 11) % 3
    if q.st == "R":
        if c["t"] == "yn":
            tl = c["ay"] if q.v else c["an"]
            i = q.av if q.av is not None else seed % len(tl)
            return tl[i % len(tl)]
        tl = c["a"]
        i = q.av if q.av is not None else seed % len(tl)
        rv = q.rv if q.rv is not None else (seed // 7) % 3
        return tl[i % len(tl)].format(v=render_fact(c["t"], q.v, rv))
    if q.st == "P":
        tl = c["p"]
        i = q.av if q.av is not None else seed % len(tl)
        rv = q.rv if q.rv is not None else (seed // 7) % 3
        return tl[i % len(tl)].format(v=render_fact(c["t"], q.v, rv), ex=exphrase(q.ex, var))
    if q.st == "W":
        lead = [f"This information is withheld under {exphrase(q.ex, var)}.",
                f"{A['we']} holds this information but it is exempt from disclosure under {exphrase(q.ex, var)}.",
                f"Withheld - {exphrase(q.ex, var)}."][seed % 3]
        harm = " ".join(HARM[e].format(short=A["short"]) for e in q.ex if e in HARM)
        return lead + " " + harm
    if q.st == "N":
        return NCND[(L.auth, tuple(q.ex))].format(we=A["we"])
    if q.st == "NH":
        return NOT_HELD.get(q.cid, f"{A['we']} does not hold this information.")
    if q.st == "X":
        return "Refused - see the explanation above (section 12(1), cost limit)."
    return ""


# ------------------------------------------------------------------ blocks

def fmt_num_list(nums):
    nums = [str(n) for n in nums]
    if len(nums) == 1:
        return nums[0]
    return ", ".join(nums[:-1]) + " and " + nums[-1]


def decision_groups(L):
    """{(stance, exemptions): [(part index, number), ...]} for withheld / NCND."""
    groups = {}
    for pi, (pt, qs) in enumerate(L.parts):
        for n, q in enumerate(qs, 1):
            if q.st in ("W", "N"):
                groups.setdefault((q.st, tuple(q.ex)), []).append((pi + 1, n))
    return groups


def where(L, items):
    multi = len(L.parts) > 1
    byp = {}
    for p, n in items:
        byp.setdefault(p, []).append(n)
    segs = []
    for p, ns in byp.items():
        word = "question" if len(ns) == 1 else "questions"
        s = f"{word} {fmt_num_list(ns)}"
        if multi:
            s += f" in part {p} of your request"
        segs.append(s)
    return " and ".join(segs)


def build(L):
    A = AUTH[L.auth]
    seed = h(L.ref or L.key)
    B = []
    if L.draft and L.style != "bare":
        B.append(("p", "DRAFT - NOT FOR RELEASE - for disclosure officer review"))
    if L.style == "bare":
        return build_bare(L, A)
    B.append(("lines", A["head"]))
    if L.auth == "police":
        B.append(("p", "OFFICIAL"))
    dvar = seed % 4
    date_s = fmt_date(L.date, [0, 2, 3, 5][dvar])
    rec_s = fmt_date(L.received, [0, 2, 0, 1][dvar])
    reflab = {"council": "Our ref:", "police": "Reference No:", "trust": "FOI Reference:",
              "university": "Request reference:"}[L.auth]
    if L.auth == "police":
        B.append(("lines", [date_s]))
        B.append(("p", "Dear"))
        B.append(("h", f"FREEDOM OF INFORMATION REQUEST - {L.ref} {L.title}"))
    else:
        B.append(("lines", [f"{reflab} {L.ref}", f"Date: {date_s}"]))
        B.append(("p", "Dear"))
        B.append(("h", f"Re: {L.title}"))
    act = ("the Environmental Information Regulations 2004 (EIR)" if L.regime == "eir"
           else "the Freedom of Information Act 2000 (the Act)")
    B.append(("p", f"Thank you for your request for information received on {rec_s}, which has been dealt with under {act}."))
    if L.regime == "eir":
        B.append(("p", "We consider that information about the maintenance of the highway network is environmental information within regulation 2(1)(c) of the EIR, and we have therefore handled your request under the EIR rather than the Freedom of Information Act."))
    if L.other_ref:
        B.append(("p", f"You mention our response to an earlier request (reference {L.other_ref}). This reply deals only with your new request."))
    style = L.style
    {"interleaved": st_interleaved, "numbered": st_numbered, "youasked": st_youasked,
     "table": st_table, "decision": st_decision, "refused": st_refused}[style](L, A, B, seed)
    B.append(("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Requests for review should be made within 40 working days of the date of this letter. If you remain dissatisfied after the review, you may complain to the Information Commissioner under section 50 of the Freedom of Information Act 2000 at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."))
    B.append(("lines", A["sign"]))
    return B


def restate(L, B, lead):
    B.append(("p", lead))
    for pt, qs in L.parts:
        if pt:
            B.append(("h", pt))
        for n, q in enumerate(qs, 1):
            B.append(("p", f"{n}. {qtext(q)}"))


def st_interleaved(L, A, B, seed):
    B.append(("p", f"{A['we']} has considered your request. Each question is repeated below, followed by our answer."))
    v = seed % 3
    for pt, qs in L.parts:
        if pt:
            B.append(("h", pt))
        for n, q in enumerate(qs, 1):
            a = answer(L, q, A)
            if v == 0:
                B.append(("p", f"**Q{n}.** {qtext(q)}"))
                B.append(("p", f"**A{n}.** {a}"))
            elif v == 1:
                B.append(("p", f"**Request {n}:** {qtext(q)}"))
                B.append(("p", f"**Response:** {a}"))
            else:
                B.append(("p", f"**Question {n}** - {qtext(q)}"))
                B.append(("p", f"**Answer:** {a}"))


def st_numbered(L, A, B, seed):
    restate(L, B, ["You asked for the following information:",
                   "I note you seek access to the following information:",
                   "Your request read as follows:"][seed % 3])
    B.append(("h", ["Our response", "Response", "Answers"][seed % 3]))
    B.append(("p", f"{A['we']} holds some of the information you have asked for. Our answers are numbered to match your questions."))
    for pt, qs in L.parts:
        if pt:
            B.append(("h", pt))
        for n, q in enumerate(qs, 1):
            B.append(("p", f"{n}. {answer(L, q, A)}"))


def st_youasked(L, A, B, seed):
    B.append(("p", "Please find our response to each part of your request below."))
    for pt, qs in L.parts:
        if pt:
            B.append(("h", pt))
        for q in qs:
            B.append(("p", f"**You asked:** {qtext(q)}"))
            B.append(("p", f"**Our response:** {answer(L, q, A)}"))


def st_table(L, A, B, seed):
    B.append(("p", f"{A['we']} has now completed its search for the information you requested. The response to each question is set out in the table below."))
    hdr = [["Question", "Response"], ["Your request", "Our answer"], ["Request", "Information provided"]][seed % 3]
    for pt, qs in L.parts:
        if pt:
            B.append(("h", pt))
        rows = [[f"{n}. {qtext(q)}", answer(L, q, A)] for n, q in enumerate(qs, 1)]
        B.append(("table", hdr, rows))


def st_decision(L, A, B, seed):
    restate(L, B, "I note you seek access to the following information:")
    groups = decision_groups(L)
    wg = [(k, v) for k, v in groups.items() if k[0] == "W"]
    ng = [(k, v) for k, v in groups.items() if k[0] == "N"]
    if wg:
        segs = []
        for (st, exs), items in wg:
            segs.append(f"{exphrase(list(exs), seed)} to {where(L, items)}")
        B.append(("p", f"Your request has now been considered and I can confirm that {A['name']} holds information you have requested. However, I will be citing the exemption " + "; and ".join(segs) + "."))
        done = set()
        for (st, exs), items in wg:
            for e in exs:
                if e in HARM and e not in done:
                    done.add(e)
                    B.append(("h", EX[e][1]))
                    B.append(("p", HARM[e].format(short=A["short"])))
    for (st, exs), items in ng:
        txt = NCND[(L.auth, exs)].format(we=A["we"])
        B.append(("p", f"In respect of {where(L, items)}: " + txt))
    rest = []
    for pi, (pt, qs) in enumerate(L.parts):
        for n, q in enumerate(qs, 1):
            if q.st not in ("W", "N"):
                rest.append((pi, pt, n, q))
    if rest:
        B.append(("p", "The response to the remaining questions is provided below." if wg or ng
                  else f"{A['we']} holds the information you requested. Our answers follow."))
        cur = None
        for pi, pt, n, q in rest:
            if pt and pt != cur:
                B.append(("h", pt))
                cur = pt
            B.append(("p", f"Question {n} - {answer(L, q, A)}"))


def st_refused(L, A, B, seed):
    restate(L, B, "You asked for the following information:")
    B.append(("p", f"{A['we']} estimates that the cost of complying with your request would exceed the appropriate limit of £450 set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. The information about individual routes is held on 412 separate route files and we estimate that it would take 10 minutes to extract the details from each file (about 69 hours). Section 12(1) of the Act therefore applies to your request as a whole, and this letter serves as a refusal notice under section 17."))
    B.append(("p", "Under section 16 of the Act, you may wish to narrow your request, for example by asking for the total spend only, which we would be able to consider as a new request."))


def build_bare(L, A):
    B = []
    d = datetime.date.fromisoformat(L.date)
    B.append(("lines", ["From: [redacted]", f"Sent: {d:%A} {d.day} {d:%B %Y} 09:14",
                        f"To: FOI Office, {A['name']}",
                        f"Subject: Freedom of Information request - {L.title.lower()}"]))
    B.append(("p", "Dear Sir or Madam,"))
    B.append(("p", "Under the Freedom of Information Act 2000 I would like to request the following information about adult acute mental health inpatient care. Where you hold the information for the last financial year (2024/25), please use that year."))
    for pt, qs in L.parts:
        for n, q in enumerate(qs, 1):
            B.append(("p", f"{n}. {qtext(q)}"))
    B.append(("p", "I would prefer to receive the information electronically, in a spreadsheet if possible. If any part of this request is unclear, please contact me."))
    B.append(("lines", ["Many thanks,", "[name redacted]"]))
    return B


# ------------------------------------------------------------------ output formats

def strip_marks(s):
    return s.replace("**", "")


def to_txt(B, wrap=True):
    out = []
    for b in B:
        if b[0] == "lines":
            out.extend(b[1])
        elif b[0] in ("p", "h"):
            t = strip_marks(b[1])
            if b[0] == "h":
                t = t.upper() if len(t) < 70 else t
            out.extend(textwrap.wrap(t, 78) if wrap else [t])
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            out.append(f"{hdr[0]} | {hdr[1]}")
            for r in rows:
                out.append(f"{strip_marks(r[0])} | {strip_marks(r[1])}")
        out.append("")
    return "\n".join(out) + "\n"


def to_md(B):
    out = []
    for b in B:
        if b[0] == "lines":
            out.append("  \n".join(b[1]))
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "h":
            out.append("## " + b[1])
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            out.append(f"| {hdr[0]} | {hdr[1]} |\n| --- | --- |\n" +
                       "\n".join(f"| {r[0]} | {r[1]} |" for r in rows))
        out.append("")
    return "\n".join(out) + "\n"


def inline(s):
    s = html.escape(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def to_html_body(B):
    out = []
    for b in B:
        if b[0] == "lines":
            out.append("<p>" + "<br>\n".join(inline(x) for x in b[1]) + "</p>")
        elif b[0] == "p":
            out.append(f"<p>{inline(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{inline(b[1])}</h3>")
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            t = ['<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;width:100%">',
                 f"<tr><th style='width:45%'>{inline(hdr[0])}</th><th>{inline(hdr[1])}</th></tr>"]
            for r in rows:
                t.append(f"<tr><td valign='top'>{inline(r[0])}</td><td valign='top'>{inline(r[1])}</td></tr>")
            t.append("</table>")
            out.append("\n".join(t))
    return "\n".join(out)


def to_html_letter(B, title, footer=None):
    css = "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:1.5cm;} h3{font-size:12pt;}"
    body = to_html_body(B)
    if footer:
        # a page-level table: Chromium repeats thead / tfoot on every printed page
        css += " .pg{width:100%;border:0} .ft{text-align:center;font-size:8pt;color:#555;padding-top:12pt}"
        body = (f"<table class='pg'><tfoot><tr><td class='ft'>{html.escape(footer)}</td></tr></tfoot>"
                f"<tbody><tr><td>\n{body}\n</td></tr></tbody></table>")
    return (f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{css}</style></head><body>\n{body}\n</body></html>\n")


def to_html_log(B, L, A):
    site = A["name"]
    pub = fmt_date(L.date, 0)
    nav = "".join(f"<li><a href='/{x.lower().replace(' ', '-')}'>{x}</a></li>" for x in
                  ["Home", "Services", "News", "About us", "Contact us", "Disclosure log"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(L.ref)} - {html.escape(L.title)} | Disclosure log | {html.escape(site)}</title>
<style>body{{font-family:Arial,sans-serif}} .cookie{{background:#222;color:#fff;padding:8px}}</style></head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this website work and to understand how you use it. <button>Accept all cookies</button> <button>Reject non-essential cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a class="skip" href="#main">Skip to main content</a><div class="logo">{html.escape(site)}</div>
<nav><ul>{nav}</ul></nav>
<form role="search"><input type="search" placeholder="Search this site"><button>Search</button></form></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; {html.escape(L.title)}</div>
<main id="main"><article>
<h1>{html.escape(L.title)}</h1>
<p class="meta">Published: {pub} | Category: Disclosure log</p>
{to_html_body(B)}
</article>
<aside><h2>Related pages</h2><ul><li><a href="/foi/how-to-ask">How to make a request</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li></ul></aside></main>
<footer><p>&copy; {html.escape(site)} {L.date[:4]}</p><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>Was this page helpful? <a href="/feedback">Give feedback</a></p></footer>
</body></html>
"""


def ps_escape(s):
    s = (s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2018", "'")
         .replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"'))
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "".join(out)


def to_ps(B, header, footer):
    """A simple multi-page PostScript letter: Helvetica, word-wrapped,
    header and footer repeated on every page."""
    lines = []  # (text, bold)
    for b in B:
        if b[0] == "lines":
            lines.extend((x, False) for x in b[1])
        elif b[0] in ("p", "h"):
            t = strip_marks(b[1])
            lines.extend((x, b[0] == "h") for x in textwrap.wrap(t, 92))
        elif b[0] == "table":
            for r in b[2]:
                lines.extend((x, False) for x in textwrap.wrap(strip_marks(r[0] + "  " + r[1]), 92))
        lines.append(("", False))
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    ps = ["%!PS-Adobe-3.0", f"%%Pages: {len(pages)}", "%%EndComments",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
          " /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def",
          "/HL /Helvetica reenc /HB /Helvetica-Bold reenc"]
    for pn, pg in enumerate(pages, 1):
        ps.append(f"%%Page: {pn} {pn}")
        ps.append("/HL findfont 8 scalefont setfont 60 810 moveto (" + ps_escape(header) + ") show")
        ps.append("60 30 moveto (" + ps_escape(f"{footer}        Page {pn} of {len(pages)}") + ") show")
        y = 780
        for text, bold in pg:
            ps.append(f"/{'HB' if bold else 'HL'} findfont 9.5 scalefont setfont 60 {y} moveto (" + ps_escape(text) + ") show")
            y -= 12
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"
