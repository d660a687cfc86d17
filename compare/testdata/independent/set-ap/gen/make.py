#!/usr/bin/env python3
"""Build test set AP: render gen/src/* into history/ and drafts/, write
gen/truth.json and derive expect.json from the truth only.

Standard library only. Producers: LibreOffice (soffice), Chromium,
Ghostscript, Tesseract; pdftotext is used to check every PDF.
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
TMP = os.path.join(HERE, "tmp")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

KC = "Kilbrannan Council"
FR = "Irwell Valley Fire and Rescue Service"
ICB = "NHS Mercia Vale Integrated Care Board"
UNI = "University of Castlebridge"

R, PR, W, N, NH, RF = ("released", "partially_released", "withheld", "ncnd",
                       "not_held", "refused")


def q(qid, concept, stance, exemptions=(), fact=None):
    return {"id": qid, "concept": concept, "stance": stance,
            "exemptions": sorted(exemptions), "fact": fact}


def L(key, src, producer, file, authority, reference, date, received, regime,
      layout, questions, as_of=None, bare=False, consistent=False):
    return {"key": key, "src": src, "producer": producer, "file": file,
            "authority": authority, "reference": reference, "date": date,
            "received": received, "regime": regime, "layout": layout,
            "as_of": as_of, "bare": bare, "consistent": consistent,
            "questions": questions}


# ---------------------------------------------------------------------------
# The truth of every letter.
# ---------------------------------------------------------------------------
LETTERS = [
    # ======================= Kilbrannan Council (FOISA) ====================
    L("K01", "K01.html", "lo_pdf", "history/kc_2017_pothole_claims.pdf", KC,
      "KC/FOI/17/0412", "2017-09-14", "2017-08-22", "FOISA",
      "restate_then_answer", [
          q("P1.Q1", "roads.claims.vehicle.count", R, (), "87; 112; 139"),
          q("P1.Q2", "roads.claims.vehicle.paid", R, (), "£9,412; £12,860; £15,033"),
          q("P1.Q3", "roads.claims.injury.count", R, (), "11; 9; 14"),
          q("P1.Q4", "roads.defects.reported", NH, ["foisa:s17(1)"]),
      ]),
    L("K02", "K02.txt", "copy", "history/kc_2018_public_space_cctv.txt", KC,
      "KC/FOI/18/0267", "2018-05-30", "2018-05-02", "FOISA",
      "restate_then_answer", [
          q("P1.Q1", "cctv.count", R, (), "112"),
          q("P1.Q2", "cctv.monitored", R, (), "48"),
          q("P1.Q3", "cctv.spend", R, (), "£61,500"),
          q("P1.Q4", "cctv.locations", W, ["foisa:s35(1)(a)"]),
      ]),
    L("K03", "K03.html", "lo_pdf", "history/kc_2019_customer_contact_system.pdf",
      KC, "KC/FOI/19/0139", "2019-03-12", "2019-02-14", "FOISA",
      "restate_then_answer_grouped", [
          q("P1.Q1", "cc.supplier", R, (), "Tolmount Systems Ltd"),
          q("P1.Q2", "cc.spend", R, (), "£48,200"),
          q("P1.Q3", "cc.expiry", R, (), "31 March 2021"),
          q("P1.Q4", "cc.start", R, (), "1 April 2018"),
          q("P1.Q5", "cc.contact", R, (), "Customer Services Manager"),
          q("P1.Q6", "cc.agents", R, (), "34"),
      ]),
    L("K04", "K04.html", "gs_lo", "history/kc_2020_carriageway_defects.pdf", KC,
      "KC/FOI/20/0088", "2020-02-19", "2020-01-23", "FOISA", "interleaved", [
          q("P1.Q1", "roads.claims.vehicle.count", R, (), "151; 176"),
          q("P1.Q2", "roads.claims.vehicle.paid", R, (), "£17,904; £21,377"),
          q("P1.Q3", "roads.defects.reported", R, (), "2,904; 3,311"),
          q("P1.Q4", "roads.repair.time", R, (), "6.4 days"),
      ]),
    L("K05", "K05.html", "copy", "history/kc_disclosure_log_2020_0931.html", KC,
      "KC/FOI/20/0931", "2020-11-10", "2020-10-15", "FOISA",
      "disclosure_log", [
          q("P1.Q1", "cctv.count", R, (), "118"),
          q("P1.Q2", "cctv.supplier", R, (), "Corsewall Security Systems Ltd"),
          q("P1.Q3", "cctv.spend", R, (), "£64,900"),
          q("P1.Q4", "cctv.locations", W, ["foisa:s35(1)(a)"]),
          q("P1.Q5", "cctv.facial", R, (), "No"),
      ]),
    L("K06", "K06.html", "lo_docx", "history/kc_2021_contact_centre_inbound.docx",
      KC, "KC/FOI/21/0514", "2021-06-09", "2021-05-12", "FOISA",
      "parts_decision_paragraph", [
          q("P1.Q1", "cc.supplier", R, (), "Tolmount Systems Ltd"),
          q("P1.Q2", "cc.spend", W, ["foisa:s33(1)(b)"]),
          q("P1.Q3", "cc.expiry", R, (), "31 March 2022"),
          q("P1.Q4", "cc.review", R, (), "September 2021"),
          q("P1.Q5", "cc.description", R),
          q("P1.Q6", "cc.contact", PR, ["foisa:s38(1)(b)"]),
          q("P1.Q7", "cc.agents", R, (), "36"),
          q("P1.Q8", "cc.sites", R, (), "2"),
          q("P2.Q1", "in.supplier", R, (), "Brightwater Networks Ltd"),
          q("P2.Q2", "in.spend", W, ["foisa:s33(1)(b)"]),
          q("P2.Q3", "in.expiry", R, (), "30 September 2023"),
          q("P2.Q4", "in.review", R, (), "March 2023"),
          q("P2.Q5", "in.description", R),
          q("P2.Q6", "in.contact", PR, ["foisa:s38(1)(b)"]),
      ]),
    L("K07", "K07.md", "copy", "history/kc_2022_public_toilets.md", KC,
      "KC-FOI-22-01011", "2022-08-16", "2022-07-25", "FOISA",
      "restate_then_answer", [
          q("P1.Q1", "toilets.count", R, (), "23"),
          q("P1.Q2", "toilets.closed", R, (), "9"),
          q("P1.Q3", "toilets.cost", R, (), "£412,300"),
          q("P1.Q4", "toilets.comfort", R, (), "14"),
      ]),
    L("K08", "K08.html", "chromium_pdf", "history/kc_2023_potholes.pdf", KC,
      "KC-FOI-22-01977", "2023-01-26", "2022-12-20", "FOISA", "you_asked", [
          q("P1.Q1", "roads.defects.reported", R, (), "3,780"),
          q("P1.Q2", "roads.claims.vehicle.count", R, (), "204"),
          q("P1.Q3", "roads.claims.vehicle.paid", R, (), "£24,610"),
          q("P1.Q4", "roads.claims.injury.count", R, (), "17"),
          q("P1.Q5", "roads.repair.spend", R, (), "£1,842,000"),
      ]),
    L("K09", "K09.html", "chromium_pdf",
      "history/kc_2023_contact_centre_inbound.pdf", KC, "KC-FOI-23-00598",
      "2023-05-17", "2023-04-19", "FOISA", "borderless_table_parts", [
          q("P1.Q1", "cc.supplier", R, (), "Tolmount Systems Ltd"),
          q("P1.Q2", "cc.spend", W, ["foisa:s33(1)(b)"]),
          q("P1.Q3", "cc.duration", R, (), "3 years + 1 year extension"),
          q("P1.Q4", "cc.expiry", R, (), "31 March 2025"),
          q("P1.Q5", "cc.review", R, (), "October 2024"),
          q("P1.Q6", "cc.description", R),
          q("P1.Q7", "cc.contact", PR, ["foisa:s38(1)(b)"]),
          q("P1.Q8", "cc.agents", R, (), "38"),
          q("P1.Q9", "cc.sites", R, (), "2"),
          q("P1.Q10", "cc.manufacturer", R, (), "Corvane Voice"),
          q("P2.Q1", "in.supplier", R, (), "Brightwater Networks Ltd"),
          q("P2.Q2", "in.spend", W, ["foisa:s33(1)(b)"]),
          q("P2.Q3", "in.expiry", R, (), "30 September 2026"),
          q("P2.Q4", "in.review", R, (), "March 2026"),
          q("P2.Q5", "in.description", R),
          q("P2.Q6", "in.contact", PR, ["foisa:s38(1)(b)"]),
      ]),
    L("K10", "K10.html", "lo_pdf", "history/kc_2024_cctv_body_worn.pdf", KC,
      "KC-FOI-24-00311", "2024-03-21", "2024-02-27", "FOISA", "table", [
          q("P1.Q1", "cctv.count", R, (), "131"),
          q("P1.Q2", "bwv.count", R, (), "22"),
          q("P1.Q3", "cctv.supplier", R, (), "Corsewall Security Systems Ltd"),
          q("P1.Q4", "cctv.spend", R, (), "£70,250"),
          q("P1.Q5", "cctv.locations", PR, ["foisa:s35(1)(a)"]),
          q("P1.Q6", "cctv.facial", R, (), "No"),
          q("P1.Q7", "cctv.retention", R, (), "31 days"),
      ]),
    L("K11", "K11.html", "gs_lo", "history/kc_2024_contact_centre_inbound.pdf",
      KC, "KC-FOI-24-01377", "2024-10-08", "2024-09-10", "FOISA",
      "interleaved_parts_merged", [
          q("P1.Q1", "cc.supplier", R, (), "Tolmount Systems Ltd"),
          q("P1.Q2", "cc.spend", W, ["foisa:s33(1)(b)"]),
          q("P1.Q3", "cc.duration", R, (), "3 years + 1 year extension"),
          q("P1.Q4", "cc.expiry", R, (), "31 March 2026"),
          q("P1.Q5", "cc.description", R),
          q("P1.Q6", "cc.contact", PR, ["foisa:s38(1)(b)"]),
          q("P1.Q7", "cc.agents", R, (), "34"),
          q("P1.Q8", "cc.manufacturer", R, (), "Corvane Voice"),
          q("P2.Q1", "in.supplier", R, (), "Brightwater Networks Ltd"),
          q("P2.Q2", "in.spend", W, ["foisa:s33(1)(b)"]),
          q("P2.Q3", "in.expiry", R, (), "30 September 2026"),
          q("P2.Q4", "in.description", R),
          q("P2.Q5", "in.contact", PR, ["foisa:s38(1)(b)"]),
      ]),
    # drafts
    L("KD1", "KD1.html", "lo_docx", "drafts/kc_draft_contact_centre_inbound.docx",
      KC, "KC-FOI-25-00874", "2025-06-24", "2025-05-29", "FOISA",
      "parts_decision_paragraph_merged", [
          q("P1.Q1", "cc.supplier", W, ["foisa:s35(1)(a)"]),
          q("P1.Q2", "cc.spend", W, ["foisa:s35(1)(a)"]),
          q("P1.Q3", "cc.duration", R, (), "3 years + 1 year extension"),
          q("P1.Q4", "cc.expiry", R, (), "31 March 2026"),
          q("P1.Q5", "cc.description", R),
          q("P1.Q6", "cc.contact", PR, ["foisa:s38(1)(b)"]),
          q("P1.Q7", "cc.agents", R, (), "34"),
          q("P1.Q8", "cc.manufacturer", R, (), "Corvane Voice"),
          q("P2.Q1", "in.supplier", R, (), "Brightwater Networks Ltd"),
          q("P2.Q2", "in.spend", R, (), "£21,600"),
          q("P2.Q3", "in.expiry", R, (), "30 September 2026"),
          q("P2.Q4", "in.description", R),
          q("P2.Q5", "in.contact", PR, ["foisa:s38(1)(b)"]),
      ]),
    L("KD2", "KD2.html", "lo_pdf", "drafts/kc_draft_surveillance_cameras.pdf", KC,
      "KC-FOI-25-01642", "2025-11-18", "2025-10-28", "FOISA", "interleaved", [
          q("P1.Q1", "cctv.count", R, (), "127"),
          q("P1.Q2", "bwv.count", W, ["foisa:s35(1)(a)"]),
          q("P1.Q3", "bwv.retention", R, (), "31 days"),
          q("P1.Q4", "cctv.retention", R, (), "31 days"),
          q("P1.Q5", "cctv.supplier", R, (), "Corsewall Security Systems Ltd"),
          q("P1.Q6", "cctv.spend", PR, ["foisa:s33(1)(b)"]),
          q("P1.Q7", "cctv.facial", R, (), "No"),
      ]),
    L("KD3", "KD3.txt", "copy", "drafts/kc_incoming_request_potholes.txt", KC,
      "", "2026-01-12", "2026-01-12", "FOISA", "bare_request", [
          q("P1.Q1", "roads.claims.vehicle.count", "unknown"),
          q("P1.Q2", "roads.claims.vehicle.paid", "unknown"),
          q("P1.Q3", "roads.claims.injury.count", "unknown"),
          q("P1.Q4", "roads.defects.reported", "unknown"),
          q("P1.Q5", "roads.repairs.count", "unknown"),
          q("P1.Q6", "roads.repair.time", "unknown"),
      ], bare=True),

    # =============== Irwell Valley Fire and Rescue Service (FOIA) ============
    L("F01", "F01.html", "lo_pdf", "history/ivfrs_2018_vehicle_fleet.pdf", FR,
      "FOI 0097/18", "2018-04-11", "2018-03-14", "FOIA", "table", [
          q("P1.Q1", "fleet.appliances", R, (), "38"),
          q("P1.Q2", "fleet.ev", R, (), "0"),
          q("P1.Q3", "fleet.maintenance", R, (), "In-house"),
          q("P1.Q4", "fleet.telematics", R, (), "Vantrax Telematics Ltd"),
      ]),
    L("F02", "F02.html", "ocr_lo", "history/ivfrs_2017_workforce_scan.pdf", FR,
      "FOI 0142/17", "2017-06-28", "2017-06-01", "FOIA",
      "restate_then_answer_scanned", [
          q("P1.Q1", "staff.wholetime", R, (), "612"),
          q("P1.Q2", "staff.oncall", R, (), "148"),
          q("P1.Q3", "staff.control", R, (), "34"),
          q("P1.Q4", "staff.support", R, (), "201"),
      ]),
    L("F03", "F03.html", "lo_pdf", "history/ivfrs_2019_uav.pdf", FR,
      "FOI 0301/19", "2019-08-20", "2019-07-23", "FOIA",
      "restate_then_answer_prose", [
          q("P1.Q1", "drone.count", R, (), "2"),
          q("P1.Q2", "drone.models", R, (), "Aerolith X8"),
          q("P1.Q3", "drone.pilots", R, (), "6"),
          q("P1.Q4", "drone.deployments", R, (), "14"),
      ]),
    L("F04", "F04.html", "gs_chromium", "history/ivfrs_2021_fleet.pdf", FR,
      "IVFRS/FOI/2021/041", "2021-03-03", "2021-02-08", "FOIA", "interleaved", [
          q("P1.Q1", "fleet.appliances", R, (), "37"),
          q("P1.Q2", "fleet.ev", R, (), "4"),
          q("P1.Q3", "fleet.hybrid", R, (), "9"),
          q("P1.Q4", "fleet.telematics", R, (), "Vantrax Telematics Ltd"),
          q("P1.Q5", "fleet.age", R, (), "8.2 years"),
          q("P1.Q6", "fleet.maintenance", R, (), "In-house"),
      ]),
    L("F05", "F05.html", "lo_docx", "history/ivfrs_2021_drones.docx", FR,
      "IVFRS/FOI/2021/198", "2021-10-05", "2021-09-07", "FOIA",
      "numbered_list_interleaved", [
          q("P1.Q1", "drone.count", R, (), "3"),
          q("P1.Q2", "drone.models", R, (), "Aerolith X8 (2), Aerolith Scout 2 (1)"),
          q("P1.Q3", "drone.pilots", R, (), "9"),
          q("P1.Q4", "drone.observers", R, (), "5"),
          q("P1.Q5", "drone.deployments", R, (), "31"),
          q("P1.Q6", "drone.spend", R, (), "£58,400"),
      ]),
    L("F06", "F06.txt", "copy", "history/ivfrs_2020_workforce.txt", FR,
      "FOI 0388/20", "2020-07-14", "2020-06-16", "FOIA", "q_a", [
          q("P1.Q1", "staff.wholetime", R, (), "598"),
          q("P1.Q2", "staff.oncall", R, (), "139"),
          q("P1.Q3", "staff.control", R, (), "36"),
          q("P1.Q4", "staff.female", R, (), "41"),
          q("P1.Q5", "staff.secondary", NH),
      ]),
    L("F07", "F07.html", "chromium_pdf", "history/ivfrs_2022_ebike_fires.pdf", FR,
      "IVFRS/FOI/2022/034", "2022-03-09", "2022-02-09", "FOIA",
      "prose_questions", [
          q("P1.Q1", "ebike.fires", R, (), "19"),
          q("P1.Q2", "ebike.injuries", R, (), "4"),
          q("P1.Q3", "ebike.fatalities", R, (), "0"),
      ]),
    L("F08", "F08.html", "chromium_pdf", "history/ivfrs_2023_drones_review.pdf", FR,
      "IVFRS/IR/2023/009", "2023-07-12", "2023-05-30", "FOIA",
      "internal_review", [
          q("P1.Q1", "drone.count", R, (), "4"),
          q("P1.Q2", "drone.models", R, (),
            "Aerolith X8 (2), Aerolith Scout 2 (1), Aerolith T30 Thermal (1)"),
          q("P1.Q3", "drone.pilots", R, (), "11"),
          q("P1.Q4", "drone.deployments", R, (), "47"),
          q("P1.Q5", "drone.spend", W, ["s43(2)"]),
          q("P1.Q6", "drone.police", R, (), "6"),
      ]),
    L("F09", "F09.html", "copy", "history/ivfrs_disclosure_log_F-00233.html", FR,
      "F-00233", "2024-05-29", "2024-05-01", "FOIA", "disclosure_log", [
          q("P1.Q1", "fleet.appliances", R, (), "36"),
          q("P1.Q2", "fleet.ev", R, (), "11"),
          q("P1.Q3", "fleet.hybrid", R, (), "14"),
          q("P1.Q4", "fleet.telematics", R, (), "Vantrax Telematics Ltd"),
          q("P1.Q5", "fleet.age", R, (), "9.1 years"),
          q("P1.Q6", "fleet.maintenance", R, (), "In-house"),
          q("P1.Q7", "fleet.charging", R, (), "26"),
      ]),
    L("F10", "F10.md", "copy", "history/ivfrs_2023_workforce.md", FR,
      "IVFRS/FOI/2023/311", "2023-11-02", "2023-10-06", "FOIA",
      "decision_paragraph", [
          q("P1.Q1", "staff.wholetime", R, (), "604"),
          q("P1.Q2", "staff.oncall", R, (), "127"),
          q("P1.Q3", "staff.control", W, ["s31(1)(a)"]),
          q("P1.Q4", "staff.female", R, (), "52"),
          q("P1.Q5", "staff.secondary", R, (), "88"),
      ]),
    # drafts
    L("FD1", "FD1.html", "chromium_pdf", "drafts/ivfrs_draft_rpas.pdf", FR,
      "F-01047", "2025-12-03", "2025-11-05", "FOIA", "interleaved", [
          q("P1.Q1", "drone.count", R, (), "4"),
          q("P1.Q2", "drone.models", W, ["s31(1)(a)"]),
          q("P1.Q3", "drone.pilots", R, (), "11"),
          q("P1.Q4", "drone.observers", R, (), "5"),
          q("P1.Q5", "drone.police", N, ["s31(3)"]),
          q("P1.Q6", "drone.spend", W, ["s43(2)"]),
      ]),
    L("FD2", "FD2.md", "copy", "drafts/ivfrs_draft_fleet.md", FR,
      "F-01102", "2026-02-10", "2026-01-13", "FOIA", "interleaved", [
          q("P1.Q1", "fleet.appliances", R, (), "36"),
          q("P1.Q2", "fleet.hybrid", R, (), "14"),
          q("P1.Q3", "fleet.ev", R, (), "11"),
          q("P1.Q4", "fleet.telematics", R, (), "Vantrax Telematics Ltd"),
          q("P1.Q5", "fleet.maintenance", R, (), "In-house"),
          q("P1.Q6", "fleet.charging", R, (), "26"),
      ], consistent=True),
    L("FD3", "FD3.html", "lo_pdf", "drafts/ivfrs_draft_workforce.pdf", FR,
      "F-00907", "2025-10-21", "2025-09-24", "FOIA", "decision_paragraph", [
          q("P1.Q1", "staff.wholetime", R, (), "598"),
          q("P1.Q2", "staff.control", W, ["s31(1)(a)"]),
          q("P1.Q3", "staff.contactcentre", R, (), "4"),
          q("P1.Q4", "staff.female", R, (), "58"),
          q("P1.Q5", "staff.secondary", R, (), "93"),
      ], as_of="2022-01-01"),

    # ============ NHS Mercia Vale Integrated Care Board (FOIA) ===============
    L("I01", "I01.html", "chromium_pdf", "history/mvicb_2022_agency_staff.pdf",
      ICB, "FOI.22.0147", "2022-11-15", "2022-10-18", "FOIA", "interleaved", [
          q("P1.Q1", "agency.spend.total", R, (), "£412,600"),
          q("P1.Q2", "agency.suppliers", R, (),
            "Medstaff Partners Ltd, Orrin Recruitment, Calloway Health Interim"),
          q("P1.Q3", "agency.count", R, (), "27"),
          q("P1.Q4", "agency.rate.highest", W, ["s43(2)"]),
      ]),
    L("I02", "I02.html", "lo_pdf", "history/mvicb_2023_cyber_security.pdf", ICB,
      "FOI.23.0061", "2023-03-14", "2023-02-14", "FOIA", "table", [
          q("P1.Q1", "cyber.incidents.count", R, (), "3"),
          q("P1.Q2", "cyber.ransomware", R, (), "0"),
          q("P1.Q3", "cyber.ransom.paid", R, (), "Not applicable"),
          q("P1.Q4", "cyber.ico.reports", R, (), "1"),
          q("P1.Q5", "cyber.training", R, (), "87%"),
      ]),
    L("I03", "I03.html", "lo_docx", "history/mvicb_2023_agency_interim.docx", ICB,
      "FOI.23.0412", "2023-10-24", "2023-09-26", "FOIA",
      "parts_numbered_list", [
          q("P1.Q1", "agency.spend.total", R, (), "£1,284,000"),
          q("P1.Q2", "agency.suppliers", R, (),
            "Medstaff Partners Ltd, Orrin Recruitment, Calloway Health Interim, Tenbury Locum Services"),
          q("P1.Q3", "agency.count", R, (), "41"),
          q("P1.Q4", "agency.rate.highest", W, ["s43(2)"]),
          q("P2.Q1", "offpayroll.spend", R, (), "£356,000"),
          q("P2.Q2", "offpayroll.count", R, (), "7"),
          q("P2.Q3", "offpayroll.ir35", R, (), "5"),
      ]),
    L("I04", "I04.md", "copy", "history/mvicb_2022_adhd_assessment.md", ICB,
      "FOI.22.0201", "2022-12-13", "2022-11-15", "FOIA", "question_answer", [
          q("P1.Q1", "adhd.adult.waiting", R, (), "2,140"),
          q("P1.Q2", "adhd.child.waiting", R, (), "1,385"),
          q("P1.Q3", "adhd.longest.wait", NH),
          q("P1.Q4", "adhd.providers", R, (),
            "Wellbridge Community NHS Trust; Mindpath Clinics Ltd"),
      ]),
    L("I05", "I05.html", "chromium_pdf", "history/mvicb_2024_cyber_security.pdf",
      ICB, "MVICB-FOI-24-0338", "2024-06-11", "2024-05-14", "FOIA",
      "decision_paragraph_borderless_table", [
          q("P1.Q1", "cyber.incidents.count", W, ["s31(1)(a)"]),
          q("P1.Q2", "cyber.ransomware", N, ["s31(3)"]),
          q("P1.Q3", "cyber.ico.reports", R, (), "2"),
          q("P1.Q4", "cyber.ncsc.reports", R, (), "0"),
          q("P1.Q5", "cyber.spend", W, ["s31(1)(a)"]),
          q("P1.Q6", "cyber.training", R, (), "91%"),
      ]),
    L("I06", "I06.html", "copy", "history/mvicb_disclosure_log_24_0713.html", ICB,
      "MVICB-FOI-24-0713", "2024-11-19", "2024-10-22", "FOIA",
      "disclosure_log", [
          q("P1.Q1", "agency.spend.total", R, (), "£962,500"),
          q("P1.Q2", "offpayroll.spend", R, (), "£210,000"),
          q("P1.Q3", "agency.suppliers", PR, ["s43(2)"]),
          q("P1.Q4", "agency.rate.highest", W, ["s43(2)"]),
          q("P1.Q5", "agency.count", R, (), "33"),
          q("P1.Q6", "offpayroll.count", R, (), "4"),
      ]),
    L("I07", "I07.html", "gs_lo", "history/mvicb_2024_adhd.pdf", ICB,
      "MVICB-FOI-24-0211", "2024-04-16", "2024-03-19", "FOIA",
      "lettered_items", [
          q("P1.Q1", "adhd.adult.waiting", R, (), "3,902"),
          q("P1.Q2", "adhd.child.waiting", R, (), "2,210"),
          q("P1.Q3", "adhd.rtc.referrals", R, (), "1,118"),
          q("P1.Q4", "adhd.providers", R, (),
            "Wellbridge Community NHS Trust; Mindpath Clinics Ltd"),
      ]),
    L("I08", "I08.txt", "copy", "history/mvicb_2025_cyber_incidents.txt", ICB,
      "MVICB-FOI-25-0209", "2025-03-18", "2025-02-18", "FOIA", "interleaved", [
          q("P1.Q1", "cyber.incidents.count", W, ["s31(1)(a)"]),
          q("P1.Q2", "cyber.ransomware", N, ["s31(3)"]),
          q("P1.Q3", "cyber.ico.reports", R, (), "2"),
          q("P1.Q4", "cyber.ncsc.reports", R, (), "1"),
          q("P1.Q5", "cyber.insurance", R, (), "No"),
      ]),
    L("I09", "I09.html", "chromium_pdf", "history/mvicb_2025_messaging_apps.pdf",
      ICB, "MVICB-FOI-25-0655", "2025-07-08", "2025-06-10", "FOIA", "q_a", [
          q("P1.Q1", "msg.policy", R, (), "Yes"),
          q("P1.Q2", "msg.devices", R, (), "212"),
          q("P1.Q3", "msg.retention", R, (), "Yes"),
      ]),
    # drafts
    L("ID1", "ID1.html", "lo_docx", "drafts/mvicb_draft_agency_interim.docx", ICB,
      "MVICB-FOI-25-1184", "2025-11-25", "2025-10-29", "FOIA",
      "numbered_list_interleaved", [
          q("P1.Q1", "agency.spend.total", R, (), "£640,100"),
          q("P1.Q2", "offpayroll.spend", NH),
          q("P1.Q3", "agency.suppliers", PR, ["s43(2)"]),
          q("P1.Q4", "agency.rate.highest", W, ["s40(2)"]),
          q("P1.Q5", "agency.framework", R, (), "NHS Staffing Solutions Framework"),
      ]),
    L("ID2", "ID2.html", "chromium_pdf", "drafts/mvicb_draft_cyber_security.pdf",
      ICB, "MVICB-FOI-25-1342", "2026-01-20", "2025-12-16", "FOIA",
      "interleaved", [
          q("P1.Q1", "cyber.incidents.count", N, ["s31(3)"]),
          q("P1.Q2", "cyber.ransomware", R, (), "0"),
          q("P1.Q3", "cyber.ico.reports", R, (), "2"),
          q("P1.Q4", "cyber.ncsc.reports", R, (), "1"),
          q("P1.Q5", "cyber.training", NH),
          q("P1.Q6", "cyber.insurance", R, (), "No"),
      ]),

    # ===================== University of Castlebridge =======================
    L("U01", "U01.html", "lo_pdf", "history/uoc_2018_software.pdf", UNI,
      "FOI-2018-0147", "2018-06-19", "2018-05-22", "FOIA",
      "restate_then_answer", [
          q("P1.Q1", "sys.records", R, (), "StudentWorks"),
          q("P1.Q2", "sys.vle", R, (), "Learnhub"),
          q("P1.Q3", "sys.finance", R, (), "Ledgerline Finance"),
          q("P1.Q4", "sys.records.expiry", R, (), "31 July 2021"),
      ]),
    L("U02", "U02.md", "copy", "history/uoc_2019_herbicides.md", UNI,
      "FOI-2019-0088", "2019-04-16", "2019-03-19", "FOIA", "bulleted_q_a", [
          q("P1.Q1", "grounds.glyphosate", R, (), "410 litres"),
          q("P1.Q2", "grounds.contractor", R, (), "Greenfold Estates Services Ltd"),
          q("P1.Q3", "grounds.contract.value", W, ["s43(2)"]),
          q("P1.Q4", "grounds.alternatives", R, (), "Yes"),
      ]),
    L("U03", "U03.txt", "copy", "history/uoc_2019_cctv.txt", UNI,
      "FOI-2019-0233", "2019-09-24", "2019-08-28", "FOIA", "you_asked", [
          q("P1.Q1", "ucctv.count", R, (), "640"),
          q("P1.Q2", "ucctv.facial", R, (), "No"),
          q("P1.Q3", "ucctv.supplier", R, (), "Kestrel Fire & Security Ltd"),
          q("P1.Q4", "ucctv.spend", R, (), "£88,000"),
      ]),
    L("U04", "U04.html", "lo_docx", "history/uoc_2021_corporate_systems.docx", UNI,
      "FOI-2021-0096", "2021-04-27", "2021-03-30", "FOIA",
      "numbered_list_interleaved", [
          q("P1.Q1", "sys.records", R, (), "StudentWorks"),
          q("P1.Q2", "sys.vle", R, (), "Learnhub"),
          q("P1.Q3", "sys.finance", R, (), "Ledgerline Finance"),
          q("P1.Q4", "sys.hr", R, (), "PeopleSpan"),
          q("P1.Q5", "sys.records.expiry", R, (), "31 July 2024"),
          q("P1.Q6", "sys.records.cost", W, ["s43(2)"]),
      ]),
    L("U05", "U05.html", "ocr_lo", "history/uoc_2020_cyber_scan.pdf", UNI,
      "FOI-2020-0377", "2020-12-01", "2020-11-03", "FOIA",
      "restate_then_answer_scanned", [
          q("P1.Q1", "ucyber.ransomware", R, (), "0"),
          q("P1.Q2", "ucyber.ransom.paid", R, (), "No"),
          q("P1.Q3", "ucyber.training", R, (), "Yes"),
          q("P1.Q4", "ucyber.spend", W, ["s31(1)(a)"]),
      ]),
    L("U06", "U06.html", "copy", "history/uoc_disclosure_log_F2022_0417.html", UNI,
      "F2022/0417", "2022-10-04", "2022-09-06", "FOIA", "disclosure_log", [
          q("P1.Q1", "ucctv.count", R, (), "702"),
          q("P1.Q2", "ucctv.residences", R, (), "180"),
          q("P1.Q3", "ucctv.bwv", R, (), "24"),
          q("P1.Q4", "ucctv.facial", R, (), "No"),
          q("P1.Q5", "ucctv.supplier", W, ["s43(2)"]),
      ]),
    L("U07", "U07.html", "gs_lo", "history/uoc_2022_pesticides.pdf", UNI,
      "F2022/0163", "2022-05-10", "2022-04-12", "FOIA", "interleaved", [
          q("P1.Q1", "grounds.glyphosate", R, (), "265 litres"),
          q("P1.Q2", "grounds.contractor", R, (), "Greenfold Estates Services Ltd"),
          q("P1.Q3", "grounds.contract.value", W, ["s43(2)"]),
          q("P1.Q4", "grounds.contact", PR, ["s40(2)"]),
          q("P1.Q5", "grounds.alternatives", R, (), "Yes"),
      ]),
    L("U08", "U08.html", "chromium_pdf", "history/uoc_2024_it_systems.pdf", UNI,
      "F2024/0039", "2024-02-13", "2024-01-16", "FOIA", "borderless_table", [
          q("P1.Q1", "sys.vle", R, (), "Learnhub"),
          q("P1.Q2", "sys.lecture.capture", R, (), "ClassCast"),
          q("P1.Q3", "sys.records", R, (), "StudentWorks"),
          q("P1.Q4", "sys.records.expiry", R, (), "31 July 2027"),
          q("P1.Q5", "sys.records.cost", W, ["s43(2)"]),
          q("P1.Q6", "sys.finance", R, (), "Ledgerline Finance"),
          q("P1.Q7", "sys.hr", R, (), "PeopleSpan"),
      ]),
    L("U09", "U09.html", "lo_pdf", "history/uoc_2023_cyber_security.pdf", UNI,
      "F2023/0298", "2023-06-06", "2023-05-09", "FOIA", "grouped", [
          q("P1.Q1", "ucyber.ransomware", N, ["s31(3)"]),
          q("P1.Q2", "ucyber.ransom.paid", N, ["s31(3)"]),
          q("P1.Q3", "ucyber.training", R, (), "Yes"),
          q("P1.Q4", "ucyber.insurance", W, ["s43(2)"]),
      ]),
    L("U10", "U10.html", "lo_pdf", "history/uoc_2017_animal_research.pdf", UNI,
      "FOI-2017-0211", "2017-11-07", "2017-10-10", "FOIA",
      "roman_numbered_items", [
          q("P1.Q1", "animals.count", R, (), "14,210"),
          q("P1.Q2", "animals.species", R, (), "Mice 12,904; rats 1,047; zebrafish 259"),
          q("P1.Q3", "animals.primates", R, (), "No"),
          q("P1.Q4", "animals.licence.holders", W, ["s38(1)(b)", "s40(2)"]),
      ]),
    # drafts
    L("UD1", "UD1.html", "lo_pdf", "drafts/uoc_draft_software.pdf", UNI,
      "F2025/0988", "2025-12-09", "2025-11-11", "FOIA", "interleaved", [
          q("P1.Q1", "sys.records", W, ["s31(1)(a)"]),
          q("P1.Q2", "sys.vle", R, (), "Learnhub"),
          q("P1.Q3", "sys.lecture.capture", R, (), "ClassCast"),
          q("P1.Q4", "sys.records.cost", R, (), "£212,400"),
          q("P1.Q5", "sys.records.expiry", R, (), "31 July 2027"),
          q("P1.Q6", "sys.finance", R, (), "Ledgerline Finance"),
      ]),
    L("UD2", "UD2.html", "lo_docx", "drafts/uoc_draft_herbicides_eir.docx", UNI,
      "F2025/0731", "2025-09-16", "2025-08-19", "EIR",
      "numbered_list_interleaved", [
          q("P1.Q1", "grounds.glyphosate", R, (), "120 litres"),
          q("P1.Q2", "grounds.contractor", R, (), "Greenfold Estates Services Ltd"),
          q("P1.Q3", "grounds.contract.value", W, ["reg12(5)(e)"]),
          q("P1.Q4", "grounds.contact", PR, ["reg13(1)"]),
          q("P1.Q5", "grounds.alternatives", R, (), "Yes"),
          q("P1.Q6", "grounds.pollinator.area", NH, ["reg12(4)(a)"]),
      ]),
    L("UD3", "UD3.txt", "copy", "drafts/uoc_draft_cctv.txt", UNI,
      "F2026/0061", "2026-02-17", "2026-01-20", "FOIA", "interleaved", [
          q("P1.Q1", "ucctv.residences", PR, ["s31(1)(a)"]),
          q("P1.Q2", "ucctv.bwv", R, (), "24"),
          q("P1.Q3", "ucctv.facial", N, ["s31(3)"]),
          q("P1.Q4", "ucctv.supplier", R, (), "Kestrel Fire & Security Ltd"),
      ]),
]

DESCRIPTION = (
    "Set AP: four invented authorities (Kilbrannan Council, FOISA; Irwell "
    "Valley Fire and Rescue Service; NHS Mercia Vale Integrated Care Board; "
    "University of Castlebridge, FOIA and EIR). 40 history letters 2017-2025 "
    "and 11 drafts 2025-2026 in round-robin families (contact centre and "
    "inbound network contracts in two parts, public-space CCTV vs body-worn "
    "video, pothole claims, drones, fleet, workforce and Fire Control call "
    "handlers vs contact-centre call handlers, agency vs off-payroll spend, "
    "cyber incidents reported to the ICO vs the NCSC, student records and "
    "other systems asked by description and by name, campus CCTV, herbicides "
    "FOIA then EIR) plus unrelated requests. Drafts include a bare incoming "
    "request, a consistent repeat, an FOIA-to-EIR regime change, and one "
    "checked with as_of before part of its history.")

# ---------------------------------------------------------------------------
# Stance comparison (CONTRACT.md table; HOUSE-STYLES.md equivalents)
# ---------------------------------------------------------------------------
FOIA_FAM = {"43": "commercial", "40": "personal", "31": "law_enforcement",
            "24": "national_security", "21": "accessible", "22": "future",
            "12": "cost", "14": "vexatious", "36": "public_affairs",
            "38": "health_safety", "41": "confidence", "42": "lpp"}
FOISA_FAM = {"33": "commercial", "38": "personal", "35": "law_enforcement",
             "31": "national_security", "25": "accessible", "27": "future",
             "12": "cost", "14": "vexatious", "30": "public_affairs",
             "17": "not_held", "18": "ncnd", "39": "health_safety",
             "36": "confidence"}
EIR_FAM = {"12(5)(e)": "commercial", "13": "personal",
           "12(5)(b)": "law_enforcement", "12(5)(a)": "national_security",
           "6(1)(b)": "accessible", "12(4)(d)": "future", "12(4)(b)": "cost",
           "12(4)(e)": "public_affairs", "12(4)(a)": "not_held",
           "12(6)": "ncnd"}


def family(ex):
    if ex.startswith("foisa:s"):
        m = re.match(r"foisa:s(\d+)", ex)
        return FOISA_FAM.get(m.group(1), ex)
    if ex.startswith("reg"):
        body = ex[3:]
        for k in sorted(EIR_FAM, key=len, reverse=True):
            if body.startswith(k):
                return EIR_FAM[k]
        return ex
    m = re.match(r"s(\d+)", ex)
    if m:
        return FOIA_FAM.get(m.group(1), ex)
    return ex


SEVERITY = {"newly_withheld": "high", "partly_withheld": "medium",
            "newly_released": "medium", "exemption_changed": "medium",
            "answer_changed": "low"}


def norm_fact(f):
    return re.sub(r"\s+", " ", f.strip().lower()) if f is not None else None


def compare(prev, cur):
    """Return (kind, severity) or None, comparing precedent prev with cur."""
    p, c = prev["stance"], cur["stance"]
    held = (R, PR, W)
    if "unknown" in (p, c):
        return None
    if c == N and p in held + (NH,):
        return ("ncnd_inconsistent", "high")
    if p == N and c in held + (NH,):
        return ("ncnd_inconsistent", "medium")
    if p in (R, PR) and c in (W, RF):
        return ("newly_withheld", "high")
    if p == R and c == PR:
        return ("partly_withheld", "medium")
    if p == W and c in (R, PR):
        return ("newly_released", "medium")
    if p == W and c == W:
        if {family(e) for e in p_ex(prev)} != {family(e) for e in p_ex(cur)}:
            return ("exemption_changed", "medium")
        return None
    if p in held and c == NH:
        return ("held_status_changed", "high")
    if p == NH and c in held:
        return ("held_status_changed", "medium")
    if p == R and c == R:
        a, b = norm_fact(prev["fact"]), norm_fact(cur["fact"])
        if a is not None and b is not None and a != b:
            return ("answer_changed", "low")
    return None


def p_ex(qq):
    return qq["exemptions"]


def derive_expect():
    history = [x for x in LETTERS if x["file"].startswith("history/")]
    drafts = [x for x in LETTERS if x["file"].startswith("drafts/")]
    out = {"description": DESCRIPTION, "drafts": {}}
    for d in drafts:
        cutoff = d["as_of"] or d["date"]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        if d["consistent"]:
            entry["consistent"] = True
        matches, findings = {}, []
        for dq in d["questions"]:
            found = []
            for h in history:
                if h["authority"] != d["authority"] or not h["date"] < cutoff:
                    continue
                for hq in h["questions"]:
                    if hq["concept"] == dq["concept"]:
                        found.append((h["date"], h, hq))
            found.sort(key=lambda t: t[0], reverse=True)
            matches[dq["id"]] = ["%s %s" % (h["reference"], hq["id"])
                                 for _, h, hq in found]
            if found and not d["bare"]:
                _, h, hq = found[0]
                res = compare(hq, dq)
                if res:
                    findings.append({"kind": res[0], "severity": res[1],
                                     "question_id": dq["id"],
                                     "precedent": "%s %s" % (h["reference"],
                                                             hq["id"])})
        if d["consistent"]:
            assert not findings, (d["key"], findings)
            assert all(matches.values()), d["key"]
        entry["matches"] = matches
        entry["findings"] = findings
        out["drafts"][os.path.basename(d["file"])] = entry
    return out


def check_truth():
    refs = set()
    files = set()
    hist = [x for x in LETTERS if x["file"].startswith("history/")]
    for x in LETTERS:
        assert x["file"] not in files, x["file"]
        files.add(x["file"])
        if x["reference"]:
            assert x["reference"] not in refs, x["reference"]
            refs.add(x["reference"])
        ids = [qq["id"] for qq in x["questions"]]
        assert len(ids) == len(set(ids)), x["key"]
        concepts = [qq["concept"] for qq in x["questions"]]
        assert len(concepts) == len(set(concepts)), x["key"]
        for qq in x["questions"]:
            if qq["stance"] == PR or qq["stance"] == W:
                assert qq["exemptions"], (x["key"], qq["id"])
            if qq["fact"] is not None:
                assert qq["stance"] == R, (x["key"], qq["id"])
    # no two history letters of one authority share a date
    seen = set()
    for h in hist:
        k = (h["authority"], h["date"])
        assert k not in seen, k
        seen.add(k)
    assert len(hist) == 40, len(hist)
    assert len(LETTERS) - len(hist) == 11


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def expand(src_path):
    text = open(src_path, encoding="utf-8").read()

    def inc(m):
        return open(os.path.join(SRC, "_inc", m.group(1)),
                    encoding="utf-8").read()
    return re.sub(r"<!--#include ([\w.]+)-->", inc, text)


def staged_html(letter):
    stem = os.path.splitext(letter["src"])[0]
    path = os.path.join(TMP, stem + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(expand(os.path.join(SRC, letter["src"])))
    return path


def soffice(html, target_format):
    # one conversion at a time, own profile
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--convert-to", target_format, "--outdir", TMP, html])
    ext = target_format.split(":")[0]
    return os.path.splitext(html)[0] + "." + ext


def chromium(html, out_pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf,
         "file://" + html], timeout=180)
    return out_pdf


def ghostscript(in_pdf, out_pdf):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
         "-o", out_pdf, in_pdf])


def ocr(in_pdf, out_pdf):
    stem = os.path.splitext(in_pdf)[0] + "_scan"
    for old in os.listdir(TMP):
        if old.startswith(os.path.basename(stem) + "-"):
            os.remove(os.path.join(TMP, old))
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", stem + "-%02d.png", in_pdf])
    pages = sorted(os.path.join(TMP, p) for p in os.listdir(TMP)
                   if p.startswith(os.path.basename(stem) + "-")
                   and p.endswith(".png"))
    lst = stem + ".list"
    with open(lst, "w") as f:
        f.write("\n".join(pages) + "\n")
    run(["tesseract", lst, os.path.splitext(out_pdf)[0], "-l", "eng", "pdf"])


def render(letter):
    out = os.path.join(ROOT, letter["file"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    prod = letter["producer"]
    if prod == "copy":
        src = os.path.join(SRC, letter["src"])
        if src.endswith(".html"):
            with open(out, "w", encoding="utf-8") as f:
                f.write(expand(src))
        else:
            shutil.copyfile(src, out)
        return out
    html = staged_html(letter)
    stem = os.path.splitext(html)[0]
    if prod == "lo_pdf":
        shutil.move(soffice(html, "pdf"), out)
    elif prod == "lo_docx":
        shutil.move(soffice(html, "docx:MS Word 2007 XML"), out)
    elif prod == "chromium_pdf":
        chromium(html, out)
    elif prod == "gs_lo":
        ghostscript(soffice(html, "pdf"), out)
    elif prod == "gs_chromium":
        ghostscript(chromium(html, stem + "_chrome.pdf"), out)
    elif prod == "ocr_lo":
        ocr(soffice(html, "pdf"), out)
    else:
        raise SystemExit("unknown producer " + prod)
    return out


def check_output(path):
    if path.endswith(".pdf"):
        txt = run(["pdftotext", "-layout", path, "-"]).stdout.decode()
        assert len(txt.split()) > 60, "no text in " + path
    elif path.endswith(".docx"):
        import zipfile
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode()
        assert "<w:t" in xml, path
    assert os.path.getsize(path) > 200, path


def main():
    check_truth()
    os.makedirs(TMP, exist_ok=True)
    only = set(sys.argv[1:])
    for d in ("history", "drafts"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
        if not only:
            for old in os.listdir(os.path.join(ROOT, d)):
                os.remove(os.path.join(ROOT, d, old))
    for letter in LETTERS:
        if only and letter["key"] not in only:
            continue
        path = render(letter)
        check_output(path)
        print("rendered", letter["key"], letter["file"])
    truth = {"description": DESCRIPTION, "letters": [
        {k: v for k, v in x.items() if k not in ("key", "src")}
        for x in LETTERS]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
    expect = derive_expect()
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    print("wrote truth.json and expect.json")


if __name__ == "__main__":
    main()
