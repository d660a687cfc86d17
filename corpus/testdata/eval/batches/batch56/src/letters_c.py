from common import Q, letter, esc, part

LETTERS = []

# ---------------------------------------------------------------- L13
def l13():
    qs = [
        Q(1, 1, "released", [], "How many patients had been waiting more than 104 weeks for orthopaedic treatment at 31 January 2025?",
          "312 patients."),
        Q(1, 2, "released", [], "What is the current median waiting time for a hip replacement?",
          "71 weeks (median for patients treated in the quarter to 31 December 2024)."),
        Q(1, 3, "released", [], "How many orthopaedic operations were outsourced to private providers in 2024?",
          "1,046 operations, carried out at Glanrhyd Private Hospital and Cathays Surgical Centre."),
        Q(1, 4, "not_held", [], "How many patients died while on the orthopaedic waiting list in 2024?",
          "The Health Board does not hold this information. Patients who die are removed from the waiting list, but the reason for removal is not recorded in a way that can be reported."),
        Q(1, 5, "partially_released", ["s40(2)"], "How many complaints were received about orthopaedic waiting times in 2024? Please provide the text of each complaint.",
          "We received 486 complaints about orthopaedic waiting times in 2024. The text of the complaints is withheld under Section 40(2) of the Freedom of Information Act 2000, as it contains the personal and health information of patients and their families."),
        Q(1, 6, "released", ["s21"], "Please provide a copy of the Health Board's recovery plan for planned care.",
          "The Planned Care Recovery Plan 2024-2026 is published on our website. As it is reasonably accessible to you, it is exempt under Section 21: https://ystrad.nhs.wales/about-us/plans/planned-care-recovery"),
    ]
    rq = "".join(f"<li>{esc(q.q)}</li>" for q in qs)
    ra = "".join(f"<li>{esc(q.a)}</li>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI-25-210</title></head>
<body style="font-family:Arial,'Liberation Sans';font-size:11pt">
<table width="100%"><tr>
<td width="50%"><b>Bwrdd Iechyd Prifysgol Ystrad</b><br><font color="#555">Swyddfa Rhyddid Gwybodaeth</font></td>
<td width="50%" align="right"><b>Ystrad University Health Board</b><br><font color="#555">Freedom of Information Office</font></td></tr></table>
<p align="center"><font size="2">Pencadlys / Headquarters, Tŷ Ystrad, Heol y Castell, Pontardawel PW6 2TE</font></p>
<p>Ein cyf / Our ref: FOI-25-210<br>Dyddiad / Date: 10/03/2025<br>Derbyniwyd / Received: 11/02/2025</p>
<p>Annwyl / Dear</p>
<p><b>Freedom of Information Act 2000 – orthopaedic waiting times</b></p>
<p>Thank you for your request for information, which you sent to the Health Board on 11/02/2025. You asked:</p>
<ol>{rq}</ol>
<p><b>Response</b></p>
<p>Our response to each question is set out below in the same order.</p>
<ol>{ra}</ol>
<p>We welcome correspondence in Welsh and will respond in Welsh without delay. Rydym yn croesawu gohebiaeth yn Gymraeg.</p>
<p>If you are dissatisfied with this response you may ask for an internal review within 40 working days. You also have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.</p>
<p>Yn gywir / Yours sincerely</p>
<p>Rhian Pryce-Adeyemi<br>Rheolwr Llywodraethu Gwybodaeth / Information Governance Manager</p>
</body></html>"""
    return letter(file="ystrad-uhb-FOI-25-210.docx", fmt="docx",
                  authority="Ystrad University Health Board", reference="FOI-25-210",
                  date="2025-03-10", received="2025-02-11", regime="foia",
                  layout="restate then answer, both as automatically numbered Word lists",
                  traps=["HARD: numbers exist only in automatic list numbering, answers keyed only by position", "bilingual Welsh/English headings", "section 21 link", "count given with text withheld"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L14
def l14():
    qs = [
        Q(1, 1, "released", [], "How many permit breaches were recorded at Harlow Mill wastewater treatment works in each year from 2020 to 2024?",
          "2020: 4; 2021: 6; 2022: 3; 2023: 9; 2024: 7."),
        Q(1, 2, "released", [], "Please provide the event duration monitoring data for the storm overflows at Harlow Mill for 2024.",
          "Please see the attached spreadsheet 'EIR-25-05561 Harlow Mill EDM 2024.xlsx', which gives the start time, end time and duration of each spill event."),
        Q(1, 3, "withheld", ["reg12(5)(b)"], "Please provide details of the Agency's current investigation into Brackwater Water Services at Harlow Mill.",
          "We can confirm that an investigation is under way. Details of it are withheld under regulation 12(5)(b) (the course of justice and the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature). Releasing evidence, lines of enquiry or witness details while the investigation is live would be likely to prejudice any future criminal proceedings. Had this request fallen under the Freedom of Information Act, section 30 would have been the relevant provision; under the EIR the relevant exception is regulation 12(5)(b). We have considered the public interest and conclude it favours maintaining the exception."),
        Q(1, 4, "ncnd", ["reg13(5A)"], "Has the Agency referred any named employee of Brackwater Water Services to the Crown Prosecution Service?",
          "We neither confirm nor deny whether we hold this information, in accordance with regulation 13(5A) of the EIR. Confirming or denying whether any individual has been referred for prosecution would itself disclose personal data about that individual and would contravene the data protection principles."),
        Q(1, 5, "refused", ["reg12(4)(b)"], "Please provide all internal emails that mention Brackwater Water Services sent between 2015 and 2025.",
          "A search of our email archive returned around 38,000 messages that mention Brackwater. Reviewing these for relevance and for exceptions would take well over 1,500 hours. We consider this part of the request manifestly unreasonable and are refusing it under regulation 12(4)(b). If you can narrow it to a specific topic and a period of a few months, we will consider it again."),
        Q(1, 6, "withheld", ["reg12(4)(d)"], "Please provide the draft of the Agency's revised water company enforcement guidance.",
          "The draft is still being developed and has not been approved. We are withholding it under regulation 12(4)(d) (material in the course of completion). The final guidance will be consulted on publicly."),
        Q(1, 7, "withheld", ["reg13(1)"], "Please give the names of the Agency officers who inspected Harlow Mill in 2024.",
          "The names of the officers are withheld under regulation 13(1), as their personal data. The inspections were carried out by officers of the Wessex Area Environment Management team."),
    ]
    blocks = "".join(f"<div class='blk'><h4>REQUEST {q.num}</h4><p>{esc(q.q)}</p><h4>RESPONSE</h4><p>{esc(q.a)}</p></div>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>EIR-25-05561</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 24mm 18mm; }}
body {{ font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.8pt; color: #1a1a1a; }}
.head {{ display: flex; justify-content: space-between; border-bottom: 3px solid #00703c; padding-bottom: 6px; }}
.logo {{ font-size: 17pt; font-weight: bold; color: #00703c; }}
.tag {{ font-size: 8.5pt; color: #00703c; }}
h4 {{ margin: 10px 0 2px; font-size: 9.5pt; letter-spacing: 1px; }}
.blk {{ border-left: 2px solid #cde3d6; padding-left: 8px; margin-bottom: 8px; }}
.small {{ font-size: 8.5pt; }}
</style></head><body>
<div class="head"><div><div class="logo">Environmental Standards Agency</div><div class="tag">Regulating for cleaner air, land and water</div></div>
<div class="small" style="text-align:right">National Information Access Team<br>Horizon House, 4 Deanery Road<br>Bristol BS1 5AH<br>access@esa.gov.uk</div></div>
<p>Our reference: <b>EIR-25-05561</b><br>Your request of: 13 February 2025<br>Date: 13 March 2025</p>
<p>Dear</p>
<p><b>Request for information: Harlow Mill wastewater treatment works and Brackwater Water Services</b></p>
<p>Thank you for your request. We have handled it under the Environmental Information Regulations 2004 (EIR) because it concerns emissions and discharges to water. Our response to each part is set out below.</p>
{blocks}
<p><b>Public interest</b></p>
<p>All of the exceptions applied above are subject to the public interest test and to the presumption in favour of disclosure in regulation 12(2). We recognise the strong public interest in water quality and in the regulation of water companies, which is why we have released the permit and monitoring data in full.</p>
<p><b>Your right to challenge our decision</b></p>
<p>If you are unhappy with this response you can ask us to reconsider it under regulation 11 of the EIR within 40 working days. If you remain unhappy you can complain to the Information Commissioner.</p>
<p>Yours sincerely</p>
<p>Information Access Officer<br>National Information Access Team<br>Environmental Standards Agency</p>
</body></html>"""
    return letter(file="esa-EIR-25-05561.pdf", fmt="pdf-chrome",
                  authority="Environmental Standards Agency", reference="EIR-25-05561",
                  date="2025-03-13", received="2025-02-13", regime="eir",
                  layout="REQUEST N / RESPONSE headed blocks",
                  traps=["many EIR exceptions in one letter", "EIR NCND under regulation 13(5A)", "FOIA section 30 mentioned by contrast only", "manifestly unreasonable refusal of one part", "attached spreadsheet", "regulation 12(2) and 11 mentioned, not applied"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L15
def l15():
    qs = [
        Q(1, 1, "refused", ["s12(1)"], "All submissions to ministers about the Northern Link Road since January 2019."),
        Q(1, 2, "refused", ["s12(1)"], "All correspondence between the Department and the main contractors for the scheme."),
        Q(1, 3, "refused", ["s12(1)"], "The cost of external consultants on the scheme in each financial year since 2019-20."),
        Q(1, 4, "refused", ["s12(1)"], "Minutes of the Northern Link Road programme board."),
    ]
    reqs = "\n".join(f"   {q.num}. {q.q}" for q in qs)
    body = f"""DEPARTMENT FOR REGIONAL INFRASTRUCTURE
FOI Team
5th Floor, Kingsway House
London SW1P 4XT
foi@dri.gov.uk

Our reference: FOI2025/03817
14 March 2025


Dear

FREEDOM OF INFORMATION ACT 2000: NORTHERN LINK ROAD

Thank you for your request of 14 February 2025, in which you asked for:

{reqs}

We have handled your request under the Freedom of Information Act 2000.

Decision

We are unable to comply with your request because the cost of doing so would exceed the appropriate limit. Section 12(1) of the Act allows a public authority to refuse a request where the cost of complying would exceed that limit, which for central government is £600. This represents the estimated cost of one or more people spending 24 hours in determining whether the Department holds the information, and locating, retrieving and extracting it.

The Northern Link Road has been in development since 2017 and the scheme files are extensive. A preliminary search of the Department's records management system for the period since January 2019 identified 212 folders relating to the scheme, containing approximately 9,400 documents. Ministerial submissions, contractor correspondence and board papers are filed together within these folders by date rather than by type. To identify the documents falling within parts 1, 2 and 4 of your request we would need to open and examine each one. Even at a conservative estimate of 30 seconds per document this would take over 78 hours.

Consultancy costs (part 3) are not recorded against the scheme as a separate cost code. They are included within the wider programme's professional services budget, and separating them would require a manual review of several hundred invoices.

Where one part of a request would exceed the appropriate limit, the Act allows us to aggregate the parts and refuse the request as a whole. We have done so here, and so we are refusing your request in its entirety under section 12(1). We have not gone on to consider whether any exemptions, such as section 35 (formulation of government policy) or section 43 (commercial interests), would apply to any of the information.

Advice and assistance

In line with our duty under section 16 of the Act, you may wish to consider submitting a refined request. For example, a request for the minutes of the programme board for the 2024 calendar year only would be likely to fall within the cost limit. Please note that summary information about the scheme's budget is published in the Department's annual report and accounts.

If you are unhappy with the way your request has been handled, you may request an internal review. Please write to the FOI Team at the address above within 40 working days of the date of this letter. If you are not content with the outcome of the internal review, you may apply directly to the Information Commissioner for a decision.

Yours sincerely

Oluwaseun Carraway
Freedom of Information Team
Department for Regional Infrastructure
"""
    return letter(file="dri-FOI2025-03817.txt", fmt="txt",
                  authority="Department for Regional Infrastructure", reference="FOI2025/03817",
                  date="2025-03-14", received="2025-02-14", regime="foia",
                  layout="whole-request cost refusal with arithmetic",
                  traps=["one cost refusal covers every question (aggregation)", "£600 / 24 hours central government limit", "sections 35, 43 and 16 mentioned but not applied", "questions referred to as parts 1, 2 and 4"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L16
def l16():
    qs = [
        Q(1, 1, "released", [], "Incumbent Supplier: For each of the contact centre contract(s) please provide the supplier.", "Lumen Contact Solutions Ltd."),
        Q(1, 2, "released", [], "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.", "£41,300 per year (average of 2021/22 to 2023/24)."),
        Q(1, 3, "released", [], "Contract Duration: please state the contract duration, including any extensions.", "3 years with the option of two 12-month extensions (3+1+1). The first extension has been taken."),
        Q(1, 4, "released", [], "Contract Expiry: please state the date when the contract expires.", "31/08/2026"),
        Q(1, 5, "released", [], "Contract Review: please state the date when the contract will be reviewed.", "The contract is reviewed annually each June; the next review is June 2025."),
        Q(1, 6, "released", [], "Contract Description: please give a brief description of the services provided.", "Cloud-hosted contact centre platform providing call queuing and distribution, webchat, call recording and performance reporting for the Customer Services team."),
        Q(1, 7, "partially_released", ["s40(2)"], "Contact Details: please state the person responsible for the contract, with full name, job title, contact number and direct email address.",
          "Job title: ICT Service Manager. Contact: ict.contracts@brackenford.gov.uk, 01632 963 700. The name of the officer is withheld under section 40(2) of the Act as personal data of an employee below Head of Service level."),
        Q(1, 8, "released", [], "Number of Agents: please provide the total number of contact centre agents.", "18 agents (15.2 FTE)."),
        Q(1, 9, "released", [], "Number of Sites: how many sites does the contact centre cover?", "1 – Brackenford Council Offices, Mill Lane."),
        Q(1, 10, "released", [], "Manufacturer: who is the manufacturer of the contact centre system?", "Lumen (own platform), integrated with Microsoft Teams."),
        Q(1, 11, "released", [], "Do you use Microsoft Exchange 2003 as your email server? If not, which product do you use?", "No. The Council uses Microsoft Exchange Online as part of Microsoft 365."),
        Q(1, 12, "released", [], "Number of email users: approximate number of email users across the organisation.", "Approximately 410."),
        Q(1, 13, "released", [], "Telephony: who supplies the Council's main telephony and inbound 0300 numbers?", "Telephony is provided through Microsoft Teams Phone with direct routing by Caxton Voice Ltd, who also supply the 0300 numbers."),
        Q(1, 14, "partially_released", ["s43(2)"], "Does the Council plan to re-tender the contact centre contract, and what is the budget for the new contract?",
          "Yes. The Council expects to go to market through a public framework in spring 2026. The budget for the new contract is withheld under section 43(2) (commercial interests), as publishing it before the procurement would be likely to prejudice the Council's ability to secure best value. The public interest in maintaining the exemption outweighs that in disclosure at this stage."),
    ]
    blocks = "\n".join(f"{q.num}. {q.q}\n\nResponse: {q.a}\n" for q in qs)
    body = f"""Brackenford District Council
Corporate Services – Information Management
Council Offices, Mill Lane, Brackenford, BF6 1AA

Freedom of Information Request No. 7781
Reference: BDC/FOI/7781
Date: 10-Mar-2025

Dear

Thank you for your request for information received on 11-Feb-2025 regarding contact centre and telephony contracts. Please find below the Council's response, with each question followed by our answer.

{blocks}
Under the Re-use of Public Sector Information Regulations 2015 the information may be re-used under the Open Government Licence.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Management, Council Offices, Mill Lane, Brackenford BF6 1AA or foi@brackenford.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.

Regards

Information Management Team
Brackenford District Council
"""
    return letter(file="brackenford-dc-BDC-FOI-7781.txt", fmt="txt",
                  authority="Brackenford District Council", reference="BDC/FOI/7781",
                  date="2025-03-10", received="2025-02-11", regime="foia",
                  layout="interleaved: numbered question then 'Response:'",
                  traps=["14 questions", "round-robin contract questions", "named contact withheld with title given (partially released)", "dates as 10-Mar-2025", "request number and reference both present"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L17
def l17():
    qs = [
        Q(1, 1, "released", [], "How many looked after children were placed in residential children's homes at 31 March 2024?"),
        Q(1, 2, "released", [], "How many of those placements were outside the Council's boundary?"),
        Q(1, 3, "withheld", ["s40(2)", "s43(2)"], "Please name the ten providers on which the Council spent most for residential placements in 2023/24."),
        Q(1, 4, "withheld", ["s40(2)", "s43(2)"], "Please give the weekly cost of each placement."),
        Q(1, 5, "withheld", ["s40(2)", "s43(2)"], "What was the highest weekly cost of a single placement?"),
        Q(1, 6, "released", [], "How many children were placed in unregistered provision at 31 March 2024?"),
        Q(1, 7, "released", [], "What was the Council's total spend on residential placements in 2023/24?"),
    ]
    req = "".join(f"<p style='margin-left:1cm'>{q.num}) {esc(q.q)}</p>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>NT-FOI-55012</title></head>
<body style="font-family:'Liberation Serif','Times New Roman';font-size:12pt">
<p align="center"><font size="5"><b>NORTH TAMESLEY COUNCIL</b></font><br><font size="2">Children's Services · Information Governance · Riverside House, Tamesley NT1 5RR</font></p>
<p>&nbsp;</p>
<table width="100%"><tr><td>Ref: NT-FOI-55012</td><td align="right">11/03/2025</td></tr></table>
<p>Dear</p>
<p><u>Freedom of Information request: residential placements for looked after children</u></p>
<p>I refer to your request for information received on 13/02/2025:</p>
{req}
<p>I can now respond as follows.</p>
<p><b>Questions 1 and 2</b><br>At 31 March 2024 the Council had 96 looked after children placed in registered residential children's homes, of whom 61 were placed outside the North Tamesley boundary.</p>
<p><b>Questions 3 to 5</b><br>The Council holds this information but is withholding it. Provider names, weekly costs and the highest single cost are exempt under section 43(2) (commercial interests), as the local market for residential placements is very small and placement prices are negotiated individually; disclosure would weaken the Council's negotiating position and prejudice providers' commercial interests. In addition, because some placements are unique to a single child with complex needs, weekly costs (and in particular the highest cost) could identify the child concerned and are also exempt under section 40(2) (personal information). We have considered the public interest in the section 43(2) exemption and concluded that it favours withholding the information.</p>
<p><b>Question 6</b><br>Nil. No North Tamesley children were placed in unregistered provision at 31 March 2024.</p>
<p><b>Question 7</b><br>£18,406,220 (2023/24 outturn).</p>
<p>If you are not happy with this response you can request an internal review by emailing foi@northtamesley.gov.uk within two months of the date of this letter. If you remain unhappy after the review, you can complain to the Information Commissioner.</p>
<p>Yours faithfully,</p>
<p>S. Achterberg<br>Information Governance Lead, Children's Services</p>
</body></html>"""
    return letter(file="north-tamesley-NT-FOI-55012.pdf", fmt="pdf-lo-gs",
                  authority="North Tamesley Council", reference="NT-FOI-55012",
                  date="2025-03-11", received="2025-02-13", regime="foia",
                  layout="restate, then grouped answers (Questions 1 and 2, Questions 3 to 5)",
                  traps=["grouped answers with a range 'Questions 3 to 5'", "two exemptions applied to one group", "Nil answer is released", "questions numbered 1) style", "Ghostscript re-distilled LibreOffice PDF"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L18
def l18():
    qs = [
        Q(1, 1, "released", [], "How many Penalty Charge Notices (PCNs) did the Council issue in 2024?", "214,806"),
        Q(1, 2, "released", [], "What was the total income from PCNs in 2024?", "£9,812,455"),
        Q(1, 3, "released", [], "How many PCNs were cancelled following an informal challenge or formal representation?"),
        Q(1, 4, "released", [], "How many appeals to London Tribunals were decided in the motorist's favour?"),
        Q(1, 5, "withheld", ["s40(2)"], "How many PCNs were issued by each Civil Enforcement Officer in 2024, listed by officer identification number?",
          "This information is held but is exempt under section 40(2) of the FOI Act. Officer numbers are displayed on uniforms and are linked to named individuals; a per-officer breakdown would be personal information about each officer's performance, and release would not be fair or lawful."),
        Q(1, 6, "not_held", [], "Please provide details of any targets or bonus scheme for issuing PCNs in the enforcement contract.",
          "No information held. The enforcement contract contains no targets or bonus payments linked to the number of PCNs issued; performance is measured on deployment hours and the accuracy of PCNs."),
    ]
    req = "".join(f"<li>{esc(q.q)}</li>" for q in qs)
    body = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Parking enforcement 2024 (FOI/22614) | London Borough of Hensford</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0;font-size:15px}}
.gov-banner{{background:#0b0c0c;color:#fff;padding:6px 20px;font-size:13px}}
.masthead{{background:#e4002b;color:#fff;padding:14px 20px}} .masthead a{{color:#fff;margin-right:16px}}
main{{max-width:780px;margin:0 auto;padding:20px}} .meta{{background:#f3f2f1;padding:10px}}
#cookies{{background:#f3f2f1;border-top:4px solid #e4002b;padding:14px 20px}}
footer{{background:#333;color:#ddd;padding:18px 20px;font-size:13px}} footer a{{color:#ddd}}</style></head>
<body>
<div id="cookies"><h2>Can we store analytics cookies on your device?</h2><p>Analytics cookies help us understand how our website is being used.</p><button>Yes</button> <button>No</button> <a href="/cookies">How we use cookies</a></div>
<div class="gov-banner">Hensford Council will never ask for payment by text message.</div>
<div class="masthead"><strong>Hensford</strong> London Borough<br><a href="/">Home</a><a href="/parking">Parking</a><a href="/housing">Housing</a><a href="/council-tax">Council Tax</a><a href="/democracy">Democracy</a><a href="/foi">FOI</a></div>
<main>
<nav aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/council-and-democracy">Council and democracy</a> / <a href="/foi">Freedom of information</a> / <a href="/foi/disclosure-log">Disclosure log</a> / FOI/22614</nav>
<h1>Parking enforcement 2024</h1>
<div class="meta"><p>Case reference: FOI/22614<br>Requested: Wed 12 February 2025<br>Response sent: Wednesday, 12 March 2025<br>Outcome: Information partly provided</p></div>
<h2>Request</h2>
<p>Dear</p>
<p>Thank you for your request, in which you asked:</p>
<ol>{req}</ol>
<h2>Response</h2>
<p><strong>Q1:</strong> {esc(qs[0].a)}</p>
<p><strong>Q2:</strong> {esc(qs[1].a)}</p>
<p><strong>Q3 and Q4:</strong> 12,330 PCNs were cancelled at the informal challenge or formal representation stage. Of the appeals decided by London Tribunals in 2024, 1,044 were allowed in the motorist's favour.</p>
<p><strong>Q5:</strong> {esc(qs[4].a)}</p>
<p><strong>Q6:</strong> {esc(qs[5].a)}</p>
<p>If you are dissatisfied with the handling of your request, you can ask for an internal review. You can also contact the Information Commissioner.</p>
<p>Information Governance, London Borough of Hensford</p>
<p><a href="/foi/disclosure-log">Back to disclosure log</a> · <a href="#top">Back to top</a></p>
<section><h3>Related pages</h3><ul><li><a href="/parking/pcn-challenge">Challenge a PCN</a></li><li><a href="/parking/annual-report">Parking annual report 2023/24</a></li></ul></section>
</main>
<footer><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a></p><p>London Borough of Hensford, Town Hall, Hensford High Road, London N31 4HB</p></footer>
</body></html>"""
    return letter(file="hensford-lbc-FOI-22614.html", fmt="html",
                  authority="London Borough of Hensford", reference="FOI/22614",
                  date="2025-03-12", received="2025-02-12", regime="foia",
                  layout="disclosure-log page, restate then answers keyed Q1:, with a grouped Q3 and Q4",
                  traps=["grouped answer 'Q3 and Q4'", "'no information held' phrased as no targets exist", "cookie banner, masthead, related-pages links", "Requested / Response sent dates with weekdays", "parking annual report 2023/24 link text"],
                  qs=qs, body=body)

LETTERS += [l13(), l14(), l15(), l16(), l17(), l18()]
