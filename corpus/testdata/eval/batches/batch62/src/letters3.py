# -*- coding: utf-8 -*-
"""Letters Q-X."""
from common import Q, Letter, esc, words_list, nums_where

LETTERS = []

# ---------------------------------------------------------------------------
# Q. Ashdown and Weald Partnership NHS Trust -- DOCX, bordered response table
# ---------------------------------------------------------------------------

def build_q(L):
    reqs = "".join("<li>%s</li>" % esc(q.text) for q in L.questions)
    resp = {
        1: "64 consultant psychiatrists (58.6 WTE) as at 30 April 2025.",
        2: "The salary bands of the five highest-paid consultants are: one at &pound;175,000-&pound;180,000, "
           "two at &pound;165,000-&pound;170,000 and two at &pound;155,000-&pound;160,000 (including clinical "
           "excellence awards). Their names are withheld under Section 40(2) &ndash; personal information.",
        3: "1,406 incidents of restraint were recorded in 2024/25.",
        4: "212 of those incidents involved prone restraint. The breakdown by ward is withheld under Section "
           "40(2), as several wards recorded very small numbers which, combined with other information, "
           "could identify patients.",
        5: "Withheld. Section 40(2) applies: information about disciplinary action against named staff is "
           "their personal data.",
        6: "Bank staff: &pound;11,204,000. Agency staff: &pound;7,498,000. Total &pound;18,702,000 (2024/25).",
        7: "Medway Clinical Staffing, Greenleaf Nursing, Pulse Psychiatry and Thornbury Healthcare.",
    }
    rows = "".join("<tr><td align='center'>%d</td><td>%s</td></tr>" % (n, resp[n]) for n in range(1, 8))
    return """<html><head><meta charset="utf-8"><title>AW-FOI 716/25</title></head>
<body style="font-family: 'Liberation Sans'; font-size: 10.5pt">
<p align="right"><b>Ashdown and Weald Partnership NHS Trust</b><br>Trust Headquarters, Forest Row Road<br>
East Grinstead RH19 9ZZ</p>
<p>2nd June 2025</p>
<p>Ref: AW-FOI 716/25</p>
<p>Dear Requester</p>
<p><b>Freedom of Information Request</b></p>
<p>I am writing in response to your request for information, which we received on 6th May 2025. You
asked for the following:</p>
<ol>%s</ol>
<p>The Trust&rsquo;s response to each question is set out in the table below.</p>
<table border="1" cellspacing="0" cellpadding="5" width="100%%">
<tr><th width="8%%">No.</th><th>Response</th></tr>
%s
</table>
<p>Section 40(2) of the Act exempts personal data of third parties where disclosure would contravene
the data protection principles. It is an absolute exemption, and no public interest test applies.</p>
<p>If you are dissatisfied with this response you may request an internal review within two months by
contacting the Head of Information Governance. You may also complain to the Information
Commissioner&rsquo;s Office once the internal review process is complete.</p>
<p>Yours sincerely</p>
<p>Information Governance Team<br>Ashdown and Weald Partnership NHS Trust</p>
</body></html>""" % (reqs, rows)


LETTERS.append(Letter(
    file="ashdown-weald-pt-AW-FOI-716-25.docx", fmt="docx",
    authority="Ashdown and Weald Partnership NHS Trust", reference="AW-FOI 716/25",
    date="2025-06-02", received="2025-05-06", regime="foia",
    layout="auto-numbered request list, then bordered two-column No. | Response table",
    traps=["question text only in automatic list; answers in a table keyed by number",
           "salary bands released, names withheld s40(2)", "total released, ward breakdown withheld s40(2)",
           "generic s40(2) paragraph after the table"],
    questions=[
        Q(1, 1, "released", [], "How many consultant psychiatrists does the Trust employ?"),
        Q(1, 2, "partially_released", ["s40(2)"], "The names and salaries of the five highest-paid consultants."),
        Q(1, 3, "released", [], "How many incidents of restraint were recorded in 2024/25?"),
        Q(1, 4, "partially_released", ["s40(2)"], "How many of those incidents involved prone restraint, broken down by ward?"),
        Q(1, 5, "withheld", ["s40(2)"], "The names of staff disciplined for improper use of restraint since 2022."),
        Q(1, 6, "released", [], "The Trust's spend on bank and agency staff in 2024/25."),
        Q(1, 7, "released", [], "The names of the staffing agencies used by the Trust."),
    ],
    build=build_q))

# ---------------------------------------------------------------------------
# R. Brackenfield Homes (council ALMO) -- text, questions in prose
# ---------------------------------------------------------------------------

def build_r(L):
    return """BRACKENFIELD HOMES
Managing homes on behalf of Brackenfield Borough Council
Civic Way, Brackenfield, DE55 9ZZ

Ref: BH/FOI/25/63
Date: 23-01-2025


Dear Requester

Thank you for getting in touch with us on 19-12-2024. We have handled your enquiry under the
Freedom of Information Act 2000, as Brackenfield Homes is wholly owned by Brackenfield Borough
Council.

You asked how many council homes managed by Brackenfield Homes were empty (void) on
31 March 2024, and for the address of each of those homes.

On 31 March 2024 there were 187 void properties. Of these, 142 were undergoing routine repair
between tenancies and 45 were awaiting major works.

We are not able to give you the addresses. Empty homes are at greater risk of break-ins, theft
of boilers and copper pipework, squatting and arson, and a list of addresses would make them
easy to find. We consider that the addresses are exempt under section 31(1)(a) of the Act
(prevention or detection of crime). We have weighed the public interest in knowing where empty
homes are against the risk of crime and damage to the properties and to neighbouring homes, and
decided that the balance favours withholding the addresses.

We have also thought about section 38 (health and safety) but we do not need to rely on it.

If you are unhappy with our reply, please write to our Customer Relations Manager within
40 working days and ask for an internal review. If you are still unhappy after that you can
contact the Information Commissioner's Office.

Best wishes

Dawn Keeling
Business Support Officer
Brackenfield Homes
"""


LETTERS.append(Letter(
    file="brackenfield-homes-BH-FOI-25-63.txt", fmt="txt",
    authority="Brackenfield Homes", reference="BH/FOI/25/63",
    date="2025-01-23", received="2024-12-19", regime="foia",
    layout="short plain letter; two questions in one prose sentence",
    traps=["questions never numbered, both in one sentence", "dd-mm-yyyy dates", "only contact date given",
           "s38 mentioned but not relied on", "ALMO subject to FOI"],
    questions=[
        Q(1, 1, "released", [], "How many council homes managed by Brackenfield Homes were empty (void) on 31 March 2024?"),
        Q(1, 2, "withheld", ["s31(1)(a)"], "The address of each of those homes."),
    ],
    build=build_r))

# ---------------------------------------------------------------------------
# S. Arfon and Mon Fire and Rescue Service (Wales) -- HTML disclosure log, bilingual
# ---------------------------------------------------------------------------

def build_s(L):
    ans = {
        1: "We attended 188 wildfires in 2022, 241 in 2023 and 203 in 2024.",
        2: "We do not record the area burnt. Incident reports record the type of land involved but not "
           "its extent, so this information is not held.",
        3: "The estimated cost of our response to wildfires was &pound;612,400 across the three years, "
           "based on appliance hours and crew costs.",
        4: "Three people were prosecuted for wildfire-related arson between 2022 and 2024. Their names "
           "are withheld under section 40(2), as they are personal data relating to criminal "
           "proceedings and their release would not be fair.",
        5: "The Service can neither confirm nor deny whether it holds this information under sections "
           "31(3) and 40(5B) of the Act. Confirming or denying that particular individuals are under "
           "investigation would itself disclose personal data and could prejudice any investigation "
           "carried out with North Wales police colleagues.",
        6: "Our new Wildfire Strategy is due to be published in October 2025. The draft is therefore "
           "exempt under section 22(1) (information intended for future publication). We consider it "
           "reasonable to withhold it until publication.",
    }
    blocks = "".join(
        "<section class='qa'><h3>Cwestiwn %d / Question %d</h3><p class='q'>%s</p>"
        "<h4>Ateb / Answer</h4><p>%s</p></section>" % (q.num, q.num, esc(q.text), ans[q.num])
        for q in L.questions)
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Wildfires 2022-2024 | Cofnod Datgelu / Disclosure Log | Arfon and M&ocirc;n Fire and Rescue Service</title></head>
<body>
<div id="cookie-notice"><p>Cwcis / Cookies: we use essential cookies to make our site work. With your
consent we also use analytics cookies. <button>Derbyn / Accept</button> <button>Gwrthod / Reject</button></p></div>
<header><a class="logo" href="/">Gwasanaeth T&acirc;n ac Achub Arfon a M&ocirc;n<br>Arfon and M&ocirc;n Fire and Rescue Service</a>
<a href="/cy/">Cymraeg</a>
<nav><a href="/safety">Cadw&rsquo;n ddiogel / Staying safe</a> <a href="/business">Busnes / Business</a>
<a href="/about">Amdanom ni / About us</a> <a href="/careers">Gyrfaoedd / Careers</a></nav></header>
<p class="breadcrumbs"><a href="/">Hafan / Home</a> &raquo; <a href="/about">Amdanom ni / About us</a> &raquo;
<a href="/about/foi">Rhyddid Gwybodaeth / Freedom of Information</a> &raquo; <a href="/about/foi/log">Cofnod Datgelu / Disclosure Log</a>
&raquo; AM-0333-2025</p>
<main>
<h1>Tanau gwyllt / Wildfires 2022-2024</h1>
<ul class="facts"><li>Cyfeirnod / Reference: AM-0333-2025</li>
<li>Dyddiad derbyn / Date received: 21 Gorffennaf 2025 / 21 July 2025</li>
<li>Dyddiad ymateb / Date of response: 18 Awst 2025 / 18 August 2025</li></ul>
<p>Annwyl / Dear Requester,</p>
<p>Thank you for your request for information under the Freedom of Information Act 2000. Our
responses are set out below.</p>
%s
<p>You mentioned section 30 (investigations) in your request. The Service does not conduct criminal
investigations into arson itself and has not applied section 30.</p>
<p><b>Adolygiad / Review:</b> if you are not satisfied, you may ask for an internal review within 40
working days by emailing gwybodaeth@arfonmon-tan.example. You may then complain to the Information
Commissioner.</p>
<p>Tîm Llywodraethu Gwybodaeth / Information Governance Team</p>
</main>
<footer><p>Gwasanaeth T&acirc;n ac Achub Arfon a M&ocirc;n, Pencadlys, Ffordd Llanberis, Caernarfon LL55 9ZZ</p>
<p><a href="/hygyrchedd">Hygyrchedd / Accessibility</a> | <a href="/preifatrwydd">Preifatrwydd / Privacy</a> |
<a href="/iaith">Safonau&rsquo;r Gymraeg / Welsh Language Standards</a></p>
<p>&copy; 2025</p></footer>
</body></html>""" % blocks


LETTERS.append(Letter(
    file="arfon-mon-frs-AM-0333-2025.html", fmt="html",
    authority="Arfon and Môn Fire and Rescue Service", reference="AM-0333-2025",
    date="2025-08-18", received="2025-07-21", regime="foia",
    layout="bilingual HTML disclosure log, Cwestiwn/Question + Ateb/Answer blocks",
    traps=["Welsh/English headings and dates (Gorffennaf, Awst)", "NCND for one item only (s31(3)+s40(5B))",
           "count released, names withheld s40(2)", "not held without any provision",
           "s22 future publication treated as released", "s30 named by requester but not applied"],
    questions=[
        Q(1, 1, "released", [], "How many wildfires did the Service attend in each of 2022, 2023 and 2024?"),
        Q(1, 2, "not_held", [], "The total area burnt, in hectares, in each year."),
        Q(1, 3, "released", [], "The cost of the Service's response to wildfires over the three years."),
        Q(1, 4, "partially_released", ["s40(2)"], "How many people were prosecuted for wildfire arson, and their names."),
        Q(1, 5, "ncnd", ["s31(3)", "s40(5B)"], "Details of the people currently suspected of starting the Mynydd Bodafon fire in April 2025."),
        Q(1, 6, "released", ["s22(1)"], "A copy of your wildfire strategy."),
    ],
    build=build_s))

# ---------------------------------------------------------------------------
# T. Cheviot Forest National Park Authority -- markdown, FOIA + EIR split
# ---------------------------------------------------------------------------

def build_t(L):
    return """**Cheviot Forest National Park Authority**
Eastburn Mill, Rothbury, Northumberland NE65 9ZZ

19 Nov. 2025

Our reference: NPA/2025/019

Dear Requester,

### Your request for information

Thank you for your request dated 22 Oct. 2025. You asked us:

1. {t1}
2. {t2}
3. {t3}
4. {t4}
5. {t5}
6. {t6}

Some of your questions concern environmental information, which must be dealt with under the
Environmental Information Regulations 2004 (EIR); the rest fall under the Freedom of Information
Act 2000 (FOIA). We have grouped our answers accordingly, so they do not appear in the order you
asked them.

### Part A - questions handled under the Freedom of Information Act

**Question 1.** The Authority employs 138 people (121.4 full-time equivalent) as at 1 October 2025.

**Question 2.** The Chief Executive's expenses are published every quarter in our transparency
pages and are therefore exempt under section 21(1) (information accessible by other means):
https://www.cheviotforest-npa.example/transparency/expenses

**Question 5.** Seven disciplinary cases were opened in 2024/25. We will not give the names of the
staff involved: this is personal data and section 40(2) of FOIA applies.

### Part B - questions handled under the EIR

**Question 3.** The Authority applied for 5 felling licences for its own woodland between 2023 and
2025, all of which were granted.

**Question 4.** We enclose our correspondence with the Forestry Commission about the felling at
Harbottle Wood (14 letters and emails). We have withheld 6 internal emails between Authority officers
under regulation 12(4)(e) (internal communications). We consider that officers need a safe space to
discuss the options before a decision is reached, and that this outweighs the public interest in
disclosure at present.

**Question 6.** The peat restoration map is available on our website, so regulation 6(1)(b)
applies: https://www.cheviotforest-npa.example/peatland

We did not find it necessary to consider regulation 12(5)(a) (public safety) or 12(5)(g)
(protection of the environment) for the felling correspondence.

### Complaints

You can ask for an internal review within 40 working days. After that you may complain to the
Information Commissioner.

Yours faithfully,

*Hannah Liddell*
Corporate Services Officer
""".format(**{"t%d" % q.num: q.text for q in L.questions})


LETTERS.append(Letter(
    file="cheviot-forest-npa-NPA-2025-019.md", fmt="md",
    authority="Cheviot Forest National Park Authority", reference="NPA/2025/019",
    date="2025-11-19", received="2025-10-22", regime="eir",
    layout="numbered request, then answers split into 'Part A' (FOIA) and 'Part B' (EIR) out of order",
    traps=["authority's 'Part A/Part B' are regime groupings, not request parts", "answers out of order (1,2,5 then 3,4,6)",
           "mixed FOIA and EIR in one letter", "s21 and reg 6(1)(b) signposting",
           "reg 12(5)(a)/(g) mentioned but not considered", "abbreviated month dates 'Nov.'"],
    questions=[
        Q(1, 1, "released", [], "How many staff does the Authority employ?"),
        Q(1, 2, "released", ["s21(1)"], "The Chief Executive's expense claims for 2024/25."),
        Q(1, 3, "released", [], "How many felling licences has the Authority applied for on its own land since 2023?"),
        Q(1, 4, "partially_released", ["reg12(4)(e)"], "Copies of all correspondence and emails, internal or external, about the felling at Harbottle Wood."),
        Q(1, 5, "partially_released", ["s40(2)"], "The number of staff disciplinary cases in 2024/25 and the names of those involved."),
        Q(1, 6, "released", ["reg6(1)(b)"], "A map of the Authority's peat restoration sites."),
    ],
    build=build_t))

# ---------------------------------------------------------------------------
# U. Tamar and Moor Constabulary -- OCR'd scan
# ---------------------------------------------------------------------------

def build_u(L):
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>TMC/FOI/00451/25</title>
<style>@page { size: A4; margin: 25mm; } body { font-family: 'Liberation Serif', serif; font-size: 13pt; line-height: 1.4; }
.top { text-align: center; font-size: 15pt; font-weight: bold; } .r { text-align: right; }</style></head><body>
<p class="top">TAMAR AND MOOR CONSTABULARY</p>
<p style="text-align:center">Freedom of Information Office, Crownhill, Plymouth PL6 9ZZ</p>
<p class="r">Reference: TMC/FOI/00451/25<br>17 March 2025</p>
<p>Dear Sir or Madam,</p>
<p><b>Freedom of Information Act 2000 &ndash; 999 call handling</b></p>
<p>Thank you for your request for information about emergency calls. I am now able to respond.</p>
<p><b>Q1. %s</b><br>A1. The Force Contact Centre received 211,406 emergency (999) calls in 2024.</p>
<p><b>Q2. %s</b><br>A2. The average time to answer a 999 call in 2024 was 9 seconds.</p>
<p><b>Q3. %s</b><br>A3. This information is not held. Abandoned calls are recorded by BT and not by the
Force.</p>
<p>If you are unhappy with this response you may request an internal review. You may then contact the
Information Commissioner.</p>
<p>Yours faithfully,</p>
<p>K. Penrose<br>Freedom of Information Officer</p>
</body></html>""" % tuple(esc(q.text) for q in L.questions)


LETTERS.append(Letter(
    file="tamar-moor-constabulary-TMC-FOI-00451-25-scan.pdf", fmt="pdf-ocr",
    authority="Tamar and Moor Constabulary", reference="TMC/FOI/00451/25",
    date="2025-03-17", received="", regime="foia",
    layout="short Q1/A1 letter, scanned and OCR'd",
    traps=["OCR text layer only (tesseract)", "no received or request date in the letter", "not held without provision"],
    questions=[
        Q(1, 1, "released", [], "How many 999 calls did the Force receive in 2024?"),
        Q(1, 2, "released", [], "What was the average time taken to answer a 999 call?"),
        Q(1, 3, "not_held", [], "How many 999 calls were abandoned before being answered?"),
    ],
    build=build_u))

# ---------------------------------------------------------------------------
# V. NHS Breadalbane (FOISA) -- text, 14 questions, answers keyed in words
# ---------------------------------------------------------------------------

def build_v(L):
    req = "\n".join("%2d) %s" % (q.num, q.text) for q in L.questions)
    return """NHS BREADALBANE
Freedom of Information
Kenmore Road, Aberfeldy PH15 9ZZ

FOI/BRD/25/0917                                               27th Aug 2025

Dear Requester

Freedom of Information (Scotland) Act 2002 - primary care and dental access

Your request, received on 30th July 2025, asked for the following:

{req}

Our answers are below. Where several points are closely linked we have answered them together.

Points one and two
There are 58 GP practices in the NHS Breadalbane area. Nine of these are run directly by the Board
under section 2C of the National Health Service (Scotland) Act 1978.

Points three, six and eleven
Eleven practices formally closed their lists to new patients at some point in 2024, compared with
seven in 2023. Four practices have closed their lists so far in 2025.

Point four
We do not hold this information. GP partners and salaried GPs are employed by the practices, not
the Board, and practices do not report vacancies to us. This letter serves as notice under
section 17(1) of FOISA that the information is not held.

Point five
Spend on locum GPs in Board-run practices in 2024/25 was £2,146,000.

Point seven
The agencies used were Highland Locums Ltd, Tay Medical Staffing and GP Cover Scotland. The
amounts paid to each agency are withheld under section 33(1)(b) of FOISA, as disclosure would be
likely to prejudice substantially the commercial interests of the agencies and of the Board in
future negotiations. The public interest in the total spend has been met by our answer to point
five.

Point eight
The names of individual GPs are personal data. Disclosure would breach the data protection
principles, so this information is exempt under section 38(1)(b).

Points nine and ten
Both are published by Public Health Scotland, so we rely on section 25(1) of FOISA (information
otherwise accessible):
https://www.publichealthscotland.example/dental-registrations

Points twelve and thirteen
389 complaints about access to GP services were received in 2024/25, of which 121 were upheld or
partly upheld.

Point fourteen
The Board is in negotiations to acquire land for the proposed Aberfeldy health centre. Details of
the plans are withheld under section 30(c) of FOISA, as disclosure at this stage would be likely
to prejudice substantially the effective conduct of public affairs. We have also noted that
section 33(1)(b) might apply to the land negotiations but, given section 30(c) applies, we have
not gone on to consider it.

If you are unhappy with our response, you can ask us to review it within 40 working days. If you
are still dissatisfied after our review, you can appeal to the Scottish Information Commissioner.

Kind regards

Iona Stewart
FOI Lead, NHS Breadalbane
""".format(req=req)


LETTERS.append(Letter(
    file="nhs-breadalbane-FOI-BRD-25-0917.txt", fmt="txt",
    authority="NHS Breadalbane", reference="FOI/BRD/25/0917",
    date="2025-08-27", received="2025-07-30", regime="foisa",
    layout="14-item numbered request, answers keyed by point numbers written as words, grouped",
    traps=["answer keys are words ('Points three, six and eleven')", "grouped answers out of request order",
           "s2C of the NHS (Scotland) Act 1978 is another Act", "s33(1)(b) named but not considered for point fourteen",
           "s17 notice for one point", "agencies named, amounts withheld s33(1)(b)"],
    questions=[
        Q(1, 1, "released", [], "The number of GP practices in the Board area."),
        Q(1, 2, "released", [], "How many of those practices are run directly by the Board (2C practices)?"),
        Q(1, 3, "released", [], "How many practices closed their lists to new patients in 2024?"),
        Q(1, 4, "not_held", ["foisa:s17(1)"], "The number of GP vacancies (WTE) in the Board area."),
        Q(1, 5, "released", [], "Spend on locum GPs in 2C practices in 2024/25."),
        Q(1, 6, "released", [], "How many practices closed their lists in 2023?"),
        Q(1, 7, "partially_released", ["foisa:s33(1)(b)"], "Which locum agencies were used, and how much was paid to each?"),
        Q(1, 8, "withheld", ["foisa:s38(1)(b)"], "The names of GPs paid more than £150,000 in locum fees in 2024/25."),
        Q(1, 9, "released", ["foisa:s25(1)"], "The number of NHS dental practices accepting new adult patients."),
        Q(1, 10, "released", ["foisa:s25(1)"], "The number of patients registered with an NHS dentist."),
        Q(1, 11, "released", [], "How many practices have closed their lists so far in 2025?"),
        Q(1, 12, "released", [], "How many complaints about access to GP services were received in 2024/25?"),
        Q(1, 13, "released", [], "How many of those complaints were upheld?"),
        Q(1, 14, "withheld", ["foisa:s30(c)"], "Details of the Board's plans for a new health centre in Aberfeldy."),
    ],
    build=build_v))

# ---------------------------------------------------------------------------
# W. East Fenland Constabulary -- LibreOffice PDF, parts with bordered tables
# ---------------------------------------------------------------------------

def build_w(L):
    resp = {
        (1, 1): "6,812 firearm certificates were on issue on 31 December 2024.",
        (1, 2): "41 firearm certificates were revoked in 2024.",
        (1, 3): "<table border='1' cellspacing='0' cellpadding='2'><tr><td>Medical grounds</td><td>14</td></tr>"
                "<tr><td>Criminal conviction or arrest</td><td>12</td></tr><tr><td>Domestic abuse concerns</td><td>9</td></tr>"
                "<tr><td>Security breaches</td><td>6</td></tr></table>",
        (1, 4): "The Firearms Licensing Unit has 17 staff (15.2 FTE). The names of the staff are withheld under "
                "Section 40(2) of the Act.",
        (2, 1): "14,903 shotgun certificates were on issue on 31 December 2024.",
        (2, 2): "58 shotgun certificates were revoked in 2024.",
        (2, 3): "<table border='1' cellspacing='0' cellpadding='2'><tr><td>Medical grounds</td><td>19</td></tr>"
                "<tr><td>Criminal conviction or arrest</td><td>17</td></tr><tr><td>Domestic abuse concerns</td><td>13</td></tr>"
                "<tr><td>Security breaches</td><td>9</td></tr></table>",
        (2, 4): "Please see our answer to question 4 in Part 1. The same unit deals with both types of "
                "certificate; the names are withheld under Section 40(2).",
        (2, 5): "East Fenland Constabulary neither confirms nor denies that it holds this information. "
                "Sections 31(3) and 40(5B) apply. Confirming whether a certificate holder lives at a given "
                "address would reveal where firearms are stored and would disclose personal data.",
    }

    def part(p, title):
        rows = "".join("<tr><td width='6%%' align='center'>%d</td><td width='44%%'>%s</td><td>%s</td></tr>"
                       % (q.num, esc(q.text), resp[(q.part, q.num)]) for q in L.questions if q.part == p)
        return ("<p><b>%s</b></p><table border='1' cellspacing='0' cellpadding='4' width='100%%'>"
                "<tr><th>No.</th><th>Question</th><th>Response</th></tr>%s</table>") % (title, rows)

    return """<html><head><meta charset="utf-8"><title>EFC-0455-2025/SP</title>
<style>body { font-family: 'Liberation Sans Narrow', 'Liberation Sans'; font-size: 10.5pt; }</style></head><body>
<p><b><font size="5">East Fenland Constabulary</font></b><br>Information Rights Unit &middot; Police HQ &middot; Marsh Lane &middot; Wisbech &middot; PE13 9ZZ</p>
<p>Wednesday 9th April 2025</p>
<p>Request Number: EFC-0455-2025/SP</p>
<p>Dear Applicant</p>
<p><b>Freedom of Information Request &ndash; Firearms and shotgun certificates</b></p>
<p>Thank you for your request received on 12/03/2025. Your request was in two parts, the first about firearm
certificates and the second about shotgun certificates. Our responses are given in the tables below.</p>
%s
<br>
%s
<p><b>Reasons for decision</b></p>
<p>Section 40(2) &ndash; the names of police staff below senior management level are personal data. The staff
concerned would have no expectation that their names would be released to the world, and disclosure would
breach the first data protection principle.</p>
<p>Sections 31(3) and 40(5B) &ndash; in relation to question 5 of Part 2, the Constabulary&rsquo;s response should
not be taken as an indication that the information requested does or does not exist. Section 24(2) has not
been applied, as the question does not engage national security.</p>
<p>Yours sincerely</p>
<p>S. Pradhan<br>Information Rights Officer</p>
</body></html>""" % (part(1, "Part 1 &ndash; Firearm certificates"), part(2, "Part 2 &ndash; Shotgun certificates"))


LETTERS.append(Letter(
    file="east-fenland-constabulary-EFC-0455-2025-SP.pdf", fmt="pdf-lo",
    authority="East Fenland Constabulary", reference="EFC-0455-2025/SP",
    date="2025-04-09", received="2025-03-12", regime="foia",
    layout="two parts, each a bordered No. | Question | Response table; nested tables for breakdowns",
    traps=["parts with restarting numbering and repeated question text", "P2.Q4 'see our answer to question 4 in Part 1'",
           "NCND for one item only (s31(3)+s40(5B))", "s24(2) mentioned but not applied",
           "reference with initials suffix", "nested bordered tables in cells"],
    questions=[
        Q(1, 1, "released", [], "How many firearm certificates were on issue on 31 December 2024?"),
        Q(1, 2, "released", [], "How many certificates were revoked in 2024?"),
        Q(1, 3, "released", [], "What were the reasons for those revocations?"),
        Q(1, 4, "partially_released", ["s40(2)"], "How many staff work in firearms licensing, and what are their names?"),
        Q(2, 1, "released", [], "How many shotgun certificates were on issue on 31 December 2024?"),
        Q(2, 2, "released", [], "How many certificates were revoked in 2024?"),
        Q(2, 3, "released", [], "What were the reasons for those revocations?"),
        Q(2, 4, "partially_released", ["s40(2)"], "How many staff work in firearms licensing, and what are their names?"),
        Q(2, 5, "ncnd", ["s31(3)", "s40(5B)"], "Does anyone at 12 Fen Drove, March, hold a shotgun certificate?"),
    ],
    build=build_w))

# ---------------------------------------------------------------------------
# X. Kennet Valley Hospitals NHS FT -- Chromium PDF re-distilled, three parts
# ---------------------------------------------------------------------------

def build_x(L):
    def plist(p):
        return "".join("<li>%s</li>" % esc(q.text) for q in L.questions if q.part == p)
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>KVH-FOI-2025-04512</title>
<style>
@page { size: A4; margin: 20mm; @bottom-center { content: counter(page); } }
body { font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
.lh { background: #005eb8; color: #fff; padding: 8px 12px; }
ol { margin-top: 2px; }
.ans p { margin: 3px 0; }
</style></head><body>
<div class="lh"><b>Kennet Valley Hospitals NHS Foundation Trust</b><br>Information Governance &middot; Royal Kennet Hospital &middot; Bath Road &middot; Reading RG1 9ZZ</div>
<p>FOI Ref: KVH-FOI-2025-04512<br>Date received: 04 Jun 2025<br>Date responded: 02 Jul 2025</p>
<p>Dear Requester,</p>
<p><b>Re: Freedom of Information request &ndash; IT systems and cyber security</b></p>
<p>Your request was set out in three parts.</p>
<p><i>Part 1: Electronic Patient Record (EPR)</i></p><ol>%s</ol>
<p><i>Part 2: Cyber security</i></p><ol>%s</ol>
<p><i>Part 3: IT workforce</i></p><ol>%s</ol>
<p>The Trust holds the information requested. However, question 2 of the first part is exempt under
section 43(2) (commercial interests). Question 1 of the second part and question 2 of the third part
are exempt under section 31(1)(a) (prevention or detection of crime); for question 3 of the second
part we have given the total but withheld the breakdown, also under section 31(1)(a). The Trust
neither confirms nor denies whether it holds information for question 2 of the second part, in
reliance on section 31(3). For question 4 of the first part we have given the job title of the
contract manager; their name is withheld under section 40(2).</p>
<p><b>Section 31(1)(a).</b> NHS organisations are a known target for ransomware. Information about the
number of incidents, the size of the cyber team and how spend is divided between tools would help an
attacker judge the Trust&rsquo;s defences. The public interest in transparency is outweighed by the
public interest in protecting patient services and data.</p>
<p><b>Section 43(2).</b> The EPR contract is subject to a re-procurement in 2026. Disclosing its value now
would prejudice the Trust&rsquo;s negotiating position.</p>
<p>We have not found it necessary to rely on section 24(1) (national security), which NHS England guidance
suggests may be relevant to cyber questions in some circumstances.</p>
<div class="ans">
<p><b>Answers to the remaining questions</b></p>
<p>Part 1, Q1: Our EPR system is supplied by Orionis Health Ltd.</p>
<p>Part 1, Q3: The contract expires on 30 September 2027.</p>
<p>Part 1, Q4: Head of Clinical Systems (name withheld, see above).</p>
<p>Part 2, Q3: Total cyber security spend in 2024/25 was &pound;1,380,000.</p>
<p>Part 3, Q1: 164 staff work in IT (157.3 WTE).</p>
<p>Part 3, Q3: There were 11 vacancies in IT at 31 May 2025.</p>
</div>
<p>If you are dissatisfied with our response you may request an internal review within 40 working days.
If you remain dissatisfied you may complain to the ICO.</p>
<p>Yours sincerely,</p>
<p>Mark Otieno<br>Freedom of Information Manager</p>
</body></html>""" % (plist(1), plist(2), plist(3))


LETTERS.append(Letter(
    file="kennet-valley-hospitals-KVH-FOI-2025-04512.pdf", fmt="pdf-chrome-gs",
    authority="Kennet Valley Hospitals NHS Foundation Trust", reference="KVH-FOI-2025-04512",
    date="2025-07-02", received="2025-06-04", regime="foia",
    layout="three-part request as HTML ordered lists, decision paragraph, 'Part n, Qm:' answers",
    traps=["three parts, numbering restarts", "exemptions stated once in prose for questions across parts",
           "NCND for one item only (s31(3))", "total given, breakdown withheld s31(1)(a)",
           "s24(1) mentioned but not relied on", "Chromium PDF re-distilled by Ghostscript"],
    questions=[
        Q(1, 1, "released", [], "Who supplies your EPR system?"),
        Q(1, 2, "withheld", ["s43(2)"], "What is the value of the EPR contract?"),
        Q(1, 3, "released", [], "When does the contract expire?"),
        Q(1, 4, "partially_released", ["s40(2)"], "The name and job title of the contract manager."),
        Q(2, 1, "withheld", ["s31(1)(a)"], "How many cyber security incidents did the Trust report in 2024?"),
        Q(2, 2, "ncnd", ["s31(3)"], "Has the Trust ever paid a ransom following a ransomware attack?"),
        Q(2, 3, "partially_released", ["s31(1)(a)"], "Your cyber security spend in 2024/25, broken down by tool or service."),
        Q(3, 1, "released", [], "How many staff work in IT?"),
        Q(3, 2, "withheld", ["s31(1)(a)"], "How many of those staff work in cyber security?"),
        Q(3, 3, "released", [], "How many IT vacancies are there?"),
    ],
    build=build_x))
