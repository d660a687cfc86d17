# The truth for every letter. Stance codes: R released, P partially released,
# W withheld, N neither confirm nor deny, NH not held, X refused, U unknown
# (a bare request). ex = exemptions applied (normalised), v = fact stated.

class Q:
    def __init__(self, cid, w, st, ex=(), v=None, av=None, rv=None):
        self.cid, self.w, self.st, self.ex, self.v = cid, w, st, list(ex), v
        self.av, self.rv = av, rv   # forced answer-template / fact-rendering variant


class L:
    def __init__(self, key, auth, ref, date, received, title, style, fmt, parts,
                 draft=False, regime="foia", as_of=None, all_auth=False,
                 consistent=False, note=None, other_ref=None):
        self.key, self.auth, self.ref, self.date, self.received = key, auth, ref, date, received
        self.title, self.style, self.fmt, self.parts = title, style, fmt, parts
        self.draft, self.regime, self.as_of, self.all_auth = draft, regime, as_of, all_auth
        self.consistent, self.note, self.other_ref = consistent, note, other_ref


def one(*qs):
    return [(None, list(qs))]


WCC, SPP, TAMH, KU = "council", "police", "trust", "university"
S43, S40, S31, S24, S41 = "s43(2)", "s40(2)", "s31(1)(a)", "s24(1)", "s41(1)"
NCND_POL = ["s24(2)", "s31(3)"]

TEL = "Part 1 - Corporate telephony / unified communications"
WAN = "Part 2 - Wide area network (WAN)"
TEL_B = "Contract 1: telephony and unified communications"
WAN_B = "Contract 2: data network (WAN) services"

KU_POLICY = "Our external speaker policy is published at https://www.kingsmere.ac.uk/governance/free-speech and is therefore exempt under section 21 of the Act (information reasonably accessible by other means)."
SPP_FRT_POLICY = "The policy is published on the force website at https://www.southpennine.police.uk/foi-ai/policies/facial-recognition and is therefore exempt under section 21 (information accessible to the applicant by other means)."

HISTORY = [
    # ================================================================ Wexmoor County Council
    L("wcc_potholes_2017.txt", WCC, "FOI/17/0412", "2017-05-16", "2017-04-19",
      "Pothole repair standards", "interleaved", "txt", one(
          Q("hw.intervention", 0, "R", v=40),
          Q("hw.cat1_time", 0, "R", v=24),
          Q("hw.inspectors", 0, "R", v=14),
          Q("hw.footway_intervention", 0, "R", v=20))),
    L("wcc_ict_contracts_2018.pdf", WCC, "FOI/18/0157", "2018-03-08", "2018-02-09",
      "Telephony and network contracts", "table", "pdf-soffice", one(
          Q("ict.tel.supplier", 0, "R", v="Vantage Unified Communications Ltd"),
          Q("ict.tel.expiry", 0, "R", v="2020-09-30"),
          Q("ict.tel.value", 0, "R", v=186000),
          Q("ict.tel.contact", 0, "P", [S40], v="ICT Service Delivery Manager"),
          Q("ict.wan.supplier", 0, "R", v="Talmor Networks Ltd"),
          Q("ict.wan.expiry", 0, "R", v="2021-03-31"),
          Q("ict.wan.value", 0, "R", v=412500),
          Q("ict.wan.contact", 0, "P", [S40], v="ICT Service Delivery Manager"))),
    L("wcc_disclosure_libraries.html", WCC, "FOI/18/0981", "2018-11-20", "2018-10-24",
      "Library service", "youasked", "html", one(
          Q("lib.count", 0, "R", v=38),
          Q("lib.volunteer_run", 0, "R", v=6),
          Q("lib.visits", 0, "R", v=1950000),
          Q("lib.lms_supplier", 0, "R", v="Quillon Library Systems"))),
    L("wcc_agency_social_workers_2019.md", WCC, "FOI/19/0633", "2019-06-12", "2019-05-15",
      "Agency social workers", "numbered", "md", one(
          Q("sc.agency_sw_count", 0, "R", v=41),
          Q("sc.agency_spend", 0, "R", v=3400000),
          Q("sc.agency_supplier", 0, "R", v="Brightwell Talent Solutions"),
          Q("sc.vacancies", 0, "R", v=57))),
    L("wcc_school_transport_2019.txt", WCC, "FOI/19/1102", "2019-10-03", "2019-09-05",
      "Home to school transport", "refused", "txt", one(
          Q("st.routes", 0, "X", ["s12(1)"]),
          Q("st.operators", 0, "X", ["s12(1)"]),
          Q("st.spend", 0, "X", ["s12(1)"]))),
    L("wcc_highways_contract_2020.docx", WCC, "FOI/20/0518", "2020-08-25", "2020-07-28",
      "Highway maintenance contract", "youasked", "docx", one(
          Q("hw.contractor", 0, "R", v="Kestrel Highways Ltd"),
          Q("hw.contract_end", 0, "R", v="2027-03-31"),
          Q("hw.contract_value", 0, "W", [S43]),
          Q("hw.intervention", 1, "R", v=40))),
    L("wcc_ict_round_robin_2021.pdf", WCC, "WCC-21-004417", "2021-09-14", "2021-08-17",
      "ICT contracts - telephony and WAN", "decision", "pdf-chromium", [
          (TEL, [Q("ict.tel.supplier", 1, "R", v="Vantage Unified Communications Ltd"),
                 Q("ict.tel.expiry", 1, "R", v="2024-09-30"),
                 Q("ict.tel.value", 1, "W", [S43]),
                 Q("ict.tel.contact", 1, "P", [S40], v="Head of ICT Infrastructure")]),
          (WAN, [Q("ict.wan.supplier", 1, "R", v="Talmor Networks Ltd"),
                 Q("ict.wan.expiry", 1, "R", v="2023-03-31"),
                 Q("ict.wan.value", 1, "W", [S43]),
                 Q("ict.wan.contact", 1, "P", [S40], v="Head of ICT Infrastructure")])],
      other_ref="FOI/18/0157"),
    L("wcc_locum_social_work_2022.pdf", WCC, "WCC-22-001893", "2022-04-07", "2022-03-10",
      "Locum social work staff", "numbered", "pdf-gs", one(
          Q("sc.agency_sw_count", 1, "R", v=63),
          Q("sc.agency_spend", 1, "R", v=5100000),
          Q("sc.agency_supplier", 1, "R", v="Brightwell Talent Solutions"),
          Q("sc.agency_max_rate", 0, "R", v=52.0),
          Q("sc.pledge", 0, "R", v=True))),
    L("wcc_ict_contracts_2024.docx", WCC, "CAS-41877-P2T6R1", "2024-01-18", "2023-12-14",
      "Telephony and WAN contracts", "table", "docx", [
          (TEL_B, [Q("ict.tel.supplier", 1, "R", v="Vantage Unified Communications Ltd"),
                   Q("ict.tel.expiry", 1, "R", v="2026-09-30"),
                   Q("ict.tel.value", 1, "R", v=1200000),
                   Q("ict.tel.contact", 1, "P", [S40], v="Head of Digital Infrastructure")]),
          (WAN_B, [Q("ict.wan.supplier", 1, "R", v="Talmor Networks Ltd"),
                   Q("ict.wan.expiry", 1, "R", v="2026-03-31"),
                   Q("ict.wan.value", 1, "R", v=2450000),
                   Q("ict.wan.contact", 1, "P", [S40], v="Head of Digital Infrastructure")])]),
    L("wcc_highways_2024.pdf", WCC, "CAS-45520-H8M3Q2", "2024-07-02", "2024-06-04",
      "Potholes and highway maintenance", "table", "pdf-soffice", one(
          Q("hw.intervention", 2, "R", v=40),
          Q("hw.footway_intervention", 1, "R", v=20),
          Q("hw.cat1_time", 1, "R", v=24),
          Q("hw.inspectors", 1, "R", v=16),
          Q("hw.contractor", 1, "R", v="Kestrel Highways Ltd"),
          Q("hw.contract_end", 1, "R", v="2027-03-31"),
          Q("hw.contract_value", 1, "W", [S43]))),
    L("wcc_disclosure_agency_sw_2024.html", WCC, "CAS-49016-B7X4L9", "2024-11-26", "2024-10-29",
      "Children's services agency staffing", "interleaved", "html", one(
          Q("sc.agency_sw_count", 2, "R", v=48),
          Q("sc.agency_spend", 2, "R", v=4300000),
          Q("sc.agency_supplier", 2, "R", v="Brightwell Talent Solutions"),
          Q("sc.agency_max_rate", 1, "R", v=55.0),
          Q("sc.vacancies", 1, "R", v=39),
          Q("sc.pledge", 1, "R", v=True))),

    # ================================================================ South Pennine Police
    L("spp_foi_drones_2017.txt", SPP, "FOI 000517/17", "2017-09-19", "2017-08-22",
      "Drones", "interleaved", "txt", one(
          Q("dr.count", 0, "R", v=2),
          Q("dr.make", 0, "R", v="DJI Inspire 2"),
          Q("dr.spend", 0, "R", v=38000),
          Q("dr.pilots", 0, "R", v=6))),
    L("spp_disclosure_log_uav_2019.html", SPP, "FOI 000201/19", "2019-04-09", "2019-03-12",
      "Unmanned aerial vehicles and air support", "table", "html", one(
          Q("dr.count", 1, "R", v=5),
          Q("dr.make", 1, "R", v="DJI Matrice 210 and DJI Mavic 2 Enterprise"),
          Q("dr.deployments", 0, "R", v=312),
          Q("heli.deployments", 0, "R", v=845),
          Q("dr.counter_drone", 0, "R", v=False))),
    L("spp_police_dogs_2020.md", SPP, "FOI 000602/20", "2020-07-15", "2020-06-17",
      "Police dogs", "numbered", "md", one(
          Q("dogs.count", 0, "R", v=28),
          Q("dogs.bites", 0, "R", v=11))),
    L("spp_facial_recognition_2021.docx", SPP, "FOI/2021/0193", "2021-02-04", "2021-01-06",
      "Facial recognition technology", "youasked", "docx", one(
          Q("frt.live_use", 0, "R", v=False),
          Q("frt.retrospective", 0, "R", v=True),
          Q("frt.supplier", 0, "N", NCND_POL),
          Q("frt.policy", 0, "R", ["s21"], v=SPP_FRT_POLICY))),
    L("spp_bwv_2021.pdf", SPP, "FOI/2021/1370", "2021-10-28", "2021-09-30",
      "Body worn video", "table", "pdf-chromium", one(
          Q("bwv.count", 0, "R", v=2100),
          Q("bwv.supplier", 0, "R", v="Sentinel Vision Ltd"),
          Q("bwv.contract_value", 0, "W", [S43]),
          Q("bwv.retention", 0, "R", v=31),
          Q("bwv.storage", 0, "R", v="Crestline Evidence Cloud"))),
    L("spp_vetting_2022.txt", SPP, "FOI/2022/1022", "2022-08-16", "2022-07-19",
      "Vetting", "numbered", "txt", one(
          Q("vet.backlog", 0, "R", v=380),
          Q("vet.failed", 0, "R", v=27),
          Q("vet.avg_time", 0, "R", v=94),
          Q("vet.staff", 0, "R", v=22))),
    L("spp_drones_helicopter_2023.pdf", SPP, "FOI/2023/0674", "2023-05-30", "2023-05-02",
      "Drones and the police helicopter", "decision", "pdf-gs", [
          ("Part 1 - Drones", [
              Q("dr.count", 2, "R", v=9),
              Q("dr.make", 2, "W", [S31]),
              Q("dr.spend", 1, "R", v=164000),
              Q("dr.pilots", 1, "R", v=24),
              Q("dr.counter_drone", 1, "R", v=False)]),
          ("Part 2 - Air support", [
              Q("heli.deployments", 1, "R", v=701),
              Q("heli.cost", 0, "R", v=1900000)])],
      other_ref="FOI 000201/19"),
    L("spp_overtime_2023.pdf", SPP, "FOI/2023/1811", "2023-12-12", "2023-11-14",
      "Officer overtime", "interleaved", "pdf-soffice", one(
          Q("ot.total_spend", 0, "R", v=11400000),
          Q("ot.top_earner", 0, "W", [S40]),
          Q("ot.hours", 0, "R", v=301500))),
    L("spp_disclosure_log_lfr_2024.html", SPP, "SPP/FOI/24/0702", "2024-06-20", "2024-05-22",
      "Live facial recognition", "youasked", "html", one(
          Q("frt.live_use", 1, "R", v=True),
          Q("frt.retrospective", 1, "R", v=True),
          Q("frt.supplier", 1, "N", NCND_POL),
          Q("frt.watchlist", 0, "W", [S31]),
          Q("frt.deploy_count", 0, "R", v=4),
          Q("frt.policy", 1, "R", ["s21"], v=SPP_FRT_POLICY))),
    L("spp_vetting_2024.docx", SPP, "SPP/FOI/24/1268", "2024-10-08", "2024-09-10",
      "Vetting backlog", "table", "docx", one(
          Q("vet.backlog", 1, "R", v=512),
          Q("vet.failed", 1, "R", v=31),
          Q("vet.avg_time", 1, "R", v=118),
          Q("vet.staff", 1, "R", v=22))),
    L("spp_bwv_2025.md", SPP, "SPP/FOI/25/0140", "2025-02-13", "2025-01-15",
      "Body worn video cameras", "interleaved", "md", one(
          Q("bwv.count", 1, "R", v=2600),
          Q("bwv.supplier", 1, "R", v="Sentinel Vision Ltd"),
          Q("bwv.contract_value", 1, "W", [S43]),
          Q("bwv.retention", 1, "R", v=31),
          Q("bwv.storage", 1, "R", v="Crestline Evidence Cloud"))),

    # ================================================================ Thornfield and Ashdale MH trust
    L("tamh_agency_2017.txt", TAMH, "FOI 17/231", "2017-08-22", "2017-07-25",
      "Agency and bank nursing", "interleaved", "txt", one(
          Q("ag.nurse_spend", 0, "R", v=6800000),
          Q("ag.top_agency", 0, "R", v="Meridian Care Staffing Ltd"),
          Q("ag.highest_rate", 0, "R", v=78.50),
          Q("bank.nurse_spend", 0, "R", v=9100000))),
    L("tamh_oap_2018.pdf", TAMH, "FOI 18/045", "2018-02-14", "2018-01-17",
      "Out of area placements", "table", "pdf-soffice", one(
          Q("oap.count", 0, "R", v=143),
          Q("oap.spend", 0, "R", v=4950000),
          Q("oap.providers", 0, "R", v="Larkhill Hospitals Group and Ember Healthcare"),
          Q("oap.longest", 0, "R", v=402))),
    L("tamh_cyber_2019.docx", TAMH, "FOI 19/288", "2019-09-10", "2019-08-13",
      "Cyber security", "youasked", "docx", one(
          Q("cy.ransomware", 0, "R", v=False),
          Q("cy.edr_supplier", 0, "R", v="Halberd Security"),
          Q("cy.staff", 0, "R", v=3),
          Q("cy.dspt", 0, "R", v="Standards Met"))),
    L("tamh_staff_parking_2020.md", TAMH, "FOI 20/061", "2020-03-05", "2020-02-06",
      "Staff car parking", "numbered", "md", one(
          Q("park.charge", 0, "R", v=True),
          Q("park.income", 0, "R", v=148000))),
    L("tamh_agency_nursing_2020.pdf", TAMH, "FOI-2020-0412", "2020-12-01", "2020-11-03",
      "Agency staffing costs", "numbered", "pdf-gs", one(
          Q("ag.nurse_spend", 1, "R", v=8250000),
          Q("ag.top_agency", 1, "W", [S43]),
          Q("ag.highest_rate", 1, "R", v=84.0),
          Q("ag.medical_locum", 0, "R", v=3100000),
          Q("bank.nurse_spend", 1, "R", v=11400000))),
    L("tamh_oap_2021.txt", TAMH, "FOI-2021-0233", "2021-07-13", "2021-06-15",
      "Out of area placements", "numbered", "txt", one(
          Q("oap.count", 1, "R", v=96),
          Q("oap.spend", 1, "R", v=3700000),
          Q("oap.providers", 1, "W", [S43]),
          Q("oap.longest", 1, "R", v=288))),
    L("tamh_cyber_2022.pdf", TAMH, "FOI-2022-0170", "2022-05-24", "2022-04-26",
      "Cyber security and ransomware", "decision", "pdf-chromium", one(
          Q("cy.ransomware", 1, "N", NCND_POL),
          Q("cy.edr_supplier", 1, "W", [S24, S31]),
          Q("cy.staff", 1, "W", [S31]),
          Q("cy.dspt", 1, "R", v="Standards Met"),
          Q("cy.training_rate", 0, "R", v=91))),
    L("tamh_restrictive_practice_2023.md", TAMH, "FOI-2023-0094", "2023-03-16", "2023-02-16",
      "Restrictive practice", "interleaved", "md", one(
          Q("rs.total", 0, "R", v=2210),
          Q("rs.prone", 0, "R", v=164),
          Q("sec.count", 0, "R", v=402),
          Q("sec.lts", 0, "R", v=9),
          Q("rs.rapid_tranq", 0, "R", v=311),
          Q("rs.training_provider", 0, "R", v="Calmwell Training Ltd"))),
    L("tamh_temporary_staffing_2023.docx", TAMH, "FOI-2023-0391", "2023-11-07", "2023-10-10",
      "Temporary staffing spend", "table", "docx", one(
          Q("ag.nurse_spend", 2, "R", v=10900000),
          Q("ag.top_agency", 2, "W", [S43]),
          Q("ag.highest_rate", 2, "R", v=96.0),
          Q("ag.medical_locum", 1, "R", v=4400000),
          Q("bank.nurse_spend", 2, "R", v=14200000))),
    L("tamh_disclosure_oap_2024.html", TAMH, "TAMH-FOI-2404-117", "2024-04-18", "2024-03-20",
      "Out of area placements 2023/24", "youasked", "html", one(
          Q("oap.count", 2, "R", v=71),
          Q("oap.spend", 2, "R", v=2900000),
          Q("oap.providers", 2, "P", [S43], v="Larkhill Hospitals Group, Ember Healthcare and Oakridge Care"),
          Q("oap.longest", 2, "R", v=215))),
    L("tamh_cyber_2024.pdf", TAMH, "TAMH-FOI-2409-288", "2024-09-03", "2024-08-06",
      "Cyber security", "numbered", "pdf-soffice", one(
          Q("cy.ransomware", 2, "N", NCND_POL),
          Q("cy.edr_supplier", 2, "W", [S31]),
          Q("cy.staff", 2, "R", v=6),
          Q("cy.dspt", 2, "R", v="Standards Met"),
          Q("cy.training_rate", 1, "R", v=94))),
    L("tamh_restraint_2025.pdf", TAMH, "TAMH-FOI-2501-019", "2025-01-21", "2024-12-19",
      "Use of restraint", "numbered", "pdf-gs", one(
          Q("rs.total", 1, "R", v=2050),
          Q("rs.prone", 1, "R", v=98),
          Q("sec.count", 1, "R", v=377),
          Q("rs.training_provider", 1, "R", v="Calmwell Training Ltd"))),

    # ================================================================ Kingsmere University
    L("ku_international_agents_2018.txt", KU, "FOI-2018-101", "2018-09-26", "2018-08-29",
      "International recruitment agents", "numbered", "txt", one(
          Q("ia.agent_count", 0, "R", v=142),
          Q("ia.commission_total", 0, "R", v=2850000),
          Q("ia.commission_rate", 0, "W", [S43]),
          Q("ia.students_recruited", 0, "R", v=1130))),
    L("ku_ict_systems_2019.docx", KU, "FOI-2019-057", "2019-05-21", "2019-04-23",
      "VLE and student record system contracts", "table", "docx", one(
          Q("uni.vle.supplier", 0, "R", v="Lumen Learning Systems"),
          Q("uni.vle.expiry", 0, "R", v="2022-07-31"),
          Q("uni.vle.value", 0, "R", v=310000),
          Q("uni.srs.supplier", 0, "R", v="Cortex Student Records plc"),
          Q("uni.srs.expiry", 0, "R", v="2023-08-31"),
          Q("uni.srs.value", 0, "R", v=1750000))),
    L("ku_graduation_2020.md", KU, "FOI-2020-004", "2020-01-29", "2020-01-02",
      "Graduation gowns", "interleaved", "md", one(
          Q("grad.supplier", 0, "R", v="Pemberton Academic Dress"),
          Q("grad.income", 0, "R", v=23400))),
    L("ku_disclosure_vc_pay_2020.html", KU, "FOI-2020-129", "2020-10-13", "2020-09-15",
      "Vice-Chancellor pay and expenses", "table", "html", one(
          Q("vc.salary", 0, "R", v=281000),
          Q("vc.total_remun", 0, "R", v=352000),
          Q("vc.expenses", 0, "R", v=4960),
          Q("vc.remco_minutes", 0, "P", [S40], v="The minutes are attached."),
          Q("vc.flights_business", 0, "R", v=7))),
    L("ku_free_speech_2021.pdf", KU, "KU/FOI/21/066", "2021-06-08", "2021-05-11",
      "Freedom of speech", "numbered", "pdf-gs", one(
          Q("fs.complaints", 0, "R", v=3),
          Q("fs.cancelled_events", 0, "R", v=1),
          Q("fs.speaker_policy", 0, "R", ["s21"], v=KU_POLICY),
          Q("fs.named_speaker", 0, "N", ["s40(5B)"]))),
    L("ku_recruitment_agents_2022.pdf", KU, "KU/FOI/22/031", "2022-03-15", "2022-02-15",
      "Use of recruitment agents", "youasked", "pdf-chromium", one(
          Q("ia.agent_count", 1, "R", v=205),
          Q("ia.commission_total", 1, "W", [S43]),
          Q("ia.top_agents", 0, "W", [S43]),
          Q("home.agents", 0, "R", v=False),
          Q("ia.students_recruited", 1, "R", v=1980))),
    L("ku_ict_contracts_2022.pdf", KU, "KU/FOI/22/187", "2022-12-06", "2022-11-08",
      "Learning and student systems contracts", "decision", "pdf-soffice", [
          ("Part 1: Virtual learning environment (VLE)", [
              Q("uni.vle.supplier", 1, "R", v="Lumen Learning Systems"),
              Q("uni.vle.expiry", 1, "R", v="2026-07-31"),
              Q("uni.vle.value", 1, "W", [S43])]),
          ("Part 2: Student record system (SRS)", [
              Q("uni.srs.supplier", 1, "R", v="Cortex Student Records plc"),
              Q("uni.srs.expiry", 1, "R", v="2025-08-31"),
              Q("uni.srs.value", 1, "W", [S43])])]),
    L("ku_disclosure_cyber_2023.html", KU, "KU/FOI/23/074", "2023-06-27", "2023-05-30",
      "Cyber security", "numbered", "html", one(
          Q("cy.ransomware", 1, "R", v=False),
          Q("cy.edr_supplier", 0, "W", [S31]),
          Q("cy.staff", 3, "R", v=9),
          Q("cy.training_rate", 2, "R", v=88))),
    L("ku_vc_remuneration_2023.txt", KU, "KU/FOI/23/142", "2023-09-19", "2023-08-22",
      "Vice-Chancellor remuneration", "youasked", "txt", one(
          Q("vc.salary", 1, "R", v=295000),
          Q("vc.total_remun", 1, "R", v=371400),
          Q("vc.expenses", 1, "R", v=12115),
          Q("vc.remco_minutes", 1, "P", [S40], v="A copy of the minutes is enclosed."),
          Q("vc.accommodation", 0, "R", v=False),
          Q("vc.flights_business", 1, "R", v=4))),
    L("ku_free_speech_2024.docx", KU, "FOI 2024-088", "2024-05-14", "2024-04-16",
      "Free speech complaints", "interleaved", "docx", one(
          Q("fs.complaints", 1, "R", v=11),
          Q("fs.cancelled_events", 1, "NH"),
          Q("fs.speaker_policy", 1, "R", ["s21"], v=KU_POLICY),
          Q("fs.named_speaker", 1, "N", ["s40(5B)"]))),
    L("ku_agents_2024.md", KU, "FOI 2024-301", "2024-12-03", "2024-11-05",
      "International and home recruitment agents", "decision", "md", one(
          Q("ia.agent_count", 2, "R", v=238),
          Q("ia.commission_total", 2, "W", [S43]),
          Q("ia.commission_rate", 1, "W", [S43]),
          Q("ia.top_agents", 1, "W", [S43]),
          Q("home.agents", 1, "R", v=False),
          Q("home.recruit_spend", 0, "R", v=212000),
          Q("ia.students_recruited", 2, "NH"))),
]

DRAFTS = [
    # ---------------- council
    L("DRAFT_wcc_highways_EIR_2025.md", WCC, "CAS-53302-K6N1V8", "2025-03-11", "2025-02-11",
      "Highway maintenance and potholes", "numbered", "md", one(
          Q("hw.contractor", 3, "R", v="Kestrel Highways Ltd", av=2),
          Q("hw.contract_end", 2, "R", v="2027-03-31", rv=1),
          Q("hw.contract_value", 2, "W", ["reg12(5)(e)"]),
          Q("hw.cat1_time", 3, "R", v=24, rv=1, av=2),
          Q("hw.intervention", 3, "R", v=40, rv=2, av=1),
          Q("hw.footway_intervention", 2, "R", v=20, rv=1, av=2),
          Q("hw.inspectors", 2, "R", v=16, rv=2, av=2)),
      draft=True, regime="eir", consistent=True),
    L("DRAFT_wcc_ict_telephony_wan.docx", WCC, "CAS-55871-D3R9T5", "2025-06-19", "2025-05-21",
      "Telephony, network and mobile contracts", "decision", "docx", [
          ("Part 1 - Telephony", [
              Q("ict.tel.supplier", 2, "R", v="Vantage Unified Communications Ltd"),
              Q("ict.tel.value", 2, "W", [S43]),
              Q("ict.tel.expiry", 2, "R", v="2027-09-30", rv=2),
              Q("ict.tel.contact", 2, "P", [S40], v="Head of Digital Infrastructure", av=1),
              Q("ict.mobile.supplier", 0, "R", v="Oxleigh Mobile Ltd")]),
          ("Part 2 - Wide area network", [
              Q("ict.wan.supplier", 2, "R", v="Talmor Networks Ltd"),
              Q("ict.wan.value", 2, "P", [S43], v=2450000, rv=1),
              Q("ict.wan.expiry", 2, "R", v="2026-03-31", rv=3),
              Q("ict.wan.contact", 2, "P", [S40], v="Head of Digital Infrastructure", av=1)])],
      draft=True),
    L("DRAFT_wcc_childrens_agency_staff.pdf", WCC, "CAS-58114-F2J7W3", "2025-09-23", "2025-08-26",
      "Agency social workers in children's services", "youasked", "pdf-chromium", one(
          Q("sc.agency_supplier", 2, "R", v="Brightwell Talent Solutions", av=1),
          Q("sc.agency_sw_count", 3, "R", v=48, rv=2, av=2),
          Q("sc.agency_spend", 3, "NH"),
          Q("sc.vacancies", 1, "R", v=39, av=0),
          Q("sc.agency_max_rate", 1, "R", v=55.0, rv=1, av=0),
          Q("sc.pledge", 1, "R", v=True, av=0)),
      draft=True),
    # ---------------- police
    L("DRAFT_spp_drones.txt", SPP, "SPP/FOI/25/0655", "2025-05-07", "2025-04-09",
      "Police drones and air support", "decision", "txt", one(
          Q("dr.count", 3, "R", v=9, rv=2, av=2),
          Q("dr.make", 3, "W", [S24]),
          Q("dr.pilots", 2, "R", v=24, rv=2, av=0),
          Q("dr.spend", 2, "W", [S43]),
          Q("heli.deployments", 2, "R", v=701, av=1),
          Q("dr.counter_drone", 2, "N", NCND_POL)),
      draft=True, other_ref="FOI/2023/0674"),
    L("DRAFT_spp_facial_recognition.docx", SPP, "SPP/FOI/25/1003", "2025-08-28", "2025-07-31",
      "Facial recognition", "youasked", "docx", one(
          Q("frt.live_use", 2, "R", v=True, av=1),
          Q("frt.retrospective", 2, "R", v=True, av=0),
          Q("frt.supplier", 2, "R", v="Northfield Biometrics Ltd", av=1),
          Q("frt.watchlist", 1, "P", [S31], v="between 600 and 2,300 images", av=0),
          Q("frt.bias_test", 0, "R", v=True),
          Q("frt.policy", 2, "R", ["s21"], v=SPP_FRT_POLICY)),
      draft=True),
    L("DRAFT_spp_vetting_backdated.pdf", SPP, "SPP/FOI/26/0071", "2026-01-20", "2025-12-16",
      "Vetting", "numbered", "pdf-soffice", one(
          Q("vet.backlog", 2, "R", v=380, rv=1),
          Q("vet.failed", 2, "NH"),
          Q("vet.avg_time", 2, "R", v=94, rv=1),
          Q("vet.staff", 2, "R", v=22, rv=2)),
      draft=True, as_of="2024-03-01"),
    # ---------------- trust
    L("incoming_request_tamh_oap.txt", TAMH, "", "2025-06-14", "",
      "Out of area placements", "bare", "txt", one(
          Q("oap.count", 3, "U"),
          Q("oap.spend", 3, "U"),
          Q("oap.providers", 3, "U"),
          Q("oap.longest", 3, "U"),
          Q("oap.repatriated", 0, "U")),
      draft=True),
    L("DRAFT_tamh_agency_bank_spend.docx", TAMH, "TAMH-FOI-2510-233", "2025-10-09", "2025-09-11",
      "Agency and bank staffing", "interleaved", "docx", one(
          Q("ag.nurse_spend", 3, "R", v=10900000, rv=2),
          Q("bank.nurse_spend", 3, "R", v=14200000, rv=1),
          Q("ag.top_agency", 3, "R", v="Meridian Care Staffing Ltd", av=1),
          Q("ag.highest_rate", 3, "R", v=96.0, rv=1, av=1),
          Q("ag.medical_locum", 2, "W", [S43])),
      draft=True),
    L("DRAFT_tamh_restraint_seclusion.md", TAMH, "TAMH-FOI-2512-301", "2025-12-02", "2025-11-04",
      "Restraint, seclusion and segregation", "youasked", "md", one(
          Q("sec.count", 2, "R", v=377, rv=1),
          Q("rs.total", 2, "R", v=2050, rv=1, av=0),
          Q("rs.prone", 2, "P", ["s40(2)"], v=98),
          Q("sec.lts", 1, "NH"),
          Q("rs.training_provider", 2, "R", v="Calmwell Training Ltd", av=1)),
      draft=True),
    L("DRAFT_tamh_cyber_2026.pdf", TAMH, "TAMH-FOI-2602-037", "2026-02-17", "2026-01-20",
      "Cyber security", "decision", "pdf-gs", one(
          Q("cy.ransomware", 3, "R", v=False, av=1),
          Q("cy.edr_supplier", 3, "W", [S24]),
          Q("cy.staff", 3, "R", v=6, av=1),
          Q("cy.dspt", 3, "R", v="Standards Met", av=1),
          Q("cy.training_rate", 2, "R", v=94, rv=1)),
      draft=True, all_auth=True),
    # ---------------- university
    L("DRAFT_ku_vc_pay_2025.pdf", KU, "FOI 2025-166", "2025-07-22", "2025-06-24",
      "Vice-Chancellor pay", "table", "pdf-soffice", one(
          Q("vc.total_remun", 2, "R", v=371400, rv=3),
          Q("vc.salary", 2, "R", v=295000, rv=1),
          Q("vc.expenses", 2, "R", v=12115, rv=2),
          Q("vc.flights_business", 2, "R", v=4, rv=2, av=1),
          Q("vc.accommodation", 1, "R", v=False, av=1),
          Q("vc.remco_minutes", 2, "P", [S40], v="The minutes are enclosed.", av=1)),
      draft=True, consistent=True),
    L("DRAFT_ku_recruitment_agents.txt", KU, "FOI 2025-279", "2025-11-18", "2025-10-21",
      "Student recruitment agents", "interleaved", "txt", one(
          Q("ia.agent_count", 3, "R", v=238, rv=1),
          Q("ia.students_recruited", 3, "R", v=2140),
          Q("ia.commission_total", 3, "P", [S43], v=6720000),
          Q("ia.commission_rate", 2, "W", [S41]),
          Q("ia.top_agents", 1, "W", [S43]),
          Q("home.agents", 2, "R", v=True, av=1),
          Q("home.recruit_spend", 1, "R", v=212000, rv=1)),
      draft=True),
    L("DRAFT_ku_vle_srs_contracts.docx", KU, "FOI 2026-012", "2026-01-13", "2025-12-09",
      "VLE and student records system", "numbered", "docx", one(
          Q("uni.vle.supplier", 2, "R", v="Lumen Learning Systems"),
          Q("uni.vle.expiry", 2, "R", v="2026-07-31", rv=3),
          Q("uni.vle.value", 2, "W", [S43]),
          Q("uni.srs.supplier", 2, "R", v="Tessellate Campus Systems Ltd"),
          Q("uni.srs.value", 2, "W", [S43]),
          Q("uni.hosting", 0, "R", v="Hosted by the supplier in a UK data centre")),
      draft=True),
]
