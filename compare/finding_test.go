package compare

import (
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

func st(k corpus.StanceKind, ex ...string) corpus.Stance {
	if ex == nil {
		ex = []string{}
	}
	return corpus.Stance{Kind: k, Exemptions: ex}
}

func TestDiffTable(t *testing.T) {
	const (
		R  = corpus.Released
		PR = corpus.PartiallyReleased
		W  = corpus.Withheld
		N  = corpus.NCND
		NH = corpus.NotHeld
		RF = corpus.Refused
		U  = corpus.Unknown
	)
	type want struct {
		kind Kind
		sev  Severity
	}
	none := want{}
	// Every pair of kinds, as the contract's table says.
	table := map[[2]corpus.StanceKind]want{
		{R, R}: none, {R, PR}: {PartlyWithheld, Medium}, {R, W}: {NewlyWithheld, High}, {R, N}: {NCNDInconsistent, High},
		{R, NH}: {HeldStatusChanged, High}, {R, RF}: {NewlyWithheld, High}, {R, U}: none,
		{PR, R}: none, {PR, PR}: none, {PR, W}: {NewlyWithheld, High}, {PR, N}: {NCNDInconsistent, High},
		{PR, NH}: {HeldStatusChanged, High}, {PR, RF}: {NewlyWithheld, High}, {PR, U}: none,
		{W, R}: {NewlyReleased, Medium}, {W, PR}: {NewlyReleased, Medium}, {W, W}: none, {W, N}: {NCNDInconsistent, High},
		{W, NH}: {HeldStatusChanged, High}, {W, RF}: none, {W, U}: none,
		{N, R}: {NCNDInconsistent, Medium}, {N, PR}: {NCNDInconsistent, Medium}, {N, W}: {NCNDInconsistent, Medium},
		{N, N}: none, {N, NH}: {NCNDInconsistent, Medium}, {N, RF}: none, {N, U}: none,
		{NH, R}: {HeldStatusChanged, Medium}, {NH, PR}: {HeldStatusChanged, Medium}, {NH, W}: {HeldStatusChanged, Medium},
		{NH, N}: {NCNDInconsistent, High}, {NH, NH}: none, {NH, RF}: none, {NH, U}: none,
		{RF, R}: none, {RF, PR}: none, {RF, W}: none, {RF, N}: none, {RF, NH}: none, {RF, RF}: none, {RF, U}: none,
		{U, R}: none, {U, W}: none, {U, N}: none, {U, U}: none,
	}
	for pair, w := range table {
		prev, cur := pair[0], pair[1]
		k, s, ok := Diff(Answer{Stance: st(cur, "s31(1)(a)"), Text: "12"}, Answer{Stance: st(prev, "s31(1)(a)"), Text: "12"})
		if ok != (w != none) || k != w.kind || s != w.sev {
			t.Errorf("%s then %s: got %q %q %v, want %q %q", prev, cur, k, s, ok, w.kind, w.sev)
		}
	}
}

func TestDiffExemptions(t *testing.T) {
	for _, tc := range []struct {
		prev, cur []string
		finding   bool
	}{
		{[]string{"s31(1)(a)"}, []string{"s31(1)(a)", "s31(1)(b)"}, false},
		{[]string{"s43(2)"}, []string{"reg12(5)(e)"}, false},
		{[]string{"s31(1)(a)"}, []string{"foisa:s35(1)(a)"}, false},
		{[]string{"s40(2)"}, []string{"reg13(1)"}, false},
		{[]string{"s31(1)(a)"}, []string{"s43(2)"}, true},
		{[]string{"s31(1)(a)"}, []string{"s31(1)(a)", "s43(2)"}, true},
		{[]string{"s24(1)"}, []string{"s23(1)"}, true},
	} {
		k, _, ok := Diff(Answer{Stance: st(corpus.Withheld, tc.cur...)}, Answer{Stance: st(corpus.Withheld, tc.prev...)})
		if ok != tc.finding || (ok && k != ExemptionChanged) {
			t.Errorf("%v then %v: %q %v, want finding %v", tc.prev, tc.cur, k, ok, tc.finding)
		}
	}
}

func TestMaterialChange(t *testing.T) {
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"1,250 cameras.", "We hold 1250 body-worn video cameras.", false},
		// An answer given in an attachment states nothing to compare;
		// one that states a figure beside the attachment does.
		{"1,842.", "Questions 1, 2, 3 and 5: Please see the attached spreadsheet (FOI-2025-0519 workforce.xlsx), which gives the figures as at 31 March 2025 taken from the Electronic Staff Record.", false},
		{"1,842.", "Please see the attached spreadsheet. The total headcount is 1,910.", true},
		// The same answer for a later year is no change; a year that is
		// the fact asked for, or a period gone back, is.
		{"Standards Met (2023/24 submission).", "Standards Met (2024/25 submission).", false},
		{"Approved in 2019.", "Approved in 2021.", true},
		{"Standards Met (2024/25 submission).", "Standards Met (2023/24 submission).", true},
		{"Standards Met (2023/24 submission).", "Standards Not Met (2024/25 submission).", true},
		// Numbers spelled out in words are their figures.
		{"460", "four hundred and sixty", false},
		{"£400 (reduced to £250 if paid within 10 days).", "Four hundred pounds; this falls to £250 if paid within ten days.", false},
		{"33", "Thirty-three", false},
		{"34", "Thirty-three", true},
		{"£52 per bin per year", "Fifty-two pounds per bin each year.", false},
		// The total without its breakdown is no new figure; another total is.
		{"3 (two aerial ladder platforms and one turntable ladder)", "Three", false},
		{"3 (two aerial ladder platforms and one turntable ladder)", "Four", true},
		{"91%.", "91 per cent.", false},
		{"Winter 2021/22: £2.54m", "Spend in winter 2021/22 was £2.54 million.", false},
		{"Capita.", "Serco.", true},
		{"ESPO MSTAR3.", "It was let under ESPO's MSTAR3 framework.", false},
		{"ESPO MSTAR3.", "It was let under YPO's framework.", true},
		{"264 (1 September 2023).", "251, as at 1 April 2025.", false},
		{"£42,050 in 2022/23.", "£43,900 (2024/25)", false},
		{"£42,050 in 2022/23.", "£43,900 in 2022/23.", true},
		{"There is provision for an extension of up to two years.", "The contract includes an option to extend for 24 months.", false},
		{"There is provision for an extension of up to two years.", "The contract includes an option to extend for 12 months.", true},
		{"Extension Option: Two Years", "The contract may be extended by 24 months.", false},
		{"31 March 2030, with provision to extend to 31 March 2033.", "The contract expires on 31 March 2030 with an option to extend for a further three years.", false},
		{"Expiry 30/09/2026; the contract is extendable by up to 18 months.", "30 September 2026 (extension available to 31 March 2028).", false},
		{"31 March 2030, with provision to extend to 31 March 2033.", "The contract expires on 31 March 2030 with an option to extend for a further two years.", true},
		{"The contract began on 1 April 2023 for 36 months with an option to extend by 12 months.", "Ends 31 March 2026, extendable to 31 March 2027.", true},
		{"The response to questions 1, 3-5 and 7 is provided below. 9", "9", false},
		{"The longest Category 2 response in 2023/24 was 8h 17m 1s.", "The longest Category 2 response in 2023/24 was 08:17:01.", false},
		{"The longest response was 7 hours 30 minutes 8 seconds.", "The longest response was 08:17:01.", true},
		{"2023/24: 15m 24s", "2023/24: 00:15:24", false},
		{"The mean was 8:43.", "The mean was 8 minutes 43 seconds.", false},
		{"The mean was 8:43.", "The mean was 9 minutes 2 seconds.", true},
		{"91%.", "87% of officers and staff.", true},
		{"31 March 2026.", "31/03/2026.", false},
		{"The contract ends on 31 March 2026.", "Tuesday 31st March 2026", false},
		{"31 March 2026.", "31/03/2027.", true},
		{"DJI Matrice 210 (x2) and DJI Mavic 2 Enterprise Dual (x1).", "Two DJI Matrice 210 and one DJI Mavic 2 Enterprise Dual.", false},
		{"DJI Matrice 210 (x2).", "DJI Matrice 210 (x3).", true},
		{"Capita plc.", "The incumbent supplier is Capita plc.", false},
		{"Capita plc.", "Serco Ltd.", true},
		{"1,250", "1,400", true},
		{"The contract expires on 31 March 2025.", "Expiry: 31 March 2025", false},
		{"The contract expires on 31 March 2025.", "The contract expires on 31 March 2027.", true},
		{"Yes.", "No.", true},
		{"Yes, the force uses drones.", "Yes. Drones are used by the force.", false},
		{"", "Capita", false},
		{"3000", "3,000 (three thousand)", false},
		// Nothing, said as 0 or as not applicable, is one answer.
		{"0 – the Trust does not provide NHS 111.", "Not applicable – the Trust does not run NHS 111.", false},
		{"0", "12", true},
		{"Brightline Communications Ltd.", "Brightline Communications Limited", false},
		// A company's legal form is no part of its name.
		{"Brightline Communications Ltd.", "Veritone Contact Ltd.", true},
		{"The supplier is Halcyon Voice plc.", "The supplier is Quillon Telecom plc.", true},
		{"The information is available on our website.", "Please see our website at the link below.", false},
		// A name of two capitals opening the answer, a name written in
		// lower case before its legal form.
		{"Daisy Communications Ltd", "BT plc", true},
		{"BT plc", "BT plc.", false},
		{"Connected Kerb Ltd", "char.gy Ltd", true},
		{"char.gy Ltd", "The operator is char.gy Ltd.", false},
		// A figure is its value, however written.
		{"£62m", "£62 million.", false},
		{"£62 million", "£62,000,000", false},
		{"£1.2bn", "£1,200 million", false},
		{"4.0 FTE", "4 officers", false},
		{"Four incidents were recorded.", "4 incidents.", false},
		{"£62m", "£64 million", true},
		{"Three incidents.", "4 incidents.", true},
		{"The system runs 24/7.", "24/7", false},
		// Another name sharing a common word is another name; a shorter
		// form of the same name is not.
		{"Allstar Business Solutions.", "Radius Payment Solutions.", true},
		{"EDF Energy.", "EDF.", false},
		{"Ringway Infrastructure Services Ltd.", "Milestone Infrastructure Ltd.", true},
		// The new answer keeps the old only to say what it became.
		{"Kestrel Property Services Ltd", "Kestrel Living Ltd (formerly Kestrel Property Services Ltd)", true},
		{"31 December 2024", "31 December 2024, extended to 31 December 2026", true},
		{"Kestrel Living Ltd", "Kestrel Living Ltd, formerly Kestrel Property Services Ltd.", false},
		{"Biffa Waste Services Ltd.", "Biffa Municipal Ltd (the contractor changed its name from Biffa Waste Services Ltd in 2025).", true},
		{"Biffa Municipal Ltd", "Biffa Municipal Ltd (renamed from Biffa Waste Services Ltd in 2025).", false},
		{"Graphnet Health Ltd", "System C Healthcare Ltd (which acquired Graphnet Health).", true},
		// A provision's number is no figure: the same answer with a
		// note on exemptions after it has not changed.
		{"2,260", "2,260. Section 40(2) or section 38(1)(b) would apply to any names; neither has been applied.", false},
		{"Capita Business Services Ltd", "Capita plc", false},
		// A supplier whose name changed past a shorter or fuller form of
		// it is another name, even in business words alone: the officer
		// is shown it (a low finding).
		{"Civica UK Ltd (Spydus)", "Civica Digital Solutions", true},
		{"Conexa Services plc", "Conexa Group Ltd", true},
		{"SkyWatch Systems Ltd", "SkyWatch Aerial Ltd", true},
		// A name that keeps its first word and changes the rest names
		// another company; one written shorter or fuller does not.
		{"Westgate Security Systems Ltd maintains the cameras.", "Westgate Fire & Security Ltd maintains the cameras.", true},
		{"Microsoft Dynamics 365.", "Microsoft Teams.", true},
		{"Genesys Cloud CX, supplied by Vocalis Cloud Ltd.", "The Trust uses Genesys Cloud CX from Vocalis Cloud.", false},
		{"Vortex IoT Ltd supplies them.", "Supplied by Vortex IoT Limited.", false},
		{"Reveal Media Ltd.", "Reveal Media.", false},
		// An answer that points back to the earlier one as unchanged
		// keeps it; a reference's digits are no figure.
		{"41,000 square feet.", "Not applicable – see the floor area given in our response FOI2025/0031, which is unchanged.", false},
		{"41,000 square feet.", "As previously provided (FOI 2025/0031).", false},
		{"41,000 square feet (see FOI2023/0031).", "41,000 square feet (see FOI2025/0044).", false},
		{"c.2,000 cameras.", "c.3,000 cameras.", true},
		{"41,000 square feet.", "The area is unchanged at 43,000 square feet.", true},
		{"Thornbury Nursing, Pulse, Medacs and Caria.", "Pulse, Thornbury Nursing, Caria and Medacs.", false},
		// A year that only dates an explanation beside the figure is
		// no figure of the answer; a year that is the answer is.
		{"6 (the Harbourside depot closed in 2023).", "6.", false},
		{"6 (the depots were merged in 2022/23)", "6", false},
		{"6 (the Harbourside depot closed in 2023).", "5.", true},
		{"Depot A 2027, Depot B 2029.", "Depot A 2027.", true},
		{"The lease ends in 2027.", "The lease ends in 2029.", true},
	} {
		if got := MaterialChange(tc.before, tc.after); got != tc.want {
			t.Errorf("MaterialChange(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

func TestAddMonths(t *testing.T) {
	for _, tc := range []struct {
		from, want string
		n          int
	}{
		{"2030-03-31", "2033-03-31", 36},
		{"2026-09-30", "2028-03-31", 18},
		{"2025-08-31", "2026-02-28", 6},
		{"2023-04-01", "2024-04-01", 12},
		{"2027-02-28", "2027-08-31", 6},
		{"2024-01-15", "2024-03-15", 2},
	} {
		from, _ := time.Parse("2006-01-02", tc.from)
		if got := addMonths(from, tc.n).Format("2006-01-02"); got != tc.want {
			t.Errorf("addMonths(%s, %d) = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
}
