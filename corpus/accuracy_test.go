package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"
)

// The project's accuracy goals for the parser over the labelled letters.
const (
	goalStance    = 0.97
	goalExemption = 0.95
	goalReference = 0.95
	goalDate      = 0.95
)

// labelDirs hold labelled letters: NAME.expect.json beside one or more
// renderings NAME.EXT or NAME.PRODUCER.EXT.
var labelDirs = []string{"testdata/letters", "testdata/eval"}

// label is the hand-written truth about one letter (NAME.expect.json). It
// applies to every rendering of the letter.
type label struct {
	Authority string          `json:"authority"`
	Reference string          `json:"reference"`
	Date      string          `json:"date"`
	Received  string          `json:"received"`
	Regime    string          `json:"regime"`
	Layout    string          `json:"layout"`
	Traps     []string        `json:"traps"`
	Questions []questionLabel `json:"questions"`
}

// questionLabel is the truth about one question of a letter.
type questionLabel struct {
	ID             string     `json:"id"`
	Stance         StanceKind `json:"stance"`
	Exemptions     []string   `json:"exemptions"`
	AnswerContains string     `json:"answer_contains"`
}

// tally counts right answers out of n.
type tally struct{ right, n int }

// count adds one observation.
func (t *tally) count(ok bool) {
	t.n++
	if ok {
		t.right++
	}
}

// rate is right/n, and 1 when nothing was counted (no evidence of error).
func (t tally) rate() float64 {
	if t.n == 0 {
		return 1
	}
	return float64(t.right) / float64(t.n)
}

func (t tally) String() string { return fmt.Sprintf("%.3f (n=%d)", t.rate(), t.n) }

// miss is one disagreement between a parse and its label.
type miss struct {
	file, id, field, want, got string
}

// score accumulates the comparison of parses with labels.
type score struct {
	stance    tally // per labelled question: stance kind
	exemption tally // per labelled question with a withholding kind: exact exemption set
	answer    tally // per labelled question with answer_contains
	authority tally // per rendering
	reference tally // per rendering
	date      tally // per rendering
	received  tally // per rendering
	recall    tally // labelled questions that the parse found
	precision tally // parsed questions that the labels have
	misses    []miss
}

// add merges o into s.
func (s *score) add(o score) {
	for _, p := range []struct{ dst, src *tally }{
		{&s.stance, &o.stance}, {&s.exemption, &o.exemption}, {&s.answer, &o.answer},
		{&s.authority, &o.authority}, {&s.reference, &o.reference}, {&s.date, &o.date},
		{&s.received, &o.received}, {&s.recall, &o.recall}, {&s.precision, &o.precision},
	} {
		p.dst.right += p.src.right
		p.dst.n += p.src.n
	}
	s.misses = append(s.misses, o.misses...)
}

// exemptionKinds are the stances whose exemptions are scored: the ones
// where the provisions applied are the substance of the answer.
var exemptionKinds = map[StanceKind]bool{Withheld: true, PartiallyReleased: true, NCND: true, Refused: true}

// scoreResponse compares one parsed rendering with its letter's label. file
// names the rendering in misses. A labelled question that the parse lacks
// is wrong on every count; a parsed question that the labels lack lowers
// precision only.
func scoreResponse(file string, want label, got Response) score {
	var s score
	note := func(ok bool, t *tally, id, field, w, g string) {
		t.count(ok)
		if !ok {
			s.misses = append(s.misses, miss{file, id, field, w, g})
		}
	}
	note(sameText(want.Authority, got.Authority), &s.authority, "", "authority", want.Authority, got.Authority)
	note(strings.TrimSpace(want.Reference) == strings.TrimSpace(got.Reference), &s.reference, "", "reference", want.Reference, got.Reference)
	note(want.Date == got.Date.String(), &s.date, "", "date", want.Date, got.Date.String())
	note(want.Received == got.Received.String(), &s.received, "", "received", want.Received, got.Received.String())

	parsed := make(map[string]Question, len(got.Questions))
	for _, q := range got.Questions {
		_, dup := parsed[q.ID]
		// A repeated id is an invented question, and so is one the labels lack.
		s.precision.count(!dup && hasLabel(want, q.ID))
		if dup || !hasLabel(want, q.ID) {
			s.misses = append(s.misses, miss{file, q.ID, "extra", "", string(q.Stance.Kind)})
		}
		if !dup {
			parsed[q.ID] = q
		}
	}
	for _, lq := range want.Questions {
		q, found := parsed[lq.ID]
		s.recall.count(found)
		if !found {
			// Wrong on every count, reported once.
			s.stance.count(false)
			if exemptionKinds[lq.Stance] {
				s.exemption.count(false)
			}
			if lq.AnswerContains != "" {
				s.answer.count(false)
			}
			s.misses = append(s.misses, miss{file, lq.ID, "question", string(lq.Stance), "missing"})
			continue
		}
		note(q.Stance.Kind == lq.Stance, &s.stance, lq.ID, "stance", string(lq.Stance), string(q.Stance.Kind))
		if exemptionKinds[lq.Stance] {
			note(sameSet(lq.Exemptions, q.Stance.Exemptions), &s.exemption, lq.ID, "exemptions",
				strings.Join(lq.Exemptions, ","), strings.Join(q.Stance.Exemptions, ","))
		}
		if lq.AnswerContains != "" {
			note(containsFold(q.Answer, lq.AnswerContains), &s.answer, lq.ID, "answer",
				lq.AnswerContains, clip(q.Answer, 60))
		}
	}
	return s
}

// hasLabel reports whether the label has a question with the id.
func hasLabel(l label, id string) bool {
	return slices.ContainsFunc(l.Questions, func(q questionLabel) bool { return q.ID == id })
}

// sameSet reports whether a and b hold the same strings, in any order;
// nil and empty are the same.
func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}

// normSpace lowercases s and collapses every run of white space to one
// space.
func normSpace(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// containsFold reports whether s contains sub, ignoring case and
// differences of white space.
func containsFold(s, sub string) bool {
	return strings.Contains(normSpace(s), normSpace(sub))
}

// sameText compares two names ignoring case and white space.
func sameText(a, b string) bool { return normSpace(a) == normSpace(b) }

// clip shortens s for a one-line report.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// labelled is one label file and the renderings it applies to.
type labelled struct {
	path       string
	label      label
	renderings []string
}

// loadLabelled reads every NAME.expect.json in dirs and pairs it with the
// renderings beside it. A directory that does not exist is skipped.
func loadLabelled(dirs []string) ([]labelled, error) {
	var out []labelled
	for _, dir := range dirs {
		paths, err := filepath.Glob(filepath.Join(dir, "*.expect.json"))
		if err != nil {
			return nil, err
		}
		if len(paths) == 0 {
			continue
		}
		inputs, err := letterInputs(dir)
		if err != nil {
			return nil, err
		}
		names := make([]string, len(paths))
		for i, p := range paths {
			names[i] = strings.TrimSuffix(filepath.Base(p), ".expect.json")
		}
		owners := renderingOwners(names, inputs)
		for i, p := range paths {
			l, err := readLabel(p, false)
			if err != nil {
				return nil, err
			}
			out = append(out, labelled{path: p, label: l, renderings: owners[names[i]]})
		}
	}
	return out, nil
}

// renderingOwners assigns each input file to the letter it renders: the
// longest name such that the file is NAME.EXT or NAME.SOMETHING.EXT. Files
// that belong to no name are left out. Each list keeps the order of inputs.
func renderingOwners(names, inputs []string) map[string][]string {
	out := make(map[string][]string)
	for _, in := range inputs {
		base := filepath.Base(in)
		best := ""
		for _, n := range names {
			if strings.HasPrefix(base, n+".") && len(n) > len(best) {
				best = n
			}
		}
		if best != "" {
			out[best] = append(out[best], in)
		}
	}
	return out
}

// readLabel decodes a label file. With strict set, a field the schema
// does not have is an error, so that a typo in a hand-written label cannot
// silently drop a check; the accuracy test reads labels leniently, so that
// an extra field added by a labeller does not stop the measurement.
func readLabel(path string, strict bool) (label, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return label{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if strict {
		dec.DisallowUnknownFields()
	}
	var l label
	if err := dec.Decode(&l); err != nil {
		return label{}, fmt.Errorf("%s: %w", path, err)
	}
	return l, nil
}

var (
	labelIDRE        = regexp.MustCompile(`^P[1-9][0-9]*\.Q[1-9][0-9]*$`)
	labelExemptionRE = regexp.MustCompile(`^(s|reg|foisa:s)[0-9]+[A-Z]?(\([0-9]+[A-Z]?\))*(\([a-z]+\))*$`)
	labelDateRE      = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// checkLabel returns the problems of a hand-written label: ids that are
// malformed or repeated, unknown stance kinds, exemptions not in normalised
// form or not sorted, answer_contains on a stance that gives no answer,
// malformed dates.
func checkLabel(l label) []string {
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	if l.Date == "" || !labelDateRE.MatchString(l.Date) {
		bad("date %q is not YYYY-MM-DD", l.Date)
	} else if _, err := ParseISODate(l.Date); err != nil {
		bad("%v", err)
	}
	if l.Received != "" {
		if _, err := ParseISODate(l.Received); err != nil {
			bad("received: %v", err)
		}
	}
	if !slices.Contains([]string{"foia", "eir", "foisa"}, l.Regime) {
		bad("regime %q is not foia, eir or foisa", l.Regime)
	}
	if len(l.Questions) == 0 {
		bad("no questions")
	}
	seen := map[string]bool{}
	for _, q := range l.Questions {
		if !labelIDRE.MatchString(q.ID) {
			bad("%s: id is not P{part}.Q{number}", q.ID)
		}
		if seen[q.ID] {
			bad("%s: repeated", q.ID)
		}
		seen[q.ID] = true
		if !q.Stance.Valid() {
			bad("%s: stance %q is not a contract kind", q.ID, q.Stance)
		}
		for _, e := range q.Exemptions {
			if !labelExemptionRE.MatchString(e) {
				bad("%s: exemption %q is not normalised", q.ID, e)
			}
		}
		if !slices.IsSorted(q.Exemptions) {
			bad("%s: exemptions are not sorted", q.ID)
		}
		if exemptionKinds[q.Stance] && q.Stance != Refused && len(q.Exemptions) == 0 {
			bad("%s: %s without exemptions", q.ID, q.Stance)
		}
		if q.AnswerContains != "" && q.Stance != Released && q.Stance != PartiallyReleased {
			bad("%s: answer_contains on a %s question", q.ID, q.Stance)
		}
	}
	return probs
}

// TestLabels checks that every hand-written label is well formed and has
// at least one rendering, so that the accuracy figures measure the parser
// and not typos in the labels.
func TestLabels(t *testing.T) {
	sets, err := loadLabelled(labelDirs)
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) == 0 {
		t.Fatal("no labelled letters")
	}
	for _, s := range sets {
		if _, err := readLabel(s.path, true); err != nil {
			t.Error(err)
		}
		for _, p := range checkLabel(s.label) {
			t.Errorf("%s: %s", s.path, p)
		}
		if len(s.renderings) == 0 {
			t.Errorf("%s: no rendering of the letter beside it", s.path)
		}
	}
}

// TestAccuracy parses every rendering of every labelled letter and scores
// the parses against the labels. It logs each miss and the overall
// figures, and fails when a figure is below the project's goal.
func TestAccuracy(t *testing.T) {
	sets, err := loadLabelled(labelDirs)
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) == 0 {
		t.Fatal("no labelled letters")
	}
	var total score
	renderings := 0
	for _, s := range sets {
		for _, path := range s.renderings {
			renderings++
			resp, err := parseFixture(path)
			file := fixtureSource(path)
			sc := scoreResponse(file, s.label, resp)
			if err != nil {
				// Scored as an empty parse, every field wrong; one line
				// in the table says why rather than one per field.
				sc.misses = []miss{{file, "", "error", fmt.Sprintf("%d questions", len(s.label.Questions)), err.Error()}}
			}
			total.add(sc)
		}
	}
	logMisses(t, total.misses)
	t.Logf("%d letters, %d renderings", len(sets), renderings)
	for _, line := range figures(total) {
		t.Log(line)
	}
	for _, g := range []struct {
		name string
		got  tally
		goal float64
	}{
		{"stance", total.stance, goalStance},
		{"exemption", total.exemption, goalExemption},
		{"reference", total.reference, goalReference},
		{"date", total.date, goalDate},
	} {
		if g.got.rate() < g.goal {
			t.Errorf("%s accuracy %.3f is below the goal %.2f", g.name, g.got.rate(), g.goal)
		}
	}
}

// figures formats the overall figures of s, one per line.
func figures(s score) []string {
	return []string{
		"stance accuracy " + s.stance.String(),
		"exemption accuracy " + s.exemption.String(),
		"answer accuracy " + s.answer.String(),
		"authority accuracy " + s.authority.String(),
		"reference accuracy " + s.reference.String(),
		"date accuracy " + s.date.String(),
		"received accuracy " + s.received.String(),
		"question recall " + s.recall.String() + ", precision " + s.precision.String(),
	}
}

// logMisses logs the misses as a table sorted by file; within a file they
// keep the order of the label (metadata first, then the questions).
func logMisses(t *testing.T, ms []miss) {
	t.Helper()
	if len(ms) == 0 {
		return
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].file < ms[j].file })
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "file\tid\tfield\twant\tgot")
	for _, m := range ms {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", m.file, m.id, m.field, m.want, m.got)
	}
	w.Flush()
	t.Logf("%d misses:\n%s", len(ms), b.String())
}

// Constructors for the scorer's own tests.

func lq(id string, kind StanceKind, answer string, ex ...string) questionLabel {
	return questionLabel{ID: id, Stance: kind, Exemptions: ex, AnswerContains: answer}
}

func pq(id string, kind StanceKind, answer string, ex ...string) Question {
	return Question{ID: id, Answer: answer, Stance: Stance{Kind: kind, Exemptions: ex}}
}

func TestScoreResponse(t *testing.T) {
	want := label{
		Authority: "Northshire Police", Reference: "FOI 2023/0456", Date: "2023-05-02", Received: "2023-04-11",
		Regime: "foia",
		Questions: []questionLabel{
			lq("P1.Q1", Released, "Capita"),
			lq("P1.Q2", Withheld, "", "s31(1)(a)", "s31(1)(b)"),
			lq("P1.Q3", NotHeld, ""),
			lq("P2.Q1", PartiallyReleased, "2 sites", "s40(2)"),
		},
	}
	perfect := Response{
		Authority: "NORTHSHIRE  police", Reference: " FOI 2023/0456\n",
		Date: NewDate(2023, 5, 2), Received: NewDate(2023, 4, 11),
		Questions: []Question{
			pq("P1.Q1", Released, "The supplier is\nCAPITA plc."),
			pq("P1.Q2", Withheld, "", "s31(1)(b)", "s31(1)(a)"),
			pq("P1.Q3", NotHeld, "Not held."),
			pq("P2.Q1", PartiallyReleased, "It covers 2  sites.", "s40(2)"),
		},
	}
	wrong := Response{
		Authority: "Northshire Constabulary", Reference: "FOI 2023/456",
		Date: NewDate(2023, 4, 11),
		Questions: []Question{
			pq("P1.Q1", Released, "Serco"),
			pq("P1.Q2", Withheld, "", "s31(1)(a)"),
			pq("P1.Q3", Refused, "", "s12(1)"),
			pq("P1.Q4", Released, "invented"),
			pq("P1.Q4", Released, "invented twice"),
		},
	}
	tests := []struct {
		name string
		got  Response
		// right/n of stance, exemption, answer, reference, date, received, recall, precision
		want   [8][2]int
		misses int
	}{
		{"perfect", perfect, [8][2]int{{4, 4}, {2, 2}, {2, 2}, {1, 1}, {1, 1}, {1, 1}, {4, 4}, {4, 4}}, 0},
		{"empty", Response{}, [8][2]int{{0, 4}, {0, 2}, {0, 2}, {0, 1}, {0, 1}, {0, 1}, {0, 4}, {0, 0}}, 8},
		// stance: Q1, Q2 right; Q3 wrong; P2.Q1 missing. exemption: Q2 wrong
		// set, P2.Q1 missing. answer: Q1 wrong, P2.Q1 missing. Two invented
		// questions (one a repeat). Authority, reference, date, received wrong.
		{"wrong", wrong, [8][2]int{{2, 4}, {0, 2}, {0, 2}, {0, 1}, {0, 1}, {0, 1}, {3, 4}, {3, 5}}, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scoreResponse("x.pdf", want, tt.got)
			got := [8][2]int{}
			for i, tl := range []tally{s.stance, s.exemption, s.answer, s.reference, s.date, s.received, s.recall, s.precision} {
				got[i] = [2]int{tl.right, tl.n}
			}
			if got != tt.want {
				t.Errorf("tallies = %v, want %v", got, tt.want)
			}
			if len(s.misses) != tt.misses {
				t.Errorf("%d misses, want %d: %v", len(s.misses), tt.misses, s.misses)
			}
		})
	}
	t.Run("rates", func(t *testing.T) {
		s := scoreResponse("x.pdf", want, perfect)
		if r := s.stance.rate(); r != 1 {
			t.Errorf("perfect stance rate = %v, want 1", r)
		}
		s = scoreResponse("x.pdf", want, wrong)
		if r := s.stance.rate(); r != 0.5 {
			t.Errorf("wrong stance rate = %v, want 0.5", r)
		}
		if r := s.precision.rate(); r != 0.6 {
			t.Errorf("wrong precision = %v, want 0.6", r)
		}
	})
}

func TestScoreAdd(t *testing.T) {
	var total score
	a := score{stance: tally{3, 4}, date: tally{1, 1}, misses: []miss{{file: "a"}}}
	b := score{stance: tally{1, 4}, date: tally{0, 1}, misses: []miss{{file: "b"}}}
	total.add(a)
	total.add(b)
	if total.stance != (tally{4, 8}) || total.date != (tally{1, 2}) || len(total.misses) != 2 {
		t.Errorf("sum = %+v", total)
	}
	if got := (tally{}).rate(); got != 1 {
		t.Errorf("empty tally rate = %v, want 1", got)
	}
}

func TestContainsFold(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"The contact centre covers 2 sites.", "2 sites", true},
		{"covers 2\n  SITES", "2 sites", true},
		{"covers 12 sites", "2 sites", true}, // substring, as specified
		{"covers two sites", "2 sites", false},
		{"", "x", false},
		{"anything", "", true},
	}
	for _, tt := range tests {
		if got := containsFold(tt.s, tt.sub); got != tt.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
		}
	}
}

func TestSameSet(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{nil, []string{}, true},
		{[]string{"s31(1)(a)", "s31(1)(b)"}, []string{"s31(1)(b)", "s31(1)(a)"}, true},
		{[]string{"s31(1)(a)"}, []string{"s31(1)(a)", "s31(1)(b)"}, false},
		{[]string{"s43(2)"}, []string{"s43"}, false},
	}
	for _, tt := range tests {
		if got := sameSet(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSet(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestRenderingOwners(t *testing.T) {
	names := []string{"a", "a-b", "c.d"}
	inputs := []string{"x/a.lo.pdf", "x/a.txt", "x/a-b.chromium.pdf", "x/ab.pdf", "x/c.d.html", "x/c.pdf"}
	got := renderingOwners(names, inputs)
	want := map[string][]string{
		"a":   {"x/a.lo.pdf", "x/a.txt"},
		"a-b": {"x/a-b.chromium.pdf"},
		"c.d": {"x/c.d.html"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("renderingOwners = %v, want %v", got, want)
	}
}

func TestCheckLabel(t *testing.T) {
	good := label{Date: "2024-12-13", Received: "", Regime: "foia", Questions: []questionLabel{
		lq("P1.Q1", Withheld, "", "s31(1)(a)", "s31(1)(b)"),
		lq("P1.Q2", Refused, ""),
		lq("P2.Q1", Released, "3000"),
		lq("P2.Q2", NotHeld, "", "foisa:s17"),
		lq("P2.Q3", NCND, "", "reg12(6)"),
	}}
	if p := checkLabel(good); len(p) != 0 {
		t.Errorf("good label: %v", p)
	}
	tests := []struct {
		name string
		edit func(*label)
	}{
		{"bad date", func(l *label) { l.Date = "13/12/2024" }},
		{"impossible date", func(l *label) { l.Date = "2024-02-30" }},
		{"bad received", func(l *label) { l.Received = "2024-13-01" }},
		{"bad regime", func(l *label) { l.Regime = "fois" }},
		{"bad id", func(l *label) { l.Questions[0].ID = "Q1" }},
		{"repeated id", func(l *label) { l.Questions[1].ID = "P1.Q1" }},
		{"bad kind", func(l *label) { l.Questions[0].Stance = "exempt" }},
		{"unnormalised exemption", func(l *label) { l.Questions[0].Exemptions = []string{"Section 31(1)(a)"} }},
		{"unsorted exemptions", func(l *label) { l.Questions[0].Exemptions = []string{"s31(1)(b)", "s31(1)(a)"} }},
		{"withheld without exemption", func(l *label) { l.Questions[0].Exemptions = nil }},
		{"answer on not held", func(l *label) { l.Questions[3].AnswerContains = "x" }},
		{"no questions", func(l *label) { l.Questions = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := good
			l.Questions = slices.Clone(good.Questions)
			for i := range l.Questions {
				l.Questions[i].Exemptions = slices.Clone(good.Questions[i].Exemptions)
			}
			tt.edit(&l)
			if p := checkLabel(l); len(p) == 0 {
				t.Errorf("no problem found")
			}
		})
	}
}

func TestReadLabel(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.expect.json", `{"reference":"F-00059","date":"2024-12-13","regime":"foia",
		"questions":[{"id":"P1.Q1","stance":"withheld","exemptions":["s43(2)"]}]}`)
	extra := write("extra.expect.json", `{"date":"2024-12-13","note":"a field the schema lacks"}`)
	broken := write("broken.expect.json", `{"date":`)
	tests := []struct {
		path    string
		strict  bool
		wantErr bool
	}{
		{good, true, false},
		{good, false, false},
		{extra, true, true},
		{extra, false, false},
		{broken, false, true},
		{filepath.Join(dir, "missing.expect.json"), false, true},
	}
	for _, tt := range tests {
		l, err := readLabel(tt.path, tt.strict)
		if (err != nil) != tt.wantErr {
			t.Errorf("readLabel(%s, %v) error = %v, want error %v", filepath.Base(tt.path), tt.strict, err, tt.wantErr)
		}
		if tt.path == good && err == nil && (l.Reference != "F-00059" || l.Questions[0].Exemptions[0] != "s43(2)") {
			t.Errorf("readLabel(good) = %+v", l)
		}
	}
}
