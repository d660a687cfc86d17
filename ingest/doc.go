// Package ingest adds letters to the disclosure history: it walks folders,
// hashes files, decides which are new, changed, duplicated or unchanged,
// reads the new ones in parallel (in worker processes, so that one
// pathological file can be timed out or crash without stopping the run),
// and writes the results to the index in durable batches.
//
// It knows the index only through package index and letters only through
// package corpus; it prints nothing and reads no environment: progress is
// reported through a callback.
package ingest
