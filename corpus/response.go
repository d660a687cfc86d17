package corpus

import (
	"encoding/json"
	"fmt"
)

// StanceKind is what a response did with one question. The values are the
// exact strings of the JSON contract.
type StanceKind string

// The seven stance kinds.
const (
	// Released: the information asked for was given (also signposted under
	// s21 or promised under s22: the authority does not dispute release).
	Released StanceKind = "released"
	// PartiallyReleased: some given, some withheld under an exemption.
	PartiallyReleased StanceKind = "partially_released"
	// Withheld: held, and withheld under one or more exemptions.
	Withheld StanceKind = "withheld"
	// NCND: neither confirmed nor denied that it is held.
	NCND StanceKind = "ncnd"
	// NotHeld: the authority said it does not hold the information.
	NotHeld StanceKind = "not_held"
	// Refused: refused as a whole without a content exemption (cost,
	// vexatious, repeated).
	Refused StanceKind = "refused"
	// Unknown: the response does not say, or the parser could not tell.
	Unknown StanceKind = "unknown"
)

// StanceKinds lists every kind, in the contract's order.
var StanceKinds = []StanceKind{Released, PartiallyReleased, Withheld, NCND, NotHeld, Refused, Unknown}

// Valid reports whether k is one of the seven contract kinds.
func (k StanceKind) Valid() bool {
	for _, v := range StanceKinds {
		if k == v {
			return true
		}
	}
	return false
}

// Stance is the position a response took on one question: its kind and the
// normalised exemptions applied (s31(1)(a), reg12(5)(e), foisa:s35(1)(a)).
// Exemptions is sorted and free of duplicates; it is empty, never null in
// JSON, when none was applied.
type Stance struct {
	Kind       StanceKind `json:"kind"`
	Exemptions []string   `json:"exemptions"`
}

// MarshalJSON writes Exemptions as [] rather than null when empty, as the
// contract requires.
func (s Stance) MarshalJSON() ([]byte, error) {
	type plain Stance
	p := plain(s)
	if p.Exemptions == nil {
		p.Exemptions = []string{}
	}
	if p.Kind == "" {
		p.Kind = Unknown
	}
	return json.Marshal(p)
}

// Question is one numbered item of a request with the answer given to it.
type Question struct {
	// ID is "P{part}.Q{number}".
	ID string `json:"id"`
	// Part is 1 for a request without parts.
	Part   int    `json:"part"`
	Number int    `json:"number"`
	Text   string `json:"text"`
	// Answer is the text of the answer given, empty where none was found.
	Answer string `json:"answer"`
	Stance Stance `json:"stance"`
	// Context is the heading or preamble of the question's part (for
	// example "contact centre service contracts"), empty when the request
	// has no parts. It keeps apart the same question asked in two parts.
	Context string `json:"context,omitempty"`
}

// QuestionID formats the contract's question identifier.
func QuestionID(part, number int) string {
	return fmt.Sprintf("P%d.Q%d", part, number)
}

// Response is one response letter, parsed. Fields the document does not
// show are empty, never invented.
type Response struct {
	Source    string     `json:"source"`
	SHA256    string     `json:"sha256"`
	Authority string     `json:"authority"`
	Reference string     `json:"reference"`
	Date      Date       `json:"date"`
	Received  Date       `json:"received"`
	Title     string     `json:"title"`
	Questions []Question `json:"questions"`
}

// MarshalJSON writes Questions as [] rather than null when there are none.
func (r Response) MarshalJSON() ([]byte, error) {
	type plain Response
	p := plain(r)
	if p.Questions == nil {
		p.Questions = []Question{}
	}
	return json.Marshal(p)
}
