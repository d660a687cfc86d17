LETTER = dict(
    file="hollinmoor-dc-DC-EIR-0507.docx", fmt="docx",
    authority="Hollinmoor District Council",
    reference="DC-EIR-0507", date="2024-12-03", received="2024-11-05", regime="eir",
    layout="grouped answers under EIR; request as automatic list numbering",
    traps=["grouped answers ('Items 1 and 2', 'Items 5 and 6')", "EIR reg 12(6) NCND with reg 12(5)(b)",
           "numbers only in Word list numbering"],
    questions=[
        ("P1.Q1", "partially_released", ["reg12(5)(e)", "reg13(1)"]),
        ("P1.Q2", "partially_released", ["reg12(5)(e)", "reg13(1)"]),
        ("P1.Q3", "released", ["reg6(1)(b)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "withheld", ["reg12(5)(b)"]),
        ("P1.Q6", "withheld", ["reg12(5)(b)"]),
        ("P1.Q7", "ncnd", ["reg12(5)(b)", "reg12(6)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>DC-EIR-0507</title></head>
<body style="font-family:'Liberation Sans'">
<p align="right"><font size="4" color="#1f4e79"><b>HOLLINMOOR DISTRICT COUNCIL</b></font><br>Environmental Health &amp; Regulatory Services<br>Town Hall, Market Place, Hollinmoor HM7 9ZZ</p>
<p>December 3, 2024</p>
<p>Request number: DC-EIR-0507</p>
<p>Dear Requester</p>
<p><b>Environmental Information Regulations 2004 – former Hollinmoor Tannery site and contaminated land</b></p>
<p>Thank you for your request, received on November 5, 2024, for the following information:</p>
<ol>
<li>Copies of all site investigation and contamination reports held for the former Hollinmoor Tannery site, Canal Street.</li>
<li>Correspondence between the Council and the developer of that site about contamination since January 2023.</li>
<li>A list of sites on the Council's contaminated land register.</li>
<li>The number of air quality monitoring stations the Council operates.</li>
<li>Any legal advice obtained by the Council on enforcement options for the Tannery site.</li>
<li>Correspondence with the Council's external solicitors about the Tannery site.</li>
<li>Whether the Council is considering prosecution of the owner of Ashby Yard, Mill Road, for contamination offences.</li>
</ol>
<p>As your request concerns land and contamination, it falls to be dealt with under the Environmental Information Regulations 2004 (EIR).</p>
<p><b>Items 1 and 2</b></p>
<p>We have located three site investigation reports and 41 items of correspondence. These are enclosed, with two categories of redaction. First, the developer's cost estimates for remediation, which appear in Appendix C of the Phase 2 report and in five emails, have been redacted under regulation 12(5)(e) (confidentiality of commercial or industrial information), as their release would harm the developer's negotiating position with remediation contractors. Second, the names and contact details of the developer's junior staff and of private residents who wrote to the Council have been redacted under regulation 13(1), as releasing them would breach the data protection principles. In applying regulation 12(5)(e) we have taken account of the presumption in favour of disclosure, and in particular that the environmental findings themselves are released in full. We consider the public interest in protecting the cost information outweighs that in disclosure.</p>
<p><b>Item 3</b></p>
<p>The contaminated land public register is available for inspection at the Town Hall and online at www.hollinmoor.gov.example/contaminated-land-register. As it is already publicly available and easily accessible, regulation 6(1)(b) applies. Currently four sites are entered on the register.</p>
<p><b>Item 4</b></p>
<p>The Council operates 3 automatic monitoring stations and 27 diffusion tube sites.</p>
<p><b>Items 5 and 6</b></p>
<p>The Council holds legal advice and correspondence with its external solicitors (Fairbrother Lane LLP) about the Tannery site. This information is subject to legal professional privilege and is withheld under regulation 12(5)(b), as disclosure would adversely affect the course of justice. There is a strong inherent public interest in preserving the confidentiality of communications between lawyers and their clients; the Council must be able to obtain full and frank advice. While there is public interest in the site's remediation, we do not consider it sufficient to override that principle in this case.</p>
<p><b>Item 7</b></p>
<p>The Council neither confirms nor denies whether it holds this information, in reliance on regulation 12(6), read with regulation 12(5)(b). To confirm or deny whether the Council is contemplating proceedings against a named landowner would itself adversely affect the course of justice, by alerting the owner or by unfairly implying wrongdoing where no action is contemplated. We have considered the public interest and have concluded that it favours neither confirming nor denying.</p>
<p>If you are dissatisfied with this response you may make representations to the Council within 40 working days under regulation 11. You may then complain to the Information Commissioner.</p>
<p>Yours faithfully</p>
<p>Dr. N. Haworth<br>Principal Environmental Protection Officer</p>
</body></html>
""")
