package corpus

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/foicheck/foicheck/corpus/internal/pdftext"
)

// ditto is the mark the extractors write in a table row's cell for the
// cell of the row above merged over both (pdftext.Ditto).
const ditto = pdftext.Ditto

// pdfOptions are the knobs of PDF extraction. The zero value is not
// useful; start from defaultPDFOptions.
type pdfOptions struct {
	// limits bound the work on each page (see pdftext.Limits).
	limits pdftext.Limits
}

func defaultPDFOptions() pdfOptions {
	return pdfOptions{limits: pdftext.DefaultLimits()}
}

// extractPDF returns the text of a PDF file as lines per page, top to bottom,
// with words separated by spaces and wide gaps (table columns) by a tab.
// A page that cannot be read, or whose text is unusable, contributes no
// lines; the file fails only when no page has usable text. Errors wrap
// ErrDamaged (not a PDF, or broken beyond repair), ErrEncrypted (a password,
// or encryption the reader cannot undo) or ErrNoText (images only, or a text
// layer that does not decode to words).
func extractPDF(data []byte) ([][]string, error) {
	return extractPDFWith(data, defaultPDFOptions())
}

func extractPDFWith(data []byte, opts pdfOptions) (pages [][]string, err error) {
	defer func() {
		// pdftext contains the library's panics; this is the last guard
		// against one of our own.
		if r := recover(); r != nil {
			pages, err = nil, fmt.Errorf("%w: internal error reading the PDF: %v", ErrDamaged, r)
		}
	}()
	doc, err := pdftext.Open(data)
	if err != nil {
		return nil, openError(err)
	}
	var sum pdfSummary
	pages = make([][]string, len(doc.Pages))
	ex := pdftext.NewExtractor(opts.limits)
	for i, p := range doc.Pages {
		page, perr := ex.Extract(p)
		sum.add(page, perr)
		if perr == nil && usablePage(page) {
			pages[i] = page.Lines
			sum.usable++
		}
	}
	if tail := ex.Flush(); tail != nil {
		// A table row split at the foot of the last page read: it ends
		// the last page that has text.
		for i := len(pages) - 1; i >= 0; i-- {
			if pages[i] != nil {
				pages[i] = append(pages[i], tail...)
				break
			}
		}
	}
	if sum.usable == 0 {
		return nil, sum.err()
	}
	if !looksLikeWords(pages) {
		return nil, fmt.Errorf("%w: the text layer does not decode to words (fonts without a Unicode map?)", ErrNoText)
	}
	return pages, nil
}

// openError turns an error of pdftext.Open into one wrapping this
// package's sentinels, with what to do about it.
func openError(err error) error {
	switch {
	case errors.Is(err, pdftext.ErrPassword):
		return fmt.Errorf("%w: password-protected (it opens only with a user password)", ErrEncrypted)
	case errors.Is(err, pdftext.ErrEncryption):
		return fmt.Errorf("%w: %v", ErrEncrypted, err)
	case errors.Is(err, pdftext.ErrNotPDF):
		return fmt.Errorf("%w: not a PDF (%v)", ErrDamaged, err)
	case errors.Is(err, pdftext.ErrNoPages):
		return fmt.Errorf("%w: no pages found, even after trying to repair the file", ErrDamaged)
	}
	return fmt.Errorf("%w: %v", ErrDamaged, err)
}

// pdfSummary gathers what the pages of a file showed, to explain a file
// with no usable page.
type pdfSummary struct {
	pages, failed, usable int
	glyphs, images        int
	firstErr              error
}

func (s *pdfSummary) add(p pdftext.Page, err error) {
	s.pages++
	s.glyphs += p.Glyphs
	s.images += p.Images
	if err != nil {
		s.failed++
		if s.firstErr == nil {
			s.firstErr = err
		}
	}
}

func (s *pdfSummary) err() error {
	switch {
	case s.failed == s.pages:
		return fmt.Errorf("%w: no page could be read (%v)", ErrDamaged, s.firstErr)
	case s.glyphs == 0 && s.images > 0:
		return fmt.Errorf("%w: the pages are images without a text layer (a scan?)", ErrNoText)
	case s.glyphs == 0:
		return fmt.Errorf("%w: the pages have no text", ErrNoText)
	}
	return fmt.Errorf("%w: the text layer does not decode to words (fonts without a Unicode map?)", ErrNoText)
}

// usablePage reports whether a page's text is worth keeping: glyphs that
// mostly have known text, and characters that are mostly letters, digits
// and ordinary punctuation rather than symbols and control codes.
func usablePage(p pdftext.Page) bool {
	if len(p.Lines) == 0 || p.Unmapped*2 > p.Glyphs {
		return false
	}
	var plain, other int
	for _, l := range p.Lines {
		for _, r := range l {
			switch {
			case unicode.IsSpace(r):
			case unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(commonPunct, r):
				plain++
			default:
				other++
			}
		}
	}
	return plain > 0 && plain*10 >= (plain+other)*6
}

// commonPunct is punctuation ordinary letters use; anything else counts
// against a page looking like text.
const commonPunct = ".,;:!?'\"()[]-–—‘’“”/&%£$€@#*+=•·…_"

// isCommonWord reports whether w (lower case ASCII) is among the
// commonest English words: real prose is about a third these, and a
// table still has some; text decoded through the wrong map has almost
// none. Welsh public bodies answer in Welsh too, so its commonest words
// count as well.
func isCommonWord(w []byte) bool {
	switch string(w) {
	case "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as",
		"was", "with", "be", "by", "on", "not", "this", "are", "or", "have",
		"from", "we", "you", "your", "our", "at", "an", "which", "will", "has",
		"been", "any", "no", "please", "if", "information", "request", "can",
		"all", "there", "i", "my", "these", "their", "under", "its":
		return true
	case "y", "yr", "yn", "ac", "ar", "o", "eich", "mae", "wedi", "bod",
		"gan", "gyda", "hyn", "nid", "ydym", "gwybodaeth", "cais", "ein", "ei":
		return true
	}
	return false
}

// longestCommonWord is the length of the longest word isCommonWord knows.
const longestCommonWord = len("information")

// looksLikeWords reports whether the text has enough of the commonest
// English words to be real words rather than glyph codes in the wrong
// map. Short texts pass: there is too little to judge. A word is a run of
// letters; only one whose letters lower to ASCII can be a common word,
// and it is lowered into a buffer rather than copied: this runs over
// every line of every letter.
func looksLikeWords(pages [][]string) bool {
	words, common := 0, 0
	var buf [longestCommonWord]byte
	for _, p := range pages {
		for _, l := range p {
			n, ascii, in := 0, true, false
			end := func() {
				if in {
					words++
					if ascii && n <= len(buf) && isCommonWord(buf[:n]) {
						common++
					}
				}
				n, ascii, in = 0, true, false
			}
			for i := 0; i < len(l); {
				c := l[i]
				if c < utf8.RuneSelf {
					i++
					lower := c | 0x20
					if 'a' <= lower && lower <= 'z' {
						if n < len(buf) {
							buf[n] = lower
						}
						n++
						in = true
					} else {
						end()
					}
					continue
				}
				r, w := utf8.DecodeRuneInString(l[i:])
				i += w
				switch {
				case !unicode.IsLetter(r):
					end()
				case unicode.ToLower(r) < utf8.RuneSelf:
					// 'İ' lowers to 'i', the Kelvin sign to 'k'.
					if n < len(buf) {
						buf[n] = byte(unicode.ToLower(r))
					}
					n++
					in = true
				default:
					n++
					ascii, in = false, true
				}
			}
			end()
		}
	}
	return words < 50 || common*50 >= words
}
