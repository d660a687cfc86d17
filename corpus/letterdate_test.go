package corpus

import (
	"slices"
	"testing"
	"time"
)

func TestParseLetterDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"13th December 2024", NewDate(2024, time.December, 13), true},
		{"21st of November 2024", NewDate(2024, time.November, 21), true},
		{"21 November 2024", NewDate(2024, time.November, 21), true},
		{"December 20, 2024", NewDate(2024, time.December, 20), true},
		{"Dec 20 2024", NewDate(2024, time.December, 20), true},
		{"13/12/2024", NewDate(2024, time.December, 13), true},
		{"13.12.2024", NewDate(2024, time.December, 13), true},
		{"07 Jun 2011", NewDate(2011, time.June, 7), true},
		{"01-12-2016", NewDate(2016, time.December, 1), true},
		{"2024-12-13", NewDate(2024, time.December, 13), true},
		{"Tuesday, 17 January 2023", NewDate(2023, time.January, 17), true},
		{"Tue 17 January 2023", NewDate(2023, time.January, 17), true},
		{"13 Sept 2024", NewDate(2024, time.September, 13), true},
		{"2nd May 2023.", NewDate(2023, time.May, 2), true},
		{"  3rd March, 2022 ", NewDate(2022, time.March, 3), true},
		{"07-Jun-2011", NewDate(2011, time.June, 7), true},
		{"13/12/24", NewDate(2024, time.December, 13), true},
		{"17.09.25", NewDate(2025, time.September, 17), true},
		{"05-08-25", NewDate(2025, time.August, 5), true},
		{"Monday 4th March 2024", NewDate(2024, time.March, 4), true},
		{"29 February 2024", NewDate(2024, time.February, 29), true},
		// Impossible dates and periods.
		{"29 February 2023", Date{}, false},
		{"31/04/2024", Date{}, false},
		{"13/13/2024", Date{}, false},
		{"32 January 2024", Date{}, false},
		{"2023-24", Date{}, false},
		{"2013/14", Date{}, false},
		{"April 2023 to March 2024", Date{}, false},
		{"FY 2022/23", Date{}, false},
		{"December 2024", Date{}, false},
		{"1.2.10", Date{}, false},
		{"1.12.10", Date{}, false},
		{"13 December 2024 and 14 December 2024", Date{}, false},
		{"Date: 13 December 2024", Date{}, false},
		{"", Date{}, false},
		{"13 Marching 2024", Date{}, false},
		{"0/0/0000", Date{}, false},
	}
	for _, tt := range tests {
		got, ok := parseLetterDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseLetterDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFindDates(t *testing.T) {
	s := "I refer to your request received on the 21st of November 2024. " +
		"Please provide figures from 1 April 2023 to 31 March 2024, for 2023-24 and FY 2022/23, " +
		"and between 01/04/2020 and 31/03/2021. Our reply is dated 13/12/2024 (ref 12-01-2024-7)."
	got := findDates(s)
	want := []struct {
		text    string
		date    Date
		inRange bool
	}{
		{"21st of November 2024", NewDate(2024, time.November, 21), false},
		{"1 April 2023", NewDate(2023, time.April, 1), true},
		{"31 March 2024", NewDate(2024, time.March, 31), true},
		{"01/04/2020", NewDate(2020, time.April, 1), true},
		{"31/03/2021", NewDate(2021, time.March, 31), true},
		{"13/12/2024", NewDate(2024, time.December, 13), false},
	}
	if len(got) != len(want) {
		t.Fatalf("findDates found %d dates, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if s[g.Start:g.End] != w.text || g.Date != w.date || g.InRange != w.inRange {
			t.Errorf("date %d = %q %v inRange=%v; want %q %v %v", i, s[g.Start:g.End], g.Date, g.InRange, w.text, w.date, w.inRange)
		}
	}
}

func FuzzLetterDate(f *testing.F) {
	for _, s := range []string{
		"13th December 2024", "21st of November 2024", "December 20, 2024", "Dec 20 2024",
		"13/12/2024", "13.12.2024", "07 Jun 2011", "01-12-2016", "2024-12-13",
		"Tuesday, 17 January 2023", "13 Sept 2024", "2023-24", "from 1 April 2023 to 31 March 2024",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range findDates(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span [%d,%d) out of order or bounds (previous end %d, len %d)", sp.Start, sp.End, prev, len(s))
			}
			prev = sp.End
			if _, err := ParseISODate(sp.Date.String()); err != nil {
				t.Fatalf("findDates gave an impossible date %+v: %v", sp.Date, err)
			}
		}
		// Searching only near digits must find what a search of the whole
		// text finds.
		whole := settleDates(s, appendDates(nil, s, 0, len(s)))
		if got := findDates(s); !slices.Equal(got, whole) {
			t.Fatalf("findDates = %+v, whole-text search = %+v", got, whole)
		}
		dt, ok := parseLetterDate(s)
		if !ok {
			return
		}
		back, ok := parseLetterDate(dt.String())
		if !ok || back != dt {
			t.Fatalf("parseLetterDate(%q) = %v, which does not read back (%v, %v)", s, dt, back, ok)
		}
	})
}
