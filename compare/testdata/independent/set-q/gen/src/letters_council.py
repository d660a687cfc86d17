from .q import Q, part

# ----------------------------------------------------------------------------
# Harrowden County Council
# ----------------------------------------------------------------------------

CC_PREAMBLE = ("I wish to submit to the organisation a freedom of information request relating to the organisation's ICT contracts, specifically around contact centre contract(s) and inbound network services contract(s).")

LETTERS = [
    # ---- ICT round robin 2018: parts restart ----------------------------
    dict(key="H1", auth="hcc", kind="history", ref="FOI 2018/0377", date="2018-03-14",
         received="2018-02-19", regime="foia", fmt="pdf-soffice", style="restate_numbered",
         title="ICT contracts – contact centre and inbound network services",
         datefmt="ord", preamble=CC_PREAMBLE, resp_heading="Our response",
         resp_lead="{auth} holds the information you have requested, which is set out below.",
         parts=[
             part("The first part of my request relates to contact centre service contracts, which could include advanced call distribution, email and web chat, and performance monitoring tools. Please send me the following information for each provider:", [
                 Q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.", ans="Daisy Communications Ltd.", fact="daisy communications"),
                 Q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.", ans="£84,000 per annum.", fact="84000"),
                 Q("cc.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.", ans="31/03/2020", fact="2020-03-31"),
                 Q("cc.review", "Contract Review: For each supplier, please state the date of when the contract will be reviewed.", ans="September 2019", fact="2019-09"),
                 Q("cc.desc", "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.", ans="Hosted contact centre platform providing automatic call distribution, call recording and agent reporting.", fact="hosted acd recording reporting"),
                 Q("cc.contact", "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract. Please provide me with their full name, actual job title, contact number and direct email address.", ans="Alan Marsh, Customer Services Manager, 01632 960210, customer.services@harrowden.gov.uk", fact="alan marsh"),
                 Q("cc.agents", "Number of Agents: please provide me with the total number of contact centre agents.", ans="62", fact="62"),
                 Q("cc.sites", "Number of Sites: please can you provide me with the number of sites the contact centre covers.", ans="2", fact="2"),
                 Q("cc.manufacturer", "Manufacturer of the contact centre: Who is the manufacturer of the contact centre system that you operate?", ans="Avaya", fact="avaya"),
                 Q("cc.email_users", "Number of email users: Approximate number of email users across the organisation.", ans="4,800", fact="4800"),
             ], short="Part 1 – contact centre"),
             part("The second part of my request relates to inbound network services contracts, which could include 0800, 0845, 0300 numbers, routing of calls, caller identification and interactive voice response (IVR). For a contract relating to the above please can you provide me with:", [
                 Q("net.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.", ans="BT", fact="bt"),
                 Q("net.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.", ans="£23,400 per annum.", fact="23400"),
                 Q("net.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.", ans="30/06/2021", fact="2021-06-30"),
                 Q("net.review", "Contract Review: For each supplier, please state the date of when the contract will be reviewed.", ans="January 2021", fact="2021-01"),
                 Q("net.desc", "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.", ans="Provision of 0300 non-geographic numbers, inbound call routing and IVR.", fact="0300 routing ivr"),
                 Q("net.contact", "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract. Please provide me with their full name, actual job title, contact number and direct email address.", ans="Priya Desai, ICT Network Manager, 01632 960415.", fact="priya desai"),
             ], short="Part 2 – inbound network services"),
         ],
         layout="restate then numbered answers, two parts restarting at 1", traps=["same question text in both parts"]),

    # ---- ICT round robin 2020: one merged list, strongly reworded -------
    dict(key="H2", auth="hcc", kind="history", ref="FOI 2020/1187", date="2020-06-09",
         received="2020-05-12", regime="foia", fmt="html", style="interleaved",
         title="Contact centre and inbound telephony contracts", datefmt="long",
         preamble="Please answer the following about your contact centre and your inbound telephony services.",
         parts=[part(None, [
             Q("cc.supplier", "Who currently supplies your contact centre solution?", ans="Daisy Communications Ltd.", fact="daisy communications"),
             Q("cc.spend", "What has the council spent, on average each year over the last three years, with that supplier?", ans="£91,500 per year.", fact="91500"),
             Q("cc.expiry", "When does the current contact centre agreement come to an end?", ans="31 March 2022.", fact="2022-03-31"),
             Q("cc.review", "When is that agreement next due for review?", ans="September 2021.", fact="2021-09"),
             Q("cc.desc", "Briefly, what services does the contact centre contract cover?", ans="A hosted platform for call distribution, call recording, webchat and performance dashboards.", fact="hosted acd recording webchat"),
             Q("cc.contact", "Which officer is responsible for managing the contact centre contract? Please give their name, title, telephone number and email.", ans="Alan Marsh, Customer Services Manager, 01632 960210.", fact="alan marsh"),
             Q("cc.agents", "How many staff work as agents in the contact centre?", ans="58", fact="58"),
             Q("cc.sites", "From how many locations does the contact centre operate?", ans="Two (County Hall and the Riverside Centre).", fact="2"),
             Q("cc.manufacturer", "Which company manufactures the contact centre system?", ans="Avaya.", fact="avaya"),
             Q("cc.email_users", "Roughly how many people have a council email account?", ans="About 5,100.", fact="5100"),
             Q("net.supplier", "Inbound telephony (0800/0300 numbers, call routing, IVR): who is the supplier?", ans="BT.", fact="bt"),
             Q("net.spend", "Inbound telephony: what is the average annual spend over the last three years?", ans="£24,900.", fact="24900"),
             Q("net.expiry", "Inbound telephony: when does the contract end?", ans="30 June 2021.", fact="2021-06-30"),
             Q("net.review", "Inbound telephony: when will the contract be reviewed?", ans="January 2021.", fact="2021-01"),
             Q("net.desc", "Inbound telephony: please describe the services provided.", ans="Non-geographic 0300 numbers with call routing and an IVR menu.", fact="0300 routing ivr"),
             Q("net.contact", "Inbound telephony: which officer manages this contract?", ans="Priya Desai, ICT Network Manager.", fact="priya desai"),
         ])],
         layout="disclosure-log page, interleaved Question/Response, one merged list of 16", traps=["inbound questions continue numbering 11-16 in one list", "reworded"]),

    # ---- ICT round robin 2022: parts restart, duration inserted ----------
    dict(key="H3", auth="hcc", kind="history", ref="HCC/FOI/22/0415", date="2022-05-17",
         received="2022-04-20", regime="foia", fmt="docx", style="table", tcols=3,
         title="ICT contracts (contact centre / inbound network)", datefmt="ord",
         preamble=CC_PREAMBLE,
         parts=[
             part("Part 1 – Contact centre contracts", [
                 Q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.", ans="Maintel Europe Ltd", fact="maintel"),
                 Q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.", ans="£96,000", fact="96000"),
                 Q("cc.duration", "Contract Duration: For each supplier, please state the contract duration. If available, please also include any contract extensions.", ans="Five years (3 + 1 + 1).", fact="5 years"),
                 Q("cc.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.", ans="31 March 2027", fact="2027-03-31"),
                 Q("cc.review", "Contract Review: For each supplier, please state the date of when the contract will be reviewed.", ans="September 2026", fact="2026-09"),
                 Q("cc.desc", "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.", ans="Cloud omnichannel contact centre: voice, email, webchat and social media, with workforce management and reporting.", fact="cloud omnichannel"),
                 Q("cc.contact", "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract (full name, job title, contact number, email).", ans="Alan Marsh, Head of Customer Services, 01632 960210, alan.marsh@harrowden.gov.uk", fact="alan marsh"),
                 Q("cc.agents", "Number of Agents: please provide me with the total number of contact centre agents.", ans="55", fact="55"),
                 Q("cc.sites", "Number of Sites: please can you provide me with the number of sites the contact centre covers.", ans="1", fact="1"),
                 Q("cc.manufacturer", "Manufacturer of the contact centre: Who is the manufacturer of the contact centre system that you operate?", ans="Avaya (Avaya OneCloud)", fact="avaya"),
                 Q("cc.email_users", "Number of email users: Approximate number of email users across the organisation.", ans="5,300", fact="5300"),
             ]),
             part("Part 2 – Inbound network services contracts", [
                 Q("net.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.", ans="BT", fact="bt"),
                 Q("net.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.", ans="£29,800", fact="29800"),
                 Q("net.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.", ans="30 June 2026", fact="2026-06-30"),
                 Q("net.review", "Contract Review: For each supplier, please state the date of when the contract will be reviewed.", ans="January 2026", fact="2026-01"),
                 Q("net.desc", "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.", ans="0300 inbound numbers, intelligent call routing, caller line identification and IVR.", fact="0300 routing ivr"),
                 Q("net.contact", "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract (full name, job title, contact number, email).", ans="Priya Desai, ICT Network Manager, 01632 960415", fact="priya desai"),
             ]),
         ],
         layout="three-column table per part (No. | request | response)", traps=["Contract Duration inserted as Q3, later questions renumbered"]),

    # ---- ICT round robin 2024: parts, sites removed, reordered ----------
    dict(key="H4", auth="hcc", kind="history", ref="HCC/FOI/24/0162", date="2024-02-28",
         received="2024-02-01", regime="foia", fmt="txt", style="youasked",
         title="Contact centre and inbound network contracts", datefmt="slash",
         notes_before=["A response to a similar request (HCC/FOI/22/0415) is already published in our disclosure log; the figures below are current."],
         parts=[
             part("Part A – Contact centre", [
                 Q("cc.supplier", "Who is the incumbent supplier of each contact centre contract?", ans="Maintel.", fact="maintel"),
                 Q("cc.spend", "What is the average yearly spend with each supplier, taken over the last three years?", ans="£96,000 a year.", fact="96000"),
                 Q("cc.duration", "How long does each contract run for, including any options to extend?", ans="5 years in total: an initial term of 3 years plus two optional extensions of 12 months each.", fact="5 years"),
                 Q("cc.expiry", "On what date does each contract expire?", ans="31/03/2027", fact="2027-03-31"),
                 Q("cc.email_users", "Approximately how many email users does the organisation have?", ans="Approximately 5,250.", fact="5250"),
                 Q("cc.agents", "How many contact centre agents do you employ?", ans="55 agents.", fact="55"),
                 Q("cc.manufacturer", "Who manufactured the contact centre system you operate?", ans="Avaya.", fact="avaya"),
                 Q("cc.review", "On what date will each contract be reviewed?", ans="September 2026.", fact="2026-09"),
                 Q("cc.desc", "Please give a short description of the services under each contract.", ans="Omnichannel cloud contact centre covering telephony, email, webchat and social messaging, plus workforce management.", fact="cloud omnichannel"),
                 Q("cc.contact", "Who in the council is responsible for each contract (name, job title, telephone, email)?", ans="Alan Marsh, Head of Customer Services, 01632 960210, alan.marsh@harrowden.gov.uk", fact="alan marsh"),
             ]),
             part("Part B – Inbound network services", [
                 Q("net.supplier", "Who is the incumbent supplier of each inbound network contract?", ans="BT.", fact="bt"),
                 Q("net.spend", "What is the average yearly spend with each supplier, taken over the last three years?", ans="£31,200 a year.", fact="31200"),
                 Q("net.expiry", "On what date does each contract expire?", ans="30/06/2026", fact="2026-06-30"),
                 Q("net.review", "On what date will each contract be reviewed?", ans="January 2026.", fact="2026-01"),
                 Q("net.desc", "Please give a short description of the services under each contract.", ans="0300 and 0800 inbound numbers, call routing, CLI presentation and IVR.", fact="0300 routing ivr"),
                 Q("net.contact", "Who in the council is responsible for each contract (name, job title, telephone, email)?", ans="Priya Desai, ICT Network Manager, 01632 960415, priya.desai@harrowden.gov.uk", fact="priya desai"),
             ]),
         ],
         layout="You asked / Our response, two parts restarting", traps=["Number of Sites dropped; questions reordered", "quotes earlier reference HCC/FOI/22/0415"]),

    # ---- Potholes 2021 (no draft; distractor family) --------------------
    dict(key="H6", auth="hcc", kind="history", ref="FOI 2021/0099", date="2021-01-19",
         received="2020-12-15", regime="foia", fmt="pdf-chromium", style="interleaved",
         title="Potholes and highway defects", datefmt="long",
         parts=[part(None, [
             Q("pot.contractor", "Which contractor carries out pothole repairs on the county's roads?", ans="Brackley Highway Services Ltd, under the Highways Term Maintenance Contract.", fact="brackley highway services"),
             Q("pot.cat1", "What is your target time for making safe a Category 1 (emergency) defect?", ans="Within 24 hours of the defect being reported.", fact="24 hours"),
             Q("pot.claims", "How many compensation claims for pothole damage did the council receive in 2019/20?", ans="1,406", fact="1406"),
             Q("pot.claims_paid", "How many of those claims resulted in a payment to the claimant?", ans="213", fact="213"),
         ])],
         layout="interleaved Question/Response", traps=[]),

    # ---- Libraries 2021 --------------------------------------------------
    dict(key="H8", auth="hcc", kind="history", ref="FOI 2021/1503", date="2021-11-30",
         received="2021-11-02", regime="foia", fmt="html", style="table",
         title="Public library provision", datefmt="long",
         related=["FOI 2020/0904 – Agency social workers", "FOI 2021/0099 – Potholes and highway defects"],
         parts=[part(None, [
             Q("lib.static", "How many static (building-based) public libraries does the council run?", ans="34", fact="34"),
             Q("lib.mobile", "How many mobile library vehicles are in service?", ans="3", fact="3"),
             Q("lib.community", "How many libraries are now run by community groups or volunteers rather than by the council?", ans="9", fact="9"),
             Q("lib.lms", "Which library management system do you use, and who supplies it?", ans="Spydus, supplied by Civica.", fact="civica spydus"),
             Q("lib.closures", "How many libraries have closed permanently since April 2016?", ans="4", fact="4"),
         ])],
         layout="disclosure-log page with two-column table", traps=["sidebar lists other references"]),

    # ---- Libraries 2024 --------------------------------------------------
    dict(key="H9", auth="hcc", kind="history", ref="HCC/FOI/24/0408", date="2024-05-07",
         received="2024-04-09", regime="foia", fmt="pdf-gs", style="interleaved",
         title="Libraries", datefmt="ord", qlabel="Q{n}.", alabel="A{n}.",
         parts=[part(None, [
             Q("lib.lms", "Please name your library management system (LMS) and its supplier.", ans="Civica Spydus.", fact="civica spydus"),
             Q("lib.static", "Total number of council-run library buildings.", ans="31", fact="31"),
             Q("lib.community", "Number of community-managed libraries.", ans="12", fact="12"),
             Q("lib.mobile", "Number of mobile libraries.", ans="2", fact="2"),
             Q("lib.hours", "Combined weekly opening hours across all council-run libraries.", ans="1,046 hours per week.", fact="1046"),
             Q("lib.visits", "Number of physical visits to council libraries in 2023/24.", ans="1,912,400", fact="1912400"),
         ])],
         layout="Q1/A1 interleaved, Ghostscript PDF", traps=["reordered"]),

    # ---- Fly-tipping 2019 (EIR) ----------------------------------------
    dict(key="H10", auth="hcc", kind="history", ref="EIR 2019/0655", date="2019-07-11",
         received="2019-06-13", regime="eir", fmt="docx", style="restate_numbered",
         title="Fly-tipping", datefmt="long",
         intro="Thank you for your request received on {received}. As it concerns environmental information, it has been handled under the {act}. You asked:",
         parts=[part(None, [
             Q("flytip.clearances", "How many fly-tipping incidents on the highway and on land owned by the County Council did the council clear in the last complete financial year?", ans="1,142 incidents were cleared in 2018/19.", fact="1142"),
             Q("flytip.disposal", "What did the council pay to dispose of fly-tipped waste delivered to its waste sites in the last financial year?", ans="£212,000", fact="212000"),
             Q("flytip.cameras", "Where are the council's covert cameras for detecting fly-tipping located?", stance="withheld", ex=["reg12(5)(b)"]),
         ])],
         layout="restate then numbered answers (EIR)", traps=["EIR regime"]),

    # ---- Fly-tipping 2023 (EIR): clearances now not held ---------------
    dict(key="H11", auth="hcc", kind="history", ref="HCC/EIR/23/0231", date="2023-04-25",
         received="2023-03-28", regime="eir", fmt="txt", style="interleaved",
         title="Fly-tipping incidents, enforcement and costs", datefmt="ord",
         parts=[part(None, [
             Q("flytip.clearances", "Number of fly-tips the County Council removed from highway land and council property in the latest full year.", stance="not_held", ans="The County Council does not hold this information. Fly-tips on the highway are cleared by the district councils as waste collection authorities and the County Council does not record the number of incidents."),
             Q("flytip.fpns", "Number of fixed penalty notices issued for fly-tipping.", stance="not_held", ans="No information is held. Fixed penalty notices for fly-tipping are issued by the district councils."),
             Q("flytip.disposal", "Cost of disposing of fly-tipped waste in the last financial year.", ans="£256,400", fact="256400"),
             Q("flytip.cameras", "Locations of any covert cameras used to detect fly-tipping.", stance="withheld", ex=["reg12(5)(b)"]),
         ])],
         layout="interleaved Question/Response (EIR)", traps=["not held under reg 12(4)(a)"]),

    # ---- Agency social workers 2020 -----------------------------------
    dict(key="H12", auth="hcc", kind="history", ref="FOI 2020/0904", date="2020-09-15",
         received="2020-08-18", regime="foia", fmt="md", style="restate_numbered",
         title="Agency social workers", datefmt="long", afmt="Question {n} – {a}",
         parts=[part(None, [
             Q("agsw.count", "How many agency (locum) social workers does the council currently engage?", ans="42", fact="42"),
             Q("agsw.spend", "What was the total spent on agency social workers in 2019/20, broken down by agency?", ans="£2.3m in total: Hays Social Care £1.1m; Sanctuary Personnel £0.7m; other agencies £0.5m.", fact="2300000 breakdown"),
             Q("agsw.top_agency", "Which agency supplies the largest number of your locum social workers?", ans="Hays Social Care.", fact="hays social care"),
             Q("agsw.vacancy", "What is your current vacancy rate for qualified social workers?", ans="18%", fact="18%"),
         ])],
         layout="restate, answers keyed Question n –", traps=[]),

    # ---- Agency social workers 2022 -----------------------------------
    dict(key="H13", auth="hcc", kind="history", ref="HCC/FOI/22/0871", date="2022-09-06",
         received="2022-08-09", regime="foia", fmt="pdf-soffice", style="table",
         title="Locum and agency social work staff", datefmt="slash",
         parts=[part(None, [
             Q("agsw.count", "Number of agency social workers currently working for the council (headcount).", ans="57", fact="57"),
             Q("agsw.top_agency", "Name of the agency supplying the most social workers.", stance="withheld", ex=["s43(2)"]),
             Q("agsw.spend", "Spend on agency social workers in 2021/22, by agency.", stance="partially_released", ex=["s43(2)"], ans="Total spend in 2021/22 was £3,100,000.", rest="The breakdown of this spend by individual agency"),
             Q("agsw.longest", "How long has your longest-serving agency social worker been placed with the council?", ans="4 years.", fact="4 years"),
         ])],
         layout="two-column table", traps=["partial release"]),

    # ---- Agency social workers 2024 -----------------------------------
    dict(key="H14", auth="hcc", kind="history", ref="HCC/FOI/24/0914", date="2024-10-01",
         received="2024-09-03", regime="foia", fmt="txt", style="youasked",
         title="Agency social workers", datefmt="long",
         parts=[part(None, [
             Q("agsw.top_agency", "Which agency provides the greatest number of your agency social workers?", stance="withheld", ex=["s43(2)"]),
             Q("agsw.count", "How many agency social workers are working for you at present?", ans="61", fact="61"),
             Q("agsw.spend", "How much did you spend on agency social workers in 2023/24? Please break this down by agency.", stance="partially_released", ex=["s43(2)"], ans="The total was £3.4m.", rest="The breakdown by agency"),
             Q("agsw.longest", "What is the longest period any one agency social worker has been placed with you?", ans="5 years.", fact="5 years"),
             Q("agsw.vacancy", "What is the current social worker vacancy rate?", ans="21.5%", fact="21.5%"),
         ])],
         layout="You asked / Our response", traps=[]),

    # ---- Unrelated: school transport 2023 -----------------------------
    dict(key="H15", auth="hcc", kind="history", ref="HCC/FOI/23/0702", date="2023-08-08",
         received="2023-07-11", regime="foia", fmt="html", style="decision",
         title="Home to school transport", datefmt="long",
         parts=[part(None, [
             Q("st.pupils", "How many pupils received council-funded home to school transport in 2022/23?", ans="6,420", fact="6420"),
             Q("st.contracts", "How many taxi and minibus contracts does the council hold for home to school transport?", ans="388", fact="388"),
             Q("st.top_operator", "Which operator holds the largest number of those contracts?", stance="withheld", ex=["s43(2)"]),
         ])],
         layout="disclosure-log page, decision paragraph", traps=["unrelated request"]),

    # ================================================================ drafts
    # D1: ICT round robin 2025 draft
    dict(key="D1", auth="hcc", kind="draft", ref="HCC/FOI/25/0893", date="2025-09-23",
         received="2025-08-27", regime="foia", fmt="docx", style="restate_numbered",
         title="ICT contracts – contact centre and inbound network services", datefmt="ord",
         preamble=CC_PREAMBLE, resp_heading="Response",
         parts=[
             part("The first part of my request relates to contact centre service contracts (call distribution, email and web chat, performance monitoring). Please send me the following information for each provider:", [
                 Q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.", ans="Maintel.", fact="maintel"),
                 Q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.", stance="withheld", ex=["s43(2)"]),
                 Q("cc.duration", "Contract Duration: For each supplier, please state the contract duration of the contract. If available, please also include any contract extensions.", ans="60 months: three years with two optional one-year extensions.", fact="5 years"),
                 Q("cc.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.", ans="31st March 2027.", fact="2027-03-31"),
                 Q("cc.review", "Contract Review: For each supplier, please state the date of when the contract will be reviewed.", ans="09/2026", fact="2026-09"),
                 Q("cc.desc", "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.", ans="A cloud-hosted omnichannel contact centre (telephony, email, web chat and social channels) with workforce management.", fact="cloud omnichannel"),
                 Q("cc.contact", "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract. Please provide me with their full name, actual job title, contact number and direct email address.", ans="Head of Customer Services: Alan Marsh (01632 960210, alan.marsh@harrowden.gov.uk).", fact="alan marsh"),
                 Q("cc.agents", "Number of Agents; please provide me with the total number of contact centre agents.", ans="Fifty-five.", fact="55"),
                 Q("cc.manufacturer", "Manufacturer of the contact centre: Who is the manufacturer of the contact centre system that you operate?", ans="Genesys (Genesys Cloud CX).", fact="genesys"),
                 Q("cc.email_users", "Number of email users: Approximate number of email users across the organisation.", ans="c. 5,250", fact="5250"),
             ], short="Part 1"),
             part("The second part of my request relates to inbound network services contracts (0800, 0300 numbers, routing of calls, caller identifier, IVR). For a contract relating to the above please can you provide me with:", [
                 Q("net.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.", ans="BT (British Telecommunications plc).", fact="bt"),
                 Q("net.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.", ans="£31.2k per year.", fact="31200"),
                 Q("net.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.", ans="30 June 2026.", fact="2026-06-30"),
                 Q("net.review", "Contract Review: For each supplier, please state the date of when the contract will be reviewed.", ans="Jan 2026.", fact="2026-01"),
                 Q("net.desc", "Contract Description: For each supplier, please state a brief description of the services provided of the overall contract.", ans="Inbound 0300/0800 numbers with call routing, caller line identification and an IVR front end.", fact="0300 routing ivr"),
                 Q("net.contact", "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract. Please provide me with their full name, actual job title, contact number and direct email address.", stance="partially_released", ex=["s40(2)"], ans="The contract is managed by the ICT Network Manager.", rest="The officer's name, direct telephone number and email address"),
             ], short="Part 2"),
         ],
         layout="restate, numbered answers per part", traps=["figures restated: 60 months, £31.2k, Jan 2026"]),

    # D2: libraries 2025, consistent repeat
    dict(key="D2", auth="hcc", kind="draft", ref="HCC/FOI/25/1120", date="2025-11-04",
         received="2025-10-07", regime="foia", fmt="pdf-chromium", style="youasked",
         title="Library services", datefmt="long", consistent=True,
         ya=("Your question:", "Our answer:"),
         parts=[part(None, [
             Q("lib.static", "How many library buildings does the council itself run?", ans="Thirty-one.", fact="31"),
             Q("lib.mobile", "How many mobile libraries do you operate?", ans="Two mobile library vehicles.", fact="2"),
             Q("lib.community", "How many libraries are managed by community organisations?", ans="Twelve (12).", fact="12"),
             Q("lib.volunteers", "How many volunteers help out in council-run libraries?", ans="286 registered volunteers.", fact="286"),
             Q("lib.lms", "What library management system do you use?", ans="Spydus, from Civica.", fact="civica spydus"),
             Q("lib.hours", "What are the total weekly opening hours of all council-run libraries?", ans="1046 hours per week.", fact="1046"),
         ])],
         layout="Your question / Our answer", traps=["numbers written as words", "volunteers look-alike of community-run libraries"]),

    # D3: fly-tipping 2025 (EIR): clearances now released
    dict(key="D3", auth="hcc", kind="draft", ref="HCC/EIR/25/0517", date="2025-06-10",
         received="2025-05-13", regime="eir", fmt="txt", style="restate_numbered",
         title="Fly-tipping", datefmt="long",
         intro="Thank you for your request received on {received}, which we have dealt with under the {act}. You asked:",
         parts=[part(None, [
             Q("flytip.clearances", "How many fly-tipping incidents did Harrowden County Council clear from the highway or from land it owns during 2024/25?", ans="1,380 incidents were cleared by the County Council's highways teams in 2024/25.", fact="1380"),
             Q("flytip.reports", "How many reports of fly-tipping did the council receive from members of the public in 2024/25?", ans="2,214 reports were received through the council's website and contact centre.", fact="2214"),
             Q("flytip.fpns", "How many fixed penalty notices for fly-tipping were issued?", stance="not_held", ans="The County Council does not issue fixed penalty notices for fly-tipping; these are issued by the district councils, and no information is held."),
             Q("flytip.cameras", "Where are your covert fly-tipping cameras sited?", stance="withheld", ex=["reg12(5)(b)"]),
         ])],
         layout="restate then numbered answers (EIR)", traps=["reports look-alike of clearances"]),

    # D4: agency social workers, back-dated check as of 2022-06-01
    dict(key="D4", auth="hcc", kind="draft", ref="HCC/FOI/25/0388", date="2025-04-15",
         received="2025-03-18", regime="foia", fmt="md", style="interleaved",
         title="Agency social workers", datefmt="long", as_of="2022-06-01",
         parts=[part(None, [
             Q("agsw.count", "How many agency social workers does the council use at the moment?", ans="42", fact="42"),
             Q("agsw.spend", "Please tell me the total spend on agency social workers in 2024/25, with a breakdown by agency.", stance="partially_released", ex=["s43(2)"], ans="The total spend in 2024/25 was £3.6m.", rest="The breakdown of spend by individual agency"),
             Q("agsw.top_agency", "Which agency supplies you with the most social workers?", ans="Hays Social Care.", fact="hays social care"),
             Q("agsw.longest", "What is the longest time an agency social worker has been continuously placed with the council?", ans="4 years.", fact="4 years"),
         ])],
         layout="interleaved Question/Response", traps=["as_of excludes 2022 and 2024 letters"]),
]
