"""Letters 1-6."""
from common import Q, E, paras, by

COMPLAIN_ENG = """If you are dissatisfied with the handling of your request you may ask for an internal review. Please write to us within 40 working days of the date of this letter. If you remain dissatisfied after the review you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, for a decision."""


# ---------------------------------------------------------------- 1
def l01():
    qs = [
        Q(1, 1, "Is the Council's domestic pest control service delivered in-house or by an external contractor?",
          "released", [], "By an external contractor. The service was contracted out from 1 April 2022 following a competitive tender."),
        Q(1, 2, "If a contractor is used, please give the name of the contractor.",
          "released", [], "Vermilion Environmental Services Ltd"),
        Q(1, 3, "What is the value of the contract, and what unit rates does the Council pay per treatment?",
          "partially_released", ["s43(2)"],
          "The total contract value is £412,000 over four years (1 April 2022 to 31 March 2026). The unit rates paid per treatment are withheld under section 43(2) of the Act – please see the reasons set out after this table."),
        Q(1, 4, "How many call-outs for rats were made in 2022/23 and in 2023/24?",
          "released", [], "2022/23: 1,184\n2023/24: 1,302"),
        Q(1, 5, "How many call-outs for bed bugs were made in the same two years?",
          "released", [], "2022/23: 0\n2023/24: 0\nBed bug treatment is offered but there were no requests in either year."),
        Q(1, 6, "How many complaints about the contractor has the Council received since the contract began?",
          "not_held", [],
          "The Council does not hold this information. Complaints about treatments are logged and handled by the contractor directly and are not passed to the Council, so no record of them is held by us."),
    ]
    rows = "\n".join(
        f"<tr><td width='6%' valign='top'>{q.n}</td><td width='40%' valign='top'>{E(q.text)}</td>"
        f"<td width='54%' valign='top'>{E(q.ans).replace(chr(10), '<br>')}</td></tr>" for q in qs)
    body = f"""<html><head><meta charset="utf-8"><title>FOI/25/0412</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:10.5pt}} td{{font-size:10pt}} h1{{font-size:15pt;color:#1f4e79}}</style></head><body>
<div title="footer"><p align="center"><font size="1">Thornbury Vale District Council · Civic Offices · Mill Lane · Ashcombe · AC4 7QP · www.thornburyvale.gov.uk</font></p></div>
<h1>Thornbury Vale District Council</h1>
<p>Information Governance Team<br>Civic Offices, Mill Lane<br>Ashcombe<br>AC4 7QP<br>foi@thornburyvale.gov.uk</p>
<table width="100%"><tr><td width="50%">&nbsp;</td><td width="50%">Our ref: FOI/25/0412<br>Your ref: not given<br>Contact: Priya Natarajan<br>Date: 3 March 2025</td></tr></table>
<p>Dear Requester,</p>
<p><b>Freedom of Information Act 2000 – request for information about pest control</b></p>
<p>Thank you for your request for information, which the Council received on 5 February 2025. I apologise that our reply is later than the 20 working days the Act allows.</p>
<p>Your questions, and the Council's response to each of them, are set out in the table below.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="6%"><b>No.</b></td><td width="40%"><b>Your question</b></td><td width="54%"><b>Our response</b></td></tr>
{rows}
</table>
<p>&nbsp;</p>
<p><b>Reasons for withholding information</b></p>
<p><b>Section 43(2) – Commercial interests (question 3)</b></p>
{paras('''Section 43(2) of the Act exempts information whose disclosure would, or would be likely to, prejudice the commercial interests of any person, including the Council itself.

The unit rates were submitted by the contractor in a competitive tender and the contract is due to be re-tendered during 2025/26. Disclosure of the rates would give competing bidders an insight into the contractor's pricing model and would be likely to prejudice both the contractor's position and the Council's ability to secure best value when the service is re-procured.

Section 43 is a qualified exemption, so we have considered the public interest. In favour of disclosure is the general interest in openness about how public money is spent, which we consider is largely met by the release of the total contract value. In favour of withholding is the public interest in fair competition and in the Council obtaining value for money for local taxpayers. Having weighed these factors, we have concluded that the public interest in maintaining the exemption outweighs the public interest in disclosure.''')}
<p><b>Your right to complain</b></p>
{paras(COMPLAIN_ENG)}
<p>Yours sincerely</p>
<p>&nbsp;</p>
<p>Priya Natarajan<br>Information Governance Officer<br>Thornbury Vale District Council</p>
</body></html>"""
    return dict(
        file="thornbury-vale-dc-FOI-25-0412.pdf", fmt="pdf-lo",
        authority="Thornbury Vale District Council", reference="FOI/25/0412",
        date="2025-03-03", received="2025-02-05", regime="foia",
        layout="table (No. | question | response), LibreOffice PDF; reasons section after the table",
        traps=["wrapped table cells", "released zero (0 call-outs)", "s43(2) explained after the table",
               "not held answer", "ICO address boilerplate"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 2
def l02():
    qs = [
        Q(1, 1, "The number of pupils assessed as eligible for free home to school transport in the 2023/24 academic year.",
          "released", [], "4,812 pupils were assessed as eligible for free home to school transport in 2023/24."),
        Q(1, 2, "The Council's total spend on home to school transport in the 2023/24 financial year.",
          "released", [], "£21,604,330 (outturn, all pupil groups including post-16)."),
        Q(1, 3, "The number of pupils with special educational needs and disabilities (SEND) transported by taxi or private hire vehicle in 2023/24.",
          "released", [], "1,106 pupils."),
        Q(1, 4, "The names of the taxi and minibus operators contracted to provide SEND transport, and the value of each operator's contract.",
          "partially_released", ["s43(2)"], ""),
        Q(1, 5, "The number of complaints received about home to school transport in 2023/24.",
          "not_held", [], ""),
        Q(1, 6, "A copy of the Council's current home to school transport policy.",
          "released", ["s21"], ""),
        Q(1, 7, "The number of appeals against a refusal of transport heard in 2023/24, and how many were upheld.",
          "released", [], ""),
        Q(1, 8, "The names of any drivers whose school transport passenger-carrying badge was suspended by the Council during 2023/24.",
          "withheld", ["s40(2)"], ""),
    ]
    items = "\n".join(f"<li>{E(q.text)}</li>" for q in qs)
    body = f"""<html><head><meta charset="utf-8"><title>EC-FOI-2025-01877</title>
<style>body{{font-family:'Liberation Serif','Times New Roman';font-size:12pt}}</style></head><body>
<div title="header"><p align="right"><font size="2">EASTMOOR COUNTY COUNCIL – Information Requests</font></p></div>
<p align="center"><font size="5"><b>EASTMOOR COUNTY COUNCIL</b></font><br>Children, Families and Learning<br>County Hall · Eastmoor Road · Brackley Cross · EM1 2HQ</p>
<p>Reference: EC-FOI-2025-01877<br>Date request received: 05/02/2025<br>Date of response: 04/03/2025</p>
<p>Dear</p>
<p><b>Request for information – Home to School Transport</b></p>
<p>Your request has been handled under the Freedom of Information Act 2000. I note you seek access to the following information:</p>
<ol>
{items}
</ol>
<p><b>Our response</b></p>
<p>Eastmoor County Council holds information within the scope of your request. The information was supplied by three different teams, and for convenience I have set out the answers in the order in which they were received rather than in numerical order.</p>
<p><b>In answer to point 6</b> – The Council's Home to School Travel Policy 2024/25 is published on our website at https://www.eastmoor.gov.uk/schools/travel-policy. As this information is already reasonably accessible to you, it is exempt under section 21 of the Act and we are not required to provide a further copy.</p>
<p><b>In answer to point 1</b> – 4,812 pupils were assessed as eligible for free home to school transport in 2023/24.</p>
<p><b>In answer to point 2</b> – £21,604,330 (outturn, all pupil groups including post-16).</p>
<p><b>In answer to point 3</b> – 1,106 pupils.</p>
<p><b>In answer to point 7</b> – 212 appeals were heard by the Transport Appeals Panel in 2023/24. Of these, 61 were upheld in full or in part.</p>
<p><b>In answer to point 5</b> – The Council does not hold this information. Complaints about school transport are logged on our corporate complaints system under the general category "Children's Services – other" and are not recorded separately, so we cannot identify how many related to transport.</p>
<p><b>In answer to point 4</b> – The operators contracted to provide SEND transport during 2023/24 were: Brackley Cross Cars Ltd; Moorside Minibus Co-operative; A1 Eastmoor Taxis; Swiftline Private Hire; and Harcourt Community Transport. The value of each individual operator's contract is withheld under section 43(2) of the Act (commercial interests). The routes are re-tendered on a rolling basis, and disclosing what each operator is paid would reveal their pricing to competitors ahead of the next round of mini-competitions, which would be likely to prejudice both the operators' and the Council's commercial interests. We accept there is a public interest in transparency over spending, which is served by the total figure at point 2, but we consider the public interest favours maintaining the exemption.</p>
<p><b>In answer to point 8</b> – This information is withheld under section 40(2) of the Act. The names of individual drivers are their personal data, and disclosure would not be fair or lawful under the UK GDPR principles; drivers would have no expectation that the Council would publish details of a licensing action taken against them.</p>
<p>If you are unhappy with this response you may request an internal review by writing to foi@eastmoor.gov.uk. You also have the right to complain to the Information Commissioner.</p>
<p>Yours faithfully,</p>
<p>Information Requests Team<br>Eastmoor County Council</p>
</body></html>"""
    return dict(
        file="eastmoor-cc-EC-FOI-2025-01877.docx", fmt="docx",
        authority="Eastmoor County Council", reference="EC-FOI-2025-01877",
        date="2025-03-04", received="2025-02-05", regime="foia",
        layout="restate (automatic list numbering in DOCX) then keyed answers 'In answer to point N'",
        traps=["HARD: answers out of numerical order", "question numbers exist only as Word automatic numbering",
               "s21 signposting", "partial release with s43(2)", "dd/mm/yyyy dates"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 3
def l03():
    qs = [
        Q(1, 1, "the number of fly-tipping reports received in each ward, for each year from 2019/20 to 2023/24", "refused", ["s12(1)"]),
        Q(1, 2, "the number of fixed penalty notices issued for fly-tipping in each of those years, broken down by ward", "refused", ["s12(1)"]),
        Q(1, 3, "the number of prosecutions for fly-tipping and the outcome of each case", "refused", ["s12(1)"]),
        Q(1, 4, "the average time taken to clear a reported fly-tip in each ward", "refused", ["s12(1)"]),
        Q(1, 5, "the locations of any covert or overt CCTV cameras deployed to tackle fly-tipping", "refused", ["s12(1)"]),
    ]
    bullets = "\n".join(f"<li>{E(q.text)};</li>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>GAMBC/IG/00934</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 25mm 20mm; }}
body {{ font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 10pt; line-height: 1.45; }}
.lh {{ border-bottom: 3px solid #6a1b9a; padding-bottom: 6px; margin-bottom: 14px; }}
.lh .n {{ font-size: 17pt; color: #6a1b9a; font-weight: bold; }}
.meta td {{ padding: 1px 12px 1px 0; }}
@page {{ @bottom-center {{ content: 'Greater Ashworth – a place to grow · Information Governance Unit, Ashworth Town Hall, Victoria Square, Ashworth AS1 1TH'; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #555; }} }}
ul li {{ margin-bottom: 3px; }}
</style></head><body>
<div class="lh"><span class="n">Greater Ashworth Metropolitan Borough Council</span><br>Information Governance Unit</div>
<table class="meta">
<tr><td>Our reference</td><td>GAMBC/IG/00934</td></tr>
<tr><td>Request received</td><td>10th February 2025</td></tr>
<tr><td>Date</td><td>5th March 2025</td></tr>
</table>
<p>Dear Sir or Madam</p>
<p><b>Freedom of Information Act 2000 – Fly-tipping enforcement</b></p>
<p>Thank you for your email asking for the following:</p>
<ul>
{bullets}
</ul>
<p><b>Decision</b></p>
<p>I am sorry, but we are unable to provide the information you have requested. Section 12(1) of the Freedom of Information Act does not oblige a public authority to comply with a request if it estimates that the cost of doing so would exceed the appropriate limit. For local authorities the limit is £450, which is calculated at £25 per hour and equates to 18 hours of work.</p>
<p>Fly-tipping reports are held on our Environmental Services case system, which does not record the ward in a reportable field. The ward would have to be established from the free-text location of each report. Between 2019/20 and 2023/24 the Council received 41,760 reports. Even at a conservative 30 seconds per report to read the location and assign a ward, this would take 348 hours, far in excess of the 18-hour limit. Your other questions would also require the same case records to be examined, and where requests relate to the same or similar information they may be aggregated for the purposes of the cost estimate. I am therefore refusing your request in its entirety under section 12(1), and this letter acts as a refusal notice under section 17(5) of the Act.</p>
<p><b>Advice and assistance</b></p>
<p>Under section 16 we have a duty to advise and assist. You may wish to narrow your request, for example to borough-wide totals for one or two years, which we expect could be answered from our annual returns to central government. Please note that if you ask again for the locations of CCTV cameras, that part of any new request would be considered carefully, as information of that kind may engage the exemption at section 31 (law enforcement); we mention this only so that you can decide whether to include it.</p>
<p><b>Your right to complain</b></p>
<p>{E(COMPLAIN_ENG)}</p>
<p>Kind regards</p>
<p><b>D. Okonkwo-Barnes</b><br>Information Governance Officer<br>Greater Ashworth Metropolitan Borough Council</p>
</body></html>"""
    return dict(
        file="greater-ashworth-mbc-GAMBC-IG-00934.pdf", fmt="pdf-chrome",
        authority="Greater Ashworth Metropolitan Borough Council", reference="GAMBC/IG/00934",
        date="2025-03-05", received="2025-02-10", regime="foia",
        layout="restated bullets (unnumbered) then one cost-refusal decision for the whole request; Chromium PDF",
        traps=["whole-request s12(1) refusal with arithmetic", "s17(5) refusal-notice mention is not a stance",
               "s31 mentioned only as advice, not applied", "questions are unnumbered bullets", "ordinal dates"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 4
def l04():
    qs = [
        Q(1, 1, "How many households were living in temporary accommodation arranged by the Council on 31 December 2024?",
          "released", [], "2,946 households."),
        Q(1, 2, "Of those, how many were in bed and breakfast accommodation?",
          "released", [], "188 households."),
        Q(1, 3, "How many of the households in temporary accommodation were placed outside the borough?",
          "released", [], "1,031 households were placed outside the London Borough of Kingsmere."),
        Q(1, 4, "What was the Council's total spend on nightly-paid temporary accommodation in 2023/24?",
          "released", [], "£48,212,560."),
        Q(1, 5, "Please list the ten providers of nightly-paid accommodation that received the most money from the Council in 2023/24 and the amount paid to each.",
          "partially_released", ["s43(2)"],
          "The ten providers, in alphabetical order, were: Aldgate Lettings Ltd; Brightwell Homes; Capital Stay Ltd; Eastway Residential; Greenleaf Properties; Hartfield Housing Solutions; Metro Rooms Ltd; Northgate Lodge; Riverside Emergency Housing; Trident Accommodation. The amount paid to each provider is withheld under section 43(2) – see the reasons below."),
        Q(1, 6, "How many families with children were in B&B accommodation for more than six weeks at the end of each quarter of 2024?",
          "released", ["s21"],
          "This information is published quarterly in the statutory homelessness (H-CLIC) live tables on GOV.UK: https://www.gov.uk/government/statistical-data-sets/live-tables-on-homelessness. As it is reasonably accessible to you, we are applying section 21 of the Act."),
        Q(1, 7, "Please provide the names and salaries of the staff in the temporary accommodation procurement team.",
          "withheld", ["s40(2)"],
          "Withheld. The names and individual salaries of officers are personal information and are exempt under section 40(2) – see the reasons below. Senior salaries above £50,000 are published in our annual Statement of Accounts by band."),
    ]
    qa = "\n".join(
        f"""<div class="qa"><p class="q"><strong>Q{q.n}.</strong> {E(q.text)}</p>
<p class="a"><strong>A{q.n}.</strong> {E(q.ans)}</p></div>""" for q in qs)
    body = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Temporary accommodation – LBK-FOI-25-3306 | Disclosure log | London Borough of Kingsmere</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}} header{{background:#00594f;color:#fff;padding:10px 24px}}
nav a{{color:#fff;margin-right:16px}} .crumbs{{padding:8px 24px;font-size:13px}} main{{padding:0 24px;max-width:860px}}
.cookie{{background:#ffd;border:1px solid #cc9;padding:10px 24px;font-size:13px}} footer{{background:#eee;padding:16px 24px;font-size:12px;margin-top:32px}}
.q{{font-weight:normal}} .a{{margin-left:20px}} dl.meta dt{{font-weight:bold;float:left;width:190px}}
</style></head>
<body>
<div class="cookie" id="cookie-banner">We use cookies to make this website work and to understand how you use it.
<button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></div>
<header><a href="/" style="color:#fff;font-size:22px;font-weight:bold">Kingsmere</a> <span>London Borough of Kingsmere</span>
<nav><a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/housing">Housing</a><a href="/parking">Parking</a><a href="/your-council">Your council</a><a href="/search">Search</a></nav></header>
<div class="crumbs"><a href="/">Home</a> › <a href="/your-council">Your council</a> › <a href="/foi">Freedom of information</a> › <a href="/foi/disclosure-log">Disclosure log</a> › Temporary accommodation</div>
<main>
<h1>Temporary accommodation placements and spend</h1>
<dl class="meta">
<dt>Reference</dt><dd>LBK-FOI-25-3306</dd>
<dt>Request received</dt><dd>7 February 2025</dd>
<dt>Date of response</dt><dd>6 March 2025</dd>
<dt>Published to log</dt><dd>13 March 2025</dd>
<dt>Department</dt><dd>Housing Needs and Homelessness</dd>
</dl>
<h2>Request and response</h2>
<p>Dear Applicant,</p>
<p>Thank you for your request under the Freedom of Information Act 2000. Each of your questions is set out below, followed by our answer.</p>
{qa}
<h2>Reasons for withholding information</h2>
<h3>Section 43(2) – commercial interests (Q5)</h3>
<p>Nightly-paid accommodation is procured in a competitive market shared with other London boroughs. Publishing the sums paid to individual providers would allow providers and competing boroughs to infer the nightly rates agreed with Kingsmere, weakening our negotiating position and increasing costs to the taxpayer. We have weighed the public interest in transparency, which is partly met by the total at A4, against the public interest in the Council securing accommodation at the best available price, and concluded that the balance favours withholding.</p>
<h3>Section 40(2) – personal information (Q7)</h3>
<p>The names and exact salaries of the officers in the team are their personal data. The officers are not senior decision-makers and would reasonably expect this information to remain private. Disclosure would breach the first data protection principle, so the exemption applies and no public interest test is required.</p>
<p>If you are dissatisfied with our response you can ask for an internal review within 40 working days by emailing foi@kingsmere.gov.uk, and you may then complain to the Information Commissioner.</p>
<p>Information Governance Team<br>London Borough of Kingsmere</p>
<p><a href="/foi/disclosure-log">Back to the disclosure log</a> | <a href="/foi/make-a-request">Make a request</a></p>
</main>
<footer><p><a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact us</a></p>
<p>© London Borough of Kingsmere, Kingsmere Civic Centre, 1 High Road, London N29 4KB</p></footer>
</body></html>"""
    return dict(
        file="kingsmere-disclosure-LBK-FOI-25-3306.html", fmt="html",
        authority="London Borough of Kingsmere", reference="LBK-FOI-25-3306",
        date="2025-03-06", received="2025-02-07", regime="foia",
        layout="disclosure-log web page; interleaved Q1/A1; reasons section after the answers",
        traps=["cookie banner, nav, breadcrumbs and footer", "published-to-log date differs from response date",
               "s21 signposting", "partial release s43(2)", "withheld s40(2) answer mentions published salary bands"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 5
def l05():
    qs = [
        Q(1, 1, "How many compensation claims for vehicle damage caused by potholes did the Council receive in 2023/24?",
          "released", [], "The Council received 1,417 claims in 2023/24."),
        Q(1, 2, "How many of those claims were paid, and what was the total amount paid?",
          "released", [], "389 claims were paid, totalling £96,420.18."),
        Q(1, 3, "Please provide the most recent road condition survey results for the Council's road network.",
          "released", ["foisa:s25(1)"],
          "The results of the Scottish Road Maintenance Condition Survey, including the Road Condition Indicator for Strathallan, are published by the Society of Chief Officers of Transportation in Scotland at https://www.scotsnet.org.uk/road-condition. As this information is otherwise accessible to you, it is exempt under section 25(1) of FOISA, and we are not required to provide it."),
        Q(1, 4, "Please provide the names and addresses of all claimants who received more than £1,000.",
          "withheld", ["foisa:s38(1)(b)"],
          "This information is withheld. The names and addresses of claimants are their personal data, and disclosure would contravene the data protection principles. The information is therefore exempt under section 38(1)(b) of FOISA. This is an absolute exemption and is not subject to the public interest test."),
        Q(1, 5, "What reserve has the Council's insurer set aside for outstanding pothole claims?",
          "withheld", ["foisa:s33(1)(b)"],
          "We hold this information but are withholding it under section 33(1)(b) of FOISA (substantial prejudice to commercial interests). The reserve reflects the insurer's assessment of its liabilities and the Council's claims strategy; releasing it would be likely to prejudice substantially the position of both the Council and its insurer in settling outstanding claims. We have considered the public interest and concluded that it is better served by withholding the figure."),
        Q(1, 6, "How many of the claims were made by cyclists?",
          "not_held", [],
          "The Council does not record the type of road user making a claim, so we do not hold this information. In terms of section 17 of FOISA, this letter serves as notice that the information is not held."),
    ]
    blocks = "\n".join(f"""<div class="blk"><p class="ya">You asked:</p><p>{E(q.text)}</p>
<p class="or">Our response:</p><p>{E(q.ans)}</p></div>""" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>STR/FOI/25/0311</title>
<style>
@page {{ size: A4; margin: 20mm 22mm; }}
body {{ font-family: 'Liberation Serif', Georgia, serif; font-size: 11pt; }}
.top {{ display:flex; justify-content: space-between; }}
.crest {{ font-size: 20pt; letter-spacing: 1px; color: #003a70; }}
.ya, .or {{ font-weight: bold; margin-bottom: 2px; color: #003a70; }}
.blk {{ border-left: 3px solid #c8d6e5; padding-left: 10px; margin-bottom: 12px; }}
.small {{ font-size: 9pt; }}
</style></head><body>
<div class="top"><div><span class="crest">STRATHALLAN COUNCIL</span><br>Comhairle Shrath Ailein<br>Roads and Infrastructure</div>
<div class="small">Council Offices<br>Bridge Street<br>Kilbrannock<br>KB7 2LS<br>foi@strathallan.gov.scot</div></div>
<p>Our Reference: STR/FOI/25/0311<br>Date: 07 March 2025</p>
<p>Dear Requester</p>
<p><b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – POTHOLE CLAIMS</b></p>
<p>Thank you for your request for information dated 13 February 2025, which we received the same day. Your request has been dealt with under the Freedom of Information (Scotland) Act 2002 (FOISA). Our response to each part of it is below.</p>
{blocks}
<p><b>Your right to request a review</b></p>
<p>If you are unhappy with this response, you may ask the Council to carry out a review by writing to the Freedom of Information Officer at the address above within 40 working days. If you remain dissatisfied following the review, you may apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal. Should you then wish to appeal, you may do so to the Court of Session on a point of law only.</p>
<p>Yours sincerely</p>
<p>Morag Lindsay<br>Freedom of Information Officer<br>Strathallan Council</p>
</body></html>"""
    return dict(
        file="strathallan-council-STR-FOI-25-0311.pdf", fmt="pdf-chrome",
        authority="Strathallan Council", reference="STR/FOI/25/0311",
        date="2025-03-07", received="2025-02-13", regime="foisa",
        layout="'You asked: / Our response:' blocks; Chromium PDF",
        traps=["FOISA numbering (s25, s38(1)(b), s33(1)(b))", "s17 not-held notice is not an exemption",
               "requests dated and received the same day", "Gaelic name in letterhead"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 6
def l06():
    W = ["s24(1)", "s31(1)(a)", "s31(1)(b)"]
    qs = [
        Q(1, 1, "How many unmanned aerial vehicles (drones) does the force currently own?", "released", [], "The force owns 14 drones."),
        Q(1, 2, "Please state the make and model of each drone.", "withheld", W),
        Q(1, 3, "What was the total annual running cost of the drone unit in 2023/24?", "released", [], "£187,400."),
        Q(1, 4, "How many officers and staff are trained and authorised as remote pilots?", "released", [], "31 officers and staff hold a current authorisation."),
        Q(1, 5, "At which police stations or bases are the drones kept?", "withheld", W),
        Q(1, 6, "How many flight hours were flown in each month of 2024?", "withheld", W),
        Q(1, 7, "How many complaints have been received about the use of police drones?", "not_held", [],
          "No information is held. Complaints are recorded by allegation type and not by the equipment involved, so complaints involving drones cannot be identified."),
        Q(1, 8, "Have drones been used to monitor protests or demonstrations in 2024?", "ncnd", ["s24(2)", "s31(3)"]),
        Q(2, 1, "How many fixed ANPR cameras does the force operate?", "released", [], "62 fixed ANPR cameras."),
        Q(2, 2, "Please provide the locations of all fixed ANPR cameras.", "withheld", W),
        Q(2, 3, "Where are mobile ANPR units most frequently deployed?", "withheld", W),
        Q(2, 4, "How long is ANPR data retained?", "released", ["s21"],
          "Retention of ANPR data is set nationally in the National ANPR Standards for Policing and Law Enforcement (NASPLE), which are published at https://www.gov.uk/government/publications/national-anpr-standards-for-policing-and-law-enforcement. This information is reasonably accessible and section 21 of the Act applies."),
    ]
    p1, p2 = by(qs, 1), by(qs, 2)
    req1 = "\n".join(f"<p>{q.n}. {E(q.text)}</p>" for q in qs if q.part == 1)
    req2 = "\n".join(f"<p>{q.n}. {E(q.text)}</p>" for q in qs if q.part == 2)
    body = f"""<html><head><meta charset="utf-8"><title>FOI 0297/25</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:11pt}}</style></head><body>
<div title="header"><p align="center"><font size="2"><b>Heddlu Gorllewin Cambria · West Cambria Police</b> – Diogelu ein cymunedau · Protecting our communities</font></p></div>
<div title="footer"><p align="center"><font size="1">Gwasanaeth Rhyddid Gwybodaeth / Freedom of Information Service · Pencadlys yr Heddlu, Caerfyrddin Newydd SA38 4PQ</font></p></div>
<p>Freedom of Information Unit<br>Police Headquarters<br>Castle Road<br>New Carmarthen<br>SA38 4PQ</p>
<p>10th March 2025</p>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION REQUEST – FOI 0297/25 – Drones and ANPR</b></p>
<p>I write in connection with your request for information received by West Cambria Police on the 11th of February 2025. You asked for the following information:</p>
<p><b>Part 1 – Drones</b></p>
{req1}
<p><b>Part 2 – Automatic Number Plate Recognition (ANPR)</b></p>
{req2}
<p>Your request has now been considered and I can confirm that West Cambria Police holds some of the information you have requested. However, I am applying Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement to questions 2, 5 and 6 in part 1 of your request and questions 2 and 3 in part 2 of your request. In respect of question 8 in part 1, West Cambria Police can neither confirm nor deny that it holds the information, by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement.</p>
<p>This letter serves as a refusal notice under section 17 of the Act for those questions.</p>
<p><b>Section 24(1) and Section 31(1)(a)(b)</b></p>
<p>Section 24(1) provides that "information which does not fall within section 23(1) is exempt information if exemption from section 1(1)(b) is required for the purpose of safeguarding national security." Section 31(1)(a) and (b) exempt information whose disclosure would, or would be likely to, prejudice the prevention or detection of crime, or the apprehension or prosecution of offenders.</p>
<p><b>Harm</b></p>
<p>Disclosing the types of aircraft used, where they are based, and how intensively they are flown would reveal the tactical capability of the force and allow those intent on committing crime to judge the likelihood of aerial support being available in a particular area and at a particular time. The same applies to the locations of fixed cameras and the areas where mobile ANPR is deployed: once the location of a camera is known it can be avoided, and the value of the network to investigations involving serious and organised crime and terrorism would be reduced. A disclosure under the Act is a disclosure to the world, and the information could be combined with similar disclosures by other forces to map gaps in coverage.</p>
<p><b>Public Interest Test</b></p>
<p>Factors favouring disclosure: the public has a legitimate interest in knowing how public money is spent on surveillance technology and that it is used proportionately. Factors favouring non-disclosure: release would assist offenders to evade detection, undermine national security and place the public at greater risk. On balance, I have concluded that the public interest favours non-disclosure.</p>
<p><b>Neither confirm nor deny – question 8 in part 1</b></p>
<p>To confirm or deny whether drones were used to monitor particular events would itself reveal operational tactics. Sections 24(2) and 31(3) remove the duty to confirm or deny, and for the reasons above the public interest favours maintaining that position. This should not be taken as an indication that the information you have requested does or does not exist.</p>
<p>The response to the remaining questions is provided below.</p>
<p><b>Part 1</b></p>
<p>Question 1 – {E(p1[1].ans)}</p>
<p>Question 3 – {E(p1[3].ans)}</p>
<p>Question 4 – {E(p1[4].ans)}</p>
<p>Question 7 – {E(p1[7].ans)}</p>
<p><b>Part 2</b></p>
<p>Question 1 – {E(p2[1].ans)}</p>
<p>Question 4 – {E(p2[4].ans)}</p>
<p><b>Complaint Rights</b></p>
<p>You have the right to request an internal review of this decision within 40 working days, and thereafter to complain to the Information Commissioner. Please note that a request about the use of a drone in connection with a named individual would be handled differently, taking into account section 40(5) of the Act and the Data Protection Act 2018; if you wish to see your own data, please make a subject access request.</p>
<p>Yn gywir / Yours sincerely</p>
<p>Rhian Prys-Jenkins<br>Freedom of Information Officer<br>West Cambria Police</p>
</body></html>"""
    return dict(
        file="west-cambria-police-FOI-0297-25.pdf", fmt="pdf-lo-gs",
        authority="West Cambria Police", reference="FOI 0297/25",
        date="2025-03-10", received="2025-02-11", regime="foia",
        layout="decision paragraph naming exempt questions by part, harm and PIT blocks, then answers for the rest; two parts with restarting numbering; LibreOffice PDF re-distilled with Ghostscript",
        traps=["numbering restarts in part 2", "Section 31(1)(a)(b) means two exemptions", "NCND s24(2)+s31(3)",
               "s24(1) statutory text quotes s23(1) (not applied)", "s40(5) mentioned in boilerplate (not applied)",
               "bilingual header/footer on every page", "s21 signposting"],
        qs=qs, body=body)


LETTERS = [l01, l02, l03, l04, l05, l06]
