from common import q, qs, R, NH, html_page

LETTERS = []

# ---------------------------------------------------------------- L17
LETTERS.append(dict(
    file="meridian-homes-MH-IG-2025-047.docx", fmt="docx",
    authority="Meridian Homes Ltd", reference="MH/IG/2025/047",
    date="2025-03-25", received="2025-02-28", regime="foia",
    layout="request as unnumbered bullets, answers numbered only by the authority's Word list",
    traps=["bullets numbered only by the authority", "answer numbers only in auto list numbering",
           "arm's-length company answering for a council", "weekday date"],
    questions=qs(1, [R, R, R, ("partially_released", ["s43(2)"]), NH]),
    body=html_page(css="body{font-family:'Trebuchet MS',Arial;font-size:10.5pt}", title="MH/IG/2025/047", body="""
<p><font size="5" color="#6a1b9a"><b>Meridian Homes</b></font><br><i>Managing homes on behalf of Carrowby City Council</i><br>Meridian House, 40 Canal Street, Carrowby CR4 6MH</p>
<p>Tuesday 25 March 2025</p>
<p>Our reference: MH/IG/2025/047</p>
<p>Hello,</p>
<p><b>Your Freedom of Information request</b></p>
<p>Thank you for your request, which we received on 28 February 2025. Meridian Homes Ltd is wholly owned by Carrowby City Council and is a public authority for the purposes of the Freedom of Information Act 2000. You asked us for:</p>
<ul>
<li>the number of damp and mould reports received from tenants in 2024;</li>
<li>the number of housing disrepair claims made against Meridian Homes in 2024;</li>
<li>the total compensation and damages paid to tenants for disrepair in 2024;</li>
<li>the names of the contractors used for mould treatment and the value of each contract;</li>
<li>the number of properties with a Category 1 damp and mould hazard under the Housing Health and Safety Rating System.</li>
</ul>
<p>Here is our response, in the same order as your request:</p>
<ol>
<li>We received 1,842 damp and mould reports in 2024.</li>
<li>97 disrepair claims were made in 2024.</li>
<li>We paid a total of £412,760 in compensation and damages, including legal costs paid to claimants' solicitors.</li>
<li>We use two contractors for mould treatment: Drywell Property Care Ltd and Castleton Building Services. We have not included the value of each contract because it is commercially sensitive and we are relying on section 43(2) of the Act to withhold it. Both contracts are due for re-tender this year and releasing the values now would be likely to damage our ability to get the best price. We think the public interest is better served by protecting a fair tender process.</li>
<li>We do not hold this. Our stock condition surveys record damp and mould but do not score hazards under the Housing Health and Safety Rating System, so we cannot tell you how many homes have a Category 1 hazard.</li>
</ol>
<p>If you're not happy with how we've dealt with your request, you can ask for a review by emailing information.governance@meridianhomes.org.uk. If you're still not happy after that, you can contact the Information Commissioner's Office.</p>
<p>Best wishes,</p>
<p>Sam Ridley<br>Information Governance Advisor<br>Meridian Homes</p>
""")))

# ---------------------------------------------------------------- L18
LETTERS.append(dict(
    file="vsla-FOIR-2025-118840.pdf", fmt="chrome-gs-pdf",
    authority="Vehicle Standards and Licensing Agency", reference="FOIR-2025-118840",
    date="2025-03-26", received="2025-02-26", regime="foia",
    layout="numbered prose answers, reasons and quoted statutory text in an annex after the answers",
    traps=["Month D, YYYY dates", "statutory text quoted in annex", "s22 future publication",
           "partial release under s38(1)(b)", "Ghostscript re-distilled PDF"],
    questions=qs(1, [R, R, R, ("partially_released", ["s38(1)(b)"]), ("released", ["s22(1)"]),
                     ("withheld", ["s31(1)(a)"])]),
    body=html_page(css="""
@page { size: A4; margin: 20mm 22mm 24mm 22mm; @bottom-right { content: "VSLA – FOIR-2025-118840 – page " counter(page) " of " counter(pages); font-size: 8pt; color: #666; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.agency { font-size: 18pt; font-weight: bold; border-left: 8px solid #1d70b8; padding-left: 10px; }
.q { font-weight: bold; margin-bottom: 2px; }
.quote { margin-left: 24px; font-size: 9.5pt; font-style: italic; }
.pn { position: fixed; bottom: -14mm; right: 0; font-size: 8pt; color: #666; }
.annex { page-break-before: always; }
""", title="FOIR-2025-118840", body="""
<div class="agency">Vehicle Standards and Licensing Agency</div>
<p style="font-size:9pt">Freedom of Information Team · Berkeley House · Longbridge Road · Nottwich NT2 5VS</p>
<p>March 26, 2025</p>
<p>Case reference: FOIR-2025-118840</p>
<p>Dear Requester</p>
<p>Thank you for your request for information received on February 26, 2025. Your questions and our answers are below.</p>
<p class="q">1. How many driving examiner posts were vacant on 31 January 2025?</p>
<p>214 full-time equivalent posts.</p>
<p class="q">2. How many driving test centres closed during 2024?</p>
<p>Five: Ashmore Green, Dunford, Little Harrow, Pellingham and Westcote Road.</p>
<p class="q">3. How many assaults on driving examiners were reported in 2024?</p>
<p>63.</p>
<p class="q">4. At which test centres did those assaults take place?</p>
<p>We can give you a breakdown by region: North 17, Midlands 14, South East 12, South West 8, Wales 5, Scotland 7. We have withheld the names of individual test centres under section 38(1)(b) of the Freedom of Information Act (health and safety) – please see Annex A.</p>
<p class="q">5. How many cases of candidate impersonation were referred to the police in 2024?</p>
<p>This figure will be published in the Agency's Counter-Fraud Annual Report 2024-25, which we plan to publish in June 2025. We are withholding it under section 22(1) until then – see Annex A.</p>
<p class="q">6. What methods does the Agency use to detect candidate impersonation?</p>
<p>We hold this information but are withholding it under section 31(1)(a) of the Act – see Annex A.</p>
<p>If you are unhappy with this response you may ask for an internal review within 40 working days. You also have the right to complain to the Information Commissioner.</p>
<p>Yours sincerely,</p>
<p>Freedom of Information Team<br>Vehicle Standards and Licensing Agency</p>
<div class="annex">
<h3>Annex A – exemptions and public interest</h3>
<p><b>Section 38(1)(b) – question 4</b></p>
<p class="quote">"Information is exempt information if its communication under this Act would, or would be likely to— (a) endanger the physical or mental health of any individual, or (b) endanger the safety of any individual."</p>
<p>Naming the centres where assaults occurred, combined with published information on the small number of examiners at most centres, would be likely to endanger the safety of the examiners concerned. The public interest in understanding the scale of the problem is met by the regional breakdown.</p>
<p><b>Section 22(1) – question 5</b></p>
<p>The figure is part of a report scheduled for publication in June 2025. It is reasonable to withhold it until then so that it is published with its accompanying context.</p>
<p><b>Section 31(1)(a) – question 6</b></p>
<p class="quote">"Information ... is exempt information if its disclosure under this Act would, or would be likely to, prejudice— (a) the prevention or detection of crime, (b) the apprehension or prosecution of offenders, ..."</p>
<p>Revealing detection methods would help those intent on impersonation to avoid detection. The public interest favours withholding.</p>
<p>For completeness, the Agency has not relied on section 40(2) or section 43(2) in this response.</p>
</div>
""")))

# ---------------------------------------------------------------- L19
LETTERS.append(dict(
    file="hollins-cross-tc-foi-scan.pdf", fmt="ocr-pdf",
    authority="Hollins Cross Town Council", reference="HCTC/FOI/03/25",
    date="2025-03-27", received="2025-03-03", regime="foia",
    layout="short informal letter, questions asked in prose and answered in paragraphs (OCR'd scan)",
    traps=["OCR'd scan", "questions never numbered", "ordinal date '27th March 2025'"],
    questions=qs(1, [R, R, NH]),
    body=html_page(css="body{font-family:'Liberation Serif',serif;font-size:12pt} p{margin:0 0 10px 0}", title="HCTC", body="""
<p align="center"><b><font size="5">HOLLINS CROSS TOWN COUNCIL</font></b><br>The Town Hall, Market Place, Hollins Cross HX9 5TC<br>Telephone 01632 960 778 · clerk@hollinscross-tc.gov.uk</p>
<p>&nbsp;</p>
<p>Our ref: HCTC/FOI/03/25</p>
<p>27th March 2025</p>
<p>Dear Sir or Madam,</p>
<p><b>Freedom of Information request</b></p>
<p>Thank you for your email, which the Council received on 3rd March 2025. You wanted to know what salary the Town Clerk is paid, how much the Council spent on the Christmas lights in 2024, and how many complaints the Council has received about the allotments in the last two years.</p>
<p>The Town Clerk is employed on the NJC scale at LC3, spinal column points 29 to 32. The current point is 30, which is £42,403 per annum.</p>
<p>The Christmas lights for 2024 cost £6,450, which includes installation, removal and the annual safety test.</p>
<p>Regarding the allotments, the Council does not keep a log of complaints by subject, so I am afraid we do not hold this information. Issues raised by allotment holders are dealt with by the Allotments Committee as they arise.</p>
<p>If you are not satisfied with this reply you may ask the Council to review it, and after that you may complain to the Information Commissioner.</p>
<p>Yours faithfully,</p>
<p>&nbsp;</p>
<p>Janet Oakes<br>Town Clerk and RFO</p>
""")))

# ---------------------------------------------------------------- L20
LETTERS.append(dict(
    file="sftso-FOI-2025-0091.pdf", fmt="lo-pdf",
    authority="Scottish Fair Trading Standards Office", reference="SFTSO/FOI/2025/0091",
    date="2025-03-28", received="2025-03-03", regime="foisa",
    layout="interleaved 'You asked' / 'Our answer' (FOISA) with NCND",
    traps=["FOISA s18(1) read with s35(1)(a)", "section 17 notice", "FOISA s25 signpost",
           "national body"],
    questions=qs(1, [R, ("ncnd", ["foisa:s18(1)", "foisa:s35(1)(a)"]),
                     ("not_held", ["foisa:s17(1)"]), ("released", ["foisa:s25(1)"])]),
    footer="Scottish Fair Trading Standards Office · 15 Lochrin Wynd, Edinburgh EH3 9QF · www.sftso.scot",
    body="""
<p><font size="4"><b>Scottish Fair Trading Standards Office</b></font><br>Information Governance<br>15 Lochrin Wynd<br>Edinburgh EH3 9QF</p>
<p>Your ref: email of 3 March 2025<br>Our ref: SFTSO/FOI/2025/0091<br>Date: 28 March 2025</p>
<p>Dear Requester</p>
<p><b>Request for information – letting agents</b></p>
<p>Thank you for your request, received on 3 March 2025, which we have dealt with under the Freedom of Information (Scotland) Act 2002 (FOISA).</p>
<p><u>You asked</u>: How many investigations into letting agents did the Office open in 2024?</p>
<p><u>Our answer</u>: 19.</p>
<p><u>You asked</u>: Is the Office currently investigating Kilbride Lettings Ltd?</p>
<p><u>Our answer</u>: In terms of section 18(1) of FOISA, read with section 35(1)(a), the Office neither confirms nor denies whether it holds this information. If the information existed and were held, it would be exempt from disclosure under section 35(1)(a), because disclosure would be likely to prejudice substantially the prevention or detection of crime. Confirming or denying that any particular business is under investigation would itself be contrary to the public interest, as it could alert a business to an investigation or unfairly damage the reputation of a business that is not under investigation.</p>
<p><u>You asked</u>: How many staff work in the Office's lettings enforcement team?</p>
<p><u>Our answer</u>: The Office does not have a dedicated lettings enforcement team; cases are allocated across our general investigations teams. Under section 17(1) of FOISA, this is formal notice that we do not hold the information you asked for.</p>
<p><u>You asked</u>: Please send me your most recent annual report.</p>
<p><u>Our answer</u>: Our Annual Report and Accounts 2023-24 is available at www.sftso.scot/annual-report-2023-24. Under section 25(1) of FOISA we do not have to provide information which is already reasonably accessible to you.</p>
<p><b>Your right to request a review</b><br>If you are unhappy with this response, you may ask us to review it within 40 working days. If you are then dissatisfied, you may apply to the Scottish Information Commissioner for a decision under section 47(1) of FOISA.</p>
<p>Yours sincerely</p>
<p>Euan Baird<br>Information Governance Officer</p>
"""))

# ---------------------------------------------------------------- L21
LETTERS.append(dict(
    file="teifi-valley-uhb-foi-25-147.html", fmt="html",
    authority="Teifi Valley University Health Board", reference="TVUHB FOI 25-147",
    date="2025-03-31", received="2025-03-03", regime="foia",
    layout="disclosure-log web page, REQUEST / RESPONSE blocks",
    traps=["£0 released because parking is free", "s43(2) partial and full withholding",
           "site chrome, bilingual navigation", "reference with spaces"],
    questions=qs(1, [R, R, ("partially_released", ["s43(2)"]), R, ("withheld", ["s43(2)"]),
                     ("withheld", ["s40(2)"])]),
    body="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>FOI 25-147 Car parking enforcement – Teifi Valley University Health Board</title>
<style>body{font-family:Arial,sans-serif;margin:0}#cookie{background:#f3f2f1;border-bottom:2px solid #b1b4b6;padding:12px 28px}
.mast{background:#005eb8;color:#fff;padding:12px 28px}.mast a{color:#fff}.lang{float:right}.menu{background:#003087;padding:6px 28px}.menu a{color:#fff;margin-right:16px}
.crumb{padding:8px 28px;font-size:88%}.main{padding:0 28px 28px;max-width:820px}.req{background:#f0f4f5;padding:6px 12px;border-left:4px solid #005eb8}
footer{background:#425563;color:#fff;padding:16px 28px;font-size:88%}</style></head>
<body>
<div id="cookie"><h2 style="margin:0;font-size:16px">Cookies on our website</h2><p>We use some essential cookies to make this website work. We'd also like to use analytics cookies. <button>Accept analytics cookies</button> <button>Reject analytics cookies</button></p></div>
<div class="mast"><a href="/"><b>Teifi Valley University Health Board</b></a> <span class="lang"><a href="/cy">Cymraeg</a></span></div>
<div class="menu"><a href="/services">Our services</a><a href="/hospitals">Hospitals</a><a href="/about-us">About us</a><a href="/about-us/foi">Freedom of information</a><a href="/careers">Work for us</a></div>
<div class="crumb"><a href="/">Home</a> › <a href="/about-us">About us</a> › <a href="/about-us/foi">Freedom of information</a> › <a href="/about-us/foi/disclosure-log">Disclosure log</a> › FOI 25-147</div>
<div class="main">
<h1>Car parking enforcement</h1>
<p>Reference: TVUHB FOI 25-147<br>Received: 3 March 2025<br>Responded: 31 March 2025</p>
<p>Teifi Valley University Health Board has responded to the request below. The Board publishes responses of wider interest in this log.</p>

<h3>REQUEST 1</h3>
<p class="req">How much income did the Health Board receive from staff car parking charges in 2023/24?</p>
<h3>RESPONSE</h3>
<p>£0. Car parking for staff, patients and visitors is free at all Health Board sites.</p>

<h3>REQUEST 2</h3>
<p class="req">How many parking charge notices were issued to patients and visitors at Health Board sites in 2023/24?</p>
<h3>RESPONSE</h3>
<p>3,118 parking charge notices were issued, all for parking in restricted areas such as ambulance bays, blue badge bays without a badge, and fire lanes.</p>

<h3>REQUEST 3</h3>
<p class="req">Who is the parking enforcement contractor and what is the value of the contract?</p>
<h3>RESPONSE</h3>
<p>The contractor is Civic Parking Solutions Ltd. The value of the contract is withheld under section 43(2) of the Freedom of Information Act 2000 (commercial interests). The contract is let on a concession basis and its value reflects the contractor's commercial model; disclosure would be likely to prejudice the contractor's position with other clients and the Health Board's position when the contract is re-let in 2026. We have considered the public interest and concluded that it favours withholding this figure.</p>

<h3>REQUEST 4</h3>
<p class="req">How many appeals against parking charge notices were upheld?</p>
<h3>RESPONSE</h3>
<p>1,204 appeals were upheld in 2023/24.</p>

<h3>REQUEST 5</h3>
<p class="req">What share of parking charge income does the contractor retain?</p>
<h3>RESPONSE</h3>
<p>This information is withheld under section 43(2), for the reasons given in response to request 3.</p>

<h3>REQUEST 6</h3>
<p class="req">Please give the names of the Health Board staff who manage the parking contract.</p>
<h3>RESPONSE</h3>
<p>The names of the individual staff who manage the contract are withheld under section 40(2), as they are personal information and disclosure would not be fair to the staff concerned.</p>

<p>If you are dissatisfied with this response you may request an internal review by contacting foi.tvuhb@wales.nhs.uk.</p>
</div>
<footer><p>Teifi Valley University Health Board, Ty Afon, Heol y Bont, Aberteifi SA43 9TV</p><p><a href="/accessibility" style="color:#fff">Accessibility</a> · <a href="/privacy" style="color:#fff">Privacy</a> · <a href="/cookies" style="color:#fff">Cookies</a> · <a href="/welsh-language" style="color:#fff">Welsh Language Standards</a></p></footer>
</body></html>
"""))

# ---------------------------------------------------------------- L22
LETTERS.append(dict(
    file="lb-fenwick-green-6617-FOI-25.md", fmt="md",
    authority="London Borough of Fenwick Green", reference="6617/FOI/25",
    date="2025-03-20", received="2025-02-20", regime="foia",
    layout="requests in two parts (Part A / Part B), Q1/A1 interleaved, reasons after the answers",
    traps=["parts whose numbering restarts", "answers say 'see reasons below'", "reasons section after the answers",
           "attached spreadsheet", "abbreviated weekday dates", "'no targets' = not held"],
    questions=(qs(1, [R, ("released", ["s21"]), R, ("withheld", ["s31(1)(a)"])])
               + qs(2, [R, R, ("withheld", ["s40(2)"]), NH])),
    body="""**London Borough of Fenwick Green**
Information Governance | Fenwick Green Town Hall | 1 Broadway | London E19 4FG

Case number: 6617/FOI/25
Date of request: Thu 20 Feb 2025
Date of response: Thu 20 Mar 2025

Dear Requester,

**Freedom of Information Act 2000: traffic enforcement cameras and civil enforcement officers**

Thank you for your request. I have set out each question below, followed by the Council's answer.

## Part A — Enforcement cameras

**Q1.** How many cameras does the Council use for moving traffic enforcement?
**A1.** 47 fixed cameras.

**Q2.** Where is each camera located?
**A2.** The location of every fixed camera is published on our website: https://www.fenwickgreen.gov.uk/parking/camera-locations. Section 21 applies; see reasons below.

**Q3.** How many penalty charge notices were issued by each camera in 2024?
**A3.** Please see the attached spreadsheet, which lists the number of PCNs issued by each of the 47 cameras in 2024.

**Q4.** Please provide the deployment schedule for the Council's mobile CCTV enforcement vehicles for March 2025.
**A4.** Withheld – see reasons below.

## Part B — Civil enforcement officers

**Q1.** How many civil enforcement officers (CEOs) does the Council employ?
**A1.** 112.

**Q2.** How many CEOs were assaulted while on duty in 2024?
**A2.** 19 assaults on CEOs were reported in 2024.

**Q3.** Please give the names of any CEOs dismissed in 2024 and the reasons.
**A3.** Withheld – see reasons below.

**Q4.** What targets or quotas are CEOs given for issuing PCNs?
**A4.** No such information is held. CEOs are not given targets or quotas for the number of PCNs they issue, and the Council's contract with its enforcement provider prohibits them.

## Reasons

**Section 21 (Part A, question 2).** Information that is reasonably accessible to the applicant by other means is exempt. The camera locations are published at the link above.

**Section 31(1)(a) (Part A, question 4).** Publishing where and when mobile enforcement vehicles will operate would allow drivers to avoid enforcement at those locations and times, which would be likely to prejudice the prevention and detection of contraventions and offences. We considered the public interest in transparency, but concluded that it is outweighed by the public interest in effective enforcement.

**Section 40(2) (Part B, question 3).** The names of dismissed employees, and the reasons for their dismissal, are personal data. Disclosure would not be fair or lawful and would breach the first data protection principle.

If you are unhappy with this response, you may request an internal review by emailing foi@fenwickgreen.gov.uk within 40 working days. You can then complain to the Information Commissioner's Office if you remain dissatisfied.

Yours sincerely,

Olu Adebayo
Information Governance Officer
"""))

# ---------------------------------------------------------------- L23
LETTERS.append(dict(
    file="greymoor-bc-0219-EIR-25.docx", fmt="docx",
    authority="Greymoor Borough Council", reference="0219-EIR-25",
    date="2025-03-11", received="2025-02-11", regime="eir",
    layout="EIR planning request, request and answers in auto-numbered Word lists",
    traps=["EIR exceptions incl. reg12(4)(a) not held", "reg6(1)(b) signpost",
           "answer numbers only in Word list numbering", "dd-mm-yyyy dates", "FOIA s39 not cited"],
    questions=qs(1, [("not_held", ["reg12(4)(a)"]), ("withheld", ["reg12(4)(d)"]),
                     ("partially_released", ["reg13(1)"]), ("withheld", ["reg12(5)(e)"]),
                     ("released", ["reg6(1)(b)"])]),
    body=html_page(css="body{font-family:Cambria,serif;font-size:11pt}", title="0219-EIR-25", body="""
<p><b>GREYMOOR BOROUGH COUNCIL</b><br>Planning and Regeneration<br>Moorside House, Greymoor GM2 7PB</p>
<p>Ref: 0219-EIR-25<br>Date: 11-03-2025</p>
<p>Dear Requester</p>
<p><b>Environmental Information Regulations 2004 – planning application 24/01187/MIN, Holdfast Quarry extension</b></p>
<p>Your request was received on 11-02-2025. As it concerns a planning application and the use of land, it has been handled under the Environmental Information Regulations 2004. You asked for:</p>
<ol>
<li>notes of any meetings between councillors and the applicant about the application;</li>
<li>the draft officer report to the Planning Committee;</li>
<li>copies of all objections received;</li>
<li>the viability assessment submitted by the applicant;</li>
<li>the noise monitoring data submitted with the application.</li>
</ol>
<p>Our response to each item is below.</p>
<ol>
<li>No information is held. Our records show no meetings between councillors and the applicant about this application, and regulation 12(4)(a) therefore applies.</li>
<li>The draft report is withheld under regulation 12(4)(d), as it is unfinished material. The final report will be published with the committee agenda five clear working days before the meeting.</li>
<li>The 214 objections received are attached. We have redacted the names, addresses, email addresses and signatures of individual objectors under regulation 13(1), as their disclosure would breach the data protection principles. The substance of each objection is released in full.</li>
<li>The viability assessment is withheld under regulation 12(5)(e). It contains the applicant's cost and revenue projections, which were provided in confidence to protect a legitimate economic interest.</li>
<li>The noise monitoring data forms part of the application documents, which are available on the Council's planning portal at planning.greymoor.gov.uk (search for 24/01187/MIN). Under regulation 6(1)(b) we are not required to provide it in another form.</li>
</ol>
<p><b>Public interest test</b></p>
<p>Regulations 12(4)(d) and 12(5)(e) are subject to the public interest test and the presumption in favour of disclosure in regulation 12(2). We recognise the strong public interest in a controversial minerals application. However, the draft report may change materially before it is finalised, and the viability information would damage the applicant's negotiating position with purchasers of the mineral. On balance we consider that the public interest favours maintaining both exceptions.</p>
<p>You may ask for an internal review within 40 working days. If you remain dissatisfied, you may complain to the Information Commissioner.</p>
<p>Yours faithfully</p>
<p>Mark Henshaw<br>Senior Planning Support Officer</p>
""")))

# ---------------------------------------------------------------- L24
LETTERS.append(dict(
    file="och-FOI-0057.md", fmt="md",
    authority="Office for Coastal Heritage", reference="OCH-FOI-0057",
    date="2025-03-31", received="2025-03-04", regime="foia",
    layout="vexatious refusal of whole request",
    traps=["s14(1) vexatious refusal", "earlier request references quoted", "ICO case reference quoted",
           "s14(2) quoted only by contrast", "only the request date given"],
    questions=qs(1, [("refused", ["s14(1)"])] * 2),
    body="""# Office for Coastal Heritage

*Information Rights Team · 3 Customs House Quay · Portsea PO1 3CH*

**Reference:** OCH-FOI-0057
**Date:** 31 March 2025

Dear Requester,

### Your request dated 4 March 2025

You asked:

> (a) all emails sent or received by the Chief Executive between 1 January 2024 and 28 February 2025 that mention the Saltmarsh Lighthouse restoration; and
> (b) all text and WhatsApp messages between any members of the Board about you or your previous requests.

### Our decision

We have decided to refuse your request under section 14(1) of the Freedom of Information Act 2000, because we consider it to be vexatious.

This is the fourth request you have made to us in six months about the Saltmarsh Lighthouse restoration (our references OCH-FOI-0031, OCH-FOI-0039 and OCH-FOI-0044). The previous requests have been answered in full or explained, and the Information Commissioner upheld our handling of OCH-FOI-0031 in decision notice IC-48213-K9P2. Part (b) of your request seeks information about you personally and about the Board's handling of your correspondence rather than information about the restoration itself.

We have considered the value and purpose of the request against the burden it would place on a small organisation of 22 staff. In our view the request, taken with the history of your correspondence, is a disproportionate and unjustified use of the Act. We are not refusing it as a repeated request under section 14(2), since it is not identical to your earlier requests; we rely on section 14(1) for both parts.

Any personal data about you that we hold can be requested separately as a subject access request under the UK GDPR.

### Your rights

You may ask for an internal review by writing to foi@coastalheritage.org.uk within 40 working days. If you are not content with the outcome, you may complain to the Information Commissioner.

Yours sincerely,

Helen Tranter
Head of Governance
"""))
