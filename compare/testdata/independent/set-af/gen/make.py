#!/usr/bin/env python3
"""Set AF: an evaluation set for foicheck. Renders letters and writes expect.json from the truth
held in src/letters.py. Standard library only; external converters: soffice, chromium, gs."""
import json
import os
import shutil
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from render import (fmt_date, to_text, to_html_body, html_doc, ex_phrase, qref, join_refs, HARM)  # noqa: E402
from authorities import AUTH, complaint  # noqa: E402
from letters import HISTORY, DRAFTS  # noqa: E402

BUILD = os.path.join(HERE, "build")
HIST_DIR = os.path.join(HERE, "history")
DRAFT_DIR = os.path.join(HERE, "drafts")

EXT = {"txt": ".txt", "md": ".md", "html": ".html", "docx": ".docx",
       "pdf-soffice": ".pdf", "pdf-chromium": ".pdf", "pdf-gs": ".pdf"}


# ------------------------------------------------------------------ ids
def qids(letter):
    """Yield (qid, part_no, n, q) following the labelling conventions (parts restart)."""
    for pi, (_, qs) in enumerate(letter["parts"], 1):
        for n, q in enumerate(qs, 1):
            yield f"P{pi}.Q{n}", pi, n, q


def multipart(letter):
    return len(letter["parts"]) > 1


# ------------------------------------------------------------------ style renderers
def act_name(letter):
    return ("the Environmental Information Regulations 2004" if letter["regime"] == "eir"
            else "the Freedom of Information Act 2000")


def lab(letter, key, n, default):
    return letter["lab"].get(key, default).format(n=n)


def head_blocks(letter, fmt):
    a = AUTH[letter["auth"]]
    ds = letter["ds"]
    date = fmt_date(letter["date"], ds)
    recv = fmt_date(letter["recv"], ds) if letter["recv"] else ""
    b = []
    b.append(("p", "\n".join(a["head"])))
    b.append(("p", date))
    b.append(("p", f"Our reference: {letter['ref']}"))
    b.append(("p", "Dear"))
    b.append(("h", f"Request for information – {letter['title']}"))
    b.append(("p", f"Thank you for your request for information, received on {recv}. Your request has been "
                   f"considered under {act_name(letter)}."))
    return b


def tail_blocks(letter):
    a = AUTH[letter["auth"]]
    b = []
    for item in letter["after"]:
        if item.startswith("harm:"):
            b.append(("h", "Public interest considerations" if item != "harm:ncnd" else "Neither confirm nor deny"))
            b.append(("p", HARM[item[5:]]))
    for p in complaint(letter["regime"], letter["cstyle"]):
        b.append(("p", p))
    b.append(("p", "\n".join(a["sign"])))
    b.append(("p", a["banner"]))
    return b


def request_lead(letter):
    b = [("p", "You asked for the following information:")]
    if letter["intro"]:
        b.append(("p", letter["intro"]))
    return b


def style_interleaved(letter):
    b = request_lead(letter)[:1] if not letter["intro"] else request_lead(letter)
    for pi, (ph, qs) in enumerate(letter["parts"], 1):
        if ph:
            b.append(("h", ph))
        for n, q in enumerate(qs, 1):
            b.append(("p", f"{lab(letter, 'q', n, 'Question {n}:')} {q['text']}"))
            b.append(("p", f"{lab(letter, 'a', n, 'Answer:')} {q['answer']}"))
    return b


def style_youasked(letter):
    b = []
    if letter["intro"]:
        b.append(("p", letter["intro"]))
    for pi, (ph, qs) in enumerate(letter["parts"], 1):
        if ph:
            b.append(("h", ph))
        for q in qs:
            b.append(("p", "You asked:\n" + q["text"]))
            b.append(("p", "Our response:\n" + q["answer"]))
    return b


def style_reqresp(letter):
    b = []
    if letter["intro"]:
        b.append(("p", letter["intro"]))
    for pi, (ph, qs) in enumerate(letter["parts"], 1):
        if ph:
            b.append(("h", ph))
        for n, q in enumerate(qs, 1):
            b.append(("p", f"REQUEST {n}\n{q['text']}"))
            b.append(("p", f"RESPONSE {n}\n{q['answer']}"))
    return b


def style_table(letter):
    b = []
    if letter["intro"]:
        b.append(("p", letter["intro"]))
    b.append(("p", "Our response to each part of your request is set out in the table below."))
    for pi, (ph, qs) in enumerate(letter["parts"], 1):
        if ph:
            b.append(("h", ph))
        rows = [[f"{n}. {q['text']}", q["answer"]] for n, q in enumerate(qs, 1)]
        b.append(("table", ["Information requested", "Response"], rows))
    return b


def restated(letter):
    b = request_lead(letter)
    for pi, (ph, qs) in enumerate(letter["parts"], 1):
        if ph:
            b.append(("p", ph))
        for n, q in enumerate(qs, 1):
            b.append(("p", f"{n}. {q['text']}"))
    return b


def style_restate_numbered(letter):
    b = restated(letter)
    b.append(("h", "Our response"))
    for pi, (ph, qs) in enumerate(letter["parts"], 1):
        if ph:
            b.append(("p", ph.split("–")[0].strip()))
        for n, q in enumerate(qs, 1):
            b.append(("p", f"{n}. {q['answer']}"))
    return b


def style_decision(letter):
    b = restated(letter)
    a = AUTH[letter["auth"]]
    mp = multipart(letter)
    groups = {}
    for qid, pi, n, q in qids(letter):
        if q["stance"] in ("withheld", "ncnd"):
            groups.setdefault((q["stance"], tuple(q["exemptions"])), []).append(qref(pi, n, mp))
    holder = a["self"][0].upper() + a["self"][1:]
    text = []
    for (st, exs), refs in groups.items():
        if st == "withheld":
            text.append(f"{holder} holds information relevant to {join_refs(refs)}; however, this information is "
                        f"exempt from disclosure under {ex_phrase(list(exs))}.")
        else:
            text.append(f"In respect of {join_refs(refs)}, {a['self']} can neither confirm nor deny whether it holds "
                        f"the information requested, by virtue of {ex_phrase(list(exs))}.")
    if text:
        b.append(("p", "I can confirm that your request has now been considered. " + " ".join(text)))
        kinds = set()
        for (st, exs) in groups:
            if st == "ncnd":
                kinds.add("ncnd")
            for e in exs:
                if e.startswith("s31(1)"):
                    kinds.add("s31")
                elif e == "s24(1)":
                    kinds.add("s24")
                elif e.startswith("s43"):
                    kinds.add("s43")
        for k in ("s31", "s24", "s43", "ncnd"):
            if k in kinds:
                b.append(("p", HARM[k]))
    rest = [(pi, n, q) for _, pi, n, q in qids(letter) if q["stance"] not in ("withheld", "ncnd")]
    if rest:
        b.append(("p", "The response to the remaining questions is provided below."))
        cur = None
        for pi, n, q in rest:
            if mp and pi != cur:
                b.append(("p", f"Part {pi}"))
                cur = pi
            b.append(("p", f"Question {n} – {q['answer']}"))
    return b


def style_email(letter):
    a = AUTH[letter["auth"]]
    b = [("p", f"From: R. Pritchard\nTo: Freedom of Information Team, {a['name']} <foi@bromorlais.gov.wales>\n"
               f"Sent: {fmt_date(letter['date'], 'long')}\nSubject: Freedom of Information request – potholes"),
         ("p", "Dear Freedom of Information Team,"),
         ("p", "Under the Freedom of Information Act 2000, I would like to request the following information about "
               "potholes on roads maintained by the council:")]
    for n, q in enumerate(letter["parts"][0][1], 1):
        b.append(("p", f"{n}. {q['text']}"))
    b.append(("p", "I would prefer to receive the information electronically. Thank you for your help.\n\n"
                   "Yours faithfully,\nR. Pritchard"))
    return b


STYLES = {"interleaved": style_interleaved, "youasked": style_youasked, "reqresp": style_reqresp,
          "table": style_table, "restate_numbered": style_restate_numbered, "decision": style_decision,
          "email": style_email}


def letter_blocks(letter, fmt):
    if letter["style"] == "email":
        return style_email(letter)
    return head_blocks(letter, fmt) + STYLES[letter["style"]](letter) + tail_blocks(letter)


# ------------------------------------------------------------------ disclosure-log page wrapper
def disclosure_page(letter, body_html):
    a = AUTH[letter["auth"]]
    nav = ("<div id=\"cookie-banner\" style=\"background:#eee;padding:8px\">We use cookies to make this site work "
           "and to understand how you use it. <button>Accept all cookies</button> <button>Reject</button></div>"
           f"<header><div class=\"logo\">{a['name']}</div><nav><ul><li><a href=\"/\">Home</a></li>"
           "<li><a href=\"/services\">Services</a></li><li><a href=\"/about\">About us</a></li>"
           "<li><a href=\"/foi\">Freedom of Information</a></li><li><a href=\"/contact\">Contact</a></li></ul></nav>"
           "</header><p class=\"breadcrumb\">Home &gt; About us &gt; Freedom of Information &gt; Disclosure log</p>")
    main = (f"<main><h1>Disclosure log: {letter['ref']} – {letter['title']}</h1>"
            f"<p class=\"meta\">Published: {fmt_date(letter['date'], 'long')}</p>\n{body_html}</main>")
    foot = ("<footer><p>Was this page helpful? Yes / No</p><ul><li>Accessibility statement</li><li>Privacy notice"
            f"</li><li>Cookies</li><li>Site map</li></ul><p>&copy; {a['name']}</p></footer>")
    return html_doc(f"{letter['ref']} {letter['title']}", nav + main + foot,
                    css="nav ul{list-style:none;display:flex;gap:1em} header{border-bottom:2px solid #333}")


# ------------------------------------------------------------------ converters
def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()[-500:]}")


LO = ["soffice", f"-env:UserInstallation=file://{BUILD}/lo_profile", "--headless"]


def soffice_convert(src_html, target, outdir):
    os.makedirs(outdir, exist_ok=True)
    fmt = "pdf" if target == "pdf" else "docx:MS Word 2007 XML"
    run(LO + ["--infilter=HTML (StarWriter)", "--convert-to", fmt, "--outdir", outdir, src_html])
    stem = os.path.splitext(os.path.basename(src_html))[0]
    return os.path.join(outdir, stem + "." + target)


def chromium_pdf(src_html, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={BUILD}/chromium",
         "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src_html])


def gs_pdf(src_pdf, out):
    run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-o", out, src_pdf])


def file_stem(letter):
    if letter.get("name"):
        return letter["name"]
    a = {"council": "bmc", "police": "nmc", "ambulance": "mas", "university": "uoa"}[letter["auth"]]
    slug = "".join(c if c.isalnum() else "-" for c in letter["title"].lower()).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"{a}-{letter['date']}-{slug}"


def render(letter, outdir):
    fmt = letter["fmt"]
    stem = file_stem(letter)
    out = os.path.join(outdir, stem + EXT[fmt])
    blocks = letter_blocks(letter, fmt)
    if fmt == "txt":
        with open(out, "w", encoding="utf-8") as f:
            f.write(to_text(blocks))
    elif fmt == "md":
        with open(out, "w", encoding="utf-8") as f:
            f.write(f"# {AUTH[letter['auth']]['name']}\n\n" + to_text(blocks, md=True))
    elif fmt == "html":
        with open(out, "w", encoding="utf-8") as f:
            if letter["kind"] == "draft":
                f.write(html_doc(f"DRAFT {letter['ref']} {letter['title']}", to_html_body(blocks)))
            else:
                f.write(disclosure_page(letter, to_html_body(blocks)))
    else:
        src = os.path.join(BUILD, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_doc(letter["title"], to_html_body(blocks)))
        if fmt == "docx":
            p = soffice_convert(src, "docx", os.path.join(BUILD, "docx"))
            shutil.copy(p, out)
        elif fmt == "pdf-soffice":
            p = soffice_convert(src, "pdf", os.path.join(BUILD, "pdf"))
            shutil.copy(p, out)
        elif fmt == "pdf-chromium":
            chromium_pdf(src, out)
        elif fmt == "pdf-gs":
            tmp = os.path.join(BUILD, stem + ".chromium.pdf")
            chromium_pdf(src, tmp)
            gs_pdf(tmp, out)
    return os.path.basename(out)


# ------------------------------------------------------------------ labels
EQUIV = {"reg12(5)(e)": "s43", "reg12(5)(b)": "s31", "reg12(5)(a)": "s24", "reg13": "s40"}


def ex_key(exs):
    """Exemptions compared modulo the FOIA/EIR equivalents (regime change is no change of stance)."""
    out = set()
    for e in exs:
        if e in EQUIV:
            out.add(EQUIV[e])
        elif e.startswith("reg13"):
            out.add("s40")
        elif e.startswith("s43"):
            out.add("s43")
        else:
            out.add(e)
    return frozenset(out)


def finding(prev, cur, concept):
    p, c = prev["stance"], cur["stance"]
    held = ("released", "partially_released", "withheld")
    if p == c == "released":
        pf, cf = prev["facts"].get(concept), cur["facts"].get(concept)
        assert pf is not None and cf is not None, (concept, prev, cur)
        return ("answer_changed", "low") if pf != cf else None
    if (p == "ncnd") != (c == "ncnd"):
        if c == "ncnd" and p in held + ("not_held",):
            return ("ncnd_inconsistent", "high")
        if p == "ncnd" and c in held + ("not_held",):
            return ("ncnd_inconsistent", "medium")
        return None
    if p in ("released", "partially_released") and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partially_released":
        return ("partly_withheld", "medium")
    if p == "withheld" and c in ("released", "partially_released"):
        return ("newly_released", "medium")
    if p == c == "withheld":
        return ("exemption_changed", "medium") if ex_key(prev["exemptions"]) != ex_key(cur["exemptions"]) else None
    if p in held and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and c in held:
        return ("held_status_changed", "medium")
    if p == c:
        return None
    raise AssertionError(f"transition {p}->{c} not planned for {concept}")


def build_expect(draft_files):
    out = {}
    totals = Counter()
    for d in DRAFTS:
        cutoff = d["as_of"] or d["date"]
        hist = [h for h in HISTORY if h["auth"] == d["auth"] and h["date"] < cutoff]
        entry = {}
        if d["as_of"]:
            entry["as_of"] = d["as_of"]
        if d["consistent"]:
            entry["consistent"] = True
        matches, findings = {}, []
        for qid, _, _, q in qids(d):
            assert len(q["concepts"]) == 1
            concept = q["concepts"][0]
            found = []
            for h in hist:
                for hqid, _, _, hq in qids(h):
                    if concept in hq["concepts"]:
                        found.append((h["date"], h["ref"], hqid, hq))
            found.sort(key=lambda t: t[0])
            matches[qid] = [f"{r} {i}" for _, r, i, _ in found]
            if found and not d["bare"]:
                _, pref, pqid, pq = found[-1]
                f = finding(pq, q, concept)
                if f:
                    findings.append({"kind": f[0], "severity": f[1], "question_id": qid,
                                     "precedent": f"{pref} {pqid}"})
                    totals[f] += 1
        entry["matches"] = matches
        entry["findings"] = findings
        if d["consistent"]:
            assert not any(f["severity"] == "high" for f in findings), d["name"]
        out[draft_files[d["name"]]] = entry
    return out, totals


def validate():
    refs = Counter(l["ref"] for l in HISTORY + DRAFTS if l["ref"])
    dup = [r for r, c in refs.items() if c > 1]
    assert not dup, dup
    dates = Counter((l["auth"], l["date"]) for l in HISTORY + DRAFTS)
    dupd = [k for k, c in dates.items() if c > 1]
    assert not dupd, dupd
    for l in HISTORY + DRAFTS:
        for qid, _, _, q in qids(l):
            st = q["stance"]
            if st in ("withheld", "partially_released", "ncnd"):
                assert q["exemptions"], (l["ref"], qid)
            if st == "released":
                for c in q["concepts"]:
                    assert c in q["facts"], (l["ref"], qid, c)


def labels_for(letter, fname):
    return {"file": fname, "authority": AUTH[letter["auth"]]["name"], "reference": letter["ref"],
            "date": letter["date"], "received": letter["recv"], "regime": letter["regime"],
            "layout": f"{letter['style']} ({letter['fmt']})",
            "questions": [{"id": qid, "concepts": q["concepts"], "stance": q["stance"],
                           "exemptions": q["exemptions"], "facts": q["facts"]}
                          for qid, _, _, q in qids(letter)]}


def main():
    validate()
    for d in (HIST_DIR, DRAFT_DIR):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    os.makedirs(BUILD, exist_ok=True)
    truth = {"history": [], "drafts": []}
    for h in HISTORY:
        fn = render(h, HIST_DIR)
        truth["history"].append(labels_for(h, fn))
    draft_files = {}
    for d in DRAFTS:
        fn = render(d, DRAFT_DIR)
        draft_files[d["name"]] = fn
        truth["drafts"].append(labels_for(d, fn) | ({"as_of": d["as_of"]} if d["as_of"] else {}))
    drafts, totals = build_expect(draft_files)
    shutil.rmtree(BUILD, ignore_errors=True)
    expect = {"description": ("Set AF: four invented authorities (a Welsh unitary council, a northern police force, "
                              "an ambulance trust, a university); "
                              f"{len(HISTORY)} history letters 2017-2025, {len(DRAFTS)} drafts 2025-2026. "
                              "Round-robin families reworded year to year (plain words, jargon, prose, folded and "
                              "split questions), parts restarting vs merged lists, the same sentence asked in two "
                              "parts about different things, look-alikes asking for another measure, a FOIA s43(2) "
                              "to EIR reg12(5)(e) regime change, a bare incoming request and a back-dated (as_of) "
                              "check."),
              "drafts": drafts}
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
    by_kind = Counter()
    for (k, s), n in totals.items():
        by_kind[k] += n
    print("history:", len(HISTORY), "drafts:", len(DRAFTS))
    print("formats:", dict(Counter(l["fmt"] for l in HISTORY + DRAFTS)))
    print("findings:", sum(totals.values()), dict(by_kind))
    print("by severity:", {f"{k}/{s}": n for (k, s), n in sorted(totals.items())})


if __name__ == "__main__":
    main()
