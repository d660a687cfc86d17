#!/usr/bin/env python3
"""Test set AU: invented UK authorities, 40 history letters, 11 drafts.

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
A = "Netherfordshire County Council"
B = "Causeway and Glens Health and Social Care Trust"
C = "Ardlochan Council"
D = "Road Haulage Compliance Agency"

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

F33 = ["foisa:s33(1)(b)"]
F35 = ["foisa:s35(1)(a)"]
F38 = ["foisa:s38(1)(b)"]
F30C = ["foisa:s30(c)"]
F25 = ["foisa:s25(1)"]
F12 = ["foisa:s12(1)"]
S43 = ["s43(2)"]
S40 = ["s40(2)"]
S21 = ["s21(1)"]
S31A = ["s31(1)(a)"]
S12_1 = ["s12(1)"]
S12_2 = ["s12(2)"]
S31_3 = ["s31(3)"]
NCND2 = ["s24(2)", "s31(3)"]
S24_31 = ["s24(1)", "s31(1)(a)"]
S24 = ["s24(1)"]
S36C = ["s36(2)(c)"]
R12_5E = ["reg12(5)(e)"]
R12_4B = ["reg12(4)(b)"]
R6 = ["reg6(1)(b)"]

H, DR = "history", "draft"

LETTERS = [
    # ================= A: Netherfordshire County Council (FOIA / EIR) =================
    L(H, "history/FOI 17-0412 Response.pdf", "a01.html", "lo_pdf", A, "FOI/17/0412",
      "2017-05-18", "2017-04-24", "foia", "restated request in two parts, then numbered answers per part",
      [Q("P1.Q1", "A.cc.sup", R, fact="Telvanta Ltd"), Q("P1.Q2", "A.cc.spend", R, fact="£84,200"),
       Q("P1.Q3", "A.cc.exp", R), Q("P1.Q4", "A.cc.rev", R), Q("P1.Q5", "A.cc.desc", R),
       Q("P1.Q6", "A.cc.contact", R), Q("P1.Q7", "A.cc.agents", R, fact="62"),
       Q("P1.Q8", "A.cc.sites", R), Q("P1.Q9", "A.email", R),
       Q("P2.Q1", "A.net.sup", R, fact="Callspan Networks"), Q("P2.Q2", "A.net.spend", R, fact="£19,600"),
       Q("P2.Q3", "A.net.exp", R), Q("P2.Q4", "A.net.rev", R), Q("P2.Q5", "A.net.desc", R),
       Q("P2.Q6", "A.net.contact", R)]),
    L(H, "history/EIR 18-0077 potholes response.pdf", "a02.html", "lo_pdf_gs", A, "EIR/18/0077",
      "2018-02-20", "2018-01-29", "eir", "interleaved Q1/A1",
      [Q("P1.Q1", "A.ph.reported", R, fact="14,212"), Q("P1.Q2", "A.ph.claims", R, fact="388"),
       Q("P1.Q3", "A.ph.paid", R, fact="£61,340"), Q("P1.Q4", "A.ph.locations", NH)]),
    L(H, "history/FOI-18-0951 CCTV.docx", "a03.html", "docx", A, "FOI/18/0951",
      "2018-10-30", "2018-10-02", "foia", "two-column table in a Word document",
      [Q("P1.Q1", "A.cctv.count", R, fact="214"), Q("P1.Q2", "A.cctv.sup", R, fact="Vistacam Systems"),
       Q("P1.Q3", "A.cctv.monitor", R), Q("P1.Q4", "A.cctv.cost", R, fact="£96,000"),
       Q("P1.Q5", "A.cctv.locations", R, S21)]),
    L(H, "history/FOI_19_0388_agency_staff.txt", "a04.txt", "copy", A, "FOI/19/0388",
      "2019-04-25", "2019-03-28", "foia", "plain-text email, cost refusal of the whole request with arithmetic",
      [Q("P1.Q1", "A.ag.spend", RF, S12_1), Q("P1.Q2", "A.ag.agencies", RF, S12_1),
       Q("P1.Q3", "A.ag.roles", RF, S12_1)]),
    L(H, "history/FOI 20-0163 Final Response.pdf", "a05.html", "lo_pdf", A, "FOI/20/0163",
      "2020-02-11", "2020-01-15", "foia", "decision paragraph naming exempt questions by part, then answers for the rest",
      [Q("P1.Q1", "A.cc.sup", R, fact="Telvanta Ltd"), Q("P1.Q2", "A.cc.spend", W, S43),
       Q("P1.Q3", "A.cc.dur", R), Q("P1.Q4", "A.cc.exp", R), Q("P1.Q5", "A.cc.rev", R),
       Q("P1.Q6", "A.cc.desc", R), Q("P1.Q7", "A.cc.contact", PR, S40),
       Q("P1.Q8", "A.cc.agents", R, fact="58"), Q("P1.Q9", "A.cc.sites", R), Q("P1.Q10", "A.email", R),
       Q("P2.Q1", "A.net.sup", R, fact="Callspan Networks"), Q("P2.Q2", "A.net.spend", W, S43),
       Q("P2.Q3", "A.net.exp", R), Q("P2.Q4", "A.net.rev", R), Q("P2.Q5", "A.net.desc", R),
       Q("P2.Q6", "A.net.contact", PR, S40)]),
    L(H, "history/Disclosure log - NCC-FOI-2022-00544.pdf", "a06.html", "chromium_pdf", A, "NCC-FOI-2022-00544",
      "2022-05-24", "2022-04-26", "foia", "disclosure-log web page, numbered request then Response: paragraphs",
      [Q("P1.Q1", "A.hw.contractor", R, fact="Marlow Highways Ltd"), Q("P1.Q2", "A.hw.value", W, S43),
       Q("P1.Q3", "A.hw.term", R), Q("P1.Q4", "A.hw.kpi", R, S21)]),
    L(H, "history/NCC-EIR-2022-01312 Response (waste).pdf", "a08.html", "lo_pdf", A, "NCC-EIR-2022-01312",
      "2022-11-15", "2022-10-18", "eir", "You asked / Our response",
      [Q("P1.Q1", "A.waste.contractor", R, fact="Greystone Resource Management"),
       Q("P1.Q2", "A.waste.landfill", R), Q("P1.Q3", "A.waste.value", W, R12_5E),
       Q("P1.Q4", "A.waste.recycling", R, R6), Q("P1.Q5", "A.waste.efw", R, fact="none")]),
    L(H, "history/IR NCC-IR-2023-0031 outcome.pdf", "a09.html", "lo_pdf", A, "NCC-IR-2023-0031",
      "2023-02-21", "2022-11-29", "foia", "internal review: original decision and review outcome, changes in bold",
      [Q("P1.Q1", "A.cctv.count", R, fact="187"), Q("P1.Q2", "A.cctv.sup", R, fact="Vistacam Systems"),
       Q("P1.Q3", "A.cctv.locations", W, S31A), Q("P1.Q4", "A.cctv.cost", R),
       Q("P1.Q5", "A.cctv.frt", R)]),
    L(H, "history/NCC-FOI-2024-00298 response.pdf", "a10.html", "lo_pdf_gs", A, "NCC-FOI-2024-00298",
      "2024-03-07", "2024-02-08", "foia", "two-column table; the two parts merged into one numbered list",
      [Q("P1.Q1", "A.cc.sup", R, fact="Telvanta Ltd"), Q("P1.Q2", "A.cc.spend", R, fact="£96,450"),
       Q("P1.Q3", "A.cc.dur", R, fact="five years with an option to extend by two"),
       Q("P1.Q4", "A.cc.exp", R, fact="31 March 2026"), Q("P1.Q5", "A.cc.rev", R),
       Q("P1.Q6", "A.cc.desc", R), Q("P1.Q7", "A.cc.contact", R, fact="Head of Customer Contact"),
       Q("P1.Q8", "A.cc.agents", R, fact="71"), Q("P1.Q9", "A.email", R, fact="Microsoft Exchange Online"),
       Q("P1.Q10", "A.net.sup", R, fact="Callspan Networks"), Q("P1.Q11", "A.net.spend", W, S43),
       Q("P1.Q12", "A.net.exp", R, fact="30 September 2025"), Q("P1.Q13", "A.net.contact", R, fact="Telecoms Manager")]),
    L(H, "history/NCC-EIR-2024-00661 Response.docx", "a11.html", "docx", A, "NCC-EIR-2024-00661",
      "2024-05-28", "2024-04-30", "eir", "restated request as automatic numbered list, answers keyed 'In answer to point N'",
      [Q("P1.Q1", "A.ph.reported", R, fact="19,882"), Q("P1.Q2", "A.ph.claims", R, fact="402"),
       Q("P1.Q3", "A.ph.paid", R, fact="£48,915"), Q("P1.Q4", "A.ph.locations", NH),
       Q("P1.Q5", "A.ph.repair", R)]),
    # drafts
    L(DR, "drafts/DRAFT NCC-FOI-2025-00412 response v2.docx", "ad1.html", "docx", A, "NCC-FOI-2025-00412",
      "2025-04-02", "2025-03-05", "foia", "Word draft, parts with automatic numbering restarting, answers inline",
      [Q("P1.Q1", "A.cc.sup", R, fact="Telvanta Ltd"), Q("P1.Q2", "A.cc.spend", W, S43),
       Q("P1.Q3", "A.cc.dur", R, fact="five years with an option to extend by two"),
       Q("P1.Q4", "A.cc.exp", R, fact="31 March 2026"), Q("P1.Q5", "A.cc.desc", R),
       Q("P1.Q6", "A.cc.contact", PR, S40), Q("P1.Q7", "A.cc.agents", R, fact="64"),
       Q("P1.Q8", "A.cc.market", R), Q("P1.Q9", "A.email", R, fact="Microsoft Exchange Online"),
       Q("P2.Q1", "A.net.sup", R, fact="Callspan Networks"), Q("P2.Q2", "A.net.spend", W, S43),
       Q("P2.Q3", "A.net.exp", R, fact="30 September 2025"), Q("P2.Q4", "A.net.contact", R, fact="Telecoms Manager")]),
    L(DR, "drafts/NCC-EIR-2025-00977 draft.pdf", "ad2.html", "lo_pdf", A, "NCC-EIR-2025-00977",
      "2025-06-19", "2025-05-22", "eir", "REQUEST / RESPONSE blocks",
      [Q("P1.Q1", "A.ph.reported", R, fact="21,406"), Q("P1.Q2", "A.ph.paid", NH),
       Q("P1.Q3", "A.ph.locations", RF, R12_4B), Q("P1.Q4", "A.hw.value", W, R12_5E),
       Q("P1.Q5", "A.hw.contractor", R, fact="Marlow Highways Ltd")]),
    L(DR, "drafts/NCC-FOI-2025-01544 request.txt", "ad3.txt", "copy", A, "NCC-FOI-2025-01544",
      "2025-10-14", "2025-10-14", "foia", "bare incoming request email, questions bulleted",
      [Q("P1.Q1", "A.cctv.count", U), Q("P1.Q2", "A.cctv.sup", U), Q("P1.Q3", "A.cctv.locations", U),
       Q("P1.Q4", "A.cctv.frt", U), Q("P1.Q5", "A.cctv.anpr", U), Q("P1.Q6", "A.cctv.cost", U)],
      bare=True),

    # ================= B: Causeway and Glens HSC Trust (FOIA, NI) =================
    L(H, "history/FOI 0388-17 response.pdf", "b01.html", "lo_pdf", B, "FOI 0388/17",
      "2017-09-12", "2017-08-15", "foia", "restated request then numbered responses",
      [Q("P1.Q1", "B.epr.sup", R, fact="Meditrak Systems"), Q("P1.Q2", "B.epr.value", W, S43),
       Q("P1.Q3", "B.tel.sup", R), Q("P1.Q4", "B.tel.exp", R)]),
    L(H, "history/FOI 0219-18 Agency Locum.pdf", "b02.html", "lo_pdf_gs", B, "FOI 0219/18",
      "2018-06-07", "2018-05-10", "foia", "interleaved Request N / Answer",
      [Q("P1.Q1", "B.ag.spend", R), Q("P1.Q2", "B.ag.top", R), Q("P1.Q3", "B.ag.rate", R, fact="£125 per hour"),
       Q("P1.Q4", "B.ag.names", W, S40)]),
    L(H, "history/FOI 0154-19 cyber.docx", "b03.html", "docx", B, "FOI 0154/19",
      "2019-03-19", "2019-02-20", "foia", "Word letter, questions as automatic numbered list, answers after",
      [Q("P1.Q1", "B.cy.attacks", R, fact="nil"), Q("P1.Q2", "B.cy.ransom", R, fact="No"),
       Q("P1.Q3", "B.cy.budget", W, S31A), Q("P1.Q4", "B.cy.training", R)]),
    L(H, "history/FOI 0611-19 software licences.txt", "b04.txt", "copy", B, "FOI 0611/19",
      "2019-10-22", "2019-09-24", "foia", "plain text; s12(2) cost refusal that says neither confirm nor deny",
      [Q("P1.Q1", "B.sw.offcontract", RF, S12_2), Q("P1.Q2", "B.sw.spend", RF, S12_2),
       Q("P1.Q3", "B.sw.unused", RF, S12_2)]),
    L(H, "history/FOI 0702-20 scanned response.pdf", "b05.html", "ocr_scan", B, "FOI 0702/20",
      "2020-11-17", "2020-10-20", "foia", "scanned and OCR'd letter, numbered answers",
      [Q("P1.Q1", "B.epr.sup", R, fact="Meditrak Systems"), Q("P1.Q2", "B.epr.value", W, S43),
       Q("P1.Q3", "B.tel.sup", R), Q("P1.Q4", "B.tel.exp", R), Q("P1.Q5", "B.ict.cloud", R)]),
    L(H, "history/CGT-FOI-21-0233 Response.pdf", "b06.html", "lo_pdf", B, "CGT-FOI-21-0233",
      "2021-05-11", "2021-04-13", "foia", "You asked / Our response",
      [Q("P1.Q1", "B.ag.spend", R), Q("P1.Q2", "B.ag.top", R), Q("P1.Q3", "B.ag.rate", W, S43),
       Q("P1.Q4", "B.ag.nurses", NH)]),
    L(H, "history/Disclosure Log CGT-FOI-22-0517 Car Parking.pdf", "b07.html", "chromium_pdf", B, "CGT-FOI-22-0517",
      "2022-08-30", "2022-08-02", "foia", "disclosure-log web page, Q/A",
      [Q("P1.Q1", "B.park.income", R), Q("P1.Q2", "B.park.staff", R), Q("P1.Q3", "B.park.operator", R),
       Q("P1.Q4", "B.park.pcn", R, fact="0")]),
    L(H, "history/CGT-FOI-23-0390 Cyber Security.pdf", "b08.html", "lo_pdf", B, "CGT-FOI-23-0390",
      "2023-06-27", "2023-05-30", "foia", "decision paragraph, then answers to the rest; NCND on ransom",
      [Q("P1.Q1", "B.cy.attacks", R, fact="4"), Q("P1.Q2", "B.cy.ransom", N, S31_3),
       Q("P1.Q3", "B.cy.budget", W, S31A), Q("P1.Q4", "B.cy.soc", W, S31A),
       Q("P1.Q5", "B.cy.insurance", R)]),
    L(H, "history/CGT-FOI-23-0788 Body Worn Cameras.pdf", "b09.html", "lo_pdf", B, "CGT-FOI-23-0788",
      "2023-11-21", "2023-10-24", "foia", "two-column table",
      [Q("P1.Q1", "B.bwv.use", R), Q("P1.Q2", "B.bwv.count", NH),
       Q("P1.Q3", "B.bwv.sup", R, fact="Redline Bodycam Ltd"), Q("P1.Q4", "B.bwv.cost", R, fact="£23,870"),
       Q("P1.Q5", "B.bwv.policy", R), Q("P1.Q6", "B.viol.count", R, fact="212")]),
    L(H, "history/CGT-IR-24-0093 Internal Review Outcome.pdf", "b10.html", "lo_pdf", B, "CGT-IR-24-0093",
      "2024-09-17", "2024-06-20", "foia", "internal review overturning part of the original decision",
      [Q("P1.Q1", "B.ag.spend", R, fact="£11,384,226"), Q("P1.Q2", "B.ag.top", R, fact="Thornfield Medical Staffing"),
       Q("P1.Q3", "B.ag.rate", W, S43), Q("P1.Q4", "B.ag.names", W, S40), Q("P1.Q5", "B.ag.nurses", NH)]),
    # drafts
    L(DR, "drafts/CGT-FOI-25-0301 DRAFT cyber.docx", "bd1.html", "docx", B, "CGT-FOI-25-0301",
      "2025-04-15", "2025-03-18", "foia", "Word draft, Q/A with automatic numbering",
      [Q("P1.Q1", "B.cy.attacks", N, NCND2), Q("P1.Q2", "B.cy.ransom", W, S31A),
       Q("P1.Q3", "B.cy.budget", W, S24), Q("P1.Q4", "B.cy.soc", R, fact="Sentrawave Security Ltd"),
       Q("P1.Q5", "B.cy.insurance", R)]),
    L(DR, "drafts/CGT-FOI-25-0842 draft response.pdf", "bd2.html", "lo_pdf", B, "CGT-FOI-25-0842",
      "2025-09-23", "2025-08-26", "foia", "repeat request by the same requester, answered as before",
      [Q("P1.Q1", "B.ag.spend", R, fact="£11,384,226"), Q("P1.Q2", "B.ag.top", R, fact="Thornfield Medical Staffing"),
       Q("P1.Q3", "B.ag.rate", W, S43), Q("P1.Q4", "B.ag.names", W, S40), Q("P1.Q5", "B.ag.nurses", NH)],
      consistent=True),
    L(DR, "drafts/CGT-FOI-26-0047 draft.pdf", "bd3.html", "lo_pdf", B, "CGT-FOI-26-0047",
      "2026-01-20", "2025-12-19", "foia", "numbered answers keyed back, grouped answer for 1 and 2",
      [Q("P1.Q1", "B.bwv.use", R), Q("P1.Q2", "B.bwv.count", R, fact="46"),
       Q("P1.Q3", "B.bwv.sup", R, fact="Redline Bodycam Ltd"), Q("P1.Q4", "B.bwv.cost", W, S43),
       Q("P1.Q5", "B.bwv.policy", R, S21), Q("P1.Q6", "B.bwv.activations", NH)]),

    # ================= C: Ardlochan Council (FOISA / EISR) =================
    L(H, "history/FOI 17-0456 response letter.pdf", "c01.html", "lo_pdf", C, "17/0456",
      "2017-08-22", "2017-07-25", "foisa", "restated request then numbered answers",
      [Q("P1.Q1", "C.tel.sup", R, fact="Kelvinside Telecom"), Q("P1.Q2", "C.tel.spend", R, fact="£142,000"),
       Q("P1.Q3", "C.tel.exp", R), Q("P1.Q4", "C.tel.contact", R), Q("P1.Q5", "C.cc.detail", R),
       Q("P1.Q6", "C.mfd", R, fact="Canonbury Print Solutions")]),
    L(H, "history/foi-18-0311-agency-workers.html", "c02.html", "copy", C, "18/0311",
      "2018-05-15", "2018-04-17", "foisa", "disclosure-log HTML page with navigation and cookie banner, interleaved",
      [Q("P1.Q1", "C.ag.spend", R), Q("P1.Q2", "C.ag.social", R), Q("P1.Q3", "C.ag.top", R)]),
    L(H, "history/FOI 19-0274 CCTV response.pdf", "c03.html", "lo_pdf", C, "19/0274",
      "2019-04-09", "2019-03-12", "foisa", "two-column table",
      [Q("P1.Q1", "C.cctv.count", R, fact="118"), Q("P1.Q2", "C.cctv.monitor", R), Q("P1.Q3", "C.cctv.frt", R),
       Q("P1.Q4", "C.cctv.locations", W, F35), Q("P1.Q5", "C.cctv.cost", R)]),
    L(H, "history/FOI 19-0990 consultancy.txt", "c04.txt", "copy", C, "19/0990",
      "2019-12-03", "2019-11-05", "foisa", "plain text, FOISA s12 cost refusal of the whole request",
      [Q("P1.Q1", "C.cons.spend", RF, F12), Q("P1.Q2", "C.cons.firms", RF, F12),
       Q("P1.Q3", "C.cons.projects", RF, F12)]),
    L(H, "history/EIR 20-0142 waste response.pdf", "c05.html", "lo_pdf_gs", C, "EIR/20/0142",
      "2020-09-08", "2020-08-11", "eir", "You asked / Our response, EISR",
      [Q("P1.Q1", "C.waste.contractor", R), Q("P1.Q2", "C.waste.tonnage", R), Q("P1.Q3", "C.waste.fly", R),
       Q("P1.Q4", "C.waste.missed", NH)]),
    L(H, "history/ARD-FOI-2021-0218 Response.pdf", "c06.html", "lo_pdf", C, "ARD-FOI-2021-0218",
      "2021-03-16", "2021-02-16", "foisa", "decision paragraph naming exempt questions, then answers",
      [Q("P1.Q1", "C.tel.sup", R, fact="Kelvinside Telecom"), Q("P1.Q2", "C.tel.spend", W, F33),
       Q("P1.Q3", "C.tel.exp", R, fact="31 October 2025"), Q("P1.Q4", "C.tel.contact", PR, F38),
       Q("P1.Q5", "C.cc.detail", R), Q("P1.Q6", "C.mfd", W, F33)]),
    L(H, "history/Disclosure log ARD-FOI-2022-0744.pdf", "c07.html", "chromium_pdf", C, "ARD-FOI-2022-0744",
      "2022-06-21", "2022-05-24", "foisa", "disclosure-log web page, Request/Response pairs",
      [Q("P1.Q1", "C.cctv.count", R, fact="131"), Q("P1.Q2", "C.cctv.monitor", R),
       Q("P1.Q3", "C.cctv.locations", W, F35), Q("P1.Q4", "C.cctv.cost", R, fact="£212,400"),
       Q("P1.Q5", "C.cctv.staff", R, fact="9")]),
    L(H, "history/ARD-EIR-2023-0390 roads.docx", "c08.html", "docx", C, "ARD-EIR-2023-0390",
      "2023-04-18", "2023-03-21", "eir", "Word letter, automatic numbered list of questions, answers by number",
      [Q("P1.Q1", "C.rd.potholes", R), Q("P1.Q2", "C.rd.claims.paid", NH), Q("P1.Q3", "C.rd.claims.count", R)]),
    L(H, "history/ARD-IR-2024-0012 review outcome.pdf", "c09.html", "lo_pdf", C, "ARD-IR-2024-0012",
      "2024-02-13", "2023-11-28", "foisa", "review outcome letter; original decision overturned in part",
      [Q("P1.Q1", "C.cctv.count", R, fact="126"), Q("P1.Q2", "C.cctv.locations", R),
       Q("P1.Q3", "C.cctv.cost", NH), Q("P1.Q4", "C.cctv.staff", W, F35), Q("P1.Q5", "C.cctv.monitor", R)]),
    L(H, "history/ARD-FOI-2024-1120 Response.pdf", "c10.html", "lo_pdf", C, "ARD-FOI-2024-1120",
      "2024-10-29", "2024-10-01", "foisa", "numbered answers after restated request, questions numbered as words",
      [Q("P1.Q1", "C.rd.potholes", R, fact="5,870"), Q("P1.Q2", "C.rd.claims.paid", NH),
       Q("P1.Q3", "C.rd.manual", R, F25), Q("P1.Q4", "C.rd.inspections", R)]),
    # drafts
    L(DR, "drafts/ARD-FOI-2025-0561 draft response.pdf", "cd1.html", "lo_pdf", C, "ARD-FOI-2025-0561",
      "2025-05-21", "2025-04-23", "foisa", "decision paragraph, one question inserted (renumbering)",
      [Q("P1.Q1", "C.tel.sup", R, fact="Kelvinside Telecom"), Q("P1.Q2", "C.tel.spend", W, F30C),
       Q("P1.Q3", "C.tel.lines", R), Q("P1.Q4", "C.tel.exp", R, fact="31 October 2025"),
       Q("P1.Q5", "C.tel.contact", PR, F38), Q("P1.Q6", "C.cc.detail", PR, F33),
       Q("P1.Q7", "C.mfd", R, fact="Canonbury Print Solutions")]),
    L(DR, "drafts/ARD-FOI-2022-1930 fresh response DRAFT.docx", "cd2.html", "docx", C, "ARD-FOI-2022-1930",
      "2025-07-10", "2022-12-06", "foisa", "fresh response after a Commissioner decision; position as at the original request",
      [Q("P1.Q1", "C.cctv.count", R, fact="131"), Q("P1.Q2", "C.cctv.locations", W, F35),
       Q("P1.Q3", "C.cctv.cost", NH), Q("P1.Q4", "C.cctv.staff", W, F35), Q("P1.Q5", "C.cctv.internal", NH)],
      as_of="2023-01-01"),
    L(DR, "drafts/ARD-FOI-2026-0133 draft.pdf", "cd3.html", "lo_pdf", C, "ARD-FOI-2026-0133",
      "2026-02-12", "2026-01-15", "foisa", "You asked / Our response; one question refused on cost",
      [Q("P1.Q1", "C.rd.potholes", R, fact="6,412"), Q("P1.Q2", "C.rd.claims.paid", R, fact="£38,120"),
       Q("P1.Q3", "C.rd.manual", R, F25), Q("P1.Q4", "C.rd.inspections", RF, F12)]),

    # ================= D: Road Haulage Compliance Agency (FOIA, central government) =================
    L(H, "history/FOI2017-04418 Response.pdf", "d01.html", "lo_pdf", D, "FOI2017/04418",
      "2017-11-07", "2017-10-10", "foia", "restated request then numbered answers",
      [Q("P1.Q1", "D.anpr.count", R, fact="22"), Q("P1.Q2", "D.anpr.locations", W, S31A),
       Q("P1.Q3", "D.anpr.sup", R, fact="Optivance Traffic Systems"), Q("P1.Q4", "D.anpr.retention", R, fact="90 days")]),
    L(H, "history/FOI2018-02231 fleet.pdf", "d02.html", "lo_pdf", D, "FOI2018/02231",
      "2018-07-17", "2018-06-19", "foia", "interleaved Q/A with 'nil' answer",
      [Q("P1.Q1", "D.fleet.count", R), Q("P1.Q2", "D.fleet.lease", R), Q("P1.Q3", "D.fleet.ev", R, fact="nil")]),
    L(H, "history/FOI2019-03307 Body Worn Video.pdf", "d03.html", "lo_pdf_gs", D, "FOI2019/03307",
      "2019-06-25", "2019-05-28", "foia", "You asked / Our response",
      [Q("P1.Q1", "D.bwv.count", R, fact="140"), Q("P1.Q2", "D.bwv.sup", W, S43),
       Q("P1.Q3", "D.bwv.storage", R, fact="£12,050"), Q("P1.Q4", "D.bwv.assaults", NH),
       Q("P1.Q5", "D.bwv.sop", W, S31A)]),
    L(H, "history/foi2020-00912-cyber-incidents.html", "d04.html", "copy", D, "FOI2020/00912",
      "2020-03-10", "2020-02-11", "foia", "disclosure-log HTML page; NCND on cyber attacks",
      [Q("P1.Q1", "D.cy.attacks", N, NCND2), Q("P1.Q2", "D.cy.ransom", N, NCND2), Q("P1.Q3", "D.cy.training", R)]),
    L(H, "history/F-21-0046 ANPR response.pdf", "d05.html", "lo_pdf", D, "F-21-0046",
      "2021-01-19", "2020-12-15", "foia", "decision paragraph naming questions, NCND and s31, then answers",
      [Q("P1.Q1", "D.anpr.count", N, NCND2), Q("P1.Q2", "D.anpr.locations", W, S31A),
       Q("P1.Q3", "D.anpr.sup", R, fact="Optivance Traffic Systems"), Q("P1.Q4", "D.anpr.retention", R, fact="90 days"),
       Q("P1.Q5", "D.anpr.nanpr", R)]),
    L(H, "history/F-21-0871 scan.pdf", "d06.html", "ocr_scan", D, "F-21-0871",
      "2021-10-12", "2021-09-14", "foia", "scanned and OCR'd letter, two-column table",
      [Q("P1.Q1", "D.bwv.count", R, fact="152"), Q("P1.Q2", "D.bwv.sup", W, S43),
       Q("P1.Q3", "D.bwv.storage", R, fact="£16,930"), Q("P1.Q4", "D.bwv.assaults", NH),
       Q("P1.Q5", "D.bwv.sop", W, S31A)]),
    L(H, "history/F-22-1190 consultancy.txt", "d07.txt", "copy", D, "F-22-1190",
      "2022-09-27", "2022-08-30", "foia", "plain text; s12 refusal (central government £600 / 24 hours)",
      [Q("P1.Q1", "D.cons.spend", RF, S12_1), Q("P1.Q2", "D.cons.firms", RF, S12_1),
       Q("P1.Q3", "D.cons.rates", RF, S12_1)]),
    L(H, "history/F-23-0547 ANPR disclosure log.pdf", "d08.html", "chromium_pdf_gs", D, "F-23-0547",
      "2023-05-16", "2023-04-18", "foia", "disclosure-log web page printed by Chromium and re-distilled; answers out of order",
      [Q("P1.Q1", "D.anpr.count", N, NCND2), Q("P1.Q2", "D.anpr.locations", W, S31A),
       Q("P1.Q3", "D.anpr.sup", R, fact="Optivance Traffic Systems"), Q("P1.Q4", "D.anpr.retention", R, fact="90 days"),
       Q("P1.Q5", "D.anpr.nanpr", R)]),
    L(H, "history/FOIR-24-0412 BWV response.pdf", "d09.html", "lo_pdf", D, "FOIR-24-0412",
      "2024-04-23", "2024-03-26", "foia", "interleaved, questions in prose (unnumbered), repeat requester",
      [Q("P1.Q1", "D.bwv.count", R, fact="168"), Q("P1.Q2", "D.bwv.sup", W, S43),
       Q("P1.Q3", "D.bwv.storage", R, fact="£18,400"), Q("P1.Q4", "D.bwv.assaults", NH),
       Q("P1.Q5", "D.bwv.sop", W, S31A)]),
    L(H, "history/FOIR-24-1307 Software licences.pdf", "d10.html", "chromium_pdf", D, "FOIR-24-1307",
      "2024-11-19", "2024-10-22", "foia", "disclosure-log web page, table of answers",
      [Q("P1.Q1", "D.sw.ms", R), Q("P1.Q2", "D.sw.spend", R), Q("P1.Q3", "D.sw.renewal", R)]),
    # drafts
    L(DR, "drafts/FOIR-25-0739 DRAFT ANPR.pdf", "dd1.html", "lo_pdf", D, "FOIR-25-0739",
      "2025-07-08", "2025-06-10", "foia", "numbered Q/A; one look-alike question",
      [Q("P1.Q1", "D.anpr.count", R, fact="38"), Q("P1.Q2", "D.anpr.locations", N, NCND2),
       Q("P1.Q3", "D.anpr.sup", W, S24_31), Q("P1.Q4", "D.anpr.retention", R, fact="12 months"),
       Q("P1.Q5", "D.anpr.nanpr", R), Q("P1.Q6", "D.wim.count", R)]),
    L(DR, "drafts/FOIR-25-1416 BWV draft v1.docx", "dd2.html", "docx", D, "FOIR-25-1416",
      "2025-12-03", "2025-11-05", "foia", "Word draft, repeat requester, interleaved",
      [Q("P1.Q1", "D.bwv.count", PR, S31A), Q("P1.Q2", "D.bwv.sup", R, fact="Halden Vision Ltd"),
       Q("P1.Q3", "D.bwv.storage", NH), Q("P1.Q4", "D.bwv.assaults", NH), Q("P1.Q5", "D.bwv.sop", W, S36C)]),
]

DESCRIPTION = ("Set AU: four invented authorities - Netherfordshire County Council (English shire county, "
               "FOIA and EIR), Causeway and Glens Health and Social Care Trust (Northern Ireland, FOIA), "
               "Ardlochan Council (Scottish council, FOISA and EISR) and the Road Haulage Compliance Agency "
               "(government executive agency, FOIA). 40 history letters 2017-2025 and 11 drafts 2025-2026: "
               "contact-centre/telephony round-robins (parts split and merged, the same sentence in two parts), "
               "potholes, CCTV, cyber, agency staff, body-worn video and ANPR; strong rewording, renumbering, "
               "internal reviews, cost refusals incl. an s12(2) 'neither confirm nor deny', NCND, s21/s25 "
               "signposting, OCR'd scans, Word automatic numbering; one bare request, one consistent repeat "
               "and one as-of draft (a fresh response to a 2022 request).")

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
