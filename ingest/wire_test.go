package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

// fill sets every field reachable from v to a value of its own (lists of
// two), so that a field the wire form leaves out shows.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", *n))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*n))
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := 0; i < 2; i++ {
			fill(v.Index(i), n)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2024, 5, 2, 10, 30, *n, 0, time.UTC)))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				panic(fmt.Sprintf("%v has an unexported field: the wire form cannot carry it", v.Type()))
			}
			fill(v.Field(i), n)
		}
	default:
		panic(fmt.Sprintf("fill does not know %v: teach it, and the wire form", v.Type()))
	}
}

// TestLetterWire checks that every field of a Letter comes back as it
// went, empty and missing lists apart.
func TestLetterWire(t *testing.T) {
	var full Letter
	n := 0
	fill(reflect.ValueOf(&full).Elem(), &n)
	empty := Letter{Response: corpus.Response{Questions: []corpus.Question{{Stance: corpus.Stance{Exemptions: []string{}}}, {}}}}
	zoned := Letter{Meta: full.Meta}
	zoned.Meta.Ingested = time.Date(2024, 5, 2, 10, 30, 0, 0, time.FixedZone("BST", 3600))
	odd := Letter{Response: corpus.Response{Source: "/a/\xff\xfeb.pdf", Title: strings.Repeat("é", 300), Date: corpus.NewDate(-1, 13, 99)}}
	for _, l := range []Letter{full, {}, empty, odd} {
		got, err := readLetter(appendLetter(nil, &l))
		if err != nil {
			t.Fatalf("%+v: %v", l, err)
		}
		if !reflect.DeepEqual(got, l) {
			t.Errorf("sent %+v\ngot  %+v", l, got)
		}
	}
	got, err := readLetter(appendLetter(nil, &zoned))
	if err != nil || !got.Meta.Ingested.Equal(zoned.Meta.Ingested) {
		t.Errorf("time of ingest %v, %v; want %v", got.Meta.Ingested, err, zoned.Meta.Ingested)
	}
}

// TestReadLetterDamaged: a payload cut short, with bytes left over, or
// with a count beyond its length is an error, never a panic or a huge
// allocation.
func TestReadLetterDamaged(t *testing.T) {
	var l Letter
	n := 0
	fill(reflect.ValueOf(&l).Elem(), &n)
	b := appendLetter(nil, &l)
	for i := 0; i < len(b); i++ {
		if _, err := readLetter(b[:i]); err == nil {
			t.Fatalf("a payload cut at %d of %d bytes decoded", i, len(b))
		}
	}
	if _, err := readLetter(append(b, 0)); err == nil {
		t.Error("a payload with a byte left over decoded")
	}
	// Four empty strings, two dates of zeros, an empty title (eleven
	// zero bytes), then a question count near 2^62.
	huge := append(make([]byte, 11), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x3f)
	if _, err := readLetter(huge); err == nil || !strings.Contains(err.Error(), "list") {
		t.Errorf("a question count beyond the payload: %v, want an error about the list", err)
	}
}

func TestReadFrame(t *testing.T) {
	var stream bytes.Buffer
	bw := bufio.NewWriter(&stream)
	writeFrame(bw, frameReady, []byte(readyMagic))
	writeFrame(bw, frameError, appendError(nil, "empty", "a.txt: empty file"))
	writeFrame(bw, frameLetter, nil)
	bw.Flush()
	r := bufio.NewReader(&stream)
	for _, want := range []frame{{frameReady, []byte(readyMagic)}, {frameError, appendError(nil, "empty", "a.txt: empty file")}, {frameLetter, []byte{}}} {
		f, err := readFrame(r)
		if err != nil || f.kind != want.kind || !bytes.Equal(f.payload, want.payload) {
			t.Fatalf("frame %+v, %v; want %+v", f, err, want)
		}
	}
	if f, err := readFrame(r); !errors.Is(err, io.EOF) || f.kind != 0 {
		t.Errorf("at the end: %+v, %v; want io.EOF", f, err)
	}

	for _, tt := range []struct {
		name, out, raw string
	}{
		{"text", "usage: foicheck [command]\n", "usage: foicheck [command]\n"},
		{"cut short", "\x02\x0aabc", "\x02\x0aabc"},
		{"no length", "\x02", "\x02"},
		{"too long", "\x02\xff\xff\xff\xff\x0f", "\x02\xff\xff\xff\xff\x0f"},
	} {
		f, err := readFrame(bufio.NewReader(strings.NewReader(tt.out)))
		if err == nil || f.kind != frameJunk || string(f.raw()) != tt.raw {
			t.Errorf("%s: %+v (raw %q), %v; want junk showing %q and an error", tt.name, f, f.raw(), err, tt.raw)
		}
	}
}

// FuzzReadLetter: any payload decodes or fails without a panic, and what
// decodes goes back and forth unchanged.
func FuzzReadLetter(f *testing.F) {
	var l Letter
	n := 0
	fill(reflect.ValueOf(&l).Elem(), &n)
	f.Add(appendLetter(nil, &l))
	f.Add(appendLetter(nil, &Letter{}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := readLetter(b)
		if err != nil {
			return
		}
		again, err := readLetter(appendLetter(nil, &l))
		if err != nil {
			t.Fatalf("decoded %+v; once more: %v", l, err)
		}
		// A time in a zone comes back in an equal zone, not the same
		// *time.Location.
		_, off1 := l.Meta.Ingested.Zone()
		_, off2 := again.Meta.Ingested.Zone()
		if !again.Meta.Ingested.Equal(l.Meta.Ingested) || off1 != off2 {
			t.Fatalf("time of ingest %v, once more %v", l.Meta.Ingested, again.Meta.Ingested)
		}
		l.Meta.Ingested, again.Meta.Ingested = time.Time{}, time.Time{}
		if !reflect.DeepEqual(again, l) {
			t.Fatalf("decoded %+v; once more %+v", l, again)
		}
	})
}
