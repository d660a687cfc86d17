from common import q, qs, R, NH, html_page

LETTERS = []

# ---------------------------------------------------------------- L01
LETTERS.append(dict(
    file="wexcombe-cc-foi-2025-04417.txt", fmt="txt",
    authority="Wexcombe County Council", reference="FOI/2025/04417",
    date="2025-03-03", received="2025-02-05", regime="foia",
    layout="restate then answer, keyed Q1: answers",
    traps=["s21 signpost to published manual", "not held for one question",
           "s50 named in complaint boilerplate", "financial-year periods in questions"],
    questions=qs(1, [R, R, R, R, NH, ("released", ["s21"])]),
    body="""WEXCOMBE COUNTY COUNCIL
Information Governance Team
County Hall, Market Lane, Wexcombe, WX1 4RT
Tel: 01632 960 441   foi@wexcombe.gov.uk

Our reference:  FOI/2025/04417
Date:           3 March 2025


Dear Requester,

Freedom of Information Act 2000 - Highways: carriageway defects

Thank you for your request received on 5 February 2025. You asked:

   "Q1. How many pothole repairs did the council complete in the financial
    year 2023/24?
    Q2. What was the total spend on pothole repairs in 2023/24?
    Q3. How many claims for vehicle damage caused by potholes did the council
    receive in 2023/24?
    Q4. How many of those claims were paid, and what was the total paid out?
    Q5. What was the average time between a Category 2 defect being reported
    and it being repaired?
    Q6. Please provide a copy of the council's Highway Inspection Manual."

Our response is set out below.

Q1: 14,382 pothole repairs were completed between 1 April 2023 and 31 March
2024. This figure includes permanent and temporary repairs.

Q2: £3,712,906 (capital and revenue combined).

Q3: 612 claims were received.

Q4: 141 claims were settled, with total payments of £58,904.17. Some claims
received in 2023/24 remain open and may be settled in a later year.

Q5: The council does not hold this information. Category 2 defects are
scheduled into routine works programmes and the date each one is completed is
not recorded against the original report, so an average cannot be produced
from our records.

Q6: This information is reasonably accessible to you by other means and is
therefore exempt under section 21 of the Act. The current Highway Inspection
Manual (version 7, adopted October 2023) is published at:
https://www.wexcombe.gov.uk/roads/highway-inspection-manual

If you are unhappy with the way your request has been handled you may ask for
an internal review by writing to the address above within 40 working days of
the date of this letter. If you remain dissatisfied after the review you may
apply to the Information Commissioner under section 50 of the Freedom of
Information Act 2000 (Wycliffe House, Water Lane, Wilmslow, SK9 5AF).

Yours sincerely

Priya Castellane
Information Governance Officer
Wexcombe County Council
"""))

# ---------------------------------------------------------------- L02
_dun_banner_footer = "DUNMERE CONSTABULARY · Investors in People – GOLD · Keeping Dunmere Safe"
LETTERS.append(dict(
    file="dunmere-constabulary-foi-0387-25.pdf", fmt="lo-pdf",
    authority="Dunmere Constabulary", reference="FOI 0387/25",
    date="2025-03-14", received="2025-02-19", regime="foia",
    layout="decision paragraph naming exempt questions by part, then harm/PIT, then answers for the rest",
    traps=["parts whose numbering restarts", "repeated award footer on every page",
           "Section 31 (1) (a)(b) spaced form", "s40(2) mentioned but not applied",
           "not recorded separately = not held"],
    questions=(qs(1, [("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                      NH,
                      ("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                      ("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                      R,
                      ("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                      R,
                      ("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"])])
               + qs(2, [("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                        ("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                        ("withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
                        R, R])),
    header="OFFICIAL",
    footer=_dun_banner_footer,
    body="""
<p style="text-align:right">Information Access Unit<br>Dunmere Constabulary<br>Force Headquarters<br>Ravensholt Road<br>Dunmere<br>DN4 7QE</p>
<p style="text-align:right">14th March 2025</p>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION REQUEST – FOI 0387/25 – ANPR and body-worn video contracts</b></p>
<p>I write in connection with your request for information received by Dunmere Constabulary on the 19th of February 2025. I note you seek access to the following information:</p>
<p><i>The first part of my request relates to contracts for the maintenance and support of Automatic Number Plate Recognition (ANPR) cameras. For each contract please provide:</i></p>
<p><i>1. Incumbent Supplier: the name of the supplier of the contract.<br>
2. Annual Average Spend: the annual average spend (over 3 years) for each supplier.<br>
3. Contract Duration: the duration of the contract, including any extensions.<br>
4. Contract Expiry: the date the contract expires.<br>
5. Contract Review: the date the contract will next be reviewed.<br>
6. Contract Description: a brief description of the services provided.<br>
7. Contact Details: the person within the organisation responsible for the contract – full name, job title, telephone and email. At the very least their job title.<br>
8. Number of cameras: the total number of fixed ANPR cameras operated by the force.</i></p>
<p><i>The second part of my request relates to body-worn video (BWV) devices and associated software. For each contract please provide:</i></p>
<p><i>1. Incumbent Supplier.<br>
2. Annual Average Spend.<br>
3. Contract Expiry.<br>
4. Contract Description.<br>
5. Contact Details: the person responsible for the contract.</i></p>
<p>Your request has now been considered and I can confirm that Dunmere Constabulary does hold information relevant to your request. However, I am applying the exemptions at Section 24 (1) National Security and Section 31 (1) (a)(b) Law Enforcement to questions 1, 3, 4, 6 and 8 in part 1 of your request and to questions 1 – 3 in part 2 of your request. This letter serves as a refusal notice under section 17 of the Act for those questions.</p>
<p>Section 24(1) provides that information is exempt if exemption is required for the purpose of safeguarding national security.</p>
<p>Section 31(1)(a) and (b) exempt information whose disclosure would, or would be likely to, prejudice the prevention or detection of crime and the apprehension or prosecution of offenders.</p>
<p>You did not ask for the names of individual junior staff and I have therefore not needed to consider section 40(2) (personal information) in this response.</p>
<p><b>Evidence of Harm</b></p>
<p>ANPR is a key tactic in the detection of travelling criminals, organised crime groups and those who pose a threat to national security. Identifying the supplier, the contract dates and the number of fixed cameras would allow the force's coverage, and the points at which that coverage is likely to be renewed or interrupted, to be mapped. When combined with similar disclosures from neighbouring forces, a picture of the national ANPR infrastructure could be assembled, which would be of value to those who wish to evade detection.</p>
<p>Body-worn video evidence is stored on systems connected to the force network. Naming the supplier and the contract timescales would assist anyone intending to target those systems through social engineering or a supply-chain attack.</p>
<p><b>Public Interest Test</b></p>
<p><i>Factors favouring disclosure</i> – Disclosure would show how public money is spent on policing technology and would allow the public to judge whether the force obtains value for money.</p>
<p><i>Factors favouring non-disclosure</i> – The release of this information would undermine the effectiveness of ANPR as a law enforcement tool and would increase the risk of attack on force systems. Any reduction in the ability of the force to prevent and detect crime is not in the public interest.</p>
<p><b>Balance Test</b></p>
<p>While there is a public interest in transparency about police spending, I have concluded that the balance lies firmly in favour of non-disclosure for the questions identified above.</p>
<p>The response to questions 2, 5 and 7 in part 1 and questions 4 and 5 in part 2 is provided below.</p>
<p><b>Part 1</b></p>
<p>Question 2 – No information held. The ANPR maintenance charge forms part of a wider managed-service contract and the cost is not recorded separately.</p>
<p>Question 5 – The contract is reviewed annually each April by the Technology Services Board.</p>
<p>Question 7 – Head of Technology Services. Contact can be made via ict.commercial@dunmere.police.uk</p>
<p><b>Part 2</b></p>
<p>Question 4 – Supply, licensing and support of body-worn video devices, docking stations and the associated digital evidence management software.</p>
<p>Question 5 – Digital Policing Programme Manager, via ict.commercial@dunmere.police.uk</p>
<p>Whilst every care has been taken in the retrieval of this information, please do contact us if you have any queries about the data provided.</p>
<p><b>Complaint Rights</b></p>
<p>Details of your right to request an internal review, and to complain to the Information Commissioner, are set out on the attached sheet.</p>
<p>Yours sincerely</p>
<p>T. Oyelaran<br>Disclosure Officer<br>Information Access Unit</p>
"""))

# ---------------------------------------------------------------- L03
_hl_rows = [
    ("1. What was the Trust's total expenditure on agency nursing staff in the financial year 2023/24?",
     "£8,214,550 (registered and unregistered nursing agency combined)."),
    ("2. Please list the five agencies the Trust spent the most with in 2023/24 and the amount spent with each.",
     "The five agencies, in alphabetical order, were: Brightwell Clinical Staffing, CarePoint Nursing, Halden Medical Recruitment, NurseLink Direct and Vantage Healthcare People. The amount spent with each agency is withheld under section 43(2) – see the section headed Exemptions below."),
    ("3. What was the highest hourly rate paid to an agency nurse during 2023/24?",
     "Withheld under section 43(2) (commercial interests) – see Exemptions below."),
    ("4. How many physical assaults on staff were reported on the Trust's incident reporting system in 2023/24?",
     "417"),
    ("5. Of those assaults, how many were reported to the police?",
     "38"),
    ("6. How many staff took sickness absence following an assault, broken down by ward?",
     "27 members of staff took sickness absence following an assault in 2023/24. We are unable to provide the breakdown by ward because the numbers for individual wards are fewer than five and staff could be identified; this detail is withheld under section 40(2)."),
    ("7. Does the Trust employ dedicated security staff in its Emergency Department? If so, how many?",
     "Yes. The Emergency Department at Harrowfield General Hospital has 6.0 WTE security officers covering 24 hours a day."),
    ("8. Please provide a copy of the Trust's current policy on the prevention and management of violence and aggression.",
     "Please see the attached document, Prevention and Management of Violence and Aggression Policy (v4.2)."),
]
_hl_table = "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in _hl_rows)
LETTERS.append(dict(
    file="harrowfield-lyne-nhsft-FOI-25-0219.pdf", fmt="chrome-pdf",
    authority="Harrowfield and Lyne NHS Foundation Trust", reference="FOI-25-0219",
    date="2025-03-07", received="2025-02-11", regime="foia",
    layout="two-column question | answer table, exemption reasons after the table",
    traps=["table cells wrapping over several lines", "partial releases inside table cells",
           "answer attached", "reasons section after the answers", "numeric dd/mm/yyyy dates"],
    questions=qs(1, [R, ("partially_released", ["s43(2)"]), ("withheld", ["s43(2)"]), R, R,
                     ("partially_released", ["s40(2)"]), R, R]),
    body=html_page(css="""
@page { size: A4; margin: 22mm 18mm 25mm 18mm; @bottom-center { content: "Harrowfield and Lyne NHS Foundation Trust – Caring · Kind · Together – Chair: Dr Helena Marsh · Chief Executive: Paul Okafor"; font-size: 8pt; color: #005EB8; } }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; }
.logo { text-align: right; color: #005EB8; font-weight: bold; font-size: 15pt; }
.logo small { display:block; font-size: 9pt; color:#333; font-weight: normal; }
table.qa { border-collapse: collapse; width: 100%; margin: 10px 0; }
table.qa td, table.qa th { border: 1px solid #555; padding: 5px; vertical-align: top; width: 50%; }
table.qa th { background: #dde6f2; text-align: left; }
.foot { position: fixed; bottom: -16mm; left: 0; right: 0; text-align: center; font-size: 8pt; color: #005EB8; }
.meta td { padding: 1px 10px 1px 0; }
""", title="FOI-25-0219", body="""
<div class="logo">Harrowfield and Lyne<br>NHS Foundation Trust<small>Freedom of Information Office, Trust Headquarters, Lyne Road, Harrowfield HF2 9LP<br>foi@harrowfieldlyne.nhs.uk</small></div>
<table class="meta">
<tr><td>Our ref:</td><td>FOI-25-0219</td></tr>
<tr><td>Your request dated:</td><td>10/02/2025</td></tr>
<tr><td>Received:</td><td>11/02/2025</td></tr>
<tr><td>Date:</td><td>07/03/2025</td></tr>
</table>
<p>Dear Sir or Madam</p>
<p><b>Request under the Freedom of Information Act 2000 – agency nursing and violence against staff</b></p>
<p>Thank you for your email. The Trust has now completed its search for the information you requested. Our responses are shown against each of your questions in the table below.</p>
<table class="qa"><tr><th>Your request</th><th>Trust response</th></tr>""" + _hl_table + """</table>
<h4>Exemptions</h4>
<p><b>Section 43(2) – commercial interests (questions 2 and 3).</b> The rates and volumes agreed with individual agencies are negotiated under the NHS framework and are commercially sensitive to both the Trust and the agencies. Disclosure would be likely to weaken the Trust's negotiating position in future procurements and would be likely to prejudice the agencies' competitive position. We have considered the public interest in transparency about the use of public funds, which is partly met by the total spend given at question 1, and concluded that the public interest favours withholding the remaining detail.</p>
<p><b>Section 40(2) – personal information (question 6).</b> The ward-level figures are small and, combined with other information available to colleagues, could identify the individuals concerned. Disclosure would breach the first data protection principle.</p>
<p>If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the FOI Office. You also have the right to complain to the Information Commissioner's Office.</p>
<p>Yours faithfully,</p>
<p>Freedom of Information Office<br>Harrowfield and Lyne NHS Foundation Trust</p>
""")))

# ---------------------------------------------------------------- L04
LETTERS.append(dict(
    file="inverglen-council-101004672371.md", fmt="md",
    authority="Inverglen Council", reference="101004672371",
    date="2025-03-10", received="2025-02-13", regime="foisa",
    layout="interleaved Request N / Response blocks (FOISA)",
    traps=["nil answer is a released zero", "FOISA s25 signpost", "section 17 notice for not held",
           "long numeric reference", "weekday in date"],
    questions=qs(1, [R, R, ("partially_released", ["foisa:s33(1)(b)"]),
                     ("withheld", ["foisa:s38(1)(b)"]), ("released", ["foisa:s25(1)"]),
                     ("not_held", ["foisa:s17(1)"])]),
    body="""# Inverglen Council

**Customer and Digital Services — Information Management**
Council Offices, 4 Harbour Street, Inverglen, IG7 2HS

---

**Our Reference:** 101004672371
**Your Reference:** —
**Date:** Monday 10 March 2025

Dear Requester

## Freedom of Information (Scotland) Act 2002 — Temporary accommodation

Thank you for your request dated 13 February 2025, which we received the same day. Your request and our response to each part is set out below.

### Request 1
How many households were living in temporary accommodation provided by the Council on 31 January 2025?

**Response**
486 households.

### Request 2
How many households were placed in bed and breakfast or hotel accommodation for more than seven days during calendar year 2024?

**Response**
Nil. No household was placed in bed and breakfast or hotel accommodation for more than seven days in 2024.

### Request 3
How much did the Council pay to each private bed and breakfast or hotel provider during 2024?

**Response**
The Council paid a total of £1,127,480 to private bed and breakfast and hotel providers in 2024. We are withholding the amount paid to each individual provider under section 33(1)(b) of FOISA (commercial interests), as the figures would reveal the nightly rates negotiated with each provider and would be likely to prejudice substantially the Council's ability to secure value for money in future. Having considered the public interest, we consider it is met by release of the total.

### Request 4
Please give the names of the officers who authorised out-of-area placements in 2024.

**Response**
The names of officers are the personal data of those individuals. Disclosure would contravene the data protection principles and the information is therefore exempt under section 38(1)(b) of FOISA. This is an absolute exemption and the public interest test does not apply.

### Request 5
Please provide a copy of the Council's current homelessness strategy.

**Response**
The Rapid Rehousing Transition Plan 2024–2029 is published on our website and is therefore exempt under section 25(1) of FOISA (information otherwise accessible): https://www.inverglen.gov.uk/rrtp

### Request 6
How many complaints were received about conditions in temporary accommodation in 2024, broken down by property?

**Response**
Under section 17(1) of FOISA, I must give you notice that the Council does not hold this information. Complaints are recorded against the service and not against individual properties.

---

**Your right to seek a review**
If you are unhappy with this response you may ask the Council to carry out a review by writing to foi@inverglen.gov.uk within 40 working days. If you remain dissatisfied you may then apply to the Scottish Information Commissioner under section 47(1) of FOISA.

Kind regards

**Morag Lindsay**
Information Officer
"""))

# ---------------------------------------------------------------- L05
LETTERS.append(dict(
    file="east-marches-ambulance-FOI.2025.0311.docx", fmt="docx",
    authority="East Marches Ambulance Service NHS Trust", reference="FOI.2025.0311",
    date="2025-03-11", received="2025-02-12", regime="foia",
    layout="whole-request cost refusal with auto-numbered request list",
    traps=["one cost calculation refuses every question", "question numbers only in Word list numbering",
           "s16 advice and s12(4) aggregation mentioned", "arithmetic of records x minutes"],
    questions=qs(1, [("refused", ["s12(1)"])] * 4),
    body=html_page(css="body{font-family:Calibri,Arial;font-size:11pt}", title="FOI.2025.0311", body="""
<p align="right"><b>East Marches Ambulance Service NHS Trust</b><br>Information Governance<br>Unit 3, Beacon Park, Shrewsford SY9 2PB<br>Email: foi@eastmarches-ambulance.nhs.uk</p>
<p>11 March 2025</p>
<p>Our ref: FOI.2025.0311</p>
<p>Dear Requester,</p>
<p><b>Freedom of Information Request</b></p>
<p>We received your request on 12 February 2025. You asked for the following information for each of the last five financial years:</p>
<ol>
<li>The number of occasions on which an ambulance crew waited more than one hour outside an Emergency Department to hand over a patient, broken down by hospital.</li>
<li>The number of patients who died while waiting in an ambulance outside a hospital.</li>
<li>The number of incidents reported by staff concerning handover delays.</li>
<li>Copies of all serious incident investigation reports that concerned handover delays.</li>
</ol>
<p><b>Response</b></p>
<p>Section 1(1) of the Freedom of Information Act 2000 entitles you to be told whether the Trust holds information and, if so, to have it communicated to you. However, section 12(1) provides that an authority does not have to comply with a request where it estimates that the cost of doing so would exceed the appropriate limit. For the Trust, the limit is £450, which equates to 18 hours of work.</p>
<p>Because the four parts of your request relate to the same overarching subject, we have aggregated them in accordance with section 12(4) and the Fees Regulations.</p>
<p>Our computer-aided dispatch system records the time a crew arrives at hospital and the time it clears, but not the time of handover, and deaths are not recorded against the location where they occurred. To identify the relevant cases we would have to review manually approximately 1,900 incident records and patient care records for the period. At a conservative estimate of 15 minutes per record, this would take around 475 hours, far in excess of the 18 hour limit. We are therefore refusing your request in full under section 12(1).</p>
<p><b>Advice and assistance</b></p>
<p>Under section 16 we are required to offer advice and assistance. Handover delay figures by hospital are published monthly by NHS England in the Ambulance Quality Indicators. If you narrowed your request to a single year and to the number of serious incidents declared concerning handover delays (without the reports themselves), we may be able to answer it within the limit.</p>
<p>If you are unhappy with our response you can request an internal review within 40 working days. If you remain unhappy you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Yours sincerely</p>
<p>Gethin Ashworth<br>Information Governance Manager</p>
""")))

# ---------------------------------------------------------------- L06
LETTERS.append(dict(
    file="calderbrook-fire-disclosure-CFRS-FOI-25-066.html", fmt="html",
    authority="Calderbrook Fire and Rescue Service", reference="CFRS/FOI/25/066",
    date="2025-03-04", received="2025-02-06", regime="foia",
    layout="disclosure-log web page, You asked / Our response headings",
    traps=["cookie banner, navigation, breadcrumbs and footer", "released zero", "s22 future publication",
           "s24 and s38 applied together", "FOIA named in site footer"],
    questions=qs(1, [R, R, ("withheld", ["s24(1)", "s38(1)(b)"]), R, ("released", ["s22(1)"])]),
    body="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Deliberate vehicle fires and risk information – Disclosure log – Calderbrook Fire and Rescue Service</title>
<style>body{font-family:Verdana,sans-serif;margin:0}header,nav,footer{background:#8b0000;color:#fff;padding:8px 20px}nav a{color:#fff;margin-right:14px}
.cookie{background:#222;color:#eee;padding:10px 20px}.crumbs{padding:6px 20px;font-size:90%}main{padding:0 20px 20px 20px;max-width:860px}
h3{color:#8b0000;margin-bottom:2px}.meta dt{font-weight:bold;float:left;width:150px}.meta dd{margin-left:160px}</style></head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this site work and to understand how you use it. Some are essential; others help us improve our services.
<button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a href="/" style="color:#fff;font-size:22px;text-decoration:none">Calderbrook Fire &amp; Rescue Service</a> <span style="float:right">Emergency? Call 999</span></header>
<nav><a href="/safety">Safety advice</a><a href="/business">Business safety</a><a href="/careers">Careers</a><a href="/about">About us</a><a href="/about/transparency">Transparency</a><a href="/contact">Contact</a></nav>
<div class="crumbs"><a href="/">Home</a> › <a href="/about">About us</a> › <a href="/about/transparency">Transparency</a> › <a href="/about/transparency/foi-disclosure-log">FOI disclosure log</a> › Deliberate vehicle fires and risk information</div>
<main>
<h1>Deliberate vehicle fires and risk information</h1>
<dl class="meta">
<dt>Reference</dt><dd>CFRS/FOI/25/066</dd>
<dt>Request received</dt><dd>06/02/2025</dd>
<dt>Response date</dt><dd>04/03/2025</dd>
<dt>Category</dt><dd>Operational response</dd>
</dl>
<p>The information below was released in response to a request made under the Freedom of Information Act 2000. Personal details of the requester have been removed.</p>

<h3>You asked:</h3>
<p>How many deliberate vehicle fires did the Service attend in calendar year 2024?</p>
<h3>Our response:</h3>
<p>The Service attended 229 deliberate vehicle fires in 2024.</p>

<h3>You asked:</h3>
<p>How many firefighters were injured while attending deliberate fires in 2024?</p>
<h3>Our response:</h3>
<p>0. No firefighter injuries were recorded at deliberate fires in 2024.</p>

<h3>You asked:</h3>
<p>Please provide the list of premises for which the Service holds site-specific risk information (SSRI), with the risk level of each.</p>
<h3>Our response:</h3>
<p>We hold this information but it is withheld. The SSRI list identifies sites that store hazardous materials or that would be attractive targets for attack, together with the Service's assessment of the risk at each. We consider that the exemption at section 24(1) (national security) applies, and that disclosure would be likely to endanger the health and safety of firefighters and the public, so section 38(1)(b) also applies. Both are qualified exemptions; we have weighed the public interest in understanding how the Service plans for risk, and concluded that it is outweighed by the public interest in protecting these sites and the people who respond to them.</p>

<h3>You asked:</h3>
<p>How many on-call fire stations were unavailable for more than 50% of the time during 2024? Please name them.</p>
<h3>Our response:</h3>
<p>Three of our 21 on-call stations were unavailable for more than half of the year: Ridgeholme, Saltby and Wenning Bridge.</p>

<h3>You asked:</h3>
<p>What was the total cost of the two new aerial ladder platforms delivered in 2024?</p>
<h3>Our response:</h3>
<p>This information will be published in the Service's Statement of Accounts for 2024/25, which is due to be published by 31 July 2025. We are therefore applying section 22(1) (information intended for future publication). We consider it reasonable to withhold the figure until then, as the final cost is being audited.</p>

<p>If you are dissatisfied with the handling of this request you can ask for an internal review by emailing foi@calderbrookfire.gov.uk.</p>
<p><a href="/about/transparency/foi-disclosure-log">Back to the disclosure log</a></p>
</main>
<footer><p>Calderbrook Fire and Rescue Service, Service Headquarters, Dale Road, Calderbrook CB3 8FR</p>
<p><a href="/accessibility" style="color:#fff">Accessibility</a> | <a href="/privacy" style="color:#fff">Privacy notice</a> | <a href="/foi" style="color:#fff">Freedom of Information Act 2000 publication scheme</a> | <a href="/cookies" style="color:#fff">Cookies</a></p>
<p>© Calderbrook Fire and Rescue Authority 2025</p></footer>
</body></html>
"""))

# ---------------------------------------------------------------- L07
LETTERS.append(dict(
    file="university-of-eastwick-IR-2025-014.pdf", fmt="chrome-gs-pdf",
    authority="University of Eastwick", reference="IR/2025/014",
    date="2025-03-18", received="2024-12-02", regime="foia",
    layout="internal review: original decision and review outcome per question",
    traps=["internal review outcome is the stance", "original reference quoted as well",
           "overturned question now released", "original exemptions mentioned but no longer applied"],
    questions=qs(1, [R, ("withheld", ["s43(2)"]), ("partially_released", ["s40(2)"])]),
    body=html_page(css="""
@page { size: A4; margin: 25mm 20mm; }
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.35; }
.crest { text-transform: uppercase; font-size: 17pt; border-bottom: 2px solid #4b2e83; padding-bottom: 4px; }
.addr { font-size: 9pt; color: #444; }
h4 { margin-bottom: 3px; }
.outcome { font-weight: bold; }
""", title="IR/2025/014", body="""
<div class="crest">University of Eastwick</div>
<div class="addr">Governance and Legal Services · The Registry · Eastwick EK1 3UW · foi@eastwick.ac.uk</div>
<p>18 March 2025</p>
<p>Review reference: IR/2025/014<br>Original request reference: FOI/2024/1187</p>
<p>Dear Requester</p>
<p><b>Internal review – Freedom of Information Act 2000</b></p>
<p>I write in response to your email of 27 January 2025 asking the University to review its handling of your request FOI/2024/1187, which was received on 2 December 2024 and answered on 8 January 2025. I was not involved in the original decision and have reviewed the request afresh.</p>
<p>Your original request asked for:</p>
<ol>
<li>The names of the international student recruitment agents used by the University in 2023/24.</li>
<li>The commission rate paid to each of those agents.</li>
<li>The number of complaints received about agents in 2023/24, and copies of the correspondence between the University and its largest agent about those complaints.</li>
</ol>
<p>The original response withheld all of the information under section 43(2) of the Act, and withheld the correspondence at part 3 under section 40(2) as well.</p>
<h4>Part 1 – agent names</h4>
<p>The original decision was not correct. The University publishes a list of its current approved agents on its international web pages, and the list for 2023/24 does not, in my view, carry any real commercial sensitivity. <span class="outcome">The list of 63 agents used in 2023/24 is now released and is enclosed with this letter.</span></p>
<h4>Part 2 – commission rates</h4>
<p>I uphold the original decision. Commission rates are individually negotiated and disclosure would be likely to prejudice the University's commercial interests, and those of the agents, in a highly competitive recruitment market. I have considered the public interest afresh and agree with the original decision that it favours maintaining the exemption at section 43(2).</p>
<h4>Part 3 – complaints and correspondence</h4>
<p>This part of the decision is varied. The University received 14 complaints about agents in 2023/24, and this figure should have been provided to you originally. I have also reviewed the correspondence with the largest agent and do not consider section 43(2) applies to it. <span class="outcome">The correspondence is released with the names and contact details of individual staff and students redacted under section 40(2), as their disclosure would breach the data protection principles.</span></p>
<p>If you remain dissatisfied with the handling of your request, you have the right to apply to the Information Commissioner for a decision. Further information is available at ico.org.uk.</p>
<p>Yours sincerely</p>
<p>Dr Fiona Achterberg<br>Head of Governance and Legal Services</p>
""")))

# ---------------------------------------------------------------- L08
LETTERS.append(dict(
    file="dfrc-FOI2025-07731.pdf", fmt="lo-pdf",
    authority="Department for Rural Connectivity", reference="FOI2025/07731",
    date="2025-03-12", received="2025-02-12", regime="foia",
    layout="numbered question then Response: paragraph, PIT annex at end",
    traps=["s21 and s22 signposting", "s35 with s43 on one question", "partial release with two exemptions",
           "£600 / 24 hours central-government limit mentioned but not applied"],
    questions=qs(1, [R, R, ("withheld", ["s35(1)(a)", "s43(2)"]), ("released", ["s21"]),
                     ("released", ["s22(1)"]), ("partially_released", ["s40(2)", "s43(2)"])]),
    header="OFFICIAL",
    footer="Department for Rural Connectivity · 2 Marsham Gate, London SW1P 4DR · www.gov.uk/dfrc",
    body="""
<p><b>Department for Rural Connectivity</b><br>Freedom of Information Team<br>2 Marsham Gate<br>London SW1P 4DR</p>
<p>E: foi@dfrc.gov.uk</p>
<p>Our ref: FOI2025/07731<br>12 March 2025</p>
<p>Dear Requester,</p>
<p>Thank you for your request of 12 February 2025, which we have handled under the Freedom of Information Act 2000 (FOIA). I have reproduced each part of your request below, followed by our response.</p>
<p><b>1. How many staff were employed in the Rural Broadband Delivery Unit on 1 January 2025?</b></p>
<p>Response: 87 full-time equivalent staff.</p>
<p><b>2. How much did the Unit spend on external consultants in 2023-24?</b></p>
<p>Response: £2.4 million.</p>
<p><b>3. Please provide copies of all ministerial submissions concerning the re-procurement of Lot 14 of the gigabit programme.</b></p>
<p>Response: We hold three submissions within the scope of this question. They are withheld in full under section 35(1)(a) of FOIA, because they relate to the formulation of government policy on the future of the programme, and under section 43(2), because they contain the commercial positions of bidders in a live procurement. Our consideration of the public interest is set out in Annex A.</p>
<p><b>4. How many premises have been connected under the voucher scheme, broken down by county?</b></p>
<p>Response: This information is published in the Department's official statistics, available at https://www.gov.uk/government/statistics/rural-voucher-scheme-quarterly. It is therefore exempt under section 21 of FOIA as it is reasonably accessible to you.</p>
<p><b>5. Please provide the independent evaluation report of the voucher scheme.</b></p>
<p>Response: The evaluation report will be published on GOV.UK in May 2025. We are withholding it until then under section 22(1) of FOIA (information intended for future publication). Annex A explains why we consider this reasonable.</p>
<p><b>6. Please provide notes of meetings between the Minister and telecommunications companies during 2024.</b></p>
<p>Response: The Department holds notes of four such meetings. We are releasing the notes, enclosed, with some redactions. Commercially sensitive passages about individual companies' investment plans have been removed under section 43(2), and the names of junior officials under section 40(2).</p>
<p><b>Annex A – public interest test</b></p>
<p>Section 35(1)(a): there is a public interest in understanding how decisions about the programme are reached. However, the policy is still being developed and officials and ministers need a safe space in which to consider options frankly. We consider that the balance favours withholding.</p>
<p>Section 43(2): disclosure of bidders' positions during a live procurement would be likely to prejudice both the bidders and the Department's ability to secure value for money. The public interest favours withholding.</p>
<p>Section 22(1): publication has been scheduled, and early release would pre-empt the planned publication and the accompanying analysis.</p>
<p>For your information, had any part of your request required more than 24 hours of work (£600), section 12 of FOIA would have allowed us to refuse it; that has not been necessary here.</p>
<p>If you are unhappy with our response you may request an internal review within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner.</p>
<p>Yours sincerely,</p>
<p>FOI Team<br>Department for Rural Connectivity</p>
"""))
