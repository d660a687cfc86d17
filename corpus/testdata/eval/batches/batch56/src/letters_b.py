from common import Q, letter, esc, part

LETTERS = []

# ---------------------------------------------------------------- L7
def l07():
    qs = [
        Q(1, 1, "released", [], "How many patients were on the district nursing caseload as at 1 February 2025?",
          "6,912 patients."),
        Q(1, 2, "not_held", [], "How many district nursing visits were missed or cancelled because of staff shortages during 2024?",
          "We do not collate this information. Our clinical system records that a visit was rescheduled but not the reason, so we cannot identify visits missed because of staffing. The information is therefore not held."),
        Q(1, 3, "released", [], "How many community nursing teams have been closed or merged since April 2023?",
          "0 – no teams have been closed or merged in that period."),
        Q(1, 4, "partially_released", ["s40(2)"], "How many category 3 and category 4 pressure ulcers were acquired in our care in 2024, broken down by nursing team?",
          "47 category 3 and 4 pressure ulcers were acquired in the Trust's care in 2024. The breakdown is below. Where a team recorded fewer than five, the figure is shown as '<5' because, in small localities, the number together with other information could identify individual patients. Those figures are withheld under section 40(2) of the FOI Act."),
        Q(1, 5, "released", ["s22"], "Please provide the results of the 2024 NHS Staff Survey for the district nursing service.",
          "The service-level results will be published with our Public Board papers on 27 March 2025. We are therefore applying section 22 (information intended for future publication) and the results will be available at www.wealdshirecommunity.nhs.uk/board-meetings from that date."),
    ]
    out = []
    for q in qs:
        out.append(f"**Request {q.num}:** {q.q}\n\n**Response:** {q.a}\n")
        if q.num == 4:
            out.append("| Team | Cat 3 | Cat 4 |\n|---|---|---|\n| Ashby Vale | 9 | <5 |\n| Tollerford North | 11 | <5 |\n| Tollerford South | 8 | <5 |\n| Meads & Downs | 6 | <5 |\n| Harrowfield | <5 | <5 |\n")
    blocks = "\n".join(out)
    body = f"""# Wealdshire Community Health NHS Trust

*Information Governance Department · Oakhurst House · Tollerford · TF2 6RE*

---

## Freedom of Information Response

**Reference:** WCH-FOI-0231  
**Date of request:** 10.02.2025  
**Date of response:** 10.03.2025  

Dear

Thank you for contacting Wealdshire Community Health NHS Trust. Your request has been handled under the Freedom of Information Act 2000 and our answers follow each of your requests below.

{blocks}
---

We hope this information is helpful. If you are not satisfied with this response, please contact us within 40 working days to ask for an internal review: wch.foi@nhs.net. You may then contact the Information Commissioner if you remain dissatisfied.

With best wishes,

**Information Governance Team**  
Wealdshire Community Health NHS Trust
"""
    return letter(file="wealdshire-community-WCH-FOI-0231.md", fmt="md",
                  authority="Wealdshire Community Health NHS Trust", reference="WCH-FOI-0231",
                  date="2025-03-10", received="2025-02-10", regime="foia",
                  layout="interleaved Request N / Response (markdown)",
                  traps=["'we do not collate' not held", "0 answer is released", "small-number suppression table (<5) under section 40(2)", "section 22 future publication", "dates with dots"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L8
def l08():
    qs = [
        Q(1, 1, "released", [], "The number of automatic fire alarm (AFA) calls attended in 2023/24"),
        Q(1, 2, "released", [], "How many of those turned out to be false alarms"),
        Q(1, 3, "not_held", [], "How many times a crew was diverted from an AFA call to a confirmed fire"),
        Q(1, 4, "released", [], "A copy of your policy on unwanted fire signals"),
        Q(1, 5, "withheld", ["s31(1)(a)"], "The names of the ten premises that generated the most false alarms"),
        Q(1, 6, "withheld", ["s31(1)(a)"], "The number of false alarm calls from each of those ten premises"),
    ]
    bullets = "".join(f"<li>{esc(q.q)}</li>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI 25/044</title></head>
<body style="font-family:'Liberation Serif',Georgia,serif;font-size:11.5pt">
<table width="100%"><tr><td><font size="5" color="#b00000"><b>Merrowdale</b></font><br><font size="3">Fire and Rescue Authority</font></td>
<td align="right"><font size="2">Service Headquarters<br>Beacon Way, Merrow Bridge<br>MD7 3FR<br>01632 961 999</font></td></tr></table>
<p>Date: 11 Mar 2025<br>Our Reference: FOI 25/044<br>Contact: Data Protection &amp; FOI Officer</p>
<p>Dear</p>
<p><b>Request for information – automatic fire alarms</b></p>
<p>Thank you for your request dated 10 February 2025. You asked:</p>
<p><i>“Please could you tell me the following:</i></p>
<ul>{bullets}</ul>
<p><i>Thanks in advance.”</i></p>
<p>For ease of reference we have treated your request as six points, numbered in the order you asked them. It is simplest to deal with point 3 first.</p>
<p><b>In answer to point 3</b>, the Authority does not hold this information. When a crew is re-mobilised from one incident to another the incident system records the second incident only; it does not record that the crew was previously committed to an AFA call.</p>
<p><b>Points 1 and 2:</b> In 2023/24 crews attended 4,116 AFA calls, of which 3,702 (89.9%) were classified as false alarms.</p>
<p><b>Point 4:</b> Please find attached our Unwanted Fire Signals Reduction Policy (version 3.1, April 2024).</p>
<p><b>Points 5 and 6:</b> The Authority holds this information, but it is exempt under section 31(1)(a) of the Freedom of Information Act 2000, as its disclosure would be likely to prejudice the prevention or detection of crime. A list of premises whose alarm systems frequently activate identifies buildings where a genuine alarm may be treated with less urgency by occupiers, and so would be of use to anyone intending to commit arson or burglary. We have considered the public interest in transparency about the cost of false alarms, which is served by the totals given above, and have concluded that the public interest in withholding the names and per-premises figures is stronger.</p>
<p>If you are unhappy with the way your request has been handled, you may ask for an internal review within 40 working days. If you remain unhappy you may complain to the Information Commissioner at ico.org.uk.</p>
<p>Yours sincerely</p>
<p>Gareth Llewellyn-Shaw<br>Data Protection &amp; FOI Officer<br>Merrowdale Fire and Rescue Service</p>
<p align="center"><font size="1">Making Merrowdale Safer · Putting Prevention First</font></p>
</body></html>"""
    return letter(file="merrowdale-fire-FOI-25-044.docx", fmt="docx",
                  authority="Merrowdale Fire and Rescue Authority", reference="FOI 25/044",
                  date="2025-03-11", received="2025-02-10", regime="foia",
                  layout="request as unnumbered bullets, answers keyed by points the authority numbered itself",
                  traps=["HARD: bullets numbered only by the authority", "HARD: answers out of order (point 3 first)", "grouped answers Points 1 and 2, Points 5 and 6", "attachment answer"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L9
def l09():
    qs = [
        Q(1, 1, "released", [], "The total research income received from fossil fuel companies in each year from 2019 to 2024.",
          "Original response: provided (2019 £1.21m; 2020 £0.98m; 2021 £1.44m; 2022 £1.62m; 2023 £1.37m; 2024 £1.09m). Review outcome: upheld; the figures are confirmed as complete."),
        Q(1, 2, "partially_released", ["s43(2)"], "The names of the companies concerned and the value of each contract.",
          "Original response: withheld in full under section 43(2). Review outcome: the original decision was not correct in part."),
        Q(1, 3, "partially_released", ["s40(2)"], "The names of the academics leading each funded project.",
          "Original response: withheld in full under section 40(2). Review outcome: partly overturned."),
        Q(1, 4, "withheld", ["s41(1)", "s43(2)"], "Copies of the research contracts.",
          "Original response: withheld under section 43(2). Review outcome: upheld, with section 41(1) also applied."),
    ]
    reqs = "".join(f"<li>{esc(q.q)}</li>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Internal review IR/2025/007</title>
<style>
@page {{ size: A4; margin: 25mm 22mm; }}
body {{ font-family: Georgia, 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.4; }}
.crest {{ font-variant: small-caps; font-size: 20pt; letter-spacing: 2px; color: #4b1d5e; }}
.meta td {{ padding: 1px 12px 1px 0; }}
h2 {{ font-size: 12pt; border-bottom: 1px solid #4b1d5e; }}
</style></head><body>
<div class="crest">University of Castlebridge</div>
<div>Office of the University Secretary · Information Compliance · Senate House, Castlebridge CB9 1UC</div>
<br>
<table class="meta">
<tr><td>Internal review reference:</td><td><b>IR/2025/007</b></td></tr>
<tr><td>Original request reference:</td><td>FOI-2024-1192</td></tr>
<tr><td>Original request received:</td><td>2 December 2024</td></tr>
<tr><td>Original response issued:</td><td>8 January 2025</td></tr>
<tr><td>Review requested:</td><td>10 February 2025</td></tr>
<tr><td>Date of this letter:</td><td>14 March 2025</td></tr>
</table>
<p>Dear</p>
<p><b>Freedom of Information Act 2000 – Internal Review</b></p>
<p>I write with the outcome of the internal review you requested of the University's response to your request FOI-2024-1192. I was not involved in the original decision. In your request for review you referred to the Information Commissioner's decision in case IC-211873-K2V6, concerning another university, and argued that the names of funders should be released.</p>
<h2>Your original request</h2>
<ol>{reqs}</ol>
<h2>The original response</h2>
<p>The University provided the annual totals for question 1, and withheld the information requested in questions 2 to 4 under section 43(2) (commercial interests), applying section 40(2) (personal information) to question 3.</p>
<h2>Review findings</h2>
<p><b>Question 1.</b> The annual totals provided were checked against the research finance ledger. I am satisfied that they are complete and the original response is upheld.</p>
<p><b>Question 2.</b> I have concluded that the original decision was not correct in part. <b>The names of the companies are now released: Bellhaven Energy plc, Northsea Hydrocarbons Ltd, Trident Offshore Services and Vecta Petroleum UK.</b> Several of these partnerships are already acknowledged in published papers, and naming the funders causes no meaningful commercial prejudice. The value of each contract, however, remains withheld under section 43(2): contract values would reveal the University's pricing for industrial research in a competitive market, and the public interest continues to favour withholding them.</p>
<p><b>Question 3.</b> This part of the decision is partly overturned. <b>The names of the principal investigators, who are senior academics publicly associated with this research, are released in the attached schedule.</b> The names of junior researchers and doctoral students remain withheld under section 40(2), as they would have no reasonable expectation of publication.</p>
<p><b>Question 4.</b> The decision to withhold the contracts is upheld. The contracts contain detailed pricing and technical terms and were provided under express confidentiality clauses; in addition to section 43(2) I consider that section 41(1) (information provided in confidence) applies, since disclosure would be an actionable breach of confidence.</p>
<p>For completeness, I considered whether section 22 could apply to any of the information and concluded that it does not.</p>
<h2>Your rights</h2>
<p>If you are dissatisfied with the outcome of this review, you may apply to the Information Commissioner under section 50 of the Act. The Commissioner can be contacted at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, or via ico.org.uk.</p>
<p>Yours sincerely</p>
<p><b>Professor Alasdair Venn-Maturin</b><br>Deputy University Secretary (reviewing officer)</p>
</body></html>"""
    return letter(file="castlebridge-uni-IR-2025-007.pdf", fmt="pdf-chrome",
                  authority="University of Castlebridge", reference="IR/2025/007",
                  date="2025-03-14", received="2024-12-02", regime="foia",
                  layout="internal review: original decision then review outcome per question, changes in bold",
                  traps=["internal review outcome differs from original decision", "several references (review, original, ICO case)", "several dates with roles", "section 22 considered and rejected", "section 50 in rights boilerplate"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L10
def l10():
    qs = [
        Q(1, 1, "released", [], "how many complaints about damp and mould were received in 2024"),
        Q(1, 2, "released", [], "how much was spent settling housing disrepair claims in 2024"),
        Q(1, 3, "released", [], "which contractors carry out mould treatment work"),
        Q(1, 4, "released", [], "how many homes currently have a Category 1 hazard"),
        Q(1, 5, "withheld", ["s40(2)"], "the addresses of those homes"),
    ]
    body = """STANNINGTON HOMES LIMITED
Managing council homes on behalf of Stannington Metropolitan Borough Council
Registered office: Unit 4, Riverside Court, Stannington ST3 2HH

Our reference: SH/FOI/2025/31
13-03-2025

Dear

Your Freedom of Information request

You wrote to us on 14-02-2025 asking how many complaints about damp and mould we received in 2024 and how much we spent settling housing disrepair claims in the same year. You also wanted to know which contractors carry out our mould treatment work, how many of our homes currently have a Category 1 hazard, and the addresses of those homes.

As a company wholly owned by Stannington Metropolitan Borough Council we are a public authority for the purposes of the Freedom of Information Act 2000, by virtue of section 6 of the Act, and I have dealt with your request on that basis.

During 2024 we received 1,093 complaints in which damp or mould was the main issue raised. This figure includes complaints that were later escalated to stage 2 of our complaints procedure, but each complaint is counted once.

Settling disrepair claims cost us £612,440 in 2024. That total includes compensation, our contribution to tenants' legal costs and the cost of works ordered as part of a settlement; it does not include our own staff time.

Mould treatment is carried out for us by two firms: Drywall Property Care Ltd, which covers the north and east areas, and Ferngrove Building Services, which covers the south and west. Both were appointed through the Council's repairs framework in 2023.

At 1 March 2025, 38 of our homes had an outstanding Category 1 hazard under the Housing Health and Safety Rating System. In each case works have been ordered and the tenant has been offered a temporary move where appropriate.

We have not included the addresses of those homes. An address, together with the knowledge that the home has a serious hazard, is information about the tenants who live there, who could easily be identified by neighbours and others. That is their personal data, and releasing it to the world would be unfair and would breach the data protection principles, so the addresses are exempt under section 40(2) of the Act.

If you are not happy with this reply you can ask us to review it by writing to the Information Oﬃcer at the address above, or by emailing info.requests@stanningtonhomes.co.uk, within 40 working days. After that you may complain to the Information Commissioner.

Best wishes

Joanne Adebayo-Firth
Information Oﬃcer
Stannington Homes
"""
    return letter(file="stannington-homes-SH-FOI-2025-31.txt", fmt="txt",
                  authority="Stannington Homes Limited", reference="SH/FOI/2025/31",
                  date="2025-03-13", received="2025-02-14", regime="foia",
                  layout="prose: request summarised in a paragraph, answers in prose paragraphs",
                  traps=["HARD: questions never numbered", "answers in prose without keys", "section 6 mentioned (status, not exemption)", "ffi ligature", "arm's-length company of a council"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L11
def l11():
    qs = [
        Q(1, 1, "released", [], "What was the total school meal debt owed to the Council by parents and carers at 31 January 2025?",
          "£48,211.36, owed by 1,207 accounts."),
        Q(1, 2, "not_held", ["foisa:s17(1)"], "How much school meal debt has been written off in each year since 2021/22?",
          "The Council has not written off any school meal debt since 2021/22 and does not hold any information about write-offs. In terms of section 17(1) of FOISA, this letter gives notice that the information you asked for is not held."),
        Q(1, 3, "released", ["foisa:s25(1)"], "What are the current prices of a school meal in primary and secondary schools?",
          "Current prices are published on the Council's website at www.inverallan.gov.uk/schoolmeals. Because this information is otherwise accessible, section 25(1) of FOISA applies and we are not required to provide it in this response."),
        Q(1, 4, "withheld", ["foisa:s38(1)(b)"], "Please provide the names of the pupils whose families have the ten largest debts.",
          "This information is exempt under section 38(1)(b) of FOISA (personal information). Releasing the names would identify children and their families and would breach the data protection principles. This exemption is absolute and no public interest test applies."),
        Q(1, 5, "released", ["foisa:s27(1)"], "How many teacher vacancies did the Council have on 1 March 2025?",
          "The vacancy figures at 1 March 2025 will be published in the Workforce Update report to the Education and Children's Services Committee on 26 March 2025. We are relying on section 27(1) of FOISA (information intended for future publication) and the report will be available at committees.inverallan.gov.uk."),
        Q(1, 6, "released", [], "How many probationer teachers were placed with the Council in 2024/25?",
          "57 probationer teachers (41 primary, 16 secondary)."),
    ]
    req = "".join(f"<p style='margin-left:0.8cm'>{q.num}. {esc(q.q)}</p>" for q in qs)
    ans = "".join(f"<p><b>{q.num}.</b> {esc(q.a)}</p>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>INV-FOI-25-01234</title></head>
<body style="font-family:'Liberation Sans',Arial;font-size:11pt">
<p><font size="5" color="#00594f"><b>Inverallan Council</b></font><br><font size="3" color="#00594f"><i>Comhairle Inbhir Àlainn</i></font></p>
<p><font size="2">Legal and Democratic Services · Council Headquarters · High Street · Kilbrannan · KB4 1LS</font></p>
<table width="100%"><tr><td></td><td align="right">
<p>Our Ref: INV-FOI-25-01234<br>Date: 12th of March 2025<br>Enquiries to: Freedom of Information Team</p></td></tr></table>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – INFORMATION REQUEST</b></p>
<p>Thank you for your request, which we received on 14 February 2025. You asked for the following information:</p>
{req}
<p><b>Response</b></p>
<p>The Council's response to each of your questions is given below, using the same numbering.</p>
{ans}
<p><b>Your right to request a review</b></p>
<p>If you are unhappy with this response, you can ask the Council to review it under section 20 of the Freedom of Information (Scotland) Act 2002. Your request must be made within 40 working days of receiving this letter. If you are still dissatisfied after the review, you can apply to the Scottish Information Commissioner for a decision under section 47(1). The Council is not obliged to comply with requests where the cost would exceed £600 (section 12), but that did not apply here.</p>
<p>Yours faithfully</p>
<p>Morag Strachan<br>Information Officer<br>Legal and Democratic Services</p>
</body></html>"""
    return letter(file="inverallan-council-INV-FOI-25-01234.pdf", fmt="pdf-lo",
                  authority="Inverallan Council", reference="INV-FOI-25-01234",
                  date="2025-03-12", received="2025-02-14", regime="foisa",
                  layout="restate numbered, then response with the same numbering",
                  traps=["FOISA section 17 notice as not held", "FOISA s25 and s27 signposting", "section 20, 47(1) and section 12 mentioned in boilerplate only", "Gaelic name in letterhead", "12th of March date"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L12
def l12():
    qs = [
        Q(1, 1, "released", [], "How many planning applications for onshore wind farms has the Council received since 1 January 2020?",
          "14 applications (including 3 applications to vary existing consents)."),
        Q(1, 2, "partially_released", ["reg11(2)"], "Please provide copies of correspondence between the Council and Cnoc Energy Ltd about the Beinn Ruadh wind farm application.",
          "The correspondence is attached (38 pages). The names and contact details of junior staff of the Council and of Cnoc Energy have been redacted under regulation 11(2) of the EIRs, as this is personal data and disclosure would breach the data protection principles. Senior officers' names have not been redacted."),
        Q(1, 3, "released", ["reg6(1)(b)"], "Please provide a copy of the Council's contaminated land register.",
          "The register is publicly available on our website at www.glenmorrach.gov.uk/contaminated-land-register and may also be inspected at Council Offices, Portnalong. Under regulation 6(1)(b) of the EIRs we are not required to make the information available again in another form."),
        Q(1, 4, "withheld", ["reg10(5)(e)"], "What is the value of the community benefit agreement agreed with Cnoc Energy?",
          "The agreement is still under negotiation and its draft value is withheld under regulation 10(5)(e) of the EIRs (confidentiality of commercial or industrial information). The public interest in disclosure is outweighed by the interest in allowing negotiations to conclude."),
        Q(1, 5, "not_held", ["reg10(4)(a)"], "Please provide the peat depth survey data for the Beinn Ruadh site.",
          "The Council does not hold the raw survey data; only the summary in the applicant's Environmental Impact Assessment Report, which is on the planning portal. In terms of regulation 10(4)(a) of the EIRs, the information is not held. The data are held by the applicant, Cnoc Energy Ltd."),
    ]
    blocks = "".join(f"<div class='qa'><p class='rq'><span>Request {q.num}</span> {esc(q.q)}</p><p class='rs'><span>Response</span> {esc(q.a)}</p></div>" for q in qs)
    body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EIR/GM/2025/0088 – Beinn Ruadh wind farm – Glenmorrach Council</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}}
#cc{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:12px}}
.top{{background:#3b2b63;color:#fff;padding:10px 20px}} .top a{{color:#fff;margin-right:14px}}
.wrap{{display:flex}} aside{{width:220px;padding:16px;background:#f2f0f7}} article{{padding:16px 28px;max-width:820px}}
.qa span{{display:block;font-weight:bold}} .rs{{border-left:4px solid #3b2b63;padding-left:10px}}
footer{{border-top:3px solid #3b2b63;padding:14px 20px;font-size:12px}}</style></head>
<body>
<div class="top"><a href="/">Glenmorrach Council</a> | <a href="/gd">Gàidhlig</a> | <a href="/search">Search</a><br>
<a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/planning">Planning</a><a href="/schools">Schools</a><a href="/your-council">Your council</a></div>
<p style="padding:6px 20px"><a href="/">Home</a> › <a href="/your-council">Your council</a> › <a href="/foi">Freedom of information</a> › <a href="/foi/responses">FOI and EIR responses</a> › EIR/GM/2025/0088</p>
<div class="wrap"><aside><p><b>In this section</b></p><ul><li><a href="/foi/make-a-request">Make a request</a></li><li><a href="/foi/responses">Published responses</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li><li><a href="/foi/reviews">Ask for a review</a></li></ul></aside>
<article>
<h1>Beinn Ruadh wind farm and contaminated land</h1>
<table><tr><td>Request ID:</td><td>EIR/GM/2025/0088</td></tr><tr><td>Request received:</td><td>2025-02-12</td></tr><tr><td>Response date:</td><td>2025-03-11</td></tr><tr><td>Handled under:</td><td>Environmental Information (Scotland) Regulations 2004</td></tr></table>
<p>Dear</p>
<p>We have handled your request under the Environmental Information (Scotland) Regulations 2004 (the EIRs), as the information you asked for is environmental information about land use and energy.</p>
{blocks}
<p>If you are dissatisfied with this response you may ask us to review it under regulation 16 of the EIRs within 40 working days. You may then apply to the Scottish Information Commissioner.</p>
<p>Regards<br>Information Governance Team, Glenmorrach Council</p>
</article></div>
<footer><p>Glenmorrach Council, Council Offices, Portnalong, GM5 2QT · 01632 962 222</p><p><a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact us</a></p><p>© Glenmorrach Council</p></footer>
<div id="cc">This site uses cookies to improve your experience. <button>Accept all</button> <button>Essential only</button> <a href="/cookies">Cookie settings</a></div>
</body></html>"""
    return letter(file="glenmorrach-council-EIR-GM-2025-0088.html", fmt="html",
                  authority="Glenmorrach Council", reference="EIR/GM/2025/0088",
                  date="2025-03-11", received="2025-02-12", regime="eir",
                  layout="disclosure-log page, Request N / Response blocks",
                  traps=["EIRs (Scotland) numbering: regulation 10 and 11 instead of 12 and 13", "regulation 6(1)(b) signposting", "ISO dates", "cookie banner at bottom, sidebar navigation", "regulation 16 in review boilerplate"],
                  qs=qs, body=body)

LETTERS += [l07(), l08(), l09(), l10(), l11(), l12()]
