package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"unicode/utf8"
)

// request and reply are the lines a parent and a worker exchange, one JSON
// document per line.
type request struct {
	Path string `json:"path,omitempty"`
	// RawPath carries a path that is not valid UTF-8, as file names from
	// old archives can be: JSON would replace its odd bytes, and the
	// worker would look for another file.
	RawPath []byte `json:"raw_path,omitempty"`
}

func newRequest(path string) request {
	if utf8.ValidString(path) {
		return request{Path: path}
	}
	return request{RawPath: []byte(path)}
}

func (r request) path() string {
	if r.RawPath != nil {
		return string(r.RawPath)
	}
	return r.Path
}

type reply struct {
	// Ready is the worker's first line, before any request.
	Ready  bool    `json:"ready,omitempty"`
	Letter *Letter `json:"letter,omitempty"`
	Error  string  `json:"error,omitempty"`
	Code   string  `json:"code,omitempty"`
}

// Serve is a worker's main loop: it says it is ready, then reads requests
// from in, one per line, reads each file with r, and writes one reply line
// per request to out, until in ends. A worker started by Pool runs this
// and nothing else.
func Serve(ctx context.Context, in io.Reader, out io.Writer, r Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	if err := enc.Encode(reply{Ready: true}); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	for sc.Scan() {
		var req request
		var rep reply
		if err := json.Unmarshal(sc.Bytes(), &req); err != nil {
			rep.Error = "bad request: " + err.Error()
		} else if l, err := r.Read(ctx, req.path()); err != nil {
			rep.Error, rep.Code = err.Error(), codeOf(err)
		} else {
			rep.Letter = &l
		}
		if err := enc.Encode(rep); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return sc.Err()
}
