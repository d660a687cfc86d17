package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Errors of Open. Other errors mean the file is damaged.
var (
	// ErrPassword: the file needs a user password to open.
	ErrPassword = errors.New("password-protected")
	// ErrEncryption: the file is encrypted with a method that could not
	// be undone, though the user password is empty (Open decrypts
	// AES-256 and short RC4 keys itself; this is what remains).
	ErrEncryption = errors.New("encrypted with a method that cannot be read")
	// ErrNoPages: the file opened but no page could be found in it.
	ErrNoPages = errors.New("no pages found")
	// ErrNotPDF: there is no %PDF- header in the file.
	ErrNotPDF = errors.New("no PDF header")
)

// Bounds on the page tree, which a damaged file can make cyclic.
const (
	maxPages     = 10_000
	maxTreeNodes = 100_000
	maxTreeDepth = 32
	// headerWindow is how far into the file the %PDF- header is looked
	// for: mail gateways and web servers prepend a few lines at most.
	headerWindow = 64 << 10
)

// Document is an opened PDF: its page dictionaries in order.
type Document struct {
	Pages []pdf.Value
	// Repair says how the file had to be repaired to open, or is empty.
	Repair string
}

// Open opens a PDF held in memory. It tolerates junk before the header or
// after %%EOF, a byte-order mark and a PDF 2.0 header; it decrypts, in
// memory, files with an empty user password whose encryption the library
// cannot undo (AES-256, RC4 under 128 bits); and when the file does not
// open or shows no pages it tries to repair the cross-reference data (a
// short trailer /Size, as pdfunite writes, or a broken table) before
// giving up. Errors wrap ErrNotPDF, ErrPassword, ErrEncryption or
// ErrNoPages, or describe the damage. Open never panics.
func Open(data []byte) (*Document, error) {
	data, err := normalize(data)
	if err != nil {
		return nil, err
	}
	if err := vetObjectStreams(data); err != nil {
		return nil, err
	}
	if err := vetXrefStreams(data); err != nil {
		return nil, err
	}
	doc, err := open(data)
	if errors.Is(err, ErrEncryption) {
		return openDecrypted(data, err)
	}
	if err == nil || errors.Is(err, ErrPassword) {
		return doc, err
	}
	for _, fix := range []struct {
		name string
		fn   func([]byte) ([]byte, bool)
	}{
		{"trailer /Size raised", fixSize},
		{"cross-reference table rebuilt", rebuildXref},
	} {
		fixed, ok := fix.fn(data)
		if !ok {
			continue
		}
		d, ferr := open(fixed)
		if ferr == nil {
			d.Repair = fix.name
			return d, nil
		}
		if errors.Is(ferr, ErrNoPages) {
			// The repaired file reads but has no pages: say that rather
			// than why the damaged one did not read.
			err = ferr
		}
	}
	return nil, err
}

// openDecrypted opens a file encrypted with a method the library cannot
// undo by decrypting it first with the empty user password. It returns
// ErrPassword when that is not the password, and the library's complaint
// (encErr) when decryption fails otherwise.
func openDecrypted(data []byte, encErr error) (*Document, error) {
	plain, err := decrypt(data)
	if errors.Is(err, ErrPassword) {
		return nil, ErrPassword
	}
	if err != nil {
		return nil, fmt.Errorf("%w; %v", encErr, err)
	}
	doc, err := open(plain)
	if err != nil {
		return nil, fmt.Errorf("%w; after decrypting: %v", encErr, err)
	}
	doc.Repair = "decrypted with the empty password"
	return doc, nil
}

// normalize trims what surrounds the PDF proper and presents the header as
// one the library accepts. Offsets inside a PDF count from its header, so
// trimming bytes before it keeps them right.
func normalize(data []byte) ([]byte, error) {
	window := data
	if len(window) > headerWindow {
		window = window[:headerWindow]
	}
	i := bytes.Index(window, []byte("%PDF-"))
	if i < 0 {
		return nil, ErrNotPDF
	}
	data = data[i:]
	if j := bytes.LastIndex(data, []byte("%%EOF")); j >= 0 {
		data = data[:j+len("%%EOF")]
	}
	if len(data) < 10 {
		return nil, fmt.Errorf("%w: only %d bytes after the header", ErrNotPDF, len(data))
	}
	// The library accepts %PDF-1.0 to %PDF-1.7 followed by an end of line;
	// 2.0 files and headers followed by a space read the same way.
	if v := data[5:8]; !(v[0] == '1' && v[1] == '.' && v[2] >= '0' && v[2] <= '7') || data[8] != '\n' && data[8] != '\r' {
		fixed := append([]byte(nil), data...)
		copy(fixed[5:8], "1.7")
		if fixed[8] != '\n' && fixed[8] != '\r' {
			fixed[8] = '\n'
		}
		data = fixed
	}
	return data, nil
}

// open opens normalized data and lists its pages, containing any panic of
// the library.
func open(data []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("cannot read the file structure: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		err = classifyOpenError(err)
		if errors.Is(err, ErrEncryption) && aes256NeedsPassword(data) {
			err = ErrPassword
		}
		return nil, err
	}
	if enc := r.Trailer().Key("Encrypt"); !enc.IsNull() {
		// The library opens RC4 with keys shorter than 128 bits but
		// derives their object keys wrongly (it never shortens the hash
		// to the key length plus 5 bytes): every stream then fails. Say
		// so up front.
		bits := enc.Key("Length").Int64()
		if bits == 0 {
			bits = 40
		}
		if enc.Key("V").Int64() <= 2 && bits < 128 {
			return nil, fmt.Errorf("%w (%d-bit RC4)", ErrEncryption, bits)
		}
	}
	pages := listPages(r.Trailer().Key("Root").Key("Pages"))
	if len(pages) == 0 {
		return nil, ErrNoPages
	}
	return &Document{Pages: pages}, nil
}

func classifyOpenError(err error) error {
	if errors.Is(err, pdf.ErrInvalidPassword) {
		return ErrPassword
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "encryption"):
		return fmt.Errorf("%w (%s)", ErrEncryption, msg)
	case strings.Contains(msg, "missing %%EOF"):
		return errors.New("the end of the file is missing (cut short?)")
	}
	return errors.New(strings.TrimPrefix(msg, "malformed PDF: "))
}

// listPages walks the page tree in order, bounded in depth, nodes and
// pages, and visiting each referenced node once, so that cycles and absurd
// counts cost bounded work.
func listPages(root pdf.Value) []pdf.Value {
	var pages []pdf.Value
	nodes := 0
	seen := make(map[string]bool)
	var walk func(n pdf.Value, depth int)
	walk = func(n pdf.Value, depth int) {
		nodes++
		if n.Kind() != pdf.Dict || depth > maxTreeDepth || nodes > maxTreeNodes || len(pages) >= maxPages {
			return
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() != "Page" && kids.Kind() == pdf.Array {
			// The array as written names each kid by reference: that is
			// the kid's identity, which resolved values do not carry.
			refs := objectRef.FindAllString(kids.String(), -1)
			for i := 0; i < kids.Len(); i++ {
				if len(refs) == kids.Len() {
					if seen[refs[i]] {
						continue
					}
					seen[refs[i]] = true
				}
				walk(kids.Index(i), depth+1)
			}
			return
		}
		if n.Key("Type").Name() == "Page" || !n.Key("Contents").IsNull() {
			pages = append(pages, n)
		}
	}
	walk(root, 0)
	return pages
}

var (
	objStmType  = regexp.MustCompile(`/Type\s*/ObjStm\b`)
	objStmCount = regexp.MustCompile(`/N\s+(\d{1,18})\b`)
	objectRef   = regexp.MustCompile(`\d+ \d+ R`)
	trailerSize = regexp.MustCompile(`/Size\s+(\d+)`)
	objHeader   = regexp.MustCompile(`(?m)(?:^|[\r\n])\s*(\d{1,7})\s+(\d{1,5})\s+obj\b`)
	catalogType = regexp.MustCompile(`/Type\s*/Catalog\b`)
)

// fixSize raises the /Size of the last classic trailer, which some tools
// (pdfunite) write smaller than the table, hiding objects. The trailer
// follows every offset the file records, so its length may change.
func fixSize(data []byte) ([]byte, bool) {
	t := bytes.LastIndex(data, []byte("trailer"))
	if t < 0 {
		return nil, false
	}
	loc := trailerSize.FindSubmatchIndex(data[t:])
	if loc == nil {
		return nil, false
	}
	var out []byte
	out = append(out, data[:t+loc[2]]...)
	out = append(out, "9999999"...)
	out = append(out, data[t+loc[3]:]...)
	return out, true
}

// rebuildXref appends a fresh cross-reference table built by scanning the
// file for "n g obj" headers, with the catalog found by its /Type, for
// files whose table is broken or whose end was cut off. Objects inside
// object streams cannot be found this way.
func rebuildXref(data []byte) ([]byte, bool) {
	if bytes.Contains(data, []byte("/Encrypt")) {
		return nil, false
	}
	offsets := map[int]int{}
	gens := map[int]int{}
	maxID, root := 0, -1
	for _, m := range objHeader.FindAllSubmatchIndex(data, -1) {
		id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		offsets[id], gens[id] = m[2], gen
		maxID = max(maxID, id)
		end := bytes.Index(data[m[1]:], []byte("endobj"))
		if end < 0 {
			end = min(len(data)-m[1], 4096)
		}
		if catalogType.Match(data[m[1] : m[1]+end]) {
			root = id
		}
	}
	if root < 0 || len(offsets) == 0 {
		return nil, false
	}
	var b bytes.Buffer
	b.Write(data)
	b.WriteString("\n")
	start := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n", maxID+1)
	for id := 0; id <= maxID; id++ {
		if off, ok := offsets[id]; ok {
			fmt.Fprintf(&b, "%010d %05d n\r\n", off, gens[id])
		} else {
			b.WriteString("0000000000 65535 f\r\n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d %d R >>\nstartxref\n%d\n%%%%EOF\n", maxID+1, root, gens[root], start)
	return b.Bytes(), true
}

// maxObjStmBytes bounds how much of one object stream is decoded to vet it.
const maxObjStmBytes = 64 << 20

// vetObjectStreams checks the file's compressed object streams for what
// makes the library's object-stream reader loop instead of failing: data
// that ends inside a hex string (its lexer then never returns, see
// endsInHexString), and an object count /N far beyond what the data can
// hold (it reads that many entries even past the end). Streams are found
// by their /Type in the raw file and inflated here; one that cannot be
// inflated (encrypted, or another filter) is only checked for its count.
func vetObjectStreams(data []byte) error {
	for _, loc := range objStmType.FindAllIndex(data, -1) {
		start := bytes.LastIndex(data[:loc[0]], []byte("<<"))
		rest := data[loc[1]:]
		i := bytes.Index(rest, []byte("stream"))
		if start < 0 || i < 0 {
			continue
		}
		n := int64(-1)
		if m := objStmCount.FindSubmatch(data[start : loc[1]+i]); m != nil {
			n, _ = strconv.ParseInt(string(m[1]), 10, 64)
		}
		body := bytes.TrimLeft(rest[i+len("stream"):], "\r\n")
		if end := bytes.Index(body, []byte("endstream")); end >= 0 {
			body = body[:end]
		}
		var dec []byte
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			dec, _ = io.ReadAll(io.LimitReader(zr, maxObjStmBytes))
		}
		// Each entry of the header takes at least four bytes ("1 0 ").
		if n > 1_000_000 || dec != nil && n > int64(len(dec)/4+1) {
			return fmt.Errorf("an object stream claims %d objects", n)
		}
		// The library follows /Extends chains without a bound, and they
		// are all but unused: a cycle would never end.
		if bytes.Contains(data[start:loc[1]+i], []byte("/Extends")) {
			return errors.New("an object stream extends another (not supported)")
		}
		if endsInHexString(dec) {
			return errors.New("an object stream ends inside a hex string")
		}
	}
	return nil
}
