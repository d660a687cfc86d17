LETTER = dict(
    file="lb-northgate-internal-review-NBC-IR-0112.pdf", fmt="lo-pdf",
    authority="London Borough of Northgate",
    reference="NBC/IR/0112", date="2025-07-24", received="2025-04-03", regime="foia",
    layout="internal review with a summary table of original vs review outcome",
    traps=["internal review changes stances", "original request ref and ICO case ref quoted",
           "not held upheld on review"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "not_held", []),
        ("P1.Q3", "partially_released", ["s43(2)"]),
        ("P1.Q4", "released", ["s21(1)"]),
        ("P1.Q5", "released", []),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>NBC/IR/0112</title>
<style>body{font-family:'Liberation Sans';font-size:10.5pt} td{vertical-align:top}</style></head>
<body>
<p><font size="5" color="#8a1538"><b>Northgate</b></font><br><font size="2">LONDON BOROUGH OF NORTHGATE</font></p>
<p><font size="2">Corporate Information Governance<br>Northgate Civic Centre, 1 High Road, London N99 4ZZ</font></p>
<p>Internal review reference: <b>NBC/IR/0112</b><br>Original request: FOI-2025-04471<br>24 July 2025</p>
<p>Dear</p>
<p><b>Request for internal review: parking enforcement contract</b></p>
<p>I am writing with the outcome of the internal review you requested on 30 June 2025 regarding the Council's response to your request FOI-2025-04471 (received 3 April 2025, responded to 1 May 2025). In your email you said that, if the Council did not reconsider, you would pursue your complaint with the Information Commissioner and quoted the ICO case reference IC-381264-T7Q2, which relates to a separate complaint of yours about another authority. I have considered your request afresh.</p>
<p><b>Summary of outcome</b></p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td width="34%"><b>Question</b></td><td width="22%"><b>Original response</b></td><td width="44%"><b>Review decision</b></td></tr>
<tr><td>1. Number of PCNs issued by each civil enforcement officer in 2024/25</td><td>Withheld – s40(2)</td><td>Overturned – released (see below)</td></tr>
<tr><td>2. Any targets for PCN issue contained in the enforcement contract</td><td>Not held</td><td>Upheld – not held</td></tr>
<tr><td>3. Copy of the contract's KPI schedule</td><td>Withheld in full – s43(2)</td><td>Partly overturned – released with redactions under s43(2)</td></tr>
<tr><td>4. PCN income in 2024/25</td><td>Published – s21</td><td>Upheld</td></tr>
<tr><td>5. Number of PCNs cancelled following informal challenge or appeal</td><td>Released</td><td>Upheld</td></tr>
</table>
<p><b>Question 1</b></p>
<p>The original response withheld the figures on the basis that officers could be identified. I accept your point that the figures can be provided against an anonymised officer number without identifying anyone: officers' shoulder numbers are not used, and the list has been sorted by volume. The figures for all 64 civil enforcement officers are attached as Annex A. The original decision is therefore overturned and the information is released.</p>
<p><b>Question 2</b></p>
<p>I have examined the contract with Kerbside Civil Enforcement Ltd in full. It contains no targets, quotas or incentives relating to the number of PCNs issued; such targets would be contrary to the statutory guidance. The Council therefore does not hold the information and the original response is upheld.</p>
<p><b>Question 3</b></p>
<p>The original response withheld the whole KPI schedule under section 43(2). Having reviewed the schedule, I consider that most of it – the performance indicators themselves, the measurement methods and the reporting frequency – would not harm the contractor's commercial interests. I have therefore released the schedule (Annex B), redacting only the service credit values and the payment deduction formula, which remain exempt under section 43(2). The contract will be retendered in 2026, and disclosure of the financial mechanism would reveal the basis of the contractor's pricing to competitors. I consider that the public interest in a fair procurement outweighs the public interest in disclosure of these specific figures.</p>
<p><b>Question 4</b></p>
<p>PCN income is published in the Council's annual Parking Report 2024/25 at www.northgate.gov.example/parking-report. The original response correctly applied section 21 and is upheld.</p>
<p><b>Question 5</b></p>
<p>The original response stated that 4,108 PCNs were cancelled in 2024/25 following informal challenge, formal representation or appeal. You did not dispute this and the answer stands.</p>
<p>If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.</p>
<p>Yours sincerely</p>
<p>Priya Raman<br>Head of Information Governance and Data Protection Officer<br>London Borough of Northgate</p>
</body></html>
""")
