#!/usr/bin/env python3
"""Evaluation set I, written independently of the code: truth for every letter, rendering, and expect.json.
Standard library only. Run: python3 make.py  (needs soffice, chromium, gs for PDFs/DOCX)."""
import datetime as dt, html, json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
HIST = os.path.join(ROOT, "history")
DRAFTS = os.path.join(ROOT, "drafts")

# ---------------------------------------------------------------- authorities
AUTH = {
    "C": dict(name="Castlebrook Council", kind="council",
              head=["Castlebrook Council", "Information Governance Team", "Civic Centre, Market Way", "Castlebrook CB1 4AA"],
              sign=["Information Governance Officer", "Castlebrook Council"], cost="£450", who="the Council"),
    "P": dict(name="Eastmoor Police", kind="police",
              head=["Eastmoor Police", "Freedom of Information Unit", "Police Headquarters, Ridgeway", "Eastmoor EM4 9PQ"],
              sign=["Disclosure Officer", "Freedom of Information Unit", "Eastmoor Police"], cost="£450", who="the force"),
    "N": dict(name="Harrowfield University Hospitals NHS Foundation Trust", kind="nhs",
              head=["Harrowfield University Hospitals NHS Foundation Trust", "Corporate Governance - FOI Office", "Harrowfield General Hospital, Infirmary Road", "Harrowfield HF2 7TT"],
              sign=["FOI Lead", "Harrowfield University Hospitals NHS Foundation Trust"], cost="£450", who="the Trust"),
    "A": dict(name="Marine Licensing and Consents Agency", kind="agency",
              head=["Marine Licensing and Consents Agency", "An executive agency of the Department for Coastal Affairs", "Harbour House, 14 Quay Street", "Portwell PW1 2HX"],
              sign=["Freedom of Information Team", "Marine Licensing and Consents Agency"], cost="£600", who="the Agency"),
}

# ---------------------------------------------------------------- concepts: wording variants
Q = {
 # council
 "ft.incidents": ["How many fly-tipping incidents were reported to the Council in the last financial year?",
                  "Please state the total number of reports of illegally dumped waste that the authority received during the most recent full financial year.",
                  "Number of fly-tips recorded by you in the last complete financial year."],
 "ft.fpn": ["How many fixed penalty notices were issued for fly-tipping offences in the same period?",
            "Please tell me how many on-the-spot fines the Council handed out for the illegal dumping of waste over that year.",
            "Fixed penalty notices issued for fly-tipping in that year."],
 "lit.fpn": ["How many fixed penalty notices were issued for littering offences in the same period?",
             "Please tell me how many on-the-spot fines the Council handed out for dropping litter over that year."],
 "ft.prosecutions": ["How many prosecutions for fly-tipping did the Council bring in that year?",
                     "In the same twelve months, how many people or businesses did the authority take to court for dumping waste?"],
 "ft.cctv": ["How many mobile or covert CCTV cameras does the Council deploy to detect fly-tipping?",
             "Does the authority use hidden cameras at fly-tipping hotspots, and if so how many units does it own?"],
 "ft.cost": ["What was the total cost to the Council of clearing fly-tipped waste in that year?",
             "How much did the authority spend removing illegally dumped rubbish over the year?"],
 "pk.pcn": ["How many Penalty Charge Notices did the Council issue in the last financial year?",
            "Please give the number of parking tickets (PCNs) issued by your civil enforcement officers in the twelve months to the end of March."],
 "pk.income": ["What was the total income from PCNs in that year?",
               "How much money did the authority collect from parking penalties over the same period?"],
 "pk.contractor": ["Which company provides the Council's civil parking enforcement service?",
                   "Who is your parking enforcement contractor?"],
 "pk.contract_value": ["What is the annual value of the parking enforcement contract?",
                       "How much does the Council pay its enforcement contractor each year?"],
 "bl.cameras": ["How many cameras does the Council use to enforce bus lanes?"],
 "ph.reported": ["How many potholes were reported to the Council in the last financial year?",
                 "Please state the number of road surface defects (potholes) reported by members of the public over the most recent financial year."],
 "ph.claims": ["How many compensation claims relating to pothole damage did the Council receive in that year?",
               "How many claims for vehicle damage caused by potholes were made against the authority over the same period?"],
 "ph.paid": ["How much did the Council pay out in pothole compensation in that year?",
             "What was the total value of settled pothole damage claims paid by the authority in that year?"],
 "wc.contractor": ["Who holds the Council's household waste collection contract?",
                   "Please name the company that empties residents' bins on the authority's behalf."],
 "wc.value": ["What is the annual value of the Council's household waste collection contract?",
              "Please disclose how much the authority pays each year under its kerbside refuse and recycling collection contract."],
 "wc.expiry": ["When does the waste collection contract expire?",
               "What is the end date of the kerbside collection contract, excluding any extension options?"],
 "lib.visits": ["How many physical visits did the Council's libraries receive in 2019/20?"],
 "lib.closures": ["Has the Council closed any library branches since 2015? If so, which?"],
 # police
 "bwv.count": ["How many body-worn video cameras does the force currently have in use?",
               "Please tell me the number of body worn cameras issued to officers at present.",
               "Total number of BWV devices currently deployed across the force."],
 "bwv.supplier": ["Who is the supplier of your body-worn video cameras?",
                  "Which company manufactures or supplies the force's body worn video devices?"],
 "bwv.cost": ["What was the total cost of the body-worn video contract?",
              "How much has the force spent on its BWV contract in total?"],
 "bwv.storage": ["Where is body-worn video footage stored (on premises or in the cloud), and who provides the storage?"],
 "dash.count": ["How many in-car (dashboard) cameras does the force currently have in use?"],
 "dr.count": ["How many drones (unmanned aerial vehicles) does the force own?",
              "Please state the number of UAVs in the force's fleet at present.",
              "Number of remotely piloted aircraft currently operated by the force."],
 "dr.models": ["What make and model are the drones?", "Please give the manufacturer and model of each aircraft."],
 "dr.retention": ["How long is drone footage retained before it is deleted?"],
 "dr.covert": ["Has the force used drones for covert surveillance operations?",
               "Have any of the force's UAVs been deployed in covert surveillance?"],
 "cy.incidents": ["How many cyber security incidents did the force record in the last calendar year?",
                  "Please state the number of cyber attacks or cyber security incidents logged by the force during the previous calendar year."],
 "cy.ransom": ["Has the force paid a ransom following a ransomware attack?",
               "Has the force ever made a payment to cyber criminals to recover systems or data after a ransomware incident?"],
 "cy.av": ["Which antivirus / endpoint protection product does the force use?",
           "Please name the anti-malware software installed on force computers."],
 "cy.training": ["How many officers and staff completed cyber security awareness training in the last year?"],
 "cc.supplier": ["Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
                 "Who is the incumbent supplier of your contact centre contract?"],
 "cc.spend": ["Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier."],
 "cc.expiry": ["Contract Expiry: For each supplier, please state the date of when the contract expires.",
               "When does the contact centre contract expire?"],
 "cc.agents": ["Number of Agents: please provide me with the total number of contact centre agents."],
 "net.supplier": ["Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
                  "Who is the incumbent supplier of your inbound network services (0800/0300 numbers, call routing) contract?"],
 "net.spend": ["Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier."],
 "net.expiry": ["Contract Expiry: For each supplier, please state the date of when the contract expires.",
                "When does the inbound network services contract expire?"],
 "fa.certs": ["How many firearm certificates were in force on 31 March 2019?"],
 "fa.refused": ["How many applications for shotgun certificates were refused in 2018/19?"],
 # nhs
 "ag.spend": ["What was the Trust's total expenditure on agency staff in the last financial year?",
              "Please provide the total amount the Trust paid to staffing agencies for temporary workers in the most recent complete financial year."],
 "ag.nursing": ["How much of that was spent on agency nurses?"],
 "ag.top": ["Which agency received the largest share of that spend?",
            "Please name the staffing agency the Trust paid the most."],
 "ag.max_rate": ["What was the highest hourly rate paid for an agency doctor shift?",
                 "What is the maximum amount per hour the Trust has paid for a locum doctor supplied through an agency?"],
 "bank.spend": ["What was the Trust's total expenditure on bank staff in the last financial year?"],
 "wl.52": ["How many patients had been waiting more than 52 weeks for treatment at 31 March?",
           "Number of referral-to-treatment pathways open for over 52 weeks at the end of March."],
 "wl.78": ["How many patients had been waiting more than 78 weeks for treatment at 31 March?",
           "Number of referral-to-treatment pathways open for over 78 weeks at the end of March."],
 "nc.incidents": ["How many cyber attacks did the Trust experience in the last year?",
                  "Please state the number of cyber security incidents recorded by the Trust in the last twelve months."],
 "nc.ransom": ["Has the Trust paid a ransom to cyber criminals?",
               "Has the Trust ever paid a ransom demand following a ransomware attack?"],
 "nc.edr": ["Which endpoint detection and response (EDR) product does the Trust use?",
            "Please name the supplier of the Trust's endpoint security software."],
 "epr.supplier": ["Who supplies the Trust's electronic patient record (EPR) system?",
                  "What is the name of the company providing your EPR?"],
 "epr.expiry": ["When does the EPR contract expire?", "What is the end date of the electronic patient record contract?"],
 "epr.value": ["What is the total value of the EPR contract?",
               "How much is the electronic patient record contract worth over its full term?"],
 "pacs.expiry": ["When does the PACS (imaging) system contract expire?"],
 "cp.income": ["How much income did the Trust receive from patient and visitor car parking in 2020/21?"],
 "cp.free": ["Which groups of patients are exempt from car parking charges?"],
 # agency
 "fl.count": ["How many vehicles are in the Agency's fleet?",
              "Please tell me the total number of cars and vans the Agency owns or leases."],
 "fl.ev": ["How many of them are fully electric?", "Of the fleet, how many vehicles are battery electric?"],
 "fl.lease": ["Which company provides the Agency's vehicle leasing?", "Who is the fleet leasing provider?"],
 "fl.mileage": ["How many miles did staff claim for using their own vehicles on Agency business in the last year?"],
 "fl.chargers": ["How many electric vehicle charging points has the Agency installed at its offices?"],
 "st.headcount": ["What was the Agency's headcount (full-time equivalent) on 31 March?",
                  "Please give the number of FTE staff employed by the Agency at the end of the last financial year."],
 "st.consultancy": ["How much did the Agency spend on management consultancy in the last financial year?",
                    "Please state total expenditure on external consultants during the most recent financial year."],
 "st.sickness": ["What was the average number of working days lost to sickness per employee?",
                 "Average sickness absence days per FTE in the last year."],
 "st.contractors": ["How many contractors (off-payroll workers) did the Agency engage?"],
 "li.ms": ["How many Microsoft 365 licences does the Agency hold?", "Number of Microsoft Office 365 user licences currently held."],
 "li.spend": ["What did the Agency spend on software licences in the last financial year?"],
 "li.reseller": ["Which licensing solution provider (reseller) does the Agency buy its Microsoft licences through?",
                 "Who is the Agency's Microsoft licensing partner?"],
 "li.adobe": ["How many Adobe Acrobat licences does the Agency hold?"],
 "gh.count": ["How many entries were recorded in the Agency's gifts and hospitality register in 2019?"],
}

R, PR, W, N, H, X = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"

def q(c, v, st=None, ex=(), fact=None, shown=None):
    """one question: concept, wording variant, stance, exemptions, canonical fact, displayed answer"""
    return dict(concept=c, v=v, stance=st, ex=sorted(ex), fact=fact, shown=shown if shown is not None else fact)

def L(a, ref, date, fmt, style, title, parts, regime="foia", partnames=None, as_of=None, bare=False, received=None):
    return dict(auth=a, ref=ref, date=date, fmt=fmt, style=style, title=title, parts=parts, regime=regime,
                partnames=partnames, as_of=as_of, bare=bare, received=received)

# ---------------------------------------------------------------- history (truth)
HISTORY = [
 # ---- Castlebrook Council
 L("C", "CBC/FOI/2017/0341", "2017-08-14", "txt", "interleaved", "Fly-tipping enforcement", [[
    q("ft.incidents", 0, R, fact="2871", shown="2,871 incidents were reported in 2016/17."),
    q("ft.fpn", 0, R, fact="41", shown="41 fixed penalty notices."),
    q("ft.prosecutions", 0, R, fact="6", shown="Six prosecutions were brought."),
    q("ft.cost", 0, R, fact="412300", shown="£412,300")]]),
 L("C", "CBC/FOI/2019/0588", "2019-10-23", "docx", "table", "Fly-tipping and littering fines", [[
    q("ft.fpn", 1, R, fact="57", shown="57"),
    q("ft.incidents", 1, R, fact="3020", shown="3,020 reports in 2018/19"),
    q("lit.fpn", 0, R, fact="1212", shown="1,212"),
    q("ft.cctv", 0, R, fact="4", shown="The Council owns 4 re-deployable covert cameras.")]]),
 L("C", "CBC/FOI/2020/0071", "2020-02-17", "md", "interleaved", "Library visits and closures", [[
    q("lib.visits", 0, R, fact="611402", shown="611,402 physical visits across all branches."),
    q("lib.closures", 0, R, fact="yes", shown="Yes. Millbrook Library closed in 2016 and Dene Street Library in 2018.")]]),
 L("C", "CBC/FOI/2020/0533", "2020-09-30", "pdf-chromium", "restate", "Household waste collection contract", [[
    q("wc.contractor", 0, R, fact="greenway environmental", shown="Greenway Environmental Ltd"),
    q("wc.value", 0, W, ["s43(2)"]),
    q("wc.expiry", 0, R, fact="2027-03-31", shown="31 March 2027")]]),
 L("C", "FOI2021/04417", "2021-06-14", "txt", "interleaved", "Potholes and compensation claims", [[
    q("ph.claims", 1, R, fact="276", shown="276 claims"),
    q("ph.reported", 1, R, fact="4980", shown="4,980 potholes were reported in 2020/21."),
    q("ph.paid", 1, R, fact="29410", shown="£29,410")]]),
 L("C", "FOI2022/06120", "2022-04-05", "pdf-gs", "youasked", "Parking enforcement", [[
    q("pk.contractor", 1, R, fact="civic patrol services", shown="Civic Patrol Services Ltd"),
    q("pk.pcn", 1, R, fact="39860", shown="39,860 PCNs were issued in 2021/22."),
    q("pk.income", 1, R, fact="1402115", shown="£1,402,115"),
    q("pk.contract_value", 0, W, ["s43(2)"]),
    q("bl.cameras", 0, R, fact="12", shown="12 fixed cameras.")]]),
 L("C", "FOI2022/09981", "2022-11-18", "html", "restate", "Fly-tipping statistics 2021/22", [[
    q("ft.incidents", 2, R, fact="3560", shown="3,560"),
    q("ft.fpn", 2, R, fact="88", shown="88"),
    q("ft.prosecutions", 0, R, fact="9", shown="9"),
    q("ft.cctv", 1, R, fact="6", shown="Yes; the Council has 6 covert camera units."),
    q("ft.cost", 1, R, fact="455780", shown="£455,780")]]),
 L("C", "FOI2023/11876", "2023-07-19", "txt", "decision", "Pothole claims", [[
    q("ph.reported", 0, R, fact="6115", shown="6,115"),
    q("ph.claims", 0, H),
    q("ph.paid", 0, H)]]),
 L("C", "FOI2024/02231", "2024-03-08", "md", "interleaved", "Parking enforcement contract", [[
    q("pk.pcn", 0, R, fact="42775", shown="42,775"),
    q("pk.contractor", 0, R, fact="civic patrol services", shown="Civic Patrol Services Ltd"),
    q("pk.contract_value", 1, W, ["s43(2)"])]]),
 L("C", "FOI2024/08813", "2024-09-12", "pdf-soffice", "table", "Fly-tipping 2023/24", [[
    q("ft.incidents", 0, R, fact="3214", shown="3,214 incidents (2023/24)"),
    q("ft.fpn", 0, R, fact="102", shown="102"),
    q("ft.prosecutions", 0, R, fact="11", shown="11 prosecutions"),
    q("ft.cctv", 1, R, fact="8", shown="Yes, 8 units.")]]),
 # ---- Eastmoor Police
 L("P", "FOI 0098/18", "2018-02-07", "pdf-chromium", "restate", "Contact centre and inbound network contracts", [
   [q("cc.supplier", 0, R, fact="telvoice", shown="Telvoice Ltd"),
    q("cc.spend", 0, R, fact="84000", shown="£84,000 per annum"),
    q("cc.expiry", 0, R, fact="2021-06-30", shown="30/06/2021"),
    q("cc.agents", 0, R, fact="112", shown="112")],
   [q("net.supplier", 0, R, fact="numberline", shown="Numberline plc"),
    q("net.spend", 0, R, fact="21500", shown="£21,500 per annum"),
    q("net.expiry", 0, R, fact="2020-12-31", shown="31/12/2020")]],
   partnames=["contact centre service contracts", "inbound network services contracts"]),
 L("P", "FOI 1187/18", "2018-11-12", "docx", "youasked", "Use of drones", [[
    q("dr.count", 0, R, fact="3", shown="The force owns 3 drones."),
    q("dr.models", 0, R, fact="dji matrice 210", shown="DJI Matrice 210"),
    q("dr.covert", 0, N, ["s24(2)", "s31(3)"])]]),
 L("P", "FOI 0561/19", "2019-05-29", "html", "interleaved", "Cyber security", [[
    q("cy.incidents", 0, R, fact="14", shown="14"),
    q("cy.ransom", 0, N, ["s24(2)", "s31(3)"]),
    q("cy.av", 0, R, fact="shieldpoint endpoint", shown="Shieldpoint Endpoint")]]),
 L("P", "FOI 1302/19", "2019-12-03", "txt", "interleaved", "Firearms and shotgun certificates", [[
    q("fa.certs", 0, R, fact="5118", shown="5,118"),
    q("fa.refused", 0, R, fact="23", shown="23")]]),
 L("P", "FOI 0877/20", "2020-08-17", "pdf-gs", "table", "Body worn video", [[
    q("bwv.supplier", 1, R, fact="vantix systems", shown="Vantix Systems Ltd"),
    q("bwv.count", 1, R, fact="1180", shown="1,180"),
    q("dash.count", 0, R, fact="95", shown="95"),
    q("bwv.storage", 0, R, fact="on premises", shown="Footage is stored on force servers (on premises); storage is provided in-house.")]]),
 L("P", "FOI 0433/21", "2021-04-26", "md", "restate", "Contact centre / telephony contracts", [[
    q("cc.supplier", 1, R, fact="telvoice", shown="Telvoice Ltd"),
    q("net.supplier", 1, R, fact="numberline", shown="Numberline plc"),
    q("cc.expiry", 1, R, fact="2024-06-30", shown="30 June 2024"),
    q("net.expiry", 1, R, fact="2023-12-31", shown="31 December 2023")]]),
 L("P", "FOI 1029/21", "2021-10-11", "pdf-soffice", "interleaved", "Drones - numbers and footage", [[
    q("dr.count", 1, R, fact="5", shown="5"),
    q("dr.models", 1, R, fact="dji matrice 300", shown="DJI Matrice 300 RTK (all five aircraft)"),
    q("dr.retention", 0, R, fact="24 months", shown="Footage is retained for 24 months unless required as evidence."),
    q("dr.covert", 1, N, ["s24(2)", "s31(3)"])]]),
 L("P", "FOI 0702/22", "2022-07-04", "txt", "youasked", "Cyber attacks and training", [[
    q("cy.incidents", 1, R, fact="22", shown="22 incidents were logged in 2021."),
    q("cy.av", 1, R, fact="shieldpoint endpoint", shown="Shieldpoint Endpoint"),
    q("cy.ransom", 1, N, ["s24(2)", "s31(3)"]),
    q("cy.training", 0, R, fact="1904", shown="1,904")]]),
 L("P", "FOI 0519/23", "2023-05-15", "docx", "decision", "Body-worn video cameras", [[
    q("bwv.count", 0, R, fact="1450", shown="1,450"),
    q("bwv.supplier", 0, R, fact="vantix systems", shown="Vantix Systems Ltd"),
    q("bwv.cost", 0, W, ["s43(2)"]),
    q("dash.count", 0, R, fact="95", shown="95")]]),
 L("P", "FOI 0188/24", "2024-02-19", "html", "restate", "ICT contracts - contact centre and inbound network", [
   [q("cc.supplier", 0, R, fact="telvoice", shown="Telvoice Ltd"),
    q("cc.expiry", 0, R, fact="2026-06-30", shown="30 June 2026"),
    q("cc.agents", 0, R, fact="118", shown="118")],
   [q("net.supplier", 0, R, fact="numberline", shown="Numberline plc"),
    q("net.expiry", 0, R, fact="2025-12-31", shown="31 December 2025")]],
   partnames=["contact centre service contracts", "inbound network services contracts"]),
 L("P", "FOI 0861/24", "2024-08-27", "txt", "interleaved", "Unmanned aerial vehicles", [[
    q("dr.count", 0, R, fact="7", shown="7"),
    q("dr.models", 0, R, fact="dji matrice 30t", shown="DJI Matrice 30T"),
    q("dr.retention", 0, R, fact="24 months", shown="24 months"),
    q("dr.covert", 0, N, ["s24(2)", "s31(3)"])]]),
 L("P", "FOI 0066/25", "2025-01-20", "pdf-chromium", "youasked", "Cyber incidents 2024", [[
    q("cy.incidents", 0, R, fact="31", shown="31"),
    q("cy.ransom", 0, N, ["s24(2)", "s31(3)"]),
    q("cy.av", 0, R, fact="shieldpoint endpoint", shown="Shieldpoint Endpoint")]]),
 # ---- Harrowfield NHS FT
 L("N", "FOI/17/0456", "2017-09-05", "txt", "restate", "Agency staffing expenditure", [[
    q("ag.spend", 0, R, fact="9870000", shown="£9,870,000"),
    q("ag.nursing", 0, R, fact="4120000", shown="£4,120,000"),
    q("ag.top", 0, R, fact="medstaff direct", shown="MedStaff Direct Ltd"),
    q("ag.max_rate", 0, W, ["s43(2)"])]]),
 L("N", "FOI/18/0311", "2018-06-18", "pdf-soffice", "decision", "Electronic patient record contract", [[
    q("epr.supplier", 0, R, fact="clinova health", shown="Clinova Health Systems"),
    q("epr.expiry", 0, R, fact="2024-03-31", shown="31/03/2024"),
    q("epr.value", 0, W, ["s43(2)"]),
    q("pacs.expiry", 0, R, fact="2020-09-30", shown="30/09/2020")]]),
 L("N", "FOI/19/0733", "2019-09-09", "docx", "interleaved", "Agency and bank staff", [[
    q("ag.spend", 1, R, fact="10550000", shown="£10,550,000 in 2018/19"),
    q("bank.spend", 0, R, fact="6300000", shown="£6,300,000"),
    q("ag.top", 1, R, fact="medstaff direct", shown="MedStaff Direct Ltd"),
    q("ag.max_rate", 1, W, ["s43(2)"])]]),
 L("N", "HUH-FOI-20-0981", "2020-11-02", "md", "youasked", "Cyber security", [[
    q("nc.incidents", 0, H),
    q("nc.ransom", 0, N, ["s24(2)", "s31(3)"]),
    q("nc.edr", 0, W, ["s31(1)(a)"])]]),
 L("N", "HUH-FOI-21-0612", "2021-07-21", "txt", "interleaved", "Car parking", [[
    q("cp.income", 0, R, fact="612300", shown="£612,300"),
    q("cp.free", 0, R, fact="list", shown="Blue badge holders, parents of sick children staying overnight, and patients attending frequently for cancer treatment or dialysis.")]]),
 L("N", "HUH-FOI-22-0245", "2022-03-14", "pdf-gs", "interleaved", "EPR contract", [[
    q("epr.supplier", 1, R, fact="clinova health", shown="Clinova Health Systems"),
    q("epr.expiry", 1, R, fact="2029-03-31", shown="31 March 2029 (following a five-year extension)"),
    q("epr.value", 1, W, ["s43(2)"])]]),
 L("N", "HUH-FOI-22-0871", "2022-10-10", "txt", "restate", "Waiting times", [[
    q("wl.78", 1, R, fact="212", shown="212"),
    q("wl.52", 1, R, fact="1940", shown="1,940")]]),
 L("N", "HUH-FOI-23-0530", "2023-06-26", "pdf-chromium", "table", "Agency spend 2022/23", [[
    q("ag.spend", 0, R, fact="12400000", shown="£12,400,000"),
    q("ag.nursing", 0, R, fact="5960000", shown="£5,960,000"),
    q("ag.top", 0, R, fact="medstaff direct", shown="MedStaff Direct Ltd"),
    q("ag.max_rate", 0, W, ["s43(2)"])]]),
 L("N", "HUH-FOI-24-0419", "2024-05-13", "html", "restate", "Cyber attacks", [[
    q("nc.incidents", 1, H),
    q("nc.ransom", 1, N, ["s24(2)", "s31(3)"]),
    q("nc.edr", 1, W, ["s31(1)(a)"])]]),
 L("N", "HUH-FOI-24-1002", "2024-11-25", "md", "interleaved", "EPR system", [[
    q("epr.supplier", 0, R, fact="clinova health", shown="Clinova Health Systems"),
    q("epr.expiry", 0, R, fact="2029-03-31", shown="31 March 2029"),
    q("epr.value", 0, W, ["s43(2)"])]]),
 # ---- Marine Licensing and Consents Agency
 L("A", "F0019-261", "2019-07-08", "html", "youasked", "Software licences", [[
    q("li.ms", 0, R, fact="650", shown="650"),
    q("li.spend", 0, R, fact="388000", shown="£388,000"),
    q("li.reseller", 0, W, ["s43(2)"])]]),
 L("A", "F0020-148", "2020-05-18", "md", "interleaved", "Gifts and hospitality", [[
    q("gh.count", 0, R, fact="37", shown="37 entries. The register is published on GOV.UK.")]]),
 L("A", "FOI-2021-0072", "2021-02-22", "docx", "table", "Fleet vehicles", [[
    q("fl.ev", 1, R, fact="9", shown="9"),
    q("fl.count", 1, R, fact="44", shown="44"),
    q("fl.mileage", 0, R, fact="182400", shown="182,400 miles")]]),
 L("A", "FOI-2021-0688", "2021-12-06", "pdf-soffice", "interleaved", "Workforce information", [[
    q("st.headcount", 1, R, fact="655", shown="655 FTE"),
    q("st.contractors", 0, R, fact="31", shown="31"),
    q("st.consultancy", 1, R, fact="1900000", shown="£1,900,000"),
    q("st.sickness", 1, R, fact="8.3", shown="8.3 days")]]),
 L("A", "FOI-2022-0514", "2022-09-19", "txt", "restate", "Microsoft and Adobe licensing", [[
    q("li.reseller", 1, W, ["s43(2)"]),
    q("li.ms", 1, R, fact="700", shown="700"),
    q("li.adobe", 0, R, fact="120", shown="120")]]),
 L("A", "FOI-2023-0210", "2023-04-03", "pdf-gs", "youasked", "Agency fleet", [[
    q("fl.count", 0, R, fact="41", shown="41"),
    q("fl.ev", 0, R, fact="17", shown="17"),
    q("fl.lease", 0, R, fact="lexfleet leasing", shown="Lexfleet Leasing Ltd")]]),
 L("A", "FOI-2024-0063", "2024-01-29", "html", "interleaved", "Staffing and consultancy", [[
    q("st.headcount", 0, R, fact="702", shown="702"),
    q("st.consultancy", 0, R, fact="1200000", shown="£1,200,000"),
    q("st.sickness", 0, R, fact="7.1", shown="7.1 days per FTE"),
    q("st.contractors", 0, R, fact="27", shown="27")]]),
 L("A", "FOI-2024-0651", "2024-10-14", "md", "table", "Software licensing 2023/24", [[
    q("li.ms", 0, R, fact="720", shown="720"),
    q("li.spend", 0, R, fact="412000", shown="£412,000"),
    q("li.reseller", 1, W, ["s43(2)"])]]),
 L("A", "FOI-2025-0118", "2025-02-24", "pdf-chromium", "decision", "Consultancy contracts", [[
    q("st.consultancy", 1, R, fact="1200000", shown="£1.2 million"),
    q("li.reseller", 0, W, ["s43(2)"])]]),
]

# ---------------------------------------------------------------- drafts (truth)
DRAFT_LIST = [
 L("C", "FOI2025/10420", "2025-10-06", "txt", "interleaved", "Fly-tipping and littering enforcement 2024/25", [[
    q("ft.incidents", 1, R, fact="3214", shown="3214 reports in 2024/25"),
    q("ft.fpn", 2, R, fact="97", shown="97 fixed penalty notices"),
    q("lit.fpn", 0, R, fact="1130", shown="1,130"),
    q("ft.cctv", 0, W, ["s31(1)(a)"]),
    q("ft.prosecutions", 1, H)]]),
 L("C", "EIR2025/10877", "2025-11-03", "pdf-soffice", "restate", "Kerbside waste collection contract", [[
    q("wc.contractor", 1, R, fact="greenway environmental", shown="Greenway Environmental Limited"),
    q("wc.expiry", 1, R, fact="2027-03-31", shown="31/03/2027"),
    q("wc.value", 1, W, ["reg12(5)(e)"])]], regime="eir"),
 L("C", "FOI2026/00112", "2026-01-14", "md", "youasked", "Pothole damage claims (re-issued response)", [[
    q("ph.reported", 0, R, fact="5770", shown="5,770"),
    q("ph.claims", 0, H),
    q("ph.paid", 1, R, fact="29410", shown="£29,410.00")]], as_of="2022-01-01"),
 L("P", "FOI 0934/25", "2025-09-15", "pdf-chromium", "decision", "Body worn video 2025", [[
    q("bwv.count", 2, R, fact="1450", shown="1450 devices"),
    q("bwv.supplier", 0, PR, ["s43(2)"], fact="vantix systems",
      shown="Vantix Systems Ltd supply the cameras. The names of its sub-contractors are withheld under section 43(2)."),
    q("bwv.cost", 1, W, ["s31(1)(a)"]),
    q("dash.count", 0, R, fact="95", shown="ninety-five")]]),
 L("P", "FOI 1012/25", "2025-10-02", "txt", "youasked", "Cyber security incidents", [[
    q("cy.incidents", 1, N, ["s24(2)", "s31(3)"]),
    q("cy.ransom", 1, R, fact="no", shown="No. The force has never paid a ransom."),
    q("cy.av", 1, W, ["s31(1)(a)", "s31(1)(b)"]),
    q("cy.training", 0, R, fact="1904", shown="1904 officers and staff")]]),
 L("P", "FOI 1140/25", "2025-11-10", "docx", "restate", "Contact centre and inbound network services", [
   [q("cc.supplier", 0, R, fact="telvoice", shown="Telvoice Limited"),
    q("cc.expiry", 0, R, fact="2026-06-30", shown="30/06/2026"),
    q("cc.agents", 0, R, fact="118", shown="118 agents")],
   [q("net.supplier", 0, R, fact="numberline", shown="Numberline plc"),
    q("net.expiry", 0, W, ["s31(1)(a)"])]],
   partnames=["contact centre service contracts", "inbound network services contracts"]),
 L("P", "FOI 0027/26", "2026-01-12", "html", "interleaved", "Police drones", [[
    q("dr.count", 2, R, fact="7", shown="Seven."),
    q("dr.models", 1, R, fact="dji matrice 30t", shown="All are DJI Matrice 30T aircraft."),
    q("dr.retention", 0, R, fact="24 months", shown="Two years, unless the footage is retained as evidence."),
    q("dr.covert", 1, N, ["s24(2)", "s31(3)"])]]),
 L("N", "HUH-FOI-25-0788", "2025-08-18", "pdf-gs", "table", "Agency and bank staffing costs", [[
    q("ag.spend", 1, R, fact="12400000", shown="£12.4m"),
    q("ag.top", 1, W, ["s43(2)"]),
    q("ag.max_rate", 1, R, fact="245", shown="£245 per hour"),
    q("bank.spend", 0, R, fact="6300000", shown="£6.3 million")]]),
 L("N", "HUH-FOI-25-1090", "2025-11-24", "txt", "interleaved", "Cyber security and EPR contract", [
   [q("nc.incidents", 0, R, fact="3", shown="3"),
    q("nc.ransom", 0, N, ["s24(2)", "s31(3)"]),
    q("nc.edr", 1, N, ["s31(3)"])],
   [q("epr.supplier", 1, R, fact="clinova health", shown="Clinova Health Systems Ltd"),
    q("epr.expiry", 0, R, fact="2030-03-31", shown="31 March 2030"),
    q("epr.value", 1, PR, ["s43(2)"], fact="38000000",
      shown="The total contract value is £38m. The breakdown by module is withheld under section 43(2).")]],
   partnames=["cyber security", "the electronic patient record contract"]),
 L("A", "FOI-2025-0702", "2025-10-20", "md", "interleaved", "Workforce and Microsoft licensing", [
   [q("st.consultancy", 1, R, fact="1200000", shown="£1.2m"),
    q("st.headcount", 0, R, fact="731", shown="731 FTE"),
    q("st.sickness", 1, H)],
   [q("li.ms", 1, R, fact="720", shown="seven hundred and twenty"),
    q("li.reseller", 1, W, ["s36(2)(c)"])]],
   partnames=["workforce", "Microsoft licensing"]),
 L("A", "FOI-2026-0015", "2026-01-05", "txt", "bare", "Fleet and charging points", [[
    q("fl.count", 1), q("fl.ev", 0), q("fl.lease", 1), q("fl.chargers", 0)]], bare=True),
]

# ---------------------------------------------------------------- findings per the contract's table
CLASS = {"s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
         "s31": "law", "reg12(5)(b)": "law", "foisa:s35": "law",
         "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
         "s24": "natsec", "reg12(5)(a)": "natsec", "foisa:s31": "natsec",
         "s36": "public_affairs", "reg12(4)(e)": "public_affairs", "foisa:s30": "public_affairs"}

def eclass(e):
    for k, v in CLASS.items():
        if e.startswith(k + "(") or e == k:
            return v
    return e

HELD = (R, PR, W)

def finding(prev, cur):
    p, c = prev["stance"], cur["stance"]
    if p is None or c is None or p == c and p != W and p != R:
        return None
    if p == R and c == R:
        return ("answer_changed", "low") if prev["fact"] != cur["fact"] else None
    if (p == N) != (c == N):
        if c == N and p in (R, PR, W, H):
            return ("ncnd_inconsistent", "high")
        if p == N and c in (R, PR, W, H):
            return ("ncnd_inconsistent", "medium")
        return None
    if p in (R, PR) and c in (W, X):
        return ("newly_withheld", "high")
    if p == R and c == PR:
        return ("partly_withheld", "medium")
    if p == W and c in (R, PR):
        return ("newly_released", "medium")
    if p == W and c == W:
        return ("exemption_changed", "medium") if {eclass(e) for e in prev["ex"]} != {eclass(e) for e in cur["ex"]} else None
    if p in HELD and c == H:
        return ("held_status_changed", "high")
    if p == H and c in HELD:
        return ("held_status_changed", "medium")
    return None

def qids(letter):
    out = []
    for pi, part in enumerate(letter["parts"], 1):
        for qi, qq in enumerate(part, 1):
            out.append((f"P{pi}.Q{qi}", qq))
    return out

def build_expect():
    drafts = {}
    tally = {}
    for d in DRAFT_LIST:
        cutoff = d["as_of"] or d["date"]
        hist = [h for h in HISTORY if h["auth"] == d["auth"] and h["date"] < cutoff]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        matches, findings = {}, []
        for qid, qq in qids(d):
            prevs = []
            for h in hist:
                for hqid, hq in qids(h):
                    if hq["concept"] == qq["concept"]:
                        prevs.append((h["date"], h["ref"], hqid, hq))
            prevs.sort(key=lambda t: t[0], reverse=True)
            matches[qid] = [f"{r} {i}" for _, r, i, _ in prevs]
            if prevs and not d["bare"]:
                _, r, i, hq = prevs[0]
                f = finding(hq, qq)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": qid, "precedent": f"{r} {i}"})
                    tally[f] = tally.get(f, 0) + 1
        if not findings and not d["bare"]:
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        drafts[fname(d)] = entry
    return drafts, tally

# ---------------------------------------------------------------- rendering helpers
def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx", "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}

def fname(l):
    return f"{l['auth'].lower()}-{slug(l['ref'])}.{EXT[l['fmt']]}"

def d_(s):
    return dt.date.fromisoformat(s)

def datestr(s, k):
    d = d_(s)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{d.day}{suf} {d:%B %Y}", f"{d.day} {d:%B %Y}", f"{d:%d/%m/%Y}", f"{d:%B} {d.day}, {d.year}", f"{d:%d %b %Y}"][k % 5]

def cite(e):
    if e.startswith("reg"):
        return "regulation " + e[3:]
    if e.startswith("foisa:s"):
        return "section " + e[7:] + " of FOISA"
    return "section " + e[1:]

EXNAME = {"s43": "Commercial Interests", "s31": "Law Enforcement", "s24": "National Security", "s40": "Personal Information",
          "s36": "Prejudice to the Effective Conduct of Public Affairs", "reg12": "Environmental Information Regulations"}

def exlist(ex):
    cs = [cite(e) for e in ex]
    s = cs[0] if len(cs) == 1 else ", ".join(cs[:-1]) + " and " + cs[-1]
    base = ex[0].split("(")[0]
    t = EXNAME.get(base)
    return s + (f" ({t})" if t and not base.startswith("reg") else "")

def answer(letter, qq):
    a = AUTH[letter["auth"]]
    who = a["who"]
    st, ex = qq["stance"], qq["ex"]
    if st == R:
        return qq["shown"]
    if st == PR:
        return qq["shown"]
    if st == W:
        if letter["regime"] == "eir":
            return f"This information is withheld under {exlist(ex)} of the Environmental Information Regulations 2004 (confidentiality of commercial information). The public interest test is set out below."
        return f"{who[0].upper() + who[1:]} holds this information, but it is exempt from disclosure under {exlist(ex)}. Our public interest considerations are set out below."
    if st == N:
        return (f"{who[0].upper() + who[1:]} can neither confirm nor deny that it holds any information relevant to this question by virtue of "
                f"{exlist(ex)}. This should not be taken as an indication that the information does or does not exist.")
    if st == H:
        return f"{who[0].upper() + who[1:]} does not hold this information. It is not recorded centrally."
    if st == X:
        return f"To answer this would exceed the appropriate limit of {a['cost']} under {exlist(ex)}."
    return ""

BOILER = ("If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days. "
          "If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, SK9 5AF.")

def header_lines(l, draft):
    a = AUTH[l["auth"]]
    rec = l["received"] or (d_(l["date"]) - dt.timedelta(days=19)).isoformat()
    k = sum(map(ord, l["ref"]))
    regime = "ENVIRONMENTAL INFORMATION REGULATIONS 2004" if l["regime"] == "eir" else "FREEDOM OF INFORMATION ACT 2000"
    lines = list(a["head"]) + [""]
    if l["bare"]:
        lines = ["ACKNOWLEDGEMENT - REQUEST RECEIVED", ""] + lines
    elif draft:
        lines = ["DRAFT RESPONSE - NOT YET ISSUED", ""] + lines
    lines += [f"Date: {datestr(l['date'], k)}", f"Our reference: {l['ref']}", "", "Dear", "",
              f"{regime} - REQUEST {l['ref']} - {l['title']}", "",
              f"Thank you for your request for information, which {a['who']} received on {datestr(rec, k + 1)}."]
    return lines

def intro_for_part(l, pi):
    if l["partnames"]:
        ordw = ["first", "second", "third"][pi - 1]
        return f"Part {pi}: The {ordw} part of my request relates to {l['partnames'][pi - 1]}."
    return None

def blocks(l):
    """Yields a structured list of ('h', text) headings, ('p', text) paragraphs, ('qa', n, q, a) items, ('table', rows)."""
    a = AUTH[l["auth"]]
    out = []
    style = l["style"]
    multi = len(l["parts"]) > 1
    if style in ("restate", "decision", "bare"):
        out.append(("p", "You asked for the following information:"))
        for pi, part in enumerate(l["parts"], 1):
            if multi:
                out.append(("h", intro_for_part(l, pi)))
            out.append(("ol", [Q[x["concept"]][x["v"]] for x in part]))
        if style == "bare":
            out.append(("p", f"We are now dealing with your request and will respond within 20 working days. "
                             f"Please quote {l['ref']} in any correspondence."))
            return out
        if style == "decision":
            wh = [(pi, qi, x) for pi, part in enumerate(l["parts"], 1) for qi, x in enumerate(part, 1) if x["stance"] == W]
            if wh:
                groups = {}
                for pi, qi, x in wh:
                    groups.setdefault(tuple(x["ex"]), []).append((pi, qi))
                sents = []
                for ex, lst in groups.items():
                    nums = ", ".join(str(qi) for _, qi in lst)
                    where = " of your request" if not multi else " in part " + str(lst[0][0]) + " of your request"
                    sents.append(f"I will be applying {exlist(list(ex))} to question{'s' if len(lst) > 1 else ''} {nums}{where}")
                out.append(("p", f"Your request has now been considered and I can confirm that {a['who']} holds the information you requested; however "
                                 + "; and ".join(sents) + ". The remaining questions are answered below."))
                out.append(("h", "Evidence of Harm"))
                out.append(("p", "Disclosure would be likely to prejudice the interests protected by the exemption. Factors favouring disclosure "
                                 "include transparency and accountability for public spending; factors favouring non-disclosure include the "
                                 "protection of commercial and operational interests. On balance the public interest favours withholding the information."))
        out.append(("h", "Our response"))
        for pi, part in enumerate(l["parts"], 1):
            if multi:
                out.append(("h", f"Part {pi}"))
            for qi, x in enumerate(part, 1):
                if style == "decision" and x["stance"] == W:
                    continue
                lead = f"Question {qi} - " if style == "decision" else f"{qi}. "
                out.append(("p", lead + answer(l, x)))
        if style == "restate" and any(x["stance"] in (W, PR) for p in l["parts"] for x in p):
            out.append(("h", "Public interest test"))
            out.append(("p", "We have considered the public interest. Release would promote openness, but disclosure would be likely to prejudice "
                             "the interests identified above, and the balance lies in maintaining the exemption."))
        return out
    if style == "table":
        for pi, part in enumerate(l["parts"], 1):
            if multi:
                out.append(("h", intro_for_part(l, pi)))
            out.append(("table", [(str(qi), Q[x["concept"]][x["v"]], answer(l, x)) for qi, x in enumerate(part, 1)]))
    else:
        # interleaved / youasked
        for pi, part in enumerate(l["parts"], 1):
            if multi:
                out.append(("h", intro_for_part(l, pi)))
            for qi, x in enumerate(part, 1):
                out.append(("qa", qi, Q[x["concept"]][x["v"]], answer(l, x)))
    if any(x["stance"] in (W, PR) for p in l["parts"] for x in p):
        out.append(("h", "Public interest test"))
        out.append(("p", "Factors favouring disclosure: openness and accountability. Factors favouring non-disclosure: the harm "
                         "that release would be likely to cause to the interests the exemption protects. Balance test: the public "
                         "interest in maintaining the exemption outweighs that in disclosure."))
    return out

def footer_lines(l):
    a = AUTH[l["auth"]]
    return ["", BOILER, "", "Yours sincerely", ""] + a["sign"]

def render_text(l, draft, md=False):
    lines = header_lines(l, draft) + [""]
    if md:
        lines[0] = "# " + lines[0]
    for b in blocks(l):
        if b[0] == "h":
            lines += [("## " if md else "") + b[1], ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "ol":
            lines += [f"{i}. {t}" for i, t in enumerate(b[1], 1)] + [""]
        elif b[0] == "qa":
            _, n, qt, at = b
            if l["style"] == "youasked":
                lines += ["You asked:" if not md else "**You asked:**", f"{n}. {qt}", "Our response:" if not md else "**Our response:**", at, ""]
            else:
                lines += [f"Question {n}: {qt}" if not md else f"**Q{n}.** {qt}", f"Response: {at}" if not md else f"**A{n}.** {at}", ""]
        elif b[0] == "table":
            if md:
                lines += ["| No. | Request | Response |", "| --- | --- | --- |"] + [f"| {n} | {qt} | {at} |" for n, qt, at in b[1]] + [""]
            else:
                for n, qt, at in b[1]:
                    lines += [f"{n}) {qt}", f"    {at}", ""]
    lines += footer_lines(l)
    return "\n".join(lines) + "\n"

CSS = "body{font-family:'Liberation Serif',serif;font-size:11pt;margin:2cm} td,th{vertical-align:top}"

def render_html(l, draft, page=False, css=True):
    e = html.escape
    hl = header_lines(l, draft)
    body = []
    if page:
        body.append('<div class="cookie">We use cookies to improve this site. <a href="#">Accept all cookies</a></div>')
        body.append(f'<nav><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/log">Disclosure log</a></nav>')
        body.append(f"<h1>Disclosure log: {e(l['title'])}</h1>")
    for ln in hl:
        body.append(f"<p>{e(ln)}</p>" if ln else "")
    for b in blocks(l):
        if b[0] == "h":
            body.append(f"<h3>{e(b[1])}</h3>")
        elif b[0] == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "ol":
            body.extend(f'<p style="margin-left:1cm">{i}. {e(t)}</p>' for i, t in enumerate(b[1], 1))
        elif b[0] == "qa":
            _, n, qt, at = b
            if l["style"] == "youasked":
                body.append(f"<p><b>You asked:</b></p><p>{n}. {e(qt)}</p><p><b>Our response:</b></p><p>{e(at)}</p>")
            else:
                body.append(f"<p><b>Question {n}</b> {e(qt)}</p><p><b>Answer {n}</b> {e(at)}</p>")
        elif b[0] == "table":
            body.append('<table width="100%" border="1" cellpadding="4"><colgroup><col width="6*"><col width="47*"><col width="47*"></colgroup><tr><th>No.</th><th>Question</th><th>Response</th></tr>' +
                        "".join(f'<tr><td>{n}</td><td>{e(qt)}</td><td>{e(at)}</td></tr>' for n, qt, at in b[1]) + "</table>")
    for ln in footer_lines(l):
        body.append(f"<p>{e(ln)}</p>" if ln else "")
    if page:
        body.append(f"<footer><p>&copy; {e(AUTH[l['auth']]['name'])} | Accessibility | Privacy notice | Contact us</p></footer>")
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(l['title'])}</title>" + (f"<style>{CSS}</style>" if css else "") + "</head><body>\n" + "\n".join(body) + "\n</body></html>\n"

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()[-500:]}")

def render(l, outdir, draft):
    out = os.path.join(outdir, fname(l))
    fmt = l["fmt"]
    if fmt == "txt":
        open(out, "w").write(render_text(l, draft))
        return out
    if fmt == "md":
        open(out, "w").write(render_text(l, draft, md=True))
        return out
    if fmt == "html":
        open(out, "w").write(render_html(l, draft, page=True))
        return out
    tmp = tempfile.mkdtemp(prefix="setI-")
    stem = os.path.splitext(fname(l))[0]
    src = os.path.join(tmp, stem + ".html")
    open(src, "w").write(render_html(l, draft, css=fmt not in ("docx", "pdf-soffice")))
    prof = f"-env:UserInstallation=file://{tmp}/lo"
    if fmt == "docx":
        run(["soffice", prof, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, src])
        shutil.move(os.path.join(tmp, stem + ".docx"), out)
    elif fmt == "pdf-soffice":
        run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src])
        shutil.move(os.path.join(tmp, stem + ".pdf"), out)
    elif fmt == "pdf-chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", "file://" + src])
    elif fmt == "pdf-gs":
        mid = os.path.join(tmp, "mid.pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={mid}", "file://" + src])
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", mid])
    shutil.rmtree(tmp, ignore_errors=True)
    return out

def check_unique():
    refs = [l["ref"] for l in HISTORY + DRAFT_LIST]
    assert len(refs) == len(set(refs)), "duplicate reference"
    seen = set()
    for l in HISTORY + DRAFT_LIST:
        k = (l["auth"], l["date"])
        assert k not in seen, f"duplicate date {k}"
        seen.add(k)
    for l in HISTORY + DRAFT_LIST:
        for p in l["parts"]:
            for x in p:
                assert x["concept"] in Q and x["v"] < len(Q[x["concept"]]), x
                if x["stance"] in (R, PR):
                    assert x["fact"] is not None, (l["ref"], x)

def main():
    check_unique()
    only_expect = "--expect-only" in sys.argv
    if not only_expect:
        for d in (HIST, DRAFTS):
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
        for l in HISTORY:
            print("history", render(l, HIST, False), file=sys.stderr)
        for l in DRAFT_LIST:
            print("draft", render(l, DRAFTS, True), file=sys.stderr)
    drafts, tally = build_expect()
    exp = {"description": "Set I, written independently of the code: four invented authorities (unitary council, police force, acute NHS trust, government agency); "
                          f"{len(HISTORY)} history letters 2017-2025 and {len(DRAFT_LIST)} drafts 2025-2026 with planted findings, "
                          "consistent repeats with restated figures, an FOIA s43(2) to EIR reg12(5)(e) regime change, a bare request and an as_of draft.",
           "drafts": drafts}
    json.dump(exp, open(os.path.join(ROOT, "expect.json"), "w"), indent=1, ensure_ascii=False)
    truth = {"history": HISTORY, "drafts": DRAFT_LIST, "files": {l["ref"]: fname(l) for l in HISTORY + DRAFT_LIST}}
    json.dump(truth, open(os.path.join(ROOT, "src", "truth.json"), "w"), indent=1, ensure_ascii=False)
    for (k, s), n in sorted(tally.items()):
        print(f"{k:22s} {s:7s} {n}")
    print("total findings", sum(tally.values()))

if __name__ == "__main__":
    main()
