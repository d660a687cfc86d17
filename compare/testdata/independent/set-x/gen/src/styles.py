"""House styles: turn a letter's truth into blocks."""
from render import fmt_date

R, P, W, N, H, X = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"

# ---------------------------------------------------------------- citations

FOIA_NAMES = {"s31": "Law Enforcement", "s43": "Commercial Interests", "s24": "National Security",
              "s40": "Personal Information", "s38": "Health and Safety"}
FOISA_NAMES = {"s33": "commercial interests and the economy", "s35": "law enforcement",
               "s30": "prejudice to effective conduct of public affairs", "s38": "personal information",
               "s18": "neither confirm nor deny", "s31": "national security"}


def _base(ex):
    return ex.split("(")[0].replace("foisa:", "")


def cite(ex, auth, long=False):
    """Human citation of a normalised exemption as this authority writes it."""
    if ex.startswith("reg"):
        body = ex[3:]
        return "regulation " + body if auth != "P" else "Regulation " + body
    if ex.startswith("foisa:s"):
        body = ex[len("foisa:s"):]
        name = FOISA_NAMES.get(_base(ex))
        return "section %s of FOISA" % body + (" (%s)" % name if long and name else "")
    body = ex[1:]
    name = FOIA_NAMES.get(_base(ex), "")
    if auth == "P":
        return "Section %s %s" % (body, name)
    if auth == "N":
        return "s.%s (%s)" % (body, name.lower())
    return "section %s" % body + (" (%s)" % name.lower() if long and name else "")


def cites(exs, auth, long=False):
    cs = [cite(e, auth, long) for e in exs]
    if len(cs) == 1:
        return cs[0]
    return ", ".join(cs[:-1]) + " and " + cs[-1]


# ---------------------------------------------------------------- stance answers

def auto_answer(L, q):
    A, s, ex = L["auth"], q["s"], q["ex"]
    reg = q.get("reg") or L.get("regime", "")
    if s == W:
        if reg == "eir":
            return ("This information is withheld under %s of the Environmental Information Regulations 2004 "
                    "(confidentiality of commercial or industrial information). The Council considers that the "
                    "public interest in maintaining the exception outweighs the public interest in disclosure." % cites(ex, A))
        if A == "P":
            return "Exempt - %s. Please see the explanation of the exemption below." % cites(ex, A)
        if A == "C":
            return "Withheld. This information is exempt under %s of the Freedom of Information Act 2000." % cites(ex, A, True)
        if A == "N":
            return "This information is exempt from disclosure under %s of the Freedom of Information Act 2000." % cites(ex, A)
        if A == "S":
            return ("We are withholding this information because the exemption in %s applies. The public interest "
                    "test is explained below." % cites(ex, A, True))
    if s == N:
        if A == "P":
            return ("Cambria Police can neither confirm nor deny that it holds any information relevant to this "
                    "question by virtue of %s. This should not be taken as an indication that information "
                    "does or does not exist." % cites(ex, A))
        if A == "N":
            return ("The Trust neither confirms nor denies whether it holds this information, in reliance on %s "
                    "of the Freedom of Information Act 2000." % cites(ex, A))
        if A == "S":
            rest = [e for e in ex if not e.startswith("foisa:s18")]
            return ("In terms of section 18(1) of FOISA, the Agency neither confirms nor denies whether it holds "
                    "this information. If the information did exist and were held, it would be exempt from "
                    "disclosure under %s, and it would be contrary to the public interest to reveal whether "
                    "it exists." % cites(rest, A, True))
        return "The Council neither confirms nor denies that it holds this information (%s)." % cites(ex, A)
    if s == H:
        if reg == "eirs":
            return ("Under regulation 10(4)(a) of the Environmental Information (Scotland) Regulations 2004, "
                    "the Agency does not hold this information.")
        if A == "S":
            return ("In terms of section 17(1) of FOISA, I must tell you that the Agency does not hold this "
                    "information.")
        if A == "P":
            return "Cambria Police does not hold this information."
        if A == "N":
            return "The Trust does not hold this information."
        return "The Council does not hold this information."
    if s == X:
        return "Refused - see below."
    raise ValueError("no automatic answer for %s in %s" % (s, L["ref"]))


def answer(L, q):
    if q.get("a"):
        return q["a"]
    return auto_answer(L, q)

# ---------------------------------------------------------------- labels

def qlabel(L, qn):
    st = L.get("lab", "num")
    if st == "num":
        return "%d." % qn
    if st == "Q":
        return "Q%d." % qn
    if st == "paren":
        return "(%s)" % "abcdefghij"[qn - 1]
    if st == "bullet":
        return ""
    if st == "dash":
        return "- %d." % qn
    raise ValueError(st)


def akey(L, pi, qn):
    st = L.get("akey", "Question")
    multi = len(L["parts"]) > 1
    if st == "Question":
        return "Question %d \u2013" % qn
    if st == "num":
        return "%d." % qn
    if st == "paren":
        return "(%s)" % "abcdefghij"[qn - 1]
    if st == "point":
        return "In answer to point %d:" % qn
    if st == "Q":
        return "Q%d:" % qn
    raise ValueError(st)


def qlist(L, items):
    """items: list of (part_index, qnum). Words as a decision paragraph writes them."""
    multi = len(L["parts"]) > 1
    def nums(ns):
        ns = [str(n) for n in ns]
        if len(ns) == 1:
            return "question " + ns[0]
        return "questions " + ", ".join(ns[:-1]) + " and " + ns[-1]
    if not multi:
        return nums([qn for _, qn in items])
    byp = {}
    for pi, qn in items:
        byp.setdefault(pi, []).append(qn)
    segs = ["%s in part %d" % (nums(v), pi + 1) for pi, v in sorted(byp.items())]
    if len(segs) == 1:
        return segs[0] + " of your request"
    return ", ".join(segs[:-1]) + " and " + segs[-1] + " of your request"

# ---------------------------------------------------------------- common header / footer

def header(L, AUTHS):
    A = AUTHS[L["auth"]]
    b = [("lh", A["lh"])]
    if L["kind"] == "draft":
        b.append(("banner", L.get("draft_mark", "DRAFT - NOT YET ISSUED")))
    if A.get("marking"):
        b.append(("banner", A["marking"]))
    d = fmt_date(L["date"], L.get("dfmt", "long"))
    rcv = fmt_date(L["received"], L.get("rfmt", L.get("dfmt", "long")))
    ref = L["ref"]
    hs = L.get("hstyle", 0) % 4
    if hs == 0:
        b.append(("p", d))
        b.append(("p", "Our ref: %s" % ref))
        b.append(("p", "Dear Requester"))
        b.append(("h", "Freedom of Information request: %s" % L["title"]))
    elif hs == 1:
        b.append(("p", "Date: %s" % d))
        b.append(("p", "Dear"))
        b.append(("h", "FREEDOM OF INFORMATION REQUEST \u2013 %s %s" % (ref, L["title"])))
    elif hs == 2:
        b.append(("p", "Request reference: %s" % ref))
        b.append(("p", "Date of response: %s" % d))
        b.append(("p", "Dear Sir/Madam"))
        b.append(("h", L["title"]))
    else:
        b.append(("p", "%s" % d))
        b.append(("p", "Reference: %s" % ref))
        b.append(("p", "Dear Applicant"))
        b.append(("h", "Re: %s" % L["title"]))
    b.append(("p", A["intro"](L, rcv)))
    if L.get("note"):
        b.append(("p", L["note"]))
    return b


def footer(L, AUTHS):
    A = AUTHS[L["auth"]]
    b = [("p", p) for p in A["rights"](L)]
    b.append(("sig", A["sig"]))
    if A.get("slogan"):
        b.append(("banner", A["slogan"]))
    return b


def part_heading(L, pi):
    h = L["parts"][pi][0]
    return h


def restated(L, b, lead=None):
    if lead:
        b.append(("p", lead))
    if L.get("preamble"):
        b.append(("p", L["preamble"]))
    for pi, (ph, qs) in enumerate(L["parts"]):
        if ph:
            b.append(("h", ph))
        for qi, q in enumerate(qs, 1):
            b.append(("li", qlabel(L, qi), q["t"]))

# ---------------------------------------------------------------- styles

def s_interleaved(L, AUTHS):
    b = header(L, AUTHS)
    v = L.get("iv", "QA")
    if L.get("preamble"):
        b.append(("p", L["preamble"]))
    for pi, (ph, qs) in enumerate(L["parts"]):
        if ph:
            b.append(("h", ph))
        for qi, q in enumerate(qs, 1):
            a = answer(L, q)
            if v == "QA":
                b.append(("li", "Q%d." % qi, q["t"]))
                b.append(("p", "A%d. %s" % (qi, a)))
            elif v == "request":
                b.append(("li", "Request %d:" % qi, q["t"]))
                b.append(("p", "Answer: " + a))
            else:
                b.append(("li", "%d." % qi, q["t"]))
                b.append(("p", "Response: " + a))
    b += extra_blocks(L, AUTHS)
    return b + footer(L, AUTHS)


def s_youasked(L, AUTHS):
    b = header(L, AUTHS)
    caps = L.get("ya") == "caps"
    if L.get("preamble"):
        b.append(("p", L["preamble"]))
    for pi, (ph, qs) in enumerate(L["parts"]):
        if ph:
            b.append(("h", ph))
        for q in qs:
            if caps:
                b.append(("p", "REQUEST: " + q["t"]))
                b.append(("p", "RESPONSE: " + answer(L, q)))
            else:
                b.append(("p", "You asked: " + q["t"]))
                b.append(("p", "Our response: " + answer(L, q)))
    b += extra_blocks(L, AUTHS)
    return b + footer(L, AUTHS)


def s_table(L, AUTHS):
    b = header(L, AUTHS)
    b.append(("p", L.get("table_lead", "Your questions and our answers are set out in the table below.")))
    hdr = L.get("thdr", ("Your request", "Our response"))
    for pi, (ph, qs) in enumerate(L["parts"]):
        if ph:
            b.append(("h", ph))
        rows = []
        for qi, q in enumerate(qs, 1):
            lab = qlabel(L, qi)
            rows.append(((lab + " " if lab else "") + q["t"], answer(L, q)))
        b.append(("table", hdr, rows))
    b += extra_blocks(L, AUTHS)
    return b + footer(L, AUTHS)


def s_numbered(L, AUTHS):
    b = header(L, AUTHS)
    restated(L, b, L.get("lead", "You asked for the following information:"))
    b.append(("h", L.get("resp_head", "Response")))
    order = L.get("order")
    for pi, (ph, qs) in enumerate(L["parts"]):
        if ph and len(L["parts"]) > 1:
            b.append(("h", ph.split(" \u2013")[0].split(":")[0]))
        idx = list(range(1, len(qs) + 1))
        if order and pi == 0:
            idx = order
        for qi in idx:
            q = qs[qi - 1]
            b.append(("li", akey(L, pi, qi), answer(L, q)))
    b += extra_blocks(L, AUTHS)
    return b + footer(L, AUTHS)


def s_decision(L, AUTHS):
    A = AUTHS[L["auth"]]
    b = header(L, AUTHS)
    restated(L, b, L.get("lead", "I note you seek access to the following information:"))
    groups = {}
    ncnd = []
    for pi, (ph, qs) in enumerate(L["parts"]):
        for qi, q in enumerate(qs, 1):
            if q["s"] == W:
                groups.setdefault(tuple(q["ex"]), []).append((pi, qi))
            elif q["s"] == N:
                ncnd.append((pi, qi, q))
    paras = A["decision"](L, groups, ncnd)
    b += [("p", p) if isinstance(p, str) else p for p in paras]
    rest = [(pi, qi, q) for pi, (ph, qs) in enumerate(L["parts"]) for qi, q in enumerate(qs, 1)
            if q["s"] not in (W, N)]
    if rest:
        b.append(("p", A["rest_lead"](L, rest)))
        order = L.get("order")
        if order:
            pos = {(pi, qi): (pi, qi, q) for pi, qi, q in rest}
            rest = [pos[(0, n)] for n in order if (0, n) in pos] + [r for r in rest if r[0] != 0]
        curp = None
        for pi, qi, q in rest:
            if len(L["parts"]) > 1 and pi != curp:
                b.append(("h", "Part %d" % (pi + 1)))
                curp = pi
            b.append(("li", akey(L, pi, qi), answer(L, q)))
    b += extra_blocks(L, AUTHS)
    return b + footer(L, AUTHS)


def s_bare(L, AUTHS):
    """An incoming request email: questions only."""
    d = fmt_date(L["date"], "day")
    b = [("p", "From: %s" % L["from"]), ("p", "Sent: %s 09:47" % d), ("p", "To: %s" % L["to"]),
         ("p", "Subject: %s" % L["title"]), ("p", "Dear %s," % AUTHS[L["auth"]]["name"])]
    b.append(("p", L["preamble"]))
    for pi, (ph, qs) in enumerate(L["parts"]):
        if ph:
            b.append(("h", ph))
        for qi, q in enumerate(qs, 1):
            b.append(("li", "%d." % qi, q["t"]))
    b.append(("p", L.get("closing", "I would like to receive the information electronically. If any part of this request is unclear, please contact me. Thank you.")))
    b.append(("sig", ["Yours faithfully,", L["from"].split(" <")[0]]))
    return b


def extra_blocks(L, AUTHS):
    return list(L.get("_harm", [])) + [("p", p) for p in L.get("after", [])]


STYLES = {"interleaved": s_interleaved, "youasked": s_youasked, "table": s_table,
          "numbered": s_numbered, "decision": s_decision, "bare": s_bare}
