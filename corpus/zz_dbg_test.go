package corpus

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	lines := strings.Split(string(b), "\n")
	p := newParser(splitInlineKeys(numberedPartHeadings(gatherRequestBlocks(lines))), detectRegime(string(b)))
	p.findQuestions()
	p.answersBeforeRequest()
	p.findKeyedAnswers()
	p.swapQuotedRequest()
	p.splitEmbeddedKeys()
	p.findDecisions()
	for _, d := range p.letterDecisions {
		fmt.Printf("LETTER %v %v %q\n", d.r.kind, d.r.exemptions, d.text)
	}
	for _, q := range p.questions {
		for _, d := range q.decisions {
			fmt.Printf("Q%v %v %v\n", q.key, d.r.kind, d.r.exemptions)
		}
	}
}
