package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/foicheck/foicheck/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestMain lets the test binary stand in for foicheck: scripts that run
// "foicheck" run main in a child process of this binary.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"foicheck": main})
}

// TestScripts runs the command-line contract in testdata/script.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	badPDFs, err := filepath.Abs(filepath.Join("..", "..", "corpus", "testdata", "pdf", "bad"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			// The bundled example letters, and the corpus's damaged PDFs,
			// read in place.
			env.Setenv("EXAMPLES", examples)
			env.Setenv("BADPDF", badPDFs)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond != "pdf" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			return canReadPDF(filepath.Join(examples, "history", "westmarch-foi-0456-22.pdf")), nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exits":    cmdExits,
			"jsonpath": cmdJSONPath,
			"lines":    cmdLines,
		},
	})
}

// canReadPDF reports whether this build extracts text from PDFs, which
// the scripts marked [pdf] need.
func canReadPDF(path string) bool {
	_, err := corpus.Load(path)
	return !errors.Is(err, corpus.ErrUnsupported)
}

// cmdExits runs a program and asserts its exit status, which testscript's
// own exec can only check as zero or non-zero:
//
//	exits N [-within DURATION] program [args...]
//
// With -within, the program must also end within DURATION (a Go duration
// such as 3s). stdout and stderr are kept for the commands that follow.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits (give the status expected)")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits N [-within DURATION] program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad status %q", args[0])
	}
	args = args[1:]
	var within time.Duration
	if args[0] == "-within" {
		if len(args) < 3 {
			ts.Fatalf("usage: exits N -within DURATION program [args...]")
		}
		if within, err = time.ParseDuration(args[1]); err != nil {
			ts.Fatalf("exits: bad duration %q", args[1])
		}
		args = args[2:]
	}
	got := 0
	start := time.Now()
	err = ts.Exec(args[0], args[1:]...)
	if took := time.Since(start); within > 0 && took > within {
		ts.Fatalf("%s took %v, want at most %v", args[0], took.Round(time.Millisecond), within)
	}
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// cmdJSONPath checks the JSON document on the last command's stdout:
//
//	jsonpath PATH          the value at PATH exists (! : does not)
//	jsonpath PATH VALUE    the value at PATH, as JSON, equals VALUE
//
// PATH is dot-separated object keys and array indexes, such as
// questions.0.stance.kind; "*" stands for every element of an array, and
// the check then holds for each (trivially for an empty array); "." is the
// whole document.
func cmdJSONPath(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: jsonpath PATH [VALUE]")
	}
	var doc any
	if err := json.Unmarshal([]byte(ts.ReadFile("stdout")), &doc); err != nil {
		ts.Fatalf("stdout is not one JSON document: %v", err)
	}
	vs, err := lookupJSON(doc, args[0])
	switch {
	case len(args) == 1 && neg:
		if err == nil {
			ts.Fatalf("%s exists", args[0])
		}
		return
	case err != nil:
		ts.Fatalf("%v", err)
	case len(args) == 1:
		return
	}
	var want any
	if err := json.Unmarshal([]byte(args[1]), &want); err != nil {
		ts.Fatalf("jsonpath: VALUE %q is not JSON: %v", args[1], err)
	}
	for _, v := range vs {
		if reflect.DeepEqual(v, want) == neg {
			got, _ := json.Marshal(v)
			ts.Fatalf("%s is %s (want %s%s)", args[0], got, map[bool]string{true: "not ", false: ""}[neg], args[1])
		}
	}
}

// lookupJSON walks a decoded JSON value along a dotted path, returning
// every value it reaches. It fails when any branch lacks a step.
func lookupJSON(v any, path string) ([]any, error) {
	vs := []any{v}
	if path == "." {
		return vs, nil
	}
	for _, key := range strings.Split(path, ".") {
		var next []any
		for _, v := range vs {
			switch x := v.(type) {
			case map[string]any:
				e, ok := x[key]
				if !ok {
					return nil, fmt.Errorf("%s: no key %q", path, key)
				}
				next = append(next, e)
			case []any:
				if key == "*" {
					next = append(next, x...)
					continue
				}
				i, err := strconv.Atoi(key)
				if err != nil || i < 0 || i >= len(x) {
					return nil, fmt.Errorf("%s: no element %q (length %d)", path, key, len(x))
				}
				next = append(next, x[i])
			default:
				return nil, fmt.Errorf("%s: %q is inside a %T", path, key, v)
			}
		}
		vs = next
	}
	return vs, nil
}

// cmdLines asserts how many lines the last command wrote:
//
//	lines stdout|stderr N
func cmdLines(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || (args[0] != "stdout" && args[0] != "stderr") {
		ts.Fatalf("usage: lines stdout|stderr N")
	}
	want, err := strconv.Atoi(args[1])
	if err != nil {
		ts.Fatalf("lines: bad count %q", args[1])
	}
	text := ts.ReadFile(args[0])
	got := strings.Count(text, "\n")
	if text != "" && !strings.HasSuffix(text, "\n") {
		got++
	}
	if (got == want) == neg {
		ts.Fatalf("%s has %d lines, want %s%d:\n%s", args[0], got, map[bool]string{true: "not ", false: ""}[neg], want, text)
	}
}
