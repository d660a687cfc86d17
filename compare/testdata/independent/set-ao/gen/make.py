#!/usr/bin/env python3
"""Truth, rendering and expectations for test set AO.

Four invented authorities (a Welsh county borough council, a southern English
police force, a community health NHS trust and a further education college),
40 history letters (2017-2025) and 11 drafts (2025-2026).

Run from /tmp/setAO:  python3 gen/make.py
Standard library only.  Renders gen/src/* with LibreOffice, Chromium and
Ghostscript; writes gen/truth.json and expect.json (derived from the truth).
"""
import json, os, re, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file://" + os.path.join(HERE, ".lo_profile")

COUNCIL = "Cwm Tawel County Borough Council"
POLICE = "Downland Constabulary"
TRUST = "Brackenridge Community Healthcare NHS Trust"
COLLEGE = "Ashcombe Vale College"

R, PR, W, N, NH, RF, U = ("released", "partially_released", "withheld", "ncnd",
                          "not_held", "refused", "unknown")


def Q(qid, concept, stance, exemptions=(), fact=None):
    return {"id": qid, "concept": concept, "stance": stance,
            "exemptions": sorted(exemptions), "fact": fact}


def L(key, file, producer, authority, reference, date, received, layout,
      questions, regime="FOIA", as_of=None, bare=False):
    return {"key": key, "file": file, "src": None, "producer": producer,
            "authority": authority, "reference": reference, "date": date,
            "received": received, "regime": regime, "layout": layout,
            "as_of": as_of, "bare": bare, "questions": questions}


S40 = ["s40(2)"]
S43 = ["s43(2)"]
S31A = ["s31(1)(a)"]
S31AB = ["s31(1)(a)", "s31(1)(b)"]
NCND_POL = ["s24(2)", "s31(3)"]

LETTERS = [
# ---------------------------------------------------------------- council
L("A01", "history/cwmtawel_FOI-17-0142_cctv.pdf", "lo_pdf", COUNCIL,
  "FOI/17/0142", "2017-03-14", "2017-02-20", "restate-then-answer", [
    Q("P1.Q1", "cctv.count", R, fact="187"),
    Q("P1.Q2", "cctv.monitoring", R, fact="24 hours"),
    Q("P1.Q3", "cctv.cost", R, fact="£412,650"),
    Q("P1.Q4", "cctv.contractor", R, fact="Vantage Security Systems Ltd")]),
L("A02", "history/cwmtawel_FOI-17-0588_toilets.txt", "txt", COUNCIL,
  "FOI/17/0588", "2017-09-05", "2017-08-10", "you-asked-our-response", [
    Q("P1.Q1", "toilets.count", R, fact="23; 9"),
    Q("P1.Q2", "toilets.savings", NH),
    Q("P1.Q3", "toilets.community_scheme", R, fact="14")]),
L("A03", "history/cwmtawel_FOI-18-0049_potholes.pdf", "chromium_pdf", COUNCIL,
  "FOI/18/0049", "2018-02-08", "2018-01-12", "table", [
    Q("P1.Q1", "highways.claims.count", R, fact="212; 264"),
    Q("P1.Q2", "highways.claims.paid", R, fact="£31,480; £44,912"),
    Q("P1.Q3", "highways.potholes.reported", R, fact="6,410; 7,925"),
    Q("P1.Q4", "highways.claims.names", W, S40)]),
L("A04", "history/cwmtawel_FOI-18-0417_contact-centre.docx", "docx", COUNCIL,
  "FOI/18/0417", "2018-07-19", "2018-06-22", "interleaved-merged-numbering", [
    Q("P1.Q1", "ict.cc.supplier", R, fact="Calderline Communications Ltd"),
    Q("P1.Q2", "ict.cc.spend", R, fact="£46,300"),
    Q("P1.Q3", "ict.cc.expiry", R, fact="31 March 2020"),
    Q("P1.Q4", "ict.cc.review", R, fact="October 2019"),
    Q("P1.Q5", "ict.cc.description", R),
    Q("P1.Q6", "ict.cc.contact", PR, S40, fact="ICT Service Delivery Manager"),
    Q("P1.Q7", "ict.cc.agents", R, fact="31"),
    Q("P1.Q8", "ict.cc.sites", R, fact="2"),
    Q("P1.Q9", "ict.inbound.supplier", R, fact="Brightwire Telecom plc"),
    Q("P1.Q10", "ict.inbound.spend", R, fact="£12,900"),
    Q("P1.Q11", "ict.inbound.expiry", R, fact="30 September 2019"),
    Q("P1.Q12", "ict.inbound.contact", PR, S40, fact="ICT Service Delivery Manager")]),
L("A05", "history/cwmtawel_FOI-19-0233_cctv.html", "html", COUNCIL,
  "FOI/19/0233", "2019-04-23", "2019-03-28", "disclosure-log-page", [
    Q("P1.Q1", "cctv.count", R, fact="192"),
    Q("P1.Q2", "cctv.facial", R, fact="No"),
    Q("P1.Q3", "cctv.monitoring", R, fact="24 hours"),
    Q("P1.Q4", "cctv.cost", R, fact="£398,120"),
    Q("P1.Q5", "cctv.contractor", R, fact="Vantage Security Systems Ltd")]),
L("A06", "history/cwmtawel_FOI-19-0701_residual-waste.pdf", "lo_pdf", COUNCIL,
  "FOI/19/0701", "2019-10-30", "2019-10-02", "decision-paragraph", [
    Q("P1.Q1", "waste.contractor", R, fact="Afon Resource Recovery Ltd"),
    Q("P1.Q2", "waste.value", W, S43),
    Q("P1.Q3", "waste.gatefee", W, S43),
    Q("P1.Q4", "waste.enddate", R, fact="31 March 2041"),
    Q("P1.Q5", "waste.min_tonnage", R, fact="85,000 tonnes")]),
L("A07", "history/cwmtawel_FOI-20-0355_contact-centre.pdf", "lo_gs_pdf", COUNCIL,
  "FOI/20/0355", "2020-06-16", "2020-05-19", "restate-then-answer-parts", [
    Q("P1.Q1", "ict.cc.supplier", R, fact="Calderline Communications Ltd"),
    Q("P1.Q2", "ict.cc.spend", R, fact="£48,750"),
    Q("P1.Q3", "ict.cc.duration", R, fact="3 years"),
    Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2023"),
    Q("P1.Q5", "ict.cc.review", R, fact="September 2022"),
    Q("P1.Q6", "ict.cc.description", R),
    Q("P1.Q7", "ict.cc.contact", PR, S40, fact="ICT Service Delivery Manager"),
    Q("P1.Q8", "ict.cc.agents", R, fact="34"),
    Q("P1.Q9", "ict.cc.sites", R, fact="2"),
    Q("P1.Q10", "ict.cc.manufacturer", R, fact="Avantra Systems"),
    Q("P2.Q1", "ict.inbound.supplier", R, fact="Brightwire Telecom plc"),
    Q("P2.Q2", "ict.inbound.spend", R, fact="£13,400"),
    Q("P2.Q3", "ict.inbound.expiry", R, fact="30 September 2022"),
    Q("P2.Q4", "ict.inbound.review", R, fact="March 2022"),
    Q("P2.Q5", "ict.inbound.description", R),
    Q("P2.Q6", "ict.inbound.contact", PR, S40, fact="ICT Service Delivery Manager")]),
L("A08", "history/cwmtawel_CTCBC-FOI-2021-0061_cctv.md", "md", COUNCIL,
  "CTCBC-FOI-2021-0061", "2021-02-11", "2021-01-14", "interleaved-q-a", [
    Q("P1.Q1", "cctv.count", R, fact="198"),
    Q("P1.Q2", "bwv.count", R, fact="8"),
    Q("P1.Q3", "cctv.facial", R, fact="No"),
    Q("P1.Q4", "cctv.monitoring", R, fact="24 hours"),
    Q("P1.Q5", "cctv.cost", R, fact="£405,300"),
    Q("P1.Q6", "cctv.contractor", R, fact="Vantage Security Systems Ltd")]),
L("A09", "history/cwmtawel_CTCBC-FOI-2022-0198_contact-centre.pdf", "chromium_pdf", COUNCIL,
  "CTCBC-FOI-2022-0198", "2022-03-22", "2022-02-24", "you-asked-our-response-parts", [
    Q("P1.Q1", "ict.cc.supplier", R, fact="Calderline Communications Ltd"),
    Q("P1.Q2", "ict.cc.spend", R, fact="£51,200"),
    Q("P1.Q3", "ict.cc.duration", R, fact="3 years"),
    Q("P1.Q4", "ict.cc.expiry", R, fact="31 March 2024"),
    Q("P1.Q5", "ict.cc.review", R, fact="October 2023"),
    Q("P1.Q6", "ict.cc.description", R),
    Q("P1.Q7", "ict.cc.contact", PR, S40, fact="ICT Service Delivery Manager"),
    Q("P1.Q8", "ict.cc.agents", R, fact="36"),
    Q("P1.Q9", "ict.cc.sites", R, fact="2"),
    Q("P1.Q10", "ict.cc.manufacturer", R, fact="Avantra Systems"),
    Q("P1.Q11", "ict.email.server", R, fact="Microsoft Exchange Online"),
    Q("P1.Q12", "ict.email.users", R, fact="2,850"),
    Q("P2.Q1", "ict.inbound.supplier", R, fact="Brightwire Telecom plc"),
    Q("P2.Q2", "ict.inbound.spend", R, fact="£13,900"),
    Q("P2.Q3", "ict.inbound.expiry", R, fact="30 September 2024"),
    Q("P2.Q4", "ict.inbound.review", R, fact="March 2024"),
    Q("P2.Q5", "ict.inbound.description", R),
    Q("P2.Q6", "ict.inbound.contact", PR, S40, fact="ICT Service Delivery Manager")]),
L("A10", "history/cwmtawel_IR-2022-017_residual-waste-review.docx", "docx", COUNCIL,
  "IR/2022/017", "2022-11-29", "2022-10-31", "internal-review", [
    Q("P1.Q1", "waste.contractor", R, fact="Afon Resource Recovery Ltd"),
    Q("P1.Q2", "waste.value", W, S43),
    Q("P1.Q3", "waste.gatefee", W, S43),
    Q("P1.Q4", "waste.enddate", R, fact="31 March 2041"),
    Q("P1.Q5", "waste.min_tonnage", R, fact="85,000 tonnes"),
    Q("P1.Q6", "waste.contract_manager", W, S40),
    Q("P1.Q7", "waste.deductions", NH)]),
L("A11", "history/cwmtawel_CTCBC-FOI-2023-0301_cctv.pdf", "lo_pdf", COUNCIL,
  "CTCBC-FOI-2023-0301", "2023-05-09", "2023-04-12", "table", [
    Q("P1.Q1", "cctv.count", R, fact="214"),
    Q("P1.Q2", "cctv.monitoring", R, fact="18 hours"),
    Q("P1.Q3", "cctv.cost", R, fact="£251,000; £139,400"),
    Q("P1.Q4", "cctv.contractor", R, fact="Vantage Security Systems Ltd"),
    Q("P1.Q5", "bwv.count", NH)]),
L("A12", "history/cwmtawel_CTCBC-FOI-2024-0264_contact-centre.html", "html", COUNCIL,
  "CTCBC-FOI-2024-0264", "2024-04-18", "2024-03-21", "disclosure-log-page-parts", [
    Q("P1.Q1", "ict.cc.supplier", R, fact="Calderline Communications Ltd"),
    Q("P1.Q2", "ict.cc.contract_type", R, fact="Managed service"),
    Q("P1.Q3", "ict.cc.spend", R, fact="£52,900"),
    Q("P1.Q4", "ict.cc.duration", R, fact="5 years"),
    Q("P1.Q5", "ict.cc.expiry", R, fact="31 March 2029"),
    Q("P1.Q6", "ict.cc.description", R),
    Q("P1.Q7", "ict.cc.contact", PR, S40, fact="ICT Service Delivery Manager"),
    Q("P1.Q8", "ict.cc.agents", R, fact="38"),
    Q("P1.Q9", "ict.cc.sites", R, fact="2"),
    Q("P1.Q10", "ict.cc.manufacturer", R, fact="Avantra Systems"),
    Q("P1.Q11", "ict.email.server", R, fact="Microsoft Exchange Online"),
    Q("P1.Q12", "ict.email.users", R, fact="2,910"),
    Q("P2.Q1", "ict.inbound.supplier", R, fact="Brightwire Telecom plc"),
    Q("P2.Q2", "ict.inbound.spend", R, fact="£14,200"),
    Q("P2.Q3", "ict.inbound.expiry", R, fact="31 March 2026"),
    Q("P2.Q4", "ict.inbound.review", R, fact="September 2025"),
    Q("P2.Q5", "ict.inbound.description", R),
    Q("P2.Q6", "ict.inbound.contact", PR, S40)]),
# council drafts
L("DA1", "drafts/cwmtawel_CTCBC-FOI-2025-0387_contact-centre_DRAFT.docx", "docx", COUNCIL,
  "CTCBC-FOI-2025-0387", "2025-06-10", "2025-05-13", "interleaved-parts", [
    Q("P1.Q1", "ict.cc.supplier", R, fact="Calderline Communications Ltd"),
    Q("P1.Q2", "ict.cc.contract_type", R, fact="Managed service"),
    Q("P1.Q3", "ict.cc.spend", W, S43),
    Q("P1.Q4", "ict.cc.duration", R, fact="5 years"),
    Q("P1.Q5", "ict.cc.expiry", R, fact="31 March 2029"),
    Q("P1.Q6", "ict.cc.description", R),
    Q("P1.Q7", "ict.cc.contact", PR, S40, fact="ICT Service Delivery Manager"),
    Q("P1.Q8", "ict.cc.agents", R, fact="38"),
    Q("P1.Q9", "ict.cc.sites", R, fact="2"),
    Q("P1.Q10", "ict.cc.manufacturer", R, fact="Avantra Systems"),
    Q("P1.Q11", "ict.email.server", R, fact="Microsoft Exchange Online"),
    Q("P1.Q12", "ict.cc.ai_agents", R, fact="Yes"),
    Q("P2.Q1", "ict.inbound.supplier", R, fact="Brightwire Telecom plc"),
    Q("P2.Q2", "ict.inbound.spend", R, fact="£14,200"),
    Q("P2.Q3", "ict.inbound.expiry", R, fact="31 March 2028"),
    Q("P2.Q4", "ict.inbound.description", R),
    Q("P2.Q5", "ict.inbound.contact", PR, S40, fact="ICT Service Delivery Manager")]),
L("DA2", "drafts/cwmtawel_CTCBC-FOI-2025-0655_cctv_DRAFT.pdf", "chromium_pdf", COUNCIL,
  "CTCBC-FOI-2025-0655", "2025-09-24", "2025-08-28", "restate-then-answer", [
    Q("P1.Q1", "cctv.count", R, fact="214"),
    Q("P1.Q2", "bwv.count", R, fact="12"),
    Q("P1.Q3", "cctv.monitoring", R, fact="18 hours"),
    Q("P1.Q4", "cctv.contractor", R, fact="Vantage Security Systems Ltd"),
    Q("P1.Q5", "cctv.locations", R, ["s21"])]),
L("DA3", "drafts/cwmtawel_CTCBC-EIR-2025-0902_residual-waste_DRAFT.pdf", "lo_pdf", COUNCIL,
  "CTCBC-EIR-2025-0902", "2025-12-03", "2025-11-05", "request-response", [
    Q("P1.Q1", "waste.contractor", R, fact="Afon Resource Recovery Ltd"),
    Q("P1.Q2", "waste.value", W, ["reg12(5)(e)"]),
    Q("P1.Q3", "waste.gatefee", R, fact="£97.40"),
    Q("P1.Q4", "waste.enddate", R, fact="31 March 2041"),
    Q("P1.Q5", "waste.min_tonnage", R, fact="85,000 tonnes"),
    Q("P1.Q6", "waste.contract_manager", W, ["reg13(1)"]),
    Q("P1.Q7", "waste.deductions", NH, ["reg12(4)(a)"])], regime="EIR"),
# ---------------------------------------------------------------- police
L("B01", "history/downland_FOI-0387-17_taser.txt", "txt", POLICE,
  "FOI 0387/17", "2017-05-26", "2017-04-28", "request-answer", [
    Q("P1.Q1", "taser.fired", R, fact="41"),
    Q("P1.Q2", "taser.drawn", R, fact="188"),
    Q("P1.Q3", "taser.trained", R, fact="312")]),
L("B02", "history/downland_FOI-0141-18_drones.pdf", "lo_pdf", POLICE,
  "FOI 0141/18", "2018-03-15", "2018-02-14", "interleaved-question-response", [
    Q("P1.Q1", "drones.count", R, fact="4"),
    Q("P1.Q2", "drones.deployments", R, fact="96"),
    Q("P1.Q3", "drones.model", R, fact="Aeralis VX-4"),
    Q("P1.Q4", "drones.cost", R, fact="£38,600")]),
L("B03", "history/downland_FOI-0022-19_fleet.pdf", "chromium_pdf", POLICE,
  "FOI 0022/19", "2019-02-07", "2019-01-09", "table", [
    Q("P1.Q1", "fleet.count", R, fact="612"),
    Q("P1.Q2", "fleet.ev", R, fact="14"),
    Q("P1.Q3", "fleet.collisions", R, fact="233"),
    Q("P1.Q4", "fleet.repair_cost", R, fact="£418,900"),
    Q("P1.Q5", "fleet.unmarked", W, S31AB)]),
L("B04", "history/downland_FOI-1288-19_drones.docx", "docx", POLICE,
  "FOI 1288/19", "2020-01-21", "2019-12-20", "restate-then-answer", [
    Q("P1.Q1", "drones.count", R, fact="6"),
    Q("P1.Q2", "drones.pilots", R, fact="18"),
    Q("P1.Q3", "drones.deployments", R, fact="212"),
    Q("P1.Q4", "drones.model", W, S31A),
    Q("P1.Q5", "drones.cost", R, fact="£71,250")]),
L("B05", "history/downland_FOI-0866-20_cyber.html", "html", POLICE,
  "FOI 0866/20", "2020-09-08", "2020-08-11", "disclosure-log-page", [
    Q("P1.Q1", "cyber.ransomware.count", N, NCND_POL),
    Q("P1.Q2", "cyber.ransom_paid", R, fact="No"),
    Q("P1.Q3", "cyber.budget", W, S31A),
    Q("P1.Q4", "cyber.team_size", R, fact="6")]),
L("B06", "history/downland_FOI-0198-21_fleet.pdf", "lo_gs_pdf", POLICE,
  "FOI 0198/21", "2021-03-30", "2021-03-02", "interleaved-q-a", [
    Q("P1.Q1", "fleet.count", R, fact="598"),
    Q("P1.Q2", "fleet.ev", R, fact="37"),
    Q("P1.Q3", "fleet.collisions", R, fact="176"),
    Q("P1.Q4", "fleet.repair_cost", RF, ["s12(2)"]),
    Q("P1.Q5", "fleet.unmarked", W, S31AB),
    Q("P1.Q6", "fleet.telematics", R, fact="Trakmetric Ltd")]),
L("B07", "history/downland_DC-FOI-2022-01377_drones.pdf", "lo_pdf", POLICE,
  "DC-FOI-2022-01377", "2022-06-14", "2022-05-17", "interleaved-q-a", [
    Q("P1.Q1", "drones.count", R, fact="9"),
    Q("P1.Q2", "drones.pilots", R, fact="27"),
    Q("P1.Q3", "drones.deployments", R, fact="487"),
    Q("P1.Q4", "drones.model", W, S31A),
    Q("P1.Q5", "drones.cost", R, fact="£96,400"),
    Q("P1.Q6", "drones.protests", R, fact="Yes; 3")]),
L("B08", "history/downland_DC-FOI-2023-00188_contact-centre.pdf", "chromium_pdf", POLICE,
  "DC-FOI-2023-00188", "2023-02-16", "2023-01-19", "restate-then-answer-parts", [
    Q("P1.Q1", "ict.cc.supplier", R, fact="Sentiro Networks Ltd"),
    Q("P1.Q2", "ict.cc.spend", R, fact="£88,000"),
    Q("P1.Q3", "ict.cc.duration", R, fact="4 years"),
    Q("P1.Q4", "ict.cc.expiry", R, fact="30 June 2025"),
    Q("P1.Q5", "ict.cc.review", R, fact="January 2025"),
    Q("P1.Q6", "ict.cc.description", R),
    Q("P1.Q7", "ict.cc.contact", PR, S40, fact="Head of ICT Service Management"),
    Q("P1.Q8", "ict.cc.agents", R, fact="142"),
    Q("P1.Q9", "ict.cc.sites", R, fact="2"),
    Q("P1.Q10", "ict.cc.manufacturer", R, fact="Genvoy"),
    Q("P1.Q11", "ict.email.server", R, fact="Microsoft Exchange Online"),
    Q("P1.Q12", "ict.email.users", R, fact="5,400"),
    Q("P2.Q1", "ict.inbound.supplier", R, fact="Brightwire Telecom plc"),
    Q("P2.Q2", "ict.inbound.spend", R, fact="£21,300"),
    Q("P2.Q3", "ict.inbound.expiry", R, fact="31 March 2025"),
    Q("P2.Q4", "ict.inbound.review", R, fact="October 2024"),
    Q("P2.Q5", "ict.inbound.description", R),
    Q("P2.Q6", "ict.inbound.contact", PR, S40, fact="Head of ICT Service Management")]),
L("B09", "history/downland_DC-FOI-2023-01042_call-handlers.txt", "txt", POLICE,
  "DC-FOI-2023-01042", "2023-07-11", "2023-06-13", "you-asked-our-response", [
    Q("P1.Q1", "police.callhandlers.count", R, fact="168"),
    Q("P1.Q2", "police.999.answer_time", R, fact="7 seconds"),
    Q("P1.Q3", "police.101.abandoned", R, fact="41,288")]),
L("B10", "history/downland_DC-FOI-2023-01561_cyber.md", "md", POLICE,
  "DC-FOI-2023-01561", "2023-10-05", "2023-09-07", "restate-then-answer", [
    Q("P1.Q1", "cyber.ransomware.count", N, NCND_POL),
    Q("P1.Q2", "cyber.ransom_paid", R, fact="No"),
    Q("P1.Q3", "cyber.budget", W, S31A),
    Q("P1.Q4", "cyber.team_size", R, fact="9"),
    Q("P1.Q5", "cyber.ico_reports", R, fact="2")]),
L("B11", "history/downland_DC-FOI-2024-00693_drones.pdf", "chromium_gs_pdf", POLICE,
  "DC-FOI-2024-00693", "2024-05-21", "2024-04-23", "interleaved-question-response", [
    Q("P1.Q1", "drones.count", R, fact="12"),
    Q("P1.Q2", "drones.pilots", R, fact="31"),
    Q("P1.Q3", "drones.deployments", R, fact="640"),
    Q("P1.Q4", "drones.model", W, ["s24(1)", "s31(1)(a)"]),
    Q("P1.Q5", "drones.cost", R, fact="£118,900"),
    Q("P1.Q6", "drones.protests", N, NCND_POL)]),
L("B12", "history/downland_DC-FOI-2024-01822_contact-centre.pdf", "lo_pdf", POLICE,
  "DC-FOI-2024-01822", "2024-12-10", "2024-11-12", "decision-paragraph-parts", [
    Q("P1.Q1", "ict.cc.supplier", W, S31AB),
    Q("P1.Q2", "ict.cc.spend", NH),
    Q("P1.Q3", "ict.cc.duration", W, S31AB),
    Q("P1.Q4", "ict.cc.expiry", W, S31AB),
    Q("P1.Q5", "ict.cc.review", W, S31AB),
    Q("P1.Q6", "ict.cc.description", W, S31AB),
    Q("P1.Q7", "ict.cc.contact", R, fact="ictservicedesk@downland.police.uk"),
    Q("P1.Q8", "ict.cc.agents", W, S31AB),
    Q("P1.Q9", "ict.cc.sites", R, fact="2"),
    Q("P1.Q10", "ict.cc.manufacturer", W, S31AB),
    Q("P1.Q11", "ict.email.server", W, S31AB),
    Q("P1.Q12", "ict.email.users", R, fact="5,600"),
    Q("P2.Q1", "ict.inbound.supplier", W, S31AB),
    Q("P2.Q2", "ict.inbound.spend", W, S31AB),
    Q("P2.Q3", "ict.inbound.expiry", W, S31AB),
    Q("P2.Q4", "ict.inbound.review", W, S31AB),
    Q("P2.Q5", "ict.inbound.description", W, S31AB),
    Q("P2.Q6", "ict.inbound.contact", R, fact="ictservicedesk@downland.police.uk")]),
# police drafts
L("DB1", "drafts/downland_DC-FOI-2025-01544_drones_DRAFT.docx", "docx", POLICE,
  "DC-FOI-2025-01544", "2025-10-20", "2025-09-22", "interleaved-list", [
    Q("P1.Q1", "drones.count", R, fact="14"),
    Q("P1.Q2", "drones.deployments", PR, S31A, fact="702"),
    Q("P1.Q3", "drones.model", W, ["s24(1)", "s31(1)(a)"]),
    Q("P1.Q4", "drones.first_responder", R, fact="No"),
    Q("P1.Q5", "drones.protests", N, NCND_POL)], as_of="2024-01-15"),
L("DB2", "drafts/downland_DC-FOI-2025-01190_cyber_DRAFT.pdf", "chromium_pdf", POLICE,
  "DC-FOI-2025-01190", "2025-08-19", "2025-07-22", "table", [
    Q("P1.Q1", "cyber.ransomware.count", R, fact="0"),
    Q("P1.Q2", "cyber.ransom_paid", R, fact="No"),
    Q("P1.Q3", "cyber.budget", W, ["s24(1)"]),
    Q("P1.Q4", "cyber.team_size", W, S31A),
    Q("P1.Q5", "cyber.cyber_essentials", R, fact="Yes")]),
L("DB3", "drafts/downland_DC-FOI-2025-01807_contact-centre_DRAFT.pdf", "lo_pdf", POLICE,
  "DC-FOI-2025-01807", "2025-11-25", "2025-10-28", "decision-paragraph-parts", [
    Q("P1.Q1", "ict.cc.supplier", W, S31AB),
    Q("P1.Q2", "ict.cc.spend", NH),
    Q("P1.Q3", "ict.cc.duration", W, S31AB),
    Q("P1.Q4", "ict.cc.expiry", W, S31AB),
    Q("P1.Q5", "ict.cc.review", W, S31AB),
    Q("P1.Q6", "ict.cc.description", W, S31AB),
    Q("P1.Q7", "ict.cc.contact", R, fact="ictservicedesk@downland.police.uk"),
    Q("P1.Q8", "ict.cc.agents", W, S31AB),
    Q("P1.Q9", "ict.cc.sites", R, fact="2"),
    Q("P1.Q10", "ict.cc.manufacturer", W, S31AB),
    Q("P1.Q11", "ict.email.server", W, S31AB),
    Q("P1.Q12", "ict.email.users", R, fact="5,600"),
    Q("P2.Q1", "ict.inbound.supplier", W, S31AB),
    Q("P2.Q2", "ict.inbound.spend", W, S31AB),
    Q("P2.Q3", "ict.inbound.expiry", W, S31AB),
    Q("P2.Q4", "ict.inbound.review", W, S31AB),
    Q("P2.Q5", "ict.inbound.description", W, S31AB),
    Q("P2.Q6", "ict.inbound.contact", R, fact="ictservicedesk@downland.police.uk")]),
# ---------------------------------------------------------------- trust
L("C01", "history/brackenridge_FOI-17-118_workforce.pdf", "lo_pdf", TRUST,
  "FOI 17-118", "2017-06-20", "2017-05-23", "table", [
    Q("P1.Q1", "staff.headcount", R, fact="1,716"),
    Q("P1.Q2", "staff.nurses_wte", R, fact="612.4"),
    Q("P1.Q3", "staff.dn_vacancies", R, fact="19"),
    Q("P1.Q4", "staff.health_visitors", R, fact="47")]),
L("C02", "history/brackenridge_FOI-18-071_agency.txt", "txt", TRUST,
  "FOI 18-071", "2018-04-12", "2018-03-15", "interleaved-merged-numbering", [
    Q("P1.Q1", "agency.nursing.spend", R, fact="£2,184,000"),
    Q("P1.Q2", "agency.nursing.top", R,
      fact="Meridian Care Staffing; Holloway Nurses; Apex Clinical Bank"),
    Q("P1.Q3", "agency.nursing.max_rate", W, S43),
    Q("P1.Q4", "agency.medical.spend", R, fact="£912,000"),
    Q("P1.Q5", "agency.medical.top", R,
      fact="Northgate Locums; Castleview Medical Staffing; Pennant Healthcare Recruitment"),
    Q("P1.Q6", "agency.medical.max_rate", W, S43)]),
L("C03", "history/brackenridge_FOI-19-102_workforce.pdf", "chromium_pdf", TRUST,
  "FOI 19-102", "2019-05-28", "2019-04-30", "interleaved", [
    Q("P1.Q1", "staff.headcount", R, fact="1,758"),
    Q("P1.Q2", "staff.bank_only", R, fact="214"),
    Q("P1.Q3", "staff.nurses_wte", R, fact="631.0"),
    Q("P1.Q4", "staff.dn_vacancies", R, fact="22"),
    Q("P1.Q5", "staff.health_visitors", R, fact="44"),
    Q("P1.Q6", "staff.turnover", R, fact="13.2%")]),
L("C04", "history/brackenridge_FOI-2020-0318_agency.docx", "docx", TRUST,
  "FOI/2020/0318", "2020-07-02", "2020-06-04", "cost-refusal-whole-request", [
    Q("P1.Q1", "agency.nursing.spend", RF, ["s12(1)"]),
    Q("P1.Q2", "agency.nursing.top", RF, ["s12(1)"]),
    Q("P1.Q3", "agency.nursing.max_rate", RF, ["s12(1)"]),
    Q("P1.Q4", "agency.medical.spend", RF, ["s12(1)"]),
    Q("P1.Q5", "agency.medical.top", RF, ["s12(1)"]),
    Q("P1.Q6", "agency.medical.max_rate", RF, ["s12(1)"]),
    Q("P1.Q7", "agency.nursing.shifts", RF, ["s12(1)"])]),
L("C05", "history/brackenridge_FOI-2021-0207_cyber.html", "html", TRUST,
  "FOI/2021/0207", "2021-04-15", "2021-03-18", "disclosure-log-page-bullets", [
    Q("P1.Q1", "cyber.attacks.count", W, S31A),
    Q("P1.Q2", "cyber.ransomware.any", R, fact="No"),
    Q("P1.Q3", "cyber.ransom_paid", R, fact="No"),
    Q("P1.Q4", "cyber.insurance", R, fact="No"),
    Q("P1.Q5", "cyber.ico_reports", R, fact="3")]),
L("C06", "history/brackenridge_FOI-2022-0611_agency.pdf", "lo_gs_pdf", TRUST,
  "FOI/2022/0611", "2022-08-23", "2022-07-26", "interleaved-parts", [
    Q("P1.Q1", "agency.nursing.spend", R, fact="£3,412,000"),
    Q("P1.Q2", "agency.nursing.top", R,
      fact="Meridian Care Staffing; Apex Clinical Bank; Holloway Nurses"),
    Q("P1.Q3", "agency.nursing.max_rate", W, S43),
    Q("P1.Q4", "agency.nursing.shifts", R, fact="9,860"),
    Q("P2.Q1", "agency.medical.spend", R, fact="£1,205,000"),
    Q("P2.Q2", "agency.medical.top", R,
      fact="Northgate Locums; Castleview Medical Staffing; Pennant Healthcare Recruitment"),
    Q("P2.Q3", "agency.medical.max_rate", W, S43),
    Q("P2.Q4", "agency.medical.shifts", R, fact="1,140")]),
L("C07", "history/brackenridge_FOI-2023-0384_workforce.pdf", "lo_pdf", TRUST,
  "FOI/2023/0384", "2023-06-06", "2023-05-09", "you-asked-our-response", [
    Q("P1.Q1", "staff.headcount", R, fact="1,842"),
    Q("P1.Q2", "staff.bank_only", R, fact="251"),
    Q("P1.Q3", "staff.nurses_wte", R, fact="668.7"),
    Q("P1.Q4", "staff.dn_vacancies", R, fact="23"),
    Q("P1.Q5", "staff.health_visitors", R, fact="41"),
    Q("P1.Q6", "staff.turnover", R, fact="14.8%"),
    Q("P1.Q7", "staff.over100k", PR, S40, fact="9")]),
L("C08", "history/brackenridge_FOI-2024-0702-IR_cyber-review.pdf", "chromium_pdf", TRUST,
  "FOI/2024/0702-IR", "2024-09-17", "2024-08-20", "internal-review-table", [
    Q("P1.Q1", "cyber.attacks.count", W, S31A),
    Q("P1.Q2", "cyber.ransomware.any", R, fact="No"),
    Q("P1.Q3", "cyber.ransom_paid", R, fact="No"),
    Q("P1.Q4", "cyber.insurance", R, fact="No"),
    Q("P1.Q5", "cyber.ico_reports", R, fact="5"),
    Q("P1.Q6", "cyber.soc_supplier", W, S31A)]),
# trust drafts
L("DC1", "drafts/brackenridge_FOI-2025-0519_workforce_DRAFT.docx", "docx", TRUST,
  "FOI/2025/0519", "2025-07-08", "2025-06-10", "restate-then-grouped-answers", [
    Q("P1.Q1", "staff.headcount", R),
    Q("P1.Q2", "staff.bank_only", R),
    Q("P1.Q3", "staff.nurses_wte", R),
    Q("P1.Q4", "staff.dn_vacancies", NH),
    Q("P1.Q5", "staff.health_visitors", R),
    Q("P1.Q6", "staff.over100k", PR, S40, fact="11"),
    Q("P1.Q7", "staff.long_term_sickness", R, fact="58")]),
L("DC2", "drafts/brackenridge_FOI-2025-0788_agency_DRAFT.pdf", "lo_pdf", TRUST,
  "FOI/2025/0788", "2025-10-02", "2025-09-04", "interleaved-parts", [
    Q("P1.Q1", "agency.nursing.spend", R),
    Q("P1.Q2", "agency.nursing.top", W, S43),
    Q("P1.Q3", "agency.nursing.max_rate", R, fact="£78.50"),
    Q("P1.Q4", "agency.nursing.shifts", PR, S40, fact="7,420"),
    Q("P2.Q1", "agency.medical.spend", R),
    Q("P2.Q2", "agency.medical.top", R,
      fact="Northgate Locums; Castleview Medical Staffing; Pennant Healthcare Recruitment"),
    Q("P2.Q3", "agency.medical.max_rate", W, S43),
    Q("P2.Q4", "agency.medical.shifts", R, fact="1,026")]),
L("DC3", "drafts/brackenridge_FOI-2026-0031_cyber_incoming-request.txt", "txt", TRUST,
  "FOI/2026/0031", "2026-01-13", "2026-01-13", "bare-request-lettered", [
    Q("P1.Q1", "cyber.ransomware.any", U),
    Q("P1.Q2", "cyber.ransom_paid", U),
    Q("P1.Q3", "cyber.attacks.count", U),
    Q("P1.Q4", "cyber.insurance", U),
    Q("P1.Q5", "cyber.soc_supplier", U),
    Q("P1.Q6", "cyber.team_size", U)], bare=True),
# ---------------------------------------------------------------- college
L("D01", "history/ashcombe_AVC-FOI-18-002_staffing.md", "md", COLLEGE,
  "AVC-FOI-18-002", "2018-01-30", "2018-01-03", "table", [
    Q("P1.Q1", "college.teaching.headcount", R, fact="187"),
    Q("P1.Q2", "college.zero_hours", R, fact="23"),
    Q("P1.Q3", "college.support.headcount", R, fact="241"),
    Q("P1.Q4", "college.dismissals", R, fact="2")]),
L("D02", "history/ashcombe_AVC-FOI-19-011_it-systems.pdf", "lo_pdf", COLLEGE,
  "AVC-FOI-19-011", "2019-03-12", "2019-02-12", "table-request-response", [
    Q("P1.Q1", "college.ict.mis", R, fact="Unitrak Student Systems"),
    Q("P1.Q2", "college.ict.vle", R, fact="Moodle"),
    Q("P1.Q3", "college.ict.mis_renewal", R, fact="31 July 2021"),
    Q("P1.Q4", "college.ict.ms_spend", R, fact="£38,900"),
    Q("P1.Q5", "college.ict.contact", R, fact="Owen Pritchard"),
    Q("P1.Q6", "college.ict.firewall", W, S31A)]),
L("D03", "history/ashcombe_AVC-FOI-20-009_staffing.txt", "txt", COLLEGE,
  "AVC-FOI-20-009", "2020-02-25", "2020-01-28", "interleaved-q-a", [
    Q("P1.Q1", "college.teaching.headcount", R, fact="192"),
    Q("P1.Q2", "college.zero_hours", R, fact="19"),
    Q("P1.Q3", "college.support.headcount", R, fact="236"),
    Q("P1.Q4", "college.dismissals", R, fact="3"),
    Q("P1.Q5", "college.gender_pay_gap", R, ["s21"])]),
L("D04", "history/ashcombe_FOI-2021-017_it-systems.docx", "docx", COLLEGE,
  "FOI 2021-017", "2021-05-18", "2021-04-20", "interleaved-list", [
    Q("P1.Q1", "college.ict.mis", R, fact="Unitrak Student Systems"),
    Q("P1.Q2", "college.ict.vle", R, fact="Moodle"),
    Q("P1.Q3", "college.ict.mis_renewal", R, fact="31 July 2023"),
    Q("P1.Q4", "college.ict.ms_spend", R, fact="£41,300"),
    Q("P1.Q5", "college.ict.contact", R, fact="Owen Pritchard"),
    Q("P1.Q6", "college.ict.firewall", W, S31A),
    Q("P1.Q7", "college.ict.backup", W, S31A)]),
L("D05", "history/ashcombe_FOI-2022-006_staffing.html", "html", COLLEGE,
  "FOI 2022-006", "2022-03-08", "2022-02-08", "disclosure-log-page", [
    Q("P1.Q1", "college.teaching.headcount", R, fact="201"),
    Q("P1.Q2", "college.zero_hours", R, fact="14"),
    Q("P1.Q3", "college.dismissals", R, fact="1"),
    Q("P1.Q4", "college.gender_pay_gap", R, ["s21"])]),
L("D06", "history/ashcombe_FOI-2023-041_it-systems.pdf", "chromium_pdf", COLLEGE,
  "FOI 2023-041", "2023-04-25", "2023-03-28", "you-asked-our-response", [
    Q("P1.Q1", "college.ict.mis", R, fact="Unitrak Student Systems"),
    Q("P1.Q2", "college.ict.vle", R, fact="Moodle"),
    Q("P1.Q3", "college.ict.mis_renewal", R, fact="31 July 2025"),
    Q("P1.Q4", "college.ict.ms_spend", R, fact="£48,200"),
    Q("P1.Q5", "college.ict.contact", R, fact="Siân Morgan"),
    Q("P1.Q6", "college.ict.firewall", W, S31A),
    Q("P1.Q7", "college.ict.backup", W, S31A)]),
L("D07", "history/ashcombe_FOI-2023-118_cyber-incident.pdf", "lo_gs_pdf", COLLEGE,
  "FOI 2023-118", "2023-11-14", "2023-10-17", "request-answer", [
    Q("P1.Q1", "college.cyber.ransomware", R, fact="Yes"),
    Q("P1.Q2", "college.cyber.ransom_paid", N, ["s31(3)"]),
    Q("P1.Q3", "college.cyber.recovery_cost", NH),
    Q("P1.Q4", "college.cyber.ico_reported", R, fact="Yes")]),
L("D08", "history/ashcombe_FOI-2024-012_staffing.pdf", "lo_pdf", COLLEGE,
  "FOI 2024-012", "2024-02-27", "2024-01-30", "interleaved-q-a", [
    Q("P1.Q1", "college.teaching.headcount", R, fact="204"),
    Q("P1.Q2", "college.zero_hours", R, fact="11"),
    Q("P1.Q3", "college.dismissals", R, fact="3"),
    Q("P1.Q4", "college.gender_pay_gap", R, ["s21"]),
    Q("P1.Q5", "college.agency.spend", R, fact="£212,400")]),
# college drafts
L("DD1", "drafts/ashcombe_FOI-2025-038_it-systems_DRAFT.docx", "docx", COLLEGE,
  "FOI 2025-038", "2025-05-20", "2025-04-22", "interleaved-list", [
    Q("P1.Q1", "college.ict.mis", R, fact="Unitrak Student Systems"),
    Q("P1.Q2", "college.ict.vle", R, fact="Moodle"),
    Q("P1.Q3", "college.ict.mis_renewal", R, fact="31 July 2025"),
    Q("P1.Q4", "college.ict.ms_spend", W, S43),
    Q("P1.Q5", "college.ict.contact", PR, S40, fact="Head of Digital Services"),
    Q("P1.Q6", "college.ict.firewall", W, S31A),
    Q("P1.Q7", "college.ict.backup", R, fact="Veridata Cloud Backup"),
    Q("P1.Q8", "college.cyber.insurance", R, fact="Yes")]),
L("DD2", "drafts/ashcombe_FOI-2026-009_staffing_DRAFT.pdf", "chromium_gs_pdf", COLLEGE,
  "FOI 2026-009", "2026-02-10", "2026-01-13", "interleaved-q-a", [
    Q("P1.Q1", "college.teaching.headcount", R, fact="198"),
    Q("P1.Q2", "college.zero_hours", R, fact="11"),
    Q("P1.Q3", "college.dismissals", W, S40),
    Q("P1.Q4", "college.gender_pay_gap", R, ["s21"]),
    Q("P1.Q5", "college.agency.spend", NH)]),
]

# Drafts planted as consistent repeats (checked against the derived findings).
CONSISTENT = {"DB3"}

DESCRIPTION = ("Set AO: a Welsh county borough council (Cwm Tawel), a southern "
               "English police force (Downland Constabulary), a community health "
               "NHS trust (Brackenridge) and an FE college (Ashcombe Vale); 40 "
               "history letters 2017-2025 and 11 drafts 2025-2026 in PDF "
               "(LibreOffice, Chromium, Ghostscript), DOCX, HTML, TXT and MD. "
               "Round-robin families (contact-centre/inbound network contracts, "
               "CCTV, body-worn video look-alike, drones, fleet, cyber, staffing, "
               "agency spend, residual waste) with renumbering, parts split and "
               "merged, and look-alikes; one EIR draft where FOIA was used before; "
               "one bare incoming request; one consistent repeat; one draft "
               "checked as of an earlier date.")

# ------------------------------------------------------------------ rules
FAMILY = [  # (regex on normalised exemption, family) - equivalents across regimes
    (r"^s43|^reg12\(5\)\(e\)|^foisa:s33", "commercial"),
    (r"^s40|^reg13|^foisa:s38", "personal"),
    (r"^s31\(1\)|^s31\(2\)|^reg12\(5\)\(b\)|^foisa:s35", "law_enforcement"),
    (r"^s24\(1\)|^reg12\(5\)\(a\)|^foisa:s31", "national_security"),
    (r"^s36|^reg12\(4\)\(e\)|^foisa:s30", "public_affairs"),
    (r"^s21|^reg6\(1\)\(b\)|^foisa:s25", "accessible"),
    (r"^s22|^reg12\(4\)\(d\)|^foisa:s27", "future_publication"),
    (r"^s12|^reg12\(4\)\(b\)|^foisa:s12", "cost"),
    (r"^s14|^foisa:s14", "vexatious"),
    (r"^reg12\(4\)\(a\)|^foisa:s17", "not_held"),
    (r"^s24\(2\)|^s31\(3\)|^s40\(5|^s23\(5\)|^s30\(3\)|^s38\(2\)|^s43\(3\)|^reg12\(6\)|^foisa:s18", "ncnd"),
]


def family(ex):
    for rx, fam in FAMILY:
        if re.search(rx, ex):
            return fam
    m = re.match(r"^(foisa:)?s(\d+)", ex)
    return m.group(0) if m else ex


HELD = {R, PR, W}


def finding_kind(prev, cur):
    """CONTRACT.md table: (kind, severity) or None.  prev/cur are question dicts."""
    p, c = prev["stance"], cur["stance"]
    if U in (p, c) or p == c == N:
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
        if {family(e) for e in prev["exemptions"]} != {family(e) for e in cur["exemptions"]}:
            return ("exemption_changed", "medium")
        return None
    if p in HELD and c == NH:
        return ("held_status_changed", "high")
    if p == NH and c in HELD:
        return ("held_status_changed", "medium")
    if p == R and c == R:
        if prev["fact"] is not None and cur["fact"] is not None and \
                norm_fact(prev["fact"]) != norm_fact(cur["fact"]):
            return ("answer_changed", "low")
    return None


def norm_fact(f):
    return re.sub(r"[^a-z0-9£%.;]+", " ", f.lower()).strip()


def derive():
    hist = [l for l in LETTERS if l["file"].startswith("history/")]
    drafts = [l for l in LETTERS if l["file"].startswith("drafts/")]
    out = {}
    for d in drafts:
        cutoff = d["as_of"] or d["date"]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        matches, findings = {}, []
        for q in d["questions"]:
            ms = []
            for h in hist:
                if h["authority"] != d["authority"] or not h["date"] < cutoff:
                    continue
                for hq in h["questions"]:
                    if hq["concept"] == q["concept"]:
                        ms.append((h["date"], h["reference"], hq))
            ms.sort(key=lambda t: t[0], reverse=True)
            matches[q["id"]] = ["%s %s" % (ref, hq["id"]) for _, ref, hq in ms]
            if ms and not d["bare"]:
                _, ref, prec = ms[0]
                k = finding_kind(prec, q)
                if k:
                    findings.append({"kind": k[0], "severity": k[1],
                                     "question_id": q["id"],
                                     "precedent": "%s %s" % (ref, prec["id"])})
        if d["key"] in CONSISTENT:
            assert not findings and not d["bare"], d["key"]
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        out[os.path.basename(d["file"])] = entry
    return out


# --------------------------------------------------------------- rendering
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode(errors="replace"))
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def lo_convert(src, fmt, outdir):
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src])


def render(letter, tmp):
    key, prod = letter["key"], letter["producer"]
    out = os.path.join(ROOT, letter["file"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    srcs = [f for f in os.listdir(SRC) if os.path.splitext(f)[0] == key]
    assert len(srcs) == 1, (key, srcs)
    src = os.path.join(SRC, srcs[0])
    letter["src"] = "gen/src/" + srcs[0]
    if prod in ("txt", "md", "html"):
        shutil.copyfile(src, out)
    elif prod in ("lo_pdf", "lo_gs_pdf"):
        lo_convert(src, "pdf:writer_pdf_Export", tmp)
        pdf = os.path.join(tmp, key + ".pdf")
        if prod == "lo_pdf":
            shutil.move(pdf, out)
        else:
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf])
    elif prod in ("chromium_pdf", "chromium_gs_pdf"):
        pdf = os.path.join(tmp, key + ".pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + src])
        if prod == "chromium_pdf":
            shutil.move(pdf, out)
        else:
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, pdf])
    elif prod == "docx":
        lo_convert(src, "docx:MS Word 2007 XML", tmp)
        shutil.move(os.path.join(tmp, key + ".docx"), out)
    else:
        raise SystemExit("unknown producer " + prod)


def extract_text(path):
    if path.endswith(".pdf"):
        return run(["pdftotext", "-layout", path, "-"]).stdout.decode()
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode()
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)
    with open(path, encoding="utf-8") as f:
        txt = f.read()
    if path.endswith(".html"):
        txt = re.sub(r"<[^>]+>", " ", txt)
        txt = txt.replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ")
    return txt


def check(letter):
    """Every stated fact and the reference must be in the rendered text."""
    path = os.path.join(ROOT, letter["file"])
    text = re.sub(r"\s+", " ", extract_text(path))
    problems = []
    if len(text) < 400:
        problems.append("too little text")
    if letter["reference"] not in text:
        problems.append("reference %r missing" % letter["reference"])
    for q in letter["questions"]:
        if q["fact"]:
            for part in q["fact"].split("; "):
                if part not in text:
                    problems.append("%s fact %r missing" % (q["id"], part))
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            if "<w:numPr>" not in z.read("word/document.xml").decode():
                problems.append("docx without automatic numbering")
    return problems


def main():
    os.chdir(ROOT)
    keys = [l["key"] for l in LETTERS]
    assert len(keys) == len(set(keys))
    for l in LETTERS:
        ids = [q["id"] for q in l["questions"]]
        assert len(ids) == len(set(ids)), l["key"]
        assert len({q["concept"] for q in l["questions"]}) == len(ids), l["key"]
        for q in l["questions"]:
            if q["stance"] == PR:
                assert q["exemptions"], (l["key"], q["id"])
            if q["stance"] in (W, N, RF):
                assert q["exemptions"], (l["key"], q["id"])
            if q["stance"] not in (R, PR):
                assert q["fact"] is None, (l["key"], q["id"])
    if "--no-render" not in sys.argv:
        for d in ("history", "drafts"):
            shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
        tmp = tempfile.mkdtemp(prefix="render-", dir=HERE)
        try:
            for l in LETTERS:  # one conversion at a time
                render(l, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    else:
        for l in LETTERS:
            l["src"] = "gen/src/" + [f for f in os.listdir(SRC)
                                     if os.path.splitext(f)[0] == l["key"]][0]
    bad = 0
    for l in LETTERS:
        for p in check(l):
            bad += 1
            print("CHECK %s %s: %s" % (l["key"], l["file"], p))
    truth = {"letters": [{k: l[k] for k in ("file", "src", "producer", "authority",
                                             "reference", "date", "received", "regime",
                                             "layout", "as_of", "bare", "questions")}
                         for l in LETTERS]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    expect = {"description": DESCRIPTION, "drafts": derive()}
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    nh = sum(l["file"].startswith("history/") for l in LETTERS)
    nd = len(LETTERS) - nh
    nm = sum(len(v) for e in expect["drafts"].values() for v in e["matches"].values())
    kinds = {}
    for e in expect["drafts"].values():
        for fi in e["findings"]:
            kinds[fi["kind"]] = kinds.get(fi["kind"], 0) + 1
    print("history %d, drafts %d, matches %d, findings %d %s, check problems %d"
          % (nh, nd, nm, sum(kinds.values()), json.dumps(kinds, sort_keys=True), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
