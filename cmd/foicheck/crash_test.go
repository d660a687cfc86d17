package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// foicheckCmd runs this test binary as foicheck (TestMain dispatches on the
// program's name).
func foicheckCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Args[0] = "foicheck"
	return cmd
}

// writeLetters writes n distinct text letters of three questions each and
// returns how many questions they hold, as the parser reads them.
func writeLetters(t *testing.T, dir string, n int) (questions int) {
	t.Helper()
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%d", 2015+i%10))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf(`Westmarch Police

Our reference: FOI %04d/%02d
Date: %d March 20%02d

Request
1. How many body-worn video cameras did you hold in year %d?
2. Who supplied the cameras bought under contract %d?
3. What did the maintenance of contract %d cost?

Response
1. %d cameras.
2. Supplier number %d.
3. We do not hold this information.
`, i, 15+i%10, 1+i%28, 15+i%10, i, i, i, 100+i, i)
		path := filepath.Join(sub, fmt.Sprintf("foi-%04d.txt", i))
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := corpus.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		r, err := corpus.Parse(doc)
		if err != nil {
			t.Fatal(err)
		}
		questions += len(r.Questions)
	}
	return questions
}

// TestIngestKilled kills ingest with SIGKILL at several moments, runs it
// again, and checks that the index then holds every letter exactly once:
// nothing acknowledged is lost and nothing is duplicated.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real processes")
	}
	dir := t.TempDir()
	letters := filepath.Join(dir, "letters")
	const n = 400
	want := writeLetters(t, letters, n)
	idx := filepath.Join(dir, "idx")

	var before index.Counts
	for _, after := range []time.Duration{20 * time.Millisecond, 50 * time.Millisecond, 80 * time.Millisecond, 300 * time.Millisecond, 700 * time.Millisecond, 1200 * time.Millisecond} {
		cmd := foicheckCmd(t, "ingest", "--index", idx, "--batch", "30", "--format", "json", letters)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Kill()
		cmd.Wait()
		// Whatever the moment, the index opens and is consistent.
		ix, err := index.Open(idx, index.ReadOnly)
		if errors.Is(err, index.ErrNotExist) {
			continue // killed before the index was created
		}
		if err != nil {
			t.Fatalf("after a kill at %v: %v", after, err)
		}
		c, err := ix.Count(context.Background())
		ix.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("killed after %v: %d responses, %d questions", after, c.Responses, c.Questions)
		if c.Responses > n || c.Questions > want || c.Paths != c.Responses {
			t.Fatalf("after a kill at %v: %+v, more than the %d letters and %d questions there are", after, c, n, want)
		}
		// Every run resumes from what the one before committed: a commit,
		// once made, is never lost.
		if c.Responses < before.Responses || c.Questions < before.Questions {
			t.Fatalf("after a kill at %v: %+v, fewer than the %+v committed before", after, c, before)
		}
		before = c
	}

	out, err := foicheckCmd(t, "ingest", "--index", idx, "--format", "json", letters).CombinedOutput()
	if err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	ix, err := index.Open(idx, index.ReadOnly)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	c, err := ix.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c != (index.Counts{Responses: n, Questions: want, Paths: n}) {
		t.Errorf("after the final run the index holds %+v, want %d responses, %d questions, %d paths", c, n, want, n)
	}
}

// TestIngestInterrupted sends Ctrl-C's signal to a running ingest: it stops
// after the files being read, commits them, says so and exits 1; run
// again, it finishes the job.
func TestIngestInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("signals real processes")
	}
	dir := t.TempDir()
	letters := filepath.Join(dir, "letters")
	const n = 600
	want := writeLetters(t, letters, n)
	idx := filepath.Join(dir, "idx")

	cmd := foicheckCmd(t, "ingest", "--index", idx, "--batch", "30", "--format", "json", letters)
	var stdout strings.Builder
	cmd.Stdout = &stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt once the first batch is on disk, so that the run is
	// caught in the middle.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if zaps, _ := filepath.Glob(filepath.Join(idx, "store", "*.zap")); len(zaps) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitFindings {
		t.Fatalf("interrupted ingest: %v, want exit status 1\n%s", err, stdout.String())
	}
	var first struct {
		Ingested    int  `json:"ingested"`
		Responses   int  `json:"responses"`
		Interrupted bool `json:"interrupted"`
	}
	if err := json.Unmarshal([]byte(stdout.String()), &first); err != nil {
		t.Fatalf("summary: %v\n%s", err, stdout.String())
	}
	if !first.Interrupted || first.Ingested == 0 || first.Ingested >= n || first.Responses != first.Ingested {
		t.Fatalf("interrupted run's summary: %+v (of %d letters)", first, n)
	}

	out, err := foicheckCmd(t, "ingest", "--index", idx, "--format", "json", letters).Output()
	if err != nil {
		t.Fatalf("second run: %v\n%s", err, out)
	}
	var second struct {
		Ingested, Skipped, Responses, Questions int
	}
	json.Unmarshal(out, &second)
	if second.Ingested != n-first.Ingested || second.Skipped != first.Ingested || second.Responses != n {
		t.Errorf("second run: %+v after %d of %d letters", second, first.Ingested, n)
	}
	ix, err := index.Open(idx, index.ReadOnly)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if c, _ := ix.Count(context.Background()); c != (index.Counts{Responses: n, Questions: want, Paths: n}) {
		t.Errorf("index holds %+v, want %d responses and %d questions", c, n, want)
	}
}
