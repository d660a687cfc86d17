package corpus

import (
	"strings"
)

// Phrases that mark the structure of a letter. They are matched on a
// lower-cased line.
var (
	// The response proper begins: the request has been restated and the
	// authority now answers. "We have considered your request" opens it;
	// "we have considered the public interest" is reasoning inside an
	// answer.
	reResponseStart = mustAlternation(`(?i)\b(?:responded|replied|answered|response\s+is|responses\s+are)\s*:\s*$|^(?-i:(?:NHS|[A-Z][a-z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*)*)\s+(?:response|answers?|reply)\s*[:.]?\s*$|^(?:our\s+)?decision\s*:\s+\S|^(?:what\s+we\s+(?:can\s+(?:tell\s+you|provide|release|say|confirm)|hold|found|have\s+found)|here\s+is\s+what\s+we\s+(?:hold|found|can\s+tell\s+you))\s*[:.]?\s*$|^(?:our\s+|the\s+|(?:force|council|trust|university|college|board|department|service|authority|agency|ministry|police|constabulary|school|academy|partnership|commission)\s+)?(?:response|responses|answers?|reply|decision|outcome)s?\s*[:.]?\s*$|(?:has\s+now\s+been\s+(?:considered|completed|processed)|(?:i|we)\s+(?:can|am able to|are able to)\s+(?:now\s+)?(?:confirm|provide|advise|respond)|please\s+find\s+(?:below|attached|enclosed|our|the)|(?:response|answers?)\s+to\s+your\s+(?:request|questions)|(?:our|the)\s+(?:response|answers?)\s+(?:is|are)\s+as\s+follows|(?:we|i)\s+have\s+numbered\s+your\s+(?:questions|request|points)|(?:in|by\s+way\s+of)\s+response\s+to\s+your\s+request|(?:i|we)\s+(?:have|has)\s+(?:now\s+)?(?:completed|considered\s+(?:your|the\s+request|this|it|all|the\s+(?:information|questions?|points?|matters?)|carefully|and)\b)|your\s+request\s+(?:for\s+information\s+)?has\s+been\s+(?:considered|processed|dealt)|i\s+(?:can|will)\s+now\s+respond|the\s+information\s+(?:you\s+)?requested\s+is\s+(?:as\s+follows|below|provided)|(?:the|our)\s+(?:council|force|trust|department|authority|constabulary|service|university|board)'?s?\s+response)`)

	// Unnumbered labels that introduce an answer in interleaved layouts:
	// "Response:", "Answer", "Our response:", "A:", "Reply –".
	reAnswerLabel = mustRx(`(?i)^\**(?:our\s+|force\s+|council\s+|trust\s+|(?:the\s+)?(?:council|force|trust|board|authority|service|department|university|agency|college|constabulary)['’]?s\s+)?(?:response|answer|reply|information\s+provided)\**\s*(?:[:.\-–—]\s*|$)|^\**(?:we\s+(?:said|replied|answered|responded|hold|found)|what\s+we\s+(?:said|found|hold|can\s+tell\s+you))\**\s*(?::\s*|$)|^\**(?:review(?:\s+(?:decision|outcome|finding|response))?|reviewer'?s\s+(?:decision|response|finding)|decision\s+on\s+review|outcome\s+of\s+(?:the\s+)?review)\**\s*[:\-–—]\s*|^A\s*[:–—]\s*|(?-i:^A\.\s+)`)

	// The original decision quoted by an internal review above its own:
	// "Original response: withheld under section 40(2)." / "Review: ...".
	reOriginalLabel = mustRx(`(?i)^\**(?:original|initial|first)\s+(?:response|decision|answer|reply)\**\s*[:.\-–—]`)

	// Unnumbered labels that introduce a question in interleaved layouts:
	// "You asked:", "Request:", "Question:", "Your request:", "Your
	// question:", "What you asked for:", "REQUEST".
	reQuestionLabel = mustRx(`(?i)^\**(?:you\s+asked|your\s+(?:request|question|query)|request|question|q|information\s+requested|you\s+requested|what\s+you\s+asked(?:\s+for)?)\**\s*(?:[:.\-–—]\s*|$)`)

	// Boilerplate that ends any answer: complaint rights, sign-off, re-use.
	reBoilerplate = mustLead(`(?i)^(?:the\s+[\w\s]{1,30}\s+has\s+a\s+complaints?\s+procedure|complaint\s+rights|your\s+right\s+to\s+(?:complain|request|appeal|seek|ask|require|an?\s+internal)|right\s+(?:of|to)\s+(?:complain|appeal|review)|if\s+you\s+are\s+(?:dis)?(?:satisfied|unhappy|not\s+(?:satisfied|happy|content))|if\s+you\s+(?:wish\s+to\s+)?(?:complain|request\s+an?\s+(?:internal\s+)?review|have\s+any\s+(?:further\s+)?(?:queries|questions))|are\s+you\s+(?:not\s+happy|unhappy|dissatisfied)\s+with\s+(?:our|the|this|my)\s+(?:answer|response|reply|decision|handling)|not\s+happy\s+with\s+(?:our|the|this|my)\s+(?:answer|response|reply|decision|handling)|unhappy\s+with\s+(?:our|the|this|my)\s+(?:answer|response|reply|decision|handling)|dissatisfied\s+with\s+(?:our|the|this|my)\s+(?:answer|response|reply|decision|handling)|yours\s+(?:sincerely|faithfully)|kind\s+regards|with\s+best\s+wishes\s*,?\s*$|best\s+wishes\s*,?\s*$|best\s+regards|warm\s+regards|with\s+regards|regards\s*,?\s*$|mae\s+gennych\s+hawl|yn\s+gywir|yn\s+ddiffuant|os\s+ydych\s+yn\s+anfodlon|many\s+thanks|whilst\s+every\s+care|copyright|the\s+information\s+(?:supplied|provided|released|disclosed)\s+(?:to\s+you\s+)?(?:in\s+this\s+(?:response|letter)\s+)?(?:is|continues\s+to\s+be|remains)\s+(?:protected|subject)\s+(?:by|to)\b|re-?use\s+of\s+(?:the\s+)?information|(?:this|the)\s+information\s+(?:is|has\s+been)\s+(?:provided|supplied|released|disclosed)\s+(?:solely\s+|only\s+)?for\s+your\s+(?:own\s+|personal\s+|private\s+|non-commercial\s+)+(?:use|information|research)|if\s+you\s+(?:wish|want|intend)\s+to\s+re-?use|information\s+commissioner|scottish\s+information\s+commissioner|i\s+would\s+like\s+to\s+take\s+this\s+opportunity|thank\s+you\s+for\s+your\s+interest|please\s+(?:do\s+not\s+hesitate|contact\s+us)|if\s+you\s+require\s+any\s+further|appeal\s+procedure|review\s+procedure|your\s+rights|you\s+(?:have|has)\s+the\s+right\s+to|you\s+(?:can|may)\s+(?:ask|request|apply)\s+(?:(?:the\s+\w+|us)\s+)?(?:for\s+)?(?:an?\s+)?(?:internal\s+)?review|should\s+you\s+(?:be\s+)?(?:dis|un)?(?:satisfied|happy)|should\s+you\s+wish\s+to\s+(?:complain|request|appeal|ask)|if\s+you\s+(?:remain|are\s+still)\s+(?:dis|un)?(?:satisfied|happy)|if\s+you\s+(?:disagree|do\s+not\s+agree)|complaints?\s*:?\s*$|complaints?\s+(?:and|&)\s+(?:appeals?|reviews?)\s*$|reviews?\s+(?:and|&)\s+(?:appeals?|complaints?)\s*$|appeals?\s*:?\s*$|your\s+right\s+to\s+(?:a|an)\s+(?:internal\s+)?review|how\s+to\s+(?:complain|appeal|ask\s+for\s+a\s+review)|attachments?\s*:?\s*$|downloads?\s*:?\s*$|related\s+(?:documents?|disclosures|requests|links|pages|information)\s*:?\s*$|(?:was|is)\s+this\s+page\s+(?:helpful|useful)|did\s+you\s+find\s+what\s+you\s+(?:were\s+looking|needed)|what\s+(?:to\s+do|you\s+can\s+do)\s+if\s+you\s+are\s+(?:not\s+|un|dis)?(?:happy|satisfied)|we\s+(?:will|shall|aim\s+to|expect\s+to)\s+(?:respond|reply|send\s+(?:you\s+)?(?:a|our)\s+(?:full\s+)?response)\s+(?:to\s+you\s+)?(?:within|by|no\s+later)|please\s+quote\s+(?:this|the|our|your|reference|ref\b|[A-Z0-9])|request\s+an?\s+(?:internal\s+)?review\s+(?:by|within|in\s+writing)\b|to\s+request\s+an?\s+(?:internal\s+)?review\b|ask\s+for\s+an?\s+(?:internal\s+)?review\s+(?:by|within|in\s+writing)\b)`)

	// Sections that argue an exemption rather than answer a question. They
	// end an answer and their section mentions are not stances.
	reArgumentHeading = mustLead(`(?i)^(?:evidence\s+of\s+harm|why\s+(?:we|i|the\s+\w+)\s+(?:have\s+|has\s+)?(?:applied|used|relied\s+on|withheld|withh[eo]ld|refused|(?:are|is|am)\s+(?:withholding|refusing|applying|relying)|cannot|can\s*not)\b[^.?!]{0,80}$|(?:our|the|my)\s+reasons?(?:\s+for\s+(?:(?:this|the|our|my)\s+)?(?:decision|refusal))?\s*:?\s*$|harm\b|public\s+interest(?:\s+test)?|factors\s+favou?ring|balance\s+test|balancing\s+test|the\s+public\s+interest|reasons?(?:\s+for\s+(?:(?:the|our|my)\s+)?(?:decision|refusal))?|prejudice\s+test|overall\s+harm|exemptions?\s+applied|note\s+on\s+(?:the\s+)?exemptions?|a\s+note\s+on\s+(?:the\s+)?exemptions?|other\s+exemptions?\s+(?:considered|not\s+(?:applied|used|relied\s+on))|exemptions?\s+(?:considered|not\s+(?:applied|used|relied\s+on))|legislation|the\s+law|annex|appendix|(?-i:(?:SECTION|REGULATION)\s*(?:\d+\([\da-zA-Z]+\)[\d()a-zA-Z]*|1[2-9]|[2-4]\d)\s*[-–—:]\s*[A-Z][A-Z ,&'’-]{2,50})$|neither\s+confirm(?:ing)?\s+nor\s+deny(?:ing)?(?:\s*[-–—:(,]\s*(?:section|s\.?|regulation|reg\.?)\s*\d+[\d()a-zA-Z]*\)?)?\s*$|duty\s+to\s+confirm\s+or\s+deny\s*$|the\s+duty\s+to\s+confirm\s+or\s+deny\s*$|summary(?:\s+of\s+(?:the\s+|my\s+|our\s+)?(?:review|outcome|decisions?|findings))?\s*$|(?:national\s+security|law\s+enforcement|commercial\s+interests?|personal\s+(?:information|data)|health\s+and\s+safety|legal\s+professional\s+privilege)(?:\s*[-–—:]\s*(?:harm|public\s+interest|the\s+public\s+interest|harm\s+and\s+(?:the\s+)?public\s+interest)(?:\s+test)?)?\s*$|conclusions?\s*$|our\s+decisions?\s*[–—:-]\s*(?:questions?|points?|parts?)\s+[\w\s,&]+$|decisions?\s*[–—:-]\s*(?:questions?|points?|parts?)\s+[\w\s,&]+$)(?:\b|$)`)
)

// isResponseStart reports whether a line opens the authority's answer.
func isResponseStart(s string) bool {
	l := strings.ToLower(s)
	for _, w := range responseWords {
		if strings.Contains(l, w) {
			// "### Decision", "**Our response**": a heading's markup is
			// no part of it.
			return reResponseStart.MatchString(strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "*_#")))
		}
	}
	return false
}

// responseWords are the words one of which every match of reResponseStart
// contains; most lines have none, and the expression is costly.
var responseWords = []string{"respon", "answer", "repl", "decision", "outcome", "consider", "complet", "process",
	"confirm", "provide", "advise", "find", "dealt", "requested", "what we", "here is"}

// isBoilerplate reports whether a line opens closing boilerplate.
func isBoilerplate(s string) bool {
	t := strings.TrimSpace(strings.Trim(s, "*_# "))
	if reBoilerplate.MatchString(t) {
		return true
	}
	// A Welsh body's heading in both languages: "Eich hawliau / Your
	// rights".
	if k := strings.Index(t, " / "); k > 0 && len(t) < 80 {
		return reBoilerplate.MatchString(strings.TrimSpace(t[k+3:]))
	}
	return false
}

// boilerplateAt reports whether line i opens the letter's boilerplate:
// a line that reads as boilerplate, unless it carries on a sentence from
// the line above ("... the Council, the police and the" over "Information
// Commissioner have all recognised that ...": the Commissioner named in
// an answer, not the complaint-rights paragraph).
func (p *parser) boilerplateAt(i int) bool {
	return isBoilerplate(p.lines[i]) && !(p.continuesSentence(i) && reCommissionerFound.MatchString(strings.TrimSpace(p.lines[i])))
}

// reCommissionerFound opens a line with what the Commissioner has found
// or accepted: "Information Commissioner have all recognised that ...".
var reCommissionerFound = mustRx(`^(?i:(?:the\s+)?(?:scottish\s+)?information\s+commissioner(?:['’]s\s+office)?)\s+(?:(?:have|has|had)\s+(?:all\s+|also\s+|previously\s+)?)?(?:accepted|recognised|recognized|agreed|found|decided|ruled|stated|said|held|upheld|confirmed|noted|considered|concluded)\b`)

// isArgumentHeading reports whether a line opens a harm or public-interest
// argument (short lines only: a heading, not a sentence).
func isArgumentHeading(s string) bool {
	t := strings.TrimSpace(strings.Trim(s, "*_# "))
	// A heading starts with a capital and has no full stop: "annex." at
	// the start of a line ends a sentence wrapped from the line before.
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	if reRunInArgument.MatchString(t) {
		// "Public interest test. Section 35 is a qualified exemption":
		// a heading run into its first sentence.
		return true
	}
	if k := strings.Index(t, " / "); k > 0 && len(t) < 120 && !strings.HasSuffix(t, ".") {
		// A Welsh body's heading in both languages: "Prawf niwed a
		// budd y cyhoedd / Harm and public interest test".
		if e := strings.TrimSpace(t[k+3:]); e != "" && len(e) < 70 && reArgumentHeading.MatchString(e) {
			return true
		}
	}
	return !strings.HasSuffix(t, ".") && len(t) < 70 && reArgumentHeading.MatchString(t)
}

// reRunInArgument is an argument's heading run into its first sentence,
// or an annex's ("Annex – exemptions referred to in our guidance: ...").
var reRunInArgument = mustRx(`^(?:(?:Public\s+interest\s+test|Evidence\s+of\s+harm|Balance\s+test|Balancing\s+test|Harm\s+test|Prejudice\s+test)\s*[.:]\s+[A-Z]|(?:Annexe?|Appendix)(?:\s+(?:[A-Z]|\d{1,2}))?\s*[–—:-]\s+\S)`)

// reRequestLeadIn marks the sentence that introduces the quoted request.
var reRequestLeadIn = mustRx(`(?i)(?:you\s+wrote\s+(?:to\s+(?:us|the\s+\w+)\s+)?(?:on\s+\S+(?:\s+\S+){0,2}\s+)?asking|you\s+(?:asked|requested|wrote|seek|wanted\s+to\s+know|said\s+(?:that\s+)?you\s+(?:would\s+like|wanted|wished)\s+to\s+know)|your\s+request\s+(?:was|is|reads|stated)|requested\s+the\s+following|following\s+information|seek\s+access\s+to|you\s+asked\s+for|your\s+(?:email|letter)\s+(?:of|dated|received)[^:]*:\s*$|:\s*$)`)
