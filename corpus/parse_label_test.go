package corpus

import (
	"reflect"
	"testing"
)

func TestParseLabel(t *testing.T) {
	tests := []struct {
		in    string
		kind  labelKind
		nums  []int
		style string
		rest  string
	}{
		{"Re point 4: This information is not held.", labelAnswer, []int{4}, "answer", "This information is not held."},
		{"01.FOI.25.031774", labelNone, nil, "", ""},
		{"1. Incumbent Supplier: who?", labelItem, []int{1}, "dot", "Incumbent Supplier: who?"},
		{"- 1. Incumbent Supplier*", labelItem, []int{1}, "dot", "Incumbent Supplier"},
		{"9. *Number of Sites; please*", labelItem, []int{9}, "dot", "Number of Sites; please"},
		{"12)\tHow many", labelItem, []int{12}, "close", "How many"},
		{"(3) The number of staff", labelItem, []int{3}, "paren", "The number of staff"},
		{"4\tContract expiry", labelItem, []int{4}, "dot", "Contract expiry"},
		{"2.Annual spend", labelItem, []int{2}, "dot", "Annual spend"},
		{"1.5 million calls were made", labelNone, nil, "", ""},
		// Keys in capitals naming two questions.
		{"RESPONSE 3 AND 4", labelAnswer, []int{3, 4}, "answer", ""},
		{"REQUEST 3 AND 4", labelQuestion, []int{3, 4}, "request", ""},
		// A key's number written as a word.
		{"Question One: What is the total number of homes?", labelQuestion, []int{1}, "question", "What is the total number of homes?"},
		{"Question Twelve – How many voids?", labelQuestion, []int{12}, "question", "How many voids?"},
		{"Request one", labelQuestion, []int{1}, "request", ""},
		{"Points one and two: 21,904 potholes were reported.", labelQuestion, []int{1, 2}, "point", "21,904 potholes were reported."},
		// An answer's key of two figures before a figure.
		{"A10  4", labelAnswer, []int{10}, "answer", "4"},
		{"A13  0", labelAnswer, []int{13}, "answer", "0"},
		{"A2 – 0.", labelAnswer, []int{2}, "answer", "0."},
		// Lettered keys, one or two.
		{"Question (a)", labelQuestion, []int{1}, "alpha-key", ""},
		{"Questions (b) and (c)", labelQuestion, []int{2, 3}, "alpha-key", ""},
		// A decision that opens its line naming a question is no key.
		{"Question 2 for Contract 1 and question 2 for Contract 2 are exempt under section 43(2).", labelNone, nil, "", ""},
		{"Question 2 in the first part, and question 2 in the second part, are exempt under section 33(1)(b).", labelNone, nil, "", ""},
		{"Question 2 in the first part: the total is £4,000.", labelQuestion, []int{2}, "question", "in the first part: the total is £4,000."},
		{"Request one of the two was refused.", labelNone, nil, "", ""},
		// Prose keys with the numbers in words, and after "Finally,".
		{"Turning to point four, the contractor is Civic Parking Ltd.", labelAnswer, []int{4}, "answer", "the contractor is Civic Parking Ltd."},
		{"On points one and two, the income was as follows:", labelAnswer, []int{1, 2}, "answer", "the income was as follows:"},
		{"Finally, in answer to point three, the Trust does not hold this information.", labelAnswer, []int{3}, "answer", "the Trust does not hold this information."},
		{"On points of law we disagree.", labelNone, nil, "", ""},
		// One answer for two items, in the items' own style.
		{"(2) and (3) The Authority neither confirms nor denies.", labelItem, []int{2, 3}, "paren", "The Authority neither confirms nor denies."},
		{"4. & 5. Not held.", labelItem, []int{4, 5}, "dot", "Not held."},
		{"(2) and (1) are reversed here.", labelItem, []int{2}, "paren", "and (1) are reversed here."},
		{"(4) or (5) either.", labelItem, []int{4}, "paren", "or (5) either."},
		{"Finally, the Trust notes that parking is free.", labelNone, nil, "", ""},
		// A numbered section of the letter in capitals is no item; an
		// acronym asked about is.
		{"2. OUR ORIGINAL RESPONSE", labelNone, nil, "", ""},
		{"4. DECISION", labelNone, nil, "", ""},
		{"3. CCTV", labelItem, []int{3}, "dot", "CCTV"},
		{"Questions 1 & 2 – 14 providers received a C3 grading.", labelQuestion, []int{1, 2}, "question", "14 providers received a C3 grading."},
		{"Questions 3 – 5: withheld", labelQuestion, []int{3, 4, 5}, "question", "withheld"},
		{"Questions 1, 2 and 4 – 6: see below", labelQuestion, []int{1, 2, 4, 5, 6}, "question", "see below"},
		{"In answer to point 1 and point 2, the force can neither confirm nor deny", labelAnswer, []int{1, 2}, "answer", "the force can neither confirm nor deny"},
		{"2.1 In answer to question (1): 2021-22, 7 suspensions", labelAnswer, []int{1}, "answer", "2021-22, 7 suspensions"},
		{"3.1 Question (2). Where a suspension results", labelQuestion, []int{2}, "question", "Where a suspension results"},
		{"Your first question: 612 inquests", labelAnswer, []int{1}, "answer", "612 inquests"},
		{"As to your second question, the average was 27 weeks.", labelAnswer, []int{2}, "answer", "the average was 27 weeks."},
		{"Finally, on the sixth point: nil.", labelAnswer, []int{6}, "answer", "nil."},
		{"The first question we received was in May.", labelNone, nil, "", ""},
		{"The fourth point of your request concerns a report.", labelAnswer, []int{4}, "answer", "concerns a report."},
		{"You asked (1):", labelQuestion, []int{1}, "asked", ""},
		{"Requested (2)", labelQuestion, []int{2}, "asked", ""},
		{"Requested 12 March 2025", labelNone, nil, "", ""},
		{"Your question 12 – how many", labelQuestion, []int{12}, "asked", "how many"},
		{"You asked 3 questions about staffing.", labelNone, nil, "", ""},
		{"(b) the names", labelItem, []int{2}, "alpha", "the names"},
		{"c) the dates", labelItem, []int{3}, "alpha", "the dates"},
		{"\"A) All emails sent", labelItem, []int{1}, "alpha", "All emails sent"},
		{"D) The personnel file", labelItem, []int{4}, "alpha", "The personnel file"},
		{"A. Smith replied", labelNone, nil, "", ""},
		{"Question 7 – tm_servicedesk@cumbria.police.uk", labelQuestion, []int{7}, "question", "tm_servicedesk@cumbria.police.uk"},
		{"Q2: How many", labelQuestion, []int{2}, "q", "How many"},
		{"Response – Questions 1 and 2", labelAnswer, []int{1, 2}, "answer", ""},
		{"Answer: Question 6", labelAnswer, []int{6}, "answer", ""},
		{"Answer: Questions 3, 4 and 5 are answered together.", labelNone, nil, "", ""},
		{"Questions 1 & 2", labelQuestion, []int{1, 2}, "question", ""},
		{"Question 6, and any other information relating to the supplier's pricing", labelQuestion, []int{6}, "question", ""},
		{"Question 6, and any other figures, are withheld.", labelNone, nil, "", ""},
		{"Questions 3-5: exempt", labelQuestion, []int{3, 4, 5}, "question", "exempt"},
		{"Points 1 and 2: 2023-24, 14", labelQuestion, []int{1, 2}, "point", "2023-24, 14"},
		{"Request 1", labelQuestion, []int{1}, "request", ""},
		{"**Question 3:** What", labelQuestion, []int{3}, "question", "What"},
		{"A1: Capita plc", labelAnswer, []int{1}, "answer", "Capita plc"},
		{"A1 Capita plc", labelAnswer, []int{1}, "answer", "Capita plc"},
		{"Answer 2 – none", labelAnswer, []int{2}, "answer", "none"},
		{"In answer to point 3, we hold", labelAnswer, []int{3}, "answer", "we hold"},
		{"Response to question 4: nil", labelAnswer, []int{4}, "answer", "nil"},
		{"Turning to point 4, 11,420 lights", labelAnswer, []int{4}, "answer", "11,420 lights"},
		{"On points 1 and 2, we maintain", labelAnswer, []int{1, 2}, "answer", "we maintain"},
		{"As for point 5, the contract", labelAnswer, []int{5}, "answer", "the contract"},
		{"For question 3: none", labelAnswer, []int{3}, "answer", "none"},
		{"On 4 May we wrote", labelNone, nil, "", ""},
		{"In answer to point 3, 17 firefighters were injured", labelAnswer, []int{3}, "answer", "17 firefighters were injured"},
		{"In answer to point 2, 14", labelAnswer, []int{2}, "answer", "14"},
		{"In answer to point 5, 4.6 FTE.", labelAnswer, []int{5}, "answer", "4.6 FTE."},
		{"In answer to points 2, 14", labelAnswer, []int{2, 14}, "answer", ""},
		{"In answer to points 1, 2 and 3, we hold", labelAnswer, []int{1, 2, 3}, "answer", "we hold"},
		{"Question 5 – 7 incidents were reported", labelQuestion, []int{5}, "question", "7 incidents were reported"},
		{"Questions 5 – 7: exempt", labelQuestion, []int{5, 6, 7}, "question", "exempt"},
		{"A 10 minute call", labelNone, nil, "", ""},
		{"Part 2", labelNone, nil, "", ""},
		{"The contact centre covers 2 sites.", labelNone, nil, "", ""},
		{"3000", labelNone, nil, "", ""},
		{"0800, 0845, 0870 number", labelNone, nil, "", ""},
	}
	for _, tt := range tests {
		got := parseLabel(tt.in)
		if got.kind != tt.kind || !reflect.DeepEqual(got.nums, tt.nums) || (tt.kind != labelNone && (got.style != tt.style || got.rest != tt.rest)) {
			t.Errorf("parseLabel(%q) = %+v, want kind %d nums %v style %q rest %q", tt.in, got, tt.kind, tt.nums, tt.style, tt.rest)
		}
	}
}

func TestPartHeading(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want bool
	}{
		{"The first part of my request relates to contact centre service contracts", 1, true},
		{"The second part of my request relates to the use inbound network services", 2, true},
		{"Part 2", 2, true},
		{"PART TWO – Inbound network", 2, true},
		{"Contract 1", 1, true},
		{"Section B: staffing", 2, true},
		{"Section 12 – cost limit", 0, false},
		{"Section 31 (1) (a)(b), Law Enforcement.", 0, false},
		{"Part 2 of your request is exempt under section 43", 0, false},
		{"Part 2 – my request relates to inbound network services contracts (0300/0800 numbers, call routing,", 2, true},
		{"Part 2 – we hold the information you asked for in this part and it is provided below in full", 0, false},
		{"Partnership working", 0, false},
		{"Part 2 - the second part of the request relates to the HR and payroll system contract", 2, true},
		{"Contract 1, Question 8: 2 sites", 0, false},
		{"Part Two – Inbound call services (0300 and 0800 numbers, routing, caller identification and IVR)", 2, true},
		{"Part 2 – we hold the information (all of it) you asked for in this part and it is provided below in full", 0, false},
	}
	for _, tt := range tests {
		n, _, ok := partHeading(tt.in)
		if ok != tt.want || n != tt.n {
			t.Errorf("partHeading(%q) = %d, %v; want %d, %v", tt.in, n, ok, tt.n, tt.want)
		}
	}
}

func TestQuestionRefs(t *testing.T) {
	p := newParser(nil, FOIA)
	for part := 1; part <= 2; part++ {
		for n := 1; n <= 12; n++ {
			p.add(part, n, 0, "q", "")
		}
	}
	tests := []struct {
		in   string
		want []qkey
		rest bool
	}{
		{"citing the exemption Section 31 (1) to questions 1,3,4 in part 1 of your request and questions 1-3 in part 2 of your request",
			[]qkey{{1, 1}, {1, 3}, {1, 4}, {2, 1}, {2, 2}, {2, 3}}, false},
		{"The response to questions 2, 7,9 and 12 in part 1 and question 6 in part 2 is provided below",
			[]qkey{{1, 2}, {1, 7}, {1, 9}, {1, 12}, {2, 6}}, false},
		{"Q1-3 are exempt", []qkey{{1, 1}, {1, 2}, {1, 3}}, false},
		{"Question 2 in part 2 is withheld under regulation 12(5)(e).", []qkey{{2, 2}}, false},
		{"Section 43(2) applies to all other questions", nil, true},
		{"All of part 2 of your request is refused", []qkey{{2, 1}, {2, 2}, {2, 3}, {2, 4}, {2, 5}, {2, 6}, {2, 7}, {2, 8}, {2, 9}, {2, 10}, {2, 11}, {2, 12}}, false},
		{"We hold 12 records.", nil, false},
	}
	for _, tt := range tests {
		var got []qkey
		rest := false
		for _, r := range p.questionRefs(tt.in) {
			got = append(got, r.keys...)
			rest = rest || r.rest
		}
		if !reflect.DeepEqual(got, tt.want) || rest != tt.rest {
			t.Errorf("questionRefs(%q) = %v rest %v; want %v rest %v", tt.in, got, rest, tt.want, tt.rest)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	got := splitSentences("We rely on s.40(2) of the Act. The figure is 3. See e.g. the annex; thanks")
	want := []string{"We rely on s.40(2) of the Act.", "The figure is 3.", "See e.g. the annex;", "thanks"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("splitSentences = %q, want %q", got, want)
	}
}

func TestEnglishLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mae'r wybodaeth hon wedi'i heithrio o dan adran 43(2). / This information is exempt under section 43(2).", "This information is exempt under section 43(2)."},
		{"Ateb / Answer: Mae'r adroddiad ar gael ar ein gwefan / The report is on our", "Answer: The report is on our"},
		{"Trains run from London / Paris to Brussels.", "Trains run from London / Paris to Brussels."},
		{"Cwestiwn 1 / Question 1", "Question 1"},
		{"Rhesymau / Reasons", "Reasons"},
		{"Hawliau / Your rights", "Your rights"},
		{"Ymateb gwreiddiol / Original response: Withheld under section 40(2).", "Original response: Withheld under section 40(2)."},
		{"Canfyddiad yr adolygiad / Review finding: Upheld.", "Review finding: Upheld."},
		{"Dyddiad derbyn / Date received: 5 Awst / August 2025", "Date received: 5 August 2025"},
		{"Ateb / Answer: 214 (ar 30 Medi 2024 / at 30 September 2024).", "Answer: 214 (ar 30 Medi 2024 / at 30 September 2024)."},
		{"Ein cyf / Our ref:   TVUHB-FOI-24-2207", "Our ref:   TVUHB-FOI-24-2207"},
		{"Dyddiad / Date:      10 Rhagfyr 2024 / 10 December 2024", "Date:      10 December 2024"},
		{"Derbyniwyd / Received: 12 Tachwedd 2024 / 12 November 2024", "Received: 12 November 2024"},
		{"Pencadlys / Headquarters, Ysbyty Glan Teifi", "Pencadlys / Headquarters, Ysbyty Glan Teifi"},
		{"Planning / Question time is over", "Planning / Question time is over"},
		{"2021/22 / Answer", "2021/22 / Answer"},
		{"Question 1 / Question 2", "Question 1 / Question 2"},
		{"Our ref / Ein cyf: GUHB-0611", "Our ref: GUHB-0611"},
		{"Question 3 / Cwestiwn 3", "Question 3"},
		{"Date / Dyddiad: 10 December 2024", "Date: 10 December 2024"},
		{"Question 1 / Answer 1", "Question 1 / Answer 1"},
		{"Question 1 /    ", "Question 1"}, // no word after the slash: no panic
	}
	for _, tt := range tests {
		if got := englishLabel(tt.in); got != tt.want {
			t.Errorf("englishLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnswerLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Our response: 4,210.", true},
		{"Response", true},
		{"Review: I uphold the original decision.", true},
		{"Outcome of the review – overturned.", true},
		{"review.", false}, // a wrapped line's last word
		{"Review of the contract is under way.", false},
	}
	for _, tt := range tests {
		if got := reAnswerLabel.MatchString(tt.in); got != tt.want {
			t.Errorf("reAnswerLabel.MatchString(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if !reOriginalLabel.MatchString("Original response: withheld under section 40(2).") || reOriginalLabel.MatchString("Originally, the Council withheld it.") {
		t.Error("reOriginalLabel reads the quoted original decision only")
	}
}

func TestIsArgumentHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Public interest test", true},
		{"Neither Confirm Nor Deny", true},
		{"Neither confirm nor deny - section 31(3)", true},
		{"SECTION 43(2) - COMMERCIAL INTERESTS", true},
		{"SECTION 40 – PERSONAL INFORMATION", true},
		// A section of the letter is no argument.
		{"SECTION 2 – INCIDENTS", false},
		// A provision listed among those applied is no heading.
		{"Section 23(5) – Information supplied by security bodies", false},
		{"Neither confirm nor deny (regulation 12(6))", true},
		{"Neither confirm nor deny - section 31(3) applies to question 4, and we have", false},
		{"Summary", true},
		{"Neither confirm nor deny whether the force holds it.", false},
		{"Public interest test. Section 35 is a qualified exemption, and we have considered", true},
		{"Evidence of harm: disclosure would allow offenders to plan routes", true},
		{"public interest test. As the line before said", false},
		{"The public interest test was applied to question 3 and favours withholding.", false},
		// A heading that says why a provision was applied heads its
		// reasons; a sentence saying why is no heading.
		{"Why we have applied section 31(1)(a)", true},
		{"Why the Council is withholding the rates", true},
		{"Why we have applied section 31(1)(a) to question 1. Lists of ratepayers with credits have been used by fraudsters.", false},
	}
	for _, tt := range tests {
		if got := isArgumentHeading(tt.line); got != tt.want {
			t.Errorf("isArgumentHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestBoilerplate: lines that end a letter's answers (complaint rights,
// sign-offs, a web page's feedback prompt) and lines that do not.
func TestBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"If you are dissatisfied with this response you may ask for an internal review.", true},
		{"Yours sincerely", true},
		{"Was this page helpful? Yes No", true},
		{"Is this page useful?", true},
		{"Your right to seek a review", true},
		{"Not happy with our answer? You can ask us to look at it again (an internal review).", true},
		{"With best wishes", true},
		{"You can ask the Council for an internal review of this decision by writing to information.rights@kingsmere.gov.uk within two months.", true},
		{"Request an internal review by emailing foi@wandlebury.gov.uk within 40 working days of the response date.", true},
		{"To request an internal review, write to the Information Governance Manager.", true},
		{"Request 2 asked for a review of the parking policy; the review is attached.", false},
		{"Residents were not happy with the consultation, and 212 objections were received.", false},
		{"The page was helpful to officers drafting the policy.", false},
		{"The Council holds 212 cameras.", false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(tt.line); got != tt.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestDittoMark: the merged-cell reader knows the mark the extractors
// write, which its expression spells out.
func TestDittoMark(t *testing.T) {
	if !reDitto.MatchString(ditto + " future negotiations.") {
		t.Errorf("reDitto does not match the extractors' ditto mark %q", ditto)
	}
}
