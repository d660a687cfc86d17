from lib import *

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown")

def headd(date, ref, title, regime="foia"):
    act = "Environmental Information Regulations 2004" if regime == "eir" else "Freedom of Information Act 2000"
    return ("<p align='right'><b>London Borough of Hollinwick</b><br>Information Governance Team<br>Hollinwick Town Hall<br>Market Parade<br>London SE29 4HW</p>"
            "<p>Date: %s</p><p>Reference: %s</p><p>Dear Requester,</p><p><b>%s: %s</b></p>\n" % (date, ref, act, title))

SIGND = P("If you are dissatisfied with this response you may ask for an internal review. Please write to the Information Governance Team, quoting the reference number above, within 40 working days.",
 "If you remain dissatisfied after the internal review you may complain to the Information Commissioner's Office.",
 "Yours sincerely,", "<br>Information Governance Officer<br>London Borough of Hollinwick")

# D1 2017 parking: restate then numbered answers
t = headd("29 June 2017", "FOI 2017-0388", "Parking enforcement contract") + P(
 "Thank you for your request for information received on 1 June 2017. You asked:",
 "1. Who is the council's parking enforcement contractor?<br>2. What is the annual value of the contract?<br>3. When does the contract expire?<br>4. How many Penalty Charge Notices (PCNs) were issued in 2016/17?",
 "I am pleased to provide the information below.",
 "1. Civicpark Services Ltd.",
 "2. The contract value is approximately &pound;2.9m per year.",
 "3. 31 March 2021, with the option of a two year extension.",
 "4. 98,412 PCNs were issued in 2016/17 (on-street and car parks combined).")
t += SIGND
add("history", "history/FOI 2017-0388 Response.pdf", "d01_parking_2017.html", "lo_pdf", D, "FOI 2017-0388",
    "2017-06-29", "2017-06-01", "foia", "restated numbered request then numbered answers",
    [Qx("P1.Q1", "D_PARK_SUP", R, fact="Civicpark Services Ltd"), Qx("P1.Q2", "D_PARK_VAL", R, fact="£2.9m"),
     Qx("P1.Q3", "D_PARK_EXP", R, fact="31 March 2021"), Qx("P1.Q4", "D_PCN_N", R, fact="98,412")],
    PAGE("FOI 2017-0388", t))

# D2 2018 waste EIR: decision paragraph
t = headd("19 July 2018", "EIR 2018-0611", "Waste collection", "eir") + P(
 "Your request was received on 21 June 2018 and has been handled under the Environmental Information Regulations 2004, as it concerns waste.",
 "You asked: 1. the name of the contractor who collects household waste; 2. the annual value of the waste collection contract; 3. the number of missed bin collections reported in 2017/18; 4. the number of fly-tipping incidents in 2017/18.",
 "The council holds all of this information. The information requested in question 2 is withheld under regulation 12(5)(e) (confidentiality of commercial information). The remaining questions are answered below.",
 "<b>Regulation 12(5)(e) &ndash; public interest test.</b> The contract value is subject to a confidentiality clause and its disclosure would harm the contractor's legitimate economic interests. Regulation 12(2) requires a presumption in favour of disclosure, which the council has applied; however on balance the public interest favours maintaining the exception. "
 "Regulation 13 has not been applied as no personal data are involved.",
 "<b>Question 1</b>: Greenline Environmental Services Ltd.",
 "<b>Question 3</b>: 14,220 missed collections were reported.",
 "<b>Question 4</b>: 6,108 fly-tipping incidents were recorded on WasteDataFlow.")
t += SIGND
add("history", "history/EIR 2018-0611 Waste collection.pdf", "d02_waste_2018.html", "lo_pdf", D, "EIR 2018-0611",
    "2018-07-19", "2018-06-21", "eir", "EIR; decision paragraph naming the excepted question; reg 12(2) and reg 13 mentioned not applied",
    [Qx("P1.Q1", "D_WASTE_SUP", R, fact="Greenline Environmental Services Ltd"), Qx("P1.Q2", "D_WASTE_VAL", W, ["reg12(5)(e)"]),
     Qx("P1.Q3", "D_MISSED", R, fact="14,220"), Qx("P1.Q4", "D_FLYTIP", R, fact="6,108")],
    PAGE("EIR 2018-0611", t))

# D3 2019 potholes: disclosure log page (chromium); the filename as the log gives it
t = ("<div style='background:#2b5c3f;color:#fff;padding:8px'><b>Hollinwick</b> &nbsp; Council &nbsp; Bins &nbsp; Parking &nbsp; Roads &nbsp; Housing &nbsp; Sign in</div>"
     "<div style='font-size:9pt;background:#eee;padding:4px'>We'd like to set additional cookies to understand how you use Hollinwick.gov. <u>Accept</u> <u>Reject</u></div>"
     "<p style='font-size:9pt'>Home &gt; Your council &gt; Access to information &gt; Disclosure log</p>"
     "<h1>Potholes and highway claims</h1><p>Reference FOI 2019-0412 &middot; Date of response 12 April 2019 &middot; Date request received 15 March 2019 &middot; Handled under: EIR</p>")
t += P("<b>Request</b>",
 "Please tell me (1) how many potholes were reported to the council in 2018; (2) how many compensation claims for vehicle damage caused by potholes the council received in 2018; (3) the total paid out on those claims.",
 "<b>Response</b>",
 "In answer to point 1: 3,911 potholes were reported.",
 "In answer to point 2: 402 claims were received.",
 "In answer to point 3: &pound;61,540 was paid in settlement of claims received in 2018 (some claims remain open).")
t += "<p style='font-size:9pt'>London Borough of Hollinwick &middot; Contact us &middot; Accessibility &middot; Privacy</p>"
add("history", "history/FOI 2019-0412 Response.pdf", "d03_potholes_2019.html", "chromium_pdf", D, "FOI 2019-0412",
    "2019-04-12", "2019-03-15", "eir", "disclosure log web page; 'In answer to point n'",
    [Qx("P1.Q1", "D_POT_REP", R, fact="3,911"), Qx("P1.Q2", "D_POT_CLAIMS", R, fact="402"), Qx("P1.Q3", "D_POT_PAID", R, fact="£61,540")],
    PAGE("Potholes and highway claims | Hollinwick", t))

# D4 2019 consultancy: cost refusal, Word
t = headd("5 December 2019", "FOI 2019-1187", "Consultancy spend") + P("You asked:")
t += OL(["The council's total spend on external management consultants in each of the last three financial years.",
 "The ten largest consultancy contracts in that period, with the supplier and value of each."])
t += P("I regret that the council is unable to provide this information. Consultancy is not a separate category in the council's ledger: payments are coded to service cost centres along with other professional services. "
 "To identify consultancy spend we would need to review some 9,600 payment lines at roughly 30 seconds each, which is 80 hours of work. This exceeds the appropriate limit of &pound;450 (18 hours) set under section 12(1) of the Freedom of Information Act, and the council is therefore refusing your request in full.",
 "Under our duty to advise and assist under section 16, you may wish to consult the council's published spending over &pound;500 data at www.hollinwick.example.gov.uk/transparency. We cannot guarantee that it answers your request.")
t += SIGND
add("history", "history/FOI 2019-1187 Consultancy - refusal.docx", "d04_consult_2019.html", "docx", D, "FOI 2019-1187",
    "2019-12-05", "2019-11-07", "foia", "Word document, auto-numbered request, whole-request s12(1) cost refusal with arithmetic",
    [Qx("P1.Q1", "D_CONSULT", RF, ["s12(1)"]), Qx("P1.Q2", "D_CONSULT_TOP", RF, ["s12(1)"])],
    PAGE("FOI 2019-1187", t))

# D5 2020 parking repeat: OCR scan, You asked / Our response
t = headd("24 September 2020", "FOI 2020-0745", "Parking enforcement") + P(
 "Thank you for your request received on 27 August 2020.",
 "<b>You asked:</b> Name of your parking enforcement contractor",
 "<b>Our response:</b> Civicpark Services Ltd",
 "<b>You asked:</b> Annual contract value",
 "<b>Our response:</b> The council considers that the contract value is exempt under section 43(2) of the Act. The contract was extended in March 2020 and revised rates are being negotiated; disclosure would prejudice the council's commercial position. The public interest favours withholding the figure at present.",
 "<b>You asked:</b> End date of the contract",
 "<b>Our response:</b> 31 March 2026 (following the extension)",
 "<b>You asked:</b> How many PCNs were issued in 2019/20?",
 "<b>Our response:</b> 71,066. Enforcement was reduced from mid-March 2020 during the pandemic.",
 "<b>You asked:</b> How many CCTV cameras are used for parking and moving traffic enforcement?",
 "<b>Our response:</b> 23 cameras.")
t += SIGND
add("history", "history/FOI 2020-0745 parking scanned.pdf", "d05_parking_2020.html", "ocr_scan", D, "FOI 2020-0745",
    "2020-09-24", "2020-08-27", "foia", "You asked / Our response; scanned (OCR)",
    [Qx("P1.Q1", "D_PARK_SUP", R, fact="Civicpark Services Ltd"), Qx("P1.Q2", "D_PARK_VAL", W, ["s43(2)"]),
     Qx("P1.Q3", "D_PARK_EXP", R, fact="31 March 2026"), Qx("P1.Q4", "D_PCN_N", R, fact="71,066"),
     Qx("P1.Q5", "D_PARK_CCTV", R, fact="23")],
    PAGE("FOI 2020-0745", t, font="Liberation Serif", size="12pt"))

# D6 2021 waste EIR repeat: interleaved, gs
t = headd("11 November 2021", "EIR 2021-0930", "Household waste collection", "eir") + P(
 "We received your request on 14 October 2021. We have dealt with it under the EIR.",
 "<b>Request 1:</b> Which company collects household waste and recycling for the council?",
 "<b>Response:</b> Greenline Environmental Services Ltd.",
 "<b>Request 2:</b> What does the council pay the contractor each year?",
 "<b>Response:</b> Withheld. The council relies on regulation 12(5)(e) for the reasons given in our response EIR 2018-0611, which still apply.",
 "<b>Request 3:</b> Number of reported missed collections in 2020/21.",
 "<b>Response:</b> 9,874.",
 "<b>Request 4:</b> Number of fly-tipping incidents in 2020/21.",
 "<b>Response:</b> 7,455.")
t += SIGND
add("history", "history/EIR 2021-0930.pdf", "d06_waste_2021.html", "lo_pdf_gs", D, "EIR 2021-0930",
    "2021-11-11", "2021-10-14", "eir", "Request n / Response; Ghostscript; earlier reference quoted",
    [Qx("P1.Q1", "D_WASTE_SUP", R, fact="Greenline Environmental Services Ltd"), Qx("P1.Q2", "D_WASTE_VAL", W, ["reg12(5)(e)"]),
     Qx("P1.Q3", "D_MISSED", R, fact="9,874"), Qx("P1.Q4", "D_FLYTIP", R, fact="7,455")],
    PAGE("EIR 2021-0930", t))

# D7 2022 CCTV: borderless table, s21
t = headd("26 May 2022", "FOI 2022-0402", "Public space CCTV") + P("Your request was received on 28 April 2022. Our response is set out below.")
t += TABLE([
 ["How many public space CCTV cameras does the council operate?", "412 cameras, monitored from the council's CCTV control room."],
 ["Which company maintains the cameras?", "Sentinel Vision Systems Ltd."],
 ["Where are the cameras located?", "A map of public space CCTV camera locations is published on the council's website at www.hollinwick.example.gov.uk/cctv-map. This information is therefore exempt under section 21 of the Act, as it is reasonably accessible to you by other means."],
 ["What is the annual cost of maintaining the cameras?", "The council does not hold a separate figure for maintenance: the Sentinel contract covers maintenance, monitoring staff and fibre rental as a single charge."],
], border=False, widths=["45%", "55%"])
t += SIGND
add("history", "history/FOI 2022-0402 CCTV.pdf", "d07_cctv_2022.html", "lo_pdf", D, "FOI 2022-0402",
    "2022-05-26", "2022-04-28", "foia", "borderless two-column table with unnumbered questions; s21 signposting",
    [Qx("P1.Q1", "D_CCTV_N", R, fact="412"), Qx("P1.Q2", "D_CCTV_SUP", R, fact="Sentinel Vision Systems Ltd"),
     Qx("P1.Q3", "D_CCTV_LOC", R, ["s21(1)"]), Qx("P1.Q4", "D_CCTV_MAINT", NH)],
    PAGE("FOI 2022-0402", t))

# D8 2023 internal review: parking contract value released
t = headd("9 March 2023", "HOL-IR-0051", "Internal review &ndash; FOI 2022-1105 (parking enforcement contract)") + P(
 "I have now completed the internal review you requested on 10 February 2023 of the council's response to your request FOI 2022-1105, received on 5 December 2022.",
 "Your request asked for the name of the parking enforcement contractor, the annual value of the contract and its end date. The original response gave the contractor and end date but withheld the contract value under section 43(2).",
 "I have considered the matter afresh. The revised rates were agreed in 2021 and the council has since published the contract value in its Parking Annual Report 2021/22. I therefore do not uphold the original decision on the contract value, which is released below. The remainder of the response is upheld.",
 "<b>Contractor</b>: Civicpark Services Ltd.",
 "<b>Annual contract value</b>: &pound;3.4m per year (2022/23).",
 "<b>End date</b>: 31 March 2026.")
t += SIGND
add("history", "history/HOL-IR-0051 Internal review outcome.pdf", "d08_parking_ir_2023.html", "lo_pdf", D, "HOL-IR-0051",
    "2023-03-09", "2022-12-05", "foia", "internal review outcome (original s43(2) decision overturned); original reference quoted",
    [Qx("P1.Q1", "D_PARK_SUP", R, fact="Civicpark Services Ltd"), Qx("P1.Q2", "D_PARK_VAL", R, fact="£3.4m"),
     Qx("P1.Q3", "D_PARK_EXP", R, fact="31 March 2026")],
    PAGE("HOL-IR-0051", t))

# D9 2024 potholes EIR: disclosure log HTML as saved
t = ("<div class='nav'>Hollinwick Council | Home | Roads and transport | Disclosure log</div>"
     "<div class='cookie'>This site uses cookies. <a href='#'>Cookie settings</a></div>"
     "<h1>Disclosure log: Pothole claims 2023</h1><dl><dt>Reference</dt><dd>HOL-EIR-2024-0133</dd><dt>Received</dt><dd>17/01/2024</dd><dt>Responded</dt><dd>15/02/2024</dd></dl>")
t += P("<b>Information requested</b>",
 "a) The number of potholes reported to the council in calendar year 2023.<br>b) The number of compensation claims received for damage or injury caused by potholes in 2023.<br>"
 "c) The total amount paid out on those claims, broken down by road.<br>d) Details of the ten largest payments, with the location and the nature of the injury or damage.",
 "<b>Response</b>",
 "a) 5,276.",
 "b) 388.",
 "c) &pound;94,310 in total. The breakdown by road is withheld under regulation 13(1) (personal data of third parties): most roads had only one or two settled claims, and the road-level figures would identify the claimants.",
 "d) Withheld under regulation 13(1). The location, amount and nature of injury would identify the claimants.")
t += "<footer><p>Hollinwick Council, Hollinwick Town Hall, Market Parade, London SE29 4HW</p></footer>"
add("history", "history/Disclosure log - Pothole claims 2023 - HOL-EIR-2024-0133.html", "d09_potholes_2024.html", "copy", D, "HOL-EIR-2024-0133",
    "2024-02-15", "2024-01-17", "eir", "disclosure log HTML page with navigation and cookie banner; lettered items a)-d)",
    [Qx("P1.Q1", "D_POT_REP", R, fact="5,276"), Qx("P1.Q2", "D_POT_CLAIMS", R, fact="388"),
     Qx("P1.Q3", "D_POT_PAID", PR, ["reg13(1)"]), Qx("P1.Q4", "D_POT_TOP10", W, ["reg13(1)"])],
    PAGE("Disclosure log: Pothole claims 2023 - Hollinwick Council", t))

# D10 2025 consultancy repeat: released
t = headd("13 March 2025", "HOL-FOI-2025-0208", "Consultancy spend 2023/24") + P(
 "Thank you for your request received on 13 February 2025.",
 "<b>Question one</b> &ndash; total spend on external consultants in 2023/24.",
 "Since 2022 the council's ledger has included a separate consultancy category, so we are now able to answer this question. Total spend on external consultants in 2023/24 was &pound;3.1m.",
 "<b>Question two</b> &ndash; the largest consultancy contracts, with supplier and value.",
 "The five largest were: Harcourt Advisory LLP (&pound;612,000, children's services improvement); Meridale Partners (&pound;404,500, transformation programme); PQS Consulting (&pound;288,000, regeneration); Elmstone Digital (&pound;176,000); Kerrigan Associates (&pound;151,200).")
t += SIGND
add("history", "history/HOL-FOI-2025-0208 Response.pdf", "d10_consult_2025.html", "lo_pdf", D, "HOL-FOI-2025-0208",
    "2025-03-13", "2025-02-13", "foia", "questions numbered in words ('Question one'), answers beneath",
    [Qx("P1.Q1", "D_CONSULT", R, fact="£3.1m"), Qx("P1.Q2", "D_CONSULT_TOP", R)],
    PAGE("HOL-FOI-2025-0208", t))

# ====================== DRAFTS (D) ======================
# DD1 merges parking and CCTV requests
t = headd("DRAFT &ndash; 21 July 2025", "HOL-FOI-2025-0771", "Parking enforcement and CCTV") + P(
 "Thank you for your request received on 23 June 2025, which combines questions about the council's parking enforcement contract and its CCTV cameras.")
t += OL(["Who is the parking enforcement contractor? &ndash; Civicpark Services Ltd.",
 "Annual value of that contract? &ndash; Withheld under section 43(2). The contract is being re-tendered and the current value would give bidders an advantage.",
 "Contract end date? &ndash; 31 March 2029. The contract was extended again in 2025.",
 "PCNs issued in 2024/25? &ndash; 104,337.",
 "How many cameras are used for parking and moving traffic enforcement? &ndash; This is no longer held by the council: enforcement cameras are now owned and operated by Civicpark under the contract and the council does not hold a record of them.",
 "Total number of public space CCTV cameras? &ndash; 412.",
 "Locations of public space CCTV cameras? &ndash; Withheld under section 31(1)(a) (prevention or detection of crime). The published map was withdrawn in 2024 on police advice.",
 "Annual maintenance cost of CCTV? &ndash; &pound;148,000 in 2024/25 under the new maintenance-only contract."])
t += SIGND
add("draft", "drafts/HOL-FOI-2025-0771 DRAFT parking and CCTV.docx", "dd1_parking_cctv.html", "docx", D, "HOL-FOI-2025-0771",
    "2025-07-21", "2025-06-23", "foia", "draft Word document; auto-numbered items with answer after a dash; merges parking and CCTV families",
    [Qx("P1.Q1", "D_PARK_SUP", R, fact="Civicpark Services Ltd"), Qx("P1.Q2", "D_PARK_VAL", W, ["s43(2)"]),
     Qx("P1.Q3", "D_PARK_EXP", R, fact="31 March 2029"), Qx("P1.Q4", "D_PCN_N", R, fact="104,337"),
     Qx("P1.Q5", "D_PARK_CCTV", NH), Qx("P1.Q6", "D_CCTV_N", R, fact="412"),
     Qx("P1.Q7", "D_CCTV_LOC", W, ["s31(1)(a)"]), Qx("P1.Q8", "D_CCTV_MAINT", R, fact="£148,000")],
    PAGE("HOL-FOI-2025-0771", t))

# DD2 waste + potholes EIR
t = headd("Draft 8 December 2025", "HOL-EIR-2025-1322", "Waste and highways", "eir") + P(
 "Your request received on 10 November 2025 has been considered under the Environmental Information Regulations 2004.",
 "<b>Waste</b>")
t += TABLE([
 ["1", "Annual payment to the household waste collection contractor", "&pound;11.2m in 2024/25. The council no longer considers this figure confidential: it is published in the contract award notice for the new contract."],
 ["2", "Missed bin collections reported, 2024/25", "11,093"],
 ["3", "Fly-tipping incidents, 2024/25", "Not held. Fly-tipping reports are now recorded by the council's enforcement partner and the council does not hold the figure."],
], border=True, widths=["5%", "45%", "50%"])
t += P("<b>Highways</b>")
t += TABLE([
 ["4", "Number of compensation claims for pothole damage in 2024, by road", "401. A breakdown by road is withheld under regulation 13(1), as small numbers could identify claimants."],
 ["5", "The ten largest pothole compensation payments, with location and injury", "Withheld under regulation 13(1) and regulation 12(5)(b), as several claims are the subject of ongoing legal proceedings."],
], border=True, widths=["5%", "45%", "50%"])
t += SIGND
add("draft", "drafts/HOL-EIR-2025-1322 draft.pdf", "dd2_waste_highways.html", "lo_pdf", D, "HOL-EIR-2025-1322",
    "2025-12-08", "2025-11-10", "eir", "two grouped bordered three-column tables; numbering continues across groups",
    [Qx("P1.Q1", "D_WASTE_VAL", R, fact="£11.2m"), Qx("P1.Q2", "D_MISSED", R, fact="11,093"), Qx("P1.Q3", "D_FLYTIP", NH),
     Qx("P1.Q4", "D_POT_CLAIMS", PR, ["reg13(1)"]), Qx("P1.Q5", "D_POT_TOP10", W, ["reg12(5)(b)", "reg13(1)"])],
    PAGE("HOL-EIR-2025-1322", t))
