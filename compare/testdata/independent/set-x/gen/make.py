#!/usr/bin/env python3
"""Evaluation set X for a FOI consistency checker.

Holds the truth for every letter (authority, reference, date, and for every
question its concept, stance, exemptions and released fact), renders the
letters into history/ and drafts/, and derives expect.json from the truth.

Usage: python3 make.py            (render everything and write expect.json)
       python3 make.py --expect   (only write expect.json and truth.json)
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from render import (blocks_to_text, blocks_to_md, letter_html, disclosure_page, blocks_to_ps,  # noqa: E402
                    fmt_date)
from styles import STYLES, R, P, W, N, H, X  # noqa: E402
from authorities import AUTHS, with_harm  # noqa: E402


def Q(c, t, s, a=None, ex=(), f=None, reg=None):
    return {"c": c, "t": t, "s": s, "a": a, "ex": sorted(ex), "f": f, "reg": reg}


LETTERS = []


def letter(key, auth, ref, date, received, style, fmt, title, parts, kind="history", **kw):
    L = {"key": key, "auth": auth, "ref": ref, "date": date, "received": received, "style": style,
         "fmt": fmt, "title": title, "parts": parts, "kind": kind}
    L.update(kw)
    LETTERS.append(L)
    return L


def one(qs):
    return [(None, qs)]


# =====================================================================================
# A. Calderbrook Metropolitan Borough Council (FOIA; EIR for the 2025 waste draft)
# =====================================================================================

letter("C01", "C", "CMBC/FOI/17/0388", "2017-06-14", "2017-05-22", "interleaved", "txt",
       "Fly-tipping enforcement", one([
           Q("ft.incidents.1417", "Please state the number of fly-tipping incidents recorded by the Council in "
             "each of the financial years 2014/15, 2015/16 and 2016/17.", R,
             "2014/15: 2,114; 2015/16: 2,390; 2016/17: 2,655.", f=(2114, 2390, 2655)),
           Q("ft.officers", "How many enforcement officers does the Council employ to investigate fly-tipping?", R,
             "The Council employs 3 full-time equivalent enforcement officers within the Environmental Crime "
             "Team.", f=3),
           Q("ft.cctv.count", "Does the Council use covert or deployable cameras to catch fly-tippers? If so, how "
             "many does it have?", R, "Yes. The Council currently has 4 re-deployable covert cameras for this "
             "purpose.", f=4),
           Q("ft.bulky.charge", "What is the current charge for a bulky waste collection?", R,
             "\u00a325 for up to three items.", f=25),
       ]), iv="request", dfmt="ord", hstyle=0)

letter("C02", "C", "CMBC/FOI/17/0791", "2017-11-02", "2017-10-05", "table", "docx",
       "Waste and recycling collection contract", one([
           Q("wc.supplier", "Name of the contractor that delivers your household waste and recycling "
             "collections.", R, "Veridian Environmental Services Ltd", f="veridian"),
           Q("wc.length", "Length of the contract, including any extension options.", R,
             "12 years (1 April 2015 to 31 March 2027). There is no extension option.", f=144),
           Q("wc.expiry", "Date the contract ends.", R, "31 March 2027", f="2027-03-31"),
           Q("wc.value", "Annual value of the contract.", W, ex=["s43(2)"]),
           Q("wc.rcv.count", "How many refuse collection vehicles operate under the contract?", R, "38", f=38),
       ]), dfmt="long", hstyle=3, thdr=("Question", "Answer"))

letter("C03", "C", "CMBC/FOI/18/0219", "2018-03-21", "2018-02-27", "youasked", "html",
       "Civil parking enforcement", one([
           Q("pk.pcn.2017", "How many Penalty Charge Notices did the Council issue in the calendar year 2017?", R,
             "31,406", f=31406),
           Q("pk.contractor", "Is parking enforcement carried out in-house or by a contractor? If a contractor, "
             "please name them.", R, "Parking enforcement is carried out under contract by CivicPark "
             "Solutions Ltd.", f="civicpark"),
           Q("pk.contract.expiry", "When is the current parking enforcement contract due to end?", R,
             "30 September 2021.", f="2021-09-30"),
           Q("pk.bwv", "Do civil enforcement officers wear body cameras?", R,
             "Yes, all civil enforcement officers are issued with body-worn cameras.", f=True),
       ]), dfmt="long", hstyle=2)

letter("C05", "C", "CMBC/FOI/19/0455", "2019-05-16", "2019-04-18", "numbered", "pdf-soffice",
       "Refuse collection arrangements", one([
           Q("wc.supplier", "Who empties the bins? I'd like to know which company, if any, the council pays to "
             "collect household rubbish and recycling.", R, "Household waste and recycling collections are "
             "provided by Veridian Environmental Services Ltd on behalf of the Council.", f="veridian"),
           Q("wc.value", "How much does the council pay that firm each year?", W, ex=["s43(2)"]),
           Q("wc.length", "For how many years was the arrangement originally let?", R, "Twelve years.", f=144),
           Q("wc.expiry", "When does the arrangement come to an end?", R, "The contract expires on 31/03/2027.",
             f="2027-03-31"),
           Q("wc.missed.2018", "How many complaints about missed bins did the council receive in 2018?", R,
             "1,942", f=1942),
       ]), dfmt="ord", hstyle=0, lead="Your request read as follows:", akey="num")

letter("C06", "C", "CMBC/FOI/20/0586", "2020-08-12", "2020-07-15", "interleaved", "md",
       "Fly-tipping 2019/20", one([
           Q("ft.incidents.1920", "Total number of fly-tipping incidents recorded in 2019/20.", R, "2,846",
             f=2846),
           Q("ft.prosecutions.1920", "Number of successful prosecutions for fly-tipping in 2019/20.", R, "11",
             f=11),
           Q("ft.cctv.count", "Number of cameras used for fly-tipping surveillance.", R,
             "6 deployable cameras.", f=6),
           Q("ft.cctv.locations", "Where are these cameras located?", R,
             "Cameras are rotated between known hotspots. During 2019/20 they were deployed at Moor Lane, "
             "Ravensworth Road, the rear of Kirkgate and Holme Bottom lay-by.", f="sites-2020"),
       ]), iv="QA", dfmt="long", hstyle=3)

letter("C07", "C", "FOI-2021-11873", "2021-07-08", "2021-06-10", "youasked", "pdf-chromium",
       "Illegal dumping and camera enforcement", [
           ("Part 1 \u2013 dumped waste", [
               Q("ft.incidents.2021", "How many reports of rubbish being illegally dumped on public land did you "
                 "log between April 2020 and March 2021?", R, "3,377", f=3377),
               Q("ft.prosecutions.2021", "Of the people caught dumping rubbish in that same twelve months, how "
                 "many were taken to court and convicted?", R, "7 cases resulted in a successful prosecution.",
                 f=7),
           ]),
           ("Part 2 \u2013 surveillance", [
               Q("ft.cctv.count", "How many mobile surveillance cameras do you own for catching illegal dumpers?",
                 R, "8", f=8),
               Q("ft.cctv.locations", "Give the sites where those mobile cameras have been placed.", R,
                 "Moor Lane, Ravensworth Road, Kirkgate (rear), Holme Bottom lay-by, Station Approach car park "
                 "and Upper Fold allotments.", f="sites-2021"),
               Q("cctv.town.count", "How many cameras does the council operate in total across its public space "
                 "CCTV system?", R, "212 fixed cameras, monitored from the Town Hall control room.", f=212),
           ]),
       ], dfmt="long", hstyle=2, preamble="You asked for information in two parts.")

letter("C08", "C", "FOI-2022-14310", "2022-06-22", "2022-05-25", "table", "pdf-gs",
       "ICT telephony and cyber security", one([
           Q("it.telephony.supplier", "Supplier of the Council's telephony / contact centre platform", R,
             "Nexora Communications Ltd", f="nexora"),
           Q("it.telephony.expiry", "Expiry date of that contract", R, "31 August 2024", f="2024-08-31"),
           Q("cy.ransom.paid", "Has the Council paid a ransom following a cyber attack in the last five years?", R,
             "No.", f=False),
           Q("cy.incidents.2021", "Number of cyber security incidents recorded in 2021", W, ex=["s31(1)(a)"]),
       ]), dfmt="slash", hstyle=0, lab="num")

letter("C09", "C", "FOI-2022-15562", "2022-10-19", "2022-09-21", "numbered", "docx",
       "Environmental crime \u2013 fly-tipping", one([
           Q("ft.fpn.2122", "the number of fixed penalty notices issued for fly-tipping offences in 2021/22;", R,
             "412 fixed penalty notices were issued.", f=412),
           Q("ft.clearance.cost.2122", "the cost to the Council of clearing fly-tipped waste in 2021/22;", R,
             "\u00a3318,450", f=318450),
           Q("ft.prosecutions.2021", "the number of fly-tipping prosecutions brought in 2020/21 that resulted in "
             "a conviction;", R, "7", f=7),
           Q("ft.officers", "the number of staff (FTE) employed to enforce against fly-tipping;", R, "5.0 FTE",
             f=5),
           Q("ft.fpn.amount", "the level at which the fixed penalty for fly-tipping is currently set.", R,
             "\u00a3400, reduced to \u00a3250 if paid within 10 days.", f=400),
       ]), dfmt="long", hstyle=1, lead="You asked the Council to provide:", akey="point", order=[3, 1, 2, 5, 4])

letter("C10", "C", "FOI-2023-18044", "2023-09-13", "2023-08-16", "decision", "txt",
       "Waste collection and street cleansing contracts", one([
           Q("wc.supplier", "Could you tell me the name of the organisation responsible for kerbside household "
             "collections in the borough?", R, "Veridian Environmental Services Ltd.", f="veridian"),
           Q("wc.value", "What is the contract worth per annum?", W, ex=["s43(2)"]),
           Q("wc.expiry", "What is the end date?", R, "31 March 2027", f="2027-03-31"),
           Q("wc.length", "What was the original term?", R, "A 12-year term.", f=144),
           Q("sc.supplier", "Could you tell me the name of the organisation responsible for street cleansing in "
             "the borough?", R, "Street cleansing is delivered in-house by the Council's Streetscene service; "
             "there is no external contractor.", f="inhouse"),
       ]), dfmt="ord", hstyle=3, akey="Question")

letter("C11", "C", "FOI-2024-19871", "2024-04-03", "2024-03-06", "interleaved", "html",
       "Fly-tipping data request", one([
           Q("ft.incidents.2223", "How many fly-tips were reported to or found by the council in 2022-23?", R,
             "3,112", f=3112),
           Q("ft.fpn.2122", "In the year to 31 March 2022, how many on-the-spot fines were handed out to people "
             "who dumped waste?", R, "412", f=412),
           Q("ft.prosecutions.2021", "For the year 2020-21, how many fly-tipping cases ended in a court "
             "conviction?", R, "Seven.", f=7),
           Q("ft.officers", "What staffing resource, in full-time equivalents, does the council put into "
             "fly-tipping enforcement?", R, "5 FTE officers.", f=5),
           Q("ft.cctv.count", "How many covert or re-deployable cameras are currently available to monitor "
             "fly-tipping hotspots?", R, "9", f=9),
           Q("ft.cctv.locations", "Where have those cameras been deployed?", R,
             "Moor Lane, Ravensworth Road, Station Approach car park, Upper Fold allotments, Cinder Hill Lane "
             "and Holme Bottom lay-by.", f="sites-2024"),
       ]), iv="response", dfmt="long", hstyle=2)

letter("C12", "C", "FOI-2024-21030", "2024-11-27", "2024-10-30", "table", "md",
       "Parking enforcement", one([
           Q("pk.contractor", "Which organisation enforces on-street and off-street parking restrictions on "
             "behalf of the Council?", R, "Sentinel Parking Services Ltd", f="sentinel"),
           Q("pk.contract.expiry", "On what date does the current enforcement agreement finish?", R,
             "30 September 2028", f="2028-09-30"),
           Q("pk.bwv", "Are your enforcement officers equipped with body-worn video?", R, "Yes", f=True),
           Q("pk.pcn.2023", "Number of PCNs issued 1 January \u2013 31 December 2023", R, "48,211", f=48211),
       ]), dfmt="long", hstyle=0, lab="num")

# ---- council drafts

letter("CD1", "C", "FOI-2025-20417", "2025-05-14", "2025-04-16", "youasked", "pdf-soffice",
       "Fly-tipping enforcement and cameras", [
           ("Part 1 \u2013 enforcement", [
               Q("ft.fpn.2122", "Fixed penalty notices: how many were issued for fly-tipping during financial "
                 "year 2021-22?", R, "398", f=398),
               Q("ft.prosecutions.2021", "How many fly-tipping prosecutions concluded with a conviction in "
                 "2020-21?", H, "The Council does not hold this information. Case records from before the move "
                 "to our current enforcement system in 2022 were deleted in line with the retention schedule."),
               Q("ft.officers", "How many officers (full-time equivalent) work on fly-tipping enforcement?", R,
                 "Five full-time equivalent officers.", f=5),
               Q("ft.incidents.2223", "Total fly-tipping incidents for April 2022 to March 2023.", R, "3112",
                 f=3112),
           ]),
           ("Part 2 \u2013 cameras", [
               Q("ft.cctv.count", "How many deployable cameras do you have for fly-tipping?", R, "Nine.", f=9),
               Q("ft.cctv.locations", "Please list the locations where they are used.", W, ex=["s31(1)(a)"]),
               Q("wc.vehicle.cameras", "How many cameras are fitted to the Council's refuse collection vehicles?",
                 R, "Each of the 38 collection vehicles carries a four-camera system: 152 cameras in total.",
                 f=152),
           ]),
       ], kind="draft", dfmt="long", hstyle=0)

letter("CD2", "C", "FOI-2025-21958", "2025-09-10", "2025-08-13", "numbered", "docx",
       "Household waste collection contract", one([
           Q("wc.supplier", "Which firm has been appointed to run household bin and recycling rounds?", R,
             "Veridian Environmental Services Limited.", f="veridian"),
           Q("wc.value", "What is the yearly payment made to that firm?", W, ex=["reg12(5)(e)"]),
           Q("wc.expiry", "When is the deal scheduled to finish?", R, "31.03.2027", f="2027-03-31"),
           Q("wc.length", "How long was the deal originally awarded for?", R, "144 months (from 1 April 2015).",
             f=144),
           Q("sc.supplier", "Who sweeps the streets \u2013 an outside company or council staff?", R,
             "Council staff: street cleansing remains in-house within Streetscene.", f="inhouse"),
       ]), kind="draft", regime="eir", dfmt="ord", hstyle=3, akey="num", consistent=True,
       lead="You asked:")

letter("CD3", "C", "", "2026-01-20", "2026-01-20", "bare", "txt",
       "Freedom of Information request - parking enforcement and highways", one([
           Q("pk.contractor", "Please name the company that issues parking tickets on the Council's behalf.",
             "unknown"),
           Q("pk.contract.expiry", "When does that company's contract run out?", "unknown"),
           Q("pk.bwv", "Do the parking wardens wear cameras on their uniforms?", "unknown"),
           Q("pk.pcn.2023", "How many parking tickets were issued in 2023 (January to December)?", "unknown"),
           Q("ph.contractor", "Please name the company that repairs potholes on the Council's behalf.",
             "unknown"),
       ]), kind="bare", frm="Jordan Ellery <j.ellery.requests@example.org>",
       to="Calderbrook Metropolitan Borough Council <foi@calderbrook.gov.uk>",
       preamble="Under the Freedom of Information Act 2000, please provide the following information:")

# =====================================================================================
# B. Cambria Police / Heddlu Cambria (Welsh force, FOIA)
# =====================================================================================

letter("P01", "P", "FOI/2017/00612", "2017-08-09", "2017-07-12", "interleaved", "txt",
       "Body worn video", one([
           Q("bwv.devices", "How many body worn video cameras does the force currently have in use?", R, "850",
             f=850),
           Q("bwv.supplier", "Who supplied them?", R, "Optivue Systems Ltd", f="optivue"),
           Q("bwv.value", "What was the total value of the contract?", W, ex=["s43(2)"]),
           Q("bwv.retention", "How long is footage kept if it is not needed as evidence?", R, "31 days", f=31),
       ]), iv="request", dfmt="ord", hstyle=1)

letter("P02", "P", "FOI/2018/00388", "2018-05-23", "2018-04-25", "table", "md",
       "Unmanned aerial vehicles", one([
           Q("drone.count", "Number of UAVs (drones) owned or leased by the force", R, "4", f=4),
           Q("drone.models", "Make and model of each", R, "DJI Matrice 210 (2); DJI Mavic 2 Enterprise (2)",
             f="m210+mavic2"),
           Q("drone.pilots", "Number of officers qualified to fly them", R, "9", f=9),
           Q("drone.spend.1718", "Total spend on drones in 2017/18", R, "\u00a338,600", f=38600),
       ]), dfmt="long", hstyle=1, lab="num", thdr=("Request", "Response"))

letter("P03", "P", "FOI/2019/00201", "2019-03-14", "2019-02-14", "numbered", "pdf-soffice",
       "Contact centre and inbound network contracts", [
           ("Part 1 \u2013 contact centre service contracts", [
               Q("ict.cc.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me "
                 "with the supplier of the contract.", R, "Mercato Contact Systems Ltd", f="mercato"),
               Q("ict.cc.expiry", "Contract Expiry: For each supplier, please state the date of when the "
                 "contract expires.", R, "30 June 2022", f="2022-06-30"),
               Q("ict.cc.agents", "Number of Agents: please provide me with the total number of contact centre "
                 "agents.", R, "146", f=146),
               Q("ict.email.users", "Number of email users: approximate number of email users across the "
                 "organisation.", R, "2,900", f=2900),
           ]),
           ("Part 2 \u2013 inbound network services contracts", [
               Q("ict.in.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me "
                 "with the supplier of the contract.", R, "Tellwyn Networks Ltd", f="tellwyn"),
               Q("ict.in.expiry", "Contract Expiry: For each supplier, please state the date of when the "
                 "contract expires.", R, "31 January 2023", f="2023-01-31"),
           ]),
       ], dfmt="ord", hstyle=1, lead="I note you seek access to the following information:",
       preamble="The first part of my request relates to contact centre service contracts (call distribution, "
                "web chat, performance monitoring). The second part relates to inbound network services "
                "contracts (0800/0300 numbers, call routing, IVR).", akey="Question")

letter("P04", "P", "FOI/2019/00877", "2019-11-20", "2019-10-23", "youasked", "html",
       "Body-worn cameras", one([
           Q("bwv.devices", "I would like to know how many officers and staff are now issued with a personal "
             "issue body-worn camera, or how many units are in circulation if they are pooled.", R,
             "There are 1,150 body-worn video units in circulation; they are pooled at stations.", f=1150),
           Q("bwv.supplier", "Which manufacturer or reseller provides the equipment?", R, "Optivue Systems Ltd.",
             f="optivue"),
           Q("bwv.value", "What is the contract worth in total over its life?", W, ex=["s43(2)"]),
           Q("bwv.expiry", "When does the agreement end?", R, "31/03/2023", f="2023-03-31"),
           Q("bwv.retention", "What is the retention period for recordings that are not evidential?", R,
             "Non-evidential footage is automatically deleted after 31 days.", f=31),
       ]), ya="caps", dfmt="long", hstyle=2)

letter("P05", "P", "FOI/2020/00655", "2020-09-30", "2020-09-02", "decision", "docx",
       "Drones", one([
           Q("drone.count", "How many remotely piloted aircraft systems does the force operate?", R, "6", f=6),
           Q("drone.models", "Provide the manufacturer and model of every aircraft.", W, ex=["s31(1)(a)"]),
           Q("drone.pilots", "How many staff hold a current remote pilot qualification?", R, "14", f=14),
           Q("drone.protest", "Has the force used a drone to monitor any protest or demonstration since January "
             "2019?", N, ex=["s24(2)", "s31(3)"]),
       ]), dfmt="ord", hstyle=1)

letter("P06", "P", "CAS-2021-01187-H3T6", "2021-06-16", "2021-05-19", "youasked", "txt",
       "Facial recognition technology", one([
           Q("lfr.deployments", "Please provide the dates and locations of every deployment of live facial "
             "recognition cameras by the force, and the size of the watchlist used on each occasion.", H,
             "No information is held. Cambria Police has not deployed live facial recognition technology."),
           Q("rfr.searches.2020", "How many retrospective facial recognition searches did the force run against "
             "the Police National Database in 2020?", R, "1,204", f=1204),
       ]), dfmt="long", hstyle=1)

letter("P07", "P", "CAS-2022-02291-K8M1", "2022-04-06", "2022-03-10", "interleaved", "md",
       "Police dogs", one([
           Q("dogs.count", "How many police dogs does the force have?", R, "32", f=32),
           Q("dogs.breeds", "What breeds are they?", R,
             "German Shepherd (14), Belgian Malinois (9), Springer Spaniel (7), Labrador (2).", f="breeds"),
           Q("dogs.retired.2021", "How many dogs retired in 2021?", R, "4", f=4),
       ]), iv="QA", dfmt="long", hstyle=1)

letter("P08", "P", "CAS-2022-05530-P4Q7", "2022-11-09", "2022-10-12", "numbered", "pdf-chromium",
       "Body worn video and fleet", one([
           Q("bwv.devices", "the total number of BWV cameras issued;", R, "1,480", f=1480),
           Q("bwv.supplier", "the supplier;", R, "Optivue Systems Ltd", f="optivue"),
           Q("bwv.value", "the value of the current contract;", W, ex=["s43(2)"]),
           Q("bwv.expiry", "the end date of the current contract;", R, "31 March 2027", f="2027-03-31"),
           Q("fleet.total", "the total number of vehicles in your fleet;", R, "612", f=612),
           Q("fleet.ev", "how many of those vehicles are fully electric.", R, "23", f=23),
       ]), dfmt="ord", hstyle=1, lab="paren", akey="paren",
       lead="I note you seek access to the following information:")

letter("P09", "P", "CAS-2023-04417-W2K9", "2023-07-19", "2023-06-21", "interleaved", "pdf-gs",
       "Contact centre and inbound network contracts", one([
           Q("ict.cc.supplier", "Contact centre: who is the incumbent supplier?", R,
             "Mercato Contact Systems Ltd", f="mercato"),
           Q("ict.cc.expiry", "Contact centre: when does the contract expire?", R, "30 June 2026",
             f="2026-06-30"),
           Q("ict.in.supplier", "Inbound network services: who is the incumbent supplier?", R,
             "Tellwyn Networks Ltd", f="tellwyn"),
           Q("ict.in.expiry", "Inbound network services: when does the contract expire?", R, "31 January 2027",
             f="2027-01-31"),
           Q("ict.email.users", "Approximately how many email users are there across the organisation?", R,
             "3,000", f=3000),
       ]), iv="response", dfmt="long", hstyle=1)

letter("P10", "P", "CAS-2024-00961-R7D2", "2024-02-28", "2024-01-31", "decision", "txt",
       "Drone capability", one([
           Q("drone.count", "Please confirm the size of your drone fleet.", R, "Nine aircraft.", f=9),
           Q("drone.models", "Please list the makes and models.", W, ex=["s31(1)(a)"]),
           Q("drone.pilots", "How many trained pilots do you have?", R, "22", f=22),
           Q("drone.protest", "Have drones been flown over protests?", N, ex=["s24(2)", "s31(3)"]),
           Q("drone.seized", "How many drones has the force seized from members of the public?", R,
             "17", f=17),
       ]), dfmt="ord", hstyle=1, order=[5, 1, 3])

letter("P11", "P", "CAS-2024-03310-T5B8", "2024-08-14", "2024-07-17", "youasked", "pdf-soffice",
       "Facial recognition and body cameras", one([
           Q("lfr.deployments", "List each deployment of live facial recognition, with the date, the place and "
             "the size of the watchlist.", H,
             "No information held. Cambria Police has not deployed live facial recognition."),
           Q("bwv.devices", "How many body-worn cameras are in use?", R, "1,520", f=1520),
           Q("bwv.supplier", "Name the supplier of those cameras.", R, "Optivue Systems Ltd", f="optivue"),
           Q("bwv.retention", "How long is non-evidential footage retained?", R, "31 days", f=31),
       ]), dfmt="ord", hstyle=1)

# ---- police drafts

letter("PD1", "P", "CAS-2025-01402-B6N3", "2025-03-12", "2025-02-12", "numbered", "pdf-chromium",
       "Body worn video and drones", one([
           Q("bwv.devices", "How many body-worn video cameras do officers currently use, broken down by "
             "station?", P, "Cambria Police has 1,520 body-worn video cameras in use. The breakdown by station "
             "is withheld under Section 31(1)(a) Law Enforcement, as it would reveal deployment levels at "
             "individual stations.", ex=["s31(1)(a)"], f=1520),
           Q("bwv.supplier", "Which company supplies them?", R, "Axiom Body Camera Systems Ltd", f="axiom"),
           Q("bwv.value", "What is the contract worth?", R, "\u00a31,236,000 over four years.", f=1236000),
           Q("drone.models", "What type of drones do you fly?", W, ex=["s24(1)"]),
           Q("drone.pilots", "How many officers are trained drone pilots?", R, "Twenty-two.", f=22),
       ]), kind="draft", dfmt="ord", hstyle=1, akey="Question",
       lead="I note you seek access to the following information:")

letter("PD2", "P", "CAS-2025-04120-F9J2", "2025-10-01", "2025-09-03", "youasked", "md",
       "Facial recognition, drones and contact centre contracts", [
           ("Part 1 \u2013 surveillance technology", [
               Q("lfr.deployments", "For each time the force has used live facial recognition, please give the "
                 "date, location and number of people on the watchlist.", N, ex=["s24(2)", "s31(3)"]),
               Q("rfr.searches.2024", "How many retrospective facial recognition searches did the force run in "
                 "2024?", R, "2,870", f=2870),
               Q("drone.protest", "Have you used drones to watch protests?", R,
                 "Yes. Drones were deployed at three protests in 2024 and one in 2025 to support public order "
                 "planning.", f=True),
           ]),
           ("Part 2 \u2013 contact centre contract", [
               Q("ict.cc.supplier", "Incumbent supplier of the contract.", W, ex=["s31(1)(a)"]),
               Q("ict.cc.expiry", "Expiry date of the contract.", R, "30/06/2026", f="2026-06-30"),
           ]),
           ("Part 3 \u2013 inbound network contract", [
               Q("ict.in.supplier", "Incumbent supplier of the contract.", R, "Tellwyn Networks Ltd",
                 f="tellwyn"),
               Q("ict.in.expiry", "Expiry date of the contract.", R, "31st January 2027", f="2027-01-31"),
           ]),
       ], kind="draft", dfmt="long", hstyle=1)

letter("PD3", "P", "CAS-2025-02777-M2X4", "2025-06-18", "2025-05-21", "interleaved", "txt",
       "Body worn video, fleet and drones", one([
           Q("bwv.devices", "Number of body worn cameras in use", R, "1,520", f=1520),
           Q("bwv.retention", "Retention period for non-evidential BWV footage", R, "Thirty-one days.", f=31),
           Q("bwv.value", "Value of the BWV contract", W, ex=["s43(2)"]),
           Q("fleet.ev", "How many fully electric vehicles are in the force fleet?", R, "31", f=31),
           Q("drone.models", "Models of drone operated", W, ex=["s31(1)(a)"]),
       ]), kind="draft", iv="QA", dfmt="ord", hstyle=1, as_of="2021-01-01")

# =====================================================================================
# C. Wyvern Vale Partnership NHS Foundation Trust (mental health, FOIA)
# =====================================================================================

letter("N01", "N", "WVP-FOI-0211", "2017-10-04", "2017-09-06", "interleaved", "txt",
       "Staff car parking", one([
           Q("park.charge", "How much do staff pay per month to park at the Trust's main hospital site?", R,
             "\u00a318 per month for full-time staff.", f=18),
           Q("park.income.1617", "What was the Trust's income from staff parking in 2016/17?", R,
             "\u00a3212,540", f=212540),
       ]), iv="response", dfmt="long", hstyle=0)

letter("N02", "N", "WVP-FOI-0498", "2018-07-11", "2018-06-13", "table", "html",
       "Electronic patient record", one([
           Q("epr.supplier", "Who supplies the Trust's electronic patient record system?", R,
             "Meridian Clinical Systems Ltd", f="meridian"),
           Q("epr.expiry", "When does the contract expire?", R, "30 September 2023", f="2023-09-30"),
           Q("epr.value", "What is the total contract value?", W, ex=["s43(2)"]),
           Q("cy.ransom", "Has the Trust ever paid a ransom to regain access to its systems?", R, "No", f=False),
       ]), dfmt="long", hstyle=2, lab="num")

letter("N03", "N", "WVP-FOI-0864", "2020-08-19", "2020-07-22", "numbered", "pdf-soffice",
       "Agency staffing 2019/20", one([
           Q("ag.nursing.1920", "Total expenditure on agency nurses in 2019/20.", R, "\u00a34,212,388",
             f=4212388),
           Q("ag.medical.1920", "Total expenditure on agency medical staff (locum doctors) in 2019/20.", R,
             "\u00a32,905,117", f=2905117),
           Q("ag.top5.1920", "The five agencies with the highest spend in 2019/20.", R,
             "Greenacre Nursing Agency; Lanyard Medical Staffing; CarePoint Locums; Beacon Healthcare "
             "Recruitment; Northway Nurses.", f="top5-1920"),
       ]), dfmt="long", hstyle=0, akey="num")

letter("N04", "N", "FOI 2021/072", "2021-02-24", "2021-01-27", "interleaved", "docx",
       "Temporary staffing costs", one([
           Q("ag.nursing.1920", "I'd like to know what the trust spent on nurses supplied by employment agencies "
             "(not the in-house bank) in the financial year April 2019 to March 2020.", R, "\u00a34,212,388",
             f=4212388),
           Q("ag.medical.1920", "And, for the same twelve months, what was paid to agencies for locum doctors?",
             R, "\u00a32,905,117", f=2905117),
           Q("bank.nursing.1920", "How much was spent on bank (not agency) nursing shifts in the same period?", R,
             "\u00a36,880,240", f=6880240),
       ]), iv="QA", dfmt="ord", hstyle=0)

letter("N05", "N", "FOI 2021/402", "2021-11-03", "2021-10-06", "decision", "pdf-chromium",
       "Cyber security and clinical systems", one([
           Q("cy.incidents.1921", "How many cyber security incidents were reported between April 2019 and March "
             "2021?", W, ex=["s31(1)(a)"]),
           Q("cy.ransom", "Have you paid any ransom in relation to a ransomware attack?", R, "No.", f=False),
           Q("epr.supplier", "Who is your EPR supplier?", R, "Meridian Clinical Systems Ltd", f="meridian"),
           Q("epr.expiry", "When does your EPR contract end?", R, "30 September 2026", f="2026-09-30"),
           Q("epr.value", "What is the value of the EPR contract?", W, ex=["s43(2)"]),
       ]), dfmt="long", hstyle=0, lead="You asked:")

letter("N06", "N", "FOI 2022/219", "2022-06-08", "2022-05-11", "youasked", "md",
       "Out of area placements", one([
           Q("oap.count.2122", "How many patients were placed in an inpatient bed outside the Trust's area during "
             "2021/22?", R, "147", f=147),
           Q("oap.reason.2122", "How many of those placements were because no local bed was available, and how "
             "many were for specialist care?", H, "The Trust does not hold this information in a reportable "
             "form. The reason for each placement is not recorded in a structured field."),
           Q("oap.cost.2122", "What did out of area placements cost in 2021/22?", R, "\u00a33,480,000",
             f=3480000),
       ]), dfmt="long", hstyle=0)

letter("N07", "N", "FOI 2023/188", "2023-05-17", "2023-04-19", "numbered", "txt",
       "Waiting times \u2013 CAMHS and eating disorders", one([
           Q("wl.camhs.count.2023", "Number of children and young people waiting for a first CAMHS appointment on "
             "31 March 2023.", R, "1,863", f=1863),
           Q("wl.camhs.median.2023", "Median wait from referral to first treatment for the child and adolescent "
             "mental health service (CAMHS), as at 31 March 2023.", R, "14 weeks", f=98),
           Q("wl.adult.ed.median.2023", "Median wait from referral to first treatment for the adult eating "
             "disorders service, as at 31 March 2023.", R, "22 weeks", f=154),
       ]), dfmt="slash", hstyle=0, akey="num")

letter("N08", "N", "FOI 2023/461", "2023-10-25", "2023-09-27", "numbered", "pdf-gs",
       "Agency spend", one([
           Q("ag.total.2223", "Total agency staff expenditure in 2022/23.", R, "\u00a311,640,000", f=11640000),
           Q("ag.top5.2223", "The top five staffing agencies by spend in 2022/23, with the amount paid to each.",
             R, "Greenacre Nursing Agency \u00a32,310,000; CarePoint Locums \u00a31,905,000; Lanyard Medical "
             "Staffing \u00a31,460,000; Beacon Healthcare Recruitment \u00a3980,000; Northway Nurses "
             "\u00a3715,000.", f="top5-2223"),
           Q("ag.nursing.1920", "For comparison, the agency nursing spend in 2019/20.", R, "\u00a34,212,388",
             f=4212388),
       ]), dfmt="long", hstyle=2, akey="Q", lab="Q")

letter("N09", "N", "FOI 2024/377", "2024-09-11", "2024-08-14", "table", "html",
       "Ransomware and electronic patient record", one([
           Q("cy.ransom", "Has the organisation ever made a payment to criminals following a ransomware attack?",
             R, "No.", f=False),
           Q("cy.incidents.1922", "Number of cyber incidents reported via the Data Security and Protection "
             "Toolkit between 1 April 2019 and 31 March 2022.", W, ex=["s31(1)(a)"]),
           Q("epr.supplier", "Current EPR system and vendor.", R,
             "Meridian CareRecord, supplied by Meridian Clinical Systems Ltd.", f="meridian"),
           Q("epr.expiry", "EPR contract end date.", R, "30/09/2026", f="2026-09-30"),
           Q("epr.value", "EPR contract value.", W, ex=["s43(2)"]),
       ]), dfmt="long", hstyle=2, lab="num", thdr=("Question", "Trust response"))

letter("N10", "N", "FOI 2024/512", "2024-12-04", "2024-11-06", "youasked", "docx",
       "CAMHS waits and out-of-area beds", one([
           Q("wl.camhs.median.2023", "At the end of March 2023, what was the typical (median) time young people had "
             "waited between being referred to children's mental health services and starting treatment?", R,
             "98 days", f=98),
           Q("wl.camhs.count.2023", "At that date, how many young people were still waiting to be seen for the "
             "first time?", R, "1863", f=1863),
           Q("oap.count.2122", "How many adult inpatient placements were made out of area in 2021-22?", R, "147",
             f=147),
           Q("oap.reason.2122", "Can you split the 2021-22 out-of-area placements by reason?", H),
       ]), dfmt="ord", hstyle=0)

# ---- NHS drafts

letter("ND1", "N", "FOI 2025/141", "2025-04-09", "2025-03-12", "interleaved", "docx",
       "Agency spend and out of area placements", one([
           Q("ag.nursing.1920", "What did the Trust pay nursing agencies in 2019-20?", H,
             "The Trust does not hold this information. Agency nursing spend for 2019/20 was not coded "
             "separately from other clinical agency spend in the ledger."),
           Q("ag.medical.1920", "What did the Trust pay agencies for locum doctors in 2019-20?", R,
             "\u00a32,905,117", f=2905117),
           Q("ag.top5.2223", "Name the five agencies the Trust spent most with in 2022-23 and the sum paid to "
             "each.", P, "The five agencies were Greenacre Nursing Agency, CarePoint Locums, Lanyard Medical "
             "Staffing, Beacon Healthcare Recruitment and Northway Nurses. The amount paid to each agency is "
             "withheld under s.43(2) (commercial interests).", ex=["s43(2)"], f="top5-2223-names"),
           Q("oap.reason.2122", "Why were patients sent out of area in 2021-22? Please give numbers for each "
             "reason.", R, "No local bed available: 121. Specialist placement not provided locally: 26.",
             f=(121, 26)),
           Q("oap.count.2122", "How many out of area placements were there in 2021-22?", R,
             "One hundred and forty-seven.", f=147),
       ]), kind="draft", iv="request", dfmt="long", hstyle=0)

letter("ND2", "N", "FOI 2025/288", "2025-07-23", "2025-06-25", "decision", "pdf-gs",
       "Cyber security and the electronic patient record", one([
           Q("epr.expiry", "When is your patient record system contract due to expire?", W, ex=["s31(1)(a)"]),
           Q("cy.ransom", "Has the Trust ever paid a ransom?", N, ex=["s31(3)"]),
           Q("cy.incidents.1922", "How many cyber incidents did you report through the DSPT from April 2019 to "
             "March 2022?", W, ex=["s24(1)"]),
           Q("epr.value", "What is the value of the EPR contract?", R,
             "\u00a36,750,000 over the life of the contract.", f=6750000),
           Q("epr.supplier", "Who provides the EPR?", R, "Meridian Clinical Systems Ltd", f="meridian"),
       ]), kind="draft", dfmt="long", hstyle=2, akey="Question")

letter("ND3", "N", "FOI 2025/466", "2025-12-10", "2025-11-12", "table", "html",
       "CAMHS and eating disorder waits; agency spend", one([
           Q("wl.camhs.median.2023", "Median CAMHS referral-to-treatment wait at 31/03/2023", R, "Fourteen weeks",
             f=98),
           Q("wl.camhs.count.2023", "CAMHS first-appointment waiting list size at 31/03/2023", R, "1,863",
             f=1863),
           Q("wl.adult.ed.median.2023", "Median adult eating disorder referral-to-treatment wait at 31/03/2023",
             R, "154 days", f=154),
           Q("ag.total.2223", "Total agency spend for 2022/23", R, "\u00a311.64m", f=11640000),
           Q("wl.camhs.median.2024", "Median CAMHS referral-to-treatment wait at 31/03/2024", R, "16 weeks",
             f=112),
       ]), kind="draft", dfmt="long", hstyle=2, lab="num", consistent=True)

# =====================================================================================
# D. Caledonian Land and Forests Agency (FOISA; EIRs Scotland for timber)
# =====================================================================================

letter("S01", "S", "FOI-17-0089", "2017-12-06", "2017-11-08", "interleaved", "txt",
       "Vehicle fleet", one([
           Q("fleet.total", "How many vehicles does the Agency own or lease?", R, "402", f=402),
           Q("fleet.ev", "How many of them are electric?", R, "3", f=3),
           Q("fleet.fuel.1617", "What did the Agency spend on fuel in 2016/17?", R, "\u00a31,372,900",
             f=1372900),
       ]), iv="QA", dfmt="long", hstyle=3)

letter("S02", "S", "FOI-18-0412", "2018-10-17", "2018-09-19", "table", "pdf-soffice",
       "Finance system", one([
           Q("ict.finance.supplier", "Supplier of your finance / ERP system", R, "Ledgerline Software Ltd",
             f="ledgerline"),
           Q("ict.finance.value", "Contract value", W, ex=["foisa:s33(1)(b)"]),
           Q("ict.finance.expiry", "Contract end date", R, "31 March 2022", f="2022-03-31"),
       ]), dfmt="long", hstyle=3, lab="num")

letter("S04", "S", "FOI-20-0533", "2020-11-18", "2020-10-21", "youasked", "docx",
       "Drones", one([
           Q("drone.count", "How many drones does the Agency have for forest and land survey work?", R, "7", f=7),
           Q("drone.models", "What models are they?", R, "DJI Phantom 4 RTK (5) and DJI Matrice 210 RTK (2).",
             f="p4+m210"),
           Q("drone.misuse.discipline", "Have any employees been disciplined for misusing Agency drones?", N,
             ex=["foisa:s18(1)", "foisa:s38(1)(b)"]),
       ]), dfmt="long", hstyle=3)

letter("S05", "S", "FOI-21-0318", "2021-08-04", "2021-07-07", "decision", "md",
       "Corporate systems and security testing", [
           ("Part 1: finance system", [
               Q("ict.finance.supplier", "Who provides the system?", R, "Ledgerline Software Ltd",
                 f="ledgerline"),
               Q("ict.finance.expiry", "When does the contract expire?", R, "31 March 2025", f="2025-03-31"),
               Q("ict.finance.value", "What is the contract worth?", W, ex=["foisa:s33(1)(b)"]),
           ]),
           ("Part 2: HR and payroll system", [
               Q("ict.hr.supplier", "Who provides the system?", R, "Paystream HR Ltd", f="paystream"),
               Q("ict.hr.expiry", "When does the contract expire?", R, "30 November 2023", f="2023-11-30"),
               Q("ict.hr.value", "What is the contract worth?", W, ex=["foisa:s33(1)(b)"]),
           ]),
           ("Part 3: security", [
               Q("cy.pentest", "When did the Agency last commission an independent penetration test, and who "
                 "carried it out?", W, ex=["foisa:s35(1)(a)"]),
           ]),
       ], dfmt="long", hstyle=3, lead="Your request was as follows:")

letter("S06", "S", "FOI-22-0671", "2022-09-28", "2022-08-31", "numbered", "pdf-gs",
       "Fleet decarbonisation", one([
           Q("fleet.total", "the total number of vehicles in the Agency fleet;", R, "389", f=389),
           Q("fleet.ev", "the number of battery electric vehicles;", R, "41", f=41),
           Q("fleet.chargers", "the number of electric vehicle charge points at Agency premises.", R, "56", f=56),
       ]), dfmt="ord", hstyle=3, lab="paren", akey="paren", lead="You asked us for:")

letter("S07", "S", "FOI-23-0402", "2023-06-14", "2023-05-17", "interleaved", "txt",
       "Drone use", one([
           Q("drone.count", "Size of the Agency's drone fleet.", R, "11", f=11),
           Q("drone.models", "Types of drone in use.", R, "DJI Matrice 300 RTK (4); DJI Mavic 3 Enterprise (7).",
             f="m300+mavic3"),
           Q("drone.misuse.discipline", "Number of staff disciplinary cases relating to the use of drones.", N,
             ex=["foisa:s18(1)", "foisa:s38(1)(b)"]),
           Q("drone.unauth.reports", "How many reports have you received of drones being flown over Agency land "
             "without permission?", R, "4 reports in 2022.", f=4),
       ]), iv="request", dfmt="long", hstyle=3)

letter("S08", "S", "FOI-24-0188", "2024-03-20", "2024-02-21", "numbered", "pdf-chromium",
       "Finance and HR systems, security testing and timber", one([
           Q("ict.finance.supplier", "Finance system supplier.", R, "Ledgerline Software Ltd", f="ledgerline"),
           Q("ict.finance.expiry", "Finance system contract expiry.", R, "31 March 2028", f="2028-03-31"),
           Q("ict.finance.value", "Finance system contract value.", W, ex=["foisa:s33(1)(b)"]),
           Q("ict.hr.supplier", "HR/payroll system supplier.", R, "Paystream HR Ltd", f="paystream"),
           Q("ict.hr.expiry", "HR/payroll system contract expiry.", R, "30 November 2026", f="2026-11-30"),
           Q("cy.pentest", "Date and provider of the latest penetration test.", W, ex=["foisa:s35(1)(a)"]),
           Q("fell.volume.2223", "Volume of timber felled on Agency land in 2022/23.", R,
             "1,184,000 cubic metres. This part of your request was handled under the EIRs.", f=1184000,
             reg="eirs"),
       ]), dfmt="long", hstyle=3, akey="num", has_eirs=True, lead="You asked for:")

letter("S09", "S", "FOI-24-0597", "2024-10-09", "2024-09-11", "youasked", "html",
       "Fleet", one([
           Q("fleet.total", "What is the size of the fleet?", R, "377", f=377),
           Q("fleet.ev", "How many of these vehicles are zero-emission (battery electric)?", R, "58", f=58),
           Q("fleet.hydrogen", "How many hydrogen vehicles does the Agency run?", R, "0", f=0),
       ]), dfmt="long", hstyle=3)

# ---- Scottish drafts

letter("SD1", "S", "FOI-25-0244", "2025-05-28", "2025-04-30", "youasked", "pdf-soffice",
       "Finance systems, security testing and fleet", one([
           Q("ict.finance.supplier", "Who supplies the finance system?", R, "Ledgerline Software Ltd",
             f="ledgerline"),
           Q("ict.finance.value", "How much is the finance system contract worth?", W, ex=["foisa:s30(c)"]),
           Q("cy.pentest", "When was your last pen test and which company did it?", R,
             "An external penetration test was carried out in January 2025 by Ardgowan Cyber Ltd.",
             f="2025-01-ardgowan"),
           Q("fleet.ev", "How many battery electric vehicles does the Agency run?", R, "64", f=64),
           Q("ict.hr.supplier", "Who supplies the HR and payroll system?", R, "Paystream HR Ltd", f="paystream"),
       ]), kind="draft", dfmt="long", hstyle=3)

letter("SD2", "S", "FOI-25-0511", "2025-11-12", "2025-10-15", "interleaved", "md",
       "Drones and timber harvesting", one([
           Q("drone.count", "How many drones does the Agency operate?", R, "Eleven.", f=11),
           Q("drone.misuse.discipline", "Has anyone been disciplined over drone misuse?", H,
             "In terms of section 17(1) of FOISA, the Agency does not hold this information: no disciplinary "
             "case relating to drones has been recorded."),
           Q("drone.models", "What drone models?", R, "Matrice 300 RTK x 4; Mavic 3 Enterprise x 7.",
             f="m300+mavic3"),
           Q("fell.volume.2223", "How much timber was harvested on Agency land in 2022-23?", R,
             "1.184 million m\u00b3 (handled under the EIRs).", f=1184000, reg="eirs"),
       ]), kind="draft", iv="QA", dfmt="long", hstyle=3, has_eirs=True)


# =====================================================================================
# labels
# =====================================================================================

HELD = {R, P, W}
EQUIV = {"s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial"}


def canon_ex(exs):
    out = set()
    for e in exs:
        if e.startswith("reg"):
            out.add(EQUIV.get(e, e))
        else:
            base = e.split("(")[0]
            out.add(EQUIV.get(base, e))
    return out


def classify(p, c):
    pk, ck = p["s"], c["s"]
    if "unknown" in (pk, ck):
        return None
    if ck == N and pk in (R, P, W, H):
        return ("ncnd_inconsistent", "high")
    if pk == N and ck in (R, P, W, H):
        return ("ncnd_inconsistent", "medium")
    if N in (pk, ck):
        return None
    if pk in HELD and ck == H:
        return ("held_status_changed", "high")
    if pk == H and ck in HELD:
        return ("held_status_changed", "medium")
    if pk in (R, P) and ck in (W, X):
        return ("newly_withheld", "high")
    if pk == R and ck == P:
        return ("partly_withheld", "medium")
    if pk == W and ck in (R, P):
        return ("newly_released", "medium")
    if pk == W and ck == W and canon_ex(p["ex"]) != canon_ex(c["ex"]):
        return ("exemption_changed", "medium")
    if pk == R and ck == R:
        assert p["f"] is not None and c["f"] is not None, (p, c)
        if p["f"] != c["f"]:
            return ("answer_changed", "low")
    return None


def qids(L):
    for pi, (ph, qs) in enumerate(L["parts"]):
        for qi, q in enumerate(qs, 1):
            yield "P%d.Q%d" % (pi + 1, qi), q


def filename(L):
    ext = {"txt": "txt", "md": "md", "html": "html", "docx": "docx"}.get(L["fmt"], "pdf")
    slug = "".join(ch if ch.isalnum() else "-" for ch in L["title"].lower())
    while "--" in slug:
        slug = slug.replace("--", "-")
    slug = slug.strip("-")
    if len(slug) > 44:
        slug = slug[:44].rsplit("-", 1)[0]
    prefix = {"C": "calderbrook", "P": "cambria-police", "N": "wyvern-vale", "S": "clfa"}[L["auth"]]
    y = L["date"][:4]
    if L["kind"] == "bare":
        return "%s-incoming-request-%s.%s" % (prefix, L["date"], ext)
    return "%s-%s-%s-%s.%s" % (prefix, y, L["key"].lower(), slug, ext)


def validate():
    refs = set()
    dates = set()
    for L in LETTERS:
        if L["ref"]:
            assert L["ref"] not in refs, L["ref"]
            refs.add(L["ref"])
        assert (L["auth"], L["date"]) not in dates, (L["auth"], L["date"])
        dates.add((L["auth"], L["date"]))
        cs = [q["c"] for _, q in qids(L)]
        assert len(cs) == len(set(cs)), ("concept twice in", L["key"])
        for _, q in qids(L):
            if q["s"] == R:
                assert q["f"] is not None, (L["key"], q["c"])
            if q["s"] in (W, P, N):
                assert q["ex"], (L["key"], q["c"])
    hist = [L for L in LETTERS if L["kind"] == "history"]
    drafts = [L for L in LETTERS if L["kind"] != "history"]
    for L in hist:
        assert "2017-01-01" <= L["date"] <= "2025-12-31"
    for L in drafts:
        assert "2025-01-01" <= L["date"] <= "2026-12-31"
    return hist, drafts


def build_expect():
    hist, drafts = validate()
    out = {"description": (
        "Set X: four invented authorities (Calderbrook Metropolitan Borough Council; Cambria Police / "
        "Heddlu Cambria, a Welsh force; Wyvern Vale Partnership NHS Foundation Trust, mental health; Caledonian "
        "Land and Forests Agency, a Scottish body under FOISA with EIRs Scotland for timber). %d history letters "
        "2017-2024, %d drafts 2025-2026. Request families recur with strong rewording, parts vs merged lists, "
        "identical sentences in two parts about different systems, and look-alikes (same words, another "
        "service, system or year) that must not match. Labels are derived by code from the truth in make.py."
        % (len(hist), len(drafts))), "drafts": {}}
    for D in drafts:
        cutoff = D.get("as_of") or D["date"]
        e = {}
        if D.get("as_of"):
            e["as_of"] = D["as_of"]
        if D.get("all_authorities"):
            e["all_authorities"] = True
        if D.get("consistent"):
            e["consistent"] = True
        e["matches"] = {}
        e["findings"] = []
        for qid, q in qids(D):
            prev = []
            for H_ in hist:
                if not D.get("all_authorities") and H_["auth"] != D["auth"]:
                    continue
                if not H_["date"] < cutoff:
                    continue
                for hq_id, hq in qids(H_):
                    if hq["c"] == q["c"]:
                        prev.append((H_["date"], H_["ref"], hq_id, hq))
            prev.sort(key=lambda t: t[0])
            e["matches"][qid] = ["%s %s" % (r, i) for _, r, i, _ in prev]
            if prev and D["kind"] != "bare":
                _, r, i, pq = prev[-1]
                k = classify(pq, q)
                if k:
                    e["findings"].append({"kind": k[0], "severity": k[1], "question_id": qid,
                                          "precedent": "%s %s" % (r, i)})
        if D.get("consistent"):
            assert not any(f["severity"] == "high" for f in e["findings"]), D["key"]
        if D["kind"] == "bare":
            assert not e["findings"]
        out["drafts"][filename(D)] = e
    return out, hist, drafts


def truth_dump():
    res = []
    for L in LETTERS:
        res.append({
            "file": ("history/" if L["kind"] == "history" else "drafts/") + filename(L),
            "authority": AUTHS[L["auth"]]["name"], "reference": L["ref"], "date": L["date"],
            "received": L["received"], "kind": L["kind"], "format": L["fmt"], "style": L["style"],
            "regime": L.get("regime") or ("foisa" if L["auth"] == "S" else "foia"),
            "as_of": L.get("as_of"),
            "questions": [{"id": qid, "concept": q["c"], "text": q["t"], "stance": q["s"],
                           "exemptions": q["ex"], "fact": q["f"], "regime": q.get("reg")}
                          for qid, q in qids(L)],
        })
    return res


# =====================================================================================
# rendering
# =====================================================================================

BUILD = os.path.join(HERE, "src", "build")
ENV = dict(os.environ, HOME=os.path.join(HERE, "src", ".home"))


def render_blocks(L):
    if L["style"] not in ("decision", "bare"):
        L["_harm"] = with_harm(L)
    Lr = dict(L)
    Lr["from"] = L.get("frm", "")
    return STYLES[L["style"]](Lr, AUTHS)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def render_all():
    for d in ("history", "drafts"):
        p = os.path.join(HERE, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    for sub in ("soffice-pdf", "soffice-docx", "chromium", "gs"):
        os.makedirs(os.path.join(BUILD, sub))
    os.makedirs(ENV["HOME"], exist_ok=True)
    jobs = []
    for L in LETTERS:
        blocks = render_blocks(L)
        outdir = os.path.join(HERE, "history" if L["kind"] == "history" else "drafts")
        name = filename(L)
        stem = name.rsplit(".", 1)[0]
        A = AUTHS[L["auth"]]
        fmt = L["fmt"]
        if fmt == "txt":
            write(os.path.join(outdir, name), blocks_to_text(blocks, wrap=88 if L["key"] in ("C10", "P06") else None))
        elif fmt == "md":
            write(os.path.join(outdir, name), blocks_to_md(blocks))
        elif fmt == "html":
            meta = [("Reference", L["ref"]), ("Date of response", fmt_date(L["date"], "long")),
                    ("Category", A["site"]["crumb"])]
            write(os.path.join(outdir, name),
                  disclosure_page(blocks, A["site"], "%s: %s" % (L["ref"], L["title"]), meta))
        elif fmt in ("docx", "pdf-soffice"):
            sub = "soffice-docx" if fmt == "docx" else "soffice-pdf"
            write(os.path.join(BUILD, sub, stem + ".html"), letter_html(blocks, L["title"]))
            jobs.append((sub, stem, outdir, name))
        elif fmt == "pdf-chromium":
            src = os.path.join(BUILD, "chromium", stem + ".html")
            write(src, letter_html(blocks, L["title"], fixed_footer=A.get("slogan") or A["name"]))
            jobs.append(("chromium", stem, outdir, name))
        elif fmt == "pdf-gs":
            src = os.path.join(BUILD, "gs", stem + ".ps")
            write(src, blocks_to_ps(blocks, L["title"], footer=A.get("marking") or A["name"]))
            jobs.append(("gs", stem, outdir, name))
        else:
            raise ValueError(fmt)
    lo = ["soffice", "-env:UserInstallation=file://" + os.path.join(HERE, "src", ".lo"), "--headless",
          "--infilter=HTML (StarWriter)"]
    for sub, target in (("soffice-docx", "docx:MS Word 2007 XML"), ("soffice-pdf", "pdf:writer_pdf_Export")):
        srcs = sorted(os.path.join(BUILD, sub, f) for f in os.listdir(os.path.join(BUILD, sub)))
        if srcs:
            subprocess.run(lo + ["--convert-to", target, "--outdir", os.path.join(BUILD, sub)] + srcs,
                           check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for sub, stem, outdir, name in jobs:
        dst = os.path.join(outdir, name)
        if sub.startswith("soffice"):
            ext = "docx" if sub == "soffice-docx" else "pdf"
            shutil.move(os.path.join(BUILD, sub, stem + "." + ext), dst)
        elif sub == "chromium":
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                            "--user-data-dir=" + os.path.join(HERE, "src", ".chrome"),
                            "--no-pdf-header-footer", "--print-to-pdf=" + dst,
                            "file://" + os.path.join(BUILD, "chromium", stem + ".html")],
                           check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elif sub == "gs":
            subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                            "-sPAPERSIZE=a4", "-sOutputFile=" + dst, os.path.join(BUILD, "gs", stem + ".ps")],
                           check=True, env=ENV)


def main():
    exp, hist, drafts = build_expect()
    if "--expect" not in sys.argv:
        render_all()
    write(os.path.join(HERE, "expect.json"), json.dumps(exp, indent=2, ensure_ascii=False) + "\n")
    write(os.path.join(HERE, "src", "truth.json"), json.dumps(truth_dump(), indent=1, ensure_ascii=False) + "\n")
    counts = {}
    for d in exp["drafts"].values():
        for f in d["findings"]:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    print("history %d, drafts %d, findings %d %s" % (len(hist), len(drafts), sum(counts.values()), counts))


if __name__ == "__main__":
    main()
