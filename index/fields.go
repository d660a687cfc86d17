package index

import (
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// fieldBuilder turns a question document (a map as responseDocs makes it)
// into bleve's document as the index's own mapping would, without bleve's
// walk over the map by reflection: that walk was a twentieth of an
// ingest's indexing, for some fifteen question documents a letter. It
// knows only the kinds of fields a question document has (text and
// keyword fields holding a string or a list of strings, and a date); a
// document with anything else is left to the mapping.
type fieldBuilder struct {
	fields map[string]fieldSpec
}

// fieldSpec is what the mapping says of one field.
type fieldSpec struct {
	date     bool
	options  bleveindex.FieldIndexingOptions
	analyzer analysis.Analyzer // text fields
}

// newFieldBuilder reads the question documents' fields from m, the
// index's mapping as stored with it; nil when the mapping is not one it
// can follow to the letter (a field under another name, an analyzer left
// to a default, dynamic fields, a composite field).
func newFieldBuilder(m mapping.IndexMapping) *fieldBuilder {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return nil
	}
	dm := im.TypeMapping[typeQuestion]
	if dm == nil || !dm.Enabled || dm.Dynamic {
		return nil
	}
	if all := dm.Properties["_all"]; all == nil || all.Enabled {
		return nil
	}
	b := &fieldBuilder{fields: map[string]fieldSpec{}}
	for name, sub := range dm.Properties {
		if name == "_all" {
			continue
		}
		if !sub.Enabled || len(sub.Properties) > 0 || len(sub.Fields) != 1 {
			return nil
		}
		fm := sub.Fields[0]
		if fm.Name != "" && fm.Name != name {
			return nil
		}
		switch fm.Type {
		case "text":
			a := im.AnalyzerNamed(fm.Analyzer)
			if fm.Analyzer == "" || a == nil {
				return nil
			}
			b.fields[name] = fieldSpec{options: fm.Options(), analyzer: withASCIITokenizer(a)}
		case "datetime":
			b.fields[name] = fieldSpec{date: true, options: fm.Options()}
		default:
			return nil
		}
	}
	return b
}

// document returns the bleve document of a question document, as the
// mapping makes it (the field order aside, which bleve does not keep);
// false when the document holds a field or a value it does not know.
func (b *fieldBuilder) document(id string, d map[string]interface{}) (*document.Document, bool) {
	doc := document.NewDocument(id)
	for name, v := range d {
		spec, ok := b.fields[name]
		if !ok {
			return nil, false
		}
		switch v := v.(type) {
		case string:
			if spec.date {
				return nil, false
			}
			doc.AddField(document.NewTextFieldCustom(name, []uint64{}, []byte(v), spec.options, spec.analyzer))
		case []string:
			if spec.date {
				return nil, false
			}
			// As the mapping walks a list: each element under its
			// position.
			for i, s := range v {
				doc.AddField(document.NewTextFieldCustom(name, []uint64{uint64(i)}, []byte(s), spec.options, spec.analyzer))
			}
		case time.Time:
			if !spec.date {
				return nil, false
			}
			f, err := document.NewDateTimeFieldWithIndexingOptions(name, []uint64{}, v, time.RFC3339, spec.options)
			if err != nil {
				return nil, false
			}
			doc.AddField(f)
		default:
			return nil, false
		}
	}
	doc.SetIndexed()
	return doc, true
}
