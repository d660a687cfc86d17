"""House styles: turn a letter's truth into blocks."""
from render import fmt_date

ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth"]

AUTH = {
    "wdc": {
        "name": "Wendlebury District Council",
        "short": "the Council",
        "head": ["Wendlebury District Council", "Information Governance Team",
                 "Council Offices, Market Square", "Wendlebury", "WB4 2QT",
                 "Email: foi@wendlebury.gov.uk"],
        "sign": ["Yours sincerely", "", "Information Governance Officer",
                 "Wendlebury District Council"],
        "slogan": "Wendlebury \u2013 working together for a cleaner, greener district",
        "site": "Wendlebury District Council",
        "nav": ["Bins and recycling", "Council tax", "Planning", "Parking", "Your council"],
        "footer": "\u00a9 Wendlebury District Council, Council Offices, Market Square, Wendlebury WB4 2QT",
    },
    "fen": {
        "name": "Fenmere Constabulary",
        "short": "Fenmere Constabulary",
        "head": ["OFFICIAL", "", "Fenmere Constabulary",
                 "Freedom of Information Unit", "Police Headquarters, Wisbury Road",
                 "Marholm", "Fenmere", "FM2 7PQ"],
        "sign": ["Yours sincerely", "", "Disclosure Officer",
                 "Freedom of Information Unit", "Fenmere Constabulary"],
        "slogan": "OFFICIAL",
        "site": "Fenmere Constabulary",
        "nav": ["Report", "Contact us", "Advice", "Your area", "About us"],
        "footer": "Fenmere Constabulary \u2013 keeping the Fens and the Eastern coast safe",
    },
    "mch": {
        "name": "Marshfield Community Health NHS Trust",
        "short": "the Trust",
        "head": ["Marshfield Community Health NHS Trust", "Information Governance Department",
                 "Beacon House, Fen Lane", "Marshfield", "MF1 3DW"],
        "sign": ["Yours sincerely", "", "Freedom of Information Lead",
                 "Marshfield Community Health NHS Trust"],
        "slogan": "Caring for our communities, closer to home",
        "site": "Marshfield Community Health NHS Trust",
        "nav": ["Our services", "Patients and visitors", "Work for us", "About us", "Contact"],
        "footer": "Marshfield Community Health NHS Trust, Beacon House, Fen Lane, Marshfield MF1 3DW",
    },
    "nwer": {
        "name": "National Water Environment Regulator",
        "short": "the Regulator",
        "head": ["National Water Environment Regulator", "Information Rights Team",
                 "Riverside House, 22 Canal Walk", "Leeds", "LS1 4YZ",
                 "inforights@nwer.example.gov.uk"],
        "sign": ["Yours sincerely", "", "Information Rights Adviser",
                 "National Water Environment Regulator"],
        "slogan": "Protecting rivers, lakes and coastal waters",
        "site": "National Water Environment Regulator",
        "nav": ["Regulation", "Data and monitoring", "Enforcement", "Publications", "About"],
        "footer": "National Water Environment Regulator, Riverside House, 22 Canal Walk, Leeds LS1 4YZ",
    },
}

ACT = {"foia": "Freedom of Information Act 2000",
       "eir": "Environmental Information Regulations 2004"}


def qid_list(items, multipart):
    """items: list of (part, number) -> 'questions 2 and 6' or with parts."""
    if not multipart:
        nums = [str(n) for _, n in items]
        if len(nums) == 1:
            return f"question {nums[0]}"
        return "questions " + ", ".join(nums[:-1]) + " and " + nums[-1]
    byp = {}
    for p, n in items:
        byp.setdefault(p, []).append(str(n))
    segs = []
    for p, nums in byp.items():
        if len(nums) == 1:
            segs.append(f"question {nums[0]} in part {p}")
        else:
            segs.append("questions " + ", ".join(nums[:-1]) + " and " + nums[-1] + f" in part {p}")
    return " and ".join(segs)


def cites(exs, regime):
    names = {
        "s43(2)": "Section 43(2) (Commercial Interests)",
        "s40(2)": "Section 40(2) (Personal Information)",
        "s31(1)(a)": "Section 31(1)(a) (Law Enforcement)",
        "s24(1)": "Section 24(1) (National Security)",
        "s24(2)": "Section 24(2) (National Security)",
        "s31(3)": "Section 31(3) (Law Enforcement)",
        "reg12(5)(e)": "regulation 12(5)(e) (confidentiality of commercial or industrial information)",
        "reg12(5)(b)": "regulation 12(5)(b) (the course of justice)",
        "reg12(6)": "regulation 12(6)",
        "reg12(4)(e)": "regulation 12(4)(e) (internal communications)",
        "reg13(1)": "regulation 13(1) (personal data)",
    }
    parts = [names[e] for e in exs]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def frame(L, body):
    a = AUTH[L["auth"]]
    if "lead" not in L and L["auth"] == "mch" and L["ref"].startswith("FOI 2"):
        L = dict(L, lead="")
    if "lead" not in L and L["auth"] in ("wdc", "mch", "nwer"):
        if L["style"] in ("numbered", "decision", "prose"):
            L = dict(L, lead="You asked for the following:")
        else:
            L = dict(L, lead="Our response to each of your questions is set out below.")
    act = ACT[L["regime"]]
    ds = L.get("date_style", "long")
    rs = L.get("recv_style", ds)
    blocks = []
    blocks.append(("lines", a["head"]))
    if L["auth"] == "fen":
        blocks.append(("lines", [f"Freedom of Information Request Reference No: {L['ref']}",
                                 f"Date: {fmt_date(L['date'], ds)}"]))
        blocks.append(("p", "Dear"))
        blocks.append(("title", f"Freedom of Information Request \u2013 {L['ref']} \u2013 {L['title']}"))
        blocks.append(("p", f"I write in connection with your request for information received by "
                            f"Fenmere Constabulary on {fmt_date(L['received'], rs)}. "
                            + L.get("lead", "I note you seek access to the following information:")))
    elif L["auth"] == "wdc" and L["ref"].startswith("IG-"):
        blocks.append(("lines", [f"Request reference: {L['ref']}", f"Date received: {fmt_date(L['received'], rs)}",
                                 f"Date of response: {fmt_date(L['date'], ds)}"]))
        blocks.append(("p", "Dear"))
        blocks.append(("title", f"Request for information – {L['title']}"))
        blocks.append(("p", f"Your request has been handled under the {act}. "
                            + L.get("lead", "You asked for the following:")))
    elif L["auth"] == "mch" and L["ref"].startswith("FOI 2"):
        blocks.append(("lines", [f"Our Ref: {L['ref']}", f"Date: {fmt_date(L['date'], ds)}"]))
        blocks.append(("p", "Dear"))
        blocks.append(("title", f"Freedom of Information Request: {L['title']}"))
        blocks.append(("p", f"Further to your request received on {fmt_date(L['received'], rs)}, please find the "
                            f"Trust's response below. "
                            + L.get("lead", "")))
    elif L["auth"] == "wdc":
        blocks.append(("lines", [f"Our ref: {L['ref']}", f"Date: {fmt_date(L['date'], ds)}"]))
        blocks.append(("p", "Dear"))
        blocks.append(("title", f"{act} \u2013 {L['title']}"))
        blocks.append(("p", f"Thank you for your request for information, which we received on "
                            f"{fmt_date(L['received'], rs)}. We have dealt with it under the {act}. "
                            + L.get("lead", "You asked for the following:")))
    elif L["auth"] == "mch":
        blocks.append(("lines", [fmt_date(L["date"], ds), "", f"FOI Reference: {L['ref']}"]))
        blocks.append(("p", "Dear"))
        blocks.append(("title", f"Re: Freedom of Information request \u2013 {L['title']}"))
        blocks.append(("p", f"Thank you for your email of {fmt_date(L['received'], rs)} requesting "
                            f"information under the {act}. "
                            + L.get("lead", "Your request and our response are set out below.")))
    else:  # nwer
        blocks.append(("lines", [f"Our reference: {L['ref']}", f"{fmt_date(L['date'], ds)}"]))
        blocks.append(("p", "Dear"))
        blocks.append(("title", f"Request for information: {L['title']}"))
        blocks.append(("p", f"Thank you for your request dated {fmt_date(L['received'], rs)}. "
                            f"We have handled it under the {act}. "
                            + L.get("lead", "")))
    blocks.extend(body)
    for x in L.get("extra", []):
        blocks.append(("p", x))
    if L["auth"] == "fen" and any(q["s"] == "ncnd" for p in L["parts"] for q in p["qs"]):
        blocks.append(("p", "Please note that this response should not be taken as conclusive evidence "
                            "that the information you have requested does or does not exist."))
    blocks.append(("h", "Your right to complain"))
    if L["regime"] == "eir":
        blocks.append(("p", "If you are unhappy with this response you may ask for a reconsideration under "
                            "regulation 11 within 40 working days. If you remain dissatisfied you may complain "
                            "to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF."))
    else:
        blocks.append(("p", "If you are dissatisfied with the handling of your request you may ask for an "
                            "internal review within 40 working days of the date of this letter. If you remain "
                            "unhappy you have the right under section 50 of the Freedom of Information Act 2000 "
                            "to apply to the Information Commissioner for a decision."))
    blocks.append(("lines", a["sign"]))
    if L["auth"] == "fen":
        blocks.append(("banner", "OFFICIAL"))
    else:
        blocks.append(("banner", a["slogan"]))
    return blocks


def part_head(L, pi, part):
    out = []
    if part.get("h"):
        out.append(("h", part["h"]))
    if part.get("intro"):
        out.append(("p", part["intro"]))
    return out


def multipart(L):
    return len(L["parts"]) > 1


def st_interleaved(L):
    v = L.get("v", "QA")
    body = []
    for pi, part in enumerate(L["parts"], 1):
        body += part_head(L, pi, part)
        for n, q in enumerate(part["qs"], 1):
            if v == "QA":
                body.append(("p", f"Q{n}. {q['t']}"))
                body.append(("p", f"A{n}. {q['a']}"))
            elif v == "req":
                body.append(("p", f"Request {n}: {q['t']}"))
                body.append(("p", f"Response: {q['a']}"))
            elif v == "num":
                body.append(("ol", [q["t"]], n))
                body.append(("p", f"Response: {q['a']}"))
            elif v == "question":
                body.append(("h", f"Question {n}"))
                body.append(("p", q["t"]))
                body.append(("h", "Answer"))
                body.append(("p", q["a"]))
    return body


def st_youasked(L):
    body = []
    for pi, part in enumerate(L["parts"], 1):
        body += part_head(L, pi, part)
        for q in part["qs"]:
            body.append(("h", "You asked:"))
            body.append(("p", q["t"]))
            body.append(("h", "Our response:"))
            body.append(("p", q["a"]))
    return body


def st_table(L):
    hdr = L.get("table_header", ["Request", "Response"])
    rows = []
    for pi, part in enumerate(L["parts"], 1):
        if part.get("h"):
            rows.append([part["h"]])
        for n, q in enumerate(part["qs"], 1):
            t = q["t"] if L.get("v") == "nonum" else f"{n}. {q['t']}"
            rows.append([t, q["a"]])
    body = []
    if L.get("pre"):
        body.append(("p", L["pre"]))
    body.append(("table", hdr, rows))
    return body


def restate(L, bullets=False):
    body = []
    for pi, part in enumerate(L["parts"], 1):
        body += part_head(L, pi, part)
        items = [q["t"] for q in part["qs"]]
        body.append(("ul", items) if bullets else ("ol", items, 1))
    return body


def st_numbered(L):
    body = restate(L, bullets=L.get("v") == "bullets")
    body.append(("h", L.get("resp_head", "Response")))
    if L.get("pre"):
        body.append(("p", L["pre"]))
    for pi, part in enumerate(L["parts"], 1):
        if multipart(L):
            body.append(("h", part.get("rh", f"Part {pi}")))
        body.append(("ol", [q["a"] for q in part["qs"]], 1))
    return body


def st_decision(L):
    a = AUTH[L["auth"]]
    body = restate(L)
    mp = multipart(L)
    groups = {}
    for pi, part in enumerate(L["parts"], 1):
        for n, q in enumerate(part["qs"], 1):
            if q["s"] in ("withheld", "ncnd"):
                groups.setdefault((q["s"], tuple(q["ex"])), []).append((pi, n))
    who = {"wdc": "the Council", "mch": "the Trust", "nwer": "the Regulator"}.get(L["auth"], a["name"])
    for (s, ex), items in groups.items():
        ql = qid_list(items, mp)
        if s == "withheld":
            body.append(("p", f"Your request has been considered and I can confirm that {who} holds information "
                              f"relevant to {ql} of your request. However, I am withholding that information under "
                              f"{cites(list(ex), L['regime'])}."))
        else:
            body.append(("p", f"In respect of {ql}, {who} can neither confirm nor deny whether it holds "
                              f"information of the description specified, relying on "
                              f"{cites(list(ex), L['regime'])}."))
    for w in L.get("why", []):
        if w.startswith("##"):
            body.append(("h", w[2:].strip()))
        else:
            body.append(("p", w))
    rest = [(pi, n, q) for pi, part in enumerate(L["parts"], 1)
            for n, q in enumerate(part["qs"], 1) if q["s"] not in ("withheld", "ncnd")]
    if rest:
        body.append(("p", "The response to the remaining questions is provided below."))
        cur = None
        for pi, n, q in rest:
            if mp and pi != cur:
                body.append(("h", f"Part {pi}"))
                cur = pi
            body.append(("p", f"Question {n} \u2013 {q['a']}"))
    return body


def st_prose(L):
    body = [("p", x) for x in L["prose"]]
    body.append(("h", "Our response"))
    k = 0
    for part in L["parts"]:
        for q in part["qs"]:
            lead = L.get("prose_key", "In answer to your {o} point").format(o=ORD[k])
            body.append(("p", f"{lead}: {q['a']}"))
            k += 1
    return body


STYLES = {"interleaved": st_interleaved, "youasked": st_youasked, "table": st_table,
          "numbered": st_numbered, "decision": st_decision, "prose": st_prose}


def letter_blocks(L):
    if L["style"] == "bare":
        return bare_blocks(L)
    return frame(L, STYLES[L["style"]](L))


def bare_blocks(L):
    a = AUTH[L["auth"]]
    b = [("lines", [f"From: {L['from']}", f"To: {L['to']}",
                    f"Date: {fmt_date(L['date'], 'day')}",
                    f"Subject: {L['title']}"]),
         ("p", f"Dear {a['name']},")]
    for x in L["prose"]:
        b.append(("p", x))
    for pi, part in enumerate(L["parts"], 1):
        b += part_head(L, pi, part)
        b.append(("ol", [q["t"] for q in part["qs"]], 1))
    for x in L.get("extra", []):
        b.append(("p", x))
    b.append(("lines", ["Yours faithfully,", "", "[name withheld]"]))
    return b
