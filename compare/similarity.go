package compare

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Terms returns the words of a question that say what it asks for,
// normalised so that rewording keeps them: a well-known abbreviation read
// as the words it stands for and a thing of many names as one word
// (phraseGroups), lower case, simple English suffixes removed
// ("contracts" and "contract", "supplied" and "supplies"), without the politeness and framing every request shares
// ("please provide", "could you tell me"), without years, which move
// on every time a round-robin request comes back ("2022/23"), and without
// words of one character (a possessive's "s", a part's number), which say
// nothing of what is asked.
func Terms(s string) []string {
	if strings.IndexByte(s, '&') >= 0 {
		s = ampersand.ReplaceAllString(s, "$1$2")
	}
	if (strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '-') >= 0) && strings.ContainsAny(s, "0123456789") {
		// "2024/25" is a year, its "25" no term of its own.
		s = yearRange.ReplaceAllString(s, "$1")
	}
	if strings.ContainsAny(s, "0123456789") {
		// "£100,000" and "£100k" are one figure, as "100000".
		if strings.IndexByte(s, ',') >= 0 {
			s = sumWithThousands.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ",", "") })
		}
		if strings.Contains(s, "£") {
			s = sumInThousands.ReplaceAllString(s, "${1}000")
		}
	}
	if capitalAfterThe(s) {
		// "the Service", "the University": the authority speaking of
		// itself, as "the force" and "the council" do.
		s = selfReference.ReplaceAllString(s, "the")
	}
	ws := words(s)
	st := make([]string, len(ws))
	for i, w := range ws {
		if i+1 < len(ws) && numberedStage[w] && len(ws[i+1]) <= 2 && ws[i+1][0] >= '0' && ws[i+1][0] <= '9' {
			// "Stage 2", "band 5": one step of a scale, not the scale.
			ws[i+1] = strings.TrimSuffix(w, "s") + ws[i+1]
			ws[i] = ""
		}
	}
	for i, w := range ws {
		st[i] = stem(w)
	}
	var out []string
	add := func(w, stemmed string) {
		if len(w) == 1 || stopWords[w] || isYear(w) {
			return
		}
		w = stemmed
		if c, ok := synonyms[w]; ok {
			w = c
		}
		if w == "" || stopWords[w] {
			return
		}
		out = append(out, w)
	}
	abbr := capitalStopWords(s, ws)
	for i := 0; i < len(ws); i++ {
		if abbr != nil && abbr[i] {
			// "SEND transport", "the IT service desk": a stop word
			// written in capitals in a sentence that is not is an
			// abbreviation, and says what is asked.
			if read, ok := capitalReadings[ws[i]]; ok {
				for _, w := range read {
					add(w, stem(w))
				}
				continue
			}
			out = append(out, ws[i])
			continue
		}
		if read, n := phraseAt(st, i); n > 0 {
			// A phrase first: "non-disclosure clauses" and
			// "non-domestic rates" name things.
			for _, w := range read {
				add(w, stem(w))
			}
			i += n - 1
			continue
		}
		if ws[i] == "non" && i+1 < len(ws) {
			// "Non-emergency" is the opposite of "emergency", no
			// kind of it: one word.
			add("non"+ws[i+1], "non"+st[i+1])
			i++
			continue
		}
		add(ws[i], st[i])
	}
	return out
}

// capitalStopWords marks the words of s (ws, as words gives them) that
// are stop words written in capitals of two letters or more, where s has
// lower-case letters too: "SEND" in "Total SEND transport spend" is
// special educational needs and disabilities, not the verb; in a heading
// written all in capitals it says nothing. Nil where there is none.
func capitalStopWords(s string, ws []string) []bool {
	run, lower := 0, false
	found := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			run++
			if run >= 2 {
				found = true
			}
		case c >= 'a' && c <= 'z':
			lower = true
			run = 0
		default:
			run = 0
		}
	}
	if !found || !lower {
		return nil
	}
	orig := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(orig) != len(ws) {
		return nil
	}
	var out []bool
	for i, w := range orig {
		if len(w) < 2 || !stopWords[ws[i]] || emphasis[ws[i]] || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			continue
		}
		if out == nil {
			out = make([]bool, len(ws))
		}
		out[i] = true
	}
	return out
}

// capitalReadings are the words that abbreviations written as stop
// words stand for, where requests also write them out: IT is
// information technology, as ICT is; SEND special educational needs
// (and disabilities), as SEN is.
var capitalReadings = map[string][]string{
	"it":   words("information communication technology"),
	"send": words("special educational need"),
}

// emphasis are the stop words a request writes in capitals to stress
// them ("ALL records", "do NOT include"), not to abbreviate.
var emphasis = setOf(`all any each every not no none only both either`)

// words splits s into lower-case runs of letters and digits. Hyphenated
// compounds split into their parts ("body-worn" is "body", "worn"), so
// that "body worn" and "body-worn" agree; a possessive ("the force's")
// leaves a word "s".
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// yearRange finds a year written with the next one's last digits:
// "2024/25", "2024-25".
var yearRange = regexp.MustCompile(`\b((?:19|20)\d\d)[/-]\d\d\b`)

// sumWithThousands is a figure written with commas between its thousands;
// sumInThousands one written in thousands with a "k": "£100k".
var (
	sumWithThousands = regexp.MustCompile(`\b\d{1,3}(?:,\d{3})+\b`)
	sumInThousands   = regexp.MustCompile(`£(\d{1,3})[kK]\b`)
)

// selfReference finds an authority naming itself by what it is: "the
// Service", "the University", capitalised.
var selfReference = regexp.MustCompile(`\bthe (?:Service|University|College|Board|Trust|Council|Force|Authority)\b`)

// capitalAfterThe reports whether "the " is followed by a capital
// somewhere in s: a cheap test before selfReference's.
func capitalAfterThe(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], "the ")
		if k < 0 {
			return false
		}
		i += k + len("the ")
		if i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
}

// numberedStage are the words that name a numbered step of a scale: "Stage
// 1" and "Stage 2" complaints are two things.
var numberedStage = setOf(`stage stages tier level band phase category grade`)

func isYear(w string) bool {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w >= "1990" && w <= "2099"
}

// stem removes the commonest English inflections. It is deliberately
// simple: both sides of a comparison go through it, so it needs only to be
// consistent, not linguistically right.
func stem(w string) string {
	if n := len(w); n >= 2 && w[n-1] == 's' && strings.Trim(w[:n-1], "0123456789") == "" {
		return w[:n-1] // "under 18s" are under 18
	}
	if len(w) <= 3 {
		return w
	}
	for _, s := range []struct{ suffix, repl string }{
		{"ments", ""}, {"ment", ""}, {"iers", "y"}, {"ier", "y"},
		{"ies", "y"}, {"sses", "ss"}, {"ied", "y"}, {"ing", ""}, {"ed", ""}, {"es", "e"}, {"s", ""},
	} {
		if (s.suffix == "ments" || s.suffix == "ment") && len(w) < 8 {
			continue // "comment", "moment": not a verb's noun
		}
		if strings.HasSuffix(w, s.suffix) && len(w)-len(s.suffix)+len(s.repl) >= 3 {
			if s.suffix == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
				continue
			}
			w = w[:len(w)-len(s.suffix)] + s.repl
			break
		}
	}
	// "covertly" is "covert", "weekly" "week": an adverb made with "ly"
	// after a consonant that no other word ends "ly" with ("supply",
	// "family", "assembly" keep theirs).
	if n := len(w); n >= 6 && strings.HasSuffix(w, "ly") && strings.IndexByte("tlsrkhc", w[n-3]) >= 0 {
		w = w[:n-2]
	}
	// "consultancy" is "consultant", "redundancy" "redundant": a noun
	// made with "ancy" is the word for whoever is so (a consultant).
	if n := len(w); n >= 7 && strings.HasSuffix(w, "ancy") {
		w = w[:n-4] + "ant"
	}
	// "tipping", "tipped" are "tip": a consonant doubled before "ing" or
	// "ed" is one.
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && strings.IndexByte("bgmnprt", w[n-1]) >= 0 {
		w = w[:n-1]
	}
	// "supplies"/"supply", "supplied": one form.
	w = strings.TrimSuffix(w, "e")
	return w
}

// stopWords carry no meaning of their own in a request: function words and
// the phrasing of asking.
var stopWords = setOf(`a an the this that these those there their they them we our us it its i me my you your yours he she
in on at of for to from by with as and or but if then than so such into onto about per via within without between under
is are was were be been being am has have had having do does did doing will would can could may might shall should must
please kindly provide provid supply supplying tell confirm confirmation advise state list give send share
request requested requesting question questions answer information details detail detailed data part parts
following below above each every any all some both either other others also further include includ including
which what who whom whose when where why how whether
force constabulary council authority organisation organization trust department
currently current present presently recent recently last previous past most
e g eg ie etc i e re yes no not
how many much number numbers total totals amount size count figure figures
use used using uses operate operat operated own owned hold held have has possess
across throughout overall altogether approximately approx roughly
made times occasions instances went come comes came behalf took taken
year years yearly annual annually month months twelve calendar financial period date dates
organisation organization`)

// synonyms map stems that requests use for the same thing to one: the
// vocabulary of procurement and counting that every authority words its
// own way ("which company supplies", "name the provider", "the
// manufacturer"). They are general words of FOI requests, not the words of
// any one request family. Every word is stemmed as Terms stems it, so that
// inflected forms ("drones", "supplies") find their group; the first word
// of a group, unstemmed, names it, so that no stem and no stop word can
// take its place ("please supply" asks, "the supplier" is asked about).
var synonyms = func() map[string]string {
	m := map[string]string{}
	for _, group := range []string{
		"supplier supply company companies firm provider vendor contractor manufacturer manufacture make maker produce producer",
		"cost spend spent expenditure price value paid pay payment fee charge worth bill",
		"average mean",
		"type kind sort",
		"income revenue",
		"drone uav uas rpas",
		"licence license licensed",
		"expiry expire expiration end finish terminate termination",
		// A contract reviewed is re-evaluated, reassessed, revisited.
		"review evaluate evaluation reassess reassessment revisit",
		"prosecution prosecute court",
		"programme program",
		"deployment deploy",
		"centre center",
		"trained training qualified qualification certified accredited",
		// Whoever answers a contact centre's calls: its call handlers,
		// call takers, agents or advisers.
		"agent adviser advisor handler taker",
		"telephone telephony phone",
		"retain retention kept keep",
		"covert hidden concealed",
		// Ransomware holds a system to ransom: a payment after it is a
		// ransom paid.
		"ransom ransomware",
		// Why something happened: its cause, its reason.
		"reason cause",
		// Who insures the body: its insurer, the underwriter of its
		// policy, the provider of its insurance.
		"insurance insurer insure insured underwrite underwriter underwriting",
		// Students, staff or agents from or in other countries.
		"international overseas abroad foreign",
		// A body hit by an attack suffered it, was its victim, was
		// subject to it.
		"attack attacked hit victim suffered",
		"maintenance maintain upkeep",
		"vacancy vacant unfilled",
		"emergency 999",
		"employ employed employs employee work works worked working",
		"fitted fit installed install installation",
		"disposal dispose disposed sale sell sold",
		"staff worker workforce personnel",
		"system platform solution",
		"ethnicity ethnic race",
		"stage2 formal",
		"stage1 frontline informal",
		"largest biggest top greatest highest maximum max",
		// A noun and the verb of what was done: "restraints" and
		// "restrained", "seclusion" and "secluded".
		"restraint restrain restrained restraining",
		"child children minor minors juvenile juveniles",
		"seclusion seclude secluded secluding",
		"exclusion exclude excluded excluding",
		"suspension suspend suspended",
		"refer referral referrals referred",
		"wait waiting delay",
		"implement implementation implemented",
		"grit gritting gritted salt salting salted",
		"backlog outstanding",
		"reject rejected rejection decline declined",
		"visitor visit visited visiting",
		"odour odor smell smells",
		"location located situated sited whereabouts",
		"repair repaired repairing mend mended",
		"report reported reporting notify notified logged",
		"percentage proportion percent",
		// Mail stopped before it arrives is blocked, intercepted or
		// quarantined; data kept somewhere is stored or hosted there.
		"block blocked intercept intercepted quarantine quarantined",
		"store stored storage host hosted hosting",
		// A gathering to make a point is a protest or a demonstration.
		"protest protester demonstration demonstrator",
	} {
		ws := strings.Fields(group)
		canon := ws[0]
		for _, w := range ws {
			m[stem(w)] = canon
		}
	}
	return m
}()

// Vector is a weighted bag of terms, with its length and total weight
// cached.
type Vector struct {
	w    map[string]float64
	norm float64
	sum  float64
	// subject: some term is not generic (genericTerms).
	subject bool
}

// Weigher gives each term a weight: rarer terms, which say what a question
// is about, weigh more than terms every question shares.
type Weigher struct {
	df map[string]int
	n  int
	// acronyms maps an acronym's term to the terms of the words it
	// stands for, as some text defined it ("automatic number plate
	// recognition (ANPR)").
	acronyms map[string][]string
}

// NewWeigher learns term frequencies from a collection of texts (the
// questions being compared and their candidates).
func NewWeigher(texts []string) *Weigher {
	w := &Weigher{df: map[string]int{}, n: len(texts), acronyms: map[string][]string{}}
	for _, t := range texts {
		for acr, exp := range acronymsIn(t) {
			w.acronyms[acr] = exp
		}
		seen := map[string]bool{}
		for _, term := range Terms(t) {
			if !seen[term] {
				seen[term] = true
				w.df[term]++
			}
		}
	}
	return w
}

// acronymDefinition finds an acronym in brackets after words: "automatic
// number plate recognition (ANPR)", "body worn video (BWV)".
var acronymDefinition = regexp.MustCompile(`([\p{L}][\p{L}\s-]*?)\s*\((\p{Lu}{2,6})s?\)`)

// acronymsIn returns the acronyms t defines, each mapped to the terms of
// the words before it whose initials spell it.
func acronymsIn(t string) map[string][]string {
	out := map[string][]string{}
	if !strings.Contains(t, "(") {
		return out
	}
	for _, m := range acronymDefinition.FindAllStringSubmatch(t, -1) {
		acr := strings.ToLower(m[2])
		ws := words(m[1])
		if len(ws) < len(acr) {
			continue
		}
		ws = ws[len(ws)-len(acr):]
		ok := true
		for i, x := range ws {
			if x[0] != acr[i] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// An acronym that is already one of its words' group ("unmanned
		// aerial vehicles (UAVs)": drones) needs no expanding.
		exp := Terms(strings.Join(ws, " "))
		terms := Terms(acr)
		if len(exp) > 0 && len(terms) == 1 && !slices.Contains(exp, terms[0]) {
			out[terms[0]] = exp
		}
	}
	return out
}

// learnAcronyms adds the abbreviations that one of texts writes in
// capitals ("Part 1 - CRM") and another spells out ("Customer relationship
// management"), with no text defining them: a request names a system one
// way one year and the other way the next. An abbreviation whose letters
// two different phrases could spell is left alone, as is one of two
// letters, which too many phrases could spell by chance.
func (w *Weigher) learnAcronyms(texts []string) {
	caps := map[string]bool{}
	for _, t := range texts {
		if !strings.ContainsAny(t, "abcdefghijklmnopqrstuvwxyz") {
			// A heading written all in capitals abbreviates nothing.
			continue
		}
		for _, a := range capitalised.FindAllString(t, -1) {
			// "CEOs" is the plural of CEO.
			a = strings.ToLower(strings.TrimSuffix(a, "s"))
			if _, known := w.acronyms[a]; known || stopWords[a] {
				continue
			}
			// One already known as a phrase (CCTV, ICT) reads as its words.
			if ts := Terms(a); len(ts) == 1 && ts[0] == a {
				caps[a] = true
			}
		}
	}
	if len(caps) == 0 {
		return
	}
	found := map[string]string{}
	for _, t := range texts {
		var ws []string
		for _, x := range words(t) {
			if len(x) > 1 && !stopWords[x] {
				ws = append(ws, x)
			}
		}
		for i := range ws {
			initials := ""
			for n := 1; n <= 5 && i+n <= len(ws); n++ {
				initials += ws[i+n-1][:1]
				if n < 3 || !caps[initials] || len(ws[i+n-1]) < 3 {
					continue
				}
				phrase := strings.Join(ws[i:i+n], " ")
				if prev, ok := found[initials]; ok && prev != phrase {
					found[initials] = ""
					continue
				}
				found[initials] = phrase
			}
		}
	}
	for a, phrase := range found {
		if phrase == "" {
			continue
		}
		if exp := Terms(phrase); len(exp) > 1 {
			w.acronyms[a] = exp
		}
	}
}

// capitalised finds words of three to five capitals, alone or plural:
// abbreviations.
var capitalised = regexp.MustCompile(`\b\p{Lu}{3,5}s?\b`)

// idf is a smoothed inverse document frequency, never below a floor so
// that a term in every text still counts a little.
func (w *Weigher) idf(term string) float64 {
	return math.Log(1+float64(w.n+1)/float64(w.df[term]+1)) + 0.1
}

// Vector weighs the terms of s.
func (w *Weigher) Vector(s string) Vector {
	v := Vector{w: map[string]float64{}}
	for _, t := range Terms(s) {
		// An acronym counts as the words it stands for, so that "fixed
		// ANPR cameras" and "fixed automatic number plate recognition
		// cameras" agree.
		if exp, ok := w.acronyms[t]; ok {
			for _, e := range exp {
				v.w[e] += w.idf(e)
			}
			continue
		}
		v.w[t] += w.idf(t)
	}
	for t, x := range v.w {
		// Repeating a word says little more: dampen term frequency.
		v.w[t] = math.Sqrt(x * w.idf(t))
	}
	v.settle()
	return v
}

// settle works out v's norm, its sum of weights and whether any of its
// terms names a subject, from its weights.
func (v *Vector) settle() {
	v.norm, v.sum, v.subject = 0, 0, false
	for t, x := range v.w {
		v.norm += x * x
		v.sum += x
		if !genericTerms[t] {
			v.subject = true
		}
	}
	v.norm, v.sum = settled(math.Sqrt(v.norm)), settled(v.sum)
}

// settled rounds a sum taken over a map to nine places: the order Go
// ranges over a map changes from run to run, and with it the last bits
// of a floating-point sum, which would let two equal scores tie one way
// in one run and the other way in the next.
func settled(x float64) float64 { return math.Round(x*1e9) / 1e9 }

// blend returns own with borrowed's terms added at share of their
// weight: words taken from elsewhere that say less than the text's own.
func blend(own, borrowed Vector, share float64) Vector {
	out := Vector{w: make(map[string]float64, len(own.w)+len(borrowed.w))}
	for t, x := range own.w {
		out.w[t] = x
	}
	for t, x := range borrowed.w {
		out.w[t] += share * x
	}
	out.settle()
	return out
}

// Cosine is the cosine similarity of two vectors, in 0..1; 0 when either
// is empty.
func Cosine(a, b Vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	dot := 0.0
	for t, x := range a.w {
		dot += x * b.w[t]
	}
	return math.Min(1, settled(dot)/(a.norm*b.norm))
}

// Overlap is the weighted share of the smaller vector's terms that the
// other also has, in 0..1: 1 when one question asks everything the other
// does and more ("contact details" against "contact details: full name,
// job title and email address").
func Overlap(a, b Vector) float64 {
	if a.sum == 0 || b.sum == 0 {
		return 0
	}
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	shared := 0.0
	for t, x := range a.w {
		shared += math.Min(x, b.w[t])
	}
	return math.Min(1, settled(shared)/math.Min(a.sum, b.sum))
}

// Empty reports whether the vector has no terms.
func (v Vector) Empty() bool { return v.norm == 0 }

// genericTerms are the terms that say what is asked about a subject, not
// what the subject is: the vocabulary of contracts, money, time, naming
// and counting that requests about every subject share ("who is the
// contractor", "the value of the contract", "how many were reported").
// Each is a term as Terms gives it (stemmed, its synonym group's name).
var genericTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range Terms(`supplier cost value contract contracts term duration length long run extension extended option renewal renew
award awarded tender procurement incumbent name model type kind annual hourly daily weekly monthly rate income budget breakdown
purchase buy bought service copy document policy procedure guidance report record receive issue install employ work
expiry start next review description describe brief briefly available availability highest lowest longest shortest largest system
maximum minimum average mean incident staff due scheduled planned expected device unit product software tool
equipment item latest result outcome`) {
		m[t] = true
	}
	return m
}()

// compareTexts is textSimilarity's blend of Cosine and Overlap, computed
// in one pass, and whether the two vectors share a term that is not
// generic.
func compareTexts(a, b Vector) (float64, bool) {
	if a.norm == 0 || b.norm == 0 {
		return 0, false
	}
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	dot, shared, subject := 0.0, 0.0, false
	for t, x := range a.w {
		y, ok := b.w[t]
		if !ok {
			continue
		}
		dot += x * y
		shared += math.Min(x, y)
		if !subject && !genericTerms[t] {
			subject = true
		}
	}
	dot, shared = settled(dot), settled(shared)
	return 0.5*math.Min(1, dot/(a.norm*b.norm)) + 0.5*math.Min(1, shared/math.Min(a.sum, b.sum)), subject
}
