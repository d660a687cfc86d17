"""The four invented authorities: letterheads, stock wording, decision paragraphs."""
from styles import cites, qlist, W, N

SEC = ("s31", "s24", "foisa:s35", "foisa:s30", "foisa:s31")
COM = ("s43", "reg12(5)(e)", "foisa:s33")


def _fam(exs):
    fams = set()
    for e in exs:
        if e.startswith(SEC):
            fams.add("sec")
        elif e.startswith(COM):
            fams.add("com")
    return fams


def harm_blocks(L, auth, groups, ncnd):
    fams = set()
    for exs in groups:
        fams |= _fam(exs)
    out = []
    who = {"C": "the Council", "P": "the force", "N": "the Trust", "S": "the Agency"}[auth]
    if "sec" in fams:
        out.append(("h", "Evidence of Harm" if auth == "P" else "Harm"))
        out.append(("p", "Disclosure under the Act is a release to the world. Information about the systems, "
                         "equipment and deployments that %s relies on would allow those intent on criminal "
                         "activity, including attacks on computer systems, to build a picture of capability and "
                         "vulnerability and to adapt their behaviour accordingly." % who))
        out.append(("h", "Public Interest Test"))
        out.append(("p", "Factors favouring disclosure: openness about the use of public money and about the "
                         "tools used to deliver public services, and better public understanding of how those "
                         "services are protected."))
        out.append(("p", "Factors favouring non-disclosure: the strong public interest in preventing and "
                         "detecting crime and in protecting the integrity of systems on which front-line "
                         "services depend."))
        out.append(("h", "Balance test"))
        out.append(("p", "Having weighed these factors, I have concluded that the balance of the public interest "
                         "lies in maintaining the exemption in this case."))
    if "com" in fams:
        out.append(("h", "Commercial interests" if auth != "S" else "Public interest test"))
        out.append(("p", "Releasing the amounts paid under individual commercial arrangements would reveal the "
                         "pricing agreed with suppliers and would be likely to prejudice their position in future "
                         "tenders and %s's ability to obtain value for money when services are re-procured. While "
                         "there is a public interest in transparency about public spending, %s publishes its "
                         "spending over \u00a3500, and we consider that the public interest favours withholding "
                         "these figures." % (who, who)))
    return out


def _ncnd_police(L, ncnd):
    items = [(pi, qi) for pi, qi, _ in ncnd]
    exs = sorted({e for _, _, q in ncnd for e in q["ex"]})
    return [
        "In respect of %s, Cambria Police can neither confirm nor deny that it holds any information "
        "relevant to the request by virtue of %s." % (qlist(L, items), cites(exs, "P")),
        "Section 24(2) and Section 31(3) are prejudice-based and qualified provisions, so evidence of harm and a "
        "public interest test are required. Confirming or denying whether particular tactics have been used "
        "would reveal policing capability and could be exploited by those seeking to avoid detection. The "
        "public interest in protecting that capability outweighs the public interest in confirming or denying.",
        "None of the above should be taken as an indication that information relevant to the request does or "
        "does not exist.",
    ]


def decision_P(L, groups, ncnd):
    out = []
    if groups:
        first = True
        for exs, items in groups.items():
            if first:
                out.append("Your request for information has now been considered and I can confirm Cambria "
                           "Police does hold information you request; however I will be citing the exemption "
                           "%s in relation to %s." % (cites(exs, "P"), qlist(L, items)))
                first = False
            else:
                out.append("I am also citing %s in relation to %s." % (cites(exs, "P"), qlist(L, items)))
    else:
        out.append("Your request for information has now been considered and I can confirm that Cambria Police "
                   "holds information relevant to your request.")
    out += harm_blocks(L, "P", groups, ncnd)
    if ncnd:
        out += _ncnd_police(L, ncnd)
    return out


def decision_C(L, groups, ncnd):
    out = []
    if groups:
        for n, (exs, items) in enumerate(groups.items()):
            lead = ("The Council holds the information you have requested. However, the" if n == 0 else "The")
            out.append("%s information asked for at %s is exempt from disclosure under %s of the Freedom of "
                       "Information Act 2000 and is withheld." % (lead, qlist(L, items), cites(exs, "C", True)))
    else:
        out.append("The Council holds the information you have requested.")
    out += harm_blocks(L, "C", groups, ncnd)
    return out


def decision_N(L, groups, ncnd):
    out = []
    if groups:
        for n, (exs, items) in enumerate(groups.items()):
            if n == 0:
                out.append("The Trust holds information within the scope of your request. I have decided to "
                           "withhold the information at %s under %s." % (qlist(L, items), cites(exs, "N")))
            else:
                out.append("I have also decided to withhold the information at %s under %s."
                           % (qlist(L, items), cites(exs, "N")))
    else:
        out.append("The Trust holds information within the scope of your request.")
    if ncnd:
        items = [(pi, qi) for pi, qi, _ in ncnd]
        exs = sorted({e for _, _, q in ncnd for e in q["ex"]})
        out.append("In relation to %s, the Trust neither confirms nor denies whether it holds the information, "
                   "relying on %s. To confirm or deny whether a particular type of attack had succeeded, or "
                   "how the Trust had responded to it, would itself be useful to criminals planning attacks on "
                   "NHS systems." % (qlist(L, items), cites(exs, "N")))
    out += harm_blocks(L, "N", groups, ncnd)
    return out


def decision_S(L, groups, ncnd):
    out = []
    if groups:
        for n, (exs, items) in enumerate(groups.items()):
            out.append(("The Agency holds the information you asked for. However, we are withholding the " if n == 0
                        else "We are also withholding the ") +
                       "information requested at %s because the exemption in %s applies. This exemption is "
                       "subject to the public interest test in section 2(1)(b) of FOISA."
                       % (qlist(L, items), cites(exs, "S", True)))
    else:
        out.append("The Agency holds the information you asked for.")
    if ncnd:
        items = [(pi, qi) for pi, qi, _ in ncnd]
        out.append("In relation to %s, the Agency neither confirms nor denies whether it holds the information, "
                   "in terms of section 18(1) of FOISA. If the information existed and were held, it would be "
                   "exempt under section 38(1)(b) of FOISA (personal data)." % qlist(L, items))
    out += harm_blocks(L, "S", groups, ncnd)
    return out


def rest_lead(auth):
    def f(L, rest):
        items = [(pi, qi) for pi, qi, _ in rest]
        if auth == "P":
            return "The response to %s is provided below." % qlist(L, items)
        if auth == "C":
            return "The answers to %s are set out below." % qlist(L, items)
        if auth == "N":
            return "Our response to %s follows." % qlist(L, items)
        return "We have answered %s below." % qlist(L, items)
    return f


def intro_C(L, rcv):
    if L.get("regime") == "eir":
        return ("Thank you for your request for information, which we received on %s. As your request concerns "
                "environmental information (arrangements for the collection of household waste), we have dealt "
                "with it under the Environmental Information Regulations 2004 rather than the Freedom of "
                "Information Act 2000." % rcv)
    return ("Thank you for your request for information, which the Council received on %s. Your request has been "
            "dealt with under the Freedom of Information Act 2000." % rcv)


def intro_P(L, rcv):
    return ("I refer to your request for information received by Cambria Police on %s. Your request has been "
            "considered under the Freedom of Information Act 2000." % rcv)


def intro_N(L, rcv):
    return ("Thank you for your Freedom of Information request received by the Trust on %s. Please find the "
            "Trust's response below." % rcv)


def intro_S(L, rcv):
    t = ("Thank you for your request dated %s under the Freedom of Information (Scotland) Act 2002 (FOISA)."
         % rcv)
    if L.get("has_eirs"):
        t += (" Part of your request concerns environmental information, which we have handled under the "
              "Environmental Information (Scotland) Regulations 2004 (the EIRs), as section 39(2) of FOISA "
              "requires; the rest has been handled under FOISA.")
    return t


def rights_C(L):
    return ["If you are unhappy with the way your request has been handled you may ask for an internal review "
            "by writing to the Information Governance Team within 40 working days. If you remain dissatisfied "
            "after the review you may complain to the Information Commissioner under section 50 of the Freedom "
            "of Information Act 2000.",
            "Information released under the Act may be re-used under the Open Government Licence."]


def rights_P(L):
    return ["Complaint Rights",
            "Your attention is drawn to the attached sheet, which details your right of complaint. If you are "
            "dissatisfied you may request an internal review within 40 working days; after that you may apply "
            "to the Information Commissioner's Office (ICO), 2nd Floor, Churchill House, Churchill Way, Cardiff.",
            "I would like to take this opportunity to thank you for your interest in Cambria Police."]


def rights_N(L):
    return ["If you are not satisfied with this response you may request an internal review by contacting the "
            "Information Governance Manager. If you are still dissatisfied you may contact the Information "
            "Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF."]


def rights_S(L):
    return ["If you are unhappy with this response, you may ask us to carry out an internal review by writing to "
            "the Head of Information Governance within 40 working days. If you are then still dissatisfied, you "
            "can apply to the Scottish Information Commissioner for a decision under section 47(1) of FOISA. "
            "Should you then wish to appeal, you may appeal to the Court of Session on a point of law only."]


AUTHS = {
    "C": {
        "name": "Calderbrook Metropolitan Borough Council",
        "lh": ["Calderbrook Metropolitan Borough Council", "Information Governance Team", "Town Hall, Market Street",
               "Calderbrook", "CB1 4TH", "foi@calderbrook.gov.uk"],
        "intro": intro_C, "rights": rights_C, "decision": decision_C, "rest_lead": rest_lead("C"),
        "sig": ["Yours sincerely", "", "Information Governance Officer", "Calderbrook Metropolitan Borough Council"],
        "site": {"name": "Calderbrook Council", "nav": ["Home", "Bins and recycling", "Parking", "Your council",
                                                        "Freedom of information"],
                 "crumb": "Your council", "footer": "\u00a9 Calderbrook Metropolitan Borough Council"},
    },
    "P": {
        "name": "Cambria Police",
        "lh": ["Heddlu Cambria Police", "Uned Rhyddid Gwybodaeth / Freedom of Information Unit",
               "Pencadlys yr Heddlu / Police Headquarters", "Llys Cambria, Ffordd Llanbadarn",
               "Aberystwyth SY23 3ZZ"],
        "marking": "OFFICIAL",
        "slogan": "Diogelu Cymunedau - Protecting Communities",
        "intro": intro_P, "rights": rights_P, "decision": decision_P, "rest_lead": rest_lead("P"),
        "sig": ["Yours sincerely", "", "Disclosure Officer", "Freedom of Information Unit", "Cambria Police"],
        "site": {"name": "Cambria Police | Heddlu Cambria", "nav": ["Home", "Report", "Advice", "About us",
                                                                   "Freedom of information"],
                 "crumb": "About us", "footer": "\u00a9 Heddlu Cambria Police. Gwefan ar gael yn Gymraeg."},
    },
    "N": {
        "name": "Wyvern Vale Partnership NHS Foundation Trust",
        "lh": ["Wyvern Vale Partnership NHS Foundation Trust", "Mental health and learning disability services",
               "Trust Headquarters, Severn House", "Orchard Road", "Wyvernbury", "WV2 7QE"],
        "slogan": "Caring together - compassion, respect, recovery",
        "intro": intro_N, "rights": rights_N, "decision": decision_N, "rest_lead": rest_lead("N"),
        "sig": ["Kind regards", "", "Freedom of Information Officer", "Information Governance Department"],
        "site": {"name": "Wyvern Vale Partnership NHS Foundation Trust", "nav": ["Home", "Our services",
                                                                               "About us", "Publications"],
                 "crumb": "Publications", "footer": "Wyvern Vale Partnership NHS Foundation Trust"},
    },
    "S": {
        "name": "Caledonian Land and Forests Agency",
        "lh": ["Caledonian Land and Forests Agency", "Buidheann Fearainn is Coilltean Chailleann",
               "Information Governance", "Tay House, Riverside Park", "Perth PH2 8QQ"],
        "intro": intro_S, "rights": rights_S, "decision": decision_S, "rest_lead": rest_lead("S"),
        "sig": ["Yours sincerely", "", "Information Governance Officer", "Caledonian Land and Forests Agency"],
        "site": {"name": "Caledonian Land and Forests Agency", "nav": ["Home", "Visit", "Managing the land",
                                                                      "About", "FOI and EIR"],
                 "crumb": "About", "footer": "\u00a9 Caledonian Land and Forests Agency"},
    },
}


def with_harm(L):
    """Non-decision letters that withhold still explain why (appended after the answers)."""
    groups, ncnd = {}, []
    for pi, (ph, qs) in enumerate(L["parts"]):
        for qi, q in enumerate(qs, 1):
            if q["s"] in (W, "partially_released"):
                groups.setdefault(tuple(q["ex"]), []).append((pi, qi))
            elif q["s"] == N:
                ncnd.append((pi, qi, q))
    blocks = harm_blocks(L, L["auth"], groups, ncnd)
    if ncnd and L["auth"] == "P":
        blocks += [("p", p) for p in _ncnd_police(L, ncnd)[1:]]
    return blocks
