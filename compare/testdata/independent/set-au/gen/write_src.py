#!/usr/bin/env python3
"""Writes the letter sources into gen/src/ (run before make.py):  python3 gen/write_src.py
Each source is hand-written text; shared functions only add letterheads and boilerplate."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, HERE)
import make  # noqa: E402

OUT = {}

CSS = ("body{font-family:'Liberation Serif',serif;font-size:11.5pt;} td{vertical-align:top;padding:4px;} "
       "table{border-collapse:collapse;} .hd{font-family:'Liberation Sans',sans-serif;}")


def page(title, body, css=CSS):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head>\n"
            "<body>\n%s\n</body></html>\n" % (title, css, body))


def put(name, text):
    OUT[name] = text


def P(*paras):
    return "\n".join("<p>%s</p>" % p for p in paras)


# ---------------------------------------------------------------- letterheads / boilerplate
def lh_a(old=True):
    if old:
        return ("<p class=hd align=right><b>NETHERFORDSHIRE COUNTY COUNCIL</b><br>Legal and Democratic Services<br>"
                "Information Rights Unit<br>County Hall, Castle Hill<br>Wrensford<br>NF1 2QA</p>")
    return ("<p class=hd><b>Netherfordshire County Council</b> | Information Governance Team<br>"
            "County Hall, Castle Hill, Wrensford NF1 2QA &nbsp; foi@netherfordshire.gov.uk</p>"
            "<p class=hd align=right><i>Greener, fairer, stronger &ndash; Netherfordshire 2030</i></p>")


ICO = ("If you are not satisfied with the response you may ask for an internal review. Please write to us within "
       "40 working days of the date of this letter. If you remain dissatisfied following the review you have the right "
       "under section 50 of the Freedom of Information Act 2000 to apply to the Information Commissioner, Wycliffe House, "
       "Water Lane, Wilmslow, Cheshire SK9 5AF.")

ICO_EIR = ("If you are unhappy with this response you may make representations under regulation 11 of the Environmental "
           "Information Regulations 2004 within 40 working days. You may then complain to the Information Commissioner's "
           "Office (section 50 of the Freedom of Information Act 2000 as applied by regulation 18).")


def lh_b():
    return ("<p class=hd align=center><b>Causeway and Glens</b><br><b>Health and Social Care Trust</b></p>"
            "<p class=hd align=right>Information Governance Department<br>Glenariff House<br>14 Mill Road<br>"
            "Ballyharran<br>BT53 9QP</p>")


ICO_B = ("If you are dissatisfied with the handling of your request you may ask for an internal review by writing to the "
         "Information Governance Manager at the above address. If you remain unhappy you may apply to the Information "
         "Commissioner's Office, 10th Floor, Causeway Tower, 9 James Street South, Belfast BT2 8DN.")

BANNER_B = "<p class=hd align=center><small>Caring together &bull; Investors in People Gold &bull; Causeway and Glens HSC Trust</small></p>"


def lh_c():
    return ("<p class=hd><b>ARDLOCHAN COUNCIL</b><br>Information Management Team<br>Council Offices, Shore Street<br>"
            "Kilbrannan PA29 4LT</p>")


SIC = ("If you are unhappy with this response you may ask the Council to review it. Write to the Information Management "
       "Team within 40 working days, stating why you are dissatisfied (section 20 of the Freedom of Information (Scotland) "
       "Act 2002). If you remain dissatisfied after the review you may apply to the Scottish Information Commissioner "
       "under section 47(1), Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at "
       "www.foi.scot/appeal. An appeal on a point of law lies to the Court of Session (section 56).")


def lh_d():
    return ("<p class=hd align=center>OFFICIAL</p>"
            "<p class=hd><b>Road Haulage Compliance Agency</b><br>Freedom of Information Team<br>Bramley House<br>"
            "Station Approach<br>Cardington Vale<br>MK44 3RH</p>")


ICO_D = ("If you are unhappy with the way the Agency has handled your request you may ask for an internal review "
         "within 40 working days by writing to foi.reviews@rhca.gov.uk. If you are not content with the outcome you may "
         "complain to the Information Commissioner's Office. Further information is at ico.org.uk.")


def foot_d():
    return "<p class=hd align=center>OFFICIAL</p>"


def ol(items, start=None):
    s = "" if start is None else " start=\"%d\"" % start
    return "<ol%s>\n%s\n</ol>" % (s, "\n".join("<li>%s</li>" % i for i in items))


def table(rows, head=("Question", "Response"), border=1):
    h = "<tr>%s</tr>" % "".join("<td><b>%s</b></td>" % c for c in head) if head else ""
    body = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    return ("<table border=%d cellpadding=4 width=\"100%%\">\n<col width=\"45%%\"><col width=\"55%%\">\n%s\n%s\n</table>"
            % (border, h, body))

# ====================================================================== A
put("a01.html", page("FOI/17/0412", lh_a(True) + P(
    "Our ref: FOI/17/0412<br>Your ref: telephony 04/17<br>Date: 18 May 2017",
    "Dear",
    "<b>Freedom of Information Act 2000 &ndash; Request for Information</b>",
    "Thank you for your request for information which was received by the Council on 24 April 2017. You asked:",
    "<i>I wish to submit a freedom of information request relating to the organisation&rsquo;s ICT contracts, specifically "
    "contact centre contract(s) and inbound network services contract(s).</i>",
    "<i>The first part of my request relates to contact centre service contracts (call distribution, web chat, "
    "performance monitoring tools). Please send me the following information for each provider:</i>",
    "<i>1. Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.<br>"
    "2. Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.<br>"
    "3. Contract Expiry: For each supplier, please state the date of when the contract expires.<br>"
    "4. Contract Review: For each supplier, please state the date of when the contract will be reviewed.<br>"
    "5. Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.<br>"
    "6. Contact Details: For each supplier, please state the person from within the organisation responsible for the contract. "
    "Please provide me with their full name, actual job title, contact number and direct email address.<br>"
    "7. Number of Agents; please provide me with the total number of contact centre agents.<br>"
    "8. Number of Sites; please can you provide me with the number of sites the contact centre covers.<br>"
    "9. Do you use Microsoft Exchange 2003 as your email server? If not, then which products do you use?</i>",
    "<i>The second part of my request relates to inbound network services contracts (0800, 0845, 0300 numbers, routing "
    "of calls, caller identifier, IVR). For a contract relating to the above please can you provide me with:</i>",
    "<i>1. Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.<br>"
    "2. Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.<br>"
    "3. Contract Expiry: For each supplier, please state the date of when the contract expires.<br>"
    "4. Contract Review: For each supplier, please state the date of when the contract will be reviewed.<br>"
    "5. Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.<br>"
    "6. Contact Details: For each supplier, please state the person from within the organisation responsible for the contract.</i>",
    "The Council holds the information you have requested and it is set out below.",
    "<b>Part 1 &ndash; Contact centre</b>",
    "1. Telvanta Ltd<br>"
    "2. &pound;84,200 per annum (average of 2014/15, 2015/16 and 2016/17)<br>"
    "3. 31 March 2020<br>"
    "4. The contract will be reviewed in September 2019.<br>"
    "5. Hosted contact centre platform including automatic call distribution, call recording, web chat and "
    "real-time performance dashboards.<br>"
    "6. Mrs Angela Foss, Head of Customer Services, 01632 960 114, customer.services@netherfordshire.gov.uk<br>"
    "7. 62 agents (full time equivalent)<br>"
    "8. 2 &ndash; County Hall, Wrensford and the Ashby Road office, Hollinbridge<br>"
    "9. No. The Council uses Microsoft Exchange 2013.",
    "<b>Part 2 &ndash; Inbound network services</b>",
    "1. Callspan Networks<br>"
    "2. &pound;19,600 per annum<br>"
    "3. 30 September 2019<br>"
    "4. March 2019<br>"
    "5. Provision of 0300 and 0800 inbound numbers, call routing and the Council&rsquo;s IVR menus.<br>"
    "6. Mr Dev Sandhu, Telecoms Manager, 01632 960 287",
    "Please note that any re-use of this information is subject to the Re-use of Public Sector Information Regulations 2015.",
    ICO,
    "Yours sincerely",
    "Information Rights Officer<br>Information Rights Unit")))

put("a02.html", page("EIR/18/0077", lh_a(True) + P(
    "Our Ref: EIR/18/0077<br>20th February 2018",
    "Dear",
    "<b>Environmental Information Regulations 2004 &ndash; potholes</b>",
    "I refer to your email of 29th January 2018 requesting information about potholes on the county road network. "
    "As your request concerns the state of the road network and measures affecting it, it has been handled under the "
    "Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act.",
    "<b>Q1</b> How many potholes were reported to the Council in the financial year 2016/17?",
    "<b>A1</b> 14,212 potholes were reported by members of the public and through highway inspections in 2016/17.",
    "<b>Q2</b> How many claims for compensation relating to pothole damage did the Council receive in the same year?",
    "<b>A2</b> 388",
    "<b>Q3</b> What was the total value of compensation paid out as a result of those claims?",
    "<b>A3</b> &pound;61,340. Please note some claims from 2016/17 remain open and this figure may change.",
    "<b>Q4</b> Please provide a list of the location of every pothole reported, with the date it was repaired.",
    "<b>A4</b> The Council does not hold a list in this form. Defects are recorded against highway sections in our "
    "asset management system and are not held as individual pothole locations with repair dates. Regulation 12(4)(a) "
    "of the EIR therefore applies to this part of your request as the information is not held.",
    ICO_EIR,
    "Yours sincerely",
    "R. Okafor<br>Information Rights Officer")))

put("a03.html", page("FOI/18/0951", lh_a(True) + P(
    "Reference: FOI/18/0951",
    "30 October 2018",
    "Dear",
    "<b>REQUEST FOR INFORMATION &ndash; PUBLIC SPACE CCTV</b>",
    "Thank you for your request received on 2 October 2018. Netherfordshire County Council has now considered your "
    "request and the answers are given in the table below.") +
    table([
        ("How many public space CCTV cameras does the Council currently operate?",
         "214 cameras, of which 38 are re-deployable units."),
        ("Who supplied the cameras and who maintains them?",
         "The cameras were supplied and are maintained by Vistacam Systems under a five-year maintenance agreement."),
        ("Are the cameras monitored 24 hours a day? If not, what hours?",
         "Yes. The control room at Wrensford Police Station is staffed 24 hours a day, 365 days a year, jointly with "
         "Netherfordshire Police."),
        ("What was the annual cost of running the CCTV service in 2017/18 (staffing, maintenance and line rental)?",
         "&pound;96,000"),
        ("Can you provide a list or map of the camera locations?",
         "This information is reasonably accessible to you by other means and is therefore exempt under section 21 of the "
         "Freedom of Information Act. A map of camera locations is published at "
         "www.netherfordshire.gov.uk/community-safety/cctv-map."),
    ]) + P(ICO, "Kind regards", "Information Rights Unit<br>Netherfordshire County Council")))

put("a04.txt", """From: Information Rights Unit <foi@netherfordshire.gov.uk>
Sent: 25 April 2019 14:12
Subject: RE: Freedom of Information request - agency staff [Ref FOI/19/0388]

Dear

Request for information - FOI/19/0388

Thank you for your email of 28 March 2019 in which you asked for the following:

"(a) the total amount the council spent on agency staff in each of the last three financial years;
(b) the name of each employment agency used and the amount paid to each;
(c) for every agency worker engaged since 1 April 2016, their job role, the length of their assignment and the day rate paid."

Netherfordshire County Council holds some of this information. However, I am writing to inform you that we estimate the
cost of complying with your request would exceed the appropriate limit of GBP 450 (18 hours at GBP 25 per hour) set by
the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. The Council is therefore
not obliged to comply with your request by virtue of section 12(1) of the Freedom of Information Act 2000, and this
email serves as a refusal notice under section 17(5).

Agency placements are booked by individual services and the invoices are coded to service cost centres, not to a single
agency budget. To answer (c) we would need to examine approximately 1,900 invoices and match each to a booking form
held locally by the service. At a conservative estimate of 3 minutes per invoice this is 95 hours of work. Because the
parts of your request relate to the same overarching subject, the costs may be aggregated and the whole request is
refused.

Under section 16 we are required to provide advice and assistance. If you were to restrict your request to (a) alone
the Council would be able to reconsider it; you may wish to note that agency expenditure over GBP 500 is included in
our monthly spend data, which you can download from the open data pages of our website.

If you are not satisfied with the response you may ask for an internal review within 40 working days. You may also
complain to the Information Commissioner under section 50 of the Act.

Regards

Information Rights Unit
Legal and Democratic Services
Netherfordshire County Council
""")

CC_2020_P1 = [
    "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
    "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.",
    "Contract Duration: For each supplier, please state the contract duration of the contract. If available, please also include any contract extensions.",
    "Contract Expiry: For each supplier, please state the date of when the contract expires.",
    "Contract Review: For each supplier, please state the date of when the contract will be reviewed.",
    "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.",
    "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract. Please provide me with their full name, actual job title, contact number and direct email address. At the very least please provide me with their actual job title.",
    "Number of Agents; please provide me with the total number of contact centre agents.",
    "Number of Sites; please can you provide me with the number of sites the contact centre covers.",
    "Do you use Microsoft Exchange 2003 as your email server? If not, then which products do you use?",
]
CC_2020_P2 = [
    "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
    "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.",
    "Contract Expiry: For each supplier, please state the date of when the contract expires.",
    "Contract Review: For each supplier, please state the date of when the contract will be reviewed.",
    "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.",
    "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract. Please provide me with their full name, actual job title, contact number and direct email address.",
]

put("a05.html", page("FOI/20/0163", lh_a(True) + P(
    "11th February 2020",
    "Our reference: FOI/20/0163",
    "Dear",
    "<b>FREEDOM OF INFORMATION REQUEST &ndash; FOI/20/0163 &ndash; Contact centre and inbound network contracts</b>",
    "I refer to your request for information received by Netherfordshire County Council on 15 January 2020. "
    "I note you seek access to the following information:",
    "<i>The first part of my request relates to contact centre service contracts. Please send me the following "
    "information for each provider:</i>") +
    "<p><i>" + "<br>".join("%d. %s" % (i + 1, t) for i, t in enumerate(CC_2020_P1)) + "</i></p>" +
    P("<i>The second part of my request relates to inbound network services contracts (0800, 0845, 0870, 0300 numbers, "
      "call routing, caller identifier, IVR). For a contract relating to the above please can you provide me with:</i>") +
    "<p><i>" + "<br>".join("%d. %s" % (i + 1, t) for i, t in enumerate(CC_2020_P2)) + "</i></p>" +
    P("Your request has now been considered. The Council holds the information you have asked for; however I am "
      "withholding the spend information requested at question 2 in part 1 and question 2 in part 2 under section 43(2) "
      "of the Act, and the names and direct contact details of officers requested at question 7 in part 1 and question "
      "6 in part 2 under section 40(2). The job titles of the responsible officers are provided below.",
      "<b>Section 43(2) &ndash; Commercial interests</b>",
      "Section 43(2) exempts information whose disclosure would, or would be likely to, prejudice the commercial "
      "interests of any person, including the public authority holding it. The contact centre and inbound network "
      "services are to be re-procured during 2020/21. Releasing the current annual spend would reveal the pricing "
      "accepted by the Council and would be likely to prejudice both the incumbent suppliers&rsquo; position and the "
      "Council&rsquo;s ability to obtain best value in the forthcoming tender.",
      "<b>Public interest test</b>",
      "Factors favouring disclosure: transparency in the use of public funds and accountability for procurement "
      "decisions. Factors favouring non-disclosure: the risk of distorting a live procurement and the Council&rsquo;s "
      "duty to obtain value for money. On balance, the public interest favours withholding the figures at this time. "
      "The Council publishes all spend over &pound;500, which provides a measure of transparency.",
      "<b>Section 40(2) &ndash; Personal information</b>",
      "The names, telephone numbers and email addresses of officers below senior management level are personal data "
      "and disclosure would breach the first data protection principle. Section 40(2) is an absolute exemption. "
      "(For completeness, the Council has not relied on section 36 or section 41.)",
      "The response to the remaining questions is provided below.",
      "<b>Part 1</b>",
      "Question 1 &ndash; Telvanta Ltd",
      "Question 3 &ndash; The contract was let for an initial three years from 1 April 2017 and has been extended by "
      "three years under the extension provisions.",
      "Question 4 &ndash; 31 March 2023",
      "Question 5 &ndash; The contract will be reviewed in April 2022 ahead of re-procurement.",
      "Question 6 &ndash; Hosted contact centre platform: automatic call distribution, call recording, web chat, "
      "social media integration and performance dashboards.",
      "Question 7 &ndash; Head of Customer Services (name and direct contact details withheld, see above). The team "
      "mailbox is customer.services@netherfordshire.gov.uk.",
      "Question 8 &ndash; 58 FTE",
      "Question 9 &ndash; 2",
      "Question 10 &ndash; No. The Council moved to Microsoft Exchange Online (Office 365) in 2019.",
      "<b>Part 2</b>",
      "Question 1 &ndash; Callspan Networks",
      "Question 3 &ndash; 30 September 2022",
      "Question 4 &ndash; October 2021",
      "Question 5 &ndash; Inbound 0300/0800 numbers, intelligent call routing and IVR.",
      "Question 6 &ndash; Telecoms Manager (name and direct contact details withheld).",
      ICO,
      "Yours sincerely",
      "Information Rights Officer")))

put("a06.html", page("Disclosure log - NCC-FOI-2022-00544", """
<div style="background:#1d3b5a;color:#fff;padding:8px;font-family:sans-serif">Netherfordshire County Council &nbsp;|&nbsp;
Home &nbsp; Bins and recycling &nbsp; Roads and travel &nbsp; Schools &nbsp; Social care &nbsp; Your council &nbsp; Search</div>
<div style="border:1px solid #999;padding:6px;font-size:9pt;font-family:sans-serif">We use cookies to make this website work.
<b>Accept all cookies</b> &nbsp; <b>Reject optional cookies</b> &nbsp; Cookie settings</div>
<p style="font-size:9pt;font-family:sans-serif">Home &gt; Your council &gt; Freedom of information &gt; Disclosure log &gt; 2022</p>
<h2 style="font-family:sans-serif">Highways maintenance term contract</h2>
<table style="font-family:sans-serif;font-size:10pt">
<tr><td>Reference</td><td>NCC-FOI-2022-00544</td></tr>
<tr><td>Date received</td><td>26/04/2022</td></tr>
<tr><td>Date responded</td><td>24/05/2022</td></tr>
<tr><td>Category</td><td>Highways, Contracts</td></tr>
</table>
<h3 style="font-family:sans-serif">Request</h3>
<p>1. Who is the Council&rsquo;s current highways maintenance term contractor?</p>
<p>2. What is the total value of the contract, and the amount paid to the contractor in 2020/21?</p>
<p>3. When did the contract start and when does it end, including any extension options?</p>
<p>4. Please provide the most recent contract performance (KPI) reports.</p>
<h3 style="font-family:sans-serif">Response</h3>
<p>1. Response: Marlow Highways Ltd.</p>
<p>2. Response: The Council holds this information but it is exempt under section 43(2) of the Freedom of Information
Act 2000 (commercial interests). The contract is subject to an annual price review and disclosure of the contract value and
payments would be likely to prejudice the Council&rsquo;s negotiating position and the contractor&rsquo;s commercial
interests. Having weighed the public interest, we consider that it favours maintaining the exemption.</p>
<p>3. Response: The contract commenced on 1 April 2019 for seven years, with an option to extend for up to three further
years.</p>
<p>4. Response: Quarterly KPI reports are published with the papers of the Highways and Transport Scrutiny Committee and
are therefore exempt under section 21 (information reasonably accessible by other means). They can be found at
www.netherfordshire.gov.uk/committees/highways-scrutiny.</p>
<hr>
<div style="font-size:9pt;font-family:sans-serif;color:#444">Was this page helpful? Yes / No<br>
Contact us &nbsp; Accessibility statement &nbsp; Privacy &nbsp; Cookies &nbsp; Jobs<br>
&copy; Netherfordshire County Council 2022, County Hall, Castle Hill, Wrensford NF1 2QA</div>
""", css="body{font-family:'Liberation Serif',serif;font-size:11pt;}"))

put("a08.html", page("NCC-EIR-2022-01312", lh_a(False) + P(
    "Date: 15 November 2022<br>Our ref: NCC-EIR-2022-01312",
    "Dear",
    "<b>Environmental Information Regulations 2004: Request NCC-EIR-2022-01312</b>",
    "Thank you for your request dated 18 October 2022. Information about waste management is environmental "
    "information, so we have dealt with your request under the Environmental Information Regulations 2004.",
    "<b>You asked:</b> Which company holds the council&rsquo;s residual waste treatment and disposal contract?",
    "<b>Our response:</b> Greystone Resource Management holds the residual waste treatment contract.",
    "<b>You asked:</b> How many tonnes of household waste were sent to landfill in 2021/22?",
    "<b>Our response:</b> 41,870 tonnes.",
    "<b>You asked:</b> What is the annual value of that contract?",
    "<b>Our response:</b> We hold this information but are withholding it under regulation 12(5)(e) of the EIR, "
    "which protects the confidentiality of commercial or industrial information where such confidentiality is provided "
    "by law to protect a legitimate economic interest. The gate fee per tonne is commercially confidential under the "
    "contract terms and its release would harm Greystone&rsquo;s position in other local authority tenders. We have "
    "considered the public interest and the presumption in favour of disclosure in regulation 12(2), and concluded that "
    "the public interest in maintaining the exception outweighs that in disclosure.",
    "<b>You asked:</b> What was the council&rsquo;s household recycling rate for 2021/22?",
    "<b>Our response:</b> This is published by DEFRA in the local authority collected waste statistics and on our "
    "website, so under regulation 6(1)(b) we are not required to provide it in another form: "
    "www.netherfordshire.gov.uk/waste-performance.",
    "<b>You asked:</b> How many energy-from-waste plants does the council own?",
    "<b>Our response:</b> None. The Council does not own any energy-from-waste facilities; residual waste is treated at "
    "a merchant facility under the contract above.",
    ICO_EIR,
    "Yours sincerely",
    "Information Governance Team")))

put("a09.html", page("NCC-IR-2023-0031", lh_a(False) + P(
    "<b>Internal Review</b><br>Review reference: NCC-IR-2023-0031<br>Original request: NCC-FOI-2022-01688<br>"
    "Date: 21 February 2023",
    "Dear",
    "I write in response to your email of 17 January 2023 asking for an internal review of the Council&rsquo;s response to "
    "your request NCC-FOI-2022-01688, received on 29 November 2022, about public space CCTV. I have reviewed the handling "
    "of your request and the original decision. I was not involved in the original response.",
    "<b>Your request</b>",
    "1. The number of public space CCTV cameras operated by the council.<br>"
    "2. The manufacturer and maintainer of the cameras.<br>"
    "3. The street location of each camera.<br>"
    "4. Annual running costs of the CCTV system for 2021/22.<br>"
    "5. Whether any council camera uses live facial recognition.",
    "<b>Original decision</b>",
    "The original response answered questions 1, 2 and 5, and withheld questions 3 and 4 under section 31(1)(a) "
    "(prevention or detection of crime).",
    "<b>Outcome of review</b>",
    "I have concluded that the original decision was correct in part. Changes are shown in bold.",
    "Question 1: 187 cameras (the reduction since 2018 reflects the decommissioning of analogue cameras).",
    "Question 2: Vistacam Systems.",
    "Question 3: I uphold the use of section 31(1)(a). Since 2019 the Council has ceased publishing camera locations on "
    "the advice of Netherfordshire Police, because a full list would show where coverage is absent and would be "
    "likely to prejudice the prevention or detection of crime. Signs are displayed at every camera site. The public "
    "interest favours withholding the list.",
    "Question 4: <b>The original decision was not correct. Running costs are not information whose release would "
    "prejudice law enforcement. The annual running cost for 2021/22 was &pound;88,750 (staffing &pound;61,200, "
    "maintenance &pound;19,900, transmission &pound;7,650).</b>",
    "Question 5: No. None of the Council&rsquo;s cameras uses live facial recognition.",
    "If you remain dissatisfied you may now complain to the Information Commissioner&rsquo;s Office, Wycliffe House, "
    "Water Lane, Wilmslow SK9 5AF (section 50 of the Freedom of Information Act 2000).",
    "Yours sincerely",
    "Senior Information Governance Officer (Reviewing Officer)")))

put("a10.html", page("NCC-FOI-2024-00298", lh_a(False) + P(
    "FOI reference: NCC-FOI-2024-00298 &nbsp;&nbsp; Date: 07/03/2024",
    "Dear",
    "<b>Your request for information &ndash; contact centre and inbound telephony contracts</b>",
    "Thank you for your request of 08/02/2024. Netherfordshire County Council holds the information you asked for. "
    "Our answers are in the table below. You asked about contact centre contracts (questions 1&ndash;9) and inbound "
    "network contracts (questions 10&ndash;13).") +
    table([
        ("1. Contact centre &ndash; incumbent supplier for each contract", "Telvanta Ltd"),
        ("2. Contact centre &ndash; annual average spend over the last three years", "&pound;96,450"),
        ("3. Contact centre &ndash; contract duration including any extensions",
         "Five years from 1 April 2021, with an option to extend by two further years."),
        ("4. Contact centre &ndash; date the contract expires", "31 March 2026"),
        ("5. Contact centre &ndash; date the contract will next be reviewed", "October 2025"),
        ("6. Contact centre &ndash; brief description of the services provided",
         "Cloud contact centre platform: omnichannel routing (voice, web chat, email, social media), call recording, "
         "workforce management and reporting."),
        ("7. Contact centre &ndash; person responsible for the contract (name, job title, number, email). At the very "
         "least the job title.",
         "Head of Customer Contact. Contact can be made via customer.contact@netherfordshire.gov.uk."),
        ("8. Total number of contact centre agents", "71"),
        ("9. Do you use Microsoft Exchange 2003 as your email server? If not, which products do you use?",
         "No &ndash; Microsoft Exchange Online"),
        ("10. Inbound network services &ndash; incumbent supplier", "Callspan Networks"),
        ("11. Inbound network services &ndash; annual average spend over three years",
         "Withheld. We consider this information exempt under section 43(2) of the Freedom of Information Act "
         "(commercial interests) because the inbound telephony contract is being re-tendered this year. The public "
         "interest test is set out below the table."),
        ("12. Inbound network services &ndash; contract expiry date", "30 September 2025"),
        ("13. Inbound network services &ndash; responsible officer", "Telecoms Manager"),
    ]) + P(
    "<b>Public interest test (question 11)</b>",
    "There is a public interest in transparency about spend. However, disclosure of the current price during a live "
    "procurement would be likely to prejudice the Council&rsquo;s ability to secure best value and the incumbent&rsquo;s "
    "commercial position. On balance, the public interest favours maintaining the exemption.",
    ICO, "Kind regards", "Information Governance Team<br>Netherfordshire County Council")))

put("a11.html", page("NCC-EIR-2024-00661", lh_a(False) + P(
    "Ref: NCC-EIR-2024-00661",
    "28 May 2024",
    "Dear",
    "<b>Request for information &ndash; pothole reports and claims</b>",
    "Thank you for your request, which we received on 30 April 2024. We have handled it under the Environmental "
    "Information Regulations 2004. You asked for:") +
    ol(["The number of potholes reported to the council in 2023/24.",
        "The number of compensation claims for vehicle damage caused by potholes that the council received in 2023/24.",
        "How much compensation the council paid out for pothole damage claims in 2023/24.",
        "A list showing the location of every pothole reported in 2023/24 and the date on which each was repaired.",
        "The average time taken to repair a reported pothole."]) + P(
    "In answer to point 3, &pound;48,915 was paid in settlement of pothole damage claims in 2023/24.",
    "In answer to point 1, 19,882 potholes were reported.",
    "In answer to point 2, the council received 402 claims.",
    "In answer to point 5, the average time to repair was 6.4 working days for category 2 defects; category 1 (urgent) "
    "defects are made safe within 24 hours.",
    "In answer to point 4, we do not hold a list of individual pothole locations with repair dates. Our asset "
    "management system records defects against highway sections and works orders, and we are not required to create "
    "new information to answer a request. Regulation 12(4)(a) of the EIR applies (information not held).",
    ICO_EIR,
    "Yours sincerely",
    "Information Governance Team")))

put("ad1.html", page("DRAFT NCC-FOI-2025-00412", "<p class=hd align=center><b>DRAFT &ndash; NOT FOR RELEASE &ndash; v2 (legal check pending)</b></p>" +
    lh_a(False) + P(
    "Our ref: NCC-FOI-2025-00412<br>Date: 2 April 2025",
    "Dear",
    "<b>Freedom of Information request &ndash; contact centre and inbound telephony</b>",
    "Thank you for your request received on 5 March 2025. Netherfordshire County Council holds the information you "
    "asked for. I have set out each of your questions below with our answer underneath.",
    "<b>Part one &ndash; contact centre solution</b>") +
    ol(["Who is your current contact centre solution provider?<br><b>Response:</b> Telvanta Ltd.",
        "What has the organisation spent on average per year with that provider over the past three years?<br>"
        "<b>Response:</b> The Council holds this information but it is withheld under section 43(2) (commercial "
        "interests). The contact centre contract is due to be re-procured and releasing the current price would be "
        "likely to prejudice the Council&rsquo;s position in that procurement. The public interest test is set out "
        "at the end of this letter.",
        "How long is the contract, including any extension options?<br><b>Response:</b> Five years from 1 April "
        "2021, with an option to extend by two further years.",
        "On what date does the current contract come to an end?<br><b>Response:</b> 31 March 2026.",
        "Please describe briefly what the contract covers.<br><b>Response:</b> Cloud contact centre platform: "
        "omnichannel routing (voice, web chat, email, social media), call recording, workforce management and reporting.",
        "Who within the council manages the contract? Please give their name, job title, telephone number and email "
        "address, or if you cannot give a name, at least the job title.<br><b>Response:</b> Head of Customer Contact. "
        "The officer&rsquo;s name, direct telephone number and email address are personal data and are withheld under "
        "section 40(2).",
        "How many agents work in the contact centre?<br><b>Response:</b> 64 <span style=\"background:yellow\">[CS to "
        "confirm FTE figure]</span>",
        "Do you intend to go out to market for a new contact centre solution in the next 12 months?<br>"
        "<b>Response:</b> Yes. A procurement exercise is planned to start in autumn 2025.",
        "Which email platform does the organisation use?<br><b>Response:</b> Microsoft Exchange Online."]) + P(
    "<b>Part two &ndash; inbound telephony</b>") +
    ol(["Who provides your inbound number and call-routing services?<br><b>Response:</b> Callspan Networks.",
        "What has the organisation spent on average per year with that provider over the past three years?<br>"
        "<b>Response:</b> Withheld under section 43(2), for the reasons given at question 2 of part one.",
        "On what date does the current contract come to an end?<br><b>Response:</b> 30 September 2025.",
        "Who within the council manages the contract?<br><b>Response:</b> Telecoms Manager."]) + P(
    "<b>Public interest test &ndash; section 43(2)</b>",
    "We recognise the public interest in openness about how public money is spent. Against that, the Council must "
    "obtain best value when it re-procures these services, and disclosure of current pricing ahead of the procurement "
    "would weaken competition. We have concluded that the balance of the public interest favours withholding the "
    "spend figures.",
    ICO, "Yours sincerely", "Information Governance Team")))

put("ad2.html", page("NCC-EIR-2025-00977", lh_a(False) + P(
    "Our reference: NCC-EIR-2025-00977",
    "19 June 2025",
    "Dear",
    "<b>Environmental Information Regulations 2004 &ndash; pothole defects, claims and highways contract</b>",
    "We received your request on 22 May 2025. As it concerns the road network, we have considered it under the "
    "Environmental Information Regulations 2004 (EIR).",
    "<b>REQUEST 1</b><br>How many pothole defects were logged by the council during 2024/25?",
    "<b>RESPONSE</b><br>21,406 pothole defects were logged in 2024/25.",
    "<b>REQUEST 2</b><br>In 2024/25, what total sum did the council pay to motorists whose claims for pothole damage "
    "succeeded?",
    "<b>RESPONSE</b><br>Since 1 April 2024 third-party highway claims have been handled end to end by the Council&rsquo;s "
    "insurer under a new claims-handling arrangement. The Council does not hold a record of the amounts paid on "
    "individual claims or a total, and we do not collate this information. Regulation 12(4)(a) therefore applies.",
    "<b>REQUEST 3</b><br>For every pothole reported in 2024/25 please give the street, grid reference and the date it "
    "was fixed.",
    "<b>RESPONSE</b><br>Our system records defects against highway sections. To produce the list you ask for we would "
    "need to extract and manually cross-match over 21,000 defect records with works orders. At two minutes per record "
    "this would take more than 700 hours. We consider the request for this information manifestly unreasonable and "
    "refuse it under regulation 12(4)(b) of the EIR. The public interest in maintaining the exception outweighs that "
    "in disclosure given the diversion of resources from highway maintenance.",
    "<b>REQUEST 4</b><br>What is the annual value of the council&rsquo;s highways maintenance term contract?",
    "<b>RESPONSE</b><br>This information is withheld under regulation 12(5)(e) (confidentiality of commercial "
    "information). The contract&rsquo;s schedule of rates is confidential and is about to be renegotiated at the "
    "extension point; disclosure would harm the legitimate economic interests of the Council and of the contractor.",
    "<b>REQUEST 5</b><br>Which company holds the highways maintenance contract?",
    "<b>RESPONSE</b><br>Marlow Highways Ltd.",
    ICO_EIR, "Yours sincerely", "Information Governance Team")))

put("ad3.txt", """From: Chris Hallam <chris.hallam.research@example.org>
Sent: Tuesday, 14 October 2025 09:41
To: FOI <foi@netherfordshire.gov.uk>
Subject: Freedom of Information request - CCTV  [NCC-FOI-2025-01544]

Netherfordshire County Council reference: NCC-FOI-2025-01544
Date received: 14/10/2025

Dear Netherfordshire County Council,

Under the Freedom of Information Act 2000 I would like to request the following information about the public
space CCTV cameras operated by the council:

 * how many public space cameras the council operates at present;
 * who manufactured the cameras, and which company maintains them;
 * the street location of each camera (a list or a map is fine);
 * whether any of the council's cameras use live facial recognition technology;
 * whether any of the cameras are capable of automatic number plate recognition;
 * the total cost of running the CCTV service in 2024/25.

I would prefer to receive the information electronically. If any part of this request is unclear, please contact
me. I understand that under the Act you should respond within 20 working days.

Yours faithfully,

Chris Hallam
""")

# ====================================================================== B
put("b01.html", page("FOI 0388/17", lh_b() + P(
    "Our Ref: FOI 0388/17",
    "12 September 2017",
    "Dear",
    "<b>Freedom of Information Request</b>",
    "Your request for information received on 15 August 2017 has been handled under the Freedom of Information Act 2000. "
    "You requested the following information:",
    "<i>1. The name of the supplier of the Trust&rsquo;s electronic patient record (EPR) system.<br>"
    "2. The total contract value of the EPR contract.<br>"
    "3. The name of the supplier of the Trust&rsquo;s telephony system (switchboard and handsets).<br>"
    "4. The expiry date of the telephony contract.</i>",
    "<b>Response</b>",
    "1. Meditrak Systems.",
    "2. The Trust holds this information. It is exempt from disclosure under Section 43 (2) of the Freedom of "
    "Information Act, Commercial Interests. The EPR contract was procured through a regional framework and pricing "
    "information submitted in confidence by the supplier, if released, would be likely to prejudice the commercial "
    "interests of the supplier and of the Trust in future negotiations. The Trust has considered the public interest "
    "and concluded that it favours withholding the information.",
    "3. Unify Voice Services.",
    "4. 31 December 2019.",
    ICO_B,
    "Yours sincerely",
    "Information Governance Department") + BANNER_B))

put("b02.html", page("FOI 0219/18", lh_b() + P(
    "Reference: FOI 0219/18<br>Date: 07/06/2018",
    "Dear",
    "<b>RE: Freedom of Information request &ndash; agency and locum staff</b>",
    "I refer to your request dated 10/05/2018. Please find the Trust&rsquo;s response below.",
    "<b>Request 1</b><br>Total spend on agency and locum staff (all staff groups) in 2017/18.",
    "<b>Answer</b><br>&pound;8,912,440",
    "<b>Request 2</b><br>The five agencies the Trust spent most with in 2017/18.",
    "<b>Answer</b><br>Thornfield Medical Staffing; Meridian Nursing; Northstar Locums; CarePoint Recruitment; "
    "Allied Health Direct.",
    "<b>Request 3</b><br>The highest hourly rate paid to an agency locum doctor in 2017/18.",
    "<b>Answer</b><br>&pound;125 per hour (consultant, emergency medicine).",
    "<b>Request 4</b><br>The names of the locum doctors paid more than &pound;100 per hour.",
    "<b>Answer</b><br>The names of individual locum doctors are personal data. Disclosure would not be fair or lawful "
    "and the information is exempt under section 40(2) of the FOI Act.",
    ICO_B, "Yours sincerely", "Information Governance Department") + BANNER_B))

put("b03.html", page("FOI 0154/19", lh_b() + P(
    "FOI 0154/19",
    "19th March 2019",
    "Dear",
    "<b>Freedom of Information request &ndash; cyber security</b>",
    "Thank you for your request received 20th February 2019 for the following information:") +
    ol(["How many cyber attacks resulting in a breach of the Trust&rsquo;s systems occurred in 2018?",
        "Has the Trust ever paid a ransom following a ransomware attack?",
        "What is the Trust&rsquo;s annual budget for cyber security?",
        "What percentage of staff completed cyber security training in 2018?"]) + P(
    "The Trust&rsquo;s response is as follows.",
    "1. Nil. There were no successful cyber attacks on Trust systems in 2018.",
    "2. No.",
    "3. The Trust does not publish its cyber security budget. This information is withheld under section 31(1)(a) of "
    "the Freedom of Information Act 2000 because disclosure would indicate the level of investment in particular "
    "defences and would be likely to prejudice the prevention of crime. We have considered the public interest and "
    "consider that it favours withholding the information.",
    "4. 79% of staff had completed the mandatory information governance and cyber awareness module at 31 December 2018.",
    ICO_B, "Yours sincerely", "Information Governance Department")))

put("b04.txt", """Causeway and Glens Health and Social Care Trust
Information Governance Department
Glenariff House, 14 Mill Road, Ballyharran BT53 9QP

Our reference: FOI 0611/19
Date: 22 October 2019

Dear

FREEDOM OF INFORMATION ACT 2000 - SOFTWARE LICENCES

I refer to your request received on 24 September 2019 in which you asked:

  1. Whether any directorate or department of the Trust has purchased software licences outside the Trust's central
     Microsoft and Oracle agreements since April 2016, and if so which products;
  2. How much was spent on such licences by each directorate in each year;
  3. How many licences purchased outside the central agreements are currently unused.

Software purchases made outside the central agreements are not recorded centrally. Each of the Trust's 146 cost centres
makes its own purchases through the finance system using general "IT consumables" codes. To establish whether the Trust
holds any information within the scope of your request, staff would need to review every IT consumables transaction
since April 2016 (approximately 6,300 lines) and check the supporting invoice. At an estimated 2 minutes per line, this
would take around 210 hours.

Section 12(2) of the Freedom of Information Act provides that a public authority is not obliged to comply with the
duty to confirm or deny whether information is held if the estimated cost of doing so alone would exceed the
appropriate limit. The appropriate limit for the Trust is GBP 450, equivalent to 18 hours of work. The Trust therefore
neither confirms nor denies that it holds the information you have requested, under section 12(2), and this letter
acts as a refusal notice under section 17(5).

Advice and assistance: the Trust's central software agreements are listed in its published contracts register. You may
wish to narrow your request to a single directorate and a single year, which we may be able to answer within the limit.

If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days.
You may then apply to the Information Commissioner's Office, Belfast.

Yours sincerely

Information Governance Manager
""")

put("b05.html", page("FOI 0702/20", lh_b() + P(
    "Our Ref: FOI 0702/20",
    "17 November 2020",
    "Dear",
    "<b>Freedom of Information Request &ndash; ICT systems</b>",
    "Your request received on 20 October 2020 has been considered under the Freedom of Information Act 2000. You asked:",
    "1. Who supplies your electronic patient record system?<br>"
    "2. What is the value of the EPR contract?<br>"
    "3. Who supplies the Trust&rsquo;s telephone system?<br>"
    "4. When does the telephony contract expire?<br>"
    "5. Which company hosts the Trust&rsquo;s cloud services?",
    "<b>Response</b>",
    "1. Meditrak Systems",
    "2. This information is withheld under section 43(2) of the Act (commercial interests). The contract value "
    "was provided in confidence under a regional framework and its release would be likely to prejudice the commercial "
    "interests of the supplier and the Trust. The public interest favours withholding it.",
    "3. Unify Voice Services",
    "4. 31 December 2022 (extended from December 2019)",
    "5. The Trust uses Microsoft Azure, provided through the HSC regional agreement.",
    ICO_B, "Yours sincerely", "Information Governance Department")))

put("b06.html", page("CGT-FOI-21-0233", lh_b() + P(
    "Our reference: CGT-FOI-21-0233<br>11 May 2021",
    "Dear",
    "Thank you for your request for information which we received on 13 April 2021. The Trust&rsquo;s response is below.",
    "<b>You asked:</b> Please state how much the Trust spent on agency and locum workers in 2020/21.",
    "<b>Our response:</b> &pound;10,206,315 (all staff groups).",
    "<b>You asked:</b> Which five agencies received the most money from the Trust in that year?",
    "<b>Our response:</b> Thornfield Medical Staffing, Meridian Nursing, CarePoint Recruitment, Northstar Locums, "
    "Apex Theatre Staff.",
    "<b>You asked:</b> What was the maximum hourly rate paid for a locum doctor?",
    "<b>Our response:</b> The Trust holds this information. Rates are negotiated individually with agencies operating "
    "outside the regional framework, and disclosure of the highest rate would be likely to prejudice the Trust&rsquo;s "
    "commercial interests in future negotiations. This information is exempt under section 43(2). The public interest "
    "in transparency is met in part by the published total spend; on balance the public interest favours withholding.",
    "<b>You asked:</b> How many shifts were filled by agency nurses?",
    "<b>Our response:</b> This information is not held. Agency nursing shifts are booked by individual wards and are "
    "not recorded centrally by number of shifts.",
    ICO_B, "Yours sincerely", "Information Governance Department") + BANNER_B))

put("b07.html", page("Disclosure Log CGT-FOI-22-0517", """
<div style="font-family:sans-serif;background:#00594f;color:white;padding:8px">Causeway and Glens HSC Trust &nbsp;&nbsp;
Our services &middot; Hospitals &middot; Careers &middot; Publications &middot; Contact us</div>
<div style="font-family:sans-serif;font-size:9pt;border:1px solid #ccc;padding:5px">This site uses cookies. By continuing
to browse you agree to our use of cookies. <b>OK</b> | More information</div>
<p style="font-family:sans-serif;font-size:9pt">Home / Publications / Freedom of Information / Disclosure Log</p>
<h2 style="font-family:sans-serif">CGT-FOI-22-0517 &ndash; Car parking income and charges</h2>
<p><b>Date of request:</b> 02 Aug 2022 &nbsp;&nbsp; <b>Date of response:</b> 30 Aug 2022</p>
<p><b>Q1.</b> How much income did the Trust receive from patient and visitor car parking in 2021/22?<br>
<b>A1.</b> None from charges. Car parking at Trust sites is free of charge for patients and visitors in line with
Department of Health policy; the Trust receives &pound;0 parking income.</p>
<p><b>Q2.</b> Do staff pay to park? If so, how much did the Trust receive in staff parking charges?<br>
<b>A2.</b> Staff at Causeway Area Hospital pay a permit charge of &pound;36 per year. Income in 2021/22 was &pound;51,300.</p>
<p><b>Q3.</b> Which company operates or enforces parking on Trust sites?<br>
<b>A3.</b> Parking is managed in-house by the Trust&rsquo;s Estates Services; no external operator is used.</p>
<p><b>Q4.</b> How many penalty charge notices were issued on Trust sites in 2021/22?<br>
<b>A4.</b> 0 &ndash; the Trust does not issue penalty charge notices.</p>
<hr><div style="font-family:sans-serif;font-size:8pt">Accessibility | Privacy notice | Terms of use | &copy; Causeway and
Glens Health and Social Care Trust</div>
""", css="body{font-family:'Liberation Serif',serif;font-size:11pt;}"))

put("b08.html", page("CGT-FOI-23-0390", lh_b() + P(
    "27 June 2023",
    "Dear",
    "<b>FREEDOM OF INFORMATION REQUEST &ndash; CGT-FOI-23-0390 &ndash; Cyber security</b>",
    "I refer to your request for information received by the Trust on 30 May 2023. I note you seek access to the "
    "following information:",
    "<i>Q1. How many cyber security incidents has the Trust recorded in the last 12 months?<br>"
    "Q2. Has the Trust paid a ransom in response to a ransomware attack in the last five years?<br>"
    "Q3. What is the Trust&rsquo;s annual spend on cyber security (staff, software and services)?<br>"
    "Q4. Which company provides your security operations centre (SOC) service?<br>"
    "Q5. Does the Trust hold cyber insurance?</i>",
    "Your request has been considered and I can confirm that the Trust holds information relevant to questions 1, 3, "
    "4 and 5. I am citing section 31(1)(a) of the Act in respect of questions 3 and 4. In respect of question 2 the "
    "Trust neither confirms nor denies whether it holds the information, relying on section 31(3).",
    "<b>Section 31 &ndash; Law enforcement</b>",
    "Section 31(1)(a) exempts information whose disclosure would, or would be likely to, prejudice the prevention or "
    "detection of crime. Details of the Trust&rsquo;s spending on defences and of the company providing its monitoring "
    "service would help a malicious actor to build a picture of the Trust&rsquo;s capability. Section 31(3) removes the "
    "duty to confirm or deny where doing so would itself be likely to cause that prejudice: confirming whether or not "
    "a ransom has ever been paid would signal to criminal groups whether the Trust is a profitable target.",
    "<b>Public interest test</b>",
    "Factors favouring disclosure &ndash; accountability for public money and reassurance that patient data is protected. "
    "Factors favouring non-disclosure &ndash; the real and current threat to health service systems and the harm to") + BANNER_B + \
    "<p style=\"page-break-before:always\">patient care that a successful attack would cause. The balance lies in favour of " \
    "maintaining the exemptions.</p>" + P(
    "The response to questions 1 and 5 is provided below.",
    "Question 1 &ndash; The Trust recorded 4 cyber security incidents in the 12 months to 30 April 2023. None resulted in "
    "the loss of patient data.",
    "Question 5 &ndash; The Trust does not hold a separate commercial cyber insurance policy; cover is provided through the "
    "HSC risk pooling arrangements.",
    ICO_B, "Yours sincerely", "Information Governance Department") + BANNER_B))

put("b09.html", page("CGT-FOI-23-0788", lh_b() + P(
    "Our reference: CGT-FOI-23-0788 &nbsp;&nbsp; Date: 21/11/2023",
    "Dear",
    "Thank you for your request for information about body worn cameras, received on 24/10/2023. The Trust&rsquo;s "
    "answers are set out in the table.") +
    table([
        ("Do security staff employed by the Trust wear body worn cameras?",
         "Yes. Security officers at Causeway Area Hospital and Glens General Hospital wear body worn cameras "
         "while on duty."),
        ("How many body worn camera devices does the Trust have?",
         "The Trust does not hold this information. Devices are held by the security contractor&rsquo;s site teams "
         "and the Trust does not hold an asset register of them."),
        ("Who supplied the body worn cameras?", "Redline Bodycam Ltd"),
        ("What was the cost to the Trust of purchasing the cameras?",
         "&pound;23,870 (including the docking stations and evidence management software licence)."),
        ("Please provide a copy of the Trust&rsquo;s policy on the use of body worn cameras.",
         "Please see the attached document: Body Worn Video Standard Operating Procedure v1.2."),
        ("How many incidents of violence and aggression against staff were recorded in 2022/23?",
         "212 incidents of physical assault on staff were recorded on the Trust&rsquo;s incident reporting system."),
    ], head=("Request", "Trust response")) + P(ICO_B, "Yours sincerely", "Information Governance Department") + BANNER_B))

AG_QS = ["How much did the Trust spend on agency and locum staff in 2023/24?",
         "Which five agencies did the Trust spend the most with in 2023/24?",
         "What was the highest hourly rate the Trust paid for an agency locum doctor in 2023/24?",
         "Please give the names of any locum doctors paid more than &pound;150 per hour.",
         "How many shifts were filled by agency nurses in 2023/24?"]

put("b10.html", page("CGT-IR-24-0093", lh_b() + P(
    "Our reference: CGT-IR-24-0093<br>Original request: CGT-FOI-24-0611<br>17 September 2024",
    "Dear",
    "<b>INTERNAL REVIEW &ndash; agency and locum expenditure</b>",
    "Your request CGT-FOI-24-0611 was received on 20 June 2024 and the Trust responded on 16 July 2024. On 2 August "
    "2024 you asked the Trust to review that response. This review has been carried out by a senior officer not "
    "involved in the original decision.",
    "Your original request was:") +
    ol(AG_QS) + P(
    "<b>The original response</b> withheld question 1 and question 3 under section 43(2) (commercial interests) and "
    "question 4 under section 40(2), gave the five agencies at question 2, and stated that the information at question "
    "5 was not held.",
    "<b>Review findings</b>",
    "Question 1: I have concluded that the original decision was not correct. Total agency expenditure is published by "
    "the Department of Health in aggregated form and the Trust&rsquo;s total does not reveal any individual price. "
    "<b>The Trust spent &pound;11,384,226 on agency and locum staff in 2023/24.</b>",
    "Question 2: Upheld &ndash; Thornfield Medical Staffing, Meridian Nursing, Northstar Locums, CarePoint Recruitment and "
    "Apex Theatre Staff.",
    "Question 3: Upheld. The highest rate is individually negotiated and remains exempt under section 43(2); the public "
    "interest continues to favour withholding it.",
    "Question 4: Upheld. The names of individual doctors are personal data and exempt under section 40(2).",
    "Question 5: Upheld. Agency nurse shifts are booked through ward rosters and the Trust does not hold a central "
    "count of shifts filled, so this information is not held.",
    "If you remain dissatisfied you may apply to the Information Commissioner&rsquo;s Office. (Please quote our "
    "reference CGT-IR-24-0093 and your original reference CGT-FOI-24-0611.)",
    "Yours sincerely",
    "Director of Corporate Services (Reviewing Officer)") + BANNER_B))

# ---- B drafts
put("bd1.html", page("CGT-FOI-25-0301", "<p align=right><b>DRAFT 2 &ndash; for IG Manager sign-off</b></p>" + lh_b() + P(
    "Our reference: CGT-FOI-25-0301",
    "15 April 2025",
    "Dear",
    "<b>Freedom of Information request &ndash; cyber incidents and security</b>",
    "Thank you for your request received on 18 March 2025. Each question and the Trust&rsquo;s answer are set out below.") +
    ol(["Please state the number of cyber security incidents recorded by the Trust in the past year.<br>"
        "<i>Answer:</i> The Trust neither confirms nor denies that it holds information about the number of cyber "
        "incidents, relying on sections 24(2) and 31(3) of the Freedom of Information Act. Following national guidance "
        "issued to HSC organisations in 2024, confirming numbers of incidents over time would allow attackers to "
        "gauge the effectiveness of the Trust&rsquo;s defences. This should not be taken as an indication that "
        "information is or is not held.",
        "In the last five years, has the Trust made any ransom payment to attackers?<br>"
        "<i>Answer:</i> The Trust holds information relating to this question. It is withheld under section 31(1)(a) "
        "(prevention or detection of crime).",
        "How much does the Trust spend each year on cyber security?<br>"
        "<i>Answer:</i> Withheld under section 24(1) (national security). Spending on cyber defences forms part of the "
        "protection of critical national infrastructure and its release would assist hostile actors. The public interest "
        "favours withholding the figure.",
        "Who provides the Trust&rsquo;s SOC (security operations centre) service?<br>"
        "<i>Answer:</i> Sentrawave Security Ltd, under the regional HSC cyber security services contract.",
        "Does the Trust have an insurance policy covering cyber attacks?<br>"
        "<i>Answer:</i> The Trust does not hold a separate commercial cyber insurance policy; cover is provided through "
        "the HSC risk pooling arrangements."]) + P(
    "<b>Public interest test (sections 24 and 31)</b>",
    "We have weighed the public interest in transparency against the protection of health service systems from attack, "
    "and concluded that the balance favours withholding the information and maintaining the neither confirm nor deny "
    "position.", ICO_B, "Yours sincerely", "Information Governance Department")))

put("bd2.html", page("CGT-FOI-25-0842", lh_b() + P(
    "Our reference: CGT-FOI-25-0842",
    "23 September 2025",
    "Dear",
    "<b>Freedom of Information request &ndash; agency and locum staff 2023/24</b>",
    "Thank you for your email of 26 August 2025, received the same day. You explain that you asked the Trust for "
    "this information last year (our reference CGT-FOI-24-0611, reviewed under CGT-IR-24-0093) and would like the "
    "Trust to confirm its position for 2023/24 for your published comparison. Your questions and our answers are below.",
    "1. How much did the Trust spend on agency and locum staff in 2023/24?<br>"
    "Response: &pound;11,384,226.",
    "2. Which five agencies did the Trust spend the most with in 2023/24?<br>"
    "Response: Thornfield Medical Staffing, Meridian Nursing, Northstar Locums, CarePoint Recruitment and Apex Theatre Staff.",
    "3. What was the highest hourly rate the Trust paid for an agency locum doctor in 2023/24?<br>"
    "Response: This information is exempt under section 43(2) of the Freedom of Information Act (commercial interests). "
    "The rate was individually negotiated and its release would be likely to prejudice the Trust&rsquo;s position in "
    "future negotiations; the public interest favours withholding it.",
    "4. Please give the names of any locum doctors paid more than &pound;150 per hour.<br>"
    "Response: The names of individual doctors are personal data and are exempt under section 40(2).",
    "5. How many shifts were filled by agency nurses in 2023/24?<br>"
    "Response: The Trust does not hold this information. Agency nursing shifts are booked through ward rosters and no "
    "central count is kept.",
    "We have not treated your request as a repeated request under section 14(2), as a reasonable interval has elapsed.",
    ICO_B, "Yours sincerely", "Information Governance Department") + BANNER_B))

put("bd3.html", page("CGT-FOI-26-0047", lh_b() + P(
    "CGT-FOI-26-0047",
    "20 January 2026",
    "Dear",
    "<b>Your request for information &ndash; body worn cameras</b>",
    "We received your request on 19 December 2025. You asked:",
    "1. Are body worn cameras used by security staff in the Trust&rsquo;s hospitals?<br>"
    "2. How many body worn cameras are in use?<br>"
    "3. Which company supplied them?<br>"
    "4. How much did the Trust pay for the cameras and the associated software?<br>"
    "5. Please send me the Trust&rsquo;s body worn camera policy or procedure.<br>"
    "6. How many times did staff switch on their cameras to record an incident in 2024/25?",
    "<b>Response</b>",
    "Questions 1 &amp; 2: Yes. Since the security service was brought in-house in April 2025 the Trust holds an asset "
    "register of devices: 46 body worn cameras are in use across Causeway Area Hospital and Glens General Hospital.",
    "Question 3: Redline Bodycam Ltd.",
    "Question 4: The Trust holds this information but is withholding it under section 43(2) of the Freedom of "
    "Information Act. A contract for replacement devices is being negotiated and release of the price paid would be "
    "likely to prejudice the Trust&rsquo;s commercial interests. The public interest favours withholding the figure at "
    "this time.",
    "Question 5: The Body Worn Video Standard Operating Procedure is published on the Trust&rsquo;s website and is "
    "therefore exempt under section 21 as reasonably accessible: www.causewayglens.hscni.net/publications/bwv-sop.",
    "Question 6: Camera activations are not recorded in a way the Trust can report on; this information is not held.",
    ICO_B, "Yours sincerely", "Information Governance Department")))

# ====================================================================== C
put("c01.html", page("17/0456", lh_c() + P(
    "Our reference: 17/0456<br>Date: 22 August 2017",
    "Dear",
    "<b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 &ndash; REQUEST FOR INFORMATION</b>",
    "I refer to your request received on 25 July 2017, which is reproduced below.",
    "<i>1. Who is the council&rsquo;s supplier for corporate telephony (fixed lines and call handling)?<br>"
    "2. What does the council spend annually with that supplier?<br>"
    "3. When does the telephony contract end?<br>"
    "4. Who is the officer responsible for the telephony contract? Name and job title please.<br>"
    "5. For your contact centre system, please provide the supplier, the annual cost and the renewal date.<br>"
    "6. Who provides the council&rsquo;s multi-function printers/print management service?</i>",
    "The Council&rsquo;s response to each question is provided below.",
    "1. Kelvinside Telecom",
    "2. &pound;142,000 per annum (2016/17)",
    "3. 31 October 2019, with an option to extend for up to two years",
    "4. Mr Graham Lindsay, ICT Infrastructure Manager",
    "5. Corvane Contact Solutions; &pound;31,200 per annum; renewal due 1 April 2019",
    "6. Canonbury Print Solutions",
    SIC, "Yours faithfully", "Information Management Team<br>Ardlochan Council")))

put("c02.html", page("FOI 18/0311 - agency workers | Ardlochan Council", """
<div style="background:#4b2e83;color:#fff;padding:10px;font-family:sans-serif"><b>Ardlochan Council</b> &nbsp;
<a style="color:#fff" href="#">Home</a> | <a style="color:#fff" href="#">Council tax</a> | <a style="color:#fff" href="#">Bins</a> |
<a style="color:#fff" href="#">Schools</a> | <a style="color:#fff" href="#">Planning</a> | <a style="color:#fff" href="#">Contact</a></div>
<div id="cookie" style="background:#eee;padding:6px;font-family:sans-serif;font-size:small">Tell us whether you accept cookies.
We use cookies to collect information about how you use ardlochan.gov.uk. <button>Accept all cookies</button> <button>Set cookie preferences</button></div>
<nav style="font-size:small;font-family:sans-serif">You are here: Home &raquo; Council and government &raquo; Freedom of information &raquo; Disclosure log 2018</nav>
<main>
<h1>FOI 18/0311 &ndash; Agency workers</h1>
<p><strong>Request received:</strong> 17 April 2018<br><strong>Response issued:</strong> 15 May 2018</p>
<h2>Information requested</h2>
<p>Q1. What was the council&rsquo;s total expenditure on agency workers in 2017/18?<br>
A1. &pound;2,418,650</p>
<p>Q2. How many agency social workers were engaged by the council at 31 March 2018?<br>
A2. 7</p>
<p>Q3. Which agencies supplied the most staff?<br>
A3. The three agencies with the highest spend were Clydeside Temps, Scotia Social Care Recruitment and Harbour
Staffing Solutions.</p>
<p>If you are dissatisfied with this response you may request a review under section 20 of the Freedom of Information
(Scotland) Act 2002 within 40 working days.</p>
</main>
<footer style="font-size:small;font-family:sans-serif;border-top:1px solid #999;margin-top:20px">
<p>Accessibility | Privacy and cookies | Gaelic language plan | Site map</p>
<p>&copy; 2018 Ardlochan Council, Council Offices, Shore Street, Kilbrannan PA29 4LT</p></footer>
""", css="body{font-family:serif;max-width:900px}"))

put("c03.html", page("19/0274", lh_c() + P(
    "Reference: 19/0274",
    "9 April 2019",
    "Dear",
    "<b>Request for information &ndash; public space CCTV</b>",
    "Thank you for your request received 12 March 2019. Ardlochan Council&rsquo;s response is as follows.") +
    table([
        ("1. How many public space CCTV cameras does the council operate?", "118"),
        ("2. Are the cameras monitored and if so when?",
         "Cameras are monitored from the Kilbrannan control room between 08:00 and 02:00 seven days a week; outside "
         "those hours recordings are retained for review."),
        ("3. Does the council use facial recognition software with its CCTV?", "No."),
        ("4. Please list the locations of all cameras.",
         "The Council holds this information. It is exempt under section 35(1)(a) of the Freedom of Information "
         "(Scotland) Act 2002 (prevention or detection of crime). A complete list of camera locations would identify "
         "areas not covered by CCTV and would, or would be likely to, prejudice substantially the prevention or "
         "detection of crime. We have considered the public interest and find that it favours maintaining the exemption."),
        ("5. What was the cost of operating the CCTV system in 2017/18?", "&pound;188,300"),
    ], head=None) + P(SIC, "Yours sincerely", "Information Management Team")))

put("c04.txt", """ARDLOCHAN COUNCIL
Information Management Team, Council Offices, Shore Street, Kilbrannan PA29 4LT

Your ref: consultants
Our ref: 19/0990
Date: 03/12/2019

Dear

Freedom of Information (Scotland) Act 2002 - request for information

Thank you for your email received on 05/11/2019 requesting the following information:

- total spend on external consultants in each of the last five financial years;
- the names of the consultancy firms used and the amount paid to each;
- a description of each project on which consultants were engaged.

Section 12(1) of the Freedom of Information (Scotland) Act 2002 (FOISA) provides that a Scottish public authority is
not obliged to comply with a request where the cost of doing so would exceed the prescribed amount, which is currently
GBP 600. Consultancy engagements are not coded separately in the Council's finance system; they are recorded under
"professional fees", which also includes legal, valuation and audit fees. To identify consultancy spend we would need to
examine an estimated 4,800 transactions over five years, and the related purchase orders, at around 3 minutes each,
giving 240 hours. At the maximum rate of GBP 15 per hour set by the Fees Regulations, the cost would be GBP 3,600. The
Council is therefore not required to comply with your request and this letter is a notice under section 16(4) of FOISA.

To help you, you may wish to refine your request, for example to a single year or to a particular service. Please note
that this is not a refusal based on any of the exemptions in Part 2 of FOISA (for example section 33, commercial
interests); it is based on cost alone.

Your right to request a review: if you are unhappy with this response you may ask the Council to review it within
40 working days (section 20 of FOISA). If you are still dissatisfied you may apply to the Scottish Information
Commissioner (section 47).

Yours sincerely

Information Management Team
""")

put("c05.html", page("EIR/20/0142", lh_c() + P(
    "Our ref: EIR/20/0142",
    "8 September 2020",
    "Dear",
    "<b>Environmental Information (Scotland) Regulations 2004 &ndash; household waste</b>",
    "Your request of 11 August 2020 has been handled under the Environmental Information (Scotland) Regulations 2004 "
    "(the EIRs), as the information requested is environmental. The Council has applied the exemption in section 39(2) "
    "of FOISA so that the request is dealt with under the EIRs only.",
    "<b>You asked:</b> Who collects and disposes of the council&rsquo;s residual waste?",
    "<b>Our response:</b> Collection is carried out by the Council&rsquo;s own Waste Services; residual waste is disposed "
    "of under contract by Lochside Waste Management Ltd at the Ardgour landfill site.",
    "<b>You asked:</b> How many tonnes of household waste did the council collect in 2019/20?",
    "<b>Our response:</b> 38,944 tonnes, of which 17,120 tonnes were recycled or composted.",
    "<b>You asked:</b> How many fly-tipping incidents did the council clear in 2019/20?",
    "<b>Our response:</b> 1,162",
    "<b>You asked:</b> How many bin collections were missed in 2019/20?",
    "<b>Our response:</b> The Council does not hold this information. Missed collections reported by residents are "
    "logged as service requests and rectified, but the number of missed collections is not recorded. Under regulation "
    "10(4)(a) of the EIRs the Council is not required to make available information it does not hold.",
    "If you are dissatisfied you may ask for a review under regulation 16 within 40 working days, and thereafter apply to "
    "the Scottish Information Commissioner.",
    "Yours sincerely", "Information Management Team")))

put("c06.html", page("ARD-FOI-2021-0218", lh_c() + P(
    "16 March 2021",
    "Our ref: ARD-FOI-2021-0218",
    "Dear",
    "<b>Freedom of Information (Scotland) Act 2002 &ndash; telephony, contact centre and print contracts</b>",
    "I refer to your request received on 16 February 2021. You asked for the following:",
    "<i>1. Telephony &ndash; please name the organisation&rsquo;s current supplier of fixed-line and call handling services.<br>"
    "2. Telephony &ndash; the annual amount spent with that supplier.<br>"
    "3. Telephony &ndash; the end date of the current contract including extensions.<br>"
    "4. Telephony &ndash; name and job title of the officer responsible for the contract.<br>"
    "5. Contact centre &ndash; supplier, annual cost and renewal date of the contact centre platform.<br>"
    "6. Print &ndash; which company provides your managed print (multi-function device) service?</i>",
    "Ardlochan Council holds all of the information requested. I can confirm that the Council is withholding the "
    "information at questions 2 and 6 under section 33(1)(b) of FOISA, and the name requested at question 4 under "
    "section 38(1)(b). This letter serves as a refusal notice under section 16 for those questions.",
    "<b>Section 33(1)(b) &ndash; Commercial interests</b>",
    "The telephony service and the managed print service are both to be retendered through a national framework in "
    "2021/22. Disclosure of the current spend on telephony, or of the identity of the managed print provider while "
    "framework mini-competitions are under way, would, or would be likely to, prejudice substantially the commercial "
    "interests of the Council and its suppliers. The public interest in transparency is recognised, but on balance "
    "it favours maintaining the exemption. (This is not a case in which section 36, confidentiality, has been relied on.)",
    "<b>Section 38(1)(b) &ndash; Personal information</b>",
    "The name of an officer below Head of Service level is personal data; disclosure would breach the data protection "
    "principles. This exemption is absolute.",
    "Answers to the remaining questions:",
    "Question 1 &ndash; Kelvinside Telecom",
    "Question 3 &ndash; 31 October 2025 (including the two-year extension taken in 2019)",
    "Question 4 &ndash; Job title: ICT Infrastructure Manager",
    "Question 5 &ndash; Corvane Contact Solutions; &pound;38,500 per annum; next renewal 1 April 2025",
    SIC, "Yours sincerely", "Information Management Team")))

put("c07.html", page("Disclosure log ARD-FOI-2022-0744", """
<div style="background:#4b2e83;color:#fff;padding:10px;font-family:sans-serif"><b>Ardlochan Council</b> &nbsp; Home |
Council tax | Bins | Schools | Planning | Contact</div>
<div style="background:#eee;padding:6px;font-family:sans-serif;font-size:9pt">We use essential cookies to make this site work.
<b>Accept additional cookies</b> &nbsp; <b>Reject additional cookies</b></div>
<p style="font-family:sans-serif;font-size:9pt">Home &raquo; Freedom of information &raquo; Disclosure log &raquo; 2022</p>
<h1 style="font-family:sans-serif;font-size:18pt">ARD-FOI-2022-0744: CCTV cameras and control room</h1>
<p>Received: 24/05/2022 &nbsp;&nbsp; Responded: 21/06/2022</p>
<h3>Request</h3><p>How many public space CCTV cameras does the council currently have?</p>
<h3>Response</h3><p>131 cameras.</p>
<h3>Request</h3><p>When is the CCTV control room staffed?</p>
<h3>Response</h3><p>08:00 to 02:00 daily; extended to 24 hours on Friday and Saturday nights and during major events.</p>
<h3>Request</h3><p>Where is each camera located?</p>
<h3>Response</h3><p>Withheld. The Council considers that this information is exempt under section 35(1)(a) of the Freedom of
Information (Scotland) Act 2002. A full list would reveal gaps in coverage and would be likely to prejudice
substantially the prevention or detection of crime. The public interest favours withholding it.</p>
<h3>Request</h3><p>What did the CCTV service cost the council in 2021/22?</p>
<h3>Response</h3><p>&pound;212,400 (staffing, maintenance and fibre rental).</p>
<h3>Request</h3><p>How many staff operate the cameras in the control room?</p>
<h3>Response</h3><p>9 operators (7.6 FTE).</p>
<footer style="font-family:sans-serif;font-size:8pt;border-top:1px solid #999;margin-top:18px">Accessibility | Privacy |
Cookies | Gaelic | &copy; Ardlochan Council</footer>
""", css="body{font-family:'Liberation Serif',serif;font-size:11pt;}"))

put("c08.html", page("ARD-EIR-2023-0390", lh_c() + P(
    "ARD-EIR-2023-0390",
    "18 April 2023",
    "Dear",
    "<b>Environmental Information (Scotland) Regulations 2004 &ndash; potholes</b>",
    "Thank you for your request dated 21 March 2023, which we have handled under the EIRs. You asked:") +
    ol(["How many potholes were recorded on council roads in 2022?",
        "How much money did the council pay out in compensation for pothole damage in 2022?",
        "How many claims for pothole damage were made against the council in 2022?"]) + P(
    "Our response:",
    "1. 5,210 pothole defects were recorded on the Council&rsquo;s road network in calendar year 2022.",
    "2. The Council does not hold this information. Claims are settled by the Council&rsquo;s insurers and the Council "
    "does not receive details of the sums paid. Regulation 10(4)(a) of the EIRs applies.",
    "3. 146 claims were received.",
    "If you are dissatisfied you may ask for a review within 40 working days (regulation 16) and thereafter apply to the "
    "Scottish Information Commissioner.",
    "Yours sincerely", "Roads and Infrastructure / Information Management Team")))

put("c09.html", page("ARD-IR-2024-0012", lh_c() + P(
    "Review reference: ARD-IR-2024-0012",
    "Your original request: ARD-FOI-2023-1391 (received 28 November 2023)",
    "13 February 2024",
    "Dear",
    "<b>Outcome of review &ndash; CCTV</b>",
    "Thank you for your requirement for review dated 16 January 2024. The review was carried out by the Review Panel, "
    "which was not involved in the original decision.",
    "You asked for: (1) the number of public space CCTV cameras; (2) the locations of the cameras; (3) the annual cost of "
    "the CCTV service for 2022/23; (4) the number of staff who monitor the cameras; and (5) the hours during which the "
    "control room is staffed.",
    "The original response answered (1) and (5), withheld (2) and (4) under section 35(1)(a), and issued a notice under "
    "section 17 that (3) was not held.",
    "<b>Panel decision</b>",
    "(1) 126 cameras. No change.",
    "(2) The Panel did not uphold the use of section 35(1)(a). Since August 2023 the Council publishes a map of camera "
    "sites with the police, and the harm claimed could not be demonstrated. <b>A list of camera locations is enclosed "
    "with this letter.</b>",
    "(3) The Panel upheld the section 17 notice. Since the CCTV service moved into the integrated facilities contract in "
    "April 2022 its cost is not recorded separately, so the Council does not hold it.",
    "(4) The Panel upheld the use of section 35(1)(a) for staffing numbers. Shift strength indicates when the control "
    "room can respond to incidents and its release would be likely to prejudice substantially the prevention or "
    "detection of crime; the public interest favours withholding it.",
    "(5) 08:00 to 02:00 daily, with 24-hour cover on Friday and Saturday nights. No change.",
    "If you are dissatisfied with the outcome you may apply to the Scottish Information Commissioner within six months "
    "under section 47(1) of FOISA.",
    "Yours sincerely", "Clerk to the Review Panel")))

put("c10.html", page("ARD-FOI-2024-1120", lh_c() + P(
    "Our reference: ARD-FOI-2024-1120",
    "29th October 2024",
    "Dear",
    "<b>FOISA request &ndash; road defects and claims</b>",
    "Your request, received on 1st October 2024, reads:",
    "<i>&ldquo;Please tell me (one) how many potholes the council recorded in 2023/24; (two) the total paid out in "
    "settlement of pothole damage claims in 2023/24; (three) a copy of your road inspection and defect manual; and (four) "
    "how often each category of road is inspected.&rdquo;</i>",
    "Ardlochan Council&rsquo;s response:",
    "Point one: 5,870 potholes were recorded in 2023/24.",
    "Point two: The Council does not hold this information. Settlements are made by the Council&rsquo;s insurer and the "
    "sums paid are not reported to the Council. This is a notice under section 17(1) of FOISA that the information is "
    "not held.",
    "Point three: The Road Safety Inspection and Defect Manual is published on our website. Under section 25(1) of "
    "FOISA the information is exempt because it is reasonably obtainable: www.ardlochan.gov.uk/roads/inspection-manual.",
    "Point four: Category 1 (strategic) roads are inspected monthly; category 2 roads quarterly; category 3 and 4 roads "
    "annually. Footways in town centres are inspected monthly.",
    SIC, "Yours sincerely", "Information Management Team")))

# ---- C drafts
put("cd1.html", page("ARD-FOI-2025-0561", "<p align=right><i>DRAFT for Information Management Team Leader</i></p>" + lh_c() + P(
    "Our ref: ARD-FOI-2025-0561",
    "21 May 2025",
    "Dear",
    "<b>Request for information &ndash; telephony, contact centre and print services</b>",
    "Thank you for your request which the Council received on 23 April 2025. You asked:",
    "<i>1. Which company currently provides the council&rsquo;s telephone lines and call handling?<br>"
    "2. How much does the council pay that company each year?<br>"
    "3. How many telephone lines (extensions) does the council have?<br>"
    "4. On what date will the telephony contract end, taking account of extensions?<br>"
    "5. Which officer manages the telephony contract (name and job title)?<br>"
    "6. For the platform used by your contact centre, please give the supplier, what it costs each year and when it is "
    "due for renewal.<br>"
    "7. Who provides the council&rsquo;s managed print service?</i>",
    "The Council holds the information you have asked for. I can confirm that the Council is withholding the annual "
    "telephony spend requested at question 2 under section 30(c) of FOISA, the annual cost of the contact centre "
    "platform (part of question 6) under section 33(1)(b), and the name of the officer at question 5 under section "
    "38(1)(b). This letter is a refusal notice under section 16 for that information.",
    "<b>Section 30(c) &ndash; prejudice to the effective conduct of public affairs</b>",
    "The Council is part-way through a collaborative procurement for telephony with two neighbouring councils. "
    "Disclosing what the Council currently pays while evaluation is under way would, or would be likely to, prejudice "
    "substantially the effective conduct of that joint procurement. The public interest favours withholding the figure "
    "until contract award.",
    "<b>Section 33(1)(b) &ndash; commercial interests</b>",
    "The contact centre platform price was agreed at renewal under a confidential discount. Its release would be likely "
    "to prejudice substantially the supplier&rsquo;s commercial interests with other public bodies.",
    "<b>Section 38(1)(b) &ndash; personal data</b>",
    "The officer&rsquo;s name is personal data; its release would breach the data protection principles.",
    "Answers to your questions:",
    "1. Kelvinside Telecom",
    "3. 2,140 extensions, of which 1,610 are Teams telephony users.",
    "4. 31 October 2025",
    "5. Job title: ICT Infrastructure Manager (name withheld &ndash; see above)",
    "6. Supplier: Corvane Contact Solutions. Renewal date: 1 April 2028. Annual cost withheld under section 33(1)(b).",
    "7. Canonbury Print Solutions provide the managed print service under the Scottish Government national framework.",
    SIC, "Yours sincerely", "Information Management Team")))

put("cd2.html", page("ARD-FOI-2022-1930", "<p align=center><b>DRAFT &ndash; FRESH RESPONSE FOLLOWING DECISION 087/2025</b></p>" + lh_c() + P(
    "Our reference: ARD-FOI-2022-1930",
    "Date: 10 July 2025",
    "Dear",
    "<b>Your request of 6 December 2022 &ndash; CCTV</b>",
    "In Decision 087/2025 the Scottish Information Commissioner required the Council to issue a new review response to "
    "your request of 6 December 2022 (received that day), which had not been answered. The Council is required to "
    "respond on the basis of the information it held, and the position that applied, on the date of your request. "
    "The Council apologises for the delay.",
    "Your questions and our answers are set out below.") +
    ol(["How many CCTV cameras does the council operate in public places?<br>Answer: 131 cameras.",
        "What are the locations of those cameras?<br>Answer: The Council holds this information. It is exempt under "
        "section 35(1)(a) of FOISA (prevention or detection of crime): a list would reveal where there is no coverage. "
        "The public interest favours maintaining the exemption.",
        "What is the annual cost of running the CCTV service?<br>Answer: The Council did not hold this information at "
        "the time of your request. From April 2022 CCTV costs were absorbed into the integrated facilities management "
        "contract and were not recorded separately. This is a notice under section 17(1) of FOISA.",
        "How many control room operators does the council employ to watch the cameras?<br>Answer: Withheld under "
        "section 35(1)(a). Disclosing staffing levels would indicate when the control room is able to respond to "
        "incidents; the public interest favours withholding the number.",
        "How many CCTV cameras are installed inside council buildings such as offices and depots?<br>Answer: Internal "
        "cameras are managed by individual building managers and no central record of their number exists; the "
        "information is not held (section 17(1))."]) + P(
    "If you are dissatisfied with this response you may apply to the Scottish Information Commissioner. Because this "
    "response follows a decision of the Commissioner, you may also appeal on a point of law to the Court of Session.",
    "Yours sincerely", "Head of Legal and Democratic Services")))

put("cd3.html", page("ARD-FOI-2026-0133", lh_c() + P(
    "Reference ARD-FOI-2026-0133",
    "12 February 2026",
    "Dear",
    "<b>Freedom of Information (Scotland) Act 2002 &ndash; potholes, claims and road inspections</b>",
    "Thank you for your request received on 15 January 2026. You asked four questions, which are answered below.",
    "<b>You asked:</b> Please give the number of potholes recorded by the council in 2024/25.",
    "<b>Our response:</b> 6,412.",
    "<b>You asked:</b> What was the total amount the council paid to settle pothole damage claims in 2024/25?",
    "<b>Our response:</b> &pound;38,120. Since April 2024 pothole claims below &pound;5,000 have been handled in-house by "
    "the Council&rsquo;s Risk and Insurance team, so the Council now holds this figure.",
    "<b>You asked:</b> Could you send me the council&rsquo;s road inspection and defect manual?",
    "<b>Our response:</b> The manual is published at www.ardlochan.gov.uk/roads/inspection-manual and is therefore exempt "
    "under section 25(1) of FOISA (information otherwise accessible).",
    "<b>You asked:</b> How frequently is each category of road inspected?",
    "<b>Our response:</b> The Council does not report inspection frequency centrally. To establish the frequency for "
    "each category we would need to extract and examine the inspection records for each of the 2,300 road sections "
    "in the network, which we estimate at 5 minutes per section (over 190 hours). At &pound;15 per hour this would "
    "cost more than the &pound;600 limit, so under section 12(1) of FOISA the Council is not obliged to comply with this "
    "part of your request. This is a notice under section 16(4).",
    SIC, "Yours sincerely", "Information Management Team")))

# ====================================================================== D
put("d01.html", page("FOI2017/04418", lh_d() + P(
    "Our reference: FOI2017/04418",
    "7 November 2017",
    "Dear",
    "<b>Freedom of Information request &ndash; ANPR</b>",
    "Thank you for your request of 10 October 2017, in which you asked:",
    "<i>1. How many automatic number plate recognition (ANPR) cameras does the Agency operate?<br>"
    "2. Where are those cameras sited?<br>"
    "3. Which company supplied the ANPR cameras?<br>"
    "4. How long does the Agency keep ANPR read data?</i>",
    "I can confirm that the Agency holds information within the scope of your request.",
    "1. The Agency operates 22 fixed ANPR cameras, used to target roadside checks on goods vehicles.",
    "2. The locations of the cameras are exempt from disclosure under section 31(1)(a) of the Freedom of Information "
    "Act 2000 (prevention or detection of crime). Knowing where cameras are sited would allow non-compliant operators "
    "to route vehicles to avoid them. We have considered the public interest and concluded that it favours withholding "
    "the locations.",
    "3. Optivance Traffic Systems.",
    "4. ANPR read data is kept for 90 days unless it is linked to an enforcement case.",
    ICO_D, "Yours sincerely", "FOI Team") + foot_d()))

put("d02.html", page("FOI2018/02231", lh_d() + P(
    "FOI2018/02231 &nbsp; 17/07/2018",
    "Dear",
    "Thank you for your request received on 19/06/2018 about the Agency&rsquo;s vehicle fleet.",
    "<b>Q1.</b> How many vehicles does the Agency operate?",
    "<b>A1.</b> 312 vehicles: 241 enforcement vans, 48 cars and 23 mobile testing units.",
    "<b>Q2.</b> Are the vehicles leased or owned, and who is the lease provider?",
    "<b>A2.</b> All vehicles are leased through the Crown Commercial Service framework; the lease provider is Arbury "
    "Fleet Leasing.",
    "<b>Q3.</b> How many of the vehicles are fully electric?",
    "<b>A3.</b> Nil. The Agency does not currently operate any fully electric vehicles; a pilot of six electric cars is "
    "planned for 2019.",
    ICO_D, "Kind regards", "FOI Team") + foot_d()))

put("d03.html", page("FOI2019/03307", lh_d() + P(
    "Our ref: FOI2019/03307<br>25 June 2019",
    "Dear",
    "<b>Body worn video &ndash; your request of 28 May 2019</b>",
    "<b>You asked:</b> How many body worn video cameras have been issued to the Agency&rsquo;s enforcement staff?",
    "<b>Our response:</b> 140 cameras have been issued to traffic examiners.",
    "<b>You asked:</b> Who is the supplier of the cameras?",
    "<b>Our response:</b> We hold this information, but it is exempt under section 43(2) of the Freedom of Information Act "
    "because a new contract is being procured and naming the incumbent would be likely to prejudice the procurement. "
    "We have considered the public interest; it favours withholding the supplier&rsquo;s name at present.",
    "<b>You asked:</b> What does the Agency spend a year on storing the footage?",
    "<b>Our response:</b> &pound;12,050 in 2018/19 for cloud evidence storage.",
    "<b>You asked:</b> How many assaults on examiners were captured on body worn video?",
    "<b>Our response:</b> The Agency does not hold this information. Assaults are recorded in our health and safety "
    "system but the system does not record whether body worn video footage exists.",
    "<b>You asked:</b> Please send a copy of the standard operating procedure for the use of the cameras.",
    "<b>Our response:</b> The standard operating procedure is withheld under section 31(1)(a). It sets out when "
    "examiners will and will not record, which would help offenders frustrate the gathering of evidence. The public "
    "interest favours withholding it.",
    ICO_D, "Yours sincerely", "FOI Team") + foot_d()))

put("d04.html", page("FOI2020/00912 - Cyber incidents - Road Haulage Compliance Agency - GOV.UK", """
<div style="background:#0b0c0c;color:#fff;padding:10px;font-family:sans-serif"><b>GOV.UK</b></div>
<div style="background:#f3f2f1;padding:8px;font-family:sans-serif;font-size:small">Cookies on GOV.UK &mdash; We use some essential
cookies to make this website work. <button>Accept additional cookies</button> <button>Reject additional cookies</button> View cookies</div>
<p style="font-family:sans-serif;font-size:small">Home &gt; Government &gt; Transparency &gt; Freedom of information releases</p>
<p style="font-family:sans-serif">FOI release</p>
<h1 style="font-family:sans-serif">Cyber incidents: FOI release</h1>
<p style="font-family:sans-serif">From: Road Haulage Compliance Agency<br>Published 10 March 2020</p>
<h2>Details</h2>
<p>Our ref: FOI2020/00912<br>Request received: 11 February 2020</p>
<p>You asked:</p>
<ol>
<li>How many cyber attacks against the Agency's systems were detected in 2019?</li>
<li>Has the Agency been subject to a ransomware demand, and if so was it paid?</li>
<li>Do all staff complete mandatory cyber security training?</li>
</ol>
<p>The Agency can neither confirm nor deny whether it holds information falling within questions 1 and 2 of your request,
by virtue of sections 24(2) (national security) and 31(3) (law enforcement) of the Freedom of Information Act 2000.
Confirming or denying whether information is held about attacks or ransom demands would provide intelligence to those
seeking to attack government systems. This response should not be taken as an indication that the information you
requested is or is not held. The public interest in maintaining the neither confirm nor deny position outweighs
the public interest in confirming or denying.</p>
<p>In answer to question 3: yes. All staff must complete the Civil Service &ldquo;Responsible for Information&rdquo; e-learning
annually; completion in 2019 was 97%.</p>
<p>If you are unhappy with this response you may request an internal review within 40 working days and, after that,
complain to the Information Commissioner.</p>
<hr>
<p style="font-family:sans-serif;font-size:small">Is this page useful? Yes No &nbsp; Report a problem with this page</p>
<footer style="font-family:sans-serif;font-size:small;background:#f3f2f1;padding:8px">Help Privacy Cookies Accessibility
statement Contact Terms and conditions Rhestr o Wasanaethau Cymraeg &nbsp; &copy; Crown copyright</footer>
""", css="body{font-family:serif}"))

put("d05.html", page("F-21-0046", lh_d() + P(
    "Reference: F-21-0046",
    "19 January 2021",
    "Dear",
    "<b>Freedom of Information Act 2000 &ndash; ANPR cameras</b>",
    "Your request was received on 15 December 2020. You asked:",
    "(1) The number of ANPR cameras operated by or on behalf of the Agency.<br>"
    "(2) The location of each camera.<br>"
    "(3) The name of the supplier of the ANPR cameras and software.<br>"
    "(4) The retention period for ANPR data.<br>"
    "(5) Whether the Agency shares ANPR data with the National ANPR Service (NAS).",
    "I have considered your request and my decision is as follows. In respect of question (1) the Agency neither "
    "confirms nor denies whether it holds the information, under sections 24(2) and 31(3) of the Act. Question (2) "
    "is withheld under section 31(1)(a). Questions (3) to (5) are answered below.",
    "<b>Neither confirm nor deny &ndash; sections 24(2) and 31(3)</b>",
    "Since 2020 the Agency has aligned its approach with the national position adopted for ANPR by law enforcement "
    "bodies. Confirming the number of cameras would reveal the density of coverage and, taken with other releases, "
    "would undermine both national security and law enforcement. This should not be taken as an indication that the "
    "information is or is not held.",
    "<b>Section 31(1)(a)</b>",
    "Camera locations would allow non-compliant operators to avoid detection. The public interest favours withholding.",
    "The Information Commissioner accepted the Agency&rsquo;s reliance on these provisions for a similar request in "
    "decision notice IC-41187-K2P9.",
    "(3) Optivance Traffic Systems.",
    "(4) 90 days, unless the read is linked to an enforcement case.",
    "(5) Yes. Reads are shared with the National ANPR Service under a data sharing agreement.",
    ICO_D, "Yours sincerely", "Head of FOI and Data Protection") + foot_d()))

put("d06.html", page("F-21-0871", lh_d() + P(
    "Our ref: F-21-0871",
    "12 October 2021",
    "Dear",
    "<b>Body worn video cameras</b>",
    "Thank you for your request received on 14 September 2021. Our answers are in the table below.") +
    table([
        ("How many body worn cameras are currently issued to enforcement staff?", "152"),
        ("Who supplies the cameras?",
         "Exempt under section 43(2) (commercial interests). The contract is subject to a pending extension negotiation. "
         "The public interest favours withholding."),
        ("What was the annual cost of storing footage in 2020/21?", "&pound;16,930"),
        ("How many assaults on staff were recorded on body worn video?",
         "Not held. Our incident system does not record whether footage was captured."),
        ("Please provide the standard operating procedure for body worn video.",
         "Withheld under section 31(1)(a) (prevention or detection of crime). The public interest favours withholding."),
    ], head=("Question", "Answer")) + P(ICO_D, "Yours sincerely", "FOI Team") + foot_d(),
    css="body{font-family:'Liberation Sans',sans-serif;font-size:13pt;} td{vertical-align:top;padding:5px;} table{border-collapse:collapse;}"))

put("d07.txt", """OFFICIAL

Road Haulage Compliance Agency
Freedom of Information Team
Bramley House, Station Approach, Cardington Vale MK44 3RH

Ref: F-22-1190
27 September 2022

Dear

Freedom of Information request: consultancy

Thank you for your request, received on 30 August 2022, for:

  a. the Agency's total spend on management consultancy in each year from 2017/18 to 2021/22;
  b. the consultancy firms engaged and the amount paid to each;
  c. the daily rates charged by each firm.

We estimate that it would cost more than the appropriate limit to comply with your request. The appropriate limit
for central government is GBP 600, which represents 24 hours of work at GBP 25 per hour. Consultancy is not separately
coded in our finance system before 2021; identifying it would require a manual review of around 2,600 purchase orders
raised under professional services codes, at approximately 2 minutes each (87 hours). Section 12(1) of the Freedom of
Information Act therefore applies to the whole of your request.

Please note that we have not considered whether any exemption (for example section 43 for the daily rates) would
apply to any of the information.

Advice and assistance: the Agency's spend over GBP 25,000 is published monthly on GOV.UK. If you narrow your request
to 2021/22 only we will be able to reconsider it.

If you are unhappy with this response you may ask for an internal review within 40 working days. If you are not
content with the outcome of the internal review, you may complain to the Information Commissioner.

Yours sincerely

FOI Team

OFFICIAL
""")

put("d08.html", page("F-23-0547 - ANPR - FOI release - GOV.UK", """
<div style="background:#0b0c0c;color:#fff;padding:10px;font-family:sans-serif"><b>GOV.UK</b></div>
<div style="background:#f3f2f1;padding:8px;font-family:sans-serif;font-size:9pt">Cookies on GOV.UK &mdash; We use some essential
cookies to make this website work. Accept additional cookies &nbsp; Reject additional cookies</div>
<p style="font-family:sans-serif;font-size:9pt">Home &gt; Transport &gt; Freedom of information releases</p>
<h1 style="font-family:sans-serif">ANPR cameras: FOI release</h1>
<p style="font-family:sans-serif">From: Road Haulage Compliance Agency &nbsp; Published 16 May 2023</p>
<p>Reference: F-23-0547 &nbsp; Date of request: 18 April 2023</p>
<h2 style="font-family:sans-serif">Request</h2>
<p>a) Please state the total number of ANPR cameras that the Agency uses for enforcement.<br>
b) Please list the sites of those cameras.<br>
c) Who provides the ANPR technology?<br>
d) For how long is ANPR data retained?<br>
e) Does the Agency pass its ANPR reads to the National ANPR Service?</p>
<h2 style="font-family:sans-serif">Response</h2>
<p>In answer to c), the ANPR cameras and back office were supplied by Optivance Traffic Systems.</p>
<p>In answer to e), yes: reads are shared with the National ANPR Service.</p>
<p>In answer to d), reads are held for 90 days unless linked to a case.</p>
<p>In answer to a), the Agency neither confirms nor denies that it holds this information, relying on sections 24(2)
and 31(3) of the Freedom of Information Act 2000. This should not be taken as an indication that information is or is
not held.</p>
<p>In answer to b), the sites of cameras are withheld under section 31(1)(a): releasing them would allow operators
of unroadworthy vehicles to avoid enforcement. The public interest favours withholding.</p>
<h2 style="font-family:sans-serif">Your rights</h2>
<p>You may ask for an internal review within 40 working days and then complain to the Information Commissioner.</p>
<footer style="font-family:sans-serif;font-size:8pt;background:#f3f2f1;padding:8px">Help Privacy Cookies Accessibility statement
Contact Terms and conditions &copy; Crown copyright</footer>
""", css="body{font-family:'Liberation Serif',serif;font-size:11pt;}"))

put("d09.html", page("FOIR-24-0412", lh_d() + P(
    "Our reference: FOIR-24-0412<br>Date: 23 April 2024",
    "Dear",
    "<b>Body worn video &ndash; annual update</b>",
    "Thank you for your request received on 26 March 2024. As in your earlier requests (FOI2019/03307 and F-21-0871) "
    "you asked for an update on the Agency&rsquo;s use of body worn video.",
    "You first asked how many cameras are now issued to enforcement staff. 168 cameras are currently issued to traffic "
    "examiners and vehicle standards assessors.",
    "You also asked us to name the company that supplies the cameras. This information is held but remains exempt under "
    "section 43(2) (commercial interests), because the supply contract is due for re-competition and naming the "
    "incumbent would be likely to prejudice the competition. The public interest favours withholding it.",
    "Your next question was what the Agency spent on storing footage last year. The cost of cloud evidence storage in "
    "2023/24 was &pound;18,400.",
    "You asked again how many assaults on staff were captured on camera. We still do not hold this information: the "
    "health and safety system does not record whether footage exists.",
    "Finally you asked for the standard operating procedure. It remains withheld under section 31(1)(a), because it "
    "describes when examiners will and will not record. The public interest favours withholding it.",
    ICO_D, "Yours sincerely", "FOI Team") + foot_d()))

put("d10.html", page("FOIR-24-1307 - Software licences - FOI release - GOV.UK", """
<div style="background:#0b0c0c;color:#fff;padding:10px;font-family:sans-serif"><b>GOV.UK</b></div>
<div style="background:#f3f2f1;padding:8px;font-family:sans-serif;font-size:9pt">Cookies on GOV.UK &mdash; Accept additional cookies
&nbsp; Reject additional cookies</div>
<p style="font-family:sans-serif;font-size:9pt">Home &gt; Government &gt; Freedom of information releases</p>
<h1 style="font-family:sans-serif">Software licences: FOI release</h1>
<p style="font-family:sans-serif">From: Road Haulage Compliance Agency &nbsp; Published 19 November 2024</p>
<p>Our reference: FOIR-24-1307. Request received 22 October 2024.</p>
<table border=1 cellpadding=5 style="border-collapse:collapse;font-size:10pt">
<tr><th>Question</th><th>Answer</th></tr>
<tr><td>1. Which Microsoft licensing agreement does the Agency use, and how many licences are held?</td>
<td>The Agency buys Microsoft 365 E3 licences through the Crown Commercial Service Microsoft agreement (MSA 2021). It holds
2,950 licences.</td></tr>
<tr><td>2. What did the Agency spend on software licences in 2023/24?</td>
<td>&pound;1,284,300 across all software licences, of which &pound;842,100 was Microsoft.</td></tr>
<tr><td>3. When is the next renewal of the Microsoft agreement?</td><td>31 October 2025</td></tr>
</table>
<p>You may request an internal review within 40 working days. Information released under FOI is public: the Agency may
publish it.</p>
<footer style="font-family:sans-serif;font-size:8pt;background:#f3f2f1;padding:8px">Help Privacy Cookies Accessibility
&copy; Crown copyright</footer>
""", css="body{font-family:'Liberation Serif',serif;font-size:11pt;}"))

# ---- D drafts
put("dd1.html", page("FOIR-25-0739", "<p align=right><b>DRAFT v3 &ndash; for SIRO clearance</b></p>" + lh_d() + P(
    "Reference: FOIR-25-0739",
    "8 July 2025",
    "Dear",
    "<b>Freedom of Information request &ndash; ANPR and roadside cameras</b>",
    "Thank you for your request of 10 June 2025. Your questions and our answers are below.",
    "<b>1.</b> How many number plate recognition cameras does the Agency currently run?<br>"
    "<b>Answer:</b> The Agency operates 38 ANPR cameras. Following the publication of the Agency&rsquo;s Roadside "
    "Enforcement Strategy 2025 the number of cameras is now published, and we no longer consider it necessary to "
    "neither confirm nor deny.",
    "<b>2.</b> Where are they located?<br>"
    "<b>Answer:</b> The Agency neither confirms nor denies whether it holds information on the location of individual "
    "cameras, under sections 24(2) and 31(3) of the Act. This should not be taken as an indication that the "
    "information is or is not held.",
    "<b>3.</b> Which firm supplies the ANPR system?<br>"
    "<b>Answer:</b> Withheld under sections 24(1) and 31(1)(a). Naming the supplier would identify the technology in "
    "use and its known weaknesses, which would assist those seeking to evade or attack it. The public interest "
    "favours withholding.",
    "<b>4.</b> What is the retention period for ANPR reads?<br>"
    "<b>Answer:</b> 12 months, unless the read is linked to an enforcement case.",
    "<b>5.</b> Do you share ANPR data with the National ANPR Service?<br>"
    "<b>Answer:</b> Yes, under a data sharing agreement.",
    "<b>6.</b> How many weigh-in-motion sensor sites does the Agency use to pre-select vehicles for checks?<br>"
    "<b>Answer:</b> 14 weigh-in-motion sites on the strategic road network.",
    ICO_D, "Yours sincerely", "FOI Team") + foot_d()))

put("dd2.html", page("FOIR-25-1416", "<p align=right><i>DRAFT v1 &ndash; comments to FOI Team by 1/12</i></p>" + lh_d() + P(
    "Our reference: FOIR-25-1416",
    "3 December 2025",
    "Dear",
    "<b>Body worn video &ndash; your request of 5 November 2025</b>",
    "Thank you for your request, received on 5 November 2025, for this year&rsquo;s update on the Agency&rsquo;s body worn "
    "video. We have set out your questions in the order you asked them.") +
    ol(["The number of body worn cameras issued to staff, broken down by enforcement region.<br>"
        "<b>Response:</b> 181 cameras are issued in total. The breakdown by region is withheld under section 31(1)(a): "
        "it would show where enforcement capacity is thinnest. The public interest favours withholding the breakdown.",
        "The name of the company supplying the cameras.<br><b>Response:</b> Halden Vision Ltd, under the contract "
        "awarded in January 2025 (published on Contracts Finder).",
        "The cost to the Agency of storing footage in 2024/25.<br><b>Response:</b> Not held. Since the new contract, "
        "storage is included in a per-device service charge and is not costed separately.",
        "The number of assaults on staff captured on body worn video.<br><b>Response:</b> Not held. The health and "
        "safety system does not record whether footage exists.",
        "A copy of the standard operating procedure for body worn video.<br><b>Response:</b> The procedure is being "
        "rewritten following the new contract. The current draft is withheld under section 36(2)(c) (prejudice to the "
        "effective conduct of public affairs), in the reasonable opinion of the qualified person. The public interest "
        "favours withholding a document that is still being developed."]) + P(
    ICO_D, "Yours sincerely", "FOI Team") + foot_d()))


# ---------------------------------------------------------------- write and sanity-check
def main():
    os.makedirs(SRC, exist_ok=True)
    srcs = {x["src"] for x in make.LETTERS}
    missing = srcs - set(OUT)
    extra = set(OUT) - srcs
    assert not missing and not extra, (missing, extra)
    for name, text in OUT.items():
        with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote", len(OUT), "sources to", SRC)


if __name__ == "__main__":
    main()
