"""Letters 19-24."""
from common import Q, E, paras, by


# ---------------------------------------------------------------- 19
def l19():
    qs = [
        Q(1, 1, "All emails sent or received by the Planning Enforcement team that mention the land at Hollins Farm, Kestwick, from 1 January 2023 to date.", "refused", ["s14(2)"]),
        Q(1, 2, "All site visit notes and photographs relating to Hollins Farm over the same period.", "refused", ["s14(2)"]),
        Q(1, 3, "The names of all officers who have made decisions about enforcement at Hollins Farm.", "refused", ["s14(2)"]),
    ]
    body = f"""<html><head><meta charset="utf-8"><title>KDC/IG/25/0158</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:12pt}}</style></head><body>
<div title="header"><p><font size="2" color="#444">KESTWICK DISTRICT COUNCIL · Legal and Democratic Services</font></p></div>
<div title="footer"><p align="center"><font size="1">Kestwick District Council, Council Offices, Fellside Road, Kestwick KW12 4DD · Working for a greener Kestwick</font></p></div>
<p align="right">Kestwick District Council<br>Council Offices<br>Fellside Road<br>Kestwick<br>KW12 4DD</p>
<p>Please ask for: Information Governance<br>Direct email: ig@kestwick.gov.uk<br>My reference: KDC/IG/25/0158<br>Your previous request: KDC/IG/24/1923</p>
<p>14 March 2025</p>
<p>Dear</p>
<p><b>Freedom of Information Act 2000 – request received 21 February 2025 – Hollins Farm</b></p>
<p>On 21 February 2025 you asked the Council for the following information:</p>
<p>1. {E(qs[0].text)}<br>2. {E(qs[1].text)}<br>3. {E(qs[2].text)}</p>
<p>This request is identical in substance to your request of 4 November 2024 (our reference KDC/IG/24/1923), to which the Council responded on 12 December 2024. That response released the emails and site notes, with redactions, and explained why officers' names below Head of Service were withheld. You subsequently complained to the Information Commissioner, who in decision notice IC-318842-Q5T7 found that the Council had complied with the Act.</p>
<p>Section 14(2) of the Act provides that where a public authority has previously complied with a request for information made by any person, it is not obliged to comply with a subsequent identical or substantially similar request from that person unless a reasonable interval has elapsed between compliance with the previous request and the making of the current request.</p>
<p>Your new request was made less than ten weeks after our previous response, and no new information has been created since then: the enforcement file has been closed since October 2024. I do not consider that a reasonable interval has elapsed. The Council is therefore relying on section 14(2) and will not be complying with this request. This notice is issued under section 17(5) of the Act.</p>
<p>For the avoidance of doubt, the Council has not found your request to be vexatious under section 14(1); it is refused only because it repeats an earlier request.</p>
<p>If you are dissatisfied you may ask for an internal review within 40 working days of this notice. If you remain dissatisfied after the review you may complain to the Information Commissioner.</p>
<p>Yours sincerely</p>
<p>Alan Pickersgill<br>Information Governance Manager and Deputy Monitoring Officer</p>
</body></html>"""
    return dict(
        file="kestwick-dc-KDC-IG-25-0158.pdf", fmt="pdf-lo-gs",
        authority="Kestwick District Council", reference="KDC/IG/25/0158",
        date="2025-03-14", received="2025-02-21", regime="foia",
        layout="short refusal letter: whole request refused as repeated under s14(2); LibreOffice PDF re-distilled with Ghostscript",
        traps=["previous request reference and ICO decision notice reference quoted", "s14(1) named only to say it is not applied",
               "s17(5) notice mention", "several dates (earlier request, earlier response, this request)"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 20
def l20():
    qs = [
        Q(1, 1, "How many public libraries did the Council run on 1 April 2024?", "released", [], "41 libraries, including 3 mobile library vehicles."),
        Q(1, 2, "How many libraries have closed since April 2020?", "released", [], "6 libraries have closed since April 2020."),
        Q(1, 3, "How many libraries are now run by community groups?", "released", [], "9 community-managed libraries."),
        Q(1, 4, "What was the book fund for 2023/24?", "released", [], "£1,284,500."),
        Q(1, 5, "How many incidents at libraries required police attendance in 2024?", "not_held", [],
          "The Council does not hold this information. Incidents are recorded on our health and safety system, which does not record whether the police attended."),
    ]
    qa = "\n".join(f"<p><b>Question {q.n}:</b> {E(q.text)}</p><p><b>Response:</b> {E(q.ans)}</p>" for q in qs)
    body = f"""<html><head><meta charset="utf-8"><title>HCC/FOI/25/117</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:12pt}}</style></head><body>
<p align="center"><font size="5"><b>HARROWMERE COUNTY COUNCIL</b></font><br>Culture and Communities Directorate<br>Shire Hall, Castle Green, Harrowmere HM1 1SH</p>
<p>Our ref: HCC/FOI/25/117<br>Date: 5 March 2025</p>
<p>Dear Requester</p>
<p><b>Freedom of Information Request – Library services</b></p>
<p>Thank you for your request received on 6 February 2025. Please find our response below.</p>
{qa}
<p>If you are unhappy with this response, you may ask for an internal review. You may also complain to the Information Commissioner's Office.</p>
<p>Yours faithfully</p>
<p>Carol Beddoes<br>Information Rights Officer<br>Harrowmere County Council</p>
</body></html>"""
    return dict(
        file="harrowmere-cc-HCC-FOI-25-117-scan.pdf", fmt="ocr",
        authority="Harrowmere County Council", reference="HCC/FOI/25/117",
        date="2025-03-05", received="2025-02-06", regime="foia",
        layout="interleaved 'Question N: / Response:'; scanned and OCR'd PDF (tesseract text layer)",
        traps=["OCR text layer (possible recognition errors)", "not-held answer"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 21
def l21():
    W = ["s24(1)", "s31(1)(a)", "s31(1)(b)"]
    P40 = ["s40(2)"]
    qs = [
        Q(1, 1, "Incumbent Supplier: For each of the contact centre contract(s) please provide the supplier of the contract.", "withheld", W),
        Q(1, 2, "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.", "released", [], "£212,000 per annum (average 2021/22 to 2023/24)."),
        Q(1, 3, "Contract Duration: For each supplier, please state the contract duration, including any extensions.", "released", [], "Three years with the option to extend by 1 + 1 years."),
        Q(1, 4, "Contract Expiry: For each supplier, please state the date on which the contract expires.", "released", [], "31/08/2026"),
        Q(1, 5, "Contract Review: For each supplier, please state the date on which the contract will be reviewed.", "released", [], "The contract will be reviewed in February 2026."),
        Q(1, 6, "Contract Description: For each supplier, please give a brief description of the services provided.", "withheld", W),
        Q(1, 7, "Contact Details: For each supplier, please state the person responsible for the contract: full name, job title, contact number and email address.", "partially_released", P40,
          "Head of ICT Commercial. The name and direct contact details of the post-holder are personal data and are withheld under Section 40(2); enquiries can be sent to ict.commercial@fenlandmarches.police.uk."),
        Q(1, 8, "Number of Agents: please provide the total number of contact centre agents.", "withheld", W),
        Q(2, 1, "Incumbent Supplier: For each of the inbound network services contract(s) please provide the supplier of the contract.", "withheld", W),
        Q(2, 2, "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.", "released", [], "£64,500 per annum."),
        Q(2, 3, "Contract Expiry: For each supplier, please state the date on which the contract expires.", "released", [], "31/03/2027"),
        Q(2, 4, "Contract Review: For each supplier, please state the date on which the contract will be reviewed.", "released", [], "No formal review date is set; the contract is monitored monthly."),
        Q(2, 5, "Contract Description: For each supplier, please give a brief description of the services provided.", "withheld", W),
        Q(2, 6, "Contact Details: For each supplier, please state the person responsible for the contract: full name, job title, contact number and email address.", "partially_released", P40,
          "Head of ICT Commercial – as for question 7 in part 1; name and direct contact details withheld under Section 40(2)."),
    ]
    p1, p2 = by(qs, 1), by(qs, 2)
    r1 = "\n".join(f"<li>{E(q.text)}</li>" for q in qs if q.part == 1)
    r2 = "\n".join(f"<li>{E(q.text)}</li>" for q in qs if q.part == 2)
    ans = lambda d, ns: "\n".join(f"<p>Question {n} – {E(d[n].ans)}</p>" for n in ns)
    body = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Contact centre and inbound network contracts (001412/25) | Fenland Marches Constabulary</title>
<style>body{{font-family:Arial;margin:0}} .bar{{background:#0b2545;color:#fff;padding:10px 26px}} .bar a{{color:#fff;margin-right:14px}}
.emergency{{background:#c00;color:#fff;padding:4px 26px;font-size:13px}} .crumb{{padding:6px 26px;font-size:12px}}
main{{padding:0 26px;max-width:900px}} .cookie{{border:2px solid #0b2545;padding:12px;margin:10px 26px;font-size:13px}} footer{{background:#0b2545;color:#cfd8e3;padding:18px 26px;font-size:12px}}</style></head>
<body>
<div class="emergency">In an emergency always call 999. For non-emergencies call 101.</div>
<div class="cookie"><strong>Cookies on this site</strong><br>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site. <button>Accept additional cookies</button> <button>Reject additional cookies</button></div>
<div class="bar"><strong>Fenland Marches Constabulary</strong> <a href="/report">Report</a><a href="/advice">Advice</a><a href="/news">News</a><a href="/about-us">About us</a><a href="/careers">Careers</a></div>
<div class="crumb"><a href="/">Home</a> › <a href="/foi-ai">FOI</a> › <a href="/foi-ai/disclosure-log">Disclosure log</a> › <a href="/foi-ai/disclosure-log/ict">Information technology</a> › 001412/25</div>
<main>
<h1>Contact centre and inbound network contracts</h1>
<p><b>Reference number:</b> 001412/25<br><b>Date of response:</b> 10/03/2025<br><b>Category:</b> Information technology</p>
<h2>Request</h2>
<p>Our reference 001412/25. Your request for information, received on 12/02/2025, has now been considered. You asked:</p>
<p>The first part of my request relates to contact centre service contracts. Please send me the following information for each provider:</p>
<ol>
{r1}
</ol>
<p>The second part of my request relates to inbound network services contracts (0800, 0300 numbers, call routing, IVR):</p>
<ol>
{r2}
</ol>
<h2>Response</h2>
<p>Fenland Marches Constabulary does hold information you request; however, I am citing Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement to questions 1, 6 and 8 in part 1 of your request and questions 1 and 5 in part 2. Question 7 in part 1 and question 6 in part 2 are answered in part, with the names of individuals withheld under Section 40(2) Personal Information.</p>
<p>Please note that this force, along with others, has previously disclosed supplier names in response to similar requests. Following national guidance issued through the NPCC, the service now takes a different view.</p>
<h3>Harm</h3>
<p>Identifying the suppliers of the force's contact centre and telephony systems, what those systems do, and the number of call handlers on duty would reveal the force's technical and operational capability. Those intent on disrupting policing, including hostile state actors and criminal groups planning denial-of-service or social-engineering attacks, could use this information, particularly when combined with disclosures by other forces, to identify vulnerable systems and times of reduced capacity.</p>
<h3>Public interest test</h3>
<p><em>Factors favouring disclosure (Section 24):</em> openness about the use of public funds. <em>Factors against disclosure (Section 24):</em> the risk of attack on national infrastructure. <em>Factors favouring disclosure (Section 31):</em> public awareness of how calls from the public are handled. <em>Factors against disclosure (Section 31):</em> compromise of the force's ability to prevent and detect crime.</p>
<h3>Balance test</h3>
<p>While there is a public interest in the transparency of police procurement, the balance lies in favour of non-disclosure of the exempt information.</p>
<h2>Answers to the remaining questions</h2>
<h3>Part 1</h3>
{ans(p1, [2, 3, 4, 5, 7])}
<h3>Part 2</h3>
{ans(p2, [2, 3, 4, 6])}
<p><b>Complaint rights:</b> you may request an internal review within 40 working days and then complain to the Information Commissioner.</p>
<p>Information Access Team, Fenland Marches Constabulary</p>
</main>
<footer>Fenland Marches Constabulary, Police Headquarters, Wisbeck Road, Marchfield PE19 3FM · <a href="/accessibility" style="color:#cfd8e3">Accessibility</a> · <a href="/privacy" style="color:#cfd8e3">Privacy notice</a> · <a href="/cookies" style="color:#cfd8e3">Cookies</a><br>© Fenland Marches Constabulary 2025</footer>
</body></html>"""
    return dict(
        file="fenland-marches-constabulary-001412-25.html", fmt="html",
        authority="Fenland Marches Constabulary", reference="001412/25",
        date="2025-03-10", received="2025-02-12", regime="foia",
        layout="disclosure-log page; round-robin in two parts (HTML <ol> restarting), decision paragraph naming exempt questions by part, harm/PIT/balance, answers for the rest",
        traps=["numbering restarts in part 2 (HTML ordered lists)", "Section 31(1)(a)(b) = two exemptions plus s24(1)",
               "same question text in two parts", "answer cross-refers to question 7 in part 1", "'previously disclosed' note",
               "emergency banner, cookie box, nav and footer"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 22
def l22():
    qs = [
        Q(1, 1, "how many patients were placed in out of area inpatient beds in 2024", "released", []),
        Q(1, 2, "what the total cost of those placements was", "released", []),
        Q(1, 3, "which private providers were used and how much was paid to each", "partially_released", ["s43(2)"]),
        Q(1, 4, "how many of those patients were under 18", "released", []),
        Q(1, 5, "whether the Trust has a target date for ending inappropriate out of area placements", "released", []),
    ]
    t = f"""Aldermoor Partnership NHS Foundation Trust
Mental Health and Learning Disability Services

Trust Headquarters · Brookfield Centre · Aldermoor · AL7 2WR
Freedom of Information Office: foi@aldermoor-partnership.nhs.uk

APT FOI 25-0233

12th March 2025


Dear Requester,

Re: Out of area placements

We received your request on 13th February 2025. You wrote: "I would like to know
{qs[0].text}, {qs[1].text}, {qs[2].text},
{qs[3].text}, and {qs[4].text}."

I will deal with your fourth question first, as it is the simplest. None of the
patients placed out of area in 2024 were under 18: the Trust does not place
children and young people in adult acute beds, and inpatient CAMHS placements are
commissioned by NHS England and are not out of area placements by the Trust.

Turning to your first and second questions, 317 patients were placed in out of area
inpatient beds during 2024, at a total cost of £9,864,210.

On your third question, the providers used were Meridian Healthcare Group, Hollybank
Hospitals Ltd and the Priorswood Clinic. The amounts paid to each provider are
withheld under section 43(2) of the Freedom of Information Act 2000, as disclosure
would be likely to prejudice the commercial interests of the providers and of the
Trust, which negotiates spot-purchase bed rates with a small number of suppliers.
We have considered the public interest in accountability for public money, which
is largely met by the total cost given above, and concluded that it is outweighed
by the public interest in the Trust being able to secure beds at the best price.

Finally, in answer to your fifth question: yes. The Trust's Board has set a target
of eliminating inappropriate out of area placements by 31st March 2026, as set out
in the Acute Care Recovery Plan approved by the Board in September 2024.

If you are unhappy with our response, you may request an internal review within
40 working days. If you remain unhappy, you may contact the Information
Commissioner's Office.

Kind regards

Freedom of Information Office
On behalf of Aldermoor Partnership NHS Foundation Trust
"""
    return dict(
        file="aldermoor-partnership-nhsft-APT-FOI-25-0233.txt", fmt="txt",
        authority="Aldermoor Partnership NHS Foundation Trust", reference="APT FOI 25-0233",
        date="2025-03-12", received="2025-02-13", regime="foia",
        layout="prose: request quoted as one sentence, answers in prose keyed by ordinal words",
        traps=["HARD: questions never numbered", "answers out of order ('fourth question first')",
               "ordinals written as words", "grouped prose answer for first and second questions",
               "'None' as released zero", "reference on its own line with no label"],
        qs=qs, body=t)


# ---------------------------------------------------------------- 23
def l23():
    qs = [
        Q(1, 1, "total spend on agency staff in 2023/24", "released", []),
        Q(1, 2, "the five agencies with the highest spend", "released", []),
        Q(1, 3, "the number of agency social workers engaged on 31 March 2024", "released", []),
        Q(1, 4, "the number of agency workers engaged for more than two years, by directorate", "refused", ["s12(1)"]),
        Q(1, 5, "the highest day rate paid to any agency worker", "withheld", ["s43(2)"]),
        Q(1, 6, "whether the council has signed up to a regional agency pay-rate memorandum", "released", []),
    ]
    bl = "\n".join(f"- {q.text}" for q in qs)
    t = f"""Calderbrook Metropolitan Borough Council
=========================================

Corporate Information Team · Calderbrook Town Hall · Crown Street · Calderbrook · CB1 1CT

**Information request:** 2025/1188
**Date requested:** Tue 11 February 2025
**Date of response:** Fri 7 March 2025

Dear

Thank you for your request for information about the Council's use of agency staff. You asked for:

{bl}

For ease of reference, we have numbered your questions 1 to 6 in the order in which you asked them.

**1.** The Council spent £17.9 million on agency staff in 2023/24 (all directorates, excluding schools).

**2.** The five agencies with the highest spend in 2023/24 were:

1. Pennine Social Care Recruitment Ltd
2. Northern Locum Partners
3. Civic Interim Solutions
4. Redline Education Staffing
5. Calder Valley Labour Supply

**3.** 84 agency social workers were engaged on 31 March 2024.

**4.** Adult Social Care does not hold this information, because its agency workers are engaged through a managed service provider which does not report length of engagement. For the other five directorates, the start date of each assignment is held only on individual purchase orders. Around 2,400 purchase orders were raised in the period, and checking each would take at least 3 minutes, or 120 hours in total. This is well over the appropriate limit of 18 hours, and so we are refusing this question under section 12(1) of the Freedom of Information Act. If you limit the question to one directorate we will consider it again.

**5.** The day rates paid are set out in confidential agreements with each agency. The highest day rate is withheld under section 43(2), as disclosure would be likely to prejudice the commercial interests of the agency concerned and weaken the Council's position in future rate negotiations. We have considered the public interest in openness about spending and, on balance, we believe it favours withholding the information.

**6.** Yes. The Council signed the North of England Agency Social Work Memorandum of Understanding in May 2023.

You have the right to request an internal review of this response. Please write to foi@calderbrook.gov.uk within 40 working days. If you remain dissatisfied you may complain to the ICO.

Yours sincerely

*Corporate Information Team*
Calderbrook Metropolitan Borough Council
"""
    return dict(
        file="calderbrook-mbc-2025-1188.md", fmt="md",
        authority="Calderbrook Metropolitan Borough Council", reference="2025/1188",
        date="2025-03-07", received="2025-02-11", regime="foia",
        layout="requester's bullets numbered only by the authority; answers keyed bold '1.' ... '6.' (markdown)",
        traps=["HARD: bullets numbered only by the authority", "not held for one directorate then cost refusal for the rest (s12(1))",
               "numbered list of agencies inside answer 2 (not questions)", "'Requested Tue 11 February 2025' date format"],
        qs=qs, body=t)


# ---------------------------------------------------------------- 24
def l24():
    qs = [
        Q(1, 1, "The number of Penalty Charge Notices (PCNs) issued in 2024, broken down by contravention code.", "released", [],
          "Please find the information attached in the spreadsheet 'CAS-61204 PCN data.xlsx', tab 1."),
        Q(1, 2, "The total income from PCNs in 2024.", "released", [], "£11,408,220."),
        Q(1, 3, "The number of PCNs cancelled following a challenge or appeal in 2024.", "released", [],
          "See the attached spreadsheet, tab 2 (informal challenges, formal representations and London Tribunals appeals)."),
        Q(1, 4, "The locations of CCTV cameras used for parking and moving traffic enforcement.", "released", ["s21"],
          "A map of all enforcement camera locations is published at https://www.pellworth.gov.uk/parking/camera-enforcement. This information is exempt under Section 21 of the Freedom of Information Act as it is reasonably accessible by other means."),
        Q(1, 5, "Any documents setting targets or bonuses for civil enforcement officers.", "not_held", [],
          "No information held. Civil enforcement officers are not set targets for the number of PCNs issued and no bonus scheme exists, so there are no documents of this kind."),
        Q(1, 6, "A copy of the Council's contract with its parking enforcement contractor.", "partially_released", ["s40(2)", "s43(2)"],
          "A redacted copy of the contract is attached. The pricing schedule (Schedule 4) has been withheld under Section 43(2) (commercial interests) and the names and signatures of the contractor's staff have been redacted under Section 40(2) (personal information)."),
    ]
    qa = "\n".join(f"<p><b>Request {q.n}</b></p><p>{E(q.text)}</p><p><b>Response</b></p><p>{E(q.ans)}</p>" for q in qs)
    body = f"""<html><head><meta charset="utf-8"><title>CAS-61204-T3M8W1</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:11pt}}</style></head><body>
<div title="header"><p align="right"><font size="2" color="#a0005a"><b>Pellworth</b> London Borough of Pellworth</font></p></div>
<div title="footer"><p><font size="1">London Borough of Pellworth · Pellworth Town Hall · 200 Broadway · London SE31 7PW</font></p></div>
<p>Resident Services – Parking<br>Pellworth Town Hall<br>200 Broadway<br>London SE31 7PW</p>
<p>Case number: CAS-61204-T3M8W1<br>Date: 13 Mar 2025</p>
<p>Dear</p>
<p><b>Freedom of Information request – parking enforcement (received 13 Feb 2025)</b></p>
<p>Thank you for your request, which we have considered under the Freedom of Information Act 2000. Our responses are set out beneath each part of your request.</p>
{qa}
<p><b>Public interest – Section 43(2)</b></p>
<p>The contract's pricing schedule reveals the contractor's unit costs for enforcement hours, which could be used by its competitors when the contract is re-let in 2026. We consider that the public interest in openness about the contract is met by the release of the rest of the document and of the total annual payments published under the Local Government Transparency Code, and that it is outweighed by the public interest in fair competition.</p>
<p>If you are unhappy with how your request has been handled you can ask for an internal review. Contact foi@pellworth.gov.uk within 40 working days. You can also contact the Information Commissioner's Office.</p>
<p>Kind regards</p>
<p>FOI Officer<br>Resident Services, London Borough of Pellworth</p>
</body></html>"""
    return dict(
        file="pellworth-lb-CAS-61204-T3M8W1.docx", fmt="docx",
        authority="London Borough of Pellworth", reference="CAS-61204-T3M8W1",
        date="2025-03-13", received="2025-02-13", regime="foia",
        layout="interleaved 'Request N / Response' headings (DOCX, no list numbering); answers in attachments",
        traps=["answers elsewhere ('see attached spreadsheet') are released", "CRM case number reference",
               "'13 Mar 2025' abbreviated dates", "partial release with s40(2) and s43(2)", "s21 signposting"],
        qs=qs, body=body)


LETTERS = [l19, l20, l21, l22, l23, l24]
