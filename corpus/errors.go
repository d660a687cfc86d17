package corpus

import "errors"

// Sentinel errors of Load. They are wrapped with the file's name and the
// detail; test with errors.Is. The command layer adds what to do next.
var (
	// ErrUnsupported: the file is not in a format foicheck reads.
	ErrUnsupported = errors.New("not a format foicheck reads")
	// ErrEmpty: the file has no bytes, or no text at all.
	ErrEmpty = errors.New("empty file")
	// ErrDamaged: the file claims a format but cannot be read as one.
	ErrDamaged = errors.New("damaged or not a valid file of its kind")
	// ErrEncrypted: the PDF needs a password, or uses encryption foicheck
	// cannot open.
	ErrEncrypted = errors.New("encrypted")
	// ErrNoText: there is no usable text layer (a scanned image, or a font
	// without a Unicode map): it needs OCR.
	ErrNoText = errors.New("no usable text layer (needs OCR)")
)
