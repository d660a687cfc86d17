package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Document types, in the field typeField.
const (
	typeField    = "type"
	typeQuestion = "question"
	typeResponse = "response"
	typePath     = "path"
)

// Field names. Text fields use the English analyzer; identifiers are
// keywords; keys (authorityKey, referenceKey) are normalised forms used
// only for exact filtering.
const (
	fSHA          = "sha"
	fText         = "text"
	fAnswer       = "answer"
	fContext      = "context"
	fTitle        = "title"
	fKind         = "kind"
	fExemptions   = "exemptions"
	fSections     = "sections"
	fAuthority    = "authority"
	fAuthorityKey = "authority_key"
	fReference    = "reference"
	fReferenceKey = "reference_key"
	fDate         = "date"
	fReceived     = "received"
	fSource       = "source"
	fFormat       = "format"
	fPages        = "pages"
	fQuestions    = "questions"
	fIngested     = "ingested"
	fPath         = "path"
	// fYear and fAuthorityYear index a question's year, alone and with
	// its authority ("westmarch police|2023"): looking up history before a
	// date as a handful of such terms is far cheaper than a date range.
	fYear          = "year"
	fAuthorityYear = "authority_year"
)

// newMapping describes the three document types. Nothing is indexed
// dynamically: a field not named here is neither indexed nor stored. No
// term vectors are kept (highlighting re-analyses the stored text), no
// composite _all field, and doc values only where results are sorted:
// together they keep the index near a kilobyte per question.
func newMapping() mapping.IndexMapping {
	im := mapping.NewIndexMapping()
	im.TypeField = typeField
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultMapping = mapping.NewDocumentDisabledMapping()
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	text := func(store bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	key := func(store, index bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.Index = index
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		// Frequencies and norms are kept: without them bleve scores a
		// match on the field as NaN, and every query that filters on it
		// ranks its results in no order at all.
		f.SkipFreqNorm = false
		return f
	}
	stored := func() *mapping.FieldMapping { return key(true, false) }
	date := func(store, sortable bool) *mapping.FieldMapping {
		f := mapping.NewDateTimeFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = sortable
		return f
	}
	num := func() *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.Store = true
		f.Index = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	doc := func(fields map[string]*mapping.FieldMapping) *mapping.DocumentMapping {
		dm := mapping.NewDocumentStaticMapping()
		for name, f := range fields {
			dm.AddFieldMappingsAt(name, f)
		}
		// No field is included in _all, but bleve adds the composite
		// field to every document (and builds and writes it, empty)
		// unless its mapping is disabled. Every query names its field.
		dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
		return dm
	}

	// A question document stores nothing: the whole response is stored
	// once, in its response document, and a hit names its response and
	// question in its identifier. Its date has doc values so that look-ups
	// can prefer the most recent of equally similar questions.
	im.AddDocumentMapping(typeQuestion, doc(map[string]*mapping.FieldMapping{
		typeField:      key(false, true),
		fSHA:           key(false, true),
		fText:          text(false),
		fAnswer:        text(false),
		fContext:       text(false),
		fTitle:         text(false),
		fKind:          key(false, true),
		fExemptions:    key(false, true),
		fSections:      key(false, true),
		fAuthorityKey:  key(false, true),
		fDate:          date(false, true),
		fYear:          key(false, true),
		fAuthorityYear: key(false, true),
	}))
	im.AddDocumentMapping(typeResponse, doc(map[string]*mapping.FieldMapping{
		typeField:     key(false, true),
		fSHA:          key(true, true),
		fAuthority:    stored(),
		fAuthorityKey: key(false, true),
		fReference:    stored(),
		fReferenceKey: key(false, true),
		fDate:         date(true, true),
		fReceived:     stored(),
		fTitle:        stored(),
		fSource:       stored(),
		fFormat:       stored(),
		fPages:        num(),
		fQuestions:    stored(),
		fIngested:     stored(),
	}))
	im.AddDocumentMapping(typePath, doc(map[string]*mapping.FieldMapping{
		typeField: key(false, true),
		fPath:     key(true, true),
		fSHA:      key(true, true),
	}))
	return im
}
