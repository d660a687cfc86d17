from lib import *

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown")

def headc(date, ref, title, recv):
    return ("<table width='100%%'><tr><td><b>Ashcombe and Lyde Hospitals</b><br>NHS Foundation Trust</td><td align='right'>"
            "Corporate Governance Office<br>Ashcombe General Hospital<br>Lyde Road, Ashcombe AS3 9HN</td></tr></table>"
            "<p>Date: %s<br>Our Ref: %s<br>Request received: %s</p><p>Dear</p><p><b>Re: Freedom of Information Request &ndash; %s</b></p>\n" % (date, ref, recv, title))

SIGNC = P("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of this letter to the FOI Lead, Corporate Governance Office.",
 "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.",
 "Please remember to quote the reference number above in any future communications.",
 "Yours sincerely", "<br>Freedom of Information Lead<br>Ashcombe and Lyde Hospitals NHS Foundation Trust")

# C1 2017 agency: bordered table
t = headc("14 March 2017", "FOI/2017/0112", "Agency staffing expenditure", "14 February 2017") + P(
 "The Trust has considered your request. The information is provided in the table below for the financial year 2015/16.")
t = t.replace("The Trust has considered your request.", "The Trust has considered your request, which was for agency staffing expenditure in 2015/16. "
 "Agency expenditure is reported monthly to NHS Improvement and to the Trust's Finance and Performance Committee, and the figures below are taken from the Trust's ledger after year-end adjustments. "
 "They may therefore differ slightly from the monthly returns submitted during the year, which were based on accruals. "
 "Medical locum spend includes locums booked through the regional framework and direct engagement arrangements; nursing spend includes registered nurses, midwives and healthcare support workers booked through agencies but excludes the Trust's own staff bank.")
t += P("Please note the following when reading the table:", "&bull; all figures exclude VAT;<br>&bull; the highest hourly rate is the rate charged by the agency, including the agency's commission;<br>&bull; agencies are listed in order of spend.")
t += TABLE([
 ["1. Total expenditure on agency nursing staff", "&pound;4.81m"],
 ["2. Total expenditure on agency medical staff (locum doctors)", "&pound;3.27m"],
 ["3. The highest hourly rate paid for an agency doctor", "&pound;142 per hour (consultant, emergency medicine)"],
 ["4. Names of the agencies used", "The Trust used the following agencies in 2015/16 (in order of spend): " + "; ".join(["Medacs Healthcare", "Thornbury Nursing Services", "Pulse Healthcare", "Holt Doctors", "Your World Healthcare", "ID Medical", "Acacium Group (Thornbury)", "Liquid Personnel", "Sanctuary Personnel", "Team24", "HCL Nursing", "Athona", "Remedium Partners", "Locum People", "Cromwell Medical Staffing", "Nursing Direct", "NHS Professionals (agency arm)", "Mayday Healthcare", "Plan B Healthcare", "Premier Medical Staff", "Reed Health", "Maxxima", "MedicsPro", "Kinetic Medical", "Lyde Valley Nurses (local)", "Prospect Health", "Aston Nursing", "Ashcombe Care Staffing (local)"]) + ". Agencies used for fewer than five shifts in the year are not listed separately; the full list is attached as a spreadsheet. "
  "All agencies were engaged through frameworks approved by NHS Improvement except the two local agencies, which were used for healthcare support workers under a break-glass arrangement approved by the Director of Nursing. "
  "The Trust's agency reduction plan for 2016/17 is published in its annual report, and the Trust expects the number of agencies used to fall considerably as the regional nurse bank is extended."],
], border=True, head=["Question", "Response"], widths=["55%", "45%"])
t += SIGNC
add("history", "history/FOI-2017-0112 Agency staffing.pdf", "c01_agency_2017.html", "lo_pdf", C, "FOI/2017/0112",
    "2017-03-14", "2017-02-14", "foia", "bordered question/response table",
    [Qx("P1.Q1", "C_AG_NURSE", R, fact="£4.81m"), Qx("P1.Q2", "C_AG_MED", R, fact="£3.27m"),
     Qx("P1.Q3", "C_AG_RATE", R, fact="£142 per hour"), Qx("P1.Q4", "C_AG_NAMES", R)],
    PAGE("FOI/2017/0112", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C2 2018 EPR: decision paragraph
t = headc("8 February 2018", "FOI/2018/0093", "Electronic patient record", "10 January 2018") + P(
 "You asked: (1) who supplies the Trust's electronic patient record (EPR) system; (2) the total value of the EPR contract; (3) when the contract expires.",
 "The Trust holds the information you have requested. Questions 1 and 3 are answered below. The information requested at question 2 is exempt from disclosure under section 43(2) of the Freedom of Information Act 2000 (commercial interests), and this letter serves as a refusal notice under section 17 for that question.",
 "In applying section 43(2) the Trust has considered the public interest. The contract value would reveal the discount agreed with the supplier, who has objected to disclosure. The Trust considers that disclosure would be likely to prejudice the commercial interests of both the supplier and the Trust.",
 "<b>Response to question 1</b>: Medisys Clinical Ltd (Medisys Lorenzo Plus).",
 "<b>Response to question 3</b>: The contract expires on 31 March 2023.")
t += SIGNC
add("history", "history/FOI-2018-0093 response EPR.pdf", "c02_epr_2018.html", "lo_pdf", C, "FOI/2018/0093",
    "2018-02-08", "2018-01-10", "foia", "questions in prose, decision paragraph, s17 refusal notice wording",
    [Qx("P1.Q1", "C_EPR_SUP", R, fact="Medisys Clinical Ltd"), Qx("P1.Q2", "C_EPR_VAL", W, ["s43(2)"]),
     Qx("P1.Q3", "C_EPR_EXP", R, fact="31 March 2023")],
    PAGE("FOI/2018/0093", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C3 2018 telephony + network two parts: Word, auto-numbered
t = headc("29 November 2018", "FOI/2018/0871", "Telephony and inbound network contracts", "1 November 2018") + P(
 "I note you seek access to the following information. <b>Part 1 &ndash; telephony (switchboard and voice) contract:</b>")
t += OL(["Incumbent supplier &ndash; <i>Response: Maxwell Unified Communications Ltd.</i>",
 "Annual average spend (over 3 years) &ndash; <i>Response: withheld under section 43(2), commercial interests.</i>",
 "Contract expiry: please state the date of when the contract expires &ndash; <i>Response: 30 April 2021.</i>"])
t += P("<b>Part 2 &ndash; inbound network services (0300 numbers, IVR, call routing):</b>")
t += OL(["Incumbent supplier &ndash; <i>Response: Daisy Communications Ltd.</i>",
 "Annual average spend (over 3 years) &ndash; <i>Response: withheld under section 43(2), commercial interests.</i>",
 "Contract expiry: please state the date of when the contract expires &ndash; <i>Response: 31 January 2020.</i>"])
t += P("The public interest test for section 43(2) is set out in the attached annex.")
t += SIGNC
add("history", "history/FOI-2018-0871 Telephony.docx", "c03_tel_2018.html", "docx", C, "FOI/2018/0871",
    "2018-11-29", "2018-11-01", "foia", "two parts, auto-numbered lists restarting per part, answers inline; same expiry question in both parts",
    [Qx("P1.Q1", "C_TEL_SUP", R, fact="Maxwell Unified Communications Ltd"), Qx("P1.Q2", "C_TEL_SPEND", W, ["s43(2)"]),
     Qx("P1.Q3", "C_TEL_EXP", R, fact="30 April 2021"),
     Qx("P2.Q1", "C_NET_SUP", R, fact="Daisy Communications Ltd"), Qx("P2.Q2", "C_NET_SPEND", W, ["s43(2)"]),
     Qx("P2.Q3", "C_NET_EXP", R, fact="31 January 2020")],
    PAGE("FOI/2018/0871", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C4 2019 cyber: web page (chromium)
t = ("<div style='background:#005eb8;color:#fff;padding:8px'><b>NHS</b> Ashcombe and Lyde Hospitals NHS Foundation Trust &nbsp;|&nbsp; Our hospitals &nbsp; Patients and visitors &nbsp; Work for us</div>"
     "<p style='font-size:9pt'>Home / About us / Freedom of information / Responses 2019</p>"
     "<h1>Cyber security (FOI/2019/0644)</h1><p>Date of response: 12 September 2019. Request received: 15 August 2019.</p>")
t += P("<b>You asked:</b> Has the Trust been affected by a ransomware attack in the past 24 months?",
 "<b>Our response:</b> No. The Trust has not been affected by a ransomware attack in the past 24 months (we were not affected by WannaCry in May 2017).",
 "<b>You asked:</b> Which firewall product or supplier does the Trust use?",
 "<b>Our response:</b> This information is withheld under section 31(1)(a) of the FOI Act. Identifying the firewall product would help an attacker choose a known exploit. The public interest in disclosure is outweighed by the risk to patient systems.")
t += "<p style='font-size:9pt'>Last updated 13/09/2019 &middot; Cookies &middot; Accessibility &middot; Contact us</p>"
add("history", "history/FOI-2019-0644 Cyber security - web.pdf", "c04_cyber_2019.html", "chromium_pdf", C, "FOI/2019/0644",
    "2019-09-12", "2019-08-15", "foia", "website page, You asked / Our response",
    [Qx("P1.Q1", "C_CYBER", R, fact="No"), Qx("P1.Q2", "C_FIREWALL", W, ["s31(1)(a)"])],
    PAGE("FOI/2019/0644", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C5 2020 agency repeat, same requester: numbered answers, gs
t = headc("25 June 2020", "FOI/2020/0420", "Agency staffing 2018/19 (repeat request)", "28 May 2020") + P(
 "Thank you for your request, which repeats your request FOI/2017/0112 for the year 2018/19 and adds a question about shifts. You asked:",
 "1. Total agency nursing spend in 2018/19.<br>2. Total agency medical (locum) spend in 2018/19.<br>3. The number of agency shifts booked in 2018/19.<br>4. The highest hourly rate paid to an agency doctor in 2018/19.<br>5. Which agencies did the Trust use?",
 "<b>Our response</b>",
 "1. &pound;6.02m.",
 "2. &pound;3.90m.",
 "3. The Trust does not hold this information. Shifts were booked on the e-rostering system by ward and the system does not record whether a shift was filled by an agency worker or a bank worker.",
 "4. &pound;156 per hour.",
 "5. Please see the list in our previous response; in 2018/19 the Trust also used ID Medical and Acacium Group.")
t += SIGNC
add("history", "history/FOI-2020-0420 Agency staffing.pdf", "c05_agency_2020.html", "lo_pdf_gs", C, "FOI/2020/0420",
    "2020-06-25", "2020-05-28", "foia", "restated numbered request then numbered answers; question inserted at 3 shifts later numbers",
    [Qx("P1.Q1", "C_AG_NURSE", R, fact="£6.02m"), Qx("P1.Q2", "C_AG_MED", R, fact="£3.90m"),
     Qx("P1.Q3", "C_AG_SHIFTS", NH), Qx("P1.Q4", "C_AG_RATE", R, fact="£156 per hour"), Qx("P1.Q5", "C_AG_NAMES", R)],
    PAGE("FOI/2020/0420", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C6 2021 software licences: borderless table
t = headc("7 October 2021", "ALH-FOI-1177", "Microsoft licensing", "9 September 2021") + P("Please see our response below.")
t += TABLE([
 ["Q1", "How many Microsoft 365 / Office licences does the Trust hold?", "7,900"],
 ["Q2", "What was the annual cost of Microsoft licensing in 2020/21?", "&pound;1.12m (this includes Windows, Office and server licensing under the NHS national agreement)"],
 ["Q3", "Which reseller do you purchase licences through?", "Brightwire Licensing Ltd"],
 ["Q4", "Which versions of Windows and Office are in use on Trust devices, and how many devices still run unsupported versions?",
  "Withheld under section 31(1)(a). Publishing the versions in use, and in particular the number of devices running unsupported software, would identify vulnerabilities to those who wish to attack NHS systems."],
], border=False, widths=["6%", "44%", "50%"])
t += SIGNC
add("history", "history/ALH-FOI-1177 Microsoft licensing.pdf", "c06_ms_2021.html", "lo_pdf", C, "ALH-FOI-1177",
    "2021-10-07", "2021-09-09", "foia", "three-column borderless table",
    [Qx("P1.Q1", "C_MS_N", R, fact="7,900"), Qx("P1.Q2", "C_MS_SPEND", R, fact="£1.12m"),
     Qx("P1.Q3", "C_MS_RESELLER", R, fact="Brightwire Licensing Ltd"), Qx("P1.Q4", "C_MS_VERSION", W, ["s31(1)(a)"])],
    PAGE("ALH-FOI-1177", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C7 2022 EPR internal review: scan
t = headc("18 August 2022", "ALH-IR-0044", "Internal review of ALH-FOI-1502 (electronic patient record)", "2 May 2022") + P(
 "I write to give you the outcome of the internal review you requested on 21 July 2022 of the Trust's response to your request ALH-FOI-1502, which was received on 2 May 2022.",
 "Your original request asked: (1) the supplier of the Trust's EPR; (2) the value of the current EPR contract; (3) the contract end date.",
 "The original response answered questions 1 and 3 and withheld question 2 in full under section 43(2).",
 "<b>Outcome of the review</b>",
 "I have reviewed the handling of your request and have concluded that the original decision was not correct in part. The total contract value was published in the Trust Board papers of March 2022 and should have been released. "
 "The annual payment profile remains exempt under section 43(2) and that part of the decision is upheld.",
 "The information is therefore as follows:",
 "1. Medisys Clinical Ltd.",
 "2. The total value of the replacement EPR contract is &pound;23.6 million over ten years. The annual payment profile is withheld under section 43(2).",
 "3. 31 March 2031.")
t += SIGNC
add("history", "history/ALH-IR-0044 Internal review outcome (scanned).pdf", "c07_epr_ir_2022.html", "ocr_scan", C, "ALH-IR-0044",
    "2022-08-18", "2022-05-02", "foia", "internal review outcome (decision partly overturned); scanned (OCR); original reference quoted",
    [Qx("P1.Q1", "C_EPR_SUP", R, fact="Medisys Clinical Ltd"), Qx("P1.Q2", "C_EPR_VAL", PR, ["s43(2)"]),
     Qx("P1.Q3", "C_EPR_EXP", R, fact="31 March 2031")],
    PAGE("ALH-IR-0044", t, font="Liberation Serif", size="12pt", ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C8 2023 cyber repeat: NCND
t = headc("11 May 2023", "ALH-FOI-1988", "Cyber security", "13 April 2023") + P(
 "You asked the following questions.",
 "<b>Q1.</b> In the last three years has the Trust been the subject of a ransomware attack?",
 "<b>Q2.</b> Who provides the Trust's firewall?",
 "<b>Q3.</b> What percentage of staff completed data security awareness training in 2022/23?",
 "<b>Response</b>",
 "<b>Q1.</b> The Trust neither confirms nor denies whether it holds information falling within the scope of this question, in reliance on section 24(2) and section 31(3) of the Freedom of Information Act. This follows guidance issued to NHS organisations by NHS England.",
 "<b>Q2.</b> This information is withheld under section 31(1)(a) (law enforcement), as in our previous response FOI/2019/0644.",
 "<b>Q3.</b> 94% of staff had completed the training by 31 March 2023, against the Data Security and Protection Toolkit target of 95%.")
t += SIGNC
add("history", "history/ALH-FOI-1988 Cyber security.pdf", "c08_cyber_2023.html", "lo_pdf", C, "ALH-FOI-1988",
    "2023-05-11", "2023-04-13", "foia", "questions listed, then answers keyed Q1-Q3; NCND; earlier reference quoted",
    [Qx("P1.Q1", "C_CYBER", N, ["s24(2)", "s31(3)"]), Qx("P1.Q2", "C_FIREWALL", W, ["s31(1)(a)"]),
     Qx("P1.Q3", "C_CYBER_TRAIN", R, fact="94%")],
    PAGE("ALH-FOI-1988", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C9 2024 agency by ward: s12(2) cost refusal with NCND wording (trap)
t = headc("21 March 2024", "ALH-FOI-2213", "Agency spend by ward", "22 February 2024") + P(
 "You asked for: (a) agency staffing spend for each ward and department for each of the last five years; and (b) for each ward, the spend with each named agency.",
 "The Trust is unable to comply with your request, as to do so would exceed the appropriate limit under section 12 of the Freedom of Information Act 2000. The limit for public authorities other than central government is &pound;450, which equates to 18 hours of work at &pound;25 per hour.",
 "Agency invoices are held by the finance department against cost centres that do not match wards, and each of approximately 14,000 invoices would need to be opened and allocated by hand. At 2 minutes per invoice this would take around 466 hours.",
 "Under section 12(2) the Trust is not obliged to confirm or deny whether it holds all of the information in the form requested, as to establish this alone would exceed the limit. The Trust therefore neither confirms nor denies that all of the information is held.",
 "<b>Advice and assistance</b>: the Trust publishes total agency spend in its annual accounts. You may wish to narrow your request to a single year and to total spend per division.")
t += SIGNC
add("history", "history/ALH-FOI-2213 Agency by ward - s12 refusal.pdf", "c09_agency_ward_2024.html", "lo_pdf", C, "ALH-FOI-2213",
    "2024-03-21", "2024-02-22", "foia", "cost refusal of whole request under s12; s12(2) 'neither confirms nor denies' wording (refused, not ncnd)",
    [Qx("P1.Q1", "C_AG_WARD", RF, ["s12(2)"]), Qx("P1.Q2", "C_AG_WARD_AGENCY", RF, ["s12(2)"])],
    PAGE("ALH-FOI-2213", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))

# C10 2025 telephony repeat: e-mail
t = """From: FOI Requests (ASHCOMBE AND LYDE HOSPITALS NHS FOUNDATION TRUST) <alh.foi@nhs.example.net>
Sent: 06 February 2025 15:10
To: [requester]
Subject: FOI response ALH-FOI-2530 - telephony and inbound network contracts

Good afternoon,

Please find below the response of Ashcombe and Lyde Hospitals NHS Foundation Trust to your Freedom of Information request received on 9 January 2025.

PART 1 - TELEPHONY
1. Incumbent supplier: Maxwell Unified Communications Ltd
2. Annual average spend: Exempt under Section 43(2) - commercial interests. The contract is in a call-off period under the HSSF framework and the pricing remains sensitive.
3. Contract expiry: 30 April 2026

PART 2 - INBOUND NETWORK SERVICES
1. Incumbent supplier: Daisy Communications Ltd
2. Contract expiry: The Trust does not hold a separate contract for inbound network services; these are provided within the national HSCN arrangements, so no expiry date is held.

Regards,

FOI Team
Corporate Governance Office
Ashcombe and Lyde Hospitals NHS Foundation Trust
"""
add("history", "history/FOI response ALH-FOI-2530 - telephony and inbound network contracts.txt", "c10_tel_2025.txt", "copy", C, "ALH-FOI-2530",
    "2025-02-06", "2025-01-09", "foia", "e-mail reply in two parts, numbering restarts; the spend question is dropped from part 2",
    [Qx("P1.Q1", "C_TEL_SUP", R, fact="Maxwell Unified Communications Ltd"), Qx("P1.Q2", "C_TEL_SPEND", W, ["s43(2)"]),
     Qx("P1.Q3", "C_TEL_EXP", R, fact="30 April 2026"),
     Qx("P2.Q1", "C_NET_SUP", R, fact="Daisy Communications Ltd"), Qx("P2.Q2", "C_NET_EXP", NH)], t)

# ====================== DRAFTS (C) ======================
# CD1 bare incoming request
t = """[Logged on FOI case system as ALH-FOI-2877 - received 04/08/2025 - due 02/09/2025]

From: R. Okonjo <r.okonjo@example.org>
Sent: 04 August 2025 09:12
To: alh.foi@nhs.example.net
Subject: Freedom of Information request - agency staff

Dear Ashcombe and Lyde Hospitals NHS Foundation Trust,

Under the Freedom of Information Act 2000 please provide the following for the financial year 2024/25:

1. How much did the Trust spend on agency nurses?
2. How much did the Trust spend on agency doctors / medical locums?
3. What was the highest hourly rate the Trust paid to an agency doctor, and for which grade?
4. For each ward, the amount spent on agency staff.
5. How much did the Trust spend on agency allied health professionals (physiotherapists, radiographers etc.)?

I would prefer to receive the information electronically, as a spreadsheet if possible.

Yours faithfully,

R. Okonjo
"""
add("draft", "drafts/FOI request - agency staff 2024-25 (incoming).txt", "cd1_agency_request.txt", "copy", C, "ALH-FOI-2877",
    "2025-08-04", "2025-08-04", "foia", "bare incoming request by e-mail, no answers; the Trust's log line above it gives the reference",
    [Qx("P1.Q1", "C_AG_NURSE", U), Qx("P1.Q2", "C_AG_MED", U), Qx("P1.Q3", "C_AG_RATE", U),
     Qx("P1.Q4", "C_AG_WARD", U), Qx("P1.Q5", "C_AG_AHP", U)], t, bare=True)

# CD2 EPR + licences merged
t = headc("DRAFT 20 October 2025", "ALH-FOI-2941", "Clinical and office software contracts", "22 September 2025") + P(
 "You asked several questions about the Trust's software contracts. For clarity we have grouped them by system.",
 "<b>Electronic patient record</b>")
t += TABLE([
 ["Who is your EPR supplier?", "Medisys Clinical Ltd."],
 ["What is the EPR contract worth?", "&pound;23.6 million over ten years. The annual payment profile is withheld under section 43(2)."],
 ["End date of the EPR contract", "31 March 2031."],
], border=True, widths=["45%", "55%"])
t += P("<b>Microsoft licensing</b>")
t += TABLE([
 ["Number of Microsoft 365 licences", "8,450"],
 ["Annual Microsoft licensing cost (2024/25)", "The Trust spent &pound;1.38m in total. The split between product lines is withheld under section 43(2) as it would reveal discounts under the national agreement."],
 ["Reseller used", "Brightwire Licensing Ltd"],
 ["Windows and Office versions in use, and the number of unsupported devices", "Withheld under section 24(1) (national security), following NHS England guidance that information about the NHS software estate is now treated as a national security matter."],
], border=True, widths=["45%", "55%"])
t += SIGNC
add("draft", "drafts/ALH-FOI-2941 DRAFT software contracts.docx", "cd2_software.html", "docx", C, "ALH-FOI-2941",
    "2025-10-20", "2025-09-22", "foia", "draft Word document; two grouped bordered tables with no numbers; merges EPR and licensing families",
    [Qx("P1.Q1", "C_EPR_SUP", R, fact="Medisys Clinical Ltd"), Qx("P1.Q2", "C_EPR_VAL", PR, ["s43(2)"]),
     Qx("P1.Q3", "C_EPR_EXP", R, fact="31 March 2031"), Qx("P1.Q4", "C_MS_N", R, fact="8,450"),
     Qx("P1.Q5", "C_MS_SPEND", PR, ["s43(2)"]), Qx("P1.Q6", "C_MS_RESELLER", R, fact="Brightwire Licensing Ltd"),
     Qx("P1.Q7", "C_MS_VERSION", W, ["s24(1)"])],
    PAGE("ALH-FOI-2941", t))

# CD3 cyber + telephony, split into two parts
t = headc("Draft v3, 19 January 2026", "ALH-FOI-3105", "Cyber security and telephony", "15 December 2025") + P(
 "Your request was in two parts and we have answered each in turn.",
 "<b>Part 1: cyber security</b>",
 "1. Has the Trust suffered a ransomware attack in the last three years?<br><b>Answer:</b> No. The Trust has not suffered a ransomware attack in that period.",
 "2. Who is your firewall provider?<br><b>Answer:</b> The Trust can neither confirm nor deny whether it holds this information (section 24(2) and section 31(3)). This response should not be read as indicating whether or not a firewall of any particular kind is in place.",
 "<b>Part 2: telephony</b>",
 "1. Who provides the Trust's telephony (switchboard/voice)?<br><b>Answer:</b> Maxwell Unified Communications Ltd.",
 "2. What is the annual spend on that contract?<br><b>Answer:</b> &pound;212,000 per year on average over the last three years. The contract has now ended its call-off period and the Trust no longer considers the figure sensitive.",
 "3. When does the inbound network services (0300/IVR) contract end?<br><b>Answer:</b> 31 October 2027. The Trust entered a separate contract with Daisy Communications Ltd in 2025.")
t += SIGNC
add("draft", "drafts/ALH-FOI-3105 draft v3.pdf", "cd3_cyber_tel.html", "lo_pdf", C, "ALH-FOI-3105",
    "2026-01-19", "2025-12-15", "foia", "two parts, numbered questions with Answer: beneath",
    [Qx("P1.Q1", "C_CYBER", R, fact="No"), Qx("P1.Q2", "C_FIREWALL", N, ["s24(2)", "s31(3)"]),
     Qx("P2.Q1", "C_TEL_SUP", R, fact="Maxwell Unified Communications Ltd"), Qx("P2.Q2", "C_TEL_SPEND", R, fact="£212,000"),
     Qx("P2.Q3", "C_NET_EXP", R, fact="31 October 2027")],
    PAGE("ALH-FOI-3105", t, ftr="Ashcombe and Lyde Hospitals &ndash; Caring with Compassion"))
