# Letters 13-24 of batch b49.  All authorities, people, figures and references
# are invented.  "questions" is the truth: (id, stance, applied exemptions).

LETTERS = []

# ---------------------------------------------------------------- 13
LETTERS.append(dict(
    file="thornvale-bc-foi-8831-single-person-discount.md",
    format="md",
    title="Thornvale FOI 8831",
    authority="Thornvale Borough Council",
    reference="FOI 8831",
    date="2025-04-09",
    received="2025-03-12",
    regime="foia",
    layout="restate, then one response block (cost refusal)",
    traps=["s12(2) cost refusal worded 'neither confirm nor deny' is refused, not ncnd",
           "every question refused", "abbreviated month dates"],
    body="""
**Thornvale Borough Council** · Revenues and Benefits · Town Hall, Corporation Street, Thornvale TV2 1AA

FOI 8831
09 Apr 2025

Dear Sir or Madam

### Your request for information, received 12 Mar 2025

You asked:

> (a) How many council employees have had a single person discount on their council tax removed following a review in each of the last six years?
> (b) How many of those employees were disciplined as a result?
> (c) How many of those cases were referred for prosecution?

### Response

The Council's council tax records do not identify whether a taxpayer is a Council employee. To establish whether any information falling within your request is held at all, officers would need to match every single person discount removed since April 2019 (approximately 9,600 accounts) against the payroll records for the same period, and then check HR case files for any matches.

At an estimated two minutes per account for the matching alone, this would take around 320 hours, far in excess of the appropriate limit of 18 hours (£450) set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.

Section 12(2) of the Freedom of Information Act provides that a public authority is not obliged to confirm or deny whether it holds information if the cost of establishing that alone would exceed the appropriate limit. The Council therefore neither confirms nor denies that it holds information falling within parts (a), (b) and (c) of your request, and is refusing the request as a whole under section 12(2).

### Advice and assistance

It may be possible to answer a narrower request, for example the total number of single person discounts removed after review in 2024/25 (without any link to employment). Please let us know if you would like to submit a revised request.

### Your rights

You can ask for an internal review by writing to foi@thornvale.example.gov.uk within 40 working days. If you are not satisfied with the review you may complain to the Information Commissioner.

Regards,

Lewis Mbatha
Information Governance Lead
""",
    questions=[
        ("P1.Q1", "refused", ["s12(2)"]),
        ("P1.Q2", "refused", ["s12(2)"]),
        ("P1.Q3", "refused", ["s12(2)"]),
    ],
))

# ---------------------------------------------------------------- 14
STRATH_SITE = dict(template="""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Strathcarron Council</title>
<link rel="stylesheet" href="/assets/site.css">
<style>
body {{ font-family: "Open Sans", Arial, sans-serif; margin: 0; }}
#cookie-banner {{ position: sticky; top: 0; background: #24344d; color: #fff; padding: 12px 20px; }}
.topbar {{ background: #00703c; color: #fff; padding: 10px 20px; }}
.topbar ul {{ list-style: none; display: inline; }}
.topbar li {{ display: inline; margin-right: 16px; }}
.topbar a {{ color: #fff; }}
.breadcrumb {{ padding: 6px 20px; font-size: 14px; }}
.content {{ padding: 10px 20px 30px; max-width: 900px; }}
.meta dt {{ font-weight: bold; }}
.site-footer {{ border-top: 4px solid #00703c; padding: 16px 20px; font-size: 13px; }}
</style>
</head>
<body>
<div id="cookie-banner">
<h2>Cookies on strathcarron.example.gov.scot</h2>
<p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site and improve our services.</p>
<p><a href="#" class="btn">Accept additional cookies</a> <a href="#" class="btn">Reject additional cookies</a> <a href="/cookies">View cookies</a></p>
</div>
<div class="topbar">
<a href="/"><strong>Strathcarron Council</strong> | Comhairle Shrath Carrann</a>
<ul>
<li><a href="/bins">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li>
<li><a href="/schools">Schools and learning</a></li>
<li><a href="/planning">Planning</a></li>
<li><a href="/council">Your council</a></li>
</ul>
<form action="/search"><input type="search" name="q" placeholder="Search this site"><button>Search</button></form>
</div>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">Your council</a></li><li><a href="/council/foi">Freedom of information</a></li><li><a href="/council/foi/disclosure-log">Disclosure log</a></li><li aria-current="page">{title}</li></ol></nav>
<div class="content">
<h1>{title}</h1>
<dl class="meta">
<dt>Service</dt><dd>Education and Children's Services</dd>
<dt>Published</dt><dd>5 March 2025</dd>
<dt>Legislation</dt><dd>Freedom of Information (Scotland) Act 2002</dd>
</dl>
<div class="response">
{body}
</div>
<p>Was this page helpful? <a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a></p>
</div>
<footer class="site-footer">
<p><a href="/contact">Contact us</a> | <a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a href="/gaelic">Gàidhlig</a> | <a href="/cookies">Cookies</a></p>
<p>Strathcarron Council, Council Buildings, High Street, Dunlorne PH33 8QS. Telephone 01855 555 000.</p>
</footer>
</body>
</html>
""")

LETTERS.append(dict(
    file="strathcarron-council-disclosure-cas-20419.html",
    format="html",
    site=STRATH_SITE,
    title="School transport contracts and complaints",
    authority="Strathcarron Council",
    reference="CAS-20419-K7Q2M1",
    date="2025-02-27",
    received="2025-01-29",
    regime="foisa",
    layout="disclosure-log web page; interleaved numbered question then answer",
    traps=["site chrome and cookie banner", "FOISA s12(1) cost refusal for one question only",
           "foisa:s33(1)(b) commercial", "partial with foisa:s38(1)(b)", "s27(1) future publication counted as released",
           "case-management style reference"],
    body="""
Case reference: CAS-20419-K7Q2M1
Response date: 27 February 2025

Dear Requester

**Request for information – school transport**

Thank you for your request, which we received on 29 January 2025. We have handled it under the Freedom of Information (Scotland) Act 2002 (FOISA).

**1. How many pupils receive free home-to-school transport?**
4,318 pupils in the current school session (census day, September 2024).

**2. What did the Council spend on school transport in 2023/24?**
£9,214,700.

**3. What is the contract value of each school transport route?**
The route-by-route contract values are exempt from disclosure under section 33(1)(b) of FOISA, because their release would, or would be likely to, prejudice substantially the commercial interests of the operators and of the Council. Most routes are being re-tendered in spring 2025, and bidders could use current values to set their prices. We have considered the public interest and concluded that it favours withholding the information.

**4. How many complaints were made about driver conduct in 2024, and what were the names of the drivers concerned?**
We received 37 complaints about driver conduct in 2024. The names of the drivers are personal data, and disclosing them would breach the data protection principles; they are therefore withheld under section 38(1)(b) of FOISA.

**5. Please provide the report of the review of rural transport routes.**
The review report will go to the Education Committee on 20 March 2025 and will be published with the committee papers seven days before. We are therefore withholding it under section 27(1) of FOISA (information intended for future publication within 12 weeks).

**6. Please provide every email sent or received by the transport team that mentions Route 17 over the last five years.**
The transport team's mailboxes hold around 52,000 emails for the period. Searching them and reviewing every result for exempt information would cost well over £600, the upper limit set by the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004. Under section 12(1) of FOISA the Council is not obliged to comply with this part of your request. If you can narrow it, for example to a single year or to correspondence with a particular operator, we will look at it again.

**Your right to request a review**
If you are unhappy with this response, you can ask us to review it within 40 working days (section 20 of FOISA). If you are still unhappy after the review, you can appeal to the Scottish Information Commissioner.

Information Management Team
Strathcarron Council
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["foisa:s33(1)(b)"]),
        ("P1.Q4", "partially_released", ["foisa:s38(1)(b)"]),
        ("P1.Q5", "released", ["foisa:s27(1)"]),
        ("P1.Q6", "refused", ["foisa:s12(1)"]),
    ],
))

# ---------------------------------------------------------------- 15
LETTERS.append(dict(
    file="cwm-arian-cbc-foi-cac-2025-0061.txt",
    format="txt",
    wrap=None,
    title="CAC/2025/0061",
    authority="Cwm Arian County Borough Council",
    reference="CAC/2025/0061",
    date="2025-03-11",
    received="2025-02-11",
    regime="foia",
    layout="interleaved Request n / Answer, 14 questions",
    traps=["14 questions", "bilingual Welsh/English date line", "zero answers are released, not not-held",
           "one s21 link, one not held, one s40(2)"],
    body="""
CYNGOR BWRDEISTREF SIROL CWM ARIAN
CWM ARIAN COUNTY BOROUGH COUNCIL

Gwasanaethau Priffyrdd / Highway Services
Tŷ'r Cyngor, Stryd Fawr, Pontarian CF48 2LN

Cyf / Ref: CAC/2025/0061
Dydd Mawrth 11 Mawrth 2025 / Tuesday 11 March 2025

Dear Requester

Freedom of Information Act 2000 - Potholes and highway claims

Thank you for your request received on 11 February 2025. Please find our answers below.

Request 1: How many potholes were reported to the Council in 2024?
Answer: 6,847.

Request 2: How many of those were repaired within the Council's target of 28 days?
Answer: 5,102.

Request 3: What is the Council's intervention depth for potholes on the carriageway?
Answer: 40mm on the carriageway; 20mm on footways.

Request 4: How much did the Council spend on pothole repairs in 2024?
Answer: £1,906,450.

Request 5: How many compensation claims for vehicle damage caused by potholes were received in 2024?
Answer: 318.

Request 6: How many of those claims were paid?
Answer: 41.

Request 7: What was the average time taken to settle a claim?
Answer: The Council does not hold this information. Claims are handled by our insurers, and the Council does not record settlement times.

Request 8: What was the total paid out in compensation in 2024?
Answer: £27,380.

Request 9: How many claims for personal injury from tripping on footways were received?
Answer: 0. No personal injury claims relating to footways were received in 2024.

Request 10: Please provide a copy of the Highway Safety Inspection Manual.
Answer: The manual is published on the Council's website. Under section 21 of the Freedom of Information Act we are not required to provide information that is reasonably accessible by other means: www.cwmarian.example.gov.wales/highways/inspection-manual

Request 11: How many highway inspectors does the Council employ?
Answer: 9 FTE.

Request 12: Please provide the names of the highway inspectors.
Answer: The names of the inspectors are withheld under section 40(2) of the Freedom of Information Act, as they are personal data of junior officers and disclosure would breach the data protection principles. The service is led by the Highways Network Manager, who can be contacted through the address above.

Request 13: How many roads are currently subject to a temporary speed limit because of the condition of the surface?
Answer: 3 (the A4299 at Cwmnedd, Heol Tir Du and Lon Tyrfa).

Request 14: How many jet-patching machines does the Council own or lease?
Answer: None. The Council hires jet-patching capacity from a contractor when needed.

If you are unhappy with the way your request has been handled you may ask for an internal review. Please contact the Information Governance Team within 40 working days of receiving this letter. If you are still dissatisfied you can contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Yn gywir / Yours faithfully

Tîm Llywodraethu Gwybodaeth / Information Governance Team
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", []),
        ("P1.Q4", "released", []),
        ("P1.Q5", "released", []),
        ("P1.Q6", "released", []),
        ("P1.Q7", "not_held", []),
        ("P1.Q8", "released", []),
        ("P1.Q9", "released", []),
        ("P1.Q10", "released", ["s21"]),
        ("P1.Q11", "released", []),
        ("P1.Q12", "withheld", ["s40(2)"]),
        ("P1.Q13", "released", []),
        ("P1.Q14", "released", []),
    ],
))

# ---------------------------------------------------------------- 16
LETTERS.append(dict(
    file="wyvern-vale-police-foi-25-0491-dogs.pdf",
    format="lo-pdf",
    title="FOI.25.0491",
    authority="Wyvern Vale Police",
    reference="FOI.25.0491",
    date="2025-02-26",
    received="2025-01-29",
    regime="foia",
    layout="request quoted in prose; answers in prose, out of request order",
    traps=["questions never numbered", "answers out of order (last point answered first)",
           "bred in-house so no purchase price = not held", "s31(1)(a) withholding a breakdown"],
    css="body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 11pt; line-height: 1.35; }",
    body="""
WYVERN VALE POLICE
Freedom of Information Office
PO Box 7712, Wyvernbury WV3 9PF

Reference No: FOI.25.0491
Date: 26 February 2025

Dear

Thank you for your email received on 29 January 2025, in which you wrote:

"I'd like to know how many dogs the force has in its dog section, and how many of those are passive drugs dogs. How much did the force pay for the last dog it bought? Have any dogs had to retire early because of an injury in the last two years? Lastly, could you tell me all the dogs' names – my children would love to know!"

I have dealt with your points in the order that was easiest to answer, and I hope that is helpful.

Taking your last point first, the names of our current police dogs are: Bramble, Jax, Kira, Moss, Odin, Pepper, Rolo, Skye, Thor and Willow (general purpose dogs); and Biscuit, Dash, Fern, Hugo, Juno, Luna, Nell, Pip, Rusty, Scout, Tilly, Zeb and 12 puppies in training who have not yet been named. Many of them appear on the Dog Section's social media pages.

On early retirement, three dogs have retired early because of injury since January 2023.

The force currently has 34 police dogs in the Dog Section, including puppies in training.

We do not hold any information about a purchase price. All of our dogs for the last five years have been bred through the force's own breeding programme or donated as puppies, so no dog has been bought.

We are unable to tell you how many of the dogs are passive drugs detection dogs. This breakdown is withheld under section 31(1)(a) of the Freedom of Information Act (prevention or detection of crime). Disclosing the number of specialist detection dogs would reveal the force's capacity to deploy them, for example at events or transport hubs, and could be used by those involved in drug supply to judge the likelihood of detection. We recognise the public interest in how the force uses its resources, which is served by the total above, but the public interest in effective law enforcement outweighs it.

If you are unhappy with this response you may ask for an internal review within 40 working days. Information about the ICO is on our website.

Kind regards

Sam Ferreira
FOI Officer, Wyvern Vale Police
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "withheld", ["s31(1)(a)"]),
        ("P1.Q3", "not_held", []),
        ("P1.Q4", "released", []),
        ("P1.Q5", "released", []),
    ],
))

# ---------------------------------------------------------------- 17
RIDGEWAY_SITE = dict(template="""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title} – Ridgeway Community Healthcare NHS Trust</title>
<style>
body {{ font-family: Frutiger, Arial, sans-serif; margin: 0; background: #f0f4f5; }}
.nhs-header {{ background: #005eb8; color: white; padding: 16px 32px; }}
.nhs-header .logo {{ background: #fff; color: #005eb8; font-weight: bold; padding: 2px 6px; }}
.nav {{ background: #fff; border-bottom: 1px solid #d8dde0; padding: 8px 32px; }}
.nav a {{ margin-right: 18px; color: #005eb8; }}
.cookie {{ background: #fff; border: 2px solid #005eb8; margin: 12px 32px; padding: 12px; }}
.crumb {{ padding: 6px 32px; font-size: 14px; }}
.page {{ background: #fff; margin: 0 32px; padding: 20px 28px; }}
.related {{ margin: 16px 32px; font-size: 14px; }}
.nhs-footer {{ background: #d8dde0; padding: 20px 32px; font-size: 13px; }}
</style>
</head>
<body>
<div class="cookie">
<strong>Cookies on the Ridgeway Community Healthcare website</strong>
<p>We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics. We use this information to improve our site.</p>
<p><button>Yes, I'm OK with analytics cookies</button> <button>No, do not use analytics cookies</button></p>
</div>
<div class="nhs-header"><span class="logo">NHS</span> Ridgeway Community Healthcare NHS Trust</div>
<div class="nav"><a href="/services">Our services</a><a href="/locations">Locations</a><a href="/careers">Work for us</a><a href="/about">About us</a><a href="/contact">Contact us</a></div>
<div class="crumb">Home &gt; About us &gt; Freedom of information &gt; Disclosure log &gt; 2025</div>
<div class="page">
<h1>{title}</h1>
<p><em>Disclosure log entry. The requester's details have been removed.</em></p>
{body}
</div>
<div class="related"><h3>Related disclosures</h3><ul><li><a href="#">RCHT-FOI-1519 Podiatry staffing levels (2024)</a></li><li><a href="#">RCHT-FOI-1688 Community nursing waiting times</a></li></ul></div>
<div class="nhs-footer">
<p>Ridgeway Community Healthcare NHS Trust, Whitehorse House, Wantage Road, Didcombe OX12 9ZZ</p>
<p><a href="#">Accessibility statement</a> · <a href="#">Privacy and cookies</a> · <a href="#">Freedom of information</a> · <a href="#">Sitemap</a></p>
<p>© Ridgeway Community Healthcare NHS Trust 2025</p>
</div>
</body>
</html>
""")

LETTERS.append(dict(
    file="ridgeway-chc-nhs-trust-disclosure-rcht-foi-1762.html",
    format="html",
    site=RIDGEWAY_SITE,
    title="RCHT-FOI-1762 Podiatry waiting times",
    authority="Ridgeway Community Healthcare NHS Trust",
    reference="RCHT-FOI-1762",
    date="2025-01-30",
    received="2025-01-02",
    regime="foia",
    layout="disclosure-log web page; Q1/A1 with answers in an attached spreadsheet",
    traps=["answers elsewhere (attached spreadsheet) are released", "grouped answer for questions 1 to 3",
           "related-disclosure references in page chrome", "US-style date"],
    body="""
Reference: RCHT-FOI-1762
Date: January 30, 2025

Dear Requester,

Thank you for your Freedom of Information request dated 2 January 2025. Please see our response below.

Q1. How many patients are currently waiting for a first podiatry appointment?
Q2. What is the median waiting time for a first podiatry appointment?
Q3. How many patients have waited more than 18 weeks?

A1–A3. Please see the attached spreadsheet (RCHT-FOI-1762 Podiatry.xlsx), which gives the number waiting, the median wait and the number waiting over 18 weeks for each of our four podiatry localities, as at 31 December 2024.

Q4. Please provide the Trust's podiatry eligibility criteria.

A4. The eligibility criteria are published on our website and are reasonably accessible to you, so we rely on section 21 of the Act: https://www.ridgewaychc.example.nhs.uk/services/podiatry/eligibility

Q5. How many podiatry appointments were cancelled by patients at short notice in 2024?

A5. The Trust does not hold this information. Our patient administration system records cancellations but does not distinguish short-notice cancellations from others.

Q6. Does the Trust use any independent sector providers to reduce the podiatry waiting list?

A6. Yes. The Trust has used FootCare Partners Ltd since October 2024 for nail surgery referrals.

If you are dissatisfied with our response you may request an internal review by contacting foi@ridgewaychc.example.nhs.uk. If you remain dissatisfied you may contact the Information Commissioner's Office.

Yours sincerely,
Freedom of Information Office
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", []),
        ("P1.Q4", "released", ["s21"]),
        ("P1.Q5", "not_held", []),
        ("P1.Q6", "released", []),
    ],
))

# ---------------------------------------------------------------- 18
LETTERS.append(dict(
    file="iwla-foi-2025-117-vexatious.txt",
    format="txt",
    wrap=78,
    title="IWLA/FOI/2025/117",
    authority="Inland Waterways Licensing Agency",
    reference="IWLA/FOI/2025/117",
    date="2025-05-06",
    received="2025-04-08",
    regime="foia",
    layout="restate, then one response block (vexatious refusal)",
    traps=["s14(1) vexatious refusal of the whole request", "many other references quoted (earlier requests, ICO case)",
           "ICO decision notice reference is not the letter's reference"],
    body="""
INLAND WATERWAYS LICENSING AGENCY
Lock House, 3 Towpath Row, Stoke-on-Trent ST4 8QW
Information Rights Team

Our ref:      IWLA/FOI/2025/117
Date:         6 May 2025

Dear

Request for information received 8 April 2025

You asked for:

(a) all emails sent or received by the Agency's Head of Enforcement that mention your boat, "Kingfisher's Rest", or your name since 1 January 2021; and

(b) the notes of every meeting at which your boat licence or your complaints were discussed.

Decision

The Agency has decided that this request is vexatious and is refusing it under section 14(1) of the Freedom of Information Act 2000.

Reasons

Since January 2022 you have made 46 requests to the Agency, most of them about the same licence dispute, including IWLA/FOI/2024/088, IWLA/FOI/2024/131 and IWLA/FOI/2025/052. Much of the information now requested was provided, or refused, in those responses. The Information Commissioner upheld the Agency's earlier reliance on section 14(1) in decision notice IC-310442-Z9B1, finding that the pattern of requests placed a disproportionate burden on a small team and was being used to reopen a licensing decision that has been through the Agency's complaints process and the Waterways Ombudsman.

We have considered the request afresh, taking into account its value, its purpose and the burden it would impose. We have concluded that it continues the same pattern, and that the burden of answering it would be disproportionate to any value it has.

We will not respond to further requests on this subject unless they raise a new matter. This notice covers both parts of your request.

Your rights

You may ask for an internal review within 40 working days. If you remain dissatisfied after the review, you can complain to the Information Commissioner.

Yours sincerely

P. Lindqvist
Head of Information Rights
""",
    questions=[
        ("P1.Q1", "refused", ["s14(1)"]),
        ("P1.Q2", "refused", ["s14(1)"]),
    ],
))

# ---------------------------------------------------------------- 19
LETTERS.append(dict(
    file="nhs-inverallan-ia-foi-2025-0158-scan.pdf",
    format="ocr-pdf",
    title="NHS Inverallan IA-FOI-2025-0158",
    authority="NHS Inverallan",
    reference="IA-FOI-2025-0158",
    date="2025-03-19",
    received="2025-02-20",
    regime="foisa",
    layout="scanned letter (OCR text layer); numbered question then answer",
    traps=["OCR'd scan", "FOISA NCND: s18(1) with s38(1)(b)", "s17 notice for not held", "s25 signpost"],
    css="body { font-family: 'Liberation Serif', serif; font-size: 12pt; margin: 10mm 14mm; } h2 { font-size: 13pt; }",
    print_fixed="",
    body="""
NHS INVERALLAN
Information Governance Department
Ardnish House, Inverallan Road, Kildarran PA34 5ZX

Our reference: IA-FOI-2025-0158
Date: 19 March 2025

Dear Requester

# Freedom of Information (Scotland) Act 2002

Thank you for your request for information, which we received on 20 February 2025. I set out each of your questions below with the Board's response.

1. Has Dr Alasdair Ferne, consultant dermatologist, been suspended or excluded from work since 2023?

Response: NHS Inverallan can neither confirm nor deny whether it holds this information. Under section 18(1) of FOISA, read with section 38(1)(b) (personal information), the Board is not required to reveal whether the information exists, because confirming or denying this would itself disclose personal data about a named individual and would be unfair to that person.

2. How many consultants were excluded from work in 2024 across the Board?

Response: 6.

3. What was the cost of locum cover for excluded consultants in 2024?

Response: The Board does not hold this information. Locum costs are recorded by specialty and are not linked to the reason for the vacancy. This letter therefore serves as a notice under section 17(1) of FOISA that the information is not held.

4. Please provide the Board's policy on the exclusion of medical staff.

Response: The Board follows the national policy, which is available online. Under section 25(1) of FOISA we are not required to provide information which is otherwise accessible: https://www.inverallan.example.scot/policies/exclusion-medical-staff

5. How many complaints were received about the dermatology service in 2024?

Response: 41.

If you are dissatisfied with this response you can request a review within 40 working days. If you remain dissatisfied you can appeal to the Scottish Information Commissioner.

Yours sincerely

Morag Baird
Information Governance Manager
""",
    questions=[
        ("P1.Q1", "ncnd", ["foisa:s18(1)", "foisa:s38(1)(b)"]),
        ("P1.Q2", "released", []),
        ("P1.Q3", "not_held", ["foisa:s17(1)"]),
        ("P1.Q4", "released", ["foisa:s25(1)"]),
        ("P1.Q5", "released", []),
    ],
))

# ---------------------------------------------------------------- 20
LETTERS.append(dict(
    file="greater-aldmouth-eir-2025-0044-clean-air-zone.docx",
    format="docx",
    title="GAA-EIR-2025-0044",
    authority="Greater Aldmouth Authority",
    reference="GAA-EIR-2025-0044",
    date="2025-02-14",
    received="2025-01-16",
    regime="eir",
    layout="topic headings, each with the request and a Response paragraph",
    traps=["EIR: reg 6(1)(b), 12(4)(d), 12(4)(e), 12(4)(b)", "manifestly unreasonable for one question only",
           "mayoral authority", "questions as headed topics rather than numbers"],
    css="body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; } h2 { font-size: 12pt; color: #b0005a; border-bottom: 1px solid #b0005a; } h3 { font-size: 11pt; }",
    body="""
**GREATER ALDMOUTH AUTHORITY**
Mayor of Greater Aldmouth · Transport and Environment Directorate
1 Exchange Square, Aldmouth AL1 1GA

EIR request: GAA-EIR-2025-0044
14 February 2025

Dear Requester,

Thank you for your request of 16 January 2025 about the Aldmouth Clean Air Zone (CAZ). As it concerns emissions and air quality, it falls under the Environmental Information Regulations 2004.

## Monitoring data

*You asked for the nitrogen dioxide monitoring data for all CAZ monitoring sites for 2024.*

Response: The data is published on the Aldmouth Air Quality portal and is easily accessible to you. Regulation 6(1)(b) therefore applies: https://air.aldmouth.example.gov.uk/data

## Penalty charge notices

*You asked how many penalty charge notices were issued under the CAZ in 2024.*

Response: 18,204 penalty charge notices were issued between 1 January and 31 December 2024.

## Evaluation report

*You asked for a copy of the draft first-year evaluation report.*

Response: The draft report is withheld under regulation 12(4)(d), as it is material still in the course of completion. The final report will be published in spring 2025. We consider that the public interest in allowing the evaluation to be finished and quality assured outweighs the interest in seeing an unfinished draft.

## Boundary extension

*You asked for internal emails between officers discussing extending the CAZ boundary to the ring road.*

Response: These emails are internal communications and are withheld under regulation 12(4)(e). Officers need space to discuss options frankly before any proposal is put to the Mayor. No decision on the boundary has been taken. Having applied the presumption in favour of disclosure, we conclude that the public interest favours maintaining the exception.

## ANPR data

*You asked for minute-by-minute vehicle counts from every CAZ ANPR camera for the last two years.*

Response: There are 214 cameras, and the request covers over 220 million records. Extracting the data and checking it for personal data (vehicle registration marks are captured with each record) would take an estimated 60 hours of staff time. We consider this request manifestly unreasonable and are refusing it under regulation 12(4)(b). Daily totals per camera are published on the portal above; please let us know if a narrower request would help.

If you are unhappy with this response you may ask for a reconsideration under regulation 11 within 40 working days of the date of this letter. You may then complain to the Information Commissioner.

Yours sincerely,

Tomasz Wieczorek
Information Governance Advisor
Greater Aldmouth Authority
""",
    questions=[
        ("P1.Q1", "released", ["reg6(1)(b)"]),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["reg12(4)(d)"]),
        ("P1.Q4", "withheld", ["reg12(4)(e)"]),
        ("P1.Q5", "refused", ["reg12(4)(b)"]),
    ],
))

# ---------------------------------------------------------------- 21
LETTERS.append(dict(
    file="fenbridge-city-council-foi-55120-taxi-licensing.md",
    format="md",
    title="Fenbridge 55120",
    authority="Fenbridge City Council",
    reference="55120",
    date="2025-03-31",
    received="2025-03-03",
    regime="foia",
    layout="request quoted as bullets; authority numbers its answers 1-7",
    traps=["bullets numbered only by the authority", "bare numeric reference",
           "partial: reasons given, names withheld s40(2)", "s31(1)(a) withheld", "not held separately"],
    body="""
Fenbridge City Council – Licensing Services
Guildhall, Market Square, Fenbridge PE14 3FB

**FOI Ref:** 55120
**Date:** 31st March 2025

Dear Requester

## Freedom of Information Act 2000 request

We received your request on 3rd March 2025. You asked for:

- the number of licensed hackney carriages in the city
- the number of licensed private hire vehicles
- how many driver licences were revoked in 2024
- the reason for each revocation, and the name of each driver
- the dates of any planned taxi enforcement operations with the police in 2025
- the number of complaints about taxi drivers received in 2024
- the annual cost of the taxi enforcement team

We have numbered your questions 1 to 7 in the order you asked them.

**1.** 212 hackney carriages (as at 1 March 2025).

**2.** 640 private hire vehicles.

**3.** 9 driver licences were revoked in 2024.

**4.** The reasons were: failure to disclose a conviction (2); safeguarding concerns (3); medical fitness (2); repeated overcharging (1); and driving while disqualified (1). The names of the drivers are personal data, and some relate to alleged offences; they are withheld under section 40(2) of the Act.

**5.** Withheld. The dates of planned enforcement operations are exempt under section 31(1)(a) of the Act, because publicising them in advance would allow drivers operating illegally to avoid detection. The public interest favours keeping the dates confidential.

**6.** 133 complaints.

**7.** This information is not held. Enforcement is carried out by the wider licensing team alongside other duties, and no separate cost is recorded for taxi enforcement.

To request an internal review, email informationrequests@fenbridge.example.gov.uk within 40 working days. You can also contact the Information Commissioner.

Regards

Aoife Duggan
Licensing Team Leader
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", []),
        ("P1.Q4", "partially_released", ["s40(2)"]),
        ("P1.Q5", "withheld", ["s31(1)(a)"]),
        ("P1.Q6", "released", []),
        ("P1.Q7", "not_held", []),
    ],
))

# ---------------------------------------------------------------- 22
LETTERS.append(dict(
    file="pennard-valley-police-pvp-foi-00187-25.txt",
    format="txt",
    wrap=None,
    title="PVP/FOI/00187/25",
    authority="Pennard Valley Police",
    reference="PVP/FOI/00187/25",
    date="2025-03-13",
    received="2025-02-13",
    regime="foia",
    layout="questions and answers keyed by numbers written as words",
    traps=["numbers written as words (question one ... question six)", "answers in a different order from the questions",
           "NCND s30(3) for one question", "not held (held by another body)", "day-of-week date"],
    body="""
PENNARD VALLEY POLICE
Information Disclosure Team | Pennard House | Abertawe Road | Llanbedr Pennard SA9 4PV

Thursday 13 March 2025

FOI reference: PVP/FOI/00187/25

Dear

I am writing in response to your request for information dated 13 February 2025 about speed cameras. You asked six questions, which I have restated here:

Question one - How many fixed speed cameras operate in the force area?
Question two - How many speeding offences did each fixed camera detect in 2024?
Question three - How much income did the force receive from speed awareness courses in 2024?
Question four - Which fixed cameras are currently not operational?
Question five - What are the names of the staff who calibrate the cameras?
Question six - Has the force investigated any complaint that a camera operator falsified calibration records?

I will answer questions one and two together, as they are linked.

In response to questions one and two: 48 fixed speed cameras operate in the force area. The number of offences detected by each camera in 2024 is shown in the attached table, "PVP FOI 00187 camera detections".

In response to question three, the force does not hold this information. Speed awareness courses are booked and paid for through the national scheme and course providers, and the force does not receive or record the course income.

In response to question six, Pennard Valley Police can neither confirm nor deny that it holds any information relevant to this question, as the duty in section 1(1)(a) does not apply by virtue of section 30(3) (investigations). To confirm or deny whether an investigation of this kind exists would reveal whether a specific allegation had been made and investigated, which could prejudice any investigation and the force's relationship with witnesses. This should not be taken as an indication that any such information does or does not exist.

In response to question four, this information is withheld under section 31(1)(a) (prevention or detection of crime). Identifying which cameras are not working at a given time would encourage drivers to speed at those sites and undermine the deterrent effect of the whole network.

In response to question five, the names of the staff are withheld under section 40(2), as they are personal data and the staff are not in public-facing senior roles.

Should you have any further enquiries concerning this matter, please contact us quoting the reference above. If you are dissatisfied with this response, you may request an internal review within 40 working days, and thereafter complain to the Information Commissioner.

Yours sincerely

Rhodri Bevan
Disclosure Officer
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "not_held", []),
        ("P1.Q4", "withheld", ["s31(1)(a)"]),
        ("P1.Q5", "withheld", ["s40(2)"]),
        ("P1.Q6", "ncnd", ["s30(3)"]),
    ],
))

# ---------------------------------------------------------------- 23
LETTERS.append(dict(
    file="crafts-design-council-wales-cdcw-2025-14.pdf",
    format="chromium-pdf",
    title="CDCW 2025/14",
    authority="Crafts and Design Council for Wales",
    reference="CDCW 2025/14",
    date="2025-04-04",
    received="2025-03-07",
    regime="foia",
    layout="request in two parts (grant rounds), questions restart at 1 in each part, interleaved answers",
    traps=["parts with numbering restarting", "same three questions asked for each grant round",
           "partial: anonymised scores, names withheld s40(2)", "s36(2)(c) for the unfinished round",
           "arm's-length body", "footer slogan on every page"],
    css="@page { size: A4; margin: 18mm 18mm 22mm; @bottom-center { content: 'Cyngor Crefft a Dylunio Cymru \\00B7  Crafts and Design Council for Wales \\00B7  Noddir gan Lywodraeth Cymru / Sponsored by the Welsh Government'; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #7a3e00; } } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; } h2 { font-size: 12pt; color: #7a3e00; } h3 { font-size: 10.5pt; }",
    body="""
Crafts and Design Council for Wales
Cyngor Crefft a Dylunio Cymru
Yr Hen Farchnad, Stryd y Bont, Aberteifi SA43 1HE

Our reference: CDCW 2025/14
4 April 2025

Dear Requester,

# Your request: Making Wales Grants 2023 and 2024

Thank you for your request received on 7 March 2025. You asked the same three questions about two grant rounds. We answer them below, round by round.

## Part 1 – Making Wales Grants, 2023 round

1. How many applications were received?

There were 188 eligible applications.

2. Please provide the assessor scores for each applicant.

We attach the scores for every application, identified by a random number rather than by applicant. The names of the applicants are withheld under section 40(2) of the Freedom of Information Act: most are sole traders, and linking their names to their scores would disclose personal data unfairly, particularly for the 141 unsuccessful applicants.

3. Who sat on the assessment panel?

The panel members are listed in our Annual Report 2023-24, page 18. As this is reasonably accessible, we are relying on section 21 of the Act: www.cdcw.example.wales/annual-report-2023-24

## Part 2 – Making Wales Grants, 2024 round

1. How many applications were received?

203 eligible applications.

2. Please provide the assessor scores for each applicant.

The 2024 round is still open: 34 applications are at appeal stage and final decisions will not be made until June 2025. We are withholding all of the 2024 scores under section 36(2)(c), as our qualified person, the Chair of the Council, considers that release before the appeals are decided would be likely to prejudice the effective conduct of the appeals process. We have considered the public interest and concluded that it favours withholding the scores at present. We expect to be able to release anonymised scores once the round closes.

3. Who sat on the assessment panel?

Dr Ffion Gwyther (chair), Marcus Olumide, Sian Rowlands, Bethan Carew and Ioan Pritchard.

If you are unhappy with our response, please ask for an internal review within 40 working days by writing to gwybodaeth@cdcw.example.wales. You may then complain to the Information Commissioner.

Yours sincerely,

Elin Morgan
Corporate Services Officer
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "partially_released", ["s40(2)"]),
        ("P1.Q3", "released", ["s21"]),
        ("P2.Q1", "released", []),
        ("P2.Q2", "withheld", ["s36(2)(c)"]),
        ("P2.Q3", "released", []),
    ],
))

# ---------------------------------------------------------------- 24
LOWFIELD_SITE = dict(template="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Lowfield Council</title>
<style>
body {{ font-family: Verdana, Geneva, sans-serif; font-size: 14px; margin: 0; }}
#gdpr {{ position: fixed; bottom: 0; width: 100%; background: #333; color: #eee; padding: 10px; }}
#masthead {{ background: #6b1d5c; color: #fff; padding: 14px 28px; }}
#menu {{ background: #f3e9f1; padding: 6px 28px; }}
#menu a {{ margin-right: 12px; }}
#wrap {{ display: flex; }}
#side {{ width: 220px; padding: 16px 28px; font-size: 13px; }}
#main {{ flex: 1; padding: 16px 28px 80px; }}
#foot {{ background: #6b1d5c; color: #fff; padding: 18px 28px; font-size: 12px; }}
#foot a {{ color: #fff; }}
</style>
</head>
<body>
<div id="masthead"><strong>Lowfield Metropolitan Borough Council</strong> – Working together for a greener Lowfield</div>
<div id="menu"><a href="/">Home</a><a href="/residents">Residents</a><a href="/business">Business</a><a href="/planning">Planning and building control</a><a href="/council-and-democracy">Council and democracy</a><a href="/news">News</a><a href="/contact">Contact</a></div>
<p style="padding: 4px 28px; font-size: 12px;">You are here: <a href="/">Home</a> / <a href="/council-and-democracy">Council and democracy</a> / <a href="/foi">Freedom of information</a> / <a href="/foi/log">Disclosure log</a> / {title}</p>
<div id="wrap">
<div id="side">
<h3>In this section</h3>
<ul><li><a href="/foi/make-a-request">Make a request</a></li><li><a href="/foi/eir">Environmental information</a></li><li><a href="/foi/log">Disclosure log</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li><li><a href="/foi/review">Ask for a review</a></li></ul>
</div>
<div id="main">
<h1>{title}</h1>
<p class="tags">Tags: planning, viability, Brackley Mill</p>
{body}
<p><small>Page last updated: 8 January 2025</small></p>
</div>
</div>
<div id="foot">
<p>Lowfield Metropolitan Borough Council, Town Hall, Victoria Square, Lowfield LW1 2TH</p>
<p><a href="/terms">Terms and conditions</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/foi">Freedom of information</a></p>
</div>
<div id="gdpr">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
</body>
</html>
""")

LETTERS.append(dict(
    file="lowfield-mbc-disclosure-eir-24-3310.html",
    format="html",
    site=LOWFIELD_SITE,
    title="EIR/24/3310 – Brackley Mill planning application",
    authority="Lowfield Metropolitan Borough Council",
    reference="EIR/24/3310",
    date="2024-12-20",
    received="2024-11-22",
    regime="eir",
    layout="disclosure-log web page; restate list then answers keyed 'Question n' with a grouped exception",
    traps=["grouped answer for questions 3 to 5 under reg12(5)(e)", "EIR reg13(1) and reg12(4)(a)",
           "partial release with redactions under two exceptions", "page-updated date differs from the response date",
           "cookie bar and side navigation", "request list numbered only by HTML <ol> markup"],
    body="""
Our Ref: EIR/24/3310
Date: 20 December 2024

Dear Requester

Environmental Information Regulations 2004 – Brackley Mill, Canal Side (application 24/01187/FUL)

Your request of 22 November 2024 has been dealt with under the Environmental Information Regulations 2004, as it relates to land use and the built environment. You asked:

1. On what date was the application validated?
2. How many objections have been received?
3. Please provide the developer's viability assessment.
4. Please provide the developer's estimated build costs.
5. Please provide the benchmark land value used in the viability assessment.
6. Please provide the names and addresses of everyone who objected.
7. Please provide the pre-application advice notes given to the developer.
8. Please provide the case officer's site visit notes.

**Question 1** – 14 August 2024.

**Question 2** – 317 objections and 12 letters of support, as at 19 December 2024.

**Questions 3 to 5** – The Council holds this information but it is withheld under regulation 12(5)(e) (confidentiality of commercial or industrial information). The viability assessment, build costs and land value were submitted in confidence, and disclosure would harm the developer's position in negotiating land purchase and construction contracts. The Council has commissioned an independent review of the assessment, and a summary of that review will be published with the committee report. Having considered the presumption in favour of disclosure, we have concluded that the public interest favours maintaining the exception.

**Question 6** – Objections are published on the planning portal with names and addresses removed. The names and addresses of objectors are personal data and are withheld under regulation 13(1).

**Question 7** – The pre-application advice notes are attached. Figures relating to the developer's costs have been redacted under regulation 12(5)(e), and the names of the developer's junior staff under regulation 13(1).

**Question 8** – The case officer's site visit was recorded by photographs only, which are on the planning file; no written notes were made. The Council does not hold the information and regulation 12(4)(a) applies.

If you are not satisfied, you can ask for an internal review (a reconsideration under regulation 11) within 40 working days. You then have the right to complain to the Information Commissioner.

Yours faithfully

Information Governance Team
Lowfield Metropolitan Borough Council
""",
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["reg12(5)(e)"]),
        ("P1.Q4", "withheld", ["reg12(5)(e)"]),
        ("P1.Q5", "withheld", ["reg12(5)(e)"]),
        ("P1.Q6", "withheld", ["reg13(1)"]),
        ("P1.Q7", "partially_released", ["reg12(5)(e)", "reg13(1)"]),
        ("P1.Q8", "not_held", ["reg12(4)(a)"]),
    ],
))
