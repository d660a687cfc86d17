package index

import (
	"github.com/blevesearch/bleve/v2"

	"github.com/foicheck/foicheck/corpus"
)

// Batch collects changes that are committed together, atomically and
// durably: after Commit returns, all of them survive a crash; before, none
// is visible. Keep everything that refers to one response (its questions,
// its paths, the deletion of the version it replaces) in one batch.
// A Batch is not safe for concurrent use.
type Batch struct {
	b         *bleve.Batch
	questions int
	fields    *fieldBuilder // nil: every document goes through the mapping
}

// NewBatch starts a batch. It fails with ErrReadOnly on a read-only index.
func (ix *Index) NewBatch() (*Batch, error) {
	if err := ix.writable(); err != nil {
		return nil, err
	}
	return &Batch{b: ix.b.NewBatch(), fields: ix.fields()}, nil
}

// PutResponse adds r and its questions, replacing any earlier documents of
// the same content hash. r.SHA256 must be set.
func (b *Batch) PutResponse(r corpus.Response, meta Meta) error {
	docs, err := responseDocs(r, meta)
	if err != nil {
		return err
	}
	for id, doc := range docs {
		if b.fields != nil && doc[typeField] == typeQuestion {
			if d, ok := b.fields.document(id, doc); ok {
				if err := b.b.IndexAdvanced(d); err != nil {
					return err
				}
				continue
			}
		}
		if err := b.b.Index(id, doc); err != nil {
			return err
		}
	}
	b.questions += len(r.Questions)
	return nil
}

// DeleteResponse removes a response and the questions named by qids (as
// returned by Response or QuestionIDs).
func (b *Batch) DeleteResponse(sha string, qids []string) {
	b.b.Delete(responseID(sha))
	for _, q := range qids {
		b.b.Delete(questionID(sha, q))
	}
}

// PutPath records that path holds the content whose hash is sha, replacing
// what the path held before.
func (b *Batch) PutPath(path, sha string) error {
	return b.b.Index(pathID(path), map[string]interface{}{
		typeField: typePath,
		fPath:     path,
		fSHA:      sha,
	})
}

// DeletePath forgets path.
func (b *Batch) DeletePath(path string) { b.b.Delete(pathID(path)) }

// Questions returns how many question documents the batch adds.
func (b *Batch) Questions() int { return b.questions }

// Len returns how many document operations the batch holds.
func (b *Batch) Len() int { return b.b.Size() }

// Commit writes the batch durably. An empty batch is a no-op. The batch is
// empty afterwards and can be reused.
func (ix *Index) Commit(b *Batch) error {
	if err := ix.writable(); err != nil {
		return err
	}
	if b.b.Size() == 0 && b.b.TotalDocsSize() == 0 {
		return nil
	}
	if err := ix.b.Batch(b.b); err != nil {
		return err
	}
	// A fresh batch rather than Reset: bleve's analysis goroutine may
	// still be reading the old batch's operations after Batch returns
	// (it walks past the deletions once every document is analysed), and
	// Reset would replace them under it.
	b.b = ix.b.NewBatch()
	b.questions = 0
	return nil
}
