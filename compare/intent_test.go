package compare

import "testing"

func TestIntentFactor(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"Please provide your policy on the use of agency staff.", "Does the trust have a policy on the use of agency staff?", 1},
		{"Please provide your policy on the use of agency staff.", "How much did the trust spend on agency staff?", intentPenalty},
	} {
		if got := intentFactor(IntentOf(tc.a), IntentOf(tc.b)); got != tc.want {
			t.Errorf("intentFactor(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestIntentOf(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want Intent
	}{
		{"How many fixed ANPR cameras does the force operate?", IntentCount},
		// "when" joining a circumstance asks nothing about when; asked
		// to be told when, it does.
		{"Do firefighters wear body cameras when attending incidents?", IntentYesNo},
		{"Do officers carry spit guards when on patrol?", IntentYesNo},
		{"Can you tell me when the contract expires?", IntentWhen},
		{"When does the contract expire?", IntentWhen},
		// Places named as a circumstance ask nothing about where.
		{"Do you use surveillance cameras, including covert or hidden devices, at locations prone to fly-tipping?", IntentYesNo},
		{"Can you list the locations of the cameras?", IntentWhere},
		// A penalty's amount is money.
		{"What is the fixed penalty for dropping litter?", IntentMoney},
		// A percentage of what is paid is a share.
		{"Percentage commission paid.", IntentShare},
		{"What percentage commission do they receive?", IntentShare},
		{"How many agents were paid a percentage commission?", IntentCount},
		// A contract's duration or term is a length of time.
		{"Contract duration: please state the term of the contract.", IntentMeasure},
		{"For how long was the contract let?", IntentMeasure},
		{"Term of the enforcement agreement, in months or years.", IntentMeasure},
		{"For what term was the SRS agreement signed?", IntentMeasure},
		{"How many staff are paid more than £100,000 a year?", IntentCount},
		{"Name, role and email address of the council's contract manager.", IntentWho},
		{"For how many years was the enforcement deal let, leaving aside any extension options?", IntentMeasure},
		// A body named by what it was paid asks for its name.
		{"Tell me the agency to which the Trust paid the most in 2022/23.", IntentWho},
		{"Please name the staffing agency that received the largest payments from the Trust in 2024/25.", IntentWho},
		{"Who was your biggest agency supplier by spend?", IntentWho},
		{"Whose software runs on those machines?", IntentWho},
		{"What is the maximum hourly rate the Trust has paid to an agency for a doctor?", IntentMoney},
		{"Please state the number of cameras.", IntentCount},
		{"Call volumes: the volume of calls received last year.", IntentCount},
		{"Please state the tonnage of household waste collected.", IntentCount},
		// A short label before a dash names the question as one before a
		// colon does, or gives way to what follows it.
		{"End date – when is each contract scheduled to finish?", IntentWhen},
		// An email address is a contact detail asked with a name.
		{"Please give the contact name, job title, telephone number and email address of the person responsible for the contract.", IntentOther},
		{"What is the address of each depot?", IntentWhere},
		// Which of some things was paid the most: their names.
		{"What type of drones do you fly?", IntentWho},
		{"What kinds of vehicle make up the fleet?", IntentWho},
		{"Which agency did you pay the most in the last financial year?", IntentWho},
		{"Which year had the highest spend on agency staff?", IntentMoney},
		// A service named by how one pays for it asks for no money.
		{"Who supplies the pay-by-phone service used in Council car parks?", IntentWho},
		{"When does the pay-by-phone contract end?", IntentWhen},
		{"Date the contract ends.", IntentWhen},
		{"Annual contract value.", IntentMoney},
		// A ransom demand met is one paid, as "Did the force pay any
		// ransom demand?" asks.
		{"Has the force ever met a ransom demand?", IntentOf("Did the force pay any ransom demand?")},
		// A depth and how quickly are measured, not counted.
		{"What depth must a pothole reach before the Council will repair it?", IntentMeasure},
		{"How quickly does the Council aim to fix defects that are not an immediate danger?", IntentMeasure},
		{"How many potholes did the Council repair in each of the last three years?", IntentCount},
		{"Procurement – does the Council intend to go to market for a replacement?", IntentYesNo},
		{"Headcount – how many call handlers use the platform?", IntentCount},
		{"Cyber insurance - do you hold it? If so, which company provides it?", IntentWho},
		// Asking to confirm who: the identity of a contractor.
		{"Could you confirm the identity of the contractor delivering your highway maintenance services?", IntentWho},
		// What a question opens by asking for decides over the money it
		// mentions.
		{"The number of interim managers paid more than £750 per day.", IntentCount},
		{"Please list the names of interim managers paid over £750 daily.", IntentWho},
		// A number of things, whatever was paid for them.
		{"How many agency nurse shifts were paid above the price cap?", IntentCount},
		{"How many days on average does it take to pay an invoice?", IntentMeasure},
		// What is paid, by the hour or not, is money; a rate alone a share.
		{"What is the top hourly rate the Trust pays to an agency for a registered nurse?", IntentMoney},
		{"What is the day rate for interim finance directors?", IntentMoney},
		{"What was the staff turnover rate in 2024/25?", IntentShare},
		{"Please confirm whether body worn cameras are used by your officers.", IntentYesNo},
		{"Whether the council uses facial recognition technology.", IntentYesNo},
		{"Please confirm whether the force uses drones and, if so, how many it has.", IntentCount},
		{"Who supplies the cameras?", IntentWho},
		{"What make and model of drone does the force use?", IntentWho},
		{"When does the contract expire?", IntentWhen},
		{"Contract review: on what date will the contract next be reviewed?", IntentWhen},
		{"In which months is the service busiest?", IntentWhen},
		{"How much did the force spend on drones?", IntentMoney},
		// Payments to a supplier are a sum, not the supplier.
		{"Payments made to the EPR supplier in 2023/24?", IntentMoney},
		{"Does the force use live facial recognition?", IntentYesNo},
		{"Did the Trust use private ambulance providers in 2019/20?", IntentYesNo},
		{"What are the addresses of properties served with enforcement notices?", IntentWhere},
		{"Please list the private ambulance companies used.", IntentWho},
		{"Do you know which supplier provides the system?", IntentWho},
		// Where a thing is, not how many there are.
		{"Please provide the locations of all fixed ANPR cameras.", IntentWhere},
		{"Where is each camera sited?", IntentWhere},
		// A share of a whole, not a count or a sum.
		{"What percentage of household waste was recycled?", IntentShare},
		{"What was the household recycling rate?", IntentShare},
		{"What proportion of officers carry a camera?", IntentShare},
		// A label names the question; "for each supplier" only says
		// which contracts it covers.
		{"Contract Expiry: for each supplier, please state when the contract expires.", IntentWhen},
		{"Contract Review: for each supplier, please state the date of when the contract will be reviewed.", IntentWhen},
		{"Number of agents: which staff are licensed?", IntentCount},
		// Yes or no, and if so a name: the name is asked for.
		{"Do you hold cyber insurance, and if so with which company?", IntentWho},
		{"Does the force use drones? If so, how many?", IntentCount},
		// A measured value: not a count, not a sum.
		{"Please provide the annual mean nitrogen dioxide reading for each monitoring station.", IntentMeasure},
		{"What was the average time taken to answer a 999 call?", IntentMeasure},
		{"What is the average number of calls a day?", IntentCount},
		{"What is the average cost of a repair?", IntentMoney},
		// "where" inside a sentence is no question of place: this asks
		// how long.
		{"How long is footage kept where it is not needed as evidence?", IntentMeasure},
		// A length of time is a measured value, however it is asked.
		{"What is the average number of days to close a case?", IntentMeasure},
		{"What is the retention period for recordings?", IntentMeasure},
		// The first few of a ranking are names, whatever it is by.
		{"Which five agencies received the most spend?", IntentWho},
		{"Top ten suppliers by spend?", IntentWho},
		{"The five highest-paid agencies", IntentWho},
		{"How much was spent on the five largest contracts?", IntentMoney},
		// Names are asked for as a supplier's name is; a headcount is a count.
		{"Please provide the names of the officers.", IntentWho},
		{"What is the headcount of the team?", IntentCount},
		// A list names things; what a contract is worth is money.
		{"Please list your partner colleges.", IntentWho},
		{"A list of the agencies used", IntentWho},
		{"Please list the number of partner colleges.", IntentCount},
		{"What is the contract worth each year?", IntentMoney},
		// A question opening with "which" asks for names; "if
		// outsourced, to whom?" asks who, as "if so" does.
		{"Which agencies did you use?", IntentWho},
		{"Is the service carried out in-house or outsourced? If outsourced, to whom?", IntentWho},
		// A document asked for is neither a sum nor a count, nor yes
		// or no.
		{"Please provide your policy on the use of agency staff.", IntentDocument},
		{"Please send me the contract in full.", IntentDocument},
		{"Is annual cyber awareness training compulsory for everyone who works for the force?", IntentYesNo},
		{"Please list the systems affected by any cyber incident reported since April 2022.", IntentProduct},
		{"Please supply the signed agreement.", IntentDocument},
		{"Please provide the contract value.", IntentMoney},
		{"Does the trust have a policy on the use of agency staff?", IntentYesNo},
		{"How much was spent on the policy review?", IntentMoney},
		// Which system is used asks for a product, who supplies it for
		// a company.
		{"What booking system does the library use?", IntentProduct},
		{"Name of the booking system in use.", IntentProduct},
		{"Which booking software is used?", IntentProduct},
		{"Which booking tool do you use?", IntentProduct},
		{"Who supplies the booking system?", IntentWho},
		{"Name of the supplier of the booking system.", IntentWho},
		{"How much does the booking system cost each year?", IntentMoney},
	} {
		if got := IntentOf(tc.q); got != tc.want {
			t.Errorf("IntentOf(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
