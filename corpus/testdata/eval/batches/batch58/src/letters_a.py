from common import Q, add, esc, paras

# ---------------------------------------------------------------------------
# 1. Welsh health board: bilingual letterhead, request in one sentence,
#    answered by topic in prose. LibreOffice PDF.
# ---------------------------------------------------------------------------
q = [
    Q("the number of agency nursing shifts filled across the Board's hospitals in 2024/25",
      "41,286 registered nurse shifts", "released"),
    Q("the total spend on agency nursing in each of 2023/24 and 2024/25",
      "£18.42 million in 2023/24 and £12.95 million in 2024/25", "released"),
    Q("the names of the agencies supplying nurses",
      "Castellan Healthcare, Meridian Nursing Cymru, Tarian Staffing and BlueRiver Medical", "partially_released", ["s43(2)"]),
    Q("whether the Board has a policy on the use of off-framework agencies",
      "Temporary Staffing Escalation Procedure", "released", ["s21(1)"]),
    Q("copies of correspondence with Welsh Government officials about the all-Wales agency price cap",
      "", "withheld", ["s36(2)(b)(ii)", "s36(2)(c)"]),
    Q("the number of complaints received in 2024/25 that concerned care given by agency nurses",
      "", "not_held"),
]
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>HGUHB/FOI/25/0317</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:10.5pt}} h3{{font-size:11pt}} td{{vertical-align:top;font-size:9pt}}</style></head><body>
<table width="100%"><tr>
<td width="50%"><b>Bwrdd Iechyd Prifysgol Hafren a Gwy</b><br>Tŷ Glanhafren, Heol yr Orsaf<br>Y Drenewydd, Powys SY16 9XQ</td>
<td width="50%" align="right"><b>Hafren and Gwy University Health Board</b><br>Glanhafren House, Station Road<br>Newtown, Powys SY16 9XQ</td></tr></table>
<p align="right">Ein cyf / Our ref: HGUHB/FOI/25/0317<br>Eich cyf / Your ref: e-bost / email 14.04.25<br>
Dyddiad / Date: 13 Mai / May 2025<br>Ymholiadau / Enquiries: Rhian Pugh-Llewelyn<br>E-bost / Email: gwybodaeth.information@hafrengwy.example.wales</p>
<p>Annwyl / Dear</p>
<h3>Cais am wybodaeth / Request for information – agency nursing</h3>
<p>Thank you for your request under the Freedom of Information Act 2000 (the Act), which the Health Board received on 16 April 2025.
You asked for {q[0].t}, {q[1].t}, {q[2].t}, and {q[3].t}. You also asked for {q[4].t}, and for {q[5].t}.</p>
<p>I have set out our response below under topic headings rather than in the order of your email.</p>
<h3>Shifts and spend</h3>
<p>In 2024/25, {q[0].a} across Ysbyty Glan Hafren, Ysbyty Bro Gwy and our community hospitals were filled by agency staff.
Expenditure on agency nursing was {q[1].a}. The reduction follows the Board's Nurse Staffing Recovery Plan, which ended the use of
agency staff for planned escalation beds from September 2024.</p>
<h3>Agencies used</h3>
<p>Almost all agency nurses were supplied through the all-Wales framework managed by NHS Wales Shared Services Partnership. The framework
agencies used in 2024/25 were {q[2].a}.</p>
<p>Fewer than 2% of shifts were filled by two agencies that are not on the framework. We have decided to withhold the names of those two
agencies under section 43(2) of the Act, which applies where disclosure would, or would be likely to, prejudice the commercial interests
of any person (including the public authority holding it). Both agencies supply the Board on rates agreed individually; naming them
alongside the share of shifts they filled would allow competitors to infer their pricing and would weaken the Board's position when those
arrangements are next negotiated. Section 43(2) is a qualified exemption. We recognise the public interest in transparency about the use of
off-framework suppliers, and that is served by confirming how many there were and the proportion of shifts they filled. We consider that the
public interest in protecting the Board's ability to obtain value for money outweighs the interest in naming them.</p>
<h3>Off-framework policy</h3>
<p>Yes. The Board's {q[3].a} (version 3, approved October 2024) sets out when an off-framework agency may be used and who must authorise
each booking. The procedure is published on our website, so under section 21(1) of the Act (information reasonably accessible by other means)
we are not required to provide it to you. It can be found at: https://hafrengwy.example.wales/policies/temporary-staffing</p>
<h3>Correspondence with Welsh Government</h3>
<p>The Board holds emails and notes of meetings between its Director of Nursing and officials in the Welsh Government's Nursing Directorate about
the agency price cap. This information is withheld under sections 36(2)(b)(ii) and 36(2)(c) of the Act. The Chief Executive, as the Board's
qualified person, has given her reasonable opinion that disclosure would be likely to inhibit the free and frank exchange of views for the
purposes of deliberation, and would otherwise be likely to prejudice the effective conduct of public affairs, because discussions about the
cap and its enforcement are continuing. In weighing the public interest we took account of the significant sums spent on agency staff and
the value of public understanding of how the cap is being applied. Against this, officials and Board staff need a safe space to discuss
options candidly while policy is still being developed. On balance we have concluded that the public interest favours withholding the
information at this time.</p>
<h3>Complaints</h3>
<p>Our complaints system records the service and ward concerned but not whether any member of staff involved was employed through an agency.
The Board therefore does not hold information that would answer this part of your request.</p>
<h3>Eich hawliau / Your rights</h3>
<p>We welcome correspondence in Welsh and English and will respond in your chosen language without delay, as required by the Welsh
Language Standards. If you are dissatisfied with this response you may ask for an internal review within 40 working days by writing to the
address above. If you remain dissatisfied you may apply to the Information Commissioner under section 50 of the Act: Information
Commissioner's Office – Wales, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.</p>
<p>Yn gywir / Yours sincerely</p>
<p><br>Rhian Pugh-Llewelyn<br>Rheolwr Llywodraethu Gwybodaeth / Information Governance Manager<br>Hafren and Gwy University Health Board</p>
</body></html>"""
add(file="hafren-gwy-uhb-HGUHB-FOI-25-0317.pdf", fmt="pdf-lo",
    authority="Hafren and Gwy University Health Board", reference="HGUHB/FOI/25/0317",
    date="2025-05-13", received="2025-04-16", regime="foia",
    layout="bilingual Welsh/English letterhead; request reported in two sentences; answered in prose under topic headings (LibreOffice PDF)",
    traps=["questions never numbered: in one running sentence", "two questions answered in one paragraph",
           "bilingual date 'Dyddiad / Date: 13 Mai / May 2025' and your-ref date 14.04.25",
           "partial release: framework agencies named, two off-framework names withheld s43(2)",
           "s21(1) signposting", "s36(2)(b)(ii) and 36(2)(c) run", "section 50 in rights boilerplate"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 2. Northern Ireland district council (FOIA): request and answers both in
#    automatically numbered Word lists. DOCX.
# ---------------------------------------------------------------------------
q = [
    Q("The number of fixed penalty notices issued for dog fouling in each of 2022, 2023 and 2024.",
      "2022: 64; 2023: 81; 2024: 57.", "released"),
    Q("The income received from those fixed penalty notices in each year.",
      "2022: £4,120; 2023: £5,380; 2024: £3,640. Unpaid notices are prosecuted in the Magistrates' Court and are not included.", "released"),
    Q("How many enforcement officers the Council employs.",
      "The Council employs six Environmental Enforcement Officers (5.4 full-time equivalent).", "released"),
    Q("The cost to the Council of removing material from, and cleaning up after, bonfire sites in July 2024, broken down by site.",
      "The total cost was £187,450. The breakdown by site is withheld under section 38(1)(a) and (b) – see below.", "partially_released", ["s38(1)(a)", "s38(1)(b)"]),
    Q("The locations of all bonfire sites from which the Council removed material in 2024.",
      "Withheld in full under section 38(1)(a) and (b) – see below.", "withheld", ["s38(1)(a)", "s38(1)(b)"]),
    Q("Copies of any legal advice the Council received about removing bonfire material from Council land.",
      "Withheld under section 42(1) (legal professional privilege) – see below.", "withheld", ["s42(1)"]),
    Q("Whether the Council uses a private contractor to remove bonfire material and, if so, the name of the contractor.",
      "Yes, the Council has used a private contractor since 2021. The contractor's name is withheld under section 38(1)(b) – see below.",
      "partially_released", ["s38(1)(b)"]),
]
req = "\n".join(f"<li>{esc(x.t)}</li>" for x in q)
ans = "\n".join(f"<li>{esc(x.a)}</li>" for x in q)
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>MLSDC/FOI/2025/118</title>
<style>body{{font-family:Cambria,'Liberation Serif';font-size:11pt}}</style></head><body>
<p align="center"><b><font size="5">Mournebridge and Lough Shore District Council</font></b><br>
Civic Centre, 40 Quay Road, Lisnaree, County Down, BT99 4QQ<br>Tel: 0300 555 0199 &nbsp;|&nbsp; foi@mournebridge.example.gov.uk</p>
<hr>
<table width="100%"><tr><td>Our Reference: MLSDC/FOI/2025/118</td><td align="right">Date: 03/06/2025</td></tr></table>
<p>Dear Requester</p>
<p><b><u>Freedom of Information Act 2000 – Request for Information</u></b></p>
<p>I refer to your request dated 8 May 2025, which was received by the Council on that date. You requested the following information:</p>
<ol>
{req}
</ol>
<p><b>Council Response</b></p>
<p>The Council holds information within the scope of your request. The responses below follow the order of your request.</p>
<ol>
{ans}
</ol>
<p><b>Section 38 – Health and Safety</b></p>
<p>Section 38(1) provides that information is exempt if its disclosure would, or would be likely to, (a) endanger the physical or mental
health of any individual, or (b) endanger the safety of any individual. Material has been removed from a number of sites in recent years
in circumstances of considerable community tension. Contractors engaged in this work, and Council staff, have received threats, and
vehicles have been damaged. Identifying the sites concerned, the cost incurred at each, or the company undertaking the work would be likely
to expose those individuals to a real risk of intimidation and harm. The Council has weighed the public interest in accountability for
the spending of public money, which it has sought to meet by releasing the total cost, against the strong public interest in protecting
the safety of staff and contractors, and has concluded that the balance favours withholding the site-level information and the contractor's identity.</p>
<p><b>Section 42 – Legal Professional Privilege</b></p>
<p>The advice requested was provided by the Council's legal advisers in confidence for the purpose of giving legal advice and attracts
legal advice privilege. There is a strong inherent public interest in the Council being able to obtain full and frank legal advice.
The advice remains live and relevant to decisions the Council will take before July 2025. The public interest favours maintaining the exemption.</p>
<p>If you are dissatisfied with the handling of your request you may ask for an internal review by writing to the Information Governance
Officer at the address above within 40 working days of the date of this letter. If you remain dissatisfied after the review, you may
apply to the Information Commissioner's Office, 3rd Floor, 14 Cromac Place, Belfast BT7 2JB.</p>
<p>Yours sincerely</p>
<p><br>Ciarán Mulholland<br>Information Governance Officer</p>
</body></html>"""
add(file="mournebridge-dc-MLSDC-FOI-2025-118.docx", fmt="docx",
    authority="Mournebridge and Lough Shore District Council", reference="MLSDC/FOI/2025/118",
    date="2025-06-03", received="2025-05-08", regime="foia",
    layout="restated request in an automatically numbered Word list, answers in a second automatically numbered list, then exemption sections (DOCX)",
    traps=["HARD: question and answer numbers exist only as Word automatic numbering", "dd/mm/yyyy date",
           "partial release: total given, site breakdown withheld s38(1)(a)(b)",
           "partial release: contractor confirmed, name withheld s38(1)(b)", "s42(1)", "Northern Ireland ICO address"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 3. Northern Ireland police service: Request N / Answer, NCND explained at
#    length for two requests. Chromium PDF.
# ---------------------------------------------------------------------------
q = [
    Q("Please provide the total amount paid by the Service to covert human intelligence sources (CHIS) in each calendar year from 2020 to 2024.",
      "", "ncnd", ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]),
    Q("How many times were drones (RPAS) deployed at parades or related protests during 2024?",
      "The Service deployed Remotely Piloted Aircraft Systems at 37 parades and associated protest events during 2024.", "released"),
    Q("Are any of the Service's drones fitted with facial recognition technology?",
      "No. None of the Service's RPAS is fitted with, or linked to, live or retrospective facial recognition software.", "released"),
    Q("Has the Service used IMSI catchers or similar mobile phone interception equipment at any time since 2022?",
      "", "ncnd", ["s23(5)", "s24(2)", "s30(3)", "s31(3)"]),
    Q("How many officers are trained as RPAS pilots, broken down by policing district?",
      "There are 58 trained RPAS pilots across the Service.", "partially_released", ["s31(1)(a)", "s31(1)(b)"]),
]
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>F-2025-01873</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm; }}
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35; }}
.mark {{ text-align:center; font-weight:bold; letter-spacing:2px; }}
.hdr {{ display:flex; justify-content:space-between; border-bottom:2px solid #0b2a4a; padding-bottom:6px; }}
.crest {{ font-size:15pt; font-weight:bold; color:#0b2a4a; }}
h4 {{ margin:14px 0 4px 0; color:#0b2a4a; }}
.q {{ font-style: italic; }}
</style></head><body>
<div class="mark">OFFICIAL [PUBLIC]</div>
<div class="hdr"><div><div class="crest">Northern Ireland Police Service</div>Corporate Information Branch<br>Brooklands House, 65 Knock Road, Belfast BT5 6ZZ</div>
<div style="text-align:right">FOI Request Number: F-2025-01873<br>Friday 20th June 2025</div></div>
<p>Dear Applicant</p>
<p><b>FREEDOM OF INFORMATION ACT 2000 – COVERT TACTICS AND RPAS</b></p>
<p>Northern Ireland Police Service (NIPS) has now completed its search for the information you requested on 22 May 2025. The decision
has been made in accordance with the Freedom of Information Act 2000 (FOIA). Where this response withholds information, or neither
confirms nor denies that it is held, this letter serves as a Refusal Notice under section 17(1) of the Act.</p>
<h4>Request 1</h4><p class="q">{q[0].t}</p>
<h4>Answer</h4><p>Please see the explanation given after Request 4, which applies to Requests 1 and 4 together.</p>
<h4>Request 2</h4><p class="q">{q[1].t}</p>
<h4>Answer</h4><p>{q[1].a}</p>
<h4>Request 3</h4><p class="q">{q[2].t}</p>
<h4>Answer</h4><p>{q[2].a}</p>
<h4>Request 4</h4><p class="q">{q[3].t}</p>
<h4>Answer – Requests 1 and 4</h4>
<p>NIPS can neither confirm nor deny that it holds any information relevant to Requests 1 and 4 by virtue of the following exemptions:</p>
<p>Section 23(5) – Information supplied by, or concerning, certain Security Bodies<br>
Section 24(2) – National Security<br>Section 30(3) – Investigations and Proceedings Conducted by Public Authorities<br>
Section 31(3) – Law Enforcement</p>
<p>Section 23 is a class-based absolute exemption and there is no requirement to consider the public interest. Sections 24, 30 and 31 are
qualified exemptions; sections 24 and 31 are also prejudice-based, so NIPS must evidence the harm that confirming or denying would cause
and consider the public interest.</p>
<p><b>Overall Harm</b></p>
<p>The Police Service does not routinely comment on the use of covert tactics or the use made of covert human intelligence sources.
To confirm or deny whether information is held about payments to sources, or about the deployment of a particular category of
equipment, would reveal whether the Service has, or does not have, the capability in question. Requests of this kind are received by
police services across the United Kingdom. If NIPS confirmed that information was held, and another force in response to a similar
request denied holding it, a picture would quickly emerge of where capabilities exist and where they do not. Individuals intent on
committing crime, including those involved in terrorism, would use that picture to adapt their behaviour and to target areas they
perceived to be less well protected. Confirming or denying whether payments are made to sources would also place individuals who
assist policing at risk, because those engaged in criminality would be more likely to search for informants within their own networks.</p>
<p><b>Public Interest Test</b></p>
<p><i>Factors favouring confirmation or denial:</i> Confirming or denying would inform public debate about the use of public money
and about intrusive tactics, and would provide reassurance that the Service is using all lawful means to keep people safe.</p>
<p><i>Factors against confirmation or denial:</i> Confirmation or denial would undermine ongoing investigations and the Service's
ability to gather intelligence; it would assist those intent on avoiding detection; and it could place the lives of individuals at
risk. National security in Northern Ireland remains at SUBSTANTIAL, and any disclosure that assists terrorist groups carries an
exceptionally high public interest against it.</p>
<p><b>Balance Test</b></p>
<p>Although there is a public interest in openness about how policing is carried out, the Service will not place individuals at risk
or undermine law enforcement and national security. The balance therefore lies in neither confirming nor denying that information is held.</p>
<p>No inference can be taken from this refusal that information does or does not exist. This response should not be taken as conclusive
evidence that any information that would meet your request exists or does not exist.</p>
<h4>Request 5</h4><p class="q">{q[4].t}</p>
<h4>Answer</h4>
<p>{q[4].a} The breakdown of pilots by policing district is withheld under section 31(1)(a) and (b) of the Act (prevention or detection of crime;
apprehension or prosecution of offenders). Publishing the number of pilots available in each district would show where air support
resilience is thinner and could be exploited by those planning offences; the overall figure meets the public interest in knowing the
scale of the capability.</p>
<p>If you are dissatisfied with this response you have the right to request an internal review within 40 working days by writing to the
Corporate Information Branch at the address above. If you remain dissatisfied, you may complain to the Information Commissioner's Office.</p>
<p>Yours sincerely</p>
<p><b>Siobhán McKeown</b><br>Corporate Information Branch<br>Northern Ireland Police Service</p>
<div class="mark">OFFICIAL [PUBLIC]</div>
</body></html>"""
add(file="nips-F-2025-01873.pdf", fmt="pdf-chrome",
    authority="Northern Ireland Police Service", reference="F-2025-01873",
    date="2025-06-20", received="2025-05-22", regime="foia",
    layout="Request N / Answer headings; one NCND explanation for Requests 1 and 4 placed after Request 4 (Chromium PDF)",
    traps=["NCND explained at length for two requests at once", "answer for Request 1 deferred to after Request 4",
           "s23(5), s24(2), s30(3), s31(3) listed on separate lines", "section 17(1) refusal-notice mention is not a stance",
           "partial release: total pilots given, district breakdown withheld s31(1)(a)(b)", "OFFICIAL markings", "ordinal date with weekday"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 4. English town council: two questions, plain text.
# ---------------------------------------------------------------------------
q = [
    Q("What was the total cost of the town's Christmas lights in 2024, including installation and removal?",
      "£14,870 (excluding VAT): £9,200 for the hire of the lights and £5,670 for installation, testing and removal.", "released"),
    Q("Which company supplied and installed the lights?",
      "Festive Illuminations (Weald) Ltd, under a three-year agreement running from 2023 to 2025.", "released"),
]
body = f"""HURSTLEIGH TOWN COUNCIL
The Old Corn Exchange, Market Square, Hurstleigh, West Sussex RH99 1AX
Town Clerk: Mrs J. Ashdown CiLCA          Telephone 01444 555 017

Our ref:  HTC-FOI-07/25
Date:     12.03.2025


Dear Sir/Madam,

Re: Freedom of Information request – Christmas lights

Thank you for your email of 24 February 2025. The Town Council has dealt with your
request under the Freedom of Information Act 2000 and the answers are below.

1.  {q[0].t}

    {q[0].a}

2.  {q[1].t}

    {q[1].a}

The lights scheme is reported each year to the Finance and General Purposes
Committee; the minutes of the meeting held on 20 January 2025 are on the Council's
website if you would like more background.

If you are unhappy with the way your request has been handled, please write to me
and the matter will be reviewed by the Council's Staffing Committee. You also have
the right to complain to the Information Commissioner, Wycliffe House, Water Lane,
Wilmslow, Cheshire SK9 5AF.

Yours faithfully,


J. Ashdown
Town Clerk and Responsible Financial Officer
"""
add(file="hurstleigh-tc-HTC-FOI-07-25.txt", fmt="txt",
    authority="Hurstleigh Town Council", reference="HTC-FOI-07/25",
    date="2025-03-12", received="2025-02-24", regime="foia",
    layout="short town-clerk letter, numbered question then indented answer (plain text)",
    traps=["dotted date 12.03.2025", "only two questions", "received = date of requester's email"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 5. Parish council: questions never numbered, answered in prose. Markdown.
# ---------------------------------------------------------------------------
q = [
    Q("a copy of the minutes of the part of the 14 January 2025 meeting from which press and public were excluded",
      "released with the names of two residents redacted", "partially_released", ["s40(2)"]),
    Q("how much the council paid the locum clerk between October and December 2024",
      "£3,412.50", "released"),
    Q("whether any complaints have been received this year about the Church Lane allotments",
      "none", "released"),
    Q("a copy of the current clerk's contract of employment",
      "", "withheld", ["s40(2)"]),
]
body = f"""# Little Wendlebury Parish Council

*Clerk to the Council: Mr Owain Tranter · 3 Mill Cottages, Little Wendlebury, Oxfordshire OX99 7LW · clerk@littlewendlebury-pc.example.org.uk*

---

**Ref:** LWPC/2025/02
**Tuesday 8th April 2025**

Dear Mx Harrington,

## Your request for information

Thank you for your email, which the council received on 17 March 2025. You asked for {q[0].t}, {q[1].t}, {q[2].t}, and {q[3].t}. The council considered your request at its meeting on 1 April and I am now able to reply.

The minutes of the confidential item are attached. The item concerned a dispute over a boundary hedge, and two residents who raised the matter are named in the minutes. Their names have been redacted because they are personal data and releasing them would not be fair to them; the council relies on section 40(2) of the Freedom of Information Act 2000 for these redactions. Everything else in that part of the minutes has been released.

The locum clerk was paid {q[1].a} for the period from October to December 2024, covering 91 hours at the agreed hourly rate together with mileage. As for the allotments, there have been {q[2].a} this year: the council has not received a single complaint about the Church Lane site since 1 January.

The council does hold the clerk's contract of employment, but it has decided not to release it. It contains the clerk's home address, pay point and other terms that relate only to him as an individual, and he would have no expectation that it would be published. It is withheld under section 40(2). The clerk's salary band is published each year in the council's statement of accounts.

If you are not satisfied with this reply you may ask the council to review it; please write to the Chair, Cllr Gwen Fairbrother, at the address above. You may also complain to the Information Commissioner's Office (ico.org.uk).

Yours sincerely,

**Owain Tranter**
Clerk and Proper Officer, Little Wendlebury Parish Council
"""
add(file="little-wendlebury-pc-LWPC-2025-02.md", fmt="md",
    authority="Little Wendlebury Parish Council", reference="LWPC/2025/02",
    date="2025-04-08", received="2025-03-17", regime="foia",
    layout="parish clerk's letter in markdown: request in one sentence, answers in running prose paragraphs",
    traps=["HARD: questions never numbered", "two answers in one paragraph",
           "'none' is a released zero, not not-held", "partial release: minutes with names redacted s40(2)",
           "council meeting date 1 April and meeting date 14 January inside text"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 6. Combined authority disclosure-log HTML page with a merged-cell table.
# ---------------------------------------------------------------------------
q = [
    Q("How many bus routes are currently operated under franchise contracts?", "42 routes (Tranche 1, from 1 September 2024).", "released"),
    Q("What was the total cost of the bus franchising assessment?", "£2.86 million, incurred between 2021 and 2023.", "released"),
    Q("Which consultancy firms were engaged on the franchising assessment?", "Harrow & Kell Transport Economics; Northline Legal LLP; Stanegate Advisory.", "released"),
    Q("What was the value of each consultancy contract?", "", "withheld", ["s43(2)"]),
    Q("What daily rates were paid to each consultancy?", "", "withheld", ["s43(2)"]),
    Q("Please provide draft versions of the franchising report presented to the Mayor's Transport Committee.", "", "withheld", ["s36(2)(b)(i)", "s36(2)(b)(ii)"]),
    Q("Please provide any assessment of the risk of legal challenge by bus operators.", "", "withheld", ["s42(1)"]),
    Q("What were the passenger numbers on franchised services in the 2024/25 year?", "", "released", ["s22(1)"]),
]
rows = f"""
<tr><td>1</td><td>{q[0].t}</td><td>{q[0].a}</td></tr>
<tr><td>2</td><td>{q[1].t}</td><td>{q[1].a}</td></tr>
<tr><td>3</td><td>{q[2].t}</td><td>{q[2].a}</td></tr>
<tr><td>4</td><td>{q[3].t}</td><td rowspan="2">Questions 4 and 5: information held but withheld under section 43(2) (commercial interests).
The contracts were let competitively and the rates reflect each firm's pricing strategy; disclosure would prejudice the firms' position in
current tenders for other authorities and our own position when Tranche 2 support is procured. The aggregate cost is given at Question 2.</td></tr>
<tr><td>5</td><td>{q[4].t}</td></tr>
<tr><td>6</td><td>{q[5].t}</td><td>Withheld under section 36(2)(b)(i) and (ii). The Authority's qualified person (the Monitoring Officer) considers
that release of drafts would be likely to inhibit the free and frank provision of advice and exchange of views. The final report is published.</td></tr>
<tr><td>7</td><td>{q[6].t}</td><td>Withheld under section 42(1): legal advice privilege applies to the advice of external counsel.</td></tr>
<tr><td>8</td><td>{q[7].t}</td><td>This information will be published in the Authority's Annual Transport Report in September 2025. We are therefore
applying section 22(1) (information intended for future publication) and consider it reasonable to withhold it until then.</td></tr>"""
body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FOI response AVCA-FOI-2025-0442: Bus franchising consultancy | Aire Valley Combined Authority</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}} header{{background:#5a1f5c;color:#fff;padding:10px 20px}}
nav a{{color:#fff;margin-right:14px}} .crumbs{{font-size:13px;padding:8px 20px;background:#eee}}
main{{padding:10px 20px;max-width:900px}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:5px;vertical-align:top}}
#cookie{{background:#fffbe0;border:1px solid #e0c000;padding:10px;margin:10px}} footer{{background:#333;color:#ccc;padding:14px 20px;font-size:13px}}
aside{{float:right;width:220px;font-size:13px;border-left:1px solid #ccc;padding-left:10px}}
</style></head><body>
<div id="cookie">We use cookies to make this site work and to understand how you use it. <button>Accept all cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">Cookie settings</a></div>
<header><strong>Aire Valley Combined Authority</strong>
<nav><a href="/">Home</a><a href="/transport">Transport</a><a href="/skills">Skills</a><a href="/housing">Housing</a><a href="/about">About us</a><a href="/search">Search</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/about">About us</a> &gt; <a href="/about/foi">Freedom of information</a> &gt; <a href="/about/foi/log">Disclosure log</a> &gt; AVCA-FOI-2025-0442</div>
<main>
<aside><h3>Related responses</h3><ul><li><a href="#">AVCA-FOI-2024-0917 Bus franchising: consultation costs</a></li><li><a href="#">AVCA-FOI-2025-0108 Mayoral bus fare cap</a></li></ul>
<p>Disclosure log entries are published about four weeks after we reply.</p></aside>
<h1>Bus franchising: consultancy contracts</h1>
<dl><dt>Reference</dt><dd>AVCA-FOI-2025-0442</dd><dt>Request received</dt><dd>4 April 2025</dd><dt>Response sent</dt><dd>2 May 2025</dd><dt>Published</dt><dd>30 May 2025</dd><dt>Category</dt><dd>Transport</dd></dl>
<h2>Response</h2>
<p>Thank you for your request for information under the Freedom of Information Act 2000. Our answers are set out in the table below.</p>
<table><tr><th>No.</th><th>You asked</th><th>Our response</th></tr>{rows}
</table>
<h3>Public interest</h3>
<p>Sections 22, 36(2)(b) and 43(2) are qualified exemptions. In each case we considered the public interest in transparency about
significant public expenditure on franchising against the interests protected by the exemption, and concluded that the balance favours
withholding the information for now. Section 42 is also qualified; the strong inherent interest in legal professional privilege is not
outweighed here.</p>
<h3>Your rights</h3>
<p>If you are unhappy with this response you can ask for an internal review by emailing foi@airevalley-ca.example.gov.uk within 40 working days. You can then
complain to the Information Commissioner if you remain dissatisfied.</p>
<p>Information Governance Team<br>Aire Valley Combined Authority</p>
</main>
<footer>Aire Valley Combined Authority, Wellington House, 40-50 Wellington Street, Leeds LS99 2DE · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · © 2025 Aire Valley Combined Authority</footer>
</body></html>"""
add(file="aire-valley-ca-AVCA-FOI-2025-0442.html", fmt="html",
    authority="Aire Valley Combined Authority", reference="AVCA-FOI-2025-0442",
    date="2025-05-02", received="2025-04-04", regime="foia",
    layout="disclosure-log web page: metadata list, three-column table (No. | You asked | Our response) with a merged response cell",
    traps=["merged (rowspan) cell answers Questions 4 and 5", "published date differs from response date",
           "related-response references in sidebar", "s22(1) future publication counts as released",
           "s36(2)(b)(i) and (ii) run", "cookie banner, breadcrumbs, footer"],
    parts=[q], body=body)
