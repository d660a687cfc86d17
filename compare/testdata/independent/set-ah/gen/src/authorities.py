"""The four fictional authorities of set AH and their house styles."""
from render import fmt_date

# ------------------------------------------------------------ council
def _council_meta(L):
    if L["ref"].startswith("FOI/"):
        return ["Our ref: " + L["ref"], "Date: " + fmt_date(L["date"], "long")]
    return ["Case reference: " + L["ref"], "Date of response: " + fmt_date(L["date"], "slash"),
            "Request received: " + fmt_date(L["received"], "slash")]


def _council_title(L):
    return "Freedom of Information Act 2000 \u2013 " + L["title"]


def _council_intro(L):
    if L["ref"].startswith("FOI/"):
        return ("Thank you for your request for information, which the Council received on %s. Your request has been dealt with under the Freedom of Information Act 2000."
                % fmt_date(L["received"], "long"))
    return ("Thank you for contacting Brackenridge Metropolitan Borough Council. We have now considered your request for information, received on %s, under the Freedom of Information Act 2000."
            % fmt_date(L["received"], "long"))


def _council_close(L):
    return [
        ("h", "Your right to request a review"),
        ("p", "If you are unhappy with the way your request has been handled you may ask for an internal review by writing to the Information Governance Team at foi@brackenridge.gov.uk within 40 working days of the date of this letter. If you remain dissatisfied after the internal review, you may apply to the Information Commissioner for a decision under section 50 of the Freedom of Information Act 2000: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
        ("p", "Yours sincerely,"),
        ("sig", ["Information Governance Officer", "Legal and Democratic Services", "Brackenridge Metropolitan Borough Council"]),
    ]


COUNCIL = dict(
    key="council", name="Brackenridge Metropolitan Borough Council", short="the Council",
    head=["Brackenridge Metropolitan Borough Council", "Information Governance Team", "Civic Centre, Market Street", "Brackenridge", "BK1 2CC", "foi@brackenridge.gov.uk"],
    meta=_council_meta, title=_council_title, intro=_council_intro, close=_council_close,
    css="body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:2em;} .lh{text-align:right;color:#004b87;} h2{font-size:12pt;color:#004b87;}",
    footer="Brackenridge MBC \u2013 Working together for a greener Brackenridge \u2013 OFFICIAL",
    log=dict(
        top="""<div class="cookie">We use cookies to make this site work. <button>Accept all cookies</button> <button>Reject optional cookies</button></div>
<header><a href="/">Brackenridge Council</a> | <a href="/bins">Bins and recycling</a> | <a href="/council-tax">Council tax</a> | <a href="/your-council">Your council</a> | <a href="/search">Search</a></header>
<nav class="crumb">Home &gt; Your council &gt; Freedom of information &gt; Disclosure log</nav>""",
        bottom="""<footer><p>Was this page useful? Yes / No</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p><p>&copy; Brackenridge Metropolitan Borough Council</p></footer>"""),
)

# ------------------------------------------------------------ fire and rescue (Wales)
def _fire_meta(L):
    return ["Ein cyf / Our ref: " + L["ref"], "Dyddiad / Date: " + fmt_date(L["date"], "ord")]


def _fire_title(L):
    return "Freedom of Information Request \u2013 " + L["ref"] + " \u2013 " + L["title"]


def _fire_intro(L):
    return ("I refer to your request for information received by Bro Hafren Fire and Rescue Service on %s. Your request has been handled under the Freedom of Information Act 2000 and our response is set out below."
            % fmt_date(L["received"], "ord"))


def _fire_close(L):
    return [
        ("p", "If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days by writing to the Information Governance Manager at the address above. You also have the right to complain to the Information Commissioner's Office (Wales), 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
        ("p", "We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth yn Gymraeg."),
        ("p", "Yours sincerely / Yn gywir,"),
        ("sig", ["Information Governance Team", "Bro Hafren Fire and Rescue Service"]),
    ]


FIRE = dict(
    key="fire", name="Bro Hafren Fire and Rescue Service", short="the Service",
    head=["Bro Hafren Fire and Rescue Service", "Gwasanaeth T\u00e2n ac Achub Bro Hafren", "Service Headquarters / Pencadlys y Gwasanaeth", "Ffordd Hafren", "Y Drenewydd / Newtown", "SY99 4BH"],
    meta=_fire_meta, title=_fire_title, intro=_fire_intro, close=_fire_close,
    css="body{font-family:Verdana,sans-serif;font-size:10pt;margin:2em;} .lh{border-bottom:3px solid #b00000;padding-bottom:6px;} h2{font-size:11pt;}",
    footer="Diogelu Cymunedau / Protecting Communities \u2013 Bro Hafren Fire and Rescue Service",
    log=dict(
        top="""<div class="lang"><a href="/cy">Cymraeg</a></div>
<div class="cookie">This website uses cookies. Mae'r wefan hon yn defnyddio cwcis. <button>OK</button></div>
<header><strong>Bro Hafren Fire and Rescue Service</strong> | <a href="/safety">Safety advice</a> | <a href="/about">About us</a> | <a href="/foi">Freedom of Information</a></header>
<nav class="crumb">About us / Freedom of Information / Disclosure log</nav>""",
        bottom="""<footer><p>Emergency? Always dial 999.</p><p><a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility statement</a> | <a href="/welsh-language">Welsh Language Standards</a></p></footer>"""),
)

# ------------------------------------------------------------ NHS mental health trust
def _trust_meta(L):
    return ["Our Ref: " + L["ref"], fmt_date(L["date"], "ord")]


def _trust_title(L):
    return "Re: Freedom of Information Request \u2013 " + L["title"]


def _trust_intro(L):
    return ("Thank you for your email dated %s requesting information under the Freedom of Information Act 2000. Kestrel Moor Partnership NHS Foundation Trust provides mental health, learning disability and community services across Halbury, Moorfield and the Dales. Please find our response below."
            % fmt_date(L["received"], "long"))


def _trust_close(L):
    return [
        ("p", "The information supplied to you is owned by the Trust and is subject to copyright; it may be re-used under the terms of the Open Government Licence."),
        ("p", "If you are not satisfied with this response you may request an internal review by contacting the Information Governance Department within two months of the date of this letter. If you remain dissatisfied you may contact the Information Commissioner's Office."),
        ("p", "Yours sincerely"),
        ("sig", ["Freedom of Information Officer", "Information Governance Department", "Kestrel Moor Partnership NHS Foundation Trust"]),
    ]


TRUST = dict(
    key="trust", name="Kestrel Moor Partnership NHS Foundation Trust", short="the Trust",
    head=["Kestrel Moor Partnership NHS Foundation Trust", "Information Governance Department", "Moorside House, Kestrel Park", "Halbury", "HB4 7MT", "Tel: 01999 556 200"],
    meta=_trust_meta, title=_trust_title, intro=_trust_intro, close=_trust_close,
    css="body{font-family:'Frutiger','Arial',sans-serif;font-size:11pt;margin:2em;} .lh{text-align:right;} .lh strong{color:#005eb8;} h2{font-size:12pt;}",
    footer="Caring, Compassionate, Connected \u2013 Kestrel Moor Partnership NHS Foundation Trust",
    log=dict(
        top="""<div class="cookie">Cookies on the Kestrel Moor website. We've put some small files called cookies on your device. <button>I'm OK with analytics cookies</button></div>
<header><span class="nhs">NHS</span> Kestrel Moor Partnership NHS Foundation Trust | <a href="/services">Our services</a> | <a href="/about">About us</a> | <a href="/foi">Freedom of information</a></header>
<nav class="crumb">Home &raquo; About us &raquo; Freedom of information &raquo; Previous requests</nav>""",
        bottom="""<footer><p>In a crisis? Call our 24/7 mental health line on 0800 000 1234 or NHS 111 option 2.</p><p>&copy; Kestrel Moor Partnership NHS Foundation Trust</p></footer>"""),
)

# ------------------------------------------------------------ national regulator
def _reg_meta(L):
    return ["Reference: " + L["ref"], "Date: " + fmt_date(L["date"], "long")]


def _reg_title(L):
    if L.get("regime") == "eir":
        return "Request for information: " + L["title"]
    return "Freedom of Information request: " + L["title"]


def _reg_intro(L):
    if L.get("regime") == "eir":
        return ("Thank you for your request of %s. Because your request concerns environmental information, we have dealt with it under the Environmental Information Regulations 2004 (EIR)."
                % fmt_date(L["received"], "long"))
    return ("Thank you for your request of %s, which we have handled under the Freedom of Information Act 2000 (FOIA)."
            % fmt_date(L["received"], "long"))


def _reg_close(L):
    return [
        ("h", "Your right to complain"),
        ("p", "If you are unhappy with this response you may ask for an internal review by emailing information.rights@wqra.gov.uk within 40 working days. If you are still dissatisfied you may complain to the Information Commissioner. Please note that the Information Commissioner will not usually consider a complaint until our internal review procedure has been completed."),
        ("p", "Yours sincerely,"),
        ("sig", ["Information Rights Team", "Water Quality Regulation Authority"]),
    ]


REG = dict(
    key="reg", name="Water Quality Regulation Authority", short="the WQRA",
    head=["Water Quality Regulation Authority", "Information Rights Team", "4th Floor, Tamar House", "21 Fenwick Street", "London EC4N 7XX", "information.rights@wqra.gov.uk"],
    meta=_reg_meta, title=_reg_title, intro=_reg_intro, close=_reg_close,
    css="body{font-family:Georgia,'Times New Roman',serif;font-size:11pt;margin:2em;} .lh{font-variant:small-caps;} h2{font-size:12pt;border-bottom:1px solid #999;}",
    footer="Water Quality Regulation Authority \u2013 Safe, clean drinking water for everyone \u2013 OFFICIAL",
    log=dict(
        top="""<div class="govbanner">This is the website of the Water Quality Regulation Authority, a non-ministerial department.</div>
<div class="cookie">Cookies on WQRA: we'd like to set additional cookies to understand how you use the site. <button>Accept additional cookies</button> <button>Reject additional cookies</button></div>
<nav class="crumb">Home / Corporate information / Freedom of information releases</nav>""",
        bottom="""<footer><p><a href="/help">Help</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility statement</a></p><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p></footer>"""),
)

AUTHORITIES = {a["key"]: a for a in (COUNCIL, FIRE, TRUST, REG)}
