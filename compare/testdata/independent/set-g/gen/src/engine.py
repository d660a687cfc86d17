"""Rendering and labelling engine for set G (standard library only)."""
import datetime as dt
import hashlib
import html
import re

R, P, W, N, NH, RF, U = "released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def d(s):
    return dt.date.fromisoformat(s)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(s, style):
    x = d(s)
    if style == "ord":
        return "%s %s %d" % (ordinal(x.day), MONTHS[x.month - 1], x.year)
    if style == "long":
        return "%d %s %d" % (x.day, MONTHS[x.month - 1], x.year)
    if style == "us":
        return "%s %d, %d" % (MONTHS[x.month - 1], x.day, x.year)
    if style == "slash":
        return "%02d/%02d/%d" % (x.day, x.month, x.year)
    if style == "short":
        return "%02d %s %d" % (x.day, MONTHS[x.month - 1][:3], x.year)
    if style == "dash":
        return "%02d-%02d-%d" % (x.day, x.month, x.year)
    if style == "iso":
        return s
    raise ValueError(style)


class Q:
    def __init__(self, concept, text, stance=R, ans=None, ex=(), fact=None):
        self.concept = concept
        self.text = text
        self.stance = stance
        self.ans = ans
        self.ex = tuple(sorted(ex))
        self.fact = fact
        self.id = None


class Letter:
    def __init__(self, auth, ref, date, received, title, style, fmt, parts,
                 part_titles=None, regime="foia", intro=None, kind="history",
                 name=None, as_of=None, all_authorities=False, request_preamble=None,
                 layout_note=None):
        self.auth = auth
        self.ref = ref
        self.date = date
        self.received = received
        self.title = title
        self.style = style
        self.fmt = fmt
        self.parts = parts
        self.part_titles = part_titles
        self.regime = regime
        self.intro = intro
        self.kind = kind
        self.name = name
        self.as_of = as_of
        self.all_authorities = all_authorities
        self.request_preamble = request_preamble
        for pi, part in enumerate(parts, 1):
            for qi, q in enumerate(part, 1):
                q.id = "P%d.Q%d" % (pi, qi)
                q.part = pi
                q.num = qi

    def questions(self):
        for part in self.parts:
            for q in part:
                yield q

    def h(self, salt=""):
        return int(hashlib.sha1((self.ref + salt).encode()).hexdigest(), 16)


# ---------------------------------------------------------------- exemptions
TITLES = {
    "s12": "cost of compliance exceeds the appropriate limit",
    "s21": "information reasonably accessible by other means",
    "s22": "information intended for future publication",
    "s24": "National Security",
    "s31": "Law Enforcement",
    "s36": "Prejudice to the effective conduct of public affairs",
    "s38": "Health and Safety",
    "s40": "Personal Information",
    "s43": "Commercial Interests",
    "reg12(5)(e)": "confidentiality of commercial or industrial information",
    "reg12(6)": "neither confirm nor deny",
}


def base(e):
    if e.startswith("reg"):
        return e
    return re.match(r"s\d+", e).group(0)


def ex_phrase(ex, with_title=True, combine=False):
    """Render a list of normalised exemptions as a letter would cite them."""
    out = []
    groups = []
    for e in ex:
        if combine and groups and base(groups[-1][0]) == base(e) and not e.startswith("reg"):
            groups[-1].append(e)
        else:
            groups.append([e])
    for g in groups:
        e = g[0]
        if e.startswith("reg"):
            txt = "regulation " + e[3:]
        else:
            txt = "section " + e[1:]
            if len(g) > 1:
                # s31(1)(a), s31(1)(b) -> section 31(1)(a)(b)
                tails = [x[len(e) - 3:] for x in g[1:]]
                txt += "".join(t for t in tails)
        if with_title and base(e) in TITLES:
            txt += " (%s)" % TITLES[base(e)]
        out.append(txt)
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


# ------------------------------------------------------------------- answers
def answer_text(L, q, A):
    if q.stance == U:
        return ""
    if q.ans is not None:
        return q.ans
    if q.stance == R:
        return str(q.fact)
    if q.stance == W:
        v = L.h(q.id) % 3
        ph = ex_phrase(q.ex, combine=(A["key"] == "police"))
        if L.regime == "eir":
            return "This information is withheld under %s of the Environmental Information Regulations 2004." % ph
        if v == 0:
            return "This information is exempt from disclosure under %s." % ph
        if v == 1:
            return "Withheld – %s applies." % ph
        return "%s holds this information but it is withheld under %s." % (A["short"], ph)
    if q.stance == N:
        ph = ex_phrase(q.ex)
        return ("%s can neither confirm nor deny whether it holds information relevant to this question, "
                "by virtue of %s. This should not be taken as an indication of whether or not the "
                "information exists." % (A["name"], ph))
    if q.stance == NH:
        v = L.h(q.id) % 3
        return ["%s does not hold this information." % A["short"],
                "No information held.",
                "This information is not held by %s." % A["short_lc"]][v]
    if q.stance == RF:
        return ("Complying with this part of the request would exceed the appropriate limit of £450 "
                "(18 hours) under section 12(1).")
    raise ValueError(q.stance)


# ------------------------------------------------------------------- blocks
# block types: ("head", [lines]) ("p", text) ("h", text) ("table", header, rows)
# ("list", [(label, text)]) ("banner", text) ("quote", text)

def letter_blocks(L, A):
    hv = L.h("style")
    blocks = [("head", A["address"])]
    dstyle = A["date_styles"][hv % len(A["date_styles"])]
    reflabel = A["ref_labels"][hv % len(A["ref_labels"])]
    if L.kind == "request":
        return request_blocks(L, A, dstyle)
    blocks.append(("p", fmt_date(L.date, dstyle)))
    blocks.append(("p", "%s: %s" % (reflabel, L.ref)))
    blocks.append(("p", "Dear"))
    act = {"foia": "FREEDOM OF INFORMATION ACT 2000", "eir": "ENVIRONMENTAL INFORMATION REGULATIONS 2004"}[L.regime]
    blocks.append(("h", "%s – REQUEST %s – %s" % (act, L.ref, L.title.upper())))
    rec = fmt_date(L.received, dstyle) if L.received else None
    if L.intro:
        blocks.append(("p", L.intro.format(received=rec, auth=A["name"], short=A["short"])))
    else:
        blocks.append(("p", A["intro"].format(received=rec, auth=A["name"], short=A["short"])))
    if L.regime == "eir":
        blocks.append(("p", "As your request concerns measures affecting the environment, including energy use "
                            "and emissions, it has been handled under the Environmental Information Regulations "
                            "2004 (EIR) rather than the Freedom of Information Act 2000."))
    style = L.style
    fn = {"interleaved": st_interleaved, "youasked": st_youasked, "table": st_table,
          "restate": st_restate, "decision": st_decision, "qa": st_qa}[style]
    blocks += fn(L, A)
    if A.get("banner"):
        # banner repeated mid-letter as a page furniture would be
        mid = max(3, len(blocks) // 2)
        blocks.insert(mid, ("banner", A["banner"]))
    blocks += [("p", p) for p in A["closing"]]
    blocks += [("p", s) for s in A["signature"]]
    if A.get("banner"):
        blocks.append(("banner", A["banner"]))
    return blocks


def multipart(L):
    return len(L.parts) > 1


def part_heading(L, pi):
    if L.part_titles:
        return L.part_titles[pi - 1]
    return "Part %d" % pi


def st_interleaved(L, A):
    v = L.h("il") % 3
    lab = ["Response:", "Answer:", "Reply:"][v]
    out = []
    if L.request_preamble:
        out.append(("p", L.request_preamble))
    for pi, part in enumerate(L.parts, 1):
        if multipart(L):
            out.append(("h", part_heading(L, pi)))
        for q in part:
            out.append(("p", "%d. %s" % (q.num, q.text)))
            out.append(("p", "%s %s" % (lab, answer_text(L, q, A))))
    return out


def st_qa(L, A):
    out = []
    if L.request_preamble:
        out.append(("p", L.request_preamble))
    for pi, part in enumerate(L.parts, 1):
        if multipart(L):
            out.append(("h", part_heading(L, pi)))
        for q in part:
            out.append(("p", "Q%d. %s" % (q.num, q.text)))
            out.append(("p", "A%d. %s" % (q.num, answer_text(L, q, A))))
    return out


def st_youasked(L, A):
    v = L.h("ya") % 2
    qa, ra = [("You asked:", "Our response:"), ("REQUEST", "RESPONSE")][v]
    out = []
    if L.request_preamble:
        out.append(("p", L.request_preamble))
    for pi, part in enumerate(L.parts, 1):
        if multipart(L):
            out.append(("h", part_heading(L, pi)))
        for q in part:
            out.append(("p", "%s %s" % (qa, q.text) if v == 0 else qa))
            if v == 1:
                out.append(("p", q.text))
            out.append(("p", "%s %s" % (ra, answer_text(L, q, A)) if v == 0 else ra))
            if v == 1:
                out.append(("p", answer_text(L, q, A)))
    return out


def st_table(L, A):
    v = L.h("tb") % 2
    out = [("p", "Our response to each part of your request is set out in the table below.")]
    if L.request_preamble:
        out.insert(0, ("p", L.request_preamble))
    for pi, part in enumerate(L.parts, 1):
        if multipart(L):
            out.append(("h", part_heading(L, pi)))
        if v == 0:
            rows = [[str(q.num), q.text, answer_text(L, q, A)] for q in part]
            out.append(("table", ["No.", "Information requested", "Response"], rows))
        else:
            rows = [[q.text, answer_text(L, q, A)] for q in part]
            out.append(("table", ["Your request", "Our response"], rows))
    return out


def restated(L, A, lead):
    out = [("p", lead)]
    if L.request_preamble:
        out.append(("quote", L.request_preamble))
    for pi, part in enumerate(L.parts, 1):
        if multipart(L):
            out.append(("quote", part_heading(L, pi)))
        out.append(("list", [("%d." % q.num, q.text) for q in part]))
    return out


def st_restate(L, A):
    out = restated(L, A, "I note you seek access to the following information:")
    out.append(("h", "Response"))
    v = L.h("rs") % 2
    for pi, part in enumerate(L.parts, 1):
        if multipart(L):
            out.append(("p", part_heading(L, pi)))
        for q in part:
            if v == 0:
                out.append(("p", "Question %d – %s" % (q.num, answer_text(L, q, A))))
            else:
                out.append(("p", "Q%d: %s" % (q.num, answer_text(L, q, A))))
    return out


def numlist(nums):
    nums = sorted(nums)
    # compress runs of 3+ into a-b
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        if j - i >= 2:
            out.append("%d-%d" % (nums[i], nums[j]))
            i = j + 1
        else:
            out.append(str(nums[i]))
            i += 1
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


def st_decision(L, A):
    out = restated(L, A, "I note you seek access to the following information:")
    withheld = [q for q in L.questions() if q.stance == W]
    groups = {}
    for q in withheld:
        groups.setdefault(q.ex, []).append(q)
    if withheld:
        out.append(("p", "Your request for information has now been considered and I can confirm that %s "
                         "does hold information you have requested; however, the following exemptions apply."
                    % A["short_lc"]))
    for ex, qs in groups.items():
        if multipart(L):
            bits = []
            for pi in range(1, len(L.parts) + 1):
                ns = [q.num for q in qs if q.part == pi]
                if ns:
                    word = "question" if len(ns) == 1 else "questions"
                    bits.append("%s %s in part %d of your request" % (word, numlist(ns), pi))
            where = " and ".join(bits)
        else:
            ns = [q.num for q in qs]
            where = ("question %s" if len(ns) == 1 else "questions %s") % numlist(ns)
        out.append(("p", "I am applying %s to %s." % (
            ex_phrase(ex, with_title=True, combine=True), where)))
    if withheld:
        out.append(("h", "Evidence of Harm"))
        out.append(("p", A["harm"]))
        out.append(("h", "Public Interest Test"))
        out.append(("p", "Factors favouring disclosure – there is a general public interest in openness about "
                         "how public money is spent and in the accountability of public authorities for "
                         "contracts they award."))
        out.append(("p", "Factors favouring non-disclosure – release would be to the world at large and could "
                         "be combined with other published material to the detriment of the authority and its "
                         "suppliers. This is not a refusal on grounds of cost under section 12, and no other "
                         "part of your request has been refused on that basis."))
        out.append(("h", "Balance Test"))
        out.append(("p", "Having weighed these factors, it is my decision that the balance of the public "
                         "interest lies in withholding the exempt information."))
    rest = [q for q in L.questions() if q.stance != W]
    if rest:
        out.append(("p", "The response to the remaining questions is provided below."))
        for pi, part in enumerate(L.parts, 1):
            qs = [q for q in part if q.stance != W]
            if not qs:
                continue
            if multipart(L):
                out.append(("h", part_heading(L, pi)))
            for q in qs:
                out.append(("p", "Question %d – %s" % (q.num, answer_text(L, q, A))))
    return out


def request_blocks(L, A, dstyle):
    out = [("p", "From: a member of the public (via email)"),
           ("p", "Sent: %s" % fmt_date(L.date, "long")),
           ("p", "To: %s" % A["foi_mailbox"]),
           ("p", "Subject: Freedom of Information request – %s" % L.title),
           ("p", "Dear %s," % A["name"]),
           ("p", L.request_preamble or "Under the Freedom of Information Act 2000, please provide the following information:")]
    for pi, part in enumerate(L.parts, 1):
        if multipart(L):
            out.append(("p", part_heading(L, pi)))
        out.append(("list", [("%d." % q.num, q.text) for q in part]))
    out.append(("p", "I would prefer to receive the information electronically. Many thanks."))
    out.append(("p", "Yours faithfully,"))
    out.append(("p", "[name removed]"))
    out.append(("p", "— Logged by the %s. Request reference %s, received %s. A response is due within "
                     "20 working days." % (A["team"], L.ref, fmt_date(L.date, dstyle))))
    return out


# ------------------------------------------------------------------ writers
def to_text(blocks, md=False):
    lines = []
    for b in blocks:
        t = b[0]
        if t == "head":
            lines += b[1] + [""]
        elif t == "p":
            lines += [b[1], ""]
        elif t == "h":
            lines += [("## " if md else "") + b[1], ""]
        elif t == "quote":
            lines += [("> " if md else "    ") + b[1], ""]
        elif t == "banner":
            lines += ["", b[1], ""]
        elif t == "list":
            for lab, txt in b[1]:
                lines.append(("%s %s" % (lab, txt)) if md else "    %s %s" % (lab, txt))
            lines.append("")
        elif t == "table":
            hdr, rows = b[1], b[2]
            if md:
                lines.append("| " + " | ".join(hdr) + " |")
                lines.append("|" + "---|" * len(hdr))
                for r in rows:
                    lines.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
                lines.append("")
            else:
                for r in rows:
                    if len(hdr) == 3:
                        lines.append("%s. %s" % (r[0], r[1]))
                        lines.append("   %s: %s" % (hdr[2], r[2]))
                    else:
                        lines.append("%s: %s" % (hdr[0], r[0]))
                        lines.append("%s: %s" % (hdr[1], r[1]))
                    lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_html(blocks, title, A, weblog=False, css_variant=0):
    e = html.escape
    body = []
    for b in blocks:
        t = b[0]
        if t == "head":
            body.append('<div class="lh">' + "<br>".join(e(x) for x in b[1]) + "</div>")
        elif t == "p":
            body.append("<p>%s</p>" % e(b[1]))
        elif t == "h":
            body.append("<h3>%s</h3>" % e(b[1]))
        elif t == "quote":
            body.append("<blockquote><em>%s</em></blockquote>" % e(b[1]))
        elif t == "banner":
            if not weblog:
                body.append('<p class="banner">%s</p>' % e(b[1]))
        elif t == "list":
            body.append("<ol>" + "".join("<li>%s</li>" % e(x) for _, x in b[1]) + "</ol>")
        elif t == "table":
            hdr, rows = b[1], b[2]
            h = "<tr>" + "".join("<th>%s</th>" % e(x) for x in hdr) + "</tr>"
            r = "".join("<tr>" + "".join("<td>%s</td>" % e(c) for c in row) + "</tr>" for row in rows)
            body.append('<table border="1" cellpadding="6" cellspacing="0">%s%s</table>' % (h, r))
    css = ("body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:2cm}"
           ".lh{text-align:right;color:#234}.banner{text-align:center;font-weight:bold;color:#555}"
           "table{border-collapse:collapse;width:100%}td,th{vertical-align:top;padding:6px;text-align:left}"
           "h3{font-size:12pt}")
    if not weblog:
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head>"
                "<body>%s</body></html>" % (e(title), css, "\n".join(body)))
    nav = ('<div id="cookie-banner">We use cookies to make this site work. <button>Accept all</button> '
           '<button>Reject optional cookies</button></div>'
           '<header><a href="/">%s</a><nav><a href="/council">Home</a> | <a href="/foi">Freedom of information</a> | '
           '<a href="/foi/disclosure-log">Disclosure log</a> | <a href="/contact">Contact us</a></nav>'
           '<form><input placeholder="Search this site"></form></header>'
           '<p class="crumbs">Home &gt; Freedom of information &gt; Disclosure log &gt; %s</p>'
           % (e(A["name"]), e(title)))
    foot = ('<footer><p>Was this page helpful? Yes / No</p><p>&copy; %s | Accessibility statement | Privacy notice | '
            'Cookies</p><p>Related disclosures: see other responses in this category.</p></footer>' % e(A["name"]))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s – Disclosure log – %s</title>"
            "<style>%s</style></head><body>%s<main><h1>%s</h1><p class=\"meta\">Published: disclosure log entry</p>"
            "%s</main>%s</body></html>" % (e(title), e(A["name"]), css, nav, e(title), "\n".join(body), foot))


def ps_escape_line(s):
    rep = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
           "\u2022": "-", "\u2026": "..."}
    s = "".join(rep.get(c, c) for c in s)
    out = []
    for c in s:
        o = ord(c)
        if c in "()\\":
            out.append("\\" + c)
        elif o < 128:
            out.append(c)
        elif o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "".join(out)


def to_ps(blocks, A):
    import textwrap
    lines = []  # (font, text)
    for b in blocks:
        t = b[0]
        if t == "head":
            lines += [("B", x) for x in b[1]] + [("R", "")]
        elif t in ("p", "quote"):
            ind = "    " if t == "quote" else ""
            for w in textwrap.wrap(b[1], 92 - len(ind)) or [""]:
                lines.append(("R", ind + w))
            lines.append(("R", ""))
        elif t == "h":
            for w in textwrap.wrap(b[1], 80):
                lines.append(("B", w))
            lines.append(("R", ""))
        elif t == "banner":
            pass
        elif t == "list":
            for lab, txt in b[1]:
                ws = textwrap.wrap(txt, 84)
                for i, w in enumerate(ws):
                    lines.append(("R", ("  %s " % lab if i == 0 else "     ") + w))
            lines.append(("R", ""))
        elif t == "table":
            hdr, rows = b[1], b[2]
            for r in rows:
                if len(hdr) == 3:
                    q = "%s. %s" % (r[0], r[1])
                else:
                    q = r[0]
                for w in textwrap.wrap(q, 90):
                    lines.append(("B", w))
                for w in textwrap.wrap(r[-1], 88):
                    lines.append(("R", "  " + w))
                lines.append(("R", ""))
    per = 58
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    ps = ["%!PS-Adobe-3.0", "%%Pages: %d" % len(pages),
          "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def",
          "/F1 /Helvetica reenc /F2 /Helvetica-Bold reenc"]
    for n, pg in enumerate(pages, 1):
        ps.append("%%%%Page: %d %d" % (n, n))
        y = 790
        for font, txt in pg:
            ps.append("/%s findfont 10 scalefont setfont 56 %d moveto (%s) show" % (
                "F2" if font == "B" else "F1", y, ps_escape_line(txt)))
            y -= 12.5
        foot = A.get("banner") or A["name"]
        ps.append("/F1 findfont 8 scalefont setfont 56 40 moveto (%s   Page %d of %d) show" % (
            ps_escape_line(foot), n, len(pages)))
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"


# ------------------------------------------------------------------ labels
EQUIV = {"s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
         "s31": "lawenf", "reg12(5)(b)": "lawenf", "foisa:s35": "lawenf",
         "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
         "s24": "natsec", "reg12(5)(a)": "natsec", "foisa:s31": "natsec",
         "s36": "publicaffairs", "reg12(4)(e)": "publicaffairs", "foisa:s30": "publicaffairs"}


def ex_family(e):
    if e.startswith("reg") or e.startswith("foisa"):
        for k, v in EQUIV.items():
            if e.startswith(k):
                return v
        return e
    b = base(e)
    fam = EQUIV.get(b, b)
    # keep subsection for FOIA-to-FOIA comparison within a family
    return fam + e[len(b):] if fam not in ("commercial",) else fam


def same_exemptions(a, b, regime_a, regime_b):
    if regime_a == regime_b:
        return sorted(a) == sorted(b)
    return sorted({ex_family(x) for x in a}) == sorted({ex_family(x) for x in b})


def finding(prev, prev_regime, cur, cur_regime):
    ps, cs = prev.stance, cur.stance
    if U in (ps, cs):
        return None
    if ps == N and cs != N:
        if cs == RF:
            return None
        return ("ncnd_inconsistent", "medium")
    if cs == N and ps != N:
        if ps == RF:
            return None
        return ("ncnd_inconsistent", "high")
    if ps in (R, P) and cs in (W, RF):
        return ("newly_withheld", "high")
    if ps == R and cs == P:
        return ("partly_withheld", "medium")
    if ps == W and cs in (R, P):
        return ("newly_released", "medium")
    if ps == W and cs == W:
        if not same_exemptions(prev.ex, cur.ex, prev_regime, cur_regime):
            return ("exemption_changed", "medium")
        return None
    if ps in (R, P) and cs == NH:
        return ("held_status_changed", "high")
    if ps == NH and cs in (R, P):
        return ("held_status_changed", "medium")
    if ps == R and cs == R:
        if prev.fact is not None and cur.fact is not None and norm_fact(prev.fact) != norm_fact(cur.fact):
            return ("answer_changed", "low")
    return None


def norm_fact(f):
    return re.sub(r"[^a-z0-9.]", "", str(f).lower())
