# Letters 1-8: truth data + sources
L = []
def q(i, st, ex=()): return (i, st, sorted(ex))

L.append(dict(file="l01_northmere_constabulary.pdf", fmt="chromium", authority="Northmere Constabulary",
 reference="FOI/0287/25", date="2025-03-09", received="2025-02-14", regime="foia",
 layout="restate then answer, keyed 'Question N -', two parts", traps=["parts restart numbering","same question in two parts","banner repeated","s31(3) mentioned but not applied"],
 questions=[q("P1.Q1","released"),q("P1.Q2","withheld",["s43(2)"]),q("P1.Q3","released"),q("P1.Q4","released"),
  q("P1.Q5","partially_released",["s40(2)"]),q("P2.Q1","withheld",["s24(1)","s31(1)(a)","s31(1)(b)"]),
  q("P2.Q2","withheld",["s24(1)","s31(1)(a)","s31(1)(b)"]),q("P2.Q3","withheld",["s24(1)","s31(1)(a)","s31(1)(b)"]),q("P2.Q4","partially_released",["s40(2)"])],
 body="""<html><head><meta charset="utf-8"><style>body{font-family:Arial;font-size:11pt;margin:30px} .ban{text-align:center;color:#446;font-size:9pt;border-bottom:1px solid #99a} .pb{page-break-before:always}</style></head><body>
<div class="ban">NORTHMERE CONSTABULARY &middot; Safer Streets, Stronger Communities</div>
<p style="text-align:right">Information Access Unit<br>Force Headquarters<br>Ladywell Road, Northmere<br>NM4 7QX</p>
<p>9th March 2025</p>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION REQUEST &ndash; FOI/0287/25 &ndash; Telephony contracts</b></p>
<p>I write in connection with your request for information received by Northmere Constabulary on 14th February 2025. I note you seek access to the following information:</p>
<p><i>The first part of my request relates to contact centre contracts (call distribution, webchat, performance monitoring).</i></p>
<ol><li><i>Incumbent Supplier: please provide the supplier of each contract.</i></li>
<li><i>Annual Average Spend: the annual average spend over 3 years for each supplier.</i></li>
<li><i>Contract Expiry: the date the contract expires.</i></li>
<li><i>Contract Description: a brief description of the services provided.</i></li>
<li><i>Contact Details: the person within the organisation responsible for the contract, with name, job title, number and email.</i></li></ol>
<p><i>The second part of my request relates to inbound network services (0800/0300 numbers, call routing, IVR).</i></p>
<ol><li><i>Incumbent Supplier: please provide the supplier of each contract.</i></li>
<li><i>Annual Average Spend: the annual average spend over 3 years for each supplier.</i></li>
<li><i>Contract Expiry: the date the contract expires.</i></li>
<li><i>Contact Details: the person within the organisation responsible for the contract.</i></li></ol>
<p>Northmere Constabulary does hold information relevant to your request. Please find our response below.</p>
<p><b>Part 1 &ndash; contact centre</b></p>
<p>Question 1 &ndash; The incumbent supplier is Larkspur Contact Systems Ltd.</p>
<p>Question 2 &ndash; This information is withheld under Section 43(2) (Commercial Interests). Release of spend would reveal pricing which the supplier and the force could be disadvantaged by in a forthcoming re-procurement.</p>
<p>Question 3 &ndash; The contract expires on 31/10/2026.</p>
<p>Question 4 &ndash; Hosted omnichannel contact centre platform including call queuing, webchat and wallboard reporting.</p>
<p>Question 5 &ndash; The contract is managed by the Head of ICT Commercial. The individual&rsquo;s name and direct contact details are withheld under Section 40(2) as personal data; the role can be contacted via the switchboard on 0300 555 0192.</p>
<div class="pb"></div><div class="ban">NORTHMERE CONSTABULARY &middot; Safer Streets, Stronger Communities</div>
<p><b>Part 2 &ndash; inbound network services</b></p>
<p>Questions 1 to 3 &ndash; Northmere Constabulary is applying Section 24(1) (National Security) and Section 31(1)(a)(b) (Law Enforcement) to this information. Our inbound network is part of the emergency and non-emergency call infrastructure; naming the carrier, its cost and renewal dates would assist those wishing to disrupt access to policing services. Please note we have not relied on Section 31(3) and we confirm that information is held.</p>
<p><b>Evidence of Harm</b></p>
<p>Disclosure of the provider of the force&rsquo;s inbound telephony would identify a single point of failure which could be targeted in a denial of service attack, undermining the prevention and detection of crime.</p>
<p><b>Public Interest Test</b> &ndash; Factors favouring disclosure: accountability for public spend. Factors favouring non-disclosure: the integrity of 999 and 101 services. On balance, the public interest lies in withholding the information.</p>
<p>Question 4 &ndash; As with Part 1, the responsible role is the Head of ICT Commercial; the name is withheld under Section 40(2).</p>
<p>If you are dissatisfied with this response you may request an internal review within 40 working days. You may also complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, SK9 5AF.</p>
<p>Yours sincerely</p>
<p>D. Ashcombe<br>Disclosure Officer<br>Information Access Unit</p>
</body></html>"""))

L.append(dict(file="l02_ashvale_dc.txt", fmt="txt", authority="Ashvale District Council",
 reference="ADC-FOI-2025-0412", date="2025-04-03", received="2025-03-06", regime="foia",
 layout="interleaved Q1/A1", traps=["released zero","N/A after earlier answer","not recorded separately"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","released"),q("P1.Q4","not_held"),q("P1.Q5","withheld",["s40(2)"]),q("P1.Q6","not_held")],
 body="""ASHVALE DISTRICT COUNCIL
Customer & Democratic Services | Council Offices, Market Street, Ashvale AV2 1PL
Tel 01632 960 400  |  foi@ashvale.example.gov.uk

Our ref: ADC-FOI-2025-0412
Your ref: email of 6 March 2025
Date: 03/04/2025

Dear Requester,

Freedom of Information Act 2000 - Dog fouling enforcement

Thank you for your request received on 06/03/2025. The Council's response to each of your questions is set out below.

Q1. How many fixed penalty notices for dog fouling did the Council issue in 2023-24?
A1. 0. No fixed penalty notices for dog fouling were issued in the 2023-24 financial year.

Q2. Of those notices, how many were unpaid and pursued through the magistrates' court?
A2. Not applicable - see A1.

Q3. How many enforcement officers does the Council employ (FTE)?
A3. 3.5 FTE Environmental Enforcement Officers.

Q4. Please provide a copy of any contract with a private enforcement company for litter or dog fouling patrols.
A4. The Council does not hold this information. Ashvale District Council has not contracted with a private enforcement company for these services.

Q5. Please give the names of the officers who carry out patrols.
A5. The names of officers are personal data. This information is withheld under section 40(2) of the Act, as disclosure would breach the first data protection principle.

Q6. How many complaints about dog fouling did the Council receive in 2023-24?
A6. Complaints about dog fouling are logged together with other street cleansing reports and are not recorded separately, so this information is not held.

If you are unhappy with how your request has been handled you can ask for an internal review by writing to the address above. If you remain dissatisfied you can contact the Information Commissioner's Office.

Kind regards

Priya Okafor
Information Governance Officer
Ashvale District Council
"""))

L.append(dict(file="l03_ridgeway_hospitals.docx", fmt="docx", authority="Ridgeway Hospitals NHS Foundation Trust",
 reference="RHT/FOI/24-1187", date="2025-01-28", received="2024-12-30", regime="foia",
 layout="request as auto-numbered list, answers as second auto-numbered list", traps=["automatic list numbering in docx","s21 signpost","partial s43"],
 questions=[q("P1.Q1","released"),q("P1.Q2","partially_released",["s43(2)"]),q("P1.Q3","withheld",["s43(2)"]),q("P1.Q4","released"),q("P1.Q5","released",["s21"]),q("P1.Q6","not_held"),q("P1.Q7","released")],
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">
<p align="right"><b>Ridgeway Hospitals NHS Foundation Trust</b><br>Corporate Affairs Office<br>Ridgeway General Hospital<br>Hillcrest Lane, Tamsford TF3 8RD</p>
<p>28 January 2025</p>
<p>Reference: RHT/FOI/24-1187</p>
<p>Dear Sir/Madam</p>
<p>Thank you for your Freedom of Information request dated 30 December 2024. You asked:</p>
<ol>
<li>What was the Trust&rsquo;s total spend on agency nursing in 2023/24?</li>
<li>Please list the five agencies with the highest spend and the amount paid to each.</li>
<li>What is the highest hourly rate paid to an agency for a registered nurse shift?</li>
<li>Which procurement framework does the Trust use for agency staffing?</li>
<li>Please provide the Trust&rsquo;s temporary staffing (bank) policy.</li>
<li>How many shifts went unfilled each month in 2023/24?</li>
<li>Who is the executive director responsible for temporary staffing?</li>
</ol>
<p><b>Trust response</b></p>
<ol>
<li>&pound;14,382,910.</li>
<li>The five agencies were Beacon Nursing Ltd, Meridian Health Staff, CareLine Recruitment, Apex Clinical and Northgate Locums. The amount paid to each is withheld under section 43(2) of the Freedom of Information Act (commercial interests), as it would reveal the rates agreed with individual agencies.</li>
<li>This information is withheld under section 43(2), for the reasons given above. The public interest test has been considered and favours withholding.</li>
<li>The Trust uses the HealthTrust Europe Workforce Solutions framework.</li>
<li>The policy is published on our website and is therefore exempt under section 21 (information reasonably accessible by other means): https://www.ridgeway.example.nhs.uk/policies/temporary-staffing</li>
<li>The Trust does not hold a record of unfilled shifts by month; the rostering system records only filled shifts.</li>
<li>The Chief Nurse, Mrs Helen Garvey.</li>
</ol>
<p>If you are not satisfied with this response, please contact the FOI Team to request an internal review. You also have the right to complain to the Information Commissioner.</p>
<p>Yours faithfully,</p>
<p>FOI Team<br>Ridgeway Hospitals NHS Foundation Trust<br>rht.foi@ridgeway.example.nhs.uk</p>
</body></html>"""))

L.append(dict(file="l04_harrowfield_bc.html", fmt="html", authority="Harrowfield Borough Council",
 reference="EIR-2024-3318", date="2024-12-20", received="2024-11-22", regime="eir",
 layout="disclosure log page, You asked / Our response", traps=["published date differs from response date","EIR regimes","cookie banner and nav"],
 questions=[q("P1.Q1","released",["reg6(1)(b)"]),q("P1.Q2","released"),q("P1.Q3","withheld",["reg12(5)(e)"]),q("P1.Q4","not_held",["reg12(4)(a)"])],
 title="Air quality monitoring on Station Road",
 site="Harrowfield Borough Council", published="Published: 8 January 2025",
 body="""<h1>EIR-2024-3318: Air quality monitoring on Station Road</h1>
<p class="meta">Date of response: December 20, 2024 &middot; Category: Environment</p>
<p>Request received 22 November 2024. Handled under the Environmental Information Regulations 2004.</p>
<h3>You asked:</h3>
<p>Where are the Council&rsquo;s nitrogen dioxide diffusion tubes located?</p>
<h3>Our response:</h3>
<p>The locations are published in our Annual Status Report, available at harrowfield.example.gov.uk/airquality. Under regulation 6(1)(b) the information is already publicly available and easily accessible to you in another form.</p>
<h3>You asked:</h3>
<p>What were the annual mean readings at the Station Road tubes in 2023?</p>
<h3>Our response:</h3>
<p>HF14: 38.2 &micro;g/m&sup3;; HF15: 41.7 &micro;g/m&sup3;; HF16 (co-located): 36.9 &micro;g/m&sup3;.</p>
<h3>You asked:</h3>
<p>Please provide all correspondence with Calder Homes about relocating the monitoring site.</p>
<h3>Our response:</h3>
<p>The Council holds this correspondence but is withholding it under regulation 12(5)(e) (confidentiality of commercial or industrial information), as it contains the developer&rsquo;s unpublished site viability figures. The public interest in maintaining the exception outweighs that in disclosure.</p>
<h3>You asked:</h3>
<p>How many odour complaints have been received about the Millbrook anaerobic digester?</p>
<h3>Our response:</h3>
<p>No information held. The site is regulated by the Environment Agency and complaints are not made to the Council; regulation 12(4)(a) therefore applies.</p>
<p>Environmental Health &ndash; Pollution Control Team</p>"""))

L.append(dict(file="l05_glenbrae_council.md", fmt="md", authority="Glenbrae Council",
 reference="GC-FOI-25-00981", date="2025-05-14", received="2025-04-16", regime="foisa",
 layout="Request N / Response headings, FOISA", traps=["section 17 notice miscalled exemption","FOISA s25 signpost","s18 NCND with underlying exemption"],
 questions=[q("P1.Q1","released",["foisa:s25(1)"]),q("P1.Q2","withheld",["foisa:s33(1)(b)"]),q("P1.Q3","released"),
  q("P1.Q4","ncnd",["foisa:s18(1)","foisa:s35(1)(a)"]),q("P1.Q5","not_held"),q("P1.Q6","partially_released",["foisa:s38(1)(b)"])],
 body="""# Glenbrae Council
**Legal & Governance Services** · Burgh Chambers, High Street, Kinlochbrae KB7 2DH

---

**Freedom of Information (Scotland) Act 2002 – Response**

| | |
|---|---|
| Our reference | GC-FOI-25-00981 |
| Date received | 16 April 2025 |
| Date of response | 14 May 2025 |

Dear Applicant

Thank you for your request concerning school transport. Each part of your request is set out below with our response.

### Request 1
*A list of the operators contracted to provide home-to-school transport.*

**Response:** This list is published on the Council's Public Contracts Scotland page. Under section 25(1) of FOISA information which is otherwise accessible is exempt; the link is https://www.publiccontractsscotland.example/glenbrae-transport.

### Request 2
*The value of each route contract.*

**Response:** The Council considers that release of individual route values would prejudice substantially the commercial interests of the operators and the Council ahead of retendering in 2026. The information is withheld under section 33(1)(b). The public interest favours withholding.

### Request 3
*The number of pupils transported daily.*

**Response:** 2,418 pupils (census date September 2024).

### Request 4
*Any reports made to Police Scotland about the conduct of transport drivers.*

**Response:** In terms of section 18(1) of FOISA, read with section 35(1)(a), the Council neither confirms nor denies whether it holds this information. If it did exist it would be exempt, and revealing whether it exists would be contrary to the public interest.

### Request 5
*The budget for vehicle inspections in 2025-26.*

**Response:** The 2025-26 inspection budget has not yet been set. In terms of section 17 of FOISA, the Council gives notice that it does not hold this information (this is sometimes described as a section 17 exemption).

### Request 6
*The names and job titles of staff in the Passenger Transport Unit.*

**Response:** The unit comprises a Passenger Transport Manager (Alasdair Moffat), two Transport Coordinators and four Transport Assistants. Names of staff below manager level are personal data and are withheld under section 38(1)(b).

---

If you are dissatisfied you may ask for a review within 40 working days, and thereafter apply to the Scottish Information Commissioner.

Fiona Rennie
Information Compliance Officer
"""))

L.append(dict(file="l06_dept_coastal_resilience.pdf", fmt="soffice", authority="Department for Coastal Resilience",
 reference="FOI2025/04417", date="2025-06-02", received="2025-05-02", regime="foia",
 layout="whole request refused on cost, central government", traps=["s12 £600/24 hours arithmetic","s14 and s35 mentioned but not applied","one costly question refuses all"],
 questions=[q("P1.Q1","refused",["s12(1)"]),q("P1.Q2","refused",["s12(1)"]),q("P1.Q3","refused",["s12(1)"])],
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:'Liberation Serif';font-size:12pt">
<p><b>Department for Coastal Resilience</b><br>2 Harbour Walk<br>London SW1P 4QQ</p>
<p>www.gov.example/dcr</p>
<p>Our reference: FOI2025/04417</p>
<p>2 June 2025</p>
<p>Dear Ms Harcourt,</p>
<p>Thank you for your request of 2 May 2025, in which you asked for:</p>
<p>(a) all briefings prepared for Ministers on managed coastal retreat since 2019;<br>
(b) the number of meetings held with local authorities about shoreline management plans in each year since 2019;<br>
(c) all correspondence with the Environment Agency mentioning &ldquo;rollback&rdquo;.</p>
<p>We have handled your request under the Freedom of Information Act 2000 (FOIA). I am afraid we are refusing your request under section 12(1), because the cost of complying with it would exceed the appropriate limit.</p>
<p>The appropriate limit for central government is &pound;600, which equates to 24 hours of work at &pound;25 an hour. Our search of the departmental records system for part (c) returned 3,140 documents. Even at an estimate of one minute per document to locate and extract relevant material, this alone would take over 52 hours. Where one part of a request exceeds the limit, we are not obliged to comply with any of it, so this refusal applies to all three parts.</p>
<p>We have not considered whether the request is vexatious under section 14, and this letter should not be taken to mean that any information would or would not be exempt, for example under section 35 (formulation of government policy).</p>
<p>Under section 16 we are required to provide advice and assistance. You may wish to narrow part (c) to a shorter period, such as January to March 2024, and to drop part (a) or restrict it to a single named programme.</p>
<p>If you are unhappy with the service you have received, you may request an internal review within two months of the date of this letter, by writing to foi@dcr.gov.example. If you remain dissatisfied you may complain to the Information Commissioner.</p>
<p>Yours sincerely,</p>
<p>Coastal Policy Directorate<br>Department for Coastal Resilience</p>
</body></html>"""))

L.append(dict(file="l07_westbury_police.txt", fmt="txt", authority="Westbury Police",
 reference="WP/FOI/000734/25", date="2025-07-08", received="2025-06-10", regime="foia",
 layout="numbered questions then numbered answers", traps=["s12(2) cost refusal phrased as neither confirm nor deny","true NCND with s23(5) s24(2) s31(3)","police NCND boilerplate"],
 questions=[q("P1.Q1","ncnd",["s23(5)","s24(2)","s31(3)"]),q("P1.Q2","released"),q("P1.Q3","refused",["s12(2)"]),q("P1.Q4","released")],
 body="""                                         WESTBURY POLICE
                                         Information Rights Team
                                         PO Box 118, Westbury WB1 9ZZ

                                         Tuesday 8th July 2025

Request reference: WP/FOI/000734/25

Dear

FREEDOM OF INFORMATION ACT 2000 - DRONES

Your request dated 10 June 2025 has been considered. You asked:

1. Does Westbury Police use drones for covert surveillance of individuals?
2. How many officers are trained and licensed to pilot drones?
3. Please provide all emails sent or received by the Drone Unit which mention "privacy" during 2024.
4. How many drone deployments were there in each month of 2024?

RESPONSE

1. Westbury Police can neither confirm nor deny that it holds any information
relevant to this question by virtue of the following exemptions:

Section 23(5) - Information supplied by, or concerning, certain Security Bodies
Section 24(2) - National Security
Section 31(3) - Law Enforcement

This response should not be taken as conclusive evidence that any information
that would meet your request exists or does not exist. Confirming or denying
the use of specialist techniques would undermine operational tactics.

2. 14 officers currently hold a CAA GVC and are authorised drone pilots.

3. To establish whether any such emails are held would require a manual review
of every mailbox used by the Drone Unit in 2024 (approximately 9,600 items at
one minute each, i.e. 160 hours). Section 12(2) therefore removes the duty
to confirm or deny whether the information is held, as to do so would itself
exceed the appropriate limit of 18 hours / GBP 450. You may wish to narrow this
part to a single month or a specific subject line.

4.  Jan 22, Feb 19, Mar 31, Apr 28, May 40, Jun 37, Jul 45, Aug 51, Sep 33,
    Oct 29, Nov 18, Dec 21.

Complaint rights are set out on the attached sheet.

Yours sincerely

J. Mwangi
Information Rights Officer
"""))

L.append(dict(file="l08_kestrel_fire.pdf", fmt="soffice", authority="Kestrel Fire and Rescue Service",
 reference="KFRS 2025-118", date="2025-06-17", received="2025-05-20", regime="foia",
 layout="two-column question/answer table", traps=["table cells wrap","nil released","s21 link in table"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","released"),q("P1.Q4","withheld",["s31(1)(a)"]),q("P1.Q5","not_held"),q("P1.Q6","released",["s21"])],
 body="""<html><head><meta charset="utf-8"><style>td{border:1px solid #000;vertical-align:top;padding:4px;font-family:'Liberation Sans';font-size:10pt} table{border-collapse:collapse;width:100%}</style></head><body style="font-family:'Liberation Sans';font-size:10.5pt">
<p><b>KESTREL FIRE AND RESCUE SERVICE</b><br>Service Headquarters, Fenwick Way, Kestrelford KF2 5LJ</p>
<p>Date: 17.06.2025<br>Our Ref: KFRS 2025-118</p>
<p>Dear Requester</p>
<p>Re: Freedom of Information Request &ndash; Automatic Fire Alarms</p>
<p>Thank you for your request received on 20 May 2025. Kestrel Fire and Rescue Service has considered your request and the information is provided in the table below.</p>
<table><tr><td width="45%"><b>Question</b></td><td><b>Response</b></td></tr>
<tr><td>1. How many automatic fire alarm (AFA) calls did the Service receive in calendar year 2024?</td><td>4,117 AFA calls were received.</td></tr>
<tr><td>2. How many of those calls resulted in one or more appliances being mobilised to the premises?</td><td>1,962 calls resulted in attendance. The remaining calls were filtered by Fire Control under our call challenge procedure.</td></tr>
<tr><td>3. How much did the Service recover in charges for repeat false alarms?</td><td>Nil. The Service does not currently charge for attendance at false alarms.</td></tr>
<tr><td>4. Please name the ten premises with the highest number of false alarm attendances.</td><td>This information is withheld under Section 31(1)(a) of the Act (prevention or detection of crime). Identifying premises with unreliable alarm systems could make them targets for arson or burglary.</td></tr>
<tr><td>5. What is the average cost to the Service of a single mobilisation to a false alarm?</td><td>The Service does not hold this information. A cost per mobilisation is not calculated.</td></tr>
<tr><td>6. Please provide the Service&rsquo;s policy on reducing unwanted fire signals.</td><td>Exempt under Section 21 as it is reasonably accessible: www.kestrelfire.example.gov.uk/ufs-policy</td></tr>
</table>
<p>You have the right to request an internal review within 40 working days. Thereafter you may apply to the Information Commissioner&rsquo;s Office.</p>
<p>Regards,</p>
<p>M. Delacroix<br>Information Governance &amp; Compliance<br>Kestrel Fire and Rescue Service</p>
</body></html>"""))
