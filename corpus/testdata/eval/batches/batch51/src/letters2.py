from common import *

LETTERS = []

# ---------------------------------------------------------------- L07 police, s12(2) NCND cost trap
L = dict(
    file="wessex-vale-police-FOI-2025-004417.pdf", fmt="pdf-lo-gs",
    authority="Wessex Vale Police", reference="FOI-2025-004417",
    date="2025-07-02", received="2025-06-05", regime="foia",
    layout="lettered request items then a single whole-request cost refusal",
    traps=["s12(2) cost refusal worded as 'neither confirm nor deny' = refused not ncnd",
           "lettered items a)-d) numbered 1-4", "cost arithmetic", "police 'should not be taken as' NCND-style sentence"],
    qs=[
        Q(1, 1, "The number of strip searches carried out on children under 18 in each year from 2020 to 2024.", "", "refused", ["s12(2)"]),
        Q(1, 2, "For each search, whether an appropriate adult was present.", "", "refused", ["s12(2)"]),
        Q(1, 3, "The self-defined ethnicity of each child searched.", "", "refused", ["s12(2)"]),
        Q(1, 4, "The outcome of each search (for example arrest, no further action).", "", "refused", ["s12(2)"]),
    ])


def r07(L):
    h = ["<html><head><meta charset='utf-8'></head><body style='font-family: Liberation Serif; font-size: 11pt'>"]
    h.append("<p><b><font size='5'>WESSEX VALE POLICE</font></b><br><i>Freedom of Information Department</i><br>"
             "PO Box 2210, Wexbury, WV1 9AA</p>")
    h.append("<p align='right'>OFFICIAL</p>")
    h.append(f"<table border='0'><tr><td>Request number:</td><td>{L['reference']}</td></tr>"
             f"<tr><td>Date received:</td><td>{d(L['received'],'long')}</td></tr>"
             f"<tr><td>Date of reply:</td><td>{d(L['date'],'long')}</td></tr></table>")
    h.append("<p>Dear</p>")
    h.append("<p>Thank you for your request for information, which has been considered under the Freedom of Information Act "
             "2000. You asked:</p>")
    for q, letter in zip(L["qs"], "abcd"):
        h.append(f"<p style='margin-left:1cm'>{letter}) {e(q['text'])}</p>")
    h.append("<p><b>Decision</b></p>")
    h.append("<p>Wessex Vale Police can neither confirm nor deny that it holds all of the information you have requested, as "
             "the duty in Section 1(1)(a) of the Act does not apply by virtue of Section 12(2). Section 12(2) removes the "
             "duty to confirm or deny where the cost of establishing whether the information is held would itself exceed the "
             "appropriate limit.</p>")
    h.append("<p>The appropriate limit for police forces is £450, which equates to 18 hours of work at £25 per hour. Strip "
             "searches are not recorded as a searchable category on our custody system. To establish whether a search of this "
             "kind took place, and the other details you ask for, staff would need to read the custody record of every "
             "detained person under the age of 18 between 2020 and 2024. There were 3,612 such records; at a conservative "
             "estimate of five minutes per record this would take approximately 301 hours.</p>")
    h.append("<p>This letter therefore acts as a refusal notice under Section 17(5) of the Act for the whole of your request.</p>")
    h.append("<p><b>Advice and assistance</b></p>")
    h.append("<p>You may wish to narrow your request, for example to a single year and to question a) only. Please note that "
             "even a refined request may still exceed the limit, and that this response should not be taken as an indication "
             "that any information you requested does or does not exist.</p>")
    h.append("<p><b>Complaint rights</b> are set out on the attached sheet.</p>")
    h.append("<p>Yours sincerely</p><p>FOI Decision Maker<br>Information Management Unit<br>Wessex Vale Police</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r07
LETTERS.append(L)

# ---------------------------------------------------------------- L08 national park authority, EIR
L = dict(
    file="highfell-npa-EIR-25-019.pdf", fmt="pdf-chrome",
    authority="Highfell National Park Authority", reference="EIR 25/019",
    date="2025-06-30", received="2025-06-02", regime="eir",
    layout="numbered request, then answers keyed 'Regarding item N'",
    traps=["EIR regime", "FOIA section 43(2) mentioned but not applied", "reg 12(4)(a) not held",
           "reg 6(1)(b) signposting = released", "reg 12(4)(b) manifestly unreasonable = refused", "US-style dates"],
    qs=[
        Q(1, 1, "Copies of all pre-application advice given to Scarside Quarry Ltd between 2023 and 2025.",
          "The Authority holds this advice. It is withheld under regulation 12(5)(e) of the EIR (confidentiality of "
          "commercial or industrial information), because it discusses the operator's extraction plans and costings, which "
          "were provided in confidence.", "withheld", ["reg12(5)(e)"]),
        Q(1, 2, "The number of planning enforcement complaints received in 2024.", "87", "released"),
        Q(1, 3, "Water quality monitoring data for Skelwater for 2022 to 2024.",
          "The Authority does not hold this data; water quality in Skelwater is monitored by the Environment Agency, to "
          "whom you may wish to direct your request. Regulation 12(4)(a) therefore applies.", "not_held", ["reg12(4)(a)"]),
        Q(1, 4, "The income from the Authority's visitor car parks in 2024/25.",
          "Car park income is published in our Statement of Accounts 2024/25 (note 7, page 41) at "
          "https://www.highfell.example/accounts. Under regulation 6(1)(b) the Authority is not required to provide "
          "information that is already publicly available and easily accessible to you.", "released", ["reg6(1)(b)"]),
        Q(1, 5, "The locations of hen harrier nesting sites recorded within the Park.",
          "This information is withheld under regulation 12(5)(g) (protection of the environment). Disclosure of nest "
          "locations would increase the risk of disturbance and persecution of a protected species.", "withheld", ["reg12(5)(g)"]),
        Q(1, 6, "All emails between Authority officers and Scarside Quarry Ltd since 1 January 2020.",
          "We estimate that there are over 4,300 emails in scope, each of which would need to be reviewed for third-party "
          "and commercially confidential content. We consider this part of your request manifestly unreasonable under "
          "regulation 12(4)(b). If you can narrow it to a shorter period or a specific topic we will look at it again.",
          "refused", ["reg12(4)(b)"]),
    ])


def r08(L):
    css = """
    body{font-family:'DejaVu Sans',Verdana;font-size:9.5pt;margin:0;color:#222}
    .hd{display:flex;align-items:center;gap:14px;border-bottom:4px solid #5b7f3a;padding-bottom:6px}
    .logo{width:46px;height:46px;border-radius:50%;background:#5b7f3a}
    .hd .t{font-size:14pt;font-weight:bold;color:#3d5a24}
    .item{margin:10px 0 0 0}
    .lbl{font-weight:bold;color:#3d5a24}
    ol li{margin-bottom:4px}
    @page{margin:18mm}
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='hd'><div class='logo'></div><div><div class='t'>Highfell National Park Authority</div>"
             "Park Office, Staithe Lane, Grisedale Bridge HF9 2NP</div></div>")
    h.append(f"<p>Our ref: {L['reference']}<br>Date: {d(L['date'],'us')}</p>")
    h.append("<p>Dear Requester</p>")
    h.append("<p><b>Environmental Information Regulations 2004 – Scarside Quarry and related matters</b></p>")
    h.append(f"<p>Thank you for your request, received on {d(L['received'],'us')}. As it concerns information on the state of "
             "the environment and on measures affecting it, we have dealt with it under the Environmental Information "
             "Regulations 2004 (EIR) rather than the Freedom of Information Act. You asked for:</p><ol>")
    for q in L["qs"]:
        h.append(f"<li>{e(q['text'])}</li>")
    h.append("</ol><p><b>Our response</b></p>")
    for q in L["qs"]:
        h.append(f"<div class='item'><span class='lbl'>Regarding item {q['n']}:</span> {e(q['ans'])}</div>")
    h.append("<p style='margin-top:14px'><b>Public interest</b> – regulation 12(1)(b) requires us to weigh the public interest in "
             "each exception against the presumption in favour of disclosure. For items 1 and 5 we find that the public "
             "interest in maintaining the exception outweighs that in disclosure. Had your request fallen under the Freedom of "
             "Information Act, section 43(2) would have been the comparable exemption for item 1; it does not apply here.</p>")
    h.append("<p>You may ask for a reconsideration under regulation 11 within 40 working days, and thereafter complain to the "
             "Information Commissioner.</p>")
    h.append("<p>With best wishes,</p><p>Catriona Dunmore<br>Information and Records Officer<br>Highfell National Park Authority</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r08
LETTERS.append(L)

# ---------------------------------------------------------------- L09 London borough, inline answers, OCR scan
L = dict(
    file="hartsmere-lbh-foi-5521-scan.pdf", fmt="pdf-ocr",
    authority="London Borough of Hartsmere", reference="LBH/FOI/5521",
    date="2025-07-04", received="2025-06-09", regime="foia",
    layout="inline answers after each question (dash then answer); scanned and OCR'd",
    traps=["OCR text layer", "'None reported' released zero", "inline answers on the question line"],
    qs=[
        Q(1, 1, "How many Penalty Charge Notices were issued by the Council in 2024?", "68,412", "released"),
        Q(1, 2, "How many CCTV cameras are used for moving traffic enforcement?", "23", "released"),
        Q(1, 3, "What was the Council's income from PCNs in 2024/25?", "£3.91 million", "released"),
        Q(1, 4, "How many civil enforcement officers were assaulted while on duty in 2024?", "None reported in 2024.", "released"),
        Q(1, 5, "Which contractor provides the Council's civil enforcement service?", "Civicpark Services Ltd", "released"),
    ])


def r09(L):
    css = """
    body{font-family:'Liberation Serif',serif;font-size:13pt;margin:0}
    .b{font-size:18pt;font-weight:bold}
    p{margin:8px 0}
    @page{margin:20mm}
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<p class='b'>London Borough of Hartsmere</p><p>Parking Services, Town Hall, Hartsmere Green, London N29 4HB</p>")
    h.append(f"<p>Ref: {L['reference']}</p><p>Date: {d(L['date'],'slash')}</p>")
    h.append("<p>Dear Sir or Madam,</p>")
    h.append(f"<p>Thank you for your Freedom of Information request received on {d(L['received'],'slash')}. "
             "I have set out the answer to each of your questions alongside the question.</p>")
    for q in L["qs"]:
        h.append(f"<p>{q['n']}. {e(q['text'])} &ndash; {e(q['ans'])}</p>")
    h.append("<p>If you are not satisfied with this response, you may ask for an internal review within two months.</p>")
    h.append("<p>Yours faithfully,</p><p>Parking FOI Officer<br>London Borough of Hartsmere</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r09
LETTERS.append(L)

# ---------------------------------------------------------------- L10 unitary council, DOCX with auto-numbered lists
L = dict(
    file="brackenford-council-FOI241873.docx", fmt="docx",
    authority="Brackenford Council", reference="FOI241873",
    date="2025-06-18", received="2025-05-20", regime="foia",
    layout="restated request as an automatically numbered list, then answers as a second automatically numbered list",
    traps=["question numbers exist only as Word list numbering", "partial release: names given, spend withheld",
           "'we do not collate' = not held", "s22 future publication = released", "dashed dates"],
    qs=[
        Q(1, 1, "The number of children receiving SEND home-to-school transport in January 2025.", "1,402 children.", "released"),
        Q(1, 2, "The total spend on SEND home-to-school transport in 2024/25.", "£14.7 million.", "released"),
        Q(1, 3, "The number of taxi and private hire operators contracted to provide this transport.", "38 operators.", "released"),
        Q(1, 4, "The names of the five largest operators by spend, and the amount paid to each.",
          "The five largest operators are A2B Schools Travel Ltd, Brackenford Cars, Greenline Minibus Co, Swift Private Hire "
          "and Valley Transport Services. The amounts paid to each operator are withheld under section 43(2) (commercial "
          "interests) because routes are re-tendered annually and individual payments would reveal operators' pricing.",
          "partially_released", ["s43(2)"]),
        Q(1, 5, "The number of complaints received about SEND transport in 2024/25.", "211 complaints.", "released"),
        Q(1, 6, "The number of drivers whose DBS check was failed or withdrawn in 2024/25.",
          "We do not collate this information. Operators are responsible for DBS checks on their drivers and the Council "
          "records only whether a valid licence is held, so this information is not held.", "not_held"),
        Q(1, 7, "A copy of the route optimisation review commissioned in 2024.",
          "The review will be published on the Council's website in September 2025 alongside the Cabinet report. We are "
          "therefore applying section 22(1) (information intended for future publication).", "released", ["s22(1)"]),
    ])


def r10(L):
    h = ["<html><head><meta charset='utf-8'></head><body style='font-family: Liberation Sans; font-size: 11pt'>"]
    h.append("<p><b><font size='5'>Brackenford Council</font></b><br>Information Governance, Civic Centre, Market Way, Brackenford BF1 1AA</p>")
    h.append(f"<p>Reference: {L['reference']}<br>Date: {d(L['date'],'dash')}</p>")
    h.append("<p>Dear</p>")
    h.append(f"<p>Thank you for your request for information received on {d(L['received'],'dash')}. Your request has been "
             "handled under the Freedom of Information Act 2000. You asked for:</p><ol>")
    for q in L["qs"]:
        h.append(f"<li><p>{e(q['text'])}</p></li>")
    h.append("</ol><p><b>Our response</b></p><p>Our answers follow the order of your request.</p><ol>")
    for q in L["qs"]:
        h.append(f"<li><p>{e(q['ans'])}</p></li>")
    h.append("</ol>")
    h.append("<p>In applying section 43(2) we considered the public interest in transparency about spending on SEND transport, "
             "which is partly met by the total given in answer to your second question. We concluded that the public interest "
             "favours withholding operator-level figures while annual re-tendering is in progress.</p>")
    h.append("<p>If you are unhappy with this response you may request an internal review by emailing foi@brackenford.gov.example.</p>")
    h.append("<p>Kind regards</p><p>Priya Shah<br>Information Governance Officer</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r10
LETTERS.append(L)

# ---------------------------------------------------------------- L11 Welsh council, bilingual headings, DOCX
L = dict(
    file="glanmorfa-ccc-RhG-2025-0208.docx", fmt="docx",
    authority="Glanmorfa County Council", reference="GCC-RhG-2025-0208",
    date="2025-06-27", received="2025-05-30", regime="foia",
    layout="interleaved questions and answers with bilingual Welsh/English headings",
    traps=["bilingual headings (Cwestiwn / Question, Ateb / Answer)", "Welsh-language date alongside English",
           "zero released", "'no information held' because not ring-fenced"],
    qs=[
        Q(1, 1, "How many properties were subject to the second homes council tax premium on 1 April 2025?", "2,317", "released"),
        Q(1, 2, "What rate of premium is currently charged?", "The premium is 150% on top of the standard charge.", "released"),
        Q(1, 3, "How much revenue did the premium raise in 2024/25?", "£5,824,090", "released"),
        Q(1, 4, "How much of that revenue was spent on affordable housing?",
          "The premium is not ring-fenced and is paid into the general fund, so no information is held on the amount "
          "spent on affordable housing from the premium.", "not_held"),
        Q(1, 5, "Please list the owners of properties granted an exception from the premium.",
          "This information is withheld under section 40(2) of the Freedom of Information Act 2000 as it is the personal "
          "data of individual property owners.", "withheld", ["s40(2)"]),
        Q(1, 6, "How many appeals against the premium were made to the Valuation Tribunal in 2024/25?", "0", "released"),
    ])


def r11(L):
    h = ["<html><head><meta charset='utf-8'></head><body style='font-family: Liberation Sans; font-size: 10.5pt'>"]
    h.append("<table width='100%'><tr><td><b>Cyngor Sir Glanmorfa</b><br>Glanmorfa County Council</td>"
             "<td align='right'>Neuadd y Sir / County Hall<br>Heol y Cei, Porth Morfa<br>SA99 4GM</td></tr></table>")
    h.append(f"<p>Ein cyf / Our ref: {L['reference']}<br>Dyddiad / Date: {d(L['date'],'welsh')} / {d(L['date'],'long')}</p>")
    h.append("<p>Annwyl / Dear</p>")
    h.append("<p><b>Cais Rhyddid Gwybodaeth / Freedom of Information Request</b></p>")
    h.append(f"<p>Diolch am eich cais. / Thank you for your request, received on {d(L['received'],'long')}, about the council "
             "tax premium on second homes. We welcome correspondence in Welsh and will respond in Welsh if you prefer.</p>")
    for q in L["qs"]:
        h.append(f"<p><b>Cwestiwn {q['n']} / Question {q['n']}</b><br>{e(q['text'])}</p>")
        h.append(f"<p><b>Ateb / Answer</b><br>{e(q['ans'])}</p>")
    h.append("<p><b>Hawl i ofyn am adolygiad / Right to request a review</b><br>If you are dissatisfied with this response you "
             "may ask for an internal review. You may then complain to the Information Commissioner's Office (Wales), "
             "2nd Floor, Churchill House, Cardiff.</p>")
    h.append("<p>Yn gywir / Yours sincerely</p><p>Tîm Llywodraethu Gwybodaeth / Information Governance Team</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r11
LETTERS.append(L)

# ---------------------------------------------------------------- L12 police NCND, DOCX
L = dict(
    file="marlshire-police-MP-FOI-2025-01377.docx", fmt="docx",
    authority="Marlshire Police", reference="MP/FOI/2025/01377",
    date="2025-07-11", received="2025-06-13", regime="foia",
    layout="restated numbered request, then 'Question N:' responses with separate NCND sections",
    traps=["NCND under s23(5), s24(2), s31(3)", "withheld under s24(1) and s31(1)", "s21 signposting to a published report",
           "police 'should not be taken as conclusive evidence' wording"],
    qs=[
        Q(1, 1, "How many ANPR cameras are operated by the force?", "143 fixed ANPR cameras.", "released"),
        Q(1, 2, "The location of each ANPR camera.",
          "The locations are withheld under Section 24(1) (National Security) and Section 31(1)(a)(b) (Law Enforcement).",
          "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
        Q(1, 3, "Does the force use IMSI catchers (international mobile subscriber identity catchers)?",
          "Marlshire Police can neither confirm nor deny that it holds any information relevant to this question by virtue "
          "of Sections 23(5), 24(2) and 31(3).", "ncnd", ["s23(5)", "s24(2)", "s31(3)"]),
        Q(1, 4, "How many directed surveillance authorisations under RIPA did the force grant in 2024?",
          "Figures for every force are published by the Investigatory Powers Commissioner's Office in its annual report, "
          "available at https://www.ipco.example/annual-report-2024. This information is exempt under Section 21(1) as it is "
          "reasonably accessible to you by other means.", "released", ["s21(1)"]),
        Q(1, 5, "How much did the force spend on covert surveillance equipment in 2024/25?",
          "Marlshire Police can neither confirm nor deny that it holds this information by virtue of Sections 24(2) and 31(3).",
          "ncnd", ["s24(2)", "s31(3)"]),
    ])


def r12(L):
    h = ["<html><head><meta charset='utf-8'></head><body style='font-family: Liberation Serif; font-size: 11pt'>"]
    h.append("<p align='center'><b>MARLSHIRE POLICE</b><br>Information Access Team, Police Headquarters, Castle Way, "
             "Marlbury MS2 8QQ</p>")
    h.append(f"<p>Freedom of Information Request Reference No: {L['reference']}</p>")
    h.append(f"<p>{d(L['date'],'long')}</p><p>Dear</p>")
    h.append(f"<p>I write in connection with your request for information received on {d(L['received'],'long')} concerning "
             "surveillance technology. You asked:</p>")
    for q in L["qs"]:
        h.append(f"<p style='margin-left:1cm'>{q['n']}. {e(q['text'])}</p>")
    h.append("<p><b>Response</b></p>")
    for q in L["qs"]:
        if q["st"] in ("released",):
            h.append(f"<p>Question {q['n']}: {e(q['ans'])}</p>")
    h.append("<p><b>Question 2</b></p>")
    q = L["qs"][1]
    h.append(f"<p>{e(q['ans'])} Disclosure of camera locations would allow offenders to plan routes that avoid detection "
             "and would assist those planning terrorist activity. The public interest favours withholding the locations.</p>")
    for n in (3, 5):
        q = L["qs"][n - 1]
        h.append(f"<p><b>Question {n} – neither confirm nor deny</b></p><p>{e(q['ans'])}</p>")
    h.append("<p>Section 23 is an absolute class-based exemption. Sections 24 and 31 are qualified and prejudice-based; the "
             "harm and public interest considerations are set out in the annex. Any confirmation or denial would reveal "
             "whether particular tactics are in use.</p>")
    h.append("<p>This response should not be taken as conclusive evidence that the information you have requested does or "
             "does not exist.</p>")
    h.append("<p>Yours sincerely</p><p>Information Access Officer<br>Marlshire Police</p>")
    h.append("<p><font size='2'>Annex – harm and public interest (Sections 24 and 31). [Annex content omitted in this copy.]</font></p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r12
LETTERS.append(L)
