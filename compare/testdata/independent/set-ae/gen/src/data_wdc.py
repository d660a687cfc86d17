"""Wendlebury District Council: truth for every letter."""


def Q(c, t, s, a="", f=None, ex=()):
    return {"c": c, "t": t, "s": s, "a": a, "f": f, "ex": sorted(ex)}


R, PR, W, NH, NC, RF, U = ("released", "partially_released", "withheld", "not_held",
                           "ncnd", "refused", "unknown")

GREENWAY = "greenway environmental services ltd"
KESTREL = "kestrel unified communications ltd"
CALDER = "calderstone contact systems"
CIVIC = "civic patrol services ltd"

LETTERS = [
    # ------------------------------------------------------------ fly-tipping 2018
    dict(id="wdc-2018-fly-tipping", kind="history", auth="wdc", ref="WDC/FOI/0412/18",
         date="2018-05-09", received="2018-04-16", regime="foia", title="Fly-tipping enforcement",
         style="table", fmt="pdf-soffice", date_style="long", table_header=["Question", "Answer"],
         lead="Your questions and our answers are set out in the table below.",
         parts=[{"qs": [
             Q("ft.cameras_used", "Does the Council use CCTV or other camera equipment to catch people fly-tipping?",
               R, "Yes. The Council has used re-deployable cameras at fly-tipping hotspots since 2016.", "yes"),
             Q("ft.camera_locations", "If so, please list the locations where these cameras are currently sited.",
               W, "Withheld. We consider this information exempt under section 31(1)(a) of the Act (prevention "
                  "or detection of crime). Publishing the sites would tell offenders where they can dump waste "
                  "without being filmed, and the public interest favours keeping the cameras effective.",
               ex=["s31(1)(a)"]),
             Q("ft.fpn_amount", "What is the level of the fixed penalty notice the Council issues for fly-tipping?",
               R, "\u00a3400.", "400"),
             Q("ft.early_payment", "Is there a reduced amount for early payment and if so how much?",
               R, "Yes \u2013 \u00a3200 if paid within 10 days of the notice.", "200"),
             Q("ft.clearance_contractor", "Which company removes fly-tipped waste from public land for the Council?",
               R, "Fly-tipping on council land and the highway is cleared by our street cleansing contractor, "
                  "Greenway Environmental Services Ltd.", GREENWAY),
             Q("ft.enforcement_officers", "How many enforcement officers (FTE) does the Council employ to deal "
                                          "with fly-tipping?",
               R, "3 FTE Environmental Enforcement Officers.", "3"),
         ]}]),

    # ------------------------------------------------------------ ICT 2019 (parts restart)
    dict(id="wdc-2019-telephony-contact-centre", kind="history", auth="wdc", ref="WDC/FOI/1123/19",
         date="2019-02-20", received="2019-01-28", regime="foia",
         title="Telephony and contact centre contracts", style="interleaved", v="QA", fmt="html",
         date_style="ord",
         lead="Your request was in two parts, which we have answered in turn.",
         parts=[
             {"h": "Part 1 \u2013 Corporate telephony",
              "intro": "My request is in two parts. Part 1 concerns your corporate telephony (PBX / unified "
                       "communications) contract.",
              "qs": [
                  Q("tel.supplier", "Who is your current supplier?", R,
                    "Kestrel Unified Communications Ltd.", KESTREL),
                  Q("tel.value", "What is the annual value of the contract?", R,
                    "\u00a348,000 per annum.", "48000"),
                  Q("tel.expiry", "When does the contract expire?", R, "31/03/2026.", "2026-03-31"),
                  Q("tel.contact", "Who is responsible for this contract within the Council (name, job title "
                                   "and email address)?", PR,
                    "ICT Infrastructure Manager, ict@wendlebury.gov.uk. The officer's name is withheld under "
                    "section 40(2) of the Act as it is personal data of a non-senior officer.",
                    ex=["s40(2)"]),
              ]},
             {"h": "Part 2 \u2013 Contact centre",
              "intro": "Part 2 concerns your customer contact centre software contract.",
              "qs": [
                  Q("cc.supplier", "Who is your current supplier?", R, "Calderstone Contact Systems.", CALDER),
                  Q("cc.value", "What is the annual value of the contract?", R, "\u00a336,500 per annum.",
                    "36500"),
                  Q("cc.expiry", "When does the contract expire?", R, "30/09/2025.", "2025-09-30"),
                  Q("cc.agents", "How many contact centre agents do you have?", R, "22.", "22"),
                  Q("cc.contact", "Who is responsible for this contract within the Council (name, job title "
                                  "and email address)?", PR,
                    "Customer Services Manager, customer.services@wendlebury.gov.uk. The name is withheld under "
                    "section 40(2).", ex=["s40(2)"]),
              ]},
         ]),

    # ------------------------------------------------------------ parking 2020
    dict(id="wdc-2020-parking-enforcement", kind="history", auth="wdc", ref="WDC/FOI/0544/20",
         date="2020-06-17", received="2020-05-26", regime="foia", title="Parking enforcement",
         style="youasked", fmt="docx", date_style="long",
         parts=[{"qs": [
             Q("pk.contractor", "Do you carry out parking enforcement in-house or through a contractor? If "
                                "contracted, please name the company.", R,
               "Civil parking enforcement in the district is contracted out to Civic Patrol Services Ltd.", CIVIC),
             Q("pk.ceo_count", "How many civil enforcement officers patrol the district?", R,
               "Nine civil enforcement officers are deployed across the district.", "9"),
             Q("pk.camera_car", "Do you use a camera car to issue penalty charge notices?", R,
               "No. The Council does not operate a camera enforcement vehicle.", "no"),
             Q("pk.targets", "Are enforcement officers given targets or quotas for the number of PCNs issued?", R,
               "No. Officers are not set targets for the number of penalty charge notices they issue.", "no"),
         ]}]),

    # ------------------------------------------------------------ fly-tipping 2021 (EIR, bullets, merged)
    dict(id="wdc-2021-dumped-waste-eir", kind="history", auth="wdc", ref="WDC/EIR/0031/21",
         date="2021-01-26", received="2020-12-29", regime="eir", title="Illegally dumped waste",
         style="numbered", v="bullets", fmt="md", date_style="slash", recv_style="long",
         lead="As your request concerns waste and the local environment we have handled it under the EIR. "
              "You wrote:",
         resp_head="Our response",
         parts=[{"qs": [
             Q(["ft.cameras_used", "ft.camera_locations"],
               "Please tell me whether hidden or mobile surveillance cameras are deployed by the authority at "
               "sites where waste is illegally dumped, and where they are.", PR,
               "The Council does deploy mobile cameras at sites affected by fly-tipping. We are not able to "
               "give their locations: this part of your request is refused under regulation 12(5)(b) of the "
               "EIR, because disclosure would adversely affect the Council's ability to investigate and "
               "prosecute offences.",
               {"ft.cameras_used": "yes"}, ex=["reg12(5)(b)"]),
             Q(["ft.fpn_amount", "ft.early_payment"],
               "How much is the fine for someone caught dumping rubbish, and what do they pay if they settle "
               "early?", R,
               "The fixed penalty for fly-tipping is \u00a3400, reduced to \u00a3200 if it is paid within "
               "10 days.", {"ft.fpn_amount": "400", "ft.early_payment": "200"}),
             Q("lit.fpn_amount", "What is the fixed penalty for dropping litter?", R,
               "The fixed penalty for a littering offence is \u00a3150.", "150"),
             Q("ft.clearance_contractor", "Who clears dumped waste from roadsides and council land?", R,
               "Greenway Environmental Services Ltd, under the Council's street cleansing contract.", GREENWAY),
             Q("ft.enforcement_officers", "How many staff work on environmental enforcement?", R,
               "Four full-time officers.", "4"),
         ]}]),

    # ------------------------------------------------------------ ICT 2021 (one merged list, decision)
    dict(id="wdc-2021-ict-contracts", kind="history", auth="wdc", ref="WDC/FOI/0871/21",
         date="2021-09-08", received="2021-08-11", regime="foia", title="ICT contracts \u2013 telephony and "
         "contact centre", style="decision", fmt="pdf-chromium", date_style="us", recv_style="long",
         lead="You asked:",
         why=["Section 43(2) provides that information is exempt if its disclosure would, or would be likely "
              "to, prejudice the commercial interests of any person, including the public authority holding it. "
              "Both contracts are due for re-procurement and releasing current prices would weaken the "
              "Council's negotiating position and reveal the suppliers' pricing to competitors.",
              "We have considered the public interest. There is a general interest in transparency about how "
              "public money is spent, which the Council meets by publishing spend over \u00a3500 each month. "
              "On balance we consider the public interest favours withholding the contract prices at this time."],
         parts=[{"qs": [
             Q("tel.supplier", "Telephony: name of the supplier of your main telephone system.", R,
               "Kestrel Unified Communications Ltd", KESTREL),
             Q("tel.value", "Telephony: annual cost of the contract.", W, ex=["s43(2)"]),
             Q("tel.expiry", "Telephony: contract end date.", R, "31st March 2026", "2026-03-31"),
             Q("tel.contact", "Telephony: the officer responsible (name, title, email).", PR,
               "ICT Infrastructure Manager (ict@wendlebury.gov.uk). We do not release the names of officers "
               "below Head of Service; the name is withheld under section 40(2).", ex=["s40(2)"]),
             Q("cc.supplier", "Contact centre: supplier of the contact centre platform.", R,
               "Calderstone Contact Systems", CALDER),
             Q("cc.value", "Contact centre: annual cost of the contract.", W, ex=["s43(2)"]),
             Q("cc.expiry", "Contact centre: contract end date.", R, "30th September 2025", "2025-09-30"),
             Q("cc.agents", "Contact centre: number of agents using the platform.", R, "22 agents", "22"),
             Q("cc.contact", "Contact centre: the officer responsible (name, title, email).", PR,
               "Customer Services Manager (customer.services@wendlebury.gov.uk); name withheld under "
               "section 40(2).", ex=["s40(2)"]),
         ]}]),

    # ------------------------------------------------------------ parking 2022
    dict(id="wdc-2022-parking", kind="history", auth="wdc", ref="WDC/FOI/0402/22",
         date="2022-04-12", received="2022-03-15", regime="foia", title="Parking wardens",
         style="interleaved", v="req", fmt="txt", date_style="long0",
         parts=[{"qs": [
             Q("pk.ceo_count", "Headcount of parking wardens employed or contracted by the Council.", R,
               "There are eight civil enforcement officers.", "8"),
             Q("pk.contractor", "Name of the firm engaged to enforce on-street and car park restrictions, if any.",
               R, "Civic Patrol Services Ltd.", CIVIC),
             Q("pk.hours", "What hours do the wardens patrol?", R,
               "Between 8am and 8pm, Monday to Saturday. There is no routine Sunday patrol.", "08-20 mon-sat"),
             Q("pk.camera_car", "Do you operate a CCTV enforcement vehicle?", R, "No.", "no"),
         ]}]),

    # ------------------------------------------------------------ unrelated: allotments 2022
    dict(id="wdc-2022-allotments", kind="history", auth="wdc", ref="WDC/FOI/1390/22",
         date="2022-11-30", received="2022-11-02", regime="foia", title="Allotments",
         style="youasked", fmt="html", date_style="long",
         parts=[{"qs": [
             Q("allot.sites", "How many allotment sites does the Council own?", R,
               "The Council owns seven allotment sites.", "7"),
             Q("allot.waiting", "How many people are currently on the waiting list?", R,
               "143 people were on the waiting list on 1 November 2022.", "143"),
             Q("allot.rent", "What is the annual rent for a standard plot?", R,
               "\u00a338 a year for a standard 10-pole plot.", "38"),
         ]}]),

    # ------------------------------------------------------------ fly-tipping 2023 (table, reordered)
    dict(id="wdc-2023-fly-tipping", kind="history", auth="wdc", ref="IG-2023-00317",
         date="2023-03-15", received="2023-02-20", regime="foia", title="Fly-tipping",
         style="table", fmt="docx", date_style="ord", table_header=["Your question", "Our response"],
         parts=[{"qs": [
             Q("ft.enforcement_officers", "Number of officers (full-time equivalent) who investigate "
                                          "fly-tipping.", R, "4.0 FTE", "4"),
             Q("ft.clearance_contractor", "Name of the contractor responsible for clearing fly-tips.", R,
               "Greenway Environmental Services Ltd", GREENWAY),
             Q("ft.cameras_used", "Does the authority use overt or covert cameras to detect fly-tipping (Y/N)?",
               R, "Y", "yes"),
             Q("ft.camera_locations", "Camera sites.", W,
               "Exempt under section 31(1)(a) \u2013 law enforcement. Revealing where cameras are sited would "
               "help offenders avoid them. The public interest test favours withholding.", ex=["s31(1)(a)"]),
             Q("ft.fpn_amount", "Fixed penalty amount for fly-tipping offences (s33ZA Environmental Protection "
                                "Act 1990).", R, "\u00a3400", "400"),
             Q("ft.early_payment", "Early payment discount amount, if offered.", R,
               "\u00a3200 if paid within 10 days", "200"),
         ]}]),

    # ------------------------------------------------------------ ICT 2023 (parts, inserted review date)
    dict(id="wdc-2023-ict-round-robin", kind="history", auth="wdc", ref="IG-2023-00781",
         date="2023-07-19", received="2023-06-21", regime="foia", title="ICT contracts",
         style="numbered", fmt="pdf-gs", date_style="slash", recv_style="long",
         lead="You asked for the following information:",
         parts=[
             {"h": "Part A \u2013 Telephony", "rh": "Part A",
              "intro": "The first part of my request relates to your telephony contract (voice, PBX or hosted "
                       "telephony).",
              "qs": [
                  Q("tel.supplier", "Incumbent supplier", R, "Kestrel Unified Communications Ltd.", KESTREL),
                  Q("tel.expiry", "Contract expiry date", R, "March 31, 2026.", "2026-03-31"),
                  Q("tel.review", "Contract review date", R, "October 2025.", "2025-10"),
                  Q("tel.value", "Annual average spend (over 3 years)", W,
                    "Withheld under section 43(2) (commercial interests): the contract will be re-tendered "
                    "shortly and disclosure would be likely to prejudice the Council's position.", ex=["s43(2)"]),
                  Q("tel.contact", "Contract owner: full name, job title, telephone number and email address",
                    PR, "ICT Infrastructure Manager, ict@wendlebury.gov.uk, 01632 960411. The name is withheld "
                        "under section 40(2).", ex=["s40(2)"]),
              ]},
             {"h": "Part B \u2013 Contact centre", "rh": "Part B",
              "intro": "The second part of my request relates to your contact centre software (call "
                       "distribution, web chat, performance reporting).",
              "qs": [
                  Q("cc.supplier", "Incumbent supplier", R, "Calderstone Contact Systems.", CALDER),
                  Q("cc.expiry", "Contract expiry date", R, "September 30, 2025.", "2025-09-30"),
                  Q("cc.review", "Contract review date", R, "April 2025.", "2025-04"),
                  Q("cc.value", "Annual average spend (over 3 years)", W,
                    "Withheld under section 43(2) for the same reason as Part A question 4.", ex=["s43(2)"]),
                  Q("cc.agents", "Number of contact centre agents", R, "22.", "22"),
                  Q("cc.contact", "Contract owner: full name, job title, telephone number and email address",
                    PR, "Customer Services Manager, customer.services@wendlebury.gov.uk, 01632 960400. The "
                        "name is withheld under section 40(2).", ex=["s40(2)"]),
              ]},
         ]),

    # ------------------------------------------------------------ contact centre 2024 (prose)
    dict(id="wdc-2024-contact-centre-prose", kind="history", auth="wdc", ref="IG-2024-00455",
         date="2024-05-22", received="2024-04-24", regime="foia", title="Customer contact centre technology",
         style="prose", fmt="txt", date_style="long", lead="You wrote:",
         prose=["\"I am researching contact centre technology in local government. Could you tell me which "
                "company provides the software your customer service centre runs on, when that agreement comes "
                "to an end, how many advisers use it day to day, and who I should speak to about it?\""],
         prose_key="In answer to your {o} point",
         parts=[{"qs": [
             Q("cc.supplier", "which company provides the software your customer service centre runs on", R,
               "our contact centre software is provided by Calderstone Contact Systems.", CALDER),
             Q("cc.expiry", "when that agreement comes to an end", R,
               "the current agreement runs until 30 September 2025.", "2025-09-30"),
             Q("cc.agents", "how many advisers use it day to day", R,
               "22 customer service advisers use the system.", "22"),
             Q("cc.contact", "who I should speak to about it", PR,
               "the contract is managed by our Customer Services Manager, who can be reached at "
               "customer.services@wendlebury.gov.uk. We have not given the officer's name, which is "
               "personal data exempt under section 40(2).", ex=["s40(2)"]),
         ]}]),

    # ================================================================ DRAFTS
    dict(id="draft-wdc-fly-tipping-2025", kind="draft", auth="wdc", ref="IG-2025-00203",
         date="2025-03-12", received="2025-02-12", regime="foia", title="Fly-tipping enforcement",
         style="youasked", fmt="docx", date_style="ord",
         extra=["DRAFT \u2013 for approval by the Information Governance Manager before sending."],
         parts=[{"qs": [
             Q("ft.cameras_used", "Does Wendlebury District Council use surveillance cameras to catch "
                                  "fly-tippers?", R, "We do. Cameras are moved between sites as problems arise.",
               "yes"),
             Q("ft.camera_locations", "Where are these cameras located at the moment?", R,
               "Cameras are currently sited at the Mill Lane lay-by, the Station Road recycling bank and "
               "Hollow Way, Upper Ashby. All three sites carry signs warning that CCTV is in operation.",
               "mill lane; station road; hollow way"),
             Q("ft.fpn_amount", "How much is the on-the-spot fine for fly-tipping?", R,
               "Four hundred pounds.", "400"),
             Q("lit.fpn_amount", "How much is the on-the-spot fine for littering?", R, "\u00a3150.00", "150"),
             Q("dc.fpn_amount", "How much is the fixed penalty for a householder who fails in their waste duty "
                                "of care (for example, handing rubbish to an unlicensed carrier)?", R,
               "\u00a3300, reduced to \u00a3180 if paid within 10 days.", "300"),
             Q("ft.clearance_contractor", "Which contractor removes fly-tipped waste for you?", W,
               "The street cleansing service, including fly-tip clearance, is being re-tendered and the "
               "identity and terms of the current provider are withheld under section 43(2) of the Act "
               "(commercial interests) until the procurement has concluded.", ex=["s43(2)"]),
             Q("ft.enforcement_officers", "How many full-time-equivalent officers enforce against fly-tipping?",
               R, "Six full-time equivalent officers.", "6"),
             Q("ft.early_payment", "Do you offer a discount for paying early?", R,
               "Yes. The fly-tipping penalty is reduced to two hundred pounds if paid within ten days.", "200"),
         ]}]),

    dict(id="draft-wdc-ict-contracts-2025", kind="draft", auth="wdc", ref="IG-2025-00512",
         date="2025-06-18", received="2025-05-20", regime="foia", title="ICT contracts round robin",
         style="decision", fmt="pdf-soffice", date_style="long",
         lead="I note you seek access to the following information:",
         why=["Section 31(1)(a) exempts information whose disclosure would, or would be likely to, prejudice "
              "the prevention or detection of crime. The Council has received specific advice from its "
              "cyber security partners that details of spend on its telephony platform, read together with "
              "information already in the public domain, would indicate the size and configuration of the "
              "Council's network and assist those planning an attack on it.",
              "Section 43(2) applies to the contact centre spend because the contract is being renegotiated "
              "and disclosure would be likely to prejudice the Council's commercial position.",
              "In both cases we have considered the public interest and concluded that it favours withholding "
              "the information."],
         parts=[
             {"h": "Contract 1 \u2013 telephony",
              "qs": [
                  Q("tel.supplier", "Incumbent supplier: who supplies the contract?", R,
                    "Kestrel Unified Communications Ltd", KESTREL),
                  Q("tel.value", "Annual average spend: the average yearly spend over the last three years.", W,
                    ex=["s31(1)(a)"]),
                  Q("tel.expiry", "Contract expiry: the date on which the contract ends.", R, "31.03.2026",
                    "2026-03-31"),
                  Q("tel.review", "Contract review: the date on which the contract will be reviewed.", R,
                    "October 2025", "2025-10"),
                  Q("tel.contact", "Contact details: the officer responsible for the contract.", PR,
                    "ICT Infrastructure Manager, ict@wendlebury.gov.uk. The name of the officer is withheld "
                    "under section 40(2).", ex=["s40(2)"]),
              ]},
             {"h": "Contract 2 \u2013 contact centre",
              "qs": [
                  Q("cc.supplier", "Incumbent supplier: who supplies the contract?", R,
                    "Calderstone Contact Systems", CALDER),
                  Q("cc.value", "Annual average spend: the average yearly spend over the last three years.", W,
                    ex=["s43(2)"]),
                  Q("cc.expiry", "Contract expiry: the date on which the contract ends.", R,
                    "30 September 2027 (the contract was extended by two years in 2025)", "2027-09-30"),
                  Q("cc.agents", "Number of agents: how many contact centre agents do you have?", NH,
                    "Not held. Since the move to a single customer services team in 2025 the Council no "
                    "longer records a separate number of contact centre agents.", ex=[]),
                  Q("cc.contact", "Contact details: the officer responsible for the contract.", PR,
                    "Customer Services Manager, customer.services@wendlebury.gov.uk. Name withheld under "
                    "section 40(2).", ex=["s40(2)"]),
              ]},
         ]),

    dict(id="draft-wdc-parking-request-2025", kind="draft", auth="wdc", ref="", style="bare",
         date="2025-09-04", received="2025-09-04", regime="foia", fmt="txt",
         title="Freedom of Information request - parking enforcement",
         **{"from": "[requester email withheld]", "to": "foi@wendlebury.gov.uk"},
         prose=["Under the Freedom of Information Act 2000 please provide the following information about "
                "parking enforcement in the district."],
         extra=["I would prefer to receive the information by email."],
         parts=[{"qs": [
             Q("pk.contractor", "Is on-street parking enforcement carried out by council employees or by an "
                                "outsourced provider? If outsourced, please name the provider.", U),
             Q("pk.ceo_count", "How many civil enforcement officers do you currently deploy?", U),
             Q("pk.camera_car", "Do you use ANPR or CCTV camera vehicles to enforce parking restrictions?", U),
             Q("pk.bus_lane", "How many fixed bus lane enforcement cameras operate in the district?", U),
             Q("pk.hours", "During what hours and on which days do your officers patrol?", U),
         ]}]),
]
