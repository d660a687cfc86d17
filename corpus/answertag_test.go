package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestAnswerTags(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"initials after each question",
			"1) How many exclusions?\nOLT: 6.\n\n2) Please provide the policy.\nOLT: It is on our website.\n",
			"1) How many exclusions?\nResponse: 6.\n\n2) Please provide the policy.\nResponse: It is on our website.\n"},
		{"once is not a habit",
			"1) How many exclusions?\nOLT: 6.\n\n2) Please provide the policy.\nIt is on our website.\n",
			"1) How many exclusions?\nOLT: 6.\n\n2) Please provide the policy.\nIt is on our website.\n"},
		{"e-mail headers and labels are not tags",
			"Is it held?\nRE: your request\nIs it held?\nRE: your request\nWhat is it?\nFOI: 123\nWhat is it?\nFOI: 456\n",
			"Is it held?\nRE: your request\nIs it held?\nRE: your request\nWhat is it?\nFOI: 123\nWhat is it?\nFOI: 456\n"},
		{"the body's short name before 'response'",
			"• How many buses meet the Euro VI standard?\nSPTE response: 212 of the 264 buses.\n• Do you hold the monitoring results for 2020?\nSPTE response: We do not hold this information.\n",
			"• How many buses meet the Euro VI standard?\nResponse: 212 of the 264 buses.\n• Do you hold the monitoring results for 2020?\nResponse: We do not hold this information.\n"},
		{"the body's kind before 'answer'",
			"1. How many cameras?\nCouncil's answer: 118.\n2. Who monitors them?\nCouncil's answer: Our own staff.\n",
			"1. How many cameras?\nResponse: 118.\n2. Who monitors them?\nResponse: Our own staff.\n"},
		{"the answer a review looks at is no tag",
			"1. How many requests?\nOriginal response: 412.\nReview outcome: Upheld.\n2. How many approved?\nOriginal response: withheld.\nReview outcome: Overturned.\n",
			"1. How many requests?\nOriginal response: 412.\nReview outcome: Upheld.\n2. How many approved?\nOriginal response: withheld.\nReview outcome: Overturned.\n"},
		{"a sentence with a colon is no tag",
			"1. How many cameras?\nThe Council has this answer: 118.\n2. Who monitors them?\nThe Council has this answer: staff.\n",
			"1. How many cameras?\nThe Council has this answer: 118.\n2. Who monitors them?\nThe Council has this answer: staff.\n"},
		{"not after a question",
			"Our address\nOLT: Oakfield House\nTelephone\nOLT: 01632 960000\n",
			"Our address\nOLT: Oakfield House\nTelephone\nOLT: 01632 960000\n"},
	}
	for _, tt := range tests {
		got := strings.Join(answerTags(strings.Split(tt.in, "\n")), "\n")
		if got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestInlineTaggedAnswers: an e-mail reply that answers under each quoted
// question after the body's initials.
func TestInlineTaggedAnswers(t *testing.T) {
	text := `From: Governance <governance@oakfieldlearning.org.uk>
Sent: 08 May 2025 15:42
Subject: RE: Freedom of Information request (our ref OLT-FOI-0087)

The Trust's answers are under each of your questions, after "OLT:".

-----Original Message-----
Under the Freedom of Information Act please tell me:

1) How many permanent exclusions were issued in 2023/24?
OLT: 6.

2) How many pupils were placed in isolation rooms in 2023/24?
OLT: We do not keep a central record of this and no Trust-wide figure exists.

3) For each exclusion, please give the pupil's year group.
OLT: These details could identify the pupils. We are withholding this under section 40(2).
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []StanceKind
	for _, q := range r.Questions {
		got = append(got, q.Stance.Kind)
	}
	if want := []StanceKind{Released, NotHeld, Withheld}; !slices.Equal(got, want) {
		t.Errorf("stances %v, want %v", got, want)
	}
}

func TestBareAnswerLabels(t *testing.T) {
	in := []string{
		"Question 1 How many body worn video cameras does the force have?",
		"",
		"Answer The force currently has 1,100 cameras.",
		"",
		"Question 2 How many have been lost?",
		"",
		"Answer 37.",
		"",
		"Response times are measured from the call.",
	}
	want := slices.Clone(in)
	want[2] = "Answer: The force currently has 1,100 cameras."
	want[6] = "Answer: 37."
	if got := bareAnswerLabels(in); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// A question's label opens a paragraph that asks, though its last
	// line ends with a full stop.
	in2 := []string{"Request 1 Incumbent Supplier: please provide the supplier of", "the contract.", "", "Response Tollgate Ltd",
		"", "Request 2 Annual Spend: please state the", "annual spend.", "", "Response £81,200"}
	want2 := slices.Clone(in2)
	want2[3], want2[8] = "Response: Tollgate Ltd", "Response: £81,200"
	if got := bareAnswerLabels(in2); !slices.Equal(got, want2) {
		t.Errorf("got  %q\nwant %q", got, want2)
	}
	// The label in capitals.
	in3 := []string{"REQUEST 1 Has ransomware affected the force?", "", "RESPONSE No. The force has not been affected.", "",
		"REQUEST 2 Has the force paid a ransom?", "", "RESPONSE The force can neither confirm nor deny it."}
	want3 := slices.Clone(in3)
	want3[2], want3[6] = "RESPONSE: No. The force has not been affected.", "RESPONSE: The force can neither confirm nor deny it."
	if got := bareAnswerLabels(in3); !slices.Equal(got, want3) {
		t.Errorf("got  %q\nwant %q", got, want3)
	}
	// An answer given by lettered parts after its label.
	in4 := []string{"Question 1 What is the contract value, (a) for the original term and (b) for", "the extension?", "",
		"Response (a) £2,150,000. (b) Withheld under section 43(2).", "", "Question 2 Who supplies it?", "", "Response Sentinel Ltd."}
	want4 := slices.Clone(in4)
	want4[3], want4[7] = "Response: (a) £2,150,000. (b) Withheld under section 43(2).", "Response: Sentinel Ltd."
	if got := bareAnswerLabels(in4); !slices.Equal(got, want4) {
		t.Errorf("got  %q\nwant %q", got, want4)
	}
	// Numbered labels stay as they are, and one bare label alone is no
	// pattern of the letter's.
	for _, in := range [][]string{
		{"Request 1 - How many?", "Answer 1 - Four.", "Request 2 - Who?", "Response 2", "", "Capita."},
		{"How many?", "Answer Four."},
	} {
		if got := bareAnswerLabels(in); !slices.Equal(got, in) {
			t.Errorf("got %q, want it unchanged", got)
		}
	}
}

// TestBareAnswerFigure: "Response 86" under question 2 answers 86; under
// question 86 it would key the answer.
func TestBareAnswerFigure(t *testing.T) {
	in := []string{"Question 1 What is the amount of the fixed penalty?", "", "Response £400", "", "Question 2 How many were issued in 2020/21?", "", "Response 86"}
	got := bareAnswerLabels(in)
	if got[6] != "Response: 86" || got[2] != "Response: £400" {
		t.Errorf("bareAnswerLabels: %q", got)
	}
	in[4] = "Question 86 How many were issued in 2020/21?"
	if got := bareAnswerLabels(in); got[6] != "Response 86" {
		t.Errorf("a key read as a figure: %q", got[6])
	}
}
