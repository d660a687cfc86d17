LETTER = dict(
    file="ashbourne-vale-college-AVC-FOI-0058.pdf", fmt="lo-pdf",
    authority="Ashbourne Vale College",
    reference="AVC-FOI-0058", date="2024-12-13", received="2024-11-15", regime="foia",
    layout="interleaved 'Request N' / 'Answer'",
    traps=["low-number suppression gives partially_released", "redacted contract"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "partially_released", ["s40(2)"]),
        ("P1.Q4", "released", ["s21(1)"]),
        ("P1.Q5", "partially_released", ["s43(2)"]),
        ("P1.Q6", "withheld", ["s31(1)(a)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AVC-FOI-0058</title>
<style>body{font-family:'Liberation Serif';font-size:11.5pt} p.req{margin-left:0.8cm;font-style:italic}</style></head>
<body>
<p><font size="5"><b>Ashbourne Vale College</b></font><br><i>Learning that works</i></p>
<p>Derby Road Campus · Ashbourne · DE6 9ZZ<br>www.ashbournevale.ac.example</p>
<hr>
<p>13/12/2024</p>
<p>Ref: AVC-FOI-0058</p>
<p>Dear</p>
<p><b>Freedom of Information Request</b></p>
<p>I write further to your request received on 15/11/2024. Please see the College's response below each of your requests.</p>

<p><b>Request 1</b></p>
<p class="req">How many students aged 16 to 18 are enrolled at the College in the 2024/25 academic year?</p>
<p><b>Answer</b></p>
<p>4,312 students aged 16–18 were enrolled at the 1 November 2024 census date.</p>

<p><b>Request 2</b></p>
<p class="req">Please list the organisations the College subcontracts provision to, and the value of each subcontract in 2023/24.</p>
<p><b>Answer</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Subcontractor</b></td><td><b>Provision</b></td><td><b>2023/24 value</b></td></tr>
<tr><td>Peak Skills Training CIC</td><td>Adult skills – construction</td><td>£212,400</td></tr>
<tr><td>Dovedale Care Academy Ltd</td><td>Apprenticeships – health and social care</td><td>£96,750</td></tr>
<tr><td>Manifold Learning Partnership</td><td>16–18 study programmes (alternative provision)</td><td>£58,300</td></tr>
</table>
<p>The College's subcontracting policy and fees are also published each year in line with funding rules.</p>

<p><b>Request 3</b></p>
<p class="req">How many staff disciplinary cases were concluded in 2023/24, and what were the outcomes?</p>
<p><b>Answer</b></p>
<p>Nine disciplinary cases were concluded in 2023/24. In five cases no formal action was taken or a first written warning was issued.</p>
<p>The number of cases with each of the remaining outcomes is fewer than five in every category, and the College has not broken these down further. Given the size of the College and the availability of other information (for example staff leaving dates), individuals could be identified from such small numbers. This would be unfair to the staff concerned, and the detailed breakdown is therefore withheld under section 40(2) of the Act.</p>

<p><b>Request 4</b></p>
<p class="req">What was the Principal's salary and any bonus for 2023/24?</p>
<p><b>Answer</b></p>
<p>This information is published in the College's Report and Financial Statements for the year ended 31 July 2024 (page 41, note 8 "Key management personnel"), available on our website under About Us &gt; Governance &gt; Financial Statements. As it is reasonably accessible to you, section 21 of the FOI Act applies.</p>

<p><b>Request 5</b></p>
<p class="req">A copy of the College's current contract with its catering provider.</p>
<p><b>Answer</b></p>
<p>A copy of the contract with Fresh Field Catering Services Ltd is attached. The pricing schedule (Schedule 4) and the provider's method statement (Schedule 6) have been redacted under section 43(2) (commercial interests). The contract is due to be re-tendered in 2025, and disclosing the provider's prices and operating model would be likely to prejudice both its position and the College's ability to obtain best value in that exercise. We have weighed the public interest in openness about college spending and concluded that it is outweighed by the public interest in a fair and competitive tender.</p>

<p><b>Request 6</b></p>
<p class="req">How many cyber-security incidents has the College reported in the last three years, and what type were they?</p>
<p><b>Answer</b></p>
<p>The College holds this information but is withholding it under section 31(1)(a) of the Act (prevention or detection of crime). Information about the number and type of incidents, taken together with similar information released by other colleges, would help those seeking to attack the sector to judge where defences are weaker. We recognise the public interest in knowing that the College protects student and staff data, but we consider that this is outweighed by the public interest in not assisting criminal activity.</p>

<p>If you are dissatisfied with the handling of your request, please write to the Clerk to the Corporation at the address above within 40 working days. You may also contact the Information Commissioner's Office.</p>
<p>Kind regards</p>
<p>Jaspreet Dhillon<br>Data Protection and Information Compliance Lead<br>Ashbourne Vale College</p>
</body></html>
""")
