#!/usr/bin/env python3
"""Build test set AJ: render gen/src/* into history/ and drafts/, write
gen/truth.json (the truth of every letter) and expect.json (derived from the
truth only). Python 3, standard library only."""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

LBW = "London Borough of Wyckham"
NPC = "North Pennine Constabulary"
WAH = "Wrenfield and Ashby Hospitals NHS Foundation Trust"
TCA = "Trentvale Combined Authority"


def Q(qid, concept, stance, exemptions=(), fact=None):
    return {"id": qid, "concept": concept, "stance": stance,
            "exemptions": sorted(exemptions), "fact": fact}


def L(kind, file, src, producer, authority, reference, date, received,
      layout, questions, regime="FOIA", as_of=None, bare=False,
      consistent=False, title=""):
    return {"kind": kind, "file": file, "src": src, "producer": producer,
            "authority": authority, "reference": reference, "date": date,
            "received": received, "regime": regime, "layout": layout,
            "as_of": as_of, "bare": bare, "consistent": consistent,
            "title": title, "questions": questions}


S40 = ["s40(2)"]
S43 = ["s43(2)"]
S31AB = ["s31(1)(a)", "s31(1)(b)"]
NCND_POL = ["s24(2)", "s31(3)"]

LETTERS = [
    # ------------------------------------------------------------------
    # London Borough of Wyckham
    # ------------------------------------------------------------------
    L("history", "history/LBW-FOI-17-0388.txt", "LBW-FOI-17-0388.txt", "copy",
      LBW, "LBW/FOI/17/0388", "2017-06-14", "2017-05-19", "interleaved", [
          Q("P1.Q1", "cctv.count", "released", fact="212"),
          Q("P1.Q2", "cctv.monitored_live", "released", fact="64"),
          Q("P1.Q3", "cctv.maint.supplier", "released", fact="Halden Security Systems Ltd"),
          Q("P1.Q4", "cctv.maint.value", "withheld", S43),
      ], title="Public space CCTV"),
    L("history", "history/LBW_FOI_19_0127_Response.pdf", "LBW_FOI_19_0127_Response.html", "lo_pdf",
      LBW, "LBW/FOI/19/0127", "2019-03-08", "2019-02-11", "restate_then_answer", [
          Q("P1.Q1", "cctv.count", "released", fact="231"),
          Q("P1.Q2", "bwv.count", "released", fact="48"),
          Q("P1.Q3", "cctv.monitored_live", "released", fact="64"),
          Q("P1.Q4", "cctv.maint.supplier", "released", fact="Halden Security Systems Ltd"),
          Q("P1.Q5", "cctv.maint.value", "withheld", S43),
      ], title="CCTV and body-worn video"),
    L("history", "history/CAS-31877-W2M9_response.docx", "CAS-31877-W2M9_response.html", "lo_docx",
      LBW, "CAS-31877-W2M9", "2021-05-20", "2021-04-23", "restate_then_answer", [
          Q("P1.Q1", "cctv.control_room.operator", "released", fact="In-house"),
          Q("P1.Q2", "cctv.count", "released", fact="244"),
          Q("P1.Q3", "bwv.count", "released", fact="52"),
          Q("P1.Q4", "cctv.monitored_live", "released", fact="72"),
          Q("P1.Q5", "cctv.maint.supplier", "released", fact="Halden Security Systems Ltd"),
          Q("P1.Q6", "cctv.maint.value", "withheld", S43),
          Q("P1.Q7", "cctv.operators.staff", "released", fact="11.5"),
      ], title="CCTV control room"),
    L("history", "history/foi-disclosure-log-CAS-48810-P3T6.html", "foi-disclosure-log-CAS-48810-P3T6.html", "copy",
      LBW, "CAS-48810-P3T6", "2023-07-11", "2023-06-13", "disclosure_log_table", [
          Q("P1.Q1", "cctv.count", "released", fact="238"),
          Q("P1.Q2", "cctv.monitored_live", "released", fact="72"),
          Q("P1.Q3", "bwv.count", "released", fact="60"),
          Q("P1.Q4", "cctv.maint.supplier", "released", fact="Ostrander Vision Ltd"),
          Q("P1.Q5", "cctv.maint.value", "withheld", S43),
          Q("P1.Q6", "cctv.operators.staff", "released", fact="12"),
          Q("P1.Q7", "cctv.operators.contractors", "released", fact="3"),
      ], title="Public space surveillance"),
    L("history", "history/LBW_FOI_18_0941.pdf", "LBW_FOI_18_0941.html", "lo_pdf_gs",
      LBW, "LBW/FOI/18/0941", "2018-10-02", "2018-09-04", "restate_then_answer", [
          Q("P1.Q1", "ict.cc.supplier", "released", fact="Quillon Contact Systems"),
          Q("P1.Q2", "ict.cc.spend", "released", fact="£48,000"),
          Q("P1.Q3", "ict.cc.expiry", "released", fact="31 March 2020"),
          Q("P1.Q4", "ict.cc.contact", "partially_released", S40, fact="Head of Customer Services"),
          Q("P1.Q5", "cc.agents", "released", fact="58"),
          Q("P1.Q6", "ict.tel.supplier", "released", fact="Brightwire Networks plc"),
          Q("P1.Q7", "ict.tel.spend", "released", fact="£112,000"),
          Q("P1.Q8", "ict.tel.expiry", "released", fact="30 September 2021"),
          Q("P1.Q9", "ict.tel.contact", "partially_released", S40, fact="ICT Infrastructure Manager"),
      ], title="Contact centre and telephony contracts"),
    L("history", "history/LBW_FOI_20_1322_response.docx", "LBW_FOI_20_1322_response.html", "lo_docx",
      LBW, "LBW/FOI/20/1322", "2020-11-17", "2020-10-20", "parts_interleaved", [
          Q("P1.Q1", "ict.cc.supplier", "released", fact="Quillon Contact Systems"),
          Q("P1.Q2", "ict.cc.spend", "released", fact="£51,500"),
          Q("P1.Q3", "ict.cc.expiry", "released", fact="31 March 2025"),
          Q("P1.Q4", "ict.cc.review", "released", fact="October 2024"),
          Q("P1.Q5", "ict.cc.contact", "partially_released", S40, fact="Head of Customer Services"),
          Q("P1.Q6", "cc.agents", "released", fact="61"),
          Q("P2.Q1", "ict.tel.supplier", "released", fact="Brightwire Networks plc"),
          Q("P2.Q2", "ict.tel.spend", "released", fact="£104,000"),
          Q("P2.Q3", "ict.tel.expiry", "released", fact="30 September 2025"),
          Q("P2.Q4", "ict.tel.review", "released", fact="March 2025"),
          Q("P2.Q5", "ict.tel.contact", "partially_released", S40, fact="ICT Infrastructure Manager"),
      ], title="Contact centre and inbound telephony contracts"),
    L("history", "history/CAS-41902-B6N1.pdf", "CAS-41902-B6N1.html", "chromium_pdf",
      LBW, "CAS-41902-B6N1", "2022-09-29", "2022-09-01", "parts_interleaved", [
          Q("P1.Q1", "ict.cc.supplier", "released", fact="Quillon Contact Systems"),
          Q("P1.Q2", "ict.cc.spend", "released", fact="£53,000"),
          Q("P1.Q3", "ict.cc.duration", "released", fact="5 years"),
          Q("P1.Q4", "ict.cc.expiry", "released", fact="31 March 2025"),
          Q("P1.Q5", "ict.cc.review", "released", fact="September 2024"),
          Q("P1.Q6", "ict.cc.description", "released", fact="Cloud contact centre platform including call routing, webchat and reporting"),
          Q("P1.Q7", "ict.cc.contact", "partially_released", S40, fact="Head of Customer Services"),
          Q("P1.Q8", "cc.agents", "released", fact="57"),
          Q("P1.Q9", "ict.email_users", "released", fact="2,900"),
          Q("P2.Q1", "ict.tel.supplier", "released", fact="Brightwire Networks plc"),
          Q("P2.Q2", "ict.tel.spend", "released", fact="£98,000"),
          Q("P2.Q3", "ict.tel.expiry", "released", fact="30 September 2025"),
          Q("P2.Q4", "ict.tel.review", "released", fact="March 2025"),
          Q("P2.Q5", "ict.tel.description", "released", fact="0300 and 0800 inbound numbers, call routing and IVR"),
          Q("P2.Q6", "ict.tel.contact", "partially_released", S40, fact="ICT Infrastructure Manager"),
      ], title="Contact centre and inbound network contracts"),
    L("history", "history/CAS-59377-D4K8_final.pdf", "CAS-59377-D4K8_final.html", "lo_pdf",
      LBW, "CAS-59377-D4K8", "2024-10-15", "2024-09-17", "parts_q_a", [
          Q("P1.Q1", "ict.cc.supplier", "released", fact="Quillon Contact Systems"),
          Q("P1.Q2", "ict.cc.spend", "withheld", S43),
          Q("P1.Q3", "ict.cc.duration", "released", fact="5 years"),
          Q("P1.Q4", "ict.cc.expiry", "released", fact="31 March 2027"),
          Q("P1.Q5", "ict.cc.review", "released", fact="September 2026"),
          Q("P1.Q6", "ict.cc.description", "released", fact="Cloud contact centre platform including call routing, webchat and reporting"),
          Q("P1.Q7", "ict.cc.contact", "partially_released", S40, fact="Head of Customer Services"),
          Q("P1.Q8", "cc.agents", "released", fact="54"),
          Q("P1.Q9", "ict.email_users", "released", fact="3,050"),
          Q("P2.Q1", "ict.tel.supplier", "released", fact="Brightwire Networks plc"),
          Q("P2.Q2", "ict.tel.spend", "withheld", S43),
          Q("P2.Q3", "ict.tel.expiry", "released", fact="30 September 2027"),
          Q("P2.Q4", "ict.tel.review", "released", fact="March 2027"),
          Q("P2.Q5", "ict.tel.description", "released", fact="0300 and 0800 inbound numbers, call routing and IVR"),
          Q("P2.Q6", "ict.tel.contact", "partially_released", S40, fact="ICT Infrastructure Manager"),
      ], title="Contact centre and inbound network contracts"),
    L("history", "history/LBW-FOI-18-0166.md", "LBW-FOI-18-0166.md", "copy",
      LBW, "LBW/FOI/18/0166", "2018-02-21", "2018-01-24", "you_asked", [
          Q("P1.Q1", "agency.spend.last_fy", "released", fact="£7.9m"),
          Q("P1.Q2", "agency.workers.current", "released", fact="214"),
          Q("P1.Q3", "agency.msp", "released", fact="Tandem Workforce Solutions"),
          Q("P1.Q4", "consultants.spend.last_fy", "released", fact="£1.2m"),
      ], title="Agency staff"),
    L("history", "history/LBW_FOI_20_0581.pdf", "LBW_FOI_20_0581.html", "chromium_pdf_gs",
      LBW, "LBW/FOI/20/0581", "2020-06-30", "2020-06-01", "interleaved", [
          Q("P1.Q1", "agency.workers.current", "released", fact="187"),
          Q("P1.Q2", "agency.spend.last_fy", "released", fact="GBP 8.4m"),
          Q("P1.Q3", "agency.spend.social_workers", "released", fact="GBP 2.1m"),
          Q("P1.Q4", "agency.msp", "released", fact="Tandem Workforce Solutions"),
          Q("P1.Q5", "consultants.spend.last_fy", "refused", ["s12(1)"]),
      ], title="Temporary and agency workers"),
    L("history", "history/disclosure-log-CAS-53360-R9C2.html", "disclosure-log-CAS-53360-R9C2.html", "copy",
      LBW, "CAS-53360-R9C2", "2024-03-19", "2024-02-20", "disclosure_log_q_a", [
          Q("P1.Q1", "agency.spend.last_fy", "released", fact="£10.3m"),
          Q("P1.Q2", "agency.spend.social_workers", "released", fact="£3.0m"),
          Q("P1.Q3", "agency.workers.current", "released", fact="221"),
          Q("P1.Q4", "agency.workers.long_term", "released", fact="38"),
          Q("P1.Q5", "agency.msp", "released", fact="Tandem Workforce Solutions"),
          Q("P1.Q6", "agency.workers.social_workers", "released", fact="46"),
      ], title="Agency workers and spend"),
    L("history", "history/CAS-35521-G6H3_scan.pdf", "CAS-35521-G6H3_scan.html", "ocr_scan",
      LBW, "CAS-35521-G6H3", "2021-08-03", "2021-07-06", "restate_then_answer", [
          Q("P1.Q1", "toilets.count", "released", fact="9"),
          Q("P1.Q2", "toilets.closed_since_2015", "released", fact="4"),
          Q("P1.Q3", "toilets.income.last_fy", "released", fact="nil"),
      ], title="Public toilets"),
    # drafts
    L("draft", "drafts/CAS-67215-H8R4_draft.pdf", "CAS-67215-H8R4_draft.html", "chromium_pdf",
      LBW, "CAS-67215-H8R4", "2025-09-02", "2025-08-05", "interleaved", [
          Q("P1.Q1", "cctv.count", "released", fact="238"),
          Q("P1.Q2", "bwv.count", "released", fact="60"),
          Q("P1.Q3", "cctv.monitored_live", "withheld", ["s31(1)(a)"]),
          Q("P1.Q4", "cctv.maint.supplier", "released", fact="Ostrander Vision Ltd"),
          Q("P1.Q5", "cctv.maint.value", "released", fact="£91,250"),
          Q("P1.Q6", "cctv.operators.staff", "released", fact="12"),
          Q("P1.Q7", "cctv.operators.contractors", "not_held"),
      ], title="Surveillance cameras"),
    L("draft", "drafts/CAS-70158-F2J5_draft.docx", "CAS-70158-F2J5_draft.html", "lo_docx",
      LBW, "CAS-70158-F2J5", "2025-11-04", "2025-10-07", "restate_then_answer_merged", [
          Q("P1.Q1", "ict.cc.supplier", "released", fact="Quillon Contact Systems"),
          Q("P1.Q2", "ict.cc.spend", "released", fact="£55,200"),
          Q("P1.Q3", "ict.cc.expiry", "released", fact="31 March 2027"),
          Q("P1.Q4", "ict.cc.duration", "released", fact="5 years"),
          Q("P1.Q5", "ict.cc.contact", "partially_released", S40, fact="Head of Customer Services"),
          Q("P1.Q6", "cc.agents", "released", fact="52"),
          Q("P1.Q7", "ict.email_users", "released", fact="3,050"),
          Q("P1.Q8", "ict.tel.supplier", "released", fact="Brightwire Networks plc"),
          Q("P1.Q9", "ict.tel.spend", "withheld", S43),
          Q("P1.Q10", "ict.tel.expiry", "released", fact="30 September 2027"),
          Q("P1.Q11", "ict.tel.review", "released", fact="March 2027"),
          Q("P1.Q12", "ict.tel.contact", "partially_released", S40, fact="ICT Infrastructure Manager"),
      ], title="Customer contact technology"),
    L("draft", "drafts/CAS-74402-T5V3_draft.txt", "CAS-74402-T5V3_draft.txt", "copy",
      LBW, "CAS-74402-T5V3", "2026-02-10", "2026-01-13", "interleaved", [
          Q("P1.Q1", "agency.spend.last_fy", "released", fact="£11.1m"),
          Q("P1.Q2", "agency.spend.social_workers", "not_held"),
          Q("P1.Q3", "agency.workers.social_workers", "released", fact="46"),
          Q("P1.Q4", "staff.social_workers", "released", fact="184"),
          Q("P1.Q5", "agency.msp", "released", fact="Tandem Workforce Solutions"),
          Q("P1.Q6", "consultants.spend.last_fy", "released", fact="£1.6m"),
      ], title="Temporary labour"),

    # ------------------------------------------------------------------
    # North Pennine Constabulary
    # ------------------------------------------------------------------
    L("history", "history/FOI_0533-21_Contact_Centre.pdf", "FOI_0533-21_Contact_Centre.html", "lo_pdf",
      NPC, "FOI 0533/21", "2021-05-11", "2021-04-14", "parts_restate_then_answer", [
          Q("P1.Q1", "ict.cc.supplier", "released", fact="Calloway Telecom Solutions"),
          Q("P1.Q2", "ict.cc.spend", "released", fact="£76,500"),
          Q("P1.Q3", "ict.cc.expiry", "released", fact="30 June 2024"),
          Q("P1.Q4", "ict.cc.review", "released", fact="January 2024"),
          Q("P1.Q5", "ict.cc.description", "released", fact="Contact centre telephony, call recording and webchat for the Force Contact Centre"),
          Q("P1.Q6", "ict.cc.contact", "released", fact="Head of Digital Services"),
          Q("P1.Q7", "cc.agents", "released", fact="150"),
          Q("P1.Q8", "cc.sites", "released", fact="2"),
          Q("P1.Q9", "ict.email_users", "released", fact="3,450"),
          Q("P2.Q1", "ict.tel.supplier", "released", fact="Rydal Networks Ltd"),
          Q("P2.Q2", "ict.tel.spend", "released", fact="£41,000"),
          Q("P2.Q3", "ict.tel.expiry", "released", fact="31 March 2023"),
          Q("P2.Q4", "ict.tel.review", "released", fact="October 2022"),
          Q("P2.Q5", "ict.tel.description", "released", fact="0300 and 101 non-emergency inbound numbers, IVR and call routing"),
          Q("P2.Q6", "ict.tel.contact", "released", fact="Head of Digital Services"),
      ], title="Contact centre contract"),
    L("history", "history/NPC-FOI-2023-0112.pdf", "NPC-FOI-2023-0112.html", "chromium_pdf",
      NPC, "NPC-FOI-2023-0112", "2023-02-07", "2023-01-10", "parts_interleaved", [
          Q("P1.Q1", "ict.cc.supplier", "released", fact="Calloway Telecom Solutions"),
          Q("P1.Q2", "ict.cc.spend", "withheld", S43),
          Q("P1.Q3", "ict.cc.duration", "released", fact="3 years"),
          Q("P1.Q4", "ict.cc.expiry", "released", fact="30 June 2024"),
          Q("P1.Q5", "ict.cc.review", "released", fact="January 2024"),
          Q("P1.Q6", "ict.cc.description", "released", fact="Contact centre telephony, call recording and webchat for the Force Contact Centre"),
          Q("P1.Q7", "ict.cc.contact", "released", fact="Head of Digital Services"),
          Q("P1.Q8", "cc.agents", "released", fact="148"),
          Q("P1.Q9", "cc.sites", "released", fact="2"),
          Q("P1.Q10", "ict.email_users", "released", fact="3,500"),
          Q("P2.Q1", "ict.tel.supplier", "released", fact="Rydal Networks Ltd"),
          Q("P2.Q2", "ict.tel.spend", "released", fact="£44,000"),
          Q("P2.Q3", "ict.tel.expiry", "released", fact="31 March 2026"),
          Q("P2.Q4", "ict.tel.review", "released", fact="October 2025"),
          Q("P2.Q5", "ict.tel.description", "released", fact="0300 and 101 non-emergency inbound numbers, IVR and call routing"),
          Q("P2.Q6", "ict.tel.contact", "released", fact="Head of Digital Services"),
      ], title="Contact centre and inbound network services"),
    L("history", "history/NPC-FOI-2024-1046_Response.pdf", "NPC-FOI-2024-1046_Response.html", "lo_pdf_gs",
      NPC, "NPC-FOI-2024-1046", "2024-12-03", "2024-11-05", "decision_paragraph", [
          Q("P1.Q1", "ict.cc.supplier", "withheld", S31AB),
          Q("P1.Q2", "ict.cc.spend", "withheld", S31AB),
          Q("P1.Q3", "ict.cc.duration", "withheld", S31AB),
          Q("P1.Q4", "ict.cc.expiry", "withheld", S31AB),
          Q("P1.Q5", "ict.cc.review", "withheld", S31AB),
          Q("P1.Q6", "ict.cc.description", "withheld", S31AB),
          Q("P1.Q7", "ict.cc.contact", "released", fact="digital.services@northpennine.police.uk"),
          Q("P1.Q8", "cc.agents", "withheld", S31AB),
          Q("P1.Q9", "cc.sites", "withheld", S31AB),
          Q("P1.Q10", "ict.email_users", "released", fact="3,550"),
          Q("P2.Q1", "ict.tel.supplier", "withheld", S31AB),
          Q("P2.Q2", "ict.tel.spend", "withheld", S31AB),
          Q("P2.Q3", "ict.tel.expiry", "withheld", S31AB),
          Q("P2.Q4", "ict.tel.review", "withheld", S31AB),
          Q("P2.Q5", "ict.tel.description", "withheld", S31AB),
          Q("P2.Q6", "ict.tel.contact", "released", fact="digital.services@northpennine.police.uk"),
      ], title="Contact centre contract"),
    L("history", "history/FOI_0871-18_Drones.docx", "FOI_0871-18_Drones.html", "lo_docx",
      NPC, "FOI 0871/18", "2018-08-22", "2018-07-25", "interleaved", [
          Q("P1.Q1", "drones.count", "released", fact="3"),
          Q("P1.Q2", "drones.models", "released", fact="Aeryx Falcon 4 (2) and Skyhook P1 (1)"),
          Q("P1.Q3", "drones.spend", "released", fact="£38,600"),
          Q("P1.Q4", "drones.pilots", "released", fact="9"),
      ], title="Unmanned aerial vehicles"),
    L("history", "history/NPC-FOI-2022-0954.md", "NPC-FOI-2022-0954.md", "copy",
      NPC, "NPC-FOI-2022-0954", "2022-10-04", "2022-09-06", "table", [
          Q("P1.Q1", "drones.count", "released", fact="11"),
          Q("P1.Q2", "drones.models", "withheld", ["s24(1)", "s31(1)(a)"]),
          Q("P1.Q3", "drones.pilots", "released", fact="30"),
          Q("P1.Q4", "drones.deployments.last_year", "released", fact="688"),
          Q("P1.Q5", "drones.protest_use", "ncnd", NCND_POL),
          Q("P1.Q6", "drones.losses", "released", fact="2"),
      ], title="Drones"),
    L("history", "history/npc-disclosure-NPC-FOI-2024-0533.html", "npc-disclosure-NPC-FOI-2024-0533.html", "copy",
      NPC, "NPC-FOI-2024-0533", "2024-06-25", "2024-05-28", "disclosure_log_interleaved", [
          Q("P1.Q1", "drones.count", "released", fact="14"),
          Q("P1.Q2", "drones.models", "withheld", ["s24(1)", "s31(1)(a)"]),
          Q("P1.Q3", "drones.pilots", "released", fact="34"),
          Q("P1.Q4", "drones.deployments.last_year", "released", fact="901"),
          Q("P1.Q5", "drones.losses", "released", fact="3"),
          Q("P1.Q6", "drones.protest_use", "ncnd", NCND_POL),
          Q("P1.Q7", "drones.deployments.current_ytd", "released", fact="402"),
      ], title="Drone use"),
    L("history", "history/FOI_1390-19_Workforce.pdf", "FOI_1390-19_Workforce.html", "lo_pdf",
      NPC, "FOI 1390/19", "2019-11-26", "2019-10-29", "restate_then_answer", [
          Q("P1.Q1", "staff.officers", "released", fact="2,140"),
          Q("P1.Q2", "staff.pcsos", "released", fact="231"),
          Q("P1.Q3", "staff.police_staff", "released", fact="1,612"),
          Q("P1.Q4", "staff.call_handlers", "released", fact="118"),
          Q("P1.Q5", "staff.specials", "released", fact="305"),
      ], title="Workforce numbers"),
    L("history", "history/NPC-FOI-2022-0230.docx", "NPC-FOI-2022-0230.html", "lo_docx",
      NPC, "NPC-FOI-2022-0230", "2022-03-15", "2022-02-15", "restate_then_answer", [
          Q("P1.Q1", "staff.officers", "released", fact="2,298"),
          Q("P1.Q2", "staff.specials", "released", fact="262"),
          Q("P1.Q3", "staff.pcsos", "released", fact="214"),
          Q("P1.Q4", "staff.call_handlers", "released", fact="126"),
          Q("P1.Q5", "staff.call_handlers.vacancies", "released", fact="14"),
          Q("P1.Q6", "staff.police_staff", "released", fact="1,701"),
      ], title="Officer and staff numbers"),
    L("history", "history/IR_0009-24_review.txt", "IR_0009-24_review.txt", "copy",
      NPC, "IR 0009/24", "2024-02-20", "2024-01-23", "internal_review", [
          Q("P1.Q1", "staff.officers", "released", fact="2,356"),
          Q("P1.Q2", "staff.pcsos", "released", fact="198"),
          Q("P1.Q3", "staff.call_handlers", "released", fact="131"),
          Q("P1.Q4", "staff.call_handlers.vacancies", "released", fact="9"),
          Q("P1.Q5", "staff.officers.restricted", "released", fact="164"),
      ], title="Internal review: workforce numbers"),
    L("history", "history/FOI_0187-20_Fleet.txt", "FOI_0187-20_Fleet.txt", "copy",
      NPC, "FOI 0187/20", "2020-02-18", "2020-01-21", "restate_then_answer", [
          Q("P1.Q1", "fleet.count", "released", fact="684"),
          Q("P1.Q2", "fleet.ev.count", "released", fact="12"),
          Q("P1.Q3", "fleet.response.count", "withheld", ["s31(1)(a)"]),
          Q("P1.Q4", "fleet.maint.spend.last_fy", "released", fact="£2.37m"),
      ], title="Force fleet"),
    L("history", "history/NPC-FOI-2023-0798_Fleet.pdf", "NPC-FOI-2023-0798_Fleet.html", "chromium_pdf",
      NPC, "NPC-FOI-2023-0798", "2023-09-05", "2023-08-08", "table", [
          Q("P1.Q1", "fleet.count", "released", fact="702"),
          Q("P1.Q2", "fleet.ev.count", "released", fact="57"),
          Q("P1.Q3", "fleet.response.count", "withheld", ["s31(1)(a)"]),
          Q("P1.Q4", "fleet.maint.spend.last_fy", "released", fact="£2.91m"),
          Q("P1.Q5", "fleet.collisions.last_year", "released", fact="318"),
          Q("P1.Q6", "drones.count", "released", fact="12"),
      ], title="Vehicle fleet"),
    # drafts
    L("draft", "drafts/NPC-FOI-2025-1209_draft.pdf", "NPC-FOI-2025-1209_draft.html", "lo_pdf",
      NPC, "NPC-FOI-2025-1209", "2025-11-18", "2025-10-21", "decision_paragraph", [
          Q("P1.Q1", "ict.cc.supplier", "withheld", S31AB),
          Q("P1.Q2", "ict.cc.spend", "withheld", S31AB),
          Q("P1.Q3", "ict.cc.contact", "released", fact="Head of Digital Services"),
          Q("P2.Q1", "ict.tel.supplier", "withheld", S31AB),
          Q("P2.Q2", "ict.tel.spend", "withheld", S31AB),
          Q("P2.Q3", "ict.tel.contact", "released", fact="Head of Digital Services"),
      ], as_of="2024-01-01", title="Contact centre and inbound network contracts"),
    L("draft", "drafts/NPC-FOI-2026-0071_draft.pdf", "NPC-FOI-2026-0071_draft.html", "chromium_pdf_gs",
      NPC, "NPC-FOI-2026-0071", "2026-01-27", "2026-01-05", "restate_then_answer", [
          Q("P1.Q1", "drones.count", "ncnd", NCND_POL),
          Q("P1.Q2", "drones.models", "withheld", ["s24(1)", "s31(1)(a)"]),
          Q("P1.Q3", "drones.pilots", "released", fact="34"),
          Q("P1.Q4", "drones.protest_use", "released", fact="Yes"),
          Q("P1.Q5", "drones.losses", "released", fact="3"),
      ], title="Remotely piloted aircraft"),
    L("draft", "drafts/NPC-FOI-2025-0644_draft.docx", "NPC-FOI-2025-0644_draft.html", "lo_docx",
      NPC, "NPC-FOI-2025-0644", "2025-07-08", "2025-06-10", "interleaved", [
          Q("P1.Q1", "staff.officers", "released", fact="2,356"),
          Q("P1.Q2", "staff.call_handlers", "withheld", ["s31(1)(a)"]),
          Q("P1.Q3", "staff.call_handlers.vacancies", "not_held"),
          Q("P1.Q4", "staff.control_room.agency", "released", fact="0"),
          Q("P1.Q5", "staff.pcsos", "released", fact="198"),
          Q("P1.Q6", "staff.specials", "released", fact="221"),
      ], title="Workforce"),

    # ------------------------------------------------------------------
    # Wrenfield and Ashby Hospitals NHS Foundation Trust
    # ------------------------------------------------------------------
    L("history", "history/FOI_18-0234.txt", "FOI_18-0234.txt", "copy",
      WAH, "FOI 18-0234", "2018-05-09", "2018-04-11", "interleaved", [
          Q("P1.Q1", "agency.nursing.spend.last_fy", "released", fact="£4.2m"),
          Q("P1.Q2", "agency.medical.spend.last_fy", "released", fact="£6.8m"),
          Q("P1.Q3", "agency.nursing.max_rate", "released", fact="£96.50"),
          Q("P1.Q4", "agency.suppliers", "released"),
      ], title="Agency spend"),
    L("history", "history/FOI-2020-0512.pdf", "FOI-2020-0512.html", "lo_pdf",
      WAH, "FOI/2020/0512", "2020-07-21", "2020-06-23", "restate_then_answer", [
          Q("P1.Q1", "agency.nursing.spend.last_fy", "released", fact="£5.1m"),
          Q("P1.Q2", "bank.nursing.spend.last_fy", "released", fact="£9.3m"),
          Q("P1.Q3", "agency.medical.spend.last_fy", "released", fact="£7.4m"),
          Q("P1.Q4", "agency.nursing.max_rate", "withheld", S43),
          Q("P1.Q5", "agency.suppliers", "released"),
      ], title="Temporary staffing spend"),
    L("history", "history/wah-foi-disclosure-2023-0377.html", "wah-foi-disclosure-2023-0377.html", "copy",
      WAH, "FOI/2023/0377", "2023-04-18", "2023-03-21", "disclosure_log_table", [
          Q("P1.Q1", "agency.nursing.spend.last_fy", "released", fact="£6.0m"),
          Q("P1.Q2", "bank.nursing.spend.last_fy", "released", fact="£11.2m"),
          Q("P1.Q3", "agency.medical.spend.last_fy", "released", fact="£8.9m"),
          Q("P1.Q4", "agency.nursing.max_rate", "withheld", S43),
          Q("P1.Q5", "agency.nursing.above_cap_shifts", "released", fact="1,284"),
      ], title="Agency and bank staffing"),
    L("history", "history/WAH-FOI-24-0461.pdf", "WAH-FOI-24-0461.html", "chromium_pdf",
      WAH, "WAH-FOI-24-0461", "2024-05-14", "2024-04-16", "you_asked", [
          Q("P1.Q1", "agency.nursing.spend.last_fy", "released", fact="£5.4m"),
          Q("P1.Q2", "bank.nursing.spend.last_fy", "released", fact="£12.6m"),
          Q("P1.Q3", "agency.medical.spend.last_fy", "released", fact="£9.7m"),
          Q("P1.Q4", "agency.nursing.above_cap_shifts", "released", fact="906"),
          Q("P1.Q5", "agency.nursing.max_rate", "withheld", S43),
      ], title="Agency staffing costs"),
    L("history", "history/FOI_19-0052.docx", "FOI_19-0052.html", "lo_docx",
      WAH, "FOI 19-0052", "2019-01-29", "2019-01-02", "restate_then_answer", [
          Q("P1.Q1", "staff.nurses.wte", "released", fact="1,820"),
          Q("P1.Q2", "staff.it.count", "released", fact="96"),
          Q("P1.Q3", "contractors.it.count", "released", fact="14"),
          Q("P1.Q4", "contractors.it.spend", "released", fact="£1.1m"),
      ], title="Nursing and IT workforce"),
    L("history", "history/FOI-2021-0889.pdf", "FOI-2021-0889.html", "lo_pdf_gs",
      WAH, "FOI/2021/0889", "2021-10-12", "2021-09-14", "interleaved", [
          Q("P1.Q1", "staff.nurses.wte", "released", fact="1,905"),
          Q("P1.Q2", "staff.nurses.vacancies", "released", fact="212"),
          Q("P1.Q3", "staff.it.count", "released", fact="104"),
          Q("P1.Q4", "contractors.it.count", "released", fact="19"),
          Q("P1.Q5", "contractors.it.spend", "released", fact="£1.6m"),
      ], title="Workforce"),
    L("history", "history/WAH-FOI-23-1102.md", "WAH-FOI-23-1102.md", "copy",
      WAH, "WAH-FOI-23-1102", "2023-11-07", "2023-10-10", "interleaved", [
          Q("P1.Q1", "staff.nurses.wte", "released", fact="2,011"),
          Q("P1.Q2", "staff.nurses.vacancies", "released", fact="164"),
          Q("P1.Q3", "staff.it.count", "released", fact="118"),
          Q("P1.Q4", "contractors.it.count", "not_held"),
          Q("P1.Q5", "contractors.it.spend", "released", fact="£2.3m"),
          Q("P1.Q6", "staff.it.over70k", "withheld", S40),
      ], title="Nursing and digital workforce"),
    L("history", "history/FOI-2022-0611.pdf", "FOI-2022-0611.html", "chromium_pdf",
      WAH, "FOI/2022/0611", "2022-06-28", "2022-05-31", "restate_then_answer", [
          Q("P1.Q1", "cyber.ransomware.count", "released", fact="0"),
          Q("P1.Q2", "cyber.ransom_paid", "released", fact="No"),
          Q("P1.Q3", "cyber.phishing.reported.last_year", "released", fact="3,412"),
          Q("P1.Q4", "cyber.training", "released", fact="Annual Data Security Awareness Level 1 e-learning"),
          Q("P1.Q5", "cyber.insurance", "withheld", ["s31(1)(a)", "s43(2)"]),
      ], title="Cyber security"),
    L("history", "history/WAH-FOI-24-0830.docx", "WAH-FOI-24-0830.html", "lo_docx",
      WAH, "WAH-FOI-24-0830", "2024-09-10", "2024-08-13", "interleaved", [
          Q("P1.Q1", "cyber.ransomware.count", "withheld", ["s31(1)(a)"]),
          Q("P1.Q2", "cyber.ransom_paid", "released", fact="No"),
          Q("P1.Q3", "cyber.phishing.reported.last_year", "released", fact="5,080"),
          Q("P1.Q4", "cyber.phishing.reported.current_ytd", "released", fact="3,960"),
          Q("P1.Q5", "cyber.insurance", "withheld", ["s31(1)(a)", "s43(2)"]),
          Q("P1.Q6", "cyber.dspt_status", "released", fact="Standards Met"),
      ], title="Cyber incidents"),
    L("history", "history/FOI-2022-0128_parking.pdf", "FOI-2022-0128_parking.html", "lo_pdf",
      WAH, "FOI/2022/0128", "2022-02-15", "2022-01-18", "table", [
          Q("P1.Q1", "parking.income.patients_visitors.last_fy", "released", fact="£1.84m"),
          Q("P1.Q2", "parking.income.staff.last_fy", "released", fact="£612,000"),
          Q("P1.Q3", "parking.enforcement.supplier", "released", fact="Kerbline Parking Services Ltd"),
          Q("P1.Q4", "parking.pcn.count", "not_held"),
      ], title="Car parking"),
    # drafts
    L("draft", "drafts/WAH-FOI-25-0418_request.txt", "WAH-FOI-25-0418_request.txt", "copy",
      WAH, "WAH-FOI-25-0418", "2025-05-06", "2025-05-06", "bare_request", [
          Q("P1.Q1", "agency.nursing.spend.last_fy", "unknown"),
          Q("P1.Q2", "bank.nursing.spend.last_fy", "unknown"),
          Q("P1.Q3", "agency.medical.spend.last_fy", "unknown"),
          Q("P1.Q4", "agency.suppliers", "unknown"),
          Q("P1.Q5", "agency.nursing.max_rate", "unknown"),
          Q("P1.Q6", "agency.nursing.above_cap_shifts", "unknown"),
      ], bare=True, title="Agency nursing and locum spend"),
    L("draft", "drafts/WAH-FOI-25-0987_draft.pdf", "WAH-FOI-25-0987_draft.html", "lo_pdf",
      WAH, "WAH-FOI-25-0987", "2025-10-21", "2025-09-23", "table", [
          Q("P1.Q1", "staff.nurses.wte", "released", fact="2,087"),
          Q("P1.Q2", "staff.nurses.headcount", "released", fact="2,390"),
          Q("P1.Q3", "staff.it.count", "released", fact="118"),
          Q("P1.Q4", "contractors.it.count", "released", fact="23"),
          Q("P1.Q5", "contractors.it.spend", "partially_released", S43, fact="£2.0m"),
          Q("P1.Q6", "staff.it.over70k", "released", fact="12"),
      ], title="Nursing and digital workforce"),
    L("draft", "drafts/WAH-FOI-25-1140_draft.md", "WAH-FOI-25-1140_draft.md", "copy",
      WAH, "WAH-FOI-25-1140", "2025-12-02", "2025-11-04", "you_asked", [
          Q("P1.Q1", "cyber.ransomware.count", "ncnd", ["s31(3)"]),
          Q("P1.Q2", "cyber.ransom_paid", "released", fact="No"),
          Q("P1.Q3", "cyber.phishing.reported.last_year", "released", fact="6,215"),
          Q("P1.Q4", "cyber.phishing.reported.current_ytd", "not_held"),
          Q("P1.Q5", "cyber.insurance", "withheld", ["s31(1)(a)", "s43(2)"]),
          Q("P1.Q6", "cyber.dspt_status", "released", fact="Standards Met"),
      ], title="Cyber security incidents"),

    # ------------------------------------------------------------------
    # Trentvale Combined Authority
    # ------------------------------------------------------------------
    L("history", "history/FOI2021-041.pdf", "FOI2021-041.html", "lo_pdf",
      TCA, "FOI2021/041", "2021-03-23", "2021-02-24", "restate_then_answer", [
          Q("P1.Q1", "zeb.count", "released", fact="24"),
          Q("P1.Q2", "zeb.grant_value.per_operator", "partially_released", S43, fact="£9.6m"),
          Q("P1.Q3", "zeb.charging.supplier", "released", fact="Voltaic Depot Systems Ltd"),
          Q("P1.Q4", "zeb.charging.value", "withheld", S43),
      ], title="Zero emission buses"),
    L("history", "history/FOI2023-009.pdf", "FOI2023-009.html", "chromium_pdf_gs",
      TCA, "FOI2023/009", "2023-01-17", "2022-12-16", "interleaved", [
          Q("P1.Q1", "zeb.count", "released", fact="61"),
          Q("P1.Q2", "zeb.grant_value.per_operator", "partially_released", S43, fact="GBP 23.4m"),
          Q("P1.Q3", "zeb.charging.supplier", "released", fact="Voltaic Depot Systems Ltd"),
          Q("P1.Q4", "zeb.charging.value", "withheld", S43),
          Q("P1.Q5", "zeb.co2_saving", "released", fact="4,100 tonnes"),
      ], title="Zero emission bus funding"),
    L("history", "history/tca-disclosure-FOI2024-188.html", "tca-disclosure-FOI2024-188.html", "copy",
      TCA, "FOI2024/188", "2024-08-06", "2024-07-09", "disclosure_log_you_asked", [
          Q("P1.Q1", "zeb.count", "released", fact="88"),
          Q("P1.Q2", "zeb.grant_value.per_operator", "partially_released", S43, fact="£33.0m"),
          Q("P1.Q3", "zeb.charging.supplier", "released", fact="Voltaic Depot Systems Ltd"),
          Q("P1.Q4", "zeb.charging.value", "withheld", S43),
          Q("P1.Q5", "zeb.co2_saving", "released", fact="6,300 tonnes"),
      ], title="Electric and hydrogen buses"),
    L("history", "history/TCA-FOI-0193.txt", "TCA-FOI-0193.txt", "copy",
      TCA, "TCA-FOI-0193", "2019-07-09", "2019-06-11", "interleaved", [
          Q("P1.Q1", "cctv.count", "released", fact="186"),
          Q("P1.Q2", "cctv.on_bus.count", "not_held"),
          Q("P1.Q3", "cctv.control_room.operator", "released", fact="In-house"),
      ], title="CCTV at bus stations"),
    L("history", "history/FOI2024-301.pdf", "FOI2024-301.html", "lo_pdf",
      TCA, "FOI2024/301", "2024-11-12", "2024-10-15", "restate_then_answer", [
          Q("P1.Q1", "cctv.count", "released", fact="219"),
          Q("P1.Q2", "bwv.count", "released", fact="40"),
          Q("P1.Q3", "cctv.police_requests.last_year", "released", fact="1,392"),
          Q("P1.Q4", "cctv.on_bus.count", "not_held"),
          Q("P1.Q5", "cctv.facial_recognition", "released", fact="No"),
      ], title="CCTV and body worn cameras"),
    L("history", "history/FOI2020-219.pdf", "FOI2020-219.html", "chromium_pdf",
      TCA, "FOI2020/219", "2020-10-06", "2020-09-08", "interleaved", [
          Q("P1.Q1", "ict.ticketing.supplier", "released", fact="Farecrest Systems Ltd"),
          Q("P1.Q2", "ict.ticketing.value", "withheld", S43),
          Q("P1.Q3", "ict.ticketing.expiry", "released", fact="31 December 2024"),
          Q("P1.Q4", "ict.rtpi.supplier", "released", fact="Signalpath Transit Ltd"),
          Q("P1.Q5", "ict.rtpi.expiry", "released", fact="30 April 2023"),
      ], title="Smart ticketing and real time information"),
    L("history", "history/FOI2023-071.md", "FOI2023-071.md", "copy",
      TCA, "FOI2023/071", "2023-03-28", "2023-02-28", "parts_interleaved", [
          Q("P1.Q1", "ict.ticketing.supplier", "released", fact="Farecrest Systems Ltd"),
          Q("P1.Q2", "ict.ticketing.value", "withheld", S43),
          Q("P1.Q3", "ict.ticketing.expiry", "released", fact="31 December 2026"),
          Q("P1.Q4", "ict.ticketing.contact", "partially_released", S40, fact="Head of Fares and Ticketing"),
          Q("P2.Q1", "ict.rtpi.supplier", "released", fact="Signalpath Transit Ltd"),
          Q("P2.Q2", "ict.rtpi.value", "released", fact="£310,000 per annum"),
          Q("P2.Q3", "ict.rtpi.expiry", "released", fact="30 April 2028"),
          Q("P2.Q4", "ict.rtpi.contact", "partially_released", S40, fact="Passenger Information Manager"),
      ], title="Ticketing and passenger information contracts"),
    # drafts
    L("draft", "drafts/EIR2025-061_draft.pdf", "EIR2025-061_draft.html", "lo_pdf",
      TCA, "EIR2025/061", "2025-10-14", "2025-09-16", "restate_then_answer", [
          Q("P1.Q1", "zeb.count", "released", fact="88"),
          Q("P1.Q2", "zeb.grant_value.per_operator", "partially_released", ["reg12(5)(e)"], fact="£33.0m"),
          Q("P1.Q3", "zeb.charging.supplier", "released", fact="Voltaic Depot Systems Ltd"),
          Q("P1.Q4", "zeb.charging.value", "withheld", ["reg12(5)(e)"]),
          Q("P1.Q5", "zeb.co2_saving", "not_held", ["reg12(4)(a)"]),
          Q("P1.Q6", "bus.diesel.count", "not_held", ["reg12(4)(a)"]),
      ], regime="EIR", title="Zero emission bus programme"),
    L("draft", "drafts/FOI2026-052_draft.docx", "FOI2026-052_draft.html", "lo_docx",
      TCA, "FOI2026/052", "2026-03-10", "2026-02-10", "parts_interleaved", [
          Q("P1.Q1", "ict.ticketing.supplier", "released", fact="Farecrest Systems Ltd"),
          Q("P1.Q2", "ict.ticketing.value", "withheld", S43),
          Q("P1.Q3", "ict.ticketing.expiry", "released", fact="31 December 2026"),
          Q("P1.Q4", "ict.ticketing.contact", "partially_released", S40, fact="Head of Fares and Ticketing"),
          Q("P2.Q1", "ict.rtpi.supplier", "released", fact="Signalpath Transit Ltd"),
          Q("P2.Q2", "ict.rtpi.value", "released", fact="£310,000 per annum"),
          Q("P2.Q3", "ict.rtpi.expiry", "released", fact="30 April 2028"),
          Q("P2.Q4", "ict.rtpi.contact", "partially_released", S40, fact="Passenger Information Manager"),
      ], consistent=True, title="Ticketing and passenger information contracts"),
]

# ----------------------------------------------------------------------
# Comparison rules (CONTRACT.md)
# ----------------------------------------------------------------------
SEVERITY = {"newly_withheld": "high", "partly_withheld": "medium",
            "newly_released": "medium", "exemption_changed": "medium",
            "answer_changed": "low"}

# families of equivalent provisions across FOIA / EIR / FOISA
FAMILY = [
    ("commercial", ["s43", "reg12(5)(e)", "foisa:s33"]),
    ("personal", ["s40", "reg13", "foisa:s38"]),
    ("law_enforcement", ["s31", "reg12(5)(b)", "foisa:s35"]),
    ("national_security", ["s24", "reg12(5)(a)", "foisa:s31"]),
    ("accessible", ["s21", "reg6(1)(b)", "foisa:s25"]),
    ("future_publication", ["s22", "reg12(4)(d)", "foisa:s27"]),
    ("public_affairs", ["s36", "reg12(4)(e)", "foisa:s30"]),
    ("not_held", ["reg12(4)(a)", "foisa:s17"]),
]


def regime_of(ex):
    if ex.startswith("reg"):
        return "EIR"
    if ex.startswith("foisa:"):
        return "FOISA"
    return "FOIA"


def family(ex):
    for name, prefixes in FAMILY:
        for p in prefixes:
            if ex == p or ex.startswith(p + "(") or (p.startswith("reg") and ex.startswith(p)):
                return name
    return ex


def same_exemptions(a, b):
    if set(a) == set(b):
        return True
    regimes = {regime_of(x) for x in list(a) + list(b)}
    if len(regimes) > 1:
        return {family(x) for x in a} == {family(x) for x in b}
    return False


def norm_fact(f):
    return " ".join(str(f).lower().replace(",", "").split())


HELD = {"released", "partially_released", "withheld"}


def finding_kind(prev, cur):
    """Return (kind, severity) or None. prev/cur are question truths."""
    p, c = prev["stance"], cur["stance"]
    if "unknown" in (p, c):
        return None
    if (p == "ncnd") != (c == "ncnd"):
        other = p if c == "ncnd" else c
        if other in HELD or other == "not_held":
            return ("ncnd_inconsistent", "high" if c == "ncnd" else "medium")
        return None  # to/from refused: not named
    if p == "ncnd" and c == "ncnd":
        return None
    if p in HELD and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in HELD:
        return ("held_status_changed", "medium")
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and c == "withheld":
        if not same_exemptions(prev["exemptions"], cur["exemptions"]):
            return ("exemption_changed", "medium")
        return None
    if p == "released" and c == "released":
        if prev["fact"] is not None and cur["fact"] is not None and \
                norm_fact(prev["fact"]) != norm_fact(cur["fact"]):
            return ("answer_changed", "low")
        return None
    return None


def derive_expect(letters):
    history = [l for l in letters if l["kind"] == "history"]
    drafts = [l for l in letters if l["kind"] == "draft"]
    out = {}
    for d in drafts:
        cutoff = d["as_of"] or d["date"]
        hist = [h for h in history
                if h["authority"] == d["authority"] and h["date"] < cutoff]
        hist.sort(key=lambda h: h["date"], reverse=True)
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        if d["consistent"]:
            entry["consistent"] = True
        matches, findings = {}, []
        for q in d["questions"]:
            ms = [(h, hq) for h in hist for hq in h["questions"]
                  if hq["concept"] == q["concept"]]
            matches[q["id"]] = ["%s %s" % (h["reference"], hq["id"]) for h, hq in ms]
            if ms and not d["bare"]:
                h, hq = ms[0]
                fk = finding_kind(hq, q)
                if fk:
                    findings.append({"kind": fk[0], "severity": fk[1],
                                     "question_id": q["id"],
                                     "precedent": "%s %s" % (h["reference"], hq["id"])})
        entry["matches"] = matches
        entry["findings"] = findings
        out[os.path.basename(d["file"])] = entry
    return out


def validate(letters):
    refs = set()
    stances = {"released", "partially_released", "withheld", "ncnd",
               "not_held", "refused", "unknown"}
    for l in letters:
        key = (l["authority"], l["reference"])
        assert key not in refs, key
        refs.add(key)
        assert l["received"] <= l["date"], l["file"]
        if l["kind"] == "history":
            assert "2017-01-01" <= l["date"] <= "2025-12-31", l["file"]
        else:
            assert "2025-01-01" <= l["date"] <= "2026-12-31", l["file"]
        concepts = [q["concept"] for q in l["questions"]]
        assert len(concepts) == len(set(concepts)), l["file"]
        ids = [q["id"] for q in l["questions"]]
        assert len(ids) == len(set(ids)), l["file"]
        for q in l["questions"]:
            assert q["stance"] in stances, (l["file"], q["id"])
            if l["bare"]:
                assert q["stance"] == "unknown" and q["fact"] is None
            else:
                assert q["stance"] != "unknown", (l["file"], q["id"])
            if q["stance"] == "partially_released":
                assert q["exemptions"], (l["file"], q["id"])
            if q["stance"] in ("withheld", "ncnd", "refused"):
                assert q["exemptions"], (l["file"], q["id"])
                assert q["fact"] is None, (l["file"], q["id"])
    # same-authority history letters never share a date (precedent is unique)
    seen = set()
    for l in letters:
        if l["kind"] == "history":
            k = (l["authority"], l["date"])
            assert k not in seen, k
            seen.add(k)


# ----------------------------------------------------------------------
# Producers
# ----------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def lo_convert(src, outdir, target):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target,
         "--outdir", outdir, src])


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src])


def gs_redistil(inp, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, inp])


def render(letter, tmp):
    src = os.path.join(SRC, letter["src"])
    out = os.path.join(ROOT, letter["file"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    stem = os.path.splitext(letter["src"])[0]
    prod = letter["producer"]
    if prod == "copy":
        shutil.copyfile(src, out)
    elif prod in ("lo_pdf", "lo_pdf_gs", "ocr_scan"):
        lo_convert(src, tmp, "pdf")
        pdf = os.path.join(tmp, stem + ".pdf")
        if prod == "lo_pdf":
            shutil.move(pdf, out)
        elif prod == "lo_pdf_gs":
            gs_redistil(pdf, out)
        else:
            pages = os.path.join(tmp, stem + "_scan")
            os.makedirs(pages, exist_ok=True)
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r150",
                 "-o", os.path.join(pages, "p%03d.png"), pdf])
            lst = os.path.join(pages, "list.txt")
            with open(lst, "w") as f:
                for name in sorted(os.listdir(pages)):
                    if name.endswith(".png"):
                        f.write(os.path.join(pages, name) + "\n")
            base = os.path.join(tmp, stem + "_ocr")
            run(["tesseract", lst, base, "-l", "eng", "pdf"])
            shutil.move(base + ".pdf", out)
    elif prod == "lo_docx":
        lo_convert(src, tmp, "docx:MS Word 2007 XML")
        shutil.move(os.path.join(tmp, stem + ".docx"), out)
    elif prod in ("chromium_pdf", "chromium_pdf_gs"):
        pdf = os.path.join(tmp, stem + ".pdf")
        chromium_pdf(src, pdf)
        if prod == "chromium_pdf":
            shutil.move(pdf, out)
        else:
            gs_redistil(pdf, out)
    else:
        raise SystemExit("unknown producer " + prod)


def main():
    validate(LETTERS)
    only = set(sys.argv[1:])
    for d in ("history", "drafts"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for letter in LETTERS:
            if only and letter["src"] not in only:
                continue
            render(letter, tmp)
            print("rendered", letter["file"])
    truth = {"letters": LETTERS}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
    nh = sum(1 for l in LETTERS if l["kind"] == "history")
    nd = sum(1 for l in LETTERS if l["kind"] == "draft")
    expect = {
        "description": ("Set AJ: %d history letters and %d drafts from four invented "
                        "English authorities (a London borough council, a northern police "
                        "force, an acute NHS foundation trust and a transport combined "
                        "authority). Round-robin families (ICT contact-centre and telephony "
                        "contracts, CCTV, staff numbers, agency spend, cyber incidents, "
                        "drones, fleet, zero-emission buses, ticketing) with reworded, "
                        "renumbered, merged and split requests and look-alike questions; "
                        "one bare incoming request, one consistent repeat, one FOIA-to-EIR "
                        "regime change and one draft checked with as_of." % (nh, nd)),
        "drafts": derive_expect(LETTERS),
    }
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    # sanity: consistent drafts have no findings; other answered drafts have some
    for d in LETTERS:
        if d["kind"] != "draft":
            continue
        e = expect["drafts"][os.path.basename(d["file"])]
        if d["consistent"]:
            assert not e["findings"] and all(e["matches"].values()), d["file"]
        elif d["bare"]:
            assert not e["findings"]
        else:
            assert e["findings"], d["file"]
    print("wrote gen/truth.json and expect.json")


if __name__ == "__main__":
    main()
