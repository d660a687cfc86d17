"""The truth for set N.  Every letter, every question: concept, stance,
exemptions, fact.  All names, figures and references are invented."""

STANCE = {"R": "released", "P": "partially_released", "W": "withheld",
          "N": "ncnd", "H": "not_held", "X": "refused", "U": "unknown"}

AUTHORITIES = {
    "wcc": dict(
        name="Westmarch County Council", short="the Council", kind="council",
        address=["County Hall", "Abbey Road", "Westmarch", "WM1 2QA"],
        team="Information Governance Team", email="foi@westmarch.gov.uk",
        site="www.westmarch.gov.uk", signer="Information Governance Officer",
        nav="Home › Your council › Freedom of information › Disclosure log"),
    "hpol": dict(
        name="Harrowmere Constabulary", short="the Constabulary", kind="police",
        address=["Force Headquarters", "Ridgeway", "Harrowmere", "HM4 7PQ"],
        team="Information Rights Unit", email="foi@harrowmere.police.uk",
        site="www.harrowmere.police.uk", signer="Information Rights Officer",
        nav="Home › About us › FOI disclosure log"),
    "emh": dict(
        name="Eastwick and Marl Hospitals NHS Foundation Trust", short="the Trust",
        kind="nhs",
        address=["Information Governance Department", "Eastwick General Hospital",
                 "Infirmary Lane", "Eastwick", "EW2 8HT"],
        team="Freedom of Information Office", email="foi@eastwickmarl.nhs.uk",
        site="www.eastwickmarl.nhs.uk", signer="FOI Lead",
        nav="Home › About the Trust › Freedom of Information › Published responses"),
    "mfrs": dict(
        name="Mereside Fire and Rescue Service", short="the Service", kind="fire",
        address=["Service Headquarters", "Lakeview Road", "Mereside", "ME7 3RS"],
        team="Information Governance", email="foi@mereside-fire.gov.uk",
        site="www.mereside-fire.gov.uk", signer="Information Governance Manager",
        nav="Home › Corporate information › FOI responses"),
}


class Q:
    def __init__(self, c, text, st="R", ex=(), ans=None, fact=None):
        self.c = c
        self.text = text
        self.code = st
        self.stance = STANCE[st]
        self.ex = tuple(ex)
        self.ans = ans
        self.fact = fact if fact is not None else (ans if st in "RP" else None)
        self.qid = None


class Letter:
    def __init__(self, auth, ref, date, received, fmt, style, title, parts,
                 regime="foia", draft=False, bare=False, as_of=None,
                 all_authorities=False, consistent=False, traps=(), wrap=0,
                 v=None, preamble=None, review=None, fname=None):
        self.auth, self.ref, self.date, self.received = auth, ref, date, received
        self.fmt, self.style, self.title = fmt, style, title
        # parts: list of (heading or None, [Q, ...])
        self.parts = parts
        self.regime = regime
        self.is_draft, self.bare = draft, bare
        self.as_of, self.all_authorities, self.consistent = as_of, all_authorities, consistent
        self.traps = list(traps)
        self.wrap = wrap
        self.v = v or {}
        self.preamble = preamble
        self.review = review
        ext = {"txt": "txt", "md": "md", "html": "html", "docx": "docx"}.get(fmt, "pdf")
        if fname is None:
            slug = "".join(ch if ch.isalnum() else "-" for ch in ref).strip("-")
            while "--" in slug:
                slug = slug.replace("--", "-")
            slug = slug.lower()
            fname = ("draft-" if draft else "") + (slug if slug.startswith(auth) else auth + "-" + slug)
        self.fname = fname + "." + ext
        for pi, (_, qs) in enumerate(parts, 1):
            for qi, q in enumerate(qs, 1):
                q.qid = "P%d.Q%d" % (pi, qi)
                q.part, q.num = pi, qi

    def questions(self):
        return [q for _, qs in self.parts for q in qs]


def one(*qs):
    return [(None, list(qs))]


# ====================================================================
# Westmarch County Council
# ====================================================================
W = "wcc"
SAMPLE_SUP = "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract."
SAMPLE_SPEND = "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier."
SAMPLE_EXP = "Contract Expiry: For each supplier, please state the date of when the contract expires."
SAMPLE_REVIEW = "Contract Review: For each supplier, please state the date of when the contract will be reviewed."
SAMPLE_CONTACT = ("Contact Details: For each supplier, please state the person from within the "
                  "organisation responsible for the contract. Please provide me with their full "
                  "name, actual job title, contact number and direct email address.")

CL1 = Letter(W, "FOI/17/0388", "2017-05-12", "2017-04-19", "txt", "restate",
             "Contact centre and inbound telephony contracts",
             [("Part 1 - contact centre contracts", [
                 Q("c.cc.supplier", SAMPLE_SUP, ans="Calderwood Communications Ltd.",
                   fact="Calderwood Communications Ltd"),
                 Q("c.cc.spend", SAMPLE_SPEND, ans="£86,400 per year (average of 2014/15 to 2016/17).",
                   fact=86400),
                 Q("c.cc.expiry", SAMPLE_EXP, ans="31 March 2020.", fact="2020-03-31"),
                 Q("c.cc.review", SAMPLE_REVIEW, ans="September 2019."),
                 Q("c.cc.contact", SAMPLE_CONTACT,
                   ans="Helen Ashdown, Head of Customer Services, 01632 960411, customer.services@westmarch.gov.uk",
                   fact="Helen Ashdown, Head of Customer Services"),
                 Q("c.cc.agents", "Number of Agents: please provide me with the total number of contact centre agents.",
                   ans="62", fact=62),
             ]),
              ("Part 2 - inbound network services contracts", [
                  Q("c.net.supplier", SAMPLE_SUP, ans="Tamsin Telecom plc.", fact="Tamsin Telecom plc"),
                  Q("c.net.spend", SAMPLE_SPEND, ans="£41,200 per year.", fact=41200),
                  Q("c.net.expiry", SAMPLE_EXP, ans="30 June 2019.", fact="2019-06-30"),
                  Q("c.net.contact", SAMPLE_CONTACT,
                    ans="Rhys Penhallow, ICT Service Manager, 01632 960488, ict.servicedesk@westmarch.gov.uk",
                    fact="Rhys Penhallow, ICT Service Manager"),
              ])],
             traps=["same sentences in both parts", "parts restart numbering"],
             wrap=88, v=dict(date=1, ref="banner", intro="seek"),
             preamble=("I wish to submit a freedom of information request relating to the organisation's "
                       "ICT contracts, specifically contact centre contract(s) and inbound network "
                       "services contract(s)."))

CL2 = Letter(W, "FOI/19/1142", "2019-08-20", "2019-07-29", "pdf-soffice", "table",
             "Customer contact and telephony",
             one(
                 Q("c.cc.supplier", "Which company supplies the software and services behind your customer contact centre?",
                   ans="Calderwood Communications Ltd", fact="Calderwood Communications Ltd"),
                 Q("c.cc.expiry", "When is the contact centre agreement due to end?",
                   ans="The agreement was extended in 2019 and now ends on 31/03/2023.", fact="2023-03-31"),
                 Q("c.cc.spend", "Roughly how much does the Council pay for the contact centre service each year?",
                   ans="Approximately £88,000 per annum.", fact=88000),
                 Q("c.cc.agents", "How many staff take calls in the contact centre?",
                   ans="58 (full-time equivalent).", fact=58),
                 Q("c.cc.sites", "From how many buildings does the contact centre operate?", ans="2"),
                 Q("c.net.supplier", "Which company provides your inbound telephone numbers and call routing?",
                   ans="Tamsin Telecom plc", fact="Tamsin Telecom plc"),
                 Q("c.net.expiry", "When is that telephony agreement due to end?",
                   ans="30/06/2022", fact="2022-06-30"),
                 Q("c.net.spend", "What is the annual cost of the inbound call routing service?",
                   ans="£39,750", fact=39750),
                 Q("c.email.product", "Which email platform does the Council use?",
                   ans="Microsoft Exchange Online (Microsoft 365)."),
             ),
             traps=["two 'when is ... due to end' questions about different contracts in one merged list"],
             v=dict(date=4, ref="ourref", intro="thanks"))

CL4 = Letter(W, "WCC-FOI-02315", "2024-02-14", "2024-01-17", "html", "you_asked",
             "Customer contact platform and inbound telephony",
             [("Part A: customer contact platform", [
                 Q("c.cc.supplier", "Name the company contracted to run your customer contact platform.",
                   ans="Orrin Cloud Contact Ltd, under a contract that began on 1 April 2023.",
                   fact="Orrin Cloud Contact Ltd"),
                 Q("c.cc.spend", "What does the platform cost the Council in a typical year?",
                   ans="£104,500 a year.", fact=104500),
                 Q("c.cc.expiry", "On what date will the current arrangement come to an end, disregarding any optional extensions?",
                   ans="31 March 2028.", fact="2028-03-31"),
                 Q("c.cc.contact", "Who is the accountable manager for this contract (name and role)?",
                   ans="Helen Ashdown, Head of Customer Experience.",
                   fact="Helen Ashdown, Head of Customer Experience"),
             ]),
              ("Part B: inbound telephony", [
                  Q("c.net.supplier", "Name the company contracted to provide your inbound call numbers, routing and IVR.",
                    ans="Tamsin Telecom plc.", fact="Tamsin Telecom plc"),
                  Q("c.net.spend", "What does this cost the Council in a typical year?", "W", ["s43(2)"]),
                  Q("c.net.expiry", "On what date will the current arrangement come to an end, disregarding any optional extensions?",
                    ans="30 June 2026.", fact="2026-06-30"),
              ])],
             traps=["identical expiry sentence in parts A and B", "strong rewording of the round robin"],
             v=dict(date=2, ref="reference", intro="thanks"))

CH1 = Letter(W, "FOI/17/0702", "2017-09-04", "2017-08-08", "txt", "qa", "Pothole repairs and claims",
             one(
                 Q("c.hw.contractor", "Who carries out pothole repairs on the Council's behalf?",
                   ans="Bramblestone Highways Ltd, our term maintenance contractor.",
                   fact="Bramblestone Highways Ltd"),
                 Q("c.hw.depth", "What is the minimum depth at which a pothole in the road will be repaired?",
                   ans="40mm.", fact="40mm"),
                 Q("c.hw.claims", "How many claims for vehicle damage caused by potholes did the Council receive in 2016/17?",
                   ans="412"),
                 Q("c.hw.claims_paid", "How much was paid out in compensation for those claims?", ans="£61,230"),
                 Q("c.hw.ontime", "What percentage of reported potholes were repaired within your target time?", "H",
                   ans="The Council does not record repairs in a way that allows this percentage to be produced, so the information is not held."),
             ),
             wrap=0, v=dict(date=2, ref="ourref", intro="received"))

CH2 = Letter(W, "FOI/18/0915", "2018-10-22", "2018-09-25", "docx", "numbered", "Highway defect intervention levels",
             one(
                 Q("c.hw.depth", "At what depth does a carriageway defect become actionable under your highway safety inspection policy?",
                   ans="40 millimetres.", fact="40mm"),
                 Q("c.hw.depth_footway", "At what depth does a trip hazard on a footway become actionable?",
                   ans="20 millimetres.", fact="20mm"),
                 Q("c.hw.claims", "The number of pothole-related damage claims lodged in 2017/18.", ans="455"),
                 Q("c.hw.s58", "Of those claims, how many were rejected on the basis of the statutory defence under section 58 of the Highways Act 1980?",
                   ans="291"),
                 Q("c.hw.claims_paid", "The total compensation paid on those claims in 2017/18.", ans="£58,900"),
             ),
             traps=["section 58 of the Highways Act is not an exemption", "carriageway vs footway depth"],
             v=dict(date=1, ref="ourref", intro="received"))

CH3 = Letter(W, "FOI/20/0233", "2020-03-09", "2020-02-10", "md", "you_asked", "Highways term maintenance contract",
             one(
                 Q("c.hw.contractor", "Please name the firm that holds your highways term maintenance contract.",
                   ans="Bramblestone Highways Ltd.", fact="Bramblestone Highways Ltd"),
                 Q("c.hw.expiry", "When does that contract end?", ans="31 March 2024.", fact="2024-03-31"),
                 Q("c.hw.cat1", "How quickly are you required to make safe a Category 1 defect?",
                   ans="Within 24 hours of it being reported.", fact="24 hours"),
                 Q("c.hw.repairs", "How many potholes did you repair in calendar year 2019?", ans="17,342"),
                 Q("c.hw.ontime", "What proportion of these were repaired within the target timescale?", "H",
                   ans="We do not record this information."),
             ),
             v=dict(date=3, ref="reference", intro="thanks"))

CH5 = Letter(W, "WCC-FOI-02611", "2024-05-07", "2024-04-10", "pdf-chromium", "table", "Highways maintenance and pothole claims",
             one(
                 Q("c.hw.contractor", "Who is your highways maintenance contractor, and when did the contract start?",
                   ans="Corvane Infrastructure Services Ltd. The contract started on 1 April 2024.",
                   fact="Corvane Infrastructure Services Ltd"),
                 Q("c.hw.expiry", "End date of the highways maintenance contract.",
                   ans="31 March 2031 (with a possible extension of up to three years).", fact="2031-03-31"),
                 Q("c.hw.cat1", "Target response time for Category 1 (urgent) defects.", ans="24 hours.", fact="24 hours"),
                 Q("c.hw.claims", "How many third-party claims relating to potholes did you receive in 2023/24?", ans="1,036"),
                 Q("c.hw.s58", "How many of those were repudiated because the Council relied on its section 58 defence?",
                   ans="702"),
                 Q("c.hw.ontime", "Proportion of potholes fixed within the target time in 2023/24.", "H",
                   ans="We are unable to provide this. Our asset management system does not record the date of repair against the target date, so the information is not held."),
             ),
             v=dict(date=1, ref="ourref", intro="received"))

CW1 = Letter(W, "FOI/18/0211", "2018-03-13", "2018-02-13", "txt", "restate", "Residual waste treatment contract",
             one(
                 Q("c.waste.contractor", "Who operates the Council's residual waste treatment (PFI) contract?",
                   ans="Harlow Vale Resource Recovery Ltd.", fact="Harlow Vale Resource Recovery Ltd"),
                 Q("c.waste.value", "What is the total value of the contract?", "W", ["s43(2)"]),
                 Q("c.waste.expiry", "When does the contract expire?", ans="31 March 2033.", fact="2033-03-31"),
                 Q("c.waste.tonnage", "How many tonnes of residual waste were delivered under the contract in 2016/17?",
                   ans="212,400 tonnes."),
             ),
             wrap=76, v=dict(date=2, ref="ourref", intro="received"))

CW2 = Letter(W, "WCC-FOI-00102", "2021-01-26", "2020-12-29", "pdf-gs", "decision", "Energy from waste plant",
             one(
                 Q("c.waste.tonnage", "The tonnage delivered to the energy-from-waste plant in 2019/20.", ans="219,050 tonnes."),
                 Q("c.waste.unitary", "The annual unitary charge paid to the operator in 2019/20.", "W", ["s43(2)"]),
                 Q("c.waste.contractor", "The name of the company operating the plant.",
                   ans="Harlow Vale Resource Recovery Ltd.", fact="Harlow Vale Resource Recovery Ltd"),
                 Q("c.waste.carbon", "The CO2 emissions attributable to the contract in 2019/20.", "H",
                   ans="No information held. The Council does not calculate emissions for this contract."),
             ),
             traps=["annual unitary charge is not the whole-contract value"],
             v=dict(date=1, ref="banner", intro="seek"))

CW3 = Letter(W, "WCC-FOI-01766", "2023-07-19", "2023-06-21", "docx", "qa", "Energy from waste contract",
             one(
                 Q("c.waste.contractor", "Please tell me which firm runs your energy-from-waste contract.",
                   ans="Harlow Vale Resource Recovery Ltd.", fact="Harlow Vale Resource Recovery Ltd"),
                 Q("c.waste.value", "Please tell me the contract's overall value over its full term.", "W", ["s43(2)"]),
                 Q("c.waste.expiry", "Please tell me the end date of the contract.", ans="31/03/2033", fact="2033-03-31"),
                 Q("c.waste.carbon", "Please tell me the carbon emissions associated with the contract in 2022/23.", "H",
                   ans="This information is not held by the Council."),
             ),
             v=dict(date=4, ref="ourref", intro="thanks"))

CS1 = Letter(W, "FOI/19/0129", "2019-02-11", "2019-01-14", "html", "table", "Agency social workers",
             one(
                 Q("c.sw.count", "How many agency social workers does the Council currently engage in children's services?", ans="47"),
                 Q("c.sw.msp", "Which managed service provider supplies them?", ans="Tavistock Recruitment Partners"),
                 Q("c.sw.rate", "What is the highest hourly rate paid for an agency social worker?", "W", ["s43(2)"]),
                 Q("c.sw.spend", "What was the total spend on agency social workers in 2017/18?", ans="£3.4m"),
             ),
             v=dict(date=2, ref="reference", intro="thanks"))

CC1 = Letter(W, "WCC-FOI-01021", "2022-01-10", "2021-12-08", "md", "interleaved", "Cyber security",
             one(
                 Q("rr.cyber.ransomware", "In the last three years has the Council been the subject of a ransomware attack?",
                   ans="No.", fact="No"),
                 Q("rr.cyber.paid", "Has the Council ever paid a ransom to regain access to its systems or data?",
                   ans="No.", fact="No"),
                 Q("rr.cyber.insurance", "Does the Council hold cyber insurance?", ans="Yes.", fact="Yes"),
                 Q("c.cyber.training", "What proportion of staff completed cyber awareness training in 2020/21?", ans="94%"),
             ),
             v=dict(date=2, ref="ourref", intro="received", il="response"))

# ====================================================================
# Harrowmere Constabulary
# ====================================================================
P = "hpol"
PB1 = Letter(P, "FOI 0344/17", "2017-04-03", "2017-03-06", "txt", "interleaved", "Body worn video",
             one(
                 Q("p.bwv.supplier", "Please tell me the manufacturer of the body worn cameras used by your officers.",
                   ans="Vantor Optics Ltd.", fact="Vantor Optics Ltd"),
                 Q("p.bwv.count", "How many body worn cameras does the force have?", ans="620", fact=620),
                 Q("p.bwv.cost", "What was the total cost of the body worn video contract?", "W", ["s43(2)"]),
                 Q("p.bwv.storage", "Where is the footage stored (on premises or cloud) and which system is used?",
                   ans="Footage is stored in Vantor EvidenceCloud, hosted in UK data centres.",
                   fact="Vantor EvidenceCloud"),
                 Q("p.bwv.policy", "Please provide a copy of the force's body worn video policy.", "R", ["s21(1)"],
                   ans="The policy is published on our website and is therefore exempt under section 21 (information reasonably accessible by other means): https://www.harrowmere.police.uk/foi-ai/policies/body-worn-video"),
             ),
             wrap=90, v=dict(date=1, ref="banner", intro="seek", il="request"))

PB2 = Letter(P, "FOI 0801/19", "2019-06-24", "2019-05-28", "docx", "table", "Body worn video contract",
             one(
                 Q("p.bwv.count", "Number of BWV devices currently issued.", ans="1,180", fact=1180),
                 Q("p.bwv.supplier", "Supplier of the devices.", ans="Vantor Optics Ltd", fact="Vantor Optics Ltd"),
                 Q("p.bwv.expiry", "Expiry date of the contract.", ans="30 September 2023", fact="2023-09-30"),
                 Q("p.bwv.cost", "Value of the contract.", "W", ["s43(2)"]),
                 Q("p.bwv.storage", "Name of the digital evidence management system used to store BWV footage.",
                   ans="Vantor EvidenceCloud", fact="Vantor EvidenceCloud"),
             ),
             v=dict(date=2, ref="banner", intro="seek"))

PB3 = Letter(P, "FOI2023/01644", "2023-11-08", "2023-10-11", "html", "you_asked", "Body-worn video",
             one(
                 Q("p.bwv.supplier", "Who provides your body-worn video?", ans="Vantor Optics Ltd.", fact="Vantor Optics Ltd"),
                 Q("p.bwv.count", "How many body-worn video units are in service across the force?", ans="1,450.", fact=1450),
                 Q("p.bwv.pcso", "How many of those units are allocated to PCSOs?", ans="95."),
                 Q("p.bwv.cost", "How much is the force spending on the body-worn video contract?", "W", ["s43(2)"]),
                 Q("p.bwv.expiry", "When does the current body-worn video contract end?", ans="30/09/2027.", fact="2027-09-30"),
                 Q("p.bwv.storage", "What platform is used to hold the recordings?", ans="Vantor EvidenceCloud.",
                   fact="Vantor EvidenceCloud"),
             ),
             traps=["PCSO allocation is a scoped look-alike of the device count"],
             v=dict(date=1, ref="reference", intro="thanks"))

PD1 = Letter(P, "FOI 0166/18", "2018-02-19", "2018-01-22", "md", "qa", "Drones",
             one(
                 Q("p.drone.count", "How many unmanned aerial vehicles (drones) does Harrowmere Constabulary own?",
                   ans="3", fact=3),
                 Q("p.drone.models", "What make and model are they?",
                   ans="DJI Inspire 2 (two) and DJI Phantom 4 Pro (one).",
                   fact="DJI Inspire 2 x2; DJI Phantom 4 Pro x1"),
                 Q("p.drone.spend", "How much has been spent buying them?", ans="£38,500"),
                 Q("p.drone.pilots", "How many officers are trained to fly them?", ans="12"),
             ),
             v=dict(date=2, ref="ourref", intro="received"))

PD2 = Letter(P, "FOI 0912/20", "2020-07-27", "2020-06-29", "pdf-gs", "restate", "Unmanned aerial vehicles",
             one(
                 Q("p.drone.deploy", "How many times were drones deployed in 2019?", ans="412"),
                 Q("p.drone.count", "What is the size of the current drone fleet?", ans="6", fact=6),
                 Q("p.drone.models", "Please give the make and model of each aircraft.",
                   ans="DJI Matrice 210 RTK (four) and DJI Mavic 2 Enterprise Dual (two).",
                   fact="DJI Matrice 210 RTK x4; DJI Mavic 2 Enterprise Dual x2"),
                 Q("p.drone.pilots", "How many qualified remote pilots does the force have?", ans="21"),
             ),
             v=dict(date=1, ref="banner", intro="seek"))

PD3 = Letter(P, "FOI2024/00388", "2024-03-11", "2024-02-12", "pdf-gs", "decision", "Drone fleet",
             one(
                 Q("p.drone.count", "Please state how many drones the force currently operates.", ans="9", fact=9),
                 Q("p.drone.models", "Please list the manufacturer and model of each.", "W", ["s24(1)", "s31(1)(a)"]),
                 Q("p.drone.pilots", "Please state how many staff hold a remote pilot qualification.", "W", ["s31(1)(a)"]),
                 Q("p.drone.deploy", "Please state the number of deployments in 2023.", ans="1,108"),
             ),
             v=dict(date=1, ref="banner", intro="seek"))

PI1 = Letter(P, "FOI2024/02045", "2024-12-02", "2024-11-12", "pdf-soffice", "decision",
             "Contact centre and inbound network contracts",
             [("Part 1 - contact centre", [
                 Q("p.cc.supplier", SAMPLE_SUP, "W", ["s31(1)(a)", "s31(1)(b)"]),
                 Q("p.cc.spend", SAMPLE_SPEND, "H",
                   ans="No information held. The value of the contact centre element is not recorded separately from the full contract value."),
                 Q("p.cc.expiry", SAMPLE_EXP, "W", ["s31(1)(a)", "s31(1)(b)"]),
                 Q("p.cc.sites", "Number of Sites: please can you provide me with the number of sites the contact centre covers.",
                   ans="The contact centre covers 2 sites."),
                 Q("p.cc.users", "Number of email users: approximate number of email users across the organisation.",
                   ans="3,400"),
             ]),
              ("Part 2 - inbound network services", [
                  Q("p.net.supplier", SAMPLE_SUP, "W", ["s31(1)(a)", "s31(1)(b)"]),
                  Q("p.net.expiry", SAMPLE_EXP, "W", ["s31(1)(a)", "s31(1)(b)"]),
                  Q("p.net.contact", SAMPLE_CONTACT, ans="ictservicedesk@harrowmere.police.uk"),
              ])],
             traps=["decision paragraph naming questions by part", "same sentences in both parts"],
             v=dict(date=1, ref="banner", intro="seek"),
             preamble=("I wish to submit a freedom of information request relating to the organisation's ICT "
                       "contracts, specifically contact centre contract(s) and inbound network services contract(s)."))

PC1 = Letter(P, "FOI 0702/18", "2018-07-09", "2018-06-11", "txt", "qa", "Covert communications and digital forensics",
             one(
                 Q("p.imsi", "Does the force use IMSI catchers (covert communications data capture equipment)?", "N",
                   ["s23(5)", "s24(2)", "s31(3)"]),
                 Q("p.mpe.kiosks", "How many mobile phone extraction kiosks does the force have?", ans="14", fact=14),
                 Q("p.mpe.supplier", "Who supplies the kiosk software?", ans="Tallis Digital Forensics.",
                   fact="Tallis Digital Forensics"),
             ),
             wrap=80, v=dict(date=2, ref="ourref", intro="received"))

PC2 = Letter(P, "FOI 0287/21", "2021-03-15", "2021-02-15", "pdf-chromium", "you_asked", "Facial recognition and surveillance technology",
             one(
                 Q("p.frt.live", "Has the force deployed live facial recognition in public spaces?",
                   ans="No. Harrowmere Constabulary has not deployed live facial recognition.", fact="No"),
                 Q("p.frt.retro", "Does the force use retrospective facial recognition software to compare images against its custody database?",
                   "N", ["s24(2)", "s31(3)"]),
                 Q("p.imsi", "Do you own or lease any IMSI catcher devices?", "N", ["s23(5)", "s24(2)", "s31(3)"]),
                 Q("p.mpe.kiosks", "How many self-service digital device extraction kiosks are deployed in the force area?",
                   ans="22", fact=22),
             ),
             v=dict(date=1, ref="reference", intro="thanks"))

PC3 = Letter(P, "FOI2023/00811", "2023-05-22", "2023-04-24", "docx", "interleaved", "Digital forensics, ANPR and surveillance",
             one(
                 Q("p.mpe.kiosks", "Number of digital forensic kiosks used for extracting data from phones.", ans="24", fact=24),
                 Q("p.mpe.supplier", "Name of the supplier of that kiosk technology.", ans="Tallis Digital Forensics",
                   fact="Tallis Digital Forensics"),
                 Q("p.frt.retro", "Is retrospective facial recognition used by the force?", "N", ["s24(2)", "s31(3)"]),
                 Q("p.anpr.locations", "Please provide the locations of all fixed ANPR cameras.", "W", ["s31(1)(a)", "s31(1)(b)"]),
                 Q("p.anpr.count", "How many fixed ANPR cameras are there?", ans="118"),
                 Q("p.imsi", "Does the force hold IMSI grabbers?", "N", ["s23(5)", "s24(2)", "s31(3)"]),
             ),
             v=dict(date=2, ref="ourref", intro="received", il="response"))

PU1 = Letter(P, "FOI 0102/20", "2020-02-03", "2020-01-06", "html", "interleaved", "Tattoos and appearance policy",
             one(
                 Q("p.tattoo.policy", "Please provide your policy on visible tattoos for officers and staff.", "R", ["s21(1)"],
                   ans="This is published on our website (Appearance Standards policy) and is therefore reasonably accessible under section 21: https://www.harrowmere.police.uk/foi-ai/policies/appearance"),
                 Q("p.tattoo.rejected", "How many applicants were rejected because of tattoos in 2019?", "H",
                   ans="This information is not held. Recruitment records do not capture reasons at this level."),
             ),
             v=dict(date=2, ref="reference", intro="thanks", il="request"))

# ====================================================================
# Eastwick and Marl Hospitals NHS Foundation Trust
# ====================================================================
N = "emh"
NA1 = Letter(N, "FOI/0934/17", "2017-11-20", "2017-10-23", "txt", "interleaved", "Agency staffing",
             one(
                 Q("n.ag.spend_nursing", "What was the Trust's total spend on agency nursing staff in 2016/17?", ans="£6,842,000"),
                 Q("n.ag.top", "Which staffing agency did the Trust spend the most money with in 2016/17?",
                   ans="Medstaff Locums Ltd.", fact="Medstaff Locums Ltd"),
                 Q("n.ag.rate_doctor", "What is the highest hourly rate paid to an agency doctor?", "W", ["s43(2)"]),
                 Q("n.ag.framework", "Which procurement framework does the Trust use to engage agency staff?",
                   ans="Northern Health Staffing Framework.", fact="Northern Health Staffing Framework"),
             ),
             wrap=84, v=dict(date=2, ref="ourref", intro="received", il="response"))

NA2 = Letter(N, "FOI/0412/19", "2019-04-29", "2019-04-01", "pdf-soffice", "table", "Agency spend and rates",
             one(
                 Q("n.ag.top", "Name of the agency with the largest share of the Trust's agency spend in 2018/19.",
                   ans="Medstaff Locums Ltd", fact="Medstaff Locums Ltd"),
                 Q("n.ag.rate_nurse", "Highest hourly rate paid for an agency registered nurse.", ans="£62.40", fact=62.40),
                 Q("n.ag.rate_doctor", "Highest hourly rate paid for an agency medical locum.", "W", ["s43(2)"]),
                 Q("n.ag.spend_all", "Total agency spend in 2018/19 (all staff groups).", ans="£14.1m"),
             ),
             traps=["nurse rate vs doctor rate look-alikes"],
             v=dict(date=1, ref="ourref", intro="thanks"))

NA3_QS = lambda rate: one(
    Q("n.ag.top", "Who was your biggest agency supplier by value in 2020/21?", ans="Pinnacle Clinical Staffing.",
      fact="Pinnacle Clinical Staffing"),
    Q("n.ag.framework", "Are agency workers booked via a national framework? If so, which one?",
      ans="Yes. The Northern Health Staffing Framework.", fact="Northern Health Staffing Framework"),
    rate,
    Q("n.ag.offframework", "How many shifts were filled using off-framework agencies in 2020/21?", ans="1,204"),
)
NA3 = Letter(N, "EMH-FOI-1123", "2021-08-16", "2021-07-19", "html", "numbered", "Agency workers",
             NA3_QS(Q("n.ag.rate_doctor", "What is the most the Trust has paid per hour for a locum doctor supplied by an agency?",
                      "W", ["s43(2)"])),
             v=dict(date=2, ref="reference", intro="thanks"))

NA4 = Letter(N, "EMH-IR-0041", "2021-10-25", "2021-07-19", "pdf-chromium", "review", "Internal review: agency workers",
             NA3_QS(Q("n.ag.rate_doctor", "What is the most the Trust has paid per hour for a locum doctor supplied by an agency?",
                      ans="£165.00 per hour (consultant grade, emergency medicine, 2020/21).", fact=165)),
             traps=["internal review: outcome overturns s43(2) on question 3", "quotes original reference EMH-FOI-1123"],
             review=dict(original="EMH-FOI-1123", original_date="16 August 2021", asked="23 August 2021",
                         changed=[3]),
             v=dict(date=1, ref="reviewref", intro="review"))

NA5 = Letter(N, "EMH-FOI-2290", "2024-01-22", "2023-12-27", "md", "you_asked", "Agency staffing 2022/23",
             one(
                 Q("n.ag.top", "Tell me the agency to which the Trust paid the most in 2022/23.",
                   ans="Pinnacle Clinical Staffing.", fact="Pinnacle Clinical Staffing"),
                 Q("n.ag.rate_nurse", "Tell me the top hourly charge paid for an agency nurse (Band 5 equivalent).",
                   ans="£71.80 per hour.", fact=71.80),
                 Q("n.ag.framework", "Tell me which framework agreement is used for agency bookings.",
                   ans="Northern Health Staffing Framework.", fact="Northern Health Staffing Framework"),
                 Q("n.ag.spend_all", "Tell me the total agency expenditure for 2022/23.", ans="£19.6m"),
             ),
             v=dict(date=2, ref="reference", intro="thanks"))

NC1 = Letter(N, "FOI/0388/18", "2018-05-14", "2018-04-16", "txt", "restate", "Cyber security",
             one(
                 Q("rr.cyber.ransomware", "Has the Trust suffered a ransomware attack since January 2016?", ans="No.", fact="No"),
                 Q("rr.cyber.paid", "Has the Trust ever paid a ransom?", ans="No.", fact="No"),
                 Q("n.cy.training", "What percentage of staff have completed data security awareness training?", ans="78%", fact=78),
                 Q("n.cy.backup", "Which backup solution do you use?", ans="Ashlar Data Protect.", fact="Ashlar Data Protect"),
             ),
             wrap=0, v=dict(date=1, ref="ourref", intro="received"))

NC2 = Letter(N, "FOI/1190/20", "2020-12-07", "2020-11-09", "pdf-gs", "numbered", "Cyber security",
             one(
                 Q("rr.cyber.ransomware", "Has the Trust been affected by ransomware in the last two years?", ans="No.", fact="No"),
                 Q("rr.cyber.paid", "Has the Trust at any time paid a ransom demand?", ans="No.", fact="No"),
                 Q("n.cy.backup", "Who supplies the Trust's backup software?", "W", ["s31(1)(a)"]),
                 Q("n.cy.budget", "What is the Trust's annual budget for cyber security?", ans="£410,000"),
                 Q("n.cy.training", "What percentage of staff are compliant with data security training?", ans="86%", fact=86),
             ),
             v=dict(date=2, ref="ourref", intro="received"))

NC3 = Letter(N, "EMH-FOI-2031", "2023-02-27", "2023-01-30", "docx", "you_asked", "Cyber resilience",
             one(
                 Q("n.cy.budget", "How much does the Trust budget each year for cyber security?", ans="£655,000"),
                 Q("rr.cyber.ransomware", "Has a ransomware attack affected the Trust in the past three years?", ans="No.", fact="No"),
                 Q("n.cy.backup", "Which vendor's product protects your backups?", "W", ["s31(1)(a)"]),
                 Q("n.cy.training", "What proportion of staff have completed the annual Data Security Awareness training?",
                   ans="91%.", fact=91),
                 Q("rr.cyber.paid", "Has the Trust ever paid a ransom to an attacker?", ans="No.", fact="No"),
             ),
             v=dict(date=1, ref="reference", intro="thanks"))

NE1 = Letter(N, "FOI/0977/19", "2019-09-30", "2019-09-02", "html", "interleaved", "Electronic patient record",
             one(
                 Q("n.epr.supplier", "Which supplier provides the Trust's electronic patient record?", ans="Halcyon Health Systems.",
                   fact="Halcyon Health Systems"),
                 Q("n.epr.golive", "When did the EPR go live?", ans="November 2016."),
                 Q("n.epr.expiry", "When does the EPR contract expire?", ans="31 October 2026.", fact="2026-10-31"),
                 Q("n.epr.value", "What is the value of the contract?", "W", ["s43(2)"]),
             ),
             v=dict(date=2, ref="reference", intro="thanks", il="qa_inline"))

NE2 = Letter(N, "EMH-FOI-1780", "2022-11-21", "2022-10-24", "pdf-chromium", "decision", "Clinical systems contracts",
             one(
                 Q("n.epr.supplier", "Name of your EPR vendor.", ans="Halcyon Health Systems.", fact="Halcyon Health Systems"),
                 Q("n.epr.value", "Total contract value of the EPR.", "W", ["s43(2)"]),
                 Q("n.epr.expiry", "EPR contract end date.", ans="31/10/2026", fact="2026-10-31"),
                 Q("n.roster.supplier", "Name of the supplier of your e-rostering system.", ans="Loomis Rota Ltd.",
                   fact="Loomis Rota Ltd"),
             ),
             v=dict(date=1, ref="ourref", intro="received"))

# ====================================================================
# Mereside Fire and Rescue Service
# ====================================================================
F = "mfrs"
FF1 = Letter(F, "F0412", "2017-10-16", "2017-09-18", "txt", "numbered", "Fleet",
             one(
                 Q("f.fleet.appliances", "How many front-line fire engines (pumping appliances) does the Service have?", ans="28", fact=28),
                 Q("f.fleet.aerial", "How many aerial ladder platforms or turntable ladders do you have?", ans="3", fact=3),
                 Q("f.fleet.age", "What is the average age of your front-line fire engines?", ans="9.4 years"),
                 Q("f.fleet.builder", "Who built the bodywork on your most recent appliances?",
                   ans="Emberline Vehicle Engineering.", fact="Emberline Vehicle Engineering"),
             ),
             wrap=78, v=dict(date=2, ref="ourref", intro="received"))

FF2 = Letter(F, "F0761", "2019-12-09", "2019-11-11", "docx", "interleaved", "Fleet and control room systems",
             one(
                 Q("f.fleet.appliances", "Total number of pumping appliances in operational use.", ans="27", fact=27),
                 Q("f.fleet.builder", "Appliance bodybuilder used for your current build programme.",
                   ans="Emberline Vehicle Engineering", fact="Emberline Vehicle Engineering"),
                 Q("f.mob.supplier", "Supplier of your control room mobilising system.", ans="Sentinel Control Systems",
                   fact="Sentinel Control Systems"),
                 Q("f.mob.expiry", "Expiry date of the mobilising system contract.", ans="31 March 2024", fact="2024-03-31"),
                 Q("f.mob.value", "Contract value of the mobilising system.", "W", ["s43(2)"]),
             ),
             v=dict(date=3, ref="ourref", intro="thanks", il="request"))

FF3 = Letter(F, "MFRS-FOI-22-019", "2022-02-28", "2022-01-31", "pdf-soffice", "table", "Control room and station alerting contracts",
             [("Part 1 – Mobilising system", [
                 Q("f.mob.supplier", "Who is the supplier of the system?", ans="Sentinel Control Systems",
                   fact="Sentinel Control Systems"),
                 Q("f.mob.expiry", "When does the contract end?", ans="31 March 2027 (extended in 2021)", fact="2027-03-31"),
                 Q("f.mob.value", "What is the contract value?", "W", ["s43(2)"]),
             ]),
              ("Part 2 – Station end alerting system", [
                  Q("f.sea.supplier", "Who is the supplier of the system?", ans="Fortis Alerting Ltd"),
                  Q("f.sea.expiry", "When does the contract end?", ans="30 September 2025"),
                  Q("f.sea.value", "What is the contract value?", ans="£212,000"),
              ])],
             traps=["identical questions in parts 1 and 2 about two systems"],
             v=dict(date=1, ref="ourref", intro="thanks"))

FF4 = Letter(F, "MFRS-FOI-24-133", "2024-08-05", "2024-07-08", "html", "you_asked", "Fleet",
             one(
                 Q("f.fleet.appliances", "How many fire engines are available for front-line response?", ans="26.", fact=26),
                 Q("f.fleet.aerial", "How many aerial appliances (turntable ladders or aerial ladder platforms) are in the fleet?",
                   ans="3.", fact=3),
                 Q("f.fleet.ev", "How many electric vehicles are in the support (non-operational) fleet?", ans="14."),
                 Q("f.fleet.builder", "Which company is contracted to build new fire engines for you?",
                   ans="Emberline Vehicle Engineering.", fact="Emberline Vehicle Engineering"),
                 Q("f.fleet.age", "What is the average age of your front-line appliances?", ans="10.1 years."),
             ),
             v=dict(date=2, ref="reference", intro="thanks"))

FC1 = Letter(F, "MFRS-FOI-21-088", "2021-06-07", "2021-05-10", "md", "numbered", "Cyber security and drones",
             one(
                 Q("rr.cyber.ransomware", "Has the Service been affected by ransomware in the past three years?", ans="No.", fact="No"),
                 Q("rr.cyber.paid", "Has the Service ever paid a ransom demand?", ans="No.", fact="No"),
                 Q("f.drone.count", "How many drones does the Service operate?", ans="2"),
             ),
             v=dict(date=1, ref="ourref", intro="received"))

FS1 = Letter(F, "MFRS-FOI-23-061", "2023-04-24", "2023-03-27", "pdf-gs", "qa", "Firefighter numbers",
             one(
                 Q("f.oncall.count", "How many on-call (retained) firefighters does the Service employ?", ans="312"),
                 Q("f.wholetime.count", "How many wholetime firefighters does the Service employ?", ans="398"),
                 Q("f.oncall.avail", "What was average on-call appliance availability in 2022/23?", ans="78.5%"),
             ),
             v=dict(date=2, ref="ourref", intro="received"))

HISTORY = [CL1, CL2, CL4, CH1, CH2, CH3, CH5, CW1, CW2, CW3, CS1, CC1,
           PB1, PB2, PB3, PD1, PD2, PD3, PI1, PC1, PC2, PC3, PU1,
           NA1, NA2, NA3, NA4, NA5, NC1, NC2, NC3, NE1, NE2,
           FF1, FF2, FF3, FF4, FC1, FS1]

# ====================================================================
# Drafts
# ====================================================================
D1 = Letter(W, "WCC-FOI-04410", "2025-11-18", "2025-10-22", "docx", "decision",
            "Contact centre and inbound network services contracts",
            [("Part 1 - contact centre", [
                Q("c.cc.supplier", SAMPLE_SUP, ans="Orrin Cloud Contact Ltd", fact="Orrin Cloud Contact Ltd"),
                Q("c.cc.spend", SAMPLE_SPEND, "W", ["s43(2)"]),
                Q("c.cc.expiry", SAMPLE_EXP, ans="31/03/2028", fact="2028-03-31"),
                Q("c.cc.contact", SAMPLE_CONTACT, "P", ["s40(2)"],
                  ans="The officer responsible is the Head of Customer Experience. Their name, telephone number and email address are personal data and are withheld under section 40(2).",
                  fact="Head of Customer Experience"),
                Q("c.cc.agents", "Number of Agents: please provide me with the total number of contact centre agents.",
                  ans="58 FTE", fact=58),
                Q("c.ooh.supplier", "Out of Hours: who supplies the out-of-hours emergency call answering service for the Council?",
                  ans="Brookmere Careline Ltd"),
            ]),
             ("Part 2 - inbound network services", [
                 Q("c.net.supplier", SAMPLE_SUP, ans="Tamsin Telecom plc", fact="Tamsin Telecom plc"),
                 Q("c.net.spend", SAMPLE_SPEND, "W", ["s41(1)"]),
                 Q("c.net.expiry", SAMPLE_EXP, ans="The contract was extended and now expires on 30 June 2028.",
                   fact="2028-06-30"),
             ])],
            draft=True, traps=["same expiry sentence in both parts; each must match its own part"],
            v=dict(date=1, ref="banner", intro="seek"),
            preamble=("I wish to submit a freedom of information request relating to the organisation's ICT "
                      "contracts, specifically contact centre contract(s) and inbound network services contract(s)."))

D2 = Letter(W, "WCC-EIR-04377", "2025-10-21", "2025-09-23", "md", "numbered", "Energy from waste contract",
            one(
                Q("c.waste.contractor", "Identify the operator of your energy from waste facility contract.",
                  ans="Harlow Vale Resource Recovery Ltd operates the facility.", fact="Harlow Vale Resource Recovery Ltd"),
                Q("c.waste.value", "State the whole-life value of that contract.", "W", ["reg12(5)(e)"]),
                Q("c.waste.expiry", "State the date on which the contract terminates.",
                  ans="The contract runs until the end of March 2033 (31.03.2033).", fact="2033-03-31"),
                Q("c.waste.carbon", "State the greenhouse gas emissions associated with the contract for 2024/25.", "H",
                  ["reg12(4)(a)"],
                  ans="The Council does not hold this information and regulation 12(4)(a) therefore applies."),
            ),
            regime="eir", draft=True, consistent=True,
            traps=["regime change: FOIA s43(2) earlier, EIR reg 12(5)(e) now, no finding"],
            v=dict(date=2, ref="ourref", intro="received"))

D3 = Letter(W, "WCC-FOI-04492", "2025-12-02", "2025-11-04", "txt", "interleaved", "Potholes",
            one(
                Q("c.hw.contractor", "Which company repairs potholes for the Council?",
                  ans="Corvane Infrastructure Services Ltd.", fact="Corvane Infrastructure Services Ltd"),
                Q("c.hw.expiry", "When is this contract due to end?", ans="31st March 2031.", fact="2031-03-31"),
                Q("c.hw.depth", "What depth must a pothole on a road reach before you will repair it?", ans="40 mm.", fact="40mm"),
                Q("c.hw.depth_footway", "What depth must a trip hazard on a pavement reach before you will repair it?",
                  ans="20 mm.", fact="20mm"),
                Q("c.hw.depth_cycle", "What depth must a defect on a segregated cycle track reach before you will repair it?",
                  ans="15 mm."),
                Q("c.hw.cat1", "How long do you allow for making safe the most urgent road defects?",
                  ans="One day (24 hours) from the report.", fact="24 hours"),
                Q("c.hw.s58", "In the last financial year, how many pothole damage claims did the Council reject by relying on the section 58 defence?",
                  "H", ans="The Council no longer records the reason for repudiating individual claims, so this information is not held."),
                Q("c.hw.ontime", "What proportion of potholes were fixed inside your target time?",
                  ans="91% of potholes were repaired within target in 2024/25."),
                Q("c.hw.repairs_aroad", "How many potholes were repaired on A roads in 2024/25?", ans="3,118"),
            ),
            draft=True, traps=["cycle track depth and A-road repairs are look-alikes"],
            wrap=82, v=dict(date=2, ref="ourref", intro="received", il="response"))

D4 = Letter(P, "FOI2025/02210", "2025-10-29", "2025-10-01", "docx", "numbered", "Body worn video",
            one(
                Q("p.bwv.supplier", "Name the company contracted to supply your body worn video equipment.",
                  ans="Vantor Optics Ltd.", fact="Vantor Optics Ltd"),
                Q("p.bwv.count", "What is the total number of body worn video cameras the force currently holds?",
                  ans="1450 cameras.", fact=1450),
                Q("p.bwv.cost", "What is the value of the current BWV contract?",
                  ans="£1.2m over the four-year term (2023 to 2027)."),
                Q("p.bwv.storage", "Which cloud or on-premise system stores the footage captured?", "W",
                  ["s24(1)", "s31(1)(a)"]),
                Q("p.bwv.expiry", "On what date does the current BWV contract expire?", ans="30th September 2027.",
                  fact="2027-09-30"),
                Q("p.bwv.lost", "How many BWV cameras were reported lost or damaged beyond repair in 2024/25?", ans="37"),
            ),
            draft=True, v=dict(date=1, ref="banner", intro="seek"))

D5 = Letter(P, "FOI2025/02577", "2025-12-15", "2025-11-17", "pdf-soffice", "qa", "Surveillance technology",
            one(
                Q("p.imsi", "Please confirm whether Harrowmere Constabulary possesses any cell-site simulators.", "N",
                  ["s23(5)", "s24(2)", "s31(3)"]),
                Q("p.frt.retro", "Do you run retrospective facial recognition searches against custody images?", "W",
                  ["s31(1)(a)"],
                  ans="Harrowmere Constabulary can confirm that it holds information relevant to this question. However, the detail is withheld under section 31(1)(a) (law enforcement), as disclosure would reveal tactical capability."),
                Q("p.mpe.kiosks", "How many kiosks for downloading data from mobile phones does the force operate?", "N",
                  ["s24(2)", "s31(3)"]),
                Q("p.mpe.supplier", "Who makes the kiosk software?", ans="Tallis Digital Forensics.",
                  fact="Tallis Digital Forensics"),
                Q("p.anpr.locations", "Where are your fixed ANPR cameras sited?", "W", ["s24(1)"]),
                Q("p.anpr.vehicles", "How many ANPR-equipped vehicles does the force have?", ans="31"),
            ),
            draft=True, traps=["cell-site simulator = IMSI catcher", "ANPR vehicles look-alike of fixed cameras"],
            v=dict(date=2, ref="ourref", intro="received"))

D6 = Letter(P, "FOI2026/00071", "2026-01-20", "2025-12-18", "md", "you_asked", "Drones",
            one(
                Q("p.drone.count", "What is the size of your drone fleet today?", ans="9 aircraft.", fact=9),
                Q("p.drone.models", "Which makes and models of drone do you fly?", "W", ["s24(1)", "s31(1)(a)"]),
                Q("p.drone.deploy_missing", "How many drone deployments were to search for missing people in 2025?", ans="214"),
            ),
            draft=True, as_of="2022-01-01",
            traps=["as_of back-dates the check: the 2024 withholding must not count"],
            v=dict(date=2, ref="reference", intro="thanks"))

D7 = Letter(N, "EMH-FOI-3391", "2025-11-04", "2025-10-07", "docx", "table", "Agency staffing",
            one(
                Q("n.ag.top", "Please name the staffing agency that received the largest payments from the Trust in 2024/25.",
                  ans="Pinnacle Clinical Staffing", fact="Pinnacle Clinical Staffing"),
                Q("n.ag.rate_doctor", "What is the maximum hourly rate the Trust has paid to an agency for a doctor?", "W", ["s43(2)"]),
                Q("n.ag.framework", "Under which framework are agency workers procured?",
                  ans="Meridian Workforce Framework (since April 2025).", fact="Meridian Workforce Framework"),
                Q("n.ag.rate_nurse", "What is the maximum hourly rate paid for an agency nurse?", "P", ["s43(2)"],
                  ans="The highest rate paid falls within the £70 to £80 per hour band. The precise rate is withheld under section 43(2).",
                  fact="£70-£80 band"),
                Q("n.ag.offframework_ed", "How many off-framework agency shifts were filled in the Emergency Department in 2024/25?",
                  ans="312"),
            ),
            draft=True, traps=["precedent for the doctor rate is an internal review that released it"],
            v=dict(date=2, ref="ourref", intro="thanks"))

D8 = Letter(N, "EMH-FOI-3310", "2025-10-14", "2025-09-16", "txt", "qa", "Cyber security",
            one(
                Q("rr.cyber.ransomware", "Within the last 36 months, has any ransomware incident affected Trust systems?", "W", ["s31(1)(a)"]),
                Q("rr.cyber.paid", "Has any payment ever been made by the Trust to a criminal group to recover data?",
                  ans="No.", fact="No"),
                Q("n.cy.backup", "What product safeguards your backups?", "W", ["s24(1)"]),
                Q("n.cy.training", "What share of staff are up to date with the Data Security Awareness module?",
                  ans="91 per cent.", fact=91),
                Q("n.cy.training_spend", "How much did the Trust spend on external cyber security training courses in 2024/25?",
                  ans="£18,250"),
            ),
            draft=True, wrap=0, v=dict(date=3, ref="ourref", intro="received"))

D9 = Letter(N, "EMH-FOI-3602", "2026-02-09", "2026-02-09", "txt", "bare", "Electronic patient record",
            one(
                Q("n.epr.supplier", "Who is the vendor of the clinical record system you use across the hospital (EPR)?", "U"),
                Q("n.epr.expiry", "When does the agreement with that vendor end?", "U"),
                Q("n.epr.value", "How much is the agreement worth in total?", "U"),
                Q("n.epr.reprocure", "Have you started a procurement to replace it? If so, what route to market are you using?", "U"),
                Q("n.roster.supplier", "Which system do you use for staff rostering, and who supplies it?", "U"),
            ),
            draft=True, bare=True, traps=["bare incoming request: questions only"], wrap=0)

D10 = Letter(F, "MFRS-FOI-25-201", "2025-11-25", "2025-10-28", "pdf-chromium", "restate", "Fleet and mobilising",
             one(
                 Q("f.fleet.appliances", "How many pumping appliances does the Service have available for front-line response?",
                   ans="24", fact=24),
                 Q("f.fleet.aerial", "How many turntable ladders or aerial ladder platforms does the Service have?",
                   ans="Three.", fact=3),
                 Q("f.fleet.builder", "Who is your appliance bodybuilder?", ans="Emberline Vehicle Engineering.",
                   fact="Emberline Vehicle Engineering"),
                 Q("f.mob.supplier", "Which company supplies the system used by Fire Control to mobilise resources?",
                   ans="Sentinel Control Systems.", fact="Sentinel Control Systems"),
                 Q("f.mob.value", "What is the total value of that mobilising system contract?",
                   ans="£2.35m over seven years (2020 to 2027)."),
                 Q("f.mob.expiry", "When does the mobilising system contract end?", ans="31/03/2027.", fact="2027-03-31"),
                 Q("f.fleet.oncall_appliances", "How many of your fire engines are crewed by on-call firefighters?", ans="15"),
             ),
             draft=True, v=dict(date=1, ref="ourref", intro="thanks"))

D11 = Letter(F, "MFRS-FOI-26-004", "2026-01-12", "2025-12-15", "html", "qa", "Cyber security",
             one(
                 Q("rr.cyber.ransomware", "Over the past three years, has the organisation experienced a ransomware attack?",
                   ans="No.", fact="No"),
                 Q("rr.cyber.paid", "Has the organisation ever paid a ransom?", ans="No.", fact="No"),
                 Q("rr.cyber.insurance", "Does the organisation hold cyber insurance?", ans="Yes.", fact="Yes"),
                 Q("f.cy.phishing", "How many phishing emails did staff report in 2025?", ans="1,940"),
             ),
             draft=True, all_authorities=True, consistent=True,
             traps=["all_authorities: precedents come from other authorities"],
             v=dict(date=2, ref="ourref", intro="received"))

DRAFTS = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11]
