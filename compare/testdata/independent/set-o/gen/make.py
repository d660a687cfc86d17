#!/usr/bin/env python3
"""Build independent evaluation set O: render letters and derive expect.json.

Usage: python3 make.py            (render everything, write expect.json)
       python3 make.py --no-render (only expect.json and truth.json)

The truth lives in src/letters.py (concept, stance, exemptions, fact for every
question).  All labels below are computed from it.
"""

import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from letters import AUTHORITIES, LETTERS, DRAFTS  # noqa: E402
from qmodel import cite  # noqa: E402

HIST = os.path.join(HERE, "history")
DRAFT_DIR = os.path.join(HERE, "drafts")
BUILD = os.path.join(HERE, "src", "build")
ENV = dict(os.environ, HOME=os.path.join(HERE, "src", "home"))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ------------------------------------------------------------------ truth --

def assign_ids(letter):
    for pi, part in enumerate(letter["parts"], 1):
        for qi, q in enumerate(part["qs"], 1):
            q["part"], q["num"], q["id"] = pi, qi, "P%d.Q%d" % (pi, qi)


def all_qs(letter):
    return [q for part in letter["parts"] for q in part["qs"]]


def validate():
    refs = {}
    dates = {}
    for l in LETTERS + DRAFTS:
        assert l["ref"] not in refs, ("duplicate reference", l["ref"])
        refs[l["ref"]] = l["id"]
        key = (l["auth"], l["date"])
        assert key not in dates, ("duplicate date", key)
        dates[key] = l["id"]
        seen = set()
        for q in all_qs(l):
            assert q["c"] not in seen, ("concept twice in one letter", l["id"], q["c"])
            seen.add(q["c"])
            if q["st"] in ("released", "partially_released"):
                assert q["fact"] is not None, (l["id"], q["c"])
            if q["st"] in ("withheld", "partially_released", "ncnd", "refused"):
                assert q["ex"], ("stance needs exemption", l["id"], q["c"])
    assert 36 <= len(LETTERS) <= 40, len(LETTERS)


EQUIV = {"reg12(5)(e)": "s43(2)", "foisa:s33(1)(b)": "s43(2)", "reg12(5)(a)": "s24(1)",
         "reg13": "s40(2)", "reg13(1)": "s40(2)"}


def canon(exs):
    return sorted(set(EQUIV.get(e, e) for e in exs))


def norm_fact(f):
    if isinstance(f, (tuple, list)):
        return tuple(sorted(x.lower() for x in f))
    return str(f).strip().lower()


HELD = ("released", "partially_released", "withheld")


def finding_for(prev, cur):
    p, c = prev["st"], cur["st"]
    if "unknown" in (p, c) or p == c == "ncnd":
        return None
    if c == "ncnd" and p in HELD + ("not_held",):
        return ("ncnd_inconsistent", "high")
    if p == "ncnd" and c in HELD + ("not_held",):
        return ("ncnd_inconsistent", "medium")
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == c == "withheld" and canon(prev["ex"]) != canon(cur["ex"]):
        return ("exemption_changed", "medium")
    if p in HELD and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in HELD:
        return ("held_status_changed", "medium")
    if p == c == "released" and norm_fact(prev["fact"]) != norm_fact(cur["fact"]):
        return ("answer_changed", "low")
    return None


def build_expect():
    out = {}
    for d in DRAFTS:
        cutoff = d.get("as_of") or d["date"]
        hist = [h for h in LETTERS if h["auth"] == d["auth"] and h["date"] < cutoff]
        entry = {}
        if d.get("as_of"):
            entry["as_of"] = d["as_of"]
        if d.get("consistent"):
            entry["consistent"] = True
        matches, findings = {}, []
        for q in all_qs(d):
            prev = sorted(((h["date"], h, hq) for h in hist for hq in all_qs(h) if hq["c"] == q["c"]),
                          key=lambda t: t[0], reverse=True)
            matches[q["id"]] = ["%s %s" % (h["ref"], hq["id"]) for _, h, hq in prev]
            if prev:
                _, h, hq = prev[0]
                f = finding_for(hq, q)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": q["id"],
                                     "precedent": "%s %s" % (h["ref"], hq["id"])})
        entry["matches"] = matches
        entry["findings"] = findings
        if d.get("consistent"):
            assert not any(f["severity"] == "high" for f in findings), d["id"]
        out[d["out_name"]] = entry
    return {
        "description": (
            "Blind set O: four invented authorities (Brackenmoor Borough Council, Marcher Vale Police, "
            "Fellside and Coast Ambulance Service NHS Trust, Lotteries and Gaming Regulatory Authority); "
            "%d history letters 2017-2024 in txt/md/html/docx/pdf (LibreOffice, Chromium, Ghostscript); "
            "%d drafts 2025-2026 with planted findings of every kind, consistent repeats with restated "
            "facts, a FOIA s43(2) -> EIR reg12(5)(e) regime change, a bare incoming request and a back-dated "
            "(as_of) check. Matches: every earlier question of the same authority asking the same concept; "
            "precedent: the most recent." % (len(LETTERS), len(DRAFTS))),
        "drafts": out,
    }


def build_truth():
    rows = []
    for l in LETTERS + DRAFTS:
        rows.append({
            "file": l["out_name"], "kind": "draft" if l["id"].startswith("D") else "history",
            "authority": AUTHORITIES[l["auth"]]["name"], "reference": l["ref"], "date": l["date"],
            "received": l["received"], "regime": l["regime"], "layout": l["style"], "format": l["fmt"],
            "questions": [{"id": q["id"], "concept": q["c"], "stance": q["st"], "exemptions": q["ex"],
                           "fact": list(q["fact"]) if isinstance(q["fact"], tuple) else q["fact"]}
                          for q in all_qs(l)],
        })
    return rows


# -------------------------------------------------------------- wording --

def fmt_date(iso, style):
    d = dt.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    if style == "ord":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "%d%s %s %d" % (d.day, suf, m, d.year)
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return "%s %d, %d" % (m, d.day, d.year)
    return "%d %s %d" % (d.day, m, d.year)


def act_name(l):
    return "Environmental Information Regulations 2004" if l["regime"] == "eir" else \
        "Freedom of Information Act 2000"


def default_answer(l, q):
    a = AUTHORITIES[l["auth"]]["name"]
    st = q["st"]
    if q["a"] is not None:
        return q["a"]
    if st == "withheld":
        if l["auth"] == "police":
            return "This information is exempt under %s. Please see the harm and public interest test below." % cite(q["ex"])
        return "The %s holds this information but it is exempt from disclosure under %s of the Act. " \
               "Our reasons are explained below." % ("Trust" if l["auth"] == "nhs" else "Authority", cite(q["ex"], 1))
    if st == "ncnd":
        return "%s can neither confirm nor deny whether it holds this information, by virtue of %s. " \
               "Please see the explanation below." % (a, cite(q["ex"]))
    if st == "not_held":
        return "This information is not held."
    if st == "refused":
        return "This part of the request is refused under %s." % cite(q["ex"])
    return ""


def families(l):
    fam = set()
    for q in all_qs(l):
        for e in q["ex"]:
            if q["st"] == "ncnd":
                fam.add("ncnd")
            elif e.startswith("s43") or e == "reg12(5)(e)":
                fam.add("commercial")
            elif e.startswith("s31") or e.startswith("s24"):
                fam.add("lawenf")
            elif e == "reg12(5)(b)":
                fam.add("justice")
            elif e.startswith("s12"):
                fam.add("cost")
    return fam


def harm_blocks(l):
    """Reasons, harm and public interest sections, in each authority's voice."""
    fam = families(l)
    auth = l["auth"]
    name = AUTHORITIES[auth]["name"]
    b = []
    if "lawenf" in fam and auth == "police":
        b += [("h", "Evidence of Harm"),
              ("p", "Any disclosure under the Act is a disclosure to the world at large, not only to the "
                    "person asking. Information about the technology the force relies on, its suppliers and "
                    "its capacity, when put together with what other forces have released, allows a picture "
                    "to be built of where policing is strong and where it is weak. Those intent on crime or on "
                    "attacking police systems could use that picture to target the force."),
              ("h", "Public Interest Test"),
              ("p", "Factors favouring disclosure – Release would show how public money is spent and would "
                    "inform the public debate about the equipment and services available to the police."),
              ("p", "Factors favouring non-disclosure – Release would be likely to assist offenders and to "
                    "undermine the security of force systems, which would compromise the prevention and "
                    "detection of crime and the apprehension of offenders. Where section 24(1) is engaged, "
                    "there is a very strong public interest in safeguarding national security."),
              ("h", "Balance Test"),
              ("p", "Whilst there is a public interest in transparency, the force does not consider that it "
                    "outweighs the need to protect its operational capability. It is my decision that the "
                    "balance of the public interest lies in withholding the exempt information.")]
    elif "lawenf" in fam:
        b += [("h", "Public interest test"),
              ("p", "Section 31(1)(a) exempts information whose disclosure would, or would be likely to, "
                    "prejudice the prevention or detection of crime. Information about security controls and "
                    "incidents would be of use to those planning an attack on our systems. We recognise the "
                    "public interest in knowing that systems are secure, but we have concluded that it is "
                    "outweighed by the public interest in not weakening those defences.")]
    if "justice" in fam:
        b += [("h", "Public interest test – regulation 12(5)(b)"),
              ("p", "Regulation 12(5)(b) allows the Council to refuse information whose disclosure would "
                    "adversely affect the course of justice or the ability of a public authority to conduct "
                    "an inquiry of a criminal or disciplinary nature. We have applied the presumption in "
                    "favour of disclosure in regulation 12(2). Camera details would help offenders avoid "
                    "detection and would weaken prosecutions, and we consider the public interest favours "
                    "maintaining the exception.")]
    if "commercial" in fam:
        if l["regime"] == "eir":
            b += [("h", "Public interest test – regulation 12(5)(e)"),
                  ("p", "Regulation 12(5)(e) applies where disclosure would adversely affect the "
                        "confidentiality of commercial or industrial information protected by law to "
                        "protect a legitimate economic interest. The pricing and commercial terms agreed with "
                        "the contractor meet that test. We have weighed the presumption in favour of "
                        "disclosure against the harm to the Council's position in any future procurement and "
                        "concluded that the public interest favours maintaining the exception.")]
        else:
            b += [("h", "Section 43(2) – commercial interests"),
                  ("p", "Section 43(2) provides that information is exempt if its disclosure would, or "
                        "would be likely to, prejudice the commercial interests of any person, including "
                        "the public authority holding it. It is a qualified exemption; unlike an absolute "
                        "exemption such as section 21 or section 40(1), it is subject to the public interest "
                        "test."),
                  ("p", "We accept that there is a public interest in openness about how public money is "
                        "spent. Against that, releasing pricing information would allow competitors to "
                        "undercut bids and would weaken our ability to secure value for money. On balance we "
                        "have concluded that the public interest favours withholding the information.")]
    if "ncnd" in fam:
        if auth == "police" or auth == "nhs":
            b += [("h", "Neither confirm nor deny"),
                  ("p", "Sections 24(2) and 31(3) remove the duty to confirm or deny whether information "
                        "is held where doing so would itself undermine national security or law enforcement. "
                        "Confirming or denying in one case, and then in others, would allow a pattern to be "
                        "drawn that could be exploited. This response should not be taken as an indication "
                        "of whether or not the information you have requested exists.")]
        else:
            b += [("h", "Neither confirm nor deny"),
                  ("p", "We are relying on sections 24(2) and 31(3) of the FOIA, which exclude the duty to "
                        "say whether information is held where confirmation or denial would be likely to "
                        "prejudice national security or the prevention of crime. This should not be read "
                        "as indicating whether any information is or is not held.")]
    if "cost" in fam:
        b += [("h", "Cost limit"),
              ("p", "Section 12 of the FOIA allows a public authority to refuse a request where the cost of "
                    "complying would exceed the appropriate limit. For central government bodies the limit "
                    "is £600, which represents 24 hours of work at £25 an hour. If you narrow this part of "
                    "your request we will consider it again.")]
    return b


def boilerplate(l):
    auth = l["auth"]
    if l["regime"] == "eir":
        rights = ("If you are dissatisfied with the handling of your request you may ask for an internal "
                  "review under regulation 11 of the EIR within 40 working days of this letter. If you remain "
                  "dissatisfied you may then complain to the Information Commissioner's Office, whose powers "
                  "under section 50 of the Freedom of Information Act 2000 apply by virtue of regulation 18.")
    else:
        rights = ("If you are unhappy with the way your request has been handled you may ask for an "
                  "internal review. Please write to us within 40 working days of the date of this letter. If "
                  "you remain dissatisfied after the review you have the right to apply to the Information "
                  "Commissioner under section 50 of the Freedom of Information Act 2000.")
    b = [("h", {"council": "Your right to complain", "police": "Complaint Rights",
                "nhs": "Right of appeal", "reg": "Your rights"}[auth]),
         ("p", rights)]
    if auth == "police":
        b.append(("p", "I would like to take this opportunity to thank you for your interest in Marcher Vale "
                       "Police."))
    b.append(("p", "Yours sincerely,"))
    b.append(("sig", AUTHORITIES[auth]["sign"]))
    return b


def qref(nums_by_part, multi):
    """'questions 1, 3 and 5 in part 1 and question 2 in part 2'."""
    chunks = []
    for part, nums in nums_by_part:
        if not nums:
            continue
        word = "question" if len(nums) == 1 else "questions"
        lst = ", ".join(str(n) for n in nums[:-1]) + (" and " if len(nums) > 1 else "") + str(nums[-1])
        chunks.append("%s %s%s" % (word, lst, (" in part %d" % part) if multi else ""))
    return " and ".join(chunks) if len(chunks) <= 2 else ", ".join(chunks[:-1]) + " and " + chunks[-1]


def header_blocks(l):
    a = AUTHORITIES[l["auth"]]
    auth = l["auth"]
    date = fmt_date(l["date"], l["datefmt"])
    recv = fmt_date(l["received"], l["datefmt"])
    b = [("letterhead", a["head"])]
    if auth == "council":
        b += [("meta", [("Our ref", l["ref"]), ("Date", date)]),
              ("p", "Dear"),
              ("h", "%s – request for information: %s" % (act_name(l), l["title"])),
              ("p", "Thank you for your request for information, received on %s. We have dealt with it under "
                    "the %s." % (recv, act_name(l)))]
        if l.get("eir_note"):
            b.append(("p", l["eir_note"]))
    elif auth == "police":
        b += [("banner", "OFFICIAL"),
              ("p", date),
              ("p", "Dear"),
              ("h", "FREEDOM OF INFORMATION REQUEST – %s %s" % (l["ref"], l["title"])),
              ("p", "I refer to your request for information received by Marcher Vale Police on the %s." % recv)]
    elif auth == "nhs":
        b += [("meta", [("Reference", l["ref"]), ("Date of response", date), ("Request received", recv)]),
              ("h", "Freedom of Information Request – %s" % l["title"]),
              ("p", "Thank you for your request for information under the Freedom of Information Act 2000. "
                    "The Trust's response is set out below.")]
    else:
        b += [("meta", [("Our reference", l["ref"])]),
              ("p", date),
              ("p", "Dear requester,"),
              ("h", "Your request for information: %s" % l["title"]),
              ("p", "Thank you for your email of %s, in which you asked for information about %s. We have "
                    "handled your request under the Freedom of Information Act 2000 (FOIA)."
                    % (recv, l["title"][0].lower() + l["title"][1:] if not l["title"][:3].isupper() else l["title"]))]
    if l.get("mention"):
        b.append(("p", "You may also find it helpful to refer to our earlier response %s, which is published "
                       "in our disclosure log." % l["mention"]))
    if l.get("intro"):
        b.append(("p", "Your request read:"))
        b.append(("quote", l["intro"]))
    return b


def part_heading(i, part, n_parts):
    if n_parts == 1:
        return []
    t = "Part %d – %s" % (i, part["title"])
    b = [("h2", t)]
    if part.get("desc"):
        b.append(("p", "(%s)" % part["desc"]))
    return b


def restate_blocks(l, lead):
    b = [("p", lead)]
    n_parts = len(l["parts"])
    for i, part in enumerate(l["parts"], 1):
        b += part_heading(i, part, n_parts)
        items = []
        for q in part["qs"]:
            if q["num"] in part["sub"]:
                if items:
                    b.append(("list", items))
                    items = []
                b.append(("h3", part["sub"][q["num"]]))
            items.append((q["num"], q["q"]))
        b.append(("list", items))
    return b


def body_blocks(l):
    style = l["style"]
    n_parts = len(l["parts"])
    b = []
    if style == "interleaved":
        ql, al = l.get("labels", ("Question {n}", "Answer"))
        if l["auth"] == "police":
            b.append(("p", "Your questions and our answers are set out below."))
        for i, part in enumerate(l["parts"], 1):
            b += part_heading(i, part, n_parts)
            for q in part["qs"]:
                b.append(("qa", ql.format(n=q["num"]), q["q"], al.format(n=q["num"]), default_answer(l, q)))
        b += harm_blocks(l)
    elif style == "youasked":
        for i, part in enumerate(l["parts"], 1):
            b += part_heading(i, part, n_parts)
            for q in part["qs"]:
                b.append(("qa", "You asked:", q["q"], "Our response:", default_answer(l, q)))
        b += harm_blocks(l)
    elif style == "table":
        for i, part in enumerate(l["parts"], 1):
            b += part_heading(i, part, n_parts)
            rows = [("%d. %s" % (q["num"], q["q"]), default_answer(l, q)) for q in part["qs"]]
            b.append(("table", ("Your request", "Our response"), rows))
        b += harm_blocks(l)
    elif style == "restate":
        lead = {"police": "I note you seek access to the following information:",
                "council": "You asked for the following information:",
                "nhs": "You requested:", "reg": "You asked:"}[l["auth"]]
        b += restate_blocks(l, lead)
        b.append(("h", "Our response"))
        grouped = {}
        for part_no, nums in l.get("groups", []):
            for n in nums:
                grouped[(part_no, n)] = nums
        for i, part in enumerate(l["parts"], 1):
            if n_parts > 1:
                b.append(("h2", "Part %d" % i))
            for q in part["qs"]:
                g = grouped.get((i, q["num"]))
                if g:
                    if q["num"] == g[0]:
                        b.append(("p", "Questions %d to %d: %s" % (g[0], g[-1], default_answer(l, q))))
                    continue
                b.append(("p", "%d. %s" % (q["num"], default_answer(l, q))))
        b += harm_blocks(l)
    elif style == "decision":
        b += restate_blocks(l, "I note you seek access to the following information:")
        multi = n_parts > 1
        groups = {}
        order = []
        for i, part in enumerate(l["parts"], 1):
            for q in part["qs"]:
                if q["st"] in ("withheld", "ncnd"):
                    key = (q["st"], tuple(q["ex"]))
                    if key not in groups:
                        groups[key] = {}
                        order.append(key)
                    groups[key].setdefault(i, []).append(q["num"])
        name = AUTHORITIES[l["auth"]]["name"]
        sents = []
        first = True
        for key in order:
            st, exs = key
            refs = qref(sorted(groups[key].items()), multi)
            if st == "withheld":
                if first:
                    sents.append("Your request for information has now been considered and I can confirm "
                                 "that %s does hold information you request; however, I will be citing %s "
                                 "to %s of your request." % (name, cite(list(exs)), refs))
                    first = False
                else:
                    sents.append("%s is cited to %s." % (cite(list(exs)), refs))
            else:
                sents.append("In relation to %s, %s can neither confirm nor deny that it holds the "
                             "information you have requested, by virtue of %s." % (refs, name, cite(list(exs))))
        if first:
            sents.insert(0, "Your request for information has now been considered.")
        b.append(("p", " ".join(sents)))
        if l.get("change_note"):
            b.append(("p", "Please note: we have previously disclosed some of this information. Following "
                           "national guidance on the risk of cyber attack, the police service has since "
                           "changed its approach, and the exemption below now applies."))
        b += harm_blocks(l)
        rest = [(i, [q["num"] for q in part["qs"] if q["st"] not in ("withheld", "ncnd")])
                for i, part in enumerate(l["parts"], 1)]
        b.append(("p", "The response to %s is provided below." % qref(rest, multi)))
        for i, part in enumerate(l["parts"], 1):
            qs = [q for q in part["qs"] if q["st"] not in ("withheld", "ncnd")]
            if multi and qs:
                b.append(("h2", "Part %d" % i))
            for q in qs:
                b.append(("p", "Question %d – %s" % (q["num"], default_answer(l, q))))
    elif style == "bare":
        b += restate_blocks(l, "Your request reads as follows:")
    return b


def letter_blocks(l):
    if l["style"] == "bare":
        a = AUTHORITIES[l["auth"]]
        return [("letterhead", a["head"]),
                ("meta", [("Reference", l["ref"]), ("Date", fmt_date(l["date"], l["datefmt"])),
                          ("Request received", fmt_date(l["received"], l["datefmt"]))]),
                ("h", "Acknowledgement of your request for information – %s" % l["title"]),
                ("p", "Thank you for your request, which we received on %s and are handling under the Freedom "
                      "of Information Act 2000." % fmt_date(l["received"], l["datefmt"]))] + \
            body_blocks(l) + \
            [("p", "We will respond promptly and in any event within 20 working days of receipt. If we need "
                   "to clarify anything we will contact you."),
             ("p", "Kind regards,"), ("sig", a["sign"])]
    b = header_blocks(l)
    if l["style"] in ("restate", "decision") and l["auth"] == "police":
        pass
    b += body_blocks(l)
    if l["auth"] == "nhs":
        b.append(("banner", "Caring for our communities – every mile, every call"))
    b += boilerplate(l)
    return b


# ------------------------------------------------------------ renderers --

def wrap(text, width=78, indent=""):
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent)) or [""]


def render_txt(blocks, width=78):
    out = []
    for blk in blocks:
        k = blk[0]
        if k == "letterhead":
            out += blk[1] + [""]
        elif k == "meta":
            out += ["%s: %s" % kv for kv in blk[1]] + [""]
        elif k == "banner":
            out += [blk[1], ""]
        elif k in ("h", "h2", "h3"):
            t = blk[1]
            out += [t.upper() if k == "h" and len(t) < 60 else t, ""]
        elif k == "p":
            out += wrap(blk[1], width) + [""]
        elif k == "quote":
            out += wrap(blk[1], width, "    ") + [""]
        elif k == "list":
            for n, t in blk[1]:
                out += wrap(t, width, "%d. " % n)
            out.append("")
        elif k == "qa":
            _, ql, qt, al, at = blk
            out += wrap("%s %s" % (ql, qt), width) + wrap("%s %s" % (al, at), width) + [""]
        elif k == "table":
            for q, a in blk[2]:
                out += wrap(q, width) + wrap("Response: " + a, width, "    ") + [""]
        elif k == "sig":
            out += blk[1] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_md(blocks):
    out = []
    for blk in blocks:
        k = blk[0]
        if k == "letterhead":
            out += ["**%s**  " % blk[1][0]] + ["%s  " % x for x in blk[1][1:]] + [""]
        elif k == "meta":
            out += ["%s: %s  " % kv for kv in blk[1]] + [""]
        elif k == "banner":
            out += ["*%s*" % blk[1], ""]
        elif k == "h":
            out += ["## " + blk[1], ""]
        elif k == "h2":
            out += ["### " + blk[1], ""]
        elif k == "h3":
            out += ["#### " + blk[1], ""]
        elif k == "p":
            out += [blk[1], ""]
        elif k == "quote":
            out += ["> " + blk[1], ""]
        elif k == "list":
            out += ["%d. %s" % (n, t) for n, t in blk[1]] + [""]
        elif k == "qa":
            _, ql, qt, al, at = blk
            ql = ql if ql.startswith("**") else "**%s**" % ql
            al = al if al.startswith("**") else "**%s**" % al
            out += ["%s %s" % (ql, qt), "", "%s %s" % (al, at), ""]
        elif k == "table":
            h = blk[1]
            out += ["| %s | %s |" % h, "| --- | --- |"]
            out += ["| %s | %s |" % (q.replace("|", "/"), a.replace("|", "/")) for q, a in blk[2]] + [""]
        elif k == "sig":
            out += ["%s  " % x for x in blk[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; margin: 2em; }
.letterhead { text-align: right; font-size: 10pt; color: #333; }
.banner { text-align: center; font-weight: bold; letter-spacing: 0.1em; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; }
blockquote { font-style: italic; }
"""


def render_html_body(blocks):
    e = html.escape
    out = []
    for blk in blocks:
        k = blk[0]
        if k == "letterhead":
            out.append('<div class="letterhead">%s</div>' % "<br>".join(e(x) for x in blk[1]))
        elif k == "meta":
            out.append("<p>%s</p>" % "<br>".join("%s: <b>%s</b>" % (e(a), e(b)) for a, b in blk[1]))
        elif k == "banner":
            out.append('<p class="banner">%s</p>' % e(blk[1]))
        elif k == "h":
            out.append("<h2>%s</h2>" % e(blk[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(blk[1]))
        elif k == "h3":
            out.append("<h4>%s</h4>" % e(blk[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(blk[1]))
        elif k == "quote":
            out.append("<blockquote>%s</blockquote>" % e(blk[1]))
        elif k == "list":
            start = blk[1][0][0]
            out.append('<ol start="%d">%s</ol>' % (start, "".join("<li>%s</li>" % e(t) for _, t in blk[1])))
        elif k == "qa":
            _, ql, qt, al, at = blk
            ql, al = ql.strip("*"), al.strip("*")
            out.append("<p><b>%s</b> %s</p>\n<p><b>%s</b> %s</p>" % (e(ql), e(qt), e(al), e(at)))
        elif k == "table":
            rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (e(q), e(a)) for q, a in blk[2])
            out.append("<table><tr><th>%s</th><th>%s</th></tr>%s</table>" % (e(blk[1][0]), e(blk[1][1]), rows))
        elif k == "sig":
            out.append("<p>%s</p>" % "<br>".join(e(x) for x in blk[1]))
    return "\n".join(out)


def render_letter_html(blocks, title):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title>'
            '<style>%s</style></head><body>\n%s\n</body></html>\n' % (html.escape(title), CSS,
                                                                     render_html_body(blocks)))


def render_disclosure_page(l, blocks):
    a = AUTHORITIES[l["auth"]]
    e = html.escape
    nav = " | ".join('<a href="/%s">%s</a>' % (x.lower().replace(" ", "-"), x)
                     for x in ["Home", "Services", "About us", "News", "Contact us"])
    date = fmt_date(l["date"], "dmy")
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%(ref)s %(title)s | Disclosure log | %(name)s</title>
<style>body{font-family:Verdana,sans-serif;max-width:60em;margin:auto} .cookie{background:#eee;padding:1em}
nav{border-bottom:1px solid #ccc;padding:.5em 0} footer{border-top:1px solid #ccc;font-size:small;margin-top:2em}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px;vertical-align:top}</style></head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this site work and to understand how you use it.
<button>Accept all cookies</button> <button>Reject optional cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><p><a href="/">%(name)s</a></p><nav>%(nav)s</nav>
<p><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; %(ref)s</p></header>
<main>
<h1>%(title)s</h1>
<p class="published">Published: %(pub)s. Category: Freedom of information responses.</p>
<article>
%(body)s
</article>
<p><a href="/foi/disclosure-log">Back to the disclosure log</a></p>
<aside><h2>Related pages</h2><ul><li><a href="/foi/how-to-make-a-request">How to make a request</a></li>
<li><a href="/foi/publication-scheme">Publication scheme</a></li><li><a href="/privacy">Privacy notice</a></li></ul></aside>
</main>
<footer><p>&copy; %(year)s %(name)s. <a href="/accessibility">Accessibility statement</a> |
<a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | %(web)s</p>
<p>Was this page helpful? <a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a></p></footer>
</body></html>
""" % {"ref": e(l["ref"]), "title": e(l["title"]), "name": e(a["name"]), "nav": nav, "pub": date,
       "body": render_html_body(blocks), "year": l["date"][:4], "web": a["web"]}


# ---------------------------------------------------- postscript for gs --

PS_SUBS = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "*"}


def ps_escape(s):
    for k, v in PS_SUBS.items():
        s = s.replace(k, v)
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "".join(out)


def render_ps(blocks, footer):
    lines = []  # (font, text)
    for blk in blocks:
        k = blk[0]
        if k in ("h", "h2", "h3"):
            for t in wrap(blk[1], 70):
                lines.append(("B", t))
            lines.append(("R", ""))
        else:
            for t in render_txt([blk], width=88).rstrip("\n").split("\n"):
                lines.append(("R", t))
            lines.append(("R", ""))
    per_page = 56
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    ps = ["%!PS-Adobe-3.0", "%%%%Pages: %d" % len(pages), "%%EndComments",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
          "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def",
          "/HelvL /Helvetica reenc /HelvB /Helvetica-Bold reenc"]
    for pi, page in enumerate(pages, 1):
        ps.append("%%%%Page: %d %d" % (pi, pi))
        ps.append("/HelvB findfont 8 scalefont setfont 270 815 moveto (%s) show" % ps_escape(footer[0]))
        y = 790
        for font, t in page:
            ps.append("/%s findfont 10 scalefont setfont 56 %d moveto (%s) show"
                      % ("HelvB" if font == "B" else "HelvL", y, ps_escape(t)))
            y -= 13
        ps.append("/HelvL findfont 8 scalefont setfont 56 40 moveto (%s) show"
                  % ps_escape("%s   Page %d of %d" % (footer[1], pi, len(pages))))
        ps.append("showpage")
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"


# ---------------------------------------------------------------- output --

EXT = {"txt": "txt", "md": "md", "html": "html", "docx": "docx", "pdf-soffice": "pdf", "pdf-chrome": "pdf",
       "pdf-gs": "pdf"}


def out_name(l):
    if l.get("file"):
        base = l["file"]
    else:
        short = {"council": "brackenmoor", "police": "marchervale", "nhs": "fcas", "reg": "lgra"}[l["auth"]]
        slug = re.sub(r"[^A-Za-z0-9]+", "-", l["ref"]).strip("-").lower()
        base = slug if slug.startswith(short) else "%s-%s" % (short, slug)
    return base + "." + EXT[l["fmt"]]


def run(cmd):
    r = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise SystemExit("command failed: %s\n%s" % (" ".join(cmd), r.stderr))


def soffice(src, target, outdir):
    run(["soffice", "-env:UserInstallation=file://%s" % os.path.join(HERE, "src", "lo"), "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", outdir, src])


def render(l, outdir):
    blocks = letter_blocks(l)
    name = l["out_name"]
    stem = name.rsplit(".", 1)[0]
    path = os.path.join(outdir, name)
    fmt = l["fmt"]
    if fmt == "txt":
        open(path, "w", encoding="utf-8").write(render_txt(blocks))
    elif fmt == "md":
        open(path, "w", encoding="utf-8").write(render_md(blocks))
    elif fmt == "html":
        open(path, "w", encoding="utf-8").write(render_disclosure_page(l, blocks))
    elif fmt in ("docx", "pdf-soffice", "pdf-chrome"):
        src = os.path.join(BUILD, stem + ".html")
        open(src, "w", encoding="utf-8").write(render_letter_html(blocks, "%s %s" % (l["ref"], l["title"])))
        if fmt == "docx":
            soffice(src, "docx:MS Word 2007 XML", BUILD)
            shutil.move(os.path.join(BUILD, stem + ".docx"), path)
        elif fmt == "pdf-soffice":
            soffice(src, "pdf:writer_pdf_Export", BUILD)
            shutil.move(os.path.join(BUILD, stem + ".pdf"), path)
        else:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 "--user-data-dir=%s" % os.path.join(HERE, "src", "chrome"),
                 "--print-to-pdf=%s" % path, "file://" + src])
    elif fmt == "pdf-gs":
        src = os.path.join(BUILD, stem + ".ps")
        a = AUTHORITIES[l["auth"]]
        top = "OFFICIAL" if l["auth"] == "police" else a["name"]
        open(src, "w", encoding="latin-1").write(render_ps(blocks, (top, "%s  %s" % (a["name"], l["ref"]))))
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
             "-sOutputFile=%s" % path, src])
    return path


def main():
    for l in LETTERS + DRAFTS:
        assign_ids(l)
        l["out_name"] = out_name(l)
    validate()
    expect = build_expect()
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "src", "truth.json"), "w", encoding="utf-8") as f:
        json.dump(build_truth(), f, indent=1, ensure_ascii=False)
    if "--no-render" in sys.argv:
        return
    for d in (HIST, DRAFT_DIR, BUILD):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    os.makedirs(ENV["HOME"], exist_ok=True)
    for l in LETTERS:
        print("history", render(l, HIST), file=sys.stderr)
    for l in DRAFTS:
        print("draft", render(l, DRAFT_DIR), file=sys.stderr)


if __name__ == "__main__":
    main()
