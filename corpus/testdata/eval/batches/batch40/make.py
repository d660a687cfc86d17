#!/usr/bin/env python3
"""Render batch 40 and write expect.json from the truth held here."""
import json, os, shutil, subprocess, sys, tempfile, glob
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)
import la, lb, lc, ld
LETTERS = la.L + lb.L + lc.L + ld.L

def wrap_log(l, variant):
    site = l["site"]
    navs = [
     '<nav class="top"><a href="/">Home</a> | <a href="/council">Your council</a> | <a href="/foi">Freedom of information</a> | <a href="/contact">Contact us</a></nav>',
     '<header><div class="logo">%s</div><ul class="menu"><li>Services</li><li>About us</li><li>Transparency</li><li>Search</li></ul></header>' % site,
     '<div id="masthead"><span>%s</span> <a href="/a-z">A&ndash;Z</a> <a href="/news">News</a> <a href="/signin">Sign in</a></div>' % site,
     '<div class="navbar"><a href="/">%s home</a> &middot; <a href="/patients">Patients</a> &middot; <a href="/about">About</a></div>' % site]
    cookies = [
     '<div id="cookie-banner"><p>We use cookies to make this site work and to collect analytics. <button>Accept all cookies</button> <button>Reject</button></p></div>',
     '<div class="cookies">This website uses essential cookies. <a href="/cookies">Cookie settings</a> <a href="#">Hide this message</a></div>',
     '<section class="consent"><h2>Cookies on %s</h2><p>We&rsquo;d like to use additional cookies to understand how you use the site.</p><button>Yes</button><button>No</button></section>' % site,
     '<div class="cc-window">Cookies help us deliver our services. By using this site you agree. <a>Got it</a></div>']
    crumbs = '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/log">Disclosure log</a></li><li>%s</li></ol>' % l["title"]
    foot = ('<footer><p>%s &copy; 2025</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | '
            '<a href="/cookies">Cookies</a> | <a href="/foi">Make a request</a></p><p>Follow us on social media</p></footer>') % site
    aside = '<aside><h3>Related disclosures</h3><ul><li><a>Grass cutting contracts</a></li><li><a>Staff sickness absence 2023</a></li></ul></aside>'
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Disclosure log | %s</title></head><body>%s%s%s<main><p class="pub">%s</p>%s</main>%s%s</body></html>'
            % (l["title"], site, cookies[variant % 4], navs[variant % 4], crumbs, l["published"], l["body"], aside, foot))

def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.stderr.write("FAILED %s\n%s\n" % (cmd, r.stderr))
        raise SystemExit(1)

def soffice(src, target, tmp):
    run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % tmp, '--infilter=HTML (StarWriter)',
         "--convert-to", target, "--outdir", tmp, src])

def render(l, tmp, variant):
    out = os.path.join(HERE, l["file"])
    base = os.path.splitext(l["file"])[0]
    fmt = l["fmt"]
    if fmt in ("txt", "md"):
        open(out, "w", encoding="utf-8").write(l["body"]); return
    if fmt == "html":
        open(out, "w", encoding="utf-8").write(wrap_log(l, variant)); return
    src = os.path.join(SRC, base + ".html")
    open(src, "w", encoding="utf-8").write(l["body"])
    if fmt == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--print-to-pdf=%s" % out, "file://" + src])
    elif fmt in ("soffice", "gs", "ocr"):
        soffice(src, "pdf:writer_pdf_Export", tmp)
        p = os.path.join(tmp, base + ".pdf")
        if fmt == "soffice":
            shutil.move(p, out)
        elif fmt == "gs":
            run(["gs", "-q", "-sDEVICE=pdfwrite", "-o", out, p])
        else:
            run(["gs", "-q", "-sDEVICE=png16m", "-r150", "-o", os.path.join(tmp, base + "-%02d.png"), p])
            pngs = sorted(glob.glob(os.path.join(tmp, base + "-*.png")))
            lst = os.path.join(tmp, base + ".lst")
            open(lst, "w").write("\n".join(pngs) + "\n")
            run(["tesseract", lst, os.path.join(tmp, base + "-ocr"), "pdf"])
            shutil.move(os.path.join(tmp, base + "-ocr.pdf"), out)
    elif fmt == "docx":
        soffice(src, 'docx:MS Word 2007 XML', tmp)
        shutil.move(os.path.join(tmp, base + ".docx"), out)
    else:
        raise ValueError(fmt)

def main():
    tmp = tempfile.mkdtemp(prefix="b40r-")
    expect, full = {}, {}
    hv = 0
    for l in LETTERS:
        render(l, tmp, hv)
        if l["fmt"] == "html": hv += 1
        qs = {i: {"stance": st, "exemptions": sorted(ex)} for i, st, ex in l["questions"]}
        expect[l["file"]] = {"authority": l["authority"], "reference": l["reference"], "date": l["date"], "questions": qs}
        full[l["file"]] = {"authority": l["authority"], "reference": l["reference"], "date": l["date"],
            "received": l.get("received", ""), "regime": l["regime"], "layout": l["layout"], "traps": l["traps"],
            "questions": [{"id": i, "stance": st, "exemptions": sorted(ex)} for i, st, ex in l["questions"]]}
    json.dump({"letters": expect}, open(os.path.join(HERE, "expect.json"), "w"), indent=1, ensure_ascii=False)
    json.dump({"letters": full}, open(os.path.join(SRC, "labels_full.json"), "w"), indent=1, ensure_ascii=False)
    shutil.rmtree(tmp, ignore_errors=True)
    nq = sum(len(l["questions"]) for l in LETTERS)
    nw = sum(1 for l in LETTERS for _, st, _ in l["questions"] if st == "withheld")
    print("letters", len(LETTERS), "questions", nq, "withheld", nw)

if __name__ == "__main__":
    main()
