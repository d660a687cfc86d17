// Package report renders foicheck's results for people and for programs.
//
// It is the only package that knows output formats: one value in (a
// corpus.Response today; checks, audits and periodic reports as they are
// added), one format out (text, JSON, and for reports Markdown, HTML, CSV and
// XLSX). It writes to the io.Writer it is given and nothing else: it does not
// open files, read the environment or detect terminals. The caller decides
// the width and whether to use colour, and passes them in a Config.
package report
