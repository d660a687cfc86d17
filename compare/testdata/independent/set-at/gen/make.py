#!/usr/bin/env python3
"""Test set AT: invented UK authorities, 40 history letters, 11 drafts.

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
A = "NHS Strathmorven"                                   # Scottish health board: FOISA, some EISR
B = "Holmeford Metropolitan Borough Council"             # northern English met borough: FOIA and EIR
C = "Canol Cymru Fire and Rescue Service"                # Welsh fire and rescue service: FOIA
D = "Office for Ports and Harbours Regulation"           # national regulator (ports industry): FOIA

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
    # ------------------------------------------------------------ NHS Strathmorven (FOISA / EISR)
    L("history", "history/FOI-18-0213 Response.pdf", "a_h1_foi-18-0213.html", "lo_pdf", A,
      "FOI/18/0213", "2018-03-14", "2018-02-19", "FOISA",
      "interleaved 'Question N / Response'; traps: s33(1)(b) considered and explicitly not applied",
      [Q("P1.Q1", "a.epr_supplier", R, [], "Cerulean Health Systems"),
       Q("P1.Q2", "a.epr_expiry", R, [], "31 March 2021"),
       Q("P1.Q3", "a.epr_spend", R),
       Q("P1.Q4", "a.email", R, [], "Microsoft Exchange 2010"),
       Q("P1.Q5", "a.it_headcount", R)]),
    L("history", "history/FOI 19 0088 - response letter.docx", "a_h2_foi-19-0088.html", "docx", A,
      "FOI/19/0088", "2019-02-20", "2019-01-28", "FOISA",
      "'You asked: / Our response:' headings, questions unnumbered; traps: 'No' answer is released",
      [Q("P1.Q1", "a.waste_tonnage", R),
       Q("P1.Q2", "a.waste_contractor", R, [], "Caledon Environmental Services Ltd"),
       Q("P1.Q3", "a.energy_use", R),
       Q("P1.Q4", "a.solar", R, [], "No")]),
    L("history", "history/FOI-19-0517_cyber_response.pdf", "a_h3_foi-19-0517.html", "chromium_pdf", A,
      "FOI/19/0517", "2019-09-05", "2019-08-12", "FOISA",
      "bordered question | response table; traps: section 17 notice of not held",
      [Q("P1.Q1", "a.cyber_incidents", R),
       Q("P1.Q2", "a.ransom_paid", R, [], "No"),
       Q("P1.Q3", "a.cyber_insurance", NH),
       Q("P1.Q4", "a.cyber_training", R)]),
    L("history", "history/FOI 19-0301 FINAL.pdf", "a_h4_foi-19-0301.html", "lo_pdf_gs", A,
      "FOI/19/0301", "2019-05-22", "2019-04-29", "FOISA",
      "request as list, grouped answer 'Questions 1 and 2' with a table, then Question 3, 4",
      [Q("P1.Q1", "a.agency_nurse_spend", R),
       Q("P1.Q2", "a.bank_nurse_spend", R),
       Q("P1.Q3", "a.nurse_vacancies", R),
       Q("P1.Q4", "a.agency_names", R)]),
    L("history", "history/FOI-2020-00544 Response (redacted).pdf", "a_h5_foi-2020-00544.html", "chromium_pdf_gs", A,
      "FOI-2020-00544", "2020-06-30", "2020-05-26", "FOISA",
      "restate then 'Q1:' answers, answer to Q3 given last (out of order); traps: s31(1) named as not relied on",
      [Q("P1.Q1", "a.epr_supplier", R, [], "Cerulean Health Systems"),
       Q("P1.Q2", "a.epr_expiry", R, [], "31 March 2023"),
       Q("P1.Q3", "a.server_os", W, F35),
       Q("P1.Q4", "a.epr_spend", R),
       Q("P1.Q5", "a.email", R, [], "NHSmail (Microsoft Exchange Online)"),
       Q("P1.Q6", "a.it_headcount", R)]),
    L("history", "history/EIR-21-0031 disclosure log.html", "a_h6_eir-21-0031.html", "copy", A,
      "EIR/21/0031", "2021-11-24", "2021-10-27", "EIR",
      "EISR disclosure-log web page with navigation, cookie banner, related-requests sidebar; traps: reg 10(4)(a) not held",
      [Q("P1.Q1", "a.waste_tonnage", R),
       Q("P1.Q2", "a.waste_contractor", R, [], "Caledon Environmental Services Ltd"),
       Q("P1.Q3", "a.energy_use", R),
       Q("P1.Q4", "a.ev_chargers", NH)]),
    L("history", "history/FOI-2022-01187 ICT contracts response FINAL.pdf", "a_h7_foi-2022-01187.html", "lo_pdf", A,
      "FOI-2022-01187", "2022-09-16", "2022-08-22", "FOISA",
      "two parts with the same three questions (EPR, PACS); decision paragraph naming 'question 3 in part 2'; traps: Commissioner decision number quoted",
      [Q("P1.Q1", "a.epr_supplier", R, [], "Cerulean Health Systems"),
       Q("P1.Q2", "a.epr_expiry", R, [], "31 March 2026"),
       Q("P1.Q3", "a.epr_spend", R),
       Q("P2.Q1", "a.pacs_supplier", R, [], "Northlight Imaging Ltd"),
       Q("P2.Q2", "a.pacs_expiry", R, [], "30 September 2025"),
       Q("P2.Q3", "a.pacs_spend", W, F33)]),
    L("history", "history/FOI-2023-00311 Response.docx", "a_h8_foi-2023-00311.html", "docx", A,
      "FOI-2023-00311", "2023-03-09", "2023-02-13", "FOISA",
      "lettered questions (a)-(d) answered by letter; traps: s18(1) read with s35(1)(a) NCND; requester's WDTK reference; earlier FOI/19/0517 quoted",
      [Q("P1.Q1", "a.cyber_incidents", N, F18_35),
       Q("P1.Q2", "a.ransom_paid", R, [], "No"),
       Q("P1.Q3", "a.cyber_budget", W, F35),
       Q("P1.Q4", "a.cyber_insurance", NH)]),
    L("history", "history/EIR 23 0057 response.pdf", "a_h9_eir-23-0057.html", "chromium_pdf", A,
      "EIR/23/0057", "2023-08-21", "2023-07-24", "EIR",
      "EISR; '1)' questions with indented answers; metadata in a small table with dd/mm/yyyy dates",
      [Q("P1.Q1", "a.waste_contractor", R, [], "Caledon Environmental Services Ltd"),
       Q("P1.Q2", "a.waste_tonnage", R),
       Q("P1.Q3", "a.ev_chargers", R),
       Q("P1.Q4", "a.carbon", R),
       Q("P1.Q5", "a.solar", R, [], "Yes: three sites")]),
    L("history", "history/FOI-2023-01322.txt", "a_h10_foi-2023-01322.txt", "copy", A,
      "FOI-2023-01322", "2023-10-30", "2023-10-02", "FOISA",
      "plain-text letter, numbered request then numbered RESPONSE; traps: s25(1) signposting (released); earlier FOI/19/0301 quoted",
      [Q("P1.Q1", "a.agency_nurse_spend", R),
       Q("P1.Q2", "a.bank_nurse_spend", R),
       Q("P1.Q3", "a.nurse_vacancies", R, F25),
       Q("P1.Q4", "a.agency_names", W, F33)]),
    L("history", "history/FOI-2024-00632 - Response Letter.pdf", "a_h11_foi-2024-00632.html", "lo_pdf_gs", A,
      "FOI-2024-00632", "2024-05-28", "2024-04-30", "FOISA",
      "borderless three-column table (number | question | answer), grouped exemption block 'Questions 3 and 6'; strong rewording",
      [Q("P1.Q1", "a.epr_supplier", R, [], "Cerulean Health Systems"),
       Q("P1.Q2", "a.epr_expiry", R, [], "31 March 2026"),
       Q("P1.Q3", "a.cyber_staff", W, F35),
       Q("P1.Q4", "a.email", R, [], "Microsoft 365"),
       Q("P1.Q5", "a.it_headcount", R),
       Q("P1.Q6", "a.server_os", W, F35)]),
    L("draft", "drafts/FOI-2025-01412 draft v2.pdf", "a_d1_foi-2025-01412.html", "chromium_pdf_gs", A,
      "FOI-2025-01412", "2025-10-10", "2025-09-15", "FOISA",
      "draft banner; borderless table with answers in the third column; reasons after the table; strong rewording and renumbering",
      [Q("P1.Q1", "a.epr_supplier", R, [], "Cerulean Health Systems"),
       Q("P1.Q2", "a.epr_expiry", R, [], "30 June 2029"),                 # answer_changed vs FOI-2024-00632
       Q("P1.Q3", "a.epr_spend", PR, F33),                                # partly_withheld vs FOI-2022-01187
       Q("P1.Q4", "a.cyber_staff", W, F31_35),                            # exemption_changed (adds national security)
       Q("P1.Q5", "a.cyber_incidents", R),                                # ncnd_inconsistent (out of NCND)
       Q("P1.Q6", "a.email", R, [], "Microsoft 365"),
       Q("P1.Q7", "a.it_headcount", R)]),
    L("draft", "drafts/EIR 25 0040 DRAFT response.docx", "a_d2_eir-25-0040.html", "docx", A,
      "EIR/25/0040", "2025-06-18", "2025-05-21", "EIR",
      "EISR draft; questions quoted in bold and renumbered by the authority; traps: reg 10(5)(e) considered and not applied",
      [Q("P1.Q1", "a.waste_tonnage", R),
       Q("P1.Q2", "a.waste_contractor", R, [], "Tayforth Waste Solutions Ltd"),   # answer_changed vs EIR/23/0057
       Q("P1.Q3", "a.ev_chargers", NH),                                       # held_status_changed (high)
       Q("P1.Q4", "a.carbon", R),
       Q("P1.Q5", "a.energy_use", R)]),
    L("draft", "drafts/Incoming request - temporary nursing staff - 12 Jan 2026.txt", "a_d3_incoming.txt", "copy", A,
      "", "2026-01-12", "2026-01-12", "FOISA",
      "bare incoming request by email; unnumbered bullets; last bullet asks what earlier requests asked second",
      [Q("P1.Q1", "a.agency_nurse_spend", U),
       Q("P1.Q2", "a.nurse_vacancies", U),
       Q("P1.Q3", "a.agency_names", U),
       Q("P1.Q4", "a.premium_shifts", U),
       Q("P1.Q5", "a.bank_nurse_spend", U)],
      bare=True),

    # ------------------------------------------------------------ Holmeford MBC (FOIA / EIR)
    L("history", "history/FOI 2017-2210 Highways response.pdf", "b_h1_foi-2017-2210.html", "lo_pdf", B,
      "FOI 2017/2210", "2017-11-29", "2017-11-01", "FOIA",
      "Q1/A1 interleaved; highways request handled under FOIA",
      [Q("P1.Q1", "b.potholes", R),
       Q("P1.Q2", "b.highway_claims", R),
       Q("P1.Q3", "b.highways_contractor", R, [], "Brackenfield Highways Ltd"),
       Q("P1.Q4", "b.schedule_rates", W, S43)]),
    L("history", "history/FOI 2018-1145 response.pdf", "b_h2_foi-2018-1145.html", "chromium_pdf", B,
      "FOI 2018/1145", "2018-07-25", "2018-06-27", "FOIA",
      "round-robin in two parts with the same questions; decision paragraph then 'Question N -' answers; slogan banner mid-letter",
      [Q("P1.Q1", "b.cc_supplier", R, [], "Maxwell Contact Systems Ltd"),
       Q("P1.Q2", "b.cc_spend", R),
       Q("P1.Q3", "b.cc_expiry", R, [], "31 March 2020"),
       Q("P1.Q4", "b.cc_contact", PR, S40),
       Q("P1.Q5", "b.cc_agents", R),
       Q("P2.Q1", "b.net_supplier", R, [], "Pennine Telecom Ltd"),
       Q("P2.Q2", "b.net_spend", R),
       Q("P2.Q3", "b.net_expiry", R, [], "30 September 2019")]),
    L("history", "history/EIR 2020-0301 response.md", "b_h3_eir-2020-0301.md", "copy", B,
      "EIR 2020/0301", "2020-02-14", "2020-01-17", "EIR",
      "markdown letter; request quoted as numbered blockquote, bold-number answers; traps: reg 12(2) presumption quoted",
      [Q("P1.Q1", "b.potholes", R),
       Q("P1.Q2", "b.highways_contractor", R, [], "Brackenfield Highways Ltd"),
       Q("P1.Q3", "b.schedule_rates", W, R12_5E),
       Q("P1.Q4", "b.gully_cleaning", R)]),
    L("history", "history/FOI_2020_2381_Response_FINAL.pdf", "b_h4_foi-2020-2381.html", "lo_pdf_gs", B,
      "FOI 2020/2381", "2020-10-20", "2020-09-22", "FOIA",
      "'Request N: / Answer:' interleaved in two parts; Contract Duration and Number of Sites inserted (renumbering); grouped s43 block",
      [Q("P1.Q1", "b.cc_supplier", R, [], "Maxwell Contact Systems Ltd"),
       Q("P1.Q2", "b.cc_spend", W, S43),
       Q("P1.Q3", "b.cc_duration", R),
       Q("P1.Q4", "b.cc_expiry", R, [], "31 March 2023"),
       Q("P1.Q5", "b.cc_contact", PR, S40),
       Q("P1.Q6", "b.cc_agents", R),
       Q("P1.Q7", "b.cc_sites", R),
       Q("P2.Q1", "b.net_supplier", R, [], "Pennine Telecom Ltd"),
       Q("P2.Q2", "b.net_spend", W, S43),
       Q("P2.Q3", "b.net_expiry", R, [], "30 September 2022")]),
    L("history", "history/foi-2021-1504-cctv-cameras-and-body-worn-video.html", "b_h5_foi-2021-1504.html", "copy", B,
      "FOI 2021/1504", "2021-06-11", "2021-05-14", "FOIA",
      "disclosure-log web page; lettered (a)-(d); traps: s21(1) signposting to published map (released)",
      [Q("P1.Q1", "b.cctv_cameras", R),
       Q("P1.Q2", "b.cctv_operators", R),
       Q("P1.Q3", "b.cctv_locations", R, S21),
       Q("P1.Q4", "b.bwv_devices", R)]),
    L("history", "history/FOI 2021-2250 s12 refusal.docx", "b_h6_foi-2021-2250.html", "docx", B,
      "FOI 2021/2250", "2021-09-08", "2021-08-10", "FOIA",
      "refusal of the whole request; traps: s12(2) cost refusal that says 'neither confirms nor denies' (refused, not ncnd); s16 advice; ICO case reference",
      [Q("P1.Q1", "b.agency_sw_spend", RF, ["s12(2)"]),
       Q("P1.Q2", "b.agency_sw_count", RF, ["s12(2)"]),
       Q("P1.Q3", "b.agency_sw_complaints", RF, ["s12(2)"])]),
    L("history", "history/FOI 2022-3310 - contact centre contracts.pdf", "b_h7_foi-2022-3310.html", "lo_pdf", B,
      "FOI 2022/3310", "2022-12-06", "2022-11-08", "FOIA",
      "decision paragraph naming questions by number and part (like the sample); answers only for the rest; Contract Review added",
      [Q("P1.Q1", "b.cc_supplier", R, [], "Maxwell Contact Systems Ltd"),
       Q("P1.Q2", "b.cc_spend", W, S43),
       Q("P1.Q3", "b.cc_duration", R),
       Q("P1.Q4", "b.cc_expiry", R, [], "31 March 2025"),
       Q("P1.Q5", "b.cc_review", R),
       Q("P1.Q6", "b.cc_contact", PR, S40),
       Q("P1.Q7", "b.cc_agents", R),
       Q("P1.Q8", "b.cc_sites", R),
       Q("P2.Q1", "b.net_supplier", R, [], "Pennine Telecom Ltd"),
       Q("P2.Q2", "b.net_spend", W, S43),
       Q("P2.Q3", "b.net_expiry", R, [], "30 September 2024"),
       Q("P2.Q4", "b.net_contact", PR, S40)]),
    L("history", "history/FOI 2023-0102 Response.pdf", "b_h8_foi-2023-0102.html", "chromium_pdf_gs", B,
      "FOI 2023/0102", "2023-01-31", "2023-01-04", "FOIA",
      "REQUEST / RESPONSE blocks; highways handled under FOIA again",
      [Q("P1.Q1", "b.potholes", R),
       Q("P1.Q2", "b.highway_claims", R),
       Q("P1.Q3", "b.schedule_rates", W, S43),
       Q("P1.Q4", "b.gully_cleaning", R),
       Q("P1.Q5", "b.highways_contractor", R, [], "Brackenfield Highways Ltd")]),
    L("history", "history/FOI 2023-1209 CCTV.docx", "b_h9_foi-2023-1209.html", "docx", B,
      "FOI 2023/1209", "2023-05-24", "2023-04-26", "FOIA",
      "two automatic numbered lists (questions, then answers); only the date of the request given",
      [Q("P1.Q1", "b.cctv_cameras", R),
       Q("P1.Q2", "b.bwv_devices", R),
       Q("P1.Q3", "b.bwv_retention", R, [], "31 days"),
       Q("P1.Q4", "b.cctv_supplier", R, [], "Ridgeline Security Systems Ltd"),
       Q("P1.Q5", "b.cctv_operators", R)]),
    L("history", "history/FOI 2024-2019 response letter.pdf", "b_h10_foi-2024-2019.html", "chromium_pdf", B,
      "FOI 2024/2019", "2024-08-15", "2024-07-18", "FOIA",
      "parts merged into one numbering 1-7; borderless table; grouped s43 block 'Questions 2 and 6'",
      [Q("P1.Q1", "b.cc_supplier", R, [], "Maxwell Contact Systems Ltd"),
       Q("P1.Q2", "b.cc_spend", W, S43),
       Q("P1.Q3", "b.cc_expiry", R, [], "31 March 2027"),
       Q("P1.Q4", "b.cc_agents", R),
       Q("P1.Q5", "b.net_supplier", R, [], "Pennine Telecom Ltd"),
       Q("P1.Q6", "b.net_spend", W, S43),
       Q("P1.Q7", "b.net_expiry", R, [], "30 September 2026")]),
    L("history", "history/FOI 2025-1402 CCTV response (final).pdf", "b_h11_foi-2025-1402.html", "lo_pdf_gs", B,
      "FOI 2025/1402", "2025-06-19", "2025-05-22", "FOIA",
      "hard: questions asked in prose, never numbered; answered out of order under topic headings; earlier FOI 2021/1504 quoted",
      [Q("P1.Q1", "b.cctv_cameras", R),
       Q("P1.Q2", "b.cctv_locations", W, ["s31(1)(a)", "s31(1)(b)"]),
       Q("P1.Q3", "b.bwv_devices", R),
       Q("P1.Q4", "b.bwv_retention", R, [], "90 days"),
       Q("P1.Q5", "b.cctv_supplier", R, [], "Ridgeline Security Systems Ltd")]),
    L("draft", "drafts/FOI 2025-1733 ICT contracts DRAFT v3.docx", "b_d1_foi-2025-1733.html", "docx", B,
      "FOI 2025/1733", "2025-07-30", "2025-07-02", "FOIA",
      "parts split again (numbering restarts) with automatic <ol> numbers; decision paragraph; strong rewording ('customer service advisers')",
      [Q("P1.Q1", "b.cc_supplier", W, ["s31(1)(a)", "s43(2)"]),          # newly_withheld vs FOI 2024/2019
       Q("P1.Q2", "b.cc_spend", W, ["s31(1)(a)", "s43(2)"]),             # exemption_changed
       Q("P1.Q3", "b.cc_expiry", R, [], "31 March 2027"),
       Q("P1.Q4", "b.cc_contact", PR, S40),
       Q("P1.Q5", "b.cc_agents", R),
       Q("P2.Q1", "b.net_supplier", R, [], "Pennine Telecom Ltd"),
       Q("P2.Q2", "b.net_spend", R),                                       # newly_released
       Q("P2.Q3", "b.net_expiry", R, [], "30 September 2026")]),
    L("draft", "drafts/FOI 2025-2688 CCTV - draft for sign off.pdf", "b_d2_foi-2025-2688.html", "lo_pdf", B,
      "FOI 2025/2688", "2025-11-14", "2025-10-17", "FOIA",
      "'You asked: / Our response:' blocks, unnumbered; strong rewording; checked as of 2025-02-01 (before FOI 2025/1402)",
      [Q("P1.Q1", "b.cctv_operators", R),
       Q("P1.Q2", "b.cctv_cameras", R),
       Q("P1.Q3", "b.cctv_locations", W, ["s31(1)(a)", "s31(1)(b)"]),   # newly_withheld vs FOI 2021/1504 (as of)
       Q("P1.Q4", "b.bwv_devices", R),
       Q("P1.Q5", "b.bwv_retention", R, [], "90 days")],                  # answer_changed vs FOI 2023/1209 (as of)
      as_of="2025-02-01"),
    L("draft", "drafts/IR 2025-0061 internal review DRAFT.pdf", "b_d3_ir-2025-0061.html", "chromium_pdf", B,
      "IR 2025/0061", "2025-04-09", "2025-01-20", "EIR",
      "internal review with changes in bold; review outcome is the stance; traps: original s43(2)/s12 FOIA decisions quoted but replaced by reg 12(5)(e) / reg 12(4)(b); original reference FOI 2025/0188",
      [Q("P1.Q1", "b.potholes", R),
       Q("P1.Q2", "b.highway_claims", RF, ["reg12(4)(b)"]),              # newly_withheld (refused) vs FOI 2023/0102
       Q("P1.Q3", "b.schedule_rates", W, R12_5E),                         # s43(2) -> reg12(5)(e): no finding
       Q("P1.Q4", "b.highways_contractor", R, [], "Brackenfield Highways Ltd"),
       Q("P1.Q5", "b.gully_cleaning", R)]),

    # ------------------------------------------------------------ Canol Cymru FRS (FOIA)
    L("history", "history/Scan_FOI2018-041_20180517.pdf", "c_h1_foi-2018-041.html", "ocr_scan", C,
      "FOI 2018-041", "2018-05-17", "2018-04-19", "FOIA",
      "scanned letter (OCR); question then answer on the next line; bilingual letterhead",
      [Q("P1.Q1", "c.mob_supplier", R, [], "Corvus Mobilising Ltd"),
       Q("P1.Q2", "c.mob_expiry", R, [], "31 January 2021"),
       Q("P1.Q3", "c.control_operators", R),
       Q("P1.Q4", "c.calls_received", R),
       Q("P1.Q5", "c.control_location", W, ["s24(1)", "s31(1)(a)"])]),
    L("history", "history/FOI 2019-022 Fleet.pdf", "c_h2_foi-2019-022.html", "lo_pdf", C,
      "FOI 2019-022", "2019-03-12", "2019-02-12", "FOIA",
      "hard: questions numbered as words ('Question one'); dd/mm/yyyy dates",
      [Q("P1.Q1", "c.appliance_count", R),
       Q("P1.Q2", "c.appliance_age", R),
       Q("P1.Q3", "c.fleet_maintenance", R, [], "In-house workshop at Pont-y-Garth")]),
    L("history", "history/FOI 2019-101 AFA response.txt", "c_h3_foi-2019-101.txt", "copy", C,
      "FOI 2019-101", "2019-10-23", "2019-09-25", "FOIA",
      "plain-text letter; traps: s21(1) signposting (released); 'No' is released",
      [Q("P1.Q1", "c.afa_attendances", R),
       Q("P1.Q2", "c.afa_charging", R, [], "No"),
       Q("P1.Q3", "c.afa_policy", R, S21)]),
    L("history", "history/FOI 2021-019 Fire Control response.pdf", "c_h4_foi-2021-019.html", "chromium_pdf", C,
      "FOI 2021-019", "2021-02-25", "2021-01-28", "FOIA",
      "questions numbered by the authority; bilingual labels (Ein Cyf / Dyddiad); traps: 'Not applicable' after 'No' (released); look-alike: booking-line staff vs Fire Control operators",
      [Q("P1.Q1", "c.mob_supplier", R, [], "Corvus Mobilising Ltd"),
       Q("P1.Q2", "c.mob_expiry", R, [], "31 January 2024"),
       Q("P1.Q3", "c.control_operators", R),
       Q("P1.Q4", "c.control_shared", R, [], "No"),
       Q("P1.Q5", "c.control_partner", R),
       Q("P1.Q6", "c.hfsc_line_staff", R)]),
    L("history", "history/FOI 2022-057 response.docx", "c_h5_foi-2022-057.html", "docx", C,
      "FOI 2022-057", "2022-04-07", "2022-03-10", "FOIA",
      "bordered two-column Word table 'Your question | Our response'",
      [Q("P1.Q1", "c.appliance_count", R),
       Q("P1.Q2", "c.appliance_age", R),
       Q("P1.Q3", "c.aerial_count", R, [], "4"),
       Q("P1.Q4", "c.fleet_maintenance", R, [], "In-house workshop at Pont-y-Garth")]),
    L("history", "history/FOI 2022-144.pdf", "c_h6_foi-2022-144.html", "lo_pdf_gs", C,
      "FOI 2022-144", "2022-10-19", "2022-09-21", "FOIA",
      "hard: questions in prose ('Firstly ... Secondly ... Thirdly'); answered out of order ('In answer to point 3'); traps: 'nil' is released; s38 considered, not applied",
      [Q("P1.Q1", "c.assaults", R),
       Q("P1.Q2", "c.bwv_firefighters", R),
       Q("P1.Q3", "c.afa_attendances", R)]),
    L("history", "history/CCFRS-FOI-23-088 Response.pdf", "c_h7_ccfrs-foi-23-088.html", "chromium_pdf_gs", C,
      "CCFRS/FOI/23/088", "2023-06-14", "2023-05-17", "FOIA",
      "borderless Q1..Q6 table; NCND note after the table; bilingual metadata labels; earlier FOI 2018-041 quoted",
      [Q("P1.Q1", "c.mob_supplier", R, [], "Corvus Mobilising Ltd"),
       Q("P1.Q2", "c.mob_expiry", R, [], "31 January 2028"),
       Q("P1.Q3", "c.control_operators", R),
       Q("P1.Q4", "c.control_location", N, NCND_FIRE),
       Q("P1.Q5", "c.calls_received", R),
       Q("P1.Q6", "c.control_shared", R, [], "No")]),
    L("history", "history/ccfrs-foi-24-017-fleet.html", "c_h8_ccfrs-foi-24-017.html", "copy", C,
      "CCFRS/FOI/24/017", "2024-02-08", "2024-01-11", "FOIA",
      "disclosure-log web page; request and response as two numbered lists",
      [Q("P1.Q1", "c.appliance_count", R),
       Q("P1.Q2", "c.appliance_age", R),
       Q("P1.Q3", "c.aerial_count", R, [], "4"),
       Q("P1.Q4", "c.replacement_budget", W, S43),
       Q("P1.Q5", "c.fleet_maintenance", R, [], "In-house workshop at Pont-y-Garth")]),
    L("history", "history/CCFRS FOI 24 162 final.pdf", "c_h9_ccfrs-foi-24-162.html", "lo_pdf", C,
      "CCFRS/FOI/24/162", "2024-11-20", "2024-10-23", "FOIA",
      "bold numbered questions with answers below; traps: '0' is released",
      [Q("P1.Q1", "c.afa_attendances", R),
       Q("P1.Q2", "c.afa_charging", R, [], "No"),
       Q("P1.Q3", "c.assaults", R),
       Q("P1.Q4", "c.bwv_firefighters", R)]),
    L("draft", "drafts/CCFRS-FOI-25-131 draft response v1.pdf", "c_d1_ccfrs-foi-25-131.html", "lo_pdf_gs", C,
      "CCFRS/FOI/25/131", "2025-09-17", "2025-08-20", "FOIA",
      "borderless table with 'See note A' answers; grouped NCND note for questions 1, 2 and 5; traps: s38 named as not applied; 'Not applicable (see 7)'",
      [Q("P1.Q1", "c.mob_supplier", N, NCND_FIRE),                       # ncnd_inconsistent (high)
       Q("P1.Q2", "c.mob_expiry", N, NCND_FIRE),                         # ncnd_inconsistent (high)
       Q("P1.Q3", "c.control_operators", R),
       Q("P1.Q4", "c.hfsc_line_staff", R),
       Q("P1.Q5", "c.control_location", N, NCND_FIRE),
       Q("P1.Q6", "c.calls_received", R),
       Q("P1.Q7", "c.control_shared", R, [], "No"),
       Q("P1.Q8", "c.control_partner", R)]),
    L("draft", "drafts/CCFRS-FOI-25-074 fleet DRAFT.md", "c_d2_ccfrs-foi-25-074.md", "copy", C,
      "CCFRS/FOI/25/074", "2025-05-21", "2025-04-23", "FOIA",
      "markdown draft; 'Question one' .. 'Question five' in words; reordered and reworded repeat of CCFRS/FOI/24/017",
      [Q("P1.Q1", "c.aerial_count", R, [], "4"),
       Q("P1.Q2", "c.appliance_count", R),
       Q("P1.Q3", "c.fleet_maintenance", R, [], "In-house workshop at Pont-y-Garth"),
       Q("P1.Q4", "c.replacement_budget", W, S43),
       Q("P1.Q5", "c.appliance_age", R)],
      consistent=True),

    # ------------------------------------------------------------ OPHR (FOIA)
    L("history", "history/OPHR-FOI-2019-044 response.docx", "d_h1_ophr-foi-2019-044.html", "docx", D,
      "OPHR/FOI/2019/044", "2019-08-29", "2019-08-01", "FOIA",
      "hard: request quoted as one prose sentence, answered in prose paragraphs; traps: s31 mentioned as policy, not applied",
      [Q("P1.Q1", "d.investigations_count", R),
       Q("P1.Q2", "d.enforcement_notices", R),
       Q("P1.Q3", "d.penalties_total", R),
       Q("P1.Q4", "d.investigated_names", R)]),
    L("history", "history/OPHR FOI 2019 101 signed scan.pdf", "d_h2_ophr-foi-2019-101.html", "ocr_scan", D,
      "OPHR/FOI/2019/101", "2019-12-11", "2019-11-13", "FOIA",
      "scanned letter (OCR); bold numbered questions; traps: s21(1) signposting",
      [Q("P1.Q1", "d.port_incidents", R),
       Q("P1.Q2", "d.pilotage_audits", R),
       Q("P1.Q3", "d.audit_reports", R, S21)]),
    L("history", "history/OPHR-FOI-2020-077.pdf", "d_h3_ophr-foi-2020-077.html", "lo_pdf", D,
      "OPHR/FOI/2020/077", "2020-09-17", "2020-08-20", "FOIA",
      "bold numbered questions with answers below; not held explained without a section",
      [Q("P1.Q1", "d.cms_supplier", R, [], "Harbourline Case Systems Ltd"),
       Q("P1.Q2", "d.cms_value", W, S43),
       Q("P1.Q3", "d.cloud_provider", NH),
       Q("P1.Q4", "d.headcount", R)]),
    L("history", "history/OPHR FOI 2021-031 response letter.pdf", "d_h4_ophr-foi-2021-031.html", "chromium_pdf", D,
      "OPHR/FOI/2021/031", "2021-05-06", "2021-04-08", "FOIA",
      "OFFICIAL markings; numbered request then bold-number answers; s31(3) NCND for a named investigation",
      [Q("P1.Q1", "d.investigations_count", R),
       Q("P1.Q2", "d.enforcement_notices", R),
       Q("P1.Q3", "d.saltmere_file", N, S31_3)]),
    L("history", "history/FOI-00655 response.pdf", "d_h5_foi-00655.html", "lo_pdf_gs", D,
      "FOI-00655", "2022-06-23", "2022-05-26", "FOIA",
      "roman-numbered (i)-(iv) questions and answers; traps: s22(1) future publication (released)",
      [Q("P1.Q1", "d.port_incidents", R),
       Q("P1.Q2", "d.pilotage_audits", R),
       Q("P1.Q3", "d.audit_reports", R, S22),
       Q("P1.Q4", "d.pilot_licences", R)]),
    L("history", "history/FOI-00912 - OPHR.html", "d_h6_foi-00912.html", "copy", D,
      "FOI-00912", "2022-11-30", "2022-11-02", "FOIA",
      "GOV-style FOI release page with navigation, 'Published' date distinct from response date; 'Q1.' keyed answers",
      [Q("P1.Q1", "d.cms_supplier", R, [], "Harbourline Case Systems Ltd"),
       Q("P1.Q2", "d.cms_value", W, S43),
       Q("P1.Q3", "d.cloud_provider", NH),
       Q("P1.Q4", "d.headcount", R)]),
    L("history", "history/FOI-01188 Response Letter FINAL.pdf", "d_h7_foi-01188.html", "chromium_pdf_gs", D,
      "FOI-01188", "2023-04-19", "2023-03-22", "FOIA",
      "decision paragraph naming questions 3 and 4, answers for the rest numbered 1, 2, 5; earlier OPHR/FOI/2021/031 and ICO case quoted",
      [Q("P1.Q1", "d.investigations_count", R),
       Q("P1.Q2", "d.penalties_total", R),
       Q("P1.Q3", "d.saltmere_file", W, S31G),
       Q("P1.Q4", "d.investigated_names", W, S31G),
       Q("P1.Q5", "d.enforcement_notices", R)]),
    L("history", "history/FOI-01731 response.docx", "d_h8_foi-01731.html", "docx", D,
      "FOI-01731", "2024-06-12", "2024-05-15", "FOIA",
      "automatic numbered question list, then 'Answer to question N'; partial release of senior salaries (bands given, names withheld)",
      [Q("P1.Q1", "d.headcount", R),
       Q("P1.Q2", "d.senior_salaries", PR, S40),
       Q("P1.Q3", "d.cms_value", W, S43),
       Q("P1.Q4", "d.cms_supplier", R, [], "Harbourline Case Systems Ltd")]),
    L("history", "history/FOI-01890.pdf", "d_h9_foi-01890.html", "chromium_pdf", D,
      "FOI-01890", "2024-09-25", "2024-08-28", "FOIA",
      "borderless three-column table; s21(1) signposting inside a table cell",
      [Q("P1.Q1", "d.port_incidents", R),
       Q("P1.Q2", "d.pilotage_audits", R),
       Q("P1.Q3", "d.audit_reports", R, S21),
       Q("P1.Q4", "d.pilot_licences", R)]),
    L("draft", "drafts/FOI-02310 enforcement response DRAFT.docx", "d_d1_foi-02310.html", "docx", D,
      "FOI-02310", "2025-08-13", "2025-07-16", "FOIA",
      "borderless summary table then explanations by question; traps: requester's earlier FOI-01188 and an ICO decision notice quoted",
      [Q("P1.Q1", "d.investigations_count", R),
       Q("P1.Q2", "d.enforcement_notices", PR, S31G),                    # partly_withheld vs FOI-01188
       Q("P1.Q3", "d.penalties_total", R),
       Q("P1.Q4", "d.saltmere_file", PR, S40),                           # newly_released vs FOI-01188
       Q("P1.Q5", "d.investigated_names", N, S31_3)]),                   # ncnd_inconsistent (high)
    L("draft", "drafts/FOI-02688 draft v1.pdf", "d_d2_foi-02688.html", "chromium_pdf", D,
      "FOI-02688", "2026-03-04", "2026-02-04", "FOIA",
      "request restated, decision sentence naming questions 2 and 4, answers 1, 3, 5 first, exemptions after; strong rewording",
      [Q("P1.Q1", "d.headcount", R),
       Q("P1.Q2", "d.senior_salaries", W, S40),                          # newly_withheld vs FOI-01731
       Q("P1.Q3", "d.cms_supplier", R, [], "Harbourline Case Systems Ltd"),
       Q("P1.Q4", "d.cms_value", W, ["s41(1)", "s43(2)"]),                # exemption_changed
       Q("P1.Q5", "d.cloud_provider", R)]),                               # held_status_changed (medium)
    L("draft", "drafts/FOI-02041 harbour safety - draft.txt", "d_d3_foi-02041.txt", "copy", D,
      "FOI-02041", "2025-02-19", "2025-01-22", "FOIA",
      "plain-text draft, lettered (a)-(d); traps: s44 raised but not considered",
      [Q("P1.Q1", "d.port_incidents", NH),                               # held_status_changed (high)
       Q("P1.Q2", "d.pilotage_audits", R),
       Q("P1.Q3", "d.audit_reports", R, S21),
       Q("P1.Q4", "d.pilot_licences", R)]),
]

DESCRIPTION = ("Set AT: four invented authorities - NHS Strathmorven (Scottish health board, FOISA "
               "with some EISR), Holmeford Metropolitan Borough Council (FOIA and EIR), Canol Cymru "
               "Fire and Rescue Service (Wales, FOIA) and the Office for Ports and Harbours Regulation "
               "(national ports regulator, FOIA). 40 history letters 2017-2025 and 11 drafts 2025-2026 "
               "with round-robin ICT/contact-centre contracts, CCTV, highways, fleet, fire control, "
               "enforcement and staffing requests; strong rewording, parts split and merged, borderless "
               "answer tables, one bare request, one consistent repeat and one as-of draft.")

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
