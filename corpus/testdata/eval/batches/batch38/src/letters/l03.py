LETTER = dict(
    file="pdas-foi-24-1193.pdf", fmt="chrome-pdf",
    authority="Pennine and Dales Ambulance Service NHS Trust",
    reference="PDAS/FOI/24-1193", date="2024-12-20", received="2024-11-21", regime="foia",
    layout="You asked / Our response",
    traps=["s12(2) cost refusal that says 'neither confirm nor deny' (refused, not ncnd)",
           "answer elsewhere: attached spreadsheet"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "refused", ["s12(2)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "withheld", ["s40(2)", "s41(1)"]),
        ("P1.Q6", "partially_released", ["s43(2)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>PDAS/FOI/24-1193</title>
<style>
@page { size: A4; margin: 22mm 20mm 24mm 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.4; color:#111; }
.head { border-bottom: 3px solid #005eb8; padding-bottom: 6px; margin-bottom: 14px; }
.head .nhs { float:right; background:#005eb8; color:#fff; font-weight:bold; padding:3px 8px; font-size:14pt; }
.trust { font-size: 13pt; font-weight: bold; color:#005eb8; }
.meta td { padding: 1px 10px 1px 0; }
h3 { color:#005eb8; font-size:10.5pt; margin: 16px 0 4px 0; }
.ask { background:#eef4fb; padding:6px 8px; border-left:4px solid #005eb8; }
.resp { padding: 4px 8px 4px 12px; }
.small { font-size: 8.5pt; color:#444; }
</style></head>
<body>
<div class="head"><span class="nhs">NHS</span>
<div class="trust">Pennine and Dales Ambulance Service</div>
<div>NHS Trust</div>
<div class="small">Trust Headquarters, Moorside Business Park, Skipton Road, Keighworth BD20 7XX</div>
</div>
<table class="meta">
<tr><td>Our ref:</td><td>PDAS/FOI/24-1193</td></tr>
<tr><td>Date:</td><td>December 20, 2024</td></tr>
<tr><td>Direct line:</td><td>01756 000 300</td></tr>
<tr><td>Email:</td><td>pdas.foi@nhs.example</td></tr>
</table>
<p>Dear</p>
<p><b>Re: Freedom of Information request – hospital handover delays</b></p>
<p>Thank you for your request for information, received by the Trust on 21 November 2024. Our response to each part of your request is set out below.</p>

<h3>You asked:</h3>
<div class="ask">For 2023/24, the number of hospital handovers that took longer than 60 minutes, broken down by receiving hospital.</div>
<h3>Our response:</h3>
<div class="resp">Please see the attached spreadsheet (FOI 24-1193 Handovers.xlsx), which lists each receiving emergency department with the number of handovers over 60 minutes for each month of 2023/24.</div>

<h3>You asked:</h3>
<div class="ask">What was the longest single handover delay recorded in 2023/24?</div>
<h3>Our response:</h3>
<div class="resp">The longest recorded handover time was 11 hours 42 minutes (January 2024).</div>

<h3>You asked:</h3>
<div class="ask">How many patients died while waiting in an ambulance outside an emergency department in 2023/24?</div>
<h3>Our response:</h3>
<div class="resp">
<p>The Trust's electronic patient record does not contain a field that records whether a patient deteriorated or died while waiting to be handed over. To establish whether we hold any information within the scope of this question, we would need to review the patient care record for every conveyance delayed beyond 60 minutes in the year. There were 14,388 such conveyances; at a conservative estimate of three minutes per record, this would take approximately 719 hours.</p>
<p>The cost of determining whether the Trust holds this information would therefore exceed the appropriate limit of £450 (18 hours at £25 per hour) set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. In accordance with section 12(2) of the Act the Trust is not obliged to confirm or deny whether it holds this information, and this response should be read as a refusal on the grounds of cost.</p>
<p><i>Advice and assistance:</i> deaths that occur in these circumstances would normally be reported as patient safety incidents. You may wish to consider the answer to the next question, which the Trust was able to provide within the limit.</p>
</div>

<h3>You asked:</h3>
<div class="ask">How many Serious Incident (SI) investigations in 2023/24 identified a handover delay as a contributory factor?</div>
<h3>Our response:</h3>
<div class="resp">17.</div>

<h3>You asked:</h3>
<div class="ask">Please provide copies of those Serious Incident reports.</div>
<h3>Our response:</h3>
<div class="resp">
<p>The Trust holds the reports but is withholding them in full. Each report is a detailed account of an individual patient's care, including clinical history, times, locations and the names of clinicians. Even with names removed, the combination of dates, locations and clinical detail would allow patients and families to be identified. The reports are therefore exempt under section 40(2) (personal information of third parties) and section 41(1) (information provided in confidence). Section 41 is an absolute exemption; however, we have considered whether there would be a public interest defence to a breach of confidence and have concluded there would not.</p>
<p>Summaries of learning from serious incidents are included in the Trust's quarterly Quality Report to the Board, which is published with Board papers on our website.</p>
</div>

<h3>You asked:</h3>
<div class="ask">How much did the Trust spend on private ambulance providers in 2023/24, broken down by provider?</div>
<h3>Our response:</h3>
<div class="resp">
<p>The Trust's total expenditure with private and voluntary ambulance providers in 2023/24 was £6,214,930.</p>
<p>We have not broken this figure down by provider. Each provider's rates are agreed through a mini-competition under a regional framework, and several of those competitions are due to be re-run in 2025. Disclosing spend per provider would, when combined with published activity levels, reveal each provider's unit rate to its competitors and would be likely to prejudice both the providers' commercial interests and the Trust's ability to achieve value for money. The breakdown is therefore withheld under section 43(2). The public interest in transparency about the use of public money is largely met by the total figure above; the public interest in maintaining a fair competition for the forthcoming tenders outweighs it.</p>
</div>

<p>If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of this response and should be addressed to the Head of Information Governance at the address above. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.</p>
<p>Yours sincerely</p>
<p><b>Freedom of Information Team</b><br>Information Governance Department<br>Pennine and Dales Ambulance Service NHS Trust</p>
</body></html>
""")
