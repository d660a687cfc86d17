from lib import *

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown")

def head_old(date, ref, title):
    return ("<p align=\"right\"><b>WEALDMARSH POLICE</b><br>Freedom of Information Unit<br>Police Headquarters<br>"
            "Kingsford Road<br>Marlow Cross<br>WM4 7QT</p>\n"
            "<p>Our reference: %s<br>Date: %s</p>\n<p>Dear</p>\n"
            "<p><b>FREEDOM OF INFORMATION REQUEST %s &ndash; %s</b></p>\n" % (ref, date, ref, title))

def head_new(date, ref, title):
    return ("<p><b>OFFICIAL</b></p><h2>Wealdmarsh Police</h2>\n<p>Information Rights Team &middot; Kingsford Road, Marlow Cross WM4 7QT &middot; "
            "foi@wealdmarsh.police.example.uk</p>\n"
            "<p>%s</p><p>Request reference: <b>%s</b></p>\n<p>Dear Requester</p>\n<p><b>Re: %s</b></p>\n" % (date, ref, title))

RIGHTS_OLD = P("<b>Complaint Rights</b>",
    "If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days. "
    "Should you remain dissatisfied you may apply to the Information Commissioner under Section 50 of the Freedom of Information Act 2000.",
    "Yours sincerely", "<br>Disclosure Officer<br>Freedom of Information Unit")
RIGHTS_NEW = P("<b>Your right to complain</b>",
    "You may request an internal review by writing to the Information Rights Team within 40 working days of this response. "
    "If you are still not content you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    "Kind regards", "<br>Information Rights Officer<br>Wealdmarsh Police", "<b>OFFICIAL</b>")

NCND_POLICE = ("Wealdmarsh Police can neither confirm nor deny that it holds any information relevant to this part of your request "
    "by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement. This should not be taken as an indication "
    "that the information you have requested does or does not exist.")

# ---------------- A1 2017 ANPR: decision paragraph
t = head_old("11th May 2017", "FOI 0388/17", "ANPR") + P(
 "I write in connection with your request for information which was received by Wealdmarsh Police on 13th April 2017. I note you seek access to the following information:")
t += OL(["How many fixed Automatic Number Plate Recognition (ANPR) cameras does the force currently operate?",
 "Please provide the locations (road name and direction of travel) of each fixed ANPR camera.",
 "Who is the supplier of the back office ANPR system used by the force?",
 "What was the total cost of the ANPR system (cameras, maintenance and back office) in the financial year 2016/17?"])
t += P("Following receipt of your request, searches were conducted within Wealdmarsh Police. I can confirm that the information you have requested is held. "
 "I am able to disclose the information for questions 1, 3 and 4; however I have decided to withhold the information requested at question 2 "
 "under Section 31(1)(a)(b) Law Enforcement of the Freedom of Information Act 2000.",
 "<b>Section 31(1)(a)(b) Law Enforcement</b>",
 "Section 31 is a prejudice based qualified exemption and there is a requirement to articulate the harm that would be caused in releasing the information as well as carrying out a public interest test.",
 "<b>Harm</b>: disclosure of the exact siting of fixed ANPR cameras would allow offenders to plan routes that avoid them, undermining the detection of crime and the apprehension of offenders who use the road network.",
 "<b>Factors favouring disclosure</b>: openness about the extent of surveillance on public roads, and public debate on the use of ANPR.",
 "<b>Factors against disclosure</b>: the effectiveness of the ANPR network depends on offenders not knowing where cameras are. The National ANPR Standards for Policing also ask forces not to publish locations.",
 "<b>Balance test</b>: the balance favours withholding the locations.",
 "The information for the remaining questions is as follows:",
 "<b>Question 1</b> &ndash; As at 1st April 2017 the force operated 46 fixed ANPR cameras.",
 "<b>Question 3</b> &ndash; The back office system is supplied by Vantix Systems Ltd.",
 "<b>Question 4</b> &ndash; The total cost in 2016/17 was &pound;212,400. This comprises maintenance, licensing and the back office hosting charge.")
t += RIGHTS_OLD
add("history", "history/FOI 0388-17 Response - ANPR.pdf", "a01_anpr_2017.html", "lo_pdf", A, "FOI 0388/17",
    "2017-05-11", "2017-04-13", "foia", "decision paragraph naming exempt question, then answers",
    [Qx("P1.Q1", "A_ANPR_CAMS", R, fact="46"), Qx("P1.Q2", "A_ANPR_LOC", W, ["s31(1)(a)", "s31(1)(b)"]),
     Qx("P1.Q3", "A_ANPR_SUP", R, fact="Vantix Systems Ltd"), Qx("P1.Q4", "A_ANPR_COST", R, fact="£212,400")],
    PAGE("FOI 0388/17", t, ftr="Wealdmarsh Police &ndash; Keeping Wealdmarsh Safe &middot; Investors in People Gold"))

# ---------------- A2 2018 drones: interleaved Q/A, gs re-distil
t = head_old("2nd March 2018", "FOI 0215/18", "Unmanned Aerial Vehicles") + P(
 "Thank you for your request dated 5 February 2018 concerning the use of drones (unmanned aerial vehicles) by the force. Your questions and our answers are set out below.")
t += P("<b>Q1</b> How many drones does Wealdmarsh Police own or lease?",
 "<b>A1</b> The force owns four (4) drones.",
 "<b>Q2</b> What make and model are they?",
 "<b>A2</b> All four are DJI Matrice 210 aircraft fitted with a Zenmuse XT thermal camera.",
 "<b>Q3</b> How many times were the drones deployed in calendar year 2017?",
 "<b>A3</b> The drones were deployed on 312 occasions in 2017. A deployment is recorded each time the aircraft is launched for an incident; training flights are not included.",
 "<b>Q4</b> How much has the force spent on the drone unit since it was set up, including training of pilots?",
 "<b>A4</b> Total expenditure to 31 January 2018 was &pound;38,950 (aircraft, cameras and CAA-approved pilot training).",
 "Please note that the force publishes a summary of drone deployments in its annual report, which is available at www.wealdmarsh.police.example.uk/publications.")
t += RIGHTS_OLD
add("history", "history/FOI_0215_18_Drones_response.pdf", "a02_drones_2018.html", "lo_pdf_gs", A, "FOI 0215/18",
    "2018-03-02", "2018-02-05", "foia", "interleaved Q1/A1",
    [Qx("P1.Q1", "A_DRONE_N", R, fact="4"), Qx("P1.Q2", "A_DRONE_MODEL", R, fact="DJI Matrice 210"),
     Qx("P1.Q3", "A_DRONE_FLIGHTS", R, fact="312"), Qx("P1.Q4", "A_DRONE_SPEND", R, fact="£38,950")],
    PAGE("FOI 0215/18", t))

# ---------------- A3 2019 BWV: bordered two-column table, partial
t = head_old("20 June 2019", "FOI 0587/19", "Body Worn Video") + P(
 "I refer to your request received on 24 May 2019. The information held by Wealdmarsh Police is set out in the table below.")
t += TABLE([
 ["1. How many body worn video (BWV) cameras are currently issued to officers and staff?", "1,150 cameras are in service across the force."],
 ["2. Which company supplies the cameras?", "Clearsight Video Ltd."],
 ["3. What is the value of the current BWV contract and when did it start?",
  "The contract started on 1 October 2017 and runs for five years. The value of the contract is withheld under Section 43(2) (Commercial Interests) of the Act; the supplier's pricing is commercially sensitive and the contract is due to be re-tendered. The public interest test is at Annex A."],
 ["4. Where is the footage stored (on premises or in the cloud) and who provides the storage?",
  "Footage is stored in the cloud on the Axtel Evidence Cloud, provided by Axtel Digital Evidence UK."],
], border=True, head=["Request", "Response"], widths=["45%", "55%"])
t += P("<b>Annex A &ndash; Section 43(2) public interest test</b>",
 "Disclosure would show the price per camera agreed with the supplier, which would be likely to prejudice both the supplier's position in other tenders and the force's ability to obtain best value at re-tender. "
 "We recognise the public interest in the spending of public money, which is partly met by the published contract award notice. On balance the information is withheld.",
 "We have considered whether Section 31 applies to question 4 and concluded that it does not.")
t += RIGHTS_OLD
add("history", "history/FOI 0587-19 BWV.pdf", "a03_bwv_2019.html", "lo_pdf", A, "FOI 0587/19",
    "2019-06-20", "2019-05-24", "foia", "two-column bordered table",
    [Qx("P1.Q1", "A_BWV_N", R, fact="1,150"), Qx("P1.Q2", "A_BWV_SUP", R, fact="Clearsight Video Ltd"),
     Qx("P1.Q3", "A_BWV_VAL", PR, ["s43(2)"]), Qx("P1.Q4", "A_BWV_STORE", R, fact="Axtel Evidence Cloud")],
    PAGE("FOI 0587/19", t, ftr="Wealdmarsh Police &ndash; Keeping Wealdmarsh Safe &middot; Investors in People Gold"))

# ---------------- A4 2020 Taser: disclosure log web page via chromium
t = ("<div style='background:#1d3557;color:#fff;padding:8px'>Wealdmarsh Police &nbsp;|&nbsp; Home &nbsp; Report &nbsp; Contact us &nbsp; About us &nbsp; Search</div>"
     "<div style='border:1px solid #999;padding:6px;font-size:9pt'>We use cookies to make this site work. <u>Accept all</u> <u>Reject optional cookies</u></div>"
     "<p style='font-size:9pt'>Home &gt; About us &gt; Freedom of Information &gt; Disclosure log &gt; 2020</p>"
     "<h1>Taser use 2019</h1><p>Reference: FOI 0133/20 &nbsp; Published: 14/02/2020 &nbsp; Category: Operational policing</p>"
     "<p>Request received 20/01/2020</p>")
t += P("<b>You asked:</b> How many officers in Wealdmarsh Police are trained and authorised to carry Taser?",
 "<b>Our response:</b> As at 31 December 2019, 412 officers were trained and authorised to carry Taser (conducted energy devices).",
 "<b>You asked:</b> On how many occasions was a Taser fired (discharged) by your officers during 2019?",
 "<b>Our response:</b> Taser was fired on 38 occasions in 2019. Drawing, aiming, arcing and red-dotting are recorded separately and are published in the Home Office Police Use of Force statistics.",
 "<b>You asked:</b> How many of those discharges were against a person aged under 18?",
 "<b>Our response:</b> 3.")
t += ("<hr><p style='font-size:9pt'>Was this page helpful? Yes / No</p><p style='font-size:9pt'>Accessibility &middot; Privacy notice &middot; Cookies &middot; "
      "&copy; Wealdmarsh Police 2020</p>")
add("history", "history/Disclosure log - Taser use 2019 - FOI 0133-20.pdf", "a04_taser_2020.html", "chromium_pdf", A, "FOI 0133/20",
    "2020-02-14", "2020-01-20", "foia", "disclosure log web page, You asked / Our response",
    [Qx("P1.Q1", "A_TASER_OFF", R, fact="412"), Qx("P1.Q2", "A_TASER_FIRE", R, fact="38"), Qx("P1.Q3", "A_TASER_U18", R, fact="3")],
    PAGE("Taser use 2019 | Wealdmarsh Police", t))

# ---------------- A5 2020 ANPR repeat, same requester, OCR scan
t = head_old("5th November 2020", "FOI 0964/20", "ANPR &ndash; repeat request") + P(
 "Your request was received on 12th October 2020. You refer to our earlier response FOI 0388/17 and ask for the figures to be updated. Your request reads:",
 "<i>&ldquo;Further to FOI 0388/17, please tell me (a) how many fixed ANPR cameras you have now, (b) where they are, (c) who now supplies the ANPR back office, and (d) what you spent on ANPR in 2019/20.&rdquo;</i>",
 "<b>Response</b>",
 "(a) The force now operates 52 fixed ANPR cameras.",
 "(b) The locations of ANPR cameras are exempt under Section 31(1)(a) and (b) of the Freedom of Information Act, for the reasons given in our previous response, which continue to apply. "
 "The harm and public interest test is repeated below.",
 "(c) Vantix Systems Ltd continue to provide the back office system.",
 "(d) Expenditure on ANPR in 2019/20 was &pound;198,000.",
 "<b>Section 31(1)(a)(b)</b> &ndash; Publishing camera sites would enable criminals to avoid detection. The public interest favours withholding the locations.",
 "You may also wish to note the ICO decision FS50318536, which considered a similar request to another force.")
t += RIGHTS_OLD
add("history", "history/FOI 0964-20 ANPR response (scanned).pdf", "a05_anpr_2020.html", "ocr_scan", A, "FOI 0964/20",
    "2020-11-05", "2020-10-12", "foia", "quoted request with lettered items (a)-(d), answers keyed by letter; scanned",
    [Qx("P1.Q1", "A_ANPR_CAMS", R, fact="52"), Qx("P1.Q2", "A_ANPR_LOC", W, ["s31(1)(a)", "s31(1)(b)"]),
     Qx("P1.Q3", "A_ANPR_SUP", R, fact="Vantix Systems Ltd"), Qx("P1.Q4", "A_ANPR_COST", R, fact="£198,000")],
    PAGE("FOI 0964/20", t, ftr="Wealdmarsh Police &ndash; Keeping Wealdmarsh Safe &middot; Investors in People Gold"))

# ---------------- A6 2021 control room: numbered answers after restated request
t = head_old("9 September 2021", "FOI 0811/21", "Control room systems and call handling") + P(
 "I refer to your request for information received on 12 August 2021, which asked:")
t += OL(["Which company supplies the command and control (incident management) system used in your force control room?",
 "When does the contract for that system expire?",
 "What percentage of 999 calls were answered within 10 seconds in 2020/21?",
 "What percentage of 101 non-emergency calls were abandoned by the caller before being answered in 2020/21?"])
t += P("Wealdmarsh Police holds the information. Our response to each question is below, in the same order.")
t += OL(["The command and control system is supplied by Meridian C3 Ltd.",
 "The current contract expires on 31 March 2024, with an option to extend for up to two years.",
 "92.4% of 999 calls were answered within 10 seconds.",
 "11.8% of 101 calls were abandoned. Please note that callers who choose the online reporting option from the 101 menu are counted as abandoned."])
t += RIGHTS_OLD
add("history", "history/FOI 0811-21 Response.pdf", "a06_control_2021.html", "lo_pdf", A, "FOI 0811/21",
    "2021-09-09", "2021-08-12", "foia", "restated request then numbered answers",
    [Qx("P1.Q1", "A_CCR_SUP", R, fact="Meridian C3 Ltd"), Qx("P1.Q2", "A_CCR_EXP", R, fact="31 March 2024"),
     Qx("P1.Q3", "A_CALL_999", R, fact="92.4%"), Qx("P1.Q4", "A_CALL_101", R, fact="11.8%")],
    PAGE("FOI 0811/21", t, ftr="Wealdmarsh Police &ndash; Keeping Wealdmarsh Safe &middot; Investors in People Gold"))

# ---------------- A7 2022 drones: Word document, borderless table, auto-numbered list
t = head_new("16 June 2022", "FOI 0540/22", "Drones (UAV) &ndash; fleet and deployments") + P(
 "Thank you for your email of 19 May 2022. You asked:")
t += OL(["The number of drones the force currently has.",
 "The make and model of each drone.",
 "How many deployments/flights there were in 2021.",
 "Total spend on drones and associated equipment in 2021/22."])
t += P("The force's response is as follows.")
t += TABLE([
 ["1.", "Seven."],
 ["2.", "Wealdmarsh Police is not in a position to provide the make and model of its aircraft. This information is withheld under Section 31(1)(a) and (b), Law Enforcement: "
        "knowing the capabilities (flight time, camera and sensor range) of each aircraft would help offenders to evade air support. The public interest favours withholding."],
 ["3.", "566 deployments in calendar year 2021."],
 ["4.", "&pound;61,200."],
], border=False, widths=["8%", "92%"])
t += RIGHTS_NEW
add("history", "history/FOI 0540-22 Drones.docx", "a07_drones_2022.html", "docx", A, "FOI 0540/22",
    "2022-06-16", "2022-05-19", "foia", "restated request as auto-numbered list, answers in borderless table",
    [Qx("P1.Q1", "A_DRONE_N", R, fact="7"), Qx("P1.Q2", "A_DRONE_MODEL", W, ["s31(1)(a)", "s31(1)(b)"]),
     Qx("P1.Q3", "A_DRONE_FLIGHTS", R, fact="566"), Qx("P1.Q4", "A_DRONE_SPEND", R, fact="£61,200")],
    PAGE("FOI 0540/22", t))

# ---------------- A8 2023 cyber: NCND police style
t = head_new("27 April 2023", "CAS-51873-W2K9P", "Cyber incidents and security spend") + P(
 "Your request, received 30 March 2023, was:",
 "<i>1. Has the force experienced a ransomware attack in the last three years? If so, was a ransom paid?<br>"
 "2. How much did the force spend on cyber security products and services in 2022/23?</i>",
 "<b>Decision</b>",
 "<b>Question 1</b>: " + NCND_POLICE,
 "<b>Question 2</b>: the information is held but is exempt under Section 24(1) National Security and Section 31(1)(a) Law Enforcement. "
 "Revealing the level of investment would indicate the force's capability to defend its networks and would be of use to hostile actors.",
 "<b>Evidence of Harm</b>",
 "The Police Service faces persistent attempts to compromise its systems. Any disclosure confirming or denying whether a force has suffered an attack, when taken together with responses from other forces (the mosaic effect), would allow a picture to be built of where the service is vulnerable.",
 "<b>Public Interest Test</b>",
 "Factors favouring confirmation or disclosure: accountability for public money and for the security of personal data held by the police. "
 "Factors against: national security and the prevention of crime. Section 23(5) has not been relied on in this case. The balance lies in favour of neither confirming nor denying for question 1, and of withholding for question 2.")
t += RIGHTS_NEW
add("history", "history/CAS-51873-W2K9P response.pdf", "a08_cyber_2023.html", "lo_pdf", A, "CAS-51873-W2K9P",
    "2023-04-27", "2023-03-30", "foia", "decision per question, NCND, harm and PIT; section 23(5) mentioned but not applied",
    [Qx("P1.Q1", "A_CYBER_RANSOM", N, ["s24(2)", "s31(3)"]), Qx("P1.Q2", "A_CYBER_SPEND", W, ["s24(1)", "s31(1)(a)"])],
    PAGE("CAS-51873-W2K9P", t, hdr="OFFICIAL", ftr="OFFICIAL"))

# ---------------- A9 2024 fleet: long table wrapping over pages
makes = [("Vauxhall Astra", 96), ("Ford Focus", 71), ("BMW 330d Touring", 44), ("Volvo V90", 38), ("Skoda Octavia", 52),
 ("Ford Transit", 88), ("Mercedes Sprinter", 41), ("Peugeot Partner", 33), ("Land Rover Discovery", 12), ("Toyota RAV4 hybrid", 27),
 ("BMW R1250RT motorcycle", 18), ("Kia Niro EV", 22), ("Nissan Leaf", 15), ("Vauxhall Vivaro", 29), ("Hyundai Tucson", 17),
 ("Audi A6", 9), ("Ford Ranger", 14), ("Iveco Daily (custody)", 6), ("Mitsubishi L200", 11), ("Renault Master", 8),
 ("Other (fewer than 5 of each model)", 33)]
rows = [[m, str(n)] for m, n in makes]
t = head_new("18 January 2024", "CAS-60214-T7R3M", "Police vehicle fleet") + P(
 "Thank you for your request for information received on 18 December 2023. For ease of reference each question is repeated in bold, followed by our answer.",
 "<b>1. What is the total number of vehicles in the force fleet?</b>",
 "There are 684 vehicles in the fleet (as at 1 December 2023), including motorcycles and vans.",
 "<b>2. Please list the vehicles by make and model with the number of each.</b>",
 "Please see the table below.")
t += TABLE(rows, border=True, head=["Make and model", "Number"], widths=["75%", "25%"])
t += P("<b>3. How many of these vehicles are unmarked?</b>",
 "The number of unmarked vehicles is withheld under Section 31(1)(a) and (b) of the Act. To reveal the proportion of unmarked vehicles, and by implication how many marked vehicles are deployed, "
 "would assist those intent on committing crime on the roads. The public interest in disclosure does not outweigh the harm.",
 "<b>4. How many of the fleet are fully electric?</b>",
 "37 vehicles are fully electric (battery electric vehicles). This figure is included in the table above.")
t += RIGHTS_NEW
add("history", "history/CAS-60214-T7R3M Fleet.pdf", "a09_fleet_2024.html", "lo_pdf", A, "CAS-60214-T7R3M",
    "2024-01-18", "2023-12-18", "foia", "bold restated questions with answers, long bordered table over pages",
    [Qx("P1.Q1", "A_FLEET_N", R, fact="684"), Qx("P1.Q2", "A_FLEET_MAKE", R),
     Qx("P1.Q3", "A_FLEET_UNMARKED", W, ["s31(1)(a)", "s31(1)(b)"]), Qx("P1.Q4", "A_FLEET_EV", R, fact="37")],
    PAGE("CAS-60214-T7R3M", t, hdr="OFFICIAL", ftr="OFFICIAL"))

# ---------------- A10 2024 Taser repeat: chromium + gs
t = ("<div style='font-size:9pt;color:#555'>Wealdmarsh Police &rsaquo; FOI disclosure log &rsaquo; 2024 &rsaquo; Operational</div>"
     "<h1>Conducted Energy Devices (Taser) 2023</h1>"
     "<table style='font-size:10pt'><tr><td>Reference</td><td>CAS-66590-B1Q8D</td></tr><tr><td>Date of response</td><td>3 October 2024</td></tr>"
     "<tr><td>Date received</td><td>6 September 2024</td></tr></table>")
t += P("<b>Request 1</b><br>Number of officers trained to use Taser (as at the end of 2023).",
 "<b>Answer</b><br>455.",
 "<b>Request 2</b><br>The number of Taser discharges (fired) in 2023.",
 "<b>Answer</b><br>41 discharges. Figures for earlier years were given in our response FOI 0133/20 and are also published in the Home Office Police Use of Force statistics.",
 "<b>Request 3</b><br>How many times was Taser discharged at children (under 18)?",
 "<b>Answer</b><br>Nil.")
t += "<p style='font-size:9pt'>Information released under the Freedom of Information Act 2000 is disclosed to the world, not just to the person who asked.</p>"
add("history", "history/CAS-66590-B1Q8D - Taser 2023.pdf", "a10_taser_2024.html", "chromium_pdf_gs", A, "CAS-66590-B1Q8D",
    "2024-10-03", "2024-09-06", "foia", "disclosure log page, Request n / Answer; Chromium then Ghostscript",
    [Qx("P1.Q1", "A_TASER_OFF", R, fact="455"), Qx("P1.Q2", "A_TASER_FIRE", R, fact="41"), Qx("P1.Q3", "A_TASER_U18", R, fact="0")],
    PAGE("CAS-66590-B1Q8D", t))

# ====================== DRAFTS (A) ======================
# AD1: merges the ANPR and drone requests into one
t = head_new("[DRAFT] 14 July 2025", "CAS-74411-P9V2C", "ANPR and drone capability") + P(
 "DRAFT &ndash; not for release until signed off by the Information Rights Manager",
 "Thank you for your request received on 17 June 2025. You asked about two of the force's technologies: ANPR and drones. We have treated this as one request. You asked:")
t += OL(["Total number of fixed-site ANPR cameras operated by Wealdmarsh Police.",
 "A list of ANPR camera sites (road and direction).",
 "The name of the company that provides your ANPR back office / BOF software.",
 "Annual ANPR running costs for 2024/25, broken down by maintenance, licensing and hosting.",
 "Number of drones currently in the fleet.",
 "Make/model of the drones."])
t += P("<b>Response</b>")
t += OL(["The force operates 61 fixed ANPR cameras.",
 NCND_POLICE + " In line with national guidance from the National Police Chiefs' Council, the force no longer confirms or denies the existence of ANPR at specific sites.",
 "The identity of the back office supplier is withheld under Section 31(1)(a) and (b), Law Enforcement. Naming the supplier of a policing system would assist those seeking to attack it.",
 "The total running cost in 2024/25 was &pound;231,700. The breakdown by maintenance, licensing and hosting is withheld under Section 43(2), as it would reveal the supplier's unit pricing.",
 "Nine.",
 "The drone fleet comprises DJI Matrice 30T aircraft. Make and model information has been published by the force since 2024 and is no longer withheld."])
t += RIGHTS_NEW
add("draft", "drafts/DRAFT CAS-74411-P9V2C ANPR and drones v2.docx", "ad1_anpr_drones.html", "docx", A, "CAS-74411-P9V2C",
    "2025-07-14", "2025-06-17", "foia", "draft Word document, auto-numbered questions then auto-numbered answers; merges two families",
    [Qx("P1.Q1", "A_ANPR_CAMS", R, fact="61"), Qx("P1.Q2", "A_ANPR_LOC", N, ["s24(2)", "s31(3)"]),
     Qx("P1.Q3", "A_ANPR_SUP", W, ["s31(1)(a)", "s31(1)(b)"]), Qx("P1.Q4", "A_ANPR_COST", PR, ["s43(2)"]),
     Qx("P1.Q5", "A_DRONE_N", R, fact="9"), Qx("P1.Q6", "A_DRONE_MODEL", R, fact="DJI Matrice 30T")],
    PAGE("CAS-74411-P9V2C", t))

# AD2: BWV split into two parts, plus a look-alike
t = head_new("DRAFT v1 &ndash; 3 November 2025", "CAS-77020-H3N5R", "Body worn video") + P(
 "I refer to your request received on 7 October 2025. Your request was in two parts.",
 "<b>Part 1 &ndash; the cameras</b>")
t += TABLE([
 ["Q1. How many BWV devices are in use by officers and staff today?", "1,390."],
 ["Q2. Who makes/supplies them?", "Clearsight Video Ltd."],
 ["Q3. How many body worn cameras are issued to PCSOs specifically?", "Wealdmarsh Police does not hold this information. Cameras are issued from a shared pool at each station and are not recorded against a role."],
], border=True, widths=["50%", "50%"])
t += P("<b>Part 2 &ndash; the contract and storage of footage</b>")
t += TABLE([
 ["Q1. What is the value of the contract for BWV?", "Withheld. Section 43(2) Commercial Interests applies to the contract value and its start and end dates, as a re-procurement is under way. Public interest test attached."],
 ["Q2. Which company hosts or stores the footage?", "The force does not hold information on the storage provider: storage is supplied as part of the regional digital evidence service run by the South Weald Collaboration, which is not a public authority for the purposes of this request."],
], border=True, widths=["50%", "50%"])
t += RIGHTS_NEW
add("draft", "drafts/CAS-77020-H3N5R BWV DRAFT.pdf", "ad2_bwv.html", "lo_pdf", A, "CAS-77020-H3N5R",
    "2025-11-03", "2025-10-07", "foia", "two parts, each a bordered two-column table; one request split into two parts",
    [Qx("P1.Q1", "A_BWV_N", R, fact="1,390"), Qx("P1.Q2", "A_BWV_SUP", R, fact="Clearsight Video Ltd"),
     Qx("P1.Q3", "A_BWV_PCSO", NH), Qx("P2.Q1", "A_BWV_VAL", W, ["s43(2)"]), Qx("P2.Q2", "A_BWV_STORE", NH)],
    PAGE("CAS-77020-H3N5R", t, hdr="OFFICIAL", ftr="OFFICIAL"))

# AD3: Taser, checked as of mid-2024 (history after that date must be ignored)
t = head_new("Draft prepared 2 February 2025", "CAS-70233-Q6T1F", "Taser") + P(
 "Request received 8 January 2025. This draft is held for the internal audit of responses as they would have stood on 1 June 2024.",
 "<b>You asked:</b> How many of your officers carry Taser?",
 "<b>Our response:</b> 455 officers are trained and authorised to carry Taser.",
 "<b>You asked:</b> How many times has Taser been fired?",
 "<b>Our response:</b> The number of discharges is withheld under Section 31(1)(a) and (b). The force considers that publishing its discharge figures, in combination with neighbouring forces, would reveal operational tactics.",
 "<b>You asked:</b> How many of those were on under-18s?",
 "<b>Our response:</b> This information is not held in a retrievable form; the age of the subject is not recorded on the use of force form.")
t += RIGHTS_NEW
add("draft", "drafts/CAS-70233-Q6T1F Taser draft.pdf", "ad3_taser.html", "lo_pdf_gs", A, "CAS-70233-Q6T1F",
    "2025-02-02", "2025-01-08", "foia", "You asked / Our response; Ghostscript re-distil; checked as of 2024-06-01",
    [Qx("P1.Q1", "A_TASER_OFF", R, fact="455"), Qx("P1.Q2", "A_TASER_FIRE", W, ["s31(1)(a)", "s31(1)(b)"]),
     Qx("P1.Q3", "A_TASER_U18", NH)],
    PAGE("CAS-70233-Q6T1F", t), as_of="2024-06-01")
