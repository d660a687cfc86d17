"""The truth for every letter of set O: history and drafts.

Each question carries its CONCEPT (what it asks), its stance, the exemptions
applied, and for released answers the FACT stated.  Labels in expect.json are
derived from this by make.py; nothing below is read back from rendered files.
"""

from qmodel import R, PR, W, N, NH, RF, U

AUTHORITIES = {
    "council": {
        "name": "Brackenmoor Borough Council",
        "head": ["Brackenmoor Borough Council", "Information Governance Team",
                 "Civic Centre, Market Street", "Brackenmoor", "BK1 2AA"],
        "sign": ["Information Governance Team", "Brackenmoor Borough Council",
                 "foi@brackenmoor.gov.uk"],
        "web": "www.brackenmoor.gov.uk",
    },
    "police": {
        "name": "Marcher Vale Police",
        "head": ["Office of the Chief Constable", "Marcher Vale Police",
                 "Police Headquarters", "Castle Lane, Ludworth", "LW4 7QP"],
        "sign": ["Information Access Unit", "Marcher Vale Police"],
        "web": "www.marchervale.police.uk",
    },
    "nhs": {
        "name": "Fellside and Coast Ambulance Service NHS Trust",
        "head": ["Fellside and Coast Ambulance Service NHS Trust",
                 "Bowland House, Kendrick Business Park",
                 "Lancaster Road, Fellside", "FL2 8RT"],
        "sign": ["Information Governance Officer",
                 "Fellside and Coast Ambulance Service NHS Trust"],
        "web": "www.fcas.nhs.uk",
    },
    "reg": {
        "name": "Lotteries and Gaming Regulatory Authority",
        "head": ["Lotteries and Gaming Regulatory Authority", "4 Canal Wharf",
                 "Holbeck, Leeds", "LS11 9QZ"],
        "sign": ["FOI and Data Protection Team",
                 "Lotteries and Gaming Regulatory Authority"],
        "web": "www.lgra.gov.uk",
    },
}

POLICE_MAIL = "ict.servicedesk@marchervale.police.uk"


def P(title, qs, desc=None, sub=None):
    return {"title": title, "desc": desc, "qs": qs, "sub": sub or {}}


def L(id, auth, ref, date, recv, regime, fmt, style, title, parts, **kw):
    d = {"id": id, "auth": auth, "ref": ref, "date": date, "received": recv,
         "regime": regime, "fmt": fmt, "style": style, "title": title,
         "parts": parts}
    d.update(kw)
    return d


LETTERS = []
add = LETTERS.append

# ---------------------------------------------------------------- council --
# Waste collection contract (FOIA s43(2) for value; EIR reg12(5)(e) in 2025)
add(L("C01", "council", "FOI/2017/0311", "2017-06-14", "2017-05-19", "foia", "txt",
      "interleaved", "Household waste collection contract", [P(None, [
          R("waste.contractor",
            "Which company holds the contract for the collection of household refuse and recycling in the borough?",
            "Greystone Environmental Services Ltd",
            "The contract is held by Greystone Environmental Services Ltd."),
          W("waste.value", "What is the annual value of that contract?", ["s43(2)"],
            "The Council holds this information but considers it exempt under section 43(2) of the Act "
            "(commercial interests). Our reasons, including the public interest test, are set out below."),
          R("waste.expiry", "When does the contract end?", "2031-03-31",
            "The contract runs until 31 March 2031."),
      ])], labels=("Question {n}", "Answer"), datefmt="dmy"))

add(L("C05", "council", "FOI/2020/1187", "2020-09-02", "2020-08-05", "foia", "docx",
      "table", "Refuse and recycling collection contract", [P(None, [
          R("waste.contractor",
            "Name of the contractor currently delivering kerbside waste and recycling collections.",
            "Greystone Environmental Services Ltd", "Greystone Environmental Services Limited"),
          W("waste.value", "Annual contract value (£).", ["s43(2)"],
            "Withheld under section 43(2) (commercial interests) – please see the public interest test below the table."),
          R("waste.vehicles", "Number of bin lorries operated under the contract.", "46",
            "46 refuse collection vehicles, including spares."),
          R("waste.expiry", "Contract end date, including any extension options already taken up.",
            "2031-03-31", "31st March 2031. No extension options have been exercised."),
      ])], datefmt="ord"))

add(L("C08", "council", "BBC-FOI-23-0264", "2023-02-20", "2023-01-24", "foia", "html",
      "interleaved", "Waste collection contract", [P(None, [
          R("waste.contractor",
            "Please tell me who the Council's waste collection service provider is.",
            "Greystone Environmental Services Ltd",
            "Greystone Environmental Services Ltd (part of the Greystone Group)."),
          W("waste.value",
            "How much does the Council pay the provider each year under the contract?", ["s43(2)"],
            "We hold this information. It is being withheld under section 43(2) of the Freedom of "
            "Information Act 2000 because disclosure would be likely to prejudice the commercial "
            "interests of the Council and of the contractor."),
          R("waste.expiry",
            "On what date is the current waste collection contract due to expire?", "2031-03-31",
            "The current contract is due to expire on 31/03/2031."),
          R("waste.missed",
            "How many missed bin collections were reported in the 2021/22 financial year?", "1904",
            "1,904 missed collections were reported in 2021/22."),
      ])], labels=("Q{n}", "A{n}"), datefmt="slash"))

# Fly-tipping family (FOIA 2018, EIR from 2019)
add(L("C02", "council", "FOI/2018/0198", "2018-03-12", "2018-02-13", "foia", "pdf-gs",
      "restate", "Fly-tipping enforcement", [P(None, [
          R("ft.incidents",
            "How many incidents of fly-tipping were recorded by the Council in each of the last three years?",
            "2015/16 1412; 2016/17 1588; 2017/18 1301",
            "2015/16: 1,412. 2016/17: 1,588. 2017/18 (to 28 February): 1,301."),
          R("ft.cctv_use", "Does the Council use CCTV cameras to detect fly-tipping?", "Yes", "Yes."),
          W("ft.camera_count",
            "How many cameras does the Council have available to deploy for this purpose?",
            ["s31(1)(a)"],
            "The Council holds this information but it is exempt under section 31(1)(a) (law "
            "enforcement). Revealing the number of cameras would show how much of the borough can be "
            "covered at any one time and would help offenders judge the risk of being caught."),
          R("ft.hotspots", "Please list the locations where cameras are currently sited.",
            "Cold Hill Lane; Mill Race Road; Tanners Yard; Brook Street car park; Quarry Lane lay-by",
            "Cameras are currently sited at Cold Hill Lane, Mill Race Road, Tanners Yard, Brook Street "
            "car park and the lay-by on Quarry Lane."),
          R("ft.fpn_amount", "What is the fixed penalty amount for a fly-tipping offence?", "400",
            "£400 (reduced to £300 if paid within 10 days)."),
      ])], datefmt="ord"))

add(L("C04", "council", "EIR/2019/0087", "2019-11-05", "2019-10-08", "eir", "html",
      "youasked", "Environmental enforcement – fly-tipping and litter", [P(None, [
          R("ft.incidents",
            "Number of fly-tips reported to the authority per year, for the past three years.",
            "2016/17 1588; 2017/18 1702; 2018/19 1655",
            "2016/17 – 1,588; 2017/18 – 1,702; 2018/19 – 1,655."),
          R("ft.fpn_amount",
            "What is the level of the fixed penalty notice issued for fly-tipping (the full amount, not the early-payment amount)?",
            "400", "The full amount is £400."),
          R("ft.litter_fpn", "What is the fixed penalty amount for dropping litter?", "150",
            "The fixed penalty for a littering offence is £150."),
          R("ft.contractor",
            "Does the Council use an external company to issue fixed penalty notices for environmental offences? If so, which company?",
            "Civic Patrol Services Ltd",
            "Yes. Since April 2019 the Council has used Civic Patrol Services Ltd to patrol and to issue "
            "fixed penalty notices for littering and fly-tipping."),
      ])], datefmt="dmy"))

add(L("C06", "council", "BBC-EIR-21-0332", "2021-05-17", "2021-04-19", "eir", "md",
      "interleaved", "Fly-tipping cameras and enforcement", [P(None, [
          R("ft.cctv_use", "Are cameras deployed at fly-tipping sites to catch offenders? (Yes/No)",
            "Yes", "Yes – the Council deploys cameras at locations with repeated fly-tipping."),
          W("ft.camera_count",
            "How many mobile/redeployable cameras are in your fly-tipping enforcement stock?",
            ["reg12(5)(b)"],
            "This information is excepted from disclosure under regulation 12(5)(b) of the EIR, as "
            "disclosure would adversely affect the course of justice and the Council's ability to "
            "conduct enquiries of a criminal nature."),
          W("ft.hotspots", "Where are the cameras currently deployed? Please give street names.",
            ["reg12(5)(b)"],
            "Also excepted under regulation 12(5)(b). Publishing live camera locations would allow "
            "offenders to avoid them. This is a change from an earlier response: camera sites are now "
            "rotated more often and we no longer publish them."),
          R("ft.contractor",
            "Name of any private enforcement contractor used for fly-tipping and littering enforcement.",
            "Civic Patrol Services Ltd", "Civic Patrol Services Ltd."),
          R("ft.contractor_share",
            "What share of fixed penalty income does the enforcement company keep?", "50%",
            "The contractor retains 50% of the value of each fixed penalty that is paid."),
      ])], labels=("**{n}.**", "Response:"), datefmt="dmy"))

add(L("C09", "council", "BBC-EIR-23-0611", "2023-08-09", "2023-07-12", "eir", "pdf-soffice",
      "youasked", "Fly-tipping – cameras, penalties and contractor", [P(None, [
          R("ft.cctv_use",
            "Do you make use of overt or covert camera surveillance to tackle illegal dumping of waste?",
            "Yes", "Yes, the Council uses both overt and covert cameras for this purpose."),
          W("ft.camera_count",
            "Total number of deployable cameras the Council owns for fly-tipping enforcement.",
            ["reg12(5)(b)"],
            "Excepted under regulation 12(5)(b) of the Environmental Information Regulations 2004 "
            "(the course of justice). Please see the public interest test below."),
          W("ft.hotspots", "List of current camera locations (street or site names).", ["reg12(5)(b)"],
            "Excepted under regulation 12(5)(b), for the same reasons."),
          R("ft.fpn_amount", "How much is the FPN for fly-tipping in Brackenmoor?", "400", "£400."),
          R("ft.contractor",
            "Which company, if any, carries out environmental enforcement on the Council's behalf?",
            "Civic Patrol Services Ltd", "Civic Patrol Services Ltd continue to provide this service."),
          R("ft.contractor_share",
            "What proportion of each paid fixed penalty is retained by the contractor?", "50%",
            "Fifty per cent of each paid fixed penalty is retained by the contractor."),
      ])], datefmt="ord"))

# Contracts round-robin in parts (same three sentences in each part)
_c3 = ("Supplier: who is the current supplier?",
       "Value: what is the annual value of the contract?",
       "Expiry: when does the contract expire?")
add(L("C03", "council", "FOI/2019/0044", "2019-01-28", "2019-01-02", "foia", "pdf-soffice",
      "table", "Contracts – library system, parking enforcement and highways", [
          P("Library management system", [
              R("lib.supplier", _c3[0], "Civica", "Civica UK Ltd – Spydus library management system"),
              R("lib.value", _c3[1], "38500", "£38,500 per year"),
              R("lib.expiry", _c3[2], "2022-06-30", "30 June 2022"),
          ]),
          P("Civil parking enforcement", [
              R("pk.supplier", _c3[0], "Parkwise Services Ltd", "Parkwise Services Ltd"),
              R("pk.value", _c3[1], "1200000", "£1.2m per annum"),
              R("pk.expiry", _c3[2], "2021-03-31", "31 March 2021"),
          ]),
          P("Highway maintenance term contract", [
              R("hw.supplier", _c3[0], "Ridgeway Highways Ltd", "Ridgeway Highways Ltd"),
              R("hw.value", _c3[1], "4600000", "£4.6m per annum"),
              R("hw.expiry", _c3[2], "2024-09-30", "30 September 2024"),
              R("hw.rates", "Schedule of rates: please provide a copy of the current schedule of rates.",
                "attached", "A copy of the current schedule of rates is attached."),
          ]),
      ], intro="I would like information about three of the Council's contracts. For each of them, please answer the questions below.",
      datefmt="dmy"))

add(L("C07", "council", "BBC-FOI-22-0418", "2022-04-11", "2022-03-14", "foia", "pdf-chrome",
      "restate", "Library, parking and highways contracts", [P(None, [
          R("lib.supplier", "Who provides the Council's library management system?", "Civica",
            "Civica (Spydus)."),
          R("lib.value", "What does the Council pay each year for the library management system?",
            "41000", "£41,000 a year."),
          R("lib.expiry", "When is the library management system contract due to end?", "2025-06-30",
            "30 June 2025."),
          R("pk.supplier", "Who is your contractor for on-street and off-street parking enforcement?",
            "Parkwise Services Ltd", "Parkwise Services Ltd."),
          R("pk.value", "What is the annual cost of the parking enforcement contract?", "1200000",
            "£1.2 million."),
          R("pk.expiry", "When does the parking enforcement contract end?", "2026-03-31",
            "31 March 2026 (the contract was re-let in 2021)."),
          R("hw.supplier", "Which contractor carries out highway maintenance for the Council?",
            "Ridgeway Highways Ltd", "Ridgeway Highways Ltd."),
          R("hw.value", "Annual value of the highways maintenance contract?", "4600000",
            "£4.6 million."),
          R("hw.expiry",
            "Highways maintenance contract end date (including any extension agreed).", "2027-09-30",
            "30/09/2027, following a three-year extension agreed in 2021."),
          R("hw.rates", "Please also send the current schedule of rates for highway works.",
            "attached", "The schedule of rates is enclosed with this letter."),
      ])], datefmt="dmy"))

_c10 = ("Name of supplier.", "Annual contract value.", "Contract end date.")
add(L("C10", "council", "CAS-41877-B2W9D", "2024-06-03", "2024-05-07", "foia", "docx",
      "interleaved", "Council contracts", [
          P("Parking enforcement", [
              R("pk.supplier", _c10[0], "Parkwise Services Ltd", "Parkwise Services Ltd"),
              R("pk.value", _c10[1], "1200000", "£1.2m"),
              R("pk.expiry", _c10[2], "2026-03-31", "31 March 2026"),
          ]),
          P("Library management system", [
              R("lib.supplier", _c10[0], "Civica", "Civica UK Ltd (Spydus)"),
              R("lib.value", _c10[1], "41000", "£41,000"),
              R("lib.expiry", _c10[2], "2025-06-30", "30 June 2025"),
          ]),
          P("Highway maintenance", [
              R("hw.supplier", _c10[0], "Ridgeway Highways Ltd", "Ridgeway Highways Ltd"),
              R("hw.value", _c10[1], "4600000", "£4.6m"),
              R("hw.expiry", _c10[2], "2027-09-30", "30 September 2027"),
              R("hw.rates", "Copy of the current schedule of rates.", "attached",
                "Please find the schedule of rates attached."),
          ]),
      ], labels=("Question {n}", "Response"), datefmt="ord"))

add(L("C11", "council", "BBC-FOI-21-1043", "2021-11-30", "2021-11-02", "foia", "txt",
      "restate", "Public health funerals", [P(None, [
          R("phf.count", "How many public health funerals did the Council arrange in 2020/21?", "37",
            "37."),
          R("phf.cost", "What was the total cost of those funerals to the Council?", "48210",
            "£48,210 (before any recovery from estates)."),
          R("phf.list",
            "Please provide the name, date of death and estate value for each case.", "link",
            "Details of public health funerals are published on our website at "
            "www.brackenmoor.gov.uk/publichealthfunerals and are therefore exempt under section 21 of "
            "the Act (information reasonably accessible by other means).", ex=["s21"]),
      ])], datefmt="dmy"))

# ----------------------------------------------------------------- police --
add(L("P01", "police", "FOI 0388/17", "2017-05-09", "2017-04-11", "foia", "txt",
      "restate", "Body Worn Video", [P(None, [
          R("bwv.supplier", "Who supplies the force's body worn video cameras?", "Reveal Media",
            "Reveal Media Ltd."),
          R("bwv.devices", "How many body worn video cameras does the force have?", "950", "950."),
          R("bwv.value", "What was the cost of the body worn video contract?", "410000",
            "£410,000 (capital purchase, 2016)."),
          R("bwv.storage", "Where is the footage stored – locally or in the cloud?", "local servers",
            "Footage is stored locally on force servers."),
      ])], datefmt="ord"))

add(L("P03", "police", "FOI 0157/20", "2020-02-17", "2020-01-20", "foia", "pdf-gs",
      "interleaved", "Body Worn Video", [P(None, [
          R("bwv.supplier", "Name of the manufacturer/supplier of your BWV devices.", "Axon",
            "Axon Public Safety UK Ltd."),
          R("bwv.devices", "Total number of BWV units in use.", "1600", "1,600."),
          R("bwv.value", "Value of the current BWV contract.", "1200000",
            "£1.2m over four years."),
          R("bwv.storage",
            "Please describe how and where BWV footage is stored (on premises or cloud, and the provider).",
            "Axon Evidence cloud",
            "Footage is uploaded to Axon Evidence (evidence.com), a cloud service hosted in the UK."),
          R("bwv.policy", "Please provide a copy of your BWV policy.", "link",
            "The policy is published on the force website (Freedom of Information > Policies > Body "
            "Worn Video) and is therefore exempt under section 21 of the Act, information reasonably "
            "accessible by other means.", ex=["s21"]),
      ])], labels=("Question {n}", "Response"), datefmt="ord"))

add(L("P06", "police", "FOI 0274/22", "2022-03-08", "2022-02-07", "foia", "pdf-chrome",
      "table", "Body-worn video – supplier, estate and storage", [P(None, [
          R("bwv.supplier",
            "Please identify the company that provides body-worn camera equipment to the force.",
            "Axon", "Axon."),
          R("bwv.devices",
            "How many body-worn camera devices are currently deployed across the force?", "1850",
            "1,850"),
          W("bwv.value", "What is the total contract value for the supply of body-worn video?",
            ["s43(2)"], "Exempt – Section 43(2) Commercial Interests. See below."),
          W("bwv.storage",
            "What digital evidence management or storage solution is used to hold body-worn video footage?",
            ["s43(2)"],
            "Exempt – Section 43(2). The storage service is the subject of a live procurement and naming "
            "the current solution would prejudice the force's negotiating position."),
          R("bwv.lost",
            "How many BWV cameras have been lost, stolen or damaged beyond repair in the last 12 months?",
            "37", "37"),
      ])], datefmt="ord"))

add(L("P09", "police", "FOI 0519/24", "2024-04-15", "2024-03-18", "foia", "html",
      "restate", "Body-worn video", [P(None, [
          R("bwv.supplier", "Which vendor's body-worn video system do your officers currently use?",
            "Axon", "Axon Public Safety UK."),
          R("bwv.devices", "What is the size of your body-worn video estate (number of cameras)?",
            "1850", "1850 cameras."),
          W("bwv.value",
            "How much is the force paying for body-worn video under the present contract (total value)?",
            ["s43(2)"], "Withheld – Section 43(2) Commercial Interests (as in our response to FOI 0274/22)."),
          W("bwv.storage",
            "Which platform is used to store and manage footage captured on body-worn cameras?",
            ["s43(2)"], "Withheld – Section 43(2) Commercial Interests."),
      ])], datefmt="ord", mention="FOI 0274/22"))

# ICT round-robin in parts
_p4 = ("Supplier: for each contract, the name of the incumbent supplier.",
       "Average annual spend: the average yearly spend on each contract over the last three years.",
       "Expiry: the date each contract expires.",
       "Contract owner: the name, job title, telephone number and email address of the person responsible for each contract.",
       "Agents: the total number of contact centre agents.")
add(L("P04", "police", "FOI 0978/20", "2020-10-21", "2020-09-23", "foia", "pdf-soffice",
      "restate", "ICT contracts – contact centre and inbound network", [
          P("Contact centre services", [
              R("cc.supplier", _p4[0], "Capita", "Capita plc."),
              R("cc.spend", _p4[1], "86000", "£86,000."),
              R("cc.expiry", _p4[2], "2022-11-30", "30/11/2022."),
              R("cc.contact", _p4[3], POLICE_MAIL,
                "Please direct enquiries to %s." % POLICE_MAIL),
              R("cc.agents", _p4[4], "64", "64."),
          ], desc="for example automatic call distribution, web chat and social media integration, and performance dashboards"),
          P("Inbound network services", [
              R("inb.supplier", _p4[0], "BT", "BT plc."),
              R("inb.expiry", _p4[2], "2023-03-31", "31/03/2023."),
              R("inb.contact", _p4[3], POLICE_MAIL, "Please direct enquiries to %s." % POLICE_MAIL),
          ], desc="for example 0800 and 0300 numbers, call routing, caller identification and IVR"),
      ], intro="My request concerns the force's ICT contracts for contact centre services and for inbound telephony network services.",
      datefmt="ord"))

add(L("P07", "police", "FOI 1102/22", "2022-09-14", "2022-08-17", "foia", "txt",
      "interleaved", "Contact centre and inbound network contracts", [P(None, [
          R("cc.supplier", "Contact centre: who is the incumbent supplier?", "Capita", "Capita."),
          R("cc.spend",
            "Contact centre: what has the average annual spend been over the past three years?",
            "86000", "£86k per year."),
          R("cc.expiry", "Contact centre: when does the contract expire?", "2025-11-30",
            "30 November 2025 (following a three-year extension)."),
          R("cc.agents", "Contact centre: how many agents are there?", "64", "64 agents."),
          R("cc.contact",
            "Contact centre: who in the force is responsible for the contract (name, title, phone, email)?",
            POLICE_MAIL, POLICE_MAIL),
          R("inb.supplier",
            "Inbound network (0800/0300 numbers, routing, IVR): who is the supplier?", "BT", "BT."),
          R("inb.expiry", "Inbound network: when does the contract expire?", "2026-03-31",
            "31 March 2026."),
          R("inb.contact", "Inbound network: who is responsible for the contract?", POLICE_MAIL,
            POLICE_MAIL),
      ])], labels=("{n}.", "Response:"), datefmt="dmy"))

_p10 = ("Incumbent supplier – please name the supplier of each contract.",
        "Annual average spend – the average spend per year, over three years, with each supplier.",
        "Contract expiry – the date on which each contract expires.",
        "Contact details – the person responsible for each contract: full name, job title, phone number and email.",
        "Number of agents – the total number of contact centre agents.")
_s31ab = ["s31(1)(a)", "s31(1)(b)"]
add(L("P10", "police", "FOI 1208/24", "2024-11-27", "2024-10-30", "foia", "pdf-chrome",
      "decision", "ICT contracts", [
          P("Contact centre", [
              W("cc.supplier", _p10[0], _s31ab),
              NH("cc.spend", _p10[1],
                 "No information held, as spend on contact centre services is not recorded separately from "
                 "the overall ICT managed service contract."),
              W("cc.expiry", _p10[2], _s31ab),
              R("cc.contact", _p10[3], POLICE_MAIL, POLICE_MAIL),
              W("cc.agents", _p10[4], _s31ab),
          ], desc="call distribution, web chat, social media integration and performance tools"),
          P("Inbound network services", [
              W("inb.supplier", _p10[0], _s31ab),
              W("inb.expiry", _p10[2], _s31ab),
              R("inb.contact", _p10[3], POLICE_MAIL, POLICE_MAIL),
          ], desc="0800/0300 numbers, call routing, caller identification and IVR"),
      ], datefmt="ord", change_note=True))

# Drones
add(L("P02", "police", "FOI 0811/18", "2018-08-30", "2018-08-02", "foia", "html",
      "interleaved", "Drones", [P(None, [
          R("dr.count", "How many drones does the force own?", "4", "The force owns 4 drones."),
          R("dr.model", "What make and model are they?", "DJI Inspire 2", "All four are DJI Inspire 2."),
          R("dr.pilots", "How many officers are trained to fly them?", "10", "10 officers."),
          R("dr.cost", "What did the drones cost to buy?", "58000",
            "£58,000 including cameras and batteries."),
      ])], labels=("Q{n}", "A{n}"), datefmt="dmy"))

add(L("P05", "police", "FOI 0602/21", "2021-06-24", "2021-05-26", "foia", "docx",
      "youasked", "Unmanned aerial vehicles", [P(None, [
          R("dr.count", "Number of unmanned aerial vehicles (UAVs) operated by the force.", "9", "9."),
          R("dr.model", "Manufacturer and model of each UAV.",
            "DJI Matrice 210 RTK; DJI Mavic 2 Enterprise",
            "DJI Matrice 210 RTK (5) and DJI Mavic 2 Enterprise (4)."),
          R("dr.pilots", "Number of qualified remote pilots.", "18", "18."),
          N("dr.covert", "Does the force deploy its UAVs for covert surveillance?", ["s24(2)", "s31(3)"]),
          R("dr.public",
            "How many reports did the force receive during 2020 about drones being flown by members of the public?",
            "212", "212 incidents were recorded."),
      ])], datefmt="ord"))

add(L("P08", "police", "FOI 0840/23", "2023-07-19", "2023-06-21", "foia", "pdf-gs",
      "decision", "Drones", [P(None, [
          R("dr.count", "What is the current size of the force's drone fleet?", "9", "9 aircraft."),
          W("dr.model", "Please state the makes and models of drone used.",
            ["s24(1)", "s31(1)(a)", "s31(1)(b)"]),
          R("dr.pilots", "How many staff hold a current qualification to operate police drones?", "24",
            "24."),
          N("dr.covert", "Are drones used for covert surveillance operations?", ["s24(2)", "s31(3)"]),
      ])], datefmt="ord"))

add(L("P11", "police", "FOI 0655/19", "2019-07-03", "2019-06-05", "foia", "md",
      "interleaved", "Police dogs", [P(None, [
          R("dog.count", "How many police dogs does the force have?", "31", "31."),
          R("dog.breeds", "What breeds are they?",
            "German Shepherd; Belgian Malinois; Springer Spaniel; Labrador",
            "German Shepherds, Belgian Malinois, Springer Spaniels and Labradors."),
          R("dog.retired", "What happens to dogs when they retire?", "rehomed",
            "Most retire to live with their handler; the remainder are rehomed through an approved charity."),
      ])], labels=("Question {n}", "Answer"), datefmt="dmy"))

# ------------------------------------------------------------------- NHS --
add(L("N01", "nhs", "FCAS/FOI/18/021", "2018-02-06", "2018-01-09", "foia", "txt",
      "youasked", "Agency paramedics", [P(None, [
          R("ag.spend_para", "How much did the Trust spend on agency paramedics in the last financial year?",
            "1900000", "£1.9m in 2016/17."),
          R("ag.suppliers", "Which agencies supply paramedics to the Trust?",
            ("BlueLight Locums", "Paramedic Staffing Solutions"),
            "Paramedic Staffing Solutions Ltd and BlueLight Locums Ltd."),
          R("ag.framework", "Which framework agreement do you use to procure agency staff?",
            "Northern Temporary Staffing Framework", "The Northern Temporary Staffing Framework."),
          R("ag.max_rate", "What is the highest hourly rate paid for an agency paramedic?", "62.50",
            "£62.50 per hour."),
      ])], datefmt="dmy"))

add(L("N04", "nhs", "FCAS/FOI/21/014", "2021-01-25", "2020-12-22", "foia", "html",
      "table", "Agency staffing – paramedics", [P(None, [
          R("ag.suppliers", "Names of staffing agencies used to provide agency paramedics.",
            ("BlueLight Locums", "Paramedic Staffing Solutions"),
            "BlueLight Locums Ltd; Paramedic Staffing Solutions Ltd"),
          R("ag.max_rate", "Maximum hourly charge rate paid to an agency for a paramedic shift.", "62.50",
            "£62.50"),
          R("ag.framework", "Procurement framework used for agency workers.",
            "Northern Temporary Staffing Framework", "Northern Temporary Staffing Framework (NTSF)"),
          R("ag.spend_para",
            "Total spend on agency paramedics in the most recent complete financial year.", "2400000",
            "£2.4m (2019/20)"),
      ])], datefmt="slash"))

add(L("N07", "nhs", "FOI2023/04117", "2023-10-02", "2023-09-04", "foia", "docx",
      "restate", "Agency paramedic staffing", [P(None, [
          R("ag.suppliers", "Please list the agencies from which the Trust has engaged paramedic staff.",
            ("BlueLight Locums", "Coastline Medical Recruitment", "Paramedic Staffing Solutions"),
            "BlueLight Locums Ltd, Coastline Medical Recruitment and Paramedic Staffing Solutions Ltd."),
          R("ag.framework", "Is agency staffing bought through a framework? If so, which?",
            "Northern Temporary Staffing Framework",
            "Yes – the Northern Temporary Staffing Framework."),
          R("ag.max_rate", "The top hourly rate the Trust has paid for agency paramedic cover.", "71.00",
            "£71.00 per hour."),
          R("ag.spend_para", "Spend on agency paramedics, last financial year.", "3100000",
            "£3.1m (2022/23)."),
      ])], datefmt="ord"))

add(L("N02", "nhs", "FCAS/FOI/19/077", "2019-04-10", "2019-03-13", "foia", "docx",
      "interleaved", "Digital systems", [P(None, [
          R("cy.ransomware", "Has the Trust been the victim of a ransomware attack in the last three years?",
            "No", "No."),
          R("epr.supplier", "Who supplies the Trust's electronic patient care record (ePCR)?",
            "Meridian Clinical Systems", "Meridian Clinical Systems Ltd (product: MeridianCare)."),
          R("epr.expiry", "When does the ePCR contract expire?", "2022-03-31", "31/03/2022."),
      ])], labels=("Question {n}", "Answer"), datefmt="dmy"))

add(L("N05", "nhs", "FCAS/FOI/21/188", "2021-09-20", "2021-08-23", "foia", "pdf-gs",
      "interleaved", "Cyber security", [P(None, [
          R("cy.ransomware",
            "In the past three years, has the Trust experienced a ransomware incident?", "No",
            "The Trust has not experienced a ransomware incident in the past three years."),
          R("cy.backup", "Name of the product used for data backup.", "Veeam",
            "Veeam Backup & Replication."),
          R("cy.training", "What percentage of staff have completed cyber security training?", "94%",
            "94% as at 31 July 2021."),
      ])], labels=("Q{n}.", "A{n}."), datefmt="dmy"))

add(L("N08", "nhs", "FOI2023/01179", "2023-03-28", "2023-02-28", "foia", "pdf-chrome",
      "youasked", "Digital and cyber", [P(None, [
          R("epr.supplier", "Supplier of the electronic patient record used on ambulances.",
            "Kestrel Health Software", "Kestrel Health Software Ltd."),
          R("epr.expiry", "End date of the electronic patient record contract.", "2028-03-31",
            "31 March 2028."),
          N("cy.ransomware", "Has the Trust suffered a ransomware attack during the last 36 months?",
            ["s24(2)", "s31(3)"]),
          W("cy.backup", "What backup solution protects the Trust's servers?", ["s31(1)(a)"]),
      ])], datefmt="dmy"))

add(L("N09", "nhs", "FOI2024/02231", "2024-08-19", "2024-07-22", "foia", "html",
      "interleaved", "Cyber attacks", [P(None, [
          N("cy.ransomware", "Has any ransomware attack affected Trust systems in the last three years?",
            ["s24(2)", "s31(3)"]),
          W("cy.backup", "Which backup software does the Trust use?", ["s31(1)(a)"]),
          R("cy.training", "Percentage of staff up to date with data security awareness training.", "96%",
            "96%."),
      ])], labels=("Request {n}", "Response"), datefmt="ord"))

add(L("N03", "nhs", "FCAS/FOI/20/109", "2020-06-15", "2020-05-18", "foia", "pdf-soffice",
      "table", "Vehicle fleet", [P(None, [
          R("fl.ambulances", "How many emergency ambulances (double-crewed) does the Trust operate?", "212",
            "212"),
          R("fl.base_vehicle", "What base vehicle are the ambulances built on?", "Fiat Ducato",
            "Fiat Ducato"),
          R("fl.converter", "Who converts the vehicles?", "Penmore Vehicle Conversions Ltd",
            "Penmore Vehicle Conversions Ltd"),
          R("fl.rrv", "How many rapid response cars does the Trust have?", "64", "64"),
      ])], datefmt="dmy"))

add(L("N06", "nhs", "FCAS/FOI/22/301", "2022-11-08", "2022-10-11", "foia", "txt",
      "interleaved", "Ambulance fleet", [P(None, [
          R("fl.ambulances", "Size of the emergency ambulance fleet (DCAs).", "228", "228 DCAs."),
          R("fl.base_vehicle", "Make and model of chassis used for your emergency ambulances.",
            "Mercedes-Benz Sprinter", "Mercedes-Benz Sprinter (since 2021)."),
          R("fl.converter", "Name of the ambulance body builder / converter.",
            "Penmore Vehicle Conversions Ltd", "Penmore Vehicle Conversions Ltd."),
          R("fl.age", "What is the average age of the emergency ambulance fleet?", "4.8 years",
            "4.8 years."),
      ])], labels=("{n}.", "Answer:"), datefmt="dmy"))

add(L("N10", "nhs", "FCAS/FOI/22/033", "2022-02-14", "2022-01-17", "foia", "md",
      "restate", "Staff car parking", [P(None, [
          R("park.charge", "Do staff pay to park at Trust sites?", "No", "No."),
          R("park.income", "How much income did the Trust receive from staff car parking in 2020/21?", "0",
            "£0 – no charges are made."),
          R("park.spaces", "How many staff parking spaces are there at the Trust headquarters?", "310",
            "310."),
      ])], datefmt="dmy"))

# ------------------------------------------------------------- regulator --
add(L("R01", "reg", "LGRA-FOI-2018-0009", "2018-01-22", "2017-12-20", "foia", "pdf-soffice",
      "restate", "Staffing", [P(None, [
          R("st.headcount", "How many staff does the Authority employ (FTE)?", "286", "286 FTE."),
          R("st.contractors", "How many contractors or interim workers are currently engaged?", "19", "19."),
          R("st.training_spend",
            "How much did the Authority spend on learning and development in the last financial year?",
            "212000", "£212,000 in 2016-17."),
          R("st.senior", "Please provide the salaries of senior staff.", "link",
            "Senior salaries are published in our Annual Report and Accounts at www.lgra.gov.uk/annualreport. "
            "This information is therefore exempt under section 21 of the FOIA.", ex=["s21"]),
      ])], datefmt="dmy"))

add(L("R03", "reg", "LGRA-FOI-2020-0131", "2020-05-11", "2020-04-14", "foia", "md",
      "youasked", "Workforce information", [P(None, [
          R("st.headcount", "Total headcount expressed as full-time equivalents.", "301", "301.0 FTE."),
          R("st.contractors", "Number of off-payroll contractors or interims engaged at present.", "22", "22."),
          NH("st.remote", "How many staff are contractually home-based?",
             "We do not hold this information. Contractual place of work is not recorded in our HR system "
             "in a way that identifies home-based staff."),
          NH("st.training_spend", "Total training budget spent in the last full financial year.",
             "Not held. Since 2019 learning and development spend has been devolved to directorate budgets "
             "and is not recorded centrally."),
      ])], datefmt="ord"))

add(L("R05", "reg", "F-00412", "2022-07-04", "2022-06-06", "foia", "docx",
      "table", "Staff numbers and contingent labour", [P(None, [
          R("st.headcount", "What is the number of employees, on a full-time equivalent basis?", "312.4",
            "312.4"),
          R("st.contractors",
            "How many contingent workers (contractors, interims, consultants) do you engage, and through which agencies?",
            "27", "27, engaged through Calder Interim Partners and Lumen Resourcing."),
          NH("st.remote", "Number of employees whose contractual place of work is their home.",
             "Not held – this is not recorded."),
          R("st.senior", "Salary bands of the senior leadership team.", "link",
            "Published in the Annual Report and Accounts (www.lgra.gov.uk/annualreport) – section 21 FOIA applies.",
            ex=["s21"]),
      ])], datefmt="dmy"))

add(L("R07", "reg", "F-00977", "2024-03-18", "2024-02-19", "foia", "html",
      "youasked", "Staffing", [P(None, [
          R("st.headcount", "Please state the Authority's FTE headcount.", "318", "318 FTE."),
          R("st.contractors", "Number of contractors and interim staff engaged, and the agencies used.",
            "27", "27 (agencies: Calder Interim Partners; Lumen Resourcing)."),
          NH("st.remote", "How many employees are contracted as home workers?",
             "The Authority does not hold this information; contractual work location is not captured."),
          NH("st.training_spend", "What was spent on staff training in the last complete financial year?",
             "We do not hold a central figure: training spend sits within directorate budgets and is not "
             "separately recorded."),
          R("st.sickness", "Average number of working days lost to sickness per FTE in 2022/23.", "7.2",
            "7.2 days."),
      ])], datefmt="dmy"))

add(L("R02", "reg", "LGRA-FOI-2019-0047", "2019-02-26", "2019-01-29", "foia", "txt",
      "interleaved", "ICT systems", [P(None, [
          R("crm.supplier", "What CRM system does the Authority use?", "Microsoft Dynamics 365",
            "Microsoft Dynamics 365."),
          R("ict.software",
            "Please provide a list of all software applications in use, with the number of licences for each.",
            "attached", "Please see the attached list."),
          R("ict.hosting", "Where is your infrastructure hosted?", "Microsoft Azure UK South",
            "Microsoft Azure (UK South region)."),
      ])], labels=("Question {n}:", "Response:"), datefmt="dmy"))

add(L("R04", "reg", "LGRA-FOI-2021-0102", "2021-03-15", "2021-02-15", "foia", "pdf-chrome",
      "interleaved", "ICT and cyber security", [P(None, [
          R("crm.supplier", "Customer relationship management platform in use and its supplier.",
            "Microsoft Dynamics 365",
            "Microsoft Dynamics 365, supported by Brightwater Digital Ltd."),
          W("cy.incidents", "How many cyber security incidents were reported to the NCSC in the last two years?",
            ["s24(1)", "s31(1)(a)"]),
          N("cy.pentest", "Which company carries out your penetration testing?", ["s24(2)", "s31(3)"]),
          R("ict.software", "A schedule of the software products the Authority uses, with licence counts.",
            "attached", "The schedule is attached as Annex A."),
      ])], labels=("Question {n}", "Answer"), datefmt="ord"))

add(L("R08", "reg", "LGRA-FOI-2021-0311", "2021-10-12", "2021-09-13", "foia", "html",
      "restate", "Gifts and hospitality", [P(None, [
          R("hosp.register", "Please provide the gifts and hospitality register for 2020/21.", "link",
            "The register is published at www.lgra.gov.uk/transparency; section 21 of the FOIA therefore "
            "applies.", ex=["s21"]),
          R("hosp.declined",
            "How many offers of hospitality from licensed operators were declined in that year?", "14", "14."),
      ])], datefmt="dmy"))

add(L("R06", "reg", "F-00561", "2023-01-30", "2023-01-03", "foia", "pdf-gs",
      "restate", "ICT and cyber", [P(None, [
          R("crm.supplier", "Which product is used for case and customer relationship management?",
            "Microsoft Dynamics 365", "Microsoft Dynamics 365."),
          R("ict.software",
            "Please send a list of your software applications and how many licences are held for each.",
            "attached", "The list is attached."),
          W("cy.incidents",
            "Number of cyber incidents the Authority has reported to the National Cyber Security Centre over the past 24 months.",
            ["s24(1)", "s31(1)(a)"]),
          N("cy.pentest", "Name of your penetration testing provider.", ["s24(2)", "s31(3)"]),
      ])], datefmt="dmy"))

# ------------------------------------------------------------------ drafts --
DRAFTS = []
dadd = DRAFTS.append

dadd(L("D01", "council", "CAS-60412-D5H8P", "2025-10-08", "2025-09-10", "eir", "docx",
       "table", "Waste and recycling collection contract", [P(None, [
           R("waste.contractor",
             "Who collects the bins? I would like the name of the firm the Council has contracted for residual waste and recycling rounds.",
             "Greystone Environmental Services Ltd",
             "Household waste and recycling rounds are delivered for the Council by Greystone Environmental Services Ltd."),
           W("waste.value", "What does the contract cost the Council per year?", ["reg12(5)(e)"],
             "Withheld under regulation 12(5)(e) of the Environmental Information Regulations 2004 "
             "(confidentiality of commercial information). Please see the public interest test below."),
           R("waste.expiry", "Until when does the current arrangement run?", "2031-03-31",
             "To the end of March 2031 (expiry date 31.03.2031)."),
           R("waste.vehicles", "How many refuse collection vehicles are used to run the service?", "46",
             "Forty-six vehicles, spares included."),
           R("waste.ev", "How many of those refuse collection vehicles are fully electric?", "3",
             "Three."),
       ])], datefmt="ord", file="draft-01-waste-contract", consistent=True,
       eir_note="We have handled your request under the Environmental Information Regulations 2004 (EIR) "
                "rather than the Freedom of Information Act, because information about waste collection is "
                "information on a measure affecting the environment."))

dadd(L("D02", "council", "CAS-58214-T6R1J", "2025-07-22", "2025-06-24", "eir", "txt",
       "youasked", "Fly-tipping enforcement", [P(None, [
           R("ft.fpn_amount", "What fixed penalty does the Council charge for fly-tipping?", "500",
             "The fixed penalty for fly-tipping is £500 (£350 if paid within 10 days). The amount was "
             "increased by Cabinet decision in 2024."),
           R("ft.cctv_use",
             "Is camera technology part of your approach to catching people who dump rubbish illegally?",
             "Yes", "Yes. Cameras are one of the tools we use at sites where dumping recurs."),
           R("ft.camera_count", "How many re-deployable cameras can the council put out at dumping sites?",
             "8", "The Council owns 8 re-deployable cameras."),
           W("ft.hotspots", "At which sites or streets are the cameras positioned at present?",
             ["reg12(5)(b)"],
             "We are not disclosing current camera positions. This information is excepted under "
             "regulation 12(5)(b) of the EIR (the course of justice); see the public interest test below."),
           R("ft.contractor",
             "Which private firm, if any, carries out environmental enforcement patrols for the Council?",
             "Civic Patrol Services Ltd", "Civic Patrol Services Limited."),
           W("ft.contractor_share",
             "How is fixed penalty income split between the Council and that firm (the percentage the firm keeps)?",
             ["reg12(5)(e)"],
             "The commercial terms of the enforcement contract are excepted under regulation 12(5)(e) of the "
             "EIR (confidentiality of commercial information)."),
           R("ft.prosecutions", "How many people were prosecuted in court for fly-tipping in 2024/25?", "11",
             "11 prosecutions were brought in 2024/25."),
       ])], datefmt="dmy", file="draft-02-flytipping"))

_d3 = ("Who is the current supplier?", "What is the annual contract value?", "When does the contract expire?")
_lib_gone = ("The Council no longer holds this information. Since 1 July 2025 the library service, "
             "including its library management system, has been run by Brackenmoor Libraries and Culture "
             "Trust, an independent charitable trust which is not a public authority under the Act. You may "
             "wish to contact the Trust directly.")
dadd(L("D03", "council", "CAS-63390-R7N4V", "2026-01-19", "2025-12-15", "foia", "pdf-soffice",
       "restate", "Library, parking and highways contracts", [
           P("Library management system", [
               NH("lib.supplier", _d3[0], _lib_gone),
               NH("lib.value", _d3[1], _lib_gone),
               NH("lib.expiry", _d3[2], _lib_gone),
           ]),
           P("Parking enforcement", [
               R("pk.supplier", _d3[0], "Parkwise Services Ltd", "Parkwise Services Limited."),
               R("pk.value", _d3[1], "1200000", "£1,200,000 per annum."),
               R("pk.expiry", _d3[2], "2026-03-31", "31/03/2026."),
           ]),
           P("Highway maintenance", [
               R("hw.supplier", _d3[0], "Ridgeway Highways Ltd", "Ridgeway Highways Ltd."),
               R("hw.value", _d3[1], "4600000", "£4,600,000 a year."),
               R("hw.expiry", _d3[2], "2027-09-30", "30.09.2027."),
               PR("hw.rates", "Please provide a copy of the current schedule of rates.", "attached",
                  "A copy of the schedule of rates is attached. Unit rates for specialist surfacing and "
                  "structures items have been redacted under section 43(2) of the Act (commercial "
                  "interests), as those items are being re-tendered.", ["s43(2)"]),
           ]),
       ], groups=[(1, [1, 2, 3])],
       intro="Please provide the following for (1) the library management system, (2) the parking enforcement contract and (3) the highway maintenance contract.",
       datefmt="dmy", file="draft-03-contracts"))

dadd(L("D04", "police", "FOI 0733/25", "2025-06-12", "2025-05-15", "foia", "md",
       "interleaved", "Body worn video", [P(None, [
           R("bwv.supplier", "Body worn video – supplier name.", "Axon", "Axon Public Safety UK Ltd."),
           R("bwv.devices", "Number of body-worn cameras held by the force.", "1850", "1850 devices."),
           R("bwv.value", "Total value of the body-worn video contract now in place.", "2350000",
             "The current contract, awarded in 2024, has a total value of £2.35m over five years."),
           W("bwv.storage", "Name of the system or service used to store body-worn video recordings.",
             ["s31(1)(a)"],
             "Withheld – Section 31(1)(a) Law Enforcement. Naming the evidence storage platform would help "
             "those seeking to attack it; see the harm and public interest test below."),
           R("bwv.complaints",
             "How many public complaints recorded in 2024 included an allegation that an officer failed to switch on their body-worn video?",
             "14", "14."),
       ])], labels=("Q{n}", "A{n}"), datefmt="ord", file="draft-04-bwv", mention="FOI 0519/24"))

dadd(L("D05", "police", "FOI 0962/25", "2025-09-03", "2025-08-06", "foia", "pdf-chrome",
       "decision", "ICT contracts – contact centre and inbound network", [
           P("Contact centre", [
               W("cc.supplier", "Supplier: who currently provides each contact centre contract?", _s31ab),
               NH("cc.spend", "Spend: what is the average annual spend with each supplier (three-year average)?",
                  "No information held: contact centre spend is not recorded separately from the overall ICT "
                  "managed service contract."),
               R("cc.expiry", "Contract Expiry: For each contract, please state when it expires.", "2027-11-30",
                 "30th November 2027."),
               R("cc.review", "Contract Review: For each contract, please state when it will next be reviewed.",
                 "2027-05", "May 2027."),
               W("cc.agents", "Agents: how many contact centre agents are there in total?", _s31ab),
               R("cc.contact",
                 "Contract owner: the name, job title, phone number and email of the responsible officer.",
                 POLICE_MAIL, POLICE_MAIL),
           ], desc="call distribution, web chat, social media integration and performance tools"),
           P("Inbound network services", [
               W("inb.supplier", "Supplier: who currently provides each inbound network contract?", ["s24(1)"]),
               W("inb.expiry", "Contract Expiry: For each contract, please state when it expires.", _s31ab),
               R("inb.contact",
                 "Contract owner: the name, job title, phone number and email of the responsible officer.",
                 POLICE_MAIL, POLICE_MAIL),
           ], desc="0800/0300 numbers, call routing, caller identification and IVR"),
       ], datefmt="ord", file="draft-05-ict-contracts"))

dadd(L("D06", "police", "FOI 0151/26", "2026-02-10", "2026-01-13", "foia", "txt",
       "restate", "Drones", [P(None, [
           R("dr.count", "How many remotely piloted aircraft does the force currently have in service?", "14",
             "14."),
           W("dr.model", "Which manufacturers' aircraft make up the fleet, and which models?",
             ["s24(1)", "s31(1)(a)", "s31(1)(b)"],
             "Withheld under Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement; see "
             "below."),
           R("dr.pilots", "How many trained drone pilots does the force have?", "24", "Twenty-four."),
           R("dr.covert",
             "Have any of the force's drones been used in covert (directed) surveillance operations?", "No",
             "No. The force's drones have not been used for covert or directed surveillance."),
           R("dr.missing", "How many times were drones deployed to search for missing people during 2025?",
             "187", "187 deployments."),
       ])], datefmt="ord", file="draft-06-drones"))

dadd(L("D07", "nhs", "FOI2025/01862", "2025-05-14", "2025-04-15", "foia", "docx",
       "youasked", "Agency paramedics", [P(None, [
           R("ag.framework", "Through which framework are agency staff contracted?",
             "Northern Temporary Staffing Framework",
             "We use the Northern Temporary Staffing Framework (NTSF)."),
           R("ag.suppliers", "From which recruitment agencies does the Trust obtain temporary paramedics?",
             ("BlueLight Locums", "Coastline Medical Recruitment", "Paramedic Staffing Solutions"),
             "Coastline Medical Recruitment, Paramedic Staffing Solutions Ltd and BlueLight Locums Ltd."),
           W("ag.max_rate", "What is the most the Trust pays per hour for an agency paramedic?", ["s43(2)"],
             "This information is withheld under section 43(2) of the FOIA (commercial interests). Rates "
             "are negotiated with each agency and disclosure would be likely to weaken the Trust's position "
             "in those negotiations."),
           R("ag.spend_eoc",
             "How much did the Trust spend on agency call handlers in its emergency operations centre in 2024/25?",
             "412000", "£412,000."),
       ])], datefmt="dmy", file="draft-07-agency"))

dadd(L("D08", "nhs", "FOI2025/03307", "2025-11-04", "2025-10-07", "foia", "txt",
       "interleaved", "Cyber security and patient records", [P(None, [
           N("cy.ransomware",
             "Within the last three years, have any of the Trust's systems been hit by ransomware?",
             ["s24(2)", "s31(3)"]),
           W("cy.backup", "What product does the Trust use to back up its data?", ["s31(1)(a)"]),
           R("epr.supplier", "Who is the ePCR supplier?", "Kestrel Health Software",
             "Kestrel Health Software Ltd."),
           R("cy.phishing", "How many phishing emails were reported by staff in 2024/25?", "3418", "3,418."),
       ])], labels=("Question {n}", "Answer"), datefmt="ord", file="draft-08-cyber",
       as_of="2022-06-30"))

dadd(L("D09", "nhs", "FOI2026/00131", "2026-01-27", "2026-01-26", "foia", "txt",
       "bare", "Ambulance fleet", [P(None, [
           U("fl.ambulances", "How many double-crewed ambulances are in the fleet?"),
           U("fl.base_vehicle", "Which manufacturer's van is used as the base for your ambulances?"),
           U("fl.converter", "Which company carries out the conversion work?"),
           U("fl.rrv", "How many rapid response vehicles (cars) are operated?"),
           U("fl.electric", "How many fully electric vehicles are in the Trust's fleet?"),
       ])], datefmt="dmy", file="draft-09-fleet-request"))

dadd(L("D10", "reg", "F-01388", "2025-08-26", "2025-07-29", "foia", "docx",
       "table", "Staffing", [P(None, [
           R("st.headcount", "Please give your current staffing level in FTE terms.", "318",
             "318.0 full-time equivalent posts are filled."),
           PR("st.contractors",
              "How many contractors, interims and consultants are engaged at present, and via which agencies?",
              "31",
              "31. The names of the agencies are withheld under section 43(2) of the FOIA (commercial "
              "interests) while the contingent labour contract is re-procured.", ["s43(2)"]),
           R("st.remote", "How many of your employees have home working as their contractual base?", "41",
             "41. Following the 2024 upgrade of our HR system, contractual work location is now recorded."),
           RF("st.training_spend",
              "What was spent on staff learning and development in the last complete financial year?",
              ["s12(1)"],
              "We estimate that gathering this from each directorate's ledger would exceed the appropriate "
              "limit of £600 (24 hours), so section 12(1) of the FOIA applies to this question."),
           R("st.senior", "Please provide the pay bands of the senior leadership team.", "link",
             "Published in our Annual Report and Accounts (www.lgra.gov.uk/annualreport); section 21 of the "
             "FOIA applies.", ex=["s21"]),
           R("st.digital", "How many FTE work in the Authority's digital and data directorate?", "46.5",
             "46.5 FTE."),
       ])], datefmt="dmy", file="draft-10-staffing"))

dadd(L("D11", "reg", "F-01502", "2025-12-02", "2025-11-04", "foia", "pdf-gs",
       "interleaved", "ICT and cyber security", [P(None, [
           R("crm.supplier", "What customer relationship management (CRM) software do you run, and who supports it?",
             "Microsoft Dynamics 365",
             "Microsoft Dynamics 365, supported under a call-off contract with Brightwater Digital Ltd."),
           RF("ict.software",
              "Could you send me an inventory of your software applications and how many licences you hold for each?",
              ["s12(1)"],
              "Our software inventory is no longer held as a single list. Compiling it, with licence counts, "
              "from contract records would exceed the cost limit of £600 (24 hours at £25 an hour) and we are "
              "therefore refusing this part under section 12(1) of the FOIA."),
           N("cy.incidents", "In the last two years, how many cyber incidents has the Authority notified to the NCSC?",
             ["s24(2)", "s31(3)"]),
           NH("cy.pentest", "Who is your external penetration test supplier?",
              "The Authority does not hold this information. Penetration testing is now delivered through a "
              "cross-government shared service and the Authority holds no contract or supplier details for it."),
       ])], labels=("Question {n}", "Answer"), datefmt="dmy", file="draft-11-ict-cyber"))
