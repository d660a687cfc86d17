"""Batch b45: 24 fictional response letters.  Every authority, person, figure,
reference and web address here is invented.

Each letter is a dict: file, fmt, authority, reference, date (ISO, the response
date), received (ISO or ""), regime, layout, traps, qs (the truth: one entry per
question with id, text, answer, stance, exemptions) and blocks (the rendered
content, built from the same qs).
"""
import html as _html


def Q(part, n, text, a, stance, ex=()):
    return {"id": f"P{part}.Q{n}", "part": part, "n": n, "text": text, "a": a,
            "stance": stance, "ex": list(ex)}


def part(p, items):
    return [Q(p, i + 1, *it) for i, it in enumerate(items)]


# =====================================================================
# 01  Welsh university health board: two-column table, soffice PDF
# =====================================================================
def l01():
    qs = part(1, [
        ("Total expenditure on agency nursing (registered nurses and healthcare support workers) for each of the "
         "financial years 2021/22, 2022/23 and 2023/24.",
         "2021/22: £14,206,551\n2022/23: £19,884,102\n2023/24: £16,310,947\nFigures include on-framework and "
         "off-framework agency and exclude VAT.",
         "released"),
        ("The names of the nursing agencies used in 2023/24 and the hourly rate paid to each agency.",
         "The Health Board used eleven agencies in 2023/24. The five with the highest spend were Cymru Care Staffing "
         "Ltd, Brightwell Nursing Ltd, Harbour Medical Recruitment, Nightingale Direct and Teme Healthcare Personnel; "
         "the full list of eleven is given in Appendix B. The hourly rates paid to individual agencies are withheld "
         "under section 43(2) of the Act (commercial interests) – see the explanation below this table.",
         "partially_released", ["s43(2)"]),
        ("The number of agency shifts filled by nurses who had been employed substantively by the Health Board in the "
         "previous 12 months.",
         "The Health Board does not hold this information. Agency workers' previous employment history is not "
         "recorded on the e-rostering system or by the Temporary Staffing Department.",
         "not_held"),
        ("The number of bank shifts requested and the number filled, for each ward at Ysbyty Glanhafren, in December "
         "2024.",
         "Please see Appendix A (attached), which lists the shifts requested and filled by ward for December 2024.",
         "released"),
        ("A copy of any rebate or volume-discount agreement between the Health Board and any nursing agency.",
         "We hold one volume-rebate agreement. It is withheld in full under section 43(2) of the Act – see below.",
         "withheld", ["s43(2)"]),
        ("The Health Board's policy on the use of off-framework agencies.",
         "The Temporary Staffing Escalation Procedure (version 4) is published at "
         "https://glanhafren.nhs.example/policies/temporary-staffing. As it is reasonably accessible to you, it is "
         "exempt under section 21 of the Act.",
         "released", ["s21"]),
    ])
    rows = [[f"{q['n']}. {q['text']}", q["a"]] for q in qs]
    blocks = [
        ("lines", ["**Bwrdd Iechyd Prifysgol Glanhafren**", "**Glanhafren University Health Board**"], {"cls": "lh"}),
        ("lines", ["Pencadlys / Headquarters", "Ysbyty Glanhafren, Heol yr Afon", "Trefaldwyn / Montgomery",
                   "SY99 4GH"], {"cls": "addr"}),
        ("lines", ["Ein cyf / Our ref: GUHB/FOI/25/0113", "Dyddiad / Date: 14 Chwefror 2025 / 14 February 2025",
                   "Ymholiadau / Enquiries: Rhian Prydderch", "E-bost / Email: foi.glanhafren@wales.nhs.example"]),
        ("p", "Annwyl / Dear"),
        ("h", "Freedom of Information Act 2000 – agency and bank nursing", 3),
        ("p", "Thank you for your request for information, which the Health Board received on 20 January 2025. "
              "Your questions and our responses are set out in the table below."),
        ("table", ["Your request", "Health Board response"], rows, {"widths": ["45%", "55%"]}),
        ("h", "Section 43(2) – commercial interests (questions 2 and 5)", 4),
        ("p", "Section 43(2) exempts information whose disclosure would, or would be likely to, prejudice the "
              "commercial interests of any person, including the Health Board. Agency rates and the rebate "
              "agreement were negotiated individually; releasing them would weaken the Health Board's position in "
              "the All-Wales framework re-tender due later this year and would harm the agencies' ability to compete."),
        ("p", "Factors favouring disclosure: transparency in the use of public money and the public interest in "
              "reducing agency expenditure. Factors favouring non-disclosure: protecting the Health Board's ability "
              "to secure value for money and the fairness of the forthcoming procurement. On balance we consider "
              "the public interest favours withholding the information at this time."),
        ("p", "For completeness, we considered whether section 40(2) (personal information) might apply to the "
              "agency names. As the agencies are companies rather than individuals it does not, and the names have "
              "been released."),
        ("h", "Your right to complain", 4),
        ("p", "If you are dissatisfied with this response you may ask for an internal review within 40 working days "
              "of the date of this letter by writing to the Head of Information Governance at the address above. If "
              "you remain dissatisfied you may apply to the Information Commissioner under section 50 of the Act: "
              "Information Commissioner's Office – Wales, Cardiff."),
        ("p", "Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ateb gohebiaeth yn Gymraeg heb oedi. "
              "We welcome correspondence in Welsh; it will not lead to a delay."),
        ("lines", ["Yn gywir / Yours sincerely", "", "Rhian Prydderch",
                   "Rheolwr Llywodraethu Gwybodaeth / Information Governance Manager"]),
    ]
    css = """body{font-family:'Liberation Sans',Arial;font-size:10.5pt} .lh{font-size:14pt;color:#005a8c;text-align:right}
    .addr{text-align:right;font-size:9pt} th{background:#dbe9f4;text-align:left} td{font-size:10pt}"""
    return dict(file="glanhafren-uhb-foi-25-0113.pdf", fmt="pdf-soffice",
                authority="Glanhafren University Health Board", reference="GUHB/FOI/25/0113",
                date="2025-02-14", received="2025-01-20", regime="foia",
                layout="table (question | response), Word-style table exported by LibreOffice",
                traps=["bilingual Welsh/English letterhead and date line", "table cells wrap over several lines",
                       "partial release: agency names given, rates withheld s43(2)",
                       "s40(2) considered but not applied", "answer in attached appendix",
                       "s21 signposting"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 02  Scottish health board, FOISA, plain text, Request n / Response
# =====================================================================
def l02():
    qs = part(1, [
        ("How many patients were recorded as delayed discharges at Inverallan Royal Infirmary at each monthly census "
         "point in 2024?",
         "January 41; February 38; March 44; April 35; May 31; June 29; July 33; August 36; September 40; "
         "October 47; November 52; December 49.",
         "released"),
        ("Of those, how many delays were attributed to a lack of care home places, broken down by the local authority "
         "responsible?",
         "NHS Ardmhor does not hold this information. Delay reason codes are recorded nationally at a higher level "
         "and do not identify care home availability, and the Board does not record the responsible local authority "
         "against each delay. In terms of section 17(1) of FOISA, this letter gives you notice that the information "
         "is not held.",
         "not_held", ["foisa:s17(1)"]),
        ("How many patients died in hospital while their discharge was delayed during 2024, broken down by ward?",
         "The total for Inverallan Royal Infirmary in 2024 was 9. The breakdown by ward is withheld under section "
         "38(1)(b) of FOISA: with numbers this small, and ward and month known, individual patients could be "
         "identified by relatives, staff and the local community, and disclosure would breach the data protection "
         "principles. This is an absolute exemption and no public interest test applies.",
         "partially_released", ["foisa:s38(1)(b)"]),
        ("What was the average length of a delayed discharge, in days, in 2024?",
         "This is published by Public Health Scotland in its monthly Delayed Discharges in NHSScotland release, "
         "available at https://publichealthscotland.example/delayed-discharges. Under section 25(1) of FOISA we "
         "are not required to provide information that is otherwise reasonably accessible to you.",
         "released", ["foisa:s25(1)"]),
        ("Please list the locum agencies that supplied consultants to the Board in 2024 and the total paid to each.",
         "Agencies used in 2024: Northlight Medical Ltd, Caledonian Locums, Rowan Clinical Staffing and Medibridge "
         "Scotland. Total locum consultant agency expenditure was £6,732,118. The amount paid to each agency is "
         "withheld under section 33(1)(b) of FOISA (commercial interests). Release would reveal each agency's "
         "pricing ahead of the national framework renewal and would be likely to prejudice substantially both the "
         "agencies' and the Board's commercial interests. We have concluded that the public interest in "
         "maintaining the exemption outweighs that in disclosure.",
         "partially_released", ["foisa:s33(1)(b)"]),
        ("How many locum consultants have been engaged continuously for more than 12 months?",
         "Nil. No locum consultant has been engaged by the Board for a continuous period of more than 12 months.",
         "released"),
        ("Please provide the Board's Workforce Plan 2025-28.",
         "The Workforce Plan 2025-28 will be published on our website following Board approval in April 2025. "
         "We are therefore applying section 27(1) of FOISA (information intended for future publication). The "
         "link will be https://ardmhor.scot.nhs.example/workforce once published.",
         "released", ["foisa:s27(1)"]),
    ])
    blocks = [
        ("lines", ["NHS ARDMHOR", "Corporate Services", "Larchfield House", "Inverallan", "IV99 2QQ"]),
        ("lines", ["Tel: 01463 000 417", "Email: ardmhor.foi@nhs.scot.example"]),
        ("lines", ["Date: 3 March 2025", "Our Ref: AMH-FOI-2025-0412", "Enquiries to: Freedom of Information Team"]),
        ("p", "Dear"),
        ("p", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA) – DELAYED DISCHARGES AND LOCUM CONSULTANTS"),
        ("p", "Thank you for your request dated 7 February 2025, which NHS Ardmhor received on 10/02/2025. "
              "I am now able to respond. Each of your questions is repeated below, followed by the Board's "
              "response."),
    ]
    for q in qs:
        blocks.append(("p", f"Request {q['n']}: {q['text']}"))
        blocks.append(("p", f"Response: {q['a']}"))
    blocks += [
        ("p", "If you are unhappy with our response, you can ask us to carry out a review by writing to the "
              "Director of Corporate Services at the address above within 40 working days of receiving this letter "
              "(section 20(1) of FOISA). If you are still dissatisfied after the review you can appeal to the "
              "Scottish Information Commissioner under section 47(1) of FOISA; information about how to do this is "
              "on the Commissioner's website."),
        ("p", "Please quote the reference above in any correspondence about this request."),
        ("lines", ["Yours sincerely", "", "Freedom of Information Team", "NHS Ardmhor"]),
    ]
    return dict(file="nhs-ardmhor-foi-2025-0412.txt", fmt="txt", width=78,
                authority="NHS Ardmhor", reference="AMH-FOI-2025-0412", date="2025-03-03",
                received="2025-02-10", regime="foisa",
                layout="interleaved: 'Request n:' followed by 'Response:'",
                traps=["FOISA provisions (s17 not-held notice, s25, s27, s33, s38)",
                       "request date and received date both given", "'Nil' is a released zero",
                       "partial releases: totals given, breakdowns withheld",
                       "complaint boilerplate cites s20(1) and s47(1)"],
                qs=qs, blocks=blocks)


# =====================================================================
# 03  Mayoral combined authority: restate then answer, DOCX list numbering
# =====================================================================
def l03():
    qs = part(1, [
        ("The total amount paid to external consultants in connection with the bus franchising assessment since "
         "1 April 2022.",
         "£2,418,600 (excluding VAT) up to 31 January 2025.", "released"),
        ("The names of the consultancy firms engaged.",
         "Harrowgate Transport Economics LLP; Pell & Strand Advisory Ltd; Quayline Legal LLP.", "released"),
        ("The value of each consultancy contract.",
         "The combined value is given in our answer to Q1. The value of each individual contract is withheld under "
         "section 43(2) of the FOIA (commercial interests), because the next phase of work is being procured and "
         "disclosure of the individual prices would be likely to prejudice that procurement. The public interest "
         "test is set out at the end of this letter.",
         "partially_released", ["s43(2)"]),
        ("Copies of any legal advice provided to the Mayor on the risk of a judicial review of the franchising "
         "decision.",
         "We hold legal advice within the scope of this question. It is withheld in full under section 42(1) of "
         "the FOIA (legal professional privilege). The advice was provided by counsel in contemplation of possible "
         "litigation, privilege has not been waived, and the public interest in the Authority being able to obtain "
         "frank legal advice outweighs the interest in disclosure.",
         "withheld", ["s42(1)"]),
        ("The projected patronage figures for 2030 used in the assessment.",
         "The patronage forecasts will be published as part of the Full Business Case in June 2025. This part of "
         "your request is therefore exempt under section 22(1) of the FOIA (information intended for future "
         "publication); we have considered the public interest and it favours publishing the forecasts as a whole, "
         "with their assumptions, on the planned date.",
         "released", ["s22(1)"]),
        ("The number of complaints received from bus operators about the franchising consultation.",
         "The Authority does not hold this information. Consultation responses were analysed by theme and operator "
         "responses were not recorded as complaints.",
         "not_held"),
        ("The dates of any meetings between the Mayor and bus operators during 2024.",
         "12 March 2024, 9 July 2024 and 4 November 2024.", "released"),
        ("The names and job titles of the officers on the franchising programme board.",
         "The board is chaired by the Director of Transport and its members include the Head of Bus Reform, the "
         "Chief Finance Officer and the Monitoring Officer, whose names are published on our website. The names of "
         "the remaining officers, who are below Director level, are withheld under section 40(2) of the FOIA; their "
         "job titles are: Franchising Programme Manager, Senior Finance Business Partner, Commercial Lead and "
         "Communications Manager.",
         "partially_released", ["s40(2)"]),
    ])
    blocks = [
        ("lines", ["GREYHAVEN COMBINED AUTHORITY", "Mayor of Greyhaven"], {"cls": "lh"}),
        ("lines", ["Mayoral Office, 1 Quayside Exchange, Greyhaven GH1 7AA"], {"cls": "addr"}),
        ("lines", ["Reference: GCA-FOI-2025-0087", "Date: 27/03/2025"]),
        ("p", "Dear Requester,"),
        ("h", "Your request for information – bus franchising assessment", 3),
        ("p", "We received your request on 28 February 2025. It has been handled under the Freedom of Information "
              "Act 2000 (FOIA). I note you seek access to the following information:"),
        ("ol", [q["text"] for q in qs]),
        ("h", "Our response", 3),
        ("p", "Greyhaven Combined Authority holds some of the information you have requested. We have answered each "
              "question in turn below."),
    ]
    for q in qs:
        blocks.append(("p", f"**Q{q['n']}:** {q['a']}"))
    blocks += [
        ("h", "Public interest test – section 43(2)", 4),
        ("p", "In favour of disclosure: accountability for significant expenditure on the franchising programme. "
              "Against disclosure: the Authority's ability to obtain best value in the live procurement. We have "
              "concluded that, at present, the balance lies in withholding the individual contract values."),
        ("p", "If you are not satisfied with this response, you may ask for an internal review by emailing "
              "foi@greyhaven-ca.example within 40 working days. You also have the right to complain to the "
              "Information Commissioner."),
        ("lines", ["Kind regards,", "", "Information Governance Team", "Greyhaven Combined Authority"]),
    ]
    css = ".lh{font-size:15pt;font-weight:bold;color:#4b2c83} .addr{font-size:9pt;color:#555} body{font-family:Calibri,Carlito,sans-serif}"
    return dict(file="greyhaven-ca-foi-2025-0087.docx", fmt="docx",
                authority="Greyhaven Combined Authority", reference="GCA-FOI-2025-0087", date="2025-03-27",
                received="2025-02-28", regime="foia",
                layout="restate then answer: request quoted as a Word numbered list, answers keyed Q1:",
                traps=["question numbers exist only as Word automatic list numbering",
                       "answers keyed back Q1:..Q8:", "s22 future publication counts as released",
                       "partial release with s40(2) names withheld"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 04  Police and crime commissioner: disclosure-log HTML, You asked / Our response
# =====================================================================
def _chrome_pcc(body):
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>FOI disclosure OPCC/FOI/2024/031 | Kestmoor PCC</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header{{background:#1d3557;color:#fff;padding:10px}}
nav a{{color:#fff;margin-right:14px}} .crumbs{{font-size:12px;padding:6px 12px}} main{{padding:12px 24px;max-width:820px}}
.cookie{{background:#f1faee;border:1px solid #999;padding:8px;font-size:12px}} footer{{background:#eee;padding:12px;font-size:12px}}
h3.ask{{color:#1d3557}}</style></head>
<body>
<div class="cookie" id="cookie-banner"><p><strong>Cookies on this site.</strong> We use essential cookies to make this website work and
optional analytics cookies to understand how you use it. <button>Accept all cookies</button> <button>Reject optional cookies</button>
<a href="/cookies">View cookie settings</a></p></div>
<header><p><strong>Police and Crime Commissioner for Kestmoor</strong></p>
<nav><a href="/">Home</a><a href="/about">About the Commissioner</a><a href="/police-and-crime-plan">Police and Crime Plan</a>
<a href="/transparency">Transparency</a><a href="/contact">Contact us</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/transparency">Transparency</a> &gt; <a href="/transparency/foi">Freedom of Information</a> &gt; Disclosure log &gt; OPCC/FOI/2024/031</div>
<main>
<h1>Commissioner's expenses, grants and ethics panel</h1>
<table class="meta"><tr><th>Reference</th><td>OPCC/FOI/2024/031</td></tr>
<tr><th>Date received</th><td>14/11/2024</td></tr>
<tr><th>Date of response</th><td>12/12/2024</td></tr>
<tr><th>Published to log</th><td>19/12/2024</td></tr>
<tr><th>Category</th><td>Finance; Governance</td></tr></table>
{body}
<p><a href="/transparency/foi/disclosure-log">&larr; Back to the disclosure log</a></p>
</main>
<footer><p>Office of the Police and Crime Commissioner for Kestmoor, Kestmoor House, Bridge Street, Kestmoor KM1 2PC.
Tel 01632 960 114.</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> |
<a href="/cookies">Cookies</a> | <a href="/foi">Make a request</a></p><p>&copy; 2024 Office of the Police and Crime Commissioner for Kestmoor</p></footer>
</body></html>
"""


def l04():
    qs = part(1, [
        ("How much has the Commissioner claimed in expenses since taking office in May 2024?",
         "£1,284.60 to 31 October 2024 (travel £1,102.40; subsistence £182.20).", "released"),
        ("Please provide the Commissioner's register of gifts and hospitality.",
         "The register is published and updated quarterly at https://www.kestmoor-pcc.example/transparency/gifts. "
         "Because it is already reasonably accessible to you, we are applying section 21 of the Freedom of "
         "Information Act 2000.",
         "released", ["s21"]),
        ("How much grant funding has the OPCC awarded to victim support services in 2024/25, by organisation?",
         "Kestmoor Victim Care Hub £612,000; Safe Haven Kestmoor (domestic abuse) £238,500; Rape and Sexual "
         "Abuse Support Kestmoor £174,250; Restorative Justice Kestmoor £46,000.",
         "released"),
        ("How many officers of Kestmoor Police were dismissed for gross misconduct in 2024?",
         "The OPCC does not hold this information. Misconduct records are held by the Chief Constable of Kestmoor "
         "Police, who is a separate public authority under the Act. You may wish to redirect this part of your "
         "request to foi@kestmoor.police.example.",
         "not_held"),
        ("The names of the members of the Commissioner's Independent Ethics Panel, and the fee paid to each.",
         "Panel members receive a fee of £250 per meeting attended; the panel met four times in 2023/24. The names "
         "of the independent members are withheld under section 40(2) (personal information): they are private "
         "individuals who were appointed on the basis that their names would not be published, and disclosure "
         "would not be fair or lawful. The Chair, who is named in published minutes, is Dr A. Pennington.",
         "partially_released", ["s40(2)"]),
    ])
    blocks = [("p", "Summary of request: the requester asked five questions about the Commissioner's expenses, "
                    "gifts and hospitality, grants to victim services, police misconduct dismissals and the Ethics "
                    "Panel.")]
    for q in qs:
        blocks.append(("h", "You asked:", 3, {"cls": "ask"}))
        blocks.append(("p", f"{q['n']}. {q['text']}"))
        blocks.append(("h", "Our response:", 3, {"cls": "ask"}))
        blocks.append(("p", q["a"]))
    blocks.append(("p", "If you are dissatisfied with the handling of your request you can ask for an internal "
                        "review by contacting the Chief Executive of the OPCC within 40 working days."))
    return dict(file="kestmoor-opcc-foi-2024-031.html", fmt="html", chrome=_chrome_pcc,
                authority="Office of the Police and Crime Commissioner for Kestmoor",
                reference="OPCC/FOI/2024/031", date="2024-12-12", received="2024-11-14", regime="foia",
                layout="disclosure-log page: 'You asked:' / 'Our response:' headings",
                traps=["site chrome: cookie banner, navigation, breadcrumbs, footer",
                       "publication date (19/12/2024) differs from response date",
                       "not held – requester redirected to the Chief Constable",
                       "partial release: fee given, names withheld s40(2)"],
                qs=qs, blocks=blocks)


# =====================================================================
# 05  Parish council: questions in prose, answers by topic (hard)
# =====================================================================
def l05():
    qs = part(1, [
        ("what the council charges for an allotment plot",
         "A full plot is £38 a year and a half plot £21 a year", "released"),
        ("how many people are currently on the allotment waiting list",
         "14 people on the waiting list", "released"),
        ("who they are (the names of those on the waiting list)",
         "names are personal data, exempt under section 40(2)", "withheld", ["s40(2)"]),
        ("how much the council gave to the Village Hall Management Committee from the precept in 2023-24",
         "a grant of £4,500", "released"),
        ("the minutes of the part of the January meeting held in closed session about the hall lease",
         "closed-session minutes withheld under section 43(2)", "withheld", ["s43(2)"]),
    ])
    blocks = [
        ("lines", ["LITTLE HADDON PARISH COUNCIL", "Clerk: Mrs Jennifer Aldous", "The Old Forge, Church Lane, "
                   "Little Haddon, Westshire WS9 4LH", "clerk@littlehaddon-pc.example | 07700 900 318"]),
        ("lines", ["11th March 2025"]),
        ("p", "Dear Mr Colley,"),
        ("p", "Freedom of Information request – allotments and the village hall"),
        ("p", "Thank you for your email dated 24 February 2025. You wrote: \"I would like to know what the council "
              "charges for an allotment plot, how many people are currently on the waiting list and who they are, "
              "how much the council gave to the Village Hall Management Committee from the precept in 2023-24, and "
              "whether I can see the minutes of the part of the January meeting held in closed session about the "
              "hall lease.\""),
        ("p", "The Council has dealt with this under the Freedom of Information Act 2000 and I have grouped my "
              "answers by subject."),
        ("p", "Allotments"),
        ("p", "The rent for 2024-25 is £38 a year for a full plot and £21 a year for a half plot; water is included. "
              "There are currently 14 people on the waiting list. I am afraid I cannot give you their names. "
              "Names and contact details of residents on the list are personal data, and disclosing them to the "
              "world would not be fair to those people, so that information is exempt under section 40(2) of the "
              "Act."),
        ("p", "Village hall"),
        ("p", "In 2023-24 the Council paid a grant of £4,500 from the precept to the Village Hall Management "
              "Committee towards heating and insurance. This is shown in the Council's published accounts for that "
              "year."),
        ("p", "As you know, the item on the hall lease at the meeting on 16 January was taken in closed session, "
              "the public and press having been excluded under the Public Bodies (Admission to Meetings) Act 1960. "
              "The minutes of that item are being withheld under section 43(2) of the Freedom of Information Act "
              "(commercial interests). The Council is still negotiating the terms of the lease with the Diocesan "
              "Board of Finance and releasing the minutes now would reveal the Council's negotiating position. "
              "Councillors recognise that residents want to know what is happening to the hall, and a full report "
              "will be made in open session once terms are agreed, but at this stage the public interest is in "
              "allowing the negotiation to finish."),
        ("p", "If you are not happy with this reply, please write to me and the Chairman will arrange for two "
              "councillors who were not involved to review it. After that you can complain to the Information "
              "Commissioner's Office, Wycliffe House, Wilmslow."),
        ("lines", ["Yours sincerely", "", "Jennifer Aldous", "Clerk and Responsible Financial Officer",
                   "Little Haddon Parish Council"]),
    ]
    return dict(file="little-haddon-parish-council-foi.txt", fmt="txt", width=76,
                authority="Little Haddon Parish Council", reference="", date="2025-03-11",
                received="2025-02-24", regime="foia",
                layout="prose answers grouped by topic; request quoted as one sentence",
                traps=["questions never numbered (asked in one prose sentence)", "answers in prose by topic",
                       "no reference number on the letter", "another Act (1960) named",
                       "received date is the date of the requester's email"],
                qs=qs, blocks=blocks)


# =====================================================================
# 06  Executive agency: s12 refuses the whole request, Chromium PDF
# =====================================================================
def l06():
    qs = part(1, [
        ("All emails sent or received by the Chief Executive that contain the words \"pilot boat\" since 1 January "
         "2020.", "", "refused", ["s12(1)"]),
        ("The number of pilotage exemption certificates issued each year since 2015, broken down by port.",
         "", "refused", ["s12(1)"]),
        ("Copies of all audit reports of competent harbour authorities carried out by the Agency since 2015.",
         "", "refused", ["s12(1)"]),
        ("The total cost to the Agency of carrying out those audits.", "", "refused", ["s12(1)"]),
    ])
    blocks = [
        ("raw", '<div class="crest">Marine Pilotage Standards Agency<br><span>An executive agency of the '
                'Department for Transport</span></div>'),
        ("lines", ["Spurn House", "12 Humber Dock Street", "Hull HU99 1PS"], {"cls": "addr"}),
        ("lines", ["By email only", "", "Our reference: FOI2025/04417", "2 April 2025"]),
        ("p", "Dear requester,"),
        ("h", "Freedom of Information request FOI2025/04417", 2),
        ("p", "Thank you for your email of 5 March 2025 in which you asked for the following information:"),
        ("ol", [q["text"] for q in qs], {"type": "a", "fmt": "({n}) "}),
        ("p", "We have handled your request under the Freedom of Information Act 2000 (FOIA)."),
        ("h", "Decision", 3),
        ("p", "I am afraid we are unable to comply with your request, because the cost of doing so would exceed the "
              "appropriate limit. Under section 12(1) of the FOIA a public authority is not obliged to comply with a "
              "request if it estimates that the cost of complying would exceed the appropriate limit, which for "
              "central government is £600. This represents the estimated cost of one or more persons spending 24 "
              "hours locating, retrieving and extracting the information. Where requests relate to the same overall "
              "subject, the costs of each part may be aggregated under regulation 5 of the Freedom of Information "
              "and Data Protection (Appropriate Limit and Fees) Regulations 2004."),
        ("p", "The Chief Executive's mailbox for the period holds around 41,000 messages. A keyword search returns "
              "some 2,300 items, each of which would have to be opened and read to confirm that it falls within "
              "scope; at an average of one minute per item this alone would take about 38 hours. In addition, audit "
              "reports before 2019 are held only in paper files at our Hull archive, in around 120 boxes that are "
              "not indexed by harbour authority. We estimate that retrieving them would take at least a further 30 "
              "hours. As the parts of your request concern the same subject – the Agency's oversight of pilotage – "
              "we have aggregated them, and we are therefore not obliged to comply with any part of the request."),
        ("h", "Advice and assistance", 3),
        ("p", "Under section 16 of the FOIA we have a duty to provide advice and assistance. You may wish to submit "
              "a narrower request, for example for the number of pilotage exemption certificates issued each year "
              "since 2020, without a breakdown by port, which we expect we could answer within the limit. Please "
              "note that this is not a guarantee that the information would be released; any new request would be "
              "considered on its own merits and exemptions might apply."),
        ("h", "Your right to complain", 3),
        ("p", "If you are unhappy with the way we have handled your request you may request an internal review "
              "within 40 working days by writing to foi@mpsa.example. If you remain dissatisfied you may then apply "
              "to the Information Commissioner for a decision."),
        ("lines", ["Yours sincerely", "", "Priya Ramanathan", "Knowledge and Information Management Unit",
                   "Marine Pilotage Standards Agency"]),
    ]
    css = """body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:0 8mm} .crest{border-left:6px solid #00703c;
    padding-left:10px;font-size:17pt;font-weight:bold} .crest span{font-size:10pt;font-weight:normal}
    .addr{text-align:right;font-size:10pt} h2{font-size:13pt} h3{font-size:11.5pt}"""
    return dict(file="mpsa-foi2025-04417.pdf", fmt="pdf-chromium",
                authority="Marine Pilotage Standards Agency", reference="FOI2025/04417", date="2025-04-02",
                received="2025-03-05", regime="foia",
                layout="decision letter: request listed a.-d., one cost decision for the whole request",
                traps=["one s12(1) decision refuses every question (aggregation)",
                       "central government £600 / 24 hours limit with arithmetic",
                       "s16 advice and assistance is not an exemption",
                       "request listed as a.-d. (labelled 1-4)"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 07  Harbour authority under EIR, soffice PDF, "n. question / Response:"
# =====================================================================
def l07():
    qs = part(1, [
        ("The volumes of material dredged from the harbour approach channel in each year from 2019 to 2023.",
         "2019 – 48,200 m³; 2020 – 51,900 m³; 2021 – 0 (no maintenance campaign); 2022 – 63,450 m³; "
         "2023 – 44,010 m³.",
         "released"),
        ("A copy of the marine licence for the disposal of dredged material at sea.",
         "The licence (L/2022/00518) and its conditions are available on the public register of marine licences "
         "maintained by the licensing authority, at https://marine-licensing.example/register/L-2022-00518. As the "
         "information is already publicly available and easily accessible to you in another form, the Authority "
         "is relying on regulation 6(1)(b) of the EIR.",
         "released", ["reg6(1)(b)"]),
        ("The name of the dredging contractor and the contract value for the 2023 campaign.",
         "The contractor was Boskenna Marine Dredging Ltd. The contract value is withheld under regulation 12(5)(e) "
         "(confidentiality of commercial or industrial information). The contract contains a confidentiality "
         "clause protecting pricing, the price reflects the contractor's vessel day rates, and the 2026 campaign "
         "is about to be tendered. Although there is a public interest in transparency about how harbour dues are "
         "spent, we consider the public interest in maintaining the exception outweighs it.",
         "partially_released", ["reg12(5)(e)"]),
        ("Any assessment of the impact of dredging on the Carrick Sound seagrass beds carried out since 2020.",
         "The Authority has not commissioned or received any such assessment since 2020. The information is "
         "therefore not held and regulation 12(4)(a) applies.",
         "not_held", ["reg12(4)(a)"]),
        ("The results of sediment contaminant sampling from the 2023 pre-dredge survey.",
         "Please find attached the laboratory results (file CSHA-EIR-24-19-sediment.xlsx).",
         "released"),
        ("The port's oil spill contingency plan, including the locations of the boom stores.",
         "A copy of the Oil Spill Contingency Plan is attached. Section 6 (locations of pollution response "
         "equipment stores) and Annex D (port facility security contacts) have been redacted under regulation "
         "12(5)(a), as disclosure would adversely affect public safety and national security by revealing "
         "vulnerable points of the port's infrastructure. The public interest favours maintaining the exception.",
         "partially_released", ["reg12(5)(a)"]),
    ])
    blocks = [
        ("lines", ["CARRICK SOUND HARBOUR AUTHORITY"], {"cls": "lh"}),
        ("lines", ["Harbour Office · North Quay · Porthcarrick · Cornwall TR99 3HQ · VHF Ch 12"], {"cls": "addr"}),
        ("lines", ["Your request received: 22 November 2024", "Our reference: CSHA/EIR/24/19",
                   "Date: 20 Dec 2024"]),
        ("p", "Dear Sir or Madam"),
        ("h", "Request for environmental information – maintenance dredging", 3),
        ("p", "The information you asked for concerns dredging and disposal of material at sea, and is "
              "environmental information. We have therefore dealt with your request under the Environmental "
              "Information Regulations 2004 (EIR) rather than the Freedom of Information Act 2000, which exempts "
              "environmental information at section 39. Where we have relied on an exception we have applied the "
              "presumption in favour of disclosure and the public interest test in regulation 12(1)(b) and 12(2)."),
        ("p", "Your questions are repeated below in bold, each followed by our response."),
    ]
    for q in qs:
        blocks.append(("p", f"**{q['n']}. {q['text']}**"))
        blocks.append(("p", f"Response: {q['a']}"))
    blocks += [
        ("p", "If you are dissatisfied with this response you may make representations under regulation 11 within "
              "40 working days, to the Chief Executive at the address above. If you remain dissatisfied you may "
              "complain to the Information Commissioner."),
        ("lines", ["Yours faithfully", "", "Capt. D. Trevanion", "Harbour Master and Chief Executive"]),
        ("p", "Safe navigation, clean waters – serving Carrick Sound since 1868", {"cls": "slogan"}),
    ]
    css = """body{font-family:'Liberation Serif',serif;font-size:11pt} .lh{font-size:16pt;text-align:center;letter-spacing:2px}
    .addr{text-align:center;font-size:9pt} .slogan{text-align:center;font-style:italic;font-size:9pt}"""
    return dict(file="carrick-sound-harbour-eir-24-19.pdf", fmt="pdf-soffice",
                authority="Carrick Sound Harbour Authority", reference="CSHA/EIR/24/19", date="2024-12-20",
                received="2024-11-22", regime="eir",
                layout="interleaved: bold numbered question then 'Response:'",
                traps=["EIR exceptions (reg 6(1)(b), 12(4)(a), 12(5)(a), 12(5)(e))",
                       "FOIA s39 and reg 12(1)(b)/12(2)/11 named but not applied",
                       "'0' volume is a released zero", "redacted plan is partial release",
                       "abbreviated date '20 Dec 2024'"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 08  Academy trust: Markdown, You asked / Our response, N/A, one cost refusal
# =====================================================================
def l08():
    qs = part(1, [
        ("How many suspensions were issued at each academy in the Trust in 2023/24?",
         "Ashbrook Academy 212; Millfield Primary 18; St Wendreda's Academy 164; Orchard Vale Primary 9.",
         "released"),
        ("How many permanent exclusions were issued at each academy in 2023/24, and for what reasons?",
         "Ashbrook Academy 6; St Wendreda's Academy 4; Millfield Primary 0; Orchard Vale Primary 0. At Ashbrook "
         "Academy the most common reason was persistent disruptive behaviour (4). All other reason counts are "
         "fewer than five and, because of the small number of pupils involved, could identify individual "
         "children; they are withheld under section 40(2) of the FOI Act.",
         "partially_released", ["s40(2)"]),
        ("Does any academy in the Trust run an internal inclusion unit? (Yes/No)", "No.", "released"),
        ("If yes, how many pupils were placed in the unit in 2023/24?", "Not applicable.", "released"),
        ("How many of the suspensions were of pupils with an Education, Health and Care Plan?",
         "The Trust does not hold this information centrally. Each academy records suspensions on its own MIS and "
         "the Trust does not collate SEND status against suspensions.",
         "not_held"),
        ("What is the salary of the Trust's Chief Executive Officer?",
         "The CEO's salary band (£145,001 – £150,000) is published in note 9 of the Trust's audited accounts, "
         "available at https://www.ashbrook-trust.example/governance/accounts. Under section 21 of the Act we are "
         "not required to provide information that is already reasonably accessible.",
         "released", ["s21"]),
        ("Copies of all emails between the CEO and headteachers about the behaviour policy in 2024.",
         "We estimate that complying with this question would exceed the appropriate limit of £450 (18 hours at "
         "£25 an hour) set for academies. The CEO exchanged around 1,900 emails with headteachers in 2024; each "
         "would need to be read to identify those about behaviour policy. At two minutes per email this would take "
         "over 60 hours. We are therefore refusing this question under section 12(1). If you can narrow it – for "
         "example to emails with the subject line \"Behaviour policy review\" – we will consider it again.",
         "refused", ["s12(1)"]),
    ])
    blocks = [
        ("h", "Ashbrook Learning Trust", 1),
        ("p", "*Achieving together* · Registered office: Ashbrook Academy, Fen Road, Ashbrook, Cambs PE99 2AB · "
              "Company no. 08000000"),
        ("p", "**Our ref:** ALT-FOI-2425-031  \n**Date:** 17/01/2025  \n**Request received:** 09/12/2024"),
        ("p", "Dear Requester,"),
        ("p", "Thank you for your Freedom of Information request about suspensions and exclusions. Please note that "
              "the time for response excludes days that are not school days. Our responses are below."),
    ]
    for q in qs:
        blocks.append(("h", f"You asked ({q['n']})", 3))
        blocks.append(("quote", [q["text"]]))
        blocks.append(("p", f"**Our response:** {q['a']}"))
    blocks += [
        ("rule",),
        ("p", "If you are dissatisfied, please contact the Trust's Data Protection and FOI Lead, "
              "governance@ashbrook-trust.example, within 40 working days to request an internal review. You may "
              "then complain to the ICO."),
        ("p", "Kind regards  \nMarcus Everley  \nGovernance Professional, Ashbrook Learning Trust"),
    ]
    return dict(file="ashbrook-learning-trust-ALT-FOI-2425-031.md", fmt="md",
                authority="Ashbrook Learning Trust", reference="ALT-FOI-2425-031", date="2025-01-17",
                received="2024-12-09", regime="foia",
                layout="'You asked (n)' headings with quoted question and 'Our response:'",
                traps=["'Not applicable' after an earlier 'No' is released, not not-held",
                       "small-number suppression: partial release s40(2)",
                       "cost refusal of one question only (s12(1), £450)",
                       "zero counts released", "dd/mm/yyyy dates"],
                qs=qs, blocks=blocks)


# =====================================================================
# 09  National museum: prose by topic, grouped, Chromium PDF
# =====================================================================
def l09():
    qs = part(1, [
        ("Total visitor numbers for each of the last three financial years.",
         "2021-22: 211,480; 2022-23: 298,115; 2023-24: 326,902", "released"),
        ("Visitor numbers for free-entry galleries and paid exhibitions, separately.",
         "free galleries 2023-24: 281,640; paid exhibitions 45,262", "released"),
        ("A list of objects currently on loan from the museum to other institutions, with the loan fee charged for "
         "each.", "list attached; fees withheld s43(2)", "partially_released", ["s43(2)"]),
        ("Details of the museum's security systems, including the number of CCTV cameras in the galleries.",
         "withheld s31(1)(a) and s38(1)(b)", "withheld", ["s31(1)(a)", "s38(1)(b)"]),
        ("The insurance or indemnity value of the Harrison regulator clock.",
         "withheld s31(1)(a) and s43(2)", "withheld", ["s31(1)(a)", "s43(2)"]),
        ("The museum's carbon reduction plan.", "to be published July 2025, s22(1)", "released", ["s22(1)"]),
        ("The minutes of the Board of Trustees' discussion of admission charges in 2024.",
         "minutes attached with names of junior staff redacted under s40(2)", "partially_released", ["s40(2)"]),
    ])
    blocks = [
        ("raw", '<div class="mast"><div class="logo">NATIONAL HOROLOGY MUSEUM</div><div class="sub">Clerkenwell · '
                'Greenwich Annexe · Collections Centre</div></div>'),
        ("lines", ["5th February 2025", "", "Our ref: NHM/FOI/0231"]),
        ("p", "Dear Ms Okafor,"),
        ("p", "**Freedom of Information Act 2000: your request of 6 January 2025**"),
        ("p", "Thank you for your request, which we received on 8 January. You asked:"),
        ("ol", [q["text"] for q in qs]),
        ("p", "I have set out our response under topic headings below."),
        ("h", "Visitor numbers (your questions 1 and 2)", 3),
        ("p", "Total visits were 211,480 in 2021-22, 298,115 in 2022-23 and 326,902 in 2023-24. In 2023-24, "
              "281,640 of those visits were to the free galleries and 45,262 were to paid exhibitions; the split "
              "for earlier years is given in the attached table."),
        ("h", "Loans (question 3)", 3),
        ("p", "A list of the 37 objects currently on outward loan, with the borrowing institution and loan period, "
              "is attached. Loan fees are negotiated privately with each borrower; we are withholding the fee for "
              "each loan under section 43(2) (commercial interests), because publishing them would undermine the "
              "museum's position in negotiating future touring exhibitions. We consider the public interest in "
              "protecting this income, which supports free admission, outweighs the interest in disclosure."),
        ("h", "Security and valuations (questions 4 and 5)", 3),
        ("p", "The museum holds information within the scope of both questions. Details of our security systems, "
              "including camera numbers and positions (question 4), are withheld under section 31(1)(a) (prevention "
              "of crime) and section 38(1)(b) (health and safety of visitors and staff). The insured value of the "
              "Harrison regulator (question 5) is withheld under section 31(1)(a) and section 43(2): a published "
              "value would identify the object as a target for theft and would affect the terms on which the museum "
              "obtains cover under the Government Indemnity Scheme. For both questions the public interest in "
              "protecting the collection outweighs the public interest in disclosure."),
        ("h", "Sustainability (question 6)", 3),
        ("p", "The museum's Carbon Reduction Plan 2025-2030 will be published with our Annual Report and Accounts in "
              "July 2025. We are therefore applying section 22(1) (information intended for future publication)."),
        ("h", "Trustees' minutes (question 7)", 3),
        ("p", "Extracts of the minutes of the Board meetings of 14 March and 19 September 2024 at which admission "
              "charges were discussed are attached. The names of junior members of staff have been redacted under "
              "section 40(2) (personal information); the rest of the discussion is released in full."),
        ("p", "If you are unhappy with this response you may request an internal review by writing to "
              "foi@horology-museum.example within 40 working days. If you are still dissatisfied you can complain "
              "to the Information Commissioner's Office."),
        ("lines", ["With best wishes,", "", "Dr Helena Marchbank", "Head of Governance and Records"]),
        ("raw", '<div class="foot">National Horology Museum is a non-departmental public body sponsored by the '
                'Department for Culture, Media and Sport. Registered charity (exempt).</div>'),
    ]
    css = """body{font-family:Georgia,'DejaVu Serif',serif;font-size:11pt;margin:0 10mm}
    .mast{border-bottom:2px solid #7a5c1e;margin-bottom:14px} .logo{font-size:20pt;letter-spacing:3px;color:#7a5c1e}
    .sub{font-size:9pt;color:#555} h3{font-size:11.5pt;color:#7a5c1e;margin-bottom:2px}
    .foot{position:fixed;bottom:0;font-size:8pt;color:#777}"""
    return dict(file="national-horology-museum-NHM-FOI-0231.pdf", fmt="pdf-chromium",
                authority="National Horology Museum", reference="NHM/FOI/0231", date="2025-02-05",
                received="2025-01-08", regime="foia",
                layout="request restated as numbered list; prose answers under topic headings naming questions",
                traps=["answers in prose by topic", "grouped headings 'questions 4 and 5' with separate exemptions",
                       "redacted minutes = partial release", "s22 future publication",
                       "request date and received date both given", "repeated footer on every page"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 10  Police force: decision paragraph, two parts, banner (Chromium PDF)
# =====================================================================
def l10():
    s31 = ["s31(1)(a)", "s31(1)(b)"]
    p1 = part(1, [
        ("Incumbent Supplier: please provide the supplier of the body-worn video contract.",
         "Rivet Vision Systems Ltd.", "released"),
        ("Number of Devices: how many body-worn video devices are currently issued?", "", "withheld", s31),
        ("Annual Spend: the annual spend on body-worn video for each of the last three years.", "", "withheld", s31),
        ("Storage: is footage stored on premises or in the cloud, and if in the cloud, with which provider?", "",
         "withheld", ["s24(1)"] + s31),
        ("Contract Expiry: the date the contract expires.", "", "withheld", s31),
        ("Contact Details: the name and job title of the officer responsible for the contract.",
         "Job title – Head of Digital Policing Services. The name of the post holder is withheld under Section "
         "40(2) Personal Information, as the individual is not of a seniority where disclosure would be expected.",
         "partially_released", ["s40(2)"]),
    ])
    p2 = part(2, [
        ("Incumbent Supplier: please provide the supplier of the contract.", "", "withheld", s31),
        ("Number of Devices: how many drones does the force operate?", "", "withheld", s31),
        ("How many drone deployments were made in 2024?", "412 deployments.", "released"),
        ("What was the cost of remote pilot training in 2024?", "£38,760.", "released"),
    ])
    qs = p1 + p2
    banner = ('<div class="banner">SAFER BRACKENSHIRE TOGETHER &nbsp;|&nbsp; Investors in People – Gold'
              '</div>')
    blocks = [
        ("raw", banner),
        ("lines", ["Information Compliance Unit", "Brackenshire Constabulary Headquarters", "Wenlow Road",
                   "Ashford Bracken", "BR4 7PQ"], {"cls": "addr"}),
        ("lines", ["9th January 2025"]),
        ("p", "Dear"),
        ("p", "**FREEDOM OF INFORMATION REQUEST – FOI/1187/24 Body-worn video and drones**"),
        ("p", "I write in connection with your request for information which was received by Brackenshire "
              "Constabulary on 4th December 2024. I note you seek access to the following information:"),
        ("p", "The first part of my request relates to the force's body-worn video (BWV) contract:"),
        ("ol", [q["text"] for q in p1]),
        ("p", "The second part of my request relates to the force's drone (unmanned aerial system) contract:"),
        ("ol", [q["text"] for q in p2]),
        ("p", "Following receipt of your request, searches were conducted within Brackenshire Constabulary. I can "
              "confirm that the information you requested is held by the force; however, I will be citing Section "
              "31(1)(a)(b) to questions 2, 3 and 5 in part 1 of your request and questions 1 and 2 in part 2, and "
              "Sections 24(1) and 31(1)(a)(b) to question 4 in part 1."),
        ("p", "**Section 24(1) – National Security**"),
        ("p", "**Section 31(1)(a)(b) – Law Enforcement**"),
        ("p", "Section 24 and section 31 are qualified, prejudice-based exemptions, and I am therefore required to "
              "articulate the harm in disclosure and to consider the public interest."),
        ("p", "**Evidence of Harm**"),
        ("p", "Disclosure of the number of devices, the level of spend and the contract dates would allow the "
              "force's capability to be compared with that of other forces, identifying where coverage is thinner. "
              "Revealing where evidential footage is stored would point those intent on attacking police systems "
              "to a specific provider and infrastructure. In the case of drones, identifying the supplier and fleet "
              "size would reveal the force's air support capability, which is tactically sensitive."),
        ("raw", banner),
        ("p", "**Public Interest Test**"),
        ("p", "Factors favouring disclosure – Section 24: disclosure would reassure the public that footage is "
              "held securely. Section 31: the public would be better informed about how public money is spent on "
              "policing technology."),
        ("p", "Factors favouring non-disclosure – Section 24: information that undermines the security of police "
              "systems could be used by those seeking to harm national infrastructure. Section 31: disclosure "
              "would compromise law enforcement tactics and the prevention and detection of crime."),
        ("p", "**Balance Test**"),
        ("p", "While there is a public interest in transparency, the security and effectiveness of policing must "
              "take precedence. It is my decision that the balance lies in favour of non-disclosure."),
        ("p", "The response to questions 1 and 6 in part 1 and questions 3 and 4 in part 2 is provided below."),
        ("p", "**Part 1**"),
        ("p", f"Question 1 – {p1[0]['a']}"),
        ("p", f"Question 6 – {p1[5]['a']}"),
        ("p", "**Part 2**"),
        ("p", f"Question 3 – {p2[2]['a']}"),
        ("p", f"Question 4 – {p2[3]['a']}"),
        ("p", "**Complaint Rights**: Your attention is drawn to the attached sheet which details your right of "
              "complaint, including your right to complain to the Information Commissioner under section 50 of the "
              "Act."),
        ("lines", ["Yours sincerely", "", "Disclosure Officer", "Information Compliance Unit"]),
        ("raw", banner),
    ]
    css = """body{font-family:Arial,sans-serif;font-size:10.5pt;margin:0 8mm} .addr{text-align:right}
    .banner{text-align:center;font-weight:bold;color:#123f7a;border:1px solid #123f7a;padding:3px;margin:10px 0;font-size:9pt}"""
    return dict(file="brackenshire-constabulary-FOI-1187-24.pdf", fmt="pdf-chromium",
                authority="Brackenshire Constabulary", reference="FOI/1187/24", date="2025-01-09",
                received="2024-12-04", regime="foia",
                layout="decision paragraph naming exempt questions by part; answers only for the rest",
                traps=["two parts with numbering restarting", "same question text (supplier, devices) in both parts",
                       "decision paragraph with part-qualified question numbers",
                       "s24(1) and s31(1)(a)(b) together for one question",
                       "slogan banner repeated in the text", "partial release with s40(2) in the answers"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 11  Police force: NCND, s12(2) trap, plain text
# =====================================================================
def l11():
    qs = part(1, [
        ("How many directed surveillance authorisations under RIPA did the force grant in 2023 and in 2024?",
         "2023 – 118\n2024 – 97", "released"),
        ("Does the force own or use IMSI catchers (covert mobile phone monitoring equipment)? If so, how many?",
         "", "ncnd", ["s23(5)", "s24(2)", "s31(3)"]),
        ("Has the force investigated Councillor R. Meade since January 2022?", "", "ncnd",
         ["s30(3)", "s40(5B)(a)(i)"]),
        ("How many emails sent by officers and staff in 2024 mention the company Palantir?", "", "refused",
         ["s12(2)"]),
        ("What is the force's policy on the retention of surveillance product?",
         "The force's Management of Police Information procedure, which covers retention of surveillance product, "
         "is published at https://www.coldwatervale.police.example/foi/publication-scheme/mopi. Section 21 "
         "applies as the information is reasonably accessible to you by other means.",
         "released", ["s21"]),
    ])
    T = "\n"
    blocks = [
        ("lines", ["COLDWATER VALE POLICE", "Freedom of Information Unit", "PO Box 4410", "Coldwater CW1 9XZ"]),
        ("lines", ["OFFICIAL"]),
        ("lines", ["Request reference: CAS-51937-Q8T2W6", "Date of response: 07 Feb 2025"]),
        ("p", "Dear"),
        ("p", "Freedom of Information Request – Surveillance"),
        ("p", "Thank you for your request for information dated 13 Jan 2025, which has been considered under the "
              "Freedom of Information Act 2000 (the Act). You asked:"),
        ("ol", [q["text"] for q in qs], {"fmt": "{n}) "}),
        ("p", "Coldwater Vale Police's response is below."),
        ("p", f"1) {qs[0]['a'].replace(T, '; ')}. The Investigatory Powers Commissioner also publishes annual figures "
              "for all forces."),
        ("p", "2) Coldwater Vale Police can neither confirm nor deny that it holds the information you have "
              "requested, as the duty in section 1(1)(a) of the Act does not apply by virtue of the following "
              "exemptions: Section 23(5) – Information supplied by, or concerning, certain Security Bodies; Section "
              "24(2) – National Security; Section 31(3) – Law Enforcement."),
        ("p", "Section 23 is an absolute class-based exemption and no public interest test is required. Sections "
              "24 and 31 are qualified and prejudice-based. Confirming or denying the use of any covert tactic in a "
              "particular force area would, when combined with responses from other forces, allow a picture of "
              "national capability to be built up. Any information identifying the focus of policing activity "
              "could be used to the advantage of criminals and terrorist groups. While there is a public interest "
              "in transparency and in the appropriate use of public funds, the public interest in the force being "
              "able to use covert techniques effectively is stronger. The balance therefore lies in maintaining "
              "the neither confirm nor deny stance."),
        ("p", "None of the above can be viewed as an inference that the information you seek does or does not "
              "exist."),
        ("p", "3) Coldwater Vale Police neither confirms nor denies that it holds any information relevant to this "
              "question by virtue of Section 30(3) – Investigations and Proceedings, and Section 40(5B)(a)(i) – "
              "Personal Information. To confirm or deny whether a named individual has been the subject of an "
              "investigation would disclose personal data about that person to the world, which would breach the "
              "data protection principles; and it would undermine the force's ability to conduct investigations "
              "in confidence. This should not be taken as conclusive evidence that any information that would "
              "meet your request exists or does not exist."),
        ("p", "4) Emails are not indexed by subject and there is no central means of searching every officer's and "
              "staff member's mailbox for a keyword. The force has approximately 3,900 mailboxes; even a request "
              "to the IT provider to run and review a search across all of them would take well over the 18 hours "
              "(£450) permitted. In accordance with section 12(2) of the Act the force is not obliged to confirm "
              "or deny whether it holds this information, as the cost of determining whether it is held would "
              "itself exceed the appropriate limit. This letter therefore acts as a refusal notice for question 4 "
              "under section 17(5). You may wish to consider whether a refined request, for example limited to the "
              "Procurement Department's mailbox, would fall within the limit."),
        ("p", f"5) {qs[4]['a']}"),
        ("p", "Complaint rights: If you are dissatisfied with this response you are entitled to request an internal "
              "review within 40 working days. Should you remain dissatisfied you may complain to the Information "
              "Commissioner under section 50 of the Act."),
        ("lines", ["Yours sincerely", "", "M. Oyelaran", "Freedom of Information Officer",
                   "Coldwater Vale Police – Serving our communities"]),
        ("lines", ["OFFICIAL"]),
    ]
    return dict(file="coldwater-vale-police-CAS-51937-Q8T2W6.txt", fmt="txt", width=None,
                authority="Coldwater Vale Police", reference="CAS-51937-Q8T2W6", date="2025-02-07",
                received="2025-01-13", regime="foia",
                layout="request restated as '1)' list; answers keyed '1)' in order",
                traps=["NCND with s23(5), s24(2), s31(3)", "NCND s30(3) with s40(5B)(a)(i) for a named person",
                       "s12(2) cost refusal says 'not obliged to confirm or deny' – refused, not ncnd",
                       "s17(5) refusal-notice mention", "OFFICIAL markings", "abbreviated dates '07 Feb 2025'"],
                qs=qs, blocks=blocks)


# =====================================================================
# 12  District council internal review, DOCX with comparison table
# =====================================================================
def l12():
    raw = [
        ("Total spend on nightly-paid temporary accommodation in 2023/24.",
         "£3,118,406 – released.", "Upheld. The information was correctly released.", "released", []),
        ("The names of the ten providers with the highest spend.",
         "Withheld – section 43(2).",
         "**Not upheld. The names are now released:** Anchor Lets Ltd; Birchfield Lodgings; Carrow Property "
         "Services; Dene House Hotel; Eastgate Guest House; Fairholme Residential; Greenway Rooms; Hollybank "
         "Lettings; Ivy Court Apartments; Juniper Stays Ltd.", "released", []),
        ("The nightly rate paid to each provider.",
         "Withheld – section 43(2).",
         "Upheld. The rates remain withheld under section 43(2); see the reasons below.", "withheld", ["s43(2)"]),
        ("The number of households placed outside the district in each month of 2023/24.",
         "Refused – section 12(1), cost limit.",
         "**Not upheld. The cost estimate was not reasonable: the figures can be produced from the placements "
         "report in under two hours. The monthly figures are:** Apr 14, May 17, Jun 12, Jul 19, Aug 22, Sep 18, "
         "Oct 16, Nov 21, Dec 25, Jan 23, Feb 20, Mar 24.", "released", []),
        ("The number of complaints received about property conditions in temporary accommodation.",
         "Not held.",
         "Upheld. Complaints about temporary accommodation are not categorised by type and the information is not "
         "held.", "not_held", []),
    ]
    qs = []
    for i, (text, orig, review, stance, ex) in enumerate(raw):
        q = Q(1, i + 1, text, review, stance, ex)
        q["orig"] = orig
        qs.append(q)
    rows = [[str(q["n"]), q["text"], q["orig"], q["a"]] for q in qs]
    blocks = [
        ("lines", ["**SALLOWBY DISTRICT COUNCIL**", "Legal and Democratic Services", "Council Offices, Market Place, "
                   "Sallowby, Lincs LN99 6SD"], {"cls": "lh"}),
        ("lines", ["Internal review reference: IR/2025/0042", "Original request: FOI/2024/3381",
                   "Date: 3 February 2025"]),
        ("p", "Dear Requester"),
        ("h", "Internal review – temporary accommodation", 3),
        ("p", "I write further to your email of 6 January 2025 asking for an internal review of the Council's "
              "response of 19 December 2024 to your request FOI/2024/3381, which we received on 25 November 2024."),
        ("p", "I was not involved in the original response. I have reviewed the request, the response, the "
              "searches made and the exemptions applied. My findings for each question are set out in the table "
              "below; where I have changed the original decision the change is shown in bold."),
        ("table", ["No.", "Your question", "Original response", "Review decision"], rows,
         {"widths": ["6%", "30%", "24%", "40%"]}),
        ("h", "Question 3 – section 43(2)", 4),
        ("p", "The nightly rates are negotiated individually with each provider and the Council is currently "
              "re-tendering its framework. Disclosure would be likely to prejudice the Council's ability to secure "
              "placements at the best price and the providers' commercial interests. I have considered the public "
              "interest in transparency over a significant area of expenditure, which is partly met by the release "
              "of the total spend and the provider names, and I agree that the balance favours withholding the rates."),
        ("h", "Question 2", 4),
        ("p", "The original response treated the provider names and the rates together. The names on their own do "
              "not reveal pricing and several providers advertise their work with the Council. The original "
              "decision was not correct in respect of this question."),
        ("p", "In summary, the review upholds the original decision in part. If you remain dissatisfied, you may "
              "complain to the Information Commissioner under section 50 of the Freedom of Information Act 2000. "
              "The ICO's previous decision notice on a similar request to another authority (IC-48211-T6P9) is "
              "not binding on this case."),
        ("lines", ["Yours sincerely", "", "Alison Grieve", "Information Governance and Data Protection Manager"]),
    ]
    css = "body{font-family:'Liberation Sans',Arial;font-size:10.5pt} .lh{font-size:12pt} th{background:#ddd}"
    return dict(file="sallowby-dc-internal-review-IR-2025-0042.docx", fmt="docx",
                authority="Sallowby District Council", reference="IR/2025/0042", date="2025-02-03",
                received="2024-11-25", regime="foia",
                layout="internal review: table of question | original response | review decision",
                traps=["internal review: review outcome is the stance", "original reference and ICO case also quoted",
                       "table columns carry both the original and the new stance",
                       "s43(2) and s12(1) original decisions overturned", "changes shown in bold",
                       "several dates: request, original response, review request, review"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 13  Borough council EIR disclosure log: grouped answers
# =====================================================================
def _chrome_rothermere(body):
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>EIR/24/00817 – Mill Lane trees and air quality – Rothermere Borough Council</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0;background:#fafafa}}
.top{{background:#006b3f;color:#fff;padding:8px 18px}} .top a{{color:#fff}} .search{{float:right}}
.menu{{background:#004d2e;padding:6px 18px}} .menu a{{color:#fff;margin-right:18px;text-decoration:none}}
.wrap{{display:flex}} aside{{width:230px;padding:14px;font-size:12px;background:#eef5f0}}
article{{flex:1;padding:14px 28px;background:#fff}} .cookies{{position:relative;background:#222;color:#eee;padding:10px;font-size:12px}}
footer{{background:#333;color:#ccc;padding:14px;font-size:12px}} dl dt{{font-weight:bold}}</style></head>
<body>
<div class="cookies"><p>We'd like to set additional cookies to understand how you use rothermere.gov.example, remember your
settings and improve council services. We also use cookies set by other sites to help us deliver content from their services.</p>
<p><a href="#">Accept additional cookies</a> · <a href="#">Reject additional cookies</a> · <a href="/cookies">How we use cookies</a></p></div>
<div class="top"><a href="/">Rothermere Borough Council</a> <span class="search">Search the site <input type="text"></span></div>
<div class="menu"><a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/planning">Planning</a>
<a href="/parking">Parking</a><a href="/your-council">Your council</a></div>
<p style="padding:4px 18px;font-size:12px">You are here: <a href="/">Home</a> / <a href="/your-council">Your council</a> /
<a href="/foi">Freedom of information</a> / <a href="/foi/log">Disclosure log</a> / EIR/24/00817</p>
<div class="wrap"><aside><h4>In this section</h4><ul><li><a href="/foi/make">Make a request</a></li>
<li><a href="/foi/log">Disclosure log</a></li><li><a href="/foi/publication-scheme">Publication scheme</a></li>
<li><a href="/foi/charges">Charges</a></li></ul><h4>Related</h4><ul><li><a href="/trees">Trees and hedges</a></li>
<li><a href="/air-quality">Air quality</a></li></ul></aside>
<article><h1>Mill Lane trees and air quality</h1>
<dl><dt>Reference</dt><dd>EIR/24/00817</dd><dt>Request received</dt><dd>04-11-2024</dd>
<dt>Response sent</dt><dd>02-12-2024</dd><dt>Outcome</dt><dd>Part disclosed</dd></dl>
{body}
<p><em>Last updated: 09-12-2024</em></p></article></div>
<footer><p>Rothermere Borough Council, Civic Centre, Castle Way, Rothermere RM1 1RB · 0300 000 4417</p>
<p><a href="/accessibility" style="color:#ccc">Accessibility statement</a> · <a href="/privacy" style="color:#ccc">Privacy</a> ·
<a href="/contact" style="color:#ccc">Contact us</a> · <a href="/jobs" style="color:#ccc">Jobs</a></p>
<p>Follow us: Facebook · X · Instagram · LinkedIn</p></footer></body></html>
"""


def l13():
    g1 = ("214 street trees were felled in 2023/24. 87 replacement trees were planted in the same year, and a "
          "further 140 are scheduled for the 2024/25 planting season.")
    g2 = ("The Council did not commission an arboricultural survey of Mill Lane. The trees were inspected by the "
          "Council's tree officer on site, and the decision was recorded in the works system without a separate "
          "report. No survey report, invoice or correspondence with the developer about these trees is held. The "
          "Council is therefore relying on regulation 12(4)(a) of the EIR (information not held) for questions 3, "
          "4 and 5.")
    qs = part(1, [
        ("How many street trees did the council fell in 2023/24?", g1, "released"),
        ("How many of those trees were replaced?", g1, "released"),
        ("A copy of the arboricultural survey for the trees on Mill Lane.", g2, "not_held", ["reg12(4)(a)"]),
        ("The cost of that survey.", g2, "not_held", ["reg12(4)(a)"]),
        ("Any correspondence between the council and the developer of the Mill Lane site about the trees.", g2,
         "not_held", ["reg12(4)(a)"]),
        ("The annual nitrogen dioxide results from the diffusion tubes on Mill Lane for 2019 to 2023.",
         "These results are published in the Council's Air Quality Annual Status Reports, table A.4, at "
         "https://www.rothermere.gov.example/air-quality/reports. Under regulation 6(1)(b) the Council is not "
         "required to provide information that is already publicly available and easily accessible to you.",
         "released", ["reg6(1)(b)"]),
        ("The names and addresses of residents who complained about the felling.",
         "Names and addresses of complainants are personal data. Disclosure would breach the data protection "
         "principles and the information is withheld under regulation 13(1) of the EIR.",
         "withheld", ["reg13(1)"]),
    ])
    blocks = [
        ("h", "Request", 2),
        ("p", "Please provide the following under the Environmental Information Regulations:"),
        ("ol", [q["text"] for q in qs]),
        ("h", "Response", 2),
        ("p", "Rothermere Borough Council has considered your request under the Environmental Information "
              "Regulations 2004."),
        ("p", f"**Questions 1 and 2:** {g1}"),
        ("p", f"**Questions 3, 4 and 5:** {g2}"),
        ("p", f"**Question 6:** {qs[5]['a']}"),
        ("p", f"**Question 7:** {qs[6]['a']} Regulation 13 is not subject to the public interest test in this case."),
        ("p", "If you are unhappy with this response you can ask for it to be reconsidered under regulation 11 "
              "within 40 working days. Email: information.requests@rothermere.gov.example"),
    ]
    return dict(file="rothermere-bc-EIR-24-00817.html", fmt="html", chrome=_chrome_rothermere,
                authority="Rothermere Borough Council", reference="EIR/24/00817", date="2024-12-02",
                received="2024-11-04", regime="eir",
                layout="disclosure-log page: request list then grouped 'Questions 1 and 2' answers",
                traps=["grouped answers ('Questions 3, 4 and 5')", "site chrome: cookie banner, menus, sidebar, "
                       "breadcrumbs, footer", "'Last updated' date differs from the response date",
                       "dd-mm-yyyy dates", "EIR: reg 12(4)(a), 6(1)(b), 13(1)"],
                qs=qs, blocks=blocks)


# =====================================================================
# 14  Scottish council FOISA disclosure log: Q1/A1
# =====================================================================
def _chrome_kelvinmuir(body):
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>FOI-25-0417 | Kelvinmuir Council</title>
<style>body{{font-family:'Segoe UI',Arial,sans-serif;margin:0;color:#222}} .skip{{position:absolute;left:-999px}}
.hdr{{background:#5b2a86;color:#fff;padding:12px 20px}} .hdr nav a{{color:#fff;margin-right:12px;font-size:13px}}
.bc{{font-size:12px;padding:8px 20px;background:#f3eef8}} .content{{padding:10px 20px;max-width:800px}}
.qa b{{color:#5b2a86}} .consent{{border-top:3px solid #5b2a86;padding:10px 20px;font-size:12px;background:#fff8dc}}
.foot{{background:#2e1545;color:#ddd;font-size:12px;padding:16px 20px}} .foot a{{color:#ddd}}</style></head>
<body><a class="skip" href="#main">Skip to main content</a>
<div class="hdr"><strong>Kelvinmuir Council</strong> – Comhairle Chille Mhoire
<nav><a href="/">Home</a><a href="/schools">Schools and learning</a><a href="/roads">Roads and travel</a>
<a href="/council">Council and government</a><a href="/foi">Freedom of information</a><a href="/myaccount">My account</a></nav></div>
<div class="bc"><a href="/">Home</a> › <a href="/council">Council and government</a> › <a href="/foi">Freedom of information</a> ›
<a href="/foi/responses">Recent responses</a> › FOI-25-0417</div>
<div class="content" id="main"><h1>RAAC in school buildings and school CCTV</h1>
<p>Reference: FOI-25-0417<br>Received: 17 March 2025<br>Responded: 14 April 2025<br>Service: Education and Children's Services</p>
{body}
<p>Was this page helpful? <a href="#">Yes</a> <a href="#">No</a></p></div>
<div class="consent"><p>This website uses cookies. Some are essential; others help us improve the site. By continuing you agree
to our <a href="/cookies">cookie policy</a>. <button>OK</button> <button>Manage preferences</button></p></div>
<div class="foot"><p>Kelvinmuir Council, Municipal Buildings, 40 Station Road, Kelvinmuir KV9 1AA</p>
<p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/gaelic">Gàidhlig</a> |
<a href="/sitemap">Site map</a></p><p>© Kelvinmuir Council 2025</p></div></body></html>
"""


def l14():
    qs = part(1, [
        ("How many school buildings in the council area have been confirmed to contain RAAC?", "Three.", "released"),
        ("Please name those schools.",
         "Glenburn Primary School, St Kessog's RC Primary School and Kelvinmuir Academy (the 1968 technical "
         "block only).", "released"),
        ("What is the estimated cost of remediation at each school?",
         "The Council holds estimates, but these are withheld under section 33(1)(b) of FOISA (substantial "
         "prejudice to commercial interests). Tenders for the remediation works at all three schools are being "
         "invited and publishing the Council's estimates would be likely to prejudice the prices received. The "
         "public interest favours withholding them until contracts are awarded.",
         "withheld", ["foisa:s33(1)(b)"]),
        ("How many CCTV cameras are installed inside each secondary school?",
         "This information is withheld under section 35(1)(a) of FOISA (prevention or detection of crime). "
         "Providing camera numbers for each school would allow areas with limited coverage to be inferred.",
         "withheld", ["foisa:s35(1)(a)"]),
        ("Please provide the Council's policy on CCTV in schools.",
         "The policy is available at https://www.kelvinmuir.gov.example/schools/cctv-policy. Under section 25(1) "
         "of FOISA, information that is otherwise accessible is exempt.",
         "released", ["foisa:s25(1)"]),
        ("How many data breaches involving school CCTV footage has the Council reported to the ICO since 2020?",
         "None. The Council has not reported any breach involving school CCTV footage to the ICO since 2020.",
         "released"),
        ("Please provide the minutes of the RAAC incident management team's meetings.",
         "The minutes of the eleven meetings held between September 2023 and February 2025 are attached. Some "
         "passages recording officers' options and views have been redacted under section 30(b)(ii) of FOISA "
         "(substantial inhibition of the free and frank exchange of views for the purposes of deliberation), "
         "and staff names below Head of Service level under section 38(1)(b).",
         "partially_released", ["foisa:s30(b)(ii)", "foisa:s38(1)(b)"]),
    ])
    blocks = [("p", "The request and our response are set out below. Each question is followed by our answer.")]
    for q in qs:
        blocks.append(("p", f"**Q{q['n']}** {q['text']}", {"cls": "qa"}))
        blocks.append(("p", f"**A{q['n']}** {q['a']}", {"cls": "qa"}))
    blocks.append(("p", "If you are not satisfied with this response you may request a review within 40 working "
                        "days. If you remain dissatisfied after the review you may apply to the Scottish "
                        "Information Commissioner."))
    return dict(file="kelvinmuir-council-FOI-25-0417.html", fmt="html", chrome=_chrome_kelvinmuir,
                authority="Kelvinmuir Council", reference="FOI-25-0417", date="2025-04-14",
                received="2025-03-17", regime="foisa",
                layout="disclosure-log page: Q1 / A1 interleaved",
                traps=["FOISA exemptions (s25, s30(b)(ii), s33, s35, s38)", "answer 'Three.' written as a word",
                       "'None.' is a released zero, not not-held", "redacted minutes = partial release",
                       "site chrome with Gaelic name and cookie notice after the content"],
                qs=qs, blocks=blocks)


# =====================================================================
# 15  Welsh county council: answers keyed by numbers written as words (hard), DOCX
# =====================================================================
def l15():
    words = ["One", "Two", "Three", "Four", "Five", "Six"]
    qs = part(1, [
        ("How many properties were liable for the council tax premium on second homes as at 1 April 2024?",
         "2,613 properties.", "released"),
        ("What rate of premium does the Council charge on second homes and on long-term empty homes?",
         "From 1 April 2024 the premium is 100% for second homes and 100% for homes empty for between one and "
         "five years, rising to 200% after five years.", "released"),
        ("How much additional council tax did the premium raise in 2023/24?", "£5,912,440.", "released"),
        ("Please provide the addresses of the properties liable for the premium.",
         "The addresses are withheld. Where the owner is an individual, the address, combined with the fact that "
         "the property is a second home or empty, is personal data, and disclosure would not be fair or lawful: "
         "section 40(2) applies. For empty properties, disclosure would also be likely to assist squatting, "
         "metal theft and other crime, and section 31(1)(a) applies. The public interest favours withholding the "
         "list.", "withheld", ["s31(1)(a)", "s40(2)"]),
        ("How many owners have applied for an exception from the premium, for example as a holiday let?",
         "This information is not held. Applications for exceptions are not recorded separately from other "
         "council tax correspondence.", "not_held"),
        ("Please provide the Council's policy on exceptions to the premium.",
         "The policy is published on the Council's website at https://www.tawelan.gov.example/council-tax/premiums. "
         "As the information is reasonably accessible to you, section 21 of the Act applies.",
         "released", ["s21"]),
    ])
    blocks = [
        ("lines", ["**Cyngor Sir Tawelan | Tawelan County Council**"], {"cls": "lh"}),
        ("lines", ["Neuadd y Sir / County Hall, Stryd y Castell, Tawelan SA99 1CT"], {"cls": "addr"}),
        ("lines", ["Gofynnwch am / Ask for: Tîm Rhyddid Gwybodaeth / FOI Team",
                   "Ein Cyfeirnod / Our Reference: TCC/FOI/8823",
                   "Dyddiad / Date: 30 January 2025"]),
        ("p", "Dear Sir/Madam,"),
        ("h", "Freedom of Information Act 2000 – Council Tax premiums", 3),
        ("p", "Thank you for your request which was received by the Council on 2 January 2025. You asked for the "
              "following information:"),
        ("ol", [q["text"] for q in qs]),
        ("p", "The Council's response is as follows."),
    ]
    for q, w in zip(qs, words):
        blocks.append(("p", f"**Question {w}:** {q['a']}"))
    blocks += [
        ("p", "If you are dissatisfied with the handling of your request you may ask for an internal review by "
              "writing to the Information Governance Manager within 40 working days. You may also contact the "
              "Information Commissioner's Office."),
        ("p", "Mae'r llythyr hwn ar gael yn Gymraeg. This letter is available in Welsh."),
        ("lines", ["Yn gywir / Yours faithfully", "", "Gwenllian Rowlands",
                   "Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer"]),
    ]
    css = ".lh{font-size:14pt;color:#a50f15} .addr{font-size:9pt} body{font-family:Arial,'Liberation Sans'}"
    return dict(file="tawelan-cc-TCC-FOI-8823.docx", fmt="docx",
                authority="Tawelan County Council", reference="TCC/FOI/8823", date="2025-01-30",
                received="2025-01-02", regime="foia",
                layout="request as Word numbered list; answers keyed 'Question One:' .. 'Question Six:'",
                traps=["answers keyed by numbers written as words", "question numbers only in Word list numbering",
                       "bilingual letterhead", "two exemptions (s31(1)(a), s40(2)) on one question"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 16  Town council: two questions, Markdown email
# =====================================================================
def l16():
    qs = part(1, [
        ("What allowance is paid to the Town Mayor each year?",
         "The Mayor's allowance is £1,500 a year, set by Full Council in January 2024.", "released"),
        ("What is the insured value of the mayoral chain and badge of office?",
         "We are withholding the insured value under section 31(1)(a) of the Freedom of Information Act "
         "(prevention of crime). The chain is worn at public events across the town and publishing its value "
         "would make it, and the Mayor, a target. We recognise there is a public interest in knowing how the "
         "Council's assets are insured, and the total insurance premium is published in our accounts, but we "
         "believe the public interest lies in keeping the value confidential.",
         "withheld", ["s31(1)(a)"]),
    ])
    blocks = [
        ("p", "**From:** Town Clerk <townclerk@marlbury-tc.example>  \n**Sent:** Monday 3 March 2025 10:42  \n"
              "**Subject:** RE: FOI request – Mayor's allowance [MTC/FOI/2025/02]"),
        ("rule",),
        ("p", "Good morning,"),
        ("p", "Thank you for your email of 19 February 2025. Marlbury Town Council's answers to your two questions "
              "are below (reference MTC/FOI/2025/02)."),
        ("p", f"**1. {qs[0]['text']}**  \n{qs[0]['a']}"),
        ("p", f"**2. {qs[1]['text']}**  \n{qs[1]['a']}"),
        ("p", "If you would like us to review this decision please reply to this email; you can then go to the "
              "Information Commissioner if you are still unhappy."),
        ("p", "Best wishes,  \nSandra Pike  \nTown Clerk  \nMarlbury Town Council, The Guildhall, High Street, "
              "Marlbury SN99 1TC"),
        ("p", "*This email and any attachments are confidential and intended solely for the addressee.*"),
    ]
    return dict(file="marlbury-town-council-MTC-FOI-2025-02.md", fmt="md",
                authority="Marlbury Town Council", reference="MTC/FOI/2025/02", date="2025-03-03",
                received="2025-02-19", regime="foia",
                layout="email reply with two bold numbered questions and answers",
                traps=["email header block with send date and subject", "reference in square brackets in subject",
                       "only two questions", "email confidentiality footer"],
                qs=qs, blocks=blocks)


# =====================================================================
# 17  Scottish NDPB (agency), FOISA, REQUEST / RESPONSE, NCND s18, Chromium PDF
# =====================================================================
def l17():
    qs = part(1, [
        ("The total value of grants awarded under the Peatland Restoration Fund in 2023-24.",
         "£9,412,860 was awarded to 58 projects in 2023-24.", "released"),
        ("The amount awarded to each estate, and the day rates charged by the contractors each estate used.",
         "A table of awards by estate is enclosed (Annex A). The Agency also holds contractors' day rates, "
         "submitted with grant claims. These are withheld under section 33(1)(b) of FOISA, as their release would "
         "be likely to prejudice substantially the commercial interests of the small number of specialist "
         "contractors working in this market. The public interest favours withholding the rates.",
         "partially_released", ["foisa:s33(1)(b)"]),
        ("Has the Agency referred any grant recipient to Police Scotland over suspected wildlife crime since 2022?",
         "In terms of section 18(1) of FOISA, the Agency neither confirms nor denies whether it holds this "
         "information. If it did hold the information, it would be exempt under sections 35(1)(a) and (b) "
         "(prevention or detection of crime; apprehension or prosecution of offenders), and we consider that "
         "revealing whether it exists or not would be contrary to the public interest.",
         "ncnd", ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"]),
        ("The number of site inspections carried out by each member of the Agency's staff in 2023-24.",
         "The Agency does not record inspections by individual officer. Under section 17(1) of FOISA we are "
         "therefore notifying you that we do not hold this information. In total, 141 site inspections were made "
         "in 2023-24, which we provide by way of advice and assistance.",
         "not_held", ["foisa:s17(1)"]),
        ("A copy of the Agency's evaluation report on restoration outcomes.",
         "The evaluation report will be laid before the Scottish Parliament and published on our website in "
         "May 2025. The report is therefore exempt under section 27(1) of FOISA (information intended for future "
         "publication within 12 weeks).", "released", ["foisa:s27(1)"]),
    ])
    blocks = [
        ("raw", '<div class="hd"><span class="nm">Scottish Peatland Agency</span><br>'
                '<span class="gd">Buidheann Mòintich na h-Alba</span></div>'),
        ("lines", ["Moss Road, Perth PH99 3SP", "foi@peatland.scot.example"], {"cls": "ad"}),
        ("table", ["Our reference", "Date", "Your request received"],
         [["SPA/FOI/25/0033", "21/03/2025", "24/02/2025"]], {"cls": "meta"}),
        ("p", "Dear Requester"),
        ("p", "**Freedom of Information (Scotland) Act 2002 – Peatland Restoration Fund**"),
        ("p", "Thank you for your request. Our response to each part is below."),
    ]
    for q in qs:
        blocks.append(("h", f"REQUEST {q['n']}", 4))
        blocks.append(("p", q["text"]))
        blocks.append(("h", "RESPONSE", 4))
        blocks.append(("p", q["a"]))
    blocks += [
        ("h", "Your right to request a review", 4),
        ("p", "If you are unhappy with this response, you may ask us to carry out an internal review within 40 "
              "working days. If you remain dissatisfied you may apply to the Scottish Information Commissioner "
              "under section 47(1) of FOISA, and you may appeal to the Court of Session on a point of law."),
        ("lines", ["Yours sincerely", "", "Euan MacLennan", "Information Governance Officer"]),
    ]
    css = """body{font-family:'DejaVu Sans',Arial;font-size:10.5pt;margin:0 8mm} .hd{background:#30583c;color:#fff;padding:10px}
    .nm{font-size:16pt;font-weight:bold} .gd{font-style:italic} .ad{font-size:9pt} .meta{width:70%;font-size:9.5pt}
    h4{margin-bottom:0;color:#30583c}"""
    return dict(file="scottish-peatland-agency-SPA-FOI-25-0033.pdf", fmt="pdf-chromium",
                authority="Scottish Peatland Agency", reference="SPA/FOI/25/0033", date="2025-03-21",
                received="2025-02-24", regime="foisa",
                layout="REQUEST n / RESPONSE headings; metadata in a small table",
                traps=["FOISA NCND: s18(1) read with s35(1)(a) and (b)", "s17 not-held with a total given as advice",
                       "s27 future publication", "metadata in a table (reference, date, received)",
                       "Gaelic name in letterhead"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 18  City council contract round-robin: Contract 1 / Contract 2, 14 questions, soffice PDF
# =====================================================================
def l18():
    base = [
        "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
        "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each "
        "supplier.",
        "Contract Duration: For each supplier, please state the contract duration. If available, please also "
        "include any contract extensions.",
        "Contract Expiry: For each supplier, please state the date of when the contract expires.",
        "Contract Review: For each supplier, please state the date of when the contract will be reviewed.",
        "Contract Description: For each supplier, please state a brief description of the services provided "
        "of the overall contract.",
        "Contact Details: For each supplier, please state the person from within the organisation responsible "
        "for the contract: full name, job title, contact number and direct email address.",
    ]
    c1 = part(1, [
        (base[0], "Aventra Contact Solutions Ltd", "released"),
        (base[1], "The Council considers that the annual spend on this contract is exempt under section 43(2) "
                  "(commercial interests). The contract is due to be re-procured in 2025 and disclosure of the "
                  "current price would be likely to prejudice the Council's ability to obtain best value. The "
                  "public interest favours withholding it.", "withheld", ["s43(2)"]),
        (base[2], "5 years (1 April 2020 – 31 March 2025) with an option to extend for up to 2 years; a 12-month "
                  "extension has been agreed.", "released"),
        (base[3], "31 March 2026 (including the extension).", "released"),
        (base[4], "September 2025.", "released"),
        (base[5], "Cloud contact centre platform including call routing, IVR, web chat, call recording and "
                  "performance reporting for the Customer Services Centre.", "released"),
        (base[6], "Customer Services Manager, 0300 000 5521, customerservices.contracts@kesterton.gov.example. The "
                  "name of the officer is withheld under section 40(2) of the Act (personal information).",
         "partially_released", ["s40(2)"]),
    ])
    c2 = part(2, [
        (base[0], "Telcore Networks plc", "released"),
        (base[1], "£18,400 per annum (average 2021/22 – 2023/24).", "released"),
        (base[2], "3 years from 1 October 2022, with no extension options.", "released"),
        (base[3], "30 September 2025.", "released"),
        (base[4], "The contract will be reviewed in June 2025.", "released"),
        (base[5], "Provision of 0300 non-geographic numbers, inbound call routing and caller line identification.",
         "released"),
        (base[6], "ICT Contracts Officer, 0300 000 5530, ict.contracts@kesterton.gov.example. The name of the "
                  "officer is withheld under section 40(2).", "partially_released", ["s40(2)"]),
    ])
    qs = c1 + c2
    blocks = [
        ("lines", ["KESTERTON CITY COUNCIL"], {"cls": "lh"}),
        ("lines", ["Information Governance · Guildhall · Kesterton KT99 1GH"], {"cls": "ad"}),
        ("lines", ["FOI reference: FOI 5521/24", "Date of request: 10 September 2024",
                   "Date of response: 8 October 2024"]),
        ("p", "Dear Sir/Madam"),
        ("p", "Thank you for your request for information about the Council's contact centre and inbound "
              "network contracts. The Council's response is given after each of your questions below."),
    ]
    for title, grp in (("Contract 1 – Contact centre", c1), ("Contract 2 – Inbound network services", c2)):
        blocks.append(("h", title, 3))
        for q in grp:
            blocks.append(("p", f"{q['n']}. {q['text']}", {"cls": "q"}))
            blocks.append(("p", f"Answer: {q['a']}", {"cls": "a"}))
    blocks += [
        ("p", "If you are unhappy with the way your request has been handled, you can ask for an internal review "
              "within 40 working days of this response. If you are still dissatisfied you can complain to the "
              "Information Commissioner."),
        ("lines", ["Regards", "", "FOI Officer", "Kesterton City Council – Information Governance Team"]),
    ]
    css = """body{font-family:'Liberation Sans';font-size:10pt} .lh{font-size:18pt;font-weight:bold;color:#8b0000}
    .ad{font-size:9pt} .q{font-style:italic;margin-bottom:0} .a{margin-top:2px;margin-left:18pt}"""
    return dict(file="kesterton-cc-FOI-5521-24.pdf", fmt="pdf-soffice",
                authority="Kesterton City Council", reference="FOI 5521/24", date="2024-10-08",
                received="2024-09-10", regime="foia",
                layout="interleaved 'n. question' / 'Answer:' in two parts (Contract 1 / Contract 2)",
                traps=["parts 'Contract 1 / Contract 2' with numbering restarting",
                       "identical question text in both parts with different stances (spend)",
                       "contract round-robin", "partial release: job title given, name withheld s40(2)",
                       "'Date of request' given rather than received"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 19  Police force disclosure log: grouped exemption + "question 6 and any other information"
# =====================================================================
def _chrome_thamesmere(body):
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Fleet vehicles and pursuits – FOI-2025-00391 | Thamesmere Police</title>
<style>body{{margin:0;font-family:Helvetica,Arial,sans-serif}} .alert{{background:#ffd400;padding:6px 16px;font-size:13px}}
.mast{{background:#000c3a;color:#fff;padding:14px 16px}} .mast a{{color:#fff;margin-right:14px}} .bread{{padding:6px 16px;font-size:12px}}
.pg{{padding:6px 16px 20px 16px;max-width:780px}} .ck{{position:fixed;bottom:0;left:0;right:0;background:#000c3a;color:#fff;padding:10px;font-size:12px}}
.ft{{background:#e6e6e6;padding:16px;font-size:12px;margin-bottom:60px}}</style></head>
<body><div class="alert">In an emergency always call 999. If you are deaf, hard of hearing or speech impaired, text 999 if you're registered with emergencySMS.</div>
<div class="mast"><strong>THAMESMERE POLICE</strong><br><a href="/report">Report</a><a href="/advice">Advice</a><a href="/news">News</a>
<a href="/foi-ai">Freedom of information</a><a href="/careers">Careers</a><a href="/contact">Contact us</a></div>
<div class="bread">Home &raquo; Freedom of information &raquo; Disclosure log &raquo; Transport &raquo; FOI-2025-00391</div>
<div class="pg"><h1>Fleet vehicles and pursuits</h1>
<p><small>Reference: FOI-2025-00391 · Request received 30 Dec 2024 · Response date 28 Jan 2025 · Category: Transport</small></p>
{body}
<p><a href="/foi-ai/disclosure-log">Back to disclosure log</a> · <a href="#">Print this page</a></p></div>
<div class="ft"><p>Thamesmere Police, Force Headquarters, Riverside Way, Thamesmere TM1 4HQ</p>
<p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/cookies">Cookies</a></p></div>
<div class="ck">We use some essential cookies to make this website work. We'd also like to set analytics cookies.
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button></div></body></html>
"""


def l19():
    s31 = ["s31(1)(a)", "s31(1)(b)"]
    g = ("Thamesmere Police holds this information; however it is exempt under Section 31(1)(a)(b) – Law "
         "Enforcement. Revealing how many vehicles carry ANPR or are unmarked, and their makes and models, would "
         "allow offenders to identify police vehicles and avoid detection, reducing the force's ability to "
         "prevent and detect crime and apprehend offenders. The public interest in transparency about the fleet "
         "is outweighed by the public interest in effective law enforcement.")
    n = ("Thamesmere Police can neither confirm nor deny that it holds any information in relation to question 6 "
         "and any other information relating to vehicles used by specialist or covert units, by virtue of Section "
         "23(5) – Information relating to the Security Bodies and Section 24(2) – National Security. This should "
         "not be taken as an indication that the information does or does not exist.")
    qs = part(1, [
        ("How many vehicles are in the force fleet?", "612 vehicles as at 1 January 2025.", "released"),
        ("How many of those vehicles are fully electric?", "58.", "released"),
        ("How many vehicles are fitted with ANPR cameras?", g, "withheld", s31),
        ("How many unmarked vehicles does the force have?", g, "withheld", s31),
        ("Please list the makes and models of the unmarked vehicles.", g, "withheld", s31),
        ("How many vehicles are allocated to counter-terrorism or Special Branch officers?", n, "ncnd",
         ["s23(5)", "s24(2)"]),
        ("How many police pursuits in 2024 ended in a collision?", "37.", "released"),
    ])
    blocks = [
        ("h", "Information requested", 2),
        ("ol", [q["text"] for q in qs]),
        ("h", "Information disclosed", 2),
        ("p", f"Question 1 – {qs[0]['a']}"),
        ("p", f"Question 2 – {qs[1]['a']}"),
        ("p", f"Questions 3, 4 and 5 – {g}"),
        ("p", f"Question 6 – {n}"),
        ("p", f"Question 7 – {qs[6]['a']} Figures are taken from the force's pursuit log and may change as "
              "investigations are completed."),
        ("p", "Every effort has been made to ensure that the information provided is as accurate as possible. "
              "If you are dissatisfied with this response you may request an internal review within 40 working "
              "days, and you may then complain to the Information Commissioner."),
    ]
    return dict(file="thamesmere-police-FOI-2025-00391.html", fmt="html", chrome=_chrome_thamesmere,
                authority="Thamesmere Police", reference="FOI-2025-00391", date="2025-01-28",
                received="2024-12-30", regime="foia",
                layout="disclosure-log page: numbered request, answers 'Question n –' with a grouped block",
                traps=["grouped exemption 'Questions 3, 4 and 5'",
                       "'question 6 and any other information relating to' NCND s23(5)/s24(2)",
                       "emergency alert banner, fixed cookie bar and footer", "bare numeric answers ('58.', '37.')"],
                qs=qs, blocks=blocks)


# =====================================================================
# 20  NHS foundation trust: answer in attachments, DOCX list with answers inside items
# =====================================================================
def l20():
    qs = part(1, [
        ("The midwifery vacancy rate for each month of 2024.",
         "Please see the attached spreadsheet (FOI 3317 – Attachment 1, tab 'Vacancies').", "released"),
        ("The number of births at each of the Trust's maternity units for each month of 2024.",
         "Please see Attachment 1, tab 'Births'.", "released"),
        ("The Trust's most recent CQC maternity inspection report.",
         "The report is published by the Care Quality Commission at https://www.cqc.example/location/ASH-MAT. "
         "This information is exempt under section 21 of the FOI Act as it is reasonably accessible by other means.",
         "released", ["s21"]),
        ("The number of shifts in 2024 on which the labour ward coordinator was not supernumerary.",
         "The Trust does not hold this information in a reportable form. Coordinator status is not recorded on the "
         "rostering system; it is noted on daily handover sheets which are not retained once the shift has ended.",
         "not_held"),
        ("Copies of the minutes of the Maternity Safety Champions' meetings held in 2024.",
         "The minutes are attached (Attachment 2). Patient identifiers and the names of staff below Band 8a have "
         "been redacted under section 40(2) of the Act (personal information).",
         "partially_released", ["s40(2)"]),
    ])
    items = [{"text": q["text"], "after": [f"Response: {q['a']}"]} for q in qs]
    blocks = [
        ("lines", ["Ashgrove Hospitals NHS Foundation Trust"], {"cls": "nhs"}),
        ("lines", ["Freedom of Information Office", "Ashgrove General Hospital", "Hill Road, Ashgrove AG9 9HT"],
         {"cls": "ad"}),
        ("lines", ["Our ref: FOI 3317", "Date: 13/02/2025"]),
        ("p", "Dear Requestor"),
        ("p", "**Re: Freedom of Information Act 2000 – maternity staffing**"),
        ("p", "Further to your request received on 16/01/2025, please find our response to each question below."),
        ("ol", items),
        ("p", "Attachments: FOI 3317 – Attachment 1 (spreadsheet, 2 tabs); FOI 3317 – Attachment 2 (redacted minutes)."),
        ("p", "If you are unhappy with the response you may request an internal review by contacting "
              "ash-tr.foi@nhs.example within two months. You may also complain to the Information Commissioner."),
        ("lines", ["Yours sincerely", "", "Freedom of Information Office",
                   "On behalf of Ashgrove Hospitals NHS Foundation Trust"]),
    ]
    css = ".nhs{font-size:15pt;font-weight:bold;color:#005eb8;text-align:right} .ad{text-align:right;font-size:9pt} body{font-family:Arial}"
    return dict(file="ashgrove-hospitals-FOI-3317.docx", fmt="docx",
                authority="Ashgrove Hospitals NHS Foundation Trust", reference="FOI 3317", date="2025-02-13",
                received="2025-01-16", regime="foia",
                layout="interleaved in one Word numbered list: each item holds the question and a 'Response:' paragraph",
                traps=["answers elsewhere ('see the attached spreadsheet')", "question numbers from list numbering",
                       "'not held in a reportable form' is not held", "redacted attachment = partial release"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 21  Welsh teaching health board: bullets numbered by authority, answers out of order (hard), gs PDF
# =====================================================================
def l21():
    qs = part(1, [
        ("How many people are on the waiting list for NHS dental treatment (the dental access portal)?",
         "8,412", "released"),
        ("What is the longest time anyone on the list has been waiting?", "1,004 days", "released"),
        ("How many dental practices have handed back NHS contracts since 2022, and which ones?",
         "Five practices", "released"),
        ("How many complaints about access to NHS dentistry did the Health Board receive in 2024?", "63",
         "released"),
        ("How much contract underspend was clawed back from each practice in 2023/24?",
         "£2,714,300 in total; per-practice amounts withheld s43(2)", "partially_released", ["s43(2)"]),
        ("Whether the Health Board plans to open any new salaried dental service clinics.",
         "Dental Access Plan to be published March 2025 (s22(1))", "released", ["s22(1)"]),
    ])
    bullets = [q["text"] for q in qs]
    blocks = [
        ("lines", ["**Bwrdd Iechyd Addysgu Mynydd Du**", "**Mynydd Du Teaching Health Board**"], {"cls": "lh"}),
        ("lines", ["Tŷ Carreg, Ffordd y Bannau, Aberhonddu / Brecon LD99 3MD"], {"cls": "ad"}),
        ("lines", ["Ein Cyf/Our Ref: FOI-1190-24", "06 January 2025"]),
        ("p", "Dear"),
        ("p", "**Request under the Freedom of Information Act 2000 – NHS dental access**"),
        ("p", "I refer to your request, received on 29 November 2024, in which you wrote:"),
        ("quote", ["\"Please could you tell me:"]),
        ("ul", bullets),
        ("quote", ["Thanks in advance.\""]),
        ("p", "For ease of reference I have numbered your questions 1 to 6 in the order in which you asked them. "
              "Some of the answers come from different departments and I have set them out in the order I received "
              "them."),
        ("p", "In answer to point 3, five practices have handed back their General Dental Services contracts since "
              "1 January 2022: Bridge Street Dental (Llandovery), Castle Dental Care (Brecon), Heol Fawr Dental "
              "Practice, Pennant Smile Clinic and Usk Valley Dental. Three of these contracts have since been "
              "re-awarded."),
        ("p", "Turning to points 1 and 2: as at 30 November 2024 there were 8,412 people on the dental access "
              "portal waiting list. The person who has been waiting longest joined the list on 1 March 2022, a wait "
              "of 1,004 days."),
        ("p", "With regard to point 5, the total amount recovered from practices for under-delivery of contracted "
              "activity in 2023/24 was £2,714,300. The amounts recovered from individual practices are withheld "
              "under section 43(2) (commercial interests), as contract values and delivery for each practice are "
              "commercially sensitive while the Health Board is re-procuring the contracts handed back. We have "
              "weighed the public interest in accountability for NHS funds, which we believe is served by the "
              "total, against the prejudice to the re-procurement, and concluded it favours withholding the "
              "individual amounts."),
        ("p", "The Health Board received 63 complaints about access to NHS dentistry in 2024 (point 4)."),
        ("p", "Finally, on point 6: the Health Board's Dental Access Plan 2025-2028, which sets out plans for the "
              "Community Dental Service including any new salaried clinics, is due to be published in March 2025. "
              "We are therefore applying section 22(1) of the Act, as the information is intended for future "
              "publication."),
        ("p", "If you are dissatisfied with this response, you can request an internal review by contacting the "
              "Corporate Governance Department within 40 working days. If you remain dissatisfied you can complain "
              "to the Information Commissioner's Office."),
        ("lines", ["Yn gywir / Yours sincerely", "", "Carys Beddoe", "Pennaeth Llywodraethu Gwybodaeth / Head of "
                   "Information Governance"]),
    ]
    css = ".lh{font-size:13pt;color:#2b5d34} .ad{font-size:9pt} body{font-family:'Liberation Sans';font-size:11pt}"
    return dict(file="mynydd-du-thb-FOI-1190-24.pdf", fmt="pdf-gs",
                authority="Mynydd Du Teaching Health Board", reference="FOI-1190-24", date="2025-01-06",
                received="2024-11-29", regime="foia",
                layout="request quoted as bullets; prose answers keyed 'point n' out of order",
                traps=["bullets numbered only by the authority", "answers out of order ('In answer to point 3')",
                       "points 1 and 2 answered together", "number at the end of a sentence '(point 4)'",
                       "PDF re-distilled with Ghostscript"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 22  Fire and rescue service: OCR'd scan, Q/A
# =====================================================================
def l22():
    qs = part(1, [
        ("How many deliberate vehicle fires did the Service attend in 2024?", "287.", "released"),
        ("How many firefighters were injured at those incidents?", "Nil.", "released"),
        ("What was the estimated cost of the damage caused by those fires?",
         "The Service does not hold this information. We do not record the value of property damaged at "
         "incidents.", "not_held"),
        ("Please name the five streets with the highest number of deliberate vehicle fires.",
         "This information is withheld under section 31(1)(a) of the Act (prevention or detection of crime). "
         "Identifying particular streets could encourage further deliberate fire setting in those locations. We "
         "have considered the public interest and concluded that it favours withholding the information.",
         "withheld", ["s31(1)(a)"]),
    ])
    blocks = [
        ("lines", ["HARROWMERE FIRE AND RESCUE SERVICE"], {"cls": "lh"}),
        ("lines", ["Service Headquarters, Beacon Hill, Harrowmere HM4 2FR"], {"cls": "ad"}),
        ("lines", ["Our Ref: HFRS/FOI/0457/25", "Date: 19 February 2025"]),
        ("p", "Dear Sir/Madam"),
        ("p", "FREEDOM OF INFORMATION ACT 2000 – DELIBERATE VEHICLE FIRES"),
        ("p", "Thank you for your request, received on 22 January 2025. Please find our response below."),
    ]
    for q in qs:
        blocks.append(("p", f"Q{q['n']}. {q['text']}"))
        blocks.append(("p", f"A{q['n']}. {q['a']}"))
    blocks += [
        ("p", "If you are not satisfied you may ask for an internal review within 40 working days, and then complain "
              "to the Information Commissioner."),
        ("lines", ["Yours faithfully", "", "D. Ashworth", "Information Governance Officer"]),
    ]
    css = ("body{font-family:'Liberation Serif';font-size:12pt} .lh{font-size:15pt;font-weight:bold;text-align:center} "
           ".ad{text-align:center;font-size:10pt}")
    return dict(file="harrowmere-fire-HFRS-FOI-0457-25-scan.pdf", fmt="pdf-ocr",
                authority="Harrowmere Fire and Rescue Service", reference="HFRS/FOI/0457/25", date="2025-02-19",
                received="2025-01-22", regime="foia",
                layout="interleaved Q1./A1. (scanned and OCR'd)",
                traps=["OCR'd scan: text layer from tesseract", "OCR misreads question and answer keys (e.g. Ql, AA.)", "'Nil.' is a released zero"],
                qs=qs, blocks=blocks, css=css)


# =====================================================================
# 23  District council: s14(1) vexatious, plain text
# =====================================================================
def l23():
    qs = part(1, [
        ("All emails sent or received by the planning enforcement officer that mention my property at 4 Orchard "
         "Rise since 2019.", "", "refused", ["s14(1)"]),
        ("The training records of that officer.", "", "refused", ["s14(1)"]),
        ("The officer's home address so that I can serve papers on him personally.", "", "refused", ["s14(1)"]),
    ])
    blocks = [
        ("lines", ["Ouseby District Council", "Corporate Information Team", "Riverside House, Ouseby YO99 5OD"]),
        ("lines", ["Ref: ODC-FOI-2425-1456", "Date: 18/11/2024"]),
        ("p", "Dear Mr Hartley"),
        ("p", "REQUEST FOR INFORMATION – PLANNING ENFORCEMENT"),
        ("p", "Your request of 21/10/2024 asked for:"),
        ("ol", [q["text"] for q in qs], {"fmt": "{n}. "}),
        ("p", "The Council has decided to refuse your request under section 14(1) of the Freedom of Information "
              "Act 2000, because it is vexatious."),
        ("p", "In reaching this decision the Council has taken into account the history of your dealings with "
              "it. Since March 2024 you have made 23 requests about the enforcement case at 4 Orchard Rise, "
              "including ODC-FOI-2425-0988 and ODC-FOI-2425-1203, most of which were made within days of the "
              "previous response and many of which repeat earlier questions. Your correspondence has included "
              "personal remarks about the officer concerned, and this request asks for his home address. The "
              "enforcement matter itself has been the subject of an appeal to the Planning Inspectorate, which was "
              "dismissed, and of a complaint to the Local Government and Social Care Ombudsman, which was not "
              "upheld."),
        ("p", "The Council recognises that there is value in scrutiny of its planning enforcement decisions. "
              "However, taking the history and context together, it considers that this request would impose a "
              "disproportionate burden on a small team, that it is being used to pursue a grievance that has "
              "already been considered independently, and that it is causing distress to a member of staff. The "
              "Information Commissioner's guidance, and the Upper Tribunal's decision in Dransfield, support "
              "looking at a request in this wider context."),
        ("p", "Please note that, in accordance with section 17(6) of the Act, the Council may not issue a further "
              "refusal notice if you make further requests on this subject; such requests will be logged but may "
              "not receive a reply."),
        ("p", "If you are dissatisfied with this decision you may ask for an internal review within 40 working "
              "days. You may then complain to the Information Commissioner. The Commissioner upheld the Council's "
              "previous reliance on section 14(1) in relation to your requests in decision notice IC-29874-K7Q1."),
        ("lines", ["Yours sincerely", "", "Corporate Information Manager", "Ouseby District Council"]),
    ]
    return dict(file="ouseby-dc-ODC-FOI-2425-1456.txt", fmt="txt", width=72,
                authority="Ouseby District Council", reference="ODC-FOI-2425-1456", date="2024-11-18",
                received="2024-10-21", regime="foia",
                layout="short refusal notice: request listed, one s14(1) decision for all",
                traps=["vexatious refusal covers every question", "earlier request references and ICO decision "
                       "notice quoted", "s17(6) named but not applied", "request date used as received"],
                qs=qs, blocks=blocks)


# =====================================================================
# 24  Metropolitan borough council: REQUEST / RESPONSE, one answer deferred (unknown), Markdown
# =====================================================================
def l24():
    qs = part(1, [
        ("When did the leisure management contract with Active Vale Leisure begin, and when does it end?",
         "The contract began on 1 April 2019 and ends on 31 March 2029, with an option to extend by five years.",
         "released"),
        ("What management fee has the Council paid in each year of the contract?",
         "We are still considering this question. We believe that the exemption for commercial interests in "
         "section 43(2) may apply, and section 10(3) of the Act allows us a reasonable extension of time to "
         "consider the public interest test. We aim to send you our decision on this question by 26 March 2025.",
         "unknown"),
        ("How many visits were recorded at each leisure centre in each year since 2019?",
         "Please see the table below.", "released"),
        ("How many staff transferred to Active Vale Leisure under TUPE?", "148 staff transferred on 1 April 2019.",
         "released"),
        ("A copy of the most recent condition survey of Harwick Baths.",
         "The Council does not hold a condition survey of Harwick Baths. The last survey was carried out in 2014 "
         "and was destroyed in 2022 in line with the Council's retention schedule; no survey has been carried out "
         "since.", "not_held"),
    ])
    blocks = [
        ("p", "**HARWICK MARSH METROPOLITAN BOROUGH COUNCIL**  \nTown Hall · Harwick Marsh · HM1 1TH"),
        ("p", "Our reference: 2025/1045  \nYour request received: 29 January 2025  \nDate: 26 February 2025"),
        ("p", "Dear Requester,"),
        ("h", "Freedom of Information request – leisure management contract", 3),
        ("p", "Thank you for your request for information. Our response to each part of your request is below."),
    ]
    for q in qs:
        blocks.append(("p", f"**REQUEST {q['n']}:** {q['text']}"))
        blocks.append(("p", f"**RESPONSE:** {q['a']}"))
        if q["n"] == 3:
            blocks.append(("table", ["Centre", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"],
                           [["Harwick Baths", "212,400", "61,050", "148,900", "201,330", "209,870"],
                            ["Marshgate Leisure Centre", "318,220", "94,610", "240,115", "301,480", "322,905"],
                            ["Eastfield Sports Hall", "88,040", "22,300", "61,775", "79,260", "84,112"]]))
    blocks += [
        ("p", "If you are unhappy with our response, you can ask for an internal review by emailing "
              "foi@harwickmarsh.gov.example within 40 working days. You can also complain to the Information "
              "Commissioner's Office."),
        ("p", "Yours sincerely,  \nInformation Management Team  \nHarwick Marsh Metropolitan Borough Council"),
    ]
    return dict(file="harwick-marsh-mbc-2025-1045.md", fmt="md",
                authority="Harwick Marsh Metropolitan Borough Council", reference="2025/1045", date="2025-02-26",
                received="2025-01-29", regime="foia",
                layout="REQUEST n: / RESPONSE: pairs with an embedded Markdown table",
                traps=["one question deferred under s10(3) (unknown)", "s43(2) named as possibly applying but not "
                       "applied", "a later decision date (26 March 2025) in the text",
                       "not held: survey destroyed under retention schedule", "figures in a Markdown table"],
                qs=qs, blocks=blocks)


def build():
    out = []
    for fn in (l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12,
               l13, l14, l15, l16, l17, l18, l19, l20, l21, l22, l23, l24):
        L = fn()
        out.append(L)
    return out
