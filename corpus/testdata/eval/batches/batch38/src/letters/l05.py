LETTER = dict(
    file="drc-ni-foi-2025-0087.docx", fmt="docx",
    authority="Department for Rural Connectivity",
    reference="DRC/FOI/2025/0087", date="2025-03-27", received="2025-02-28", regime="foia",
    layout="grouped answers; request as automatic Word list numbering",
    traps=["question numbers exist only as automatic list numbering", "grouped 'Questions 2 to 4'"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "withheld", ["s40(2)", "s43(2)"]),
        ("P1.Q3", "withheld", ["s40(2)", "s43(2)"]),
        ("P1.Q4", "withheld", ["s40(2)", "s43(2)"]),
        ("P1.Q5", "released", ["s22(1)"]),
        ("P1.Q6", "released", []),
        ("P1.Q7", "withheld", ["s35(1)(a)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>DRC/FOI/2025/0087</title></head>
<body style="font-family:Arial">
<p align="center"><b>DEPARTMENT FOR RURAL CONNECTIVITY</b><br>Information Management Branch<br>Room 4.12, Dundonald Mews, Upper Newtownards Road, Belfast BT4 9ZZ</p>
<p align="right">Email: foi@drc-ni.gov.example<br>Our reference: DRC/FOI/2025/0087<br>27 March 2025</p>
<p>Dear Sir/Madam</p>
<p><b>REQUEST FOR INFORMATION – RURAL BROADBAND CONNECTION GRANT SCHEME</b></p>
<p>Thank you for your request for information, which the Department received on 28 February 2025. You asked:</p>
<ol>
<li>What was the total budget allocated to the Rural Broadband Connection Grant Scheme in 2024-25?</li>
<li>Please list the names of all applicants whose applications were refused.</li>
<li>For each refused applicant, the reason given for refusal.</li>
<li>For each refused applicant, the amount of grant requested.</li>
<li>A copy of the independent evaluation report on the Scheme.</li>
<li>How many staff work on the administration of the Scheme?</li>
<li>Copies of any minutes of meetings between officials and the Minister at which the future of the Scheme was discussed since April 2024.</li>
</ol>
<p>Your request has been handled under the Freedom of Information Act 2000 (FOIA). I can confirm that the Department holds information falling within the scope of your request.</p>
<p><b>Question 1</b></p>
<p>The budget allocated to the Scheme for the 2024-25 financial year was £3.75 million.</p>
<p><b>Questions 2 to 4</b></p>
<p>The Department received 1,146 applications in 2024-25 of which 318 were refused. The great majority of applicants are individual householders or farm businesses run by sole traders or partnerships. The names of refused applicants, together with the reason for refusal and the amount requested, constitute personal data and their release would contravene the data protection principles; this information is exempt under section 40(2) of FOIA. Where an applicant is a company, the reason for refusal frequently relates to the financial standing of the business, and release would be likely to prejudice its commercial interests; that information is exempt under section 43(2).</p>
<p>In considering the public interest in relation to section 43(2), the Department acknowledged the importance of transparency in how public grant funding is allocated. However, disclosing that a named business was refused support on financial grounds could damage its standing with lenders and suppliers, and applicants provided the information on the understanding that it would be used only to assess their application. The Department has concluded that the balance of the public interest lies in withholding this information.</p>
<p><b>Question 5</b></p>
<p>The independent evaluation report has been received by the Department and will be published on the Department's website in May 2025, alongside the Department's response to its recommendations. The Department considers it reasonable to withhold the report until that date and relies on section 22(1) of FOIA (information intended for future publication). The public interest in maintaining this exemption outweighs that in disclosure, as publishing the report together with the Department's response will give a fuller and more accurate picture.</p>
<p><b>Question 6</b></p>
<p>Six staff (5.4 full-time equivalent) work on the administration of the Scheme.</p>
<p><b>Question 7</b></p>
<p>The Department holds minutes of two meetings within the scope of this question. They record officials' advice and the Minister's views on options for the future of the Scheme, on which no decision has yet been taken. The minutes are withheld under section 35(1)(a) of FOIA, as they relate to the formulation and development of government policy.</p>
<p>Factors in favour of disclosure include the public interest in understanding how decisions about rural connectivity are being reached, and the significant sums involved. Factors in favour of withholding include the need for a safe space in which officials and the Minister can consider options frankly while policy is still being developed. As the policy remains live, the Department has concluded that the public interest favours maintaining the exemption at this time.</p>
<p>If you are dissatisfied with this response, you have the right to request an internal review within two calendar months of the date of this letter. Please write to the Information Management Branch at the address above. If, after internal review, you remain dissatisfied, you may appeal to the Information Commissioner's Office, Belfast Regional Office, Floor 3, 14 Cromac Place, Belfast BT7 2JB.</p>
<p>Yours faithfully</p>
<p>C. McAleese<br>Deputy Principal<br>Broadband and Rural Infrastructure Division</p>
</body></html>
""")
