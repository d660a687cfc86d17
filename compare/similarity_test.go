package compare

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/foicheck/foicheck/corpus"
)

func TestTerms(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		// A possessive's "s" is no term.
		{[]string{"How many of the force's drones are in use?"}, []string{"drone"}},
		// Synonyms find their group whatever the inflection: "drones"
		// and "unmanned aerial vehicles" are drones.
		{[]string{"How many unmanned aerial vehicles?"}, []string{"drone"}},
		// Who supplies, which company, the supplier, the manufacturer:
		// one term, which "please supply" (the asking) is not.
		{[]string{"Who supplies the cameras?", "Which company is the supplier of the cameras?", "Please supply the manufacturer of the cameras."},
			[]string{"supplier", "camera"}},
		// Call handlers, call takers and contact-centre agents are one role.
		{[]string{"How many call handlers are there?", "How many call takers are there?", "How many agents answer calls?"}, []string{"call", "agent"}},
		{[]string{"Who supplies the inbound telephony?", "Who supplies the inbound telephones?", "Who supplies the inbound phones?"},
			[]string{"supplier", "inbound", "telephone"}},
		{[]string{"When does the contract expire?", "What is the contract's expiry date?", "When does the contract end?", "When does the contract finish?"},
			[]string{"contract", "expiry"}},
		// A fire service's engines by any of their names.
		{[]string{"How many fire engines?", "How many pumping appliances?", "Number of frontline fire appliances?", "How many appliances?"}, []string{"applianc"}},
		{[]string{"How many appliances were fly-tipped?"}, []string{"applianc", "fly", "tip"}},
		// Hidden, concealed or covert cameras; waste dumped is fly-tipped;
		// "make use of" is framing, not a maker.
		{[]string{"Does the council make use of concealed cameras?", "Does the council use hidden cameras?", "Does the council use covert cameras?"}, []string{"covert", "camera"}},
		{[]string{"How many reports of dumped waste?", "How many reports of fly-tipping?"}, []string{"report", "fly", "tip"}},
		// Cameras viewed in real time at all hours are monitored round
		// the clock; the firm that services and repairs them maintains
		// them.
		{[]string{"How many cameras are viewed in real time at all hours?", "How many cameras are monitored 24/7?"}, []string{"camera", "monitor", "roundtheclock"}},
		{[]string{"Who is contracted to service and repair the cameras?", "Who is contracted for maintenance of the cameras?"}, []string{"contract", "maintenance", "camera"}},
		// Workers engaged without being employed, by any of their names;
		// day rates however put; a protest is a demonstration; whoever
		// produces a thing makes it.
		{[]string{"How much was spent on temporary staff?", "How much was spent on contingent labour?", "How much was spent on off-payroll?"}, []string{"cost", "contingent", "labour"}},
		{[]string{"What daily rates are paid?", "What day rates are paid?"}, []string{"day", "rat", "cost"}},
		{[]string{"Were drones used at protests?", "Were drones used at demonstrations?"}, []string{"drone", "protest"}},
		{[]string{"Which manufacturer produces them?", "Which company makes them?"}, []string{"supplier"}},
		// What kind a thing is is its type; software
		// its maker stopped supporting is unsupported; the firm that
		// empties residents' bins collects the waste.
		{[]string{"What kind of drones are they?", "What type of drones are they?"}, []string{"type", "drone"}},
		{[]string{"How many devices run Windows that Microsoft has stopped supporting?", "How many devices run Windows that Microsoft has no longer supported?"}, []string{"devic", "run", "window", "microsoft", "unsupport"}},
		{[]string{"Which company empties residents' bins?", "Which company provides household waste collection?"}, []string{"supplier", "wast", "collection"}},
		// An on-the-spot fine is a fixed penalty; bin lorries are refuse
		// collection vehicles; the cameras officers wear are body-worn.
		{[]string{"How much is the on-the-spot fine for dumping waste?", "How much is the fixed penalty for fly-tipping?"}, []string{"fpn", "fly", "tip"}},
		{[]string{"How many bin lorries does the council run?", "How many refuse collection vehicles does the council run?", "How many RCVs does the council run?"}, []string{"refus", "collection", "vehicl", "run"}},
		{[]string{"Which company makes the cameras that officers wear?", "Which company makes the body-worn video cameras?"}, []string{"supplier", "body", "worn", "video", "camera"}},

		// Where footage and digital evidence are kept, by the trade's name
		// and the requester's.
		{[]string{"Who supplies the DEMS?", "Who supplies the digital evidence management system?", "Who supplies the storage of footage?"}, []string{"supplier", "digital", "evidenc", "manag"}},
		// RPAS, UAS and airframes are drones; a GVC or an A2 CofC is a
		// remote pilot's qualification.
		{[]string{"How many RPAS are on the fleet?", "How many UAS are on the fleet?", "How many drones are on the fleet?", "Which airframes are on the fleet?"}, []string{"drone", "fleet"}},
		{[]string{"How many officers have a GVC?", "How many officers have an A2 CofC?", "How many officers have a qualification?"}, []string{"officer", "trained"}},
		// The office suite's licences counted as seats; the software that
		// protects computers from viruses; a login is a user account.
		{[]string{"What is your M365 seat count?", "What is your Microsoft Office 365 licence count?", "How many O365 user seats?"}, []string{"microsoft", "365", "licence"}},
		{[]string{"Who is your EDR / AV vendor?", "Which company supplies your virus protection?", "Who supplies your antivirus?"}, []string{"supplier", "antivirus"}},
		{[]string{"How many people have a login to the network?", "How many people have user accounts on the network?", "How many people have Active Directory accounts on the network?"}, []string{"peopl", "user", "account", "network"}},
		{[]string{"How many cameras are faulty?", "How many cameras are not working?", "How many cameras are out of order?"}, []string{"camera", "faulty"}},
		// The same thing in everyday words: upkeep and repairs are
		// maintenance, face matching facial recognition, malicious
		// e-mails phishing, a proportion a percentage, meeting a ransom
		// demand paying one.
		{[]string{"Who carries out the upkeep and repairs of the cameras?", "Who carries out maintenance of the cameras?"}, []string{"maintenance", "camera"}},
		{[]string{"Do you apply face-matching software?", "Do you apply facial recognition software?"}, []string{"apply", "facial", "recognition", "softwar"}},
		{[]string{"How many malicious emails were blocked?", "How many phishing emails were intercepted?"}, []string{"phish", "block"}},
		{[]string{"What proportion of staff completed the training?", "What percentage of staff completed the training?"}, []string{"percentage", "staff", "complet", "trained"}},
		{[]string{"Has the force ever met a ransom demand?", "Has the force ever paid a ransom demand?"}, []string{"ever", "cost", "ransom", "demand"}},
		{[]string{"Who provides interpreters and translators?", "Who provides translation and interpreting?"}, []string{"supplier", "languag", "servic"}},
		// Hit by, the victim of, suffered: attacked.
		{[]string{"How many ransomware attacks?", "How many times hit by ransomware?"}, []string{"ransom", "attack"}},
		// Who holds a contract is who supplies it.
		{[]string{"Who currently holds the contract?", "Who is the supplier?", "Incumbent?"}, []string{"supplier"}},
		// "Most recent" is "recent": framing, not subject; a part's
		// number and the word "part" say where, not what.
		{[]string{"How many calls in the most recent year?"}, []string{"call"}},
		{[]string{"Part 2 – Inbound network contracts"}, []string{"inbound", "network", "contract"}},
		// A well-known abbreviation reads as the words it stands for,
		// and a thing of many names as one word.
		{[]string{"How many CCTV cameras?", "How many closed-circuit television cameras?"}, []string{"clos", "circuit", "television", "camera"}},
		{[]string{"How many B&B placements?", "How many bed and breakfast placements?", "How many B & B placements?"},
			[]string{"bed", "breakfast", "plac"}},
		{[]string{"How many EV charge points?", "How many electric vehicle charging points?", "How many EV chargers?", "How many chargepoints for electric vehicles?"},
			[]string{"electric", "vehicl", "chargepoint"}},
		{[]string{"How many parking fines were issued?", "How many penalty charge notices were issued?", "How many PCNs were issued?"},
			[]string{"pcn", "issu"}},
		{[]string{"What is the mean NO2 reading?", "What is the average nitrogen dioxide reading?"}, []string{"average", "nitrogen", "dioxid", "read"}},
		{[]string{"What is the annual spend on agency staff?", "What is the annual expenditure on agency staff?", "What does agency staff cost each year?"},
			[]string{"cost", "agency", "staff"}},
		// A measure is no subject: the number of call handlers, full
		// time equivalent or headcount, is the number of call handlers.
		{[]string{"How many call handlers (FTE)?", "Number of call handlers (full-time equivalent)"}, []string{"call", "agent"}},
		{[]string{"What is the headcount of the contact centre?", "How many staff are in the contact centre?"}, []string{"staff", "contact", "centre"}},
		// Body worn video is a camera, however named: "the cameras" in a
		// letter about it are its cameras.
		{[]string{"How many body worn cameras?", "How many body-worn video cameras?", "How many BWV?"}, []string{"body", "worn", "video", "camera"}},
		{[]string{"How many body cams?", "How many bodycams?"}, []string{"body", "worn", "video", "camera"}},
		// Bailiffs are enforcement agents in law; parking wardens are
		// civil enforcement officers; public-space surveillance cameras
		// are CCTV.
		{[]string{"Which bailiffs do you use?", "Which enforcement agents do you use?", "Which enforcement agencies do you use?"}, []string{"enforc", "agent"}},
		{[]string{"How many parking wardens?", "How many traffic wardens?", "How many civil enforcement officers?"}, []string{"civil", "enforc", "officer"}},
		{[]string{"How many surveillance cameras?", "How many CCTV?"}, []string{"clos", "circuit", "television", "camera"}},
		// A figure with its thousands, in thousands, or bare.
		{[]string{"Staff paid over £100,000?", "Staff paid over £100k?", "Staff paid over 100000?"}, []string{"staff", "cost", "over", "100000"}},
		// A phrase before "non" joins its word: "non-domestic rates" are
		// business rates, and confidentiality clauses non-disclosure
		// agreements.
		{[]string{"Non-domestic rates?", "NNDR?", "Business rates?"}, []string{"business", "rat"}},
		{[]string{"Agreements with non-disclosure clauses?", "Agreements with confidentiality clauses?", "NDAs?"}, []string{"agre", "non", "disclosur", "agre"}},
		{[]string{"How many handovers took over an hour?", "How many handovers took over 60 minutes?", "How many hand overs took over sixty minutes?"},
			[]string{"handover", "over", "one", "hour"}},
		{[]string{"What is the floor area of HQ?", "How many square feet is the headquarters?"}, []string{"floor", "area", "headquarter"}},
		{[]string{"How many sick days were taken?", "How many days of sickness absence were taken?"}, []string{"sickness", "absenc", "day"}},
		{[]string{"When did the system go live?", "When was the system implemented?"}, []string{"system", "implement"}},
		{[]string{"How much did you fork out on agency nurses?", "What was the spend on agency nurses?"}, []string{"cost", "agency", "nurs"}},
		{[]string{"How many calls did the helpline take?", "How many calls did the contact centre take?", "How many calls did the call centre take?"},
			[]string{"call", "contact", "centre", "tak"}},
		{[]string{"How many claims were turned down?", "How many claims were rejected?", "How many claims were declined?"}, []string{"claim", "reject"}},
		{[]string{"Who grits the roads?", "Who salts the roads?"}, []string{"grit", "road"}},
		{[]string{"What is the backlog of renewals?", "How many renewals are outstanding?"}, []string{"backlog", "renewal"}},
		{[]string{"Which firm empties the bins?", "Which firm holds the refuse and recycling collection?", "Which firm does the household waste collection?"}, []string{"supplier", "wast", "collection"}},
		{[]string{"How many smartphones are in use?", "How many mobile handsets are in use?"}, []string{"mobil", "handset"}},
		{[]string{"How much did you make from parking?", "What income came from parking?"}, []string{"income", "park"}},
		{[]string{"Is there any drone detection equipment?", "Is there any counter-drone equipment?"}, []string{"counter", "drone", "equip"}},
		{[]string{"When does the FM contract end?", "When does the facilities management contract end?"}, []string{"facility", "manag", "contract", "expiry"}},
		{[]string{"How many visited the park?", "What were the visitor numbers for the park?"}, []string{"visitor", "park"}},
		{[]string{"How many hours of home care?", "How many hours of domiciliary care?"}, []string{"hour", "domiciliary", "car"}},
		{[]string{"How many storm overflows are there?", "How many combined sewer overflows are there?", "How many CSOs are there?"}, []string{"storm", "overflow"}},
		{[]string{"How many odour complaints?", "How many complaints about smells?"}, []string{"odour", "complaint"}},
		{[]string{"Where are the cameras sited?", "Where are the cameras located?"}, []string{"location", "camera"}},
		// A camera car is the CCTV car, not the public-space cameras.
		{[]string{"How many CCTV cars does the Council operate?", "how many camera cars does the council operate?", "How many CCTV enforcement vehicles does the council operate?"},
			[]string{"cctvcar"}},
		{[]string{"How many CCTV cameras?"}, []string{"clos", "circuit", "television", "camera"}},
		// Who sold or runs a thing is its supplier.
		{[]string{"Who sold you your drones?", "Who provides your drones?"}, []string{"supplier", "drone"}},
		{[]string{"Who runs the car parks?", "Which company provides the car parks?"}, []string{"supplier", "carpark"}},
		// An abbreviation that is also an English word is not read as one.
		{[]string{"How many assaults led to a prosecution?"}, []string{"assault", "led", "prosecution"}},
		{[]string{"How many Tasers does the force hold?", "How many conducted energy devices (CEDs) does the force hold?"}, []string{"taser"}},
		// The operator of a service is its supplier; an operator is
		// otherwise a person.
		{[]string{"Who is the operator of the car park?", "Which company operates the car park?"}, []string{"supplier", "carpark"}},
		// A car park is one thing, no kind of car.
		{[]string{"How many car parks?", "How many car parks are there?"}, []string{"carpark"}},
		{[]string{"How many pool cars?"}, []string{"pool", "car"}},
		{[]string{"How many control room operators?"}, []string{"control", "room", "operator"}},
		// Who provides a thing is its supplier; "please provide" asks.
		{[]string{"Who provides the fuel cards?", "Which company provides the fuel cards?", "Who supplies the fuel cards?"}, []string{"supplier", "fuel", "card"}},
		{[]string{"Please provide the number of fuel cards."}, []string{"fuel", "card"}},
		// "Non-emergency" is no kind of emergency.
		{[]string{"How many non-emergency calls?", "How many non emergency calls?"}, []string{"nonemergency", "call"}},
		// The Information Commissioner is the ICO; a speed camera is a
		// safety camera.
		{[]string{"How many breaches were reported to the ICO?", "How many breaches were reported to the Information Commissioner?", "How many breaches were reported to the Information Commissioner's Office?"},
			[]string{"breach", "report", "commissioner"}},
		{[]string{"How many fixed speed cameras are there?", "How many fixed safety cameras are there?"}, []string{"fix", "safety", "camera"}},
		// A 999 call is an emergency call; a vacant post is a vacancy.
		{[]string{"How many 999 call handlers?", "How many emergency call handlers?"}, []string{"emergency", "call", "agent"}},
		{[]string{"How many call handler posts are vacant?"}, []string{"call", "agent", "post", "vacancy"}},
		{[]string{"How many call handler vacancies?"}, []string{"call", "agent", "vacancy"}},
		// Who works somewhere is employed there.
		{[]string{"How many agents work in the contact centre?", "How many agents does the contact centre employ?", "How many agents are employed in the contact centre?"}, []string{"agent", "employ", "contact", "centre"}},
		// A thing fitted is installed.
		{[]string{"How many vans have CCTV fitted?", "How many vans have CCTV installed?"}, []string{"van", "clos", "circuit", "television", "camera", "fitted"}},
		// A sale of land is a disposal.
		{[]string{"How many land disposals?", "How many land sales?", "How much land was sold?"}, []string{"land", "disposal"}},
		// General abbreviations and idioms of requests.
		{[]string{"Is MFA enforced for staff?", "Is multi-factor authentication enforced for staff?", "Is two-factor authentication enforced for staff?"},
			[]string{"multi", "factor", "authentication", "enforc", "staff"}},
		{[]string{"Is the control room staffed 24/7?", "Is the control room staffed around the clock?", "Is the control room staffed 24 hours a day?"},
			[]string{"control", "room", "staff", "roundtheclock"}},
		{[]string{"How long is footage retained?", "How long is footage kept?"}, []string{"footag", "retain", "long"}},
		{[]string{"What is the retention period?", "What period is it retained for?"}, []string{"retain"}},
		{[]string{"Who maintains the cameras?", "Who does camera maintenance?"}, []string{"camera", "maintenance"}},
		// A year written with the next one's last digits is a year; the
		// authority naming itself ("the Service") names no subject.
		{[]string{"What was spent on agency staff in 2024/25?", "What was spent on agency staff in 2023-24?", "What did the Service spend on agency staff?"},
			[]string{"cost", "agency", "staff"}},
		// An adverb is its adjective; a consonant doubled before "ing" is one.
		{[]string{"Does the force deploy drones covertly?", "Covert drone deployment?"}, []string{"deployment", "drone", "covert"}},
		{[]string{"Fly-tips recorded", "Fly-tipping recorded"}, []string{"fly", "tip", "record"}},
		{[]string{"Who supplies the agency?", "Which company supplied the agency?"}, []string{"supplier", "agency"}},
		// A numbered step of a scale is one term: Stage 1 is not Stage 2.
		{[]string{"How many Stage 2 complaints?", "How many formal complaints?"}, []string{"stage2", "complaint"}},
		{[]string{"How many Stage 1 complaints?", "How many frontline complaints?"}, []string{"stage1", "complaint"}},
		// Abbreviations of police, NHS and ombudsman requests; what a
		// contract is worth is its value; workers are staff; whom an
		// authority works with says nothing of what is asked.
		{[]string{"Who supplies the C&C system?", "Who supplies the command and control platform?", "Who supplies the command and control solution?"},
			[]string{"supplier", "command", "control", "system"}},
		{[]string{"How long is the CAMHS wait?", "How long is the child and adolescent mental health services wait?"}, []string{"camh", "wait", "long"}},
		{[]string{"How many were referred to the SPSO?", "How many were referred to the Scottish Public Services Ombudsman?"}, []string{"ombudsman", "refer"}},
		{[]string{"What is the contract worth?", "What is the contract value?"}, []string{"contract", "cost"}},
		{[]string{"How many agency workers?", "How many agency staff?"}, []string{"agency", "staff"}},
		{[]string{"How many partner colleges do you work with?", "How many partner colleges?"}, []string{"partner", "colleg"}},
		{[]string{"What was spent on locum doctors?", "What was spent on medical staff?"}, []string{"cost", "doctor"}},
		{[]string{"What was spent on energy?", "What was spent on gas and electricity?"}, []string{"cost", "energy"}},
		{[]string{"A breakdown by ethnicity", "An ethnic breakdown"}, []string{"breakdown", "ethnicity"}},
		// A stop word written in capitals in a sentence that is not is an
		// abbreviation; stressed, or in a heading all in capitals, it is
		// none.
		{[]string{"What was spent on SEND transport?", "What was spent on special educational needs transport?"},
			[]string{"cost", "special", "educational", "need", "transport"}},
		{[]string{"What is the yearly IT budget?", "What is the annual ICT budget?"},
			[]string{"communication", "technology", "budget"}},
		{[]string{"PART 2: SEND HOME TO SCHOOL TRANSPORT", "Part 2: home to school transport"}, []string{"hom", "school", "transport"}},
		{[]string{"Please send ALL records of the audits.", "Please send me the records of the audits."}, []string{"record", "audit"}},
		// The top of a ranking is its largest, however put.
		{[]string{"Who are the biggest suppliers?", "Who are the largest suppliers?", "Who are the top suppliers?", "Who are the highest suppliers?"},
			[]string{"largest", "supplier"}},
		// A noun made with "ancy" is the word for whoever is so.
		{[]string{"What was spent on consultancy?", "What was spent on consultants?", "What was spent on consultancies?"},
			[]string{"cost", "consultant"}},
		{[]string{"Which EPR does the hospital use?", "Which electronic patient record does the hospital use?"},
			[]string{"electronic", "patient", "record", "hospital"}},
		// A noun and the verb of what was done; "18s" are 18.
		{[]string{"How many children under 18s were restrained?", "How many restraints of minors under 18?"},
			[]string{"child", "18", "restraint"}},
		{[]string{"How many patients were secluded?", "How many patients were in seclusion?"}, []string{"patient", "seclusion"}},
		// Abbreviations of requests to councils, trusts, fire services
		// and universities.
		{[]string{"Total TA spend?", "Total temporary accommodation spend?"}, []string{"temporary", "accommodation", "cost"}},
		{[]string{"How much is the VC paid?", "How much is the vice chancellor paid?"}, []string{"vic", "chancellor", "cost"}},
		{[]string{"How many AFA calls?", "How many automatic fire alarm calls?"}, []string{"automatic", "fir", "alarm", "call"}},
	} {
		for _, in := range tc.in {
			got := Terms(in)
			set := map[string]bool{}
			for _, w := range got {
				set[w] = true
			}
			want := map[string]bool{}
			for _, w := range tc.want {
				want[w] = true
			}
			if !reflect.DeepEqual(set, want) {
				t.Errorf("Terms(%q) = %v, want the terms %v", in, got, tc.want)
			}
		}
	}
}

// similarityPairs are questions an officer would call the same (or not),
// each pair scored with a Weigher learnt from every question here, as a
// check learns from a draft and its candidates.
var similarityPairs = []struct {
	a, b string
	same bool
}{
	// The same subject asking for another kind of answer.
	{"How many body-worn video cameras does the force have?", "Who supplies the force's body-worn video cameras?", false},
	{"Number of lines: how many inbound telephone numbers (0300 and 0800) does the council operate?",
		"Please name the company that supplies the council's inbound telephony network (0300/0800 numbers).", false},
	// Trained or qualified; a count of deployments however it is put.
	{"How many officers are trained to pilot drones?", "Please state the number of officers who hold a qualification to fly the force's drones.", true},
	{"How many drone deployments were made in the last calendar year?", "Please state the number of times drones were deployed (flights) in the last calendar year.", true},
	// An acronym is the words it stands for, once a question has defined
	// it.
	{"How many fixed ANPR cameras does the force operate?",
		"Please state the number of fixed automatic number plate recognition (ANPR) cameras operated by the force.", true},
	{"How many ANPR cameras are fixed at the roadside?", "How many automatic number plate recognition cameras are fixed at the roadside?", true},
	// The last period and the one before it are two periods.
	{"How many potholes were reported to the council in the last financial year?", "How many potholes were reported in the financial year before that?", false},
	{"How many 101 calls were abandoned in the previous calendar year?", "How many 101 calls were abandoned in the calendar year before that?", false},
	// Well-known abbreviations need no definition.
	{"How many CCTV cameras does the council monitor?", "How many closed-circuit television cameras are monitored by the council?", true},
	{"How many EV charge points has the council installed?", "How many electric vehicle charging points has the council installed?", true},
	// A review of a decision is an appeal against it; a review of a
	// system is not.
	{"How many requests for review of eligibility decisions were received?",
		"Number of requests for a review (appeal) of an eligibility decision received in 2020/21", true},
	{"How many reviews resulted in the original decision being overturned?", "Number of those appeals where the original decision was overturned", true},
	// A thing said in other words: experienced and hit, back up and
	// backup, unfilled positions and vacancies.
	{"Within the last three years, have any of the Trust's systems been hit by ransomware?", "In the past three years, has the Trust experienced a ransomware incident?", true},
	{"What product does the Trust use to back up its data?", "Name of the product used for data backup.", true},
	{"How many on-call vacancies are there?", "Number of unfilled on-call positions.", true},
	// The average over three years, taken over the last three years: the
	// same span, put two ways.
	{"What is the average annual spend on the contract, taken over the last three years?", "Annual average spend: for each supplier, the average annual spend over three years.", true},
	// The highest of something is not its total; a nurse's rate is not
	// a doctor's.
	{"What is the maximum hourly rate paid for an agency nurse?", "Tell me the total agency expenditure for 2022/23.", false},
	{"What is the maximum hourly rate the Trust has paid to an agency for a doctor?", "Tell me the top hourly charge paid for an agency nurse (Band 5 equivalent).", false},
	{"What is the maximum hourly rate paid for an agency nurse?", "Highest hourly rate paid for an agency registered nurse.", true},
	// The most paid per hour is the highest rate, not the spend year by
	// year.
	{"What is the most the Trust has paid per hour for a paramedic supplied by an agency?", "Agency paramedic spend by year for the last three complete financial years.", false},
	{"What is the most the Trust has paid per hour for a paramedic supplied by an agency?", "What is the highest hourly rate the Trust has paid for an agency paramedic?", true},
	{"How much did the Trust spend on agency call handlers in its emergency operations centre in 2024/25?", "Total spend on agency paramedics in the most recent complete financial year.", false},
	// Whoever insures the body: its insurer, its underwriter.
	{"Who underwrites the council's cyber insurance?", "Please name the cyber insurance provider.", true},
	{"Who underwrites the council's cyber insurance?", "Who is the council's cyber insurer?", true},
	// An average asked as a count and as a measure is one average.
	{"For 2020/21, what was the average sickness absence per wholetime firefighter?", "Average number of shifts lost to sickness per wholetime firefighter, 2020/21", true},
	// Why something happened: its cause or its reason.
	{"What was the biggest single cause of staff absence?", "What was the most common reason for sickness absence?", true},
	// Nor is an average its total.
	{"Total out of area spend, financial year 2024/25.", "What was the average cost per bed day for an out of area placement?", false},
	{"Average daily bed price paid to the providers used for out of area placements.", "What was the average cost per bed day for an out of area placement?", true},
}

// similarityHistory stands for the earlier letters a check learns its
// weights from: subjects asked about again and again.
var similarityHistory = []string{
	"How many body-worn video cameras does the force have?",
	"Who supplies the force's body-worn video cameras?",
	"How much did the body-worn video cameras cost?",
	"How long is body-worn video footage retained?",
	"How many drones does the force own?",
	"What make and model of drone does the force use?",
	"How much has the force spent on drones?",
	"How many fixed ANPR cameras does the force operate?",
	"How many CCTV cameras does the council operate?",
	"Who is the supplier of the contact centre system?",
	"When does the contract expire?",
	"What is the annual value of the contract?",
	"How many agents use the contact centre system?",
	"How many fly-tipping incidents were reported?",
	"How many cyber attacks were recorded in the last year?",
	"Who supplies the inbound telephony network?",
}

func TestAcronymsIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string][]string
	}{
		{"The number of officers in integrated offender management (IOM) units.",
			map[string][]string{"iom": {"integrat", "offender", "manag"}}},
		{"How many vehicles carry automatic vehicle location (AVL)?", map[string][]string{"avl": {"automatic", "vehicl", "location"}}},
		// A well-known abbreviation is already one term with its words.
		{"The number of fixed automatic number plate recognition (ANPR) cameras.", map[string][]string{}},
		// Already one group: nothing to expand.
		{"How many unmanned aerial vehicles (UAVs)?", map[string][]string{}},
		// Initials that do not spell it: no definition.
		{"The number of cameras (CCTV) in use.", map[string][]string{}},
	} {
		if got := acronymsIn(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("acronymsIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	texts := append([]string(nil), similarityHistory...)
	for _, p := range similarityPairs {
		texts = append(texts, p.a, p.b)
	}
	w := NewWeigher(texts)
	for _, p := range similarityPairs {
		s := Similarity(w, corpus.Question{Text: p.a}, corpus.Question{Text: p.b})
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

// TestSubjects: two questions about subjects an authority is asked about
// again and again (so that their words weigh little) and asked the same
// way are still different questions when their subjects have no word in
// common; the same subject reworded is still the same question.
func TestSubjects(t *testing.T) {
	history := []string{
		"How many grounds maintenance complaints were received?",
		"How much did the council spend on grounds maintenance?",
		"How many grounds maintenance staff does the council employ?",
		"How many street lighting faults were reported?",
		"How much did the council spend on street lighting?",
		"How many street lighting columns does the council own?",
		"How many agency social workers does the council employ?",
		"How many hours of agency social work were paid for?",
		"How many parking spaces are there at the civic centre?",
		"How many parking permits were issued at the civic centre?",
		"When does the contract expire?",
		"Which company holds the contract?",
		"What is the duration of the contract?",
		"When will the contract next be reviewed?",
		"Who is responsible for managing the contract?",
		"How many street lighting columns are more than forty years old?",
		"How many street lighting columns have LED lanterns?",
		"How many prosecutions for fly-tipping did the council bring?",
		"How much did clearing fly-tipping cost the council?",
		"Has the council suffered a cyber security breach?",
		"Does the council hold cyber security insurance?",
	}
	for _, p := range []struct {
		a, b string
		same bool
	}{
		{"Who is the council's grounds maintenance contractor?", "Who is the council's street lighting contractor?", false},
		{"What is the annual value of the grounds maintenance contract?", "What is the annual value of the street lighting contract?", false},
		{"What is the hourly rate paid to agency social workers?", "What is the hourly charge for parking at the civic centre?", false},
		{"Who is the council's grounds maintenance contractor?", "Which company holds the grounds maintenance contract?", true},
		{"What is the annual value of the street lighting contract?", "How much does the council pay each year under the street lighting contract?", true},
		// Incidents are what is counted, not what the question is about.
		{"How many fly-tipping incidents did the council record in the last year?", "How many cyber security incidents did the council record in the last year?", false},
		{"How many fly-tipping incidents did the council record in the last year?", "Please state the number of recorded incidents of fly-tipping in the last year.", true},
		// A question naming no subject, asked in a letter about another,
		// is weak evidence; one that names it is the same question.
		{"How much did the council spend on street lighting in the last financial year?", "Please state the total contract value.", false},
		{"Please state the total value of the street lighting contract.", "Please state the total contract value.", true},
		// A negation of the other's subject is another subject.
		{"How many emergency call handlers work in the control room on each shift?", "How many call handlers work in the non-emergency contact centre?", false},
		{"How many call handlers work in the non-emergency contact centre?", "How many non-emergency call handlers are there in the contact centre?", true},
	} {
		w := NewWeigher(append(append([]string(nil), history...), p.a, p.b))
		s := Similarity(w, corpus.Question{Text: p.a}, corpus.Question{Text: p.b})
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

// TestSubjectFromHeading: a question whose words name no subject takes it
// from its part's heading, against another question's words or heading.
func TestSubjectFromHeading(t *testing.T) {
	history := []string{
		"Who supplies the council's firewall?",
		"How many cyber security incidents were recorded?",
		"Who is the supplier?",
		"When does the contract expire?",
		"How many grounds maintenance complaints were received?",
		"How many street lighting faults were reported?",
	}
	for _, p := range []struct {
		a, b corpus.Question
		same bool
	}{
		{corpus.Question{Text: "Who is the supplier?", Context: "Part 2 - Fuel cards"}, corpus.Question{Text: "Who supplies the council's firewall?"}, false},
		{corpus.Question{Text: "Who is the supplier?", Context: "Part 2 - Fuel cards"}, corpus.Question{Text: "Who supplies the council's fuel cards?"}, true},
		{corpus.Question{Text: "When does the contract expire?", Context: "Part 1 - Street lighting"}, corpus.Question{Text: "When does the contract expire?", Context: "Part 2 - Grounds maintenance"}, false},
		{corpus.Question{Text: "When does the contract expire?", Context: "Part 1 - Street lighting"}, corpus.Question{Text: "When does the contract expire?", Context: "Part 3 - Street lighting"}, true},
		// The other question's heading may name the subject its words do not.
		{corpus.Question{Text: "When does the contract expire?", Context: "Part 1 - Street lighting"}, corpus.Question{Text: "When does the council's agreement end?", Context: "Street lighting"}, true},
	} {
		w := NewWeigher(append(append([]string(nil), history...), p.a.Text, p.b.Text))
		s := Similarity(w, p.a, p.b)
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

func TestSubjectFromTitle(t *testing.T) {
	history := []string{
		"Who supplies the council's firewall?",
		"Who is the supplier of the cameras?",
		"When does the contract expire?",
		"How many street lights are there?",
		"How many body worn video cameras are there?",
	}
	for _, p := range []struct {
		a, b titled
		same bool
	}{
		// A heading and a title that share no subject: two contracts.
		{titled{"When does the contract expire?", "Part 1 - Collection", "Waste contracts"}, titled{"When does the contract expire?", "", "Grounds maintenance contract"}, false},
		{titled{"When does the contract expire?", "Part 1 - Collection", "Waste contracts"}, titled{"When does the contract expire?", "", "Waste collection"}, true},
		// Each names its own letter's subject, which the other names
		// nowhere: two questions about one department's work.
		{titled{"How many complaints about illegal vapes did Trading Standards receive?", "", "Vapes enforcement"}, titled{"How many doorstep crime complaints were received by Trading Standards?", "", "Doorstep crime"}, false},
		{titled{"How many complaints about doorstep crime did Trading Standards receive?", "", "Doorstep crime 2025"}, titled{"How many doorstep crime complaints were received by Trading Standards?", "", "Doorstep crime"}, true},
		// Staff are what many requests ask about, not a subject: agency
		// staff are not the control room's.
		{titled{"When does the contract expire?", "Part 3 - Agency staff", "Response times and agency spend"}, titled{"When does the contract expire?", "", "Patient transport and control room staffing"}, false},
		// A question naming its subject in its words, and one taking it
		// from its title: its words or its own title may share it.
		{titled{"Who is the supplier?", "", "Body worn video"}, titled{"Who is the supplier of the cameras?", "", "Body worn video rollout"}, true},
		{titled{"Who is the supplier?", "", "Street lighting"}, titled{"Who is the supplier of the cameras?", "", "Body worn video rollout"}, false},
	} {
		w := NewWeigher(append(append([]string(nil), history...), p.a.text, p.b.text))
		s := titledSimilarity(w, p.a, p.b)
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

func TestEnglishOf(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Faint o dronau sydd gan yr heddlu?\nHow many drones does the force have?", "How many drones does the force have?"},
		{"Pwy yw'r cyflenwr?\nWho is the supplier?", "Who is the supplier?"},
		// English on both lines, or Welsh alone: as it is.
		{"How many drones?\nPlease list them by make.", "How many drones?\nPlease list them by make."},
		{"Faint o dronau sydd gan yr heddlu?", "Faint o dronau sydd gan yr heddlu?"},
	} {
		if got := englishOf(tt.in); got != tt.want {
			t.Errorf("englishOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestComplaintsAboutAThing(t *testing.T) {
	history := []string{
		"How many body worn video cameras are issued to officers?",
		"How many complaints referred to body worn video footage?",
		"How many Stage 2 complaints were received?",
		"How many were upheld?",
		"How many street lights are there?",
	}
	w := NewWeigher(history)
	type q struct{ text, before string }
	for _, p := range []struct {
		a, b q
		same bool
	}{
		// Complaints about the cameras are not the cameras.
		{q{"How many complaints received last year referred to body worn video?", ""}, q{"How many body worn video cameras are issued?", ""}, false},
		{q{"How many complaints received last year referred to body worn video?", ""}, q{"How many complaints in 2022 mentioned body worn video?", ""}, true},
		// "How many of those", "how many were" count what the question
		// before counted.
		{q{"How many of those were upheld?", "How many Stage 2 complaints were received?"}, q{"How many Stage 2 complaints were upheld?", ""}, true},
		{q{"How many were upheld?", "How many Stage 2 complaints were received?"}, q{"How many Stage 2 complaints were upheld?", ""}, true},
	} {
		vs := func(x q) questionVector {
			if x.before == "" {
				return vectorOf(w, corpus.Question{Text: x.text, Part: 1})
			}
			qs := []corpus.Question{{Text: x.before, Part: 1}, {Text: x.text, Part: 1}}
			v := []questionVector{vectorOf(w, qs[0]), vectorOf(w, qs[1])}
			inheritIntents(qs, v)
			return v[1]
		}
		s := similarity(vs(p.a), vs(p.b))
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

func TestAdultsAndChildren(t *testing.T) {
	history := []string{
		"How many adults are in residential care placements?",
		"How many looked after children are in residential homes?",
		"How many of these placements are outside the borough?",
		"How many pupils receive school transport?",
	}
	w := NewWeigher(history)
	for _, p := range []struct {
		a, b titled
		same bool
	}{
		// Placements of adults and of children, by heading and title.
		{titled{"How many working-age placements are outside the borough?", "Part 1 - Adult social care placements", "Adult social care and school transport"}, titled{"How many of these placements are outside the borough?", "", "Children's residential placements"}, false},
		{titled{"How many working-age placements are outside the borough?", "Part 1 - Adult social care placements", "Adult social care and school transport"}, titled{"How many placements are outside the borough?", "", "Adult residential placements"}, true},
		// A heading naming neither side: the title's side is another
		// part's.
		{titled{"How many pupils receive school transport?", "Part 2 - School transport", "Adult social care and school transport"}, titled{"How many pupils receive school transport?", "", "Transport for children"}, true},
	} {
		s := titledSimilarity(w, p.a, p.b)
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

// checkThreshold fails t when s, the similarity of a and b, lies on the
// wrong side of DefaultMinScore for questions that ask the same thing
// (same) or not.
func checkThreshold(t *testing.T, s float64, same bool, a, b any) {
	t.Helper()
	if same && s < DefaultMinScore {
		t.Errorf("%.3f, below %.2f: %+v and %+v ask the same", s, DefaultMinScore, a, b)
	}
	if !same && s >= DefaultMinScore {
		t.Errorf("%.3f, not below %.2f: %+v and %+v ask different things", s, DefaultMinScore, a, b)
	}
}

// titled is a question with its part's heading and its letter's title.
type titled struct{ text, context, title string }

// titledSimilarity is the similarity of two questions, each with its
// heading and its letter's title.
func titledSimilarity(w *Weigher, a, b titled) float64 {
	va := vectorOf(w, corpus.Question{Text: a.text, Context: a.context})
	vb := vectorOf(w, corpus.Question{Text: b.text, Context: b.context})
	va.topic, vb.topic = w.Vector(a.title), w.Vector(b.title)
	return similarity(va, vb)
}

// TestSimilarityStable: a similarity does not depend on the order Go
// ranges over a vector's terms, which changes from run to run; otherwise
// two equal candidates tie one way in one check and the other way in the
// next.
func TestSimilarityStable(t *testing.T) {
	a := "How many drone incursions were recorded across the prison estate in each month of 2023, broken down by category of incident, establishment security level and outcome?"
	b := "The number of drone incursions recorded at prisons during 2024, by month, security category, establishment and outcome of each incident."
	w := NewWeigher([]string{a, b, "How many assaults on staff?", "Who supplies electronic monitoring?"})
	first := Similarity(w, corpus.Question{Text: a}, corpus.Question{Text: b})
	for range 300 {
		if s := Similarity(w, corpus.Question{Text: a}, corpus.Question{Text: b}); s != first {
			t.Fatalf("similarity %v, then %v", first, s)
		}
	}
}

// TestOccasionsAndStock: counting what was done with things is not
// counting the things; a question's exclusions are not what it asks
// about; a fire service's aerial ladders are no drones.
func TestOccasionsAndStock(t *testing.T) {
	history := []string{
		"How many drones does the Service own?",
		"How many reserve pumping appliances does the Service hold?",
		"How many aerial ladder platforms does the Service operate?",
		"Which electronic patient record (EPR) does the Trust use?",
		"How many overseas recruitment agents does the University use?",
		"How many fly-tipping incidents were reported?",
		"Has the Service paid any ransom to cyber criminals?",
		"How many ransomware attacks has the Service suffered in the last year?",
		"Please provide the fee levied for attendance at unwanted fire signals.",
	}
	w := NewWeigher(history)
	for _, p := range []struct {
		a, b string
		same bool
	}{
		{"How many times were the Service's drones sent to incidents last year?", "How many drones does the Service own?", false},
		{"What is the size of your remotely piloted aircraft fleet?", "How many drones does the Service own?", true},
		{"How many times was fly-tipping reported to the Council?", "How many fly-tipping incidents were reported?", true},
		{"Please state how many aerial appliances are in service.", "How many drones does the Service own?", false},
		{"Please confirm whether the Service has ever made a ransomware payment.", "Has the Service paid any ransom to cyber criminals?", true},
		{"How many ransomware attacks has the Service suffered in the last year?", "Has the Service paid any ransom to cyber criminals?", false},
		{"What clinical record system does the Trust use?", "Which electronic patient record (EPR) does the Trust use?", true},
		{"How many international student recruitment agents does the University contract?", "How many overseas recruitment agents does the University use?", true},
		{"Please state how many height vehicles are in service.", "How many aerial ladder platforms does the Service operate?", true},
		// Anti-malware, antivirus and endpoint protection are one product;
		// a device is no subject of its own.
		{"Please name the anti-malware software the Council uses.", "Which antivirus product does the Council use?", true},
		// "Due to end" and "scheduled to finish" are the same timing.
		{"End date – when is each contract scheduled to finish?", "On what date is the contract due to end, and are any extensions available?", true},
		{"Does the Service charge for attending repeated false alarms? If so, how much?", "Please provide the fee levied for attendance at unwanted fire signals.", true},
		{"Number of carriageway defects notified by members of the public last year.", "How many potholes were reported to the Council in 2022?", true},
		{"Who supplies the hand-held computers that your enforcement officers carry?", "Which company provides the handheld terminals used on street?", true},
		{"Please state the number of parking tickets handed out during the most recent year.", "How many penalty charge notices were issued last year?", true},
		{"Term of the enforcement agreement, in months or years.", "End date of the present agreement with the enforcement provider.", false},
		{"Number of people on the referral-to-treatment list who have waited a year or longer.", "How many patients have been waiting more than 52 weeks for treatment?", true},
		{"Total expenditure on agency medical and dental staff in the last financial year.", "How much did the Trust spend on agency doctors (locums) last year?", true},
		{"What did agency nurses cost the Trust last year?", "How much did the Trust spend on bank nurses last year?", false},
		{"Total bank (not agency) nursing spend for the last financial year.", "How much did the Trust spend on bank nurses last year?", true},
		{"Is annual cyber awareness training compulsory for everyone who works for the force?", "Do all staff have to undertake cyber-security awareness training?", true},
		{"Has the force been the victim of a ransomware attack in the last three years?", "Has the force experienced a ransomware attack in the past three years?", true},
		{"Who provides the Authority's cyber insurance?", "Please list the systems affected by any cyber incident reported since April 2022.", false},
		{"The locations of any cameras the Council uses to detect fly-tipping.", "Where are the Council's fly-tipping surveillance cameras located?", true},
		{"Which online learning platform do students use for course materials, and who provides it?", "Who supplies the University's virtual learning environment?", true},
		{"How many frontline double-crewed ambulances does the Trust have?", "The number of front-line ambulances the Trust operates.", true},
		{"Who is the converter for your ambulance fleet?", "The company that carries out ambulance conversions for the Trust.", true},
		{"Current contractor.", "Which organisation currently delivers the service?", true},
		{"Briefly describe the services covered by the contract.", "Contract Description: For each supplier, please state a brief description of the services provided.", true},
		{"Please confirm whether the Constabulary possesses any cell-site simulators.", "Does the force hold IMSI grabbers?", true},
		{"How many kiosks for downloading data from mobile phones does the force operate?", "How many self-service digital device extraction kiosks are deployed in the force area?", true},
		{"How much is the University paying for its student information system over the life of the agreement?", "What is the total value of the student records system contract?", true},
	} {
		s := Similarity(w, corpus.Question{Text: p.a, Part: 1}, corpus.Question{Text: p.b, Part: 1})
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

func TestWithoutExclusions(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The size of your fire engine fleet, not counting reserve or training vehicles.", "The size of your fire engine fleet,  ."},
		{"How many staff, excluding agency staff, work in the control room?", "How many staff,  , work in the control room?"},
		{"How many cameras (other than those at headquarters) are there?", "How many cameras ( ) are there?"},
		{"How many pupils were excluded?", "How many pupils were excluded?"},
		{"Total bank (not agency) nursing spend.", "Total bank   nursing spend."},
		{"For how many years was the deal let, leaving aside any extension options?", "For how many years was the deal let,  ?"},
	} {
		if got := withoutExclusions(tt.in); got != tt.want {
			t.Errorf("withoutExclusions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountKind(t *testing.T) {
	for _, tt := range []struct {
		q                string
		occasions, stock bool
	}{
		{"How many times were drones deployed?", true, false},
		{"Please provide the number of drone deployments in 2024.", true, false},
		{"On how many occasions was a Taser drawn?", true, false},
		{"How many drones does the force have?", false, true},
		{"Please provide the number of unmanned aerial vehicles operated by the Service.", false, true},
		{"How many fly-tipping incidents were reported?", false, false},
		{"Who supplies the drones?", false, false},
	} {
		o, s := countKind(tt.q)
		if o != tt.occasions || s != tt.stock {
			t.Errorf("countKind(%q) = %v, %v; want %v, %v", tt.q, o, s, tt.occasions, tt.stock)
		}
	}
}

// TestPartHeadingAgainstOneList: a question that names nothing itself,
// asked under a part's heading, is compared with a question asked in a
// letter of one list by its words and its heading together.
func TestPartHeadingAgainstOneList(t *testing.T) {
	a := corpus.Question{Part: 1, Text: "Incumbent Supplier: For each of the contract(s) please provide the supplier of the contract.",
		Context: "The first part of my request relates to contact centre service contracts."}
	b := corpus.Question{Part: 1, Text: "Who supplies your contact centre software or service?"}
	c := corpus.Question{Part: 1, Text: "Who provides your inbound telephony network services?"}
	w := NewWeigher([]string{a.Text, b.Text, c.Text, "How many agents work in the contact centre?"})
	if s := Similarity(w, a, b); s < 0.4 {
		t.Errorf("contact centre supplier under its heading and in one list: %.3f, want at least 0.40", s)
	}
	if s, o := Similarity(w, a, b), Similarity(w, a, c); o >= s {
		t.Errorf("the inbound network supplier (%.3f) is as like as the contact centre's (%.3f)", o, s)
	}
}

// TestOpposites: a thing qualified one way is not the thing qualified the
// other way; a question that does not say matches either.
func TestOpposites(t *testing.T) {
	history := []string{"How many incidents of fly-tipping on public land were recorded during 2018?", "What is the level of the fixed penalty for fly-tipping?",
		"The name of any external enforcement partner you use for fly-tipping penalties."}
	w := NewWeigher(history)
	for _, p := range []struct {
		a, b string
		same bool
	}{
		{"How many fly-tipping incidents on private land did the council deal with in 2024?", history[0], false},
		{"How many fly-tipping incidents on public land did the council record in 2024?", history[0], true},
		{"What is the penalty for fly-tipping?", history[1], true},
		{"What is the penalty for fly-tipping?", history[2], false},
		{"The number of fixed penalty notices issued for littering offences in 2024/25.", "How many fixed penalty notices for fly-tipping were issued in 2024/25?", false},
		// Counts of different events in one thing's life.
		{"How many PCNs were cancelled following an informal challenge in 2024/25?", "How many PCNs were issued in 2024/25?", false},
		{"How many claims were rejected in 2024/25?", "How many claims were received in 2024/25?", false},
		{"How many claims were rejected in 2024/25?", "Number of claims rejected in 2024/25.", true},
		{"How many patients were placed in seclusion last year?", "How many patients were placed in restraint last year?", false},
	} {
		s := Similarity(w, corpus.Question{Text: p.a, Part: 1}, corpus.Question{Text: p.b, Part: 1})
		checkThreshold(t, s, p.same, p.a, p.b)
	}
}

// TestLearnAcronyms: an abbreviation one text writes in capitals and
// another spells out, with no text defining it, reads as the words.
func TestLearnAcronyms(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  map[string][]string
	}{
		{"spelled out elsewhere", []string{"Part 1 - CRM", "Part 1 - Customer relationship management"},
			map[string][]string{"crm": Terms("customer relationship management")}},
		{"stop words between the words", []string{"Who supplies the HRP?", "Who supplies the hospital's record of patients?"},
			map[string][]string{"hrp": Terms("hospital record patients")}},
		// Two phrases could be meant: neither is taken.
		{"ambiguous", []string{"Part 2 - CRM", "customer relationship management", "cost recovery model"}, map[string][]string{}},
		// A plural abbreviation is the abbreviation.
		{"plural", []string{"Name of the contractor that provides your civil enforcement officers.", "devices used on street by CEOs"},
			map[string][]string{"ceo": Terms("civil enforcement officers")}},
		// Never spelled out: nothing to learn.
		{"alone", []string{"Part 1 - CRM", "Part 2 - Telephony"}, map[string][]string{}},
		// A heading all in capitals abbreviates nothing.
		{"shouting", []string{"FIRE AND RESCUE", "fleet and rescue"}, map[string][]string{}},
		// A well-known abbreviation already reads as its words.
		{"known", []string{"CCTV cameras", "closed circuit television cameras"}, map[string][]string{}},
	} {
		w := NewWeigher(nil)
		w.learnAcronyms(tc.texts)
		if !reflect.DeepEqual(w.acronyms, tc.want) {
			t.Errorf("%s: learnAcronyms(%q) = %v, want %v", tc.name, tc.texts, w.acronyms, tc.want)
		}
	}
}

// TestAcronymHeadingMatches: the same question under a part headed with
// an abbreviation one year and its words the next matches its own part's
// counterpart, not the other part's.
func TestAcronymHeadingMatches(t *testing.T) {
	mk := func(ref string, headings [2]string) corpus.Response {
		r := corpus.Response{Reference: ref, Authority: "Thornbury Council"}
		for p, h := range headings {
			for n, q := range []string{"Current supplier", "Expiry date", "Annual cost"} {
				r.Questions = append(r.Questions, corpus.Question{ID: fmt.Sprintf("P%d.Q%d", p+1, n+1), Part: p + 1, Number: n + 1, Text: q, Context: h})
			}
		}
		return r
	}
	old := mk("FOI 1", [2]string{"Part 1 - CRM", "Part 2 - Telephony"})
	old.Date = corpus.Date{Year: 2025, Month: 6, Day: 30}
	draft := mk("FOI 2", [2]string{"Part 1 - Customer relationship management", "Part 2 - Telephony"})
	draft.Date = corpus.Date{Year: 2026, Month: 1, Day: 20}
	got := matchLetters(draft, []corpus.Response{old}, DefaultMinScore)
	for i, q := range draft.Questions {
		if len(got[i]) == 0 || got[i][0].QuestionID != q.ID {
			t.Errorf("%s matched %v, want %s of the earlier letter", q.ID, got[i], q.ID)
		}
	}
}
