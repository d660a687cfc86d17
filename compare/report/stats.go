package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
)

// WriteStats writes exemption-use statistics as Text (one block per year
// and authority), JSON or CSV (one row per year, authority, measure and
// key: a long table that pivots easily in a spreadsheet).
func (c Config) WriteStats(w io.Writer, s compare.Stats, f Format) error {
	if s.Groups == nil {
		s.Groups = []compare.StatsGroup{}
	}
	switch f {
	case JSON:
		return writeJSON(w, s)
	case Text:
		_, err := io.WriteString(w, c.statsText(s))
		return err
	case CSV:
		return writeStatsCSV(w, s)
	}
	return fmt.Errorf("stats as %q: %w", f, ErrUnsupportedFormat)
}

func yearText(y int) string {
	if y == 0 {
		return "undated"
	}
	return strconv.Itoa(y)
}

// exemptionKeys orders a group's exemptions by use, then by name.
func exemptionKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func (c Config) statsText(s compare.Stats) string {
	var b strings.Builder
	if len(s.Groups) == 0 {
		return "No responses in the index for this period.\n"
	}
	for i, g := range s.Groups {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s  %s\n", c.paint(sgrBold, yearText(g.Year)), orDash(g.Authority))
		pct := 0.0
		if g.Questions > 0 {
			pct = 100 * float64(g.Matched) / float64(g.Questions)
		}
		fmt.Fprintf(&b, "  %s, %s; %d asked before (%.0f%%)\n", plural(g.Responses, "response"), plural(g.Questions, "question"), g.Matched, pct)
		var parts []string
		for _, k := range corpus.StanceKinds {
			if n := g.ByStance[k]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", k, n))
			}
		}
		fmt.Fprintf(&b, "  stances: %s\n", strings.Join(parts, ", "))
		keys := exemptionKeys(g.ByExemption)
		if len(keys) == 0 {
			b.WriteString("  exemptions: none\n")
			continue
		}
		b.WriteString("  exemptions:\n")
		for _, k := range keys {
			fmt.Fprintf(&b, "    %4d  %s\n", g.ByExemption[k], k)
		}
	}
	return b.String()
}

func writeStatsCSV(w io.Writer, s compare.Stats) error {
	cw := csv.NewWriter(w)
	write := func(rec ...string) error { return cw.Write(rec) }
	if err := write("year", "authority", "measure", "key", "count"); err != nil {
		return err
	}
	for _, g := range s.Groups {
		y := yearText(g.Year)
		rows := [][]string{
			{y, g.Authority, "responses", "", strconv.Itoa(g.Responses)},
			{y, g.Authority, "questions", "", strconv.Itoa(g.Questions)},
			{y, g.Authority, "matched", "", strconv.Itoa(g.Matched)},
		}
		for _, k := range corpus.StanceKinds {
			rows = append(rows, []string{y, g.Authority, "stance", string(k), strconv.Itoa(g.ByStance[k])})
		}
		for _, k := range exemptionKeys(g.ByExemption) {
			rows = append(rows, []string{y, g.Authority, "exemption", k, strconv.Itoa(g.ByExemption[k])})
		}
		for _, r := range rows {
			r[1] = csvSafe(r[1])
			if err := write(r...); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
