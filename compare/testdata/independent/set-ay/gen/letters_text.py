# -*- coding: utf-8 -*-
"""Hand-written text of every letter. TEXT: html letters built by write_src.page(); RAW: files written as they are."""
TEXT, RAW = {}, {}

# ======================= A: NHS Glenmorven =======================
A_HEAD_OLD = ["<b>NHS Glenmorven</b>", "Information Governance Department", "Kilbride House, Ardmorven Road",
              "Fort Glenmorven PH33 4QZ", "Tel: 01397 700 412"]
A_HEAD_NEW = ["<b>NHS Glenmorven</b>", "Freedom of Information Team", "Corporate Services, Lochside Business Park",
              "Fort Glenmorven PH33 6BW", "glen.foi@glenmorven.scot.nhs.uk"]
A_FOOT = ["If you are unhappy with this response you may ask NHS Glenmorven to carry out a review, under section 20(1) "
          "of the Freedom of Information (Scotland) Act 2002, by writing within 40 working days to the FOI Team. "
          "If you remain dissatisfied you may apply to the Scottish Information Commissioner under section 47(1). "
          "Please note that section 36 of the Act (confidentiality) and the Data Protection Act 2018 are mentioned "
          "here for information only.",
          "NHS Glenmorven is the common name of Glenmorven Health Board."]
A_SIGN_OLD = ["Yours sincerely", "", "Morag Ferguson", "Information Governance Officer"]
A_SIGN_NEW = ["Kind regards", "", "FOI Team", "NHS Glenmorven", "", "<i>Caring for the Highlands and Islands since 2006</i>"]

TEXT["a01.html"] = dict(
    head=A_HEAD_OLD, date="20 April 2017", ref="FOI/17/0231",
    title="Freedom of Information (Scotland) Act 2002 &#8211; Request ref: FOI/17/0231",
    intro=["Thank you for your email of 27 March 2017 in which you asked for information about the Board's telephony "
           "contract. Your request has been dealt with under the Freedom of Information (Scotland) Act 2002 (FOISA). "
           "The information requested and our response is set out in the table below."],
    style="table", hdr=("Information requested", "NHS Glenmorven response"),
    qa={
        "P1.Q1": ("Who is the current supplier of your telephony / switchboard services?",
                  "Caledon Voice Ltd, under the Scottish Government national framework."),
        "P1.Q2": ("What is the annual value of the contract?",
                  "&#163;212,400 per annum (excluding VAT)."),
        "P1.Q3": ("When does the contract expire?", "31 March 2020, with an option to extend by up to 24 months."),
        "P1.Q4": ("Please provide the name, job title and direct telephone number of the manager responsible for the contract.",
                  "The name and direct contact details of the contract manager are personal data of a third party. Disclosure "
                  "would breach the first data protection principle and the information is therefore exempt under section "
                  "38(1)(b) of FOISA. General enquiries may be directed to the eHealth Service Desk on 01397 700 500."),
        "P1.Q5": ("Approximately how many telephone extensions does the Board have?",
                  "Approximately 4,900 extensions across all sites."),
    },
    close=["I hope this information is helpful."], sign=A_SIGN_OLD, foot=A_FOOT)

TEXT["a02.html"] = dict(
    head=A_HEAD_OLD, date="9th October 2017", ref="FOI/17/0588",
    title="Our Ref: FOI/17/0588 &#8211; Agency nursing",
    intro=["I refer to your request received on 11 September 2017 for information on agency nursing. I can confirm that "
           "NHS Glenmorven holds the information requested. Each of your questions is answered in turn below."],
    style="inter", ol=True, labels=("", "Response:"),
    qa={
        "P1.Q1": ("Total expenditure on agency nursing and midwifery staff in financial year 2016/17.",
                  "&#163;1,842,117 (2016/17, all specialties)."),
        "P1.Q2": ("The names of the nursing agencies from which the Board procured staff in 2016/17.",
                  "Thistle Care Staffing and Northern Lights Nursing. Both are on the national agency framework."),
        "P1.Q3": ("The highest hourly rate paid to an agency for a single registered nurse shift.",
                  "We consider that this information is exempt under section 33(1)(b) of FOISA, as disclosure would, or would be "
                  "likely to, prejudice substantially the commercial interests of the Board and of the agencies concerned in "
                  "future rate negotiations. Having considered the public interest we have concluded that it lies in withholding "
                  "the rate."),
    },
    close=["Should you have any queries please do not hesitate to contact me."], sign=A_SIGN_OLD, foot=A_FOOT)

TEXT["a03.html"] = dict(
    head=A_HEAD_OLD, date="15 May 2018", ref="FOI/18/0307",
    title="FOI/18/0307 &#8211; Cyber security incidents",
    intro=["Thank you for your request dated 17 April 2018. Please note this request is similar to one you made to us "
           "last year (our ref FOI/17/0912); we have treated it as a new request."],
    style="restate", lead="You asked:", resp_head="NHS Glenmorven response",
    qa={
        "P1.Q1": ("How many cyber attacks resulting in a data breach or loss of service did the Board suffer in calendar year 2017?",
                  "Nil. The Board did not experience any cyber attack in 2017 resulting in a data breach or loss of service. "
                  "The WannaCry event of May 2017 did not affect Board systems."),
        "P1.Q2": ("Has the Board ever paid a ransom following a ransomware attack?",
                  "NHS Glenmorven can neither confirm nor deny whether it holds information falling within this question. "
                  "In terms of section 18(1) of FOISA, read with section 35(1)(a) (prevention or detection of crime), we are "
                  "satisfied that revealing whether such information exists or is held would be contrary to the public interest."),
        "P1.Q3": ("Does the Board hold a cyber insurance policy?", "No."),
        "P1.Q4": ("What was the Board's budget for IT security in 2017/18?",
                  "The Board's IT security budget is withheld under section 35(1)(a) of FOISA. Disclosure would, or would be likely "
                  "to, prejudice substantially the prevention or detection of crime by indicating the level of resource available "
                  "to defend Board systems. Section 30 of FOISA was considered but not applied."),
    },
    close=["Yours sincerely"], sign=["", "M. Ferguson", "Information Governance Officer"], foot=A_FOOT)

RAW["a04.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FOI/19/0091 Waiting times - orthopaedics | NHS Glenmorven</title></head>
<body>
<div id="cookie-banner">We use cookies to make this site work. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<nav><a href="/">Home</a> &gt; <a href="/about">About us</a> &gt; <a href="/foi">Freedom of Information</a> &gt; <a href="/foi/log">Disclosure log</a></nav>
<main>
<h1>FOI/19/0091 &ndash; Orthopaedic waiting times</h1>
<p>Date of response: 12 February 2019 &nbsp;|&nbsp; Date received: 21 January 2019</p>
<p>Dear</p>
<p>Thank you for your request for information. NHS Glenmorven's response is below.</p>
<p><strong>You asked:</strong> What is the longest current wait (in weeks) for a patient on the inpatient/day case waiting list for trauma and orthopaedics?</p>
<p><strong>Our response:</strong> As at 31 December 2018 the longest wait was 61 weeks.</p>
<p><strong>You asked:</strong> How many patients had been waiting more than 52 weeks for orthopaedic treatment at the same date?</p>
<p><strong>Our response:</strong> 37 patients.</p>
<p><strong>You asked:</strong> Does the Board use an independent sector provider to reduce the orthopaedic waiting list and, if so, which?</p>
<p><strong>Our response:</strong> Yes. Since October 2018 the Board has sent some hip and knee patients to Clydeside Independent Hospital under a waiting list initiative.</p>
<p>Published waiting times statistics for all Scottish boards are available from Public Health Scotland; section 25 of FOISA would apply to those but we have answered your questions directly.</p>
<p>FOI Team, NHS Glenmorven</p>
</main>
<footer><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | &copy; NHS Glenmorven 2019</footer>
</body></html>
"""

TEXT["a05.html"] = dict(
    head=A_HEAD_OLD, date="3 September 2019", ref="FOI/19/0644",
    title="Freedom of Information Request FOI/19/0644 &#8211; Adalimumab and drug expenditure",
    intro=["I refer to your request dated 12 August 2019. NHS Glenmorven holds information relevant to your request."],
    style="grouped", ol=True,
    qa={
        "P1.Q1": ("Total spend on adalimumab (all brands) in 2018/19.", None),
        "P1.Q2": ("What percentage of adalimumab prescribing was for biosimilar products in the latest quarter?", None),
        "P1.Q3": ("A list of the ten medicines with the highest expenditure across the Board in 2018/19.", None),
        "P1.Q4": ("Details of any rebate or discount agreed with the manufacturer of adalimumab.", None),
    },
    groups=[("Questions 1 &amp; 2",
             "Spend on adalimumab in 2018/19 was &#163;3,106,480. In the quarter to June 2019 biosimilar adalimumab accounted "
             "for 86% of items dispensed."),
            ("Question 3",
             "Prescribing cost data for every Scottish board are published by Public Health Scotland at "
             "https://www.isdscotland.org/prescribing. As this information is otherwise accessible to you, it is exempt under "
             "section 25(1) of FOISA; the link above will take you to the 2018/19 tables."),
            ("Question 4",
             "Any rebate arrangement is negotiated nationally and is commercially confidential. This information is withheld "
             "under section 33(1)(b) of FOISA (substantial prejudice to commercial interests). The public interest was considered "
             "and favours withholding.")],
    close=["Yours sincerely"], sign=["", "Morag Ferguson", "Information Governance Officer"], foot=A_FOOT)

TEXT["a06.html"] = dict(
    head=A_HEAD_OLD, date="30 June 2020", ref="FOI/20/0419",
    title="FOI/20/0419 &#8211; Telephony contract",
    intro=["Thank you for your email received 29 May 2020. Please accept our apologies for the delay in responding, which was "
           "caused by the redeployment of staff during the COVID-19 pandemic."],
    style="inter", labels=("Q#.", "A#."),
    qa={
        "P1.Q1": ("Name of the incumbent supplier for telephony services.", "Caledon Voice Ltd."),
        "P1.Q2": ("Annual contract value.", "&#163;218,950 per annum excluding VAT."),
        "P1.Q3": ("Contract end date, including any extensions.", "The contract was extended in 2020 and now ends 31 March 2023."),
        "P1.Q4": ("When will the contract next be reviewed?", "A review is scheduled for autumn 2022 ahead of re-procurement."),
        "P1.Q5": ("Contact details of the officer responsible for the contract.",
                  "Withheld &#8211; personal data, section 38(1)(b) FOISA. Please address correspondence to the Head of eHealth."),
    },
    close=["Yours sincerely"], sign=["", "Morag Ferguson", "Information Governance Officer"], foot=A_FOOT)

TEXT["a07.html"] = dict(
    top=["<div style='background:#eef;padding:6px'>This site uses cookies. <u>Accept</u> | <u>Reject</u></div>",
         "<div class='small'>Home &#8250; Freedom of Information &#8250; Disclosure log 2021 &#8250; GM-FOI-2021-00188</div>"],
    head=A_HEAD_NEW, date="Response date: 22/03/2021 &#160; Request received: 19/02/2021", ref="GM-FOI-2021-00188",
    title="GM-FOI-2021-00188 Complaints handling 2019/20",
    intro=["NHS Glenmorven has now considered your request under the Freedom of Information (Scotland) Act 2002."],
    style="youasked",
    qa={
        "P1.Q1": ("The total number of complaints received by the Board in 2019/20.",
                  "1,204 complaints were received in 2019/20 (stage 1 and stage 2 combined)."),
        "P1.Q2": ("How many complaints were escalated to the Scottish Public Services Ombudsman in the same year?",
                  "41 complaints were referred to the SPSO; 9 were upheld in full or in part."),
        "P1.Q3": ("The names and job titles of staff members who were the subject of three or more complaints.",
                  "This information is personal data of the staff concerned and is exempt under section 38(1)(b) of FOISA, since "
                  "disclosure would contravene the data protection principles."),
    },
    sign=["Freedom of Information Team", "NHS Glenmorven"], foot=A_FOOT,
    bottom=["<div class='small'>Accessibility | Privacy | Contact us | &#169; 2021 NHS Glenmorven</div>"])

TEXT["a08.html"] = dict(
    head=A_HEAD_NEW, date="18 January 2022", ref="GM-FOI-2021-01544",
    title="Request for Information &#8211; GM-FOI-2021-01544 &#8211; Cyber incidents and IT security",
    intro=["I write in response to your request received on 14 December 2021."],
    style="decision", lead="You requested the following information:",
    qa={
        "P1.Q1": ("1. How many cyber incidents (including phishing and ransomware) were reported to the Board's IT security team in 2020 and 2021?", None),
        "P1.Q2": ("2. Has the Board paid any ransom in respect of a ransomware attack since 2017?", None),
        "P1.Q3": ("3. Does the Board have cyber insurance?", None),
        "P1.Q4": ("4. How many staff (WTE) work in cyber or information security?", None),
        "P1.Q5": ("5. What is the annual budget for cyber security?", None),
    },
    decision=["<p>Having considered your request, NHS Glenmorven holds information relevant to questions 1, 3, 4 and 5. "
              "The information requested at questions 1 and 5 is exempt from disclosure under section 35(1)(a) of FOISA "
              "(law enforcement: the prevention or detection of crime). In relation to question 2, the Board is applying "
              "section 18(1) of FOISA, read with section 35(1)(a), and neither confirms nor denies whether it holds the information.</p>",
              "<p><b>Public interest test.</b> We recognise the public interest in transparency about how the Board protects patient "
              "data. However, releasing incident counts or security budgets would allow those intent on attacking NHS systems to "
              "gauge the Board's capability. On balance the public interest favours maintaining the exemption. The Cabinet Office "
              "guidance on section 24 of the UK Act is noted but does not apply in Scotland.</p>",
              "<p>The answers to the remaining questions are:</p>"],
    answers=["Question 3 &#8211; No. The Board relies on the NHS Scotland risk pooling arrangements and has no standalone cyber "
             "insurance policy.",
             "Question 4 &#8211; 3.6 WTE."],
    close=["Yours sincerely"], sign=["", "Alan Drummond", "FOI Lead, NHS Glenmorven"], foot=A_FOOT)

TEXT["a09.html"] = dict(
    head=A_HEAD_NEW, date="27 February 2023", ref="GM-FOI-2023-00231",
    title="GM-FOI-2023-00231 Agency nursing 2021/22",
    intro=["Thank you for your request received 30 January 2023."],
    style="restate", lead="Your request was as follows:", key="%d. ",
    qa={
        "P1.Q1": ("Expenditure on agency nurses and midwives in 2021/22.", "&#163;4,927,350."),
        "P1.Q2": ("Names of all agencies used.",
                  "Thistle Care Staffing; Northern Lights Nursing; Harbour Health Locums."),
        "P1.Q3": ("The highest hourly rate paid for a registered nurse.",
                  "The highest hourly rate paid in 2021/22 was &#163;78.40 (a Band 6 public holiday night shift)."),
        "P1.Q4": ("The number of shifts filled by agency nurses.", "11,206 shifts."),
    },
    close=["Regards"], sign=["", "A Drummond", "FOI Lead"], foot=A_FOOT[:1])

TEXT["a10.html"] = dict(
    head=A_HEAD_NEW, date="9 May 2024", ref="FOI-GLN-24-0388",
    title="Freedom of Information Request &#8211; Our ref: FOI-GLN-24-0388",
    intro=["Thank you for your request of 10 April 2024 concerning the Board's telephony and network contracts. Your request "
           "was in two parts and we have answered each part in the tables below."],
    style="table", hdr=("Your question", "Our answer"),
    parts={1: "Part 1 &#8211; Telephony (voice) services", 2: "Part 2 &#8211; Wide area network (WAN) services"},
    qa={
        "P1.Q1": ("Incumbent supplier", "Caledon Voice Ltd"),
        "P1.Q2": ("Annual contract value", "&#163;224,100 (2023/24)"),
        "P1.Q3": ("Contract expiry date", "31 March 2026"),
        "P1.Q4": ("Name and contact details of the contract owner",
                  "Withheld under section 38(1)(b) of FOISA &#8211; personal data."),
        "P2.Q1": ("Incumbent supplier", "ScotNet Carriers plc (via the SWAN framework)"),
        "P2.Q2": ("Contract expiry date",
                  "In terms of section 17 of FOISA, NHS Glenmorven does not hold this information. The WAN service is called off "
                  "a national framework managed by another body and the Board holds no record of a separate expiry date."),
        "P2.Q3": ("Name and contact details of the contract owner",
                  "Withheld under section 38(1)(b) of FOISA &#8211; personal data."),
    },
    close=["Yours sincerely"], sign=["", "FOI Team", "NHS Glenmorven"], foot=A_FOOT)

TEXT["ad1.html"] = dict(
    head=A_HEAD_NEW, date="14 August 2025", ref="GM-FOI-2025-01187",
    title="DRAFT &#8211; Freedom of Information (Scotland) Act 2002 &#8211; GM-FOI-2025-01187",
    intro=["Thank you for your request received on 17 July 2025. You asked for information about the Board's voice and "
           "network contracts. We have numbered your questions and answered each in turn; your request is set out in two "
           "parts, as you sent it."],
    style="inter", ol=True, labels=("", "Answer:"),
    parts={1: "<b>Part 1: unified communications / telephony</b>", 2: "<b>Part 2: data network (WAN)</b>"},
    qa={
        "P1.Q1": ("Who provides the Board's telephony service today (the incumbent supplier)?",
                  "Following re-procurement in 2025 the incumbent supplier is Northlink Unified Communications Ltd."),
        "P1.Q2": ("What is the value of the contract, both annually and over its whole term?",
                  "The contract value is withheld under section 33(1)(b) of FOISA. The new contract was let only recently and "
                  "disclosure of its price would be likely to prejudice substantially the commercial interests of the Board and of "
                  "the supplier while call-off prices for the rest of the framework are being agreed. The public interest in "
                  "withholding outweighs that in disclosure at this time."),
        "P1.Q3": ("When does the contract end (please include any extension options)?",
                  "30 September 2030, with no further extension options."),
        "P1.Q4": ("Who is responsible for managing the contract?",
                  "The contract is managed by the Head of Digital Infrastructure, eHealth Directorate. We do not release the "
                  "names of staff below director level, but correspondence addressed to that post will reach the right person."),
        "P1.Q5": ("How many extensions/handsets are supported?", "About 5,300 extensions, including softphone users."),
        "P2.Q1": ("Incumbent supplier of the WAN and any subcontractors.",
                  "ScotNet Carriers plc is the prime supplier. The identity of its subcontractors is withheld under section "
                  "33(1)(b) of FOISA as it is commercially sensitive to the supplier."),
        "P2.Q2": ("When does the WAN contract end?", "30 June 2027."),
        "P2.Q3": ("Name and contact details of the person who manages the WAN contract.",
                  "Exempt &#8211; section 38(1)(b) FOISA (personal data)."),
    },
    after=["<b>Summary of exemptions applied:</b> section 33(1)(b) (Part 1 question 2; Part 2 question 1 in part) and section "
           "38(1)(b) (Part 2 question 3). Section 30(c) was considered for question 2 but is not relied on."],
    close=["Yours sincerely"], sign=["", "[name]", "FOI Officer"], foot=A_FOOT)

TEXT["ad2.html"] = dict(
    head=A_HEAD_NEW, date="2 October 2025", ref="GM-FOI-2025-01402",
    title="GM-FOI-2025-01402 &#8211; Cyber security",
    intro=["We refer to your request received 4 September 2025. Please see our response in the table below. "
           "You mentioned our earlier reply GM-FOI-2021-01544; we have considered your request afresh."],
    style="table", hdr=("Question", "Response"), excol={"title": "Exemption",
        "P1.Q1": "s31(1) FOISA", "P1.Q2": "&#8211;", "P1.Q3": "&#8211;", "P1.Q4": "s17 notice", "P1.Q5": "s35(1)(a) FOISA"},
    qa={
        "P1.Q1": ("Number of cyber security incidents (phishing, malware, ransomware, DDoS) recorded in each of 2023 and 2024.",
                  "Withheld. Following advice from the Scottish Government Cyber Resilience Unit, incident counts across NHS "
                  "Scotland are treated as exempt under section 31(1) of FOISA (national security), as aggregated figures would "
                  "assist hostile state actors."),
        "P1.Q2": ("Has NHS Glenmorven ever paid a ransom to regain access to its systems or data?",
                  "No. NHS Glenmorven has never paid a ransom."),
        "P1.Q3": ("Does the Board currently hold cyber insurance?", "No."),
        "P1.Q4": ("How many WTE staff are employed in cyber/information security roles?",
                  "Since April 2024 cyber security for the Board is delivered by the North of Scotland shared digital service. "
                  "NHS Glenmorven does not hold this information and this letter serves as a notice under section 17 of FOISA."),
        "P1.Q5": ("Annual cyber security budget for 2024/25.",
                  "Withheld under section 35(1)(a) of FOISA (prevention or detection of crime)."),
    },
    after=["<b>Exemptions applied in this response:</b> section 31(1) (question 1) and section 35(1)(a) (question 5). A section 17 "
           "notice is given for question 4."],
    close=["Kind regards"], sign=["", "FOI Team", "NHS Glenmorven"], foot=A_FOOT)

RAW["ad3.txt"] = """From: J. Maclean
Sent: 20 November 2025 09:14
To: glen.foi@glenmorven.scot.nhs.uk
Subject: FOI request - agency and bank nursing 2024/25

Our ref: GM-FOI-2025-01733 (logged 20/11/2025)

Dear NHS Glenmorven,

Under the Freedom of Information (Scotland) Act 2002 I would like the following for the financial year 2024/25:

1) Total spend on agency nursing and midwifery staff.
2) The names of every agency used to supply nurses or midwives.
3) Total spend on the Board's own nurse bank.
4) The highest hourly rate paid to an agency for one registered nurse.
5) How many shifts were filled by agency nurses.

I asked similar questions in 2023 (your ref GM-FOI-2023-00231). Electronic copies are fine.

Many thanks,
J. Maclean
"""

# ======================= B: Calderbrook MBC =======================
B_HEAD = ["<b>Calderbrook Metropolitan Borough Council</b>", "Information Governance Team", "Town Hall, Market Street",
          "Calderbrook OL17 2XQ", "foi@calderbrook.gov.uk"]
B_FOOT = ["If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days. "
          "If you remain dissatisfied you may complain to the Information Commissioner under section 50 of the Freedom of "
          "Information Act 2000 (or regulation 18 of the Environmental Information Regulations 2004).",
          "OFFICIAL"]
B_SIGN = ["Yours sincerely", "", "Information Governance Team", "Calderbrook Council &#8211; <i>Working together for a greener borough</i>"]

TEXT["b01.html"] = dict(
    head=B_HEAD, date="11 July 2017", ref="FOI/2017/4412",
    title="FREEDOM OF INFORMATION REQUEST &#8211; FOI/2017/4412 &#8211; Leisure management contract",
    intro=["I refer to your request for information received on 13 June 2017."],
    style="restate", lead="I note you seek access to the following information:", key="Question %d &#8211; ",
    qa={
        "P1.Q1": ("Who operates the Council's leisure centres under contract?",
                  "The Council's five leisure centres are operated by Calder Community Leisure Trust."),
        "P1.Q2": ("What management fee does the Council pay the operator each year?",
                  "The management fee for 2016/17 was &#163;1,150,000 per year."),
        "P1.Q3": ("When does the current contract end?", "31 March 2022, with no extension options."),
        "P1.Q4": ("Please provide the key performance indicators in the contract.",
                  "The contract, including its KPI schedule, is published on the Council's contracts register at "
                  "www.calderbrook.gov.uk/contracts. This information is therefore reasonably accessible to you and is exempt "
                  "under section 21(1) of the Act; we are not obliged to provide a copy."),
    },
    close=["Thank you for your interest in Calderbrook Council."], sign=B_SIGN, foot=B_FOOT)

TEXT["b02.html"] = dict(
    head=B_HEAD, date="6 March 2018", ref="EIR/2018/0217",
    title="Environmental Information Regulations 2004 &#8211; Request EIR/2018/0217 &#8211; Potholes",
    intro=["Your request received on 6 February 2018 concerns the condition of the highway and is environmental information. "
           "It has therefore been handled under the Environmental Information Regulations 2004 (EIR) rather than FOIA."],
    style="table", hdr=("Request", "Response"),
    qa={
        "P1.Q1": ("How many pothole compensation claims were received in 2017?", "412 claims."),
        "P1.Q2": ("How much was paid out in compensation for those claims?",
                  "Nil. No claims received in 2017 had been settled at the date of this response; 64 remain under investigation."),
        "P1.Q3": ("How many potholes were repaired in 2017?", "9,877 potholes were repaired."),
        "P1.Q4": ("A copy of the Council's highway inspection manual.",
                  "The Highway Safety Inspection Manual is published at www.calderbrook.gov.uk/highways. Under regulation "
                  "6(1)(b) the information is already publicly available and easily accessible, so we have not provided another copy."),
    },
    close=["Yours sincerely"], sign=["", "Highways Information Officer"], foot=B_FOOT)

TEXT["b03.html"] = dict(
    top=["<div style='background:#222;color:#fff;padding:4px'>Calderbrook Council | Bins | Council Tax | Parking | Jobs | Search</div>",
         "<div class='small'>You are here: Home &gt; Your council &gt; FOI disclosure log &gt; FOI/2018/6120</div>"],
    head=["Disclosure log entry"], date="Published 22 October 2018 (request received 24 September 2018)", ref="FOI/2018/6120",
    title="FOI/2018/6120 &#8211; Parking enforcement and bus lane cameras",
    intro=["The following information was released in response to a request under the Freedom of Information Act 2000."],
    style="inter", labels=("Request #:", "Answer:"),
    qa={
        "P1.Q1": ("How many Penalty Charge Notices were issued for parking contraventions in 2017/18?", "38,412 PCNs."),
        "P1.Q2": ("Who carries out on-street civil enforcement for the Council?",
                  "Civil enforcement officers are provided under contract by Civic Parking Services Ltd."),
        "P1.Q3": ("How many bus lane enforcement cameras does the Council operate?", "9 fixed cameras."),
        "P1.Q4": ("List the locations of each bus lane camera.",
                  "The locations are withheld under section 31(1)(a) of the Freedom of Information Act 2000 (prevention or detection of "
                  "crime), as publication would help drivers to evade enforcement. The public interest test favours withholding."),
    },
    sign=["Calderbrook Council Information Governance"], foot=["Cookie settings | Accessibility statement | Contact us"])

TEXT["b04.html"] = dict(
    head=B_HEAD, date="14 June 2019", ref="CMBC-FOI-19-2291",
    title="Request reference: CMBC-FOI-19-2291 &#8211; Major contracts (ERP and waste collection)",
    intro=["Thank you for your request received 16 May 2019. Please find our response to each question below. Questions 5 and 6 "
           "were considered under FOIA as they relate to contract values rather than to the state of the environment."],
    style="inter", ol=True, labels=("", "Response:"),
    qa={
        "P1.Q1": ("Who supplies the Council's ERP (finance/HR/payroll) system?", "Meridian Public Sector Software Ltd."),
        "P1.Q2": ("What is the total contract value?", "&#163;2,340,000 over the initial five year term."),
        "P1.Q3": ("Contract end date?", "31 August 2024."),
        "P1.Q4": ("How many user licences does the Council hold?", "1,850 named user licences."),
        "P1.Q5": ("Who is the Council's contractor for domestic waste collection?", "Greenway Environmental Services Ltd."),
        "P1.Q6": ("What is the annual value of the waste collection contract?",
                  "This is exempt under section 43(2) FOIA (commercial interests). The contract is due for re-tender and release "
                  "would prejudice the Council's negotiating position. The public interest favours maintaining the exemption."),
    },
    close=["Regards"], sign=["", "Ruth Ainsworth", "Information Governance Officer"], foot=B_FOOT)

TEXT["b05.html"] = dict(
    head=B_HEAD, date="3 February 2020", ref="FOI/2020/0145",
    title="FOI/2020/0145 &#8211; Consultancy spend 2014-2019",
    intro=["I refer to your request for information received on 6 January 2020."],
    style="cost", lead="You asked:", ol=True,
    qa={
        "P1.Q1": ("The Council's total expenditure on external consultants in each financial year from 2014/15 to 2018/19.", None),
        "P1.Q2": ("The ten consultancies paid the most over that period.", None),
        "P1.Q3": ("Copies of every report produced by consultants for the Council in that period.", None),
    },
    decision=["<p>The Council does not code consultancy separately in its ledger; spend is recorded against more than 300 cost "
              "centres. To answer question 1 staff would need to review an estimated 14,000 invoices at about two minutes each, "
              "some 466 hours, and questions 2 and 3 depend on the same exercise. We estimate that the cost of complying with "
              "your request would exceed the appropriate limit of &#163;450 (18 hours) set by the Fees Regulations. Under section "
              "12(1) of the Act the Council is therefore not obliged to comply with your request.</p>",
              "<p>Advice and assistance (section 16): you may wish to narrow your request, for example to a single year or to "
              "payments above &#163;25,000 published under the Transparency Code.</p>"],
    close=["Yours sincerely"], sign=B_SIGN, foot=B_FOOT)

TEXT["b06.html"] = dict(
    head=B_HEAD, date="27 April 2021", ref="CMBC-FOI-21-0833",
    title="CMBC-FOI-21-0833 Housing repairs",
    intro=["Your request received 29 March 2021 has been considered. The answers are numbered as in your request."],
    style="restate", lead="You asked:", key="%d. ",
    qa={
        "P1.Q1": ("How many responsive repairs were outstanding at 31 March 2021?", "2,317 responsive repairs were outstanding."),
        "P1.Q2": ("Which contractor carries out responsive repairs?", "Pennine Property Maintenance Ltd."),
        "P1.Q3": ("How many reports of damp and mould were received in 2020/21?", "1,046 reports."),
        "P1.Q4": ("What financial penalties has the Council applied to the contractor for missed targets?",
                  "We are withholding this information under section 43(2) (commercial interests)."),
    },
    close=["Yours sincerely"], sign=["", "Information Governance Team"], foot=B_FOOT[:1])

TEXT["b07.html"] = dict(
    head=B_HEAD, date="17 May 2022", ref="CMBC-FOI-22-1190",
    title="Freedom of Information Act 2000 &#8211; CMBC-FOI-22-1190",
    intro=["Thank you for your request received on 19 April 2022. You refer to our previous refusal FOI/2020/0145; since "
           "April 2021 consultancy spend has been coded separately, so we are now able to answer."],
    style="youasked",
    qa={
        "P1.Q1": ("How much did the Council spend on external consultants in 2021/22?", "&#163;3.27 million."),
        "P1.Q2": ("Which consultancy received the most?", "Arkwright Advisory LLP (&#163;612,000)."),
        "P1.Q3": ("Copies of the reports the Council received from consultants in 2021/22.",
                  "Copies of 14 reports are attached. Parts of two reports relating to the leisure re-procurement have been "
                  "redacted under section 43(2) (commercial interests) as the procurement is live."),
    },
    close=["Yours sincerely"], sign=B_SIGN, foot=B_FOOT)

TEXT["b08.html"] = dict(
    head=B_HEAD, date="10 January 2023", ref="CMBC-FOI-22-2054",
    title="FOI request CMBC-FOI-22-2054 &#8211; leisure contract and libraries",
    intro=["Your request, received on 8 December 2022, is answered in the table below. Where information is withheld the "
           "exemption is shown in the third column."],
    style="table", hdr=("Request", "Response"), excol={"title": "Exemption applied",
        "P1.Q1": "", "P1.Q2": "Section 43(2)", "P1.Q3": "", "P1.Q4": "", "P1.Q5": ""},
    qa={
        "P1.Q1": ("Name of the leisure operator", "Calder Community Leisure Trust (contract renewed April 2022)"),
        "P1.Q2": ("Annual management fee paid", "Withheld &#8211; see exemption. Disclosure during the first year of the new "
                  "contract would prejudice the Trust's commercial position."),
        "P1.Q3": ("Contract end date", "31 March 2027"),
        "P1.Q4": ("How many libraries have closed since 2017?", "Three: Moorside (2018), Brook Lane (2019) and Hollins (2021)."),
        "P1.Q5": ("Total library visits in 2021/22", "402,518 visits (physical)."),
    },
    close=["Yours faithfully"], sign=B_SIGN, foot=B_FOOT)

TEXT["b09.html"] = dict(
    head=B_HEAD, date="5 September 2023", ref="IR-2023-0071",
    title="INTERNAL REVIEW &#8211; IR-2023-0071 (original request CMBC-FOI-23-0952)",
    intro=["I have now completed the internal review you requested on 4 August 2023 of the Council's response to your "
           "request CMBC-FOI-23-0952, which we received on 26 June 2023. I was not involved in the original decision.",
           "The original response answered questions 1 to 3 but withheld the bus lane camera locations (question 4) under "
           "section 31(1)(a). Having reviewed the matter I find that the original decision was not correct in respect of "
           "question 4: every camera is signed on-street and the locations are shown on the Council's Traffic Regulation Orders. "
           "<b>The exemption is no longer relied on and the information is released below.</b> The remainder of the original "
           "response is upheld."],
    style="inter", labels=("Question #:", "Review outcome:"),
    qa={
        "P1.Q1": ("Number of parking PCNs issued in 2022/23.", "41,093 (as originally provided)."),
        "P1.Q2": ("Income from parking PCNs in 2022/23.", "&#163;1,388,240 (as originally provided)."),
        "P1.Q3": ("Name of the enforcement contractor.", "Civic Parking Services Ltd (as originally provided)."),
        "P1.Q4": ("Locations of all bus lane cameras.",
                  "<b>Released on review:</b> Manchester Road (inbound), Manchester Road (outbound), Yorkshire Street, Bridge "
                  "Street, Queensway (2), Rochdale Road, Station Approach and Oldham Road."),
    },
    close=["If you remain dissatisfied you may now complain to the Information Commissioner."],
    sign=["Yours sincerely", "", "Helen Pickup", "Head of Information Governance"], foot=B_FOOT[1:])

TEXT["b10.html"] = dict(
    head=B_HEAD, date="20 June 2024", ref="CMBC-FOI-24-1315",
    title="FREEDOM OF INFORMATION REQUEST &#8211; CMBC-FOI-24-1315 ERP contract",
    intro=["I refer to your request received by the Council on 22 May 2024."],
    style="decision", lead="I note you seek access to the following information:", ol=True,
    qa={
        "P1.Q1": ("Supplier of the Council's ERP system", None),
        "P1.Q2": ("The contract value, including any extension", None),
        "P1.Q3": ("The contract end date following any extension", None),
        "P1.Q4": ("The number of licensed users", None),
        "P1.Q5": ("Where the system is hosted (data centre name and location)", None),
    },
    decision=["<p>Your request has now been considered and I can confirm that the Council holds the information you request; "
              "however I am citing section 43(2) (commercial interests) for question 2 and section 31(1)(a) (law enforcement) "
              "for question 5 of your request.</p>",
              "<p>Section 43(2): the contract was extended in 2024 and the extension price was agreed on a confidential basis; "
              "disclosure would be likely to prejudice the Council's position when it re-procures. Section 31(1)(a): naming the "
              "hosting location would assist those planning a cyber or physical attack on Council systems. In both cases the "
              "public interest favours withholding.</p>",
              "<p>The response to questions 1, 3 and 4 is provided below.</p>"],
    answers=["Question 1 &#8211; Meridian Public Sector Software Ltd", "Question 3 &#8211; 31 August 2027",
             "Question 4 &#8211; 2,040 licensed users"],
    close=["Yours sincerely"], sign=B_SIGN, foot=B_FOOT)

TEXT["bd1.html"] = dict(
    head=B_HEAD, date="19 August 2025", ref="CMBC-FOI-25-1041",
    title="CMBC-FOI-25-1041 &#8211; Parking enforcement and bus lanes",
    intro=["Thank you for your request received 21 July 2025, which we have dealt with under the Freedom of Information Act 2000."],
    style="inter", labels=("Q#", "A#"),
    qa={
        "P1.Q1": ("How many parking penalty charge notices did the Council issue in 2024/25?", "44,870."),
        "P1.Q2": ("Which company holds the civil parking enforcement contract?",
                  "Kestrel Enforcement Ltd took over the contract from 1 April 2025."),
        "P1.Q3": ("How many cameras are used to enforce bus lanes?", "11."),
        "P1.Q4": ("Where is each bus lane camera located?",
                  "We are withholding the camera locations under section 31(1)(a) of the Act, as disclosure would be likely to "
                  "prejudice the prevention or detection of offences. The public interest favours withholding."),
        "P1.Q5": ("What income did the Council receive from PCNs in 2024/25?", "&#163;1,502,660."),
    },
    close=["Yours sincerely"], sign=B_SIGN, foot=B_FOOT)

TEXT["bd2.html"] = dict(
    head=B_HEAD, date="23 September 2025", ref="CMBC-FOI-25-1377",
    title="Freedom of Information request CMBC-FOI-25-1377",
    intro=["Thank you for your request received 26 August 2025 about leisure services and libraries."],
    style="grouped", lead="You asked:", ol=True,
    qa={
        "P1.Q1": ("Who runs the Council's leisure centres, and", None),
        "P1.Q2": ("how much does the Council pay them each year in management fee?", None),
        "P1.Q3": ("When will the leisure contract end, including the extension agreed in 2025?", None),
        "P1.Q4": ("Which libraries have closed in the last five years?", None),
        "P1.Q5": ("How many visits did libraries receive in 2024/25?", None),
    },
    groups=[("Questions 1 and 2", "Calder Community Leisure Trust operates the centres. The management fee for 2024/25 was "
             "&#163;1,310,000."),
            ("Question 3", "The contract has been extended to 31 March 2032."),
            ("Question 4", "Hollins (2021) and Spring Bank (2023)."),
            ("Question 5", "The Council does not hold this information. The footfall counters were removed during the 2024 "
             "refurbishment programme and visits are no longer recorded; library statistics now report loans and active members only.")],
    close=["Yours sincerely"], sign=B_SIGN, foot=B_FOOT)

TEXT["bd3.html"] = dict(
    head=B_HEAD, date="4 November 2025", ref="EIR/2025/0612",
    title="Environmental Information Regulations 2004 &#8211; EIR/2025/0612",
    intro=["Your request received 7 October 2025 relates to waste collection and highway maintenance. This is environmental "
           "information and we have dealt with the whole request under the EIR."],
    style="table", hdr=("Your request", "Council response"),
    qa={
        "P1.Q1": ("Name of the domestic waste collection contractor", "Greenway Environmental Services Ltd"),
        "P1.Q2": ("Annual value of the waste collection contract",
                  "Withheld under regulation 12(5)(e) (confidentiality of commercial information). The public interest favours "
                  "withholding."),
        "P1.Q3": ("Number of pothole compensation claims received in 2024/25", "588"),
        "P1.Q4": ("Compensation paid on those claims", "&#163;41,905"),
        "P1.Q5": ("Every pothole repair in 2024/25 with its location, date reported and date fixed",
                  "Refused under regulation 12(4)(b) (manifestly unreasonable). The repair records are held in a legacy system "
                  "that cannot be exported by location; extracting over 14,000 records manually would take about 470 hours."),
        "P1.Q6": ("A copy of your current highway inspection manual",
                  "Already publicly available at www.calderbrook.gov.uk/highways (regulation 6(1)(b))."),
    },
    after=["<b>Summary of exceptions applied:</b> regulation 12(5)(e) to item 2 and regulation 12(4)(b) to item 5. Under FOIA "
           "the equivalent of item 2 would have been section 43(2); it is mentioned for comparison only."],
    close=["Yours sincerely"], sign=B_SIGN, foot=B_FOOT)

# ======================= C: Wexley Vale College =======================
C_HEAD = ["<b>Wexley Vale College</b>", "Governance and Compliance Office", "Station Road Campus",
          "Wexley WX4 7HD", "foi@wexleyvale.ac.uk"]
C_FOOT = ["If you are unhappy with this response, please write to the Clerk to the Corporation within 40 working days to "
          "request an internal review. You also have the right to complain to the Information Commissioner under section 50 "
          "of the Freedom of Information Act 2000."]
C_SIGN = ["Yours sincerely", "", "Governance and Compliance Office", "Wexley Vale College &#8211; <i>Ofsted Good provider</i>"]

TEXT["c01.html"] = dict(
    head=C_HEAD, date="12 September 2017", ref="WVC-FOI-17-031",
    title="Freedom of Information request WVC-FOI-17-031",
    intro=["Thank you for your request received on 15 August 2017 regarding the Principal's remuneration."],
    style="restate", lead="You asked for:", resp_head="Our response", key="%d. ",
    qa={
        "P1.Q1": ("The Principal's salary for 2016/17.",
                  "The Principal's emoluments are disclosed in the College's audited financial statements for 2016/17, page 31, "
                  "available at www.wexleyvale.ac.uk/governance. As this information is reasonably accessible to you by other "
                  "means, it is exempt under section 21(1)."),
        "P1.Q2": ("Any bonus or performance-related payment made to the Principal in 2016/17.",
                  "Nil &#8211; no bonus or performance-related payment was made."),
        "P1.Q3": ("The Principal's expenses claimed in 2016/17.", "&#163;2,318.40, mainly travel to AoC and DfE meetings."),
    },
    close=["Thank you for your interest in the College."], sign=C_SIGN, foot=C_FOOT)

TEXT["c02.html"] = dict(
    head=C_HEAD, date="20 February 2018", ref="WVC-FOI-18-007",
    title="Our reference: WVC-FOI-18-007 &#8211; International students",
    intro=["Your request dated 23 January 2018 has been considered under the Freedom of Information Act 2000."],
    style="inter", ol=True, labels=("", "College response:"),
    qa={
        "P1.Q1": ("How many international (non-EU) students were enrolled in 2016/17?", "64 students."),
        "P1.Q2": ("Which recruitment agents does the College use overseas?",
                  "Anglo Pathways Ltd and Lotus Education Partners."),
        "P1.Q3": ("What commission rate do you pay those agents?",
                  "This information is exempt under section 43(2) of the Act. Commission rates are negotiated individually and "
                  "disclosure would be likely to prejudice the College's commercial interests in a competitive recruitment market. "
                  "The public interest in maintaining the exemption outweighs the public interest in disclosure."),
    },
    close=["Kind regards"], sign=["", "Data Protection and FOI Officer"], foot=C_FOOT)

TEXT["c03.html"] = dict(
    head=C_HEAD, date="5 November 2018", ref="WVC-FOI-18-052",
    title="FOI request WVC-FOI-18-052 &#8211; Student records and learning systems",
    intro=["Thank you for your request received on 8 October 2018."],
    style="table", hdr=("Question", "Answer"),
    qa={
        "P1.Q1": ("Which supplier provides the College's student management information system (MIS)?",
                  "Ellipse Student Systems Ltd (product: Ellipse FE)."),
        "P1.Q2": ("What is the annual cost of the MIS, including support?", "&#163;48,500 per annum including support."),
        "P1.Q3": ("When is the MIS contract due for renewal?", "July 2021."),
        "P1.Q4": ("Which virtual learning environment does the College use?", "Moodle, hosted in-house."),
    },
    close=["Yours sincerely"], sign=["", "IT Services / Governance Office"], foot=C_FOOT)

RAW["c04.txt"] = """Wexley Vale College - Governance and Compliance Office
Station Road Campus, Wexley WX4 7HD

21/05/2019

Your ref: email of 23 April 2019
Our ref: FOI 19-019

Dear

Re: Freedom of Information request - student exclusions

Thank you for your email of 23 April 2019. You asked:

(a) how many students were permanently excluded in 2017/18;
(b) the main reasons for those exclusions, by category;
(c) whether the student involved in the incident at the Wexley campus reported in the local press in March 2019 has been excluded.

In answer to point (c) first: the College can neither confirm nor deny whether it holds this information. To confirm or deny
would itself disclose personal data about an identifiable individual, and section 40(5B)(a)(i) of the Freedom of
Information Act 2000 removes the duty to confirm or deny. Nothing should be inferred from this about whether any such
information exists.

On (a): twenty-three students were permanently excluded in 2017/18.

On (b): physical assault (9), drugs on campus (6), threatening behaviour (5), persistent disruption (3).

Section 36 of the Act has not been applied to any part of this request.

If you are unhappy with this response you may request an internal review by the Clerk to the Corporation, and you may then
complain to the Information Commissioner.

Regards

Governance and Compliance Office
Wexley Vale College
"""

TEXT["c05.html"] = dict(
    head=C_HEAD, date="10 March 2020", ref="FOI 2020-011",
    title="Freedom of Information Act 2000 &#8211; FOI 2020-011 (Apprenticeships)",
    intro=["We received your request on 11 February 2020. Our answers follow each of your questions."],
    style="youasked",
    qa={
        "P1.Q1": ("The number of apprenticeship starts at the College in 2018/19.", "318 starts."),
        "P1.Q2": ("How much levy-funded income the College received in 2018/19.", "&#163;1,912,000."),
        "P1.Q3": ("The names of any subcontractors delivering apprenticeships on the College's behalf.",
                  "Skillbridge Training Ltd."),
        "P1.Q4": ("The value of each subcontract.",
                  "The value of the subcontract is withheld under section 43(2) of the Freedom of Information Act (commercial "
                  "interests). We have considered the public interest and concluded that it favours non-disclosure."),
    },
    close=["Yours sincerely"], sign=C_SIGN, foot=C_FOOT)

TEXT["c06.html"] = dict(
    top=["<div style='background:#036;color:#fff;padding:4px'>Wexley Vale College | Courses | Apprenticeships | About | FOI</div>",
         "<div class='small'>Home / About the College / Freedom of Information / Disclosure log / FOI 2021-004</div>"],
    head=["Disclosure log"], date="Date of response: 26 January 2021. Date of request: 22 December 2020.", ref="FOI 2021-004",
    title="FOI 2021-004 &#8211; Senior post holder pay",
    intro=["Request and response (personal details of the requester have been removed)."],
    style="inter", labels=("Request #", "Response"),
    qa={
        "P1.Q1": ("What was the Principal's total remuneration in 2019/20?",
                  "Published in note 8 of the 2019/20 financial statements (www.wexleyvale.ac.uk/governance) &#8211; section 21(1) applies."),
        "P1.Q2": ("Was any bonus paid to the Principal in 2019/20?", "No bonus was paid (nil)."),
        "P1.Q3": ("What severance payment was made to the former Principal on leaving in 2020?",
                  "Withheld under section 40(2) FOIA. The payment relates to an identifiable individual and disclosure would "
                  "breach the data protection principles."),
    },
    sign=["Governance and Compliance Office"], foot=["Privacy | Cookies | Accessibility | &#169; Wexley Vale College"])

TEXT["c07.html"] = dict(
    head=C_HEAD, date="15 March 2022", ref="FOI 2022-018",
    title="FOI 2022-018 &#8211; International recruitment",
    intro=["Thank you for your request received 14 February 2022."],
    style="decision", lead="You asked:",
    qa={
        "P1.Q1": ("1. The number of international students enrolled in 2020/21.", None),
        "P1.Q2": ("2. The names of overseas recruitment agents you use.", None),
        "P1.Q3": ("3. The commission paid to each agent, as a percentage of tuition fee.", None),
        "P1.Q4": ("4. How many of your applicants were refused a student visa in 2020/21.", None),
    },
    decision=["<p>The College holds information for questions 1 to 3. Question 3 is refused: the information is exempt under "
              "section 43(2) of the Act (commercial interests) and the public interest favours withholding it. This letter "
              "serves as a refusal notice under section 17 for that question.</p>"],
    answers=["Question 1 &#8211; 41 international students.",
             "Question 2 &#8211; Anglo Pathways Ltd; Lotus Education Partners; Meridian Study Links.",
             "Question 4 &#8211; The College does not hold this information. Visa decisions are made by UK Visas and "
             "Immigration and applicants are not required to tell us the outcome."],
    close=["Yours sincerely"], sign=C_SIGN, foot=C_FOOT)

TEXT["c08.html"] = dict(
    head=C_HEAD, date="29 November 2022", ref="FOI 2022-071",
    title="FOI 2022-071 &#8211; MIS and VLE",
    intro=["We received your request on 1 November 2022. Our answers are given in the order of your four questions."],
    style="restate", lead="Your questions:", key="",
    qa={
        "P1.Q1": ("Who supplies your student records (MIS) system?",
                  "Question one: Ellipse Student Systems Ltd."),
        "P1.Q2": ("How much does the College pay annually for it?",
                  "Question two: the College is in negotiation on a new licence and the annual cost is withheld under section "
                  "43(2) (commercial interests)."),
        "P1.Q3": ("When does the current agreement come up for renewal?", "Question three: July 2024."),
        "P1.Q4": ("What VLE do you use?", "Question four: Moodle."),
    },
    close=["Yours sincerely"], sign=C_SIGN, foot=C_FOOT)

TEXT["c09.html"] = dict(
    head=C_HEAD, date="17 October 2023", ref="FOI 2023-064",
    title="FOI 2023-064 &#8211; Exclusions",
    intro=["Thank you for your request received on 19 September 2023. You referred to our earlier response FOI 19-019."],
    style="youasked",
    qa={
        "P1.Q1": ("How many learners were permanently excluded in 2022/23?", "Seventeen."),
        "P1.Q2": ("What were the reasons, grouped by category?",
                  "Physical assault (7), drugs (4), threatening or abusive behaviour (4), other (2)."),
        "P1.Q3": ("Was the learner involved in the September 2023 incident on the Wexley campus excluded?",
                  "The College can neither confirm nor deny that it holds this information, by virtue of section 40(5B)(a)(i) "
                  "of the Act, as doing so would reveal personal data about an individual."),
        "P1.Q4": ("How many exclusions were referred to the police?",
                  "The College does not record whether a matter leading to exclusion was reported to the police, so this "
                  "information is not held."),
    },
    close=["Yours sincerely"], sign=C_SIGN, foot=C_FOOT)

TEXT["c10.html"] = dict(
    head=C_HEAD, date="24 September 2024", ref="IR 2024-03",
    title="Internal review IR 2024-03 of FOI 2024-049 (apprenticeship subcontracting)",
    intro=["I write following your request of 19 August 2024 for an internal review of our response to FOI 2024-049, your "
           "request received 2 July 2024. The original response withheld the value of each subcontract under section 43(2).",
           "I have reviewed the decision. The College now publishes its subcontracting values under the ESFA funding rules, and I "
           "do not consider that release would prejudice anyone's commercial interests. <b>The original decision on question 4 "
           "is overturned and the information is released below.</b> The answers to questions 1 to 3 are upheld."],
    style="inter", labels=("Question #", "Outcome"),
    qa={
        "P1.Q1": ("Apprenticeship starts in 2023/24.", "296 (upheld)."),
        "P1.Q2": ("Apprenticeship levy income in 2023/24.", "&#163;2,204,000 (upheld)."),
        "P1.Q3": ("Subcontractors used for apprenticeship delivery.",
                  "Skillbridge Training Ltd; Wexley Construction Skills CIC (upheld)."),
        "P1.Q4": ("Value of each subcontract.",
                  "Released on review: Skillbridge Training Ltd &#163;312,000; Wexley Construction Skills CIC &#163;88,500."),
    },
    close=["You may now complain to the Information Commissioner if you remain dissatisfied."],
    sign=["Yours sincerely", "", "Clerk to the Corporation"])

TEXT["cd1.html"] = dict(
    head=C_HEAD, date="18 March 2025", ref="FOI 2025-022",
    title="FOI 2025-022 &#8211; Learner exclusions 2023/24",
    intro=["Thank you for your request received on 18 February 2025. You have asked the same questions as in our response "
           "FOI 2023-064 for the following year."],
    style="inter", labels=("Question #", "Response:"),
    qa={
        "P1.Q1": ("The number of learners permanently excluded in 2023/24.", "Nineteen."),
        "P1.Q2": ("The reasons for the exclusions, grouped by category.",
                  "Physical assault (8), drugs (5), threatening or abusive behaviour (4), other (2)."),
        "P1.Q3": ("Whether the learner involved in the incident at the Station Road campus in January 2025 was excluded.",
                  "The College neither confirms nor denies whether it holds this information. Section 40(5B)(a)(i) of the Act "
                  "applies because confirming or denying would itself disclose personal data."),
        "P1.Q4": ("The number of exclusions referred to the police.",
                  "Not held. The College does not record police referrals against exclusion cases."),
    },
    close=["Yours sincerely"], sign=C_SIGN, foot=C_FOOT)

TEXT["cd2.html"] = dict(
    head=C_HEAD, date="14 October 2025", ref="FOI 2025-081",
    title="DRAFT RESPONSE &#8211; FOI 2025-081",
    intro=["Thank you for your request received 15 September 2025. You asked about international recruitment (part A) and "
           "the College's student records system (part B)."],
    style="inter", ol=True, labels=("", "Answer:"),
    parts={1: "<b>Part A &#8211; international recruitment</b>", 2: "<b>Part B &#8211; MIS</b>"},
    qa={
        "P1.Q1": ("How many international students did you enrol in 2024/25?", "57."),
        "P1.Q2": ("Please name the overseas agents you work with.",
                  "The College's two largest agents are Anglo Pathways Ltd and Lotus Education Partners. The names of the "
                  "remaining agents are withheld under section 43(2) as they are on trial agreements and naming them would "
                  "prejudice their commercial position."),
        "P1.Q3": ("Commission rates paid to agents.",
                  "The commission rates were provided to the College in confidence under the terms of each agency agreement, "
                  "which contain an express confidentiality clause. Disclosure would be an actionable breach of confidence and the "
                  "information is therefore exempt under section 41(1)."),
        "P1.Q4": ("How many of your applicants were refused visas in 2024/25?",
                  "Since 2024 the College has been a licensed student sponsor and records refusals: 6 applicants were refused."),
        "P2.Q1": ("Who is your MIS supplier?", "Ellipse Student Systems Ltd."),
        "P2.Q2": ("What is the annual MIS cost?", "&#163;61,200 per annum under the 2024 licence."),
        "P2.Q3": ("When does the MIS agreement next renew?", "July 2028."),
    },
    close=["Yours sincerely"], sign=C_SIGN, foot=C_FOOT)

# ======================= D: Commercial Vehicle Standards Agency =======================
D_HEAD = ["<b>Commercial Vehicle Standards Agency</b>", "An executive agency of the Department for Transport",
          "FOI Team, Brunel House, 14 Canal Street", "Swindon SN1 9QT", "foi@cvsa.gov.uk"]
D_FOOT = ["If you are unhappy with the way we have handled your request you may ask for an internal review within two months. "
          "If you are not content with the outcome you may apply to the Information Commissioner under section 50 of the "
          "Freedom of Information Act 2000. Sections 23 and 24 of the Act are referred to in our published FOI policy; they "
          "are not engaged by this response unless stated.",
          "OFFICIAL"]
D_SIGN = ["Yours sincerely", "", "FOI Team", "Commercial Vehicle Standards Agency"]

TEXT["d01.html"] = dict(
    head=D_HEAD, date="2 August 2017", ref="CVSA/FOI/17/0412",
    title="Freedom of Information request CVSA/FOI/17/0412 &#8211; body worn video",
    intro=["Thank you for your request received on 5 July 2017."],
    style="inter", labels=("Request #:", "Answer:"),
    qa={
        "P1.Q1": ("How many body worn video cameras are issued to your roadside enforcement officers?",
                  "214 cameras are in use across the Agency's enforcement areas."),
        "P1.Q2": ("Who supplied the cameras?", "Clearsight Bodycam Ltd under a Crown Commercial Service framework."),
        "P1.Q3": ("Please send your policy on the use and retention of footage.",
                  "The policy is published at www.gov.uk/cvsa/body-worn-video-policy. Section 21(1) applies as it is reasonably "
                  "accessible to you."),
    },
    sign=D_SIGN, foot=D_FOOT)

TEXT["d02.html"] = dict(
    head=D_HEAD, date="16 April 2018", ref="CVSA/FOI/18/0233",
    title="FOI request CVSA/FOI/18/0233 &#8211; ANPR",
    intro=["I am writing in response to your request of 19 March 2018."],
    style="decision", lead="You asked for:", ol=True,
    qa={
        "P1.Q1": ("The number of ANPR cameras the Agency operates on the strategic road network.", None),
        "P1.Q2": ("The location of each camera.", None),
        "P1.Q3": ("How long ANPR reads are retained.", None),
    },
    decision=["<p>The Agency holds the information requested at question 1 but it is exempt under section 31(1)(a) (prevention "
              "or detection of crime): knowing the size of the camera network would help operators of unroadworthy or "
              "overweight vehicles to evade checks.</p>",
              "<p>In relation to question 2, the Agency neither confirms nor denies whether it holds the information, in reliance "
              "on section 31(3) of the Act. This should not be taken as an indication that the information you requested is or "
              "is not held.</p>",
              "<p>The public interest test has been applied in both cases and favours the exemptions.</p>"],
    answers=["The answer to question 3 is that ANPR reads not matched to a vehicle of interest are deleted after 90 days."],
    sign=D_SIGN, foot=D_FOOT)

TEXT["d03.html"] = dict(
    head=D_HEAD, date="10 December 2018", ref="CVSA/FOI/18/0871",
    title="FOI request CVSA/FOI/18/0871 &#8211; external legal costs",
    intro=["Thank you for your request dated 12 November 2018."],
    style="cost", lead="You asked:",
    qa={
        "P1.Q1": ("1. How much has the Agency spent on external legal advice in each year since 2010?", None),
        "P1.Q2": ("2. Which law firms or chambers were instructed?", None),
        "P1.Q3": ("3. For each matter, the case name and outcome.", None),
    },
    decision=["<p>We estimate that complying with your request would exceed the appropriate limit of &#163;600, which represents "
              "24 hours of staff time for central government. Legal invoices before 2016 are held in paper files at three "
              "sites; retrieving and reviewing around 2,600 files at 10 minutes each would take about 433 hours. Under section "
              "12(1) we are therefore not obliged to comply with any part of your request.</p>",
              "<p>If you limit your request to the last two financial years we may be able to help.</p>"],
    sign=D_SIGN, foot=D_FOOT)

TEXT["d04.html"] = dict(
    head=D_HEAD, date="30 July 2019", ref="FOI2019/05120",
    title="Our ref: FOI2019/05120 &#8211; Data centre hosting",
    intro=["Thank you for your request received on 2 July 2019. The information is provided in the table below."],
    style="table", hdr=("You asked", "Our answer"),
    qa={
        "P1.Q1": ("Who is your hosting/data centre provider?", "Stratus Data Centres Ltd"),
        "P1.Q2": ("Total contract value", "&#163;1,200,000 (four years)"),
        "P1.Q3": ("Contract end date", "31 October 2022"),
        "P1.Q4": ("Which security accreditations do your hosted systems hold?",
                  "Cyber Essentials Plus and ISO 27001 (certificate held by the supplier)."),
    },
    sign=D_SIGN, foot=D_FOOT)

RAW["d05.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FOI2020/08831: staff numbers - GOV.UK style disclosure</title></head>
<body>
<header><p>Cookies on this site &mdash; <a href="#">Accept additional cookies</a> <a href="#">Reject</a></p>
<nav>Home &rsaquo; Government &rsaquo; Commercial Vehicle Standards Agency &rsaquo; FOI releases</nav></header>
<main>
<h1>Staff numbers at the Commercial Vehicle Standards Agency</h1>
<p>FOI release. Published 8 September 2020. Reference: FOI2020/08831</p>
<h2>Details</h2>
<p>Request received 10 August 2020.</p>
<ol>
<li><b>How many full-time equivalent staff does the Agency employ?</b><br>At 31 July 2020 the Agency employed 2,684.5 FTE.</li>
<li><b>How many contractors or agency workers were engaged at the same date?</b><br>143 contingent workers (contractors and agency staff).</li>
<li><b>What was the average number of working days lost to sickness per FTE in 2019/20?</b><br>7.9 days per FTE.</li>
</ol>
<p>Commercial Vehicle Standards Agency, FOI Team</p>
</main>
<footer>All content is available under the Open Government Licence v3.0, except where otherwise stated. &copy; Crown copyright</footer>
</body></html>
"""

TEXT["d06.html"] = dict(
    head=D_HEAD, date="11 May 2021", ref="FOI2021/04417",
    title="FOI2021/04417 &#8211; Estates",
    intro=["Thank you for your request of 13 April 2021 for information about the Agency's estate."],
    style="grouped", lead="Your request:", ol=True,
    qa={
        "P1.Q1": ("How many buildings does the Agency occupy?", None),
        "P1.Q2": ("How many of those buildings are less than half occupied?", None),
        "P1.Q3": ("What is the annual lease cost of each building?", None),
        "P1.Q4": ("Which sites are planned for disposal?", None),
    },
    groups=[("Answer to questions 1 and 2", "The Agency occupies 47 buildings; 12 were less than 50% occupied in March 2021."),
            ("Answer to question 3", "Lease costs are withheld under section 43(2) (commercial interests), because several "
             "leases are under renegotiation with landlords. The public interest favours withholding."),
            ("Answer to question 4", "The Agency's estates strategy, including sites for disposal, will be published in "
             "September 2021 on GOV.UK. The information is exempt under section 22(1) (information intended for future "
             "publication).")],
    sign=D_SIGN, foot=D_FOOT)

TEXT["d07.html"] = dict(
    top=["<div style='background:#0b0c0c;color:#fff;padding:6px'>GOV.UK &#8212; Cookies on GOV.UK: <u>Accept</u> <u>Reject</u></div>",
         "<div class='small'>Home &#8250; Transport &#8250; Commercial Vehicle Standards Agency &#8250; FOI releases</div>"],
    head=["FOI release &#8211; FOIR-2022-01290"], date="Published 14 February 2022 &#183; Request received 17 January 2022",
    ref="FOIR-2022-01290", title="Body worn video and ANPR",
    intro=["The following request was answered under the Freedom of Information Act 2000."],
    style="restate", lead="Request:", ol=True, resp_head="Response", key="Q%d: ",
    qa={
        "P1.Q1": ("Number of body worn cameras currently in use.", "262."),
        "P1.Q2": ("Supplier of the body worn cameras.", "Clearsight Bodycam Ltd."),
        "P1.Q3": ("Number of occasions in 2021 where footage was used as evidence in a prosecution.", "58."),
        "P1.Q4": ("How many ANPR cameras does the Agency operate?",
                  "Exempt under section 31(1)(a) &#8211; disclosure would be likely to prejudice the prevention or detection of crime."),
        "P1.Q5": ("Where are the ANPR cameras?",
                  "The Agency neither confirms nor denies that it holds this information, by virtue of section 31(3)."),
    },
    sign=["Commercial Vehicle Standards Agency"], foot=["Open Government Licence v3.0 | &#169; Crown copyright"])

TEXT["d08.html"] = dict(
    head=D_HEAD, date="6 December 2022", ref="FOIR-2022-10477",
    title="FOIR-2022-10477 &#8211; Legal spend",
    intro=["Thank you for your request received 7 November 2022. You mention our reply CVSA/FOI/18/0871."],
    style="cost", lead="You asked for:", ol=True,
    qa={
        "P1.Q1": ("Spend on external lawyers in each of the last ten years.", None),
        "P1.Q2": ("The firms and chambers used.", None),
        "P1.Q3": ("Any settlement paid to a former employee in an employment tribunal claim.", None),
    },
    decision=["<p>Section 12(2) of the Act provides that a public authority is not obliged to confirm or deny whether it holds "
              "information if the cost of establishing that alone would exceed the appropriate limit. Legal matters are filed by "
              "case, not by cost or outcome, and to establish whether information within question 3 exists we would need to review "
              "every employment file opened since 2012. We estimate this at over 60 hours. The Agency therefore neither confirms "
              "nor denies whether it holds the information you requested and, as the cost of one part of a request applies to the "
              "whole, we are not obliged to answer questions 1 and 2 either.</p>",
              "<p>This is a refusal on grounds of cost under section 12; it is not a neither-confirm-nor-deny response under any "
              "exemption in Part II of the Act.</p>"],
    sign=D_SIGN, foot=D_FOOT)

TEXT["d09.html"] = dict(
    head=D_HEAD, date="22 August 2023", ref="FOIR-2023-11852",
    title="FOIR-2023-11852 &#8211; Complaints",
    intro=["Thank you for your request of 24 July 2023."],
    style="youasked",
    qa={
        "P1.Q1": ("The number of complaints received by the Agency in 2022/23.", "3,911."),
        "P1.Q2": ("How many of those were escalated to the Parliamentary and Health Service Ombudsman?", "14, of which 2 were upheld."),
        "P1.Q3": ("How many full-time equivalent staff the Agency employs.", "2,802.3 FTE at 30 June 2023."),
        "P1.Q4": ("How many complaints were made about the examiner at the Avonmouth test centre named in my email?",
                  "The Agency neither confirms nor denies whether it holds information about complaints concerning a named "
                  "individual. Section 40(5B)(a)(i) removes the duty to confirm or deny, since doing so would disclose personal data."),
    },
    sign=D_SIGN, foot=D_FOOT)

TEXT["d10.html"] = dict(
    head=D_HEAD, date="19 March 2024", ref="FOIR-2024-02318",
    title="FOIR-2024-02318 &#8211; IT hosting and estates",
    intro=["Thank you for your request received on 19 February 2024."],
    style="table", hdr=("Question", "Response"), excol={"title": "Exemption",
        "P1.Q4": "s31(1)(a)", "P1.Q6": "s43(2)"},
    qa={
        "P1.Q1": ("Hosting / data centre supplier", "Stratus Data Centres Ltd"),
        "P1.Q2": ("Value of the current hosting contract", "&#163;1,450,000"),
        "P1.Q3": ("End date of the current hosting contract", "31 October 2026"),
        "P1.Q4": ("Security accreditations held and the date of the last penetration test",
                  "Withheld. Disclosure would be likely to prejudice the prevention of crime by assisting attackers."),
        "P1.Q5": ("Number of cyber incidents reported to NCSC in 2023", "Two."),
        "P1.Q6": ("Annual lease cost of each building", "Withheld (commercial interests)."),
        "P1.Q7": ("Number of buildings less than half occupied", "9"),
    },
    sign=D_SIGN, foot=D_FOOT)

TEXT["dd1.html"] = dict(
    head=D_HEAD, date="27 May 2025", ref="FOIR-2025-04410",
    title="FOIR-2025-04410 &#8211; Body worn video and ANPR",
    intro=["Thank you for your request received on 28 April 2025."],
    style="decision", lead="You asked:", ol=True,
    qa={
        "P1.Q1": ("How many body worn video cameras do enforcement staff use?", None),
        "P1.Q2": ("Who is the current supplier of those cameras?", None),
        "P1.Q3": ("In how many prosecutions in 2024 was body worn footage used as evidence?", None),
        "P1.Q4": ("How many ANPR cameras does the Agency have access to?", None),
        "P1.Q5": ("Please list their locations.", None),
        "P1.Q6": ("What is the retention period for ANPR data?", None),
    },
    decision=["<p>Question 3 is withheld under section 31(1)(a) of the Act: the number of prosecutions supported by footage, set "
              "against the number of cameras, would reveal the Agency's evidential capability.</p>",
              "<p>For questions 4 and 5, following national guidance issued to enforcement bodies in 2024, the Agency neither "
              "confirms nor denies whether it holds any information, relying on sections 24(2) and 31(3) of the Act. The Agency "
              "previously withheld the number of cameras under section 31(1)(a); that approach has been superseded.</p>",
              "<p>Answers to the remaining questions follow.</p>"],
    answers=["Question 1 &#8211; 301 cameras.",
             "Question 2 &#8211; Vantage Wearables UK Ltd (contract awarded October 2024).",
             "Question 6 &#8211; 90 days for reads that are not linked to an investigation."],
    sign=D_SIGN, foot=D_FOOT)

TEXT["dd2.html"] = dict(
    head=D_HEAD, date="9 December 2025", ref="FOIR-2025-09982",
    title="FOIR-2025-09982 &#8211; Hosting, security and estates",
    intro=["Thank you for your request received on 10 November 2025. Please see the table below; the exemptions are summarised "
           "at the end of this letter."],
    style="table", hdr=("Question", "Response"), excol={"title": "Exemption",
        "P1.Q2": "s43(2) (in part)", "P1.Q4": "s24(1)", "P1.Q5": "s24(2), s31(3)", "P1.Q6": "s41(1)"},
    qa={
        "P1.Q1": ("Who hosts the Agency's systems?", "Stratus Data Centres Ltd"),
        "P1.Q2": ("Contract value, broken down by service line",
                  "The total value is &#163;1,450,000. The breakdown by service line is withheld."),
        "P1.Q3": ("When does the hosting contract end?", "31 October 2026"),
        "P1.Q4": ("Security accreditations and last penetration test date",
                  "Withheld on national security grounds."),
        "P1.Q5": ("How many cyber incidents were reported to NCSC in 2024 and 2025?",
                  "Neither confirm nor deny."),
        "P1.Q6": ("Annual lease cost per building", "Withheld &#8211; provided in confidence by landlords."),
        "P1.Q7": ("How many buildings are less than half occupied?", "7"),
        "P1.Q8": ("Which sites are planned for disposal in 2025-26?",
                  "Not held. The estates strategy was withdrawn in 2025 pending a departmental review and no disposal schedule exists."),
    },
    after=["<b>Exemptions applied.</b> Question 2 (part): section 43(2), commercial interests. Question 4: section 24(1), "
           "national security, on the advice of the Department's security unit (we previously relied on section 31). Question 5: "
           "sections 24(2) and 31(3), the duty to confirm or deny does not arise. Question 6: section 41(1), information provided "
           "in confidence. The public interest test has been applied where required. Section 43(2) is no longer relied on for "
           "question 6."],
    sign=D_SIGN, foot=D_FOOT)

TEXT["dd3.html"] = dict(
    head=D_HEAD, date="20 January 2026", ref="FOIR-2026-00154",
    title="FOIR-2026-00154 &#8211; Legal spend, complaints and staffing",
    intro=["Thank you for your request received on 18 December 2025. Since 2023 legal invoices have been coded in the finance "
           "system, so, unlike our earlier replies FOIR-2022-10477 and CVSA/FOI/18/0871, we can now answer."],
    style="youasked",
    qa={
        "P1.Q1": ("What did the Agency spend on external legal services in 2024/25?", "&#163;684,300."),
        "P1.Q2": ("Which firms and chambers did you use?", "Harcourt Lane LLP; Fenwick Road Chambers."),
        "P1.Q3": ("How many complaints did the Agency receive in 2024/25?", "4,266."),
        "P1.Q4": ("How many went to the Parliamentary and Health Service Ombudsman?", "11 (1 upheld)."),
        "P1.Q5": ("How many complaints were made about the named examiner at the Avonmouth test centre?",
                  "We hold this information, but it is the personal data of the examiner and is withheld under section 40(2)."),
        "P1.Q6": ("How many FTE staff does the Agency employ?", "2,911.0 FTE at 30 November 2025."),
        "P1.Q7": ("How many contractors or agency workers are engaged?",
                  "The Agency does not hold this information. Contingent labour is now procured by the Department's shared "
                  "service and is not recorded by agency."),
    },
    sign=D_SIGN, foot=D_FOOT)
