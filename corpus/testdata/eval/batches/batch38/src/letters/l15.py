LETTER = dict(
    file="ridgeway-police-FOI-003417-25.pdf", fmt="lo-gs-pdf",
    authority="Ridgeway Police",
    reference="FOI 003417/25", date="2025-03-03", received="2025-02-04", regime="foia",
    layout="decision paragraph, statutory text quoted, then answers",
    traps=["statutory text quoted at length (sections mentioned but not all applied)",
           "NCND by s23(5)/s24(2)/s31(3) and s30(3)/s40(5B)", "s38 mentioned only to say not relied on",
           "police 'should not be taken as conclusive evidence' wording"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "ncnd", ["s23(5)", "s24(2)", "s31(3)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "ncnd", ["s30(3)", "s40(5B)"]),
        ("P1.Q6", "partially_released", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FOI 003417/25</title>
<style>body{font-family:'Liberation Sans';font-size:10.5pt} .stat{margin-left:1cm;font-size:9.5pt}</style></head>
<body>
<p align="right"><b>OFFICIAL</b></p>
<table width="100%"><tr><td><font size="4"><b>RIDGEWAY POLICE</b></font><br>Freedom of Information Unit<br>Force Headquarters, Downs Road<br>Wantage Vale OX99 1ZZ</td>
<td align="right">Reference No: FOI 003417/25<br>Date: 3rd March 2025<br>Tel: 101 ext 4417</td></tr></table>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION ACT 2000 – REQUEST REFERENCE FOI 003417/25</b></p>
<p>I write in connection with your request for information received by Ridgeway Police on 4th February 2025, in which you asked:</p>
<p>1. How many drones (unmanned aerial systems) does Ridgeway Police own?<br>
2. How many drone deployments were made in 2024?<br>
3. Has Ridgeway Police deployed covert listening or tracking devices at the Fairmile Traveller site at any time since 2022?<br>
4. How many directed surveillance authorisations were granted under the Regulation of Investigatory Powers Act 2000 in 2024?<br>
5. Does Ridgeway Police hold any intelligence about Mr Darren Coles of Wantage Vale?<br>
6. What has the force spent on ANPR cameras since 2021, and where are the fixed cameras located?</p>
<p><b>Decision</b></p>
<p>Following receipt of your request, searches were conducted within Ridgeway Police. I can confirm that the information you have requested at questions 1, 2 and 4 is held and is provided below. Question 6 is answered in part. In respect of questions 3 and 5, Ridgeway Police can neither confirm nor deny that it holds the information you have requested, and this letter serves as a refusal notice under section 17 of the Act for those questions and for the part of question 6 that is withheld.</p>
<p>The relevant provisions are quoted here for your information.</p>
<p class="stat"><i>Section 23(5): The duty to confirm or deny does not arise if, or to the extent that, compliance with section 1(1)(a) would involve the disclosure of any information (whether or not already recorded) which was directly or indirectly supplied by, or relates to, any of the bodies specified in subsection (3).</i></p>
<p class="stat"><i>Section 24(2): The duty to confirm or deny does not arise if, or to the extent that, exemption from section 1(1)(a) is required for the purpose of safeguarding national security.</i></p>
<p class="stat"><i>Section 31(3): The duty to confirm or deny does not arise if, or to the extent that, compliance with section 1(1)(a) would, or would be likely to, prejudice any of the matters mentioned in subsection (1).</i></p>
<p class="stat"><i>Section 30(3): The duty to confirm or deny does not arise in relation to information which is (or if it were held by the public authority would be) exempt information by virtue of subsection (1) or (2).</i></p>
<p class="stat"><i>Section 40(5B)(a)(i): The duty to confirm or deny does not arise in relation to other information if or to the extent that giving to a member of the public the confirmation or denial that would have to be given to comply with section 1(1)(a) would (apart from this Act) contravene any of the data protection principles.</i></p>
<p><b>Question 3</b> – Ridgeway Police neither confirms nor denies that it holds any information relevant to this question by virtue of sections 23(5), 24(2) and 31(3). Sections 24(2) and 31(3) are prejudice-based qualified exemptions and require a public interest test; section 23(5) is absolute.</p>
<p><i>Harm:</i> To confirm or deny whether covert tactics have been used at a specific location would reveal whether that location is or has been of interest to the police or to other agencies. Individuals could use a series of such answers to map where covert activity has or has not taken place, and would be able to adapt their behaviour accordingly.</p>
<p><i>Factors favouring confirmation or denial:</i> confirmation would inform the public about the use of intrusive powers and reassure them that such powers are used lawfully and proportionately.</p>
<p><i>Factors against confirmation or denial:</i> it would undermine law enforcement and national security by revealing police interest, or the lack of it, in specific places. Oversight of covert powers is provided independently by the Investigatory Powers Commissioner.</p>
<p><i>Balance:</i> the public interest favours neither confirming nor denying. The force has not relied on section 38 (health and safety) in this case, although the safety of individuals is a further consideration.</p>
<p><b>Question 5</b> – Ridgeway Police neither confirms nor denies that it holds any information relevant to this question by virtue of sections 30(3) and 40(5B). Confirming or denying that intelligence is held about a named individual would itself disclose personal data about that person (whether or not they have any involvement with the police), which would breach the data protection principles; it would also reveal whether the individual is or has been the subject of police investigation. An individual may seek their own data by making a subject access request under the Data Protection Act 2018.</p>
<p>This response should not be taken as conclusive evidence that any information that would meet your request exists or does not exist.</p>
<p><b>Question 6</b> – The force spent £1,148,620 on the purchase, installation and maintenance of ANPR cameras between 1 April 2021 and 31 January 2025. The locations of fixed cameras are withheld under sections 24(1) (national security) and 31(1)(a)(b) (law enforcement). ANPR is used to detect, deter and disrupt criminality, including terrorism; publishing camera locations would allow offenders to plan routes that avoid them. Nationally, police forces do not publish the locations of ANPR cameras, and the National Police Chiefs' Council advises against disclosure. Having considered the public interest, the balance favours withholding the locations.</p>
<p><b>Answers</b></p>
<p>Question 1: 11 drones.</p>
<p>Question 2: 1,206 deployments in calendar year 2024.</p>
<p>Question 4: 73 directed surveillance authorisations were granted in 2024.</p>
<p><b>Complaint rights</b></p>
<p>If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may apply to the Information Commissioner under section 50 of the Freedom of Information Act 2000.</p>
<p>Yours sincerely</p>
<p>S. Okafor<br>Freedom of Information Officer<br>Information Management Department</p>
<p align="center"><b>OFFICIAL</b></p>
</body></html>
""")
