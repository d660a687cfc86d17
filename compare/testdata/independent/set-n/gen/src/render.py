"""House styles: turn a Letter into a neutral list of blocks.

Blocks: ("lh", [lines]) letterhead, ("h", text) heading, ("p", text),
("b", text) bold line, ("table", header_or_None, rows), ("mark", text) a
protective marking or banner line."""
import datetime as dt
import re

from letters import AUTHORITIES

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fdate(iso, style):
    d = dt.date.fromisoformat(iso)
    if style == 1:
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 3:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 4:
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


TITLES = {"43": "Commercial Interests", "31": "Law Enforcement", "24": "National Security",
          "40": "Personal Information", "41": "Information Provided in Confidence",
          "23": "Information relating to security bodies", "21": "Information accessible by other means"}
REASONS = {
    "43": ("Disclosure would be likely to prejudice the commercial interests of {short} and of the "
           "supplier, because the pricing could be used by competitors in future tenders. Having weighed "
           "the public interest, we consider that it favours maintaining the exemption."),
    "31": ("Disclosure would be likely to prejudice the prevention and detection of crime, because it "
           "would reveal detail of systems and capability that could be exploited by those intent on "
           "committing offences."),
    "24": ("Exemption from disclosure is required for the purpose of safeguarding national security: "
           "the detail would help a hostile actor to map and target critical systems."),
    "41": ("The pricing was provided to {short} by the supplier in confidence, and its disclosure would "
           "constitute an actionable breach of confidence."),
    "40": "The information is the personal data of a member of staff and its release would breach the data protection principles.",
    "reg12(5)(e)": ("Disclosure would adversely affect the confidentiality of commercial information where such "
                    "confidentiality is provided by law to protect a legitimate economic interest. The public "
                    "interest in maintaining the exception outweighs the public interest in disclosure."),
}


def parse_ex(e):
    if e.startswith("reg"):
        m = re.match(r"reg(\d+)((?:\(\w+\))*)", e)
        return ("reg", m.group(1), re.findall(r"\(\w+\)", m.group(2)))
    m = re.match(r"s(\d+)((?:\(\w+\))*)", e)
    return ("s", m.group(1), re.findall(r"\(\w+\)", m.group(2)))


def cite(exs, cap=False, spaced=False):
    items = [parse_ex(e) for e in exs]
    merged = []
    for kind, sec, subs in items:
        if merged and merged[-1][0] == kind and merged[-1][1] == sec and \
                merged[-1][2][:-1] == subs[:-1] and len(subs) > 1:
            merged[-1][3].append(subs[-1])
        else:
            merged.append([kind, sec, subs, [subs[-1]] if subs else []])
    texts = []
    for kind, sec, subs, lasts in merged:
        head = "".join(subs[:-1]) if subs else ""
        t = sec + (" " if spaced and head else "") + head + "".join(lasts)
        texts.append(t)
    kind = merged[0][0]
    word = "regulation" if kind == "reg" else "section"
    if len(texts) > 1:
        word += "s"
        body = ", ".join(texts[:-1]) + " and " + texts[-1]
    else:
        body = texts[0]
    if cap:
        word = word.capitalize()
    return word + " " + body


def title_of(exs):
    out = []
    for e in exs:
        if e.startswith("reg"):
            t = "Confidentiality of commercial information" if e.startswith("reg12(5)(e)") else ""
        else:
            t = TITLES.get(parse_ex(e)[1], "")
        if t and t not in out:
            out.append(t)
    return "; ".join(out)


def reason_of(e, auth):
    if e.startswith("reg"):
        return REASONS.get("reg12(5)(e)", "").format(short=auth["short"])
    return REASONS.get(parse_ex(e)[1], "").format(short=auth["short"])


def answer_text(q, L, auth):
    if q.code in "RPH":
        if q.ans:
            return q.ans
        return "This information is not held."
    if q.code == "W":
        if q.ans:
            return q.ans
        c = cite(q.ex, cap=True, spaced=L.v.get("spaced", False))
        t = title_of(q.ex)
        reasons = []
        for e in q.ex:
            r = reason_of(e, auth)
            if r and r not in reasons:
                reasons.append(r)
        if L.regime == "eir":
            return "This information is withheld under the exception at %s (%s). %s" % (
                c.replace("Regulation", "regulation"), t.lower(), " ".join(reasons))
        return "This information is withheld under %s%s. %s" % (
            c, " (%s)" % t if t else "", " ".join(reasons))
    if q.code == "N":
        if q.ans:
            return q.ans
        s = ("%s can neither confirm nor deny whether it holds information relevant to this question, "
             "by virtue of %s." % (auth["name"], cite(q.ex)))
        if auth["kind"] == "police":
            s += (" This should not be taken as an indication of whether or not any information is held. "
                  "To confirm or deny would itself reveal tactical capability.")
        return s
    if q.code == "X":
        return q.ans or "Refused: the cost of compliance exceeds the appropriate limit."
    return ""


def act(L):
    return ("the Environmental Information Regulations 2004 (EIR)" if L.regime == "eir"
            else "the Freedom of Information Act 2000 (FOIA)")


def head(L, auth):
    blocks = []
    if L.is_draft:
        blocks.append(("mark", "DRAFT RESPONSE - FOR APPROVAL - NOT YET SENT"))
    if auth["kind"] == "police":
        blocks.append(("mark", "OFFICIAL"))
    blocks.append(("lh", [auth["name"]] + auth["address"] + [auth["team"], auth["email"]]))
    date = fdate(L.date, L.v.get("date", 2))
    style = L.v.get("ref", "ourref")
    if style == "banner":
        blocks.append(("p", date))
        blocks.append(("p", "Dear"))
        word = "ENVIRONMENTAL INFORMATION" if L.regime == "eir" else "FREEDOM OF INFORMATION"
        blocks.append(("h", "%s REQUEST – %s %s" % (word, L.ref, L.title)))
    elif style == "reference":
        blocks.append(("p", "Reference: %s" % L.ref))
        blocks.append(("p", "Date of response: %s" % date))
        blocks.append(("h", "Request for information: %s" % L.title))
        blocks.append(("p", "Dear Requester"))
    elif style == "reviewref":
        blocks.append(("p", "Internal review reference: %s" % L.ref))
        blocks.append(("p", "Date: %s" % date))
        blocks.append(("h", "%s" % L.title))
        blocks.append(("p", "Dear"))
    else:
        blocks.append(("p", "Our ref: %s" % L.ref))
        blocks.append(("p", "Date: %s" % date))
        blocks.append(("p", "Dear"))
        blocks.append(("h", "Re: %s" % L.title))
    recv = fdate(L.received, L.v.get("date", 2))
    intro = L.v.get("intro", "thanks")
    if intro == "seek":
        blocks.append(("p", "I refer to your request for information received by %s on %s. I note you seek "
                             "access to the following information:" % (auth["name"], recv)))
    elif intro == "thanks":
        blocks.append(("p", "Thank you for your request for information, which we received on %s. We have "
                             "dealt with it under %s." % (recv, act(L))))
    elif intro == "received":
        blocks.append(("p", "Your request dated %s has been considered under %s. %s holds the information "
                             "described below except where stated." % (recv, act(L), auth["name"])))
    if L.preamble:
        blocks.append(("p", L.preamble))
    return blocks


def tail(L, auth):
    b = []
    if L.regime == "eir":
        b.append(("p", "If you are unhappy with the way your request has been handled you may ask for a "
                       "review under regulation 11 of the EIR within 40 working days. If you remain "
                       "dissatisfied you may complain to the Information Commissioner under regulation 18."))
    else:
        b.append(("p", "If you are dissatisfied with the handling of your request, you have the right to ask "
                       "for an internal review within 40 working days. If you remain dissatisfied after the "
                       "review you may apply to the Information Commissioner under section 50 of the Act "
                       "(Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF)."))
    b.append(("p", "Yours sincerely"))
    b.append(("lh", [auth["signer"], auth["team"], auth["name"]]))
    return b


def part_heading(L, heading):
    return [("h", heading)] if heading else []


def restated(L):
    out = []
    for heading, qs in L.parts:
        out += part_heading(L, heading)
        for q in qs:
            out.append(("p", "%d. %s" % (q.num, q.text)))
    return out


def numlist(nums):
    nums = list(nums)
    if len(nums) == 1:
        return "question %d" % nums[0]
    return "questions " + ", ".join(str(n) for n in nums[:-1]) + " and %d" % nums[-1]


def harm_blocks(exgroups, L, auth):
    b = []
    for exs in exgroups:
        b.append(("b", "%s, %s" % (cite(exs, cap=True, spaced=L.v.get("spaced", False)), title_of(exs))))
    b.append(("h", "Evidence of Harm"))
    seen = []
    for exs in exgroups:
        for e in exs:
            r = reason_of(e, auth)
            if r and r not in seen:
                seen.append(r)
    b += [("p", r) for r in seen]
    b.append(("h", "Public Interest Test"))
    b.append(("p", "Factors favouring disclosure: disclosure would promote openness about the use of public "
                   "funds and allow the public to understand how %s delivers its services." % auth["short"]))
    b.append(("p", "Factors favouring non-disclosure: the harm described above would be contrary to the "
                   "public interest and could not be undone, since a disclosure under the Act is a disclosure "
                   "to the world."))
    b.append(("h", "Balance Test"))
    b.append(("p", "Having weighed these factors, it is my decision that the balance of the public interest "
                   "lies in maintaining the exemption for the information identified above."))
    return b


def style_restate(L, auth):
    b = [("p", "You asked:")] + restated(L)
    b.append(("h", "Response"))
    for heading, qs in L.parts:
        b += part_heading(L, heading)
        for q in qs:
            b.append(("p", "Question %d – %s" % (q.num, answer_text(q, L, auth))))
    return b


def style_decision(L, auth):
    b = restated(L)
    groups = {}
    for heading, qs in L.parts:
        for q in qs:
            if q.code == "W" and not q.ans:
                groups.setdefault(tuple(q.ex), []).append(q)
    multipart = len(L.parts) > 1
    sentences = []
    for exs, qs in groups.items():
        if multipart:
            bits = []
            for pi in sorted({q.part for q in qs}):
                bits.append("%s in part %d of your request" % (numlist(q.num for q in qs if q.part == pi), pi))
            where = " and ".join(bits)
        else:
            where = numlist(q.num for q in qs)
        sentences.append("%s to %s" % (cite(list(exs), spaced=L.v.get("spaced", False)), where))
    b.append(("p", "Your request for information has now been considered and I can confirm that %s does hold "
                   "information you request; however I will be citing %s." % (auth["name"], "; and ".join(sentences))))
    b += harm_blocks(list(groups.keys()), L, auth)
    rest = [q for _, qs in L.parts for q in qs if not (q.code == "W" and not q.ans)]
    if multipart:
        desc = []
        for pi in range(1, len(L.parts) + 1):
            ns = [q.num for q in rest if q.part == pi]
            if ns:
                desc.append("%s in part %d" % (numlist(ns), pi))
        b.append(("p", "The response to %s is provided below." % " and ".join(desc)))
    else:
        b.append(("p", "The response to %s is provided below." % numlist(q.num for q in rest)))
    for pi, (heading, qs) in enumerate(L.parts, 1):
        shown = [q for q in qs if q in rest]
        if not shown:
            continue
        if multipart:
            b.append(("h", "Part %d" % pi))
        for q in shown:
            b.append(("p", "Question %d – %s" % (q.num, answer_text(q, L, auth))))
    return b


def style_interleaved(L, auth):
    b = []
    il = L.v.get("il", "response")
    for heading, qs in L.parts:
        b += part_heading(L, heading)
        for q in qs:
            a = answer_text(q, L, auth)
            if il == "request":
                b += [("b", "Request %d" % q.num), ("p", q.text), ("b", "Answer"), ("p", a)]
            elif il == "qa_inline":
                b += [("p", "Question %d: %s" % (q.num, q.text)), ("p", "Answer: %s" % a)]
            else:
                b += [("b", "%d. %s" % (q.num, q.text)), ("p", "Response: %s" % a)]
    return b


def style_qa(L, auth):
    b = []
    for heading, qs in L.parts:
        b += part_heading(L, heading)
        for q in qs:
            b += [("b", "Q%d. %s" % (q.num, q.text)), ("p", "A%d. %s" % (q.num, answer_text(q, L, auth)))]
    return b


def style_table(L, auth):
    b = []
    numbered = L.v.get("tablenum", True)
    for heading, qs in L.parts:
        b += part_heading(L, heading)
        if numbered:
            rows = [["%d" % q.num, q.text, answer_text(q, L, auth)] for q in qs]
            b.append(("table", ["No.", "Your request", "Our response"], rows))
        else:
            rows = [[q.text, answer_text(q, L, auth)] for q in qs]
            b.append(("table", ["Information requested", "Response"], rows))
    return b


def style_you_asked(L, auth):
    b = []
    for heading, qs in L.parts:
        b += part_heading(L, heading)
        for q in qs:
            b += [("b", "You asked:"), ("p", q.text), ("b", "Our response:"), ("p", answer_text(q, L, auth))]
    return b


def style_numbered(L, auth):
    b = [("p", "Your request read as follows:")]
    for heading, qs in L.parts:
        b += part_heading(L, heading)
        for q in qs:
            b.append(("p", "(%d) %s" % (q.num, q.text)))
    b.append(("p", "Our answers are numbered to correspond with your request."))
    for heading, qs in L.parts:
        b += part_heading(L, heading)
        for q in qs:
            b.append(("p", "%d) %s" % (q.num, answer_text(q, L, auth))))
    return b


def style_review(L, auth):
    r = L.review
    b = [("p", "Original request reference: %s (response dated %s)" % (r["original"], r["original_date"]))]
    changed = r["changed"]
    b.append(("p", "On %s you asked the Trust to review its response to your request, in which the highest "
                   "hourly rate paid for an agency locum doctor was withheld under section 43(2) of the Act. "
                   "The review was carried out by a senior manager who was not involved in the original "
                   "decision." % r["asked"]))
    b.append(("h", "Outcome of the review"))
    b.append(("p", "I have concluded that the original decision was not correct in respect of %s. The rate "
                   "is an historic maximum and, now that the relevant framework prices are published, its "
                   "release would not be likely to prejudice the commercial interests of the Trust or of "
                   "the agency. The information is provided below (shown in bold in the original)." % numlist(changed)))
    others = [q.num for q in L.questions() if q.num not in changed]
    b.append(("p", "For %s the original answers are upheld and are repeated below for completeness." % numlist(others)))
    b.append(("h", "Your request and our final response"))
    for q in L.questions():
        b += [("p", "Question %d: %s" % (q.num, q.text)), ("p", "Answer: %s" % answer_text(q, L, auth))]
    b.append(("p", "If you remain dissatisfied you may apply to the Information Commissioner under section 50 "
                   "of the Act. Please quote reference %s." % L.ref))
    b.append(("p", "Yours sincerely"))
    b.append(("lh", ["Deputy Director of Corporate Affairs", auth["name"]]))
    return b


def style_bare(L, auth):
    date = fdate(L.date, 2)
    b = [("p", "Logged by the FOI Office on %s as %s. Acknowledgement sent; response due within 20 working days."
          % (date, L.ref)),
         ("p", "From: [requester]"), ("p", "To: %s" % auth["email"]),
         ("p", "Sent: %s 10:42" % date),
         ("p", "Subject: Freedom of Information request - %s" % L.title.lower()),
         ("p", "Dear %s," % auth["name"]),
         ("p", "Under the Freedom of Information Act 2000 I would like to request the following information "
               "about your electronic patient record (EPR) and related systems:")]
    for q in L.questions():
        b.append(("p", "%d. %s" % (q.num, q.text)))
    b.append(("p", "I would prefer to receive the information electronically. If any part of this request "
                   "is unclear, please contact me."))
    b.append(("p", "Yours faithfully,"))
    b.append(("p", "[name withheld]"))
    return b


STYLES = {"restate": style_restate, "decision": style_decision, "interleaved": style_interleaved,
          "qa": style_qa, "table": style_table, "you_asked": style_you_asked,
          "numbered": style_numbered, "review": style_review, "bare": style_bare}


def render_letter(L):
    auth = AUTHORITIES[L.auth]
    if L.style == "bare":
        return style_bare(L, auth)
    body = STYLES[L.style](L, auth)
    if L.style == "review":
        return head(L, auth) + body
    return head(L, auth) + body + tail(L, auth)
