// Command benchcorpus writes generated Freedom of Information response
// letters for benchmarking foicheck: letter-NNNNN.fodt (Flat ODT, for
// LibreOffice to turn into multi-page PDFs) or letter-NNNNN.txt.
//
// Each letter is drawn from a fictional UK public authority (police
// forces, councils, NHS trusts) with 6 to 25 numbered questions, sometimes
// in two parts whose numbering restarts, laid out as interleaved
// question and response, as a quoted request followed by a decision
// paragraph and the answers, or as a two-column table. Stances are mixed:
// released, not held, withheld (s31, s40(2), s43(2)), neither confirm nor
// deny (s23(5), s24(2)) and refused on cost (s12). Topics go round robin.
//
// Letter i depends only on the seed and i, so a corpus can be made in
// pieces (-from, -n) and is the same every time.
//
// Usage: benchcorpus -out DIR [-n N] [-from I] [-format fodt|txt] [-seed S]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "", "directory to write the letters to (required)")
	n := flag.Int("n", 1000, "number of letters")
	from := flag.Int("from", 0, "index of the first letter")
	format := flag.String("format", "fodt", "fodt or txt")
	seed := flag.Uint64("seed", 20181, "corpus seed")
	manifest := flag.String("manifest", "", "also write what each letter holds to this file, one letter a line:\nname, layout, then part.number:stance[:exemptions] for each question")
	flag.Parse()
	if *out == "" || *n < 0 || *from < 0 || (*format != "fodt" && *format != "txt") {
		flag.Usage()
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	var man *bufio.Writer
	if *manifest != "" {
		f, err := os.Create(*manifest)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchcorpus:", err)
			os.Exit(1)
		}
		defer f.Close()
		man = bufio.NewWriter(f)
		defer man.Flush()
	}
	for i := *from; i < *from+*n; i++ {
		var l letter
		// A letter longer than about 215 lines of text runs to a fifth
		// page in LibreOffice at 11pt (240 at 10pt); compact it until
		// it fits.
		for c := 0; c <= 4; c++ {
			l = build(i, rand.New(rand.NewPCG(*seed, uint64(i))), c)
			if textLines(l) <= 215 || (c == 3 && textLines(l) <= 240) {
				break
			}
		}
		path := filepath.Join(*out, fmt.Sprintf("letter-%05d.%s", i, *format))
		if err := write(path, l, *format); err != nil {
			fmt.Fprintln(os.Stderr, "benchcorpus:", err)
			os.Exit(1)
		}
		if man != nil {
			fmt.Fprintf(man, "letter-%05d\t%s", i, l.layout)
			for _, q := range l.questions {
				fmt.Fprintf(man, "\t%d.%d:%s", q.part, q.num, q.st.kind)
				if len(q.st.ex) > 0 {
					fmt.Fprintf(man, ":%s", strings.Join(q.st.ex, ","))
				}
			}
			fmt.Fprintln(man)
		}
	}
}

// textLines is the length of l as plain text, a fair measure of how many
// pages LibreOffice will make of it.
func textLines(l letter) int {
	var b bytes.Buffer
	writeText(&b, l)
	return bytes.Count(b.Bytes(), []byte("\n"))
}

func write(path string, l letter, format string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if format == "fodt" {
		writeFODT(w, l)
	} else {
		writeText(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
