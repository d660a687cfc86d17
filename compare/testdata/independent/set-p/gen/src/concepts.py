"""Concept catalogue for set P: what each question asks, its wordings, and how a
released answer is phrased.  'k' is the kind of fact a released answer states."""

CON = {
    # ------------------------------------------------ council: parking enforcement
    "pk.contractor": {"k": "name", "q": [
        "Who is the council's current contractor for on-street parking enforcement?",
        "Please name the company that provides civil parking enforcement on the council's behalf.",
        "Incumbent supplier: which organisation delivers your parking enforcement service (civil enforcement officers on street and in council car parks)?",
        "Is parking enforcement in Harrowfield carried out in-house or outsourced? If it is outsourced, to which company?",
    ], "a": ["The contractor is {f}.", "{f}", "Parking enforcement is outsourced to {f}."]},
    "pk.expiry": {"k": "date", "q": [
        "When does the current parking enforcement contract end?",
        "Contract expiry: please state the date on which the contract expires.",
        "What is the end date of the enforcement contract, not counting any extension options that have not yet been taken up?",
    ], "a": ["The contract expires on {f}.", "{f}", "The current end date is {f}."]},
    "pk.term": {"k": "months", "q": [
        "What is the length of the contract?",
        "Contract duration: please state the term of the contract.",
        "For how long was the contract let?",
    ], "a": ["The contract term is {f}.", "{f}", "It was let for {f}."]},
    "pk.value": {"k": "money", "q": [
        "What is the annual value of the parking enforcement contract?",
        "Annual average spend: please state the average annual spend with the supplier over the last three years.",
        "How much does the council pay its enforcement contractor each year?",
    ], "a": ["The annual contract value is {f}.", "{f} per year on average.", "Average annual spend: {f}."]},
    "pk.ceos": {"k": "count", "q": [
        "How many civil enforcement officers are deployed under the contract?",
        "Number of CEOs: how many civil enforcement officers (full-time equivalent) patrol the borough?",
        "Please give the number of parking wardens working on the contract.",
    ], "a": ["{f} civil enforcement officers.", "{f} FTE.", "There are {f} officers deployed under the contract."]},
    "pk.cctv_cars": {"k": "count", "q": [
        "How many CCTV enforcement cars does the council operate?",
        "Do you use camera cars for parking enforcement? If so, how many vehicles are in use?",
    ], "a": ["The council operates {f} CCTV enforcement vehicles.", "Yes - {f} camera cars are in use."]},
    "pk.pcn_system": {"k": "name", "q": [
        "Which IT system is used to process penalty charge notices?",
        "Back-office software: please name the system used to manage PCNs, representations and appeals.",
        "What software does the council use for processing parking tickets?",
    ], "a": ["{f}", "PCNs are processed on {f}.", "The council uses {f}."]},
    "pk.contact": {"k": "text", "q": [
        "Who within the council is responsible for managing the contract? Please give their name, job title and email address.",
        "Contact details: please state the person within the council responsible for the contract, with their full name, job title and direct contact details.",
    ], "a": ["The contract is managed by {f}.", "{f}"]},
    "pk.ea_debt": {"k": "name", "q": [
        "Which enforcement agents (bailiffs) does the council instruct to recover unpaid penalty charges?",
    ], "a": ["Unpaid penalty charge debts are passed to {f}."]},
    "pk.pd_supplier": {"k": "name", "q": [
        "Which company supplies and maintains the council's pay and display machines?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ council: fly-tipping
    "ft.fpn_amount": {"k": "money", "q": [
        "What is the fixed penalty amount for fly-tipping in the borough?",
        "How much is the fixed penalty notice (FPN) issued for small-scale fly-tipping?",
        "Please state the level at which the council has set its fly-tipping fixed penalty.",
        "What is the current FPN for fly tipping?",
    ], "a": ["The fixed penalty for fly-tipping is {f}.", "{f}", "The council has set the penalty at {f}, the statutory maximum."]},
    "ft.cameras": {"k": "count", "q": [
        "How many mobile or covert CCTV cameras does the council use to tackle fly-tipping?",
        "Does the council deploy cameras at fly-tipping hotspots? If so, how many cameras does it have?",
        "Number of re-deployable cameras used for fly-tipping enforcement.",
    ], "a": ["The council has {f} re-deployable cameras.", "Yes. We currently have {f} cameras.", "{f}"]},
    "ft.camera_locations": {"k": "text", "q": [
        "Please list the locations where these cameras are currently deployed.",
        "Where are the fly-tipping cameras sited at present?",
    ], "a": ["{f}"]},
    "ft.clearance": {"k": "text", "q": [
        "Who clears fly-tipped waste from public land: council staff or a contractor?",
        "Is the removal of fly-tipping from highways carried out in-house or by an external company?",
    ], "a": ["Fly-tipping is cleared by {f}.", "{f}"]},
    "ft.officers": {"k": "count", "q": [
        "How many enforcement officers does the council employ to deal with fly-tipping?",
        "Number of environmental enforcement staff (FTE) working on fly-tipping.",
        "How many officers investigate fly-tipping offences?",
    ], "a": ["{f} enforcement officers.", "{f} FTE.", "We employ {f} officers in the team."]},
    "ft.seize_power": {"k": "yesno", "q": [
        "Has the council used its powers to seize vehicles suspected of being used for fly-tipping?",
        "Has Harrowfield ever seized a vehicle in connection with fly-tipping?",
    ], "a": {"yes": ["Yes, the council has used these powers.", "Yes."], "no": ["No.", "No, these powers have not been used."]}},
    "ft.private": {"k": "yesno", "q": [
        "Does the council employ a private company to issue environmental fixed penalty notices?",
        "Is any private contractor used to carry out litter or fly-tipping enforcement on the council's behalf?",
    ], "a": {"yes": ["Yes."], "no": ["No. All enforcement is carried out by council officers.", "No."]}},
    "lit.fpn_amount": {"k": "money", "q": [
        "What is the fixed penalty amount for dropping litter?",
    ], "a": ["The fixed penalty for littering is {f}."]},
    "dt.fpn_amount": {"k": "money", "q": [
        "What fixed penalty does the council issue to a householder who breaches the household waste duty of care (for example by handing waste to an unlicensed carrier)?",
    ], "a": ["The household duty of care fixed penalty is {f}."]},
    "ft.asbestos": {"k": "count", "q": [
        "How many fly-tipping incidents involving asbestos did the council clear in 2024/25?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ council: waste collection contract
    "wc.contractor": {"k": "name", "q": [
        "Who provides the council's household waste and recycling collection service?",
        "Name of the waste collection contractor.",
        "Is refuse collection delivered in-house or by a contractor? Please name the contractor.",
    ], "a": ["The service is provided by {f}.", "{f}", "It is delivered by a contractor, {f}."]},
    "wc.value": {"k": "money", "q": [
        "What is the annual value of the waste collection contract?",
        "Contract value per annum.",
        "How much does the council pay the contractor each year for collections?",
    ], "a": ["{f}"]},
    "wc.expiry": {"k": "date", "q": [
        "When does the contract expire?",
        "Contract end date.",
        "On what date is the collection contract due to end?",
    ], "a": ["The contract expires on {f}.", "{f}", "It is due to end on {f}."]},
    "wc.term": {"k": "months", "q": [
        "What is the duration of the contract?",
        "How long was the contract let for?",
        "Length of contract.",
    ], "a": ["{f}", "The contract was let for {f}."]},
    "wc.vehicles": {"k": "count", "q": [
        "How many refuse collection vehicles are used on the contract?",
        "Number of RCVs operated under the contract.",
        "How many collection vehicles does the contractor run in the borough?",
    ], "a": ["{f} refuse collection vehicles.", "{f}", "The contractor operates {f} vehicles in the borough."]},
    "wc.penalties": {"k": "money", "q": [
        "How much has the council deducted from the contractor in performance penalties over the last year?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ council: libraries
    "lib.branches": {"k": "count", "q": ["How many public libraries does the council run?"], "a": ["The council runs {f} libraries."]},
    "lib.community": {"k": "count", "q": ["How many libraries are run by volunteers or community groups?"], "a": ["{f}"]},
    "lib.lms": {"k": "name", "q": ["Which library management system does the service use?"], "a": ["{f}"]},
    "lib.hours": {"k": "count", "q": ["What is the total number of opening hours per week across all libraries?"], "a": ["{f} hours per week."]},

    # ------------------------------------------------ police: body-worn video and DEMS
    "bwv.supplier": {"k": "name", "q": [
        "Who supplies the force's body-worn video cameras?",
        "Body-worn video - incumbent supplier.",
        "Name of the company that provides your body worn cameras.",
    ], "a": ["{f}", "The supplier is {f}."]},
    "bwv.devices": {"k": "count", "q": [
        "Number of devices: how many body-worn cameras are currently issued?",
        "How many BWV units does the force have in service?",
        "Body-worn video - number of cameras in use.",
    ], "a": ["{f}", "{f} cameras are currently in service."]},
    "bwv.expiry": {"k": "date", "q": [
        "When does the body-worn video contract expire?",
        "Body-worn video - contract end date.",
    ], "a": ["{f}", "The contract ends on {f}."]},
    "bwv.value": {"k": "money", "q": [
        "How much does the force spend each year on the body-worn video contract?",
        "Body-worn video - average annual spend over the last three years.",
    ], "a": ["{f}", "Average annual spend is {f}."]},
    "bwv.contact": {"k": "text", "q": [
        "Body-worn video - who is the contract manager (name, job title, email)?",
    ], "a": ["{f}"]},
    "dems.supplier": {"k": "name", "q": [
        "Who provides the force's digital evidence management system (DEMS)?",
        "Digital evidence management - incumbent supplier.",
    ], "a": ["{f}", "The DEMS is provided by {f}."]},
    "dems.expiry": {"k": "date", "q": [
        "When does the DEMS contract expire?",
        "Digital evidence management - contract end date.",
    ], "a": ["{f}", "The contract ends on {f}."]},
    "dems.value": {"k": "money", "q": [
        "How much does the force spend each year on the DEMS?",
        "Digital evidence management - average annual spend over the last three years.",
    ], "a": ["{f}", "Average annual spend is {f}."]},
    "dems.contact": {"k": "text", "q": [
        "Digital evidence management - who is the contract manager (name, job title, email)?",
    ], "a": ["{f}"]},
    "dems.hosting": {"k": "text", "q": [
        "Is the DEMS hosted on premises or in the cloud?",
        "Hosting: is the system hosted on the force's own servers or in the cloud?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ police: drones
    "dr.count": {"k": "count", "q": [
        "How many drones (unmanned aerial vehicles) does the force own?",
        "Please state the number of UAVs currently in the force's fleet.",
        "How many drones does Wyvern Vale Police currently operate?",
        "Total number of drone aircraft held by the force.",
    ], "a": ["The force owns {f} drones.", "{f}", "We currently operate {f} drones."]},
    "dr.models": {"k": "text", "q": [
        "What make and model are they?",
        "Please list the manufacturer and model of each drone.",
        "Which types of drone does the force use?",
    ], "a": ["{f}"]},
    "dr.pilots": {"k": "count", "q": [
        "How many officers are trained and qualified to fly the drones?",
        "Number of qualified remote pilots.",
        "How many staff hold the qualification needed to pilot the force's drones?",
    ], "a": ["{f}", "{f} qualified pilots.", "There are {f} trained pilots."]},
    "dr.spend": {"k": "money", "q": [
        "How much has the force spent on drones in total, including equipment and training?",
        "What is the total expenditure on the drone programme since it began?",
    ], "a": ["{f}", "Total spend to date is {f}."]},
    "dr.deployments": {"k": "count", "q": [
        "How many times were drones deployed during 2020?",
    ], "a": ["Drones were deployed {f} times in 2020."]},
    "lfr.use": {"k": "yesno", "q": [
        "Does the force use live facial recognition technology?",
        "Has Wyvern Vale Police deployed live facial recognition (LFR) cameras in public places?",
        "Do you currently use live facial recognition?",
    ], "a": {"no": ["No. Wyvern Vale Police does not use live facial recognition.", "No.", "The force does not deploy live facial recognition."], "yes": ["Yes."]}},
    "lfr.retro": {"k": "yesno", "q": [
        "Does the force use retrospective facial recognition, for example searching custody images on the Police National Database?",
    ], "a": {"yes": ["Yes. Officers can carry out retrospective searches of custody images through the Police National Database facial search facility."], "no": ["No."]}},
    "imsi.use": {"k": "yesno", "q": [
        "Does the force own or use IMSI catchers (equipment that captures mobile phone identifiers)?",
    ], "a": {"yes": ["Yes."], "no": ["No."]}},
    "imsi.spend": {"k": "money", "q": [
        "How much has the force spent on such equipment in the last five years?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ police: cyber
    "cy.ransomware": {"k": "yesno", "q": [
        "Has the force been the victim of a ransomware attack in the last three years?",
        "In the past 3 years, has Wyvern Vale Police experienced a ransomware incident?",
        "Have any of the force's systems been hit by ransomware over the last three years?",
    ], "a": {"no": ["No.", "The force has not been subject to a ransomware attack in that period.", "No ransomware incident has affected the force's systems in the last three years."], "yes": ["Yes."]}},
    "cy.team": {"k": "count", "q": [
        "How many staff work in the force's cyber / information security team?",
        "Number of FTE dedicated to IT security.",
        "What is the headcount of your information security function?",
    ], "a": ["{f}", "{f} FTE.", "The information security team has {f} members of staff."]},
    "cy.edr": {"k": "name", "q": [
        "Which antivirus or endpoint protection product does the force use?",
        "Name of the endpoint detection and response (EDR) solution in use.",
    ], "a": ["{f}"]},
    "cy.training": {"k": "yesno", "q": [
        "Is cyber security awareness training mandatory for all staff?",
        "Do all officers and staff have to complete cyber security training?",
    ], "a": {"yes": ["Yes.", "Yes - it is part of the mandatory annual training package."], "no": ["No."]}},
    "cy.ico": {"k": "count", "q": [
        "How many personal data breaches did the force report to the Information Commissioner's Office in 2020?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ NHS: EPR
    "epr.supplier": {"k": "name", "q": [
        "Who is the supplier of the trust's electronic patient record (EPR)?",
        "EPR system: please name the vendor.",
        "Name of your clinical records system provider.",
    ], "a": ["{f}", "The EPR is supplied by {f}."]},
    "epr.expiry": {"k": "date", "q": [
        "When does the EPR contract expire?",
        "Contract end date (including any extension that has already been agreed).",
        "What is the expiry date of the current electronic patient record contract?",
    ], "a": ["{f}", "The contract expires on {f}."]},
    "epr.term": {"k": "months", "q": [
        "What was the original length of the contract?",
        "Contract duration.",
    ], "a": ["{f}", "The contract was awarded for {f}."]},
    "epr.value": {"k": "money", "q": [
        "What is the total value of the EPR contract?",
        "How much has the trust committed to spend on the EPR over the life of the contract?",
    ], "a": ["{f}"]},
    "epr.modules": {"k": "text", "q": [
        "Which modules are in use (for example e-prescribing, outpatients, bed management)?",
        "Please list the EPR modules the trust has deployed.",
    ], "a": ["{f}"]},
    "epr.contact": {"k": "text", "q": [
        "Who is the senior responsible owner for the EPR (job title only)?",
        "Which senior officer is accountable for the EPR contract?",
    ], "a": ["{f}", "The senior responsible owner is the {f}."]},
    "erost.supplier": {"k": "name", "q": [
        "Who supplies the trust's e-rostering system?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ NHS: agency staffing
    "ag.top_agency": {"k": "name", "q": [
        "Which agency supplied the largest number of nursing shifts to the trust?",
        "Please name your highest-volume nursing agency.",
        "Which nursing agency did the trust use most in the last year?",
    ], "a": ["{f}", "The highest-volume agency was {f}."]},
    "ag.framework": {"k": "name", "q": [
        "Which framework agreement does the trust use when procuring agency staff?",
        "Do you buy agency staff through a national or regional framework? If so, which one?",
    ], "a": ["{f}", "Yes - the trust uses the {f}."]},
    "ag.vms": {"k": "name", "q": [
        "Does the trust use a vendor management system for agency bookings? If so, please name it.",
        "Which neutral vendor or VMS provider do you use?",
    ], "a": ["{f}", "Yes - {f}."]},
    "ag.vms_term": {"k": "months", "q": [
        "What is the duration of the VMS contract?",
        "How long is the contract with the vendor management provider?",
    ], "a": ["{f}", "The contract runs for {f}."]},
    "ag.vms_expiry": {"k": "date", "q": [
        "When does the VMS contract end?",
        "Expiry date of the vendor management contract.",
    ], "a": ["{f}", "It ends on {f}."]},
    "ag.locum_2324": {"k": "money", "q": [
        "What was the trust's total spend on agency medical locums in 2023/24?",
        "Agency medical locum expenditure for the financial year 2023-24.",
    ], "a": ["{f}", "Total agency locum spend in 2023/24 was {f}."]},
    "bank.doctor_2324": {"k": "money", "q": [
        "What was the trust's total spend on bank (internal staff bank) shifts worked by doctors in 2023/24?",
    ], "a": ["{f}"]},
    "ag.cap": {"k": "yesno", "q": [
        "Does the trust report agency shifts paid above the price cap to NHS England?",
        "Are breaches of the agency price cap reported to NHS England (formerly NHS Improvement)?",
    ], "a": {"yes": ["Yes.", "Yes, these are reported weekly."], "no": ["No."]}},

    # ------------------------------------------------ NHS: cyber
    "ncy.attack": {"k": "yesno", "q": [
        "Has the trust suffered a ransomware attack in the past three years?",
        "Have any of the trust's systems been encrypted or disabled by ransomware in the last 36 months?",
        "In the last three years, has the organisation been subject to a successful ransomware attack?",
    ], "a": {"no": ["No.", "The trust has not suffered a ransomware attack in that period."], "yes": ["Yes."]}},
    "ncy.paid": {"k": "yesno", "q": [
        "Has the trust ever paid a ransom to cyber criminals?",
        "Has a ransom ever been paid by the trust?",
    ], "a": {"no": ["No.", "No ransom has ever been paid."], "yes": ["Yes."]}},
    "ncy.team": {"k": "count", "q": [
        "How many staff (FTE) work in the trust's cyber security team?",
        "Number of dedicated cyber security personnel employed by the trust.",
    ], "a": ["{f}", "{f} FTE."]},
    "ncy.budget": {"k": "money", "q": [
        "What is the trust's annual budget for cyber security?",
        "How much does the trust budget each year for cyber security?",
    ], "a": ["{f}"]},
    "ncy.edr": {"k": "name", "q": [
        "Which endpoint protection or EDR product is deployed on trust devices?",
        "Name of the anti-malware / endpoint detection product used.",
    ], "a": ["{f}"]},
    "ncy.dspt": {"k": "text", "q": [
        "What was the trust's Data Security and Protection Toolkit (DSPT) outcome for 2023-24?",
        "DSPT assessment result, 2023/24 submission.",
    ], "a": ["{f}", "The trust's 2023-24 DSPT status was '{f}'."]},

    # ------------------------------------------------ NHS: unrelated (staff parking)
    "sp.charge": {"k": "money", "q": ["How much does the trust charge staff for an annual parking permit?"], "a": ["{f}"]},
    "sp.income": {"k": "money", "q": ["What income did staff parking generate in 2022/23?"], "a": ["{f}"]},
    "sp.operator": {"k": "name", "q": ["Which company operates the car parks at the trust's sites?"], "a": ["{f}"]},

    # ------------------------------------------------ fire: mobilising and station end
    "mob.supplier": {"k": "name", "q": [
        "Mobilising system - incumbent supplier.",
        "Who supplies the control room's command and mobilising system?",
    ], "a": ["{f}", "The mobilising system is supplied by {f}."]},
    "mob.expiry": {"k": "date", "q": [
        "Mobilising system - contract expiry date.",
        "When does the mobilising system contract end?",
    ], "a": ["{f}", "It ends on {f}."]},
    "mob.term": {"k": "months", "q": [
        "Mobilising system - contract duration.",
        "What is the length of the mobilising system contract?",
    ], "a": ["{f}", "The contract was let for {f}."]},
    "mob.value": {"k": "money", "q": [
        "Mobilising system - total contract value.",
        "What is the total value of the mobilising system contract?",
    ], "a": ["{f}"]},
    "mob.contact": {"k": "text", "q": [
        "Mobilising system - which post is responsible for the contract?",
        "Who is the lead officer for the mobilising system contract (job title)?",
    ], "a": ["{f}", "The {f}."]},
    "mob.shared": {"k": "text", "q": [
        "Is the mobilising system shared with any other fire and rescue service?",
        "Do you operate the control system jointly with another service?",
    ], "a": ["{f}"]},
    "se.supplier": {"k": "name", "q": [
        "Station end equipment - incumbent supplier.",
        "Who supplies the station end alerting equipment?",
    ], "a": ["{f}"]},
    "se.expiry": {"k": "date", "q": [
        "Station end equipment - contract expiry date.",
        "When does the station end alerting contract end?",
    ], "a": ["{f}", "It ends on {f}."]},
    "se.value": {"k": "money", "q": [
        "Station end equipment - total contract value.",
    ], "a": ["{f}"]},

    # ------------------------------------------------ fire: fleet
    "fl.appliances": {"k": "count", "q": [
        "How many frontline fire engines (pumping appliances) does the service have?",
        "Number of pumping appliances in the operational fleet.",
        "Total fire engines currently available for frontline response.",
    ], "a": ["{f}", "The service has {f} frontline pumping appliances.", "{f} pumping appliances."]},
    "fl.aerial": {"k": "count", "q": [
        "How many aerial appliances (turntable ladders or aerial ladder platforms) does the service operate?",
        "Number of aerial ladder platforms.",
    ], "a": ["{f}", "{f} aerial ladder platforms."]},
    "fl.builder": {"k": "name", "q": [
        "Which company built the bodywork for your most recent fire engines?",
        "Who is your current appliance body builder?",
    ], "a": ["{f}", "Our most recent appliances were built by {f}."]},
    "fl.ev": {"k": "count", "q": [
        "How many electric or hybrid vehicles are in the service's fleet?",
        "Number of electric / plug-in hybrid vehicles owned by the service.",
    ], "a": ["{f}", "{f} electric or hybrid vehicles."]},
    "fl.oldest": {"k": "text", "q": [
        "In what year was the oldest frontline appliance first registered?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ fire: drones
    "fdr.count": {"k": "count", "q": [
        "Does the service own any drones? If so, how many?",
        "How many unmanned aircraft (drones) does the service operate?",
        "Number of drones.",
    ], "a": ["Yes, {f}.", "{f}", "The service operates {f} drones."]},
    "fdr.models": {"k": "text", "q": [
        "What make and model are they?",
        "Please give the make and model of each drone.",
    ], "a": ["{f}"]},
    "fdr.pilots": {"k": "count", "q": [
        "How many staff are qualified drone pilots?",
        "Number of trained remote pilots.",
    ], "a": ["{f}", "{f} qualified pilots."]},
    "fdr.uses": {"k": "text", "q": [
        "What types of incident are the drones used at?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ fire: automatic fire alarms
    "afa.policy": {"k": "yesno", "q": [
        "Do you attend automatic fire alarm calls at non-residential premises during the day without confirmation of a fire?",
    ], "a": {"yes": ["Yes."], "no": ["No. Since 2016 we have not attended unconfirmed AFA calls at non-residential premises between 08:00 and 18:00."]}},
    "afa.charge": {"k": "money", "q": [
        "Do you charge for attending repeated false alarms? If so, how much?",
    ], "a": ["Yes - {f} per attendance after the third false alarm in 12 months."]},
    "afa.count": {"k": "count", "q": [
        "How many false alarms caused by automatic fire alarm systems did the service attend in 2017/18?",
    ], "a": ["{f}"]},

    # ------------------------------------------------ fire: unrelated (sickness)
    "sick.days": {"k": "count", "q": ["How many working days were lost to sickness among wholetime firefighters in 2023/24?"], "a": ["{f}"]},
    "sick.mental": {"k": "count", "q": ["How many of those days were recorded as mental-health related?"], "a": ["{f}"]},
    "sick.policy": {"k": "text", "q": ["Does the service offer trauma risk management (TRiM) support?"], "a": ["{f}"]},
}
