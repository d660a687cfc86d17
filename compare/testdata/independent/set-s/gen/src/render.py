"""Render letters from truth.py into block lists, then into txt / md / html /
PostScript.  Conversion to docx and pdf is done by make.py with real tools."""

import datetime
import html
import textwrap

from truth import AUTH, R, P, W, N, NH, F, U

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
SMON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct",
        "Nov", "Dec"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    th, r = divmod(n, 1000)
    return words(th) + " thousand" + ((" and " if r < 100 else " ") + words(r) if r else "")


def ordinal(d):
    if 10 <= d % 100 <= 20:
        s = "th"
    else:
        s = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, s)


def fmt_date(iso, style):
    d = datetime.date.fromisoformat(iso)
    if style == 0:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 3:
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == 4:
        return d.strftime("%d-%m-%Y")
    if style == 5:
        return "%s %d %s %d" % (d.strftime("%A"), d.day, MONTHS[d.month - 1], d.year)
    if style == 6:
        return "%d %s %d" % (d.day, SMON[d.month - 1], d.year)
    return iso


def money(v, style):
    if style == 1 or style == 2:
        if v >= 1000000:
            s = ("%.2f" % (v / 1e6)).rstrip("0").rstrip(".")
            return "£" + s + ("m" if style == 1 else " million")
        if v >= 1000:
            s = ("%.1f" % (v / 1e3)).rstrip("0").rstrip(".")
            return "£" + s + ("k" if style == 1 else " thousand")
    if style == 3:
        return "£{:,}.00".format(v)
    return "£{:,}".format(v)


def render_fact(fact, fs=0):
    if fact is None:
        return ""
    k, v = fact
    if k == "int":
        if fs == 1:
            return words(v)
        if fs == 2:
            return "{:,} ({})".format(v, words(v))
        return "{:,}".format(v)
    if k == "money":
        return money(v, fs)
    if k == "date":
        return fmt_date(v, fs)
    if k == "months":
        if fs == 1 and v % 12 == 0:
            return "%s years" % words(v // 12)
        return "%d months" % v
    if k == "days":
        return ("%s days" % words(v)) if fs == 1 else "%d days" % v
    if k == "pct":
        s = ("%g" % v)
        return s + (" per cent" if fs == 1 else "%")
    if k == "name":
        if fs == 1:
            return v.replace(" Ltd", " Limited").replace(" plc", " PLC")
        return v
    if k == "bool":
        return "Yes" if v else "No"
    if k in ("table", "mtable"):
        parts = []
        for y, n in v.items():
            parts.append("%s: %s" % (y, money(n, 0) if k == "mtable" else "{:,}".format(n)))
        return "; ".join(parts) + "."
    return str(v)


# --------------------------------------------------------------------------
# exemptions
# --------------------------------------------------------------------------
TITLES = {
    "s43": "commercial interests", "s31": "law enforcement",
    "s24": "national security", "s40": "personal information",
    "s12": "cost of compliance exceeds appropriate limit",
    "reg12(5)(e)": "confidentiality of commercial or industrial information",
    "reg12(5)(b)": "the course of justice",
    "reg6(1)(b)": "information already publicly available",
}


def cite_one(ex, style):
    if ex.startswith("reg"):
        body = ex[3:]
        return {0: "regulation ", 1: "Regulation ", 2: "reg. "}[style % 3] + body
    body = ex[1:]
    if style == 1:
        return "s." + body
    if style == 2:
        i = body.find("(")
        return "Section " + body[:i] + " " + body[i:]
    return "section " + body


def cite(exs, regime, style=0, title=True, act=True):
    parts = [cite_one(e, style) for e in exs]
    if style == 0 and len(parts) > 1 and all(p.startswith("section ") for p in parts):
        s = "sections " + " and ".join(p[len("section "):] for p in parts)
    else:
        s = " and ".join(parts)
    if title:
        ts = []
        for e in exs:
            key = e if e.startswith("reg") else e.split("(")[0]
            t = TITLES.get(key)
            if t and t not in ts:
                ts.append(t)
        if ts:
            s += " (" + "; ".join(t[0].upper() + t[1:] for t in ts) + ")"
    if act:
        if any(e.startswith("reg") for e in exs):
            s += " of the Environmental Information Regulations 2004"
        else:
            s += " of the Freedom of Information Act 2000"
    return s


def reason(exs, a, regime):
    we = a["we"]
    fams = set(e if e.startswith("reg") else e.split("(")[0] for e in exs)
    if "s24" in fams:
        return ("Disclosure would reveal details of systems on which the emergency response depends, "
                "and could assist anyone intent on disrupting them.")
    if "s43" in fams or "reg12(5)(e)" in fams:
        return ("Disclosure would be likely to prejudice the commercial interests of %s and of the "
                "contractor, and would weaken %s's negotiating position in future procurement." % (we, we))
    if "reg12(5)(b)" in fams:
        return ("Disclosure would adversely affect the course of justice and %s's ability to conduct "
                "investigations that may lead to prosecution." % we)
    if "s31" in fams:
        return ("Disclosure would be likely to prejudice the prevention or detection of crime by "
                "giving those who would attack %s's systems useful information." % we)
    if "s40" in fams:
        return ("The information is the personal data of a member of staff and disclosure would breach "
                "the data protection principles.")
    return ""


def ncnd_text(exs, a, style=0):
    return ("%s can neither confirm nor deny whether it holds information of the description "
            "specified, by virtue of %s. This should not be taken as an indication of whether or "
            "not the information exists." % (a["We"], cite(exs, "foia", style, title=False)))


def answer(L, q, cstyle=0):
    s = _answer(L, q, cstyle)
    return s[:1].upper() + s[1:]


def _answer(L, q, cstyle=0):
    a = AUTH[L.auth]
    if q.stance == R:
        f = render_fact(q.fact, q.fs)
        if q.ans:
            return q.ans.replace("{f}", f)
        return f
    if q.stance == P:
        return "%s under %s. %s" % (q.ans, cite(q.ex, L.regime, cstyle), reason(q.ex, a, L.regime))
    if q.stance == W:
        return ("This information is withheld under %s. %s" %
                (cite(q.ex, L.regime, cstyle), reason(q.ex, a, L.regime)))
    if q.stance == N:
        return ncnd_text(q.ex, a, cstyle)
    if q.stance == NH:
        return q.ans or ("%s does not hold this information." % a["We"])
    return ""


# --------------------------------------------------------------------------
# numbering
# --------------------------------------------------------------------------
def qlabel(n, style):
    if style == "paren":
        return "%d)" % n
    if style == "letter":
        return "(%s)" % "abcdefghijklmnop"[n - 1]
    if style == "Q":
        return "Q%d." % n
    return "%d." % n


def akey(n, style, words_=False):
    if words_:
        return "Question %s –" % words(n)
    if style == "Question":
        return "Question %d –" % n
    if style == "Q":
        return "Q%d:" % n
    if style == "letter":
        return "(%s)" % "abcdefghijklmnop"[n - 1]
    return "%d." % n


# --------------------------------------------------------------------------
# letter skeleton
# --------------------------------------------------------------------------
def act_name(regime):
    return {"foia": "Freedom of Information Act 2000",
            "eir": "Environmental Information Regulations 2004"}[regime]


def header_blocks(L):
    a = AUTH[L.auth]
    ds = L.opts.get("datefmt", 0)
    date = fmt_date(L.date, ds)
    B = []
    if L.kind == "draft":
        B.append(("banner", "DRAFT – NOT YET APPROVED FOR RELEASE"))
    if L.auth == "A":
        B.append(("lh", [a["welsh"], a["name"]] + a["addr"]))
        B.append(("meta", ["Ein cyf / Our ref: %s" % L.ref,
                           "Gofynnwch am / Please ask for: %s" % a["team"],
                           "E-bost / Email: %s" % a["email"],
                           "Dyddiad / Date: %s" % date]))
        B.append(("p", "Annwyl / Dear"))
        B.append(("title", "%s – %s" % ("Environmental Information Regulations 2004" if L.regime == "eir"
                                        else "Freedom of Information Act 2000", L.title)))
    elif L.auth == "B":
        B.append(("lh", [a["name"]] + a["addr"] + ["Making the Pennine Marches safer"]))
        B.append(("p", date))
        B.append(("meta", ["FOI Reference: %s" % L.ref]))
        B.append(("p", "Dear"))
        B.append(("title", "FREEDOM OF INFORMATION REQUEST – %s – %s" % (L.ref, L.title)))
    elif L.auth == "C":
        B.append(("lh", [a["name"]] + a["addr"] + ["Tel: 01684 000 900   Email: %s" % a["email"]]))
        B.append(("meta", ["Request reference: %s" % L.ref,
                           "Date of response: %s" % date]))
        B.append(("p", "Dear Requester"))
        B.append(("title", "Re: Freedom of Information request – %s" % L.title))
    else:
        B.append(("lh", [a["name"]] + a["addr"]))
        B.append(("p", date))
        B.append(("p", "Dear Sir or Madam"))
        B.append(("title", "Freedom of Information request %s: %s" % (L.ref, L.title)))
    return B


def intro_blocks(L):
    a = AUTH[L.auth]
    rec = fmt_date(L.received, L.opts.get("datefmt", 0))
    act = act_name(L.regime)
    B = []
    if L.auth == "A":
        s = ("Thank you for your request for information received on %s, which the Council has dealt "
             "with under the %s." % (rec, act))
    elif L.auth == "B":
        s = ("I refer to your request for information received by Pennine Marches Fire and Rescue "
             "Service on %s, which has been handled under the %s." % (rec, act))
    elif L.auth == "C":
        s = ("Thank you for your email of %s requesting information under the %s. "
             "Please find our response below." % (rec, act))
    else:
        s = ("Thank you for your request dated %s. I have dealt with it under the %s." % (rec, act))
    B.append(("p", s))
    if L.opts.get("mention_ref"):
        B.append(("p", "Some of this information was previously released in response to an earlier "
                       "request (our reference %s); that response is published in our disclosure log."
                  % L.opts["mention_ref"]))
    return B


def closing_blocks(L):
    a = AUTH[L.auth]
    B = []
    if L.auth == "C" or L.auth == "D":
        B.append(("p", "If you are unhappy with the way your request has been handled, you may ask for an "
                       "internal review by writing to %s within 40 working days of the date of this "
                       "letter. If you remain dissatisfied after the review you may complain to the "
                       "Information Commissioner under section 50 of the Freedom of Information Act 2000."
                  % a["email"]))
    else:
        B.append(("h", "Your right to complain"))
        B.append(("p", "If you are dissatisfied with this response you may ask for an internal review. "
                       "Please write to %s within 40 working days. You also have the right to complain "
                       "to the Information Commissioner's Office, although the Commissioner will "
                       "normally expect the internal review procedure to have been used first." % a["email"]))
    B.append(("p", "Yours sincerely"))
    B.append(("sig", [a["signer"], a["team"], a["name"]]))
    if L.auth == "D":
        B.append(("foot", "The Coastal Survey Agency is an executive agency sponsored by the Department "
                          "for Maritime and Coastal Affairs."))
    if L.auth == "B":
        B.append(("foot", "Pennine Marches Fire and Rescue Service – Making the Pennine Marches safer"))
    return B


def pit_blocks(L, exs_all):
    a = AUTH[L.auth]
    we = a["we"]
    eir = L.regime == "eir"
    B = [("h", "Public interest test")]
    B.append(("p", "Factors favouring disclosure: there is a general public interest in openness and in "
                   "understanding how %s spends public money and carries out its functions." % we))
    B.append(("p", "Factors favouring non-disclosure: %s" % reason(exs_all, a, L.regime)))
    B.append(("p", "Balance: having weighed these factors, I have concluded that the public interest in "
                   "maintaining the %s outweighs the public interest in disclosure." %
              ("exception" if eir else "exemption")))
    return B


def multi(L):
    return len(L.parts) > 1


def body_restate(L, B, answers_only_for=None, decision=False):
    num = L.opts.get("num", "dot")
    B.append(("p", {"A": "You asked for the following information:",
                    "B": "I note you seek access to the following information:",
                    "C": "Your request read as follows:",
                    "D": "You asked:"}[L.auth]))
    for pi, part in enumerate(L.parts, 1):
        if part.heading:
            B.append(("h", part.heading))
        if part.intro:
            B.append(("p", part.intro))
        for qi, q in enumerate(part.qs, 1):
            B.append(("qi", qlabel(qi, num), q.text))


def body_answers(L, B, skip=(), keystyle=None):
    ks = keystyle or L.opts.get("anskey", "dot")
    order = L.opts.get("shuffle")
    words_ = L.opts.get("words", False)
    cst = L.opts.get("citestyle", 0)
    for pi, part in enumerate(L.parts, 1):
        if multi(L):
            B.append(("h", "Part %d" % pi))
        seq = list(enumerate(part.qs, 1))
        if order and not multi(L):
            m = dict(seq)
            seq = [(n, m[n]) for n in order] + [(n, q) for n, q in seq if n not in order]
        for qi, q in seq:
            if (pi, qi) in skip:
                continue
            B.append(("qi", akey(qi, ks, words_), answer(L, q, cst)))


def refs_phrase(items, L):
    """items: list of (part, num) -> 'questions 2 and 5' / with parts."""
    def join(nums):
        nums = sorted(nums)
        if len(nums) == 1:
            return "question %d" % nums[0]
        return "questions " + ", ".join(str(n) for n in nums[:-1]) + " and %d" % nums[-1]
    if not multi(L):
        return join([n for _, n in items])
    by = {}
    for p, n in items:
        by.setdefault(p, []).append(n)
    segs = ["%s in part %d" % (join(v), p) for p, v in sorted(by.items())]
    return " and ".join(segs)


def body_decision(L, B):
    a = AUTH[L.auth]
    cst = L.opts.get("citestyle", 0)
    body_restate(L, B)
    groups = {}
    for pi, part in enumerate(L.parts, 1):
        for qi, q in enumerate(part.qs, 1):
            if q.stance in (W, N):
                groups.setdefault((q.stance, tuple(q.ex)), []).append((pi, qi))
    skip = set()
    wex = []
    first = True
    for (st, ex), items in groups.items():
        skip.update(items)
        if st == W:
            wex.extend(ex)
            lead = ("Your request has now been considered and I can confirm that %s holds information "
                    "within its scope. However, " % a["we"]) if first else "In addition, "
            B.append(("p", lead + "I am withholding the information requested at %s under %s." %
                      (refs_phrase(items, L), cite(list(ex), L.regime, cst))))
            B.append(("p", reason(list(ex), a, L.regime)))
        else:
            nt = ncnd_text(list(ex), a, cst)
            B.append(("p", "In respect of %s, %s" % (refs_phrase(items, L), nt[0].lower() + nt[1:])))
        first = False
    if wex:
        B.extend(pit_blocks(L, sorted(set(wex))))
    B.append(("p", "The response to the remaining questions is provided below."))
    body_answers(L, B, skip=skip, keystyle=L.opts.get("anskey", "Question"))


def body_interleaved(L, B):
    qa = L.opts.get("qa", "Q")
    cst = L.opts.get("citestyle", 0)
    B.append(("p", "Your questions and our answers are set out below."))
    for pi, part in enumerate(L.parts, 1):
        if part.heading:
            B.append(("h", part.heading))
        if part.intro:
            B.append(("p", part.intro))
        for qi, q in enumerate(part.qs, 1):
            ans = answer(L, q, cst)
            if qa == "Q":
                B.append(("qi", "Q%d." % qi, q.text))
                B.append(("qi", "A%d." % qi, ans))
            elif qa == "Question":
                B.append(("qi", "Question %d:" % qi, q.text))
                B.append(("qi", "Response:", ans))
            else:
                B.append(("qi", "Request %d:" % qi, q.text))
                B.append(("qi", "Answer:", ans))


def body_you_asked(L, B):
    cst = L.opts.get("citestyle", 0)
    for pi, part in enumerate(L.parts, 1):
        if part.heading:
            B.append(("h", part.heading))
        for qi, q in enumerate(part.qs, 1):
            B.append(("label", "You asked:"))
            B.append(("p", q.text))
            B.append(("label", "Our response:"))
            B.append(("p", answer(L, q, cst)))


def body_table(L, B):
    cols = L.opts.get("tablecols", 2)
    cst = L.opts.get("citestyle", 0)
    B.append(("p", "Our response to each part of your request is given in the table below."))
    for pi, part in enumerate(L.parts, 1):
        if part.heading:
            B.append(("h", part.heading))
        if part.intro:
            B.append(("p", part.intro))
        rows = []
        for qi, q in enumerate(part.qs, 1):
            if cols == 3:
                rows.append(["%d" % qi, q.text, answer(L, q, cst)])
            else:
                rows.append(["%d. %s" % (qi, q.text), answer(L, q, cst)])
        hdr = ["No.", "Information requested", "Response"] if cols == 3 else ["Request", "Response"]
        B.append(("table", hdr, rows))


def body_refusal(L, B):
    a = AUTH[L.auth]
    body_restate(L, B)
    B.append(("p", "%s holds some information within the scope of your request. However, I estimate that "
                   "the cost of complying with it would exceed the appropriate limit of £600 that applies to "
                   "central government bodies. Attendance is not recorded centrally: it would be necessary "
                   "to extract badge-access records for each of our six offices for more than 50 weeks and "
                   "match them against personnel files, which I estimate would take over 60 hours at the "
                   "prescribed rate of £25 per hour." % a["We"]))
    B.append(("p", "Section 12(1) of the Freedom of Information Act 2000 does not oblige a public authority to "
                   "comply with a request if it estimates that the cost of compliance would exceed the "
                   "appropriate limit. This letter therefore serves as a refusal notice for your whole "
                   "request under section 17(5) of the Act."))
    B.append(("p", "You may wish to narrow your request, for example by asking for the current headcount "
                   "and the number of home-based staff only, which we would expect to be able to answer "
                   "within the limit."))


def build(L):
    """Return the block list for a response letter (or the bare request)."""
    if L.style == "bare":
        return build_bare(L)
    B = header_blocks(L)
    B += intro_blocks(L)
    st = L.style
    if st == "restate_numbered":
        body_restate(L, B)
        B.append(("h", "Response"))
        body_answers(L, B)
        wex = sorted(set(e for _, q in L.questions() if q.stance in (W, P) for e in q.ex))
        if wex:
            B.extend(pit_blocks(L, wex))
    elif st == "decision":
        body_decision(L, B)
    elif st == "interleaved":
        body_interleaved(L, B)
        wex = sorted(set(e for _, q in L.questions() if q.stance in (W, P) for e in q.ex))
        if wex:
            B.extend(pit_blocks(L, wex))
    elif st == "you_asked":
        body_you_asked(L, B)
        wex = sorted(set(e for _, q in L.questions() if q.stance in (W, P) for e in q.ex))
        if wex:
            B.extend(pit_blocks(L, wex))
    elif st == "table":
        body_table(L, B)
        wex = sorted(set(e for _, q in L.questions() if q.stance in (W, P) for e in q.ex))
        if wex:
            B.extend(pit_blocks(L, wex))
    elif st == "refusal":
        body_refusal(L, B)
    else:
        raise ValueError(st)
    B += closing_blocks(L)
    return B


def build_bare(L):
    a = AUTH[L.auth]
    d = datetime.date.fromisoformat(L.date)
    B = [("meta", ["From: [name redacted]",
                   "Sent: %s %d %s %d 09:42" % (d.strftime("%A"), d.day, MONTHS[d.month - 1], d.year),
                   "To: FOI Team, %s <%s>" % (a["name"], a["email"]),
                   "Subject: Freedom of Information request - %s" % L.title.lower()]),
         ("p", "[Logged by the FOI Office as %s on %s]" % (L.ref, fmt_date(L.date, 1))),
         ("p", "Dear %s," % a["name"]),
         ("p", "Under the Freedom of Information Act 2000, please provide the following information:")]
    for qi, q in enumerate(L.parts[0].qs, 1):
        B.append(("qi", "%d." % qi, q.text))
    B.append(("p", "If any part of this request would exceed the cost limit, please answer the parts you "
                   "can and advise how I might narrow the rest. I would prefer to receive the information "
                   "electronically."))
    B.append(("p", "Yours faithfully,"))
    B.append(("p", "[name redacted]"))
    return B


# --------------------------------------------------------------------------
# emitters
# --------------------------------------------------------------------------
def to_txt(B, wrap=False):
    out = []

    def w(s, indent=""):
        if wrap:
            return textwrap.fill(s, 78, subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False)
        return s
    for b in B:
        t = b[0]
        if t in ("lh", "meta", "sig"):
            out.append("\n".join(b[1]))
        elif t == "banner":
            out.append("*** %s ***" % b[1])
        elif t == "title":
            out.append(w(b[1]))
        elif t == "h":
            out.append(b[1])
        elif t in ("p", "foot"):
            out.append(w(b[1]))
        elif t == "label":
            out.append(b[1])
        elif t == "qi":
            out.append(w("%s %s" % (b[1], b[2]), "   "))
        elif t == "table":
            for row in b[2]:
                if len(row) == 3:
                    out.append(w("%s. %s" % (row[0], row[1]), "   "))
                    out.append(w("Response: " + row[2]))
                else:
                    out.append(w(row[0], "   "))
                    out.append(w("Response: " + row[1]))
    return "\n\n".join(out) + "\n"


def md_escape(s):
    return s.replace("|", "\\|")


def to_md(B):
    out = []
    for b in B:
        t = b[0]
        if t == "lh":
            out.append("**%s**  \n" % b[1][0] + "  \n".join(b[1][1:]))
        elif t in ("meta", "sig"):
            out.append("  \n".join(b[1]))
        elif t == "banner":
            out.append("> **%s**" % b[1])
        elif t == "title":
            out.append("# " + b[1])
        elif t == "h":
            out.append("## " + b[1])
        elif t in ("p",):
            out.append(b[1])
        elif t == "foot":
            out.append("---\n\n*%s*" % b[1])
        elif t == "label":
            out.append("**%s**" % b[1])
        elif t == "qi":
            lab = b[1]
            # keep markdown from turning "1." into an auto-numbered list
            if lab[:-1].isdigit() and lab.endswith("."):
                lab = lab[:-1] + "\\."
            out.append("%s %s" % (lab, b[2]))
        elif t == "table":
            hdr = b[1]
            lines = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
            for row in b[2]:
                lines.append("| " + " | ".join(md_escape(c) for c in row) + " |")
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.35;margin:2em;}
h1{font-size:14pt;} h2{font-size:12pt;} table{border-collapse:collapse;}
td,th{border:1px solid #444;padding:4px;vertical-align:top;text-align:left;}

.lh{text-align:right;} .banner{border:2px solid #a00;color:#a00;font-weight:bold;padding:4px;}
.foot{font-size:9pt;color:#555;}"""


def to_html(B, title, site=None):
    e = html.escape
    body = []
    for b in B:
        t = b[0]
        if t == "lh":
            body.append('<div class="lh"><strong>%s</strong><br>%s</div>' %
                        (e(b[1][0]), "<br>".join(e(x) for x in b[1][1:])))
        elif t in ("meta", "sig"):
            body.append("<p>%s</p>" % "<br>".join(e(x) for x in b[1]))
        elif t == "banner":
            body.append('<p class="banner">%s</p>' % e(b[1]))
        elif t == "title":
            body.append("<h1>%s</h1>" % e(b[1]))
        elif t == "h":
            body.append("<h2>%s</h2>" % e(b[1]))
        elif t == "p":
            body.append("<p>%s</p>" % e(b[1]))
        elif t == "foot":
            body.append('<p class="foot">%s</p>' % e(b[1]))
        elif t == "label":
            body.append("<p><strong>%s</strong></p>" % e(b[1]))
        elif t == "qi":
            body.append("<p>%s %s</p>" % (e(b[1]), e(b[2])))
        elif t == "table":
            rows = ["<tr>%s</tr>" % "".join("<th>%s</th>" % e(h) for h in b[1])]
            for row in b[2]:
                rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in row))
            cols = ("<col width=\"7%\"><col width=\"43%\"><col width=\"50%\">" if len(b[1]) == 3
                    else "<col width=\"45%\"><col width=\"55%\">")
            body.append('<table border="1" cellpadding="4" width="100%%"><colgroup>%s</colgroup>%s</table>'
                        % (cols, "\n".join(rows)))
    inner = "\n".join(body)
    if site:
        inner = site_wrap(inner, site)
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>%s</title><style>%s</style></head><body>\n%s\n</body></html>\n"
            % (e(title), CSS, inner))


def site_wrap(inner, a):
    e = html.escape
    return ("""<div class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We'd also like to set analytics cookies that help us make improvements.</p>
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<header><a href="/" class="logo">%s</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<p class="breadcrumb">Home &gt; Freedom of information &gt; Disclosure log &gt; Response</p></header>
<main>
%s
</main>
<aside><h3>Related pages</h3><ul><li><a href="/foi/how-to">How to make a request</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li></ul></aside>
<footer><p>&copy; %s. All rights reserved.</p><p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy notice</a> | <a href="/terms">Terms and conditions</a></p></footer>"""
            % (e(a["name"]), inner, e(a["name"])))


# --------------------------------------------------------------------------
# PostScript (for Ghostscript pdfwrite)
# --------------------------------------------------------------------------
def ps_str(s):
    s = (s.replace("–", "-").replace("—", "-").replace("’", "'").replace("‘", "'")
         .replace("“", '"').replace("”", '"'))
    out = []
    for ch in s:
        c = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= c < 127:
            out.append(ch)
        elif c < 256:
            out.append("\\%03o" % c)
        else:
            out.append("?")
    return "(" + "".join(out) + ")"


def to_ps(B, header="OFFICIAL", footer=""):
    # produce a list of lines: (font, size, x, text) with y assigned on layout
    LH = 13
    items = []   # ('line', font, size, x, text) | ('gap', h)

    def para(text, font="F", size=10, x=56, width=94, indent=0):
        lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
        for i, ln in enumerate(lines):
            items.append(("line", font, size, x + (indent if i else 0), ln))
        items.append(("gap", 5))

    for b in B:
        t = b[0]
        if t in ("lh",):
            for i, ln in enumerate(b[1]):
                items.append(("line", "FB" if i == 0 else "F", 12 if i == 0 else 10, 330, ln))
            items.append(("gap", 10))
        elif t in ("meta", "sig"):
            for ln in b[1]:
                items.append(("line", "F", 10, 56, ln))
            items.append(("gap", 6))
        elif t == "banner":
            para(b[1], "FB", 11, width=80)
        elif t == "title":
            para(b[1], "FB", 11, width=80)
        elif t == "h":
            para(b[1], "FB", 10.5, width=85)
        elif t in ("p", "foot"):
            para(b[1])
        elif t == "label":
            items.append(("line", "FB", 10, 56, b[1]))
        elif t == "qi":
            para("%s %s" % (b[1], b[2]), indent=14, width=92)
        elif t == "table":
            hdr, rows = b[1], b[2]
            if len(hdr) == 3:
                xs, ws = [56, 84, 300], [4, 40, 48]
            else:
                xs, ws = [56, 290], [43, 50]
            items.append(("row", [(xs[i], [hdr[i]], "FB") for i in range(len(hdr))]))
            for row in rows:
                cells = []
                for i, c in enumerate(row):
                    cells.append((xs[i], textwrap.wrap(c, ws[i], break_long_words=False,
                                                       break_on_hyphens=False) or [""], "F"))
                items.append(("row", cells))
            items.append(("gap", 8))

    # layout
    pages = [[]]
    y = 780

    def newpage():
        nonlocal y
        pages.append([])
        y = 780
    for it in items:
        if it[0] == "gap":
            y -= it[1]
            continue
        if it[0] == "line":
            if y < 70:
                newpage()
            pages[-1].append((it[1], it[2], it[3], y, it[4]))
            y -= LH if it[2] <= 10.5 else LH + 2
            continue
        if it[0] == "row":
            n = max(len(c[1]) for c in it[1])
            # a row may split over a page break, as Word tables do
            for k in range(n):
                if y < 70:
                    newpage()
                for x, lines, font in it[1]:
                    if k < len(lines):
                        pages[-1].append((font, 10, x, y, lines[k]))
                y -= LH
            y -= 4
    out = ["%!PS-Adobe-3.0", "%%Pages: " + str(len(pages)), "%%EndComments",
           "/MyEnc ISOLatin1Encoding 256 array copy def MyEnc 45 /hyphen put MyEnc 39 /quotesingle put MyEnc 96 /grave put",
           "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
           "/Encoding MyEnc def currentdict end definefont pop } def",
           "/F-ISO /Helvetica reenc", "/FB-ISO /Helvetica-Bold reenc",
           "<< /PageSize [595 842] >> setpagedevice"]
    total = len(pages)
    for pn, pg in enumerate(pages, 1):
        out.append("%%%%Page: %d %d" % (pn, pn))
        out.append("/F-ISO findfont 8 scalefont setfont 280 815 moveto %s show" % ps_str(header))
        for font, size, x, yy, text in pg:
            out.append("/%s-ISO findfont %g scalefont setfont %d %d moveto %s show" %
                       (font, size, x, yy, ps_str(text)))
        out.append("/F-ISO findfont 8 scalefont setfont 56 40 moveto %s show" % ps_str(footer))
        out.append("/F-ISO findfont 8 scalefont setfont 480 40 moveto %s show" %
                   ps_str("Page %d of %d" % (pn, total)))
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"
