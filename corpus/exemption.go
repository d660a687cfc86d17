package corpus

// Regime is the access regime a letter answers under.
type Regime int

// The three regimes.
const (
	FOIA  Regime = iota // Freedom of Information Act 2000 (England, Wales, NI)
	EIR                 // Environmental Information Regulations 2004 (or EIR (Scotland) 2004)
	FOISA               // Freedom of Information (Scotland) Act 2002
)

// citation is one citation of a provision found in text.
type citation struct {
	Start, End int      // byte offsets of the citation in the searched text
	Regime     Regime   // the regime the citation belongs to
	Section    string   // normalised section without subsections: "s31", "reg12", "foisa:s35"
	Exemptions []string // normalised exemptions it names: "s31(1)(a)", "s31(1)(b)"
}

// findCitations returns the citations in s, in order. regime is the
// letter's regime, used where a citation does not say (a bare "section 35"
// in a Scottish letter is FOISA). STUB.
func findCitations(s string, regime Regime) []citation { return nil }

// detectRegime tells which regime a letter answers under from its text. STUB.
func detectRegime(text string) Regime { return FOIA }

// NormalizeExemption normalises one exemption as written ("s.40(2)",
// "Section 43 (2)", "reg 12(5)(e)", "foisa:s35(1)(a)"), returning false when
// s is not a recognisable citation. STUB.
func NormalizeExemption(s string) (string, bool) { return "", false }

// EquivalenceClass maps a normalised exemption to a regime-neutral key so
// that FOIA, EIR and FOISA equivalents compare equal. STUB.
func EquivalenceClass(ex string) string { return ex }
