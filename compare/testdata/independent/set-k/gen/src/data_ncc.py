"""Northmoor County Council (county council, England)."""
from common import Q, P

CC_INTRO_2021 = ("The first part of my request relates to contact centre solutions, which could include automatic call "
                 "distribution, web chat, email and social media integration, and dashboards or performance monitoring "
                 "tools, whether bought as one package or as separate applications. For each such contract please "
                 "provide:")
NET_INTRO_2021 = ("The second part of my request relates to inbound network services contracts, for example 0300/0800 "
                  "numbers, call routing, caller identification and interactive voice response (IVR). For each such "
                  "contract please provide:")

HISTORY = [
    # 2018 ICT round-robin: one merged list, numbering 1-11 over both contract types
    dict(auth="ncc", ref="FOI-2018-0107", date="2018-02-19", recv="2018-01-22", regime="foia", style="restate",
         fmt="pdf-soffice", title="Contact centre and telephony contracts", ds="long", recvv=0,
         req_intro=["I am researching ICT contracts held by local authorities, in particular contact centre software "
                    "and inbound telephony (network) services. Please answer the following:"],
         key="{n}.",
         parts=[P([
             Q("c.cc.supplier", "Who supplies the Council's contact centre software?", "released",
               fact="Tollgate Contact Systems Ltd", ans="Tollgate Contact Systems Ltd."),
             Q("c.cc.spend", "What is the average annual spend on the contact centre contract over the last three years?",
               "released", fact="79000", ans="\u00a379,000 per year (average of 2014/15 to 2016/17)."),
             Q("c.cc.expiry", "When does the contact centre contract expire?", "released", fact="2021-06-30",
               ans="30 June 2021."),
             Q("c.cc.review", "When will the contact centre contract next be reviewed?", "released", fact="annually in April",
               ans="The contract is reviewed annually each April."),
             Q("c.cc.desc", "Please give a brief description of the services provided under the contact centre contract.",
               "released", fact="hosted omnichannel platform",
               ans="A hosted omnichannel contact centre platform covering call routing, web chat, email handling and reporting."),
             Q("c.cc.contact", "Please give the name, job title, telephone number and email address of the officer responsible for the contact centre contract.",
               "released", fact="David Okafor",
               ans="David Okafor, Head of Customer Services, 01632 960 412, david.okafor@northmoor.gov.uk."),
             Q("c.cc.agents", "How many contact centre agents does the Council employ?", "released", fact="38",
               ans="38 agents (full-time equivalent)."),
             Q("c.net.supplier", "Who provides the Council's inbound network services (0300 numbers, call routing and IVR)?",
               "released", fact="Meridian Telecom plc", ans="Meridian Telecom plc."),
             Q("c.net.spend", "What is the average annual spend on inbound network services?", "released", fact="22500",
               ans="\u00a322,500."),
             Q("c.net.expiry", "When does the inbound network services contract expire?", "released", fact="2020-08-31",
               ans="31 August 2020."),
             Q("c.net.contact", "Who is the officer responsible for the inbound network services contract?", "released",
               fact="Priya Lal", ans="Priya Lal, ICT Commissioning Manager, 01632 960 433."),
         ])]),

    # 2018 potholes, "You asked / Our response"
    dict(auth="ncc", ref="FOI-2018-0914", date="2018-10-03", recv="2018-09-05", regime="foia", style="youasked",
         fmt="md", title="Potholes and compensation claims", ds="ordinal", recvv=3, reflabel="Reference:",
         parts=[P([
             Q("c.pot.reported", "How many potholes were reported to the Council in each of the last three financial years?",
               "released", fact="14212/15980/19344", rolling=True,
               ans="2015/16: 14,212. 2016/17: 15,980. 2017/18: 19,344."),
             Q("c.pot.claims", "How many claims for compensation for vehicle damage caused by potholes did the Council receive in the same years?",
               "released", fact="612/704/1106", rolling=True, ans="2015/16: 612. 2016/17: 704. 2017/18: 1,106."),
             Q("c.pot.claims_paid", "How many of those claims resulted in the Council making a payment?", "released",
               fact="58/71/96", rolling=True, ans="2015/16: 58. 2016/17: 71. 2017/18: 96."),
             Q("c.pot.depth", "What depth must a pothole reach before the Council will repair it?", "released",
               fact="40mm", ans="On carriageways the investigatory level is a depth of 40mm or more."),
             Q("c.pot.contractor", "Which contractor carries out pothole repairs on the Council's behalf?", "released",
               fact="Marlow Highways Ltd", ans="Marlow Highways Ltd, under the Highways Term Maintenance Contract."),
         ])]),

    # 2019 waste contract, DOCX table, FOIA s43(2)
    dict(auth="ncc", ref="FOI-2019-0522", date="2019-05-28", recv="2019-04-30", regime="foia", style="table",
         fmt="docx", title="Residual waste treatment contract", ds="long", recvv=2, reflabel="FOI reference:",
         parts=[P([
             Q("c.waste.contractor", "Who operates the Council's residual waste treatment contract?", "released",
               fact="Greyfen Resource Recovery Ltd", ans="Greyfen Resource Recovery Ltd."),
             Q("c.waste.value", "What is the annual value of that contract?", "withheld", ["s43(2)"]),
             Q("c.waste.expiry", "When does the contract end?", "released", fact="2034-03-31", ans="31 March 2034."),
             Q("c.waste.landfill", "How many tonnes of household waste did the Council send to landfill in 2018/19?",
               "released", fact="38400", ans="38,400 tonnes."),
         ])]),

    # 2020 unrelated: home to school transport
    dict(auth="ncc", ref="FOI-2020-0031", date="2020-01-15", recv="2019-12-16", regime="foia", style="restate",
         fmt="txt", title="Home to school transport", ds="slash", recvv=0, key="Answer {n}:",
         parts=[P([
             Q("c.hts.spend", "What was the Council's total spend on home to school transport in 2018/19?", "released",
               fact="21400000", ans="\u00a321.4 million."),
             Q("c.hts.operators", "How many taxi and private hire operators hold home to school transport contracts?",
               "released", fact="87", ans="87 operators."),
             Q("c.hts.routes", "How many contracted routes are there?", "released", fact="1312", ans="1,312 routes."),
         ])]),

    # 2020 fly-tipping, EIR, HTML disclosure log
    dict(auth="ncc", ref="NCC-FOI-20-1141", date="2020-11-09", recv="2020-10-12", regime="eir", style="interleaved",
         fmt="html", title="Fly-tipping enforcement", ds="long", recvv=0, labels=("Q{n}.", "A{n}."),
         parts=[P([
             Q("c.fly.incidents", "How many fly-tipping incidents were recorded in each of 2017/18, 2018/19 and 2019/20?",
               "released", fact="2911/3264/3507", rolling=True, ans="2017/18: 2,911; 2018/19: 3,264; 2019/20: 3,507."),
             Q("c.fly.fpn", "How many fixed penalty notices for fly-tipping did the Council issue in each of those years?",
               "released", fact="12/19/27", rolling=True, ans="12, 19 and 27 respectively."),
             Q("c.fly.prosecutions", "How many prosecutions for fly-tipping did the Council bring in those years?",
               "released", fact="3/2/5", rolling=True, ans="3, 2 and 5 respectively."),
             Q("c.fly.cameras", "Where are the Council's fly-tipping surveillance cameras located?", "withheld",
               ["reg12(5)(b)"], ans="This information is withheld under regulation 12(5)(b) of the EIR (the course of justice)."),
         ])]),

    # 2021 ICT round-robin: two parts, numbering restarts
    dict(auth="ncc", ref="NCC-FOI-21-0763", date="2021-07-06", recv="2021-06-08", regime="foia", style="interleaved",
         fmt="pdf-chromium", title="ICT contracts \u2013 contact centre and inbound network services", ds="ordinal",
         recvv=1, labels=("Request {n}", "Response"), reflabel="Our ref:",
         parts=[P([
             Q("c.cc.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract.",
               "released", fact="Tollgate Contact Systems Ltd", ans="Tollgate Contact Systems Ltd"),
             Q("c.cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.",
               "released", fact="81200", ans="\u00a381,200"),
             Q("c.cc.duration", "Contract Duration: For each supplier, please state the duration of the contract, including any extensions.",
               "released", fact="3+2 years", ans="Three years from 1 July 2021, with an option to extend by up to two further years."),
             Q("c.cc.expiry", "Contract Expiry: For each supplier, please state the date the contract expires.",
               "released", fact="2024-06-30", ans="30 June 2024 (before any extension)."),
             Q("c.cc.desc", "Contract Description: Please give a brief description of the services provided under the contract.",
               "released", fact="hosted omnichannel platform", ans="Cloud-hosted contact centre platform: ACD, IVR front end, web chat and performance dashboards."),
             Q("c.cc.contact", "Contact Details: Please state the person within the organisation responsible for the contract, with their full name, job title, contact number and direct email address.",
               "released", fact="Sarah Whitcombe",
               ans="Sarah Whitcombe, Customer Access Manager, 01632 960 418, sarah.whitcombe@northmoor.gov.uk"),
         ], title="Part 1 \u2013 Contact centre", intro=CC_INTRO_2021),
             P([
             Q("c.net.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract.",
               "released", fact="Meridian Telecom plc", ans="Meridian Telecom plc"),
             Q("c.net.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.",
               "released", fact="24000", ans="\u00a324,000"),
             Q("c.net.expiry", "Contract Expiry: For each supplier, please state the date the contract expires.",
               "released", fact="2023-08-31", ans="31 August 2023"),
             Q("c.net.contact", "Contact Details: Please state the person within the organisation responsible for the contract, with their full name, job title, contact number and direct email address.",
               "released", fact="Tom Reddy", ans="Tom Reddy, ICT Service Owner (Telephony), 01632 960 455, tom.reddy@northmoor.gov.uk"),
         ], title="Part 2 \u2013 Inbound network services", intro=NET_INTRO_2021)]),

    # 2022 potholes reworded, reordered, one dropped, a look-alike inserted
    dict(auth="ncc", ref="NCC-FOI-22-0298", date="2022-03-22", recv="2022-02-23", regime="foia", style="interleaved",
         fmt="txt", title="Highway defects", ds="long", recvv=0, labels=("Request {n}:", "Answer:"),
         reflabel="Our reference:",
         parts=[P([
             Q("c.pot.contractor", "Please name the company contracted to carry out highway defect repairs for the Council.",
               "released", fact="Marlow Highways Ltd", ans="Marlow Highways Ltd remains the Council's term maintenance contractor."),
             Q("c.pot.depth", "What is the minimum depth at which a carriageway pothole becomes actionable under your highway safety inspection policy?",
               "released", fact="40mm", ans="40 millimetres."),
             Q("c.pot.cat2time", "Within what timescale are non-urgent (category 2) defects repaired?", "released",
               fact="28 days", ans="Category 2 defects are programmed for repair within 28 days."),
             Q("c.pot.claims", "For 2019/20, 2020/21 and 2021/22, please state the number of pothole damage claims lodged against the Council.",
               "not_held", rolling=True,
               ans="The Council does not hold this information. Since April 2019 third-party highway claims have been received and administered directly by the Council's insurer, and the Council does not keep its own record of the number lodged."),
             Q("c.pot.footway", "How many defects were reported on footways (pavements) in the same three years?", "released",
               fact="4102/3877/4650", rolling=True, ans="2019/20: 4,102; 2020/21: 3,877; 2021/22: 4,650."),
         ])]),

    # 2022 fly-tipping reworded, EIR
    dict(auth="ncc", ref="NCC-FOI-22-1370", date="2022-12-05", recv="2022-11-07", regime="eir", style="youasked",
         fmt="txt", title="Fly-tipping \u2013 costs, enforcement and cameras", ds="short", recvv=0,
         reflabel="Request reference:",
         parts=[P([
             Q("c.fly.clearcost", "What did the Council spend on removing fly-tipped waste from highways and council land in 2021/22?",
               "released", fact="412600", rolling=True, ans="\u00a3412,600."),
             Q("c.fly.incidents", "How many fly-tips were reported in 2021/22?", "released", fact="3874", rolling=True,
               ans="3,874."),
             Q("c.fly.cameras", "Please list the sites at which deployable CCTV is being used to tackle fly-tipping.",
               "withheld", ["reg12(5)(b)"],
               ans="We are not able to provide the sites. This information is withheld under regulation 12(5)(b) (the course of justice)."),
             Q("c.fly.fpn", "How many fixed penalty notices for fly-tipping were issued in 2021/22, and at what level was the penalty set?",
               "released", fact="41", rolling=True, ans="41 fixed penalty notices, each at \u00a3400."),
         ])]),

    # 2023 ICT round-robin: parts restart, reordered, merged expiry/extension, inserted agents, network spend dropped
    dict(auth="ncc", ref="CAS-230614-N8F2", date="2023-06-14", recv="2023-05-17", regime="foia", style="youasked",
         fmt="pdf-gs", title="Contact centre and telephony network contracts", ds="long", recvv=0, reflabel="Case reference:",
         labels=("You asked:", "Our response:"),
         parts=[P([
             Q("c.cc.desc", "Section A, contact centre: please describe briefly what the contract covers.", "released",
               fact="hosted omnichannel platform", ans="A cloud contact centre service: call queuing and routing, IVR, web chat, email and reporting dashboards."),
             Q("c.cc.supplier", "Which company currently holds the contract?", "released",
               fact="Tollgate Contact Systems Ltd", ans="Tollgate Contact Systems Ltd."),
             Q("c.cc.expiry", "On what date is the contract due to end, and are any extensions available?", "released",
               fact="2026-03-31", ans="31 March 2026. One further extension of up to 12 months is available."),
             Q("c.cc.spend", "What has the Council spent on it each year, on average, over the last three years?",
               "released", fact="84000", ans="\u00a384,000 a year on average."),
             Q("c.cc.agents", "How many agents or advisers use the contact centre system?", "released", fact="42",
               ans="42."),
             Q("c.cc.contact", "Who is the responsible officer (name, title, telephone number and email)?", "released",
               fact="Sarah Whitcombe", ans="Sarah Whitcombe, Customer Access Manager, 01632 960 418, sarah.whitcombe@northmoor.gov.uk."),
         ], title="Section A \u2013 Contact centre"),
             P([
             Q("c.net.supplier", "Section B, inbound telephony network: which company currently holds the contract?",
               "released", fact="Meridian Telecom plc", ans="Meridian Telecom plc."),
             Q("c.net.expiry", "On what date is the contract due to end, and are any extensions available?", "released",
               fact="2025-09-30", ans="30 September 2025. No further extensions are available."),
             Q("c.net.contact", "Who is the responsible officer (name, title, telephone number and email)?", "released",
               fact="Tom Reddy", ans="Tom Reddy, ICT Service Owner (Telephony), 01632 960 455, tom.reddy@northmoor.gov.uk."),
         ], title="Section B \u2013 Inbound telephony network")]),

    # 2023 waste contract again, FOIA s43(2) (precedent for the regime change)
    dict(auth="ncc", ref="CAS-230929-R4T7", date="2023-09-29", recv="2023-09-01", regime="foia", style="restate",
         fmt="md", title="Energy from waste contract", ds="ordinal", recvv=1, key="Question {n} \u2013",
         reflabel="Case reference:",
         parts=[P([
             Q("c.waste.expiry", "Please confirm the end date of the Council's long-term waste disposal (energy from waste) contract.",
               "released", fact="2034-03-31", ans="The contract runs until 31 March 2034."),
             Q("c.waste.contractor", "Please confirm the name of the contractor.", "released",
               fact="Greyfen Resource Recovery Ltd", ans="Greyfen Resource Recovery Ltd."),
             Q("c.waste.value", "How much does the Council pay the contractor each year?", "withheld", ["s43(2)"]),
             Q("c.waste.gatefee", "What gate fee per tonne does the Council pay at the energy from waste plant?",
               "withheld", ["s43(2)"]),
         ])]),
]

DRAFTS = [
    # newly_withheld (spend), partly_withheld (contact), answer_changed (network expiry)
    dict(auth="ncc", ref="CAS-250314-H6W1", date="2025-03-14", recv="2025-02-14", regime="foia", style="restate",
         fmt="docx", file="draft-ncc-contact-centre-2025.docx", title="Contact centre and inbound network contracts",
         ds="long", recvv=0, key="{n}.", reflabel="Case reference:",
         leadin="You asked for the following information about the Council's ICT contracts:",
         parts=[P([
             Q("c.cc.supplier", "Incumbent supplier \u2013 please name the supplier of each contact centre contract.",
               "released", fact="Tollgate Contact Systems Ltd", ans="Tollgate Contact Systems Ltd."),
             Q("c.cc.spend", "Spend \u2013 the average yearly amount paid to each supplier across the past three financial years.",
               "withheld", ["s43(2)"]),
             Q("c.cc.expiry", "End date \u2013 when is each contract scheduled to finish?", "released",
               fact="2026-03-31", ans="31/03/2026."),
             Q("c.cc.contact", "Responsible officer \u2013 who manages the contract? Name, role, phone and email please.",
               "partially_released", ["s40(2)"], fact="Customer Access Manager",
               ans="The contract is managed by the Customer Access Manager, who can be contacted on 01632 960 400 or at customer.access@northmoor.gov.uk. The officer's name and direct contact details are withheld under section 40(2) (personal information)."),
             Q("c.cc.agents", "Headcount \u2013 how many call handlers use the platform?", "released", fact="42",
               ans="Forty-two advisers."),
             Q("c.cc.market", "Procurement \u2013 does the Council intend to go to market for a replacement contact centre solution in the next 12 months?",
               "released", fact="yes", ans="Yes. The Council expects to publish a tender notice in the summer of 2025."),
         ], intro="Part 1: contact centre contracts."),
             P([
             Q("c.net.supplier", "Incumbent supplier \u2013 please name the supplier of each inbound network contract.",
               "released", fact="Meridian Telecom plc", ans="Meridian Telecom plc."),
             Q("c.net.expiry", "End date \u2013 when is each contract scheduled to finish?", "released",
               fact="2027-09-30", ans="30 September 2027, following a two-year extension agreed in 2024."),
             Q("c.net.contact", "Responsible officer \u2013 who manages the contract? Name, role, phone and email please.",
               "released", fact="Tom Reddy",
               ans="Tom Reddy, ICT Service Owner (Telephony), 01632 960 455, tom.reddy@northmoor.gov.uk."),
         ], intro="Part 2: inbound network (telephony) contracts.")]),

    # EIR now: reg12(5)(e) for the value (regime change, no finding); NCND on cameras (high); clearance cost now not held (high)
    dict(auth="ncc", ref="CAS-250922-F9M2", date="2025-09-22", recv="2025-08-26", regime="eir", style="interleaved",
         fmt="txt", file="draft-ncc-waste-flytipping-2025.txt", title="Waste contract and fly-tipping", ds="ordinal",
         recvv=0, labels=("{n}.", "Response:"), reflabel="Our ref:",
         leadin="As your request concerns waste and the environment it has been handled under the Environmental Information Regulations 2004.",
         parts=[P([
             Q("c.waste.contractor", "Name of the company running the County's energy-from-waste / residual treatment contract.",
               "released", fact="Greyfen Resource Recovery Ltd", ans="Greyfen Resource Recovery Ltd."),
             Q("c.waste.value", "The amount the Council pays under that contract per annum.", "withheld", ["reg12(5)(e)"],
               ans="This information is withheld under regulation 12(5)(e) (confidentiality of commercial or industrial information)."),
             Q("c.waste.expiry", "The contract end date.", "released", fact="2034-03-31", ans="31.03.2034."),
         ], title="Part 1 \u2013 Residual waste contract"),
             P([
             Q("c.fly.cameras", "The locations of any cameras the Council uses to detect fly-tipping.", "ncnd",
               ["reg12(5)(b)", "reg12(6)"]),
             Q("c.fly.clearcost", "The cost to the Council of clearing fly-tipped waste in 2024/25.", "not_held", rolling=True,
               ans="The Council does not hold this information (regulation 12(4)(a)). Since April 2023 clearance of fly-tipped waste has been included in the lump-sum highways and environmental services contract and its cost is not recorded separately."),
             Q("c.fly.litterfpn", "The number of fixed penalty notices issued for littering offences in 2024/25.", "released",
               fact="1214", rolling=True, ans="1,214."),
         ], title="Part 2 \u2013 Fly-tipping and littering")]),

    # consistent repeat: restated facts only
    dict(auth="ncc", ref="CAS-260112-P3D8", date="2026-01-12", recv="2025-12-10", regime="foia", style="youasked",
         fmt="md", file="draft-ncc-potholes-2026.md", title="Pothole repairs and claims", ds="long", recvv=3,
         reflabel="Case reference:", consistent=True,
         parts=[P([
             Q("c.pot.depth", "At what depth is a pothole in the road surface treated as a defect that the Council will repair?",
               "released", fact="40mm", ans="A pothole on the carriageway is recorded as a defect for repair once it is 40mm deep or more."),
             Q("c.pot.cat2time", "How quickly does the Council aim to fix defects that are not an immediate danger?", "released",
               fact="28 days", ans="Non-urgent defects are repaired within four weeks of being identified."),
             Q("c.pot.contractor", "Who currently carries out pothole repairs for the Council?", "released",
               fact="Marlow Highways Ltd", ans="Marlow Highways Limited."),
             Q("c.pot.claims", "How many people claimed compensation from the Council for pothole damage to their vehicles in each of the last three years?",
               "not_held", rolling=True,
               ans="This information is not held by the Council. Claims are received and handled by the Council's insurer and we do not keep a count."),
             Q("c.pot.repaired", "How many potholes did the Council repair in each of the last three years?", "released",
               fact="21033/24517/22980", rolling=True, ans="2022/23: 21,033; 2023/24: 24,517; 2024/25: 22,980."),
         ])]),
]
