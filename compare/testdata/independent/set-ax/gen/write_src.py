#!/usr/bin/env python3
"""Writes the letter sources gen/src/* for set AX (text only; truth lives in make.py)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)
OUT = {}

CSS = ("body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.3}"
       "table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}"
       ".r{text-align:right}.sm{font-size:9pt;color:#333}")

def page(title, body, extra_css=""):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s%s</style></head><body>%s</body></html>"
            % (title, CSS, extra_css, body))

def P(*xs):
    return "".join("<p>%s</p>" % x for x in xs)

def OL(items, start=1, typ="1"):
    return "<ol start='%d' type='%s'>%s</ol>" % (start, typ, "".join("<li>%s</li>" % i for i in items))

def UL(items):
    return "<ul>%s</ul>" % "".join("<li>%s</li>" % i for i in items)

def TABLE(rows, head=None):
    h = "<tr>%s</tr>" % "".join("<th>%s</th>" % c for c in head) if head else ""
    return "<table>%s%s</table>" % (h, "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows))

def put(name, text):
    OUT[name] = text

# ---------------------------------------------------------------- letterheads
def head_A(old=True):
    if old:
        return ("<p class='r'><b>WEALDMOOR CONSTABULARY</b><br>Freedom of Information Unit<br>Police Headquarters<br>"
                "Ashby Road, Kelmarsh<br>WM7 2QP</p>")
    return ("<p><b>OFFICIAL</b></p><p><b>Wealdmoor Constabulary</b> &ndash; Information Rights Team<br>"
            "Force Headquarters, Ashby Road, Kelmarsh WM7 2QP<br>foi@wealdmoor.police.uk</p>")

RIGHTS_A = P("<b>Complaint Rights</b>",
             "If you are dissatisfied with this response you may ask for an internal review within 40 working days. "
             "If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, "
             "Water Lane, Wilmslow, Cheshire SK9 5AF. The Commissioner will not normally consider a complaint until the "
             "internal review procedure under section 45 of the Act has been completed.")

NCND_HARM_A = P(
    "<b>Evidence of Harm</b>",
    "Confirming or denying whether the Force holds any information about specific tactical capabilities would "
    "allow offenders to map which forces hold which capabilities, and to adjust their behaviour accordingly. "
    "A response under the Act is a release to the world.",
    "<b>Public Interest Test</b>",
    "Factors favouring confirmation or denial: transparency about the use of public money and about technology "
    "that engages privacy. Factors against: the confirmation would undermine law enforcement and national "
    "security, which is not in the public interest.",
    "<b>Balance Test</b>",
    "On balance the public interest favours neither confirming nor denying. This should not be taken as "
    "an indication that the information you have requested does or does not exist.")

# ---------------------------------------------------------------- A letters
put("a01.html", page("FOI 0388/17", head_A() + P(
    "16th May 2017", "Dear",
    "<b>FREEDOM OF INFORMATION REQUEST &ndash; FOI 0388/17 &ndash; Unmanned Aerial Vehicles</b>",
    "I write in connection with your request for information which was received by Wealdmoor Constabulary on 19th April 2017. "
    "I note you seek access to the following information:",
    "<i>1. How many drones (unmanned aerial vehicles) does the force currently own?<br>"
    "2. What has the force spent on purchasing drones since 1 January 2014?<br>"
    "3. Which manufacturer makes the drones you use?<br>"
    "4. How many officers are trained to pilot them?</i>",
    "Following receipt of your request, searches were conducted within Wealdmoor Constabulary to locate information relevant to your request. "
    "I can confirm that the information you have requested is held by Wealdmoor Constabulary and is provided below.",
    "1. The Force currently owns three (3) drones.",
    "2. &pound;38,400 (including VAT), covering the airframes, cameras and batteries.",
    "3. DJI.",
    "4. 6 officers hold the CAA Permission for Commercial Operations and are trained to pilot force drones.",
    "Please note that the drone unit is a pilot scheme and figures may change as the scheme is evaluated.") + RIGHTS_A +
    P("Yours sincerely", "FOI Officer<br>Freedom of Information Unit")))

put("a02.html", page("FOI 0211/18", head_A() + P(
    "8 March 2018", "Dear",
    "<b>Freedom of Information Act 2000 &ndash; Request Reference FOI 0211/18</b>",
    "Thank you for your email dated 12 February 2018 requesting information about telephony and network contracts. "
    "Your questions and our answers are set out below.",
    "<b>Telephony / contact centre contract</b>") +
    OL(["Who is the incumbent supplier of your telephony / contact centre contract?<br><b>Answer:</b> Daisy Communications",
        "What is the annual spend on this contract?<br><b>Answer:</b> &pound;212,000 per annum (average over the last three years).",
        "When does the contract expire?<br><b>Answer:</b> 31 March 2021",
        "Who is responsible for this contract within the force (name, job title, phone number, email)?<br><b>Answer:</b> "
        "The contract is managed by the Head of ICT Infrastructure. The names and direct contact details of staff are personal "
        "data and are exempt under Section 40(2) of the Act."]) +
    P("<b>Network services (WAN) contract</b>") +
    OL(["Who is the incumbent supplier of your network services contract?<br><b>Answer:</b> Virgin Media Business",
        "What is the annual spend on this contract?<br><b>Answer:</b> &pound;96,500",
        "When does the contract expire?<br><b>Answer:</b> 30 June 2020",
        "Who is responsible for this contract (name, job title, phone number, email)?<br><b>Answer:</b> Head of ICT Infrastructure &ndash; "
        "as above, the individual's name and direct line are withheld under section 40(2)."], start=5) + RIGHTS_A +
    P("Yours faithfully", "Disclosure Officer")))

put("a03.html", page("FOI 0154/19", head_A() + P(
    "19/02/2019", "Dear",
    "<b>FREEDOM OF INFORMATION REQUEST REFERENCE NO: FOI 0154/19</b>",
    "I write in connection with your request for information received on 23/01/2019 concerning facial recognition technology. "
    "You asked:",
    "Q1 Has the force used live facial recognition (LFR) cameras in public places?<br>"
    "Q2 Does the force use retrospective facial recognition software to compare images against custody photographs?<br>"
    "Q3 If so, who supplies that software?<br>"
    "Q4 What budget has been set aside for facial recognition in 2019/20?",
    "<b>Response</b>",
    "Q1 No. Wealdmoor Constabulary has not deployed live facial recognition.",
    "Q2 and Q3 &ndash; Wealdmoor Constabulary can neither confirm nor deny that it holds any information relevant to these questions "
    "by virtue of the following exemptions: Section 24(2) National Security; Section 31(3) Law Enforcement. "
    "Section 24(2) and Section 31(3) are prejudice-based qualified exemptions, and the harm and public interest are set out below.",
    "Q4 No information held. There is no budget line for facial recognition in the 2019/20 budget and no such budget has been set.")
    + NCND_HARM_A + P(
    "You may wish to note that Section 23(5) (information supplied by or concerning the security bodies) is an absolute exemption; "
    "it has not been necessary to consider it for this request.") + RIGHTS_A + P("Yours sincerely", "Freedom of Information Officer")))

put("a04.html", page("FOI 0921/19 Taser", (
    "<div class='sm'>Skip to content | Home &gt; About us &gt; Freedom of Information &gt; Disclosure log</div>"
    "<div class='sm' style='border:1px solid #999;padding:4px'>We use cookies to make this site work. "
    "<u>Accept all cookies</u> <u>Reject</u> <u>Cookie settings</u></div>"
    "<h2>Wealdmoor Constabulary &ndash; Disclosure Log</h2>"
    "<h3>FOI 0921/19 &ndash; Taser use 2018</h3>"
    "<p class='sm'>Published: 03 October 2019 | Category: Operational policing | Request received: 06 September 2019</p>") +
    P("Request and response. The figures below relate to the calendar year 2018.") +
    TABLE([["1. How many times was Taser discharged (fired) by officers in 2018?", "41"],
           ["2. How many times was Taser drawn but not fired?", "212"],
           ["3. On how many occasions was Taser discharged at a person under 18?", "3"],
           ["4. How many officers were trained and authorised to carry Taser on 31 December 2018?", "388"]],
          head=["Request", "Response"]) +
    P("National Taser statistics are published by the Home Office in the &lsquo;Police use of force statistics&rsquo; series.") +
    "<div class='sm'>&copy; Wealdmoor Constabulary 2019 | Accessibility | Privacy notice | Contact us | In an emergency call 999</div>"))

put("a05.html", page("FOI 0633/20", head_A() + P(
    "14 July 2020", "Dear", "<b>Our reference: FOI 0633/20</b>",
    "Your request for information dated 15 June 2020 has now been considered. Please see our response below. "
    "You also referred to our earlier response FOI 0388/17; figures have been updated.",
    "<b>You asked:</b> How many drones does Wealdmoor Constabulary own at present?",
    "<b>Our response:</b> Seven (7).",
    "<b>You asked:</b> How much has been spent on buying drones since April 2017?",
    "<b>Our response:</b> &pound;61,250.",
    "<b>You asked:</b> Make and model of the drones?",
    "<b>Our response:</b> All seven aircraft are manufactured by DJI (Matrice 210 and Mavic 2 Enterprise).",
    "<b>You asked:</b> How many times were the drones deployed in 2019?",
    "<b>Our response:</b> Wealdmoor Constabulary does not hold this information. Deployments are logged by the local "
    "unit on paper flight logs and are not collated centrally, so no figure is held.",
    "<b>You asked:</b> Are any of the drones used for covert surveillance?",
    "<b>Our response:</b> Wealdmoor Constabulary can neither confirm nor deny that it holds information relevant to this question, "
    "as the duty in Section 1(1)(a) of the Act does not apply by virtue of Section 24(2) (National Security) and Section 31(3) "
    "(Law Enforcement). To confirm or deny whether drones are used covertly would reveal tactical capability. "
    "This should not be taken as an indication that the information you have requested does or does not exist.")
    + RIGHTS_A + P("Kind regards", "Information Disclosure Officer")))

put("a06.html", page("FOI/2021/0745", head_A(False) + P(
    "22 June 2021", "Dear",
    "<b>Freedom of Information Request FOI/2021/0745 &ndash; ICT contracts</b>",
    "I refer to your request for information received by Wealdmoor Constabulary on 25 May 2021. "
    "I note you seek access to the following information:",
    "<i>The first part of my request relates to your telephony and contact centre contract(s). "
    "The second part relates to your wide area network (WAN) contract(s). For each, please provide the information in the table below.</i>",
    "<b>Part 1 &ndash; Telephony and contact centre</b>") +
    TABLE([["1. Incumbent supplier: who is the supplier of the contract?", "Daisy Communications"],
           ["2. Annual average spend over the last three years", "&pound;198,760"],
           ["3. Contract duration, including any extensions", "5 years with option to extend by 2 years"],
           ["4. Contract expiry date", "31 March 2026"],
           ["5. Contact details: full name, job title, number and email of the person responsible",
            "Job title: Head of ICT Infrastructure. Names and direct contact details of staff below chief officer rank are withheld under section 40(2) (personal information)."]],
          head=["Question", "Response"]) +
    P("<b>Part 2 &ndash; Network services</b>") +
    TABLE([["1. Incumbent supplier: who is the supplier of the contract?", "Virgin Media Business"],
           ["2. Annual average spend over the last three years", "&pound;101,300"],
           ["3. Contract expiry date", "30 June 2023"],
           ["4. Contact details: full name, job title, number and email of the person responsible",
            "Job title: Network Services Manager. Name withheld &ndash; section 40(2)."]],
          head=["Question", "Response"]) + RIGHTS_A + P("Yours sincerely", "Information Rights Officer")))

put("a07.html", page("FOI/2022/0402", head_A(False) + P(
    "11 April 2022", "Dear",
    "<b>Freedom of Information Request &ndash; FOI/2022/0402</b>",
    "I write in response to your request received on 14 March 2022, in which you asked:",
    "<i>1) How many police officers were dismissed following gross misconduct hearings between 2017 and 2021, broken down by year and by allegation?<br>"
    "2) How many public complaints were recorded in each category of allegation for the same period?<br>"
    "3) Please provide the names and ranks of the officers dismissed.</i>",
    "<b>Decision</b>",
    "Wealdmoor Constabulary can neither confirm nor deny that it holds all of the information you have requested, as the cost of "
    "establishing whether it is held would exceed the appropriate limit. This letter therefore serves as a refusal notice under "
    "Section 17(5) of the Act, and Section 12(2) is engaged for the whole of your request.",
    "Misconduct outcomes before 2020 are held within individual case files. To identify which cases concerned each category of "
    "allegation would mean reviewing approximately 540 case files at around 5 minutes per file, which is 45 hours, well beyond "
    "the 18 hours (&pound;450) set by the Fees Regulations.",
    "Although not required to, I have considered whether other exemptions would apply; for example, Section 40(2) would be "
    "relevant to question 3. As Section 12(2) applies to the request as a whole, I have not gone on to apply any exemption.",
    "<b>Advice and assistance</b>: if you narrow your request to dismissals from 1 January 2020 onwards, without the breakdown by "
    "allegation, we may be able to answer it within the limit. Outcomes of misconduct hearings held in public since 2016 are also "
    "published on our website for 28 days after each hearing.") + RIGHTS_A + P("Yours sincerely", "Information Rights Officer")))

put("a08.html", page("FOI-2023-01187", head_A(False) + P(
    "25 May 2023", "Dear",
    "<b>FREEDOM OF INFORMATION REQUEST &ndash; FOI-2023-01187 &ndash; Facial Recognition Technology</b>",
    "I refer to your request for information received by Wealdmoor Constabulary on 27 April 2023. Please note that you referred to "
    "our earlier response FOI 0154/19; this is a new request and has been dealt with afresh. I note you seek access to the following information:",
    "<i>1. Has Wealdmoor Constabulary deployed live facial recognition (LFR) cameras in 2022, and if so on how many occasions?<br>"
    "2. How many arrests resulted from LFR deployments in 2022?<br>"
    "3. Does the force use retrospective facial recognition (RFR) software against its custody image database?<br>"
    "4. Which company supplies any facial recognition software used by the force?</i>",
    "Your request has now been considered and I can confirm that Wealdmoor Constabulary will neither confirm nor deny whether "
    "information is held in relation to questions 3 and 4 of your request, citing Section 24(2) National Security and "
    "Section 31(3) Law Enforcement. The response to questions 1 and 2 is provided below.",
    "Question 1 &ndash; Yes. Live facial recognition was deployed on 4 occasions in 2022, at the Kelmarsh Christmas market and three "
    "major sporting events. Deployment records are published on our website.",
    "Question 2 &ndash; 2 arrests.") + NCND_HARM_A + RIGHTS_A + P("Yours sincerely", "Information Rights Team")))

put("a09.html", page("FOI-2024-00318", head_A(False) + P(
    "7 February 2024", "Dear",
    "Freedom of Information request FOI-2024-00318",
    "Thank you for your request received on 10 January 2024 about the force drone unit. Please find our response below.",
    "Q1. How many drones does the force operate?",
    "A1. 11",
    "Q2. How many officers and staff are qualified drone pilots?",
    "A2. 18",
    "Q3. What was the total spent on drones and equipment in the last three financial years?",
    "A3. 142,900 pounds.",
    "Q4. Which manufacturer supplies your drones?",
    "A4. DJI.",
    "Q5. How many drone deployments were there in 2023?",
    "A5. This information is not held. Deployment logs are kept by each pilot and not collated.",
    "Q6. Are drones used for covert surveillance?",
    "A6. No. All force drone flights are overt and are carried out under the force drone policy, which is published.",
    "Yours sincerely", "Information Rights Team")))

put("a10.html", page("FOI-2024-02871", head_A(False) + P(
    "19th November 2024", "Dear",
    "<b>FREEDOM OF INFORMATION REQUEST &ndash; FOI-2024-02871 Contact centre and network contracts</b>",
    "I refer to your request for information received by Wealdmoor Constabulary on the 28th of October 2024. "
    "I note you seek access to the following information:",
    "<i>The first part of my request relates to contact centre and telephony service contracts.</i>") +
    OL(["Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
        "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.",
        "Contract Duration: please state the duration of the contract, including any extensions.",
        "Contract Expiry: please state the date when the contract expires.",
        "Contact Details: the person within the organisation responsible for the contract, full name, job title, number and email.",
        "Number of Agents: please provide the total number of contact centre agents."]) +
    P("<i>The second part of my request relates to inbound network services contracts.</i>") +
    OL(["Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
        "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.",
        "Contract Expiry: please state the date when the contract expires.",
        "Contact Details: the person within the organisation responsible for the contract."]) + P(
    "Your request for information has now been considered and I can confirm Wealdmoor Constabulary does hold information you request; "
    "however I will be citing the exemption Section 31 (1) (a)(b) to question 6 in part 1 of your request and questions 1-3 in part 2 of your request.",
    "Section 31 (1) (a)(b), Law Enforcement.",
    "Please Note: Previously, we would disclose network information, however, following national guidance from the NPCC there has been a change "
    "in the stance taken. Disclosure would be likely to make the police service more open to malicious attacks on our computer systems.",
    "<b>Evidence of Harm</b>", "Disclosure of the force's network infrastructure would assist those intent on hacking police systems.",
    "<b>Public Interest Test</b>", "Factors favouring disclosure &ndash; transparency in the use of public funds. "
    "Factors favouring non-disclosure &ndash; the integrity of police ICT and law enforcement.",
    "<b>Balance Test</b>", "It is my decision that the balance of the public interest lies in the non-disclosure of the exempted information.",
    "The response to questions 1 to 5 in part 1 and question 4 in part 2 is provided below.",
    "<b>Part 1</b>",
    "Question 1 &ndash; Daisy Communications",
    "Question 2 &ndash; &pound;187,450",
    "Question 3 &ndash; 5 years with option to extend by 2 years",
    "Question 4 &ndash; 31 March 2026",
    "Question 5 &ndash; Head of ICT Infrastructure; the name and direct contact details are withheld under Section 40(2). "
    "Please use foi@wealdmoor.police.uk.",
    "<b>Part 2</b>",
    "Question 4 &ndash; Network Services Manager; name withheld under Section 40(2).") + RIGHTS_A +
    P("Yours sincerely", "Information Rights Team")))

put("ad1.html", page("FOI-2025-01964 DRAFT", "<p><b>DRAFT &ndash; NOT FOR RELEASE</b></p>" + head_A(False) + P(
    "12 August 2025", "Dear",
    "<b>Freedom of Information Request FOI-2025-01964 &ndash; Drones</b>",
    "I refer to your request received on 15 July 2025. You asked for the following, which I have numbered for ease of reference:",
    "<b>Question 1</b> &ndash; How many unmanned aircraft (drones) does Wealdmoor Constabulary currently have in service?",
    "<b>Response</b> &ndash; 14.",
    "<b>Question 2</b> &ndash; Of these, how many are fitted with thermal imaging cameras?",
    "<b>Response</b> &ndash; 9.",
    "<b>Question 3</b> &ndash; How many trained remote pilots does the force have?",
    "<b>Response</b> &ndash; 18.",
    "<b>Question 4</b> &ndash; Who manufactures the aircraft?",
    "<b>Response</b> &ndash; DJI.",
    "<b>Question 5</b> &ndash; What has the force spent on drones and associated equipment over the past three financial years?",
    "<b>Response</b> &ndash; This information is held but is withheld under Section 43(2) (Commercial Interests). The force is currently "
    "re-tendering its drone framework and disclosure of spend would be likely to prejudice the force's negotiating position and the "
    "commercial interests of bidders. The public interest in transparency is outweighed at this stage.",
    "<b>Question 6</b> &ndash; How much was spent on training drone pilots in the same period?",
    "<b>Response</b> &ndash; &pound;22,600.",
    "<b>Question 7</b> &ndash; How many times were force drones deployed in 2024?",
    "<b>Response</b> &ndash; 312. Deployments are now recorded on the force's flight management system.",
    "<b>Question 8</b> &ndash; Are drones used for covert surveillance?",
    "<b>Response</b> &ndash; Wealdmoor Constabulary can neither confirm nor deny that it holds information relevant to this question. "
    "Section 24(2) (National Security) and Section 31(3) (Law Enforcement) apply. This should not be taken as an indication that "
    "the information you have requested does or does not exist.")
    + NCND_HARM_A + RIGHTS_A + P("Yours sincerely", "[name]<br>Information Rights Officer")))

put("ad2.html", page("FOI-2025-02718 DRAFT v2", "<p><b>OFFICIAL &ndash; DRAFT v2 (tracked changes accepted)</b></p>" + head_A(False) + P(
    "3 December 2025", "Dear",
    "<b>FREEDOM OF INFORMATION REQUEST &ndash; FOI-2025-02718 &ndash; Telephony and network contracts</b>",
    "I refer to your request received on 5 November 2025. I note you seek access to the following information:",
    "<b>Telephony and contact centre contract</b>") +
    OL(["Incumbent Supplier: please provide the name of the supplier of each contract.",
        "Annual Average Spend: the average annual spend with each supplier over the last three years.",
        "Contract Duration: how long the contract runs, including extension options.",
        "Contact Details: the person responsible for the contract (name, job title, email).",
        "Number of Agents: the number of contact centre agents."]) +
    P("<b>Inbound network services contract</b>") +
    OL(["Incumbent Supplier: please provide the name of the supplier of each contract.",
        "Annual Average Spend: the average annual spend with each supplier over the last three years.",
        "Contract Expiry: when does the contract expire?",
        "Contact Details: the person responsible for the contract (name, job title, email)."], start=6) + P(
    "I can confirm that Wealdmoor Constabulary holds the information you have requested. I will be citing Section 31(1)(a)(b) "
    "(Law Enforcement) for questions 5, 6 and 8, and additionally Section 24(1) (National Security) for question 6. "
    "This follows updated NPCC guidance on infrastructure suppliers. The harm and public interest considerations are the same as "
    "those set out in our earlier response FOI-2024-02871.",
    "The answers to the remaining questions are as follows.",
    "Q1 &ndash; Gamma Communications (the contract transferred from Daisy Communications in April 2025).",
    "Q2 &ndash; The total spend over the three years was &pound;561,000. The annual breakdown is withheld under Section 43(2) "
    "(Commercial Interests) as the contract is subject to an ongoing price review.",
    "Q3 &ndash; 5 years with option to extend by 2 years.",
    "Q4 &ndash; Head of Digital Services. Names and contact details of individual staff are withheld under Section 40(2).",
    "Q7 &ndash; &pound;94,000 per year on average.",
    "Q9 &ndash; Network Services Manager; name withheld (Section 40(2)).") + RIGHTS_A + P("Yours sincerely", "Information Rights Team")))

put("ad3.html", page("FOI-2025-02330 DRAFT", head_A(False) + P(
    "24/09/2025", "Dear",
    "<b>Request reference: FOI-2025-02330</b>",
    "Thank you for your email of 27 August 2025 about facial recognition. Your request was set out as follows:") +
    UL(["whether the force has used live facial recognition cameras in the last 12 months;",
        "whether the force uses retrospective facial recognition against custody images;",
        "the name of the company supplying any facial recognition software;",
        "the budget allocated to facial recognition in 2025/26;",
        "the number of people on any LFR watchlist at each deployment."]) + P(
    "Taking your points in the order you raised them:",
    "Live facial recognition: Wealdmoor Constabulary can neither confirm nor deny that it holds information relevant to this part of "
    "your request. Section 24(2) and Section 31(3) apply. This should not be taken as an indication that information does or does not exist.",
    "Retrospective facial recognition: Yes. The force uses the Police National Database facial search facility, as do all forces in "
    "England and Wales; this has been publicly acknowledged by the Home Office.",
    "Supplier: this information is held but is exempt under Section 31(1)(a) (Law Enforcement). Naming the supplier would identify "
    "the capability of the software to those seeking to evade it.",
    "Budget: no information held. There is no separate budget for facial recognition.",
    "Watchlists: exempt under Section 31(1)(a). Please note that Section 30 (Investigations) has not been relied on.")
    + NCND_HARM_A + RIGHTS_A + P("Yours sincerely", "Information Rights Team")))

# ---------------------------------------------------------------- B letters
def head_B(n=0):
    if n == 0:
        return ("<p class='r'><b>Cambrian Coast Fire and Rescue Service</b><br>Gwasanaeth T&acirc;n ac Achub Arfordir Cambria<br>"
                "Headquarters, Heol y Bont, Aberdaron Road, Porthmadog LL49 9XX</p>")
    return ("<p><b>CAMBRIAN COAST FIRE AND RESCUE SERVICE</b><br>Information Governance | Llywodraethu Gwybodaeth<br>"
            "foi@cambriancoast-fire.gov.wales</p><p class='sm'>We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth yn Gymraeg.</p>")

RIGHTS_B = P("If you are unhappy with the way your request has been handled you may ask for an internal review by writing to the "
             "Information Governance Manager. You also have the right to complain to the Information Commissioner's Office, "
             "2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")

put("b01.html", page("FOI 17/086", head_B() + P(
    "12 September 2017", "Dear",
    "<b>Freedom of Information Act 2000 &ndash; Our Ref: FOI 17/086</b>",
    "Thank you for your request, received on 16 August 2017, for information about automatic fire alarm (AFA) calls. You asked:",
    "<i>1. How many automatic fire alarm calls did the Service attend in 2016/17?<br>"
    "2. How many premises were charged for repeated false alarms, and how much was recovered?<br>"
    "3. Please list the ten premises with the most false alarm calls.<br>"
    "4. How many AFA calls were to hospitals?</i>",
    "Our response:",
    "1. 1,642 AFA calls were attended in 2016/17.",
    "2. Nil. The Service has the power to charge under the Fire and Rescue Services (Wales) (Charging) Order but has not done so.",
    "3. We hold this information but it is exempt under section 43(2) of the Act (commercial interests). Naming the premises "
    "would be likely to damage the reputation and commercial interests of the businesses concerned; the public interest in "
    "withholding the names outweighs that in disclosure.",
    "4. 287.") + RIGHTS_B + P("Yours sincerely", "Information Governance Officer")))

put("b02.html", page("FOI 18/133", head_B() + P(
    "4 June 2018", "Dear", "Ref: FOI 18/133 &ndash; Fleet",
    "I refer to your request received on 8 May 2018. The information is provided in the table below.") +
    TABLE([["How many fire appliances (pumping appliances) does the Service have?", "58"],
           ["What is the average age of your appliances?", "9.2 years"],
           ["Who built / supplied your most recent appliances?", "Emergency One (UK) Ltd"],
           ["What is the fleet replacement budget for 2018/19?", "&pound;2.1m"]],
          head=["Your question", "Our answer"]) + RIGHTS_B + P("Yours sincerely", "Information Governance")))

put("b03.html", page("FOI 19/011", (
    "<div class='sm'>Home | About us | Freedom of Information | Disclosure log | Cymraeg</div>"
    "<h2>Disclosure log: FOI 19/011 &ndash; On-call availability</h2>"
    "<p class='sm'>Date of response: 22/01/2019 &middot; Date received: 20/12/2018</p>") + P(
    "<b>Q1.</b> What was the average availability of on-call (retained) appliances in 2018?",
    "<b>A1.</b> 71% across all on-call stations.",
    "<b>Q2.</b> How many on-call firefighter vacancies are there?",
    "<b>A2.</b> 64 at 1 January 2019.",
    "<b>Q3.</b> How many hours were on-call appliances unavailable due to crewing in 2018?",
    "<b>A3.</b> 18,420 hours.") + "<div class='sm'>Cambrian Coast Fire and Rescue Service &copy; 2019 | Privacy | Accessibility statement</div>"))

put("b04.html", page("FOI 19/244", head_B() + P(
    "5th November 2019", "Dear", "<b>Request for information &ndash; FOI 19/244 &ndash; Fire Control mobilising system</b>",
    "Your request received on 9th October 2019 asked:",
    "<i>1. Who supplies your control room mobilising system? 2. What is the total contract value? 3. When does the contract end? "
    "4. How many unplanned outages of the mobilising system have there been in the last 3 years, and how long did each last?</i>",
    "I can confirm that the Service holds the information requested. Question 4 is withheld under section 24(1) of the Act "
    "(national security): Fire Control is part of the critical national infrastructure and information about the resilience of the "
    "mobilising system would be of use to anyone seeking to disrupt emergency call handling. We have considered the public interest "
    "and concluded that it favours withholding the information.",
    "The answers to questions 1 to 3 are:",
    "1. Halyard Mobilising Ltd", "2. &pound;1.34m over the life of the contract", "3. 31 March 2022 (with an option to extend).")
    + RIGHTS_B + P("Yours sincerely", "Information Governance Manager")))

put("b05.html", page("FOI 20/197", head_B() + P(
    "20 October 2020", "Dear", "Our reference: FOI 20/197",
    "Thank you for your request dated 23 September 2020. Please see our response below.",
    "<b>You asked:</b> Number of automatic fire alarm calls attended in 2019/20.",
    "<b>Our response:</b> 1,811.",
    "<b>You asked:</b> A breakdown of those calls by premises type (e.g. hospitals, schools, residential care).",
    "<b>Our response:</b> Please see the attached table.",
    "<b>You asked:</b> How many premises were charged for false alarms?",
    "<b>Our response:</b> Nil &ndash; no charges have been made.",
    "<b>You asked:</b> Names of the ten premises with the most false alarms.",
    "<b>Our response:</b> This information is withheld under section 43(2) (commercial interests), as in our previous response FOI 17/086.")
    + RIGHTS_B + P("Regards", "Information Governance")))

put("b06.txt", """From: Information Governance <foi@cambriancoast-fire.gov.wales>
Sent: 15 July 2021 14:02
Subject: RE: Freedom of Information request - sprinklers [CCFRS-FOI-2021-118]

Dear

Thank you for your email of 17 June 2021, which we have dealt with under the Freedom of Information Act 2000 (reference CCFRS-FOI-2021-118).

You asked how many home fire safety visits included advice about domestic sprinklers, how many sprinkler systems the Service has funded or fitted in homes since 2016, and what the Service's position is on sprinklers in new schools.

On the home fire safety visits, I am afraid we do not hold this information: our Safe and Well visit form records whether advice was given on smoke alarms and escape plans, but sprinkler advice is not recorded as a separate field.

The Service has part-funded 37 domestic sprinkler systems since April 2016, mostly in homes of people assessed as very high risk.

Our position on sprinklers in schools is published on our website at www.cambriancoast-fire.gov.wales/sprinklers-in-schools and is therefore exempt under section 21 of the Act as it is reasonably accessible to you.

Please note that sprinklers have been mandatory in all new homes in Wales since 2016 under the Domestic Fire Safety (Wales) Measure 2011; we do not hold figures for private installations.

If you are unhappy with how we have handled your request you can ask for an internal review. You may also complain to the Information Commissioner.

Kind regards

Information Governance Team
Cambrian Coast Fire and Rescue Service
""")

put("b07.html", page("CCFRS-FOI-2022-061", head_B(1) + P(
    "9 March 2022", "Dear", "<b>Freedom of Information Request: CCFRS-FOI-2022-061</b>",
    "Thank you for your request of 9 February 2022 about Fire Control. We have answered each part of your request in turn.",
    "<b>Request 1</b><br>Please name the supplier of the mobilising (command and control) system used in your control room.",
    "<b>Response 1</b><br>Halyard Mobilising Ltd.",
    "<b>Request 2</b><br>What is the value of the contract?",
    "<b>Response 2</b><br>&pound;1.52m (including the 2021 extension and upgrade).",
    "<b>Request 3</b><br>What is the end date of the contract?",
    "<b>Response 3</b><br>31 March 2027.",
    "<b>Request 4</b><br>How many times has the mobilising system failed or been unavailable in the last three years?",
    "<b>Response 4</b><br>The Service holds this information, but it is exempt from disclosure under section 24(1) (national security). "
    "Fire Control forms part of the UK's critical national infrastructure. The public interest test has been carried out and "
    "favours maintaining the exemption.",
    "<b>Request 5</b><br>How many staff work in Fire Control?",
    "<b>Response 5</b><br>24 FTE (control operators, crew and watch managers).") + RIGHTS_B + P("Yours sincerely", "Information Governance Officer")))

put("b08.html", page("FOI2023/031", head_B(1) + P(
    "14 February 2023", "Dear", "<b>FOI2023/031 &ndash; Fleet</b>",
    "I refer to your request received on 17 January 2023. You asked:",
    "<i>1) the number of front-line fire engines; 2) the manufacturer of the fire engines bought in the last 5 years; "
    "3) the average age of the fleet; 4) a copy of your fleet strategy.</i>",
    "The Service's response is as follows:",
    "1) 61", "2) Emergency One (UK) Ltd", "3) 10.4 years",
    "4) The Fleet Strategy 2022-2027 is published on our website (Publications &gt; Strategies). As it is reasonably accessible to "
    "you, it is exempt under section 21 of the Act.") + RIGHTS_B + P("Regards", "Information Governance")))

put("b09.html", page("IR2024/004", head_B(1) + P(
    "30 January 2024", "Dear",
    "<b>Internal Review &ndash; Our reference IR2024/004 (your original request FOI2023/288)</b>",
    "I have now completed the internal review you asked for on 4 January 2024 of our response to your request of 21 November 2023 "
    "(reference FOI2023/288). I was not involved in the original decision.",
    "Your original request asked: (1) the number of AFA calls attended in 2022/23; (2) the number of premises charged for false "
    "alarms; (3) the names of the ten premises with the most false alarm calls; (4) the number of AFA calls to hospitals.",
    "The original response refused the whole request under section 12(1) on the basis that premises-level data would take more than "
    "18 hours to extract. Having reviewed the request, I have found that the original decision was not correct in part. Questions 1, "
    "2 and 4 can be answered from the incident recording system in well under the appropriate limit, and question 3 should have "
    "been considered under the exemptions rather than refused on cost.",
    "<b>Outcome of the review</b>",
    "(1) 1,987 AFA calls.", "(2) Nil. The Service does not currently charge for false alarms.",
    "(3) The names of premises are withheld under section 43(2) (commercial interests), consistent with our previous responses.",
    "(4) 312.",
    "If you remain dissatisfied you may apply to the Information Commissioner. Please quote our reference IR2024/004 (and ICO "
    "decision notice IC-40417-K2M8 which you mentioned is not relevant to this request).") + P("Yours sincerely", "Head of Corporate Services")))

put("b10.html", page("FOI2025/052", head_B(1) + P(
    "8 April 2025", "Dear", "<b>Freedom of Information request FOI2025/052</b>",
    "Thank you for your request received on 11 March 2025. Your questions and our answers are below.") +
    OL(["What was the average on-call appliance availability in 2024/25?<br>Answer: 68.4%.",
        "How many on-call firefighter vacancies are there at present?<br>Answer: 81.",
        "What is the annual retaining fee paid to a competent on-call firefighter?<br>Answer: &pound;4,312 (NJC rates, full cover)."])
    + RIGHTS_B + P("Yours sincerely", "Information Governance Team")))

put("bd1.html", page("FOI2025/219 DRAFT", "<p><b>DRAFT</b></p>" + head_B(1) + P(
    "14 October 2025", "Dear", "<b>Freedom of Information request &ndash; FOI2025/219</b>",
    "Thank you for your request received on 16 September 2025. You asked for the following:") +
    UL(["the total number of automatic fire alarm (AFA) calls attended in 2024/25;",
        "those calls broken down by type of premises;",
        "how many premises the Service charged for false alarm attendances, and the amount recovered;",
        "the ten premises with the highest number of false alarm calls;",
        "whether the Service still attends AFA calls at hospitals at night without a confirmed fire."]) + P(
    "Our response, taking each bullet point in turn:",
    "&bull; 2,114 AFA calls.",
    "&bull; Please see the attached spreadsheet.",
    "&bull; The Service does not hold this information. Cost recovery for false alarms is now administered by the tri-service "
    "Joint Finance Unit, and no record of charges is held by the Service.",
    "&bull; Having reconsidered the position taken in earlier years, the Service now publishes these figures. The ten premises are: "
    "Ysbyty Cambria (hospital), Aberdaron Road student village, Harbour View care home, Porthmadog Leisure Centre, Glan y M&ocirc;r "
    "school, Cae Derw industrial estate unit 4, Tesco Extra Porthmadog, Bryn Haul sheltered housing, Marina Hotel, Heol y Bont offices.",
    "&bull; Yes. Hospitals, care homes and sleeping-risk premises remain exempt from the AFA call challenge policy.")
    + RIGHTS_B + P("Yours sincerely", "Information Governance Officer")))

put("bd2.html", page("FOI2026/004 DRAFT", head_B(1) + P(
    "20 January 2026", "Dear", "<b>Freedom of Information request FOI2026/004 &ndash; Fire Control</b>",
    "Thank you for your request of 19 December 2025. You referred to our earlier response CCFRS-FOI-2022-061 and asked for updated figures.",
    "<b>Request 1</b><br>Name of the supplier of your mobilising system.",
    "<b>Response 1</b><br>Halyard Mobilising Ltd.",
    "<b>Request 2</b><br>What is the current value of the contract, including any extensions?",
    "<b>Response 2</b><br>The Service holds this information but it is exempt under section 43(2) of the Act (commercial interests). "
    "The Service is in the middle of a joint procurement with two other Welsh fire and rescue services for a replacement system, and "
    "release of the current value would be likely to prejudice that procurement. The public interest favours withholding the figure at present.",
    "<b>Request 3</b><br>When does the contract end?",
    "<b>Response 3</b><br>31 March 2027.",
    "<b>Request 4</b><br>Has the control room suffered a cyber attack or ransomware incident in the last three years?",
    "<b>Response 4</b><br>Withheld under section 24(1) (national security).",
    "<b>Request 5</b><br>How many times has the mobilising system been unavailable, planned or unplanned, in the last three years?",
    "<b>Response 5</b><br>This information is exempt under section 31(1)(a) (prevention or detection of crime): details of outages "
    "would indicate when the Service is most vulnerable to hoax calls and malicious disruption. (Our earlier responses relied on "
    "section 24(1); following advice from the Welsh Government's cyber resilience team we now consider section 31 the appropriate exemption.)",
    "<b>Request 6</b><br>Number of Fire Control staff.",
    "<b>Response 6</b><br>24 FTE.") + RIGHTS_B + P("Yours sincerely", "Information Governance Officer")))

# ---------------------------------------------------------------- C letters
def head_C():
    return ("<p class='r'><b>NHS Hartfield and Stourside Integrated Care Board</b><br>Corporate Affairs &ndash; FOI Team<br>"
            "Riverside House, 2 Mill Lane, Hartfield HS1 4QE<br>hsicb.foi@nhs.net</p>")

RIGHTS_C = P("If you are dissatisfied with the handling of your request you have the right to ask for an internal review. "
             "Internal review requests should be submitted within two months of the date of receipt of the response and addressed to "
             "hsicb.foi@nhs.net. If you are not content with the outcome of the internal review you may apply directly to the "
             "Information Commissioner's Office (ICO) for a decision.")

put("c01.html", page("FOI 22-0093", head_C() + P(
    "6 September 2022", "Dear", "<b>Freedom of Information Request &ndash; Reference FOI 22-0093</b>",
    "NHS Hartfield and Stourside Integrated Care Board (ICB) was established on 1 July 2022 and has taken on the functions of the "
    "former Hartfield CCG and Stourside CCG. Your request of 9 August 2022 was as follows:",
    "<i>1. How many adults are currently waiting for an ADHD assessment commissioned by the ICB?<br>"
    "2. What is the longest wait for an adult ADHD assessment?<br>"
    "3. How many children and young people are waiting for an autism assessment?<br>"
    "4. What is the longest wait for a children's autism assessment?</i>",
    "<b>Response</b>",
    "1. 2,106 adults at 31 July 2022.",
    "2. The ICB does not hold this information. Waiting times for individual patients are held by the provider trust.",
    "3. 1,388.",
    "4. Not held by the ICB &ndash; please contact Stourside Community Health NHS Trust, who provide the service.") + RIGHTS_C +
    P("Yours sincerely", "FOI Team")))

put("c02.html", page("FOI 22-0241", head_C() + P(
    "23/11/2022", "Dear", "<b>Our ref: FOI 22-0241 &ndash; NHS Continuing Healthcare</b>",
    "Thank you for your request received on 26/10/2022. Please find the information requested in the table below.") +
    TABLE([["Number of patients eligible for NHS Continuing Healthcare (CHC) at 30 September 2022", "1,214"],
           ["Total spend on CHC packages in 2021/22", "&pound;63.2m"],
           ["Number of Fast Track CHC referrals accepted in 2021/22", "402"]],
          head=["Request", "Response"]) + RIGHTS_C + P("Kind regards", "FOI Team")))

put("c03.html", page("FOI 23-0019", head_C() + P(
    "17 January 2023", "Dear", "<b>Freedom of Information request FOI 23-0019 &ndash; Shared Care Record</b>",
    "Thank you for your request received on 14 December 2022.",
    "Q1 Who is the supplier of the ICS shared care record system?",
    "A1 Medicus Link Ltd.",
    "Q2 What is the total contract value?",
    "A2 &pound;2.4m over the initial term.",
    "Q3 When does the contract expire?",
    "A3 31 March 2025.",
    "Q4 Who in the ICB manages the contract? Please give name, job title and email.",
    "A4 The contract is managed by the Chief Digital and Information Officer. Names of staff below Director level and direct contact "
    "details are withheld under section 40(2) (personal information). Correspondence can be sent to hsicb.digital@nhs.net.")
    + RIGHTS_C + P("Yours sincerely", "FOI Team")))

put("c04.html", page("FOI 23-0158", head_C() + P(
    "26 April 2023", "Dear", "<b>Freedom of Information request &ndash; FOI 23-0158</b>",
    "I refer to your request received on 29 March 2023, in which you asked:",
    "<i>1. Total spend on management consultancy in 2022/23.<br>2. The names of the consultancy firms used and the amount paid to each.<br>"
    "3. The purpose of each consultancy engagement.</i>",
    "The ICB holds the information requested. The information requested at question 2 is exempt under section 43(2) of the Freedom "
    "of Information Act (commercial interests): the ICB considers that disclosing the amounts paid to named firms would reveal their "
    "day rates and prejudice both their commercial interests and the ICB's ability to obtain value for money in future procurements. "
    "The ICB has considered the public interest and believes that it favours withholding this information. Section 41 (information "
    "provided in confidence) was considered but is not relied on.",
    "The answers to questions 1 and 3 are:",
    "1. &pound;1,870,400.",
    "3. ICB establishment and transition (organisational design), system financial recovery plan, and the review of urgent care services.")
    + RIGHTS_C + P("Yours sincerely", "Head of Corporate Governance")))

put("c05.html", page("FOI 23-0377", (
    "<div class='sm'>NHS Hartfield and Stourside ICB | About us | Publications | FOI disclosure log | Contact</div>"
    "<div class='sm' style='background:#eee;padding:4px'>Cookies on this website: we'd like to use analytics cookies. <u>Accept</u> | <u>Reject</u></div>"
    "<h2>FOI 23-0377 Prescribing spend</h2><p class='sm'>Received 12/07/2023 &middot; Responded 09/08/2023</p>") + P(
    "<b>Request:</b> 1) ICB spend on GLP-1 receptor agonists (semaglutide, liraglutide, tirzepatide) in 2022/23. 2) The ten drugs with "
    "the highest primary care prescribing spend in 2022/23. 3) Opioid prescribing volumes by GP practice.",
    "<b>Response:</b>",
    "1) &pound;4,118,220.",
    "2) Please see the attached spreadsheet.",
    "3) Practice-level prescribing data is published monthly by the NHS Business Services Authority (English Prescribing Dataset and "
    "OpenPrescribing). This information is therefore exempt under section 21 as it is reasonably accessible to you by other means.")
    + "<div class='sm'>&copy; NHS Hartfield and Stourside ICB 2023 | Accessibility | Privacy</div>"))

put("c06.html", page("FOI 23-0601", head_C() + P(
    "5 December 2023", "Dear", "Freedom of Information request FOI 23-0601",
    "Thank you for your request received on 7 November 2023.",
    "You asked: How many adults are waiting for an ADHD assessment?",
    "Our response: 3,412 at 31 October 2023.",
    "You asked: What is the longest current wait for an adult ADHD assessment?",
    "Our response: The ICB does not hold this information; it is held by providers.",
    "You asked: Which providers are patients being referred to under Right to Choose for adult ADHD assessment?",
    "Our response: Thrive Minds, Clearpath ADHD, Lumen Neuro.",
    "You asked: How many children are waiting for an autism assessment?",
    "Our response: 1,902.",
    "You asked: What is the longest wait for a child autism assessment?",
    "Our response: Not held by the ICB.",
    "Yours sincerely", "FOI Team")))

put("c07.html", page("FOI 24-0133", head_C() + P(
    "19 March 2024", "Dear", "<b>FOI 24-0133 &ndash; Digital contracts</b>",
    "Thank you for your request received on 20 February 2024. Our response is in the table below.") +
    TABLE([["1", "Supplier of the shared care record", "Medicus Link Ltd"],
           ["2", "Contract value", "&pound;2.9m (including the two-year extension agreed in 2023)"],
           ["3", "Expiry date", "31 March 2027"],
           ["4", "Contract manager (name, role, email)", "Chief Digital and Information Officer. Staff names are withheld under section 40(2)."],
           ["5", "Supplier of GP clinical IT systems (GPIT Futures)", "EMIS Health"]],
          head=["No.", "Question", "Answer"]) + RIGHTS_C + P("Kind regards", "FOI Team")))

put("c08.html", page("FOI 24-0298", (
    "<header><nav>Home &rsaquo; About us &rsaquo; Freedom of information &rsaquo; Disclosure log 2024</nav></header>"
    "<div id='cookie'>This site uses cookies. <button>Accept</button></div>"
    "<main><h1>FOI 24-0298: NHS Continuing Healthcare</h1>"
    "<p>Date received: 4 June 2024<br>Date of response: 2 July 2024</p>") + P(
    "<b>Request</b>",
    "1. Number of patients eligible for NHS Continuing Healthcare at 31 March 2024, by former CCG area.<br>"
    "2. Total CHC spend in 2023/24 by care setting.<br>"
    "3. The number of CHC-eligible patients in each age band (18-64, 65-74, 75-84, 85+).",
    "<b>Response</b>",
    "The ICB holds information relevant to your request; however, we are unable to provide it as the cost of locating, retrieving and "
    "extracting it would exceed the appropriate limit of &pound;450 (18 hours) under section 12(1) of the Freedom of Information Act. "
    "The breakdowns requested are not available from our CHC case management system reports and would require a manual review of "
    "around 1,300 case records at approximately 3 minutes per record (65 hours).",
    "Under section 16 we suggest that a request for the total number of eligible patients and the total spend, without the breakdowns, "
    "is likely to be answerable within the limit. Please note that the figures in FOI 22-0241 were for 2021/22.")
    + "</main><footer>NHS Hartfield and Stourside Integrated Care Board &middot; Riverside House, Hartfield</footer>"))

put("c09.html", page("FOI 24-0467", head_C() + P(
    "15 October 2024", "Dear", "<b>Freedom of Information Act 2000 &ndash; FOI 24-0467</b>",
    "Thank you for your request of 17 September 2024. You asked:") +
    OL(["What was the ICB's total expenditure on external consultancy in 2023/24?",
        "Which consultancy firms were engaged, and how much was paid to each?",
        "What was each engagement for?",
        "How many consultant days were purchased?"]) + P(
    "<b>Questions 1 &amp; 3</b> &ndash; The ICB spent &pound;2,215,000 on external consultancy in 2023/24. The engagements supported "
    "the system financial recovery programme, the procurement of community services and the ICB's operating model review.",
    "<b>Question 2</b> &ndash; Withheld under section 43(2) (commercial interests), for the reasons given in our response FOI 23-0158.",
    "<b>Question 4</b> &ndash; Not held. Consultancy contracts are let on a fixed-price or milestone basis and the ICB does not record "
    "the number of days.") + RIGHTS_C + P("Yours sincerely", "FOI Team")))

put("c10.html", page("FOI 25-0211", head_C() + P(
    "20 May 2025", "Dear", "<b>Freedom of Information request FOI 25-0211</b>",
    "Thank you for your further request received on 22 April 2025, repeating the questions you asked in November 2023.",
    "<b>1. How many adults are waiting for an ADHD assessment?</b>",
    "4,077 at 31 March 2025.",
    "<b>2. Longest wait for an adult ADHD assessment?</b>",
    "As before, this information is not held by the ICB.",
    "<b>3. How many children are waiting for an autism assessment?</b>",
    "2,240.",
    "<b>4. Longest wait for a child autism assessment?</b>",
    "Not held.") + RIGHTS_C + P("Yours sincerely", "FOI Team")))

put("cd1.html", page("FOI 25-0544 DRAFT", "<p><b>DRAFT FOR APPROVAL</b></p>" + head_C() + P(
    "6 November 2025", "Dear", "<b>Freedom of Information request &ndash; FOI 25-0544</b>",
    "Thank you for your request received on 9 October 2025, which you set out in two parts.",
    "<b>Part 1 &ndash; Adult ADHD assessment</b>",
    "1. How many patients are currently on the waiting list for an assessment?<br>Response: 5,108 at 30 September 2025.",
    "2. What is the longest time a patient on the list has been waiting?<br>Response: 118 weeks. Since April 2025 the ICB receives "
    "patient-level waiting list data from providers under the ADHD waiting list validation programme.",
    "3. Which Right to Choose providers are patients referred to?<br>Response: Thrive Minds, Clearpath ADHD, Lumen Neuro.",
    "<b>Part 2 &ndash; Children's autism assessment</b>",
    "1. How many patients are currently on the waiting list for an assessment?<br>Response: The ICB does not hold this information. "
    "The children's neurodevelopmental pathway transferred to Stourside Children's Health Partnership in April 2025, and the waiting "
    "list is held by the Partnership, who should be contacted directly.",
    "2. What is the longest time a patient on the list has been waiting?<br>Response: Not held, for the same reason.")
    + RIGHTS_C + P("Yours sincerely", "FOI Team")))

put("cd2.html", page("FOI 26-0061 DRAFT", head_C() + P(
    "10 February 2026", "Dear", "<b>FOI 26-0061 &ndash; Consultancy and digital contracts</b>",
    "Thank you for your request received on 13 January 2026. Please find our responses in the table below.") +
    TABLE([["1. Total spend on external consultancy in 2024/25, broken down by firm",
            "Total: &pound;1,640,000. The breakdown by firm is withheld under section 43(2) (commercial interests)."],
           ["2. Names of the consultancy firms used",
            "Carrow Advisory LLP; Meridian Health Partners; Stourside Strategy Ltd."],
           ["3. Number of consultant days purchased", "The ICB does not hold this information."],
           ["4. Supplier of the shared care record", "Northway Clinical Systems Ltd (from 1 April 2025, following re-procurement)."],
           ["5. Value of the shared care record contract",
            "Withheld under section 43(2). The contract is in its first year and the value would reveal the supplier's pricing."]],
          head=["Question", "Response"]) + RIGHTS_C + P("Yours sincerely", "FOI Team")))

put("cd3.txt", """NHS Hartfield and Stourside ICB - FOI Team
Logged: 09/12/2025   Our ref: FOI 25-0603   Due: 08/01/2026
Status: NEW - awaiting allocation

-----Original Message-----
From: [redacted]
Sent: 09 December 2025 08:41
To: hsicb.foi@nhs.net
Subject: FOI request - NHS Continuing Healthcare

Dear Sir/Madam,

Under the Freedom of Information Act 2000 I would like to request the following information about NHS Continuing Healthcare (CHC):

* the number of patients eligible for NHS CHC on 31 March 2025;
* the total amount the ICB spent on CHC packages in 2024/25;
* the number of Fast Track referrals accepted in 2024/25;
* the number of CHC-eligible patients in each age band (18-64, 65-74, 75-84, 85 and over);
* the number of appeals against CHC eligibility decisions received in 2024/25, and how many were upheld.

If answering all of this would exceed the cost limit, please prioritise the first three points.

I would prefer to receive the information electronically.

Many thanks
""")

# ---------------------------------------------------------------- D letters
def head_D(n=0):
    if n == 0:
        return ("<p class='r'><b>Brackenmoor District Council</b><br>Council Offices, Market Street<br>Brackenmoor BM3 1DX<br>"
                "Tel 01632 960400</p>")
    return ("<p><b>BRACKENMOOR</b> District Council<br><span class='sm'>Information Governance &middot; Council Offices, Market Street, "
            "Brackenmoor BM3 1DX &middot; foi@brackenmoor.gov.uk</span></p>")

RIGHTS_D = P("If you are not satisfied with this response you may request an internal review within 40 working days. If you are "
             "still dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")

put("d01.html", page("FOI/17/0231", head_D() + P(
    "1 August 2017", "Dear", "<b>Freedom of Information Request &ndash; Ref FOI/17/0231</b>",
    "Thank you for your request received on 4 July 2017 regarding parking enforcement in 2016/17.") +
    TABLE([["Number of penalty charge notices (PCNs) issued", "9,412"],
           ["Income from PCNs", "&pound;318,220"],
           ["Name of the parking enforcement contractor", "Civicus Parking Services Ltd"],
           ["Number of PCNs cancelled", "611"]], head=["Information requested", "Response"]) + RIGHTS_D +
    P("Yours sincerely", "Information Governance Officer")))

put("d02.html", page("EIR/18/0102", head_D() + P(
    "15 May 2018", "Dear", "<b>Environmental Information Regulations 2004 &ndash; EIR/18/0102</b>",
    "Your request of 17 April 2018 concerns fly-tipping and has been handled under the Environmental Information Regulations 2004.",
    "<b>1. How many fly-tipping incidents were reported in 2017/18?</b><br>1,204.",
    "<b>2. How many fixed penalty notices were issued for fly-tipping?</b><br>38.",
    "<b>3. How many prosecutions for fly-tipping were brought?</b><br>The Council does not hold this information in a reportable form; "
    "prosecution files are held by Legal Services and are not categorised by offence. The exception at regulation 12(4)(a) applies.",
    "<b>4. Where are the Council's covert fly-tipping cameras located?</b><br>This information is excepted from disclosure under "
    "regulation 12(5)(b) (the course of justice): revealing camera locations would allow offenders to avoid them. The public interest "
    "in maintaining the exception outweighs that in disclosure.") + RIGHTS_D + P("Yours sincerely", "Environmental Services")))

put("d03.html", page("FOI/19/0288", head_D() + P(
    "27 March 2019", "Dear", "<b>Our ref: FOI/19/0288 &ndash; Temporary accommodation</b>",
    "Thank you for your request received on 27 February 2019.",
    "<b>You asked:</b> How many households were in temporary accommodation on 31 December 2018?",
    "<b>Our response:</b> 46.",
    "<b>You asked:</b> How much did the Council spend on temporary accommodation in 2017/18?",
    "<b>Our response:</b> &pound;412,600.",
    "<b>You asked:</b> Which bed and breakfast or hotel providers does the Council use?",
    "<b>Our response:</b> The Larches Guest House; Moorgate Lodge; Station Hotel Brackenmoor.",
    "<b>You asked:</b> How many households were placed outside the district?",
    "<b>Our response:</b> 5.") + RIGHTS_D + P("Yours sincerely", "Housing Options")))

put("d04.html", page("FOI/20/0119", head_D() + P(
    "11 February 2020", "Dear", "<b>Freedom of Information Request FOI/20/0119</b>",
    "I refer to your request received on 14 January 2020. You asked:") +
    OL(["Who supplies the Council's revenues and benefits system?",
        "What is the annual cost of the system?",
        "When does the contract expire?",
        "Who supplies the Council's customer relationship management (CRM) system?"]) + P("Our response:") +
    OL(["Pennant Revenues Ltd", "&pound;146,000 per annum (licence and support)", "31 March 2023", "Oakfield CRM Ltd"]) + RIGHTS_D +
    P("Yours sincerely", "ICT Services")))

put("d05.html", page("FOI/21/0044", (
    "<div class='sm'>brackenmoor.gov.uk &rsaquo; Your council &rsaquo; Freedom of information &rsaquo; Disclosure log</div>"
    "<h2>FOI/21/0044 Council tax arrears and enforcement agents</h2>"
    "<p class='sm'>Received: 17 December 2020 &middot; Responded: 19 January 2021</p>") + P(
    "You asked what the Council's total council tax arrears were at 31 March 2020, which enforcement agent firms the Council uses "
    "to collect council tax debts, and how many liability orders were obtained in 2019/20.",
    "Total council tax arrears at 31 March 2020 were &pound;3.1m. The Council uses one enforcement agency, Rowan Enforcement Ltd. "
    "2,944 liability orders were obtained in 2019/20.",
    "The Taking Control of Goods Regulations 2013 set the fees that enforcement agents may charge; the Council does not receive any "
    "part of those fees.") + "<div class='sm'>Brackenmoor District Council | Privacy | Cookies | Accessibility</div>"))

put("d06.html", page("EIR/21/0390", head_D(1) + P(
    "28 September 2021", "Dear", "<b>EIR/21/0390 &ndash; Fly-tipping</b>",
    "I refer to your request of 31 August 2021, handled under the Environmental Information Regulations 2004. You asked:",
    "<i>1. Number of fly-tipping incidents in 2020/21. 2. Number of fixed penalty notices issued. 3. The five locations with the most "
    "fly-tipping. 4. Number of prosecutions. 5. Locations of covert CCTV used to detect fly-tipping.</i>",
    "The Council holds information falling within question 5 but it is excepted from disclosure under regulation 12(5)(b) of the EIR, "
    "as disclosure would adversely affect the Council's ability to conduct investigations and bring proceedings. In applying the "
    "presumption in favour of disclosure in regulation 12(2) we have concluded that the public interest favours maintaining the exception.",
    "The remaining answers are:",
    "1. 1,530", "2. 51", "3. Mill Lane lay-by; Farrow Road; Cinder Track car park; Marsh Lane; Quarry Road.",
    "4. This information is not held: the Council does not record prosecutions by offence type.") + RIGHTS_D +
    P("Yours sincerely", "Information Governance")))

put("d07.txt", """Brackenmoor District Council
Information Governance

Our ref: FOI 2022/0611
Date: 07/06/2022

Dear

Request for information - planning enforcement

Thank you for your request received on 10/05/2022. Please see below.

Q1. How many planning enforcement complaints did the Council receive in 2021/22?
A1. 612

Q2. How many enforcement notices were served in 2021/22?
A2. 23

Q3. How many planning enforcement officers does the Council employ?
A3. 3.5 FTE

Q4. How many open enforcement cases were there on 1 April 2022?
A4. 148

Kind regards

Information Governance Officer
""")

put("d08.html", page("FOI 2022/1187", head_D(1) + P(
    "15 November 2022", "Dear", "<b>Freedom of Information request &ndash; FOI 2022/1187</b>",
    "Thank you for your request received on 18 October 2022. Your questions and our answers are set out below.") +
    TABLE([["1. Number of households in temporary accommodation at 30 September 2022", "71"],
           ["2. Spend on temporary accommodation in 2021/22", "&pound;688,300"],
           ["3. Names of B&amp;B and hotel providers used", "The Larches Guest House; Moorgate Lodge; Kestrel House"],
           ["4. Supplier of your revenues and benefits software",
            "Withheld under section 43(2) (commercial interests) &ndash; the contract is being re-procured."],
           ["5. Annual cost of that software", "Withheld under section 43(2) for the same reason."]],
          head=["Request", "Response"]) + RIGHTS_D + P("Yours sincerely", "Information Governance")))

put("d09.html", page("FOI 2024/0263", head_D(1) + P(
    "5 March 2024", "Dear", "<b>FOI 2024/0263 &ndash; Temporary accommodation and systems</b>",
    "I refer to your request received on 6 February 2024, in which you asked (1) the number of households in temporary accommodation "
    "at 31 December 2023; (2) the Council's spend on temporary accommodation in 2022/23, broken down by provider; (3) the names of the "
    "B&amp;B and hotel providers used; and (4) the supplier of the revenues and benefits system.",
    "The Council holds the information. I am withholding question 3, and the breakdown by provider at question 2, under section 43(2) "
    "of the Act (commercial interests): the Council's nightly rates are negotiated individually and disclosure would prejudice its "
    "position. Question 4 is withheld under section 31(1)(a): following a cyber incident at a neighbouring authority the Council no "
    "longer discloses the names of suppliers of core systems. The public interest favours withholding in both cases.",
    "(1) 103 households.",
    "(2) The total spend in 2022/23 was &pound;1,142,000; the breakdown by provider is withheld as above.") + RIGHTS_D +
    P("Yours sincerely", "Information Governance Manager")))

put("d10.html", page("EIR 2025/0149", (
    "<div class='sm'>Skip to main content | brackenmoor.gov.uk | Search</div>"
    "<div class='sm' style='border:1px solid #ccc;padding:4px'>Can we store analytics cookies on your device? <u>Yes</u> <u>No</u></div>"
    "<h2>Disclosure log &ndash; EIR 2025/0149 Fly-tipping</h2><p class='sm'>Received 21 January 2025 | Response sent 18 February 2025</p>") + P(
    "<b>You asked:</b> Number of fly-tipping incidents in 2023/24.", "<b>Our response:</b> 1,877",
    "<b>You asked:</b> Number of fixed penalty notices issued for fly-tipping in 2023/24.", "<b>Our response:</b> 212",
    "<b>You asked:</b> The location of every fly-tipping incident recorded in the last five years.",
    "<b>Our response:</b> Please see the attached spreadsheet (location by street and ward).",
    "<b>You asked:</b> Number of prosecutions for fly-tipping.",
    "<b>Our response:</b> Not held &ndash; regulation 12(4)(a).",
    "<b>You asked:</b> Where are the Council's covert cameras sited?",
    "<b>Our response:</b> Excepted under regulation 12(5)(b) (course of justice). Regulation 13 (personal data) does not apply to this information.")
    + "<div class='sm'>&copy; Brackenmoor District Council | Contact us | Accessibility</div>"))

put("dd1.html", page("EIR 2025/0688 DRAFT", "<p>DRAFT</p>" + head_D(1) + P(
    "22 July 2025", "Dear", "<b>Environmental Information Regulations 2004 &ndash; EIR 2025/0688</b>",
    "Thank you for your request received on 24 June 2025 about fly-tipping, which has been considered under the EIR.",
    "<b>Request 1</b> &ndash; How many fly-tipping incidents did the Council record in 2024/25?",
    "<b>Response 1</b> &ndash; 2,046.",
    "<b>Request 2</b> &ndash; How many prosecutions for fly-tipping did the Council bring in 2024/25?",
    "<b>Response 2</b> &ndash; 14. Enforcement is now handled by the Council's Environmental Crime Team, which records prosecutions.",
    "<b>Request 3</b> &ndash; Please provide the location of every fly-tipping incident recorded in the last five years.",
    "<b>Response 3</b> &ndash; The Council is refusing this part of your request under regulation 12(4)(b) (manifestly unreasonable). "
    "Since the move to the new waste management system in 2024, historic records would have to be extracted from the archived "
    "system one at a time: around 9,000 records at 2 minutes each, over 300 hours of officer time.",
    "<b>Request 4</b> &ndash; Where are the Council's covert fly-tipping cameras located?",
    "<b>Response 4</b> &ndash; The Council neither confirms nor denies whether it holds this information, under regulation 12(6), as "
    "confirming or denying would itself adversely affect the course of justice under regulation 12(5)(b). This should not be taken as "
    "an indication that the Council does or does not use covert cameras.") + RIGHTS_D + P("Yours sincerely", "Environmental Crime Team")))

put("dd2.html", page("FOI 2025/0502 DRAFT", head_D(1) + P(
    "12 June 2025", "Dear", "<b>FOI 2025/0502 &ndash; Temporary accommodation and revenues system</b>",
    "Thank you for your request received on 14 May 2025.",
    "<b>1. What did the Council spend on temporary accommodation in 2024/25, by provider?</b>",
    "The total was &pound;1,486,000. The breakdown by provider is withheld under section 43(2).",
    "<b>2. Which B&amp;B and hotel providers does the Council use?</b>",
    "Withheld under section 43(2) (commercial interests).",
    "<b>3. Who supplies the revenues and benefits system?</b>",
    "Withheld under section 31(1)(a) (law enforcement) &ndash; disclosure of the supplier of a core system would increase the risk of a "
    "targeted cyber attack.",
    "<b>4. What is the annual cost of that system?</b>",
    "Withheld under section 43(2).") + RIGHTS_D + P("Yours sincerely", "Information Governance")))

put("dd3.html", page("FOI 2025/0217 DRAFT", head_D(1) + P(
    "18 March 2025", "Dear", "<b>FOI 2025/0217 &ndash; Planning enforcement</b>",
    "Thank you for your request received on 25 February 2025. You have asked for the same 2021/22 figures as in your request of May 2022 "
    "(our reference FOI 2022/0611), which you tell us you did not receive. The answers are repeated below.") +
    OL(["Number of planning enforcement complaints received in 2021/22 &ndash; 612",
        "Number of enforcement notices served in 2021/22 &ndash; 23",
        "Number of planning enforcement officers &ndash; 3.5 FTE",
        "Number of open enforcement cases on 1 April 2022 &ndash; 148"]) + RIGHTS_D + P("Yours sincerely", "Information Governance")))

if __name__ == "__main__":
    for k, v in OUT.items():
        with open(os.path.join(SRC, k), "w", encoding="utf-8") as f:
            f.write(v)
    print(len(OUT), "sources written")
