L = []
def q(i, st, ex=()): return (i, st, sorted(ex))
L.append(dict(file="l20_wetlands_regulator.pdf", fmt="soffice", authority="Office of the Wetlands Regulator",
 reference="OWR 2025/0031", date="2025-03-11", received="2025-02-17", regime="foia",
 layout="whole request refused as vexatious", traps=["requester's earlier references quoted","ICO case reference quoted","s14(1) whole request","s12 mentioned not applied"],
 questions=[q("P1.Q1","refused",["s14(1)"]),q("P1.Q2","refused",["s14(1)"])],
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:'Liberation Sans';font-size:11pt">
<p><b>Office of the Wetlands Regulator</b><br>Reedbank House, 40 Marsh Lane, Lincoln LN4 9WR</p>
<p>11 March 2025</p>
<p>Case reference: OWR 2025/0031<br>Your previous requests: OWR 2024/0412, OWR 2024/0498, OWR 2025/0007</p>
<p>Dear</p>
<p>We received your request on 17 February 2025. You asked:</p>
<p>&ldquo;(1) Copies of every email sent by the Chief Executive since 1 January 2022 that mentions me or my complaint; and (2) a list of every member of staff who has read any of my complaints.&rdquo;</p>
<p>This is the fourth request you have made in six months concerning your complaint about the Fenbridge drainage consent, which was closed in 2023 and reviewed by the Information Commissioner (case FS50877412). We have considered the burden your requests place on a small organisation, their tone, and whether they have a serious purpose.</p>
<p>We have concluded that the request is vexatious, and we are refusing it in full under section 14(1) of the Freedom of Information Act 2000. We have not gone on to consider whether the cost limit in section 12 would also apply.</p>
<p>Under section 17(6) we may not respond to further requests on this subject.</p>
<p>You may ask for an internal review within 40 working days.</p>
<p>Yours sincerely</p>
<p>Nadia Qureshi<br>Head of Corporate Services</p>
</body></html>"""))

L.append(dict(file="l21_strathmorven_nhs.html", fmt="html", authority="NHS Strathmorven",
 reference="FOI-SNB-2025-0779", date="2025-07-03", received="2025-06-05", regime="foisa",
 layout="disclosure log page with question/answer table, FOISA", traps=["s17 notice","FOISA s27 future publication","s18 NCND with s35"],
 questions=[q("P1.Q1","released"),q("P1.Q2","not_held"),q("P1.Q3","withheld",["foisa:s33(1)(b)"]),q("P1.Q4","released",["foisa:s27(1)"]),q("P1.Q5","ncnd",["foisa:s18(1)","foisa:s35(1)(a)"])],
 title="Theatre waiting times and locum surgeons", site="NHS Strathmorven", published="Published 17 July 2025",
 body="""<h1>FOI-SNB-2025-0779 &mdash; Theatre waiting times and locum surgeons</h1>
<p>Date of response: 3 July 2025 &middot; Date request received: 5 June 2025</p>
<p>NHS Strathmorven has considered your request under the Freedom of Information (Scotland) Act 2002.</p>
<table class="qa" border="1" cellpadding="4"><tr><th>Your question</th><th>Our answer</th></tr>
<tr><td>How many orthopaedic operations were cancelled on the day in 2024?</td><td>219.</td></tr>
<tr><td>How many cancellations were due to lack of theatre staff?</td><td>Cancellation reasons are not coded at that level. Under section 17 of FOISA, NHS Strathmorven does not hold this information.</td></tr>
<tr><td>What hourly rate is paid to locum orthopaedic surgeons?</td><td>Withheld under section 33(1)(b) (substantial prejudice to commercial interests).</td></tr>
<tr><td>Please provide the theatre productivity review.</td><td>This will be published with the Board papers for 28 August 2025. We are applying section 27(1) (information intended for future publication).</td></tr>
<tr><td>Has any surgeon been referred to Police Scotland following a patient death?</td><td>Under section 18(1), read with section 35(1)(a), we neither confirm nor deny whether this information is held.</td></tr>
</table>
<p>If you are unhappy, you may request a review within 40 working days and then appeal to the Scottish Information Commissioner.</p>"""))

L.append(dict(file="l22_mereside_mbc.docx", fmt="docx", authority="Mereside Metropolitan Borough Council",
 reference="MMBC/FOI/2024/2231", date="2024-11-18", received="2024-10-21", regime="foia",
 layout="auto-numbered list with answer inside each item", traps=["automatic list numbering","s36 run with (b)(i),(b)(ii),(c)"],
 questions=[q("P1.Q1","released"),q("P1.Q2","withheld",["s36(2)(b)(i)","s36(2)(b)(ii)","s36(2)(c)"]),q("P1.Q3","released"),q("P1.Q4","partially_released",["s40(2)"]),q("P1.Q5","not_held")],
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:10pt">
<p align="right">Mereside Metropolitan Borough Council<br>Legal &amp; Democratic Services<br>Mereside Town Hall, MR1 2TH</p>
<p>Date: 18/11/2024<br>Ref: MMBC/FOI/2024/2231</p>
<p>Dear</p>
<p>Thank you for your request of 21 October 2024 regarding the Council&rsquo;s senior management restructure. Each question is repeated below, followed by our response.</p>
<ol>
<li><p>How many posts were deleted in the restructure?</p><p><i>Response:</i> 9 posts were deleted and 4 created.</p></li>
<li><p>Please provide the options appraisal presented to the Chief Executive.</p><p><i>Response:</i> The Monitoring Officer, as qualified person, is of the opinion that disclosure would be likely to inhibit free and frank advice and the exchange of views and would otherwise prejudice the effective conduct of public affairs. The appraisal is withheld under section 36(2)(b)(i), 36(2)(b)(ii) and 36(2)(c).</p></li>
<li><p>What was the total cost of redundancy payments?</p><p><i>Response:</i> &pound;412,880.</p></li>
<li><p>Please list the job titles and names of officers made redundant.</p><p><i>Response:</i> Job titles are: Assistant Director Housing; Head of Leisure; Head of Parking; Strategic Lead Commissioning. Names are withheld under section 40(2).</p></li>
<li><p>How many staff appealed against the outcome?</p><p><i>Response:</i> No appeals process was used and the Council holds no information of this kind.</p></li>
</ol>
<p>You can request an internal review by emailing foi@mereside.example.gov.uk.</p>
<p>Yours sincerely</p>
<p>Rachel Odum<br>Senior Information Governance Officer</p>
</body></html>"""))

L.append(dict(file="l23_tollgate_transport.pdf", fmt="chromium", authority="Tollgate Transport Executive",
 reference="TTE-FOI-24-3391", date="2024-12-02", received="2024-11-04", regime="foia",
 layout="restated request block then answers keyed Q1:, Q2:", traps=["not held for one department then cost refusal for others","US style date"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","refused",["s12(1)"]),q("P1.Q4","released"),q("P1.Q5","withheld",["s43(2)"]),q("P1.Q6","released")],
 body="""<html><head><meta charset="utf-8"><style>body{font-family:'Liberation Sans';font-size:10.5pt;margin:36px} .box{border:1px solid #888;padding:8px;background:#f4f4f4}</style></head><body>
<table width="100%"><tr><td><b style="font-size:15pt">Tollgate Transport Executive</b><br>Interchange House, Tollgate TG1 5XE</td><td align="right">December 2, 2024<br>TTE-FOI-24-3391</td></tr></table>
<p>Dear</p>
<p>We received your request on November 4, 2024. You asked:</p>
<div class="box"><p>Q1 How many bus shelters does TTE maintain?<br>Q2 How many were damaged by vandalism in 2023/24?<br>Q3 How many complaints about shelter lighting were received by each department?<br>Q4 What was the total repair cost for shelters in 2023/24?<br>Q5 What are the unit prices in your shelter maintenance contract?<br>Q6 Who is the contractor?</p></div>
<p>Q1: 2,904 shelters.</p>
<p>Q2: 611 shelters were reported as vandalised.</p>
<p>Q3: The Infrastructure department does not hold any complaints about shelter lighting, as these are logged by Customer Services. Customer Services records complaints as free text only; identifying lighting complaints among the 48,200 contacts logged in 2023/24 would take far longer than 18 hours. We are therefore refusing this question under section 12(1), as compliance would exceed the appropriate limit of &pound;450.</p>
<p>Q4: &pound;1,084,500.</p>
<p>Q5: The unit prices are withheld under section 43(2). Their release would prejudice the contractor&rsquo;s commercial interests.</p>
<p>Q6: Civic Streetscape Services Ltd.</p>
<p>You may request an internal review within 40 working days.</p>
<p>Sincerely,</p>
<p>Information Requests Team<br>Tollgate Transport Executive</p>
</body></html>"""))

RR1 = ["Incumbent Supplier: please provide the supplier of each contract.",
 "Annual Average Spend: for each supplier, the annual average spend over 3 years.",
 "Contract Expiry: for each supplier, the date the contract expires.",
 "Contract Description: a brief description of the services provided.",
 "Contact Details: the person responsible for the contract, with name, job title, number and email."]
L.append(dict(file="l24_aldermoor_community_health.txt", fmt="txt", authority="Aldermoor Community Health NHS Trust",
 reference="ACH FOI 3377", date="2025-01-16", received="2024-12-17", regime="foia",
 layout="round robin in two parts, answers keyed Part N Question N", traps=["same question text in two parts","parts restart numbering","partial release with s40(2)"],
 questions=[q("P1.Q1","released"),q("P1.Q2","withheld",["s43(2)"]),q("P1.Q3","released"),q("P1.Q4","released"),q("P1.Q5","partially_released",["s40(2)"]),
  q("P2.Q1","released"),q("P2.Q2","released"),q("P2.Q3","released"),q("P2.Q4","partially_released",["s40(2)"])],
 body="Aldermoor Community Health NHS Trust\nFreedom of Information Team\nRiverside Health Campus, Aldermoor AM2 7HH\n\n16 January 2025\n\nOur Ref: ACH FOI 3377\n\nDear\n\nThank you for your request received on 17 December 2024.\n\nYou asked:\n\nPart 1 - contact centre contracts\n" +
   "".join("%d. %s\n" % (i+1, t) for i, t in enumerate(RR1)) +
   "\nPart 2 - inbound network services contracts (0800/0300 numbers, call routing, IVR)\n" +
   "".join("%d. %s\n" % (i+1, t) for i, t in enumerate([RR1[0], RR1[1], RR1[2], RR1[4]])) +
   """
Our response:

Part 1, Question 1 - Talkwave Solutions Ltd.
Part 1, Question 2 - The Trust considers the annual spend to be commercially
sensitive and is withholding it under section 43(2).
Part 1, Question 3 - 30 September 2026.
Part 1, Question 4 - Cloud contact centre for the single point of access,
including call recording and queue management.
Part 1, Question 5 - Digital Services Manager. Contact name and direct details
are withheld under section 40(2); please use foi@aldermoor.example.nhs.uk.

Part 2, Question 1 - Northcall Telecom plc.
Part 2, Question 2 - GBP 18,450 per annum (average 2021/22 to 2023/24).
Part 2, Question 3 - 31 March 2027.
Part 2, Question 4 - Head of Telecommunications. The name of the post holder is
withheld under section 40(2).

If you are dissatisfied you may ask for an internal review within 40 working
days of this letter.

Yours sincerely

Freedom of Information Team
"""))
