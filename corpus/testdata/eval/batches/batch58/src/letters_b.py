from common import Q, add, esc, paras

# ---------------------------------------------------------------------------
# 7. Port health authority disclosure-log page: Request / Response headings.
# ---------------------------------------------------------------------------
q = [
    Q("How many imported food consignments did the Port Health Authority reject in 2024?",
      "87 consignments were rejected at the border control post in 2024 (2023: 64).", "released"),
    Q("Please break that figure down by country of origin.",
      "India 19; Türkiye 14; Nigeria 11; China 9; Vietnam 8; Egypt 7; Ghana 6; other countries (each fewer than five) 13.", "released"),
    Q("Please name the importers whose consignments were rejected.", "", "withheld", ["s43(2)"]),
    Q("How many Ship Sanitation Certificates were issued in 2024?",
      "312 Ship Sanitation Control Certificates and 1,046 Ship Sanitation Control Exemption Certificates.", "released"),
    Q("How much did the Authority spend on pest control on the dock estate in 2024?", "", "not_held"),
]
body = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Disclosure log – TEPHA 25/031 – Tamar Estuary Port Health Authority</title>
<style>body{{font-family:Georgia,serif;margin:0}} .top{{background:#003b5c;color:#fff;padding:12px 24px}} .top a{{color:#cde}}
.bc{{padding:6px 24px;font-size:12px}} .wrap{{padding:0 24px 20px;max-width:820px}} .cookie{{position:relative;background:#222;color:#fff;padding:10px 24px;font-size:13px}}
.req{{background:#f3f6f8;border-left:4px solid #003b5c;padding:6px 12px}} footer{{border-top:1px solid #ccc;padding:12px 24px;font-size:12px;color:#555}}</style></head>
<body>
<div class="cookie">This website uses essential cookies. With your permission we would also like to set analytics cookies. <a href="#">Accept</a> | <a href="#">Decline</a></div>
<div class="top"><b>Tamar Estuary Port Health Authority</b> &nbsp; <a href="/">Home</a> · <a href="/imports">Imported food</a> · <a href="/ships">Shipping</a> · <a href="/foi">FOI &amp; transparency</a> · <a href="/contact">Contact</a></div>
<div class="bc">You are here: Home › FOI &amp; transparency › Disclosure log › 2025</div>
<div class="wrap">
<h1>Rejected food consignments and ship sanitation</h1>
<p><b>Our reference:</b> TEPHA 25/031<br><b>Date received:</b> 22-04-2025<br><b>Date of response:</b> 19-05-2025</p>
<p>The Authority has considered your request under the Freedom of Information Act 2000. Each part of your request is reproduced below, followed by our response.</p>
<h3>Request</h3><div class="req">{q[0].t}</div>
<h3>Response</h3><p>{q[0].a}</p>
<h3>Request</h3><div class="req">{q[1].t}</div>
<h3>Response</h3><p>{q[1].a}</p>
<h3>Request</h3><div class="req">{q[2].t}</div>
<h3>Response</h3><p>We hold this information but it is withheld under section 43(2) of the Act. Rejection at the border does not
necessarily indicate any fault by the importer (many rejections follow documentary errors by exporters), and publishing names would be
likely to cause unwarranted damage to those businesses' commercial reputations and their relationships with customers. We considered
whether section 31 (law enforcement) should also apply but have not relied on it. Having weighed the public interest in transparency about
food safety enforcement, which is met by the figures above and by the national alerts already published through the Food Standards
Agency, we have concluded that the balance favours withholding the names.</p>
<h3>Request</h3><div class="req">{q[3].t}</div>
<h3>Response</h3><p>{q[3].a}</p>
<h3>Request</h3><div class="req">{q[4].t}</div>
<h3>Response</h3><p>Pest control on the dock estate is arranged and paid for by the port operator, Tamar Docks Ltd, not by the
Authority. The Authority carries out rodent inspections as part of ship sanitation work but does not hold any information about the cost
of pest control contracts. You may wish to contact the port operator directly.</p>
<p>If you are not satisfied with this response you can ask for an internal review within 40 working days by emailing foi@tamarpha.example.gov.uk.
You may then contact the Information Commissioner's Office.</p>
</div>
<footer>Tamar Estuary Port Health Authority · Port Health Office, Millbay Road, Plymouth PL99 3EH · A joint board of Plymouth-on-Tamar and Saltmouth councils · <a href="#">Privacy notice</a> · <a href="#">Accessibility statement</a></footer>
</body></html>"""
add(file="tamar-estuary-pha-TEPHA-25-031.html", fmt="html",
    authority="Tamar Estuary Port Health Authority", reference="TEPHA 25/031",
    date="2025-05-19", received="2025-04-22", regime="foia",
    layout="disclosure-log page: repeated Request / Response headings, unnumbered questions",
    traps=["questions unnumbered (Request/Response pairs)", "dd-mm-yyyy dates",
           "section 31 considered but not relied on", "not held: pest control paid by port operator",
           "cookie banner, nav and footer"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 8. Integrated care board: Word-style table with merged cells. LibreOffice PDF.
# ---------------------------------------------------------------------------
q = [
    Q("How many adults were waiting for an ADHD assessment commissioned by the ICB on 31 March 2025?", "6,418 adults", "released"),
    Q("What was the longest wait, in weeks, on that date?", "193 weeks", "released"),
    Q("Please list the providers commissioned, or used under Right to Choose, for adult ADHD assessment.",
      "Mercia Downs Partnership NHS Foundation Trust; Psicare Ltd; ADHD Pathways Clinic Ltd; Clarity Neurodiversity Services", "released"),
    Q("How much did the ICB spend with each provider in 2024/25?", "total £4.71 million", "partially_released", ["s43(2)"]),
    Q("What price per assessment does the ICB pay each provider?", "", "partially_released", ["s43(2)"]),
    Q("How many children were referred for ADHD assessment in 2024/25?", "", "not_held"),
    Q("How many complaints about adult ADHD waiting times did the ICB receive in 2024/25?", "fewer than five", "partially_released", ["s40(2)"]),
    Q("Please provide any Board papers in which ADHD waiting times were discussed.", "", "released", ["s21(1)"]),
]
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>MD-ICB/FOI/2025/0612</title>
<style>body{{font-family:Arial;font-size:10pt}} td,th{{border:1px solid #000;padding:3pt;vertical-align:top;font-size:9.5pt}} table.t{{border-collapse:collapse}}</style></head><body>
<p align="right"><font color="#005eb8" size="5"><b>NHS</b></font><br><b>Mercia Downs</b><br>Integrated Care Board</p>
<p>Information Governance Team<br>Kingfisher House, Sandpiper Way<br>Kidderminster DY99 4RT</p>
<p>Email: md-icb.foi@nhs.example.net</p>
<p>9th June 2025</p>
<p>Our reference: MD-ICB/FOI/2025/0612</p>
<p>Dear Requester,</p>
<p><b>Re: Freedom of Information Act 2000 – adult ADHD assessment</b></p>
<p>Thank you for your request received on 12 May 2025. NHS Mercia Downs Integrated Care Board (the ICB) can confirm that it holds some of
the information requested. Our response to each question is set out in the table below.</p>
<table class="t" width="100%" cellspacing="0">
<tr><th width="6%">No.</th><th width="40%">Question</th><th width="54%">Response</th></tr>
<tr><td>1</td><td>{q[0].t}</td><td>{q[0].a}</td></tr>
<tr><td>2</td><td>{q[1].t}</td><td>{q[1].a}</td></tr>
<tr><td>3</td><td>{q[2].t}</td><td>{q[2].a}</td></tr>
<tr><td>4</td><td>{q[3].t}</td><td rowspan="2">The ICB's total spend on adult ADHD assessment in 2024/25 was £4.71 million. Spend with each
provider and the price per assessment are withheld under section 43(2) (commercial interests): prices under Right to Choose are agreed
individually and disclosure would prejudice both the providers and the ICB in future negotiations. See the public interest section below.</td></tr>
<tr><td>5</td><td>{q[4].t}</td></tr>
<tr><td>6</td><td>{q[5].t}</td><td>The ICB does not hold this information. Referrals of children are received and managed by the community
paediatric service at Mercia Downs Partnership NHS Foundation Trust, which is a separate public authority and may be able to help.</td></tr>
<tr><td>7</td><td>{q[6].t}</td><td>The ICB received {q[6].a} complaints. Where a figure is between one and four we do not give the exact
number, as in combination with other information it could identify the individuals who complained; the exact number is withheld under
section 40(2).</td></tr>
<tr><td>8</td><td>{q[7].t}</td><td>Board papers are published on our website and are therefore exempt under section 21(1): https://merciadowns.icb.nhs.example/about-us/board-meetings
(see the meetings of 14 November 2024 and 13 March 2025).</td></tr>
</table>
<p><b>Public interest test – section 43(2)</b></p>
<p>We recognise the public interest in accountability for NHS spending, particularly where waiting times are long. This is met in part
by releasing the total spend. Against this, disclosing individual prices would weaken the ICB's ability to secure value for money. The
balance of the public interest favours withholding the breakdown.</p>
<p>If you are dissatisfied with the handling of your request, you may ask for an internal review within 40 working days. Following this,
you may apply to the Information Commissioner under section 50 of the Act.</p>
<p>Yours sincerely,</p>
<p>Freedom of Information Officer<br>NHS Mercia Downs Integrated Care Board</p>
</body></html>"""
add(file="mercia-downs-icb-MD-ICB-FOI-2025-0612.pdf", fmt="pdf-lo",
    authority="NHS Mercia Downs Integrated Care Board", reference="MD-ICB/FOI/2025/0612",
    date="2025-06-09", received="2025-05-12", regime="foia",
    layout="No. | Question | Response table with one response cell merged across Questions 4 and 5 (LibreOffice PDF)",
    traps=["merged cell: one answer for Questions 4 and 5", "wrapped table cells",
           "'fewer than five' with exact figure withheld s40(2) is a partial release",
           "not held: held by a different trust", "s21(1) link", "section 50 boilerplate", "ordinal date"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 9. Mental health trust internal review: some refusals upheld, some overturned. DOCX.
# ---------------------------------------------------------------------------
q = [
    Q("The number of prone restraints recorded in 2024.", "312", "released"),
    Q("The same figure broken down by ward.", "Aire Ward 61; Calder Ward 74; Holme Ward 52; Ryburn Ward 48; Hebble PICU 77.", "released"),
    Q("The number of patients who died while in seclusion in 2024.", "0", "released"),
    Q("The names of staff involved in restraint incidents on Hebble PICU in 2024.", "", "withheld", ["s40(2)"]),
    Q("A copy of the serious incident investigation report into the incident on Holme Ward on 3 August 2024.", "", "withheld", ["s40(2)", "s41(1)"]),
    Q("The cost of restraint reduction (RRN-certified) training in 2024/25.", "£148,600", "released"),
]
orig = ["Released: 312.", "Withheld – section 40(2).", "Withheld – section 38(1)(a).", "Withheld – section 40(2).",
        "Withheld – section 36(2)(c).", "Not held."]
rev = [
    "<b>Upheld.</b> The figure of 312 was correct and is confirmed.",
    "<b>Not upheld.</b> None of the ward figures is small enough to identify any patient, and section 40(2) should not have been applied. "
    "The figures are: Aire Ward 61; Calder Ward 74; Holme Ward 52; Ryburn Ward 48; Hebble PICU 77.",
    "<b>Not upheld.</b> Section 38(1)(a) was not engaged. The Trust can confirm that the number of patients who died in seclusion in 2024 was 0 (nil).",
    "<b>Upheld.</b> Names of individual staff remain withheld under section 40(2). Staff below senior management level would have no "
    "reasonable expectation that their involvement in clinical incidents would be made public.",
    "<b>Upheld, on different grounds.</b> The original response relied on section 36(2)(c), but no opinion of the qualified person had been "
    "obtained, so that exemption cannot be maintained. The report is instead withheld under section 40(2), as it contains the health data of the "
    "patient and personal data of staff, and under section 41(1), as it includes information given in confidence by the patient's family.",
    "<b>Not upheld.</b> The information is held by the Learning and Development team, which was not consulted at the time. The cost in 2024/25 was £148,600.",
]
rows = "\n".join(f"<tr><td>{i+1}</td><td>{esc(x.t)}</td><td>{orig[i]}</td><td>{rev[i]}</td></tr>" for i, x in enumerate(q))
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>IR-2025-014</title>
<style>body{{font-family:'Liberation Sans';font-size:10.5pt}} td,th{{border:1px solid #444;padding:4px;vertical-align:top}} table{{border-collapse:collapse}}</style></head><body>
<p><b>Calderbrook Mental Health NHS Foundation Trust</b><br>Trust Headquarters, Broad Lea, Halifax HX9 6QT<br>Information Governance &amp; Records</p>
<p>Date: 27 May 2025<br>Internal review reference: IR-2025-014<br>Original request reference: FOI-2025-0387</p>
<p>Dear Mr Okafor</p>
<p><b>Internal review – Freedom of Information Act 2000</b></p>
<p>I write about your email of 29 April 2025 asking for an internal review of the Trust's response to request FOI-2025-0387, which was
received on 7 February 2025 and answered on 6 March 2025. I was not involved in the original decision. I have looked at the information
the Trust holds, the searches carried out and the exemptions relied on. My conclusions are set out in the table below; where my decision
differs from the original response, this is marked <b>Not upheld</b> and the information is now provided.</p>
<table width="100%"><tr><th>No.</th><th>Your request</th><th>Original response (6 March 2025)</th><th>Review decision</th></tr>
{rows}
</table>
<p><b>Summary</b></p>
<p>Your complaint has been partly upheld. Questions 2, 3 and 6 are now answered in full. The refusal of questions 4 and 5 is upheld, for
question 5 under sections 40(2) and 41(1) rather than section 36. I apologise that the original response was incomplete.</p>
<p>If you remain dissatisfied, you may apply to the Information Commissioner for a decision under section 50 of the Act. The ICO can be
contacted at Wycliffe House, Water Lane, Wilmslow SK9 5AF, or through ico.org.uk.</p>
<p>Yours sincerely</p>
<p>Dr Helen Saville<br>Associate Director of Governance (Internal Reviewer)</p>
</body></html>"""
add(file="calderbrook-mh-IR-2025-014.docx", fmt="docx",
    authority="Calderbrook Mental Health NHS Foundation Trust", reference="IR-2025-014",
    date="2025-05-27", received="2025-02-07", regime="foia",
    layout="internal review letter with a four-column table (request | original response | review decision) (DOCX)",
    traps=["internal review: stance is the review outcome", "original response column names exemptions later overturned",
           "s36(2)(c) dropped and replaced by s40(2) and s41(1)", "original reference FOI-2025-0387 alongside review reference",
           "three dates: received, original response, review request", "released zero (0 deaths) after overturned s38"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 10. Children's hospital: 14 questions interleaved Q/A. Chromium PDF re-distilled.
# ---------------------------------------------------------------------------
q = [
    Q("How many elective operations did the Trust carry out in 2024/25?", "11,962", "released"),
    Q("How many elective operations were cancelled on the day of surgery for non-clinical reasons?", "403", "released"),
    Q("Please give the reasons for those cancellations.", "No bed available (PICU or ward) 171; theatre list overran 118; staff unavailable 54; equipment failure 21; emergency case took priority 39.", "released"),
    Q("What was the average theatre utilisation rate in 2024/25?", "78.4% (capped utilisation, elective lists)", "released"),
    Q("How many operating theatres does the Trust have?", "14 (including two hybrid theatres and one day-case theatre)", "released"),
    Q("Who supplies the Trust's electronic patient record (EPR) system?", "Verity Health Systems Ltd (Verity Clinical Suite)", "released"),
    Q("What is the total value of the EPR contract?", "", "withheld", ["s43(2)"]),
    Q("When does the EPR contract expire?", "31 March 2029, with an option to extend for two years.", "released"),
    Q("How many cyber security incidents were reported to NHS England in the last three years?", "", "withheld", ["s31(1)(a)"]),
    Q("Has the Trust ever paid a ransom following a ransomware attack?", "", "ncnd", ["s31(3)"]),
    Q("What anti-virus / endpoint protection product does the Trust use?", "", "withheld", ["s31(1)(a)"]),
    Q("How many staff work in the Trust's IT department?", "87 (81.6 WTE)", "released"),
    Q("What is the name of the Chief Information Officer?", "Dr Amelia Rourke, Chief Digital and Information Officer", "released"),
    Q("What is the direct email address of the Chief Information Officer?", "", "withheld", ["s40(2)"]),
]
A = {
    7: "The Trust holds this information but it is exempt under section 43(2) (commercial interests). The contract was awarded through a national framework and "
       "pricing was negotiated confidentially; disclosure would prejudice the supplier and the Trust's position in the planned re-procurement.",
    9: "The Trust holds this information but it is exempt under section 31(1)(a) (law enforcement – prevention or detection of crime). Releasing the number "
       "of reported incidents would indicate the Trust's exposure and the effectiveness of its defences, which would be of use to those planning attacks.",
    10: "The Trust can neither confirm nor deny whether it holds information relevant to this question, by virtue of section 31(3). Confirming or denying "
        "would indicate whether the Trust has been the subject of a successful ransomware attack, which would assist criminals in targeting NHS bodies.",
    11: "Withheld under section 31(1)(a), for the reasons given at A9: identifying the product in use would allow attackers to exploit known vulnerabilities.",
    14: "The direct email address is withheld under section 40(2), as it is the personal data of the officer. Correspondence for the CDIO can be sent to "
        "digital.office@fairhaven.nhs.example.uk, which is monitored by her office.",
}
blocks = []
for i, x in enumerate(q, 1):
    a = A.get(i, x.a)
    blocks.append(f"<div class='qa'><p class='q'><b>Q{i}.</b> {esc(x.t)}</p><p class='a'><b>A{i}.</b> {a}</p></div>")
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FCH/FOI/24-25/1187</title>
<style>@page{{size:A4;margin:18mm 20mm 24mm 20mm}} body{{font-family:'Liberation Serif',Georgia,serif;font-size:11pt}}
.logo{{font-family:Arial;color:#d0006f;font-size:18pt;font-weight:bold}} .sub{{font-family:Arial;font-size:9pt;color:#555}}
.q{{margin:10px 0 2px 0}} .a{{margin:0 0 8px 24px}} .qa{{page-break-inside:avoid}} .foot{{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:20px}}</style></head><body>
<div class="logo">Fairhaven Children's Hospital</div><div class="sub">NHS Foundation Trust · Caring for children and young people since 1871</div>
<p style="text-align:right">Freedom of Information Office<br>Fairhaven Children's Hospital<br>Eastcliff Road, Fairhaven BN99 2CH</p>
<p>March 21, 2025</p>
<p>Ref: FCH/FOI/24-25/1187</p>
<p>Dear Requester,</p>
<p>We received your request for information on 27 February 2025. We have dealt with it under the Freedom of Information Act 2000. Your questions
are repeated below with our answers.</p>
{''.join(blocks)}
<p>Where we have applied a qualified exemption (sections 31 and 43), we have considered the public interest. We accept there is a public interest
in knowing that a children's hospital manages its systems and its contracts well; however, this is outweighed by the public interest in protecting
patient services from cyber attack and in the Trust obtaining value for money.</p>
<p>If you are unhappy with our response you may request an internal review within 40 working days by writing to foi@fairhaven.nhs.example.uk.
You may also complain to the Information Commissioner's Office.</p>
<p>Kind regards,</p>
<p>Daniel Mbeki<br>FOI and Data Protection Officer</p>
<div class="foot">Fairhaven Children's Hospital NHS Foundation Trust · Chair: Prof. Sian Holloway · Chief Executive: Mark Trevelyan</div>
</body></html>"""
add(file="fairhaven-childrens-FCH-FOI-24-25-1187.pdf", fmt="pdf-chrome-gs",
    authority="Fairhaven Children's Hospital NHS Foundation Trust", reference="FCH/FOI/24-25/1187",
    date="2025-03-21", received="2025-02-27", regime="foia",
    layout="interleaved Q1./A1. pairs, 14 questions (Chromium PDF re-distilled with Ghostscript)",
    traps=["14 questions", "US-style date 'March 21, 2025'", "reference contains the year range 24-25",
           "A11 refers back to reasons at A9", "ncnd s31(3) on ransom payments",
           "CIO name released but email withheld s40(2) with a generic mailbox"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 11. Housing association answering under the EIR: disclosure-log page.
# ---------------------------------------------------------------------------
q = [
    Q("How many reports of damp and mould did you receive in 2024?", "1,274 reports", "released"),
    Q("What was the average time taken to complete damp and mould repairs?", "38 calendar days", "released"),
    Q("Which of your blocks are undergoing cladding remediation?", "", "released", ["reg6(1)(b)"]),
    Q("Please provide the latest fire risk assessment for Heron Court.", "", "partially_released", ["reg13(1)"]),
    Q("Please provide the tender prices submitted for the Heron Court remediation contract.", "", "withheld", ["reg12(5)(e)"]),
    Q("Please provide the damp survey carried out at Flat 14, Kingfisher House.", "", "ncnd", ["reg13(5A)"]),
]
body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EIR response: Damp, mould and cladding (KHA-EIR-0093) - Kestrelford Housing</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}} .banner{{background:#0a7c66;color:#fff;padding:14px}} .menu a{{color:#fff;margin:0 8px}}
.cookies{{background:#f7f7f7;border-bottom:1px solid #ccc;padding:8px 14px}} .crumb{{padding:8px 14px;color:#555}} article{{padding:0 14px 20px;max-width:860px}}
.box{{border:1px solid #bbb;padding:8px;margin:6px 0}} footer{{background:#06493c;color:#dfe;padding:14px;font-size:12px}}</style></head><body>
<div class="cookies">Your cookie choices: we use necessary cookies only unless you accept others. <a href="#">Accept all</a> · <a href="#">Manage preferences</a></div>
<div class="banner"><b>Kestrelford Housing Association</b><span class="menu"><a href="#">My home</a><a href="#">Repairs</a><a href="#">Pay rent</a><a href="#">Building safety</a><a href="#">About us</a></span></div>
<div class="crumb">Home / About us / Transparency / Information requests / KHA-EIR-0093</div>
<article>
<h1>Damp, mould and cladding remediation</h1>
<p>Page published 14 Jul 2025</p>
<div class="box">Reference: KHA-EIR-0093<br>Received: 13/06/2025<br>Date responded: 11/07/2025<br>Regime: Environmental Information Regulations 2004</div>
<p>Kestrelford Housing Association has dealt with this request under the Environmental Information Regulations 2004 (EIR), as it
concerns the state of buildings and measures affecting them. Your questions are in bold, followed by our response.</p>
<p><b>1. {q[0].t}</b></p><p>We received {q[0].a} of damp and mould in 2024, across 9,800 homes.</p>
<p><b>2. {q[1].t}</b></p><p>The average time from report to completion of the repair was {q[1].a}.</p>
<p><b>3. {q[2].t}</b></p><p>A list of all buildings in our remediation programme, with their current status, is already published on our
Building Safety pages and updated monthly: https://kestrelford.example.org.uk/building-safety/remediation. As this information is publicly
available and easily accessible to you, we are relying on regulation 6(1)(b) and will not provide it in another form.</p>
<p><b>4. {q[3].t}</b></p><p>The fire risk assessment dated 2 February 2025 is attached. We have redacted the names of residents identified as
needing a Personal Emergency Evacuation Plan, and the flat numbers of those residents, under regulation 13(1) (personal data), as releasing them
would breach the data protection principles. The remainder of the assessment is released in full.</p>
<p><b>5. {q[4].t}</b></p><p>We hold the tender submissions but they are withheld under regulation 12(5)(e) (confidentiality of commercial or
industrial information). The prices were submitted in confidence in a tender process which is subject to a standstill and possible re-tender of
one lot; disclosure would harm the legitimate economic interests of the bidders and of the Association. In weighing the public interest we
noted the presumption in favour of disclosure under regulation 12(2), and the strong interest in building safety spending, but concluded that
the balance currently favours withholding the prices. The total contract value (£6.2 million) will be published when the contract is signed.</p>
<p><b>6. {q[5].t}</b></p><p>This question concerns an identifiable home and, in effect, its occupants. Under regulation 13(5A) we neither
confirm nor deny whether we hold a damp survey for that address: to confirm or deny would itself disclose personal data about the tenant, in
breach of the data protection principles. This should not be taken as an indication that a survey does or does not exist. If you are the tenant of that
flat, you may ask for your own information through a subject access request.</p>
<p>If you are dissatisfied with this response, you may ask us to reconsider it (regulation 11) within 40 working days. You can also contact the ICO.</p>
<p>Information Requests Team, Kestrelford Housing Association</p>
</article>
<footer>Kestrelford Housing Association Ltd, a registered society (No. 29177R) and registered provider of social housing (L4471). Registered office: 5 Kestrel Way, Northampton NN99 1KH. © 2025</footer>
</body></html>"""
add(file="kestrelford-ha-KHA-EIR-0093.html", fmt="html",
    authority="Kestrelford Housing Association", reference="KHA-EIR-0093",
    date="2025-07-11", received="2025-06-13", regime="eir",
    layout="disclosure-log page, bold numbered questions each followed by an answer paragraph; metadata box",
    traps=["EIR provisions: reg6(1)(b), reg13(1), reg12(5)(e), reg13(5A)", "published date 14 Jul 2025 differs from response date 11/07/2025",
           "regulation 12(2) and regulation 11 mentioned but not applied", "NCND under reg13(5A)",
           "partial release: fire risk assessment redacted", "cookie banner and footer with registration numbers"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 12. Water company under the EIR: request in one sentence, prose answers.
#     LibreOffice PDF re-distilled with Ghostscript.
# ---------------------------------------------------------------------------
q = [
    Q("storm overflow spill data for 2024", "", "released", ["reg6(1)(b)"]),
    Q("a list of the event duration monitors that were not working at the end of 2024", "", "released"),
    Q("the capital spend on storm overflow improvements in 2023/24 and 2024/25", "£41.7 million in 2023/24 and £68.3 million in 2024/25", "released"),
    Q("correspondence with the Environment Agency about the pollution incident at Coombe Barton on 9 September 2024", "", "withheld", ["reg12(5)(b)"]),
    Q("the detailed reservoir inundation maps for Trevenna and Lydcott reservoirs", "", "withheld", ["reg12(5)(a)"]),
    Q("the results of every telemetry fault investigation on overflow monitors since 2015", "", "refused", ["reg12(4)(b)"]),
]
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>EIR/CEW/2025/0207</title>
<style>body{{font-family:'Liberation Sans';font-size:10pt}} h4{{color:#00557f;margin-bottom:2px}}</style></head><body>
<table width="100%"><tr><td><font size="5" color="#00557f"><b>Caradon &amp; Exe Water</b></font><br><i>Clean water. Healthy rivers.</i></td>
<td align="right"><font size="2">Caradon &amp; Exe Water plc<br>Riverside Court, Kenn Road<br>Exeter EX99 8WW<br>information.requests@caradonexe.example.co.uk</font></td></tr></table>
<p>30 April 2025</p>
<p>Your reference: email of 1 April 2025<br>Our reference: EIR/CEW/2025/0207</p>
<p>Dear Ms Penhaligon</p>
<p><b>Environmental Information Regulations 2004: storm overflows and reservoirs</b></p>
<p>Thank you for your request of 1 April 2025. As a water and sewerage undertaker, Caradon &amp; Exe Water is a public authority for the purposes of the
Environmental Information Regulations 2004 (the Regulations) and we have handled your request under them. You asked for {q[0].t}, for
{q[1].t}, for {q[2].t}, for {q[3].t}, for {q[4].t}, and for {q[5].t}.</p>
<h4>Spill data, monitors and investment</h4>
<p>Our event duration monitoring (EDM) returns for 2024, covering all 1,122 storm overflows, are published on our website and on the national storm
overflow map; as this information is already publicly available and easily accessible to you, we rely on regulation 6(1)(b) and have not reproduced it
here: https://caradonexe.example.co.uk/environment/storm-overflows/annual-returns. A list of the 23 monitors that were not operational on 31 December 2024,
with the reason and the date each was repaired, is attached as Annex A. Capital spend on storm overflow improvements was {q[2].a}.</p>
<h4>Coombe Barton incident</h4>
<p>We hold correspondence with the Environment Agency about this incident. The Agency's investigation is continuing and it has told us that it has
not yet decided whether to bring proceedings. We are withholding the correspondence under regulation 12(5)(b), because disclosure would adversely affect
the course of justice and the ability of a public authority to conduct an inquiry of a criminal nature. We recognise the strong public interest in the
health of the river and in our accountability for pollution, but we consider that the public interest in allowing the investigation to run its course
without prejudice outweighs it at present. We expect to be able to reconsider once the investigation has concluded.</p>
<h4>Reservoir inundation maps</h4>
<p>Outline flood maps for large reservoirs are published by the Environment Agency on GOV.UK. The detailed inundation modelling we hold for Trevenna and
Lydcott reservoirs, which shows depths, velocities and the timing of flooding following a breach, is withheld under regulation 12(5)(a), as disclosure
would adversely affect public safety and national security. Government guidance following the security review of reservoir information restricts
detailed maps to emergency planners. The public interest in preparedness is met by the published outline maps and by the local resilience forum's
community risk register.</p>
<h4>Telemetry investigations since 2015</h4>
<p>We do not keep the results of telemetry fault investigations in a single system. Records before 2020 are held as job sheets in our field service system and
as emails within local operational teams. We estimate that identifying and extracting the results for every investigation since 2015 would require reviewing around
9,400 work orders at an average of six minutes each, about 940 hours of staff time. We consider this part of your request manifestly unreasonable and refuse it
under regulation 12(4)(b). Having considered the public interest, including the presumption in favour of disclosure, we do not believe the value of the
information would justify diverting such resources. If you were to narrow this part of your request, for example to investigations completed in 2024, we
would be happy to consider it afresh.</p>
<p>If you are dissatisfied with the way we have dealt with your request, you may ask us to reconsider under regulation 11 within 40 working days. If you
are still dissatisfied you may complain to the Information Commissioner.</p>
<p>Yours sincerely</p>
<p><b>Tamsin Rowe</b><br>Information Rights Manager<br>Caradon &amp; Exe Water plc</p>
<p><font size="1">Caradon &amp; Exe Water plc. Registered in England No. 02366999. Registered office: Riverside Court, Kenn Road, Exeter EX99 8WW.</font></p>
</body></html>"""
add(file="caradon-exe-water-EIR-CEW-2025-0207.pdf", fmt="pdf-lo-gs",
    authority="Caradon & Exe Water plc", reference="EIR/CEW/2025/0207",
    date="2025-04-30", received="2025-04-01", regime="eir",
    layout="water company letter: request reported in one sentence, answered in prose under topic headings; three questions in one paragraph (LibreOffice PDF re-distilled with Ghostscript)",
    traps=["questions never numbered", "three questions answered in one paragraph", "reg6(1)(b) signposting",
           "reg12(5)(b) and reg12(5)(a) withholding", "reg12(4)(b) manifestly unreasonable with arithmetic for one question only",
           "regulation 11 in boilerplate", "attachment answer (Annex A)"],
    parts=[q], body=body)
