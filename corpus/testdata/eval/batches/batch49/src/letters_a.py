# Letters 1-12 of batch b49.  All authorities, people, figures and references
# are invented.  "questions" is the truth: (id, stance, applied exemptions).

LETTERS = []

# ---------------------------------------------------------------- 1
LETTERS.append(dict(
    file="teifi-valley-uhb-foi-0187.pdf",
    format="lo-pdf",
    title="TVUHB FOI 0187-25",
    authority="Teifi Valley University Health Board",
    reference="TVUHB-FOI-0187-25",
    date="2025-03-03",
    received="2025-02-05",
    regime="foia",
    layout="interleaved Q1/A1 with bilingual (Welsh/English) letterhead",
    traps=["bilingual letterhead and date line", "partial release: agency names given, amounts withheld s43(2)",
           "s21 signpost to a published policy", "not recorded at ward level = not held"],
    css="body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; } h2 { font-size: 12pt; color: #00594f; }",
    body="""
Bwrdd Iechyd Prifysgol Dyffryn Teifi
Teifi Valley University Health Board

>> Swyddfa Rhyddid Gwybodaeth / Freedom of Information Office
>> Ysbyty Glan Teifi, Heol y Bont, Llanfair-ar-Deifi SA47 9XT
>> Ffôn / Tel: 01970 555 214

Ein cyf / Our ref: TVUHB-FOI-0187-25
Dyddiad / Date: 3 Mawrth 2025 / 3 March 2025

Annwyl / Dear

# Freedom of Information Act 2000 – Agency nurse staffing

Thank you for your request, which reached the Health Board on 5 February 2025. You are welcome to correspond with us in Welsh or English; corresponding in Welsh will not lead to a delay.

Each of your questions is set out below, followed by the Health Board's answer.

**Q1. What was the Health Board's total expenditure on agency nursing staff in the financial year 2023/24?**

A1. Total expenditure on registered and unregistered agency nursing in 2023/24 was £14,682,310.

**Q2. Please name the five agencies on which the Health Board spent the most in 2023/24, and state the amount paid to each.**

A2. The five agencies, in alphabetical order, were: Bridgewell Clinical Staffing Ltd; Cymru Care Professionals; Harbourline Nursing; MedRota UK; and Pennant Healthcare Recruitment. The amount paid to each individual agency is withheld under section 43(2) of the Act (commercial interests). Rates are negotiated with each agency and disclosure of the spend with each would allow competitors to infer our pricing position ahead of the all-Wales framework re-tender in 2025. We have weighed the public interest in transparency about public money, which we consider is largely met by the total at A1, against the prejudice to our ability to obtain value for money, and concluded that the balance favours withholding the individual amounts.

**Q3. What was the highest hourly rate paid to an agency for a registered nurse shift?**

A3. This information is withheld in full under section 43(2), for the reasons given at A2. A single highest rate would identify the agency concerned and the premium it was able to charge on an off-framework basis.

**Q4. How many shifts were filled by off-framework agencies in 2023/24?**

A4. 2,914 shifts.

**Q5. Please provide the agency spend broken down by ward.**

A5. The Health Board does not hold agency spend at ward level. Agency costs are coded to the directorate cost centre, not to individual wards, so no information is held in the form requested.

**Q6. Please provide a copy of your policy on the use of temporary staffing.**

A6. The Temporary Staffing Policy (version 4.1) is published on our website, so we are not providing a copy under section 21 of the Act, which covers information reasonably accessible by other means: https://tvuhb.example.wales/policies/temporary-staffing

If you are unhappy with this response you may ask for an internal review by writing to the address above within 40 working days. If you remain dissatisfied you may then apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.

Yn gywir / Yours sincerely

Gwenllian Pryce
Rheolwr Llywodraethu Gwybodaeth / Information Governance Manager
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "partially_released", ["s43(2)"]),
        ("P1.Q3", "withheld", ["s43(2)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "not_held", []),
        ("P1.Q6", "released", ["s21"]),
    ],
))

# ---------------------------------------------------------------- 2
LETTERS.append(dict(
    file="nhs-glenmorven-foi-25-0412.pdf",
    format="chromium-pdf",
    title="NHS Glenmorven FOI/25/0412",
    authority="NHS Glenmorven",
    reference="FOI/25/0412",
    date="2025-03-12",
    received="2025-02-14",
    regime="foisa",
    layout="You asked / Our response headings",
    traps=["FOISA numbering (s25, s27, s30(b)(i), s38(1)(b))", "not held without any section cited",
           "partial release with age withheld", "complaint-rights boilerplate citing s20 and s47",
           "numeric dates dd/mm/yyyy"],
    css="body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; margin: 0 10mm; } h2 { color: #003087; font-size: 13pt; } h3 { font-size: 10.5pt; margin-bottom: 2pt; } table.qa { width: 70%; }",
    body="""
NHS Glenmorven
Board Headquarters, Kilbride House, Dunmore Road, Invercraig IV31 6PL
foi.glenmorven@nhs.example.scot

>> Date of response: 12/03/2025
>> Our reference: FOI/25/0412
>> Date received: 14/02/2025

Dear Requester

# Freedom of Information (Scotland) Act 2002 – request for information

Thank you for your email about delayed discharge. NHS Glenmorven has now completed its search for the information. Our answers follow, under each of your questions.

## You asked:
1. How many bed days were lost to delayed discharge in 2024, broken down by hospital?

## Our response:
The figures for calendar year 2024 are:

| Hospital | Bed days lost |
|---|---|
| Invercraig Royal Infirmary | 21,406 |
| Glenmorven General Hospital | 9,877 |
| Strathlorn Community Hospital | 3,112 |

## You asked:
2. What was the longest single delay in days, and how old was the patient concerned?

## Our response:
The longest single delay recorded in 2024 was 214 days. We are unable to give you the age of the patient. Combined with the length of delay and the hospital, the age would make the individual identifiable, and it is therefore exempt under section 38(1)(b) of FOISA (personal information). This is an absolute exemption and no public interest test applies.

## You asked:
3. How much did the Board spend on interim care home placements for delayed patients?

## Our response:
NHS Glenmorven does not hold this information. Interim placements are commissioned and paid for by the Glenmorven Health and Social Care Partnership's social work budget, not by the Board. You may wish to ask Glenmorven Council, which hosts the budget.

## You asked:
4. Please send me the Board's current delayed discharge action plan.

## Our response:
The plan was published with the Board papers for the meeting of 30 January 2025 (item 7.2). As it is already available to you, section 25(1) of FOISA applies and we are not required to provide it again: https://www.glenmorven.example.scot/board/2025-01-30

## You asked:
5. How many patients were delayed in 2024 while awaiting a guardianship order under the Adults with Incapacity (Scotland) Act 2000?

## Our response:
23 patients.

## You asked:
6. Please provide the minutes of the Whole System Flow Group for 2024.

## Our response:
The 2024 minutes are being prepared for publication on our website by the end of April 2025. We are therefore applying section 27(1) of FOISA (information intended for future publication). We consider it reasonable to withhold the minutes until then, because publication is already planned and the work to prepare them is under way; the public interest is served by the planned publication.

## You asked:
7. Please provide any correspondence between the Board and the Scottish Government about the delayed discharge target in 2024.

## Our response:
We hold this correspondence but it is withheld under section 30(b)(i) of FOISA, because its release would substantially inhibit the free and frank provision of advice between Board officials and Scottish Government officials while the target remains under active discussion. We accept there is a public interest in how performance targets are set, but we have concluded that the public interest in maintaining the exemption outweighs it at this time.

If you are unhappy with this response, you have the right under section 20(1) of FOISA to ask us for a review within 40 working days. If you remain dissatisfied following a review, you can apply to the Scottish Information Commissioner under section 47(1). An appeal to the Court of Session on a point of law is also possible.

Yours sincerely

Information Governance Team
NHS Glenmorven
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "partially_released", ["foisa:s38(1)(b)"]),
        ("P1.Q3", "not_held", []),
        ("P1.Q4", "released", ["foisa:s25(1)"]),
        ("P1.Q5", "released", []),
        ("P1.Q6", "released", ["foisa:s27(1)"]),
        ("P1.Q7", "withheld", ["foisa:s30(b)(i)"]),
    ],
))

# ---------------------------------------------------------------- 3
LETTERS.append(dict(
    file="npca-foi-0093-bus-franchising.docx",
    format="docx",
    title="NPCA-FOI-0093",
    authority="North Pennine Combined Authority",
    reference="NPCA-FOI-0093",
    date="2025-02-21",
    received="2025-01-24",
    regime="foia",
    layout="two-column question | answer table (Word table)",
    traps=["table layout in DOCX", "s36(2)(b)(i) and (ii) run", "s22(1) future publication counted as released",
           "redacted minutes: partial s40(2)+s43(2)", "day-of-week date"],
    colwidths=["45%", "55%"],
    css="body { font-family: Calibri, 'Carlito', sans-serif; font-size: 11pt; }",
    body="""
NORTH PENNINE COMBINED AUTHORITY
Office of the Mayor of the North Pennines
Tyne Quay House, 4 Riverside Walk, Hexley NE46 2RW

Information Governance | foi@northpennine-ca.example.gov.uk

Request reference: NPCA-FOI-0093
Friday 21 February 2025

Dear Requester,

**Your request for information about bus franchising**

Your request was received on 24 January 2025 and has been handled under the Freedom of Information Act 2000. The table below sets out each part of your request alongside our response.

| Your request | Our response |
|---|---|
| 1. How much has the Combined Authority spent on external consultancy for the bus franchising assessment to date? | £1,843,600 (excluding VAT) up to 31 December 2024. |
| 2. Which consultancies were engaged? | Ardent Transport Economics Ltd, Calloway Partners LLP and Northgate Legal. |
| 3. Please provide a copy of the full franchising assessment. | The assessment will be published in full with the papers for the Combined Authority Board on 26 March 2025. We are withholding it until then under section 22(1) (information intended for future publication). |
| 4. Please provide the advice given to the Mayor by her policy adviser on a £2 fare cap. | Withheld. The Authority's qualified person (the Monitoring Officer) is of the opinion that disclosure would be likely to inhibit the free and frank provision of advice and the exchange of views for deliberation. Sections 36(2)(b)(i) and 36(2)(b)(ii) therefore apply. Details of the public interest test are set out below the table. |
| 5. How many responses were received to the franchising consultation? | 6,412 responses (5,977 online, 435 paper or email). |
| 6. Please provide patronage figures for each bus operator for 2023/24. | Withheld under section 43(2). Operators supplied this data in confidence during the assessment, and it would reveal their commercial performance route by route to competitors. |
| 7. On what dates did the Mayor meet bus operators in 2024? | 14 February, 9 May, 18 July, 3 October and 5 December 2024. |
| 8. Please provide the minutes of those meetings. | The minutes are attached with redactions. Names of junior operator staff are redacted under section 40(2) (personal information) and fare and cost projections supplied by operators under section 43(2) (commercial interests). |

**Public interest test – section 36**

Factors in favour of disclosure: the public has a legitimate interest in understanding how a significant transport policy is developed.

Factors in favour of withholding: policy development on the fare cap is live, and advisers need a safe space to give candid views. Disclosure now would be likely to make future advice more guarded.

On balance, the Authority considers that the public interest favours maintaining the exemption.

**Your right to complain**

You may ask for an internal review within 40 working days of the date of this letter by writing to the address above. You may then complain to the Information Commissioner.

Kind regards,

Priya Ramsbottom
Information Governance Officer
North Pennine Combined Authority
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", ["s22(1)"]),
        ("P1.Q4", "withheld", ["s36(2)(b)(i)", "s36(2)(b)(ii)"]),
        ("P1.Q5", "released", []),
        ("P1.Q6", "withheld", ["s43(2)"]),
        ("P1.Q7", "released", []),
        ("P1.Q8", "partially_released", ["s40(2)", "s43(2)"]),
    ],
))

# ---------------------------------------------------------------- 4
LETTERS.append(dict(
    file="westmarch-opfcc-2025-041.docx",
    format="docx",
    title="OPFCC Westmarch 2025/041",
    authority="Office of the Police, Fire and Crime Commissioner for Westmarch",
    reference="OPFCC 2025/041",
    date="2025-01-29",
    received="2024-12-31",
    regime="foia",
    layout="restate (auto-numbered list), then answers in prose by topic",
    traps=["answers grouped by topic, not by question number", "auto-numbered list in DOCX",
           "partial: senior names released, junior names withheld s40(2)", "s21 signpost",
           "no official vehicle = not held"],
    css="body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; } h2 { font-size: 13pt; text-decoration: underline; } h3 { font-size: 12pt; font-style: italic; }",
    body="""
Office of the Police, Fire and Crime Commissioner for Westmarch
Bramley House, 22 Castle Street, Westmarch WM1 4HE

OFFICIAL

Our Ref: OPFCC 2025/041
29th January 2025

Dear

# Request for Information

I write in response to your email of 31st December 2024, in which you asked:

1. What is the salary of the Chief Executive of the OPFCC?
2. How many staff does the OPFCC employ (FTE)?
3. Please list the hospitality received by the Commissioner in 2024.
4. Please give the names of all OPFCC staff who attended the Westmarch Community Safety Awards dinner in November 2024.
5. How much was spent on the Commissioner's official vehicle in 2024, including fuel?

I have dealt with your questions by topic below.

## Pay and staffing

The Chief Executive is paid on a spot salary of £101,250 a year. The office employs 27.4 full-time equivalent staff, including the Chief Executive and the Chief Finance Officer; a structure chart is on our website.

## Hospitality and the awards dinner

The Commissioner's register of gifts and hospitality is published quarterly, and as it is reasonably accessible to you I am relying on section 21 of the Freedom of Information Act rather than reproducing it here: www.westmarch-pfcc.example.gov.uk/transparency/hospitality

Six members of the office attended the awards dinner. The Commissioner, the Chief Executive and the Head of Communications, Ms Dana Whitlock, attended as hosts; their attendance is part of their public-facing roles. The names of the other three attendees, who are junior members of staff, are withheld under section 40(2), as they would not expect their attendance at an evening event to be made public and disclosure would breach the first data protection principle.

## Vehicles

The Commissioner does not have an official vehicle. He uses his own car and claims mileage at the standard rate, which is shown in the published expenses. The OPFCC therefore holds no information about spending on an official vehicle.

If you are dissatisfied with the handling of your request you may ask for an internal review by writing to the Chief Executive within 40 working days. If you are still not satisfied you can complain to the Information Commissioner.

Yours faithfully

Martin Oyelaran
Governance and Compliance Manager
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", ["s21"]),
        ("P1.Q4", "partially_released", ["s40(2)"]),
        ("P1.Q5", "not_held", []),
    ],
))

# ---------------------------------------------------------------- 5
LETTERS.append(dict(
    file="ashcombe-magna-town-council-christmas-lights.txt",
    format="txt",
    wrap=76,
    title="Ashcombe Magna TC",
    authority="Ashcombe Magna Town Council",
    reference="AMTC/FOI/25/03",
    date="2025-03-14",
    received="2025-02-20",
    regime="foia",
    layout="plain email; questions asked in prose, numbered only by the clerk",
    traps=["questions never numbered by the requester", "short-month date format", "not held (no complaints log)",
           "answer elsewhere: risk assessment attached"],
    body="""
From: Town Clerk <clerk@ashcombemagna-tc.example.org.uk>
Sent: 14 Mar 2025 10:42
Subject: RE: Freedom of Information - Christmas lights [AMTC/FOI/25/03]

Dear

Thank you for your email of 20 Feb 2025. You wrote:

"Could you tell me how much the town council spent on the Christmas lights last year, who supplied and put them up, how many complaints you got about them being switched on so late, and could I have a copy of the risk assessment for the switch-on event?"

I have taken these as four questions and answered them in the same order.

1. The council spent £8,946.00 on the Christmas lights in 2024 (hire, installation, removal and the electrical safety certificate).

2. The lights were supplied and installed by Festive Illuminations (Wessex) Ltd under a three-year agreement that began in 2023.

3. The council does not keep a record of complaints of this kind. Comments made in person or on social media were not logged, so I am afraid we hold no information on the number of complaints.

4. A copy of the risk assessment for the switch-on event on 30 November 2024 is attached.

If you are not happy with how your request has been handled you may ask the council to review it; please write to me in the first instance. You can also contact the Information Commissioner's Office.

Best wishes

Helen Tregear
Town Clerk and Responsible Financial Officer
Ashcombe Magna Town Council
The Guildhall, Market Place, Ashcombe Magna, Dorset DT9 4QS
Tel 01963 555 018
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "not_held", []),
        ("P1.Q4", "released", []),
    ],
))

# ---------------------------------------------------------------- 6
LETTERS.append(dict(
    file="nasa-foi2025-01733.md",
    format="md",
    title="NASA FOI2025/01733",
    authority="National Apprenticeship Standards Agency",
    reference="FOI2025/01733",
    date="2025-04-07",
    received="2025-03-10",
    regime="foia",
    layout="restate (bullets), then one response block refusing the whole request on cost",
    traps=["one costly question refuses the whole request", "central-government limit £600 / 24 hours",
           "section 16 advice and assistance is not an exemption", "an earlier request reference quoted"],
    body="""
# National Apprenticeship Standards Agency

An executive agency of the Department for Skills and Employment
Quayside Place, 9 Wharf Road, Coventry CV1 4XY

---

**Our reference:** FOI2025/01733
**Your earlier request:** FOI2024/11920
**Date:** 7 April 2025

Dear Requester,

## Freedom of Information request: apprenticeship standard withdrawals

Thank you for your request dated 10 March 2025. You asked for the following information:

- the number of apprenticeship standards withdrawn since 1 April 2020;
- the number of apprentices on programme on each of those standards at the date of withdrawal;
- for each of those apprentices, whether they were moved to a replacement standard, and the reason recorded in their case file if they were not;
- the total cost to the Agency of administering the withdrawals.

## Our decision

We have concluded that the cost of complying with your request would exceed the appropriate limit, so we are refusing it under section 12(1) of the Freedom of Information Act 2000.

The appropriate limit for central government is £600, which represents 24 hours of staff time at the statutory rate of £25 an hour. When several questions on the same subject are asked together, the cost of answering all of them may be aggregated.

The third part of your request is the one that takes the request over the limit. Outcomes for individual apprentices are not recorded in a reportable field. They sit in free-text notes within each case file, and 4,112 case files relate to withdrawn standards. Even at a conservative estimate of three minutes per file, reviewing them would take around 205 hours. Because the limit applies to the request as a whole, we are not providing the information for the other parts either.

## Advice and assistance

Under section 16 of the Act we are required to offer advice and assistance. You may wish to submit a new request without the third part; the number of withdrawn standards and on-programme apprentices may then be possible within the limit. Please note that the number of withdrawn standards is also published in our annual *Standards Review* report.

## Your rights

If you are dissatisfied with the handling of your request you can ask for an internal review by emailing foi.review@nasa.example.gov.uk within 40 working days. If you are still unhappy after the review, you may complain to the Information Commissioner under section 50 of the Act.

Yours sincerely,

**Freedom of Information Team**
National Apprenticeship Standards Agency
""",
    questions=[
        ("P1.Q1", "refused", ["s12(1)"]),
        ("P1.Q2", "refused", ["s12(1)"]),
        ("P1.Q3", "refused", ["s12(1)"]),
        ("P1.Q4", "refused", ["s12(1)"]),
    ],
))

# ---------------------------------------------------------------- 7
LETTERS.append(dict(
    file="saltmarsh-harbour-eir-25-07.pdf",
    format="lo-pdf",
    title="Saltmarsh Harbour Authority EIR 25/07",
    authority="Saltmarsh Harbour Authority",
    reference="EIR 25/07",
    date="2025-01-28",
    received="2025-01-02",
    regime="eir",
    layout="interleaved Request n / Response",
    traps=["EIR regime (reg 6(1)(b), 12(4)(a), 12(5)(e), 13)", "two partial releases",
           "ordinal dates", "statutory text quoted for reg 12(5)(e)"],
    css="body { font-family: 'Liberation Sans', Helvetica, sans-serif; font-size: 10pt; } h2 { font-size: 11pt; background: #dfe8f0; padding: 3px; }",
    body="""
PORT OF SALTMARSH
Saltmarsh Harbour Authority
Harbour Office, The Strand, Saltmarsh-on-Sea, Norfolk NR25 7JB
Harbour Master: Capt. R. Ellingham

EIR 25/07

28th January 2025

Dear

**Environmental Information Regulations 2004 – maintenance dredging**

We received your request on 2nd January 2025. Because it concerns dredging and the marine environment, we have dealt with it under the Environmental Information Regulations 2004 ("the EIR") rather than the Freedom of Information Act.

## Request 1

The volume of maintenance dredging carried out in each of 2022, 2023 and 2024.

Response: 2022 – 61,200 m³; 2023 – 58,450 m³; 2024 – 73,900 m³ (wet volume, from the dredging contractor's returns).

## Request 2

The results of sediment sampling carried out before each dredging campaign.

Response: The sample results are submitted with our marine licence applications and are published on the Marine Management Organisation's public register. As they are already publicly available and easily accessible to you, regulation 6(1)(b) applies and we will not provide a further copy. Search the register for licence L/2022/00417 and its variations.

## Request 3

The name of the contractor used to dispose of dredged material, and the value of its contract.

Response: The contractor is Breydon Marine Services Ltd. The value of the contract is withheld under regulation 12(5)(e). Regulation 12(5)(e) provides that a public authority may refuse to disclose information to the extent that its disclosure would adversely affect "the confidentiality of commercial or industrial information where such confidentiality is provided by law to protect a legitimate economic interest". The contract is due for re-tender in the summer and disclosure of its value would harm the Authority's negotiating position and the contractor's. We have applied the presumption in favour of disclosure in regulation 12(2), but consider the public interest favours withholding the contract value.

## Request 4

The number of complaints received about noise from dredging in 2024, and the names of the complainants.

Response: We received 11 complaints about noise from dredging in 2024. The names of the complainants are their personal data and are withheld under regulation 13(1); disclosure would be unfair and would contravene the data protection principles.

## Request 5

A copy of the environmental impact assessment for the 2019 berth extension.

Response: The Authority does not hold this information. The assessment was commissioned and held by the developer, Saltmarsh Quay Developments Ltd, and was submitted to the planning authority. We are therefore applying regulation 12(4)(a) (information not held when the request was received). You may wish to contact North Norfolk Coast District Council, which determined the application.

## Request 6

Any bird survey data for the estuary collected since 2022.

Response: Please find attached the wintering bird counts for 2022/23 and 2023/24 carried out on our behalf.

If you are dissatisfied, you may ask for a reconsideration under regulation 11 within 40 working days. If you are still dissatisfied, you may contact the Information Commissioner's Office.

Yours faithfully

S. Amadi
Port Secretary & Data Protection Lead
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", ["reg6(1)(b)"]),
        ("P1.Q3", "partially_released", ["reg12(5)(e)"]),
        ("P1.Q4", "partially_released", ["reg13(1)"]),
        ("P1.Q5", "not_held", ["reg12(4)(a)"]),
        ("P1.Q6", "released", []),
    ],
))

# ---------------------------------------------------------------- 8
LETTERS.append(dict(
    file="kingsmere-learning-partnership-foi-25-02.docx",
    format="docx",
    title="KLP FOI 25-02",
    authority="Kingsmere Learning Partnership",
    reference="KLP FOI 25-02",
    date="2025-02-25",
    received="2025-01-28",
    regime="foia",
    layout="restate (auto-numbered list), then grouped answers out of order",
    traps=["grouped answers (Questions 1 and 2; Questions 4 and 6)", "answers not in request order",
           "auto-numbered list in DOCX", "not recorded separately = not held"],
    css="body { font-family: 'Carlito', Calibri, sans-serif; font-size: 11pt; } h2 { color: #5b2a86; font-size: 14pt; }",
    body="""
# Kingsmere Learning Partnership
A multi-academy trust serving nine schools in north Hertfordshire
Trust Central Office, Kingsmere Academy, Old Forge Lane, Hitchworth SG5 8RN

Reference: KLP FOI 25-02
Date: 25/02/2025

Dear Requester

**Freedom of Information request received 28/01/2025**

You asked the Trust for the following:

1. The salary of the Trust's Chief Executive Officer for 2023/24.
2. The employer pension contributions made for the CEO in 2023/24.
3. The number of Trust employees paid more than £100,000 in 2023/24.
4. The names and salaries of each of those employees.
5. The number of settlement agreements the Trust has entered into with staff in the last three years.
6. The amounts paid under each of those settlement agreements.
7. The cost of legal advice obtained in connection with settlement agreements.

**Questions 1 and 2**
The CEO's salary fell in the band £140,001–£145,000 and employer pension contributions were £33,180. Both figures are published in note 9 of the Trust's audited annual accounts for the year ended 31 August 2024, which are available on our website and at Companies House. Under section 21 of the Freedom of Information Act we are directing you to that source: https://www.kingsmere-lp.example.org.uk/governance/accounts

**Question 3**
Three employees, including the CEO.

**Question 5**
Four settlement agreements between February 2022 and January 2025.

**Questions 4 and 6**
We are withholding this information under section 40(2) of the Act. Salaries of named individuals below the level of the CEO, and the sums paid under individual settlement agreements, are personal data. The individuals have a reasonable expectation that this information will remain confidential, and settlement agreements contain confidentiality clauses. Disclosure would therefore be unfair and in breach of Article 5(1)(a) UK GDPR.

**Question 7**
The Trust does not hold this information. Legal advice is bought under a retained HR and employment law service, and the cost is not recorded separately for settlement agreements.

If you are unhappy with this response you can ask for an internal review by contacting the Trust's Data Protection Officer at dpo@kingsmere-lp.example.org.uk. You may then contact the Information Commissioner.

Yours sincerely

Rachel Obi
Chief Operating Officer
""",
    questions=[
        ("P1.Q1", "released", ["s21"]),
        ("P1.Q2", "released", ["s21"]),
        ("P1.Q3", "released", []),
        ("P1.Q4", "withheld", ["s40(2)"]),
        ("P1.Q5", "released", []),
        ("P1.Q6", "withheld", ["s40(2)"]),
        ("P1.Q7", "not_held", []),
    ],
))

# ---------------------------------------------------------------- 9
RMIS_SITE = dict(template="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Royal Museum of Industry and Science</title>
<style>
body {{ font-family: Georgia, serif; margin: 0; color: #222; }}
header {{ background: #1b1b1b; color: #fff; padding: 12px 24px; }}
header a {{ color: #f2c14e; margin-right: 14px; text-decoration: none; }}
.cookie {{ background: #fffbe6; border-bottom: 1px solid #e0c860; padding: 10px 24px; font-family: Arial, sans-serif; font-size: 13px; }}
.crumbs {{ font-size: 13px; padding: 8px 24px; font-family: Arial, sans-serif; }}
main {{ max-width: 820px; padding: 0 24px 40px; }}
aside {{ font-family: Arial, sans-serif; font-size: 13px; border-left: 3px solid #f2c14e; padding-left: 10px; margin: 20px 0; }}
footer {{ background: #eee; padding: 20px 24px; font-family: Arial, sans-serif; font-size: 12px; }}
</style>
</head>
<body>
<div class="cookie" role="dialog" aria-label="Cookie consent">
<p>We use cookies to understand how you use our website and to improve your visit. Some are essential; others help us with analytics and ticket sales. <button>Accept all cookies</button> <button>Reject non-essential</button> <a href="/cookies">Cookie settings</a></p>
</div>
<header>
<strong>Royal Museum of Industry and Science</strong><br>
<nav><a href="/visit">Visit</a><a href="/whats-on">What's on</a><a href="/collection">Collection</a><a href="/learning">Learning</a><a href="/about">About us</a><a href="/tickets">Book tickets</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> › <a href="/about">About us</a> › <a href="/about/transparency">Transparency</a> › <a href="/about/transparency/foi-log">FOI disclosure log</a> › {title}</div>
<main>
<h1>{title}</h1>
<aside>Published to our disclosure log on 17 January 2025. Category: Collections and security. Personal information about the requester has been removed.</aside>
<article>
{body}
</article>
<p><a href="/about/transparency/foi-log">← Back to the disclosure log</a></p>
</main>
<footer>
<p>Royal Museum of Industry and Science is a non-departmental public body sponsored by the Department for Culture, Media and Sport. Registered office: Foundry Hall, Canal Street, Manchester M4 7ZZ.</p>
<p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy notice</a> · <a href="/freedom-of-information">Freedom of information</a> · <a href="/modern-slavery">Modern slavery statement</a> · <a href="/contact">Contact us</a></p>
<p>© Royal Museum of Industry and Science 2025. Free entry – donations welcome.</p>
</footer>
</body>
</html>
""")

LETTERS.append(dict(
    file="rmis-disclosure-log-foi-00218.html",
    format="html",
    site=RMIS_SITE,
    title="FOI-00218: Loans, thefts and security",
    authority="Royal Museum of Industry and Science",
    reference="FOI-00218",
    date="2025-01-10",
    received="2024-12-11",
    regime="foia",
    layout="disclosure-log web page, REQUEST / RESPONSE blocks",
    traps=["site navigation, breadcrumbs, cookie banner and footer around the letter",
           "publication date on the log differs from the response date", "s38(1)(a)(b) run",
           "partial release with locations withheld s31(1)(a)", "s22(1) and s21 counted as released"],
    body="""
Our ref: FOI-00218
Date of response: 10 January 2025

Dear Requester,

Thank you for your request of 11 December 2024. The Museum's response to each element is set out below.

**REQUEST 1**
How many objects did the Museum lend to other institutions in 2023-24?

**RESPONSE**
142 objects were lent to 31 borrowing institutions in the financial year 2023-24.

**REQUEST 2**
What is the insurance valuation of the Halloway Beam Engine?

**RESPONSE**
We hold this information but it is withheld under section 31(1)(a) (prevention of crime) and section 43(2) (commercial interests). A valuation would identify the object as a target for theft, and would prejudice the Museum's position in negotiating indemnity and commercial insurance cover.

**REQUEST 3**
How many security officers are on duty at the Manchester site overnight?

**RESPONSE**
Withheld. Security staffing levels are exempt under section 31(1)(a) because disclosure would be likely to assist anyone planning a crime against the collection. We also rely on sections 38(1)(a) and (b), as disclosure would be likely to endanger the safety of staff on duty. The public interest in both exemptions favours withholding.

**REQUEST 4**
How many thefts from displays have there been in the last five years?

**RESPONSE**
Two.

**REQUEST 5**
Please describe each item stolen and where in the Museum it was displayed.

**RESPONSE**
The items were a brass ship's chronometer (2021) and a set of three Victorian telegraph keys (2023). Both have been reported to the Art Loss Register. We are not disclosing the galleries or display cases concerned: this information is withheld under section 31(1)(a), as it would reveal which displays have proved vulnerable.

**REQUEST 6**
How many visitors did the Museum have in 2024?

**RESPONSE**
Visitor figures are published monthly by DCMS in its sponsored museums statistics. Section 21 applies, as the information is reasonably accessible to you: https://www.gov.example.uk/dcms-museum-visits

**REQUEST 7**
How many repatriation claims has the Museum received since 2019?

**RESPONSE**
Three claims have been received, in 2020, 2022 and 2024. One (2022) was resolved by the return of the object; two remain under consideration.

**REQUEST 8**
Please provide the correspondence with the claimants.

**RESPONSE**
This correspondence is withheld under section 27(1)(a), as two of the claims are being pursued through the claimant state's government and disclosure would be likely to prejudice relations between the United Kingdom and that state.

**REQUEST 9**
Please provide the Board of Trustees' minutes where the claims were discussed.

**RESPONSE**
The Board minutes for 2024 will be published on our website after the Board approves them at its meeting on 6 February 2025. We are therefore applying section 22(1) (information intended for future publication) to this part. Minutes for earlier years are already on our website.

You have the right to ask for an internal review. Please write to foi@rmis.example.org.uk within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner.

Yours sincerely,
Collections Information and Compliance Team
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "withheld", ["s31(1)(a)", "s43(2)"]),
        ("P1.Q3", "withheld", ["s31(1)(a)", "s38(1)(a)", "s38(1)(b)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "partially_released", ["s31(1)(a)"]),
        ("P1.Q6", "released", ["s21"]),
        ("P1.Q7", "released", []),
        ("P1.Q8", "withheld", ["s27(1)(a)"]),
        ("P1.Q9", "released", ["s22(1)"]),
    ],
))

# ---------------------------------------------------------------- 10
LETTERS.append(dict(
    file="eastmoor-police-foi-000713-25.pdf",
    format="chromium-pdf",
    title="Eastmoor Police FOI 000713/25",
    authority="Eastmoor Police",
    reference="FOI 000713/25",
    date="2025-03-18",
    received="2025-02-19",
    regime="foia",
    layout="interleaved questions and answers with a grouped NCND block",
    traps=["grouped NCND for questions 3 and 5 with s23(5), s24(2), s31(3)",
           "police 'should not be taken as an indication' wording", "OFFICIAL marking repeated on every page",
           "harm and public interest sections"],
    css="@page { size: A4; margin: 20mm 16mm 20mm 16mm; @top-center { content: 'OFFICIAL'; font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 10pt; } @bottom-center { content: 'Eastmoor Police \\2013  Protecting our communities, together'; font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #666; } @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; } } body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.5pt; } h2 { font-size: 11pt; }",
    body="""
EASTMOOR POLICE
Information Access Unit
Force Headquarters, Moorgate Road, Ashbury EM4 2TJ

>> Your Reference: none given
>> Our Reference: FOI 000713/25
>> Date: 18/03/2025

Dear

# Freedom of Information Request

I write in connection with your request for information, received on 19/02/2025, concerning surveillance technology. Your questions and our responses are below.

**1. Does Eastmoor Police use live facial recognition?**

No. Eastmoor Police has not deployed live facial recognition.

**2. How many retrospective facial recognition searches were carried out in 2024?**

1,208 searches were carried out against the Police National Database in 2024.

**3. Does the force use IMSI catchers (cell site simulators)?**

Please see the response to questions 3 and 5 below.

**4. How many directed surveillance authorisations were granted under RIPA in 2024?**

86 authorisations.

**5. Which companies supply the force with covert audio recording equipment?**

**Response to questions 3 and 5**

Eastmoor Police can neither confirm nor deny that it holds any information relevant to these questions, by virtue of the following exemptions:

Section 23(5) – Information supplied by, or concerning, certain Security Bodies
Section 24(2) – National Security
Section 31(3) – Law Enforcement

Sections 24 and 31 are prejudice-based, qualified exemptions, and we must evidence the harm in confirming or denying that information is held and consider the public interest. Section 23 is an absolute class-based exemption.

## Harm

Confirming or denying whether the force uses any specialist covert technique, or which suppliers it works with, would reveal to criminals and terrorists the tactical capability of the force. Over time, answers to similar requests across the country would build a picture of where such techniques are, or are not, in use.

## Public interest considerations

Factors favouring confirmation or denial: confirming whether information is held would inform public debate about surveillance and the use of public money.

Factors against confirmation or denial: confirming or denying would undermine the effectiveness of covert tactics, to the benefit of those engaged in serious crime, and would compromise national security.

On balance, the public interest lies in neither confirming nor denying that information is held. This response should not be taken as conclusive evidence that any information that would meet your request does or does not exist.

## Complaint rights

If you are dissatisfied, you may ask for an internal review within 40 working days by writing to the Information Access Unit. If you are still dissatisfied you may complain to the Information Commissioner.

Yours sincerely

Kieran Holt
Information Access Officer
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "ncnd", ["s23(5)", "s24(2)", "s31(3)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "ncnd", ["s23(5)", "s24(2)", "s31(3)"]),
    ],
))

# ---------------------------------------------------------------- 11
GLANFORD_BANNER = """!! GLANFORD CONSTABULARY
!! Proud to serve – safer roads, safer streets"""

LETTERS.append(dict(
    file="glanford-constabulary-gc-foi-2025-0219.pdf",
    format="lo-gs-pdf",
    title="GC/FOI/2025/0219",
    authority="Glanford Constabulary",
    reference="GC/FOI/2025/0219",
    date="2025-03-07",
    received="2025-02-11",
    regime="foia",
    layout="decision paragraph naming exempt questions by part, harm/public interest, then answers for the rest",
    traps=["request in two parts with numbering restarting", "same question text in both parts",
           "decision paragraph lists exempt questions by number and part", "banner repeated on each page",
           "Section 31(1)(a)(b) = two exemptions plus s24(1)", "partial release of contact: job title given, name withheld s40(2)",
           "Ghostscript re-distilled PDF"],
    css="body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; } p.banner { font-size: 9pt; }",
    body="""
Chief Constable Helen Marsh
Force Headquarters
Saxby Road
Glanford
GL7 3PD

7th March 2025

Dear

FREEDOM OF INFORMATION REQUEST – GC/FOI/2025/0219 ICT contracts

I refer to your request for information received by Glanford Constabulary on 11th February 2025. I note you seek access to the following information:

The first part of my request relates to digital evidence management systems (storage and sharing of body-worn video, CCTV and other digital media).

1. Incumbent supplier: who supplies the system?
2. Annual spend: what is the average annual spend over the last three years?
3. Contract expiry: when does the contract expire?
4. Contract review: when will the contract be reviewed?
5. Contact details: who in the organisation is responsible for the contract? Please give name, job title and email.
6. How many body-worn video cameras are currently deployed?
7. How much data (in terabytes) is held in the system?

The second part of my request relates to data centre hosting.

1. Incumbent supplier: who supplies the data centre hosting?
2. Where are the force's data centres located?
3. Annual spend: what is the average annual spend over the last three years?
4. Contract expiry: when does the contract expire?
5. Contact details: who in the organisation is responsible for the contract? Please give name, job title and email.

~~~

""" + GLANFORD_BANNER + """

Your request has now been considered. I can confirm that Glanford Constabulary holds information relevant to your request; however, I am applying Section 24(1) and Section 31(1)(a)(b) to questions 1, 3 and 6 in part 1 of your request and to questions 1, 2 and 4 in part 2.

Section 24(1) National Security
Section 31(1)(a)(b) Law Enforcement

Evidence of Harm

Disclosing the suppliers, contract end dates and locations of police ICT systems would allow those intent on attacking policing infrastructure to identify systems, time attacks around contract changes and locate physical assets. The number of body-worn cameras in use would reveal the extent of the force's evidence-gathering capability. Forces answer similar requests, and the combined answers would give a national picture of vulnerabilities.

Public Interest Test

Factors favouring disclosure – Section 24: disclosure would show how public money is spent on protecting police systems. Section 31: the public would be better informed about the efficiency of police ICT procurement.

Factors favouring non-disclosure – Section 24: disclosure would assist those who wish to disrupt national policing infrastructure. Section 31: law enforcement would be compromised if systems were attacked or evidence lost.

Balance Test

While there is a public interest in transparency about police spending, the security of policing systems and the evidence they hold must take precedence. The balance of the public interest lies in withholding the information.

~~~

""" + GLANFORD_BANNER + """

The responses to the remaining questions are provided below.

Part 1

Question 2 – £212,400 a year on average (2022/23 to 2024/25).

Question 4 – The contract is reviewed annually in April.

Question 5 – Head of Digital Policing. The name of the post-holder is withheld under Section 40(2) (personal information); correspondence can be sent to ict.contracts@glanford.police.example.uk.

Question 7 – No information held. The volume of data is not recorded for this system separately from the force's overall storage.

Part 2

Question 3 – £486,900 a year on average.

Question 5 – Head of Digital Policing. The name is withheld under Section 40(2), as above. Email: ict.contracts@glanford.police.example.uk.

Complaint Rights

Your attention is drawn to the enclosed sheet, which details your right of complaint.

Yours sincerely

A. Worsley
Disclosure Officer, Information Compliance Unit

""" + GLANFORD_BANNER + """
""",
    questions=[
        ("P1.Q1", "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "partially_released", ["s40(2)"]),
        ("P1.Q6", "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
        ("P1.Q7", "not_held", []),
        ("P2.Q1", "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
        ("P2.Q2", "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
        ("P2.Q3", "released", []),
        ("P2.Q4", "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
        ("P2.Q5", "partially_released", ["s40(2)"]),
    ],
))

# ---------------------------------------------------------------- 12
LETTERS.append(dict(
    file="hollinbrook-dc-internal-review-ir-2025-004.txt",
    format="txt",
    wrap=80,
    title="Hollinbrook IR/2025/004",
    authority="Hollinbrook District Council",
    reference="IR/2025/004",
    date="2025-02-03",
    received="2024-11-15",
    regime="foia",
    layout="internal review: original decision and review outcome per question",
    traps=["internal review: stance is the review outcome", "original reference FOI-24-1187 quoted",
           "original s43(2) overturned for Q2, upheld for Q3, varied for Q4",
           "received = date of the original request"],
    body="""
HOLLINBROOK DISTRICT COUNCIL
Legal and Democratic Services
Civic Centre, Station Approach, Hollinbrook, Lincs LN11 6DW

Internal Review Ref: IR/2025/004
Original Request Ref: FOI-24-1187
Date: 3 February 2025

Dear

INTERNAL REVIEW - LEISURE CENTRE MANAGEMENT CONTRACT

I have now completed the internal review you asked for on 6 January 2025. I was not involved in the original response. Your original request, received by the Council on 15 November 2024, asked:

1. The name of the company that operates Hollinbrook Leisure Centre.
2. The management fee paid to the operator in 2023/24.
3. The wording of the profit-share clause in the contract.
4. Copies of the operator's annual performance reports for 2022/23 and 2023/24.

The Council's response of 13 December 2024 gave the name of the operator and withheld the remaining information under section 43(2) of the Freedom of Information Act (commercial interests).

Outcome of the review

Question 1 - The original response (Fusion Active Leisure Trust) was correct and is not affected by this review.

Question 2 - I have concluded that the original decision was not correct. The management fee is reported in the Council's published statement of accounts in aggregate form, and its disclosure would not now prejudice the operator's commercial interests. AMENDED RESPONSE: the management fee paid in 2023/24 was £384,000.

Question 3 - The original decision is upheld. The profit-share clause sets out the operator's pricing model and thresholds, which are commercially sensitive ahead of the 2026 re-procurement, and section 43(2) continues to apply. The public interest in maintaining the exemption outweighs the public interest in disclosure.

Question 4 - The original decision is partly upheld. AMENDED RESPONSE: the performance reports are now released to you with redactions. The operator's staffing costs and membership pricing forecasts remain withheld under section 43(2); the rest of each report is disclosed.

If you remain dissatisfied you may apply to the Information Commissioner for a decision. The Commissioner's contact details are: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.

Yours sincerely

Deborah Ashworth
Solicitor and Deputy Monitoring Officer
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["s43(2)"]),
        ("P1.Q4", "partially_released", ["s43(2)"]),
    ],
))
