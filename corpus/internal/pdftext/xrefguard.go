package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"regexp"
	"strconv"
)

var (
	xrefStreamType = regexp.MustCompile(`/Type\s*/XRef\b`)
	xrefW          = regexp.MustCompile(`/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]`)
	xrefIndex      = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)
	xrefSize       = regexp.MustCompile(`/Size\s+(\d+)`)
	xrefColumns    = regexp.MustCompile(`/Columns\s+(\d+)`)
	xrefPredictor  = regexp.MustCompile(`/Predictor\s+(\d+)`)
)

// maxXrefEntries bounds the entries read from one cross-reference stream.
const maxXrefEntries = 1 << 22

// vetXrefStreams checks the file's cross-reference streams for an object
// stream that is said to lie inside an object stream (itself, or another):
// the library then resolves the containing stream recursively without
// end, which overflows the stack and kills the process, past any recover.
// Streams it cannot decode are left alone.
func vetXrefStreams(data []byte) error {
	inStream := compressedObjects(data)
	for id, strm := range inStream {
		if _, nested := inStream[strm]; nested || strm == id {
			return errors.New("an object stream is said to lie inside an object stream")
		}
	}
	return nil
}

// compressedObjects maps each object that the file's cross-reference
// streams place in an object stream to that stream's object number.
func compressedObjects(data []byte) map[int]int {
	inStream := make(map[int]int)
	for _, loc := range xrefStreamType.FindAllIndex(data, -1) {
		start := bytes.LastIndex(data[:loc[0]], []byte("<<"))
		rest := data[loc[1]:]
		i := bytes.Index(rest, []byte("stream"))
		if start < 0 || i < 0 {
			continue
		}
		dict := data[start : loc[1]+i]
		body := bytes.TrimLeft(rest[i+len("stream"):], "\r\n")
		if end := bytes.Index(body, []byte("endstream")); end >= 0 {
			body = body[:end]
		}
		readXrefEntries(dict, body, inStream)
	}
	return inStream
}

// readXrefEntries adds the compressed-object entries (type 2) of one
// cross-reference stream to inStream.
func readXrefEntries(dict, body []byte, inStream map[int]int) {
	wm := xrefW.FindSubmatch(dict)
	if wm == nil {
		return
	}
	var w [3]int
	for k := range w {
		w[k], _ = strconv.Atoi(string(wm[k+1]))
		if w[k] > 8 {
			return
		}
	}
	row := w[0] + w[1] + w[2]
	if row == 0 {
		return
	}
	zr, err := zlib.NewReader(bytes.NewReader(body))
	if err != nil {
		return
	}
	raw, _ := io.ReadAll(io.LimitReader(zr, int64(row+1)*maxXrefEntries))
	if p := xrefPredictor.FindSubmatch(dict); p != nil && string(p[1]) != "1" {
		cols := row
		if c := xrefColumns.FindSubmatch(dict); c != nil {
			cols, _ = strconv.Atoi(string(c[1]))
		}
		if cols != row {
			return
		}
		if raw = undoPNGUp(raw, cols); raw == nil {
			return
		}
	}
	for n, id := range xrefIDs(dict, len(raw)/row) {
		e := raw[n*row : (n+1)*row]
		typ := 1
		if w[0] > 0 {
			typ = int(beInt(e[:w[0]]))
		}
		if typ == 2 {
			inStream[id] = int(beInt(e[w[0] : w[0]+w[1]]))
		}
	}
}

// xrefIDs lists the object numbers of a cross-reference stream's entries,
// from /Index (default: 0 to /Size), at most n of them.
func xrefIDs(dict []byte, n int) []int {
	var ranges []int
	if m := xrefIndex.FindSubmatch(dict); m != nil {
		for _, f := range bytes.Fields(m[1]) {
			v, _ := strconv.Atoi(string(f))
			ranges = append(ranges, v)
		}
	} else if m := xrefSize.FindSubmatch(dict); m != nil {
		size, _ := strconv.Atoi(string(m[1]))
		ranges = []int{0, size}
	}
	var ids []int
	for i := 0; i+1 < len(ranges) && len(ids) < n; i += 2 {
		for k := 0; k < ranges[i+1] && len(ids) < n; k++ {
			ids = append(ids, ranges[i]+k)
		}
	}
	return ids
}

// undoPNGUp reverses the PNG predictors None and Up on rows of cols bytes,
// each preceded by its filter byte; other predictors give nil.
func undoPNGUp(raw []byte, cols int) []byte {
	var out []byte
	prev := make([]byte, cols)
	for len(raw) >= cols+1 {
		filter, line := raw[0], raw[1:cols+1]
		raw = raw[cols+1:]
		cur := make([]byte, cols)
		switch filter {
		case 0:
			copy(cur, line)
		case 2:
			for k := range cur {
				cur[k] = line[k] + prev[k]
			}
		default:
			return nil
		}
		out = append(out, cur...)
		prev = cur
	}
	return out
}

func beInt(b []byte) int64 {
	var x int64
	for _, c := range b {
		x = x<<8 | int64(c)
	}
	return x
}
