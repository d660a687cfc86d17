#!/usr/bin/env python3
"""Test set AY: invented UK authorities, 40 history letters, 11 drafts.

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
A = "NHS Glenmorven"
B = "Calderbrook Metropolitan Borough Council"
C = "Wexley Vale College"
D = "Commercial Vehicle Standards Agency"

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
F38 = ["foisa:s38(1)(b)"]
F31 = ["foisa:s31(1)"]
F25 = ["foisa:s25(1)"]
F18_35 = ["foisa:s18(1)", "foisa:s35(1)(a)"]
S43 = ["s43(2)"]
S41 = ["s41(1)"]
S40 = ["s40(2)"]
S40_5B = ["s40(5B)(a)(i)"]
S21 = ["s21(1)"]
S22 = ["s22(1)"]
S24 = ["s24(1)"]
S31A = ["s31(1)(a)"]
S31_3 = ["s31(3)"]
NCND_24_31 = ["s24(2)", "s31(3)"]
S12 = ["s12(1)"]
S12_2 = ["s12(2)"]
R12_5E = ["reg12(5)(e)"]
R12_4B = ["reg12(4)(b)"]
R6 = ["reg6(1)(b)"]

H, DR = "history", "draft"

LETTERS = [
    # ---------------- A: NHS Glenmorven (FOISA) ----------------
    L(H, "history/FOI-17-0231 Response.pdf", "a01.html", "lo_pdf", A, "FOI/17/0231",
      "2017-04-20", "2017-03-27", "foisa", "two-column table", [
        Q("P1.Q1", "a_tel_supplier", R, fact="Caledon Voice Ltd"),
        Q("P1.Q2", "a_tel_value", R, fact="£212,400"),
        Q("P1.Q3", "a_tel_expiry", R, fact="31 March 2020"),
        Q("P1.Q4", "a_tel_contact", W, F38),
        Q("P1.Q5", "a_tel_extensions", R)]),
    L(H, "history/FOI 17-0588 response.docx", "a02.html", "docx", A, "FOI/17/0588",
      "2017-10-09", "2017-09-11", "foisa", "interleaved Question/Response", [
        Q("P1.Q1", "a_agn_spend", R),
        Q("P1.Q2", "a_agn_agencies", R, fact="Thistle Care Staffing; Northern Lights Nursing"),
        Q("P1.Q3", "a_agn_rate", W, F33)]),
    L(H, "history/FOI-18-0307.pdf", "a03.html", "lo_pdf_gs", A, "FOI/18/0307",
      "2018-05-15", "2018-04-17", "foisa", "restated request, numbered answers", [
        Q("P1.Q1", "a_cyb_count", R, fact="nil"),
        Q("P1.Q2", "a_cyb_ransom", N, F18_35),
        Q("P1.Q3", "a_cyb_insurance", R, fact="No"),
        Q("P1.Q4", "a_cyb_spend", W, F35)]),
    L(H, "history/FOI_19_0091_Response.html", "a04.html", "copy", A, "FOI/19/0091",
      "2019-02-12", "2019-01-21", "foisa", "You asked / Our response (html)", [
        Q("P1.Q1", "a_wait_ortho_longest", R),
        Q("P1.Q2", "a_wait_52wk", R),
        Q("P1.Q3", "a_wait_outsourced", R, fact="Clydeside Independent Hospital")]),
    L(H, "history/FOI-19-0644 Response.pdf", "a05.html", "lo_pdf", A, "FOI/19/0644",
      "2019-09-03", "2019-08-12", "foisa", "grouped answers", [
        Q("P1.Q1", "a_drug_adalimumab", R),
        Q("P1.Q2", "a_drug_biosimilar_pct", R),
        Q("P1.Q3", "a_drug_top10", R, F25),
        Q("P1.Q4", "a_drug_rebate", W, F33)]),
    L(H, "history/FOI-20-0419 Response.pdf", "a06.html", "lo_pdf", A, "FOI/20/0419",
      "2020-06-30", "2020-05-29", "foisa", "interleaved Q1/A1", [
        Q("P1.Q1", "a_tel_supplier", R, fact="Caledon Voice Ltd"),
        Q("P1.Q2", "a_tel_value", R, fact="£218,950"),
        Q("P1.Q3", "a_tel_expiry", R, fact="31 March 2023"),
        Q("P1.Q4", "a_tel_review", R),
        Q("P1.Q5", "a_tel_contact", W, F38)]),
    L(H, "history/GM-FOI-2021-00188.pdf", "a07.html", "chromium_pdf", A, "GM-FOI-2021-00188",
      "2021-03-22", "2021-02-19", "foisa", "disclosure-log web page", [
        Q("P1.Q1", "a_cmp_total", R),
        Q("P1.Q2", "a_cmp_spso", R),
        Q("P1.Q3", "a_cmp_staff_named", W, F38)]),
    L(H, "history/GM-FOI-2021-01544 Response.pdf", "a08.html", "lo_pdf", A, "GM-FOI-2021-01544",
      "2022-01-18", "2021-12-14", "foisa", "decision paragraph naming exempt questions", [
        Q("P1.Q1", "a_cyb_count", W, F35),
        Q("P1.Q2", "a_cyb_ransom", N, F18_35),
        Q("P1.Q3", "a_cyb_insurance", R, fact="No"),
        Q("P1.Q4", "a_cyb_staff", R),
        Q("P1.Q5", "a_cyb_spend", W, F35)]),
    L(H, "history/GM-FOI-2023-00231 Response.pdf", "a09.html", "ocr_scan", A, "GM-FOI-2023-00231",
      "2023-02-27", "2023-01-30", "foisa", "numbered answers after restated request (OCR scan)", [
        Q("P1.Q1", "a_agn_spend", R),
        Q("P1.Q2", "a_agn_agencies", R, fact="Thistle Care Staffing; Northern Lights Nursing; Harbour Health Locums"),
        Q("P1.Q3", "a_agn_rate", R, fact="£78.40"),
        Q("P1.Q4", "a_agn_shifts", R)]),
    L(H, "history/FOI-GLN-24-0388 Response.pdf", "a10.html", "lo_pdf", A, "FOI-GLN-24-0388",
      "2024-05-09", "2024-04-10", "foisa", "request in two parts, table per part", [
        Q("P1.Q1", "a_tel_supplier", R, fact="Caledon Voice Ltd"),
        Q("P1.Q2", "a_tel_value", R, fact="£224,100"),
        Q("P1.Q3", "a_tel_expiry", R, fact="31 March 2026"),
        Q("P1.Q4", "a_tel_contact", W, F38),
        Q("P2.Q1", "a_net_supplier", R, fact="ScotNet Carriers plc"),
        Q("P2.Q2", "a_net_expiry", NH),
        Q("P2.Q3", "a_net_contact", W, F38)]),
    # drafts A
    L(DR, "drafts/GM-FOI-2025-01187 draft response.docx", "ad1.html", "docx", A, "GM-FOI-2025-01187",
      "2025-08-14", "2025-07-17", "foisa", "two parts, interleaved, Word automatic numbering", [
        Q("P1.Q1", "a_tel_supplier", R, fact="Northlink Unified Communications Ltd"),
        Q("P1.Q2", "a_tel_value", W, F33),
        Q("P1.Q3", "a_tel_expiry", R, fact="30 September 2030"),
        Q("P1.Q4", "a_tel_contact", R),
        Q("P1.Q5", "a_tel_extensions", R),
        Q("P2.Q1", "a_net_supplier", PR, F33),
        Q("P2.Q2", "a_net_expiry", R, fact="30 June 2027"),
        Q("P2.Q3", "a_net_contact", W, F38)]),
    L(DR, "drafts/GM-FOI-2025-01402 Response.pdf", "ad2.html", "lo_pdf", A, "GM-FOI-2025-01402",
      "2025-10-02", "2025-09-04", "foisa", "table with exemption column, summary of exemptions at end", [
        Q("P1.Q1", "a_cyb_count", W, F31),
        Q("P1.Q2", "a_cyb_ransom", R, fact="No"),
        Q("P1.Q3", "a_cyb_insurance", R, fact="No"),
        Q("P1.Q4", "a_cyb_staff", NH),
        Q("P1.Q5", "a_cyb_spend", W, F35)]),
    L(DR, "drafts/GM-FOI-2025-01733 request.txt", "ad3.txt", "copy", A, "GM-FOI-2025-01733",
      "2025-11-20", "2025-11-20", "foisa", "bare incoming request email", [
        Q("P1.Q1", "a_agn_spend", U),
        Q("P1.Q2", "a_agn_agencies", U),
        Q("P1.Q3", "a_agn_bank", U),
        Q("P1.Q4", "a_agn_rate", U),
        Q("P1.Q5", "a_agn_shifts", U)], bare=True),

    # ---------------- B: Calderbrook MBC (FOIA / EIR) ----------------
    L(H, "history/FOI 2017-4412 Response.pdf", "b01.html", "lo_pdf", B, "FOI/2017/4412",
      "2017-07-11", "2017-06-13", "foia", "restated request, keyed answers", [
        Q("P1.Q1", "b_lei_operator", R, fact="Calder Community Leisure Trust"),
        Q("P1.Q2", "b_lei_fee", R, fact="£1,150,000"),
        Q("P1.Q3", "b_lei_end", R, fact="31 March 2022"),
        Q("P1.Q4", "b_lei_kpi", R, S21)]),
    L(H, "history/EIR 2018-0217 Response.pdf", "b02.html", "lo_pdf_gs", B, "EIR/2018/0217",
      "2018-03-06", "2018-02-06", "eir", "two-column table", [
        Q("P1.Q1", "b_pot_claims", R),
        Q("P1.Q2", "b_pot_paid", R, fact="nil"),
        Q("P1.Q3", "b_pot_repairs", R),
        Q("P1.Q4", "b_pot_inspect_manual", R, R6)]),
    L(H, "history/FOI-2018-6120.pdf", "b03.html", "chromium_pdf_gs", B, "FOI/2018/6120",
      "2018-10-22", "2018-09-24", "foia", "disclosure-log page, Chromium then Ghostscript", [
        Q("P1.Q1", "b_pk_pcns", R),
        Q("P1.Q2", "b_pk_enf_contractor", R, fact="Civic Parking Services Ltd"),
        Q("P1.Q3", "b_bl_cameras", R),
        Q("P1.Q4", "b_bl_camera_locations", W, S31A)]),
    L(H, "history/CMBC FOI 19-2291 Response.docx", "b04.html", "docx", B, "CMBC-FOI-19-2291",
      "2019-06-14", "2019-05-16", "foia", "interleaved, Word numbering", [
        Q("P1.Q1", "b_it_erp_supplier", R, fact="Meridian Public Sector Software Ltd"),
        Q("P1.Q2", "b_it_erp_value", R, fact="£2,340,000"),
        Q("P1.Q3", "b_it_erp_end", R, fact="31 August 2024"),
        Q("P1.Q4", "b_it_erp_licences", R),
        Q("P1.Q5", "b_waste_contractor", R, fact="Greenway Environmental Services Ltd"),
        Q("P1.Q6", "b_waste_value", W, S43)]),
    L(H, "history/FOI 2020-0145 response.pdf", "b05.html", "lo_pdf", B, "FOI/2020/0145",
      "2020-02-03", "2020-01-06", "foia", "whole-request cost refusal", [
        Q("P1.Q1", "b_con_spend", RF, S12),
        Q("P1.Q2", "b_con_top", RF, S12),
        Q("P1.Q3", "b_con_reports", RF, S12)]),
    L(H, "history/CMBC-FOI-21-0833 Response.pdf", "b06.html", "ocr_scan", B, "CMBC-FOI-21-0833",
      "2021-04-27", "2021-03-29", "foia", "numbered answers (OCR scan)", [
        Q("P1.Q1", "b_hr_backlog", R),
        Q("P1.Q2", "b_hr_contractor", R, fact="Pennine Property Maintenance Ltd"),
        Q("P1.Q3", "b_hr_damp_cases", R),
        Q("P1.Q4", "b_hr_penalties", W, S43)]),
    L(H, "history/CMBC-FOI-22-1190 Response.pdf", "b07.html", "lo_pdf", B, "CMBC-FOI-22-1190",
      "2022-05-17", "2022-04-19", "foia", "You asked / Our response", [
        Q("P1.Q1", "b_con_spend", R),
        Q("P1.Q2", "b_con_top", R, fact="Arkwright Advisory LLP"),
        Q("P1.Q3", "b_con_reports", PR, S43)]),
    L(H, "history/CMBC-FOI-22-2054 Response.pdf", "b08.html", "lo_pdf", B, "CMBC-FOI-22-2054",
      "2023-01-10", "2022-12-08", "foia", "table with exemption column", [
        Q("P1.Q1", "b_lei_operator", R, fact="Calder Community Leisure Trust"),
        Q("P1.Q2", "b_lei_fee", W, S43),
        Q("P1.Q3", "b_lei_end", R, fact="31 March 2027"),
        Q("P1.Q4", "b_lib_closures", R),
        Q("P1.Q5", "b_lib_visits", R)]),
    L(H, "history/IR-2023-0071 Internal Review Outcome.pdf", "b09.html", "lo_pdf", B, "IR-2023-0071",
      "2023-09-05", "2023-06-26", "foia", "internal review outcome", [
        Q("P1.Q1", "b_pk_pcns", R),
        Q("P1.Q2", "b_pk_income", R),
        Q("P1.Q3", "b_pk_enf_contractor", R, fact="Civic Parking Services Ltd"),
        Q("P1.Q4", "b_bl_camera_locations", R)]),
    L(H, "history/CMBC-FOI-24-1315 Response.pdf", "b10.html", "lo_pdf", B, "CMBC-FOI-24-1315",
      "2024-06-20", "2024-05-22", "foia", "decision paragraph naming exempt questions", [
        Q("P1.Q1", "b_it_erp_supplier", R, fact="Meridian Public Sector Software Ltd"),
        Q("P1.Q2", "b_it_erp_value", W, S43),
        Q("P1.Q3", "b_it_erp_end", R, fact="31 August 2027"),
        Q("P1.Q4", "b_it_erp_licences", R),
        Q("P1.Q5", "b_it_hosting", W, S31A)]),
    # drafts B
    L(DR, "drafts/CMBC-FOI-25-1041 Response.pdf", "bd1.html", "lo_pdf", B, "CMBC-FOI-25-1041",
      "2025-08-19", "2025-07-21", "foia", "interleaved; checked as of an earlier date", [
        Q("P1.Q1", "b_pk_pcns", R),
        Q("P1.Q2", "b_pk_enf_contractor", R, fact="Kestrel Enforcement Ltd"),
        Q("P1.Q3", "b_bl_cameras", R),
        Q("P1.Q4", "b_bl_camera_locations", W, S31A),
        Q("P1.Q5", "b_pk_income", R)], as_of="2023-06-01"),
    L(DR, "drafts/CMBC-FOI-25-1377 Response.pdf", "bd2.html", "lo_pdf", B, "CMBC-FOI-25-1377",
      "2025-09-23", "2025-08-26", "foia", "grouped answers", [
        Q("P1.Q1", "b_lei_operator", R, fact="Calder Community Leisure Trust"),
        Q("P1.Q2", "b_lei_fee", R, fact="£1,310,000"),
        Q("P1.Q3", "b_lei_end", R, fact="31 March 2032"),
        Q("P1.Q4", "b_lib_closures", R),
        Q("P1.Q5", "b_lib_visits", NH)]),
    L(DR, "drafts/EIR-2025-0612 Response.pdf", "bd3.html", "lo_pdf", B, "EIR/2025/0612",
      "2025-11-04", "2025-10-07", "eir", "EIR table; summary of exceptions at end", [
        Q("P1.Q1", "b_waste_contractor", R, fact="Greenway Environmental Services Ltd"),
        Q("P1.Q2", "b_waste_value", W, R12_5E),
        Q("P1.Q3", "b_pot_claims", R),
        Q("P1.Q4", "b_pot_paid", R),
        Q("P1.Q5", "b_pot_repairs", RF, R12_4B),
        Q("P1.Q6", "b_pot_inspect_manual", R, R6)]),

    # ---------------- C: Wexley Vale College (FOIA) ----------------
    L(H, "history/WVC FOI 17-031 Response.pdf", "c01.html", "lo_pdf", C, "WVC-FOI-17-031",
      "2017-09-12", "2017-08-15", "foia", "restated request, numbered answers", [
        Q("P1.Q1", "c_pay_salary", R, S21),
        Q("P1.Q2", "c_pay_bonus", R, fact="nil"),
        Q("P1.Q3", "c_pay_expenses", R)]),
    L(H, "history/WVC FOI 18-007.docx", "c02.html", "docx", C, "WVC-FOI-18-007",
      "2018-02-20", "2018-01-23", "foia", "interleaved, Word numbering", [
        Q("P1.Q1", "c_int_numbers", R),
        Q("P1.Q2", "c_int_agents", R, fact="Anglo Pathways Ltd; Lotus Education Partners"),
        Q("P1.Q3", "c_int_agent_commission", W, S43)]),
    L(H, "history/FOI 18-052 Wexley Vale College.pdf", "c03.html", "lo_pdf_gs", C, "WVC-FOI-18-052",
      "2018-11-05", "2018-10-08", "foia", "two-column table", [
        Q("P1.Q1", "c_it_mis_supplier", R, fact="Ellipse Student Systems Ltd"),
        Q("P1.Q2", "c_it_mis_cost", R, fact="£48,500"),
        Q("P1.Q3", "c_it_mis_renewal", R, fact="July 2021"),
        Q("P1.Q4", "c_it_vle", R, fact="Moodle")]),
    L(H, "history/FOI 19-019 Response.txt", "c04.txt", "copy", C, "FOI 19-019",
      "2019-05-21", "2019-04-23", "foia", "plain-text email reply, answers out of order", [
        Q("P1.Q1", "c_exc_count", R),
        Q("P1.Q2", "c_exc_reasons", R),
        Q("P1.Q3", "c_exc_named_case", N, S40_5B)]),
    L(H, "history/FOI 2020-011 Response.pdf", "c05.html", "lo_pdf", C, "FOI 2020-011",
      "2020-03-10", "2020-02-11", "foia", "You asked / Our response", [
        Q("P1.Q1", "c_app_starts", R),
        Q("P1.Q2", "c_app_levy", R),
        Q("P1.Q3", "c_app_subcontractors", R, fact="Skillbridge Training Ltd"),
        Q("P1.Q4", "c_app_subcontract_value", W, S43)]),
    L(H, "history/FOI 2021-004 Response.pdf", "c06.html", "chromium_pdf", C, "FOI 2021-004",
      "2021-01-26", "2020-12-22", "foia", "disclosure-log page", [
        Q("P1.Q1", "c_pay_salary", R, S21),
        Q("P1.Q2", "c_pay_bonus", R, fact="nil"),
        Q("P1.Q3", "c_pay_severance", W, S40)]),
    L(H, "history/FOI 2022-018 Response.pdf", "c07.html", "lo_pdf", C, "FOI 2022-018",
      "2022-03-15", "2022-02-14", "foia", "decision paragraph, answers for the rest", [
        Q("P1.Q1", "c_int_numbers", R),
        Q("P1.Q2", "c_int_agents", R, fact="Anglo Pathways Ltd; Lotus Education Partners; Meridian Study Links"),
        Q("P1.Q3", "c_int_agent_commission", W, S43),
        Q("P1.Q4", "c_int_visa_refusals", NH)]),
    L(H, "history/FOI 2022-071 Response.pdf", "c08.html", "lo_pdf", C, "FOI 2022-071",
      "2022-11-29", "2022-11-01", "foia", "numbered answers, numbers as words", [
        Q("P1.Q1", "c_it_mis_supplier", R, fact="Ellipse Student Systems Ltd"),
        Q("P1.Q2", "c_it_mis_cost", W, S43),
        Q("P1.Q3", "c_it_mis_renewal", R, fact="July 2024"),
        Q("P1.Q4", "c_it_vle", R, fact="Moodle")]),
    L(H, "history/FOI 2023-064 Response.pdf", "c09.html", "lo_pdf", C, "FOI 2023-064",
      "2023-10-17", "2023-09-19", "foia", "You asked / Our response", [
        Q("P1.Q1", "c_exc_count", R),
        Q("P1.Q2", "c_exc_reasons", R),
        Q("P1.Q3", "c_exc_named_case", N, S40_5B),
        Q("P1.Q4", "c_exc_police", NH)]),
    L(H, "history/IR 2024-03 Internal Review.pdf", "c10.html", "lo_pdf_gs", C, "IR 2024-03",
      "2024-09-24", "2024-07-02", "foia", "internal review outcome", [
        Q("P1.Q1", "c_app_starts", R),
        Q("P1.Q2", "c_app_levy", R),
        Q("P1.Q3", "c_app_subcontractors", R, fact="Skillbridge Training Ltd; Wexley Construction Skills CIC"),
        Q("P1.Q4", "c_app_subcontract_value", R)]),
    # drafts C
    L(DR, "drafts/FOI 2025-022 Response.pdf", "cd1.html", "lo_pdf", C, "FOI 2025-022",
      "2025-03-18", "2025-02-18", "foia", "interleaved; consistent repeat", [
        Q("P1.Q1", "c_exc_count", R),
        Q("P1.Q2", "c_exc_reasons", R),
        Q("P1.Q3", "c_exc_named_case", N, S40_5B),
        Q("P1.Q4", "c_exc_police", NH)], consistent=True),
    L(DR, "drafts/FOI 2025-081 draft.docx", "cd2.html", "docx", C, "FOI 2025-081",
      "2025-10-14", "2025-09-15", "foia", "two parts, Word numbering", [
        Q("P1.Q1", "c_int_numbers", R),
        Q("P1.Q2", "c_int_agents", PR, S43),
        Q("P1.Q3", "c_int_agent_commission", W, S41),
        Q("P1.Q4", "c_int_visa_refusals", R),
        Q("P2.Q1", "c_it_mis_supplier", R, fact="Ellipse Student Systems Ltd"),
        Q("P2.Q2", "c_it_mis_cost", R, fact="£61,200"),
        Q("P2.Q3", "c_it_mis_renewal", R, fact="July 2028")]),

    # ---------------- D: Commercial Vehicle Standards Agency (FOIA) ----------------
    L(H, "history/CVSA FOI 17-0412 Response.pdf", "d01.html", "lo_pdf", D, "CVSA/FOI/17/0412",
      "2017-08-02", "2017-07-05", "foia", "interleaved Request/Answer", [
        Q("P1.Q1", "d_bwv_count", R),
        Q("P1.Q2", "d_bwv_supplier", R, fact="Clearsight Bodycam Ltd"),
        Q("P1.Q3", "d_bwv_policy", R, S21)]),
    L(H, "history/FOI 2018-0233 Response.pdf", "d02.html", "lo_pdf_gs", D, "CVSA/FOI/18/0233",
      "2018-04-16", "2018-03-19", "foia", "decision paragraph", [
        Q("P1.Q1", "d_anpr_cameras", W, S31A),
        Q("P1.Q2", "d_anpr_locations", N, S31_3),
        Q("P1.Q3", "d_anpr_retention", R)]),
    L(H, "history/FOI 2018-0871 Response.pdf", "d03.html", "lo_pdf", D, "CVSA/FOI/18/0871",
      "2018-12-10", "2018-11-12", "foia", "whole-request cost refusal", [
        Q("P1.Q1", "d_legal_spend", RF, S12),
        Q("P1.Q2", "d_legal_firms", RF, S12),
        Q("P1.Q3", "d_legal_cases", RF, S12)]),
    L(H, "history/FOI2019-05120 Response.docx", "d04.html", "docx", D, "FOI2019/05120",
      "2019-07-30", "2019-07-02", "foia", "two-column table in Word", [
        Q("P1.Q1", "d_it_hosting_supplier", R, fact="Stratus Data Centres Ltd"),
        Q("P1.Q2", "d_it_hosting_value", R, fact="£1,200,000"),
        Q("P1.Q3", "d_it_hosting_end", R, fact="31 October 2022"),
        Q("P1.Q4", "d_it_security", R)]),
    L(H, "history/FOI2020-08831 Response.html", "d05.html", "copy", D, "FOI2020/08831",
      "2020-09-08", "2020-08-10", "foia", "disclosure-log html page", [
        Q("P1.Q1", "d_staff_fte", R),
        Q("P1.Q2", "d_staff_contractors", R),
        Q("P1.Q3", "d_staff_sickness", R)]),
    L(H, "history/FOI2021-04417 Response.pdf", "d06.html", "lo_pdf", D, "FOI2021/04417",
      "2021-05-11", "2021-04-13", "foia", "grouped answers", [
        Q("P1.Q1", "d_est_buildings", R),
        Q("P1.Q2", "d_est_vacancy", R),
        Q("P1.Q3", "d_est_lease_cost", W, S43),
        Q("P1.Q4", "d_est_disposals", R, S22)]),
    L(H, "history/FOIR-2022-01290 Response.pdf", "d07.html", "chromium_pdf", D, "FOIR-2022-01290",
      "2022-02-14", "2022-01-17", "foia", "disclosure-log page, restated then answered", [
        Q("P1.Q1", "d_bwv_count", R),
        Q("P1.Q2", "d_bwv_supplier", R, fact="Clearsight Bodycam Ltd"),
        Q("P1.Q3", "d_bwv_incidents", R),
        Q("P1.Q4", "d_anpr_cameras", W, S31A),
        Q("P1.Q5", "d_anpr_locations", N, S31_3)]),
    L(H, "history/FOIR-2022-10477 Response.pdf", "d08.html", "lo_pdf", D, "FOIR-2022-10477",
      "2022-12-06", "2022-11-07", "foia", "s12(2) cost refusal that says neither confirm nor deny", [
        Q("P1.Q1", "d_legal_spend", RF, S12_2),
        Q("P1.Q2", "d_legal_firms", RF, S12_2),
        Q("P1.Q3", "d_legal_cases", RF, S12_2)]),
    L(H, "history/FOIR-2023-11852 Response.pdf", "d09.html", "lo_pdf", D, "FOIR-2023-11852",
      "2023-08-22", "2023-07-24", "foia", "You asked / Our response", [
        Q("P1.Q1", "d_cmp_count", R),
        Q("P1.Q2", "d_cmp_ombudsman", R),
        Q("P1.Q3", "d_staff_fte", R),
        Q("P1.Q4", "d_cmp_named_staff", N, S40_5B)]),
    L(H, "history/FOIR-2024-02318 Response.pdf", "d10.html", "lo_pdf", D, "FOIR-2024-02318",
      "2024-03-19", "2024-02-19", "foia", "table with exemption column", [
        Q("P1.Q1", "d_it_hosting_supplier", R, fact="Stratus Data Centres Ltd"),
        Q("P1.Q2", "d_it_hosting_value", R, fact="£1,450,000"),
        Q("P1.Q3", "d_it_hosting_end", R, fact="31 October 2026"),
        Q("P1.Q4", "d_it_security", W, S31A),
        Q("P1.Q5", "d_it_cyber_incidents", R),
        Q("P1.Q6", "d_est_lease_cost", W, S43),
        Q("P1.Q7", "d_est_vacancy", R)]),
    # drafts D
    L(DR, "drafts/FOIR-2025-04410 Response.pdf", "dd1.html", "lo_pdf", D, "FOIR-2025-04410",
      "2025-05-27", "2025-04-28", "foia", "restated request, decision paragraph", [
        Q("P1.Q1", "d_bwv_count", R),
        Q("P1.Q2", "d_bwv_supplier", R, fact="Vantage Wearables UK Ltd"),
        Q("P1.Q3", "d_bwv_incidents", W, S31A),
        Q("P1.Q4", "d_anpr_cameras", N, NCND_24_31),
        Q("P1.Q5", "d_anpr_locations", N, NCND_24_31),
        Q("P1.Q6", "d_anpr_retention", R)]),
    L(DR, "drafts/FOIR-2025-09982 Response.pdf", "dd2.html", "lo_pdf_gs", D, "FOIR-2025-09982",
      "2025-12-09", "2025-11-10", "foia", "table with exemption column, exemptions summarised at end", [
        Q("P1.Q1", "d_it_hosting_supplier", R, fact="Stratus Data Centres Ltd"),
        Q("P1.Q2", "d_it_hosting_value", PR, S43),
        Q("P1.Q3", "d_it_hosting_end", R, fact="31 October 2026"),
        Q("P1.Q4", "d_it_security", W, S24),
        Q("P1.Q5", "d_it_cyber_incidents", N, NCND_24_31),
        Q("P1.Q6", "d_est_lease_cost", W, S41),
        Q("P1.Q7", "d_est_vacancy", R),
        Q("P1.Q8", "d_est_disposals", NH)]),
    L(DR, "drafts/FOIR-2026-00154 Response.pdf", "dd3.html", "lo_pdf", D, "FOIR-2026-00154",
      "2026-01-20", "2025-12-18", "foia", "You asked / Our response", [
        Q("P1.Q1", "d_legal_spend", R),
        Q("P1.Q2", "d_legal_firms", R, fact="Harcourt Lane LLP; Fenwick Road Chambers"),
        Q("P1.Q3", "d_cmp_count", R),
        Q("P1.Q4", "d_cmp_ombudsman", R),
        Q("P1.Q5", "d_cmp_named_staff", W, S40),
        Q("P1.Q6", "d_staff_fte", R),
        Q("P1.Q7", "d_staff_contractors", NH)]),
]

DESCRIPTION = ("Set AY: four invented authorities - NHS Glenmorven (Scottish health board, FOISA), "
               "Calderbrook Metropolitan Borough Council (FOIA and EIR), Wexley Vale College (FE college, FOIA) "
               "and the Commercial Vehicle Standards Agency (executive agency, FOIA). 40 history letters 2017-2024 "
               "in round-robin families (telephony/network contracts, agency nursing, cyber incidents, waiting times, "
               "drug spend, complaints; leisure contract, potholes, parking and bus lanes, ERP and waste contracts, "
               "consultants, housing repairs, libraries; principal's pay, international students, MIS, exclusions, "
               "apprenticeships; body-worn video, ANPR, legal spend, IT hosting, estates, staff, complaints) and 11 "
               "drafts 2025-2026: one bare request (GM-FOI-2025-01733), one consistent repeat (FOI 2025-022), one "
               "checked as of 2023-06-01 (CMBC-FOI-25-1041: later letters must be ignored).")

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
