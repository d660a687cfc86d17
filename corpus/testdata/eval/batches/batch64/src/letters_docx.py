"""Letters 10-13: DOCX produced by LibreOffice from HTML with automatic <ol> numbering."""
from common import Q, letter, esc, page, ICO_EN

LETTERS = []

# ---------------------------------------------------------------- 10
# Council-owned leisure company, auto-numbered list with answers inside items
L10_Q = [
    Q(1, 1, "How many leisure centres does Active Wyvern operate on behalf of the Council?",
      "Six: Hatherby Pool, Wyvern Reach Leisure Centre, Castle Fields Sports Hall, Lydney Road Fitness, Stoneham Lido (seasonal) and the Oakmere Community Gym.",
      "released"),
    Q(1, 2, "What was the total number of members at 31 March 2024?",
      "14,230 members across all membership types.",
      "released"),
    Q(1, 3, "What were the energy costs for each site in 2023/24?",
      "Our total energy cost for 2023/24 was £1,912,400. We are not able to give you the figure for each site, which is withheld under section 43(2) (commercial interests): our energy contract is due for renewal and site-level consumption costs would disclose the unit rates we have negotiated.",
      "partially_released", "s43(2)"),
    Q(1, 4, "How much management fee did the Council pay Active Wyvern in 2023/24?",
      "The management fee is published in the Council's Statement of Accounts 2023/24 (note 31, page 88) at www.wyvernreach.gov.uk/accounts. Because it is reasonably accessible to you, we are applying section 21 of the Act. For convenience, the figure shown there is £1,250,000.",
      "released", "s21"),
    Q(1, 5, "The names, job titles and salaries of the senior management team.",
      "Chief Executive – Sarah Kimble – £95,000 to £99,999 (name and band are published in our annual report). Finance Director – £70,000 to £74,999. Operations Director – £65,000 to £69,999. Head of Marketing and Membership – £50,000 to £54,999. The names of the three officers below Chief Executive are withheld under section 40(2) of the Act; salaries are given in bands for the same reason.",
      "partially_released", "s40(2)"),
    Q(1, 6, "How many drowning or near-drowning incidents occurred at your pools in 2023/24?",
      "None. There were no drowning or near-drowning incidents (0).",
      "released"),
    Q(1, 7, "You told a residents' meeting that the pool plant maintenance contract is worth £420,000. Please confirm the value of that contract.",
      "We hold the contract value but it is exempt under section 43(2). The contract was let following a competitive tender and the supplier has told us that release of its price would damage its position in current tenders elsewhere. We have considered the public interest and concluded that it favours withholding the figure at this time.",
      "withheld", "s43(2)"),
    Q(1, 8, "Please provide any documents about plans to close Hatherby Pool.",
      "Active Wyvern does not hold any information of this description. No proposal to close Hatherby Pool has been made or considered.",
      "not_held"),
]


def render_l10(L):
    items = "\n".join("<li><p><b>%s</b></p><p>%s</p></li>" % (esc(x["q"]), esc(x["a"])) for x in L["questions"])
    body = """
<table width="100%%" cellpadding="4"><tr><td bgcolor="#00897b"><font color="#ffffff" size="6"><b>Active Wyvern</b></font><br><font color="#ffffff" size="2">Leisure &bull; Health &bull; Wellbeing</font></td>
<td align="right"><font size="2">Active Wyvern Ltd<br>Castle Fields, Wyvern Reach WR5 1LP<br>foi@activewyvern.co.uk</font></td></tr></table>
<p><font size="2">Active Wyvern Ltd is a company wholly owned by Wyvern Reach District Council and operates the Council&rsquo;s leisure facilities. Company No. 11028871.</font></p>
<p>FOI reference: AW/FOI/0093<br>Response date: 2024-08-19<br>Request received: 2024-07-22</p>
<p>Dear Requester</p>
<p><b>Your request for information about leisure centre operations</b></p>
<p>Thank you for contacting us. As a company wholly owned by the Council, Active Wyvern is subject to the Freedom of Information Act 2000. We have numbered your questions in the order you asked them; our answer follows each one.</p>
<ol>
%s
</ol>
<p>%s</p>
<p>With best wishes</p>
<p>Leanne Roper<br>Governance and Data Protection Manager<br>Active Wyvern</p>
""" % (items, esc("Not happy with our answer? You can ask us to look at it again (an internal review) by replying to this email within 40 working days. After that, the Information Commissioner's Office can consider a complaint: www.ico.org.uk or 0303 123 1113."))
    return page(body, title="AW/FOI/0093")


LETTERS.append(letter(
    "active-wyvern-AW-FOI-0093.docx", "docx",
    "Active Wyvern", "AW/FOI/0093", "2024-08-19", "2024-07-22", "foia",
    "automatically numbered list, question in bold and answer paragraph inside each item",
    ["numbering is Word automatic list numbering (not in the text)",
     "council-owned company letterhead with the place name as suffix",
     "total released, per-site withheld (partial)",
     "job titles and bands released, names withheld (partial)",
     "figure quoted from question, only reason given (withheld)",
     "s21 signpost that still quotes the figure", "ISO dates", "released zero"],
    L10_Q, render_l10))

# ---------------------------------------------------------------- 11
# Fire authority, two-part round robin, numbering restarts (two <ol>)
P1 = [
    Q(1, 1, "Incumbent Supplier: please provide the supplier of the mobilising system contract.",
      "Beacon Mobilising Systems Ltd.", "released"),
    Q(1, 2, "Annual Average Spend: the annual average (over 3 years) spend with the supplier.",
      "Exempt – section 43(2), commercial interests. Please see the explanation at the end of this letter.",
      "withheld", "s43(2)"),
    Q(1, 3, "Contract Duration: the duration of the contract, including any extensions.",
      "Seven years from 1 April 2019, with an option to extend by up to three years.", "released"),
    Q(1, 4, "Contract Expiry: the date on which the contract expires.",
      "31 March 2026.", "released"),
    Q(1, 5, "Contract Review: the date on which the contract will be reviewed.",
      "September 2025.", "released"),
    Q(1, 6, "Contract Description: a brief description of the services provided.",
      "Supply, hosting and support of the command and control (mobilising) system used by the Joint Fire Control room, including the gazetteer and station-end equipment.",
      "released"),
    Q(1, 7, "Contact Details: the full name, job title, telephone number and email address of the person responsible for the contract.",
      "Head of Control and Mobilising, 01632 970 220, control.systems@mefra.gov.uk. The officer's name is withheld under section 40(2).",
      "partially_released", "s40(2)"),
]
P2 = [
    Q(2, 1, "Incumbent Supplier: please provide the supplier of the fleet telematics contract.",
      "Tracksure Telematics plc.", "released"),
    Q(2, 2, "Annual Average Spend: the annual average (over 3 years) spend with the supplier.",
      "Exempt – section 43(2). See below.", "withheld", "s43(2)"),
    Q(2, 3, "Contract Expiry: the date on which the contract expires.",
      "30 June 2027.", "released"),
    Q(2, 4, "How many vehicles are fitted with telematics units?",
      "142 vehicles (appliances, special appliances and officer cars).", "released"),
    Q(2, 5, "How long is vehicle location data retained?",
      "13 months, after which it is deleted automatically.", "released"),
    Q(2, 6, "Contact Details: the full name, job title, telephone number and email address of the person responsible for the contract.",
      "Fleet and Equipment Manager, 01632 970 305, fleet@mefra.gov.uk. Name withheld – section 40(2).",
      "partially_released", "s40(2)"),
    Q(2, 7, "Has the telematics system been affected by any cyber incident in the last three years?",
      "The Authority can neither confirm nor deny whether it holds information about cyber incidents affecting this system. Sections 24(2) (national security) and 31(3) (law enforcement) apply. This should not be taken as an indication that any incident has or has not occurred.",
      "ncnd", "s24(2)", "s31(3)"),
]


def render_l11(L):
    def items(qs):
        return "\n".join("<li><p>%s</p><p><i>Response:</i> %s</p></li>" % (esc(x["q"]), esc(x["a"])) for x in qs)
    body = """
<p align="center"><b><font size="4">Marlcombe and Estover Fire and Rescue Authority</font></b><br>
<font size="2">Service Headquarters &middot; Brunel Way &middot; Marlcombe MC3 7FR &middot; www.mefra.gov.uk</font></p>
<p align="right">Our reference: MEFRA FOI 2025/0207<br>07 Mar 2025</p>
<p>Dear Sir / Madam</p>
<p><b>FREEDOM OF INFORMATION ACT 2000 &ndash; ICT CONTRACTS</b></p>
<p>We received your request on 10 Feb 2025. You asked for information on two types of contract, and we have answered the two parts separately below, keeping your numbering.</p>
<p><b><u>Part 1 &ndash; Mobilising (command and control) system</u></b></p>
<ol>
%s
</ol>
<p><b><u>Part 2 &ndash; Fleet telematics</u></b></p>
<ol>
%s
</ol>
<p><b>Section 43(2) &ndash; commercial interests</b></p>
<p>Both contracts will be re-procured within the next three years. Publishing annual spend would give competing suppliers an insight into the price the Authority currently pays and would be likely to prejudice both the Authority&rsquo;s and the suppliers&rsquo; commercial interests. We have considered the public interest in transparency over the use of public money and concluded that it is outweighed by the public interest in obtaining best value in the forthcoming procurements.</p>
<p><b>Section 40(2) &ndash; personal information</b></p>
<p>The Authority publishes the names of its Principal Officers. The names of other staff are withheld, but we have given you the role, telephone number and team mailbox so that you can contact the right person.</p>
<p>If you are unhappy with our response you can ask for an internal review by writing to foi@mefra.gov.uk. If you are still unhappy after the review you can complain to the Information Commissioner.</p>
<p>Regards</p>
<p>Information Governance Team<br>Marlcombe and Estover Fire and Rescue Authority</p>
""" % (items(part1(L)), items(part2(L)))
    return page(body, title="MEFRA FOI 2025/0207")


def part1(L):
    return [x for x in L["questions"] if x["part"] == 1]


def part2(L):
    return [x for x in L["questions"] if x["part"] == 2]


LETTERS.append(letter(
    "marlcombe-estover-fra-FOI-2025-0207.docx", "docx",
    "Marlcombe and Estover Fire and Rescue Authority", "MEFRA FOI 2025/0207",
    "2025-03-07", "2025-02-10", "foia",
    "two parts, each an automatically numbered list restarting at 1, Response: under each item",
    ["parts whose automatic numbering restarts", "same question text in both parts",
     "spend withheld, supplier released (contract round robin)",
     "role, phone and mailbox released, name withheld (partial)",
     "NCND s24(2) and s31(3) for cyber incidents", "dd Mon yyyy dates"],
    P1 + P2, render_l11))

# ---------------------------------------------------------------- 12
# ICB internal review, auto numbered, original vs review outcome
L12_Q = [
    Q(1, 1, "How many Individual Funding Requests (IFRs) did the ICB receive in 2023/24?",
      "Original response: 412 requests. | Review outcome: This part of the original response was correct and is upheld.",
      "released"),
    Q(1, 2, "How many IFRs were approved, broken down by clinical specialty?",
      "Original response: withheld in full under section 40(2). | Review outcome: The original decision was not correct. The total number approved (138) does not identify anyone and is now released. The figures for specialties with fewer than five approvals could, with other information, identify patients and remain withheld under section 40(2). The specialties with five or more approvals are: plastic surgery 31; ophthalmology 22; dermatology 17; bariatric surgery 14; neurology 9.",
      "partially_released", "s40(2)"),
    Q(1, 3, "Copies of the minutes of the IFR panel meetings held in 2023/24.",
      "Original response: withheld under section 36(2)(b)(ii). | Review outcome: Upheld. The qualified person's opinion remains that disclosure would be likely to inhibit the free and frank exchange of views for the purposes of deliberation, and the minutes also contain patient details, which are withheld under section 40(2) in any event.",
      "withheld", "s36(2)(b)(ii)", "s40(2)"),
    Q(1, 4, "The names and job titles of the members of the IFR panel.",
      "Original response: withheld under section 40(2). | Review outcome: Partly overturned. The panel is chaired by the ICB's Director of Clinical Effectiveness, Dr Imran Qadir, whose name is published on our website. The other members are a Consultant in Public Health, a Senior Pharmacist (Medicines Optimisation), a Lay Member and an IFR Case Manager. Their names remain withheld under section 40(2).",
      "partially_released", "s40(2)"),
    Q(1, 5, "How much did the ICB spend on independent clinical advice for IFR cases in 2023/24?",
      "Original response: information not held. | Review outcome: Further searches located the relevant invoices in the finance ledger. The amount spent was £26,400. I apologise that this was not found originally.",
      "released"),
]


def render_l12(L):
    items = []
    for x in L["questions"]:
        o, r = x["a"].split(" | ")
        items.append("<li><p><b>%s</b></p><p>%s</p><p><b>%s</b></p></li>" % (esc(x["q"]), esc(o), esc(r)))
    body = """
<p align="right"><font size="5" color="#005eb8"><b>NHS</b></font><br><b>Blackwater Vale</b><br><font size="2">Integrated Care Board</font></p>
<p><font size="2">Corporate Affairs &ndash; Freedom of Information<br>Riverside House, 40 Mill Lane, Blackwater BV2 8QH</font></p>
<p>Internal review reference: BVICB-IR-0061<br>Original request reference: BVICB-FOI-2024-1904<br>21st January 2025</p>
<p>Dear Requester,</p>
<p><b>Internal review &ndash; Individual Funding Requests</b></p>
<p>I write further to your email of 2nd December 2024 asking NHS Blackwater Vale Integrated Care Board to review its response of 20th November 2024 to your request received on 24th October 2024. I am a senior manager who was not involved in the original response. I have reviewed the request, the searches carried out, the information held and the exemptions applied. My findings are set out against each of your original questions below; the review outcome is shown in bold.</p>
<ol>
%s
</ol>
<p>In summary, I have upheld the original decision in part and overturned it in part, and the information described above is now released.</p>
<p>If you remain dissatisfied you have the right to apply to the Information Commissioner under section 50 of the Act. The Commissioner would normally expect the internal review process to have been completed first, as it now has been.</p>
<p>Yours sincerely,</p>
<p>Catherine Noor<br>Associate Director of Corporate Governance<br>NHS Blackwater Vale Integrated Care Board</p>
""" % "\n".join(items)
    return page(body, title="BVICB-IR-0061")


LETTERS.append(letter(
    "nhs-blackwater-vale-icb-IR-0061.docx", "docx",
    "NHS Blackwater Vale Integrated Care Board", "BVICB-IR-0061",
    "2025-01-21", "2024-10-24", "foia",
    "internal review, auto-numbered list with original response and bold review outcome per item",
    ["internal review outcome is the stance (withheld -> partial, not held -> released)",
     "letterhead split NHS / Blackwater Vale / Integrated Care Board",
     "small-number suppression: total and some categories released (partial)",
     "chair named, other members by job title only (partial)",
     "two references and four dates with ordinal suffixes"],
    L12_Q, render_l12))

# ---------------------------------------------------------------- 13
# Welsh county council, EIR, bilingual letterhead, lettered auto list
L13_Q = [
    Q(1, 1, "How many planning applications are currently awaiting a decision because of the phosphate guidance for the Afon Gwerin catchment?",
      "142 applications were awaiting determination for this reason on 31 October 2024.",
      "released"),
    Q(1, 2, "The locations of all private sewage treatment plants registered in the Afon Gwerin catchment.",
      "The Council's records show 386 registered private treatment plants in the catchment. Almost all serve single private dwellings, and their grid references would identify the households concerned; the locations are therefore withheld under regulation 13(1) (personal data). A count by community council area is attached.",
      "partially_released", "reg13(1)"),
    Q(1, 3, "Copies of correspondence between the Council and Natural Resources Wales about phosphates since January 2023.",
      "The correspondence is attached (47 pages). The names and direct contact details of officers below Head of Service level, in both organisations, have been redacted under regulation 13(1).",
      "partially_released", "reg13(1)"),
    Q(1, 4, "The committee report of 12 March 2024 said the water quality monitoring contract was worth about £275,000. What is its actual value?",
      "The contract value is withheld under regulation 12(5)(e) (confidentiality of commercial or industrial information).",
      "withheld", "reg12(5)(e)"),
    Q(1, 5, "Monitoring results for the Pont Gwerin sampling point for 2023.",
      "These results are published on the Council's open data portal (data.glanmorfa.gov.uk/water-quality). Under regulation 6(1)(b) the Council is not obliged to make them available in another form.",
      "released", "reg6(1)(b)"),
    Q(1, 6, "Any legal advice the Council has received about a moratorium on development in the catchment.",
      "The Council holds legal advice on this subject. It is withheld under regulation 12(5)(b) (the course of justice), which covers information subject to legal professional privilege.",
      "withheld", "reg12(5)(b)"),
]


def render_l13(L):
    items = "\n".join("<li><p><i>%s</i></p><p>%s</p></li>" % (esc(x["q"]), esc(x["a"])) for x in L["questions"])
    body = """
<table width="100%%"><tr><td><b>Cyngor Sir Glanmorfa</b><br><b>Glanmorfa County Council</b></td>
<td align="right"><font size="2">Swyddfeydd y Cyngor / Council Offices<br>Stryd y Bont, Aberwerin<br>SA72 4GG</font></td></tr></table>
<p><font size="2">Gofynnwch am / Please ask for: Tîm Rhyddid Gwybodaeth / Freedom of Information Team<br>
Ein Cyf / Our Ref: EIR 0415/2024<br>Dyddiad / Date: 05-11-2024</font></p>
<p>Annwyl / Dear Requester,</p>
<p><b>Environmental Information Regulations 2004 &ndash; phosphates and planning in the Afon Gwerin catchment</b></p>
<p>Thank you for your request, received on 08-10-2024. As it concerns the state of water and measures affecting it, we have dealt with it under the Environmental Information Regulations 2004. Our response to each part of your request follows.</p>
<ol type="a">
%s
</ol>
<p><b>Public interest test</b></p>
<p>Regulations 12(5)(b) and 12(5)(e) are subject to the public interest test, and regulation 12(2) requires a presumption in favour of disclosure. The Council recognises the very significant public interest in the phosphate issue. However, it needs to be able to obtain frank legal advice, and to protect the confidential pricing of a contract that will be re-tendered in 2025. In both cases we consider the public interest favours maintaining the exception.</p>
<p>Mae croeso i chi ohebu &acirc;&rsquo;r Cyngor yn Gymraeg. You are welcome to correspond with the Council in Welsh.</p>
<p>If you are unhappy with this response you may request a review under regulation 11 within 40 working days. You may then complain to the Information Commissioner (2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH).</p>
<p>Yn gywir / Yours sincerely</p>
<p>Gwenllian Pryce<br>Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer</p>
""" % items
    return page(body, title="EIR 0415/2024")


LETTERS.append(letter(
    "glanmorfa-cc-EIR-0415-2024.docx", "docx",
    "Glanmorfa County Council", "EIR 0415/2024", "2024-11-05", "2024-10-08", "eir",
    "bilingual letterhead, automatically lettered list (a)-(f) with italic questions",
    ["Welsh/English bilingual letterhead (Cyngor Sir Glanmorfa)",
     "automatic lettered list numbering", "count released, locations withheld reg13(1) (partial)",
     "redacted document attached (partial)",
     "figure quoted from question, only reason given (withheld)",
     "reg 6(1)(b) signpost", "dd-mm-yyyy dates"],
    L13_Q, render_l13))
