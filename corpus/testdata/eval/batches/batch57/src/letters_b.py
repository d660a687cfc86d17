"""Letters 7-12."""
from common import Q, E, paras, by


# ---------------------------------------------------------------- 7
def l07():
    qs = [
        Q(1, 1, "How many firearm certificates were in force in the force area on 31 December 2024?",
          "released", [], "17,233 firearm certificates were in force on 31 December 2024."),
        Q(1, 2, "How many firearm or shotgun certificates were revoked during 2024?",
          "released", [], "41 certificates were revoked in 2024 (firearm 17, shotgun 24)."),
        Q(1, 3, "Has the force used retrospective facial recognition technology in any investigation during 2024?",
          "ncnd", ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"]),
        Q(1, 4, "Please provide the names and grades of the staff in the Firearms Licensing Unit.",
          "withheld", ["foisa:s38(1)(b)"]),
        Q(1, 5, "Please provide copies of all correspondence between the force and the Scottish Government about firearms licensing fees since 1 January 2020.",
          "refused", ["foisa:s12(1)"]),
    ]
    t = f"""NORTH ALBANY POLICE
Information Management – Disclosure Unit
Ruthven House, 14 Marischal Row, Aberlour Bay AB61 9QT

Tel 01340 555 210   |   foi@northalbany.police.scot

Our Reference:   IM-FOI-2025-0642
Your Reference:  (email of 14/02/2025)

11 March 2025

Dear Sir / Madam

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - FIREARMS LICENSING

I refer to your request for information which North Albany Police received on 14 February 2025.

Your questions and our answers are set out in turn below.

Request 1
{qs[0].text}

Answer
{qs[0].ans}

Request 2
{qs[1].text}

Answer
{qs[1].ans}

Request 3
{qs[2].text}

Answer
North Albany Police can neither confirm nor deny that it holds any information in
relation to this part of your request. Section 18(1) of the Act applies, read with
section 35(1)(a) and (b) (law enforcement - the prevention or detection of crime and
the apprehension or prosecution of offenders).

If the information existed and were held, it would be exempt under section 35(1)(a)
and (b), and it would be contrary to the public interest to reveal whether it exists:
confirming which investigative techniques have or have not been used would allow
offenders to adapt their behaviour. This response should not be taken as conclusive
evidence that the information you have requested does or does not exist.

Request 4
{qs[3].text}

Answer
The information you have requested is exempt from disclosure under section 38(1)(b)
of the Act (personal information). The names and grades of individual members of
staff below senior management level are their personal data, and to release them
would breach the first data protection principle. Section 38(1)(b) is an absolute
exemption and no public interest test is required.

Request 5
{qs[4].text}

Answer
Section 12(1) of the Act provides that a public authority is not obliged to comply
with a request where the estimated cost of doing so would exceed the prescribed
amount of £600. Correspondence about licensing fees is not held in a single file:
it is spread across the mailboxes of the Firearms Licensing Unit, the Deputy Chief
Constable's office and the Corporate Finance team. A sample search of one mailbox for
one year returned 1,380 emails, each of which would need to be read to establish
whether it falls within the scope of your request. At even one minute per email,
searching the three mailboxes for five years would take well over 100 hours. We are
therefore refusing this part of your request under section 12(1).

You may wish to narrow this part of your request, for example to formal letters
exchanged with the Scottish Government in 2024 only.

Should you require any further assistance please contact the Disclosure Unit quoting
the reference above.

REVIEW AND APPEAL

If you are dissatisfied with the way we have handled your request, you may ask for a
review within 40 working days of receiving this response by writing to the address
above. If you remain dissatisfied after the review, you can apply to the Scottish
Information Commissioner. Further appeal lies to the Court of Session on a point of
law only.

Yours faithfully

Ewan Strachan
Disclosure Officer
North Albany Police
"""
    return dict(
        file="north-albany-police-IM-FOI-2025-0642.txt", fmt="txt",
        authority="North Albany Police", reference="IM-FOI-2025-0642",
        date="2025-03-11", received="2025-02-14", regime="foisa",
        layout="interleaved 'Request N / Answer' blocks; plain text",
        traps=["FOISA NCND s18(1) read with s35(1)(a) and (b)", "FOISA cost refusal s12(1) for one question only",
               "'Your Reference' line contains a date", "hard-wrapped text lines"],
        qs=qs, body=t)


# ---------------------------------------------------------------- 8
def l08():
    qs = [
        Q(1, 1, "What is the Trust's total staff headcount?", "released", [], "6,412 (as at 31 January 2025)"),
        Q(1, 2, "Who is the supplier of your electronic patient record (EPR) system?", "released", [], "Halcyon Clinical Systems Ltd"),
        Q(1, 3, "When does the EPR contract expire?", "released", [], "31/03/2027"),
        Q(1, 4, "What is the annual cost of the EPR contract?", "withheld", ["s43(2)"], "Exempt – section 43(2). See note A below."),
        Q(1, 5, "How many cyber security incidents did the Trust report to NHS England in 2024?", "withheld", ["s31(1)(a)"], "Exempt – section 31(1)(a). See note B below."),
        Q(1, 6, "Does the Trust use Microsoft 365?", "released", [], "Yes"),
        Q(1, 7, "How many laptops does the Trust have?", "released", [], "3,980"),
        Q(1, 8, "How many desktop PCs does the Trust have?", "released", [], "2,215"),
        Q(1, 9, "Which anti-virus / endpoint protection product does the Trust use?", "withheld", ["s31(1)(a)"], "Exempt – section 31(1)(a). See note B below."),
        Q(1, 10, "What is the Trust's IT budget for 2024/25?", "released", [], "£14.7m (revenue and capital combined)"),
        Q(1, 11, "How many ransomware payments has the Trust made since 2020?", "released", [], "None"),
        Q(1, 12, "Is your IT service desk outsourced?", "released", [], "No – the service desk is provided in-house."),
        Q(1, 13, "If yes, please give the name of the supplier and the contract end date.", "released", [], "Not applicable"),
        Q(1, 14, "Please provide the name, job title and direct email address of the person responsible for IT.", "partially_released", ["s40(2)"],
          "Job title: Chief Digital Information Officer. Generic contact: digital.enquiries@harrowfield-chc.nhs.uk. The name and direct email address are withheld under section 40(2) – see note C below."),
    ]
    rows = "\n".join(f"<tr><td class='n'>{q.n}</td><td>{E(q.text)}</td><td class='c'>{E(q.ans)}</td></tr>" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI 25-0389</title>
<style>
@page {{ size: A4; margin: 18mm 16mm 22mm 16mm; }}
body {{ font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10pt; }}
.nhs {{ text-align: right; }} .nhs b {{ background:#005eb8; color:#fff; padding: 2px 6px; font-size: 16pt; }}
table.qa {{ width: 100%; border-collapse: collapse; margin-top: 8px; }}
table.qa td, table.qa th {{ border: 1px solid #7a7a7a; padding: 5px; vertical-align: middle; }}
table.qa th {{ background: #dbe7f5; }}
td.n {{ width: 6%; text-align: center; }} td.c {{ width: 38%; text-align: center; }}
tr {{ page-break-inside: auto; }}
@page {{ @bottom-center {{ content: 'Harrowfield Community Healthcare NHS Trust · Caring together, closer to home · Trust Headquarters, Lowfield House, Harrowfield HF2 8NT'; font-family: Arial, sans-serif; font-size: 7.5pt; color: #444; }} }}
</style></head><body>
<div class="nhs"><b>NHS</b><br><strong>Harrowfield Community Healthcare</strong><br>NHS Trust</div>
<p>Freedom of Information Office<br>Lowfield House<br>Station Road<br>Harrowfield<br>HF2 8NT</p>
<p>Date: 12 March 2025<br>FOI Ref: FOI 25-0389</p>
<p>Dear Requester</p>
<p><b>Re: Freedom of Information request – IT infrastructure and cyber security</b></p>
<p>We acknowledge receipt of your request, which we received on 12 February 2025. Please find our response to your questions in the table below.</p>
<table class="qa">
<tr><th>No</th><th>Question</th><th>Response</th></tr>
{rows}
</table>
<p><b>Note A – Section 43(2) Commercial interests</b></p>
<p>The annual cost of the EPR contract was negotiated under a framework agreement and its disclosure would be likely to prejudice the commercial interests of both the supplier and the Trust ahead of re-procurement. The public interest in transparency is outweighed by the public interest in the Trust obtaining value for money.</p>
<p><b>Note B – Section 31(1)(a) Law enforcement</b></p>
<p>NHS England guidance is that information about cyber incidents and the security products in use could assist those planning cyber-attacks. Disclosure would be likely to prejudice the prevention of crime. Having considered the public interest, the Trust considers that it favours withholding the information.</p>
<p><b>Note C – Section 40(2) Personal information</b></p>
<p>The names and direct contact details of staff are personal data and are withheld; we have provided the job title and a generic mailbox instead.</p>
<p>If you are not satisfied with this response you may request an internal review by contacting the FOI Office within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office.</p>
<p>Yours sincerely</p>
<p>FOI Office<br>Harrowfield Community Healthcare NHS Trust</p>
</body></html>"""
    return dict(
        file="harrowfield-chc-nhs-FOI-25-0389.pdf", fmt="pdf-chrome",
        authority="Harrowfield Community Healthcare NHS Trust", reference="FOI 25-0389",
        date="2025-03-12", received="2025-02-12", regime="foia",
        layout="14-row table with centred answer cells (Chromium PDF), notes on exemptions after the table",
        traps=["centred and wrapped table cells", "'None' is a released zero", "'Not applicable' after a 'No' answer is released",
               "table may split over a page", "exemptions keyed to notes A/B/C"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 9
def l09():
    qs = [
        Q(1, 1, "How many patients were waiting for a first musculoskeletal (MSK) physiotherapy appointment on 31 January 2025?",
          "released", []),
        Q(1, 2, "Of those, how many had been waiting more than 12 weeks?", "released", []),
        Q(1, 3, "What was the median waiting time for a first MSK physiotherapy appointment in each quarter of 2024?",
          "released", ["foisa:s25(1)"]),
        Q(1, 4, "How many physiotherapists (whole time equivalent) does the Board employ?", "released", []),
        Q(1, 5, "How much did the Board spend on agency physiotherapists in 2023/24?", "not_held", []),
        Q(1, 6, "Which agencies supplied physiotherapists to the Board, and what hourly rates were paid to each?",
          "withheld", ["foisa:s33(1)(b)"]),
    ]
    items = "\n".join(f"<li>{E(q.text)}</li>" for q in qs)
    body = f"""<html><head><meta charset="utf-8"><title>FOI-LF-2025-0188</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:11pt}}</style></head><body>
<div title="header"><p align="right"><font size="2">NHS Loch Fennick · Bòrd Slàinte Loch Fhionnaig</font></p></div>
<p><b><font size="5" color="#005eb8">NHS Loch Fennick</font></b><br>Corporate Services – Information Governance<br>Fennick General Hospital, Shore Road, Inverfennick IV19 3RB</p>
<table width="100%"><tr><td>Our ref: FOI-LF-2025-0188</td><td align="right">12 March 2025</td></tr>
<tr><td>Your request dated: 17 February 2025</td><td></td></tr></table>
<p>Dear Requester</p>
<p><b>Freedom of Information (Scotland) Act 2002 – Physiotherapy waiting times</b></p>
<p>Thank you for your request dated 17 February 2025. You asked:</p>
<ol>
{items}
</ol>
<p>NHS Loch Fennick's response is as follows.</p>
<p><b>Questions 1 and 2</b><br>On 31 January 2025, 3,214 patients were waiting for a first MSK physiotherapy appointment, of whom 1,877 had been waiting more than 12 weeks.</p>
<p><b>Question 3</b><br>Median waits for Allied Health Professions MSK services are published quarterly by Public Health Scotland at https://publichealthscotland.scot/publications/ahp-waiting-times. Under section 25(1) of FOISA we are not required to provide information which is otherwise accessible to you.</p>
<p><b>Question 4</b><br>142.6 whole time equivalent physiotherapists (all bands) as at 31 January 2025.</p>
<p><b>Question 5</b><br>Agency spend is recorded in the Board's ledger against a single "AHP agency" cost code covering all Allied Health Professions, and is not broken down by profession. The Board therefore does not hold this information, and under section 17(1) of FOISA this is formal notice that the information requested is not held.</p>
<p><b>Question 6</b><br>The names of agencies and the rates paid are withheld under section 33(1)(b) of FOISA (commercial interests). Rates are agreed under the national agency framework and individual agencies' rates are commercially sensitive; disclosure would be likely to prejudice substantially their commercial interests and the Board's ability to negotiate. We have considered the public interest and concluded that it lies in withholding this information.</p>
<p><b>Review rights</b><br>If you are unhappy with this response you may ask us to review it within 40 working days (foi.lochfennick@nhs.scot). If you are then still dissatisfied, you can appeal to the Scottish Information Commissioner.</p>
<p>Kind regards</p>
<p>Alasdair MacPhee<br>Information Governance Officer<br>NHS Loch Fennick</p>
</body></html>"""
    return dict(
        file="nhs-loch-fennick-FOI-LF-2025-0188.docx", fmt="docx",
        authority="NHS Loch Fennick", reference="FOI-LF-2025-0188",
        date="2025-03-12", received="2025-02-17", regime="foisa",
        layout="restate with automatic list numbering (DOCX), grouped answers 'Questions 1 and 2'",
        traps=["grouped answer for Q1-Q2", "FOISA s25(1) signposting", "s17(1) not-held notice", "only request date given (received = request date)"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 10
def l10():
    qs = [
        Q(1, 1, "The number of ambulance handovers that took longer than 60 minutes at each hospital in December 2024.",
          "released", []),
        Q(1, 2, "The longest single handover delay recorded in December 2024, and at which hospital.",
          "released", []),
        Q(1, 3, "The number of serious incidents declared in 2024 that related to handover delays, broken down by hospital.",
          "partially_released", ["s40(2)"]),
        Q(1, 4, "Copies of all incident reports (Datix) submitted by crews in 2024 that mention handover delays.",
          "refused", ["s12(1)"]),
    ]
    t = f"""# Western Counties Ambulance Service NHS Foundation Trust

**Information Governance** · Ambulance Headquarters, Kingsway Park, Taunbridge TB4 6AH · foi@wcas.nhs.uk

---

| | |
|---|---|
| **Internal review reference** | IR-2025-017 |
| **Original request reference** | FOI-2025-0120 |
| **Original request received** | 16/12/2024 |
| **Original response sent** | 14/01/2025 |
| **Review requested** | 20/01/2025 |
| **Date of this letter** | 13/03/2025 |

Dear Requester

## Internal review – ambulance handover delays

Thank you for your email of 20/01/2025 asking us to review our handling of your request FOI-2025-0120. I am a senior manager who was not involved in the original decision, and I have now completed the review.

### Your original request

You asked for:

1. {qs[0].text}
2. {qs[1].text}
3. {qs[2].text}
4. {qs[3].text}

### The original decision

Our response of 14/01/2025 refused the whole request under section 12(1) of the Freedom of Information Act 2000, on the basis that answering question 4 alone would exceed the appropriate limit of 18 hours (£450), and that the four questions could be aggregated.

### Outcome of the review

I have concluded that the original decision was **not correct** in part. Questions 1 to 3 can be answered from our computer-aided dispatch system and incident log within the limit, and although the questions may be aggregated, the Trust should have offered to answer them under its duty to advise and assist. I have therefore answered them below. Changes from the original response are shown in **bold**.

**Question 1** – **Handovers over 60 minutes, December 2024:**

| Hospital | Handovers > 60 minutes |
|---|---|
| Taunbridge General Hospital | 412 |
| St Aldhelm's Hospital, Wellcombe | 287 |
| Exbury Royal Infirmary | 356 |
| Minehead Vale Community Hospital | 9 |

**Question 2** – **The longest single handover delay was 17 hours 42 minutes, at Exbury Royal Infirmary on 23/12/2024.**

**Question 3** – **23 serious incidents relating to handover delays were declared in 2024. Of these, 12 were declared at Taunbridge General Hospital and 7 at Exbury Royal Infirmary. For the remaining two hospitals the number in each case is fewer than five, and the exact figures are withheld under section 40(2) because, combined with local press coverage, they could lead to the identification of the patients involved.**

**Question 4** – The original decision is **upheld** for this question. The Trust received 5,930 Datix reports from crews in 2024. There is no reliable category for handover delay, so each report would need to be opened and read. At an estimated 2 minutes per report this would take approximately 198 hours, well above the 18-hour limit. Question 4 therefore remains refused under section 12(1).

If you would like us to search a smaller set, for example the reports for one hospital in one month, please let us know.

### Your right to complain to the ICO

If you are not content with the outcome of this review, you may apply directly to the Information Commissioner for a decision. The Commissioner's reference for any complaint will be separate from ours. Generally, the ICO cannot make a decision unless you have exhausted our internal review procedure, which you now have.

Yours sincerely

*Dr Helen Carrow*
Associate Director of Governance and Compliance
Western Counties Ambulance Service NHS Foundation Trust
"""
    return dict(
        file="wcas-nhs-internal-review-IR-2025-017.md", fmt="md",
        authority="Western Counties Ambulance Service NHS Foundation Trust", reference="IR-2025-017",
        date="2025-03-13", received="2024-12-16", regime="foia",
        layout="internal review (markdown): metadata table, original request, original decision, review outcome per question with changes in bold",
        traps=["internal review: review outcome is the stance, not the original whole-request s12(1)",
               "two references (review and original) plus several dates", "partial release s40(2) of small numbers",
               "original decision described as refusing the whole request"],
        qs=qs, body=t)


# ---------------------------------------------------------------- 11
def l11():
    qs = [
        Q(1, 1, "How many false alarms caused by automatic fire alarm systems did the Service attend in 2023/24?",
          "released", []),
        Q(1, 2, "How many premises were charged for attending repeated false alarms, and how much income did the charges raise?",
          "released", []),
        Q(1, 3, "Please list the names and addresses of the premises that were charged.",
          "partially_released", ["s40(2)"]),
    ]
    body = f"""<html><head><meta charset="utf-8"><title>SFRA 25/061</title>
<style>body{{font-family:'DejaVu Serif',Georgia;font-size:11pt}}</style></head><body>
<div title="footer"><p align="center"><font size="1">Severnside Fire and Rescue Authority · Headquarters, Ferry Lane, Glouvern GL9 4FR · Making Severnside safer</font></p></div>
<p align="right"><font size="4" color="#b00000"><b>Severnside Fire &amp; Rescue Service</b></font><br>Headquarters<br>Ferry Lane<br>Glouvern<br>GL9 4FR</p>
<p>Thursday, 6 March 2025</p>
<p>Our reference: SFRA 25/061</p>
<p>Dear Requester</p>
<p><b>Your request for information about false alarm charging</b></p>
<p>Thank you for your request, which we received on 12 February 2025, and which we have dealt with under the Freedom of Information Act 2000.</p>
<p>You first asked how many false alarms caused by automatic fire alarm systems the Service attended in 2023/24. Our crews attended 2,118 such false alarms during that year, which represents just under a third of all incidents attended.</p>
<p>Your second question asked how many premises were charged for attending repeated false alarms and how much income the charges raised. Under the Authority's charging policy, premises are charged from the tenth false alarm in any rolling twelve-month period. In 2023/24, 37 premises were charged, raising a total of £14,060.</p>
<p>Finally, you asked for the names and addresses of the premises that were charged. Twenty-nine of the 37 premises are businesses or public-sector buildings, and their names and addresses are listed in the annex to this letter. The remaining eight are private dwellings, mostly sheltered or supported housing where the alarm is linked to an individual resident. Releasing those addresses would identify the residents and reveal information about them, so this part of the information is withheld under section 40(2) of the Act, as disclosure would breach the data protection principles.</p>
<p><b>Annex – premises charged in 2023/24 (non-domestic)</b></p>
<p>Glouvern Retail Park Unit 4 (Homeway Stores), Bristol Road, Glouvern; Severn Vale Academy, Church Lane, Lydcombe; Riverside Business Centre, Quay Street, Glouvern; Tewksmoor Community Hospital, Lower Road, Tewksmoor; Kingfisher Hotel, Bridge Street, Lydcombe; and 24 further premises listed in the attached spreadsheet.</p>
<p>If you are unhappy with the way we have dealt with your request, please write to the Clerk to the Authority at the address above to request an internal review. You may subsequently complain to the Information Commissioner's Office.</p>
<p>Yours sincerely</p>
<p>Tom Ashdown<br>Information Governance and Compliance Manager<br>for and on behalf of Severnside Fire and Rescue Authority</p>
</body></html>"""
    return dict(
        file="severnside-fra-SFRA-25-061.pdf", fmt="pdf-lo",
        authority="Severnside Fire and Rescue Authority", reference="SFRA 25/061",
        date="2025-03-06", received="2025-02-12", regime="foia",
        layout="answers in prose paragraphs ('You first asked ...', 'Finally, you asked ...'); LibreOffice PDF",
        traps=["questions never numbered, answered in prose", "numbers written as words in places", "weekday in the date", "partial release s40(2)",
               "letterhead names the Service, signature names the Authority"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 12
def l12():
    qs = [
        Q(1, 1, "Incumbent Supplier: please provide the supplier of each contact centre contract.", "released", [], "Tellurian Contact Solutions Ltd"),
        Q(1, 2, "Annual Average Spend: please state the annual average spend over the last three years for each supplier.", "withheld", ["s43(2)"], "Withheld under section 43(2) – see below."),
        Q(1, 3, "Contract Expiry: please state the date on which the contract expires.", "released", [], "31 July 2026"),
        Q(1, 4, "Contract Review: please state the date on which the contract will be reviewed.", "released", [], "January 2026"),
        Q(1, 5, "Contract Description: please give a brief description of the services provided.", "released", [], "Cloud contact centre platform for the Student Hub, including call routing, web chat and call recording."),
        Q(1, 6, "Contact Details: please provide the name, job title, telephone number and email address of the person responsible for the contract.", "partially_released", ["s40(2)"],
          "Head of Student Services Operations; studenthub@lowbridge.ac.uk. The name and direct contact details of the individual are withheld under section 40(2)."),
        Q(2, 1, "Incumbent Supplier: please provide the supplier of each inbound network services contract.", "released", [], "Kestrel Networks plc"),
        Q(2, 2, "Annual Average Spend: please state the annual average spend over the last three years for each supplier.", "withheld", ["s43(2)"], "Withheld under section 43(2) – see below."),
        Q(2, 3, "Contract Expiry: please state the date on which the contract expires.", "released", [], "30/09/2025"),
        Q(2, 4, "Contact Details: please provide the name, job title, telephone number and email address of the person responsible for the contract.", "partially_released", ["s40(2)"],
          "Network Services Manager; itservices@lowbridge.ac.uk. The name and direct contact details of the individual are withheld under section 40(2)."),
    ]

    def part(p):
        return "\n".join(f"<tr><td>{q.n}</td><td>{E(q.text)}</td><td>{E(q.ans)}</td></tr>" for q in qs if q.part == p)
    body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>F25/118 Contact centre and inbound network contracts – University of Lowbridge</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0}} .top{{background:#2b0a3d;color:#fff;padding:12px 30px}}
.top a{{color:#e8d9f5;margin-right:14px}} .bc{{font-size:12px;padding:6px 30px;color:#555}} article{{padding:0 30px;max-width:900px}}
table{{border-collapse:collapse}} td,th{{border:1px solid #bbb;padding:6px;vertical-align:top}} #cc{{position:fixed;bottom:0;width:100%;background:#222;color:#eee;padding:12px}}
.side{{float:right;width:220px;background:#f4f0f8;padding:10px;margin:0 0 10px 20px;font-size:13px}} footer{{background:#2b0a3d;color:#ccc;padding:20px 30px;font-size:12px}}</style></head>
<body>
<div class="top"><strong>University of Lowbridge</strong>
<a href="/study">Study</a><a href="/research">Research</a><a href="/about">About us</a><a href="/about/governance">Governance</a><a href="/contact">Contact</a></div>
<div class="bc">You are here: <a href="/">Home</a> / <a href="/about">About us</a> / <a href="/about/governance">Governance</a> / <a href="/about/governance/foi">Freedom of Information</a> / <a href="/about/governance/foi/log">Disclosure log 2024–25</a> / F25/118</div>
<article>
<aside class="side"><strong>In this section</strong><ul><li><a href="#">Publication scheme</a></li><li><a href="#">Make a request</a></li><li><a href="#">Disclosure log</a></li><li><a href="#">Data protection</a></li></ul></aside>
<h1>F25/118 – Contact centre and inbound network contracts</h1>
<p><em>Received: 6 February 2025 · Responded: 7 March 2025 · Outcome: Partially disclosed</em></p>
<p>Dear Requester,</p>
<p>Thank you for your request for information under the Freedom of Information Act 2000. Your request was in two parts: the first about contact centre contracts, and the second about inbound network services (0800/0300 numbers, call routing, IVR). The University's response is given in the tables below.</p>
<h2>Part 1 – Contact centre</h2>
<table><tr><th>#</th><th>Request</th><th>Response</th></tr>
{part(1)}
</table>
<h2>Part 2 – Inbound network services</h2>
<table><tr><th>#</th><th>Request</th><th>Response</th></tr>
{part(2)}
</table>
<h2>Exemptions applied</h2>
<p><strong>Section 43(2) – Commercial interests.</strong> The amounts paid under both contracts were agreed in confidential negotiations. The University intends to re-tender the inbound network contract in 2025 and disclosure of current spend would be likely to prejudice its negotiating position and the supplier's commercial interests. The public interest in accountability for spending is met in part by the University's published audited accounts; on balance, the public interest favours withholding the figures.</p>
<p><strong>Section 40(2) – Personal information.</strong> The names and direct contact details of the staff concerned are their personal data. We have provided job titles and team mailboxes instead.</p>
<p>If you are dissatisfied with this response, you may request an internal review by emailing foi@lowbridge.ac.uk within 40 working days, and subsequently complain to the Information Commissioner.</p>
<p>Governance and Legal Services<br>University of Lowbridge</p>
</article>
<div id="cc">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies" style="color:#fff">Find out more</a> <button>OK</button></div>
<footer>University of Lowbridge, Lowbridge LW1 4UL · Registered charity · <a href="/privacy" style="color:#ccc">Privacy</a> · <a href="/accessibility" style="color:#ccc">Accessibility</a> · © 2025</footer>
</body></html>"""
    return dict(
        file="lowbridge-university-F25-118.html", fmt="html",
        authority="University of Lowbridge", reference="F25/118",
        date="2025-03-07", received="2025-02-06", regime="foia",
        layout="disclosure-log page; contract round-robin in two parts, each a #|Request|Response table; exemptions section after",
        traps=["numbering restarts in part 2", "same question text in both parts", "sidebar navigation and cookie banner",
               "s43(2) withheld spend / s40(2) partial contacts"],
        qs=qs, body=body)


LETTERS = [l07, l08, l09, l10, l11, l12]
