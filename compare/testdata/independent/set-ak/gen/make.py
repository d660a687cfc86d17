#!/usr/bin/env python3
"""Build the setAK test set: render gen/src/* into history/ and drafts/,
write gen/truth.json (the truth of every letter) and expect.json (derived
from the truth only).

Usage: python3 gen/make.py [--no-render] [--check]
Standard library only; calls soffice, chromium, gs, tesseract, pdftotext.
"""
import json, os, re, shutil, subprocess, sys, tempfile, zipfile, html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
WORK = os.path.join(ROOT, ".work")
LO_PROFILE = "file://" + os.path.join(ROOT, ".lo_profile")

CCC = "Caldermoor County Council"
TTP = "Tawe and Teifi Police"
NAS = "Northmere Ambulance Service NHS Trust"
RGR = "Rivers and Groundwater Regulator"


def Q(qid, concept, stance="unknown", exemptions=(), fact=None):
    return {"id": qid, "concept": concept, "stance": stance,
            "exemptions": sorted(exemptions), "fact": fact}


def L(file, src, producer, authority, reference, date, received, regime,
      layout, questions, as_of=None, bare=False, consistent=False):
    return {"file": file, "src": src, "producer": producer,
            "authority": authority, "reference": reference, "date": date,
            "received": received, "regime": regime, "layout": layout,
            "as_of": as_of, "bare": bare, "consistent": consistent,
            "questions": questions}


R, PR, W, NC, NH, RF = ("released", "partially_released", "withheld",
                        "ncnd", "not_held", "refused")

TALK = "Talkwell Communications Ltd"
NORTH = "Northgrid Networks plc"

HISTORY = [
    # ---------------- Caldermoor County Council ----------------
    L("history/CCC-FOI-0412-18.pdf", "c1a_2018.html", "lo_pdf", CCC,
      "CCC/FOI/0412/18", "2018-05-14", "2018-04-19", "FOIA", "interleaved", [
          Q("P1.Q1", "ict.telephony.supplier", R, [], TALK),
          Q("P1.Q2", "ict.telephony.spend", R, [], "£184,000"),
          Q("P1.Q3", "ict.telephony.expiry", R, [], "31 March 2021"),
          Q("P1.Q4", "ict.telephony.owner", PR, ["s40(2)"], "ICT Infrastructure Manager"),
          Q("P1.Q5", "ict.wan.supplier", R, [], NORTH),
          Q("P1.Q6", "ict.wan.spend", R, [], "£412,500"),
          Q("P1.Q7", "ict.wan.expiry", R, [], "30 September 2020"),
          Q("P1.Q8", "ict.wan.owner", PR, ["s40(2)"], "ICT Infrastructure Manager"),
          Q("P1.Q9", "ict.telephony.extensions", R, [], "3,850"),
      ]),
    L("history/CCC_FOI_0655_20_response.docx", "c1b_2020.html", "lo_docx", CCC,
      "CCC/FOI/0655/20", "2020-07-02", "2020-06-08", "FOIA", "interleaved_parts_numbered_list", [
          Q("P1.Q1", "ict.telephony.supplier", R, [], TALK),
          Q("P1.Q2", "ict.telephony.spend", W, ["s43(2)"]),
          Q("P1.Q3", "ict.telephony.expiry", R, [], "31 March 2023"),
          Q("P1.Q4", "ict.telephony.owner", PR, ["s40(2)"], "ICT Infrastructure Manager"),
          Q("P1.Q5", "ict.telephony.extensions", R, [], "3,910"),
          Q("P2.Q1", "ict.wan.supplier", R, [], NORTH),
          Q("P2.Q2", "ict.wan.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.wan.expiry", R, [], "30 September 2023"),
          Q("P2.Q4", "ict.wan.owner", PR, ["s40(2)"], "ICT Infrastructure Manager"),
      ]),
    L("history/CAL-FOI-22-01163-response.pdf", "c1c_2022.html", "chromium_pdf", CCC,
      "CAL-FOI-22-01163", "2022-06-20", "2022-05-25", "FOIA", "table", [
          Q("P1.Q1", "ict.telephony.platform", R, [], "Microsoft Teams Phone"),
          Q("P1.Q2", "ict.telephony.supplier", R, [], TALK),
          Q("P1.Q3", "ict.telephony.spend", W, ["s43(2)"]),
          Q("P1.Q4", "ict.telephony.expiry", R, [], "31 March 2025"),
          Q("P1.Q5", "ict.wan.supplier", R, [], NORTH),
          Q("P1.Q6", "ict.wan.spend", W, ["s43(2)"]),
          Q("P1.Q7", "ict.wan.expiry", R, [], "30 September 2026"),
          Q("P1.Q8", "ict.email.users", R, [], "6,200"),
      ]),
    L("history/FOI_CAL-FOI-24-00702.pdf", "c1d_2024.html", "gs_lo", CCC,
      "CAL-FOI-24-00702", "2024-05-08", "2024-04-10", "FOIA", "decision_paragraph", [
          Q("P1.Q1", "ict.telephony.platform", R, [], "Microsoft Teams Phone"),
          Q("P1.Q2", "ict.telephony.supplier", R, [], TALK),
          Q("P1.Q3", "ict.telephony.spend", W, ["s43(2)"]),
          Q("P1.Q4", "ict.telephony.expiry", R, [], "31 March 2027"),
          Q("P1.Q5", "ict.telephony.owner", PR, ["s40(2)"], "Head of Digital Infrastructure"),
          Q("P2.Q1", "ict.wan.supplier", R, [], NORTH),
          Q("P2.Q2", "ict.wan.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.wan.expiry", R, [], "30 September 2026"),
          Q("P2.Q4", "ict.wan.owner", PR, ["s40(2)"], "Head of Digital Infrastructure"),
      ]),
    L("history/CCC-FOI-0877-17-email.txt", "c2a_2017.txt", "txt", CCC,
      "CCC/FOI/0877/17", "2017-09-18", "2017-08-23", "FOIA", "you_asked", [
          Q("P1.Q1", "cctv.cameras.count", R, [], "214"),
          Q("P1.Q2", "cctv.monitored_24h", R, [], "Yes"),
          Q("P1.Q3", "cctv.running_cost", R, [], "£612,000"),
          Q("P1.Q4", "cctv.manufacturer", R, [], "Vantor Vision"),
      ]),
    L("history/disclosure-log-cctv-cameras-CAL-FOI-21-01420.html", "c2b_2021.html", "html", CCC,
      "CAL-FOI-21-01420", "2021-11-15", "2021-10-19", "FOIA", "disclosure_log", [
          Q("P1.Q1", "cctv.cameras.count", R, [], "238"),
          Q("P1.Q2", "cctv.manufacturer", W, ["s31(1)(a)"]),
          Q("P1.Q3", "cctv.running_cost", R, [], "£640,150"),
          Q("P1.Q4", "cctv.control_room.operators", R, [], "12"),
          Q("P1.Q5", "cctv.facial_recognition", R, [], "No"),
          Q("P1.Q6", "bwv.enforcement_officers.count", R, [], "46"),
      ]),
    L("history/CAL-FOI-23-01388.pdf", "c2c_2023.html", "chromium_pdf", CCC,
      "CAL-FOI-23-01388", "2023-10-30", "2023-10-02", "FOIA", "interleaved", [
          Q("P1.Q1", "cctv.cameras.count", R, [], "240"),
          Q("P1.Q2", "cctv.manufacturer", W, ["s31(1)(a)"]),
          Q("P1.Q3", "cctv.running_cost", NH, []),
          Q("P1.Q4", "cctv.control_room.operators", R, [], "12"),
          Q("P1.Q5", "cctv.facial_recognition", R, [], "No"),
          Q("P1.Q6", "bwv.enforcement_officers.count", R, [], "52"),
      ]),
    L("history/CCC-FOI-0733-18.pdf", "c3a_2018.html", "lo_pdf", CCC,
      "CCC/FOI/0733/18", "2018-08-09", "2018-07-12", "FOIA", "table", [
          Q("P1.Q1", "agency.total.spend", R, [], "£7.9 million"),
          Q("P1.Q2", "agency.childrens_sw.spend", R, [], "£2.31 million"),
          Q("P1.Q3", "agency.childrens_sw.count", R, [], "38"),
          Q("P1.Q4", "agency.childrens_sw.agencies", R, [], "Brightpath Recruitment; Meridian Care Staffing"),
      ]),
    L("history/CAL-FOI-23-00864-agency-social-workers.pdf", "c3b_2023.html", "gs_chromium", CCC,
      "CAL-FOI-23-00864", "2023-07-17", "2023-06-19", "FOIA", "restate_then_answer", [
          Q("P1.Q1", "agency.childrens_sw.spend", R, [], "£3.64 million"),
          Q("P1.Q2", "agency.childrens_sw.count", R, [], "51"),
          Q("P1.Q3", "agency.childrens_sw.rate", W, ["s43(2)"]),
          Q("P2.Q1", "agency.adult_sw.spend", R, [], "£1.12 million"),
          Q("P2.Q2", "agency.adult_sw.count", R, [], "17"),
          Q("P2.Q3", "agency.adult_sw.rate", W, ["s43(2)"]),
      ]),
    L("history/CCC-FOI-0590-19-glyphosate.pdf", "c5a_2019.html", "lo_pdf", CCC,
      "CCC/FOI/0590/19", "2019-06-25", "2019-05-29", "FOIA", "grouped", [
          Q("P1.Q1", "herbicide.glyphosate.use", R, [], "Yes"),
          Q("P1.Q2", "herbicide.glyphosate.volume", R, [], "1,240 litres"),
          Q("P1.Q3", "herbicide.contractor", R, [], "GreenEdge Verge Services Ltd"),
          Q("P1.Q4", "herbicide.contract_value", W, ["s43(2)"]),
      ]),
    L("history/disclosure-log-CCC-FOI-0131-20.md", "c6_2020.md", "md", CCC,
      "CCC/FOI/0131/20", "2020-02-10", "2020-01-13", "FOIA", "cost_refusal", [
          Q("P1.Q1", "highways.pothole_correspondence", RF, ["s12(1)"]),
          Q("P1.Q2", "highways.pothole_complaints_by_road", RF, ["s12(1)"]),
          Q("P1.Q3", "highways.compensation_emails", RF, ["s12(1)"]),
      ]),
    # ---------------- Tawe and Teifi Police ----------------
    L("history/FOI-0214-19-control-room-systems.pdf", "p1a_2019.html", "lo_pdf", TTP,
      "FOI/0214/19", "2019-03-12", "2019-02-13", "FOIA", "decision_paragraph", [
          Q("P1.Q1", "ict.cad.supplier", R, [], "Sentinel Dispatch Systems"),
          Q("P1.Q2", "ict.cad.expiry", R, [], "31 December 2022"),
          Q("P1.Q3", "ict.cad.spend", W, ["s43(2)"]),
          Q("P1.Q4", "ict.iccs.supplier", R, [], "Halyard Communications"),
          Q("P1.Q5", "ict.iccs.expiry", R, [], "30 June 2021"),
          Q("P1.Q6", "ict.iccs.spend", W, ["s43(2)"]),
          Q("P1.Q7", "control_room.call_handlers", R, [], "96"),
      ]),
    L("history/FOI-0391-21.pdf", "p1b_2021.html", "chromium_pdf", TTP,
      "FOI/0391/21", "2021-04-27", "2021-03-30", "FOIA", "interleaved_parts", [
          Q("P1.Q1", "ict.cad.supplier", R, [], "Sentinel Dispatch Systems"),
          Q("P1.Q2", "ict.cad.spend", W, ["s43(2)"]),
          Q("P1.Q3", "ict.cad.expiry", R, [], "31 December 2024"),
          Q("P2.Q1", "ict.iccs.supplier", R, [], "Halyard Communications"),
          Q("P2.Q2", "ict.iccs.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.iccs.expiry", R, [], "30 June 2026"),
          Q("P3.Q1", "control_room.call_handlers", R, [], "101"),
          Q("P3.Q2", "enquiry_centre.contact_centre_agents", R, [], "22"),
      ]),
    L("history/TTFOI-2023-0655.docx", "p1c_2023.html", "lo_docx", TTP,
      "TTFOI/2023/0655", "2023-05-22", "2023-04-24", "FOIA", "interleaved_parts_numbered_list", [
          Q("P1.Q1", "ict.cad.supplier", R, [], "Sentinel Dispatch Systems"),
          Q("P1.Q2", "ict.cad.spend", W, ["s43(2)"]),
          Q("P1.Q3", "ict.cad.expiry", R, [], "31 December 2025"),
          Q("P1.Q4", "ict.cad.replacement_planned", R, [], "Yes"),
          Q("P2.Q1", "ict.iccs.supplier", R, [], "Halyard Communications"),
          Q("P2.Q2", "ict.iccs.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.iccs.expiry", R, [], "30 June 2026"),
          Q("P3.Q1", "enquiry_centre.contact_centre_agents", R, [], "24"),
          Q("P3.Q2", "control_room.call_handlers", R, [], "104"),
      ]),
    L("history/foi-0933-20-drones.html", "p2a_2020.html", "html", TTP,
      "FOI/0933/20", "2020-09-14", "2020-08-17", "FOIA", "disclosure_log", [
          Q("P1.Q1", "drones.count", R, [], "9"),
          Q("P1.Q2", "drones.models", W, ["s31(1)(a)"]),
          Q("P1.Q3", "drones.pilots", R, [], "19"),
          Q("P1.Q4", "drones.deployments", R, [], "312"),
          Q("P1.Q5", "drones.covert_surveillance", NC, ["s24(2)", "s31(3)"]),
      ]),
    L("history/TTFOI-2022-1107-drones.pdf", "p2b_2022.html", "gs_lo", TTP,
      "TTFOI/2022/1107", "2022-10-05", "2022-09-07", "FOIA", "decision_paragraph", [
          Q("P1.Q1", "drones.count", W, ["s31(1)(a)"]),
          Q("P1.Q2", "drones.models", W, ["s31(1)(a)"]),
          Q("P1.Q3", "drones.pilots", W, ["s31(1)(a)"]),
          Q("P1.Q4", "drones.deployments", R, [], "401"),
          Q("P1.Q5", "drones.covert_surveillance", NC, ["s24(2)", "s31(3)"]),
      ]),
    L("history/TTIR-2022-0088-internal-review.pdf", "p2c_2022_ir.html", "lo_pdf", TTP,
      "TTIR/2022/0088", "2022-12-14", "2022-10-20", "FOIA", "internal_review", [
          Q("P1.Q1", "drones.count", R, [], "11"),
          Q("P1.Q2", "drones.models", W, ["s31(1)(a)"]),
          Q("P1.Q3", "drones.pilots", R, [], "23"),
          Q("P1.Q4", "drones.deployments", R, [], "401"),
          Q("P1.Q5", "drones.covert_surveillance", NC, ["s24(2)", "s31(3)"]),
      ]),
    L("history/FOI-1304-21-custody-cctv.txt", "p3a_2021.txt", "txt", TTP,
      "FOI/1304/21", "2021-12-01", "2021-11-03", "FOIA", "restate_then_answer", [
          Q("P1.Q1", "custody.cctv.count", R, [], "188"),
          Q("P1.Q2", "custody.cctv.retention", R, [], "90 days"),
          Q("P1.Q3", "custody.cctv.audio", R, [], "Yes"),
          Q("P1.Q4", "bwv.count", R, [], "1,420"),
      ]),
    L("history/TTFOI-2024-0187-body-worn-video.pdf", "p3b_2024.html", "chromium_pdf", TTP,
      "TTFOI/2024/0187", "2024-02-26", "2024-01-29", "FOIA", "interleaved", [
          Q("P1.Q1", "bwv.count", R, [], "1,610"),
          Q("P1.Q2", "bwv.supplier", R, [], "Veritas Body Cams Ltd"),
          Q("P1.Q3", "bwv.spend", W, ["s43(2)"]),
          Q("P1.Q4", "bwv.activation_rate", NH, []),
          Q("P1.Q5", "vehicle.cctv.count", R, [], "74"),
      ]),
    L("history/FOI-0189-18-welsh-language-scanned.pdf", "p4a_2018.html", "ocr_scan", TTP,
      "FOI/0189/18", "2018-03-06", "2018-02-06", "FOIA", "interleaved", [
          Q("P1.Q1", "welsh.officers.fluent", R, [], "212"),
          Q("P1.Q2", "welsh.staff.fluent", R, [], "167"),
          Q("P1.Q3", "welsh.training.spend", R, [], "£38,200"),
      ]),
    L("history/TTFOI-2024-0402-welsh-language.md", "p4b_2024.md", "md", TTP,
      "TTFOI/2024/0402", "2024-04-15", "2024-03-18", "FOIA", "restate_then_answer", [
          Q("P1.Q1", "welsh.officers.fluent", R, [], "263"),
          Q("P1.Q2", "welsh.staff.fluent", R, [], "190"),
          Q("P1.Q3", "welsh.training.spend", R, [], "£44,100"),
          Q("P1.Q4", "welsh.recruit_requirement", R, [], "No"),
      ]),
    L("history/FOI-1188-17-dangerous-dogs.pdf", "p5_2017.html", "lo_pdf", TTP,
      "FOI/1188/17", "2017-11-22", "2017-10-25", "FOIA", "interleaved", [
          Q("P1.Q1", "dogs.seized", R, [], "37"),
          Q("P1.Q2", "dogs.kennelling_cost", R, [], "£118,450"),
          Q("P1.Q3", "dogs.breeds", NH, []),
      ]),
    # ---------------- Northmere Ambulance Service NHS Trust ----------------
    L("history/NAS-FOI-20-488.docx", "a1a_2020.html", "lo_docx", NAS,
      "NAS FOI 20/488", "2020-11-12", "2020-10-15", "FOIA", "interleaved_numbered_list", [
          Q("P1.Q1", "agency.private_ambulance.spend", R, [], "£5.6 million"),
          Q("P1.Q2", "agency.private_ambulance.providers", R, [],
            "Swiftcare Medical Transport; Lionheart Ambulance Services; Redline Patient Transport"),
          Q("P1.Q3", "agency.paramedics.spend", R, [], "£742,000"),
          Q("P1.Q4", "agency.call_handlers.spend", R, [], "£88,000"),
      ]),
    L("history/FOI-2022-0417.pdf", "a1b_2022.html", "chromium_pdf", NAS,
      "FOI-2022-0417", "2022-09-26", "2022-08-30", "FOIA", "table", [
          Q("P1.Q1", "agency.private_ambulance.spend", R, [], "£7.9 million"),
          Q("P1.Q2", "agency.private_ambulance.providers", W, ["s43(2)"]),
          Q("P1.Q3", "agency.paramedics.spend", R, [], "£1.03 million"),
          Q("P1.Q4", "agency.call_handlers.spend", R, [], "£126,500"),
      ]),
    L("history/FOI-2024-0631.txt", "a1c_2024.txt", "txt", NAS,
      "FOI-2024-0631", "2024-08-19", "2024-07-22", "FOIA", "interleaved", [
          Q("P1.Q1", "agency.private_ambulance.spend", R, [], "£6.8 million"),
          Q("P1.Q2", "agency.private_ambulance.providers", W, ["s43(2)"]),
          Q("P1.Q3", "agency.paramedics.spend", R, [], "£0.91 million"),
          Q("P1.Q4", "agency.call_handlers.spend", R, [], "£0"),
      ]),
    L("history/NAS-FOI-19-162.md", "a2a_2019.md", "md", NAS,
      "NAS FOI 19/162", "2019-05-07", "2019-04-09", "FOIA", "interleaved", [
          Q("P1.Q1", "eoc.call_handlers.fte", R, [], "214.5"),
          Q("P1.Q2", "eoc.call_handlers.vacancies", R, [], "31"),
          Q("P1.Q3", "eoc.call_answer_time", R, [], "9 seconds"),
          Q("P1.Q4", "staff.headcount", R, [], "5,940"),
      ]),
    L("history/FOI-2023-0098-eoc-staffing.pdf", "a2b_2023.html", "gs_chromium", NAS,
      "FOI-2023-0098", "2023-02-13", "2023-01-16", "FOIA", "interleaved", [
          Q("P1.Q1", "eoc.call_handlers.fte", R, [], "268.2"),
          Q("P1.Q2", "eoc.call_handlers.vacancies", R, [], "47"),
          Q("P1.Q3", "eoc.call_answer_time", R, [], "1 minute 52 seconds"),
          Q("P1.Q4", "pts.contact_centre_agents", R, [], "38"),
          Q("P1.Q5", "staff.headcount", R, [], "6,415"),
      ]),
    L("history/NAS-FOI-19-477-cyber.pdf", "a3a_2019.html", "lo_pdf", NAS,
      "NAS FOI 19/477", "2019-12-10", "2019-11-12", "FOIA", "interleaved", [
          Q("P1.Q1", "cyber.ransomware.count", R, [], "0"),
          Q("P1.Q2", "cyber.ransom_paid", R, [], "No"),
          Q("P1.Q3", "cyber.team.fte", R, [], "4"),
          Q("P1.Q4", "cyber.spend", R, [], "£312,000"),
      ]),
    L("history/NAS-FOI-21-402-scan.pdf", "a3b_2021.html", "ocr_scan", NAS,
      "NAS FOI 21/402", "2021-10-18", "2021-09-20", "FOIA", "interleaved", [
          Q("P1.Q1", "cyber.ransomware.count", R, [], "1"),
          Q("P1.Q2", "cyber.ransom_paid", R, [], "No"),
          Q("P1.Q3", "cyber.team.fte", R, [], "6"),
          Q("P1.Q4", "cyber.spend", W, ["s31(1)(a)"]),
          Q("P1.Q5", "data_breach.ico_reports", R, [], "3"),
      ]),
    L("history/foi-2023-0874-cyber-security.html", "a3c_2023.html", "html", NAS,
      "FOI-2023-0874", "2023-11-06", "2023-10-09", "FOIA", "disclosure_log_grouped", [
          Q("P1.Q1", "cyber.ransomware.count", W, ["s31(1)(a)"]),
          Q("P1.Q2", "cyber.ransom_paid", R, [], "No"),
          Q("P1.Q3", "cyber.team.fte", W, ["s31(1)(a)"]),
          Q("P1.Q4", "cyber.spend", W, ["s31(1)(a)"]),
          Q("P1.Q5", "data_breach.ico_reports", R, [], "5"),
      ]),
    L("history/NAS-FOI-18-120-fleet.pdf", "a4a_2018.html", "chromium_pdf", NAS,
      "NAS FOI 18/120", "2018-04-23", "2018-03-26", "FOIA", "interleaved", [
          Q("P1.Q1", "fleet.dca.count", R, [], "412"),
          Q("P1.Q2", "fleet.dca.average_age", R, [], "4.6 years"),
          Q("P1.Q3", "fleet.dca.over_seven_years", R, [], "58"),
          Q("P1.Q4", "fleet.converter", R, [], "Kingsway Coachworks"),
      ]),
    L("history/FOI-2024-0201-fleet.pdf", "a4b_2024.html", "lo_pdf", NAS,
      "FOI-2024-0201", "2024-03-11", "2024-02-12", "FOIA", "you_asked", [
          Q("P1.Q1", "fleet.dca.count", R, [], "451"),
          Q("P1.Q2", "fleet.dca.average_age", R, [], "5.8 years"),
          Q("P1.Q3", "fleet.dca.over_seven_years", R, [], "96"),
          Q("P1.Q4", "fleet.electric.count", R, [], "6"),
          Q("P1.Q5", "fleet.converter", R, [], "Kingsway Coachworks"),
      ]),
    # ---------------- Rivers and Groundwater Regulator ----------------
    L("history/RGR-EIR-2019-0061.pdf", "r1a_2019.html", "lo_pdf", RGR,
      "RGR-EIR-2019-0061", "2019-04-15", "2019-03-18", "EIR", "interleaved", [
          Q("P1.Q1", "pollution.serious_incidents", R, [], "63"),
          Q("P1.Q2", "pollution.prosecutions", R, [], "7"),
          Q("P1.Q3", "pollution.fines_total", R, [], "£2.35 million"),
          Q("P1.Q4", "enforcement.undertaking_correspondence", W, ["reg12(5)(b)"]),
      ]),
    L("history/rgr-eir-2021-0147.html", "r1b_2021.html", "html", RGR,
      "RGR-EIR-2021-0147", "2021-08-23", "2021-07-26", "EIR", "disclosure_log", [
          Q("P1.Q1", "pollution.serious_incidents", R, [], "71"),
          Q("P1.Q2", "pollution.prosecutions", R, [], "4"),
          Q("P1.Q3", "pollution.fines_total", R, [], "£1.1 million"),
          Q("P1.Q4", "permits.storm_overflow_reviews", R, [], "1,240"),
      ]),
    L("history/RGR-EIR-2023-0391.pdf", "r1c_2023.html", "chromium_pdf", RGR,
      "RGR-EIR-2023-0391", "2023-12-04", "2023-11-06", "EIR", "interleaved", [
          Q("P1.Q1", "pollution.serious_incidents", R, [], "58"),
          Q("P1.Q2", "pollution.prosecutions", R, [], "9"),
          Q("P1.Q3", "pollution.fines_total", R, [], "£3.4 million"),
          Q("P1.Q4", "permits.storm_overflow_reviews", RF, ["reg12(4)(b)"]),
      ]),
    L("history/RGR-FOI-2020-0231.docx", "r2a_2020.html", "lo_docx", RGR,
      "RGR-FOI-2020-0231", "2020-10-26", "2020-09-28", "FOIA", "interleaved_parts_numbered_list", [
          Q("P1.Q1", "ict.erp.supplier", R, [], "Ledgerline Systems"),
          Q("P1.Q2", "ict.erp.expiry", R, [], "31 March 2025"),
          Q("P1.Q3", "ict.erp.cost", W, ["s43(2)"]),
          Q("P2.Q1", "ict.payroll.supplier", R, [], "PayOrbit Ltd"),
          Q("P2.Q2", "ict.payroll.expiry", R, [], "31 August 2024"),
          Q("P2.Q3", "ict.payroll.cost", W, ["s43(2)"]),
      ]),
    L("history/RGR-FOI-2023-0102.pdf", "r2b_2023.html", "gs_lo", RGR,
      "RGR-FOI-2023-0102", "2023-03-20", "2023-02-20", "FOIA", "restate_then_answer", [
          Q("P1.Q1", "ict.erp.supplier", R, [], "Ledgerline Systems"),
          Q("P1.Q2", "ict.erp.expiry", R, [], "31 March 2028"),
          Q("P1.Q3", "ict.erp.cost", W, ["s43(2)"]),
          Q("P1.Q4", "ict.erp.hosting", R, [], "Cloud (supplier-hosted)"),
          Q("P2.Q1", "ict.payroll.supplier", R, [], "PayOrbit Ltd"),
          Q("P2.Q2", "ict.payroll.expiry", R, [], "31 August 2027"),
          Q("P2.Q3", "ict.payroll.cost", W, ["s43(2)"]),
      ]),
    L("history/RGR-FOI-2022-0355.txt", "r3a_2022.txt", "txt", RGR,
      "RGR-FOI-2022-0355", "2022-11-21", "2022-10-24", "FOIA", "restate_then_answer", [
          Q("P1.Q1", "drones.count", R, [], "18"),
          Q("P1.Q2", "drones.pilots", R, [], "30"),
          Q("P1.Q3", "drones.farm_enforcement_surveillance", R, [], "Yes"),
          Q("P1.Q4", "drones.flights", R, [], "740"),
      ]),
    L("history/RGR-FOI-2024-0288.pdf", "r3b_2024.html", "chromium_pdf", RGR,
      "RGR-FOI-2024-0288", "2024-09-09", "2024-08-12", "FOIA", "interleaved", [
          Q("P1.Q1", "drones.count", R, [], "25"),
          Q("P1.Q2", "drones.pilots", R, [], "37"),
          Q("P1.Q3", "drones.farm_enforcement_surveillance", NC, ["s31(3)"]),
          Q("P1.Q4", "drones.flights", R, [], "1,120"),
      ]),
    L("history/RGR-EIR-2020-0044-disclosure.md", "r5_2020.md", "md", RGR,
      "RGR-EIR-2020-0044", "2020-03-02", "2020-02-03", "EIR", "disclosure_log", [
          Q("P1.Q1", "meetings.water_company.count", R, [], "7"),
          Q("P1.Q2", "meetings.water_company.minutes", PR, ["reg13(1)"]),
          Q("P1.Q3", "meetings.water_company.briefing_notes", W, ["reg12(4)(e)"]),
      ]),
]

DRAFTS = [
    L("drafts/CAL-FOI-25-00911-draft.docx", "d_c1_2025.html", "lo_docx", CCC,
      "CAL-FOI-25-00911", "2025-06-12", "2025-05-16", "FOIA", "interleaved_parts_numbered_list", [
          Q("P1.Q1", "ict.telephony.supplier", R, [], TALK),
          Q("P1.Q2", "ict.telephony.spend", R, [], "£196,300"),
          Q("P1.Q3", "ict.telephony.expiry", R, [], "31 March 2027"),
          Q("P1.Q4", "ict.telephony.duration", R, [], "5 years"),
          Q("P1.Q5", "ict.telephony.owner", W, ["s40(2)"]),
          Q("P2.Q1", "ict.wan.supplier", R, [], NORTH),
          Q("P2.Q2", "ict.wan.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.wan.expiry", R, [], "30 September 2028"),
          Q("P2.Q4", "ict.wan.owner", PR, ["s40(2)"], "Head of Digital Infrastructure"),
      ]),
    L("drafts/CAL-FOI-25-01502-draft.md", "d_c2_2025.md", "md", CCC,
      "CAL-FOI-25-01502", "2025-09-22", "2025-08-28", "FOIA", "interleaved", [
          Q("P1.Q1", "bwv.enforcement_officers.count", R, [], "52"),
          Q("P1.Q2", "cctv.cameras.count", R, [], "240"),
          Q("P1.Q3", "cctv.manufacturer", W, ["s24(1)"]),
          Q("P1.Q4", "cctv.running_cost", R, [], "£655,900"),
          Q("P1.Q5", "cctv.control_room.operators", NH, []),
          Q("P1.Q6", "cctv.facial_recognition", R, [], "No"),
      ]),
    L("drafts/CAL-EIR-25-00063-draft.pdf", "d_c5_2025.html", "lo_pdf", CCC,
      "CAL-EIR-25-00063", "2025-07-29", "2025-07-01", "EIR", "interleaved", [
          Q("P1.Q1", "herbicide.glyphosate.use", R, [], "Yes"),
          Q("P1.Q2", "herbicide.glyphosate.volume", R, [], "410 litres"),
          Q("P1.Q3", "herbicide.contractor", R, [], "GreenEdge Verge Services Ltd"),
          Q("P1.Q4", "herbicide.contract_value", W, ["reg12(5)(e)"]),
          Q("P1.Q5", "herbicide.alternatives_trialled", R, [], "Yes"),
      ]),
    L("drafts/CAL-FOI-26-00058-request.txt", "d_c3_2026_request.txt", "txt", CCC,
      "CAL-FOI-26-00058", "2026-01-19", "2026-01-19", "FOIA", "bare_request", [
          Q("P1.Q1", "agency.childrens_sw.spend"),
          Q("P1.Q2", "agency.childrens_sw.count"),
          Q("P1.Q3", "agency.childrens_sw.rate"),
          Q("P1.Q4", "agency.childrens_sw.agencies"),
          Q("P2.Q1", "agency.adult_sw.spend"),
          Q("P2.Q2", "agency.adult_sw.count"),
          Q("P2.Q3", "agency.adult_sw.rate"),
      ], bare=True),
    L("drafts/TTFOI-2025-0301-draft.pdf", "d_p1_2025.html", "lo_pdf", TTP,
      "TTFOI/2025/0301", "2025-03-18", "2025-02-19", "FOIA", "decision_paragraph", [
          Q("P1.Q1", "ict.cad.supplier", W, ["s31(1)(a)", "s31(1)(b)"]),
          Q("P1.Q2", "ict.cad.expiry", R, [], "31 December 2025"),
          Q("P1.Q3", "ict.cad.spend", W, ["s31(1)(a)", "s31(1)(b)", "s43(2)"]),
          Q("P2.Q1", "ict.iccs.supplier", W, ["s31(1)(a)", "s31(1)(b)"]),
          Q("P2.Q2", "ict.iccs.expiry", R, [], "30 June 2026"),
          Q("P3.Q1", "control_room.call_handlers", R, [], "104"),
          Q("P3.Q2", "enquiry_centre.contact_centre_agents", R, [], "24"),
      ]),
    L("drafts/TTFOI-2025-1240-draft.txt", "d_p2_2025.txt", "txt", TTP,
      "TTFOI/2025/1240", "2025-11-04", "2025-10-07", "FOIA", "interleaved", [
          Q("P1.Q1", "drones.count", R, [], "14"),
          Q("P1.Q2", "drones.models", R, [], "DJI Matrice 30T; DJI Mavic 3 Enterprise"),
          Q("P1.Q3", "drones.pilots", W, ["s31(1)(a)"]),
          Q("P1.Q4", "drones.deployments", PR, ["s31(1)(a)"], "538"),
          Q("P1.Q5", "drones.covert_surveillance", R, [], "No"),
          Q("P1.Q6", "drones.thermal_imaging", R, [], "Yes"),
      ]),
    L("drafts/FOI-2025-0788-draft.docx", "d_a1_2025.html", "lo_docx", NAS,
      "FOI-2025-0788", "2025-10-14", "2025-09-16", "FOIA", "interleaved_parts_numbered_list", [
          Q("P1.Q1", "agency.private_ambulance.spend", PR, ["s43(2)"], "£6.1 million"),
          Q("P1.Q2", "agency.private_ambulance.providers", R, [],
            "Swiftcare Medical Transport; Redline Patient Transport"),
          Q("P2.Q1", "agency.call_handlers.spend", R, [], "£0"),
          Q("P2.Q2", "agency.paramedics.count", R, [], "9"),
      ]),
    L("drafts/FOI-2025-0356-draft.pdf", "d_a3_2025.html", "chromium_pdf", NAS,
      "FOI-2025-0356", "2025-05-06", "2025-04-08", "FOIA", "you_asked", [
          Q("P1.Q1", "cyber.ransomware.count", NC, ["s31(3)"]),
          Q("P1.Q2", "cyber.ransom_paid", NC, ["s31(3)"]),
          Q("P1.Q3", "cyber.team.fte", W, ["s31(1)(a)"]),
          Q("P1.Q4", "cyber.spend", W, ["s31(1)(a)"]),
      ]),
    L("drafts/RGR-EIR-2025-0288-draft.md", "d_r1_2025.md", "md", RGR,
      "RGR-EIR-2025-0288", "2025-08-11", "2025-07-14", "EIR", "interleaved", [
          Q("P1.Q1", "pollution.serious_incidents", R, [], "66"),
          Q("P1.Q2", "pollution.prosecutions", NH, ["reg12(4)(a)"]),
          Q("P1.Q3", "pollution.fines_total", W, ["reg12(5)(b)"]),
          Q("P1.Q4", "permits.storm_overflow_reviews", R, [], "1,410"),
      ]),
    L("drafts/RGR-FOI-2025-0119-draft.pdf", "d_r2_2025.html", "gs_chromium", RGR,
      "RGR-FOI-2025-0119", "2025-04-07", "2025-03-10", "FOIA", "table", [
          Q("P1.Q1", "ict.erp.supplier", R, [], "Ledgerline Systems"),
          Q("P1.Q2", "ict.erp.expiry", R, [], "31 March 2028"),
          Q("P1.Q3", "ict.erp.cost", W, ["s43(2)"]),
          Q("P1.Q4", "ict.erp.hosting", R, [], "Cloud (supplier-hosted)"),
          Q("P2.Q1", "ict.payroll.supplier", R, [], "PayOrbit Ltd"),
          Q("P2.Q2", "ict.payroll.expiry", R, [], "31 August 2027"),
          Q("P2.Q3", "ict.payroll.cost", W, ["s43(2)"]),
      ], consistent=True),
    L("drafts/RGR-FOI-2026-0071-draft.docx", "d_r3_2026.html", "lo_docx", RGR,
      "RGR-FOI-2026-0071", "2026-03-02", "2026-02-02", "FOIA", "interleaved", [
          Q("P1.Q1", "drones.count", R, [], "25"),
          Q("P1.Q2", "drones.farm_enforcement_surveillance", NC, ["s31(3)"]),
          Q("P1.Q3", "drones.thermal_imaging", R, [], "Yes"),
      ], as_of="2023-06-01"),
]

# ---------------------------------------------------------------------------
# Comparison rules (CONTRACT.md finding table)
# ---------------------------------------------------------------------------

# Equivalence classes across FOIA / EIR / FOISA (HOUSE-STYLES.md table).
EQUIV = [
    (r"^s43\(", "commercial"), (r"^reg12\(5\)\(e\)", "commercial"), (r"^foisa:s33\(", "commercial"),
    (r"^s40\(", "personal"), (r"^reg13\(", "personal"), (r"^foisa:s38\(", "personal"),
    (r"^s31\(", "law_enforcement"), (r"^reg12\(5\)\(b\)", "law_enforcement"), (r"^foisa:s35\(", "law_enforcement"),
    (r"^s24\(", "national_security"), (r"^reg12\(5\)\(a\)", "national_security"), (r"^foisa:s31\(", "national_security"),
    (r"^s36\(", "public_affairs"), (r"^reg12\(4\)\(e\)", "public_affairs"), (r"^foisa:s30\(", "public_affairs"),
    (r"^s22\(", "future_publication"), (r"^reg12\(4\)\(d\)", "future_publication"), (r"^foisa:s27\(", "future_publication"),
    (r"^s21\(", "accessible"), (r"^reg6\(1\)\(b\)", "accessible"), (r"^foisa:s25\(", "accessible"),
]


def ex_class(e):
    for pat, cls in EQUIV:
        if re.match(pat, e):
            return cls
    m = re.match(r"^(foisa:)?(s\d+|reg\d+)", e)
    return m.group(0) if m else e


def classes(exs):
    return frozenset(ex_class(e) for e in exs)


HELD = {R, PR, W}


def finding_kind(prev, cur):
    """Return (kind, severity) or None, comparing precedent prev with cur."""
    p, c = prev["stance"], cur["stance"]
    if c == "unknown" or p == "unknown":
        return None
    if p == NC and c == NC:
        return None
    if c == NC and p in (R, PR, W, NH):
        return ("ncnd_inconsistent", "high")
    if p == NC and c in (R, PR, W, NH):
        return ("ncnd_inconsistent", "medium")
    if p in (R, PR) and c in (W, RF):
        return ("newly_withheld", "high")
    if p == R and c == PR:
        return ("partly_withheld", "medium")
    if p == W and c in (R, PR):
        return ("newly_released", "medium")
    if p == W and c == W and classes(prev["exemptions"]) != classes(cur["exemptions"]):
        return ("exemption_changed", "medium")
    if p in HELD and c == NH:
        return ("held_status_changed", "high")
    if p == NH and c in HELD:
        return ("held_status_changed", "medium")
    if p == R and c == R and prev["fact"] is not None and cur["fact"] is not None \
            and prev["fact"] != cur["fact"]:
        return ("answer_changed", "low")
    return None


def derive_expect(history, drafts):
    out = {}
    for d in drafts:
        cutoff = d["as_of"] or d["date"]
        earlier = [h for h in history
                   if h["authority"] == d["authority"] and h["date"] < cutoff]
        matches, findings = {}, []
        for q in d["questions"]:
            ms = [(h, hq) for h in earlier for hq in h["questions"]
                  if hq["concept"] == q["concept"]]
            ms.sort(key=lambda x: (x[0]["date"], x[1]["id"]), reverse=True)
            matches[q["id"]] = ["%s %s" % (h["reference"], hq["id"]) for h, hq in ms]
            if d["bare"] or not ms:
                continue
            ph, pq = ms[0]
            assert not [h for h, _ in ms if h is not ph and h["date"] == ph["date"]], \
                "ambiguous precedent for %s %s" % (d["file"], q["id"])
            fk = finding_kind(pq, q)
            if fk:
                findings.append({"kind": fk[0], "severity": fk[1],
                                 "question_id": q["id"],
                                 "precedent": "%s %s" % (ph["reference"], pq["id"])})
        if d["consistent"]:
            assert not findings, "draft marked consistent has findings: %s" % d["file"]
        e = {}
        if d["as_of"]:
            e["as_of"] = d["as_of"]
        if d["consistent"]:
            e["consistent"] = True
        e["matches"] = matches
        e["findings"] = findings
        out[os.path.basename(d["file"])] = e
    return out


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("failed: %s\n%s" % (" ".join(cmd), r.stderr.decode(errors="replace")))
    return r


def lo_convert(src, fmt, outdir):
    # Import as a Writer document ("HTML (StarWriter)"): the Writer/Web
    # import loses the first line and adds a blank first page.
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)",
         "--convert-to", fmt, "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src])
    return out


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inp])


def ocr_scan(pdf, out, tmp):
    pages = os.path.join(tmp, "page-%03d.png")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", pages, pdf])
    pngs = sorted(f for f in os.listdir(tmp) if f.startswith("page-") and f.endswith(".png"))
    lst = os.path.join(tmp, "pages.txt")
    with open(lst, "w") as fh:
        fh.write("".join(os.path.join(tmp, p) + "\n" for p in pngs))
    base = os.path.join(tmp, "ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.copyfile(base + ".pdf", out)


def render(letter):
    src = os.path.join(SRC, letter["src"])
    out = os.path.join(ROOT, letter["file"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    prod = letter["producer"]
    tmp = tempfile.mkdtemp(dir=WORK)
    try:
        if prod in ("txt", "md", "html"):
            shutil.copyfile(src, out)
        elif prod == "lo_pdf":
            shutil.copyfile(lo_convert(src, "pdf:writer_pdf_Export", tmp), out)
        elif prod == "lo_docx":
            shutil.copyfile(lo_convert(src, "docx:MS Word 2007 XML", tmp), out)
        elif prod == "chromium_pdf":
            chromium_pdf(src, out)
        elif prod == "gs_lo":
            gs_redistil(lo_convert(src, "pdf:writer_pdf_Export", tmp), out)
        elif prod == "gs_chromium":
            gs_redistil(chromium_pdf(src, os.path.join(tmp, "c.pdf")), out)
        elif prod == "ocr_scan":
            ocr_scan(lo_convert(src, "pdf:writer_pdf_Export", tmp), out, tmp)
        else:
            raise ValueError(prod)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# Self-check: every reference and released fact appears in the rendered text
# ---------------------------------------------------------------------------

def extract_text(path):
    if path.endswith(".pdf"):
        return run(["pdftotext", path, "-"]).stdout.decode("utf-8", "replace")
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    with open(path, encoding="utf-8") as fh:
        t = fh.read()
    if path.endswith((".html", ".htm")):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def check(letters):
    bad = 0
    for l in letters:
        p = os.path.join(ROOT, l["file"])
        t = norm(extract_text(p))
        probs = []
        if l["reference"] not in t:
            probs.append("reference %r" % l["reference"])
        for q in l["questions"]:
            if q["fact"]:
                for part in q["fact"].split("; "):
                    if part not in t:
                        probs.append("%s fact %r" % (q["id"], part))
        if probs:
            bad += 1
            print("CHECK", l["file"], "; ".join(probs))
    print("check: %d letters, %d with problems" % (len(letters), bad))
    return bad


def main():
    os.makedirs(WORK, exist_ok=True)
    letters = HISTORY + DRAFTS
    files = [l["file"] for l in letters]
    assert len(files) == len(set(files))
    refs = [(l["authority"], l["reference"]) for l in letters]
    assert len(refs) == len(set(refs))
    for l in letters:
        ids = [q["id"] for q in l["questions"]]
        assert len(ids) == len(set(ids)), l["file"]
        for q in l["questions"]:
            if q["stance"] in (W, PR, RF, NC):
                assert q["exemptions"], (l["file"], q["id"])
            if q["stance"] == R:
                assert not [e for e in q["exemptions"] if ex_class(e) != "accessible"], (l["file"], q["id"])
    if "--no-render" not in sys.argv:
        for d in ("history", "drafts"):
            shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
        for l in letters:
            print("render", l["file"], file=sys.stderr)
            render(l)
    truth = {"history": HISTORY, "drafts": DRAFTS}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
    expect = {
        "description": ("setAK: four invented UK authorities (Caldermoor County Council, "
                        "Tawe and Teifi Police, Northmere Ambulance Service NHS Trust, "
                        "Rivers and Groundwater Regulator); %d history letters 2017-2025 and "
                        "%d drafts 2025-2026 in round-robin families (ICT contracts, CCTV and "
                        "body-worn video, agency spend, staffing, cyber, drones, fleet, "
                        "herbicides, pollution) with drift, look-alikes, an EIR regime change, "
                        "a consistent repeat, an as_of check and one bare request. Derived "
                        "from gen/truth.json by gen/make.py." % (len(HISTORY), len(DRAFTS))),
        "drafts": derive_expect(HISTORY, DRAFTS),
    }
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as fh:
        json.dump(expect, fh, indent=2, ensure_ascii=False)
    nm = sum(len(v) for e in expect["drafts"].values() for v in e["matches"].values())
    kinds = {}
    for e in expect["drafts"].values():
        for f in e["findings"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print("history %d drafts %d matches %d findings %d %s" % (
        len(HISTORY), len(DRAFTS), nm, sum(kinds.values()), json.dumps(kinds, sort_keys=True)))
    if "--check" in sys.argv:
        if check(letters):
            sys.exit(1)


if __name__ == "__main__":
    main()
