package corpus

import (
	"maps"
	"reflect"
	"strings"
	"testing"
)

// TestDecisionGroundsByClause: a decision names questions without grounds,
// and the next sentence gives each ground with what it withholds.
func TestDecisionGroundsByClause(t *testing.T) {
	text := `Fenbridge District Council
Our ref: FDC-FOI-2025-1276
Date: 3 July 2025

Dear

Your request was as follows:

1. The number of empty properties.
2. The address of each such property.
3. The name of the owner of each such property.

Decision

The Council has decided that the information you requested at questions 2 & 3 is exempt. The addresses are withheld under section 31(1)(a), as a list would assist arson; the owners' names are withheld under section 40(2) as personal data.

Point 1 – 412 properties.

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"P1.Q1": {}, "P1.Q2": {"s31(1)(a)"}, "P1.Q3": {"s40(2)"}}
	got := map[string][]string{}
	for _, q := range r.Questions {
		got[q.ID] = q.Stance.Exemptions
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("exemptions by question = %v, want %v", got, want)
	}
}

// TestWholeRequestOutcome: one paragraph refuses every question on cost
// without naming any.
func TestWholeRequestOutcome(t *testing.T) {
	text := `University of Wexcombe
Request reference: FOIR-2025-0318
Response sent: 21 July 2025

Dear

You wrote to us requesting:

(1) The number of plagiarism cases in each department.
(2) For each case, the outcome.

Outcome

I regret that the University will not be complying with your request. To answer we would need to examine 4,600 files, some 383 hours, well beyond the 18 hours appropriate limit. Section 12(1) of the Freedom of Information Act 2000 therefore applies to the request as a whole.

Governance and Compliance Officer
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 2 {
		t.Fatalf("got %d questions, want 2", len(r.Questions))
	}
	for _, q := range r.Questions {
		if q.Stance.Kind != Refused || !reflect.DeepEqual(q.Stance.Exemptions, []string{"s12(1)"}) {
			t.Errorf("%s: %s %v, want refused [s12(1)]", q.ID, q.Stance.Kind, q.Stance.Exemptions)
		}
	}
}

// TestWholeRequestVexatious: councils (plural, a shared service writing for
// them) decide to refuse the request as vexatious, explain the section,
// and then say the questions are refused together, naming no ground: each
// is refused under section 14(1).
func TestWholeRequestVexatious(t *testing.T) {
	text := `Tamar Shared Legal Service
Our reference: TSL-IR-26-0582
Date: 27 October 2026

Dear

Your request was as follows:

1. All emails between the councils' ICT managers and their supplier since 2020.
2. A copy of every invoice paid to the supplier since 2018.
3. The licence count for the revenues and benefits system.

Decision

The councils have decided to refuse your request in its entirety as vexatious under section 14(1) of the Act. Section 14(1) provides that a public authority is not obliged to comply with a request if it is vexatious.

We recognise that question 3 on its own would not be burdensome; however, a request is assessed as a whole, and questions 1 to 3 are refused together.

We have not gone on to consider whether section 40(2) or section 43(2) would apply.

Yours sincerely
`
	refused := Stance{Kind: Refused, Exemptions: []string{"s14(1)"}}
	wantStances(t, "vexatious", text, map[string]Stance{"P1.Q1": refused, "P1.Q2": refused, "P1.Q3": refused})
}

// TestReviewUpholdsVexatious: a review upholding a refusal of the whole
// request as vexatious, then saying the body "will not provide any of the
// information requested at points 1 to 3", refuses those points on the
// request's grounds: nothing is withheld.
func TestReviewUpholdsVexatious(t *testing.T) {
	text := `Kingsmere Council
Review reference: IR-00931
Review completed: 31/03/2025

Dear

On 9 January 2025 you asked for:

1. every email sent or received by the parking services team that mentions you by name since 2019;
2. all notes of telephone calls with the parking enforcement contractor about your penalty charge notices;
3. the personal mobile telephone numbers of the Head of Parking.

Decision

I am satisfied that section 14(1) was correctly applied to the request as a whole, and the original decision is upheld. The Council will not provide any of the information requested at points 1 to 3.

Yours sincerely
`
	refused := Stance{Kind: Refused, Exemptions: []string{"s14(1)"}}
	wantStances(t, "vexatious upheld", text, map[string]Stance{"P1.Q1": refused, "P1.Q2": refused, "P1.Q3": refused})
}

// wantStances parses text and checks the stance of every question.
func wantStances(t *testing.T, name, text string, want map[string]Stance) {
	t.Helper()
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Stance{}
	for _, q := range r.Questions {
		got[q.ID] = q.Stance
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: stances %v, want %v", name, got, want)
	}
}

// TestRefusalWithdrawn: a review withdraws the cost refusal of one
// question and releases it; the withdrawn refusal is no stance.
func TestRefusalWithdrawn(t *testing.T) {
	text := `Vehicle Standards Agency
Our reference: IR/2026/0147
Date: 25 November 2026

Dear Requester,

Your original request was:

1. What was the Agency's total spend on telephony in 2025/26?
2. How many calls to the contact centre were abandoned each month since April 2021?

Question 1
The total spend was £1,201,377.

Question 2
The original estimate assumed that call data would have to be extracted from call logs. In fact a monthly report is produced. The section 12 refusal is therefore withdrawn. Please find attached a table of monthly abandoned call figures.

Yours sincerely,
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range r.Questions {
		if q.Stance.Kind != Released || len(q.Stance.Exemptions) != 0 {
			t.Errorf("%s: %s %v, want released", q.ID, q.Stance.Kind, q.Stance.Exemptions)
		}
	}
	if len(r.Questions) != 2 {
		t.Fatalf("got %d questions, want 2", len(r.Questions))
	}
}

// TestUpheldKeepsOriginalGrounds: a review upholds a decision it reports
// in the past.
func TestUpheldKeepsOriginalGrounds(t *testing.T) {
	text := `Department for Rural Affairs
Our ref: IR-2025-0077
Date: 9 October 2025

Dear

Your request was:

1. Copies of ministerial submissions on the scheme.
2. The value of the framework contract.

Review findings

Question 1 – The original response withheld the submissions under section 35(1)(a). I have concluded that the exemption was correctly applied. This decision is upheld.

Question 2 – The original response withheld the value under section 43(2). The original decision was not correct. The value is £27,450,000.

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Stance{}
	for _, q := range r.Questions {
		got[q.ID] = q.Stance
	}
	if s := got["P1.Q1"]; s.Kind != Withheld || !reflect.DeepEqual(s.Exemptions, []string{"s35(1)(a)"}) {
		t.Errorf("P1.Q1 = %+v, want withheld [s35(1)(a)]", s)
	}
	if s := got["P1.Q2"]; s.Kind != Released {
		t.Errorf("P1.Q2 = %+v, want released", s)
	}
}

// TestAnswersByPart: after a decision and a public interest test, the
// answers are listed under a heading for each part.
func TestAnswersByPart(t *testing.T) {
	text := `Kestonbury Council
Our ref: KC-FOI-26-0148
Date of response: 22nd January 2026

Dear

Part A – Temporary accommodation

1. How many households were in temporary accommodation?

2. What nightly rate does the Council pay?

Part B – Prevention

1. How many staff work in the Housing Options team?

Decision

The Council holds most of the information. Question 2 in Part A is withheld under section 43(2). The remaining questions are answered below.

Public interest test – section 43(2)

Factors in favour of disclosure. There is a public interest in scrutiny of spending.

Answers – Part A

1. 1,146 households.

Answers – Part B

1. 27.6 FTE.

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"P1.Q1": "1,146 households.", "P1.Q2": "", "P2.Q1": "27.6 FTE."}
	for _, q := range r.Questions {
		if w, ok := want[q.ID]; !ok || q.Answer != w {
			t.Errorf("%s answer %q, want %q", q.ID, q.Answer, w)
		}
	}
}

// TestRequestEndsWhereTheAuthoritySpeaks: the last question of a quoted
// request is followed, after a blank line, by the authority's own words.
func TestRequestEndsWhereTheAuthoritySpeaks(t *testing.T) {
	text := `Department for Rural Connectivity
Our ref: FOI2025/0712
Date: 1 May 2025

Dear

You asked:

"1. Copies of submissions to Ministers.
2. The number of vouchers issued.
3. Minutes of the programme board."

We have handled your request under the Freedom of Information Act 2000.

We are withholding the information at Q1 & Q3 under section 35(1)(a).

In answer to point 2: 4,210 vouchers.

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"P1.Q1": "withheld", "P1.Q2": "released", "P1.Q3": "withheld"}
	for _, q := range r.Questions {
		if string(q.Stance.Kind) != want[q.ID] {
			t.Errorf("%s: %s, want %s (text %q)", q.ID, q.Stance.Kind, want[q.ID], q.Text)
		}
	}
	if q := r.Questions[len(r.Questions)-1]; q.Text != `Minutes of the programme board."` && q.Text != "Minutes of the programme board." {
		t.Errorf("last question's text %q runs on", q.Text)
	}
}

// TestEmbeddedKeys: answers to two questions in one paragraph, each
// opened by its own key.
func TestEmbeddedKeys(t *testing.T) {
	text := `Transport Executive
Our ref: FOI-2025-0456
Date: 1 October 2025

Dear

1. The names of the consultancies engaged.
2. Copies of the legal advice obtained.
3. The number of complaints.

Our response is as follows.

1. See the decision section below.
2. See the decision section below.
3. 14 complaints.

Decision – questions 1 and 2

For question 1, we can confirm the consultancies engaged: Atkins and KPMG LLP. The value of each contract is exempt under section 43(2). For question 2, the legal advice is withheld under section 42(1).

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Stance{
		"P1.Q1": {Kind: PartiallyReleased, Exemptions: []string{"s43(2)"}},
		"P1.Q2": {Kind: Withheld, Exemptions: []string{"s42(1)"}},
		"P1.Q3": {Kind: Released, Exemptions: []string{}},
	}
	for _, q := range r.Questions {
		if w := want[q.ID]; !reflect.DeepEqual(q.Stance, w) {
			t.Errorf("%s: %+v, want %+v (answer %q)", q.ID, q.Stance, w, q.Answer)
		}
	}
}

// TestPointerToAnotherAnswer: "Not held – see Part 2, question 1" is this
// question's answer, whatever follows it.
func TestPointerToAnotherAnswer(t *testing.T) {
	text := `NHS Trentside Integrated Care Board
Our ref: FOI-25-0611
Date: 2 June 2025

Dear

Part 1 – Network contract

1. Who is the current supplier?
   Response: The ICB does not hold a separate contract. This information is not held.
2. When does the contract expire?
   Response: Not held – see Part 1, question 1.
   We considered whether section 31 applied, but concluded it did not.

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range r.Questions {
		if q.Stance.Kind != NotHeld {
			t.Errorf("%s: %s (%q), want not_held", q.ID, q.Stance.Kind, q.Answer)
		}
	}
}

// TestDecisionClauses: one sentence decides for two sets of questions on
// two grounds, and a later sentence repeats the decision without them.
func TestDecisionClauses(t *testing.T) {
	text := `Ulster Coast Council
Our ref: UCC/FOI/25/0190
Date: 3 March 2025

Dear

1. Who is the supplier?
2. What is the annual spend?
3. When does the contract expire?
4. Who manages the contract?

Decision

The Council has concluded that questions 2 and 3 are exempt from disclosure under section 43(2) of the Act, and that the personal details requested in question 4 are exempt under section 40(2). The public interest favours withholding the information in questions 2 and 3.

Answers

1. Capita plc.

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"P1.Q1": {}, "P1.Q2": {"s43(2)"}, "P1.Q3": {"s43(2)"}, "P1.Q4": {"s40(2)"}}
	for _, q := range r.Questions {
		if !reflect.DeepEqual(q.Stance.Exemptions, want[q.ID]) {
			t.Errorf("%s: %s %v, want %v", q.ID, q.Stance.Kind, q.Stance.Exemptions, want[q.ID])
		}
	}
}

// TestDecisionsSpreadAndShared covers decisions given once for several
// questions in ways letters do: a cost refusal worked out for one question
// that refuses the whole request, a decision about other questions inside
// a keyed answer, a part named before its question, grounds given as "the
// same provisions", a subject between "are" and "withheld", and sections
// considered and not applied.
func TestDecisionsSpreadAndShared(t *testing.T) {
	head := "Our ref: FOI 101/25\nDate: 2 June 2025\n\nDear\n\nYou asked:\n\n"
	tests := []struct {
		name string
		body string
		want map[string]string
	}{
		{"a cost refusal refuses the questions left unanswered",
			"1. All correspondence with the programme board.\n2. All briefing notes.\n3. The number of meetings.\n\n" +
				"Question 1 alone would require searching four offices' records, more than 75 hours of work, so section 12(1) applies.\n\n" +
				"This letter is a refusal notice for the whole request.\n",
			map[string]string{"P1.Q1": "refused s12(1)", "P1.Q2": "refused s12(1)", "P1.Q3": "refused s12(1)"}},
		{"a keyed answer that decides for other questions",
			"1. The number of fines.\n2. Officers by depot.\n3. Stations checked.\n4. Assaults by depot.\n\n" +
				"Question 3 concerns covert deployments and is withheld under section 31(1)(a). Q2 & Q4 are answered only in part: the totals are given below, but the breakdown by depot is withheld under section 38(1)(b).\n\n" +
				"Answers\nQ1 – 21,406 fines.\nQ2 – 64 officers (total only).\nQ4 – 19 assaults (total only).\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "partially_released s38(1)(b)", "P1.Q3": "withheld s31(1)(a)", "P1.Q4": "partially_released s38(1)(b)"}},
		{"parts named before their questions and the same provisions",
			"Part 1 – incidents\n1. The number of incidents.\n2. The names of vessels.\n3. The investigation reports.\n\nPart 2 – pilotage exemption certificates\n1. The number of certificates.\n2. The names of holders.\n3. Holders under investigation.\n\n" +
				"Decision\n\nThe vessel names (Part 1, question 2) are withheld under section 31(1)(g), and the investigation reports (Part 1, question 3) are withheld under the same provisions and under section 40(2). The names of holders (Part 2, question 2) are personal data withheld under section 40(2). In respect of Part 2, question 3, we neither confirm nor deny that we hold the information, relying on section 31(3).\n\n" +
				"Answers\nPart 1, question 1. 41.\nPart 2, question 1. 1,084.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s31(1)(g)", "P1.Q3": "withheld s31(1)(g) s40(2)",
				"P2.Q1": "released", "P2.Q2": "withheld s40(2)", "P2.Q3": "ncnd s31(3)"}},
		{"questions named in one clause and decided in the next",
			"Part 1 – ANPR\n1. How many cameras?\n2. Where are they?\n\nPart 2 – Video\n1. Who supplies them?\n2. What does storage cost?\n\nDecision\n\n" +
				"The force holds information relevant to question 2 in part 1 of your request; this information is exempt under section 31(1)(a).\n\n" +
				"The force holds information relevant to question 2 in part 2 of your request; this information is exempt under section 43(2).\n\n" +
				"Part 1\nQuestion 1 – 124\n\nPart 2\nQuestion 1 – Axon.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s31(1)(a)", "P2.Q1": "released", "P2.Q2": "withheld s43(2)"}},
		{"one sentence naming two questions, then each its ground after a colon",
			"Part 1 - Housing\n1. How many households?\n2. Please list the addresses of every property used.\n\nPart 2 - Systems\n1. Who supplies the system?\n2. What is the annual licence and support cost of the system?\n\nResponse\n\n" +
				"The information requested at question 2 of Part 1 and question 2 of Part 2 is withheld: the addresses under section 40(2) and section 38(1)(b), because the properties could be identified; the cost under section 43(2), since the system is to be re-tendered later this year. The council considered the public interest in relation to sections 38 and 43 and concluded that it favours withholding the information.\n\n" +
				"Part 1\nQuestion 1 - 412.\n\nPart 2\nQuestion 1 - Civica.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s38(1)(b) s40(2)", "P2.Q1": "released", "P2.Q2": "withheld s43(2)"}},
		{"questions said to be held, then withheld after a semicolon with no subject of their own",
			"1. Percentage of staff trained.\n2. Name of the endpoint detection product.\n3. Number of incidents.\n4. Who provides the backup service?\n\n" +
				"Your request has now been considered. The Trust holds the information requested at questions 2 and 4 of your request; however I am withholding it under Section 31 (1) (a) - Law Enforcement.\n\n" +
				"The answers to the remaining questions are provided below.\n\nQuestion 1 - 96%\n\nQuestion 3 - 1\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s31(1)(a)", "P1.Q3": "released", "P1.Q4": "withheld s31(1)(a)"}},
		{"a decision right under the last question, without a blank line",
			"Part 1 - Systems\n1. Name of the system.\n2. Name of the supplier.\nPart 2 - Rostering\n1. Name of the rostering system.\n" +
				"Decision: The Trust holds information relevant to question 2 in part 1 of your request. This information is\nexempt from disclosure under Section 31(1)(a) (Law Enforcement).\n\n" +
				"Part 1\nQuestion 1 - WCCIS.\nPart 2\nQuestion 1 - HealthRoster.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s31(1)(a)", "P2.Q1": "released"}},
		{"answers under a heading of their own, numbered again from 1",
			"What you asked for\n\n1. The number of cases opened.\n2. The locations of nests.\n\nWhat we can tell you\n\n1. 211 cases were opened.\n\n2. We are withholding this under regulation 12(5)(g).\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld reg12(5)(g)"}},
		{"decisions over two sentences, and answers pointing back to them",
			"1. The operators.\n2. The contract values.\n3. The risk assessments.\n\nOur response\n\n" +
				"Contract values (question 2) are commercially sensitive. The values are therefore exempt under section 43(2).\n\n" +
				"We have also decided not to release the risk assessments sought in question 3.\nThese identify where children are collected. Section 38(1)(a) applies.\n\n" +
				"Question 1 - Teifi Taxis.\n\nQuestion 2 - Withheld, as explained above.\n\nQuestion 3 - Withheld; see above.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s43(2)", "P1.Q3": "withheld s38(1)(a)"}},
		{"a refusal of the whole request before the request",
			"We estimate that complying would exceed the appropriate limit. Section 12(1) therefore applies and we are refusing your request as a whole.\n\n" +
				"Question 1\nYou asked: How many pupils are transported?\n\nQuestion 2\nYou asked: When does the contract expire?\n",
			map[string]string{"P1.Q1": "refused s12(1)", "P1.Q2": "refused s12(1)"}},
		{"sections considered and not applied",
			"1. The number of complaints.\n2. The annual cost.\n3. The number of officers.\n\n" +
				"1. 12.\n2. £186,420.\n3. 2023/24: 4; 2024/25: 7.\n\n" +
				"For completeness, section 43 was considered for question 2 but we concluded that annual totals would not prejudice the contractor. Although we considered section 31(1)(a) for question 3, we decided that the figures could be released.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P1.Q3": "released"}},
		{"a re-use notice after the last answer",
			"1. How many households are in temporary accommodation?\n2. The addresses of every property used.\n\n" +
				"1. 212.\n\n2. The addresses are withheld. Sections 38(1)(b) and 40(2) of the Act apply.\n" +
				"This information is provided for your personal use. If you wish to re-use it commercially, please contact us about licensing.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s38(1)(b) s40(2)"}},
		{"requests named first and second, grounds in the sentence after, answers under the requests' headings after the public interest test",
			"First request – Contact centre\n\n1. Incumbent supplier.\n\n2. Contract value.\n\n3. Contact: the name and job title of the contract manager.\n\n" +
				"Second request – Inbound network\n\n1. Incumbent supplier.\n\n2. Number of channels.\n\n3. Contact: the name and job title of the contract manager.\n\n" +
				"Response\n\n" +
				"The information relating to question 2 in the first request and question 2 in the second request is exempt and this letter serves as a Refusal Notice. The exemptions applied are Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement. In addition, the names of staff asked for in question 3 of each request are exempt under Section 40(2); the job titles are provided below.\n\n" +
				"Public Interest Test\n\nThe balance favours non-disclosure.\n\nTo assist, the information that is not exempt is set out below.\n\n" +
				"First request\n\n1. BT plc\n\n3. Head of Contact Management\n\nSecond request\n\n1. Vodafone Ltd\n\n3. As in the first request, question 3.\n\n" +
				"Please note that the Force has not relied upon Section 12 in respect of any part of this request.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s24(1) s31(1)(a) s31(1)(b)", "P1.Q3": "partially_released s40(2)",
				"P2.Q1": "released", "P2.Q2": "withheld s24(1) s31(1)(a) s31(1)(b)", "P2.Q3": "partially_released s40(2)"}},
		{"answers under the request's own section headings, which read alone could be the Act's",
			"Section 1 – Contracts\n\n1. Who supplies the revenues system?\n2. What is its annual cost?\n\nSection 2 – Staffing\n\n1. How many staff work in ICT?\n2. What is the day rate of the interim Head of Digital?\n\n" +
				"Our response\n\nSection 1\n\n1. Capita Business Services Ltd.\n\n2. £486,200.\n\nSection 2\n\n1. 94.6 FTE.\n\n2. The rate is withheld under section 43(2).\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P2.Q1": "released", "P2.Q2": "withheld s43(2)"}},
		{"grounds listed question by question after a semicolon, an answer pointing to another's exemptions, and an annex arguing an NCND",
			"Part 1 – Taser\n\n1. How many officers carry Taser?\n2. How many devices does the Force hold?\n3. Please provide the deployment risk assessment.\n\n" +
				"Part 2 – Firearms\n\n1. How many certificates are on issue?\n2. Please provide the addresses of holders of more than ten firearms.\n3. Is any officer under investigation over the death on 3 August?\n\n" +
				"Decision\n\nThe information requested in question 3 of Part 1 and question 2 of Part 2 is exempt, and this letter acts as a Refusal Notice for those questions. The exemptions relied upon are: Part 1, Q3 – Section 31(1)(a)(b) Law Enforcement and Section 38(1)(a)(b) Health and Safety; Part 2, Q2 – Section 31(1)(a) Law Enforcement and Section 40(2) Personal Information. In respect of Part 2, Q3, the Force neither confirms nor denies that it holds information, citing Section 30(3) Investigations.\n\n" +
				"Response\n\nPart 1\n\nQ1: 612.\n\nQ2: The Force does not disclose the number of devices held. Please see our response to question 3 of Part 1 – the same exemptions apply to this question.\n\n" +
				"Part 2\n\nQ1: 8,914.\n\nANNEX – Harm and Public Interest\n\nPart 2, Q2: the addresses would be a target for criminals seeking to steal weapons.\n\nPart 2, Q3: to confirm or deny whether an officer is under investigation would prejudice any investigation.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s31(1)(a) s31(1)(b) s38(1)(a) s38(1)(b)", "P1.Q3": "withheld s31(1)(a) s31(1)(b) s38(1)(a) s38(1)(b)",
				"P2.Q1": "released", "P2.Q2": "withheld s31(1)(a) s40(2)", "P2.Q3": "ncnd s30(3)"}},
		{"a review reporting the earlier decision and upholding it",
			"1. The number of stations suspended.\n2. The internal guidance on sanctions.\n\nOriginal decision and review outcome\n\n" +
				"Question 1 – Released in full (318). Upheld.\n\nQuestion 2 – Originally withheld under section 31(1)(a). I uphold this decision. The guidance sets out the thresholds at which sanctions apply.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s31(1)(a)"}},
		{"an answer that points to two others with the same decision",
			"1. How much was spent on agency nurses?\n2. Which agencies were used, and what was paid to each?\n3. What was the highest hourly rate paid?\n4. Please provide the break-glass approvals.\n\n" +
				"The information requested at questions 3 and 4 is withheld under section 43(2).\n\n" +
				"1. £31.6m.\n\n2. See the response to questions 3 and 4 below.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s43(2)", "P1.Q3": "withheld s43(2)", "P1.Q4": "withheld s43(2)"}},
		{"a cost estimate that says what one question would take",
			"Q1. The number of complaints received.\nQ2. For every complaint, the address and outcome.\nQ3. The officer time spent on each case.\n\nOur response\n\n" +
				"Locating each file and extracting the outcome (Q2) would take 195 hours. Q3 would require officers to reconstruct time from diaries, which are not kept per case.\n\n" +
				"Section 12(1) therefore applies to the whole of your request and we are not obliged to comply with any part of it.\n",
			map[string]string{"P1.Q1": "refused s12(1)", "P1.Q2": "refused s12(1)", "P1.Q3": "refused s12(1)"}},
		{"answers in running prose, by subject and by place in the request",
			"1. How many fixed-term suspensions were issued in 2023/24?\n2. How many permanent exclusions were issued in 2023/24?\n3. Please send me the school's behaviour policy.\n4. How much did the school spend on supply teachers in 2023/24?\n5. Which supply agency or agencies did the school use?\n6. How many teaching staff raised a formal grievance in 2023/24?\n\n" +
				"Turning first to suspensions and exclusions, the Academy issued 23 fixed-term suspensions during the 2023/24 academic year and there were no permanent exclusions.\n\n" +
				"Our behaviour policy is published on the school website at www.st-aldrics.org.uk/policies. As it is already reasonably accessible to you, it is exempt under section 21.\n\n" +
				"We spent £64,300 on supply cover in the 2023/24 financial year, and all of this cover was booked through Classroom First Education Ltd.\n\n" +
				"Your final question concerns grievances raised by teaching staff. As the Academy employs a small number of teachers, even a count could identify the individuals concerned, and this information is exempt by virtue of section 40(2).\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P1.Q3": "released s21", "P1.Q4": "released", "P1.Q5": "released", "P1.Q6": "withheld s40(2)"}},
		{"a prose response where one question is also named by its place",
			"(1) How many reports of damp and mould were received in 2023/24?\n(2) What is the average time taken to complete repairs?\n(3) How many properties had a Category 1 hazard?\n(4) What are the names of the surveyors who inspected properties?\n\n" +
				"We have decided to release most of what you asked for. The one exception is the surveyors' names in your fourth point, which are exempt under section 40(2) of the Act.\n\n" +
				"Reports of damp and mould numbered 1,561 in 2023/24. At 31 March 2024, 37 properties had an identified Category 1 hazard.\n\n" +
				"Unfortunately the repairs system records jobs by trade, so we hold no information that would answer your second question.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "not_held", "P1.Q3": "released", "P1.Q4": "withheld s40(2)"}},
		{"prose answers beside a cost refusal of some questions only",
			"1. The total number of Category 1 calls received in 2023/24.\n\n2. For each Category 1 call, the time the call was connected.\n\n3. For each Category 1 call, the postcode district.\n\n4. For each Category 1 call, the type of vehicle dispatched.\n\n5. The mean Category 1 response time in 2023/24.\n\n" +
				"We received 48,912 Category 1 calls in 2023/24, and the mean response time was 8 minutes 41 seconds.\n\n" +
				"Questions 2 to 4 are all refused under section 12(1). At one minute per call this would take well over 800 hours, far beyond the 18-hour appropriate limit.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "refused s12(1)", "P1.Q3": "refused s12(1)", "P1.Q4": "refused s12(1)", "P1.Q5": "released"}},
		{"each question's grounds after a colon, joined by 'and', after a refusal notice's section 17",
			"1. The number of ANPR cameras.\n2. The location of each fixed ANPR camera.\n3. The number of officers trained in covert techniques.\n\nDecision\n\n" +
				"The information you have asked for at questions 2 and 3 is exempt, and this letter serves as a refusal notice under section 17 of the Act for those questions: question 2 is exempt by virtue of sections 24(1) and 31(1)(a)(b), and question 3 by virtue of section 31(1)(a).\n\n" +
				"1. 42 cameras.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s24(1) s31(1)(a) s31(1)(b)", "P1.Q3": "withheld s31(1)(a)"}},
		{"a question additionally exempt on another ground",
			"1. The number of ANPR cameras.\n2. The location of each camera.\n3. The annual cost.\n\n" +
				"The information requested at questions 1 and 2 is exempt by virtue of Sections 31(1)(a)(b). Question 2 is additionally exempt by virtue of Section 24(1).\n\n" +
				"3. £41,000.\n",
			map[string]string{"P1.Q1": "withheld s31(1)(a) s31(1)(b)", "P1.Q2": "withheld s24(1) s31(1)(a) s31(1)(b)", "P1.Q3": "released"}},
		{"numbered headings over questions numbered again under each",
			"1. Franchised services\n\nQuestion 1: How many franchised bus contracts are there?\n\nAnswer: Nine\n\nQuestion 2: Please give the total contract value.\n\nAnswer: We are withholding this under section 43(2).\n\n" +
				"2. Smart ticketing contract\n\nQuestion 1: Name of the current supplier\n\nAnswer: Flowbird Transport Ltd\n\nQuestion 2: Contract value\n\nAnswer: Withheld - section 43(2)\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s43(2)", "P2.Q1": "released", "P2.Q2": "withheld s43(2)"}},
		{"two questions' grounds in one sentence joined by 'and'",
			"1. Officers dismissed.\n2. Their names.\n3. The vetting system supplier.\n4. When does the contract expire?\n\n" +
				"The force holds the information. Question 2 is exempt under section 40(2) and questions 3-4 are exempt under sections 24(1) and 31(1)(a). The remaining questions are answered below.\n\n" +
				"1. 9\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s40(2)", "P1.Q3": "withheld s24(1) s31(1)(a)", "P1.Q4": "withheld s24(1) s31(1)(a)"}},
		{"one answer to two questions that releases one and withholds part of the other",
			"1. How many pupils were excluded?\n2. What did the Trust spend on alternative provision in 2023/24?\n3. Which alternative provision providers were used, and how much was paid to each?\n\n" +
				"Question 1\n\n14.\n\nQuestions 2 & 3\n\nThe Trust spent £387,250 on alternative provision in 2023/24. The providers used were Phoenix Learning Centre and The Forge Vocational Hub. The amounts paid to each provider are withheld under section 43(2), because disclosure would prejudice the Trust's commercial position.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P1.Q3": "partially_released s43(2)"}},
		{"a confirmation that the information is held, then its exemption in the next sentence",
			"1. How many false alarms?\n2. How many hoax calls?\n3. Which premises had the most false alarms?\n\nResponse\n\n" +
				"I can confirm that the Service holds the information requested at question 3 of your request. This information is exempt under Section 40(2) (Personal Information) and Section 43(2) (Commercial Interests), and this letter serves as a refusal notice for those questions.\n\n" +
				"The remaining questions are answered below.\n\nQuestion 1 - 1,902.\n\nQuestion 2 - 176.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P1.Q3": "withheld s40(2) s43(2)"}},
		{"a confirmation that the information is held for a range of questions",
			"1. How many appeals?\n2. How many were upheld?\n3. How many are pending?\n4. Who carries out assessments?\n\nResponse\n\n" +
				"I can confirm that the Board holds the information requested at questions 2-4 of your request. This information is exempt under Section 40(2), and this letter serves as a refusal notice for those questions.\n\n" +
				"Question 1 - 88.\n",
			map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s40(2)", "P1.Q3": "withheld s40(2)", "P1.Q4": "withheld s40(2)"}},
	}
	for _, tt := range tests {
		r, err := Parse(Document{Text: head + tt.body + "\nYours sincerely\n"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, q := range r.Questions {
			got[q.ID] = strings.TrimSpace(string(q.Stance.Kind) + " " + strings.Join(q.Stance.Exemptions, " "))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// TestRequestBlocks: a disclosure-log page alternates numbered request and
// response blocks, and one answer covers two questions ("3 and 4.").
func TestRequestBlocks(t *testing.T) {
	text := `Reference FOI.2024.1187
Date responded 07/10/2024

REQUEST

1. How many hours were lost to handover delays?

2. Which hospital had the most delays?

RESPONSE

1. 48,216 hours.

2. Northgate General Hospital.

REQUEST

3. Has the Trust suffered a ransomware attack since 2020?

4. If so, did the Trust pay a ransom?

5. Who provides the Trust's dispatch system?

RESPONSE

3 and 4. The Trust neither confirms nor denies whether it holds this information, in reliance on section 24(2) and section 31(3).

5. Cleric Computer Services.
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, q := range r.Questions {
		got[q.ID] = strings.TrimSpace(string(q.Stance.Kind) + " " + strings.Join(q.Stance.Exemptions, " "))
	}
	want := map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P1.Q3": "ncnd s24(2) s31(3)", "P1.Q4": "ncnd s24(2) s31(3)", "P1.Q5": "released"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stances = %v, want %v", got, want)
	}
}

// TestLettersReadWhole holds small letters whose stances depend on how the
// letter is read as a whole: a decision naming its questions by subject,
// a pointer to another answer inside a partial release, a figure that
// looks like a list number, an annex numbered by its own letter, an annex
// run into its first sentence.
func TestLettersReadWhole(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // question id: "kind exemptions"
	}{
		{"decisions naming questions by subject", `University of Castleford
Our reference: F-00731
Date of this response: 5 August 2024

Dear

Your request read:

(1) The name of each supplier providing cleaning services to halls of residence.
(2) The annual value of each contract.
(3) The name and email address of the University officer who manages these contracts.

The University has decided to release the supplier names, and these are given below. The annual contract values are withheld under section 43(2) (commercial interests): the contracts are due for re-tender. The name and email address of the contract manager are withheld under section 40(2) (personal information).

(1) Brightwell Facilities Ltd.

Yours sincerely
`, map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s43(2)", "P1.Q3": "withheld s40(2)"}},
		{"a withholding that points to another answer's reasons", `Metropolitan Borough of Saltmarsh
Internal review reference: IR-0088-25
Date of this letter: 28 February 2025

Dear

Your original request asked:

1. The names of the B&B establishments used by the Council.
2. The total amount paid to each B&B establishment in 2023/24.

Question 1: I uphold the decision to withhold the names under section 43(2).

Question 2: I uphold the original decision in part. **The total paid to all B&B establishments in 2023/24, £7,930,415, is now released.** The amounts paid to each named establishment remain withheld under section 43(2), for the same reasons as question 1.

Yours sincerely
`, map[string]string{"P1.Q1": "withheld s43(2)", "P1.Q2": "partially_released s43(2)"}},
		{"a figure on its own line under 'Our response:'", `Ravensmoor Police
Ref: 001.FOI.21.008115
Date: 2 December 2021

Dear

You asked:
1. How many section 60 authorisations were made?
Our response:
3.

You asked:
2. In what percentage of searches was body-worn video recording?
Our response:
Ravensmoor Police does not hold this information.

You asked:
3. How many complaints were received about stop and search?
Our response:
41.

Annex – exemptions referred to in our standard guidance: section 40(2) (personal information) and section 43(2) (commercial interests). This list is provided for information only.

Yours sincerely
`, map[string]string{"P1.Q1": "released", "P1.Q2": "not_held", "P1.Q3": "released"}},
		{"an annex that numbers its items by its letter", `Fellwater National Park Authority
Our reference: FNPA-EIR-25-014
Date: 3 March 2025

Dear

REQUEST 1

A copy of the car parking enforcement agreement.

RESPONSE

We have decided to release the agreement, which is attached. A small number of bank details have been redacted under section 31(1)(a).

REQUEST 2

The number of penalty charge notices issued.

RESPONSE

The Authority does not receive or hold the numbers of notices issued.

Yours sincerely

Annex A – Attachments

A1. Car Parking Enforcement Agency Agreement (redacted), 14 pages.
A2. Visitor Survey Summary, Summer 2024.
`, map[string]string{"P1.Q1": "partially_released s31(1)(a)", "P1.Q2": "not_held"}},
		{"a table of numbered question cells without a header", `NHS Wessex Downs Integrated Care Board
Reference: WDICB FOI 2526-0418
Date of response: 19 November 2025

Dear Requester

Our answers are given alongside each question below.

Q1. How many adults were referred for an ADHD assessment in 2024/25?` + "\t" + `4,106 adults.

Q2. How many adults were waiting for an ADHD assessment on 30 September 2025?` + "\t" + `The ICB does not hold waiting-list data. Waiting lists are held by the providers listed in answer 3.

Q3. Which providers are commissioned to carry out adult ADHD assessments?` + "\t" + `Clearpath Neurodiversity Ltd.

Yours sincerely
`, map[string]string{"P1.Q1": "released", "P1.Q2": "not_held", "P1.Q3": "released"}},
		{"questions as short headings, each answered on the line below", `Lough Neagh Shores Health and Social Care Trust
Our Reference: LNS/FOI/4410
Date: 03/11/2025

Dear Applicant

Part 1 – Contact centre contract

1. Incumbent supplier
The contact-centre platform is supplied by Ulster Voice Solutions Ltd.

2. Annual contract value
£148,000 per annum (excluding VAT).

3. Name and job title of the officer responsible for the contract
The contract is managed by the Head of ICT Infrastructure. The name of this officer is withheld under section 40(2) of the Act.

Part 2 – Inbound telephone network

1. Incumbent supplier
BT Business, under the HSC Network framework.

2. Annual contract value
The Trust does not hold a separate value for its inbound network.

Yours faithfully
`, map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P1.Q3": "partially_released s40(2)", "P2.Q1": "released", "P2.Q2": "not_held"}},
		{"some answers keyed, others following their point unlabelled", `Lower Witham Internal Drainage Board
Our ref: LWIDB/EIR/25-07
2 May 2025

Dear Sir

I refer to your request under the Environmental Information Regulations 2004.
Point 1 – the water levels recorded at the Fen Drove gauge in 2024.
In answer to point 1, the gauge readings are enclosed as a spreadsheet.
Point 2 – the names of landowners served notices since 2020.
Eight notices have been served since 2020. The names of the landowners are personal data and are withheld under regulation 13(1).
Point 3 – the Board's spend on weed-cutting contractors in 2024/25.
£86,420.
Point 4 – whether the Board holds any modelling of flood risk to Thurlby.
The Board does not hold any such modelling.

Yours faithfully
`, map[string]string{"P1.Q1": "released", "P1.Q2": "partially_released reg13(1)", "P1.Q3": "released", "P1.Q4": "not_held"}},
		{"a sentence wrapped before a request's number", `University of Glenmoor
Our ref: 2025-0847
Date: 3 June 2025

Dear

REQUEST 1

Please provide the names of the agents whose contracts were terminated.

RESPONSE

The names are withheld under section 43(2). The considerations set out for
Request 3 apply equally here, and the University has concluded that the
public interest favours withholding the names.

REQUEST 2

How many students complained about agents in 2024?

RESPONSE

0. No complaints were received.

Yours sincerely
`, map[string]string{"P1.Q1": "withheld s43(2)", "P1.Q2": "released"}},
		{"a decision that the information named before is exempt, and one that another is not recorded", `Northfield Hospitals NHS Trust
Our ref: FOI 25-1180
Date: 4 August 2025

Dear

You asked:

1. The Trust's total agency spend in 2024/25.
2. The names of the agencies supplying nurses.
3. The number of concerns raised about agency workers.

Decision

The Trust holds information falling within question 2. Having considered the request, we have decided that this information is exempt from disclosure under section 43(2) of the Act. The information requested at question 3 is not recorded by the Trust: concerns are raised with the agency directly. All other questions are answered in full below.

1. £14,206,331.

Yours sincerely
`, map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s43(2)", "P1.Q3": "not_held"}},
		{"a review's outcome under the original response, keyed to each question", `Cyngor Sir Penfro
Our ref: IR 2025/014
Date: 12 May 2025

Dear

Your request asked:

1. Copies of any evaluation reports produced at the end of each commission.
2. For every consultancy commission let since 2015, the procurement route used.

Outcome of the review

Question 1
Original response: the Council does not hold the information.
Review: Upheld. Searches of the shared drive found no evaluation reports.

Question 2
Original response: refused under section 12(1) because the cost of compliance would exceed the appropriate limit.
Review: Upheld. Compliance would take about 40 hours, well over the 18 hours (£450) set by the Fees Regulations.

Yours sincerely
`, map[string]string{"P1.Q1": "not_held", "P1.Q2": "refused s12(1)"}},
		{"questions numbered within sections", `Greyfell Fire and Rescue Service
Reference: GFRS/FOI/2025/104
Response sent: 18 August 2025

Dear Sir or Madam,

SECTION 1 – FLEET

1.1 How many fire appliances did the Service have on 1 April 2025?
Response: 34 pumping appliances.

1.2 What is the average age of the front-line pumping appliances?
Response: 9.2 years as at 1 April 2025.

SECTION 2 – INCIDENTS

2.1 How many incidents involving lithium-ion batteries did the Service attend in 2024/25?
Response: 88.

2.2 What is the cost to the Service of attending a typical dwelling fire?
Response: The Service does not hold this information.

Yours faithfully,
`, map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P2.Q1": "released", "P2.Q2": "not_held"}},
		{"a public interest argument between two parts", `Loughmore Council
Our ref: LC/FOI/25/311
Date: 26 November 2025

Dear

Part 1 – Lakeside Leisure Centre

1. Please provide the tender evaluation scores for each bidder.

The overall score of the winning bidder is released. The scores of the unsuccessful bidders are withheld under section 43(2).

2. How many memberships were sold at the centre in 2024/25?

3,910 memberships were sold.

Public interest test – Part 1, question 1

Section 43(2) is a qualified exemption. The balance favours withholding the scores.

Part 2 – Ballynure Hill wind farm

1. The number of noise complaints received about the turbines since 1 January 2024.

Seven noise complaints have been received.

Yours sincerely
`, map[string]string{"P1.Q1": "partially_released s43(2)", "P1.Q2": "released", "P2.Q1": "released"}},
		{"quoted questions with decisions among them", `Fenland Ambulance Service NHS Trust
Reference: FOI 2025-0519
Date of response: 17 July 2025

Your questions are shown in quotation marks.

1. "How many incidents of theft of controlled drugs were reported between 2022 and 2025?"
There were 14 such incidents over the three years.

2. "For each incident, the name of the staff member involved."

3. "The make and model of the drug safes fitted to the Trust's ambulances."

4. "The stations at which controlled drugs are stored overnight."

The Trust holds the information requested at questions 3 to 4 but it is exempt from disclosure under section 31(1)(a) of the Act.

Q2 & Q6 are withheld under section 40(2) of the Act as they request the personal data of staff.

5. "How many ambulances were broken into in 2024/25?"
Two vehicles were broken into while parked at hospitals.

6. "The names of any staff disciplined following the incidents in Q1."

Yours sincerely
`, map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s40(2)", "P1.Q3": "withheld s31(1)(a)", "P1.Q4": "withheld s31(1)(a)", "P1.Q5": "released", "P1.Q6": "withheld s40(2)"}},
		{"the original response and the review on one line", `Office for Early Years Standards
Our ref: IR-2025-044
Date: 2 September 2025

Dear

Question 1: A copy of the internal guidance for inspectors on enforcement thresholds.

Original response: withheld under section 31(1)(g) with section 31(2)(c). Review: upheld.
The public interest in transparency is met in part by our published enforcement policy.

Question 2: The names of the five inspectors who received the most complaints.

Original response: withheld under section 40(2). Review: upheld.

Yours sincerely
`, map[string]string{"P1.Q1": "withheld s31(1)(g),s31(2)(c)", "P1.Q2": "withheld s40(2)"}},
		{"answers that point to the refusal of the whole request", `Dunmoor Constabulary
Our ref: FOI-000077-25
Date: 4 February 2025

Dear

I can confirm that Dunmoor Constabulary holds information relevant to your request. However, to locate every flight log would take well over 18 hours and the whole of your request is refused under section 12(1) of the Act.

1. How many drones does the force own?
Response: Refused – see above.

2. How many drone flights were made in the last financial year?
Response: Refused – see above.

Yours sincerely
`, map[string]string{"P1.Q1": "refused s12(1)", "P1.Q2": "refused s12(1)"}},
		{"answers to several questions in one table, and a sign-off in plain words", `NHS Mercia Vale Integrated Care Board
Reference: MVICB/FOI/24-25/0877
Date: 3 March 2025

Dear

1. Which providers are commissioned to deliver tier 3 weight management services?
2. How many patients were referred to tier 3 services in 2023/24?
3. What was the median waiting time from referral to first appointment in 2023/24?
4. Who is the Clinical Lead for the service?

Our response

Q1. Healthy Futures CIC and Mercia Community Health NHS Trust.

Answers to questions 2 and 3 are combined in the table below.

` + "\tHealthy Futures CIC\tMercia Community Health\nReferrals 2023/24\t1,244\t1,037\nMedian wait (weeks)\t38\t46" + `

Q4. I'm afraid I can't give this out. It is personal data, so it is exempt under section 40(2) of the Act.

If you are not happy with how I've dealt with this, please write to the Chairman, Cllr D. Fenwick, at the address above.
`, map[string]string{"P1.Q1": "released", "P1.Q2": "released", "P1.Q3": "released", "P1.Q4": "withheld s40(2)"}},
		{"an NCND whose sections apply for the reasons given at another question", `Dunmoor Police
Reference: 01.FOI.25.0412
Date: 3 March 2025

Dear

1. Does the force use covert cameras in Dunmoor town centre?
Response: Dunmoor Police neither confirms nor denies whether it holds this information, by virtue of section 23(5), section 24(2) and section 31(3).

2. How many covert cameras are deployed in the county?
Response: Dunmoor Police neither confirms nor denies whether it holds information relevant to this question. Section 23(5), section 24(2) and section 31(3) apply for the reasons given at question 1.

Yours sincerely
`, map[string]string{"P1.Q1": "ncnd s23(5),s24(2),s31(3)", "P1.Q2": "ncnd s23(5),s24(2),s31(3)"}},
		{"a decision naming its question before 'however it is exempt'", `University of Eastmoor
Our reference: FOI2024-140
Date: 01/07/2024

Dear

I note you seek access to the following information:
1. How many agents do you use for international recruitment at present?
2. How much commission was paid to agents in 2022/23?
3. Which countries do the agents recruit in?

Response
University of Eastmoor holds the information requested at question 2 of your request; however it is exempt from disclosure under Section 43(2) (Commercial Interests).
The answers to the remaining questions are as follows.
Question 1 – 63
Question 3 – China, India and Nigeria.

Yours sincerely
`, map[string]string{"P1.Q1": "released", "P1.Q2": "withheld s43(2)", "P1.Q3": "released"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, q := range r.Questions {
				got[q.ID] = strings.TrimSpace(string(q.Stance.Kind) + " " + strings.Join(q.Stance.Exemptions, ","))
				if strings.Contains(q.Answer, "You asked") || strings.Contains(q.Answer, "Visitor Survey") {
					t.Errorf("%s: answer %q holds a label or an annex's item", q.ID, q.Answer)
				}
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("stances %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBulletAnswers: answers set out as bullet points straight under each
// question are its answer; a request's bullets under a question are what
// it asks.
func TestBulletAnswers(t *testing.T) {
	answered := `Eastern Ambulance Service NHS Trust
FOI Reference: EAS/FOI/2026/1382
Date of response: 16 November 2026

Dear Requester

Our answers are set out as bullet points under each of your questions.

1. Does the Trust issue body-worn cameras to crews? If so, who is the supplier?
• Yes – cameras were rolled out to frontline crews from March 2024.
• Supplier: Reveal Media Ltd.
2. How many times was footage provided to the police in 2025/26?
• Requests from police forces are not recorded centrally.
• The information requested is not held by the Trust.
3. Which telephony platform does the control room use?
• The Trust holds this information, but it is withheld.
• It is exempt under section 24(1) (national security).

Yours sincerely
`
	asked := `Westshire Council
Our ref: WC/FOI/2026/77
Date: 2 March 2026

Dear Requester

You asked:

1. Could you tell me the following about your CCTV?
• The number of cameras bought in 2023.
• The cost of each camera.
2. Who maintains the cameras?

1. We bought 14 cameras in 2023 at £1,200 each.
2. Westgate Security Ltd.

Yours sincerely
`
	for _, tt := range []struct {
		name, text string
		want       map[string]StanceKind
	}{
		{"answered", answered, map[string]StanceKind{"P1.Q1": Released, "P1.Q2": NotHeld, "P1.Q3": Withheld}},
		{"asked", asked, map[string]StanceKind{"P1.Q1": Released, "P1.Q2": Released}},
	} {
		r, err := Parse(Document{Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]StanceKind{}
		for _, q := range r.Questions {
			got[q.ID] = q.Stance.Kind
			if q.Answer == "" {
				t.Errorf("%s: %s has no answer", tt.name, q.ID)
			}
		}
		if !maps.Equal(got, tt.want) {
			t.Errorf("%s: stances %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDecisionsElsewhere: answers that say nothing of their own, or
// decisions that name questions in every part, or a review that leaves a
// question's original answer standing.
func TestDecisionsElsewhere(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]Stance
	}{
		{"see below, then the cost NCND of the whole request", `Midland Ambulance Service NHS Trust
Reference: MAS/FOI/26/2291
Date of response: 9 November 2026

Dear Requester

Your question	Response
1. The number of handovers longer than 60 minutes, per month, since 2021.	See below
2. For each such patient, the age and the length of the delay.	See below

Our response

For these reasons the Trust is applying section 12(2) to your request as a whole: the cost of determining whether we hold the information would itself exceed the appropriate limit. We therefore neither confirm nor deny whether the information in questions 1 to 2 is held.

Yours sincerely
`, map[string]Stance{"P1.Q1": {Kind: Refused, Exemptions: []string{"s12(2)"}}, "P1.Q2": {Kind: Refused, Exemptions: []string{"s12(2)"}}}},
		{"question 2 in each part", `Wealdshire ICB
Our ref: WICB-FOI-26-0412
Date: 3 November 2026

Dear Requester

Part 1 – Contact centre
1. Who is the current supplier?
2. What is the annual value of the contract?

Part 2 – Network
1. Who is the current supplier?
2. What is the annual value of the contract?

Part 1
1. Corvane Customer Solutions Ltd.

Part 2
1. Telcastra Networks plc.

The ICB holds information within the scope of your request. Question 2 in part 1, and question 2 in part 2, are exempt from disclosure. Contract values (question 2 in each part) are withheld under section 43(2) of the Act.

Yours sincerely
`, map[string]Stance{"P1.Q1": {Kind: Released, Exemptions: []string{}}, "P1.Q2": {Kind: Withheld, Exemptions: []string{"s43(2)"}},
			"P2.Q1": {Kind: Released, Exemptions: []string{}}, "P2.Q2": {Kind: Withheld, Exemptions: []string{"s43(2)"}}}},
		{"an original answer no review changed", `Maritime Licensing Agency
Our ref: IR2026/0412
Date: 20 November 2026

Dear requester,

Question 1 - licences

You asked: How many licences did the Agency issue in 2025?

Original response: 1,842 licences were issued. This was correct and is unchanged.

Question 2 - appeals

You asked: How many refusals were appealed in 2025?

Original response: we stated this information was not held.

Review: further searches found a tracker. 37 refusals were appealed in 2025.

Yours sincerely,
`, map[string]Stance{"P1.Q1": {Kind: Released, Exemptions: []string{}}, "P1.Q2": {Kind: Released, Exemptions: []string{}}}},
		{"the letter's own numbered sections", `NHS Loch Arrin
Our Ref: NHSLA-FOI-2026-0871
Date: 2 November 2026

Dear Applicant

1. Your request

1.1 You asked for the following information.

1. The number of patients waiting more than 52 weeks.

2. The figure in question 1 broken down by consultant.

2. Our decision

2.1 NHS Loch Arrin holds some of the information you requested. Some of it is exempt from disclosure.

3. Response to each question

3.1 Question 1: 1,164 patients.

3.2 Question 2: This information is withheld under section 38(1)(b) of FOISA (personal information).

Yours sincerely
`, map[string]Stance{"P1.Q1": {Kind: Released, Exemptions: []string{}}, "P1.Q2": {Kind: Withheld, Exemptions: []string{"foisa:s38(1)(b)"}}}},
	}
	for _, tt := range tests {
		wantStances(t, tt.name, tt.text, tt.want)
	}
}

// TestProvisionsWeighedNotApplied: a refusal of the whole request in the
// authority's own words, and a closing note that weighs provisions for
// named questions and applies none.
func TestProvisionsWeighedNotApplied(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]Stance
	}{
		{"the request refused as manifestly unreasonable", `High Moor National Park Authority
Our ref: EIR 22/208
Date: 4 April 2022

Dear Requester

I note you seek access to the following:

1. What is the number of car parks owned by the Authority?
2. How many parking charge notices were cancelled?

Taken together, answering your request would require a manual review of several thousand records and would take well over 18 hours (£450). The Authority considers the request as a whole manifestly unreasonable and refuses it under Regulation 12(4)(b) of the EIR. You may wish to narrow your request.

Yours sincerely
`, map[string]Stance{"P1.Q1": {Kind: Refused, Exemptions: []string{"reg12(4)(b)"}}, "P1.Q2": {Kind: Refused, Exemptions: []string{"reg12(4)(b)"}}}},
		{"other exemptions considered", `Northshire Police
Our ref: IR/2026/044
Date: 9 November 2026

Dear Requester

1. How many deployments of the drone team were there in 2025?
2. Where did they take place?

1. There were 17 deployments in 2025.
2. The list of locations is provided at Annex A.

Other exemptions considered

For completeness, I considered whether Section 24(2) should also be cited in respect of question 1, and whether Section 38 applied to the deployment locations at question 2. I concluded that neither is required, and neither has been applied.

Note on exemptions
In an earlier response the force relied on section 31(1)(a). We have not relied on section 31(1)(a) in this response.

Yours sincerely
`, map[string]Stance{"P1.Q1": {Kind: Released, Exemptions: []string{}}, "P1.Q2": {Kind: Released, Exemptions: []string{}}}},
	}
	for _, tt := range tests {
		wantStances(t, tt.name, tt.text, tt.want)
	}
}

// TestItemLayouts: requests set out as "Item 1" over the question, as
// items lettered A, B, C, as "You asked ...; answer" in one paragraph,
// and as "1. Heading – answer" in parts headed "Section 2 – Network".
func TestItemLayouts(t *testing.T) {
	released := Stance{Kind: Released, Exemptions: []string{}}
	tests := []struct {
		name, text string
		want       map[string]Stance
	}{
		{"item headings", `Hillshire Fire and Rescue Service
Request reference: HFRS 2025-211
Responded: 27 Jun 2025

Item 1
How many fire appliances were off the run for more than 7 days in 2024?
Answer: 6 appliances.

Item 2
How many firefighters were injured while driving to incidents in 2024?
Answer: There were 2 such injuries. Further details are withheld under section 40(2).
`, map[string]Stance{"P1.Q1": released, "P1.Q2": {Kind: PartiallyReleased, Exemptions: []string{"s40(2)"}}}},
		{"capital letters", `Department for Skills
Case reference: TO2025/18842
14 May 2025

Your request was set out as lettered items.

A. The amount of levy funds that expired in 2023/24.

In 2023/24 the figure was £1.34 billion.

B. Copies of submissions to Ministers about reform of the levy.

They are withheld in full under section 35(1)(a).
`, map[string]Stance{"P1.Q1": released, "P1.Q2": {Kind: Withheld, Exemptions: []string{"s35(1)(a)"}}}},
		{"you asked, then the answer", `North Pennine Hospitals NHS Foundation Trust
Ref: NPH-FOI-3391
Date: 21st November 2024

1. You asked how many registered midwives the Trust employed at 31 March 2024; we hold this figure and it was 214.6 WTE.

2. You asked how many shifts fell below the agreed staffing level; the Trust does not collate this information, and it is therefore not held.
`, map[string]Stance{"P1.Q1": released, "P1.Q2": {Kind: NotHeld, Exemptions: []string{}}}},
		{"headings and answers on one line, in sections", `Castleford Borough Council
Reference: FOI-2025-0412
Date: 3 June 2025

Section 1 – Contact Centre

1. Incumbent supplier – Telecomms Direct plc.

2. Annual average spend – £84,200.

Section 2 – Telephony hardware

1. Number of handsets in use – 612.

2. Unit price paid per handset – We have decided not to release the unit price, which is exempt under section 43(2).
`, map[string]Stance{"P1.Q1": released, "P1.Q2": released, "P2.Q1": released, "P2.Q2": {Kind: Withheld, Exemptions: []string{"s43(2)"}}}},
		{"answers first, the request restated after", `Northshire County Council
Request number: NCC/IR/25/04482
Date of response: 29/09/2025

Answers are given first, against the numbers in your request; your request is reproduced in full at the end of this letter.

(1) 1,046 children were looked after by the Council at 31 March 2025.

(2) The name of the provider is withheld under section 43(2), as it would reveal the provider's pricing.

Your request, as received on 2 September 2025

(1) How many children were looked after by the Council at 31 March 2025?
(2) Who was the provider of the most expensive placement?

Yours sincerely
`, map[string]Stance{"P1.Q1": released, "P1.Q2": {Kind: Withheld, Exemptions: []string{"s43(2)"}}}},
		{"withheld at Q2 & Q7, and a joint answer", `NHS Strathallan
Our ref: FOI-2025-0201
Date: 3 March 2025

You asked:

1. The number of children waiting more than 18 weeks.
2. The names of clinicians who have left the Board.
3. The number of posts vacant.
4. Whether any member of staff is under investigation.
5. Whether any manager is under investigation.

Decision

NHS Strathallan has withheld the information requested at Q2 under section 38(1)(b) of FOISA (personal information). The remaining questions are answered below.

A1. 214.

A3. 11.4 posts. The public interest in scrutiny of spending, which the figure at point 1 meets in part, is noted.

A4 & A5. The Board can neither confirm nor deny that it holds any information relevant to questions 4 and 5, by virtue of section 18(1) read with section 38(1)(b) of FOISA.
`, map[string]Stance{"P1.Q1": released, "P1.Q2": {Kind: Withheld, Exemptions: []string{"foisa:s38(1)(b)"}}, "P1.Q3": released,
			"P1.Q4": {Kind: NCND, Exemptions: []string{"foisa:s18(1)", "foisa:s38(1)(b)"}}, "P1.Q5": {Kind: NCND, Exemptions: []string{"foisa:s18(1)", "foisa:s38(1)(b)"}}}},
	}
	for _, tt := range tests {
		wantStances(t, tt.name, tt.text, tt.want)
	}
}

// TestAskedWithLetteredParts: a request set out as "You asked (1):" /
// "Our response:" whose questions and answers have lettered parts. The
// parts under "Our response:" are the answer's, not answers keyed back to
// questions 1 and 2 (which ended the request after its first question).
func TestAskedWithLetteredParts(t *testing.T) {
	text := `University of Harwick
Our reference: FOI-UH-2025-0153
Date: 3 February 2025

You asked (1):

How many agents did the University contract with
(a) in 2022/23;
(b) in 2023/24?

Our response:

(a) 86
(b) 94

You asked (2):

What was the total commission paid to agents?

Our response:

The University holds this information but it is exempt under section 43(2).
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []Stance{{Kind: Released, Exemptions: []string{}}, {Kind: Withheld, Exemptions: []string{"s43(2)"}}}
	if len(r.Questions) != len(want) {
		t.Fatalf("got %d questions, want %d", len(r.Questions), len(want))
	}
	for i, q := range r.Questions {
		if q.Stance.Kind != want[i].Kind || !reflect.DeepEqual(q.Stance.Exemptions, want[i].Exemptions) {
			t.Errorf("%s: %s %v, want %s %v", q.ID, q.Stance.Kind, q.Stance.Exemptions, want[i].Kind, want[i].Exemptions)
		}
	}
	if got := r.Questions[0].Answer; !strings.Contains(got, "86") || !strings.Contains(got, "94") {
		t.Errorf("P1.Q1's answer is %q, want both parts", got)
	}
}

// TestGroundsByWhatTheyName: a decision naming its questions, then after
// a colon the grounds of each thing withheld ("the contract value under
// section 33(1)(b), and the cyber security information under section
// 35(1)(a)"), gives each ground to the questions that ask about that
// thing: to both that share as many of its words, to no other.
func TestGroundsByWhatTheyName(t *testing.T) {
	text := "NHS Ardnish and Lorne\nOur Ref: FOI/2025/000214\nDate of reply: 6 March 2025\n\nDear\n\n" +
		"Part 1 – Clinical systems\n\n1. Who is the supplier of the Board's electronic patient record?\n2. What is the total value of the EPR contract?\n\n" +
		"Part 2 – Cyber security\n\n1. How many cyber security incidents did the Board record in 2024?\n2. Does the Board hold Cyber Essentials Plus certification?\n3. Who supplies the Board's cyber security monitoring service?\n\n" +
		"Decision\n\nQuestion 2 of Part 1 and questions 1 and 3 of Part 2 are withheld: the contract value under section 33(1)(b) of FOISA " +
		"(commercial interests), and the cyber security information under section 35(1)(a) (prevention or detection of crime). " +
		"All other questions are answered below.\n\nPart 1\n\n1. Calderon Health Systems.\n\nPart 2\n\n2. Yes.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"P1.Q2": "foisa:s33(1)(b)", "P2.Q1": "foisa:s35(1)(a)", "P2.Q3": "foisa:s35(1)(a)"}
	for _, q := range r.Questions {
		w, ok := want[q.ID]
		if !ok {
			continue
		}
		if q.Stance.Kind != Withheld || strings.Join(q.Stance.Exemptions, " ") != w {
			t.Errorf("%s: %s %v, want withheld [%s]", q.ID, q.Stance.Kind, q.Stance.Exemptions, w)
		}
	}
}

// TestDecisionExplainedBelow: a decision that names questions and sends
// the reader to the answers below ("as explained below") leaves those
// answers to say what was withheld and why; a sentence below that says
// something else ("section 38 has not been used") answers nothing.
func TestDecisionExplainedBelow(t *testing.T) {
	text := "Calderbrook Partnership NHS Foundation Trust\nFOI reference: CPFT FOI 4471\nDate of response: 31 Jan 2025\n\nDear\n\nYou asked:\n\n" +
		"1. The number of out of area placements made in 2023/24.\n2. The names of the agencies supplying nurses, and the amount paid to each agency.\n" +
		"3. The number of incidents of prone restraint, broken down by ward.\n\n" +
		"Our decision\n\nWe have answered question 1 in full. For questions 2 and 3 we have released part of the information and withheld the rest, as explained below.\n\n" +
		"Placements\n\nThe Trust made 186 out of area placements in 2023/24.\n\n" +
		"Agencies\n\nNurses were supplied by Harbourside Staffing and Linden Care. The amount paid to each agency is exempt under section 43(2), as it would reveal their pricing.\n\n" +
		"Restraint\n\nThere were 431 incidents of prone restraint. Ward-level figures for three wards are withheld under section 40(2), as the numbers are small.\n\n" +
		"Other provisions\n\nWe have not applied section 41. Similarly, section 38 has not been used.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"P1.Q2": "s43(2)", "P1.Q3": "s40(2)"}
	for _, q := range r.Questions {
		w, ok := want[q.ID]
		if !ok {
			continue
		}
		if q.Stance.Kind != PartiallyReleased || strings.Join(q.Stance.Exemptions, " ") != w {
			t.Errorf("%s: %s %v (%q), want partially_released [%s]", q.ID, q.Stance.Kind, q.Stance.Exemptions, q.Answer, w)
		}
	}
}
