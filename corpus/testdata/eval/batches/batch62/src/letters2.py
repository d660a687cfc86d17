# -*- coding: utf-8 -*-
"""Letters I-P."""
from common import Q, Letter, esc, words_list, nums_where

LETTERS = []

# ---------------------------------------------------------------------------
# I. North Wessex Community Health NHS FT -- HTML disclosure log, s12 + s16
# ---------------------------------------------------------------------------

def build_i(L):
    bullets = "".join("<li>%s</li>" % esc(q.text) for q in L.questions)
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>FOI-NWC-25-0384 Violence and aggression towards staff - Disclosure log - North Wessex Community Health</title>
<link rel="stylesheet" href="/assets/nhs.css"></head>
<body>
<div id="nhsuk-cookie-banner" role="region" aria-label="Cookie banner">
<h2>Cookies on the North Wessex Community Health website</h2>
<p>We've put some small files called cookies on your device to make our site work. We'd also like to
use analytics cookies. These send information about how our site is used to a service called Google
Analytics. We use this information to improve our site.</p>
<button>I'm OK with analytics cookies</button> <button>Do not use analytics cookies</button>
<a href="/cookies">Let me choose</a></div>
<a class="skip" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header"><a href="/"><span class="logo">NHS</span> North Wessex Community Health NHS Foundation Trust</a>
<form action="/search"><input type="search" placeholder="Search"><button>Search</button></form>
<nav><ul><li><a href="/services">Our services</a></li><li><a href="/patients">Patients and visitors</a></li>
<li><a href="/careers">Work for us</a></li><li><a href="/about">About us</a></li><li><a href="/news">News</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/about/foi">Freedom of Information</a></li><li><a href="/about/foi/disclosure-log">Disclosure log</a></li></ol></nav>
<main id="maincontent">
<h1>Violence and aggression towards staff</h1>
<p class="meta">FOI reference: FOI-NWC-25-0384 &middot; Published: 11 April 2025 &middot; Category: Staff safety</p>
<hr>
<p>Date of request: 14/03/2025<br>Date of response: 11/04/2025</p>
<h2>Request</h2>
<p>I would like the following information for the calendar years 2022, 2023 and 2024:</p>
<ul>%s</ul>
<h2>Response</h2>
<p>North Wessex Community Health NHS Foundation Trust can confirm that it holds information relevant
to your request.</p>
<p>However, under section 12(1) of the Freedom of Information Act 2000 the Trust is not obliged to
comply with a request where it estimates that the cost of doing so would exceed the appropriate
limit. For the Trust this is &pound;450, equivalent to 18 hours of staff time at &pound;25 an hour.</p>
<p>Incidents of violence and aggression are reported on our Datix risk management system. Datix can
produce counts by year, but the information about police involvement, staff absence, the
circumstances of each incident and the action taken against the perpetrator is recorded only in the
free-text fields of each report, and would have to be read and extracted by hand. There are 1,284
relevant reports for the three years. At an estimated 4 minutes per report, this would take over 85
hours. When requests are aggregated, the Trust may refuse the whole request if any part exceeds the
limit, and we are therefore refusing your request in full under section 12(1).</p>
<h3>Advice and assistance</h3>
<p>Under section 16 of the Act we have a duty to offer advice and assistance. To help you, and
without prejudice to the refusal above, we can tell you that Datix holds 1,284 reports of violence
and aggression towards staff over the period: 402 in 2022, 431 in 2023 and 451 in 2024. If you
would like information from the free-text fields, you may wish to resubmit your request for a
single month or a single service, which we may be able to answer within the limit.</p>
<p>The Trust has not considered whether any exemptions, such as section 40(2) for information about
individual members of staff, would apply to the information, since the request as a whole exceeds
the cost limit.</p>
<h3>Your right to complain</h3>
<p>If you are dissatisfied with the handling of your request you may ask for an internal review by
emailing foi@nwch.example within 40 working days. If you are not content with the outcome you may
apply to the Information Commissioner.</p>
<p>FOI Team, Information Governance, North Wessex Community Health NHS Foundation Trust</p>
<p><a href="/about/foi/disclosure-log">Back to disclosure log</a></p>
</main>
<footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; North Wessex Community Health NHS Foundation Trust 2025. Trust Headquarters, Wantage Road, Newbury RG14 9ZZ.</p>
<p>Page last reviewed: 11 April 2025 &middot; Next review due: 11 April 2026</p></footer>
</body></html>""" % bullets


LETTERS.append(Letter(
    file="north-wessex-chft-FOI-NWC-25-0384.html", fmt="html",
    authority="North Wessex Community Health NHS Foundation Trust", reference="FOI-NWC-25-0384",
    date="2025-04-11", received="2025-03-14", regime="foia",
    layout="HTML disclosure log, bullet request, single cost refusal with section 16 advice",
    traps=["s12(1) refuses the whole request", "question 1 figures given under s16 advice but still refused",
           "s40(2) mentioned as not considered", "bulleted unnumbered questions", "NHS cookie banner, nav, footer with another date"],
    questions=[
        Q(1, 1, "refused", ["s12(1)"], "The number of incidents of violence or aggression against staff reported in each year."),
        Q(1, 2, "refused", ["s12(1)"], "The same figures broken down by site or team."),
        Q(1, 3, "refused", ["s12(1)"], "How many of those incidents led to police involvement."),
        Q(1, 4, "refused", ["s12(1)"], "How many staff took time off work as a result of an incident."),
        Q(1, 5, "refused", ["s12(1)"], "A brief description of each incident."),
        Q(1, 6, "refused", ["s12(1)"], "What action was taken against the perpetrator in each case."),
    ],
    build=build_i))

# ---------------------------------------------------------------------------
# J. Northern Isles and Sutherland FRS (FOISA) -- text, borderless table
# ---------------------------------------------------------------------------

def build_j(L):
    req = "\n".join("  %d. %s" % (q.num, q.text) for q in L.questions)
    return """NORTHERN ISLES AND SUTHERLAND FIRE AND RESCUE SERVICE
Service Headquarters, Harbour Road, Wick KW1 9ZZ
foi@nisfrs.example      01955 000000

Tuesday 2 December 2025

Reference   NISFRS/FOI/25/118
Request received   4 November 2025

Dear Requester

FREEDOM OF INFORMATION (SCOTLAND) ACT 2002: ON-CALL STATION AVAILABILITY

I refer to your request, received on 4 November 2025, for the following information:

{req}

RESPONSE

1.  The Service has 31 on-call (retained duty system) stations.

2.  Four stations were unavailable ("off the run") for more than half of all hours in 2024/25:
    Lairg, Durness, Scalloway and Melness.

3.  Hours of unavailability by station, 2024/25 (8,760 hours in the year):

    Station          Hours off the run     % of year
    Lairg                  5,212              59.5
    Durness                4,874              55.6
    Scalloway              4,603              52.5
    Melness                4,431              50.6
    Bettyhill              3,980              45.4
    Kinlochbervie          2,716              31.0
    All other stations     fewer than 2,500 hours each (25 stations)

4.  44 on-call firefighters were recruited in the 2024 calendar year.

5.  Please see our answer to question 2. The same four stations had an average crew of fewer
    than four available firefighters.

6.  We are unable to provide the names. Names of individual firefighters are personal data, and
    disclosure would contravene the data protection principles. This information is exempt
    under section 38(1)(b) of FOISA.

7.  The draft proposals are withheld under sections 30(b)(i) and 30(b)(ii) of FOISA (substantial
    inhibition to the free and frank provision of advice and exchange of views). The proposals
    are at an early stage, have not been considered by the Board, and contain options that
    officers have put forward for discussion. Releasing them now would inhibit officers from
    setting out options candidly in future. We accept there is a strong public interest in the
    future of local stations, and a public consultation is planned for spring 2026, but at this
    stage the public interest favours maintaining the exemptions.

We have not relied on section 33(1)(b) (commercial interests), which you suggested in your request
might be used to withhold the draft proposals; we do not consider it relevant.

REVIEW AND APPEAL

If you are unhappy with this response, you can ask us to review it within 40 working days. If you
are unhappy with the outcome of the review, you may then apply to the Scottish Information
Commissioner. Details are at www.foi.scot.

Yours sincerely

Euan Sinclair
Information Governance Adviser
Northern Isles and Sutherland Fire and Rescue Service
""".format(req=req)


LETTERS.append(Letter(
    file="nisfrs-FOI-25-118.txt", fmt="txt",
    authority="Northern Isles and Sutherland Fire and Rescue Service", reference="NISFRS/FOI/25/118",
    date="2025-12-02", received="2025-11-04", regime="foisa",
    layout="restate numbered request, then numbered responses; borderless aligned text table",
    traps=["borderless table of station figures", "'see our answer to question 2'",
           "s33(1)(b) named but explicitly not relied on", "FOISA s30(b)(i) and (ii) run"],
    questions=[
        Q(1, 1, "released", [], "How many on-call stations does the Service have?"),
        Q(1, 2, "released", [], "Which stations were unavailable for more than 50% of hours in 2024/25?"),
        Q(1, 3, "released", [], "The number of hours each station was unavailable in 2024/25."),
        Q(1, 4, "released", [], "How many on-call firefighters were recruited in 2024?"),
        Q(1, 5, "released", [], "Which stations had an average available crew of fewer than four?"),
        Q(1, 6, "withheld", ["foisa:s38(1)(b)"], "The names of the on-call firefighters who resigned in 2024/25."),
        Q(1, 7, "withheld", ["foisa:s30(b)(i)", "foisa:s30(b)(ii)"],
          "Any draft proposals to close or merge on-call stations."),
    ],
    build=build_j))

# ---------------------------------------------------------------------------
# K. Wyvern Constabulary -- Chromium PDF, decision paragraph with parts
# ---------------------------------------------------------------------------

def build_k(L):
    p1 = "".join("<p class='rq'>%d. <i>%s</i></p>" % (q.num, esc(q.text)) for q in L.questions if q.part == 1)
    p2 = "".join("<p class='rq'>%d. <i>%s</i></p>" % (q.num, esc(q.text)) for q in L.questions if q.part == 2)
    banner = "<div class='banner'>Wyvern Constabulary &middot; Protecting our communities &middot; OFFICIAL</div>"
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>WC-FOI-25/0877</title>
<style>
@page { size: A4; margin: 20mm 22mm; }
body { font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 10.5pt; }
.banner { text-align: center; font-size: 8pt; letter-spacing: 2px; color: #555; margin: 10px 0; }
.rq { margin: 2px 0 2px 18px; }
.addr { float: right; text-align: right; font-size: 9pt; }
h4 { margin-bottom: 4px; }
.pb { page-break-before: always; }
</style></head><body>
<div class="addr">Freedom of Information Unit<br>Wyvern Constabulary<br>Police Headquarters<br>Hindlip Lane<br>Worcester WR3 9ZZ</div>
<p><b>WYVERN CONSTABULARY</b></p>
<br><br><br><br>
<p>October 3, 2025</p>
<p>Dear</p>
<p><b>FREEDOM OF INFORMATION REQUEST &ndash; Reference No: WC-FOI-25/0877</b></p>
<p>I write in connection with your request for information received by Wyvern Constabulary on 9th
September 2025. I note you seek access to the following information:</p>
<p><b>Part 1 &ndash; Automatic Number Plate Recognition (ANPR)</b></p>
%s
<p><b>Part 2 &ndash; Body Worn Video (BWV)</b></p>
%s
%s
<p>Following receipt of your request, searches were conducted within Wyvern Constabulary to locate
information relevant to your request. I can confirm that the information you have requested is
held, in part, by Wyvern Constabulary.</p>
<p>I am applying Section 31(1)(a)(b) (Law Enforcement) to questions 2 and 4 in part 1 of your request
and to question 2 in part 2. Question 2 in part 1 is also exempt under Section 24(1) (National
Security). Wyvern Constabulary can neither confirm nor deny that it holds information relevant to
question 6 in part 1, by virtue of Section 24(2) and Section 31(3). For question 5 in part 2 the job
title has been provided but the name of the individual is withheld under Section 40(2) (Personal
Information). The remaining questions are answered in full below.</p>
<h4>Evidence of Harm</h4>
<p>ANPR is a vital tool in the prevention and detection of crime and in counter-terrorism. Publishing
the locations of cameras, or the identity of the system supplier, would allow those intent on
criminality to plan routes that avoid detection or to target known weaknesses of a particular
product. Disclosure of the BWV supplier would, in the current cyber threat environment, assist
attempts to compromise evidential footage.</p>
<p>Section 23(5) (information supplied by, or relating to, bodies dealing with security matters) is
often cited alongside Section 24(2) where ANPR is concerned. It has not been relied upon in this
case.</p>
<h4>Public Interest Test</h4>
<p><i>Factors favouring disclosure</i> &ndash; openness about the use of surveillance technology and the
spending of public money on it; public debate about the proportionality of ANPR.</p>
<p><i>Factors favouring non-disclosure</i> &ndash; the compromise of law enforcement tactics and the
increased risk to national security if camera locations were mapped across forces.</p>
<p><i>Balance test</i> &ndash; while there is a public interest in transparency, the public interest in
the effective delivery of law enforcement and in national security is stronger. The balance lies in
withholding the information.</p>
<p><b>Neither Confirm Nor Deny</b> &ndash; in relation to question 6 in part 1, to confirm or deny whether
ANPR has been deployed at or near a particular place of worship would reveal policing activity and
priorities in a specific location. This response should not be taken as an indication of whether or
not such information exists.</p>
%s
<p><b>Part 1</b></p>
<p>Question 1 &ndash; Wyvern Constabulary operates 212 fixed ANPR cameras.</p>
<p>Question 3 &ndash; 41.7 million vehicle reads were recorded in 2024.</p>
<p>Question 5 &ndash; Annual maintenance spend for 2024/25 was &pound;318,250.</p>
<p><b>Part 2</b></p>
<p>Question 1 &ndash; 1,450 body worn video devices are currently issued.</p>
<p>Question 3 &ndash; The contract value is &pound;1.02 million over four years.</p>
<p>Question 4 &ndash; The contract expires on 31 March 2027, with an option to extend by one year.</p>
<p>Question 5 &ndash; Head of Digital Policing Services (name withheld &ndash; Section 40(2)).</p>
<p><b>Complaint Rights</b> &ndash; your attention is drawn to the attached sheet, which details your right
of complaint.</p>
<p>Yours sincerely</p>
<p>S. Whitcombe<br>Disclosure Officer</p>
%s
</body></html>""" % (p1, p2, banner, banner, banner)


LETTERS.append(Letter(
    file="wyvern-constabulary-WC-FOI-25-0877.pdf", fmt="pdf-chrome",
    authority="Wyvern Constabulary", reference="WC-FOI-25/0877",
    date="2025-10-03", received="2025-09-09", regime="foia",
    layout="decision paragraph naming questions by part (sample style), harm/PIT, answers for the rest",
    traps=["two parts, numbering restarts; supplier asked in both parts", "Section 31(1)(a)(b) run split in two",
           "NCND for one item only (s24(2)+s31(3))", "s23(5) mentioned but not relied upon",
           "repeated OFFICIAL banner", "US-style date 'October 3, 2025'"],
    questions=[
        Q(1, 1, "released", [], "How many fixed ANPR cameras does the force operate?"),
        Q(1, 2, "withheld", ["s24(1)", "s31(1)(a)", "s31(1)(b)"], "Please list the location of each fixed ANPR camera."),
        Q(1, 3, "released", [], "How many vehicle reads were recorded in 2024?"),
        Q(1, 4, "withheld", ["s31(1)(a)", "s31(1)(b)"], "Who is the supplier of your ANPR system?"),
        Q(1, 5, "released", [], "What was the annual maintenance spend on ANPR in 2024/25?"),
        Q(1, 6, "ncnd", ["s24(2)", "s31(3)"], "Has ANPR been deployed at or near any mosque or other place of worship in the force area?"),
        Q(2, 1, "released", [], "How many body worn video devices are currently issued?"),
        Q(2, 2, "withheld", ["s31(1)(a)", "s31(1)(b)"], "Who is the supplier of your body worn video devices?"),
        Q(2, 3, "released", [], "What is the value of the contract?"),
        Q(2, 4, "released", [], "When does the contract expire?"),
        Q(2, 5, "partially_released", ["s40(2)"], "The name and job title of the person responsible for the contract."),
    ],
    build=build_k))

# ---------------------------------------------------------------------------
# L. Mercia Vale Fire and Rescue Service -- text, interleaved
# ---------------------------------------------------------------------------

def build_l(L):
    ans = {
        1: "The Service has 42 pumping appliances, of which 6 are held in reserve.",
        2: "Please see the attached spreadsheet, which gives the registration year of each of the 42\n"
           "appliances.",
        3: "The last five appliances were supplied by Emberline Vehicles Ltd, under the national\n"
           "framework, and were delivered in 2023 (two) and 2024 (three). The unit price paid is\n"
           "withheld under section 43(2) of the Freedom of Information Act (commercial interests).\n"
           "Prices below the framework ceiling were agreed in a mini-competition, and release would be\n"
           "likely to prejudice both the supplier and the Service in the next procurement round, which\n"
           "begins in 2026. The public interest in value for money is met in part by the Service's\n"
           "published capital programme.",
        4: "We do not hold this information. Workshop records show repairs by vehicle, but do not\n"
           "record whether the appliance was off the run as a result.",
        5: "Our Fleet Strategy 2024-2029 is published on our website and is therefore exempt under\n"
           "section 21(1): https://www.merciavale-fire.example/about/fleet-strategy",
    }
    out = []
    for q in L.questions:
        out.append("%d. %s\n\nResponse: %s\n" % (q.num, q.text, ans[q.num]))
    return """Mercia Vale Fire and Rescue Service
Information Governance | Kings Court | Droitwich Road | Bromsgrove | B60 9ZZ


FOI 0212 / 25

05-Aug-2025


Dear Applicant,

Freedom of Information Act 2000 - request for information about appliances

Your request of 08-Jul-2025 has been considered. Your questions are repeated below, with the
Service's response after each one.

{qa}
I hope this information is helpful. If you are not satisfied with the handling of your request you
have the right to ask for an internal review. Internal review requests should be made within 40
working days of the date of this letter to the Information Governance Manager at the address
above. If you remain dissatisfied you may complain to the Information Commissioner's Office.

Regards,

Information Governance Team
Mercia Vale Fire and Rescue Service

Enc. Appliance_ages_FOI0212.xlsx
""".format(qa="\n".join(out))


LETTERS.append(Letter(
    file="mercia-vale-frs-FOI-0212-25.txt", fmt="txt",
    authority="Mercia Vale Fire and Rescue Service", reference="FOI 0212 / 25",
    date="2025-08-05", received="2025-07-08", regime="foia",
    layout="interleaved: numbered question then 'Response:'",
    traps=["reference with spaces around slash", "dd-Mon-yyyy dates", "answer in attached spreadsheet",
           "supplier released, unit price withheld s43(2)", "not held without any provision"],
    questions=[
        Q(1, 1, "released", [], "How many pumping appliances does the Service have?"),
        Q(1, 2, "released", [], "What is the age of each appliance?"),
        Q(1, 3, "partially_released", ["s43(2)"], "Who supplied the last five appliances, and what was the unit price?"),
        Q(1, 4, "not_held", [], "How many times in 2024 was an appliance unavailable because of a mechanical fault?"),
        Q(1, 5, "released", ["s21(1)"], "Please provide a copy of your fleet replacement strategy."),
    ],
    build=build_l))

# ---------------------------------------------------------------------------
# M. Ceredig Coast National Park Authority (EIR, bilingual) -- DOCX
# ---------------------------------------------------------------------------

def build_m(L):
    reqs = "".join("<li>%s</li>" % esc(q.text) for q in L.questions)
    ans = [
        "3.2 km of the coast path was closed because of erosion as at 31 March 2025, across five sections.",
        "&pound;412,000 was spent on coast path repairs in 2024/25.",
        "The contractors were Glannau Civil Engineering Ltd, Teifi Stone Ltd and Arfordir Paths CIC. "
        "The tender scores are withheld under regulation 12(5)(e) (confidentiality of commercial "
        "information): they include the pricing and quality assessments of each bidder, which are "
        "confidential under the tender terms and protect a legitimate economic interest. The public "
        "interest in maintaining the exception outweighs that in disclosure.",
        "The ecologist's report is withheld under regulation 12(4)(d), as it is unfinished: the "
        "survey continues until August 2025. The final report will be published.",
        "The Authority does not hold this information. Holiday-let enforcement cases are not recorded "
        "as a separate category in our planning system. Regulation 12(4)(a) applies.",
        "These emails are withheld under regulation 13(1), as they contain the personal data of the "
        "residents who wrote to us and disclosure would breach the data protection principles.",
    ]
    answers = "".join("<li>%s</li>" % a for a in ans)
    return """<html><head><meta charset="utf-8"><title>APCAC-EIR-25-031</title></head>
<body style="font-family: 'DejaVu Sans'; font-size: 10pt">
<p align="right"><b>Awdurdod Parc Cenedlaethol Arfordir Ceredig<br>Ceredig Coast National Park Authority</b><br>
Plas y Parc, Aberaeron SA46 9ZZ</p>
<p>Ein Cyf / Our Ref: APCAC-EIR-25-031<br>Dyddiad / Date: 09.05.2025</p>
<p>Annwyl / Dear Requester</p>
<p><b>Rheoliadau Gwybodaeth Amgylcheddol 2004 / Environmental Information Regulations 2004</b></p>
<p>Thank you for your request for information received on 10 April 2025. We have considered it under the
Environmental Information Regulations 2004, as it concerns the state of the coast and the use of land.</p>
<p><b>Eich cais / Your request</b></p>
<ol>%s</ol>
<p><b>Ein hymateb / Our response</b></p>
<p>Our responses below follow the numbering of your request.</p>
<ol>%s</ol>
<p>For completeness, we did not consider it necessary to apply regulation 12(5)(f) (interests of the
person who supplied the information) to the tender material.</p>
<p><b>Hawl i apelio / Right of appeal</b></p>
<p>If you are unhappy with this response, you can ask for an internal review under regulation 11 within
40 working days. You may then complain to the Information Commissioner.</p>
<p>Yn gywir / Yours sincerely</p>
<p>Elin Rowlands<br>Swyddog Llywodraethu Gwybodaeth / Information Governance Officer</p>
</body></html>""" % (reqs, answers)


LETTERS.append(Letter(
    file="ceredig-coast-npa-APCAC-EIR-25-031.docx", fmt="docx",
    authority="Ceredig Coast National Park Authority", reference="APCAC-EIR-25-031",
    date="2025-05-09", received="2025-04-10", regime="eir",
    layout="bilingual headings; request and responses as two automatically numbered lists",
    traps=["answer numbers exist only as Word automatic numbering", "Welsh/English headings",
           "names released, scores withheld reg12(5)(e)", "reg 12(5)(f) mentioned but not applied",
           "dd.mm.yyyy date"],
    questions=[
        Q(1, 1, "released", [], "What length of the coast path is currently closed because of erosion?"),
        Q(1, 2, "released", [], "How much was spent on coast path repairs in 2024/25?"),
        Q(1, 3, "partially_released", ["reg12(5)(e)"], "Which contractors carried out the repairs, and what were their tender scores?"),
        Q(1, 4, "withheld", ["reg12(4)(d)"], "A copy of the ecologist's report on the Cwm Tydu cliffs."),
        Q(1, 5, "not_held", ["reg12(4)(a)"], "How many planning enforcement cases about holiday lets were opened in 2024?"),
        Q(1, 6, "withheld", ["reg13(1)"], "Copies of emails from residents complaining about the Llangrannog car park."),
    ],
    build=build_m))

# ---------------------------------------------------------------------------
# N. Police Service of Northern Scotland (FOISA) -- HTML disclosure log
# ---------------------------------------------------------------------------

def build_n(L):
    ans = {
        1: "<p>14,382 stop and searches were carried out in the 2024 calendar year.</p>",
        2: "<p>The breakdown by ethnicity is published in our quarterly Stop and Search data release, "
           "available at https://www.psns.example/stop-search-data. Under section 25(1) of the Act, "
           "information that is otherwise accessible is exempt.</p>",
        3: "<p>See the response to question 4 below.</p>",
        4: "<p>The Police Service of Northern Scotland can neither confirm nor deny that it holds the "
           "information requested at questions 3 and 4. Section 18(1) of the Act applies, read with "
           "sections 35(1)(a) and 35(1)(b) (law enforcement). If the information existed it would be "
           "exempt under section 35, and it would not be in the public interest to reveal whether it "
           "exists or not.</p><p>The use, or otherwise, of covert human intelligence sources is a "
           "sensitive area of policing. Confirming or denying the extent of any such use would reveal "
           "tactics to those who would seek to avoid detection.</p>",
        5: "<p>We hold this information, but it is exempt under sections 35(1)(a) and 35(1)(b). "
           "Revealing the size of specialist covert teams would indicate capacity and capability. The "
           "public interest lies in withholding it.</p>",
        6: "<p>212 complaints about stop and search were received during 2024.</p>",
    }
    blocks = "".join("<h3>Requested (%d)</h3><p>%s</p><h3>Response</h3>%s" % (q.num, esc(q.text), ans[q.num])
                     for q in L.questions)
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>PSNS-1938-25 | Stop and search and covert sources | Disclosure log</title></head>
<body>
<div class="cookie-consent"><p>This site uses cookies. By continuing to browse you agree to our use of
cookies. <a href="/cookies">Find out more</a> <button>Accept</button> <button>Manage preferences</button></p></div>
<div class="topbar"><a href="/">Police Service of Northern Scotland</a> | <a href="/gd">G&agrave;idhlig</a> |
In an emergency call 999 | Non-emergency 101</div>
<nav class="main-nav"><a href="/report">Report</a> <a href="/advice">Advice</a> <a href="/your-area">Your area</a>
<a href="/about">About us</a> <a href="/careers">Careers</a></nav>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/about">About us</a> / <a href="/about/foi">Access to information</a> /
<a href="/about/foi/disclosure-log">FOI disclosure log</a> / 2025 / PSNS-1938-25</div>
<main>
<h1>Stop and search and covert sources</h1>
<table class="log-details"><tr><th>FOI reference</th><td>PSNS-1938-25</td></tr>
<tr><th>Date of response</th><td>2025-07-21</td></tr>
<tr><th>Category</th><td>Operational policing</td></tr></table>
<div class="letter">
<p>21st July 2025</p>
<p>Dear Applicant</p>
<p>Thank you for your request for information dated 23 June 2025, which we received the same day. I
have considered your request under the Freedom of Information (Scotland) Act 2002.</p>
%s
<p>Section 34(1) (investigations by Scottish public authorities) was considered in relation to
questions 3 and 4 but has not been relied upon.</p>
<p><b>Review</b> &ndash; should you be dissatisfied, you may request a review within 40 working days by
emailing foi@psns.example. If you remain dissatisfied after the review, you can apply to the Scottish
Information Commissioner within six months.</p>
<p>Information Management, Police Service of Northern Scotland</p>
</div>
</main>
<footer><p><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/terms">Terms</a> &middot; <a href="/sitemap">Sitemap</a></p>
<p>&copy; Police Service of Northern Scotland 2025</p></footer>
</body></html>""" % blocks


LETTERS.append(Letter(
    file="psns-disclosure-PSNS-1938-25.html", fmt="html",
    authority="Police Service of Northern Scotland", reference="PSNS-1938-25",
    date="2025-07-21", received="2025-06-23", regime="foisa",
    layout="HTML disclosure log, 'Requested (n) / Response' blocks",
    traps=["NCND for two items only (s18(1) read with s35(1)(a),(b))",
           "question 3 answered by 'see the response to question 4'", "s25 signposting",
           "s34(1) considered but not relied upon", "ISO date in log table, ordinal date in letter"],
    questions=[
        Q(1, 1, "released", [], "How many stop and searches were carried out in 2024?"),
        Q(1, 2, "released", ["foisa:s25(1)"], "A breakdown of those searches by the ethnicity of the person searched."),
        Q(1, 3, "ncnd", ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"],
          "How many covert human intelligence sources were authorised in 2024?"),
        Q(1, 4, "ncnd", ["foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"],
          "The total amount paid to covert human intelligence sources in 2024."),
        Q(1, 5, "withheld", ["foisa:s35(1)(a)", "foisa:s35(1)(b)"], "How many officers work in your covert operations unit?"),
        Q(1, 6, "released", [], "How many complaints about stop and search were received in 2024?"),
    ],
    build=build_n))

# ---------------------------------------------------------------------------
# O. Severnside Police internal review -- LibreOffice PDF re-distilled by gs
# ---------------------------------------------------------------------------

def build_o(L):
    return """<html><head><meta charset="utf-8"><title>IR/2025/0044</title>
<style>body { font-family: 'Liberation Serif'; font-size: 11pt; } h2 { font-size: 12pt; }
td { vertical-align: top; }</style></head><body>
<table width="100%%" cellpadding="0"><tr><td><b><font size="4">SEVERNSIDE POLICE</font></b><br>Information Access Team</td>
<td align="right">Internal Review Reference: IR/2025/0044<br>FOI Reference: FOI/2025/1207<br>11 Sep 2025</td></tr></table>
<p>Dear</p>
<h2>Freedom of Information Act 2000 &ndash; Internal Review</h2>
<p>I write in response to your email of 8 August 2025 asking for an internal review of the handling of
your request FOI/2025/1207, which was received on 30 June 2025. You requested:</p>
<p>1. %s<br>2. %s<br>3. %s<br>4. %s<br>5. %s</p>
<h2>The original response</h2>
<p>On 25 July 2025 the Force refused your request in its entirety under section 12(1) of the Act, on the
basis that locating and retrieving the information would exceed the appropriate limit of 18 hours.</p>
<h2>Findings of the review</h2>
<p>Having examined the original cost estimate, I have found that it was driven almost entirely by
question 4: hearing transcripts are held as audio files and would have to be located, transcribed
and reviewed, which would take well over 18 hours on its own. Questions 1, 2, 3 and 5 can be answered
from the Professional Standards Department case management system within a few hours. The Force
should have advised you of this under section 16, and I consider that the decision to refuse the whole
request was not correct. I have therefore dealt with questions 1 to 3 and 5 afresh, and I uphold the
refusal of question 4 alone under section 12(1).</p>
<p><b>Question 1:</b> 38 gross misconduct hearings were held between 2022 and 2024 (11, 15 and 12
respectively).</p>
<p><b>Question 2:</b> Of the 38 hearings, 21 resulted in dismissal (or would have done had the officer
not resigned), 9 in a final written warning, 3 in a written warning, and 5 found no case to answer.</p>
<p><b>Question 3:</b> 21 officers were dismissed or would have been dismissed. Their names are withheld
under section 40(2). Where a hearing was held in public, the outcome was published on the Force
website for 28 days in line with the Police (Conduct) Regulations 2020; after that period the names
are not otherwise published, and disclosure now would be unfair to the individuals concerned.</p>
<p><b>Question 4:</b> Refusal upheld under section 12(1). If you were to ask for transcripts of a
single hearing, identified by date, we would consider that request afresh.</p>
<p><b>Question 5:</b> Severnside Police neither confirms nor denies that it holds the information you
have requested, by virtue of section 40(5B) of the Act. To confirm or deny whether a named officer
has been the subject of misconduct proceedings would itself disclose personal data about that
officer.</p>
<p>Although section 30(3) is sometimes applied to questions of this kind, it does not apply here, as
misconduct proceedings are not criminal investigations.</p>
<h2>Summary</h2>
<p>Your complaint is upheld in part. The Force has now answered questions 1, 2 and 3, and has responded
to question 5. The refusal of question 4 is upheld.</p>
<p>If you are dissatisfied with this review, you may apply to the Information Commissioner under
section 50 of the Act.</p>
<p>Yours sincerely,</p>
<p>Helen Marwood<br>Information Access Manager<br>Severnside Police</p>
</body></html>""" % tuple(esc(q.text) for q in L.questions)


LETTERS.append(Letter(
    file="severnside-police-IR-2025-0044.pdf", fmt="pdf-lo-gs",
    authority="Severnside Police", reference="IR/2025/0044",
    date="2025-09-11", received="2025-06-30", regime="foia",
    layout="internal review narrative: original decision, findings, answers keyed 'Question n:'",
    traps=["original s12(1) whole-request refusal overturned except for question 4",
           "review reference and original reference", "NCND for one item (s40(5B))",
           "s30(3) mentioned as not applying", "names withheld beside released counts"],
    questions=[
        Q(1, 1, "released", [], "How many gross misconduct hearings were held in each of 2022, 2023 and 2024?"),
        Q(1, 2, "released", [], "What were the outcomes of those hearings?"),
        Q(1, 3, "partially_released", ["s40(2)"], "How many officers were dismissed, and what are their names?"),
        Q(1, 4, "refused", ["s12(1)"], "Copies of the transcripts of all of those hearings."),
        Q(1, 5, "ncnd", ["s40(5B)"], "Has PC 4471 Daniel Hartley been the subject of a misconduct hearing?"),
    ],
    build=build_o))

# ---------------------------------------------------------------------------
# P. NHS Western Glens (FOISA review) -- LibreOffice PDF
# ---------------------------------------------------------------------------

def build_p(L):
    return """<html><head><meta charset="utf-8"><title>WG/REV/0312</title>
<style>body { font-family: 'DejaVu Sans'; font-size: 9.5pt; } .hdr { color: #004b87; }</style></head><body>
<p class="hdr"><b><font size="5">NHS Western Glens</font></b><br>Corporate Services &middot; Freedom of Information</p>
<p>Lochside House<br>Fort William<br>PH33 9ZZ</p>
<p><b>Date:</b> 5th December 2025<br><b>Review Ref:</b> WG/REV/0312<br><b>Your original request:</b> WG/FOI/2025/2201</p>
<p>Dear Requester</p>
<p><b>REVIEW OF RESPONSE TO YOUR INFORMATION REQUEST</b></p>
<p>Thank you for your requirement for review dated 3 November 2025. I have reviewed NHS Western Glens'
response of 16 October 2025 to your request, received on 19 September 2025. The review panel met on
1 December 2025. Changes to the original decision are shown in <b>bold</b>.</p>
<p><u>1. %s</u></p>
<p>The original response gave a figure of 146 adult inpatient beds. The panel confirmed this figure.
Decision upheld.</p>
<p><u>2. %s</u></p>
<p>The original response withheld all of this information under section 33(1)(b). <b>The panel decided
that the total cost could be released without prejudice to the Board's commercial interests. The
total cost of out-of-area placements in 2024/25 was &pound;4,912,760. The panel upheld the
application of section 33(1)(b) to the breakdown by provider</b>, as there are only three providers and
the daily rates negotiated with each are confidential.</p>
<p><u>3. %s</u></p>
<p>The original decision to withhold this information under section 38(1)(b) is upheld. The number is
small and, taken with information already in the public domain, could identify the individuals.</p>
<p><u>4. %s</u></p>
<p>The original response gave notice under section 17(1) that the information is not held. The panel
confirmed that vacancies are recorded in whole-time equivalents for all medical staff together, and
that a vacancy rate for consultant psychiatrists is not held. Decision upheld.</p>
<p><u>5. %s</u></p>
<p>The original response withheld the paper under section 30(c). <b>The paper will be published with the
papers for the Board meeting on 29 January 2026. The panel has substituted section 27(1)
(information intended for future publication) for section 30(c)</b>, and it is satisfied that it is
reasonable to withhold the paper until then.</p>
<p>In summary, your requirement for review has been upheld in part.</p>
<p><b>Appeal</b><br>If you remain dissatisfied, you may apply to the Scottish Information Commissioner
within six months for a decision. The Commissioner's office is at Kinburn Castle, St Andrews.</p>
<p>Yours sincerely</p>
<p>Catriona Fraser<br>Head of Corporate Governance</p>
</body></html>""" % tuple(esc(q.text) for q in L.questions)


LETTERS.append(Letter(
    file="nhs-western-glens-WG-REV-0312.pdf", fmt="pdf-lo",
    authority="NHS Western Glens", reference="WG/REV/0312",
    date="2025-12-05", received="2025-09-19", regime="foisa",
    layout="FOISA review, each question underlined then review decision; changes in bold",
    traps=["review partly overturns Q2 (withheld -> partial) and substitutes s27(1) for s30(c) on Q5",
           "original exemptions quoted but superseded", "several dates (request, response, review request, panel, review)",
           "s17 not-held upheld"],
    questions=[
        Q(1, 1, "released", [], "How many adult mental health inpatient beds does the Board have?"),
        Q(1, 2, "partially_released", ["foisa:s33(1)(b)"], "The cost of out-of-area mental health placements in 2024/25, by provider."),
        Q(1, 3, "withheld", ["foisa:s38(1)(b)"], "The number of deaths of detained patients in 2024, and their names."),
        Q(1, 4, "not_held", ["foisa:s17(1)"], "The current vacancy rate for consultant psychiatrists."),
        Q(1, 5, "released", ["foisa:s27(1)"], "A copy of the options paper on the closure of Glencoe Ward."),
    ],
    build=build_p))
