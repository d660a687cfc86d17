package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
)

// request and reply are the lines a parent and a worker exchange, one JSON
// document per line.
type request struct {
	Path string `json:"path"`
}

type reply struct {
	Letter *Letter `json:"letter,omitempty"`
	Error  string  `json:"error,omitempty"`
	Code   string  `json:"code,omitempty"`
}

// Serve is a worker's main loop: it reads requests from in, one per line,
// reads each file with r, and writes one reply line per request to out,
// until in ends. A worker started by Pool runs this and nothing else.
func Serve(ctx context.Context, in io.Reader, out io.Writer, r Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	for sc.Scan() {
		var req request
		var rep reply
		if err := json.Unmarshal(sc.Bytes(), &req); err != nil {
			rep.Error = "bad request: " + err.Error()
		} else if l, err := r.Read(ctx, req.Path); err != nil {
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
