#!/usr/bin/env python3
"""Build test set AM: render gen/src/* into history/ and drafts/, write
gen/truth.json (the truth of every letter) and expect.json (derived from the
truth only). Python 3 standard library only."""
import json, os, shutil, subprocess, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, "build")
LO_PROFILE = "file://" + os.path.join(ROOT, ".lo_profile")

HDC = "Harrowmere District Council"
BC = "Brackenshire Constabulary"
CFRS = "Calderwick Fire and Rescue Service"
QRA = "Qualifications Registry Agency"

R, PR, W, NCND, NH, REF, UNK = ("released", "partially_released", "withheld",
                                "ncnd", "not_held", "refused", "unknown")


def q(qid, concept, stance=R, ex=(), fact=None):
    return {"id": qid, "concept": concept, "stance": stance,
            "exemptions": sorted(ex), "fact": fact}


def P(part, items):
    """items: list of (concept, stance, ex, fact) numbered from 1 in this part."""
    out = []
    for n, it in enumerate(items, 1):
        concept, stance, ex, fact = it
        out.append(q("P%d.Q%d" % (part, n), concept, stance, ex, fact))
    return out


def r(concept, fact=None, ex=()):
    return (concept, R, ex, fact)


def s(concept, stance, ex=(), fact=None):
    return (concept, stance, ex, fact)


S31AB = ("s31(1)(a)", "s31(1)(b)")
NCND_24_31 = ("s24(2)", "s31(3)")
EMAIL_BC = "ictservicedesk@brackenshire.police.uk"

# kind, src, out, producer, authority, reference, date, received, regime, layout, extra, questions
L = []


def letter(kind, src, producer, authority, reference, date, received, layout,
           questions, regime="FOIA", as_of=None, bare=False, consistent=False):
    base, ext = os.path.splitext(src)
    out_ext = {"lo_pdf": ".pdf", "chromium_pdf": ".pdf", "gs_pdf:lo": ".pdf",
               "gs_pdf:chromium": ".pdf", "ocr_pdf": ".pdf", "lo_docx": ".docx",
               "copy": ext}[producer]
    d = {"kind": kind, "file": ("history/" if kind == "history" else "drafts/") + base + out_ext,
         "src": "gen/src/" + src, "producer": producer, "authority": authority,
         "reference": reference, "date": date, "received": received,
         "regime": regime, "layout": layout, "as_of": as_of, "bare": bare,
         "questions": questions}
    if kind == "draft":
        d["consistent"] = consistent
    L.append(d)


# ---------------------------------------------------------------- council
letter("history", "hdc-18-0344.html", "lo_pdf", HDC, "HDC/FOI/18/0344", "2018-03-14", "2018-02-19",
       "interleaved", P(1, [
           r("ict.cc.supplier", "Tallis Contact Systems Ltd"), r("ict.cc.spend", "£41,300"),
           r("ict.cc.expiry", "31 March 2020"), r("ict.cc.review", "October 2019"),
           r("ict.cc.description"), r("ict.cc.contact", "Anita Roper, Customer Services Manager"),
           r("ict.cc.agents", "18"), r("ict.cc.sites", "1")]) + P(2, [
           r("ict.inbound.supplier", "Kestrel Telecom plc"), r("ict.inbound.spend", "£9,850"),
           r("ict.inbound.expiry", "30 September 2019"), r("ict.inbound.review", "June 2019"),
           r("ict.inbound.description"), r("ict.inbound.contact", "Marcus Hale, ICT Infrastructure Manager")]))
letter("history", "hdc-20-0519.html", "lo_docx", HDC, "HDC/FOI/20/0519", "2020-06-22", "2020-05-27",
       "restate_then_answer", P(1, [
           r("ict.cc.supplier", "Tallis Contact Systems Ltd"), r("ict.cc.spend", "£43,900"),
           r("ict.cc.duration", "3 years"), r("ict.cc.expiry", "31 March 2023"),
           r("ict.cc.review", "September 2022"), r("ict.cc.description"),
           r("ict.cc.contact", "Anita Roper, Customer Services Manager"), r("ict.cc.agents", "16"),
           r("ict.cc.sites", "1"), r("ict.cc.manufacturer", "Corvane"),
           r("ict.inbound.supplier", "Kestrel Telecom plc"), s("ict.inbound.spend", W, ["s43(2)"]),
           r("ict.inbound.expiry", "30 September 2022"), s("ict.inbound.review", NH),
           r("ict.inbound.description"), r("ict.inbound.contact", "Marcus Hale, ICT Infrastructure Manager")]))
letter("history", "hdc-foi-2023-01127.html", "copy", HDC, "FOI-2023-01127", "2023-05-09", "2023-04-13",
       "disclosure_log", P(1, [
           r("ict.cc.supplier", "Tallis Contact Systems Ltd"), r("ict.cc.spend", "£45,200"),
           r("ict.cc.duration", "3 years"), r("ict.cc.expiry", "31 March 2026"),
           r("ict.cc.review", "September 2025"), r("ict.cc.description"),
           r("ict.cc.contact", "Owen Pritchard, Customer Access Lead"), r("ict.cc.agents", "14"),
           r("ict.cc.sites", "2"), r("ict.cc.manufacturer", "Corvane"),
           r("ict.email.product", "Microsoft Exchange Online"), r("ict.email.users", "410")]) + P(2, [
           r("ict.inbound.supplier", "Kestrel Telecom plc"), s("ict.inbound.spend", W, ["s43(2)"]),
           r("ict.inbound.expiry", "30 September 2026"), r("ict.inbound.review", "July 2025"),
           r("ict.inbound.description"), r("ict.inbound.contact", "Marcus Hale, ICT Infrastructure Manager")]))
letter("draft", "draft-hdc-foi-2025-02264.html", "lo_pdf", HDC, "FOI-2025-02264", "2025-11-18", "2025-10-28",
       "table", P(1, [
           r("ict.cc.supplier", "Tallis Contact Systems Ltd"), s("ict.cc.spend", W, ["s43(2)"]),
           r("ict.cc.duration", "3 years"), r("ict.cc.expiry", "31 March 2026"),
           r("ict.cc.description"), s("ict.cc.contact", PR, ["s40(2)"], "Customer Access Lead"),
           r("ict.cc.agents", "11"), r("ict.cc.sites", "2"), r("ict.cc.manufacturer", "Corvane"),
           r("ict.cc.webchat", "Yes")]) + P(2, [
           r("ict.inbound.supplier", "Kestrel Telecom plc"), r("ict.inbound.spend", "£11,480"),
           r("ict.inbound.expiry", "30 September 2026"), r("ict.inbound.description"),
           r("ict.inbound.contact", "Marcus Hale, ICT Infrastructure Manager")]))

letter("history", "hdc-17-0231.html", "ocr_pdf", HDC, "HDC/FOI/17/0231", "2017-08-03", "2017-07-10",
       "restate_then_answer", P(1, [
           r("cctv.cameras", "58"), r("cctv.monitoring", "Vantage Guarding Ltd"),
           r("cctv.cost", "£212,000"), r("cctv.faulty", "6")]))
letter("history", "hdc-19-0877.html", "chromium_pdf", HDC, "HDC/FOI/19/0877", "2019-11-12", "2019-10-21",
       "you_asked", P(1, [
           r("cctv.cost", "£219,400"), r("cctv.cameras", "61"), r("cctv.monitoring", "Vantage Guarding Ltd"),
           r("cctv.facial_recognition", "No"), r("cctv.retention", "31 days")]))
letter("history", "hdc-foi-2023-00391.txt", "copy", HDC, "FOI-2023-00391", "2023-02-27", "2023-02-01",
       "interleaved", P(1, [
           r("cctv.cameras", "64"), r("cctv.faulty", "3"), r("cctv.cost", "£231,750"),
           r("cctv.monitoring", "Vantage Guarding Ltd"), r("bwv.devices", "12"),
           r("cctv.police_disclosures", "287")]))
letter("draft", "draft-hdc-foi-2025-01788.html", "lo_docx", HDC, "FOI-2025-01788", "2025-09-15", "2025-08-20",
       "restate_then_answer", P(1, [
           r("cctv.cameras", "64"), s("cctv.faulty", NH), s("cctv.cost", W, ["s43(2)"]),
           r("cctv.monitoring", "Vantage Guarding Ltd"), r("bwv.devices", "12"),
           r("cctv.retention", "31 days")]))

letter("history", "hdc-ir-2021-0043.html", "lo_pdf", HDC, "IR-2021-0043", "2021-07-30", "2021-07-02",
       "internal_review", P(1, [
           r("agency.spend", "£1,284,600"), r("agency.headcount", "47"),
           r("agency.top_supplier", "Pembury Staffing Solutions Ltd"),
           r("agency.longest_assignment", "38 months")]))
letter("history", "hdc-foi-2024-00733.html", "copy", HDC, "FOI-2024-00733", "2024-04-17", "2024-03-19",
       "disclosure_log_table", P(1, [
           r("agency.headcount", "39"), r("agency.spend", "£1,102,310"),
           r("agency.top_supplier", "Pembury Staffing Solutions Ltd"), r("agency.planner_rate", "£52.40")]))

letter("history", "hdc-18-0702.html", "gs_pdf:lo", HDC, "HDC/FOI/18/0702", "2018-10-05", "2018-09-11",
       "decision_paragraph", P(1, [
           r("waste.contractor", "Greywell Environmental Services Ltd"), s("waste.value", W, ["s43(2)"]),
           r("waste.end", "31 March 2027"), s("waste.deductions", W, ["s43(2)"]),
           r("waste.missed", "2,944")]))
letter("history", "hdc-foi-2022-00118.html", "lo_docx", HDC, "FOI-2022-00118", "2022-01-24", "2021-12-22",
       "interleaved", P(1, [
           r("waste.contractor", "Greywell Environmental Services Ltd"), s("waste.value", W, ["s43(2)"]),
           r("waste.end", "31 March 2027"), s("waste.officer_names", W, ["s40(2)"]),
           s("waste.contamination_rejected", NH), r("waste.missed", "3,410")]))
letter("draft", "draft-hdc-eir-2025-01203.html", "chromium_pdf", HDC, "EIR-2025-01203", "2025-06-30", "2025-06-02",
       "request_response", P(1, [
           r("waste.contractor", "Greywell Environmental Services Ltd"), s("waste.value", W, ["reg12(5)(e)"]),
           r("waste.end", "31 March 2027"), s("waste.officer_names", W, ["reg13(1)"]),
           r("waste.contamination_rejected", "1,862 tonnes"), r("waste.insourcing", None, ["reg6(1)(b)"])]),
       regime="EIR")

letter("history", "hdc-20-0094.md", "copy", HDC, "HDC/FOI/20/0094", "2020-02-11", "2020-01-16",
       "you_asked", P(1, [
           r("fpn.dog_issued", "23"), r("fpn.dog_paid", "17"), r("fpn.private_enforcement", "No")]))

# ---------------------------------------------------------------- police
letter("history", "bc-2019-000287.html", "chromium_pdf", BC, "FOI/2019/000287", "2019-04-02", "2019-03-06",
       "interleaved", P(1, [
           r("ict.cc.supplier", "Halberd Systems Ltd"), r("ict.cc.spend", "£126,000"),
           r("ict.cc.expiry", "30 June 2022"), r("ict.cc.review", "January 2022"),
           r("ict.cc.description"), r("ict.cc.contact", "Head of Contact Management"),
           r("ict.cc.agents", "142"), r("ict.cc.sites", "2")]) + P(2, [
           r("ict.inbound.supplier", "Ardent Voice Networks Ltd"), r("ict.inbound.spend", "£18,200"),
           r("ict.inbound.expiry", "31 March 2021"), s("ict.inbound.review", NH),
           r("ict.inbound.description"), r("ict.inbound.contact", EMAIL_BC)]))
letter("history", "bc-0934-22.html", "gs_pdf:chromium", BC, "FOI 0934/22", "2022-08-16", "2022-07-19",
       "decision_paragraph", P(1, [
           r("ict.cc.supplier", "Halberd Systems Ltd"), s("ict.cc.spend", W, ["s43(2)"]),
           r("ict.cc.duration", "5 years"), r("ict.cc.expiry", "30 June 2027"),
           r("ict.cc.review", "January 2027"), r("ict.cc.description"), r("ict.cc.contact", EMAIL_BC),
           r("ict.cc.agents", "138"), r("ict.cc.sites", "2"), r("ict.cc.manufacturer", "Linmere"),
           r("ict.email.product", "Microsoft Exchange Online"), r("ict.email.users", "4,300")]) + P(2, [
           r("ict.inbound.supplier", "Ardent Voice Networks Ltd"), s("ict.inbound.spend", NH),
           r("ict.inbound.expiry", "31 March 2026"), s("ict.inbound.review", NH),
           r("ict.inbound.description"), r("ict.inbound.contact", EMAIL_BC)]))
letter("draft", "draft-bc-0277-25.html", "lo_pdf", BC, "FOI 0277/25", "2025-03-11", "2025-02-12",
       "decision_paragraph", P(1, [
           s("ict.cc.supplier", W, S31AB), s("ict.cc.spend", W, S31AB), r("ict.cc.duration", "5 years"),
           r("ict.cc.expiry", "30 June 2027"), r("ict.cc.contact", EMAIL_BC), s("ict.cc.agents", NH),
           r("ict.cc.sites", "2")]) + P(2, [
           r("ict.inbound.supplier", "Ardent Voice Networks Ltd"), s("ict.inbound.spend", NH),
           r("ict.inbound.expiry", "31 March 2026"), r("ict.inbound.description"),
           r("ict.inbound.contact", EMAIL_BC)]))

letter("history", "bc-2019-000041.html", "ocr_pdf", BC, "FOI/2019/000041", "2019-01-22", "2018-12-20",
       "restate_then_answer", P(1, [
           r("bwv.count", "1,150"), r("bwv.supplier", "Sentinel Optics Ltd"), r("bwv.spend", "£486,000"),
           s("bwv.personal_issue", NH)]))
letter("history", "bc-0611-23.html", "copy", BC, "FOI 0611/23", "2023-06-06", "2023-05-09",
       "disclosure_log_table", P(1, [
           r("bwv.count", "1,620"), r("bwv.supplier", "Sentinel Optics Ltd"),
           s("custody_cctv.count", W, ["s31(1)(a)"]), r("bwv.spend", "£212,400")]))

letter("history", "bc-2017-000388.txt", "copy", BC, "FOI/2017/000388", "2017-05-18", "2017-04-24",
       "interleaved", P(1, [
           r("drone.count", "2"), r("drone.manufacturer", "Skyvane"), r("drone.pilots", "4"),
           r("drone.public_misuse_reports", "57")]))
letter("history", "bc-1102-20.html", "lo_pdf", BC, "FOI 1102/20", "2020-10-08", "2020-09-10",
       "you_asked", P(1, [
           r("drone.count", "5"), r("drone.manufacturer", "Skyvane"), r("drone.pilots", "9"),
           r("drone.deployments", "214"), s("drone.protest_use", NH),
           r("drone.public_misuse_reports", "131")]))
letter("history", "bc-0986-24.html", "chromium_pdf", BC, "FOI 0986/24", "2024-09-03", "2024-08-06",
       "decision_paragraph", P(1, [
           s("drone.count", W, ["s31(1)(a)"]), r("drone.manufacturer", "Skyvane"),
           r("drone.purchase_spend", "£64,000"), r("drone.pilots", "14"),
           s("drone.protest_use", NCND, NCND_24_31), r("drone.deployments", "402")]))
letter("draft", "draft-bc-1190-25.html", "lo_docx", BC, "FOI 1190/25", "2025-10-21", "2025-09-23",
       "interleaved", P(1, [
           s("drone.count", W, ["s31(1)(a)"]), r("drone.manufacturer", "Skyvane"), r("drone.pilots", "14"),
           s("drone.protest_use", NCND, NCND_24_31), s("drone.purchase_spend", W, ["s43(2)"]),
           r("drone.public_misuse_reports", "188")]), as_of="2024-06-01")

letter("history", "bc-0301-21.html", "lo_pdf", BC, "FOI 0301/21", "2021-03-23", "2021-02-23",
       "restate_then_answer", P(1, [
           s("cyber.force_incidents", NCND, NCND_24_31), s("cyber.ransomware", NCND, NCND_24_31),
           r("cybercrime.public_reports", "1,487"), r("cybercrime.unit_staff", "11")]))
letter("history", "bc-0164-24.txt", "copy", BC, "FOI 0164/24", "2024-02-14", "2024-01-17",
       "you_asked", P(1, [
           s("cyber.infosec_staff", W, ["s31(1)(a)"]), s("cyber.ransomware", NCND, NCND_24_31),
           r("cybercrime.public_reports", "1,902"), r("cybercrime.unit_staff", "15"),
           s("cyber.ransom_paid", NCND, NCND_24_31)]))
letter("draft", "draft-bc-request-0031-26.txt", "copy", BC, "FOI 0031/26", "2026-01-12", "2026-01-12",
       "bare_request", P(1, [
           s("cyber.force_incidents", UNK), s("cyber.ransomware", UNK), s("cyber.ransom_paid", UNK),
           s("cybercrime.public_reports", UNK), s("cybercrime.unit_staff", UNK),
           s("cyber.infosec_staff", UNK)]), bare=True)

letter("history", "bc-1377-22.html", "lo_docx", BC, "FOI 1377/22", "2022-11-29", "2022-11-01",
       "interleaved", P(1, [
           r("fleet.marked", "412"), r("fleet.ev", "37"), r("fleet.telematics", "Trackwise Telematics Ltd"),
           r("fleet.writeoffs", "19")]))
letter("history", "bc-2018-000654.html", "chromium_pdf", BC, "FOI/2018/000654", "2018-07-12", "2018-06-14",
       "restate_then_answer", P(1, [
           r("taser.trained", "486"), r("taser.discharges", "38"), r("taser.complaints", "9")]))

# ---------------------------------------------------------------- fire
letter("history", "cfrs-2017-061.html", "ocr_pdf", CFRS, "CFRS/FOI/2017/061", "2017-09-26", "2017-08-30",
       "interleaved", P(1, [
           r("staff.wholetime", "486"), r("staff.oncall", "214"), r("staff.control", "28"),
           r("staff.women_firefighters", "31")]))
letter("history", "cfrs-2020-027.txt", "copy", CFRS, "CFRS/FOI/2020/027", "2020-03-10", "2020-02-11",
       "restate_then_answer", P(1, [
           r("staff.wholetime", "471"), r("staff.oncall", "206"), r("staff.women_firefighters", "36"),
           r("staff.control", "27"), s("staff.ethnicity", PR, ["s40(2)"])]))
letter("history", "cfrs-foi-23-118.html", "lo_docx", CFRS, "FOI-CFRS-23-118", "2023-10-04", "2023-09-06",
       "table", P(1, [
           r("staff.wholetime", "452"), r("staff.oncall", "198"), r("staff.control", "26"),
           s("staff.ethnicity", PR, ["s40(2)"]), s("staff.long_term_sick", NH)]))
letter("draft", "draft-cfrs-foi-25-201.html", "lo_pdf", CFRS, "FOI-CFRS-25-201", "2025-12-02", "2025-11-04",
       "interleaved", P(1, [
           r("staff.wholetime", "439"), r("staff.oncall", "198"), r("staff.control", "26"),
           s("staff.ethnicity", W, ["s40(2)"]), s("staff.long_term_sick", NH), r("ict.cc.agents", "6")]))

letter("history", "cfrs-2019-088.html", "lo_pdf", CFRS, "CFRS/FOI/2019/088", "2019-06-18", "2019-05-21",
       "restate_then_answer", P(1, [
           r("fleet.pumping_appliances", "41"), r("fleet.aerial", "3"), r("fleet.appliance_age", "9.2 years"),
           r("fleet.maintenance", "In-house")]))
letter("history", "cfrs-foi-22-064.html", "copy", CFRS, "FOI-CFRS-22-064", "2022-05-24", "2022-04-26",
       "disclosure_log", P(1, [
           r("fleet.pumping_appliances", "40"), r("fleet.aerial", "3"), r("fleet.ev_light", "12"),
           r("fleet.telematics", "Ridgeline Telematics Ltd"), r("fleet.maintenance", "In-house")]))
letter("draft", "draft-cfrs-foi-25-052.html", "chromium_pdf", CFRS, "FOI-CFRS-25-052", "2025-04-08", "2025-03-11",
       "you_asked", P(1, [
           r("fleet.pumping_appliances", "40"), r("fleet.aerial", "3"), r("fleet.ev_light", "12"),
           r("fleet.telematics", "Ridgeline Telematics Ltd"), r("fleet.maintenance", "In-house")]),
       consistent=True)

letter("history", "cfrs-2018-143.html", "gs_pdf:lo", CFRS, "CFRS/FOI/2018/143", "2018-11-20", "2018-10-23",
       "restate_then_answer", P(1, [
           r("drone.count", "2"), r("drone.deployments", "17"), r("drone.thermal", "Yes")]))
letter("history", "cfrs-foi-24-012.md", "copy", CFRS, "FOI-CFRS-24-012", "2024-01-30", "2024-01-02",
       "you_asked", P(1, [
           r("drone.count", "4"), r("drone.pilots", "8"), r("drone.deployments", "61"),
           r("drone.police_assist", "9")]))
letter("history", "cfrs-foi-24-097.html", "chromium_pdf", CFRS, "FOI-CFRS-24-097", "2024-07-09", "2024-06-11",
       "table", P(1, [
           r("ict.cc.supplier", "Meridian CX Ltd"), s("ict.cc.spend", W, ["s43(2)"]),
           r("ict.cc.expiry", "31 August 2026"), r("ict.cc.contact", "Head of ICT"),
           r("ict.cc.agents", "6"), r("ict.cc.sites", "1")]))
letter("history", "cfrs-foi-21-019.html", "lo_pdf", CFRS, "FOI-CFRS-21-019", "2021-02-16", "2021-01-19",
       "interleaved", P(1, [
           r("afa.calls", "3,118"), r("afa.false_alarms", "2,870"), r("afa.charging", "No")]))

# ---------------------------------------------------------------- agency
letter("history", "qra-foi2018-04127.html", "lo_pdf", QRA, "FOI2018/04127", "2018-05-15", "2018-04-17",
       "restate_then_answer", P(1, [
           r("staff.headcount", "1,214"), r("staff.scs", "9"), r("staff.misconduct_dismissals", "4")]))
letter("history", "qra-foi2022-11873.md", "copy", QRA, "FOI2022/11873", "2022-09-27", "2022-08-30",
       "you_asked", P(1, [
           r("staff.headcount", "1,342"), s("staff.home_based", NH), r("staff.scs", "11"),
           r("staff.misconduct_dismissals", "6")]))
letter("draft", "draft-qra-foi2026-01458.html", "lo_docx", QRA, "FOI2026/01458", "2026-02-17", "2026-01-20",
       "interleaved", P(1, [
           r("staff.headcount", "1,398"), r("staff.scs", "11"),
           s("staff.misconduct_dismissals", W, ["s40(2)"]), s("staff.home_based", NH),
           r("contingent.headcount", None, ["s21"])]))

letter("history", "qra-foi2019-07755.html", "chromium_pdf", QRA, "FOI2019/07755", "2019-08-13", "2019-07-16",
       "interleaved", P(1, [
           r("contingent.spend", "£3.42 million"), r("consultancy.spend", "£0.61 million"),
           r("contingent.main_supplier", "Ashcombe Resourcing Ltd"), r("contingent.headcount", "64")]))
letter("history", "qra-foi2021-10218.html", "ocr_pdf", QRA, "FOI2021/10218", "2021-11-02", "2021-10-05",
       "table", P(1, [
           r("contingent.headcount", "92"), r("contingent.spend", "£4.87 million"),
           s("contingent.spend_by_supplier", W, ["s43(2)"]),
           r("contingent.interim_day_rates", "£550 to £875")]))
letter("history", "qra-foi2024-02931.html", "lo_pdf", QRA, "FOI2024/02931", "2024-03-26", "2024-02-27",
       "decision_paragraph", P(1, [
           r("contingent.spend", "£5.12 million"), r("contingent.headcount", "87"),
           r("contingent.main_supplier", "Ashcombe Resourcing Ltd"),
           s("contingent.spend_by_supplier", W, ["s43(2)"]),
           r("contingent.interim_day_rates", "£575 to £900"), r("consultancy.spend", "£1.08 million")]))
letter("draft", "draft-qra-foi2025-04410.md", "copy", QRA, "FOI2025/04410", "2025-05-20", "2025-04-22",
       "you_asked", P(1, [
           r("contingent.spend", "£4.66 million"),
           r("contingent.spend_by_supplier", "Ashcombe Resourcing Ltd £3,184,000; Fenwick Interim Partners LLP £1,012,000; other suppliers £464,000"),
           s("contingent.interim_day_rates", PR, ["s43(2)"], "£600 to £925"),
           r("contingent.main_supplier", "Ashcombe Resourcing Ltd"),
           r("consultancy.spend", None, ["s21"])]))

letter("history", "qra-foi2020-11902.html", "lo_docx", QRA, "FOI2020/11902", "2020-12-08", "2020-11-10",
       "restate_then_answer", P(1, [
           r("cyber.ncsc_reports", "3"), r("cyber.ransom_paid", "No"),
           r("cyber.phishing_blocked", "1.2 million"), r("cyber.phishing_simulations", "2")]))
letter("history", "qra-foi2023-06024.html", "chromium_pdf", QRA, "FOI2023/06024", "2023-07-11", "2023-06-13",
       "interleaved", P(1, [
           r("cyber.ransom_paid", "No"), s("cyber.state_attribution", NCND, NCND_24_31),
           s("cyber.budget", W, ["s24(1)"]), s("cyber.soc_provider", W, ["s31(1)(a)"]),
           r("cyber.phishing_blocked", "2.9 million"), r("cyber.ncsc_reports", "5")]))
letter("draft", "draft-qra-foi2025-06712.html", "gs_pdf:lo", QRA, "FOI2025/06712", "2025-08-05", "2025-07-08",
       "decision_paragraph", P(1, [
           s("cyber.ransom_paid", NCND, NCND_24_31), r("cyber.state_attribution", "No"),
           s("cyber.budget", W, ["s31(1)(a)"]), s("cyber.soc_provider", W, ["s31(1)(a)"]),
           r("cyber.phishing_simulations", "2")]))

letter("history", "qra-foi2022-02210.html", "copy", QRA, "FOI2022/02210", "2022-03-15", "2022-02-15",
       "disclosure_log", P(1, [
           r("ict.hosting_supplier", "Hollins Cloud Services Ltd"), s("ict.hosting_cost", W, ["s43(2)"]),
           r("ict.hosting_end", "31 January 2025")]))
letter("history", "qra-foi2017-09316.html", "lo_pdf", QRA, "FOI2017/09316", "2017-10-10", "2017-09-12",
       "restate_then_answer", P(1, [
           s("relocation.cost", REF, ["s12(1)"]), s("relocation.staff", REF, ["s12(1)"]),
           s("relocation.exit_payments", REF, ["s12(1)"])]))

# ================================================================ comparison
EQUIV = [  # (class, prefixes) : exemption equivalents across FOIA / EIR / FOISA
    ("not_held", ["s1(1)(a)", "reg12(4)(a)", "foisa:s17"]),
    ("cost", ["s12", "reg12(4)(b)", "foisa:s12"]),
    ("accessible", ["s21", "reg6(1)(b)", "foisa:s25"]),
    ("future_pub", ["s22", "reg12(4)(d)", "foisa:s27"]),
    ("law_enforcement", ["s31", "reg12(5)(b)", "foisa:s35"]),
    ("public_affairs", ["s36", "reg12(4)(e)", "foisa:s30"]),
    ("personal", ["s40", "reg13", "foisa:s38"]),
    ("commercial", ["s43", "reg12(5)(e)", "foisa:s33"]),
    ("national_security", ["s24", "reg12(5)(a)", "foisa:s31"]),
]


def ex_class(e):
    for cls, prefixes in EQUIV:
        for p in prefixes:
            if e == p or e.startswith(p + "(") or (p.endswith(")") and e.startswith(p)):
                return cls
    return e.split("(")[0]


HELD = {R, PR, W}
SEV = {"newly_withheld": "high", "partly_withheld": "medium", "newly_released": "medium",
       "exemption_changed": "medium", "answer_changed": "low"}


def norm_fact(f):
    return " ".join(f.lower().replace(",", "").split()) if f else f


def compare(cur, prev):
    """Return (kind, severity) or None, per CONTRACT.md's table."""
    C, Pv = cur["stance"], prev["stance"]
    if C == UNK or Pv == UNK:
        return None
    if (C == NCND) != (Pv == NCND):
        other = Pv if C == NCND else C
        if other in (R, PR, W, NH):
            return ("ncnd_inconsistent", "high" if C == NCND else "medium")
        return None
    if C == NCND:
        return None
    if Pv in (R, PR) and C in (W, REF):
        return ("newly_withheld", "high")
    if Pv == R and C == PR:
        return ("partly_withheld", "medium")
    if Pv == W and C in (R, PR):
        return ("newly_released", "medium")
    if Pv == W and C == W:
        if {ex_class(e) for e in cur["exemptions"]} != {ex_class(e) for e in prev["exemptions"]}:
            return ("exemption_changed", "medium")
        return None
    if Pv in HELD and C == NH:
        return ("held_status_changed", "high")
    if Pv == NH and C in HELD:
        return ("held_status_changed", "medium")
    if Pv == R and C == R and cur["fact"] and prev["fact"] and norm_fact(cur["fact"]) != norm_fact(prev["fact"]):
        return ("answer_changed", "low")
    return None


def derive_expect(letters):
    hist = [l for l in letters if l["kind"] == "history"]
    out = {}
    for d in [l for l in letters if l["kind"] == "draft"]:
        cutoff = d["as_of"] or d["date"]
        earlier = sorted([h for h in hist if h["authority"] == d["authority"] and h["date"] < cutoff],
                         key=lambda h: h["date"], reverse=True)
        matches, findings = {}, []
        for dq in d["questions"]:
            cands = [(h, hq) for h in earlier for hq in h["questions"] if hq["concept"] == dq["concept"]]
            matches[dq["id"]] = ["%s %s" % (h["reference"], hq["id"]) for h, hq in cands]
            if cands and not d["bare"]:
                h, hq = cands[0]
                assert len([1 for h2, _ in cands if h2["date"] == h["date"]]) == 1, "precedent tie"
                res = compare(dq, hq)
                if res:
                    findings.append({"kind": res[0], "severity": res[1], "question_id": dq["id"],
                                     "precedent": "%s %s" % (h["reference"], hq["id"])})
        e = {}
        if d["as_of"]:
            e["as_of"] = d["as_of"]
        if d.get("consistent"):
            assert not findings, "consistent draft has findings: %s" % d["file"]
            e["consistent"] = True
        e["matches"] = matches
        e["findings"] = findings
        out[os.path.basename(d["file"])] = e
    return {"description": "Set AM: four invented authorities (a district council, an English police force, "
                           "a fire and rescue service, a government executive agency); 40 history letters "
                           "2017-2025 and 11 drafts 2025-2026 (one a bare incoming request). Matches: every "
                           "history question of the same authority and concept dated strictly before the "
                           "draft's as_of (or its own date), newest first; findings compare each draft "
                           "question with its precedent (the newest match). Draft keys are file names in drafts/.",
            "drafts": out}


# ================================================================ rendering
def run(cmd, **kw):
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if res.returncode != 0:
        sys.stderr.write(res.stderr.decode(errors="replace"))
        raise SystemExit("failed: %s" % " ".join(cmd))
    return res


def lo_convert(src, fmt, outdir):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src])


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + out, "file://" + src])


def render(l):
    src = os.path.join(ROOT, l["src"])
    out = os.path.join(ROOT, l["file"])
    base = os.path.splitext(os.path.basename(src))[0]
    work = os.path.join(BUILD, base)
    os.makedirs(work, exist_ok=True)
    p = l["producer"]
    if p == "copy":
        shutil.copyfile(src, out)
    elif p == "lo_pdf":
        lo_convert(src, "pdf", work)
        shutil.copyfile(os.path.join(work, base + ".pdf"), out)
    elif p == "lo_docx":
        lo_convert(src, "docx:MS Word 2007 XML", work)
        shutil.copyfile(os.path.join(work, base + ".docx"), out)
    elif p == "chromium_pdf":
        chromium_pdf(src, out)
    elif p.startswith("gs_pdf:"):
        mid = os.path.join(work, base + ".pdf")
        if p.endswith("lo"):
            lo_convert(src, "pdf", work)
        else:
            chromium_pdf(src, mid)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, mid])
    elif p == "ocr_pdf":
        mid = os.path.join(work, base + ".pdf")
        chromium_pdf(src, mid)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
             "-o", os.path.join(work, "page-%03d.png"), mid])
        pages = sorted(glob.glob(os.path.join(work, "page-*.png")))
        with open(os.path.join(work, "list.txt"), "w") as f:
            f.write("\n".join(pages) + "\n")
        run(["tesseract", os.path.join(work, "list.txt"), os.path.join(work, "ocr"), "-l", "eng", "pdf"])
        shutil.copyfile(os.path.join(work, "ocr.pdf"), out)
    else:
        raise SystemExit("unknown producer " + p)


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    for d in ("history", "drafts"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, d))
    os.makedirs(BUILD)
    # sanity on the truth
    seen = set()
    for l in L:
        assert os.path.exists(os.path.join(ROOT, l["src"])), l["src"]
        assert l["file"] not in seen, l["file"]
        seen.add(l["file"])
        ids = [x["id"] for x in l["questions"]]
        assert len(ids) == len(set(ids)), l["file"]
        for x in l["questions"]:
            if x["stance"] in (PR,) or x["stance"] == REF:
                assert x["exemptions"], (l["file"], x["id"])
            if x["stance"] != R:
                assert x["fact"] is None or x["stance"] == PR, (l["file"], x["id"])
    srcs = sorted(os.listdir(SRC))
    assert sorted(os.path.basename(l["src"]) for l in L) == srcs, "src files and truth differ"
    only = sys.argv[1:]
    for l in L:
        if only and not any(o in l["file"] for o in only):
            continue
        print("render", l["file"], "(%s)" % l["producer"], file=sys.stderr)
        render(l)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"letters": L}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(derive_expect(L), f, ensure_ascii=False, indent=1)
    nh = sum(1 for l in L if l["kind"] == "history")
    print("history %d drafts %d" % (nh, len(L) - nh), file=sys.stderr)


if __name__ == "__main__":
    main()
