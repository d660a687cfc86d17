"""The truth for every letter of set V.  define(g) is called with make.py's globals."""

PK_EMAIL = "parking.contracts@thamesreach.gov.uk"
IR_EMAIL = "income.recovery@thamesreach.gov.uk"
POL_ICT = "ict.contracts@penninemoors.police.uk"


def define(g):
    add, Rel, Wh, Part, NH, NC, Ref, Ask, P = (g[k] for k in
        ("add", "Rel", "Wh", "Part", "NH", "NC", "Ref", "Ask", "P"))
    council(add, Rel, Wh, Part, NH, NC, Ref, Ask, P)
    police(add, Rel, Wh, Part, NH, NC, Ref, Ask, P)
    ambulance(add, Rel, Wh, Part, NH, NC, Ref, Ask, P)
    university(add, Rel, Wh, Part, NH, NC, Ref, Ask, P)


# =====================================================================
# London Borough of Thamesreach
# =====================================================================
def council(add, Rel, Wh, Part, NH, NC, Ref, Ask, P):
    add("cnl", "FOI/2017/0411", "2017-05-12", "2017-04-19", "txt", "restate_answers", "Fly-tipping",
        [P(None, [
            Rel("cnl.ft.incidents.1617", "How many incidents of fly-tipping were reported to the council in the 2016/17 financial year?",
                3412, "3,412 incidents of fly-tipping were recorded in 2016/17."),
            Rel("cnl.ft.fpn_level", "What is the amount of the fixed penalty notice the council issues for fly-tipping offences?",
                400, "The fixed penalty for a fly-tipping offence is \u00a3400, reduced to \u00a3250 if paid within 10 days."),
            Rel("cnl.ft.cameras", "Does the council use covert or mobile CCTV cameras to detect fly-tipping, and if so how many cameras are in use?",
                8, "Yes. The council currently deploys 8 re-deployable cameras at fly-tipping hot spots."),
            Rel("cnl.ft.clearance", "Which company is contracted to clear fly-tipped waste from public land in the borough?",
                "GreenStreet Environmental Ltd", "Fly-tipped waste is cleared by GreenStreet Environmental Ltd as part of the street cleansing contract."),
        ])],
        lead="I note you seek access to the following information:",
        opts={"resp_head": "Our response", "wrap": 90,
              "resp_lead": "The council holds the information you asked for. Our answers are numbered to match your questions."},
        fname="thamesreach-FOI-2017-0411-flytipping")

    # parts restart; identical sentences in both parts
    same4 = ["Who is the current provider of this service?",
             "What is the annual value of the contract?",
             "When does the contract expire?",
             "Who in the council is responsible for managing the contract? Please give their name, job title and email address."]
    add("cnl", "FOI/2018/0187", "2018-03-06", "2018-02-07", "pdf-soffice", "restate_answers",
        "Parking enforcement and enforcement agent contracts",
        [P("Part 1 \u2013 On-street parking enforcement (civil enforcement officers)", [
            Rel("cnl.pk.supplier", same4[0], "Kerbline Services Ltd", "Kerbline Services Ltd."),
            Rel("cnl.pk.value", same4[1], 1420000, "Approximately \u00a31.42 million per year."),
            Rel("cnl.pk.expiry", same4[2], "2021-03-31", "31 March 2021."),
            Rel("cnl.pk.contact", same4[3], "D. Lindqvist, Parking Services Manager",
                "Mr D. Lindqvist, Parking Services Manager, parking@thamesreach.gov.uk"),
         ], short="Part 1 \u2013 parking enforcement"),
         P("Part 2 \u2013 Enforcement agent services used to recover unpaid penalty charge notices", [
            Rel("cnl.ea.supplier", same4[0], "Bridgeward Enforcement Ltd", "Bridgeward Enforcement Ltd."),
            Rel("cnl.ea.value", same4[1], 0, "Nil. The service is provided at no cost to the council; enforcement agents' fees are recovered from debtors under the statutory fee scale."),
            Rel("cnl.ea.expiry", same4[2], "2020-06-30", "30 June 2020."),
            Rel("cnl.ea.contact", same4[3], "P. Adeyemi, Income Recovery Manager",
                "Ms P. Adeyemi, Income Recovery Manager, income.recovery@thamesreach.gov.uk"),
         ], short="Part 2 \u2013 enforcement agents")],
        lead="You asked for information about two outsourced contracts. Your request read as follows:",
        opts={"resp_head": "Response", "resp_lead": "The council holds the information requested, which is set out below."},
        fname="thamesreach-FOI-2018-0187-parking-contracts")

    add("cnl", "FOI/2018/0932", "2018-10-22", "2018-09-25", "html", "youasked", "Public libraries",
        [P(None, [
            Rel("cnl.lib.count", "How many public libraries does the council currently operate?", 11,
                "The council operates 11 public libraries."),
            Rel("cnl.lib.volunteer", "How many of these are run wholly or partly by volunteers or community groups?", 0,
                "None. All 11 libraries are staffed by council employees."),
            Rel("cnl.lib.lms", "Which library management system does the council use, and who supplies it?", "Shelfmark Systems Ltd",
                "We use LibraLink, which is supplied by Shelfmark Systems Ltd."),
            Rel("cnl.lib.closures.since2010", "How many libraries has the council closed since 2010?", 2,
                "Two libraries have closed since 2010 (Wharf Street in 2012 and Hollins Green in 2016)."),
        ])],
        fname="thamesreach-FOI-2018-0932-libraries")

    add("cnl", "FOI/2019/0644", "2019-07-15", "2019-06-20", "md", "interleaved", "Potholes and highway repairs",
        [P(None, [
            Rel("cnl.ph.reports.1819", "Number of potholes reported by members of the public in 2018/19.", 5870, "5,870."),
            Rel("cnl.ph.depth_carriageway", "What minimum depth must a pothole in the carriageway reach before the council will repair it?",
                "40mm", "Our intervention level on carriageways is 40mm depth."),
            Rel("cnl.ph.depth_footway", "What minimum depth must a trip hazard or pothole on a footway reach before the council will repair it?",
                "20mm", "On footways the intervention level is 20mm."),
            Rel("cnl.ph.claims.1819", "How many compensation claims for vehicle damage caused by potholes were received in 2018/19, and how much was paid out?",
                "214; 38420", "214 claims were received and \u00a338,420 was paid in settlement."),
            Rel("cnl.ph.contractor", "Which contractor carries out pothole repairs for the council?", "Tarmacadam Highways Ltd",
                "Repairs are carried out by Tarmacadam Highways Ltd under the highways term maintenance contract."),
        ])],
        opts={"qlab": "Q{n}", "alab": "A{n}"},
        fname="thamesreach-FOI-2019-0644-potholes")

    # one merged list, no parts; reordered; the subject is inside each question
    add("cnl", "FOI/2020/0102", "2020-02-11", "2020-01-14", "docx", "table", "Parking enforcement contracts",
        [P(None, [
            Rel("cnl.pk.supplier", "Name of the company that provides civil enforcement officers for on-street parking enforcement.",
                "Kerbline Services Ltd", "Kerbline Services Ltd"),
            Rel("cnl.ea.supplier", "Name of the enforcement agency (bailiffs) used to collect unpaid parking penalty charge notices.",
                "Bridgeward Enforcement Ltd", "Bridgeward Enforcement Ltd"),
            Rel("cnl.pk.expiry", "End date of the parking enforcement contract, including any extension already agreed.",
                "2021-03-31", "31/03/2021 (no further extension is available)"),
            Rel("cnl.ea.expiry", "End date of the enforcement agency contract.", "2020-06-30",
                "30/06/2020. A procurement for a replacement contract is under way."),
            Rel("cnl.pk.value", "Annual cost to the council of the parking enforcement contract.", 1450000,
                "\u00a31,450,000 (2018/19 outturn)"),
            Rel("cnl.ea.value", "Annual cost to the council of the enforcement agency contract.", 0,
                "Nil \u2013 the agency's fees are recovered from debtors."),
            Rel("cnl.pk.contact", "Contract manager for parking enforcement (job title is sufficient).",
                "Parking Services Manager", "Parking Services Manager"),
            Rel("cnl.ea.contact", "Contract manager for the enforcement agency contract (job title is sufficient).",
                "Income Recovery Manager", "Income Recovery Manager"),
        ])],
        lead="Your request and our answers are set out in the table below.",
        opts={"cols": ("Information requested", "Council response")},
        fname="thamesreach-FOI-2020-0102-parking")

    add("cnl", "FOI/2020/0755", "2020-09-03", "2020-08-06", "pdf-gs", "restate_answers", "Waste collection and street cleansing contract",
        [P(None, [
            Rel("cnl.waste.contractor", "Who holds the council's contract for household waste collection and street cleansing?",
                "GreenStreet Environmental Ltd", "GreenStreet Environmental Ltd."),
            Wh("cnl.waste.value", "What is the annual value of the contract?", ["s43(2)"],
               "The annual contract price is withheld under section 43(2) of the Freedom of Information Act 2000 "
               "(commercial interests). The contract sum reflects the contractor's pricing model and disclosure would be "
               "likely to prejudice its position in other tenders and the council's position when the service is next "
               "procured. We have weighed the public interest in transparency about spending against this and concluded "
               "that the balance favours withholding the figure."),
            Rel("cnl.waste.expiry", "When does the contract end?", "2029-03-31",
                "31 March 2029, with an option to extend for up to a further eight years."),
            Rel("cnl.waste.missed.1920", "How many missed bin collections were recorded in 2019/20?", 6118, "6,118."),
        ])],
        lead="In your email you asked:",
        opts={"resp_head": "Our reply", "qlab": "{n})", "alab": "{n})"},
        fname="thamesreach-FOI-2020-0755-waste-contract")

    add("cnl", "FOI/2021/0530", "2021-06-18", "2021-05-20", "pdf-chromium", "youasked", "Fly-tipping enforcement",
        [P(None, [
            Rel("cnl.ft.clearance", "Please name the firm that removes fly-tips from council land and the highway.",
                "GreenStreet Environmental Ltd", "GreenStreet Environmental Ltd, under the council's street cleansing contract."),
            Wh("cnl.ft.cameras", "Are hidden cameras used to catch fly-tippers? How many does the council have?", ["s31(1)(a)"],
               "The council holds this information but it is exempt under section 31(1)(a) of the Act (prevention and "
               "detection of crime). Publishing the number of cameras would allow offenders to judge the likelihood of "
               "being caught, and the public interest favours withholding it."),
            Rel("cnl.ft.fpn_level", "How much is the fine (FPN) for fly-tipping in Thamesreach?", 400, "\u00a3400."),
            Rel("cnl.ft.prosecutions.2021", "How many people were prosecuted for fly-tipping in 2020/21?", 9,
                "Nine prosecutions were brought in 2020/21."),
        ])],
        fname="thamesreach-FOI-2021-0530-flytipping")

    # parts restart ("Contract 1 / Contract 2"), duration inserted as Q3
    s5 = ["Incumbent supplier: please name the organisation currently delivering the service.",
          "Contract value: the total annual value of the contract.",
          "Contract duration: the length of the contract including any extension options.",
          "Contract expiry: the date on which the contract ends.",
          "Contract owner: the name, job title and contact details of the officer responsible."]
    add("cnl", "FOI-2022-01234", "2022-04-27", "2022-03-29", "pdf-chromium", "interleaved", "Outsourced enforcement contracts",
        [P("Contract 1: Civil parking enforcement services", [
            Rel("cnl.pk.supplier", s5[0], "Civic Parking Solutions Ltd", "Civic Parking Solutions Ltd"),
            Rel("cnl.pk.value", s5[1], 1790000, "\u00a31,790,000 per annum"),
            Rel("cnl.pk.duration", s5[2], 60, "Five years from 1 April 2021, with an option to extend by up to two years."),
            Rel("cnl.pk.expiry", s5[3], "2026-03-31", "31 March 2026"),
            Rel("cnl.pk.contact", s5[4], "Jane Okafor, Parking Contracts Manager", f"Jane Okafor, Parking Contracts Manager, {PK_EMAIL}"),
         ]),
         P("Contract 2: Enforcement agent services", [
            Rel("cnl.ea.supplier", s5[0], "Bridgeward Enforcement Ltd", "Bridgeward Enforcement Ltd"),
            Wh("cnl.ea.value", s5[1], ["s43(2)"],
               "Withheld. The contract operates on a commission basis and the rates are commercially sensitive; "
               "section 43(2) of the Act applies and the public interest favours withholding them."),
            Rel("cnl.ea.duration", s5[2], 36, "Three years, with an option to extend for a further year."),
            Rel("cnl.ea.expiry", s5[3], "2023-06-30", "30 June 2023"),
            Rel("cnl.ea.contact", s5[4], "Sam Whitlow, Head of Income Recovery", f"Sam Whitlow, Head of Income Recovery, {IR_EMAIL}"),
         ])],
        lead="Your request was in two parts, one for each contract. We have answered each question beneath it.",
        opts={"qlab": "{n}.", "alab": "Response:"},
        fname="thamesreach-FOI-2022-01234-enforcement-contracts")

    # unrelated; lettered items
    add("cnl", "FOI-2022-02876", "2022-11-09", "2022-10-12", "txt", "restate_answers", "Public conveniences",
        [P(None, [
            Rel("cnl.toilets.count", "how many public toilets the council maintains;", 6, "The council maintains six public toilets."),
            Rel("cnl.toilets.charge", "whether there is a charge to use them;", "50p at four sites, free at two",
                "There is a 50p charge at four sites; the other two are free."),
            Rel("cnl.toilets.closed", "how many public toilets have closed since 2015.", 3, "Three have closed since 2015."),
        ])],
        lead="You asked us to tell you:",
        opts={"qlab": "({L})", "alab": "({L})", "resp_head": "Our answer"},
        fname="thamesreach-FOI-2022-02876-public-toilets")

    add("cnl", "FOI-2023-02011", "2023-08-14", "2023-07-17", "html", "table", "Waste contract and fly-tipping",
        [P(None, [
            Rel("cnl.waste.contractor", "Which company collects household waste and cleans the streets on the council's behalf?",
                "GreenStreet Environmental Ltd", "GreenStreet Environmental Ltd"),
            Rel("cnl.ft.clearance", "Which company removes fly-tipped rubbish?", "GreenStreet Environmental Ltd",
                "GreenStreet Environmental Ltd, under the same contract."),
            Wh("cnl.waste.value", "How much does the council pay that company each year?", ["s43(2)"],
               "Exempt under section 43(2) FOIA (commercial interests). A refusal notice under section 17 is provided by this letter."),
            Rel("cnl.ft.fpn_level", "What is the current fixed penalty for fly-tipping?", 1000,
                "\u00a31,000 (reduced to \u00a3500 if paid within 14 days)."),
            Wh("cnl.ft.cameras", "How many covert cameras does the council deploy to tackle fly-tipping?", ["s31(1)(a)"],
               "Withheld under section 31(1)(a) (law enforcement). Revealing the number of cameras would help offenders avoid detection."),
            Rel("cnl.ft.incidents.2223", "How many fly-tipping incidents were recorded in 2022/23?", 5204, "5,204"),
        ])],
        opts={"cols": ("Question", "Answer")},
        fname="thamesreach-FOI-2023-02011-waste-flytipping")

    # parts; reordered and reworded; quotes an earlier reference
    add("cnl", "FOI-2024-01399", "2024-05-21", "2024-04-23", "md", "youasked", "Parking enforcement and enforcement agents",
        [P("Part 1 \u2013 Parking enforcement", [
            Rel("cnl.pk.supplier", "Which organisation currently delivers the service?", "Civic Parking Solutions Ltd",
                "Civic Parking Solutions Ltd."),
            Rel("cnl.pk.duration", "How long is the contract, and are there extension options?", 60,
                "60 months from April 2021, plus an optional extension of up to 24 months."),
            Rel("cnl.pk.expiry", "On what date is the contract currently due to end?", "2026-03-31", "31/03/2026."),
            Rel("cnl.pk.value", "What does the council spend on the contract each year?", 1850000, "\u00a31,850,000 per annum."),
            Rel("cnl.pk.contact", "Who manages the contract for the council? Please provide their name, role and email address.",
                "Jane Okafor, Parking Contracts Manager", f"Jane Okafor \u2013 Parking Contracts Manager \u2013 {PK_EMAIL}"),
         ]),
         P("Part 2 \u2013 Enforcement agents", [
            Rel("cnl.ea.supplier", "Which organisation currently delivers the service?", "Bridgeward Enforcement Ltd",
                "Bridgeward Enforcement Ltd."),
            Rel("cnl.ea.duration", "How long is the contract, and are there extension options?", 36,
                "Three years from July 2023, plus one optional year."),
            Rel("cnl.ea.expiry", "On what date is the contract currently due to end?", "2026-06-30", "30/06/2026."),
            Wh("cnl.ea.value", "What does the council spend on the contract each year?", ["s43(2)"],
               "We are withholding this under section 43(2) (commercial interests), as we did in response to FOI-2022-01234."),
            Rel("cnl.ea.contact", "Who manages the contract for the council? Please provide their name, role and email address.",
                "Sam Whitlow, Head of Income Recovery", f"Sam Whitlow \u2013 Head of Income Recovery \u2013 {IR_EMAIL}"),
         ])],
        lead="Your request covered two contracts. We have answered each part in turn.",
        fname="thamesreach-FOI-2024-01399-parking-enforcement")

    add("cnl", "FOI-2024-02561", "2024-10-02", "2024-09-04", "pdf-soffice", "interleaved", "Library services",
        [P(None, [
            Rel("cnl.lib.count", "Please state the number of library buildings open to the public that the council runs today.", 9,
                "Nine."),
            Rel("cnl.lib.volunteer", "Of those, how many are community-managed or depend on volunteers in order to open?", 2,
                "Two (Marsh End and Creekside are community-managed libraries supported by the council)."),
            Rel("cnl.lib.hours", "What are the total weekly opening hours across all of the libraries?", 412, "412 hours per week."),
            Rel("cnl.lib.lms", "Who is your supplier of library management software?", "Shelfmark Systems Ltd",
                "Shelfmark Systems Ltd (LibraLink)."),
        ])],
        opts={"qlab": "Request {n}:", "alab": "Answer:"},
        fname="thamesreach-FOI-2024-02561-libraries")

    # ------------------------------------------------------------ drafts
    add("cnl", "FOI-2025-01502", "2025-06-10", "2025-05-13", "docx", "table", "Parking enforcement and enforcement agent contracts",
        [P("Part 1 \u2013 Civil parking enforcement contract", [
            Rel("cnl.pk.supplier", "Current contractor.", "Civic Parking Solutions Ltd", "Civic Parking Solutions Limited"),
            Wh("cnl.pk.value", "Annual contract value.", ["s43(2)"],
               "Withheld under section 43(2) (commercial interests). The contract is being re-tendered and disclosure "
               "of the current price would be likely to prejudice the procurement. The public interest favours withholding it."),
            Rel("cnl.pk.duration", "Contract term and any extension options.", 60,
                "Five years, with the option of extending by up to two years."),
            Rel("cnl.pk.expiry", "Contract end date.", "2027-03-31",
                "31 March 2027, following the exercise of a one-year extension."),
            Part("cnl.pk.contact", "Name, role and email address of the council's contract manager.", ["s40(2)"],
                 "Parking Contracts Manager", "The contract is managed by the Parking Contracts Manager, who can be contacted at "
                 f"{PK_EMAIL}. The name of the post-holder is withheld under section 40(2) (personal information), as "
                 "the officer is not at a senior level and would not expect their name to be published."),
         ]),
         P("Part 2 \u2013 Enforcement agent contract", [
            Rel("cnl.ea.supplier", "Current contractor.", "Bridgeward Enforcement Ltd", "Bridgeward Enforcement Limited"),
            Wh("cnl.ea.value", "Annual contract value.", ["s43(2)"],
               "Withheld under section 43(2) (commercial interests); the commission rates remain commercially sensitive."),
            Rel("cnl.ea.duration", "Contract term and any extension options.", 36,
                "36 months, with an optional further 12 months."),
            Rel("cnl.ea.expiry", "Contract end date.", "2026-06-30", "30 June 2026."),
            Rel("cnl.ea.contact", "Name, role and email address of the council's contract manager.",
                "Sam Whitlow, Head of Income Recovery", f"Sam Whitlow, Head of Income Recovery ({IR_EMAIL})."),
         ])],
        kind="draft", lead="Your questions and our answers are set out below for each contract.",
        opts={"cols": ("You asked", "Our response")},
        fname="draft-thamesreach-FOI-2025-01502")

    add("cnl", "EIR/2025/0212", "2025-09-17", "2025-08-20", "txt", "restate_answers", "Waste and fly-tipping",
        [P(None, [
            Rel("cnl.waste.contractor", "Who is the contractor for refuse collection and street cleansing?",
                "GreenStreet Environmental Ltd", "GreenStreet Environmental Ltd."),
            Rel("cnl.ft.clearance", "Who clears fly-tipping on the council's behalf?", "GreenStreet Environmental Ltd",
                "This is also done by GreenStreet Environmental Ltd."),
            Wh("cnl.waste.value", "What is the yearly value of that contract?", ["reg12(5)(e)"],
               "The council is withholding the annual contract value under regulation 12(5)(e) of the EIR "
               "(confidentiality of commercial or industrial information). The confidentiality protects a legitimate "
               "economic interest of the contractor, and the public interest in maintaining the exception outweighs "
               "that in disclosure, having applied the presumption in favour of disclosure."),
            Rel("cnl.ft.fpn_level", "What fixed penalty is issued for a fly-tipping offence?", 1000,
                "The fixed penalty is \u00a31000, or \u00a3500 if it is paid early."),
            NH("cnl.ft.cameras", "How many cameras are used to monitor fly-tipping hotspots?",
               "The council does not hold this information. Since April 2025 cameras at fly-tipping sites have been "
               "deployed and managed by the contractor, and the council holds no record of how many are in use. "
               "Regulation 12(4)(a) therefore applies.", ex=["reg12(4)(a)"]),
            Rel("cnl.ft.prosecutions.2425", "How many fly-tipping prosecutions were brought in 2024/25?", 14, "14."),
        ])],
        kind="draft", regime="eir", lead="Your request, which we have handled under the EIR as it concerns waste, was:",
        opts={"resp_head": "Response", "qlab": "{n}.", "alab": "{n}."},
        fname="draft-thamesreach-EIR-2025-0212")

    add("cnl", "FOI-2026-00088", "2026-01-12", "", "txt", "bare", "Library provision",
        [P(None, [
            Ask("cnl.lib.count", "How many libraries does the London Borough of Thamesreach run at present?"),
            Ask("cnl.lib.volunteer", "How many of those libraries rely on volunteers or are managed by community organisations?"),
            Ask("cnl.lib.mobile", "How many mobile library vehicles does the council operate?"),
            Ask("cnl.lib.lms", "What library management system is in use, and who is the supplier?"),
            Ask("cnl.lib.hours", "What are the combined weekly opening hours of all the borough's libraries?"),
            Ask("cnl.lib.closures.since2020", "How many libraries have closed since January 2020?"),
        ])],
        kind="draft", lead="Please tell me:", opts={"qlab": "{n}."},
        fname="draft-thamesreach-request-libraries")


# =====================================================================
# Pennine Moors Police
# =====================================================================
def police(add, Rel, Wh, Part, NH, NC, Ref, Ask, P):
    add("pol", "FOI 0871/17", "2017-08-09", "2017-07-12", "txt", "interleaved", "Body Worn Video",
        [P(None, [
            Rel(("pol.bwv.count", "pol.bwv.supplier"),
                "How many body worn video cameras does Pennine Moors Police have, and which company supplied them?",
                (450, "Vigilant Optics Ltd"),
                "The force has 450 body worn video devices. They were supplied by Vigilant Optics Ltd."),
            Rel("pol.bwv.retention", "How long is footage kept if it is not needed as evidence?", "31 days", "31 days."),
            Rel("pol.bwv.cost", "What was the total cost of buying the cameras?", 612400, "\u00a3612,400."),
            Rel("pol.bwv.pcso", "Are PCSOs issued with body worn video?", "yes", "Yes."),
        ])],
        datefmt="ord", opts={"qlab": "Q{n}", "alab": "A{n}", "wrap": 95},
        fname="penninemoors-FOI-0871-17-bwv")

    add("pol", "FOI 1322/18", "2018-11-14", "2018-10-17", "pdf-gs", "restate_answers", "Unmanned Aerial Vehicles",
        [P(None, [
            Rel("pol.drone.count", "How many unmanned aerial vehicles (drones) does the force own?", 3, "The force owns 3 drones."),
            Rel("pol.drone.models", "Please list the make and model of each drone.", "DJI Matrice 210 x2; DJI Mavic 2 Enterprise x1",
                "DJI Matrice 210 (two) and DJI Mavic 2 Enterprise (one)."),
            Rel("pol.drone.pilots", "How many officers are trained to pilot them?", 11, "11 officers."),
            Rel("pol.drone.deploy.2018", "How many times were the drones deployed between 1 January and 30 September 2018?", 142,
                "142 deployments."),
            Rel("pol.drone.spend", "What has the force spent on drones to date, including purchase, training and maintenance?",
                68500, "\u00a368,500 in total."),
        ])],
        datefmt="ord", lead="I note you seek access to the following information:",
        opts={"resp_head": "Response", "resp_lead": "Pennine Moors Police does hold the information you requested. The answers follow in the order of your questions.",
              "alab": "{n}."},
        fname="penninemoors-FOI-1322-18-drones")

    rr = ["Incumbent Supplier: For each contract please provide the name of the supplier.",
          "Annual Average Spend: For each supplier please state the average annual spend over the last three years.",
          "Contract Expiry: For each supplier please state the date the contract expires.",
          "Contract Review: For each supplier please state the date the contract will next be reviewed.",
          "Contact Details: For each supplier please state the person within the organisation responsible for the contract (name, job title, telephone and email)."]
    add("pol", "FOI 0395/19", "2019-04-02", "2019-03-05", "pdf-soffice", "restate_answers", "Contact centre and inbound network contracts",
        [P("The first part of my request relates to contact centre service contracts (call distribution, web chat, performance monitoring).", [
            Rel("pol.cc.supplier", rr[0], "Callbridge Systems Ltd", "Callbridge Systems Ltd."),
            NH("pol.cc.spend", rr[1], "No information held. The contact centre element is not costed separately from the force's ICT managed service contract."),
            Rel("pol.cc.expiry", rr[2], "2021-08-31", "31/08/2021."),
            Rel("pol.cc.review", rr[3], "2021-02-01", "01/02/2021."),
            Rel("pol.cc.contact", rr[4], POL_ICT, f"ICT Commercial Manager, {POL_ICT}"),
            Rel("pol.cc.agents", "Number of Agents: please provide the total number of contact centre agents.", 78, "78."),
            Rel("pol.cc.sites", "Number of Sites: please provide the number of sites the contact centre covers.", 2, "2 sites."),
         ], short="Part 1"),
         P("The second part of my request relates to inbound network services contracts (0800/0300 numbers, call routing, IVR).", [
            Rel("pol.net.supplier", rr[0], "Northline Telecom plc", "Northline Telecom plc."),
            Rel("pol.net.spend", rr[1], 41000, "\u00a341,000."),
            Rel("pol.net.expiry", rr[2], "2020-12-31", "31/12/2020."),
            Rel("pol.net.review", rr[3], "2020-06-30", "30/06/2020."),
            Rel("pol.net.contact", rr[4], POL_ICT, f"ICT Commercial Manager, {POL_ICT}"),
         ], short="Part 2")],
        datefmt="ord", lead="I note you seek access to the following information:",
        opts={"resp_head": "Response", "resp_lead": "Pennine Moors Police holds the information requested. It has been provided by the force ICT department.",
              "alab": "Question {n} \u2013"},
        fname="penninemoors-FOI-0395-19-contact-centre")

    add("pol", "FOI 1410/19", "2019-12-05", "2019-11-06", "html", "youasked", "Body worn video and in-vehicle cameras",
        [P(None, [
            Rel("pol.bwv.count", "The number of body-worn video cameras currently in use by the force.", 900, "900."),
            Rel("pol.bwv.supplier", "The manufacturer or supplier of those cameras.", "Vigilant Optics Ltd", "Vigilant Optics Ltd."),
            Rel("pol.dashcam.count", "The number of in-vehicle video cameras (dash cams) fitted to force vehicles.", 120, "120 vehicles are fitted with forward-facing cameras."),
            Rel("pol.bwv.retention", "The default retention period for body-worn footage that is not evidential.", "31 days",
                "Non-evidential footage is automatically deleted after 31 days."),
            Rel("pol.bwv.policy", "Whether your body-worn video policy is published, with a link.", "published",
                "Yes. The policy is published on our website (Publication Scheme, Our Policies) and is therefore exempt "
                "under section 21 as reasonably accessible to you.", ex=["s21"]),
        ])],
        datefmt="ord", fname="penninemoors-FOI-1410-19-bwv")

    add("pol", "FOI 1102/20", "2020-10-21", "2020-09-23", "md", "interleaved", "Cyber security",
        [P(None, [
            NC("pol.cyber.ransomware", "In the last three years, has the force been the victim of a ransomware attack?",
               ["s24(2)", "s31(3)"],
               "Questions 1 and 2: Pennine Moors Police can neither confirm nor deny that it holds any information relevant to these "
               "questions by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement. This should not be taken "
               "as an indication that the information you requested does or does not exist."),
            NC("pol.cyber.paid", "If so, was a ransom paid?", ["s24(2)", "s31(3)"], "Please see the answer to question 1."),
            Rel("pol.cyber.training", "Is cyber security training mandatory for all staff?", "yes",
                "Yes. All officers and staff must complete annual information security e-learning."),
            Wh("pol.cyber.phishing.2019", "How many phishing emails were blocked in 2019?", ["s31(1)(a)"],
               "This figure is withheld under Section 31(1)(a) Law Enforcement."),
        ])],
        datefmt="ord", opts={"qlab": "Request {n}:", "alab": "Response:"},
        fname="penninemoors-FOI-1102-20-cyber")

    add("pol", "FOI 0688/21", "2021-06-30", "2021-06-02", "docx", "table", "Drones",
        [P(None, [
            Rel("pol.drone.count", "Total number of drones in the force's fleet.", 5, "5"),
            Wh("pol.drone.models", "Manufacturer and model of each drone.", ["s31(1)(a)"],
               "Exempt \u2013 Section 31(1)(a) Law Enforcement. Disclosure of models would reveal operational capability (flight time, camera range)."),
            Rel("pol.drone.protests", "Have drones been used to monitor protests or demonstrations since March 2020?", "no",
                "No."),
            Rel("pol.drone.seized.2020", "Number of drones seized by the force during 2020 (for example near prisons).", 14, "14"),
            Rel("pol.drone.pilots", "Number of trained drone pilots.", 19, "19"),
        ])],
        datefmt="ord", lead="Your questions and the force's answers are set out in the table below.",
        opts={"cols": ("Question", "Answer")},
        fname="penninemoors-FOI-0688-21-drones")

    add("pol", "FOI 0301/22", "2022-03-16", "2022-02-15", "txt", "restate_answers", "Ransomware and facial recognition",
        [P(None, [
            NC("pol.cyber.ransomware", "Has Pennine Moors Police suffered any ransomware incident since January 2019?",
               ["s24(2)", "s31(3)"]),
            Rel("pol.frt.live", "Has the force used live facial recognition technology in public places?", "no",
                "No. Pennine Moors Police has not deployed live facial recognition."),
            NH("pol.frt.retro.2021", "How many retrospective facial recognition searches did the force run in 2021?",
               "No information held. Searches of the Police National Database are not recorded by force in a way that would answer this question."),
            Rel("pol.cyber.training", "Must all officers and staff complete cyber security training?", "yes",
                "Yes, annually."),
        ])],
        datefmt="ord", lead="I note you seek access to the following information:",
        opts={"resp_head": "Response", "alab": "{n}.", "wrap": 100},
        fname="penninemoors-FOI-0301-22-ransomware-frt")

    # one merged list (no parts): subject inside each question
    add("pol", "FOI 0093/23", "2023-01-25", "2022-12-28", "pdf-chromium", "restate_answers", "ICT contracts",
        [P(None, [
            Rel("pol.cc.supplier", "Contact centre contract \u2013 incumbent supplier.", "Callbridge Systems Ltd", "Callbridge Systems Ltd."),
            NH("pol.cc.spend", "Contact centre contract \u2013 average annual spend over three years.",
               "No information held; the contact centre is not costed separately from the wider ICT managed service."),
            Rel("pol.cc.expiry", "Contact centre contract \u2013 expiry date.", "2026-09-30", "30/09/2026."),
            Rel("pol.cc.contact", "Contact centre contract \u2013 name, job title and email address of the responsible officer.", POL_ICT,
                f"{POL_ICT}"),
            Rel("pol.cc.agents", "Number of contact centre agents.", 85, "85."),
            Rel("pol.net.supplier", "Inbound network services contract \u2013 incumbent supplier.", "Northline Telecom plc", "Northline Telecom plc."),
            Rel("pol.net.spend", "Inbound network services contract \u2013 average annual spend over three years.", 48000, "\u00a348,000."),
            Rel("pol.net.expiry", "Inbound network services contract \u2013 expiry date.", "2025-12-31", "31 December 2025."),
            Rel("pol.net.contact", "Inbound network services contract \u2013 responsible officer.", POL_ICT, f"{POL_ICT}"),
            Rel("pol.email.users", "Approximate number of email users across the organisation.", 4100, "Approximately 4,100."),
        ])],
        datefmt="ord", lead="I note you seek access to the following information (your earlier request FOI 0395/19 covered similar ground):",
        opts={"resp_head": "Response", "alab": "Question {n} \u2013"},
        fname="penninemoors-FOI-0093-23-ict-contracts")

    # unrelated, refused in full on cost
    cost = ("Section 12(1) applies to the whole of your request. To answer question 2 we would need to read every "
            "use-of-force record involving a police dog since 2010 (about 2,900 records at 6 minutes each, some 290 hours), "
            "far beyond the 18 hours / \u00a3450 appropriate limit. Where one part exceeds the limit, the whole request may be "
            "refused. You may wish to narrow your request, for example to a single year.")
    add("pol", "FOI 0742/23", "2023-07-19", "2023-06-21", "md", "restate_answers", "Police dogs",
        [P(None, [
            Ref("pol.dogs.count", "How many police dogs does the force have?", ["s12(1)"], cost),
            Ref("pol.dogs.bites", "For each year since 2010, how many members of the public were bitten by police dogs? Please give details of each incident.",
                ["s12(1)"], "See above."),
            Ref("pol.dogs.retired", "What happens to police dogs when they retire?", ["s12(1)"], "See above."),
        ])],
        datefmt="ord", lead="I note you seek access to the following information:",
        opts={"resp_head": "Decision", "alab": "{n}."},
        fname="penninemoors-FOI-0742-23-police-dogs")

    add("pol", "FOI 0244/24", "2024-02-28", "2024-01-30", "pdf-soffice", "decision", "Body worn video and drones",
        [P(None, [
            Rel("pol.bwv.count", "How many body worn video devices does the force have in service?", 1150, "1150 devices."),
            Rel("pol.bwv.supplier", "Who is the supplier of the devices?", "Vigilant Optics Ltd", "Vigilant Optics Ltd."),
            Rel("pol.bwv.retention", "What is the standard retention period for non-evidential footage?", "31 days", "31 days."),
            Wh("pol.drone.count", "How many drones does the force operate?", ["s31(1)(a)"]),
            Wh("pol.drone.models", "What makes and models of drone are used?", ["s31(1)(a)"]),
        ])],
        datefmt="ord", lead="I note you seek access to the following information:",
        opts={"prev_note": "Please note: previously the force disclosed the size of its drone fleet. Following national guidance on drone capability this information is now considered exempt."},
        fname="penninemoors-FOI-0244-24-bwv-drones")

    add("pol", "FOI 1037/24", "2024-09-11", "2024-08-14", "html", "youasked", "Cyber attacks and facial recognition",
        [P(None, [
            Rel("pol.cyber.ransomware", "Has the force been affected by ransomware in the past three years?", "no",
                "No. Pennine Moors Police has not been the subject of a successful ransomware attack in that period."),
            Rel("pol.frt.live", "Does the force use live facial recognition?", "yes",
                "Yes. Live facial recognition was deployed on three occasions in 2024, each authorised by a superintendent."),
            Rel("pol.cyber.training", "Is cyber awareness training compulsory for officers and staff?", "yes", "Yes."),
        ])],
        datefmt="ord", fname="penninemoors-FOI-1037-24-cyber-frt")

    # ------------------------------------------------------------ drafts
    add("pol", "FOI 0455/25", "2025-04-23", "2025-03-26", "pdf-chromium", "interleaved", "Body worn video and drones",
        [P(None, [
            Rel("pol.bwv.count", "Please tell me the number of body-worn cameras in use across the force.", 1150,
                "1,150 body-worn cameras are in use."),
            Wh("pol.bwv.supplier", "Which company supplies them?", ["s31(1)(a)"],
               "The supplier is withheld under Section 31(1)(a) Law Enforcement. Identifying the supplier would help "
               "those seeking to exploit known weaknesses in particular devices."),
            Rel("pol.bwv.retention", "For how long is non-evidential footage kept before deletion?", "31 days",
                "Thirty-one days."),
            Rel("pol.drone.count", "How many drones does the force currently have?", 7, "The force has 7 drones."),
            Wh("pol.drone.models", "Please list the drone makes and models.", ["s24(1)"],
               "This information is withheld under Section 24(1) National Security."),
            NC("pol.drone.protests", "Have drones been used to police protests?", ["s24(2)", "s31(3)"],
               "Pennine Moors Police can neither confirm nor deny that it holds information relevant to this question by "
               "virtue of Section 24(2) National Security and Section 31(3) Law Enforcement."),
        ])],
        kind="draft", datefmt="ord", after=[], opts={"qlab": "Question {n}", "alab": "Response"},
        fname="draft-penninemoors-FOI-0455-25")

    part_q = ["Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
              "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.",
              "Contract Expiry: For each supplier, please state the date of when the contract expires.",
              "Contact Details: For each supplier, please state the person from within the organisation responsible for the contract."]
    add("pol", "FOI 0912/25", "2025-08-05", "2025-07-08", "txt", "decision", "Contact centre contract",
        [P("The first part of my request relates to contact centre service contracts.", [
            Wh("pol.cc.supplier", part_q[0], ["s31(1)(a)", "s31(1)(b)"]),
            NH("pol.cc.spend", part_q[1], "No information held as the contact centre is not costed separately from the full ICT contract."),
            Rel("pol.cc.expiry", part_q[2], "2026-09-30", "30 September 2026."),
            Rel("pol.cc.agents", "Number of Agents: please provide me with the total number of contact centre agents.", 85, "85"),
            Rel("pol.cc.contact", part_q[3], POL_ICT, POL_ICT),
         ]),
         P("The second part of my request relates to inbound network services contracts.", [
            Rel("pol.net.supplier", part_q[0], "Northline Telecom plc", "Northline Telecom plc"),
            Rel("pol.net.spend", part_q[1], 48000, "\u00a348k per year."),
            Rel("pol.net.expiry", part_q[2], "2027-12-31", "31/12/2027"),
            Rel("pol.net.contact", part_q[3], POL_ICT, POL_ICT),
         ])],
        kind="draft", datefmt="ord", lead="I note you seek access to the following information:",
        opts={"prev_note": "Please Note: Previously we disclosed the contact centre supplier (see FOI 0093/23). On national advice about cyber threats to policing, this is no longer disclosed.",
              "wrap": 110},
        fname="draft-penninemoors-FOI-0912-25")

    add("pol", "FOI 0088/26", "2026-01-20", "2025-12-22", "docx", "youasked", "Ransomware and facial recognition",
        [P(None, [
            Rel("pol.cyber.ransomware", "Has the force experienced a ransomware attack in the last three years?", "no",
                "No. The force has not been affected by ransomware in that period."),
            Rel("pol.frt.live", "Has Pennine Moors Police ever used live facial recognition cameras?", "yes",
                "Yes. Live facial recognition has been used at a small number of planned events."),
            Rel("pol.cyber.training", "Do all officers and staff have to complete cyber security training?", "yes",
                "Yes \u2013 it is mandatory and refreshed each year."),
            Rel("pol.frt.retro.2025", "How many retrospective facial recognition searches did the force carry out in 2025?", 1312,
                "1,312 searches were carried out in 2025."),
        ])],
        kind="draft", datefmt="ord", as_of="2024-01-01",
        fname="draft-penninemoors-FOI-0088-26")


# =====================================================================
# Wessex Downs Ambulance Service NHS Foundation Trust
# =====================================================================
def ambulance(add, Rel, Wh, Part, NH, NC, Ref, Ask, P):
    add("amb", "FOI-1174", "2017-11-08", "2017-10-11", "txt", "restate_answers", "Ambulance fleet",
        [P(None, [
            Rel("amb.fleet.count", "How many emergency ambulances (double-crewed ambulances) are in the Trust's fleet?", 198, "198."),
            Rel("amb.fleet.make", "What base vehicle is used for your ambulances?", "Mercedes-Benz Sprinter", "Mercedes-Benz Sprinter."),
            Rel("amb.fleet.converter", "Which company converts the vehicles into ambulances?", "Coachcraft Medical Ltd",
                "Coachcraft Medical Ltd."),
            Rel("amb.fleet.age", "What is the average age of the emergency ambulance fleet?", "5.1 years", "5.1 years."),
        ])],
        datefmt="slash", lead="You asked:", opts={"resp_head": "Trust response", "alab": "{n}."},
        fname="wdas-FOI-1174-fleet")

    add("amb", "FOI-1502", "2018-06-19", "2018-05-22", "pdf-soffice", "table", "Agency staffing",
        [P(None, [
            Rel("amb.agency.spend.1718", "Total expenditure on agency clinical staff in 2017/18.", 2310000, "\u00a32,310,000"),
            Rel("amb.agency.top", "The five agencies the Trust spent most with.",
                "Medilocum Staffing; RapidCare Recruitment; BlueLight Locums; Paraforce Agency; Careline Medical",
                "Medilocum Staffing, RapidCare Recruitment, BlueLight Locums, Paraforce Agency and Careline Medical."),
            Rel("amb.agency.rate_cap", "The highest hourly rate the Trust will pay for an agency paramedic.", 45, "\u00a345.00 per hour"),
            Rel("amb.bank.count", "Number of staff registered on the Trust's staff bank.", 312, "312"),
        ])],
        datefmt="slash", opts={"cols": ("Your request", "Trust response")},
        fname="wdas-FOI-1502-agency")

    add("amb", "FOI 2019/0877", "2019-09-24", "2019-08-27", "md", "interleaved", "Cyber security",
        [P(None, [
            Rel("amb.cyber.ransomware", "Has the Trust been affected by a ransomware attack since May 2017?", "no",
                "No. The Trust was not affected by WannaCry and has not been affected by ransomware since."),
            Rel("amb.cyber.paid", "Has the Trust ever paid a ransom to recover systems or data?", "no", "No."),
            Rel("amb.cyber.os", "How many Trust devices still run an unsupported operating system such as Windows XP or Windows 7?",
                3200, "Approximately 3,200 devices, all scheduled for upgrade before January 2020."),
            Rel("amb.cyber.budget.1920", "What is the Trust's cyber security budget for 2019/20?", 410000, "\u00a3410,000."),
        ])],
        datefmt="slash", opts={"qlab": "Question {n}:", "alab": "Answer:"},
        fname="wdas-FOI-2019-0877-cyber")

    add("amb", "FOI 2020/1254", "2020-12-01", "2020-11-03", "pdf-gs", "restate_answers", "Dispatch and patient record systems",
        [P(None, [
            Rel("amb.cad.supplier", "Who supplies the Trust's computer aided dispatch (CAD) system?", "DispatchPoint Ltd", "DispatchPoint Ltd."),
            Rel("amb.cad.expiry", "When does the CAD contract end?", "2023-03-31", "31 March 2023."),
            Wh("amb.cad.value", "What is the total value of the CAD contract?", ["s43(2)"],
               "The Trust considers this information exempt under section 43(2) of the Act, as its release would be likely "
               "to prejudice the commercial interests of the Trust and of the supplier. The public interest favours withholding it."),
            Rel("amb.epr.supplier", "Who supplies the Trust's electronic patient care record (ePCR) system?", "Medisphere Ltd",
                "Medisphere Ltd."),
        ])],
        datefmt="long0", lead="Your request read:", opts={"resp_head": "Response", "alab": "{n}."},
        fname="wdas-FOI-2020-1254-cad-epr")

    add("amb", "FOI 2021/1190", "2021-10-13", "2021-09-15", "html", "youasked", "Agency staff and fleet",
        [P(None, [
            Rel("amb.agency.top", "Names of the agencies supplying paramedics to the Trust.",
                "Medilocum Staffing; BlueLight Locums; Paraforce Agency", "Medilocum Staffing; BlueLight Locums; Paraforce Agency."),
            Rel("amb.agency.rate_cap", "The maximum rate per hour paid to agencies for a registered paramedic.", 48, "\u00a348 per hour."),
            Rel("amb.agency.spend.2021", "Spend on agency staff in 2020/21.", 3050000, "\u00a33,050,000."),
            Rel("amb.fleet.count", "The number of front-line ambulances the Trust operates.", 205, "205."),
            Rel("amb.fleet.converter", "The company that carries out ambulance conversions for the Trust.", "Coachcraft Medical Ltd",
                "Coachcraft Medical Ltd."),
        ])],
        datefmt="long", fname="wdas-FOI-2021-1190-agency-fleet")

    add("amb", "WDAS-FOI-23-0540", "2023-05-17", "2023-04-19", "docx", "interleaved", "CAD and ePR contracts",
        [P(None, [
            Rel("amb.cad.supplier", "Name of the supplier of your CAD system.", "DispatchPoint Ltd", "DispatchPoint Ltd"),
            Rel("amb.cad.expiry", "End date of the current CAD contract.", "2028-03-31", "31/03/2028"),
            Wh("amb.cad.value", "Value of the CAD contract.", ["s43(2)"],
               "Withheld under section 43(2) \u2013 commercial interests."),
            Rel("amb.epr.supplier", "Name of the supplier of the electronic patient record used by crews.", "Medisphere Ltd", "Medisphere Ltd"),
            Rel("amb.epr.length", "Length of the ePR contract.", 24, "24 months"),
        ])],
        datefmt="long", opts={"qlab": "{n}.", "alab": "Response:"},
        fname="wdas-FOI-23-0540-cad-epr")

    add("amb", "WDAS-FOI-24-0288", "2024-03-12", "2024-02-13", "pdf-chromium", "restate_answers", "Cyber security",
        [P(None, [
            Rel("amb.cyber.ransomware", "In the last three years has the Trust experienced a ransomware incident?", "no", "No."),
            NC("amb.cyber.paid", "Has the Trust paid any ransom?", ["s31(3)"],
               "The Trust neither confirms nor denies whether it holds information about ransom payments, under section 31(3) "
               "of the Act. Confirming either way would indicate to criminals how the Trust is likely to respond to extortion."),
            Rel("amb.cyber.os", "How many endpoints run operating systems that are no longer supported by the vendor?", 14,
                "14 devices, all isolated from the network."),
            Rel("amb.cyber.training", "What percentage of staff have completed Data Security Awareness training this year?",
                "94%", "94%."),
        ])],
        datefmt="long", lead="You asked:", opts={"resp_head": "Our response", "alab": "{n}."},
        fname="wdas-FOI-24-0288-cyber")

    add("amb", "WDAS-FOI-24-1102", "2024-11-06", "2024-10-09", "pdf-gs", "interleaved", "Agency spend and fleet",
        [P(None, [
            Rel("amb.agency.spend.2324", "How much did the Trust spend on agency staff in 2023/24?", 1200000, "\u00a31,200,000."),
            Rel("amb.agency.top", "Which agencies did the Trust use for paramedics and technicians?",
                "Medilocum Staffing; BlueLight Locums; Paraforce Agency",
                "Medilocum Staffing, BlueLight Locums and Paraforce Agency."),
            Rel("amb.agency.rate_cap", "What is the most the Trust pays per hour for an agency paramedic?", 48, "\u00a348."),
            Rel("amb.fleet.count", "How many double-crewed ambulances are in service?", 212, "212."),
            Rel("amb.fleet.converter", "Who converts your ambulances?", "Coachcraft Medical Ltd", "Coachcraft Medical Ltd."),
        ])],
        datefmt="long", opts={"qlab": "Q{n}", "alab": "A{n}"},
        fname="wdas-FOI-24-1102-agency-fleet")

    # later than one draft's date: must not be seen by that draft
    add("amb", "WDAS-FOI-25-1219", "2025-11-20", "2025-10-23", "txt", "youasked", "Agency rates and fleet",
        [P(None, [
            Rel("amb.agency.rate_cap", "What is your maximum hourly rate for an agency paramedic?", 55, "\u00a355 per hour."),
            NH("amb.fleet.converter", "Who converts your ambulances?",
               "The Trust does not hold this information. Vehicles are now leased fully converted and the Trust has no record of the converter."),
            Rel("amb.fleet.count", "How many double-crewed ambulances do you have?", 215, "215."),
        ])],
        datefmt="long", fname="wdas-FOI-25-1219-agency-fleet")

    # ------------------------------------------------------------ drafts
    add("amb", "WDAS-FOI-25-0311", "2025-05-14", "2025-04-16", "pdf-soffice", "table", "Agency staffing and fleet",
        [P(None, [
            Rel("amb.agency.top", "Please list the agencies used to supply paramedics.",
                "Medilocum Staffing; BlueLight Locums; Paraforce Agency",
                "Paraforce Agency, Medilocum Staffing and BlueLight Locums."),
            Rel("amb.agency.rate_cap", "What is the capped hourly rate for agency paramedics?", 55, "\u00a355.00 per hour."),
            Rel("amb.fleet.count", "How many frontline double-crewed ambulances does the Trust have?", 212,
                "Two hundred and twelve (212)."),
            NH("amb.fleet.converter", "Who is the converter for your ambulance fleet?",
               "Not held. New vehicles are leased fully converted, and the Trust does not hold the name of the converter."),
            Rel("amb.agency.spend.2324", "Please confirm agency expenditure for the 2023/24 financial year.", 1200000, "\u00a31.2m."),
        ])],
        kind="draft", datefmt="long", opts={"cols": ("Question", "Response")},
        fname="draft-wdas-FOI-25-0311")

    add("amb", "WDAS-FOI-25-0902", "2025-10-08", "2025-09-10", "html", "interleaved", "Cyber security",
        [P(None, [
            NC("amb.cyber.ransomware", "Has the Trust been hit by ransomware in the last three years?", ["s31(3)"],
               "The Trust neither confirms nor denies that it holds this information, in reliance on section 31(3) of the "
               "Freedom of Information Act 2000. On NHS England advice, confirming whether or not an attack has occurred "
               "could assist those planning attacks."),
            NC("amb.cyber.paid", "Has the Trust paid a ransom?", ["s31(3)"],
               "As above, the Trust neither confirms nor denies whether this information is held (section 31(3))."),
            Wh("amb.cyber.os", "How many of your devices run unsupported operating systems?", ["s31(1)(a)"],
               "Withheld under section 31(1)(a). Publishing the number of unsupported devices would identify a potential vulnerability."),
            Rel("amb.cyber.training", "What proportion of staff have completed data security training?", "94%",
                "94 per cent of staff have completed the training."),
        ])],
        kind="draft", datefmt="long", opts={"qlab": "Question {n}", "alab": "Answer"},
        fname="draft-wdas-FOI-25-0902")

    add("amb", "WDAS-FOI-25-1255", "2025-12-03", "2025-11-05", "txt", "interleaved", "CAD and ePR systems",
        [P(None, [
            Rel("amb.cad.supplier", "Which company provides your computer-aided dispatch software?", "DispatchPoint Ltd",
                "DispatchPoint Limited."),
            Rel("amb.cad.expiry", "When is the CAD contract due to expire?", "2028-03-31", "31 March 2028."),
            Wh("amb.cad.value", "How much is the CAD contract worth?", ["s43(2)"],
               "This is withheld under section 43(2) (commercial interests)."),
            Rel("amb.epr.supplier", "Which company provides the electronic patient record used by ambulance crews?",
                "Medisphere Ltd", "Medisphere Ltd."),
            Rel("amb.epr.length", "What is the term of the ePR contract?", 24, "Two years."),
        ])],
        kind="draft", datefmt="long", consistent=True, opts={"qlab": "Q{n}.", "alab": "A{n}."},
        fname="draft-wdas-FOI-25-1255")


# =====================================================================
# Kingsmere University
# =====================================================================
def university(add, Rel, Wh, Part, NH, NC, Ref, Ask, P):
    names5 = "Global Pathways Education; BrightRoute Consultants; Lotus Study Abroad; Meridian Scholars; Andes Education Link"
    names6 = names5 + "; Sahel Futures"
    add("uni", "FOI-2017-112", "2017-10-03", "2017-09-05", "txt", "interleaved", "International recruitment agents",
        [P(None, [
            Rel("uni.agents.count", "How many overseas recruitment agents does the University currently contract with?", 48, "48."),
            Rel("uni.agents.names", "Please provide the names of those agents.", "attached list",
                "Please see the attached list (Annex A)."),
            Rel("uni.agents.rate", "What commission rate do you pay agents?", "12.5%",
                "12.5% of the first year's tuition fee."),
            Rel("uni.agents.commission.1617", "How much commission was paid in total in 2016/17?", 1140000, "\u00a31,140,000."),
        ])],
        opts={"qlab": "Q{n}", "alab": "A{n}", "wrap": 88},
        fname="kingsmere-FOI-2017-112-agents")

    add("uni", "FOI-2018-287", "2018-12-11", "2018-11-13", "md", "youasked", "Staff contracts and senior pay",
        [P(None, [
            Rel("uni.staff.zerohours", "How many staff are employed on zero-hours contracts?", 410, "410."),
            Rel("uni.staff.vc_salary", "What is the Vice-Chancellor's basic salary?", 262000, "\u00a3262,000."),
            Rel("uni.staff.vc_expenses.1718", "How much did the Vice-Chancellor claim in expenses in 2017/18?", 18440, "\u00a318,440."),
        ])],
        fname="kingsmere-FOI-2018-287-staffing")

    add("uni", "FOI-2019-301", "2019-11-19", "2019-10-22", "html", "table", "Student systems",
        [P(None, [
            Rel("uni.srs.supplier", "Which student records system do you use and who supplies it?", "CampusCore Ltd",
                "CampusCore, supplied by CampusCore Ltd."),
            Rel("uni.vle.supplier", "Which virtual learning environment do you use and who supplies it?", "LearnSpan Cloud Ltd",
                "LearnSpan, hosted by LearnSpan Cloud Ltd."),
            Rel("uni.srs.expiry", "When does the student records system contract end?", "2022-07-31", "31 July 2022."),
        ])],
        opts={"cols": ("Request", "Response")},
        fname="kingsmere-FOI-2019-301-student-systems")

    add("uni", "KU/FOI/20/144", "2020-06-04", "2020-05-06", "pdf-soffice", "restate_answers", "Recruitment agents",
        [P(None, [
            Wh("uni.agents.count", "The number of international student recruitment agents the University uses.", ["s43(2)"]),
            Rel("uni.agents.names", "A list of their names.", names5, names5.replace(";", ",") + "."),
            Wh("uni.agents.rate", "The commission rate paid.", ["s41(1)"],
               "The commission rate is set out in agreements that impose an obligation of confidence on both parties. "
               "Disclosure would be an actionable breach of confidence and the information is therefore exempt under section 41(1)."),
            Rel("uni.agents.commission.1819", "The total commission paid to agents in 2018/19.", 2260000, "\u00a32,260,000."),
        ])],
        lead="You asked for:", opts={"resp_head": "Response", "alab": "{n}."},
        fname="kingsmere-KU-FOI-20-144-agents")

    add("uni", "KU/FOI/21/078", "2021-03-22", "2021-02-22", "docx", "interleaved", "Academic misconduct",
        [P(None, [
            Rel("uni.misc.cheat.1920", "How many students were found to have used contract cheating services (essay mills) in 2019/20?", 41, "41."),
            Rel("uni.misc.plag.1920", "How many plagiarism cases, other than contract cheating, were upheld in 2019/20?", 388, "388."),
            Rel("uni.misc.software", "Which plagiarism detection software does the University use?", "OriginCheck", "OriginCheck."),
        ])],
        opts={"qlab": "{n}.", "alab": "Answer:"},
        fname="kingsmere-KU-FOI-21-078-misconduct")

    add("uni", "KU/FOI/22/266", "2022-09-14", "2022-08-17", "pdf-gs", "restate_answers", "Staffing",
        [P(None, [
            Rel("uni.staff.zerohours", "Number of people currently engaged on zero-hours or casual hourly-paid contracts.", 355, "355."),
            Rel("uni.staff.vc_salary", "Current basic salary of the Vice-Chancellor.", 285000, "\u00a3285,000."),
            Rel("uni.staff.redund.2122", "Number of compulsory redundancies in 2021/22.", 12, "12."),
        ])],
        lead="Your request:", opts={"resp_head": "Our response", "alab": "{n}."},
        fname="kingsmere-KU-FOI-22-266-staffing")

    add("uni", "FOI2024/0156", "2024-05-29", "2024-05-01", "pdf-chromium", "youasked", "Academic misconduct and staffing",
        [P(None, [
            Rel("uni.misc.ai.2223", "How many academic misconduct cases in 2022/23 involved the use of generative AI tools such as ChatGPT?",
                212, "212 cases."),
            Rel("uni.misc.cheat.2223", "How many cases of contract cheating (paying a third party to complete work) were recorded in 2022/23?",
                37, "37 cases."),
            Rel("uni.staff.zerohours", "How many staff are on zero-hours contracts?", 340, "340."),
            Rel("uni.staff.vc_salary", "What is the Vice-Chancellor's salary?", 285000, "\u00a3285,000 basic salary."),
        ])],
        fname="kingsmere-FOI2024-0156-misconduct-staffing")

    add("uni", "FOI2024/0388", "2024-11-13", "2024-10-16", "md", "interleaved", "International recruitment agents",
        [P(None, [
            Wh("uni.agents.count", "How many recruitment agents does the University work with overseas?", ["s43(2)"],
               "Withheld under section 43(2) (commercial interests): the size of our agent network is commercially sensitive in a competitive recruitment market."),
            Rel("uni.agents.names", "What are the names of the agents?", names6, names6.replace(";", ",") + "."),
            Wh("uni.agents.rate", "What commission rate is paid?", ["s41(1)"],
               "Exempt under section 41(1) (information provided in confidence)."),
            NH("uni.agents.commission.2324", "What was the total amount of commission paid to agents in the 2023/24 academic year?",
               "The University does not hold a total figure. Commission is paid from faculty budgets and is not recorded separately."),
        ])],
        opts={"qlab": "Question {n}:", "alab": "Response:"},
        fname="kingsmere-FOI2024-0388-agents")

    # ------------------------------------------------------------ drafts
    add("uni", "FOI2025/0217", "2025-07-09", "2025-06-11", "md", "restate_answers", "Recruitment agents",
        [P(None, [
            Rel("uni.agents.count", "Number of agents the University uses to recruit international students.", 64, "64."),
            Part("uni.agents.names", "Names of those agents.", ["s43(2)"], names6,
                 "Agents in our established markets are: " + names6.replace(";", ",") + ". The names of agents appointed "
                 "in 2025 for new markets are withheld under section 43(2) while contract negotiations continue."),
            Wh("uni.agents.rate", "The commission rate or rates paid to agents.", ["s43(2)"],
               "Withheld under section 43(2) (commercial interests)."),
            Rel("uni.agents.commission.2324", "Total commission paid to agents in 2023/24.", 3400000, "\u00a33.4 million."),
        ])],
        kind="draft", lead="Your request:", opts={"resp_head": "Response", "alab": "{n}."},
        fname="draft-kingsmere-FOI2025-0217")

    add("uni", "FOI2026/0049", "2026-02-18", "2026-01-21", "pdf-gs", "interleaved", "Staffing and academic misconduct",
        [P(None, [
            NH("uni.staff.zerohours", "How many people does the University employ on zero-hours contracts?",
               "The University does not hold this information. Since August 2025 casual workers are engaged through a "
               "separate temporary staffing company and are not employees of the University."),
            Rel("uni.staff.vc_salary", "What is the current basic salary of the Vice-Chancellor?", 285000, "\u00a3285k."),
            Rel("uni.misc.ai.2223", "In 2022/23, how many misconduct cases involved generative AI?", 212,
                "Two hundred and twelve."),
            Rel("uni.misc.ai.expelled.2223", "How many of those cases led to expulsion?", 3, "Three."),
        ])],
        kind="draft", opts={"qlab": "Question {n}:", "alab": "Answer:"},
        fname="draft-kingsmere-FOI2026-0049")
