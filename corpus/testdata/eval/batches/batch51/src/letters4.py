from common import *

LETTERS = []

# ---------------------------------------------------------------- L19 county council, markdown, inline bold answers, N/A
L = dict(
    file="harrowfield-cc-libraries-2025-3307.md", fmt="md",
    authority="Harrowfield County Council", reference="HCC/FOI/2025/3307",
    date="2025-06-05", received="2025-05-08", regime="foia",
    layout="markdown letter: each question as a bullet with the answer in bold beneath",
    traps=["'Not applicable' after a 'No' answer = released", "unnumbered bullet questions numbered by order",
           "US-style date in header"],
    qs=[
        Q(1, 1, "How many public libraries did the Council run on 1 April 2023 and on 1 April 2025?",
          "31 on 1 April 2023 and 27 on 1 April 2025.", "released"),
        Q(1, 2, "Have any libraries closed since April 2023? If so, which?",
          "Yes: Ashby Road, Millfield, Crane Street and Oldwick libraries closed in 2024.", "released"),
        Q(1, 3, "Does the Council currently plan to close any further libraries?",
          "No. There are no current proposals to close further libraries.", "released"),
        Q(1, 4, "If so, which libraries and when?", "Not applicable.", "released"),
        Q(1, 5, "How many libraries are now run by volunteers or community groups?", "6", "released"),
        Q(1, 6, "What was spent on book stock in 2024/25?", "£412,600", "released"),
    ])


def r19(L):
    t = ["# Harrowfield County Council", "", "**Libraries, Culture and Heritage** · Shire Hall · Harrowfield · HF2 6LB", "",
         f"**Our reference:** {L['reference']}  ", f"**Date:** {d(L['date'],'us')}", "",
         "Dear Mr Collier,", "", "## Freedom of Information request – library provision", "",
         f"Thank you for your request, received on {d(L['received'],'long')}. Please see our answers below, "
         "given under each of your questions.", ""]
    for q in L["qs"]:
        t.append(f"* {q['text']}")
        t.append(f"  **{q['ans']}**")
        t.append("")
    t += ["If you are dissatisfied with the handling of your request, you can ask for an internal review. Please write to "
          "the Information Governance Manager at the address above.", "",
          "Yours sincerely,", "", "*Libraries Business Support*  ", "Harrowfield County Council", ""]
    return "\n".join(t)


L["render"] = r19
LETTERS.append(L)

# ---------------------------------------------------------------- L20 unitary council, prose request, answers out of order, numbers as words
L = dict(
    file="castlebridge-F-00871.txt", fmt="txt",
    authority="Castlebridge Borough Council", reference="F-00871",
    date="2025-06-13", received="2025-05-15", regime="foia",
    layout="prose request with no numbering; prose answers in a different order",
    traps=["questions never numbered (asked in prose)", "answers out of order ('Taking your third point first')",
           "numbers written as words", "not held (not recorded separately)", "answer in attached table"],
    qs=[
        Q(1, 1, "how many fly-tipping incidents were recorded in 2024",
          "two thousand one hundred and six incidents", "released"),
        Q(1, 2, "how many fixed penalty notices were issued for fly-tipping", "three hundred and twelve", "released"),
        Q(1, 3, "how many prosecutions resulted", "four prosecutions", "released"),
        Q(1, 4, "what the total clean-up cost was",
          "clean-up is carried out by the street cleansing crews and its cost is not recorded separately", "not_held"),
        Q(1, 5, "which wards had the most incidents", "the attached table lists incidents by ward", "released"),
        Q(1, 6, "the names of any individuals prosecuted", "withheld under section 40(2)", "withheld", ["s40(2)"]),
    ])


def r20(L):
    q = L["qs"]
    t = ["CASTLEBRIDGE BOROUGH COUNCIL", "Environmental Services - Information Requests",
         "The Guildhall, Castlebridge, CB9 5GH", "", f"Our ref: {L['reference']}", f"Date: {d(L['date'],'weekday_ord')}", "",
         "Dear Ms Venn", ""]
    t.append(wrap(f"Thank you for your email of {d(L['received'],'ordinal')}. You wrote: \"Could you tell me {q[0]['text']}, "
                  f"{q[1]['text']}, {q[2]['text']}, {q[3]['text']}, and {q[4]['text']}? I'd also like {q[5]['text']}.\""))
    t.append("")
    t.append(wrap("Taking your third point first, the Council brought four prosecutions for fly-tipping offences that "
                  "concluded in 2024, all of which resulted in convictions. We are not able to give you the names of the "
                  "individuals concerned: although the hearings were public, compiling the names into a list would be a new "
                  "processing of personal data, and the names are withheld under section 40(2) of the Freedom of Information "
                  "Act 2000."))
    t.append("")
    t.append(wrap("On the number of incidents, we recorded two thousand one hundred and six fly-tipping incidents in the 2024 "
                  "calendar year, and officers issued three hundred and twelve fixed penalty notices over the same period."))
    t.append("")
    t.append(wrap("Regarding the wards with the most incidents, please see the attached table, which lists incidents by ward "
                  "in descending order."))
    t.append("")
    t.append(wrap("Finally, you asked about the total clean-up cost. Clean-up is carried out by the street cleansing crews "
                  "as part of their scheduled rounds and its cost is not recorded separately, so we do not hold this "
                  "information."))
    t.append("")
    t.append(wrap("If you are unhappy with our response you can ask for an internal review within 40 working days."))
    t.append("")
    t.append("Yours sincerely")
    t.append("")
    t.append("M. Farrant")
    t.append("Enforcement Team Leader")
    return "\n".join(t) + "\n"


L["render"] = r20
LETTERS.append(L)

# ---------------------------------------------------------------- L21 government department, parts A/B, markdown
L = dict(
    file="dmi-foi-2025-1142.md", fmt="md",
    authority="Department for Maritime Infrastructure", reference="DMI-FOI-2025-1142",
    date="2025-07-09", received="2025-06-11", regime="foia",
    layout="markdown; request in lettered parts (Part A / Part B) with numbering restarting; answers per part under headings",
    traps=["parts A/B with restarted numbering", "s24(1) and s31(1)(a) withheld", "s21 signposting released",
           "section 36 and the £600 cost limit mentioned but not applied"],
    qs=[
        Q(1, 1, "The total value of port security grants paid in 2024/25.", "£48.0 million.", "released"),
        Q(1, 2, "The list of ports that received a grant.", "The list of 37 recipient ports is attached as Annex A.", "released"),
        Q(1, 3, "The security assessment carried out for each recipient port.",
          "We hold these assessments but are withholding them in full under section 24(1) (national security) and section "
          "31(1)(a) (prevention or detection of crime).", "withheld", ["s24(1)", "s31(1)(a)"]),
        Q(2, 1, "Details of the Minister's meetings with port operators since July 2024.",
          "Ministerial meetings with external organisations are published quarterly in the Department's transparency data at "
          "https://www.gov.example/dmi/transparency. This information is exempt under section 21(1) because it is "
          "reasonably accessible to you.", "released", ["s21(1)"]),
        Q(2, 2, "Copies of the briefing notes prepared for those meetings.",
          "We are withholding the briefing notes under section 35(1)(a) (formulation or development of government policy).",
          "withheld", ["s35(1)(a)"]),
    ])


def r21(L):
    t = ["**DEPARTMENT FOR MARITIME INFRASTRUCTURE**", "", "Great Minster Quay, London SE1 9DM", "",
         "---", "", f"FOI Reference: **{L['reference']}**", "", f"{d(L['date'],'long')}", "", "Dear Mr Abara,", "",
         f"Thank you for your request dated {d(L['received'],'long')}, which we have handled under the Freedom of "
         "Information Act 2000. You asked:", ""]
    labels = {1: "A", 2: "B"}
    titles = {1: "Port security grants", 2: "Ministerial engagement"}
    for p in (1, 2):
        t.append(f"> **Part {labels[p]} – {titles[p]}**")
        t.append(">")
        for q in part(L, p):
            t.append(f"> {q['n']}. {q['text']}")
        t.append("")
    t.append("The cost of answering your request is within the £600 appropriate limit that applies to central government, "
             "and we have answered each part below.")
    t.append("")
    for p in (1, 2):
        t.append(f"### Part {labels[p]}")
        t.append("")
        for q in part(L, p):
            t.append(f"**{labels[p]}{q['n']}.** {q['ans']}")
            t.append("")
    t.append("### Reasons for withholding")
    t.append("")
    t.append("Sections 24(1) and 31(1)(a) are qualified exemptions. Detailed security assessments would reveal the "
             "vulnerabilities of individual ports and could be used by hostile actors or organised crime groups. "
             "We consider that the public interest favours withholding them.")
    t.append("")
    t.append("Section 35(1)(a) protects the safe space for policy development. Port security funding for 2026-29 is "
             "still under discussion. Because section 35 applies, section 36 cannot, and we have not considered it further.")
    t.append("")
    t.append("If you are unhappy with this response you may request an internal review within 40 working days at "
             "foi@dmi.gov.example.")
    t.append("")
    t.append("Yours sincerely,")
    t.append("")
    t.append("Maritime Security Policy Team")
    t.append("")
    return "\n".join(t)


L["render"] = r21
LETTERS.append(L)

# ---------------------------------------------------------------- L22 fire authority, s14(1) vexatious, 2 questions
L = dict(
    file="westmarch-fra-WFRA-FOI-0199.txt", fmt="txt",
    authority="Westmarch Fire and Rescue Authority", reference="WFRA-FOI-0199",
    date="2025-06-02", received="2025-05-06", regime="foia",
    layout="short refusal letter: whole request refused as vexatious",
    traps=["s14(1) refusal of both questions", "s14(2) discussed but not applied", "earlier request references quoted",
           "short date format"],
    qs=[
        Q(1, 1, "All emails sent by the Chief Fire Officer that mention my name since 2019.", "", "refused", ["s14(1)"]),
        Q(1, 2, "All records of meetings at which my previous FOI requests were discussed.", "", "refused", ["s14(1)"]),
    ])


def r22(L):
    t = ["Westmarch Fire and Rescue Authority", "Headquarters, Tanners Way, Westmarch WM7 2EE", "",
         f"Date: {d(L['date'],'short')}", f"Our Ref: {L['reference']}", "", "Dear", "",
         f"I refer to your email of {d(L['received'],'short')} in which you requested:", ""]
    for q in L["qs"]:
        t.append(f"  {q['n']}. {q['text']}")
    t.append("")
    t.append(wrap("This is the twenty-third request you have made to the Authority since January 2024 concerning the same "
                  "employment dispute (including WFRA-FOI-0142, WFRA-FOI-0157 and WFRA-FOI-0188). Your correspondence has "
                  "taken a significant amount of staff time and has included allegations against named staff that have "
                  "been investigated and not upheld."))
    t.append("")
    t.append(wrap("Having considered the history and context of your requests, the Authority has concluded that this request "
                  "is vexatious and is refusing it in its entirety under section 14(1) of the Freedom of Information Act "
                  "2000. We have considered whether section 14(2) (repeated requests) applies; although the subject matter "
                  "overlaps with earlier requests, this request is not substantially similar to any of them, and we are not "
                  "relying on section 14(2)."))
    t.append("")
    t.append(wrap("We will not respond to further requests on this subject unless they raise a new matter. You may ask for an "
                  "internal review of this decision, and you may complain to the Information Commissioner."))
    t.append("")
    t.append("Regards")
    t.append("")
    t.append("Clerk to the Authority")
    return "\n".join(t) + "\n"


L["render"] = r22
LETTERS.append(L)

# ---------------------------------------------------------------- L23 police, 14 questions, Q/A, quoted sections
L = dict(
    file="brenshire-constabulary-01.FOI.25.031877.txt", fmt="txt",
    authority="Brenshire Constabulary", reference="01.FOI.25.031877",
    date="2025-07-03", received="2025-06-03", regime="foia",
    layout="interleaved 'Q1 ... / A1 ...' with fourteen questions",
    traps=["fourteen questions", "sections 30 and 38 quoted in a statutory extract but not applied", "zero released",
           "name withheld while count released", "not held (insurer holds claims)", "weekday dates"],
    qs=[
        Q(1, 1, "How many vehicles are in the force fleet?", "1,214", "released"),
        Q(1, 2, "How many of these are marked response cars?", "398", "released"),
        Q(1, 3, "How many unmarked vehicles does the force operate?",
          "This information is withheld under Section 31(1)(a)(b) – Law Enforcement. See explanation below.",
          "withheld", ["s31(1)(a)", "s31(1)(b)"]),
        Q(1, 4, "How many vehicles are fully electric?", "76", "released"),
        Q(1, 5, "How many EV charging points are installed at police stations?", "54", "released"),
        Q(1, 6, "What was the total fuel spend in 2024/25?", "£4,120,339", "released"),
        Q(1, 7, "How many collisions involving police vehicles occurred in 2024?", "287", "released"),
        Q(1, 8, "What was the total value of insurance claims paid for those collisions?",
          "Brenshire Constabulary does not hold this information. Claims are handled and settled by the force's insurer.",
          "not_held"),
        Q(1, 9, "How many police pursuits took place in 2024?", "166", "released"),
        Q(1, 10, "How many pursuits resulted in serious injury or death?", "4", "released"),
        Q(1, 11, "Please provide the names of the officers involved in those pursuits.",
          "The names of officers are withheld under Section 40(2) – Personal Information.", "withheld", ["s40(2)"]),
        Q(1, 12, "How many pursuits were referred to the IOPC in 2024?", "3", "released"),
        Q(1, 13, "How many police vehicles were written off in 2024?", "0", "released"),
        Q(1, 14, "How old is the oldest vehicle still in service?", "14 years (first registered in 2011).", "released"),
    ])


def r23(L):
    t = ["BRENSHIRE CONSTABULARY", "Freedom of Information Office", "Headquarters, Ridgeway, Brenford BR3 0PD", "",
         "OFFICIAL", "", f"Reference No: {L['reference']}", f"Date: {d(L['date'],'weekday')}", "",
         f"Request received: {d(L['received'],'weekday')}", "", "Dear", "",
         wrap("Thank you for your request for information regarding the force fleet and vehicle pursuits. Your questions "
              "and our answers are set out below."), ""]
    for q in L["qs"]:
        t.append(wrap(f"Q{q['n']}  {q['text']}"))
        t.append(wrap(f"A{q['n']}  {q['ans']}"))
        t.append("")
    t.append("Section 31(1)(a)(b) - Law Enforcement")
    t.append(wrap("Revealing the size of the unmarked fleet would indicate the force's covert and roads policing capability. "
                  "Those intent on committing offences could use this to assess the likelihood of detection. The public "
                  "interest in openness is outweighed by the public interest in effective law enforcement."))
    t.append("")
    t.append("Section 40(2) - Personal Information")
    t.append(wrap("Officer names are personal data. Disclosure would breach the data protection principles."))
    t.append("")
    t.append("For your information, the Act includes the following provisions, which are quoted here for context only:")
    t.append(wrap("  \"30(1) Information held by a public authority is exempt information if it has at any time been held by "
                  "the authority for the purposes of any investigation ...\""))
    t.append(wrap("  \"38(1) Information is exempt information if its disclosure under this Act would, or would be likely to, "
                  "endanger the physical or mental health of any individual ...\""))
    t.append(wrap("Neither of these sections has been applied to your request."))
    t.append("")
    t.append("---- Page 2 of 2 ----")
    t.append("")
    t.append(wrap("Your attention is drawn to the attached sheet which details your right of complaint. Thank you for your "
                  "interest in Brenshire Constabulary."))
    t.append("")
    t.append("Disclosure Team")
    return "\n".join(t) + "\n"


L["render"] = r23
LETTERS.append(L)

# ---------------------------------------------------------------- L24 unitary city council internal review, markdown
L = dict(
    file="greyfriars-city-IRV-0044-25.md", fmt="md",
    authority="Greyfriars City Council", reference="IRV/0044/25",
    date="2025-07-16", received="2025-04-02", regime="foia",
    layout="internal review in markdown: table of original decision vs review decision per question",
    traps=["internal review: final stance is the review outcome", "not held overturned to released on review",
           "withheld overturned to released", "cost refusal upheld", "two references (review and original)"],
    qs=[
        Q(1, 1, "How many council tax cases were passed to enforcement agents in 2024/25?", "9,870", "released",
          orig="Released: 9,870", rev="Upheld"),
        Q(1, 2, "Which enforcement agencies does the Council use?",
          "Marston Hale Enforcement Ltd and Northgate Recovery Services", "released",
          orig="Withheld – s43(2)", rev="**Not upheld. Released: Marston Hale Enforcement Ltd and Northgate Recovery Services**"),
        Q(1, 3, "What commission or fee rates are payable under the contracts?", "", "withheld", ["s43(2)"],
          orig="Withheld – s43(2)", rev="Upheld – s43(2) continues to apply"),
        Q(1, 4, "How many complaints about enforcement agents did the Council receive in 2024/25?", "58", "released",
          orig="Not held", rev="**Not upheld. The complaints log was located. Released: 58**"),
        Q(1, 5, "How many of those cases involved residents flagged as vulnerable?", "", "refused", ["s12(1)"],
          orig="Refused – s12(1) cost limit", rev="Upheld – s12(1); the vulnerability flag is held in case notes only"),
    ])


def r24(L):
    t = ["Greyfriars City Council  ", "Legal and Democratic Services – Information Governance  ",
         "Greyfriars House, 10 Cathedral Walk, Greyfriars GF1 1CW", "",
         f"Internal review ref: {L['reference']}  ", "Original FOI ref: FOI/25/01962  ",
         f"Date: {d(L['date'],'long')}", "", "Dear", "", "**Internal review of your Freedom of Information request**", "",
         f"You made a request for information which we received on {d(L['received'],'long')}. We responded on 30 April 2025 "
         "and you asked for an internal review on 12 May 2025. I have now completed that review. Changes to the original "
         "decision are shown in bold.", "",
         "| No. | Question | Original decision | Review decision |", "| --- | --- | --- | --- |"]
    for q in L["qs"]:
        t.append(f"| {q['n']} | {q['text']} | {q['orig']} | {q['rev']} |")
    t += ["", "## Reasons", "",
          "**Question 2** – the names of the Council's enforcement agencies are published in its contracts register and on "
          "agency correspondence sent to residents. Section 43(2) was not correctly engaged.", "",
          "**Question 3** – the fee rates are commercially sensitive and the contracts are due for re-procurement next year. "
          "The public interest favours withholding them.", "",
          "**Question 4** – the original response said that no information was held. This was not correct: the corporate "
          "complaints log records complaints about enforcement agents under a specific category.", "",
          "**Question 5** – identifying vulnerability would require reading the case notes of 9,870 cases. At two minutes a "
          "case this would take 329 hours, far above the 18 hours (£450) limit, so section 12(1) was correctly applied.", "",
          "If you remain dissatisfied you may apply to the Information Commissioner.", "", "Yours sincerely", "",
          "J. Abernethy  ", "Information Governance Manager", ""]
    return "\n".join(t)


L["render"] = r24
LETTERS.append(L)
