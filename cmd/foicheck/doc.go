// Command foicheck checks Freedom of Information responses for consistency
// with earlier answers.
//
// Usage:
//
//	foicheck parse [--text] [--format text|json] [--output FILE] FILE
//	foicheck version [--format text|json]
//	foicheck completion bash|zsh|fish|powershell
//
// The package is the command line only: one file per command, each an
// options struct filled from flags and the factory (streams, environment,
// clock, terminal), a constructor taking a runF hook for tests, and a run
// function. main.go alone prints errors and chooses the exit code: 0 when
// the command ran, 1 when it ran and found something to report, 2 when it
// could not run. The work itself is done by corpus (documents) and
// compare/report (output formats).
package main
