LETTER = dict(
    file="ravensford-dc-foi-615-24.pdf", fmt="gs-pdf",
    authority="Ravensford District Council",
    reference="RDC/FOI 615/24", date="2025-01-09", received="2024-12-10", regime="foia",
    layout="decision paragraph naming questions by part and number, then answers for the rest",
    traps=["same question text in two parts", "banner repeated on every page",
           "decision paragraph with ranges per part"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "withheld", ["s43(2)"]),
        ("P1.Q3", "released", []),
        ("P1.Q4", "released", []),
        ("P1.Q5", "released", []),
        ("P1.Q6", "released", []),
        ("P1.Q7", "partially_released", ["s40(2)"]),
        ("P1.Q8", "released", []),
        ("P1.Q9", "released", []),
        ("P2.Q1", "released", []),
        ("P2.Q2", "withheld", ["s43(2)"]),
        ("P2.Q3", "released", []),
        ("P2.Q4", "not_held", []),
        ("P2.Q5", "partially_released", ["s40(2)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>RDC/FOI 615/24</title>
<style>
@page { size: A4; margin: 18mm 20mm 12mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; }
.banner { text-align: center; font-size: 8.5pt; color: #2a5d2a; border-top: 1px solid #2a5d2a; padding-top: 3px; }
table.page { width: 100%; border-collapse: collapse; } table.page > tfoot td { padding-top: 10px; }
.lh { font-size: 16pt; font-weight: bold; color: #2a5d2a; }
.addr { font-size: 9pt; }
ol.q { margin-top: 2px; }
ol.q li { margin-bottom: 3px; }
</style></head>
<body>
<table class="page"><tfoot><tr><td><div class="banner">Ravensford District Council &nbsp;|&nbsp; Investors in People – Gold &nbsp;|&nbsp; Working together for a greener Ravensford</div></td></tr></tfoot>
<tbody><tr><td>
<div class="lh">Ravensford District Council</div>
<div class="addr">Customer Services &amp; ICT · The Maltings, Mill Lane, Ravensford RF2 9ZZ</div>
<p>&nbsp;</p>
<p>Thursday 9th January 2025</p>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION REQUEST – RDC/FOI 615/24 – Contact centre and inbound telephony contracts</b></p>
<p>I refer to your request for information, which the Council received on 10th December 2024. You asked for the following information:</p>
<p><i>Part 1 – my request relates to contact centre software and service contracts (call distribution, web chat, email and social media handling, performance dashboards). For each contract please provide:</i></p>
<ol class="q">
<li><i>Incumbent Supplier: For each contract, please provide the supplier of the contract.</i></li>
<li><i>Annual Average Spend: For each supplier, please state the annual average spend over the last three years.</i></li>
<li><i>Contract Duration: For each supplier, please state the duration of the contract, including any extension options.</i></li>
<li><i>Contract Expiry: For each supplier, please state the date when the contract expires.</i></li>
<li><i>Contract Review: For each supplier, please state the date when the contract will be reviewed.</i></li>
<li><i>Contract Description: please provide a brief description of the services provided under the contract.</i></li>
<li><i>Contact Details: please state the person within the organisation responsible for the contract, with their full name, job title, contact number and email address.</i></li>
<li><i>Number of Agents: the total number of contact centre agents.</i></li>
<li><i>Number of Sites: the number of sites the contact centre covers.</i></li>
</ol>
<p><i>Part 2 – my request relates to inbound network services contracts (0300/0800 numbers, call routing, caller identification, IVR). For each contract please provide:</i></p>
<ol class="q">
<li><i>Incumbent Supplier: For each contract, please provide the supplier of the contract.</i></li>
<li><i>Annual Average Spend: For each supplier, please state the annual average spend over the last three years.</i></li>
<li><i>Contract Expiry: For each supplier, please state the date when the contract expires.</i></li>
<li><i>Contract Review: For each supplier, please state the date when the contract will be reviewed.</i></li>
<li><i>Contact Details: please state the person within the organisation responsible for the contract, with their full name, job title, contact number and email address.</i></li>
</ol>
<p>Your request has been considered and Ravensford District Council holds most of the information you asked for. I am withholding the information requested at question 2 in part 1 and question 2 in part 2 under section 43(2) of the Freedom of Information Act 2000 (commercial interests). For question 7 in part 1 and question 5 in part 2, the job title and a team contact are provided but the name, direct telephone number and personal email address of the officer are withheld under section 40(2) (personal information). The Council does not hold the information requested at question 4 in part 2. The remaining questions are answered in full below.</p>
<p><b>Section 43(2) – Commercial interests</b></p>
<p>Both contracts were procured through a national framework and the Council is a member of a shared-service partnership that will jointly re-procure contact centre and telephony services during 2025. The annual spend for each supplier, combined with the published framework price lists, would allow competitors to calculate the discounts agreed with the Council. This would be likely to prejudice the suppliers' commercial interests and the partnership's negotiating position.</p>
<p><i>Public interest in disclosure:</i> openness about the use of public funds and accountability for value for money.</p>
<p><i>Public interest in withholding:</i> ensuring a fair procurement process and obtaining best value for council taxpayers in the forthcoming re-procurement. Payments over £500 are in any case published monthly under the Transparency Code.</p>
<p><i>Balance:</i> I have concluded that the public interest favours withholding the annual spend at this time.</p>
<p><b>Section 40(2) – Personal information</b></p>
<p>The officers responsible for these contracts are not senior managers with a public-facing role. Their names and direct contact details are personal data and releasing them would not be fair or lawful. I have instead provided their job titles and a team mailbox, which should meet your purpose.</p>
<p><b>Part 1</b></p>
<p><b>Question 1</b> – Cloudline Contact Systems Ltd (contact centre platform).</p>
<p><b>Question 3</b> – Three years from 1 April 2022, with an option to extend by up to two years (1+1).</p>
<p><b>Question 4</b> – 31 March 2025. The first one-year extension has been taken, so the contract now expires on 31 March 2026.</p>
<p><b>Question 5</b> – The contract will be reviewed in September 2025.</p>
<p><b>Question 6</b> – A cloud-hosted contact centre platform providing automatic call distribution, call recording, web chat and email queues, and supervisor dashboards.</p>
<p><b>Question 7</b> – Customer Services Systems Manager; email contactcentre.systems@ravensford.gov.example.</p>
<p><b>Question 8</b> – 23 agents (19.6 FTE).</p>
<p><b>Question 9</b> – One site (The Maltings, Ravensford).</p>
<p><b>Part 2</b></p>
<p><b>Question 1</b> – Northline Telecom plc (0300 and 0800 numbers, call routing and IVR).</p>
<p><b>Question 3</b> – 30 June 2026.</p>
<p><b>Question 4</b> – The Council does not hold this information. No review date has been recorded for this contract; it will be considered as part of the partnership re-procurement.</p>
<p><b>Question 5</b> – ICT Infrastructure Manager; email ict.network@ravensford.gov.example.</p>
<p>Please quote the reference number above in any future communication about this request.</p>
<p><b>Your right to complain</b></p>
<p>If you are not satisfied with this response, you may request an internal review by writing to the Information Governance Officer at the address above within two months. If you are still not satisfied after the internal review you may complain to the Information Commissioner's Office.</p>
<p>Yours sincerely</p>
<p>Kelvin Ashdown<br>Customer Services and ICT Manager<br>Ravensford District Council</p>
</td></tr></tbody></table>
</body></html>
""")
