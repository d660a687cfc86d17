# Truth for every letter of set U. All authorities, people and figures are fictional.
# q(concept, question text, stance, exemptions, fact, answer text)
#   stance: R released, PR partially_released, W withheld, N ncnd, NH not_held, None (bare request)
#   fact:   canonical value of a released answer, compared for answer_changed

R, PR, W, N, NH = "released", "partially_released", "withheld", "ncnd", "not_held"


def q(c, text, st=None, ex=(), fact=None, ans=None, pre=None):
    return {"c": c, "text": text, "st": st, "ex": sorted(ex), "fact": fact, "ans": ans, "pre": pre}


def part(title, intro, qs):
    return {"title": title, "intro": intro, "qs": qs}


LETTERS = []


def L(key, auth, ref, date, received, title, style, fmt, qs=None, parts=None, regime="foia",
      fname=None, draft=False, as_of=None, opts=None, intro=None, bare=False, consistent=False):
    if parts is None:
        parts = [part(None, None, qs)]
    LETTERS.append(dict(key=key, auth=auth, ref=ref, date=date, received=received, title=title,
                        style=style, fmt=fmt, parts=parts, regime=regime, fname=fname, draft=draft,
                        as_of=as_of, opts=opts or {}, intro=intro, bare=bare, consistent=consistent))


POL_MAIL = "ict.contracts@cambria.police.example"

# ---------------------------------------------------------------- Cambria Police (Wales)
L("P1", "police", "FOI 0412/17", "2017-05-16", "2017-04-19", "Body worn video", "interleaved", "txt",
  fname="FOI-0412-17-body-worn-video.txt", opts={"labels": ("Q{n}.", "A{n}.")},
  intro="You asked for information about the force's use of body worn video cameras.", qs=[
    q("bwv.count", "How many body worn video cameras does the force currently have in use?", R, fact="620",
      ans="The force currently has 620 body worn video cameras in use across its three policing divisions."),
    q("bwv.supplier", "Which company supplied the cameras?", R, fact="clearsight",
      ans="The cameras were supplied by Clearsight Vision Ltd following a competitive tender in 2016."),
    q("bwv.cost", "What was the total cost of purchasing the cameras?", R, fact="486000",
      ans="The total purchase cost was £486,000 excluding VAT."),
    q("bwv.retention", "How long is footage that is not required as evidence retained before it is deleted?", R,
      fact="31d", ans="Footage that is not marked as evidential is retained for 31 days and is then deleted automatically."),
])

L("P2", "police", "FOI 0188/20", "2020-02-11", "2020-01-14", "Body-worn cameras", "youasked", "html",
  fname="disclosure-log-foi-0188-20.html", qs=[
    q("bwv.count", "Please state the number of body-worn cameras issued to officers and PCSOs.", R, fact="915",
      ans="915 cameras are currently issued to police officers and PCSOs."),
    q("bwv.policy", "Does the force have a written policy governing when body-worn cameras must be switched on? If so, please provide a copy.",
      R, ex=["s21"], ans="Yes. The force's Body Worn Video Procedure is published on our website and is therefore exempt under "
      "section 21 of the Act (information reasonably accessible by other means). It can be found at "
      "https://www.cambria.police.example/foi/procedures/bwv"),
    q("bwv.supplier", "Name the manufacturer of the cameras in use.", R, fact="clearsight", ans="Clearsight Vision Ltd."),
    q("bwv.lost", "How many body-worn cameras were reported lost or stolen during 2019?", R, fact="14",
      ans="Fourteen (14) devices were recorded as lost or stolen during 2019."),
    q("bwv.retention", "What is the retention period for footage which is not evidential?", R, fact="31d", ans="31 days."),
])

L("P3", "police", "FOI 0297/23", "2023-03-07", "2023-02-08", "Body worn video", "decision", "pdf-soffice",
  fname="FOI 0297-23 Response.pdf",
  intro="For completeness, we note that a similar request was answered in 2020 under reference FOI 0188/20. Your request reads:", qs=[
    q("bwv.supplier", "Who is the provider of your body worn video hardware and the associated digital evidence management software?", W, ex=["s31(1)(a)"]),
    q("bwv.count", "How many units are deployed across the force area at present?", R, fact="1240",
      ans="1,240 units are currently deployed."),
    q("bwv.cost", "What has the force spent on body worn video in total since the technology was introduced?", W, ex=["s43(2)"]),
    q("bwv.retention", "For how long do you keep recordings that are not needed as evidence?", R, fact="31d",
      ans="Recordings which are not evidential are kept for 31 days."),
])

L("P4", "police", "FOI 0733/19", "2019-08-20", "2019-07-24", "Drones", "interleaved", "md",
  fname="foi-0733-19-drones.md", opts={"labels": ("**Question {n}:**", "**Answer:**")}, qs=[
    q("drone.count", "How many unmanned aerial vehicles (drones) does the force own?", R, fact="4",
      ans="The force owns four drones."),
    q("drone.models", "Please list the make and model of each drone.", R, fact="m210x2;mavic2x2",
      ans="Two DJI Matrice 210 and two DJI Mavic 2 Enterprise."),
    q("drone.pilots", "How many officers are qualified to fly them?", R, fact="18",
      ans="18 officers currently hold the qualification."),
    q("drone.deployments", "How many times were the drones deployed during 2018?", R, fact="212",
      ans="There were 212 deployments in 2018."),
])

L("P5", "police", "FOI 0911/23", "2023-10-03", "2023-09-05", "Drone unit", "table", "pdf-chromium",
  fname="FOI_0911_23.pdf", qs=[
    q("drone.reports", "How many reports did the force receive in 2022 from members of the public about drones being flown dangerously or illegally?", R,
      fact="96", ans="96 incidents were recorded in 2022."),
    q("drone.count", "What is the size of the force's drone fleet?", R, fact="9", ans="The fleet comprises 9 aircraft."),
    q("drone.models", "What types of aircraft make up that fleet?", W, ex=["s31(1)(a)"],
      ans="Withheld – Section 31(1)(a) (Law Enforcement). Please see the explanation below the table."),
    q("drone.pilots", "How many remote pilots currently hold a valid qualification to operate them?", R, fact="31",
      ans="31 remote pilots."),
    q("drone.budget", "What is the annual budget of the drone unit?", R, fact="142000", ans="£142,000 (2023/24)."),
])

L("P6", "police", "FOI 0521/20", "2020-06-30", "2020-06-02", "ICT contracts - contact centre and inbound network", "numbered_after", "txt",
  fname="FOI 0521-20 contact centre.txt",
  intro="I wish to submit a request relating to the organisation's ICT contracts for contact centre services and for inbound network services. For contact centre services (call distribution, web chat, performance monitoring) please provide:", qs=[
    q("cc.supplier", "Incumbent supplier: please provide the supplier of each contract.", R, fact="telvista",
      ans="Telvista Contact Systems Ltd."),
    q("cc.spend", "Annual average spend: the annual average spend (over three years) with each supplier.", R, fact="112000",
      ans="£112,000 per year."),
    q("cc.expiry", "Contract expiry: the date each contract expires.", R, fact="2023-03-31", ans="31 March 2023."),
    q("cc.review", "Contract review: the date each contract will be reviewed.", R, fact="2022-10", ans="October 2022."),
    q("cc.contact", "Contact details: the person within the organisation responsible for each contract (name, job title, telephone number and email address).",
      R, fact=POL_MAIL, ans="Head of ICT Commercial – " + POL_MAIL),
    q("cc.agents", "Number of agents: the total number of contact centre agents.", R, fact="64", ans="64."),
    q("inb.supplier", "Incumbent supplier: please provide the supplier of each contract.", R, fact="cymruvoice",
      ans="Cymru Voice Networks plc.",
      pre="For inbound network services (0800 and 0300 numbers, call routing, caller identification, IVR) please provide:"),
    q("inb.spend", "Annual average spend: the annual average spend (over three years) with each supplier.", R, fact="38500",
      ans="£38,500 per year."),
    q("inb.expiry", "Contract expiry: the date each contract expires.", R, fact="2022-09-30", ans="30/09/2022."),
    q("inb.review", "Contract review: the date each contract will be reviewed.", R, fact="2022-03", ans="March 2022."),
    q("inb.contact", "Contact details: the person within the organisation responsible for each contract (name, job title, telephone number and email address).",
      R, fact=POL_MAIL, ans="Head of ICT Commercial – " + POL_MAIL),
])

S31AB = ["s31(1)(a)", "s31(1)(b)"]
L("P7", "police", "FOI 1102/24", "2024-11-26", "2024-10-30", "Contact centre and inbound network contracts", "decision", "pdf-gs",
  fname="FOI-1102-24.pdf", opts={"compact_ex": True},
  intro="I wish to submit a freedom of information request relating to the organisation's ICT contracts, specifically contact centre contracts and inbound network services contracts.",
  parts=[
    part("Contact centre", "The first part of my request relates to contact centre service contracts (advanced call distribution, email and web chat, performance monitoring tools). Please send me the following information for each provider:", [
        q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract.", W, ex=S31AB),
        q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average spend (over 3 years).", NH,
          ans="No information held. Spend on contact centre services is not recorded separately from the value of the wider telephony contract."),
        q("cc.duration", "Contract Duration: For each supplier, please state the duration of the contract, including any extensions.", W, ex=S31AB),
        q("cc.expiry", "Contract Expiry: For each supplier, please state the date when the contract expires.", W, ex=S31AB),
        q("cc.review", "Contract Review: For each supplier, please state the date when the contract will be reviewed.", W, ex=S31AB),
        q("cc.contact", "Contact Details: For each supplier, please state the person within the organisation responsible for the contract, with their job title, telephone number and email address.",
          R, fact=POL_MAIL, ans=POL_MAIL),
        q("cc.agents", "Number of Agents: please provide the total number of contact centre agents.", W, ex=S31AB),
    ]),
    part("Inbound network", "The second part of my request relates to inbound network services contracts (0800, 0845, 0300 numbers, routing of calls, caller identification, IVR). For a contract relating to the above please provide:", [
        q("inb.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract.", W, ex=S31AB),
        q("inb.spend", "Annual Average Spend: For each supplier, please state the annual average spend (over 3 years).", NH,
          ans="No information held – inbound call charges are paid within the corporate telephony budget and are not recorded separately."),
        q("inb.expiry", "Contract Expiry: For each supplier, please state the date when the contract expires.", R, fact="2025-09-30",
          ans="30 September 2025."),
        q("inb.review", "Contract Review: For each supplier, please state the date when the contract will be reviewed.", W, ex=S31AB),
        q("inb.contact", "Contact Details: For each supplier, please state the person within the organisation responsible for the contract, with their job title, telephone number and email address.",
          R, fact=POL_MAIL, ans=POL_MAIL),
    ]),
])

L("P8", "police", "FOI 0987/19", "2019-11-12", "2019-10-15", "Cyber security", "interleaved", "txt",
  fname="FOI 0987-19.txt", opts={"labels": ("REQUEST {n}", "RESPONSE")}, qs=[
    q("cyber.ransomware", "Has the force been the victim of a ransomware attack in the last three years?", R, fact="no", ans="No."),
    q("cyber.paid", "Has the force ever paid a ransom to regain access to its systems or data?", R, fact="no", ans="No."),
    q("cyber.ico", "How many personal data breaches did the force report to the Information Commissioner's Office in 2018?", R, fact="7",
      ans="Seven breaches were reported to the ICO in 2018."),
    q("cyber.training", "Is cyber security training mandatory for all officers and staff?", R, fact="yes",
      ans="Yes. All officers and staff must complete the national information security e-learning package every year."),
])

L("P9", "police", "FOI 0804/22", "2022-09-06", "2022-08-09", "Ransomware and cyber security", "youasked", "docx",
  fname="FOI 0804-22 Ransomware.docx", qs=[
    q("cyber.ransomware", "In the past three years, has Cambria Police been affected by ransomware?", N, ex=["s24(2)", "s31(3)"]),
    q("cyber.paid", "Has a ransom ever been paid by the force?", N, ex=["s24(2)", "s31(3)"]),
    q("cyber.training", "Do all staff have to undertake cyber-security awareness training?", R, fact="yes",
      ans="Yes – every officer and member of staff completes awareness training annually."),
    q("cyber.budget", "What is the force's annual budget for cyber security?", W, ex=["s24(1)", "s31(1)(a)"]),
])

L("P10", "police", "FOI 0866/25", "2025-09-16", "2025-08-20", "Body worn video", "interleaved", "md",
  fname="foi-0866-25.md", opts={"labels": ("{n}.", "Response:")}, qs=[
    q("bwv.count", "Total number of BWV devices held by Cambria Police.", R, fact="1390", ans="1,390 devices."),
    q("bwv.supplier", "The name of the company that supplies them.", W, ex=["s31(1)(a)"]),
    q("bwv.cost", "Total expenditure on body worn video to date.", R, fact="2100000",
      ans="£2.1 million since the first devices were bought in 2016."),
    q("bwv.lost", "Number of devices lost or stolen in the first six months of 2025.", R, fact="9", ans="9."),
])

L("P11", "police", "FOI 0366/21", "2021-04-13", "2021-03-16", "Taser", "numbered_after", "pdf-chromium",
  fname="FOI-0366-21-Taser.pdf", qs=[
    q("taser.trained", "How many officers are trained to carry Taser?", R, fact="402", ans="402 officers."),
    q("taser.uses", "How many times was Taser drawn, aimed or discharged during 2020?", R, fact="311",
      ans="Taser was used on 311 occasions in 2020, of which 38 were discharges."),
    q("taser.model", "Which model of conducted energy device does the force issue?", R, fact="taser7",
      ans="The force issues the Taser 7."),
])

# drafts - police
L("PD1", "police", "FOI 0611/25", "2025-06-10", "2025-05-14", "Body worn video", "interleaved", "docx",
  fname="draft-FOI-0611-25-BWV.docx", draft=True, opts={"labels": ("Question {n}", "Response")}, qs=[
    q("bwv.count", "How many body worn cameras does Cambria Police have?", R, fact="1240", ans="1240 cameras."),
    q("bwv.supplier", "Which company supplies the force's body worn cameras?", W, ex=["s31(1)(a)"]),
    q("bwv.cost", "How much has the force spent on body worn video altogether?", R, fact="1900000",
      ans="The force has spent £1.9m on body worn video hardware, licences and storage since 2016."),
    q("bwv.retention", "How long are non-evidential recordings kept?", R, fact="31d", ans="Thirty-one days."),
    q("bwv.lost", "How many cameras were lost or stolen in 2024?", NH,
      ans="This information is not held. Since the move to the new asset register in 2023, losses of equipment are no longer recorded by device type."),
    q("bwv.policy", "Is there a policy that sets out when officers must start recording? Please provide it.", R, ex=["s21"],
      ans="Yes. The Body Worn Video Procedure is published at https://www.cambria.police.example/foi/procedures/bwv and is exempt under section 21 as it is reasonably accessible to you."),
])

L("PD2", "police", "FOI 0021/26", "2026-01-14", "2025-12-15", "Drones", "youasked", "txt",
  fname="draft-FOI-0021-26-drones.txt", draft=True, qs=[
    q("drone.count", "How many drones are operated by Cambria Police?", R, fact="9", ans="Nine."),
    q("drone.models", "What make and model are they?", W, ex=["s24(1)"]),
    q("drone.pilots", "How many of your officers and staff are trained drone pilots?", W, ex=["s31(1)(a)"]),
    q("drone.complaints", "How many complaints have been made about the force's use of drones since 2023?", R, fact="0",
      ans="None. No complaints about the force's use of drones have been recorded since 2023."),
])

L("PD3", "police", "FOI 0247/25", "2025-03-18", "2025-02-19", "Contact centre and inbound network contracts", "interleaved", "docx",
  fname="draft-FOI-0247-25-contracts.docx", draft=True, opts={"labels": ("Q{n}", "A{n}"), "compact_ex": True},
  intro="Your request concerned the force's ICT contracts for contact centre services and for inbound network services.",
  parts=[
    part("Contact centre contracts", None, [
        q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract.", W, ex=S31AB),
        q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average spend (over 3 years).", R, fact="146000",
          ans="£146,000 a year (average of 2021/22 to 2023/24)."),
        q("cc.duration", "Contract Duration: For each supplier, please state the duration of the contract, including any extensions.", W, ex=S31AB),
        q("cc.expiry", "Contract Expiry: For each supplier, please state the date when the contract expires.", W, ex=S31AB),
        q("cc.review", "Contract Review: For each supplier, please state the date when the contract will be reviewed.", W, ex=S31AB),
        q("cc.contact", "Contact Details: For each supplier, please state the person within the organisation responsible for the contract.",
          R, fact=POL_MAIL, ans="Please contact " + POL_MAIL),
        q("cc.agents", "Number of Agents: please provide the total number of contact centre agents.", R, fact="58",
          ans="58 agents (full-time equivalent)."),
    ]),
    part("Inbound network services contracts", None, [
        q("inb.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract.", W, ex=S31AB),
        q("inb.spend", "Annual Average Spend: For each supplier, please state the annual average spend (over 3 years).", NH,
          ans="Not held. Inbound call charges are not recorded separately from the corporate telephony budget."),
        q("inb.expiry", "Contract Expiry: For each supplier, please state the date when the contract expires.", R, fact="2025-09-30",
          ans="30/09/2025."),
        q("inb.review", "Contract Review: For each supplier, please state the date when the contract will be reviewed.", W, ex=S31AB),
        q("inb.contact", "Contact Details: For each supplier, please state the person within the organisation responsible for the contract.",
          R, fact=POL_MAIL, ans="Please contact " + POL_MAIL),
    ]),
])

L("PD4", "police", "FOI 0950/25", "2025-11-04", "2025-10-07", "Ransomware", "interleaved", "txt",
  fname="draft-FOI-0950-25.txt", draft=True, opts={"labels": ("REQUEST {n}", "RESPONSE")}, qs=[
    q("cyber.ransomware", "Has ransomware affected any of the force's systems within the last three years?", R, fact="no",
      ans="No. Cambria Police has not been affected by a ransomware attack in the last three years."),
    q("cyber.paid", "Has the force paid a ransom at any time?", N, ex=["s24(2)", "s31(3)"]),
    q("cyber.training", "Is annual cyber awareness training compulsory for everyone who works for the force?", R, fact="yes",
      ans="Yes, it is compulsory for all officers, staff and volunteers."),
    q("cyber.budget", "How much does the force spend each year on cyber security?", W, ex=["s24(1)", "s31(1)(a)"]),
])

# ---------------------------------------------------------------- Wealdshire County Council
L("C1", "council", "CR/17/0447", "2017-04-11", "2017-03-14", "Potholes", "interleaved", "txt",
  fname="CR-17-0447.txt", opts={"labels": ("Question {n}:", "Answer:")}, qs=[
    q("ph.reported", "How many potholes were reported to the council during 2016?", R, fact="14212",
      ans="14,212 pothole reports were received in the 2016 calendar year."),
    q("ph.claims_count", "How many claims for vehicle damage caused by potholes did the council receive in 2016?", R, fact="1046",
      ans="1,046 claims."),
    q("ph.claims_paid", "How much did the council pay out in compensation for those claims?", R, fact="212480", ans="£212,480."),
    q("ph.contractor", "Which company carries out pothole repairs on the council's behalf?", R, fact="ridgeway",
      ans="Ridgeway Highways Ltd, under the Wealdshire Highways Term Maintenance Contract."),
])

L("C2", "council", "CR/18/0391", "2018-03-20", "2018-02-19", "Pothole repairs", "youasked", "html",
  fname="cr-18-0391-pothole-repairs.html", qs=[
    q("ph.reported", "Number of potholes reported by members of the public in 2017.", R, fact="17880", ans="17,880."),
    q("ph.repaired", "Number of potholes repaired in 2017.", R, fact="16954", ans="16,954."),
    q("ph.intervention_depth", "The minimum depth at which the council will repair a pothole on a road.", R, fact="40mm",
      ans="40mm. A defect of 40mm or deeper in the carriageway meets our intervention level."),
    q("ph.contractor", "Name of the contractor responsible for pothole repairs.", R, fact="ridgeway", ans="Ridgeway Highways Ltd."),
    q("ph.contract_value", "The annual value of that contract.", R, fact="18400000", ans="Approximately £18.4m per year."),
])

L("C3", "council", "CR/19/0512", "2019-05-08", "2019-04-09", "Highway defects and claims", "numbered_after", "pdf-soffice",
  fname="CR-19-0512 response.pdf", intro="You asked for the following information:", qs=[
    q("ph.claims_count", "the number of claims for pothole damage to vehicles received in 2018;", R, fact="1390", ans="1,390 claims were received."),
    q("ph.claims_paid", "the total paid in settlement of those claims;", R, fact="301150", ans="£301,150."),
    q("ph.contractor", "who the council's highways term maintenance contractor is;", R, fact="ridgeway", ans="Ridgeway Highways Ltd."),
    q("ph.contract_value", "what the contract is worth each year;", W, ex=["s43(2)"]),
    q("ph.cat1_target", "the timescale within which a Category 1 (urgent) carriageway defect must be made safe.", R, fact="24h",
      ans="Category 1 defects must be made safe within 24 hours."),
])

L("C4", "council", "CR/21/0620", "2021-06-15", "2021-05-17", "Highways maintenance", "table", "docx",
  fname="CR-21-0620.docx", qs=[
    q("ph.intervention_depth", "At what depth does a carriageway defect meet your intervention level?", R, fact="40mm", ans="40mm."),
    q("ph.cat1_target", "How quickly must an urgent (Category 1) road defect be made safe?", R, fact="24h",
      ans="Within 24 hours of being reported or identified."),
    q("ph.inspect", "How often are A roads inspected for defects?", R, fact="monthly", ans="Monthly, by driven inspection."),
    q("ph.contractor", "Who delivers highway repairs for the council?", R, fact="ridgeway", ans="Ridgeway Highways Ltd."),
    q("ph.contract_value", "What is the annual value of the highways term maintenance contract?", W, ex=["s43(2)"],
      ans="Withheld under section 43(2) (commercial interests) – see the note below."),
    q("ph.contract_expiry", "When does the current contract end?", R, fact="2026-03-31",
      ans="31 March 2026, with an option to extend by up to two years."),
])

L("C5", "council", "CR/22/1277", "2022-11-29", "2022-11-01", "Carriageway and footway defects", "decision", "pdf-chromium",
  fname="CR_22_1277.pdf", intro="Your request was set out in two parts, as follows.", parts=[
    part("Carriageways", "These questions concern roads (the carriageway).", [
        q("ph.intervention_depth", "What is your intervention level (minimum depth)?", R, fact="40mm", ans="40mm."),
        q("ph.cat1_target", "What is your target time for making safe a Category 1 defect?", R, fact="24h", ans="24 hours."),
        q("ph.contract_value", "What is the annual value of your highways maintenance contract?", W, ex=["s43(2)"]),
        q("ph.contractor", "Who is the contractor?", R, fact="ridgeway", ans="Ridgeway Highways Ltd."),
    ]),
    part("Footways", "These questions concern pavements (footways).", [
        q("fw.intervention_depth", "What is your intervention level (minimum depth)?", R, fact="20mm", ans="20mm."),
        q("fw.cat1_target", "What is your target time for making safe a Category 1 defect?", R, fact="48h", ans="48 hours."),
        q("fw.claims", "How many trip claims relating to footways were received in 2021/22?", R, fact="212", ans="212."),
    ]),
])

L("C6", "council", "CR/18/1022", "2018-09-04", "2018-08-06", "Libraries", "interleaved", "txt",
  fname="CR-18-1022 libraries.txt", opts={"labels": ("REQUEST {n}", "RESPONSE")}, qs=[
    q("lib.count", "How many static public libraries does the council run?", R, fact="47", ans="47."),
    q("lib.mobile", "How many mobile library vehicles are in service?", R, fact="4", ans="4."),
    q("lib.community", "How many libraries are now run by community groups or volunteers?", R, fact="9",
      ans="9 libraries are community-managed."),
    q("lib.bookfund", "What was the book fund for 2017/18?", R, fact="1210000", ans="£1,210,000."),
])

L("C7", "council", "CR/23/0188", "2023-02-14", "2023-01-16", "Library service", "youasked", "pdf-gs",
  fname="CR-23-0188.pdf", qs=[
    q("lib.closures", "Does the council have any plans to close libraries within the next two years?", R, fact="no",
      ans="No. There are no current proposals to close any library."),
    q("lib.count", "The number of libraries, excluding mobile services, that are currently open.", R, fact="44", ans="44."),
    q("lib.community", "How many libraries are managed by community organisations?", R, fact="12", ans="12."),
    q("lib.mobile", "How many mobile libraries operate?", R, fact="2", ans="2 mobile library vehicles."),
    q("lib.staff_fte", "How many full-time equivalent staff work in the library service?", R, fact="311.4", ans="311.4 FTE."),
])

L("C8", "council", "CR/20/0102", "2020-01-28", "2019-12-30", "SEND transport", "interleaved", "md",
  fname="cr-20-0102-send-transport.md", opts={"labels": ("**{n}.**", "*Response:*")}, qs=[
    q("send.spend", "What was the council's total spend on home-to-school transport for children with special educational needs and disabilities in 2018/19?",
      R, fact="14600000", ans="£14.6m."),
    q("send.pupils", "How many children and young people with an EHC plan were provided with council-funded transport in 2018/19?",
      R, fact="2180", ans="2,180."),
    q("send.operators", "Please name the five operators (taxi or minibus) paid the most for SEND transport.", R,
      fact="a1cabs;kestrel;valleyline;swiftcars;harbourmini",
      ans="A1 Cabs (Wealdbridge) Ltd; Kestrel Travel; Valleyline Coaches; Swift Cars of Ashmere; Harbour Minibuses."),
    q("send.training", "Do passenger assistants receive safeguarding training?", R, fact="yes",
      ans="Yes. All passenger assistants complete safeguarding training before starting and every three years."),
])

L("C9", "council", "CR/24/0269", "2024-03-05", "2024-02-06", "SEND home to school transport", "numbered_after", "html",
  fname="cr-24-0269.html", intro="You requested:", qs=[
    q("send.pupils", "the number of pupils with an EHCP receiving council-arranged travel assistance;", R, fact="3012", ans="3,012 pupils."),
    q("send.spend", "the total cost of SEND home to school transport in 2022/23;", R, fact="27900000", ans="£27.9 million."),
    q("send.operators", "the names of your ten largest transport providers by spend;", W, ex=["s43(2)"]),
    q("send.longest", "the longest single journey time for a child travelling to school.", NH,
      ans="This information is not held. Journey times are planned route by route and the council does not record a longest journey."),
])

L("C10", "council", "CR/21/1390", "2021-12-07", "2021-11-10", "Winter gritting", "interleaved", "pdf-soffice",
  fname="CR-21-1390-gritting.pdf", opts={"labels": ("Question {w}", "Response"), "word_numbers": True}, qs=[
    q("grit.gritters", "How many gritting lorries does the council operate?", R, fact="38", ans="38."),
    q("grit.salt", "How much salt did the council hold in stock on 1 November 2021?", R, fact="24000t", ans="24,000 tonnes."),
    q("grit.routes", "What percentage of the road network is on a priority gritting route?", R, fact="31%", ans="31%."),
])

# drafts - council
L("CD1", "council", "CR/25/0402", "2025-04-08", "2025-03-11", "Potholes and footway defects", "interleaved", "md",
  fname="draft-CR-25-0402.md", draft=True, regime="eir", opts={"labels": ("**Q{n}**", "**A{n}**")}, qs=[
    q("ph.intervention_depth", "What is the minimum depth at which a pothole in the carriageway will be repaired?", R, fact="40mm",
      ans="A carriageway pothole is repaired once it reaches 4cm in depth."),
    q("ph.cat1_target", "What is the target response time for an emergency (Category 1) carriageway defect?", R, fact="24h",
      ans="Twenty-four hours."),
    q("fw.intervention_depth", "What is the minimum depth at which a defect on a footway or pavement will be repaired?", R, fact="25mm",
      ans="25mm."),
    q("ph.contract_value", "What is the highways maintenance contract worth per year?", W, ex=["reg12(5)(e)"]),
    q("ph.contractor", "Who currently holds the highways maintenance contract?", R, fact="ridgeway", ans="Ridgeway Highways Limited."),
    q("ph.contract_expiry", "On what date does that contract expire?", R, fact="2026-03-31",
      ans="31/03/2026. An extension is under consideration."),
])

L("CD2", "council", "CR/25/0871", "2025-07-22", "2025-06-24", "Libraries", "table", "docx",
  fname="draft-CR-25-0871-libraries.docx", draft=True, qs=[
    q("lib.count", "How many library buildings (not counting mobiles) are open to the public?", R, fact="44", ans="Forty-four."),
    q("lib.community", "How many libraries are run by community groups or volunteers?", R, fact="12",
      ans="Twelve libraries are community-managed."),
    q("lib.closures", "Is the council planning to close any libraries before 2027?", W, ex=["s36(2)(c)"],
      ans="The council is consulting on the future shape of the library service. In the opinion of the council's qualified person, disclosure of options under consideration would be likely to prejudice the effective conduct of public affairs, and the information is withheld under section 36(2)(c)."),
    q("lib.mobile", "How many mobile library vans are in service?", R, fact="2", ans="2."),
    q("lib.staff_fte", "Please give the number of full-time equivalent library staff, broken down by library.", PR, ex=["s40(2)"],
      ans="The library service employs 298.6 FTE staff in total. The breakdown by individual library is withheld under section 40(2), because figures for the smaller libraries would identify individual members of staff."),
])

L("CD3", "council", "", "2026-02-10", "2026-02-10", "SEND transport", "bare", "txt",
  fname="incoming-request-send-transport.txt", draft=True, bare=True, qs=[
    q("send.spend", "What did the council spend on SEND home-to-school transport in 2024/25?"),
    q("send.pupils", "How many children with an EHCP received transport arranged by the council in 2024/25?"),
    q("send.ooc", "How many children with an EHCP attend a school outside Wealdshire?"),
    q("send.operators", "Who are the largest transport operators you contract with for SEND transport, by spend?"),
    q("send.longest", "What is the longest journey time any child currently has to school?"),
])

# ---------------------------------------------------------------- Northwold Fire and Rescue Service
L("F1", "fire", "NWFRS/FOI/118", "2018-07-10", "2018-06-12", "Fire appliances", "interleaved", "pdf-soffice",
  fname="NWFRS-FOI-118.pdf", opts={"labels": ("{n})", "Answer:")}, parts=[
    part("Front-line fire engines (pumping appliances)", None, [
        q("fleet.pump.count", "How many are there in your operational fleet?", R, fact="38", ans="38."),
        q("fleet.pump.age", "What is their average age?", R, fact="9y", ans="9 years."),
        q("fleet.pump.maker", "Who built the bodywork?", R, fact="brightwater", ans="Brightwater Emergency Vehicles Ltd."),
    ]),
    part("Aerial appliances (turntable ladders and aerial ladder platforms)", None, [
        q("fleet.aerial.count", "How many are there in your operational fleet?", R, fact="4", ans="4."),
        q("fleet.aerial.age", "What is their average age?", R, fact="12y", ans="12 years."),
    ]),
])

L("F2", "fire", "NWFRS/FOI/402", "2021-05-18", "2021-04-20", "Fleet", "youasked", "txt",
  fname="NWFRS FOI 402.txt", qs=[
    q("fleet.pump.count", "How many pumping appliances are available for front-line use?", R, fact="36", ans="36."),
    q("fleet.aerial.count", "How many aerial ladder platforms or turntable ladders does the service have?", R, fact="4", ans="Four."),
    q("fleet.pump.age", "What is the average age of your pumping appliances?", R, fact="10y", ans="10 years."),
    q("fleet.aerial.age", "What is the average age of your aerial appliances?", R, fact="13y", ans="13 years."),
    q("fleet.replace_budget", "What capital budget is set aside for replacing appliances between 2021 and 2025?", R, fact="6200000",
      ans="£6.2m over the four years."),
    q("fleet.ev", "How many electric vehicles are in the service's support (non-emergency) fleet?", R, fact="11", ans="11."),
])

L("F3", "fire", "NWFRS/FOI/077", "2024-02-27", "2024-01-30", "Appliance fleet", "table", "html",
  fname="nwfrs-foi-077-appliance-fleet.html", parts=[
    part("Pumping appliances", None, [
        q("fleet.pump.count", "How many do you have?", R, fact="35", ans="35."),
        q("fleet.pump.age", "What is the average age of these vehicles?", R, fact="11y", ans="11 years."),
        q("fleet.pump.maker", "Which company manufactured the bodywork?", R, fact="brightwater", ans="Brightwater Emergency Vehicles Ltd."),
        q("fleet.pump.reserve", "How many are held in reserve?", R, fact="6", ans="6."),
    ]),
    part("Aerial appliances", None, [
        q("fleet.aerial.count", "How many do you have?", R, fact="5", ans="5."),
        q("fleet.aerial.age", "What is the average age of these vehicles?", R, fact="8y", ans="8 years."),
    ]),
])

L("F4", "fire", "NWFRS/FOI/291", "2017-10-03", "2017-09-05", "On-call firefighters", "interleaved", "md",
  fname="nwfrs-foi-291.md", opts={"labels": ("**Request {n}**", "**Response**")}, qs=[
    q("oncall.count", "How many on-call (retained duty system) firefighters does the service employ?", R, fact="412", ans="412."),
    q("wt.count", "How many wholetime firefighters does the service employ?", R, fact="388", ans="388."),
    q("oncall.avail", "What was the average availability of on-call appliances in 2016/17?", R, fact="78.4%", ans="78.4%."),
    q("oncall.stations", "How many fire stations are crewed only by on-call firefighters?", R, fact="19", ans="19."),
])

L("F5", "fire", "NWFRS/FOI/517", "2019-12-10", "2019-11-12", "Retained duty system", "numbered_after", "pdf-gs",
  fname="NWFRS-FOI-517.pdf", opts={"answer_order": [3, 1, 4, 2]}, intro="You asked for:", qs=[
    q("oncall.stations", "the number of stations crewed wholly by retained staff;", R, fact="19", ans="19 stations."),
    q("oncall.count", "the number of retained firefighters currently employed;", R, fact="397", ans="397 firefighters."),
    q("oncall.vacancies", "the number of unfilled on-call posts;", R, fact="61", ans="61 posts are currently vacant."),
    q("oncall.avail", "average on-call appliance availability for 2018/19.", R, fact="74.9%", ans="74.9%."),
])

L("F6", "fire", "NWFRS/FOI/341", "2023-06-20", "2023-05-23", "On-call staffing", "interleaved", "txt",
  fname="NWFRS-FOI-341.txt", opts={"labels": ("Q{n}", "A{n}")}, qs=[
    q("oncall.count", "How many on-call firefighters do you currently employ?", R, fact="360", ans="360."),
    q("oncall.vacancies", "How many vacancies for on-call firefighters do you have?", NH,
      ans="We do not hold this information. On-call recruitment is continuous and no vacancy figure is kept."),
    q("oncall.stations", "How many stations rely entirely on on-call crews?", R, fact="18", ans="18."),
    q("oncall.avail", "What was on-call pump availability in 2022/23?", R, fact="71.2%", ans="71.2%."),
    q("oncall.pay", "What hourly rate is paid to on-call firefighters when attending incidents?", R, ex=["s21"],
      ans="On-call firefighters are paid national rates agreed by the National Joint Council. These are published at https://www.njc-fire.example/pay-circulars and the information is therefore exempt under section 21."),
])

L("F7", "fire", "NWFRS/FOI/388", "2020-09-22", "2020-08-25", "Automatic fire alarms", "youasked", "html",
  fname="nwfrs-foi-388-afa.html", qs=[
    q("afa.count", "How many false alarms caused by automatic fire alarm systems did the service attend in 2019/20?", R, fact="3104", ans="3,104."),
    q("afa.policy", "Does the service attend automatic fire alarm activations at non-domestic premises during the day when there is no confirmation of fire?",
      R, fact="no", ans="No. Between 07:00 and 19:00 our control room challenges calls from automatic alarms at non-domestic premises and we do not attend unless a fire is confirmed, except at premises with sleeping risk such as hospitals and care homes."),
    q("afa.charge", "Does the service charge for attending repeated false alarms?", R, fact="no", ans="No."),
])

L("F8", "fire", "NWFRS/FOI/026", "2023-01-17", "2022-12-13", "Unwanted fire signals", "interleaved", "pdf-chromium",
  fname="NWFRS_FOI_026.pdf", opts={"labels": ("Request {n}", "Response")}, qs=[
    q("afa.charge", "Do you recover costs from premises that generate repeated unwanted fire signals?", R, fact="yes",
      ans="Yes. From the fourth unwanted fire signal in a rolling twelve-month period a charge of £296 plus VAT is made."),
    q("afa.count", "How many unwanted fire signals from automatic systems did you attend in 2021/22?", R, fact="2611", ans="2,611."),
    q("afa.cost", "What is the estimated annual cost to the service of attending unwanted fire signals?", NH,
      ans="This information is not held; the Service has not calculated this cost."),
    q("afa.hospital", "How many of those unwanted fire signals came from hospital premises?", R, fact="402", ans="402."),
])

L("F9", "fire", "NWFRS/FOI/133", "2022-04-05", "2022-03-08", "Deliberate fires at schools", "interleaved", "docx",
  fname="NWFRS FOI 133.docx", opts={"labels": ("Question {n}", "Answer")}, qs=[
    q("arson.schools", "How many deliberate fires at school premises did the service attend in 2021?", R, fact="17", ans="17."),
    q("arson.firesetter", "Does the service run an intervention scheme for children who set fires?", R, fact="yes",
      ans="Yes. Our Firesetter Intervention Scheme works with children and young people referred by schools, parents and partners."),
])

# drafts - fire
L("FD1", "fire", "NWFRS/FOI/188", "2025-05-13", "2025-04-15", "Fire appliances", "interleaved", "docx",
  fname="draft-NWFRS-FOI-188.docx", draft=True, opts={"labels": ("{n}.", "Response:")}, parts=[
    part("Fire engines", None, [
        q("fleet.pump.count", "How many front-line fire engines does the Service operate?", R, fact="35", ans="35."),
        q("fleet.pump.age", "What is the average age of those engines?", R, fact="11y", ans="Eleven years."),
        q("fleet.pump.maker", "Which manufacturer built the bodies for them?", W, ex=["s43(2)"],
          ans="The Service is part-way through a procurement for replacement appliances. Naming the current bodybuilder would be likely to prejudice the commercial interests of the Service and of bidders, and the information is withheld under section 43(2)."),
        q("fleet.pump.reserve", "How many additional engines are kept in reserve?", R, fact="6", ans="Six."),
    ]),
    part("Aerial appliances (ALPs and TLs)", None, [
        q("fleet.aerial.count", "How many aerial appliances does the Service operate?", R, fact="5", ans="Five."),
        q("fleet.aerial.age", "What is the average age of those appliances?", R, fact="9y", ans="9 years."),
    ]),
])

L("FD2", "fire", "NWFRS/FOI/061", "2026-03-03", "2026-02-03", "On-call firefighters", "youasked", "pdf-soffice",
  fname="draft-NWFRS-FOI-061.pdf", draft=True, as_of="2021-01-01", qs=[
    q("oncall.count", "The number of firefighters employed on the on-call duty system.", R, fact="360", ans="360."),
    q("oncall.vacancies", "The number of on-call firefighter vacancies.", NH,
      ans="The Service does not hold this information. On-call recruitment runs continuously and we do not maintain a vacancy figure."),
    q("oncall.stations", "How many stations are crewed exclusively by on-call firefighters.", R, fact="19", ans="Nineteen."),
    q("oncall.pay", "The hourly rate paid for attending an incident.", R, ex=["s21"],
      ans="National rates apply; they are published by the National Joint Council at https://www.njc-fire.example/pay-circulars, so section 21 applies."),
    q("oncall.dual", "How many on-call firefighters also hold a wholetime contract with the Service (dual contracts)?", R, fact="42", ans="42."),
])

# ---------------------------------------------------------------- Northmoor Healthcare NHS Foundation Trust
L("N1", "nhs", "FOI2017/204", "2017-08-15", "2017-07-18", "Agency staff", "table", "docx",
  fname="FOI2017-204 Agency staff.docx", qs=[
    q("agency.spend", "Total expenditure on agency staff in 2016/17.", R, fact="9840000", ans="£9.84m."),
    q("agency.top", "The names of the five agencies paid the most.", R, fact="moorland;careline;pennine;medistaff;northstar",
      ans="Moorland Nursing Partners; CareLine Staffing; Pennine Locums; MediStaff Direct; Northstar Healthcare Recruitment."),
    q("agency.highest_rate", "The highest hourly rate paid to an agency nurse.", R, fact="92.50", ans="£92.50."),
    q("agency.bank", "Expenditure on bank staff in 2016/17.", R, fact="6120000", ans="£6,120,000."),
])

L("N2", "nhs", "FOI2019/377", "2019-06-04", "2019-05-07", "Agency workers", "interleaved", "pdf-gs",
  fname="FOI2019-377.pdf", opts={"labels": ("Q{n}.", "Response:")}, qs=[
    q("agency.spend", "What did the trust spend on agency workers in 2018/19?", R, fact="7200000", ans="£7.2 million."),
    q("agency.medical", "How much did the trust spend on agency medical locums in 2018/19?", R, fact="3100000", ans="£3.1m."),
    q("agency.top", "Which agencies did you use, and how much was paid to each?", PR, ex=["s43(2)"],
      ans="The agencies used were Moorland Nursing Partners, CareLine Staffing, Pennine Locums, MediStaff Direct and Northstar Healthcare Recruitment. The amounts paid to individual agencies are withheld under section 43(2) (commercial interests)."),
    q("agency.highest_rate", "What was the highest hourly rate paid for any agency nursing shift?", R, fact="110", ans="£110.00."),
])

L("N3", "nhs", "FOI2021/612", "2021-10-12", "2021-09-14", "Agency spend", "youasked", "txt",
  fname="FOI2021-612.txt", qs=[
    q("agency.top", "A list of the staffing agencies you used in 2020/21 with the amount paid to each.", R,
      fact="moorland;careline;pennine;medistaff;northstar",
      ans="Moorland Nursing Partners £3,410,220; CareLine Staffing £2,870,004; Pennine Locums £2,255,310; MediStaff Direct £1,906,155; Northstar Healthcare Recruitment £1,458,311."),
    q("agency.spend", "Your total agency bill for 2020/21.", R, fact="11900000", ans="£11.9m."),
    q("agency.highest_rate", "The highest hourly rate you paid for an agency nurse.", W, ex=["s43(2)"]),
    q("agency.framework", "Which framework agreement is used to engage agency nursing staff?", R, fact="nsc",
      ans="The Northern Staffing Collaborative framework."),
])

L("N4", "nhs", "FOI2024/288", "2024-05-21", "2024-04-23", "Agency and bank staff", "decision", "pdf-soffice",
  fname="FOI2024-288 response.pdf", intro="You asked for the following information for the financial year 2023/24:", qs=[
    q("agency.spend", "Total agency staff expenditure for 2023/24.", R, fact="14300000", ans="£14.3m."),
    q("agency.bank", "Total bank staff expenditure for 2023/24.", R, fact="9700000", ans="£9.7m."),
    q("agency.top", "Names of agencies supplying staff to the trust in 2023/24, with the amount paid to each.", R,
      fact="moorland;careline;pennine;medistaff;northstar",
      ans="Moorland Nursing Partners £4,920,000; CareLine Staffing £3,305,000; Pennine Locums £2,660,000; MediStaff Direct £2,012,000; Northstar Healthcare Recruitment £1,403,000."),
    q("agency.highest_rate", "The highest hourly rate paid to an agency for a registered nurse.", W, ex=["s43(2)"]),
    q("agency.framework", "The framework(s) you procure agency staff through.", R, fact="nsc",
      ans="Northern Staffing Collaborative framework."),
])

L("N5", "nhs", "FOI2020/095", "2020-02-18", "2020-01-21", "CAMHS waiting times", "interleaved", "md",
  fname="foi2020-095-camhs.md", opts={"labels": ("**Request {n}**", "**Response**")}, qs=[
    q("camhs.referrals", "How many referrals did the Child and Adolescent Mental Health Service receive in 2019?", R, fact="4870", ans="4,870."),
    q("camhs.wait_avg", "What is the average waiting time from referral to first appointment in CAMHS?", R, fact="11w", ans="11 weeks."),
    q("camhs.longest", "What is the longest time a child currently on the CAMHS waiting list has waited?", R, fact="58w", ans="58 weeks."),
    q("camhs.adult", "What is the average wait from referral to first appointment for the adult community mental health teams?", R,
      fact="6w", ans="6 weeks."),
])

L("N6", "nhs", "FOI2023/540", "2023-09-26", "2023-08-29", "CAMHS", "numbered_after", "html",
  fname="foi2023-540.html", intro="You asked us to provide:", qs=[
    q("camhs.wait_avg", "the average time children and young people wait between referral to CAMHS and their first appointment;", R,
      fact="14w", ans="14 weeks."),
    q("camhs.longest", "the longest wait of any young person currently on the CAMHS list;", R, fact="104w", ans="24 months."),
    q("camhs.ed", "the number of young people currently waiting for the community eating disorder service;", R, fact="37", ans="37."),
    q("camhs.referrals", "the number of CAMHS referrals received in 2022.", R, fact="6112", ans="6,112."),
])

L("N7", "nhs", "FOI2018/031", "2018-01-23", "2017-12-27", "Cyber security", "interleaved", "txt",
  fname="FOI2018-031.txt", opts={"labels": ("Question {w}", "Answer"), "word_numbers": True}, qs=[
    q("ncyber.ce", "Does the trust hold Cyber Essentials Plus certification?", R, fact="no", ans="No."),
    q("ncyber.xp", "How many computers in the trust still run Windows XP?", R, fact="14",
      ans="14, all of them isolated from the network and used to run specialist equipment."),
    q("ncyber.ransom_paid", "Has the trust ever paid a ransom following a cyber attack?", R, fact="no", ans="No."),
    q("ncyber.phishing", "How many phishing emails were reported by staff in 2017?", NH,
      ans="This information is not held. Reports are dealt with by the IT service desk and are not categorised as phishing."),
])

L("N8", "nhs", "FOI2022/401", "2022-07-12", "2022-06-14", "Cyber attacks", "youasked", "pdf-chromium",
  fname="FOI2022-401.pdf", qs=[
    q("ncyber.incident", "Has the trust been subject to a successful cyber attack in the last three years?", R, fact="yes",
      ans="Yes. In 2021 a third-party supplier that hosts one of our clinical systems was affected by ransomware. The trust's own network was not compromised."),
    q("ncyber.ransom_paid", "Has the trust paid a ransom?", R, fact="no", ans="No."),
    q("ncyber.win7", "How many devices on the trust network still run Windows 7?", R, fact="38", ans="38."),
    q("ncyber.dspt", "What was the outcome of the trust's most recent Data Security and Protection Toolkit submission?", R,
      fact="standardsmet", ans="Standards Met."),
    q("ncyber.budget", "What is the trust's annual spend on cyber security?", W, ex=["s31(1)(a)"],
      ans="Withheld under section 31(1)(a) (law enforcement). Please see the explanation below."),
])

L("N9", "nhs", "FOI2021/188", "2021-03-30", "2021-03-02", "Out of area placements", "numbered_after", "pdf-soffice",
  fname="FOI2021-188.pdf", intro="You asked:", qs=[
    q("oap.count", "how many adult acute inpatients were placed out of area in 2020;", R, fact="143", ans="143 patients."),
    q("oap.cost", "the cost of out of area placements in 2019/20;", R, fact="4800000", ans="£4.8m."),
    q("oap.longest", "the longest out of area placement in 2020.", R, fact="212d", ans="212 days."),
])

# drafts - NHS
L("ND1", "nhs", "FOI2025/455", "2025-08-19", "2025-07-22", "Agency staff", "interleaved", "docx",
  fname="draft-FOI2025-455.docx", draft=True, opts={"labels": ("Question {n}", "Response")}, qs=[
    q("agency.spend", "How much did the trust spend on agency staff in 2023/24?", R, fact="14300000", ans="£14,300,000."),
    q("agency.top", "Which agencies supplied staff in 2024/25 and how much was each paid?", PR, ex=["s43(2)"],
      ans="The agencies were Moorland Nursing Partners, CareLine Staffing, Pennine Locums, MediStaff Direct and Northstar Healthcare Recruitment. The amount paid to each agency is withheld under section 43(2), as the trust is re-tendering its agency framework call-offs."),
    q("agency.highest_rate", "What is the highest hourly rate the trust has paid for an agency registered nurse?", R, fact="120",
      ans="£120.00 per hour (a bank holiday night shift in 2024)."),
    q("agency.framework", "Through which framework are agency staff procured?", R, fact="nsc",
      ans="The Northern Staffing Collaborative framework."),
    q("agency.medical", "How much was spent on agency medical locums in 2024/25?", NH,
      ans="Not held. Since the ledger restructure in 2022 medical locum spend is not recorded separately from other agency spend."),
])

L("ND2", "nhs", "FOI2025/630", "2025-11-18", "2025-10-21", "CAMHS waiting", "interleaved", "md",
  fname="draft-foi2025-630-camhs.md", draft=True, consistent=True, opts={"labels": ("{n}.", "Answer:")}, qs=[
    q("camhs.longest", "What is the longest wait currently being experienced by a young person on the CAMHS waiting list?", R,
      fact="104w", ans="Two years."),
    q("camhs.wait_avg", "On average, how long do young people wait from referral to their first CAMHS appointment?", R, fact="14w",
      ans="Fourteen weeks."),
    q("camhs.ed", "How many young people are waiting to be seen by the eating disorders team?", R, fact="37", ans="Thirty-seven."),
    q("camhs.referrals", "How many referrals did CAMHS receive in 2022?", R, fact="6112", ans="6112 referrals."),
])

L("ND3", "nhs", "FOI2025/702", "2025-12-02", "2025-11-04", "Cyber security", "interleaved", "pdf-chromium",
  fname="draft-FOI2025-702.pdf", draft=True, opts={"labels": ("Q{n}", "Response")}, qs=[
    q("ncyber.incident", "Within the last three years, has the trust suffered a cyber attack that succeeded?", N, ex=["s31(3)"]),
    q("ncyber.ransom_paid", "Has the trust ever made a ransom payment?", N, ex=["s31(3)"]),
    q("ncyber.xp", "How many of the trust's computers are still running Windows XP?", R, fact="0", ans="None."),
    q("ncyber.dspt", "What was the result of your latest DSPT assessment?", R, fact="standardsmet", ans="Standards met."),
    q("ncyber.budget", "How much does the trust spend annually on cyber security?", W, ex=["s43(2)"]),
])
