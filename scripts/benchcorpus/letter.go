package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// A block is one unit of a letter's layout, rendered by each output
// format in its own way.
type block struct {
	kind   string   // right, para, label, quote, h1, h2, list, table
	lines  []string // right, para, label, quote, h1, h2: lines of one paragraph
	items  []string // list: the items
	start  int      // list: the number of the first item
	rows   [][]string
	header bool // table: the first row is a header
}

type letter struct {
	auth   authority
	title  string
	ref    string
	date   time.Time
	header string // a protective marking at the top of each page, or ""
	size   int    // font size in points
	blocks []block
	// What the letter holds, for checking a parser against it.
	questions []question
	layout    string
}

// A stance is how one question was answered.
type stance struct {
	kind string // released, partial, not_held, withheld, ncnd, refused
	ex   []string
}

type question struct {
	part, num int
	text      string
	kind      qkind
	st        stance
	answer    string
}

// build makes letter i of the corpus. All its choices come from r, which
// is seeded by the corpus seed and i, so the same i always gives the same
// letter whatever else is generated. compact (0 to 3) is how hard to try
// to keep a long letter within four pages, as an officer would: leave out
// the optional note and the longer explanations, answer by number
// instead of repeating each question, use a smaller type and, last,
// answer at most 20 questions (the rest left to a further letter).
func build(i int, r *rand.Rand, compact int) letter {
	a := authorities[r.IntN(len(authorities))]
	tp := topics[i%len(topics)]
	day := time.Date(2018, 1, 8, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(2900))
	for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
		day = day.AddDate(0, 0, 1)
	}
	received := day.AddDate(0, 0, -(8 + r.IntN(25)))
	l := letter{auth: a, title: tp.title, date: day, size: 11}
	if compact >= 3 {
		l.size = 10
	}
	l.ref = reference(r, a, day, i)
	if a.kind == "police" && r.IntN(3) > 0 {
		l.header = "OFFICIAL"
	}

	// The request: 6 to 25 questions, in two parts whose numbering
	// restarts when a part alone could not hold them or, often, by choice.
	n := 6 + r.IntN(20)
	if compact >= 4 {
		n = min(n, 20)
	}
	second := topics[(i+1+r.IntN(len(topics)-1))%len(topics)]
	pool1, pool2 := pool(tp), pool(second)
	twoParts := n > len(pool1) || (n >= 10 && r.IntN(100) < 35)
	var parts [][]question
	if twoParts {
		n1 := n/2 + r.IntN(3) - 1
		n1 = min(n1, len(pool1))
		n2 := min(n-n1, len(pool2))
		parts = append(parts, pick(r, pool1, n1, 1), pick(r, pool2, n2, 2))
	} else {
		parts = append(parts, pick(r, pool1, n, 1))
	}
	wholeCost := r.IntN(100) < 5
	for _, p := range parts {
		for k := range p {
			q := &p[k]
			if wholeCost {
				q.st = stance{"refused", []string{"s12"}}
			} else {
				q.st = pickStance(r, a, *q)
			}
			q.answer = answer(r, a, tp, *q, day)
		}
	}
	partTitles := []string{tp.title, second.title}

	b := &l.blocks
	add := func(x block) { *b = append(*b, x) }
	para := func(s ...string) { add(block{kind: "para", lines: s}) }

	add(block{kind: "right", lines: append([]string{a.name, a.unit}, a.address...)})
	para(dateString(r, day))
	if r.IntN(2) == 0 {
		para("Our reference: " + l.ref)
	}
	para([]string{"Dear Sir or Madam", "Dear Requester", "Dear Applicant", "Dear"}[r.IntN(4)])
	add(block{kind: "h1", lines: []string{fmt.Sprintf("%s – %s %s",
		[]string{"FREEDOM OF INFORMATION REQUEST", "Freedom of Information Act 2000 – Request", "RE: Freedom of Information request"}[r.IntN(3)],
		l.ref, tp.title)}})
	para(fmt.Sprintf("I write in connection with your request for information received by %s on %s. I note you seek access to the following information:",
		a.name, receivedString(r, received)))
	add(block{kind: "quote", lines: []string{tp.intro}})

	layout := r.IntN(3)
	if layout == 0 && compact >= 2 {
		layout = 1
	}
	l.layout = []string{"interleaved", "decision", "table"}[layout]
	for _, p := range parts {
		l.questions = append(l.questions, p...)
	}
	if layout != 0 {
		// The request quoted in full, then the answers separately.
		for pi, p := range parts {
			if len(parts) > 1 {
				add(block{kind: "quote", lines: []string{partIntro(r, pi, partTitles[pi])}})
			}
			items := make([]string, len(p))
			for k, q := range p {
				items[k] = q.text
			}
			add(block{kind: "list", items: items, start: 1})
		}
		decision(r, l.auth, parts, wholeCost, add)
	} else {
		para(fmt.Sprintf("Your request has been considered under the Freedom of Information Act 2000 (the Act). Section 1 of the Act places two duties on public authorities: to confirm or deny whether information is held, and to communicate that information to the applicant. %s's response to each question is set out below.", a.name))
	}

	switch layout {
	case 0:
		qlab, alab := labels(r)
		for pi, p := range parts {
			if len(parts) > 1 {
				add(block{kind: "h2", lines: []string{fmt.Sprintf("Part %d – %s", pi+1, partTitles[pi])}})
			}
			for _, q := range p {
				add(block{kind: "label", lines: []string{fmt.Sprintf(qlab, q.num)}})
				add(block{kind: "quote", lines: []string{q.text}})
				para(alab + " " + q.answer)
			}
		}
	case 1:
		add(block{kind: "h2", lines: []string{"Response"}})
		style := r.IntN(2)
		for pi, p := range parts {
			if len(parts) > 1 {
				add(block{kind: "h2", lines: []string{fmt.Sprintf("Part %d", pi+1)}})
			}
			for _, q := range p {
				if style == 0 {
					para(fmt.Sprintf("Question %d – %s", q.num, q.answer))
				} else {
					para(fmt.Sprintf("%d. %s", q.num, q.answer))
				}
			}
		}
	case 2:
		head := [][]string{{"Question", "Response"}, {"Request", "Answer"}, {"Information requested", "Response"}}[r.IntN(3)]
		for pi, p := range parts {
			if len(parts) > 1 {
				add(block{kind: "h2", lines: []string{fmt.Sprintf("Part %d – %s", pi+1, partTitles[pi])}})
			}
			rows := [][]string{head}
			for _, q := range p {
				rows = append(rows, []string{fmt.Sprintf("%d. %s", q.num, q.text), q.answer})
			}
			add(block{kind: "table", rows: rows, header: true})
		}
	}

	// The exemptions applied, each explained once, in a fixed order.
	used := map[string]bool{}
	for _, p := range parts {
		for _, q := range p {
			for _, e := range q.st.ex {
				used[e] = true
			}
		}
	}
	if len(used) > 0 {
		add(block{kind: "h2", lines: []string{"Exemptions applied"}})
		for _, e := range []string{"s12", "s23(5)", "s24(2)", "s31(1)(a)", "s40(2)", "s43(2)"} {
			if !used[e] {
				continue
			}
			for j, s := range explain[e] {
				if j > 0 && compact >= 1 {
					break
				}
				para(strings.ReplaceAll(s, "%[1]s", a.self))
			}
		}
	}

	if compact == 0 && (n <= 9 || r.IntN(3) == 0) {
		para(fmt.Sprintf("Please note that the information supplied is correct as at the date the request was received. Where figures are given they are taken from %s's systems and may be subject to later revision as records are updated.", a.self))
	}
	para(fmt.Sprintf("The information supplied to you continues to be protected by copyright. You are free to use it for your own purposes, including for private study and non-commercial research. Any other re-use, for example commercial publication, would require the permission of the copyright holder. Most documents supplied by %s will have been produced by its staff, and %s therefore holds the copyright.", a.name, a.self))
	add(block{kind: "h2", lines: []string{[]string{"Your right to complain", "Complaint rights", "If you are not satisfied"}[r.IntN(3)]}})
	para(fmt.Sprintf("If you are dissatisfied with the handling of your request you may ask for an internal review. Please write to the %s at the address above, or by email, within 40 working days of the date of this letter, stating the reference %s.", a.unit, l.ref))
	para("If you remain dissatisfied after the internal review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113, www.ico.org.uk). The Commissioner will usually expect the internal review procedure to have been exhausted first.")
	para("Yours sincerely")
	para(signatory(r), a.signer, a.unit)
	return l
}

func pool(t topic) []qtmpl {
	p := make([]qtmpl, 0, len(contractQuestions)+len(t.specific))
	for _, q := range contractQuestions {
		q.text = fmt.Sprintf(q.text, t.noun)
		p = append(p, q)
	}
	return append(p, t.specific...)
}

// pick chooses k questions of the pool, keeping their order, and numbers
// them from 1.
func pick(r *rand.Rand, p []qtmpl, k, part int) []question {
	idx := r.Perm(len(p))[:k]
	slices.Sort(idx)
	qs := make([]question, k)
	for j, x := range idx {
		qs[j] = question{part: part, num: j + 1, text: p[x].text, kind: p[x].kind}
		if p[x].sensitive {
			qs[j].kind = p[x].kind | sensitiveFlag
		}
	}
	return qs
}

// sensitiveFlag rides on a question's kind so that pickStance can see it.
const sensitiveFlag qkind = 1 << 8

func pickStance(r *rand.Rand, a authority, q question) stance {
	sens := q.kind&sensitiveFlag != 0
	k := q.kind &^ sensitiveFlag
	x := r.IntN(100)
	switch {
	case k == kContact:
		switch {
		case x < 60:
			return stance{"partial", []string{"s40(2)"}}
		case x < 90:
			return stance{"withheld", []string{"s40(2)"}}
		}
		return stance{kind: "released"}
	case k == kSpend:
		switch {
		case x < 55:
			return stance{kind: "released"}
		case x < 90:
			return stance{"withheld", []string{"s43(2)"}}
		}
		return stance{kind: "not_held"}
	case sens && a.kind == "police":
		switch {
		case x < 35:
			return stance{"withheld", []string{"s31(1)(a)"}}
		case x < 50:
			return stance{"ncnd", []string{"s23(5)", "s24(2)"}}
		}
	case sens:
		if x < 25 {
			return stance{"withheld", []string{"s31(1)(a)"}}
		}
	case (k == kCountByYear || k == kLocations) && x < 12:
		return stance{"refused", []string{"s12"}}
	}
	if r.IntN(100) < 12 {
		return stance{kind: "not_held"}
	}
	return stance{kind: "released"}
}

func answer(r *rand.Rand, a authority, t topic, q question, day time.Time) string {
	switch q.st.kind {
	case "not_held":
		return []string{
			fmt.Sprintf("%s does not hold this information.", a.name),
			fmt.Sprintf("The information is not held by %s. There is no business requirement to record it.", a.self),
			"Not held. Following searches of the relevant departments, no recorded information was found.",
		}[r.IntN(3)]
	case "withheld":
		switch q.st.ex[0] {
		case "s40(2)":
			return "This information is withheld under section 40(2) of the Act (personal information). Please see below."
		case "s43(2)":
			return fmt.Sprintf("%s considers this information exempt under section 43(2) (commercial interests). The reasons are given below.", a.name)
		}
		return fmt.Sprintf("This information is exempt from disclosure under section 31(1)(a) of the Act (law enforcement). %s's reasons, including the public interest test, are set out below.", a.name)
	case "ncnd":
		return fmt.Sprintf("%s can neither confirm nor deny that it holds any information relevant to this question, by virtue of sections 23(5) and 24(2) of the Act.", a.name)
	case "refused":
		return fmt.Sprintf("%s estimates that the cost of complying with this part of your request would exceed the appropriate limit, and it is therefore refused under section 12 of the Act.", a.name)
	case "partial":
		return fmt.Sprintf("The contract is the responsibility of the %s. The names and direct contact details of individual officers are withheld under section 40(2).",
			[]string{"Head of ICT", "Head of Procurement", "Commercial Services Manager", "Director of Finance", "Contracts Manager"}[r.IntN(5)])
	}
	sup := t.suppliers[r.IntN(len(t.suppliers))]
	switch q.kind &^ sensitiveFlag {
	case kSupplier:
		if r.IntN(3) == 0 {
			other := t.suppliers[(slices.Index(t.suppliers, sup)+1)%len(t.suppliers)]
			return fmt.Sprintf("There are two contracts: %s (main contract) and %s (support).", sup, other)
		}
		return fmt.Sprintf("The incumbent supplier is %s.", sup)
	case kSpend:
		return fmt.Sprintf("The annual average spend over the last three financial years is £%s (excluding VAT).", money(r, 20000, 900000))
	case kDuration:
		return fmt.Sprintf("The contract runs for %s years from %s, with the option to extend for up to %s further period(s) of 12 months.",
			[]string{"two", "three", "four", "five"}[r.IntN(4)], day.AddDate(-1-r.IntN(3), -r.IntN(12), 0).Format("2 January 2006"), []string{"one", "two"}[r.IntN(2)])
	case kExpiry:
		return fmt.Sprintf("The contract expires on %s.", day.AddDate(r.IntN(4), 1+r.IntN(11), 0).Format("2 January 2006"))
	case kReview:
		return fmt.Sprintf("The contract will be reviewed in %s.", day.AddDate(r.IntN(2), 2+r.IntN(10), 0).Format("January 2006"))
	case kDescription:
		return t.describe[r.IntN(len(t.describe))]
	case kContact:
		return fmt.Sprintf("The contract is managed by %s, %s, who can be contacted through the main switchboard.", signatory(r), []string{"Chief Digital Officer", "Director of Resources", "Assistant Chief Officer"}[r.IntN(3)])
	case kCount:
		return fmt.Sprintf("%s %d.", []string{"The figure is", "As at the date of your request the number was", "The total is"}[r.IntN(3)], 2+r.IntN(1800))
	case kCountByYear:
		y := day.Year() - 3
		var s []string
		for j := range 3 {
			s = append(s, fmt.Sprintf("%d/%02d: %d", y+j, (y+j+1)%100, 10+r.IntN(5000)))
		}
		return "The figures are as follows: " + strings.Join(s, "; ") + "."
	case kYesNo:
		if r.IntN(2) == 0 {
			return "Yes. " + t.products[r.IntN(len(t.products))] + " is used."
		}
		return "No."
	case kProduct:
		return fmt.Sprintf("%s uses %s, supplied by %s.", capital(a.self), t.products[r.IntN(len(t.products))], sup)
	case kLocations:
		return fmt.Sprintf("There are %d cameras in %d locations. A list is attached as Annex A.", 20+r.IntN(300), 3+r.IntN(40))
	case kPolicy:
		return fmt.Sprintf("The document is published on our website at %s/publications and is therefore exempt under section 21 (information reasonably accessible by other means).", a.web)
	case kFramework:
		return fmt.Sprintf("The contract was awarded through the %s framework (lot %d).", []string{"Crown Commercial Service Technology Services 3", "ESPO", "YPO", "NHS Shared Business Services", "Bluelight Commercial"}[r.IntN(5)], 1+r.IntN(6))
	}
	return "Please see the attached document."
}

func decision(r *rand.Rand, a authority, parts [][]question, wholeCost bool, add func(block)) {
	if wholeCost {
		add(block{kind: "para", lines: []string{fmt.Sprintf("Your request has now been considered and %s is unable to provide the information you have requested within the appropriate cost limit. This letter serves as a refusal notice under section 17 of the Act for the whole of your request, for the reasons given below.", a.name)}})
		return
	}
	// Group question numbers by what was done with them.
	order := []string{"s31(1)(a)", "s43(2)", "s40(2)", "ncnd", "not_held", "s12"}
	groups := map[string][]string{}
	for pi, p := range parts {
		var byKey = map[string][]int{}
		for _, q := range p {
			key := ""
			switch q.st.kind {
			case "withheld", "partial":
				key = q.st.ex[0]
			case "ncnd", "not_held":
				key = q.st.kind
			case "refused":
				key = "s12"
			}
			if key != "" {
				byKey[key] = append(byKey[key], q.num)
			}
		}
		for _, k := range order {
			if len(byKey[k]) == 0 {
				continue
			}
			s := ranges(byKey[k])
			if len(parts) > 1 {
				s = fmt.Sprintf("%s of part %d", s, pi+1)
			}
			groups[k] = append(groups[k], s)
		}
	}
	s := fmt.Sprintf("Your request has now been considered and I can confirm that %s holds some of the information you have requested.", a.name)
	if len(groups) == 0 {
		s = fmt.Sprintf("Your request has now been considered and I can confirm that %s holds the information you have requested, which is provided below.", a.name)
	}
	for _, k := range order {
		g := groups[k]
		if len(g) == 0 {
			continue
		}
		qs := "Questions " + strings.Join(g, " and ")
		if len(g) == 1 && !strings.ContainsAny(g[0], ",-") && !strings.Contains(g[0], " and ") {
			qs = "Question " + g[0]
		}
		are := "are"
		if strings.HasPrefix(qs, "Question ") {
			are = "is"
		}
		switch k {
		case "s31(1)(a)":
			s += fmt.Sprintf(" %s %s exempt under Section 31(1)(a) (law enforcement).", qs, are)
		case "s43(2)":
			s += fmt.Sprintf(" %s %s exempt under Section 43(2) (commercial interests).", qs, are)
		case "s40(2)":
			s += fmt.Sprintf(" Personal information within %s is exempt under Section 40(2).", strings.ToLower(qs[:1])+qs[1:])
		case "ncnd":
			s += fmt.Sprintf(" In respect of %s, %s neither confirms nor denies that it holds information, by virtue of Sections 23(5) and 24(2).", strings.ToLower(qs[:1])+qs[1:], a.self)
		case "not_held":
			s += fmt.Sprintf(" The information requested in %s is not held.", strings.ToLower(qs[:1])+qs[1:])
		case "s12":
			s += fmt.Sprintf(" %s %s refused under Section 12 (cost of compliance).", qs, are)
		}
	}
	if len(groups) > 0 {
		s += " This letter serves as a refusal notice under section 17 of the Act for those questions."
	}
	add(block{kind: "para", lines: []string{s}})
}

// ranges writes question numbers as people do: 1, 3-5 and 8.
func ranges(n []int) string {
	var out []string
	for j := 0; j < len(n); {
		k := j
		for k+1 < len(n) && n[k+1] == n[k]+1 {
			k++
		}
		switch {
		case k == j:
			out = append(out, fmt.Sprint(n[j]))
		case k == j+1:
			out = append(out, fmt.Sprint(n[j]), fmt.Sprint(n[k]))
		default:
			out = append(out, fmt.Sprintf("%d-%d", n[j], n[k]))
		}
		j = k + 1
	}
	if len(out) == 1 {
		return out[0]
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

func partIntro(r *rand.Rand, pi int, title string) string {
	if pi == 0 {
		return fmt.Sprintf("The first part of my request relates to %s:", strings.ToLower(title))
	}
	return []string{
		fmt.Sprintf("The second part of my request relates to %s:", strings.ToLower(title)),
		fmt.Sprintf("Part 2 – %s. Please also send me the following:", title),
	}[r.IntN(2)]
}

func labels(r *rand.Rand) (string, string) {
	switch r.IntN(3) {
	case 0:
		return "Question %d", "Response:"
	case 1:
		return "Q%d.", "A."
	}
	return "Request %d", "Answer:"
}

func reference(r *rand.Rand, a authority, day time.Time, i int) string {
	// i keeps references distinct within the corpus; r varies their look.
	num := 100 + (i*7+r.IntN(7))%9800
	switch r.IntN(4) {
	case 0:
		return fmt.Sprintf("FOI %04d/%02d", num, day.Year()%100)
	case 1:
		return fmt.Sprintf("FOI-%d-%05d", day.Year(), num+i/9800*10000)
	case 2:
		if a.kind == "nhs" {
			return fmt.Sprintf("IG/FOI/%d/%04d", day.Year(), num)
		}
		return fmt.Sprintf("FOI/%02d/%04d", day.Year()%100, num)
	}
	return fmt.Sprintf("FOI %d/%d", num, day.Year())
}

func dateString(r *rand.Rand, d time.Time) string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("%d%s %s", d.Day(), ordinal(d.Day()), d.Format("January 2006"))
	case 1:
		return d.Format("2 January 2006")
	}
	return d.Format("02/01/2006")
}

func receivedString(r *rand.Rand, d time.Time) string {
	if r.IntN(2) == 0 {
		return fmt.Sprintf("the %d%s of %s", d.Day(), ordinal(d.Day()), d.Format("January 2006"))
	}
	return d.Format("2 January 2006")
}

func ordinal(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

func money(r *rand.Rand, lo, hi int) string {
	v := lo + r.IntN(hi-lo)
	s := fmt.Sprint(v)
	var b strings.Builder
	for j, c := range s {
		if j > 0 && (len(s)-j)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

var firstNames = []string{"Sarah", "James", "Priya", "Thomas", "Aileen", "Mohammed", "Helen", "David", "Grace", "Owen", "Ruth", "Daniel"}
var lastNames = []string{"Carden", "Whitlock", "Osei", "Pemberton", "Lindqvist", "Haworth", "Bakshi", "Fairclough", "Morrow", "Ellery", "Quayle", "Tranter"}

func signatory(r *rand.Rand) string {
	return firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
