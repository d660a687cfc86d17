"""Truth model for set AI: letters, questions, stances, and label derivation."""
import re

STANCES = {"released", "partially_released", "withheld", "ncnd", "not_held", "refused", "unknown"}


def Q(concept, text, stance, ex=(), fact=None, ans=None, short=None):
    """One question of a letter.

    concept: my own id for what the question asks (same id == same question).
    text:    the question as the requester wrote it in this letter.
    stance:  the letter's stance on it (None for a bare request).
    ex:      exemptions applied, normalised as the contract says.
    fact:    canonical released fact (compared for answer_changed), None if none.
    ans:     the answer as written (for released/partial always given by hand).
    short:   short restatement used by some house styles.
    """
    if stance is not None:
        assert stance in STANCES, stance
    return dict(concept=concept, text=text, stance=stance, ex=sorted(ex), fact=fact,
                ans=ans, short=short)


def L(key, auth, ref, date, **kw):
    d = dict(key=key, auth=auth, ref=ref, date=date, received="", regime="foia",
             fmt="txt", style="interleaved", title="", parts=None, part_titles=None,
             intro=None, prose=None, draft=False, as_of=None, bare=False,
             all_authorities=False, datefmt=0, extra=None, traps=[])
    d.update(kw)
    assert d["parts"], key
    return d


def qids(letter):
    out = []
    for pi, part in enumerate(letter["parts"]):
        for qi, q in enumerate(part):
            out.append((f"P{pi + 1}.Q{qi + 1}", q))
    return out


# --- exemption equivalence (HOUSE-STYLES table) ---------------------------
def ex_class(e):
    m = re.match(r"^(foisa:)?(s|reg)(\d+)(.*)$", e)
    assert m, e
    scot, kind, num, rest = m.group(1), m.group(2), int(m.group(3)), m.group(4)
    if kind == "reg":
        key = f"reg{num}{rest}"
        table = [("reg12(5)(e)", "commercial"), ("reg13", "personal"), ("reg12(5)(b)", "law"),
                 ("reg12(5)(a)", "natsec"), ("reg12(4)(e)", "publicaffairs"),
                 ("reg6(1)(b)", "accessible"), ("reg12(6)", "ncnd"), ("reg12(4)(a)", "notheld"),
                 ("reg12(4)(b)", "cost"), ("reg12(4)(d)", "future"),
                 ("reg10(5)(e)", "commercial"), ("reg10(5)(b)", "law"), ("reg10(4)(a)", "notheld"),
                 ("reg10(4)(b)", "cost"), ("reg11", "personal")]
        for pre, c in table:
            if key.startswith(pre):
                return c
        return "eir:" + key
    if scot:
        t = {33: "commercial", 38: "personal", 35: "law", 31: "natsec", 30: "publicaffairs",
             25: "accessible", 27: "future", 18: "ncnd", 17: "notheld", 12: "cost", 14: "vexatious"}
    else:
        t = {43: "commercial", 40: "personal", 31: "law", 24: "natsec", 36: "publicaffairs",
             21: "accessible", 22: "future", 12: "cost", 14: "vexatious"}
    return t.get(num, ("foisa:s" if scot else "s") + str(num))


def ex_classes(exs):
    return sorted(set(ex_class(e) for e in exs))


HELD = {"released", "partially_released", "withheld"}


def finding_for(prev, cur):
    """Apply the contract's table to (precedent question, draft question)."""
    p, c = prev["stance"], cur["stance"]
    if p is None or c is None or p == "unknown" or c == "unknown":
        return None
    if p == "ncnd" or c == "ncnd":
        if p == c:
            return None
        if c == "ncnd" and p in HELD | {"not_held"}:
            return ("ncnd_inconsistent", "high")
        if p == "ncnd" and c in HELD | {"not_held"}:
            return ("ncnd_inconsistent", "medium")
        return None
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == "withheld" and c == "withheld":
        if ex_classes(p_ex(prev)) != ex_classes(p_ex(cur)):
            return ("exemption_changed", "medium")
        return None
    if p in HELD and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in HELD:
        return ("held_status_changed", "medium")
    if p == "released" and c == "released":
        if prev["fact"] is not None and cur["fact"] is not None and prev["fact"] != cur["fact"]:
            return ("answer_changed", "low")
    return None


def p_ex(q):
    return q["ex"]


def derive(history, drafts):
    """Return the expect.json 'drafts' mapping."""
    out = {}
    for d in drafts:
        cutoff = d["as_of"] or d["date"]
        pool = [h for h in history
                if (d["all_authorities"] or h["auth"] == d["auth"]) and h["date"] < cutoff]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        if d["all_authorities"]:
            entry["all_authorities"] = True
        matches, findings = {}, []
        for qid, q in qids(d):
            hits = []
            for h in pool:
                hq = [(hid, x) for hid, x in qids(h) if x["concept"] == q["concept"]]
                assert len(hq) <= 1, (h["ref"], q["concept"])
                for hid, x in hq:
                    hits.append((h["date"], h["ref"], hid, x))
            hits.sort(key=lambda t: t[0], reverse=True)
            matches[qid] = [f"{r} {i}" for _, r, i, _ in hits]
            if hits and not d["bare"]:
                _, r, i, x = hits[0]
                f = finding_for(x, q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": qid,
                                     "precedent": f"{r} {i}"})
        if d.get("consistent"):
            assert not any(f["severity"] == "high" for f in findings), d["key"]
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        out[d["key"]] = entry
    return out
