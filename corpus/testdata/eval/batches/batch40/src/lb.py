L = []
def q(i, st, ex=()): return (i, st, sorted(ex))
W = ["s24(1)","s31(1)(a)","s31(1)(b)"]
L.append(dict(file="l09_fernleigh_constabulary.txt", fmt="txt", authority="Fernleigh Constabulary",
 reference="FOI 0612/25", date="2025-08-21", received="2025-07-24", regime="foia",
 layout="decision paragraph naming exempt questions by part, then answers for the rest", traps=["parts restart numbering","exempt questions listed by number and part","banner repeated","page number lines"],
 questions=[q("P1.Q1","withheld",W),q("P1.Q2","withheld",W),q("P1.Q3","released"),q("P1.Q4","withheld",W),
  q("P2.Q1","released"),q("P2.Q2","released"),q("P2.Q3","withheld",W),q("P2.Q4","not_held")],
 body="""Fernleigh Constabulary
Freedom of Information Office
Eastgate House, Fernleigh FL1 3AB

21st August 2025

Dear

FREEDOM OF INFORMATION REQUEST - FOI 0612/25 ANPR and Body Worn Video

I refer to your request for information received on 24th July 2025. You asked:

Part 1 - ANPR
1. How many fixed ANPR cameras does the force operate?
2. Please list the locations of each fixed camera.
3. What was the total spend on ANPR maintenance in 2024/25?
4. Which supplier provides the ANPR back office system?

Part 2 - Body Worn Video
1. How many body worn video devices are issued to officers?
2. What is the retention period for non-evidential footage?
3. Which model of body worn camera is in use?
4. How many times was footage requested by members of the public under subject access in 2024?

Your request has now been considered and I can confirm that Fernleigh Constabulary
holds information you request; however I am applying Section 24(1) National Security
and Section 31(1)(a)(b) Law Enforcement to questions 1, 2 and 4 in part 1 of your
request and question 3 in part 2.

                      FERNLEIGH CONSTABULARY - Proud to Protect
                                   Page 1 of 3

Evidence of Harm

Revealing the number and location of ANPR cameras, or the systems that support them,
would allow offenders to plan routes which avoid detection. Disclosure of the camera
model would assist those seeking to defeat or tamper with recording equipment.

Factors favouring disclosure - transparency in the use of public funds and
surveillance technology.

Factors favouring non-disclosure - the effectiveness of ANPR as a tactic and the
safety of the public and officers.

Balance test - the balance lies in favour of non-disclosure.

                      FERNLEIGH CONSTABULARY - Proud to Protect
                                   Page 2 of 3

Part 1
Question 3: GBP 212,640 was spent on ANPR maintenance in 2024/25.

Part 2
Question 1: 1,380 devices are currently issued.
Question 2: Non-evidential footage is retained for 31 days and then automatically
deleted.
Question 4: The force does not record subject access requests by the type of
personal data requested, so this information is not held.

Should you have any further enquiries, please contact the Freedom of Information
Office, quoting the reference number above.

Yours sincerely

Carys Pemberton
Freedom of Information Officer

                      FERNLEIGH CONSTABULARY - Proud to Protect
                                   Page 3 of 3
"""))

L.append(dict(file="l10_brackenholt_university.pdf", fmt="chromium", authority="Brackenholt University",
 reference="IR-2025-017", date="2025-09-30", received="2025-07-11", regime="foia",
 layout="internal review: original decision and review outcome", traps=["original stance differs from review outcome","original reference quoted","ICO reference quoted"],
 questions=[q("P1.Q1","released"),q("P1.Q2","withheld",["s43(2)"]),q("P1.Q3","released"),q("P1.Q4","partially_released",["s36(2)(c)"])],
 body="""<html><head><meta charset="utf-8"><style>body{font-family:Georgia,serif;font-size:11pt;margin:40px} h2{font-size:13pt}</style></head><body>
<p style="font-size:16pt;color:#702"><b>Brackenholt University</b></p>
<p>Governance &amp; Compliance Office &middot; Senate House &middot; Brackenholt BH9 2UN</p>
<p><b>Internal Review reference:</b> IR-2025-017<br><b>Original request:</b> FOI-2025-0342 (received 11 July 2025)<br><b>Date:</b> 30 September 2025</p>
<p>Dear Dr Sandhu,</p>
<h2>Internal review of your Freedom of Information request</h2>
<p>You asked for a review of our response of 7 August 2025. I was not involved in the original decision and have reviewed it afresh. Your original request was:</p>
<ol><li>How many complaints were received about international recruitment agents in 2023-24?</li>
<li>What commission rates does the University pay to recruitment agents?</li>
<li>Please provide a list of recruitment agents contracted by the University.</li>
<li>Please provide the internal audit report on agent management (2024).</li></ol>
<h2>Outcome</h2>
<p><b>Question 1.</b> The original response gave the figure (23). This was correct and is upheld.</p>
<p><b>Question 2.</b> The original decision to withhold commission rates under section 43(2) is upheld. Rates are negotiated individually and are commercially sensitive.</p>
<p><b>Question 3.</b> The original response withheld the list under section 43(2). Having reviewed this, I find that the original decision was not correct: the University already lists its approved agents by country on its website. <b>The full list of 61 contracted agents is attached at Annex A and is now released.</b></p>
<p><b>Question 4.</b> The original response withheld the whole report under section 36(2)(c). I have concluded that most of the report can be released. <b>A redacted copy is attached; only section 4 (management&rsquo;s draft responses) remains withheld under section 36(2)(c)</b>, the qualified person having reaffirmed their opinion on 22 September 2025.</p>
<p>If you remain dissatisfied you may complain to the Information Commissioner. You referred to the ICO decision notice IC-40312-K7P2 in your review request; I have taken it into account.</p>
<p>Yours sincerely</p>
<p>Professor Alan Whitcombe<br>Deputy Vice-Chancellor (Operations)</p>
</body></html>"""))

L.append(dict(file="l11_eastmoor_npa.md", fmt="md", authority="Eastmoor National Park Authority",
 reference="ENPA/EIR/2425/063", date="2025-02-07", received="2025-01-09", regime="eir",
 layout="grouped answers", traps=["Questions 1 & 2 grouped","question and any other information grouped","EIR"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","withheld",["reg13(1)"]),q("P1.Q4","withheld",["reg12(5)(b)"]),q("P1.Q5","not_held",["reg12(4)(a)"])],
 body="""**EASTMOOR NATIONAL PARK AUTHORITY**
Moorgate Lodge · Hexworth · EM6 4TT

07 Feb 2025

Ref: ENPA/EIR/2425/063

Dear

**Environmental Information Regulations 2004 – Request: Windy Ridge turbine**

Thank you for your email of 9 January 2025. You requested:

1. The number of planning enforcement complaints received about the turbine at Windy Ridge Farm.
2. The dates on which enforcement officers visited the site.
3. The names and addresses of those who complained.
4. The legal advice obtained by the Authority on whether to issue an enforcement notice.
5. Noise monitoring data recorded at the site by the Authority.

We have dealt with your request under the EIR as it concerns a planning matter.

**Questions 1 & 2:** Seven complaints have been received since March 2023. Officers visited on 14 April 2023, 2 August 2023 and 11 January 2024.

**Question 3:** The names and addresses of complainants are personal data. They are withheld under regulation 13(1), as disclosure would contravene the data protection principles.

**Question 4 and any other information relating to the legal advice:** This is withheld under regulation 12(5)(b) (the course of justice), as it is subject to legal professional privilege. We consider the public interest favours maintaining the exception.

**Question 5:** The Authority has not carried out noise monitoring at the site and holds no such data. Regulation 12(4)(a) applies.

You may ask for a reconsideration under regulation 11 within 40 working days.

Yours sincerely

Rhiannon Ellery
Information Officer
"""))

L.append(dict(file="l12_lowfold_icb.html", fmt="html", authority="NHS Lowfold Integrated Care Board",
 reference="FOI-LICB-5521", date="2025-03-13", received="2025-02-12", regime="foia",
 layout="disclosure log page, answers in attached spreadsheet", traps=["answer elsewhere (attachment)","s22 future publication","small numbers suppressed"],
 questions=[q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","released",["s22"]),q("P1.Q4","partially_released",["s40(2)"])],
 title="GLP-1 prescribing", site="NHS Lowfold Integrated Care Board", published="Added to disclosure log 27/03/2025",
 body="""<h1>FOI-LICB-5521 &ndash; GLP-1 prescribing</h1>
<table class="meta"><tr><td>Date received</td><td>12/02/2025</td></tr><tr><td>Date responded</td><td>13/03/2025</td></tr><tr><td>Outcome</td><td>Part disclosed</td></tr></table>
<h2>Request</h2>
<p>1. Prescribing spend on GLP-1 agonists by GP practice for 2023-24.<br>
2. Total ICB spend on GLP-1 agonists in 2023-24.<br>
3. The ICB&rsquo;s commissioning policy for tirzepatide for weight management.<br>
4. The number of patients prescribed a GLP-1 agonist at each practice.</p>
<h2>Response</h2>
<p>1. Please find the information attached in the spreadsheet &lsquo;FOI-LICB-5521 GLP1.xlsx&rsquo;, tab 1.</p>
<p>2. See the attached spreadsheet, tab 2.</p>
<p>3. The policy is due to be approved by the Board in April 2025 and will be published on our website. We are therefore applying section 22 of the FOI Act (information intended for future publication).</p>
<p>4. Patient numbers are provided in tab 3. Where a practice has fewer than five patients the figure has been replaced with &lsquo;&lt;5&rsquo;, as small numbers could identify individuals; these figures are withheld under section 40(2).</p>"""))

R13 = [q("P1.Q1","released"),q("P1.Q2","released"),q("P1.Q3","withheld",["s31(1)(a)"]),q("P1.Q4","withheld",["s31(1)(a)"]),q("P1.Q5","released"),
 q("P1.Q6","not_held"),q("P1.Q7","released"),q("P1.Q8","released"),q("P1.Q9","released"),q("P1.Q10","partially_released",["s43(2)"]),
 q("P1.Q11","released"),q("P1.Q12","withheld",["s40(2)"]),q("P1.Q13","released",["s21"]),q("P1.Q14","not_held")]
L.append(dict(file="l13_marlstone_cc.txt", fmt="txt", authority="Marlstone City Council",
 reference="FOI/24/06891", date="2024-10-01", received="2024-09-03", regime="foia",
 layout="REQUEST / RESPONSE headings, 14 questions", traps=["long letter","N/A after No","hyphenation across lines","s31 explained once for two questions"],
 questions=R13,
 body="""MARLSTONE CITY COUNCIL
Information Governance, Civic Centre, Marlstone MS1 1AA

FOI/24/06891                                                    1 October 2024

Dear Requester

Thank you for your request dated 3 September 2024 about cyber security and IT.

REQUEST 1: How many staff work in the Council's IT department?
RESPONSE: 74 (68.4 FTE).

REQUEST 2: What is the annual IT budget for 2024/25?
RESPONSE: GBP 9.8 million (revenue) and GBP 2.1 million (capital).

REQUEST 3: Which anti-virus / endpoint protection product do you use?
RESPONSE: Withheld - see the explanation below Request 4.

REQUEST 4: How many cyber attacks were detected in 2023/24?
RESPONSE: This information, and that requested at Request 3, is withheld under
section 31(1)(a) of the Act. Disclosure would provide attackers with informa-
tion about the Council's defences and would be likely to prejudice the preven-
tion of crime. The public interest favours withholding.

REQUEST 5: Is the Council a member of the Cyber Security Information Sharing
Partnership?
RESPONSE: Yes.

REQUEST 6: How many phishing emails did staff report in 2023/24?
RESPONSE: The Council does not hold this information. Reports are not
counted.

REQUEST 7: Has the Council paid a ransom in the last five years?
RESPONSE: No.

REQUEST 8: If yes, how much?
RESPONSE: N/A.

REQUEST 9: Which cloud email platform does the Council use?
RESPONSE: Microsoft 365 (Exchange Online).

REQUEST 10: Please provide the contract for your managed security service,
including the price.
RESPONSE: The contract is attached. Pricing schedules have been redacted under
section 43(2) (commercial interests).

REQUEST 11: When was the last penetration test carried out?
RESPONSE: July 2024.

REQUEST 12: What is the name and email address of your Chief Information
Security Officer?
RESPONSE: The Council does not publish the names of officers below Director
level. This is withheld under section 40(2).

REQUEST 13: Please provide the Council's Information Security Policy.
RESPONSE: This is available at www.marlstone.example.gov.uk/infosec and is
therefore exempt under section 21.

REQUEST 14: How much has the Council spent on cyber insurance in each of the
last three years?
RESPONSE: The Council does not hold cyber insurance and therefore holds no
information.

If you are dissatisfied with the handling of your request, you have the right to
ask for an internal review. Complaints should be made within 40 working days.

Yours faithfully

Information Governance Team
Marlstone City Council
"""))
