# Concepts: what a question asks. w = wordings (strongly varied over the years),
# a = answer templates for a released answer ({v} is the rendered fact),
# p = templates for a partly released answer ({v} fact, {ex} exemption phrase),
# t = fact type. For t == "yn", ay / an are the templates for yes / no.

C = {}


def c(cid, t, w, a=None, p=None, ay=None, an=None):
    C[cid] = dict(t=t, w=w, a=a or ["{v}."], p=p, ay=ay, an=an)


# ---------------------------------------------------------------- council: highways
c("hw.intervention", "mm", [
    "What is the Council's intervention level (minimum depth) at which a pothole in the carriageway will be repaired?",
    "Please state the depth at which a defect in the road surface becomes actionable under your highway safety inspection policy.",
    "Minimum depth - the investigatory or intervention depth your inspectors apply to potholes on roads.",
    "I would like to know how deep a hole in a road has to be before the authority will schedule a repair.",
], ["The intervention level for carriageway potholes is {v} in depth.",
    "Carriageway defects are actioned once they reach a depth of {v} or more.",
    "{v}."])
c("hw.footway_intervention", "mm", [
    "What is the intervention level for trip hazards on footways and pavements?",
    "Please state the depth at which a defect on a footway (pavement) becomes actionable.",
    "How deep does a defect on a pavement need to be before it is repaired?",
], ["Footway trip hazards are actioned at {v}.", "{v} on footways.",
    "A pavement defect is repaired once it reaches {v}."])
c("hw.cat1_time", "hours", [
    "Within what timescale does the Council aim to make safe a Category 1 defect?",
    "Please provide the target response time for the most urgent (Category 1 / emergency) highway defects.",
    "How quickly are the most dangerous potholes supposed to be fixed or made safe once they are reported?",
    "Target time for repairing or making safe a category one pothole.",
], ["Category 1 defects are made safe within {v}.",
    "Our target is {v} from the defect being reported.",
    "The target is to make the defect safe within {v} of it being identified."])
c("hw.inspectors", "count", [
    "How many highway safety inspectors does the Council employ?",
    "Please tell me the number of staff whose role is to carry out highway safety inspections.",
    "Number of highway inspectors currently in post.",
], ["The Council employs {v} highway safety inspectors.", "{v}.",
    "There are {v} highway inspectors in post."])
c("hw.contractor", "name", [
    "Who is the Council's term contractor for highway maintenance?",
    "Please name the company that currently holds the highways maintenance contract.",
    "Name of the main highways maintenance contractor.",
    "Could you confirm the identity of the contractor delivering your highway maintenance services?",
], ["{v}.", "The highway maintenance term contract is held by {v}.",
    "Highway maintenance is delivered by {v}."])
c("hw.contract_end", "date", [
    "When does the highway maintenance contract expire?",
    "Please state the end date of the current highways term maintenance contract (excluding any extension options).",
    "Contract end date for the highways maintenance contract.",
], ["The contract expires on {v}.", "{v}.", "The current term ends on {v}."])
c("hw.contract_value", "money", [
    "What is the annual value of the highway maintenance contract?",
    "Please provide the yearly contract value for the highways maintenance contract.",
    "How much does the Council pay its highways contractor each year?",
], ["The annual value is {v}."])

# ---------------------------------------------------------------- council: ICT telephony / WAN
SAME_SUP1 = "Incumbent Supplier: please state the supplier of the contract."
SAME_SUP2 = "Name of the company that provides the service under this contract."
SAME_EXP1 = "Contract Expiry: please state the date on which the contract expires."
SAME_EXP2 = "On what date is this contract due to end?"
SAME_VAL1 = "Contract Value: please state the total value of the contract over its whole term."
SAME_VAL2 = "How much is the contract worth in total?"
SAME_CON1 = "Contact Details: please provide the name, job title and direct email address of the officer responsible for the contract."
SAME_CON2 = "Who manages this contract internally? Name and job title please."
c("ict.tel.supplier", "name", [
    "Telephony - who is the incumbent supplier of your corporate telephony / unified communications contract?",
    SAME_SUP1, SAME_SUP2,
], ["{v}.", "The incumbent supplier is {v}."])
c("ict.wan.supplier", "name", [
    "Network - who is the incumbent supplier of your wide area network (WAN) contract?",
    SAME_SUP1, SAME_SUP2,
], ["{v}.", "The incumbent supplier is {v}."])
c("ict.tel.expiry", "date", [
    "Telephony - when does the telephony contract expire?", SAME_EXP1, SAME_EXP2,
], ["{v}.", "The contract expires on {v}."])
c("ict.wan.expiry", "date", [
    "Network - when does the WAN contract expire?", SAME_EXP1, SAME_EXP2,
], ["{v}.", "The contract expires on {v}."])
c("ict.tel.value", "money", [
    "Telephony - what is the total value of the telephony contract?", SAME_VAL1, SAME_VAL2,
], ["{v}.", "The total contract value is {v}."],
    p=["The total contract value is {v}. The breakdown by year and by service line is withheld under {ex}."])
c("ict.wan.value", "money", [
    "Network - what is the total value of the WAN contract?", SAME_VAL1, SAME_VAL2,
], ["{v}.", "The total contract value is {v}."],
    p=["The total contract value is {v}. The breakdown by year and by service line is withheld under {ex}."])
c("ict.tel.contact", "name", [
    "Telephony - who is responsible for the telephony contract within the Council (name, job title, email)?",
    SAME_CON1, SAME_CON2,
], ["{v}."],
    p=["The contract is managed by the {v}. The officer's name and direct contact details are withheld under {ex}.",
       "Job title: {v}. The name and direct email address are personal data and are withheld under {ex}."])
c("ict.wan.contact", "name", [
    "Network - who is responsible for the WAN contract within the Council (name, job title, email)?",
    SAME_CON1, SAME_CON2,
], ["{v}."],
    p=["The contract is managed by the {v}. The officer's name and direct contact details are withheld under {ex}.",
       "Job title: {v}. The name and direct email address are personal data and are withheld under {ex}."])
c("ict.mobile.supplier", "name", [
    "Who supplies the Council's corporate mobile phones and airtime?",
], ["{v}."])

# ---------------------------------------------------------------- council: social care agency staff
c("sc.agency_sw_count", "count", [
    "How many agency (locum) social workers are currently working in your children's social care services?",
    "Please provide the number of social workers engaged through an employment agency in children's services as at the date of this request.",
    "Number of locum social workers in children's social care at present.",
    "I'd like to know the headcount of children's social workers who are supplied by agencies right now.",
], ["There are currently {v} agency social workers in children's social care.",
    "{v} locum social workers.", "As at the date of your request, {v}."])
c("sc.agency_spend", "money", [
    "What was the total spend on agency social workers in the last full financial year?",
    "Please state how much the Council spent on locum social work staff in the most recent complete financial year.",
    "Total expenditure on agency social workers for the last financial year.",
    "How much money went on temporary agency social workers last financial year?",
], ["Spend on agency social workers in the last full financial year was {v}.", "{v}."])
c("sc.agency_supplier", "name", [
    "Which agency or managed service provider supplies most of your locum social workers?",
    "Please name your main supplier of agency social work staff.",
    "Do you use a managed service provider for agency social workers? If so, which one?",
], ["{v}.", "The Council's managed service provider for agency staff is {v}.",
    "Yes - agency social workers are sourced through {v}."])
c("sc.agency_max_rate", "money", [
    "What is the highest hourly rate currently paid for an agency social worker?",
    "Maximum hourly charge rate paid to an agency for a locum social worker.",
], ["The highest hourly charge rate is {v} per hour.", "{v} per hour."])
c("sc.vacancies", "count", [
    "How many permanent social worker posts in children's services are currently vacant?",
    "Number of vacant permanent (establishment) social worker posts in children's social care.",
], ["There are {v} vacant permanent posts.", "{v}."])
c("sc.pledge", "yn", [
    "Has the Council signed up to the regional memorandum of understanding on agency social worker pay rates?",
    "Is the Council party to a regional agreement capping the rates paid for agency social workers?",
], ay=["Yes. The Council is a signatory to the regional memorandum of understanding.", "Yes."],
    an=["No."])

# ---------------------------------------------------------------- council: libraries, school transport
c("lib.count", "count", ["How many public libraries does the Council run?"],
  ["The Council runs {v} static libraries."])
c("lib.volunteer_run", "count", ["How many libraries are run by volunteers or community groups?"],
  ["{v} libraries are community managed."])
c("lib.visits", "count", ["How many physical visits were made to your libraries in the last year?"],
  ["There were {v} visits."])
c("lib.lms_supplier", "name", ["Which company supplies your library management system?"], ["{v}."])
c("st.routes", "count", ["For every home to school taxi route, please list the operator, the daily price and the number of pupils carried."])
c("st.operators", "count", ["How many different operators hold school transport contracts?"])
c("st.spend", "money", ["What was the total spend on home to school transport in each of the last five years?"])

# ---------------------------------------------------------------- police: drones and air support
c("dr.count", "count", [
    "How many drones (unmanned aerial vehicles) does the force own?",
    "Please state the number of UAVs / drones currently held by South Pennine Police.",
    "Number of drones in the force's fleet.",
    "I am asking how many remotely piloted aircraft systems the force currently operates.",
], ["The force owns {v} drones.", "{v}.", "South Pennine Police currently operates {v} drones."])
c("dr.make", "name", [
    "What make and model are the drones?",
    "Please provide the manufacturer and model of each drone.",
    "Which type(s) of drone does the force use?",
    "Could you tell me who manufactures the aircraft and what models they are?",
], ["{v}."])
c("dr.spend", "money", [
    "How much has the force spent on drones in total?",
    "Total expenditure on the purchase of drones and associated equipment.",
    "What has the drone programme cost to date in equipment?",
], ["Total spend is {v}.", "{v}."])
c("dr.pilots", "count", [
    "How many officers are trained to fly drones?",
    "Number of qualified remote pilots within the force.",
    "How many staff currently hold a drone pilot qualification?",
], ["{v} officers are trained drone pilots.", "{v}."])
c("dr.counter_drone", "yn", [
    "Does the force have any counter-drone (drone detection or jamming) equipment?",
    "Please confirm whether South Pennine Police possesses technology to detect, track or disable drones.",
    "Is the force equipped with a counter-UAS capability?",
], ay=["Yes."], an=["No. The force does not have counter-drone equipment.", "No."])
c("dr.deployments", "count", [
    "How many times were the force's drones deployed in the last 12 months?",
], ["Drones were deployed {v} times."])
c("heli.deployments", "count", [
    "How many times was the National Police Air Service (NPAS) helicopter deployed in the force area in the last 12 months?",
    "Number of NPAS helicopter taskings within the force area over the past year.",
    "How often did the police helicopter attend incidents in your area in the last year?",
], ["The NPAS helicopter was deployed {v} times.", "{v} taskings."])
c("heli.cost", "money", ["What did the force pay NPAS for air support in the last financial year?"],
  ["{v}."])

# ---------------------------------------------------------------- police: BWV
c("bwv.count", "count", [
    "How many body worn video cameras does the force have?",
    "Please tell me how many body-worn cameras are currently issued to officers and staff.",
], ["{v}.", "The force has {v} body worn video devices."])
c("bwv.supplier", "name", [
    "Who supplies the force's body worn video cameras?",
    "Name of the supplier of BWV devices.",
], ["{v}."])
c("bwv.contract_value", "money", [
    "What is the value of the body worn video contract?",
    "How much is the BWV contract worth?",
], ["{v}."])
c("bwv.retention", "days", [
    "How long is non-evidential body worn video footage retained before it is deleted?",
    "Retention period for BWV footage that is not marked as evidence.",
], ["Non-evidential footage is retained for {v}.", "{v}."])
c("bwv.storage", "name", [
    "Which digital evidence management system or cloud service stores the footage?",
    "Where is BWV footage stored?",
], ["{v}."])

# ---------------------------------------------------------------- police: facial recognition
c("frt.live_use", "yn", [
    "Has South Pennine Police ever used live facial recognition?",
    "Please confirm whether the force deploys Live Facial Recognition (LFR) technology.",
    "Does the force point LFR cameras at people in public spaces?",
], ay=["Yes.", "Yes, the force has deployed LFR."],
    an=["No. South Pennine Police has not used live facial recognition.", "No."])
c("frt.retrospective", "yn", [
    "Does the force use retrospective facial recognition (for example via the Police National Database)?",
    "Is retrospective facial recognition searching used by the force?",
    "Do officers run facial image searches against custody images after the event?",
], ay=["Yes. Officers use retrospective facial recognition through the Police National Database.", "Yes."],
    an=["No."])
c("frt.supplier", "name", [
    "Which company supplies the force's facial recognition software?",
    "Name of the supplier or vendor of any facial recognition algorithm used by the force.",
    "Who provides your facial recognition system?",
], ["{v}.", "The software is supplied by {v}."])
c("frt.watchlist", "text", [
    "How many people are typically included on a watchlist for a live facial recognition deployment?",
    "Please state the size of the watchlists used for LFR deployments.",
], ["{v}."],
    p=["Watchlists have ranged from {v}. The number of images used at each individual deployment is withheld under {ex}.",
       "{v}. Figures for individual deployments are withheld under {ex}."])
c("frt.deploy_count", "count", ["How many LFR deployments has the force carried out?"],
  ["{v}."])
c("frt.policy", "text", [
    "Please provide a copy of the force's facial recognition policy.",
    "Can I have the policy or procedure governing facial recognition?",
    "Send me the document setting out how facial recognition may be used.",
], ["{v}"])
c("frt.bias_test", "yn", ["Has the algorithm been independently tested for demographic bias?"],
  ay=["Yes. The algorithm was tested by the National Physical Laboratory."], an=["No."])

# ---------------------------------------------------------------- police: overtime, vetting, dogs
c("ot.total_spend", "money", ["What was the total spend on police officer overtime in the last financial year?"],
  ["{v}."])
c("ot.top_earner", "money", ["What was the largest amount of overtime paid to a single officer?"], ["{v}."])
c("ot.hours", "count", ["How many overtime hours were worked in total?"], ["{v} hours."])
c("vet.backlog", "count", [
    "How many vetting applications are currently waiting to be processed?",
    "Please state the current vetting backlog, i.e. the number of outstanding applications.",
    "Number of vetting clearances outstanding and awaiting a decision today.",
], ["{v} applications are awaiting processing.", "{v}."])
c("vet.failed", "count", [
    "How many police officer recruits failed vetting in the last year?",
    "Number of applicants to become police officers who were refused vetting clearance in the last 12 months.",
    "How many would-be officers were rejected at the vetting stage over the past year?",
], ["{v} applicants failed vetting.", "{v}."])
c("vet.avg_time", "days", [
    "What is the average time taken to complete recruitment vetting?",
    "Average number of days from submission to a vetting decision for new recruits.",
    "On average, how long does recruit vetting take?",
], ["The average is {v}.", "{v}."])
c("vet.staff", "count", [
    "How many staff work in the Force Vetting Unit?",
    "Headcount of the vetting unit.",
    "How many people are employed on vetting?",
], ["{v} staff.", "{v}."])
c("dogs.count", "count", ["How many police dogs does the force have?"], ["{v}."])
c("dogs.bites", "count", ["How many members of the public were bitten by police dogs last year?"], ["{v}."])

# ---------------------------------------------------------------- trust: out of area placements
c("oap.count", "count", [
    "How many patients were placed in out of area beds in the last financial year?",
    "Please provide the number of inappropriate out of area placements (OAPs) for adult acute mental health care during the last full financial year.",
    "Number of people sent out of area for an acute mental health bed last year.",
    "How many of your patients had to be admitted to a bed outside the Trust's own area last year?",
], ["{v} patients were placed out of area.", "{v}."])
c("oap.spend", "money", [
    "What was the total cost of those out of area placements?",
    "Total expenditure on OAPs for the same period.",
    "How much did the Trust spend on placing patients out of area?",
    "What did those placements cost the Trust altogether?",
], ["{v}.", "The total cost was {v}."])
c("oap.providers", "name", [
    "Which providers received the patients placed out of area?",
    "Please list the independent sector providers used for OAPs, with the amount paid to each.",
    "Names of the hospitals or providers used for out of area beds, and what each was paid.",
    "Which hospitals took them, and how much was paid to each?",
], ["{v}."],
    p=["The providers used were {v}. The amounts paid to each provider are withheld under {ex}."])
c("oap.longest", "days", [
    "What was the longest out of area placement, in days?",
    "Duration of the longest OAP.",
    "How long was the longest single stay in an out of area bed?",
    "What was the longest time any one patient spent placed away?",
], ["The longest placement lasted {v}.", "{v}."])
c("oap.repatriated", "count", ["How many of those patients were brought back to a local bed within seven days?"])

# ---------------------------------------------------------------- trust: agency and bank staff
c("ag.nurse_spend", "money", [
    "What was the Trust's total spend on agency nursing staff in the last financial year?",
    "Expenditure on agency nurses (registered and unregistered) in the most recent financial year.",
    "How much did you pay employment agencies for nursing shifts last year?",
    "Total agency nursing bill for the last complete financial year.",
], ["{v}.", "Agency nursing spend was {v}."])
c("ag.top_agency", "name", [
    "Which agency did the Trust spend the most with?",
    "Name of the nursing agency with the highest spend.",
    "Please name the single agency that received the largest share of that spend.",
    "Which staffing agency was paid the most?",
], ["{v}.", "The highest spend was with {v}."])
c("ag.highest_rate", "money", [
    "What was the highest hourly rate paid for an agency nurse?",
    "Maximum hourly charge paid to an agency for a single nursing shift.",
    "Highest agency nurse hourly rate paid in the year.",
    "What is the most the Trust has paid per hour for an agency nurse?",
], ["{v} per hour.", "The highest hourly rate was {v}."])
c("ag.medical_locum", "money", [
    "How much was spent on agency medical locums in the same period?",
    "Agency medical (locum doctor) spend for the same year.",
    "What did agency locum doctors cost the Trust last financial year?",
], ["{v}.", "Agency medical locum spend was {v}."])
c("bank.nurse_spend", "money", [
    "What was the Trust's total spend on bank nursing staff in the last financial year?",
    "Expenditure on nurses working through the Trust's own staff bank in the same year.",
    "How much did the in-house nurse bank cost last year?",
    "Total bank (not agency) nursing spend for the last complete financial year.",
], ["{v}.", "Bank nursing spend was {v}."])

# ---------------------------------------------------------------- trust: restraint and seclusion
c("rs.total", "count", [
    "How many incidents of physical restraint were recorded in the last year?",
    "Total number of restrictive physical interventions used on patients in the last 12 months.",
    "In the past year, how many times were patients physically held by staff?",
], ["{v} restraints were recorded.", "{v}."])
c("rs.prone", "count", [
    "How many of these restraints were in the prone (face down) position?",
    "Number of prone restraints.",
    "How many times were patients restrained face down?",
], ["{v}.", "{v} were prone restraints."],
    p=["{v} prone restraints in total. The ward-level breakdown is withheld under {ex} because small numbers could identify patients."])
c("rs.training_provider", "name", [
    "Who provides the Trust's restraint training?",
    "Name of the organisation that delivers physical intervention training to staff.",
    "Which company trains your staff in restrictive interventions?",
], ["{v}.", "Training is delivered by {v}."])
c("rs.rapid_tranq", "count", ["How many times was rapid tranquillisation administered?"], ["{v}."])
c("sec.count", "count", [
    "How many episodes of seclusion were recorded in the last year?",
    "Number of times patients were secluded in the last 12 months.",
    "How many times were patients placed in seclusion in the past year?",
], ["{v} episodes of seclusion.", "{v}."])
c("sec.lts", "count", [
    "How many patients were in long-term segregation during the year?",
    "Number of patients nursed in long-term segregation in the last 12 months.",
], ["{v}."])

# ---------------------------------------------------------------- cyber (trust and university)
c("cy.ransomware", "yn", [
    "Has the organisation experienced a ransomware attack in the last three years?",
    "Please confirm whether your organisation has been the victim of a ransomware incident in the past 3 years.",
    "In the last three years, have any of your systems been encrypted by ransomware?",
    "Has ransomware affected the Trust at any time in the last three years?",
], ay=["Yes."], an=["No.", "No, we have not experienced a ransomware attack in that period."])
c("cy.edr_supplier", "name", [
    "Who supplies your endpoint protection (anti-virus / EDR) software?",
    "Name of the vendor of your endpoint detection and response product.",
    "Which company's anti-malware product protects your desktops and servers?",
    "What endpoint security software do you use and who supplies it?",
], ["{v}."])
c("cy.staff", "count", [
    "How many staff work in cyber security roles?",
    "Number of dedicated cyber / information security staff (headcount).",
    "How many people does the organisation employ specifically on cyber security?",
    "Headcount of your cyber security team.",
], ["{v}.", "There are {v} dedicated cyber security staff."])
c("cy.dspt", "text", [
    "What was the outcome of your most recent Data Security and Protection Toolkit submission?",
    "Latest DSPT status.",
    "How did the Trust score in its last Data Security and Protection Toolkit assessment?",
    "DSPT result for the latest year.",
], ["{v}.", "Our most recent submission was assessed as '{v}'."])
c("cy.training_rate", "pct", [
    "What percentage of staff have completed data security awareness training?",
    "Proportion of staff who are up to date with mandatory information governance / cyber training.",
    "What share of your workforce has done the annual data security training?",
], ["{v}.", "{v} of staff have completed the training."])
c("park.charge", "yn", ["Do staff have to pay to park at Trust sites?"], ay=["Yes."], an=["No."])
c("park.income", "money", ["How much income did staff car parking generate last year?"], ["{v}."])

# ---------------------------------------------------------------- university
c("vc.salary", "money", [
    "What is the Vice-Chancellor's basic salary?",
    "Please state the base pay of the Vice-Chancellor for the most recent year.",
    "Vice-Chancellor - basic salary (excluding pension and benefits).",
    "How much is the head of the University paid in basic salary?",
], ["{v}.", "The Vice-Chancellor's basic salary is {v}."])
c("vc.total_remun", "money", [
    "What is the Vice-Chancellor's total remuneration including pension contributions and benefits?",
    "Total remuneration package of the VC, including employer pension contributions.",
    "Please give the full value of the Vice-Chancellor's pay and benefits, pension included.",
], ["{v}.", "Total remuneration was {v}."])
c("vc.expenses", "money", [
    "How much did the Vice-Chancellor claim in expenses?",
    "Total expenses claimed by or paid on behalf of the VC in the last financial year.",
    "Vice-Chancellor's expenses for the last financial year.",
], ["{v}.", "Expenses totalled {v}."])
c("vc.remco_minutes", "text", [
    "Please provide the minutes of the Remuneration Committee meeting that set the Vice-Chancellor's pay.",
    "Copies of the Remuneration Committee minutes discussing the VC's salary.",
    "I would like the minutes of the committee meeting where the VC's pay was decided.",
], ["{v}"],
    p=["{v} Some names and personal details have been redacted under {ex}.",
       "{v} Redactions have been made under {ex} to remove personal data about individual staff."])
c("vc.accommodation", "yn", [
    "Is the Vice-Chancellor provided with accommodation by the University?",
    "Does the University provide the VC with a house or flat?",
], ay=["Yes."], an=["No.", "No, the University does not provide accommodation."])
c("vc.flights_business", "count", [
    "How many business class flights did the Vice-Chancellor take?",
    "Number of business-class flights taken by the VC in the last financial year.",
    "How many times did the VC fly business class last year?",
], ["{v}.", "The Vice-Chancellor took {v} business class flights."])
c("ia.agent_count", "count", [
    "How many overseas recruitment agents does the University currently have contracts with?",
    "Number of agents contracted to recruit international students.",
    "How many international student recruitment agencies are you signed up with?",
    "Please tell me how many agents you use to recruit students from outside the UK.",
], ["{v}.", "The University has contracts with {v} agents."])
c("ia.commission_total", "money", [
    "How much commission did the University pay to international recruitment agents in the last year?",
    "Total commission paid to overseas agents in the most recent financial year.",
    "What was the total amount paid to agents for recruiting international students last year?",
    "Agent commission spend (international recruitment) for the last financial year.",
], ["{v}.", "Commission paid totalled {v}."],
    p=["The total commission paid was {v}. Amounts paid to individual agents are withheld under {ex}."])
c("ia.commission_rate", "text", [
    "What commission rate (percentage of first-year tuition fee) do you pay agents?",
    "Commission percentage paid to overseas agents per student.",
    "What percentage of fees goes to the agent for each international student recruited?",
], ["{v}."])
c("ia.top_agents", "name", [
    "Please name the five agents that recruited the most students.",
    "Names of the top five international recruitment agents by number of students.",
], ["{v}."])
c("ia.students_recruited", "count", [
    "How many international students enrolled through agents?",
    "Number of overseas students recruited via agents in the last year.",
    "How many international enrolments last year came through an agent?",
    "How many of last year's international students were recruited by agents?",
], ["{v}.", "{v} students were recruited through agents."])
c("home.agents", "yn", [
    "Does the University use agents or consultants to recruit UK (home) students?",
    "Do you pay any third party to recruit domestic undergraduates?",
    "Are recruitment agents used for home students?",
], ay=["Yes.", "Yes - a third party is used for home recruitment in some areas."], an=["No."])
c("home.recruit_spend", "money", [
    "How much did the University spend on UK student recruitment events and fairs last year?",
    "Spend on domestic (UK) student recruitment fairs and events last year.",
], ["{v}."])
c("fs.complaints", "count", [
    "How many complaints relating to freedom of speech has the University received?",
    "Number of complaints received about restrictions on free speech or academic freedom in the last year.",
], ["{v}.", "The University received {v} such complaints."])
c("fs.cancelled_events", "count", [
    "How many events have been cancelled on security or safety grounds?",
    "Number of speaker events cancelled because of safety or security concerns in the last year.",
    "How many talks or events were called off for security reasons last year?",
], ["{v}.", "{v} events were cancelled."])
c("fs.speaker_policy", "text", [
    "Please provide your external speaker policy.",
    "A copy of the code of practice on freedom of speech and external speakers.",
], ["{v}"])
c("fs.named_speaker", "yn", [
    "Has the University received any complaint about the invitation of Dr Jonah Petrie to speak on campus?",
    "Were there any complaints about the planned talk by Dr Jonah Petrie?",
], ay=["Yes."], an=["No."])
c("uni.vle.supplier", "name", [
    "VLE - which company supplies the University's virtual learning environment?",
    SAME_SUP1,
    "Which company provides your virtual learning environment?",
], ["{v}."])
c("uni.srs.supplier", "name", [
    "Student records - which company supplies the student record system?",
    SAME_SUP1,
    "And which company provides your student records system?",
], ["{v}."])
c("uni.vle.expiry", "date", [
    "VLE - when does the VLE contract expire?", SAME_EXP1,
    "When does the virtual learning environment contract end?",
], ["{v}."])
c("uni.srs.expiry", "date", [
    "Student records - when does the student record system contract expire?", SAME_EXP1,
    "When does the student records contract end?",
], ["{v}."])
c("uni.vle.value", "money", [
    "VLE - what is the annual value of the VLE contract?",
    "Contract Value: please state the annual value of the contract.",
    "What does the University pay each year for the virtual learning environment?",
], ["{v} per year."])
c("uni.srs.value", "money", [
    "Student records - what is the annual value of the student record system contract?",
    "Contract Value: please state the annual value of the contract.",
    "What does the University pay each year for the student records system?",
], ["{v} per year."])
c("uni.hosting", "name", ["Where is the student records system hosted?"], ["{v}."])
c("grad.supplier", "name", ["Who supplies academic dress for graduation ceremonies?"], ["{v}."])
c("grad.income", "money", ["How much commission does the University receive from gown hire?"], ["{v}."])
