from common import Q, add, esc, paras

# ---------------------------------------------------------------------------
# 13. Prison service executive agency: whole-request cost refusal. Text.
# ---------------------------------------------------------------------------
q = [
    Q("the number of mobile phones found in each prison in 2023 and 2024", "", "refused", ["s12(1)"]),
    Q("the number of drones intercepted over or near each prison in the same years", "", "refused", ["s12(1)"]),
    Q("the number of staff at each prison dismissed for trafficking contraband", "", "refused", ["s12(1)"]),
    Q("for each of the above, the outcome of any police referral", "", "refused", ["s12(1)"]),
]
bul = "\n".join(f"  \u2022 {x.t};" for x in q)
body = f"""Prison and Custody Services Agency
An executive agency of the Ministry of Justice

Data Access and Compliance Unit
Floor 4, 10 Petty Lane
London SW1H 9ZZ

data.access@pcsa.example.gov.uk

5 August 2025

Our Reference: FOI-25-03391


Dear Mr Whitcombe

Freedom of Information Act (FOIA) Request – FOI-25-03391

Thank you for your request dated 8 July 2025 in which you asked for the following information from the
Prison and Custody Services Agency (PCSA):

{bul}

Your request has been handled under the Freedom of Information Act 2000 (FOIA).

I can confirm that the PCSA holds some information that you have requested. However, we estimate that
the cost of complying with your request would exceed the appropriate limit. The appropriate limit for
central government is set at £600. This represents the estimated cost of one or more persons spending
24 hours in determining whether the department holds the information, and locating, retrieving and
extracting it. Section 12(1) of the Act therefore applies to the whole of your request, and the agency
is not obliged to comply with any part of it.

The reason is as follows. Finds of mobile phones and drone interceptions are recorded centrally, but the
outcome of a police referral, and whether a dismissal related to contraband rather than to other
conduct, are recorded only within individual case files. There were 412 conduct dismissals across the
estate in 2023 and 2024. Reviewing each file would take an average of 20 minutes, or around 137 hours,
well in excess of the limit. Because your questions are on the same overarching theme, the costs of
answering them are aggregated.

Advice and assistance

You may wish to submit a refined request. For example, figures for mobile phone finds and drone
incidents by prison are already published in the annual HM Prison and Probation Service Digest, and a
request limited to the number of conduct dismissals (without the police outcome) may be possible within
the cost limit. Please note that even if you narrowed your request, some information about drone
interceptions at individual establishments might be exempt under section 31 (law enforcement); we would
consider that if you submit a new request. Section 16 of the Act requires us to provide reasonable advice
and assistance, and this paragraph is offered on that basis.

Appeal Rights

If you are not satisfied with this response you have the right to an internal review. The handling of
your request will be looked at by someone who was not responsible for the original case, and they will
make a decision as to whether we answered your request correctly. Please write within 40 working days to
the address above. If you remain dissatisfied after an internal review, you have the right of complaint
to the Information Commissioner's Office under section 50 of the FOIA.

Yours sincerely

P. Ndlovu
Data Access and Compliance Unit
"""
add(file="pcsa-FOI-25-03391.txt", fmt="txt",
    authority="Prison and Custody Services Agency", reference="FOI-25-03391",
    date="2025-08-05", received="2025-07-08", regime="foia",
    layout="central-government style letter: unnumbered bullet list of requests, one s12(1) refusal for the whole request with advice and assistance",
    traps=["whole-request cost refusal: every question refused s12(1)", "£600 / 24 hours central government limit with arithmetic",
           "s31 mentioned as future possibility, not applied", "section 16 and section 50 mentioned", "bullets unnumbered",
           "received = date of request"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 14. Probation region: prose by topic; figures given, names withheld. Markdown.
# ---------------------------------------------------------------------------
q = [
    Q("how many approved premises operate in the region", "seven approved premises, with 158 bed spaces", "released"),
    Q("how many residents of approved premises were recalled to custody in 2024", "211", "released"),
    Q("the number of probation staff dismissed for gross misconduct in 2024 and their names and grades", "6", "partially_released", ["s40(2)"]),
    Q("the number of Serious Further Offence reviews completed in 2024 and the names of the probation practitioners responsible for the cases",
      "38", "partially_released", ["s40(2)"]),
    Q("the addresses of the approved premises", "", "withheld", ["s38(1)(a)", "s38(1)(b)"]),
    Q("the vacancy rate for probation officers in each probation delivery unit", "", "released"),
]
body = f"""**Probation Service – Severn and Marches Region**
Regional Business Unit · Shirehall Chambers · Abbey Foregate · Shrewsbury SY99 6LY

OFFICIAL

Ref: SMR/FOI/2025/144
Date: 18 June 2025

Dear Ms Adebayo,

**Re: Your request for information – approved premises, misconduct and Serious Further Offences**

Thank you for your request, which we received on 21 May 2025. You asked for {q[0].t}, {q[1].t}, {q[2].t}, {q[3].t}, {q[4].t}, and {q[5].t}. We have handled your request under the Freedom of Information Act 2000 (FOIA).

### Approved premises

The region has {q[0].a}. In 2024, {q[1].a} residents were recalled to custody while living in approved premises; most recalls followed breaches of curfew or of exclusion zones rather than further offending.

We are not able to give you the addresses of the approved premises. Although some local communities are aware of them, the region does not publish the locations, and disclosing them in response to an FOI request – which is a disclosure to the world – would be likely to endanger the physical and mental health and the safety of residents and staff, who have been targeted in the past. The addresses are therefore withheld under section 38(1)(a) and (b) of the FOIA. In considering the public interest we took into account the legitimate interest of communities in knowing how offenders are managed locally; this is addressed by the local Multi-Agency Public Protection Arrangements annual report. The public interest in protecting residents and staff from harm is stronger.

### Staff misconduct and Serious Further Offences

Six members of staff (6) were dismissed for gross misconduct in 2024: two probation officers, three probation services officers and one administrative officer. We completed {q[3].a} Serious Further Offence reviews during 2024. We have not provided the names of the dismissed staff, or the names of the practitioners responsible for the cases reviewed. These are personal data, and the individuals concerned would have no reasonable expectation that their names would be released to the world in connection with disciplinary outcomes or case reviews; disclosure would be unfair and would breach the first data protection principle. The names are exempt under section 40(2) of the FOIA.

### Vacancy rates

The vacancy rates for probation officers at 31 March 2025, by probation delivery unit, were: Shropshire 9.1%; Herefordshire 14.3%; Worcestershire 11.6%; Gloucestershire 7.4%; Telford and Wrekin 16.8%.

### Your right to complain

If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may apply to the Information Commissioner.

Yours sincerely,

*Gareth Lloyd-Pryce*
Head of Business Assurance, Severn and Marches Region
"""
add(file="probation-severn-marches-SMR-FOI-2025-144.md", fmt="md",
    authority="Probation Service – Severn and Marches Region", reference="SMR/FOI/2025/144",
    date="2025-06-18", received="2025-05-21", regime="foia",
    layout="probation region letter: request in one long sentence, prose answers under topic headings (markdown)",
    traps=["questions never numbered", "answers regrouped by topic, not request order (addresses answered with Q1-2)",
           "two partial releases: counts given, names withheld s40(2) in one paragraph",
           "s38(1)(a)(b) written as 'section 38(1)(a) and (b)'", "OFFICIAL marking", "number written as 'Six ... (6)'"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 15. Arts body: request in an automatically numbered list, answers out of
#     order ("In answer to point 3"). DOCX.
# ---------------------------------------------------------------------------
q = [
    Q("A list of organisations that received National Portfolio funding in 2024/25 and the amount each received.", "", "released", ["s21(1)"]),
    Q("The number of applications to the Open Project Fund that were rejected in 2024/25.", "412 of 655 applications were unsuccessful.", "released"),
    Q("The assessment scores and assessor comments for the application made by Rushcliffe Street Theatre Collective in round 3.", "", "withheld", ["s41(1)", "s43(2)"]),
    Q("The names of the external assessors used for the Open Project Fund.", "", "partially_released", ["s40(2)"]),
    Q("Any emails between the Council and the Department for Culture, Media and Sport about the 2025/26 funding settlement.", "", "withheld", ["s36(2)(b)(ii)"]),
    Q("The total expenses claimed by the Chair in 2024/25.", "£2,184.60 (rail travel £1,512.40; accommodation £498.00; subsistence £174.20).", "released"),
]
req = "\n".join(f"<li>{esc(x.t)}</li>" for x in q)
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>PAC/IG/25/061</title>
<style>body{{font-family:'Liberation Serif';font-size:11.5pt}}</style></head><body>
<p><font size="6"><b>Pennine Arts Council</b></font><br><i>Investing in creativity across the Pennines</i></p>
<p>Information Governance<br>The Dyeworks, 2 Canal Wharf<br>Hebden Bridge HX99 8AR</p>
<p>16.07.2025</p>
<p>PAC/IG/25/061</p>
<p>Dear Ms Stokes,</p>
<p><b>Your information request</b></p>
<p>Thank you for your email of 18 June 2025, in which you requested:</p>
<ol>
{req}
</ol>
<p>I have dealt first with the points on which we can give you information, and then with those we are withholding.</p>
<p><b>In answer to point 2</b>, {q[1].a}</p>
<p><b>In answer to point 6</b>, the Chair claimed expenses of {q[5].a} All expenses claimed by the Chair and Board members are
also published quarterly.</p>
<p><b>On your first point</b>, the full list of National Portfolio Organisations and their 2024/25 grants is published as a spreadsheet on our
website (https://penninearts.example.org.uk/funding/npo-data). Because it is reasonably accessible to you, it is exempt under section 21(1) of the
Freedom of Information Act 2000 and I have not attached a copy.</p>
<p><b>In answer to point 4</b>, we used 23 external assessors for the Open Project Fund in 2024/25. Their names are withheld under section 40(2):
assessors are engaged on the basis that their identity will not be disclosed, to protect them from lobbying and from contact by disappointed
applicants, and disclosure would not be fair or lawful.</p>
<p><b>In answer to point 3</b>, we hold the scores and comments but they are withheld under section 41(1) (information provided in confidence)
and section 43(2) (commercial interests). The application was submitted in confidence, and the assessment discusses the applicant's financial
position and business plan; disclosure would be an actionable breach of confidence and would be likely to prejudice the organisation's
commercial interests. We have considered the public interest in accountability for grant decisions; the applicant has been given full feedback
directly, and we do not consider that the public interest in disclosure outweighs the interests protected.</p>
<p><b>Finally, in answer to point 5</b>, we hold email exchanges with DCMS officials between January and March 2025. In the reasonable opinion of
our qualified person, the Chief Executive, disclosure would be likely to inhibit the free and frank exchange of views for the purposes of
deliberation, and the information is withheld under section 36(2)(b)(ii). The settlement for 2025/26 and future years is still being discussed.
The public interest in maintaining the exemption outweighs the public interest in disclosure at present.</p>
<p>If you are unhappy with this response you may ask for an internal review within two months. You may then complain to the Information
Commissioner's Office.</p>
<p>With best wishes,</p>
<p>Priya Mistry<br>Information Governance Lead<br>Pennine Arts Council</p>
</body></html>"""
add(file="pennine-arts-PAC-IG-25-061.docx", fmt="docx",
    authority="Pennine Arts Council", reference="PAC/IG/25/061",
    date="2025-07-16", received="2025-06-18", regime="foia",
    layout="request restated in an automatically numbered Word list; answers keyed 'In answer to point N' out of order (DOCX)",
    traps=["HARD: answers out of numerical order (2, 6, 1, 4, 3, 5)", "question numbers exist only as automatic list numbering",
           "'On your first point' instead of a number", "partial release: number of assessors given, names withheld s40(2)",
           "s41(1) and s43(2) together", "dotted date 16.07.2025", "reference line without a label"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 16. Museum disclosure-log HTML page.
# ---------------------------------------------------------------------------
q = [
    Q("How many requests for the return (repatriation) of objects has the Museum received since 1 January 2020?", "Three", "released"),
    Q("Please provide correspondence with the government of the Republic of Kalmera about the Asante-Kal bronze plaques.", "", "withheld", ["s27(1)(a)"]),
    Q("What is the insurance valuation of the Holbeach gold torc?", "", "withheld", ["s31(1)(a)", "s43(2)"]),
    Q("How many people visited the Museum in 2024/25?", "", "released", ["s22(1)"]),
    Q("What was the Museum's acquisitions budget in 2024/25?", "£145,000, of which £96,500 was spent.", "released"),
]
body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>FOI disclosure log | National Museum of Coastal Life</title>
<style>body{{margin:0;font-family:'Trebuchet MS',sans-serif}} .site{{background:#12263a;color:#f4d35e;padding:16px}} .site a{{color:#fff;margin-right:10px}}
#cc{{background:#f4d35e;padding:8px 16px}} .path{{font-size:12px;padding:6px 16px}} main{{padding:4px 16px 20px;max-width:820px}}
.meta td{{padding:2px 10px 2px 0}} footer{{background:#12263a;color:#aab;padding:16px;font-size:12px}}</style></head><body>
<div id="cc">🍪 We'd like to use cookies to understand how you use our website. <a href="#">Yes, that's fine</a> &nbsp; <a href="#">No thanks</a></div>
<div class="site"><b>NATIONAL MUSEUM OF COASTAL LIFE</b><br><a href="#">Visit</a><a href="#">Exhibitions</a><a href="#">Collections</a><a href="#">Learning</a><a href="#">Support us</a><a href="#">Shop</a></div>
<div class="path">Home » About the Museum » Corporate information » Freedom of Information » Disclosure log</div>
<main>
<h2>Repatriation requests, insurance valuations and visitor numbers</h2>
<table class="meta"><tr><td>Ref.</td><td>NMCL/FOI/0059</td></tr><tr><td>Request date</td><td>5 February 2025</td></tr><tr><td>Reply date</td><td>4 March 2025</td></tr><tr><td>Outcome</td><td>Partly released</td></tr></table>
<p>Thank you for contacting the National Museum of Coastal Life. We have considered your request under the Freedom of Information Act 2000.</p>
<p><i>(a) {q[0].t}</i><br>{q[0].a}. Two concern objects in the ethnography collection and one concerns human remains; all three are under consideration by the Board of Trustees.</p>
<p><i>(b) {q[1].t}</i><br>We hold this correspondence. It is withheld under section 27(1)(a) of the Act, as its disclosure would be likely to prejudice
relations between the United Kingdom and another State. The discussions are at a sensitive stage and are being conducted with the involvement of the
Foreign, Commonwealth and Development Office. We considered the public interest in transparency about repatriation but concluded that it is outweighed by the
public interest in allowing the discussions to proceed constructively.</p>
<p><i>(c) {q[2].t}</i><br>This is withheld under section 31(1)(a) (prevention of crime) and section 43(2) (commercial interests). Publishing the
valuation of an individual high-value object would identify it as a target for theft, and would prejudice the Museum's negotiations with insurers and
under the Government Indemnity Scheme.</p>
<p><i>(d) {q[3].t}</i><br>Visitor figures for 2024/25 will be published in the Museum's Annual Report and Accounts, which will be laid before Parliament in
July 2025. We are therefore applying section 22(1) (information intended for future publication). Monthly figures for earlier years are already published by DCMS.</p>
<p><i>(e) {q[4].t}</i><br>{q[4].a}</p>
<p>You have the right to ask for an internal review of this decision within 40 working days, and then to complain to the Information Commissioner.</p>
<p>Corporate Governance Office</p>
</main>
<footer>National Museum of Coastal Life · Harbour Road, Whitstable CT99 1NM · Registered charity (exempt) · <a href="#">Accessibility</a> · <a href="#">Privacy &amp; cookies</a> · <a href="#">Modern slavery statement</a></footer>
</body></html>"""
add(file="nmcl-NMCL-FOI-0059.html", fmt="html",
    authority="National Museum of Coastal Life", reference="NMCL/FOI/0059",
    date="2025-03-04", received="2025-02-05", regime="foia",
    layout="museum disclosure-log page: lettered questions (a)-(e) in italics each followed by the answer",
    traps=["lettered questions numbered 1..5", "number written as a word ('Three')", "s27(1)(a) international relations",
           "s31(1)(a) with s43(2)", "s22(1) future publication counts as released", "'Outcome: Partly released' in metadata",
           "cookie banner with emoji, footer"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 17. Scottish health board under FOISA. Chromium PDF.
# ---------------------------------------------------------------------------
q = [
    Q("How many locum consultants did the Board engage in 2024?", "47", "released"),
    Q("What was the total spend on locum consultants in 2024?", "£9,862,000", "released"),
    Q("Which agencies supplied locum consultants, and what hourly rates did the Board pay each agency?", "", "partially_released", ["foisa:s33(1)(b)"]),
    Q("How many consultant posts were vacant at 31 December 2024?", "", "released", ["foisa:s25(1)"]),
    Q("Has any disciplinary action been taken against Dr R. Fenwick, consultant in general surgery?", "", "ncnd", ["foisa:s18(1)", "foisa:s38(1)(b)"]),
    Q("How many Never Events occurred in the Board's hospitals in 2024?", "", "not_held", ["foisa:s17(1)"]),
    Q("Please provide the minutes of the Staff Governance Committee meeting of 11 March 2025.", "", "released", ["foisa:s27(1)"]),
]
R = [
    f"The Board engaged {q[0].a} locum consultants during 2024.",
    f"Total expenditure on locum consultants in 2024 was {q[1].a}.",
    "Locum consultants were supplied by Caledonian Medical Locums Ltd, Thistle Locum Partners and MedStaff Scotland. The hourly rates paid to each "
    "agency are withheld under section 33(1)(b) of FOISA, as disclosure would, or would be likely to, prejudice substantially the commercial interests "
    "of the agencies and of the Board. Rates above the national framework cap are agreed case by case, and their release would weaken the Board's "
    "position in future negotiations. We have considered the public interest and, although there is an interest in transparency over agency costs, "
    "this is largely met by the information provided in response to question 2.",
    "Consultant vacancy figures for every NHS Scotland board are published quarterly by NHS Education for Scotland (NES) as official statistics. Under "
    "section 25(1) of FOISA, we are not required to provide information that is otherwise accessible: see https://turasdata.nes.example.scot/workforce "
    "(table 4, quarter ending 31 December 2024).",
    "NHS Ardmore can neither confirm nor deny whether it holds the information you have requested. Section 18(1) of FOISA allows a public authority to "
    "refuse to reveal whether information exists or is held where, if it did exist and were held, it could be withheld under one of a list of exemptions, "
    "and where revealing whether it exists or is held would be contrary to the public interest. If the information existed and were held, it would be "
    "exempt under section 38(1)(b) of FOISA (personal information). The Board considers that revealing whether any such information exists would "
    "itself disclose personal data about a named individual, and that it would be contrary to the public interest to do so.",
    "The Board does not record Never Events as a separate category; adverse events are classified using the national Learning from Adverse Events "
    "framework, which does not use the Never Events list. Under section 17(1) of FOISA, this letter serves as notice that the information is not held.",
    "The minutes will be published on our website once they have been approved at the Committee's next meeting on 10 June 2025. The Board intends to "
    "publish them within 12 weeks of your request, so we are applying section 27(1) of FOISA (information intended for future publication).",
]
blocks = "".join(f"<div class='item'><div class='qq'>Question {i}</div><p><b>{esc(x.t)}</b></p><p>{R[i-1]}</p></div>" for i, x in enumerate(q, 1))
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>ARD-FOI-2025-00781</title>
<style>@page{{size:A4;margin:16mm 18mm 20mm 18mm}} body{{font-family:Arial,sans-serif;font-size:10pt}} .nhs{{float:right;background:#005eb8;color:#fff;font-weight:bold;padding:4px 10px;font-size:16pt}}
.head td{{font-size:9pt;padding:1px 8px 1px 0}} .qq{{font-weight:bold;color:#005eb8;border-bottom:1px solid #005eb8;margin-top:10px}} .item{{page-break-inside:avoid}}
.foot{{font-size:8pt;color:#444;margin-top:18px}}</style></head><body>
<div class="nhs">NHS Ardmore</div>
<p style="font-size:9pt">Corporate Records &amp; FOI<br>Ardmore House, Lochside Road<br>Oban PA99 4NA</p>
<table class="head"><tr><td>Date</td><td>20/05/2025</td></tr><tr><td>Your Ref</td><td>—</td></tr><tr><td>Our Ref</td><td>ARD-FOI-2025-00781</td></tr>
<tr><td>Enquiries to</td><td>Morag Sinclair</td></tr><tr><td>Email</td><td>ardmore.foi@nhs.example.scot</td></tr></table>
<p>Dear Requester</p>
<p><b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION</b></p>
<p>I refer to your request for information, received by NHS Ardmore on 23/04/2025. Your request has been dealt with under the Freedom of
Information (Scotland) Act 2002 (FOISA). Your questions and our responses are set out below.</p>
{blocks}
<p>If you are unhappy with this response, you are entitled to ask us to review it within 40 working days. Write to the Head of Corporate Records
at the address above. If you are still dissatisfied after our review, you have the right to apply to the Scottish Information Commissioner for a decision
under section 47(1) of FOISA: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS.</p>
<p>Yours sincerely</p>
<p>Morag Sinclair<br>FOI Officer</p>
<p class="foot">NHS Ardmore is the common name of Ardmore Health Board. Disclosure log: responses are published on our website.</p>
</body></html>"""
add(file="nhs-ardmore-ARD-FOI-2025-00781.pdf", fmt="pdf-chrome",
    authority="NHS Ardmore", reference="ARD-FOI-2025-00781",
    date="2025-05-20", received="2025-04-23", regime="foisa",
    layout="FOISA letter: 'Question N' headings with the question in bold and the answer below (Chromium PDF)",
    traps=["FOISA provisions with foisa: prefix", "NCND under s18(1) read with s38(1)(b) explained at length",
           "partial release: agencies named, rates withheld s33(1)(b)", "s17(1) notice that information not held",
           "s25(1) and s27(1) signposting count as released", "section 47(1) in appeal boilerplate", "dd/mm/yyyy dates"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 18. Scottish council: two parts (EIRS roads, FOISA schools), numbering
#     restarts in automatically numbered lists. DOCX.
# ---------------------------------------------------------------------------
p1 = [
    Q("How many pothole damage claims did the Council receive in 2024?", "1,906 claims", "released"),
    Q("How much compensation was paid on those claims?", "£214,380 was paid on 611 successful claims.", "released"),
    Q("Please provide the latest road condition survey results for the B8074 Glen Corran road.", "", "released", ["reg6(1)(b)"]),
    Q("What rates does the Council pay its surfacing contractor per square metre?", "", "withheld", ["reg10(5)(e)"]),
]
p2 = [
    Q("How many teachers were on long-term sickness absence (more than four weeks) on 1 March 2025?", "83 teachers (FTE 78.2)", "released"),
    Q("Please name any head teachers suspended in the 2024/25 school year.", "", "ncnd", ["foisa:s18(1)", "foisa:s38(1)(b)"]),
    Q("What was the cost of supply teachers in 2024/25?", "£3,117,450 (to 30 June 2025)", "released"),
    Q("How many additional support needs assistant posts were removed in the 2025/26 budget?", "", "not_held", ["foisa:s17(1)"]),
]
A1 = [
    f"The Council received {p1[0].a}.",
    p1[1].a,
    "The Council's Scottish Road Maintenance Condition Survey (SRMCS) results for all classified roads, including the B8074, are published on our website, "
    "and the information is therefore otherwise publicly available and easily accessible to you. Under regulation 6(1)(b) of the EIRs we are not required "
    "to make it available in another form: https://glencorran.example.gov.uk/roads/condition-survey.",
    "This information is withheld under regulation 10(5)(e) of the EIRs (confidentiality of commercial or industrial information). The rates form part of a "
    "schedule of rates tendered in confidence; their disclosure would substantially prejudice the contractor's legitimate economic interests and the Council's "
    "ability to obtain value for money in the re-tender due in 2026. Having applied the presumption in favour of disclosure in regulation 10(2), we consider the "
    "public interest in maintaining the exception outweighs that in making the information available.",
]
A2 = [
    f"There were {p2[0].a} on long-term sickness absence on that date.",
    "The Council can neither confirm nor deny whether it holds this information. In terms of section 18(1) of FOISA, read with section 38(1)(b), we are not "
    "required to reveal whether the information exists or is held, as any such information would be personal data of the individuals concerned, and "
    "revealing whether it exists would itself disclose personal data and be contrary to the public interest.",
    f"The cost of supply teachers in 2024/25 was {p2[2].a}.",
    "No posts were removed as a specific budget decision; support staffing is allocated to schools through a devolved formula and head teachers decide how "
    "to deploy it. The Council therefore does not hold this information, and in terms of section 17(1) of FOISA this letter gives notice that it is not held.",
]
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>GCC-FOI-0412-25</title>
<style>body{{font-family:'Liberation Sans';font-size:10.5pt}}</style></head><body>
<p align="center"><b><font size="5">GLEN CORRAN COUNCIL</font></b><br>Comhairle Ghleann Corrain<br>Council Offices, Mill Street, Kinlochcorran PH99 5GC</p>
<p>Information Management Team<br>Date: 22 August 2025<br>Reference: GCC-FOI-0412-25</p>
<p>Dear Mr Buchanan</p>
<p><b>Request for information – roads and school staffing</b></p>
<p>Thank you for your request received on 25 July 2025. Part 1 of your request relates to the condition of roads and has been dealt with under the
Environmental Information (Scotland) Regulations 2004 (the EIRs). Part 2 has been dealt with under the Freedom of Information (Scotland) Act 2002 (FOISA).</p>
<p><b>Part 1 – Roads</b></p>
<p>You asked:</p>
<ol>{''.join(f'<li>{esc(x.t)}</li>' for x in p1)}</ol>
<p>Our response:</p>
<ol>{''.join(f'<li>{a}</li>' for a in A1)}</ol>
<p><b>Part 2 – School staffing</b></p>
<p>You asked:</p>
<ol>{''.join(f'<li>{esc(x.t)}</li>' for x in p2)}</ol>
<p>Our response:</p>
<ol>{''.join(f'<li>{a}</li>' for a in A2)}</ol>
<p><b>Your right to request a review</b></p>
<p>If you are unhappy with this response you may ask the Council to review it within 40 working days (for Part 1, under regulation 16 of the EIRs; for
Part 2, under section 20 of FOISA). If you remain dissatisfied you may apply to the Scottish Information Commissioner.</p>
<p>Yours sincerely</p>
<p>Fiona MacAskill<br>Information Management Officer</p>
</body></html>"""
add(file="glen-corran-council-GCC-FOI-0412-25.docx", fmt="docx",
    authority="Glen Corran Council", reference="GCC-FOI-0412-25",
    date="2025-08-22", received="2025-07-25", regime="foisa",
    layout="two parts (EIRs and FOISA), each with 'You asked' and 'Our response' automatically numbered lists that restart at 1 (DOCX)",
    traps=["parts with restarting automatic numbering", "mixed regimes in one letter: Scottish EIRs reg6(1)(b), reg10(5)(e) and FOISA",
           "NCND s18(1) read with s38(1)(b)", "s17(1) not-held notice", "regulation 10(2), regulation 16 and section 20 mentioned but not applied",
           "Gaelic name in letterhead"],
    parts=[p1, p2], body=body)
