#!/usr/bin/env python3
"""Test set AQ: four invented UK authorities, 40 history letters, 11 drafts.

Holds the truth of every letter, renders gen/src/* into history/ and drafts/
with real producers (LibreOffice, Chromium, Ghostscript, Tesseract), writes
gen/truth.json and derives expect.json from the truth only.

Python 3, standard library only.  Run from the set's folder:  python3 gen/make.py
Options:  --no-render   only (re)write truth.json and expect.json
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
BUILD = os.path.join(HERE, "build")
LO_PROFILE = "file://" + os.path.join(ROOT, ".lo_profile")

HAV = "London Borough of Haverleigh"
MVP = "Mercia Vale Police"
HNPA = "Harrowdale National Park Authority"
GHA = "Glenmorrow Housing Association"


def Q(qid, concept, stance, ex=(), fact=None):
    return {"id": qid, "concept": concept, "stance": stance,
            "exemptions": sorted(ex), "fact": fact}


def L(kind, file, src, producer, authority, reference, date, received,
      regime, layout, questions, as_of=None, bare=False, consistent=False):
    return {"kind": kind, "file": file, "src": src, "producer": producer,
            "authority": authority, "reference": reference, "date": date,
            "received": received, "regime": regime, "layout": layout,
            "as_of": as_of, "bare": bare, "consistent": consistent,
            "questions": questions}


R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld",
                          "ncnd", "not_held", "refused", "unknown")
S31AB = ["s31(1)(a)", "s31(1)(b)"]

LETTERS = [
    # ------------------------------------------------------------------
    # London Borough of Haverleigh (council)
    # ------------------------------------------------------------------
    L("history", "history/Haverleigh_FOI_2017_0388_CCTV.pdf", "hav_2017_cctv.html",
      "lo_pdf", HAV, "FOI/2017/0388", "2017-06-14", "2017-05-19", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "cctv.count", R, fact="118"),
          Q("P1.Q2", "cctv.operational", R, fact="104"),
          Q("P1.Q3", "cctv.monitoring", R, fact="In-house"),
          Q("P1.Q4", "cctv.cost", R, fact="£612,400"),
          Q("P1.Q5", "cctv.police_requests", R, fact="1,342"),
      ]),
    L("history", "history/FOI-2020-1127 Response.docx", "hav_2020_cctv.html",
      "docx", HAV, "FOI/2020/1127", "2020-09-03", "2020-08-06", "FOIA",
      "interleaved", [
          Q("P1.Q1", "cctv.count", R, fact="126"),
          Q("P1.Q2", "cctv.redeployable", R, fact="14"),
          Q("P1.Q3", "cctv.operational", R, fact="119"),
          Q("P1.Q4", "cctv.monitoring", R, fact="Sentinel Watch Services Ltd"),
          Q("P1.Q5", "cctv.cost", R, fact="£588,150"),
          Q("P1.Q6", "cctv.police_requests", R, fact="1,610"),
          Q("P1.Q7", "cctv.facial_recognition", R, fact="No"),
      ]),
    L("history", "history/HAV-FOI-23-02214.pdf", "hav_2023_cctv.html",
      "chromium_pdf", HAV, "HAV-FOI-23-02214", "2023-03-22", "2023-02-24", "FOIA",
      "table", [
          Q("P1.Q1", "cctv.count", R, fact="131"),
          Q("P1.Q2", "cctv.redeployable", R, fact="18"),
          Q("P1.Q3", "cctv.operational", R, fact="122"),
          Q("P1.Q4", "cctv.monitoring", R, fact="Sentinel Watch Services Ltd"),
          Q("P1.Q5", "cctv.monitoring_value", W, ["s43(2)"]),
          Q("P1.Q6", "cctv.cost", R, fact="£603,900"),
          Q("P1.Q7", "cctv.police_requests", R, fact="1,488"),
          Q("P1.Q8", "anpr.enforcement_cameras", R, fact="22"),
      ]),
    L("history", "history/hav-disclosure-log-22-01377.html", "hav_2022_bwv.html",
      "copy", HAV, "HAV-FOI-22-01377", "2022-07-11", "2022-06-13", "FOIA",
      "you_asked_disclosure_log", [
          Q("P1.Q1", "bwv.count", R, fact="46"),
          Q("P1.Q2", "bwv.teams", R),
          Q("P1.Q3", "bwv.supplier", R, fact="Clearsight Bodycam Ltd"),
          Q("P1.Q4", "bwv.retention", R, fact="31 days"),
          Q("P1.Q5", "bwv.prosecutions", NH),
      ]),
    L("history", "history/FOI_2018_0731.pdf", "hav_2018_ict.html",
      "lo_pdf_gs", HAV, "FOI/2018/0731", "2018-08-09", "2018-07-16", "FOIA",
      "restate_then_answer_parts", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Fenwick Contact Systems Ltd"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£84,200"),
          Q("P1.Q3", "ict.cc.expiry", R, fact="31 March 2020"),
          Q("P1.Q4", "ict.cc.review", R, fact="October 2019"),
          Q("P1.Q5", "ict.cc.description", R),
          Q("P1.Q6", "ict.cc.contact", PR, ["s40(2)"], fact="Head of Customer Services"),
          Q("P1.Q7", "ict.cc.agents", R, fact="62"),
          Q("P1.Q8", "ict.cc.sites", R, fact="2"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Tellurian Networks plc"),
          Q("P2.Q2", "ict.inbound.spend", R, fact="£21,750"),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="30 June 2019"),
          Q("P2.Q4", "ict.inbound.review", R, fact="March 2019"),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", PR, ["s40(2)"], fact="ICT Infrastructure Manager"),
      ]),
    L("history", "history/FOI_2020_0544_response.docx", "hav_2020_ict.html",
      "docx", HAV, "FOI/2020/0544", "2020-05-28", "2020-04-30", "FOIA",
      "interleaved_parts", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Fenwick Contact Systems Ltd"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£86,900"),
          Q("P1.Q3", "ict.cc.duration", R, fact="3 years plus 1 year extension"),
          Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2021"),
          Q("P1.Q5", "ict.cc.review", R, fact="September 2020"),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", PR, ["s40(2)"], fact="Head of Customer Services"),
          Q("P1.Q8", "ict.cc.agents", R, fact="58"),
          Q("P1.Q9", "ict.cc.sites", R, fact="2"),
          Q("P1.Q10", "ict.cc.manufacturer", R, fact="Corvane"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Tellurian Networks plc"),
          Q("P2.Q2", "ict.inbound.spend", R, fact="£19,400"),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="30 June 2022"),
          Q("P2.Q4", "ict.inbound.review", R, fact="January 2022"),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", PR, ["s40(2)"], fact="ICT Infrastructure Manager"),
      ]),
    L("history", "history/CAS-204518-Q7T2M4.txt", "hav_2023_ict.txt",
      "copy", HAV, "CAS-204518-Q7T2M4", "2023-10-05", "2023-09-07", "FOIA",
      "restate_then_answer_merged_numbering", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Halcyon CX Ltd"),
          Q("P1.Q2", "ict.cc.spend", W, ["s43(2)"]),
          Q("P1.Q3", "ict.cc.duration", R, fact="4 years"),
          Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2025"),
          Q("P1.Q5", "ict.cc.review", R, fact="September 2024"),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", R, fact="Customer Experience Manager"),
          Q("P1.Q8", "ict.cc.agents", R, fact="55"),
          Q("P1.Q9", "ict.cc.manufacturer", R, fact="Halcyon"),
          Q("P1.Q10", "ict.inbound.supplier", R, fact="Tellurian Networks plc"),
          Q("P1.Q11", "ict.inbound.spend", W, ["s43(2)"]),
          Q("P1.Q12", "ict.inbound.expiry", R, fact="30 June 2025"),
          Q("P1.Q13", "ict.inbound.review", R, fact="January 2025"),
          Q("P1.Q14", "ict.inbound.contact", R, fact="ICT Service Delivery Manager"),
      ]),
    L("history", "history/FOI_2019_0266.pdf", "hav_2019_agency.html",
      "chromium_pdf", HAV, "FOI/2019/0266", "2019-03-18", "2019-02-19", "FOIA",
      "restate_then_answer_bullets", [
          Q("P1.Q1", "agency.spend_total", R, fact="£7.42m"),
          Q("P1.Q2", "agency.provider", R, fact="Brookfield Talent Solutions"),
          Q("P1.Q3", "agency.headcount", R, fact="287"),
          Q("P1.Q4", "agency.spend_by_dept", R),
          Q("P1.Q5", "agency.highest_day_rate", W, ["s40(2)"]),
      ]),
    L("history", "history/hav-disclosure-log-22-00412.html", "hav_2022_agency.html",
      "copy", HAV, "HAV-FOI-22-00412", "2022-03-09", "2022-02-08", "FOIA",
      "interleaved_disclosure_log", [
          Q("P1.Q1", "agency.spend_total", R, fact="£9.06m"),
          Q("P1.Q2", "agency.ir35", NH),
          Q("P1.Q3", "agency.provider", R, fact="Brookfield Talent Solutions"),
          Q("P1.Q4", "agency.headcount", R, fact="341"),
          Q("P1.Q5", "agency.spend_by_dept", R),
          Q("P1.Q6", "agency.highest_day_rate", W, ["s40(2)"]),
      ]),
    L("history", "history/HAV-FOI-22-01902.pdf", "hav_2022_cyber.html",
      "lo_pdf", HAV, "HAV-FOI-22-01902", "2022-10-20", "2022-09-22", "FOIA",
      "decision_then_answers", [
          Q("P1.Q1", "cyber.incident_count", W, ["s31(1)(a)"]),
          Q("P1.Q2", "cyber.ransomware", N, ["s31(3)"]),
          Q("P1.Q3", "cyber.ransom_paid", N, ["s31(3)"]),
          Q("P1.Q4", "cyber.spend", R, fact="£1.2m"),
          Q("P1.Q5", "cyber.training", R, fact="Yes"),
      ]),
    L("history", "history/FOI_2018_0102_scan.pdf", "hav_2018_phf.html",
      "ocr_scan", HAV, "FOI/2018/0102", "2018-02-21", "2018-01-24", "FOIA",
      "interleaved", [
          Q("P1.Q1", "phf.count", R, fact="41"),
          Q("P1.Q2", "phf.details", W, ["s31(1)(a)"]),
          Q("P1.Q3", "phf.referred_bv", R, fact="9"),
          Q("P1.Q4", "phf.cost", R, fact="£58,300"),
      ]),
    L("history", "history/HAV-FOI-21-00977.md", "hav_2021_phf.md",
      "copy", HAV, "HAV-FOI-21-00977", "2021-06-30", "2021-06-02", "FOIA",
      "request_answer", [
          Q("P1.Q1", "phf.count", R, fact="63"),
          Q("P1.Q2", "phf.details", R, ["s21"]),
          Q("P1.Q3", "phf.referred_bv", R, fact="12"),
          Q("P1.Q4", "phf.cost", R, fact="£81,900"),
      ]),
    L("history", "history/CAS-287310-T9W1Z6.pdf", "hav_2025_trees.html",
      "chromium_pdf", HAV, "CAS-287310-T9W1Z6", "2025-03-12", "2025-02-11", "EIR",
      "you_asked", [
          Q("P1.Q1", "trees.felled", R, fact="412"),
          Q("P1.Q2", "trees.planted", R, fact="655"),
          Q("P1.Q3", "trees.contract", PR, ["reg12(5)(e)"], fact="Greenway Arboricultural Services Ltd"),
      ]),

    # ------------------------------------------------------------------
    # Mercia Vale Police
    # ------------------------------------------------------------------
    L("history", "history/MVP_FOI_0219_18.pdf", "mvp_2018_drones.html",
      "lo_pdf", MVP, "FOI 0219/18", "2018-04-11", "2018-03-14", "FOIA",
      "interleaved", [
          Q("P1.Q1", "drone.use", R, fact="Yes"),
          Q("P1.Q2", "drone.count", R, fact="4"),
          Q("P1.Q3", "drone.models", R, fact="Skyward Falcon X4"),
          Q("P1.Q4", "drone.spend", R, fact="£38,650"),
          Q("P1.Q5", "drone.deployments", R, fact="212"),
      ]),
    L("history", "history/IR_041_20_drones.pdf", "mvp_2020_drones_ir.html",
      "chromium_pdf_gs", MVP, "IR 041/20", "2020-07-15", "2020-06-17", "FOIA",
      "internal_review", [
          Q("P1.Q1", "drone.use", R, fact="Yes"),
          Q("P1.Q2", "drone.count", R, fact="9"),
          Q("P1.Q3", "drone.models", R, fact="Skyward Falcon X4 and Skyward Osprey T2"),
          Q("P1.Q4", "drone.spend", R, fact="£71,200"),
          Q("P1.Q5", "drone.deployments", R, fact="486"),
          Q("P1.Q6", "drone.covert", N, ["s24(2)", "s31(3)"]),
      ]),
    L("history", "history/MVP-FOI-2023-01562.docx", "mvp_2023_drones.html",
      "docx", MVP, "MVP/FOI/2023/01562", "2023-08-23", "2023-07-26", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "drone.use", R, fact="Yes"),
          Q("P1.Q2", "drone.count", R, fact="12"),
          Q("P1.Q3", "drone.models", W, ["s31(1)(a)"]),
          Q("P1.Q4", "drone.spend", R, fact="£104,900"),
          Q("P1.Q5", "drone.deployments", R, fact="731"),
          Q("P1.Q6", "drone.covert", N, ["s24(2)", "s31(3)"]),
          Q("P1.Q7", "drone.pilots", R, fact="27"),
      ]),
    L("history", "history/FOI_1102_19.pdf", "mvp_2019_ict.html",
      "chromium_pdf", MVP, "FOI 1102/19", "2019-11-27", "2019-10-30", "FOIA",
      "interleaved_parts", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Orvelle Contact Ltd"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£143,000"),
          Q("P1.Q3", "ict.cc.expiry", R, fact="30 September 2021"),
          Q("P1.Q4", "ict.cc.review", R, fact="March 2021"),
          Q("P1.Q5", "ict.cc.description", R),
          Q("P1.Q6", "ict.cc.contact", R, fact="ictcontracts@merciavale.police.uk"),
          Q("P1.Q7", "ict.cc.agents", R, fact="96"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Crestline Voice Ltd"),
          Q("P2.Q2", "ict.inbound.spend", R, fact="£38,500"),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="31 March 2022"),
          Q("P2.Q4", "ict.inbound.review", R, fact="October 2021"),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", R, fact="ictcontracts@merciavale.police.uk"),
      ]),
    L("history", "history/MVP-FOI-2022-00318.pdf", "mvp_2022_ict.html",
      "lo_pdf_gs", MVP, "MVP/FOI/2022/00318", "2022-03-16", "2022-02-16", "FOIA",
      "restate_then_answer_parts", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Orvelle Contact Ltd"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£151,200"),
          Q("P1.Q3", "ict.cc.duration", R, fact="5 years"),
          Q("P1.Q4", "ict.cc.expiry", R, fact="30 September 2026"),
          Q("P1.Q5", "ict.cc.review", R, fact="March 2026"),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", R, fact="ictcontracts@merciavale.police.uk"),
          Q("P1.Q8", "ict.cc.agents", R, fact="104"),
          Q("P1.Q9", "ict.cc.sites", R, fact="1"),
          Q("P1.Q10", "ict.cc.manufacturer", R, fact="Orvelle"),
          Q("P1.Q11", "ict.email_server", R, fact="Microsoft Exchange Online"),
          Q("P1.Q12", "ict.email_users", R, fact="4,900"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Crestline Voice Ltd"),
          Q("P2.Q2", "ict.inbound.spend", R, fact="£40,100"),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="31 March 2025"),
          Q("P2.Q4", "ict.inbound.review", R, fact="September 2024"),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", R, fact="ictcontracts@merciavale.police.uk"),
      ]),
    L("history", "history/FOI-2024-1187.pdf", "mvp_2024_ict.html",
      "lo_pdf", MVP, "FOI-2024-1187", "2024-11-06", "2024-10-09", "FOIA",
      "decision_paragraph", [
          Q("P1.Q1", "ict.cc.supplier", W, S31AB),
          Q("P1.Q2", "ict.cc.spend", NH),
          Q("P1.Q3", "ict.cc.duration", W, S31AB),
          Q("P1.Q4", "ict.cc.expiry", W, S31AB),
          Q("P1.Q5", "ict.cc.review", W, S31AB),
          Q("P1.Q6", "ict.cc.description", W, S31AB),
          Q("P1.Q7", "ict.cc.contact", R, fact="ictcontracts@merciavale.police.uk"),
          Q("P1.Q8", "ict.cc.agents", W, S31AB),
          Q("P1.Q9", "ict.cc.sites", R, fact="1"),
          Q("P1.Q10", "ict.cc.manufacturer", W, S31AB),
          Q("P1.Q11", "ict.email_server", W, S31AB),
          Q("P1.Q12", "ict.email_users", R, fact="5,100"),
          Q("P2.Q1", "ict.inbound.supplier", W, S31AB),
          Q("P2.Q2", "ict.inbound.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.inbound.expiry", W, S31AB),
          Q("P2.Q4", "ict.inbound.review", W, S31AB),
          Q("P2.Q5", "ict.inbound.description", W, S31AB),
          Q("P2.Q6", "ict.inbound.contact", R, fact="ictcontracts@merciavale.police.uk"),
      ]),
    L("history", "history/FOI_0655_18.txt", "mvp_2018_staff.txt",
      "copy", MVP, "FOI 0655/18", "2018-09-05", "2018-08-08", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "staff.officers", R, fact="1,912"),
          Q("P1.Q2", "staff.pcsos", R, fact="248"),
          Q("P1.Q3", "staff.police_staff", R, fact="1,604"),
          Q("P1.Q4", "staff.call_handlers", R, fact="173"),
          Q("P1.Q5", "staff.specials", R, fact="301"),
      ]),
    L("history", "history/disclosure-MVP-FOI-2022-01105.html", "mvp_2022_staff.html",
      "copy", MVP, "MVP/FOI/2022/01105", "2022-08-17", "2022-07-20", "FOIA",
      "table_disclosure_log", [
          Q("P1.Q1", "staff.officers", R, fact="2,086"),
          Q("P1.Q2", "staff.uplift", R, fact="311"),
          Q("P1.Q3", "staff.pcsos", R, fact="201"),
          Q("P1.Q4", "staff.police_staff", R, fact="1,688"),
          Q("P1.Q5", "staff.call_handlers", R, fact="168"),
          Q("P1.Q6", "staff.specials", R, fact="214"),
      ]),
    L("history", "history/FOI_0391_19_scanned.pdf", "mvp_2019_fleet.html",
      "ocr_scan", MVP, "FOI 0391/19", "2019-05-22", "2019-04-24", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "fleet.count", R, fact="612"),
          Q("P1.Q2", "fleet.ev", R, fact="9"),
          Q("P1.Q3", "fleet.unmarked", W, ["s31(1)(a)"]),
          Q("P1.Q4", "fleet.collisions", R, fact="274"),
          Q("P1.Q5", "fleet.maintenance", R, fact="In-house"),
      ]),
    L("history", "history/disclosure-MVP-FOI-2023-00457.html", "mvp_2023_fleet.html",
      "copy", MVP, "MVP/FOI/2023/00457", "2023-04-19", "2023-03-22", "FOIA",
      "interleaved_disclosure_log", [
          Q("P1.Q1", "fleet.count", R, fact="655"),
          Q("P1.Q2", "fleet.ev", R, fact="47"),
          Q("P1.Q3", "fleet.unmarked", W, ["s31(1)(a)"]),
          Q("P1.Q4", "fleet.collisions", R, fact="301"),
          Q("P1.Q5", "fleet.maintenance", R, fact="In-house"),
          Q("P1.Q6", "fleet.pursuits", R, fact="158"),
      ]),
    L("history", "history/MVP-FOI-2021-00933.pdf", "mvp_2021_cyber.html",
      "chromium_pdf", MVP, "MVP/FOI/2021/00933", "2021-09-29", "2021-09-01", "FOIA",
      "restate_then_answer_ncnd", [
          Q("P1.Q1", "cyber.incident_count", N, ["s24(2)", "s31(3)"]),
          Q("P1.Q2", "cyber.ransomware", N, ["s24(2)", "s31(3)"]),
          Q("P1.Q3", "cyber.spend", W, ["s24(1)", "s31(1)(a)"]),
          Q("P1.Q4", "cyber.training", R, fact="Yes"),
      ]),
    L("history", "history/MVP-FOI-2021-00215.md", "mvp_2021_dogs.md",
      "copy", MVP, "MVP/FOI/2021/00215", "2021-03-10", "2021-02-10", "FOIA",
      "interleaved", [
          Q("P1.Q1", "dogs.count", R, fact="34"),
          Q("P1.Q2", "dogs.cost", R, fact="£1.1m"),
          Q("P1.Q3", "dogs.retired", R, fact="6"),
      ]),

    # ------------------------------------------------------------------
    # Harrowdale National Park Authority
    # ------------------------------------------------------------------
    L("history", "history/HNPA_FOI_18-022.pdf", "hnpa_2018_parking.html",
      "lo_pdf", HNPA, "FOI 18/022", "2018-10-10", "2018-09-12", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "parking.car_parks", R, fact="14"),
          Q("P1.Q2", "parking.income", R, fact="£486,200"),
          Q("P1.Q3", "parking.pcns", R, fact="1,975"),
          Q("P1.Q4", "parking.contractor", R, fact="Dalesguard Parking Services Ltd"),
      ]),
    L("history", "history/FOI 21-047 response.docx", "hnpa_2021_parking.html",
      "docx", HNPA, "FOI 21/047", "2021-11-03", "2021-10-06", "FOIA",
      "table", [
          Q("P1.Q1", "parking.car_parks", R, fact="15"),
          Q("P1.Q2", "parking.income", R, fact="£311,050"),
          Q("P1.Q3", "parking.pcns", R, fact="1,204"),
          Q("P1.Q4", "parking.contractor", R, fact="Dalesguard Parking Services Ltd"),
          Q("P1.Q5", "parking.contract_value", W, ["s43(2)"]),
      ]),
    L("history", "history/hnpa-2024-061.html", "hnpa_2024_parking.html",
      "copy", HNPA, "HNPA-2024-061", "2024-05-15", "2024-04-17", "FOIA",
      "interleaved_disclosure_log", [
          Q("P1.Q1", "parking.car_parks", R, fact="15"),
          Q("P1.Q2", "parking.income", R, fact="£542,780"),
          Q("P1.Q3", "parking.pcns", R, fact="2,318"),
          Q("P1.Q4", "parking.contractor", R, fact="Dalesguard Parking Services Ltd"),
          Q("P1.Q5", "parking.contract_value", W, ["s43(2)"]),
          Q("P1.Q6", "parking.ev_chargers", R, fact="22"),
      ]),
    L("history", "history/FOI_19-031.pdf", "hnpa_2019_peat.html",
      "chromium_pdf_gs", HNPA, "FOI 19/031", "2019-07-24", "2019-06-26", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "peat.area_restored", R, fact="212 hectares"),
          Q("P1.Q2", "peat.contractor", R, fact="Moorcare Ecological Ltd"),
          Q("P1.Q3", "peat.contract_value", W, ["s43(2)"]),
          Q("P1.Q4", "peat.funding", R),
      ]),
    L("history", "history/FOI_22-019_peatland.pdf", "hnpa_2022_peat.html",
      "lo_pdf", HNPA, "FOI 22/019", "2022-04-27", "2022-03-30", "FOIA",
      "interleaved", [
          Q("P1.Q1", "peat.area_restored", R, fact="305 hectares"),
          Q("P1.Q2", "peat.contractor", R, fact="Moorcare Ecological Ltd and Fellside Land Management"),
          Q("P1.Q3", "peat.contract_value", W, ["s43(2)"]),
          Q("P1.Q4", "peat.funding", R),
          Q("P1.Q5", "peat.carbon_reports", R, ["s21"]),
      ]),
    L("history", "history/FOI_20-012.txt", "hnpa_2020_staff.txt",
      "copy", HNPA, "FOI 20/012", "2020-02-19", "2020-01-22", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "staff.fte", R, fact="168.4"),
          Q("P1.Q2", "staff.rangers", R, fact="31"),
          Q("P1.Q3", "agency.spend_total", R, fact="£94,300"),
          Q("P1.Q4", "staff.gender_pay_gap", R, ["s21"]),
      ]),
    L("history", "history/HNPA-2023-033.pdf", "hnpa_2023_staff.html",
      "chromium_pdf", HNPA, "HNPA-2023-033", "2023-03-08", "2023-02-08", "FOIA",
      "you_asked", [
          Q("P1.Q1", "staff.fte", R, fact="174.9"),
          Q("P1.Q2", "staff.rangers", R, fact="29"),
          Q("P1.Q3", "staff.volunteers", R, fact="212"),
          Q("P1.Q4", "agency.spend_total", R, fact="£121,600"),
          Q("P1.Q5", "staff.gender_pay_gap", R, ["s21"]),
      ]),
    L("history", "history/EIR_17-006.pdf", "hnpa_2017_wildfires.html",
      "ocr_scan", HNPA, "EIR 17/006", "2017-09-13", "2017-08-16", "EIR",
      "restate_then_answer", [
          Q("P1.Q1", "wildfire.count", R, fact="23"),
          Q("P1.Q2", "wildfire.area", R, fact="88 hectares"),
          Q("P1.Q3", "wildfire.cost", NH, ["reg12(4)(a)"]),
      ]),

    # ------------------------------------------------------------------
    # Glenmorrow Housing Association (Scotland, FOISA)
    # ------------------------------------------------------------------
    L("history", "history/GHA-FOI-2020-011.pdf", "gha_2020_damp.html",
      "lo_pdf", GHA, "GHA/FOI/2020/011", "2020-03-05", "2020-02-06", "FOISA",
      "restate_then_answer", [
          Q("P1.Q1", "damp.complaints", R, fact="318"),
          Q("P1.Q2", "damp.shqs_fails", NH, ["foisa:s17(1)"]),
          Q("P1.Q3", "damp.repair_days", R, fact="27 days"),
          Q("P1.Q4", "damp.spend", R, fact="£412,000"),
      ]),
    L("history", "history/GHA-FOI-2022-046.pdf", "gha_2022_damp.html",
      "chromium_pdf", GHA, "GHA/FOI/2022/046", "2022-11-23", "2022-10-26", "FOISA",
      "interleaved", [
          Q("P1.Q1", "damp.complaints", R, fact="402"),
          Q("P1.Q2", "damp.shqs_fails", NH, ["foisa:s17(1)"]),
          Q("P1.Q3", "damp.repair_days", R, fact="31 days"),
          Q("P1.Q4", "damp.spend", R, fact="£530,500"),
          Q("P1.Q5", "damp.survey_contractor", R, fact="Caledon Property Diagnostics Ltd"),
      ]),
    L("history", "history/GHA-FOI-2024-051.docx", "gha_2024_damp.html",
      "docx", GHA, "GHA-FOI-2024-051", "2024-06-12", "2024-05-15", "FOISA",
      "table", [
          Q("P1.Q1", "damp.complaints", R, fact="655"),
          Q("P1.Q2", "damp.shqs_fails", R, fact="14"),
          Q("P1.Q3", "damp.repair_days", R, fact="24 days"),
          Q("P1.Q4", "damp.spend", R, fact="£1.02m"),
          Q("P1.Q5", "damp.survey_contractor", R, fact="Caledon Property Diagnostics Ltd"),
          Q("P1.Q6", "damp.spso", R, fact="9"),
      ]),
    L("history", "history/FOI-21-0033.md", "gha_2021_ict.md",
      "copy", GHA, "FOI-21-0033", "2021-05-19", "2021-04-21", "FOISA",
      "interleaved", [
          Q("P1.Q1", "ict.hms.supplier", R, fact="Tenancia Systems Ltd"),
          Q("P1.Q2", "ict.hms.value", W, ["foisa:s33(1)(b)"]),
          Q("P1.Q3", "ict.hms.expiry", R, fact="31 March 2024"),
          Q("P1.Q4", "ict.crm", R, fact="Tenancia"),
          Q("P1.Q5", "ict.staff", R, fact="11"),
      ]),
    L("history", "history/GHA-FOI-2024-019.pdf", "gha_2024_ict.html",
      "lo_pdf_gs", GHA, "GHA-FOI-2024-019", "2024-02-07", "2024-01-10", "FOISA",
      "restate_then_answer", [
          Q("P1.Q1", "ict.hms.supplier", R, fact="Tenancia Systems Ltd"),
          Q("P1.Q2", "ict.hms.value", W, ["foisa:s33(1)(b)"]),
          Q("P1.Q3", "ict.hms.expiry", R, fact="31 March 2027"),
          Q("P1.Q4", "ict.crm", R, fact="Tenancia"),
          Q("P1.Q5", "ict.staff", R, fact="13"),
          Q("P1.Q6", "ict.hms.contact", PR, ["foisa:s38(1)(b)"], fact="Head of Digital Services"),
      ]),
    L("history", "history/gha-foi-2023-028.html", "gha_2023_cyber.html",
      "copy", GHA, "GHA-FOI-2023-028", "2023-04-26", "2023-03-29", "FOISA",
      "you_asked_disclosure_log", [
          Q("P1.Q1", "cyber.ransomware", R, fact="No"),
          Q("P1.Q2", "cyber.phishing_blocked", NH, ["foisa:s17(1)"]),
          Q("P1.Q3", "cyber.insurance", W, ["foisa:s35(1)(a)"]),
          Q("P1.Q4", "cyber.certification", R, fact="Cyber Essentials Plus"),
      ]),
    L("history", "history/FOI-21-0102.txt", "gha_2021_rent.txt",
      "copy", GHA, "FOI-21-0102", "2021-12-08", "2021-11-10", "FOISA",
      "restate_then_answer", [
          Q("P1.Q1", "rent.arrears_count", R, fact="1,146"),
          Q("P1.Q2", "rent.arrears_total", R, fact="£1.87m"),
          Q("P1.Q3", "rent.evictions", R, fact="3"),
      ]),

    # ==================================================================
    # Drafts
    # ==================================================================
    L("draft", "drafts/CAS-318842-R2V8K1_draft.docx", "draft_hav_2025_ict.html",
      "docx", HAV, "CAS-318842-R2V8K1", "2025-11-12", "2025-10-15", "FOIA",
      "interleaved_parts", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Halcyon CX Ltd"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£91,300"),
          Q("P1.Q3", "ict.cc.duration", R, fact="4 years"),
          Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2027"),
          Q("P1.Q5", "ict.cc.review", NH),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", W, ["s40(2)"]),
          Q("P1.Q8", "ict.cc.agents", R, fact="55"),
          Q("P1.Q9", "ict.email_users", R, fact="3,400"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Tellurian Networks plc"),
          Q("P2.Q2", "ict.inbound.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="30 June 2025"),
          Q("P2.Q4", "ict.inbound.review", R),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", W, ["s40(2)"]),
      ]),
    L("draft", "drafts/CAS-322907-L4N6B3_DRAFT.pdf", "draft_hav_2025_cctv.html",
      "lo_pdf", HAV, "CAS-322907-L4N6B3", "2025-12-03", "2025-11-05", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "cctv.count", R, fact="131"),
          Q("P1.Q2", "cctv.redeployable", R, fact="18"),
          Q("P1.Q3", "cctv.monitoring", R, fact="Sentinel Watch Services Ltd"),
          Q("P1.Q4", "cctv.monitoring_value", W, ["s43(2)"]),
          Q("P1.Q5", "cctv.police_requests", RF, ["s12(1)"]),
          Q("P1.Q6", "cctv.facial_recognition", R, fact="No"),
          Q("P1.Q7", "bwv.count", R, fact="46"),
          Q("P1.Q8", "bwv.retention", R, fact="31 days"),
      ]),
    L("draft", "drafts/CAS-309115-P3K7D2 draft response.pdf", "draft_hav_2025_agency.html",
      "chromium_pdf", HAV, "CAS-309115-P3K7D2", "2025-09-24", "2025-08-27", "FOIA",
      "table", [
          Q("P1.Q1", "agency.spend_total", R),
          Q("P1.Q2", "agency.ir35", NH),
          Q("P1.Q3", "agency.provider", R, fact="Brookfield Talent Solutions"),
          Q("P1.Q4", "agency.headcount", R),
          Q("P1.Q5", "agency.spend_by_dept", R),
          Q("P1.Q6", "agency.highest_day_rate", W, ["s40(2)"]),
      ], consistent=True),
    L("draft", "drafts/FOI-2025-2093 DRAFT.docx", "draft_mvp_2025_drones.html",
      "docx", MVP, "FOI-2025-2093", "2025-10-08", "2025-09-10", "FOIA",
      "interleaved", [
          Q("P1.Q1", "drone.use", R, fact="Yes"),
          Q("P1.Q2", "drone.count", R, fact="14"),
          Q("P1.Q3", "drone.models", W, ["s31(1)(a)"]),
          Q("P1.Q4", "drone.spend", R, ["s21"]),
          Q("P1.Q5", "drone.deployments", PR, ["s31(1)(a)"], fact="902"),
          Q("P1.Q6", "drone.covert", R, fact="No"),
          Q("P1.Q7", "drone.pilots", R, fact="31"),
      ], as_of="2021-01-01"),
    L("draft", "drafts/FOI-2025-1766_draft_v2.pdf", "draft_mvp_2025_ict.html",
      "lo_pdf", MVP, "FOI-2025-1766", "2025-08-20", "2025-07-23", "FOIA",
      "interleaved_parts", [
          Q("P1.Q1", "ict.cc.supplier", W, S31AB),
          Q("P1.Q2", "ict.cc.spend", R, fact="£162,000"),
          Q("P1.Q3", "ict.cc.duration", W, S31AB),
          Q("P1.Q4", "ict.cc.expiry", W, S31AB),
          Q("P1.Q5", "ict.cc.review", W, S31AB),
          Q("P1.Q6", "ict.cc.description", W, S31AB),
          Q("P1.Q7", "ict.cc.contact", R, fact="ictcontracts@merciavale.police.uk"),
          Q("P1.Q8", "ict.cc.agents", W, S31AB),
          Q("P1.Q9", "ict.cc.sites", W, S31AB),
          Q("P1.Q10", "ict.cc.manufacturer", W, S31AB),
          Q("P1.Q11", "ict.email_users", R, fact="5,100"),
          Q("P2.Q1", "ict.inbound.supplier", W, S31AB),
          Q("P2.Q2", "ict.inbound.spend", W, S31AB),
          Q("P2.Q3", "ict.inbound.expiry", W, S31AB),
          Q("P2.Q4", "ict.inbound.review", W, S31AB),
          Q("P2.Q5", "ict.inbound.description", W, S31AB),
          Q("P2.Q6", "ict.inbound.contact", R, fact="ictcontracts@merciavale.police.uk"),
      ]),
    L("draft", "drafts/FOI-2026-0142_request.txt", "draft_mvp_2026_staff_request.txt",
      "copy", MVP, "FOI-2026-0142", "2026-01-12", "2026-01-12", "FOIA",
      "bare_request", [
          Q("P1.Q1", "staff.officers", U),
          Q("P1.Q2", "staff.pcsos", U),
          Q("P1.Q3", "staff.call_handlers", U),
          Q("P1.Q4", "staff.specials", U),
          Q("P1.Q5", "staff.detectives", U),
      ], bare=True),
    L("draft", "drafts/FOI-2025-2310_draft.md", "draft_mvp_2025_fleet.md",
      "copy", MVP, "FOI-2025-2310", "2025-11-26", "2025-10-29", "FOIA",
      "interleaved", [
          Q("P1.Q1", "fleet.count", R),
          Q("P1.Q2", "fleet.leased", R, fact="112"),
          Q("P1.Q3", "fleet.ev", R),
          Q("P1.Q4", "fleet.unmarked", N, ["s31(3)"]),
          Q("P1.Q5", "fleet.collisions", R),
          Q("P1.Q6", "fleet.maintenance", R, fact="In-house"),
          Q("P1.Q7", "fleet.pursuits", PR, ["s31(1)(a)"], fact="163"),
      ]),
    L("draft", "drafts/HNPA-2025-114_draft.pdf", "draft_hnpa_2025_peat.html",
      "chromium_pdf", HNPA, "HNPA-2025-114", "2025-09-17", "2025-08-20", "EIR",
      "restate_then_answer", [
          Q("P1.Q1", "peat.area_restored", R, ["reg6(1)(b)"]),
          Q("P1.Q2", "peat.contractor", R, fact="Moorcare Ecological Ltd"),
          Q("P1.Q3", "peat.contract_value", W, ["reg12(5)(e)"]),
          Q("P1.Q4", "peat.funding", R),
          Q("P1.Q5", "peat.carbon_reports", R, ["reg6(1)(b)"]),
          Q("P1.Q6", "peat.landowners", W, ["reg13(1)"]),
      ]),
    L("draft", "drafts/HNPA-2026-008_draft.txt", "draft_hnpa_2026_parking.txt",
      "copy", HNPA, "HNPA-2026-008", "2026-02-04", "2026-01-07", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "parking.car_parks", R, fact="16"),
          Q("P1.Q2", "parking.income", R, ["s21"]),
          Q("P1.Q3", "parking.pcns", R),
          Q("P1.Q4", "parking.contractor", R, fact="Dalesguard Parking Services Ltd"),
          Q("P1.Q5", "parking.contract_value", R, ["s22"]),
          Q("P1.Q6", "parking.ev_chargers", R, fact="22"),
      ]),
    L("draft", "drafts/GHA-FOI-2025-077_draft.docx", "draft_gha_2025_ict.html",
      "docx", GHA, "GHA-FOI-2025-077", "2025-10-22", "2025-09-24", "FOISA",
      "interleaved", [
          Q("P1.Q1", "ict.hms.supplier", R, fact="Tenancia Systems Ltd"),
          Q("P1.Q2", "ict.hms.value", W, ["foisa:s30(c)"]),
          Q("P1.Q3", "ict.hms.expiry", R, fact="31 March 2027"),
          Q("P1.Q4", "ict.crm", R, fact="Tenancia"),
          Q("P1.Q5", "ict.staff", R, fact="13"),
          Q("P1.Q6", "ict.hms.contact", R, fact="Head of Digital Services"),
          Q("P1.Q7", "cyber.ransomware", N, ["foisa:s18(1)", "foisa:s35(1)(a)"]),
      ]),
    L("draft", "drafts/GHA-FOI-2026-009_draft.pdf", "draft_gha_2026_damp.html",
      "lo_pdf_gs", GHA, "GHA-FOI-2026-009", "2026-02-18", "2026-01-21", "FOISA",
      "restate_then_answer", [
          Q("P1.Q1", "damp.complaints", R),
          Q("P1.Q2", "damp.shqs_fails", NH, ["foisa:s17(1)"]),
          Q("P1.Q3", "damp.repair_days", R, fact="24 days"),
          Q("P1.Q4", "damp.spend", R, fact="£1.3m"),
          Q("P1.Q5", "damp.survey_contractor", W, ["foisa:s33(1)(b)"]),
          Q("P1.Q6", "damp.spso", R, ["foisa:s25(1)"]),
      ]),
]

DESCRIPTION = (
    "Set AQ: four invented authorities (a London borough council, a Midlands "
    "police force, a national park authority and a Scottish housing "
    "association under FOISA); 40 history letters 2017-2025 in round-robin "
    "families (ICT contact-centre and inbound-network contracts, CCTV, body-"
    "worn video look-alike, agency spend, cyber incidents, drones, fleet, "
    "staff numbers with call handlers, public health funerals, parking, "
    "peatland, damp and mould) and 11 drafts 2025-2026: one bare request, one "
    "consistent repeat, one EIR regime change, one draft checked with as_of "
    "before part of its history.")

# ----------------------------------------------------------------------
# Expectation derived from the truth only
# ----------------------------------------------------------------------
HELD = {R, PR, W}


def family(ex):
    """Map an exemption to its cross-regime meaning (HOUSE-STYLES table)."""
    e = ex.replace("foisa:", "F:")
    table = [
        (r"^s43", "commercial"), (r"^reg12\(5\)\(e\)", "commercial"), (r"^F:s33", "commercial"),
        (r"^s40", "personal"), (r"^reg13", "personal"), (r"^F:s38", "personal"),
        (r"^s31", "law"), (r"^reg12\(5\)\(b\)", "law"), (r"^F:s35", "law"),
        (r"^s24", "natsec"), (r"^reg12\(5\)\(a\)", "natsec"), (r"^F:s31", "natsec"),
        (r"^s36", "public_affairs"), (r"^reg12\(4\)\(e\)", "public_affairs"), (r"^F:s30", "public_affairs"),
        (r"^s21", "accessible"), (r"^reg6\(1\)\(b\)", "accessible"), (r"^F:s25", "accessible"),
        (r"^s22", "future"), (r"^reg12\(4\)\(d\)", "future"), (r"^F:s27", "future"),
        (r"^s41", "confidence"),
    ]
    for pat, fam in table:
        if re.search(pat, e):
            return fam
    raise ValueError("no family for " + ex)


def norm_fact(f):
    return re.sub(r"[^0-9a-z£.]", "", f.lower())


def classify(prev, cur, same_regime):
    p, c = prev["stance"], cur["stance"]
    if U in (p, c):
        return None
    if c == N and p in (R, PR, W, NH):
        return ("ncnd_inconsistent", "high")
    if p == N and c in (R, PR, W, NH):
        return ("ncnd_inconsistent", "medium")
    if p in (R, PR) and c in (W, RF):
        return ("newly_withheld", "high")
    if p == R and c == PR:
        return ("partly_withheld", "medium")
    if p == W and c in (R, PR):
        return ("newly_released", "medium")
    if p == W and c == W:
        fp = {family(e) for e in prev["exemptions"]}
        fc = {family(e) for e in cur["exemptions"]}
        if same_regime:
            # the design avoids pairs where exact sections and families disagree
            assert (set(prev["exemptions"]) == set(cur["exemptions"])) == (fp == fc), (prev, cur)
        if fp != fc:
            return ("exemption_changed", "medium")
        return None
    if p in HELD and c == NH:
        return ("held_status_changed", "high")
    if p == NH and c in HELD:
        return ("held_status_changed", "medium")
    if p == R and c == R and prev["fact"] and cur["fact"]:
        if norm_fact(prev["fact"]) != norm_fact(cur["fact"]):
            return ("answer_changed", "low")
    return None


def derive():
    hist = [x for x in LETTERS if x["kind"] == "history"]
    drafts = [x for x in LETTERS if x["kind"] == "draft"]
    out = {"description": DESCRIPTION, "drafts": {}}
    for d in drafts:
        cutoff = d["as_of"] or d["date"]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        if d["consistent"]:
            entry["consistent"] = True
        matches, findings = {}, []
        for q in d["questions"]:
            cands = []
            for h in hist:
                if h["authority"] != d["authority"] or not h["date"] < cutoff:
                    continue
                for hq in h["questions"]:
                    if hq["concept"] == q["concept"]:
                        cands.append((h, hq))
            cands.sort(key=lambda t: (t[0]["date"], t[1]["id"]), reverse=True)
            if len(cands) > 1:
                assert cands[0][0]["date"] != cands[1][0]["date"], ("tie", d["file"], q["id"])
            matches[q["id"]] = [h["reference"] + " " + hq["id"] for h, hq in cands]
            if d["bare"] or not cands:
                continue
            h, hq = cands[0]
            k = classify(hq, q, h["regime"] == d["regime"])
            if k:
                findings.append({"kind": k[0], "severity": k[1], "question_id": q["id"],
                                 "precedent": h["reference"] + " " + hq["id"]})
        entry["matches"] = matches
        entry["findings"] = findings
        if d["consistent"]:
            assert not findings, d["file"]
        if d["bare"]:
            assert all(q["stance"] == U for q in d["questions"])
        out["drafts"][os.path.basename(d["file"])] = entry
    return out


def check_truth():
    refs = set()
    for x in LETTERS:
        key = (x["authority"], x["reference"])
        assert key not in refs, key
        refs.add(key)
        assert x["received"] <= x["date"], x["file"]
        ids = [q["id"] for q in x["questions"]]
        assert len(ids) == len(set(ids)), x["file"]
        concepts = [q["concept"] for q in x["questions"]]
        assert len(concepts) == len(set(concepts)), x["file"]
        for q in x["questions"]:
            assert q["stance"] in (R, PR, W, N, NH, RF, U), q
            if q["stance"] in (PR, W, N, RF):
                assert q["exemptions"], (x["file"], q)
            if q["fact"] is not None:
                assert q["stance"] in (R, PR), (x["file"], q)
        if x["kind"] == "history":
            assert "2017-01-01" <= x["date"] <= "2025-12-31", x["file"]
        else:
            assert "2025-01-01" <= x["date"] <= "2026-12-31", x["file"]
    nh = sum(1 for x in LETTERS if x["kind"] == "history")
    nd = sum(1 for x in LETTERS if x["kind"] == "draft")
    assert (nh, nd) == (40, 11), (nh, nd)


# ----------------------------------------------------------------------
# Rendering with real producers
# ----------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        raise SystemExit("failed: " + " ".join(cmd))
    return r


def lo_convert(src, target_ext, filt):
    """One LibreOffice conversion at a time; returns the produced path."""
    outdir = os.path.join(BUILD, "lo")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target_ext + ":" + filt,
         "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + target_ext)


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(BUILD, "chrome-profile"),
         "--print-to-pdf=" + out, "file://" + src])


def gs_redistil(src, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, src])


def ocr_scan(pdf, out):
    d = os.path.join(BUILD, "ocr", os.path.splitext(os.path.basename(out))[0])
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(d, "page-%02d.png"), pdf])
    pages = sorted(p for p in os.listdir(d) if p.endswith(".png"))
    lst = os.path.join(d, "list.txt")
    with open(lst, "w") as f:
        f.write("".join(os.path.join(d, p) + "\n" for p in pages))
    base = os.path.join(d, "out")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.copyfile(base + ".pdf", out)


def render(x):
    src = os.path.join(SRC, x["src"])
    out = os.path.join(ROOT, x["file"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    p = x["producer"]
    if p == "copy":
        shutil.copyfile(src, out)
    elif p == "lo_pdf":
        shutil.copyfile(lo_convert(src, "pdf", "writer_pdf_Export"), out)
    elif p == "lo_pdf_gs":
        gs_redistil(lo_convert(src, "pdf", "writer_pdf_Export"), out)
    elif p == "docx":
        shutil.copyfile(lo_convert(src, "docx", "MS Word 2007 XML"), out)
    elif p == "chromium_pdf":
        chromium_pdf(src, out)
    elif p == "chromium_pdf_gs":
        tmp = os.path.join(BUILD, "chromium-" + os.path.basename(x["src"]) + ".pdf")
        chromium_pdf(src, tmp)
        gs_redistil(tmp, out)
    elif p == "ocr_scan":
        ocr_scan(lo_convert(src, "pdf", "writer_pdf_Export"), out)
    else:
        raise ValueError(p)


def main():
    check_truth()
    if "--no-render" not in sys.argv:
        os.makedirs(BUILD, exist_ok=True)
        for d in ("history", "drafts"):
            p = os.path.join(ROOT, d)
            if os.path.isdir(p):
                shutil.rmtree(p)
        for x in LETTERS:
            print("render", x["file"], file=sys.stderr)
            render(x)
    truth = {"letters": [{k: v for k, v in x.items() if k != "consistent" or x["kind"] == "draft"}
                         for x in LETTERS]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    exp = derive()
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write("\n")
    nm = sum(len(v) for e in exp["drafts"].values() for v in e["matches"].values())
    kinds = {}
    for e in exp["drafts"].values():
        for fd in e["findings"]:
            kinds[fd["kind"]] = kinds.get(fd["kind"], 0) + 1
    print("history", sum(1 for x in LETTERS if x["kind"] == "history"),
          "drafts", sum(1 for x in LETTERS if x["kind"] == "draft"),
          "matches", nm, "findings", sum(kinds.values()), kinds)


if __name__ == "__main__":
    main()
