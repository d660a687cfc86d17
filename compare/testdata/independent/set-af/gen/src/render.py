"""Rendering helpers for set AF: letter -> blocks -> txt / md / html (-> docx / pdf)."""
import html as _html
import datetime as _dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(iso, style):
    d = _dt.date.fromisoformat(iso)
    if style == "long":
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == "ord":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {MONTHS[d.month-1]} {d.year}"
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        return f"{d.day:02d} {MONTHS[d.month-1][:3]} {d.year}"
    raise ValueError(style)


EXNAME = {
    "s31(1)(a)": ("Section 31(1)(a)", "Law Enforcement"),
    "s31(1)(b)": ("Section 31(1)(b)", "Law Enforcement"),
    "s24(1)": ("Section 24(1)", "National Security"),
    "s24(2)": ("Section 24(2)", "National Security"),
    "s31(3)": ("Section 31(3)", "Law Enforcement"),
    "s43(2)": ("Section 43(2)", "Commercial Interests"),
    "s40(2)": ("Section 40(2)", "Personal Information"),
    "reg12(5)(e)": ("Regulation 12(5)(e)", "confidentiality of commercial or industrial information"),
}

HARM = {
    "s31": ("Disclosure of this information would be likely to prejudice the prevention and detection of crime. "
            "Details of this kind, when put together with information released by other bodies, would help those "
            "intent on attacking or evading our systems to identify weaknesses. As a qualified exemption, the public "
            "interest has been considered. Factors favouring disclosure: openness about the use of public money and "
            "reassurance that systems are properly protected. Factors favouring non-disclosure: the risk that "
            "criminals would use the information to target the organisation. On balance the public interest lies "
            "in maintaining the exemption."),
    "s24": ("Section 24(1) applies where exemption is required for the purpose of safeguarding national security. "
            "The threat from hostile actors to public sector infrastructure remains significant, and the public "
            "interest in safeguarding national security outweighs the public interest in disclosure."),
    "s43": ("Disclosure would be likely to prejudice the commercial interests of the organisation and of the "
            "supplier, because it would reveal pricing that competitors could use in future procurement exercises. "
            "Having weighed the public interest in transparency about public spending against the public interest "
            "in obtaining value for money, we consider that the balance favours withholding the information."),
    "ncnd": ("To confirm or deny whether information is held would in itself reveal information of use to those "
             "seeking to disrupt services. This response should not be taken as an indication that the information "
             "requested is, or is not, held."),
}


def ex_phrase(exs, act="of the Freedom of Information Act 2000"):
    names = [EXNAME[e][0] for e in exs]
    if len(names) == 1:
        s = names[0]
    else:
        s = ", ".join(names[:-1]) + " and " + names[-1]
    titles = sorted({EXNAME[e][1] for e in exs})
    return f"{s} {act} ({'; '.join(titles)})"


def qref(part_no, n, multipart):
    return f"question {n} in part {part_no}" if multipart else f"question {n}"


def join_refs(refs):
    if len(refs) == 1:
        return refs[0]
    return ", ".join(refs[:-1]) + " and " + refs[-1]


# ---------------------------------------------------------------- blocks
# block kinds: ("h", text) ("p", text) ("ol", [items]) ("table", head, rows) ("hr",) ("raw_html", s)

def esc(s):
    return _html.escape(s, quote=False)


def to_text(blocks, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(("## " if md else "") + b[1])
            out.append("")
        elif k == "p":
            out.append(b[1])
            out.append("")
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                out.append(f"{i}. {it}")
            out.append("")
        elif k == "ul":
            for it in b[1]:
                out.append(("- " if md else "* ") + it)
            out.append("")
        elif k == "table":
            head, rows = b[1], b[2]
            if md:
                out.append("| " + " | ".join(head) + " |")
                out.append("|" + "---|" * len(head))
                for r in rows:
                    out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                for r in rows:
                    out.append(" | ".join(r))
            out.append("")
        elif k == "hr":
            out.append("-" * 60 if not md else "---")
            out.append("")
        elif k == "raw_html":
            pass
    return "\n".join(out).rstrip() + "\n"


def to_html_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif k == "p":
            out.append("<p>" + esc(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "ol":
            out.append("<ol>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ol>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "table":
            head, rows = b[1], b[2]
            t = ['<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;width:100%">']
            t.append("<tr>" + "".join(f'<th style="text-align:left;width:50%">{esc(h)}</th>' for h in head) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join(f'<td valign="top">{esc(c).replace(chr(10), "<br>")}</td>' for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif k == "hr":
            out.append("<hr>")
        elif k == "raw_html":
            out.append(b[1])
    return "\n".join(out)


def html_doc(title, body, css=""):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>body{{font-family:Arial,Helvetica,sans-serif;font-size:11pt;"
            f"margin:2em}} {css}</style></head><body>\n{body}\n</body></html>\n")
