# Truth for set M: every letter, every question, its concept, stance, exemptions and fact.
# Stance codes: R released, P partially_released, W withheld, N ncnd, NH not_held, X refused, U unknown

AUTHORITIES = {
    "tmbc": {
        "name": "Thornbury Metropolitan Borough Council",
        "short": "the Council",
        "head": ["Thornbury Metropolitan Borough Council", "Information Governance Team",
                 "Civic Centre, Market Street", "Thornbury", "TB1 1AA"],
        "slogan": "Working together for a cleaner, greener Thornbury",
        "sign": ["Information Governance Officer", "Corporate Services Directorate",
                 "Thornbury Metropolitan Borough Council"],
        "email": "foi@thornbury-mbc.gov.uk",
    },
    "efrs": {
        "name": "Eastmoor Fire and Rescue Service",
        "short": "the Service",
        "head": ["Eastmoor Fire and Rescue Service", "Service Headquarters", "Moorgate Road",
                 "Eastmoor", "EM4 7QT"],
        "slogan": "Making Eastmoor Safer",
        "sign": ["Information Governance Team", "Eastmoor Fire and Rescue Service"],
        "email": "information.requests@eastmoor-fire.gov.uk",
    },
    "nvas": {
        "name": "Northvale Ambulance Service NHS Trust",
        "short": "the Trust",
        "head": ["Northvale Ambulance Service NHS Trust", "Trust Headquarters", "Ridgeway House",
                 "Ridgeway Business Park", "Northvale NV2 3PL"],
        "slogan": "Right care, first time",
        "sign": ["Freedom of Information Lead", "Corporate Governance Department",
                 "Northvale Ambulance Service NHS Trust"],
        "email": "nvas.foi@nhs.net",
    },
    "kvc": {
        "name": "Kestrel Vale College",
        "short": "the College",
        "head": ["Kestrel Vale College", "Hawthorn Lane Campus", "Kestrel Vale", "KV6 2RB"],
        "slogan": "Learn. Achieve. Progress.",
        "sign": ["Governance and Compliance Manager", "Kestrel Vale College"],
        "email": "foi@kestrelvale.ac.uk",
    },
}


def Q(concept, text, st, ex=(), ans=None, fact=None):
    return {"concept": concept, "text": text, "st": st, "ex": list(ex), "ans": ans, "fact": fact}


def L(auth, ref, date, title, parts, style, fmt, **kw):
    d = {"auth": auth, "ref": ref, "date": date, "title": title, "parts": parts,
         "style": style, "fmt": fmt}
    d.update(kw)
    return d


LETTERS = []
A = LETTERS.append

# ---------------------------------------------------------------- Thornbury MBC
A(L("tmbc", "FOI 0342/17", "2017-06-14", "Fly-tipping statistics", [
    (None, [
        Q("ft.incidents", "How many incidents of fly-tipping were reported to the council during the 2016/17 financial year?",
          "R", ans="2,914 incidents of fly-tipping were reported in 2016/17.", fact="2914"),
        Q("ft.fpn", "How many fixed penalty notices did the council issue for fly-tipping offences in the same year?",
          "R", ans="37 fixed penalty notices were issued.", fact="37"),
        Q("ft.prosecutions", "How many prosecutions for fly-tipping did the council bring?",
          "R", ans="4 prosecutions were brought, all of which resulted in conviction.", fact="4"),
        Q("ft.cost", "What was the total cost to the council of clearing fly-tipped waste?",
          "R", ans="£412,000", fact="412000"),
    ])], "restate", "txt", received="2017-05-22",
    preamble="Under the Freedom of Information Act 2000 I would like the following information about fly-tipping in your area:"))

A(L("tmbc", "FOI 0219/18", "2018-03-09", "ICT contracts - CRM and telephony", [
    ("Part 1 - Customer relationship management (CRM) system", [
        Q("ict.crm.supplier", "Incumbent supplier: please name the supplier of the contract.", "R",
          ans="Firmstep Ltd", fact="firmstep"),
        Q("ict.crm.value", "Annual spend: please state the average annual spend on the contract over the last three years.", "W", ["s43(2)"]),
        Q("ict.crm.expiry", "Contract expiry: please state the date on which the contract expires.", "R",
          ans="31 March 2021", fact="2021-03-31"),
        Q("ict.crm.contact", "Contact details: please give the job title of the officer responsible for the contract.", "R",
          ans="Head of Digital Services", fact="head of digital services"),
    ]),
    ("Part 2 - Telephony system", [
        Q("ict.tel.supplier", "Incumbent supplier: please name the supplier of the contract.", "R",
          ans="Daisy Communications, supplying a Mitel MiVoice platform", fact="mitel"),
        Q("ict.tel.value", "Annual spend: please state the average annual spend on the contract over the last three years.", "W", ["s43(2)"]),
        Q("ict.tel.expiry", "Contract expiry: please state the date on which the contract expires.", "R",
          ans="30 September 2019", fact="2019-09-30"),
        Q("ict.tel.contact", "Contact details: please give the job title of the officer responsible for the contract.", "R",
          ans="ICT Infrastructure Manager", fact="ict infrastructure manager"),
    ])], "decision", "pdf-soffice", received="2018-02-12",
    preamble="I am writing to request information about two of the council's ICT contracts. Please provide the following for each contract."))

A(L("tmbc", "FOI 1388/18", "2018-11-22", "Parking enforcement", [
    (None, [
        Q("pk.pcn_count", "How many penalty charge notices were issued by the council in 2017/18?", "R",
          ans="48,210 PCNs were issued in 2017/18.", fact="48210"),
        Q("pk.contractor", "Is on-street enforcement carried out in-house or by a contractor? If a contractor, please name them.", "R",
          ans="Enforcement is contracted out to NSL Ltd.", fact="nsl"),
        Q("pk.expiry", "When is the current enforcement contract due to end?", "R",
          ans="The contract runs until 31 March 2022.", fact="2022-03-31"),
        Q("pk.value", "What is the annual value of the enforcement contract?", "W", ["s43(2)"]),
        Q("pk.bwv", "Do civil enforcement officers wear body-worn cameras while on patrol?", "R",
          ans="Yes. All civil enforcement officers wear body-worn cameras.", fact="yes"),
    ])], "interleaved", "md", received="2018-10-29"))

A(L("tmbc", "IR 0014/19", "2019-02-05", "Internal review - parking enforcement", [
    (None, [
        Q("pk.pcn_count", "How many penalty charge notices were issued by the council in 2017/18?", "R",
          ans="48,210 (not subject to this review)", fact="48210"),
        Q("pk.contractor", "Is on-street enforcement carried out in-house or by a contractor? If a contractor, please name them.", "R",
          ans="NSL Ltd (not subject to this review)", fact="nsl"),
        Q("pk.expiry", "When is the current enforcement contract due to end?", "R",
          ans="31 March 2022 (not subject to this review)", fact="2022-03-31"),
        Q("pk.value", "What is the annual value of the enforcement contract?", "R",
          ans="The original decision to withhold this information under section 43(2) was not correct. The annual value of the contract is £1,150,000.",
          fact="1150000"),
        Q("pk.bwv", "Do civil enforcement officers wear body-worn cameras while on patrol?", "R",
          ans="Yes (not subject to this review)", fact="yes"),
    ])], "review", "txt", received="2018-10-29", original_ref="FOI 1388/18"))

A(L("tmbc", "FOI 0877/19", "2019-09-17", "Fly-tipping 2018-19", [
    (None, [
        Q("ft.cost", "Please state how much the authority spent removing illegally dumped waste from public land in 2018-19.", "R",
          ans="The cost of removal in 2018-19 was £438,500.", fact="438500"),
        Q("ft.incidents", "Please give the total number of fly-tips recorded by the authority in 2018-19.", "R",
          ans="3,120", fact="3120"),
        Q("ft.cctv", "Does the authority use covert or re-deployable CCTV at fly-tipping hotspots and, if so, how many cameras?", "W", ["s31(1)(a)"]),
        Q("ft.prosecutions", "How many fly-tipping cases did the authority take to court in 2018-19?", "R",
          ans="Six cases were taken to court.", fact="6"),
    ])], "youasked", "html", received="2019-08-20"))

A(L("tmbc", "FOI 0655/20", "2020-08-12", "Library provision", [
    (None, [
        Q("lib.count", "How many static public libraries does the council currently operate?", "R", ans="14", fact="14"),
        Q("lib.closed", "How many libraries have closed since April 2010?", "R", ans="5", fact="5"),
        Q("lib.volunteer", "How many libraries are now run by volunteers or community groups?", "R", ans="3", fact="3"),
        Q("lib.lms", "Which library management system is used and who supplies it?", "R",
          ans="Spydus, supplied by Civica", fact="spydus"),
    ])], "youasked", "docx", received="2020-07-15"))

A(L("tmbc", "TMBC/FOI/2021/0503", "2021-07-01", "ICT systems and cyber security", [
    (None, [
        Q("ict.crm.supplier", "Who provides the platform the council uses to manage customer contacts and online forms (CRM)?", "R",
          ans="Firmstep", fact="firmstep"),
        Q("ict.crm.expiry", "On what date is the CRM arrangement due to finish?", "R",
          ans="31 March 2024 (following an extension)", fact="2024-03-31"),
        Q("ict.crm.value", "How much does the CRM cost the council each year?", "W", ["s43(2)"]),
        Q("ict.tel.supplier", "Which company provides the council's telephone system?", "R",
          ans="Mitel, maintained under contract by Daisy", fact="mitel"),
        Q("ict.tel.expiry", "When does the telephony contract end?", "R", ans="30 September 2023", fact="2023-09-30"),
        Q("cyber.ransom", "Has the council been the victim of a ransomware attack in the last two years?", "N", ["s31(3)"]),
    ])], "table", "pdf-chromium", received="2021-06-03"))

A(L("tmbc", "TMBC/FOI/2022/1187", "2022-10-18", "Civil parking enforcement", [
    (None, [
        Q("pk.ceo_count", "How many civil enforcement officers does the council deploy?", "R", ans="62", fact="62"),
        Q("pk.pcn_count", "Total number of PCNs issued in 2021/22?", "R", ans="51,077", fact="51077"),
        Q("pk.contractor", "Name of the company that enforces parking on the council's behalf.", "R",
          ans="NSL Ltd (now part of Marston Holdings)", fact="nsl"),
        Q("pk.expiry", "End date of that contract, including any extension.", "R",
          ans="31 March 2026, following a 24-month extension", fact="2026-03-31"),
        Q("pk.value", "Value of the contract per annum.", "R", ans="£1.32m", fact="1320000"),
        Q("pk.bwv", "Are officers issued with body-worn video?", "R", ans="Yes, every officer on patrol.", fact="yes"),
    ])], "numbered", "pdf-gs", received="2022-09-20"))

A(L("tmbc", "TMBC/FOI/2023/0412", "2023-05-24", "Potholes and highway claims", [
    (None, [
        Q("ph.claims", "How many claims for vehicle damage caused by potholes did the council receive in 2022?", "R", ans="412", fact="412"),
        Q("ph.paid", "How much compensation was paid out on those claims?", "R", ans="£38,260", fact="38260"),
        Q("ph.repaired", "How many potholes did the council repair in 2022?", "R", ans="9,845", fact="9845"),
        Q("ph.system", "Which highways asset management system does the council use?", "R", ans="Confirm (Brightly Software)", fact="confirm"),
    ])], "table", "html", received="2023-04-26"))

A(L("tmbc", "TMBC/FOI/2024/0119", "2024-02-07", "Fly-tipping and abandoned vehicles 2022/23", [
    ("Part 1 - Fly-tipping", [
        Q("ft.incidents", "How many reports did the council receive in 2022/23?", "R", ans="3,402", fact="3402"),
        Q("ft.fpn", "How many fixed penalty notices were issued?", "R", ans="212", fact="212"),
        Q("ft.cctv", "How many covert cameras are deployed at hotspots?", "W", ["s31(1)(a)"]),
        Q("ft.contractor", "Who clears fly-tipped waste from council land?", "R",
          ans="Veolia, under the council's street cleansing contract.", fact="veolia"),
        Q("ft.contract_value", "What is the annual value of that contract?", "W", ["s43(2)"]),
    ]),
    ("Part 2 - Abandoned vehicles", [
        Q("av.reports", "How many reports did the council receive in 2022/23?", "R", ans="1,106", fact="1106"),
        Q("av.removed", "How many vehicles were removed?", "R", ans="87", fact="87"),
    ])], "restate", "pdf-soffice", received="2024-01-10", other_ref="FOI 0877/19"))

A(L("tmbc", "TMBC/FOI/2025/0611", "2025-06-30", "ICT contracts and cyber resilience", [
    ("Part 1 - CRM", [
        Q("ict.crm.supplier", "Current supplier", "R", ans="Firmstep", fact="firmstep"),
        Q("ict.crm.expiry", "Expiry date", "R", ans="31 March 2027", fact="2027-03-31"),
        Q("ict.crm.value", "Annual cost", "R", ans="£104,000 a year", fact="104000"),
    ]),
    ("Part 2 - Telephony", [
        Q("ict.tel.supplier", "Current supplier", "R", ans="Mitel", fact="mitel"),
        Q("ict.tel.expiry", "Expiry date", "R", ans="30 September 2026", fact="2026-09-30"),
        Q("ict.tel.value", "Annual cost", "W", ["s43(2)"]),
    ]),
    ("Part 3 - Cyber security", [
        Q("cyber.ransom", "Has the council suffered a ransomware attack since 2020?", "N", ["s31(3)"]),
        Q("cyber.training", "What percentage of staff completed mandatory cyber awareness training in 2024/25?", "R",
          ans="91%", fact="91"),
    ])], "interleaved", "docx", received="2025-06-02"))

# ---------------------------------------------------------------- Eastmoor FRS
A(L("efrs", "EFRS/FOI/17/061", "2017-09-28", "Unmanned aerial vehicles", [
    (None, [
        Q("dr.have", "Does the Service own or operate any unmanned aerial vehicles (drones)?", "R", ans="Yes.", fact="yes"),
        Q(("dr.count", "dr.model"), "How many drones does the Service have, and what make and model are they?", "R",
          ans="The Service has two drones, both DJI Inspire 2.", fact={"dr.count": "2", "dr.model": "dji inspire 2"}),
        Q("dr.pilots", "How many members of staff are trained to fly them?", "R", ans="Eight.", fact="8"),
    ])], "interleaved", "txt", received="2017-09-01"))

A(L("efrs", "EFRS/FOI/18/029", "2018-05-15", "Fleet", [
    (None, [
        Q("fl.appliances", "How many front-line pumping appliances does the Service operate?", "R", ans="38", fact="38"),
        Q("fl.aerial", "How many aerial ladder platforms or turntable ladders does the Service operate?", "R", ans="3", fact="3"),
        Q("fl.age", "What is the average age of the front-line pumping appliances?", "R", ans="9 years", fact="9"),
        Q("fl.maint", "Who maintains the fleet?", "R", ans="In-house, at the Service's Brackley workshops.", fact="in-house"),
    ])], "table", "html", received="2018-04-17"))

A(L("efrs", "EFRS/FOI/19/044", "2019-04-02", "False alarms", [
    (None, [
        Q("fa.afa", "How many false alarms caused by automatic fire alarm systems did the Service attend in 2018/19?", "R",
          ans="3,876", fact="3876"),
        Q("fa.malicious", "How many malicious false alarm calls did the Service receive in 2018/19?", "R", ans="412", fact="412"),
        Q("fa.charge", "Does the Service charge premises for repeated false alarms?", "R", ans="No.", fact="no"),
    ])], "decision", "pdf-soffice", received="2019-03-05"))

A(L("efrs", "EFRS/FOI/19/201", "2019-12-03", "Firefighter numbers", [
    (None, [
        Q("st.wholetime", "How many wholetime firefighters (FTE) does the Service employ?", "R", ans="402 FTE", fact="402"),
        Q("st.oncall", "How many on-call (retained) firefighters does the Service employ?", "R", ans="286", fact="286"),
        Q("st.female", "How many of your operational firefighters are women?", "R", ans="41", fact="41"),
        Q("st.vacancies", "How many on-call vacancies do you currently have?", "R", ans="54", fact="54"),
    ])], "youasked", "docx", received="2019-11-05"))

A(L("efrs", "EFRS/FOI/20/176", "2020-10-21", "Mobilising system and cyber security", [
    ("Part 1 - Mobilising system", [
        Q("cy.mob_supplier", "Who supplies the control room mobilising system?", "R", ans="Systel", fact="systel"),
        Q("cy.mob_expiry", "When does the contract expire?", "R", ans="31 December 2024", fact="2024-12-31"),
        Q("cy.mob_value", "What is the total value of the contract?", "W", ["s43(2)"]),
    ]),
    ("Part 2 - Cyber security", [
        Q("cy.attacks", "How many cyber attacks against the Service were detected in the last 12 months?", "W", ["s24(1)", "s31(1)(a)"]),
        Q("cy.ransom", "Has the Service ever paid a ransom following a cyber attack?", "N", ["s24(2)", "s31(3)"]),
    ])], "restate", "pdf-chromium", received="2020-09-22"))

A(L("efrs", "EFRS/FOI/21/098", "2021-06-09", "Drones", [
    (None, [
        Q("dr.count", "How many drones does the Service currently have in operation?", "R", ans="4", fact="4"),
        Q("dr.pilots", "How many remote pilots hold a current flying certificate?", "R", ans="12", fact="12"),
        Q("dr.spend", "What has the Service spent on drones and associated equipment since 1 April 2018?", "R",
          ans="£63,400", fact="63400"),
        Q("dr.model", "Please list the manufacturer and model of each drone.", "R",
          ans="DJI Matrice 300 RTK (two) and DJI Mavic 2 Enterprise (two).", fact="dji matrice 300 rtk; dji mavic 2 enterprise"),
        Q("dr.deploy", "How many times were drones deployed to incidents in 2020?", "R", ans="57", fact="57"),
    ])], "numbered", "pdf-gs", received="2021-05-11"))

A(L("efrs", "EFRS/FOI/22/151", "2022-08-30", "Chief Fire Officer remuneration", [
    (None, [
        Q("cfo.salary", "What is the Chief Fire Officer's salary and total remuneration?", "R", ["s21"],
          ans="This information is published in the Statement of Accounts at www.eastmoor-fire.gov.uk/accounts and is therefore exempt under section 21 as it is reasonably accessible to you.",
          fact="published"),
        Q("cfo.car", "Is the Chief Fire Officer provided with a lease car?", "R", ans="No.", fact="no"),
    ])], "youasked", "txt", received="2022-08-02"))

A(L("efrs", "EFRS/FOI/23/188", "2023-11-14", "Appliance fleet", [
    ("Part 1 - Pumping appliances", [
        Q("fl.appliances", "How many are currently in service?", "R", ans="36", fact="36"),
        Q("fl.age", "What is their average age?", "R", ans="10.5 years", fact="10.5"),
        Q("fl.builder", "Who built the most recently purchased appliance?", "R", ans="Emergency One (UK) Ltd", fact="emergency one"),
    ]),
    ("Part 2 - Aerial appliances", [
        Q("fl.aerial", "How many are currently in service?", "R", ans="3", fact="3"),
        Q("fl.aerial_age", "What is their average age?", "R", ans="14 years", fact="14"),
    ])], "table", "md", received="2023-10-17"))

A(L("efrs", "EFRS/FOI/24/140", "2024-09-05", "ICT and cyber security", [
    (None, [
        Q("cy.attacks", "Please state the number of cyber incidents the Service recorded in 2023.", "W", ["s24(1)", "s31(1)(a)"]),
        Q("cy.mob_supplier", "Name the supplier of your mobilising system.", "R", ans="Systel", fact="systel"),
        Q("cy.mob_expiry", "Give the end date of the mobilising contract.", "R", ans="31 December 2027", fact="2027-12-31"),
        Q("cy.mob_value", "What is that contract worth?", "R", ans="£2.1m over seven years", fact="2100000"),
        Q("cy.ransom", "Has a ransom ever been paid by the Service?", "N", ["s24(2)", "s31(3)"]),
        Q("cy.insurance", "Does the Service hold cyber insurance?", "R", ans="No.", fact="no"),
    ])], "interleaved", "html", received="2024-08-07"))

A(L("efrs", "EFRS/FOI/25/061", "2025-04-22", "Workforce profile", [
    (None, [
        Q("st.oncall", "Headcount of on-call firefighters at 31 March 2025.", "R", ans="271", fact="271"),
        Q("st.wholetime", "Number of wholetime firefighters at the same date.", "R", ans="395", fact="395"),
        Q("st.vacancies", "Number of unfilled on-call positions.", "R", ans="61", fact="61"),
        Q("st.female", "Number of female firefighters.", "R", ans="48", fact="48"),
        Q("st.bme", "Number of firefighters from ethnic minority backgrounds.", "R", ans="17", fact="17"),
    ])], "restate", "txt", received="2025-03-25"))

# ---------------------------------------------------------------- Northvale Ambulance
A(L("nvas", "NVAS-0211", "2017-11-08", "Private ambulance providers", [
    (None, [
        Q("ag.private_spend", "How much did the Trust spend on private and voluntary ambulance services in 2016/17?", "R",
          ans="£3.4 million", fact="3400000"),
        Q("ag.private_names", "Which private providers did the Trust use?", "R",
          ans="ERS Medical and Ambulnz UK", fact="ers medical; ambulnz"),
        Q("ag.agency_spend", "How much did the Trust spend on agency clinical staff in 2016/17?", "R",
          ans="£1.1m", fact="1100000"),
    ])], "restate", "txt", received="2017-10-12"))

A(L("nvas", "NVAS-0587", "2018-07-19", "Body-worn cameras and assaults on staff", [
    (None, [
        Q("bwv.use", "Do any of the Trust's ambulance crews wear body-worn cameras?", "R",
          ans="No. The Trust does not currently use body-worn video.", fact="no"),
        Q("as.physical", "How many physical assaults on staff were reported in 2017/18?", "R", ans="287", fact="287"),
        Q("as.verbal", "How many incidents of verbal abuse towards staff were reported in 2017/18?", "R", ans="644", fact="644"),
    ])], "interleaved", "md", received="2018-06-21"))

A(L("nvas", "NVAS-0934", "2019-03-27", "Cyber security", [
    (None, [
        Q("cy.incidents", "How many cyber security incidents did the Trust report to NHS Digital in 2018?", "R", ans="3", fact="3"),
        Q("cy.ransom", "Has the Trust ever paid a ransom to regain access to its systems?", "N", ["s31(3)"]),
        Q("cy.edr", "Which anti-virus or endpoint protection product does the Trust use?", "W", ["s31(1)(a)"]),
        Q("cy.training", "What proportion of staff have completed data security awareness training?", "R", ans="94%", fact="94"),
    ])], "decision", "pdf-soffice", received="2019-02-27"))

A(L("nvas", "NVAS-1288", "2019-10-10", "Hospital handover delays", [
    (None, [
        Q("hd.hours_lost", "Total hours lost to hospital handover delays of more than 30 minutes in 2018/19.", "R",
          ans="21,350 hours", fact="21350"),
        Q("hd.longest", "The longest single handover delay in 2018/19.", "R", ans="9 hours 42 minutes", fact="582"),
        Q("hd.cat2", "Mean Category 2 response time in March 2019.", "R", ans="28 minutes 14 seconds", fact="1694"),
    ])], "table", "html", received="2019-09-12"))

A(L("nvas", "FOI-NVAS-2020-0412", "2020-09-03", "Electronic patient record and dispatch contracts", [
    ("Part A - Electronic patient care record (ePCR)", [
        Q("epcr.supplier", "Who is the supplier?", "R", ans="Ortivus UK", fact="ortivus"),
        Q("epcr.expiry", "When does the contract expire?", "R", ans="30 June 2023", fact="2023-06-30"),
        Q("epcr.value", "What is the total contract value?", "W", ["s43(2)"]),
    ]),
    ("Part B - Computer-aided dispatch (CAD)", [
        Q("cad.supplier", "Who is the supplier?", "R", ans="Cleric Computer Services", fact="cleric"),
        Q("cad.expiry", "When does the contract expire?", "R", ans="31 March 2025", fact="2025-03-31"),
        Q("cad.value", "What is the total contract value?", "W", ["s43(2)"]),
    ])], "youasked", "docx", received="2020-08-06"))

A(L("nvas", "FOI-NVAS-2021-0318", "2021-05-12", "Body-worn video", [
    (None, [
        Q("bwv.use", "Does the Trust now issue body-worn video cameras to frontline staff?", "R", ans="Yes.", fact="yes"),
        Q("bwv.count", "How many devices are in use?", "R", ans="350", fact="350"),
        Q("bwv.supplier", "Who supplied the devices?", "R", ans="Reveal Media Ltd", fact="reveal"),
        Q("bwv.cost", "What did the devices cost?", "P", ["s43(2)"],
          ans="The total cost of the scheme was £180,000, funded by NHS England. The unit price agreed with the supplier is withheld under section 43(2) (commercial interests).",
          fact="180000"),
        Q("bwv.footage", "How many times has footage been disclosed to the police?", "R", ans="12", fact="12"),
    ])], "numbered", "pdf-gs", received="2021-04-14"))

A(L("nvas", "FOI-NVAS-2022-0501", "2022-06-28", "Private ambulance and agency staff spend 2021/22", [
    ("Part 1 - Private ambulance providers", [
        Q("ag.private_spend", "What was the total spend in 2021/22?", "R", ans="£6,950,000", fact="6950000"),
        Q("ag.private_names", "Please name each provider used.", "R", ans="ERS Medical and Falck UK", fact="ers medical; falck"),
        Q("ag.private_cqc", "Are all of these providers registered with the Care Quality Commission?", "R", ans="Yes.", fact="yes"),
    ]),
    ("Part 2 - Agency staff", [
        Q("ag.agency_spend", "What was the total spend in 2021/22?", "R", ans="£2.4m", fact="2400000"),
        Q("ag.agency_names", "Please name each agency used.", "R", ans="Medacs Healthcare and HCL Workforce Solutions",
          fact="medacs; hcl"),
    ])], "restate", "pdf-chromium", received="2022-05-31"))

A(L("nvas", "FOI-NVAS-2023-0177", "2023-03-15", "Handover delays and response times", [
    (None, [
        Q("hd.hours_lost", "In 2022/23, how many ambulance hours were lost while crews waited more than 30 minutes to hand patients over at hospital?", "R",
          ans="48,900 hours", fact="48900"),
        Q("hd.longest", "What was the longest any crew waited to hand over a patient in 2022/23?", "R",
          ans="13 hours 5 minutes", fact="785"),
        Q("hd.cat2", "What was the Trust's mean Category 2 response time in December 2022?", "R",
          ans="47 minutes 31 seconds", fact="2851"),
        Q("hd.cat1", "What was the Trust's mean Category 1 response time in December 2022?", "R",
          ans="9 minutes 2 seconds", fact="542"),
        Q("hd.corridor", "How many patients were cared for in hospital corridors or cohorting areas while awaiting handover?", "NH",
          ans="The Trust does not hold this information. Patients held in corridors or cohort areas are the responsibility of the receiving hospital and we do not record this."),
    ])], "youasked", "txt", received="2023-02-15"))

A(L("nvas", "FOI-NVAS-2024-0039", "2024-01-23", "Cyber security 2023", [
    (None, [
        Q("cy.training", "Percentage of staff compliant with Data Security Awareness training.", "R", ans="96%", fact="96"),
        Q("cy.edr", "Name of the endpoint detection and response product in use.", "W", ["s31(1)(a)"]),
        Q("cy.incidents", "Number of cyber incidents reported through the Data Security and Protection Toolkit in 2023.", "R",
          ans="1", fact="1"),
        Q("cy.ransom", "Has the Trust paid a ransom at any time?", "N", ["s31(3)"]),
        Q("cy.backup", "Who provides the Trust's off-site backup service?", "W", ["s31(1)(a)"]),
    ])], "decision", "html", received="2023-12-20"))

A(L("nvas", "FOI-NVAS-2025-0342", "2025-05-14", "ePCR and CAD contracts", [
    (None, [
        Q("epcr.supplier", "Supplier of the electronic patient care record system.", "R", ans="Ortivus UK", fact="ortivus"),
        Q("epcr.expiry", "Expiry of the ePCR contract.", "R", ans="30 June 2026", fact="2026-06-30"),
        Q("epcr.value", "Value of the ePCR contract.", "P", ["s43(2)"],
          ans="The total value of the contract is £1.9m. The annual breakdown by service line is withheld under section 43(2).",
          fact="1900000"),
        Q("cad.supplier", "Supplier of the computer-aided dispatch system.", "R", ans="Cleric", fact="cleric"),
        Q("cad.expiry", "Expiry of the CAD contract.", "R", ans="31 March 2028", fact="2028-03-31"),
        Q("cad.value", "Value of the CAD contract.", "W", ["s43(2)"]),
    ])], "table", "pdf-soffice", received="2025-04-16"))

# ---------------------------------------------------------------- Kestrel Vale College
A(L("kvc", "KVC FOI 17-08", "2017-12-05", "IT systems", [
    (None, [
        Q("it.mis", "Which student records (management information) system does the College use?", "R", ans="Tribal ebs", fact="tribal ebs"),
        Q("it.mis_expiry", "When does the contract for that system expire?", "R", ans="31 July 2020", fact="2020-07-31"),
        Q("it.vle", "Which virtual learning environment does the College use?", "R", ans="Moodle, hosted on site", fact="moodle"),
        Q("it.email", "Which email platform do staff use?", "R", ans="Microsoft Exchange 2010, on premises", fact="exchange 2010"),
    ])], "interleaved", "txt", received="2017-11-07"))

A(L("kvc", "KVC FOI 18-21", "2018-10-30", "Staffing", [
    (None, [
        Q("sf.lecturers", "How many full-time equivalent teaching staff does the College employ?", "R", ans="212.4 FTE", fact="212.4"),
        Q("sf.agency_spend", "How much did the College spend on agency teaching staff in 2017/18?", "R", ans="£486,000", fact="486000"),
        Q("sf.principal_pay", "What is the Principal's salary?", "R", ["s21"],
          ans="The Principal's remuneration is published in the College's annual Report and Financial Statements, available on our website, so section 21 of the Act applies.",
          fact="published"),
    ])], "youasked", "md", received="2018-10-02"))

A(L("kvc", "KVC FOI 19-11", "2019-06-18", "Catering contract", [
    (None, [
        Q("cat.supplier", "Who provides catering services at the College?", "R", ans="Chartwells", fact="chartwells"),
        Q("cat.value", "What is the annual value of the catering contract?", "W", ["s43(2)"]),
        Q("cat.expiry", "When does the catering contract expire?", "R", ans="31 July 2021", fact="2021-07-31"),
    ])], "decision", "pdf-soffice", received="2019-05-21"))

A(L("kvc", "KVC FOI 20-30", "2020-11-24", "Student systems and learning platforms", [
    ("Part 1 - Management information system", [
        Q("it.mis", "Who is the supplier?", "R", ans="Tribal (ebs)", fact="tribal ebs"),
        Q("it.mis_expiry", "When does the contract end?", "R", ans="31 July 2023", fact="2023-07-31"),
        Q("it.mis_value", "What is the annual cost?", "W", ["s43(2)"]),
    ]),
    ("Part 2 - Virtual learning environment", [
        Q("it.vle", "Who is the supplier?", "R", ans="Moodle, hosted by Titus Learning", fact="moodle"),
        Q("it.vle_expiry", "When does the contract end?", "R", ans="31 August 2022", fact="2022-08-31"),
    ])], "restate", "html", received="2020-10-27"))

A(L("kvc", "FOI2021/KVC/019", "2021-09-14", "Cyber security", [
    (None, [
        Q("cy.ransom", "Has the College been the victim of a ransomware attack in the past three years?", "R",
          ans="Yes. The College experienced one ransomware incident, in February 2021.", fact="yes"),
        Q("cy.paid", "If so, was a ransom paid?", "R", ans="No.", fact="no"),
        Q("cy.backup", "Who provides the College's backup solution?", "W", ["s31(1)(a)"]),
        Q("cy.insurance", "Does the College hold cyber insurance?", "R",
          ans="Yes, through the Department for Education's Risk Protection Arrangement (RPA).", fact="yes"),
    ])], "numbered", "docx", received="2021-08-17"))

A(L("kvc", "FOI2022/KVC/044", "2022-11-08", "Teaching staff and agency spend", [
    (None, [
        Q("sf.agency_spend", "Spend on agency lecturers in 2021/22.", "R", ans="£612,300", fact="612300"),
        Q("sf.lecturers", "Number of teaching staff (FTE).", "R", ans="198 FTE", fact="198"),
        Q("sf.vacancies", "Number of teaching vacancies currently advertised.", "R", ans="14", fact="14"),
        Q("sf.principal_pay", "Principal's total remuneration.", "R", ["s21"],
          ans="Published in the Report and Financial Statements for the year ended 31 July 2022 (section 21).", fact="published"),
    ])], "table", "pdf-chromium", received="2022-10-11"))

A(L("kvc", "FOI2023/KVC/037", "2023-10-03", "IT systems and cyber incidents", [
    (None, [
        Q("it.mis", "What MIS does the College use for student records?", "R", ans="Tribal ebs", fact="tribal ebs"),
        Q("it.mis_expiry", "When is the MIS contract up for renewal?", "R", ans="31 July 2026", fact="2026-07-31"),
        Q("it.mis_value", "How much does the MIS cost per year?", "R", ans="£58,000 per year", fact="58000"),
        Q("it.vle", "What is your VLE?", "R", ans="Moodle", fact="moodle"),
        Q("it.email", "What email system do staff use?", "R", ans="Microsoft 365 (Exchange Online)", fact="microsoft 365"),
        Q("cy.ransom", "Has the College suffered a ransomware attack in the past three years?", "R",
          ans="Yes, one incident in February 2021.", fact="yes"),
    ])], "youasked", "pdf-gs", received="2023-09-05"))

A(L("kvc", "FOI2024/KVC/022", "2024-06-19", "Cyber resilience", [
    (None, [
        Q("cy.insurance", "Is the College covered by cyber insurance or the RPA?", "R", ans="Yes - the RPA.", fact="yes"),
        Q("cy.backup", "Which company supplies your backup service?", "W", ["s31(1)(a)"]),
        Q("cy.training", "What percentage of staff completed cyber security training in 2023/24?", "R", ans="88%", fact="88"),
    ])], "restate", "txt", received="2024-05-22"))

# ================================================================ DRAFTS
DRAFTS = []
D = DRAFTS.append

D(L("tmbc", "TMBC/FOI/2025/0987", "2025-11-04", "Fly-tipping and abandoned vehicles", [
    (None, [
        Q("ft.incidents", "In 2022/23, how many fly-tips were reported to the council?", "R",
          ans="3402 fly-tipping incidents were reported in 2022/23.", fact="3402"),
        Q("ft.fpn", "How many fixed penalty notices for fly-tipping were handed out in 2022/23?", "R",
          ans="Two hundred and twelve.", fact="212"),
        Q("ft.cctv", "How many covert or mobile cameras does the council use to catch fly-tippers?", "R",
          ans="The council currently deploys 9 re-deployable cameras at locations that change regularly.", fact="9"),
        Q("ft.prosecutions", "How many fly-tipping prosecutions did the council bring in 2022/23?", "NH", ["reg12(4)(a)"],
          ans="This information is not held. Since 2021 prosecutions have been recorded together with other environmental offences and are not separately identifiable, so regulation 12(4)(a) applies."),
        Q("ft.contractor", "Which organisation clears fly-tipped waste?", "R",
          ans="Veolia clears fly-tipping as part of the street cleansing contract.", fact="veolia"),
        Q("ft.contract_value", "How much is that contract worth each year?", "W", ["reg12(5)(e)"]),
        Q("av.removed", "How many abandoned vehicles did the council remove in 2022/23?", "R", ans="87 vehicles", fact="87"),
        Q("ft.private", "How many fly-tipping incidents were recorded on private land in 2022/23?", "NH", ["reg12(4)(a)"],
          ans="Not held: the council records only incidents on public land, so regulation 12(4)(a) applies."),
    ])], "youasked", "docx", received="2025-10-07", regime="eir", draft=True))

D(L("tmbc", "TMBC/FOI/2026/0044", "2026-01-20", "ICT contracts and cyber security", [
    ("Part 1 - Customer relationship management", [
        Q("ict.crm.supplier", "Who is the incumbent supplier?", "R",
          ans="Salesforce, implemented through a G-Cloud partner.", fact="salesforce"),
        Q("ict.crm.expiry", "When does the contract expire?", "R", ans="31/03/2027", fact="2027-03-31"),
        Q("ict.crm.value", "What is the annual contract value?", "W", ["s43(2)"]),
    ]),
    ("Part 2 - Telephony", [
        Q("ict.tel.supplier", "Who is the incumbent supplier?", "R", ans="Mitel", fact="mitel"),
        Q("ict.tel.expiry", "When does the contract expire?", "R", ans="30th Sept 2026", fact="2026-09-30"),
        Q("ict.tel.value", "What is the annual contract value?", "W", ["s31(1)(a)"]),
    ]),
    ("Part 3 - Cyber security", [
        Q("cyber.ransom", "Has the council been hit by ransomware in the last five years?", "R",
          ans="No. The council has not experienced a ransomware attack in the last five years.", fact="no"),
        Q("cyber.training", "What proportion of staff completed cyber security awareness training last year?", "R",
          ans="91 per cent", fact="91"),
    ])], "decision", "pdf-soffice", received="2025-12-19", draft=True))

D(L("tmbc", "TMBC/FOI/2025/1102", "2025-12-09", "Parking enforcement contract", [
    (None, [
        Q("pk.contractor", "Which company carries out parking enforcement for the council?", "R", ans="NSL", fact="nsl"),
        Q("pk.expiry", "When does that contract end?", "R",
          ans="31.03.2026 (the contract was extended by two years)", fact="2026-03-31"),
        Q("pk.value", "What is the contract worth per year?", "R", ans="£1,320,000", fact="1320000"),
        Q("pk.bwv", "Do your enforcement officers wear body cameras?", "R",
          ans="Yes - every CEO is issued with a body-worn camera.", fact="yes"),
        Q("pk.ceo_count", "How many CEOs are deployed?", "R", ans="Sixty-two", fact="62"),
        Q("pk.bwv_appeals", "How many times has body-worn camera footage been used as evidence in PCN appeals?", "NH",
          ans="The council does not hold this information; appeal files do not record the type of evidence submitted."),
    ])], "table", "txt", received="2025-11-11", draft=True, consistent=True))

D(L("efrs", "EFRS/FOI/25/203", "2025-10-16", "Drones", [
    (None, [
        Q("dr.have", "Does Eastmoor Fire and Rescue Service use drones?", "R", ans="Yes.", fact="yes"),
        Q("dr.count", "How many drones does the Service have?", "R", ans="Four (4)", fact="4"),
        Q("dr.pilots", "How many qualified drone pilots does the Service have?", "R", ans="15", fact="15"),
        Q("dr.model", "What make and model are the drones?", "W", ["s31(1)(a)"]),
        Q("dr.spend", "What has been spent on drone equipment since April 2018?", "P", ["s43(2)"],
          ans="The total spent is £63,400. The breakdown by supplier and item is withheld under section 43(2).", fact="63400"),
        Q("dr.deploy", "How many incidents were drones deployed to in 2020?", "R", ans="Fifty-seven", fact="57"),
        Q("dr.footage_police", "Has the Service shared drone footage with the police?", "R",
          ans="Yes, on request and where there is a lawful basis to do so.", fact="yes"),
    ])], "interleaved", "txt", received="2025-09-18", draft=True))

D(L("efrs", "EFRS/FOI/26/022", "2026-02-11", "Mobilising and cyber security", [
    (None, [
        Q("cy.mob_supplier", "Which company supplies the mobilising system used in fire control?", "R", ans="Systel", fact="systel"),
        Q("cy.mob_value", "What is the value of the mobilising contract?", "R", ans="£2,100,000 over the seven-year term", fact="2100000"),
        Q("cy.mob_expiry", "When does the mobilising contract end?", "R", ans="31/12/2027", fact="2027-12-31"),
        Q("cy.attacks", "How many cyber attacks has the Service detected in the past 12 months?", "N", ["s24(2)", "s31(3)"]),
        Q("cy.ransom", "Has the Service ever paid a ransom?", "N", ["s24(2)", "s31(3)"]),
        Q("cy.insurance", "Does the Service have a cyber insurance policy?", "R", ans="No.", fact="no"),
    ])], "restate", "docx", received="2026-01-13", draft=True, as_of="2022-01-01"))

D(L("efrs", "EFRS/FOI/25/219", "2025-11-25", "Workforce and fleet", [
    ("Part 1 - Workforce", [
        Q("st.wholetime", "How many wholetime firefighters do you employ?", "R", ans="395", fact="395"),
        Q("st.oncall", "How many on-call firefighters do you employ?", "R", ans="271", fact="271"),
        Q("st.vacancies", "How many on-call vacancies are there?", "NH",
          ans="The Service does not hold a central vacancy figure. On-call establishment is now managed station by station against availability targets, and no vacancy count is recorded."),
        Q("st.bme", "How many firefighters are from an ethnic minority background?", "R", ans="17", fact="17"),
    ]),
    ("Part 2 - Fleet", [
        Q("fl.appliances", "How many front-line fire engines are in service?", "R", ans="36", fact="36"),
        Q("fl.age", "What is the average age of those fire engines?", "R", ans="Ten and a half years", fact="10.5"),
        Q("fl.aerial", "How many aerial appliances are in service?", "R", ans="Three", fact="3"),
        Q("fl.hydraulic", "How many front-line fire engines carry hydraulic rescue equipment?", "R", ans="All 36.", fact="36"),
    ])], "youasked", "md", received="2025-10-28", draft=True))

D(L("nvas", "FOI-NVAS-2025-0655", "2025-10-07", "Body-worn video", [
    (None, [
        Q("bwv.use", "Do your frontline ambulance staff use body-worn video cameras?", "U"),
        Q("bwv.count", "How many body-worn cameras does the Trust have?", "U"),
        Q("bwv.supplier", "Which company supplied the cameras?", "U"),
        Q("bwv.cost", "How much has the Trust spent on the cameras?", "U"),
        Q("bwv.footage", "How many times has camera footage been passed to the police?", "U"),
        Q("bwv.assault_captured", "How many assaults on staff were captured on body-worn video in 2024/25?", "U"),
    ])], "bare", "txt", received="2025-10-07", draft=True))

D(L("nvas", "FOI-NVAS-2025-0871", "2025-12-02", "Cyber security", [
    (None, [
        Q("cy.incidents", "How many cyber incidents did the Trust report through the DSPT in 2023?", "R", ans="One.", fact="1"),
        Q("cy.ransom", "Has the Trust ever paid a ransom?", "N", ["s31(3)"]),
        Q("cy.edr", "Which endpoint protection product does the Trust use?", "R",
          ans="Microsoft Defender for Endpoint, provided nationally through NHS England.", fact="microsoft defender"),
        Q("cy.backup", "Who provides your offsite backups?", "W", ["s24(1)"]),
        Q("cy.training", "What percentage of staff are compliant with data security training?", "R", ans="96 per cent", fact="96"),
    ])], "interleaved", "docx", received="2025-11-04", draft=True))

D(L("nvas", "FOI-NVAS-2026-0140", "2026-03-10", "Private providers, agency staff and handover", [
    ("Part 1 - Private ambulance providers", [
        Q("ag.private_spend", "What did the Trust spend on private ambulance providers in 2021/22?", "R", ans="£6.95m", fact="6950000"),
        Q("ag.private_names", "Which providers were used?", "W", ["s43(2)"]),
        Q("ag.private_cqc", "Are they all CQC registered?", "R", ans="Yes.", fact="yes"),
    ]),
    ("Part 2 - Agency staff", [
        Q("ag.agency_spend", "What did the Trust spend on agency staff in 2021/22?", "R", ans="£2,400,000", fact="2400000"),
        Q("ag.agency_names", "Which agencies were used?", "P", ["s43(2)"],
          ans="Medacs Healthcare and HCL Workforce Solutions supplied staff under the national framework. The names of off-framework agencies are withheld under section 43(2).",
          fact="medacs; hcl"),
    ]),
    ("Part 3 - Handover", [
        Q("hd.cat1", "What was the mean Category 1 response time in December 2022?", "R", ans="9 min 2 sec", fact="542"),
        Q("hd.corridor", "How many patients waited in corridors or cohort areas before handover in 2022/23?", "R",
          ans="2,310 patients were recorded in hospital cohorting areas in 2022/23; the Trust began recording this in its handover log in 2022.",
          fact="2310"),
        Q("hd.longest", "What was the longest handover wait in 2022/23?", "R", ans="13h 05m", fact="785"),
    ])], "restate", "pdf-chromium", received="2026-02-10", draft=True))

D(L("kvc", "FOI2025/KVC/061", "2025-10-29", "IT systems and cyber security", [
    (None, [
        Q("it.mis", "Which management information system holds student records?", "R", ans="Tribal ebs", fact="tribal ebs"),
        Q("it.mis_expiry", "When does the MIS contract expire?", "R", ans="31st July 2026", fact="2026-07-31"),
        Q("it.mis_value", "What is the annual cost of the MIS?", "W", ["s43(2)"]),
        Q("it.email", "Which email platform does the College use?", "R", ans="Microsoft 365", fact="microsoft 365"),
        Q("cy.ransom", "Has the College had a ransomware attack in the last three years?", "N", ["s31(3)"]),
        Q("cy.backup", "Who provides the College's backups?", "NH",
          ans="The College holds no information within the scope of this question: backups are carried out in-house and there is no backup supplier or contract."),
        Q("cy.insurance", "Does the College have cyber insurance?", "R", ans="Yes (Risk Protection Arrangement).", fact="yes"),
    ])], "numbered", "docx", received="2025-10-01", draft=True))

D(L("kvc", "FOI2026/KVC/012", "2026-02-24", "Teaching staff", [
    (None, [
        Q("sf.lecturers", "How many FTE teaching staff were employed in 2022?", "R", ans="198 full-time equivalent", fact="198"),
        Q("sf.agency_spend", "How much was spent on agency lecturers in 2021/22?", "R", ans="£612.3k", fact="612300"),
        Q("sf.vacancies", "How many teaching vacancies were advertised in November 2022?", "R", ans="Fourteen", fact="14"),
        Q("sf.principal_pay", "What is the Principal paid?", "R", ["s21"],
          ans="This is published in our Report and Financial Statements on the College website; section 21 applies.", fact="published"),
        Q("sf.support_staff", "How many FTE support (non-teaching) staff does the College employ?", "R", ans="241 FTE", fact="241"),
    ])], "interleaved", "txt", received="2026-01-27", draft=True, consistent=True))
