#!/usr/bin/env python3
"""Test set AV: invented UK authorities, 40 history letters, 11 drafts.

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


# authorities: constants here
A = "Wealdmarsh Police"                                    # English police force
B = "Calderbrook Metropolitan Fire and Rescue Authority"   # metropolitan fire and rescue authority
C = "Ashcombe and Lyde Hospitals NHS Foundation Trust"     # acute NHS foundation trust
D = "London Borough of Hollinwick"                         # London borough council (FOIA and EIR)

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

# (set constants of exemptions here)
F33 = ["foisa:s33(1)(b)"]
F35 = ["foisa:s35(1)(a)"]
F25 = ["foisa:s25(1)"]
F18_35 = ["foisa:s18(1)", "foisa:s35(1)(a)"]
F31_35 = ["foisa:s31(1)", "foisa:s35(1)(a)"]
S43 = ["s43(2)"]
S40 = ["s40(2)"]
S21 = ["s21(1)"]
S22 = ["s22(1)"]
S31G = ["s31(1)(g)"]
S31_3 = ["s31(3)"]
NCND_FIRE = ["s24(2)", "s31(3)"]
R12_5E = ["reg12(5)(e)"]

# Letters: written by gen/write_src.py (sources in gen/src/), pasted here.
LETTERS = [
    L('history', 'history/FOI 0388-17 Response - ANPR.pdf', 'a01_anpr_2017.html', 'lo_pdf', A, 'FOI 0388/17', '2017-05-11', '2017-04-13', 'foia', 'decision paragraph naming exempt question, then answers', [
        Q('P1.Q1', 'A_ANPR_CAMS', 'released', [], '46'),
        Q('P1.Q2', 'A_ANPR_LOC', 'withheld', ['s31(1)(a)', 's31(1)(b)'], None),
        Q('P1.Q3', 'A_ANPR_SUP', 'released', [], 'Vantix Systems Ltd'),
        Q('P1.Q4', 'A_ANPR_COST', 'released', [], '£212,400'),
    ]),
    L('history', 'history/FOI_0215_18_Drones_response.pdf', 'a02_drones_2018.html', 'lo_pdf_gs', A, 'FOI 0215/18', '2018-03-02', '2018-02-05', 'foia', 'interleaved Q1/A1', [
        Q('P1.Q1', 'A_DRONE_N', 'released', [], '4'),
        Q('P1.Q2', 'A_DRONE_MODEL', 'released', [], 'DJI Matrice 210'),
        Q('P1.Q3', 'A_DRONE_FLIGHTS', 'released', [], '312'),
        Q('P1.Q4', 'A_DRONE_SPEND', 'released', [], '£38,950'),
    ]),
    L('history', 'history/FOI 0587-19 BWV.pdf', 'a03_bwv_2019.html', 'lo_pdf', A, 'FOI 0587/19', '2019-06-20', '2019-05-24', 'foia', 'two-column bordered table', [
        Q('P1.Q1', 'A_BWV_N', 'released', [], '1,150'),
        Q('P1.Q2', 'A_BWV_SUP', 'released', [], 'Clearsight Video Ltd'),
        Q('P1.Q3', 'A_BWV_VAL', 'partially_released', ['s43(2)'], None),
        Q('P1.Q4', 'A_BWV_STORE', 'released', [], 'Axtel Evidence Cloud'),
    ]),
    L('history', 'history/Disclosure log - Taser use 2019 - FOI 0133-20.pdf', 'a04_taser_2020.html', 'chromium_pdf', A, 'FOI 0133/20', '2020-02-14', '2020-01-20', 'foia', 'disclosure log web page, You asked / Our response', [
        Q('P1.Q1', 'A_TASER_OFF', 'released', [], '412'),
        Q('P1.Q2', 'A_TASER_FIRE', 'released', [], '38'),
        Q('P1.Q3', 'A_TASER_U18', 'released', [], '3'),
    ]),
    L('history', 'history/FOI 0964-20 ANPR response (scanned).pdf', 'a05_anpr_2020.html', 'ocr_scan', A, 'FOI 0964/20', '2020-11-05', '2020-10-12', 'foia', 'quoted request with lettered items (a)-(d), answers keyed by letter; scanned', [
        Q('P1.Q1', 'A_ANPR_CAMS', 'released', [], '52'),
        Q('P1.Q2', 'A_ANPR_LOC', 'withheld', ['s31(1)(a)', 's31(1)(b)'], None),
        Q('P1.Q3', 'A_ANPR_SUP', 'released', [], 'Vantix Systems Ltd'),
        Q('P1.Q4', 'A_ANPR_COST', 'released', [], '£198,000'),
    ]),
    L('history', 'history/FOI 0811-21 Response.pdf', 'a06_control_2021.html', 'lo_pdf', A, 'FOI 0811/21', '2021-09-09', '2021-08-12', 'foia', 'restated request then numbered answers', [
        Q('P1.Q1', 'A_CCR_SUP', 'released', [], 'Meridian C3 Ltd'),
        Q('P1.Q2', 'A_CCR_EXP', 'released', [], '31 March 2024'),
        Q('P1.Q3', 'A_CALL_999', 'released', [], '92.4%'),
        Q('P1.Q4', 'A_CALL_101', 'released', [], '11.8%'),
    ]),
    L('history', 'history/FOI 0540-22 Drones.docx', 'a07_drones_2022.html', 'docx', A, 'FOI 0540/22', '2022-06-16', '2022-05-19', 'foia', 'restated request as auto-numbered list, answers in borderless table', [
        Q('P1.Q1', 'A_DRONE_N', 'released', [], '7'),
        Q('P1.Q2', 'A_DRONE_MODEL', 'withheld', ['s31(1)(a)', 's31(1)(b)'], None),
        Q('P1.Q3', 'A_DRONE_FLIGHTS', 'released', [], '566'),
        Q('P1.Q4', 'A_DRONE_SPEND', 'released', [], '£61,200'),
    ]),
    L('history', 'history/CAS-51873-W2K9P response.pdf', 'a08_cyber_2023.html', 'lo_pdf', A, 'CAS-51873-W2K9P', '2023-04-27', '2023-03-30', 'foia', 'decision per question, NCND, harm and PIT; section 23(5) mentioned but not applied', [
        Q('P1.Q1', 'A_CYBER_RANSOM', 'ncnd', ['s24(2)', 's31(3)'], None),
        Q('P1.Q2', 'A_CYBER_SPEND', 'withheld', ['s24(1)', 's31(1)(a)'], None),
    ]),
    L('history', 'history/CAS-60214-T7R3M Fleet.pdf', 'a09_fleet_2024.html', 'lo_pdf', A, 'CAS-60214-T7R3M', '2024-01-18', '2023-12-18', 'foia', 'bold restated questions with answers, long bordered table over pages', [
        Q('P1.Q1', 'A_FLEET_N', 'released', [], '684'),
        Q('P1.Q2', 'A_FLEET_MAKE', 'released', [], None),
        Q('P1.Q3', 'A_FLEET_UNMARKED', 'withheld', ['s31(1)(a)', 's31(1)(b)'], None),
        Q('P1.Q4', 'A_FLEET_EV', 'released', [], '37'),
    ]),
    L('history', 'history/CAS-66590-B1Q8D - Taser 2023.pdf', 'a10_taser_2024.html', 'chromium_pdf_gs', A, 'CAS-66590-B1Q8D', '2024-10-03', '2024-09-06', 'foia', 'disclosure log page, Request n / Answer; Chromium then Ghostscript', [
        Q('P1.Q1', 'A_TASER_OFF', 'released', [], '455'),
        Q('P1.Q2', 'A_TASER_FIRE', 'released', [], '41'),
        Q('P1.Q3', 'A_TASER_U18', 'released', [], '0'),
    ]),
    L('history', 'history/FOI-2017-041 response scanned.pdf', 'b01_mob_2017.html', 'ocr_scan', B, 'FOI-2017-041', '2017-08-22', '2017-07-26', 'foia', 'interleaved numbered bold questions with answers; scanned (OCR)', [
        Q('P1.Q1', 'B_MOB_SUP', 'released', [], 'Orion Mobilising Ltd'),
        Q('P1.Q2', 'B_MOB_VAL', 'released', [], '£1.34 million'),
        Q('P1.Q3', 'B_MOB_EXP', 'released', [], '30 June 2022'),
        Q('P1.Q4', 'B_MOB_CONTACT', 'withheld', ['s40(2)'], None),
    ]),
    L('history', 'history/FOI-2018-077 Fire appliances.pdf', 'b02_fleet_2018.html', 'lo_pdf', B, 'FOI-2018-077', '2018-04-12', '2018-03-15', 'foia', 'three-column bordered table (No. | Question | Answer)', [
        Q('P1.Q1', 'B_FLEET_N', 'released', [], '58'),
        Q('P1.Q2', 'B_FLEET_AGE', 'released', [], '9.2 years'),
        Q('P1.Q3', 'B_AERIAL', 'released', [], '4'),
    ]),
    L('history', 'history/FOI-2019-015_call_handling.pdf', 'b03_calls_2019.html', 'lo_pdf_gs', B, 'FOI-2019-015', '2019-01-30', '2019-01-02', 'foia', 'restated request 1) 2) 3) then answers keyed the same way; Ghostscript', [
        Q('P1.Q1', 'B_CALLS', 'released', [], '21,846'),
        Q('P1.Q2', 'B_HOAX', 'released', [], '612'),
        Q('P1.Q3', 'B_MOBTIME', 'released', [], '1 minute 38 seconds'),
    ]),
    L('history', 'history/FOI-2019-203 Cyber.pdf', 'b04_cyber_2019.html', 'lo_pdf', B, 'FOI-2019-203', '2019-10-17', '2019-09-19', 'foia', 'decision paragraph; section 24 mentioned but not applied', [
        Q('P1.Q1', 'B_CYBER', 'withheld', ['s31(1)(a)'], None),
        Q('P1.Q2', 'B_CYBER_SPEND', 'released', [], '£84,000'),
    ]),
    L('history', 'history/F-00231 Drones - Calderbrook Fire.pdf', 'b05_drones_2020.html', 'chromium_pdf', B, 'F-00231', '2020-07-09', '2020-06-10', 'foia', 'disclosure log web page; bulleted request, unnumbered answers in order', [
        Q('P1.Q1', 'B_DRONE_N', 'released', [], '2'),
        Q('P1.Q2', 'B_DRONE_USE', 'released', [], '47'),
        Q('P1.Q3', 'B_DRONE_PILOTS', 'released', [], '9'),
    ]),
    L('history', 'history/F-00418 Mobilising contract.docx', 'b06_mob_2021.html', 'docx', B, 'F-00418', '2021-05-25', '2021-04-28', 'foia', 'You asked / Our response, Word document', [
        Q('P1.Q1', 'B_MOB_SUP', 'released', [], 'Orion Mobilising Ltd'),
        Q('P1.Q2', 'B_MOB_VAL', 'partially_released', ['s43(2)'], None),
        Q('P1.Q3', 'B_MOB_EXP', 'released', [], '30 June 2027'),
        Q('P1.Q4', 'B_MOB_CONTACT', 'released', [], 'Head of Control and Mobilising Systems'),
    ]),
    L('history', 'history/F-00597 ICT contracts response.pdf', 'b07_tel_2022.html', 'lo_pdf', B, 'F-00597', '2022-03-03', '2022-02-04', 'foia', 'two parts, borderless tables; contract expiry asked in both parts', [
        Q('P1.Q1', 'B_TEL_SUP', 'released', [], 'BT plc'),
        Q('P1.Q2', 'B_TEL_SPEND', 'released', [], '£146,000'),
        Q('P1.Q3', 'B_TEL_EXP', 'released', [], '31 March 2024'),
        Q('P2.Q1', 'B_NET_SUP', 'released', [], 'Gamma Telecom Holdings Ltd'),
        Q('P2.Q2', 'B_NET_EXP', 'released', [], '30 September 2023'),
    ]),
    L('history', 'history/F-00802 Cyber incidents.pdf', 'b08_cyber_2023.html', 'lo_pdf', B, 'F-00802', '2023-02-16', '2023-01-19', 'foia', 'questions in prose, answers under headings; NCND; s43 mentioned not applied', [
        Q('P1.Q1', 'B_CYBER', 'ncnd', ['s24(2)', 's31(3)'], None),
        Q('P1.Q2', 'B_CYBER_SPEND', 'withheld', ['s24(1)', 's31(1)(a)'], None),
    ]),
    L('history', 'history/RE FOI request - 999 calls 2023 [Ref F-01055].txt', 'b09_calls_2024.txt', 'copy', B, 'F-01055', '2024-06-06', '2024-05-09', 'foia', 'e-mail reply, quoted questions with answers beneath', [
        Q('P1.Q1', 'B_CALLS', 'released', [], '24,310'),
        Q('P1.Q2', 'B_HOAX', 'released', [], '488'),
        Q('P1.Q3', 'B_MOBTIME', 'released', [], '1 minute 31 seconds'),
        Q('P1.Q4', 'B_ANSWER_TIME', 'released', [], '6.2 seconds'),
    ]),
    L('history', 'history/F-01190 Fleet response SCAN.pdf', 'b10_fleet_2025.html', 'ocr_scan', B, 'F-01190', '2025-01-23', '2024-12-30', 'foia', 'Question n / Answer; scanned (OCR); nil is a released zero', [
        Q('P1.Q1', 'B_FLEET_N', 'released', [], '55'),
        Q('P1.Q2', 'B_FLEET_AGE', 'released', [], '10.4 years'),
        Q('P1.Q3', 'B_AERIAL', 'released', [], '4'),
        Q('P1.Q4', 'B_FLEET_EV', 'released', [], '0'),
    ]),
    L('history', 'history/FOI-2017-0112 Agency staffing.pdf', 'c01_agency_2017.html', 'lo_pdf', C, 'FOI/2017/0112', '2017-03-14', '2017-02-14', 'foia', 'bordered question/response table', [
        Q('P1.Q1', 'C_AG_NURSE', 'released', [], '£4.81m'),
        Q('P1.Q2', 'C_AG_MED', 'released', [], '£3.27m'),
        Q('P1.Q3', 'C_AG_RATE', 'released', [], '£142 per hour'),
        Q('P1.Q4', 'C_AG_NAMES', 'released', [], None),
    ]),
    L('history', 'history/FOI-2018-0093 response EPR.pdf', 'c02_epr_2018.html', 'lo_pdf', C, 'FOI/2018/0093', '2018-02-08', '2018-01-10', 'foia', 'questions in prose, decision paragraph, s17 refusal notice wording', [
        Q('P1.Q1', 'C_EPR_SUP', 'released', [], 'Medisys Clinical Ltd'),
        Q('P1.Q2', 'C_EPR_VAL', 'withheld', ['s43(2)'], None),
        Q('P1.Q3', 'C_EPR_EXP', 'released', [], '31 March 2023'),
    ]),
    L('history', 'history/FOI-2018-0871 Telephony.docx', 'c03_tel_2018.html', 'docx', C, 'FOI/2018/0871', '2018-11-29', '2018-11-01', 'foia', 'two parts, auto-numbered lists restarting per part, answers inline; same expiry question in both parts', [
        Q('P1.Q1', 'C_TEL_SUP', 'released', [], 'Maxwell Unified Communications Ltd'),
        Q('P1.Q2', 'C_TEL_SPEND', 'withheld', ['s43(2)'], None),
        Q('P1.Q3', 'C_TEL_EXP', 'released', [], '30 April 2021'),
        Q('P2.Q1', 'C_NET_SUP', 'released', [], 'Daisy Communications Ltd'),
        Q('P2.Q2', 'C_NET_SPEND', 'withheld', ['s43(2)'], None),
        Q('P2.Q3', 'C_NET_EXP', 'released', [], '31 January 2020'),
    ]),
    L('history', 'history/FOI-2019-0644 Cyber security - web.pdf', 'c04_cyber_2019.html', 'chromium_pdf', C, 'FOI/2019/0644', '2019-09-12', '2019-08-15', 'foia', 'website page, You asked / Our response', [
        Q('P1.Q1', 'C_CYBER', 'released', [], 'No'),
        Q('P1.Q2', 'C_FIREWALL', 'withheld', ['s31(1)(a)'], None),
    ]),
    L('history', 'history/FOI-2020-0420 Agency staffing.pdf', 'c05_agency_2020.html', 'lo_pdf_gs', C, 'FOI/2020/0420', '2020-06-25', '2020-05-28', 'foia', 'restated numbered request then numbered answers; question inserted at 3 shifts later numbers', [
        Q('P1.Q1', 'C_AG_NURSE', 'released', [], '£6.02m'),
        Q('P1.Q2', 'C_AG_MED', 'released', [], '£3.90m'),
        Q('P1.Q3', 'C_AG_SHIFTS', 'not_held', [], None),
        Q('P1.Q4', 'C_AG_RATE', 'released', [], '£156 per hour'),
        Q('P1.Q5', 'C_AG_NAMES', 'released', [], None),
    ]),
    L('history', 'history/ALH-FOI-1177 Microsoft licensing.pdf', 'c06_ms_2021.html', 'lo_pdf', C, 'ALH-FOI-1177', '2021-10-07', '2021-09-09', 'foia', 'three-column borderless table', [
        Q('P1.Q1', 'C_MS_N', 'released', [], '7,900'),
        Q('P1.Q2', 'C_MS_SPEND', 'released', [], '£1.12m'),
        Q('P1.Q3', 'C_MS_RESELLER', 'released', [], 'Brightwire Licensing Ltd'),
        Q('P1.Q4', 'C_MS_VERSION', 'withheld', ['s31(1)(a)'], None),
    ]),
    L('history', 'history/ALH-IR-0044 Internal review outcome (scanned).pdf', 'c07_epr_ir_2022.html', 'ocr_scan', C, 'ALH-IR-0044', '2022-08-18', '2022-05-02', 'foia', 'internal review outcome (decision partly overturned); scanned (OCR); original reference quoted', [
        Q('P1.Q1', 'C_EPR_SUP', 'released', [], 'Medisys Clinical Ltd'),
        Q('P1.Q2', 'C_EPR_VAL', 'partially_released', ['s43(2)'], None),
        Q('P1.Q3', 'C_EPR_EXP', 'released', [], '31 March 2031'),
    ]),
    L('history', 'history/ALH-FOI-1988 Cyber security.pdf', 'c08_cyber_2023.html', 'lo_pdf', C, 'ALH-FOI-1988', '2023-05-11', '2023-04-13', 'foia', 'questions listed, then answers keyed Q1-Q3; NCND; earlier reference quoted', [
        Q('P1.Q1', 'C_CYBER', 'ncnd', ['s24(2)', 's31(3)'], None),
        Q('P1.Q2', 'C_FIREWALL', 'withheld', ['s31(1)(a)'], None),
        Q('P1.Q3', 'C_CYBER_TRAIN', 'released', [], '94%'),
    ]),
    L('history', 'history/ALH-FOI-2213 Agency by ward - s12 refusal.pdf', 'c09_agency_ward_2024.html', 'lo_pdf', C, 'ALH-FOI-2213', '2024-03-21', '2024-02-22', 'foia', "cost refusal of whole request under s12; s12(2) 'neither confirms nor denies' wording (refused, not ncnd)", [
        Q('P1.Q1', 'C_AG_WARD', 'refused', ['s12(2)'], None),
        Q('P1.Q2', 'C_AG_WARD_AGENCY', 'refused', ['s12(2)'], None),
    ]),
    L('history', 'history/FOI response ALH-FOI-2530 - telephony and inbound network contracts.txt', 'c10_tel_2025.txt', 'copy', C, 'ALH-FOI-2530', '2025-02-06', '2025-01-09', 'foia', 'e-mail reply in two parts, numbering restarts; the spend question is dropped from part 2', [
        Q('P1.Q1', 'C_TEL_SUP', 'released', [], 'Maxwell Unified Communications Ltd'),
        Q('P1.Q2', 'C_TEL_SPEND', 'withheld', ['s43(2)'], None),
        Q('P1.Q3', 'C_TEL_EXP', 'released', [], '30 April 2026'),
        Q('P2.Q1', 'C_NET_SUP', 'released', [], 'Daisy Communications Ltd'),
        Q('P2.Q2', 'C_NET_EXP', 'not_held', [], None),
    ]),
    L('history', 'history/FOI 2017-0388 Response.pdf', 'd01_parking_2017.html', 'lo_pdf', D, 'FOI 2017-0388', '2017-06-29', '2017-06-01', 'foia', 'restated numbered request then numbered answers', [
        Q('P1.Q1', 'D_PARK_SUP', 'released', [], 'Civicpark Services Ltd'),
        Q('P1.Q2', 'D_PARK_VAL', 'released', [], '£2.9m'),
        Q('P1.Q3', 'D_PARK_EXP', 'released', [], '31 March 2021'),
        Q('P1.Q4', 'D_PCN_N', 'released', [], '98,412'),
    ]),
    L('history', 'history/EIR 2018-0611 Waste collection.pdf', 'd02_waste_2018.html', 'lo_pdf', D, 'EIR 2018-0611', '2018-07-19', '2018-06-21', 'eir', 'EIR; decision paragraph naming the excepted question; reg 12(2) and reg 13 mentioned not applied', [
        Q('P1.Q1', 'D_WASTE_SUP', 'released', [], 'Greenline Environmental Services Ltd'),
        Q('P1.Q2', 'D_WASTE_VAL', 'withheld', ['reg12(5)(e)'], None),
        Q('P1.Q3', 'D_MISSED', 'released', [], '14,220'),
        Q('P1.Q4', 'D_FLYTIP', 'released', [], '6,108'),
    ]),
    L('history', 'history/FOI 2019-0412 Response.pdf', 'd03_potholes_2019.html', 'chromium_pdf', D, 'FOI 2019-0412', '2019-04-12', '2019-03-15', 'eir', "disclosure log web page; 'In answer to point n'", [
        Q('P1.Q1', 'D_POT_REP', 'released', [], '3,911'),
        Q('P1.Q2', 'D_POT_CLAIMS', 'released', [], '402'),
        Q('P1.Q3', 'D_POT_PAID', 'released', [], '£61,540'),
    ]),
    L('history', 'history/FOI 2019-1187 Consultancy - refusal.docx', 'd04_consult_2019.html', 'docx', D, 'FOI 2019-1187', '2019-12-05', '2019-11-07', 'foia', 'Word document, auto-numbered request, whole-request s12(1) cost refusal with arithmetic', [
        Q('P1.Q1', 'D_CONSULT', 'refused', ['s12(1)'], None),
        Q('P1.Q2', 'D_CONSULT_TOP', 'refused', ['s12(1)'], None),
    ]),
    L('history', 'history/FOI 2020-0745 parking scanned.pdf', 'd05_parking_2020.html', 'ocr_scan', D, 'FOI 2020-0745', '2020-09-24', '2020-08-27', 'foia', 'You asked / Our response; scanned (OCR)', [
        Q('P1.Q1', 'D_PARK_SUP', 'released', [], 'Civicpark Services Ltd'),
        Q('P1.Q2', 'D_PARK_VAL', 'withheld', ['s43(2)'], None),
        Q('P1.Q3', 'D_PARK_EXP', 'released', [], '31 March 2026'),
        Q('P1.Q4', 'D_PCN_N', 'released', [], '71,066'),
        Q('P1.Q5', 'D_PARK_CCTV', 'released', [], '23'),
    ]),
    L('history', 'history/EIR 2021-0930.pdf', 'd06_waste_2021.html', 'lo_pdf_gs', D, 'EIR 2021-0930', '2021-11-11', '2021-10-14', 'eir', 'Request n / Response; Ghostscript; earlier reference quoted', [
        Q('P1.Q1', 'D_WASTE_SUP', 'released', [], 'Greenline Environmental Services Ltd'),
        Q('P1.Q2', 'D_WASTE_VAL', 'withheld', ['reg12(5)(e)'], None),
        Q('P1.Q3', 'D_MISSED', 'released', [], '9,874'),
        Q('P1.Q4', 'D_FLYTIP', 'released', [], '7,455'),
    ]),
    L('history', 'history/FOI 2022-0402 CCTV.pdf', 'd07_cctv_2022.html', 'lo_pdf', D, 'FOI 2022-0402', '2022-05-26', '2022-04-28', 'foia', 'borderless two-column table with unnumbered questions; s21 signposting', [
        Q('P1.Q1', 'D_CCTV_N', 'released', [], '412'),
        Q('P1.Q2', 'D_CCTV_SUP', 'released', [], 'Sentinel Vision Systems Ltd'),
        Q('P1.Q3', 'D_CCTV_LOC', 'released', ['s21(1)'], None),
        Q('P1.Q4', 'D_CCTV_MAINT', 'not_held', [], None),
    ]),
    L('history', 'history/HOL-IR-0051 Internal review outcome.pdf', 'd08_parking_ir_2023.html', 'lo_pdf', D, 'HOL-IR-0051', '2023-03-09', '2022-12-05', 'foia', 'internal review outcome (original s43(2) decision overturned); original reference quoted', [
        Q('P1.Q1', 'D_PARK_SUP', 'released', [], 'Civicpark Services Ltd'),
        Q('P1.Q2', 'D_PARK_VAL', 'released', [], '£3.4m'),
        Q('P1.Q3', 'D_PARK_EXP', 'released', [], '31 March 2026'),
    ]),
    L('history', 'history/Disclosure log - Pothole claims 2023 - HOL-EIR-2024-0133.html', 'd09_potholes_2024.html', 'copy', D, 'HOL-EIR-2024-0133', '2024-02-15', '2024-01-17', 'eir', 'disclosure log HTML page with navigation and cookie banner; lettered items a)-d)', [
        Q('P1.Q1', 'D_POT_REP', 'released', [], '5,276'),
        Q('P1.Q2', 'D_POT_CLAIMS', 'released', [], '388'),
        Q('P1.Q3', 'D_POT_PAID', 'partially_released', ['reg13(1)'], None),
        Q('P1.Q4', 'D_POT_TOP10', 'withheld', ['reg13(1)'], None),
    ]),
    L('history', 'history/HOL-FOI-2025-0208 Response.pdf', 'd10_consult_2025.html', 'lo_pdf', D, 'HOL-FOI-2025-0208', '2025-03-13', '2025-02-13', 'foia', "questions numbered in words ('Question one'), answers beneath", [
        Q('P1.Q1', 'D_CONSULT', 'released', [], '£3.1m'),
        Q('P1.Q2', 'D_CONSULT_TOP', 'released', [], None),
    ]),
    L('draft', 'drafts/CAS-70233-Q6T1F Taser draft.pdf', 'ad3_taser.html', 'lo_pdf_gs', A, 'CAS-70233-Q6T1F', '2025-02-02', '2025-01-08', 'foia', 'You asked / Our response; Ghostscript re-distil; checked as of 2024-06-01', [
        Q('P1.Q1', 'A_TASER_OFF', 'released', [], '455'),
        Q('P1.Q2', 'A_TASER_FIRE', 'withheld', ['s31(1)(a)', 's31(1)(b)'], None),
        Q('P1.Q3', 'A_TASER_U18', 'not_held', [], None),
    ], as_of='2024-06-01'),
    L('draft', 'drafts/DRAFT CAS-74411-P9V2C ANPR and drones v2.docx', 'ad1_anpr_drones.html', 'docx', A, 'CAS-74411-P9V2C', '2025-07-14', '2025-06-17', 'foia', 'draft Word document, auto-numbered questions then auto-numbered answers; merges two families', [
        Q('P1.Q1', 'A_ANPR_CAMS', 'released', [], '61'),
        Q('P1.Q2', 'A_ANPR_LOC', 'ncnd', ['s24(2)', 's31(3)'], None),
        Q('P1.Q3', 'A_ANPR_SUP', 'withheld', ['s31(1)(a)', 's31(1)(b)'], None),
        Q('P1.Q4', 'A_ANPR_COST', 'partially_released', ['s43(2)'], None),
        Q('P1.Q5', 'A_DRONE_N', 'released', [], '9'),
        Q('P1.Q6', 'A_DRONE_MODEL', 'released', [], 'DJI Matrice 30T'),
    ]),
    L('draft', 'drafts/CAS-77020-H3N5R BWV DRAFT.pdf', 'ad2_bwv.html', 'lo_pdf', A, 'CAS-77020-H3N5R', '2025-11-03', '2025-10-07', 'foia', 'two parts, each a bordered two-column table; one request split into two parts', [
        Q('P1.Q1', 'A_BWV_N', 'released', [], '1,390'),
        Q('P1.Q2', 'A_BWV_SUP', 'released', [], 'Clearsight Video Ltd'),
        Q('P1.Q3', 'A_BWV_PCSO', 'not_held', [], None),
        Q('P2.Q1', 'A_BWV_VAL', 'withheld', ['s43(2)'], None),
        Q('P2.Q2', 'A_BWV_STORE', 'not_held', [], None),
    ]),
    L('draft', 'drafts/F-01344 DRAFT response.docx', 'bd1_control.html', 'docx', B, 'F-01344', '2025-06-12', '2025-05-15', 'foia', 'draft Word document; auto-numbered list with response inside each item; merges two families', [
        Q('P1.Q1', 'B_MOB_SUP', 'released', [], 'Orion Mobilising Ltd'),
        Q('P1.Q2', 'B_MOB_VAL', 'withheld', ['s43(2)'], None),
        Q('P1.Q3', 'B_MOB_EXP', 'released', [], '30 June 2027'),
        Q('P1.Q4', 'B_MOB_CONTACT', 'not_held', [], None),
        Q('P1.Q5', 'B_TEL_SUP', 'released', [], 'Gamma Telecom Holdings Ltd'),
        Q('P1.Q6', 'B_TEL_EXP', 'released', [], '31 March 2027'),
    ]),
    L('draft', 'drafts/F-01421 cyber and drones - draft.pdf', 'bd2_cyber_drones.html', 'lo_pdf', B, 'F-01421', '2025-09-22', '2025-08-26', 'foia', 'Request n / Response', [
        Q('P1.Q1', 'B_CYBER', 'released', [], None),
        Q('P1.Q2', 'B_CYBER_SPEND', 'withheld', ['s43(2)'], None),
        Q('P1.Q3', 'B_DRONE_N', 'ncnd', ['s24(2)'], None),
        Q('P1.Q4', 'B_DRONE_USE', 'partially_released', ['s31(1)(a)'], None),
    ]),
    L('draft', 'drafts/F-01502 draft reply.html', 'bd3_fleet.html', 'copy', B, 'F-01502', '2026-01-14', '2025-12-16', 'foia', 'HTML draft, bordered table with headings; consistent repeat', [
        Q('P1.Q1', 'B_FLEET_N', 'released', [], '55'),
        Q('P1.Q2', 'B_FLEET_AGE', 'released', [], '10.4 years'),
        Q('P1.Q3', 'B_AERIAL', 'released', [], '4'),
        Q('P1.Q4', 'B_FLEET_EV', 'released', [], '0'),
    ], consistent=True),
    L('draft', 'drafts/FOI request - agency staff 2024-25 (incoming).txt', 'cd1_agency_request.txt', 'copy', C, 'ALH-FOI-2877', '2025-08-04', '2025-08-04', 'foia', "bare incoming request by e-mail, no answers; the Trust's log line above it gives the reference", [
        Q('P1.Q1', 'C_AG_NURSE', 'unknown', [], None),
        Q('P1.Q2', 'C_AG_MED', 'unknown', [], None),
        Q('P1.Q3', 'C_AG_RATE', 'unknown', [], None),
        Q('P1.Q4', 'C_AG_WARD', 'unknown', [], None),
        Q('P1.Q5', 'C_AG_AHP', 'unknown', [], None),
    ], bare=True),
    L('draft', 'drafts/ALH-FOI-2941 DRAFT software contracts.docx', 'cd2_software.html', 'docx', C, 'ALH-FOI-2941', '2025-10-20', '2025-09-22', 'foia', 'draft Word document; two grouped bordered tables with no numbers; merges EPR and licensing families', [
        Q('P1.Q1', 'C_EPR_SUP', 'released', [], 'Medisys Clinical Ltd'),
        Q('P1.Q2', 'C_EPR_VAL', 'partially_released', ['s43(2)'], None),
        Q('P1.Q3', 'C_EPR_EXP', 'released', [], '31 March 2031'),
        Q('P1.Q4', 'C_MS_N', 'released', [], '8,450'),
        Q('P1.Q5', 'C_MS_SPEND', 'partially_released', ['s43(2)'], None),
        Q('P1.Q6', 'C_MS_RESELLER', 'released', [], 'Brightwire Licensing Ltd'),
        Q('P1.Q7', 'C_MS_VERSION', 'withheld', ['s24(1)'], None),
    ]),
    L('draft', 'drafts/ALH-FOI-3105 draft v3.pdf', 'cd3_cyber_tel.html', 'lo_pdf', C, 'ALH-FOI-3105', '2026-01-19', '2025-12-15', 'foia', 'two parts, numbered questions with Answer: beneath', [
        Q('P1.Q1', 'C_CYBER', 'released', [], 'No'),
        Q('P1.Q2', 'C_FIREWALL', 'ncnd', ['s24(2)', 's31(3)'], None),
        Q('P2.Q1', 'C_TEL_SUP', 'released', [], 'Maxwell Unified Communications Ltd'),
        Q('P2.Q2', 'C_TEL_SPEND', 'released', [], '£212,000'),
        Q('P2.Q3', 'C_NET_EXP', 'released', [], '31 October 2027'),
    ]),
    L('draft', 'drafts/HOL-FOI-2025-0771 DRAFT parking and CCTV.docx', 'dd1_parking_cctv.html', 'docx', D, 'HOL-FOI-2025-0771', '2025-07-21', '2025-06-23', 'foia', 'draft Word document; auto-numbered items with answer after a dash; merges parking and CCTV families', [
        Q('P1.Q1', 'D_PARK_SUP', 'released', [], 'Civicpark Services Ltd'),
        Q('P1.Q2', 'D_PARK_VAL', 'withheld', ['s43(2)'], None),
        Q('P1.Q3', 'D_PARK_EXP', 'released', [], '31 March 2029'),
        Q('P1.Q4', 'D_PCN_N', 'released', [], '104,337'),
        Q('P1.Q5', 'D_PARK_CCTV', 'not_held', [], None),
        Q('P1.Q6', 'D_CCTV_N', 'released', [], '412'),
        Q('P1.Q7', 'D_CCTV_LOC', 'withheld', ['s31(1)(a)'], None),
        Q('P1.Q8', 'D_CCTV_MAINT', 'released', [], '£148,000'),
    ]),
    L('draft', 'drafts/HOL-EIR-2025-1322 draft.pdf', 'dd2_waste_highways.html', 'lo_pdf', D, 'HOL-EIR-2025-1322', '2025-12-08', '2025-11-10', 'eir', 'two grouped bordered three-column tables; numbering continues across groups', [
        Q('P1.Q1', 'D_WASTE_VAL', 'released', [], '£11.2m'),
        Q('P1.Q2', 'D_MISSED', 'released', [], '11,093'),
        Q('P1.Q3', 'D_FLYTIP', 'not_held', [], None),
        Q('P1.Q4', 'D_POT_CLAIMS', 'partially_released', ['reg13(1)'], None),
        Q('P1.Q5', 'D_POT_TOP10', 'withheld', ['reg12(5)(b)', 'reg13(1)'], None),
    ]),
]

DESCRIPTION = ("Set AV: four invented authorities - Wealdmarsh Police (English force), Calderbrook Metropolitan "
               "Fire and Rescue Authority, Ashcombe and Lyde Hospitals NHS Foundation Trust and the London Borough of "
               "Hollinwick (FOIA and EIR). 40 history letters 2017-2025 and 11 drafts 2025-2026: police ANPR, drones, "
               "body-worn video, Taser, control room and fleet; fire mobilising, telephony, call handling, cyber, drones "
               "and fleet; hospital agency staffing, EPR, telephony, cyber and licensing; council parking, CCTV, waste, "
               "potholes and consultancy. Tables (bordered, borderless, over pages), five OCR'd scans, e-mail replies, "
               "Word drafts with automatic numbering, drafts that merge two earlier requests or split one into parts; "
               "one bare request, one consistent repeat and one as-of draft.")

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
