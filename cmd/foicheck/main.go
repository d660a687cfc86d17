package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"runtime/debug"
	"strings"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	// After the first interrupt, let a second one end the program at once:
	// reading a large file cannot be cancelled part-way.
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], &factory{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		Getenv:    os.Getenv,
		Now:       time.Now,
		Terminal:  detectTerminal,
		BuildInfo: debug.ReadBuildInfo,
		Worker:    workerProcess,
	})
	stop()
	os.Exit(code)
}

// workerProcess starts this binary as an ingest worker. The first argument
// is kept as this process received it, since a binary that dispatches on
// its own name (as the tests' does) must see the same name.
func workerProcess() *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	cmd := exec.Command(exe, workerCommand)
	cmd.Args[0] = os.Args[0]
	return cmd
}

// run executes one command line and returns the exit code. It is the only
// place that prints errors: "foicheck: what happened" and, when there is
// one, "hint: what to do", one line each on f.ErrOut. A panic is reported
// the same way, as an internal error with exit code 2, never as a trace.
func run(ctx context.Context, args []string, f *factory) (code int) {
	defer func() {
		if r := recover(); r != nil {
			printError(f.ErrOut, fmt.Sprintf("internal error: %v", r),
				"this is a bug in foicheck; please report it with the command that caused it")
			code = exitCannotRun
		}
	}()
	root := newRootCmd(f)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	code, msg, hint := describe(err)
	printError(f.ErrOut, msg, hint)
	return code
}

// describe chooses the exit code, the message and the hint for err. An
// exitError decides its own code and hint; errors from reading a letter
// get a hint for their corpus sentinel; anything else could not run.
func describe(err error) (code int, msg, hint string) {
	code = exitCannotRun
	var ee *exitError
	if errors.As(err, &ee) {
		code, hint = ee.code, ee.hint
		if ee.err == nil {
			return code, "", ""
		}
	}
	msg = err.Error()
	if sentinel, phrase, h := corpusHint(err); sentinel != nil {
		switch {
		case strings.Contains(msg, sentinel.Error()+": "):
			// The detail after the sentinel says it better ("x.pdf: the
			// pages are images without a text layer (a scan?)").
			msg = strings.Replace(msg, sentinel.Error()+": ", "", 1)
		case phrase != "":
			msg = strings.Replace(msg, sentinel.Error(), phrase, 1)
		}
		if hint == "" {
			hint = h
		}
		return code, msg, hint
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// "open x.pdf: no such file..." reads better as "x.pdf: no such file...".
		msg = strings.Replace(msg, pe.Error(), pe.Path+": "+pe.Err.Error(), 1)
	}
	if hint == "" {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			hint = "check the path"
		case errors.Is(err, fs.ErrPermission):
			hint = "check the file's permissions, or run as a user who can read it"
		case errors.Is(err, context.Canceled):
			msg = "interrupted"
		}
	}
	return code, msg, hint
}

// corpusHint returns, for an error wrapping one of corpus's sentinels,
// the sentinel, a clearer phrase for its text ("" to keep it) and what the
// user should do; a nil sentinel for any other error.
func corpusHint(err error) (sentinel error, phrase, hint string) {
	switch {
	case errors.Is(err, corpus.ErrNoText):
		return corpus.ErrNoText, "no usable text layer (a scanned image?)",
			"run OCR on it first (e.g. ocrmypdf or tesseract), then use the OCR'd copy"
	case errors.Is(err, corpus.ErrEncrypted):
		if strings.Contains(err.Error(), "password") {
			return corpus.ErrEncrypted, "", "ask the sender for a copy without a password"
		}
		return corpus.ErrEncrypted, "", "decrypt it first (qpdf --decrypt in.pdf out.pdf), then use the decrypted copy"
	case errors.Is(err, corpus.ErrDamaged):
		return corpus.ErrDamaged, "", "open it in a PDF viewer and re-save/print it to PDF, or ingest the original"
	case errors.Is(err, corpus.ErrUnsupported):
		return corpus.ErrUnsupported, "", "foicheck reads .pdf, .html/.htm, .docx, .txt and .md"
	case errors.Is(err, corpus.ErrEmpty):
		return corpus.ErrEmpty, "", "check that this is the letter you meant: it has no text"
	}
	return nil, "", ""
}

// printError writes the message and hint, one line each; a message that
// spans lines is folded so that a script reading stderr sees one line.
func printError(w io.Writer, msg, hint string) {
	if msg == "" {
		return
	}
	fmt.Fprintf(w, "foicheck: %s\n", oneLine(msg))
	if hint != "" {
		fmt.Fprintf(w, "hint: %s\n", oneLine(hint))
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
