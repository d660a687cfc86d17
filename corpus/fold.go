package corpus

import (
	"slices"
	"strings"
	"unicode"
)

// Fold returns the form in which authorities (and references) are
// compared: lower case, letters and digits only, words separated by one
// space. The contract compares authorities case- and
// punctuation-insensitively, and officers type "FOI 1045/24" for
// "FOI-1045-24".
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// AuthorityKey returns the form in which two authorities' names are taken
// to be one body: Fold's, without "the" and "and", without a leading
// "NHS", and with the names that one body goes by made one. A fire and
// rescue authority answers as its service ("Glannau Fire and Rescue
// Service" on the letterhead, "... Authority" in the text); a force is a
// constabulary or a police; a trust keeps its name when it becomes a
// foundation trust; an integrated care board is its ICB. Bodies that
// differ in more than these words stay apart: a police and crime
// commissioner is not the force.
func AuthorityKey(name string) string {
	words := strings.Fields(Fold(name))
	out := words[:0]
	for i, w := range words {
		if w == "the" || w == "and" || i == 0 && w == "nhs" && len(words) > 1 {
			continue
		}
		out = append(out, w)
	}
	if n := len(out); n > 1 && companySuffix[out[n-1]] {
		// "Harrowfield Homes Ltd" in one letter's footer, "Harrowfield
		// Homes" in the next one's letterhead: a company's legal form is
		// no part of which body it is.
		out = out[:n-1]
	}
	out = dropAcronym(out)
	out = councilName(out)
	key := " " + strings.Join(out, " ")
	for _, alias := range authorityAliases {
		if strings.HasSuffix(key, " "+alias[0]) {
			key = strings.TrimSuffix(key, alias[0]) + alias[1]
			break
		}
	}
	return strings.TrimSpace(key)
}

// dropAcronym leaves off the initials a body prints beside its name
// ("OPHR Office for Ports and Harbours Regulation" on a letterhead whose
// logo is the initials, "... Regulation (OPHR)" in a footer): they are
// the same name twice.
func dropAcronym(words []string) []string {
	if len(words) < 3 {
		return words
	}
	initials := func(ws []string) string {
		var b strings.Builder
		for _, w := range ws {
			if w != "of" && w != "for" && w != "in" && w != "on" {
				b.WriteByte(w[0])
			}
		}
		return b.String()
	}
	if words[0] == initials(words[1:]) {
		return words[1:]
	}
	if n := len(words); words[n-1] == initials(words[:n-1]) {
		return words[:n-1]
	}
	return words
}

// councilKinds are the words that say which kind of council a council is.
var councilKinds = map[string]bool{"metropolitan": true, "borough": true, "city": true, "county": true, "district": true}

// councilName returns a council's name as its place and "council": the
// kind is written out on one letter and left off the next ("Holmeford
// Metropolitan Borough Council" in a footer, "Holmeford Council" on the
// letterhead; "London Borough of Haverleigh", "Haverleigh Council"; "City
// of Edinburgh Council", "Edinburgh City Council"). Two councils of one
// place name and different kinds would be taken for one; in England's
// two tiers the county and its districts are named for different places,
// so that trade is made for the letters of one council read as two.
func councilName(words []string) []string {
	n := len(words)
	if n >= 3 && words[1] == "borough" && words[2] == "of" && (words[0] == "london" || words[0] == "royal") {
		// "london borough of haverleigh" -> "haverleigh council"
		if n == 3 {
			return words
		}
		return append(slices.Clone(words[3:]), "council")
	}
	if n < 2 || words[n-1] != "council" {
		return words
	}
	place := words[:n-1]
	if len(place) > 2 && place[0] == "city" && place[1] == "of" {
		place = place[2:]
	}
	for len(place) > 1 && councilKinds[place[len(place)-1]] {
		place = place[:len(place)-1]
	}
	if len(place) == 0 || councilKinds[place[0]] && len(place) == 1 {
		return words
	}
	return append(slices.Clone(place), "council")
}

// companySuffix are the legal forms a company's name may end with.
var companySuffix = map[string]bool{"ltd": true, "limited": true, "plc": true, "llp": true, "cic": true}

// authorityAliases are the endings of names one body goes by, each with
// the ending it is compared as ("and" and a leading "NHS" already gone).
var authorityAliases = [][2]string{
	{"fire rescue authority", "fire rescue service"},
	{"fire authority", "fire rescue service"},
	{"fire service", "fire rescue service"},
	{"constabulary", "police"},
	{"police service", "police"},
	{"police force", "police"},
	{"nhs foundation trust", "nhs trust"},
	{"foundation trust", "nhs trust"},
	{"icb", "integrated care board"},
}
