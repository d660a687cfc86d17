#!/usr/bin/env python3
"""Test set AW: invented UK authorities, 40 history letters, 11 drafts.

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
A = 'Strathairlie Council'   # authority A: invent
B = 'University of Northwold'
C = 'Western Fells Ambulance Service NHS Trust'
D = 'Wealdshire County Council'

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

LETTERS = [
    L('history', 'history/FOI-SC-2017-0188 Response.pdf', 'a01.html', 'lo_pdf', A, 'FOI/2017/0188', '2017-06-14', '2017-05-19',
      'foisa', 'restated request then numbered answers in two parts', [
        Q('P1.Q1', 'A.tel_supplier', R, (), fact='Clarion Voice Ltd'),
        Q('P1.Q2', 'A.tel_value', R, (), fact='£412,000'),
        Q('P1.Q3', 'A.tel_expiry', R, (), fact='31 March 2020'),
        Q('P1.Q4', 'A.tel_contact', W, ['foisa:s38(1)(b)']),
        Q('P2.Q1', 'A.net_supplier', R, (), fact='Northlink Telecom'),
        Q('P2.Q2', 'A.net_expiry', R, (), fact='30 September 2019'),
      ]),
    L('history', 'history/FOI 2018-0311 Response - CCTV and parking.pdf', 'a02.html', 'lo_pdf', A, 'FOI/2018/0311', '2018-03-22', '2018-02-26',
      'foisa', 'interleaved Request n / Response', [
        Q('P1.Q1', 'A.cctv_cameras', R, (), fact='214'),
        Q('P1.Q2', 'A.pcn_count', R, (), fact='18,406'),
        Q('P1.Q3', 'A.pcn_income', R, (), fact='£561,230'),
      ]),
    L('history', 'history/FOI 2019-0047 Response.pdf', 'a03.html', 'lo_pdf', A, 'FOI/2019/0047', '2019-02-08', '2019-01-14',
      'foisa', 'decision paragraph naming exempt questions, answers for the rest', [
        Q('P1.Q1', 'A.care_out_of_area', R, (), fact='37'),
        Q('P1.Q2', 'A.care_highest_weekly_cost', W, ['foisa:s38(1)(b)']),
        Q('P1.Q3', 'A.care_provider_names', PR, F33),
      ]),
    L('history', 'history/FOI-2019-0566 Telephony contracts.docx', 'a04.html', 'docx', A, 'FOI/2019/0566', '2019-10-17', '2019-09-23',
      'foisa', 'two-column table per part (Word)', [
        Q('P1.Q1', 'A.tel_supplier', R, (), fact='Clarion Voice Ltd'),
        Q('P1.Q2', 'A.tel_annual_spend', R, (), fact='£98,500'),
        Q('P1.Q3', 'A.tel_value', W, F33),
        Q('P1.Q4', 'A.tel_expiry', R, (), fact='31 March 2022'),
        Q('P1.Q5', 'A.tel_contact', R, (), fact='Head of Digital Services'),
        Q('P2.Q1', 'A.net_supplier', R, (), fact='Northlink Telecom'),
        Q('P2.Q2', 'A.net_expiry', R, (), fact='30 September 2021'),
      ]),
    L('history', 'history/FOI 2021-0503 Cyber incidents response.pdf', 'a05.html', 'lo_pdf', A, 'FOI/2021/0503', '2021-11-25', '2021-10-28',
      'foisa', 'You asked / Our response with FOISA s18 NCND', [
        Q('P1.Q1', 'A.cyber_ransomware', N, F18_35),
        Q('P1.Q2', 'A.cyber_ransom_paid', N, F18_35),
        Q('P1.Q3', 'A.cyber_backup_supplier', W, F35),
      ]),
    L('history', 'history/FOI 2021-0219 response.pdf', 'a06.html', 'lo_pdf', A, 'FOI/2021/0219', '2021-05-12', '2021-04-15',
      'foisa', 'restated request then grouped answers', [
        Q('P1.Q1', 'A.schooltx_spend', R, (), fact='£6,214,880'),
        Q('P1.Q2', 'A.schooltx_taxi_contractors', R, F25),
        Q('P1.Q3', 'A.agency_spend', R, (), fact='£2,940,112'),
        Q('P1.Q4', 'A.agency_supplier', R, (), fact='Caledon Staffing Solutions'),
      ]),
    L('history', 'history/IR-2022-0009 Review outcome (FOI 2021-0503).pdf', 'a07.html', 'lo_pdf_gs', A, 'IR/2022/0009', '2022-02-18', '2021-10-28',
      'foisa', 'internal review letter, NCND overturned for Q1 and Q2, Q3 upheld', [
        Q('P1.Q1', 'A.cyber_ransomware', R),
        Q('P1.Q2', 'A.cyber_ransom_paid', R),
        Q('P1.Q3', 'A.cyber_backup_supplier', W, F35),
      ]),
    L('history', 'history/FOI 2023-0022 Consultancy spend.pdf', 'a08.html', 'lo_pdf', A, 'FOI/2023/0022', '2023-01-31', '2023-01-05',
      'foisa', 'letter with answers in an annex table', [
        Q('P1.Q1', 'A.consult_spend', R, (), fact='£1,377,450'),
        Q('P1.Q2', 'A.consult_top_firms', PR, F33),
      ]),
    L('history', 'history/FOI 2024-0087 Response (scanned).pdf', 'a09.html', 'ocr_scan', A, 'FOI/2024/0087', '2024-02-20', '2024-01-24',
      'foisa', 'decision paragraph in two parts (scanned, OCR)', [
        Q('P1.Q1', 'A.tel_supplier', R, (), fact='Clarion Voice Ltd'),
        Q('P1.Q2', 'A.tel_annual_spend', R, (), fact='£104,200'),
        Q('P1.Q3', 'A.tel_value', W, F33),
        Q('P1.Q4', 'A.tel_expiry', R, (), fact='31 March 2026'),
        Q('P1.Q5', 'A.tel_contact', R, (), fact='Digital Services Manager'),
        Q('P2.Q1', 'A.net_supplier', R, (), fact='Northlink Telecom'),
        Q('P2.Q2', 'A.net_expiry', R, (), fact='30 September 2025'),
      ]),
    L('history', 'history/FOI 2024-0731 - placements and staffing.pdf', 'a10.html', 'lo_pdf', A, 'FOI/2024/0731', '2024-11-27', '2024-10-30',
      'foisa', 'request in prose, answers in paragraphs with a section 17 notice', [
        Q('P1.Q1', 'A.care_out_of_area', R, (), fact='52'),
        Q('P1.Q2', 'A.care_highest_weekly_cost', R, (), fact='£11,480'),
        Q('P1.Q3', 'A.care_provider_names', PR, F33),
        Q('P1.Q4', 'A.relief_spend', NH),
        Q('P1.Q5', 'A.agency_spend', R, (), fact='£3,615,009'),
      ]),
    L('draft', 'drafts/FOI 2025-0244 DRAFT response.pdf', 'ad1.html', 'lo_pdf', A, 'FOI/2025/0244', '2025-04-16', '2025-03-19',
      'foisa', 'interleaved Q/A, questions reordered against 2024', [
        Q('P1.Q1', 'A.tel_expiry', R, (), fact='31 March 2026'),
        Q('P1.Q2', 'A.tel_supplier', R, (), fact='Clarion Voice Ltd'),
        Q('P1.Q3', 'A.tel_value', R, (), fact='£455,000'),
        Q('P1.Q4', 'A.tel_annual_spend', W, F33),
        Q('P1.Q5', 'A.tel_contact', NH),
        Q('P2.Q1', 'A.net_supplier', R, (), fact='Halcyon Networks'),
        Q('P2.Q2', 'A.net_expiry', R, (), fact='30 September 2025'),
      ]),
    L('draft', 'drafts/FOI 2025-0610 draft reply - cyber CCTV parking.pdf', 'ad2.html', 'lo_pdf', A, 'FOI/2025/0610', '2025-09-03', '2025-08-06',
      'foisa', 'You asked / Our response', [
        Q('P1.Q1', 'A.cyber_ransomware', N, F18_35),
        Q('P1.Q2', 'A.cyber_ransom_paid', R),
        Q('P1.Q3', 'A.cyber_backup_supplier', W, ['foisa:s31(1)']),
        Q('P1.Q4', 'A.cctv_cameras', R, (), fact='236'),
        Q('P1.Q5', 'A.pcn_count', R, (), fact='21,077'),
      ]),
    L('draft', 'drafts/FOI 2026-0015 draft.docx', 'ad3.html', 'docx', A, 'FOI/2026/0015', '2026-01-21', '2025-12-17',
      'foisa', 'numbered answers after a restated request (Word automatic list numbering)', [
        Q('P1.Q1', 'A.care_out_of_area', R, (), fact='49'),
        Q('P1.Q2', 'A.care_highest_weekly_cost', W, ['foisa:s38(1)(b)']),
        Q('P1.Q3', 'A.care_provider_names', PR, F33),
        Q('P1.Q4', 'A.consult_spend', R, (), fact='£1,377,450'),
        Q('P1.Q5', 'A.consult_top_firms', W, F33),
        Q('P1.Q6', 'A.relief_spend', R, (), fact='£812,300'),
        Q('P1.Q7', 'A.agency_spend', R, (), fact='£3,615,009'),
      ]),
    L('history', 'history/FOI-2017-112 Response.pdf', 'b01.html', 'lo_pdf', B, 'UN-FOI-2017-112', '2017-09-06', '2017-08-10',
      'foia', 'restated request then numbered answers', [
        Q('P1.Q1', 'B.vc_salary', R, (), fact='£268,000'),
        Q('P1.Q2', 'B.vc_expenses_total', R, (), fact='£21,384'),
        Q('P1.Q3', 'B.vc_flights', R, (), fact='4'),
      ]),
    L('history', 'history/FOI-2018-061 Response.pdf', 'b02.html', 'lo_pdf', B, 'UN-FOI-2018-061', '2018-05-03', '2018-04-09',
      'foia', 'decision paragraph', [
        Q('P1.Q1', 'B.agents_count', R, (), fact='112'),
        Q('P1.Q2', 'B.agents_commission_total', W, S43),
        Q('P1.Q3', 'B.agents_names', W, S43),
      ]),
    L('history', 'history/FOI-2018-208 Response.pdf', 'b03.html', 'lo_pdf', B, 'UN-FOI-2018-208', '2018-11-21', '2018-10-24',
      'foia', 'You asked / Our response with s21 signposting', [
        Q('P1.Q1', 'B.animals_count', R, S21),
        Q('P1.Q2', 'B.animals_species', R, S21),
        Q('P1.Q3', 'B.animals_licence_holders', W, S40),
      ]),
    L('history', 'history/FOI-2019-140 IT contracts - disclosure log.pdf', 'b04.html', 'chromium_pdf', B, 'UN-FOI-2019-140', '2019-06-12', '2019-05-15',
      'foia', 'disclosure-log web page, table per contract', [
        Q('P1.Q1', 'B.vle_supplier', R, (), fact='Oakhaven Learning Ltd'),
        Q('P1.Q2', 'B.vle_value', R, (), fact='£1,240,000'),
        Q('P1.Q3', 'B.vle_expiry', R, (), fact='31 August 2022'),
        Q('P2.Q1', 'B.email_supplier', R, (), fact='Cirrostream Ltd'),
        Q('P2.Q2', 'B.email_value', W, S43),
        Q('P2.Q3', 'B.email_expiry', R, (), fact='31 July 2021'),
        Q('P3.Q1', 'B.sw_licence_spend', NH),
      ]),
    L('history', 'history/FOI-2020-033 complaints.txt', 'b05.txt', 'copy', B, 'UN-FOI-2020-033', '2020-02-19', '2020-01-22',
      'foia', 'plain-text email reply, interleaved', [
        Q('P1.Q1', 'B.complaints_count', R, (), fact='341'),
        Q('P1.Q2', 'B.complaints_upheld', R, (), fact='87'),
        Q('P1.Q3', 'B.oia_count', R, (), fact='19'),
      ]),
    L('history', 'history/FOI-2021-057 VC pay.html', 'b06.html', 'copy', B, 'UN-FOI-2021-057', '2021-03-10', '2021-02-11',
      'foia', 'disclosure-log HTML page, interleaved', [
        Q('P1.Q1', 'B.vc_salary', R, (), fact='£281,500'),
        Q('P1.Q2', 'B.vc_expenses_total', R, (), fact='£4,102'),
        Q('P1.Q3', 'B.vc_flights', R, (), fact='0'),
        Q('P1.Q4', 'B.vc_housing', W, S40),
      ]),
    L('history', 'history/FOI-2022-009 Agents response.docx', 'b07.html', 'docx', B, 'UN-FOI-2022-009', '2022-01-19', '2021-12-15',
      'foia', 'grouped answers after restated request (Word list numbering)', [
        Q('P1.Q1', 'B.agents_count', R, (), fact='147'),
        Q('P1.Q2', 'B.agents_commission_total', R, (), fact='£2,864,300'),
        Q('P1.Q3', 'B.agents_names', PR, S43),
        Q('P1.Q4', 'B.agents_per_student_rate', W, S43),
      ]),
    L('history', 'history/IR-2022-014 Internal review - animals.pdf', 'b08.html', 'lo_pdf_gs', B, 'UN-IR-2022-014', '2022-10-05', '2022-07-28',
      'foia', 'internal review, original decision upheld with one change', [
        Q('P1.Q1', 'B.animals_count', R, S21),
        Q('P1.Q2', 'B.animals_species', R, S21),
        Q('P1.Q3', 'B.animals_licence_holders', W, ['s38(1)(a)', 's40(2)']),
        Q('P1.Q4', 'B.animals_nhp', N, ['s38(2)']),
      ]),
    L('history', 'history/FOI-2023-177 Response.pdf', 'b09.html', 'lo_pdf', B, 'UN-FOI-2023-177', '2023-07-13', '2023-06-14',
      'foia', 'table per contract in three parts', [
        Q('P1.Q1', 'B.vle_supplier', R, (), fact='Oakhaven Learning Ltd'),
        Q('P1.Q2', 'B.vle_value', PR, S43),
        Q('P1.Q3', 'B.vle_expiry', R, (), fact='31 August 2027'),
        Q('P2.Q1', 'B.email_supplier', R, (), fact='Cirrostream Ltd'),
        Q('P2.Q2', 'B.email_value', W, S43),
        Q('P2.Q3', 'B.email_expiry', R, (), fact='31 July 2025'),
        Q('P3.Q1', 'B.sw_licence_spend', R, (), fact='£3,908,220'),
      ]),
    L('history', 'history/FOI-2025-019 Response.pdf', 'b10.html', 'lo_pdf', B, 'UN-FOI-2025-019', '2025-03-04', '2025-02-04',
      'foia', 'answers in an annex table', [
        Q('P1.Q1', 'B.complaints_count', R, (), fact='402'),
        Q('P1.Q2', 'B.complaints_upheld', R, (), fact='96'),
        Q('P1.Q3', 'B.oia_count', R, (), fact='23'),
        Q('P1.Q4', 'B.vc_salary', R, (), fact='£295,000'),
      ]),
    L('draft', 'drafts/Request UN-FOI-2025-233 (incoming).txt', 'bd1.txt', 'copy', B, 'UN-FOI-2025-233', '2025-06-18', '2025-06-18',
      'foia', 'bare incoming request, plain text email', [
        Q('P1.Q1', 'B.agents_count', U),
        Q('P1.Q2', 'B.agents_commission_total', U),
        Q('P1.Q3', 'B.agents_names', U),
        Q('P1.Q4', 'B.agents_per_student_rate', U),
        Q('P1.Q5', 'B.agents_withdrawals', U),
      ], bare=True),
    L('draft', 'drafts/UN-FOI-2025-410 DRAFT.pdf', 'bd2.html', 'lo_pdf', B, 'UN-FOI-2025-410', '2025-11-12', '2025-10-15',
      'foia', 'You asked / Our response, contracts in reverse order (email first)', [
        Q('P1.Q1', 'B.email_supplier', R, (), fact='Cirrostream Ltd'),
        Q('P1.Q2', 'B.email_value', R, (), fact='£610,000'),
        Q('P1.Q3', 'B.email_expiry', R, (), fact='31 July 2028'),
        Q('P2.Q1', 'B.vle_supplier', R, (), fact='Oakhaven Learning Ltd'),
        Q('P2.Q2', 'B.vle_value', W, S43),
        Q('P2.Q3', 'B.vle_expiry', R, (), fact='31 August 2027'),
        Q('P3.Q1', 'B.sw_licence_spend', PR, S43),
      ]),
    L('draft', 'drafts/UN-FOI-2026-021 draft response.pdf', 'bd3.html', 'lo_pdf_gs', B, 'UN-FOI-2026-021', '2026-02-10', '2026-01-13',
      'foia', 'interleaved Q/A; checked as of 2020-06-01', [
        Q('P1.Q1', 'B.animals_count', R, S21),
        Q('P1.Q2', 'B.vc_salary', R, (), fact='£302,750'),
        Q('P1.Q3', 'B.animals_nhp', R),
        Q('P1.Q4', 'B.vc_flights', R, (), fact='4'),
        Q('P1.Q5', 'B.vc_housing', W, S40),
      ], as_of='2020-06-01'),
    L('history', 'history/F00412 Response.pdf', 'c01.html', 'lo_pdf', C, 'F00412', '2017-04-12', '2017-03-15',
      'foia', 'numbered answers', [
        Q('P1.Q1', 'C.resp_cat1_mean', R, (), fact='00:07:48'),
        Q('P1.Q2', 'C.resp_cat2_mean', R, (), fact='00:21:13'),
        Q('P1.Q3', 'C.resp_by_station', NH),
      ]),
    L('history', 'history/F00577 - Fleet.pdf', 'c02.html', 'lo_pdf', C, 'F00577', '2018-02-07', '2018-01-10',
      'foia', 'interleaved Q/A', [
        Q('P1.Q1', 'C.fleet_size', R, (), fact='214'),
        Q('P1.Q2', 'C.fleet_age', R, (), fact='4.6 years'),
        Q('P1.Q3', 'C.fleet_convert_supplier', R, (), fact='Marlow Coachworks'),
        Q('P1.Q4', 'C.fleet_lease_value', W, S43),
      ]),
    L('history', 'history/F00741 CAD and telephony.docx', 'c03.html', 'docx', C, 'F00741', '2018-12-05', '2018-11-07',
      'foia', 'two-column table (Word)', [
        Q('P1.Q1', 'C.cad_supplier', R, (), fact='Sentinel Dispatch Systems'),
        Q('P1.Q2', 'C.cad_value', R, (), fact='£2,150,000'),
        Q('P1.Q3', 'C.cad_expiry', R, (), fact='31 March 2023'),
        Q('P1.Q4', 'C.telephony_supplier', R, (), fact='Ardent Comms'),
      ]),
    L('history', 'history/F01023 Response.pdf', 'c04.html', 'lo_pdf', C, 'F01023', '2019-09-18', '2019-08-21',
      'foia', 'restated request then numbered answers', [
        Q('P1.Q1', 'C.agency_paramedic_spend', R, (), fact='£1,902,440'),
        Q('P1.Q2', 'C.bank_paramedic_spend', NH),
        Q('P1.Q3', 'C.agency_paramedic_top_supplier', R, (), fact='Medstaff Partners'),
        Q('P1.Q4', 'C.call_handlers_count', R, (), fact='143.5'),
        Q('P1.Q5', 'C.dispatchers_count', R, (), fact='61'),
      ]),
    L('history', 'history/F01388 Assaults response.pdf', 'c05.html', 'lo_pdf', C, 'F01388', '2020-11-04', '2020-10-07',
      'foia', 'You asked / Our response', [
        Q('P1.Q1', 'C.assaults_count', R, (), fact='388'),
        Q('P1.Q2', 'C.assaults_bwv', R, (), fact='0'),
        Q('P1.Q3', 'C.bwv_supplier', NH),
      ]),
    L('history', 'history/F01650 Cyber incidents.pdf', 'c06.html', 'lo_pdf_gs', C, 'F01650', '2021-07-14', '2021-06-16',
      'foia', 'decision paragraph, NCND s24(2)/s31(3)', [
        Q('P1.Q1', 'C.cyber_incidents', N, NCND_FIRE),
        Q('P1.Q2', 'C.cyber_ransom_paid', N, NCND_FIRE),
      ]),
    L('history', 'history/IR F02011 Review - CAD.pdf', 'c07.html', 'lo_pdf', C, 'IR-F02011', '2022-06-29', '2022-03-30',
      'foia', 'internal review: original s31 refusal partly overturned', [
        Q('P1.Q1', 'C.cad_supplier', R, (), fact='Sentinel Dispatch Systems'),
        Q('P1.Q2', 'C.cad_value', W, S43),
        Q('P1.Q3', 'C.cad_expiry', R, (), fact='31 March 2026'),
        Q('P1.Q4', 'C.telephony_supplier', W, ['s31(1)(a)']),
        Q('P1.Q5', 'C.cad_contact', W, S40),
      ]),
    L('history', 'history/F02466 Response - s12.pdf', 'c08.html', 'lo_pdf', C, 'F02466', '2023-04-19', '2023-03-22',
      'foia', 'whole request refused on cost, s12(2) NCND wording', [
        Q('P1.Q1', 'C.resp_cat1_mean', RF, ['s12(2)']),
        Q('P1.Q2', 'C.resp_cat2_mean', RF, ['s12(2)']),
        Q('P1.Q3', 'C.resp_by_station', RF, ['s12(2)']),
      ]),
    L('history', 'history/F02901 assaults BWV (scan).pdf', 'c09.html', 'ocr_scan', C, 'F02901', '2024-03-13', '2024-02-14',
      'foia', 'answers in annex table (scanned, OCR)', [
        Q('P1.Q1', 'C.assaults_count', R, (), fact='512'),
        Q('P1.Q2', 'C.assaults_bwv', R, (), fact='160'),
        Q('P1.Q3', 'C.bwv_supplier', R, (), fact='Veritas Vision Ltd'),
        Q('P1.Q4', 'C.assaults_prosecutions', NH),
      ]),
    L('history', 'history/F03310 Fleet and agency - response.pdf', 'c10.html', 'lo_pdf', C, 'F03310', '2025-02-12', '2025-01-15',
      'foia', 'prose answers in paragraphs', [
        Q('P1.Q1', 'C.fleet_size', R, (), fact='231'),
        Q('P1.Q2', 'C.fleet_age', R, (), fact='5.1 years'),
        Q('P1.Q3', 'C.fleet_convert_supplier', R, (), fact='Marlow Coachworks'),
        Q('P1.Q4', 'C.fleet_lease_value', W, S43),
        Q('P1.Q5', 'C.agency_paramedic_spend', R, (), fact='£3,480,775'),
        Q('P1.Q6', 'C.bank_paramedic_spend', R, (), fact='£5,112,600'),
      ]),
    L('draft', 'drafts/F03655 DRAFT control room.pdf', 'cd1.html', 'lo_pdf', C, 'F03655', '2025-08-20', '2025-07-23',
      'foia', 'interleaved, reordered, with look-alike call handlers vs dispatchers', [
        Q('P1.Q1', 'C.call_handlers_count', R, (), fact='171'),
        Q('P1.Q2', 'C.dispatchers_count', NH),
        Q('P1.Q3', 'C.cad_expiry', R, (), fact='31 March 2029'),
        Q('P1.Q4', 'C.cad_supplier', R, (), fact='Sentinel Dispatch Systems'),
        Q('P1.Q5', 'C.cad_value', PR, S43),
        Q('P1.Q6', 'C.telephony_supplier', W, ['s24(1)']),
        Q('P1.Q7', 'C.cad_contact', W, S40),
        Q('P1.Q8', 'C.cyber_incidents', R, (), fact='1'),
        Q('P1.Q9', 'C.cyber_ransom_paid', N, NCND_FIRE),
      ]),
    L('draft', 'drafts/F03520 draft - assaults repeat.pdf', 'cd2.html', 'lo_pdf', C, 'F03520', '2025-05-14', '2025-04-16',
      'foia', 'You asked / Our response, repeat of F02901 answered the same, reordered', [
        Q('P1.Q1', 'C.bwv_supplier', R, (), fact='Veritas Vision Ltd'),
        Q('P1.Q2', 'C.assaults_bwv', R, (), fact='160'),
        Q('P1.Q3', 'C.assaults_count', R, (), fact='512'),
        Q('P1.Q4', 'C.assaults_prosecutions', NH),
      ], consistent=True),
    L('history', 'history/EIR 2017-0133 Potholes.pdf', 'd01.html', 'lo_pdf', D, 'EIR/2017/0133', '2017-03-08', '2017-02-08',
      'eir', 'numbered answers under the EIR', [
        Q('P1.Q1', 'D.pothole_claims_count', R, (), fact='1,204'),
        Q('P1.Q2', 'D.pothole_claims_paid', R, (), fact='£187,600'),
        Q('P1.Q3', 'D.pothole_repairs_count', R, (), fact='38,115'),
      ]),
    L('history', 'history/FOI 2017-0902 ERP.pdf', 'd02.html', 'lo_pdf', D, 'FOI/2017/0902', '2017-11-15', '2017-10-18',
      'foia', 'two-column table', [
        Q('P1.Q1', 'D.erp_supplier', R, (), fact='Corvid Business Software'),
        Q('P1.Q2', 'D.erp_value', R, (), fact='£3,400,000'),
        Q('P1.Q3', 'D.erp_expiry', R, (), fact='31 March 2021'),
        Q('P1.Q4', 'D.sw_licence_annual', R, (), fact='£742,000'),
      ]),
    L('history', 'history/FOI 2018-0654 Placements.pdf', 'd03.html', 'lo_pdf', D, 'FOI/2018/0654', '2018-09-19', '2018-08-22',
      'foia', 'grouped answers', [
        Q('P1.Q1', 'D.placements_residential_count', R, (), fact='96'),
        Q('P1.Q2', 'D.placements_highest_weekly', W, S40),
        Q('P1.Q3', 'D.placements_providers', R, S21),
      ]),
    L('history', 'history/EIR 2019-0288 Waste contract - disclosure log.pdf', 'd04.html', 'chromium_pdf_gs', D, 'EIR/2019/0288', '2019-04-24', '2019-03-27',
      'eir', 'disclosure-log page, decision paragraph under EIR', [
        Q('P1.Q1', 'D.waste_tonnage_landfill', R, (), fact='41,220 tonnes'),
        Q('P1.Q2', 'D.waste_contractor', R, (), fact='Greystone Environmental'),
        Q('P1.Q3', 'D.waste_contract_value', W, R12_5E),
      ]),
    L('history', 'history/FOI 2020-0017 School transport.pdf', 'd05.html', 'lo_pdf', D, 'FOI/2020/0017', '2020-01-29', '2020-01-02',
      'foia', 'You asked / Our response', [
        Q('P1.Q1', 'D.schooltx_spend', R, (), fact='£24,816,300'),
        Q('P1.Q2', 'D.schooltx_sen_spend', R, (), fact='£15,902,110'),
        Q('P1.Q3', 'D.schooltx_operators', R, S21),
        Q('P1.Q4', 'D.schooltx_pupils_taxi', NH),
      ]),
    L('history', 'history/FOI 2020-1188 agency and consultancy.docx', 'd06.html', 'docx', D, 'FOI/2020/1188', '2020-12-09', '2020-11-11',
      'foia', 'numbered answers (Word automatic list numbering)', [
        Q('P1.Q1', 'D.consult_spend', R, (), fact='£4,210,900'),
        Q('P1.Q2', 'D.agency_spend', R, (), fact='£11,377,040'),
        Q('P1.Q3', 'D.agency_msp', R, (), fact='Hestia Talent Services'),
        Q('P1.Q4', 'D.interim_day_rate', W, S40),
      ]),
    L('history', 'history/EIR 2021-0870 Highways.html', 'd07.html', 'copy', D, 'EIR/2021/0870', '2021-10-13', '2021-09-15',
      'eir', 'disclosure-log HTML page, interleaved', [
        Q('P1.Q1', 'D.pothole_claims_count', R, (), fact='1,611'),
        Q('P1.Q2', 'D.pothole_claims_paid', R, (), fact='£203,145'),
        Q('P1.Q3', 'D.pothole_repairs_count', R, (), fact='44,980'),
        Q('P1.Q4', 'D.highways_contractor', R, (), fact='Brackenridge Highways Ltd'),
        Q('P1.Q5', 'D.highways_contract_value', R, (), fact='£38,000,000'),
      ]),
    L('history', 'history/FOI 2022-0655 ERP and cyber.pdf', 'd08.html', 'lo_pdf_gs', D, 'FOI/2022/0655', '2022-08-10', '2022-07-13',
      'foia', 'decision paragraph with NCND s31(3)', [
        Q('P1.Q1', 'D.erp_supplier', R, (), fact='Corvid Business Software'),
        Q('P1.Q2', 'D.erp_value', W, S43),
        Q('P1.Q3', 'D.erp_expiry', R, (), fact='31 March 2025'),
        Q('P1.Q4', 'D.sw_licence_annual', R, (), fact='£1,026,500'),
        Q('P1.Q5', 'D.cyber_attack', N, S31_3),
        Q('P1.Q6', 'D.cyber_ransom', N, S31_3),
      ]),
    L('history', 'history/IR 2023-0041 Internal review - placements.pdf', 'd09.html', 'lo_pdf', D, 'IR/2023/0041', '2023-10-18', '2023-07-05',
      'foia', 'internal review: s40 overturned, partial release', [
        Q('P1.Q1', 'D.placements_residential_count', R, (), fact='118'),
        Q('P1.Q2', 'D.placements_highest_weekly', R, (), fact='£14,250'),
        Q('P1.Q3', 'D.placements_providers', PR, S43),
      ]),
    L('history', 'history/EIR 2024-0512 Waste.pdf', 'd10.html', 'lo_pdf', D, 'EIR/2024/0512', '2024-09-25', '2024-08-28',
      'eir', 'annex table under EIR', [
        Q('P1.Q1', 'D.waste_tonnage_landfill', R, (), fact='29,870 tonnes'),
        Q('P1.Q2', 'D.waste_contractor', R, (), fact='Greystone Environmental'),
        Q('P1.Q3', 'D.waste_contract_value', W, R12_5E),
        Q('P1.Q4', 'D.waste_hwrc_sites', R, (), fact='11'),
      ]),
    L('draft', 'drafts/EIR 2025-0390 DRAFT highways.pdf', 'dd1.html', 'lo_pdf', D, 'EIR/2025/0390', '2025-05-28', '2025-04-30',
      'eir', 'table; reordered with sub-items (a)-(c)', [
        Q('P1.Q1', 'D.highways_contractor', R, (), fact='Brackenridge Highways Ltd'),
        Q('P1.Q2', 'D.highways_contract_value', PR, R12_5E),
        Q('P1.Q3', 'D.pothole_claims_count', R, (), fact='1,902'),
        Q('P1.Q4', 'D.pothole_claims_paid', W, ['reg12(5)(b)']),
        Q('P1.Q5', 'D.pothole_repairs_count', NH),
      ]),
    L('draft', 'drafts/FOI 2025-1102 draft response ERP cyber.pdf', 'dd2.html', 'chromium_pdf', D, 'FOI/2025/1102', '2025-10-22', '2025-09-24',
      'foia', 'numbered answers, reordered', [
        Q('P1.Q1', 'D.erp_expiry', R, (), fact='31 March 2028'),
        Q('P1.Q2', 'D.erp_supplier', R, (), fact='Corvid Business Software'),
        Q('P1.Q3', 'D.erp_value', W, ['s31(1)(a)']),
        Q('P1.Q4', 'D.sw_licence_annual', PR, S43),
        Q('P1.Q5', 'D.cyber_attack', R),
        Q('P1.Q6', 'D.cyber_ransom', N, S31_3),
      ]),
    L('draft', 'drafts/FOI 2026-0077 draft.pdf', 'dd3.html', 'lo_pdf', D, 'FOI/2026/0077', '2026-02-04', '2026-01-07',
      'foia', 'interleaved; agency vs consultancy and SEND vs all school transport look-alikes', [
        Q('P1.Q1', 'D.agency_spend', PR, S43),
        Q('P1.Q2', 'D.consult_spend', R, (), fact='£3,960,210'),
        Q('P1.Q3', 'D.agency_msp', R, (), fact='Hestia Talent Services'),
        Q('P1.Q4', 'D.interim_day_rate', PR, S40),
        Q('P1.Q5', 'D.schooltx_sen_spend', R, (), fact='£15,902,110'),
        Q('P1.Q6', 'D.schooltx_pupils_taxi', R, (), fact='2,314'),
        Q('P1.Q7', 'D.schooltx_spend', R, (), fact='£38,455,000'),
      ]),
]

DESCRIPTION = ("Set AW: four invented authorities - Strathairlie Council (Scottish council, FOISA), the University of Northwold (FOIA), Western Fells Ambulance Service NHS Trust (FOIA) and Wealdshire County Council (FOIA and EIR). 40 history letters 2017-2025 and 11 drafts 2025-2026: telephony/ICT, ERP, VLE and email cloud contracts, CAD, CCTV and parking, cyber incidents, social care and children's placements, school transport, agency/bank/relief and consultancy spend, VC pay, recruitment agents, research animals, response times, fleet, assaults and body-worn video, highways and waste. Reordered drafts, sub-items (a)-(c), two contracts in two parts, look-alikes (contract value vs annual spend, call handlers vs dispatchers, agency vs bank/relief), internal reviews, annex tables, prose answers, FOISA s17/s18, s12 refusal, one bare request, one consistent repeat and one as-of draft.")

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
