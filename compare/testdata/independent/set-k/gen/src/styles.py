"""House styles: turn a letter's truth into blocks."""
from engine import fmt_date, ex_group_text, cap, numlist, TITLES, fam

AUTH = {
    "ncc": dict(
        name="Northmoor County Council", we="the Council", We="The Council",
        lines=["Northmoor County Council", "Information Governance Team", "County Hall, Castle Street",
               "Ashby Fenwick", "NM1 2AA", "Email: foi@northmoor.gov.uk  |  Tel: 01632 960 100"],
        sig=["Yours sincerely", "", "Information Governance Officer", "Northmoor County Council"],
        site=dict(name="Northmoor County Council", nav=["Home", "Bins and recycling", "Roads and travel", "Schools",
                                                          "Council and democracy"],
                  crumbs=["Home", "Council and democracy", "Freedom of information", "Disclosure log"],
                  copy="\u00a9 Northmoor County Council. All rights reserved."),
        withheld="This information is withheld under {ex}. Please see the explanation later in this letter.",
        cost_limit="\u00a3450"),
    "cbc": dict(
        name="Calderbrook Constabulary", we="the Constabulary", We="Calderbrook Constabulary",
        lines=["Chief Constable Angela Whitfield QPM", "Police Headquarters", "Moorgate Road", "Calderbrook",
               "CB4 7QP"],
        sig=["Yours sincerely", "", "Disclosure Officer", "Information Access Unit", "Calderbrook Constabulary"],
        noise=["CALDERBROOK CONSTABULARY", "Keeping our communities safe", "OFFICIAL"],
        site=dict(name="Calderbrook Constabulary", nav=["Report", "Contact us", "Advice", "News", "About us"],
                  crumbs=["Home", "About us", "Freedom of Information", "Published responses"],
                  copy="\u00a9 Calderbrook Constabulary. Calderbrook Constabulary is a registered data controller."),
        withheld="Exempt \u2013 {ex}. Please see the reasons below.",
        cost_limit="\u00a3450"),
    "smas": dict(
        name="Southmere Ambulance Service NHS Foundation Trust", we="the Trust", We="The Trust",
        lines=["Southmere Ambulance Service NHS Foundation Trust", "Trust Headquarters",
               "Beacon Way, Southmere Business Park", "Southmere", "SM3 8AE"],
        sig=["Kind regards", "", "Information Governance Manager",
             "Southmere Ambulance Service NHS Foundation Trust"],
        site=dict(name="Southmere Ambulance Service NHS Foundation Trust",
                  nav=["Home", "Your ambulance service", "Careers", "News", "About us"],
                  crumbs=["Home", "About us", "Freedom of information", "FOI disclosure log"],
                  copy="\u00a9 Southmere Ambulance Service NHS Foundation Trust"),
        withheld="The Trust is withholding this information under {ex}; the reasons are set out below.",
        cost_limit="\u00a3450"),
    "iwra": dict(
        name="Inland Waterways Regulatory Authority", we="the IWRA", We="The IWRA",
        lines=["Inland Waterways Regulatory Authority", "Lockside House", "12 Tilbury Walk", "Birmingham",
               "B1 9WR", "foi@iwra.gov.uk"],
        sig=["Yours sincerely", "", "FOI Team", "Inland Waterways Regulatory Authority"],
        site=dict(name="Inland Waterways Regulatory Authority",
                  nav=["Home", "Regulation", "Licensing", "Enforcement", "Publications", "About"],
                  crumbs=["Home", "About", "Transparency", "FOI releases"],
                  copy="All content is available under the Open Government Licence v3.0, except where otherwise stated. \u00a9 Crown copyright"),
        withheld="We are withholding this information under {ex}. Our reasons are explained below.",
        cost_limit="\u00a3600"),
}

ACT = {"foia": "Freedom of Information Act 2000", "eir": "Environmental Information Regulations 2004"}


def ncnd_text(L, q):
    a = AUTH[L["auth"]]
    ex = q["ex"]
    if L["auth"] == "cbc":
        return ("%s can neither confirm nor deny that it holds any information relevant to this question by virtue of "
                "Section 24(2) National Security and Section 31(3) Law Enforcement." % a["We"])
    if any(e.startswith("reg") for e in ex):
        return ("%s neither confirms nor denies whether it holds this information. Regulation 12(6) applies, because "
                "to confirm or deny would itself adversely affect the course of justice and the ability to "
                "investigate offences (regulation 12(5)(b))." % a["We"])
    return ("%s neither confirms nor denies that it holds this information under %s." % (a["We"], ex_group_text(ex, 0)))


def answer(L, q):
    if q.get("ans"):
        return q["ans"]
    a = AUTH[L["auth"]]
    st = q["st"]
    if st == "withheld":
        return a["withheld"].format(ex=ex_group_text(q["ex"], L.get("exv", 0)))
    if st == "ncnd":
        return ncnd_text(L, q)
    raise ValueError("no answer text for %s %s" % (L["ref"], q["c"]))


EXPL = {
    "s43": ("{Sec} \u2013 Commercial interests",
            "{Sec} provides that information is exempt if its disclosure would, or would be likely to, prejudice the "
            "commercial interests of any person, including {we}. Contract values and pricing are commercially sensitive: "
            "releasing them would give competitors an insight into the supplier's pricing model ahead of future "
            "tenders and would weaken {we}'s negotiating position. This is a qualified exemption. We recognise the "
            "public interest in transparency about the use of public money, but we have concluded that the public "
            "interest in maintaining the exemption outweighs the public interest in disclosure."),
    "s40": ("{Sec} \u2013 Personal information",
            "The name and direct contact details of the officer are personal data. Disclosure would breach the first "
            "data protection principle, because the officer has a reasonable expectation that these details will not be "
            "published to the world, and so the condition in section 40(3A)(a) is met. This is an absolute exemption "
            "and no public interest test is required."),
    "s31": ("{Sec} \u2013 Law Enforcement",
            "{Sec} exempts information if its disclosure would, or would be likely to, prejudice the prevention or "
            "detection of crime or the apprehension or prosecution of offenders. Releasing details of capability, "
            "suppliers or systems would allow those intent on committing crime to build a picture of where resources "
            "are weakest and to target them. As a qualified, prejudice-based exemption, the harm must be evidenced "
            "and the public interest considered. Factors favouring disclosure: openness about how public funds are "
            "spent. Factors favouring non-disclosure: protecting the integrity of systems that support law "
            "enforcement. On balance the public interest favours withholding the information."),
    "s24": ("{Sec} \u2013 National Security",
            "{Sec} exempts information where exemption is required for the purpose of safeguarding national security. "
            "Technical information about systems used by the police, when combined with information already in the "
            "public domain or released by other forces, could be used to identify vulnerabilities that hostile actors "
            "could exploit. The public interest favours maintaining the exemption."),
    "s41": ("{Sec} \u2013 Information provided in confidence",
            "The information was provided to {we} in circumstances importing an obligation of confidence and its "
            "disclosure would be an actionable breach of confidence."),
    "reg12(5)(e)": ("Regulation 12(5)(e) \u2013 confidentiality of commercial information",
                    "Because this part of the request concerns waste treatment and disposal, it has been handled under "
                    "the Environmental Information Regulations 2004 rather than the Freedom of Information Act (under "
                    "which commercial information would fall to be considered under section 43). Regulation 12(5)(e) "
                    "allows a public authority to refuse to disclose information where disclosure would adversely "
                    "affect the confidentiality of commercial or industrial information, where such confidentiality is "
                    "provided by law to protect a legitimate economic interest. The pricing schedule of the contract is "
                    "subject to a contractual duty of confidence and its release would harm the contractor's position "
                    "in other procurements. Regulation 12(2) requires us to apply a presumption in favour of "
                    "disclosure; having done so, we consider that the public interest in maintaining the exception "
                    "outweighs that in disclosure."),
    "reg12(5)(b)": ("Regulation 12(5)(b) \u2013 the course of justice",
                    "Disclosing the locations of surveillance cameras would allow offenders to avoid them and would "
                    "adversely affect the Council's ability to investigate and prosecute environmental offences. "
                    "Having applied the presumption in favour of disclosure, we consider the public interest favours "
                    "maintaining the exception."),
    "reg12(6)": ("Regulation 12(6) \u2013 neither confirm nor deny",
                 "Regulation 12(6) allows a public authority to respond by neither confirming nor denying whether it "
                 "holds information, where confirming or denying would itself adversely affect any of the interests "
                 "in regulation 12(5)(a) to (g). Confirming whether cameras are deployed at any location would tell "
                 "offenders where enforcement is, or is not, taking place."),
    "ncnd_police": ("Neither confirm nor deny \u2013 Section 24(2) and Section 31(3)",
                    "Section 1(1)(a) of the Act places a duty on a public authority to confirm whether it holds "
                    "information. That duty does not apply where Section 24(2) or Section 31(3) is engaged. "
                    "To confirm or deny whether the force has been affected by such activity would reveal information "
                    "about the resilience of police systems which could be used by those seeking to attack them. "
                    "This response should not be taken as an indication that the information you requested does or "
                    "does not exist."),
}


def explanation_blocks(L):
    seen = []
    for part in L["parts"]:
        for q in part["qs"]:
            if q["st"] in ("withheld", "partially_released", "ncnd"):
                for e in q["ex"]:
                    if q["st"] == "ncnd" and L["auth"] == "cbc":
                        k = "ncnd_police"
                    elif e.startswith("reg"):
                        k = e
                    else:
                        k = fam(e)
                    if k not in seen and k in EXPL:
                        seen.append(k)
    out = []
    if not seen:
        return out
    out.append(("h", "Exemptions applied" if L["regime"] == "foia" else "Exceptions applied"))
    a = AUTH[L["auth"]]
    for k in seen:
        title, body = EXPL[k]
        sec = "Section %s" % k[1:] if k.startswith("s") and k[1:].isdigit() else k
        title = title.replace("{Sec}", sec)
        out.append(("p", title))
        out.append(("p", body.replace("{Sec}", sec).replace("{we}", a["we"])))
    return out


def complaint_blocks(L):
    a = AUTH[L["auth"]]
    if L["regime"] == "eir":
        reg = ("If you are unhappy with this response you may ask for an internal review under regulation 11 of the "
               "Environmental Information Regulations within 40 working days. If you remain dissatisfied you may "
               "complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    else:
        reg = ("If you are dissatisfied with the handling of your request you may ask for an internal review within "
               "40 working days of the date of this letter. If you are still unhappy after the review you have the "
               "right to apply to the Information Commissioner under section 50 of the Freedom of Information Act "
               "2000. The Commissioner can be contacted at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    return [("h", L.get("rights_heading", "Your right to complain")), ("p", reg)]


def header_blocks(L):
    a = AUTH[L["auth"]]
    ds = L.get("ds", "long")
    date = fmt_date(L["date"], ds)
    out = [("lh", a["lines"])]
    rl = L.get("reflabel", "Our reference:")
    if L.get("header") == "police":
        out.append(("meta", [date]))
        out.append(("p", "Dear"))
        out.append(("p", "FREEDOM OF INFORMATION REQUEST \u2013 %s %s" % (L["ref"], L["title"])))
    elif L.get("header") == "memo":
        out.append(("meta", ["%s %s" % (rl, L["ref"]), "Date of response: %s" % date,
                             "Request received: %s" % fmt_date(L["recv"], ds)]))
        out.append(("p", "Dear Requester"))
        out.append(("h", L["title"]))
    else:
        out.append(("meta", ["%s %s" % (rl, L["ref"]), "Date: %s" % date]))
        out.append(("p", "Dear"))
        out.append(("h", "%s \u2013 %s" % (ACT[L["regime"]], L["title"])))
    return out


def received_sentence(L):
    a = AUTH[L["auth"]]
    ds = L.get("ds", "long")
    rv = fmt_date(L["recv"], L.get("rds", ds))
    v = L.get("recvv", 0)
    if v == 0:
        return "Thank you for your request for information, which we received on %s." % rv
    if v == 1:
        return "I refer to your request for information received by %s on %s." % (a["name"], rv)
    if v == 2:
        return "Your request dated %s has been handled under the %s." % (rv, ACT[L["regime"]])
    return "We received your email of %s asking for the following information." % rv


def part_heading(L, i, part):
    return part.get("title") or "Part %d" % i


def restated_request(L, numbered=True):
    out = []
    if L.get("req_intro"):
        for para in L["req_intro"]:
            out.append(("p", para))
    multi = len(L["parts"]) > 1
    for i, part in enumerate(L["parts"], 1):
        if multi and not part.get("intro"):
            out.append(("p", part_heading(L, i, part)))
        if part.get("intro"):
            out.append(("p", part["intro"]))
        items = []
        for n, q in enumerate(part["qs"], 1):
            lab = (L.get("qfmt", "{n}.").format(n=n)) if numbered else ""
            items.append((lab, q["text"]))
        out.append(("ol", items))
    return out


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def body_restate(L):
    a = AUTH[L["auth"]]
    out = [("p", received_sentence(L) + " " + L.get("leadin", "I note you seek access to the following information:"))]
    out += restated_request(L)
    if L.get("note"):
        out.append(("p", L["note"]))
    out.append(("h", L.get("resp_heading", "Response")))
    if L.get("resp_intro"):
        out.append(("p", L["resp_intro"]))
    multi = len(L["parts"]) > 1
    key = L.get("key", "{n}.")
    for i, part in enumerate(L["parts"], 1):
        if multi:
            out.append(("p", part_heading(L, i, part)))
        order = L.get("order") if not multi else None
        idx = list(range(1, len(part["qs"]) + 1))
        if order:
            idx = order
        for n in idx:
            q = part["qs"][n - 1]
            lab = key.format(n=n, w=WORDS[n], W=cap(WORDS[n]))
            out.append(("pb", lab, answer(L, q)))
    return out


def body_interleaved(L):
    out = [("p", received_sentence(L) + " " + L.get("leadin", "Your questions and our answers are set out below."))]
    if L.get("req_intro"):
        for para in L["req_intro"]:
            out.append(("p", para))
    if L.get("note"):
        out.append(("p", L["note"]))
    ql, al = L.get("labels", ("Question {n}:", "Response:"))
    multi = len(L["parts"]) > 1
    for i, part in enumerate(L["parts"], 1):
        if multi:
            out.append(("h", part_heading(L, i, part)))
            if part.get("intro"):
                out.append(("p", part["intro"]))
        for n, q in enumerate(part["qs"], 1):
            f = dict(n=n, w=WORDS[n], W=cap(WORDS[n]))
            out.append(("pb", ql.format(**f), q["text"]))
            out.append(("pb", al.format(**f), answer(L, q)))
    return out


def body_youasked(L):
    out = [("p", received_sentence(L) + " " + L.get("leadin", "We have now considered your request."))]
    if L.get("note"):
        out.append(("p", L["note"]))
    ql, al = L.get("labels", ("You asked:\n", "Our response:\n"))
    multi = len(L["parts"]) > 1
    for i, part in enumerate(L["parts"], 1):
        if multi:
            out.append(("h", part_heading(L, i, part)))
        for q in part["qs"]:
            out.append(("pb", ql, q["text"]))
            out.append(("pb", al, answer(L, q)))
    return out


def body_table(L):
    out = [("p", received_sentence(L) + " " + L.get("leadin", "Our response to each of your questions is given in the table below."))]
    if L.get("note"):
        out.append(("p", L["note"]))
    multi = len(L["parts"]) > 1
    for i, part in enumerate(L["parts"], 1):
        if multi:
            out.append(("h", part_heading(L, i, part)))
        rows = []
        for n, q in enumerate(part["qs"], 1):
            rows.append(("%d. %s" % (n, q["text"]), answer(L, q)))
        out.append(("table", L.get("thead", ("Your request", "Our response")), rows))
    return out


HARM_POLICE = [
    ("p", "Evidence of Harm"),
    ("p", "Every effort should be made to release information under Freedom of Information. However, a disclosure under "
          "the Act is a release to the world. The Police Service relies on information technology for every front-line "
          "function, and disclosure of suppliers, contract dates and systems would allow those intent on attacking police "
          "networks to map the infrastructure of individual forces and to time attacks around contract changes."),
    ("p", "Public Interest Test"),
    ("p", "Factors favouring disclosure \u2013 releasing the information would show how public money is spent on ICT "
          "and would allow the public to judge whether contracts deliver value."),
    ("p", "Factors favouring non-disclosure \u2013 there is a strong public interest in protecting the integrity of police "
          "systems. A successful attack could lead to the loss of confidentiality, integrity and availability of "
          "police information and would undermine the prevention and detection of crime."),
    ("p", "Balance Test"),
    ("p", "Whilst there is a public interest in the transparency of policing, including the ICT infrastructure, there is "
          "a very strong public interest in safeguarding the integrity of these systems. It is my decision that the "
          "balance of the public interest lies in non-disclosure of the exempted information."),
]


def body_decision(L):
    a = AUTH[L["auth"]]
    out = [("p", received_sentence(L) + " I note you seek access to the following information:")]
    out += restated_request(L)
    multi = len(L["parts"]) > 1
    # group withheld questions by exemption tuple
    groups = {}
    for i, part in enumerate(L["parts"], 1):
        for n, q in enumerate(part["qs"], 1):
            if q["st"] == "withheld":
                groups.setdefault(tuple(q["ex"]), {}).setdefault(i, []).append(n)
    sentences = []
    for exs, byp in groups.items():
        where = []
        for i in sorted(byp):
            nums = byp[i]
            w = ("question " if len(nums) == 1 else "questions ") + numlist(nums)
            if multi:
                w += " in part %d of your request" % i
            where.append(w)
        sentences.append("%s to %s" % (ex_group_text(list(exs), 1, titled=False), " and ".join(where)))
    out.append(("p", "Your request for information has now been considered and I can confirm %s does hold information "
                     "you request; however I will be citing the exemption %s." % (a["We"], "; and the exemption ".join(sentences))))
    for exs in groups:
        out.append(("p", "%s." % ex_group_text(list(exs), 1, titled=True)))
    if L.get("note"):
        out.append(("p", L["note"]))
    out += HARM_POLICE
    rest = []
    for i, part in enumerate(L["parts"], 1):
        nums = [n for n, q in enumerate(part["qs"], 1) if q["st"] != "withheld"]
        if nums:
            rest.append((i, nums))
    desc = " and ".join(("questions %s" % numlist(n) if len(n) > 1 else "question %s" % n[0]) +
                        (" in part %d" % i if multi else "") for i, n in rest)
    out.append(("p", "The response to %s is provided below. This information has been provided by the force's ICT "
                     "department." % desc))
    for i, part in enumerate(L["parts"], 1):
        if multi:
            out.append(("p", "Part %d" % i))
        for n, q in enumerate(part["qs"], 1):
            if q["st"] != "withheld":
                out.append(("pb", "Question %d \u2013" % n, answer(L, q)))
    return out


def body_bare(L):
    a = AUTH[L["auth"]]
    out = [("meta", ["From: %s" % L["requester"], "To: %s FOI team" % a["name"],
                     "Date: %s" % fmt_date(L["date"], L.get("ds", "weekday")),
                     "Subject: Freedom of Information request \u2013 %s" % L["title"]]),
           ("meta", ["Logged by the Information Governance team as %s" % L["ref"]]),
           ("p", "Dear %s," % a["name"])]
    out += restated_request(L)
    out.append(("p", "I would prefer to receive the information electronically, ideally as a spreadsheet. If any part "
                     "of this request is unclear, please contact me. I look forward to your response within 20 "
                     "working days."))
    out.append(("sig", ["Kind regards", "", L["requester"].split(" <")[0]]))
    return out


BODY = dict(restate=body_restate, interleaved=body_interleaved, youasked=body_youasked, table=body_table,
            decision=body_decision)


def letter_blocks(L):
    if L["style"] == "bare":
        return body_bare(L)
    out = header_blocks(L)
    out += BODY[L["style"]](L)
    if L["style"] != "decision":
        out += explanation_blocks(L)
    if L.get("closing"):
        out.append(("p", L["closing"]))
    out += complaint_blocks(L)
    out.append(("sig", AUTH[L["auth"]]["sig"]))
    return out
