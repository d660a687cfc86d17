// Package pdftext extracts the text lines of PDF pages.
//
// It uses github.com/ledongthuc/pdf only to parse the file: the cross-
// reference data, objects and streams. It reads the tokens of content
// streams with its own lexer (content.go: the library's general object
// reader was most of the cost of extraction) and walks each page's content
// stream itself, tracking the
// text and graphics state (text matrix, q/Q, cm, the text positioning and
// spacing operators), takes glyph widths from each font and its text from
// the font's ToUnicode map or encoding, follows Form XObjects, and rebuilds
// lines by baseline with spaces and tabs from the gaps between glyphs.
//
// Fonts are resolved through the resources of the page (or form) being
// drawn, and shared across pages only by their dictionary's content, never
// by resource name. Invisible text (render mode 3, as OCR tools write) is
// kept. Work per page and per document is bounded by Limits.
//
// Open is lenient where real files are sloppy (junk around the file, a 2.0
// header, a short trailer /Size, a broken cross-reference table) and
// decrypts in memory, with github.com/pdfcpu/pdfcpu, the files with an
// empty user password whose encryption the library cannot undo. Every
// stream the library's lexer would read forever is refused beforehand, and
// every call into the library is guarded by recover.
//
// It does not judge whether the text is usable (a font without a Unicode
// map yields codes, not words): Page reports the counts a caller needs to
// decide.
package pdftext
