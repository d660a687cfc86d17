package corpus

import (
	"regexp/syntax"
	"sync"
	"unicode/utf8"
)

// This file runs an expression's compiled program from one position of a
// text, to tell whether a match begins there. The regexp package can do
// that only for the whole of a text given to it, and before each run it
// clears a table in proportion to the text and the program, which cost
// more than the run itself at the places an rx tries: most fail within a
// few characters. Here the table is kept from run to run, each run's
// marks told apart by a number, and a run that goes further than
// matchWindow bytes from where it began is left undecided, for the
// regexp package to settle.

// matchWindow is how far past its start a run may read.
const matchWindow = 128

// maxVisits bounds the table of a run's marks, and so the program a run
// takes: a few expressions of thousands of instructions (long lists of
// names) are left to the regexp package rather than held a table each
// time a worker runs them.
const maxVisits = 1 << 18

// visits is the state of runs: for each instruction and each position in
// the window, the number of the last run that came there, and the stack
// of places still to try.
type visits struct {
	stamp []uint16
	run   uint16
	jobs  []visitJob
}

// visitJob is a place to try: an instruction and a position; or, with
// restore set, a submatch position (pc its index, pos its value) to put
// back.
type visitJob struct {
	pc      uint32
	pos     int
	restore bool
}

// visitsPool keeps the state for the next run: it is as large as the
// largest program times the window, and a worker runs one expression at
// a time.
var visitsPool = sync.Pool{New: func() any { return new(visits) }}

// program returns the expression's compiled program, compiled on first
// use as the regexp package compiles it; nil if that fails (it cannot:
// the expression compiled). setFollow compiled it once already, at start,
// and let it go: most expressions of a process never run, and holding
// every program from the start would raise every process's heap.
func (r *rx) program() *syntax.Prog {
	r.progOnce.Do(func() {
		tree, err := syntax.Parse(r.String(), syntax.Perl)
		if err != nil {
			return
		}
		prog, err := syntax.Compile(tree.Simplify())
		if err != nil {
			return
		}
		r.prog = prog
		r.ascii = make([][2]uint64, len(prog.Inst))
		for pc := range prog.Inst {
			b := acceptedBytes(&prog.Inst[pc])
			r.ascii[pc] = [2]uint64{b[0], b[1]}
		}
	})
	return r.prog
}

// matchFrom reports whether a match of the expression begins at s[i],
// the first byte of a character, with assertions judged against the
// whole of s. decided is false when the run read further than matchWindow
// past i, or there is no program: the answer is then unknown.
func (r *rx) matchFrom(s string, i int) (matched, decided bool) {
	return r.runFrom(s, i, nil)
}

// runFrom is matchFrom that, when caps is not nil, fills it with the
// positions of the match the expression prefers at i and of its
// submatches (-1 for those it leaves out), as the regexp package gives
// them. caps has room for them all.
//
// A run is the regexp package's backtracking search: it tries each path
// in turn, the preferred first, and marks each instruction and position
// it has tried, since a path that comes again to a place already tried,
// and failed from, fails again; and one that comes there later is the
// less preferred. The first match it reaches is the preferred one.
func (r *rx) runFrom(s string, i int, caps []int) (matched, decided bool) {
	prog := r.program()
	if prog == nil || len(prog.Inst)*(matchWindow+1) > maxVisits {
		return false, false
	}
	v := visitsPool.Get().(*visits)
	defer visitsPool.Put(v)
	if need := len(prog.Inst) * (matchWindow + 1); len(v.stamp) < need {
		v.stamp, v.run = make([]uint16, need), 0
	}
	v.run++
	if v.run == 0 {
		clear(v.stamp)
		v.run = 1
	}
	for k := range caps {
		caps[k] = -1
	}
	v.jobs = append(v.jobs[:0], visitJob{pc: uint32(prog.Start), pos: i})
	for len(v.jobs) > 0 {
		job := v.jobs[len(v.jobs)-1]
		v.jobs = v.jobs[:len(v.jobs)-1]
		if job.restore {
			// Back from the path that set a submatch position.
			caps[job.pc] = job.pos
			continue
		}
		pc, pos := job.pc, job.pos
	path:
		for {
			off := pos - i
			if off > matchWindow {
				return false, false
			}
			k := off*len(prog.Inst) + int(pc)
			if v.stamp[k] == v.run {
				break
			}
			v.stamp[k] = v.run
			inst := &prog.Inst[pc]
			switch inst.Op {
			case syntax.InstMatch:
				if caps != nil {
					caps[0], caps[1] = i, pos
				}
				return true, true
			case syntax.InstAlt, syntax.InstAltMatch:
				v.jobs = append(v.jobs, visitJob{pc: inst.Arg, pos: pos})
				pc = inst.Out
			case syntax.InstCapture:
				if n := int(inst.Arg); n < len(caps) {
					v.jobs = append(v.jobs, visitJob{pc: uint32(n), pos: caps[n], restore: true})
					caps[n] = pos
				}
				pc = inst.Out
			case syntax.InstNop:
				pc = inst.Out
			case syntax.InstEmptyWidth:
				if syntax.EmptyOp(inst.Arg)&^emptyContext(s, pos) != 0 {
					break path
				}
				pc = inst.Out
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				if pos < len(s) && s[pos] < utf8.RuneSelf {
					if c := s[pos]; r.ascii[pc][c>>6]&(1<<(c&63)) == 0 {
						break path
					}
					pos++
					pc = inst.Out
					continue
				}
				c, w := runeAt(s, pos)
				if !consumes(inst, c) {
					break path
				}
				pos += w
				pc = inst.Out
			default: // InstFail
				break path
			}
		}
	}
	return false, true
}

// runeAt returns the character at s[pos] as the regexp package reads it
// (an invalid byte is U+FFFD, one byte wide), or -1 at the end of s.
func runeAt(s string, pos int) (rune, int) {
	if pos >= len(s) {
		return -1, 0
	}
	if c := s[pos]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[pos:])
}

// emptyContext returns the assertions that hold at s[pos].
func emptyContext(s string, pos int) syntax.EmptyOp {
	before, after := rune(-1), rune(-1)
	if pos > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:pos])
	}
	if pos < len(s) {
		after, _ = utf8.DecodeRuneInString(s[pos:])
	}
	return syntax.EmptyOpContext(before, after)
}

// consumes reports whether the instruction takes c (-1: the end of the
// text, which none takes).
func consumes(inst *syntax.Inst, c rune) bool {
	switch inst.Op {
	case syntax.InstRune1:
		return c == inst.Rune[0]
	case syntax.InstRuneAny:
		return c != -1
	case syntax.InstRuneAnyNotNL:
		return c != -1 && c != '\n'
	}
	return c != -1 && inst.MatchRune(c)
}
