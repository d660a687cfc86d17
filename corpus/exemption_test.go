package corpus

import (
	"slices"
	"strings"
	"testing"
)

// cite is a compact expectation of one citation.
type cite struct {
	regime  Regime
	section string
	exs     []string
}

func TestFindCitations(t *testing.T) {
	tests := []struct {
		in     string
		regime Regime
		want   []cite
	}{
		{"Section 31(1)(a)(b)", FOIA, []cite{{FOIA, "s31", []string{"s31(1)(a)", "s31(1)(b)"}}}},
		{"Section 31 (1) (a)(b), Law Enforcement.", FOIA, []cite{{FOIA, "s31", []string{"s31(1)(a)", "s31(1)(b)"}}}},
		{"citing the exemption Section 31 (1) to questions 1,3,4", FOIA, []cite{{FOIA, "s31", []string{"s31(1)"}}}},
		{"sections 36(2)(b)(i), 36(2)(b)(ii) and 36(2)(c) apply", FOIA, []cite{{FOIA, "s36", []string{"s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)"}}}},
		{"section 36(2)(b)(i)(ii)", FOIA, []cite{{FOIA, "s36", []string{"s36(2)(b)(i)", "s36(2)(b)(ii)"}}}},
		{"withheld under s.40(2)", FOIA, []cite{{FOIA, "s40", []string{"s40(2)"}}}},
		{"sections 24(1) National Security and 31(1)(a)(b) Law Enforcement", FOIA, []cite{{FOIA, "s24", []string{"s24(1)"}}, {FOIA, "s31", []string{"s31(1)(a)", "s31(1)(b)"}}}},
		{"section 40(2) Personal Information applies", FOIA, []cite{{FOIA, "s40", []string{"s40(2)"}}}},
		{"Exemption 36(2)(b)(i) and 36(2)(b)(ii) therefore applies.", FOIA, []cite{{FOIA, "s36", []string{"s36(2)(b)(i)", "s36(2)(b)(ii)"}}}},
		{"exemptions 40(2) and 43(2)", FOIA, []cite{{FOIA, "s40", []string{"s40(2)"}}, {FOIA, "s43", []string{"s43(2)"}}}},
		{"the exception at 12(5)(e)", EIR, nil},
		{"exception 12(5)(e) applies", EIR, []cite{{EIR, "reg12", []string{"reg12(5)(e)"}}}},
		{"an exemption of the Act", FOIA, nil},
		{"S.17(1) notice", FOIA, []cite{{FOIA, "s17", []string{"s17(1)"}}}},
		{"exempt by s40(2).", FOIA, []cite{{FOIA, "s40", []string{"s40(2)"}}}},
		{"redacted under sec. 43(2) as disclosure would", FOIA, []cite{{FOIA, "s43", []string{"s43(2)"}}}},
		{"withheld under sec 40(2)", FOIA, []cite{{FOIA, "s40", []string{"s40(2)"}}}},
		{"Sect. 31(1)(a) applies", FOIA, []cite{{FOIA, "s31", []string{"s31(1)(a)"}}}},
		{"secs. 40(2) and 43(2)", FOIA, []cite{{FOIA, "s40", []string{"s40(2)"}}, {FOIA, "s43", []string{"s43(2)"}}}},
		{"the second 40 seconds", FOIA, nil},
		{"section 43 (2) applies", FOIA, []cite{{FOIA, "s43", []string{"s43(2)"}}}},
		{"sections 40(2) and 43(2)", FOIA, []cite{{FOIA, "s40", []string{"s40(2)"}}, {FOIA, "s43", []string{"s43(2)"}}}},
		{"Sections 31(1)(a) & (b)", FOIA, []cite{{FOIA, "s31", []string{"s31(1)(a)", "s31(1)(b)"}}}},
		{"section 24(1) and 31(1)(a)", FOIA, []cite{{FOIA, "s24", []string{"s24(1)"}}, {FOIA, "s31", []string{"s31(1)(a)"}}}},
		{"Sections 24(2) (National Security) and 31(3) (Law Enforcement)", FOIA, []cite{{FOIA, "s24", []string{"s24(2)"}}, {FOIA, "s31", []string{"s31(3)"}}}},
		{"section 43(2) (commercial interests) and 18 hours", FOIA, []cite{{FOIA, "s43", []string{"s43(2)"}}}},
		{"Section 12 (cost)", FOIA, []cite{{FOIA, "s12", []string{"s12"}}}},
		{"refused under s12.", FOIA, []cite{{FOIA, "s12", []string{"s12"}}}},
		{"s.14(1) vexatious", FOIA, []cite{{FOIA, "s14", []string{"s14(1)"}}}},
		{"sections 21, 22 and 40 of the Act", FOIA, []cite{{FOIA, "s21", []string{"s21"}}, {FOIA, "s22", []string{"s22"}}, {FOIA, "s40", []string{"s40"}}}},
		{"sections 21,22 and 40", FOIA, []cite{{FOIA, "s21", []string{"s21"}}, {FOIA, "s22", []string{"s22"}}, {FOIA, "s40", []string{"s40"}}}},
		{"ss.21 and 22", FOIA, []cite{{FOIA, "s21", []string{"s21"}}, {FOIA, "s22", []string{"s22"}}}},
		{"s.21, s.22 and s.40(2)", FOIA, []cite{{FOIA, "s21", []string{"s21"}}, {FOIA, "s22", []string{"s22"}}, {FOIA, "s40", []string{"s40(2)"}}}},
		{"regulation 12(4)(b) and 12(5)(e)", FOIA, []cite{{EIR, "reg12", []string{"reg12(4)(b)", "reg12(5)(e)"}}}},
		{"section 30(1)(a)(i) and (ii)", FOIA, []cite{{FOIA, "s30", []string{"s30(1)(a)(i)", "s30(1)(a)(ii)"}}}},
		{"Section 43 (Commercial Interests) and Section 40 (Personal Information)", FOIA, []cite{{FOIA, "s43", []string{"s43"}}, {FOIA, "s40", []string{"s40"}}}},
		{"sections 23(5), 24(2), 30(3) and 31(3)", FOIA, []cite{{FOIA, "s23", []string{"s23(5)"}}, {FOIA, "s24", []string{"s24(2)"}}, {FOIA, "s30", []string{"s30(3)"}}, {FOIA, "s31", []string{"s31(3)"}}}},
		{"Regulation 12(4)(b) of the EIR", FOISA, []cite{{EIR, "reg12", []string{"reg12(4)(b)"}}}},
		{"section 39 of the FOIA, as", EIR, []cite{{FOIA, "s39", []string{"s39"}}}},
		{"the exemption at section 43(2)", FOIA, []cite{{FOIA, "s43", []string{"s43(2)"}}}},
		{"Regulation 12(5)(e)", FOIA, []cite{{EIR, "reg12", []string{"reg12(5)(e)"}}}},
		{"reg. 12(4)(a) applies", FOIA, []cite{{EIR, "reg12", []string{"reg12(4)(a)"}}}},
		{"under regulation 13", EIR, []cite{{EIR, "reg13", []string{"reg13"}}}},
		{"Reg 12(4)(b)", EIR, []cite{{EIR, "reg12", []string{"reg12(4)(b)"}}}},
		{"EIR 12(5)(e)", FOIA, []cite{{EIR, "reg12", []string{"reg12(5)(e)"}}}},
		{"section 38(1)(b) of FOISA", FOIA, []cite{{FOISA, "foisa:s38", []string{"foisa:s38(1)(b)"}}}},
		{"section 18(1) of FOISA, read with section 38(1)(b)", EIR, []cite{{FOISA, "foisa:s18", []string{"foisa:s18(1)"}}, {FOISA, "foisa:s38", []string{"foisa:s38(1)(b)"}}}},
		{"section 18(1) of FOISA and section 38(1)(b) of the Freedom of Information Act 2000", EIR, []cite{{FOISA, "foisa:s18", []string{"foisa:s18(1)"}}, {FOIA, "s38", []string{"s38(1)(b)"}}}},
		{"section 17 of the Freedom of Information (Scotland) Act 2002", FOIA, []cite{{FOISA, "foisa:s17", []string{"foisa:s17"}}}},
		{"section 35(1)(a)", FOISA, []cite{{FOISA, "foisa:s35", []string{"foisa:s35(1)(a)"}}}},
		{"section 40(2) of the Freedom of Information Act 2000", FOISA, []cite{{FOIA, "s40", []string{"s40(2)"}}}},
		{"a section in an EIR letter: section 40(2)", EIR, []cite{{FOIA, "s40", []string{"s40(2)"}}}},
		{"regulation 10 in a FOISA letter", FOISA, []cite{{EIR, "reg10", []string{"reg10"}}}},
		{"FOIA section 40(2)", FOISA, []cite{{FOIA, "s40", []string{"s40(2)"}}}},
		{"s40(5A) and s40(5B)(a)(i)", FOIA, []cite{{FOIA, "s40", []string{"s40(5A)", "s40(5B)(a)(i)"}}}},
		{"section 31(1)(h) and (i)", FOIA, []cite{{FOIA, "s31", []string{"s31(1)(h)", "s31(1)(i)"}}}},
		{"section 36(2)(b)(i), (ii) and (c)", FOIA, []cite{{FOIA, "s36", []string{"s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)"}}}},
		{"Section 31(1)(A)", FOIA, []cite{{FOIA, "s31", []string{"s31(1)(a)"}}}},
		{"section 22A of the Act", FOIA, []cite{{FOIA, "s22A", []string{"s22A"}}}},
		// Other Acts.
		{"section 1 of the Data Protection Act 2018", FOIA, []cite{{FOIA, "other:s1", nil}}},
		{"byelaws made under section 12 of the National Parks (Scotland) Act 2000", FOISA, []cite{{FOISA, "other:s12", nil}}},
		{"section 12 of the Freedom of Information (Scotland) Act 2002", FOISA, []cite{{FOISA, "foisa:s12", []string{"foisa:s12"}}}},
		{"Article 6 of the UK GDPR", FOIA, []cite{{FOIA, "other:art6", nil}}},
		{"under the Police Act 1996 section 30", FOIA, []cite{{FOIA, "other:s30", nil}}},
		{"the outcome of section 42 enquiries under the Care Act 2014", FOIA, []cite{{FOIA, "other:s42", nil}}},
		{"section 43 is engaged under the Act", FOIA, []cite{{FOIA, "s43", []string{"s43"}}}},
		{"Regulation 2 of the Data Protection (Charges and Information) Regulations 2018", FOIA, []cite{{FOIA, "other:reg2", nil}}},
		{"regulation 5 of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004", FOIA, []cite{{FOIA, "other:reg5", nil}}},
		{"section 77 of the Act", FOIA, []cite{{FOIA, "s77", []string{"s77"}}}},
		// Not citations.
		{"questions 1,3,4,5,6,8,10,11 in part 1", FOIA, nil},
		{"the Council's 40 staff", FOIA, nil},
		{"the Council’s 40 staff", FOIA, nil},
		{"section 2.1 of the policy", FOIA, nil},
		{"Environmental Information Regulations 2004", FOIA, nil},
		{"section 12 and 14 days", FOIA, []cite{{FOIA, "s12", []string{"s12"}}}},
		{"sections 21 and 20 working days", FOIA, []cite{{FOIA, "s21", []string{"s21"}}}},
		{"costs 2013/14 and 2023-24", FOIA, nil},
		{"Sections of the report", FOIA, nil},
		{"section", FOIA, nil},
		{"s(", FOIA, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := findCitations(tt.in, tt.regime)
			var g []cite
			for _, c := range got {
				g = append(g, cite{c.Regime, c.Section, c.Exemptions})
				if c.Start < 0 || c.End > len(tt.in) || c.Start >= c.End {
					t.Errorf("bad span [%d,%d) in %q", c.Start, c.End, tt.in)
				}
			}
			if !sameCites(g, tt.want) {
				t.Errorf("findCitations(%q) = %+v, want %+v", tt.in, g, tt.want)
			}
		})
	}
}

func sameCites(a, b []cite) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].regime != b[i].regime || a[i].section != b[i].section || !slices.Equal(a[i].exs, b[i].exs) {
			return false
		}
	}
	return true
}

func TestCitationSpanAndFlags(t *testing.T) {
	s := "I will be citing Section 31 (1) (a)(b), Law Enforcement, and section 17 of the Act."
	cs := findCitations(s, FOIA)
	if len(cs) != 2 {
		t.Fatalf("got %d citations, want 2: %+v", len(cs), cs)
	}
	if got := s[cs[0].Start:cs[0].End]; got != "Section 31 (1) (a)(b)" {
		t.Errorf("span = %q", got)
	}
	if !cs[0].Exemption || cs[1].Exemption {
		t.Errorf("Exemption flags = %v, %v; want true, false", cs[0].Exemption, cs[1].Exemption)
	}
	other := findCitations("Article 6(1)(f) of the UK GDPR", FOIA)
	if len(other) != 1 || !other[0].Other || other[0].Exemption || len(other[0].Exemptions) != 0 {
		t.Errorf("other Act citation = %+v", other)
	}
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"section 99", false}, {"section 1(1)(a)", false}, {"section 44(1)(a)", true},
		{"regulation 12(4)(a)", true}, {"regulation 12(4)(f)", false}, {"regulation 12(5)(g)", true},
		{"regulation 12(2)", false}, {"regulation 12(6)", true}, {"regulation 13(1)", true},
		{"regulation 6(1)(b)", true}, {"regulation 6(1)(a)", false}, {"section 18(1) of FOISA", true}, {"section 42 of FOISA", false},
	} {
		cs := findCitations(tt.in, FOIA)
		if len(cs) != 1 || cs[0].Exemption != tt.want {
			t.Errorf("%q: Exemption = %+v, want %v", tt.in, cs, tt.want)
		}
	}
}

func TestNormalizeExemption(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"s.40(2)", "s40(2)", true},
		{"Section 43 (2)", "s43(2)", true},
		{"section 43 (2) (commercial interests)", "s43(2)", true},
		{"S.17(1)", "s17(1)", true},
		{"s31(1)(a)", "s31(1)(a)", true},
		{"reg 12(5)(e)", "reg12(5)(e)", true},
		{"Regulation 12(5)(e)", "reg12(5)(e)", true},
		{"reg12(5)(e)", "reg12(5)(e)", true},
		{"EIR 12(4)(a)", "reg12(4)(a)", true},
		{"foisa:s35(1)(a)", "foisa:s35(1)(a)", true},
		{"FOISA:s35(1)(a)", "foisa:s35(1)(a)", true},
		{"section 38(1)(b) of FOISA", "foisa:s38(1)(b)", true},
		{"s40(5a)", "s40(5A)", true},
		{"s040(02)", "s40(2)", true},
		{"  s12  ", "s12", true},
		{"s22A(1)", "s22A(1)", true},
		{"Section 31(1)(a)(b)", "", false},
		{"sections 40 and 43", "", false},
		{"section 1 of the Data Protection Act 2018", "", false},
		{"40(2)", "", false},
		{"", "", false},
		{"withheld under s40(2)", "", false},
		{"s40(2) and more words", "", false},
	}
	for _, tt := range tests {
		got, ok := NormalizeExemption(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("NormalizeExemption(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok {
			again, ok2 := NormalizeExemption(got)
			if again != got || !ok2 {
				t.Errorf("NormalizeExemption(%q) = %q, %v; not idempotent", got, again, ok2)
			}
		}
	}
}

func TestEquivalenceClass(t *testing.T) {
	tests := []struct{ in, want string }{
		{"s43(2)", "commercial"}, {"s43", "commercial"}, {"reg12(5)(e)", "commercial"}, {"foisa:s33(1)(b)", "commercial"},
		{"s40(2)", "personal"}, {"reg13", "personal"}, {"reg13(1)", "personal"}, {"foisa:s38(1)(b)", "personal"},
		{"s31(1)(a)", "law_enforcement"}, {"reg12(5)(b)", "law_enforcement"}, {"foisa:s35(1)(a)", "law_enforcement"},
		{"s24(1)", "national_security"}, {"reg12(5)(a)", "national_security"}, {"foisa:s31(1)", "national_security"},
		{"s12", "cost"}, {"s12(2)", "cost"}, {"reg12(4)(b)", "cost"}, {"foisa:s12", "cost"},
		{"s14(1)", "vexatious"}, {"s14(2)", "vexatious"}, {"foisa:s14(2)", "vexatious"},
		{"s21", "accessible"}, {"reg6(1)(b)", "accessible"}, {"foisa:s25", "accessible"},
		{"s22", "future_publication"}, {"reg12(4)(d)", "future_publication"}, {"foisa:s27", "future_publication"},
		{"s36(2)(b)(i)", "public_affairs"}, {"reg12(4)(e)", "public_affairs"}, {"foisa:s30(b)(i)", "public_affairs"},
		{"s1(1)(a)", "not_held"}, {"reg12(4)(a)", "not_held"}, {"foisa:s17", "not_held"},
		{"s23(5)", "ncnd:s23"}, {"s24(2)", "ncnd:national_security"}, {"s30(3)", "ncnd:s30"},
		{"s31(3)", "ncnd:law_enforcement"}, {"s38(2)", "ncnd:s38"}, {"s40(5)", "ncnd:personal"},
		{"s40(5A)", "ncnd:personal"}, {"s40(5B)(a)(i)", "ncnd:personal"}, {"s43(3)", "ncnd:commercial"},
		{"reg12(6)", "ncnd"}, {"reg13(5A)", "ncnd:personal"}, {"foisa:s18", "ncnd"}, {"foisa:s18(1)", "ncnd"},
		{"s35(1)(a)", "s35"}, {"s35(3)", "ncnd:s35"}, {"s42(1)", "s42"}, {"foisa:s36(1)", "foisa:s36"},
		{"reg12(5)(c)", "reg12(5)(c)"}, {"reg12(5)(f)(i)", "reg12(5)(f)"}, {"s1(1)(b)", "s1"},
		{"Section 43 (2)", "commercial"}, {"Regulation 13", "personal"},
		{"not an exemption", "not an exemption"},
	}
	for _, tt := range tests {
		if got := EquivalenceClass(tt.in); got != tt.want {
			t.Errorf("EquivalenceClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameStanceExemptions(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{nil, nil, true},
		{[]string{}, nil, true},
		{[]string{"s43(2)"}, []string{"reg12(5)(e)"}, true},
		{[]string{"s43(2)", "s40(2)"}, []string{"reg13", "reg12(5)(e)", "reg13(1)"}, true},
		{[]string{"s43(2)"}, []string{"s40(2)"}, false},
		{[]string{"s43(2)"}, []string{"s43(2)", "s40(2)"}, false},
		{[]string{"s31(1)(a)"}, []string{"s31(1)(b)"}, true},
		{[]string{"s31(3)"}, []string{"s31(1)(a)"}, false},
		{[]string{"s31(3)"}, []string{"foisa:s18", "foisa:s35(1)(a)"}, true},
		{[]string{"s31(3)", "s31(1)(a)"}, []string{"s31(3)"}, true},
		{[]string{"reg12(6)"}, []string{"s23(5)", "s24(2)"}, true},
		{[]string{"reg12(6)"}, []string{"s24(1)"}, false},
		{[]string{"reg12(4)(b)"}, []string{"s12(1)"}, true},
		{[]string{"reg12(4)(b)"}, []string{"s14(1)"}, true},
		{[]string{"s12"}, []string{"s14(1)"}, false},
		{[]string{"s1(1)(a)"}, []string{"foisa:s17"}, true},
	}
	for _, tt := range tests {
		if got := SameStanceExemptions(tt.a, tt.b); got != tt.want {
			t.Errorf("SameStanceExemptions(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameStanceExemptions(tt.b, tt.a); got != tt.want {
			t.Errorf("SameStanceExemptions(%q, %q) = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestProvisionPredicates(t *testing.T) {
	type preds struct{ ncnd, cost, vex, notHeld, signpost, exemption bool }
	tests := []struct {
		in   string
		want preds
	}{
		{"s12(1)", preds{cost: true, exemption: true}},
		{"s12(2)", preds{cost: true, exemption: true}},
		{"foisa:s12", preds{cost: true, exemption: true}},
		{"reg12(4)(b)", preds{cost: true, vex: true, exemption: true}},
		{"s14(1)", preds{vex: true, exemption: true}},
		{"s14(2)", preds{vex: true, exemption: true}},
		{"s1(1)(a)", preds{notHeld: true}},
		{"reg12(4)(a)", preds{notHeld: true, exemption: true}},
		{"foisa:s17", preds{notHeld: true, exemption: true}},
		{"s21", preds{signpost: true, exemption: true}},
		{"s22", preds{signpost: true, exemption: true}},
		{"foisa:s25", preds{signpost: true, exemption: true}},
		{"foisa:s27", preds{signpost: true, exemption: true}},
		{"reg6(1)(b)", preds{signpost: true, exemption: true}},
		{"reg12(4)(d)", preds{signpost: true, exemption: true}},
		{"s23(5)", preds{ncnd: true, exemption: true}},
		{"s40(5B)", preds{ncnd: true, exemption: true}},
		{"reg12(6)", preds{ncnd: true, exemption: true}},
		{"reg13(5A)", preds{ncnd: true, exemption: true}},
		{"foisa:s18", preds{ncnd: true, exemption: true}},
		{"s43(2)", preds{exemption: true}},
		{"s17(1)", preds{}},
		{"rubbish", preds{}},
	}
	for _, tt := range tests {
		got := preds{IsNCNDProvision(tt.in), IsCostProvision(tt.in), IsVexatiousProvision(tt.in),
			IsNotHeldProvision(tt.in), IsSignpostProvision(tt.in), IsExemptionProvision(tt.in)}
		if got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestDetectRegime(t *testing.T) {
	tests := []struct {
		name, in string
		want     Regime
	}{
		{"empty", "", FOIA},
		{"foia", "Your request has been dealt with under the Freedom of Information Act 2000. Section 40(2) applies.", FOIA},
		{"eir handled", "We have considered your request under the Environmental Information Regulations 2004 (EIR). The Freedom of Information Act 2000 does not apply: section 39 of the Act.", EIR},
		{"eir short", "we have considered your request under the EIR even though you cited the Freedom of Information Act", EIR},
		{"foisa", "Your request has been handled under the Freedom of Information (Scotland) Act 2002. You may apply to the Scottish Information Commissioner.", FOISA},
		{"foisa marks only", "If you are dissatisfied you can appeal to the Scottish Information Commissioner. Section 17 of FOISA.", FOISA},
		{"eir marks only", "The information is excepted under regulation 12(5)(e) of the EIR. Regulation 12(4)(a) also applies.", EIR},
		{"scottish eir", "We have dealt with your request under the Environmental Information (Scotland) Regulations 2004. Section 39(2) of FOISA applies.", EIR},
		{"complaint boilerplate first", "If you are dissatisfied with the handling of your request under the Freedom of Information Act you may ask for a review.\nWe have considered your request under the Environmental Information Regulations 2004.", EIR},
		{"conditional eir", "Your request has been processed under the Freedom of Information Act 2000.\nIf the information were environmental it would be dealt with under the EIR.", FOIA},
		{"review under eir", "We have considered your request for an internal review under the EIR.", EIR},
		{"non-ascii before", "İİİİ considered under the EIR", EIR},
		{"ico boilerplate", "You can complain to the Information Commissioner's Office. Section 50 of the Freedom of Information Act.", FOIA},
	}
	for _, tt := range tests {
		if got := detectRegime(tt.in); got != tt.want {
			t.Errorf("%s: detectRegime = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFindCitationsLongInput(t *testing.T) {
	// Pathological inputs must stay linear: a long list and a long run of
	// parentheses.
	long := "sections 1" + strings.Repeat(", 2", 50000) + " " + strings.Repeat("s(", 50000) + strings.Repeat("section 31(1)(a)(b) ", 20000)
	cs := findCitations(long, FOIA)
	if len(cs) == 0 {
		t.Fatal("no citations found")
	}
}

// citationSeeds are inputs for the fuzz targets, taken from the tables.
var citationSeeds = []string{
	"Section 31 (1) (a)(b), Law Enforcement.",
	"sections 36(2)(b)(i), 36(2)(b)(ii) and 36(2)(c) apply",
	"Sections 31(1)(a) & (b)", "section 24(1) and 31(1)(a)", "s.40(2)", "S.17(1)",
	"sections 21, 22 and 40 of the Act", "Regulation 12(5)(e)", "reg. 12(4)(a)", "EIR 12(5)(e)",
	"section 38(1)(b) of FOISA", "section 17 of the Freedom of Information (Scotland) Act 2002",
	"Article 6 of the UK GDPR", "under the Police Act 1996 section 30", "foisa:s35(1)(a)",
	"s40(5A) and s40(5B)(a)(i)", "section 31(1)(h) and (i)", "Section 12 (cost)", "s22A(1)",
}

func FuzzNormalizeExemption(f *testing.F) {
	for _, s := range citationSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := NormalizeExemption(s)
		if !ok {
			if n != "" {
				t.Fatalf("NormalizeExemption(%q) = %q, false; want empty", s, n)
			}
			return
		}
		again, ok := NormalizeExemption(n)
		if !ok || again != n {
			t.Fatalf("NormalizeExemption(%q) = %q, but NormalizeExemption(%q) = %q, %v", s, n, n, again, ok)
		}
		if _, ok := parseNormalized(n); !ok {
			t.Fatalf("normalised %q does not parse", n)
		}
		_ = EquivalenceClass(s)
		_ = SameStanceExemptions([]string{s}, []string{n})
	})
}

func FuzzFindCitations(f *testing.F) {
	for i, s := range citationSeeds {
		f.Add(s, uint8(i%3))
	}
	f.Fuzz(func(t *testing.T, s string, r uint8) {
		regime := Regime(r % 4)
		if got := detectRegime(s); got != FOIA && got != EIR && got != FOISA {
			t.Fatalf("detectRegime(%q) = %v", s, got)
		}
		prev := 0
		for _, c := range findCitations(s, regime) {
			if c.Start < prev || c.End <= c.Start || c.End > len(s) {
				t.Fatalf("citation span [%d,%d) out of order or bounds (previous end %d, len %d)", c.Start, c.End, prev, len(s))
			}
			prev = c.End
			if c.Section == "" {
				t.Fatalf("citation %+v has no section", c)
			}
			if c.Other != strings.HasPrefix(c.Section, otherPrefix) || c.Other && len(c.Exemptions) > 0 {
				t.Fatalf("other-Act citation inconsistent: %+v", c)
			}
			if !c.Other && len(c.Exemptions) == 0 {
				t.Fatalf("citation %+v names no exemption", c)
			}
			for _, ex := range c.Exemptions {
				if n, ok := NormalizeExemption(ex); !ok || n != ex {
					t.Fatalf("exemption %q is not normalised: NormalizeExemption = %q, %v", ex, n, ok)
				}
			}
		}
	})
}

func TestExemptionSection(t *testing.T) {
	tests := []struct{ in, want string }{
		{"s31(1)(a)", "s31"}, {"reg12(5)(e)", "reg12"}, {"foisa:s35(1)(a)", "foisa:s35"},
		{"Section 43 (2)", "s43"}, {"s22A(1)", "s22A"}, {"nonsense", ""},
	}
	for _, tt := range tests {
		if got := ExemptionSection(tt.in); got != tt.want {
			t.Errorf("ExemptionSection(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestScottishEIR: the Environmental Information (Scotland) Regulations
// number their exceptions differently from the EIR 2004; each is read as
// its counterpart, and the EIR's own regulations 10 and 11 stay no ground.
func TestScottishEIR(t *testing.T) {
	tests := []struct {
		ex        string
		exemption bool
		class     string
	}{
		{"reg10(5)(e)", true, EquivalenceClass("reg12(5)(e)")},
		{"reg10(4)(a)", true, EquivalenceClass("reg12(4)(a)")},
		{"reg10(4)(b)", true, EquivalenceClass("reg12(4)(b)")},
		{"reg10(8)", true, EquivalenceClass("reg12(6)")},
		{"reg11(2)", true, EquivalenceClass("reg13(1)")},
		{"reg11", false, "reg11"},
		{"reg10(1)", false, "reg10"},
	}
	for _, tt := range tests {
		if got := IsExemptionProvision(tt.ex); got != tt.exemption {
			t.Errorf("IsExemptionProvision(%q) = %v, want %v", tt.ex, got, tt.exemption)
		}
		if got := EquivalenceClass(tt.ex); got != tt.class {
			t.Errorf("EquivalenceClass(%q) = %q, want %q", tt.ex, got, tt.class)
		}
	}
	if !SameStanceExemptions([]string{"reg10(5)(e)"}, []string{"foisa:s33(1)(b)"}) {
		t.Error("Scottish EIR reg 10(5)(e) and FOISA s33(1)(b) should take the same stance")
	}
	if !IsNotHeldProvision("reg10(4)(a)") || !IsCostProvision("reg10(4)(b)") {
		t.Error("reg 10(4)(a) should say not held and reg 10(4)(b) refuse on cost")
	}
}

func TestFoldPurposes(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"s31(2)(a)", "s31(2)(c)"}, []string{"s31(2)(a)", "s31(2)(c)", "s31(1)(g)"}},
		{[]string{"s31(1)(g)", "s31(2)(c)"}, []string{"s31(1)(g)", "s31(2)(c)"}},
		{[]string{"s31(1)(h)", "s31(2)(b)"}, []string{"s31(1)(h)", "s31(2)(b)"}},
		{[]string{"foisa:s35(2)(a)"}, []string{"foisa:s35(2)(a)", "foisa:s35(1)(g)"}},
		{[]string{"s31(1)(a)", "s40(2)"}, []string{"s31(1)(a)", "s40(2)"}},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := foldPurposes(append([]string(nil), tt.in...)); !slices.Equal(got, tt.want) {
			t.Errorf("foldPurposes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
