"""Harrowfield District Council (England): FOIA and EIR."""
from model import Q, L

A = "HDC"
CC_DESC_18 = ("Hosted contact centre platform: automatic call distribution, call recording, web chat "
              "and performance dashboards.")
NET_DESC = "Provision of 0300 and 0800 numbers, call routing, caller line identification and IVR."
FT_POLICY = ("Our Environmental Enforcement Policy is published at "
             "https://www.harrowfield.gov.uk/environmental-enforcement-policy and is therefore "
             "already publicly available; regulation 6(1)(b) of the EIR applies.")

HISTORY = [
    # ---------------------------------------------------------------- CCTV 2017
    L("hdc-2017-cctv", A, "FOI/17/0388", "2017-06-12", received="2017-05-16", fmt="pdf-soffice",
      style="restate", title="Public space CCTV", datefmt=1,
      extra=dict(lead="Your request was as follows:", labels=1),
      parts=[[
          Q("cctv.count", "How many CCTV cameras does the Council operate in public spaces?", "released",
            fact="64", ans="The Council operates 64 public space CCTV cameras."),
          Q("cctv.monitor", "Are the cameras monitored 24 hours a day?", "released", fact="24h",
            ans="Yes. The CCTV control room is staffed 24 hours a day, 365 days a year."),
          Q("cctv.locations", "Please provide a list of camera locations.", "released", ex=["s21"],
            ans="A map showing the location of every public space camera is published at "
                "https://www.harrowfield.gov.uk/cctv-map. As this information is reasonably accessible to "
                "you, section 21 of the Act applies and we have not reproduced it here."),
          Q("cctv.maint", "Who maintains the system?", "released", fact="sentinel",
            ans="Maintenance is carried out by Sentinel Vision Systems Ltd."),
          Q("cctv.cost.1617", "What was the annual running cost of the CCTV service in 2016/17?",
            "released", fact="212000", ans="£212,000 (including control room staffing)."),
      ]]),
    # ---------------------------------------------------------------- ICT 2018 (parts restart)
    L("hdc-2018-ict", A, "FOI/18/0211", "2018-04-09", received="2018-03-12", fmt="txt",
      style="interleaved", title="Contact centre and inbound network contracts", datefmt=0,
      part_titles=["Part 1 – Contact centre contracts", "Part 2 – Inbound network services contracts"],
      extra=dict(labels=3, slogan=True),
      intro=("You asked about the Council's ICT contracts for (1) contact centre services and (2) inbound "
             "network services. Each question is repeated below with our response."),
      parts=[[
          Q("cc.supplier", "Incumbent supplier: for each contact centre contract, please provide the name "
            "of the supplier.", "released", fact="connectrix", ans="Connectrix Ltd."),
          Q("cc.spend", "Annual average spend: for each supplier, please state the average annual spend "
            "over the last three years.", "released", fact="38500",
            ans="£38,500 per annum (average of 2015/16 to 2017/18)."),
          Q("cc.expiry", "Contract expiry: for each supplier, please state the date the contract expires.",
            "released", fact="2021-03-31", ans="31 March 2021."),
          Q("cc.review", "Contract review: for each supplier, please state when the contract will next "
            "be reviewed.", "released", fact="2019-01",
            ans="The contract is reviewed annually; the next review is due in January 2019."),
          Q("cc.desc", "Contract description: please give a brief description of the services provided "
            "under the contract.", "released", ans=CC_DESC_18),
          Q("cc.contact", "Contact details: please give the name, job title, telephone number and email "
            "address of the officer responsible for the contract.", "released", fact="pereira",
            ans="Mr D. Pereira, ICT Service Manager, 01632 960412, ict.contracts@harrowfield.gov.uk."),
          Q("cc.agents", "Number of agents: please state the total number of contact centre agents.",
            "released", fact="22", ans="22 agents."),
      ], [
          Q("net.supplier", "Incumbent supplier: for each inbound network contract, please provide the "
            "name of the supplier.", "released", fact="telvara", ans="Telvara Networks plc."),
          Q("net.spend", "Annual average spend: for each supplier, please state the average annual spend "
            "over the last three years.", "released", fact="9800", ans="£9,800 per annum."),
          Q("net.expiry", "Contract expiry: for each supplier, please state the date the contract expires.",
            "released", fact="2020-06-30", ans="30 June 2020."),
          Q("net.review", "Contract review: for each supplier, please state when the contract will next "
            "be reviewed.", "released", fact="2019-06", ans="June 2019."),
          Q("net.desc", "Contract description: please give a brief description of the services provided "
            "under the contract.", "released", ans=NET_DESC),
          Q("net.contact", "Contact details: please give the name, job title, telephone number and email "
            "address of the officer responsible for the contract.", "released", fact="pereira",
            ans="Mr D. Pereira, ICT Service Manager, 01632 960412, ict.contracts@harrowfield.gov.uk."),
      ]]),
    # ---------------------------------------------------------------- Parking/BWV 2018
    L("hdc-2018-parking", A, "FOI/18/0874", "2018-11-26", received="2018-10-29", fmt="docx",
      style="table", title="Civil parking enforcement – body-worn cameras", datefmt=0,
      parts=[[
          Q("park.model", "Is on-street parking enforcement delivered in-house or by a contractor?",
            "released", fact="in-house", ans="In-house, by the Council's Parking Services team."),
          Q("park.bwv", "Do your civil enforcement officers wear body-worn video cameras?", "released",
            fact="yes", ans="Yes. All civil enforcement officers are issued with a body-worn camera."),
          Q("park.bwv_supplier", "Which company supplied the cameras?", "released", fact="veritas",
            ans="Veritas Lens Ltd."),
          Q("park.bwv_retention", "How long is footage retained?", "released", fact="30d",
            ans="30 days, unless it is needed for an investigation."),
      ]]),
    # ---------------------------------------------------------------- Fly-tipping 2019 (EIR)
    L("hdc-2019-flytip", A, "FOI/19/0397", "2019-05-20", received="2019-04-23", regime="eir",
      fmt="txt", style="youasked", title="Fly-tipping enforcement", datefmt=2,
      parts=[[
          Q("ft.covert", "Does the Council use hidden or covert cameras to detect fly-tipping?", "released",
            fact="yes", ans="Yes. The Council has deployed redeployable covert cameras at fly-tipping "
                            "hotspots since 2017."),
          Q("ft.camera_count", "If so, how many of these cameras does it have?", "released", fact="4",
            ans="The Council has 4 such cameras."),
          Q("ft.fpn", "What fixed penalty does the Council issue for fly-tipping offences?", "released",
            fact="400", ans="£400, reduced to £200 if paid within 10 days."),
          Q("ft.clearance", "Who clears fly-tipped waste from public land in the district?", "released",
            fact="in-house", ans="The Council's in-house Street Scene team."),
          Q("ft.policy", "Please provide a copy of your environmental enforcement policy.", "released",
            ex=["reg6(1)(b)"], ans=FT_POLICY),
      ]]),
    # ---------------------------------------------------------------- Waste contract 2019 (FOIA)
    L("hdc-2019-waste", A, "FOI/19/0655", "2019-09-03", received="2019-08-06", fmt="md",
      style="restate", title="Refuse and recycling collection contract", datefmt=0,
      extra=dict(lead="You requested:"),
      parts=[[
          Q("waste.contractor", "The name of the contractor providing refuse and recycling collections.",
            "released", fact="greystone", ans="Greystone Environmental Ltd."),
          Q("waste.value", "The annual value of the contract.", "withheld", ex=["s43(2)"]),
          Q("waste.start", "The date the contract started.", "released", fact="2019-04-01",
            ans="1 April 2019."),
          Q("waste.end", "The date the contract is due to end.", "released", fact="2027-03-31",
            ans="31 March 2027, with an option to extend for up to two years."),
          Q("waste.vehicles", "The number of collection vehicles used under the contract.", "released",
            fact="19", ans="19 refuse collection vehicles."),
      ]]),
    # ---------------------------------------------------------------- CCTV 2020 (html)
    L("hdc-2020-cctv", A, "FOI/20/0120", "2020-02-17", received="2020-01-20", fmt="html",
      style="youasked", title="CCTV cameras", datefmt=0,
      intro="You asked us for the following information about the Council's CCTV system.",
      parts=[[
          Q("cctv.count", "The number of public space surveillance cameras run by the council.", "released",
            fact="71", ans="71."),
          Q("cctv.locations", "Where each one is located.", "withheld", ex=["s31(1)(a)"]),
          Q("cctv.monitor", "Whether there is live monitoring of the cameras around the clock.", "released",
            fact="not24h", ans="No. Since April 2019 the control room has been staffed from 8am until "
                               "midnight. Outside those hours cameras continue to record."),
          Q("cctv.frt", "Whether any of the cameras use facial recognition software.", "released",
            fact="no", ans="No."),
          Q("cctv.maint", "The name of the company contracted to maintain the cameras.", "released",
            fact="sentinel", ans="Sentinel Vision Systems Ltd."),
      ]]),
    # ---------------------------------------------------------------- ICT 2021 (one merged list)
    L("hdc-2021-ict", A, "FOI/21/0533", "2021-07-14", received="2021-06-15", fmt="pdf-chromium",
      style="table", title="Customer contact and telephony contracts", datefmt=3,
      extra=dict(numcol=True, official=True),
      parts=[[
          Q("cc.supplier", "Who currently provides your contact centre (omnichannel customer contact) "
            "solution?", "released", fact="connectrix", ans="Connectrix Ltd"),
          Q("cc.spend", "What has the council spent on that contact centre solution each year, on average, "
            "over the last three financial years?", "released", fact="41200",
            ans="£41,200 a year on average"),
          Q("cc.duration", "What is the length of the contact centre contract, including any extension "
            "options?", "released", fact="3y+2y",
            ans="Three years, with an option to extend by up to two further years"),
          Q("cc.expiry", "When is the contact centre contract due to end?", "released", fact="2024-03-31",
            ans="31/03/2024 (following extension)"),
          Q("cc.review", "When will the contact centre arrangement next be reviewed?", "not_held",
            ans="No information held – a review date has not been set for this contract."),
          Q("cc.desc", "Briefly, what services does the contact centre contract cover?", "released",
            ans="Cloud contact centre: call queuing and distribution, web chat, email handling, "
                "call recording and reporting."),
          Q("cc.agents", "How many staff work as contact centre advisers?", "released", fact="24",
            ans="24 advisers (21.6 FTE)"),
          Q("cc.contact", "Which officer manages the contact centre contract? Please give their name, job "
            "title and contact details.", "partially_released", ex=["s40(2)"],
            ans="ICT Contracts and Commissioning Manager, ict.contracts@harrowfield.gov.uk. The officer's "
                "name is withheld under section 40(2) (personal information)."),
          Q("net.supplier", "Who supplies your inbound telephony services (non-geographic numbers, call "
            "routing, IVR)?", "released", fact="telvara", ans="Telvara Networks plc"),
          Q("net.spend", "What is the average annual spend on inbound telephony over the same period?",
            "released", fact="10400", ans="£10,400"),
          Q("net.expiry", "When does the inbound telephony contract end?", "released", fact="2023-06-30",
            ans="30 June 2023"),
          Q("net.desc", "Briefly describe the inbound telephony services provided.", "released",
            ans=NET_DESC),
          Q("net.contact", "Who is responsible for the inbound telephony contract?", "partially_released",
            ex=["s40(2)"], ans="ICT Contracts and Commissioning Manager (name withheld under section "
                               "40(2) – personal information)."),
      ]]),
    # ---------------------------------------------------------------- Fly-tipping 2022 (EIR, html)
    L("hdc-2022-flytip", A, "HDC-FOI-22-0190", "2022-03-08", received="2022-02-07", regime="eir",
      fmt="html", style="interleaved", title="Fly-tipping", datefmt=0, extra=dict(labels=1,
                                                                                  category="Environment"),
      parts=[[
          Q("ft.clearance", "Is the removal of fly-tips carried out by council staff or by a contractor?",
            "released", fact="in-house", ans="By council staff – the Street Scene Services team."),
          Q("ft.fpn", "What is the current fixed penalty amount for a fly-tipping offence?", "released",
            fact="400", ans="The fixed penalty is £400 (£200 if paid early)."),
          Q("ft.covert", "Are CCTV or covert cameras deployed to catch people fly-tipping?", "released",
            fact="yes", ans="Yes, the Council deploys cameras at known hotspots."),
          Q("ft.camera_count", "How many cameras are used for this purpose?", "withheld",
            ex=["reg12(5)(b)"],
            ans="This information is withheld under regulation 12(5)(b) of the EIR. Revealing the number "
                "of cameras would allow offenders to judge the likelihood of being caught and would "
                "adversely affect the Council's ability to conduct investigations and prosecutions. The "
                "public interest favours maintaining the exception."),
          Q("ft.prosecutions.2021", "How many prosecutions for fly-tipping did the council bring in 2021?",
            "released", fact="3", ans="3."),
      ]]),
    # ---------------------------------------------------------------- Parking/BWV 2022 (gs pdf)
    L("hdc-2022-parking", A, "HDC-FOI-22-0611", "2022-08-30", received="2022-08-01", fmt="pdf-gs",
      style="restate", title="Body cameras worn by parking enforcement officers", datefmt=1,
      extra=dict(labels=0),
      parts=[[
          Q("park.bwv", "Are civil enforcement officers issued with body cameras?", "released", fact="yes",
            ans="Yes, every officer on patrol wears one."),
          Q("park.bwv_supplier", "Who is the supplier of those cameras?", "withheld", ex=["s43(2)"]),
          Q("park.bwv_retention", "How long do you keep the footage?", "released", fact="30d",
            ans="Thirty days unless required as evidence."),
          Q("park.assaults.2021", "How many assaults on parking officers were reported in 2021?",
            "released", fact="5", ans="5."),
      ]]),
    # ---------------------------------------------------------------- ICT 2023 (parts, decision style)
    L("hdc-2023-ict", A, "HDC-FOI-23-0301", "2023-04-19", received="2023-03-21", fmt="docx",
      style="decision", title="ICT contracts – contact centre and inbound network", datefmt=1,
      part_titles=["Part 1", "Part 2"],
      extra=dict(lead="I note you seek access to the following information about contact centre "
                      "contracts (part 1) and inbound network services contracts (part 2):",
                 note="You referred to our earlier response FOI/21/0533; this response replaces the "
                      "figures given then."),
      parts=[[
          Q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with "
            "the supplier of the contract.", "released", fact="halcyon",
            ans="Halcyon Cloud Contact Ltd (since 1 April 2023)."),
          Q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 "
            "years) spend.", "released", fact="44000", ans="£44,000."),
          Q("cc.duration", "Contract Duration: For each supplier, please state the contract duration, "
            "including any extensions.", "released", fact="3y+2y",
            ans="36 months plus an optional 24-month extension."),
          Q("cc.expiry", "Contract Expiry: For each supplier, please state the date of when the contract "
            "expires.", "released", fact="2026-03-31", ans="31 March 2026."),
          Q("cc.review", "Contract Review: For each supplier, please state the date of when the contract "
            "will be reviewed.", "released", fact="2025-09", ans="September 2025."),
          Q("cc.desc", "Contract Description: For each supplier, please state a brief description of the "
            "services provided.", "released",
            ans="Cloud-based omnichannel contact centre (voice, web chat, email, social messaging)."),
          Q("cc.contact", "Contact Details: For each supplier, please state the person within the "
            "organisation responsible for the contract (full name, job title, contact number and email).",
            "partially_released", ex=["s40(2)"],
            ans="Head of Customer Services, 01632 960400. The name and direct email address of the "
                "officer are withheld under section 40(2)."),
          Q("cc.agents", "Number of Agents: please provide the total number of contact centre agents.",
            "released", fact="25", ans="25 FTE."),
      ], [
          Q("net.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with "
            "the supplier of the contract.", "released", fact="telvara", ans="Telvara Networks plc."),
          Q("net.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 "
            "years) spend.", "withheld", ex=["s43(2)"]),
          Q("net.expiry", "Contract Expiry: For each supplier, please state the date of when the contract "
            "expires.", "released", fact="2025-06-30", ans="30 June 2025."),
          Q("net.desc", "Contract Description: For each supplier, please state a brief description of the "
            "services provided.", "released", ans=NET_DESC),
          Q("net.contact", "Contact Details: For each supplier, please state the person within the "
            "organisation responsible for the contract (full name, job title, contact number and email).",
            "partially_released", ex=["s40(2)"],
            ans="Head of Customer Services, 01632 960400 (name withheld under section 40(2))."),
      ]]),
    # ---------------------------------------------------------------- Littering 2023 (look-alikes)
    L("hdc-2023-litter", A, "HDC-FOI-23-0788", "2023-10-11", received="2023-09-13", fmt="md",
      style="interleaved", title="Littering enforcement", datefmt=0, extra=dict(labels=0),
      parts=[[
          Q("litter.fpn", "What is the fixed penalty amount for dropping litter?", "released", fact="150",
            ans="£150, reduced to £100 if paid within 10 days."),
          Q("litter.contractor", "Does the council use a private company for litter enforcement? If so, "
            "which company?", "released", fact="civic patrol",
            ans="Yes – Civic Patrol Services Ltd, under a 12-month pilot."),
          Q("litter.bwv", "Do litter enforcement officers wear body-worn cameras?", "released", fact="yes",
            ans="Yes, all patrolling officers wear them."),
          Q("litter.income.2223", "How much fixed penalty income did the council receive for littering in "
            "2022/23?", "released", fact="61350", ans="£61,350."),
      ]]),
    # ---------------------------------------------------------------- CCTV 2024
    L("hdc-2024-cctv", A, "HDC-FOI-24-0455", "2024-06-03", received="2024-05-07", fmt="txt",
      style="interleaved", title="CCTV", datefmt=4, extra=dict(labels=2),
      parts=[[
          Q("cctv.count", "Total number of public-space CCTV cameras operated by or on behalf of the "
            "council.", "released", fact="58", ans="58 cameras (several older analogue units were "
                                                  "decommissioned in 2023)."),
          Q("cctv.frt", "Is live or retrospective facial recognition used on any council camera?",
            "released", fact="no", ans="No."),
          Q("cctv.locations", "Camera locations (street names are sufficient).", "withheld",
            ex=["s31(1)(a)"]),
          Q("cctv.monitor", "What hours is the CCTV control room staffed?", "released", fact="not24h",
            ans="8am to midnight, seven days a week; it is not staffed overnight."),
          Q("cctv.upgrade", "Are there plans to upgrade to digital (IP) cameras?", "released", fact="yes",
            ans="Yes, a phased upgrade is planned for 2025/26."),
      ]]),
]

DRAFTS = [
    # ---------------------------------------------------------------- Draft: ICT round-robin 2025
    L("HDC-draft-ict-2025.docx", A, "HDC-FOI-25-0377", "2025-05-19", received="2025-04-22", fmt="docx",
      style="youasked", title="Contact centre and inbound call services", datefmt=0, draft=True,
      part_titles=["Part 1 – Customer contact centre", "Part 2 – Inbound call services"],
      parts=[[
          Q("cc.supplier", "Please name the company that currently supplies the council's contact centre "
            "system.", "released", fact="halcyon", ans="Halcyon Cloud Contact Limited."),
          Q("cc.spend", "How much does the council spend each year on this, averaged over the last three "
            "years?", "withheld", ex=["s43(2)"]),
          Q("cc.duration", "How long was the contract let for, and are there any extension options?",
            "released", fact="3y+2y", ans="Three years, with the option of a further two years."),
          Q("cc.expiry", "On what date is the contract due to expire?", "released", fact="2026-03-31",
            ans="31/03/2026."),
          Q("cc.review", "When is the contract scheduled for review?", "not_held",
            ans="The Council does not hold this information: no review date has been scheduled."),
          Q("cc.agents", "How many agents work in the contact centre?", "released", fact="25",
            ans="Twenty-five full-time equivalent agents."),
          Q("cc.contact", "Who is the responsible officer for this contract?", "partially_released",
            ex=["s40(2)"], ans="The Head of Customer Services is responsible. The officer's name is "
                               "personal data and is withheld under section 40(2)."),
      ], [
          Q("net.supplier", "Please name the company that currently supplies the council's inbound call "
            "services.", "released", fact="telvara", ans="Telvara Networks PLC."),
          Q("net.spend", "How much does the council spend each year on this, averaged over the last three "
            "years?", "released", fact="10950", ans="£10,950 per year."),
          Q("net.expiry", "On what date is the contract due to expire?", "released", fact="2025-06-30",
            ans="30th June 2025."),
          Q("net.contact", "Who is the responsible officer for this contract?", "partially_released",
            ex=["s40(2)"], ans="The Head of Customer Services (name withheld under section 40(2))."),
      ]]),
    # ---------------------------------------------------------------- Draft: fly-tipping + waste (EIR)
    L("HDC-draft-flytipping-waste-2025.pdf", A, "HDC-FOI-25-0702", "2025-09-08", received="2025-08-11",
      regime="eir", fmt="pdf-soffice", style="interleaved", title="Fly-tipping and waste collection",
      datefmt=1, draft=True, extra=dict(labels=0),
      part_titles=["Part 1 – Fly-tipping", "Part 2 – Household waste collection contract"],
      parts=[[
          Q("ft.covert", "Do you use surveillance cameras, including covert or hidden devices, at locations "
            "prone to fly-tipping?", "ncnd", ex=["reg12(5)(b)", "reg12(6)"],
            ans="The Council neither confirms nor denies whether it holds this information, relying on "
                "regulation 12(6) of the EIR, read with regulation 12(5)(b). Confirming whether covert "
                "devices are used, or where, would itself adversely affect the course of justice. This "
                "response should not be taken as an indication that the information does or does not "
                "exist."),
          Q("ft.camera_count", "How many such devices does the council currently have?", "ncnd",
            ex=["reg12(5)(b)", "reg12(6)"],
            ans="For the same reasons, the Council neither confirms nor denies that it holds this "
                "information (regulation 12(6), read with regulation 12(5)(b))."),
          Q("ft.fpn", "How much is the fixed penalty notice for fly-tipping in Harrowfield?", "released",
            fact="1000", ans="£1,000, discounted to £500 if paid within 14 days."),
          Q("ft.clearance", "Which organisation removes fly-tipped waste?", "released", fact="in-house",
            ans="Our own Street Scene team removes fly-tipped waste from public land."),
          Q("litter.fpn", "And what is the fixed penalty for dropping litter?", "released", fact="150",
            ans="£150 (£100 if paid within 10 days)."),
      ], [
          Q("waste.contractor", "Who holds the household waste and recycling collection contract?",
            "released", fact="greystone", ans="Greystone Environmental Limited."),
          Q("waste.value", "What is the annual value of the contract?", "withheld", ex=["reg12(5)(e)"],
            ans="This information is withheld under regulation 12(5)(e) of the EIR (confidentiality of "
                "commercial information). The contract prices are commercially confidential and their "
                "release would harm the legitimate economic interests of the contractor and of the "
                "Council. The public interest favours maintaining the exception."),
          Q("waste.end", "When does the contract end?", "released", fact="2027-03-31",
            ans="31/03/2027 (an extension of up to two years is available)."),
      ]]),
    # ---------------------------------------------------------------- Draft: bare incoming request
    L("HDC-request-cctv-2026.txt", A, "HDC-FOI-26-0019", "2026-01-12", fmt="txt", style="interleaved",
      title="CCTV and body cameras", draft=True, bare=True,
      extra=dict(sender="Ms J. Whitlow"),
      parts=[[
          Q("cctv.count", "How many CCTV cameras does Harrowfield District Council run in public places?",
            None),
          Q("cctv.monitor", "Is the CCTV control room staffed around the clock?", None),
          Q("cctv.locations", "Can you send me a list or map showing where the cameras are?", None),
          Q("cctv.frt", "Does the council use facial recognition with any of its cameras?", None),
          Q("cctv.anpr", "Does the council operate ANPR cameras in its car parks?", None),
          Q("park.bwv", "Do the council's parking wardens wear body cameras?", None),
      ]]),
]
