#!/usr/bin/env python3
"""Blind evaluation set P for a FOI consistency checker.

Holds the truth for every letter (authority, reference, date, and for every
question its concept, stance, exemptions and the fact a released answer states),
renders the letters into history/ and drafts/, and derives expect.json from the
truth by code.  Standard library only; PDFs and DOCX are produced by LibreOffice,
Chromium and Ghostscript.

    python3 make.py            # render everything and write expect.json
    python3 make.py --no-render  # only (re)write expect.json / truth.json
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from concepts import CON  # noqa: E402
import render as R  # noqa: E402

HIST = os.path.join(HERE, "history")
DRAFTS = os.path.join(HERE, "drafts")
BUILD = os.path.join(HERE, "build")

STANCE = {"R": "released", "P": "partially_released", "W": "withheld", "N": "ncnd",
          "NH": "not_held", "X": "refused", "U": "unknown"}

# ============================================================== authorities
AUTH = {
    "LBH": {
        "name": "London Borough of Harrowfield", "short": "the council", "Short": "The council",
        "head": ["London Borough of Harrowfield", "Legal and Governance - Information Governance Team",
                 "Harrowfield Civic Centre, Station Parade, London HF1 2AA",
                 "foi@harrowfield.gov.uk | www.harrowfield.gov.uk"],
        "sign": ["Information Governance Officer", "On behalf of the London Borough of Harrowfield"],
        "banner": None, "site": "Harrowfield Council",
        "crumbs": ["Home", "Your council", "Freedom of information", "Disclosure log"],
    },
    "WVP": {
        "name": "Wyvern Vale Police", "short": "the force", "Short": "The force",
        "head": ["WYVERN VALE POLICE", "Information Disclosure Unit", "Police Headquarters, Kingsmead Road",
                 "Wyvernbridge WV4 7QP"],
        "sign": ["Disclosure Officer", "Information Disclosure Unit", "Wyvern Vale Police"],
        "banner": "OFFICIAL", "site": "Wyvern Vale Police",
        "crumbs": ["Home", "About us", "Freedom of Information", "Previously released information"],
    },
    "NPT": {
        "name": "Northmoor Partnership NHS Foundation Trust", "short": "the trust", "Short": "The trust",
        "head": ["Northmoor Partnership NHS Foundation Trust",
                 "Mental health, learning disability and community services",
                 "Freedom of Information Office, Ashgrove House, Moorside Hospital, Northmoor NM2 5RD",
                 "Email: npt.foi@nhs.net"],
        "sign": ["Freedom of Information Lead", "Information Governance Department"],
        "banner": "Caring - Respectful - Together", "site": "Northmoor Partnership NHS Foundation Trust",
        "crumbs": ["Home", "About us", "Freedom of information", "FOI disclosure log"],
    },
    "HWF": {
        "name": "Hartland and Wolds Fire and Rescue Service", "short": "the service", "Short": "The service",
        "head": ["Hartland and Wolds Fire and Rescue Service", "Service Headquarters, Beacon Way, Hartland HW9 3LF",
                 "Information Governance"],
        "sign": ["Information Governance Manager", "Hartland and Wolds Fire and Rescue Service"],
        "banner": "Making Hartland and the Wolds safer", "site": "Hartland and Wolds Fire and Rescue Service",
        "crumbs": ["Home", "About us", "Transparency", "Freedom of Information", "Responses"],
    },
}


# ============================================================== truth model
class Q:
    def __init__(self, c, s="R", ex=(), f=None, t=None, tv=0, a=None, av=None, fv=None):
        self.c = (c,) if isinstance(c, str) else tuple(c)
        self.s = s
        self.ex = sorted(ex)
        self.f = f
        self.t = t if t is not None else CON[self.c[0]]["q"][tv]
        self.a = a
        self.av = av
        self.fv = fv

    def fact(self, concept):
        if isinstance(self.f, dict):
            return self.f[concept]
        return self.f


class Letter:
    def __init__(self, key, auth, ref, date, title, style, fmt, parts, regime="foia", recv=None,
                 df=0, pre=None, v=0, draft=False, bare=False, as_of=None, name=None, consistent=False,
                 reflabel=None):
        self.key, self.auth, self.ref, self.date, self.title = key, auth, ref, date, title
        self.style, self.fmt, self.regime, self.df, self.pre, self.v = style, fmt, regime, df, pre, v
        self.draft, self.bare, self.as_of, self.consistent = draft, bare, as_of, consistent
        self.reflabel = reflabel
        if parts and isinstance(parts[0], Q):
            parts = [(None, None, parts)]
        self.parts = parts
        if recv is None:
            d = dt.date.fromisoformat(date) - dt.timedelta(days=16 + R.h(ref) % 12)
            recv = d.isoformat()
        self.recv = recv
        self.name = name

    def questions(self):
        for pi, (hd, intro, qs) in enumerate(self.parts, 1):
            for qi, q in enumerate(qs, 1):
                yield "P%d.Q%d" % (pi, qi), pi, qi, q


def P(heading, intro, qs):
    return (heading, intro, qs)


# shared part-style sentences (the same sentence is asked in two parts about two things)
SUP = "Incumbent Supplier: for each contract, please state the name of the supplier."
EXP = "Contract Expiry: please state the date on which the contract expires."
SPEND = "Annual Average Spend: please state the average annual spend (over the last three years)."
CONT = ("Contact Details: please state the person within the organisation responsible for the "
        "contract, with their full name, job title, contact number and direct email address.")
VALUE = "Contract Value: please state the total value of the contract."
DUR = "Contract Duration: please state the length of the contract, including any extensions."
POST = "Contract Owner: which post within the service is responsible for the contract?"

SHARED = "Yes. The system is shared with Tyneholme Fire and Rescue Service under a joint control agreement."
MODULES = ("Clinical noting, e-prescribing and medicines administration, outpatient scheduling, "
           "bed management and Mental Health Act administration.")
DEMS_MAIL = "digital.evidence@wyvernvale.police.uk"

# ============================================================== history letters
H = []

# ---------------- London Borough of Harrowfield
H.append(Letter("lbh-2017-pk", "LBH", "HF/FOI/17/0412", "2017-06-14", "Parking enforcement contract",
    "interleaved", "txt", v=0, df=0,
    pre="I would like to know about the council's parking enforcement arrangements. Please answer the following.",
    parts=[
        Q(("pk.contractor", "pk.expiry"), t="Who holds the council's parking enforcement contract and when does it expire?",
          f={"pk.contractor": "Kerbline Enforcement Ltd", "pk.expiry": "2021-03-31"},
          a="The contract is held by Kerbline Enforcement Ltd. It runs until 31 March 2021, with an option to extend it by up to two years."),
        Q("pk.term", tv=0, f=60, fv=0),
        Q("pk.value", tv=0, f=1850000, fv=0),
        Q("pk.ceos", tv=0, f=64),
        Q("pk.contact", tv=0, f="Dana Whitlock, Parking Services Manager (parking.services@harrowfield.gov.uk)"),
    ]))
H.append(Letter("lbh-2018-ft", "LBH", "HF/FOI/18/0177", "2018-03-09", "Fly-tipping enforcement",
    "youasked", "html", v=0, df=2,
    parts=[
        Q("ft.fpn_amount", tv=0, f=400),
        Q("ft.cameras", tv=0, f=8),
        Q("ft.camera_locations", tv=0, s="W", ex=["s31(1)(a)"]),
        Q("ft.clearance", tv=0, f="the council's in-house Street Services team"),
    ]))
H.append(Letter("lbh-2018-wc", "LBH", "HF/FOI/18/0903", "2018-09-21", "Waste collection contract",
    "decision", "pdf-soffice", v=1, df=0,
    pre="I am researching how London boroughs deliver household waste collections. For your authority please tell me:",
    parts=[
        Q("wc.contractor", tv=0, f="Verdance Environmental Services Ltd"),
        Q("wc.value", tv=0, s="W", ex=["s43(2)"]),
        Q("wc.term", tv=0, f=96, fv=2),
        Q("wc.expiry", tv=0, f="2021-03-31"),
        Q("wc.vehicles", tv=0, f=36),
        Q("wc.penalties", tv=0, s="W", ex=["s43(2)"]),
    ]))
H.append(Letter("lbh-2018-lib", "LBH", "HF/FOI/18/1120", "2018-11-30", "Library service provision",
    "numbered", "md", v=0, df=0,
    parts=[
        Q("lib.branches", f=14), Q("lib.community", f=2), Q("lib.lms", f="Folio LMS"), Q("lib.hours", f=512),
    ]))
H.append(Letter("lbh-2019-pk", "LBH", "HF/FOI/19/0538", "2019-05-17", "Civil parking enforcement",
    "table", "docx", v=0, df=2,
    pre="Please provide the following information about civil parking enforcement in the borough.",
    parts=[
        Q("pk.contractor", tv=1, f="Kerbline Enforcement Ltd"),
        Q("pk.ceos", tv=1, f=61),
        Q("pk.cctv_cars", tv=1, f=4),
        Q("pk.value", tv=1, s="W", ex=["s43(2)"]),
        Q("pk.expiry", tv=1, f="2021-03-31", fv=1),
        Q("pk.pcn_system", tv=1, f="Taranis PCN Manager"),
        Q("pk.contact", tv=1, s="P", ex=["s40(2)"],
          a="The contract is managed by the Parking Services Manager. The name of the post holder is withheld under {ex}; correspondence can be sent to parking.services@harrowfield.gov.uk."),
    ]))
H.append(Letter("lbh-2020-ft", "LBH", "HF/FOI/20/0121", "2020-02-06", "Fly-tipping and littering penalties",
    "interleaved", "pdf-chromium", v=2, df=0,
    parts=[
        Q("ft.fpn_amount", tv=1, f=400, fv=0),
        Q("lit.fpn_amount", f=150),
        Q("ft.cameras", tv=1, f=12),
        Q("ft.officers", tv=0, f=5),
    ]))
H.append(Letter("lbh-2021-pk", "LBH", "CAS-71204-K3P9Q1", "2021-04-22", "Parking enforcement and debt recovery",
    "youasked", "txt", v=1, df=0,
    parts=[
        Q("pk.contractor", tv=3, f="Kerbline Enforcement Ltd",
          a="Parking enforcement is outsourced. The contractor is Kerbline Enforcement Ltd."),
        Q("pk.ea_debt", f="Brackenbury Enforcement Ltd"),
        Q("pk.expiry", tv=2, f="2023-03-31", a="The contract was extended in 2021 and now ends on {f}."),
        Q("pk.value", tv=2, s="W", ex=["s43(2)"]),
        Q("pk.ceos", tv=2, f=58),
        Q("pk.contact", tv=0, s="P", ex=["s40(2)"],
          a="The contract is managed by the Parking Services Manager. We have withheld the officer's name and direct email address under {ex}."),
    ]))
H.append(Letter("lbh-2022-ft", "LBH", "CAS-80213-R5T1W7", "2022-07-12", "Fly-tipping",
    "numbered", "pdf-gs", v=1, df=2,
    pre="I am writing to request information about how the council deals with fly-tipping.",
    parts=[
        Q("ft.officers", tv=1, f=7),
        Q("ft.fpn_amount", tv=2, f=400, fv=3),
        Q("ft.cameras", tv=2, s="W", ex=["s31(1)(a)"]),
        Q("ft.camera_locations", tv=1, s="W", ex=["s31(1)(a)"]),
        Q("ft.seize_power", tv=0, f="yes"),
        Q("ft.private", tv=0, f="no"),
    ]))
H.append(Letter("lbh-2022-wc", "LBH", "CAS-81876-F2H6J4", "2022-11-03", "Refuse and recycling collection contract",
    "table", "docx", v=1, df=0,
    parts=[
        Q("wc.contractor", tv=2, f="Verdance Environmental Services Ltd",
          a="It is delivered by a contractor, Verdance Environmental Services Ltd, under a contract that began on 1 April 2021."),
        Q("wc.expiry", tv=1, f="2029-03-31", fv=0),
        Q("wc.term", tv=1, f=96, fv=0),
        Q("wc.value", tv=1, s="W", ex=["s43(2)"]),
        Q("wc.vehicles", tv=1, f=38, fv=0),
        Q("wc.penalties", tv=0, f=21300),
    ]))
H.append(Letter("lbh-2023-pk", "LBH", "CAS-85530-N9L4C2", "2023-05-25", "Parking enforcement contract",
    "decision", "pdf-soffice", v=0, df=0,
    pre="My request concerns the council's contract for parking enforcement services.",
    parts=[
        Q("pk.contractor", tv=2, f="Kerbline Enforcement Ltd"),
        Q("pk.value", tv=1, s="W", ex=["s43(2)"]),
        Q("pk.term", tv=1, f=60, fv=0, a="{f}. A new contract was awarded to the same company from 1 April 2023."),
        Q("pk.expiry", tv=1, f="2028-03-31", fv=0),
        Q("pk.contact", tv=1, s="P", ex=["s40(2)"],
          a="Head of Parking Services. The name and direct contact details of the officer are withheld under {ex}."),
        Q("pk.ceos", tv=1, f=55),
        Q("pk.cctv_cars", tv=0, f=6, fv=0),
        Q("pk.pcn_system", tv=1, f="Taranis PCN Manager"),
    ]))
H.append(Letter("lbh-2024-ft", "LBH", "CAS-90117-D6X3V8", "2024-03-14", "Fly-tipping and duty of care penalties",
    "interleaved", "md", v=1, df=0,
    parts=[
        Q("ft.fpn_amount", tv=3, f=1000, a="The council raised its fixed penalty for fly-tipping to {f} on 1 March 2024."),
        Q("dt.fpn_amount", f=400),
        Q("ft.cameras", tv=0, s="W", ex=["s31(1)(a)"]),
        Q("ft.private", tv=1, f="no"),
        Q("ft.officers", tv=2, f=9),
    ]))

# ---------------- Wyvern Vale Police
NCND_POLICE = ["s23(5)", "s24(2)", "s31(3)"]
H.append(Letter("wvp-2017-imsi", "WVP", "FOI 0988/17", "2017-10-05", "Covert communications equipment",
    "numbered", "txt", v=0, df=2,
    parts=[
        Q("imsi.use", s="N", ex=NCND_POLICE),
        Q("imsi.spend", s="N", ex=NCND_POLICE),
    ]))
H.append(Letter("wvp-2017-dr", "WVP", "FOI 1187/17", "2017-12-12", "Drones",
    "interleaved", "md", v=0, df=2,
    parts=[
        Q("dr.count", tv=0, f=3),
        Q("dr.models", tv=0, f="Aerion Scout X4 (three units)"),
        Q("dr.spend", tv=0, f=24600),
    ]))
H.append(Letter("wvp-2018-bwv", "WVP", "FOI 0433/18", "2018-04-19", "Body-worn video and digital evidence management contracts",
    "numbered", "pdf-soffice", v=0, df=2,
    pre="I wish to make a request about two of the force's technology contracts.",
    parts=[
        P("Part 1 - Body-worn video (BWV)",
          "The first part of my request relates to the contract for body-worn video cameras, docking and associated software.",
          [Q("bwv.supplier", t=SUP, f="Halden Vision Ltd"),
           Q("bwv.value", t=SPEND, f=145000, fv=0),
           Q("bwv.expiry", t=EXP, f="2021-05-31", fv=2),
           Q("bwv.devices", tv=0, f=900),
           Q("bwv.contact", t=CONT, f="Chief Inspector Paul Derwent, Head of Digital Policing, 01632 960412, paul.derwent@wyvernvale.police.uk")]),
        P("Part 2 - Digital evidence management system (DEMS)",
          "The second part of my request relates to the system used to store and share digital evidence.",
          [Q("dems.supplier", t=SUP, f="Cobalt Evidence Systems"),
           Q("dems.value", t=SPEND, f=96000, fv=0),
           Q("dems.expiry", t=EXP, f="2020-12-31", fv=2),
           Q("dems.contact", t=CONT, f="Chief Inspector Paul Derwent, Head of Digital Policing, 01632 960412, paul.derwent@wyvernvale.police.uk")]),
    ]))
H.append(Letter("wvp-2019-cy", "WVP", "FOI 0561/19", "2019-05-28", "Cyber security",
    "youasked", "docx", v=0, df=0,
    parts=[
        Q("cy.ransomware", tv=0, s="N", ex=["s24(2)", "s31(3)"]),
        Q("cy.team", tv=0, f=6),
        Q("cy.edr", tv=0, s="W", ex=["s24(1)", "s31(1)(a)"]),
    ]))
H.append(Letter("wvp-2020-lfr", "WVP", "FOI 1123/20", "2020-10-27", "Facial recognition technology",
    "interleaved", "html", v=1, df=0,
    parts=[
        Q("lfr.use", tv=0, f="no", av=0),
        Q("lfr.retro", f="yes"),
    ]))
H.append(Letter("wvp-2021-cy", "WVP", "FOI/2021/00688", "2021-06-15", "Cyber attacks and information security",
    "decision", "pdf-chromium", v=0, df=0,
    parts=[
        Q("cy.ransomware", tv=1, s="N", ex=["s24(2)", "s31(3)"]),
        Q("cy.ico", f=7),
        Q("cy.team", tv=1, s="W", ex=["s24(1)", "s31(1)(a)"]),
        Q("cy.edr", tv=1, s="W", ex=["s24(1)", "s31(1)(a)"]),
        Q("cy.training", tv=0, f="yes"),
    ]))
H.append(Letter("wvp-2021-dr", "WVP", "FOI/2021/01012", "2021-09-09", "Use of drones",
    "numbered", "docx", v=1, df=0,
    parts=[
        Q("dr.count", tv=1, f=7),
        Q("dr.pilots", tv=0, f=18),
        Q("dr.models", tv=1, f="Aerion Scout X4 (three) and Aerion Falcon 2 (four)"),
        Q("dr.deployments", f=412),
    ]))
H.append(Letter("wvp-2022-bwv", "WVP", "FOI/2022/00540", "2022-05-05", "BWV and DEMS contracts",
    "decision", "pdf-gs", v=1, df=0,
    parts=[
        P("Part 1 - Body Worn Video", None,
          [Q("bwv.supplier", t=SUP, f="Halden Vision Ltd"),
           Q("bwv.devices", tv=1, f=1200),
           Q("bwv.value", t=SPEND, s="W", ex=["s43(2)"]),
           Q("bwv.expiry", t=EXP, f="2024-06-30", fv=0),
           Q("bwv.contact", t=CONT, s="P", ex=["s40(2)"],
             a="Head of Digital Policing (job title only). The name and direct contact details are withheld under {ex}.")]),
        P("Part 2 - Digital Evidence Management", None,
          [Q("dems.supplier", t=SUP, f="Cobalt Evidence Systems"),
           Q("dems.hosting", tv=1, f="Cloud hosted, in UK data centres."),
           Q("dems.value", t=SPEND, s="W", ex=["s43(2)"]),
           Q("dems.expiry", t=EXP, f="2025-09-30", fv=0),
           Q("dems.contact", t=CONT, s="P", ex=["s40(2)"],
             a="Digital Evidence Manager (job title only). The name and direct contact details are withheld under {ex}.")]),
    ]))
H.append(Letter("wvp-2023-dr", "WVP", "FOI/2023/00311", "2023-03-21", "Drones and facial recognition",
    "youasked", "txt", v=1, df=0,
    parts=[
        Q("dr.count", tv=2, f=9),
        Q("dr.models", tv=2, f="Aerion Falcon 2 (five) and Aerion Falcon 3T (four)"),
        Q("dr.pilots", tv=1, f=24, fv=0),
        Q("dr.spend", tv=1, s="NH",
          a="No information held. Drone equipment, maintenance and training are paid for from several budgets and the force does not keep a running total for the programme."),
        Q("lfr.use", tv=1, f="no", av=2),
    ]))
H.append(Letter("wvp-2024-cy", "WVP", "FOI/2024/00176", "2024-02-13", "Ransomware and cyber security staffing",
    "interleaved", "html", v=2, df=0,
    parts=[
        Q("cy.ransomware", tv=2, f="no", av=2),
        Q("cy.team", tv=2, f=11),
        Q("cy.edr", tv=1, s="W", ex=["s24(1)", "s31(1)(a)"]),
        Q("cy.training", tv=1, f="yes"),
    ]))
H.append(Letter("wvp-2024-bwv", "WVP", "FOI/2024/00702", "2024-06-18", "Body-worn video and DEMS",
    "table", "pdf-chromium", v=0, df=0,
    pre="Please provide the following about the force's body-worn video (BWV) and digital evidence management system (DEMS) contracts.",
    parts=[
        Q("bwv.supplier", tv=0, s="W", ex=["s31(1)(a)"]),
        Q("bwv.devices", tv=2, f=1450, fv=0),
        Q("bwv.expiry", tv=0, f="2026-06-30", fv=0),
        Q("bwv.value", tv=0, s="W", ex=["s43(2)"]),
        Q("bwv.contact", tv=0, s="P", ex=["s40(2)"],
          a="Head of Digital Policing. The post holder's name and contact details are withheld under {ex}."),
        Q("dems.supplier", tv=0, f="Cobalt Evidence Systems"),
        Q("dems.hosting", tv=0, s="W", ex=["s24(1)", "s31(1)(a)"]),
        Q("dems.expiry", tv=0, f="2027-09-30", fv=0),
        Q("dems.value", tv=0, f=310000, fv=0),
        Q("dems.contact", tv=0, f=DEMS_MAIL, a="Digital Evidence Manager, via {f}"),
    ]))

# ---------------- Northmoor Partnership NHS Foundation Trust
H.append(Letter("npt-2017-epr", "NPT", "FOI 2017/311", "2017-08-22", "Electronic patient record",
    "numbered", "txt", v=0, df=0,
    parts=[
        Q("epr.supplier", tv=0, f="Meridian Health Systems"),
        Q("epr.expiry", tv=0, f="2021-03-31", fv=0),
        Q("epr.term", tv=0, f=48, fv=0),
        Q("epr.value", tv=0, f=2400000, fv=1),
        Q("epr.contact", tv=0, f="Director of Informatics"),
    ]))
H.append(Letter("npt-2018-ag", "NPT", "FOI 2018/522", "2018-10-04", "Agency staffing",
    "table", "html", v=0, df=0,
    parts=[
        Q("ag.top_agency", tv=0, f="Northline Nursing Ltd"),
        Q(("ag.framework", "ag.vms"), t="Which framework does the trust use to buy agency staff, and does it use a vendor management system?",
          f={"ag.framework": "Shires Collaborative Staffing Framework", "ag.vms": "none"},
          a="The trust buys through the Shires Collaborative Staffing Framework. It does not use a vendor management system; bookings are handled by the in-house temporary staffing team."),
        Q("ag.cap", tv=0, f="yes"),
    ]))
H.append(Letter("npt-2020-ag", "NPT", "FOI 2020/618", "2020-09-29", "Temporary staffing",
    "youasked", "pdf-chromium", v=1, df=2,
    parts=[
        Q("ag.framework", tv=1, f="Shires Collaborative Staffing Framework"),
        Q("ag.vms", tv=0, f="Rostrum VMS"),
        Q("ag.vms_term", tv=0, f=36, fv=0),
        Q("ag.top_agency", tv=1, f="Northline Nursing Ltd"),
        Q("ag.cap", tv=1, f="yes"),
    ]))
H.append(Letter("npt-2021-epr", "NPT", "FOI 2021/144", "2021-03-16", "EPR contract",
    "interleaved", "docx", v=0, df=2,
    parts=[
        Q("epr.supplier", tv=1, f="Meridian Health Systems"),
        Q("epr.modules", tv=0, f=MODULES),
        Q("epr.value", tv=1, s="P", ex=["s43(2)"], f=6300000,
          a="The total contract value is {f}. A breakdown of the annual charges is withheld under {ex}."),
        Q("epr.term", tv=1, f=84, fv=0),
        Q("epr.expiry", tv=2, f="2026-03-31", fv=0),
        Q("epr.contact", tv=1, f="Chief Clinical Information Officer"),
    ]))
H.append(Letter("npt-2023-cy", "NPT", "NPT-FOI-23-0211", "2023-04-18", "Cyber security",
    "youasked", "html", v=0, df=0,
    parts=[
        Q("ncy.attack", tv=0, f="no"),
        Q("ncy.paid", tv=0, f="no"),
        Q("ncy.team", tv=0, f=3),
        Q("ncy.budget", tv=0, s="W", ex=["s43(2)"]),
        Q("ncy.edr", tv=0, s="W", ex=["s31(1)(a)"]),
    ]))
H.append(Letter("npt-2023-sp", "NPT", "NPT-FOI-23-0890", "2023-12-05", "Staff car parking",
    "numbered", "md", v=1, df=0,
    parts=[
        Q("sp.charge", f=240), Q("sp.income", f=412000), Q("sp.operator", f="Helm Parking Ltd"),
    ]))
H.append(Letter("npt-2024-ag", "NPT", "NPT-FOI-24-0344", "2024-05-30", "Agency and bank staff",
    "table", "docx", v=1, df=0,
    parts=[
        Q("ag.locum_2324", tv=0, f=1200000, fv=0),
        Q("bank.doctor_2324", f=2050000, fv=0),
        Q("ag.top_agency", tv=2, f="Carewell Staffing Ltd"),
        Q("ag.framework", tv=0, f="Shires Collaborative Staffing Framework"),
        Q("ag.vms", tv=1, f="Rostrum VMS"),
        Q("ag.vms_term", tv=1, f=24, fv=0),
        Q("ag.vms_expiry", tv=0, f="2026-01-31", fv=0),
        Q("ag.cap", tv=0, f="yes"),
    ]))
H.append(Letter("npt-2025-cy", "NPT", "NPT-FOI-25-0156", "2025-03-12", "Cyber security and ransomware",
    "interleaved", "pdf-gs", v=2, df=0,
    parts=[
        Q("ncy.attack", tv=2, s="W", ex=["s31(1)(a)"]),
        Q("ncy.paid", tv=1, f="no"),
        Q("ncy.dspt", tv=0, f="Standards Met"),
        Q("ncy.team", tv=1, f=4),
        Q("ncy.edr", tv=1, s="W", ex=["s31(1)(a)"]),
        Q("ncy.budget", tv=1, s="W", ex=["s43(2)"]),
    ]))
H.append(Letter("npt-2025-epr", "NPT", "NPT-FOI-25-0601", "2025-09-04", "Electronic patient record",
    "numbered", "md", v=0, df=0,
    parts=[
        Q("epr.supplier", tv=2, f="Meridian Health Systems"),
        Q("epr.expiry", tv=1, f="2029-03-31", fv=0,
          a="{f} (the trust took up a three-year extension in 2025)."),
        Q("epr.term", tv=0, f=84, fv=0),
        Q("epr.value", tv=0, s="W", ex=["s43(2)"]),
        Q("epr.modules", tv=1, f=MODULES),
    ]))

# ---------------- Hartland and Wolds Fire and Rescue Service
H.append(Letter("hwf-2017-fl", "HWF", "FOI-17-083", "2017-11-08", "Fleet",
    "numbered", "txt", v=0, df=0,
    parts=[
        Q("fl.appliances", tv=0, f=46),
        Q("fl.aerial", tv=0, f=3),
        Q("fl.oldest", f="2003"),
        Q("fl.builder", tv=0, f="Emberline Bodies Ltd"),
        Q("fl.ev", tv=0, f=0, a="None. The service has no electric or hybrid vehicles at present."),
    ]))
H.append(Letter("hwf-2018-afa", "HWF", "FOI-18-041", "2018-05-16", "Automatic fire alarms",
    "interleaved", "html", v=0, df=0,
    parts=[
        Q("afa.policy", f="no"), Q("afa.charge", f=395), Q("afa.count", f=2134),
    ]))
H.append(Letter("hwf-2019-mob", "HWF", "FOI-19-022", "2019-03-27", "Mobilising and station end contracts",
    "numbered", "pdf-soffice", v=1, df=2,
    pre="I would like some information about the contracts that support your fire control room. My request is in two parts.",
    parts=[
        P("Part 1: command and mobilising system", "The first part relates to the control room's command and mobilising system.",
          [Q("mob.supplier", t=SUP, f="Castellan Command Systems"),
           Q("mob.value", t=VALUE, f=410000, fv=0),
           Q("mob.expiry", t=EXP, f="2022-10-31", fv=0),
           Q("mob.contact", t=POST, f="Head of Control")]),
        P("Part 2: station end equipment", "The second part relates to the station end alerting equipment.",
          [Q("se.supplier", t=SUP, f="Alertline Technologies Ltd"),
           Q("se.value", t=VALUE, f=88000, fv=0),
           Q("se.expiry", t=EXP, f="2021-06-30", fv=0)]),
    ]))
H.append(Letter("hwf-2020-dr", "HWF", "FOI-20-057", "2020-06-24", "Drones",
    "youasked", "md", v=1, df=0,
    parts=[
        Q("fdr.count", tv=0, f=2),
        Q("fdr.models", tv=0, f="Aerion Scout X4 (two units)"),
        Q("fdr.uses", f="Large fires, water rescue searches, hazardous materials incidents and wildfires."),
    ]))
H.append(Letter("hwf-2022-mob", "HWF", "HWF-FOI-2022-014", "2022-02-17", "Control room mobilising system",
    "youasked", "txt", v=0, df=0,
    parts=[
        Q("mob.supplier", tv=1, f="Castellan Command Systems"),
        Q("mob.expiry", tv=1, f="2028-10-31", fv=0,
          a="A new contract was awarded to the same supplier from 1 November 2021. It ends on {f}."),
        Q("mob.term", tv=1, f=84, fv=0),
        Q("mob.value", tv=1, s="W", ex=["s43(2)"]),
        Q("mob.shared", tv=0, f=SHARED),
        Q("se.supplier", tv=1, f="Alertline Technologies Ltd"),
        Q("se.expiry", tv=1, s="NH",
          a="No information held. The station end equipment is maintained under a rolling support agreement with no fixed end date."),
    ]))
H.append(Letter("hwf-2023-fl", "HWF", "HWF-FOI-2023-009", "2023-01-31", "Fleet",
    "interleaved", "pdf-gs", v=1, df=0,
    parts=[
        Q("fl.appliances", tv=1, f=42),
        Q("fl.ev", tv=1, f=14),
        Q("fl.aerial", tv=1, f=3),
        Q("fl.builder", tv=1, f="Emberline Bodies Ltd"),
        Q("fl.oldest", f="2009"),
    ]))
H.append(Letter("hwf-2024-dr", "HWF", "HWF-FOI-2024-033", "2024-04-04", "Drones",
    "table", "html", v=0, df=0,
    parts=[
        Q("fdr.count", tv=1, f=3),
        Q("fdr.models", tv=1, f="Aerion Falcon 2 (two) and Aerion Falcon 3T thermal imaging drone (one)"),
        Q("fdr.pilots", tv=0, f=6),
        Q("fdr.uses", f="Search and rescue, large fires, hazardous materials and wildfire incidents."),
    ]))
H.append(Letter("hwf-2024-sick", "HWF", "HWF-FOI-2024-101", "2024-10-22", "Sickness absence",
    "numbered", "docx", v=0, df=0,
    parts=[
        Q("sick.days", f=3412), Q("sick.mental", f=1187),
        Q("sick.policy", f="Yes. Trained TRiM practitioners offer support after traumatic incidents."),
    ]))
H.append(Letter("hwf-2025-mob", "HWF", "HWF-FOI-2025-018", "2025-02-20", "Mobilising system",
    "table", "pdf-soffice", v=1, df=0,
    parts=[
        Q("mob.supplier", tv=0, f="Castellan Command Systems"),
        Q("mob.term", tv=0, f=84, fv=0),
        Q("mob.expiry", tv=0, f="2028-10-31", fv=0),
        Q("mob.value", tv=0, s="W", ex=["s43(2)"]),
        Q("mob.contact", tv=1, f="Head of Control and Mobilising"),
        Q("mob.shared", tv=1, f=SHARED),
        Q("se.supplier", tv=0, f="Alertline Technologies Ltd"),
        Q("se.expiry", tv=0, s="NH",
          a="This information is not held: the equipment is supported under a rolling annual arrangement with no expiry date."),
    ]))

# ============================================================== drafts
D = []
D.append(Letter("d-lbh-pk", "LBH", "CAS-104418-J5R2X9", "2026-02-05", "Parking enforcement contract",
    "interleaved", "docx", v=2, df=0, draft=True, name="draft_lbh_CAS-104418_parking.docx",
    pre="Please supply the following information about parking enforcement.",
    parts=[
        Q("pk.contractor", tv=1, f="Kerbline Enforcement Ltd", a="Kerbline Enforcement Limited."),
        Q("pk.term", tv=2, f=60, fv=1),
        Q("pk.expiry", tv=0, f="2028-03-31", fv=1),
        Q("pk.value", tv=0, f=2100000, fv=1),
        Q("pk.ceos", tv=2, f=48),
        Q("pk.cctv_cars", tv=1, f=6, fv=1),
        Q("pk.pcn_system", tv=2, s="W", ex=["s31(1)(a)"],
          a="This information is withheld under {ex}. Naming the system would help those seeking to attack the council's network to target known weaknesses in it."),
        Q("pk.contact", tv=1, s="P", ex=["s40(2)"],
          a="Head of Parking Services. The officer's name and direct contact details are withheld under {ex}."),
        Q("pk.pd_supplier", f="Parkfare Systems Ltd"),
    ]))
D.append(Letter("d-lbh-wc", "LBH", "CAS-97310-W4E8H2", "2025-07-09", "Household waste collection contract",
    "decision", "pdf-soffice", v=2, df=2, draft=True, regime="eir", consistent=True,
    name="draft_lbh_CAS-97310_waste_collection.pdf",
    parts=[
        Q("wc.contractor", tv=1, f="Verdance Environmental Services Ltd", a="Verdance Environmental Services."),
        Q("wc.value", tv=2, s="W", ex=["reg12(5)(e)"]),
        Q("wc.expiry", tv=2, f="2029-03-31", fv=2),
        Q("wc.term", tv=2, f=96, fv=1),
        Q("wc.vehicles", tv=2, f=38, fv=1),
    ]))
D.append(Letter("d-lbh-ft", "LBH", "CAS-99871-T2M6B5", "2025-10-16", "Fly-tipping enforcement",
    "request", "txt", draft=True, bare=True, name="incoming_lbh_CAS-99871_flytipping_request.txt",
    parts=[
        Q("ft.fpn_amount", s="U", t="Please tell me the amount of the fixed penalty notice the council currently issues for fly-tipping."),
        Q("ft.officers", s="U", t="How many officers (FTE) does the council have working on fly-tipping enforcement?"),
        Q("ft.cameras", s="U", t="How many cameras does the council have available to deploy at fly-tipping hotspots?"),
        Q("ft.seize_power", s="U", t="Has the council seized any vehicles used for fly-tipping?"),
        Q("ft.asbestos", s="U"),
        Q("lit.fpn_amount", s="U", t="And for comparison, what is the fixed penalty for dropping litter?"),
    ]))
D.append(Letter("d-wvp-bwv", "WVP", "FOI/2025/01288", "2025-11-12", "Body-worn video and digital evidence management contracts",
    "numbered", "pdf-chromium", v=1, df=0, draft=True, name="draft_wvp_FOI-2025-01288_bwv_dems.pdf",
    pre="I am contacting every police force about two technology contracts.",
    parts=[
        P("Part 1 - Body-worn video",
          "The first part of my request relates to the contract for body-worn video cameras.",
          [Q("bwv.supplier", t=SUP, f="Halden Vision Ltd"),
           Q("bwv.expiry", t=EXP, f="2026-06-30", fv=1),
           Q("bwv.value", t=SPEND, s="W", ex=["s31(1)(a)"]),
           Q("bwv.devices", tv=0, f=1450, fv=2),
           Q("bwv.contact", t=CONT, s="P", ex=["s40(2)"],
             a="Head of Digital Policing. The name and direct contact details are withheld under {ex}.")]),
        P("Part 2 - Digital evidence management",
          "The second part of my request relates to the digital evidence management system.",
          [Q("dems.supplier", t=SUP, f="Cobalt Evidence Systems"),
           Q("dems.expiry", t=EXP, f="2027-09-30", fv=5),
           Q("dems.value", t=SPEND, s="P", ex=["s43(2)"],
             a="The total contract value is £1,240,000 over four years. The annual breakdown is withheld under {ex}."),
           Q("dems.contact", t=CONT, f=DEMS_MAIL, a="Please use {f}.")]),
    ]))
D.append(Letter("d-wvp-dr", "WVP", "FOI/2026/00084", "2026-01-20", "Drones and live facial recognition",
    "interleaved", "md", v=0, df=0, draft=True, name="draft_wvp_FOI-2026-00084_drones_lfr.md",
    parts=[
        Q("dr.count", tv=3, f=11),
        Q("dr.models", tv=1, s="W", ex=["s31(1)(a)"]),
        Q("dr.pilots", tv=2, f=24, fv=1),
        Q("dr.spend", tv=0, f=86400, fv=0,
          a="Total spend on the drone programme since 2017, including equipment, maintenance and pilot training, is {f}."),
        Q("lfr.use", tv=2, s="N", ex=["s24(2)", "s31(3)"]),
    ]))
D.append(Letter("d-wvp-cy", "WVP", "FOI/2026/00251", "2026-03-03", "Ransomware and information security",
    "youasked", "txt", v=0, df=0, draft=True, as_of="2022-01-01", name="draft_wvp_FOI-2026-00251_cyber.txt",
    parts=[
        Q("cy.ransomware", tv=0, f="no", av=1),
        Q("cy.team", tv=2, f=11, fv=0),
        Q("cy.edr", tv=0, s="W", ex=["s24(1)", "s31(1)(a)"]),
        Q("cy.training", tv=1, f="yes", av=1),
    ]))
D.append(Letter("d-npt-ag", "NPT", "NPT-FOI-25-0412", "2025-06-24", "Agency staffing",
    "table", "html", v=0, df=0, draft=True, consistent=True, name="draft_npt_NPT-FOI-25-0412_agency.html",
    parts=[
        Q("ag.vms", tv=0, f="Rostrum VMS", av=1),
        Q("ag.vms_term", tv=0, f=24, fv=1),
        Q("ag.vms_expiry", tv=1, f="2026-01-31", fv=1),
        Q("ag.locum_2324", tv=1, f=1200000, fv=1),
        Q("ag.top_agency", tv=0, f="Carewell Staffing Ltd", a="Carewell Staffing."),
        Q("ag.framework", tv=1, f="Shires Collaborative Staffing Framework", av=1),
    ]))
D.append(Letter("d-npt-cy", "NPT", "NPT-FOI-26-0098", "2026-02-10", "Cyber security",
    "youasked", "docx", v=1, df=0, draft=True, name="draft_npt_NPT-FOI-26-0098_cyber.docx",
    parts=[
        Q("ncy.attack", tv=1, s="N", ex=["s31(3)"]),
        Q("ncy.paid", tv=0, f="no", av=1),
        Q("ncy.team", tv=0, s="NH",
          a="The trust does not employ its own cyber security staff, so no information is held. Since April 2025 cyber security has been provided to the trust by the integrated care system's shared cyber service."),
        Q("ncy.budget", tv=0, s="W", ex=["s31(1)(a)"]),
        Q("ncy.edr", tv=0, s="W", ex=["s31(1)(a)"]),
        Q("ncy.dspt", tv=1, f="Approaching Standards", av=1),
    ]))
D.append(Letter("d-npt-epr", "NPT", "NPT-FOI-25-0333", "2025-05-20", "Electronic patient record",
    "interleaved", "pdf-gs", v=0, df=0, draft=True, name="draft_npt_NPT-FOI-25-0333_epr.pdf",
    parts=[
        Q("epr.supplier", tv=0, f="Meridian Health Systems"),
        Q("erost.supplier", f="Shiftwise Healthcare Ltd"),
        Q("epr.expiry", tv=0, f="2029-03-31", fv=0),
        Q("epr.term", tv=1, f=84, fv=1),
        Q("epr.value", tv=1, s="W", ex=["s43(2)"]),
        Q("epr.modules", tv=1, f=MODULES),
        Q("epr.contact", tv=0, f="Chief Clinical Information Officer", a="The {f} (CCIO)."),
    ]))
D.append(Letter("d-hwf-mob", "HWF", "HWF-FOI-2025-129", "2025-12-04", "Mobilising system and station end equipment",
    "numbered", "txt", v=2, df=0, draft=True, name="draft_hwf_HWF-FOI-2025-129_mobilising.txt",
    pre="I would be grateful for the following information about two of the service's contracts.",
    parts=[
        P("Part 1 - Command and mobilising system", None,
          [Q("mob.supplier", t=SUP, f="Castellan Command Systems"),
           Q("mob.expiry", t=EXP, f="2028-10-31", fv=3),
           Q("mob.term", t=DUR, f=84, fv=1),
           Q("mob.value", t=VALUE, s="P", ex=["s43(2)"],
             a="The total contract value is £1,950,000. The annual breakdown of charges is withheld under {ex}."),
           Q("mob.contact", t=POST, f="Head of Control and Mobilising"),
           Q("mob.shared", tv=1, f=SHARED)]),
        P("Part 2 - Station end alerting equipment", None,
          [Q("se.supplier", t=SUP, f="Alertline Technologies Ltd"),
           Q("se.expiry", t=EXP, f="2027-04-30", fv=0,
             a="A fixed-term maintenance contract was signed in 2025. It expires on {f}.")]),
    ]))
D.append(Letter("d-hwf-fl", "HWF", "HWF-FOI-2026-006", "2026-01-15", "Fleet and drones",
    "table", "pdf-soffice", v=0, df=0, draft=True, name="draft_hwf_HWF-FOI-2026-006_fleet_drones.pdf",
    parts=[
        Q("fl.appliances", tv=2, f=42, fv=1),
        Q("fl.aerial", tv=1, f=3),
        Q("fl.ev", tv=0, f=14, fv=1),
        Q("fl.builder", tv=1, f="Emberline Bodies Ltd", a="Emberline Bodies."),
        Q("fdr.count", tv=2, f=3, fv=1, av=2),
        Q("fdr.models", tv=1, s="P", ex=["s31(1)(a)"],
          a="The service operates Aerion Falcon 2 drones. The make and model of the thermal imaging drone are withheld under {ex}, as they would reveal its surveillance capability."),
        Q("fdr.pilots", tv=1, f=6),
    ]))


# ============================================================== labels
FAMILY = {
    "s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
    "s31": "law", "reg12(5)(b)": "law", "foisa:s35": "law",
    "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
    "s24": "natsec", "reg12(5)(a)": "natsec", "foisa:s31": "natsec",
    "s36": "affairs", "reg12(4)(e)": "affairs", "foisa:s30": "affairs",
}


def family(ex):
    if ex.startswith("reg"):
        m = re.match(r"^(reg\d+\(\d+\)\([a-z]\))", ex) or re.match(r"^(reg\d+)", ex)
        key = m.group(1)
        return FAMILY.get(key, FAMILY.get(re.match(r"^(reg\d+)", ex).group(1), key))
    m = re.match(r"^((?:foisa:)?s\d+)", ex)
    return FAMILY.get(m.group(1), m.group(1))


def canon(kind, v):
    if kind in ("name", "text", "yesno"):
        s = str(v).lower()
        s = re.sub(r"\b(ltd|limited|plc)\b", "", s)
        return re.sub(r"[^a-z0-9]+", " ", s).strip()
    return v


def finding_kind(prev, cur, concept):
    p, c = prev.s, cur.s
    held = ("R", "P", "W")
    if c == "N" and p in ("R", "P", "W", "NH"):
        return "ncnd_inconsistent", "high"
    if p == "N" and c in ("R", "P", "W", "NH"):
        return "ncnd_inconsistent", "medium"
    if p in ("R", "P") and c in ("W", "X"):
        return "newly_withheld", "high"
    if p == "R" and c == "P":
        return "partly_withheld", "medium"
    if p == "W" and c in ("R", "P"):
        return "newly_released", "medium"
    if p == "W" and c == "W":
        if {family(e) for e in prev.ex} != {family(e) for e in cur.ex}:
            return "exemption_changed", "medium"
        return None
    if p in held and c == "NH":
        return "held_status_changed", "high"
    if p == "NH" and c in held:
        return "held_status_changed", "medium"
    if p == "R" and c == "R":
        k = CON[concept]["k"]
        if canon(k, prev.fact(concept)) != canon(k, cur.fact(concept)):
            return "answer_changed", "low"
    return None


def check_unique():
    refs = [L.ref for L in H + D]
    assert len(refs) == len(set(refs)), "duplicate reference"
    seen = set()
    for L in H + D:
        assert (L.auth, L.date) not in seen, ("duplicate date", L.auth, L.date)
        seen.add((L.auth, L.date))
        cs = [c for _, _, _, q in L.questions() for c in q.c]
        assert len(cs) == len(set(cs)), ("concept twice in one letter", L.key)
        for _, _, _, q in L.questions():
            for c in q.c:
                assert c in CON, c
            if q.s in ("W", "P", "N", "X"):
                assert q.ex, (L.key, q.c)
            if q.s == "R" and not L.bare:
                for c in q.c:
                    assert q.fact(c) is not None, (L.key, c)


def derive():
    drafts = {}
    counts = {}
    for d in D:
        cutoff = d.as_of or d.date
        entry = {}
        if d.as_of:
            entry["as_of"] = d.as_of
        if d.consistent:
            entry["consistent"] = True
        matches, findings = {}, []
        for qid, _, _, q in d.questions():
            prev = []
            for L in H:
                if L.auth != d.auth or not (L.date < cutoff):
                    continue
                for qid2, _, _, q2 in L.questions():
                    shared = set(q.c) & set(q2.c)
                    if shared:
                        prev.append((L.date, L.ref, qid2, q2, sorted(shared)[0]))
            prev.sort(key=lambda x: x[0], reverse=True)
            matches[qid] = ["%s %s" % (r, i) for _, r, i, _, _ in prev]
            if prev and not d.bare:
                _, ref, qid2, q2, concept = prev[0]
                fk = finding_kind(q2, q, concept)
                if fk:
                    findings.append({"kind": fk[0], "severity": fk[1], "question_id": qid,
                                     "precedent": "%s %s" % (ref, qid2)})
                    counts[fk[0]] = counts.get(fk[0], 0) + 1
        entry["matches"] = matches
        entry["findings"] = findings
        if d.consistent:
            assert not any(f["severity"] == "high" for f in findings), d.key
        drafts[d.name] = entry
    return drafts, counts


def truth_dump():
    out = []
    for L in H + D:
        out.append({
            "file": ("drafts/" if L.draft else "history/") + L.name,
            "authority": AUTH[L.auth]["name"], "reference": L.ref, "date": L.date,
            "received": L.recv, "regime": L.regime, "layout": L.style, "format": L.fmt,
            "questions": [{"id": qid, "concepts": list(q.c), "stance": STANCE[q.s], "exemptions": q.ex,
                           "fact": q.f, "text": q.t} for qid, _, _, q in L.questions()],
        })
    return out


# ============================================================== rendering
def fact_text(L, q, concept=None):
    concept = concept or q.c[0]
    kind = CON[concept]["k"]
    val = q.fact(concept)
    if q.fv is not None:
        style = q.fv
    else:
        n = {"money": 4, "count": 2, "date": 6, "months": 4}.get(kind, 1)
        style = R.h(L.ref, concept) % n
        if kind == "count":
            style = [0, 2][style]
    return R.render_fact(kind, val, style)


def pv(L):
    return R.h(L.ref, "pv") % 4


def answer_text(L, q, qid):
    A = AUTH[L.auth]
    phr = R.ex_phrase(q.ex, pv(L), L.regime) if q.ex else ""
    if q.a:
        ft = fact_text(L, q) if (q.f is not None and not isinstance(q.f, dict)) else ""
        return q.a.format(f=ft, ex=phr)
    s = q.s
    k = R.h(L.ref, qid)
    if s == "R":
        tmpl = CON[q.c[0]]["a"]
        if isinstance(tmpl, dict):
            opts = tmpl[q.f]
        else:
            opts = tmpl
        t = opts[(q.av if q.av is not None else k) % len(opts)]
        out = t.format(f=fact_text(L, q))
        return out[0].upper() + out[1:]
    if s == "W":
        word = "exception" if L.regime == "eir" else "exemption"
        opts = [
            "This information is withheld under %s. Please see the explanation below." % phr,
            "%s holds this information but considers it exempt from disclosure under %s." % (A["Short"], phr),
            "Exempt - %s." % phr,
            "We are unable to provide this information as the %s at %s applies; our reasons are set out below." % (word, phr),
        ]
        return opts[(L.v + k) % len(opts)]
    if s == "NH":
        opts = ["%s does not hold this information." % A["Short"],
                "No information is held.",
                "This information is not held by %s." % A["short"]]
        return opts[k % len(opts)]
    if s == "N":
        t = ("%s can neither confirm nor deny whether it holds information relevant to this question, "
             "by virtue of %s." % (A["Short"], phr))
        if L.auth == "WVP":
            t += (" This should not be taken as an indication that the information you have requested "
                  "does or does not exist.")
        return t
    if s == "U":
        return ""
    raise ValueError((L.key, qid, s))


def fdate(L, iso):
    return R.fmt_date(iso, L.df)


def ref_label(L):
    opts = {"LBH": ["Our ref:", "Case reference:", "Our reference:"],
            "WVP": ["FOI Reference:", "Reference No:", "Request reference:"],
            "NPT": ["FOI ref:", "Our ref:", "Reference:"],
            "HWF": ["Request number:", "Our ref:", "FOI reference:"]}[L.auth]
    return opts[L.v % 3]


def act_name(L):
    return ("the Environmental Information Regulations 2004" if L.regime == "eir"
            else "the Freedom of Information Act 2000")


def head_blocks(L, web=False):
    A = AUTH[L.auth]
    b = []
    if not web:
        b.append(("lines", A["head"]))
    lines = [ref_label(L) + " " + L.ref,
             "Date: " + fdate(L, L.date),
             "Request received: " + fdate(L, L.recv)]
    if L.auth == "HWF" and L.v == 1:
        lines = ["Date: " + fdate(L, L.date), ref_label(L) + " " + L.ref,
                 "Received: " + fdate(L, L.recv)]
    b.append(("lines", lines))
    b.append(("p", "Dear"))
    act = "Environmental Information Regulations 2004" if L.regime == "eir" else "Freedom of Information Act 2000"
    b.append(("h2", "%s - %s - %s" % (act, L.ref, L.title)))
    intro = [
        "Thank you for your request for information received on %s. Your request has been handled under %s." % (fdate(L, L.recv), act_name(L)),
        "I write in response to your request for information, which %s received on %s. The request has been considered under %s." % (A["name"], fdate(L, L.recv), act_name(L)),
        "Further to your request dated %s, I can now respond under %s." % (fdate(L, L.recv), act_name(L)),
    ][L.v % 3]
    b.append(("p", intro))
    return b


def closing_blocks(L):
    A = AUTH[L.auth]
    b = [("h3", "Your right to complain")]
    if L.regime == "eir":
        b.append(("p", "If you are dissatisfied with this response you may ask for a reconsideration under regulation 11 "
                       "within 40 working days. If you remain dissatisfied you may apply to the Information Commissioner's "
                       "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."))
    else:
        b.append(("p", "If you are unhappy with the way your request has been handled you may ask for an internal review "
                       "within 40 working days of the date of this letter. If you remain dissatisfied after the review you "
                       "have the right under section 50 of the Act to apply to the Information Commissioner, Wycliffe House, "
                       "Water Lane, Wilmslow, Cheshire SK9 5AF."))
    if L.auth == "WVP":
        b.append(("p", "Information released under the Act is released to the world at large. Thank you for your interest in Wyvern Vale Police."))
    b.append(("lines", ["Yours sincerely", ""] + A["sign"]))
    return b


def part_title(L, pi, hd):
    return hd if hd else "Part %d" % pi


def reasons_blocks(L):
    wex = []
    for _, _, _, q in L.questions():
        if q.s in ("W", "P"):
            for e in q.ex:
                if e not in wex:
                    wex.append(e)
    ncnd = [q for _, _, _, q in L.questions() if q.s == "N"]
    b = []
    if wex:
        b.append(("h3", "Reasons for withholding information" if L.regime != "eir" else "Exceptions applied"))
        b.append(("p", "Where information has been withheld above, this letter acts as a refusal notice. "
                       "The provisions applied and our reasons are explained below."))
        b.extend(R.harm_blocks(sorted(wex, key=lambda e: wex.index(e)), L.regime))
    if ncnd:
        b.append(("h3", "Neither confirm nor deny"))
        b.append(("p", "To confirm or deny whether information is held in these circumstances would itself disclose "
                       "information of value to those who wish to compromise security or evade detection. A consistent "
                       "approach is taken whether or not information is held, so that no inference can be drawn from "
                       "the reply."))
    return b


def numlist(nums):
    nums = list(nums)
    if len(nums) == 1:
        return "question %d" % nums[0]
    # ranges
    runs, start = [], nums[0]
    prev = start
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        runs.append((start, prev))
        if n is not None:
            start = prev = n
    txt = []
    for a, b in runs:
        if a == b:
            txt.append(str(a))
        elif b == a + 1:
            txt.extend([str(a), str(b)])
        else:
            txt.append("%d-%d" % (a, b))
    if len(txt) == 1:
        return "questions " + txt[0]
    return "questions " + ", ".join(txt[:-1]) + " and " + txt[-1]


def body_blocks(L):
    A = AUTH[L.auth]
    multi = len(L.parts) > 1
    b = []
    if L.pre and L.style != "decision":
        b.append(("p", "Your request was as follows: \"%s\"" % L.pre))
    st = L.style
    if st == "interleaved":
        fmt = L.v % 3
        if not L.pre:
            b.append(("p", "Your questions are set out below, each followed by our response."))
        for pi, (hd, intro, qs) in enumerate(L.parts, 1):
            if multi:
                b.append(("h3", part_title(L, pi, hd)))
                if intro:
                    b.append(("p", intro))
            for qi, q in enumerate(qs, 1):
                qid = "P%d.Q%d" % (pi, qi)
                ans = answer_text(L, q, qid)
                if fmt == 0:
                    b.append(("p", "Q%d. %s" % (qi, q.t)))
                    b.append(("p", "A%d. %s" % (qi, ans)))
                elif fmt == 1:
                    b.append(("p", "Question %d: %s" % (qi, q.t)))
                    b.append(("p", "Answer: %s" % ans))
                else:
                    b.append(("p", "%d. %s" % (qi, q.t)))
                    b.append(("p", "Response: %s" % ans))
    elif st == "youasked":
        assert not multi
        lab = [("You asked:", "Our response:"), ("Request:", "Response:")][L.v % 2]
        b.append(("p", "%s has considered each part of your request. The information is set out below." % A["Short"]))
        for qi, q in enumerate(L.parts[0][2], 1):
            qid = "P1.Q%d" % qi
            b.append(("p", "%s %s" % (lab[0], q.t)))
            b.append(("p", "%s %s" % (lab[1], answer_text(L, q, qid))))
    elif st == "table":
        b.append(("p", "Please find our response in the table below."))
        rows = []
        for pi, (hd, intro, qs) in enumerate(L.parts, 1):
            if multi:
                rows.append([part_title(L, pi, hd)])
            for qi, q in enumerate(qs, 1):
                rows.append(["%d. %s" % (qi, q.t), answer_text(L, q, "P%d.Q%d" % (pi, qi))])
        b.append(("table", ["Your request", "Our response"], rows))
    elif st == "numbered":
        b.append(("h3", "Your request"))
        for pi, (hd, intro, qs) in enumerate(L.parts, 1):
            if multi:
                b.append(("p", part_title(L, pi, hd)))
                if intro:
                    b.append(("p", intro))
            for qi, q in enumerate(qs, 1):
                b.append(("p", "%d. %s" % (qi, q.t)))
        b.append(("h3", "Our response"))
        for pi, (hd, intro, qs) in enumerate(L.parts, 1):
            if multi:
                b.append(("p", part_title(L, pi, hd)))
            for qi, q in enumerate(qs, 1):
                ans = answer_text(L, q, "P%d.Q%d" % (pi, qi))
                key = ["%d. " % qi, "Q%d - " % qi, "%d) " % qi][L.v % 3]
                b.append(("p", key + ans))
    elif st == "decision":
        b.append(("p", "I note you seek access to the following information:"))
        if L.pre:
            b.append(("p", L.pre))
        for pi, (hd, intro, qs) in enumerate(L.parts, 1):
            if multi:
                b.append(("p", part_title(L, pi, hd)))
                if intro:
                    b.append(("p", intro))
            for qi, q in enumerate(qs, 1):
                b.append(("p", "%d. %s" % (qi, q.t)))
        # group withheld questions by exemption set
        groups = {}
        for qid, pi, qi, q in L.questions():
            if q.s == "W":
                groups.setdefault(tuple(q.ex), {}).setdefault(pi, []).append(qi)
        word = "exception" if L.regime == "eir" else "exemption"
        sents = []
        for exs, byp in groups.items():
            where = []
            for pi in sorted(byp):
                w = numlist(byp[pi])
                if multi:
                    w += " in part %d of your request" % pi
                where.append(w)
            sents.append("I am applying the %s at %s to %s." % (word, R.ex_phrase(list(exs), 0, L.regime), " and ".join(where)))
        b.append(("p", "Your request has now been considered and I can confirm that %s holds information relevant to it. "
                       "However, %s" % (A["name"], " ".join(sents))))
        wex = []
        for exs in groups:
            for e in exs:
                if e not in wex:
                    wex.append(e)
        b.extend(R.harm_blocks(wex, L.regime))
        b.append(("p", "The response to the remaining questions is provided below."))
        for pi, (hd, intro, qs) in enumerate(L.parts, 1):
            if multi:
                b.append(("h3", "Part %d" % pi))
            for qi, q in enumerate(qs, 1):
                if q.s == "W":
                    continue
                b.append(("p", "Question %d - %s" % (qi, answer_text(L, q, "P%d.Q%d" % (pi, qi)))))
        # reasons for P/N answered individually
        rest = [q for _, _, _, q in L.questions() if q.s in ("P",)]
        pex = []
        for q in rest:
            for e in q.ex:
                if e not in wex and e not in pex:
                    pex.append(e)
        if pex:
            b.append(("h3", "Partial disclosure"))
            b.extend(R.harm_blocks(pex, L.regime))
        if any(q.s == "N" for _, _, _, q in L.questions()):
            b.append(("h3", "Neither confirm nor deny"))
            b.append(("p", "To confirm or deny whether information is held would itself disclose information of value "
                           "to those who wish to compromise security. The same reply is given whether or not information is held."))
        return b
    else:
        raise ValueError(st)
    b.extend(reasons_blocks(L))
    return b


def letter_blocks(L, web=False):
    return head_blocks(L, web) + body_blocks(L) + closing_blocks(L)


def request_text(L):
    """A bare incoming request (no answers)."""
    A = AUTH[L.auth]
    out = ["%s - Freedom of Information request log" % A["name"],
           "Request reference: %s" % L.ref,
           "Date received: %s" % R.fmt_date(L.date, 0),
           "Status: Open - response due within 20 working days",
           "",
           "From: [requester details removed]",
           "To: %s" % "foi@harrowfield.gov.uk",
           "Subject: Freedom of Information request - %s" % L.title,
           "Sent: %s" % R.fmt_date(L.date, 0),
           "",
           "Dear %s," % A["name"],
           "",
           "Under the Freedom of Information Act 2000, please could you provide the following information:",
           ""]
    for qid, pi, qi, q in L.questions():
        out.append("%d. %s" % (qi, q.t))
        out.append("")
    out += ["If it would exceed the cost limit to answer every question, please answer as many as you can in the order asked.",
            "",
            "Yours faithfully,", "", "[name removed]", ""]
    return "\n".join(out)


def write_outputs(L, outdir):
    A = AUTH[L.auth]
    base = os.path.splitext(L.name)[0]
    target = os.path.join(outdir, L.name)
    if L.bare:
        with open(target, "w", encoding="utf-8") as f:
            f.write(request_text(L))
        return target
    fmt = L.fmt
    if fmt in ("txt", "md"):
        blocks = letter_blocks(L)
        text = R.blocks_to_text(blocks, md=(fmt == "md"))
        if A["banner"] and fmt == "txt":
            text = A["banner"] + "\n\n" + text + "\n" + A["banner"] + "\n"
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)
        return target
    if fmt == "html" and L.draft:
        body = R.blocks_to_html_body(letter_blocks(L))
        with open(target, "w", encoding="utf-8") as f:
            f.write(R.html_doc("%s %s" % (A["name"], L.ref), body))
        return target
    if fmt == "html":
        blocks = letter_blocks(L, web=True)
        body = R.blocks_to_html_body(blocks)
        footer = [A["name"]] + A["head"][1:]
        page = R.disclosure_page(A["site"], "FOI response %s: %s" % (L.ref, L.title), body, A["crumbs"], footer)
        with open(target, "w", encoding="utf-8") as f:
            f.write(page)
        return target
    if fmt == "pdf-gs":
        blocks = letter_blocks(L)
        text = R.blocks_to_text(blocks)
        R.ps_pdf(text, target, header=A["banner"] or "", footer=A["name"])
        return target
    # soffice / chromium: via a letter HTML
    blocks = letter_blocks(L)
    body = R.blocks_to_html_body(blocks)
    if A["banner"]:
        body = "<p style=\"text-align:center;font-size:9pt\"><b>%s</b></p>\n" % A["banner"] + body + \
               "\n<p style=\"text-align:center;font-size:9pt\"><b>%s</b></p>" % A["banner"]
    src = os.path.join(BUILD, base + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(R.html_doc("%s %s" % (A["name"], L.ref), body))
    if fmt == "docx":
        out = R.soffice(src, BUILD, "docx")
        shutil.move(out, target)
    elif fmt == "pdf-soffice":
        out = R.soffice(src, BUILD, "pdf")
        shutil.move(out, target)
    elif fmt == "pdf-chromium":
        R.chromium_pdf(src, target)
    else:
        raise ValueError(fmt)
    return target


def assign_names():
    for L in H:
        if L.name:
            continue
        ext = {"txt": "txt", "md": "md", "html": "html", "docx": "docx"}.get(L.fmt, "pdf")
        slug = re.sub(r"[^A-Za-z0-9]+", "-", L.ref).strip("-")
        L.name = "%s_%s_%s.%s" % (L.auth.lower(), L.date[:4], slug, ext)
    for L in D:
        assert L.name


def main():
    render = "--no-render" not in sys.argv
    assign_names()
    check_unique()
    drafts, counts = derive()
    nfind = sum(counts.values())
    expect = {
        "description": ("Set P: four invented authorities (a London borough, a police force, a mental health NHS "
                        "foundation trust, a fire and rescue service), %d history letters 2017-2025 and %d drafts "
                        "2025-2026. Round-robin families repeated with rewording, reordering, inserted and dropped "
                        "questions, parts versus one merged list, the same sentence in two parts, look-alike questions, "
                        "merged questions, unrelated requests; %d planted findings; consistent repeats with restated "
                        "figures; a FOIA s43(2) to EIR reg12(5)(e) regime change; a bare incoming request; an as_of "
                        "draft; a draft dated before a later matching letter." % (len(H), len(D), nfind)),
        "drafts": drafts,
    }
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth_dump(), f, indent=2, ensure_ascii=False)
    print("findings by kind:", json.dumps(counts, sort_keys=True), "total", nfind)
    if not render:
        return
    for d in (HIST, DRAFTS, BUILD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for L in H:
        write_outputs(L, HIST)
    for L in D:
        write_outputs(L, DRAFTS)
    shutil.rmtree(BUILD, ignore_errors=True)
    print("rendered %d history letters and %d drafts" % (len(H), len(D)))


if __name__ == "__main__":
    main()
