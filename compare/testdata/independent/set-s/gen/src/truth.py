"""The truth for every letter in set S.

Each letter lists its parts; each part lists its questions.  A question holds
the CONCEPT it asks (our own id), the text as the requester wrote it, the
stance, the exemptions applied (already normalised as the contract says), and
for released answers the FACT stated.  Answer text is either given here or
built by render.py from the fact.

Stance codes: R released, P partially_released, W withheld, N ncnd,
NH not_held, F refused, U unknown (bare request: no stance yet).
"""

R, P, W, N, NH, F, U = ("released", "partially_released", "withheld", "ncnd",
                        "not_held", "refused", "unknown")


class Q:
    def __init__(self, concept, text, stance, ex=(), fact=None, ans=None, fs=0):
        self.concept = concept
        self.text = text
        self.stance = stance
        self.ex = sorted(ex)
        self.fact = fact          # (kind, value) or None
        self.ans = ans            # explicit answer text ({f} = rendered fact)
        self.fs = fs              # fact rendering style


class Part:
    def __init__(self, heading, intro, qs):
        self.heading = heading
        self.intro = intro
        self.qs = qs


class Letter:
    def __init__(self, auth, ref, date, received, regime, fmt, style, title,
                 parts, kind="history", fname=None, as_of=None,
                 consistent=False, opts=None, traps=()):
        self.auth = auth
        self.ref = ref
        self.date = date
        self.received = received
        self.regime = regime
        self.fmt = fmt
        self.style = style
        self.title = title
        self.parts = parts if isinstance(parts, list) else [parts]
        self.kind = kind
        self.fname = fname
        self.as_of = as_of
        self.consistent = consistent
        self.opts = opts or {}
        self.traps = list(traps)

    def questions(self):
        """(qid, Q) in order; parts restart numbering."""
        out = []
        multi = len(self.parts) > 1
        for pi, part in enumerate(self.parts, 1):
            for qi, q in enumerate(part.qs, 1):
                out.append(("P%d.Q%d" % (pi if multi else 1, qi), q))
        return out


AUTH = {
    "A": dict(
        name="Bro Hafren County Council", welsh="Cyngor Sir Bro Hafren",
        kind="council", we="the Council", We="The Council",
        addr=["County Hall / Neuadd y Sir", "Ffordd yr Afon", "Trefhafren",
              "SY99 4BH"],
        team="Information Governance Team", email="foi@brohafren.gov.wales",
        signer="Information Governance Officer"),
    "B": dict(
        name="Pennine Marches Fire and Rescue Service", kind="fire",
        we="the Service", We="The Service",
        addr=["Service Headquarters", "Moorside Road", "Holmebridge",
              "HD99 7FR"],
        team="Information Governance Unit", email="foi@pmfrs.org.uk",
        signer="Information Governance Manager"),
    "C": dict(
        name="Severn Vale Ambulance Service NHS Trust", kind="ambulance",
        we="the Trust", We="The Trust",
        addr=["Trust Headquarters", "Kingfisher Park", "Tewbury", "GL99 3SV"],
        team="Freedom of Information Office", email="foi@svas.nhs.uk",
        signer="Freedom of Information Lead"),
    "D": dict(
        name="Coastal Survey Agency", kind="agency",
        we="the Agency", We="The Agency",
        addr=["Harbour House", "12 Quay Street", "Portmoor", "PL99 1CS"],
        team="Knowledge and Information Management Team",
        email="foi@coastalsurvey.gov.uk",
        signer="FOI Casework Officer"),
}

KINGSWAY = "Kingsway Environmental Enforcement Ltd"
ABER = "Aberhafren Environmental Services Ltd"
SHSF = "Southern Health Staffing Framework"
TELVIA = "Telvia Communications Ltd"
KEYSTONE = "Keystone Networks plc"
SENTINEL = "Sentinel Vision Ltd"

LETTERS = []


def add(*a, **k):
    L = Letter(*a, **k)
    LETTERS.append(L)
    return L


# ---------------------------------------------------------------------------
# A: Bro Hafren County Council (Welsh unitary council; FOIA and EIR)
# ---------------------------------------------------------------------------
add("A", "BHCC/FOI/2017/0388", "2017-08-14", "2017-07-20", "foia", "txt",
    "restate_numbered", "Councillor allowances and civic car", Part(None, None, [
        Q("A.unrel.allow_total",
          "What was the total paid to councillors in basic and special responsibility allowances during 2016/17?",
          R, fact=("money", 1184000),
          ans="The total paid in 2016/17 was {f}. A breakdown by member is published each year in the statement of members' remuneration."),
        Q("A.unrel.civic_car",
          "Does the Council provide a car and driver for the Chair of Council? If so, what did this cost in 2016/17?",
          R, fact=("money", 21450),
          ans="Yes. The civic car and driver cost {f} in 2016/17."),
    ]), fname="bhcc-foi-2017-0388.txt", opts=dict(datefmt=0, num="dot"))

add("A", "BHCC/EIR/2018/0142", "2018-05-09", "2018-04-12", "eir", "pdf-soffice",
    "table", "Fly-tipping", Part(None, None, [
        Q("A.fly.incidents",
          "How many incidents of fly-tipping were reported to the Council in each of the last three financial years?",
          R, fact=("table", {"2015/16": 1412, "2016/17": 1530, "2017/18": 1688})),
        Q("A.fly.fpn_count",
          "How many fixed penalty notices were issued for fly-tipping in each of those years?",
          R, fact=("table", {"2015/16": 14, "2016/17": 22, "2017/18": 31})),
        Q("A.fly.fpn_level",
          "What is the level of the fixed penalty for fly-tipping in your area?",
          R, fact=("money", 300), ans="The fixed penalty for fly-tipping is {f}."),
        Q("A.fly.covert_cameras",
          "Does the Council use cameras to catch fly-tippers? If so, how many does it have?",
          R, fact=("int", 6), ans="Yes. The Council has {f} re-deployable cameras."),
        Q("A.fly.contractor",
          "Do you use a private contractor to carry out fly-tipping enforcement? If so, which company?",
          R, fact=("name", KINGSWAY),
          ans="Yes. Kingsway Environmental Enforcement Ltd carries out enforcement patrols on the Council's behalf."),
        Q("A.fly.cost_clearance",
          "What did it cost the Council to clear fly-tipped waste in 2017/18?",
          R, fact=("money", 245000), ans="{f}"),
    ]), fname="bhcc-eir-2018-0142.pdf", opts=dict(datefmt=1, tablecols=3))

add("A", "BHCC/FOI/2019/0731", "2019-07-22", "2019-06-24", "foia", "html",
    "you_asked", "Residual waste collection contract", Part(None, None, [
        Q("A.waste.contractor",
          "Who currently holds the contract for kerbside residual waste collection?",
          R, fact=("name", ABER), ans="{f}."),
        Q("A.waste.value", "What is the annual value of this contract?", W, ["s43(2)"]),
        Q("A.waste.start", "When did the contract start?", R,
          fact=("date", "2015-04-01"), ans="The contract commenced on {f}."),
        Q("A.waste.expiry", "When is the contract due to end?", R,
          fact=("date", "2027-03-31"), ans="{f}."),
        Q("A.waste.extension",
          "Does the contract include an option to extend, and if so for how long?",
          R, fact=("months", 24), ans="Yes. The contract may be extended once, by up to {f}."),
        Q("A.waste.kpi_penalties",
          "How much has been deducted from payments to the contractor for poor performance since the contract began?",
          W, ["s43(2)"]),
        Q("A.waste.award_value",
          "What was the total estimated contract value published when the contract was awarded?",
          R, fact=("money", 41600000), fs=2,
          ans="The contract award notice gave the estimated total value as {f} over the initial term."),
    ]), fname="disclosure-log-bhcc-foi-2019-0731.html", opts=dict(datefmt=2, site=True))

add("A", "BHCC/FOI/2019/1102", "2019-11-18", "2019-10-21", "foia", "md",
    "interleaved", "Cyber security", Part(None, None, [
        Q("A.cyber.ransomware",
          "Has the Council been the victim of a ransomware attack in the last three years?",
          R, fact=("bool", False), ans="No."),
        Q("A.cyber.ncsc_reported",
          "How many cyber security incidents has the Council reported to the National Cyber Security Centre?",
          R, fact=("int", 0), ans="None."),
        Q("A.ict.m365_licences", "How many Office 365 licences does the Council hold?",
          R, fact=("int", 3850), ans="The Council holds {f} Office 365 licences."),
        Q("A.ict.cyber_insurance", "Does the Council have cyber insurance?", R,
          fact=("bool", True), ans="Yes."),
        Q("A.ict.backup_supplier", "What software do you use to back up your servers?",
          R, fact=("name", "Arclight Backup Suite"), ans="Arclight Backup Suite."),
    ]), fname="bhcc-foi-2019-1102.md", opts=dict(datefmt=3, qa="Q"))

add("A", "BHCC/EIR/2020/0209", "2020-02-25", "2020-01-28", "eir", "pdf-gs",
    "restate_numbered", "Fly-tipping enforcement", Part(None, None, [
        Q("A.fly.fpn_level",
          "How much is the fine (fixed penalty) a person is charged for fly-tipping?",
          R, fact=("money", 400), ans="The fixed penalty for fly-tipping in Bro Hafren is {f}."),
        Q("A.fly.incidents",
          "Please give the number of fly-tipping reports received for 2016/17, 2017/18 and 2018/19.",
          R, fact=("table", {"2016/17": 1530, "2017/18": 1688, "2018/19": 1790})),
        Q("A.fly.prosecutions",
          "How many people have been prosecuted for fly-tipping over the same three years?",
          R, fact=("table", {"2016/17": 4, "2017/18": 6, "2018/19": 3})),
        Q("A.fly.fpn_count",
          "How many FPNs did the Council hand out for fly-tipping offences in the same period?",
          R, fact=("table", {"2016/17": 22, "2017/18": 31, "2018/19": 48})),
        Q("A.fly.covert_cameras",
          "How many covert or re-deployable CCTV cameras does the council operate at fly-tipping hotspots?",
          R, fact=("int", 8), ans="The Council operates {f} re-deployable cameras."),
        Q("A.fly.camera_locations",
          "Please list the locations where those cameras have been placed.",
          W, ["reg12(5)(b)"]),
        Q("A.fly.contractor",
          "Is fly-tipping enforcement outsourced to a private company, and if so who?",
          R, fact=("name", KINGSWAY), ans="Yes, to Kingsway Environmental Enforcement Ltd."),
    ]), fname="BHCC-EIR-2020-0209.pdf", opts=dict(datefmt=4, num="dot", anskey="dot"))

add("A", "FOI-21-0618", "2021-06-30", "2021-06-02", "foia", "txt",
    "interleaved", "Environmental enforcement: littering, dog fouling and CCTV", Part(None, None, [
        Q("A.litter.fpn_count",
          "How many fixed penalty notices were issued for littering in 2020/21?",
          R, fact=("int", 1316), ans="1,316."),
        Q("A.litter.fpn_level", "What is the fixed penalty amount for a littering offence?",
          R, fact=("money", 100), ans="The fixed penalty for littering is £100."),
        Q("A.dog.fpn_count",
          "How many fixed penalty notices were issued for dog fouling in 2020/21?",
          R, fact=("int", 87), ans="87."),
        Q("A.cctv.public_space",
          "How many public space CCTV cameras does the Council operate in its town centres?",
          R, fact=("int", 96), ans="The Council operates 96 public space CCTV cameras across its five town centres."),
        Q("A.litter.contractor",
          "Does the Council use a private enforcement company to issue littering fines? If so, which one?",
          R, fact=("name", KINGSWAY),
          ans="Yes. Littering enforcement is carried out by Kingsway Environmental Enforcement Ltd under a concession agreement."),
    ]), fname="FOI-21-0618 response.txt", opts=dict(datefmt=0, qa="Question", wrap=True))

add("A", "EIR-22-0277", "2022-03-15", "2022-02-14", "eir", "docx",
    "decision", "Fly-tipping", Part(None, None, [
        Q("A.fly.incidents",
          "For each year from 2018/19 to 2020/21, how many fly-tipping incidents did the authority record (as returned to Fly-tipping Action Wales)?",
          R, fact=("table", {"2018/19": 1790, "2019/20": 1945, "2020/21": 2210})),
        Q("A.fly.cost_clearance",
          "What was the total cost to the council of clearing fly-tipping in the last financial year (2020/21)?",
          R, fact=("money", 298000), ans="{f}."),
        Q("A.fly.fpn_count",
          "Of those incidents, how many resulted in a fixed penalty notice being issued to the person responsible?",
          R, fact=("table", {"2018/19": 48, "2019/20": 39, "2020/21": 57})),
        Q("A.fly.fpn_level",
          "At what amount has the Council set its fly-tipping fixed penalty notice?",
          R, fact=("money", 400), ans="{f}."),
        Q("A.fly.covert_cameras",
          "Please tell me how many mobile surveillance cameras are available to your enforcement team for monitoring fly-tipping sites.",
          W, ["reg12(5)(b)"]),
        Q("A.fly.camera_locations", "Which sites are those cameras deployed at?",
          W, ["reg12(5)(b)"]),
        Q("A.fly.contractor",
          "Name of any external enforcement provider used for fly-tipping patrols, or confirm the work is done in-house.",
          R, fact=("name", "in-house"),
          ans="No external provider is used. Fly-tipping enforcement has been carried out in-house by the Council's Neighbourhood Services team since April 2021."),
        Q("A.fly.prosecutions",
          "How many fly-tipping cases did the Council take to court between 2018/19 and 2020/21?",
          R, fact=("table", {"2018/19": 3, "2019/20": 2, "2020/21": 5})),
    ]), fname="EIR-22-0277.docx",
    opts=dict(datefmt=3, num="dot", shuffle=[3, 1, 2, 4, 8, 7], words=True),
    traps=["answers out of order, keyed with numbers written as words"])

add("A", "FOI-22-0391", "2022-05-10", "2022-04-11", "foia", "pdf-chromium",
    "table", "Cyber security and ransomware", Part(None, None, [
        Q("A.cyber.ransomware",
          "In the past five years, has the Council's network been encrypted or otherwise disrupted by ransomware?",
          N, ["s31(3)"]),
        Q("A.cyber.ncsc_reported",
          "How many cyber incidents were notified by the authority to the NCSC in the last three years?",
          R, fact=("int", 2), ans="Two incidents were notified to the NCSC."),
        Q("A.ict.m365_licences",
          "Please state the number of Microsoft 365 user licences currently held.",
          R, fact=("int", 4120), ans="{f}."),
        Q("A.ict.cyber_insurance",
          "Does the Council hold an insurance policy that covers cyber incidents?",
          R, fact=("bool", True),
          ans="Yes. Cyber cover is included in the Council's corporate insurance programme."),
        Q("A.cyber.paid_ransom",
          "Has the Council ever paid a ransom to regain access to its data?",
          N, ["s31(3)"]),
    ]), fname="FOI-22-0391.pdf",
    opts=dict(datefmt=1, tablecols=2, mention_ref="BHCC/FOI/2019/1102"),
    traps=["quotes an earlier reference"])

add("A", "FOI-23-0544", "2023-06-06", "2023-05-09", "foia", "txt",
    "restate_numbered", "Waste collection contract", Part(None, None, [
        Q("A.waste.contractor",
          "Please name the company that collects household black-bag waste on behalf of the Council.",
          R, fact=("name", ABER), ans="{f}."),
        Q("A.waste.expiry", "What is the expiry date of the current contract?",
          R, fact=("date", "2027-03-31"), fs=3, ans="{f}."),
        Q("A.waste.value", "How much does the Council pay the contractor each year?",
          W, ["s43(2)"]),
        Q("A.waste.extension",
          "Is there an extension clause? Please give the maximum extension period.",
          R, fact=("months", 24), ans="Yes. A single extension of up to {f} is available."),
        Q("A.waste.kpi_penalties",
          "What is the total of performance deductions (service credits) applied to the contractor to date?",
          W, ["s43(2)"]),
        Q("A.waste.recycling_rate",
          "What was the Council's statutory recycling rate for 2022/23?",
          R, fact=("pct", 64.2), ans="{f}."),
        Q("A.waste.award_value",
          "What total contract value was stated in the contract award notice?",
          R, fact=("money", 41600000), ans="{f}."),
    ]), fname="FOI-23-0544.txt", opts=dict(datefmt=0, num="paren", wrap=True,
                                           anskey="Question"))

add("A", "EIR-24-0065", "2024-01-23", "2023-12-18", "eir", "html",
    "interleaved", "Fly-tipping statistics and enforcement", Part(None, None, [
        Q("A.fly.incidents",
          "Total recorded fly-tips, broken down by financial year, for the three most recent complete years.",
          R, fact=("table", {"2020/21": 2210, "2021/22": 2054, "2022/23": 1904})),
        Q("A.fly.fpn_count",
          "Number of fixed penalty notices served for unauthorised deposit of waste (fly-tipping), per year.",
          R, fact=("table", {"2020/21": 57, "2021/22": 66, "2022/23": 71})),
        Q("A.fly.fpn_level",
          "Please state the current fixed penalty charged for small-scale fly-tipping offences.",
          R, fact=("money", 500), ans="The fixed penalty is currently {f}."),
        Q("A.fly.prosecutions",
          "Please provide the number of prosecutions for fly-tipping brought by the Council in each of those years.",
          R, fact=("table", {"2020/21": 5, "2021/22": 7, "2022/23": 9})),
        Q("A.fly.cost_clearance",
          "How much did removing fly-tipped waste cost the authority in 2022/23?",
          R, fact=("money", 312000), ans="The cost of clearance in 2022/23 was {f}."),
        Q("A.fly.covert_cameras",
          "Number of deployable cameras used for fly-tipping enforcement.",
          W, ["reg12(5)(b)"]),
        Q("A.fly.camera_locations",
          "Please provide the current locations of any fly-tipping cameras.",
          W, ["reg12(5)(b)"]),
        Q("A.fly.contractor",
          "Does a third-party enforcement company work on the Council's behalf on fly-tipping? Please name it.",
          R, fact=("name", "in-house"),
          ans="No. All fly-tipping enforcement is undertaken by Council officers."),
    ]), fname="eir-24-0065-fly-tipping.html",
    opts=dict(datefmt=2, site=True, qa="Request"))

add("A", "FOI-24-0823", "2024-09-12", "2024-08-15", "foia", "pdf-soffice",
    "you_asked", "ICT and cyber resilience", Part(None, None, [
        Q("A.cyber.ransomware",
          "Have any of the authority's systems been affected by a ransomware incident since 2019?",
          N, ["s31(3)"]),
        Q("A.cyber.ncsc_reported",
          "Number of cyber incidents reported to the NCSC or to the Welsh Government's cyber resilience unit in the past three years.",
          W, ["s31(1)(a)"]),
        Q("A.ict.m365_licences",
          "Total number of Microsoft 365 licences (E3/E5 or equivalent) the authority pays for.",
          R, fact=("int", 4300), ans="{f} licences."),
        Q("A.ict.cyber_insurance",
          "Is the authority insured against cyber attack, either through standalone cyber cover or as part of another policy?",
          R, fact=("bool", True), ans="Yes."),
        Q("A.cyber.paid_ransom",
          "If a ransomware incident has occurred, was a ransom paid?",
          N, ["s31(3)"]),
        Q("A.ict.mfa", "Is multi-factor authentication enforced for all staff accounts?",
          R, fact=("bool", True), ans="Yes. MFA is enforced for all staff and elected member accounts."),
    ]), fname="FOI-24-0823 ICT and cyber resilience.pdf", opts=dict(datefmt=5))

add("A", "FOI-25-0617", "2025-07-02", "2025-06-04", "foia", "md",
    "restate_numbered", "Ransomware and cyber insurance", Part(None, None, [
        Q("A.cyber.ransomware",
          "Has the Council had any ransomware infection in the last 12 months?",
          N, ["s31(3)"]),
        Q("A.ict.cyber_insurance",
          "Please confirm whether the Council holds cyber insurance cover.",
          R, fact=("bool", True), ans="The Council confirms that it holds cyber insurance cover."),
    ]), fname="foi-25-0617.md", opts=dict(datefmt=0, num="dot", anskey="Q"))

# --- A drafts --------------------------------------------------------------
add("A", "EIR-25-1032", "2025-11-20", "2025-10-23", "eir", "docx",
    "restate_numbered", "Fly-tipping enforcement and cameras", Part(None, None, [
        Q("A.fly.fpn_level",
          "What amount does a fixed penalty notice for fly-tipping currently cost the offender?",
          R, fact=("money", 500), fs=3, ans="{f}."),
        Q("A.fly.cost_clearance", "Please state the cost of clearing fly-tipping for 2024/25.",
          NH, ans="The Council does not hold this information. Since the street cleansing and waste teams merged in 2024 the cost of clearing fly-tipping is no longer recorded separately."),
        Q("A.fly.covert_cameras",
          "How many cameras does the authority currently have for detecting fly-tipping (covert, overt or re-deployable)?",
          R, fact=("int", 12), ans="The Council currently has {f} cameras available for fly-tipping enforcement."),
        Q("A.fly.camera_locations", "Where are the cameras currently positioned?",
          W, ["reg12(5)(b)"]),
        Q("A.fly.contractor",
          "Who carries out fly-tipping enforcement for the Council: Council officers or a contractor? If a contractor, please name it.",
          R, fact=("name", "Greenline Enforcement Services Ltd"),
          ans="Since June 2025 fly-tipping enforcement has been carried out on the Council's behalf by Greenline Enforcement Services Ltd."),
        Q("A.fly.vehicles_seized",
          "How many vehicles has the Council seized in connection with fly-tipping since April 2023?",
          R, fact=("int", 2), ans="Two."),
        Q("A.litter.fpn_level",
          "For comparison, how much is the fixed penalty for dropping litter?",
          R, fact=("money", 100), ans="The fixed penalty for littering is £100."),
    ]), kind="draft", fname="DRAFT EIR-25-1032 fly-tipping.docx",
    opts=dict(datefmt=0, num="dot", anskey="Question"))

add("A", "EIR-26-0088", "2026-01-27", "2025-12-29", "eir", "pdf-soffice",
    "table", "Residual waste collection contract", Part(None, None, [
        Q("A.waste.contractor",
          "Which organisation is contracted to deliver the Council's residual waste collection service?",
          R, fact=("name", ABER), fs=1, ans="{f}"),
        Q("A.waste.expiry",
          "On what date does the collection contract terminate, excluding any extension?",
          R, fact=("date", "2027-03-31"), fs=1, ans="{f}"),
        Q("A.waste.extension",
          "What is the longest extension available under the contract terms?",
          R, fact=("months", 24), fs=1, ans="The contract allows a single extension of up to {f}."),
        Q("A.waste.value",
          "Please state the yearly contract price for the residual waste collection contract.",
          W, ["reg12(5)(e)"]),
        Q("A.waste.kpi_penalties",
          "Please give the total value of financial penalties the Council has levied on the contractor for missed collections or other failures.",
          W, ["reg12(5)(e)"]),
        Q("A.waste.award_value",
          "What was the estimated total contract value given in the award notice?",
          R, fact=("money", 41600000), fs=1, ans="{f}"),
        Q("A.waste.recycling_rate",
          "Please confirm the recycling, reuse and composting rate the Council achieved in 2022-23.",
          R, fact=("pct", 64.2), fs=1, ans="{f}"),
    ]), kind="draft", consistent=True, fname="draft-EIR-26-0088.pdf",
    opts=dict(datefmt=1, tablecols=3),
    traps=["regime change: FOIA s43(2) earlier, EIR reg12(5)(e) now"])

add("A", "FOI-25-0412", "2025-05-14", "2025-04-16", "foia", "txt",
    "interleaved", "Cyber security", Part(None, None, [
        Q("A.cyber.ransomware",
          "Please confirm whether the Council has suffered a ransomware attack at any time since January 2020.",
          R, fact=("bool", False),
          ans="No. The Council has not suffered a ransomware attack since January 2020."),
        Q("A.cyber.ncsc_reported",
          "How many times has the Council referred a cyber incident to the National Cyber Security Centre since 2021?",
          N, ["s31(3)"]),
        Q("A.ict.m365_licences", "How many Microsoft 365 seats is the Council licensed for?",
          R, fact=("int", 4300), ans="4300 seats."),
        Q("A.ict.cyber_insurance", "Do you currently have cyber liability insurance in place?",
          W, ["s31(1)(a)"]),
        Q("A.ict.mfa",
          "Do all Council user accounts require multi-factor authentication to sign in?",
          R, fact=("bool", True), ans="Yes."),
    ]), kind="draft", fname="draft_FOI-25-0412_cyber.txt",
    opts=dict(datefmt=0, qa="Q"))

# ---------------------------------------------------------------------------
# B: Pennine Marches Fire and Rescue Service
# ---------------------------------------------------------------------------
add("B", "FOI 2017/112", "2017-10-03", "2017-09-07", "foia", "md",
    "you_asked", "Hoarding-related fires", Part(None, None, [
        Q("B.unrel.hoarding_fires",
          "How many fires has the Service attended in the last five years where hoarding was recorded as a contributory factor?",
          R, fact=("table", {"2012/13": 9, "2013/14": 12, "2014/15": 8, "2015/16": 15, "2016/17": 13})),
        Q("B.unrel.hoarding_deaths", "How many of those fires resulted in a fatality?",
          R, fact=("int", 1), ans="One."),
        Q("B.unrel.hoarding_protocol",
          "Does the Service have a hoarding protocol agreed with partner agencies?",
          R, fact=("bool", True),
          ans="Yes. A multi-agency hoarding protocol was agreed with the four local authorities in 2016."),
    ]), fname="pmfrs-foi-2017-112.md", opts=dict(datefmt=0))

add("B", "FOI 2018/041", "2018-04-17", "2018-03-20", "foia", "txt",
    "restate_numbered", "Drones", Part(None, None, [
        Q("B.drone.count",
          "How many drones (unmanned aerial vehicles) does the Service own?",
          R, fact=("int", 1), ans="The Service owns one drone."),
        Q("B.drone.models", "What make and model is it?", R,
          fact=("name", "DJI Matrice 210"), ans="DJI Matrice 210."),
        Q("B.drone.cost", "How much did the drone cost to buy?", R,
          fact=("money", 28500), ans="{f}, including camera payloads and batteries."),
        Q("B.drone.pilots", "How many members of staff are trained to fly the drone?",
          R, fact=("int", 4), ans="Four."),
        Q("B.drone.deployments",
          "How many times was the drone deployed to incidents in 2016 and 2017?",
          R, fact=("table", {"2016": 7, "2017": 19})),
    ]), fname="FOI 2018-041 drones.txt",
    opts=dict(datefmt=3, num="letter", anskey="letter"),
    traps=["lettered items (a)-(e)"])

add("B", "FOI 2019/027", "2019-03-12", "2019-02-13", "foia", "pdf-chromium",
    "table", "Fire appliance fleet", Part(None, None, [
        Q("B.fleet.pumps",
          "How many frontline fire engines (pumping appliances) does the Service have?",
          R, fact=("int", 34), ans="{f}"),
        Q("B.fleet.avg_age", "What is the average age of your fire engines?", R,
          fact=("text", "9.1 years"), ans="9.1 years."),
        Q("B.fleet.builder", "Which company builds the bodywork for your fire engines?",
          R, fact=("name", "Halden Coachworks Ltd"), ans="Halden Coachworks Ltd."),
        Q("B.fleet.aerials",
          "How many aerial ladder platforms or turntable ladders do you operate?",
          R, fact=("int", 3), ans="Three aerial ladder platforms."),
        Q("B.fleet.ev",
          "How many fully electric vehicles are in your support (non-operational) fleet?",
          R, fact=("int", 0), ans="None."),
    ]), fname="FOI-2019-027.pdf", opts=dict(datefmt=1, tablecols=2))

add("B", "FOI 2020/066", "2020-06-09", "2020-05-12", "foia", "html",
    "interleaved", "Unmanned aerial vehicles", Part(None, None, [
        Q("B.drone.pilots", "How many qualified remote pilots does the Service have?",
          R, fact=("int", 8), ans="{f}"),
        Q("B.drone.count", "Please confirm the number of UAVs currently in your fleet.",
          R, fact=("int", 2), ans="{f}"),
        Q("B.drone.models", "Please give the manufacturer and model of each UAV.", R,
          fact=("text", "DJI Matrice 210; DJI Mavic 2 Enterprise Dual"),
          ans="One DJI Matrice 210 and one DJI Mavic 2 Enterprise Dual."),
        Q("B.drone.flight_hours", "What is the total flight time recorded by the drones?",
          NH, ans="This information is not held. Flight logs are kept on each aircraft's controller and are not collated centrally."),
        Q("B.drone.cost", "What has the Service spent in total on purchasing drones?",
          R, fact=("money", 41200), ans="{f}."),
        Q("B.drone.police_sharing", "Does the Service share drone footage with the police?",
          R, fact=("bool", True),
          ans="Yes, where footage may assist a police investigation, under an information sharing agreement."),
    ]), fname="pmfrs-disclosure-foi-2020-066.html",
    opts=dict(datefmt=2, site=True, qa="Q"))

add("B", "FOI/21/0043", "2021-01-19", "2020-12-15", "foia", "docx",
    "decision", "Fire Control mobilising system", Part(None, None, [
        Q("B.mob.supplier", "Who supplies your control room mobilising system?", R,
          fact=("name", "Corvid Command Systems Ltd"), ans="Corvid Command Systems Ltd."),
        Q("B.mob.expiry", "When does that contract expire?", R,
          fact=("date", "2026-03-31"), ans="{f}."),
        Q("B.mob.value", "What is the value of the contract?", W, ["s43(2)"]),
        Q("B.ict.control_staff", "How many staff work in Fire Control?", R,
          fact=("int", 28), ans="{f} (headcount)."),
        Q("B.cyber.attacks",
          "How many cyber attacks has the Service suffered in the last three years?",
          N, ["s24(2)", "s31(3)"]),
    ]), fname="FOI-21-0043.docx", opts=dict(datefmt=0, num="dot"))

add("B", "FOI/22/0311", "2022-08-24", "2022-07-26", "foia", "pdf-soffice",
    "interleaved", "Drones and thermal imaging cameras", [
        Part("Part 1 – Drones", None, [
            Q("B.drone.count", "How many do you currently own?", R,
              fact=("int", 3), ans="{f}"),
            Q("B.drone.supplier", "Who is the supplier?", R,
              fact=("name", "Skyward Aerial Systems Ltd"), ans="Skyward Aerial Systems Ltd."),
            Q("B.drone.cost", "What was the total cost?", P, ["s43(2)"],
              fact=("money", 63700),
              ans="The total spent on drones to date is £63,700. The price paid for each individual aircraft is withheld"),
            Q("B.drone.pilots",
              "How many staff hold a drone pilot qualification (GVC, A2 CofC or equivalent)?",
              R, fact=("int", 12), ans="{f}"),
            Q("B.drone.flight_hours", "Total flying hours logged across all drones.",
              NH, ans="Not held. Flying hours are not collated across the fleet."),
            Q("B.drone.incursions",
              "How many times in the last two years has a third-party drone been reported flying over or near an incident the Service was attending?",
              R, fact=("int", 5), ans="Five occasions."),
        ]),
        Part("Part 2 – Thermal imaging cameras", None, [
            Q("B.tic.count", "How many do you currently own?", R,
              fact=("int", 68), ans="{f}"),
            Q("B.tic.supplier", "Who is the supplier?", R,
              fact=("name", "Lumen Thermal Ltd"), ans="Lumen Thermal Ltd."),
            Q("B.tic.cost", "What was the total cost?", R,
              fact=("money", 312000), ans="{f}."),
        ]),
    ], fname="FOI 22-0311 Drones and TICs.pdf", opts=dict(datefmt=3, qa="Q"),
    traps=["same questions in two parts about drones and thermal imaging cameras"])

add("B", "FOI/23/0058", "2023-02-07", "2023-01-10", "foia", "txt",
    "restate_numbered", "Fleet", Part(None, None, [
        Q("B.fleet.pumps",
          "Please state the number of pumping appliances available for frontline response.",
          R, fact=("int", 32), ans="{f}."),
        Q("B.fleet.special",
          "How many special appliances (for example rescue tenders, water carriers and incident command units) does the Service have?",
          R, fact=("int", 11), ans="{f}."),
        Q("B.fleet.avg_age", "Average age, in years, of the pumping appliance fleet.",
          R, fact=("text", "10.4 years"), ans="10.4 years."),
        Q("B.fleet.builder", "Who is your current appliance body builder / coachbuilder?",
          W, ["s43(2)"]),
        Q("B.fleet.ev", "How many battery-electric cars and vans does the Service run?",
          R, fact=("int", 14), ans="{f}."),
        Q("B.fleet.aerials", "Number of aerial appliances (ALPs and TLs).", R,
          fact=("int", 3), ans="{f}."),
    ]), fname="foi-23-0058-fleet.txt",
    opts=dict(datefmt=0, num="paren", anskey="Q", wrap=True))

add("B", "F-0246", "2024-07-16", "2024-06-18", "foia", "pdf-gs",
    "decision", "Drones", Part(None, None, [
        Q("B.drone.count",
          "Total number of remotely piloted aircraft systems (drones) operated by the Service.",
          R, fact=("int", 3), ans="{f}."),
        Q("B.drone.models", "Which manufacturer's aircraft do you fly, and which models?",
          W, ["s24(1)", "s31(1)(a)"]),
        Q("B.drone.cost", "Total capital expenditure on drones to date.", W, ["s43(2)"]),
        Q("B.drone.pilots", "Number of trained drone pilots.", R,
          fact=("int", 12), ans="{f}."),
        Q("B.drone.flight_hours", "How many hours have the Service's drones flown altogether?",
          NH, ans="The Service does not hold a total of flying hours."),
        Q("B.drone.police_sharing",
          "Is imagery captured by your drones passed to the police or other agencies?",
          R, fact=("bool", True), ans="Yes, on request and where lawful."),
        Q("B.tic.count", "How many thermal imaging cameras does the Service own?", R,
          fact=("int", 72), ans="{f}."),
    ]), fname="F-0246.pdf", opts=dict(datefmt=0, num="dot"))

add("B", "F-0391", "2024-11-05", "2024-10-08", "foia", "html",
    "table", "Mobilising system and ICT security", Part(None, None, [
        Q("B.mob.supplier",
          "Please name the supplier of the command and control / mobilising system used in Fire Control.",
          W, ["s24(1)", "s31(1)(a)"]),
        Q("B.mob.expiry", "What is the end date of the mobilising system contract?",
          W, ["s24(1)", "s31(1)(a)"]),
        Q("B.ict.control_staff",
          "Number of control operators and supervisors employed in the control room (headcount).",
          R, fact=("int", 30), ans="{f}"),
        Q("B.cyber.attacks",
          "Has the Service experienced a successful cyber attack since 2021? If so, how many?",
          N, ["s24(2)", "s31(3)"]),
        Q("B.ict.firewall", "Which firewall product protects the Service's network?",
          W, ["s24(1)", "s31(1)(a)"]),
    ]), fname="pmfrs-F-0391.html", opts=dict(datefmt=2, site=True, tablecols=2))

# --- B drafts --------------------------------------------------------------
add("B", "F-0517", "2025-10-08", "2025-09-10", "foia", "md",
    "you_asked", "Drones and thermal imaging", Part(None, None, [
        Q("B.drone.count", "How many drones does the Service have at present?", R,
          fact=("int", 3), ans="Three (3)."),
        Q("B.drone.models", "Make and model of each drone.", R,
          fact=("text", "DJI Matrice 30T; DJI Mavic 3 Thermal"),
          ans="Two DJI Matrice 30T and one DJI Mavic 3 Thermal."),
        Q("B.drone.cost", "How much has the Service paid for its drones altogether?",
          W, ["s31(1)(a)"]),
        Q("B.drone.pilots",
          "How many employees are currently qualified to operate the Service's drones?",
          R, fact=("int", 12), ans="Twelve."),
        Q("B.drone.flight_hours",
          "What is the total number of flying hours recorded by the Service's drones?",
          R, fact=("int", 436), ans="436 hours in total since the first aircraft entered service."),
        Q("B.drone.police_sharing", "Do you ever provide drone video to the police?",
          R, fact=("bool", True), ans="Yes, where it may assist an investigation."),
        Q("B.tic.count",
          "How many handheld thermal imaging cameras are in service across your stations?",
          R, fact=("int", 72), ans="72."),
    ]), kind="draft", fname="draft-F-0517-drones.md", opts=dict(datefmt=0))

add("B", "F-0644", "2026-02-18", "2026-01-20", "foia", "pdf-chromium",
    "decision", "Fire Control and cyber security", Part(None, None, [
        Q("B.mob.supplier",
          "Which company provides the software that Fire Control uses to mobilise appliances?",
          W, ["s24(1)", "s31(1)(a)"]),
        Q("B.mob.expiry", "When is the mobilising contract due to finish?",
          W, ["s24(1)", "s31(1)(a)"]),
        Q("B.ict.control_staff", "What is the current headcount of Fire Control staff?",
          R, fact=("int", 30), ans="Thirty."),
        Q("B.cyber.attacks",
          "How many successful cyber attacks against Service systems have there been in the last five years?",
          R, fact=("int", 0),
          ans="There have been no successful cyber attacks against Service systems in the last five years."),
        Q("B.ict.firewall", "Who provides your network firewall?", W, ["s31(1)(a)"]),
        Q("B.mob.replacement",
          "Does the Service intend to replace its mobilising system before 2028?",
          R, fact=("bool", True),
          ans="Yes. A joint procurement with two neighbouring fire and rescue services is under way."),
    ]), kind="draft", fname="DRAFT F-0644 Fire Control.pdf",
    opts=dict(datefmt=1, num="dot"))

add("B", "F-0702", "2026-03-04", "2026-02-03", "foia", "txt",
    "interleaved", "Fleet", Part(None, None, [
        Q("B.fleet.pumps", "How many front-line pumps are in your operational fleet today?",
          R, fact=("int", 32), ans="{f}."),
        Q("B.fleet.builder",
          "Name of the manufacturer contracted to build the Service's new fire appliances.",
          W, ["s43(2)"]),
        Q("B.fleet.aerials", "How many aerial appliances are in the fleet?", R,
          fact=("int", 3), ans="Three."),
        Q("B.fleet.special",
          "Number of specialist vehicles (excluding pumps and aerial appliances) in the operational fleet.",
          R, fact=("int", 11), ans="{f}."),
    ]), kind="draft", as_of="2022-01-01", fname="draft-F-0702-fleet.txt",
    opts=dict(datefmt=0, qa="Request"),
    traps=["checked as of 2022-01-01: later letters must not count"])

# ---------------------------------------------------------------------------
# C: Severn Vale Ambulance Service NHS Trust
# ---------------------------------------------------------------------------
add("C", "FOI-2017-0284", "2017-12-05", "2017-11-08", "foia", "html",
    "you_asked", "Staff car parking", Part(None, None, [
        Q("C.unrel.parking_charges",
          "How much do staff pay to park at the Trust's headquarters and ambulance stations?",
          R, fact=("text", "free"), ans="Staff parking at Trust sites is free of charge."),
        Q("C.unrel.parking_income",
          "How much income did the Trust receive from car parking charges in 2016/17?",
          R, fact=("money", 0), ans="£0. The Trust does not charge for parking."),
    ]), fname="svas-foi-2017-0284.html", opts=dict(datefmt=2, site=True))

add("C", "FOI-2018-0190", "2018-06-26", "2018-05-29", "foia", "pdf-chromium",
    "restate_numbered", "Agency paramedics", Part(None, None, [
        Q("C.agency.spend_total",
          "How much did the Trust spend on agency paramedics in each of the last three financial years?",
          R, fact=("mtable", {"2015/16": 1940000, "2016/17": 2310000, "2017/18": 2875000})),
        Q("C.agency.highest_rate",
          "What is the highest hourly rate the Trust has paid for an agency paramedic?",
          R, fact=("money", 85), fs=3, ans="{f} per hour."),
        Q("C.agency.top_agencies", "Which agencies supplied paramedics to the Trust?", R,
          fact=("text", "Paramedic Direct Ltd; BlueLight Locums Ltd; Crewline Medical Staffing"),
          ans="Paramedic Direct Ltd, BlueLight Locums Ltd and Crewline Medical Staffing."),
        Q("C.agency.off_framework", "How many agency shifts were filled off-framework?",
          NH, ans="The Trust does not hold this information. Framework status is not recorded against individual shifts."),
        Q("C.bank.spend",
          "How much did the Trust spend on bank paramedic shifts in each of the last three years?",
          R, fact=("mtable", {"2015/16": 3120000, "2016/17": 3380000, "2017/18": 3655000})),
    ]), fname="FOI-2018-0190.pdf", opts=dict(datefmt=0, num="dot", anskey="Question"))

add("C", "FOI-2019-0402", "2019-09-17", "2019-08-20", "foia", "txt",
    "interleaved", "Body-worn cameras and assaults on staff", Part(None, None, [
        Q("C.bwv.use", "Do your ambulance crews wear body-worn cameras?", R,
          fact=("bool", False), ans="No. Crews do not currently wear body-worn cameras."),
        Q("C.bwv.trial", "If not, are you planning to trial them?", R,
          fact=("bool", True), ans="Yes. A six-month trial at two stations is planned for 2020."),
        Q("C.assaults.count",
          "How many physical assaults on ambulance staff were reported in each of the last three years?",
          R, fact=("table", {"2016/17": 142, "2017/18": 171, "2018/19": 198})),
    ]), fname="FOI-2019-0402.txt", opts=dict(datefmt=3, qa="Question"))

add("C", "FOI 20/141", "2020-10-13", "2020-09-15", "foia", "docx",
    "you_asked", "Agency staffing", Part(None, None, [
        Q("C.agency.highest_rate",
          "Please state the maximum hourly charge paid to an agency for a paramedic shift.",
          R, fact=("money", 95), ans="{f} per hour."),
        Q("C.agency.spend_total",
          "Total agency expenditure on paramedic staff for 2017/18, 2018/19 and 2019/20.",
          R, fact=("mtable", {"2017/18": 2875000, "2018/19": 3010000, "2019/20": 2460000})),
        Q("C.agency.framework",
          "Do you use a framework agreement to procure agency staff? If so, which?",
          R, fact=("name", SHSF),
          ans="Yes. Agency paramedics are procured through the Southern Health Staffing Framework."),
        Q("C.agency.top_agencies",
          "Please list the staffing agencies you have used for paramedic cover.",
          R, fact=("text", "Paramedic Direct Ltd; BlueLight Locums Ltd; Medirota Staffing Ltd"),
          ans="Paramedic Direct Ltd; BlueLight Locums Ltd; Medirota Staffing Ltd."),
        Q("C.agency.off_framework",
          "How many shifts were filled by agencies not on an approved framework?",
          NH, ans="No information held. The Trust does not record framework status against individual shifts."),
    ]), fname="FOI 20-141 Agency staffing.docx", opts=dict(datefmt=1))

add("C", "SVAS-FOI-2021-0377", "2021-08-03", "2021-07-06", "foia", "md",
    "table", "Body-worn video", Part(None, None, [
        Q("C.bwv.use", "Are frontline staff issued with body-worn video cameras?", R,
          fact=("bool", True),
          ans="Yes. Following a trial in 2020, body-worn cameras were introduced for frontline crews in March 2021."),
        Q("C.bwv.count", "How many body-worn cameras does the Trust own?", R,
          fact=("int", 350), ans="{f}"),
        Q("C.bwv.supplier", "Name of the body-worn video supplier.", R,
          fact=("name", SENTINEL), ans="{f}"),
        Q("C.bwv.cost", "Total cost of the body-worn video contract.", R,
          fact=("money", 198000), ans="{f} over three years."),
        Q("C.bwv.retention",
          "What is the retention period for body-worn camera footage not needed as evidence?",
          R, fact=("days", 31), ans="{f}."),
        Q("C.bwv.police_requests",
          "How many times has the police requested body-worn camera footage from the Trust?",
          R, fact=("int", 14), ans="14 requests since March 2021."),
    ]), fname="SVAS-FOI-2021-0377.md", opts=dict(datefmt=0, tablecols=3))

add("C", "SVAS-FOI-2022-0188", "2022-04-20", "2022-03-23", "foia", "pdf-soffice",
    "decision", "Cyber security and clinical systems", Part(None, None, [
        Q("C.cyber.ransomware",
          "Has the Trust been subject to a ransomware attack in the last three years?",
          N, ["s24(2)", "s31(3)"]),
        Q("C.ict.cad_supplier", "Who supplies your computer aided dispatch (CAD) system?",
          R, fact=("name", "Aventra Systems (Medicus CAD)"),
          ans="Aventra Systems Ltd supplies the Medicus CAD system."),
        Q("C.ict.epr_supplier",
          "Which electronic patient care record (ePCR) system do crews use?", R,
          fact=("name", "Tern ePR (Northwick Health Systems)"),
          ans="Tern ePR, supplied by Northwick Health Systems."),
        Q("C.ict.cyber_spend", "How much did the Trust spend on cyber security in 2021/22?",
          W, ["s31(1)(a)"]),
        Q("C.ict.dspt",
          "What was the Trust's Data Security and Protection Toolkit outcome for 2020/21?",
          R, fact=("text", "Standards Met"), ans="Standards Met."),
    ]), fname="SVAS-FOI-2022-0188.pdf", opts=dict(datefmt=0, num="dot"))

add("C", "SVAS-FOI-2022-0611", "2022-11-29", "2022-11-01", "foia", "pdf-gs",
    "interleaved", "Agency staff: paramedics and emergency operations centre", [
        Part("Part 1 – Agency paramedics", None, [
            Q("C.agency.spend_total",
              "What was the total spend on agency staff in each of the last three financial years?",
              R, fact=("mtable", {"2019/20": 2460000, "2020/21": 3180000, "2021/22": 4020000})),
            Q("C.agency.highest_rate", "What is the highest hourly rate paid?", W, ["s43(2)"]),
            Q("C.agency.top_agencies", "Which agencies did you use?", P, ["s43(2)"],
              fact=("name", SHSF),
              ans="All agency paramedics were engaged through the Southern Health Staffing Framework. The names of the individual agencies are withheld"),
            Q("C.agency.off_framework", "How many shifts were filled off-framework?", R,
              fact=("int", 124), ans="{f}."),
        ]),
        Part("Part 2 – Agency staff in the Emergency Operations Centre (call handlers and dispatchers)", None, [
            Q("C.agency_eoc.spend_total",
              "What was the total spend on agency staff in each of the last three financial years?",
              R, fact=("mtable", {"2019/20": 210000, "2020/21": 465000, "2021/22": 612000})),
            Q("C.agency_eoc.highest_rate", "What is the highest hourly rate paid?", W, ["s43(2)"]),
            Q("C.agency_eoc.top_agencies", "Which agencies did you use?", P, ["s43(2)"],
              fact=("name", SHSF),
              ans="Agency call handlers were supplied through the Southern Health Staffing Framework. The names of the individual agencies are withheld"),
            Q("C.agency_eoc.off_framework", "How many shifts were filled off-framework?", R,
              fact=("int", 0), ans="None."),
        ]),
    ], fname="SVAS-FOI-2022-0611.pdf", opts=dict(datefmt=3, qa="Q"),
    traps=["same questions in two parts: paramedics and call handlers"])

add("C", "SVAS-FOI-2023-0329", "2023-07-11", "2023-06-13", "foia", "html",
    "restate_numbered", "Body-worn cameras", Part(None, None, [
        Q("C.bwv.count", "What is the total number of body-worn video devices in use?", R,
          fact=("int", 600), ans="{f}."),
        Q("C.bwv.supplier", "Which company provides your body worn cameras?", R,
          fact=("name", SENTINEL), ans="{f}."),
        Q("C.bwv.cost",
          "What has the Trust paid for its body-worn camera devices and licences?",
          W, ["s43(2)"]),
        Q("C.bwv.retention",
          "For how long does the Trust retain body-worn video recordings that are not required for an investigation?",
          R, fact=("days", 31), ans="{f}, after which recordings are deleted automatically."),
        Q("C.assaults.count",
          "Number of reported physical assaults against Trust staff per year, 2020 to 2022.",
          R, fact=("table", {"2020": 233, "2021": 251, "2022": 268})),
        Q("C.bwv.use",
          "Please confirm whether body worn cameras are in use by the Trust's clinicians.",
          R, fact=("bool", True), ans="Yes."),
    ]), fname="svas-foi-2023-0329.html",
    opts=dict(datefmt=2, site=True, num="dot", anskey="dot"))

add("C", "SVAS-FOI-2024-0245", "2024-05-21", "2024-04-23", "foia", "txt",
    "restate_numbered", "Agency expenditure", Part(None, None, [
        Q("C.agency.spend_total",
          "Agency paramedic spend by year for the last three complete financial years.",
          R, fact=("mtable", {"2020/21": 3180000, "2021/22": 4020000, "2022/23": 3770000})),
        Q("C.agency.highest_rate",
          "Top hourly rate paid for an agency paramedic (including agency commission).",
          W, ["s43(2)"]),
        Q("C.agency.top_agencies", "Names of agencies that supplied paramedics in 2023/24.",
          P, ["s43(2)"], fact=("name", SHSF),
          ans="Paramedics were supplied under the Southern Health Staffing Framework. The names of the individual agencies are withheld"),
        Q("C.agency.off_framework",
          "Number of off-framework agency paramedic shifts in 2023/24.", R,
          fact=("int", 97), ans="{f}."),
        Q("C.agency.framework",
          "Which procurement framework does the Trust use for agency workers?", R,
          fact=("name", SHSF), ans="The Southern Health Staffing Framework."),
        Q("C.agency_eoc.highest_rate",
          "Highest hourly rate paid for agency staff in the emergency operations centre (call handlers).",
          W, ["s43(2)"]),
    ]), fname="SVAS-FOI-2024-0245.txt",
    opts=dict(datefmt=0, num="dot", anskey="Question", wrap=True))

# --- C drafts --------------------------------------------------------------
add("C", "SVAS-FOI-2025-0391", "2025-08-12", "2025-07-15", "foia", "docx",
    "decision", "Agency paramedics", Part(None, None, [
        Q("C.agency.highest_rate",
          "What is the most the Trust has paid per hour for a paramedic supplied by an agency?",
          W, ["s43(2)"]),
        Q("C.agency.top_agencies",
          "Please name each agency from which the Trust has hired paramedics.",
          W, ["s43(2)"]),
        Q("C.agency.off_framework",
          "How many agency paramedic shifts did the Trust book outside an approved framework in 2024/25?",
          NH, ans="The Trust does not hold this information. Since the move to the regional bank and agency booking platform in 2024, framework status is no longer recorded."),
        Q("C.agency.framework",
          "Please name the framework under which agency paramedics are engaged.", R,
          fact=("name", SHSF), ans="Southern Health Staffing Framework."),
        Q("C.agency_eoc.highest_rate",
          "What is the highest hourly rate the Trust has paid for an agency emergency call handler?",
          W, ["s43(2)"]),
    ]), kind="draft", fname="DRAFT SVAS-FOI-2025-0391.docx",
    opts=dict(datefmt=0, num="dot"))

add("C", "SVAS-FOI-2025-0588", "2025-12-09", "2025-11-11", "foia", "pdf-gs",
    "you_asked", "Body-worn video", Part(None, None, [
        Q("C.bwv.use", "Does the Trust currently use body-worn video for frontline crews?",
          R, fact=("bool", True), ans="Yes."),
        Q("C.bwv.count",
          "How many body-worn video units have been deployed across the Trust?", R,
          fact=("int", 600), fs=1, ans="{f}."),
        Q("C.bwv.supplier", "Who is the Trust's body-worn camera supplier?", R,
          fact=("name", SENTINEL), fs=1, ans="{f}."),
        Q("C.bwv.cost",
          "How much has the Trust spent on body-worn cameras, including licences?",
          W, ["s43(2)"]),
        Q("C.bwv.retention", "How long is footage kept if it is not needed as evidence?",
          R, fact=("days", 31), fs=1,
          ans="Footage is kept for {f} and is then deleted automatically."),
    ]), kind="draft", consistent=True, fname="draft_SVAS-FOI-2025-0588_bwv.pdf",
    opts=dict(datefmt=0))

add("C", "SVAS-FOI-2026-0031", "2026-01-15", "2026-01-15", "foia", "txt",
    "bare", "Cyber security and dispatch systems", Part(None, None, [
        Q("C.cyber.ransomware",
          "Have any Trust systems been encrypted by ransomware since 2020?", U),
        Q("C.ict.cad_supplier",
          "Which computer aided dispatch system does the Trust use to dispatch ambulances, and who supplies it?", U),
        Q("C.ict.epr_supplier",
          "Please name the supplier of the electronic patient record used by ambulance clinicians.", U),
        Q("C.ict.cyber_spend",
          "What did the Trust spend on cyber security in the last financial year?", U),
        Q("C.ict.windows10", "How many Trust devices are still running Windows 10?", U),
    ]), kind="draft", fname="incoming-request-cyber-dispatch.txt", opts=dict(datefmt=0),
    traps=["bare incoming request: questions only"])

# ---------------------------------------------------------------------------
# D: Coastal Survey Agency (arm's-length body; central government)
# ---------------------------------------------------------------------------
DESC_CC = ("text", "desc-cc")
DESC_INB = ("text", "desc-inb")

add("D", "CSA/FOI/17/0045", "2017-05-22", "2017-04-24", "foia", "txt",
    "restate_numbered", "Contact centre contract", Part(None,
        "I wish to make a request about your contact centre arrangements. Please send me the following:", [
        Q("D.cc.supplier", "Supplier: who provides your contact centre service or system?",
          R, fact=("name", TELVIA), ans="{f}."),
        Q("D.cc.spend",
          "Annual spend: what is the average annual spend on the contract over the last three years?",
          R, fact=("money", 84000), ans="{f} a year."),
        Q("D.cc.expiry", "Expiry: when does the contract expire?", R,
          fact=("date", "2019-06-30"), ans="{f}."),
        Q("D.cc.review", "Review: when will the contract next be reviewed?", R,
          fact=("date", "2018-12-31"), ans="{f}."),
        Q("D.cc.description",
          "Description: please give a brief description of the services provided under the contract.",
          R, fact=DESC_CC,
          ans="Hosted telephony and call distribution for the Agency's customer enquiries line, with call recording and reporting."),
        Q("D.cc.contact",
          "Contact: who within the Agency is responsible for the contract? Please give their name, job title, telephone number and email address.",
          R, fact=("text", "Alison Tregear, Head of Customer Services"),
          ans="Alison Tregear, Head of Customer Services, 0300 000 4120, csa-enquiries@coastalsurvey.gov.uk."),
        Q("D.cc.agents", "Agents: how many contact centre agents do you have?", R,
          fact=("int", 22), ans="{f}."),
    ]), fname="CSA-FOI-17-0045.txt", opts=dict(datefmt=0, num="dot", anskey="dot"))

add("D", "CSA/FOI/18/0219", "2018-10-30", "2018-10-02", "foia", "md",
    "interleaved", "Staff numbers and consultancy", Part(None, None, [
        Q("D.staff.headcount", "What is the Agency's current headcount?", R,
          fact=("int", 612), ans="{f}."),
        Q("D.staff.consultancy",
          "How much did the Agency spend on consultancy in 2015/16, 2016/17 and 2017/18?",
          R, fact=("mtable", {"2015/16": 880000, "2016/17": 1040000, "2017/18": 960000})),
        Q("D.staff.surveyors", "How many hydrographic surveyors does the Agency employ?",
          R, fact=("int", 148), ans="{f}."),
        Q("D.staff.contractors",
          "How many contractors or interim workers are currently engaged?", R,
          fact=("int", 37), ans="{f}."),
    ]), fname="csa-foi-18-0219.md", opts=dict(datefmt=3, qa="Request"))

_SUP = "Incumbent Supplier: for each contract, please provide the name of the supplier."
_SPEND = "Annual Average Spend: for each supplier, please state the average annual spend over the last three years."
_EXP = "Contract Expiry: for each supplier, please state the date on which the contract expires."
_REV = "Contract Review: for each supplier, please state the date on which the contract will be reviewed."
_DESC = "Contract Description: for each supplier, please give a brief description of the services provided under the contract."
_CONT = "Contact Details: for each supplier, please state the person within the organisation responsible for the contract, with their full name, job title, telephone number and email address."

add("D", "CSA/FOI/19/0164", "2019-08-06", "2019-07-09", "foia", "pdf-soffice",
    "decision", "Contact centre and inbound network services contracts", [
        Part("Part 1", "The first part of my request relates to contact centre service contracts (call distribution, web chat, performance monitoring).", [
            Q("D.cc.supplier", _SUP, R, fact=("name", TELVIA), ans="{f}."),
            Q("D.cc.spend", _SPEND, W, ["s43(2)"]),
            Q("D.cc.expiry", _EXP, R, fact=("date", "2022-06-30"), ans="{f}."),
            Q("D.cc.review", _REV, R, fact=("date", "2021-12-31"), ans="{f}."),
            Q("D.cc.description", _DESC, R, fact=DESC_CC,
              ans="Hosted telephony and call distribution for the customer enquiries line, including call recording and management reporting."),
            Q("D.cc.contact", _CONT, P, ["s40(2)"],
              fact=("text", "Head of Customer Services"),
              ans="Head of Customer Services, csa-enquiries@coastalsurvey.gov.uk. The officer's name and direct telephone number are withheld"),
            Q("D.cc.agents", "Number of Agents: please state the total number of contact centre agents.",
              R, fact=("int", 24), ans="{f}."),
        ]),
        Part("Part 2", "The second part of my request relates to inbound network services contracts (0800 and 0300 numbers, call routing, caller identification, interactive voice response).", [
            Q("D.inb.supplier", _SUP, R, fact=("name", KEYSTONE), ans="{f}."),
            Q("D.inb.spend", _SPEND, W, ["s43(2)"]),
            Q("D.inb.expiry", _EXP, R, fact=("date", "2021-03-31"), ans="{f}."),
            Q("D.inb.review", _REV, R, fact=("date", "2020-09-30"), ans="{f}."),
            Q("D.inb.description", _DESC, R, fact=DESC_INB,
              ans="Provision of 0300 non-geographic numbers, inbound call routing and interactive voice response (IVR)."),
            Q("D.inb.contact", _CONT, P, ["s40(2)"],
              fact=("text", "Digital Services Manager"),
              ans="Digital Services Manager, csa-enquiries@coastalsurvey.gov.uk. The officer's name and direct telephone number are withheld"),
        ]),
    ], fname="CSA-FOI-19-0164.pdf", opts=dict(datefmt=0, num="dot"),
    traps=["same question text in two parts; decision paragraph by part"])

add("D", "FOI2020/00512", "2020-11-24", "2020-10-27", "foia", "html",
    "interleaved", "Cyber security", Part(None, None, [
        Q("D.cyber.phishing",
          "How many phishing emails did the Agency's systems block in the last 12 months?",
          R, fact=("int", 1200000), ans="Approximately 1.2 million."),
        Q("D.cyber.ransomware",
          "Has the Agency experienced a ransomware attack in the last three years?",
          N, ["s24(2)", "s31(3)"]),
        Q("D.cyber.training",
          "What percentage of staff completed mandatory cyber security training in 2019/20?",
          NH, ans="This information is not held. Completion of the cyber security module was not recorded separately from the wider annual data protection training in 2019/20."),
        Q("D.cyber.ico_breaches",
          "How many personal data breaches did the Agency report to the Information Commissioner's Office in 2019/20, and what did each involve?",
          R, fact=("text", "3 breaches described"),
          ans="Three. One involved an email sent to the wrong recipient, one the loss of an unencrypted USB stick, and one the publication of a contractor's home address in a consultation document."),
    ]), fname="csa-foi2020-00512.html", opts=dict(datefmt=2, site=True, qa="Q"))

add("D", "FOI2021/00433", "2021-09-14", "2021-08-17", "foia", "txt",
    "refusal", "Hybrid working and office attendance", Part(None, None, [
        Q("D.staff.headcount", "How many staff does the Agency employ (headcount)?",
          F, ["s12(1)"]),
        Q("D.staff.remote", "How many of those staff are contractually home-based?",
          F, ["s12(1)"]),
        Q("D.staff.attendance_counts",
          "For each week since September 2020, how many staff attended each Agency office?",
          F, ["s12(1)"]),
    ]), fname="FOI2021-00433.txt", opts=dict(datefmt=0, num="dot", wrap=True))

_SUP2 = "Current Supplier: please tell me who the supplier is for each contract."
_SPEND2 = "Average Annual Spend: please give the annual average spend over three years for each supplier."
_EXP2 = "Contract Expiry: the date each contract expires."
_REV2 = "Contract Review: the date each contract is due to be reviewed."
_DESC2 = "Contract Description: a short description of the services covered by each contract."
_CONT2 = "Contact Details: the person responsible for each contract (full name, job title, phone number and email address)."

add("D", "FOI2022/00418", "2022-06-28", "2022-05-31", "foia", "pdf-chromium",
    "restate_numbered", "Contact centre and inbound network contracts", [
        Part("Contact centre services", None, [
            Q("D.cc.supplier", _SUP2, R, fact=("name", TELVIA), ans="{f}."),
            Q("D.cc.spend", _SPEND2, W, ["s43(2)"]),
            Q("D.cc.duration",
              "Contract Duration: please state the length of each contract, including any extensions available.",
              R, fact=("months", 36), ans="{f}."),
            Q("D.cc.expiry", _EXP2, R, fact=("date", "2025-06-30"), ans="{f}."),
            Q("D.cc.review", _REV2, R, fact=("date", "2024-12-31"), ans="{f}."),
            Q("D.cc.description", _DESC2, R, fact=DESC_CC,
              ans="Hosted contact centre telephony: call distribution, call recording and performance reporting for the customer enquiries line."),
            Q("D.cc.contact", _CONT2, P, ["s40(2)"],
              fact=("text", "Head of Customer Services"),
              ans="Head of Customer Services. The name and direct contact details of the officer are withheld"),
            Q("D.cc.agents", "Number of Agents: the total number of contact centre agents.",
              R, fact=("int", 26), ans="{f}."),
        ]),
        Part("Inbound network services", None, [
            Q("D.inb.supplier", _SUP2, R, fact=("name", KEYSTONE), ans="{f}."),
            Q("D.inb.spend", _SPEND2, W, ["s43(2)"]),
            Q("D.inb.expiry", _EXP2, R, fact=("date", "2024-03-31"), ans="{f}."),
            Q("D.inb.review", _REV2, R, fact=("date", "2023-09-30"), ans="{f}."),
            Q("D.inb.description", _DESC2, R, fact=DESC_INB,
              ans="0300 non-geographic numbers, inbound call routing and IVR."),
            Q("D.inb.contact", _CONT2, P, ["s40(2)"],
              fact=("text", "Digital Services Manager"),
              ans="Digital Services Manager. The name and direct contact details of the officer are withheld"),
        ]),
    ], fname="FOI2022-00418.pdf",
    opts=dict(datefmt=1, num="dot", anskey="Question"),
    traps=["Contract Duration inserted in part 1 only; renumbering"])

add("D", "FOI2023/00129", "2023-03-21", "2023-02-21", "foia", "docx",
    "table", "Staffing and office attendance", Part(None, None, [
        Q("D.staff.headcount", "Please state the Agency's headcount as at 1 March 2023.", R,
          fact=("int", 655), ans="{f}."),
        Q("D.staff.remote",
          "How many employees have a contractual home-based working arrangement?", R,
          fact=("int", 41), ans="{f}."),
        Q("D.staff.consultancy", "What was spent on external consultancy in 2021/22?", R,
          fact=("money", 1240000), fs=1, ans="{f}."),
        Q("D.staff.attendance_policy",
          "What is the Agency's minimum expectation for office attendance?", R,
          fact=("pct", 60),
          ans="Staff are expected to spend at least 60% of their working time in the office."),
    ]), fname="FOI2023-00129 staffing.docx", opts=dict(datefmt=0, tablecols=2))

add("D", "FOI2024/00771", "2024-04-09", "2024-03-12", "foia", "pdf-chromium",
    "table", "Contact centre and inbound telephony contracts", Part(None,
        "Please provide the following for your contact centre contract and for your inbound network services contract.", [
        Q("D.cc.supplier",
          "Contact centre – incumbent supplier: the name of the company supplying the contact centre solution.",
          R, fact=("name", TELVIA), ans="{f}"),
        Q("D.cc.spend", "Contact centre – annual average spend over the last three years.",
          W, ["s43(2)"]),
        Q("D.cc.duration", "Contact centre – contract duration, including any extension options.",
          R, fact=("months", 36), ans="{f}, no extension options."),
        Q("D.cc.expiry", "Contact centre – contract expiry date.", R,
          fact=("date", "2025-06-30"), ans="{f}"),
        Q("D.cc.description", "Contact centre – brief description of the services provided.",
          R, fact=DESC_CC,
          ans="Hosted telephony, call distribution, call recording and reporting for the customer enquiries line."),
        Q("D.cc.contact",
          "Contact centre – name, job title, phone number and email address of the officer responsible for the contract.",
          P, ["s40(2)"], fact=("text", "Head of Customer Services"),
          ans="Head of Customer Services. The officer's name and direct contact details are withheld"),
        Q("D.cc.agents", "Contact centre – number of agents.", R,
          fact=("int", 26), ans="{f}"),
        Q("D.cc.busy", "Contact centre – which months are your busiest for call volumes?",
          R, fact=("text", "January and October"), ans="January and October."),
        Q("D.inb.supplier",
          "Inbound network services – incumbent supplier of your non-geographic numbers and inbound call routing.",
          R, fact=("name", KEYSTONE), ans="{f}"),
        Q("D.inb.spend", "Inbound network services – annual average spend over the last three years.",
          W, ["s43(2)"]),
        Q("D.inb.expiry", "Inbound network services – contract expiry date.", R,
          fact=("date", "2027-03-31"), ans="{f}"),
        Q("D.inb.review", "Inbound network services – date of the next contract review.", R,
          fact=("date", "2026-09-30"), ans="{f}"),
        Q("D.inb.description",
          "Inbound network services – brief description of the services provided.", R,
          fact=DESC_INB, ans="0300 numbers, inbound call routing and interactive voice response."),
        Q("D.inb.contact",
          "Inbound network services – name, job title, phone number and email address of the officer responsible for the contract.",
          P, ["s40(2)"], fact=("text", "Digital Services Manager"),
          ans="Digital Services Manager. The officer's name and direct contact details are withheld"),
    ]), fname="FOI2024-00771.pdf", opts=dict(datefmt=0, tablecols=3),
    traps=["one merged list 1-14 covering both contracts"])

add("D", "EIR2025/00088", "2025-03-11", "2025-02-11", "eir", "md",
    "you_asked", "Coastal erosion monitoring at Marram Bay", Part(None, None, [
        Q("D.unrel.surveys",
          "How many coastal erosion surveys did the Agency carry out at Marram Bay in 2024?",
          R, fact=("int", 4), ans="Four surveys were carried out in 2024."),
        Q("D.unrel.lidar", "Please provide the most recent LiDAR survey data for Marram Bay.",
          R, ["reg6(1)(b)"], fact=("text", "link"),
          ans="This data is already publicly available from the Agency's open data portal at https://data.coastalsurvey.gov.uk/marram-bay, so under regulation 6(1)(b) of the Environmental Information Regulations 2004 we are not required to provide it in another form."),
        Q("D.unrel.drones", "Does the Agency use drones to survey the coastline?", R,
          fact=("bool", True), ans="Yes. Drone surveys supplement the LiDAR programme at eroding sites."),
    ]), fname="EIR2025-00088.md", opts=dict(datefmt=0))

# --- D drafts --------------------------------------------------------------
_SUP3 = "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract."
_SPEND3 = "Annual Average Spend: For each supplier, please state the annual average spend over 3 years."
_EXP3 = "Contract Expiry: For each supplier, please state the date when the contract expires."
_DESC3 = "Contract Description: For each supplier, please give a brief description of the services provided under the contract."
_CONT3 = "Contact Details: For each supplier, please state the person within the organisation responsible for the contract: full name, job title, contact number and direct email address."

add("D", "FOI2025/00519", "2025-09-23", "2025-08-26", "foia", "pdf-soffice",
    "restate_numbered", "Contact centre and inbound network services contracts", [
        Part("Part 1 – contact centre service contracts", None, [
            Q("D.cc.supplier", _SUP3, R, fact=("name", TELVIA), fs=1, ans="{f}."),
            Q("D.cc.spend", _SPEND3, R, fact=("money", 96500),
              ans="{f} a year (average of 2022/23 to 2024/25)."),
            Q("D.cc.duration",
              "Contract Duration: For each supplier, please state the duration of the contract, including any extensions.",
              R, fact=("months", 36), fs=1, ans="{f}, with no extension options."),
            Q("D.cc.expiry", _EXP3, R, fact=("date", "2027-06-30"),
              ans="The current contract runs until {f}."),
            Q("D.cc.description", _DESC3, R, fact=DESC_CC,
              ans="Hosted telephony with call distribution, call recording and reporting for the customer enquiries line."),
            Q("D.cc.contact", _CONT3, W, ["s40(2)"]),
            Q("D.cc.agents",
              "Number of Agents: please provide the total number of contact centre agents.",
              R, fact=("int", 26), fs=1, ans="{f}."),
        ]),
        Part("Part 2 – inbound network services contracts", None, [
            Q("D.inb.supplier", _SUP3, R, fact=("name", KEYSTONE), fs=1, ans="{f}."),
            Q("D.inb.spend", _SPEND3, W, ["s43(2)"]),
            Q("D.inb.expiry", _EXP3, R, fact=("date", "2027-03-31"), fs=1, ans="{f}."),
            Q("D.inb.review",
              "Contract Review: For each supplier, please state the date when the contract will be reviewed.",
              R, fact=("date", "2026-09-30"), fs=6, ans="{f}."),
            Q("D.inb.description", _DESC3, P, ["s43(2)"], fact=DESC_INB,
              ans="Provision of 0300 numbers and inbound call routing. Details of the IVR configuration and call-handling rules are withheld"),
            Q("D.inb.contact", _CONT3, P, ["s40(2)"], fact=("text", "Digital Services Manager"),
              ans="Digital Services Manager. The officer's name and direct contact details are withheld"),
        ]),
    ], kind="draft", fname="DRAFT FOI2025-00519 contact centre.pdf",
    opts=dict(datefmt=0, num="dot", anskey="Question"),
    traps=["contract review asked in part 2 only"])

add("D", "FOI2026/00097", "2026-02-24", "2026-01-27", "foia", "md",
    "interleaved", "Cyber security", Part(None, None, [
        Q("D.cyber.ransomware", "Has the Agency been affected by ransomware at any point since 2020?",
          N, ["s24(2)", "s31(3)"]),
        Q("D.cyber.training",
          "What proportion of staff completed the mandatory cyber security e-learning in 2024/25?",
          R, fact=("pct", 94), ans="{f} of staff completed the module in 2024/25."),
        Q("D.cyber.ico_breaches",
          "How many personal data breaches were reported to the ICO in 2024/25, and what was the nature of each?",
          P, ["s40(2)"], fact=("text", "2 breaches"),
          ans="Two breaches were reported to the ICO in 2024/25. A description of each breach is withheld"),
    ]), kind="draft", fname="draft-FOI2026-00097-cyber.md", opts=dict(datefmt=0, qa="Q"))
