from common import Q, letter, esc, part

LETTERS = []

# ---------------------------------------------------------------- L1
def l01():
    qs = [
        Q(1, 1, "released", [], "How many compensation claims were made against the Council for vehicle damage caused by potholes in 2022/23 and in 2023/24?",
          "2022/23: 1,184 claims. 2023/24: 1,402 claims."),
        Q(1, 2, "released", [], "How much was paid out in settlement of those claims in each of those years?",
          "2022/23: £86,310.45. 2023/24: £104,772.10. These figures include payments made by our insurer but exclude our own legal and administrative costs."),
        Q(1, 3, "withheld", ["s40(2)"], "Please provide the names and postcodes of the claimants who received a payment.",
          "The Council holds this information but it is exempt from disclosure under section 40(2) of the Act (personal information). The names and postcodes of claimants are the personal data of private individuals, who would have no expectation that their details would be published. Disclosure would breach the first data protection principle, and section 40(2) is therefore engaged. This is an absolute exemption and no public interest test is required."),
        Q(1, 4, "released", [], "Who is the Council's current public liability insurer?",
          "Northgate Mutual Insurance plc."),
        Q(1, 5, "withheld", ["s43(2)"], "What is the annual value of the Council's contract with its claims handling company?",
          "Claims are handled for the Council by Kerbside Claims Management Ltd under a contract that runs until 31 July 2026. The annual value of this contract is withheld under section 43(2) of the Act (commercial interests); our reasons and the public interest test are set out below."),
        Q(1, 6, "released", [], "How many highway inspectors does the Council employ?",
          "9 (8.6 full-time equivalent) highway safety inspectors as at 1 March 2025."),
    ]
    req = "".join(f"<p style='margin-left:1cm'><i>{q.num}. {esc(q.q)}</i></p>" for q in qs)
    ans = "".join(f"<p><b>Q{q.num}:</b> {esc(q.a)}</p>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI/2025/0412</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:11pt}} .lh{{color:#1b4d7a}}</style></head><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top"><p class="lh"><b><font size="5">Stannington</font></b><br><font size="3">Metropolitan Borough Council</font></p></td>
<td valign="top" align="right"><p><font size="2">Information Governance Team<br>Civic Centre, Market Street<br>Stannington ST1 4QA<br>Telephone 01632 960 412<br>foi@stannington.gov.uk</font></p></td></tr></table>
<p>&nbsp;</p>
<p>Our ref: FOI/2025/0412<br>Your ref: not quoted<br>Please ask for: Priya Lomax</p>
<p>11th March 2025</p>
<p>Dear</p>
<p><b>Freedom of Information Act 2000 – Request for Information</b></p>
<p>Thank you for your request for information, which the Council received on 12th February 2025. You asked for the following:</p>
{req}
<p>I have now completed my enquiries with Highways and Insurance Services and the Council's response is set out below.</p>
<p><b><u>Response</u></b></p>
{ans}
<p><b>Section 43(2) – Commercial interests: public interest test</b></p>
<p>Section 43(2) exempts information whose disclosure would, or would be likely to, prejudice the commercial interests of any person, including the public authority holding it. The claims handling market is small and the contract is due to be re-tendered within eighteen months. Publishing the current annual value would give competing bidders a benchmark against which to price, and would weaken the Council's position in obtaining best value.</p>
<p><i>Factors favouring disclosure:</i> transparency in the spending of public money; accountability for the management of highway claims.</p>
<p><i>Factors favouring non-disclosure:</i> the prejudice to the forthcoming procurement; the likely effect on Kerbside's position in other tenders.</p>
<p>Having weighed these factors, the Council considers that the public interest in maintaining the exemption outweighs the public interest in disclosure at this time.</p>
<p><b>Your rights</b></p>
<p>If you are dissatisfied with the handling of your request you may ask for an internal review by writing to the address above within 40 working days. If you remain dissatisfied after the review, you may apply to the Information Commissioner under section 50 of the Freedom of Information Act 2000: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Yours sincerely</p>
<p>&nbsp;</p>
<p>Priya Lomax<br>Information Governance Officer<br>Stannington Metropolitan Borough Council</p>
</body></html>"""
    return letter(file="stannington-mbc-FOI-2025-0412.pdf", fmt="pdf-lo",
                  authority="Stannington Metropolitan Borough Council", reference="FOI/2025/0412",
                  date="2025-03-11", received="2025-02-12", regime="foia",
                  layout="restate then answer, answers keyed Q1:",
                  traps=["financial years 2022/23 inside questions", "section 50 in complaint-rights boilerplate", "supplier named while value withheld"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L2
def l02():
    qs = [
        Q(1, 1, "released", [], "How many highway trees did the Council fell in the financial years 2022-23 and 2023-24?",
          "2022-23: 612 trees. 2023-24: 548 trees. These include trees felled because of ash dieback."),
        Q(1, 2, "not_held", ["reg12(4)(a)"], "How many of those felled trees were replaced by new planting?",
          "Replacement planting is recorded by planting season and not against individual felled trees, so we cannot say how many of the felled trees were replaced. The Council does not hold this information and regulation 12(4)(a) of the EIR applies."),
        Q(1, 3, "released", [], "Please provide copies of the arboricultural survey reports for Elmgate Road, Pershall.",
          "Copies of the two survey reports (May 2023 and October 2024) are attached to this response."),
        Q(1, 4, "withheld", ["reg12(5)(e)"], "Please provide the schedule of rates paid to the Council's tree works contractor.",
          "We hold the schedule of rates but are withholding it under regulation 12(5)(e) (confidentiality of commercial or industrial information). The rates were submitted in confidence in a competitive tender and remain in use. Their release would allow competitors to undercut the contractor at the next procurement and would harm the Council's ability to obtain competitive bids. We recognise the public interest in how public money is spent; the total contract spend is published in our over-£500 spending data. On balance we consider that the public interest favours maintaining the exception."),
        Q(1, 5, "withheld", ["reg12(5)(g)"], "Please provide the locations of any badger setts identified during the surveys.",
          "The surveys do record sett locations. We are withholding them under regulation 12(5)(g) (protection of the environment): badgers and their setts are protected, and publishing sett locations would increase the risk of badger baiting and disturbance. The public interest favours maintaining the exception."),
    ]
    items = "".join(f"<li><p><b>{esc(q.q)}</b></p><p>{esc(q.a)}</p></li>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>EIR 25/0877</title></head>
<body style="font-family:Calibri,Carlito,sans-serif;font-size:11pt">
<p align="center"><font size="5"><b>WESTMARCH COUNTY COUNCIL</b></font><br>Environment and Infrastructure Directorate<br>County Hall, Castle Street, Westmarch WM1 2AB</p>
<hr>
<table border="0" cellpadding="2">
<tr><td>Request reference:</td><td>EIR 25/0877</td></tr>
<tr><td>Date received:</td><td>13 February 2025</td></tr>
<tr><td>Date of response:</td><td>13 March 2025</td></tr>
</table>
<p>Dear</p>
<p><b>Environmental Information Regulations 2004 – your request about highway trees</b></p>
<p>Your request concerns trees on the highway and works affecting them, which is environmental information, so we have dealt with it under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act. Regulation 12(2) requires us to apply a presumption in favour of disclosure, and we have done so.</p>
<p>Each part of your request is repeated below, followed by our response.</p>
<ol>{items}</ol>
<p>If you are not satisfied with this response you may make representations to us under regulation 11 within 40 working days. Please write to information.rights@westmarch.gov.uk. If you are still unhappy after that, you can complain to the Information Commissioner.</p>
<p>Yours sincerely,</p>
<p>Tom Ridley-Okafor<br>Information Rights Officer<br>Westmarch County Council</p>
</body></html>"""
    return letter(file="westmarch-cc-EIR-25-0877.docx", fmt="docx",
                  authority="Westmarch County Council", reference="EIR 25/0877",
                  date="2025-03-13", received="2025-02-13", regime="eir",
                  layout="interleaved, questions in an automatically numbered Word list with answer paragraphs",
                  traps=["question numbers exist only as automatic list numbering", "regulation 12(2) and regulation 11 mentioned but not applied", "attachment answer"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L3
def l03():
    qs = [
        Q(1, 1, "released", [], "How many drones does the force currently own?", "11"),
        Q(1, 2, "withheld", ["s24(1)", "s31(1)(a)"], "Please state the make and model of each drone."),
        Q(1, 3, "released", [], "What was the total spend on drones and drone equipment in 2023-24?", "£148,920"),
        Q(1, 4, "released", [], "Contract Expiry: please state the date when the contract expires.", "The drone maintenance contract expires on 31 March 2026."),
        Q(1, 5, "withheld", ["s31(1)(a)", "s31(1)(b)"], "How many officers are trained and licensed as drone pilots?"),
        Q(2, 1, "released", [], "How many body worn video devices are currently issued?", "1,650"),
        Q(2, 2, "released", [], "Who is the supplier of the devices?", "Vantis Body Cameras Ltd"),
        Q(2, 3, "released", [], "Contract Expiry: please state the date when the contract expires.", "30 September 2027, with an option to extend by a further two years."),
        Q(2, 4, "withheld", ["s24(1)", "s31(1)(a)"], "Where is the footage stored (on-premises servers or cloud) and what is the name of the data centre?"),
    ]
    p1 = "".join(f"<li value='{q.num}'>{esc(q.q)}</li>" for q in part(qs, 1))
    p2 = "".join(f"<li value='{q.num}'>{esc(q.q)}</li>" for q in part(qs, 2))
    a1 = "".join(f"<p><b>Question {q.num}</b> – {esc(q.a)}</p>" for q in part(qs, 1) if q.stance == "released")
    a2 = "".join(f"<p><b>Question {q.num}</b> – {esc(q.a)}</p>" for q in part(qs, 2) if q.stance == "released")
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI 000318/25</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 30mm 20mm;
  @top-center {{ content: "OFFICIAL"; font-family: Arial, sans-serif; font-weight: bold; font-size: 9pt; }}
  @bottom-center {{ content: "RAVENSMOOR POLICE \\B7  Safer Streets, Stronger Communities\\A Investors in People \\2013  Gold"; white-space: pre; font-family: Arial, sans-serif; font-size: 8.5pt; color: #123d6b; }} }}
body {{ font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.35; }}
.addr {{ text-align: right; font-size: 9.5pt; }}
ol li {{ margin-bottom: 4px; }}
h3 {{ font-size: 11pt; margin-bottom: 2px; }}
</style></head><body>
<div class="addr">Information Compliance Unit<br>Ravensmoor Police Headquarters<br>Moorgate Road, Ravensmoor RM4 7PL<br><br>10 March 2025</div>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION REQUEST – Reference No: FOI 000318/25</b></p>
<p>I write in connection with your request for information which was received by Ravensmoor Police on 14/02/2025. I note you seek access to the following information:</p>
<p><i>Part 1 – Unmanned aerial systems (drones)</i></p>
<ol>{p1}</ol>
<p><i>Part 2 – Body worn video</i></p>
<ol>{p2}</ol>
<p>Following receipt of your request, searches were conducted with the Operational Support Department and ICT. I can confirm that Ravensmoor Police holds information relevant to your request. However, I am applying Sections 24(1) and 31(1)(a) to question 2 in part 1 and question 4 in part 2 of your request, and Section 31(1)(a)(b) to question 5 in part 1. This letter serves as a refusal notice under section 17 of the Act for those questions.</p>
<h3>Section 24(1) – National Security</h3>
<h3>Section 31(1)(a)(b) – Law Enforcement</h3>
<h3>Evidence of Harm</h3>
<p>Knowing which aircraft a force operates, how many pilots it can deploy and where its evidential footage is held would allow those intent on criminality or terrorism to assess the force's air support capability and the resilience of its digital evidence systems. Across all forces such details build a mosaic of capability. Footage storage locations would identify a target for cyber or physical attack, and the number of pilots indicates how many simultaneous operations can be supported at any one time.</p>
<h3>Public Interest Test</h3>
<p><u>Factors favouring disclosure – Section 24</u>: the public is entitled to know how public funds are spent on equipment and how evidence is safeguarded.</p>
<p><u>Factors favouring non-disclosure – Section 24</u>: disclosure would assist those seeking to evade or attack policing and national security infrastructure.</p>
<p><u>Factors favouring disclosure – Section 31</u>: greater awareness of how the force uses drones could reassure the public about oversight.</p>
<p><u>Factors favouring non-disclosure – Section 31</u>: revealing the number of trained pilots would show the limits of the force's capability and would be likely to prejudice the prevention and detection of crime and the apprehension of offenders.</p>
<h3 style="page-break-before: always">Balance Test</h3>
<p>Although there is a public interest in transparency, the prevention and detection of crime and the protection of the public must take precedence. The balance therefore lies in favour of non-disclosure of the information in questions 2 and 5 of part 1 and question 4 of part 2. For the avoidance of doubt, Section 38 (Health and Safety) has not been relied upon in this response.</p>
<p>The remaining questions are answered below.</p>
<p><b>Part 1</b></p>
{a1}
<p><b>Part 2</b></p>
{a2}
<p><b>Complaint Rights</b></p>
<p>If you are dissatisfied with this response you may request an internal review within 40 working days of the date of this letter. Should you remain dissatisfied after the review you may complain to the Information Commissioner's Office.</p>
<p>Yours sincerely</p>
<p>D. Marchetti<br>Disclosure Officer<br>Information Compliance Unit</p>
</body></html>"""
    return letter(file="ravensmoor-police-FOI-000318-25.pdf", fmt="pdf-chrome-gs",
                  authority="Ravensmoor Police", reference="FOI 000318/25",
                  date="2025-03-10", received="2025-02-14", regime="foia",
                  layout="decision paragraph naming exempt questions by number and part, harm and PIT block, answers for the rest; request in two parts",
                  traps=["parts with restarting numbering", "identical Contract Expiry question text in both parts", "Section 31(1)(a)(b) run", "section 17 and section 38 mentioned but not applied", "OFFICIAL marking and banner on every page", "page break inside harm/PIT block"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L4
def l04():
    qs = [
        Q(1, 1, "released", ["s21"], "Please provide the Commissioner's expenses claims for the 2023/24 financial year.",
          "This information is already published on our website and is therefore exempt under section 21 of the Freedom of Information Act (information reasonably accessible to the applicant by other means). You can find it here:\n  https://www.ravensmoor-pcc.gov.uk/transparency/allowances-and-expenses\nThe 2023/24 claims are listed under 'Previous years'."),
        Q(1, 2, "released", [], "How many staff are employed in the Office of the Police and Crime Commissioner (full-time equivalent)?",
          "23.4 FTE as at 1 March 2025 (26 people)."),
        Q(1, 3, "withheld", ["s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)"], "Copies of any correspondence between the Commissioner and the Chief Constable about the decision to close the front counter at Eastgate police station.",
          "We hold correspondence within the scope of your request. It is being withheld under sections 36(2)(b)(i), 36(2)(b)(ii) and 36(2)(c) (prejudice to the effective conduct of public affairs). The Commissioner, as the qualified person, gave her reasonable opinion on 4 March 2025 that disclosure would be likely to inhibit the free and frank provision of advice and exchange of views between the Commissioner and the Chief Constable while the estates review is still live. We have weighed the public interest in understanding how the decision was reached against the need for a safe space for candid discussion, and have concluded that the balance favours withholding the correspondence at this stage. The final decision report will be published once the review concludes."),
        Q(1, 4, "released", [], "How much grant funding has the OPCC given to the Ravensmoor Street Pastors scheme since April 2022?",
          "Nil. The OPCC has not awarded any grant to the Ravensmoor Street Pastors scheme since April 2022."),
    ]
    blocks = "\n".join(f"You asked:\n{q.q}\n\nOur response:\n{q.a}\n" for q in qs)
    body = f"""OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR RAVENSMOOR
Moorgate House | 2 Bridge Street | Ravensmoor | RM1 3DW
opcc@ravensmoor-pcc.gov.uk

Reference: PCC/FOI/25/019
Date: March 12, 2025

Dear

Freedom of Information request – Commissioner's expenses, staffing and Eastgate front counter

Thank you for your email of February 17, 2025. We have dealt with it under the Freedom of Information Act 2000. Each of your questions is set out below with our response.

{blocks}
Please note that operational policing information, including station opening hours and officer deployment, is held by Ravensmoor Police rather than by this office. If you would like that information you may wish to make a request to the force at foi@ravensmoor.police.uk.

If you are unhappy with our response you can ask for an internal review by replying to this email within 40 working days. You also have the right to complain to the Information Commissioner's Office (www.ico.org.uk).

Kind regards

Hannah Oyelaran-Birch
Governance and Transparency Officer
Office of the Police and Crime Commissioner for Ravensmoor
"""
    return letter(file="opcc-ravensmoor-PCC-FOI-25-019.txt", fmt="txt",
                  authority="Office of the Police and Crime Commissioner for Ravensmoor", reference="PCC/FOI/25/019",
                  date="2025-03-12", received="2025-02-17", regime="foia",
                  layout="You asked: / Our response: blocks",
                  traps=["section 21 signposting with link", "Nil answer is a released zero", "section 36 run 36(2)(b)(i), 36(2)(b)(ii) and 36(2)(c)", "US-style dates", "referral to police force without exemption"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L5
def l05():
    qs = [
        Q(1, 1, "released", [], "What was the Trust's total spend on agency nursing staff in 2023/24?", "£7,412,806"),
        Q(1, 2, "released", [], "Please name the five agencies with the highest spend in 2023/24.",
          "1. Brightwell Healthcare Staffing; 2. Medira Nursing; 3. Castlegate Clinical Recruitment; 4. NurseLink UK; 5. Pennine Care Agency Ltd."),
        Q(1, 3, "withheld", ["s43(2)"], "What hourly charge rates has the Trust agreed with each of those agencies?",
          "The Trust holds this information; however it is exempt under Section 43(2) of the FOI Act – commercial interests. Rates are negotiated individually within national framework caps and disclosure would be likely to prejudice both the Trust's ability to negotiate and the agencies' competitive position. The public interest test favours withholding."),
        Q(1, 4, "released", [], "How many shifts were filled by agency nurses in 2023/24?", "41,208 shifts."),
        Q(1, 5, "released", [], "Does the Trust use a master vendor or neutral vendor arrangement for agency staff?", "No."),
        Q(1, 6, "released", [], "If yes, who is the provider and when does the contract end?", "N/A"),
        Q(1, 7, "not_held", [], "How many requested nursing shifts went unfilled in 2023/24?",
          "Information not held. Unfilled shifts are not recorded centrally on the Trust's e-rostering system; requests that are withdrawn or left unfilled are overwritten when the roster is finalised."),
        Q(1, 8, "released", ["s21"], "Please provide a copy of the Trust's temporary staffing policy.",
          "This policy is published on our website and is exempt under Section 21 (information accessible by other means): https://www.eastburyhospitals.nhs.uk/policies/temporary-staffing-policy"),
    ]
    rows = "\n".join(f"<tr><td>{q.num}</td><td>{esc(q.q)}</td><td>{esc(q.a)}</td></tr>" for q in qs)
    body = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>FOI-3391 Agency nursing spend | Eastbury Hospitals NHS Foundation Trust</title>
<style>
body{{font-family:Frutiger,Arial,sans-serif;margin:0;color:#212b32}}
header{{background:#005eb8;color:#fff;padding:12px 24px}} header a{{color:#fff;margin-right:18px}}
.cookie{{background:#fff8c4;padding:10px 24px;border-bottom:1px solid #ccc}}
.crumbs{{padding:8px 24px;font-size:14px}} main{{padding:0 24px 24px;max-width:960px}}
table{{border-collapse:collapse}} td,th{{border:1px solid #aeb7bd;padding:6px;vertical-align:top}}
footer{{background:#f0f4f5;padding:16px 24px;font-size:13px}}
</style></head>
<body>
<div class="cookie" id="cookie-banner"><p><strong>Cookies on the Eastbury Hospitals website</strong></p>
<p>We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics. We use this information to improve our site.</p>
<p><button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">Read more about our cookies</a></p></div>
<header><strong>Eastbury Hospitals NHS Foundation Trust</strong><br>
<nav><a href="/">Home</a><a href="/services">Our services</a><a href="/patients">Patients and visitors</a><a href="/careers">Work for us</a><a href="/about">About us</a><a href="/contact">Contact</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/about">About us</a> &gt; <a href="/about/foi">Freedom of Information</a> &gt; <a href="/about/foi/disclosure-log">Disclosure log</a> &gt; FOI-3391</div>
<main>
<h1>FOI-3391: Agency nursing spend</h1>
<dl><dt>Reference</dt><dd>FOI-3391</dd><dt>Date received</dt><dd>11/02/2025</dd><dt>Date of response</dt><dd>12/03/2025</dd><dt>Category</dt><dd>Workforce</dd></dl>
<p>Dear</p>
<p>Thank you for your request under the Freedom of Information Act 2000. Our response to each question is given in the table below.</p>
<table><thead><tr><th>No.</th><th>Question</th><th>Response</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p>If you are unhappy with our response you may request an internal review by contacting foi@eastburyhospitals.nhs.uk. If you remain dissatisfied you have the right to complain to the Information Commissioner.</p>
<p>Freedom of Information Team<br>Eastbury Hospitals NHS Foundation Trust</p>
<p><a href="/about/foi/disclosure-log">Back to the disclosure log</a></p>
</main>
<footer><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a> | <a href="/about/foi">Freedom of Information</a> | <a href="/sitemap">Site map</a></p>
<p>Eastbury General Hospital, Stoneyford Lane, Eastbury EB2 9HW. Switchboard 01632 960 000.</p>
<p>© Eastbury Hospitals NHS Foundation Trust 2025</p></footer>
</body></html>"""
    return letter(file="eastbury-hospitals-FOI-3391.html", fmt="html",
                  authority="Eastbury Hospitals NHS Foundation Trust", reference="FOI-3391",
                  date="2025-03-12", received="2025-02-11", regime="foia",
                  layout="disclosure-log web page with question | response table",
                  traps=["cookie banner, navigation, breadcrumbs and footer", "N/A after an earlier No answer is released", "not held for one question", "section 21 signposting", "numbered list inside an answer"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L6
def l06():
    months = "January 1,204; February 1,118; March 1,342; April 987; May 902; June 811; July 846; August 799; September 913; October 1,067; November 1,288; December 1,517"
    qs = [
        Q(1, 1, "released", [], "For each month of 2024, please state the number of patient handovers at hospital that exceeded 60 minutes.",
          "2024 – " + months + ". Total 13,794."),
        Q(1, 2, "released", [], "Please state the longest single handover delay recorded at each acute hospital the Trust conveys to, for 2024.",
          "Eastbury General Hospital – 19 hours 12 minutes; Calderbridge Royal Infirmary – 14 hours 40 minutes; St Aldhelm's Hospital, Westmarch – 11 hours 05 minutes; Pershall District Hospital – 9 hours 51 minutes."),
        Q(1, 3, "released", [], "What was the total number of ambulance hours lost to handover delays beyond 30 minutes in 2024?",
          "96,442 hours."),
        Q(1, 4, "partially_released", ["s40(2)"], "How many serious incidents were declared in 2024 in which a handover delay was a contributory factor? For each, please give the date and the hospital concerned.",
          "23 serious incidents were declared in 2024 where a handover delay was identified as a contributory factor. We are not able to provide the date and hospital for each incident. Combined with information already in the public domain, such as press reports and inquest listings, these details would be likely to identify the patients concerned and their families. This information is therefore withheld under Section 40(2) of the Freedom of Information Act."),
        Q(1, 5, "released", [], "Does the Trust carry out harm reviews for patients who waited more than four hours outside hospital?",
          "Yes. Since June 2023 every patient whose handover exceeded four hours receives a structured clinical harm review within 28 days, overseen by the Patient Safety Team."),
        Q(1, 6, "partially_released", ["s43(2)"], "How much did the Trust spend on private and voluntary ambulance providers in 2023-24, broken down by provider?",
          "The Trust spent £3,214,560 in total on private and voluntary ambulance providers in 2023-24. The breakdown by provider is withheld under Section 43(2) (commercial interests): individual spend would reveal the volume purchased and, with published tariffs, the rates agreed with each provider, which would prejudice the Trust's position in the current re-procurement. We consider that the public interest favours withholding the breakdown."),
        Q(1, 7, "released", [], "Please name the private and voluntary ambulance providers used.",
          "Lionheart Medical Transport Ltd; County Response Ambulance Services; St Cuthbert's Volunteer First Aid."),
        Q(1, 8, "refused", ["s12(1)"], "For each handover delay over 60 minutes, please state the category of the 999 call and the time of the call.",
          "Handover times and call categories are held in separate systems and can only be matched by reviewing each incident record manually. With 13,794 relevant handovers and an estimated 3 minutes per record, this would take around 690 hours, far exceeding the 18-hour appropriate limit (£450). We are therefore refusing this question under Section 12(1) of the Act. If you were to limit the question to a single month we may be able to help."),
    ]
    rows = "\n".join(f"<tr><td width='6%' valign='top'>{q.num}</td><td width='40%' valign='top'>{esc(q.q)}</td><td width='54%' valign='top'>{esc(q.a)}</td></tr>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI2025/1187</title></head>
<body style="font-family:Arial,'Liberation Sans';font-size:10pt">
<p align="right"><b><font size="4" color="#005eb8">NHS</font></b><br><b>Northern Counties Ambulance Service</b><br>NHS Trust</p>
<p>Trust Headquarters<br>Ladywell Park, Bishop's Lane<br>Calderbridge CB3 8AS</p>
<p><b>FOI Ref: FOI2025/1187</b><br>Friday 14 March 2025</p>
<p>Dear</p>
<p><b>Re: Freedom of Information request – hospital handover delays</b></p>
<p>We write further to your request for information received on 17 February 2025. Northern Counties Ambulance Service NHS Trust has now considered your request and our responses are provided in the table below.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td><b>No.</b></td><td><b>Your request</b></td><td><b>Trust response</b></td></tr>
{rows}
</table>
<p>This concludes our response. We hope that the information provided is of assistance.</p>
<p><b>Re-use of information</b>: the information supplied is Trust copyright and may be re-used under the Open Government Licence.</p>
<p><b>Complaints</b>: if you are dissatisfied you may ask for an internal review by writing to the Freedom of Information Office at the address above. You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.</p>
<p>Yours faithfully</p>
<p>Freedom of Information Office<br>Northern Counties Ambulance Service NHS Trust</p>
</body></html>"""
    return letter(file="ncas-ambulance-FOI2025-1187.pdf", fmt="pdf-lo",
                  authority="Northern Counties Ambulance Service NHS Trust", reference="FOI2025/1187",
                  date="2025-03-14", received="2025-02-17", regime="foia",
                  layout="table: No. | request | response, cells wrapping",
                  traps=["table cells wrap over several lines", "counts given with details withheld (partially released)", "single-question cost refusal with arithmetic while others answered", "month lists and years inside answers"],
                  qs=qs, body=body)

LETTERS += [l01(), l02(), l03(), l04(), l05(), l06()]
