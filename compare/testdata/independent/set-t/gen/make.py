#!/usr/bin/env python3
"""Blind set T: renders letters from the truth in src/letters.py and derives expect.json."""
import os, re, sys, json, shutil, subprocess, html, datetime as dt, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from concepts import C
from letters import AUTH, HIST, DRAFTS

HISTDIR = os.path.join(HERE, "history"); DRAFTDIR = os.path.join(HERE, "drafts"); BUILD = os.path.join(HERE, "build")

# ---------------------------------------------------------------- facts
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    return str(n)
MONTHS = "January February March April May June July August September October November December".split()
def ordinal(d):
    return str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

def fmt_int(n, s):
    if s == 1 and (n < 1000 or n >= 10000): return str(n)
    if s == 2 and n <= 99: return "%s (%d)" % (words(n), n)
    return "{:,}".format(n)
def fmt_money(x, s):
    if x < 1000:
        return "£%.2f" % x if x != int(x) else ("£%d" % x if s != 2 else "£%d.00" % x)
    if s == 1 and x >= 1000000:
        m = x / 1e6; t = ("%.2f" % m).rstrip("0").rstrip("."); return "£%sm" % t
    if s == 2 and x >= 1000000:
        m = x / 1e6; t = ("%.2f" % m).rstrip("0").rstrip("."); return "£%s million" % t
    if s == 2: return "£{:,.2f}".format(x)
    return "£{:,}".format(int(x))
def fmt_date(iso, s):
    d = dt.date.fromisoformat(iso)
    return [lambda: "%d %s %d" % (d.day, MONTHS[d.month-1], d.year),
            lambda: d.strftime("%d/%m/%Y"),
            lambda: "%s %s %d" % (ordinal(d.day), MONTHS[d.month-1], d.year),
            lambda: "%s %d, %d" % (MONTHS[d.month-1], d.day, d.year),
            lambda: d.strftime("%d.%m.%Y")][s % 5]()
def fmt_months(m, s):
    if s == 0 or m % 12: return "%d months" % m
    y = m // 12
    return ("%s years" % words(y)) if s == 1 else "%d years" % y
def fmt_pct(p, s):
    return "%d%%" % p if s != 1 else "%d per cent" % p
def fmt_fact(typ, v, s):
    if typ == "int": return fmt_int(v, s)
    if typ == "money": return fmt_money(v, s)
    if typ == "date": return fmt_date(v, s)
    if typ == "months": return fmt_months(v, s)
    if typ == "pct": return fmt_pct(v, s)
    if typ == "name": return v.replace(" Ltd", " Limited") if s == 2 else v
    return str(v)

# ---------------------------------------------------------------- exemptions
TITLES = {"s43": "commercial interests", "s31": "law enforcement", "s24": "national security", "s40": "personal information",
          "s36": "prejudice to the effective conduct of public affairs", "s12": "cost of compliance",
          "reg12(5)(e)": "confidentiality of commercial or industrial information", "reg12(4)(a)": "information not held"}
def ex_phrase(xs, titled=True):
    groups = []
    for x in xs:
        if x.startswith("reg"):
            m = re.match(r"reg(\d+)(\(\d+\))(\([a-z]\))?", x)
            groups.append(("regulation %s%s%s" % (m.group(1), m.group(2), m.group(3) or ""), TITLES.get(x, ""), None)); continue
        m = re.match(r"s(\d+)(\(\d+\))?(\([a-z]\))?", x)
        base = "%s%s" % (m.group(1), m.group(2) or "")
        if groups and groups[-1][2] == base and m.group(3):
            g = groups[-1]; groups[-1] = (g[0] + " and " + m.group(3), g[1], base); continue
        groups.append(("section %s%s" % (base, m.group(3) or ""), TITLES.get("s" + m.group(1), ""), base))
    parts = [("%s (%s)" % (g[0], g[1]) if titled and g[1] else g[0]) for g in groups]
    return " and ".join(parts) if len(parts) <= 2 else ", ".join(parts[:-1]) + " and " + parts[-1]

HARM = {
 "s43": "Disclosure of this information would be likely to prejudice the commercial interests of {short} and of the supplier concerned, as it would reveal pricing that competitors could use in future procurements. The public interest in transparency about the use of public money is acknowledged, but it is outweighed by the public interest in {short} obtaining value for money when the service is next tendered.",
 "s31": "Disclosure would be likely to prejudice the prevention and detection of crime. Taken with information already in the public domain, it would allow a picture of operational capability to be built up that could be exploited by those intent on criminal activity. The public interest in transparency does not outweigh the strong public interest in effective law enforcement.",
 "s24": "Section 24(1) applies where exemption is required for the purpose of safeguarding national security. Releasing detailed figures about specialist capabilities across forces would enable a comparison that could assist those planning attacks.",
 "s40": "The information relates to a small number of identifiable individuals. Disclosure would breach the first data protection principle, as the individuals would have no expectation that the information would be made public.",
 "s36": "In the reasonable opinion of the qualified person, disclosure would be likely to prejudice the effective conduct of public affairs, because confidential settlement terms are relied upon to resolve employment disputes without litigation. The balance of the public interest favours withholding the information.",
 "reg12(5)(e)": "The contract pricing is commercial information provided in confidence and protected by a common law duty of confidence; its disclosure would harm the legitimate economic interests of the contractor. Under regulation 12(2) the Council has applied a presumption in favour of disclosure, but the public interest in maintaining the exception outweighs that in disclosure.",
}
def harm_for(xs, a):
    out = []; seen = set()
    for x in xs:
        k = x if x.startswith("reg") else re.match(r"(s\d+)", x).group(1)
        if k in HARM and k not in seen:
            seen.add(k); out.append(HARM[k].format(short=a["short"]))
    return out

# ---------------------------------------------------------------- answers
def qtext(q):
    return q["q"] or C[q["c"]]["q"][q["v"]]
def concepts_of(q):
    return list(q["c"]) if isinstance(q["c"], tuple) else [q["c"]]
def answer_text(q, a, L, idx):
    s = q["s"]; xs = q["x"]; eir = L["regime"] == "eir"
    if q["text"]:
        return q["text"].replace("{ex}", ex_phrase(xs))
    if s == "released":
        cc = C[q["c"]]; tpls = cc["ans"]; t = tpls[(idx + L["fs"]) % len(tpls)]
        return t.format(v=fmt_fact(cc["type"], q["f"], L["fs"]))
    if s == "withheld":
        forms = ["This information is withheld under {ex}.", "We are withholding this information under {ex}.",
                 "Exempt: {ex} applies to this question."]
        return forms[(idx + L["fs"]) % 3].format(ex=ex_phrase(xs))
    if s == "ncnd":
        return ("%s can neither confirm nor deny whether it holds information relevant to this question, by virtue of %s. "
                "This should not be taken as an indication that the information you requested does or does not exist."
                % (a["name"], ("sections " + ex_phrase(xs, titled=False).replace("section ", "")) if len(xs) > 1 else ex_phrase(xs, False)))
    if s == "not_held":
        base = "%s does not hold this information." % (a["short"][0].upper() + a["short"][1:])
        if eir:
            base = "This information is not held. Regulation 12(4)(a) of the Environmental Information Regulations 2004 applies."
        return base + (" " + q["why"] if q["why"] else "")
    if s == "partially_released":
        return "Some information is released; the remainder is withheld under %s." % ex_phrase(xs)
    return ""

# ---------------------------------------------------------------- letter dates
def fmt_letter_date(iso, s):
    return fmt_date(iso, [0, 2, 3, 1][s % 4])

# ---------------------------------------------------------------- blocks
# block kinds: ("lines", [..]), ("p", text), ("h", text), ("item", label, text), ("table", header, rows)
def numlabel(n, pattern):
    return pattern.format(n=n)

def header_blocks(L, a, draft):
    b = [("lines", [a["name"], a["dept"]] + a["addr"])]
    if draft:
        b.append(("p", "DRAFT RESPONSE - NOT YET SENT - for consistency check"))
    reflab = {"bmbc": "Our reference", "mvp": "FOI Reference No", "uoe": "Request reference", "avh": "Our Ref"}[L["auth"]]
    b.append(("lines", ["%s: %s" % (reflab, L["ref"]), "Date: %s" % fmt_letter_date(L["date"], L["fs"])]))
    b.append(("p", "Dear Requester" if L["auth"] in ("uoe", "avh") else "Dear"))
    act = "Environmental Information Regulations 2004" if L["regime"] == "eir" else "Freedom of Information Act 2000"
    b.append(("h", "%s - request for information: %s" % (act, L["title"])))
    recv = fmt_letter_date(L["received"], L["fs"] + 1)
    b.append(("p", "Thank you for your request for information, which %s received on %s. %s" % (
        a["name"] if L["auth"] == "mvp" else a["short"], recv,
        "Your request has been considered under the Environmental Information Regulations 2004 because it concerns waste and the environment." if L["regime"] == "eir"
        else "We have now considered your request under the Freedom of Information Act 2000 (the Act).")))
    if L["opts"].get("prev"):
        b.append(("p", "You made a similar request in 2022 (our reference %s). We have treated this as a new request and updated the information where necessary." % L["opts"]["prev"]))
    return b

def footer_blocks(L, a):
    b = []
    if L["regime"] == "eir":
        b.append(("p", "If you are dissatisfied with the handling of your request, you may ask for an internal review under regulation 11 of the Regulations within 40 working days. If you remain dissatisfied you may then apply to the Information Commissioner under section 50 of the Freedom of Information Act 2000, as applied by regulation 18."))
    else:
        b.append(("p", "If you are unhappy with this response you may ask for an internal review by writing to %s within 40 working days. If you are still not satisfied, you may complain to the Information Commissioner under section 50 of the Act: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF." % a["email"]))
    b.append(("p", "Yours sincerely"))
    b.append(("lines", a["sign"]))
    return b

def restate_blocks(L, pattern="{n}."):
    b = []
    for pi, (head, intro, qs) in enumerate(L["parts"], 1):
        if head: b.append(("h2", head))
        if intro: b.append(("p", intro))
        for n, q in enumerate(qs, 1):
            b.append(("item", numlabel(n, pattern), qtext(q)))
    return b

def nums_phrase(ns):
    ns = list(ns)
    if len(ns) == 1: return "question %d" % ns[0]
    return "questions " + ", ".join(str(n) for n in ns[:-1]) + " and %d" % ns[-1]

def body_blocks(L, a):
    st = L["style"]; b = []; multi = len(L["parts"]) > 1; opts = L["opts"]
    if st == "bare":
        b.append(("p", "Please provide the following information under the Freedom of Information Act 2000:"))
        b += restate_blocks(L)
        b.append(("p", "I would like to receive the information electronically. Many thanks."))
        return b
    if st == "refusal":
        b.append(("p", "You asked:"))
        b += restate_blocks(L)
        b.append(("p", "%s is not obliged to comply with your request because the cost of doing so would exceed the appropriate limit. Section 12(1) of the Act provides that a public authority is not required to comply where it estimates that the cost of compliance would exceed the appropriate limit, which for police forces is £450, equivalent to 18 hours of work. Veterinary invoices are held on individual dog files; retrieving and reviewing around 70 files for five years at an estimated 20 minutes each would take more than 23 hours. This letter serves as a refusal notice under section 17 of the Act for the whole of your request." % a["name"]))
        b.append(("p", "Under section 16 we suggest that a request limited to the current number of dogs may be answerable within the limit."))
        return b
    if st == "interleaved":
        ql, al = opts.get("lab", ("Q{n}.", "A{n}."))
        for pi, (head, intro, qs) in enumerate(L["parts"], 1):
            if head: b.append(("h2", head))
            for n, q in enumerate(qs, 1):
                b.append(("item", numlabel(n, ql), qtext(q)))
                b.append(("item", numlabel(n, al), answer_text(q, a, L, n)))
        return b
    if st == "youasked":
        for pi, (head, intro, qs) in enumerate(L["parts"], 1):
            if head: b.append(("h2", head))
            for n, q in enumerate(qs, 1):
                b.append(("label", "You asked:")); b.append(("p", qtext(q)))
                b.append(("label", "Our response:")); b.append(("p", answer_text(q, a, L, n)))
        return b
    if st == "table":
        for pi, (head, intro, qs) in enumerate(L["parts"], 1):
            if head: b.append(("h2", head))
            rows = [("%d. %s" % (n, qtext(q)), answer_text(q, a, L, n)) for n, q in enumerate(qs, 1)]
            b.append(("table", ("Your request", "Our response"), rows))
        return b
    if st == "numbered_after":
        b.append(("p", "You asked for the following information:"))
        b += restate_blocks(L)
        b.append(("h", "Our response"))
        for pi, (head, intro, qs) in enumerate(L["parts"], 1):
            if multi: b.append(("h2", "Part %d" % pi))
            for n, q in enumerate(qs, 1):
                b.append(("item", "%d." % n, answer_text(q, a, L, n)))
        return b
    if st == "decision":
        b.append(("p", "I note you seek access to the following information:"))
        b += restate_blocks(L)
        # group withheld questions by exemption set
        groups = {}
        for pi, (head, intro, qs) in enumerate(L["parts"], 1):
            for n, q in enumerate(qs, 1):
                if q["s"] == "withheld":
                    groups.setdefault(tuple(q["x"]), []).append((pi, n))
        if groups:
            sent = []
            for xs, lst in groups.items():
                if multi:
                    byp = {}
                    for pi, n in lst: byp.setdefault(pi, []).append(n)
                    where = " and ".join("%s in part %d of your request" % (nums_phrase(ns), pi) for pi, ns in byp.items())
                else:
                    where = nums_phrase([n for _, n in lst])
                sent.append("I am applying %s to %s" % (ex_phrase(list(xs)), where))
            b.append(("p", "Your request has now been considered and I can confirm that %s holds information relevant to it. However, %s. This letter serves as a refusal notice under section 17 of the Act for that information." % (a["name"] if a["short"] == a["name"] else a["short"], "; ".join(sent))))
            allx = []
            for xs in groups: allx += list(xs)
            b.append(("h2", "Reasons for withholding"))
            for para in harm_for(allx, a): b.append(("p", para))
            b.append(("p", "The response to the remaining questions is provided below."))
        else:
            b.append(("p", "Your request has now been considered and the information is provided below."))
        for pi, (head, intro, qs) in enumerate(L["parts"], 1):
            rest = [(n, q) for n, q in enumerate(qs, 1) if q["s"] != "withheld"]
            if not rest: continue
            if multi: b.append(("h2", "Part %d" % pi))
            for n, q in rest:
                b.append(("p", "Question %d - %s" % (n, answer_text(q, a, L, n))))
        return b
    raise ValueError(st)

def letter_blocks(L, draft):
    a = AUTH[L["auth"]]
    if L["style"] == "bare":
        return [("lines", ["From: [requester name removed]", "To: %s <%s>" % (a["name"], a["email"]),
                           "Sent: %s" % fmt_date(L["date"], 0), "Subject: Freedom of Information request - %s" % L["title"]]),
                ("lines", ["Logged by %s on receipt: reference %s" % (a["dept"], L["ref"])]),
                ("p", "Dear %s," % a["name"])] + body_blocks(L, a) + [("p", "Yours faithfully"), ("lines", ["[name removed]"])]
    b = header_blocks(L, a, draft) + body_blocks(L, a)
    xs = []
    for _, _, qs in L["parts"]:
        for q in qs:
            if q["s"] in ("withheld", "partially_released") and L["style"] != "decision": xs += q["x"]
    hs = harm_for(xs, a)
    if hs:
        b.append(("h2", "Exemptions applied"))
        for para in hs: b.append(("p", para))
    return b + footer_blocks(L, a)

# ---------------------------------------------------------------- renderers
def to_text(blocks, md=False):
    out = []
    for blk in blocks:
        k = blk[0]
        if k == "lines": out.append("\n".join(blk[1]) + ("  " if md else ""))
        elif k == "p": out.append(blk[1])
        elif k == "label": out.append(("**%s**" % blk[1]) if md else blk[1])
        elif k == "h": out.append(("## " + blk[1]) if md else blk[1].upper())
        elif k == "h2": out.append(("### " + blk[1]) if md else blk[1])
        elif k == "item": out.append("%s %s" % (blk[1], blk[2]))
        elif k == "table":
            if md:
                rows = ["| %s | %s |" % blk[2 - 1], "| --- | --- |"] + ["| %s | %s |" % (r[0].replace("|", "/"), r[1].replace("|", "/")) for r in blk[2]]
                out.append("\n".join(rows))
            else:
                out.append("\n\n".join("%s\n    %s" % r for r in blk[2]))
    if md:
        out = [o if not o.startswith(("#", "|", "**")) and "\n" not in o else o for o in out]
        out = [o.replace("\n", "  \n") if o.count("\n") and not o.startswith("|") else o for o in out]
    return "\n\n".join(out) + "\n"

def to_html(blocks, title, a, log=False, ref=""):
    e = html.escape; body = []
    for blk in blocks:
        k = blk[0]
        if k == "lines": body.append("<p>" + "<br>\n".join(e(x) for x in blk[1]) + "</p>")
        elif k == "p": body.append("<p>%s</p>" % e(blk[1]))
        elif k == "label": body.append("<p><strong>%s</strong></p>" % e(blk[1]))
        elif k == "h": body.append("<h2>%s</h2>" % e(blk[1]))
        elif k == "h2": body.append("<h3>%s</h3>" % e(blk[1]))
        elif k == "item": body.append("<p>%s %s</p>" % (e(blk[1]), e(blk[2])))
        elif k == "table":
            rows = "".join("<tr><td>%s</td><td>%s</td></tr>\n" % (e(r[0]), e(r[1])) for r in blk[2])
            body.append('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%%">'
                        '<thead><tr><th style="width:45%%">%s</th><th>%s</th></tr></thead><tbody>%s</tbody></table>' % (e(blk[1][0]), e(blk[1][1]), rows))
    inner = "\n".join(body)
    css = "body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.35;margin:2em} td{vertical-align:top}"
    if not log:
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head><body>\n%s\n</body></html>\n" % (e(title), css, inner)
    nav = ("<div id=\"cookie-banner\"><p>We use cookies to make this website work and to understand how you use it. "
           "<a href=\"#\">Accept all cookies</a> <a href=\"#\">Reject non-essential cookies</a></p></div>\n"
           "<header><a href=\"/\">%s</a><nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Services</a></li>"
           "<li><a href=\"#\">About us</a></li><li><a href=\"#\">Contact</a></li></ul></nav></header>\n"
           "<div class=\"breadcrumb\">Home &gt; About us &gt; Freedom of information &gt; Disclosure log</div>\n" % e(a["name"]))
    foot = ("<footer><p>Was this page helpful? <a href=\"#\">Yes</a> <a href=\"#\">No</a></p>"
            "<ul><li><a href=\"#\">Accessibility statement</a></li><li><a href=\"#\">Privacy notice</a></li><li><a href=\"#\">Cookies</a></li></ul>"
            "<p>&copy; %s 2025</p></footer>" % e(a["name"]))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Disclosure log: %s | %s</title><style>%s</style></head><body>\n%s"
            "<main><h1>Disclosure log: %s</h1>\n<article>\n%s\n</article></main>\n%s\n</body></html>\n"
            % (e(ref), e(a["name"]), css, nav, e(title), inner, foot))

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode()[-500:]))
    return r

def soffice_convert(src_html, target, outdir):
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", target, "--outdir", outdir, src_html])

def chromium_pdf(src_html, out_pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(BUILD, "chrome-profile"),
         "--print-to-pdf=" + out_pdf, "file://" + src_html])

def render(L, outdir, stem, draft):
    a = AUTH[L["auth"]]
    blocks = letter_blocks(L, draft)
    fmt = L["fmt"]
    if fmt == "txt":
        p = os.path.join(outdir, stem + ".txt"); open(p, "w").write(to_text(blocks)); return p
    if fmt == "md":
        p = os.path.join(outdir, stem + ".md"); open(p, "w").write(to_text(blocks, md=True)); return p
    log = L["opts"].get("log", False)
    page = to_html(blocks, L["title"], a, log=log, ref=L["ref"])
    if fmt == "html":
        p = os.path.join(outdir, stem + ".html"); open(p, "w").write(page); return p
    bdir = os.path.join(BUILD, stem); os.makedirs(bdir, exist_ok=True)
    src = os.path.join(bdir, stem + ".html"); open(src, "w").write(page)
    if fmt == "docx":
        soffice_convert(src, 'docx:MS Word 2007 XML', bdir)
        p = os.path.join(outdir, stem + ".docx"); shutil.copy(os.path.join(bdir, stem + ".docx"), p); return p
    if fmt == "pdf-soffice":
        soffice_convert(src, "pdf:writer_pdf_Export", bdir)
        p = os.path.join(outdir, stem + ".pdf"); shutil.copy(os.path.join(bdir, stem + ".pdf"), p); return p
    if fmt == "pdf-chromium":
        p = os.path.join(outdir, stem + ".pdf"); chromium_pdf(src, p); return p
    if fmt == "pdf-gs":
        tmp = os.path.join(bdir, stem + "-chromium.pdf"); chromium_pdf(src, tmp)
        p = os.path.join(outdir, stem + ".pdf")
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", "-o", p, tmp])
        return p
    raise ValueError(fmt)

# ---------------------------------------------------------------- truth -> labels
EQUIV = {"s43": "commercial", "reg12(5)(e)": "commercial", "s31": "law", "reg12(5)(b)": "law", "s40": "personal",
         "reg13": "personal", "s24": "natsec", "reg12(5)(a)": "natsec"}
def ex_class(x):
    if x in EQUIV: return EQUIV[x]
    m = re.match(r"(s\d+)", x)
    return EQUIV.get(m.group(1), x) if m else x
def same_exemptions(a_regime, ax, b_regime, bx):
    if a_regime == b_regime: return sorted(ax) == sorted(bx)
    return sorted(set(map(ex_class, ax))) == sorted(set(map(ex_class, bx)))

SEV = {"newly_withheld": "high", "partly_withheld": "medium", "newly_released": "medium", "exemption_changed": "medium",
       "answer_changed": "low"}
def finding(prev, cur):
    P, Cs = prev["q"]["s"], cur["q"]["s"]
    if Cs == "unknown" or P == "unknown": return None
    if (P == "ncnd") != (Cs == "ncnd"):
        return ("ncnd_inconsistent", "high" if Cs == "ncnd" else "medium")
    if P == Cs == "ncnd": return None
    if P in ("released", "partially_released") and Cs in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if P == "released" and Cs == "partially_released": return ("partly_withheld", "medium")
    if P == "withheld" and Cs in ("released", "partially_released"): return ("newly_released", "medium")
    held = ("released", "partially_released", "withheld")
    if P in held and Cs == "not_held": return ("held_status_changed", "high")
    if P == "not_held" and Cs in held: return ("held_status_changed", "medium")
    if P == Cs == "withheld":
        if not same_exemptions(prev["L"]["regime"], prev["q"]["x"], cur["L"]["regime"], cur["q"]["x"]):
            return ("exemption_changed", "medium")
        return None
    if P == Cs == "released":
        if prev["q"]["f"] is not None and cur["q"]["f"] is not None and prev["q"]["f"] != cur["q"]["f"]:
            return ("answer_changed", "low")
        return None
    return None

def flat(L):
    out = []
    for pi, (head, intro, qs) in enumerate(L["parts"], 1):
        for n, q in enumerate(qs, 1):
            out.append({"id": "P%d.Q%d" % (pi, n), "q": q, "L": L})
    return out

def label_of(L, path):
    qs = []
    for it in flat(L):
        q = it["q"]; d = {"id": it["id"], "stance": q["s"], "exemptions": sorted(q["x"]) if q["s"] != "not_held" else [],
                          "concepts": concepts_of(q)}
        if q["s"] == "released" and q["f"] is not None and not isinstance(q["c"], tuple):
            d["fact"] = q["f"]
        qs.append(d)
    return {"file": os.path.relpath(path, HERE), "authority": AUTH[L["auth"]]["name"], "reference": L["ref"], "date": L["date"],
            "received": L["received"], "regime": L["regime"], "layout": L["style"] + " / " + L["fmt"], "questions": qs}

def main():
    for d in (HISTDIR, DRAFTDIR, BUILD):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    # sanity: unique refs, unique dates per authority
    refs = [L["ref"] for L in HIST + DRAFTS]; assert len(refs) == len(set(refs)), "duplicate reference"
    seen = set()
    for L in HIST + DRAFTS:
        k = (L["auth"], L["date"]); assert k not in seen, k; seen.add(k)
    labels = {"history": [], "drafts": []}
    for L in HIST:
        stem = L["key"]
        p = render(L, HISTDIR, stem, False); L["path"] = p; labels["history"].append(label_of(L, p))
        print("history", os.path.basename(p), file=sys.stderr)
    expect = {"description": "", "drafts": {}}
    counts = {}
    for L in DRAFTS:
        p = render(L, DRAFTDIR, L["key"], True); L["path"] = p; labels["drafts"].append(label_of(L, p))
        print("draft", os.path.basename(p), file=sys.stderr)
        cutoff = L.get("as_of") or L["date"]
        allauth = L.get("all_authorities", False)
        earlier = [h for h in HIST if h["date"] < cutoff and (allauth or h["auth"] == L["auth"])]
        e = {}
        if L.get("as_of"): e["as_of"] = L["as_of"]
        if allauth: e["all_authorities"] = True
        if L.get("consistent"): e["consistent"] = True
        e["matches"] = {}; e["findings"] = []
        for it in flat(L):
            c = it["q"]["c"]; assert not isinstance(c, tuple)
            ms = [h for H_ in earlier for h in flat(H_) if c in concepts_of(h["q"])]
            ms.sort(key=lambda h: h["L"]["date"], reverse=True)
            e["matches"][it["id"]] = ["%s %s" % (h["L"]["ref"], h["id"]) for h in ms]
            if ms:
                f = finding(ms[0], it)
                if f:
                    e["findings"].append({"kind": f[0], "severity": f[1], "question_id": it["id"],
                                          "precedent": "%s %s" % (ms[0]["L"]["ref"], ms[0]["id"])})
                    counts[f[0] + "/" + f[1]] = counts.get(f[0] + "/" + f[1], 0) + 1
        if L.get("consistent"):
            assert not any(f["severity"] == "high" for f in e["findings"])
        expect["drafts"][os.path.basename(p)] = e
    expect["description"] = ("Blind set T: four invented authorities (%s); %d earlier responses 2017-2024 and %d drafts 2025-2026 "
        "in txt, md, html (disclosure-log pages), docx and pdf (LibreOffice, Chromium, Ghostscript). Round-robin families "
        "(parking enforcement, fly-tipping and waste, social work staffing, body-worn video and drones, contact-centre contracts, "
        "cyber, fleet, recruitment agents, student records systems, staffing and settlement agreements, agency staffing, waiting lists) "
        "recur with strong rewording, renumbering, reordering, merged and split questions, parts vs one merged list, the same sentence "
        "in two parts about two things, and look-alikes that must not match (permanent vs agency, software vs hardware supplier, "
        "contract value vs length, bank vs agency, count vs amount). Drafts plant %d findings of all seven kinds, consistent repeats "
        "with restated facts, a FOIA s43(2) -> EIR reg12(5)(e) regime change (no finding), a bare incoming request and a back-dated "
        "(as_of) check." % ("; ".join(a["name"] for a in AUTH.values()), len(HIST), len(DRAFTS), sum(counts.values())))
    json.dump(expect, open(os.path.join(HERE, "expect.json"), "w"), indent=2, ensure_ascii=False)
    json.dump(labels, open(os.path.join(HERE, "labels.json"), "w"), indent=2, ensure_ascii=False)
    print(json.dumps(counts, indent=1, sort_keys=True), file=sys.stderr)
    print("total findings", sum(counts.values()), file=sys.stderr)
    for prof in ("lo-profile", "chrome-profile"):
        shutil.rmtree(os.path.join(BUILD, prof), ignore_errors=True)

if __name__ == "__main__":
    main()
