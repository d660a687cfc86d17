package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"unicode/utf8"
)

// request is what the parent sends a worker, one JSON document per line;
// the worker answers each with a frame (see frameReady).
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

// Serve is a worker's main loop: it says it is ready, then reads requests
// from in, one per line, reads each file with r, and writes one reply
// frame per request to out (see frameReady), until in ends. A worker
// started by Pool runs this and nothing else.
func Serve(ctx context.Context, in io.Reader, out io.Writer, r Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	w := bufio.NewWriter(out)
	var payload []byte
	send := func(kind byte, payload []byte) error {
		writeFrame(w, kind, payload)
		return w.Flush()
	}
	if err := send(frameReady, []byte(readyMagic)); err != nil {
		return err
	}
	for sc.Scan() {
		var req request
		var err error
		if err = json.Unmarshal(sc.Bytes(), &req); err != nil {
			err = send(frameError, appendError(payload[:0], "", "bad request: "+err.Error()))
		} else if l, rerr := r.Read(ctx, req.path()); rerr != nil {
			err = send(frameError, appendError(payload[:0], codeOf(rerr), rerr.Error()))
		} else {
			payload = appendLetter(payload[:0], &l)
			err = send(frameLetter, payload)
		}
		if err != nil {
			return err
		}
		if cap(payload) > maxKeptPayload {
			payload = nil
		}
	}
	return sc.Err()
}

// maxKeptPayload bounds the room kept for the next reply.
const maxKeptPayload = 1 << 20
