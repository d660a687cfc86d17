#!/usr/bin/env python3
# Usage: python3 gen/gen.py [--verify FOICHECK] [--no-pdf]  (run from compare/testdata/eval; rewrites every scenario here and the cases in ../cases)
"""Generates the labelled evaluation set for matching and findings.

Every letter is built from a ground truth: which concept each question asks
(bank.CONCEPTS), the stance planted for it and the fact a released answer
states. The expected matches and findings in each expect.json come from that
truth and the contract's finding table (diff below), never from running
foicheck. --verify parses each written letter with a foicheck binary and
reports where the parser read something other than what was written, so
that only styles the parser reads are kept.

The output is deterministic for a fixed seed, except the PDFs: LibreOffice
stamps the time of the run into them (their text is the same every run).
"""

import sys

sys.dont_write_bytecode = True

import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from authorities import AUTHORITIES  # noqa: E402
from bank import CONCEPTS, FAMILIES, PART_HEADINGS  # noqa: E402
import render  # noqa: E402

SEED = 20241129

# Default exemption classes a withholding of each concept cites.
COMMERCIAL = {"cc.spend", "inb.spend", "cc.supplier", "inb.supplier", "bwv.cost", "cctv.cost", "cctv.maintainer",
              "drone.cost", "fleet.telematics", "fleet.lease", "lic.spend", "lic.reseller", "cyber.insurance",
              "ict.erp", "ict.budget", "fly.contract_value", "fly.contractor", "cc.duration", "cc.expiry",
              "inb.expiry", "cc.review", "inb.review", "ict.erp_expiry", "lic.renewal"}
PERSONAL = {"cc.contact", "inb.contact"}


def default_classes(concept, kind):
    if concept in PERSONAL:
        return ["personal"]
    if kind == "police" and concept not in {"cc.spend", "inb.spend", "bwv.cost", "drone.cost", "fleet.lease"}:
        return ["law"]
    if concept.startswith("cyber.") or concept in {"lic.antivirus", "ict.cloud", "ict.servicedesk"}:
        return ["law"]
    if concept in COMMERCIAL:
        return ["commercial"]
    return ["law"]


# The contract's finding table, applied to the ground truth.
def released(k):
    return k in ("released", "partial")


def held(k):
    return k in ("released", "partial", "withheld")


def diff(cur, prev, cur_value, prev_value):
    """Returns (kind, severity) or None, by the contract's table."""
    c, p = cur["kind"], prev["kind"]
    if c == "ncnd" and p != "ncnd":
        return None if p == "refused" else ("ncnd_inconsistent", "high")
    if p == "ncnd" and c != "ncnd":
        return None if c == "refused" else ("ncnd_inconsistent", "medium")
    if released(p) and c in ("withheld", "refused"):
        return ("newly_withheld", "high")
    if p == "released" and c == "partial":
        return ("partly_withheld", "medium")
    if p == "withheld" and released(c):
        return ("newly_released", "medium")
    if p == "withheld" and c == "withheld":
        if sorted(set(cur["classes"])) != sorted(set(prev["classes"])):
            return ("exemption_changed", "medium")
        return None
    if held(p) and c == "not_held":
        return ("held_status_changed", "high")
    if p == "not_held" and held(c):
        return ("held_status_changed", "medium")
    if p == "released" and c == "released" and cur_value != prev_value:
        return ("answer_changed", "low")
    return None


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.serial = {}
        self.stats = {"findings": {}, "no_finding": {}}

    # -- letters -----------------------------------------------------------

    def ref(self, auth_key, regime, year):
        a = AUTHORITIES[auth_key]
        n = self.serial.get((auth_key, year), self.r.randint(40, 400))
        n += self.r.randint(7, 160)
        self.serial[(auth_key, year)] = n
        if regime == "EIR" and "eir_ref" in a:
            return a["eir_ref"](year, n)
        return a["ref"](year, n)

    def pick_date(self, year, used, lo=None):
        while True:
            d = datetime.date(year, 1, 1) + datetime.timedelta(days=self.r.randint(10, 350))
            if lo and d <= lo:
                continue
            if d not in used:
                used.add(d)
                return d

    def layout(self, fam, drift=True, merged=False, wording=0):
        """The parts and concepts of one request of the family, with drift:
        a question removed, one inserted (renumbering the rest), two swapped."""
        f = FAMILIES[fam]
        parts = []
        for pkey, base in f["parts"]:
            qs = list(base)
            if drift:
                if len(qs) > 3 and self.r.random() < 0.25:
                    qs.pop(self.r.randrange(1, len(qs)))
                if f["extra"] and pkey is None and self.r.random() < 0.45:
                    qs.insert(min(2, len(qs)), self.r.choice(f["extra"]))
                if len(qs) > 2 and self.r.random() < 0.2:
                    i = self.r.randrange(0, len(qs) - 1)
                    qs[i], qs[i + 1] = qs[i + 1], qs[i]
            parts.append((pkey, qs))
        if merged:
            return [(None, [c for _, qs in parts for c in qs], True)]
        return [(pkey, qs, False) for pkey, qs in parts]

    def build(self, scen, auth_key, fam, date, regime, style, fmt, concept_parts, stances, values, wording,
              bare=False, answer_forms=None):
        a = AUTHORITIES[auth_key]
        letter = {"scen": scen, "auth_key": auth_key, "auth": a, "auth_name": a["name"], "kind": a["kind"],
                  "fam": fam, "title": FAMILIES[fam]["title"], "date": date,
                  "received": date - datetime.timedelta(days=self.r.randint(12, 28)),
                  "regime": regime, "style": style, "fmt": fmt, "variant": self.r.randint(0, 5),
                  "ref": "" if bare else self.ref(auth_key, regime, date.year), "parts": [], "bare": bare,
                  "requester": self.r.choice(["J. Hartley", "M. Okafor", "S. Lindqvist", "R. Patel", "A. Byrne"])}
        idx = 0
        for pkey, qs, merged in concept_parts:
            heading = None
            if pkey in PART_HEADINGS:
                heading = PART_HEADINGS[pkey][wording % len(PART_HEADINGS[pkey])]
            part = {"heading": heading, "qs": []}
            for n, cpt in enumerate(qs, 1):
                cd = CONCEPTS[cpt]
                text = cd["merged"] if merged and cd["merged"] else cd["texts"][wording % len(cd["texts"])]
                st = stances.get(cpt, {"kind": "none", "classes": []})
                v = values.get(cpt, 0) % len(cd["values"])
                forms = cd["answers"]
                form = (answer_forms or {}).get(cpt, self.r.randrange(len(forms)))
                rel = forms[form % len(forms)].replace("{v}", cd["values"][v])
                part["qs"].append({"concept": cpt, "text": text, "number": n, "stance": st, "value": v,
                                   "form": form, "released": rel, "detail": cd["detail"], "index": idx})
                idx += 1
            letter["parts"].append(part)
        return letter

    def qid_map(self, letter):
        out = {}
        for pi, p in enumerate(letter["parts"]):
            for q in p["qs"]:
                out[q["concept"]] = (f"P{pi + 1}.Q{q['number']}", q)
        return out

    def wording(self):
        """Round-robin requests come back mostly word for word: the usual
        wording half the time, a light rewording or a stronger one else."""
        x = self.r.random()
        return 0 if x < 0.5 else (1 if x < 0.8 else 2)

    # -- stances -----------------------------------------------------------

    def initial_stance(self, cpt, kind):
        x = self.r.random()
        if x < 0.62:
            return {"kind": "released", "classes": []}
        if x < 0.78:
            return {"kind": "withheld", "classes": default_classes(cpt, kind)}
        if x < 0.86:
            return {"kind": "not_held", "classes": []}
        if x < 0.92:
            return {"kind": "partial", "classes": default_classes(cpt, kind)}
        if x < 0.97:
            return {"kind": "ncnd", "classes": default_classes(cpt, kind)}
        return {"kind": "refused", "classes": []}

    def drift_stance(self, st, cpt, kind, year):
        if kind == "police" and year >= 2022 and (cpt.startswith(("cc.", "inb.", "ict.", "lic.", "cyber."))) \
                and st["kind"] == "released" and self.r.random() < 0.4:
            # National advice moved police forces to law enforcement and
            # national security for ICT detail.
            return {"kind": "withheld", "classes": self.r.choice([["law"], ["law", "security"]])}
        if self.r.random() < 0.2:
            return self.initial_stance(cpt, kind)
        return st

    # -- scenarios ---------------------------------------------------------

    def scenario(self, name, spec):
        """History letters in date order per authority, with stances and
        facts that drift; then the drafts, with planted departures."""
        used = set()
        hist = []
        for auth_key, fam, years, opts in spec["history"]:
            a = AUTHORITIES[auth_key]
            state, values = {}, {}
            force = opts.get("force", {})
            for i, y in enumerate(years):
                date = self.pick_date(y, used)
                regime = letter_regime(auth_key, fam, y, self.r, opts)
                merged = fam == "cc" and (i in opts.get("merged", []))
                parts = self.layout(fam, merged=merged)
                if i in opts.get("add", {}):
                    for cpt in opts["add"][i]:
                        if all(cpt not in qs for _, qs, _ in parts):
                            parts[0][1].insert(min(2, len(parts[0][1])), cpt)
                for cpt, where in opts.get("only", {}).items():
                    for _, qs, _ in parts:
                        if cpt in qs and i not in where:
                            qs.remove(cpt)
                    if i in where and all(cpt not in qs for _, qs, _ in parts):
                        parts[0][1].insert(min(2, len(parts[0][1])), cpt)
                concepts = [c for _, qs, _ in parts for c in qs]
                for cpt in concepts:
                    if cpt not in state:
                        state[cpt] = self.initial_stance(cpt, a["kind"])
                        values[cpt] = self.r.randrange(len(CONCEPTS[cpt]["values"]))
                    else:
                        state[cpt] = self.drift_stance(state[cpt], cpt, a["kind"], y)
                        if self.r.random() < 0.2:
                            values[cpt] = self.r.randrange(len(CONCEPTS[cpt]["values"]))
                    if (i, cpt) in force:
                        state[cpt] = dict(force[(i, cpt)])
                    elif ("all", cpt) in force:
                        state[cpt] = dict(force[("all", cpt)])
                style, fmt = self.pick_style(parts, opts, i, history=True)
                wording = 0 if y < 2021 else self.wording()
                stances = {c: dict(state[c]) for c in concepts}
                if style == "decision":
                    cls = {tuple(stances[c]["classes"]) for c in concepts if stances[c]["kind"] == "withheld"}
                    if len(cls) != 1:
                        style = "quoted"
                lt = self.build(name, auth_key, fam, date, regime, style, fmt, parts, stances,
                                {c: values[c] for c in concepts}, wording)
                hist.append(lt)
        drafts = []
        for d in spec["drafts"]:
            drafts.append(self.draft(name, d, hist, used))
        return hist, drafts

    def pick_style(self, parts, opts, i, history):
        multi = len(parts) > 1
        styles = ["quoted", "qa", "interleaved", "decision"] if multi else \
            ["quoted", "qa", "interleaved", "decision", "youasked", "table"]
        style = self.r.choice(styles)
        fmt = "txt"
        if style in ("youasked", "table"):
            fmt = "md"
        else:
            x = self.r.random()
            if x < 0.12:
                fmt = "html"
            elif x < 0.2:
                fmt = "md"
        if "style" in opts and i in opts["style"]:
            style, fmt = opts["style"][i]
        return style, fmt

    def draft(self, scen, d, hist, used):
        auth_key, fam = d["auth"], d["fam"]
        a = AUTHORITIES[auth_key]
        y = d["year"]
        date = self.pick_date(y, used)
        as_of = d.get("as_of")
        bound = as_of or date
        regime = d.get("regime") or letter_regime(auth_key, fam, y, self.r, {})
        parts = self.layout(fam, merged=d.get("merged", False))
        for cpt in d.get("add", []):
            if all(cpt not in qs for _, qs, _ in parts):
                parts[0][1].insert(min(2, len(parts[0][1])), cpt)
        for cpt in d.get("drop", []):
            for _, qs, _ in parts:
                if cpt in qs:
                    qs.remove(cpt)
        concepts = [c for _, qs, _ in parts for c in qs]
        earlier = [lt for lt in hist if lt["date"] < bound and (d.get("all") or lt["auth_key"] == auth_key)]
        earlier.sort(key=lambda lt: lt["date"])
        matches, prec = {}, {}
        for cpt in concepts:
            for lt in earlier:
                m = self.qid_map(lt)
                if cpt in m:
                    matches.setdefault(cpt, []).append(f"{lt['ref']} {m[cpt][0]}")
                    prec[cpt] = (lt, m[cpt][0], m[cpt][1])
        stances, values, forms, findings, notes = {}, {}, {}, {}, {}
        for cpt in concepts:
            if cpt not in prec:
                stances[cpt] = self.initial_stance(cpt, a["kind"])
                values[cpt] = self.r.randrange(len(CONCEPTS[cpt]["values"]))
                continue
            _, _, pq = prec[cpt]
            st, v, form, note = self.plant(cpt, pq, a["kind"], d)
            if cpt in d.get("force", {}):
                st = dict(d["force"][cpt])
            stances[cpt], values[cpt], notes[cpt] = st, v, note
            if form is not None:
                forms[cpt] = form
        style = d.get("style") or self.pick_style(parts, {}, 0, history=False)[0]
        fmt = d.get("fmt")
        if not fmt:
            fmt = "md" if style in ("youasked", "table") else self.r.choice(["txt", "txt", "md", "html"])
        if d.get("bare"):
            style, fmt = "request", d.get("fmt", "txt")
        if style == "decision":
            cls = {tuple(stances[c]["classes"]) for c in concepts if stances[c]["kind"] == "withheld"}
            if len(cls) != 1:
                style = "quoted"
        wording = d.get("wording", self.wording())
        lt = self.build(scen, auth_key, fam, date, regime, style, fmt, parts, stances, values, wording,
                        bare=d.get("bare", False), answer_forms=forms)
        qm = self.qid_map(lt)
        exp = {"matches": {}, "findings": []}
        if as_of:
            exp["as_of"] = as_of.isoformat()
        if d.get("all"):
            exp["all_authorities"] = True
        if d.get("consistent"):
            exp["consistent"] = True
        for cpt in concepts:
            qid = qm[cpt][0]
            if cpt in matches:
                exp["matches"][qid] = matches[cpt]
            if cpt in prec and not d.get("bare"):
                plt, pqid, pq = prec[cpt]
                f = diff(stances[cpt], pq["stance"], values[cpt], pq["value"])
                if f:
                    exp["findings"].append({"kind": f[0], "severity": f[1], "question_id": qid,
                                            "precedent": f"{plt['ref']} {pqid}"})
                    self.stats["findings"][f[0] + "/" + f[1]] = self.stats["findings"].get(f[0] + "/" + f[1], 0) + 1
                elif pq["stance"]["kind"] == "withheld" and stances[cpt]["kind"] == "withheld" and plt["regime"] != regime:
                    self.stats["no_finding"]["regime equivalent"] = self.stats["no_finding"].get("regime equivalent", 0) + 1
                elif notes.get(cpt):
                    self.stats["no_finding"][notes[cpt]] = self.stats["no_finding"].get(notes[cpt], 0) + 1
                if not f and pq["stance"]["kind"] == "withheld" and stances[cpt]["kind"] == "withheld":
                    older = [x for x in earlier if x["date"] < plt["date"] and cpt in self.qid_map(x)
                             and released(self.qid_map(x)[cpt][1]["stance"]["kind"])]
                    if older:
                        self.stats["no_finding"]["withheld again after an older release"] = \
                            self.stats["no_finding"].get("withheld again after an older release", 0) + 1
        lt["expect"] = exp
        return lt

    # Planting: the departures a draft makes from its precedent, spread so
    # that every row of the table is covered several times.
    QUOTA = {"newly_withheld": 9, "partly_withheld": 7, "newly_released": 7, "exemption_changed": 7,
             "held_high": 5, "held_medium": 5, "ncnd_high": 5, "ncnd_medium": 5, "answer_changed": 9,
             "refused_unnamed": 6}

    def plant(self, cpt, pq, kind, d):
        p = pq["stance"]
        v = pq["value"]
        nvals = len(CONCEPTS[cpt]["values"])
        same_form = (pq["form"] + 1 + self.r.randrange(3)) % len(CONCEPTS[cpt]["answers"])
        if d.get("consistent") or d.get("bare") or self.r.random() > d.get("plant", 0.38):
            note = "reworded released answer" if p["kind"] == "released" and same_form != pq["form"] else None
            return dict(p), v, same_form, note
        dc = default_classes(cpt, kind)
        other = [c for c in (["law"], ["commercial"], ["law", "security"], ["personal"]) if sorted(c) != sorted(p["classes"])]
        opts = []
        pk = p["kind"]
        if pk == "released":
            opts += [("newly_withheld", {"kind": self.r.choice(["withheld", "withheld", "refused"]), "classes": dc}),
                     ("partly_withheld", {"kind": "partial", "classes": dc}),
                     ("held_high", {"kind": "not_held", "classes": []}),
                     ("ncnd_high", {"kind": "ncnd", "classes": dc})]
            if nvals > 1:
                opts.append(("answer_changed", {"kind": "released", "classes": []}))
        elif pk == "partial":
            opts += [("newly_withheld", {"kind": "withheld", "classes": p["classes"] or dc}),
                     ("held_high", {"kind": "not_held", "classes": []}),
                     ("ncnd_high", {"kind": "ncnd", "classes": dc})]
        elif pk == "withheld":
            opts += [("exemption_changed", {"kind": "withheld", "classes": self.r.choice(other)}),
                     ("newly_released", {"kind": self.r.choice(["released", "partial"]), "classes": p["classes"]}),
                     ("held_high", {"kind": "not_held", "classes": []}),
                     ("ncnd_high", {"kind": "ncnd", "classes": p["classes"]}),
                     ("refused_unnamed", {"kind": "refused", "classes": []})]
        elif pk == "ncnd":
            opts += [("ncnd_medium", {"kind": self.r.choice(["released", "withheld", "not_held"]), "classes": dc})]
        elif pk == "not_held":
            opts += [("held_medium", {"kind": self.r.choice(["released", "withheld"]), "classes": dc}),
                     ("ncnd_high", {"kind": "ncnd", "classes": dc}),
                     ("refused_unnamed", {"kind": "refused", "classes": []})]
        elif pk == "refused":
            opts += [("refused_unnamed", {"kind": self.r.choice(["released", "not_held"]), "classes": []})]
        if not opts:
            return dict(p), v, same_form, None
        have = self.stats.setdefault("planted", {})
        opts.sort(key=lambda o: (have.get(o[0], 0) - self.QUOTA[o[0]], self.r.random()))
        name, st = opts[0]
        have[name] = have.get(name, 0) + 1
        if st["kind"] == "withheld" and not st["classes"]:
            st["classes"] = dc
        nv = v
        if name == "answer_changed":
            nv = (v + 1 + self.r.randrange(nvals - 1)) % nvals
        elif st["kind"] in ("released", "partial") and nvals > 1 and self.r.random() < 0.3:
            nv = v if pk in ("released", "partial") else self.r.randrange(nvals)
        return st, nv, same_form, ("refused change the table does not name" if name == "refused_unnamed" else None)


def letter_regime(auth_key, fam, year, r, opts):
    if "regimes" in opts:
        return opts["regimes"].get(year, AUTHORITIES[auth_key]["regime"])
    a = AUTHORITIES[auth_key]
    if a["regime"] == "FOISA":
        return "FOISA"
    if fam == "fly":
        return "FOIA" if (auth_key == "ellerby" and year <= 2020) else "EIR"
    if auth_key == "solway":
        return r.choice(["FOIA", "FOISA"])
    return "FOIA"


W = lambda *cls: {"kind": "withheld", "classes": list(cls)}  # noqa: E731
REL = {"kind": "released", "classes": []}
D = datetime.date

# The scenarios. history: (authority, family, years, options); options may
# force a stance in letter i ((i, concept) or ("all", concept)), keep a
# concept only in some letters ("only"), number a two-part request as one
# list ("merged"), or fix the regime by year. drafts: what each draft asks
# and how it may depart ("plant" is the share of questions given a planted
# departure; "force" fixes a draft stance).
SCENARIOS = {
    "roundrobin-contact-centre": {
        "description": "The contact-centre and inbound-network round-robin (two parts asking the same sentences about "
                       "two contracts) answered by five authorities over 2018-2025, some rounds numbered as one list; "
                       "Brennock's staff letters ask about control-room call handlers, which are not contact-centre agents. "
                       "Another authority's history is ignored unless all_authorities.",
        "history": [
            ("brennock", "cc", [2018, 2019, 2020, 2022, 2023], {"merged": [2]}),
            ("brennock", "staff_police", [2019, 2021, 2023, 2024], {}),
            ("skelmoor", "cc", [2019, 2021, 2022, 2023, 2024], {"merged": [0]}),
            ("ellerby", "cc", [2018, 2019, 2021, 2023, 2024], {"merged": [2]}),
            ("meddon", "cc", [2018, 2020, 2022, 2023, 2025], {}),
            ("tamsworth", "cc", [2019, 2021, 2022, 2024], {"merged": [2]}),
        ],
        "drafts": [
            {"auth": "brennock", "fam": "cc", "year": 2024, "style": "decision", "fmt": "txt", "plant": 0.5},
            {"auth": "brennock", "fam": "cc", "year": 2025, "consistent": True, "fmt": "md", "style": "quoted"},
            {"auth": "brennock", "fam": "staff_police", "year": 2025, "add": [], "style": "qa", "fmt": "txt"},
            {"auth": "skelmoor", "fam": "cc", "year": 2025, "plant": 0.5, "style": "interleaved", "fmt": "txt"},
            {"auth": "ellerby", "fam": "cc", "year": 2025, "bare": True},
            {"auth": "meddon", "fam": "cc", "year": 2024, "style": "qa", "fmt": "html", "merged": True, "plant": 0.5},
            {"auth": "tamsworth", "fam": "cc", "year": 2025, "all": True, "style": "quoted", "fmt": "txt", "plant": 0.4},
            {"auth": "ellerby", "fam": "cc", "year": 2025, "style": "quoted", "fmt": "txt", "plant": 0.5},
        ],
    },
    "brennock-constabulary": {
        "description": "A police force's history of body-worn video, drones, fleet, cyber, licences and CCTV requests, "
                       "2018-2025; CCTV questions must not match body-worn video ones; the storage platform was released, "
                       "then withheld, and a draft that withholds again follows its most recent precedent.",
        "history": [
            ("brennock", "bwv", [2018, 2019, 2021, 2023, 2024],
             {"force": {(0, "bwv.storage"): REL, (1, "bwv.storage"): REL, (2, "bwv.storage"): REL,
                        (3, "bwv.storage"): W("law"), (4, "bwv.storage"): W("law")},
              "only": {"bwv.storage": [0, 1, 2, 3, 4]}}),
            ("brennock", "drones", [2019, 2020, 2022, 2024, 2025], {}),
            ("brennock", "fleet", [2018, 2020, 2022, 2023, 2024], {}),
            ("brennock", "cyber", [2019, 2021, 2022, 2023, 2025], {}),
            ("brennock", "lic", [2018, 2021, 2023, 2024, 2025], {}),
            ("brennock", "cctv", [2020, 2022, 2023, 2024], {}),
        ],
        "drafts": [
            {"auth": "brennock", "fam": "bwv", "year": 2025, "force": {"bwv.storage": W("law")}, "add": ["bwv.storage"]},
            {"auth": "brennock", "fam": "drones", "year": 2025, "plant": 0.6},
            {"auth": "brennock", "fam": "fleet", "year": 2025, "consistent": True},
            {"auth": "brennock", "fam": "cyber", "year": 2024, "plant": 0.5},
            {"auth": "brennock", "fam": "lic", "year": 2025, "plant": 0.5},
            {"auth": "brennock", "fam": "cctv", "year": 2025, "plant": 0.4},
            {"auth": "brennock", "fam": "bwv", "year": 2026, "bare": True, "fmt": "md"},
        ],
    },
    "skelmoor-police": {
        "description": "A police force: body-worn video, drones, staff numbers (control-room call handlers) and ICT "
                       "contracts, 2018-2025, with rewording, inserted and swapped questions.",
        "history": [
            ("skelmoor", "bwv", [2018, 2019, 2020, 2022, 2023, 2025], {}),
            ("skelmoor", "drones", [2018, 2019, 2021, 2023, 2024], {}),
            ("skelmoor", "staff_police", [2019, 2020, 2022, 2023, 2024], {}),
            ("skelmoor", "ict", [2018, 2020, 2021, 2023, 2025], {}),
            ("skelmoor", "cyber", [2019, 2021, 2023, 2024], {}),
        ],
        "drafts": [
            {"auth": "skelmoor", "fam": "bwv", "year": 2024, "plant": 0.5},
            {"auth": "skelmoor", "fam": "drones", "year": 2025, "plant": 0.5},
            {"auth": "skelmoor", "fam": "staff_police", "year": 2025, "consistent": True},
            {"auth": "skelmoor", "fam": "ict", "year": 2026, "plant": 0.5},
            {"auth": "skelmoor", "fam": "cyber", "year": 2025, "plant": 0.5},
            {"auth": "skelmoor", "fam": "ict", "year": 2024, "bare": True},
        ],
    },
    "ellerby-borough-council": {
        "description": "A borough council: fly-tipping (under FOIA until 2020, then the EIR: s43(2) before and "
                       "reg12(5)(e) now is no finding), CCTV (not the covert fly-tipping cameras), fleet, licences and "
                       "ICT contracts.",
        "history": [
            ("ellerby", "fly", [2018, 2019, 2020, 2022, 2023, 2024],
             {"force": {("all", "fly.contract_value"): W("commercial")}, "only": {"fly.contract_value": [2]},
              "add": {0: ["fly.cameras"], 3: ["fly.cameras"]}}),
            ("ellerby", "cctv", [2018, 2020, 2022, 2023, 2024], {}),
            ("ellerby", "fleet", [2019, 2021, 2023, 2025], {}),
            ("ellerby", "lic", [2019, 2020, 2022, 2024], {}),
            ("ellerby", "ict", [2018, 2019, 2021, 2023, 2025], {}),
        ],
        "drafts": [
            {"auth": "ellerby", "fam": "fly", "year": 2025, "add": ["fly.contract_value"],
             "force": {"fly.contract_value": W("commercial")}, "plant": 0.4, "style": "table"},
            {"auth": "ellerby", "fam": "cctv", "year": 2025, "plant": 0.5},
            {"auth": "ellerby", "fam": "fleet", "year": 2024, "plant": 0.5},
            {"auth": "ellerby", "fam": "lic", "year": 2025, "consistent": True},
            {"auth": "ellerby", "fam": "ict", "year": 2024, "plant": 0.5, "as_of": D(2023, 6, 30)},
            {"auth": "ellerby", "fam": "fly", "year": 2026, "bare": True},
        ],
    },
    "corringham-district-council": {
        "description": "A district council: fly-tipping under the EIR, CCTV, cyber incidents and staff numbers.",
        "history": [
            ("corringham", "fly", [2018, 2019, 2021, 2022, 2024, 2025], {"add": {1: ["fly.cameras"]}}),
            ("corringham", "cctv", [2019, 2020, 2021, 2023, 2025], {}),
            ("corringham", "cyber", [2018, 2020, 2022, 2024, 2025], {}),
            ("corringham", "staff_council", [2018, 2019, 2021, 2023, 2024], {}),
            ("corringham", "lic", [2019, 2020, 2022, 2024], {}),
        ],
        "drafts": [
            {"auth": "corringham", "fam": "fly", "year": 2024, "plant": 0.5},
            {"auth": "corringham", "fam": "cctv", "year": 2025, "plant": 0.5, "add": ["cctv.faults"]},
            {"auth": "corringham", "fam": "cyber", "year": 2025, "plant": 0.5},
            {"auth": "corringham", "fam": "staff_council", "year": 2025, "consistent": True},
            {"auth": "corringham", "fam": "lic", "year": 2025, "plant": 0.5},
        ],
    },
    "nhs-trusts": {
        "description": "Two NHS trusts answering the same cyber, licence, staffing and ICT round-robins; each trust's "
                       "draft matches its own history only, except the draft checked with all_authorities.",
        "history": [
            ("meddon", "cyber", [2018, 2019, 2020, 2022, 2023, 2025], {}),
            ("meddon", "lic", [2018, 2019, 2021, 2023, 2024], {}),
            ("meddon", "staff_nhs", [2018, 2020, 2022, 2023, 2024], {}),
            ("meddon", "ict", [2019, 2020, 2022, 2024], {}),
            ("tamsworth", "cyber", [2019, 2021, 2023, 2024], {}),
            ("tamsworth", "lic", [2018, 2020, 2022, 2023, 2025], {}),
            ("tamsworth", "staff_nhs", [2019, 2021, 2023, 2025], {}),
            ("tamsworth", "ict", [2018, 2020, 2023, 2025], {}),
        ],
        "drafts": [
            {"auth": "meddon", "fam": "cyber", "year": 2024, "plant": 0.5},
            {"auth": "meddon", "fam": "lic", "year": 2025, "plant": 0.5},
            {"auth": "meddon", "fam": "staff_nhs", "year": 2025, "consistent": True},
            {"auth": "meddon", "fam": "ict", "year": 2025, "plant": 0.5},
            {"auth": "tamsworth", "fam": "cyber", "year": 2025, "plant": 0.5},
            {"auth": "tamsworth", "fam": "lic", "year": 2026, "consistent": True},
            {"auth": "tamsworth", "fam": "staff_nhs", "year": 2024, "all": True, "plant": 0.4},
            {"auth": "tamsworth", "fam": "ict", "year": 2025, "bare": True, "fmt": "md"},
        ],
    },
    "inverbrae-council": {
        "description": "A Scottish council answering under FOISA: CCTV, cyber, licences and fleet.",
        "history": [
            ("inverbrae", "cctv", [2018, 2019, 2020, 2021, 2023, 2024], {}),
            ("inverbrae", "cyber", [2019, 2020, 2021, 2022, 2024], {}),
            ("inverbrae", "lic", [2018, 2020, 2021, 2023, 2025], {}),
            ("inverbrae", "fleet", [2019, 2020, 2022, 2023, 2024], {}),
        ],
        "drafts": [
            {"auth": "inverbrae", "fam": "cctv", "year": 2025, "plant": 0.5},
            {"auth": "inverbrae", "fam": "cyber", "year": 2025, "plant": 0.5},
            {"auth": "inverbrae", "fam": "lic", "year": 2024, "plant": 0.5},
            {"auth": "inverbrae", "fam": "fleet", "year": 2025, "consistent": True},
        ],
    },
    "solway-ports-police": {
        "description": "A cross-border ports police answering under FOIA for its English ports and FOISA for its "
                       "Scottish ones: s31 before and FOISA s35 now is the same stance.",
        "history": [
            ("solway", "bwv", [2018, 2020, 2021, 2023, 2024],
             {"regimes": {2018: "FOIA", 2020: "FOISA", 2021: "FOIA", 2023: "FOISA", 2024: "FOIA"},
              "force": {(4, "bwv.supplier"): W("law"), (4, "bwv.storage"): W("law")},
              "only": {"bwv.supplier": [0, 1, 2, 3, 4], "bwv.storage": [0, 1, 2, 3, 4]}}),
            ("solway", "drones", [2019, 2021, 2022, 2023, 2024],
             {"regimes": {2019: "FOIA", 2021: "FOISA", 2022: "FOISA", 2023: "FOIA", 2024: "FOIA"},
              "force": {(4, "drone.model"): W("law")}, "only": {"drone.model": [0, 1, 2, 3, 4]}}),
            ("solway", "cctv", [2019, 2022, 2023, 2024], {"regimes": {2019: "FOIA", 2022: "FOISA", 2023: "FOISA", 2024: "FOIA"}}),
        ],
        "drafts": [
            {"auth": "solway", "fam": "bwv", "year": 2025, "regime": "FOISA", "add": ["bwv.supplier", "bwv.storage"],
             "force": {"bwv.supplier": W("law"), "bwv.storage": W("law")}, "plant": 0.4},
            {"auth": "solway", "fam": "drones", "year": 2025, "regime": "FOISA", "add": ["drone.model"],
             "force": {"drone.model": W("law")}, "plant": 0.4},
            {"auth": "solway", "fam": "cctv", "year": 2025, "regime": "FOIA", "plant": 0.5},
            {"auth": "solway", "fam": "bwv", "year": 2026, "regime": "FOIA", "consistent": True},
        ],
    },
}


def NH():
    return {"kind": "not_held", "classes": []}


def NCND(cl="law"):
    return {"kind": "ncnd", "classes": [cl]}


def PART(cl="commercial"):
    return {"kind": "partial", "classes": [cl]}


# The data-driven cases: one per row of the finding table and four that must
# give no finding or no match. Each letter: (authority, family, date,
# regime, style, format, wording, parts, stances, values, answer forms);
# parts are (part key, concepts); a stance or value not given is released,
# value 0.
CASES = {
    "newly-withheld": {
        "description": "Supplier and cost of body-worn video released in 2021 and 2023; the 2025 draft withholds both.",
        "history": [("brennock", "bwv", D(2021, 3, 9), "FOIA", "quoted", "txt", 0,
                     [(None, ["bwv.count", "bwv.supplier", "bwv.cost", "bwv.retention"])], {}, {}, {}),
                    ("brennock", "bwv", D(2023, 5, 17), "FOIA", "qa", "txt", 0,
                     [(None, ["bwv.count", "bwv.supplier", "bwv.cost", "bwv.retention"])], {}, {}, {})],
        "draft": ("brennock", "bwv", D(2025, 2, 4), "FOIA", "quoted", "txt", 0,
                  [(None, ["bwv.count", "bwv.supplier", "bwv.cost", "bwv.retention"])],
                  {"bwv.supplier": W("law"), "bwv.cost": W("commercial")}, {}, {"bwv.count": 1, "bwv.retention": 1}),
    },
    "partly-withheld": {
        "description": "Licence spend released in full in 2022; the 2024 draft gives the total but withholds the breakdown.",
        "history": [("meddon", "lic", D(2022, 6, 14), "FOIA", "interleaved", "txt", 0,
                     [(None, ["lic.m365", "lic.spend", "lic.reseller"])], {}, {}, {})],
        "draft": ("meddon", "lic", D(2024, 7, 2), "FOIA", "interleaved", "md", 0,
                  [(None, ["lic.m365", "lic.spend", "lic.reseller"])], {"lic.spend": PART()}, {}, {}),
    },
    "newly-released": {
        "description": "The CCTV monitoring cost withheld under s43(2) in 2021 is released in the 2025 draft.",
        "history": [("corringham", "cctv", D(2021, 10, 5), "FOIA", "qa", "txt", 0,
                     [(None, ["cctv.count", "cctv.cost", "cctv.operators"])], {"cctv.cost": W("commercial")}, {}, {})],
        "draft": ("corringham", "cctv", D(2025, 1, 21), "FOIA", "youasked", "md", 0,
                  [(None, ["cctv.count", "cctv.cost", "cctv.operators"])], {}, {}, {"cctv.count": 2}),
    },
    "exemption-changed": {
        "description": "The ERP supplier withheld under s43(2) in 2020 is withheld in the draft under s31 and s24 instead.",
        "history": [("skelmoor", "ict", D(2020, 9, 28), "FOIA", "quoted", "txt", 0,
                     [(None, ["ict.erp", "ict.erp_expiry", "ict.servicedesk"])], {"ict.erp": W("commercial")}, {}, {})],
        "draft": ("skelmoor", "ict", D(2024, 11, 12), "FOIA", "quoted", "txt", 0,
                  [(None, ["ict.erp", "ict.erp_expiry", "ict.servicedesk"])], {"ict.erp": W("law", "security")}, {}, {}),
    },
    "held-status-changed": {
        "description": "Both directions: agency nurses released in 2022 and said not held in the draft (high); the "
                       "switchboard count not held in 2022 and released in the draft (medium).",
        "history": [("tamsworth", "staff_nhs", D(2022, 4, 26), "FOIA", "qa", "txt", 0,
                     [(None, ["staff.agency_nurses", "staff.agency_spend", "staff.switchboard"])],
                     {"staff.switchboard": NH()}, {}, {})],
        "draft": ("tamsworth", "staff_nhs", D(2024, 8, 8), "FOIA", "qa", "txt", 0,
                  [(None, ["staff.agency_nurses", "staff.agency_spend", "staff.switchboard"])],
                  {"staff.agency_nurses": NH()}, {}, {}),
    },
    "ncnd-inconsistent": {
        "description": "Both directions: the drone count released in 2023 is neither confirmed nor denied in the draft "
                       "(high); deployments NCND in 2023 are released in the draft (medium).",
        "history": [("brennock", "drones", D(2023, 3, 15), "FOIA", "quoted", "txt", 0,
                     [(None, ["drone.count", "drone.model", "drone.deployments"])],
                     {"drone.deployments": NCND()}, {}, {})],
        "draft": ("brennock", "drones", D(2025, 6, 3), "FOIA", "quoted", "txt", 0,
                  [(None, ["drone.count", "drone.model", "drone.deployments"])],
                  {"drone.count": NCND()}, {}, {}),
    },
    "answer-changed": {
        "description": "Released both times, but the fleet size and the telematics supplier differ.",
        "history": [("ellerby", "fleet", D(2022, 2, 10), "FOIA", "table", "md", 0,
                     [(None, ["fleet.total", "fleet.ev", "fleet.telematics"])], {}, {}, {})],
        "draft": ("ellerby", "fleet", D(2024, 3, 19), "FOIA", "table", "md", 0,
                  [(None, ["fleet.total", "fleet.ev", "fleet.telematics"])], {}, {"fleet.total": 2, "fleet.telematics": 2}, {}),
    },
    "no-finding-regime-equivalent": {
        "description": "The clearance contract's value withheld under FOIA s43(2) in 2020 and under EIR reg12(5)(e) in the draft: the same stance.",
        "history": [("ellerby", "fly", D(2020, 8, 13), "FOIA", "qa", "txt", 0,
                     [(None, ["fly.incidents", "fly.contract_value", "fly.contractor"])],
                     {"fly.contract_value": W("commercial")}, {}, {})],
        "draft": ("ellerby", "fly", D(2024, 9, 24), "EIR", "qa", "txt", 0,
                  [(None, ["fly.incidents", "fly.contract_value", "fly.contractor"])],
                  {"fly.contract_value": W("commercial")}, {}, {"fly.incidents": 0, "fly.contractor": 0}),
    },
    "no-finding-reworded-answer": {
        "description": "The same figures and names released again in other words: no answer_changed.",
        "history": [("inverbrae", "fleet", D(2022, 5, 30), "FOISA", "interleaved", "txt", 0,
                     [(None, ["fleet.total", "fleet.ev", "fleet.telematics", "fleet.fuel"])], {}, {},
                     {"fleet.total": 0, "fleet.ev": 0, "fleet.telematics": 0, "fleet.fuel": 0})],
        "draft": ("inverbrae", "fleet", D(2024, 6, 11), "FOISA", "interleaved", "txt", 0,
                  [(None, ["fleet.total", "fleet.ev", "fleet.telematics", "fleet.fuel"])], {}, {},
                  {"fleet.total": 1, "fleet.ev": 2, "fleet.telematics": 3, "fleet.fuel": 1}),
    },
    "two-parts-same-sentence": {
        "description": "The same sentences asked about contact-centre contracts (part 1) and inbound-network contracts "
                       "(part 2); each matches its own part, and the inbound supplier now withheld is a finding "
                       "against part 2 of the earlier letter.",
        "history": [("skelmoor", "cc", D(2023, 4, 18), "FOIA", "quoted", "txt", 0,
                     [("cc", ["cc.supplier", "cc.expiry", "cc.review", "cc.contact"]),
                      ("inb", ["inb.supplier", "inb.expiry", "inb.review", "inb.contact"])], {}, {"inb.expiry": 1}, {})],
        "draft": ("skelmoor", "cc", D(2025, 3, 6), "FOIA", "quoted", "txt", 0,
                  [("cc", ["cc.supplier", "cc.expiry", "cc.review", "cc.contact"]),
                   ("inb", ["inb.supplier", "inb.expiry", "inb.review", "inb.contact"])],
                  {"inb.supplier": W("law")}, {"inb.expiry": 1}, {}),
    },
    "lookalike-not-matched": {
        "description": "A CCTV draft: CCTV cameras are not body-worn video cameras and CCTV operators are not "
                       "control-room call handlers; only the earlier CCTV letter matches.",
        "history": [("brennock", "cctv", D(2021, 7, 7), "FOIA", "qa", "txt", 0,
                     [(None, ["cctv.count", "cctv.operators", "cctv.cost"])], {}, {}, {}),
                    ("brennock", "bwv", D(2022, 11, 1), "FOIA", "qa", "txt", 0,
                     [(None, ["bwv.count", "bwv.supplier", "bwv.retention"])], {}, {}, {}),
                    ("brennock", "staff_police", D(2023, 9, 19), "FOIA", "qa", "txt", 0,
                     [(None, ["staff.call_handlers", "staff.pcsos"])], {}, {}, {})],
        "draft": ("brennock", "cctv", D(2025, 4, 15), "FOIA", "qa", "txt", 0,
                  [(None, ["cctv.count", "cctv.operators", "cctv.cost"])], {}, {}, {}),
    },
}


def make_cases(g, root, pdf_queue):
    written = []
    for name, spec in CASES.items():
        built = []
        for (auth, fam, date, regime, style, fmt, wording, parts, st, val, forms) in spec["history"] + [spec["draft"]]:
            stances = {c: dict(st.get(c, REL)) for _, qs in parts for c in qs}
            values = {c: val.get(c, 0) for _, qs in parts for c in qs}
            lt = g.build(name, auth, fam, date, regime, style, fmt, [(p, qs, False) for p, qs in parts], stances,
                         values, wording, answer_forms={c: forms.get(c, 0) for _, qs in parts for c in qs})
            built.append(lt)
        hist, draft = built[:-1], built[-1]
        exp = {"matches": {}, "findings": []}
        for cpt, (qid, q) in g.qid_map(draft).items():
            prev = None
            for lt in sorted(hist, key=lambda x: x["date"]):
                m = g.qid_map(lt)
                if lt["auth_key"] == draft["auth_key"] and lt["date"] < draft["date"] and cpt in m:
                    exp["matches"].setdefault(qid, []).append(f"{lt['ref']} {m[cpt][0]}")
                    prev = (lt, m[cpt])
            if prev:
                f = diff(q["stance"], prev[1][1]["stance"], q["value"], prev[1][1]["value"])
                if f:
                    exp["findings"].append({"kind": f[0], "severity": f[1], "question_id": qid,
                                            "precedent": f"{prev[0]['ref']} {prev[1][0]}"})
        draft["expect"] = exp
        written += write_letters(g, root, name, spec["description"], hist, [draft], pdf_queue)
    return written


def ext_of(letter):
    return {"txt": "txt", "md": "md", "html": "html", "pdf": "txt"}[letter["fmt"]]


def file_name(letter, taken):
    base = f"{letter['auth_key']}-{letter['fam'].replace('_', '-')}-{letter['date'].isoformat()}"
    if letter["bare"]:
        base += "-request"
    name = base
    while name in taken:
        name += "b"
    taken.add(name)
    return name


def write_letters(g, root, name, description, hist, drafts, pdf_queue):
    d = os.path.join(root, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(os.path.join(d, "history"))
    os.makedirs(os.path.join(d, "drafts"))
    taken = set()
    expect = {"description": description, "drafts": {}}
    written = []
    for sub, letters in (("history", hist), ("drafts", drafts)):
        for lt in letters:
            base = file_name(lt, taken)
            path = os.path.join(d, sub, base + "." + ext_of(lt))
            with open(path, "w", encoding="utf-8") as f:
                f.write(render.render(lt))
            final = path
            if lt["fmt"] == "pdf":
                pdf_queue.append(path)
                final = path[:-4] + ".pdf"
            lt["path"] = final
            written.append(lt)
            key = "drafts" if sub == "drafts" else "letters"
            st = g.stats.setdefault("cases" if os.path.basename(root) == "cases" else "eval", {})
            st[key] = st.get(key, 0) + 1
            for k, v in (("formats", lt["fmt"]), ("styles", lt["style"]), ("authorities", lt["auth_name"]),
                         ("regimes", lt["regime"])):
                st.setdefault(k, {})
                st[k][v] = st[k].get(v, 0) + 1
            if sub == "drafts":
                expect["drafts"][os.path.basename(final)] = lt["expect"]
    with open(os.path.join(d, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, indent=2, sort_keys=True)
        f.write("\n")
    return written


def make_pdfs(paths):
    """Converts the queued text letters to PDF with LibreOffice, one run
    per folder, and removes the text they were made from."""
    by_dir = {}
    for p in paths:
        by_dir.setdefault(os.path.dirname(p), []).append(p)
    with tempfile.TemporaryDirectory() as prof:
        for d, files in sorted(by_dir.items()):
            subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}/lo", "--headless", "--convert-to", "pdf",
                            "--outdir", d] + sorted(files), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600)
            for f in files:
                if not os.path.exists(f[:-4] + ".pdf"):
                    raise SystemExit(f"gen: LibreOffice made no PDF of {f}")
                os.remove(f)


KIND_NAME = {"released": "released", "partial": "partially_released", "withheld": "withheld", "ncnd": "ncnd",
             "not_held": "not_held", "refused": "refused", "none": "unknown"}


def verify(binary, letters):
    """Parses each letter and reports where foicheck read another authority,
    reference, date, question numbering or stance than the one written."""
    from concurrent.futures import ThreadPoolExecutor

    def one(lt):
        out = subprocess.run([binary, "parse", "--format", "json", lt["path"]], capture_output=True, text=True)
        if out.returncode != 0:
            return [f"{lt['path']}: parse failed: {out.stderr.strip()}"]
        r = json.loads(out.stdout)
        bad = []
        if r["authority"] != lt["auth_name"]:
            bad.append(f"authority {r['authority']!r}")
        if not lt["bare"] and r["reference"] != lt["ref"]:
            bad.append(f"reference {r['reference']!r} want {lt['ref']!r}")
        if r["date"] != lt["date"].isoformat():
            bad.append(f"date {r['date']} want {lt['date']}")
        want = {}
        for pi, p in enumerate(lt["parts"]):
            for q in p["qs"]:
                want[f"P{pi + 1}.Q{q['number']}"] = q
        got = {q["id"]: q for q in r["questions"]}
        if set(got) != set(want):
            bad.append(f"questions {sorted(got)} want {sorted(want)}")
        for qid, q in want.items():
            if qid not in got:
                continue
            k = KIND_NAME[q["stance"]["kind"]] if not lt["bare"] else "unknown"
            if got[qid]["stance"]["kind"] != k:
                bad.append(f"{qid} {got[qid]['stance']['kind']} {got[qid]['stance']['exemptions']} want {k}")
        return [f"{lt['path']}: {b}" for b in bad]

    problems = []
    with ThreadPoolExecutor(8) as ex:
        for res in ex.map(one, letters):
            problems += res
    for p in problems:
        print(p)
    print(f"verify: {len(letters)} letters, {len(problems)} problems", file=sys.stderr)
    return problems


README_HEAD = """# The labelled evaluation set for matching and findings

Made by `gen/gen.py` (Python 3, standard library; LibreOffice for the PDFs):

    cd compare/testdata/eval && python3 gen/gen.py --verify path/to/foicheck

It rewrites every scenario folder here and the cases in `../cases/` (not
`seed-cumbria`), this README and `gen/stats.json`, from a fixed seed: the
same letters and labels every run; only the PDFs' bytes change (LibreOffice
stamps the time). `--verify` parses each letter with a foicheck binary and
lists where the parser read another authority, reference, date, numbering or
stance than the one written (it must list none); `--no-pdf` keeps text
instead of converting to PDF.

`go test ./compare -run 'TestEvaluation|TestCases' -v` reads it: each folder
holds `history/` (indexed), `drafts/` (checked) and `expect.json` (what each
draft question matches and which findings are due, as eval_test.go reads
them).

## Where the labels come from

Each question is a *concept* (`gen/bank.py`: what it asks, in two or three
wordings, and how a released answer states its fact) asked by a fictional
authority (`gen/authorities.py`) in a house style (`gen/render.py`). The
generator keeps the truth of every letter: the concept behind each question,
the stance and exemption classes planted for it, the fact a released answer
states. From that truth alone:

- a draft question matches **every** earlier question of the same concept,
  of the same authority (every authority with `all_authorities`), dated
  before the draft (or `as_of`);
- its precedent is the most recent of those (dates are unique within a
  scenario), and the finding, if any, is the contract's table applied to the
  two planted stances (exemptions compared by their FOIA/EIR/FOISA
  equivalence class; `answer_changed` when both released and the fact
  differs: a figure, a date, a name, yes or no).

Foicheck's output is never used for a label.

## What it holds

"""


def write_readme(eval_root, stats):
    def count_findings(folder):
        kinds = {}
        for e in sorted(os.listdir(folder)):
            p = os.path.join(folder, e, "expect.json")
            if not os.path.exists(p) or e == "seed-cumbria":
                continue
            for de in json.load(open(p, encoding="utf-8"))["drafts"].values():
                for f in de["findings"]:
                    k = f"{f['kind']} ({f['severity']})"
                    kinds[k] = kinds.get(k, 0) + 1
        return kinds

    def table(title, d):
        rows = [f"| {title} | count |", "| --- | --- |"]
        rows += [f"| {k} | {v} |" for k, v in sorted(d.items())]
        return "\n".join(rows) + "\n"

    ev, cs = stats["eval"], stats["cases"]
    out = [README_HEAD.rstrip("\n") + "\n"]
    out.append(f"{len(SCENARIOS)} scenarios, {ev['letters']} history letters and {ev['drafts']} drafts "
               f"({sum(1 for s in SCENARIOS.values() for d in s['drafts'] if d.get('bare'))} of them bare incoming "
               f"requests, {sum(1 for s in SCENARIOS.values() for d in s['drafts'] if d.get('consistent'))} consistent "
               f"repeats); {len(CASES)} cases with {cs['letters']} history letters and {cs['drafts']} drafts.\n")
    out.append("Scenarios:\n")
    for name, spec in SCENARIOS.items():
        out.append(f"- `{name}`: {spec['description']}")
    out.append("\nCases (`../cases/`):\n")
    for name, spec in CASES.items():
        out.append(f"- `{name}`: {spec['description']}")
    out.append("")
    out.append(table("expected finding, scenarios", count_findings(eval_root)))
    out.append(table("expected finding, cases", count_findings(os.path.join(eval_root, "..", "cases"))))
    out.append(table("planted departure that is no finding", stats["no_finding"]))
    out.append(table("scenario letters by format", ev["formats"]))
    out.append(table("scenario letters by house style", ev["styles"]))
    out.append(table("scenario letters by authority", ev["authorities"]))
    out.append(table("scenario letters by regime", ev["regimes"]))
    out.append("""## The drift and the traps

- Rewording: each concept has two or three wordings; from 2021 a round uses
  the usual wording half the time, a light rewording or a stronger one else.
- Renumbering: a question inserted at position 3 shifts every later number;
  questions are dropped; two neighbours swap places.
- Parts: the contact-centre round-robin asks the same sentences in part 1
  (contact-centre contracts) and part 2 (inbound-network contracts), and
  some rounds number both parts as one list, each question naming its
  contract type.
- Look-alikes that must not match: control-room call handlers and
  contact-centre agents; CCTV cameras, body-worn video cameras and covert
  fly-tipping cameras; fly-tipping incidents and cyber incidents.
- Regimes: Ellerby answered fly-tipping under FOIA until 2020 and under the
  EIR after (s43(2), then reg12(5)(e)); Solway Ports Police answers under
  FOIA or FOISA by port (s31, then s35).
- The most recent rule: facts and stances drift from letter to letter, so
  the precedent is often not the first letter that asked; several drafts
  withhold what an older letter released and the most recent withheld (no
  finding); some history is dated after a draft and must be ignored; one
  draft sets `as_of`.

## Parser limitations met while writing the set

The styles kept are those the parser reads; two were adjusted:

- In `Q1 / A1` letters a question without closing punctuation swallows the
  `A` line after it (the answer is lost): the generator ends such questions
  with a full stop.
- A slogan or banner printed once straight after the last answer is read as
  part of that answer, and an answer citing an exemption then reads as a
  partial release: banners are printed after the signature (and, in the
  answer-first styles, before the answers).
- A released fact followed by "However, further detail (or the officer's
  name) is withheld under ..." reads as withheld, not partially released:
  partial releases say "Some of the information requested (...) is withheld
  under ...".
- A disclosure-log page whose metadata is a `<dl>` list and whose parts are
  `<h3>` headings over `<ol>` lists lost its reference and took the metadata
  as the first question: pages here hold the letter as paragraphs.
""")
    with open(os.path.join(eval_root, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    args = sys.argv[1:]
    binary = None
    if "--verify" in args:
        binary = args[args.index("--verify") + 1]
    no_pdf = "--no-pdf" in args
    root = os.getcwd()
    g = Gen(SEED)
    pdf_queue, written = [], []
    # PDFs are picked with their own generator, so that --no-pdf changes
    # formats only, never the letters.
    pick = random.Random(SEED + 1)
    for name, spec in SCENARIOS.items():
        hist, drafts = g.scenario(name, spec)
        for lt in hist + drafts:
            if lt["fmt"] == "txt" and lt["style"] in ("quoted", "qa", "interleaved", "decision") \
                    and pick.random() < 0.12 and not no_pdf:
                lt["fmt"] = "pdf"
        written += write_letters(g, root, name, spec["description"], hist, drafts, pdf_queue)
    written += make_cases(g, os.path.join(root, "..", "cases"), pdf_queue)
    if pdf_queue:
        make_pdfs(pdf_queue)
    with open(os.path.join(root, "gen", "stats.json"), "w", encoding="utf-8") as f:
        stats = dict(g.stats)
        json.dump(stats, f, indent=2, sort_keys=True)
        f.write("\n")
    write_readme(root, g.stats)
    if binary:
        verify(binary, written)


if __name__ == "__main__":
    main()
