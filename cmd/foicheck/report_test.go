package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// reportFixture indexes three letters of one force in a temporary index
// and returns the index directory and a folder for outputs. The 2024
// letter withholds what 2023 released.
func reportFixture(t *testing.T) (idx, out string) {
	t.Helper()
	dir := t.TempDir()
	letters := filepath.Join(dir, "letters")
	os.MkdirAll(letters, 0o755)
	for name, text := range map[string]string{
		"2023.txt": "Westmarch Police\n\nOur reference: FOI 0233/23\nDate: 14 June 2023\n\nRequest\n" +
			"1. Who is the incumbent supplier of your contact centre system?\n2. How many contact centre agents do you employ?\n\n" +
			"Response\n1. =HYPERLINK(\"x\") Brightline Communications Ltd.\n2. 150 agents.\n",
		"2024.txt": "Westmarch Police\n\nOur reference: FOI 1187/24\nDate: 11 December 2024\n\nRequest\n" +
			"1. Who is the incumbent supplier of your contact centre system?\n2. How many contact centre agents do you employ?\n\n" +
			"Response\n1. This information is exempt under Section 31(1)(a) (law enforcement).\n2. 150 agents.\n",
	} {
		if err := os.WriteFile(filepath.Join(letters, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	idx = filepath.Join(dir, "idx")
	f, _, stderr := testFactory(t)
	if code := run(t.Context(), []string{"ingest", "--index", idx, letters}, f); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	return idx, dir
}

// TestReportCSVReadBack writes the report as CSV and reads it back as a
// spreadsheet would.
func TestReportCSVReadBack(t *testing.T) {
	idx, dir := reportFixture(t)
	path := filepath.Join(dir, "week.csv")
	f, _, stderr := testFactory(t)
	f.Now = func() time.Time { return time.Date(2024, 12, 16, 8, 0, 0, 0, time.UTC) }
	// No --week: the last complete week before Monday 16 December.
	if code := run(t.Context(), []string{"report", "--index", idx, "--format", "csv", "--output", path}, f); code != 1 {
		t.Fatalf("report: exit %d, want 1: %s", code, stderr)
	}
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	rows, err := csv.NewReader(file).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v", err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want a header and one finding: %v", len(rows), rows)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	row := rows[1]
	for name, want := range map[string]string{
		"reference": "FOI 1187/24", "date": "2024-12-11", "question_id": "P1.Q1", "kind": "newly_withheld",
		"severity": "high", "previous_reference": "FOI 0233/23", "previous_stance": "released",
		"current_exemptions": "s31(1)(a)", "explained": "no",
	} {
		i, ok := col[name]
		if !ok {
			t.Errorf("no column %q", name)
			continue
		}
		if row[i] != want {
			t.Errorf("%s = %q, want %q", name, row[i], want)
		}
	}
}
