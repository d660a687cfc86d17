package report

import (
	"fmt"
	"io"
	"strings"
)

// IngestSummary is what an ingest run did, as the contract's JSON shows it
// (ingested, skipped, failed, responses) with details beside.
type IngestSummary struct {
	// Index is the index directory written.
	Index string `json:"index"`
	// Ingested counts files read and added by the run.
	Ingested int `json:"ingested"`
	// Skipped counts files unchanged since an earlier run, duplicates of
	// content already indexed, and files that are not letters.
	Skipped int `json:"skipped"`
	// Failed lists files that could not be ingested.
	Failed []FailedFile `json:"failed"`
	// Responses is how many responses the index holds after the run.
	Responses int `json:"responses"`

	Questions   int  `json:"questions"`
	Unchanged   int  `json:"unchanged"`
	Duplicates  int  `json:"duplicates"`
	NotLetters  int  `json:"not_letters"`
	Replaced    int  `json:"replaced"`
	Removed     int  `json:"removed"`
	Interrupted bool `json:"interrupted"`
	// NoAuthority lists the files ingested whose letter names no
	// authority foicheck could find; check compares them with a draft
	// only under --all-authorities.
	NoAuthority []string `json:"no_authority,omitempty"`
}

// maxListed is how many letters without an authority the text lists.
const maxListed = 10

// FailedFile is one file ingest could not read: what happened, and what
// to do about it.
type FailedFile struct {
	Path  string `json:"path"`
	Error string `json:"error"`
	Hint  string `json:"hint,omitempty"`
}

// WriteIngest writes s as Text (a sentence of counts, then each failure
// with its hint) or JSON; any other format is ErrUnsupportedFormat.
func (c Config) WriteIngest(w io.Writer, s IngestSummary, f Format) error {
	if s.Failed == nil {
		s.Failed = []FailedFile{}
	}
	switch f {
	case JSON:
		return writeJSON(w, s)
	case Text:
		_, err := io.WriteString(w, c.ingestText(s))
		return err
	}
	return fmt.Errorf("ingest summary as %q: %w", f, ErrUnsupportedFormat)
}

func (c Config) ingestText(s IngestSummary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", c.paint(sgrBold, "Ingested"), plural(s.Ingested, "file"))
	if s.Ingested > 0 {
		fmt.Fprintf(&b, " (%s)", plural(s.Questions, "question"))
	}
	var why []string
	for _, p := range []struct {
		n    int
		what string
	}{{s.Unchanged, "unchanged"}, {s.Duplicates, "already indexed under another name"}, {s.NotLetters, "not letters"}} {
		if p.n > 0 {
			why = append(why, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	fmt.Fprintf(&b, ", skipped %d", s.Skipped)
	if len(why) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(why, ", "))
	}
	failed := fmt.Sprintf("%d failed", len(s.Failed))
	if len(s.Failed) > 0 {
		failed = c.paint(sgrRed, failed)
	}
	fmt.Fprintf(&b, ", %s.\n", failed)
	if s.Replaced > 0 || s.Removed > 0 {
		fmt.Fprintf(&b, "%s replaced an earlier version of the same file; %s no longer held by any file removed.\n",
			plural(s.Replaced, "file"), plural(s.Removed, "earlier version"))
	}
	fmt.Fprintf(&b, "The index %s now holds %s.\n", s.Index, plural(s.Responses, "response"))
	if s.Interrupted {
		b.WriteString(c.paint(sgrYellow, "Interrupted: what was read is saved; run the same command again to finish.") + "\n")
	}
	if n := len(s.NoAuthority); n > 0 {
		verb, obj := "name", "them"
		if n == 1 {
			verb, obj = "names", "it"
		}
		fmt.Fprintf(&b, "\n%s %s no authority that foicheck could find; check compares a draft with %s only under --all-authorities:\n",
			plural(n, "letter"), verb, obj)
		for i, path := range s.NoAuthority {
			if i == maxListed {
				fmt.Fprintf(&b, "  and %d more (--format json lists them all)\n", n-maxListed)
				break
			}
			fmt.Fprintf(&b, "  %s\n", path)
		}
	}
	if len(s.Failed) > 0 {
		b.WriteString("\n" + c.paint(sgrBold, "Could not ingest:") + "\n")
		for _, f := range s.Failed {
			fmt.Fprintf(&b, "  %s\n", oneLine(f.Error))
			if f.Hint != "" {
				fmt.Fprintf(&b, "    %s %s\n", c.paint(sgrDim, "->"), oneLine(f.Hint))
			}
		}
	}
	return b.String()
}

// plural writes "1 file" or "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
