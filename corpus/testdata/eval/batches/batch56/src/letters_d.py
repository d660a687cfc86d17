from common import Q, letter, esc, part

LETTERS = []

# ---------------------------------------------------------------- L19
def l19():
    qs = [
        Q(1, 1, "refused", ["s12(2)"], "How many police officers and staff have been investigated for misuse of force computer systems since January 2020?"),
        Q(1, 2, "refused", ["s12(2)"], "Of those, how many were dismissed or resigned before a hearing?"),
        Q(1, 3, "refused", ["s12(2)"], "For each case, the rank or grade of the person and the type of information accessed."),
    ]
    reqs = "\n".join(f"{q.num}) {q.q}" for q in qs)
    body = f"""HEDDLU GLANNAU POLICE
Uned Rhyddid Gwybodaeth / Freedom of Information Unit
Pencadlys yr Heddlu / Police Headquarters, Ffordd yr Harbwr, Aberglannau, AG2 4PQ

Ein Cyf / Our Ref:   G/FOI/461/25
Dyddiad / Date:      11.03.25

Dear

Freedom of Information Act 2000 - Request G/FOI/461/25

Your request for information dated 12.02.25 has now been considered. You asked:

{reqs}

Response

Heddlu Glannau Police has considered your request and estimates that the cost of determining whether it holds all of the information you have requested would exceed the appropriate limit set out in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. For police forces the limit is £450, which equates to 18 hours of work at £25 per hour.

Misuse of computer systems is not recorded as a distinct category on the force's professional standards case management system. Cases are recorded under the broader headings of "Discreditable Conduct" and "Confidentiality", which together account for 1,134 records since January 2020. To establish whether any of those cases concerned misuse of computer systems, each file would need to be opened and read. Even at a modest 5 minutes per file this would take 94.5 hours.

Section 12(2) of the Act provides that a public authority is not obliged to comply with the duty to confirm or deny where the estimated cost of doing so would exceed the appropriate limit. Heddlu Glannau Police therefore neither confirms nor denies that it holds the information you have requested, and this letter acts as a refusal notice under section 17(5) for the whole of your request.

This should not be taken as an indication of whether the information requested is or is not held by the force, or of the number of any such cases.

Advice and assistance

You may wish to refine your request, for example by asking for the number of misuse cases recorded by the Anti-Corruption Unit in a single year. Please be aware that a refined request may still attract exemptions, such as section 40(2) for personal infor-
mation about individual officers, and that we cannot guarantee that a narrower request will fall within the limit.

Complaint rights

If you are dissatisfied with this response you may ask for an internal review within 40 working days. Should you remain dissatisfied you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yn gywir / Yours sincerely

Carys Whitfield-Morgan
Swyddog Datgelu / Disclosure Officer
Heddlu Glannau Police

Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh
"""
    return letter(file="heddlu-glannau-G-FOI-461-25.txt", fmt="txt",
                  authority="Heddlu Glannau Police", reference="G/FOI/461/25",
                  date="2025-03-11", received="2025-02-12", regime="foia",
                  layout="short cost refusal of the whole request",
                  traps=["s12(2) cost refusal phrased as 'neither confirms nor denies' (refused, not ncnd)", "police NCND disclaimer sentence", "section 17(5) and section 40(2) mentioned, not applied", "bilingual labels", "two-digit year dates 11.03.25", "word hyphenated across lines"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L20
def l20():
    qs = [
        Q(1, 1, "released", [], "How many pupils currently receive free home-to-school transport?",
          "6,218 pupils as at the January 2025 census date, of whom 5,031 travel by contracted bus or coach."),
        Q(1, 2, "released", [], "What was the total cost of home-to-school transport in 2023/24?",
          "£14,906,300."),
        Q(1, 3, "released", [], "How many transport contracts does the Council hold and who are the operators?",
          "The Council holds 342 contracts with 57 operators. A list of operators and the number of contracts each holds is attached."),
        Q(1, 4, "refused", ["s12(1)"], "How many complaints were received about late or missed school buses in 2024, broken down by school?",
          "The Council does not hold a central record of complaints by school. Transport complaints are logged under general categories in the customer contact system, and identifying those about late or missed buses, and then the school concerned, would mean reading each of the 2,416 transport contacts recorded in 2024. At an estimated 5 minutes each, this would take over 200 hours, well beyond the 18-hour appropriate limit. This question is therefore refused under section 12(1) of the Freedom of Information Act 2000."),
        Q(1, 5, "released", [], "How many pupils with additional learning needs are transported by taxi?",
          "784 pupils."),
    ]
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    req = "\n".join(f"> {q.num}. {q.q}" for q in qs)
    order = [1, 2, 3, 5, 4]
    ans = "\n".join(f"**Question {words[n]}**\n\n{qs[n-1].a}\n" for n in order)
    body = f"""**CYNGOR SIR DYFFRYN · DYFFRYN COUNTY COUNCIL**
Neuadd y Sir / County Hall, Llanfair-ym-Mhlwyf, Dyffryn, DY3 7CC

Cyfeirnod / Reference: CSD/FOI/0099/25
Dyddiad / Date: 10 March 2025

Dear

**Request for Information – Freedom of Information Act 2000**

Thank you for your request dated 10 February 2025. You wrote:

{req}

Our response is below. We have answered question four last because it needs more explanation.

{ans}
If you would like to narrow question four, for example to complaints about a single route or a single term, please let us know and we will consider a fresh request.

**Your rights**

If you are unhappy with how we have dealt with your request you can ask for an internal review. Please contact the Information Governance Unit, County Hall, within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Yours sincerely,

Owain Thackeray
Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer
"""
    return letter(file="dyffryn-cc-CSD-FOI-0099-25.md", fmt="md",
                  authority="Dyffryn County Council", reference="CSD/FOI/0099/25",
                  date="2025-03-10", received="2025-02-10", regime="foia",
                  layout="quoted numbered request, answers keyed by numbers written as words",
                  traps=["HARD: answers keyed 'Question one' etc. (numbers as words)", "answers out of order (four answered last)", "'does not hold a central record' followed by cost refusal: refused, not not held", "bilingual labels"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L21
def l21():
    qs = [
        Q(1, 1, "released", [], "How many live facial recognition deployments did the force carry out in 2024?", "27 deployments."),
        Q(1, 2, "released", [], "How many arrests resulted from those deployments?", "41 arrests."),
        Q(1, 3, "ncnd", ["s23(5)", "s24(2)"], "Does the force share its facial recognition watchlists with MI5 or any other security body?",
          "Hollinwood Constabulary can neither confirm nor deny that it holds any information relevant to this question, by virtue of sections 23(5) and 24(2) of the Freedom of Information Act 2000. Confirming or denying whether information is held about any sharing with security bodies would itself reveal whether such arrangements exist. This response should not be taken as an indication that the information you have requested does or does not exist."),
        Q(1, 4, "withheld", ["s31(1)(a)"], "How many images were on the watchlist for each deployment?",
          "This information is held but is exempt under section 31(1)(a) (prevention or detection of crime). Watchlist sizes for individual deployments would show the scale of each operation and, over time, allow offenders to judge the likelihood of being identified at a particular event. The public interest favours withholding."),
        Q(1, 5, "not_held", [], "What was the cost of purchasing the facial recognition vans?",
          "The force does not hold this information. The vans are provided and maintained under a national arrangement funded by the Home Office, and no purchase cost was incurred by Hollinwood Constabulary."),
        Q(1, 6, "released", ["s21"], "Please provide the force's Equality Impact Assessment for live facial recognition.",
          "This is published on our website and is therefore exempt under section 21: www.hollinwood.police.uk/foi-ai/live-facial-recognition"),
    ]
    blocks = "".join(f"<p class='q'>Q{q.num}. {esc(q.q)}</p><p class='a'>A{q.num}. {esc(q.a)}</p>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>scan</title>
<style>@page {{ size: A4; margin: 22mm 24mm; }}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; line-height: 1.35; }}
.hdr {{ text-align: center; font-size: 15pt; font-weight: bold; letter-spacing: 1px; }}
.sub {{ text-align: center; font-size: 10pt; }}
.q {{ font-weight: bold; margin-bottom: 2px; }} .a {{ margin-top: 0; }}</style></head><body>
<div class="hdr">HOLLINWOOD CONSTABULARY</div>
<div class="sub">Information Management Department, Police Headquarters, Kestrel Way, Hollinwood HW2 9KJ</div>
<br>
<table style="width:100%;font-size:11pt"><tr><td>Our Ref: HC/FOI/2025/0312</td><td style="text-align:right">13 Mar 2025</td></tr></table>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION ACT 2000 – LIVE FACIAL RECOGNITION</b></p>
<p>I write in response to your request received on 13 Feb 2025. Your questions and our answers are set out below.</p>
{blocks}
<p>If you are dissatisfied with this response you have the right to request an internal review within 40 working days, and thereafter to complain to the Information Commissioner.</p>
<p>Yours sincerely</p>
<p>P. Szymanski<br>Freedom of Information Officer</p>
</body></html>"""
    return letter(file="hollinwood-constabulary-HC-FOI-2025-0312-scan.pdf", fmt="ocr",
                  authority="Hollinwood Constabulary", reference="HC/FOI/2025/0312",
                  date="2025-03-13", received="2025-02-13", regime="foia",
                  layout="interleaved Q1./A1. pairs",
                  traps=["OCR'd scan (image plus tesseract text layer)", "NCND on one question with sections 23(5) and 24(2)", "police 'should not be taken as an indication' sentence", "section 21 link", "13 Mar 2025 date"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L22
def l22():
    qs = [
        Q(1, 1, "released", [], "How many consultant posts were vacant at 1 February 2025, by specialty?",
          "38 vacant consultant posts: Psychiatry 9; Radiology 7; Emergency Medicine 6; Anaesthetics 5; Paediatrics 4; General Medicine 4; Other specialties 3."),
        Q(1, 2, "released", [], "What did the Board spend on locum consultants in 2023/24?",
          "£21,742,118."),
        Q(1, 3, "ncnd", ["foisa:s18(1)", "foisa:s38(1)(b)"], "Is Dr Fergus Lindqvist, consultant at Strathkellan Royal Hospital, the subject of a GMC referral or an internal investigation?",
          "NHS Strathkellan is applying section 18(1) of FOISA, read with section 38(1)(b). We neither confirm nor deny whether we hold this information. If it existed and were held, it would be the personal data of a named individual and exempt under section 38(1)(b); revealing whether or not it exists would itself be contrary to the public interest."),
        Q(1, 4, "refused", ["foisa:s12(1)"], "Please provide all emails sent or received by Board staff about locum rates between 2020 and 2025.",
          "We estimate that locating and reviewing the emails within scope (over 11,000 messages across 14 departments) would cost well in excess of the £600 limit set by the Fees Regulations. Under section 12(1) of FOISA we are not required to comply with this part of your request. You may wish to narrow it to a single department and a single year."),
        Q(1, 5, "released", ["foisa:s25(1)"], "Please provide the Board's policy on locum rates.",
          "The Medical Locum Engagement Policy is published at www.nhsstrathkellan.scot/policies/medical-locum-engagement. Under section 25(1) of FOISA the information is otherwise accessible and we are not required to provide it."),
    ]
    rows = "".join(f"<tr><td valign='top'>{q.num}</td><td valign='top'>{esc(q.q)}</td><td valign='top'>{esc(q.a)}</td></tr>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI-STR-2025-0456</title></head>
<body style="font-family:Arial,'Liberation Sans';font-size:10.5pt">
<table width="100%"><tr><td><font size="5" color="#005eb8"><b>NHS</b></font><br><b>Strathkellan</b></td>
<td align="right"><font size="2">Corporate Records and FOI<br>Strathkellan Royal Hospital<br>Lochview Road, Kelvinford KF2 8DD<br>strathkellan.foi@nhs.scot</font></td></tr></table>
<p>Date: 13/03/2025<br>Our Ref: FOI-STR-2025-0456<br>Received: 17/02/2025</p>
<p>Dear</p>
<p><b>Freedom of Information (Scotland) Act 2002 – Response</b></p>
<p>Thank you for your request. NHS Strathkellan's response to each of your questions is given in the table below.</p>
<table border="1" cellpadding="5" cellspacing="0" width="100%">
<tr><td width="6%"><b>No</b></td><td width="40%"><b>Question</b></td><td width="54%"><b>Answer</b></td></tr>
{rows}
</table>
<p>If you are unhappy with our response, you may ask NHS Strathkellan to review it within 40 working days (section 20 of FOISA). If you are still dissatisfied, you can apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS.</p>
<p>Yours sincerely</p>
<p>Eilidh MacPhail<br>Freedom of Information Lead<br>NHS Strathkellan</p>
</body></html>"""
    return letter(file="nhs-strathkellan-FOI-STR-2025-0456.docx", fmt="docx",
                  authority="NHS Strathkellan", reference="FOI-STR-2025-0456",
                  date="2025-03-13", received="2025-02-17", regime="foisa",
                  layout="Word table: No | Question | Answer",
                  traps=["FOISA NCND: section 18(1) read with section 38(1)(b)", "FOISA cost refusal £600 for one question", "FOISA s25 signposting", "section 20 in review boilerplate"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L23
def l23():
    qs = [
        Q(1, 1, "refused", ["s14(2)"], "How many council tax accounts were referred to enforcement agents in 2024?"),
        Q(1, 2, "refused", ["s14(2)"], "Which enforcement agent companies does the Council use?"),
    ]
    body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LDC-FOI-1456 | Lanthorne District Council</title>
<style>body{{font-family:'Segoe UI',Tahoma,sans-serif;margin:0;background:#fafafa}}
.cookie{{background:#004b3a;color:#fff;padding:14px 22px}} .cookie button{{margin-right:8px}}
.brand{{padding:16px 22px;background:#fff;border-bottom:1px solid #ddd}} .brand a{{margin-right:14px}}
.page{{background:#fff;max-width:760px;margin:20px auto;padding:22px 30px;border:1px solid #e0e0e0}}
.foot{{padding:20px 22px;color:#555;font-size:13px}}</style></head>
<body>
<div class="cookie">We use essential cookies to make this site work, and optional cookies to help us improve it. <button>Accept optional cookies</button><button>Reject optional cookies</button></div>
<div class="brand"><b>Lanthorne District Council</b> &nbsp; <a href="/">Home</a><a href="/services">Services</a><a href="/news">News</a><a href="/your-council">Your council</a><a href="/contact">Contact</a> <input placeholder="Search this site"></div>
<div class="page">
<p><small>You are here: <a href="/">Home</a> » <a href="/your-council">Your council</a> » <a href="/foi">Freedom of Information</a> » <a href="/foi/log">Responses we have published</a></small></p>
<h1>Council tax enforcement agents (repeat request)</h1>
<p><b>Reference:</b> LDC-FOI-1456<br><b>Received:</b> 24 February 2025<br><b>Responded:</b> 12 March 2025</p>
<p>Dear</p>
<p>We received your request on 24 February 2025 for the following information:</p>
<blockquote><p>1. How many council tax accounts were referred to enforcement agents in 2024?<br>2. Which enforcement agent companies does the Council use?</p></blockquote>
<p>This request is identical to your request reference LDC-FOI-1302, which the Council received on 6 January 2025 and answered in full on 20 January 2025. In that response we told you that 2,318 accounts were referred in 2024 and named the two enforcement agent companies the Council uses. The information has not changed since then.</p>
<p>Section 14(2) of the Freedom of Information Act 2000 provides that a public authority is not obliged to comply with a request that is identical or substantially similar to a previous request from the same person, unless a reasonable interval has elapsed between compliance with the previous request and the making of the current one. We do not consider that an interval of five weeks is reasonable when the information has not changed, and we are therefore refusing your request under section 14(2).</p>
<p>For ease of reference, our response to LDC-FOI-1302 is available in our disclosure log.</p>
<p>If you are dissatisfied with this decision you may ask for an internal review within 40 working days, and you may then complain to the Information Commissioner under section 50 of the Act.</p>
<p>Yours sincerely,<br>Corporate Information Team<br>Lanthorne District Council</p>
</div>
<div class="foot">Lanthorne District Council, The Guildhall, Lanthorne LT4 1GH · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/cookies">Cookies</a><br>© 2025 Lanthorne District Council</div>
</body></html>"""
    return letter(file="lanthorne-dc-LDC-FOI-1456.html", fmt="html",
                  authority="Lanthorne District Council", reference="LDC-FOI-1456",
                  date="2025-03-12", received="2025-02-24", regime="foia",
                  layout="disclosure-log page, short repeat-request refusal",
                  traps=["repeated request refused under s14(2) for every question", "earlier request reference LDC-FOI-1302 with its own dates and figures", "section 50 in rights boilerplate", "only two questions"],
                  qs=qs, body=body)

# ---------------------------------------------------------------- L24
def l24():
    qs = [
        Q(1, 1, "released", [], "How many public toilets does the Council currently operate?", "11"),
        Q(1, 2, "released", [], "How many public toilets has the Council closed since 2020, and where were they?",
          "Please see the attached spreadsheet, tab 'Closures'."),
        Q(1, 3, "released", [], "What is the annual cost of the public toilet cleaning contract?",
          "Please find the information in the attached spreadsheet, tab 'Costs'."),
        Q(1, 4, "released", [], "Who is the cleaning contractor?", "Bright Facilities Services Ltd."),
        Q(1, 5, "not_held", [], "How many incidents of vandalism were reported at public toilets in 2024?",
          "We do not hold a record of this. Damage is reported to the contractor, who repairs it under the contract without notifying the Council of each incident."),
    ]
    blocks = "".join(f"<tr><td class='n'>{q.num}.</td><td><i>{esc(q.q)}</i><br>{esc(q.a)}</td></tr>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>F-00734</title>
<style>
@page {{ size: A4; margin: 18mm 20mm 26mm 20mm;
  @bottom-center {{ content: "Shared Information Service for Thornbury BC and Wrenshire DC"; font-family: Arial, sans-serif; font-size: 8pt; color: #666; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-family: Arial, sans-serif; font-size: 8pt; color: #666; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }}
.lh {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.lh .a {{ font-size: 14pt; font-weight: bold; color: #6a1b2a; }}
.lh .b {{ font-size: 9pt; text-align: right; color: #444; }}
td {{ vertical-align: top; padding: 4px 4px; }} td.n {{ width: 24px; font-weight: bold; }}
</style></head><body>
<div class="lh"><div class="a">Thornbury Borough Council</div>
<div class="b">Shared Information Service<br>Thornbury Town Hall, Abbey Street<br>Thornbury TB1 2TH<br>information@thornbury-wrenshire.gov.uk</div></div>
<p>Ref: F-00734<br>Date: 13th March 2025</p>
<p>Dear</p>
<p><b>Freedom of Information request – public toilets</b></p>
<p>Thank you for your request received on 13th February 2025 by Thornbury Borough Council. This response is provided by the Thornbury &amp; Wrenshire Shared Information Service on behalf of Thornbury Borough Council only; you sent the same request to Wrenshire District Council, which will reply separately under its own reference (W-00481).</p>
<table>{blocks}</table>
<p>The attached spreadsheet (F-00734 public toilets.xlsx) contains the information for questions 2 and 3.</p>
<p>If you are unhappy with this response you can request an internal review within 40 working days. If you remain unhappy, you can complain to the Information Commissioner.</p>
<p>Kind regards,</p>
<p>Natalie Osei-Grant<br>Information Officer<br>Thornbury &amp; Wrenshire Shared Information Service</p>
</body></html>"""
    return letter(file="thornbury-bc-F-00734.pdf", fmt="pdf-chrome-gs",
                  authority="Thornbury Borough Council", reference="F-00734",
                  date="2025-03-13", received="2025-02-13", regime="foia",
                  layout="interleaved question then answer, answers in an attached spreadsheet",
                  traps=["joint team answering for one of two councils, other council's reference W-00481", "answers elsewhere (attached spreadsheet) are released", "not held for one question", "13th March 2025 date", "Ghostscript re-distilled Chromium PDF"],
                  qs=qs, body=body)

LETTERS += [l19(), l20(), l21(), l22(), l23(), l24()]
