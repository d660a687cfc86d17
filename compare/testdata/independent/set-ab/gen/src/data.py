"""The truth: every letter, every question's concept, stance, exemptions and fact.

q(concept, text, answer, fact)            released
W(concept, text, exemptions)              withheld
NC(concept, text, exemptions)             neither confirm nor deny
NH(concept, text, answer=None)            not held
PR(concept, text, answer, exemptions)     partially released
RF(concept, text, exemptions)             refused

A concept is this set's own id for what the question asks ("bwv.supplier").
A question may carry two concepts where one question asks two things at once.
Facts are canonical values used to decide whether a released answer changed.
"""
from render import P, H, LAB, LINES, fmt_date


def q(c, text, a=None, f=None, st="released", ex=()):
    return dict(c=list(c) if isinstance(c, (list, tuple)) else [c], text=text, a=a, f=f, st=st, ex=list(ex))


def W(c, text, ex, a=None):
    return q(c, text, a, None, "withheld", ex)


def NC(c, text, ex, a=None):
    return q(c, text, a, None, "ncnd", ex)


def NH(c, text, a=None):
    return q(c, text, a, None, "not_held")


def PR(c, text, a, ex, f=None):
    return q(c, text, a, f, "partially_released", ex)


def RF(c, text, ex):
    return q(c, text, None, None, "refused", ex)


def one(*qs, **kw):
    d = dict(qs=list(qs))
    d.update(kw)
    return [d]


LETTERS = []


def letter(**kw):
    kw.setdefault("kind", "history")
    kw.setdefault("regime", "foia")
    LETTERS.append(kw)
    return kw


# =====================================================================
# THORNLEIGH METROPOLITAN BOROUGH COUNCIL
# =====================================================================

# ---- public space CCTV ------------------------------------------------
letter(auth="tmbc", file="tmbc-cctv-2016.txt", fmt="txt", wrap=96,
       ref="TMBC/FOI/16/1127", date="2016-11-22", received="2016-10-26",
       title="CCTV cameras", style="prose",
       lead="Your request read as follows:",
       prose="I am researching public space surveillance in metropolitan boroughs. Could you tell me how "
             "many CCTV cameras the council runs in public places such as town centres, parks and car "
             "parks, and where each of them is sited? I would also like to know which company maintains "
             "the cameras and the associated equipment and what that maintenance costs the council each "
             "year, and finally whether the control room is staffed around the clock.",
       resp_intro="I have taken your questions in the order in which you asked them.",
       parts=one(
           q("cctv.count", "How many CCTV cameras does the council run in public places?",
             "The council operates 96 public space CCTV cameras.", "96"),
           q("cctv.locations", "Where is each camera sited?",
             "A list of camera locations is published on our website at www.thornleigh.gov.uk/cctv. "
             "As this information is reasonably accessible to you, section 21 of the Act applies.",
             "published list", ex=["s21"]),
           q("cctv.maint_supplier", "Which company maintains the cameras and associated equipment?",
             "Maintenance is provided by Northgate Vision Systems Ltd.", "northgate vision systems"),
           q("cctv.annual_cost", "What does that maintenance cost each year?",
             "The maintenance contract costs \u00a364,500 a year.", "64500"),
           q("cctv.control_hours", "Is the control room staffed around the clock?",
             "Yes. The control room is staffed 24 hours a day, 365 days a year.", "yes"),
       ))

letter(auth="tmbc", file="tmbc-disclosure-cctv-2019.html", fmt="html",
       ref="TMBC/FOI/19/0311", date="2019-03-05", received="2019-02-06",
       title="Surveillance camera network", style="youasked", category="Community safety",
       parts=one(
           q("cctv.count", "The number of council-run surveillance cameras covering streets and other "
             "public areas.", "118.", "118"),
           q("cctv.control_staff", "The number of operators employed in the CCTV control room, as full-time "
             "equivalents.", "9.5 FTE.", "9.5"),
           q("cctv.maint_supplier", "The name of the contractor responsible for servicing and repairing "
             "the camera network.", "Northgate Vision Systems Ltd.", "northgate vision systems"),
           q("cctv.contract_end", "When that servicing arrangement comes to an end.",
             "31 March 2021.", "2021-03-31"),
           q("cctv.annual_cost", "The yearly value of the servicing arrangement.",
             "\u00a371,200.", "71200"),
           q("cctv.facial", "Whether any of the cameras are capable of automatic facial recognition.",
             "None of the council's cameras has this capability.", "no"),
       ))

letter(auth="tmbc", file="tmbc-foi-2021-0684-cctv.docx", fmt="docx",
       ref="FOI-2021-0684", date="2021-06-17", received="2021-05-20",
       title="Public space CCTV \u2013 cameras and maintenance", style="table",
       table_head=("Question", "Response"),
       parts=one(
           q("cctv.count", "Total number of public space CCTV cameras currently operational",
             "134", "134"),
           q("cctv.locations", "Where is each camera sited? Street names or a map would be fine.",
             "Camera locations are shown on the interactive map at www.thornleigh.gov.uk/cctv-map "
             "(section 21 \u2013 information reasonably accessible by other means).",
             "published map", ex=["s21"]),
           q("cctv.maint_supplier", "Who holds the maintenance contract?",
             "Argus Secure Ltd, from 1 April 2021.", "argus secure"),
           q("cctv.contract_end", "Contract end date",
             "31/03/2024, with an option to extend for a further 12 months.", "2024-03-31"),
           q("cctv.annual_cost", "Annual contract value", "\u00a374,950", "74950"),
           q("cctv.facial", "Does the system use live or retrospective facial recognition?",
             "No. The council's system does not have facial recognition capability.", "no"),
           q("park.enforcement_cameras", "How many cameras are used for bus lane and parking enforcement "
             "(i.e. separate from the public space system)?",
             "12 fixed bus lane cameras and 2 camera enforcement cars.", "12+2"),
       ))

letter(auth="tmbc", file="tmbc-CAS-24-011872.pdf", fmt="pdf-chrome",
       ref="CAS-24-011872", date="2024-04-09", received="2024-03-12",
       title="CCTV", style="interleaved",
       parts=one(
           q("cctv.count", "How many cameras make up the council's public space CCTV network as of today?",
             "The network currently comprises 152 cameras.", "152"),
           q("cctv.locations", "For each camera, please give its location.",
             "The location of each camera is listed in Appendix A to this letter.", "appendix list"),
           q("cctv.control_staff", "How many people are employed to monitor the cameras?",
             "11 FTE operators and 1 supervisor.", "11+1"),
           q("cctv.maint_supplier", "Who is your current CCTV maintenance provider?",
             "Argus Secure Ltd.", "argus secure"),
           q("cctv.contract_end", "When does the maintenance contract expire?",
             "31 March 2025. The one-year extension option has been taken up.", "2025-03-31"),
           W("cctv.annual_cost", "How much does the council pay each year for maintenance?", ["s43(2)"]),
           q("cctv.upgrade", "Does the council have any plans to upgrade the cameras in the next two years, "
             "and if so what budget has been set aside?",
             "Yes. A capital programme of \u00a31.1m has been approved to replace analogue cameras with "
             "HD IP cameras during 2024-2026.", "1100000"),
       ))

# ---- fly-tipping -------------------------------------------------------
letter(auth="tmbc", file="tmbc-foi-18-0152.txt", fmt="txt",
       ref="TMBC/FOI/18/0152", date="2018-02-08", received="2018-01-11",
       title="Fly-tipping", style="interleaved", variant="request",
       parts=one(
           q("ft.incidents", "How many fly-tipping incidents were reported to the council in 2016/17?",
             "2,417 incidents were reported in 2016/17.", "2417"),
           q("ft.fpn_amount", "What is the fixed penalty for fly-tipping in the borough?",
             "\u00a3400, reduced to \u00a3300 if paid within 10 days.", "400"),
           q("ft.fpn_issued", "How many fixed penalty notices for fly-tipping were issued in 2016/17?",
             "38.", "38"),
           q("ft.covert_cameras", "Does the council use hidden cameras to catch fly-tippers? If yes, how many?",
             "Yes. The council has 6 covert cameras.", "6"),
           q("ft.contractor", "Do you use a private company to carry out environmental crime enforcement?",
             "No. Enforcement is carried out by the council's own officers.", "no"),
       ))

letter(auth="tmbc", file="tmbc-foi-2021-0057.md", fmt="md",
       ref="FOI-2021-0057", date="2021-01-19", received="2020-12-15",
       title="Illegal dumping enforcement", style="restate", variant="num",
       lead="You asked us for the following:",
       preamble="I am writing to every council in the North West about the enforcement of illegal dumping.",
       parts=one(
           q("ft.fpn_amount", "At what level is the fixed penalty notice set for the unauthorised "
             "deposit of waste?", "The fixed penalty is \u00a3400.", "400"),
           q("ft.contractor", "Has enforcement against littering and dumping been outsourced, and if so "
             "to which organisation?",
             "Yes. Since October 2019 enforcement has been delivered on the council's behalf by Civic "
             "Enforcement Partners Ltd.", "civic enforcement partners"),
           q("ft.contract_term", "What is the length of that arrangement?",
             "The contract runs for 24 months, with the option of a further 24 months.", "24 months"),
           q("ft.covert_cameras", "How many deployable or covert cameras are used at dumping hotspots?",
             "10.", "10"),
           q("ft.clearance_cost", "What did the council spend clearing fly-tipped waste in 2019/20?",
             "\u00a3412,880.", "412880"),
           q("ft.prosecutions", "How many prosecutions for fly-tipping were brought in 2019/20?",
             "14.", "14"),
       ))

letter(auth="tmbc", file="tmbc-disclosure-CAS-23-004517.html", fmt="html",
       ref="CAS-23-004517", date="2023-05-30", received="2023-05-02",
       title="Fly-tipping enforcement and costs", style="table", category="Environment",
       parts=one(
           q("ft.fpn_amount", "Current FPN amount for fly-tipping",
             "\u00a3400 (\u00a3350 if paid within 14 days)", "400"),
           q("ft.contractor", "Name of any external enforcement contractor",
             "Civic Enforcement Partners Ltd", "civic enforcement partners"),
           q("ft.contract_term", "Contract length",
             "24 months. The contract was renewed in October 2021 for a further 24 months.", "24 months"),
           q("ft.covert_cameras", "Number of covert cameras", "12", "12"),
           q("ft.policy", "Link to the council's enforcement policy",
             "The policy is published at www.thornleigh.gov.uk/enviro-crime-policy (section 21).",
             "published policy", ex=["s21"]),
           q("ft.clearance_cost", "Cost of clearance in 2022/23", "\u00a3463,120", "463120"),
           q("waste.bulky_fee", "What does the council charge to collect bulky household items?",
             "\u00a328 for up to three items", "28"),
       ))

# ---- residual waste contract ------------------------------------------
letter(auth="tmbc", file="tmbc-foi-18-1033-waste.pdf", fmt="pdf-lo",
       ref="TMBC/FOI/18/1033", date="2018-09-12", received="2018-08-15",
       title="Residual waste disposal contract", style="restate", variant="dash",
       parts=one(
           q("waste.contractor", "Who is the council's contractor for the treatment and disposal of "
             "residual household waste?", "Northway Environmental Services Ltd.", "northway environmental"),
           W("waste.contract_value", "What is the annual value of the contract?", ["s43(2)"]),
           q("waste.contract_end", "When does the contract expire?", "31 March 2032.", "2032-03-31"),
           q("waste.landfill_tonnes", "How many tonnes were sent to landfill in 2017/18?",
             "8,950 tonnes.", "8950"),
           W("waste.deductions", "What performance deductions have been applied to the contractor in the "
             "last year?", ["s43(2)"]),
       ))

letter(auth="tmbc", file="tmbc-CAS-23-009266.txt", fmt="txt",
       ref="CAS-23-009266", date="2023-10-04", received="2023-09-06",
       title="Black bin waste", style="youasked", variant="numbered",
       parts=one(
           q("waste.contractor", "Which company disposes of the borough's black-bin rubbish?",
             "Northway Environmental Services Ltd.", "northway environmental"),
           q("waste.contract_end", "On what date does the disposal contract finish?",
             "31/03/2032.", "2032-03-31"),
           W("waste.contract_value", "How much is the contract worth annually?", ["s43(2)"]),
           W("waste.deductions", "Have any financial penalties been levied on the contractor for poor "
             "performance? If so, how much?", ["s43(2)"]),
           NH("waste.plastic_destinations", "Where does the plastic collected for recycling end up, i.e. "
              "which countries or reprocessors receive it?",
              "The council does not hold this information. Plastics are sold on by the operator of the "
              "materials recovery facility and the council does not receive end-destination data."),
           q("waste.missed_bins", "How many missed bin collections were reported in 2022/23?",
             "3,104.", "3104"),
       ))

# ---- unrelated council requests ----------------------------------------
letter(auth="tmbc", file="tmbc-foi-2020-0931-parking.pdf", fmt="pdf-gs",
       ref="FOI-2020-0931", date="2020-08-26", received="2020-07-29",
       title="Parking enforcement", style="interleaved",
       parts=one(
           q("park.enforcement_provider", "Are your civil enforcement officers employed directly or "
             "through a contractor? If a contractor, which one?",
             "They are employed directly by the council.", "in-house"),
           q("park.software_supplier", "Who is the supplier of your PCN processing system?",
             "Taranis Parking Systems Ltd.", "taranis"),
           q("park.software_cost", "What is the annual cost of that system?", "\u00a338,600.", "38600"),
           q("park.contract_end", "When does the contract end?", "30 June 2023.", "2023-06-30"),
           q("park.pcns", "How many PCNs were issued in 2019/20?", "41,377.", "41377"),
           q("park.enforcement_cameras", "How many camera cars do you use?", "Two.", "2"),
       ))

letter(auth="tmbc", file="tmbc-foi-2022-1402.txt", fmt="txt", wrap=90,
       ref="FOI-2022-1402", date="2022-11-15", received="2022-10-18",
       title="Pothole compensation claims", style="prose",
       prose="Please provide, for each of the last five financial years, the number of pothole "
             "compensation claims received by the council, how many of those claims were paid, and the "
             "total amount paid out, with all three figures broken down by road.",
       refusal=["The council estimates that it would take more than 18 hours to locate, retrieve and "
                "extract this information, because claims are not recorded by road and each of roughly "
                "2,900 claim files would need to be read. Your request is therefore refused under section "
                "12(1) of the Act, as the cost of compliance would exceed the appropriate limit of \u00a3450.",
                "You may wish to narrow your request, for example to a single year without the breakdown "
                "by road, which we may be able to answer within the limit."],
       parts=one(
           RF("pot.claims_received", "The number of pothole compensation claims received.", ["s12(1)"]),
           RF("pot.claims_paid", "How many of those claims were paid.", ["s12(1)"]),
           RF("pot.amount_paid", "The total amount paid out.", ["s12(1)"]),
       ))

# =====================================================================
# NORTHFELL CONSTABULARY
# =====================================================================

# ---- body-worn video -----------------------------------------------------
letter(auth="nfc", file="nfc-foi-0518-17.txt", fmt="txt", banner_every=9,
       ref="FOI 0518/17", date="2017-05-23", received="2017-04-25",
       title="Body Worn Video", style="interleaved",
       parts=one(
           q(["bwv.count", "bwv.supplier"], "How many body worn video cameras does the force currently have, "
             "and who manufactured them?",
             "The force has 450 body worn video cameras, manufactured by Tallis Systems Ltd.", "450|tallis"),
           q("bwv.cost", "What was the total cost of the purchase?", "\u00a3312,000.", "312000"),
           q("bwv.retention", "How long is footage kept if it is not needed as evidence?",
             "31 days.", "31 days"),
           q("bwv.policy", "Please provide a copy of your policy on the use of body worn video.",
             "A copy of the policy is attached.", "attached"),
       ))

letter(auth="nfc", file="nfc-foi-0163-20.pdf", fmt="pdf-lo",
       ref="FOI 0163/20", date="2020-02-11", received="2020-01-14",
       title="Body Worn and In-Vehicle Cameras", style="decision",
       preamble="My request is in two parts. Part 1 concerns cameras worn by officers; part 2 concerns "
                "dashboard cameras fitted in police vehicles.",
       parts=[
           dict(head="Part 1 \u2013 body worn cameras", qs=[
               q("bwv.supplier", "Who supplies the cameras?", "Tallis Systems Ltd.", "tallis"),
               q("bwv.count", "How many units are deployed?", "905.", "905"),
               W("bwv.cost", "What is the annual cost of the contract?", ["s43(2)"]),
               q("bwv.storage", "Where is the footage stored?",
                 "Footage is uploaded to the Tallis Evidence Cloud, hosted in UK data centres.",
                 "tallis cloud"),
           ]),
           dict(head="Part 2 \u2013 in-vehicle cameras", qs=[
               q("dash.supplier", "Who supplies the cameras?", "Halcyon Vehicle Solutions Ltd.", "halcyon"),
               q("dash.count", "How many units are deployed?", "64.", "64"),
               W("dash.cost", "What is the annual cost of the contract?", ["s43(2)"]),
               q("dash.storage", "Where is the footage stored?",
                 "On servers at force headquarters.", "local servers"),
           ]),
       ])

letter(auth="nfc", file="nfc-disclosure-foi-0702-23.html", fmt="html",
       ref="FOI 0702/23", date="2023-06-06", received="2023-05-09",
       title="Body-worn video", style="interleaved", variant="qa", category="Operational policing",
       parts=one(
           q("bwv.supplier", "Name of the company that provides the force's body-worn video equipment.",
             "Tallis Systems Ltd.", "tallis"),
           q("bwv.count", "Number of body-worn video units issued to officers and staff.",
             "1,310.", "1310"),
           W("bwv.cost", "Value of the current body-worn video contract.", ["s43(2)"]),
           q("bwv.retention", "Retention period for non-evidential footage.",
             "31 days, after which footage is deleted automatically.", "31 days"),
           q("bwv.storage", "Is footage held on premises or in a cloud service? Please name the provider.",
             "In a cloud service: Tallis Evidence Cloud.", "tallis cloud"),
           q("bwv.activation", "Are officers required to record every stop and search?",
             "Yes. Force policy requires cameras to be switched on for every stop and search.", "yes"),
       ))

letter(auth="nfc", file="nfc-foi-0981-25.docx", fmt="docx",
       ref="FOI 0981/25", date="2025-08-19", received="2025-07-22",
       title="BWV cameras", style="youasked",
       parts=one(
           q("bwv.supplier", "Who makes the BWV cameras your officers wear?", "Tallis Systems Ltd.", "tallis"),
           q("bwv.count", "How many BWV cameras do you have?", "1,355.", "1355"),
           W("bwv.cost", "How much did the BWV contract cost?", ["s43(2)"]),
           q("bwv.retention", "How long do you keep footage that is not evidential?", "31 days.", "31 days"),
       ))

# ---- drones ----------------------------------------------------------------
letter(auth="nfc", file="nfc-foi-1093-19.md", fmt="md",
       ref="FOI 1093/19", date="2019-09-17", received="2019-08-20",
       title="Unmanned Aerial Vehicles", style="restate", variant="q",
       parts=one(
           q("drone.count", "How many unmanned aerial vehicles (drones) does the force own?", "4.", "4"),
           q("drone.models", "What make and model are they?",
             "DJI Matrice 210 (2) and DJI Mavic 2 Enterprise (2).", "matrice 210 x2; mavic 2 enterprise x2"),
           q("drone.cost", "How much has the force spent on drones since 2016?", "\u00a358,400.", "58400"),
           q("drone.pilots", "How many officers are qualified to fly them?", "12.", "12"),
           q("drone.deployments", "How many times were drones deployed in 2018?", "211.", "211"),
       ))


def review_d23(L, A):
    qs = L["parts"][0]["qs"]
    out = [P("I write in response to your request for an internal review of the force's answer to your "
             "Freedom of Information request FOI 1420/22, which was sent to you on 11th January 2023.")]
    out.append(P("Your original request was as follows:"))
    for i, x in enumerate(qs, 1):
        out.append(P("%d. %s" % (i, x["text"])))
    out.append(H("The original response"))
    out.append(P("The force answered questions 1, 3 and 5. It withheld the information requested at "
                 "question 2 under Section 31(1)(a) Law Enforcement, and neither confirmed nor denied "
                 "whether it held information relevant to question 4."))
    out.append(H("Review findings"))
    out.append(P("I have considered the request afresh. The makes and models of police drones are shown "
                 "in published procurement notices and at public events, and I do not consider that "
                 "naming them would prejudice law enforcement. The original decision in respect of "
                 "question 2 was therefore not correct, and the information is released below."))
    out.append(P("The decision to neither confirm nor deny in respect of question 4 is upheld. Section "
                 "24(2) National Security and Section 31(3) Law Enforcement continue to apply."))
    out.append(H("Final response"))
    for i, x in enumerate(qs, 1):
        out.append(LAB("Question %d:" % i, x["text"]))
        out.append(LAB("Response:", x["a"] if x.get("a") else
                       "Northfell Constabulary can neither confirm nor deny that it holds information "
                       "relevant to this question by virtue of Section 24(2) National Security and "
                       "Section 31(3) Law Enforcement."))
    return out


letter(auth="nfc", file="nfc-internal-review-ir-0031-23.pdf", fmt="pdf-gs",
       ref="IR 0031/23", date="2023-02-28", received="2022-12-13",
       title="Internal Review \u2013 Drones", style="custom", custom=review_d23,
       intro="Internal review of FOI 1420/22 (request received by Northfell Constabulary on {received}).",
       parts=one(
           q("drone.count", "The size of the force's drone fleet.", "11.", "11"),
           q("drone.models", "The manufacturer and model of each aircraft.",
             "DJI Matrice 30T (6) and DJI Mavic 3 Enterprise (5).", "matrice 30t x6; mavic 3 enterprise x5"),
           q("drone.pilots", "The number of trained remote pilots.", "27.", "27"),
           NC("drone.counter", "Whether the force possesses any counter-drone equipment, meaning equipment "
              "to detect or jam drones.", ["s24(2)", "s31(3)"]),
           q("drone.cost", "Total expenditure on the drone unit in 2021/22.", "\u00a3142,000.", "142000"),
       ))

# ---- ICT round robin: contact centre and inbound network ------------------
CC_INTRO = ("The first part of my request concerns contact centre services: call distribution, webchat "
            "and social media channels, and performance reporting, whether bought as one package or as "
            "separate applications.")
NET_INTRO = ("The second part of my request concerns inbound network services: non-geographic numbers "
             "(0800, 0300, 101), call routing, caller identification and interactive voice response.")

letter(auth="nfc", file="nfc-foi-1288-19.txt", fmt="txt", banner_every=12,
       ref="FOI 1288/19", date="2019-11-04", received="2019-10-08",
       title="ICT contracts \u2013 contact centre and inbound network services", style="restate", variant="dash",
       preamble="I am making a request about the organisation's ICT contracts for contact centre and "
                "inbound network services.",
       parts=[
           dict(head="Part 1", intro=CC_INTRO, qs=[
               q("cc.supplier", "Incumbent supplier: please name the supplier of each contract.",
                 "Vantage Contact Ltd.", "vantage contact"),
               q("cc.spend", "Annual average spend: the average yearly spend with each supplier over the "
                 "last three years.", "\u00a392,000.", "92000"),
               q("cc.expiry", "Contract expiry: the date on which each contract expires.",
                 "31 October 2022.", "2022-10-31"),
               q("cc.review", "Contract review: the date on which each contract will next be reviewed.",
                 "October 2021.", "2021-10"),
               q("cc.description", "Contract description: a short description of the services provided "
                 "under each contract.",
                 "Hosted automatic call distribution, IVR and call recording for the force contact centre.",
                 "hosted acd ivr recording"),
               PR("cc.contact", "Contact details: the name, job title, telephone number and email address "
                  "of the person responsible for each contract.",
                  "The contract is owned by the Head of ICT Commercial. The officer's name and direct "
                  "contact details are withheld under Section 40(2) Personal Information.", ["s40(2)"]),
               q("cc.agents", "Number of agents: the total number of contact centre agents.", "184.", "184"),
               q("cc.sites", "Number of sites: how many sites the contact centre covers.", "2.", "2"),
           ]),
           dict(head="Part 2", intro=NET_INTRO, qs=[
               q("net.supplier", "Incumbent supplier: please name the supplier of each contract.",
                 "Brightline Telecom plc.", "brightline"),
               q("net.spend", "Annual average spend: the average yearly spend with each supplier over the "
                 "last three years.", "\u00a341,500.", "41500"),
               q("net.expiry", "Contract expiry: the date on which each contract expires.",
                 "28 February 2021.", "2021-02-28"),
               q("net.review", "Contract review: the date on which each contract will next be reviewed.",
                 "August 2020.", "2020-08"),
               q("net.description", "Contract description: a short description of the services provided "
                 "under each contract.", "0300 and 0800 non-geographic numbers and call routing.",
                 "ngn routing"),
               PR("net.contact", "Contact details: the name, job title, telephone number and email address "
                  "of the person responsible for each contract.",
                  "Head of ICT Commercial. The name is withheld under Section 40(2) Personal Information.",
                  ["s40(2)"]),
           ]),
       ])

letter(auth="nfc", file="nfc-foi-0367-22.docx", fmt="docx",
       ref="FOI 0367/22", date="2022-03-29", received="2022-03-01",
       title="Contact centre and telephony contracts", style="table",
       table_head=("Request", "Response"),
       preamble="Please provide the following for the contracts covering (a) your contact centre and "
                "(b) inbound telephony and network services.",
       parts=[dict(subheads={0: "Contact centre services", 7: "Inbound telephony and network services"}, qs=[
           q("cc.supplier", "Who is the current provider of the contact centre solution?",
             "Vantage Contact Ltd", "vantage contact"),
           W("cc.spend", "What has been the average annual cost of the contact centre contract over the "
             "past three years?", ["s43(2)"]),
           q("cc.duration", "How long is the contract, including any extension periods?",
             "Three years plus two optional one-year extensions", "3+1+1 years"),
           q("cc.expiry", "When does the contact centre contract end?", "31 October 2025", "2025-10-31"),
           q("cc.description", "Briefly, what services does the contact centre contract cover?",
             "Cloud contact centre platform: call distribution, webchat and call recording",
             "cloud acd webchat recording"),
           q("cc.contact", "Who in the force manages the contract (job title and email)?",
             "ICT Commercial Team, ict.commercial@northfell-police.org.uk",
             "ict.commercial@northfell-police.org.uk"),
           q("cc.agents", "How many contact centre agents does the force have?", "191", "191"),
           q("net.supplier", "Who is the current provider of inbound telephony and network services?",
             "Brightline Telecom plc", "brightline"),
           W("net.spend", "What has been the average annual cost of that contract over the past three years?",
             ["s43(2)"]),
           q("net.expiry", "When does the telephony contract end?", "28 February 2024", "2024-02-28"),
           q("net.review", "When will the telephony contract next be reviewed?", "August 2023", "2023-08"),
           q("net.description", "Briefly, what services does it cover?",
             "Non-geographic numbers (0300, 0800 and 101 routing) and IVR", "ngn routing ivr"),
           q("net.contact", "Who in the force manages it (job title and email)?",
             "ICT Commercial Team, ict.commercial@northfell-police.org.uk",
             "ict.commercial@northfell-police.org.uk"),
       ])])

S31AB = ["s31(1)(a)", "s31(1)(b)"]
letter(auth="nfc", file="nfc-foi-1174-24.pdf", fmt="pdf-chrome",
       ref="FOI 1174/24", date="2024-10-15", received="2024-09-17",
       title="Contact centre contract", style="decision",
       preamble="I wish to make a request about the organisation's ICT contracts for contact centre "
                "services and inbound network services.",
       parts=[
           dict(head="Part 1 \u2013 contact centre", intro=CC_INTRO, qs=[
               W("cc.supplier", "Incumbent supplier: for each contract, the name of the supplier.", S31AB),
               NH("cc.spend", "Annual average spend: for each supplier, the average annual spend over three "
                  "years.", "No information held. The cost of the contact centre service is not recorded "
                  "separately from the overall managed service charge."),
               W("cc.duration", "Contract duration: for each supplier, the length of the contract including "
                 "any extensions.", S31AB),
               W("cc.expiry", "Contract expiry: for each supplier, the date the contract expires.", S31AB),
               W("cc.review", "Contract review: for each supplier, the date the contract will be reviewed.",
                 S31AB),
               W("cc.description", "Contract description: for each supplier, a brief description of the "
                 "services provided.", S31AB),
               q("cc.contact", "Contact details: for each supplier, the person within the organisation "
                 "responsible for the contract, with full name, job title, telephone number and email.",
                 "ict.commercial@northfell-police.org.uk", "ict.commercial@northfell-police.org.uk"),
               W("cc.agents", "Number of agents: the total number of contact centre agents.", S31AB),
               q("cc.sites", "Number of sites: the number of sites the contact centre covers.",
                 "The contact centre covers 2 sites.", "2"),
               q("cc.email_users", "Number of email users: the approximate number of email users across the "
                 "organisation.", "4,100", "4100"),
           ]),
           dict(head="Part 2 \u2013 inbound network services", intro=NET_INTRO, qs=[
               W("net.supplier", "Incumbent supplier: for each contract, the name of the supplier.", S31AB),
               NH("net.spend", "Annual average spend: for each supplier, the average annual spend over three "
                  "years.", "No information held. As with part 1, this cost is not recorded separately."),
               W("net.expiry", "Contract expiry: for each supplier, the date the contract expires.", S31AB),
               W("net.review", "Contract review: for each supplier, the date the contract will be reviewed.",
                 S31AB),
               W("net.description", "Contract description: for each supplier, a brief description of the "
                 "services provided.", S31AB),
               q("net.contact", "Contact details: for each supplier, the person within the organisation "
                 "responsible for the contract, with full name, job title, telephone number and email.",
                 "ict.commercial@northfell-police.org.uk", "ict.commercial@northfell-police.org.uk"),
           ]),
       ])

# ---- cyber ---------------------------------------------------------------------
letter(auth="nfc", file="nfc-foi-0811-18.txt", fmt="txt",
       ref="FOI 0811/18", date="2018-07-10", received="2018-06-12",
       title="Cyber Security", style="youasked",
       parts=one(
           q("cyber.ransomware", "How many ransomware attacks has the force experienced in the last three "
             "years?", "None.", "0"),
           q("cyber.ransom_paid", "Has the force ever paid a ransom to regain access to its systems or data?",
             "No.", "no"),
           q("cyber.endpoint_supplier", "Which company provides your anti-virus or endpoint protection "
             "software?", "Kestrel Endpoint Protection, supplied by Kestrel Security Ltd.", "kestrel"),
           q("cyber.security_staff", "How many staff are employed in information security roles?",
             "6.", "6"),
       ))

letter(auth="nfc", file="nfc-foi-1046-22.pdf", fmt="pdf-lo",
       ref="FOI 1046/22", date="2022-09-20", received="2022-08-23",
       title="Cyber attacks", style="decision",
       parts=one(
           NC("cyber.ransomware", "Has Northfell Constabulary been the target of a ransomware incident since "
              "January 2019? If so, how many times?", ["s24(2)", "s31(3)"]),
           NC("cyber.ransom_paid", "Did the force pay any ransom demand?", ["s24(2)", "s31(3)"]),
           W("cyber.endpoint_supplier", "Please name the endpoint detection and response product the force "
             "uses.", ["s31(1)(a)"]),
           q("cyber.security_staff", "What is the headcount of your cyber and information security team?",
             "9.", "9"),
           q("cyber.training_pct", "What percentage of staff have completed mandatory information security "
             "training in the last 12 months?", "94%.", "94%"),
       ))

# ---- unrelated police request -----------------------------------------------------
letter(auth="nfc", file="nfc-disclosure-foi-1032-20.html", fmt="html",
       ref="FOI 1032/20", date="2020-10-07", received="2020-09-09",
       title="Firearms licensing system", style="interleaved", category="Firearms licensing",
       parts=one(
           q("fa.software_supplier", "Which supplier provides the software used by your firearms licensing "
             "unit?", "Ordnance Data Systems Ltd.", "ordnance data systems"),
           q("fa.software_cost", "What is the annual cost of this software?", "\u00a321,300.", "21300"),
           q("fa.contract_end", "When does the contract end?", "31 March 2023.", "2023-03-31"),
           q("fa.certificates", "How many firearm certificates are currently on issue?", "7,812.", "7812"),
           q("fa.staff", "How many staff work in the licensing unit?", "14.", "14"),
       ))

# =====================================================================
# PENNINE AND COAST AMBULANCE SERVICE NHS TRUST
# =====================================================================

letter(auth="pcas", file="pcas-foi-19-0212-agency.pdf", fmt="pdf-lo",
       ref="PCAS/FOI/19/0212", date="2019-04-16", received="2019-03-19",
       title="Agency staffing", style="table",
       parts=one(
           q("agency.total_spend", "Total spend on agency staff in 2017/18 and 2018/19",
             "2017/18: \u00a32.1m; 2018/19: \u00a32.6m", "2.1m;2.6m"),
           q("agency.suppliers", "Names of the agencies used to supply clinical staff",
             "MedStaff Direct; Paraworks Recruitment; Northern Clinical Locums",
             "medstaff direct|northern clinical locums|paraworks recruitment"),
           q("agency.spend_by_supplier", "Spend with each of those agencies in 2018/19",
             "MedStaff Direct \u00a31.1m; Paraworks Recruitment \u00a30.9m; Northern Clinical Locums \u00a30.6m",
             "1.1m;0.9m;0.6m"),
           q("agency.rate_cap", "Highest hourly rate paid for an agency paramedic", "\u00a345.00", "45.00"),
           q("agency.bank", "Does the Trust operate its own staff bank?", "Yes", "yes"),
       ))

letter(auth="pcas", file="pcas-disclosure-foi2021-0788.html", fmt="html",
       ref="FOI2021-0788", date="2021-08-24", received="2021-07-27",
       title="Agency clinicians and private ambulance providers", style="youasked", category="Workforce",
       parts=one(
           q("agency.suppliers", "Which recruitment agencies provided paramedics or technicians to the Trust "
             "in 2020/21?", "MedStaff Direct, Paraworks Recruitment and Northern Clinical Locums.",
             "medstaff direct|northern clinical locums|paraworks recruitment"),
           W("agency.spend_by_supplier", "How much was paid to each agency?", ["s43(2)"]),
           q("agency.ctrl_spend", "How much was spent on agency call handlers in the emergency operations "
             "centre?", "\u00a3318,000 in 2020/21.", "318000"),
           q("agency.rate_cap", "What is the maximum hourly rate the Trust will pay an agency paramedic?",
             "\u00a348.00 per hour.", "48.00"),
           q("agency.framework", "Through which framework are agency workers procured?",
             "The Northern Staffing Framework.", "northern staffing framework"),
           q("pap.providers", "Which private ambulance providers does the Trust use to support its 999 "
             "response?", "Coastline Medical Services Ltd and Moorside Ambulance Ltd.",
             "coastline medical services|moorside ambulance"),
       ))

letter(auth="pcas", file="pcas-f-00931.txt", fmt="txt",
       ref="F-00931", date="2023-11-14", received="2023-10-17",
       title="Agency and off-payroll workers", style="interleaved", datestyle="slash",
       parts=one(
           q("agency.suppliers", "List the agencies you use for clinical staff.",
             "MedStaff Direct, Paraworks Recruitment, Northern Clinical Locums.",
             "medstaff direct|northern clinical locums|paraworks recruitment"),
           W("agency.spend_by_supplier", "Provide a breakdown of agency spend by agency.", ["s43(2)"]),
           q("agency.rate_cap", "What is the hourly rate ceiling for agency paramedics?",
             "\u00a352.50.", "52.50"),
           q("agency.framework", "What procurement route or framework do you use?",
             "Northern Staffing Framework.", "northern staffing framework"),
           q("agency.ir35", "How many agency or off-payroll workers were determined to be inside IR35 in "
             "2022/23?", "0.", "0"),
           q("agency.total_spend", "What was total agency expenditure in 2022/23?", "\u00a33.4m.", "3.4m"),
       ))

letter(auth="pcas", file="pcas-foi2020-1203-cyber.md", fmt="md",
       ref="FOI2020-1203", date="2020-12-01", received="2020-11-03",
       title="Cyber security", style="interleaved", variant="qa",
       parts=one(
           NC("acyber.ransomware", "Has the Trust suffered a ransomware attack in the past three years?",
              ["s31(3)"]),
           q("acyber.training_pct", "What percentage of staff have completed Data Security Awareness "
             "training?", "91%.", "91%"),
           q("acyber.dspt", "What was the outcome of the Trust's most recent Data Security and Protection "
             "Toolkit submission?", "Standards Met.", "standards met"),
           W("acyber.firewall_supplier", "Who supplies the Trust's firewalls?", ["s31(1)(a)"]),
       ))

letter(auth="pcas", file="pcas-foi2024-0219.docx", fmt="docx",
       ref="FOI2024-0219", date="2024-02-20", received="2024-01-23",
       title="Ransomware and cyber resilience", style="table",
       parts=one(
           NC("acyber.ransomware", "In the last 36 months, has ransomware compromised any Trust system?",
              ["s31(3)"]),
           NH("acyber.recovery_cost", "What was the total cost incurred recovering from cyber incidents in "
              "that period?", "The Trust does not hold this information; such costs are not recorded "
              "separately."),
           q("acyber.training_pct", "Percentage of the workforce compliant with annual data security "
             "training", "96%", "96%"),
           W("acyber.firewall_supplier", "Make of perimeter firewall in use", ["s31(1)(a)"]),
           q("acyber.security_staff", "How many WTE staff work in cyber security?", "4.5 WTE", "4.5"),
       ))

letter(auth="pcas", file="pcas-disclosure-cad-2018.html", fmt="html",
       ref="PCAS/FOI/18/0377", date="2018-06-27", received="2018-05-30",
       title="Computer aided dispatch system", style="restate", variant="num", category="ICT",
       parts=one(
           q("cad.supplier", "Who is the supplier of the Trust's computer aided dispatch (CAD) system?",
             "Meridian Dispatch Systems Ltd.", "meridian dispatch"),
           W("cad.annual_cost", "What is the annual support and maintenance cost?", ["s43(2)"]),
           q("cad.contract_end", "When does the current contract end?", "31 March 2021.", "2021-03-31"),
           q("tel.supplier", "Who supplies the 999 telephony system in the control room?",
             "Brightline Telecom plc.", "brightline"),
       ))

letter(auth="pcas", file="pcas-foi2022-0511.pdf", fmt="pdf-chrome",
       ref="FOI2022-0511", date="2022-05-10", received="2022-04-12",
       title="CAD contract", style="interleaved",
       parts=one(
           q("cad.supplier", "Name of your CAD supplier", "Meridian Dispatch Systems Ltd.", "meridian dispatch"),
           q("cad.contract_end", "Expiry date of the CAD contract", "31 March 2026.", "2026-03-31"),
           W("cad.annual_cost", "Annual cost of the CAD contract", ["s43(2)"]),
           q("cad.hosting", "Is the CAD hosted on premises or in the cloud?",
             "On premises, across two sites.", "on premises"),
       ))

letter(auth="pcas", file="pcas-foi2022-1388.txt", fmt="txt",
       ref="FOI2022-1388", date="2022-12-06", received="2022-11-08",
       title="Assaults on ambulance staff", style="youasked",
       parts=one(
           q("assault.count", "How many physical assaults on ambulance staff were recorded in 2021/22?",
             "412.", "412"),
           q("assault.bwv", "Does the Trust issue body-worn cameras to frontline crews? If so, who supplies "
             "them?", "Yes. 350 cameras are in use, supplied by Tallis Systems Ltd.", "yes 350 tallis"),
           NH("assault.prosecutions", "How many of those assaults resulted in a prosecution?",
              "The Trust does not hold this information. Prosecution outcomes are recorded by the police "
              "and the Crown Prosecution Service."),
       ))

letter(auth="pcas", file="pcas-foi2021-0305-fleet.pdf", fmt="pdf-gs",
       ref="FOI2021-0305", date="2021-03-09", received="2021-02-09",
       title="Ambulance fleet", style="interleaved", variant="qa",
       parts=one(
           q("amb.count", "How many emergency ambulances are in the fleet?", "312.", "312"),
           q("amb.chassis", "What base vehicle is used?", "Mercedes-Benz Sprinter.", "sprinter"),
           q("amb.converter", "Who converts the vehicles?", "Ridgeway Coachworks Ltd.", "ridgeway coachworks"),
           q("amb.avg_age", "What is the average age of the fleet?", "4.2 years.", "4.2"),
           q("amb.ownership", "Are vehicles leased or owned?", "Owned.", "owned"),
       ))

# =====================================================================
# DEPARTMENT FOR RURAL AFFAIRS AND COASTAL COMMUNITIES
# =====================================================================

letter(auth="dracc", file="dracc-foi2018-03127.txt", fmt="txt", wrap=100,
       ref="FOI2018/03127", date="2018-10-30", received="2018-10-02",
       title="Translation and interpreting services", style="restate", variant="num",
       lead="You asked:",
       parts=one(
           q("ti.supplier", "Who provides interpreting and translation services to the Department?",
             "LinguaBridge Ltd.", "linguabridge"),
           q("ti.contract_value", "What is the total value of the contract?",
             "\u00a3900,000 over four years.", "900000"),
           q("ti.contract_end", "When does it expire?", "31 March 2021.", "2021-03-31"),
           q("ti.languages", "How many languages are covered?", "More than 60.", "60+"),
       ))

letter(auth="dracc", file="dracc-foi-2021-00588.pdf", fmt="pdf-lo",
       ref="DRACC-FOI-2021-00588", date="2021-07-13", received="2021-06-15",
       title="Language services contract", style="youasked",
       parts=one(
           q("ti.supplier", "The name of your current language services provider.",
             "LinguaBridge Ltd, re-awarded the contract from 1 April 2021.", "linguabridge"),
           q("ti.contract_value", "The value of the contract.", "\u00a31.2m over the four-year term.", "1200000"),
           q("ti.contract_end", "The contract end date.",
             "31 March 2025, with an option to extend by up to 12 months.", "2025-03-31"),
           q("ti.languages", "The number of languages available.", "64.", "64"),
           q("ti.spend_breakdown", "Spend under the contract in 2020/21, broken down by language.",
             "Please see the attached table, which lists spend for each language.", "attached table"),
           q("ti.bsl", "Whether the contract includes British Sign Language.", "Yes.", "yes"),
       ))

letter(auth="dracc", file="dracc-disclosure-foi2024-01142.html", fmt="html",
       ref="FOI2024/01142", date="2024-02-27", received="2024-01-30",
       title="Interpreting and translation contract", style="table", category="Procurement",
       table_head=("Question", "Answer"),
       parts=one(
           q("ti.supplier", "Supplier", "LinguaBridge Ltd", "linguabridge"),
           W("ti.contract_value", "Value", ["s43(2)"]),
           q("ti.contract_end", "Expiry", "31 March 2026 (the extension has been exercised)", "2026-03-31"),
           q("ti.languages", "Languages offered", "71", "71"),
           W("ti.spend_breakdown", "Spend by language, 2022/23", ["s43(2)"]),
           q("ti.bsl", "Is BSL included?", "Yes", "yes"),
       ))

letter(auth="dracc", file="dracc-foi2019-01290.md", fmt="md",
       ref="FOI2019/01290", date="2019-05-21", received="2019-04-23",
       title="Cyber security", style="interleaved",
       parts=one(
           q("dc.ransomware", "Has the Department been the victim of a successful ransomware attack in the "
             "last two years?", "No.", "no"),
           q("dc.training", "Is cyber security awareness training compulsory for staff?",
             "Yes. All staff must complete it every year.", "yes annual"),
           q("dc.security_spend", "What is the Department's annual budget for cyber security?",
             "\u00a32.9m in 2019/20.", "2900000"),
           NH("dc.phishing", "How many phishing emails were blocked in 2018?"),
       ))

letter(auth="dracc", file="dracc-foi-2022-00431.pdf", fmt="pdf-chrome",
       ref="DRACC-FOI-2022-00431", date="2022-04-26", received="2022-03-29",
       title="Ransomware and penetration testing", style="decision",
       lead="You asked for the following information:",
       parts=one(
           q("dc.ransomware", "Since April 2020, has ransomware successfully encrypted any departmental "
             "systems?", "No.", "no"),
           W("dc.pen_test_supplier", "Which company carries out the Department's penetration testing?",
             ["s24(1)", "s31(1)(a)"]),
           q("dc.security_spend", "How much has been budgeted for cyber security in 2022/23?",
             "\u00a33.4m.", "3400000"),
           NH("dc.phishing", "How many phishing emails were intercepted in 2021?",
              "We do not hold this information. Filtering statistics are not retained beyond 90 days."),
           q("dc.training", "Is cyber awareness training mandatory?", "Yes, annually.", "yes annual"),
       ))

letter(auth="dracc", file="dracc-foi2020-01988.docx", fmt="docx",
       ref="FOI2020/01988", date="2020-06-03", received="2020-05-06",
       title="Social media monitoring", style="youasked",
       parts=one(
           q("sm.tool", "Which social media monitoring or listening tool does the Department use?",
             "Echoline, supplied by Echoline Ltd.", "echoline"),
           q("sm.cost", "What is the annual cost?", "\u00a318,750.", "18750"),
           q("sm.contract_end", "When does the contract end?", "31 August 2022.", "2022-08-31"),
           q("sm.accounts", "How many corporate social media accounts does the Department run?", "7.", "7"),
       ))

letter(auth="dracc", file="dracc-foi-2023-00302.pdf", fmt="pdf-lo",
       ref="DRACC-FOI-2023-00302", date="2023-03-14", received="2023-02-14",
       title="Media monitoring contract", style="interleaved", variant="request",
       parts=one(
           q("sm.tool", "Name of the media-monitoring software supplier.", "Echoline Ltd.", "echoline"),
           W("sm.cost", "Yearly licence cost.", ["s43(2)"]),
           q("sm.contract_end", "Contract expiry.", "31 August 2025.", "2025-08-31"),
           W("sm.keywords", "Please list the search terms being monitored.", ["s36(2)(c)"]),
       ))

letter(auth="dracc", file="dracc-foi-2021-01377.txt", fmt="txt",
       ref="DRACC-FOI-2021-01377", date="2021-11-23", received="2021-10-26",
       title="Workforce and consultancy costs", style="prose",
       prose="What is the Department's headcount in full-time equivalents? How much did the Department "
             "spend on contingent labour in 2020/21? And how much on consultancy in the same year?",
       parts=one(
           q("hc.fte", "What is the Department's headcount in full-time equivalents?", "2,846 FTE.", "2846"),
           q("hc.contingent_spend", "How much did the Department spend on contingent labour in 2020/21?",
             "\u00a36.8m.", "6800000"),
           q("hc.consultancy_spend", "How much on consultancy in the same year?", "\u00a34.1m.", "4100000"),
       ))

# =====================================================================
# DRAFTS
# =====================================================================

def draft(**kw):
    kw["kind"] = "draft"
    return letter(**kw)


# council CCTV: newly withheld locations, changed maintenance provider
draft(auth="tmbc", file="DRAFT-tmbc-CAS-25-006391-cctv.docx", fmt="docx",
      ref="CAS-25-006391", date="2025-05-14", received="2025-04-15",
      title="Town centre cameras", style="youasked", variant="numbered",
      parts=one(
          q("cctv.count", "Could you tell me the size of your town-centre and public-realm camera estate, "
            "i.e. how many units are live?", "152 cameras are currently live.", "152"),
          W("cctv.locations", "Please list where each unit is positioned.", ["s31(1)(a)"]),
          q("cctv.maint_supplier", "Which firm looks after upkeep and repairs of that equipment?",
            "Halden Fire & Security Ltd, appointed from 1 April 2025.", "halden fire & security"),
          W("cctv.annual_cost", "What does that upkeep arrangement cost you each year?", ["s43(2)"]),
          q("cctv.facial", "Do you apply face-matching software to any of the feeds?",
            "No.", "no"),
          q("housing.cctv_count", "How many cameras are installed in and around council-owned tower blocks?",
            "64 cameras across 9 high-rise blocks.", "64"),
          q("cctv.upgrade", "Is there a programme to replace analogue cameras with digital ones, and what "
            "is its budget?", "Yes. The replacement programme has a budget of \u00a31,100,000.", "1100000"),
      ))

# council fly-tipping: consistent repeat, facts restated
draft(auth="tmbc", file="DRAFT-tmbc-CAS-25-012804-flytipping.md", fmt="md", consistent=True,
      ref="CAS-25-012804", date="2025-09-03", received="2025-08-06",
      title="Fly-tipping", style="interleaved", variant="qa",
      parts=one(
          q("ft.covert_cameras", "How many concealed cameras do you deploy at dumping hotspots?",
            "Twelve.", "12"),
          q("ft.fpn_amount", "How much is the on-the-spot fine for illegally dumping rubbish?",
            "Four hundred pounds, reduced to \u00a3350 for payment within 14 days.", "400"),
          q("ft.contractor", "Who carries out your enviro-crime enforcement?",
            "Civic Enforcement Partners Limited, on the council's behalf.", "civic enforcement partners"),
          q("ft.contract_term", "For how long has that contract been let?",
            "Two years, with the option of extending.", "24 months"),
          q("ft.policy", "Do you publish an enforcement policy? Please send it or a link to it.",
            "Yes. It is available at www.thornleigh.gov.uk/enviro-crime-policy, so section 21 applies.",
            "published policy", ex=["s21"]),
          q("waste.bulky_fee", "What is the charge for a bulky waste collection?",
            "\u00a328 for up to three items.", "28"),
      ))

# council residual waste under the EIR
draft(auth="tmbc", file="DRAFT-tmbc-CAS-26-000871-waste.pdf", fmt="pdf-lo", regime="eir",
      ref="CAS-26-000871", date="2026-01-20", received="2025-12-16",
      title="Residual waste treatment contract", style="restate", variant="q",
      intro="Thank you for your request, received on {received}. Because it concerns waste, it has been "
            "handled under the {act}.",
      parts=one(
          q("waste.contractor", "Please name the operator of the residual waste treatment contract.",
            "Northway Environmental Services Ltd.", "northway environmental"),
          W("waste.contract_value", "Please state the yearly contract sum.", ["reg12(5)(e)"],
            a="This information is withheld under regulation 12(5)(e) of the Environmental Information "
              "Regulations 2004 (confidentiality of commercial or industrial information)."),
          q("waste.contract_end", "Please state the contract expiry date.",
            "The contract expires on 31st March 2032.", "2032-03-31"),
          q("waste.plastic_destinations", "Please state the end destinations of plastics collected at the "
            "kerbside.", "About 80% is reprocessed in the UK (Hull and Leeds); the remainder is exported "
            "to reprocessors in the Netherlands.", "uk hull leeds; netherlands"),
          q("waste.deductions", "Please state the value of any deductions made under the payment mechanism "
            "in the last financial year.", "\u00a337,400 in 2024/25.", "37400"),
      ))

# police BWV
draft(auth="nfc", file="DRAFT-nfc-foi-0244-25.txt", fmt="txt",
      ref="FOI 0244/25", date="2025-03-11", received="2025-02-11",
      title="Wearable cameras", style="interleaved", variant="request",
      parts=one(
          W("bwv.supplier", "Which manufacturer's wearable cameras are issued to your officers?", ["s31(1)(a)"]),
          q("bwv.count", "What is the size of the fleet of personal cameras worn by frontline staff?",
            "1310", "1310"),
          W("bwv.cost", "What is the force paying for the personal camera contract?", ["s31(1)(a)"]),
          q("bwv.retention", "For how many days is routine footage held before it is deleted?",
            "Thirty-one days.", "31 days"),
          PR("bwv.storage", "Where is recorded material hosted, and by whom?",
             "Footage is held in a cloud-hosted evidence management service. The name of the provider is "
             "withheld under Section 31(1)(a) Law Enforcement.", ["s31(1)(a)"]),
          q("dash.count", "How many in-car cameras are fitted to your vehicles?", "64.", "64"),
      ))

# police ICT round robin, parts restart, questions reordered
draft(auth="nfc", file="DRAFT-nfc-foi-0866-25.pdf", fmt="pdf-gs",
      ref="FOI 0866/25", date="2025-07-22", received="2025-06-24",
      title="Contact centre and inbound network contracts", style="decision",
      preamble="Please provide the following about your contact centre and inbound network services "
               "contracts.",
      parts=[
          dict(head="Part 1 \u2013 contact centre solution", qs=[
              W("cc.supplier", "Who is the incumbent supplier under the contract?", S31AB),
              W("cc.duration", "What is the term of the contract, including extension options?", S31AB),
              q("cc.spend", "What is the average annual spend on the contract, taken over the last three "
                "years?", "\u00a386,000 per year.", "86000"),
              W("cc.expiry", "When does the contract expire?", S31AB),
              W("cc.review", "When is the contract due for review?", S31AB),
              q("cc.description", "Please describe briefly the services provided under the contract.",
                "A cloud-hosted contact centre platform providing call distribution, webchat and call "
                "recording.", "cloud acd webchat recording"),
              q("cc.contact", "Who within the organisation is responsible for the contract (name, job title, "
                "phone and email)?", "ict.commercial@northfell-police.org.uk",
                "ict.commercial@northfell-police.org.uk"),
              W("cc.agents", "How many contact centre agents are there?", S31AB),
              q("cc.sites", "How many sites does the contact centre cover?", "Two sites.", "2"),
          ]),
          dict(head="Part 2 \u2013 inbound network services", qs=[
              W("net.supplier", "Who is the incumbent supplier under the contract?", S31AB),
              NH("net.spend", "What is the average annual spend on the contract, taken over the last three "
                 "years?", "No information held. This cost is not recorded separately from the overall "
                 "telephony charge."),
              W("net.expiry", "When does the contract expire?", S31AB),
              W("net.review", "When is the contract due for review?", S31AB),
              W("net.description", "Please describe briefly the services provided under the contract.", S31AB),
              q("net.contact", "Who within the organisation is responsible for the contract (name, job title, "
                "phone and email)?", "ict.commercial@northfell-police.org.uk",
                "ict.commercial@northfell-police.org.uk"),
          ]),
      ])

# police cyber
draft(auth="nfc", file="DRAFT-nfc-foi-1240-25.docx", fmt="docx",
      ref="FOI 1240/25", date="2025-11-05", received="2025-10-08",
      title="Ransomware and information security", style="youasked",
      parts=one(
          NC("cyber.ransomware", "In the period since 1 January 2022, has any ransomware infection affected "
             "force systems? How many times?", ["s24(2)", "s31(3)"]),
          q("cyber.training_pct", "What proportion of your workforce are up to date with their mandatory data "
            "protection and cyber training?", "94 per cent.", "94%"),
          q("cyber.ransom_paid", "Has the force ever met a ransom demand?",
            "No. Northfell Constabulary has never paid a ransom.", "no"),
          NC("cyber.endpoint_supplier", "Which vendor's anti-malware or EDR tool is installed on force "
             "devices?", ["s24(2)", "s31(3)"]),
          W("cyber.security_staff", "How many people work in your information security function?",
            ["s31(1)(a)"]),
      ))

# police drones: a bare incoming request, no answers yet
def bare_dp4(L, A):
    return []


draft(auth="nfc", file="REQUEST-nfc-drones-2026-01-12.txt", fmt="txt", bare=True,
      ref="", date="2026-01-12", received="2026-01-12",
      title="Police drones", style="bare",
      parts=one(
          q("drone.count", "How many remotely piloted aircraft systems does Northfell Constabulary operate?",
            st="unknown"),
          q("drone.models", "Please list them by manufacturer and model.", st="unknown"),
          q("drone.pilots", "How many staff hold a current qualification to pilot them?", st="unknown"),
          q("drone.counter", "Does the force have any capability to detect or disrupt drones flown by "
            "other people?", st="unknown"),
          q("drone.insurance", "Which company insures the force's drones?", st="unknown"),
      ))

# ambulance agency staffing
draft(auth="pcas", file="DRAFT-pcas-f-01588.pdf", fmt="pdf-gs",
      ref="F-01588", date="2025-06-18", received="2025-05-20",
      title="Agency paramedics", style="restate", variant="num",
      parts=one(
          q("agency.suppliers", "Please identify the staffing agencies from which the Trust has sourced "
            "paramedics and emergency care assistants.",
            "Northern Clinical Locums, MedStaff Direct and Paraworks Recruitment.",
            "medstaff direct|northern clinical locums|paraworks recruitment"),
          q("agency.spend_by_supplier", "For each of those agencies, how much has the Trust paid them?",
            "In 2024/25: MedStaff Direct \u00a31,420,000; Paraworks Recruitment \u00a31,065,000; Northern "
            "Clinical Locums \u00a3790,000.", "1420000;1065000;790000"),
          q("agency.framework", "Are agency staff engaged through a framework agreement? Which one?",
            "Yes \u2013 the Northern Staffing Framework.", "northern staffing framework"),
          q("agency.rate_cap", "What is the top hourly rate paid for agency paramedic cover?",
            "\u00a355.00.", "55.00"),
          NH("agency.ir35", "How many off-payroll engagements were deemed inside IR35 in 2024/25?",
             "The Trust does not hold this information centrally."),
          q("pap.providers", "Which independent ambulance companies does the Trust commission to support "
            "emergency response?", "Coastline Medical Services Ltd and Moorside Ambulance Ltd.",
            "coastline medical services|moorside ambulance"),
      ))

# ambulance cyber
draft(auth="pcas", file="DRAFT-pcas-f-01812-cyber.md", fmt="md",
      ref="F-01812", date="2025-10-09", received="2025-09-11", no_explain=False,
      title="Ransomware", style="youasked",
      parts=one(
          q("acyber.ransomware", "Since October 2022, has the Trust been hit by ransomware?",
            "No. The Trust has not experienced a ransomware attack in that period.", "no"),
          q("acyber.recovery_cost", "What has the Trust spent on restoring services after cyber incidents "
            "over the same period?", "\u00a318,400, for incident response support following a supplier "
            "outage in 2023.", "18400"),
          q("acyber.training_pct", "What share of staff completed the annual Data Security Awareness module?",
            "96 per cent.", "96%"),
          W("acyber.firewall_supplier", "Which firewall vendor protects the Trust's network edge?", ["s24(1)"]),
          q("acyber.security_staff", "Size of the cyber security team in whole-time equivalents",
            "4.5 WTE.", "4.5"),
      ))

# department translation: back-dated check
draft(auth="dracc", file="DRAFT-dracc-foi2025-04410.docx", fmt="docx", as_of="2023-06-30",
      ref="FOI2025/04410", date="2025-10-02", received="2025-09-04",
      title="Translation and interpreting", style="interleaved", variant="qa",
      parts=one(
          q("ti.supplier", "Which company currently supplies the Department's translators and interpreters?",
            "LinguaBridge Ltd.", "linguabridge"),
          q("ti.contract_value", "How much is that contract worth in total?",
            "\u00a31,200,000 over the term of the contract.", "1200000"),
          q("ti.languages", "How many languages can be provided under it?", "71 languages.", "71"),
          W("ti.spend_breakdown", "Please break down last year's spend on the contract by language.",
            ["s43(2)"]),
          q("ti.bsl", "Is BSL interpretation within scope?", "Yes.", "yes"),
      ))

# department cyber
draft(auth="dracc", file="DRAFT-dracc-foi2026-00388.txt", fmt="txt", wrap=100,
      ref="FOI2026/00388", date="2026-02-10", received="2026-01-13",
      title="Cyber incidents", style="youasked", variant="numbered",
      parts=one(
          NC("dc.ransomware", "Has any ransomware incident disrupted departmental IT since 2023?",
             ["s24(2)", "s31(3)"]),
          W("dc.pen_test_supplier", "Who is contracted to test the Department's systems for vulnerabilities?",
            ["s24(1)", "s31(1)(a)"]),
          W("dc.security_spend", "What is the current annual allocation for cyber defence?", ["s24(1)"]),
          q("dc.training", "Must staff complete cyber awareness training?",
            "Yes \u2013 on joining and every year after that.", "yes annual"),
          NH("dc.phishing", "How many malicious emails were stopped at the gateway last year?",
             "We do not hold this information."),
      ))
