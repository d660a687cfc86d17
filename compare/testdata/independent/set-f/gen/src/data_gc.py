"""Glenmorven Council (Scotland): FOISA and the EIRs (Scotland)."""
from model import Q, Part, Letter

S38_NAME = ("The officer's name, direct telephone number and personal email address are withheld under section "
            "38(1)(b) of FOISA (personal information): the officer is not senior enough to expect their details "
            "to be made public, and disclosure would breach the data protection principles.")

S33_PIT = [
    "Section 33(1)(b) - commercial interests",
    "Section 33(1)(b) of FOISA exempts information if its disclosure would, or would be likely to, prejudice "
    "substantially the commercial interests of any person, including the Council. Pricing submitted by suppliers "
    "is not published and would allow competitors to undercut them at the next procurement, and would weaken the "
    "Council's negotiating position. This exemption is subject to the public interest test. We recognise the "
    "public interest in transparency about how public money is spent; total contract awards above the "
    "regulated thresholds are published on Public Contracts Scotland. On balance, we consider that the public "
    "interest is better served by maintaining the exemption.",
]

LETTERS = []
A = LETTERS.append

# ---------------------------------------------------------------- ICT round robin
A(Letter("gc-ict-2017", "GC", "FOI/17/0944", "2017-11-21", "foisa", "decision", "pdf-soffice",
    "Contact centre and inbound telephony contracts", received="2017-10-30",
    intro=["I refer to your request for information received on {received}, which has been handled under the "
           "Freedom of Information (Scotland) Act 2002 (FOISA)."],
    lead="You asked for the following information:",
    parts=[
        Part("Part 1 - Contact centre platform", [
            Q("gc.ccp.supplier", "Incumbent supplier - please name the supplier of the contract.",
              fact="netcall", ans="Netcall Telecom Ltd supplies the Council's Liberty contact centre platform."),
            Q("gc.ccp.spend", "Annual spend - please give the average annual spend on the contract over the last three years.",
              fact="48000", ans="The average annual spend from 2014/15 to 2016/17 was £48,000 (excluding VAT)."),
            Q("gc.ccp.expiry", "Contract expiry - please state the date on which the contract expires.",
              fact="2021-03-31", ans="31 March 2021."),
            Q("gc.ccp.review", "Contract review - please state when the contract will next be reviewed.",
              fact="2020-10", ans="The contract will be reviewed in October 2020, ahead of re-procurement."),
            Q("gc.ccp.contact", "Contract owner - please give the name, job title, telephone number and email address "
              "of the officer responsible for the contract.", "partially_released", ["foisa:s38(1)(b)"],
              fact="customer services manager",
              ans="The contract is managed by the Customer Services Manager, who can be contacted through "
                  "customer.services@glenmorven.gov.scot. " + S38_NAME),
        ], preamble=["The first part of my request concerns the software platform used by your customer contact "
                     "centre (automatic call distribution, web chat, email handling and performance reporting). "
                     "For each contract please provide:"]),
        Part("Part 2 - Inbound telephony services", [
            Q("gc.net.supplier", "Incumbent supplier - please name the supplier of the contract.",
              fact="bt", ans="British Telecommunications plc (BT)."),
            Q("gc.net.spend", "Annual spend - please give the average annual spend on the contract over the last three years.",
              fact="21500", ans="£21,500 per year on average."),
            Q("gc.net.expiry", "Contract expiry - please state the date on which the contract expires.",
              fact="2019-09-30", ans="30 September 2019."),
            Q("gc.net.contact", "Contract owner - please give the name, job title, telephone number and email address "
              "of the officer responsible for the contract.", "partially_released", ["foisa:s38(1)(b)"],
              fact="ict infrastructure manager",
              ans="The ICT Infrastructure Manager is responsible for this contract and can be reached through "
                  "ict.servicedesk@glenmorven.gov.scot. Names and direct contact details are withheld under "
                  "section 38(1)(b) of FOISA, as explained at question 5 of part 1."),
        ], preamble=["The second part of my request concerns inbound telephony: non-geographic numbers (0800, 0300, "
                     "0345), call routing, caller line identification and interactive voice response (IVR). For each "
                     "contract please provide:"]),
    ],
    opts={"meta": "ourref", "datestyle": "ord", "recstyle": "long",
          "dec_open": "I can confirm that Glenmorven Council holds the information you have asked for and it is "
                      "provided below, except that the names and direct contact details of officers (question 5 in "
                      "part 1 and question 4 in part 2) are withheld in part under section 38(1)(b) of FOISA.",
          "rest_lead": "Our answers are set out below, following the numbering of your request.",
          "short_parts": True}))

A(Letter("gc-ict-2020", "GC", "FOI/20/0118", "2020-02-11", "foisa", "interleaved", "txt",
    "Contact centre platform and inbound telephony", received="2020-01-14",
    intro=["Your email of {received} asked about the Council's contact centre platform and its inbound telephony "
           "services. I have set out each question below, numbered 1 to 10 in the order in which you asked them, "
           "followed by the Council's answer."],
    merged=True,
    parts=[
        Part("Contact centre platform", [
            Q("gc.ccp.supplier", "Who is the current supplier of the Council's contact centre platform?",
              fact="netcall", ans="Netcall (Liberty Converse)."),
            Q("gc.ccp.spend", "What has the Council spent on the platform each year, on average, over the past three years?",
              "withheld", ["foisa:s33(1)(b)"],
              ans="Withheld. Netcall has told us that its pricing is commercially sensitive, and we consider that "
                  "disclosure would, or would be likely to, prejudice substantially the commercial interests of both "
                  "the supplier and the Council ahead of the 2021 re-procurement. Section 33(1)(b) of FOISA therefore "
                  "applies. Having considered the public interest, we have concluded that it favours withholding the "
                  "figure at this time."),
            Q("gc.ccp.expiry", "When is the platform contract due to end?", fact="2021-03-31", ans="31/03/2021."),
            Q("gc.ccp.review", "When will the platform contract be reviewed?", fact="autumn 2020",
              ans="A review will take place in the autumn of 2020."),
            Q("gc.ccp.contact", "Who is the officer responsible for the platform contract? Please give their name, "
              "title and contact details.", "partially_released", ["foisa:s38(1)(b)"], fact="customer services manager",
              ans="The Customer Services Manager (customer.services@glenmorven.gov.scot). " + S38_NAME),
            Q("gc.ict.agents", "How many contact centre agents does the Council employ?", fact="42",
              ans="42 full-time equivalent customer service advisers."),
        ]),
        Part("Inbound telephony", [
            Q("gc.net.supplier", "Who supplies the Council's inbound telephony services (non-geographic numbers, call "
              "routing and IVR)?", fact="gamma", ans="Gamma Telecom, since 1 October 2019."),
            Q("gc.net.spend", "What is the average annual spend on the inbound telephony contract?", "withheld",
              ["foisa:s33(1)(b)"], ans="Withheld under section 33(1)(b) of FOISA, for the reasons given in our answer to question 2."),
            Q("gc.net.expiry", "When does the inbound telephony contract end?", fact="2023-09-30", ans="30/09/2023."),
            Q("gc.net.contact", "Who is responsible for the inbound telephony contract?", "partially_released",
              ["foisa:s38(1)(b)"], fact="ict infrastructure manager",
              ans="The ICT Infrastructure Manager (ict.servicedesk@glenmorven.gov.scot). The officer's name is "
                  "withheld under section 38(1)(b) of FOISA."),
        ]),
    ],
    opts={"meta": "ourref", "datestyle": "long", "ql": "Q{n}. ", "al": "A{n}. "}))

A(Letter("gc-ict-2022", "GC", "GMC-FOI-2022-00871", "2022-05-17", "foisa", "table", "pdf-chromium",
    "ICT contracts - contact centre and inbound network services", received="2022-04-19",
    intro=["Thank you for your request dated {received}. Your request was in two parts and the Council's answers "
           "are given in the tables below, one for each part. Question numbers follow your request."],
    parts=[
        Part("Part 1 - Contact centre solution", [
            Q("gc.ccp.supplier", "Incumbent Supplier: please provide the name of the supplier for the contract(s).",
              fact="puzzel", ans="Puzzel Ltd (contract commenced 1 July 2021)."),
            Q("gc.ccp.duration", "Contract Duration: please state the length of the contract, including any options to extend.",
              fact="3+2y", ans="Three years, with an option to extend for up to two further years."),
            Q("gc.ccp.spend", "Annual Average Spend: please state the average annual spend on the contract (over three "
              "years where available).", "withheld", ["foisa:s33(1)(b)"],
              ans="Withheld - section 33(1)(b) FOISA (commercial interests). Please see the note below the tables."),
            Q("gc.ccp.expiry", "Contract Expiry: please state the date on which the contract expires.",
              fact="2024-06-30", ans="30 June 2024 (with an option to extend to 30 June 2026)."),
            Q("gc.ccp.review", "Contract Review: please state the date on which the contract will be reviewed.",
              fact="2024-01", ans="January 2024."),
            Q("gc.ccp.contact", "Contact Details: please provide the name, job title, telephone number and email "
              "address of the person responsible for the contract.", "partially_released", ["foisa:s38(1)(b)"],
              fact="customer services manager",
              ans="Customer Services Manager - customer.services@glenmorven.gov.scot. Name and direct details "
                  "withheld under section 38(1)(b) FOISA."),
        ], preamble=["Contact centre solution: call handling, omni-channel contact and workforce management."]),
        Part("Part 2 - Inbound network services", [
            Q("gc.net.supplier", "Incumbent Supplier: please provide the name of the supplier for the contract(s).",
              fact="gamma", ans="Gamma Telecom Ltd."),
            Q("gc.net.spend", "Annual Average Spend: please state the average annual spend on the contract (over three "
              "years where available).", "withheld", ["foisa:s33(1)(b)"],
              ans="Withheld - section 33(1)(b) FOISA (commercial interests). Please see the note below the tables."),
            Q("gc.net.expiry", "Contract Expiry: please state the date on which the contract expires.",
              fact="2023-09-30", ans="30 September 2023."),
            Q("gc.net.contact", "Contact Details: please provide the name, job title, telephone number and email "
              "address of the person responsible for the contract.", "partially_released", ["foisa:s38(1)(b)"],
              fact="ict infrastructure manager",
              ans="ICT Infrastructure Manager - ict.servicedesk@glenmorven.gov.scot. Name and direct details "
                  "withheld under section 38(1)(b) FOISA."),
        ], preamble=["Inbound network services: 0800/0300 numbers, call routing, caller identification and IVR."]),
    ],
    opts={"meta": "refdate", "datestyle": "long", "cols": 2, "hdr": ("Your question", "Council response"),
          "after_table": S33_PIT}))

A(Letter("gc-ict-2024", "GC", "GMC-FOI-2024-00392", "2024-04-09", "foisa", "restate_numbered", "docx",
    "Contact centre and telephony contracts", received="2024-03-12",
    intro=["Thank you for your request for information, which we received on {received}."],
    lead="I note you seek access to the following information about the Council's contact centre and telephony "
         "arrangements:",
    merged=True,
    parts=[
        Part("Contact centre software", [
            Q("gc.ccp.supplier", "Please confirm who supplies the software for your customer contact centre.",
              fact="puzzel", ans="Puzzel Ltd."),
            Q("gc.ccp.duration", "What is the full term of that contract, including any extension?", fact="3+2y",
              ans="The contract runs for five years in total: an initial term of three years plus a two-year "
                  "extension, which the Council has now taken up."),
            Q("gc.ccp.spend", "On average, how much does the Council spend on the contact centre software per year?",
              "withheld", ["foisa:s33(1)(b)"],
              ans="This information is withheld under section 33(1)(b) of FOISA (commercial interests). The supplier "
                  "has objected to release and we consider that disclosure would be likely to prejudice substantially "
                  "its commercial interests; the public interest favours maintaining the exemption."),
            Q("gc.ccp.expiry", "When will the contact centre software contract come to an end?", fact="2026-06-30",
              ans="30 June 2026, following the extension."),
            Q("gc.ccp.review", "When is the next scheduled review of the contact centre software contract?",
              fact="2026-01", ans="January 2026."),
            Q("gc.ccp.contact", "Which officer manages the contact centre software contract? Name, job title and "
              "contact details please.", "partially_released", ["foisa:s38(1)(b)"], fact="customer services manager",
              ans="The Customer Services Manager manages the contract (customer.services@glenmorven.gov.scot). "
                  "Their name is withheld under section 38(1)(b) of FOISA."),
        ]),
        Part("Inbound call services", [
            Q("gc.net.supplier", "Who provides your inbound call services, such as 0300 numbers, call routing and IVR?",
              fact="gamma", ans="Gamma Telecom Ltd (re-awarded in October 2023)."),
            Q("gc.net.spend", "How much is spent each year, on average, on inbound call services?", "withheld",
              ["foisa:s33(1)(b)"], ans="Withheld under section 33(1)(b) of FOISA, as for question 3."),
            Q("gc.net.expiry", "When does the inbound call services contract expire?", fact="2027-09-30",
              ans="30 September 2027."),
            Q("gc.net.contact", "Which officer manages the inbound call services contract?", "partially_released",
              ["foisa:s38(1)(b)"], fact="ict infrastructure manager",
              ans="The ICT Infrastructure Manager (ict.servicedesk@glenmorven.gov.scot); the officer's name is "
                  "withheld under section 38(1)(b) of FOISA."),
        ]),
    ],
    opts={"meta": "ourref", "datestyle": "long", "resp_head": "Our response"}))

# ---------------------------------------------------------------- fly-tipping (EIRs)
A(Letter("gc-fly-2019", "GC", "EIR/19/0342", "2019-07-02", "eirs", "interleaved", "html",
    "Fly-tipping enforcement", received="2019-06-04",
    intro=["Your request, received on {received}, has been handled under the Environmental Information (Scotland) "
           "Regulations 2004 (the EIRs), as it concerns information about waste. The Council's answers are below."],
    parts=[
        Q("gc.fly.incidents", "Please provide the number of fly-tipping incidents reported to the Council in each of "
          "the financial years 2016/17, 2017/18 and 2018/19.", fact="1204;1377;1512",
          ans="2016/17: 1,204; 2017/18: 1,377; 2018/19: 1,512."),
        Q("gc.fly.fpn", "How many fixed penalty notices for fly-tipping did the Council issue in each of those years?",
          fact="9;14;11", ans="9, 14 and 11 respectively."),
        Q("gc.fly.cost", "What was the cost to the Council of clearing fly-tipped waste in each of those years?",
          fact="188300;201750;212040", ans="2016/17: £188,300; 2017/18: £201,750; 2018/19: £212,040."),
        Q("gc.fly.prosecutions", "How many fly-tipping cases were reported to the Procurator Fiscal?",
          fact="2;1;3", ans="2016/17: 2; 2017/18: 1; 2018/19: 3."),
    ],
    opts={"meta": "ourref", "datestyle": "long", "ql": "Request {n}\n", "al": "Response\n",
          "log_date": "Published: 16 July 2019 | Category: Environment and waste"}))

A(Letter("gc-fly-2021", "GC", "EIR/21/0417", "2021-08-19", "eirs", "table", "docx",
    "Fly-tipping: incidents, cameras and enforcement", received="2021-07-22",
    intro=["We received your request on {received}. Questions 1, 2, 4 and 5 concern environmental information and "
           "have been dealt with under the Environmental Information (Scotland) Regulations 2004; question 3 has "
           "been dealt with under the Freedom of Information (Scotland) Act 2002."],
    parts=[
        Q("gc.fly.incidents", "Number of reported fly-tipping incidents, 2019/20 and 2020/21.", fact="1688;2035",
          ans="1,688 and 2,035. The increase in 2020/21 coincided with the closure of household waste recycling "
              "centres during lockdown."),
        Q("gc.fly.cameras", "Does the Council use mobile or covert CCTV to detect fly-tipping? If so, how many cameras "
          "does it have?", fact="4", ans="Yes. The Council owns 4 re-deployable CCTV cameras, which are moved between "
                                          "fly-tipping hotspots."),
        Q("gc.fly.ripsa", "How many directed surveillance authorisations under the Regulation of Investigatory Powers "
          "(Scotland) Act 2000 have been granted for fly-tipping investigations since April 2018?", fact="0",
          ans="None. No authorisations have been granted for fly-tipping investigations in that period."),
        Q("gc.fly.fpn", "Fixed penalty notices issued for fly-tipping, 2019/20 and 2020/21.", fact="6;3",
          ans="6 and 3."),
        Q("gc.fly.cost", "Cost of removing fly-tipped waste in 2020/21.", fact="238400", ans="£238,400."),
    ],
    opts={"meta": "ourref", "datestyle": "long", "cols": 3}))

A(Letter("gc-fly-2024", "GC", "GMC-EIR-2024-00218", "2024-02-27", "eirs", "youasked", "pdf-gs",
    "Fly-tipping", received="2024-01-30",
    intro=["Thank you for your request of {received}. As it relates to waste, we have handled it under the "
           "Environmental Information (Scotland) Regulations 2004 (EIRs), except for the question about surveillance "
           "authorisations, which falls under the Freedom of Information (Scotland) Act 2002."],
    parts=[
        Q("gc.fly.incidents", "How many fly-tipping incidents were recorded in 2021/22 and 2022/23?",
          fact="1903;1846", ans="2021/22 - 1,903; 2022/23 - 1,846."),
        Q("gc.fly.fpn", "How many fixed penalty notices were issued for fly-tipping over the same period?",
          fact="8;12", ans="2021/22 - 8; 2022/23 - 12."),
        Q("gc.fly.cost", "What did it cost the Council to clear fly-tipping in 2022/23?", fact="261950",
          ans="£261,950."),
        Q("gc.fly.cameras", "How many cameras does the Council use to catch fly-tippers?", fact="6",
          ans="The Council now has 6 re-deployable cameras."),
        Q("gc.fly.ripsa", "How many RIPSA directed surveillance authorisations have been granted in connection with "
          "fly-tipping since 2021?", fact="1", ans="One authorisation was granted, in 2022."),
        Q("gc.fly.camera_locations", "Where are those cameras currently deployed?", "withheld", ["reg10(5)(b)"],
          ans="We are not disclosing current camera locations. Regulation 10(5)(b) of the EIRs applies, because "
              "publishing the sites would substantially prejudice the Council's ability to detect and prosecute "
              "offenders, who could simply avoid them. We have considered the public interest and concluded that it "
              "favours maintaining the exception."),
    ],
    opts={"meta": "ourref", "datestyle": "long"}))

# ---------------------------------------------------------------- parking
A(Letter("gc-park-2018", "GC", "FOI/18/0961", "2018-11-06", "foisa", "restate_numbered", "txt",
    "Parking enforcement", received="2018-10-09",
    intro=["I refer to your request for information received on {received}."],
    parts=[
        Q("gc.park.pcn", "How many Penalty Charge Notices were issued by the Council in 2017/18?", fact="18442",
          ans="18,442."),
        Q("gc.park.income", "What was the total income received from PCNs in 2017/18?", fact="402118",
          ans="£402,118."),
        Q("gc.park.contractor", "Is parking enforcement carried out by Council staff or by a contractor? If a "
          "contractor, please name it.", fact="nsl", ans="Enforcement is carried out under contract by NSL Ltd."),
        Q("gc.park.end", "When does the current enforcement contract end?", fact="2021-03-31",
          ans="The contract ends on 31 March 2021."),
    ],
    opts={"meta": "dateonly", "datestyle": "dow"}))

A(Letter("gc-park-2021", "GC", "FOI/21/0064", "2021-02-02", "foisa", "interleaved", "html",
    "Civil parking enforcement contract", received="2021-01-06",
    intro=["Request received {received}. Handled under the Freedom of Information (Scotland) Act 2002."],
    parts=[
        Q("gc.park.contractor", "Who is the Council's civil parking enforcement contractor?", fact="nsl",
          ans="NSL Ltd (now part of Marston Holdings)."),
        Q("gc.park.value", "What is the value of the enforcement contract?", fact="310000/yr",
          ans="£310,000 per annum."),
        Q("gc.park.end", "What is the end date of the enforcement contract?", fact="2023-03-31",
          ans="The contract was extended by two years because of the pandemic and now ends on 31 March 2023."),
        Q("gc.park.pcn", "Number of PCNs issued in 2019/20.", fact="17906", ans="17,906."),
    ],
    opts={"meta": "ourref", "datestyle": "slash", "ql": "{n}. ", "al": "Response: ",
          "log_date": "Date of response: 02/02/2021 | Topic: Roads, transport and parking"}))

A(Letter("gc-park-2023", "GC", "GMC-FOI-2023-00655", "2023-03-14", "foisa", "table", "pdf-soffice",
    "Parking enforcement contract", received="2023-02-14",
    intro=["Thank you for your request of {received}. Our response is set out in the table below."],
    parts=[
        Q("gc.park.contractor", "Name of the company that will carry out parking enforcement from April 2023.",
          fact="apcoa", ans="APCOA Parking (UK) Ltd."),
        Q("gc.park.value", "Total value of the new parking enforcement contract.", fact="1200000",
          ans="£1.2m over the four-year term."),
        Q("gc.park.end", "Contract end date.", fact="2027-03-31", ans="31 March 2027."),
        Q("gc.park.school_pcn", "Number of PCNs issued by the camera enforcement vehicle outside schools in calendar "
          "year 2022.", fact="1876", ans="1,876."),
    ],
    opts={"meta": "ourref", "datestyle": "long", "cols": 3, "hdr": ("Q", "You asked", "Our answer")}))

A(Letter("gc-park-2024", "GC", "GMC-FOI-2024-01722", "2024-12-03", "foisa", "youasked", "md",
    "Parking enforcement", received="2024-11-05",
    intro=["We received your request on {received} and have dealt with it under the Freedom of Information "
           "(Scotland) Act 2002."],
    parts=[
        Q("gc.park.pcn", "How many PCNs did the Council issue in 2023/24?", fact="21310", ans="21,310."),
        Q("gc.park.contractor", "Which company holds the parking enforcement contract?", fact="apcoa",
          ans="APCOA Parking (UK) Ltd."),
        Q("gc.park.value", "What is the total value of that contract?", fact="1200000",
          ans="£1,200,000 over four years (April 2023 to March 2027)."),
        Q("gc.park.end", "When is the contract due to end?", fact="2027-03-31", ans="31/03/2027."),
    ],
    opts={"meta": "ourref", "datestyle": "long"}))

# ---------------------------------------------------------------- unrelated
A(Letter("gc-roads-2020", "GC", "FOI/20/0552", "2020-09-15", "foisa", "interleaved", "txt",
    "Potholes and road defect claims", received="2020-08-18",
    intro=["I refer to your request received on {received}."],
    parts=[
        Q("gc.roads.reported", "How many potholes were reported to the Council in 2019?", fact="6114",
          ans="6,114 pothole reports were logged in 2019."),
        Q("gc.roads.claims", "How many claims for vehicle damage caused by potholes did the Council receive in 2019?",
          fact="287", ans="287."),
        Q("gc.roads.paid", "How much was paid out in compensation for those claims?", fact="41380",
          ans="£41,380 was paid on 63 successful claims."),
    ],
    opts={"meta": "ourref", "datestyle": "long", "ql": "Question {n} - ", "al": "Answer - "}))

# ================================================================= drafts
A(Letter("gc-ict-draft", "GC", "GMC-FOI-2025-01544", "2025-11-04", "foisa", "youasked", "docx",
    "ICT contracts - contact centre and inbound network services", received="2025-10-08", draft=True,
    fname="glenmorven-contact-centre-response.docx",
    intro=["Thank you for your request of {received}. You set it out in two parts and we have kept your numbering, "
           "which starts again at 1 in the second part."],
    parts=[
        Part("Part 1 - Contact centre platform", [
            Q("gc.ccp.supplier", "Incumbent supplier - who is the supplier of the contract?", fact="puzzel",
              ans="The Council's contact centre platform is provided by Puzzel Ltd."),
            Q("gc.ccp.duration", "Contract duration - what is the duration of the contract, including extensions?",
              fact="3+2y", ans="36 months from 1 July 2021, plus a 24-month extension which the Council has exercised."),
            Q("gc.ccp.spend", "Annual average spend - what is the average annual spend over the last three years?",
              fact="61200", ans="£61,200 a year (average of 2022/23 to 2024/25, excluding VAT). Puzzel has confirmed "
                                "that it no longer regards this figure as commercially sensitive."),
            Q("gc.ccp.expiry", "Contract expiry - when does the contract expire?", fact="2026-06-30",
              ans="30/06/2026."),
            Q("gc.ccp.review", "Contract review - when will the contract be reviewed?", fact="2026-01",
              ans="A review is scheduled for January 2026 as part of re-procurement planning."),
            Q("gc.ccp.contact", "Contact details - who is responsible for the contract (name, job title, telephone "
              "and email)?", "partially_released", ["foisa:s38(1)(b)"], fact="customer services manager",
              ans="The Customer Services Manager (customer.services@glenmorven.gov.scot). " + S38_NAME),
        ]),
        Part("Part 2 - Inbound network services", [
            Q("gc.net.supplier", "Incumbent supplier - who is the supplier of the contract?", fact="gamma",
              ans="Gamma Telecom Ltd."),
            Q("gc.net.spend", "Annual average spend - what is the average annual spend over the last three years?",
              "withheld", ["foisa:s33(1)(b)"],
              ans="Gamma Telecom has objected to the release of its pricing. We consider that disclosure would be "
                  "likely to prejudice substantially its commercial interests, and this figure is withheld under "
                  "section 33(1)(b) of FOISA. The public interest favours maintaining the exemption."),
            Q("gc.net.expiry", "Contract expiry - when does the contract expire?", fact="2027-09-30",
              ans="The contract ends on 30.09.2027."),
            Q("gc.net.contact", "Contact details - who is responsible for the contract (name, job title, telephone "
              "and email)?", "partially_released", ["foisa:s38(1)(b)"], fact="ict infrastructure manager",
              ans="The ICT Infrastructure Manager (ict.servicedesk@glenmorven.gov.scot). The name is withheld under "
                  "section 38(1)(b) of FOISA."),
        ]),
    ],
    opts={"meta": "ourref", "datestyle": "long", "numbered": True}))

A(Letter("gc-fly-draft", "GC", "GMC-EIR-2025-01301", "2025-09-16", "eirs", "decision", "pdf-soffice",
    "Fly-tipping cameras and enforcement", received="2025-08-19", draft=True,
    fname="glenmorven-fly-tipping-draft.pdf",
    intro=["I refer to your request received on {received}. Questions 1, 3 and 4 have been considered under the "
           "Environmental Information (Scotland) Regulations 2004 (EIRs). Question 2 concerns covert surveillance "
           "and has been considered under the Freedom of Information (Scotland) Act 2002 (FOISA)."],
    lead="You asked:",
    parts=[
        Q("gc.fly.cameras", "How many cameras (fixed, mobile or covert) does the Council currently use to detect "
          "fly-tipping?", fact="6", ans="Six re-deployable cameras."),
        Q("gc.fly.ripsa", "Since 2021, how many times has the Council authorised directed surveillance under RIPSA to "
          "investigate fly-tipping?", "ncnd", ["foisa:s18(1)", "foisa:s35(1)(a)"],
          dec="In relation to question 2, the Council neither confirms nor denies whether it holds the information. "
              "Section 18(1) of FOISA allows us to do so where, if the information existed and were held, it would "
              "be exempt under section 35(1)(a) (prevention or detection of crime), and revealing whether it exists "
              "or is held would be contrary to the public interest. Confirming whether or not covert surveillance has "
              "been authorised would tell offenders whether such tactics are in use."),
        Q("gc.fly.cost", "What did fly-tipping clearance cost the Council in 2024/25?", "not_held",
          ans="Since the waste service restructure in April 2024, fly-tipped waste has been cleared by the general "
              "street cleansing crews and the cost is no longer recorded separately. The Council therefore does not "
              "hold this information and regulation 10(4)(a) of the EIRs applies."),
        Q("gc.fly.camera_locations", "Please list the sites where those cameras are deployed at present.", "withheld",
          ["reg10(5)(b)"],
          dec="The information requested at question 4 is withheld under regulation 10(5)(b) of the EIRs: publishing "
              "the current camera sites would substantially prejudice the Council's ability to detect and prosecute "
              "offenders, and the public interest favours maintaining the exception."),
    ],
    opts={"meta": "ourref", "datestyle": "long",
          "dec_open": "Your request has now been considered.",
          "akey": "Question {n}: "}))

A(Letter("gc-park-draft", "GC", "GMC-FOI-2026-00087", "2026-01-27", "foisa", "interleaved", "txt",
    "Parking enforcement contract", received="2025-12-29", draft=True,
    fname="glenmorven-parking-draft.txt",
    intro=["I refer to your request for information received on {received}, which has been dealt with under the "
           "Freedom of Information (Scotland) Act 2002."],
    parts=[
        Q("gc.park.contractor", "Please name the contractor responsible for on-street parking enforcement.",
          fact="apcoa", ans="APCOA Parking (UK) Ltd."),
        Q("gc.park.value", "Please state the total value of the parking enforcement contract.", "withheld",
          ["foisa:s33(1)(b)"],
          ans="The contract is being varied as described at question 3 and the revised price is still under "
              "negotiation. Disclosure of the contract value at this stage would, or would be likely to, prejudice "
              "substantially the commercial interests of the Council and the contractor, and it is withheld under "
              "section 33(1)(b) of FOISA. We have weighed the public interest in transparency against the need to "
              "secure value for money in the negotiation and concluded that it favours withholding the figure."),
        Q("gc.park.end", "Please state the date on which the contract ends.", fact="2028-09-30",
          ans="Following a variation agreed in November 2025, the contract now ends on 30 September 2028."),
        Q("gc.park.appeals", "How many PCNs were cancelled following an informal challenge or formal representation "
          "in 2024/25?", fact="2944", ans="2,944."),
    ],
    opts={"meta": "ourref", "datestyle": "long", "ql": "Question {n}: ", "al": "Response: "}))
