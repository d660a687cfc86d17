LETTER = dict(
    file="oaar-REG-FOI-00412.pdf", fmt="chrome-pdf",
    authority="Office for Apprenticeship Assessment Regulation",
    reference="REG-FOI-00412", date="2025-02-11", received="2025-01-13", regime="foia",
    layout="grouped answers ('Questions 2 and 3', 'Questions 5 and 6')",
    traps=["grouped answers", "s36 qualified person opinion", "dotted date format", "boilerplate lists sections 30, 31, 36, 40 and 43 (not stances)"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "withheld", ["s31(1)(g)"]),
        ("P1.Q3", "withheld", ["s31(1)(g)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "withheld", ["s36(2)(b)(i)", "s36(2)(b)(ii)"]),
        ("P1.Q6", "withheld", ["s36(2)(b)(i)", "s36(2)(b)(ii)"]),
        ("P1.Q7", "released", []),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>REG-FOI-00412</title>
<style>
@page { size: A4; margin: 25mm 25mm 22mm 25mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.5; color: #222; }
.logo { font-size: 20pt; font-weight: 300; letter-spacing: 1px; color: #5b2a86; }
.logo b { font-weight: 700; }
.side { float: right; width: 55mm; font-size: 8pt; color: #555; border-left: 2px solid #5b2a86; padding-left: 8px; }
h2 { font-size: 11pt; color: #5b2a86; margin-top: 20px; }
.q { margin: 0 0 0 14px; }
</style></head>
<body>
<div class="side">Office for Apprenticeship Assessment Regulation<br>2 Foundry Square<br>Coventry CV9 9ZZ<br><br>foi@oaar.gov.example<br><br>Reference: REG-FOI-00412<br>Date: 11.02.2025</div>
<div class="logo"><b>OAAR</b> Office for Apprenticeship<br>Assessment Regulation</div>
<p style="clear:both">&nbsp;</p>
<p>Dear</p>
<h2>Your request for information</h2>
<p>We received your request on 13 January 2025. You asked for:</p>
<div class="q">
<p>1. The number of complaints OAAR received about end-point assessment organisations (EPAOs) in 2023 and in 2024.</p>
<p>2. The names of any EPAOs currently under investigation by OAAR.</p>
<p>3. For each such investigation, the date it began and the nature of the concerns.</p>
<p>4. The number of regulatory sanctions (including conditions and fines) issued in 2024.</p>
<p>5. Internal emails between OAAR staff discussing Brightpath Assessment Ltd between 1 September and 31 December 2024.</p>
<p>6. The minutes of the OAAR Board meeting of 21 November 2024 at which the regulation of EPAOs was discussed.</p>
<p>7. The number of staff employed in OAAR's investigations team.</p>
</div>
<p>We have dealt with your request under the Freedom of Information Act 2000. Some questions are answered together below.</p>
<h2>Question 1</h2>
<p>2023: 184 complaints. 2024: 231 complaints.</p>
<h2>Questions 2 and 3</h2>
<p>We hold this information, but we are withholding it under section 31(1)(g) of the Act. This exemption applies where disclosure would, or would be likely to, prejudice the exercise by a public authority of its functions for the purpose of ascertaining whether any person has failed to comply with the law, or whether circumstances exist which would justify regulatory action.</p>
<p>Our investigations are confidential while they are under way. Naming an organisation under investigation, or describing the concerns, before we have reached a conclusion could lead to unfair damage to an organisation that may be found to have done nothing wrong, and could deter organisations and whistle-blowers from engaging openly with us. We publish the outcome of any investigation that leads to a sanction.</p>
<p>We recognise the public interest in apprentices and employers knowing whether an assessment organisation has come to our attention. However, we consider the public interest is better served by protecting the integrity of our investigations, and we have concluded that the balance lies in withholding the information.</p>
<h2>Question 4</h2>
<p>We issued 12 regulatory sanctions in 2024: 9 special conditions, 2 directions and 1 monetary penalty. Details of each are published in our Register of Regulatory Action.</p>
<h2>Questions 5 and 6</h2>
<p>We hold 64 emails within the scope of question 5 and the minutes requested at question 6. This information is withheld under sections 36(2)(b)(i) and 36(2)(b)(ii) of the Act, which apply where, in the reasonable opinion of a qualified person, disclosure would be likely to inhibit the free and frank provision of advice, or the free and frank exchange of views for the purposes of deliberation. Our qualified person, the Chief Regulator, gave her opinion on 5 February 2025 that both limbs of the exemption apply.</p>
<p>The emails and minutes record officials' candid discussion of regulatory options while policy on EPAO oversight is still being settled. We consider that disclosure would be likely to make staff and Board members more guarded in future discussions. The public interest in transparency is met in part by the summary of Board decisions that we publish after each meeting. On balance, the public interest favours maintaining the exemption.</p>
<h2>Question 7</h2>
<p>17 staff (15.8 FTE) are employed in the investigations team.</p>
<h2>If you are unhappy with our response</h2>
<p>You can ask us to carry out an internal review within 40 working days. If you are not satisfied with the outcome you can complain to the Information Commissioner. Information about the exemptions available under the Act, including sections 30, 31, 36, 40 and 43, can be found on the ICO website.</p>
<p>Yours sincerely,</p>
<p>Information Access Team<br>Office for Apprenticeship Assessment Regulation</p>
</body></html>
""")
