#!/usr/bin/env python3
"""Test set AN: four invented UK authorities, 40 history letters, 11 drafts.

Holds the truth of every letter, renders gen/src/* into history/ and drafts/
with real producers (LibreOffice, Chromium, Ghostscript, Tesseract), writes
gen/truth.json and derives expect.json from the truth only.

Standard library only.  Run from anywhere:  python3 gen/make.py
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file://" + os.path.join(ROOT, ".lo_profile")

RMBC = "Ravensmoor Metropolitan Borough Council"
SMPS = "Sperrin and Mourne Police Service"
KVH = "Kestrel Valley Hospitals NHS Foundation Trust"
HNPA = "Harrowdale National Park Authority"


def Q(qid, concept, stance, ex=(), fact=None):
    return {"id": qid, "concept": concept, "stance": stance,
            "exemptions": sorted(ex), "fact": fact}


def L(key, src, out, producer, authority, reference, date, received, regime,
      layout, questions, as_of=None, bare=False, consistent=False):
    return {"key": key, "src": src, "file": out, "producer": producer,
            "authority": authority, "reference": reference, "date": date,
            "received": received, "regime": regime, "layout": layout,
            "as_of": as_of, "bare": bare, "consistent": consistent,
            "questions": questions}


R, PR, W, NC, NH, RF, UN = ("released", "partially_released", "withheld",
                            "ncnd", "not_held", "refused", "unknown")
S31AB = ["s31(1)(a)", "s31(1)(b)"]
S24_31 = ["s24(1)", "s31(1)(a)"]
NCND = ["s24(2)", "s31(3)"]
SB_EMAIL = "ictcontracts@sperrinmourne.police.uk"

LETTERS = [
    # ------------------------------------------------------------------
    # Ravensmoor Metropolitan Borough Council
    # ------------------------------------------------------------------
    L("A01", "A01_rmbc_2018_0233.html", "history/RMBC_FOI_2018_0233_response.pdf",
      "libreoffice_pdf", RMBC, "RMBC/FOI/2018/0233", "2018-03-14", "2018-02-19",
      "FOIA", "restate_then_answer (one numbering for both contracts, keyed Q1 -)", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Corvane Systems Ltd"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£48,200"),
          Q("P1.Q3", "ict.cc.expiry", R, fact="31 March 2020"),
          Q("P1.Q4", "ict.cc.review", R, fact="September 2019"),
          Q("P1.Q5", "ict.cc.description", R),
          Q("P1.Q6", "ict.cc.contact", PR, ["s40(2)"], "ICT Commissioning Manager"),
          Q("P1.Q7", "ict.cc.agents", R, fact="64"),
          Q("P1.Q8", "ict.inbound.supplier", R, fact="Tellwright Communications"),
          Q("P1.Q9", "ict.inbound.spend", R, fact="£12,750"),
          Q("P1.Q10", "ict.inbound.expiry", R, fact="30 June 2019"),
          Q("P1.Q11", "ict.inbound.description", R),
          Q("P1.Q12", "ict.inbound.contact", PR, ["s40(2)"], "ICT Commissioning Manager"),
      ]),
    L("A02", "A02_rmbc_2020_1187.html", "history/FOI-2020-1187 response.docx",
      "libreoffice_docx", RMBC, "RMBC/FOI/2020/1187", "2020-06-02", "2020-05-06",
      "FOIA", "interleaved (auto-numbered lists, two parts restarting)", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Corvane Systems Ltd"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£51,900"),
          Q("P1.Q3", "ict.cc.duration", R, fact="3 years, extended by 12 months"),
          Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2021"),
          Q("P1.Q5", "ict.cc.review", R, fact="December 2020"),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", PR, ["s40(2)"], "ICT Commissioning Manager"),
          Q("P1.Q8", "ict.cc.agents", R, fact="58"),
          Q("P1.Q9", "ict.cc.sites", R, fact="2"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Tellwright Communications"),
          Q("P2.Q2", "ict.inbound.spend", R, fact="£13,100"),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="30 June 2022"),
          Q("P2.Q4", "ict.inbound.review", R, fact="January 2022"),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", PR, ["s40(2)"], "ICT Commissioning Manager"),
      ]),
    L("A03", "A03_rmbc_22_03318.html", "history/FOI-22-03318.pdf",
      "chromium_pdf", RMBC, "FOI-22-03318", "2022-09-20", "2022-08-23",
      "FOIA", "table (Contract 1 / Contract 2, numbering restarts)", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Corvane Systems Ltd"),
          Q("P1.Q2", "ict.cc.spend", W, ["s43(2)"]),
          Q("P1.Q3", "ict.cc.duration", R, fact="3 years plus 2 x 12-month extensions"),
          Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2025"),
          Q("P1.Q5", "ict.cc.review", R, fact="Autumn 2024"),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", PR, ["s40(2)"], "Head of Customer Services"),
          Q("P1.Q8", "ict.cc.agents", R, fact="55"),
          Q("P1.Q9", "ict.cc.sites", R, fact="2"),
          Q("P1.Q10", "ict.cc.manufacturer", R, fact="Corvane"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Tellwright Communications"),
          Q("P2.Q2", "ict.inbound.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="30 June 2024"),
          Q("P2.Q4", "ict.inbound.review", R, fact="January 2024"),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", PR, ["s40(2)"], "Head of Customer Services"),
      ]),
    L("A04", "A04_rmbc_24_01542.html", "history/RMBC-FOI-24-01542.pdf",
      "libreoffice_pdf", RMBC, "FOI-24-01542", "2024-05-08", "2024-04-10",
      "FOIA", "restate_then_answer (grouped exemption paragraph, keyed Question N)", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Brightlane Cloud Ltd"),
          Q("P1.Q2", "ict.cc.spend", W, ["s43(2)"]),
          Q("P1.Q3", "ict.cc.duration", R, fact="3 years with an option to extend for 1 year"),
          Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2026"),
          Q("P1.Q5", "ict.cc.review", R, fact="October 2025"),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", PR, ["s40(2)"], "Head of Customer Services"),
          Q("P1.Q8", "ict.cc.agents", R, fact="52"),
          Q("P1.Q9", "ict.cc.sites", R, fact="2"),
          Q("P1.Q10", "ict.cc.manufacturer", R, fact="Brightlane"),
          Q("P1.Q11", "ict.email_users", R, fact="4,350"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Tellwright Communications"),
          Q("P2.Q2", "ict.inbound.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="30 June 2027"),
          Q("P2.Q4", "ict.inbound.review", R, fact="January 2027"),
          Q("P2.Q5", "ict.inbound.description", R),
          Q("P2.Q6", "ict.inbound.contact", PR, ["s40(2)"], "Head of Customer Services"),
      ]),
    L("A05", "A05_rmbc_2019_0061.txt", "history/rmbc-foi-2019-0061.txt",
      "copy", RMBC, "RMBC/FOI/2019/0061", "2019-01-23", "2018-12-28",
      "FOIA", "you_asked / our_response (plain text)", [
          Q("P1.Q1", "cctv.count", R, fact="142"),
          Q("P1.Q2", "cctv.monitored", R, fact="24 hours a day, 7 days a week"),
          Q("P1.Q3", "cctv.cost", R, fact="£386,000"),
          Q("P1.Q4", "cctv.facial_recognition", R, fact="No"),
      ]),
    L("A06", "A06_rmbc_21_02210.html", "history/disclosure-log-FOI-21-02210.html",
      "copy", RMBC, "FOI-21-02210", "2021-07-12", "2021-06-14",
      "FOIA", "disclosure_log (request list, response list)", [
          Q("P1.Q1", "cctv.count", R, fact="156"),
          Q("P1.Q2", "cctv.redeployable", R, fact="18"),
          Q("P1.Q3", "cctv.cost", R, fact="£402,500"),
          Q("P1.Q4", "cctv.locations", R, ["s21"]),
          Q("P1.Q5", "cctv.monitored", R, fact="7am to midnight"),
      ]),
    L("A07", "A07_rmbc_22_00519.html", "history/FOI-22-00519.pdf",
      "gs_libreoffice", RMBC, "FOI-22-00519", "2022-02-15", "2022-01-20",
      "FOIA", "interleaved (Q1/A1); body-worn video look-alike of CCTV", [
          Q("P1.Q1", "bwv.count", R, fact="24"),
          Q("P1.Q2", "bwv.supplier", R, fact="Vantor Body Cameras Ltd"),
          Q("P1.Q3", "bwv.retention", R, fact="31 days"),
          Q("P1.Q4", "bwv.police_requests", NH),
      ]),
    L("A08", "A08_rmbc_cas_23114.html", "history/CAS-23114-R8W2D5.pdf",
      "libreoffice_pdf", RMBC, "CAS-23114-R8W2D5", "2023-11-06", "2023-10-09",
      "FOIA", "you_asked / our_response", [
          Q("P1.Q1", "cctv.count", R, fact="171"),
          Q("P1.Q2", "cctv.monitored", R, fact="7am to midnight"),
          Q("P1.Q3", "cctv.cost", R, fact="£441,900"),
          Q("P1.Q4", "cctv.facial_recognition", R, fact="No"),
          Q("P1.Q5", "cctv.upgrade", W, ["s43(2)"]),
      ]),
    L("A09", "A09_rmbc_2017_0874_scan.html", "history/scan_RMBC_FOI_2017_0874.pdf",
      "ocr_scan", RMBC, "RMBC/FOI/2017/0874", "2017-08-30", "2017-08-02",
      "FOIA", "restate_then_answer (scanned letter, OCR text layer)", [
          Q("P1.Q1", "agency.sw_spend", R, fact="£2.31m"),
          Q("P1.Q2", "agency.sw_count", R, fact="38"),
          Q("P1.Q3", "agency.names", R,
            fact="Sterling Care Recruitment, Pinnacle Social Work Ltd and Northway Locums"),
      ]),
    L("A10", "A10_rmbc_2019_1342.html", "history/RMBC-FOI-2019-1342.docx",
      "libreoffice_docx", RMBC, "RMBC/FOI/2019/1342", "2019-10-02", "2019-09-04",
      "FOIA", "restate_then_answer (two auto-numbered lists: questions, then answers)", [
          Q("P1.Q1", "agency.sw_spend", R, fact="£2.87m"),
          Q("P1.Q2", "agency.sw_count", R, fact="44"),
          Q("P1.Q3", "agency.names", W, ["s43(2)"]),
          Q("P1.Q4", "agency.max_rate", R, fact="£48.50"),
          Q("P1.Q5", "agency.perm_vacancies", R, fact="29"),
      ]),
    L("A11", "A11_rmbc_cas_23031.html", "history/CAS-23031-M4T7J1.pdf",
      "chromium_pdf", RMBC, "CAS-23031-M4T7J1", "2023-03-28", "2023-03-01",
      "FOIA", "grouped (table for questions 1, 2 and 4; one exemption for questions 3 and 5)", [
          Q("P1.Q1", "agency.sw_spend", R, fact="£3.94m"),
          Q("P1.Q2", "agency.sw_count", R, fact="51"),
          Q("P1.Q3", "agency.names", W, ["s43(2)"]),
          Q("P1.Q4", "agency.max_rate", R, fact="£55.00"),
          Q("P1.Q5", "agency.msp_value", W, ["s43(2)"]),
      ]),
    L("A12", "A12_rmbc_eir_2020_0117.md", "history/EIR-2020-0117.md",
      "copy", RMBC, "EIR/2020/0117", "2020-11-18", "2020-10-21",
      "EIR", "restate_then_answer (markdown; reg 6(1)(b) only mentioned)", [
          Q("P1.Q1", "aq.diffusion_tubes", R, fact="64"),
          Q("P1.Q2", "aq.exceedances", R, fact="3"),
          Q("P1.Q3", "aq.aqma_count", R, fact="2"),
      ]),
    # drafts -------------------------------------------------------------
    L("DA1", "DA1_rmbc_25_03907.html", "drafts/RMBC FOI-25-03907 draft.docx",
      "libreoffice_docx", RMBC, "FOI-25-03907", "2025-10-21", "2025-09-24",
      "FOIA", "interleaved (auto-numbered, two parts; question inserted at P1.Q2)", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Brightlane Cloud Ltd"),
          Q("P1.Q2", "ict.cc.hosting", R, fact="Hosted (cloud)"),
          Q("P1.Q3", "ict.cc.spend", R, fact="£58,400"),
          Q("P1.Q4", "ict.cc.duration", R, fact="3 years with an option to extend for 1 year"),
          Q("P1.Q5", "ict.cc.expiry", R, fact="31 March 2027"),
          Q("P1.Q6", "ict.cc.description", R),
          Q("P1.Q7", "ict.cc.contact", PR, ["s40(2)"], "Head of Customer Services"),
          Q("P1.Q8", "ict.cc.agents", R, fact="52"),
          Q("P1.Q9", "ict.cc.manufacturer", R, fact="Brightlane"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Tellwright Communications"),
          Q("P2.Q2", "ict.inbound.spend", W, ["s43(2)"]),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="30 June 2027"),
          Q("P2.Q4", "ict.inbound.description", R),
          Q("P2.Q5", "ict.inbound.contact", W, ["s40(2)"]),
      ]),
    L("DA2", "DA2_rmbc_cas_25120.html", "drafts/CAS-25120-T3N6B1 draft.pdf",
      "libreoffice_pdf", RMBC, "CAS-25120-T3N6B1", "2025-12-03", "2025-11-05",
      "FOIA", "restate_then_answer (CCTV and body-worn video in one request)", [
          Q("P1.Q1", "cctv.count", R, fact="171"),
          Q("P1.Q2", "cctv.monitored", R, fact="7am to midnight"),
          Q("P1.Q3", "cctv.locations", W, ["s31(1)(a)"]),
          Q("P1.Q4", "cctv.upgrade", W, ["s31(1)(a)"]),
          Q("P1.Q5", "bwv.count", R, fact="24"),
          Q("P1.Q6", "bwv.retention", R, fact="31 days"),
      ]),
    L("DA3", "DA3_rmbc_cas_26012.md", "drafts/CAS-26012-P9K4L2-draft.md",
      "copy", RMBC, "CAS-26012-P9K4L2", "2026-02-10", "2026-01-13",
      "FOIA", "interleaved (Question N / Response, markdown)", [
          Q("P1.Q1", "agency.sw_spend", R, fact="£3.12m"),
          Q("P1.Q2", "agency.sw_count", PR, ["s40(2)"], "46"),
          Q("P1.Q3", "agency.names", W, ["s43(2)"]),
          Q("P1.Q4", "agency.max_rate", R, fact="£55.00"),
          Q("P1.Q5", "agency.msp_name", R, fact="Caldera Workforce Solutions"),
      ]),
    # ------------------------------------------------------------------
    # Sperrin and Mourne Police Service (Northern Ireland, FOIA)
    # ------------------------------------------------------------------
    L("B01", "B01_smps_19_0412.html", "history/SMP-FOI-19-0412.pdf",
      "libreoffice_pdf", SMPS, "SMP-FOI-19-0412", "2019-04-11", "2019-03-14",
      "FOIA", "restate_then_answer (two parts, answers under Part 1 / Part 2)", [
          Q("P1.Q1", "ict.cc.supplier", R, fact="Halden Networks"),
          Q("P1.Q2", "ict.cc.spend", R, fact="£36,400"),
          Q("P1.Q3", "ict.cc.expiry", R, fact="31 August 2021"),
          Q("P1.Q4", "ict.cc.review", R, fact="February 2021"),
          Q("P1.Q5", "ict.cc.description", R),
          Q("P1.Q6", "ict.cc.contact", PR, ["s40(2)"], "Head of ICT Infrastructure"),
          Q("P1.Q7", "ict.cc.agents", R, fact="40"),
          Q("P2.Q1", "ict.inbound.supplier", R, fact="Carrick Telecom"),
          Q("P2.Q2", "ict.inbound.spend", R, fact="£9,850"),
          Q("P2.Q3", "ict.inbound.expiry", R, fact="31 March 2022"),
          Q("P2.Q4", "ict.inbound.description", R),
          Q("P2.Q5", "ict.inbound.contact", PR, ["s40(2)"], "Head of ICT Infrastructure"),
      ]),
    L("B02", "B02_smps_22_1187.html", "history/FOI-22-1187_response.pdf",
      "chromium_pdf", SMPS, "FOI/22/1187", "2022-06-21", "2022-05-24",
      "FOIA", "decision_paragraph (exempt questions named by number and part; award banner on every page)", [
          Q("P1.Q1", "ict.cc.supplier", W, S31AB),
          Q("P1.Q2", "ict.cc.spend", NH),
          Q("P1.Q3", "ict.cc.duration", W, S31AB),
          Q("P1.Q4", "ict.cc.expiry", W, S31AB),
          Q("P1.Q5", "ict.cc.review", W, S31AB),
          Q("P1.Q6", "ict.cc.description", W, S31AB),
          Q("P1.Q7", "ict.cc.contact", R, fact=SB_EMAIL),
          Q("P1.Q8", "ict.cc.agents", W, S31AB),
          Q("P1.Q9", "ict.cc.sites", R, fact="2"),
          Q("P1.Q10", "ict.email_users", R, fact="2,900"),
          Q("P2.Q1", "ict.inbound.supplier", W, S31AB),
          Q("P2.Q2", "ict.inbound.spend", W, S31AB),
          Q("P2.Q3", "ict.inbound.expiry", W, S31AB),
          Q("P2.Q4", "ict.inbound.review", W, S31AB),
          Q("P2.Q5", "ict.inbound.description", W, S31AB),
          Q("P2.Q6", "ict.inbound.contact", R, fact=SB_EMAIL),
      ]),
    L("B03", "B03_smps_24_2011.html", "history/FOI-24-2011.pdf",
      "chromium_pdf", SMPS, "FOI/24/2011", "2024-09-03", "2024-08-06",
      "FOIA", "interleaved (Question N / Answer, two parts)", [
          Q("P1.Q1", "ict.cc.supplier", W, S24_31),
          Q("P1.Q2", "ict.cc.spend", NH),
          Q("P1.Q3", "ict.cc.duration", W, S24_31),
          Q("P1.Q4", "ict.cc.expiry", W, S24_31),
          Q("P1.Q5", "ict.cc.review", W, S24_31),
          Q("P1.Q6", "ict.cc.description", W, S24_31),
          Q("P1.Q7", "ict.cc.contact", R, fact=SB_EMAIL),
          Q("P1.Q8", "ict.cc.agents", W, ["s31(1)(a)"]),
          Q("P1.Q9", "ict.cc.sites", R, fact="2"),
          Q("P2.Q1", "ict.inbound.supplier", W, S24_31),
          Q("P2.Q2", "ict.inbound.spend", W, S24_31),
          Q("P2.Q3", "ict.inbound.expiry", W, S24_31),
          Q("P2.Q4", "ict.inbound.description", W, S24_31),
          Q("P2.Q5", "ict.inbound.contact", R, fact=SB_EMAIL),
      ]),
    L("B04", "B04_smps_20_0188.txt", "history/SMP-FOI-20-0188.txt",
      "copy", SMPS, "SMP-FOI-20-0188", "2020-02-27", "2020-01-30",
      "FOIA", "interleaved (Request N / Answer, plain text)", [
          Q("P1.Q1", "police.call_handlers", R, fact="112"),
          Q("P1.Q2", "police.999_calls", R, fact="84,210"),
          Q("P1.Q3", "police.999_answer_time", R, fact="7 seconds"),
      ]),
    L("B05", "B05_smps_25_0187.html", "history/foi-25-0187-call-handling.html",
      "copy", SMPS, "FOI/25/0187", "2025-02-11", "2025-01-14",
      "FOIA", "disclosure_log (Q1/A1 inside site chrome)", [
          Q("P1.Q1", "police.call_handlers", R, fact="104"),
          Q("P1.Q2", "police.999_calls", R, fact="91,335"),
          Q("P1.Q3", "police.999_answer_time", R, fact="9 seconds"),
          Q("P1.Q4", "police.call_handler_vacancies", R, fact="14"),
      ]),
    L("B06", "B06_smps_18_0533_scan.html", "history/scan_SMP-FOI-18-0533.pdf",
      "ocr_scan", SMPS, "SMP-FOI-18-0533", "2018-05-22", "2018-04-24",
      "FOIA", "restate_then_answer (scanned letter, OCR text layer)", [
          Q("P1.Q1", "police.drones.count", R, fact="3"),
          Q("P1.Q2", "police.drones.models", R, fact="Skyrane M4"),
          Q("P1.Q3", "police.drones.cost", R, fact="£58,000"),
          Q("P1.Q4", "police.drones.deployments", R, fact="61"),
      ]),
    L("B07", "B07_smps_21_0391.html", "history/FOI-21-0391.docx",
      "libreoffice_docx", SMPS, "FOI/21/0391", "2021-03-30", "2021-03-02",
      "FOIA", "interleaved (auto-numbered list, answer under each question)", [
          Q("P1.Q1", "police.drones.count", R, fact="6"),
          Q("P1.Q2", "police.drones.models", W, ["s31(1)(a)"]),
          Q("P1.Q3", "police.drones.cost", R, fact="£97,500"),
          Q("P1.Q4", "police.drones.deployments", R, fact="214"),
          Q("P1.Q5", "police.drones.pilots", R, fact="14"),
      ]),
    L("B08", "B08_smps_ir_23_041.html", "history/IR-23-041_outcome.pdf",
      "libreoffice_pdf", SMPS, "IR/23/041", "2023-12-05", "2023-11-07",
      "FOIA", "internal_review (original NCND on Q1 overturned; Q2 upheld)", [
          Q("P1.Q1", "police.drones.count", R, fact="9"),
          Q("P1.Q2", "police.drones.models", W, S24_31),
          Q("P1.Q3", "police.drones.deployments", R, fact="388"),
          Q("P1.Q4", "police.drones.pilots", R, fact="22"),
      ]),
    L("B09", "B09_smps_21_1580.html", "history/FOI-21-1580.pdf",
      "chromium_pdf", SMPS, "FOI/21/1580", "2021-11-09", "2021-10-12",
      "FOIA", "grouped (NCND for questions 1 and 2, then Question N headings)", [
          Q("P1.Q1", "cyber.ransomware_count", NC, NCND),
          Q("P1.Q2", "cyber.ransom_paid", NC, NCND),
          Q("P1.Q3", "cyber.spend", R, fact="£420,000"),
          Q("P1.Q4", "cyber.training", R, fact="Yes"),
      ]),
    L("B10", "B10_smps_24_0266.html", "history/FOI-24-0266.pdf",
      "gs_libreoffice", SMPS, "FOI/24/0266", "2024-02-20", "2024-01-23",
      "FOIA", "restate_then_answer (1) 2) numbering; grouped NCND 1) and 2))", [
          Q("P1.Q1", "cyber.ransomware_count", NC, NCND),
          Q("P1.Q2", "cyber.ransom_paid", NC, NCND),
          Q("P1.Q3", "cyber.spend", W, S24_31),
          Q("P1.Q4", "cyber.team_size", W, ["s31(1)(a)"]),
      ]),
    L("B11", "B11_smps_22_2043.md", "history/FOI-22-2043-fleet.md",
      "copy", SMPS, "FOI/22/2043", "2022-11-29", "2022-11-01",
      "FOIA", "interleaved (Request N / Response N, markdown)", [
          Q("P1.Q1", "fleet.total", R, fact="486"),
          Q("P1.Q2", "fleet.ev", R, fact="31"),
          Q("P1.Q3", "fleet.maintenance", R, fact="In-house Fleet Services"),
          Q("P1.Q4", "fleet.unmarked", W, ["s31(1)(a)"]),
      ]),
    # drafts -------------------------------------------------------------
    L("DB1", "DB1_smps_25_1304.html", "drafts/FOI-25-1304 DRAFT.pdf",
      "chromium_pdf", SMPS, "FOI/25/1304", "2025-07-15", "2025-06-17",
      "FOIA", "decision_paragraph (exempt and NCND questions named by number and part)", [
          Q("P1.Q1", "ict.cc.supplier", W, S24_31),
          Q("P1.Q2", "ict.cc.spend", R, fact="£39,800"),
          Q("P1.Q3", "ict.cc.duration", W, S24_31),
          Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2027"),
          Q("P1.Q5", "ict.cc.description", W, S24_31),
          Q("P1.Q6", "ict.cc.contact", R, fact=SB_EMAIL),
          Q("P1.Q7", "ict.cc.agents", W, ["s31(1)(a)"]),
          Q("P2.Q1", "ict.inbound.supplier", NC, NCND),
          Q("P2.Q2", "ict.inbound.spend", W, S24_31),
          Q("P2.Q3", "ict.inbound.expiry", W, S24_31),
          Q("P2.Q4", "ict.inbound.contact", R, fact=SB_EMAIL),
      ]),
    L("DB2", "DB2_smps_25_2218.html", "drafts/FOI-25-2218-draft.docx",
      "libreoffice_docx", SMPS, "FOI/25/2218", "2025-11-18", "2025-10-21",
      "FOIA", "interleaved (auto-numbered list); checked with as_of before later history", [
          Q("P1.Q1", "police.drones.count", W, S24_31),
          Q("P1.Q2", "police.drones.models", W, S24_31),
          Q("P1.Q3", "police.drones.deployments", R, fact="455"),
          Q("P1.Q4", "police.drones.pilots", NH),
          Q("P1.Q5", "police.drones.protests", NC, NCND),
      ], as_of="2022-12-01"),
    L("DB3", "DB3_smps_26_0042.md", "drafts/FOI-26-0042-draft.md",
      "copy", SMPS, "FOI/26/0042", "2026-01-20", "2025-12-19",
      "FOIA", "interleaved (### Question N / Answer, markdown)", [
          Q("P1.Q1", "cyber.ransomware_count", NC, NCND),
          Q("P1.Q2", "cyber.ransom_paid", R, fact="No"),
          Q("P1.Q3", "cyber.spend", PR, ["s31(1)(a)"], "£1.2m"),
          Q("P1.Q4", "cyber.team_size", W, ["s24(1)"]),
          Q("P1.Q5", "cyber.ico_reports", R, fact="3"),
          Q("P1.Q6", "cyber.training", R, fact="Yes"),
      ]),
    L("DB4", "DB4_smps_26_0311_request.txt", "drafts/incoming-request-2026-03-02.txt",
      "copy", SMPS, "FOI/26/0311", "2026-03-02", "2026-03-02",
      "FOIA", "bare_request (email, questions only)", [
          Q("P1.Q1", "police.call_handlers", UN),
          Q("P1.Q2", "police.999_calls", UN),
          Q("P1.Q3", "police.999_answer_time", UN),
          Q("P1.Q4", "police.101_abandoned", UN),
          Q("P1.Q5", "police.call_handlers_agency", UN),
      ], bare=True),
    # ------------------------------------------------------------------
    # Kestrel Valley Hospitals NHS Foundation Trust
    # ------------------------------------------------------------------
    L("C01", "C01_kvh_2018_0133.html", "history/FOI_2018_0133.pdf",
      "libreoffice_pdf", KVH, "FOI 2018/0133", "2018-02-26", "2018-01-29",
      "FOIA", "restate_then_answer (request quoted as prose with (1)-(4))", [
          Q("P1.Q1", "nhs.agency.nurse_spend", R, fact="£6.4m"),
          Q("P1.Q2", "nhs.agency.top_agencies", R,
            fact="Meridian Nursing Ltd, Pelham Staffing, Brookvale Nurses, Larchfield Care and Tidewell Medical"),
          Q("P1.Q3", "nhs.agency.max_rate", R, fact="£87.40"),
          Q("P1.Q4", "nhs.agency.shifts", R, fact="21,330"),
      ]),
    L("C02", "C02_kvh_2020_0412.html", "history/FOI 2020-0412.pdf",
      "chromium_pdf", KVH, "FOI 2020/0412", "2020-03-17", "2020-02-18",
      "FOIA", "table (No. | Request | Response)", [
          Q("P1.Q1", "nhs.agency.nurse_spend", R, fact="£7.1m"),
          Q("P1.Q2", "nhs.agency.top_agencies", W, ["s43(2)"]),
          Q("P1.Q3", "nhs.agency.max_rate", R, fact="£92.10"),
          Q("P1.Q4", "nhs.agency.shifts", R, fact="19,875"),
      ]),
    L("C03", "C03_kvh_ir_22_044.html", "history/KVH-IR-22-044.docx",
      "libreoffice_docx", KVH, "KVH-IR-22-044", "2022-10-12", "2022-09-14",
      "FOIA", "internal_review (Q3 overturned and released; Q2 upheld)", [
          Q("P1.Q1", "nhs.agency.nurse_spend", R, fact="£9.8m"),
          Q("P1.Q2", "nhs.agency.top_agencies", W, ["s43(2)"]),
          Q("P1.Q3", "nhs.agency.max_rate", R, fact="£96.40"),
          Q("P1.Q4", "nhs.agency.shifts", NH),
          Q("P1.Q5", "nhs.agency.locum_spend", R, fact="£5.2m"),
      ]),
    L("C04", "C04_kvh_24_0951.html", "history/kvh-disclosure-log-KVH-FOI-24-0951.html",
      "copy", KVH, "KVH-FOI-24-0951", "2024-06-18", "2024-05-21",
      "FOIA", "disclosure_log (You asked | We answered table)", [
          Q("P1.Q1", "nhs.agency.nurse_spend", R, fact="£8.3m"),
          Q("P1.Q2", "nhs.agency.top_agencies", W, ["s43(2)"]),
          Q("P1.Q3", "nhs.agency.max_rate", R, fact="£101.20"),
          Q("P1.Q4", "nhs.agency.shifts", NH),
          Q("P1.Q5", "nhs.agency.locum_spend", R, fact="£4.6m"),
      ]),
    L("C05", "C05_kvh_2020_1550.txt", "history/FOI_2020_1550.txt",
      "copy", KVH, "FOI 2020/1550", "2020-10-27", "2020-09-29",
      "FOIA", "interleaved (Q1/A1, plain text; N/A after a zero)", [
          Q("P1.Q1", "cyber.ransomware_count", R, fact="0"),
          Q("P1.Q2", "cyber.ransom_paid", R, fact="N/A"),
          Q("P1.Q3", "cyber.spend", R, fact="£310,000"),
          Q("P1.Q4", "cyber.team_size", R, fact="4"),
      ]),
    L("C06", "C06_kvh_23_0788.html", "history/KVH-FOI-23-0788.pdf",
      "gs_libreoffice", KVH, "KVH-FOI-23-0788", "2023-05-16", "2023-04-18",
      "FOIA", "restate_then_answer", [
          Q("P1.Q1", "cyber.ransomware_count", W, ["s31(1)(a)"]),
          Q("P1.Q2", "cyber.ransom_paid", R, fact="No"),
          Q("P1.Q3", "cyber.spend", R, fact="£455,000"),
          Q("P1.Q4", "cyber.team_size", R, fact="6"),
      ]),
    L("C07", "C07_kvh_2019_0877.md", "history/FOI-2019-0877.md",
      "copy", KVH, "FOI 2019/0877", "2019-07-23", "2019-06-25",
      "FOIA", "interleaved (bulleted questions with answers, markdown)", [
          Q("P1.Q1", "nhs.staff.consultants", R, fact="312.4"),
          Q("P1.Q2", "nhs.staff.nurses", R, fact="2,104.6"),
          Q("P1.Q3", "nhs.staff.intl_nurses", R, fact="96"),
      ]),
    L("C08", "C08_kvh_21_2240.html", "history/KVH-FOI-21-2240.pdf",
      "libreoffice_pdf", KVH, "KVH-FOI-21-2240", "2021-12-14", "2021-11-16",
      "FOIA", "interleaved (Question N: / Answer:)", [
          Q("P1.Q1", "nhs.staff.consultants", R, fact="331.0"),
          Q("P1.Q2", "nhs.staff.nurses", R, fact="2,188.3"),
          Q("P1.Q3", "nhs.staff.intl_nurses", R, fact="141"),
          Q("P1.Q4", "nhs.staff.nurse_vacancy_rate", R, fact="8.7%"),
      ]),
    L("C09", "C09_kvh_2017_1021_scan.html", "history/scan_FOI_2017_1021.pdf",
      "ocr_scan", KVH, "FOI 2017/1021", "2017-11-08", "2017-10-11",
      "FOIA", "interleaved (scanned letter, OCR text layer)", [
          Q("P1.Q1", "nhs.parking.income", R, fact="£2.86m"),
          Q("P1.Q2", "nhs.parking.staff_charge", R, fact="£1.20 per day"),
          Q("P1.Q3", "nhs.parking.enforcement_company", R, fact="Pennant Parking Services"),
      ]),
    L("C10", "C10_kvh_22_0301.html", "history/KVH-FOI-22-0301.pdf",
      "chromium_pdf", KVH, "KVH-FOI-22-0301", "2022-03-29", "2022-03-01",
      "FOIA", "you_asked / our_response (boxed)", [
          Q("P1.Q1", "nhs.epr.supplier", R, fact="Allendale Health Systems"),
          Q("P1.Q2", "nhs.epr.expiry", R, fact="31 October 2027"),
          Q("P1.Q3", "nhs.epr.value", W, ["s43(2)"]),
          Q("P1.Q4", "nhs.epr.go_live", R, fact="November 2017"),
      ]),
    # drafts -------------------------------------------------------------
    L("DC1", "DC1_kvh_25_1422.html", "drafts/KVH-FOI-25-1422 draft response.docx",
      "libreoffice_docx", KVH, "KVH-FOI-25-1422", "2025-09-09", "2025-08-12",
      "FOIA", "restate_then_answer (auto-numbered request; answers keyed 'In answer to point N')", [
          Q("P1.Q1", "nhs.agency.nurse_spend", R, fact="£8.3m"),
          Q("P1.Q2", "nhs.agency.top_agencies", R,
            fact="Meridian Nursing Ltd, Brookvale Nurses, Larchfield Care, Tidewell Medical and Ashcombe Staffing"),
          Q("P1.Q3", "nhs.agency.max_rate", W, ["s43(2)"]),
          Q("P1.Q4", "nhs.agency.shifts", NH),
          Q("P1.Q5", "nhs.agency.locum_spend", PR, ["s43(2)"], "£4.6m"),
          Q("P1.Q6", "nhs.bank.shifts", R, fact="48,200"),
      ]),
    L("DC2", "DC2_kvh_26_0077.html", "drafts/KVH-FOI-26-0077_draft.pdf",
      "gs_chromium", KVH, "KVH-FOI-26-0077", "2026-01-14", "2025-12-15",
      "FOIA", "table (No. | Question | Response); consistent repeat", [
          Q("P1.Q1", "cyber.ransomware_count", W, ["s31(1)(a)"]),
          Q("P1.Q2", "cyber.ransom_paid", R, fact="No"),
          Q("P1.Q3", "cyber.spend", R, fact="£455,000"),
          Q("P1.Q4", "cyber.team_size", R, fact="6"),
      ], consistent=True),
    # ------------------------------------------------------------------
    # Harrowdale National Park Authority
    # ------------------------------------------------------------------
    L("D01", "D01_hnpa_2019_022.html", "history/HNPA-FOI-2019-022.pdf",
      "libreoffice_pdf", HNPA, "HNPA/FOI/2019/022", "2019-08-20", "2019-07-23",
      "FOIA", "restate_then_answer", [
          Q("P1.Q1", "npa.parking.income", R, fact="£1,148,300"),
          Q("P1.Q2", "npa.parking.count", R, fact="23"),
          Q("P1.Q3", "npa.parking.contract_value", W, ["s43(2)"]),
          Q("P1.Q4", "npa.parking.operator", R, fact="Fellgate Parking Solutions"),
          Q("P1.Q5", "npa.parking.pcns", R, fact="2,914"),
      ]),
    L("D02", "D02_hnpa_2022_031.html", "history/HNPA-FOI-2022-031.pdf",
      "chromium_pdf", HNPA, "HNPA/FOI/2022/031", "2022-04-26", "2022-03-29",
      "FOIA", "you_asked / our_response", [
          Q("P1.Q1", "npa.parking.income", R, fact="£1,402,650"),
          Q("P1.Q2", "npa.parking.count", R, fact="24"),
          Q("P1.Q3", "npa.parking.contract_value", W, ["s43(2)"]),
          Q("P1.Q4", "npa.parking.operator", R, fact="Fellgate Parking Solutions"),
      ]),
    L("D03", "D03_hnpa_2018_017.txt", "history/HNPA_FOI_2018_017.txt",
      "copy", HNPA, "HNPA/FOI/2018/017", "2018-06-12", "2018-05-15",
      "FOIA", "restate_then_answer (bulleted request, label: value answers, plain text)", [
          Q("P1.Q1", "npa.staff.rangers", R, fact="27.5"),
          Q("P1.Q2", "npa.staff.volunteers", R, fact="310"),
          Q("P1.Q3", "npa.staff.total", R, fact="146"),
      ]),
    L("D04", "D04_hnpa_2021_044.html", "history/HNPA-FOI-2021-044.docx",
      "libreoffice_docx", HNPA, "HNPA/FOI/2021/044", "2021-09-14", "2021-08-17",
      "FOIA", "interleaved (auto-numbered list)", [
          Q("P1.Q1", "npa.fleet.total", R, fact="38"),
          Q("P1.Q2", "npa.fleet.ev", R, fact="4"),
          Q("P1.Q3", "npa.drones.count", R, fact="2"),
          Q("P1.Q4", "npa.drones.use", R),
          Q("P1.Q5", "npa.fleet.fuel_spend", R, fact="£61,200"),
      ]),
    L("D05", "D05_hnpa_24_006.html", "history/FOI 24-006.pdf",
      "gs_libreoffice", HNPA, "FOI 24-006", "2024-01-30", "2024-01-02",
      "FOIA", "table (No. | Information requested | Response)", [
          Q("P1.Q1", "npa.staff.rangers", R, fact="24.0"),
          Q("P1.Q2", "npa.staff.volunteers", R, fact="285"),
          Q("P1.Q3", "npa.staff.total", R, fact="152"),
          Q("P1.Q4", "npa.fleet.total", R, fact="35"),
          Q("P1.Q5", "npa.fleet.ev", R, fact="11"),
          Q("P1.Q6", "npa.drones.count", R, fact="3"),
      ]),
    L("D06", "D06_hnpa_eir_2020_006.html", "history/eir-2020-006-peat-restoration.html",
      "copy", HNPA, "HNPA/EIR/2020/006", "2020-02-18", "2020-01-21",
      "EIR", "disclosure_log", [
          Q("P1.Q1", "npa.peat.hectares", R, fact="412"),
          Q("P1.Q2", "npa.peat.cost", R, fact="£1.9m"),
          Q("P1.Q3", "npa.peat.contractors", W, ["reg12(5)(e)"]),
      ]),
    L("D07", "D07_hnpa_eir_2025_011.html", "history/HNPA-EIR-2025-011.pdf",
      "libreoffice_pdf", HNPA, "HNPA/EIR/2025/011", "2025-05-06", "2025-04-08",
      "EIR", "interleaved (Request N: / Response:)", [
          Q("P1.Q1", "npa.wildfire.count", R, fact="17"),
          Q("P1.Q2", "npa.wildfire.area", R, fact="64 hectares"),
          Q("P1.Q3", "npa.wildfire.bbq_ban", R, fact="Yes"),
          Q("P1.Q4", "npa.wildfire.reporter_names", W, ["reg13(1)"]),
      ]),
    # drafts -------------------------------------------------------------
    L("DD1", "DD1_hnpa_eir_2025_027.html", "drafts/HNPA-EIR-2025-027 draft.pdf",
      "chromium_pdf", HNPA, "HNPA/EIR/2025/027", "2025-08-12", "2025-07-15",
      "EIR", "restate_then_answer; regime change (FOIA s43(2) before, EIR reg 12(5)(e) now)", [
          Q("P1.Q1", "npa.parking.income", R, fact="£1,611,900"),
          Q("P1.Q2", "npa.parking.count", R, fact="24"),
          Q("P1.Q3", "npa.parking.contract_value", W, ["reg12(5)(e)"]),
          Q("P1.Q4", "npa.parking.operator", R, fact="Fellgate Parking Solutions"),
          Q("P1.Q5", "npa.parking.pcns", NH, ["reg12(4)(a)"]),
          Q("P1.Q6", "npa.parking.ev_points", R, fact="6"),
      ]),
    L("DD2", "DD2_hnpa_26_009.html", "drafts/FOI 26-009 draft.pdf",
      "libreoffice_pdf", HNPA, "FOI 26-009", "2026-02-24", "2026-01-27",
      "FOIA", "interleaved (numbered bold questions, answers below)", [
          Q("P1.Q1", "npa.staff.rangers", R, fact="24.0"),
          Q("P1.Q2", "npa.staff.volunteers", NH),
          Q("P1.Q3", "npa.fleet.total", R, fact="35"),
          Q("P1.Q4", "npa.fleet.ev", R, fact="11"),
          Q("P1.Q5", "npa.drones.count", R, fact="3"),
          Q("P1.Q6", "npa.drones.use", R),
          Q("P1.Q7", "npa.drones.qualified_pilots", R, fact="4"),
      ]),
]

# ----------------------------------------------------------------------
# Findings (CONTRACT.md table)
# ----------------------------------------------------------------------
# Equivalent provisions across FOIA / EIR / FOISA (HOUSE-STYLES.md table):
# EIR and FOISA provisions are mapped to the FOIA provision they stand for.
EQUIV = {
    "reg12(5)(e)": "s43(2)", "foisa:s33(1)(b)": "s43(2)",
    "reg13(1)": "s40(2)", "foisa:s38(1)(b)": "s40(2)",
    "reg12(5)(b)": "s31(1)(a)", "foisa:s35(1)(a)": "s31(1)(a)",
    "reg12(5)(a)": "s24(1)", "foisa:s31(1)": "s24(1)",
    "reg6(1)(b)": "s21", "foisa:s25(1)": "s21",
    "reg12(4)(b)": "s12(1)", "foisa:s12(1)": "s12(1)",
    "reg12(6)": "ncnd", "foisa:s18(1)": "ncnd",
}


def canon(ex):
    return EQUIV.get(ex, ex)


HELD = ("released", "partially_released", "withheld")


def norm_fact(f):
    return re.sub(r"[^0-9a-z%£.]", "", f.lower()) if f else None


def classify(prev, cur):
    p, c = prev["stance"], cur["stance"]
    if c == "unknown" or p == "unknown":
        return None
    if p == "ncnd" or c == "ncnd":
        if p == c:
            return None
        if c == "ncnd" and p in HELD + ("not_held",):
            return ("ncnd_inconsistent", "high")
        if p == "ncnd" and c in HELD + ("not_held",):
            return ("ncnd_inconsistent", "medium")
        return None
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and c == "withheld":
        a = sorted(canon(e) for e in prev["exemptions"])
        b = sorted(canon(e) for e in cur["exemptions"])
        return ("exemption_changed", "medium") if a != b else None
    if p in HELD and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in HELD:
        return ("held_status_changed", "medium")
    if p == "released" and c == "released":
        fp, fc = norm_fact(prev["fact"]), norm_fact(cur["fact"])
        if fp and fc and fp != fc:
            return ("answer_changed", "low")
    return None


def derive_expect(letters):
    history = [l for l in letters if l["file"].startswith("history/")]
    drafts = [l for l in letters if l["file"].startswith("drafts/")]
    out = {}
    for d in drafts:
        cutoff = d["as_of"] or d["date"]
        hist = [h for h in history if h["authority"] == d["authority"] and h["date"] < cutoff]
        matches, findings = {}, []
        for q in d["questions"]:
            ms = [(h, hq) for h in hist for hq in h["questions"] if hq["concept"] == q["concept"]]
            ms.sort(key=lambda x: x[0]["date"], reverse=True)
            matches[q["id"]] = ["%s %s" % (h["reference"], hq["id"]) for h, hq in ms]
            if d["bare"] or not ms:
                continue
            if len(ms) > 1 and ms[0][0]["date"] == ms[1][0]["date"]:
                raise SystemExit("ambiguous precedent for %s %s" % (d["file"], q["id"]))
            h, hq = ms[0]
            k = classify(hq, q)
            if k:
                findings.append({"kind": k[0], "severity": k[1], "question_id": q["id"],
                                 "precedent": "%s %s" % (h["reference"], hq["id"])})
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        if d["consistent"]:
            if findings:
                raise SystemExit("draft marked consistent has findings: " + d["file"])
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        out[d["file"].split("/", 1)[1]] = entry
    return out


# ----------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def soffice(src, target, outdir):
    # one conversion at a time, own profile
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", outdir, src]
    run(cmd)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def chromium(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src])
    return out


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inp])


def ocr_scan(pdf, out, tmp):
    pages = os.path.join(tmp, "page%02d.png")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150", "-o", pages, pdf])
    pngs = sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith("page") and f.endswith(".png"))
    lst = os.path.join(tmp, "pages.txt")
    with open(lst, "w") as fh:
        fh.write("\n".join(pngs) + "\n")
    base = os.path.join(tmp, "ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.move(base + ".pdf", out)


def render(letter):
    src = os.path.join(SRC, letter["src"])
    out = os.path.join(ROOT, letter["file"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    prod = letter["producer"]
    with tempfile.TemporaryDirectory(dir=os.path.join(HERE)) as tmp:
        if prod == "copy":
            shutil.copyfile(src, out)
        elif prod == "libreoffice_pdf":
            shutil.move(soffice(src, "pdf", tmp), out)
        elif prod == "libreoffice_docx":
            shutil.move(soffice(src, "docx:MS Word 2007 XML", tmp), out)
        elif prod == "chromium_pdf":
            chromium(src, out)
        elif prod == "gs_libreoffice":
            gs_redistil(soffice(src, "pdf", tmp), out)
        elif prod == "gs_chromium":
            gs_redistil(chromium(src, os.path.join(tmp, "c.pdf")), out)
        elif prod == "ocr_scan":
            ocr_scan(soffice(src, "pdf", tmp), out, tmp)
        else:
            raise SystemExit("unknown producer " + prod)


# ----------------------------------------------------------------------
# Checks on the rendered output
# ----------------------------------------------------------------------
def text_of(path):
    if path.endswith(".pdf"):
        return run(["pdftotext", "-layout", path, "-"]).stdout.decode("utf-8", "replace")
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def flat(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).lower()


def check(letter):
    path = os.path.join(ROOT, letter["file"])
    problems = []
    t = flat(text_of(path))
    if len(t) < 300:
        problems.append("very little text (%d chars)" % len(t))
    if flat(letter["reference"]) not in t:
        problems.append("reference %r not found" % letter["reference"])
    for q in letter["questions"]:
        if q["fact"] and flat(q["fact"]) not in t:
            problems.append("%s fact %r not found" % (q["id"], q["fact"]))
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            doc = z.read("word/document.xml").decode("utf-8")
        if not re.search(r'<w:numId w:val="[1-9]', doc):
            problems.append("docx has no automatic list numbering")
    return problems


def main():
    keys = [l["key"] for l in LETTERS]
    assert len(keys) == len(set(keys))
    hist = [l for l in LETTERS if l["file"].startswith("history/")]
    drafts = [l for l in LETTERS if l["file"].startswith("drafts/")]
    # one question per concept per letter; unique dates per authority
    for l in LETTERS:
        cs = [q["concept"] for q in l["questions"]]
        assert len(cs) == len(set(cs)), l["key"]
    for a in {l["authority"] for l in hist}:
        ds = [l["date"] for l in hist if l["authority"] == a]
        assert len(ds) == len(set(ds)), a

    only = set(sys.argv[1:])
    for l in LETTERS:
        if only and l["key"] not in only:
            continue
        render(l)
        print("rendered %-4s %s" % (l["key"], l["file"]))

    bad = 0
    for l in LETTERS:
        for p in check(l):
            bad += 1
            print("CHECK %s %s: %s" % (l["key"], l["file"], p))

    truth = []
    for l in LETTERS:
        t = {k: l[k] for k in ("file", "authority", "reference", "date", "received",
                               "regime", "layout", "as_of", "bare")}
        if l["file"].startswith("drafts/"):
            t["consistent"] = l["consistent"]
        t["producer"] = l["producer"]
        t["questions"] = l["questions"]
        truth.append(t)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)

    exp = derive_expect(LETTERS)
    desc = ("Set AN: four invented authorities (a metropolitan borough council, a Northern "
            "Irish police service, an acute NHS foundation trust and a national park "
            "authority, some EIR); %d history letters 2017-2025 and %d drafts 2025-2026 "
            "in round-robin families (ICT contact-centre and inbound-network contracts, "
            "CCTV vs body-worn video, agency spend, staff numbers, call handlers vs "
            "contact-centre agents, cyber incidents, drones, fleet, car parks, wildfire, "
            "peat) with rewording, renumbering, merged and split parts, an internal "
            "review, a bare request, a consistent repeat, a FOIA-to-EIR regime change and "
            "a draft checked with as_of." % (len(hist), len(drafts)))
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as fh:
        json.dump({"description": desc, "drafts": exp}, fh, ensure_ascii=False, indent=1)

    nm = sum(len(v) for e in exp.values() for v in e["matches"].values())
    kinds = {}
    for e in exp.values():
        for f in e["findings"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print("history=%d drafts=%d matches=%d findings=%d %s" % (
        len(hist), len(drafts), nm, sum(kinds.values()), json.dumps(kinds, sort_keys=True)))
    if bad:
        print("%d check problems" % bad)
        sys.exit(1)


if __name__ == "__main__":
    main()
