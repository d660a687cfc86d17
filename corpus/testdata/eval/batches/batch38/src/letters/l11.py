LETTER = dict(
    file="westmarch-cc-internal-review-2025-039.docx", fmt="docx",
    authority="Westmarch County Council",
    reference="WCC IR 2025/039", date="2025-05-12", received="2024-12-02", regime="foia",
    layout="internal review; request in two parts as two automatic Word lists (numbering restarts)",
    traps=["same questions in two parts", "numbering restarts, only in list numbering",
           "review outcome differs from original decision", "original reference quoted"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", []),
        ("P1.Q4", "partially_released", ["s40(2)"]),
        ("P2.Q1", "released", []),
        ("P2.Q2", "withheld", ["s43(2)"]),
        ("P2.Q3", "released", []),
        ("P2.Q4", "partially_released", ["s40(2)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>WCC IR 2025/039</title></head>
<body style="font-family:Calibri, Carlito, sans-serif">
<table width="100%"><tr><td><b><font size="5">Westmarch County Council</font></b><br>Legal and Democratic Services<br>County Hall, Castle Street, Westmarch WM1 9ZZ</td>
<td align="right">Internal review ref: WCC IR 2025/039<br>Your original request: FOI 2024/7712<br>Date: 12 May 2025<br>Contact: Information Rights Team<br>Tel: 01999 000 112</td></tr></table>
<p>Dear</p>
<p><b>Internal Review – Freedom of Information Act 2000</b></p>
<p>Thank you for your email of 10 April 2025 requesting an internal review of the Council's response to your request FOI 2024/7712, which we received on 2 December 2024 and answered on 7 January 2025. I have now completed the review. I am a senior officer who was not involved in the original response.</p>
<p>Your request was in two parts. For ease of reference I have repeated it here.</p>
<p><b>Part 1 – Highways maintenance term contract</b></p>
<ol>
<li>Who is the current supplier?</li>
<li>What is the annual spend on the contract?</li>
<li>When does the contract expire, including any extension options?</li>
<li>Who is the officer responsible for managing the contract (name, job title, telephone number and email)?</li>
</ol>
<p><b>Part 2 – Street lighting maintenance contract</b></p>
<ol>
<li>Who is the current supplier?</li>
<li>What is the annual spend on the contract?</li>
<li>When does the contract expire, including any extension options?</li>
<li>Who is the officer responsible for managing the contract (name, job title, telephone number and email)?</li>
</ol>
<p><b>Original response</b></p>
<p>In its original response the Council provided the supplier names for both contracts and the expiry date for the highways contract. It withheld the annual spend for both contracts under section 43(2) (commercial interests), withheld the contract managers' details under section 40(2), and told you that it did not hold an expiry date for the street lighting contract.</p>
<p><b>Outcome of the review</b></p>
<p><u>Part 1</u></p>
<p>Question 1: The supplier is Marcher Highways Services Ltd. The original response is upheld.</p>
<p>Question 2: <b>I have decided that section 43(2) was not correctly applied.</b> Payments to this supplier above £500 are already published monthly under the Local Government Transparency Code, and the contract value was published in the award notice. The annual spend in 2023/24 was £18,742,300.</p>
<p>Question 3: The contract expires on 31 March 2027 with an option to extend for up to two further years. Upheld.</p>
<p>Question 4: <b>Partly overturned.</b> The job title of the responsible officer is Highways Contract Manager, and enquiries can be made through highways.contracts@westmarch.gov.example. The officer's name and direct telephone number remain withheld under section 40(2); the officer is not of a seniority at which there would be an expectation that their details are made public.</p>
<p><u>Part 2</u></p>
<p>Question 1: The supplier is Lumen Street Services Ltd. Upheld.</p>
<p>Question 2: <b>The decision to withhold is upheld under section 43(2).</b> Unlike the highways contract, the street lighting contract is a partnership arrangement in which the annual payment is calculated from a unit-rate schedule that has not been published, and the contract is being re-procured this year. Disclosure of the annual payment would allow competitors to reverse-engineer the incumbent's rates. I have weighed the public interest and consider that it favours withholding the figure until the procurement has concluded.</p>
<p>Question 3: <b>The original response was not correct.</b> The information was held in the contract file, which was not searched originally. The contract expires on 30 September 2025; there are no further extension options.</p>
<p>Question 4: <b>Partly overturned</b>, on the same basis as Part 1, question 4. The job title is Street Lighting Asset Manager (lighting@westmarch.gov.example). The name and direct line are withheld under section 40(2).</p>
<p>If you remain dissatisfied, you may apply to the Information Commissioner under section 50 of the Act. The Commissioner can be contacted at Wycliffe House, Water Lane, Wilmslow SK9 5AF or via ico.org.uk/make-a-complaint.</p>
<p>Yours sincerely</p>
<p>Andrew Fielding<br>Assistant Director, Legal and Democratic Services</p>
</body></html>
""")
