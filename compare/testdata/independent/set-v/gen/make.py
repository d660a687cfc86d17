#!/usr/bin/env python3
"""Blind evaluation set V for a FOI consistency checker.

Holds the truth for every letter (authority, reference, date, and for every
question its concept, stance, exemptions and stated fact), renders the letters
into history/ and drafts/, and derives expect.json from that truth.
Standard library only.  Usage: python3 make.py [--no-render]
"""
import json, os, sys, shutil, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import render as R  # noqa: E402

# ====================================================================== model


class Q:
    def __init__(self, c, text, st="released", ex=(), fact=None, ans=None):
        self.concepts = (c,) if isinstance(c, str) else tuple(c)
        self.text, self.st, self.ex, self.fact, self.ans = text, st, tuple(sorted(ex)), fact, ans


def Rel(c, text, fact, ans, ex=()):
    return Q(c, text, "released", ex, fact, ans)


def Wh(c, text, ex, ans=None):
    return Q(c, text, "withheld", ex, None, ans)


def Part(c, text, ex, fact, ans):
    return Q(c, text, "partially_released", ex, fact, ans)


def NH(c, text, ans=None, ex=()):
    return Q(c, text, "not_held", ex, None, ans)


def NC(c, text, ex, ans=None):
    return Q(c, text, "ncnd", ex, None, ans)


def Ref(c, text, ex, ans=None):
    return Q(c, text, "refused", ex, None, ans)


def Ask(c, text):
    return Q(c, text, None, (), None, None)


class P:
    def __init__(self, heading, qs, intro=None, short=None):
        self.heading, self.qs, self.intro, self.short = heading, qs, intro, short or heading


class L:
    def __init__(self, auth, ref, date, received, fmt, style, title, parts, kind="history",
                 regime="foia", as_of=None, datefmt="long", lead=None, before=(), after=(),
                 opts=None, fname=None, all_authorities=False, consistent=False):
        self.auth, self.ref, self.date, self.received = auth, ref, date, received
        self.fmt, self.style, self.title, self.parts = fmt, style, title, parts
        self.kind, self.regime, self.as_of, self.datefmt = kind, regime, as_of, datefmt
        self.lead, self.before, self.after = lead, list(before), list(after)
        self.opts = opts or {}
        self.fname = fname
        self.all_authorities, self.consistent = all_authorities, consistent

    def questions(self):
        for pi, part in enumerate(self.parts, 1):
            for qi, q in enumerate(part.qs, 1):
                yield f"P{pi}.Q{qi}", pi, qi, q


AUTH = {
    "cnl": dict(name="London Borough of Thamesreach", short="the Council",
                addr="Information Governance Team, Thamesreach Town Hall, 1 Riverside Parade, London SE28 9XQ",
                email="foi@thamesreach.gov.uk", prefix="thamesreach"),
    "pol": dict(name="Pennine Moors Police", short="Pennine Moors Police",
                addr="Freedom of Information Unit, Police Headquarters, Moorgate Road, Halton Brigg, HB1 4PX",
                email="foi@penninemoors.police.uk", prefix="penninemoors"),
    "amb": dict(name="Wessex Downs Ambulance Service NHS Foundation Trust", short="the Trust",
                addr="Chalkhill House, Downs Way, Marlbury, SN9 2WD",
                email="foi@wdas.nhs.uk", prefix="wdas"),
    "uni": dict(name="Kingsmere University", short="the University",
                addr="Information Compliance Office, Abbey Lane, Kingsmere, KM4 7UY",
                email="foi@kingsmere.ac.uk", prefix="kingsmere"),
}

# ================================================================ exemptions

EXTXT = {
    "s43(2)": "section 43(2) (commercial interests)",
    "s31(1)(a)": "section 31(1)(a) (law enforcement)",
    "s31(1)(b)": "section 31(1)(b) (law enforcement)",
    "s24(1)": "section 24(1) (national security)",
    "s40(2)": "section 40(2) (personal information)",
    "s41(1)": "section 41(1) (information provided in confidence)",
    "reg12(5)(e)": "regulation 12(5)(e) (confidentiality of commercial or industrial information)",
    "reg12(4)(a)": "regulation 12(4)(a)",
    "s24(2)": "section 24(2) (national security)",
    "s31(3)": "section 31(3) (law enforcement)",
    "s12(1)": "section 12(1)",
}


def extext(ex):
    ex = list(ex)
    if ex == ["s31(1)(a)", "s31(1)(b)"]:
        return "Section 31(1)(a)(b) (Law Enforcement)"
    parts = [EXTXT[e] for e in ex]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def default_answer(q, letter):
    a = AUTH[letter.auth]
    org = a["short"]
    Org = org[0].upper() + org[1:]
    act = "the Environmental Information Regulations 2004" if letter.regime == "eir" else "the Freedom of Information Act 2000"
    if q.st == "withheld":
        return (f"This information is withheld under {extext(q.ex)} of {act}. "
                "Having considered the public interest, we have concluded that it favours maintaining the exemption.")
    if q.st == "not_held":
        return f"{Org} does not hold this information."
    if q.st == "ncnd":
        return (f"{Org} can neither confirm nor deny that it holds information relevant to this question, "
                f"by virtue of {extext(q.ex)}.")
    raise ValueError(f"no default answer for {q.st} in {letter.ref}")


def ans(q, letter):
    return q.ans if q.ans is not None else default_answer(q, letter)

# ==================================================================== letters

LETTERS = []


def add(*a, **k):
    LETTERS.append(L(*a, **k))


from letters_data import define  # noqa: E402

define(globals())

# ================================================================= rendering

HARM = {
    "pol": [
        ("h", "Evidence of Harm"),
        ("p", "A disclosure under the Freedom of Information Act is a disclosure to the world, not just to the individual "
              "making the request. The Police Service is charged with preventing and detecting crime, and the "
              "equipment and technology a force deploys, and the suppliers who provide it, are of interest to those "
              "who would wish to disrupt or evade policing activity."),
        ("h", "Public Interest Test"),
        ("p", "Factors favouring disclosure: openness about the use of public money and about how the force equips its "
              "officers and staff would inform public debate."),
        ("p", "Factors favouring non-disclosure: disclosure would be likely to reveal capability and vulnerability, "
              "which could be exploited by offenders, and would undermine the force's ability to prevent and detect crime."),
        ("h", "Balance Test"),
        ("p", "Having weighed the factors, it is my decision that the balance of the public interest lies in "
              "maintaining the exemption for the information identified above."),
    ],
}


def q_lab(n, fmtstr):
    if "{L}" in fmtstr:
        return fmtstr.replace("{L}", "abcdefghij"[n - 1])
    return fmtstr.replace("{n}", str(n))


def body(letter):
    st, o = letter.style, letter.opts
    bl = []
    if st in ("restate_answers", "decision", "bare"):
        bl.append(("p", letter.lead or "You asked for the following information:"))
        for part in letter.parts:
            if part.heading:
                bl.append(("h", part.heading))
            if part.intro:
                bl.append(("p", part.intro))
            for n, q in enumerate(part.qs, 1):
                bl.append(("li", q_lab(n, o.get("qlab", "{n}.")), q.text))
        if st == "bare":
            return bl
    if st == "restate_answers":
        bl.append(("h", o.get("resp_head", "Response")))
        if o.get("resp_lead"):
            bl.append(("p", o["resp_lead"]))
        for part in letter.parts:
            if part.heading:
                bl.append(("h", part.short))
            for n, q in enumerate(part.qs, 1):
                bl.append(("li", q_lab(n, o.get("alab", "{n}.")), ans(q, letter)))
    elif st == "interleaved":
        if letter.lead:
            bl.append(("p", letter.lead))
        for part in letter.parts:
            if part.heading:
                bl.append(("h", part.heading))
            if part.intro:
                bl.append(("p", part.intro))
            for n, q in enumerate(part.qs, 1):
                bl.append(("qa", q_lab(n, o.get("qlab", "Q{n}.")), q.text,
                           q_lab(n, o.get("alab", "A{n}.")), ans(q, letter)))
    elif st == "youasked":
        if letter.lead:
            bl.append(("p", letter.lead))
        for part in letter.parts:
            if part.heading:
                bl.append(("h", part.heading))
            if part.intro:
                bl.append(("p", part.intro))
            for n, q in enumerate(part.qs, 1):
                bl.append(("qa", q_lab(n, o.get("qlab", "You asked:")), q.text,
                           q_lab(n, o.get("alab", "Our response:")), ans(q, letter)))
    elif st == "table":
        if letter.lead:
            bl.append(("p", letter.lead))
        for part in letter.parts:
            if part.heading:
                bl.append(("h", part.heading))
            if part.intro:
                bl.append(("p", part.intro))
            rows = [(f"{q_lab(n, o.get('qlab', '{n}.'))} {q.text}", ans(q, letter)) for n, q in enumerate(part.qs, 1)]
            bl.append(("table", tuple(o.get("cols", ("Request", "Response"))), rows))
    elif st == "decision":
        bl.extend(decision_block(letter))
    else:
        raise ValueError(st)
    return bl


def _numlist(nums):
    nums = sorted(nums)
    if len(nums) == 1:
        return f"question {nums[0]}"
    if len(nums) > 2 and nums == list(range(nums[0], nums[-1] + 1)):
        return f"questions {nums[0]}-{nums[-1]}"
    return "questions " + ", ".join(str(x) for x in nums[:-1]) + f" and {nums[-1]}"


def decision_block(letter):
    a = AUTH[letter.auth]
    multi = len(letter.parts) > 1
    groups = {}
    for qid, pi, qi, q in letter.questions():
        if q.st == "withheld":
            groups.setdefault(q.ex, []).append((pi, qi))
    bl = []
    sentences = []
    for ex, lst in groups.items():
        if multi:
            bits = []
            for pi in sorted({p for p, _ in lst}):
                bits.append(f"{_numlist([qi for p, qi in lst if p == pi])} in part {pi} of your request")
            where = " and ".join(bits)
        else:
            where = _numlist([qi for _, qi in lst])
        sentences.append(f"the exemption {extext(ex)} to {where}")
    bl.append(("p", f"Your request for information has now been considered and I can confirm that {a['name']} holds "
                    f"information relevant to your request; however, I will be citing " + "; and ".join(sentences) + "."))
    if letter.opts.get("prev_note"):
        bl.append(("p", letter.opts["prev_note"]))
    bl.extend(HARM.get(letter.auth, []))
    rest = [(pi, qi, q) for _, pi, qi, q in letter.questions() if q.st != "withheld"]
    if multi:
        bits = []
        for pi in sorted({p for p, _, _ in rest}):
            bits.append(f"{_numlist([qi for p, qi, _ in rest if p == pi])} in part {pi}")
        bl.append(("p", "The response to " + " and ".join(bits) + " is provided below."))
    else:
        bl.append(("p", f"The response to {_numlist([qi for _, qi, _ in rest])} is provided below."))
    cur = None
    for pi, qi, q in rest:
        if multi and pi != cur:
            bl.append(("h", f"Part {pi}"))
            cur = pi
        bl.append(("li", f"Question {qi} \u2013", ans(q, letter)))
    return bl


def frame(letter):
    a = AUTH[letter.auth]
    d = R.fmt_date(letter.date, letter.datefmt)
    rc = R.fmt_date(letter.received, letter.opts.get("recfmt", letter.datefmt)) if letter.received else ""
    eir = letter.regime == "eir"
    act = "Environmental Information Regulations 2004" if eir else "Freedom of Information Act 2000"
    draft = letter.kind == "draft"
    bl = []
    if letter.style == "bare":
        bl += [("p", f"To: {a['name']} \u2013 Freedom of Information ({a['email']})"),
               ("p", f"Date: {d}"),
               ("p", f"Subject: Freedom of Information request \u2013 {letter.title}"),
               ("p", f"Request reference (assigned on receipt): {letter.ref}"),
               ("p", "Dear Sir or Madam,"),
               ("p", "Under the Freedom of Information Act 2000 I would like to request the following information.")]
        bl += body(letter)
        bl += [("p", "I would prefer to receive the information electronically. If any part of this request would "
                     "exceed the cost limit, please tell me how I could narrow it."),
               ("p", "Yours faithfully,"), ("p", "[name removed]")]
        return bl
    if draft:
        bl.append(("p", "DRAFT \u2013 NOT FOR RELEASE \u2013 for consistency check before sign-off"))
    if letter.auth == "cnl":
        bl += [("h", a["name"]), ("p", a["addr"]), ("p", d), ("p", f"Our reference: {letter.ref}"), ("p", "Dear"),
               ("h", f"{'Environmental Information Regulations 2004' if eir else 'Freedom of Information Act 2000'} request \u2013 {letter.title}"),
               ("p", f"Thank you for your request for information, which we received on {rc}. We have dealt with it "
                     f"under the {act}.")]
        bl += letter.before + body(letter) + letter.after
        bl += [("p", "If you are dissatisfied with the handling of your request you may ask for an internal review by "
                     f"writing to {a['email']} within 40 working days. If you remain dissatisfied you may complain to "
                     "the Information Commissioner under section 50 of the Freedom of Information Act 2000."),
               ("p", "Yours sincerely"), ("p", "Information Governance Officer\nLondon Borough of Thamesreach")]
    elif letter.auth == "pol":
        bl += [("p", "OFFICIAL"), ("h", a["name"]), ("p", a["addr"]), ("p", d), ("p", "Dear"),
               ("h", f"FREEDOM OF INFORMATION REQUEST \u2013 {letter.ref} {letter.title}"),
               ("p", f"I refer to your request for information received by {a['name']} on {rc}.")]
        bl += letter.before + body(letter) + letter.after
        bl += [("h", "Complaint Rights"),
               ("p", "Your attention is drawn to the attached sheet, which details your right of complaint. If you "
                     "are not satisfied you may ask for an internal review and thereafter complain to the Information "
                     "Commissioner's Office."),
               ("p", f"I would like to take this opportunity to thank you for your interest in {a['name']}."),
               ("p", "Disclosure Officer\nFreedom of Information Unit"),
               ("p", "Safer Moors, Stronger Communities")]
    elif letter.auth == "amb":
        bl += [("h", a["name"]), ("p", a["addr"]), ("p", f"Date: {d}"), ("p", f"FOI Reference: {letter.ref}"),
               ("p", "Dear Requester"), ("h", f"Re: Freedom of Information request \u2013 {letter.title}"),
               ("p", f"Thank you for your email of {rc}. The Trust has considered your request under the {act} and "
                     "our response is set out below.")]
        bl += letter.before + body(letter) + letter.after
        bl += [("p", "If you are unhappy with this response you may request an internal review by contacting the "
                     f"Information Governance Team at {a['email']}. You also have the right to complain to the "
                     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
               ("p", "Kind regards"), ("p", "Information Governance Team\n" + a["name"]),
               ("p", "Caring for our communities, 24 hours a day")]
    elif letter.auth == "uni":
        bl += [("h", "Kingsmere University \u2013 Information Compliance"), ("p", a["addr"]),
               ("p", f"Request reference: {letter.ref}"), ("p", f"Date request received: {rc}"),
               ("p", f"Date of response: {d}"), ("p", "Dear"),
               ("p", f"Your request has been handled under the {act}. {letter.title}: our response follows.")]
        bl += letter.before + body(letter) + letter.after
        bl += [("p", "If you are dissatisfied with this response you may request an internal review within 40 "
                     f"working days by emailing {a['email']}. If you remain dissatisfied after the review you may "
                     "apply to the Information Commissioner."),
               ("p", "Information Compliance Office\nKingsmere University")]
    return bl


def render_all():
    R.set_build(os.path.join(HERE, "build"))
    for sub in ("history", "drafts"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    tmp = os.path.join(HERE, "build", "stage")
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    for letter in LETTERS:
        outdir = os.path.join(HERE, "history" if letter.kind == "history" else "drafts")
        blocks = frame(letter)
        base = letter.fname
        fmt = letter.fmt
        target = os.path.join(outdir, base + "." + fmt.split("-")[0])
        title = f"{letter.ref} {letter.title}"
        if fmt == "txt":
            open(target, "w", encoding="utf-8").write(R.to_text(blocks, width=letter.opts.get("wrap")))
        elif fmt == "md":
            open(target, "w", encoding="utf-8").write(R.to_text(blocks, md=True))
        elif fmt == "html":
            a = AUTH[letter.auth]
            if letter.kind == "history":
                page = R.html_disclosure_log(blocks, title, a["name"],
                                             ["Home", "Services", "About us", "Contact", "Search"],
                                             f"\u00a9 {a['name']} {letter.date[:4]}. All rights reserved.")
            else:
                page = R.html_letter(blocks, title)
            open(target, "w", encoding="utf-8").write(page)
        elif fmt in ("docx", "pdf-soffice"):
            hp = os.path.join(tmp, base + ".html")
            open(hp, "w", encoding="utf-8").write(R.html_letter(blocks, title))
            out = R.soffice_convert(hp, "pdf" if fmt == "pdf-soffice" else "docx", tmp)
            shutil.move(out, target)
        elif fmt == "pdf-chromium":
            hp = os.path.join(tmp, base + ".html")
            open(hp, "w", encoding="utf-8").write(R.html_letter(blocks, title))
            R.chromium_pdf(hp, target)
        elif fmt == "pdf-gs":
            pp = os.path.join(tmp, base + ".ps")
            hdr = {"pol": "Safer Moors, Stronger Communities", "amb": "Caring for our communities, 24 hours a day",
                   "uni": "Kingsmere University - Information Compliance", "cnl": "London Borough of Thamesreach"}[letter.auth]
            open(pp, "w", encoding="latin-1").write(R.to_ps(blocks, header=hdr, footer="OFFICIAL" if letter.auth == "pol" else ""))
            R.gs_pdf(pp, target)
        else:
            raise ValueError(fmt)
        letter.path = target

# ================================================================== labelling

EQUIV = {"reg12(5)(e)": "s43", "reg12(5)(b)": "s31", "reg13": "s40", "reg12(5)(a)": "s24",
         "reg12(4)(e)": "s36", "reg6(1)(b)": "s21", "reg12(4)(d)": "s22", "reg12(6)": "ncnd",
         "reg12(4)(a)": "notheld", "reg12(4)(b)": "s12"}


def exfam(ex):
    out = set()
    for e in ex:
        if e in EQUIV:
            out.add(EQUIV[e])
        elif e.startswith("reg13"):
            out.add("s40")
        else:
            out.add(e.split("(")[0])
    return out


HELD = {"released", "partially_released", "withheld"}


def finding(prev, cur):
    P, C = prev.st, cur.st
    if P in (None, "unknown") or C in (None, "unknown"):
        return None
    if (P == "ncnd") != (C == "ncnd"):
        return ("ncnd_inconsistent", "high" if C == "ncnd" else "medium")
    if P in ("released", "partially_released") and C in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if P == "released" and C == "partially_released":
        return ("partly_withheld", "medium")
    if P == "withheld" and C in ("released", "partially_released"):
        return ("newly_released", "medium")
    if P == "withheld" and C == "withheld" and exfam(prev.ex) != exfam(cur.ex):
        return ("exemption_changed", "medium")
    if P in HELD and C == "not_held":
        return ("held_status_changed", "high")
    if P == "not_held" and C in HELD:
        return ("held_status_changed", "medium")
    if P == "released" and C == "released" and prev.fact != cur.fact:
        return ("answer_changed", "low")
    return None


def check_invariants():
    refs = [l.ref for l in LETTERS]
    assert len(refs) == len(set(refs)), "duplicate reference"
    names = [l.fname for l in LETTERS]
    assert len(names) == len(set(names)), "duplicate file name"
    for a in AUTH:
        ds = [l.date for l in LETTERS if l.auth == a]
        assert len(ds) == len(set(ds)), f"duplicate date in {a}"
    for l in LETTERS:
        if l.kind == "history":
            assert "2017-01-01" <= l.date <= "2025-12-31", l.ref
        else:
            assert "2025-01-01" <= l.date <= "2026-12-31", l.ref
        assert not l.received or l.received < l.date, l.ref
        seen = set()
        for qid, pi, qi, q in l.questions():
            for c in q.concepts:
                assert c not in seen, f"concept {c} twice in {l.ref}"
                seen.add(c)
            if l.style != "bare":
                assert q.st in ("released", "partially_released", "withheld", "ncnd", "not_held", "refused"), (l.ref, qid)
                if q.st in ("withheld", "partially_released", "ncnd", "refused"):
                    assert q.ex, (l.ref, qid)
                if q.st in ("released", "partially_released"):
                    assert q.fact is not None, (l.ref, qid)


def derive():
    hist = [l for l in LETTERS if l.kind == "history"]
    drafts = [l for l in LETTERS if l.kind == "draft"]
    out = {"description": (
        "Blind set V: four invented authorities (a London borough council, a police force in the north of England, "
        "an NHS ambulance trust and a university), history 2017-2025 with round-robin families re-asked with drift "
        "(rewording, renumbering, inserted/removed/reordered questions, parts restarting vs one merged list, merged "
        "questions, identical sentences in two parts about different contracts, look-alikes that must not match, "
        "a later letter after one draft's date), and drafts planting every finding kind, consistent restatements, a "
        "FOIA s43(2) to EIR reg12(5)(e) regime change, a bare incoming request and an as_of check."),
        "drafts": {}}
    truth = {"letters": []}
    for l in LETTERS:
        truth["letters"].append({
            "file": os.path.relpath(getattr(l, "path", l.fname), HERE), "kind": l.kind,
            "authority": AUTH[l.auth]["name"], "reference": l.ref, "date": l.date, "received": l.received,
            "regime": l.regime, "style": l.style, "format": l.fmt,
            "questions": [{"id": qid, "concepts": list(q.concepts), "stance": q.st, "exemptions": list(q.ex),
                           "fact": q.fact, "text": q.text} for qid, _, _, q in l.questions()]})
    counts = {}
    for d in drafts:
        cutoff = d.as_of or d.date
        entry = {}
        if d.as_of:
            entry["as_of"] = d.as_of
        if d.all_authorities:
            entry["all_authorities"] = True
        if d.consistent:
            entry["consistent"] = True
        entry["matches"] = {}
        entry["findings"] = []
        for qid, _, _, q in d.questions():
            ms = []
            for h in hist:
                if (h.auth != d.auth and not d.all_authorities) or not (h.date < cutoff):
                    continue
                for hid, _, _, hq in h.questions():
                    if set(hq.concepts) & set(q.concepts):
                        ms.append((h.date, h.ref, hid, hq))
            ms.sort(key=lambda m: m[0], reverse=True)
            refs_in = [m[1] for m in ms]
            assert len(refs_in) == len(set(refs_in)), f"two matches in one letter for {d.ref} {qid}"
            entry["matches"][qid] = [f"{m[1]} {m[2]}" for m in ms]
            if ms and d.style != "bare":
                prec = ms[0]
                assert len(prec[3].concepts) == 1, f"merged question as precedent: {d.ref} {qid}"
                f = finding(prec[3], q)
                if f:
                    entry["findings"].append({"kind": f[0], "severity": f[1], "question_id": qid,
                                              "precedent": f"{prec[1]} {prec[2]}"})
                    counts[f[0]] = counts.get(f[0], 0) + 1
        if d.consistent:
            assert not any(f["severity"] == "high" for f in entry["findings"]), d.ref
        out["drafts"][os.path.basename(getattr(d, "path", d.fname))] = entry
    return out, truth, counts


def main():
    check_invariants()
    if "--no-render" not in sys.argv:
        render_all()
    else:
        for l in LETTERS:
            l.path = os.path.join(HERE, "history" if l.kind == "history" else "drafts", l.fname + "." + l.fmt.split("-")[0])
    exp, truth, counts = derive()
    json.dump(exp, open(os.path.join(HERE, "expect.json"), "w"), indent=2, ensure_ascii=False)
    json.dump(truth, open(os.path.join(HERE, "truth.json"), "w"), indent=2, ensure_ascii=False)
    nh = sum(1 for l in LETTERS if l.kind == "history")
    nd = sum(1 for l in LETTERS if l.kind == "draft")
    print(f"history {nh}, drafts {nd}, findings {sum(counts.values())}: {json.dumps(counts, sort_keys=True)}")


if __name__ == "__main__":
    main()
