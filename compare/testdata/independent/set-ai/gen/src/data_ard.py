"""Ardmuir Council (Scotland): FOISA and the EISRs."""
from model import Q, L

A = "ARD"
DRONE_USES = ("Surveying the condition of roofs and high-level building elements, monitoring coastal "
              "erosion, and supporting emergency planning exercises.")
RIPSA_POLICY = ("The Council's Surveillance (RIPSA) Policy is published at "
                "https://www.ardmuir.gov.scot/ripsa-policy. Under section 25(1) of FOISA the information "
                "is otherwise accessible to you, so we are not required to provide it.")
RIPSA_NCND = ("In terms of section 18(1) of FOISA, the Council neither confirms nor denies whether it holds "
              "this information. If the information existed and were held, it would be exempt under "
              "section 35(1)(a) (prevention or detection of crime), and revealing whether or not it "
              "exists would be contrary to the public interest.")

HISTORY = [
    # ---------------------------------------------------------------- BWV 2017
    L("ard-2017-bwv", A, "AC/FOI/17/145", "2017-10-23", received="2017-09-25", regime="foisa", fmt="txt",
      style="interleaved", title="Body worn cameras", datefmt=0, extra=dict(labels=2, dear=True),
      parts=[[
          Q("bwv.use", "Do council community wardens or parking attendants wear body-worn cameras?",
            "released", fact="yes", ans="Yes. Both community wardens and parking attendants wear them."),
          Q("bwv.count", "How many body-worn camera units does the Council own?", "released", fact="12",
            ans="12."),
          Q("bwv.supplier", "Who supplied them?", "released", fact="lenscape",
            ans="Lenscape Systems Ltd."),
          Q("bwv.cost", "What was the total purchase cost?", "released", fact="7450", ans="£7,450."),
          Q("bwv.policy", "Please provide a copy of the policy governing their use.", "released",
            ans="A copy of the Body Worn Video Procedure (version 1.2) is attached."),
      ]]),
    # ---------------------------------------------------------------- Drones 2018 (html)
    L("ard-2018-drones", A, "AC/FOI/18/302", "2018-08-14", received="2018-07-17", regime="foisa",
      fmt="html", style="interleaved", title="Unmanned aerial vehicles", datefmt=0, extra=dict(labels=1),
      parts=[[
          Q("drone.own", "Does the Council own or operate any unmanned aerial vehicles (drones)?", "released",
            fact="yes", ans="Yes."),
          Q("drone.count", "How many does it have?", "released", fact="2", ans="Two."),
          Q("drone.model", "What is the make and model of each?", "released", fact="scout2",
            ans="Both are Skyvane Scout 2 quadcopters."),
          Q("drone.uses", "What are they used for?", "released", ans=DRONE_USES),
          Q("drone.spend", "How much has the Council spent on drones in total?", "released", fact="6200",
            ans="£6,200."),
      ]]),
    # ---------------------------------------------------------------- Potholes 2019 (EISR, pdf)
    L("ard-2019-potholes", A, "AC/FOI/19/077", "2019-03-11", received="2019-02-11", regime="eisr",
      fmt="pdf-soffice", style="interleaved", title="Potholes and road defects", datefmt=1,
      extra=dict(labels=0),
      parts=[[
          Q("pot.contractor", "Are pothole repairs carried out by the Council's own workforce or by a "
            "contractor?", "released", fact="in-house",
            ans="All pothole repairs are carried out by the Council's own Roads Operations team."),
          Q("pot.cat1", "What is your target response time for repairing the most serious (Category 1) "
            "road defects?", "not_held",
            ans="The Council does not hold a single target time for Category 1 defects; response times "
                "are set by the inspector case by case. The exception in regulation 10(4)(a) of the EISRs "
                "applies because the information is not held."),
          Q("pot.inspect", "How frequently are A-class roads inspected?", "released", fact="monthly",
            ans="Monthly."),
          Q("pot.insurer", "Who handles claims for vehicle damage caused by potholes?", "released",
            fact="strathmore", ans="Claims are handled by the Council's insurer, Strathmore Mutual."),
          Q("pot.claims.2018", "How many such claims were received in 2018, and how many were paid?",
            "released", fact="214/31", ans="214 claims were received and 31 were paid."),
      ]]),
    # ---------------------------------------------------------------- RIPSA 2019 (md)
    L("ard-2019-ripsa", A, "AC/FOI/19/488", "2019-12-02", received="2019-11-04", regime="foisa", fmt="md",
      style="restate", title="Covert surveillance", datefmt=0,
      extra=dict(lead="Your request read:", labels=1),
      parts=[[
          Q("ripsa.auth.1618", "How many directed surveillance authorisations were granted in 2016, 2017 "
            "and 2018?", "released", fact="7", ans="Seven in total over the three years."),
          Q("ripsa.chis", "Has the Council authorised the use of any covert human intelligence sources?",
            "released", fact="none", ans="No."),
          Q("ripsa.social", "Does the Council covertly monitor the social media accounts of individuals, for "
            "example during benefit or licensing investigations?", "ncnd",
            ex=["foisa:s18(1)", "foisa:s35(1)(a)"], ans=RIPSA_NCND),
          Q("ripsa.policy", "Please supply a copy of your RIPSA policy.", "released", ex=["foisa:s25(1)"],
            ans=RIPSA_POLICY),
      ]]),
    # ---------------------------------------------------------------- BWV 2020 (docx table)
    L("ard-2020-bwv", A, "AC/FOI/20/366", "2020-09-21", received="2020-08-24", regime="foisa",
      fmt="docx", style="table", title="Body-worn video", datefmt=2,
      parts=[[
          Q("bwv.count", "Number of body-worn video devices currently issued to staff", "released",
            fact="18", ans="18"),
          Q("bwv.supplier", "Manufacturer / supplier of the devices", "released", fact="lenscape",
            ans="Lenscape Systems Ltd"),
          Q("bwv.cost", "Total expenditure on the devices and associated software", "withheld",
            ex=["foisa:s33(1)(b)"],
            ans="Withheld – section 33(1)(b) of FOISA (commercial interests). Release would prejudice "
                "the supplier's pricing in a competitive market; the public interest favours withholding."),
          Q("bwv.retention", "How long is recorded footage kept before deletion?", "released", fact="31d",
            ans="31 days, unless retained as evidence"),
          Q("bwv.recordings", "How many times has footage been passed to Police Scotland?", "not_held",
            ans="Section 17 notice: this is not recorded, so the Council does not hold the information."),
          Q("bwv.policy", "Your policy or guidance on the use of body-worn video", "released",
            ex=["foisa:s25(1)"], ans="Published at https://www.ardmuir.gov.scot/bwv – section 25(1) of "
                                     "FOISA applies."),
      ]]),
    # ---------------------------------------------------------------- Drones 2021 (pdf soffice)
    L("ard-2021-drones", A, "FOISA-2021-00412", "2021-05-10", received="2021-04-12", regime="foisa",
      fmt="pdf-soffice", style="youasked", title="Drones", datefmt=0, extra=dict(slogan=True),
      parts=[[
          Q("drone.own", "Whether the council uses drones.", "released", fact="yes", ans="It does."),
          Q("drone.count", "The number of drones it holds.", "released", fact="3", ans="3."),
          Q("drone.model", "The manufacturer and model of each drone.", "released", fact="scout2+3t",
            ans="Two Skyvane Scout 2 and one Skyvane Scout 3T (thermal)."),
          Q("drone.pilots", "How many staff are trained and permitted to fly them.", "released", fact="4",
            ans="Four members of staff hold the necessary flyer and operator qualifications."),
          Q("drone.spend", "Total expenditure on drones and related equipment to date.", "released",
            fact="11900", ans="£11,900."),
          Q("drone.public_complaints", "The number of complaints received about drones flown by members of "
            "the public.", "not_held",
            ans="Under section 17(1) of FOISA I must tell you that this information is not held; "
                "complaints are not categorised in this way."),
      ]]),
    # ---------------------------------------------------------------- Potholes 2022 (EISR html table)
    L("ard-2022-potholes", A, "FOISA-2022-00158", "2022-02-28", received="2022-01-31", regime="eisr",
      fmt="html", style="table", title="Road defects", datefmt=0, extra=dict(numcol=False,
                                                                           category="Roads and transport"),
      parts=[[
          Q("pot.inspect", "Inspection frequency for A roads", "released", fact="monthly", ans="Once a month"),
          Q("pot.cat1", "Target repair time for Category 1 (emergency) defects", "released", fact="24h",
            ans="24 hours"),
          Q("pot.contractor", "Name of any contractor used for carriageway repairs", "released",
            fact="cairnroad", ans="Cairnroad Surfacing Ltd (since 2020)"),
          Q("pot.insurer", "Insurer handling pothole damage claims", "released", fact="strathmore",
            ans="Strathmore Mutual"),
          Q("pot.spend.2021", "Spend on pothole repairs in 2020/21", "released", fact="1430000",
            ans="£1.43 million"),
      ]]),
    # ---------------------------------------------------------------- RIPSA 2022 (pdf chromium)
    L("ard-2022-ripsa", A, "FOISA-2022-00903", "2022-11-07", received="2022-10-10", regime="foisa",
      fmt="pdf-chromium", style="interleaved", title="Surveillance and social media", datefmt=2,
      extra=dict(labels=1),
      parts=[[
          Q("ripsa.policy", "A copy of the Council's current surveillance (RIPSA) policy.", "released",
            ex=["foisa:s25(1)"], ans=RIPSA_POLICY),
          Q("ripsa.social", "Do officers view residents' social media using fake or anonymous profiles?",
            "ncnd", ex=["foisa:s18(1)", "foisa:s35(1)(a)"], ans=RIPSA_NCND),
          Q("ripsa.chis", "How many covert human intelligence source (CHIS) authorisations have been granted "
            "since 2019?", "released", fact="none", ans="None."),
          Q("ripsa.auth.1921", "How many directed surveillance authorisations were granted from 2019 to "
            "2021?", "released", fact="2", ans="Two."),
      ]]),
    # ---------------------------------------------------------------- Drones 2023 (md, decision style)
    L("ard-2023-drones", A, "FOISA-2023-00511", "2023-06-19", received="2023-05-22", regime="foisa",
      fmt="md", style="decision", title="Council drones", datefmt=1,
      parts=[[
          Q("drone.count", "How many drones does Ardmuir Council have?", "released", fact="3", ans="3."),
          Q("drone.model", "What models are they?", "withheld", ex=["foisa:s35(1)(a)"]),
          Q("drone.uses", "For which council functions are drones deployed?", "released", ans=DRONE_USES),
          Q("drone.pilots", "How many officers are qualified to pilot them, and what are their job titles?",
            "released", fact="4",
            ans="Four: two Building Surveyors, a Coastal Engineer and a GIS Officer."),
          Q("drone.spend", "What has been spent on drones since the council acquired its first one?",
            "released", fact="11900", ans="£11,900; there have been no further purchases since 2021."),
          Q("drone.thermal", "Are any of the drones fitted with thermal imaging cameras?", "withheld",
            ex=["foisa:s35(1)(a)"]),
      ]]),
    # ---------------------------------------------------------------- BWV 2024 (prose, gs pdf)
    L("ard-2024-bwv", A, "FOISA-2024-00187", "2024-03-04", received="2024-02-05", regime="foisa",
      fmt="pdf-gs", style="prose", title="Body cameras", datefmt=0,
      prose=("I would like to know whether Ardmuir Council's enforcement staff use body cameras, and if so "
             "how many are in use. I would also like to know the make of camera and who supplied them, how "
             "long the footage is kept, and how often footage has been handed over to the police."),
      parts=[[
          Q("bwv.use", "whether the council's enforcement staff use body cameras", "released", fact="yes",
            short="Use of body cameras", ans="Yes, parking attendants and community wardens use them."),
          Q("bwv.count", "how many are in use", "released", fact="18", short="Number in use", ans="18."),
          Q("bwv.supplier", "the make of camera and who supplied them", "released", fact="lenscape",
            short="Make and supplier", ans="Lenscape LX-4 cameras, supplied by Lenscape Systems Ltd."),
          Q("bwv.retention", "how long the footage is kept", "released", fact="31d", short="Retention",
            ans="Footage is deleted automatically after 31 days unless it is flagged as evidence."),
          Q("bwv.recordings", "how often footage has been handed over to the police", "not_held",
            short="Footage provided to the police",
            ans="The Council does not record this, and in terms of section 17(1) of FOISA we give notice "
                "that the information is not held."),
      ]]),
    # ---------------------------------------------------------------- unrelated 2024
    L("ard-2024-clothing", A, "FOISA-2024-00760", "2024-09-16", received="2024-08-19", regime="foisa",
      fmt="txt", style="interleaved", title="School clothing grant", datefmt=0, extra=dict(labels=3),
      parts=[[
          Q("scg.amount", "What is the school clothing grant per pupil?", "released", fact="120/150",
            ans="£120 for primary pupils and £150 for secondary pupils."),
          Q("scg.applications.2324", "How many applications were received in 2023/24?", "released",
            fact="3112", ans="3,112."),
          Q("scg.auto", "Is the grant paid automatically to eligible families?", "released", fact="yes",
            ans="Yes, where the family already receives Council Tax Reduction."),
      ]]),
]

DRAFTS = [
    # ---------------------------------------------------------------- Draft: drones 2025
    L("ARD-draft-drones-2025.md", A, "FOISA-2025-00298", "2025-04-14", received="2025-03-17",
      regime="foisa", fmt="md", style="table", title="Drone use by the council", datefmt=0, draft=True,
      parts=[[
          Q("drone.own", "Does the local authority operate drones?", "released", fact="yes", ans="Yes."),
          Q("drone.count", "Number of drones in the council's fleet", "released", fact="3", ans="Three."),
          Q("drone.model", "Make and model of each drone", "withheld", ex=["foisa:s31(1)"],
            ans="Withheld under section 31(1) of FOISA (national security). Drones are used around "
                "critical infrastructure; identifying their capabilities would assist hostile actors. "
                "The public interest favours withholding."),
          Q("drone.pilots", "Number of staff trained as drone pilots, and their names", "partially_released",
            ex=["foisa:s38(1)(b)"], ans="4 members of staff are trained. Their names are withheld under "
                                        "section 38(1)(b) of FOISA (personal information)."),
          Q("drone.spend", "Cumulative spend on drones", "released", fact="11900",
            ans="£11.9k in total (no purchases since 2021)."),
          Q("drone.uses", "Purposes for which the drones are used", "released",
            ans="Building and roof surveys, coastal erosion monitoring and emergency planning."),
          Q("drone.parks", "Does the council allow members of the public to fly drones in council parks?",
            "released", fact="permission", ans="Only with written permission from the Parks Service."),
      ]]),
    # ---------------------------------------------------------------- Draft: surveillance 2025 (parts)
    L("ARD-draft-surveillance-2025.pdf", A, "FOISA-2025-00822", "2025-10-06", received="2025-09-08",
      regime="foisa", fmt="pdf-chromium", style="interleaved", title="Council surveillance", datefmt=1,
      draft=True, extra=dict(labels=2),
      part_titles=["Part 1 – Body-worn cameras", "Part 2 – Covert surveillance"],
      parts=[[
          Q("bwv.use", "Do any council employees wear body-worn video cameras while on duty?", "released",
            fact="yes", ans="Yes – parking attendants and community wardens."),
          Q("bwv.count", "How many devices are in service?", "released", fact="18", ans="Eighteen."),
          Q("bwv.supplier", "Who is the supplier of the devices?", "withheld", ex=["foisa:s33(1)(b)"],
            ans="This is withheld under section 33(1)(b) of FOISA (commercial interests). A procurement "
                "for replacement devices is under way and naming the current supplier would prejudice "
                "it. The public interest favours withholding."),
          Q("bwv.retention", "What is the retention period for footage?", "released", fact="31d",
            ans="Thirty-one days, unless required as evidence."),
          Q("bwv.recordings", "On how many occasions have recordings been provided to Police Scotland in "
            "the last three years?", "released", fact="9",
            ans="Nine occasions (we began logging disclosures in 2024)."),
      ], [
          Q("ripsa.social", "Does the council covertly monitor residents' social media profiles?", "released",
            fact="no", ans="No. The Council does not carry out covert monitoring of individuals' social "
                           "media accounts; online research is limited to open material and is recorded."),
          Q("ripsa.chis", "Has the council authorised a covert human intelligence source (CHIS) in the last "
            "five years?", "released", fact="none", ans="No."),
          Q("ripsa.policy", "Please provide the council's RIPSA policy.", "released", ex=["foisa:s25(1)"],
            ans="Available at https://www.ardmuir.gov.scot/ripsa-policy (section 25(1) of FOISA)."),
      ]]),
    # ---------------------------------------------------------------- Draft: potholes, back-dated check
    L("ARD-draft-potholes-asof.txt", A, "FOISA-2025-01013", "2025-12-01", received="2025-11-03",
      regime="eisr", fmt="txt", style="interleaved", title="Pothole repairs", datefmt=2, draft=True,
      as_of="2022-01-01", extra=dict(labels=3),
      parts=[[
          Q("pot.contractor", "Who carries out pothole repairs in Ardmuir?", "released", fact="cairnroad",
            ans="Cairnroad Surfacing Ltd, under a term maintenance contract."),
          Q("pot.cat1", "How quickly must category 1 defects be made safe or repaired?", "released",
            fact="24h", ans="Within 24 hours of being reported or identified."),
          Q("pot.inspect", "How often are A roads inspected?", "released", fact="monthly",
            ans="Once a month."),
          Q("pot.insurer", "Which insurer handles pothole damage claims?", "released", fact="strathmore",
            ans="Strathmore Mutual Insurance."),
          Q("pot.report_online", "Can residents report potholes online?", "released", fact="yes",
            ans="Yes, at https://www.ardmuir.gov.scot/report-it."),
      ]]),
]
