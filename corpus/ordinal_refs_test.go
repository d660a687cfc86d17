package corpus

import "testing"

func TestNumberOrdinalRefs(t *testing.T) {
	tests := []struct {
		in   string
		last int
		want string
	}{
		{"We have decided to release the information you asked for in your first, second and fifth questions.", 6,
			"We have decided to release the information you asked for in your questions 1, 2 and 5."},
		{"The details sought in your third and fourth questions are exempt under section 41(1)", 6,
			"The details sought in your questions 3 and 4 are exempt under section 41(1)"},
		{"in respect of your sixth question the Trust neither confirms nor denies", 6,
			"in respect of your question 6 the Trust neither confirms nor denies"},
		{"The first two questions are answered below.", 6, "The questions 1 and 2 are answered below."},
		{"Your last two points are refused.", 6, "Your questions 5 and 6 are refused."},
		{"Your final question is withheld.", 4, "Your question 4 is withheld."},
		{"Your final question is withheld.", 0, "Your final question is withheld."},
		{"your first & third queries", 3, "your questions 1 and 3"},
		// Not references to questions of this request.
		{"your first request of 2023", 5, "your first request of 2023"},
		{"the first part of your request", 5, "the first part of your request"},
		{"the first time", 5, "the first time"},
	}
	for _, tt := range tests {
		if got := numberOrdinalRefs(tt.in, tt.last); got != tt.want {
			t.Errorf("numberOrdinalRefs(%q, %d) =\n %q, want\n %q", tt.in, tt.last, got, tt.want)
		}
	}
}
