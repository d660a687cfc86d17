// Package corpus turns response letters into structured Responses.
//
// It owns the documents side of foicheck: reading a file (PDF, HTML, DOCX or
// plain text), hashing it, extracting and cleaning its text (Load), and
// parsing that text into the request's questions, the answer given to each
// and the stance taken on each (Parse). It also owns the vocabulary the rest
// of the program shares: Response, Question, Stance, StanceKind, Date, and
// the normalisation of exemptions across FOIA, the EIR and FOISA.
//
// corpus imports nothing else of the project and does no I/O outside Load.
// It does not know about the index, comparisons or output formats.
package corpus
