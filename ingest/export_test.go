package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Reply is a worker's reply frame, decoded for the tests outside the
// package.
type Reply struct {
	Ready  bool
	Letter *Letter
	Error  string
	Code   string
}

// DecodeReplies decodes what Serve wrote.
func DecodeReplies(b []byte) ([]Reply, error) {
	var out []Reply
	r := bufio.NewReader(bytes.NewReader(b))
	for {
		f, err := readFrame(r)
		if errors.Is(err, io.EOF) && f.kind == 0 {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch f.kind {
		case frameReady:
			if string(f.payload) != readyMagic {
				return out, fmt.Errorf("ready frame says %q", f.payload)
			}
			out = append(out, Reply{Ready: true})
		case frameLetter:
			l, err := readLetter(f.payload)
			if err != nil {
				return out, err
			}
			out = append(out, Reply{Letter: &l})
		case frameError:
			code, msg, err := readError(f.payload)
			if err != nil {
				return out, err
			}
			out = append(out, Reply{Error: msg, Code: code})
		}
	}
}
