"""Wording helpers: dates, exemption phrases, stock paragraphs."""
import re
import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        s = "th"
    else:
        s = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{s}"


def fmt_date(iso, style):
    d = dt.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return [
        f"{ordinal(d.day)} {m} {d.year}",
        f"{d.day} {m} {d.year}",
        f"{m} {d.day}, {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.strftime('%A')} {d.day} {m} {d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day:02d} {m[:3]} {d.year}",
    ][style % 7]


TITLES = {
    ("foia", "43"): "Commercial interests", ("foia", "40"): "Personal information",
    ("foia", "31"): "Law enforcement", ("foia", "24"): "National security",
    ("foia", "21"): "Information accessible by other means",
    ("foisa", "33"): "Commercial interests and the economy", ("foisa", "35"): "Law enforcement",
    ("foisa", "31"): "National security and defence", ("foisa", "38"): "Personal information",
    ("eir", "12(5)(e)"): "Confidentiality of commercial or industrial information",
}


def split_ex(ex):
    """-> (regime, main number, subsections text)"""
    if ex.startswith("foisa:s"):
        m = re.match(r"foisa:s(\d+)(.*)", ex)
        return "foisa", m.group(1), m.group(2)
    if ex.startswith("reg"):
        m = re.match(r"reg(\d+)(.*)", ex)
        return "eir", m.group(1), m.group(2)
    m = re.match(r"s(\d+)(.*)", ex)
    return "foia", m.group(1), m.group(2)


def ex_name(ex, v=0):
    reg, num, sub = split_ex(ex)
    if reg == "eir":
        return f"regulation {num}{sub}"
    if reg == "foisa":
        return f"section {num}{sub}"
    if v == 1:
        return f"Section {num} {sub}"
    if v == 2:
        return f"s.{num}{sub}"
    return f"section {num}{sub}"


def ex_list(exs, v=0, titled=False):
    names = [ex_name(e, v) for e in exs]
    if titled:
        out = []
        for e, n in zip(exs, names):
            reg, num, sub = split_ex(e)
            t = TITLES.get((reg, num)) or TITLES.get((reg, num + sub))
            out.append(f"{n} ({t.lower()})" if t else n)
        names = out
    if len(names) == 1:
        s = names[0]
    else:
        s = ", ".join(names[:-1]) + " and " + names[-1]
    if exs and split_ex(exs[0])[0] == "foisa":
        s += " of FOISA"
    return s


def family(ex):
    reg, num, sub = split_ex(ex)
    if reg == "foia":
        return {"43": "commercial", "40": "personal", "31": "law" if not sub.startswith("(3)") else "ncnd",
                "24": "natsec" if not sub.startswith("(2)") else "ncnd", "21": "accessible"}[num]
    if reg == "foisa":
        return {"33": "commercial", "38": "personal", "35": "law", "31": "natsec", "18": "ncnd", "25": "accessible"}[num]
    if reg == "eir":
        key = num + sub
        return {"12(5)(e)": "commercial", "12(5)(b)": "law", "12(5)(a)": "natsec", "12(4)(a)": "nothold",
                "12(6)": "ncnd", "13": "personal"}.get(key, "other")


# ---------------------------------------------------------------------------
# stance wording
# ---------------------------------------------------------------------------

def withheld_text(q, regime, auth, v):
    exl = ex_list(q["ex"], v)
    if regime == "eir":
        return f"This information is withheld under {exl} of the Environmental Information Regulations 2004. Please see the explanation below."
    if regime in ("foisa", "eisr"):
        return f"This information is exempt from disclosure under {exl}. Please see the explanation below."
    return f"This information is withheld under {exl}. Please see the explanation below."


def ncnd_text(q, regime, auth, v):
    if regime in ("foisa", "eisr"):
        under = [e for e in q["ex"] if family(e) != "ncnd"]
        return (f"In terms of section 18(1) of FOISA, {auth} neither confirms nor denies whether this information exists or is held. "
                f"If it did exist, it would be exempt under {ex_list(under, v)}. This response should not be taken as an indication "
                "that the information requested does or does not exist.")
    return (f"{auth} neither confirms nor denies whether it holds this information, relying on {ex_list(q['ex'], v)}. "
            "This should not be taken as an indication that the information does or does not exist.")


def nothold_text(q, regime, auth, v):
    if q.get("a"):
        return q["a"]
    if regime in ("foisa", "eisr"):
        return f"In terms of section 17 of FOISA, this is a notice that {auth} does not hold this information."
    if regime == "eir":
        return f"{auth} does not hold this information, and regulation 12(4)(a) therefore applies."
    return f"{auth} does not hold this information; it is not recorded in a way that would allow us to answer."


def answer_text(q, regime, auth, v):
    st = q["st"]
    if st in ("R", "P"):
        return q["a"]
    if st == "W":
        return q.get("a") or withheld_text(q, regime, auth, v)
    if st == "N":
        return ncnd_text(q, regime, auth, v)
    if st == "NH":
        return nothold_text(q, regime, auth, v)
    return ""


# ---------------------------------------------------------------------------
# explanation blocks: list of (heading, [paragraphs])
# ---------------------------------------------------------------------------

def explanations(fams, regime, auth, short, used=()):
    out = []
    foisa = regime in ("foisa", "eisr")
    eir = regime == "eir"
    if "commercial" in fams:
        if eir:
            out.append(("Regulation 12(5)(e) - Confidentiality of commercial or industrial information", [
                f"Regulation 12(5)(e) allows {short} to refuse to disclose environmental information where disclosure would adversely affect the confidentiality of commercial or industrial information, where that confidentiality is provided by law to protect a legitimate economic interest.",
                "The contract pricing was provided in confidence during a competitive procurement and remains commercially sensitive for the life of the contract. Releasing it would give other operators an insight into the contractor's cost base and would weaken the council's position when the contract is varied or re-let.",
                "Regulation 12(2) requires us to apply a presumption in favour of disclosure. We recognise the public interest in transparency about how public money is spent on waste treatment. However, we consider that the public interest in protecting value for money and fair competition is stronger in this case, and the information is therefore withheld."]))
        elif foisa:
            out.append(("Section 33(1)(b) - Commercial interests and the economy", [
                "Disclosure of contract values would, or would be likely to, prejudice substantially the commercial interests of the supplier and of the Service. The figures reveal the pricing agreed in a competitive tender and would be of clear use to competitors in future procurements.",
                "This is a non-absolute exemption and requires the application of the public interest test. Accountability for public funds favours disclosure, but the public interest in obtaining best value when equipment contracts are renewed favours withholding the figures. On balance the exemption is maintained."]))
        else:
            out.append((f"Section 43(2) - Commercial interests", [
                f"Section 43(2) exempts information whose disclosure would, or would be likely to, prejudice the commercial interests of any person, including {short} itself.",
                "Release of the figures would show competitors the supplier's pricing ahead of the next procurement exercise and would weaken our negotiating position. This is a qualified exemption and we have considered the public interest.",
                "Factors favouring disclosure: transparency in the spending of public money. Factors favouring non-disclosure: protecting fair competition and our ability to secure value for money. Having weighed these factors we have concluded that the balance of the public interest lies in withholding the information."]))
    if "personal" in fams:
        out.append(("Section 40(2) - Personal information", [
            "The names and direct contact details of staff below senior management level are their personal data. Those staff have a reasonable expectation that their names will not be released to the world in response to a request of this kind, and disclosure would breach the first data protection principle (Article 5(1)(a) UK GDPR). Section 40(2) is an absolute exemption and no public interest test is required. A generic role and team mailbox have been given instead."]))
    if "law" in fams:
        if foisa:
            head = "Section 35(1)(a) and (b) - Law enforcement" if "foisa:s35(1)(b)" in used else "Section 35(1)(a) - Law enforcement"
            out.append((head, [
                "Disclosure of the information would, or would be likely to, prejudice substantially the prevention or detection of crime and the apprehension or prosecution of offenders. Details of the numbers, types and value of operational equipment would allow those intent on committing crime to build a picture of the Service's capability across the area.",
                "Public interest test: there is a public interest in accountability for the use of public funds and in understanding how policing is delivered. That is outweighed by the public interest in the effective delivery of operational policing and the safety of officers and the public. The exemption is therefore maintained."]))
        else:
            out.append(("Section 31 - Law enforcement", [
                f"Section 31(1) exempts information whose disclosure would, or would be likely to, prejudice the prevention or detection of crime. Releasing this information would give people intent on attacking {short}'s systems, or on evading its enforcement work, useful insight into where it may be vulnerable.",
                "Section 31 is a qualified exemption. The public interest in openness and in reassurance that systems are properly protected has been weighed against the public interest in not assisting criminal activity. We have concluded that the balance favours withholding the information."]))
    if "natsec" in fams:
        if foisa:
            out.append(("Section 31(1) - National security", [
                "Exemption from disclosure is required for the purpose of safeguarding national security. Details of security products used across police networks, taken together with similar information from other forces, would assist hostile actors. The public interest in safeguarding national security outweighs the public interest in disclosure."]))
        else:
            out.append(("Section 24(1) - National security", [
                "Section 24(1) exempts information where exemption is required for the purpose of safeguarding national security. The Agency's network arrangements form part of government-wide infrastructure, and identifying suppliers and contract dates would help hostile actors to target that infrastructure. The public interest in safeguarding national security outweighs the public interest in disclosure."]))
    if "ncnd" in fams:
        if foisa:
            out.append(("Section 18(1) - Neither confirm nor deny", [
                "Section 18(1) of FOISA allows a public authority to refuse to reveal whether information exists or is held where, if it did exist and were held, it could be withheld under one of the exemptions in sections 28 to 35, 38, 39(1) or 41, and where revealing whether it exists or is held would be contrary to the public interest.",
                "Confirming or denying whether particular attacks have taken place, or which security products are in use, would tell criminals which approaches have been effective. It is not in the public interest to do so."]))
        else:
            out.append(("Neither confirm nor deny", [
                f"The duty in section 1(1)(a) of the Act to confirm whether information is held does not arise where confirming or denying would itself be likely to prejudice the matters the exemption protects. Confirming whether {short} has or has not been the subject of a successful attack, or has made any payment, would tell criminals which methods have worked and which organisations may pay.",
                "We have weighed the public interest in transparency against the public interest in not assisting future attacks and have concluded that the balance favours neither confirming nor denying."]))
    return out


def complaint_text(regime, auth):
    if regime in ("foisa", "eisr"):
        return [
            "Should you require any further assistance concerning this request please contact us quoting the reference above.",
            f"If you are dissatisfied with the way {auth} has dealt with your request, you are entitled to request a review within 40 working days of receiving this response (section 20(1) of FOISA). If you remain dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner within six months for a decision (section 47(1)). You can apply online or by post. Should you then wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only (section 56)."]
    if regime == "eir":
        return [
            "If you are not satisfied with this response you may ask for an internal review under regulation 11 of the Environmental Information Regulations 2004 within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner under regulation 18, which applies the enforcement provisions of the Freedom of Information Act 2000 (section 50)."]
    return [
        "If you are unhappy with the way your request has been handled you may ask for an internal review. Please write to us within 40 working days of the date of this letter.",
        "If you remain dissatisfied after the internal review you may complain to the Information Commissioner under section 50 of the Freedom of Information Act 2000: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."]
