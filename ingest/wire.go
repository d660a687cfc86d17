package ingest

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

// A worker's replies are frames: a kind byte, the length of the payload
// as a uvarint, and the payload. A letter travels in a binary form of its
// own (appendLetter): encoding it as JSON in the worker and decoding it in
// the parent was a twentieth of an ingest's time, and the parent's
// decoding ran on the core that also indexes. Requests are small and stay
// JSON lines.
//
// The kinds are control bytes, which text never begins with: a program
// started as a worker that is not one (another version, a wrapper that
// fails) prints a message, and its first byte shows at once that it is
// no frame, rather than being read as the start of one that never ends.
const (
	frameReady  = 0x01 // payload: readyMagic
	frameLetter = 0x02 // payload: a letter (appendLetter)
	frameError  = 0x03 // payload: the error's code and message (appendError)
	// frameJunk is made by the parent's reader, never sent: output that
	// is not a frame, kept to show what the process wrote instead.
	frameJunk = '?'
)

// readyMagic is the ready frame's payload: a program that prints
// something else is not a worker of this version.
const readyMagic = "foicheck worker 1"

// maxFrame bounds a frame's payload, as the longest reply line was
// bounded before: a letter of a few hundred pages is a few megabytes.
const maxFrame = 256 << 20

// writeFrame writes a frame of kind with payload to w (a bufio.Writer
// the caller flushes), its head then the payload, uncopied.
func writeFrame(w *bufio.Writer, kind byte, payload []byte) error {
	var head [1 + binary.MaxVarintLen64]byte
	head[0] = kind
	n := binary.PutUvarint(head[1:], uint64(len(payload)))
	w.Write(head[:1+n])
	_, err := w.Write(payload)
	return err
}

// frame is one frame as the parent's reader passes it on.
type frame struct {
	kind    byte
	payload []byte
}

// raw is the frame as the worker wrote it (for a frameJunk frame, what
// was read of it), for a message about a reply that makes no sense.
func (f frame) raw() []byte {
	if f.kind == frameJunk {
		return f.payload
	}
	return append([]byte{f.kind}, f.payload...)
}

// readFrame reads one frame. At the end of r it returns io.EOF; on output
// that is not a frame (a program that is not a worker, or a worker cut
// off mid-frame) it returns a frameJunk frame holding what it read of it,
// up to a few hundred bytes, and an error.
func readFrame(r *bufio.Reader) (frame, error) {
	kind, err := r.ReadByte()
	if err != nil {
		return frame{}, err
	}
	junk := func(read []byte, err error) (frame, error) {
		rest, _ := r.Peek(min(r.Buffered(), 200))
		return frame{kind: frameJunk, payload: append(append([]byte{kind}, read...), rest...)}, err
	}
	switch kind {
	case frameReady, frameLetter, frameError:
	default:
		return junk(nil, errors.New("not a frame"))
	}
	var lenBytes []byte
	n, err := binary.ReadUvarint(byteRecorder{r, &lenBytes})
	if err != nil {
		return junk(lenBytes, fmt.Errorf("frame length: %w", err))
	}
	if n > maxFrame {
		return junk(lenBytes, fmt.Errorf("frame of %d bytes is too long", n))
	}
	payload := make([]byte, n)
	if got, err := io.ReadFull(r, payload); err != nil {
		return junk(append(lenBytes, payload[:got]...), fmt.Errorf("frame cut short: %w", err))
	}
	return frame{kind: kind, payload: payload}, nil
}

// byteRecorder reads bytes and keeps them, for the message about a frame
// that is not one.
type byteRecorder struct {
	r    io.ByteReader
	read *[]byte
}

func (b byteRecorder) ReadByte() (byte, error) {
	c, err := b.r.ReadByte()
	if err == nil {
		*b.read = append(*b.read, c)
	}
	return c, err
}

// appendError is an error frame's payload: the code, then the message.
func appendError(b []byte, code, msg string) []byte {
	b = appendString(b, code)
	return appendString(b, msg)
}

func readError(payload []byte) (code, msg string, err error) {
	d := decoder{b: payload}
	code, msg = d.string(), d.string()
	return code, msg, d.done()
}

// appendLetter appends l's binary form: every field of the response, its
// questions and the meta in a fixed order, strings and lists with their
// lengths first. A list is written with its length plus one, and 0 for a
// nil list, so that an empty list and none come back as they went.
// TestLetterWire fills every field of a Letter and checks that it comes
// back whole: a field added to these types must be added here too.
func appendLetter(b []byte, l *Letter) []byte {
	r := &l.Response
	b = appendString(b, r.Source)
	b = appendString(b, r.SHA256)
	b = appendString(b, r.Authority)
	b = appendString(b, r.Reference)
	b = appendDate(b, r.Date)
	b = appendDate(b, r.Received)
	b = appendString(b, r.Title)
	b = appendLen(b, len(r.Questions), r.Questions == nil)
	for i := range r.Questions {
		q := &r.Questions[i]
		b = appendString(b, q.ID)
		b = binary.AppendVarint(b, int64(q.Part))
		b = binary.AppendVarint(b, int64(q.Number))
		b = appendString(b, q.Text)
		b = appendString(b, q.Answer)
		b = appendString(b, string(q.Stance.Kind))
		b = appendLen(b, len(q.Stance.Exemptions), q.Stance.Exemptions == nil)
		for _, e := range q.Stance.Exemptions {
			b = appendString(b, e)
		}
		b = appendString(b, q.Context)
	}
	b = appendString(b, string(l.Meta.Format))
	b = binary.AppendVarint(b, int64(l.Meta.Pages))
	t, err := l.Meta.Ingested.MarshalBinary()
	if err != nil {
		// Only a time zone offset that is not a whole minute fails; the
		// instant is what matters.
		t, _ = l.Meta.Ingested.UTC().MarshalBinary()
	}
	return appendString(b, string(t))
}

// readLetter decodes a letter that appendLetter wrote.
func readLetter(payload []byte) (Letter, error) {
	var l Letter
	d := decoder{b: payload}
	r := &l.Response
	r.Source = d.string()
	r.SHA256 = d.string()
	r.Authority = d.string()
	r.Reference = d.string()
	r.Date = d.date()
	r.Received = d.date()
	r.Title = d.string()
	// A question takes at least 8 bytes: the bound keeps a damaged count
	// from asking for more memory than the payload could describe.
	if n, ok := d.len(8); ok {
		r.Questions = make([]corpus.Question, n)
	}
	for i := range r.Questions {
		q := &r.Questions[i]
		q.ID = d.string()
		q.Part = d.int()
		q.Number = d.int()
		q.Text = d.string()
		q.Answer = d.string()
		q.Stance.Kind = corpus.StanceKind(d.string())
		if n, ok := d.len(1); ok {
			q.Stance.Exemptions = make([]string, n)
		}
		for j := range q.Stance.Exemptions {
			q.Stance.Exemptions[j] = d.string()
		}
		q.Context = d.string()
	}
	l.Meta.Format = corpus.Format(d.string())
	l.Meta.Pages = d.int()
	if t := d.string(); d.err == nil {
		if err := l.Meta.Ingested.UnmarshalBinary([]byte(t)); err != nil {
			d.fail(fmt.Errorf("time of ingest: %v", err))
		}
	}
	if err := d.done(); err != nil {
		return Letter{}, err
	}
	return l, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendLen(b []byte, n int, isNil bool) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

func appendDate(b []byte, d corpus.Date) []byte {
	b = binary.AppendVarint(b, int64(d.Year))
	b = binary.AppendVarint(b, int64(d.Month))
	return binary.AppendVarint(b, int64(d.Day))
}

// decoder reads what the append functions wrote. After the first error
// every read gives a zero value, and done reports the error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errors.New("bad or missing number"))
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 || v != int64(int(v)) {
		d.fail(errors.New("bad or missing number"))
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail(fmt.Errorf("a string of %d bytes where %d are left", n, len(d.b)))
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// len reads a list's length written by appendLen; ok is false for a nil
// list. Each element takes at least least bytes.
func (d *decoder) len(least int) (n int, ok bool) {
	v := d.uvarint()
	if v == 0 {
		return 0, false
	}
	if v-1 > uint64(len(d.b)/least) {
		d.fail(fmt.Errorf("a list of %d where %d bytes are left", v-1, len(d.b)))
		return 0, false
	}
	return int(v - 1), true
}

func (d *decoder) date() corpus.Date {
	y, m, day := d.int(), d.int(), d.int()
	return corpus.NewDate(y, time.Month(m), day)
}

func (d *decoder) done() error {
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%d bytes left over", len(d.b))
	}
	return nil
}
