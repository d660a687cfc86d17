from lib import *

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown")

def head1(date, ref, title):
    return ("<h2>Calderbrook Metropolitan Fire and Rescue Authority</h2><p>Service Headquarters, 146 Moorgate Lane, Calderbrook CB2 8FR<br>"
            "Tel 0161 555 0140</p><p><i>Working together for a safer Calderbrook</i></p>\n"
            "<p>Your ref: &nbsp;&nbsp; Our ref: %s</p><p>%s</p><p>Dear</p><p><b>Freedom of Information Act 2000 &ndash; %s</b></p>\n" % (ref, date, title))

def head2(date, ref, title):
    return ("<table width='100%%'><tr><td><b>CALDERBROOK FIRE</b><br>Calderbrook Metropolitan Fire and Rescue Authority</td>"
            "<td align='right'>Information Governance<br>foi@calderbrookfire.example.gov.uk</td></tr></table>"
            "<p>Date: %s<br>FOI reference: %s</p><p>Dear Sir/Madam</p><p><b>%s</b></p>\n" % (date, ref, title))

SIGN1 = P("If you are unhappy with the way your request has been handled you can ask for a review by writing to the Clerk to the Authority. "
 "If you remain dissatisfied you may contact the Information Commissioner under section 50 of the Act.",
 "Yours faithfully", "<br>Data Protection and FOI Officer<br>Calderbrook Metropolitan Fire and Rescue Service")
SIGN2 = P("<b>Your rights</b>: you can ask for an internal review within 40 working days. After that you can complain to the ICO (ico.org.uk/foicomplaints).",
 "Regards", "<br>Information Governance Team<br>Calderbrook Metropolitan Fire and Rescue Authority")

# B1 2017 mobilising system: interleaved, OCR scan
t = head1("22 August 2017", "FOI-2017-041", "Mobilising system") + P(
 "Thank you for your request received on 26 July 2017. Each of your questions is followed by our answer.",
 "<b>1. Who supplies the fire control mobilising system?</b><br>Orion Mobilising Ltd.",
 "<b>2. What is the total value of the contract?</b><br>&pound;1.34 million over the seven year term, including implementation.",
 "<b>3. When does the contract end?</b><br>30 June 2022.",
 "<b>4. Name and contact details of the officer responsible for the contract.</b><br>We are withholding the name and direct contact details of the contract manager under section 40(2) of the Act (personal information), as disclosure would breach the data protection principles. "
 "Correspondence may be addressed to the Head of Control at the address above.")
t += SIGN1
add("history", "history/FOI-2017-041 response scanned.pdf", "b01_mob_2017.html", "ocr_scan", B, "FOI-2017-041",
    "2017-08-22", "2017-07-26", "foia", "interleaved numbered bold questions with answers; scanned (OCR)",
    [Qx("P1.Q1", "B_MOB_SUP", R, fact="Orion Mobilising Ltd"), Qx("P1.Q2", "B_MOB_VAL", R, fact="£1.34 million"),
     Qx("P1.Q3", "B_MOB_EXP", R, fact="30 June 2022"), Qx("P1.Q4", "B_MOB_CONTACT", W, ["s40(2)"])],
    PAGE("FOI-2017-041", t, font="Liberation Serif", size="12pt"))

# B2 2018 fleet: bordered table
t = head1("12 April 2018", "FOI-2018-077", "Fire appliances") + P(
 "I refer to your request of 15 March 2018 regarding the Service's fleet of fire appliances. Please find our response in the table below.")
t += TABLE([
 ["1", "How many front line pumping appliances does the Service have?", "58"],
 ["2", "What is the average age of those appliances?", "9.2 years"],
 ["3", "How many aerial appliances (turntable ladders or aerial ladder platforms)?", "4 (two aerial ladder platforms and two turntable ladders)"],
], border=True, head=["No.", "Question", "Answer"], widths=["6%", "54%", "40%"])
t += SIGN1
add("history", "history/FOI-2018-077 Fire appliances.pdf", "b02_fleet_2018.html", "lo_pdf", B, "FOI-2018-077",
    "2018-04-12", "2018-03-15", "foia", "three-column bordered table (No. | Question | Answer)",
    [Qx("P1.Q1", "B_FLEET_N", R, fact="58"), Qx("P1.Q2", "B_FLEET_AGE", R, fact="9.2 years"), Qx("P1.Q3", "B_AERIAL", R, fact="4")],
    PAGE("FOI-2018-077", t))

# B3 2019 call handling: numbered, gs
t = head1("30 January 2019", "FOI-2019-015", "Emergency call handling") + P(
 "Your request was received on 2 January 2019. You asked for the following for the calendar year 2018:",
 "1) the number of 999 calls received by fire control;<br>2) the number of those that were hoax (malicious false alarm) calls;<br>3) the average time from call answer to mobilisation of the first appliance.",
 "The Authority holds this information and it is provided below.",
 "1) 21,846 emergency calls were received.",
 "2) 612 calls were recorded as malicious false alarms.",
 "3) 1 minute 38 seconds on average (call answered to first appliance alerted).")
t += SIGN1
add("history", "history/FOI-2019-015_call_handling.pdf", "b03_calls_2019.html", "lo_pdf_gs", B, "FOI-2019-015",
    "2019-01-30", "2019-01-02", "foia", "restated request 1) 2) 3) then answers keyed the same way; Ghostscript",
    [Qx("P1.Q1", "B_CALLS", R, fact="21,846"), Qx("P1.Q2", "B_HOAX", R, fact="612"), Qx("P1.Q3", "B_MOBTIME", R, fact="1 minute 38 seconds")],
    PAGE("FOI-2019-015", t))

# B4 2019 cyber: decision paragraph
t = head1("17 October 2019", "FOI-2019-203", "Cyber security") + P(
 "Thank you for your request received on 19 September 2019, in which you asked:",
 "1. Details of any cyber attacks or incidents that affected the Service's systems in the last two years, including whether any data was lost.",
 "2. How much the Service spent on cyber security in 2018/19.",
 "I can confirm that the Authority holds information within the scope of your request. The information requested at question 1 is withheld under section 31(1)(a) (prevention or detection of crime). "
 "Question 2 is answered in full below.",
 "<b>Public interest test &ndash; section 31(1)(a)</b>",
 "Details of incidents, their nature and their effect would tell attackers which techniques have succeeded against the Service and which systems are weakest. While there is a public interest in knowing that the Service protects its systems, "
 "it is outweighed by the need not to assist criminal activity. We note that section 24 (national security) could also be relevant to requests of this type but we have not needed to consider it here.",
 "<b>Question 2</b>: &pound;84,000 was spent on cyber security software, managed services and staff training in 2018/19.")
t += SIGN1
add("history", "history/FOI-2019-203 Cyber.pdf", "b04_cyber_2019.html", "lo_pdf", B, "FOI-2019-203",
    "2019-10-17", "2019-09-19", "foia", "decision paragraph; section 24 mentioned but not applied",
    [Qx("P1.Q1", "B_CYBER", W, ["s31(1)(a)"]), Qx("P1.Q2", "B_CYBER_SPEND", R, fact="£84,000")],
    PAGE("FOI-2019-203", t))

# B5 2020 drones: disclosure log web page
t = ("<div style='background:#b22222;color:white;padding:6px'><b>Calderbrook Fire</b> &nbsp; Safety advice &nbsp; Careers &nbsp; About us &nbsp; News</div>"
     "<div style='font-size:9pt;border:1px solid #ccc;padding:4px'>This website uses cookies. By continuing you agree to our cookie policy. <u>OK</u></div>"
     "<h1>FOI disclosure: Drones</h1><p>Calderbrook Metropolitan Fire and Rescue Authority &middot; Reference F-00231 &middot; Responded 09/07/2020 &middot; Received 10/06/2020</p>")
t += P("<b>Request</b>",
 "Please could you tell me:<br>&bull; how many drones the fire service has;<br>&bull; how many times they were used at incidents in 2019/20;<br>&bull; how many staff are qualified drone pilots.",
 "<b>Response</b>",
 "We have 2 drones, based at Calderbrook Central fire station.",
 "They were deployed to 47 incidents during 2019/20, mainly large fires and water rescues.",
 "9 members of staff hold a current remote pilot qualification.")
t += "<p style='font-size:9pt'>Share this page &middot; Privacy &middot; Accessibility statement &middot; &copy; 2020 Calderbrook Fire</p>"
add("history", "history/F-00231 Drones - Calderbrook Fire.pdf", "b05_drones_2020.html", "chromium_pdf", B, "F-00231",
    "2020-07-09", "2020-06-10", "foia", "disclosure log web page; bulleted request, unnumbered answers in order",
    [Qx("P1.Q1", "B_DRONE_N", R, fact="2"), Qx("P1.Q2", "B_DRONE_USE", R, fact="47"), Qx("P1.Q3", "B_DRONE_PILOTS", R, fact="9")],
    PAGE("F-00231 Drones", t))

# B6 2021 mobilising repeat: You asked / Our response, docx
t = head2("25 May 2021", "F-00418", "Request for information: fire control mobilising system contract") + P(
 "We received your request on 28 April 2021.",
 "<b>You asked:</b> The supplier of the mobilising system in your control room.",
 "<b>Our response:</b> Orion Mobilising Ltd. The Authority re-awarded the contract to Orion following a mini-competition on the Crown Commercial Service framework.",
 "<b>You asked:</b> The contract value.",
 "<b>Our response:</b> The total contract value over the new term is &pound;1.9 million. The annual breakdown and the price for each module are withheld under section 43(2) of the Freedom of Information Act (commercial interests), because they would reveal the supplier's pricing model.",
 "<b>You asked:</b> The contract end date.",
 "<b>Our response:</b> 30 June 2027.",
 "<b>You asked:</b> Who is responsible for the contract?",
 "<b>Our response:</b> The contract is managed by the Head of Control and Mobilising Systems, who can be contacted at control.contracts@calderbrookfire.example.gov.uk.")
t += SIGN2
add("history", "history/F-00418 Mobilising contract.docx", "b06_mob_2021.html", "docx", B, "F-00418",
    "2021-05-25", "2021-04-28", "foia", "You asked / Our response, Word document",
    [Qx("P1.Q1", "B_MOB_SUP", R, fact="Orion Mobilising Ltd"), Qx("P1.Q2", "B_MOB_VAL", PR, ["s43(2)"]),
     Qx("P1.Q3", "B_MOB_EXP", R, fact="30 June 2027"), Qx("P1.Q4", "B_MOB_CONTACT", R, fact="Head of Control and Mobilising Systems")],
    PAGE("F-00418", t))

# B7 2022 telephony and network: two parts, same expiry question in each part, borderless table
t = head2("3 March 2022", "F-00597", "ICT contracts: telephony and inbound network services") + P(
 "Thank you for your request received on 4 February 2022. Your request was in two parts. The first part related to the Service's telephony (voice) contract and the second to inbound network services (0800/0300 numbers, call routing).",
 "<b>Part 1 &ndash; Telephony</b>")
t += TABLE([
 ["1. Incumbent supplier", "BT plc"],
 ["2. Annual average spend", "&pound;146,000"],
 ["3. Contract expiry: please state the date when the contract expires", "31 March 2024"],
], border=False, widths=["55%", "45%"])
t += P("<b>Part 2 &ndash; Inbound network services</b>")
t += TABLE([
 ["1. Incumbent supplier", "Gamma Telecom Holdings Ltd"],
 ["2. Contract expiry: please state the date when the contract expires", "30 September 2023"],
], border=False, widths=["55%", "45%"])
t += SIGN2
add("history", "history/F-00597 ICT contracts response.pdf", "b07_tel_2022.html", "lo_pdf", B, "F-00597",
    "2022-03-03", "2022-02-04", "foia", "two parts, borderless tables; contract expiry asked in both parts",
    [Qx("P1.Q1", "B_TEL_SUP", R, fact="BT plc"), Qx("P1.Q2", "B_TEL_SPEND", R, fact="£146,000"), Qx("P1.Q3", "B_TEL_EXP", R, fact="31 March 2024"),
     Qx("P2.Q1", "B_NET_SUP", R, fact="Gamma Telecom Holdings Ltd"), Qx("P2.Q2", "B_NET_EXP", R, fact="30 September 2023")],
    PAGE("F-00597", t))

# B8 2023 cyber repeat: NCND on incidents, withheld spend
t = head2("16 February 2023", "F-00802", "Cyber incidents") + P(
 "Your request of 19 January 2023 asked whether the Service has been the victim of a cyber attack since 2020 and how much it spent on cyber security in 2021/22.",
 "The Authority's position has changed since earlier requests of this kind, following advice from the National Fire Chiefs Council and the National Cyber Security Centre.",
 "<b>Cyber attacks since 2020</b>: Calderbrook Metropolitan Fire and Rescue Authority can neither confirm nor deny whether it holds information about cyber incidents, under section 24(2) (national security) and section 31(3) (law enforcement) of the Act.",
 "<b>Cyber security spend</b>: this information is held but is withheld under sections 24(1) and 31(1)(a). The level of investment would indicate the strength of our defences.",
 "The public interest tests for both are attached as an annex. For completeness, section 43 has not been applied.")
t += SIGN2
add("history", "history/F-00802 Cyber incidents.pdf", "b08_cyber_2023.html", "lo_pdf", B, "F-00802",
    "2023-02-16", "2023-01-19", "foia", "questions in prose, answers under headings; NCND; s43 mentioned not applied",
    [Qx("P1.Q1", "B_CYBER", N, ["s24(2)", "s31(3)"]), Qx("P1.Q2", "B_CYBER_SPEND", W, ["s24(1)", "s31(1)(a)"])],
    PAGE("F-00802", t))

# B9 2024 call handling: e-mail reply, plain text
t = """From: Information Governance <foi@calderbrookfire.example.gov.uk>
To: [requester]
Date: Thu, 6 Jun 2024 11:42
Subject: RE: FOI request - 999 calls 2023 [Ref F-01055]

Dear requester,

Thank you for your email of 9 May 2024. Calderbrook Metropolitan Fire and Rescue Authority's response to your request is below.

> Q1 Number of 999 calls received by your control room in 2023
24,310

> Q2 How many were hoax calls?
488 malicious false alarms.

> Q3 Average time from answering the call to mobilising the first appliance
1 minute 31 seconds.

> Q4 Average time taken to answer a 999 call
6.2 seconds (from the call being presented to control to being answered).

If you are unhappy with this response you can ask for an internal review by replying to this email within 40 working days.

Kind regards

Information Governance Team
Calderbrook Metropolitan Fire and Rescue Authority
"""
add("history", "history/RE FOI request - 999 calls 2023 [Ref F-01055].txt", "b09_calls_2024.txt", "copy", B, "F-01055",
    "2024-06-06", "2024-05-09", "foia", "e-mail reply, quoted questions with answers beneath",
    [Qx("P1.Q1", "B_CALLS", R, fact="24,310"), Qx("P1.Q2", "B_HOAX", R, fact="488"),
     Qx("P1.Q3", "B_MOBTIME", R, fact="1 minute 31 seconds"), Qx("P1.Q4", "B_ANSWER_TIME", R, fact="6.2 seconds")], t)

# B10 2025 fleet repeat: OCR scan, interleaved
t = head2("23 January 2025", "F-01190", "Fleet &ndash; fire appliances") + P(
 "We received your request on 30 December 2024. You asked four questions which we have answered in turn.",
 "<b>Question 1</b> &ndash; How many frontline fire engines (pumping appliances) does the Authority operate?",
 "<b>Answer</b> &ndash; 55.",
 "<b>Question 2</b> &ndash; Average age of the pumping appliances.",
 "<b>Answer</b> &ndash; 10.4 years.",
 "<b>Question 3</b> &ndash; Number of aerial appliances.",
 "<b>Answer</b> &ndash; 4.",
 "<b>Question 4</b> &ndash; How many of your fire engines are electric?",
 "<b>Answer</b> &ndash; Nil. The Authority has no electric pumping appliances at present; a trial is planned for 2026.")
t += SIGN2
add("history", "history/F-01190 Fleet response SCAN.pdf", "b10_fleet_2025.html", "ocr_scan", B, "F-01190",
    "2025-01-23", "2024-12-30", "foia", "Question n / Answer; scanned (OCR); nil is a released zero",
    [Qx("P1.Q1", "B_FLEET_N", R, fact="55"), Qx("P1.Q2", "B_FLEET_AGE", R, fact="10.4 years"),
     Qx("P1.Q3", "B_AERIAL", R, fact="4"), Qx("P1.Q4", "B_FLEET_EV", R, fact="0")],
    PAGE("F-01190", t, font="Liberation Serif", size="12pt"))

# ====================== DRAFTS (B) ======================
# BD1 merge of mobilising contract and telephony requests
t = head2("DRAFT 12 June 2025", "F-01344", "Control room contracts (mobilising and telephony)") + P(
 "We received your request on 15 May 2025. You asked about contracts for the Service's control room; we have restated your questions below with our response.")
t += OL(["Who is the supplier of your mobilising / command and control system? <br><i>Response:</i> Orion Mobilising Ltd.",
 "Please give the value of the mobilising contract. <br><i>Response:</i> The contract value is withheld in full under section 43(2) (commercial interests). The Authority is negotiating an extension and disclosure would weaken its position.",
 "On what date does it expire? <br><i>Response:</i> 30 June 2027.",
 "Name or job title of the person who manages the mobilising contract. <br><i>Response:</i> The Authority does not hold this information in a recorded form: the contract is now managed by the North West Fire Control collaboration on our behalf.",
 "Who supplies your control room telephony? <br><i>Response:</i> Gamma Telecom Holdings Ltd (the telephony and inbound services were combined into a single contract in 2024).",
 "When does the telephony contract end? <br><i>Response:</i> 31 March 2024, extended to 31 March 2027."])
t += SIGN2
add("draft", "drafts/F-01344 DRAFT response.docx", "bd1_control.html", "docx", B, "F-01344",
    "2025-06-12", "2025-05-15", "foia", "draft Word document; auto-numbered list with response inside each item; merges two families",
    [Qx("P1.Q1", "B_MOB_SUP", R, fact="Orion Mobilising Ltd"), Qx("P1.Q2", "B_MOB_VAL", W, ["s43(2)"]),
     Qx("P1.Q3", "B_MOB_EXP", R, fact="30 June 2027"), Qx("P1.Q4", "B_MOB_CONTACT", NH),
     Qx("P1.Q5", "B_TEL_SUP", R, fact="Gamma Telecom Holdings Ltd"), Qx("P1.Q6", "B_TEL_EXP", R, fact="31 March 2027")],
    PAGE("F-01344", t))

# BD2 cyber and drones
t = head2("Draft &ndash; 22 September 2025", "F-01421", "Cyber security and drones") + P(
 "Thank you for your request received 26 August 2025.",
 "<b>Request 1</b>: Has the Service suffered a cyber attack since April 2022?",
 "<b>Response</b>: Yes. The Authority reported one cyber incident (a phishing-led account compromise in November 2023) to the National Cyber Security Centre. No personal data was lost.",
 "<b>Request 2</b>: Spend on cyber security in 2024/25?",
 "<b>Response</b>: Withheld under section 43(2): the figure would disclose the price of our managed security service contract, which is commercially sensitive.",
 "<b>Request 3</b>: How many drones does the Service operate?",
 "<b>Response</b>: Calderbrook Metropolitan Fire and Rescue Authority neither confirms nor denies whether it holds this information, by virtue of section 24(2) of the Act (national security). Drone capability is shared with partner agencies under national resilience arrangements.",
 "<b>Request 4</b>: Number of incidents drones were deployed to in 2024/25.",
 "<b>Response</b>: The total of 63 deployments is released. The breakdown by incident type and location that you asked for is withheld under section 31(1)(a), as it would reveal patterns of deployment.")
t += SIGN2
add("draft", "drafts/F-01421 cyber and drones - draft.pdf", "bd2_cyber_drones.html", "lo_pdf", B, "F-01421",
    "2025-09-22", "2025-08-26", "foia", "Request n / Response",
    [Qx("P1.Q1", "B_CYBER", R), Qx("P1.Q2", "B_CYBER_SPEND", W, ["s43(2)"]),
     Qx("P1.Q3", "B_DRONE_N", N, ["s24(2)"]), Qx("P1.Q4", "B_DRONE_USE", PR, ["s31(1)(a)"])],
    PAGE("F-01421", t))

# BD3 consistent repeat of the fleet request (html as drafted)
t = ("<p><b>DRAFT RESPONSE</b> &ndash; Calderbrook Metropolitan Fire and Rescue Authority</p><p>Reference: F-01502<br>Date: 14 January 2026<br>Received: 16 December 2025</p>"
     "<p>Dear requester</p><p>Thank you for your request. The figures below are those held on 1 January 2026; the fleet has not changed since our response to F-01190.</p>")
t += TABLE([
 ["How many pumping appliances (fire engines) are in service?", "55"],
 ["What is their average age?", "10.4 years"],
 ["How many aerial appliances do you have?", "4"],
 ["How many of the pumping appliances are fully electric?", "Nil"],
], border=True, head=["Your question", "Our answer"])
t += SIGN2
add("draft", "drafts/F-01502 draft reply.html", "bd3_fleet.html", "copy", B, "F-01502",
    "2026-01-14", "2025-12-16", "foia", "HTML draft, bordered table with headings; consistent repeat",
    [Qx("P1.Q1", "B_FLEET_N", R, fact="55"), Qx("P1.Q2", "B_FLEET_AGE", R, fact="10.4 years"),
     Qx("P1.Q3", "B_AERIAL", R, fact="4"), Qx("P1.Q4", "B_FLEET_EV", R, fact="0")],
    PAGE("F-01502 draft", t), consistent=True)
