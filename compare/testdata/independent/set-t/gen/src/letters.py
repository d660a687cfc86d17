# The truth for every letter. Q(concept, variant, stance, fact, exemptions, ...)
import datetime as _dt

def Q(c, v=0, s="released", f=None, x=(), text=None, why=None, q=None):
    return {"c": c, "v": v, "s": s, "f": f, "x": list(x), "text": text, "why": why, "q": q}

def D(s):
    return _dt.date.fromisoformat(s)

AUTH = {
 "bmbc": {"name": "Brackenfield Metropolitan Borough Council", "short": "the Council",
          "dept": "Information Governance Team", "addr": ["Civic Centre", "Market Street", "Brackenfield", "BK1 2AA"],
          "sign": ["Information Governance Officer", "Brackenfield Metropolitan Borough Council"],
          "email": "foi@brackenfield.gov.uk"},
 "mvp": {"name": "Mercia Vale Police", "short": "Mercia Vale Police",
         "dept": "Information Rights Unit", "addr": ["Police Headquarters", "Hollins Lane", "Wrenford", "WV9 4PQ"],
         "sign": ["Disclosure Officer", "Information Rights Unit"], "email": "freedomofinformation@merciavale.police.uk"},
 "uoe": {"name": "University of Eastholme", "short": "the University",
         "dept": "Information Compliance Office", "addr": ["Registry Building", "Eastholme Campus", "Eastholme", "EH4 7UN"],
         "sign": ["Information Compliance Manager", "University of Eastholme"], "email": "foi@eastholme.ac.uk"},
 "avh": {"name": "Ashfold Valley Hospitals NHS Foundation Trust", "short": "the Trust",
         "dept": "Freedom of Information Office", "addr": ["Ashfold General Hospital", "Weir Road", "Ashfold", "AF2 8HT"],
         "sign": ["Freedom of Information Lead", "Ashfold Valley Hospitals NHS Foundation Trust"], "email": "avh.foi@nhs.net"},
}

# fields: key, auth, ref, date, received, title, regime, style, fmt, fs (fact style), parts
# parts: list of (heading or None, intro or None, [questions])
HIST = []
def H(**k):
    k.setdefault("regime", "foia"); k.setdefault("fs", 0); k.setdefault("opts", {})
    HIST.append(k)

# ======================= Brackenfield MBC =======================
H(key="bmbc-2017-parking", auth="bmbc", ref="FOI/BMBC/17/0412", date="2017-05-16", received="2017-04-20",
  title="Parking enforcement", style="interleaved", fmt="txt", fs=0, opts={"lab": ("Q{n}.", "A{n}.")},
  parts=[(None, None, [
    Q("pk.pcn_count", 0, f=38950), Q("pk.income", 0, f=1652300), Q("pk.contractor", 0, f="Marshgate Parking Services Ltd"),
    Q("pk.contract_value", 0, f=1050000), Q("pk.contract_expiry", 0, f="2019-03-31")])])
H(key="bmbc-2018-flytipping", auth="bmbc", ref="FOI/BMBC/18/1027", date="2018-08-21", received="2018-07-24",
  title="Fly-tipping", style="youasked", fmt="docx", fs=1,
  parts=[(None, None, [
    Q("ft.incidents", 0, f=3812), Q("ft.prosecutions", 0, f=7),
    Q("ft.fpn_count", 0, "not_held", why="Fixed penalty notices for fly-tipping are not recorded separately from other environmental fixed penalties."),
    Q("ft.clearance_cost", 0, f=412600)])])
H(key="bmbc-2019-parking", auth="bmbc", ref="FOI/BMBC/19/0166", date="2019-02-12", received="2019-01-15",
  title="Parking enforcement contract and software", style="table", fmt="html", fs=2, opts={"log": True},
  parts=[(None, None, [
    Q(("pk.contractor", "pk.contract_expiry"), 0, f=None, q="Who holds the parking enforcement contract and when does it end?",
      text="Marshgate Parking Services Ltd hold the contract, which ends on 31 March 2022."),
    Q("pk.contract_value", 1, f=1200000), Q("pk.contract_length", 0, f=36), Q("pk.software_supplier", 0, f="Parkwise Solutions Ltd")])])
H(key="bmbc-2019-socialworkers", auth="bmbc", ref="FOI/BMBC/19/0988", date="2019-11-05", received="2019-10-08",
  title="Agency social workers", style="decision", fmt="pdf-soffice", fs=0,
  parts=[(None, None, [
    Q("sw.agency_count", 0, f=57), Q("sw.perm_count", 0, f=296), Q("sw.agency_spend", 0, f=4120000),
    Q("sw.rate", 0, "withheld", x=["s43(2)"])])])
H(key="bmbc-2020-waste", auth="bmbc", ref="FOI/BMBC/20/0631", date="2020-08-11", received="2020-07-14",
  title="Household waste collection contract", style="numbered_after", fmt="txt", fs=1,
  parts=[(None, None, [
    Q("waste.contractor", 0, f="Greenaway Environmental Ltd"), Q("waste.value", 0, "withheld", x=["s43(2)"]),
    Q("waste.expiry", 0, f="2028-09-30")])])
H(key="bmbc-2021-flytipping", auth="bmbc", ref="FOI/BMBC/21/0154", date="2021-02-23", received="2021-01-26",
  title="Fly-tipping enforcement", style="interleaved", fmt="md", fs=2, opts={"lab": ("Request {n}:", "Response:")},
  parts=[(None, None, [
    Q("ft.incidents", 1, f=5106), Q("ft.prosecutions", 1, f=4),
    Q("ft.fpn_count", 1, "not_held", why="Our case management system does not record fly-tipping penalties separately."),
    Q("ft.fpn_amount", 0, f=400), Q("ft.cctv_use", 0, f="Yes")])])
H(key="bmbc-2021-libraries", auth="bmbc", ref="FOI/BMBC/21/0877", date="2021-10-19", received="2021-09-21",
  title="Library provision", style="youasked", fmt="html", fs=0, opts={"log": True},
  parts=[(None, None, [Q("lib.count", 0, f=14), Q("lib.visits", 0, f=612000), Q("lib.closures", 0, f=2)])])
H(key="bmbc-2022-parking", auth="bmbc", ref="CAS-48213-B7T2Q1", date="2022-05-10", received="2022-04-12",
  title="Civil parking enforcement", style="table", fmt="docx", fs=1,
  parts=[(None, None, [
    Q("pk.pcn_count", 1, f=36420), Q("pk.contractor", 1, f="Marshgate Parking Services Ltd"),
    Q("pk.contract_value", 2, f=1200000), Q("pk.contract_expiry", 1, f="2027-03-31"),
    Q("pk.software_supplier", 1, f="Parkwise Solutions Ltd"), Q("pk.handheld_supplier", 1, f="Handitrak Ltd")])])
H(key="bmbc-2023-potholes", auth="bmbc", ref="CAS-52970-H3M8X4", date="2023-01-17", received="2022-12-16",
  title="Potholes and compensation claims", style="interleaved", fmt="pdf-chromium", fs=0, opts={"lab": ("Question {n}", "Answer")},
  parts=[(None, None, [Q("ph.reported", 0, f=9874), Q("ph.claims_count", 0, f=412), Q("ph.claims_paid", 0, f=86300)])])
H(key="bmbc-2023-socialworkers", auth="bmbc", ref="CAS-55104-R2D6W9", date="2023-07-04", received="2023-06-06",
  title="Social work workforce", style="numbered_after", fmt="pdf-gs", fs=0,
  parts=[(None, None, [
    Q("sw.agency_count", 1, f=42), Q("sw.perm_count", 1, f=318), Q("sw.agency_spend", 1, f=3450000),
    Q("sw.agencies_list", 0, f="Northpoint Social Care Recruitment Ltd: £1,910,000; Kestrel Locums Ltd: £1,020,000; Alder Professional Staffing Ltd: £520,000"),
    Q("sw.rate", 1, "withheld", x=["s43(2)"])])])
H(key="bmbc-2024-flytipping", auth="bmbc", ref="CAS-58817-F5K1L3", date="2024-02-13", received="2024-01-16",
  title="Fly-tipping and waste collection", style="decision", fmt="pdf-soffice", fs=0,
  parts=[("Part 1 - fly-tipping", None, [
            Q("ft.incidents", 2, f=4455), Q("ft.prosecutions", 2, f=12),
            Q("ft.fpn_count", 2, "not_held", why="Penalties issued under section 33ZA are held with all other environmental FPNs and are not separately identifiable."),
            Q("ft.fpn_amount", 1, f=400), Q("ft.cctv_use", 1, f="Yes")]),
         ("Part 2 - waste collection", None, [
            Q("waste.value", 1, "withheld", x=["s43(2)"]), Q("waste.expiry", 1, f="2028-09-30")])])
H(key="bmbc-2024-parking", auth="bmbc", ref="CAS-60394-P8V5N2", date="2024-09-24", received="2024-08-27",
  title="Parking enforcement (repeat request)", style="youasked", fmt="txt", fs=0, opts={"prev": "CAS-48213-B7T2Q1"},
  parts=[(None, None, [
    Q("pk.pcn_count", 2, f=41200), Q("pk.contractor", 2, f="Marshgate Parking Services Ltd"),
    Q("pk.contract_value", 0, f=1200000), Q("pk.contract_expiry", 2, f="2027-03-31"),
    Q("pk.contract_length", 1, f=60), Q("pk.software_supplier", 2, f="Parkwise Solutions Ltd")])])

# ======================= Mercia Vale Police =======================
H(key="mvp-2018-contactcentre", auth="mvp", ref="FOI 0131/18", date="2018-02-14", received="2018-01-17",
  title="Contact centre and inbound network contracts", style="decision", fmt="pdf-soffice", fs=0,
  parts=[("The first part of my request relates to contact centre service contracts (call distribution, web chat, performance monitoring).", None, [
            Q("cc.supplier", 3, f="Telvara Communications Ltd"), Q("cc.spend", 0, f=212000), Q("cc.expiry", 1, f="2020-06-30"),
            Q("cc.agents", 0, "withheld", x=["s31(1)(a)", "s31(1)(b)"])]),
         ("The second part of my request relates to inbound network services contracts (0300 and 101 numbers, call routing, IVR).", None, [
            Q("net.supplier", 1, f="Brightwire Networks plc"), Q("net.expiry", 1, f="2021-01-31")])])
H(key="mvp-2019-drones", auth="mvp", ref="FOI 0517/19", date="2019-05-07", received="2019-04-09",
  title="Drones", style="youasked", fmt="html", fs=0, opts={"log": True},
  parts=[(None, None, [Q("drone.count", 0, f=4), Q("drone.manufacturer", 0, f="Skyhawk Aerial Ltd"), Q("drone.spend", 0, f=96500)])])
H(key="mvp-2020-cyber", auth="mvp", ref="FOI 0064/20", date="2020-01-21", received="2019-12-19",
  title="Cyber attacks", style="decision", fmt="txt", fs=0,
  parts=[(None, None, [
    Q("cyb.ransomware", 0, "ncnd", x=["s24(2)", "s31(3)"]), Q("cyb.paid_ransom", 0, f="No"),
    Q("cyb.training_spend", 0, "not_held", why="Cyber awareness training is delivered within the general training budget and its cost is not recorded separately.")])])
H(key="mvp-2020-contactcentre", auth="mvp", ref="FOI 1102/20", date="2020-11-03", received="2020-10-06",
  title="Contact centre contracts", style="table", fmt="pdf-chromium", fs=2,
  parts=[(None, None, [
    Q("cc.supplier", 1, f="Telvara Communications Ltd"), Q("cc.expiry", 0, f="2023-06-30"),
    Q("cc.agents", 1, "withheld", x=["s31(1)(a)", "s31(1)(b)"]),
    Q("net.supplier", 0, f="Brightwire Networks plc"), Q("net.expiry", 0, f="2023-01-31")])])
H(key="mvp-2021-bwvdrones", auth="mvp", ref="FOI 0633/21", date="2021-06-15", received="2021-05-18",
  title="Body-worn video and drones", style="interleaved", fmt="docx", fs=1, opts={"lab": ("{n})", "Response:")},
  parts=[("Part 1 - Body-worn video", None, [
            Q("bwv.supplier", 1, f="Oculis Systems Ltd"), Q("bwv.devices", 1, f=1150),
            Q("bwv.value", 2, "withheld", x=["s43(2)"]), Q("bwv.expiry", 1, f="2026-06-30")]),
         ("Part 2 - Drones", None, [
            Q("drone.count", 1, f=9), Q("drone.manufacturer", 1, f="Skyhawk Aerial Ltd"), Q("drone.expiry", 1, f="2026-03-31")])])
H(key="mvp-2022-fleet", auth="mvp", ref="FOI-2022-00318", date="2022-03-08", received="2022-02-08",
  title="Vehicle fleet", style="numbered_after", fmt="md", fs=0,
  parts=[(None, None, [Q("fleet.vehicles", 0, f=612), Q("fleet.ev", 0, f=38), Q("fleet.lease_supplier", 0, f="Lexmoor Fleet Solutions Ltd")])])
H(key="mvp-2022-firearmscyber", auth="mvp", ref="FOI-2022-01174", date="2022-10-25", received="2022-09-27",
  title="Firearms officers and cyber security", style="decision", fmt="pdf-gs", fs=0,
  parts=[(None, None, [
    Q("ao.count", 0, "withheld", x=["s24(1)", "s31(1)(a)"]),
    Q("cyb.ransomware", 1, "ncnd", x=["s24(2)", "s31(3)"]), Q("cyb.paid_ransom", 1, f="No"),
    Q("cyb.training_spend", 1, "not_held", why="The force does not record the cost of cyber awareness courses separately from other mandatory training.")])])
H(key="mvp-2023-contactcentre", auth="mvp", ref="FOI-2023-00982", date="2023-09-12", received="2023-08-15",
  title="Contact centre system", style="youasked", fmt="txt", fs=0,
  parts=[(None, None, [
    Q("cc.supplier", 2, "withheld", x=["s31(1)(a)"]), Q("cc.spend", 0, f=238000),
    Q("cc.agents", 0, "withheld", x=["s31(1)(a)", "s31(1)(b)"])])])
H(key="mvp-2024-fleet", auth="mvp", ref="FOI-2024-00301", date="2024-03-19", received="2024-02-20",
  title="Fleet", style="interleaved", fmt="html", fs=1, opts={"log": True, "lab": ("Q{n}", "A{n}")},
  parts=[(None, None, [Q("fleet.vehicles", 1, "withheld", x=["s31(1)(a)"]), Q("fleet.ev", 1, f=61)])])
H(key="mvp-2024-bwvdrones", auth="mvp", ref="FOI-2024-00877", date="2024-08-06", received="2024-07-09",
  title="Body-worn video and drone contracts", style="decision", fmt="pdf-chromium", fs=0,
  parts=[(None, None, [
    Q("bwv.supplier", 2, f="Oculis Systems Ltd"), Q("bwv.devices", 2, f=1150), Q("bwv.dems_supplier", 0, f="Evidex Cloud Ltd"),
    Q("bwv.value", 0, "withheld", x=["s43(2)"]), Q("bwv.expiry", 2, f="2026-06-30"),
    Q("drone.count", 2, f=9), Q("drone.manufacturer", 2, f="Skyhawk Aerial Ltd"), Q("drone.expiry", 0, f="2026-03-31")])])
H(key="mvp-2024-dogs", auth="mvp", ref="FOI-2024-01203", date="2024-11-26", received="2024-10-29",
  title="Police dogs", style="refusal", fmt="txt", fs=0,
  parts=[(None, None, [Q("dog.count", 0, "refused", x=["s12(1)"]), Q("dog.breeds", 0, "refused", x=["s12(1)"]),
                       Q("dog.cost", 0, "refused", x=["s12(1)"])])])

# ======================= University of Eastholme =======================
H(key="uoe-2017-agents", auth="uoe", ref="FOI2017/0153", date="2017-10-09", received="2017-09-11",
  title="International recruitment agents", style="youasked", fmt="html", fs=0, opts={"log": True},
  parts=[(None, None, [Q("ag.count", 0, f=54), Q("ag.commission", 0, f=2400000), Q("ag.top_agent", 0, "withheld", x=["s43(2)"])])])
H(key="uoe-2018-ict", auth="uoe", ref="FOI2018/0297", date="2018-12-04", received="2018-11-06",
  title="Student records and learning systems", style="table", fmt="md", fs=0,
  parts=[(None, None, [Q("ict.srs_supplier", 0, f="Quadrant Campus Systems Ltd"), Q("ict.srs_value", 0, f=2750000),
                       Q("ict.srs_expiry", 0, f="2021-07-31"), Q("ict.vle_supplier", 0, f="Brightlearn Ltd")])])
H(key="uoe-2020-nda", auth="uoe", ref="FOI2020/0102", date="2020-05-27", received="2020-04-29",
  title="Settlement agreements", style="decision", fmt="pdf-soffice", fs=0,
  parts=[(None, None, [Q("nda.count", 0, f=7), Q("nda.value", 0, "withheld", x=["s40(2)"])])])
H(key="uoe-2021-agents", auth="uoe", ref="FOI2021/0049", date="2021-03-02", received="2021-02-02",
  title="Recruitment agents and commission", style="numbered_after", fmt="docx", fs=2,
  parts=[(None, None, [Q("ag.count", 1, f=61), Q("ag.commission", 1, f=1980000), Q("ag.commission_rate", 0, f=15),
                       Q("ag.top_agent", 1, "withheld", x=["s43(2)"])])])
H(key="uoe-2022-ict", auth="uoe", ref="UoE-FOI-22-007", date="2022-01-18", received="2021-12-14",
  title="Student information system", style="interleaved", fmt="pdf-gs", fs=1, opts={"lab": ("Q{n}:", "A{n}:")},
  parts=[(None, None, [Q("ict.srs_supplier", 1, f="Quadrant Campus Systems Ltd"), Q("ict.srs_value", 1, f=3100000),
                       Q("ict.srs_length", 0, f=60), Q("ict.srs_expiry", 1, f="2026-07-31"), Q("ict.vle_supplier", 1, f="Brightlearn Ltd")])])
H(key="uoe-2022-catering", auth="uoe", ref="UoE-FOI-22-219", date="2022-11-22", received="2022-10-25",
  title="Catering contract", style="youasked", fmt="txt", fs=0,
  parts=[(None, None, [Q("cat.supplier", 0, f="Harlow & Finch Catering Ltd"), Q("cat.value", 0, "withheld", x=["s43(2)"])])])
H(key="uoe-2023-agents", auth="uoe", ref="UoE-FOI-23-118", date="2023-06-13", received="2023-05-16",
  title="Overseas agents", style="table", fmt="html", fs=0, opts={"log": True},
  parts=[(None, None, [Q("ag.count", 2, f=73), Q("ag.commission", 2, f=3650000), Q("ag.top_agent", 0, "withheld", x=["s43(2)"])])])
H(key="uoe-2024-staffnda", auth="uoe", ref="UoE-FOI-24-071", date="2024-04-09", received="2024-03-12",
  title="Staff contracts, senior pay and settlement agreements", style="decision", fmt="txt", fs=0,
  parts=[("Part 1: staffing", None, [Q("st.zero_hours", 0, f=412), Q("st.over100k", 0, f=38)]),
         ("Part 2: settlement agreements", None, [Q("nda.count", 1, f=9), Q("nda.value", 1, "withheld", x=["s40(2)"])])])
H(key="uoe-2024-ict", auth="uoe", ref="UoE-FOI-24-236", date="2024-12-10", received="2024-11-12",
  title="Student records system contract", style="numbered_after", fmt="pdf-chromium", fs=0,
  parts=[(None, None, [Q("ict.srs_supplier", 2, f="Quadrant Campus Systems Ltd"), Q("ict.srs_value", 0, f=3100000),
                       Q("ict.srs_length", 1, f=60), Q("ict.srs_expiry", 0, f="2026-07-31"), Q("ict.vle_supplier", 0, f="Brightlearn Ltd")])])

# ======================= Ashfold Valley Hospitals =======================
H(key="avh-2017-agency", auth="avh", ref="AVH/FOI/17/233", date="2017-08-22", received="2017-07-25",
  title="Agency staffing", style="youasked", fmt="txt", fs=0,
  parts=[(None, None, [Q("nhs.nurse_spend", 0, f=6200000), Q("nhs.medic_spend", 0, f=4900000), Q("nhs.top_agency", 0, f="ProMedica Staffing Ltd")])])
H(key="avh-2018-waiting", auth="avh", ref="AVH/FOI/18/118", date="2018-05-15", received="2018-04-17",
  title="Waiting times", style="interleaved", fmt="html", fs=0, opts={"log": True, "lab": ("Question {n}:", "Answer:")},
  parts=[(None, None, [Q("wl.52wk", 0, f=312), Q("wl.longest", 0, f=71), Q("wl.total", 0, f=28400)])])
H(key="avh-2019-epr", auth="avh", ref="AVH/FOI/19/402", date="2019-09-03", received="2019-08-06",
  title="Electronic patient record", style="table", fmt="pdf-soffice", fs=0,
  parts=[(None, None, [Q("epr.supplier", 0, f="Meridian Health Informatics Ltd"), Q("epr.value", 0, "withheld", x=["s43(2)"]),
                       Q("epr.expiry", 0, f="2029-03-31")])])
H(key="avh-2020-agency", auth="avh", ref="AVH/FOI/20/251", date="2020-06-30", received="2020-06-02",
  title="Temporary staffing expenditure", style="decision", fmt="docx", fs=2,
  parts=[(None, None, [Q("nhs.nurse_spend", 1, f=7050000), Q("nhs.bank_spend", 0, f=4300000), Q("nhs.medic_spend", 1, f=5300000),
                       Q("nhs.highest_rate", 0, "withheld", x=["s43(2)"])])])
H(key="avh-2022-parking", auth="avh", ref="F-00688", date="2022-02-08", received="2022-01-11",
  title="Car parking income", style="youasked", fmt="md", fs=0,
  parts=[(None, None, [Q("park.patient_income", 0, f=2140000), Q("park.staff_income", 0, f=610000)])])
H(key="avh-2023-agency", auth="avh", ref="F-01395", date="2023-08-29", received="2023-08-01",
  title="Agency nursing and medical staff", style="interleaved", fmt="pdf-gs", fs=1, opts={"lab": ("{n}.", "Response:")},
  parts=[(None, None, [Q("nhs.nurse_spend", 2, f=9400000), Q("nhs.medic_spend", 0, f=6800000), Q("nhs.top_agency", 1, f="Carewell Locums Ltd"),
                       Q("nhs.highest_rate", 1, "withheld", x=["s43(2)"])])])
H(key="avh-2024-waiting", auth="avh", ref="F-01871", date="2024-07-16", received="2024-06-18",
  title="Referral to treatment waits", style="table", fmt="docx", fs=0,
  parts=[(None, None, [Q("wl.52wk", 2, f=1284), Q("wl.longest", 0, f=68), Q("wl.total", 1, f=52300)])])
H(key="avh-2024-agency", auth="avh", ref="F-02006", date="2024-10-22", received="2024-09-24",
  title="Agency and bank staffing", style="decision", fmt="pdf-chromium", fs=0,
  parts=[(None, None, [Q("nhs.nurse_spend", 1, f=8700000), Q("nhs.medic_spend", 1, f=6100000), Q("nhs.bank_spend", 1, f=5400000),
                       Q("nhs.top_agency", 0, f="Carewell Locums Ltd"), Q("nhs.highest_rate", 0, "withheld", x=["s43(2)"])])])

# ======================= Drafts =======================
DRAFTS = []
def DR(**k):
    k.setdefault("regime", "foia"); k.setdefault("fs", 0); k.setdefault("opts", {})
    DRAFTS.append(k)

DR(key="draft-bmbc-parking", auth="bmbc", ref="CAS-63310-M4J7T2", date="2025-05-20", received="2025-04-22",
   title="Parking enforcement services", style="interleaved", fmt="pdf-soffice", fs=1, opts={"lab": ("{n}.", "Response:")},
   parts=[(None, None, [
     Q("pk.contractor", 0, f="Marshgate Parking Services Ltd"), Q("pk.contract_length", 2, f=60),
     Q("pk.contract_value", 1, "withheld", x=["s43(2)"]), Q("pk.contract_expiry", 0, f="2027-03-31"),
     Q("pk.software_supplier", 2, f="Taranis Digital Ltd"), Q("pk.handheld_supplier", 2, f="Handitrak Ltd"),
     Q("pk.pcn_count", 0, f=41200)])])
DR(key="draft-bmbc-flytipping-eir", auth="bmbc", ref="CAS-64077-W2N9B5", date="2025-07-08", received="2025-06-10",
   title="Fly-tipping enforcement and waste collection", style="interleaved", fmt="md", fs=1, regime="eir",
   opts={"lab": ("Question {n}:", "Response:")},
   parts=[("Part 1 - fly-tipping", None, [
            Q("ft.cctv_use", 1, f="Yes"),
            Q("ft.prosecutions", 2, "not_held", x=["reg12(4)(a)"], why="Since April 2025 environmental enforcement has been carried out by a contractor and the Council does not hold prosecution records for the period."),
            Q("ft.fpn_count", 0, f=310), Q("ft.fpn_amount", 2, f=400)]),
          ("Part 2 - household waste collection", None, [
            Q("waste.contractor", 1, f="Greenaway Environmental Ltd"), Q("waste.value", 1, "withheld", x=["reg12(5)(e)"])])])
DR(key="draft-bmbc-socialworkers", auth="bmbc", ref="CAS-65521-Q6R3Y8", date="2025-10-14", received="2025-09-16",
   title="Social work staffing and agency costs", style="youasked", fmt="docx", fs=2,
   parts=[(None, None, [
     Q("sw.perm_count", 2, f=318), Q("sw.agency_count", 2, f=42), Q("sw.agency_spend", 2, f=3450000),
     Q("sw.agencies_list", 1, "partially_released", x=["s43(2)"],
       text="The agencies used were Northpoint Social Care Recruitment Ltd, Kestrel Locums Ltd and Alder Professional Staffing Ltd. The amount paid to each agency is withheld under {ex}."),
     Q("sw.rate", 2, f=58.50)])])
DR(key="request-bmbc-highways-parking", auth="bmbc", ref="CAS-67342-Z1X5C7", date="2026-01-13", received="2026-01-13",
   title="Potholes and parking", style="bare", fmt="txt",
   parts=[(None, None, [
     Q("ph.reported", 1, "unknown"), Q("ph.claims_paid", 1, "unknown"), Q("ph.claims_count", 1, "unknown"),
     Q("pk.pcn_count", 1, "unknown"), Q("pk.handheld_supplier", 0, "unknown"), Q("pk.contactless", 0, "unknown")])])
DR(key="draft-mvp-bwv-drones", auth="mvp", ref="FOI-2025-00644", date="2025-06-17", received="2025-05-20",
   title="Body-worn video and drone contracts", style="decision", fmt="pdf-chromium", fs=1,
   parts=[("Part 1 - body-worn video", None, [
            Q("bwv.supplier", 0, f="Oculis Systems Ltd"), Q("bwv.devices", 1, "withheld", x=["s31(1)(a)"]),
            Q("bwv.value", 2, "withheld", x=["s31(1)(a)"]), Q("bwv.expiry", 1, f="2026-06-30")]),
          ("Part 2 - drones", None, [
            Q("drone.count", 0, f=9), Q("drone.manufacturer", 0, f="Aerovex Dynamics Ltd"), Q("drone.expiry", 1, f="2026-03-31")])])
DR(key="draft-mvp-cyber-firearms", auth="mvp", ref="FOI-2025-00951", date="2025-09-09", received="2025-08-12",
   title="Cyber incidents and firearms officers", style="interleaved", fmt="txt", fs=0, opts={"lab": ("Q{n}.", "A{n}.")},
   parts=[(None, None, [
     Q("cyb.ransomware", 2, f=0), Q("cyb.paid_ransom", 1, "ncnd", x=["s24(2)", "s31(3)"]),
     Q("cyb.training_spend", 1, "withheld", x=["s31(1)(a)"]), Q("ao.count", 1, "withheld", x=["s24(1)", "s31(1)(a)"])])])
DR(key="draft-mvp-fleet-contactcentre", auth="mvp", ref="FOI-2025-01188", date="2025-11-04", received="2025-10-07",
   title="Fleet and contact centre", style="youasked", fmt="md", fs=1, as_of="2023-06-01",
   parts=[("Part 1 - vehicles", None, [Q("fleet.vehicles", 0, f=612), Q("fleet.ev", 1, f=38)]),
          ("Part 2 - contact centre", None, [
            Q("cc.supplier", 1, "withheld", x=["s31(1)(a)"]), Q("cc.agents", 1, "withheld", x=["s31(1)(a)", "s31(1)(b)"]),
            Q("net.supplier", 0, f="Brightwire Networks plc")])])
DR(key="draft-uoe-agents", auth="uoe", ref="UoE-FOI-25-064", date="2025-04-15", received="2025-03-18",
   title="International recruitment agents", style="numbered_after", fmt="docx", fs=1, consistent=True,
   parts=[(None, None, [Q("ag.count", 1, f=73), Q("ag.commission", 0, f=3650000), Q("ag.commission_rate", 1, f=15),
                        Q("ag.top_agent", 1, "withheld", x=["s43(2)"])])])
DR(key="draft-uoe-ict", auth="uoe", ref="UoE-FOI-25-171", date="2025-08-26", received="2025-07-29",
   title="Student records and virtual learning systems", style="table", fmt="pdf-gs", fs=2,
   parts=[(None, None, [
     Q("ict.srs_supplier", 1, f="Quadrant Campus Systems Ltd"),
     Q("ict.srs_value", 1, "partially_released", x=["s43(2)"],
       text="The annual licence fee is £310,000. The total contract value is withheld under {ex}."),
     Q("ict.srs_expiry", 1, f="2026-07-31"), Q("ict.srs_length", 0, f=60),
     Q("ict.vle_supplier", 1, f="Lumen Learning Technologies Ltd")])])
DR(key="draft-uoe-staff-nda", auth="uoe", ref="UoE-FOI-26-019", date="2026-02-03", received="2026-01-06",
   title="Zero-hours staff, senior pay and settlement agreements", style="numbered_after", fmt="txt", fs=0,
   parts=[(None, None, [
     Q("st.zero_hours", 1, f=412),
     Q("st.over100k", 1, "not_held", why="Following the move to a new payroll system the University no longer reports basic salary bands in this form and holds no report answering the question."),
     Q("nda.count", 0, "withheld", x=["s40(2)"]), Q("nda.value", 0, "withheld", x=["s36(2)(c)"])])])
DR(key="draft-avh-agency-waiting", auth="avh", ref="F-02388", date="2025-11-25", received="2025-10-28",
   title="Agency staffing and waiting times", style="decision", fmt="pdf-soffice", fs=1,
   parts=[("Part 1 - temporary staffing", None, [
            Q("nhs.nurse_spend", 2, f=8700000), Q("nhs.medic_spend", 1, f=6100000), Q("nhs.bank_spend", 0, f=5400000),
            Q("nhs.top_agency", 1, "withheld", x=["s43(2)"]), Q("nhs.highest_rate", 1, f=145)]),
          ("Part 2 - waiting times", None, [Q("wl.52wk", 1, f=2010), Q("wl.total", 0, f=52300)])])
