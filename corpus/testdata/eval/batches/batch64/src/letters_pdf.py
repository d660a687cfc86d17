"""Letters 1-9: PDFs (LibreOffice, Chromium, Ghostscript re-distil, one OCR scan)."""
from common import Q, letter, esc, page, paras, part, ICO_EN

LETTERS = []

# ---------------------------------------------------------------- 1
# ALMO, interleaved Question / Response, LibreOffice -> PDF -> gs re-distil
L1_Q = [
    Q(1, 1, "How many reports of damp or mould did you receive from tenants in the 2023/24 financial year?",
      "We logged 1,284 reports of damp, mould or condensation between 1 April 2023 and 31 March 2024.",
      "released"),
    Q(1, 2, "What was the total amount spent on damp and mould remediation works in 2023/24, broken down by contractor?",
      "The total spent on damp and mould remediation in 2023/24 was £2,316,450 (including VAT). We have not broken this figure down by contractor. The amounts paid to each contractor are withheld under section 43(2) of the Act (commercial interests); our reasons are set out below.",
      "partially_released", "s43(2)"),
    Q(1, 3, "Please list the addresses of all properties where a Category 1 damp and mould hazard was identified.",
      "We hold this information but it is withheld under section 40(2) of the Act. A list of individual tenanted addresses, read with the nature of the hazard, would identify the households living there and reveal information about their homes and, in some cases, their health.",
      "withheld", "s40(2)"),
    Q(1, 4, "Who is the officer responsible for the damp and mould strategy? Please give their name and job title.",
      "The damp and mould strategy is owned by our Head of Asset Management, who reports to the Director of Property. The name of the post-holder is not a senior officer name that we publish and is withheld under section 40(2).",
      "partially_released", "s40(2)"),
    Q(1, 5, "How many housing disrepair claims were issued against Castlebrook Homes in 2023/24?",
      "96 claims.",
      "released"),
    Q(1, 6, "Your board papers suggest around £410,000 was paid to claimants' solicitors in 2023/24. Please confirm the total paid in legal costs to claimants' solicitors in that year.",
      "This information is withheld under section 43(2). Please see the explanation below. For clarity, we have not relied on section 42 (legal professional privilege) for this part of your request.",
      "withheld", "s43(2)"),
]


def render_l1(L):
    rows = []
    for x in L["questions"]:
        rows.append("<p><b>Question %d</b><br>%s</p>\n<p><b>Response</b><br>%s</p>"
                    % (x["num"], esc(x["q"]), esc(x["a"])))
    body = """
<table width="100%%" style="border-bottom:2px solid #2d6a4f"><tr>
<td><font size="6" color="#2d6a4f"><b>Castlebrook Homes</b></font><br>
<i>Managing council homes on behalf of Castlebrook Borough Council</i></td>
<td align="right"><font size="2">Unit 4, Fernside Court<br>Castlebrook<br>CB7 2QT<br>0300 555 0142<br>information@castlebrookhomes.org.uk</font></td>
</tr></table>
<p>&nbsp;</p>
<p>Our ref: CH-FOI-2024-0317<br>Your ref: (none given)<br>Date: 3 October 2024</p>
<p>Sent by email only</p>
<p>Dear Requester,</p>
<p><b>Freedom of Information Act 2000 &ndash; Request CH-FOI-2024-0317 &ndash; Damp and mould</b></p>
<p>Thank you for your request for information, which we received on 5 September 2024. Castlebrook Homes is an arm&rsquo;s-length management organisation wholly owned by Castlebrook Borough Council and is a public authority in its own right by virtue of section 6 of the Act. We have therefore dealt with your request ourselves rather than passing it to the Council.</p>
<p>Your questions are repeated below, each followed by our response.</p>
%s
<p><b>Section 43(2) &ndash; commercial interests</b></p>
<p>Section 43(2) exempts information whose disclosure would, or would be likely to, prejudice the commercial interests of any person, including the public authority holding it. Our repairs contractors were appointed through a mini-competition in 2023 and a further round is due in 2025. Contractor-level spend, and the sums we have settled with claimants&rsquo; representatives, would show bidders and claimant firms our pricing and settlement positions and would be likely to weaken our negotiating position.</p>
<p>We accept there is a public interest in how rent money is spent on repairs, which we have met by releasing the overall total. On balance we consider the public interest favours withholding the remaining detail.</p>
<p><b>Section 40(2) &ndash; personal information</b></p>
<p>Information about third parties is exempt where its disclosure would breach the data protection principles. We do not consider that disclosing tenants&rsquo; addresses, or the names of officers below Director level, would be fair or lawful.</p>
<p>%s</p>
<p>Yours sincerely,</p>
<p>&nbsp;</p>
<p><b>Priya Anand</b><br>Information Governance Officer<br>Castlebrook Homes</p>
<p><font size="1">Castlebrook Homes Limited. Registered in England No. 05512874. Registered office: Castlebrook Civic Centre, Market Street, Castlebrook CB1 1AA.</font></p>
""" % ("\n".join(rows), esc(ICO_EN))
    return page(body, title="CH-FOI-2024-0317")


LETTERS.append(letter(
    "castlebrook-homes-CH-FOI-2024-0317.pdf", "pdf-lo-gs",
    "Castlebrook Homes", "CH-FOI-2024-0317", "2024-10-03", "2024-09-05", "foia",
    "interleaved Question N / Response blocks, reasons after the answers",
    ["ALMO letterhead naming the council it manages homes for",
     "total given, contractor breakdown withheld (partial)",
     "job title released, name withheld s40(2) (partial)",
     "figure quoted in question, only reason given (withheld)",
     "s42 and s6 mentioned but not applied",
     "LibreOffice PDF re-distilled with Ghostscript"],
    L1_Q, render_l1))

# ---------------------------------------------------------------- 2
# NHS FT with a two-line name, question | answer table, Chromium
L2_Q = [
    Q(1, 1, "Total agency staff spend in 2023/24, split between medical, nursing and allied health professional staff.",
      "Total £18.42m<br>Medical £7.91m<br>Nursing £8.06m<br>AHP £2.45m",
      "released"),
    Q(1, 2, "The five agencies with the highest spend in 2023/24 and the amount paid to each.",
      "<table class='inner'><tr><th>Agency</th><th>Spend</th></tr>"
      "<tr><td>Meridale Medical Staffing Ltd</td><td class='red'>[redacted &ndash; s43(2)]</td></tr>"
      "<tr><td>Northgate Nursing Partners</td><td class='red'>[redacted &ndash; s43(2)]</td></tr>"
      "<tr><td>Calloway Health Recruitment</td><td class='red'>[redacted &ndash; s43(2)]</td></tr>"
      "<tr><td>Pinfold Locums LLP</td><td class='red'>[redacted &ndash; s43(2)]</td></tr>"
      "<tr><td>Sentinel AHP Solutions</td><td class='red'>[redacted &ndash; s43(2)]</td></tr></table>"
      "Agency names released. Individual spend withheld: see note A.",
      "partially_released", "s43(2)"),
    Q(1, 3, "It has been reported that the Trust paid £2,450 for a single agency consultant shift in March 2024. What was the highest amount paid for a single agency shift in 2023/24?",
      "Withheld under section 43(2) &ndash; see note A.",
      "withheld", "s43(2)"),
    Q(1, 4, "How many agency nursing shifts were filled in 2023/24?",
      "41,906 shifts.",
      "released"),
    Q(1, 5, "The name and job title of the manager responsible for the Trust's agency contracts.",
      "Job title: Associate Director of Workforce Resourcing.<br>Name: withheld under section 40(2) &ndash; see note B.",
      "partially_released", "s40(2)"),
    Q(1, 6, "How many agency workers went on to take permanent posts with the Trust in 2023/24?",
      "The Trust does not hold this information. Previous agency placements are not recorded on the Electronic Staff Record when a permanent appointment is made.",
      "not_held"),
    Q(1, 7, "A copy of the Trust's policy on the use of temporary staffing.",
      "This is published on our website under Publications &gt; Policies (Temporary Staffing Policy v6.1): www.uwmch.nhs.uk/publications/policies. As it is reasonably accessible to you, section 21 applies.",
      "released", "s21"),
]

CSS_L2 = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; color:#111; }
.lh { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:3px solid #005eb8; padding-bottom:6px; }
.lh .name { font-size:15pt; font-weight:bold; color:#005eb8; line-height:1.2; width:62%; }
.lh .nhs { background:#005eb8; color:#fff; font-weight:bold; font-style:italic; font-size:20pt; padding:2px 10px; }
.addr { font-size:9pt; text-align:right; margin-top:6px; }
table.qa { border-collapse:collapse; width:100%; margin-top:10px; }
table.qa th, table.qa td { border:1px solid #777; padding:5px; vertical-align:top; }
table.qa th { background:#dde7f3; }
table.inner { border-collapse:collapse; margin-bottom:4px; }
table.inner td, table.inner th { border:1px solid #aaa; padding:2px 5px; font-size:9.5pt; }
td.red { background:#000; color:#fff; }
.meta td { padding:1px 8px 1px 0; }
.small { font-size:8.5pt; color:#444; }
"""


def render_l2(L):
    rows = "\n".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (x["num"], esc(x["q"]), x["a"])
                     for x in L["questions"])
    body = """
<div class="lh"><div class="name">Upper Wenfield and Marshby Community<br>Healthcare NHS Foundation Trust</div><div class="nhs">NHS</div></div>
<div class="addr">Freedom of Information Office<br>Trust Headquarters, Ashby Lane, Wenfield WF9 3RD<br>foi.office@uwmch.nhs.uk</div>
<table class="meta"><tr><td>Our reference:</td><td>FOI/25/0412</td></tr>
<tr><td>Date of request:</td><td>17/01/2025</td></tr>
<tr><td>Date of response:</td><td>14/02/2025</td></tr></table>
<p>Dear Sir/Madam</p>
<p><b>Re: Freedom of Information request &ndash; agency staffing</b></p>
<p>Thank you for your email of 17/01/2025. Please find the Trust&rsquo;s response to each of your questions in the table below.</p>
<table class="qa"><tr><th style="width:5%%">No.</th><th style="width:42%%">Your question</th><th>Trust response</th></tr>
%s
</table>
<p><b>Note A &ndash; section 43(2), commercial interests</b><br>
The Trust negotiates rates with agencies individually, outside the national framework caps where necessary to keep services safe. Publishing the amounts paid to individual agencies, or single-shift rates, would be likely to prejudice the Trust&rsquo;s commercial interests by weakening its position in those negotiations, and the agencies&rsquo; own interests by revealing their pricing to competitors. The public interest in transparency is met in part by the total figures at question 1; we consider it is outweighed in respect of the remaining detail.</p>
<p><b>Note B &ndash; section 40(2), personal data</b><br>
The Trust publishes the names of its Board and executive directors. The names of other managers are personal data and we do not consider their release would be fair.</p>
<p>If you are dissatisfied with this response you may request an internal review by writing to the address above within 40 working days. You also have the right to complain to the Information Commissioner.</p>
<p>Yours faithfully</p>
<p><b>Information Governance Team</b><br>Upper Wenfield and Marshby Community Healthcare NHS Foundation Trust</p>
<p class="small">Chair: Dr Helen Osei &nbsp;|&nbsp; Chief Executive: Martin Crewe</p>
""" % rows
    return page(body, CSS_L2, "FOI/25/0412")


LETTERS.append(letter(
    "wenfield-marshby-chc-FOI-25-0412.pdf", "pdf-chrome",
    "Upper Wenfield and Marshby Community Healthcare NHS Foundation Trust",
    "FOI/25/0412", "2025-02-14", "2025-01-17", "foia",
    "three-column No. | question | response table with notes after it",
    ["trust name breaks over two letterhead lines",
     "table cells redacted inside a nested table (partial)",
     "figure quoted from question, only reason given (withheld)",
     "job title released, name withheld (partial)",
     "dd/mm/yyyy dates in a metadata table",
     "s21 signpost"],
    L2_Q, render_l2))

# ---------------------------------------------------------------- 3
# Combined authority, EIR, You asked / Our response, LibreOffice
L3_Q = [
    Q(1, 1, "What percentage of the buses operating on franchised routes are zero-emission?",
      "As at 1 November 2024, 212 of the 684 vehicles in the franchised fleet (31%) were zero-emission at the tailpipe.",
      "released"),
    Q(1, 2, "The estimated annual NOx emissions from the franchised bus fleet in 2023/24, for each operator.",
      "The estimated total NOx emitted by the franchised fleet in 2023/24 was 118.6 tonnes. We hold the estimate for each operator, but these figures are withheld under regulation 12(5)(e) of the EIR (confidentiality of commercial information), as they are derived from operators' vehicle and mileage data supplied in confidence under the franchise contracts.",
      "partially_released", "reg12(5)(e)"),
    Q(1, 3, "The air quality modelling report used to set the Clean Bus Zone boundary.",
      "The report (Clean Bus Zone: Air Quality Modelling, Final Report, March 2024) is published on our website at www.tollmere-ca.gov.uk/cleanbus/evidence. Under regulation 6(1)(b) we are not required to provide information in another form where it is already publicly available and easily accessible.",
      "released", "reg6(1)(b)"),
    Q(1, 4, "Monthly air quality readings taken at the Harlow Street bus depot during 2023.",
      "TCA has not carried out monitoring at the Harlow Street depot and therefore does not hold this information. Regulation 12(4)(a) applies. Roadside monitoring in the area is undertaken by Tollmere City Council, which you may wish to contact.",
      "not_held", "reg12(4)(a)"),
    Q(1, 5, "We understand the battery supply contract for the electric fleet is worth about £14 million. Please state the value of the contract.",
      "The value of the battery supply contract is withheld under regulation 12(5)(e). Our public interest reasoning is set out below.",
      "withheld", "reg12(5)(e)"),
]


def render_l3(L):
    blocks = []
    for x in L["questions"]:
        blocks.append("<p><b>You asked:</b> %s</p>\n<p><b>Our response:</b> %s</p>"
                      % (esc(x["q"]), esc(x["a"])))
    body = """
<p align="right"><font size="5" color="#6a1b9a"><b>TOLLMERE</b></font><br><font size="3" color="#6a1b9a">Combined Authority</font></p>
<p align="right"><font size="2">Information Governance<br>Wellgate House, 2 Canal Wharf<br>Tollmere TL1 4GG</font></p>
<p>Request reference: TCA/EIR/24/118<br>Monday 9 December 2024</p>
<p>Dear Enquirer</p>
<p><b>Environmental Information Regulations 2004: Bus fleet emissions</b></p>
<p>I write in response to your request of 11 November 2024. Because your questions concern emissions and air quality, we have handled them under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act 2000.</p>
%s
<p><b>Regulation 12(5)(e) &ndash; public interest test</b></p>
<p>We recognise the strong public interest in information about air pollution from public transport, and regulation 12(2) requires us to apply a presumption in favour of disclosure. Against that, operator-level emissions and the value of the battery supply contract would reveal confidential commercial information that operators and the supplier provided on the basis that it would not be published, ahead of the next round of franchise procurement in 2026. We have released the fleet-wide figures, which in our view meet much of the public interest. We considered whether regulation 12(4)(e) (internal communications) might also apply to the contract documents but have not relied on it.</p>
<p>If you are not satisfied with this response you may ask for a review under regulation 11 within 40 working days. If you remain dissatisfied you can then contact the Information Commissioner.</p>
<p>Kind regards</p>
<p>Tomasz Wrobel<br>Information Governance Lead<br>Tollmere Combined Authority</p>
""" % "\n".join(blocks)
    return page(body, title="TCA/EIR/24/118")


LETTERS.append(letter(
    "tollmere-ca-EIR-24-118.pdf", "pdf-lo",
    "Tollmere Combined Authority", "TCA/EIR/24/118", "2024-12-09", "2024-11-11", "eir",
    "You asked: / Our response: blocks",
    ["combined authority letterhead split across two lines (TOLLMERE / Combined Authority)",
     "EIR regime with reg 12(5)(e) partial and withheld",
     "figure quoted in question, only reason given (withheld)",
     "reg 12(4)(a) not held", "reg 6(1)(b) signpost",
     "reg 12(4)(e) and reg 11 mentioned but not applied",
     "weekday in date"],
    L3_Q, render_l3))

# ---------------------------------------------------------------- 4
# Police, decision paragraph + NCND, Chromium -> gs
L4_Q = [
    Q(1, 1, "How many ANPR cameras does Selbridge Police operate, and where is each located?",
      "The force operates 63 fixed ANPR cameras. Their locations are exempt under Section 31(1)(a)(b).",
      "partially_released", "s31(1)(a)", "s31(1)(b)"),
    Q(1, 2, "How many of those cameras are mobile or covert units?",
      "", "ncnd", "s24(2)", "s31(3)"),
    Q(1, 3, "What was the annual cost of maintaining the ANPR network in 2023/24?",
      "£186,300.", "released"),
    Q(1, 4, "Who supplies the ANPR back office system?",
      "Kestrel Vision Systems Ltd.", "released"),
    Q(1, 5, "Was ANPR deployed to monitor vehicles attending the Selbridge Pride march in June 2024?",
      "", "ncnd", "s31(3)"),
    Q(1, 6, "Your annual report mentions 12 officers and staff in the ANPR unit. How many officers and staff work in the ANPR unit?",
      "", "withheld", "s31(1)(a)", "s31(1)(b)"),
]

CSS_L4 = """
@page { size: A4; margin: 20mm 20mm 22mm 20mm; }
body { font-family: 'Times New Roman', serif; font-size: 11.5pt; }
.crest { text-align:center; font-variant: small-caps; letter-spacing:2px; font-size:17pt; }
.crest small { display:block; font-size:9pt; letter-spacing:0; font-variant:normal; }
.right { text-align:right; }
.req { margin-left: 10mm; font-style: italic; }
h3 { font-size: 11.5pt; text-decoration: underline; margin-bottom: 2px; }
.foot { font-size:8pt; text-align:center; color:#555; margin-top:18px; border-top:1px solid #999; padding-top:4px; }
"""


def render_l4(L):
    qs = L["questions"]
    req = "\n".join("<p class='req'>%d. %s</p>" % (x["num"], esc(x["q"])) for x in qs)
    ans = "\n".join("<p><b>Q%d</b> &ndash; %s</p>" % (x["num"], esc(x["a"])) for x in qs if x["num"] in (1, 3, 4))
    body = """
<div class="crest">Selbridge Police<small>Information Compliance Unit &middot; Police Headquarters &middot; Orchard Road &middot; Selbridge SL4 8PX</small></div>
<p class="right">Freedom of Information Reference: FOI 004417/24<br>22nd November 2024</p>
<p>Dear Applicant,</p>
<p><b>FREEDOM OF INFORMATION REQUEST &ndash; Automatic Number Plate Recognition</b></p>
<p>I write in connection with your request for information which was received by Selbridge Police on 25th October 2024. You asked:</p>
%s
<p>Following receipt of your request, searches were conducted within the force. I can confirm that Selbridge Police holds information relevant to questions 1, 3, 4 and 6. Questions 3 and 4 are answered in full below. For question 1 the number of cameras is provided but the locations are exempt by virtue of Section 31(1)(a)(b). The information requested at question 6 is exempt in full under Section 31(1)(a)(b) Law Enforcement.</p>
<p>In respect of questions 2 and 5, Selbridge Police can neither confirm nor deny that it holds any further information, by virtue of the following exemptions: Section 24(2) National Security (question 2 only) and Section 31(3) Law Enforcement (questions 2 and 5).</p>
<p>This letter serves as a refusal notice under Section 17 of the Act for those parts.</p>
<h3>Harm</h3>
<p>ANPR is an important tool in the detection of crime and the disruption of organised criminality using the road network. Revealing the siting of cameras, or the size of the unit that exploits their data, would allow offenders to map coverage and plan routes to avoid it. Confirming or denying the use of mobile or covert capability, or its deployment at a particular event, would, across many similar requests, reveal where the force does and does not use such tactics.</p>
<h3>Public interest considerations</h3>
<p><i>Factors favouring disclosure:</i> transparency in the use of surveillance technology and public funds; public reassurance about lawful use of ANPR.</p>
<p><i>Factors favouring non-disclosure:</i> the effectiveness of law enforcement and the protection of national security would be undermined, with a consequent risk to the public.</p>
<h3>Balance test</h3>
<p>While there is a public interest in openness, it is outweighed in this case by the need to protect police tactics. The balance lies in maintaining the exemptions.</p>
<p>No inference should be drawn from this response as to whether or not any information is held in relation to questions 2 and 5.</p>
<h3>Answers</h3>
%s
<p>Your attention is drawn to the enclosed leaflet setting out your right to request a review and to complain to the Information Commissioner.</p>
<p>Yours sincerely,</p>
<p>D. Okonjo<br>Disclosure Officer<br>Information Compliance Unit</p>
<div class="foot">OFFICIAL &nbsp;&middot;&nbsp; Keeping Selbridge Safe &nbsp;&middot;&nbsp; www.selbridge.police.uk</div>
""" % (req, ans)
    return page(body, CSS_L4, "FOI 004417/24")


LETTERS.append(letter(
    "selbridge-police-FOI-004417-24.pdf", "pdf-chrome-gs",
    "Selbridge Police", "FOI 004417/24", "2024-11-22", "2024-10-25", "foia",
    "decision paragraph naming questions by number, harm/PIT, answers only for the rest",
    ["count released beside withheld locations (partial)",
     "figure quoted in question, withheld with no answer",
     "NCND with s24(2) for one question and s31(3) for both",
     "Section 31(1)(a)(b) compound form", "s17 refusal notice mention",
     "Chromium PDF re-distilled with Ghostscript"],
    L4_Q, render_l4))

# ---------------------------------------------------------------- 5
# Scottish valuation joint board, FOISA, LibreOffice
L5_Q = [
    Q(1, 1, "How many council tax proposals and appeals were outstanding at 31 December 2024?",
      "412 council tax proposals and appeals were outstanding at that date.",
      "released"),
    Q(1, 2, "How many members of staff have been absent through sickness for more than six months, broken down by grade?",
      "Seven members of staff. We have not provided a breakdown by grade because the numbers in each grade are very small and, combined with other information, could identify the individuals concerned. That breakdown is withheld under section 38(1)(b) of FOISA.",
      "partially_released", "foisa:s38(1)(b)"),
    Q(1, 3, "A copy of the valuation working papers for the Strathview Hotel, Kinnaird.",
      "The Board holds the working papers. They contain rental and trading information supplied by the proprietor in confidence and are withheld under section 33(1)(b) of FOISA (commercial interests).",
      "withheld", "foisa:s33(1)(b)"),
    Q(1, 4, "Notes of any meetings held with the Scottish Assessors Association about the reform of revaluation cycles in 2024.",
      "No notes of such meetings are held. In terms of section 17(1) of FOISA, I give you notice that the Board does not hold this information.",
      "not_held", "foisa:s17(1)"),
    Q(1, 5, "The name and job title of the surveyor who inspected my property at 14 Birkhill Road in 2023.",
      "The inspection was carried out by a Senior Valuer in the Kinnaird Division. The name of the individual is withheld under section 38(1)(b). The Assessor's office can arrange for the surveyor to discuss the inspection with you if you contact the Kinnaird Division directly.",
      "partially_released", "foisa:s38(1)(b)"),
]


def render_l5(L):
    qs = L["questions"]
    req = "\n".join("<li>%s</li>" % esc(x["q"]) for x in qs)
    ans = "\n".join("<p><b>Request %d</b><br>%s</p>" % (x["num"], esc(x["a"])) for x in qs)
    body = """
<table width="100%%"><tr><td width="65%%"><b><font size="4">Lochanbrae and Kinnaird<br>Valuation Joint Board</font></b><br><font size="2">Assessor and Electoral Registration Officer</font></td>
<td><font size="2">Burgh Chambers<br>7 Tolbooth Wynd<br>Lochanbrae<br>LB3 2HS<br>Tel 01555 203 400</font></td></tr></table>
<p><font size="2">Our Ref: LKVJB/FOI/2025/009<br>Date: 28 January 2025</font></p>
<p>Dear Requester</p>
<p><b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002</b></p>
<p>Thank you for your request dated 6 January 2025, in which you asked for the following information:</p>
<ol>%s</ol>
<p>I have set out the Board&rsquo;s response to each request below.</p>
%s
<p><b>Exemptions applied</b></p>
<p>Section 38(1)(b), read with section 38(2A), exempts personal data of third parties where disclosure would contravene the data protection principles. Section 33(1)(b) exempts information whose disclosure would, or would be likely to, prejudice substantially the commercial interests of any person. Section 33(1)(b) is subject to the public interest test in section 2(1)(b); section 38(1)(b) is absolute where section 38(2A) applies. In respect of section 33(1)(b), we have concluded that the public interest in maintaining the exemption outweighs that in disclosure, as businesses must be able to supply trading information to the Assessor in confidence.</p>
<p><b>Your right to request a review</b></p>
<p>If you are unhappy with this response, you may ask the Board to review it within 40 working days (section 20(1)). If you remain dissatisfied you may then apply to the Scottish Information Commissioner under section 47(1).</p>
<p>Yours sincerely</p>
<p>Fiona MacAulay<br>Depute Assessor and FOI Officer</p>
""" % (req, ans)
    return page(body, title="LKVJB/FOI/2025/009")


LETTERS.append(letter(
    "lochanbrae-kinnaird-vjb-2025-009.pdf", "pdf-lo",
    "Lochanbrae and Kinnaird Valuation Joint Board", "LKVJB/FOI/2025/009",
    "2025-01-28", "2025-01-06", "foisa",
    "request restated as numbered list, answers keyed 'Request N'",
    ["joint board name over two lines", "FOISA numbering",
     "total given, breakdown withheld s38(1)(b) (partial)",
     "job title released, name withheld (partial)",
     "s17(1) not-held notice", "s20/s47/s2(1)(b)/s38(2A) named but not applied"],
    L5_Q, render_l5))

# ---------------------------------------------------------------- 6
# Scottish housing association, FOISA internal review, Chromium
L6_Q = [
    Q(1, 1, "The total amount paid to the kitchen replacement contractor in 2023/24, broken down by development.",
      "ORIGINAL: withheld in full under section 33(1)(b). REVIEW: the original decision is varied. The total of £1,146,800 is now released. The breakdown by development remains withheld under section 33(1)(b), as the framework is being re-tendered and development-level prices would reveal the contractor's unit rates.",
      "partially_released", "foisa:s33(1)(b)"),
    Q(1, 2, "The number of anti-social behaviour complaints recorded at Riverside Court in 2024.",
      "ORIGINAL: withheld under section 38(1)(b). REVIEW: the original decision is overturned. A count of complaints does not identify any individual. 23 complaints were recorded.",
      "released"),
    Q(1, 3, "The names and job titles of the staff who approved the award of the kitchen contract.",
      "ORIGINAL: withheld under section 38(1)(b). REVIEW: the original decision is varied. The award was approved by the Director of Property Services and the Procurement Manager. Their names remain withheld under section 38(1)(b): neither post is at a level at which the Association publishes names.",
      "partially_released", "foisa:s38(1)(b)"),
    Q(1, 4, "Copies of the tender evaluation score sheets for the kitchen contract.",
      "ORIGINAL: withheld under section 33(1)(b). REVIEW: the original decision is upheld and the score sheets remain withheld under section 33(1)(b).",
      "withheld", "foisa:s33(1)(b)"),
]

CSS_L6 = """
@page { size: A4; margin: 15mm 18mm; }
body { font-family: Georgia, serif; font-size: 10.5pt; line-height:1.35; }
header { border-left: 8px solid #c0392b; padding-left: 10px; margin-bottom: 14px; }
header .n { font-size: 18pt; color:#c0392b; }
header .s { font-size: 9pt; color:#555; }
.box { border:1px solid #999; padding:6px 10px; margin:8px 0; }
.box h4 { margin:0 0 4px 0; }
.review { font-weight:bold; }
table.meta td { padding:1px 12px 1px 0; }
table.meta td:first-child { font-weight:bold; }
"""


def render_l6(L):
    blocks = []
    for x in L["questions"]:
        orig, rev = x["a"].split(" REVIEW: ")
        blocks.append("<div class='box'><h4>Item %d</h4><p><i>%s</i></p><p>%s</p><p class='review'>Review decision: %s</p></div>"
                      % (x["num"], esc(x["q"]), esc(orig.replace("ORIGINAL: ", "Original response: ")), esc(rev)))
    body = """
<header><div class="n">Glenmorrow Housing Association</div>
<div class="s">Scottish Charity SC031442 &middot; Registered Social Landlord HAL 219 &middot; 3 Cairnie Street, Glenmorrow G84 6TJ</div></header>
<table class="meta"><tr><td>Review reference</td><td>GHA-IR-2025-004</td></tr>
<tr><td>Original request</td><td>GHA-FOI-2024-131 (received 02.12.2024)</td></tr>
<tr><td>Review requested</td><td>14.02.2025</td></tr>
<tr><td>Date of this letter</td><td>17.03.2025</td></tr></table>
<p>Dear Requester</p>
<p><b>Freedom of Information (Scotland) Act 2002 &ndash; Review of our response to your request about kitchen replacements</b></p>
<p>Thank you for your requirement for review. I was not involved in the original decision and have considered your request afresh, including the information held and the exemptions cited. My conclusions on each item are set out below. Where I have changed the original decision the new decision is shown in bold.</p>
%s
<p>In summary, the original response of 09.01.2025 is varied in respect of items 1, 2 and 3 and upheld in respect of item 4. I apologise that the original response did not release information that could have been provided.</p>
<p><b>Appeal to the Commissioner</b><br>If you remain dissatisfied, you may apply to the Scottish Information Commissioner within six months for a decision under section 47(1) of FOISA. An appeal on a point of law lies to the Court of Session.</p>
<p>Yours sincerely</p>
<p>Alasdair Currie<br>Head of Governance &amp; Compliance<br>Glenmorrow Housing Association Ltd</p>
""" % "\n".join(blocks)
    return page(body, CSS_L6, "GHA-IR-2025-004")


LETTERS.append(letter(
    "glenmorrow-ha-IR-2025-004.pdf", "pdf-chrome",
    "Glenmorrow Housing Association", "GHA-IR-2025-004", "2025-03-17", "2024-12-02", "foisa",
    "internal review: original response and review decision per item",
    ["internal review outcome is the stance, not the original",
     "original withheld varied to partial (total released, breakdown withheld)",
     "job titles released, names withheld (partial)",
     "two references (review and original), several dd.mm.yyyy dates",
     "housing association letterhead with charity/RSL numbers"],
    L6_Q, render_l6))

# ---------------------------------------------------------------- 7
# Shared revenues & benefits service answering for one council, LibreOffice -> gs
L7_Q = [
    Q(1, 1, "A list of all non-domestic rates accounts currently in credit, showing the ratepayer's name, the property address and the amount of the credit.",
      "This information is withheld under section 31(1)(a) of the Act (prevention or detection of crime). See the explanation below.",
      "withheld", "s31(1)(a)"),
    Q(1, 2, "The total value of those credit balances.",
      "£312,884.16 across 418 accounts (as at 31 May 2024).",
      "released"),
    Q(1, 3, "How many properties are currently receiving empty property relief, and their addresses.",
      "211 properties were receiving empty property relief on 31 May 2024. The addresses are withheld under section 31(1)(a), for the reasons given below.",
      "partially_released", "s31(1)(a)"),
    Q(1, 4, "The total value of housing benefit overpayments written off in 2023/24.",
      "£96,140.27.",
      "released"),
    Q(1, 5, "The name and contact details of the officer responsible for business rates recovery.",
      "Business rates recovery is led by the Recovery Team Leader (Business Rates), who can be contacted through businessrates@mereside-rb.org.uk. The name of the officer is withheld under section 40(2).",
      "partially_released", "s40(2)"),
]


def render_l7(L):
    body = ["""
<p align="center"><font size="5"><b>Mereside Revenues &amp; Benefits Partnership</b></font><br>
<font size="2">A shared service of Ashcombe District Council, Brindle Borough Council and Mereside District Council</font><br>
<font size="2">PO Box 771, Mereside MR2 9ZZ &nbsp; &middot; &nbsp; foi@mereside-rb.org.uk</font></p>
<hr>
<table width="100%"><tr><td>Reference: BBC/FOI/1187</td><td align="right">1st July 2024</td></tr></table>
<p>Dear Sir or Madam,</p>
<p><u>Freedom of Information Act 2000 &ndash; business rates credits, empty property relief and overpayments</u></p>
<p>Thank you for your request for information dated 4th June 2024, addressed to Brindle Borough Council. The Partnership administers council tax, business rates and housing benefit for its three partner councils, and this response is issued on behalf of Brindle Borough Council, which is the public authority holding the information. The figures below relate to Brindle only; if you want the equivalent figures for Ashcombe or Mereside, please send a separate request to those councils.</p>
<p>Your questions and our answers are as follows.</p>
"""]
    for x in L["questions"]:
        body.append("<p>%d.&nbsp;&nbsp;<i>%s</i></p><p style='margin-left:1cm'>%s</p>" % (x["num"], esc(x["q"]), esc(x["a"])))
    body.append("""
<p><b>Why we have applied section 31(1)(a)</b></p>
<p>Lists of ratepayers with credits, and of empty properties, have been used by fraudsters to make false claims for refunds and to target empty premises for crime. The Partnership has seen several attempted frauds of this type since 2019. Disclosure would be likely to prejudice the prevention of crime. While there is a public interest in knowing how public money is managed, we have met this through the totals released and consider that the public interest favours maintaining the exemption. This approach is consistent with that taken by many billing authorities following the decision of the First-tier Tribunal in a similar case.</p>
<p><b>Section 40(2)</b> &ndash; officers below senior management level have a reasonable expectation that their names will not be published.</p>
<p>Any request for an internal review should be sent to Brindle Borough Council&rsquo;s Monitoring Officer, Brindle Town Hall, Brindle BR1 1TA, within 40 working days. You may subsequently complain to the Information Commissioner.</p>
<p>Yours faithfully,</p>
<p>R. Dhillon<br>Information Governance Officer<br>for and on behalf of Brindle Borough Council</p>
""")
    return page("\n".join(body), title="BBC/FOI/1187")


LETTERS.append(letter(
    "mereside-rb-partnership-BBC-FOI-1187.pdf", "pdf-lo-gs",
    "Brindle Borough Council", "BBC/FOI/1187", "2024-07-01", "2024-06-04", "foia",
    "numbered italic questions each followed by an indented answer",
    ["shared service letterhead listing three councils; authority is the council it answers for",
     "list withheld, total released as a separate question",
     "count released, addresses withheld (partial)",
     "job title and team email released, name withheld (partial)",
     "ordinal dates"],
    L7_Q, render_l7))

# ---------------------------------------------------------------- 8
# Metropolitan borough, whole-request cost refusal, Chromium
L8_Q = [
    Q(1, 1, "For each fly-tipping incident reported in 2021, 2022 and 2023, the date, the street and whether a fixed penalty notice was issued.",
      "", "refused", "s12(1)"),
    Q(1, 2, "The number of fixed penalty notices for fly-tipping that were paid, and the number that were prosecuted after non-payment.",
      "", "refused", "s12(1)"),
    Q(1, 3, "The total cost of clearing fly-tipping from council land in each of those years.",
      "", "refused", "s12(1)"),
    Q(1, 4, "The names of the enforcement officers who issued each fixed penalty notice.",
      "", "refused", "s12(1)"),
]

CSS_L8 = """
@page { size: A4; margin: 22mm 22mm; }
body { font-family: Calibri, Carlito, 'Liberation Sans', sans-serif; font-size: 11pt; }
.top { display:flex; justify-content:space-between; }
.logo { font-size:13pt; font-weight:bold; }
.logo span { display:block; font-weight:normal; font-size:9.5pt; color:#444; }
.refbox { font-size:9.5pt; text-align:right; }
blockquote { border-left:3px solid #bbb; margin-left:0; padding-left:10px; color:#222; }
table.calc { border-collapse:collapse; margin:6px 0; }
table.calc td { border:1px solid #999; padding:3px 8px; }
"""


def render_l8(L):
    req = "".join("<p>%s) %s</p>" % ("abcd"[x["num"] - 1], esc(x["q"])) for x in L["questions"])
    body = """
<div class="top"><div class="logo">Ellerby Metropolitan Borough Council<span>Legal &amp; Democratic Services &ndash; Information Rights</span><span>Town Hall, Victoria Square, Ellerby EL1 1TH</span></div>
<div class="refbox">Please ask for: Information Rights Team<br>Our ref: EMBC-24-5521<br>Date: Thursday, 12 September 2024</div></div>
<p>Dear Requester,</p>
<p><b>Request for information &ndash; fly-tipping enforcement</b></p>
<p>Thank you for your request received on 15 August 2024, which reads:</p>
<blockquote>%s</blockquote>
<p>I am sorry but the Council is refusing your request under section 12(1) of the Freedom of Information Act 2000, because the cost of complying with it would exceed the appropriate limit.</p>
<p>The appropriate limit for local authorities is &pound;450, which equates to 18 hours of work at the rate of &pound;25 per hour set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. Where a request has several parts on the same subject, the costs of answering each part can be aggregated.</p>
<p>Fly-tipping reports are held as individual case records in our environmental enforcement system. The system cannot produce a report linking a report to the enforcement outcome, so each case would have to be opened and read:</p>
<table class="calc"><tr><td>Case records 2021&ndash;2023</td><td>6,412</td></tr>
<tr><td>Estimated time per record</td><td>2 minutes</td></tr>
<tr><td>Total</td><td>approximately 214 hours</td></tr></table>
<p>This is well above the 18-hour limit for part (a) alone, and because all four parts concern the same records, the whole request is refused. We have not gone on to consider whether any exemptions (for example section 40(2) for part (d)) would apply to the information if it could be located within the limit.</p>
<p><b>Advice and assistance</b><br>Under section 16 we suggest that a request limited to the number of fixed penalty notices issued and paid in a single year, without the street-level detail, is likely to fall within the limit. Annual clearance costs for the whole borough are published in our Waste Services annual report.</p>
<p>If you are dissatisfied with the handling of your request you may ask for an internal review by emailing inforights@ellerby.gov.uk. You may also complain to the Information Commissioner.</p>
<p>Yours sincerely,</p>
<p>Gareth Lowe<br>Information Rights Officer</p>
""" % req
    return page(body, CSS_L8, "EMBC-24-5521")


LETTERS.append(letter(
    "ellerby-mbc-EMBC-24-5521.pdf", "pdf-chrome",
    "Ellerby Metropolitan Borough Council", "EMBC-24-5521", "2024-09-12", "2024-08-15", "foia",
    "whole request quoted as lettered parts, one cost refusal with arithmetic",
    ["one costly part refuses the whole request (every question refused)",
     "lettered parts a)-d)", "s40(2) and s16 mentioned but not applied as stances",
     "weekday date in reference box"],
    L8_Q, render_l8))

# ---------------------------------------------------------------- 9
# Crematorium joint committee, OCR'd scan
L9_Q = [
    Q(1, 1, "How many cremations were carried out at Ashgrove Crematorium in calendar year 2023?",
      "2,914 cremations were carried out in 2023.", "released"),
    Q(1, 2, "What is the current fee for an adult cremation?",
      "The fee for an adult cremation from 1 April 2024 is £985. A reduced fee of £640 applies to early-morning (9.00am) services.",
      "released"),
    Q(1, 3, "How much income did the Committee receive from memorial sales in 2023/24, broken down by memorial supplier?",
      "Income from memorial sales in 2023/24 was £118,260. The breakdown by supplier is withheld under section 43(2) (commercial interests), as the supplier arrangements are commercially sensitive and the figures would reveal each supplier's share of sales.",
      "partially_released", "s43(2)"),
    Q(1, 4, "Please list any funeral directors who currently owe the Committee more than £5,000 in unpaid fees.",
      "The Committee holds this information. It is withheld under section 43(2), as publishing the names of firms in arrears would be likely to damage their commercial reputations and standing with their customers.",
      "withheld", "s43(2)"),
]


def render_l9(L):
    rows = "".join("<p><b>%d.</b> %s</p><p style='margin-left:24px'>%s</p>" % (x["num"], esc(x["q"]), esc(x["a"])) for x in L["questions"])
    css = """
@page { size: A4; margin: 20mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 12pt; }
.head { text-align:center; border-bottom: 1px solid #000; padding-bottom:6px; }
.head b { font-size: 15pt; }
"""
    body = """
<div class="head"><b>ASHGROVE AND DISTRICT CREMATORIUM JOINT COMMITTEE</b><br>
Ashgrove Crematorium, Holloway Lane, Ashgrove AG6 2PL &nbsp; Tel: 01632 960 448</div>
<p>Ref: ADCJC/FOI/118</p>
<p>6th June 2024</p>
<p>Dear Sir/Madam</p>
<p><b>Freedom of Information Act 2000</b></p>
<p>I refer to your request received on 9th May 2024. The Joint Committee is made up of members of Ashgrove Borough Council and Holme Valley District Council. The answers to your questions are set out below.</p>
%s
<p>We have considered the public interest in relation to section 43(2) and have concluded that it favours withholding the information. If you are unhappy with this response please write to the Clerk to the Joint Committee to request a review. You may also contact the Information Commissioner's Office.</p>
<p>Yours faithfully</p>
<p>J. R. Whitcombe<br>Bereavement Services Manager<br>on behalf of the Clerk to the Joint Committee</p>
""" % rows
    return page(body, css, "ADCJC/FOI/118")


LETTERS.append(letter(
    "ashgrove-crematorium-jc-scan.pdf", "ocr",
    "Ashgrove and District Crematorium Joint Committee", "ADCJC/FOI/118",
    "2024-06-06", "2024-05-09", "foia",
    "numbered question with indented answer, scanned and OCR'd",
    ["OCR text layer from a 150 dpi scan", "OCR reads the number of question 4 as 'A.'",
     "letterhead name wrapped over two lines with OCR spacing", "joint committee of two councils",
     "total income released, supplier breakdown withheld (partial)",
     "list of firms withheld in full (withheld)"],
    L9_Q, render_l9))
