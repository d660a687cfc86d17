#!/usr/bin/env python3
"""Build test set AL: four invented UK authorities, 40 history letters, 11 drafts.

Holds the truth of every letter, renders gen/src/* into history/ and drafts/
with real producers (LibreOffice, Chromium, Ghostscript, Tesseract), writes
gen/truth.json and derives expect.json from the truth only.

Standard library only.  Run from anywhere:  python3 gen/make.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "gen")
SRC = os.path.join(GEN, "src")
LO_PROFILE = "file://" + os.path.join(ROOT, ".lo_profile")

COUNCIL = "Kestrelmoor Council"
POLICE = "Police Caledonia"
TRUST = "Marlwood Partnership NHS Foundation Trust"
UNI = "University of Eastcombe"

REL, PART, WH, NCND, NH, REF, UNK = (
    "released", "partially_released", "withheld", "ncnd", "not_held",
    "refused", "unknown")


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


S35AB = ["foisa:s35(1)(a)", "foisa:s35(1)(b)"]
MAILBOX = "ICTCommercial@policecaledonia.example"

# ---------------------------------------------------------------------------
# Truth.  Questions in the order the letter asks them.
# ---------------------------------------------------------------------------
LETTERS = [
    # ===================== Kestrelmoor Council (unitary) =====================
    # ICT contact centre / inbound network round-robin
    L("history", "FOI_0614_18_response.pdf", "FOI_0614_18_response.html", "ocr",
      COUNCIL, "FOI/0614/18", "2018-05-22", "2018-04-27", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "ict.cc.supplier", REL, fact="Clearline Communications Ltd"),
          Q("P1.Q2", "ict.cc.spend", REL, fact="£52,400"),
          Q("P1.Q3", "ict.cc.expiry", REL, fact="31 March 2021"),
          Q("P1.Q4", "ict.cc.review", REL, fact="October 2020"),
          Q("P1.Q5", "ict.cc.description", REL),
          Q("P1.Q6", "ict.cc.contact", PART, ["s40(2)"], "Customer Services Manager"),
          Q("P1.Q7", "ict.cc.agents", REL, fact="52"),
          Q("P1.Q8", "ict.cc.sites", REL, fact="1"),
          Q("P1.Q9", "ict.cc.busy", REL),
          Q("P1.Q10", "ict.cc.manufacturer", REL, fact="Nexacall"),
          Q("P1.Q11", "ict.email.server", REL, fact="Microsoft Exchange 2013"),
          Q("P1.Q12", "ict.email.users", REL, fact="4,100"),
          Q("P2.Q1", "ict.net.supplier", REL, fact="Halberd Telecom plc"),
          Q("P2.Q2", "ict.net.spend", REL, fact="£18,900"),
          Q("P2.Q3", "ict.net.expiry", REL, fact="31 January 2020"),
          Q("P2.Q4", "ict.net.review", REL, fact="November 2018"),
          Q("P2.Q5", "ict.net.description", REL),
          Q("P2.Q6", "ict.net.contact", PART, ["s40(2)"], "ICT Infrastructure Manager"),
      ]),
    L("history", "FOI-1093-20.pdf", "FOI-1093-20.html", "chromium",
      COUNCIL, "FOI/1093/20", "2020-03-11", "2020-02-14", "FOIA", "table", [
          Q("P1.Q1", "ict.cc.supplier", REL, fact="Clearline Communications Ltd"),
          Q("P1.Q2", "ict.cc.spend", REL, fact="£55,100"),
          Q("P1.Q3", "ict.cc.duration", REL, fact="5 years"),
          Q("P1.Q4", "ict.cc.expiry", REL, fact="31 March 2021"),
          Q("P1.Q5", "ict.cc.review", REL, fact="October 2020"),
          Q("P1.Q6", "ict.cc.description", REL),
          Q("P1.Q7", "ict.cc.contact", PART, ["s40(2)"], "Customer Services Manager"),
          Q("P1.Q8", "ict.cc.agents", REL, fact="49"),
          Q("P1.Q9", "ict.cc.sites", REL, fact="1"),
          Q("P1.Q10", "ict.cc.busy", REL),
          Q("P1.Q11", "ict.cc.manufacturer", REL, fact="Nexacall"),
          Q("P1.Q12", "ict.email.server", REL, fact="Microsoft Exchange 2016"),
          Q("P1.Q13", "ict.email.users", REL, fact="4,020"),
          Q("P2.Q1", "ict.net.supplier", REL, fact="Halberd Telecom plc"),
          Q("P2.Q2", "ict.net.spend", REL, fact="£19,300"),
          Q("P2.Q3", "ict.net.expiry", REL, fact="31 January 2023"),
          Q("P2.Q4", "ict.net.review", REL, fact="November 2020"),
          Q("P2.Q5", "ict.net.description", REL),
          Q("P2.Q6", "ict.net.contact", PART, ["s40(2)"], "ICT Infrastructure Manager"),
      ]),
    # 2022: the two parts merged into one numbering 1-18; busy periods dropped
    L("history", "CAS-30412-K7M2R8_Response.docx", "CAS-30412-K7M2R8_Response.html", "docx",
      COUNCIL, "CAS-30412-K7M2R8", "2022-02-09", "2022-01-12", "FOIA",
      "interleaved_merged_numbering", [
          Q("P1.Q1", "ict.cc.supplier", REL, fact="Vantora Systems Ltd"),
          Q("P1.Q2", "ict.cc.spend", WH, ["s43(2)"]),
          Q("P1.Q3", "ict.cc.duration", REL, fact="3 years"),
          Q("P1.Q4", "ict.cc.expiry", REL, fact="30 September 2024"),
          Q("P1.Q5", "ict.cc.review", REL, fact="March 2024"),
          Q("P1.Q6", "ict.cc.description", REL),
          Q("P1.Q7", "ict.cc.contact", PART, ["s40(2)"], "Head of Customer Services"),
          Q("P1.Q8", "ict.cc.agents", REL, fact="44"),
          Q("P1.Q9", "ict.cc.sites", REL, fact="2"),
          Q("P1.Q10", "ict.cc.manufacturer", REL, fact="Vantora"),
          Q("P1.Q11", "ict.email.server", REL, fact="Microsoft Exchange Online"),
          Q("P1.Q12", "ict.email.users", REL, fact="3,900"),
          Q("P1.Q13", "ict.net.supplier", REL, fact="Halberd Telecom plc"),
          Q("P1.Q14", "ict.net.spend", WH, ["s43(2)"]),
          Q("P1.Q15", "ict.net.expiry", REL, fact="31 January 2023"),
          Q("P1.Q16", "ict.net.review", REL, fact="November 2022"),
          Q("P1.Q17", "ict.net.description", REL),
          Q("P1.Q18", "ict.net.contact", PART, ["s40(2)"], "ICT Infrastructure Manager"),
      ]),
    # 2024: split into two parts again; decision paragraph
    L("history", "CAS-41876-T6J1W9.pdf", "CAS-41876-T6J1W9.html", "lo_pdf",
      COUNCIL, "CAS-41876-T6J1W9", "2024-04-18", "2024-03-21", "FOIA",
      "decision_paragraph", [
          Q("P1.Q1", "ict.cc.supplier", REL, fact="Vantora Systems Ltd"),
          Q("P1.Q2", "ict.cc.spend", WH, ["s43(2)"]),
          Q("P1.Q3", "ict.cc.duration", REL, fact="3 years"),
          Q("P1.Q4", "ict.cc.expiry", REL, fact="30 September 2026"),
          Q("P1.Q5", "ict.cc.review", REL, fact="March 2026"),
          Q("P1.Q6", "ict.cc.description", REL),
          Q("P1.Q7", "ict.cc.contact", PART, ["s40(2)"], "Head of Customer Services"),
          Q("P1.Q8", "ict.cc.agents", REL, fact="46"),
          Q("P1.Q9", "ict.cc.sites", REL, fact="2"),
          Q("P1.Q10", "ict.cc.manufacturer", REL, fact="Vantora"),
          Q("P1.Q11", "ict.email.server", REL, fact="Microsoft Exchange Online"),
          Q("P1.Q12", "ict.email.users", REL, fact="3,850"),
          Q("P2.Q1", "ict.net.supplier", REL, fact="Halberd Telecom plc"),
          Q("P2.Q2", "ict.net.spend", WH, ["s43(2)"]),
          Q("P2.Q3", "ict.net.expiry", REL, fact="31 January 2027"),
          Q("P2.Q4", "ict.net.review", REL, fact="November 2026"),
          Q("P2.Q5", "ict.net.description", REL),
          Q("P2.Q6", "ict.net.contact", PART, ["s40(2)"], "ICT Infrastructure Manager"),
      ]),
    # CCTV round-robin
    L("history", "FOI_0288_17_CCTV.txt", "FOI_0288_17_CCTV.txt", "txt",
      COUNCIL, "FOI/0288/17", "2017-08-14", "2017-07-18", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "cctv.count", REL, fact="112"),
          Q("P1.Q2", "cctv.monitoring", REL, fact="24 hours"),
          Q("P1.Q3", "cctv.maintenance.supplier", REL, fact="Sentinel Vision Ltd"),
          Q("P1.Q4", "cctv.spend", REL, fact="£63,000"),
          Q("P1.Q5", "cctv.staff", REL, fact="9"),
      ]),
    L("history", "disclosure-log-CAS-22014-B8N3P5.html", "disclosure-log-CAS-22014-B8N3P5.html", "html",
      COUNCIL, "CAS-22014-B8N3P5", "2021-06-03", "2021-05-07", "FOIA",
      "you_asked_disclosure_log", [
          Q("P1.Q1", "cctv.count", REL, fact="131"),
          Q("P1.Q2", "cctv.facial", REL, fact="No"),
          Q("P1.Q3", "cctv.makes", WH, ["s31(1)(a)"]),
          Q("P1.Q4", "cctv.maintenance.supplier", REL, fact="Sentinel Vision Ltd"),
          Q("P1.Q5", "cctv.spend", REL, fact="£66,800"),
      ]),
    L("history", "CAS-37102-R1K9C2.docx", "CAS-37102-R1K9C2.html", "docx",
      COUNCIL, "CAS-37102-R1K9C2", "2023-09-26", "2023-08-30", "FOIA",
      "interleaved", [
          Q("P1.Q1", "cctv.count", REL, fact="138"),
          Q("P1.Q2", "cctv.monitoring", REL, fact="24 hours"),
          Q("P1.Q3", "cctv.makes", WH, ["s31(1)(a)"]),
          Q("P1.Q4", "cctv.facial", REL, fact="No"),
          Q("P1.Q5", "cctv.spend", REL, fact="£71,450"),
          Q("P1.Q6", "cctv.staff", REL, fact="7"),
      ]),
    # look-alike: body-worn video is not CCTV
    L("history", "CAS-33561-W3H6N2_BWV.pdf", "CAS-33561-W3H6N2_BWV.html", "chromium",
      COUNCIL, "CAS-33561-W3H6N2", "2022-11-15", "2022-10-19", "FOIA", "q_a", [
          Q("P1.Q1", "bwv.count", REL, fact="24"),
          Q("P1.Q2", "bwv.supplier", REL, fact="Clipcam Ltd"),
          Q("P1.Q3", "bwv.retention", REL, fact="31 days"),
          Q("P1.Q4", "bwv.continuous", REL, fact="No"),
      ]),
    # fleet
    L("history", "FOI-0871-19.pdf", "FOI-0871-19.html", "lo_gs",
      COUNCIL, "FOI/0871/19", "2019-07-30", "2019-07-02", "FOIA", "interleaved", [
          Q("P1.Q1", "fleet.count", REL, fact="412"),
          Q("P1.Q2", "fleet.ev", REL, fact="9"),
          Q("P1.Q3", "fleet.telematics", REL, fact="Trackwise Telematics Ltd"),
          Q("P1.Q4", "fleet.fuel", REL, fact="£1.24m"),
      ]),
    L("history", "CAS-28844-F5T2L7_fleet.pdf", "CAS-28844-F5T2L7_fleet.html", "lo_pdf",
      COUNCIL, "CAS-28844-F5T2L7", "2022-06-21", "2022-05-24", "FOIA", "table", [
          Q("P1.Q1", "fleet.count", REL, fact="398"),
          Q("P1.Q2", "fleet.ev", REL, fact="37"),
          Q("P1.Q3", "fleet.charge.supplier", REL, fact="Voltgrid Infrastructure Ltd"),
          Q("P1.Q4", "fleet.charge.value", WH, ["s43(2)"]),
          Q("P1.Q5", "fleet.charge.contact", WH, ["s40(2)"]),
          Q("P1.Q6", "fleet.telematics", REL, fact="Trackwise Telematics Ltd"),
      ]),
    # unrelated: bus lane enforcement cameras (not public space CCTV)
    L("history", "CAS-43390-N8P4K1.md", "CAS-43390-N8P4K1.md", "md",
      COUNCIL, "CAS-43390-N8P4K1", "2024-09-10", "2024-08-13", "FOIA",
      "you_asked", [
          Q("P1.Q1", "enf.cameras", REL, fact="17"),
          Q("P1.Q2", "enf.pcn", REL, fact="48,215"),
          Q("P1.Q3", "enf.income", REL, fact="£1,612,000"),
          Q("P1.Q4", "enf.cctv_dual", REL, fact="No"),
      ]),

    # ===================== Police Caledonia (FOISA) =====================
    L("history", "FOI-19-0311.pdf", "FOI-19-0311.html", "lo_pdf",
      POLICE, "FOI/19/0311", "2019-02-26", "2019-01-29", "FOISA",
      "restate_then_answer", [
          Q("P1.Q1", "ict.cc.supplier", REL, fact="Strathwave Technologies Ltd"),
          Q("P1.Q2", "ict.cc.spend", NH, ["foisa:s17(1)"]),
          Q("P1.Q3", "ict.cc.expiry", REL, fact="31 March 2022"),
          Q("P1.Q4", "ict.cc.review", REL, fact="April 2021"),
          Q("P1.Q5", "ict.cc.description", REL),
          Q("P1.Q6", "ict.cc.contact", REL, fact=MAILBOX),
          Q("P1.Q7", "ict.cc.agents", REL, fact="238"),
          Q("P1.Q8", "ict.cc.sites", REL, fact="3"),
          Q("P1.Q9", "ict.cc.manufacturer", REL, fact="Aurelian CX"),
          Q("P1.Q10", "ict.email.server", REL, fact="Microsoft Exchange 2010"),
          Q("P1.Q11", "ict.email.users", REL, fact="23,000"),
          Q("P2.Q1", "ict.net.supplier", REL, fact="Caldera Networks Ltd"),
          Q("P2.Q2", "ict.net.spend", NH, ["foisa:s17(1)"]),
          Q("P2.Q3", "ict.net.expiry", REL, fact="30 June 2021"),
          Q("P2.Q4", "ict.net.review", REL, fact="January 2021"),
          Q("P2.Q5", "ict.net.description", REL),
          Q("P2.Q6", "ict.net.contact", REL, fact=MAILBOX),
      ]),
    L("history", "PCAL-FOI-2022-0087.html", "PCAL-FOI-2022-0087.html", "html",
      POLICE, "PCAL-FOI-2022-0087", "2022-01-31", "2022-01-05", "FOISA",
      "interleaved_disclosure_log", [
          Q("P1.Q1", "ict.cc.supplier", REL, fact="Strathwave Technologies Ltd"),
          Q("P1.Q2", "ict.cc.spend", NH, ["foisa:s17(1)"]),
          Q("P1.Q3", "ict.cc.duration", REL, fact="5 years"),
          Q("P1.Q4", "ict.cc.expiry", REL, fact="31 March 2025"),
          Q("P1.Q5", "ict.cc.review", REL, fact="October 2024"),
          Q("P1.Q6", "ict.cc.description", REL),
          Q("P1.Q7", "ict.cc.contact", REL, fact=MAILBOX),
          Q("P1.Q8", "ict.cc.agents", REL, fact="241"),
          Q("P1.Q9", "ict.cc.sites", REL, fact="3"),
          Q("P1.Q10", "ict.cc.manufacturer", REL, fact="Aurelian CX"),
          Q("P1.Q11", "ict.email.server", REL, fact="Microsoft Exchange Online"),
          Q("P1.Q12", "ict.email.users", REL, fact="23,500"),
          Q("P2.Q1", "ict.net.supplier", REL, fact="Caldera Networks Ltd"),
          Q("P2.Q2", "ict.net.spend", NH, ["foisa:s17(1)"]),
          Q("P2.Q3", "ict.net.expiry", REL, fact="30 June 2026"),
          Q("P2.Q4", "ict.net.review", REL, fact="June 2025"),
          Q("P2.Q5", "ict.net.description", REL),
          Q("P2.Q6", "ict.net.contact", REL, fact=MAILBOX),
      ]),
    L("history", "PCAL-FOI-2024-0402.pdf", "PCAL-FOI-2024-0402.html", "chromium",
      POLICE, "PCAL-FOI-2024-0402", "2024-03-19", "2024-02-20", "FOISA",
      "decision_paragraph", [
          Q("P1.Q1", "ict.cc.supplier", WH, S35AB),
          Q("P1.Q2", "ict.cc.spend", NH, ["foisa:s17(1)"]),
          Q("P1.Q3", "ict.cc.duration", WH, S35AB),
          Q("P1.Q4", "ict.cc.expiry", WH, S35AB),
          Q("P1.Q5", "ict.cc.review", WH, S35AB),
          Q("P1.Q6", "ict.cc.description", WH, S35AB),
          Q("P1.Q7", "ict.cc.contact", REL, fact=MAILBOX),
          Q("P1.Q8", "ict.cc.agents", WH, S35AB),
          Q("P1.Q9", "ict.cc.sites", REL, fact="3"),
          Q("P1.Q10", "ict.cc.manufacturer", WH, S35AB),
          Q("P1.Q11", "ict.email.server", WH, S35AB),
          Q("P1.Q12", "ict.email.users", REL, fact="24,000"),
          Q("P2.Q1", "ict.net.supplier", WH, S35AB),
          Q("P2.Q2", "ict.net.spend", NH, ["foisa:s17(1)"]),
          Q("P2.Q3", "ict.net.expiry", WH, S35AB),
          Q("P2.Q4", "ict.net.review", WH, S35AB),
          Q("P2.Q5", "ict.net.description", WH, S35AB),
          Q("P2.Q6", "ict.net.contact", REL, fact=MAILBOX),
      ]),
    # look-alike: call handlers are not contact-centre agents
    L("history", "PCAL-FOI-2021-0655.txt", "PCAL-FOI-2021-0655.txt", "txt",
      POLICE, "PCAL-FOI-2021-0655", "2021-05-18", "2021-04-20", "FOISA",
      "restate_then_answer", [
          Q("P1.Q1", "police.callhandlers.count", REL, fact="412"),
          Q("P1.Q2", "police.999.answer", REL, fact="7 seconds"),
          Q("P1.Q3", "police.101.abandoned", REL, fact="118,402"),
      ]),
    # drones
    L("history", "FOI-18-0219_drones.pdf", "FOI-18-0219_drones.html", "chromium_gs",
      POLICE, "FOI/18/0219", "2018-03-13", "2018-02-12", "FOISA", "interleaved", [
          Q("P1.Q1", "drones.count", REL, fact="4"),
          Q("P1.Q2", "drones.spend", REL, fact="£48,600"),
          Q("P1.Q3", "drones.pilots", REL, fact="11"),
          Q("P1.Q4", "drones.policy", NH, ["foisa:s17(1)"]),
      ]),
    L("history", "FOI-20-0877.pdf", "FOI-20-0877.html", "lo_pdf",
      POLICE, "FOI/20/0877", "2020-09-22", "2020-08-25", "FOISA", "interleaved", [
          Q("P1.Q1", "drones.count", REL, fact="9"),
          Q("P1.Q2", "drones.models", REL, fact="Corvid M300"),
          Q("P1.Q3", "drones.spend", REL, fact="£121,000"),
          Q("P1.Q4", "drones.pilots", REL, fact="26"),
          Q("P1.Q5", "drones.policy", REL, ["foisa:s25(1)"]),
          Q("P1.Q6", "drones.incidents", REL, fact="2"),
      ]),
    L("history", "PCAL-FOI-2023-0688.docx", "PCAL-FOI-2023-0688.html", "docx",
      POLICE, "PCAL-FOI-2023-0688", "2023-04-25", "2023-03-28", "FOISA", "interleaved", [
          Q("P1.Q1", "drones.count", REL, fact="19"),
          Q("P1.Q2", "drones.models", WH, ["foisa:s35(1)(a)"]),
          Q("P1.Q3", "drones.spend", REL, fact="£214,500"),
          Q("P1.Q4", "drones.public_order", NCND, ["foisa:s18(1)"] + S35AB),
          Q("P1.Q5", "drones.policy", REL, ["foisa:s25(1)"]),
          Q("P1.Q6", "drones.pilots", REL, fact="38"),
      ]),
    # cyber
    L("history", "PCAL-FOI-2021-1540.pdf", "PCAL-FOI-2021-1540.html", "lo_gs",
      POLICE, "PCAL-FOI-2021-1540", "2021-10-12", "2021-09-14", "FOISA", "table", [
          Q("P1.Q1", "cyber.incidents", REL, fact="14"),
          Q("P1.Q2", "cyber.ransom", REL, fact="0"),
          Q("P1.Q3", "cyber.ransom.paid", REL, fact="Not applicable"),
          Q("P1.Q4", "cyber.phishing", REL, fact="1.2 million"),
          Q("P1.Q5", "cyber.staff", REL, fact="9"),
      ]),
    L("history", "PCAL-FOI-2024-1127.html", "PCAL-FOI-2024-1127.html", "html",
      POLICE, "PCAL-FOI-2024-1127", "2024-06-27", "2024-05-30", "FOISA",
      "interleaved_disclosure_log", [
          Q("P1.Q1", "cyber.incidents", WH, ["foisa:s35(1)(a)"]),
          Q("P1.Q2", "cyber.ransom", NCND, ["foisa:s18(1)", "foisa:s35(1)(a)"]),
          Q("P1.Q3", "cyber.ransom.paid", NCND, ["foisa:s18(1)", "foisa:s35(1)(a)"]),
          Q("P1.Q4", "cyber.phishing", REL, fact="3.4 million"),
          Q("P1.Q5", "cyber.staff", WH, ["foisa:s35(1)(a)"]),
      ]),
    # unrelated: police fleet
    L("history", "PCAL-FOI-2023-1981.md", "PCAL-FOI-2023-1981.md", "md",
      POLICE, "PCAL-FOI-2023-1981", "2023-11-21", "2023-10-24", "FOISA",
      "you_asked", [
          Q("P1.Q1", "police.fleet.count", REL, fact="3,412"),
          Q("P1.Q2", "police.fleet.ev", REL, fact="286"),
          Q("P1.Q3", "police.fleet.writeoffs", REL, fact="41"),
          Q("P1.Q4", "police.fleet.unmarked", WH, ["foisa:s35(1)(a)"]),
      ]),

    # ===================== Marlwood Partnership NHS FT (mental health) ========
    # staff numbers
    L("history", "FOI028-18.pdf", "FOI028-18.html", "ocr",
      TRUST, "FOI 028/18", "2018-02-06", "2018-01-09", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "staff.headcount", REL, fact="4,812"),
          Q("P1.Q2", "staff.wte", REL, fact="4,205.6"),
          Q("P1.Q3", "staff.nurse.vacancies", REL, fact="187"),
          Q("P1.Q4", "staff.turnover", REL, fact="12.4%"),
      ]),
    L("history", "FOI311-21.pdf", "FOI311-21.html", "chromium",
      TRUST, "FOI 311/21", "2021-04-13", "2021-03-16", "FOIA", "table", [
          Q("P1.Q1", "staff.headcount", REL, fact="5,067"),
          Q("P1.Q2", "staff.wte", REL),
          Q("P1.Q3", "staff.nurse.vacancies", REL, fact="231"),
          Q("P1.Q4", "staff.psych.vacancies", REL, fact="14"),
          Q("P1.Q5", "staff.turnover", REL, fact="11.8%"),
      ]),
    # split into parts that restart
    L("history", "MPFT-FOI-2023-0519.html", "MPFT-FOI-2023-0519.html", "html",
      TRUST, "MPFT-FOI-2023-0519", "2023-07-18", "2023-06-20", "FOIA",
      "you_asked_disclosure_log", [
          Q("P1.Q1", "staff.headcount", REL, fact="5,290"),
          Q("P1.Q2", "staff.wte", REL, fact="4,688.2"),
          Q("P1.Q3", "staff.turnover", REL, fact="13.1%"),
          Q("P2.Q1", "staff.nurse.vacancies", REL, fact="264"),
          Q("P2.Q2", "staff.psych.vacancies", REL, fact="17"),
          Q("P2.Q3", "staff.vacancies.byward", NH),
      ]),
    # agency spend
    L("history", "FOI402-19.pdf", "FOI402-19.html", "lo_pdf",
      TRUST, "FOI 402/19", "2019-06-25", "2019-05-28", "FOIA", "interleaved", [
          Q("P1.Q1", "agency.spend.total", REL, fact="£9.3m"),
          Q("P1.Q2", "agency.spend.nursing", REL, fact="£5.1m"),
          Q("P1.Q3", "agency.spend.medical", REL, fact="£3.0m"),
          Q("P1.Q4", "agency.top.agencies", REL, fact="Meridian Healthcare Staffing"),
          Q("P1.Q5", "agency.highest.rate", REL, fact="£145"),
      ]),
    L("history", "MPFT-FOI-2022-0240.txt", "MPFT-FOI-2022-0240.txt", "txt",
      TRUST, "MPFT-FOI-2022-0240", "2022-04-12", "2022-03-15", "FOIA",
      "refusal_whole_request", [
          Q("P1.Q1", "agency.spend.total", REF, ["s12(1)"]),
          Q("P1.Q2", "agency.spend.nursing", REF, ["s12(1)"]),
          Q("P1.Q3", "agency.spend.medical", REF, ["s12(1)"]),
          Q("P1.Q4", "agency.top.agencies", REF, ["s12(1)"]),
          Q("P1.Q5", "agency.highest.rate", REF, ["s12(1)"]),
          Q("P1.Q6", "agency.offframework.byward", REF, ["s12(1)"]),
      ]),
    L("history", "MPFT-FOI-2024-0377.docx", "MPFT-FOI-2024-0377.html", "docx",
      TRUST, "MPFT-FOI-2024-0377", "2024-05-14", "2024-04-16", "FOIA", "interleaved", [
          Q("P1.Q1", "agency.spend.total", REL, fact="£14.7m"),
          Q("P1.Q2", "agency.spend.nursing", REL, fact="£8.2m"),
          Q("P1.Q3", "agency.spend.medical", REL, fact="£4.9m"),
          Q("P1.Q4", "agency.top.agencies", REL, fact="Meridian Healthcare Staffing"),
          Q("P1.Q5", "agency.highest.rate", WH, ["s43(2)"]),
          Q("P1.Q6", "agency.framework", REL, fact="Yes"),
      ]),
    # restraint (beyond IT)
    L("history", "FOI655-20.pdf", "FOI655-20.html", "lo_gs",
      TRUST, "FOI 655/20", "2020-10-20", "2020-09-22", "FOIA", "interleaved", [
          Q("P1.Q1", "restraint.count", REL, fact="1,847"),
          Q("P1.Q2", "restraint.prone", REL, fact="312"),
          Q("P1.Q3", "restraint.mechanical", REL, fact="6"),
          Q("P1.Q4", "restraint.training.provider", REL, fact="Safe Hands Training CIC"),
          Q("P1.Q5", "restraint.policy", REL, ["s21"]),
      ]),
    L("history", "MPFT-FOI-2023-0911.pdf", "MPFT-FOI-2023-0911.html", "chromium",
      TRUST, "MPFT-FOI-2023-0911", "2023-12-05", "2023-11-07", "FOIA",
      "refusal_whole_request", [
          Q("P1.Q1", "restraint.count", REF, ["s12(1)"]),
          Q("P1.Q2", "restraint.prone", REF, ["s12(1)"]),
          Q("P1.Q3", "restraint.ethnicity", REF, ["s12(1)"]),
          Q("P1.Q4", "restraint.training.provider", REF, ["s12(1)"]),
          Q("P1.Q5", "restraint.policy", REF, ["s12(1)"]),
      ]),
    # electronic patient record contract
    L("history", "MPFT-FOI-2021-0702.md", "MPFT-FOI-2021-0702.md", "md",
      TRUST, "MPFT-FOI-2021-0702", "2021-08-24", "2021-07-27", "FOIA", "q_a", [
          Q("P1.Q1", "epr.supplier", REL, fact="Orbis Health Systems"),
          Q("P1.Q2", "epr.expiry", REL, fact="31 March 2024"),
          Q("P1.Q3", "epr.cost", REL, fact="£640,000"),
          Q("P1.Q4", "epr.contact", PART, ["s40(2)"], "Chief Clinical Information Officer"),
          Q("P1.Q5", "epr.hosting", REL, fact="On premises"),
      ]),
    L("history", "MPFT-FOI-2024-0133.pdf", "MPFT-FOI-2024-0133.html", "lo_pdf",
      TRUST, "MPFT-FOI-2024-0133", "2024-02-20", "2024-01-23", "FOIA", "table", [
          Q("P1.Q1", "epr.supplier", REL, fact="Orbis Health Systems"),
          Q("P1.Q2", "epr.expiry", REL, fact="31 March 2027"),
          Q("P1.Q3", "epr.cost", WH, ["s43(2)"]),
          Q("P1.Q4", "epr.contact", PART, ["s40(2)"], "Chief Clinical Information Officer"),
          Q("P1.Q5", "epr.hosting", REL, fact="Cloud"),
          Q("P1.Q6", "epr.replacement", REL, fact="No"),
      ]),

    # ===================== University of Eastcombe =====================
    # ICT systems contracts: parts per system, same three sentences in each
    L("history", "FOI-2018-094.pdf", "FOI-2018-094.html", "lo_pdf",
      UNI, "FOI-2018-094", "2018-10-30", "2018-10-02", "FOIA", "table", [
          Q("P1.Q1", "uni.vle.supplier", REL, fact="Brightwater Learning"),
          Q("P1.Q2", "uni.vle.expiry", REL, fact="31 July 2020"),
          Q("P1.Q3", "uni.vle.cost", REL, fact="£84,000"),
          Q("P2.Q1", "uni.srs.supplier", REL, fact="Kellington Software"),
          Q("P2.Q2", "uni.srs.expiry", REL, fact="31 August 2022"),
          Q("P2.Q3", "uni.srs.cost", WH, ["s43(2)"]),
      ]),
    L("history", "FOI-2020-131.txt", "FOI-2020-131.txt", "txt",
      UNI, "FOI-2020-131", "2020-11-24", "2020-10-27", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "uni.vle.supplier", REL, fact="Brightwater Learning"),
          Q("P1.Q2", "uni.vle.expiry", REL, fact="31 July 2023"),
          Q("P1.Q3", "uni.vle.cost", REL, fact="£88,500"),
          Q("P2.Q1", "uni.srs.supplier", REL, fact="Kellington Software"),
          Q("P2.Q2", "uni.srs.expiry", REL, fact="31 August 2022"),
          Q("P2.Q3", "uni.srs.cost", WH, ["s43(2)"]),
          Q("P3.Q1", "uni.fin.supplier", REL, fact="Ledgerline Systems"),
          Q("P3.Q2", "uni.fin.expiry", REL, fact="31 December 2024"),
          Q("P3.Q3", "uni.fin.cost", WH, ["s43(2)"]),
      ]),
    L("history", "FOI2023-0017.pdf", "FOI2023-0017.html", "chromium_gs",
      UNI, "FOI2023/0017", "2023-01-31", "2023-01-04", "FOIA", "interleaved", [
          Q("P1.Q1", "uni.vle.supplier", REL, fact="Lumen Learning Platforms"),
          Q("P1.Q2", "uni.vle.expiry", REL, fact="31 July 2028"),
          Q("P1.Q3", "uni.vle.cost", REL, fact="£112,000"),
          Q("P2.Q1", "uni.srs.supplier", REL, fact="Kellington Software"),
          Q("P2.Q2", "uni.srs.expiry", REL, fact="31 August 2027"),
          Q("P2.Q3", "uni.srs.cost", WH, ["s43(2)"]),
          Q("P3.Q1", "uni.hr.supplier", REL, fact="Paywise Ltd"),
          Q("P3.Q2", "uni.hr.expiry", REL, fact="30 April 2026"),
          Q("P3.Q3", "uni.hr.cost", WH, ["s43(2)"]),
      ]),
    # cyber incidents
    L("history", "FOI-2019-041.html", "FOI-2019-041.html", "html",
      UNI, "FOI-2019-041", "2019-04-16", "2019-03-19", "FOIA",
      "you_asked_disclosure_log", [
          Q("P1.Q1", "cyber.incidents", REL, fact="27"),
          Q("P1.Q2", "cyber.ransom", REL, fact="1"),
          Q("P1.Q3", "cyber.ransom.paid", REL, fact="No"),
          Q("P1.Q4", "cyber.staff", REL, fact="3"),
      ]),
    L("history", "FOI-2021-088.pdf", "FOI-2021-088.html", "lo_pdf",
      UNI, "FOI-2021-088", "2021-09-07", "2021-08-10", "FOIA", "grouped", [
          Q("P1.Q1", "cyber.incidents", REL, fact="41"),
          Q("P1.Q2", "cyber.ransom", REL, fact="None"),
          Q("P1.Q3", "cyber.ransom.paid", REL, fact="No"),
          Q("P1.Q4", "cyber.staff", REL, fact="4"),
          Q("P1.Q5", "cyber.insurance", WH, ["s43(2)"]),
      ]),
    L("history", "FOI2023-0254.docx", "FOI2023-0254.html", "docx",
      UNI, "FOI2023/0254", "2023-05-23", "2023-04-25", "FOIA", "interleaved", [
          Q("P1.Q1", "cyber.incidents", WH, ["s31(1)(a)"]),
          Q("P1.Q2", "cyber.ransom", WH, ["s31(1)(a)"]),
          Q("P1.Q3", "cyber.ransom.paid", REL, fact="No"),
          Q("P1.Q4", "cyber.staff", REL, fact="4"),
          Q("P1.Q5", "cyber.insurance", WH, ["s43(2)"]),
          Q("P1.Q6", "cyber.budget", WH, ["s31(1)(a)"]),
      ]),
    # internal review: stance is the review's outcome, reference the review's own
    L("history", "IR2024-0009.pdf", "IR2024-0009.html", "chromium",
      UNI, "IR2024/0009", "2024-07-16", "2024-06-18", "FOIA", "internal_review", [
          Q("P1.Q1", "cyber.incidents", REL, fact="19"),
          Q("P1.Q2", "cyber.ransom", WH, ["s31(1)(a)"]),
          Q("P1.Q3", "cyber.ransom.paid", REL, fact="No"),
          Q("P1.Q4", "cyber.insurance", WH, ["s43(2)"]),
          Q("P1.Q5", "cyber.staff", REL, fact="5"),
      ]),
    # academic misconduct (beyond IT); s12(2) trap
    L("history", "FOI2023-0133.md", "FOI2023-0133.md", "md",
      UNI, "FOI2023/0133", "2023-03-14", "2023-02-14", "FOIA", "q_a", [
          Q("P1.Q1", "uni.misconduct.total", REL, fact="614"),
          Q("P1.Q2", "uni.misconduct.ai", REF, ["s12(2)"]),
          Q("P1.Q3", "uni.misconduct.expelled", REL, fact="7"),
          Q("P1.Q4", "uni.detection.software", REL, fact="Veritext"),
      ]),
    L("history", "FOI2025-0032.html", "FOI2025-0032.html", "html",
      UNI, "FOI2025/0032", "2025-01-28", "2024-12-31", "FOIA",
      "interleaved_disclosure_log", [
          Q("P1.Q1", "uni.misconduct.total", REL, fact="1,032"),
          Q("P1.Q2", "uni.misconduct.ai", REL, fact="388"),
          Q("P1.Q3", "uni.misconduct.expelled", WH, ["s40(2)"]),
          Q("P1.Q4", "uni.detection.software", REL, fact="Veritext"),
      ]),

    # =============================== DRAFTS ===============================
    # D1 council ICT: a question inserted at P1.Q2 shifts the rest of part 1
    L("draft", "CAS-48817-Q9X3B2_draft.docx", "CAS-48817-Q9X3B2_draft.html", "docx",
      COUNCIL, "CAS-48817-Q9X3B2", "2025-06-19", "2025-05-22", "FOIA",
      "interleaved", [
          Q("P1.Q1", "ict.cc.supplier", REL, fact="Vantora Systems Ltd"),
          Q("P1.Q2", "ict.cc.hosting", REL, fact="cloud"),
          Q("P1.Q3", "ict.cc.spend", WH, ["s43(2)"]),
          Q("P1.Q4", "ict.cc.duration", REL, fact="3 years"),
          Q("P1.Q5", "ict.cc.expiry", WH, ["s43(2)"]),
          Q("P1.Q6", "ict.cc.review", REL, fact="March 2026"),
          Q("P1.Q7", "ict.cc.description", REL),
          Q("P1.Q8", "ict.cc.contact", PART, ["s40(2)"], "Head of Customer Services"),
          Q("P1.Q9", "ict.cc.agents", REL, fact="39"),
          Q("P1.Q10", "ict.cc.sites", REL, fact="2"),
          Q("P1.Q11", "ict.cc.manufacturer", REL, fact="Vantora"),
          Q("P1.Q12", "ict.email.server", REL, fact="Microsoft Exchange Online"),
          Q("P1.Q13", "ict.email.users", REL, fact="3,850"),
          Q("P2.Q1", "ict.net.supplier", REL, fact="Halberd Telecom plc"),
          Q("P2.Q2", "ict.net.spend", REL, fact="£21,400"),
          Q("P2.Q3", "ict.net.expiry", REL, fact="31 January 2027"),
          Q("P2.Q4", "ict.net.review", REL, fact="November 2026"),
          Q("P2.Q5", "ict.net.description", REL),
          Q("P2.Q6", "ict.net.contact", PART, ["s40(2)"], "ICT Infrastructure Manager"),
      ]),
    # D2 council fleet under the EIR: regime change for the same information
    L("draft", "CAS-51104-H2D6V1_draft.pdf", "CAS-51104-H2D6V1_draft.html", "lo_pdf",
      COUNCIL, "CAS-51104-H2D6V1", "2025-10-08", "2025-09-10", "EIR",
      "interleaved", [
          Q("P1.Q1", "fleet.charge.supplier", REL, fact="Voltgrid Infrastructure Ltd"),
          Q("P1.Q2", "fleet.charge.value", WH, ["reg12(5)(e)"]),
          Q("P1.Q3", "fleet.charge.contact", WH, ["reg13(1)"]),
          Q("P1.Q4", "fleet.telematics", NH, ["reg12(4)(a)"]),
          Q("P1.Q5", "fleet.electrify", REL, ["reg6(1)(b)"], "2032"),
      ]),
    # D3 council CCTV, with a body-worn video look-alike
    L("draft", "CAS-53920-C4L7S6_draft.txt", "CAS-53920-C4L7S6_draft.txt", "txt",
      COUNCIL, "CAS-53920-C4L7S6", "2026-02-12", "2026-01-15", "FOIA",
      "restate_then_answer", [
          Q("P1.Q1", "cctv.count", REL, fact="140"),
          Q("P1.Q2", "cctv.monitoring", REL, fact="24 hours"),
          Q("P1.Q3", "cctv.makes", REL, fact="Vantage Optics"),
          Q("P1.Q4", "cctv.facial", REL, fact="No"),
          Q("P1.Q5", "cctv.spend", WH, ["s43(2)"]),
          Q("P1.Q6", "bwv.count", REL, fact="24"),
      ]),
    # D4 police ICT, with a call-handler look-alike
    L("draft", "PCAL-FOI-2025-1218_draft.pdf", "PCAL-FOI-2025-1218_draft.html", "lo_pdf",
      POLICE, "PCAL-FOI-2025-1218", "2025-08-21", "2025-07-24", "FOISA",
      "decision_paragraph", [
          Q("P1.Q1", "ict.cc.supplier", WH, S35AB),
          Q("P1.Q2", "ict.cc.spend", REL, fact="£310,000"),
          Q("P1.Q3", "ict.cc.duration", WH, S35AB),
          Q("P1.Q4", "ict.cc.expiry", WH, S35AB),
          Q("P1.Q5", "ict.cc.review", WH, S35AB),
          Q("P1.Q6", "ict.cc.description", WH, S35AB),
          Q("P1.Q7", "ict.cc.contact", WH, ["foisa:s38(1)(b)"]),
          Q("P1.Q8", "ict.cc.agents", WH, S35AB),
          Q("P1.Q9", "ict.cc.sites", REL, fact="3"),
          Q("P1.Q10", "ict.cc.manufacturer", WH, S35AB),
          Q("P1.Q11", "ict.email.server", WH, S35AB),
          Q("P1.Q12", "ict.email.users", REL, fact="24,000"),
          Q("P1.Q13", "police.callhandlers.count", REL, ["foisa:s25(1)"], "436"),
          Q("P2.Q1", "ict.net.supplier", WH, S35AB),
          Q("P2.Q2", "ict.net.spend", NH, ["foisa:s17(1)"]),
          Q("P2.Q3", "ict.net.expiry", WH, S35AB),
          Q("P2.Q4", "ict.net.review", WH, S35AB),
          Q("P2.Q5", "ict.net.description", WH, S35AB),
          Q("P2.Q6", "ict.net.contact", REL, fact=MAILBOX),
      ]),
    # D5 police drones
    L("draft", "PCAL-FOI-2026-0049_draft.pdf", "PCAL-FOI-2026-0049_draft.html", "chromium",
      POLICE, "PCAL-FOI-2026-0049", "2026-01-27", "2025-12-29", "FOISA",
      "interleaved", [
          Q("P1.Q1", "drones.count", WH, ["foisa:s35(1)(a)"]),
          Q("P1.Q2", "drones.models", WH, ["foisa:s31(1)"]),
          Q("P1.Q3", "drones.spend", PART, ["foisa:s33(1)(b)"], "£263,000"),
          Q("P1.Q4", "drones.public_order", REL, fact="12"),
          Q("P1.Q5", "drones.policy", REL, ["foisa:s25(1)"]),
          Q("P1.Q6", "drones.origin", REL, fact="No"),
      ]),
    # D6 police cyber, checked as of a date before its latest history
    L("draft", "PCAL-FOI-2025-2087_draft.docx", "PCAL-FOI-2025-2087_draft.html", "docx",
      POLICE, "PCAL-FOI-2025-2087", "2025-11-14", "2025-10-17", "FOISA",
      "interleaved", [
          Q("P1.Q1", "cyber.incidents", WH, ["foisa:s35(1)(a)"]),
          Q("P1.Q2", "cyber.ransom", NCND, ["foisa:s18(1)", "foisa:s35(1)(a)"]),
          Q("P1.Q3", "cyber.accreditation", REL, fact="Yes"),
          Q("P1.Q4", "cyber.soc.supplier", WH, ["foisa:s35(1)(a)"]),
      ], as_of="2023-06-01"),
    # D7 trust agency spend
    L("draft", "MPFT-FOI-2025-0468_draft.pdf", "MPFT-FOI-2025-0468_draft.html", "lo_pdf",
      TRUST, "MPFT-FOI-2025-0468", "2025-07-08", "2025-06-10", "FOIA",
      "interleaved", [
          Q("P1.Q1", "agency.spend.total", PART, ["s43(2)"], "£12.1m"),
          Q("P1.Q2", "agency.top.agencies", WH, ["s43(2)"]),
          Q("P1.Q3", "agency.highest.rate", WH, ["s40(2)"]),
          Q("P1.Q4", "agency.framework", REL, fact="Yes"),
          Q("P1.Q5", "agency.converted", REL, fact="37"),
      ]),
    # D8 trust EPR: consistent repeat, questions reordered
    L("draft", "MPFT-FOI-2026-0021_draft.pdf", "MPFT-FOI-2026-0021_draft.html", "chromium",
      TRUST, "MPFT-FOI-2026-0021", "2026-01-20", "2025-12-22", "FOIA", "table", [
          Q("P1.Q1", "epr.supplier", REL, fact="Orbis Health Systems"),
          Q("P1.Q2", "epr.hosting", REL, fact="Cloud"),
          Q("P1.Q3", "epr.expiry", REL, fact="31 March 2027"),
          Q("P1.Q4", "epr.cost", WH, ["s43(2)"]),
          Q("P1.Q5", "epr.replacement", REL, fact="No"),
          Q("P1.Q6", "epr.contact", PART, ["s40(2)"], "Chief Clinical Information Officer"),
      ], consistent=True),
    # D9 trust restraint: precedent is a whole-request cost refusal
    L("draft", "MPFT-FOI-2025-0730_draft.md", "MPFT-FOI-2025-0730_draft.md", "md",
      TRUST, "MPFT-FOI-2025-0730", "2025-09-16", "2025-08-19", "FOIA",
      "interleaved", [
          Q("P1.Q1", "restraint.count", REL, fact="2,104"),
          Q("P1.Q2", "restraint.prone", REL, fact="288"),
          Q("P1.Q3", "restraint.ethnicity", PART, ["s40(2)"]),
          Q("P1.Q4", "restraint.mechanical", NH),
          Q("P1.Q5", "restraint.training.provider", REL, fact="Safe Hands Training CIC"),
          Q("P1.Q6", "restraint.policy", REL, ["s21"]),
      ]),
    # D10 university cyber
    L("draft", "FOI2025-0298_draft.pdf", "FOI2025-0298_draft.html", "chromium",
      UNI, "FOI2025/0298", "2025-05-20", "2025-04-22", "FOIA", "interleaved", [
          Q("P1.Q1", "cyber.incidents", PART, ["s31(1)(a)"], "22"),
          Q("P1.Q2", "cyber.ransom", WH, ["s31(1)(a)"]),
          Q("P1.Q3", "cyber.ransom.paid", NCND, ["s31(3)"]),
          Q("P1.Q4", "cyber.insurance", REL, fact="Corvane Underwriting"),
          Q("P1.Q5", "cyber.staff", REL, fact="5"),
      ]),
    # D11 bare incoming request: finance part returns; part 3 is not HR
    L("draft", "FOI2026-0061_request.txt", "FOI2026-0061_request.txt", "txt",
      UNI, "FOI2026/0061", "2026-02-09", "2026-02-09", "FOIA", "bare_request", [
          Q("P1.Q1", "uni.vle.supplier", UNK),
          Q("P1.Q2", "uni.vle.expiry", UNK),
          Q("P1.Q3", "uni.vle.cost", UNK),
          Q("P1.Q4", "uni.vle.users", UNK),
          Q("P2.Q1", "uni.srs.supplier", UNK),
          Q("P2.Q2", "uni.srs.expiry", UNK),
          Q("P2.Q3", "uni.srs.cost", UNK),
          Q("P3.Q1", "uni.fin.supplier", UNK),
          Q("P3.Q2", "uni.fin.expiry", UNK),
          Q("P3.Q3", "uni.fin.cost", UNK),
      ], bare=True),
]

# ---------------------------------------------------------------------------
# Stance comparison (CONTRACT.md finding table)
# ---------------------------------------------------------------------------
# Equivalent provisions across FOIA, the EIR and FOISA (HOUSE-STYLES.md table).
EQUIV = [
    (r"^reg12\(5\)\(e\)", "s43"), (r"^reg12\(5\)\(b\)", "s31"),
    (r"^reg12\(5\)\(a\)", "s24"), (r"^reg12\(4\)\(e\)", "s36"),
    (r"^reg12\(4\)\(d\)", "s22"), (r"^reg12\(4\)\(b\)", "s12"),
    (r"^reg12\(4\)\(a\)", "notheld"), (r"^reg12\(6\)", "ncnd"),
    (r"^reg13", "s40"), (r"^reg6\(1\)\(b\)", "s21"),
    (r"^foisa:s33", "s43"), (r"^foisa:s35", "s31"), (r"^foisa:s38", "s40"),
    (r"^foisa:s31", "s24"), (r"^foisa:s30", "s36"), (r"^foisa:s25", "s21"),
    (r"^foisa:s27", "s22"), (r"^foisa:s17", "notheld"), (r"^foisa:s18", "ncnd"),
    (r"^foisa:s12", "s12"), (r"^foisa:s14", "s14"),
]


def eq_class(ex):
    for pat, cls in EQUIV:
        if re.match(pat, ex):
            return cls
    m = re.match(r"^(s\d+)", ex)
    return m.group(1) if m else ex


def finding_kind(prev, cur):
    """(kind, severity) or None, comparing a draft question with its precedent."""
    p, c = prev["stance"], cur["stance"]
    if UNK in (p, c):
        return None
    if p == NCND and c == NCND:
        return None
    if c == NCND:
        return ("ncnd_inconsistent", "high") if p in (REL, PART, WH, NH) else None
    if p == NCND:
        return ("ncnd_inconsistent", "medium") if c in (REL, PART, WH, NH) else None
    if p in (REL, PART) and c in (WH, REF):
        return ("newly_withheld", "high")
    if p == REL and c == PART:
        return ("partly_withheld", "medium")
    if p == WH and c in (REL, PART):
        return ("newly_released", "medium")
    if p == WH and c == WH:
        a = {eq_class(e) for e in prev["exemptions"]}
        b = {eq_class(e) for e in cur["exemptions"]}
        return ("exemption_changed", "medium") if a != b else None
    if p in (REL, PART, WH) and c == NH:
        return ("held_status_changed", "high")
    if p == NH and c in (REL, PART, WH):
        return ("held_status_changed", "medium")
    if p == REL and c == REL:
        if prev["fact"] is not None and cur["fact"] is not None and \
                prev["fact"].strip().lower() != cur["fact"].strip().lower():
            return ("answer_changed", "low")
    return None


def derive_expect(letters):
    hist = [l for l in letters if l["kind"] == "history"]
    out = {}
    for d in (l for l in letters if l["kind"] == "draft"):
        cutoff = d["as_of"] or d["date"]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        if d["consistent"]:
            entry["consistent"] = True
        matches, findings = {}, []
        for q in d["questions"]:
            prev = []
            for h in hist:
                if h["authority"] != d["authority"] or not h["date"] < cutoff:
                    continue
                for hq in h["questions"]:
                    if hq["concept"] == q["concept"]:
                        prev.append((h["date"], h["reference"], hq))
            prev.sort(key=lambda t: t[0], reverse=True)
            dates = [t[0] for t in prev]
            assert len(dates) == len(set(dates)), ("precedent tie", d["file"], q["id"])
            matches[q["id"]] = ["%s %s" % (r, hq["id"]) for _, r, hq in prev]
            if prev and not d["bare"]:
                _, ref, hq = prev[0]
                fk = finding_kind(hq, q)
                if fk:
                    findings.append({"kind": fk[0], "severity": fk[1],
                                     "question_id": q["id"],
                                     "precedent": "%s %s" % (ref, hq["id"])})
        entry["matches"] = matches
        entry["findings"] = findings
        if d["consistent"]:
            assert not findings and any(matches.values()), d["file"]
        out[d["file"]] = entry
    return out


def validate(letters):
    files, refs = set(), set()
    for l in letters:
        assert l["file"] not in files, l["file"]
        files.add(l["file"])
        assert (l["authority"], l["reference"]) not in refs, l["reference"]
        refs.add((l["authority"], l["reference"]))
        ids, concepts = set(), set()
        for q in l["questions"]:
            assert re.match(r"^P\d+\.Q\d+$", q["id"]), q
            assert q["id"] not in ids, (l["file"], q["id"])
            ids.add(q["id"])
            assert q["concept"] not in concepts, (l["file"], q["concept"])
            concepts.add(q["concept"])
            assert q["stance"] in (REL, PART, WH, NCND, NH, REF, UNK)
            if q["stance"] == PART or q["stance"] == WH or q["stance"] == REF:
                assert q["exemptions"], (l["file"], q["id"])
            if l["bare"]:
                assert q["stance"] == UNK
        yr = int(l["date"][:4])
        if l["kind"] == "history":
            assert 2017 <= yr <= 2025, l["file"]
        else:
            assert 2025 <= yr <= 2026, l["file"]


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode(errors="replace") + r.stderr.decode(errors="replace"))
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def lo_convert(src, outdir, target):
    # one conversion at a time; open HTML as a Writer document
    run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--infilter=HTML (StarWriter)", "--convert-to", target,
         "--outdir", outdir, src])


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
        timeout=180)


def gs_redistil(src, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, src])


def ocr_scan(pdf, out, tmp):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
         "-o", os.path.join(tmp, "page-%03d.png"), pdf])
    pages = sorted(p for p in os.listdir(tmp) if p.startswith("page-"))
    lst = os.path.join(tmp, "pages.txt")
    with open(lst, "w") as f:
        f.write("\n".join(os.path.join(tmp, p) for p in pages) + "\n")
    base = os.path.join(tmp, "ocr")
    run(["tesseract", lst, base, "-l", "eng", "pdf"])
    shutil.move(base + ".pdf", out)


def render(l):
    outdir = os.path.join(ROOT, "history" if l["kind"] == "history" else "drafts")
    out = os.path.join(outdir, l["file"])
    src = os.path.join(SRC, l["src"])
    prod = l["producer"]
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(l["src"])[0]
        if prod in ("txt", "md", "html"):
            shutil.copyfile(src, out)
        elif prod == "chromium":
            chromium_pdf(src, out)
        elif prod == "chromium_gs":
            mid = os.path.join(tmp, "mid.pdf")
            chromium_pdf(src, mid)
            gs_redistil(mid, out)
        elif prod in ("lo_pdf", "lo_gs", "ocr"):
            lo_convert(src, tmp, "pdf:writer_pdf_Export")
            mid = os.path.join(tmp, stem + ".pdf")
            if prod == "lo_pdf":
                shutil.move(mid, out)
            elif prod == "lo_gs":
                gs_redistil(mid, out)
            else:
                sub = os.path.join(tmp, "scan")
                os.mkdir(sub)
                ocr_scan(mid, out, sub)
        elif prod == "docx":
            lo_convert(src, tmp, "docx:MS Word 2007 XML")
            shutil.move(os.path.join(tmp, stem + ".docx"), out)
        else:
            raise SystemExit("unknown producer " + prod)
    return out


# ---------------------------------------------------------------------------
# Checks on the rendered output
# ---------------------------------------------------------------------------
def extract_text(path):
    if path.endswith(".pdf"):
        return run(["pdftotext", "-layout", path, "-"]).stdout.decode("utf-8", "replace")
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
            numbered = xml.count("<w:numPr>") - len(re.findall(r'<w:numId w:val="0"/>', xml))
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml), numbered
    with open(path, encoding="utf-8") as f:
        txt = f.read()
    if path.endswith(".html"):
        txt = re.sub(r"<[^>]+>", " ", txt)
        txt = txt.replace("&amp;", "&").replace("&pound;", "£").replace("&nbsp;", " ")
    return txt


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def check_output(l, path):
    problems = []
    got = extract_text(path)
    numbered = None
    if isinstance(got, tuple):
        got, numbered = got
        if numbered <= 0:
            problems.append("docx has no automatic numbering")
    text = norm(got)
    if len(text) < 400:
        problems.append("too little text (%d chars)" % len(text))
    if l["reference"] and norm(l["reference"]) not in text:
        problems.append("reference %r not found" % l["reference"])
    for q in l["questions"]:
        if q["fact"] and norm(q["fact"]) not in text:
            problems.append("%s fact %r not found" % (q["id"], q["fact"]))
    return problems


def main():
    validate(LETTERS)
    for d in ("history", "drafts"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    only = set(sys.argv[1:])
    all_problems = {}
    for l in LETTERS:
        if only and l["file"] not in only:
            continue
        path = render(l)
        probs = check_output(l, path)
        if probs:
            all_problems[l["file"]] = probs
        print("%-6s %-40s %s" % (l["kind"], l["file"], "ok" if not probs else "; ".join(probs)))

    truth = [{k: v for k, v in l.items() if k != "src"} for l in LETTERS]
    with open(os.path.join(GEN, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    expect = {
        "description": (
            "Set AL: four invented UK authorities (Kestrelmoor Council, a unitary "
            "council; Police Caledonia, a Scottish national police service under "
            "FOISA; Marlwood Partnership NHS Foundation Trust, mental health; "
            "University of Eastcombe). 40 history letters 2017-2025 in round-robin "
            "families (contact-centre/inbound-network ICT contracts, CCTV, body-worn "
            "video look-alike, fleet, drones, cyber incidents, staff numbers, agency "
            "spend, restraint, EPR contract, university systems contracts, academic "
            "misconduct) and 11 drafts 2025-2026, including a bare incoming request, "
            "a consistent repeat, an EIR regime change and a draft checked as of "
            "2023-06-01. Derived from gen/truth.json by gen/make.py."),
        "drafts": derive_expect(LETTERS),
    }
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    if all_problems:
        print("\nPROBLEMS in %d file(s)" % len(all_problems))
        # OCR'd scans may misread a figure; everything else must be exact
        hard = [f for f in all_problems
                if next(l for l in LETTERS if l["file"] == f)["producer"] != "ocr"]
        if hard:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
