# Concept catalogue: for every concept, the fact type, several wordings of the
# question (strongly reworded across variants) and answer templates.
C = {}
def c(cid, typ, qs, ans):
    C[cid] = {"type": typ, "q": qs, "ans": ans}

# ---------------- Council: parking enforcement ----------------
c("pk.pcn_count", "int", [
  "How many Penalty Charge Notices (PCNs) did the Council issue in the last financial year?",
  "Please state the total number of parking tickets handed out by your civil enforcement officers during the most recent year for which figures exist.",
  "Tickets served (on-street and car parks combined) in the latest complete year.",
], ["{v} PCNs were issued.", "The Council issued {v} penalty charge notices in that year.", "{v}"])
c("pk.income", "money", [
  "What income did the Council receive from parking fines over the same period?",
  "How much money came in from penalty charge payments last year?",
], ["Income from PCNs was {v}.", "{v} was received."])
c("pk.contractor", "name", [
  "Which company carries out parking enforcement on the Council's behalf?",
  "Name of the contractor that provides your civil enforcement officers.",
  "Is on-street enforcement outsourced? If so, to whom?",
], ["Enforcement is carried out by {v}.", "{v}", "The service is delivered under contract by {v}."])
c("pk.contract_value", "money", [
  "What is the total value of the parking enforcement contract?",
  "Please tell me how much the enforcement contract is worth over its whole term.",
  "Whole-life cost of the enforcement arrangement with that firm.",
], ["The total contract value is {v}.", "{v} over the life of the contract.", "{v}"])
c("pk.contract_expiry", "date", [
  "When does the current parking enforcement contract expire?",
  "On what date is the enforcement contract due to end?",
  "End date of the present agreement with the enforcement provider.",
], ["The contract expires on {v}.", "{v}", "It is due to end on {v}."])
c("pk.contract_length", "months", [
  "How long is the parking enforcement contract (its duration in years or months)?",
  "For how many years was the enforcement deal let, leaving aside any extension options?",
  "Term of the enforcement agreement, in months or years.",
], ["The contract runs for {v}.", "{v}", "It was let for a term of {v}."])
c("pk.software_supplier", "name", [
  "Which software system does the Council use to process PCNs and appeals, and who supplies it?",
  "Who provides the back-office application for managing penalty charge notices?",
  "Name the vendor of your parking notice processing software.",
], ["The notice processing system is supplied by {v}.", "{v}", "Our back-office system is provided by {v}."])
c("pk.handheld_supplier", "name", [
  "Who supplies the handheld computers that your enforcement officers carry?",
  "Which company provides the devices (handheld terminals and printers) used on street by CEOs?",
  "Name the vendor of the enforcement officers' handheld hardware.",
], ["The handheld units are supplied by {v}.", "{v}", "Handheld terminals and printers come from {v}."])
c("pk.contactless", "int", [
  "How many of the Council's pay-and-display machines accept contactless card payment?",
], ["{v}"])

# ---------------- Council: fly-tipping / waste ----------------
c("ft.incidents", "int", [
  "How many incidents of fly-tipping were reported to the Council last year?",
  "Please provide the number of illegal dumping cases your authority logged in 2019/20.",
  "Total fly-tips recorded in your most recent WasteDataFlow return.",
], ["{v} incidents were recorded.", "{v}", "The Council logged {v} fly-tipping incidents."])
c("ft.prosecutions", "int", [
  "How many people has the Council prosecuted for fly-tipping in the last year?",
  "Number of successful court cases brought against those who dumped rubbish illegally.",
  "How many fly-tipping offenders were taken to the magistrates' court?",
], ["{v} prosecutions were brought.", "{v}", "The Council took {v} offenders to court."])
c("ft.fpn_count", "int", [
  "How many fixed penalty notices for fly-tipping were issued?",
  "Number of on-the-spot fines given out for illegally dumped waste.",
  "Please state how many FPNs were served under section 33ZA of the Environmental Protection Act 1990.",
], ["{v} fixed penalty notices were issued.", "{v}", "Officers served {v} notices."])
c("ft.fpn_amount", "money", [
  "What is the level of the fixed penalty for fly-tipping set by the Council?",
  "How much is the on-the-spot fine for illegally dumped waste?",
  "What amount does a person pay if issued with a fly-tipping FPN (before any early payment discount)?",
], ["The fixed penalty is {v}.", "{v}", "The penalty is set at {v}."])
c("ft.cctv_use", "yesno", [
  "Does the Council use CCTV or covert cameras to catch fly-tippers?",
  "Are cameras deployed at dumping hotspots (yes or no)?",
], ["{v}, the Council uses deployable cameras at hotspot locations.", "{v}."])
c("ft.clearance_cost", "money", [
  "How much did the Council spend clearing fly-tipped waste?",
  "What did it cost the authority to remove illegally dumped rubbish last year?",
], ["Clearance cost {v}.", "{v}"])
c("waste.contractor", "name", [
  "Who is the Council's contractor for household waste collection?",
  "Which company empties residents' bins under contract to the Council?",
], ["Household waste is collected by {v}.", "{v}"])
c("waste.value", "money", [
  "What is the annual value of the waste collection contract?",
  "How much does the Council pay each year for the kerbside collection service?",
], ["The annual value is {v}.", "{v}"])
c("waste.expiry", "date", [
  "When does the waste collection contract end?",
  "Expiry date of the refuse collection agreement.",
], ["The contract ends on {v}.", "{v}"])

# ---------------- Council: social workers ----------------
c("sw.agency_count", "int", [
  "How many agency (locum) social workers does the Council currently engage?",
  "Number of social workers supplied through employment agencies, as at the latest date available.",
  "How many of your children's and adults' social work posts are covered by locums from agencies?",
], ["{v} agency social workers.", "{v}", "At the snapshot date {v} posts were covered by agency locums."])
c("sw.perm_count", "int", [
  "How many permanent social workers does the Council employ?",
  "Number of social workers on the Council's own payroll (permanent contracts), as at the latest date available.",
  "How many social work posts are held by directly employed staff?",
], ["{v} permanent social workers.", "{v}", "{v} posts are held by directly employed social workers."])
c("sw.agency_spend", "money", [
  "How much did the Council spend on agency social workers last year?",
  "Total expenditure on locum social work staff in the last financial year.",
  "What did temporary social work cover bought in from agencies cost the authority in 2024/25?",
], ["Spend was {v}.", "{v}", "The cost was {v}."])
c("sw.agencies_list", "text", [
  "Please list the agencies that supplied locum social workers and the amount paid to each.",
  "Which employment businesses provided agency social workers, and how much did the Council pay each of them?",
], ["{v}"])
c("sw.rate", "money", [
  "What is the highest hourly rate the Council pays for a locum social worker?",
  "Top hourly charge rate paid for any agency social worker.",
  "Most expensive hourly rate for agency social work cover.",
], ["The highest hourly rate is {v}.", "{v} per hour."])

# ---------------- Council: potholes, libraries ----------------
c("ph.reported", "int", [
  "How many potholes were reported to the Council in 2022?",
  "Number of carriageway defects notified by members of the public last year.",
], ["{v} potholes were reported.", "{v}"])
c("ph.claims_count", "int", [
  "How many compensation claims for pothole damage did the Council receive?",
  "Number of claims from motorists for vehicle damage caused by road defects.",
], ["{v} claims were received.", "{v}"])
c("ph.claims_paid", "money", [
  "How much did the Council pay out in pothole compensation?",
  "Total amount paid to claimants for damage caused by road defects.",
], ["{v} was paid out.", "{v}"])
c("lib.count", "int", ["How many public libraries does the Council run?"], ["{v}"])
c("lib.visits", "int", ["How many visits did the libraries receive last year?"], ["{v} visits."])
c("lib.closures", "int", ["How many libraries have closed since 2015?"], ["{v}."])

# ---------------- Police ----------------
c("bwv.supplier", "name", [
  "Who supplies the force's body-worn video cameras?",
  "Body worn camera manufacturer / provider?",
  "Please name the company from which you buy the personal recording devices that officers wear on their uniform.",
], ["The cameras are supplied by {v}.", "{v}", "{v}."])
c("bwv.devices", "int", [
  "How many body-worn cameras does the force have?",
  "Number of BWV units currently issued to officers and staff.",
  "How many of those cameras are currently in service?",
], ["The force has {v} cameras.", "{v}", "{v} units."])
c("bwv.value", "money", [
  "What is the value of the body-worn video contract?",
  "How much has the force committed to spend under the BWV agreement?",
  "Contract value: please state the total contract value.",
], ["The contract value is {v}.", "{v}"])
c("bwv.expiry", "date", [
  "When does the body-worn video contract expire?",
  "Contract expiry: please state the date on which the contract expires.",
  "Expiry date of the BWV contract.",
], ["The contract expires on {v}.", "{v}"])
c("bwv.dems_supplier", "name", [
  "Which software do you use to store and manage body-worn video footage, and who supplies it?",
  "Who provides the digital evidence management system into which camera footage is uploaded?",
], ["Footage is managed in a system supplied by {v}.", "{v}"])
c("drone.count", "int", [
  "How many drones (unmanned aerial vehicles) does the force own?",
  "Number of UAVs operated by the force.",
  "What is the size of your drone fleet?",
], ["The force owns {v} drones.", "{v}", "{v} aircraft."])
c("drone.manufacturer", "name", [
  "Who manufactures the drones?",
  "Make of the unmanned aircraft used.",
  "Please name the maker of the aircraft your drone unit flies.",
], ["The drones are manufactured by {v}.", "{v}"])
c("drone.spend", "money", [
  "How much has the force spent on drones?",
  "Total expenditure on the drone programme since it began.",
], ["{v}", "Total spend is {v}."])
c("drone.expiry", "date", [
  "When does the drone maintenance contract expire?",
  "Contract expiry: please state the date on which the contract expires.",
], ["The contract expires on {v}.", "{v}"])
c("cc.supplier", "name", [
  "Incumbent Supplier: for each contact centre contract please provide the supplier.",
  "Who provides the force's contact centre (call handling) system?",
  "Name of the company behind the software your control room staff use to handle non-emergency calls.",
  "Incumbent supplier: please provide the name of the supplier of the contract.",
], ["The supplier is {v}.", "{v}"])
c("cc.spend", "money", [
  "Annual Average Spend: please state the average annual spend on the contact centre contract over the last three years.",
], ["Average annual spend is {v}.", "{v}"])
c("cc.expiry", "date", [
  "When does the contact centre contract expire?",
  "Contract expiry: please state the date on which the contract expires.",
], ["The contract expires on {v}.", "{v}"])
c("cc.agents", "int", [
  "Number of Agents: please provide the total number of contact centre agents.",
  "How many call handlers work in the contact centre?",
], ["{v}"])
c("net.supplier", "name", [
  "Who supplies your inbound telephony service (routing of 101 and 0300 numbers)?",
  "Incumbent supplier: please provide the name of the supplier of the contract.",
], ["The inbound network supplier is {v}.", "{v}"])
c("net.expiry", "date", [
  "When does the inbound network services contract end?",
  "Contract expiry: please state the date on which the contract expires.",
], ["The contract ends on {v}.", "{v}"])
c("cyb.ransomware", "int", [
  "How many ransomware attacks has the force suffered in the last three years?",
  "Has the force's network been encrypted by criminals demanding payment? If so, how many times?",
  "Number of successful ransomware incidents affecting force systems since 2020.",
], ["{v}", "The number of such incidents is {v}."])
c("cyb.paid_ransom", "yesno", [
  "Has the force ever paid a ransom to regain access to its systems?",
  "Did you make any payment to cyber criminals following an attack?",
], ["{v}. The force has never made such a payment.", "{v}."])
c("cyb.training_spend", "money", [
  "How much did the force spend on cyber security training for staff last year?",
  "Expenditure on cyber awareness courses for officers and staff.",
], ["{v}"])
c("ao.count", "int", [
  "How many authorised firearms officers does the force have?",
  "Number of AFOs currently in post.",
], ["{v}"])
c("fleet.vehicles", "int", [
  "How many vehicles are in the force fleet?",
  "Total number of police vehicles, marked and unmarked.",
], ["The fleet comprises {v} vehicles.", "{v}"])
c("fleet.ev", "int", [
  "How many fully electric vehicles does the force operate?",
  "Number of battery electric cars and vans in the fleet.",
], ["{v} vehicles are fully electric.", "{v}"])
c("fleet.lease_supplier", "name", [
  "Who leases vehicles to the force?",
], ["{v}"])
c("dog.count", "int", ["How many police dogs does the force have?"], ["{v}"])
c("dog.breeds", "text", ["What breeds are they?"], ["{v}"])
c("dog.cost", "money", ["What did veterinary care for the dogs cost in each of the last five years?"], ["{v}"])

# ---------------- University ----------------
c("ag.count", "int", [
  "How many overseas recruitment agents does the University use?",
  "Number of international student recruitment agencies with which the University has a current contract.",
  "With how many third-party agents do you partner to recruit students from abroad?",
], ["The University works with {v} agents.", "{v}", "{v} agencies."])
c("ag.commission", "money", [
  "How much commission did the University pay to recruitment agents last year?",
  "Total fees paid to international agents for students enrolled in 2022/23.",
  "What was your total agent spend (commission payments) in the last academic year?",
], ["Commission paid was {v}.", "{v}", "The total was {v}."])
c("ag.commission_rate", "pct", [
  "What percentage commission does the University pay agents per student?",
  "What is the standard commission rate payable to agents, as a share of first-year tuition fees?",
], ["The standard rate is {v} of first-year tuition fees.", "{v}"])
c("ag.top_agent", "text", [
  "Which agents received the most commission? Please name the top five.",
  "Please list the five highest-earning recruitment agencies.",
], ["{v}"])
c("ict.srs_supplier", "name", [
  "Who supplies the University's student records system?",
  "Which student information system do you use for enrolment and assessment records, and from which vendor?",
  "Name of the vendor of the SRS.",
], ["The student records system is supplied by {v}.", "{v}"])
c("ict.vle_supplier", "name", [
  "Who supplies the University's virtual learning environment?",
  "Which online learning platform do students use for course materials, and who provides it?",
], ["The VLE is provided by {v}.", "{v}"])
c("ict.srs_value", "money", [
  "What is the total value of the student records system contract?",
  "How much is the University paying for its student information system over the life of the agreement?",
], ["The total contract value is {v}.", "{v}"])
c("ict.srs_expiry", "date", [
  "When does the student records system contract expire?",
  "Renewal date of the SRS agreement.",
], ["The contract expires on {v}.", "{v}"])
c("ict.srs_length", "months", [
  "What is the length of the student records system contract?",
  "For what term was the SRS agreement signed?",
], ["The contract length is {v}.", "{v}"])
c("st.zero_hours", "int", [
  "How many staff are employed on zero-hours contracts?",
  "Number of employees with no guaranteed hours (casual or zero-hour contracts).",
], ["{v} staff.", "{v}"])
c("st.over100k", "int", [
  "How many staff are paid more than £100,000 a year?",
  "Number of employees whose basic salary exceeds £100k.",
], ["{v} members of staff.", "{v}"])
c("nda.count", "int", [
  "How many settlement agreements containing confidentiality clauses has the University signed in the last five years?",
  "Number of non-disclosure agreements entered into with departing staff since 2019.",
], ["{v} agreements.", "{v}"])
c("nda.value", "money", [
  "What was the total value of payments made under those agreements?",
  "How much was paid out in total under settlement agreements with confidentiality terms?",
], ["{v}"])
c("cat.supplier", "name", ["Who holds the University's catering contract?"], ["{v}"])
c("cat.value", "money", ["What is the annual value of that contract?"], ["{v}"])

# ---------------- NHS trust ----------------
c("nhs.nurse_spend", "money", [
  "How much did the Trust spend on agency nurses in 2022/23?",
  "Total expenditure on agency nursing and midwifery staff in the last financial year.",
  "What did temporary registered nurses supplied by agencies cost the Trust last year?",
], ["Agency nursing spend was {v}.", "{v}", "The cost was {v}."])
c("nhs.medic_spend", "money", [
  "How much did the Trust spend on agency doctors (locums)?",
  "Total expenditure on agency medical and dental staff in the last financial year.",
], ["Agency medical spend was {v}.", "{v}"])
c("nhs.bank_spend", "money", [
  "How much did the Trust spend on bank nurses?",
  "Expenditure on the Trust's internal staff bank (nursing) last year.",
], ["Bank nursing spend was {v}.", "{v}"])
c("nhs.top_agency", "name", [
  "Which agency did the Trust spend the most with?",
  "Name of the staffing agency that received the largest share of agency spend.",
], ["The largest share went to {v}.", "{v}"])
c("nhs.highest_rate", "money", [
  "What is the highest hourly rate paid for an agency doctor shift?",
  "Most expensive single hourly rate paid to a locum doctor supplied by an agency.",
], ["The highest hourly rate was {v}.", "{v} per hour."])
c("wl.52wk", "int", [
  "How many patients have been waiting more than 52 weeks for treatment?",
  "Number of people on the referral-to-treatment list who have waited a year or longer.",
  "How many RTT pathways exceed 52 weeks at the latest month-end?",
], ["{v} patients.", "{v}", "At month-end {v} pathways had waited over 52 weeks."])
c("wl.longest", "int", [
  "What is the longest wait currently recorded, in weeks?",
], ["{v} weeks."])
c("wl.total", "int", [
  "What is the total size of the Trust's waiting list?",
  "How many patients in all are waiting for elective treatment?",
], ["{v} patients.", "{v}"])
c("epr.supplier", "name", ["Who supplies the Trust's electronic patient record system?"], ["{v}"])
c("epr.value", "money", ["What is the value of the EPR contract?"], ["{v}"])
c("epr.expiry", "date", ["When does the EPR contract expire?"], ["{v}"])
c("park.patient_income", "money", ["How much income did the Trust receive from patient and visitor car parking?"], ["{v}"])
c("park.staff_income", "money", ["How much income did the Trust receive from staff parking permits?"], ["{v}"])
