"""Northmoor Combined Transport Authority (England): FOIA and EIR."""
from model import Q, Part, Letter

S43_CCTV = ("Withheld under section 43(2) of the Freedom of Information Act 2000 (commercial interests). The "
            "maintenance and renewal of the on-tram CCTV system is being re-tendered and naming the incumbent would "
            "be likely to prejudice the competition. The public interest favours withholding at this time.")

LETTERS = []
A = LETTERS.append

# ---------------------------------------------------------------- CCTV and body-worn video
A(Letter("ta-cctv-2018", "TA", "NT/FOI/2018/044", "2018-05-22", "foia", "interleaved", "pdf-gs",
    "CCTV and body-worn video on Northmoor Metro", received="2018-04-24",
    intro=["Thank you for your request for information received on {received}. Your questions and our answers "
           "are set out below."],
    parts=[
        Q("ta.cctv.tram_cameras", "How many CCTV cameras are fitted across the Northmoor Metro tram fleet?",
          fact="1184", ans="1,184 cameras across 74 trams."),
        Q("ta.cctv.supplier", "Which company supplies and maintains the on-tram CCTV system?", fact="synectics",
          ans="Synectics Mobile Systems."),
        Q("ta.cctv.retention", "How long is on-tram footage kept before it is overwritten?", fact="31d",
          ans="31 days, unless it has been downloaded for an investigation."),
        Q("ta.bwv.count", "How many body-worn video cameras are issued to TravelSafe officers?", fact="24",
          ans="24."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "{n}. ", "al": "Response: "}))

A(Letter("ta-cctv-2020", "TA", "FOIR-20-0311", "2020-07-08", "foia", "table", "html",
    "Tram CCTV and staff assaults", received="2020-06-09",
    intro=["Request received {received}. Northmoor Transport's response is given below."],
    parts=[
        Q("ta.cctv.tram_cameras", "Number of CCTV cameras installed on trams", fact="1236", ans="1,236 (80 trams)."),
        Q("ta.cctv.retention", "Retention period for tram CCTV recordings", fact="31d", ans="31 days."),
        Q("ta.cctv.supplier", "Supplier of the tram CCTV system", "withheld", ["s43(2)"], ans=S43_CCTV),
        Q("ta.safety.assaults", "Number of physical assaults on Metro staff recorded in 2019/20", "not_held",
          ans="Northmoor Transport does not hold this information. Assaults on staff are recorded by the operator, "
              "Northmoor Metrolink Operations Ltd, which is not a public authority under the Act."),
    ],
    opts={"meta": "foiref", "datestyle": "slash", "cols": 2, "hdr": ("Request", "Response"),
          "log_date": "FOIR-20-0311 | Published 15/07/2020 | Safety and security"}))

A(Letter("ta-cctv-2022", "TA", "FOIR-22-0877", "2022-06-30", "foia", "youasked", "txt",
    "Body cameras and CCTV", received="2022-06-01",
    intro=["We received your request on {received}."],
    parts=[
        Q("ta.bwv.count", "How many TravelSafe officers wear body cameras, and how many cameras do you have?",
          fact="40", ans="40 cameras, issued to all 38 TravelSafe officers plus two spares."),
        Q("ta.cctv.supplier", "Who is the supplier of your tram CCTV?", "withheld", ["s43(2)"], ans=S43_CCTV),
        Q("ta.cctv.tram_cameras", "How many cameras are on the tram fleet in total?", fact="1236", ans="1,236."),
        Q("ta.cctv.requests", "How many times did the police request tram CCTV footage in 2021?", fact="2114",
          ans="2,114 requests."),
        Q("ta.cctv.station_cameras", "How many CCTV cameras are installed at bus stations and interchanges?",
          fact="412", ans="412 across 19 bus stations and interchanges."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "labels": ("REQUEST", "RESPONSE")}))

A(Letter("ta-cctv-2024", "TA", "NCTA-2024-0415", "2024-05-14", "foia", "decision", "pdf-chromium",
    "Tram CCTV, staff assaults and body-worn video", received="2024-04-16",
    intro=["Thank you for your request for information received on {received}."],
    parts=[
        Q("ta.cctv.tram_cameras", "Please state the total number of CCTV cameras fitted to trams.", fact="1302",
          ans="1,302."),
        Q("ta.cctv.supplier", "Please name the supplier of the on-board CCTV system.", "withheld", ["s43(2)"]),
        Q("ta.cctv.retention", "Please state how long tram CCTV footage is retained.", fact="31d",
          ans="One month (31 days)."),
        Q("ta.safety.assaults", "Please state the number of assaults on tram staff in 2023/24.", "not_held",
          ans="Not held. Assaults on tram staff are recorded by the Metro operator under its concession, and the "
              "Authority does not hold the figures."),
        Q("ta.bwv.count", "Please state the number of body-worn cameras used by TravelSafe officers.", fact="46",
          ans="46."),
    ],
    harm=["Section 43(2) - the on-board CCTV contract is in a re-procurement period. Naming the incumbent would be "
          "likely to prejudice the Authority's commercial interests and those of the bidders. We accept there is a "
          "public interest in transparency, but on balance the public interest favours withholding."],
    opts={"meta": "foiref", "datestyle": "ord", "akey": "Question {n}: "}))

# ---------------------------------------------------------------- zero-emission buses
A(Letter("ta-bus-2020", "TA", "FOIR-20-0590", "2020-11-24", "foia", "restate_numbered", "md",
    "Zero-emission buses and depot charging", received="2020-10-27",
    intro=["Thank you for your request received on {received}, which has been handled under the Freedom of "
           "Information Act 2000."],
    parts=[
        Q("ta.bus.zeb_count", "How many zero-emission buses currently operate on services supported or franchised "
          "by the Authority?", fact="32", ans="32 battery-electric buses."),
        Q("ta.bus.charger_supplier", "Which company supplied the depot charging equipment at Eastgate depot?",
          fact="heliox", ans="Heliox."),
        Q("ta.bus.charger_value", "What was the value of the charging infrastructure contract?", "withheld",
          ["s43(2)"],
          ans="This information is exempt under section 43(2) of the Freedom of Information Act 2000 (commercial "
              "interests). Further phases of depot electrification are being procured, and disclosing the price "
              "of the first phase would be likely to prejudice the Authority's negotiating position. The public "
              "interest favours withholding."),
    ],
    opts={"meta": "foiref", "datestyle": "long"}))

A(Letter("ta-bus-2023", "TA", "NCTA-2023-0271", "2023-03-07", "foia", "table", "pdf-soffice",
    "Bus fleet emissions and charging infrastructure", received="2023-02-07",
    intro=["Your request received on {received} has been considered under the Freedom of Information Act 2000."],
    parts=[
        Q("ta.bus.charger_supplier", "Supplier of depot charging infrastructure", fact="heliox",
          ans="Heliox Energy UK Ltd."),
        Q("ta.bus.charger_value", "Value of the depot charging contract", "withheld", ["s43(2)"],
          ans="Withheld - section 43(2) FOIA (commercial interests). Prices are subject to a continuing framework "
              "and disclosure would be likely to prejudice later call-offs."),
        Q("ta.bus.zeb_count", "Number of zero-emission buses in the fleet", fact="120", ans="120."),
        Q("ta.bus.euro6", "Percentage of the franchised fleet meeting Euro VI or better", fact="86", ans="86%."),
        Q("ta.bus.zebra_grant", "Amount awarded to the Authority under the ZEBRA scheme", fact="14300000",
          ans="£14,300,000."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "cols": 3, "hdr": ("No.", "Request", "Response")}))

# ---------------------------------------------------------------- drones
A(Letter("ta-drone-2019", "TA", "NT/FOI/2019/212", "2019-04-16", "foia", "interleaved", "txt",
    "Use of drones", received="2019-03-19",
    intro=["I refer to your request received on {received}."],
    parts=[
        Q("ta.drone.use", "Does Northmoor Transport use drones (unmanned aerial vehicles)?", fact="yes",
          ans="Yes, for inspecting structures such as viaducts and the tram overhead line equipment."),
        Q("ta.drone.count", "How many drones does it own?", fact="2", ans="Two."),
        Q("ta.drone.supplier", "Who supplied them?", fact="coptrz", ans="Coptrz Ltd."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "Question {n}\n", "al": "Answer\n"}))

A(Letter("ta-drone-2021", "TA", "FOIR-21-0150", "2021-03-09", "foia", "youasked", "docx",
    "Drones", received="2021-02-08",
    intro=["Thank you for your request dated {received}."],
    parts=[
        Q("ta.drone.use", "Do you operate drones?", fact="yes", ans="Yes."),
        Q("ta.drone.count", "How many drones do you have?", fact="3", ans="3."),
        Q("ta.drone.supplier", "Who is your drone supplier?", "withheld", ["s43(2)"],
          ans="A mini-competition for drone hardware and services is under way. Naming the current supplier would be "
              "likely to prejudice that competition, so this information is withheld under section 43(2) of the "
              "Freedom of Information Act 2000. The public interest favours withholding until the award is made."),
        Q("ta.drone.pilots", "How many staff hold a CAA drone operator or remote pilot qualification?", fact="4",
          ans="4."),
    ],
    opts={"meta": "foiref", "datestyle": "long"}))

A(Letter("ta-drone-2024", "TA", "NCTA-2024-0102", "2024-02-06", "foia", "table", "html",
    "Drones owned by the Authority", received="2024-01-09",
    intro=["Thank you for your request of {received}."],
    parts=[
        Q("ta.drone.count", "Number of drones owned by the Authority", fact="3", ans="3"),
        Q("ta.drone.supplier", "Supplier of the Authority's drones", fact="coptrz", ans="Coptrz Ltd."),
        Q("ta.drone.pilots", "Number of staff qualified to fly them", fact="5", ans="5"),
    ],
    opts={"meta": "foiref", "datestyle": "long", "cols": 2,
          "log_date": "Disclosure NCTA-2024-0102 - Drones - 6 February 2024"}))

# ---------------------------------------------------------------- cyber
A(Letter("ta-cyber-2022", "TA", "FOIR-22-0214", "2022-02-15", "foia", "restate_numbered", "pdf-gs",
    "Cyber security", received="2022-01-18",
    intro=["Thank you for your request received on {received}, which has been considered under the Freedom of "
           "Information Act 2000."],
    parts=[
        Q("cyber.ransomware", "Has Northmoor Transport been affected by ransomware in the last three years?",
          fact="no", ans="No."),
        Q("cyber.insurer", "Which company is your cyber insurer?", "withheld", ["s43(2)"],
          ans="The identity of the insurer is withheld under section 43(2) (commercial interests): disclosure would be "
              "likely to prejudice the Authority's position when the policy is renewed."),
        Q("cyber.training", "Is cyber awareness training compulsory for employees?", fact="yes", ans="Yes."),
        Q("cyber.budget", "What is your annual cyber security budget?", "withheld", ["s31(1)(a)"],
          ans="Withheld under section 31(1)(a) (law enforcement), as the figure would indicate the Authority's "
              "capacity to defend its systems and would be of use to attackers."),
    ],
    opts={"meta": "foiref", "datestyle": "long"}))

A(Letter("ta-cyber-2024", "TA", "NCTA-2024-0860", "2024-10-01", "foia", "interleaved", "md",
    "Ransomware and training", received="2024-09-03",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("cyber.ransomware", "Has the Authority suffered a ransomware attack since 2021?", fact="no", ans="No."),
        Q("cyber.training", "Must staff complete cyber security training?", fact="yes", ans="Yes, annually."),
        Q("cyber.ransom_paid", "Has the Authority ever paid a ransom?", fact="no", ans="No."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "Q{n}: ", "al": "A{n}: "}))

# ================================================================= drafts
A(Letter("ta-cctv-draft", "TA", "NCTA-2025-0933", "2025-08-19", "foia", "table", "docx",
    "Tram CCTV, staff assaults and TravelSafe body cameras", received="2025-07-22", draft=True,
    fname="northmoor-cctv-draft.docx",
    intro=["Thank you for your request received on {received}. Our response is set out in the table below."],
    parts=[
        Q("ta.cctv.tram_cameras", "Total number of CCTV cameras on the Metro tram fleet", "withheld", ["s31(1)(a)"],
          ans="Withheld - section 31(1)(a) (law enforcement). Following advice from British Transport Police, the "
              "Authority no longer publishes camera numbers for the tram fleet, as they would help offenders to "
              "judge the extent of coverage. The public interest favours withholding."),
        Q("ta.cctv.supplier", "Company that supplies the on-tram CCTV system", "withheld", ["s31(1)(a)"],
          ans="Withheld - section 31(1)(a) (law enforcement). Identifying the system would reveal its known "
              "capabilities and weaknesses to those seeking to defeat it."),
        Q("ta.cctv.retention", "How long tram CCTV recordings are kept", fact="31d",
          ans="31 days before automatic overwrite."),
        Q("ta.safety.assaults", "Number of assaults on tram staff recorded in 2024/25", fact="57",
          ans="57. Since operation of the Metro passed to the Authority's own subsidiary in 2024, these incidents "
              "are recorded on the Authority's safety management system."),
        Q("ta.bwv.count", "Number of body-worn cameras issued to TravelSafe officers", fact="46",
          ans="Forty-six."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "cols": 2, "hdr": ("Information requested", "Response")}))

A(Letter("ta-bus-draft", "TA", "NCTA-EIR-2025-0388", "2025-04-29", "eir", "interleaved", "pdf-gs",
    "Bus depot charging and fleet emissions", received="2025-04-01", draft=True,
    fname="northmoor-bus-charging-draft.pdf",
    intro=["Thank you for your request received on {received}. We have considered it under the Environmental "
           "Information Regulations 2004 (EIR), since it concerns emissions and energy use and the measures "
           "affecting them. Earlier requests on this subject were handled under the Freedom of Information Act."],
    parts=[
        Q("ta.bus.charger_supplier", "Who supplied the charging equipment installed at your bus depots?",
          fact="heliox", ans="Heliox Energy UK Ltd."),
        Q("ta.bus.charger_value", "What is the contract value for the depot charging equipment?", "withheld",
          ["reg12(5)(e)"],
          ans="Withheld under regulation 12(5)(e) of the EIR (confidentiality of commercial or industrial "
              "information). The prices were provided in confidence under a framework that is still in use, and "
              "disclosure would adversely affect the legitimate economic interests of the Authority and the "
              "supplier. We have applied the presumption in favour of disclosure and the public interest test, and "
              "concluded that the public interest favours maintaining the exception."),
        Q("ta.bus.euro6", "What proportion of the bus fleet meets the Euro VI emission standard or better?",
          fact="86", ans="86 per cent."),
        Q("ta.bus.zebra_grant", "How much ZEBRA funding did the Authority receive?", fact="14300000",
          ans="£14.3m."),
        Q("ta.bus.realtime", "How many bus stops have real-time passenger information displays?", fact="1420",
          ans="1,420."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "{n}. ", "al": "Response: "}))

A(Letter("ta-drone-draft", "TA", "NCTA-2026-0164", "2026-02-17", "foia", "youasked", "txt",
    "Drones", received="2026-01-20", draft=True, as_of="2022-01-01",
    fname="northmoor-drones-draft.txt",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("ta.drone.use", "Does the Authority use drones for any purpose?", fact="yes",
          ans="Yes - for structural and overhead line inspections."),
        Q("ta.drone.supplier", "Which company supplies your drones?", fact="coptrz", ans="Coptrz Ltd."),
        Q("ta.drone.count", "How many drones does the Authority own?", fact="3", ans="Three."),
        Q("ta.drone.pilots", "How many members of staff are trained drone pilots?", fact="5", ans="Five."),
    ],
    opts={"meta": "foiref", "datestyle": "long"}))

A(Letter("ta-cyber-draft", "TA", "NCTA-2025-1402", "2025-12-09", "foia", "interleaved", "md",
    "Ransomware, cyber insurance and training", received="2025-11-11", draft=True, all_authorities=True,
    fname="northmoor-cyber-draft.md",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("cyber.ransomware", "Has the Authority been the subject of a ransomware attack in the past five years?",
          fact="no", ans="No."),
        Q("cyber.insurer", "Who provides the Authority's cyber insurance?", "withheld", ["s43(2)"],
          ans="The identity of the Authority's cyber insurer is withheld under section 43(2) of the Freedom of "
              "Information Act 2000 (commercial interests), as disclosure would be likely to prejudice the "
              "Authority's position at renewal. The public interest favours withholding."),
        Q("cyber.training", "Is cyber security training mandatory for all staff?", fact="yes", ans="Yes."),
        Q("cyber.backup", "How often are backups of critical systems tested?", fact="quarterly",
          ans="Quarterly."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "Question {n}: ", "al": "Answer: "}))
