from common import q, qs, R, NH, html_page

LETTERS = []

# ---------------------------------------------------------------- L09
LETTERS.append(dict(
    file="nrcr-EIR-25-00912.txt", fmt="txt",
    authority="National Rivers and Coasts Regulator", reference="EIR-25-00912",
    date="2025-03-20", received="2025-02-20", regime="eir",
    layout="interleaved Question N / Answer, EIR exceptions",
    traps=["EIR exceptions reg12(5)(b), reg12(5)(e), reg12(4)(d), reg13", "reg6(1)(b) signpost",
           "dd-mm-yyyy dates", "FOIA mentioned only as the wrong regime"],
    questions=qs(1, [R, R, ("withheld", ["reg12(5)(b)"]), ("withheld", ["reg12(5)(e)"]),
                     ("partially_released", ["reg13(1)"]), ("released", ["reg6(1)(b)"]),
                     ("withheld", ["reg12(4)(d)"])]),
    body="""NATIONAL RIVERS AND COASTS REGULATOR
Access to Information Team | Riverside House | 11 Quay Street | Bristow | BS9 4NR
-------------------------------------------------------------------------------

Reference: EIR-25-00912                                        20-03-2025

Dear requester,

ENVIRONMENTAL INFORMATION REGULATIONS 2004 - REQUEST EIR-25-00912

Thank you for your request which we received on 20-02-2025. Because your
request concerns emissions and discharges to water, the information is
environmental information and we have dealt with it under the Environmental
Information Regulations 2004 (EIR) rather than the Freedom of Information Act.

Question 1
How many storm overflow permits does Tarnbeck Water hold in the Ousel
catchment?
Answer
112 permits.

Question 2
Please send the compliance inspection reports for Hepworth sewage treatment
works for 2024.
Answer
Three inspection reports (March, July and November 2024) are attached.

Question 3
Please send all correspondence between the Regulator and Tarnbeck Water about
enforcement action at Hepworth STW.
Answer
We hold this correspondence but are withholding it under regulation 12(5)(b)
of the EIR. The correspondence relates to a live criminal investigation into
unpermitted discharges at the works. Disclosure would adversely affect the
course of justice and our ability to conduct the investigation. We have
applied the presumption in favour of disclosure at regulation 12(2), but the
public interest in maintaining the exception outweighs that in disclosure
while the investigation is open.

Question 4
Please send the hydraulic modelling data Tarnbeck submitted in support of its
permit variation application.
Answer
Withheld under regulation 12(5)(e) (confidentiality of commercial or
industrial information). The modelling was supplied in confidence, contains
Tarnbeck's proprietary network data, and its disclosure would harm Tarnbeck's
legitimate economic interests. The public interest favours maintaining the
exception; the permit decision document, which summarises the modelling,
will be published when the decision is made.

Question 5
Who carried out the inspections at Hepworth STW in 2024?
Answer
The inspections were carried out by two Environment Officers (grade 5) and one
Senior Environment Officer (grade 6) from the Ousel and Tarn area team. We
have withheld their names under regulation 13(1), as they are not senior
staff with public-facing roles and disclosure would breach the data
protection principles.

Question 6
Please provide event duration monitoring data for all Tarnbeck storm
overflows for 2024.
Answer
This data is already publicly available, so under regulation 6(1)(b) we are
not required to provide it in another form. You can download it from our
open data portal: https://data.nrcr.org.uk/edm/2024

Question 7
Please send the draft Ousel catchment investigation report.
Answer
The report is still being drafted and has not been agreed. We are withholding
it under regulation 12(4)(d) (material still in the course of completion).
We expect to publish the final report in autumn 2025. We consider that the
public interest favours allowing officers to finish the work without the
distraction of public comment on an unfinished draft.

If you are not satisfied with this response you can ask for an internal
review within 40 working days of the date of this letter. You can also
contact the Information Commissioner.

Yours sincerely,

Access to Information Team
National Rivers and Coasts Regulator
"""))

# ---------------------------------------------------------------- L10
def _avdc_contract(n, supplier, expiry, desc, title):
    return """
<p><b>Contract %d</b></p>
<ol>
<li>Supplier: %s</li>
<li>Annual average spend: Withheld – section 43(2), see below.</li>
<li>Contract expiry: %s</li>
<li>Description: %s</li>
<li>Contact: %s. The officer's name has been withheld under section 40(2), see below.</li>
</ol>
""" % (n, supplier, expiry, desc, title)

LETTERS.append(dict(
    file="ashby-vale-dc-AVDC-FOI-3318.docx", fmt="docx",
    authority="Ashby Vale District Council", reference="AVDC-FOI-3318",
    date="2025-03-06", received="2025-02-07", regime="foia",
    layout="round-robin contracts in two parts, answers as auto-numbered lists, reasons after answers",
    traps=["parts whose numbering restarts (Contract 1 / Contract 2)", "same questions in both parts",
           "answer numbers only in Word list numbering", "reasons section after the answers",
           "supplier released, spend withheld, contact partly released"],
    questions=(qs(1, [R, ("withheld", ["s43(2)"]), R, R, ("partially_released", ["s40(2)"])])
               + qs(2, [R, ("withheld", ["s43(2)"]), R, R, ("partially_released", ["s40(2)"])])),
    body=html_page(css="body{font-family:Arial;font-size:11pt}", title="AVDC-FOI-3318", body="""
<p><b>ASHBY VALE DISTRICT COUNCIL</b><br>Civic Centre, Church Walk, Ashby Vale AV3 1CC</p>
<p>Ref: AVDC-FOI-3318<br>Date: 6th March 2025</p>
<p>Dear Sir/Madam</p>
<p><b>Freedom of Information Act 2000 – request received 7 February 2025</b></p>
<p>You asked for the following information about the Council's customer contact contracts:</p>
<p><i>Contract 1 – contact centre software (call handling, web chat, call recording)</i></p>
<ol>
<li>Who is the incumbent supplier?</li>
<li>What is the annual average spend over the last three years?</li>
<li>When does the contract expire?</li>
<li>Please give a brief description of the services provided.</li>
<li>Who is responsible for the contract within the Council (name, job title, email)?</li>
</ol>
<p><i>Contract 2 – telephony and inbound network services (0300 numbers, IVR, call routing)</i></p>
<ol>
<li>Who is the incumbent supplier?</li>
<li>What is the annual average spend over the last three years?</li>
<li>When does the contract expire?</li>
<li>Please give a brief description of the services provided.</li>
<li>Who is responsible for the contract within the Council (name, job title, email)?</li>
</ol>
<p><b>Our response</b></p>
""" + _avdc_contract(1, "Fenwick Cloud Communications Ltd", "31/08/2026",
                     "Cloud contact centre platform including omnichannel call handling, web chat and call recording for the Customer Services team.",
                     "Customer Services Manager, customer.services@ashbyvale.gov.uk")
  + _avdc_contract(2, "Corvane Networks plc", "30/11/2025",
                   "Provision of the Council's 0300 non-geographic numbers, inbound call routing and interactive voice response.",
                   "ICT Infrastructure Lead, ict@ashbyvale.gov.uk") + """
<p><b>Reasons for withholding information</b></p>
<p><u>Section 43(2) – commercial interests.</u> The annual spend with each supplier (question 2 of both contracts) reflects pricing that the suppliers submitted in confidence during a competitive tender. Both contracts are due to be re-procured within the next 18 months and disclosure would be likely to prejudice the Council's position in those procurements. We have considered the public interest: total expenditure over £500 is already published in our monthly transparency data, and we consider the balance favours withholding the contract-level figures.</p>
<p><u>Section 40(2) – personal information.</u> The officers responsible for these contracts are not senior managers and do not have public-facing roles. We have provided their job titles and a team mailbox (question 5 of both contracts) but withheld their names, which would be unfair to disclose.</p>
<p>If you are not satisfied with this response, please write to the Information Governance Officer within 40 working days to request an internal review. You may then complain to the Information Commissioner.</p>
<p>Yours faithfully</p>
<p>Information Governance<br>Ashby Vale District Council</p>
""")))

# ---------------------------------------------------------------- L11
LETTERS.append(dict(
    file="severnmouth-police-disclosure-SP-FOI-000418-25.html", fmt="html",
    authority="Severnmouth Police", reference="SP/FOI/000418/25",
    date="2025-03-17", received="2025-02-17", regime="foia",
    layout="disclosure-log web page, request quoted then grouped answers",
    traps=["NCND with s24(2) and s31(3) for a group of questions", "police 'not conclusive evidence' boilerplate",
           "s21 link for policy", "cookie banner, navigation and footer"],
    questions=qs(1, [("released", ["s21"]), ("ncnd", ["s24(2)", "s31(3)"]),
                     ("ncnd", ["s24(2)", "s31(3)"]), R]),
    body="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Facial recognition technology | Disclosure log | Severnmouth Police</title>
<style>body{font-family:'Segoe UI',Arial,sans-serif;margin:0;color:#1a1a1a}.top{background:#0b0c3b;color:#fff;padding:10px 24px}.top a{color:#fff}
#cc{position:relative;background:#ffdd00;padding:12px 24px}.nav{background:#26285c;padding:6px 24px}.nav a{color:#fff;margin-right:18px;text-decoration:none}
.bc{padding:8px 24px;color:#555}.bc a{color:#26285c}.wrap{display:flex}.side{width:220px;padding:0 24px}.content{max-width:760px;padding:0 24px 30px}
blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:12px}.ft{background:#0b0c3b;color:#ccc;padding:18px 24px;font-size:90%}</style></head>
<body>
<div id="cc"><strong>Cookies on severnmouth.police.uk</strong> We'd like to set additional cookies to understand how you use our website. <a href="#">Accept additional cookies</a> | <a href="#">Reject additional cookies</a> | <a href="/cookies">View cookies</a></div>
<div class="top"><a href="/">Severnmouth Police</a> &nbsp; <span style="float:right"><a href="/report">Report</a> · <a href="/contact">Contact us</a> · <a href="/search">Search</a></span></div>
<div class="nav"><a href="/news">News</a><a href="/advice">Advice</a><a href="/your-area">Your area</a><a href="/foi-ai">FOI and access to information</a><a href="/careers">Careers</a></div>
<div class="bc"><a href="/">Home</a> / <a href="/foi-ai">FOI and access to information</a> / <a href="/foi-ai/disclosure-log">Disclosure log</a> / <a href="/foi-ai/disclosure-log/technology">Technology</a> / Facial recognition technology</div>
<div class="wrap">
<div class="side"><h4>Disclosure log</h4><ul><li><a href="#">Crime</a></li><li><a href="#">Finance</a></li><li><a href="#">HR</a></li><li><a href="#">Technology</a></li><li><a href="#">Vehicles</a></li></ul>
<p><a href="/foi-ai/make-a-request">Make an FOI request</a></p></div>
<div class="content">
<h1>Facial recognition technology</h1>
<p><strong>Reference number:</strong> SP/FOI/000418/25<br><strong>Date of request:</strong> 17/02/2025<br><strong>Date of response:</strong> 17/03/2025</p>
<h2>Request</h2>
<blockquote>
<p>1. Please provide the force's policy on the use of facial recognition technology.</p>
<p>2. Does the force use retrospective facial recognition on images taken from social media accounts?</p>
<p>3. How many times was live facial recognition deployed covertly during 2024?</p>
<p>4. How many officers have been trained to operate the live facial recognition vans?</p>
</blockquote>
<h2>Response</h2>
<p><strong>Question 1</strong><br>The force's Facial Recognition Technology Policy and the legal mandate for its use are published on our website at https://www.severnmouth.police.uk/frt. This information is therefore exempt under Section 21 (information reasonably accessible by other means).</p>
<p><strong>Questions 2 and 3</strong><br>Severnmouth Police can neither confirm nor deny that it holds any information relevant to questions 2 and 3 by virtue of the following exemptions:</p>
<p>Section 24(2) National Security<br>Section 31(3) Law Enforcement</p>
<p>To confirm or deny whether the force uses particular facial recognition techniques against particular image sources, or deploys the technology covertly, would reveal the force's capabilities and the limits of those capabilities. Those intent on committing crime or threatening national security would be able to adapt their behaviour accordingly. Sections 24 and 31 are qualified, prejudice-based exemptions; the public interest in transparency about the use of biometric technology is recognised, but it is outweighed by the public interest in the force being able to protect the public and safeguard national security.</p>
<p>No inference can be taken from this refusal that information does or does not exist. This response should not be taken as conclusive evidence that any information that would meet your request exists or does not exist.</p>
<p><strong>Question 4</strong><br>42 officers are currently trained as live facial recognition van operators.</p>
<p>If you are dissatisfied with this response, details of how to request a review are set out in our <a href="/foi-ai/complaints">complaint rights</a> page.</p>
</div></div>
<div class="ft"><p>Severnmouth Police, Police Headquarters, Sea Wall Road, Severnmouth SV1 2PQ. In an emergency always call 999. For non-emergencies call 101.</p>
<p><a href="/accessibility" style="color:#ccc">Accessibility</a> · <a href="/privacy" style="color:#ccc">Privacy</a> · <a href="/terms" style="color:#ccc">Terms</a> · © Severnmouth Police 2025</p></div>
</body></html>
"""))

# ---------------------------------------------------------------- L12
LETTERS.append(dict(
    file="kestrel-valley-police-FOI-2025-0562.txt", fmt="txt",
    authority="Kestrel Valley Police", reference="KVP FOI 2025/0562",
    date="2025-03-21", received="2025-02-25", regime="foia",
    layout="cost refusal of the whole request, s12(2) with neither-confirm-nor-deny wording",
    traps=["s12(2) 'neither confirm nor deny' is refused, not ncnd", "dd.mm.yy date",
           "s16 advice", "reference with spaces"],
    questions=qs(1, [("refused", ["s12(2)"])] * 3),
    body="""KESTREL VALLEY POLICE
Freedom of Information Unit
PO Box 88, Harnworth, KV2 3XA

Ref:  KVP FOI 2025/0562
Date: 21.03.25

FREEDOM OF INFORMATION ACT 2000 - MISUSE OF POLICE SYSTEMS

Dear

Your request for information, received on 25/02/2025, has now been
considered. You asked:

  1) For each year 2019 to 2024, how many officers and staff were investigated
     for misusing police computer systems, broken down by rank or grade?
  2) What was the outcome of each investigation?
  3) How many of those investigations concerned checks made on family members
     or partners?

Kestrel Valley Police is unable to comply with your request for the following
reasons.

Section 12(2) of the Act provides that a public authority is not obliged to
comply with section 1(1)(a) (the duty to confirm or deny) if the estimated cost
of establishing whether it holds the information would exceed the appropriate
limit. The limit for police forces is £450, equivalent to 18 hours' work.

Misuse of systems is not a recording category on the Professional Standards
Department's case management system. Cases are recorded under the broader
headings of "Confidentiality" and "Discreditable conduct", which between 2019
and 2024 contain 1,146 case files. To establish which of those concern misuse
of police systems, and then which concern checks on family members, each file
would need to be opened and read. Even at a conservative 5 minutes per file,
that would take over 95 hours.

Kestrel Valley Police therefore neither confirms nor denies that it holds the
information you have requested, as the duty in section 1(1)(a) does not arise
by virtue of section 12(2). This letter acts as a refusal notice for the whole
of your request.

Advice and assistance (section 16)
You may wish to refine your request, for example to the number of officers
dismissed following gross misconduct hearings for data protection breaches,
which is recorded and could be retrieved within the limit.

Complaint rights are enclosed.

Yours sincerely

Disclosure Officer
Freedom of Information Unit
"""))

# ---------------------------------------------------------------- L13
LETTERS.append(dict(
    file="glanmor-cbc-FOI-0288-25.pdf", fmt="chrome-pdf",
    authority="Glanmor County Borough Council", reference="FOI-0288-25",
    date="2025-03-13", received="2025-02-14", regime="foia",
    layout="grouped answers (Questions 1 & 2, Questions 4 - 6), bilingual Welsh/English letterhead",
    traps=["grouped answers", "bilingual labels (Cyf/Ref, Dyddiad/Date)", "not held for a group",
           "Welsh text in letterhead and footer"],
    questions=qs(1, [R, R, R, NH, NH, NH, ("withheld", ["s40(2)"])]),
    body=html_page(css="""
@page { size: A4; margin: 20mm 20mm 28mm 20mm; @bottom-center { content: "Rydym yn croesawu gohebiaeth yn Gymraeg · We welcome correspondence in Welsh · Canolfan Ddinesig, Stryd y Castell, Glanmor GL5 1AB"; font-size: 7.5pt; color: #555; } }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #00703c; padding-bottom: 6px; }
.hd .cy { font-weight: bold; color: #00703c; } .hd .en { font-weight: bold; color: #00703c; text-align: right; }
.refs td { padding: 2px 14px 2px 0; font-size: 9.5pt; }
.ft { position: fixed; bottom: -18mm; left: 0; right: 0; font-size: 7.5pt; color: #555; text-align: center; border-top: 1px solid #00703c; padding-top: 3px; }
.req { margin-left: 18px; }
""", title="FOI-0288-25", body="""
<div class="hd"><div class="cy">Cyngor Bwrdeistref Sirol Glanmor</div><div class="en">Glanmor County Borough Council</div></div>
<p style="font-size:9pt">Tîm Rhyddid Gwybodaeth / Freedom of Information Team<br>Civic Centre, Castle Street, Glanmor GL5 1AB · foi@glanmor.gov.wales</p>
<table class="refs">
<tr><td>Cyf / Ref:</td><td>FOI-0288-25</td></tr>
<tr><td>Dyddiad derbyn / Date received:</td><td>14/02/2025</td></tr>
<tr><td>Dyddiad / Date:</td><td>13/03/2025</td></tr>
</table>
<p>Annwyl / Dear Requester,</p>
<p><b>Freedom of Information Act 2000 – RAAC and asbestos in school buildings</b></p>
<p>Thank you for your request for information. You asked:</p>
<div class="req">
<p>1. How many schools in the county borough have confirmed reinforced autoclaved aerated concrete (RAAC)?</p>
<p>2. What are the names of those schools?</p>
<p>3. How much has the Council spent on RAAC remediation to date?</p>
<p>4. On what date was the most recent asbestos survey carried out at each school?</p>
<p>5. How many incidents of asbestos disturbance were recorded in schools between 2020 and 2024?</p>
<p>6. Which contractors were used for asbestos removal in schools, and how much was paid to each?</p>
<p>7. Please provide the names and email addresses of head teachers who raised concerns about building safety with the Council in 2024.</p>
</div>
<p>The Council's response is as follows.</p>
<p><b>Questions 1 &amp; 2</b><br>RAAC has been confirmed at two schools: Ysgol Gynradd Pen-y-Bryn and Glanmor High School.</p>
<p><b>Question 3</b><br>£1.36 million has been spent on RAAC remediation to the end of January 2025.</p>
<p><b>Questions 4 – 6</b><br>The Council does not hold this information. Under the Council's arrangements for delegated school maintenance, asbestos surveys, incident records and the appointment of removal contractors are the responsibility of each school's governing body, and the records are held by the schools rather than the Council. You may wish to contact the schools directly.</p>
<p><b>Question 7</b><br>This information is withheld under section 40(2) of the Freedom of Information Act 2000. The names and email addresses of head teachers are their personal data, and we do not consider that disclosure in connection with the concerns they raised would be fair or lawful.</p>
<p>If you are unhappy with this response you can ask for an internal review by writing to the FOI Team within 40 working days. If you are still unhappy after the review, you can complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.</p>
<p>Yn gywir / Yours sincerely,</p>
<p>Rhian Pritchard<br>Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer</p>
""")))
