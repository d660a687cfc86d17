#!/usr/bin/env python3
"""Evaluation set E, written independently of the code, for a FOI consistency checker.

Everything here is fictional.  Each letter below is held as *truth*
(authority, reference, dates, and for every question its concept, stance,
exemptions and - for released answers - the canonical fact).  The letters are
rendered into history/ and drafts/ in several formats and house styles, and
expect.json is derived from the truth by code.

Usage:  python3 make.py            (render everything and write expect.json)
        python3 make.py --verify   (also check every rendered file reads back)
Standard library only; uses soffice, chromium and gs as real PDF/DOCX producers.
"""
import html as htmlmod
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from datetime import date

ROOT = os.path.dirname(os.path.abspath(__file__))
HIST = os.path.join(ROOT, "history")
DRAFTS = os.path.join(ROOT, "drafts")
BUILD = os.path.join(ROOT, "src", "build")

# ---------------------------------------------------------------------------
# Truth model
# ---------------------------------------------------------------------------
R, P, W, N, NH, X = "released", "partially_released", "withheld", "ncnd", "not_held", "refused"


class Q:
    def __init__(self, c, text, st=None, ex=(), ans=None, fact=None):
        self.concepts = (c,) if isinstance(c, str) else tuple(c)
        self.text = text
        self.stance = st          # None for a bare incoming request
        self.ex = sorted(ex)
        self.ans = ans
        self.fact = fact
        if st in (R, P) and ans is None:
            raise ValueError("released answer needs text: " + text)
        if st == R and fact is None:
            raise ValueError("released answer needs a fact: " + text)


class Part:
    def __init__(self, heading, qs, intro=None):
        self.heading, self.qs, self.intro = heading, qs, intro


class Letter:
    def __init__(self, key, auth, ref, dt, received, title, fmt, style, parts,
                 regime="foia", kind="history", as_of=None, **opts):
        self.key, self.auth, self.ref, self.date = key, auth, ref, dt
        self.received, self.title, self.fmt, self.style = received, title, fmt, style
        if parts and isinstance(parts[0], Q):
            parts = [Part(None, parts)]
        self.parts = parts
        self.regime, self.kind, self.as_of = regime, kind, as_of
        self.opts = opts

    def questions(self):
        for pi, part in enumerate(self.parts, 1):
            for qi, q in enumerate(part.qs, 1):
                yield "P%d.Q%d" % (pi, qi), q

    @property
    def filename(self):
        ext = {"pdf-gs": "pdf", "pdf-soffice": "pdf", "pdf-chromium": "pdf"}.get(self.fmt, self.fmt)
        return "%s.%s" % (self.key, ext)


# ---------------------------------------------------------------------------
# Authorities
# ---------------------------------------------------------------------------
PROF = {
    "P": dict(
        name="Wyvernshire Constabulary",
        lh=["Wyvernshire Constabulary", "Information Rights Unit", "Police Headquarters, Ashdown Road",
            "Corvington", "Wyvernshire WV4 7QP"],
        banner="OFFICIAL",
        sign=["Yours sincerely", "", "Disclosure Officer", "Information Rights Unit",
              "Wyvernshire Constabulary"],
    ),
    "C": dict(
        name="Castlebridge Metropolitan Borough Council",
        lh=["Castlebridge Metropolitan Borough Council", "Information Governance Team", "Civic Centre",
            "Market Street", "Castlebridge CX1 2TB", "foi@castlebridge.gov.uk"],
        banner="Castlebridge - a borough of opportunity",
        sign=["Yours sincerely", "", "Information Governance Officer",
              "Castlebridge Metropolitan Borough Council"],
    ),
    "N": dict(
        name="Ashcombe and Rendle Hospitals NHS Foundation Trust",
        lh=["Ashcombe and Rendle Hospitals NHS Foundation Trust", "Freedom of Information Office",
            "Ashcombe General Hospital", "Infirmary Road, Ashcombe AR2 9HX"],
        banner="Caring - Learning - Improving",
        sign=["Kind regards", "", "FOI Team", "Information Governance Department",
              "Ashcombe and Rendle Hospitals NHS Foundation Trust"],
    ),
    "F": dict(
        name="Marlshire Fire and Rescue Service",
        lh=["Marlshire Fire and Rescue Service", "Service Headquarters", "Beacon Lane", "Marlbury MR7 3FE"],
        banner="Making Marlshire Safer",
        sign=["Yours faithfully", "", "Information Governance Officer",
              "Marlshire Fire and Rescue Service"],
    ),
}

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fdate(iso, style="long"):
    d = date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return {
        "long": "%d %s %d" % (d.day, m, d.year),
        "long0": "%02d %s %d" % (d.day, m, d.year),
        "ordinal": "%s %s %d" % (ordinal(d.day), m, d.year),
        "us": "%s %d, %d" % (m, d.day, d.year),
        "slash": "%02d/%02d/%d" % (d.day, d.month, d.year),
        "dash": "%02d-%02d-%d" % (d.day, d.month, d.year),
        "abbr": "%02d %s %d" % (d.day, m[:3], d.year),
        "weekday": "%s %d %s %d" % (WEEKDAYS[d.weekday()], d.day, m, d.year),
    }[style]


# ---------------------------------------------------------------------------
# Exemption wording
# ---------------------------------------------------------------------------
EXTITLE = {"s21": "Information Reasonably Accessible to the Applicant by Other Means",
           "s24": "National Security", "s31": "Law Enforcement", "s40": "Personal Information",
           "s43": "Commercial Interests", "s12": "Cost of Compliance", "s38": "Health and Safety"}


def ex_one(e, v=0):
    if e.startswith("reg"):
        body = e[3:]
        if v == 2:
            return "EIR reg %s" % body
        return ("regulation %s of the Environmental Information Regulations 2004 "
                "(confidentiality of commercial or industrial information)" % body)
    m = re.match(r"s(\d+)(.*)", e)
    sec, sub = m.group(1), m.group(2)
    title = EXTITLE.get("s" + sec, "")
    if v == 0:
        return "Section %s%s (%s)" % (sec, sub, title)
    if v == 1:
        return "section %s%s of the Act - %s" % (sec, sub, title.lower())
    if v == 2:
        return "s.%s%s" % (sec, sub)
    if v == 3:
        return "Section %s %s %s" % (sec, " ".join(re.findall(r"\(\w+\)", sub)), title)
    return "section %s%s" % (sec, sub)


def ex_list(ex, v=0):
    parts = [ex_one(e, v) for e in ex]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def ex_class(e):
    """Equivalence across regimes (HOUSE-STYLES table), used for the findings."""
    if re.match(r"s43", e) or e == "reg12(5)(e)" or e.startswith("foisa:s33"):
        return "commercial"
    if e == "reg12(5)(a)":
        return "s24(1)"
    return e


# ---------------------------------------------------------------------------
# Harm / public interest text (applied exemptions only get these blocks)
# ---------------------------------------------------------------------------
HARM = {
    "s43": [
        ("h", "Section 43(2) - Commercial Interests"),
        ("p", "Section 43(2) exempts information whose disclosure would, or would be likely to, prejudice "
              "the commercial interests of any person, including the public authority holding it. Unlike "
              "section 43(1), which concerns trade secrets, this is a prejudice-based exemption and is "
              "subject to the public interest test."),
        ("b", "Factors favouring disclosure"),
        ("p", "There is a public interest in transparency about how public money is spent and in showing "
              "that contracts represent value for money."),
        ("b", "Factors favouring non-disclosure"),
        ("p", "Releasing pricing would reveal the supplier's commercial model to its competitors and would "
              "weaken our negotiating position when the contract is retendered, which is likely to cost the "
              "public purse more in the longer term."),
        ("b", "Balance test"),
        ("p", "Having weighed these factors, we consider that the public interest lies in withholding the "
              "commercial information at this time."),
    ],
    "s31": [
        ("h", "Section 31(1)(a) - Law Enforcement"),
        ("p", "Section 31(1)(a) applies where disclosure would, or would be likely to, prejudice the "
              "prevention or detection of crime. It is a qualified, prejudice-based exemption, so the harm "
              "must be evidenced and the public interest considered."),
        ("b", "Evidence of Harm"),
        ("p", "A disclosure under the Act is a disclosure to the world. Details of the technology, suppliers "
              "or capacity we rely on, when combined with information released by other bodies, would allow "
              "those intent on committing crime or attacking our systems to build a picture of capability "
              "and of any weaknesses."),
        ("b", "Public Interest Test"),
        ("p", "Release would promote openness about the use of public funds. Against that, there is a very "
              "strong public interest in not undermining the ability to prevent and detect crime. On balance "
              "the public interest favours withholding the information."),
    ],
    "s24": [
        ("h", "Section 24(1) - National Security"),
        ("p", "Section 24(1) provides that information is exempt where exemption is required for the purpose "
              "of safeguarding national security. Critical national infrastructure, including emergency "
              "service systems, is a known target of hostile state and criminal actors. Section 23 is not "
              "relied upon in this response."),
        ("p", "While there is a general public interest in accountability, the public interest in "
              "safeguarding national security is of paramount importance and outweighs the case for release."),
    ],
    "s40": [
        ("h", "Section 40(2) - Personal Information"),
        ("p", "The names and direct contact details of individual members of staff below senior management "
              "level are personal data. Releasing them would breach the first data protection principle, so "
              "they are exempt under section 40(2). This is an absolute "
              "exemption and no public interest test is required."),
    ],
    "reg12(5)(e)": [
        ("h", "Regulation 12(5)(e) - Confidentiality of commercial or industrial information"),
        ("p", "Under regulation 12(5)(e) a public authority may refuse to disclose information to the extent "
              "that disclosure would adversely affect the confidentiality of commercial or industrial "
              "information where such confidentiality is provided by law to protect a legitimate economic "
              "interest. The pricing schedules of the contract were provided in confidence and remain "
              "commercially sensitive."),
        ("p", "In applying the exception we have taken into account the presumption in favour of disclosure "
              "in regulation 12(2). We have concluded that the public interest in maintaining the exception "
              "outweighs the public interest in disclosure, because release would damage the contractor's "
              "position and the council's ability to secure value for money in future procurements."),
    ],
    "ncnd": [
        ("h", "Neither confirm nor deny"),
        ("p", "Sections 24(2) and 31(3) remove the duty to confirm or deny where doing so would undermine "
              "national security or law enforcement. To confirm or deny whether any such information is held "
              "would, in itself, reveal whether systems have been compromised, which would be of use to "
              "criminals and hostile actors. The public interest favours maintaining neither confirm nor deny."),
        ("p", "None of the above can be viewed as an inference that the information you seek does or does not "
              "exist."),
    ],
    "ncnd31": [
        ("h", "Neither confirm nor deny - section 31(3)"),
        ("p", "To state whether or not covert equipment is used, or where, would make it easier for offenders "
              "to avoid detection. Section 31(3) therefore removes the duty to confirm or deny. This response "
              "should not be taken as an indication that the information requested is or is not held."),
    ],
}


def harm_blocks(L):
    fams = []
    for _, q in L.questions():
        if q.stance == N:
            fams.append("ncnd31" if q.ex == ["s31(3)"] else "ncnd")
            continue
        if q.stance not in (W, P):
            continue
        for e in q.ex:
            if e.startswith("reg"):
                fams.append(e)
            else:
                fams.append(re.match(r"(s\d+)", e).group(1))
    seen, out = set(), []
    for f in fams:
        if f in seen or f not in HARM:
            continue
        seen.add(f)
        out.extend(HARM[f])
    return out


# ---------------------------------------------------------------------------
# Answer wording for non-released stances
# ---------------------------------------------------------------------------
def auto_answer(L, q):
    if q.ans:
        return q.ans
    name = PROF[L.auth]["name"]
    v = L.opts.get("exv", 0)
    if q.stance == W:
        return {
            "P": "This information is exempt from disclosure under %s. Please see the explanation below." % ex_list(q.ex, v),
            "C": "The council holds this information but it is withheld under %s." % ex_list(q.ex, v),
            "N": "The Trust holds this information; it is exempt under %s (see below)." % ex_list(q.ex, v),
            "F": "We are withholding this information under %s." % ex_list(q.ex, v),
        }[L.auth]
    if q.stance == N:
        return ("%s can neither confirm nor deny that it holds any information relevant to this question "
                "by virtue of %s." % (name, ex_list(q.ex, v)))
    if q.stance == NH:
        return {
            "P": "No information is held. The force does not record this.",
            "C": "The council does not hold this information.",
            "N": "The Trust does not hold this information.",
            "F": "The Service does not hold this information.",
        }[L.auth]
    raise ValueError("no answer for %s %s" % (L.key, q.text))


# ---------------------------------------------------------------------------
# Letter -> blocks
# ---------------------------------------------------------------------------
def label(fmt, n):
    return fmt.replace("{n}", str(n)).replace("{a}", "abcdefghijklmnop"[n - 1])


def restate_blocks(L, qfmt="{n}."):
    out = []
    if L.opts.get("req_intro"):
        out.append(("p", L.opts["req_intro"]))
    for part in L.parts:
        if part.heading:
            out.append(("b", part.heading))
        if part.intro:
            out.append(("p", part.intro))
        for n, q in enumerate(part.qs, 1):
            out.append(("li", label(qfmt, n), q.text))
    return out


def numlist(nums):
    nums = [str(n) for n in nums]
    if len(nums) == 1:
        return nums[0]
    return ", ".join(nums[:-1]) + " and " + nums[-1]


def group_phrase(L, items):
    """items: list of (part_index, number) -> 'questions 2 and 3 in part 1 and question 1 in part 2'."""
    byp = {}
    for pi, n in items:
        byp.setdefault(pi, []).append(n)
    multi = len(L.parts) > 1
    chunks = []
    for pi in sorted(byp):
        ns = byp[pi]
        s = ("questions " if len(ns) > 1 else "question ") + numlist(ns)
        if multi:
            s += " in part %d of your request" % pi
        chunks.append(s)
    return " and ".join(chunks)


def body_blocks(L):
    st = L.style
    name = PROF[L.auth]["name"]
    out = []
    if st == "bare":
        out.extend(restate_blocks(L, L.opts.get("qfmt", "{n}.")))
        return out
    if st == "numbered":
        out.extend(restate_blocks(L, L.opts.get("qfmt", "{n}.")))
        out.append(("h", L.opts.get("resp_heading", "Response")))
        for part in L.parts:
            if part.heading:
                out.append(("b", part.heading))
            for n, q in enumerate(part.qs, 1):
                out.append(("li", label(L.opts.get("afmt", "{n}."), n), auto_answer(L, q)))
        out.extend(harm_blocks(L))
        return out
    if st == "interleaved":
        ql, al = L.opts.get("il", ("Question {n}:", "Response:"))
        for part in L.parts:
            if part.heading:
                out.append(("h", part.heading))
            for n, q in enumerate(part.qs, 1):
                out.append(("b", (label(ql, n) + " " + q.text).strip()))
                out.append(("p", (label(al, n) + " " + auto_answer(L, q)).strip()))
        out.extend(harm_blocks(L))
        return out
    if st == "youasked":
        ya, yr = L.opts.get("ya", ("You asked:", "Our response:"))
        for part in L.parts:
            if part.heading:
                out.append(("h", part.heading))
            for q in part.qs:
                out.append(("b", ya))
                out.append(("p", q.text))
                out.append(("b", yr))
                out.append(("p", auto_answer(L, q)))
        out.extend(harm_blocks(L))
        return out
    if st == "table":
        hdr = L.opts.get("thead", ["No.", "Your request", "Our response"])
        for part in L.parts:
            if part.heading:
                out.append(("b", part.heading))
            rows = [[str(n), q.text, auto_answer(L, q)] for n, q in enumerate(part.qs, 1)]
            out.append(("table", hdr, rows))
        out.extend(harm_blocks(L))
        return out
    if st == "decision":
        out.extend(restate_blocks(L, L.opts.get("qfmt", "{n}.")))
        groups_w, groups_n = {}, {}
        for pi, part in enumerate(L.parts, 1):
            for n, q in enumerate(part.qs, 1):
                if q.stance == W:
                    groups_w.setdefault(tuple(q.ex), []).append((pi, n))
                elif q.stance == N:
                    groups_n.setdefault(tuple(q.ex), []).append((pi, n))
        v = L.opts.get("exv", 0)
        held = any(q.stance in (R, P, W) for _, q in L.questions())
        if groups_w:
            s = ("Your request has now been considered and I can confirm that %s does hold information "
                 "you have requested. However, " % name)
            bits = []
            for ex, items in groups_w.items():
                bits.append("I am citing %s in respect of %s" % (ex_list(list(ex), v), group_phrase(L, items)))
            out.append(("p", s + "; ".join(bits) + "."))
        elif held:
            out.append(("p", "I can confirm that %s holds information relevant to your request." % name))
        for ex, items in groups_n.items():
            ph = group_phrase(L, items)
            out.append(("p", "In relation to %s, %s can neither confirm nor deny whether it holds the "
                             "information, by virtue of %s." % (ph, name, ex_list(list(ex), v))))
        out.extend(harm_blocks(L))
        rest = [(pi, n, q) for pi, part in enumerate(L.parts, 1) for n, q in enumerate(part.qs, 1)
                if q.stance not in (W, N)]
        if rest:
            out.append(("p", "The response to the remaining questions is provided below." if (groups_w or groups_n)
                        else "My response to each question is set out below."))
            cur = None
            for pi, n, q in rest:
                if len(L.parts) > 1 and pi != cur:
                    cur = pi
                    out.append(("b", L.parts[pi - 1].heading or "Part %d" % pi))
                out.append(("p", "Question %d %s %s" % (n, L.opts.get("dash", "-"), auto_answer(L, q))))
        return out
    raise ValueError(st)


def intro_blocks(L):
    a = L.auth
    rec = fdate(L.received, L.opts.get("rdf", L.opts.get("df", "long"))) if L.received else ""
    restating = L.style in ("numbered", "decision")
    eir = L.regime == "eir"
    if a == "P":
        if restating:
            on = "on the" if L.opts.get("rdf", L.opts.get("df")) == "ordinal" else "on"
            return [("p", "I refer to your request for information received by Wyvernshire Constabulary %s "
                          "%s. I note you seek access to the following information:" % (on, rec))]
        return [("p", "Thank you for your request for information, received on %s, which has been dealt with "
                      "under the Freedom of Information Act 2000. Your questions are set out below, each "
                      "followed by the force's response." % rec)]
    if a == "C":
        act = ("the Environmental Information Regulations 2004 (EIR). The information concerns waste "
               "management services, which is environmental information as defined in regulation 2(1)(c), "
               "so the Freedom of Information Act does not apply" if eir
               else "the Freedom of Information Act 2000")
        s = "Thank you for your request for information, which we received on %s. We have considered it under %s." % (rec, act)
        out = [("p", s)]
        if restating and not L.opts.get("req_intro"):
            out.append(("p", "You asked for the following information:"))
        return out
    if a == "N":
        s = ("Further to your request under the Freedom of Information Act 2000, received by the Trust on %s, "
             "please find our response below." % rec)
        out = [("p", s)]
        if restating and not L.opts.get("req_intro"):
            out.append(("p", "Your request was as follows:"))
        return out
    if a == "F":
        s = ("Thank you for your email of %s in which you requested information under the Freedom of "
             "Information Act 2000." % rec)
        out = [("p", s)]
        if restating and not L.opts.get("req_intro"):
            out.append(("p", "You asked:"))
        elif not restating:
            out.append(("p", "Our response to each of your questions is set out below."))
        return out


def closing_blocks(L):
    a = L.auth
    if a == "P":
        return [("h", "Complaint Rights"),
                ("p", "If you are dissatisfied with this response you may ask for an internal review by writing "
                      "to the Information Rights Unit within 40 working days. If you remain dissatisfied after "
                      "the review, you may apply to the Information Commissioner under section 50 of the "
                      "Freedom of Information Act 2000."),
                ("p", "Thank you for your interest in Wyvernshire Constabulary.")]
    if a == "C":
        if L.regime == "eir":
            rights = ("If you are unhappy with the way your request has been handled you may make "
                      "representations under regulation 11 of the EIR within 40 working days. You may then "
                      "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
                      "Cheshire SK9 5AF.")
        else:
            rights = ("If you are not satisfied with this response you may ask for an internal review within "
                      "40 working days of the date of this letter. If you are still unhappy you can complain "
                      "to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
                      "Cheshire SK9 5AF.")
        return [("h", "Your right to complain"), ("p", rights)]
    if a == "N":
        return [("h", "Re-use of information"),
                ("p", "Information released under the Act may be re-used under the Open Government Licence "
                      "unless stated otherwise."),
                ("h", "Complaints"),
                ("p", "If you are unhappy with the response you may request an internal review by contacting "
                      "the FOI Office. If you remain dissatisfied you can contact the Information "
                      "Commissioner, who can be reached via ico.org.uk.")]
    if a == "F":
        return [("p", "If you are unhappy with our response you may ask for it to be reviewed by the Head of "
                      "Corporate Services. Should you still be dissatisfied you may refer the matter to the "
                      "Information Commissioner."),
                ("p", "The information supplied is subject to copyright and may not be reproduced for "
                      "commercial purposes without permission.")]


def letter_blocks(L, with_letterhead=True):
    prof = PROF[L.auth]
    df = L.opts.get("df", "long")
    out = []
    if L.style == "bare":
        return bare_blocks(L)
    if L.kind == "draft" and not L.opts.get("no_draft_mark"):
        out.append(("p", "DRAFT - FOR APPROVAL - NOT YET SENT"))
    if with_letterhead:
        out.append(("lh", prof["lh"]))
    meta_order = L.opts.get("meta", "ref-date")
    reflabel = L.opts.get("reflabel", "Our ref:")
    datel = L.opts.get("datelabel", "Date:")
    if meta_order == "ref-date":
        out.append(("lines", ["%s %s" % (reflabel, L.ref), "%s %s" % (datel, fdate(L.date, df))]))
    elif meta_order == "date-only":
        out.append(("lines", [fdate(L.date, df)]))
    else:
        out.append(("lines", ["%s %s" % (datel, fdate(L.date, df)), "%s %s" % (reflabel, L.ref)]))
    out.append(("p", L.opts.get("salutation", "Dear Requester")))
    subj = L.opts.get("subject")
    if subj is None:
        if L.auth == "P":
            subj = "FREEDOM OF INFORMATION REQUEST - %s %s" % (L.ref, L.title)
        elif L.regime == "eir":
            subj = "Environmental Information Request: %s" % L.title
        else:
            subj = "Freedom of Information Request: %s" % L.title
    out.append(("h", subj))
    out.extend(intro_blocks(L))
    for p in L.opts.get("pre", []):
        out.append(("p", p))
    out.extend(body_blocks(L))
    for p in L.opts.get("extra", []):
        out.append(("p", p))
    out.extend(closing_blocks(L))
    out.append(("lines", prof["sign"]))
    return out


def bare_blocks(L):
    prof = PROF[L.auth]
    out = [("lines", ["Request logged: %s" % L.ref, "Status: awaiting response", ""]),
           ("lines", ["From: Freedom of Information requester",
                      "Sent: %s 09:14" % fdate(L.date, L.opts.get("df", "weekday")),
                      "To: FOI - %s" % prof["name"],
                      "Subject: Freedom of Information request - %s" % L.title]),
           ("p", "Dear %s," % prof["name"])]
    out.extend(("p", p) for p in L.opts.get("pre", []))
    out.extend(restate_blocks(L, L.opts.get("qfmt", "{n}.")))
    out.append(("p", "I would prefer to receive the information by email. If any part of this request would "
                     "exceed the cost limit, please let me know which parts could be answered within it."))
    out.append(("lines", ["Yours faithfully,", "", "A. Requester"]))
    return out


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def wrap(text, width, indent=""):
    if not width:
        return [indent + text]
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=" " * len(indent)) or [""]


def to_txt(blocks, width=None, md=False, banner=None):
    lines = []
    for b in blocks:
        t = b[0]
        if t == "lh":
            lines.extend((x + "  ") if md else x for x in b[1])
        elif t == "lines":
            lines.extend((x + "  ") if (md and x) else x for x in b[1])
        elif t == "p":
            lines.extend(wrap(b[1], width))
        elif t == "b":
            lines.extend(wrap("**%s**" % b[1] if md else b[1], width))
        elif t == "h":
            lines.extend(wrap(("### " + b[1]) if md else b[1].upper() if width else b[1], width))
        elif t == "li":
            lab = b[1]
            if md and not re.match(r"^\d+\.$", lab):
                lab = "- " + lab
            if width:
                lines.extend(textwrap.wrap(lab + " " + b[2], width, subsequent_indent=" " * (len(lab) + 1)))
            else:
                lines.append(lab + " " + b[2])
        elif t == "table":
            if not md:
                raise ValueError("table in plain text")
            hdr, rows = b[1], b[2]
            lines.append("| " + " | ".join(hdr) + " |")
            lines.append("|" + "|".join(["---"] * len(hdr)) + "|")
            for r in rows:
                lines.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
        lines.append("")
    if banner:
        lines = [banner, ""] + lines + ["", banner]
    return "\n".join(lines).rstrip() + "\n"


CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; }
.lh { text-align: right; margin-bottom: 18pt; }
.lh .org { font-weight: bold; font-size: 14pt; }
h2 { font-size: 12pt; margin: 14pt 0 6pt 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #444; padding: 4pt; vertical-align: top; text-align: left; }
li { margin-bottom: 4pt; }
"""


def to_html_fragment(blocks, autonum=False):
    out = []
    inlist = False
    esc = htmlmod.escape
    for b in blocks:
        t = b[0]
        if inlist and not (t == "li" and autonum and re.match(r"^\d+\.$", b[1])):
            out.append("</ol>" if inlist == "ol" else "</ul>")
            inlist = False
        if t == "lh":
            out.append('<div class="lh"><div class="org">%s</div>%s</div>' %
                       (esc(b[1][0]), "".join("<div>%s</div>" % esc(x) for x in b[1][1:])))
        elif t == "lines":
            out.append("<p>%s</p>" % "<br>".join(esc(x) for x in b[1]))
        elif t == "p":
            out.append("<p>%s</p>" % esc(b[1]))
        elif t == "b":
            out.append("<p><strong>%s</strong></p>" % esc(b[1]))
        elif t == "h":
            out.append("<h2>%s</h2>" % esc(b[1]))
        elif t == "li" and not (autonum and re.match(r"^\d+\.$", b[1])):
            out.append('<p style="margin-left:18pt">%s %s</p>' % (esc(b[1]), esc(b[2])))
        elif t == "li":
            lab = b[1]
            if not inlist:
                numeric = autonum and bool(re.match(r"^\d+\.$", lab))
                inlist = "ol" if numeric else "ul"
                out.append("<ol>" if numeric else '<ul style="list-style:none">')
            if inlist == "ol":
                out.append("<li>%s</li>" % esc(b[2]))
            else:
                out.append("<li>%s %s</li>" % (esc(lab), esc(b[2])))
        elif t == "table":
            out.append("<table><thead><tr>%s</tr></thead><tbody>" % "".join("<th>%s</th>" % esc(h) for h in b[1]))
            for r in b[2]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r))
            out.append("</tbody></table>")
    if inlist:
        out.append("</ol>" if inlist == "ol" else "</ul>")
    return "\n".join(out)


def to_html_letter(L, blocks, footer=None):
    foot = ""
    extra_css = ""
    if footer:
        foot = '<div class="runfoot">%s</div>' % htmlmod.escape(footer)
        extra_css = (".runfoot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; "
                     "font-size: 8pt; color: #555; } @page { margin: 18mm 18mm 22mm 18mm; }")
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>%s %s</style></head><body>\n%s\n%s\n</body></html>\n" %
            (htmlmod.escape(L.ref + " " + L.title), CSS, extra_css, foot,
             to_html_fragment(blocks, L.opts.get("autonum", False))))


def to_html_log(L, blocks):
    prof = PROF[L.auth]
    name = prof["name"]
    esc = htmlmod.escape
    nav = {
        "P": ["Home", "About us", "Freedom of information", "Disclosure log"],
        "C": ["Home", "Council and democracy", "Access to information", "FOI disclosure log"],
        "N": ["Home", "About the Trust", "Freedom of Information", "Published responses"],
        "F": ["Home", "About us", "Transparency", "Disclosure log"],
    }[L.auth]
    crumbs = " &gt; ".join(esc(x) for x in nav)
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} | {name}</title>
<style>{css} header, footer, nav {{ background:#eee; padding:6px; }} .cookie {{ background:#222; color:#fff; padding:8px; }}</style>
</head><body>
<div class="cookie">We use cookies to make this website work and to understand how you use it. <a href="#">Accept all cookies</a> <a href="#">Reject non-essential cookies</a> <a href="#">Cookie settings</a></div>
<header><a href="#">Skip to main content</a> <strong>{name}</strong> <a href="#">Search</a> <a href="#">Contact us</a> <a href="#">Report it</a></header>
<nav class="breadcrumb">{crumbs}</nav>
<main>
<h1>{ref} - {title}</h1>
<p class="meta">Reference: {ref}<br>Date of response: {d}<br>Category: {cat}</p>
<article>
{body}
</article>
<p><a href="#">Back to disclosure log</a> | <a href="#">Make a new request</a> | <a href="#">Print this page</a></p>
</main>
<footer><p>&copy; {name}. <a href="#">Accessibility statement</a> | <a href="#">Privacy notice</a> | <a href="#">Terms and conditions</a> | <a href="#">Sitemap</a></p><p>Was this page helpful? <a href="#">Yes</a> <a href="#">No</a></p></footer>
</body></html>
""".format(title=esc(L.title), name=esc(name), crumbs=crumbs, ref=esc(L.ref),
           d=esc(fdate(L.date, L.opts.get("df", "long"))), cat=esc(L.opts.get("category", "General")),
           css=CSS, body=to_html_fragment(blocks, L.opts.get("autonum", False)))


# ---- PostScript for Ghostscript -------------------------------------------
PS_MAP = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
          "\u2022": "-", "\u2026": "..."}


def ps_str(s):
    s = "".join(PS_MAP.get(ch, ch) for ch in s)
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
    return "(" + "".join(out) + ")"


def to_ps(L, blocks, banner):
    W_CH = 92
    lines = []  # (font, indent_pt, text) ; None = blank
    for b in blocks:
        t = b[0]
        if t == "lh":
            for i, x in enumerate(b[1]):
                lines.append(("B" if i == 0 else "R", 300, x))
        elif t == "lines":
            for x in b[1]:
                lines.append(("R", 0, x))
        elif t == "p":
            for x in wrap(b[1], W_CH):
                lines.append(("R", 0, x))
        elif t in ("b", "h"):
            for x in wrap(b[1], W_CH - 6):
                lines.append(("B", 0, x))
        elif t == "li":
            lab = b[1]
            ws = wrap(b[2], W_CH - 6)
            for i, x in enumerate(ws):
                lines.append(("R", 0 if i == 0 else 18, (lab + "  " + x) if i == 0 else x))
        elif t == "table":
            raise ValueError("no tables in PostScript letters")
        lines.append(None)
    ps = ["%!PS-Adobe-3.0", "%%Title: " + L.ref, "%%Pages: (atend)", "%%EndComments",
          "/L1enc ISOLatin1Encoding dup length array copy dup 45 /hyphen put def",
          "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
          "/Encoding L1enc def currentdict end definefont pop } def",
          "/RA { /t exch def /yy exch def t stringwidth pop 539 exch sub yy moveto t show } def",
          "/HL /Helvetica reenc", "/HB /Helvetica-Bold reenc",
          "/R { /HL findfont 10 scalefont setfont } def", "/B { /HB findfont 10 scalefont setfont } def",
          "/S { /HL findfont 8 scalefont setfont } def"]
    page = 0
    y = 0

    def newpage():
        nonlocal page, y
        if page:
            ps.append("showpage")
        page += 1
        ps.append("%%%%Page: %d %d" % (page, page))
        ps.append("S 250 815 moveto %s show" % ps_str(banner))
        ps.append("S 270 30 moveto %s show" % ps_str("Page %d" % page))
        y = 780

    newpage()
    for ln in lines:
        if ln is None:
            y -= 7
            continue
        if y < 60:
            newpage()
        font, ind, text = ln
        if ind == 300:  # letterhead: right aligned
            ps.append("%s %d %s RA" % (font, y, ps_str(text)))
        else:
            ps.append("%s %d %d moveto %s show" % (font, 56 + ind, y, ps_str(text)))
        y -= 13
    ps.append("showpage")
    ps.append("%%Trailer")
    ps.append("%%%%Pages: %d" % page)
    ps.append("%%EOF")
    return "\n".join(ps) + "\n"


# ---------------------------------------------------------------------------
# Producers
# ---------------------------------------------------------------------------
def env():
    e = dict(os.environ)
    e["HOME"] = os.path.join(BUILD, "home")
    os.makedirs(e["HOME"], exist_ok=True)
    return e


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), timeout=300)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode("utf-8", "replace")[-800:]))


def soffice(src, target, outdir):
    infilter = "HTML (StarWriter)" if src.endswith(".html") else "Text (encoded):UTF8"
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(BUILD, "lo_profile"), "--headless",
         "--infilter=" + infilter, "--convert-to", target, "--outdir", outdir, src])


def render(L, outdir):
    prof = PROF[L.auth]
    fmt = L.fmt
    path = os.path.join(outdir, L.filename)
    base = os.path.join(BUILD, L.key)
    if fmt == "txt":
        blocks = letter_blocks(L)
        with open(path, "w", encoding="utf-8") as f:
            f.write(to_txt(blocks, width=L.opts.get("wrap"),
                           banner=prof["banner"] if L.opts.get("txt_banner") else None))
    elif fmt == "md":
        blocks = letter_blocks(L)
        with open(path, "w", encoding="utf-8") as f:
            f.write(to_txt(blocks, md=True))
    elif fmt == "html":
        blocks = letter_blocks(L, with_letterhead=False)
        with open(path, "w", encoding="utf-8") as f:
            f.write(to_html_log(L, blocks))
    elif fmt == "docx":
        src = base + ".html"
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html_letter(L, letter_blocks(L)))
        soffice(src, "docx:MS Word 2007 XML", BUILD)
        shutil.move(base + ".docx", path)
    elif fmt == "pdf-soffice":
        if L.opts.get("soffice_txt"):
            src = base + ".txt"
            with open(src, "w", encoding="utf-8") as f:
                f.write(to_txt(letter_blocks(L), width=None))
        else:
            src = base + ".html"
            with open(src, "w", encoding="utf-8") as f:
                f.write(to_html_letter(L, letter_blocks(L)))
        soffice(src, "pdf:writer_pdf_Export", BUILD)
        shutil.move(base + ".pdf", path)
    elif fmt == "pdf-chromium":
        src = base + ".chrome.html"
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html_letter(L, letter_blocks(L), footer=prof["banner"]))
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(BUILD, "chrome"), "--print-to-pdf=" + path,
             "file://" + src])
    elif fmt == "pdf-gs":
        src = base + ".ps"
        with open(src, "w", encoding="latin-1") as f:
            f.write(to_ps(L, letter_blocks(L), prof["banner"]))
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
             "-sOutputFile=" + path, src])
    else:
        raise ValueError(fmt)
    return path


# ===========================================================================
# TRUTH: every letter
# ===========================================================================
LETTERS = []


def add(*a, **k):
    L = Letter(*a, **k)
    LETTERS.append(L)
    return L


NCND_POLICE = ("Wyvernshire Constabulary can neither confirm nor deny that it holds any information relevant "
               "to this question by virtue of the following exemptions: Section 24(2) National Security and "
               "Section 31(3) Law Enforcement. Please see the explanation further below. This should not be "
               "taken as necessarily indicating that any information that would meet your request exists or "
               "does not exist.")

# ---------------------------------------------------------------- POLICE --
add("wyv-2017-1187-bwv", "P", "FOI 1187/17", "2017-11-14", "2017-10-19", "Body Worn Video", "txt",
    "interleaved", [
        Q("bwv.count", "How many body worn video cameras does the force currently have in operational use?",
          R, ans="There are currently 640 body worn video cameras in operational use across the force.",
          fact=640),
        Q("bwv.supplier", "Which company supplied the cameras?", R,
          ans="The cameras were supplied by Reveal Media Ltd.", fact="reveal media"),
        Q("bwv.contract_value", "What was the total value of the contract for the cameras?", R,
          ans="The total contract value was \u00a3186,000.", fact=186000),
        Q("bwv.footage_retention",
          "If footage is not needed for evidential purposes, how long is it kept before it is deleted?", R,
          ans="Footage that is not marked as evidential is deleted automatically after 31 days.",
          fact="31 days"),
        Q("bwv.mandatory_use", "Are officers required to switch their camera on whenever they use force?", R,
          ans="Yes. Force policy requires officers to begin recording before, or as soon as practicable "
              "after, any use of force.", fact="yes"),
    ], df="ordinal", rdf="ordinal", wrap=78, il=("Question {n}:", "Response:"))

add("wyv-2018-0561-drones", "P", "FOI 0561/18", "2018-05-22", "2018-04-25", "Unmanned aerial vehicles (drones)",
    "md", "numbered", [
        Q("drone.count", "How many drones (unmanned aerial vehicles) does Wyvernshire Constabulary own?", R,
          ans="Six.", fact=6),
        Q("drone.models", "What make and model are they?", R,
          ans="All six are DJI Inspire 2 aircraft.", fact="dji inspire 2"),
        Q("drone.pilots", "How many officers are licensed to fly them?", R,
          ans="14 officers hold the required remote pilot qualification.", fact=14),
        Q("drone.spend", "How much has the force spent on drones since 2015, including training?", R,
          ans="\u00a361,400 in total (aircraft, training and insurance).", fact=61400),
    ], df="long", req_intro="Your request read as follows:", resp_heading="Our response")

add("wyv-2018-0938-cad-rms", "P", "FOI 0938/18", "2018-09-10", "2018-08-13",
    "Command and control and records management systems", "pdf-gs", "interleaved", [
        Q("cad.supplier", "Who is the supplier of the force's command and control (CAD) system?", R,
          ans="Hexagon Safety & Infrastructure. The system in use is Hexagon I/CAD.", fact="hexagon"),
        Q("cad.expiry", "When is the CAD contract due to expire?", R,
          ans="The current contract expires on 31 March 2022.", fact="2022-03-31"),
        Q("rms.supplier", "Who supplies your records management system (RMS)?", R,
          ans="Niche Technology Inc. (NicheRMS).", fact="niche"),
        Q("rms.expiry", "When does the RMS contract end?", R, ans="30 June 2021.", fact="2021-06-30"),
        Q("duty.supplier", "Who supplies the force's duty management (rostering) system?", R,
          ans="Dutysense Ltd.", fact="dutysense"),
    ], df="long0", il=("Q{n}.", "A{n}."))

add("wyv-2019-0263-bwv", "P", "FOI 0263/19", "2019-03-06", "2019-02-05", "Body worn video", "pdf-soffice",
    "decision", [
        Q("bwv.count", "The number of body-worn cameras currently issued to officers and staff.", R,
          ans="980 cameras are currently issued.", fact=980),
        Q("bwv.trained", "The number of officers who have been trained to use them.", R,
          ans="1,720 officers have completed body-worn video training.", fact=1720),
        Q("bwv.supplier", "The manufacturer or supplier of the cameras now in use.", R,
          ans="Axon Public Safety UK Ltd.", fact="axon"),
        Q("bwv.contract_value", "The value of the current contract.", W, ["s43(2)"]),
        Q("bwv.storage", "Whether recordings are stored in the cloud or on force servers.", R,
          ans="Recordings are uploaded to a cloud-based digital evidence management service provided by "
              "the camera supplier.", fact="cloud"),
        Q("bwv.footage_retention", "The period for which footage that is not required as evidence is retained.",
          R, ans="31 days, after which it is automatically deleted.", fact="31 days"),
    ], df="long", qfmt="{n}.", dash="\u2013",
    req_intro="Please could you provide the following in relation to body-worn cameras:")

add("wyv-2020-0744-drones", "P", "FOI 0744/20", "2020-07-28", "2020-06-30", "Drones", "docx", "table", [
    Q("drone.count", "Please state the total number of unmanned aircraft systems the force currently operates.",
      R, ans="The force currently operates 9 unmanned aircraft.", fact=9),
    Q("drone.models", "For each of these, please give the manufacturer and model.", R,
      ans="DJI Matrice 210 (five aircraft) and DJI Mavic 2 Enterprise Dual (four aircraft).",
      fact="dji matrice 210; dji mavic 2 enterprise"),
    Q("drone.pilots", "How many trained remote pilots does the force have?", R, ans="22", fact=22),
    Q("drone.policy", "Does the force have a policy or standard operating procedure for drone deployments? "
                      "If so please provide a copy.", R, ["s21"],
      ans="Yes. The Drone Deployment Procedure is published on our website and is therefore exempt under "
          "section 21 (information reasonably accessible by other means). It can be found at "
          "https://www.wyvernshire.police.uk/foi-ai/policies/drone-deployment-procedure", fact="yes"),
    Q("drone.deployments_2019", "How many times were the drones deployed during 2019?", R,
      ans="312 deployments.", fact=312),
], df="ordinal", thead=["No.", "Request", "Response"])

add("wyv-2021-0139-video", "P", "FOI 0139/21", "2021-02-11", "2021-01-14", "Video recording technology", "txt",
    "youasked", [
        Q(("bwv.count", "bwv.supplier"),
          "How many body worn video cameras does the force have and which company manufactures them?", R,
          ans="The force has 1,150 body worn video cameras, all manufactured by Axon.",
          fact={"bwv.count": 1150, "bwv.supplier": "axon"}),
        Q("bwv.contract_value", "How much is the force paying under its body worn video contract?", W, ["s43(2)"]),
        Q("bwv.contract_expiry", "When does that contract come to an end?", R,
          ans="The contract runs until 31 March 2026.", fact="2026-03-31"),
        Q("incar.count", "How many police vehicles are fitted with in-car (dashboard) video cameras?", R,
          ans="87 vehicles.", fact=87),
        Q("incar.supplier", "Who supplies the in-car video systems?", R,
          ans="Kinesis Vehicle Video Ltd.", fact="kinesis"),
    ], df="long", exv=2)

add("wyv-2021-0655-ict", "P", "FOI 0655/21", "2021-06-30", "2021-06-02",
    "ICT contracts - command and control and records management", "pdf-chromium", "table", [
        Part("Part 1 - Command and control (CAD) system", [
            Q("cad.supplier", "Incumbent supplier: who is the supplier of this contract?", R,
              ans="Hexagon Safety, Infrastructure & Geospatial", fact="hexagon"),
            Q("cad.value", "Contract value: what is the total value of the contract?", W, ["s43(2)"]),
            Q("cad.expiry", "Expiry: when does the contract expire?", R, ans="31/03/2024", fact="2024-03-31"),
            Q("cad.contact", "Contact: who within the organisation is responsible for the contract? Please give "
                             "their name, job title and email address.", P, ["s40(2)"],
              ans="Head of ICT Services. The name of the post holder is withheld under section 40(2). "
                  "Correspondence can be sent to ict.contracts@wyvernshire.police.uk."),
        ]),
        Part("Part 2 - Records management system (RMS)", [
            Q("rms.supplier", "Incumbent supplier: who is the supplier of this contract?", R,
              ans="Niche Technology Inc.", fact="niche"),
            Q("rms.value", "Contract value: what is the total value of the contract?", W, ["s43(2)"]),
            Q("rms.expiry", "Expiry: when does the contract expire?", R, ans="30/06/2026", fact="2026-06-30"),
            Q("rms.contact", "Contact: who within the organisation is responsible for the contract? Please give "
                             "their name, job title and email address.", P, ["s40(2)"],
              ans="Head of ICT Services. The name of the post holder is withheld under section 40(2). "
                  "Correspondence can be sent to ict.contracts@wyvernshire.police.uk."),
        ]),
    ], df="ordinal", thead=["Question", "Request", "Response"],
    pre=["Your request was split into two parts: the first concerned the command and control system and the "
         "second the records management system. The same questions were asked about each."])

add("wyv-2021-1190-cyber", "P", "FOI 1190/21", "2021-11-09", "2021-10-12", "Cyber attacks", "txt", "interleaved", [
    Q("cyber.ransomware_count", "In the past three years, how many ransomware attacks has the force been "
                                "subject to?", R, ans="None.", fact=0),
    Q("cyber.ransom_paid", "Has Wyvernshire Constabulary ever paid a ransom to regain access to its systems "
                           "or data?", N, ["s24(2)", "s31(3)"], ans=NCND_POLICE),
    Q("cyber.training", "Do all staff have to complete cyber security training?", R,
      ans="Yes. The national Cyber Security for Policing e-learning module is mandatory for all officers, "
          "staff and volunteers.", fact="yes"),
    Q("cyber.budget", "What is your yearly budget for cyber security?", NH,
      ans="The force does not hold a separate cyber security budget. Spending forms part of the overall ICT "
          "budget and is not recorded separately, so no information is held."),
], df="long", il=("{n}.", "Response:"))

add("wyv-2022-0927-firearms", "P", "FOI 0927/22", "2022-09-16", "2022-08-19", "Firearms and shotgun certificates",
    "html", "numbered", [
        Q("fa.firearm_certs", "How many firearm certificates are currently on issue in Wyvernshire?", R,
          ans="4,812", fact=4812),
        Q("fa.shotgun_certs", "How many shotgun certificates are currently on issue?", R, ans="11,346", fact=11346),
        Q("fa.revoked_2021", "How many certificates of either kind were revoked in 2021?", R, ans="37", fact=37),
        Q("fa.processing_time", "What is the average time taken to process a new firearm certificate "
                                "application?", R, ans="142 days.", fact="142 days"),
    ], df="long", category="Firearms licensing", autonum=True)

add("wyv-2023-0211-drones", "P", "FOI 0211/23", "2023-03-02", "2023-02-01", "Police drones", "pdf-gs",
    "decision", [
        Q("drone.count", "Number of drones the force has at present.", W, ["s24(1)", "s31(1)(a)"]),
        Q("drone.models", "Make and model of each drone.", W, ["s31(1)(a)"]),
        Q("drone.pilots", "How many pilots are trained to fly them?", W, ["s24(1)", "s31(1)(a)"]),
        Q("drone.policy", "Please send a copy of any policy that governs drone use.", R, ["s21"],
          ans="The force's Drone Deployment Procedure is already published and is exempt under section 21: "
              "https://www.wyvernshire.police.uk/foi-ai/policies/drone-deployment-procedure", fact="yes"),
    ], df="ordinal", rdf="ordinal", qfmt="{n}.")

add("wyv-2023-0597-cyber", "P", "FOI 0597/23", "2023-06-14", "2023-05-17", "Cyber security", "docx", "decision", [
    Q("cyber.training", "Is cyber security awareness training compulsory for your workforce?", R,
      ans="Yes. All officers and staff must complete it on joining and every year thereafter.", fact="yes"),
    Q("cyber.ransomware_count", "Please state how many ransomware incidents the force has suffered since "
                                "January 2020.", R, ans="Nil.", fact=0),
    Q("cyber.ransom_paid", "Have you paid a ransom demand at any time?", N, ["s24(2)", "s31(3)"]),
    Q("cyber.budget", "What budget is allocated to cyber security each year?", NH,
      ans="No information held. Cyber security is funded from the wider ICT budget and is not recorded "
          "separately."),
    Q("cyber.siem_supplier", "Which company provides your security monitoring (SIEM) service?", W,
      ["s24(1)", "s31(1)(a)"]),
], df="long")

add("wyv-2023-1044-ict", "P", "FOI 1044/23", "2023-10-25", "2023-09-27", "ICT contracts (CAD and RMS)", "html",
    "interleaved", [
        Part("Part A - Command and control", [
            Q("cad.expiry", "When is the contract due to expire, including any extension options?", R,
              ans="The contract was extended this year and now expires on 31 March 2027, with no further "
                  "extension options.", fact="2027-03-31"),
            Q("cad.supplier", "Name of the incumbent supplier.", R, ans="Hexagon.", fact="hexagon"),
            Q("cad.value", "Total contract value.", W, ["s43(2)"]),
            Q("cad.contact", "Details of the person in the force who is accountable for the contract.", P,
              ["s40(2)"], ans="The contract is owned by the Head of ICT Services; the individual's name is "
                              "exempt under section 40(2)."),
        ]),
        Part("Part B - Records management", [
            Q("rms.expiry", "When is the contract due to expire, including any extension options?", R,
              ans="30 June 2026.", fact="2026-06-30"),
            Q("rms.supplier", "Name of the incumbent supplier.", R, ans="Niche Technology.", fact="niche"),
            Q("rms.value", "Total contract value.", W, ["s43(2)"]),
            Q("rms.contact", "Details of the person in the force who is accountable for the contract.", P,
              ["s40(2)"], ans="The contract is owned by the Head of ICT Services; the individual's name is "
                              "exempt under section 40(2)."),
        ]),
    ], df="long", il=("Q{n}", "A{n}"), category="Information technology",
    extra=["Please note that a similar request was answered under reference FOI 0655/21, which remains available "
           "in our disclosure log."])

add("wyv-2024-0118-bwv", "P", "FOI 0118/24", "2024-02-07", "2024-01-10", "Body worn video", "pdf-chromium",
    "decision", [
        Q("bwv.count", "Total number of BWV devices deployed.", R, ans="1,150", fact=1150),
        Q("bwv.supplier", "Name of the supplier of those devices.", R, ans="Axon Public Safety UK Limited.",
          fact="axon"),
        Q("bwv.contract_value", "Value of the contract.", W, ["s43(2)"]),
        Q("bwv.contract_expiry", "Date on which the contract ends.", R, ans="31st March 2026.", fact="2026-03-31"),
        Q("bwv.footage_retention", "Retention period for non-evidential footage.", R, ans="31 days.",
          fact="31 days"),
        Q("bwv.storage", "Is footage held on premises or in a cloud service?", R,
          ans="In a cloud service (Axon Evidence).", fact="cloud"),
    ], df="ordinal", rdf="ordinal", exv=3)

# police drafts
add("draft-wyv-bwv", "P", "FOI 0519/25", "2025-05-20", "2025-04-22", "Body-worn video cameras", "docx",
    "youasked", [
        Q("bwv.count", "Could you tell me how many body-worn video units the force has in service at the moment?",
          R, ans="We currently have 1,400 body-worn video units in service.", fact=1400),
        Q("bwv.supplier", "Who is your BWV provider?", W, ["s31(1)(a)"],
          ans="The name of the provider is withheld under Section 31(1)(a) (Law Enforcement). Identifying the "
              "make of equipment, alongside disclosures by other forces, would reveal capability."),
        Q("bwv.contract_value", "What is the value of the force's contract for these devices?", R,
          ans="\u00a31.2m over the life of the contract.", fact=1200000),
        Q("bwv.contract_expiry", "On what date is the contract scheduled to end?", R, ans="31/03/2026",
          fact="2026-03-31"),
        Q("bwv.footage_retention", "Where footage has no evidential value, for how long do you keep it?", R,
          ans="Thirty-one days; it is then deleted automatically.", fact="31 days"),
        Q("incar.count", "And how many patrol cars have dash-cam (in-car video) systems fitted?", R,
          ans="87.", fact=87),
    ], kind="draft", df="long", ya=("Your question:", "Our answer:"))

add("draft-wyv-ict", "P", "FOI 0902/25", "2025-09-12", "2025-08-14", "ICT contracts", "pdf-soffice", "decision", [
    Part("Part 1 - Command and control (CAD)", [
        Q("cad.supplier", "Who currently holds the contract?", R, ans="Hexagon.", fact="hexagon"),
        Q("cad.value", "What is the contract worth in total?", W, ["s31(1)(a)", "s43(2)"]),
        Q("cad.expiry", "On what date does the contract finish?", R, ans="31.03.2027", fact="2027-03-31"),
        Q("cad.contact", "Which officer or member of staff manages the contract (name, role and email)?", P,
          ["s40(2)"], ans="Head of ICT Services (ict.contracts@wyvernshire.police.uk). The name is withheld "
                          "under section 40(2)."),
    ]),
    Part("Part 2 - Records management (RMS)", [
        Q("rms.supplier", "Who currently holds the contract?", R, ans="Niche Technology Inc.", fact="niche"),
        Q("rms.value", "What is the contract worth in total?", W, ["s43(2)"]),
        Q("rms.expiry", "On what date does the contract finish?", R,
          ans="30 June 2028, following a two-year extension agreed in 2025.", fact="2028-06-30"),
        Q("rms.contact", "Which officer or member of staff manages the contract (name, role and email)?", P,
          ["s40(2)"], ans="Head of ICT Services (ict.contracts@wyvernshire.police.uk). The name is withheld "
                          "under section 40(2)."),
    ]),
], kind="draft", df="ordinal", rdf="ordinal")

add("draft-wyv-cyber", "P", "FOI 1127/25", "2025-11-18", "2025-10-21", "Ransomware and cyber security", "txt",
    "interleaved", [
        Q("cyber.ransomware_count", "How many times in the last three years has the force been hit by "
                                    "ransomware?", N, ["s24(2)", "s31(3)"], ans=NCND_POLICE),
        Q("cyber.ransom_paid", "Has the force ever handed over money in response to a ransom demand?", R,
          ans="No. Wyvernshire Constabulary has never paid a ransom, in line with the national position that "
              "police forces do not pay ransoms.", fact="no"),
        Q("cyber.training", "Must every employee undertake cyber security training?", R,
          ans="Yes, on induction and annually.", fact="yes"),
        Q("cyber.budget", "How much does the force budget for cyber security per year?", NH,
          ans="No information held - there is no separate cyber security budget."),
        Q("cyber.phishing_blocked", "How many phishing emails did your email filtering block in the last "
                                    "12 months?", W, ["s31(1)(a)"]),
    ], kind="draft", df="long", il=("Question {n}:", "Answer:"), wrap=80)

add("draft-wyv-drones", "P", "FOI 1203/25", "2025-12-03", "2025-11-05", "Drones", "md", "table", [
    Q("drone.count", "How many drones does the force have?", W, ["s24(1)", "s31(1)(a)"]),
    Q("drone.models", "What are the makes and models of the drones?", R, ans="DJI Matrice 30T.",
      fact="dji matrice 30t"),
    Q("drone.pilots", "How many of your staff are trained drone pilots?", R, ans="22", fact=22),
    Q("drone.policy", "Please provide your policy on the use of drones.", R, ["s21"],
      ans="Published on our website (section 21 applies): "
          "https://www.wyvernshire.police.uk/foi-ai/policies/drone-deployment-procedure", fact="yes"),
], kind="draft", as_of="2022-01-01", df="long", thead=["#", "Question", "Response"])

# --------------------------------------------------------------- COUNCIL --
add("cmbc-2017-0388-parking", "C", "FOI/2017/00388", "2017-06-21", "2017-05-24", "Parking enforcement", "md",
    "youasked", [
        Q("park.contractor", "Is parking enforcement carried out in-house or by a contractor? If a contractor, "
                             "which one?", R, ans="Enforcement is contracted out to NSL Ltd.", fact="nsl"),
        Q("park.ceo_count", "How many civil enforcement officers (traffic wardens) patrol the borough?", R,
          ans="31.", fact=31),
        Q("park.pcn_2016", "How many penalty charge notices were issued in 2016?", R, ans="48,902.", fact=48902),
        Q("park.targets", "Are the officers set targets for the number of tickets they issue?", R,
          ans="No. The contract expressly forbids ticket targets or any incentive payments linked to PCNs.",
          fact="no"),
    ], df="long", ya=("Request:", "Response:"))

add("cmbc-2018-1127-flytipping", "C", "FOI/2018/01127", "2018-10-03", "2018-09-05", "Fly-tipping", "txt",
    "numbered", [
        Q("flytip.incidents_1718", "How many fly-tipping incidents were recorded in 2017/18?", R, ans="3,914",
          fact=3914),
        Q("flytip.covert_cameras", "Does the council use hidden cameras to catch people fly-tipping?", R,
          ans="Yes. The council has a number of covert cameras which are moved between hotspot locations.",
          fact="yes"),
        Q("flytip.fpn_amount", "What is the fixed penalty for fly-tipping?", R,
          ans="\u00a3400, reduced to \u00a3250 if paid within 10 days.", fact=400),
        Q("flytip.contractor", "Who removes fly-tipped waste for the council?", R,
          ans="Clearance is carried out by Veolia under the street cleansing contract.", fact="veolia"),
    ], df="slash", rdf="long", wrap=76, meta="date-ref", reflabel="Reference:",
    req_intro="Please provide the following:")

add("cmbc-2019-0561-waste", "C", "FOI/2019/00561", "2019-04-30", "2019-04-02", "Waste collection contract", "docx",
    "decision", [
        Q("waste.contractor", "Which company collects household waste in the borough?", R, ans="Serco Ltd.",
          fact="serco"),
        Q("waste.value", "What is the annual value of the contract?", W, ["s43(2)"]),
        Q("waste.duration", "How long is the contract for?", R,
          ans="The contract term is 120 months from 1 April 2019.", fact="120 months"),
        Q("waste.expiry", "When does it end?", R, ans="31/03/2029", fact="2029-03-31"),
        Q("waste.extension", "Are there any options to extend it?", R,
          ans="Yes, by up to a further five years.", fact="5 years"),
    ], df="long", exv=1)

add("cmbc-2020-0934-cctv", "C", "FOI/2020/00934", "2020-08-12", "2020-07-15", "Public space CCTV", "pdf-soffice",
    "table", [
        Q("cctv.public.count", "How many public space CCTV cameras does the council operate?", R, ans="198",
          fact=198),
        Q("cctv.faulty", "How many of these are currently not working?", R, ans="15", fact=15),
        Q("cctv.monitoring", "Is the CCTV control room staffed 24 hours a day?", R,
          ans="Yes - 24 hours a day, 365 days a year.", fact="yes"),
        Q("cctv.maint_contractor", "Which company maintains the cameras?", R,
          ans="Sentinel Systems (North) Ltd.", fact="sentinel"),
    ], df="long", thead=["", "Question", "Answer"])

add("cmbc-2021-0873-flytipping", "C", "FOI/2021/00873", "2021-07-07", "2021-06-09", "Fly-tipping enforcement",
    "html", "interleaved", [
        Q("flytip.fpn_amount", "Please confirm the level at which the fixed penalty notice for the unauthorised "
                               "deposit of waste is set.", R,
          ans="The fixed penalty for fly-tipping is \u00a3400, or \u00a3250 if paid within 10 days.", fact=400),
        Q("flytip.officers", "How many officers work on fly-tipping enforcement?", R,
          ans="Five full-time enforcement officers.", fact=5),
        Q("flytip.covert_cameras", "Are covert cameras deployed at locations where fly-tipping is a recurring "
                                   "problem?", R, ans="Yes, we deploy covert cameras at known hot spots.",
          fact="yes"),
        Q("flytip.prosecutions_2021", "How many prosecutions for fly-tipping were brought in 2020/21?", R,
          ans="23.", fact=23),
    ], df="ordinal", il=("Question {n}", "Answer:"), category="Environment and waste")

add("cmbc-2022-1348-parking", "C", "FOI/2022/01348", "2022-11-02", "2022-10-05", "Parking contract and bus lane cameras",
    "pdf-gs", "interleaved", [
        Q("park.contractor", "Who holds the council's parking enforcement contract?", R, ans="NSL Ltd.",
          fact="nsl"),
        Q("park.contract_value", "What is that contract worth?", W, ["s43(2)"]),
        Q("park.ceo_count", "How many civil enforcement officers are employed on the contract?", R, ans="36.",
          fact=36),
        Q("anpr.buslane.count", "How many ANPR cameras does the council use to enforce bus lanes?", R,
          ans="14 fixed cameras at nine sites.", fact=14),
        Q("anpr.buslane.supplier", "Who supplied those cameras?", R, ans="Lanewatch Systems Ltd.",
          fact="lanewatch"),
    ], df="long", il=("{n}.", "Answer:"))

add("cmbc-2023-0219-potholes", "C", "FOI/2023/00219", "2023-02-15", "2023-01-18", "Potholes", "pdf-chromium",
    "youasked", [
        Q("pot.reported_2022", "How many potholes were reported to the council in 2022?", R, ans="6,221.",
          fact=6221),
        Q("pot.intervention", "What depth must a pothole reach before the council will repair it?", R,
          ans="40mm on carriageways.", fact="40mm"),
        Q("pot.claims_2022", "How much compensation did the council pay out for pothole damage in 2022?", R,
          ans="\u00a338,715.20.", fact=38715.20),
        Q("pot.contractor", "Which contractor carries out pothole repairs?", R,
          ans="Repairs are carried out in-house by the council's Highways Operations team.", fact="in-house"),
    ], df="long")

add("cmbc-2023-1102-cctv", "C", "FOI/2023/01102", "2023-09-20", "2023-08-23", "CCTV cameras", "html", "numbered", [
    Q("cctv.public.count", "Total number of public-space surveillance cameras operated by the Council.", R,
      ans="212", fact=212),
    Q("cctv.faulty", "Number of those cameras out of action at the time of your reply.", R, ans="9", fact=9),
    Q("cctv.monitoring", "Whether the cameras are monitored around the clock.", R,
      ans="Yes, the control room operates 24/7.", fact="yes"),
    Q("cctv.maint_contractor", "Name of the maintenance contractor.", R, ans="Sentinel Systems (North) Ltd.",
      fact="sentinel"),
], df="long0", category="Community safety", resp_heading="Our response")

add("cmbc-2023-1415-waste", "C", "FOI/2023/01415", "2023-12-06", "2023-11-08", "Household waste and recycling contract",
    "txt", "interleaved", [
        Q("waste.contractor", "Name of the contractor that empties household bins.", R, ans="Serco.",
          fact="serco"),
        Q("waste.frequency", "How often is general (black bin) waste collected?", R, ans="Fortnightly.",
          fact="fortnightly"),
        Q("waste.value", "The value of the contract per year.", W, ["s43(2)"]),
        Q("waste.duration", "The length of the contract.", R, ans="Ten years from 1 April 2019.",
          fact="120 months"),
        Q("waste.expiry", "The expiry date of the contract.", R, ans="31/03/2029", fact="2029-03-31"),
    ], df="long", il=("Q{n}:", "A:"))

add("cmbc-2024-0486-parking", "C", "FOI/2024/00486", "2024-05-01", "2024-04-03", "Parking enforcement contract",
    "docx", "table", [
        Q("park.contractor", "Who is your parking enforcement provider?", R, ans="NSL Ltd", fact="nsl"),
        Q("park.contract_copy", "Please provide a copy of the current contract, including all schedules.", R,
          ans="A copy of the contract and its schedules is attached.", fact="attached"),
        Q("park.ceo_count", "How many civil enforcement officers are deployed?", R, ans="38", fact=38),
        Q("park.contract_value", "What is the annual contract value?", W, ["s43(2)"]),
        Q("park.targets", "Do you set enforcement officers any ticket targets?", R, ans="No.", fact="no"),
    ], df="long")

add("cmbc-2024-1220-flytipping", "C", "FOI/2024/01220", "2024-10-09", "2024-09-11", "Fly-tipping", "md",
    "interleaved", [
        Q("flytip.contractor", "Which company is contracted to clear fly-tipped waste?", R,
          ans="Veolia ES (UK) Ltd.", fact="veolia"),
        Q("flytip.covert_cameras", "Does the council use any covert cameras to tackle fly-tipping?", R,
          ans="Yes. The council currently has 12 covert cameras.", fact="yes"),
        Q("flytip.fpn_amount", "How much is the fixed penalty for fly-tipping?", R, ans="\u00a3400.", fact=400),
        Q("flytip.officers", "How many enforcement officers deal with fly-tipping?", R, ans="6", fact=6),
        Q("flytip.incidents_2324", "How many fly-tipping incidents were recorded in 2023/24?", R, ans="4,580",
          fact=4580),
    ], df="long", il=("Q{n}.", ""))

# council drafts
add("draft-cmbc-flytipping", "C", "FOI/2025/00702", "2025-06-11", "2025-05-14", "Fly-tipping enforcement", "html",
    "youasked", [
        Q("flytip.covert_cameras", "Does the council currently make use of concealed cameras to detect "
                                   "fly-tipping?", N, ["s31(3)"],
          ans="The council can neither confirm nor deny whether it holds this information, in reliance on "
              "section 31(3) of the Act. Please see the explanation below."),
        Q("flytip.contractor", "Who is the council's contractor for removing dumped waste?", R,
          ans="Biffa Municipal Ltd.", fact="biffa"),
        Q("flytip.fpn_amount", "What fine does someone receive for fly-tipping by way of a fixed penalty?", R,
          ans="Four hundred pounds (\u00a3400).", fact=400),
        Q("flytip.officers", "How many staff enforce against fly-tipping?", R, ans="Six.", fact=6),
        Q("litter.fpn_amount", "What is the fixed penalty for dropping litter?", R, ans="\u00a3150.", fact=150),
    ], kind="draft", df="long", category="Environment and waste")

add("draft-cmbc-waste", "C", "EIR/2025/01077", "2025-10-22", "2025-09-24", "Refuse collection contract",
    "pdf-chromium", "numbered", [
        Q("waste.contractor", "Which organisation holds the contract for collecting residual waste and "
                              "recycling?", R, ans="Serco Limited.", fact="serco"),
        Q("waste.value", "How much does the council pay the contractor each year?", W, ["reg12(5)(e)"]),
        Q("waste.duration", "Over what period does the contract run?", R,
          ans="120 months, starting on 1 April 2019.", fact="120 months"),
        Q("waste.expiry", "When will it expire?", R, ans="31st March 2029.", fact="2029-03-31"),
        Q("waste.frequency", "How frequently are black bins emptied?", R, ans="Every two weeks.",
          fact="fortnightly"),
    ], regime="eir", kind="draft", df="ordinal", rdf="ordinal")

add("draft-cmbc-parking-cctv", "C", "FOI/2026/00031", "2026-01-14", "2025-12-15", "Parking and CCTV", "txt",
    "interleaved", [
        Part("Part 1 - Parking enforcement", [
            Q("park.contractor", "Which company provides parking enforcement for the council?", R,
              ans="NSL.", fact="nsl"),
            Q("park.contract_copy", "Please send me the contract in full.", P, ["s43(2)"],
              ans="A copy of the contract is attached. The pricing schedule and the contractor's method "
                  "statements have been redacted under section 43(2) (commercial interests)."),
            Q("park.ceo_count", "What is the headcount of civil enforcement officers?", R,
              ans="Thirty-eight (38).", fact=38),
        ]),
        Part("Part 2 - CCTV", [
            Q("cctv.public.count", "How many cameras make up the council's public space CCTV network?", R,
              ans="212.", fact=212),
            Q("cctv.faulty", "How many of them are faulty at present?", NH,
              ans="The council does not hold this information. Since April 2025 fault monitoring has been "
                  "carried out by the maintenance contractor and the council does not keep a record of "
                  "faulty cameras."),
            Q("anpr.buslane.count", "How many automatic number plate recognition cameras does the council run "
                                    "for bus lane enforcement?", R, ans="14.", fact=14),
        ]),
    ], kind="draft", df="slash", rdf="long", il=("{n})", ""), wrap=78)

# ------------------------------------------------------------------- NHS --
add("arh-2017-0388-epr", "N", "FOI2017/0388", "2017-09-12", "2017-08-15", "Electronic patient record procurement",
    "docx", "interleaved", [
        Q("epr.supplier", "Has the Trust chosen a supplier for its new electronic patient record system? If so, "
                          "who?", R, ans="Yes. Following a competitive procurement the Trust has selected "
                                         "Cerner Limited.", fact="cerner"),
        Q("epr.value", "What is the total value of the contract?", R,
          ans="\u00a314.6 million over the life of the contract.", fact=14600000),
        Q("epr.golive_planned", "When is go-live planned?", R, ans="Autumn 2019.", fact="autumn 2019"),
        Q("epr.term", "How long will the contract run?", R, ans="Seven years from go-live.", fact="84 months"),
    ], df="long", il=("Request {n}:", "Response:"))

add("arh-2018-0907-agency", "N", "FOI2018/0907", "2018-06-19", "2018-05-22", "Agency nursing", "txt", "numbered", [
    Q("agency.spend_1718", "How much did the Trust spend on agency nurses in 2017/18?", R, ans="\u00a34,212,663",
      fact=4212663),
    Q("agency.top_rate", "What is the highest hourly rate the Trust has paid for an agency nurse?", R,
      ans="\u00a387.00 per hour.", fact=87.0),
    Q("agency.suppliers", "Which agencies do you use to supply nurses?", R,
      ans="Crestline Healthcare, Nursepoint Staffing and Medacre Nursing.",
      fact=("crestline", "medacre", "nursepoint")),
    Q("agency.framework", "Through which framework do you procure agency staff?", R,
      ans="The HealthTrust Europe (HTE) Total Workforce Solutions framework.", fact="hte"),
], df="long", wrap=80, meta="date-ref", reflabel="FOI reference:")

add("arh-2019-0214-cyber", "N", "FOI2019/0214", "2019-03-27", "2019-02-27", "Cyber security", "md", "youasked", [
    Q("nhs.cyber.edr", "What antivirus software does the Trust use?", R, ans="Sophos Endpoint Protection.",
      fact="sophos"),
    Q("nhs.cyber.training_pct", "What proportion of staff have completed their annual data security awareness "
                                "training?", R, ans="88%", fact=88),
    Q("nhs.cyber.wannacry", "Was the Trust affected by the WannaCry attack in May 2017?", R, ans="No.",
      fact="no"),
    Q("nhs.cyber.ciso", "Does the Trust have a Chief Information Security Officer?", R,
      ans="No. Cyber security is led by the Head of IT Infrastructure.", fact="no"),
], df="long", ya=("Question:", "Answer:"))

add("arh-2020-0631-agency", "N", "FOI2020/0631", "2020-06-03", "2020-05-06", "Agency and locum staff", "pdf-gs",
    "decision", [
        Q("agency.top_rate", "The highest hourly rate paid to an agency nurse in the last financial year.", R,
          ans="\u00a3104.00 per hour.", fact=104.0),
        Q("agency.suppliers", "The names of the nursing agencies used.", R,
          ans="Crestline Healthcare; Nursepoint Staffing.", fact=("crestline", "nursepoint")),
        Q("agency.cap_breaches", "How many agency nursing shifts were paid above the NHS Improvement price cap?",
          NH, ans="The Trust does not hold this information. Shifts are not recorded against the price cap "
                  "in a way that allows them to be identified."),
        Q("locum.top_rate", "The highest hourly rate paid to an agency locum doctor.", R, ans="\u00a3150.00.",
          fact=150.0),
        Q("agency.framework", "The framework under which agency staff are procured.", R,
          ans="HealthTrust Europe.", fact="hte"),
    ], df="long")

add("arh-2020-1174-epr", "N", "FOI2020/1174", "2020-10-21", "2020-09-23", "Electronic patient record",
    "pdf-soffice", "table", [
        Q("epr.supplier", "Who is the supplier of your EPR?", R, ans="Cerner (Cerner Millennium).", fact="cerner"),
        Q("epr.golive", "On what date did the EPR go live?", R, ans="4 November 2019.", fact="2019-11-04"),
        Q("epr.value", "What is the contract value?", R, ans="\u00a314.6m.", fact=14600000),
        Q("epr.term", "What is the length of the contract?", R, ans="84 months from go-live.", fact="84 months"),
        Q("epr.expiry", "When does the contract expire?", R, ans="3 November 2026.", fact="2026-11-03"),
    ], df="long", thead=["Ref", "Question", "Trust response"])

add("arh-2021-0820-parking", "N", "FOI2021/0820", "2021-08-25", "2021-07-28", "Car parking", "md", "numbered", [
    Q("nhsparking.income_2021", "What income did the Trust receive from car parking in 2020/21?", R,
      ans="\u00a32,104,550.", fact=2104550),
    Q("nhsparking.staff_charge", "How much do staff pay to park?", R,
      ans="\u00a31.50 per day (charges were suspended between March 2020 and March 2021).", fact=1.5),
    Q("nhsparking.operator", "Who manages the Trust's car parks?", R, ans="The car parks are managed in-house.",
      fact="in-house"),
    Q("nhsparking.blue_badge", "Is parking free for blue badge holders?", R, ans="Yes.", fact="yes"),
], df="long", resp_heading="Trust response")

add("arh-2022-0455-nursing", "N", "FOI2022/0455", "2022-05-11", "2022-04-13", "Nurse staffing - bank and agency",
    "html", "interleaved", [
        Part("Part 1 - Bank nurses", [
            Q("bank.top_rate", "What is the highest hourly rate paid for a shift?", R, ans="\u00a338.20.",
              fact=38.2),
            Q("bank.provider", "Who manages the bank?", R,
              ans="The staff bank is managed in-house by the Temporary Staffing Office.", fact="in-house"),
            Q("bank.shifts_2122", "How many shifts were filled in 2021/22?", R, ans="41,306.", fact=41306),
        ], intro="The first part of my request is about the Trust's nurse bank."),
        Part("Part 2 - Agency nurses", [
            Q("agency.top_rate", "What is the highest hourly rate paid for a shift?", R, ans="\u00a3112.50.",
              fact=112.5),
            Q("agency.suppliers", "Which agencies supplied nurses?", R,
              ans="Crestline Healthcare and Nursepoint Staffing.", fact=("crestline", "nursepoint")),
            Q("agency.shifts_2122", "How many shifts were filled in 2021/22?", R, ans="9,882.", fact=9882),
        ], intro="The second part of my request is about agency nurses."),
    ], df="long", il=("Question {n}:", "Response:"), category="Workforce")

add("arh-2022-0968-cyber", "N", "FOI2022/0968", "2022-10-05", "2022-09-07", "Cyber security", "pdf-chromium",
    "decision", [
        Q("nhs.cyber.edr", "Please name the endpoint protection or antivirus product deployed on Trust devices.",
          W, ["s31(1)(a)"]),
        Q("nhs.cyber.incidents_reported", "How many cyber security incidents has the Trust reported to NHS "
                                          "Digital in the last 24 months?", W, ["s31(1)(a)"]),
        Q("nhs.cyber.training_pct", "What percentage of staff are up to date with data security awareness "
                                    "training?", R, ans="91%.", fact=91),
        Q("nhs.cyber.ciso", "Is there a CISO in post?", R, ans="No.", fact="no"),
    ], df="long", exv=0)

add("arh-2023-0733-epr", "N", "FOI2023/0733", "2023-07-19", "2023-06-21", "EPR contract", "html", "youasked", [
    Q("epr.supplier", "Which company provides the Trust's electronic patient record?", R,
      ans="Oracle Health (formerly Cerner).", fact="cerner"),
    Q("epr.value", "What is the total value of the EPR contract?", R, ans="\u00a314.6 million.", fact=14600000),
    Q("epr.golive", "When was the system implemented?", R, ans="It went live on 4th November 2019.",
      fact="2019-11-04"),
    Q("epr.term", "How long is the contract term?", R, ans="84 months.", fact="84 months"),
    Q("epr.expiry", "What is the end date of the contract?", R, ans="3 November 2026.", fact="2026-11-03"),
], df="ordinal", category="Information technology")

add("arh-2024-0312-agency", "N", "FOI2024/0312", "2024-04-17", "2024-03-19", "Temporary nursing staff", "docx",
    "numbered", [
        Q("agency.top_rate", "For registered nurses supplied by agencies, what was the maximum hourly charge paid "
                             "by the Trust during 2023/24?", R, ans="\u00a3112.50 per hour.", fact=112.5),
        Q("agency.suppliers", "Please list the agencies that provided registered nurses.", R,
          ans="Nursepoint Staffing Ltd; Crestline Healthcare Ltd.", fact=("crestline", "nursepoint")),
        Q("agency.framework", "Which procurement framework was used?", R, ans="HealthTrust Europe.", fact="hte"),
        Q("agency.cap_breaches", "How many agency shifts breached the NHS England price cap?", NH,
          ans="This information is not held."),
    ], df="long", resp_heading="Response")

add("arh-2024-1006-cyber", "N", "FOI2024/1006", "2024-11-27", "2024-10-30", "Cyber security and IT", "txt",
    "interleaved", [
        Q("nhs.cyber.incidents_reported", "Since April 2022, how many incidents have you reported to the NHS "
                                          "England Cyber Security Operations Centre?", W, ["s31(1)(a)"]),
        Q("nhs.cyber.edr", "What endpoint detection and response (EDR) tool do you use?", W, ["s31(1)(a)"]),
        Q("nhs.cyber.training_pct", "What was your staff completion rate for the Data Security Awareness "
                                    "training module last year?", R, ans="92%.", fact=92),
        Q("nhs.cyber.ciso", "Do you employ a Chief Information Security Officer?", R, ans="No.", fact="no"),
        Q("nhs.cyber.unsupported_os", "How many Trust devices run an unsupported operating system such as "
                                      "Windows 7?", R, ans="41.", fact=41),
    ], df="long", il=("{n}.", "Response:"), exv=1)

# NHS drafts
add("draft-arh-agency", "N", "FOI2025/0388", "2025-04-09", "2025-03-12", "Agency nursing", "pdf-gs", "interleaved", [
    Q("agency.top_rate", "What is the top hourly rate the Trust pays to an agency for a registered nurse?", W,
      ["s43(2)"], ans="This information is withheld under section 43(2) of the Act (commercial interests). "
                      "Rates are negotiated individually with each agency."),
    Q("agency.suppliers", "Who are your nursing agencies?", R, ans="Nursepoint Staffing and Crestline Healthcare.",
      fact=("crestline", "nursepoint")),
    Q("agency.framework", "What framework do you buy agency staff through?", R,
      ans="HTE (HealthTrust Europe).", fact="hte"),
    Q("agency.cap_breaches", "How many agency nurse shifts were paid above the price cap?", R,
      ans="1,204 shifts in 2024/25.", fact=1204),
    Q("bank.top_rate", "And what is the highest hourly rate paid to a bank nurse?", R, ans="\u00a338.20 per hour.",
      fact=38.2),
], kind="draft", df="long", il=("Request {n}:", "Response:"))

add("draft-arh-cyber", "N", "FOI2025/0861", "2025-08-20", "2025-07-23", "Cyber security", "md", "decision", [
    Q("nhs.cyber.edr", "Which product protects the Trust's laptops and desktops against malware?", W, ["s24(1)"]),
    Q("nhs.cyber.incidents_reported", "How many cyber incidents has the Trust notified to NHS England's Cyber "
                                      "Security Operations Centre?", R, ans="3.", fact=3),
    Q("nhs.cyber.training_pct", "What share of your workforce completed data security awareness training "
                                "last year?", R, ans="92 per cent.", fact=92),
    Q("nhs.cyber.ciso", "Is a Chief Information Security Officer employed by the Trust?", R,
      ans="Yes. A Chief Information Security Officer was appointed in January 2025.", fact="yes"),
    Q("nhs.cyber.ransomware_since2020", "Has the Trust been affected by any ransomware attack since 2020?", R,
      ans="No.", fact="no"),
], kind="draft", df="long")

add("draft-arh-epr", "N", "FOI2026/0095", "2026-02-04", "2026-01-07", "Electronic patient record", "docx", "table", [
    Q("epr.supplier", "Please name the supplier of your electronic patient record system.", R,
      ans="Oracle Health (Cerner Millennium).", fact="cerner"),
    Q("epr.value", "Please state the total contract value.", R, ans="\u00a314,600,000", fact=14600000),
    Q("epr.golive", "Please give the go-live date.", R, ans="04/11/2019", fact="2019-11-04"),
    Q("epr.term", "Please give the contract duration.", R, ans="Seven years.", fact="84 months"),
    Q("epr.expiry", "Please give the contract end date.", R, ans="03.11.2026", fact="2026-11-03"),
], kind="draft", df="slash", rdf="slash", thead=["No.", "Question", "Response"])

# ------------------------------------------------------------------ FIRE --
add("mfrs-2017-031-appliances", "F", "MFRS/FOI/17/031", "2017-03-08", "2017-02-08", "Fire appliances", "txt",
    "numbered", [
        Q("fleet.appliance_count", "How many fire engines does the service have?", R,
          ans="41 front-line pumping appliances.", fact=41),
        Q("fleet.chassis", "What make are they?", R,
          ans="All are built on Scania chassis, with bodywork by Emergency One.", fact="scania"),
        Q("fleet.oldest", "How old is the oldest fire engine still in front-line service?", R,
          ans="The oldest appliance was registered in 2003.", fact=2003),
        Q("fleet.aerial_count", "How many aerial ladder platforms do you have?", R, ans="2", fact=2),
    ], df="ordinal", wrap=72, qfmt="({a})", afmt="({a})", req_intro="You asked for the following information:")

add("mfrs-2018-114-afa", "F", "MFRS/FOI/18/114", "2018-07-04", "2018-06-06", "Automatic fire alarms", "txt",
    "youasked", [
        Q("afa.policy", "Does the service attend all automatic fire alarm activations?", R,
          ans="No. Since 1 April 2016 we do not attend automatic fire alarm calls from non-residential premises "
              "between 08:00 and 18:00 unless a fire is confirmed by a call back.", fact="no-daytime-nonres"),
        Q("afa.count", "How many automatic fire alarm calls did you attend in 2017/18?", R, ans="2,874.",
          fact=2874),
        Q("afa.charge", "Do you charge premises for repeated false alarms?", R, ans="No.", fact="no"),
    ], df="long", ya=("You asked:", "Our response:"))

add("mfrs-2019-207-mdt", "F", "MFRS/FOI/19/207", "2019-11-13", "2019-10-16", "Mobile data terminals", "html",
    "interleaved", [
        Q("mdt.count", "How many mobile data terminals are fitted to your appliances?", R, ans="58.", fact=58),
        Q("mdt.supplier", "Who supplies the MDT hardware and software?", R, ans="Terrafix Ltd.", fact="terrafix"),
        Q("mdt.contract_end", "When does the MDT contract end?", R, ans="30 April 2022.", fact="2022-04-30"),
    ], df="long", il=("Q{n}", "A{n}"), category="Information technology")

add("mfrs-2020-058-fleet", "F", "MFRS/FOI/20/058", "2020-03-18", "2020-02-19", "Vehicle fleet", "pdf-gs",
    "interleaved", [
        Q(("fleet.appliance_count", "fleet.support_count"),
          "How many vehicles does the service operate? Please break the figure down into fire engines and "
          "other vehicles.", R,
          ans="The service operates 149 vehicles: 39 fire engines and 110 other vehicles (cars, vans and "
              "specialist support units).", fact={"fleet.appliance_count": 39, "fleet.support_count": 110}),
        Q("fleet.chassis", "Which chassis manufacturer do you use for fire engines?", R, ans="Scania.",
          fact="scania"),
        Q("fleet.replacement_budget", "What is the budget for replacing fire engines over the next five years, "
                                      "and how much do you pay per appliance?", W, ["s43(2)"]),
        Q("fleet.oldest", "In what year was your oldest front-line fire engine registered?", R, ans="2005.",
          fact=2005),
    ], df="long", il=("{n}.", "Answer:"))

add("mfrs-2020-163-oncall", "F", "MFRS/FOI/20/163", "2020-09-30", "2020-09-02", "On-call firefighters", "docx",
    "table", [
        Q("staff.oncall_count", "How many on-call firefighters does the service employ?", R, ans="312", fact=312),
        Q("staff.wholetime_count", "How many wholetime firefighters?", R, ans="401", fact=401),
        Q("staff.oncall_vacancies", "How many on-call vacancies are there?", R, ans="47", fact=47),
        Q("staff.oncall_retainer", "What is the annual retaining fee for an on-call firefighter?", R,
          ans="\u00a32,916 per year for full cover.", fact=2916),
    ], df="long")

add("mfrs-2021-096-afa", "F", "MFRS/FOI/21/096", "2021-05-26", "2021-04-28", "False alarms", "pdf-soffice",
    "numbered", [
        Q("afa.count", "The number of automatic fire alarm incidents attended during 2020/21.", R, ans="2,115.",
          fact=2115),
        Q("afa.policy", "Your policy on responding to automatic fire alarms.", R,
          ans="We do not respond to automatic fire alarms at non-residential premises between 08:00 and 18:00 "
              "unless a fire is confirmed. Sleeping-risk premises always receive an attendance.",
          fact="no-daytime-nonres"),
        Q("afa.charge", "Whether you charge for attending repeated false alarms.", R, ans="No charge is made.",
          fact="no"),
        Q("afa.unwanted_pct", "The proportion of all incidents that were unwanted fire signals.", R,
          ans="38%.", fact=38),
    ], df="long", soffice_txt=True, req_intro="You requested:")

add("mfrs-2022-140-mobilising", "F", "MFRS/FOI/22/140", "2022-08-10", "2022-07-13", "Mobilising system and MDTs",
    "docx", "numbered", [
        Part("Part 1 - Mobilising system", [
            Q("mob.contract", "Please provide the supplier, the contract value and the end date of the contract "
                              "for your mobilising (command and control) system.", R,
              ans="Supplier: Systel International Ltd. Contract value: \u00a31.85m. End date: 30 September 2027.",
              fact=("systel", 1850000, "2027-09-30")),
            Q("mob.golive", "When did the current system go live?", R, ans="March 2019.", fact="2019-03"),
        ]),
        Part("Part 2 - Mobile data terminals", [
            Q("mdt.count", "How many MDTs are installed?", R, ans="60.", fact=60),
            Q("mdt.supplier", "Who is the MDT supplier?", R, ans="Terrafix Ltd.", fact="terrafix"),
            Q("mdt.contract_end", "When does the MDT contract end?", R, ans="30 April 2026.", fact="2026-04-30"),
        ]),
    ], df="long", autonum=True)

add("mfrs-2022-201-drones", "F", "MFRS/FOI/22/201", "2022-12-07", "2022-11-09", "Use of drones", "md", "youasked", [
    Q("drone.fire.use", "Does the service use drones?", R, ans="Yes.", fact="yes"),
    Q("drone.fire.count", "How many drones does it have?", R, ans="3.", fact=3),
    Q("drone.fire.model", "Which model of drone is used?", R, ans="DJI Matrice 30T.", fact="dji matrice 30t"),
    Q("drone.fire.deployments_2122", "How many times were drones deployed in 2021/22?", R, ans="57.", fact=57),
], df="long")

add("mfrs-2023-077-fleet", "F", "MFRS/FOI/23/077", "2023-05-17", "2023-04-19", "Fleet", "md", "table", [
    Q("fleet.appliance_count", "Number of frontline fire appliances.", R, ans="38", fact=38),
    Q("fleet.support_count", "Number of support or ancillary vehicles (cars, vans, welfare units).", R, ans="112",
      fact=112),
    Q("fleet.chassis", "Chassis manufacturer.", R, ans="Scania", fact="scania"),
    Q("fleet.oldest", "Year of registration of the oldest frontline appliance.", R, ans="2008", fact=2008),
    Q("fleet.replacement_budget", "Capital budget for appliance replacement, and the unit price per appliance.", W,
      ["s43(2)"]),
], df="long", thead=["Item", "Request", "Response"])

add("mfrs-2024-052-ict", "F", "MFRS/FOI/24/052", "2024-03-13", "2024-02-14", "ICT equipment", "pdf-chromium",
    "table", [
        Q("laptop.count", "How many laptops are issued to staff?", R, ans="410", fact=410),
        Q("phone.count", "How many smartphones are issued to staff?", R, ans="655", fact=655),
        Q("mdt.count", "How many mobile data terminals are in service on appliances?", R, ans="60", fact=60),
        Q("laptop.os", "Which operating system do your laptops run?", R, ans="Windows 11", fact="windows 11"),
    ], df="long")

# fire drafts
add("draft-mfrs-fleet", "F", "MFRS/FOI/25/118", "2025-07-09", "2025-06-11", "Fire appliance fleet", "pdf-chromium",
    "youasked", [
        Q("fleet.appliance_count", "How many pumping appliances does the service have on the run?", R,
          ans="36.", fact=36),
        Q("fleet.support_count", "Separately, how many support vehicles (cars, vans and the like) does it run?", R,
          ans="112.", fact=112),
        Q("fleet.chassis", "Who builds the chassis of your fire engines?", R, ans="Scania.", fact="scania"),
        Q("fleet.oldest", "How old is your oldest frontline appliance?", R,
          ans="It was first registered in 2008.", fact=2008),
        Q("fleet.replacement_budget", "What is the appliance replacement budget and the unit cost per "
                                      "appliance?", P, ["s43(2)"],
          ans="The capital programme for appliance replacement is \u00a39.6m over five years. The unit price "
              "per appliance is withheld under section 43(2) (commercial interests)."),
    ], kind="draft", df="long")

add("draft-mfrs-mobilising", "F", "MFRS/FOI/25/231", "2025-11-26", "2025-10-29", "Mobilising and mobile data",
    "txt", "interleaved", [
        Q("mob.contract", "For the mobilising system contract, please give the supplier, value and expiry date.",
          P, ["s43(2)"], ans="Supplier: Systel International Ltd. Expiry: 30 September 2027. The contract value "
                             "is withheld under section 43(2) (commercial interests)."),
        Q("mdt.supplier", "Which company provides your mobile data terminals?", R, ans="Terrafix.",
          fact="terrafix"),
        Q("mdt.count", "How many mobile data terminals are there on your fire engines?", R, ans="Sixty.", fact=60),
        Q("laptop.count", "How many laptops have you issued to employees?", R, ans="410.", fact=410),
    ], kind="draft", df="long", il=("Q{n}.", "A{n}."))

add("request-mfrs-afa-drones", "F", "MFRS/FOI/26/004", "2026-01-12", "", "false alarms and drones", "txt", "bare", [
    Q("afa.policy", "Do you send a fire engine to every automatic fire alarm, or are some types of premises "
                    "excluded? Please describe the policy."),
    Q("afa.count", "How many calls generated by automatic fire alarms did crews attend in the last full "
                   "financial year?"),
    Q("afa.charge", "Do you make a charge when a business has repeated false alarms?"),
    Q("drone.fire.count", "How many drones does the Service own?"),
    Q("drone.fire.model", "Which make and model of drone do you use?"),
    Q("effecting_entry.count", "How many times were crews called to help the ambulance service gain entry to a "
                               "property in the last financial year?"),
], kind="draft", df="weekday",
    pre=["I would be grateful if you could provide the following information under the Freedom of Information "
         "Act 2000."])


# ===========================================================================
# Labels, derived from the truth
# ===========================================================================
SEV = {"newly_withheld": "high", "partly_withheld": "medium", "newly_released": "medium",
       "exemption_changed": "medium", "answer_changed": "low"}


def fact_for(q, concept):
    if isinstance(q.fact, dict):
        return q.fact[concept]
    return q.fact


def diff(prev, cur, concept):
    """The contract's finding table, applied to the precedent and the draft."""
    a, b = prev.stance, cur.stance
    if a is None or b is None:
        return None
    if a == N or b == N:
        if a == b:
            return None
        other = b if a == N else a
        if other in (R, P, W, NH):
            return ("ncnd_inconsistent", "high" if b == N else "medium")
        return None
    if a in (R, P) and b in (W, X):
        return ("newly_withheld", "high")
    if a == R and b == P:
        return ("partly_withheld", "medium")
    if a == W and b in (R, P):
        return ("newly_released", "medium")
    if a == W and b == W:
        if sorted(set(map(ex_class, prev.ex))) != sorted(set(map(ex_class, cur.ex))):
            return ("exemption_changed", "medium")
        return None
    if a in (R, P, W) and b == NH:
        return ("held_status_changed", "high")
    if a == NH and b in (R, P, W):
        return ("held_status_changed", "medium")
    if a == R and b == R and fact_for(prev, concept) != fact_for(cur, concept):
        return ("answer_changed", "low")
    return None


def derive(letters):
    hist = [L for L in letters if L.kind == "history"]
    drafts = [L for L in letters if L.kind == "draft"]
    out = {}
    for D in drafts:
        cutoff = D.as_of or D.date
        entry = {}
        if D.as_of:
            entry["as_of"] = D.as_of
        matches, findings = {}, []
        for qid, q in D.questions():
            found = []
            for H in hist:
                if H.auth != D.auth or not H.date < cutoff:
                    continue
                for hqid, hq in H.questions():
                    if set(hq.concepts) & set(q.concepts):
                        found.append((H.date, H, hqid, hq))
            found.sort(key=lambda t: t[0], reverse=True)
            matches[qid] = ["%s %s" % (H.ref, hqid) for _, H, hqid, _ in found]
            if not found or q.stance is None:
                continue
            top = [t for t in found if t[0] == found[0][0]]
            if len(top) != 1:
                raise SystemExit("ambiguous precedent for %s %s" % (D.key, qid))
            _, H, hqid, hq = top[0]
            if len(hq.concepts) != 1 or len(q.concepts) != 1:
                raise SystemExit("precedent must be a single-concept question: %s %s" % (D.key, qid))
            f = diff(hq, q, q.concepts[0])
            if f:
                findings.append({"kind": f[0], "severity": f[1], "question_id": qid,
                                 "precedent": "%s %s" % (H.ref, hqid)})
        if not findings and D.style != "bare":
            entry["consistent"] = True
        entry["matches"] = matches
        entry["findings"] = findings
        out[D.filename] = entry
    return out


def sanity(letters):
    refs = [L.ref for L in letters]
    assert len(refs) == len(set(refs)), "duplicate reference"
    names = [L.filename for L in letters]
    assert len(names) == len(set(names)), "duplicate file name"
    for a in PROF:
        ds = [L.date for L in letters if L.auth == a]
        assert len(ds) == len(set(ds)), "duplicate date within " + a
    for L in letters:
        if L.kind == "draft":
            assert L.date >= "2025-01-01", L.key
        if L.received:
            assert L.received < L.date, L.key
        for qid, q in L.questions():
            if q.stance == W:
                assert q.ex, (L.key, qid)
            if q.stance == P:
                assert q.ex, (L.key, qid)
    h = [L for L in letters if L.kind == "history"]
    d = [L for L in letters if L.kind == "draft"]
    assert 40 <= len(h) <= 46, len(h)
    assert 11 <= len(d) <= 13, len(d)


# ===========================================================================
# Read-back verification of rendered files
# ===========================================================================
def extract(path, layout=False):
    if path.endswith(".pdf"):
        cmd = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
        return subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8", "replace")
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<w:tab/>", "\t", x)
        return htmlmod.unescape(re.sub(r"<[^>]+>", "", x))
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if path.endswith(".html"):
        t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def norm(s):
    s = "".join(PS_MAP.get(ch, ch) for ch in s)
    return re.sub(r"\s+", " ", s).strip().lower()


def verify(letters, dirs):
    problems = 0
    for L in letters:
        path = os.path.join(dirs[L.kind], L.filename)
        t = norm(extract(path))
        need = [L.ref.lower(), PROF[L.auth]["name"].lower()]
        k = 3 if (L.style == "table" and path.endswith(".pdf")) else 5
        for _, q in L.questions():
            need.append(" ".join(norm(q.text).split()[:k]))
            if q.stance is not None and not (L.style == "decision" and q.stance in (W, N)):
                need.append(" ".join(norm(auto_answer(L, q)).split()[:3]))
        for n in need:
            if n not in t:
                problems += 1
                print("VERIFY %s: missing %r" % (L.filename, n))
        if path.endswith(".pdf"):
            lay = extract(path, layout=True)
            if L.ref not in lay:
                problems += 1
                print("VERIFY %s: reference not found in -layout text" % L.filename)
    print("verify: %d problem(s) in %d files" % (problems, len(letters)))
    return problems


# ===========================================================================
def main():
    sanity(LETTERS)
    for d in (HIST, DRAFTS, BUILD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    dirs = {"history": HIST, "draft": DRAFTS}
    for L in LETTERS:
        render(L, dirs[L.kind])
    for tmp in ("lo_profile", "chrome", "home"):
        shutil.rmtree(os.path.join(BUILD, tmp), ignore_errors=True)
    labels = derive(LETTERS)
    h = [L for L in LETTERS if L.kind == "history"]
    d = [L for L in LETTERS if L.kind == "draft"]
    desc = ("Set E (written independently of the code): %d history letters and %d drafts from four fictional authorities - %s. "
            "Labels derived by make.py from each letter's truth (concept per question, stance, exemptions, "
            "released fact). Emphasis: heavy rewording, merged/split questions, look-alikes (ANPR vs CCTV, "
            "agency vs bank nurses, in-car vs body-worn video, mobile data terminals vs laptops, fire "
            "appliances vs support vehicles, WannaCry vs later ransomware), answer changes and restated facts."
            % (len(h), len(d), ", ".join(p["name"] for p in PROF.values())))
    with open(os.path.join(ROOT, "expect.json"), "w", encoding="utf-8") as f:
        json.dump({"description": desc, "drafts": labels}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    counts = {}
    for e in labels.values():
        for fi in e["findings"]:
            counts[fi["kind"] + "/" + fi["severity"]] = counts.get(fi["kind"] + "/" + fi["severity"], 0) + 1
    print("history %d, drafts %d, findings %d" % (len(h), len(d), sum(counts.values())))
    for k in sorted(counts):
        print("  %-32s %d" % (k, counts[k]))
    if "--verify" in sys.argv:
        if verify(LETTERS, dirs):
            sys.exit(1)


if __name__ == "__main__":
    main()
