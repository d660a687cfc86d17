"""Writing letters: a letter (its parts, questions and planted stances) in
one of the house styles, as plain text, Markdown or a disclosure-log page."""

import html

EX = {
    "law": {"FOIA": ("31(1)(a)", "Law Enforcement"), "EIR": ("12(5)(b)", "the course of justice"),
            "FOISA": ("35(1)(a)", "law enforcement")},
    "security": {"FOIA": ("24(1)", "National Security"), "EIR": ("12(5)(a)", "national security"),
                 "FOISA": ("31(1)", "national security")},
    "commercial": {"FOIA": ("43(2)", "Commercial Interests"), "EIR": ("12(5)(e)", "confidentiality of commercial information"),
                   "FOISA": ("33(1)(b)", "commercial interests")},
    "personal": {"FOIA": ("40(2)", "Personal Information"), "EIR": ("13(1)", "personal data"),
                 "FOISA": ("38(1)(b)", "personal information")},
}
NCND_FOIA = {"law": "31(3)", "security": "24(2)", "commercial": "43(3)", "personal": "40(5)"}

ACT = {"FOIA": "Freedom of Information Act 2000", "EIR": "Environmental Information Regulations 2004",
       "FOISA": "Freedom of Information (Scotland) Act 2002"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d, form):
    if form == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == 1:
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if form == 2:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def section_word(regime):
    return "regulation" if regime == "EIR" else "section"


def cite(classes, regime, variant):
    """Cites the exemptions for a set of classes in the letter's regime."""
    out = []
    for cl in classes:
        sec, title = EX[cl][regime]
        if regime == "FOIA" and cl == "law" and variant % 2 == 1:
            sec = "31(1)(a)(b)"
        w = section_word(regime)
        if regime == "FOISA":
            out.append(f"section {sec} of FOISA ({title})")
        else:
            out.append(f"{w.capitalize()} {sec} ({title})")
    return " and ".join(out)


def answer_text(q, letter):
    """The answer to one question as the letter words it."""
    st = q["stance"]
    k = st["kind"]
    auth = letter["auth_name"]
    regime = letter["regime"]
    v = letter["variant"] + q["index"]
    if k == "released":
        return q["released"]
    if k == "partial":
        rel = q["released"] if q["released"][-1] in ".?" else q["released"] + "."
        return (f"{rel} Some of the information requested ({q['detail']}) is withheld under "
                f"{cite(st['classes'], regime, v)}.")
    if k == "withheld":
        forms = [f"This information is withheld under {cite(st['classes'], regime, v)}.",
                 f"{auth} holds this information but it is exempt from disclosure under {cite(st['classes'], regime, v)}.",
                 f"The information is exempt from disclosure under {cite(st['classes'], regime, v)}."]
        return forms[v % len(forms)]
    if k == "ncnd":
        cl = st["classes"][0] if st["classes"] else "law"
        if regime == "FOIA":
            s = (f"{auth} can neither confirm nor deny that it holds this information, by virtue of "
                 f"Section {NCND_FOIA[cl]}.")
            if letter["kind"] == "police":
                s += " This should not be taken as an indication that the information you seek does or does not exist."
            return s
        if regime == "EIR":
            return (f"{auth} neither confirms nor denies whether it holds this information, under regulation 12(6) "
                    f"of the Environmental Information Regulations 2004.")
        return f"In terms of section 18 of FOISA, {auth} neither confirms nor denies whether it holds this information."
    if k == "not_held":
        if regime == "EIR":
            return f"{auth} does not hold this information; regulation 12(4)(a) applies."
        if regime == "FOISA":
            return f"In terms of section 17 of FOISA, {auth} does not hold this information."
        forms = [f"{auth} does not hold this information.",
                 "No information is held, as this is not recorded separately.",
                 f"{auth} does not hold this information as it is not recorded centrally."]
        return forms[v % len(forms)]
    if k == "refused":
        if regime == "EIR":
            return ("Locating this information would take well over 18 hours of officer time; the request for it is "
                    "manifestly unreasonable under regulation 12(4)(b).")
        if regime == "FOISA":
            return ("To answer this question would exceed the £600 cost limit, so it is refused under "
                    "section 12(1) of FOISA.")
        return ("To locate and extract this information would exceed the appropriate limit of 18 hours (£450), "
                "so this question is refused under Section 12(1) of the Act.")
    return ""


def head_lines(letter, form):
    a = letter["auth"]
    lines = list(a["head"]) + [""]
    ref, date = letter["ref"], fmt_date(letter["date"], form)
    if form % 2 == 0:
        lines += [f"Our reference: {ref}", f"Date: {date}", ""]
    else:
        lines += [date, "", f"Ref: {ref}", ""]
    return lines


def intro(letter, form):
    rec = fmt_date(letter["received"], (form + 1) % 4)
    auth = letter["auth_name"]
    act = ACT[letter["regime"]]
    forms = [f"I refer to your request for information received by {auth} on {rec}, which has been dealt with under the {act}. You asked:",
             f"Thank you for your request received on {rec}. We have dealt with it under the {act}. I note you seek access to the following information:",
             f"Your request of {rec} has been considered under the {act}. You asked for the following:"]
    return forms[form % len(forms)]


def closing(letter):
    lines = ["", "If you are dissatisfied with the handling of your request, you may ask for an internal review within 40 working days. "
             "If you remain dissatisfied you may apply to the "
             + ("Scottish Information Commissioner." if letter["regime"] == "FOISA" else "Information Commissioner's Office."),
             "", "Yours sincerely", ""]
    return lines + list(letter["auth"]["sign"])


def banner(letter):
    b = letter["auth"].get("banner")
    return ["", b, ""] if b else []


def title_line(letter):
    t = letter["title"]
    if letter["regime"] == "EIR":
        return f"ENVIRONMENTAL INFORMATION REQUEST - {letter['ref']} {t}"
    return f"FREEDOM OF INFORMATION REQUEST - {letter['ref']} {t}"


def render_quoted(letter, decision=False):
    form = letter["variant"]
    L = head_lines(letter, form) + ["Dear", "", title_line(letter), "", intro(letter, form), ""]
    for p in letter["parts"]:
        if p["heading"]:
            L += [p["heading"], ""]
        for q in p["qs"]:
            L.append(f"{q['number']}. {q['text']}")
        L.append("")
    multi = len(letter["parts"]) > 1
    auth = letter["auth_name"]
    withheld = [(pi, q) for pi, p in enumerate(letter["parts"]) for q in p["qs"] if q["stance"]["kind"] == "withheld"]
    if decision and withheld:
        classes = withheld[0][1]["stance"]["classes"]
        groups = []
        for pi, p in enumerate(letter["parts"]):
            nums = [str(q["number"]) for q in p["qs"] if q["stance"]["kind"] == "withheld"]
            if nums:
                groups.append(f"question{'s' if len(nums) > 1 else ''} {','.join(nums)}" + (f" in part {pi + 1} of your request" if multi else ""))
        L += [f"Your request has now been considered and I can confirm {auth} does hold information you request; however I will be "
              f"citing the exemption {cite(classes, letter['regime'], form)} to " + " and ".join(groups) + ".", ""]
        L += banner(letter)
        L += ["As a qualified and prejudice-based exemption, I am required to evidence the harm and apply the public interest test.", "",
              "Evidence of Harm", "",
              "Disclosure of the requested detail would be a release to the world and could assist those who would seek to exploit it.", "",
              "Balance Test", "",
              "Having weighed the factors, the balance of the public interest lies in the non-disclosure of the exempted information.", "",
              "The response to the remaining questions is provided below.", ""]
    else:
        L += [f"{auth} holds some of the information you requested, and our response is provided below.", ""]
        L += banner(letter)
    for pi, p in enumerate(letter["parts"]):
        if multi:
            L += [f"Part {pi + 1}", ""]
        for q in p["qs"]:
            if decision and q["stance"]["kind"] == "withheld":
                continue
            L += [f"Question {q['number']} - {answer_text(q, letter)}", ""]
    return "\n".join(L + closing(letter)) + "\n"


def render_qa(letter):
    form = letter["variant"]
    L = head_lines(letter, form) + ["Dear", "", title_line(letter), "", intro(letter, form).replace(" You asked:", "").replace(
        " I note you seek access to the following information:", "").replace(" You asked for the following:", ""), ""]
    for p in letter["parts"]:
        if p["heading"]:
            L += [p["heading"], ""]
        for q in p["qs"]:
            # A question without closing punctuation swallows the A line
            # that follows it (a parser limitation): end it with a full stop.
            text = q["text"] if q["text"][-1] in ".?" else q["text"] + "."
            L += [f"Q{q['number']}  {text}", f"A{q['number']}  {answer_text(q, letter)}", ""]
    return "\n".join(L + closing(letter) + banner(letter)) + "\n"


def render_interleaved(letter):
    form = letter["variant"]
    L = head_lines(letter, form) + ["Dear", "", title_line(letter), "", intro(letter, form), ""]
    for p in letter["parts"]:
        if p["heading"]:
            L += [p["heading"], ""]
        for q in p["qs"]:
            L += [f"{q['number']}. {q['text']}", f"Response: {answer_text(q, letter)}", ""]
    return "\n".join(L + closing(letter) + banner(letter)) + "\n"


def render_youasked(letter):
    form = letter["variant"]
    a = letter["auth"]
    L = [f"# {a['name']}", "", f"**{title_line(letter)}**", "",
         f"Reference: {letter['ref']}", "", f"Date of response: {fmt_date(letter['date'], form)}", "", "Dear Requester", "",
         intro(letter, form).split(". ")[0] + ".", ""]
    for p in letter["parts"]:
        if p["heading"]:
            L += [f"## {p['heading']}", ""]
        for q in p["qs"]:
            L += [f"**You asked:** {q['text']}", "", f"**Our response:** {answer_text(q, letter)}", ""]
    return "\n".join(L + closing(letter)) + "\n"


def render_table(letter):
    form = letter["variant"]
    L = head_lines(letter, form) + ["Dear", "", title_line(letter), "", intro(letter, form).split(". ")[0] + ". Our response is set out in the table below.", ""]
    L += ["| Question | Response |", "| --- | --- |"]
    for p in letter["parts"]:
        for q in p["qs"]:
            L.append(f"| {q['number']}. {q['text']} | {answer_text(q, letter)} |")
    L.append("")
    return "\n".join(L + closing(letter)) + "\n"


def render_request(letter):
    """A bare incoming request: the questions, no answers yet."""
    form = letter["variant"]
    d = fmt_date(letter["date"], form)
    act = ACT[letter["regime"]]
    L = [f"To: Freedom of Information Team, {letter['auth_name']}", f"From: {letter['requester']}", f"Date: {d}", "",
         f"Subject: {'Environmental information' if letter['regime'] == 'EIR' else 'Freedom of Information'} request - {letter['title']}", "",
         f"Dear {letter['auth_name']},", "", f"Under the {act} I would like to request the following information.", ""]
    for p in letter["parts"]:
        if p["heading"]:
            L += [p["heading"], ""]
        for q in p["qs"]:
            L.append(f"{q['number']}. {q['text']}")
        L.append("")
    L += ["I would prefer to receive the information electronically.", "", "Yours faithfully,", "", letter["requester"]]
    return "\n".join(L) + "\n"


def to_html(letter, text):
    """A disclosure-log page holding the letter's text, with the site's
    navigation, cookie banner and footer around it."""
    a = letter["auth"]
    body = []
    for block in text.split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n") if x.strip()]
        if lines:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(letter['title'])} | Disclosure log | {html.escape(a['name'])}</title>
</head>
<body>
<div id="cookie-banner"><p>We use essential cookies to make this site work. <button>Accept all cookies</button> <button>Reject optional cookies</button></p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/log">Disclosure log</a></li></ul></nav></header>
<main id="content">
<h1>{html.escape(letter['title'])}</h1>
{chr(10).join(body)}
</main>
<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body>
</html>
"""


def render(letter):
    style = letter["style"]
    if style == "request":
        text = render_request(letter)
    elif style == "quoted":
        text = render_quoted(letter)
    elif style == "decision":
        text = render_quoted(letter, decision=True)
    elif style == "qa":
        text = render_qa(letter)
    elif style == "interleaved":
        text = render_interleaved(letter)
    elif style == "youasked":
        text = render_youasked(letter)
    elif style == "table":
        text = render_table(letter)
    else:
        raise ValueError(style)
    if letter["fmt"] == "html":
        return to_html(letter, text)
    return text
