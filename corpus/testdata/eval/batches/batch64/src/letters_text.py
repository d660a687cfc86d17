"""Letters 18-24: plain text and Markdown."""
from common import Q, letter, ICO_EN

LETTERS = []


def wrap(text, width=78, indent=""):
    import textwrap
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if any(l.startswith(("  ", "|", "-", "*", "#")) for l in lines) or len(lines) > 1 and all(len(l) < 60 for l in lines):
            out.append("\n".join(lines))
        else:
            out.append(textwrap.fill(" ".join(lines), width, initial_indent=indent, subsequent_indent=indent))
    return "\n\n".join(out)


# ---------------------------------------------------------------- 18
# Company acting for a council; questions asked in prose, answered under headings
L18_Q = [
    Q(1, 1, "how many commercial units the Council owns",
      "The Council owns 312 commercial units (shops, offices, industrial units and market stalls let on leases or licences).",
      "released"),
    Q(1, 2, "how many of those are currently vacant",
      "27 units were vacant on 1 June 2024, a void rate of 8.7 per cent.",
      "released"),
    Q(1, 3, "the total rent arrears owed by commercial tenants, with a list of the tenants in arrears",
      "Total arrears owed by commercial tenants stood at £486,210 on 31 May 2024, of which £171,900 was more than 90 days overdue. We are not providing the list of tenants in arrears. Where the tenant is an individual (a sole trader or partnership) their name is withheld under section 40(2); where the tenant is a company, its name is withheld under section 43(2), because publicising arrears would be likely to damage the tenant's credit and trading position and the Council's ability to recover the debt by agreement.",
      "partially_released", "s40(2)", "s43(2)"),
    Q(1, 4, "the name of the account manager responsible for the Council's portfolio at this company",
      "The Council's portfolio is managed by our Portfolio Manager (Commercial), who can be contacted at commercial.estates@kingsmereps.co.uk or on 01632 418 300. The name of the post-holder is withheld under section 40(2).",
      "partially_released", "s40(2)"),
    Q(1, 5, "the valuation of the Corn Exchange, which you understand to be £3.2 million",
      "We hold the current valuation, but it is withheld under section 43(2). The building is being marketed for a long leasehold disposal, and publishing the valuation would set a ceiling on the offers the Council receives.",
      "withheld", "s43(2)"),
]

HEAD18 = ["Commercial units owned by the Council", "Vacant units", "Rent arrears",
          "Account manager", "Corn Exchange valuation"]


def render_l18(L):
    qs = L["questions"]
    intro = ("In your email you asked %s and %s. You also wanted to know %s, %s, and %s."
             % (qs[0]["q"], qs[1]["q"], qs[2]["q"], qs[3]["q"], qs[4]["q"]))
    parts = []
    for h, x in zip(HEAD18, qs):
        parts.append(h + "\n" + "-" * len(h) + "\n" + wrap(x["a"]))
    return """KINGSMERE PROPERTY SERVICES LIMITED
Acting for and on behalf of Kingsmere City Council
Estates & Valuation | 3rd Floor, Guildhall Annexe | Kingsmere KM1 6AB
Tel 01632 418 300 | www.kingsmereps.co.uk


Our reference:   FOI-KCC-4471
Received:        22 May 2024 (by the Council)
Date:            20 June 2024


Dear Requester

FREEDOM OF INFORMATION ACT 2000 - COMMERCIAL PROPERTY PORTFOLIO

%s

%s

We have set out our response under headings below.

%s

%s

Yours sincerely


Marcus Bell
Company Secretary and Information Governance Lead
Kingsmere Property Services Limited, for Kingsmere City Council

Registered in England and Wales No. 09877120. A company wholly owned by
Kingsmere City Council.
""" % (wrap("Kingsmere Property Services Limited manages the City Council's commercial property portfolio under a management agreement. Information we hold for the purposes of that agreement is held on behalf of the Council for the purposes of section 3(2)(b) of the Act, and we are responding on the Council's behalf to your request, which the Council received on 22 May 2024."),
       wrap(intro), "\n\n".join(parts), wrap("You can ask the Council for an internal review of this decision by writing to information.rights@kingsmere.gov.uk within two months; reviews are carried out by the Council, not by this company. If you are still not satisfied you can contact the Information Commissioner at ico.org.uk/make-a-complaint."))


LETTERS.append(letter(
    "kingsmere-property-services-FOI-KCC-4471.txt", "txt",
    "Kingsmere City Council", "FOI-KCC-4471", "2024-06-20", "2024-05-22", "foia",
    "questions asked in prose, answers under underlined headings",
    ["questions never numbered (prose request)",
     "company letterhead answering for the council (authority is the council)",
     "total arrears released, tenant list withheld under two exemptions (partial)",
     "job title and contact released, name withheld (partial)",
     "figure quoted from question, only reason given (withheld)",
     "s3(2)(b) mentioned but not applied"],
    L18_Q, render_l18))

# ---------------------------------------------------------------- 19
# NHS Scottish board with place suffix, FOISA, Markdown
L19_Q = [
    Q(1, 1, "How many patients were waiting more than 52 weeks for an orthopaedic outpatient appointment at 28 February 2025?",
      "1,042 patients.", "released"),
    Q(1, 2, "How much did the Board spend on medical locums in 2023/24, broken down by hospital site?",
      "Total medical locum spend in 2023/24 was £9.61 million. The breakdown by site is withheld under section 33(1)(b) of FOISA (commercial interests); please see the explanation below.",
      "partially_released", "foisa:s33(1)(b)"),
    Q(1, 3, "Which locum agency received the most money in 2023/24, and how much was it paid?",
      "The agency with the highest spend was Caledon Clinical Staffing Ltd. The amount paid to it is withheld under section 33(1)(b).",
      "partially_released", "foisa:s33(1)(b)"),
    Q(1, 4, "How many never events occurred in operating theatres in 2024?",
      "Two.", "released"),
    Q(1, 5, "Please provide the findings of the Significant Adverse Event Review into the death of a patient at Strathcairn Royal Infirmary in August 2024.",
      "NHS Strathcairn neither confirms nor denies whether it holds the information you have requested. In terms of section 18(1) of FOISA, read with section 38(1)(d) (health records of a deceased person), we consider that to reveal whether the information exists or is held would be contrary to the public interest.",
      "ncnd", "foisa:s18(1)", "foisa:s38(1)(d)"),
    Q(1, 6, "A copy of the Board's waiting list validation policy.",
      "The policy is published on our website at www.nhsstrathcairn.scot/policies/waiting-list-validation. Under section 25(1) of FOISA, information that is otherwise accessible is exempt, so we have not sent a copy.",
      "released", "foisa:s25(1)"),
]


def render_l19(L):
    qa = "\n\n".join("**Question %d:** %s\n\n**Response:** %s" % (x["num"], x["q"], x["a"]) for x in L["questions"])
    return """# NHS Strathcairn

Corporate Records and FOI Team
Strathcairn House, Kirkgate, Strathcairn ST7 1DW
foi@nhsstrathcairn.scot

---

| | |
|---|---|
| **Our reference** | FOI/2025/0133 |
| **Date** | Wednesday 19 March 2025 |
| **Request received** | 20 February 2025 |

Dear Requester

## Freedom of Information (Scotland) Act 2002 – Orthopaedic waiting times and locum spend

Thank you for your request, which we received on 20 February 2025. I am sorry that this response is slightly later than we would have liked. I can now respond as follows.

%s

### Section 33(1)(b) – commercial interests

Rates paid to locum agencies are negotiated locally and vary by site. Releasing site-level spend, or the amount paid to an individual agency, would be likely to prejudice substantially the Board's commercial interests in future negotiations and those of the agencies concerned. We recognise the public interest in transparency about locum costs, which is served by the total figure above, but on balance we consider that the public interest favours maintaining the exemption.

### Your right to request a review

If you are unhappy with this response, you can ask us to review it within 40 working days. Write to the FOI Team at the address above, explaining why you are dissatisfied. If you remain unhappy after the review, you can apply to the Scottish Information Commissioner under section 47(1) of FOISA. The Commissioner's website is www.foi.scot.

Yours sincerely

*Eilidh Fraser*
Head of Information Governance
NHS Strathcairn
""" % qa


LETTERS.append(letter(
    "nhs-strathcairn-FOI-2025-0133.md", "md",
    "NHS Strathcairn", "FOI/2025/0133", "2025-03-19", "2025-02-20", "foisa",
    "Markdown: metadata table, **Question N:** / **Response:** pairs",
    ["place-suffix board name (NHS Strathcairn)", "FOISA exemptions",
     "total released, per-site withheld (partial)", "agency named, amount withheld (partial)",
     "NCND foisa s18(1) read with s38(1)(d)", "s25(1) signpost", "number as word ('Two')",
     "s47(1) in review boilerplate"],
    L19_Q, render_l19))

# ---------------------------------------------------------------- 20
# Non-departmental body, £600 limit for one item only, s22, s36
L20_Q = [
    Q(1, 1, "How many lighthouses are in the Agency's care?",
      "41 lighthouses, of which 29 are listed buildings.", "released"),
    Q(1, 2, "The total cost of the Ferrow Point lighthouse restoration, and the day rates charged by the main contractor.",
      "The restoration cost £3,880,000 in total (2021 to 2024). The main contractor's day rates are commercially sensitive and are withheld under section 43(2).",
      "partially_released", "s43(2)"),
    Q(1, 3, "A copy of the structural survey report for Ferrow Point.",
      "The report will be published on our website as part of the Ferrow Point project closure pack in February 2025. We are therefore withholding it at present under section 22(1) (information intended for future publication). We consider it reasonable to wait for the planned publication date.",
      "released", "s22(1)"),
    Q(1, 4, "Correspondence between the Agency and the Department about the possible disposal of lighthouse sites.",
      "The Agency holds correspondence within the scope of this request. It is withheld under section 35(1)(a) of the Act (formulation or development of government policy). Ministers have not yet taken decisions on the future estate strategy, and officials need space to consider options, including disposal, away from public scrutiny. We have weighed the public interest in the future of historic coastal sites and concluded that, while policy is still being formed, it favours withholding the correspondence.",
      "withheld", "s35(1)(a)"),
    Q(1, 5, "All emails sent or received by Agency staff that mention Ferrow Point between 2019 and 2024.",
      "We estimate that there are over 9,000 emails that mention Ferrow Point. Even at one minute per email to locate and review them, compliance would take more than 150 hours. The appropriate limit for the Agency, as part of a government department listed in Part I of Schedule 1 to the Act, is £600 (24 hours). We are therefore refusing request 5 under section 12(1). If you could narrow this request, for example to a named topic and a period of three months, we will consider it afresh.",
      "refused", "s12(1)"),
    Q(1, 6, "How many visitors did the Agency's sites receive in 2023?",
      "612,400 paying and free visitors across all sites open to the public.", "released"),
]


def render_l20(L):
    blocks = []
    for x in L["questions"]:
        blocks.append("Request %d:\n%s\n\nAnswer:\n%s" % (x["num"], wrap(x["q"]), wrap(x["a"])))
    return """                         COASTAL HERITAGE AGENCY
              Caring for the lighthouses, forts and harbours of the coast
                     Harbour Office, The Quay, Portreath Sands PS1 3HA


FOI reference:  CHA-2024-0881
Date:           2nd December 2024

Dear Requester,

Re: Freedom of Information request of 4 November 2024

%s

Six questions were included in your request. Requests 1 to 4 and 6 have been
answered below. Request 5 is so broad that we have treated it separately, so
that the cost of answering it does not prevent us from answering the rest.

%s

%s

Yours sincerely,

Hannah Ogunleye
Information Rights Manager
Coastal Heritage Agency
""" % (wrap("Thank you for your request for information, which we received on 4 November 2024. The Coastal Heritage Agency is an executive agency of the Department for Coast and Countryside,."),
       "\n\n".join(blocks), wrap("Should you wish to appeal against any part of this decision, please write to the Information Rights Manager within 40 working days and ask for an internal review. If you are not content with the outcome you may apply to the Information Commissioner for a decision under section 50 of the Act. Generally, the Commissioner cannot make a decision unless you have exhausted our review procedure."))


LETTERS.append(letter(
    "coastal-heritage-agency-CHA-2024-0881.txt", "txt",
    "Coastal Heritage Agency", "CHA-2024-0881", "2024-12-02", "2024-11-04", "foia",
    "Request N: / Answer: blocks in plain text, centred letterhead",
    ["cost refusal for one question only, the rest answered",
     "s22(1) future publication treated as released",
     "total released, day rates withheld (partial)",
     "£600 limit for an executive agency of a department", "s35(1)(a) policy formulation",
     "Schedule 1 mention is not a stance"],
    L20_Q, render_l20))

# ---------------------------------------------------------------- 21
# Police internal review, two questions, Markdown
L21_Q = [
    Q(1, 1, "Did Wexmoor Police use live facial recognition at Wexmoor Town FC's Keeler Park stadium during the 2024 season?",
      "", "ncnd", "s31(3)"),
    Q(1, 2, "How many retrospective facial recognition searches did the force carry out in 2024?",
      "", "released"),
]


def render_l21(L):
    q1, q2 = L["questions"]
    return """**WEXMOOR POLICE** | Freedom of Information Unit | PO Box 4410, Wexmoor WX9 2QA

*OFFICIAL*

---

Internal Review Ref: IR/0045/25
Original FOI Ref: FOI/1301/24
Date: 13/02/2025

Dear Requester,

### Internal review – facial recognition

I have now completed the internal review you requested on 17/01/2025 of the response to your Freedom of Information request FOI/1301/24, received by Wexmoor Police on 30/12/2024 and answered on 16/01/2025.

You originally asked:

> 1. %s
> 2. %s

The original response neither confirmed nor denied whether the force held any information for either question, citing Section 31(3) (Law Enforcement).

#### Review findings

**Question 1** – I have concluded that the original decision was correct. Confirming or denying whether live facial recognition was deployed at a particular location would reveal the force's tactical choices, and the use of Section 31(3) to neither confirm nor deny is **upheld**.

**Question 2** – I have concluded that the original decision was **not correct**. Retrospective facial recognition is an established investigative tool whose use is described in national guidance, and a force-wide total for a year does not reveal anything about any particular investigation. The NCND response is therefore **overturned**, and I can confirm that the force carried out **2,318** retrospective facial recognition searches against the custody image database in 2024.

If you remain dissatisfied you may apply to the Information Commissioner under Section 50 of the Freedom of Information Act 2000.

Yours sincerely,

S. Patel
Head of Information Management (Reviewing Officer)
Wexmoor Police
""" % (q1["q"], q2["q"])


LETTERS.append(letter(
    "wexmoor-police-IR-0045-25.md", "md",
    "Wexmoor Police", "IR/0045/25", "2025-02-13", "2024-12-30", "foia",
    "internal review in Markdown: quoted request, review findings per question",
    ["two questions only", "review outcome differs by question (NCND upheld / overturned to released)",
     "original and review references, four dd/mm/yyyy dates",
     "original NCND stated for both questions in the history paragraph"],
    L21_Q, render_l21))

# ---------------------------------------------------------------- 22
# Academy trust whose name runs over two lines, REQUEST / RESPONSE, numbers as words
L22_Q = [
    Q(1, 1, "The number of permanent exclusions at each school in the Trust in 2022/23.",
      "", "partially_released", "s40(2)"),
    Q(1, 2, "The total number of suspensions across the Trust in 2022/23.",
      "Three hundred and twelve suspensions were issued across the Trust in 2022/23.", "released"),
    Q(1, 3, "A breakdown of the permanent exclusions by ethnicity.",
      "The Trust holds this information. Because the numbers in each group are very small, publishing them would be likely to identify individual pupils, and the breakdown is withheld under section 40(2) of the Act.",
      "withheld", "s40(2)"),
    Q(1, 4, "How much did the Trust spend on alternative provision in 2022/23?",
      "£214,500.", "released"),
    Q(1, 5, "A copy of the Trust's behaviour policy.",
      "Each school's behaviour policy is published on its own website, and the Trust-wide policy is at www.saintaldhelm-bm.org.uk/policies. This information is therefore exempt under section 21 as it is already reasonably accessible.",
      "released", "s21"),
]


def render_l22(L):
    table = """  School                                 Permanent exclusions 2022/23
  -------------------------------------  ----------------------------
  St Aldhelm's Catholic High School      6
  Blessed Margaret Clitherow Academy     5
  Our Lady of the Wold Primary           0
  St Bede's Catholic Primary             *
  Holy Cross Catholic Primary            0
  -------------------------------------  ----------------------------
  * fewer than five: withheld under section 40(2)"""
    intro1 = ("The figures for each school are shown below. Where a school's figure is between one and four it has been replaced with an asterisk, and that figure is withheld under section 40(2) (personal information) because it could lead to the identification of the pupils concerned. The Trust-wide total is not given, as it would allow the suppressed figure to be calculated.")
    out = []
    for x in L["questions"]:
        if x["num"] == 1:
            ans = wrap(intro1) + "\n\n" + table
        else:
            ans = wrap(x["a"])
        out.append("REQUEST %d\n%s\n\nRESPONSE\n%s" % (x["num"], wrap(x["q"]), ans))
    return """          THE ST ALDHELM AND BLESSED MARGARET CATHOLIC
                      MULTI ACADEMY TRUST
      Registered office: St Aldhelm's House, Priory Road, Wolding WD4 7SS
   Company No. 08761432 (England and Wales) | An exempt charity


Ref: FOI 07 (2024-25)
1st October 2024

Dear Parent/Requester

FREEDOM OF INFORMATION REQUEST - EXCLUSIONS AND SUSPENSIONS

%s

%s

%s

Yours faithfully

Mrs Teresa Kowalczyk
Chief Operating Officer and Data Protection Lead
""" % (wrap("Thank you for your email of 11th September 2024. The Trust has treated it as a request under the Freedom of Information Act 2000 and I am pleased to respond as follows."),
       "\n\n".join(out), wrap("If you are not satisfied with this response you may ask the Trust to carry out an internal review by writing to the Chief Operating Officer at the address above within 40 working days. You have the right to complain to the Information Commissioner's Office if you remain dissatisfied."))


LETTERS.append(letter(
    "st-aldhelm-blessed-margaret-cmat-FOI-07-2024-25.txt", "txt",
    "The St Aldhelm and Blessed Margaret Catholic Multi Academy Trust", "FOI 07 (2024-25)",
    "2024-10-01", "2024-09-11", "foia",
    "REQUEST N / RESPONSE blocks, plain-text table",
    ["academy trust name split over two centred lines",
     "plain-text table with a suppressed cell (partial)",
     "number written as words", "ethnicity breakdown withheld in full",
     "reference with a year range in brackets", "s21 signpost"],
    L22_Q, render_l22))

# ---------------------------------------------------------------- 23
# Port health authority (joint board), answers out of order, numbers as words
L23_Q = [
    Q(1, 1, "How many imported food consignments did the Authority sample in 2023?",
      "", "released"),
    Q(1, 2, "How many of those consignments were rejected?",
      "", "released"),
    Q(1, 3, "The names of the importers whose consignments were rejected.",
      "", "withheld", "s40(2)", "s43(2)"),
    Q(1, 4, "The fees the Authority charges for checks on high-risk food and feed.",
      "", "released", "s21"),
]


def render_l23(L):
    qs = L["questions"]
    req = "\n".join("   %d. %s" % (x["num"], x["q"]) for x in qs)
    return """HUMBLETON ESTUARY PORT HEALTH AUTHORITY
(constituted by Humbleton City Council and East Lyndale District Council)
Port Health Office, Dock Road, Humbleton HU9 5PH
-----------------------------------------------------------------------

HEPHA/FOI/0031                                          19th July 2024

Dear Sir or Madam,

Your request for information under the Freedom of Information Act 2000,
received on 20th June 2024, asked:

%s

%s

%s

%s

%s

%s

Yours faithfully,

Dr A. Lindqvist
Chief Port Health Officer
Humbleton Estuary Port Health Authority
""" % (req,
       wrap("I will deal first with point 3, as it affects how we have answered the others. The Authority does hold the names of importers whose consignments were rejected. We are not able to release them. Where the importer is a sole trader, the name is personal data and is withheld under section 40(2). Where the importer is a company, release would be likely to prejudice its commercial interests, because a rejection is often the result of a supplier's failure rather than the importer's, and the name is withheld under section 43(2). The public interest in knowing the outcome of port checks is met by the figures below."),
       wrap("As to your first question, the Authority sampled one thousand and eighty-six consignments of imported food in 2023, and in reply to your second question, sixty-three of those consignments were rejected and either destroyed or re-despatched."),
       wrap("Our charges for checks on high-risk food and feed (your point 4) are set out in the published Scale of Charges 2024/25 at www.humbletonporthealth.gov.uk/charges. As this is reasonably accessible to you, section 21 applies."),
       wrap("Please note that the Authority is a port health authority constituted under the Public Health (Control of Disease) Act 1984; references to that Act are for information only."),
       wrap("Should you be dissatisfied with the way in which your request has been dealt with, you may ask the Authority's Clerk to review the decision. A request for review should be made within 40 working days of the date of this letter. Thereafter you may refer the matter to the Information Commissioner."))


LETTERS.append(letter(
    "humbleton-estuary-pha-HEPHA-FOI-0031.txt", "txt",
    "Humbleton Estuary Port Health Authority", "HEPHA/FOI/0031", "2024-07-19", "2024-06-20", "foia",
    "request as numbered list, answers in prose out of order",
    ["answers out of order ('I will deal first with point 3')",
     "numbers written as words", "two questions answered in one sentence",
     "joint port health authority of two councils",
     "names withheld under s40(2) and s43(2) together",
     "reference and date on one line with no labels"],
    L23_Q, render_l23))

# ---------------------------------------------------------------- 24
# Fire and rescue service, s14(2) repeated for three questions, Markdown
L24_Q = [
    Q(1, 1, "The number of wholetime firefighters at each fire station.",
      "", "refused", "s14(2)"),
    Q(1, 2, "The number of on-call firefighter vacancies at each station.",
      "", "refused", "s14(2)"),
    Q(1, 3, "The percentage availability of each on-call appliance in 2023/24.",
      "", "refused", "s14(2)"),
    Q(1, 4, "How many false alarms did the Service attend at Stannard Vale General Hospital in 2023/24?",
      "188 attendances to automatic fire alarm actuations that proved to be false alarms.", "released"),
    Q(1, 5, "Copies of correspondence with the hospital trust about the number of false alarms.",
      "", "partially_released", "s40(2)"),
]


def render_l24(L):
    qs = L["questions"]
    req = "\n".join("%d. %s" % (x["num"], x["q"]) for x in qs)
    return """Stannard Vale Fire and Rescue Service
=======================================

*Information Governance, Service Headquarters, Beacon Road, Stannard SV1 8FR*

Reference: SVFRS/FOI/24/3302
Date: 30 October 2024

Dear Requester

**Request for information**

On 2 October 2024 we received your request for the following information:

%s

**Questions 1 to 3**

These three questions are the same as questions 2, 3 and 5 of your request SVFRS/FOI/24/2871, which we answered in full on 26 September 2024. No reasonable period has elapsed since then and the figures have not changed. The Service is therefore not obliged to comply with questions 1 to 3, as they are a repeated request under section 14(2) of the Freedom of Information Act 2000. The information we sent you on 26 September 2024 remains our response.

**Question 4**

%s

**Question 5**

We enclose seven letters and emails exchanged with Stannard Vale Hospitals NHS Trust between April 2023 and March 2024. The names, email addresses and telephone numbers of Trust staff and of Service staff below Group Manager have been redacted under section 40(2), as their release would not be fair to the individuals concerned. The remainder of the correspondence is released in full.

---

If you are unhappy with this response you can ask for an internal review within 40 working days by emailing foi@stannardvale-fire.gov.uk. You may then complain to the Information Commissioner.

Kind regards

Information Governance Team
Stannard Vale Fire and Rescue Service
""" % (req, qs[3]["a"])


LETTERS.append(letter(
    "stannard-vale-frs-SVFRS-FOI-24-3302.md", "md",
    "Stannard Vale Fire and Rescue Service", "SVFRS/FOI/24/3302", "2024-10-30", "2024-10-02", "foia",
    "Markdown: request list, then answers under bold 'Questions 1 to 3' / 'Question N' headings",
    ["s14(2) repeated request for three questions only, grouped",
     "an earlier request's reference quoted (SVFRS/FOI/24/2871)",
     "redacted correspondence enclosed (partial)"],
    L24_Q, render_l24))
