# -*- coding: utf-8 -*-
"""Letters A-H."""
from common import Q, Letter, esc, words_list, nums_where

LETTERS = []

# ---------------------------------------------------------------------------
# A. Teifi Valley Police (Wales, bilingual headings) -- LibreOffice PDF
# ---------------------------------------------------------------------------

def build_a(L):
    def qa(n, answer_html):
        return ("<p class='qh'><b>Cwestiwn %d / Question %d</b></p>\n"
                "<p class='q'><i>%s</i></p>\n"
                "<p class='ah'><b>Ateb / Answer</b></p>\n%s\n") % (n, n, esc(L.t(n)), answer_html)

    body = []
    body.append(qa(1, "<p>The Force currently owns 14 drones. All of them are operated by the "
                      "Air Support and Drone Unit based at Llandysul.</p>"))
    body.append(qa(2, "<p>This information is withheld. Section 24(1) (National Security) and "
                      "Section 31(1)(a) (Law Enforcement) apply. Please see the reasons section "
                      "below.</p>"))
    body.append(qa(3, "<p>Force drones were deployed 612 times during the 2024 calendar year. "
                      "The breakdown of those deployments by purpose is withheld under Section "
                      "31(1)(a) of the Act, for the reasons given below.</p>"))
    body.append(qa(4, "<p>Twenty-three (23) officers and staff hold a current General Visual Line "
                      "of Sight Certificate and are authorised to fly for the Force. The names of "
                      "those individuals are their personal data and are withheld under Section "
                      "40(2) of the Act.</p>"))
    body.append(qa(5, "<p>Teifi Valley Police can neither confirm nor deny that it holds any "
                      "information relevant to this question by virtue of Section 23(5) and "
                      "Section 24(2) of the Freedom of Information Act 2000.</p>"
                      "<p>This should not be taken as an indication that the information you "
                      "have requested does or does not exist.</p>"))
    body.append(qa(6, "<p>The approved budget for the Air Support and Drone Unit for 2025/26 is "
                      "&pound;186,400 (revenue), excluding officer salaries.</p>"))
    body.append(qa(7, "<p>Our Data Protection Impact Assessment for the use of drones is already "
                      "published on the Force website, so Section 21(1) applies (information "
                      "reasonably accessible to you by other means). You can read it here: "
                      "https://www.heddlu-teifi.example/en/transparency/dpia-drones</p>"))

    return """<html><head><meta charset="utf-8"><title>HDT/FOI/613/25</title>
<style>
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; }
.lh { text-align: right; color: #123d6b; }
.q { margin-left: 1.2em; }
h3 { font-size: 11pt; }
</style></head><body>
<p class="lh"><b>HEDDLU DYFFRYN TEIFI</b><br><b>TEIFI VALLEY POLICE</b><br>
Uned Rhyddid Gwybodaeth / Freedom of Information Unit<br>
Pencadlys yr Heddlu, Ffordd y Bont, Llandysul, SA44 9ZZ<br>
foi@heddlu-teifi.example</p>

<p>Ein cyf / Our ref: HDT/FOI/613/25<br>
Eich cyf / Your ref: e-bost / email 15/09/2025<br>
Dyddiad / Date: 14 Hydref 2025 / 14 October 2025</p>

<p>Annwyl / Dear</p>

<h3>Cais Rhyddid Gwybodaeth / Freedom of Information Request &ndash; Dronau / Drones</h3>

<p>Thank you for your request for information, which was received by Teifi Valley Police on
16 September 2025. You asked for information about the Force's use of drones (unmanned aerial
systems). Your questions and our answers are set out below. This response is also available in
Welsh on request; we welcome correspondence in Welsh and English.</p>

%s

<h3>Rhesymau / Reasons</h3>

<p><b>Section 24(1) &ndash; National Security</b> and <b>Section 31(1)(a) &ndash; Law
Enforcement</b> (question 2). Disclosing the make and model of each aircraft would reveal the
capability, endurance and camera specification available to the Force. Taken together with
information released by other forces, this would allow a picture to be built of where police air
capability is weak. Both exemptions are qualified and prejudice-based. The public interest in
transparency about equipment bought with public money is recognised, but it is outweighed by the
public interest in not undermining operations and national security.</p>

<p><b>Section 31(1)(a) &ndash; Law Enforcement</b> (question 3). Releasing the number of
deployments for each purpose would show how often drones are available for pursuits and public
order events, and therefore when they are not. The overall total has been released, which meets
much of the public interest in this question.</p>

<p>We also considered whether Section 30(1)(a) (investigations) applied to question 3. It does not:
the deployment log is an operational record and is not held for the purposes of any particular
investigation, so we have not relied on it.</p>

<p><b>Section 40(2) &ndash; Personal information</b> (question 4). The names of pilots are
personal data. Disclosure would not be fair or lawful and would breach the first data protection
principle. This is an absolute exemption.</p>

<p><b>Sections 23(5) and 24(2)</b> (question 5). Any reply confirming or denying that the Force
has supported operations of the bodies listed in Section 23(3) would itself disclose information
about those bodies. Section 23(5) is absolute. For Section 24(2), the public interest favours
maintaining the neither confirm nor deny position.</p>

<h3>Hawliau / Your rights</h3>

<p>If you are dissatisfied with this response you may ask for an internal review within 40 working
days by writing to the address above. If you remain dissatisfied after the review, you may apply
to the Information Commissioner under Section 50 of the Act.</p>

<p>Yn gywir / Yours sincerely</p>

<p><b>Gwenllian Dafydd</b><br>Swyddog Datgelu / Disclosure Officer<br>Teifi Valley Police</p>
</body></html>""" % "\n".join(body)


LETTERS.append(Letter(
    file="teifi-valley-police-HDT-FOI-613-25.pdf", fmt="pdf-lo",
    authority="Teifi Valley Police", reference="HDT/FOI/613/25", date="2025-10-14",
    received="2025-09-16", regime="foia",
    layout="bilingual interleaved Cwestiwn/Question + Ateb/Answer, reasons section after answers",
    traps=["Welsh/English bilingual headings and date (Hydref)", "request email date 15/09 differs from received 16/09",
           "NCND for one item only (s23(5)+s24(2))", "figure released with breakdown withheld",
           "count released beside names withheld s40(2)", "reasons quote s30(1)(a) not applied",
           "s21 signposting"],
    questions=[
        Q(1, 1, "released", [], "How many drones does the Force currently own?"),
        Q(1, 2, "withheld", ["s24(1)", "s31(1)(a)"], "Please give the make and model of each drone."),
        Q(1, 3, "partially_released", ["s31(1)(a)"],
          "How many times were drones deployed in 2024, broken down by purpose (missing persons, pursuits, public order, other)?"),
        Q(1, 4, "partially_released", ["s40(2)"], "How many officers are qualified drone pilots, and what are their names?"),
        Q(1, 5, "ncnd", ["s23(5)", "s24(2)"],
          "Have Force drones been used to support operations carried out by the security bodies, for example MI5?"),
        Q(1, 6, "released", [], "What is the budget of the drone unit for 2025/26?"),
        Q(1, 7, "released", ["s21(1)"], "Please provide a copy of your Data Protection Impact Assessment for drone use."),
    ],
    build=build_a))

# ---------------------------------------------------------------------------
# B. NHS Strathallan (Scottish health board, FOISA) -- Chromium PDF
# ---------------------------------------------------------------------------

def build_b(L):
    p1 = "".join("<li>%s</li>" % esc(q.text) for q in L.questions if q.part == 1)
    p2 = "".join("<li>%s</li>" % esc(q.text) for q in L.questions if q.part == 2)
    s33_p1 = nums_where(L, 1, lambda q: q.stance == "withheld")
    s33_p2 = nums_where(L, 2, lambda q: q.stance == "withheld")
    assert s33_p1 == [2, 4] and s33_p2 == [3]
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>STR-FOI-25-1187</title>
<style>
@page { size: A4; margin: 22mm 20mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.35; }
.head { border-bottom: 2px solid #00558c; padding-bottom: 6px; margin-bottom: 14px; }
.head .org { font-size: 16pt; color: #00558c; font-weight: bold; }
.meta td { padding: 0 14px 0 0; font-size: 9.5pt; }
ol.req li { margin-bottom: 3px; }
table.ans td { vertical-align: top; padding: 3px 10px 3px 0; }
.small { font-size: 8.5pt; color: #444; }
</style></head><body>
<div class="head"><div class="org">NHS Strathallan</div>
Information Governance Department, Strathallan Royal Infirmary, Perth Road, Dunkeld PH8 0ZZ</div>

<table class="meta"><tr><td>Our Reference:</td><td>STR-FOI-25-1187</td></tr>
<tr><td>Date received:</td><td>8 October 2025</td></tr>
<tr><td>Date of response:</td><td>3rd November 2025</td></tr>
<tr><td>Enquiries to:</td><td>FOI Officer, 01350 000 000</td></tr></table>

<p>Dear Requester</p>

<p><b>Freedom of Information (Scotland) Act 2002 &ndash; agency nursing and theatre capacity</b></p>

<p>Thank you for your request, which NHS Strathallan received on 8 October 2025. Your request was in
two parts. In the first part you asked about agency nursing:</p>
<ol class="req">%s</ol>
<p>In the second part you asked about theatre capacity:</p>
<ol class="req">%s</ol>

<h4>Decision</h4>

<p>NHS Strathallan holds most of the information you have asked for. Questions %s in the first part,
and question %s in the second part, are exempt from disclosure under section 33(1)(b) (commercial
interests and the economy) of the Freedom of Information (Scotland) Act 2002. For question 5 in the
first part we have provided the cost of the shift but the name of the nurse who worked it is
withheld under section 38(1)(b) (personal information). Under section 17(1) of the Act we give you
notice that we do not hold the information requested at question 1 in the second part: theatre
cancellations are recorded against the category &ldquo;hospital reasons&rdquo; and staff shortage
is not captured as a reason in its own right.</p>

<p><b>Section 33(1)(b).</b> The rates and volumes agreed with individual agencies, and the value of
our arrangements with independent sector providers, were negotiated outside the national framework.
Publishing them would weaken the Board's position in negotiations that are due to be re-run in 2026
and would be likely to prejudice substantially the commercial interests of the agencies and
providers concerned. This is a qualified exemption. We recognise the public interest in how public
money is spent, which is served in part by the total spend we have given at question 1; on balance
the public interest favours withholding the rest.</p>

<p>We have also looked at section 36(2) (confidentiality) because some of the rates were supplied to
us in confidence. We have not needed to rely on it, as section 33(1)(b) applies.</p>

<p><b>Section 38(1)(b).</b> The name of the nurse is personal data, and disclosure would contravene
the data protection principles. This exemption is absolute.</p>

<h4>Information released</h4>

<table class="ans">
<tr><td colspan="2"><b>Agency nursing</b></td></tr>
<tr><td>1.</td><td>Total spend on agency nursing in 2024/25 was &pound;7,412,906.</td></tr>
<tr><td>3.</td><td>48,211 agency shifts were filled in 2024/25 (registered and unregistered staff).</td></tr>
<tr><td>5.</td><td>The most expensive single shift cost &pound;2,184.60 (a night shift in critical care on
26 December 2024). The name is withheld as explained above.</td></tr>
<tr><td colspan="2"><b>Theatre capacity</b></td></tr>
<tr><td>2.</td><td>1,094 elective theatre sessions were cancelled in 2024/25 for all reasons.</td></tr>
<tr><td>4.</td><td>2,317 patients were treated by independent sector providers under arrangements with the
Board during 2024/25.</td></tr>
</table>

<h4>Your right to request a review</h4>
<p class="small">If you are unhappy with this response you may ask NHS Strathallan to carry out a
review within 40 working days, writing to the FOI Officer at the address above. If you are then
dissatisfied you may apply to the Scottish Information Commissioner within six months for a decision
under section 47(1) of the Act. An appeal on a point of law lies to the Court of Session.</p>

<p>Yours sincerely</p>
<p><b>Morag Lindsay</b><br>Freedom of Information Officer<br>on behalf of NHS Strathallan</p>
</body></html>""" % (p1, p2, words_list(s33_p1), words_list(s33_p2))


LETTERS.append(Letter(
    file="nhs-strathallan-STR-FOI-25-1187.pdf", fmt="pdf-chrome",
    authority="NHS Strathallan", reference="STR-FOI-25-1187", date="2025-11-03",
    received="2025-10-08", regime="foisa",
    layout="decision paragraph naming questions by part, reasons, then answers for the rest in a borderless table",
    traps=["two parts with numbering restarting", "grouped exemption in prose across parts",
           "figure given, name withheld s38(1)(b)", "s17 notice (not held) for one item",
           "reasons quote s36(2) not applied", "answers numbered only per part in a table"],
    questions=[
        Q(1, 1, "released", [], "The total spend on agency nursing staff in 2024/25."),
        Q(1, 2, "withheld", ["foisa:s33(1)(b)"], "The amount paid to each nursing agency in 2024/25."),
        Q(1, 3, "released", [], "The number of shifts filled by agency nurses in 2024/25."),
        Q(1, 4, "withheld", ["foisa:s33(1)(b)"], "The hourly rates paid to each agency."),
        Q(1, 5, "partially_released", ["foisa:s38(1)(b)"],
          "The highest cost of a single agency shift, and the name of the nurse who worked it."),
        Q(2, 1, "not_held", ["foisa:s17(1)"],
          "The number of theatre sessions cancelled because of staff shortages in 2024/25."),
        Q(2, 2, "released", [], "The total number of theatre sessions cancelled in 2024/25."),
        Q(2, 3, "withheld", ["foisa:s33(1)(b)"],
          "The value of contracts with private providers for theatre capacity."),
        Q(2, 4, "released", [], "The number of patients sent to private providers in 2024/25."),
    ],
    build=build_b))

# ---------------------------------------------------------------------------
# C. Wealden and Downs Fire and Rescue Service -- DOCX, automatic numbering
# ---------------------------------------------------------------------------

def build_c(L):
    reqs = "".join("<li>%s</li>" % esc(q.text) for q in L.questions)
    return """<html><head><meta charset="utf-8"><title>WDFRS/FOI/25/0091</title></head>
<body style="font-family: Liberation Sans; font-size: 11pt">
<p align="center"><b>WEALDEN AND DOWNS FIRE AND RESCUE SERVICE</b><br>
Service Headquarters, Ringmer Road, Lewes, BN8 9ZZ</p>
<p>Our ref: WDFRS/FOI/25/0091<br>Date: 29/08/2025</p>
<p>Dear Sir/Madam,</p>
<p><b>Request for information &ndash; automatic fire alarms and fire safety enforcement</b></p>
<p>We write in response to your request for information received on 01/08/2025, which we have
dealt with under the Freedom of Information Act 2000. You asked:</p>
<ol>%s</ol>
<p><b>Our response</b></p>
<p><b>Q1 and Q2:</b> The number of automatic fire alarm (AFA) calls attended, and how many of those
turned out to be false alarms, were:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Year</th><th>AFA calls attended</th><th>False alarms</th></tr>
<tr><td>2022/23</td><td>6,118</td><td>5,702</td></tr>
<tr><td>2023/24</td><td>5,974</td><td>5,531</td></tr>
<tr><td>2024/25</td><td>5,606</td><td>5,148</td></tr>
</table>
<p><b>Q3:</b> The ten premises that generated the most false alarms in 2024/25 were 4 hospitals, 3
residential care homes, 2 university halls of residence and 1 prison, with between 41 and 117 false
alarms each. We have not given the names or addresses of the premises. These are withheld under
section 31(1)(a) of the Act (prevention or detection of crime): identifying the premises whose
alarms are most often ignored or silenced would be likely to increase the risk of malicious
activity and arson at those sites. The public interest in knowing which premises are named does not
outweigh that risk.</p>
<p><b>Q4:</b> 1,912 fire safety audits were completed in 2024/25.</p>
<p><b>Q5:</b> All enforcement, prohibition and alteration notices in force are published on the
national enforcement register, so the information is exempt under section 21(1) as it is
reasonably accessible to you: https://www.wealdendowns-fire.example/enforcement-register</p>
<p><b>Q6:</b> The names of the inspecting officers are withheld under section 40(2) of the Act, as
they are personal data and disclosure would breach the data protection principles.</p>
<p>If you are unhappy with our response you can ask for an internal review by writing to
foi@wealdendowns-fire.example within 40 working days. You may then complain to the Information
Commissioner's Office.</p>
<p>Kind regards,</p>
<p>Priya Chaudhary<br>Information Governance Officer<br>Wealden and Downs Fire and Rescue Service</p>
</body></html>""" % reqs


LETTERS.append(Letter(
    file="wealden-downs-frs-WDFRS-FOI-25-0091.docx", fmt="docx",
    authority="Wealden and Downs Fire and Rescue Service", reference="WDFRS/FOI/25/0091",
    date="2025-08-29", received="2025-08-01", regime="foia",
    layout="request as automatically numbered list, answers keyed Q1:, bordered table of figures",
    traps=["question numbers only in Word automatic numbering", "Q1 and Q2 answered together in one table",
           "partial release: premises types given, names withheld s31(1)(a)", "s21 signposting",
           "dd/mm/yyyy dates"],
    questions=[
        Q(1, 1, "released", [], "How many automatic fire alarm calls did the Service attend in each of 2022/23, 2023/24 and 2024/25?"),
        Q(1, 2, "released", [], "Of those calls, how many were false alarms?"),
        Q(1, 3, "partially_released", ["s31(1)(a)"],
          "Which ten premises generated the most false alarms in 2024/25? Please give their names and addresses."),
        Q(1, 4, "released", [], "How many fire safety audits were carried out in 2024/25?"),
        Q(1, 5, "released", ["s21(1)"], "How many enforcement notices are currently in force, and against which premises?"),
        Q(1, 6, "withheld", ["s40(2)"], "The names of the inspecting officers who issued prohibition notices in 2024/25."),
    ],
    build=build_c))

# ---------------------------------------------------------------------------
# D. Loch Arrin and Glen Corrach National Park Authority (EISRs) -- HTML log
# ---------------------------------------------------------------------------

def build_d(L):
    answers = {
        1: "19,882 permits were issued across the four Camping Management Zones in 2024, covering "
           "41,506 people.",
        2: "Permit income in 2024 was &pound;87,300 (net of VAT).",
        3: "Rangers recorded 312 breaches of the camping management byelaws in 2024. The names of the "
           "individual rangers who recorded them are personal data of those staff. Disclosing them "
           "would contravene the data protection principles, so the exception in regulation 11(2) of "
           "the EISRs applies to that part of your question.",
        4: "The report is still in draft: the consultants are revising it following comments from "
           "the Park Authority's board in May. We are withholding it under regulation 10(4)(d) "
           "(material still in the course of completion). We have applied the public interest test "
           "and consider that releasing an unfinished document that is likely to change would "
           "mislead and would prejudice the Authority's ability to consider the findings properly. "
           "We expect the final report to be published in the autumn.",
        5: "We have searched the Access and Recreation team's email accounts and our records "
           "management system and hold no correspondence with the Corrach Estate about the Bealach "
           "path. The closure was put in place by the Estate and notified to us by telephone. Under "
           "regulation 10(4)(a) of the EISRs we are therefore giving you notice that the "
           "information is not held.",
        6: "The Visitor Management Plan 2024-2029 is published on our website, so under regulation "
           "6(1)(b) we are not required to provide another copy: "
           "https://www.lochearrin-npa.example/visitor-plan",
    }
    blocks = []
    for q in L.questions:
        blocks.append("<div class='qa'><h3>You asked</h3><p>%s</p><h3>We answered</h3><p>%s</p></div>"
                      % (esc(q.text), answers[q.num]))
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>EIR 2025/044 - Camping permits and visitor management | Loch Arrin and Glen Corrach National Park</title>
<style>
body { font-family: Arial, sans-serif; margin: 0; }
header { background: #27483b; color: #fff; padding: 10px 20px; }
nav a { color: #fff; margin-right: 14px; }
.cookie { background: #f4f0d8; padding: 10px 20px; border-bottom: 1px solid #ccc; }
.crumbs { padding: 6px 20px; font-size: 13px; }
main { padding: 10px 20px; max-width: 900px; }
.qa h3 { font-size: 15px; margin-bottom: 2px; color: #27483b; }
aside { font-size: 13px; background: #eef3ef; padding: 10px 20px; }
footer { background: #222; color: #ddd; padding: 14px 20px; font-size: 12px; }
</style></head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this website work and to understand how
you use it. Some are essential; others help us improve our services. <button>Accept all cookies</button>
<button>Reject non-essential cookies</button> <a href="/cookies">Cookie settings</a></p></div>
<header><div class="brand">Loch Arrin and Glen Corrach National Park Authority<br>
<small>Ughdarras P&agrave;irc N&agrave;iseanta Loch Arainn agus Gleann Corrach</small></div>
<nav><a href="/">Home</a><a href="/visiting">Visiting</a><a href="/planning">Planning</a>
<a href="/camping">Camping permits</a><a href="/about-us">About us</a><a href="/contact">Contact</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/about-us">About us</a> &gt;
<a href="/about-us/foi">Freedom of information</a> &gt; <a href="/about-us/foi/disclosure-log">Disclosure log</a>
&gt; EIR 2025/044</div>
<main>
<h1>EIR 2025/044: Camping permits and visitor management</h1>
<dl class="log-meta"><dt>Reference</dt><dd>EIR 2025/044</dd>
<dt>Date received</dt><dd>15 May 2025</dd>
<dt>Date of response</dt><dd>12 June 2025</dd>
<dt>Topic</dt><dd>Visitor management, camping</dd></dl>

<p>Thank you for your request of 15 May 2025. Because the information you asked for is environmental
information, we have dealt with your request under the Environmental Information (Scotland)
Regulations 2004 (the EISRs).</p>

%s

<p>We also considered whether regulation 10(5)(f) (interests of the person who provided the
information) applied to the consultant's report, but concluded that it did not, because the
report was commissioned and paid for by the Park Authority.</p>

<p><b>Your right to a review.</b> If you are dissatisfied with the way we have dealt with your
request, you can ask us to review our decision under regulation 16 of the EISRs within 40 working
days. If you are still dissatisfied, you can apply to the Scottish Information Commissioner under
section 47 of the Freedom of Information (Scotland) Act 2002, as applied by regulation 17.</p>

<p>Information Requests Officer<br>Loch Arrin and Glen Corrach National Park Authority</p>
</main>
<aside><h2>Related pages</h2><ul><li><a href="/about-us/foi/publication-scheme">Publication scheme</a></li>
<li><a href="/about-us/foi/make-a-request">Make a request</a></li>
<li><a href="/camping/permits">Buy a camping permit</a></li></ul></aside>
<footer><p>Loch Arrin and Glen Corrach National Park Authority, Carrick House, Balloch Road, Arrochar G83 9ZZ.
Tel 01301 000 000.</p>
<p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a>
| <a href="/gaelic">G&agrave;idhlig</a></p><p>&copy; 2025 Loch Arrin and Glen Corrach National Park Authority</p></footer>
</body></html>""" % "\n".join(blocks)


LETTERS.append(Letter(
    file="loch-arrin-npa-EIR-2025-044.html", fmt="html",
    authority="Loch Arrin and Glen Corrach National Park Authority", reference="EIR 2025/044",
    date="2025-06-12", received="2025-05-15", regime="eir",
    layout="HTML disclosure log, 'You asked / We answered' blocks",
    traps=["Scottish EIR numbering (reg 10/11, not 12/13)", "cookie banner, nav, breadcrumbs, aside and footer",
           "count released, ranger names withheld reg11(2)", "reasons quote reg 10(5)(f) not applied",
           "section 47 FOISA named in appeal boilerplate", "questions never numbered"],
    questions=[
        Q(1, 1, "released", [], "How many wild camping permits were issued in the Camping Management Zones in 2024?"),
        Q(1, 2, "released", [], "What income was raised from those permits?"),
        Q(1, 3, "partially_released", ["reg11(2)"],
          "How many byelaw breaches were recorded by rangers in 2024, and which rangers recorded them?"),
        Q(1, 4, "withheld", ["reg10(4)(d)"],
          "Please send me the consultant's report on visitor carrying capacity at Loch Arrin."),
        Q(1, 5, "not_held", ["reg10(4)(a)"],
          "Copies of correspondence with the Corrach Estate about the closure of the Bealach path."),
        Q(1, 6, "released", ["reg6(1)(b)"], "A copy of the current visitor management plan."),
    ],
    build=build_d))

# ---------------------------------------------------------------------------
# E. High Ridings National Park Authority (EIR, England) -- text
# ---------------------------------------------------------------------------

def build_e(L):
    return """HIGH RIDINGS NATIONAL PARK AUTHORITY
Moorside Offices | Bainbridge Lane | Settlebeck | North Yorkshire | DL8 9ZZ
T 01969 000 000 | E info.requests@highridings-npa.example


Friday, 7 March 2025

Our Ref: HRNPA/EIR/1432


Dear Requester,

ENVIRONMENTAL INFORMATION REGULATIONS 2004 - HOLLIN EDGE QUARRY

Thank you for your request for information, which we received on 7th February 2025. As your
request concerns planning enforcement and the effect of quarrying on the land and on noise, it
has been handled under the Environmental Information Regulations 2004 (EIR).

Request 1
{t1}

Response
The Authority has received 27 planning enforcement complaints about Hollin Edge Quarry since
1 January 2020: 9 in 2020, 4 in 2021, 3 in 2022, 6 in 2023, 4 in 2024 and 1 so far in 2025.

Request 2
{t2}

Response
We enclose the 11 site monitoring reports completed by our Minerals Officer since 2020. Some
information has been redacted. The names, addresses and telephone numbers of members of the
public who complained have been removed under regulation 13(1), because they are personal data
and disclosure would breach the data protection principles. Passages describing the Authority's
legal strategy in relation to a possible enforcement notice have been removed under regulation
12(5)(b) (the course of justice), for the reasons given under Request 3.

Request 3
{t3}

Response
The Authority holds advice from counsel on the options for enforcement at the quarry. This
information is subject to legal professional privilege and is withheld under regulation
12(5)(b). Disclosure would adversely affect the course of justice, since the advice remains
live and the matter may be the subject of an appeal to the Planning Inspectorate. In applying
the public interest test, and the presumption in favour of disclosure in regulation 12(2), we
have given weight to the local interest in the quarry, but the strong public interest inherent
in legal professional privilege outweighs it.

Request 4
{t4}

Response
The noise monitoring data is collected by the quarry operator and reported to the Authority only
when a planning condition is breached. No breach has been reported, so we do not hold any noise
monitoring data for the quarry. Regulation 12(4)(a) therefore applies, as the information is not
held by the Authority when your request was received.

Other matters

The quarry operator asked us to treat the site monitoring reports as commercially confidential
and to apply regulation 12(5)(e) (confidentiality of commercial or industrial information). We
do not consider that exception is engaged, as the reports were prepared by the Authority's own
officer, and we have not applied it.

If you are not satisfied with this response you may ask for an internal review (regulation 11)
within 40 working days. Should you still be dissatisfied, you can contact the Information
Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours faithfully,


Tom Ashworth
Information Governance Officer
High Ridings National Park Authority
""".format(t1=L.t(1), t2=L.t(2), t3=L.t(3), t4=L.t(4))


LETTERS.append(Letter(
    file="high-ridings-npa-HRNPA-EIR-1432.txt", fmt="txt",
    authority="High Ridings National Park Authority", reference="HRNPA/EIR/1432",
    date="2025-03-07", received="2025-02-07", regime="eir",
    layout="interleaved Request N / Response",
    traps=["EIR regulation numbering", "redacted documents released with two exceptions",
           "reasons quote reg 12(5)(e) not applied", "reg 12(2) and reg 11 mentioned but not applied",
           "not held cited as reg 12(4)(a)"],
    questions=[
        Q(1, 1, "released", [], "How many planning enforcement complaints has the Authority received about Hollin Edge Quarry since 1 January 2020?"),
        Q(1, 2, "partially_released", ["reg12(5)(b)", "reg13(1)"],
          "Copies of all site monitoring reports for the quarry since 2020."),
        Q(1, 3, "withheld", ["reg12(5)(b)"], "Any legal advice the Authority has obtained about enforcement at the quarry."),
        Q(1, 4, "not_held", ["reg12(4)(a)"], "The noise monitoring data for the quarry for 2024."),
    ],
    build=build_e))

# ---------------------------------------------------------------------------
# F. Kelvinbrae Housing Association (Scottish RSL, FOISA cost refusal) -- DOCX
# ---------------------------------------------------------------------------

def build_f(L):
    reqs = "".join("<li>%s</li>" % esc(q.text) for q in L.questions)
    return """<html><head><meta charset="utf-8"><title>KHA-FOI-0042</title></head>
<body style="font-family: 'Liberation Serif'; font-size: 12pt">
<table width="100%%"><tr><td><b><font size="5" color="#7a1f5c">Kelvinbrae</font></b><br>
<font size="2">Housing Association Ltd &middot; Scottish Charity SC000000 &middot; Registered Social Landlord HAC000</font></td>
<td align="right"><font size="2">14 Dalmarnock Crescent<br>Glasgow G40 9ZZ<br>0141 000 0000</font></td></tr></table>
<p>17.09.25</p>
<p>Our reference: KHA-FOI-0042</p>
<p>Dear Requester</p>
<p><b>Your information request dated 20.08.25</b></p>
<p>Thank you for your email of 20.08.25 asking for information under the Freedom of Information
(Scotland) Act 2002 (FOISA). Registered social landlords have been subject to FOISA since November
2019 in relation to their housing functions. You asked for:</p>
<ol>%s</ol>
<p><b>Decision: excessive cost</b></p>
<p>Section 12(1) of FOISA provides that we do not have to comply with a request where the cost of
doing so would exceed &pound;600. This is calculated at a maximum of &pound;15 an hour for staff
time, which equates to 40 hours of work.</p>
<p>We hold repair requests in our housing management system, but damp and mould is not a separate
repair category: it is logged under &ldquo;general internal repairs&rdquo; together with many other
types of work. To answer question 1 we would need to open and read about 4,100 repair records for
the period you have asked about. Even at a conservative 3 minutes per record this would take 205
hours, costing &pound;3,075. Question 4 would require a similar manual review of every complaint
file. As the cost of complying with your request as a whole exceeds &pound;600, we are refusing it
under section 12(1) and we are not obliged to provide any of the information you asked for.</p>
<p>This is not a refusal under section 14 of FOISA; we do not regard your request as vexatious.</p>
<p><b>Advice and assistance (section 15)</b></p>
<p>You may wish to submit a narrower request. For example, you could ask only for the number of
damp and mould complaints (rather than repair requests) received in 2024/25, which we may be able to
identify within the cost limit. Although we are not required to do so, we can tell you that our
asset database shows 312 of our properties with an EPC rating below C as at 31 March 2025 (the
information sought in question 5).</p>
<p><b>Your rights</b></p>
<p>If you are unhappy with this response you may ask us to review it. Write to the Governance
Manager at the address above, or email foi@kelvinbrae-ha.example, within 40 working days. If you
remain dissatisfied following the review you have the right to apply to the Scottish Information
Commissioner.</p>
<p>Yours sincerely</p>
<p>Fiona McAllister<br>Governance and Compliance Manager</p>
</body></html>""" % reqs


LETTERS.append(Letter(
    file="kelvinbrae-ha-KHA-FOI-0042.docx", fmt="docx",
    authority="Kelvinbrae Housing Association", reference="KHA-FOI-0042",
    date="2025-09-17", received="2025-08-20", regime="foisa",
    layout="housing association letter, auto-numbered request, single cost decision",
    traps=["FOISA cost refusal (s12(1), GBP600)", "question 5 answered anyway under s15 advice but whole request refused",
           "s14 mentioned but not applied", "dd.mm.yy dates", "only request date given (used as received)"],
    questions=[
        Q(1, 1, "refused", ["foisa:s12(1)"],
          "All repair requests relating to damp and mould received between April 2019 and March 2025, with the address of each property."),
        Q(1, 2, "refused", ["foisa:s12(1)"], "The number of tenancies ended because of rent arrears in 2024/25."),
        Q(1, 3, "refused", ["foisa:s12(1)"], "Your total spend on damp remediation contracts in each year since 2019."),
        Q(1, 4, "refused", ["foisa:s12(1)"], "Copies of all complaints about damp and mould since 2019."),
        Q(1, 5, "refused", ["foisa:s12(1)"], "The number of your properties with an EPC rating below C."),
    ],
    build=build_f))

# ---------------------------------------------------------------------------
# G. Dunmore Glen Housing Co-operative (FOISA review) -- markdown
# ---------------------------------------------------------------------------

def build_g(L):
    rows = [
        (1, "Released (6 evictions)", "**Upheld.** The answer given was complete."),
        (2, "Withheld - section 33(1)(b)", "**Not upheld.** The contract has since been awarded and the "
            "value is no longer commercially sensitive. The value of the kitchen replacement "
            "programme is **£1,238,500**."),
        (3, "Not held - section 17 notice", "**Not upheld.** Further searches found the complaints log "
            "kept by the Asset Team. **41** complaints about the contractor were logged in 2024."),
        (4, "Withheld - section 38(1)(b)", "**Upheld.** The names remain exempt under section 38(1)(b)."),
        (5, "Published - section 25(1)", "**Upheld.** The minutes are on our website (see below)."),
    ]
    table = "| No. | Your question | Original decision | Review decision |\n|---|---|---|---|\n"
    for n, orig, rev in rows:
        table += "| %d | %s | %s | %s |\n" % (n, L.t(n), orig, rev)
    return """# Dunmore Glen Housing Co-operative

*Unit 3, Burnside Court, Dunmore, Stirlingshire FK2 9ZZ*

---

**Review reference:** DGHC/REV/2025/03
**Original request:** DGHC/FOI/2024/117 (received 9 December 2024)
**Date:** 24th Feb 2025

Dear Requester

## Freedom of Information (Scotland) Act 2002 - outcome of your requirement for review

Thank you for your email of 27 January 2025 asking us to review our response to your request of
9 December 2024. The review was carried out by a member of the Management Committee who was not
involved in the original decision.

The table below sets out each of your questions, our original decision and the outcome of the
review. Where the review has changed the original decision this is shown in bold.

{table}
### Notes on the review

Question 4: the allocations panel is made up of staff and volunteer committee members. Their names
are personal data and disclosing them in response to an information request would breach the
first data protection principle. The section 38(1)(b) exemption is absolute and the reviewer agreed
it had been correctly applied.

Question 5: the Board minutes for the meetings of 14 March and 11 April 2024, at which the rent
increase was discussed, are published at https://www.dunmoreglen-coop.example/governance/minutes.
This information is therefore otherwise accessible and section 25(1) applies.

The reviewer noted that section 33(1)(b) would still apply to the individual tender prices
submitted by the unsuccessful bidders, but you did not ask for those.

## If you are still not satisfied

You may apply to the Scottish Information Commissioner within six months of receiving this letter.
You can apply online at www.foi.scot/appeal, or write to Kinburn Castle, Doubledykes Road,
St Andrews, Fife KY16 9DS.

Yours sincerely

**Alasdair Munro**
Secretary, Dunmore Glen Housing Co-operative
""".format(table=table)


LETTERS.append(Letter(
    file="dunmore-glen-coop-DGHC-REV-2025-03.md", fmt="md",
    authority="Dunmore Glen Housing Co-operative", reference="DGHC/REV/2025/03",
    date="2025-02-24", received="2024-12-09", regime="foisa",
    layout="internal review (FOISA requirement for review) as a markdown table: question | original | review",
    traps=["review changes stances of questions 2 and 3", "original exemptions listed in table but overturned",
           "two references (review and original)", "s33(1)(b) mentioned in notes but not applied",
           "review request date differs from received"],
    questions=[
        Q(1, 1, "released", [], "How many evictions did the Co-operative carry out in 2023/24?"),
        Q(1, 2, "released", [], "What is the value of the contract for the kitchen replacement programme?"),
        Q(1, 3, "released", [], "How many complaints about the kitchen contractor were received in 2024?"),
        Q(1, 4, "withheld", ["foisa:s38(1)(b)"], "The names of the members of the allocations panel."),
        Q(1, 5, "released", ["foisa:s25(1)"], "The minutes of the Board meetings at which the 2024 rent increase was discussed."),
    ],
    build=build_g))

# ---------------------------------------------------------------------------
# H. Vale of Severn University Health Board (Wales) internal review -- Chromium + gs
# ---------------------------------------------------------------------------

def build_h(L):
    def item(n, orig, review):
        return ("<div class='item'><p class='qn'>Cwestiwn / Question %d</p><p class='qt'>%s</p>"
                "<p><span class='lbl'>Ymateb gwreiddiol / Original response:</span> %s</p>"
                "<p><span class='lbl'>Canfyddiad yr adolygiad / Review finding:</span> %s</p></div>"
                % (n, esc(L.t(n)), orig, review))
    items = [
        item(1, "38,412 hours were lost to handover delays of more than 60 minutes.",
             "Upheld. The figure is correct and no further information is held."),
        item(2, "Withheld under section 22 (information intended for future publication).",
             "<b>The monthly figures were published on 30 June 2025 in the Health Board's Unscheduled "
             "Care Performance Report. Section 22 no longer applies; the information is now reasonably "
             "accessible to you and section 21(1) applies instead:</b> "
             "https://www.bihafren.example/performance/unscheduled-care"),
        item(3, "Withheld under section 40(2).",
             "Upheld. The names of the consultants are personal data and disclosure would be unfair."),
        item(4, "Withheld in full under section 43(2).",
             "<b>Partly upheld. The reviewer found that the total does not prejudice the Health Board's "
             "commercial interests. Total locum and agency medical spend in 2024/25 was "
             "&pound;21,604,330. The breakdown by agency remains withheld under section 43(2),</b> as "
             "rates are negotiated with each agency outside the national framework."),
        item(5, "17 serious incidents were reported in 2024.", "Upheld."),
        item(6, "Withheld under sections 40(2) and 41(1).",
             "Upheld. The reports contain detailed clinical information about identifiable patients, "
             "provided in confidence, and the duty of confidence would be actionable."),
    ]
    return """<!DOCTYPE html><html lang="cy"><head><meta charset="utf-8"><title>Adolygiad Mewnol / Internal Review</title>
<style>
@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
.banner { display: flex; justify-content: space-between; border-bottom: 3px solid #b5123e; padding-bottom: 6px; }
.banner .cy { font-weight: bold; color: #b5123e; }
.ref { margin-top: 10px; }
.item { border-left: 3px solid #ddd; padding-left: 8px; margin-bottom: 8px; }
.qn { font-weight: bold; margin-bottom: 0; }
.qt { font-style: italic; margin-top: 2px; }
.lbl { font-weight: bold; }
.foot { font-size: 8pt; color: #666; margin-top: 18px; border-top: 1px solid #ccc; }
</style></head><body>
<div class="banner"><div><span class="cy">Bwrdd Iechyd Prifysgol Bro Hafren</span><br>
<b>Vale of Severn University Health Board</b></div>
<div>Pencadlys / Headquarters<br>Ysbyty Glan Hafren, Heol y Castell<br>Y Drenewydd / Newtown SY16 9ZZ</div></div>

<div class="ref">
Ein cyf / Our ref: BHBH/IR/0117/25<br>
Cyf gwreiddiol / Original ref: BHBH/FOI/0921/25<br>
Dyddiad / Date: 22 Gorffennaf 2025 / 22 July 2025</div>

<p>Annwyl / Dear Requester,</p>

<h3>Adolygiad Mewnol / Internal Review &ndash; Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000</h3>

<p>I write following your request of 9 June 2025 for an internal review of the Health Board's response
to your request for information, which was received on 2 May 2025 and answered on 28 May 2025 under
reference BHBH/FOI/0921/25. I am a senior manager who was not involved in the original response, and
I have reviewed the handling of each of your questions afresh. Where my review has changed the
outcome, the change is shown in bold.</p>

%s

<h3>Crynodeb / Summary</h3>
<p>Your complaint is upheld in part. The Health Board should have released the total locum spend at
question 4, and the original reliance on section 22 for question 2 is superseded by publication. The
decisions on questions 1, 3, 5 and 6 are upheld. I have also noted that the original response cited
section 36(2)(c) in its covering paragraph although it was not applied to any question; that was an
error and I apologise for the confusion.</p>

<h3>Cwyno i'r Comisiynydd / Complaining to the Commissioner</h3>
<p>If you remain dissatisfied you may apply to the Information Commissioner's Office, 2nd Floor,
Churchill House, Churchill Way, Cardiff CF10 2HH (wales@ico.org.uk).</p>

<p>Yn gywir / Yours sincerely,</p>
<p><b>Dr Rhodri Pugh</b><br>Cyfarwyddwr Cynorthwyol Llywodraethu / Assistant Director of Governance</p>
<div class="foot">Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh.</div>
</body></html>""" % "\n".join(items)


LETTERS.append(Letter(
    file="vale-of-severn-uhb-BHBH-IR-0117-25.pdf", fmt="pdf-chrome-gs",
    authority="Vale of Severn University Health Board", reference="BHBH/IR/0117/25",
    date="2025-07-22", received="2025-05-02", regime="foia",
    layout="bilingual internal review, per-question original response / review finding, changes in bold",
    traps=["Welsh/English headings and date", "review changes Q2 (s22 -> s21) and Q4 (withheld -> partial)",
           "original exemptions quoted but superseded", "s36(2)(c) mentioned as an error, not applied",
           "three dates (request, review request, review)", "Chromium PDF re-distilled by Ghostscript"],
    questions=[
        Q(1, 1, "released", [], "The total number of hours lost to ambulance handover delays of more than 60 minutes at Ysbyty Glan Hafren in 2024."),
        Q(1, 2, "released", ["s21(1)"], "The number of patients cared for in corridors in each month of 2024."),
        Q(1, 3, "withheld", ["s40(2)"], "The names of the ten consultants who received the highest locum payments in 2024/25."),
        Q(1, 4, "partially_released", ["s43(2)"], "Total locum and agency medical spend in 2024/25, broken down by agency."),
        Q(1, 5, "released", [], "The number of serious incidents involving corridor care reported in 2024."),
        Q(1, 6, "withheld", ["s40(2)", "s41(1)"], "Copies of the investigation reports for those serious incidents."),
    ],
    build=build_h))
