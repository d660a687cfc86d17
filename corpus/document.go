package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Format is the kind of file a Document came from.
type Format string

// The formats Load reads.
const (
	FormatPDF  Format = "pdf"
	FormatHTML Format = "html"
	FormatDOCX Format = "docx"
	FormatText Format = "text"
)

// FormatOf returns the format a path's extension names, and false for a file
// foicheck does not read (ingest skips those quietly).
func FormatOf(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return FormatPDF, true
	case ".html", ".htm", ".xhtml":
		return FormatHTML, true
	case ".docx":
		return FormatDOCX, true
	case ".txt", ".md", ".text":
		return FormatText, true
	}
	return "", false
}

// Document is one file's clean text, ready for Parse.
type Document struct {
	// Source is the path as given to Load.
	Source string
	// SHA256 is the hex digest of the file's bytes.
	SHA256 string
	Format Format
	// Pages is how many pages the text came from (1 for formats without
	// pages).
	Pages int
	// Text is the clean text the parser reads: one line per line, after
	// extraction, removal of repeated headers, footers and page numbers,
	// de-hyphenation and normalisation of ligatures, dashes and quotes.
	// Table cells and wide column gaps are separated by a tab.
	Text string
	// Publisher is the public body a web page names as its publisher (the
	// site's name), for HTML pages, or a Word letter's page header names
	// (its letterhead), for DOCX; "" otherwise. Parse falls back on it
	// when the letter names no authority of its own.
	Publisher string
	// PageReference is the reference a web page gives the letter it
	// carries, outside the letter (its title or breadcrumb trail), for
	// HTML pages; "" otherwise. Parse falls back on it when the letter
	// gives no reference of its own.
	PageReference string
}

// Load reads the file at path, hashes it and extracts its clean text. The
// format is chosen by extension and checked against the content (an HTML
// page saved as .pdf is read as HTML). Errors wrap one of the sentinels of
// this package (ErrUnsupported, ErrEmpty, ErrDamaged, ErrEncrypted,
// ErrNoText) or the os error, and name the file.
func Load(path string) (Document, error) { return load(path, true) }

// LoadUnhashed is Load for a caller that has hashed the file itself: the
// Document's SHA256 is left empty.
func LoadUnhashed(path string) (Document, error) { return load(path, false) }

func load(path string, hash bool) (Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Document{}, err
	}
	format, ok := FormatOf(path)
	if !ok {
		return Document{}, fmt.Errorf("%s: %w", path, ErrUnsupported)
	}
	doc, err := fromBytes(path, format, data, hash)
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// FromBytes is Load for bytes already read: name is recorded as the Source,
// format is the format the name claims. Errors do not name the file.
func FromBytes(name string, format Format, data []byte) (Document, error) {
	return fromBytes(name, format, data, true)
}

func fromBytes(name string, format Format, data []byte, hash bool) (Document, error) {
	doc := Document{Source: name, Format: sniff(format, data)}
	if hash {
		sum := sha256.Sum256(data)
		doc.SHA256 = hex.EncodeToString(sum[:])
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, ErrEmpty
	}
	var pages [][]string
	var err error
	switch doc.Format {
	case FormatPDF:
		pages, err = extractPDF(data)
	case FormatHTML:
		var page pageMeta
		pages, page, err = extractHTMLPage(data)
		doc.Publisher, doc.PageReference = page.publisher, page.reference
	case FormatDOCX:
		var head []string
		if pages, head, err = extractDOCXPage(data); err == nil {
			doc.Publisher = parseMeta(head).Authority
		}
	case FormatText:
		pages, err = extractText(data)
	default:
		err = ErrUnsupported
	}
	if err != nil {
		return Document{}, err
	}
	doc.Pages = len(pages)
	doc.Text = Clean(pages)
	if strings.TrimSpace(doc.Text) == "" {
		if doc.Format == FormatPDF {
			return Document{}, ErrNoText
		}
		return Document{}, ErrEmpty
	}
	return doc, nil
}

// sniff corrects the claimed format where the content plainly says
// otherwise: disclosure logs save HTML pages under .pdf names, and a .txt
// may hold HTML. A PDF must start with %PDF- within its first kilobyte.
func sniff(claimed Format, data []byte) Format {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.Contains(head, []byte("%PDF-")) {
		return FormatPDF
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) && claimed == FormatDOCX {
		return FormatDOCX
	}
	low := bytes.ToLower(bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n"))
	if bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<html")) {
		return FormatHTML
	}
	return claimed
}
