#!/usr/bin/env python3
"""Test set AX: invented UK authorities, 40 history letters, 11 drafts.

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
A = "Wealdmoor Constabulary"                              # English police force, FOIA
B = "Cambrian Coast Fire and Rescue Service"              # Welsh fire and rescue service, FOIA
C = "NHS Hartfield and Stourside Integrated Care Board"   # ICB (from July 2022), FOIA
D = "Brackenmoor District Council"                        # district council, FOIA and EIR

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
S40 = ["s40(2)"]
S24 = ["s24(1)"]
S31A = ["s31(1)(a)"]
NCND_POL = ["s24(2)", "s31(3)"]
S24_31AB = ["s24(1)", "s31(1)(a)", "s31(1)(b)"]
S12_1 = ["s12(1)"]
S12_2 = ["s12(2)"]
R12_5B = ["reg12(5)(b)"]
R12_6_5B = ["reg12(5)(b)", "reg12(6)"]
R12_4B = ["reg12(4)(b)"]

LETTERS = [
    # ---------------- A: Wealdmoor Constabulary ----------------
    L("history", "history/FOI 0388-17 Drones Response.pdf", "a01.html", "lo_pdf", A,
      "FOI 0388/17", "2017-05-16", "2017-04-19", "foia", "restated request, numbered answers",
      [Q("P1.Q1", "drone_count", R, fact="3"),
       Q("P1.Q2", "drone_spend", R, fact="£38,400"),
       Q("P1.Q3", "drone_supplier", R, fact="DJI"),
       Q("P1.Q4", "drone_pilots", R, fact="6")]),
    L("history", "history/FOI 0211-18 Telephony and Network Contracts.docx", "a02.html", "docx", A,
      "FOI 0211/18", "2018-03-08", "2018-02-12", "foia", "interleaved, one list numbered straight through 1-8 under two headings (Word auto numbering)",
      [Q("P1.Q1", "tel_supplier", R, fact="Daisy Communications"),
       Q("P1.Q2", "tel_spend", R, fact="£212,000"),
       Q("P1.Q3", "tel_expiry", R, fact="31 March 2021"),
       Q("P1.Q4", "tel_contact", PR, S40),
       Q("P1.Q5", "net_supplier", R, fact="Virgin Media Business"),
       Q("P1.Q6", "net_spend", R, fact="£96,500"),
       Q("P1.Q7", "net_expiry", R, fact="30 June 2020"),
       Q("P1.Q8", "net_contact", PR, S40)]),
    L("history", "history/FOI 0154-19 Response - Facial Recognition.pdf", "a03.html", "lo_pdf_gs", A,
      "FOI 0154/19", "2019-02-19", "2019-01-23", "foia", "NCND letter with harm and public interest blocks, answers keyed Q1-Q4",
      [Q("P1.Q1", "frt_live", R, fact="No"),
       Q("P1.Q2", "frt_retro", N, NCND_POL),
       Q("P1.Q3", "frt_supplier", N, NCND_POL),
       Q("P1.Q4", "frt_budget", NH)]),
    L("history", "history/FOI 0921-19 Taser Use.pdf", "a04.html", "chromium_pdf", A,
      "FOI 0921/19", "2019-10-03", "2019-09-06", "foia", "disclosure-log web page, table of questions and answers",
      [Q("P1.Q1", "taser_discharges", R, fact="41"),
       Q("P1.Q2", "taser_drawn", R, fact="212"),
       Q("P1.Q3", "taser_under18", R, fact="3"),
       Q("P1.Q4", "taser_officers", R, fact="388")]),
    L("history", "history/FOI 0633-20 Response.pdf", "a05.html", "lo_pdf", A,
      "FOI 0633/20", "2020-07-14", "2020-06-15", "foia", "You asked / Our response, NCND for one question",
      [Q("P1.Q1", "drone_count", R, fact="7"),
       Q("P1.Q2", "drone_spend", R, fact="£61,250"),
       Q("P1.Q3", "drone_supplier", R, fact="DJI"),
       Q("P1.Q4", "drone_deployments", NH),
       Q("P1.Q5", "drone_covert", N, NCND_POL)]),
    L("history", "history/FOI-2021-0745 ICT Contracts Response.pdf", "a06.html", "lo_pdf", A,
      "FOI/2021/0745", "2021-06-22", "2021-05-25", "foia", "two-part request restated, two-column tables per part",
      [Q("P1.Q1", "tel_supplier", R, fact="Daisy Communications"),
       Q("P1.Q2", "tel_spend", R, fact="£198,760"),
       Q("P1.Q3", "tel_duration", R, fact="5 years with option to extend by 2 years"),
       Q("P1.Q4", "tel_expiry", R, fact="31 March 2026"),
       Q("P1.Q5", "tel_contact", PR, S40),
       Q("P2.Q1", "net_supplier", R, fact="Virgin Media Business"),
       Q("P2.Q2", "net_spend", R, fact="£101,300"),
       Q("P2.Q3", "net_expiry", R, fact="30 June 2023"),
       Q("P2.Q4", "net_contact", PR, S40)]),
    L("history", "history/FOI-2022-0402 Misconduct - s12 refusal.pdf", "a07.html", "lo_pdf", A,
      "FOI/2022/0402", "2022-04-11", "2022-03-14", "foia", "cost refusal of the whole request",
      [Q("P1.Q1", "misc_dismissed", RF, S12_2),
       Q("P1.Q2", "misc_complaints", RF, S12_2),
       Q("P1.Q3", "misc_names", RF, S12_2)]),
    L("history", "history/FOI-2023-01187 Facial Recognition Technology.pdf", "a08.html", "lo_pdf", A,
      "FOI-2023-01187", "2023-05-25", "2023-04-27", "foia", "decision paragraph naming NCND questions, answers for the rest",
      [Q("P1.Q1", "frt_live", R, fact="Yes, on 4 occasions"),
       Q("P1.Q2", "frt_live_arrests", R, fact="2"),
       Q("P1.Q3", "frt_retro", N, NCND_POL),
       Q("P1.Q4", "frt_supplier", N, NCND_POL)]),
    L("history", "history/FOI-2024-00318 scanned response.pdf", "a09.html", "ocr_scan", A,
      "FOI-2024-00318", "2024-02-07", "2024-01-10", "foia", "interleaved Q1/A1, OCR'd scan",
      [Q("P1.Q1", "drone_count", R, fact="11"),
       Q("P1.Q2", "drone_pilots", R, fact="18"),
       Q("P1.Q3", "drone_spend", R, fact="£142,900"),
       Q("P1.Q4", "drone_supplier", R, fact="DJI"),
       Q("P1.Q5", "drone_deployments", NH),
       Q("P1.Q6", "drone_covert", R, fact="No")]),
    L("history", "history/FOI-2024-02871 Contact Centre and Network Contracts.pdf", "a10.html", "lo_pdf", A,
      "FOI-2024-02871", "2024-11-19", "2024-10-28", "foia", "decision paragraph naming exempt questions by part, answers for the rest",
      [Q("P1.Q1", "tel_supplier", R, fact="Daisy Communications"),
       Q("P1.Q2", "tel_spend", R, fact="£187,450"),
       Q("P1.Q3", "tel_duration", R, fact="5 years with option to extend by 2 years"),
       Q("P1.Q4", "tel_expiry", R, fact="31 March 2026"),
       Q("P1.Q5", "tel_contact", PR, S40),
       Q("P1.Q6", "tel_agents", W, S31AB),
       Q("P2.Q1", "net_supplier", W, S31AB),
       Q("P2.Q2", "net_spend", W, S31AB),
       Q("P2.Q3", "net_expiry", W, S31AB),
       Q("P2.Q4", "net_contact", PR, S40)]),
    L("draft", "drafts/FOI-2025-01964 Draft Response.pdf", "ad1.html", "lo_pdf", A,
      "FOI-2025-01964", "2025-08-12", "2025-07-15", "foia", "interleaved Question n / Response, questions reordered and inserted",
      [Q("P1.Q1", "drone_count", R, fact="14"),
       Q("P1.Q2", "drone_thermal", R, fact="9"),
       Q("P1.Q3", "drone_pilots", R, fact="18"),
       Q("P1.Q4", "drone_supplier", R, fact="DJI"),
       Q("P1.Q5", "drone_spend", W, S43),
       Q("P1.Q6", "drone_training_spend", R, fact="£22,600"),
       Q("P1.Q7", "drone_deployments", R, fact="312"),
       Q("P1.Q8", "drone_covert", N, NCND_POL)]),
    L("draft", "drafts/FOI-2025-02718 ICT contracts DRAFT v2.docx", "ad2.html", "docx", A,
      "FOI-2025-02718", "2025-12-03", "2025-11-05", "foia", "request numbered straight through 1-9 under two headings (earlier letter used parts), decision paragraph then answers",
      [Q("P1.Q1", "tel_supplier", R, fact="Gamma Communications"),
       Q("P1.Q2", "tel_spend", PR, S43),
       Q("P1.Q3", "tel_duration", R, fact="5 years with option to extend by 2 years"),
       Q("P1.Q4", "tel_contact", PR, S40),
       Q("P1.Q5", "tel_agents", W, S31AB),
       Q("P1.Q6", "net_supplier", W, S24_31AB),
       Q("P1.Q7", "net_spend", R, fact="£94,000"),
       Q("P1.Q8", "net_expiry", W, S31AB),
       Q("P1.Q9", "net_contact", PR, S40)]),
    L("draft", "drafts/FOI-2025-02330 Draft - Facial Recognition.pdf", "ad3.html", "lo_pdf_gs", A,
      "FOI-2025-02330", "2025-09-24", "2025-08-27", "foia", "bullet-point request, answers keyed by bullet order, NCND for live FRT",
      [Q("P1.Q1", "frt_live", N, NCND_POL),
       Q("P1.Q2", "frt_retro", R, fact="Yes"),
       Q("P1.Q3", "frt_supplier", W, S31A),
       Q("P1.Q4", "frt_budget", NH),
       Q("P1.Q5", "frt_watchlist", W, S31A)]),

    # ---------------- B: Cambrian Coast Fire and Rescue Service ----------------
    L("history", "history/FOI 17-086 Response.pdf", "b01.html", "lo_pdf", B,
      "FOI 17/086", "2017-09-12", "2017-08-16", "foia", "restated request, numbered answers",
      [Q("P1.Q1", "afa_count", R, fact="1,642"),
       Q("P1.Q2", "afa_charges", R, fact="nil"),
       Q("P1.Q3", "afa_premises", W, S43),
       Q("P1.Q4", "afa_hospital", R, fact="287")]),
    L("history", "history/FOI 18-133 Fleet.docx", "b02.html", "docx", B,
      "FOI 18/133", "2018-06-04", "2018-05-08", "foia", "two-column table (Word)",
      [Q("P1.Q1", "fleet_appliances", R, fact="58"),
       Q("P1.Q2", "fleet_age", R, fact="9.2 years"),
       Q("P1.Q3", "fleet_supplier", R, fact="Emergency One (UK) Ltd"),
       Q("P1.Q4", "fleet_budget", R, fact="£2.1m")]),
    L("history", "history/FOI 19-011 On-call availability.pdf", "b03.html", "chromium_pdf", B,
      "FOI 19/011", "2019-01-22", "2018-12-20", "foia", "disclosure-log web page, interleaved",
      [Q("P1.Q1", "oncall_availability", R, fact="71%"),
       Q("P1.Q2", "oncall_vacancies", R, fact="64"),
       Q("P1.Q3", "oncall_unavailable_hours", R, fact="18,420")]),
    L("history", "history/FOI 19-244 Control Room Response.pdf", "b04.html", "lo_pdf", B,
      "FOI 19/244", "2019-11-05", "2019-10-09", "foia", "decision paragraph naming the exempt question, answers for the rest",
      [Q("P1.Q1", "control_supplier", R, fact="Halyard Mobilising Ltd"),
       Q("P1.Q2", "control_value", R, fact="£1.34m"),
       Q("P1.Q3", "control_expiry", R, fact="31 March 2022"),
       Q("P1.Q4", "control_outages", W, S24)]),
    L("history", "history/FOI 20-197 False Alarms.pdf", "b05.html", "lo_pdf_gs", B,
      "FOI 20/197", "2020-10-20", "2020-09-23", "foia", "You asked / Our response, renumbered (question inserted)",
      [Q("P1.Q1", "afa_count", R, fact="1,811"),
       Q("P1.Q2", "afa_by_type", R),
       Q("P1.Q3", "afa_charges", R, fact="nil"),
       Q("P1.Q4", "afa_premises", W, S43)]),
    L("history", "history/FOI response CCFRS-FOI-2021-118.txt", "b06.txt", "copy", B,
      "CCFRS-FOI-2021-118", "2021-07-15", "2021-06-17", "foia", "plain-text email reply, questions in prose",
      [Q("P1.Q1", "sprinkler_hfsv", NH),
       Q("P1.Q2", "sprinkler_installed", R, fact="37"),
       Q("P1.Q3", "sprinkler_schools", R, S21)]),
    L("history", "history/CCFRS-FOI-2022-061 Control Room.pdf", "b07.html", "lo_pdf", B,
      "CCFRS-FOI-2022-061", "2022-03-09", "2022-02-09", "foia", "Request 1 / Response 1 pairs",
      [Q("P1.Q1", "control_supplier", R, fact="Halyard Mobilising Ltd"),
       Q("P1.Q2", "control_value", R, fact="£1.52m"),
       Q("P1.Q3", "control_expiry", R, fact="31 March 2027"),
       Q("P1.Q4", "control_outages", W, S24),
       Q("P1.Q5", "control_staff", R, fact="24 FTE")]),
    L("history", "history/FOI2023-031 Fleet Response.pdf", "b08.html", "lo_pdf", B,
      "FOI2023/031", "2023-02-14", "2023-01-17", "foia", "numbered answers after restated request, one answer signposted (s21)",
      [Q("P1.Q1", "fleet_appliances", R, fact="61"),
       Q("P1.Q2", "fleet_supplier", R, fact="Emergency One (UK) Ltd"),
       Q("P1.Q3", "fleet_age", R, fact="10.4 years"),
       Q("P1.Q4", "fleet_strategy", R, S21)]),
    L("history", "history/IR2024-004 Internal Review Outcome.pdf", "b09.html", "lo_pdf", B,
      "IR2024/004", "2024-01-30", "2023-11-21", "foia", "internal review outcome overturning a cost refusal in part",
      [Q("P1.Q1", "afa_count", R, fact="1,987"),
       Q("P1.Q2", "afa_charges", R, fact="nil"),
       Q("P1.Q3", "afa_premises", W, S43),
       Q("P1.Q4", "afa_hospital", R, fact="312")]),
    L("history", "history/FOI2025-052 On-call Response.docx", "b10.html", "docx", B,
      "FOI2025/052", "2025-04-08", "2025-03-11", "foia", "interleaved Q/A (Word numbering)",
      [Q("P1.Q1", "oncall_availability", R, fact="68.4%"),
       Q("P1.Q2", "oncall_vacancies", R, fact="81"),
       Q("P1.Q3", "oncall_pay", R, fact="£4,312")]),
    L("draft", "drafts/FOI2025-219 DRAFT False Alarms.pdf", "bd1.html", "lo_pdf", B,
      "FOI2025/219", "2025-10-14", "2025-09-16", "foia", "bullet-point request, answers keyed by bullet",
      [Q("P1.Q1", "afa_count", R, fact="2,114"),
       Q("P1.Q2", "afa_by_type", R),
       Q("P1.Q3", "afa_charges", NH),
       Q("P1.Q4", "afa_premises", R),
       Q("P1.Q5", "afa_night_policy", R, fact="Yes")]),
    L("draft", "drafts/FOI2026-004 Control Room DRAFT.docx", "bd2.html", "docx", B,
      "FOI2026/004", "2026-01-20", "2025-12-19", "foia", "Request n / Response n pairs, question inserted",
      [Q("P1.Q1", "control_supplier", R, fact="Halyard Mobilising Ltd"),
       Q("P1.Q2", "control_value", W, S43),
       Q("P1.Q3", "control_expiry", R, fact="31 March 2027"),
       Q("P1.Q4", "control_cyber", W, S24),
       Q("P1.Q5", "control_outages", W, S31A),
       Q("P1.Q6", "control_staff", R, fact="24 FTE")]),

    # ---------------- C: NHS Hartfield and Stourside ICB ----------------
    L("history", "history/FOI 22-0093 Response.pdf", "c01.html", "lo_pdf", C,
      "FOI 22-0093", "2022-09-06", "2022-08-09", "foia", "restated request numbered 1-4 straight through, numbered answers",
      [Q("P1.Q1", "adhd_wait_adult", R, fact="2,106"),
       Q("P1.Q2", "adhd_longest_adult", NH),
       Q("P1.Q3", "autism_wait_child", R, fact="1,388"),
       Q("P1.Q4", "autism_longest_child", NH)]),
    L("history", "history/FOI 22-0241 Continuing Healthcare.docx", "c02.html", "docx", C,
      "FOI 22-0241", "2022-11-23", "2022-10-26", "foia", "two-column table (Word)",
      [Q("P1.Q1", "chc_eligible", R, fact="1,214"),
       Q("P1.Q2", "chc_spend", R, fact="£63.2m"),
       Q("P1.Q3", "chc_fasttrack", R, fact="402")]),
    L("history", "history/FOI 23-0019 Shared Care Record contract.pdf", "c03.html", "lo_pdf", C,
      "FOI 23-0019", "2023-01-17", "2022-12-14", "foia", "interleaved Q/A",
      [Q("P1.Q1", "ehr_supplier", R, fact="Medicus Link Ltd"),
       Q("P1.Q2", "ehr_value", R, fact="£2.4m"),
       Q("P1.Q3", "ehr_expiry", R, fact="31 March 2025"),
       Q("P1.Q4", "ehr_contact", PR, S40)]),
    L("history", "history/FOI 23-0158 Consultancy Spend.pdf", "c04.html", "lo_pdf_gs", C,
      "FOI 23-0158", "2023-04-26", "2023-03-29", "foia", "decision paragraph naming the exempt question",
      [Q("P1.Q1", "consult_spend", R, fact="£1,870,400"),
       Q("P1.Q2", "consult_firms", W, S43),
       Q("P1.Q3", "consult_purpose", R)]),
    L("history", "history/FOI 23-0377 Prescribing.pdf", "c05.html", "chromium_pdf", C,
      "FOI 23-0377", "2023-08-09", "2023-07-12", "foia", "disclosure-log web page, answers attached/elsewhere",
      [Q("P1.Q1", "presc_glp1", R, fact="£4,118,220"),
       Q("P1.Q2", "presc_top10", R),
       Q("P1.Q3", "presc_opioid", R, S21)]),
    L("history", "history/FOI 23-0601 ADHD Autism (scan).pdf", "c06.html", "ocr_scan", C,
      "FOI 23-0601", "2023-12-05", "2023-11-07", "foia", "You asked / Our response, OCR'd scan",
      [Q("P1.Q1", "adhd_wait_adult", R, fact="3,412"),
       Q("P1.Q2", "adhd_longest_adult", NH),
       Q("P1.Q3", "adhd_rtc_providers", R, fact="Thrive Minds, Clearpath ADHD, Lumen Neuro"),
       Q("P1.Q4", "autism_wait_child", R, fact="1,902"),
       Q("P1.Q5", "autism_longest_child", NH)]),
    L("history", "history/FOI 24-0133 IT Contracts.pdf", "c07.html", "lo_pdf", C,
      "FOI 24-0133", "2024-03-19", "2024-02-20", "foia", "two-column table",
      [Q("P1.Q1", "ehr_supplier", R, fact="Medicus Link Ltd"),
       Q("P1.Q2", "ehr_value", R, fact="£2.9m"),
       Q("P1.Q3", "ehr_expiry", R, fact="31 March 2027"),
       Q("P1.Q4", "ehr_contact", PR, S40),
       Q("P1.Q5", "gp_it_supplier", R, fact="EMIS Health")]),
    L("history", "history/FOI 24-0298 CHC.html", "c08.html", "copy", C,
      "FOI 24-0298", "2024-07-02", "2024-06-04", "foia", "disclosure-log HTML page, cost refusal of the whole request",
      [Q("P1.Q1", "chc_eligible", RF, S12_1),
       Q("P1.Q2", "chc_spend", RF, S12_1),
       Q("P1.Q3", "chc_by_age", RF, S12_1)]),
    L("history", "history/FOI 24-0467 Consultancy.docx", "c09.html", "docx", C,
      "FOI 24-0467", "2024-10-15", "2024-09-17", "foia", "grouped answers (Questions 1 & 3)",
      [Q("P1.Q1", "consult_spend", R, fact="£2,215,000"),
       Q("P1.Q2", "consult_firms", W, S43),
       Q("P1.Q3", "consult_purpose", R),
       Q("P1.Q4", "consult_days", NH)]),
    L("history", "history/FOI 25-0211 Response ADHD and Autism.pdf", "c10.html", "lo_pdf", C,
      "FOI 25-0211", "2025-05-20", "2025-04-22", "foia", "interleaved Q/A numbered straight through, repeat by one requester",
      [Q("P1.Q1", "adhd_wait_adult", R, fact="4,077"),
       Q("P1.Q2", "adhd_longest_adult", NH),
       Q("P1.Q3", "autism_wait_child", R, fact="2,240"),
       Q("P1.Q4", "autism_longest_child", NH)]),
    L("draft", "drafts/FOI 25-0544 DRAFT ADHD and Autism.pdf", "cd1.html", "lo_pdf", C,
      "FOI 25-0544", "2025-11-06", "2025-10-09", "foia", "two parts restarting numbering (earlier letters numbered straight through), same sentence in both parts",
      [Q("P1.Q1", "adhd_wait_adult", R, fact="5,108"),
       Q("P1.Q2", "adhd_longest_adult", R, fact="118 weeks"),
       Q("P1.Q3", "adhd_rtc_providers", R, fact="Thrive Minds, Clearpath ADHD, Lumen Neuro"),
       Q("P2.Q1", "autism_wait_child", NH),
       Q("P2.Q2", "autism_longest_child", NH)]),
    L("draft", "drafts/FOI 26-0061 Consultancy and IT DRAFT.docx", "cd2.html", "docx", C,
      "FOI 26-0061", "2026-02-10", "2026-01-13", "foia", "two-column table, two request families merged",
      [Q("P1.Q1", "consult_spend", PR, S43),
       Q("P1.Q2", "consult_firms", R),
       Q("P1.Q3", "consult_days", NH),
       Q("P1.Q4", "ehr_supplier", R, fact="Northway Clinical Systems Ltd"),
       Q("P1.Q5", "ehr_value", W, S43)]),
    L("draft", "drafts/Incoming request FOI 25-0603.txt", "cd3.txt", "copy", C,
      "FOI 25-0603", "2025-12-09", "2025-12-09", "foia", "bare incoming request (email with acknowledgement header), bullets",
      [Q("P1.Q1", "chc_eligible", U),
       Q("P1.Q2", "chc_spend", U),
       Q("P1.Q3", "chc_fasttrack", U),
       Q("P1.Q4", "chc_by_age", U),
       Q("P1.Q5", "chc_appeals", U)], bare=True),

    # ---------------- D: Brackenmoor District Council ----------------
    L("history", "history/FOI-17-0231 Parking Response.pdf", "d01.html", "lo_pdf", D,
      "FOI/17/0231", "2017-08-01", "2017-07-04", "foia", "two-column table",
      [Q("P1.Q1", "pcn_count", R, fact="9,412"),
       Q("P1.Q2", "pcn_income", R, fact="£318,220"),
       Q("P1.Q3", "parking_contractor", R, fact="Civicus Parking Services Ltd"),
       Q("P1.Q4", "pcn_cancelled", R, fact="611")]),
    L("history", "history/EIR-18-0102 Fly-tipping.pdf", "d02.html", "lo_pdf", D,
      "EIR/18/0102", "2018-05-15", "2018-04-17", "eir", "interleaved (EIR)",
      [Q("P1.Q1", "flytip_incidents", R, fact="1,204"),
       Q("P1.Q2", "flytip_fpns", R, fact="38"),
       Q("P1.Q3", "flytip_prosecutions", NH),
       Q("P1.Q4", "flytip_cctv_locations", W, R12_5B)]),
    L("history", "history/FOI-19-0288 Temporary Accommodation.pdf", "d03.html", "lo_pdf", D,
      "FOI/19/0288", "2019-03-27", "2019-02-27", "foia", "You asked / Our response",
      [Q("P1.Q1", "ta_households", R, fact="46"),
       Q("P1.Q2", "ta_spend", R, fact="£412,600"),
       Q("P1.Q3", "ta_providers", R, fact="The Larches Guest House; Moorgate Lodge; Station Hotel Brackenmoor"),
       Q("P1.Q4", "ta_out_of_area", R, fact="5")]),
    L("history", "history/FOI-20-0119 IT Systems.docx", "d04.html", "docx", D,
      "FOI/20/0119", "2020-02-11", "2020-01-14", "foia", "numbered answers after restated request (Word numbering)",
      [Q("P1.Q1", "revs_supplier", R, fact="Pennant Revenues Ltd"),
       Q("P1.Q2", "revs_value", R, fact="£146,000"),
       Q("P1.Q3", "revs_expiry", R, fact="31 March 2023"),
       Q("P1.Q4", "crm_supplier", R, fact="Oakfield CRM Ltd")]),
    L("history", "history/FOI-21-0044 Council Tax.pdf", "d05.html", "chromium_pdf_gs", D,
      "FOI/21/0044", "2021-01-19", "2020-12-17", "foia", "disclosure-log page, answers in prose",
      [Q("P1.Q1", "ctax_arrears", R, fact="£3.1m"),
       Q("P1.Q2", "ctax_agents", R, fact="Rowan Enforcement Ltd"),
       Q("P1.Q3", "ctax_liability_orders", R, fact="2,944")]),
    L("history", "history/EIR-21-0390 Fly-tipping.pdf", "d06.html", "lo_pdf_gs", D,
      "EIR/21/0390", "2021-09-28", "2021-08-31", "eir", "decision paragraph naming the excepted question",
      [Q("P1.Q1", "flytip_incidents", R, fact="1,530"),
       Q("P1.Q2", "flytip_fpns", R, fact="51"),
       Q("P1.Q3", "flytip_hotspots", R),
       Q("P1.Q4", "flytip_prosecutions", NH),
       Q("P1.Q5", "flytip_cctv_locations", W, R12_5B)]),
    L("history", "history/FOI 2022-0611 response.txt", "d07.txt", "copy", D,
      "FOI 2022/0611", "2022-06-07", "2022-05-10", "foia", "plain-text email, interleaved",
      [Q("P1.Q1", "enf_complaints", R, fact="612"),
       Q("P1.Q2", "enf_notices", R, fact="23"),
       Q("P1.Q3", "enf_officers", R, fact="3.5 FTE"),
       Q("P1.Q4", "enf_backlog", R, fact="148")]),
    L("history", "history/FOI 2022-1187 Response.pdf", "d08.html", "lo_pdf", D,
      "FOI 2022/1187", "2022-11-15", "2022-10-18", "foia", "two-column table, two subjects in one request",
      [Q("P1.Q1", "ta_households", R, fact="71"),
       Q("P1.Q2", "ta_spend", R, fact="£688,300"),
       Q("P1.Q3", "ta_providers", R, fact="The Larches Guest House; Moorgate Lodge; Kestrel House"),
       Q("P1.Q4", "revs_supplier", W, S43),
       Q("P1.Q5", "revs_value", W, S43)]),
    L("history", "history/FOI 2024-0263 Temporary Accommodation.pdf", "d09.html", "lo_pdf", D,
      "FOI 2024/0263", "2024-03-05", "2024-02-06", "foia", "decision paragraph, grouped answers",
      [Q("P1.Q1", "ta_households", R, fact="103"),
       Q("P1.Q2", "ta_spend", PR, S43),
       Q("P1.Q3", "ta_providers", W, S43),
       Q("P1.Q4", "revs_supplier", W, S31A)]),
    L("history", "history/EIR 2025-0149 Fly-tipping.pdf", "d10.html", "chromium_pdf", D,
      "EIR 2025/0149", "2025-02-18", "2025-01-21", "eir", "disclosure-log page, You asked / Our response",
      [Q("P1.Q1", "flytip_incidents", R, fact="1,877"),
       Q("P1.Q2", "flytip_fpns", R, fact="212"),
       Q("P1.Q3", "flytip_all_locations", R),
       Q("P1.Q4", "flytip_prosecutions", NH),
       Q("P1.Q5", "flytip_cctv_locations", W, R12_5B)]),
    L("draft", "drafts/EIR 2025-0688 DRAFT Fly-tipping.pdf", "dd1.html", "lo_pdf", D,
      "EIR 2025/0688", "2025-07-22", "2025-06-24", "eir", "Request n / Response n, questions reordered, one removed",
      [Q("P1.Q1", "flytip_incidents", R, fact="2,046"),
       Q("P1.Q2", "flytip_prosecutions", R, fact="14"),
       Q("P1.Q3", "flytip_all_locations", RF, R12_4B),
       Q("P1.Q4", "flytip_cctv_locations", N, R12_6_5B)]),
    L("draft", "drafts/FOI 2025-0502 DRAFT TA and systems.pdf", "dd2.html", "lo_pdf", D,
      "FOI 2025/0502", "2025-06-12", "2025-05-14", "foia", "interleaved; checked as of a date before the 2024 letter",
      [Q("P1.Q1", "ta_spend", PR, S43),
       Q("P1.Q2", "ta_providers", W, S43),
       Q("P1.Q3", "revs_supplier", W, S31A),
       Q("P1.Q4", "revs_value", W, S43)], as_of="2024-01-01"),
    L("draft", "drafts/FOI 2025-0217 Planning Enforcement DRAFT.docx", "dd3.html", "docx", D,
      "FOI 2025/0217", "2025-03-18", "2025-02-25", "foia", "repeat request answered as before (Word numbering)",
      [Q("P1.Q1", "enf_complaints", R, fact="612"),
       Q("P1.Q2", "enf_notices", R, fact="23"),
       Q("P1.Q3", "enf_officers", R, fact="3.5 FTE"),
       Q("P1.Q4", "enf_backlog", R, fact="148")], consistent=True),
]

DESCRIPTION = ("Set AX: describe the authorities, letters and drafts here.")

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
