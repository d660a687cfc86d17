package compare_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// A scenario is a folder holding an authority's (or several authorities')
// earlier letters in history/, drafts to check in drafts/, and in
// expect.json, per draft, what a careful officer would say: which earlier
// questions each draft question matches, and the findings.
type scenarioExpect struct {
	Description string                 `json:"description"`
	Drafts      map[string]draftExpect `json:"drafts"`
}

type draftExpect struct {
	AsOf           string `json:"as_of,omitempty"`
	AllAuthorities bool   `json:"all_authorities,omitempty"`
	// Consistent marks a repeat that answers as before: it must get no
	// high-severity finding.
	Consistent bool `json:"consistent,omitempty"`
	// Matches maps a draft question to the earlier questions it matches,
	// each "REFERENCE QUESTION-ID". A draft question not listed matches
	// nothing.
	Matches  map[string][]string `json:"matches"`
	Findings []findingExpect     `json:"findings"`
}

type findingExpect struct {
	Kind       compare.Kind     `json:"kind"`
	Severity   compare.Severity `json:"severity"`
	QuestionID string           `json:"question_id"`
	// Precedent is "REFERENCE QUESTION-ID" of the earlier answer.
	Precedent string `json:"precedent"`
}

// scenarioResult is what checking a scenario's drafts gave, against what
// was expected, as sets of comparable strings.
type scenarioResult struct {
	gotMatches, wantMatches   map[string]bool
	gotFindings, wantFindings map[string]bool
	// severities of findings found and expected, by key.
	gotSeverity, wantSeverity map[string]compare.Severity
	// highOnConsistent lists high findings on drafts marked consistent.
	highOnConsistent []string
}

// runScenario indexes dir/history in a fresh index and checks every draft
// listed in dir/expect.json.
func runScenario(t *testing.T, dir string) scenarioResult {
	t.Helper()
	return runScenarioAt(t, dir, 0)
}

// runScenarioAt is runScenario with a match threshold (0: the default).
func runScenarioAt(t *testing.T, dir string, minScore float64) scenarioResult {
	t.Helper()
	var exp scenarioExpect
	data, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &exp); err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	ix, err := index.Open(filepath.Join(t.TempDir(), "idx"), index.ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	history, err := filepath.Glob(filepath.Join(dir, "history", "*"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ix.NewBatch()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range history {
		if _, ok := corpus.FormatOf(p); !ok {
			continue
		}
		r := parseFile(t, p)
		if err := b.PutResponse(r, index.Meta{Ingested: time.Unix(0, 0)}); err != nil {
			t.Fatal(err)
		}
		if err := b.PutPath(p, r.SHA256); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Commit(b); err != nil {
		t.Fatal(err)
	}

	res := scenarioResult{gotMatches: map[string]bool{}, wantMatches: map[string]bool{},
		gotFindings: map[string]bool{}, wantFindings: map[string]bool{},
		gotSeverity: map[string]compare.Severity{}, wantSeverity: map[string]compare.Severity{}}
	names := make([]string, 0, len(exp.Drafts))
	for name := range exp.Drafts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		de := exp.Drafts[name]
		draft := parseFile(t, filepath.Join(dir, "drafts", name))
		opt := compare.Options{AllAuthorities: de.AllAuthorities, MinScore: minScore}
		if de.AsOf != "" {
			if opt.AsOf, err = corpus.ParseISODate(de.AsOf); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		check, err := compare.CheckDraft(t.Context(), ix, draft, opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		threshold := minScore
		if threshold == 0 {
			threshold = compare.DefaultMinScore
		}
		for _, m := range check.Matches {
			for _, p := range m.Previous {
				res.gotMatches[name+" "+m.QuestionID+" -> "+p.Reference+" "+p.QuestionID] = true
				// --min-score is the match threshold: nothing below it
				// is reported as a match.
				if p.Score < threshold-1e-9 {
					t.Errorf("%s %s: %s %s reported with score %v, below %v", name, m.QuestionID, p.Reference, p.QuestionID, p.Score, threshold)
				}
			}
		}
		for qid, prevs := range de.Matches {
			for _, p := range prevs {
				res.wantMatches[name+" "+qid+" -> "+p] = true
			}
		}
		for _, f := range check.Findings {
			k := fmt.Sprintf("%s %s %s <- %s %s", name, f.Kind, f.QuestionID, f.Previous.Reference, f.Previous.QuestionID)
			res.gotFindings[k] = true
			res.gotSeverity[k] = f.Severity
			if de.Consistent && f.Severity == compare.High {
				res.highOnConsistent = append(res.highOnConsistent, k)
			}
		}
		for _, f := range de.Findings {
			k := fmt.Sprintf("%s %s %s <- %s", name, f.Kind, f.QuestionID, f.Precedent)
			res.wantFindings[k] = true
			res.wantSeverity[k] = f.Severity
		}
	}
	return res
}

func parseFile(t *testing.T, path string) corpus.Response {
	t.Helper()
	doc, err := corpus.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := corpus.Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// diffSets lists what is in a and not in b, sorted.
func diffSets(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// TestCases checks each data-driven case in testdata/cases exactly: every
// match and every finding, with its severity.
func TestCases(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "cases", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			r := runScenario(t, dir)
			for _, k := range diffSets(r.gotMatches, r.wantMatches) {
				t.Errorf("unexpected match: %s", k)
			}
			for _, k := range diffSets(r.wantMatches, r.gotMatches) {
				t.Errorf("missed match: %s", k)
			}
			for _, k := range diffSets(r.gotFindings, r.wantFindings) {
				t.Errorf("unexpected finding: %s", k)
			}
			for _, k := range diffSets(r.wantFindings, r.gotFindings) {
				t.Errorf("missed finding: %s", k)
			}
			for k, s := range r.wantSeverity {
				if got, ok := r.gotSeverity[k]; ok && got != s {
					t.Errorf("%s: severity %s, want %s", k, got, s)
				}
			}
			for _, k := range r.highOnConsistent {
				t.Errorf("high finding on a consistent repeat: %s", k)
			}
		})
	}
}

// evalGoals are the goals for matching and findings.
const (
	goalMatchPrecision = 0.98
	goalMatchRecall    = 0.95
	goalFindingF1      = 0.95
)

// evaluation is the set-wide result of checking every scenario.
type evaluation struct {
	scenarios                       int
	matchPrecision, matchRecall     float64
	findingPrecision, findingRecall float64
	findingF1                       float64
	total                           scenarioResult
}

// evaluate runs every scenario of testdata/eval and the cases at a match
// threshold (0: the default), reporting high findings on consistent
// repeats as test errors.
func evaluate(t *testing.T, minScore float64) evaluation {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join("testdata", "eval", "*", "expect.json"))
	cases, _ := filepath.Glob(filepath.Join("testdata", "cases", "*", "expect.json"))
	dirs = append(dirs, cases...)
	total := scenarioResult{gotMatches: map[string]bool{}, wantMatches: map[string]bool{},
		gotFindings: map[string]bool{}, wantFindings: map[string]bool{}}
	for _, e := range dirs {
		dir := filepath.Dir(e)
		r := runScenarioAt(t, dir, minScore)
		prefix := dir + ": "
		for _, pair := range []struct{ from, to map[string]bool }{
			{r.gotMatches, total.gotMatches}, {r.wantMatches, total.wantMatches},
			{r.gotFindings, total.gotFindings}, {r.wantFindings, total.wantFindings},
		} {
			for k := range pair.from {
				pair.to[prefix+k] = true
			}
		}
		for _, k := range r.highOnConsistent {
			t.Errorf("high finding on a consistent repeat: %s%s", prefix, k)
		}
	}
	ev := evaluation{scenarios: len(dirs), total: total}
	ev.matchPrecision, ev.matchRecall = precisionRecall(total.gotMatches, total.wantMatches)
	ev.findingPrecision, ev.findingRecall = precisionRecall(total.gotFindings, total.wantFindings)
	if ev.findingPrecision+ev.findingRecall > 0 {
		ev.findingF1 = 2 * ev.findingPrecision * ev.findingRecall / (ev.findingPrecision + ev.findingRecall)
	}
	return ev
}

// TestEvaluation runs every scenario of testdata/eval and the cases, and
// fails below the goals. Run with -v for the figures by finding kind.
func TestEvaluation(t *testing.T) {
	ev := evaluate(t, 0)
	total := ev.total
	t.Logf("%d scenarios: matches %d expected, precision %.3f recall %.3f; findings %d expected, precision %.3f recall %.3f F1 %.3f",
		ev.scenarios, len(total.wantMatches), ev.matchPrecision, ev.matchRecall, len(total.wantFindings),
		ev.findingPrecision, ev.findingRecall, ev.findingF1)
	for _, k := range compare.Kinds {
		got, want := filterKind(total.gotFindings, k), filterKind(total.wantFindings, k)
		p, r := precisionRecall(got, want)
		t.Logf("  %-20s expected %3d found %3d precision %.3f recall %.3f", k, len(want), len(got), p, r)
	}
	if testing.Verbose() {
		for _, k := range diffSets(total.gotMatches, total.wantMatches) {
			t.Logf("false match: %s", k)
		}
		for _, k := range diffSets(total.wantMatches, total.gotMatches) {
			t.Logf("missed match: %s", k)
		}
		for _, k := range diffSets(total.gotFindings, total.wantFindings) {
			t.Logf("false finding: %s", k)
		}
		for _, k := range diffSets(total.wantFindings, total.gotFindings) {
			t.Logf("missed finding: %s", k)
		}
	}
	if ev.matchPrecision < goalMatchPrecision || ev.matchRecall < goalMatchRecall || ev.findingF1 < goalFindingF1 {
		t.Errorf("below the goals: match precision %.3f (goal %.2f), recall %.3f (%.2f), finding F1 %.3f (%.2f)",
			ev.matchPrecision, goalMatchPrecision, ev.matchRecall, goalMatchRecall, ev.findingF1, goalFindingF1)
	}
}

// TestCalibration prints match and finding figures over the evaluation
// set at several thresholds: DefaultMinScore is the lowest at which match
// precision meets its goal. It runs with -v only (it checks everything
// five times).
func TestCalibration(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("prints a calibration table; run with -v")
	}
	for _, th := range []float64{0.35, 0.40, 0.45, 0.50, 0.55} {
		ev := evaluate(t, th)
		t.Logf("--min-score %.2f: match precision %.3f recall %.3f; findings precision %.3f recall %.3f F1 %.3f",
			th, ev.matchPrecision, ev.matchRecall, ev.findingPrecision, ev.findingRecall, ev.findingF1)
	}
}

// precisionRecall of got against want; 1 for an empty side, so that an
// empty set of findings that should be empty scores perfectly.
func precisionRecall(got, want map[string]bool) (float64, float64) {
	hit := 0
	for k := range got {
		if want[k] {
			hit++
		}
	}
	p, r := 1.0, 1.0
	if len(got) > 0 {
		p = float64(hit) / float64(len(got))
	}
	if len(want) > 0 {
		r = float64(hit) / float64(len(want))
	}
	return p, r
}

func filterKind(set map[string]bool, k compare.Kind) map[string]bool {
	out := map[string]bool{}
	for key := range set {
		if strings.Contains(key, " "+string(k)+" ") {
			out[key] = true
		}
	}
	return out
}

// independentFloors are the figures each set of testdata/independent
// has reached (when it joined the repository, raised as later changes
// improved them): match precision and recall and finding F1. The sets
// were written by an author who never saw the code and are scored as
// they are; a change that lowers a set below its floor has made matching
// worse on letters it was not tuned for.
var independentFloors = map[string][3]float64{
	"set-e":  {0.98, 0.86, 0.95},
	"set-f":  {0.99, 0.93, 0.93},
	"set-g":  {0.98, 0.98, 0.94},
	"set-h":  {0.97, 0.76, 0.74},
	"set-i":  {0.98, 0.97, 0.89},
	"set-j":  {0.97, 0.85, 0.73},
	"set-k":  {0.97, 0.89, 0.90},
	"set-l":  {0.93, 0.82, 0.74},
	"set-m":  {0.95, 0.92, 0.91},
	"set-n":  {0.93, 0.85, 0.77},
	"set-o":  {0.97, 0.88, 0.85},
	"set-p":  {0.97, 0.87, 0.76},
	"set-q":  {0.97, 0.94, 0.88},
	"set-r":  {0.98, 0.81, 0.75},
	"set-s":  {0.97, 0.86, 0.90},
	"set-t":  {0.95, 0.81, 0.83},
	"set-u":  {0.94, 0.86, 0.85},
	"set-v":  {0.94, 0.97, 0.95},
	"set-w":  {0.96, 0.84, 0.88},
	"set-x":  {0.89, 0.83, 0.76},
	"set-y":  {0.99, 0.84, 0.92},
	"set-aa": {0.98, 0.91, 0.80},
	"set-ab": {0.97, 0.80, 0.79},
	"set-ac": {0.93, 0.88, 0.95},
	"set-ad": {0.94, 0.64, 0.63},
	"set-ae": {0.99, 0.81, 0.76},
	"set-af": {0.87, 0.83, 0.71},
	"set-ag": {0.97, 0.85, 0.83},
	"set-ah": {0.81, 0.82, 0.73},
	"set-ai": {0.95, 0.87, 0.84},
	"set-aj": {0.97, 0.88, 0.89},
	"set-ak": {0.97, 0.97, 0.91},
	"set-al": {0.97, 0.95, 0.81},
	"set-am": {0.94, 0.65, 0.66},
	"set-an": {0.95, 0.96, 0.76},
	"set-ao": {0.99, 0.98, 0.95},
	"set-ap": {0.93, 0.90, 0.88},
	"set-aq": {0.94, 0.94, 0.78},
	"set-at": {0.98, 0.82, 0.62},
	"set-au": {0.95, 0.90, 0.94},
	"set-av": {0.94, 0.88, 0.74},
	"set-aw": {0.94, 0.87, 0.73},
	"set-ax": {0.94, 0.94, 0.84},
	"set-ay": {0.99, 0.91, 0.74},
}

// TestIndependentSets checks the sets of testdata/independent: their
// figures must not fall below the floors, and a draft marked consistent
// must get no high finding. Run with -v for the figures.
func TestIndependentSets(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "independent", "*", "expect.json"))
	if len(dirs) != len(independentFloors) {
		t.Fatalf("%d sets, %d floors", len(dirs), len(independentFloors))
	}
	for _, e := range dirs {
		dir := filepath.Dir(e)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			r := runScenario(t, dir)
			mp, mr := precisionRecall(r.gotMatches, r.wantMatches)
			fp, fr := precisionRecall(r.gotFindings, r.wantFindings)
			f1 := 0.0
			if fp+fr > 0 {
				f1 = 2 * fp * fr / (fp + fr)
			}
			t.Logf("%s: matches %d expected, precision %.3f recall %.3f; findings %d expected, precision %.3f recall %.3f F1 %.3f",
				name, len(r.wantMatches), mp, mr, len(r.wantFindings), fp, fr, f1)
			floor := independentFloors[name]
			if mp < floor[0] || mr < floor[1] || f1 < floor[2] {
				t.Errorf("%s below its floor %v: match precision %.3f recall %.3f, finding F1 %.3f", name, floor, mp, mr, f1)
			}
			for _, k := range r.highOnConsistent {
				t.Errorf("high finding on a consistent repeat: %s", k)
			}
		})
	}
}
