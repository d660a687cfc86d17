L = []
def q(i, st, ex=()): return (i, st, sorted(ex))
L.append(dict(file="l14_fenmoor_ca.docx", fmt="docx", authority="Fenmoor Combined Authority",
 reference="FCA-FOI-0193", date="2024-11-05", received="2024-10-08", regime="foia",
 layout="Contract 1 / Contract 2 parts with auto-numbered lists restarting", traps=["automatic list numbering restarts per part","same questions in two parts"],
 questions=[q("P1.Q1","released"),q("P1.Q2","withheld",["s43(2)"]),q("P1.Q3","released"),q("P2.Q1","released"),q("P2.Q2","partially_released",["s43(2)"]),q("P2.Q3","not_held")],
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p><b>FENMOOR COMBINED AUTHORITY</b><br>Transport &amp; Growth Directorate<br>1 Quayside, Fenmoor FM3 0CA</p>
<p>5th November 2024</p>
<p>FOI reference: FCA-FOI-0193</p>
<p>Dear</p>
<p>Your request of 8 October 2024 has been handled under the Freedom of Information Act 2000. Our responses are given after each set of questions.</p>
<p><b>Contract 1 &ndash; Bus franchising consultancy</b></p>
<ol><li>Who is the supplier?</li><li>What is the total contract value?</li><li>When does the contract end?</li></ol>
<p>Response:</p>
<ol><li>Ashgrove Transport Advisory LLP.</li><li>We are withholding the contract value under section 43(2), as the commission is being extended by competitive mini-competition and disclosure would prejudice the Authority&rsquo;s commercial position.</li><li>31 March 2025.</li></ol>
<p><b>Contract 2 &ndash; Smart ticketing back office</b></p>
<ol><li>Who is the supplier?</li><li>What is the total contract value?</li><li>When does the contract end?</li></ol>
<p>Response:</p>
<ol><li>Tapline Systems Ltd.</li><li>The total value is &pound;3.4m over five years. The breakdown by year and by service line is withheld under section 43(2).</li><li>The contract runs to 30 June 2026 with an option to extend. No decision on extension has been made and therefore we do not hold information about a revised end date.</li></ol>
<p>If you are unhappy with this response, please write to foi@fenmoor-ca.example.gov.uk within 40 working days to request an internal review.</p>
<p>Kind regards</p>
<p>Thomas Leung<br>Information Governance Lead</p>
</body></html>"""))

L.append(dict(file="l15_sandbeck_bc.txt", fmt="txt", authority="Sandbeck Borough Council",
 reference="SBC/IG/5170", date="2025-05-12", received="2025-04-14", regime="foia",
 layout="prose request with ordinal words, answers out of order", traps=["questions never numbered","numbers written as words","answers out of order (In answer to point three)","released none"],
 questions=[q("P1.Q1","released"),q("P1.Q2","not_held"),q("P1.Q3","withheld",["s43(2)"]),q("P1.Q4","released",["s21"]),q("P1.Q5","released")],
 body="""Sandbeck Borough Council
Town Hall | Sandbeck | SB4 6TH

Monday, 12 May 2025

Our reference:  SBC/IG/5170

Dear Requester

Request for information - public conveniences

On 14 April 2025 you wrote to us as follows:

  "Firstly, how many public toilets does the Council operate? Secondly, how
  many were closed for more than a month in 2024, and why? Thirdly, what does
  the cleaning contractor charge per toilet per year? Fourthly, I would like
  to see the Council's public toilet strategy. Finally, how many toilets have
  been transferred to town or parish councils since 2020?"

I am sorry for the delay in replying. Because the cleaning contract needed the
most consideration, I will deal with that first.

In answer to point three, the per-unit charge is commercially sensitive and is
withheld under section 43(2) of the Freedom of Information Act. The contract is
due for retender this autumn and disclosure would be likely to prejudice the
Council's ability to obtain best value.

Turning to your first point, the Council operates eleven public toilet blocks.

On your second point, we do not hold records of closure periods; closures are
handled by the contractor and are not reported to the Council, so this
information is not held.

With regard to the fourth point, the strategy is published at
www.sandbeck.example.gov.uk/toilets and is exempt under section 21.

Lastly, none have been transferred to town or parish councils since 2020.

If you are not content with this reply you may ask for an internal review.

Yours sincerely,

Gemma Stott
Information Governance
"""))

L.append(dict(file="l16_upper_dale_opcc.pdf", fmt="gs", authority="Office of the Police and Crime Commissioner for Upper Dale",
 reference="OPCC-UD 25/044", date="2025-06-25", received="2025-05-28", regime="foia",
 layout="Request N / Answer interleaved, ghostscript re-distilled", traps=["s36(2)(b)(i),(ii) run","date in dd-mm-yyyy"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","withheld",["s40(2)"]),q("P1.Q4","not_held"),q("P1.Q5","released",["s21"]),q("P1.Q6","withheld",["s36(2)(b)(i)","s36(2)(b)(ii)"])],
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:'Liberation Sans';font-size:11pt">
<p align="center"><b>OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR UPPER DALE</b><br>Dale House, Ripley Street, Upperdale UD2 4PC</p>
<p>Date: 25-06-2025</p>
<p>Ref: OPCC-UD 25/044</p>
<p>Dear</p>
<p>Thank you for your request for information received on 28 May 2025. Please find our response below.</p>
<p><b>Request 1</b><br>What is the total budget of the OPCC for 2025/26?</p>
<p><b>Answer</b><br>&pound;1,946,000.</p>
<p><b>Request 2</b><br>How much did the Commissioner claim in expenses in 2024/25?</p>
<p><b>Answer</b><br>&pound;3,212.40, mainly mileage. Expenses are published quarterly.</p>
<p><b>Request 3</b><br>Please provide the salaries of each member of OPCC staff.</p>
<p><b>Answer</b><br>Individual salaries of staff below the Chief Executive are personal data and are withheld under section 40(2). Salary bands are published in our annual report.</p>
<p><b>Request 4</b><br>How many complaints about the Chief Constable were received in 2024?</p>
<p><b>Answer</b><br>The OPCC does not hold this information in the form requested; complaints are recorded by subject area only, and no information is held for this period because the current complaints system was introduced in 2025.</p>
<p><b>Request 5</b><br>Please provide the Police and Crime Plan.</p>
<p><b>Answer</b><br>Section 21 applies: the Plan is available at www.upperdale-pcc.example.gov.uk/plan.</p>
<p><b>Request 6</b><br>Please provide the minutes of the Commissioner&rsquo;s private briefings with the Chief Constable about the estates review.</p>
<p><b>Answer</b><br>In the reasonable opinion of the qualified person (the Commissioner), disclosure would be likely to inhibit the free and frank provision of advice and exchange of views. The minutes are therefore withheld under sections 36(2)(b)(i) and 36(2)(b)(ii). The public interest in maintaining the exemption outweighs that in disclosure.</p>
<p>Yours sincerely,</p>
<p>Louise Farrant<br>Governance Officer, OPCC Upper Dale</p>
</body></html>"""))

L.append(dict(file="l17_lindenford_tc.pdf", fmt="ocr", authority="Lindenford Town Council",
 reference="LTC/FOI/25/07", date="2025-04-02", received="2025-03-10", regime="foia",
 layout="short letter, scanned and OCR'd", traps=["OCR text layer"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","withheld",["s40(2)"])],
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:'Liberation Serif';font-size:13pt">
<p align="center"><b>LINDENFORD TOWN COUNCIL</b><br>The Guildhall, Lindenford LF5 2GH</p>
<p>Our Ref: LTC/FOI/25/07</p>
<p>2nd April 2025</p>
<p>Dear Mr Abbott,</p>
<p>Thank you for your request of 10 March 2025 about the Council&rsquo;s allotments.</p>
<p>1. How many people are on the allotment waiting list?<br>There are 46 people on the waiting list.</p>
<p>2. What is the annual rent for a full plot?<br>&pound;48 per year for a full plot (&pound;26 for a half plot).</p>
<p>3. Please provide the names of current plot holders.<br>The names of plot holders are personal data and are withheld under section 40(2) of the Freedom of Information Act 2000.</p>
<p>Yours sincerely,</p>
<p>Margaret Ellison<br>Town Clerk</p>
</body></html>"""))

L.append(dict(file="l18_severnbrook_cc.html", fmt="html", authority="Severnbrook County Council",
 reference="SCC/EIR/2025/1402", date="2025-08-19", received="2025-07-22", regime="eir",
 layout="disclosure log page, numbered questions with Response paragraphs", traps=["EIR NCND reg12(6) with reg12(5)(b)","reg13(5A)","reg12(4)(d) is not signposting"],
 questions=[q("P1.Q1","released"),q("P1.Q2","withheld",["reg12(5)(a)"]),q("P1.Q3","ncnd",["reg12(5)(b)","reg12(6)"]),q("P1.Q4","ncnd",["reg13(5A)"]),q("P1.Q5","withheld",["reg12(4)(d)"])],
 title="Flood defences at Lower Weir", site="Severnbrook County Council", published="Disclosure log entry · 02 Sep 2025",
 body="""<h1>Flood defences at Lower Weir</h1>
<p><strong>Reference:</strong> SCC/EIR/2025/1402 &nbsp; <strong>Responded:</strong> 19 Aug 2025 &nbsp; <strong>Received:</strong> 22 Jul 2025</p>
<p>Your request has been handled under the Environmental Information Regulations 2004.</p>
<p><strong>1. How much did the Council spend on flood defence works at Lower Weir in 2024-25?</strong></p>
<p>Response: &pound;687,300.</p>
<p><strong>2. Please provide a map of critical infrastructure at risk of flooding in the Lower Weir area.</strong></p>
<p>Response: The Council holds this map. It is withheld under regulation 12(5)(a) (public safety and national security), as it identifies utility assets whose disruption would affect the wider county.</p>
<p><strong>3. Is the Council investigating the landowner at Hollow Farm for unauthorised works to the river bank?</strong></p>
<p>Response: Under regulation 12(6) the Council neither confirms nor denies whether it holds this information, as confirming or denying would adversely affect the course of justice (regulation 12(5)(b)).</p>
<p><strong>4. Did Mr Peter Varley of Weir Cottage complain about flooding in 2024?</strong></p>
<p>Response: The Council neither confirms nor denies that it holds this information under regulation 13(5A), as to do so would disclose personal data of a third party.</p>
<p><strong>5. Please provide the updated flood modelling report.</strong></p>
<p>Response: The modelling is still being completed and the report is in draft. We are applying regulation 12(4)(d) (material still in the course of completion). We expect to publish the final report in early 2026.</p>
<p>Flood Risk Management Team</p>"""))

L.append(dict(file="l19_pinecroft_ambulance.txt", fmt="txt", authority="Pinecroft Ambulance Service NHS Trust",
 reference="PAS-FOI-11823", date="2024-10-29", received="2024-10-01", regime="foia",
 layout="unnumbered bullet questions each followed by answer", traps=["questions never numbered (bullets)","two exemptions on one question"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","withheld",["s40(2)"]),q("P1.Q4","withheld",["s38(1)(a)","s40(2)"])],
 body="""Pinecroft Ambulance Service NHS Trust
Trust Headquarters, Orchard Business Park, Pinecroft PC8 1AS
OFFICIAL

29th October 2024

FOI reference: PAS-FOI-11823

Dear

Thank you for your request, received 1st October 2024. Our response follows each
item of your request.

 * Average Category 2 response times for each month of 2023/24.
   Apr 38:12, May 36:40, Jun 35:05, Jul 34:51, Aug 33:20, Sep 37:03, Oct 41:18,
   Nov 44:09, Dec 52:37, Jan 47:55, Feb 39:41, Mar 36:12 (minutes:seconds).

 * The number of physical assaults on staff reported in 2023/24.
   312 physical assaults were reported via our incident system.

 * The names of staff who were dismissed following a disciplinary hearing in
   2023/24.
   This is withheld under Section 40(2) of the FOI Act. Disclosure would
   breach the rights of the individuals concerned.

 * Details of the injuries sustained by the crew assaulted at Pinecroft
   Retail Park on 3 March 2024.
   The Trust is withholding this information under Section 38(1)(a) (health and
   safety) and Section 40(2) (personal information). The crew members could be
   identified from the details, and disclosure would endanger their mental health.

OFFICIAL

If you are unhappy with our response, you may request an internal review by
contacting foi@pinecroft-ambulance.example.nhs.uk.

Freedom of Information Office
Pinecroft Ambulance Service NHS Trust
"""))
