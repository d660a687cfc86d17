from common import *

LETTERS = []

# ---------------------------------------------------------------- L01 police, decision paragraph, parts
S31AB = ["s31(1)(a)", "s31(1)(b)"]
L = dict(
    file="northmoor-constabulary-foi-0612-25.pdf", fmt="pdf-lo",
    authority="Northmoor Constabulary", reference="FOI 0612/25",
    date="2025-06-09", received="2025-05-16", regime="foia",
    layout="decision paragraph naming exempt questions by number and part, then answers for the rest (parts restart numbering)",
    traps=["decision paragraph", "parts with restarted numbering", "same question text (supplier) in both parts",
           "section 24(1) mentioned but not relied upon", "zero released", "not recorded separately = not held",
           "award banner repeated between pages"],
    qs=[
        Q(1, 1, "Number of drones: how many drones (unmanned aerial vehicles) does the force currently own?",
          "The force currently owns 11 drones.", "released"),
        Q(1, 2, "Make and model: for each drone please state the manufacturer and model.", "", "withheld", S31AB),
        Q(1, 3, "Supplier: for each of the contract(s) please provide the supplier of the drones.",
          "Skyward Aerial Systems Ltd", "released"),
        Q(1, 4, "Remote pilots: how many officers are trained and qualified as remote pilots?", "", "withheld", S31AB),
        Q(1, 5, "Deployments: how many times were the drones deployed in the 2024 calendar year?",
          "412 deployments were recorded in the 2024 calendar year.", "released"),
        Q(1, 6, "Spend: what was the total spend on the drone unit in the 2023/24 financial year?",
          "The drone unit is funded from the Operational Support budget and its costs are not recorded separately. This information is therefore not held.",
          "not_held"),
        Q(2, 1, "Supplier: for each of the contract(s) please provide the supplier of the body-worn video devices.",
          "Vantage Body Systems plc", "released"),
        Q(2, 2, "Devices: how many body-worn video devices are currently issued to officers and staff?", "", "withheld", S31AB),
        Q(2, 3, "Retention: how long is footage that is not marked as evidential retained?",
          "Footage that is not marked as evidential is deleted automatically after 31 days.", "released"),
        Q(2, 4, "Losses: how many body-worn video devices were reported lost or stolen in 2024?", "0", "released"),
        Q(2, 5, "Contract expiry: please state the date on which the contract expires.",
          "The current contract expires on 31 March 2027.", "released"),
    ])


def r01(L):
    w1 = [q for q in part(L, 1) if q["st"] == "withheld"]
    w2 = [q for q in part(L, 2) if q["st"] == "withheld"]
    banner = ('<p style="page-break-before: always" align="center"><font size="2">NORTHMOOR CONSTABULARY &nbsp;|&nbsp; '
              'INVESTORS IN PEOPLE – GOLD<br>Policing with pride since 1857</font></p>')
    h = ["<html><head><meta charset='utf-8'><title>FOI 0612/25</title></head><body style='font-family: Liberation Serif'>"]
    h.append("<p align='right'><b>Chief Constable Helen Marrable</b><br>Northmoor Constabulary<br>Force Headquarters<br>"
             "Kettlewell Road<br>Hallam Bridge<br>NM4 7QP</p>")
    h.append(f"<p>{d(L['date'],'ordinal')}</p><p>Dear</p>")
    h.append(f"<p><b>FREEDOM OF INFORMATION REQUEST – {L['reference']} Drones and body-worn video</b></p>")
    h.append(f"<p>I write in connection with your request for information, which was received by Northmoor Constabulary "
             f"on {d(L['received'],'ordinal')}. You asked for the following:</p>")
    h.append("<p><i>The first part of my request concerns the force's drone (UAV) unit. Please provide:</i></p>")
    for q in part(L, 1):
        h.append(f"<p style='margin-left:1cm'><i>{q['n']}. {e(q['text'])}</i></p>")
    h.append("<p><i>The second part of my request concerns body-worn video (BWV) cameras:</i></p>")
    for q in part(L, 2):
        h.append(f"<p style='margin-left:1cm'><i>{q['n']}. {e(q['text'])}</i></p>")
    h.append(banner)
    h.append(f"<p>Having considered your request, I can confirm that Northmoor Constabulary holds information relevant to it. "
             f"I am, however, applying the exemption at Section 31(1)(a)(b) to questions {nums(w1)} in part 1 of your request "
             f"and to question {nums(w2)} in part 2.</p>")
    h.append("<p><b>Section 31(1)(a)(b) – Law Enforcement</b></p>")
    h.append("<p>Section 31(1)(a) and (b) exempt information whose disclosure would, or would be likely to, prejudice the "
             "prevention or detection of crime and the apprehension or prosecution of offenders. This is a qualified, "
             "prejudice-based exemption, so I must evidence the harm and carry out a public interest test.</p>")
    h.append("<p>You may be aware that some forces have cited Section 24(1) (National Security) for questions about air "
             "support capability. I have considered it, but in this case I do not find it necessary to rely on that exemption.</p>")
    h.append("<p><b>Evidence of Harm</b></p>")
    h.append("<p>Revealing the models of aircraft in service, the number of qualified pilots and the number of cameras in use "
             "would allow those intent on crime to assess the force's capacity to respond at any given time. Taken together "
             "with similar disclosures from neighbouring forces, a picture of relative strength and weakness could be built up.</p>")
    h.append("<p><b>Factors favouring disclosure</b> – there is a public interest in knowing how public money is spent on "
             "technology and how intrusive equipment is used.</p>")
    h.append("<p><b>Factors favouring non-disclosure</b> – the effective prevention and detection of crime, and the safety of "
             "officers and the public, would be undermined by disclosure of tactical capability.</p>")
    h.append("<p><b>Balance test</b> – I am satisfied that the balance of the public interest favours withholding the information "
             "to which the exemption has been applied.</p>")
    h.append(banner)
    h.append("<p>The answers to the remaining questions are set out below.</p>")
    for p in (1, 2):
        h.append(f"<p><b>Part {p}</b></p>")
        for q in part(L, p):
            if q["st"] != "withheld":
                h.append(f"<p>Question {q['n']} – {e(q['ans'])}</p>")
    h.append("<p>Whilst every care has been taken in retrieving this information, please contact us if you have any queries.</p>")
    h.append("<p><b>Complaint Rights</b><br>Your attention is drawn to the attached sheet, which details your right of complaint, "
             "including your right to apply to the Information Commissioner under section 50 of the Act.</p>")
    h.append("<p>Yours sincerely</p><p>A. Threlkeld<br>Disclosure Officer<br>Information Rights Unit</p>")
    h.append(banner.replace("page-break-before: always", "margin-top: 1cm"))
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r01
LETTERS.append(L)

# ---------------------------------------------------------------- L02 ambulance trust, table
L = dict(
    file="east-marches-ambulance-FOI-2025-0418.pdf", fmt="pdf-lo",
    authority="East Marches Ambulance Service NHS Trust", reference="FOI/2025/0418",
    date="2025-06-20", received="2025-05-22", regime="foia",
    layout="two-column question | answer table (Word-style table exported to PDF)",
    traps=["table cells wrap over several lines", "answer in attached spreadsheet = released",
           "partial release with total given and breakdown withheld", "slash dates"],
    qs=[
        Q(1, 1, "Please provide the mean Category 1 response time for each month from April 2024 to March 2025.",
          "Please see the attached spreadsheet, tab 'C1 Mean', which gives the mean for each month.", "released"),
        Q(1, 2, "How many hours were lost to hospital handover delays of more than 60 minutes in the 2024/25 financial year?",
          "41,806 hours were lost to handovers exceeding 60 minutes in 2024/25.", "released"),
        Q(1, 3, "How many patients waited more than 12 hours for an ambulance to arrive in 2024/25?",
          "2,715 patients waited more than 12 hours from call connect to arrival of the first resource.", "released"),
        Q(1, 4, "How many Serious Incidents were declared in 2024/25 where a delayed response was a contributory factor?",
          "27", "released"),
        Q(1, 5, "Please provide copies of the investigation reports for each of those Serious Incidents.",
          "The Trust holds these reports, but they contain detailed clinical and personal information about identifiable "
          "patients, families and staff. They are withheld in full under section 40(2) (personal information) and "
          "section 41(1) (information provided in confidence).", "withheld", ["s40(2)", "s41(1)"]),
        Q(1, 6, "How many ambulances were off the road due to mechanical faults on 1 March 2025?",
          "The Trust does not hold a point-in-time record of vehicles off road on a specific date. Fleet availability is "
          "recorded only as a weekly average, so this information is not held.", "not_held"),
        Q(1, 7, "What was the Trust's total spend on private and voluntary ambulance providers in 2024/25, broken down by provider?",
          "Total spend with independent and voluntary ambulance providers in 2024/25 was £7,482,915. The breakdown by "
          "individual provider is withheld under section 43(2) (commercial interests); see the public interest test below.",
          "partially_released", ["s43(2)"]),
    ])


def r02(L):
    h = ["<html><head><meta charset='utf-8'><title>FOI response</title></head><body style='font-family: Liberation Sans; font-size: 10pt'>"]
    h.append("<table width='100%' border='0'><tr><td><b><font size='4'>East Marches Ambulance Service</font></b><br>NHS Trust</td>"
             "<td align='right'>Freedom of Information Office<br>Unit 4, Ridgeway Park<br>Stenford<br>SM2 9HL<br>foi@emas.nhs.example</td></tr></table>")
    h.append(f"<p>Our ref: {L['reference']}<br>Date: {d(L['date'],'slash')}<br>Request received: {d(L['received'],'slash')}</p>")
    h.append("<p>Dear Requester,</p>")
    h.append("<p><b>Re: Freedom of Information Act 2000 – response times, handover delays and private provider spend</b></p>")
    h.append("<p>Thank you for your request. The Trust's response to each of your questions is set out in the table below.</p>")
    h.append("<table width='100%' border='1' cellpadding='4' cellspacing='0'>"
             "<tr><td width='45%' bgcolor='#d9e2f3'><b>Your question</b></td><td width='55%' bgcolor='#d9e2f3'><b>Trust response</b></td></tr>")
    for q in L["qs"]:
        h.append(f"<tr><td valign='top'>{q['n']}. {e(q['text'])}</td><td valign='top'>{e(q['ans'])}</td></tr>")
    h.append("</table>")
    h.append("<p><b>Section 43(2) – public interest test (question 7)</b></p>")
    h.append("<p>Factors favouring disclosure: accountability for public spending. Factors favouring non-disclosure: the Trust is "
             "currently re-procuring its independent provider framework and disclosure of individual spend would prejudice "
             "the commercial interests of the Trust and of the providers. The Trust considers that the balance lies in "
             "withholding the breakdown at this time.</p>")
    h.append("<p>If you are unhappy with this response you may ask for an internal review within 40 working days. If you remain "
             "dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow.</p>")
    h.append("<p>Kind regards</p><p>Freedom of Information Team<br>East Marches Ambulance Service NHS Trust</p>")
    h.append("<p align='center'><font size='1'><i>Right care, right place, first time</i></font></p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r02
LETTERS.append(L)

# ---------------------------------------------------------------- L03 government department, You asked / Our response
L = dict(
    file="drc-TO2025-08814.pdf", fmt="pdf-chrome",
    authority="Department for Rural Connectivity", reference="TO2025/08814",
    date="2025-06-03", received="2025-05-06", regime="foia",
    layout="'You asked:' / 'Our response:' blocks",
    traps=["s21 signposting = released", "s22 future publication = released",
           "section 36 discussed but not applied", "requester's own reference also quoted", "section 50 in complaint boilerplate"],
    qs=[
        Q(1, 1, "How many staff worked in the Broadband Delivery Unit on 1 April 2025?",
          "On 1 April 2025 the Unit employed 146 full-time equivalent staff.", "released"),
        Q(1, 2, "The names and job titles of the senior civil servants in the Unit.",
          "The names and job titles of senior civil servants are published in the Department's organogram, available at "
          "https://www.gov.example/government/publications/drc-organogram. This information is therefore exempt under "
          "section 21(1) of the FOIA because it is reasonably accessible to you by other means.", "released", ["s21(1)"]),
        Q(1, 3, "Copies of the minutes of ministerial meetings with telecoms operators held during 2024.",
          "We hold minutes of six meetings. We are withholding them under sections 35(1)(a) (formulation and development of "
          "government policy) and 35(1)(b) (ministerial communications).", "withheld", ["s35(1)(a)", "s35(1)(b)"]),
        Q(1, 4, "The total spent on external consultants for the Gigabit Villages programme in 2024/25.",
          "£2,318,400 (excluding VAT).", "released"),
        Q(1, 5, "A copy of the interim evaluation report of the Gigabit Villages programme.",
          "The interim evaluation report will be published on GOV.EXAMPLE in the autumn of 2025. We are therefore withholding "
          "it under section 22(1) (information intended for future publication) until then.", "released", ["s22(1)"]),
    ])


def r03(L):
    css = """
    body{font-family:'Liberation Sans',Arial;font-size:11pt;margin:0}
    .lh{border-bottom:3px solid #00703c;padding-bottom:6px;margin-bottom:14px}
    .lh .n{font-size:17pt;font-weight:bold;color:#00703c}
    .meta td{padding:1px 10px 1px 0}
    h4{margin:14px 0 4px 0}
    .ya{font-weight:bold;margin-top:12px}
    .resp{margin-left:18px}
    .foot{font-size:8pt;color:#555;margin-top:30px;border-top:1px solid #aaa}
    @page{margin:20mm}
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='lh'><div class='n'>Department for Rural Connectivity</div>1 Marsham Row, London SW1P 4QX &middot; "
             "www.gov.example/drc</div>")
    h.append(f"<table class='meta'><tr><td>Our reference:</td><td>{L['reference']}</td></tr>"
             f"<tr><td>Your reference:</td><td>RC-req-77/2025</td></tr>"
             f"<tr><td>Date:</td><td>{d(L['date'],'long')}</td></tr></table>")
    h.append("<p>Dear Ms Okafor,</p>")
    h.append(f"<p>Thank you for your email of {d(L['received'],'long')} in which you asked for information about the Broadband "
             "Delivery Unit and the Gigabit Villages programme. We have handled your request under the Freedom of "
             "Information Act 2000 (FOIA).</p>")
    h.append("<p>We have set out each of your questions below, followed by our response.</p>")
    for q in L["qs"]:
        h.append(f"<div class='ya'>You asked:</div><div class='resp'>&ldquo;{e(q['text'])}&rdquo;</div>")
        h.append(f"<div class='ya'>Our response:</div><div class='resp'>{e(q['ans'])}</div>")
    h.append("<h4>Public interest test – section 35</h4>")
    h.append("<p>Section 35 is a qualified exemption. We recognise the public interest in transparency about how ministers engage "
             "with industry. However, ministers and officials need a safe space to discuss policy options candidly while policy "
             "is still being developed, and that policy remains live. We have concluded that the balance of the public interest "
             "favours withholding the minutes.</p>")
    h.append("<p>For completeness: section 36 (prejudice to the effective conduct of public affairs) cannot apply to information "
             "that falls within section 35, and we have not relied on it.</p>")
    h.append("<p>If you are unhappy with how your request has been handled you can ask for an internal review by writing to "
             "foi-reviews@drc.gov.example within 40 working days. If you are not content with the outcome of the internal review, "
             "you may complain to the Information Commissioner under section 50 of the FOIA.</p>")
    h.append("<p>Yours sincerely,</p><p><b>FOI Team</b><br>Digital Infrastructure Directorate</p>")
    h.append("<div class='foot'>OFFICIAL</div>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r03
LETTERS.append(L)

# ---------------------------------------------------------------- L04 county council internal review
L = dict(
    file="westhampton-cc-internal-review-IR-2025-0117.pdf", fmt="pdf-chrome",
    authority="Westhampton County Council", reference="IR-2025-0117",
    date="2025-06-17", received="2025-03-11", regime="foia",
    layout="internal review: original decision and review outcome per question, changes in bold",
    traps=["internal review: final stance is the review outcome", "two references (review and original)",
           "withheld then released on review", "withheld then partially released on review", "ICO case reference quoted"],
    qs=[
        Q(1, 1, "How many compensation claims for pothole damage did the Council receive in each of 2022, 2023 and 2024?",
          "1,864 claims in total (2022: 571; 2023: 602; 2024: 691).", "released", orig="released"),
        Q(1, 2, "How much did the Council pay out in settled pothole claims in each of those years?",
          "£212,640 in total (2022: £58,310; 2023: £71,905; 2024: £82,425).", "released", orig="released"),
        Q(1, 3, "The names of the contractors responsible for carriageway repairs in each highways division.",
          "Highway Civils Ltd (North and East divisions) and Ridgeline Surfacing Ltd (South and West divisions).", "released",
          orig="withheld under section 43(2)"),
        Q(1, 4, "A copy of the Council's claims-handling contract with its insurer.",
          "A redacted copy of the contract is attached. The pricing schedule (Schedule 4) remains withheld under section 43(2).",
          "partially_released", ["s43(2)"], orig="withheld in full under section 43(2)"),
        Q(1, 5, "The names of the officers who decided each claim.",
          "Withheld under section 40(2).", "withheld", ["s40(2)"], orig="withheld under section 40(2)"),
    ])


def r04(L):
    css = """
    body{font-family:'DejaVu Serif',Georgia,serif;font-size:10.5pt}
    .hdr{display:flex;justify-content:space-between;border-bottom:1px solid #333}
    .crest{font-size:15pt;font-variant:small-caps}
    .q{margin-top:14px;font-weight:bold}
    .row{margin-left:20px}
    @page{margin:18mm}
    """
    rev = {"released": "Upheld. No change to the original response.",
           }
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='hdr'><div class='crest'>Westhampton County Council</div><div>Information Governance Team<br>"
             "County Hall, Bridge Street<br>Westhampton WH1 2CC</div></div>")
    h.append(f"<p><b>Internal review reference:</b> {L['reference']}<br><b>Original request reference:</b> FOI-2025-03391<br>"
             f"<b>Date:</b> {d(L['date'],'long')}</p>")
    h.append("<p>Dear</p><p><b>Request for internal review – Freedom of Information Act 2000</b></p>")
    h.append(f"<p>Your original request was received on {d(L['received'],'long')} and the Council responded on 4 April 2025. "
             "On 2 May 2025 you asked for an internal review of that response, in particular of the decision to withhold "
             "information under section 43(2). I was not involved in the original decision and have reviewed the handling of "
             "your request afresh.</p>")
    h.append("<p>For each question I set out the original response and the outcome of my review. Where the outcome differs from "
             "the original response the change is shown in bold.</p>")
    for q in L["qs"]:
        h.append(f"<div class='q'>{q['n']}. {e(q['text'])}</div>")
        if q["orig"] == "released":
            h.append(f"<div class='row'>Original response: {e(q['ans'])}</div>")
            h.append("<div class='row'>Review outcome: Upheld. No change to the original response.</div>")
        elif q["st"] == "withheld":
            h.append(f"<div class='row'>Original response: {e(q['orig'])}.</div>")
            h.append("<div class='row'>Review outcome: Upheld. I am satisfied that disclosure of the names of individual "
                     "officers would breach the data protection principles, and section 40(2) was correctly applied.</div>")
        elif q["st"] == "released":
            h.append(f"<div class='row'>Original response: {e(q['orig'])}.</div>")
            h.append("<div class='row'>Review outcome: <b>The original decision was not correct. The identity of the Council's "
                     f"contractors is already known from published contract notices. The contractors are: {e(q['ans'])}</b></div>")
        else:
            h.append(f"<div class='row'>Original response: {e(q['orig'])}.</div>")
            h.append("<div class='row'>Review outcome: <b>Partially upheld. Most of the contract can be released. "
                     f"{e(q['ans'])}</b> Disclosure of the unit rates would prejudice the Council's position in the "
                     "re-tender due in 2026, and the public interest favours withholding them.</div>")
    h.append("<p style='margin-top:18px'>I note that you referred to the Commissioner's decision in IC-30418-K2M9. Having "
             "considered it, I do not think it alters the outcome for question 5.</p>")
    h.append("<p>If you remain dissatisfied you may complain to the Information Commissioner's Office. Please quote "
             f"{L['reference']} in any correspondence.</p>")
    h.append("<p>Yours sincerely</p><p>R. Okonedo<br>Senior Information Governance Officer<br>Westhampton County Council</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r04
LETTERS.append(L)

# ---------------------------------------------------------------- L05 fire, interleaved Q/A, gs re-distil
L = dict(
    file="calderbrook-fire-FRS-FOI-25-073.pdf", fmt="pdf-gs",
    authority="Calderbrook Fire and Rescue Service", reference="FRS/FOI/25/073",
    date="2025-06-12", received="2025-05-14", regime="foia",
    layout="interleaved Q1 / A1",
    traps=["'Nil' released", "s21 signposting = released", "NCND under s40(5B)", "dotted dates", "footer slogan on every page"],
    qs=[
        Q(1, 1, "How many automatic fire alarm (AFA) call-outs did the Service attend in 2024?", "2,944", "released"),
        Q(1, 2, "Of these, how many were false alarms?", "2,611 were recorded as false alarms (good intent or apparatus).", "released"),
        Q(1, 3, "How many fire safety audits of high-rise residential buildings were carried out in 2024?", "58", "released"),
        Q(1, 4, "Please list the addresses of buildings currently subject to an enforcement notice.",
          "Enforcement notices are published on the public register on our website: "
          "https://www.calderbrookfire.example/safety/enforcement-register. As this information is reasonably accessible to "
          "you, it is exempt under section 21(1) of the Act.", "released", ["s21(1)"]),
        Q(1, 5, "How many prosecutions under the Regulatory Reform (Fire Safety) Order 2005 did the Service bring in 2024?",
          "Nil.", "released"),
        Q(1, 6, "Please provide details of the disciplinary investigation into the conduct of the crew attending the fire at "
                "Mill Street on 3 February 2025.",
          "The Service can neither confirm nor deny whether it holds information of this description. Section 40(5B) "
          "removes the duty to confirm or deny where doing so would itself disclose personal data of third parties and "
          "would breach the data protection principles.", "ncnd", ["s40(5B)"]),
    ])


def r05(L):
    css = """
    body{font-family:'Liberation Sans',Arial;font-size:10.5pt;margin:0}
    .top{background:#b30000;color:#fff;padding:10px 14px}
    .top b{font-size:15pt}
    .qq{margin-top:12px;font-weight:bold}
    .aa{margin:3px 0 0 0}
    .slogan{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:8pt;color:#b30000}
    @page{margin:16mm 16mm 20mm 16mm}
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='slogan'>Making Calderbrook Safer &nbsp;&bull;&nbsp; Prevent &nbsp;&bull;&nbsp; Protect &nbsp;&bull;&nbsp; Respond</div>")
    h.append("<div class='top'><b>Calderbrook Fire and Rescue Service</b><br>Service Headquarters, Moor Lane, Calderbrook CB3 1FR</div>")
    h.append(f"<p>FOI ref: {L['reference']}<br>Date received: {d(L['received'],'dot')}<br>Date of response: {d(L['date'],'dot')}</p>")
    h.append("<p>Dear Sir/Madam</p><p>Thank you for your Freedom of Information request. Please find our answers below.</p>")
    for q in L["qs"]:
        h.append(f"<div class='qq'>Q{q['n']}. {e(q['text'])}</div><div class='aa'>A{q['n']}. {e(q['ans'])}</div>")
    h.append("<p style='margin-top:16px'>The response to Q6 should not be taken as an indication that any such investigation "
             "did or did not take place.</p>")
    h.append("<p>If you are dissatisfied with the handling of your request you may ask for an internal review by contacting "
             "foi@calderbrookfire.example. You also have the right to complain to the Information Commissioner.</p>")
    h.append("<p>Regards,<br>Jo Pemberton<br>Information Governance Officer</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r05
LETTERS.append(L)

# ---------------------------------------------------------------- L06 mental health trust, numbered answers after restated request
L = dict(
    file="severnside-partnership-SPFT-FOI-2025-311.pdf", fmt="pdf-lo",
    authority="Severnside Partnership NHS Foundation Trust", reference="SPFT-FOI-2025-311",
    date="2025-06-25", received="2025-05-28", regime="foia",
    layout="restated numbered request, then numbered answers in a separate response section",
    traps=["partial release: providers named, spend withheld", "small number suppressed ('fewer than five') with s40(2)",
           "attachment answer released", "weekday date"],
    qs=[
        Q(1, 1, "The number of out-of-area placements (OAPs) for adult acute mental health beds in 2024/25.", "173", "released"),
        Q(1, 2, "The total cost of those placements.", "£6,204,118", "released"),
        Q(1, 3, "The names of the private providers used for those placements and the amount spent with each.",
          "The providers used were Oakhaven Healthcare Ltd, Brambleigh Hospitals Ltd and Westcliff Care Group. The amount "
          "spent with each provider is exempt under Section 43(2) of the FOI Act (commercial interests), as it would reveal "
          "bed-day prices negotiated with each provider.", "partially_released", ["s43(2)"]),
        Q(1, 4, "The number of incidents of prone restraint recorded on the Trust's inpatient wards in 2024/25.", "96", "released"),
        Q(1, 5, "The number of patients who died while in an out-of-area placement in 2024/25.",
          "The Trust can confirm that fewer than five patients died while placed out of area in 2024/25. The exact number is "
          "withheld under Section 40(2) of the Act, as such a small number, combined with other information in the public "
          "domain, could lead to the identification of individuals.", "partially_released", ["s40(2)"]),
        Q(1, 6, "Does the Trust have a policy on the use of out-of-area placements? If so please provide a copy.",
          "Yes. A copy of the policy (version 3.1, approved January 2025) is attached to this email.", "released"),
    ])


def r06(L):
    h = ["<html><head><meta charset='utf-8'></head><body style='font-family: Liberation Sans; font-size: 10.5pt'>"]
    h.append("<p align='right'><font size='4' color='#005eb8'><b>Severnside Partnership</b></font><br>"
             "<font color='#005eb8'>NHS Foundation Trust</font><br><font size='2'>Mental health, learning disability and "
             "community services</font></p>")
    h.append("<p><font size='2'>Trust Headquarters<br>Riverside House, Quay Road<br>Severnmouth SV7 3RT</font></p>")
    h.append(f"<p>{d(L['date'],'weekday')}</p>")
    h.append(f"<p>Reference: {L['reference']}</p>")
    h.append("<p>Dear Mr Hargreaves</p>")
    h.append(f"<p><b>Freedom of Information Request</b></p><p>Thank you for your request dated {d(L['received'],'long')}, "
             "which has been processed under the Freedom of Information Act 2000. You requested the following information:</p>")
    for q in L["qs"]:
        h.append(f"<p style='margin-left:1.2cm'>{q['n']}) {e(q['text'])}</p>")
    h.append("<p><b>Response</b></p>")
    for q in L["qs"]:
        h.append(f"<p style='margin-left:1.2cm'>{q['n']}) {e(q['ans'])}</p>")
    h.append("<p>In applying Section 43(2) the Trust has weighed the public interest in transparency about the cost of "
             "out-of-area care against the harm to its ability to negotiate value for money; the Trust considers that the "
             "public interest favours withholding the provider-level figures.</p>")
    h.append("<p>The information provided is subject to copyright. If you are dissatisfied with this response you may request "
             "an internal review by writing to the Head of Information Governance. Should you remain dissatisfied, you may "
             "apply to the Information Commissioner.</p>")
    h.append("<p>Yours sincerely</p><p>Information Governance Department<br>Severnside Partnership NHS Foundation Trust</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r06
LETTERS.append(L)
