// Package index keeps the disclosure history: every ingested response
// letter, its questions with their answers and stances, and the files it
// came from, in a bleve full-text index on disk.
//
// It is the only package that knows bleve. It stores what corpus parsed
// (stances are classified before indexing and never inferred from the
// index: the English analyzer drops "not" and "no"), answers searches, and
// rebuilds a whole Response from the index alone. It does not read letters,
// walk folders or decide what to ingest: that is the ingest package's job.
//
// An index holds three kinds of document:
//
//   - one per question (its text, answer, part context and stance, with the
//     response's authority, reference and date for filtering);
//   - one per response, keyed by the SHA-256 of the file's bytes, holding
//     the letter's metadata and its question identifiers;
//   - one per source path, naming the response its current content is.
//
// A response and everything that refers to it are always written in one
// durable bleve batch, so an interrupted ingest never leaves a file recorded
// whose questions are missing.
package index
