#!/usr/bin/env python3
"""Evaluation set J, written independently of the code: the truth for every letter, its rendering, and expect.json.

Standard library only.  Run:  python3 make.py            (renders everything; needs soffice, chromium, gs)
                               python3 make.py --expect-only
Authorities (all invented): Wenbury District Council, Hartmoor Fire and Rescue Service,
University of Ashcombe, Northvale Partnership NHS Foundation Trust (mental health and community).
Every label in expect.json is derived by code from the truth below (concept per question,
stance, exemptions, canonical fact)."""
import datetime as dt, html, json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
HIST = os.path.join(ROOT, "history")
DRAFTS = os.path.join(ROOT, "drafts")
SRC = os.path.join(ROOT, "src")

# ====================================================================== authorities
AUTH = {
 "D": dict(name="Wenbury District Council", short="wenbury", who="the Council", kind="council",
           head=["WENBURY DISTRICT COUNCIL", "Information Governance", "Council Offices, Priory Road", "Wenbury WB3 7DL",
                 "foi@wenbury.gov.example"],
           reflabel="Our ref:", datek=0,
           sign=["Yours sincerely", "", "Information Governance Officer", "Wenbury District Council"],
           boiler="If you are dissatisfied with the handling of your request you may ask for an internal review by writing to "
                  "the Information Governance Manager within 40 working days. If you remain unhappy you have the right under "
                  "section 50 of the Freedom of Information Act 2000 to apply to the Information Commissioner's Office, "
                  "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
           slogan="Wenbury - a greener district for everyone"),
 "F": dict(name="Hartmoor Fire and Rescue Service", short="hartmoor", who="the Service", kind="fire",
           head=["Hartmoor Fire and Rescue Service", "Service Headquarters", "Beacon Hill, Marlow Road", "Hartmoor HM1 2FR"],
           reflabel="Reference:", datek=1,
           sign=["Kind regards", "", "Information Compliance Officer", "Corporate Services Directorate",
                 "Hartmoor Fire and Rescue Service"],
           boiler="You may request an internal review of this decision within 40 working days of the date of this letter. "
                  "Should you remain dissatisfied after the review, you may complain to the Information Commissioner.",
           slogan="Making Hartmoor Safer - OFFICIAL"),
 "U": dict(name="University of Ashcombe", short="ashcombe", who="the University", kind="university",
           head=["University of Ashcombe", "Governance and Legal Services", "Chancellor's Building, College Lane", "Ashcombe AC4 9UU"],
           reflabel="Request reference:", datek=3,
           sign=["Best wishes", "", "Information Compliance Manager", "Governance and Legal Services", "University of Ashcombe"],
           boiler="If you are not satisfied with this response you may request an internal review by contacting "
                  "foi@ashcombe.ac.example within 40 working days. If you are still not satisfied following the review you may "
                  "contact the Information Commissioner's Office.",
           slogan=""),
 "T": dict(name="Northvale Partnership NHS Foundation Trust", short="northvale", who="the Trust", kind="nhs",
           head=["Northvale Partnership NHS Foundation Trust", "Mental health, learning disability and community services",
                 "Information Governance Department", "Fernside House, Westgate", "Northvale NV2 8QT"],
           reflabel="FOI Reference Number:", datek=2,
           sign=["Yours faithfully", "", "Freedom of Information Officer", "Northvale Partnership NHS Foundation Trust"],
           boiler="If you are dissatisfied with the response you have received you may request an internal review by "
                  "contacting the Head of Information Governance. You also have the right to complain to the Information "
                  "Commissioner under section 50 of the Act once the internal review process has been exhausted.",
           slogan="Caring - Respectful - Hopeful"),
}

# ====================================================================== concepts: wording variants
# The same concept worded differently over the years (strong rewording; question vs statement).
# Look-alikes (different concept, similar wording) are marked LOOK.
Q = {
 # ---------------- Wenbury District Council
 "ft.incidents": ["How many incidents of fly-tipping were reported to the Council in the last financial year?",
                  "Please provide the number of fly-tipping reports the authority logged between 1 April and 31 March of the most recent complete financial year.",
                  "I would like to know how many times members of the public or staff notified you of waste being illegally dumped on land in the district over the last full financial year."],
 "ft.fpn": ["How many fixed penalty notices were issued for fly-tipping in the same period?",
            "Please provide the number of fixed penalty notices your officers issued to people caught fly-tipping during that year.",
            "Over that twelve-month period, how many on-the-spot fines did the authority hand out for the unlawful deposit of waste?"],
 "lit.fpn": ["How many fixed penalty notices were issued for littering in the same period?",  # LOOK ft.fpn
             "Please provide the number of fixed penalty notices your officers issued to people caught dropping litter during that year."],
 "dog.fpn": ["How many fixed penalty notices were issued for failing to clear up after a dog in that period?",  # LOOK ft.fpn
             "Please provide the number of fixed penalty notices your officers issued to people who failed to pick up after their dog during that year."],
 "ft.fpn_amount": ["What is the amount of the fixed penalty for fly-tipping set by the Council?",
                   "Please confirm the level at which the authority has set its fly-tipping fixed penalty (the full amount, not the early payment rate).",
                   "How much does someone have to pay if they are handed a fly-tipping fine in Wenbury, before any discount for paying early?"],
 "ft.cameras": ["How many covert CCTV cameras does the Council use to tackle fly-tipping?",
                "Please provide the number of hidden or re-deployable cameras the authority owns for catching fly-tippers.",
                "Does the Council have any surveillance cameras specifically for fly-tipping hotspots? If so, how many?"],
 "ft.camera_sites": ["At which locations are those cameras currently deployed?",
                     "Please list the sites where the fly-tipping cameras are installed at present.",
                     "Whereabouts in the district are the covert fly-tipping cameras positioned?"],
 "ft.contractor": ["Does the Council use a private contractor for environmental enforcement? If so, which company?",
                   "Please name the private enforcement company (if any) that issues litter and fly-tipping fines on the Council's behalf."],
 "ta.households": ["How many households were in temporary accommodation on 31 March?"],
 "ta.bb": ["Of those, how many were in bed and breakfast accommodation?"],  # LOOK ta.households
 "ta.spend": ["What was the Council's total spend on temporary accommodation in the last financial year?"],
 "ta.providers": ["Please name the private providers the Council uses for temporary accommodation."],
 "allot.wait": ["How many people are currently on the waiting list for a Council allotment?"],
 "toilets": ["How many public toilets does the Council maintain?"],
 "dcy.incidents": ["How many cyber attacks has the Council experienced in the last 12 months?",
                   "Please provide the number of cyber security incidents the authority recorded over the past year.",
                   "In the last year, on how many occasions have the Council's systems been the subject of a cyber attack that was logged as a security incident?"],
 "dcy.ransom": ["Has the Council ever paid a ransom in relation to a ransomware attack?",
                "Please confirm whether the authority has made any payment to criminals following a ransomware incident."],
 "dcy.training": ["Is cyber security awareness training mandatory for Council staff?"],
 "dcy.insurance": ["Does the Council hold cyber insurance? If so, with which insurer?",
                   "Please name the insurer (if any) providing the authority's cyber insurance cover."],
 "ict.crm": ["Who supplies the Council's customer relationship management (CRM) system?"],
 "ict.m365": ["How many Microsoft 365 licences does the Council hold?",
              "Please provide the number of Microsoft Office 365 user licences currently held by the authority."],
 "ict.reseller": ["Which reseller does the Council purchase its Microsoft licences through?",
                  "Who is the authority's Microsoft licensing partner?"],
 "wc.contractor": ["Who is the Council's contractor for household waste and recycling collection?",
                   "Please name the company that collects residents' bins on behalf of the Council.",
                   "I would like to know which firm runs kerbside refuse and recycling collections in the district."],
 "wc.value": ["What is the annual value of the waste collection contract?",
              "Please provide the yearly contract sum paid to the collection contractor.",
              "How much does the Council pay each year under its bin collection contract?"],
 "wc.expiry": ["When does the current contract end?",
               "Please give the expiry date of the collection contract (excluding extension options).",
               "On what date is the bin collection contract due to finish?"],
 "gw.charge": ["What is the annual charge for the garden waste collection service?",
               "Please provide the yearly fee a household pays to have its garden waste collected."],
 # ---------------- Hartmoor Fire and Rescue Service
 "fl.pumps": ["How many front-line pumping appliances does the Service have?",
              "Please provide the total number of fire engines (pumping appliances) currently available for front-line response.",
              "I would like to know the size of your operational fire engine fleet, not counting reserve or training vehicles."],
 "fl.reserve": ["How many reserve pumping appliances does the Service hold?",  # LOOK fl.pumps
                "Please provide the number of spare fire engines kept in reserve."],
 "fl.aerial": ["How many aerial ladder platforms or turntable ladders does the Service operate?",  # LOOK fl.pumps
               "Please state how many height vehicles (aerial appliances) are in service."],
 "fl.chassis": ["Which manufacturer supplies the chassis for your pumping appliances?",
                "Please provide the make of chassis used on the fire engines.",
                "What chassis are your fire engines built on?"],
 "fl.builder": ["Which company builds the bodywork for your pumping appliances?",
                "Please name the coachbuilder who fits out your fire engines."],
 "fl.age": ["What is the average age of the Service's pumping appliances?",
            "Please state the mean age, in years, of the front-line fire engines."],
 # the same sentence is asked for two different contracts (part 1 mobilising, part 2 HR/payroll)
 "mob.supplier": ["Incumbent supplier: please state the name of the supplier of the contract.",
                  "Who supplies the Service's mobilising (command and control) system?",
                  "Please provide the name of the company behind the computer-aided dispatch system used in your control room."],
 "mob.expiry": ["Contract expiry: please state the date on which the contract expires.",
                "When does the mobilising system contract come to an end?"],
 "mob.spend": ["Annual spend: please state the average annual spend on the contract.",
               "How much does the Service spend each year on the mobilising system?"],
 "hr.supplier": ["Incumbent supplier: please state the name of the supplier of the contract.",
                 "Who supplies the Service's HR and payroll system?",
                 "Please provide the name of the company whose software runs your HR and payroll."],
 "hr.expiry": ["Contract expiry: please state the date on which the contract expires.",
               "When does the HR and payroll system contract come to an end?"],
 "hr.spend": ["Annual spend: please state the average annual spend on the contract.",
              "How much does the Service spend each year on the HR and payroll system?"],
 "dr.count": ["How many drones does the Service own?",
              "Please provide the number of unmanned aerial vehicles operated by the Service.",
              "What is the size of your remotely piloted aircraft fleet?"],
 "dr.models": ["What make and model are they?",
               "Please list the manufacturer and model of each UAV.",
               "Which make and model of drone does the Service fly?"],
 "dr.pilots": ["How many staff are trained and qualified drone pilots?",
               "Please provide the number of personnel holding a current remote pilot qualification."],
 "dr.deploy": ["How many times were the Service's drones sent to incidents during the last calendar year?"],  # LOOK dr.count
 "bwc.count": ["Do firefighters wear body-worn cameras? If so, how many cameras has the Service issued?",
               "Please provide the number of body worn video cameras issued to operational crews."],
 "bwc.supplier": ["Who supplied the cameras?",
                  "Please name the manufacturer of the body worn cameras used by crews."],
 "afa.calls": ["How many calls from automatic fire alarms did the Service receive last year?",
               "Please provide the number of automatic fire alarm actuations the control room handled in the last calendar year."],
 "afa.policy": ["Does the Service attend automatic fire alarm calls at non-residential premises during the day without a confirmed fire?",
                "Please confirm whether you send an appliance to an AFA at commercial premises in daytime when no fire has been confirmed."],
 "afa.charge": ["Does the Service charge for attending repeated false alarms? If so, how much?",
                "Please provide the fee (if any) levied for attendance at unwanted fire signals."],
 "fcy.incidents": ["How many cyber security incidents has the Service recorded in the last year?"],
 "fcy.ransom": ["Has the Service paid any ransom to cyber criminals?",
                "Please confirm whether the Service has ever made a ransomware payment."],
 "fcy.backup": ["Which company provides your backup and disaster recovery solution?"],
 # ---------------- University of Ashcombe
 "vc.salary": ["What is the Vice-Chancellor's basic salary?",
               "Please provide the annual base pay of the University's Vice-Chancellor.",
               "I want to know how much the head of the institution is paid each year in salary, excluding pension and benefits."],
 "dvc.salary": ["What is the basic salary of each Deputy Vice-Chancellor?"],  # LOOK vc.salary
 "park.permits": ["How many staff car parking permits did the University issue in 2023/24?"],
 "an.procedures": ["How many procedures on animals did the University carry out in the last calendar year?",
                   "Please provide the number of regulated procedures involving living animals conducted by the University in the most recent year."],
 "an.species": ["Which species were used?",
                "Please list the animal species used in those procedures.",
                "Please list the species of animal used in research at the University last year."],
 "an.primates": ["Does the University use non-human primates in research?",
                 "Please confirm whether any research at the University involves monkeys or other non-human primates."],
 "an.location": ["In which buildings are animals housed for research purposes?",
                 "Please provide the location of the University's animal research facilities."],
 "mis.cases": ["How many cases of academic misconduct were investigated in the last academic year?",
               "Please provide the number of students investigated for academic misconduct in the most recent complete academic year."],
 "mis.ai": ["How many of those cases involved the use of AI tools such as ChatGPT?",  # LOOK mis.cases
            "Please provide the number of academic misconduct cases in which students were suspected of using generative artificial intelligence."],
 "mis.software": ["Which plagiarism detection software does the University use?",
                  "What text-matching or similarity-checking service do you use to detect plagiarism?",
                  "Please name the tool used to check students' submitted work for copied material."],
 "ucy.incidents": ["How many cyber attacks did the University experience in the last year?",
                   "Please provide the number of cyber security incidents the University recorded during the last 12 months."],
 "ucy.ransom": ["Has the University ever paid a ransom following a cyber attack?",
                "Please confirm whether the institution has paid a ransomware demand."],
 "ucy.edr": ["Which endpoint protection product does the University use?",
             "Please name the antivirus or endpoint detection software deployed on University devices."],
 "ia.agents": ["How many overseas recruitment agents does the University use?",
               "Please provide the number of international student recruitment agents contracted by the University.",
               "How many agencies abroad are currently signed up to recruit students for Ashcombe?"],
 "ia.commission": ["What was the total commission paid to recruitment agents in the last financial year?",
                   "How much did the University pay agents in commission for recruiting international students during the latest financial year?",
                   "Please tell me the total sum paid out in agent commission last financial year."],
 "ia.rate": ["What percentage of first-year tuition fees is paid to agents as commission?",
             "Please state the standard commission rate paid to agents, as a percentage of the first year's tuition fee.",
             "What cut of a student's first-year fee does an agent receive?"],
 "ia.top": ["Please list the five agents who received the most commission."],
 # ---------------- Northvale Partnership NHS Foundation Trust
 "rs.incidents": ["How many incidents of physical restraint were recorded on the Trust's inpatient wards in the last financial year?",
                  "Please provide the total number of restrictive physical interventions reported across your mental health inpatient units in the most recent financial year."],
 "rs.prone": ["How many of those involved prone (face-down) restraint?"],  # LOOK rs.incidents
 "rs.seclusion": ["How many episodes of seclusion were recorded on inpatient wards in the last financial year?"],  # LOOK rs.incidents
 "rs.bwc": ["Do staff on inpatient wards wear body-worn cameras? If so, how many cameras does the Trust have?",
            "Please provide the number of body worn video devices in use on the Trust's wards.",
            "How many body cameras has the Trust bought for ward staff?"],
 "rs.bwc_supplier": ["Who supplies the body-worn cameras?",
                     "Please name the company that provided the Trust's body worn video system."],
 "rs.bwc_retention": ["How long is body-worn camera footage kept?",
                      "Please state the retention period for footage recorded on ward body cameras."],
 "oap.count": ["How many patients were placed in out-of-area inpatient beds in the last financial year?",
               "Please provide the number of inappropriate out-of-area placements the Trust made during the most recent financial year."],
 "oap.spend": ["What was the total cost of those out-of-area placements?",
               "Please provide the Trust's expenditure on out-of-area mental health beds during that year."],
 "oap.provider": ["Which independent provider received the most out-of-area placements?",
                  "Please name the private hospital provider to which the Trust sent the most patients out of area."],
 "interp.spend": ["How much did the Trust spend on interpreting and translation services in 2019/20?"],
 "ag.spend": ["What was the Trust's total spend on agency staff in the last financial year?",
              "Please provide the total amount paid to employment agencies for temporary staff in the last complete financial year."],
 "bank.spend": ["What was the Trust's total spend on bank staff in the last financial year?"],  # LOOK ag.spend
 "ag.top": ["Which agency did the Trust spend the most with?",
            "Please name the staffing agency that received the largest share of the Trust's agency spend."],
 "ag.rate": ["What is the highest hourly rate the Trust has paid for an agency nurse?",
             "Please provide the maximum hourly charge paid for a registered mental health nurse supplied by an agency."],
 "tcy.incidents": ["How many cyber security incidents did the Trust record in the last 12 months?",
                   "Please provide the number of cyber attacks reported to the Trust's IT security team in the last year."],
 "tcy.ransom": ["Has the Trust paid a ransom following a ransomware attack?",
                "Please confirm whether the Trust has ever paid money to regain access to systems after a ransomware incident."],
 "tcy.siem": ["Which company provides the Trust's security monitoring (SIEM/SOC) service?",
              "Please name the supplier of your security operations centre service."],
 "epr.supplier": ["Who supplies the Trust's electronic patient record system?",
                  "Please provide the name of the supplier of your EPR.",
                  "What clinical record system do community and mental health clinicians at the Trust use, and who provides it?"],
 "epr.expiry": ["When does the EPR contract expire?",
                "Please provide the end date of the electronic patient record contract."],
 "epr.value": ["What is the total value of the EPR contract?",
               "Please provide the whole-life value of the contract for your patient record system."],
}

R, PR, W, N, H, X = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"


def q(c, v, st=None, ex=(), fact=None, shown=None):
    """one question: concept, wording variant, stance, exemptions (normalised), canonical fact, answer text shown"""
    return dict(concept=c, v=v, stance=st, ex=sorted(ex), fact=fact, shown=shown if shown is not None else fact)


def L(a, ref, date, fmt, style, title, parts, regime="foia", partnames=None, as_of=None, bare=False,
      received=None, traps=None, other_ref=None, shuffle=False, bullets=False):
    return dict(auth=a, ref=ref, date=date, fmt=fmt, style=style, title=title, parts=parts, regime=regime,
                partnames=partnames, as_of=as_of, bare=bare, received=received, traps=traps or [],
                other_ref=other_ref, shuffle=shuffle, bullets=bullets)


# ====================================================================== history (truth)
HISTORY = [
 # ------------------------------------------------ Wenbury District Council (10)
 L("D", "FOI/17/0412", "2017-06-12", "txt", "interleaved", "Fly-tipping", [[
    q("ft.incidents", 0, R, fact="1890", shown="1,890 incidents were reported in 2016/17."),
    q("ft.fpn", 0, R, fact="12", shown="12"),
    q("ft.fpn_amount", 0, R, fact="400", shown="£400"),
    q("ft.cameras", 0, R, fact="2", shown="The Council has two covert cameras.")]]),
 L("D", "FOI/18/0233", "2018-04-09", "md", "youasked", "Temporary accommodation", [[
    q("ta.households", 0, R, fact="142", shown="142 households"),
    q("ta.bb", 0, R, fact="19", shown="19"),
    q("ta.spend", 0, R, fact="1410220", shown="£1,410,220"),
    q("ta.providers", 0, W, ["s43(2)"])]]),
 L("D", "FOI/18/0719", "2018-11-26", "pdf-soffice", "table", "Household waste collection contract", [[
    q("wc.contractor", 0, R, fact="ashgrove environmental", shown="Ashgrove Environmental Services Ltd"),
    q("wc.value", 0, W, ["s43(2)"]),
    q("wc.expiry", 0, R, fact="2028-03-31", shown="31 March 2028")]]),
 L("D", "FOI/19/0305", "2019-05-20", "txt", "restate", "Fly-tipping and littering enforcement", [[
    q("ft.fpn", 1, R, fact="31", shown="31 fixed penalty notices were issued for fly-tipping."),
    q("lit.fpn", 0, R, fact="604", shown="604"),
    q("dog.fpn", 0, R, fact="14", shown="14"),
    q("ft.incidents", 1, R, fact="2104", shown="2,104 reports (2018/19)"),
    q("ft.cameras", 1, R, fact="4", shown="The Council owns 4 re-deployable cameras."),
    q("ft.camera_sites", 0, W, ["s31(1)(a)"])]], traps=["look-alike FPN questions: littering and dog fouling"]),
 L("D", "WDC-20-0144", "2020-03-02", "html", "interleaved", "Allotments and public toilets", [[
    q("allot.wait", 0, R, fact="87", shown="87 people"),
    q("toilets", 0, R, fact="6", shown="Six: Market Square, Priory Park, Station Road, Wenbury Quay, Abbeyfields and Longmarsh.")]],
   traps=["unrelated request"]),
 L("D", "WDC-20-0561", "2020-10-05", "docx", "youasked", "Cyber security", [[
    q("dcy.incidents", 0, R, fact="3", shown="3"),
    q("dcy.ransom", 0, R, fact="no", shown="No. The Council has never paid a ransom."),
    q("dcy.training", 0, R, fact="yes", shown="Yes, all staff with network access must complete it every year."),
    q("dcy.insurance", 0, W, ["s43(2)"])]]),
 L("D", "WDC-22-0815", "2022-09-21", "txt", "decision", "ICT systems and licences", [[
    q("ict.crm", 0, R, fact="corvanta", shown="Corvanta CX, supplied by Corvanta Software Ltd."),
    q("ict.m365", 0, R, fact="460", shown="460"),
    q("ict.reseller", 0, W, ["s43(2)"]),
    q("dcy.incidents", 1, H, shown="")]], traps=["decision paragraph; not held question answered below"]),
 L("D", "WDC/FOI/2023/0622", "2023-06-19", "pdf-gs", "youasked", "Fly-tipping 2022/23", [[
    q("ft.incidents", 2, R, fact="2611", shown="2,611"),
    q("ft.fpn", 2, R, fact="58", shown="58"),
    q("lit.fpn", 1, R, fact="733", shown="733"),
    q("ft.fpn_amount", 1, R, fact="400", shown="£400 (reduced to £250 if paid within 10 days)."),
    q("ft.cameras", 2, R, fact="6", shown="Yes. The Council has 6 covert camera units."),
    q("ft.camera_sites", 1, W, ["s31(1)(a)"]),
    q("ft.contractor", 0, R, fact="no", shown="No. All enforcement is carried out by the Council's own officers.")]],
   other_ref="FOI/19/0305"),
 L("D", "WDC/FOI/2024/0307", "2024-03-25", "md", "interleaved", "Waste collection contract and garden waste", [[
    q("wc.contractor", 1, R, fact="ashgrove environmental", shown="Ashgrove Environmental Services Ltd"),
    q("wc.expiry", 1, R, fact="2028-03-31", shown="31/03/2028"),
    q("wc.value", 1, W, ["s43(2)"]),
    q("gw.charge", 0, R, fact="52", shown="£52 per bin per year")]]),
 L("D", "WDC/FOI/2024/0911", "2024-10-08", "pdf-chromium", "table", "Cyber incidents and insurance", [[
    q("dcy.ransom", 1, R, fact="no", shown="The Council has not made any such payment."),
    q("dcy.incidents", 2, H, shown=""),
    q("dcy.insurance", 1, W, ["s43(2)"])]]),
 # ------------------------------------------------ Hartmoor Fire and Rescue Service (10)
 L("F", "HFRS 0117/17", "2017-03-13", "txt", "restate", "Fleet", [[
    q("fl.pumps", 0, R, fact="34", shown="34"),
    q("fl.aerial", 0, R, fact="3", shown="3 (two aerial ladder platforms and one turntable ladder)"),
    q("fl.chassis", 0, R, fact="scania", shown="Scania"),
    q("fl.builder", 0, R, fact="halden", shown="Halden Coachworks Ltd"),
    q("fl.age", 0, R, fact="9.1", shown="9.1 years")]], bullets=True,
   traps=["questions given as unnumbered bullets; answers numbered by the authority"]),
 L("F", "HFRS 0642/17", "2017-10-30", "pdf-chromium", "restate", "Mobilising and HR/payroll system contracts", [
   [q("mob.supplier", 0, R, fact="vectis", shown="Vectis Control Systems Ltd"),
    q("mob.expiry", 0, R, fact="2021-03-31", shown="31/03/2021"),
    q("mob.spend", 0, R, fact="186000", shown="£186,000 per annum")],
   [q("hr.supplier", 0, R, fact="paylink", shown="Paylink HR Ltd"),
    q("hr.expiry", 0, R, fact="2020-08-31", shown="31/08/2020"),
    q("hr.spend", 0, R, fact="41000", shown="£41,000 per annum")]],
   partnames=["the mobilising (command and control) system contract", "the HR and payroll system contract"],
   traps=["same sentences in two parts for two different contracts"]),
 L("F", "HFRS 0388/18", "2018-07-02", "html", "interleaved", "Drones", [[
    q("dr.count", 0, R, fact="2", shown="2"),
    q("dr.models", 0, R, fact="dji mavic 2 enterprise", shown="Both are DJI Mavic 2 Enterprise."),
    q("dr.pilots", 0, R, fact="6", shown="6")]]),
 L("F", "HFRS/FOI/2020/0088", "2020-02-10", "pdf-gs", "youasked", "Fleet information", [[
    q("fl.reserve", 0, R, fact="6", shown="6"),
    q("fl.pumps", 1, R, fact="33", shown="33"),
    q("fl.chassis", 1, R, fact="scania", shown="Scania P-series"),
    q("fl.builder", 1, R, fact="halden", shown="Halden Coachworks Ltd"),
    q("fl.age", 1, R, fact="10.4", shown="10.4 years")]]),
 L("F", "HFRS/FOI/2020/0590", "2020-11-23", "txt", "decision", "Cyber security", [[
    q("fcy.incidents", 0, R, fact="1", shown="One."),
    q("fcy.ransom", 0, N, ["s24(2)", "s31(3)"]),
    q("fcy.backup", 0, W, ["s31(1)(a)"])]]),
 L("F", "HFRS/FOI/2021/0420", "2021-08-09", "md", "interleaved", "Control room and HR systems", [[
    q("mob.supplier", 1, R, fact="vectis", shown="Vectis Control Systems Ltd"),
    q("mob.expiry", 1, R, fact="2026-03-31", shown="31 March 2026"),
    q("hr.supplier", 1, R, fact="paylink", shown="Paylink HR Ltd"),
    q("hr.expiry", 1, R, fact="2024-08-31", shown="31 August 2024"),
    q("hr.spend", 1, W, ["s43(2)"])]], traps=["one merged list where other years use two parts"]),
 L("F", "FOI-HFRS-22-0317", "2022-06-06", "pdf-soffice", "youasked", "Fleet and appliances", [[
    q("fl.pumps", 2, R, fact="32", shown="32"),
    q("fl.aerial", 1, R, fact="3", shown="3"),
    q("fl.chassis", 2, R, fact="volvo", shown="New appliances since 2021 are built on Volvo FL chassis; the remaining older appliances are on Scania."),
    q("fl.builder", 1, W, ["s43(2)"]),
    q("fl.age", 0, R, fact="11.2", shown="11.2 years")]]),
 L("F", "FOI-HFRS-23-0451", "2023-05-22", "html", "restate", "Drones and body worn cameras", [[
    q("dr.count", 1, R, fact="4", shown="4"),
    q("dr.models", 1, R, fact="dji matrice 30t", shown="DJI Matrice 30T (all four)"),
    q("dr.pilots", 1, R, fact="11", shown="11"),
    q("bwc.count", 0, R, fact="120", shown="Yes. 120 cameras have been issued."),
    q("bwc.supplier", 0, R, fact="oculon", shown="Oculon Video Ltd")]]),
 L("F", "FOI-HFRS-24-0206", "2024-03-04", "docx", "restate", "ICT contracts - mobilising and HR/payroll", [
   [q("mob.supplier", 0, R, fact="vectis", shown="Vectis Control Systems Ltd"),
    q("mob.expiry", 0, R, fact="2026-03-31", shown="31/03/2026"),
    q("mob.spend", 0, W, ["s43(2)"])],
   [q("hr.supplier", 0, R, fact="paylink", shown="Paylink HR Ltd"),
    q("hr.expiry", 0, R, fact="2027-08-31", shown="31/08/2027"),
    q("hr.spend", 0, W, ["s43(2)"])]],
   partnames=["the mobilising (command and control) system contract", "the HR and payroll system contract"],
   traps=["same sentences in two parts"]),
 L("F", "FOI-HFRS-24-0877", "2024-10-14", "txt", "youasked", "Automatic fire alarms", [[
    q("afa.calls", 1, R, fact="2954", shown="2,954"),
    q("afa.policy", 1, R, fact="no", shown="No. Since 1 April 2024 we do not attend AFA calls at non-residential premises between 07:00 and 19:00 unless a fire is confirmed."),
    q("afa.charge", 1, R, fact="350", shown="Yes. £350 plus VAT for each attendance after the third false alarm at the same premises within 12 months.")]]),
 # ------------------------------------------------ University of Ashcombe (10)
 L("U", "UoA/FOI/17-093", "2017-05-08", "txt", "interleaved", "Vice-Chancellor pay", [[
    q("vc.salary", 0, R, fact="262000", shown="£262,000"),
    q("dvc.salary", 0, R, fact="198000", shown="£198,000 for each of the two Deputy Vice-Chancellors")]],
   traps=["look-alike: deputy VC salary"]),
 L("U", "UoA/FOI/18-211", "2018-09-17", "pdf-soffice", "decision", "Animal research", [[
    q("an.procedures", 0, R, fact="4120", shown="4,120 procedures were completed in 2017. These figures are also published on the University website."),
    q("an.species", 0, R, fact="mice rats zebrafish", shown="Mice, rats and zebrafish."),
    q("an.primates", 0, N, ["s38(2)"]),
    q("an.location", 0, W, ["s38(1)(a)", "s38(1)(b)"])]]),
 L("U", "UoA/FOI/19-077", "2019-03-25", "html", "youasked", "Academic misconduct", [[
    q("mis.cases", 0, R, fact="312", shown="312"),
    q("mis.software", 0, R, fact="originix", shown="Originix")]]),
 L("U", "FOI2020-0148", "2020-06-15", "docx", "interleaved", "International recruitment agents", [[
    q("ia.agents", 0, R, fact="140", shown="140"),
    q("ia.commission", 0, W, ["s43(2)"]),
    q("ia.rate", 0, W, ["s43(2)"])]]),
 L("U", "FOI2021-0377", "2021-09-06", "txt", "youasked", "Cyber security", [[
    q("ucy.incidents", 0, R, fact="17", shown="17"),
    q("ucy.ransom", 0, N, ["s24(2)", "s31(3)"]),
    q("ucy.edr", 0, W, ["s31(1)(a)"])]]),
 L("U", "FOI2022-0090", "2022-02-14", "pdf-gs", "table", "Animal research 2021", [[
    q("an.procedures", 1, R, fact="3877", shown="3,877"),
    q("an.species", 1, R, fact="mice rats zebrafish xenopus", shown="Mice, rats, zebrafish and Xenopus frogs."),
    q("an.primates", 1, N, ["s38(2)"]),
    q("an.location", 1, W, ["s38(1)(a)", "s38(1)(b)"])]]),
 L("U", "FOI2022-0561", "2022-11-28", "md", "restate", "Academic misconduct and AI", [[
    q("mis.cases", 1, R, fact="355", shown="355 students"),
    q("mis.ai", 0, H, shown="Cases are not categorised by the method of cheating, so the University does not hold this figure."),
    q("mis.software", 1, R, fact="originix", shown="Originix")]], traps=["look-alike: AI cases versus all misconduct cases"]),
 L("U", "CAS-2023-0712", "2023-10-02", "pdf-chromium", "youasked", "Agents and commission", [[
    q("ia.commission", 1, W, ["s43(2)"]),
    q("ia.agents", 1, R, fact="165", shown="165"),
    q("ia.rate", 1, W, ["s43(2)"])]], other_ref="FOI2020-0148"),
 L("U", "CAS-2024-0235", "2024-04-22", "txt", "interleaved", "Vice-Chancellor salary and staff parking", [[
    q("vc.salary", 2, R, fact="289500", shown="£289,500"),
    q("park.permits", 0, R, fact="2210", shown="2,210")]]),
 L("U", "CAS-2024-0980", "2024-12-09", "html", "interleaved", "Animal research 2023", [[
    q("an.procedures", 0, R, fact="3410", shown="3,410"),
    q("an.primates", 0, N, ["s38(2)"]),
    q("an.species", 0, R, fact="mice rats zebrafish", shown="Mice, rats and zebrafish")]]),
 # ------------------------------------------------ Northvale Partnership NHS FT (10)
 L("T", "NPT/FOI/17/0045", "2017-02-20", "txt", "restate", "Agency staff", [[
    q("ag.spend", 0, R, fact="6200000", shown="£6,200,000"),
    q("bank.spend", 0, R, fact="3100000", shown="£3,100,000"),
    q("ag.top", 0, R, fact="carewell", shown="Carewell Staffing Ltd"),
    q("ag.rate", 0, W, ["s43(2)"])]], traps=["look-alike: bank versus agency spend"]),
 L("T", "NPT/FOI/17/0388", "2017-11-06", "docx", "interleaved", "Electronic patient record", [[
    q("epr.supplier", 0, R, fact="meridian", shown="Meridian Clinical Systems"),
    q("epr.expiry", 0, R, fact="2022-09-30", shown="30 September 2022"),
    q("epr.value", 0, W, ["s43(2)"])]], traps=["s40(2) mentioned but not applied"]),
 L("T", "NPT/FOI/18/0512", "2018-10-15", "pdf-chromium", "table", "Restraint and body-worn cameras", [[
    q("rs.incidents", 0, R, fact="1840", shown="1,840"),
    q("rs.prone", 0, R, fact="212", shown="212"),
    q("rs.bwc", 0, R, fact="0", shown="No. The Trust does not currently use body-worn cameras (0).")]]),
 L("T", "NPT/FOI/19/0290", "2019-06-03", "html", "youasked", "Out of area placements", [[
    q("oap.count", 0, R, fact="96", shown="96"),
    q("oap.spend", 0, R, fact="2750000", shown="£2,750,000"),
    q("oap.provider", 0, W, ["s43(2)"])]]),
 L("T", "FOI-0391-21", "2021-05-24", "pdf-gs", "youasked", "Body worn video on wards", [[
    q("rs.bwc", 1, R, fact="85", shown="85"),
    q("rs.bwc_supplier", 0, R, fact="vireo", shown="Vireo Vision Ltd"),
    q("rs.bwc_retention", 0, R, fact="31 days", shown="31 days, unless required for an investigation"),
    q("rs.incidents", 1, R, fact="2105", shown="2,105")]]),
 L("T", "FOI-0822-21", "2021-11-29", "md", "interleaved", "Cyber security", [[
    q("tcy.incidents", 0, R, fact="4", shown="4"),
    q("tcy.ransom", 0, N, ["s24(2)", "s31(3)"]),
    q("tcy.siem", 0, W, ["s31(1)(a)"])]]),
 L("T", "FOI-0455-22", "2022-07-11", "txt", "decision", "EPR contract", [[
    q("epr.supplier", 1, R, fact="meridian", shown="Meridian Clinical Systems"),
    q("epr.expiry", 1, R, fact="2027-09-30", shown="30/09/2027 (following a five-year extension)"),
    q("epr.value", 1, R, fact="8400000", shown="£8.4 million over the extended term")]]),
 L("T", "NPFT-23-0630", "2023-08-14", "pdf-soffice", "restate", "Agency and bank staff 2022/23", [[
    q("ag.spend", 1, R, fact="9850000", shown="£9,850,000"),
    q("bank.spend", 0, R, fact="4400000", shown="£4,400,000"),
    q("ag.top", 1, R, fact="carewell", shown="Carewell Staffing Ltd"),
    q("ag.rate", 1, R, fact="98", shown="£98.00 per hour")]], shuffle=True,
   traps=["answers given out of order ('In answer to point 3')"]),
 L("T", "NPFT-24-0388", "2024-04-29", "txt", "youasked", "Interpreting services", [[
    q("interp.spend", 0, R, fact="188400", shown="£188,400")]], traps=["unrelated request"]),
 L("T", "NPFT-24-0812", "2024-09-02", "docx", "youasked", "Out-of-area placements", [[
    q("oap.count", 1, R, fact="71", shown="71"),
    q("oap.spend", 1, R, fact="3120000", shown="£3,120,000"),
    q("oap.provider", 1, R, fact="harbourview", shown="Harbourview Healthcare")]]),
]

# ====================================================================== drafts (truth)
DRAFT_LIST = [
 # ---- council
 L("D", "WDC/FOI/2025/0874", "2025-09-15", "txt", "restate", "Fly-tipping enforcement and cameras", [[
    q("ft.contractor", 1, R, fact="kingsway", shown="Kingsway Environmental Enforcement Ltd has issued litter and fly-tipping fines on the Council's behalf since April 2025."),
    q("ft.fpn_amount", 2, R, fact="400", shown="Four hundred pounds; this falls to £250 if paid within ten days."),
    q("ft.cameras", 0, R, fact="6", shown="Six."),
    q("ft.camera_sites", 2, PR, ["s31(1)(a)"], fact="wards",
      shown="The cameras are rotated between the Abbeyfields, Longmarsh and Station wards. Their exact positions are withheld under section 31(1)(a) (law enforcement)."),
    q("dog.fpn", 1, H, shown="Since the move to the new enforcement system in 2024 dog fouling fines are not recorded separately from other environmental offences, so the Council does not hold this figure.")]]),
 L("D", "WDC/EIR/2025/1102", "2025-11-10", "pdf-soffice", "restate", "Kerbside collection contract", [[
    q("wc.contractor", 2, R, fact="ashgrove environmental", shown="Ashgrove Environmental Services Limited"),
    q("wc.expiry", 2, R, fact="2028-03-31", shown="The contract runs until 31.03.2028."),
    q("wc.value", 2, W, ["reg12(5)(e)"]),
    q("gw.charge", 1, R, fact="52", shown="Fifty-two pounds per bin each year.")]], regime="eir"),
 L("D", "WDC/FOI/2026/0041", "2026-01-19", "docx", "youasked", "Cyber security and Microsoft licensing", [[
    q("dcy.incidents", 1, R, fact="5", shown="Five incidents were recorded in 2025."),
    q("dcy.ransom", 0, N, ["s31(3)"]),
    q("dcy.insurance", 0, W, ["s43(2)"]),
    q("ict.m365", 1, R, fact="460", shown="four hundred and sixty"),
    q("ict.reseller", 1, W, ["s43(2)"])]]),
 # ---- fire
 L("F", "FOI-HFRS-25-0934", "2025-10-20", "pdf-gs", "table", "Fire appliance fleet (re-issued response)", [[
    q("fl.pumps", 2, R, fact="33", shown="Thirty-three"),
    q("fl.chassis", 0, R, fact="volvo", shown="Volvo FL"),
    q("fl.builder", 0, W, ["s43(2)"]),
    q("fl.aerial", 1, R, fact="3", shown="Three"),
    q("fl.reserve", 1, R, fact="6", shown="six")]], as_of="2021-01-01"),
 L("F", "FOI-HFRS-25-1120", "2025-12-01", "docx", "restate", "ICT contracts - control room and HR/payroll", [
   [q("mob.supplier", 0, W, ["s24(1)", "s31(1)(a)"]),
    q("mob.expiry", 0, R, fact="2026-03-31", shown="31st March 2026"),
    q("mob.spend", 0, W, ["s24(1)", "s31(1)(a)"])],
   [q("hr.supplier", 0, R, fact="paylink", shown="Paylink HR Limited"),
    q("hr.expiry", 0, R, fact="2027-08-31", shown="31.08.2027"),
    q("hr.spend", 0, PR, ["s43(2)"], fact="52300",
      shown="The total spend in 2024/25 was £52,300. The split between licence and support charges is withheld under section 43(2).")]],
   partnames=["the mobilising (command and control) system contract", "the HR and payroll system contract"]),
 L("F", "FOI-HFRS-26-0019", "2026-01-12", "html", "interleaved", "Drones, body-worn cameras and false alarms", [[
    q("dr.models", 2, R, fact="dji matrice 30t", shown="All four aircraft are DJI Matrice 30T."),
    q("dr.count", 2, R, fact="4", shown="four"),
    q("dr.deploy", 0, R, fact="61", shown="61 deployments in 2025"),
    q("bwc.supplier", 1, H, shown="The cameras were bought through a regional framework and the Service does not hold the manufacturer's details."),
    q("afa.charge", 0, R, fact="350", shown="Yes - £350 + VAT for each attendance after a third false alarm within twelve months."),
    q("fcy.ransom", 1, R, fact="no", shown="No.")]]),
 # ---- university
 L("U", "CAS-2025-0655", "2025-07-28", "md", "youasked", "Animal research", [[
    q("an.primates", 1, R, fact="no", shown="No. The University does not use non-human primates in any of its research."),
    q("an.location", 0, W, ["s31(1)(a)"]),
    q("an.species", 2, R, fact="mice rats zebrafish", shown="Mice, rats and zebrafish only.")]]),
 L("U", "CAS-2025-0903", "2025-10-13", "txt", "bare", "International student recruitment agents", [[
    q("ia.commission", 2), q("ia.agents", 2), q("ia.top", 0), q("ia.rate", 2)]], bare=True),
 L("U", "CAS-2026-0030", "2026-01-12", "pdf-chromium", "interleaved", "Academic misconduct, AI and cyber security", [[
    q("mis.ai", 1, R, fact="94", shown="94 cases in 2024/25"),
    q("mis.software", 2, R, fact="originix", shown="We use Originix across all schools."),
    q("ucy.ransom", 1, N, ["s24(2)", "s31(3)"]),
    q("ucy.edr", 1, N, ["s31(3)"]),
    q("ucy.incidents", 1, W, ["s31(1)(a)"])]]),
 # ---- trust
 L("T", "NPFT-25-0577", "2025-06-16", "txt", "youasked", "Body-worn cameras on inpatient wards", [[
    q("rs.bwc_retention", 1, R, fact="31 days", shown="Thirty-one days, unless the footage is needed for an investigation."),
    q("rs.bwc", 2, R, fact="85", shown="85 devices"),
    q("rs.bwc_supplier", 1, PR, ["s43(2)"], fact="vireo",
      shown="Vireo Vision Ltd supplied the cameras. The unit price is withheld under section 43(2)."),
    q("rs.seclusion", 0, R, fact="640", shown="640")]]),
 L("T", "NPFT-25-0940", "2025-09-29", "pdf-gs", "interleaved", "Agency staffing and patient record contract", [
   [q("ag.top", 1, R, fact="carewell", shown="Carewell Staffing Limited"),
    q("ag.rate", 0, R, fact="98", shown="£98 an hour")],
   [q("epr.supplier", 2, R, fact="meridian", shown="Clinicians use Meridian, supplied by Meridian Clinical Systems."),
    q("epr.expiry", 0, R, fact="2027-09-30", shown="30th September 2027"),
    q("epr.value", 0, R, fact="8400000", shown="£8,400,000")]],
   partnames=["agency staffing", "the electronic patient record contract"]),
 L("T", "NPFT-26-0066", "2026-02-02", "docx", "restate", "Cyber security and out-of-area placements", [[
    q("tcy.incidents", 1, R, fact="9", shown="9"),
    q("tcy.ransom", 1, N, ["s24(2)", "s31(3)"]),
    q("tcy.siem", 1, R, fact="corvid", shown="Corvid Cyber Ltd"),
    q("oap.provider", 0, PR, ["s43(2)"], fact="harbourview",
      shown="Harbourview Healthcare received the most placements. The number of placements and the amounts paid per provider are withheld under section 43(2).")]]),
]

# ====================================================================== labels derived from the truth
CLASS = {"s43": "commercial", "reg12(5)(e)": "commercial", "foisa:s33": "commercial",
         "s31": "law", "reg12(5)(b)": "law", "foisa:s35": "law",
         "s40": "personal", "reg13": "personal", "foisa:s38": "personal",
         "s24": "natsec", "reg12(5)(a)": "natsec", "foisa:s31": "natsec",
         "s36": "public_affairs", "reg12(4)(e)": "public_affairs", "foisa:s30": "public_affairs",
         "s38": "health_safety", "foisa:s39": "health_safety"}


def eclass(e):
    for k, v in CLASS.items():
        if e == k or e.startswith(k + "("):
            return v
    return e


HELD = (R, PR, W)


def finding(prev, cur):
    """the contract's table, applied to the precedent's and the draft's stances"""
    p, c = prev["stance"], cur["stance"]
    if p is None or c is None:
        return None
    if (p == N) != (c == N):
        if c == N and p in (R, PR, W, H):
            return ("ncnd_inconsistent", "high")
        if p == N and c in (R, PR, W, H):
            return ("ncnd_inconsistent", "medium")
        return None
    if p == R and c == R:
        return ("answer_changed", "low") if prev["fact"] != cur["fact"] else None
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
    return [(f"P{pi}.Q{qi}", x) for pi, part in enumerate(letter["parts"], 1) for qi, x in enumerate(part, 1)]


def build_expect():
    drafts, tally = {}, {}
    for d in DRAFT_LIST:
        cutoff = d["as_of"] or d["date"]
        hist = [h for h in HISTORY if h["auth"] == d["auth"] and h["date"] < cutoff]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        matches, findings = {}, []
        for qid, x in qids(d):
            prevs = [(h["date"], h["ref"], hq, hx) for h in hist for hq, hx in qids(h) if hx["concept"] == x["concept"]]
            prevs.sort(key=lambda t: t[0], reverse=True)
            matches[qid] = [f"{r} {i}" for _, r, i, _ in prevs]
            if prevs and not d["bare"]:
                _, r, i, hx = prevs[0]
                f = finding(hx, x)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": qid, "precedent": f"{r} {i}"})
                    tally[f] = tally.get(f, 0) + 1
        if not d["bare"] and not any(f["severity"] == "high" for f in findings) and not findings:
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        drafts[fname(d)] = entry
    return drafts, tally


# ====================================================================== rendering
EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx", "pdf-soffice": "pdf", "pdf-chromium": "pdf", "pdf-gs": "pdf"}


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def fname(l):
    return f"{AUTH[l['auth']]['short']}-{slug(l['ref'])}.{EXT[l['fmt']]}"


def d_(s):
    return dt.date.fromisoformat(s)


def datestr(s, k):
    d = d_(s)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{d.day} {d:%B %Y}", f"{d.day}{suf} {d:%B %Y}", f"{d:%d/%m/%Y}", f"{d:%B} {d.day}, {d.year}", f"{d:%d %b %Y}"][k % 5]


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def cite1(e):
    if e.startswith("reg"):
        return "regulation " + e[3:]
    return "section " + e[1:]


def cites(ex):
    cs = [cite1(e) for e in ex]
    return cs[0] if len(cs) == 1 else ", ".join(cs[:-1]) + " and " + cs[-1]


EXTITLE = {"s43": "commercial interests", "s31": "law enforcement", "s24": "national security",
           "s40": "personal information", "s38": "health and safety", "reg12(5)(e)": "confidentiality of commercial or industrial information"}


def extitle(ex):
    ts = []
    for e in ex:
        t = EXTITLE.get(e.split("(")[0]) or EXTITLE.get(e)
        if t and t not in ts:
            ts.append(t)
    return " and ".join(ts)


def cap(s):
    return s[0].upper() + s[1:]


def answer(l, x):
    a = AUTH[l["auth"]]
    who, k = a["who"], a["kind"]
    st, ex = x["stance"], x["ex"]
    if st in (R, PR):
        return x["shown"]
    if st == W:
        if l["regime"] == "eir":
            return (f"{cap(who)} holds this information, but it is excepted from disclosure under {cites(ex)} of the "
                    f"Environmental Information Regulations 2004 ({extitle(ex)}). The public interest test is set out below.")
        return {"council": f"This information is held by the Council but is exempt from disclosure under {cites(ex)} ({extitle(ex)}). Please see the public interest test below.",
                "fire": f"The Service holds this information. It is withheld under {cites(ex)} of the Freedom of Information Act 2000 ({extitle(ex)}).",
                "university": f"Withheld. {cap(cites(ex))} ({extitle(ex)}) applies to this information; our reasons are explained below.",
                "nhs": f"The Trust is withholding this information under {cites(ex)} ({extitle(ex)}). The public interest test is set out below."}[k]
    if st == N:
        return (f"{cap(who)} neither confirms nor denies whether it holds information of this description, in reliance on {cites(ex)}. "
                "This should not be taken as an indication that the information you have requested does or does not exist.")
    if st == H:
        note = x["shown"] or {"council": "The Council does not hold this information: attempted attacks that are blocked automatically are not logged as incidents and no central count is kept.",
                              "fire": "The Service does not hold this information.",
                              "university": "No information is held.",
                              "nhs": "The Trust does not hold this information."}[k]
        return note
    return ""


def pit_block(l):
    ex = sorted({e for p in l["parts"] for x in p if x["stance"] in (W, PR) for e in x["ex"]})
    if not ex:
        return []
    return [("h", "Public interest test"),
            ("p", "Factors favouring disclosure: there is a public interest in openness and accountability, and in showing how public money is spent."),
            ("p", "Factors favouring non-disclosure: release of the withheld information would be likely to cause the harm that the "
                  "exemption exists to prevent, and that harm would not be confined to this request."),
            ("p", "Balance test: having weighed these factors, we have concluded that the public interest in maintaining the exemption "
                  "outweighs the public interest in disclosure.")]


def header(l, draft):
    a = AUTH[l["auth"]]
    k = a["datek"] + len(l["ref"])
    rec = l["received"] or (d_(l["date"]) - dt.timedelta(days=18 + len(l["ref"]) % 5)).isoformat()
    act = "ENVIRONMENTAL INFORMATION REGULATIONS 2004" if l["regime"] == "eir" else "FREEDOM OF INFORMATION ACT 2000"
    out = []
    if draft and not l["bare"]:
        out.append(("banner", "DRAFT - NOT FOR RELEASE - for consistency check"))
    out.append(("head", list(a["head"])))
    if a["kind"] == "university":
        out.append(("p", f"{a['reflabel']} {l['ref']}"))
        out.append(("p", datestr(l["date"], k)))
    elif a["kind"] == "nhs":
        out.append(("p", f"Date: {datestr(l['date'], k)}"))
        out.append(("p", f"{a['reflabel']} {l['ref']}"))
    else:
        out.append(("p", f"{a['reflabel']} {l['ref']}"))
        out.append(("p", f"Date: {datestr(l['date'], k)}"))
    if l["bare"]:
        out.append(("title", f"Acknowledgement of request - {l['title']}"))
        out.append(("p", "Dear"))
        out.append(("p", f"Thank you for your email of {datestr(l['date'], k + 1)}, which we have logged as a request for "
                         f"information under the {act.title().replace('Of', 'of')}. Your request reads as follows:"))
        return out
    out.append(("p", "Dear"))
    out.append(("title", f"{act} - {l['title']}"))
    lead = {"council": f"Thank you for your request for information received on {datestr(rec, k + 1)}.",
            "fire": f"I refer to your request for information received by Hartmoor Fire and Rescue Service on {datestr(rec, k + 1)}.",
            "university": f"We received your request on {datestr(rec, k + 1)} and have dealt with it under the {act.title().replace('Of', 'of')}.",
            "nhs": f"Thank you for your request dated {datestr(rec, k + 1)} for information held by the Trust."}[a["kind"]]
    if l["other_ref"]:
        lead += f" We note that this request is similar to an earlier one that we answered under reference {l['other_ref']}."
    out.append(("p", lead))
    return out


def part_heading(l, pi):
    ordw = ["first", "second", "third"][pi - 1]
    return f"Part {pi} - the {ordw} part of the request relates to {l['partnames'][pi - 1]}"


def body(l):
    a = AUTH[l["auth"]]
    out, style = [], l["style"]
    multi = len(l["parts"]) > 1
    if style in ("restate", "decision", "bare"):
        if not l["bare"]:
            out.append(("p", {"council": "You asked for the following information:",
                              "fire": "I note you seek access to the following information:",
                              "university": "You requested:",
                              "nhs": "Your request was as follows:"}[a["kind"]]))
        for pi, part in enumerate(l["parts"], 1):
            if multi:
                out.append(("h", part_heading(l, pi)))
            if l["bullets"]:
                out.append(("ul", [Q[x["concept"]][x["v"]] for x in part]))
            else:
                out.append(("ol", [Q[x["concept"]][x["v"]] for x in part]))
        if l["bare"]:
            out.append(("p", f"We will respond within 20 working days. Please quote {l['ref']} in any correspondence about this request."))
            return out
        if style == "decision":
            ex_q = [(pi, qi, x) for pi, part in enumerate(l["parts"], 1) for qi, x in enumerate(part, 1) if x["stance"] in (W, N)]
            sent = f"Your request has now been considered and I can confirm that {a['who']} holds information relevant to your request."
            if ex_q:
                groups = {}
                for pi, qi, x in ex_q:
                    groups.setdefault((x["stance"], tuple(x["ex"])), []).append((pi, qi))
                bits = []
                for (st, ex), lst in groups.items():
                    nums = " and ".join(str(qi) for _, qi in lst)
                    where = " of your request" if not multi else f" in part {lst[0][0]} of your request"
                    if st == W:
                        bits.append(f"I am applying {cites(list(ex))} ({extitle(list(ex))}) to question{'s' if len(lst) > 1 else ''} {nums}{where}")
                    else:
                        bits.append(f"in respect of question{'s' if len(lst) > 1 else ''} {nums}{where}, {a['who']} can neither confirm nor deny "
                                    f"that it holds the information, by virtue of {cites(list(ex))}")
                sent = sent + " However, " + "; and ".join(bits) + "."
            out.append(("p", sent))
            if ex_q:
                out.append(("h", "Evidence of harm"))
                out.append(("p", "Disclosure of the information would be likely to prejudice the interests protected by the provisions cited, "
                                 "as a release under the Act is a release to the world at large."))
                out += pit_block(l) if any(x["stance"] == W for _, _, x in ex_q) else []
            rest = [(pi, qi, x) for pi, part in enumerate(l["parts"], 1) for qi, x in enumerate(part, 1) if x["stance"] not in (W, N)]
            if rest:
                out.append(("p", "The remaining questions are answered below."))
                for pi, qi, x in rest:
                    pre = f"Part {pi}, question {qi}" if multi else f"Question {qi}"
                    out.append(("p", f"{pre} - {answer(l, x)}"))
            return out
        # restate: numbered answers after the restated request
        out.append(("h", {"council": "Response", "fire": "Response", "university": "Our response", "nhs": "Trust response"}[a["kind"]]))
        for pi, part in enumerate(l["parts"], 1):
            if multi:
                out.append(("h", f"Part {pi}"))
            order = list(enumerate(part, 1))
            if l["shuffle"]:
                order = order[2:] + order[:2]
                for qi, x in order:
                    out.append(("p", f"In answer to point {qi}: {answer(l, x)}"))
            else:
                for qi, x in order:
                    out.append(("p", f"{qi}. {answer(l, x)}"))
        return out + pit_block(l)
    if style == "table":
        for pi, part in enumerate(l["parts"], 1):
            if multi:
                out.append(("h", part_heading(l, pi)))
            out.append(("table", [(str(qi), Q[x["concept"]][x["v"]], answer(l, x)) for qi, x in enumerate(part, 1)]))
        return out + pit_block(l)
    # interleaved / youasked
    for pi, part in enumerate(l["parts"], 1):
        if multi:
            out.append(("h", part_heading(l, pi)))
        for qi, x in enumerate(part, 1):
            out.append(("qa", qi, Q[x["concept"]][x["v"]], answer(l, x)))
    return out + pit_block(l)


def footer(l):
    a = AUTH[l["auth"]]
    if l["bare"]:
        return [("p", "Yours sincerely"), ("p", "Freedom of Information Team"), ("p", a["name"])]
    out = [("h", "Your right to complain"), ("p", a["boiler"] if l["regime"] != "eir" else a["boiler"].replace(
        "section 50 of the Freedom of Information Act 2000", "regulation 18 of the Environmental Information Regulations 2004"))]
    if l["auth"] == "T" and "s40(2) mentioned but not applied" in l["traps"]:
        out.insert(0, ("p", "You did not ask for the name of the contract manager. Had you done so, we would have considered whether "
                            "section 40(2) applied to it; it has not been considered further here."))
    out += [("p", ln) for ln in a["sign"] if ln]
    return out


def doc(l, draft):
    return header(l, draft) + body(l) + footer(l)


def qa_labels(l):
    k = AUTH[l["auth"]]["kind"]
    if l["style"] == "youasked":
        return ("You asked:", "Our response:")
    return {"council": ("Question {n}:", "Response:"), "fire": ("Request {n}", "Answer {n}"),
            "university": ("Q{n}.", "A{n}."), "nhs": ("Question {n}", "Trust response:")}[k]


def render_text(l, draft, md=False):
    lines = []
    slogan = AUTH[l["auth"]]["slogan"]
    ql, al = qa_labels(l)
    for b in doc(l, draft):
        t = b[0]
        if t == "banner":
            lines += [("**" + b[1] + "**") if md else b[1], ""]
        elif t == "head":
            lines += [("# " + b[1][0]) if md else b[1][0]] + b[1][1:] + [""]
        elif t == "title":
            lines += [("## " + b[1]) if md else b[1].upper(), ""]
        elif t == "h":
            lines += [("### " + b[1]) if md else b[1], ""]
        elif t == "p":
            lines += [b[1], ""]
        elif t == "ol":
            lines += [f"{i}. {s}" for i, s in enumerate(b[1], 1)] + [""]
        elif t == "ul":
            lines += [f"- {s}" for s in b[1]] + [""]
        elif t == "qa":
            _, n, qt, at = b
            if l["style"] == "youasked":
                lines += [f"**{ql}**" if md else ql, f"{n}. {qt}", f"**{al}**" if md else al, at, ""]
            else:
                qlab, alab = ql.format(n=n), al.format(n=n)
                if md:
                    lines += [f"**{qlab}** {qt}", "", f"**{alab}** {at}", ""]
                else:
                    lines += [f"{qlab} {qt}", f"{alab} {at}", ""]
        elif t == "table":
            if md:
                lines += ["| No. | Request | Response |", "| --- | --- | --- |"] + [f"| {n} | {qt} | {at} |" for n, qt, at in b[1]] + [""]
            else:
                for n, qt, at in b[1]:
                    lines += [f"Q{n}  {qt}", f"A{n}  {at}", ""]
        if slogan and not md and t == "title":
            pass
    if slogan and not md:
        lines += ["", slogan]
    return "\n".join(lines).rstrip() + "\n"


CSS = ("body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:1.8cm} "
       "td,th{vertical-align:top;border:1px solid #444;padding:4px} table{border-collapse:collapse;width:100%} "
       ".head{text-align:right} .banner{color:#a00;font-weight:bold}")


def render_html(l, draft, page=False, css=True):
    e = html.escape
    a = AUTH[l["auth"]]
    ql, al = qa_labels(l)
    out = []
    if page:
        out.append('<div class="cookie-banner"><p>We use cookies to make this website work. '
                   '<button>Accept additional cookies</button> <button>Reject additional cookies</button></p></div>')
        out.append(f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi">Freedom of information</a> &rsaquo; '
                   f'<a href="/foi/disclosure-log">Disclosure log</a> &rsaquo; {e(l["title"])}</nav>')
        out.append(f"<main><h1>{e(l['title'])}</h1><p class='meta'>Published in our disclosure log.</p>")
    for b in doc(l, draft):
        t = b[0]
        if t == "banner":
            out.append(f'<p class="banner">{e(b[1])}</p>')
        elif t == "head":
            out.append('<div class="head">' + "<br>".join(e(s) for s in b[1]) + "</div>")
        elif t == "title":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "h":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t == "ol":
            out.append("<ol>" + "".join(f"<li>{e(s)}</li>" for s in b[1]) + "</ol>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{e(s)}</li>" for s in b[1]) + "</ul>")
        elif t == "qa":
            _, n, qt, at = b
            if l["style"] == "youasked":
                out.append(f"<p><b>{e(ql)}</b></p><p>{n}. {e(qt)}</p><p><b>{e(al)}</b></p><p>{e(at)}</p>")
            else:
                out.append(f"<p><b>{e(ql.format(n=n))}</b> {e(qt)}</p><p><b>{e(al.format(n=n))}</b> {e(at)}</p>")
        elif t == "table":
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="640">'
                       '<tr><th width="40">No.</th><th width="300">Request</th><th width="300">Response</th></tr>' +
                       "".join(f'<tr><td width="40">{n}</td><td width="300">{e(qt)}</td><td width="300">{e(at)}</td></tr>'
                               for n, qt, at in b[1]) + "</table>")
    if a["slogan"]:
        out.append(f"<p><i>{e(a['slogan'])}</i></p>")
    if page:
        out.append("</main>")
        out.append(f"<footer><p>&copy; {e(a['name'])} | Accessibility statement | Privacy | Contact us | Site map</p></footer>")
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>" + e(l["title"]) + " | " + e(a["name"]) +
            "</title>" + (f"<style>{CSS}</style>" if css else "") + "</head><body>\n" + "\n".join(out) + "\n</body></html>\n")


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=240)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()[-800:]}")


def render(l, outdir, draft):
    out = os.path.join(outdir, fname(l))
    fmt = l["fmt"]
    if fmt in ("txt", "md"):
        with open(out, "w") as f:
            f.write(render_text(l, draft, md=(fmt == "md")))
        return out
    if fmt == "html":
        with open(out, "w") as f:
            f.write(render_html(l, draft, page=True))
        return out
    tmp = tempfile.mkdtemp(prefix="setJ-")
    try:
        stem = os.path.splitext(fname(l))[0]
        src = os.path.join(tmp, stem + ".html")
        with open(src, "w") as f:
            f.write(render_html(l, draft, css=(fmt == "pdf-chromium")))
        prof = f"-env:UserInstallation=file://{tmp}/lo"
        if fmt == "docx":
            run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                 "--outdir", tmp, src])
            shutil.move(os.path.join(tmp, stem + ".docx"), out)
        elif fmt == "pdf-soffice":
            run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                 "--outdir", tmp, src])
            shutil.move(os.path.join(tmp, stem + ".pdf"), out)
        elif fmt == "pdf-chromium":
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 f"--user-data-dir={tmp}/chr", f"--print-to-pdf={out}", "file://" + src])
        elif fmt == "pdf-gs":
            mid = os.path.join(tmp, "mid.pdf")
            run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                 "--outdir", tmp, src])
            shutil.move(os.path.join(tmp, stem + ".pdf"), mid)
            run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", mid])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


# ====================================================================== checks and main
def check_truth():
    refs = [l["ref"] for l in HISTORY + DRAFT_LIST]
    assert len(refs) == len(set(refs)), "duplicate reference"
    seen = set()
    for l in HISTORY + DRAFT_LIST:
        key = (l["auth"], l["date"])
        assert key not in seen, f"duplicate date {key}"
        seen.add(key)
        for part in l["parts"]:
            cs = [x["concept"] for x in part]
            for x in part:
                assert x["concept"] in Q and x["v"] < len(Q[x["concept"]]), (l["ref"], x)
                if x["stance"] in (R, PR):
                    assert x["fact"] is not None, (l["ref"], x)
                if x["stance"] == PR:
                    assert "section" in x["shown"] or "regulation" in x["shown"], (l["ref"], x)
                if x["stance"] in (W, N, X, PR):
                    assert x["ex"], (l["ref"], x)
        allc = [x["concept"] for p in l["parts"] for x in p]
        assert len(allc) == len(set(allc)), ("concept twice in one letter", l["ref"])
    for l in DRAFT_LIST:
        assert l["date"] >= "2025-01-01"


def main():
    check_truth()
    if "--expect-only" not in sys.argv:
        for d in (HIST, DRAFTS):
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
        for l in HISTORY:
            print("history", render(l, HIST, False), file=sys.stderr)
        for l in DRAFT_LIST:
            print("draft", render(l, DRAFTS, True), file=sys.stderr)
    drafts, tally = build_expect()
    exp = {"description": ("Set J, written independently of the code: four invented authorities (Wenbury District Council, Hartmoor Fire and Rescue Service, "
                           "University of Ashcombe, Northvale Partnership NHS Foundation Trust - mental health and community); "
                           f"{len(HISTORY)} history letters 2017-2025 and {len(DRAFT_LIST)} drafts 2025-2026. Planted findings of all seven kinds; "
                           "consistent repeats with restated facts; a FOIA s43(2) to EIR reg12(5)(e) regime change (no finding); "
                           "a bare incoming request (matches only); a back-dated as_of draft; look-alike questions that must not match; "
                           "the same sentences asked in two parts about two different contracts."),
           "drafts": drafts}
    os.makedirs(SRC, exist_ok=True)
    with open(os.path.join(ROOT, "expect.json"), "w") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
    truth = {"history": HISTORY, "drafts": DRAFT_LIST, "files": {l["ref"]: fname(l) for l in HISTORY + DRAFT_LIST},
             "questions": Q}
    with open(os.path.join(SRC, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    for (k, s), n in sorted(tally.items()):
        print(f"{k:22s} {s:7s} {n}")
    print("total findings", sum(tally.values()))


if __name__ == "__main__":
    main()
