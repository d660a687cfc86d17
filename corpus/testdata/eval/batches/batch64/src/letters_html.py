"""Letters 14-17: HTML disclosure-log pages (navigation, cookie banner, footer)."""
from common import Q, letter, esc, page

LETTERS = []

# ---------------------------------------------------------------- 14
# Joint waste disposal board, EIR, REQUEST / RESPONSE with unnumbered bullets
L14_Q = [
    Q(1, 1, "the tonnage of residual waste sent to the energy from waste (EfW) plant in 2023/24",
      "148,902 tonnes of residual waste were delivered to the Lyle Energy Recovery Facility in 2023/24.",
      "released"),
    Q(1, 2, "the gate fee per tonne paid to the EfW operator",
      "The gate fee is withheld under regulation 12(5)(e) of the EIR. The fee is set by a confidential pricing mechanism in the 25-year contract and its disclosure would harm the operator's legitimate economic interests and the Board's position in the forthcoming contract variation.",
      "withheld", "reg12(5)(e)"),
    Q(1, 3, "the tonnage delivered by each constituent council",
      "<table class='t'><tr><th>Constituent council</th><th>Tonnes 2023/24</th></tr><tr><td>Tamsworth Borough Council</td><td>81,440</td></tr><tr><td>Lyle District Council</td><td>67,462</td></tr><tr><th>Total</th><th>148,902</th></tr></table>",
      "released"),
    Q(1, 4, "the total paid to the EfW operator in 2023/24, with a monthly breakdown",
      "The total paid in 2023/24 was £17,906,214. The monthly breakdown is withheld under regulation 12(5)(e), as monthly payments combined with the published tonnages would allow the gate fee to be calculated.",
      "partially_released", "reg12(5)(e)"),
    Q(1, 5, "the tonnage of fly-tipped waste collected in Lyle in 2023/24",
      "The Board does not hold this information; regulation 12(4)(a) applies. Fly-tipped waste is collected by Lyle District Council as waste collection authority, and you may wish to ask the District Council directly.",
      "not_held", "reg12(4)(a)"),
    Q(1, 6, "the names of the officers who sit on the Contract Monitoring Board",
      "The Contract Monitoring Board is made up of the Board's Contract Manager, the Waste Strategy Officer, the Tamsworth Head of Environmental Services, the Lyle Head of Street Scene and the Treasurer's representative. The names of these officers are withheld under regulation 13(1) as their personal data.",
      "partially_released", "reg13(1)"),
]

CSS14 = """
body { font-family: 'Segoe UI', Arial, sans-serif; margin:0; color:#1b1b1b; }
.cookie { background:#263238; color:#fff; padding:10px 20px; font-size:14px; }
.cookie button { margin-left:10px; }
header { background:#2e7d32; color:#fff; padding:14px 20px; }
header .org { font-size:22px; font-weight:600; }
nav.top a { color:#fff; margin-right:16px; font-size:14px; }
.crumbs { font-size:13px; padding:8px 20px; background:#eef3ee; }
main { max-width:820px; padding:10px 20px 30px 20px; }
.meta td { padding:2px 14px 2px 0; font-size:14px; }
table.t { border-collapse:collapse; margin:6px 0; }
table.t td, table.t th { border:1px solid #999; padding:3px 8px; }
footer { background:#1b5e20; color:#dfe; font-size:13px; padding:16px 20px; }
footer a { color:#dfe; }
"""


def render_l14(L):
    req = "\n".join("<li>%s</li>" % esc(x["q"]) for x in L["questions"])
    resp = "\n".join("<h4>%s%s</h4>\n<div>%s</div>" % (esc(x["q"][0].upper()), esc(x["q"][1:]), x["a"] if x["a"].startswith("<") else "<p>%s</p>" % esc(x["a"]))
                     for x in L["questions"])
    body = """
<div class="cookie" id="cookie-banner">We use cookies to make this site work and to understand how it is used. <button>Accept all cookies</button><button>Reject non-essential cookies</button> <a href="/cookies" style="color:#fff">Cookie settings</a></div>
<header><div class="org">Tamsworth and Lyle Joint Waste Disposal Board</div>
<nav class="top"><a href="/">Home</a><a href="/about">About the Board</a><a href="/recycling">Recycling centres</a><a href="/meetings">Meetings</a><a href="/foi">Freedom of information</a><a href="/contact">Contact</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; EIR 2024-77</div>
<main>
<h1>Energy from waste tonnages and payments</h1>
<table class="meta"><tr><td>Reference</td><td>EIR 2024-77</td></tr>
<tr><td>Date received</td><td>24 July 2024</td></tr>
<tr><td>Date responded</td><td>21 August 2024</td></tr>
<tr><td>Published</td><td>30 August 2024</td></tr>
<tr><td>Category</td><td>Contracts; Waste disposal</td></tr></table>
<h2>REQUEST</h2>
<p>Under the Environmental Information Regulations, please provide:</p>
<ul>
%s
</ul>
<h2>RESPONSE</h2>
<p>The Board holds information within the scope of your request. Our response to each item is below.</p>
%s
<p>In applying regulation 12(5)(e) we have weighed the public interest in understanding the cost of waste disposal, which we have met by publishing the annual totals, against the public interest in protecting commercially confidential contract terms. We consider the balance favours maintaining the exception for the remaining detail. Regulation 13(1) is not subject to a public interest test where disclosure would contravene the data protection principles.</p>
<p>If you are dissatisfied you may request an internal review within 40 working days by emailing eir@tljwdb.org.uk. You may then complain to the Information Commissioner.</p>
<p>Clerk and Monitoring Officer<br>Tamsworth and Lyle Joint Waste Disposal Board</p>
<p><a href="/foi/disclosure-log">&laquo; Back to disclosure log</a></p>
</main>
<footer>&copy; 2024 Tamsworth and Lyle Joint Waste Disposal Board, Lyle House, Station Road, Lyle LY2 3QP &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy notice</a> &middot; <a href="/cookies">Cookies</a><br>Working together for a greener Tamsworth and Lyle</footer>
""" % (req, resp)
    return page(body, CSS14, "EIR 2024-77 | Disclosure log | Tamsworth and Lyle JWDB")


LETTERS.append(letter(
    "tljwdb-disclosure-EIR-2024-77.html", "html",
    "Tamsworth and Lyle Joint Waste Disposal Board", "EIR 2024-77", "2024-08-21", "2024-07-24", "eir",
    "disclosure-log page, REQUEST bullets then RESPONSE headings restating each bullet",
    ["unnumbered bullet questions", "published date differs from response date",
     "annual total released, monthly breakdown withheld (partial)",
     "job titles released, names withheld reg13(1) (partial)",
     "reg 12(4)(a) not held", "cookie banner, navigation, breadcrumbs and footer"],
    L14_Q, render_l14))

# ---------------------------------------------------------------- 15
# Police disclosure log, Q/A interleaved, ten questions, NCND mix
L15_Q = [
    Q(1, 1, "How many drones (unmanned aerial vehicles) does Fenmoor Constabulary own?",
      "Nine.", "released"),
    Q(1, 2, "What makes and models are they?",
      "All nine aircraft are manufactured by DJI. The specific models are exempt from disclosure under section 31(1)(a) as they would reveal the force's capabilities, such as flight time and thermal imaging.",
      "partially_released", "s31(1)(a)"),
    Q(1, 3, "How many times were drones deployed in 2023?",
      "1,127 deployments.", "released"),
    Q(1, 4, "How many of those deployments were to monitor protests?",
      "Fenmoor Constabulary neither confirms nor denies that it holds information relevant to this question by virtue of section 31(3).",
      "ncnd", "s31(3)"),
    Q(1, 5, "What was the total cost of the drone programme in 2023/24?",
      "£214,600, including aircraft, training, insurance and maintenance.", "released"),
    Q(1, 6, "Your 2023 press release referred to 40 trained pilots. How many qualified drone pilots does the force have?",
      "This information is exempt under section 31(1)(a) (prevention and detection of crime).",
      "withheld", "s31(1)(a)"),
    Q(1, 7, "Have drones been used by Counter Terrorism Policing in Fenmoor?",
      "Fenmoor Constabulary can neither confirm nor deny that it holds information relevant to this question. Sections 23(5) and 24(2) apply.",
      "ncnd", "s23(5)", "s24(2)"),
    Q(1, 8, "Please provide the force policy on drone use.",
      "The force's Drone Operations Policy is published at www.fenmoor.police.uk/foi/policies. Section 21 applies.",
      "released", "s21"),
    Q(1, 9, "How many complaints have been received about drone use?",
      "0 (nil) complaints were recorded in 2023.", "released"),
    Q(1, 10, "Who leads the drone unit?",
      "The drone unit is led by an Inspector within Air Operations. The officer's name is exempt under section 40(2).",
      "partially_released", "s40(2)"),
]

CSS15 = """
body { font-family: Arial, sans-serif; margin:0; background:#f4f4f4; }
#cookies { position:relative; background:#fff3cd; border-bottom:1px solid #e0c060; padding:8px 16px; font-size:13px; }
.brand { background:#0b1f3a; color:#fff; padding:12px 16px; font-size:20px; }
.brand small { display:block; font-size:12px; color:#9fb3d1; }
ul.menu { list-style:none; margin:0; padding:6px 16px; background:#13325e; }
ul.menu li { display:inline; margin-right:14px; }
ul.menu a { color:#fff; font-size:13px; text-decoration:none; }
.bc { font-size:12px; padding:6px 16px; }
article { background:#fff; margin:0 16px; padding:14px 20px; max-width:860px; }
.q { font-weight:bold; margin-bottom:2px; }
.a { margin-top:0; }
aside { margin:14px 16px; font-size:13px; }
.foot { background:#0b1f3a; color:#ccd; font-size:12px; padding:14px 16px; }
"""


def render_l15(L):
    qa = "\n".join("<p class='q'>Q%d. %s</p>\n<p class='a'>A%d. %s</p>" % (x["num"], esc(x["q"]), x["num"], esc(x["a"])) for x in L["questions"])
    body = """
<div id="cookies">Fenmoor Constabulary uses essential cookies and, with your consent, analytics cookies. <a href="#">Accept</a> | <a href="#">Reject</a> | <a href="#">Manage preferences</a></div>
<div class="brand">Fenmoor Constabulary<small>Serving the communities of Fenmoor and the Isle of Carr</small></div>
<ul class="menu"><li><a href="#">Report</a></li><li><a href="#">Contact us</a></li><li><a href="#">News</a></li><li><a href="#">About us</a></li><li><a href="#">Transparency</a></li><li><a href="#">Careers</a></li></ul>
<div class="bc">You are here: Home / About us / Transparency / Freedom of Information / Disclosure log / 2024</div>
<article>
<h2>Use of drones</h2>
<p><b>Reference number:</b> 000912/24 &nbsp;&nbsp; <b>Request date:</b> 08/07/2024 &nbsp;&nbsp; <b>Response date:</b> 05/08/2024 &nbsp;&nbsp; <b>Theme:</b> Operational policing</p>
<p>Your request was received on 8 July 2024. Fenmoor Constabulary has considered it, and each of your questions is set out below followed by the force&rsquo;s answer.</p>
%s
<h3>Reasons for decision</h3>
<p><b>Section 31 Law Enforcement.</b> Disclosing the specific models of aircraft, or the number of trained pilots, would give those intent on committing crime an understanding of the force's air support capacity at any one time. The public interest in transparency is met in part by the information released, and the balance favours non-disclosure of the remainder.</p>
<p><b>Neither confirm nor deny.</b> Any disclosure under FOIA is a disclosure to the world. Confirming or denying whether information is held about the monitoring of protests, or about the involvement of Counter Terrorism Policing, would reveal tactical and security information. Section 23(5) is an absolute exemption; sections 24(2) and 31(3) are qualified and the public interest favours maintaining them. This should not be taken as an indication that the information requested exists or does not exist.</p>
<p><b>Section 40(2) Personal information.</b> The names of officers below the rank of Chief Superintendent are not routinely published.</p>
</article>
<aside>Complaint rights: you may request an internal review within 40 working days and may then complain to the Information Commissioner. <a href="#">Full details of your rights</a>.</aside>
<div class="foot">Fenmoor Constabulary, Headquarters, Lantern Road, Fenmoor FM1 2PD. In an emergency always call 999. &middot; Accessibility &middot; Privacy &middot; Cookie policy &middot; Site map<br>&copy; Fenmoor Constabulary 2024</div>
""" % qa
    return page(body, CSS15, "Use of drones - 000912/24 - Fenmoor Constabulary")


LETTERS.append(letter(
    "fenmoor-constabulary-disclosure-000912-24.html", "html",
    "Fenmoor Constabulary", "000912/24", "2024-08-05", "2024-07-08", "foia",
    "disclosure-log page, Q1./A1. interleaved",
    ["ten questions with Q/A numbering", "maker released, models withheld (partial)",
     "figure quoted in question, only exemption given (withheld)",
     "NCND s31(3) and s23(5)+s24(2)", "released zero",
     "inspector role given, name withheld (partial)",
     "request and response dates in one line, dd/mm/yyyy",
     "cookie banner and menus around the letter"],
    L15_Q, render_l15))

# ---------------------------------------------------------------- 16
# Combined authority disclosure log, grouped answers, Mayor's office
L16_Q = [
    Q(1, 1, "The total spent on travel and accommodation by the Mayor's office in 2023/24.",
      "", "released"),
    Q(1, 2, "A list of each overseas trip taken by the Mayor in 2023/24, with the names of the staff who accompanied the Mayor.",
      "", "partially_released", "s40(2)"),
    Q(1, 3, "The name of the hotel used for the MIPIM trip in Cannes in March 2024 and its cost.",
      "", "partially_released", "s38(1)(a)", "s38(1)(b)"),
    Q(1, 4, "The number of staff employed in the Mayor's office.",
      "", "released"),
    Q(1, 5, "The salary of the Mayor's political adviser, which the Herald reported as £78,000.",
      "", "withheld", "s40(2)"),
    Q(1, 6, "Details of the personal security arrangements provided for the Mayor.",
      "", "ncnd", "s24(2)", "s38(2)"),
]

CSS16 = """
body { font-family: Helvetica, Arial, sans-serif; margin:0; }
.banner { background:#ffe082; padding:10px 18px; font-size:14px; }
.site { display:flex; align-items:center; justify-content:space-between; padding:12px 18px; border-bottom:4px solid #c2185b; }
.site .logo { font-weight:bold; font-size:20px; color:#c2185b; }
.site .logo span { color:#333; font-weight:normal; }
.nav a { margin-left:14px; color:#333; font-size:14px; }
.crumb { padding:8px 18px; font-size:13px; color:#555; }
.wrap { display:flex; }
.side { width:200px; padding:10px 18px; font-size:13px; border-right:1px solid #ddd; }
.content { padding:10px 24px; max-width:760px; }
table.trips { border-collapse:collapse; }
table.trips td, table.trips th { border:1px solid #bbb; padding:3px 7px; font-size:14px; }
.footer { background:#333; color:#eee; padding:14px 18px; font-size:12px; margin-top:20px; }
"""


def render_l16(L):
    req = "\n".join("<li>%s</li>" % esc(x["q"]) for x in L["questions"])
    body = """
<div class="banner">Can we store cookies on your device to help us improve this website? <button>Yes</button> <button>No</button></div>
<div class="site"><div class="logo">North Calder <span>Combined Authority</span></div>
<div class="nav"><a href="#">Transport</a><a href="#">Skills</a><a href="#">Housing</a><a href="#">The Mayor</a><a href="#">About us</a><a href="#">Search</a></div></div>
<div class="crumb">Home &rsaquo; About us &rsaquo; Transparency &rsaquo; FOI disclosure log &rsaquo; FOI-3390</div>
<div class="wrap">
<div class="side"><b>In this section</b><br>Make a request<br>Disclosure log<br>Publication scheme<br>Data protection<br>Spending over &pound;500</div>
<div class="content">
<h1>FOI-3390: Mayor&rsquo;s office travel and staffing</h1>
<p>Date of response: 23/09/2024<br>Date request received: 27/08/2024</p>
<p>Dear Requester,</p>
<p>Thank you for your request for the following information:</p>
<ol>
%s
</ol>
<p>North Calder Combined Authority (NCCA) holds some of the information you have requested. We have grouped some of our answers below.</p>
<p><b>Questions 1 and 4</b><br>The Mayor&rsquo;s office spent &pound;18,412 on travel and accommodation in 2023/24. The office employs 14 staff (13.2 full-time equivalent).</p>
<p><b>Question 2</b><br>The Mayor made three overseas trips in 2023/24. The Mayor was accompanied by officers on each trip; we have given their job titles, but their names are withheld under section 40(2) (personal information).</p>
<table class="trips"><tr><th>Dates</th><th>Destination</th><th>Purpose</th><th>Accompanied by</th></tr>
<tr><td>12&ndash;15 Mar 2024</td><td>Cannes</td><td>MIPIM property conference</td><td>Director of Inward Investment; Senior Investment Manager</td></tr>
<tr><td>2&ndash;4 Oct 2023</td><td>Rotterdam</td><td>Port and freight partnership visit</td><td>Head of Strategic Transport</td></tr>
<tr><td>20&ndash;22 Nov 2023</td><td>Dublin</td><td>Trade mission</td><td>Director of Inward Investment</td></tr></table>
<p><b>Question 3</b><br>The accommodation for the MIPIM trip cost &pound;4,386 in total for three people. The name of the hotel is withheld under sections 38(1)(a) and (b) (health and safety), because the Authority&rsquo;s practice of using the same hotel each year would allow the Mayor&rsquo;s whereabouts at future events to be predicted.</p>
<p><b>Question 5</b><br>We do not publish salaries of individual staff below the senior pay threshold. This information is withheld under section 40(2) of the Act.</p>
<p><b>Question 6</b><br>NCCA neither confirms nor denies whether it holds information about security arrangements for the Mayor, relying on sections 24(2) and 38(2) of the Act. To confirm or deny would itself reveal information about the level of protection provided.</p>
<p>Senior salaries over &pound;100,000 are published in our Statement of Accounts; this is mentioned for information only.</p>
<p>If you are unhappy with the way we have handled your request you may ask for an internal review. Please contact foi@northcalder-ca.gov.uk within 40 working days. You also have the right to complain to the Information Commissioner.</p>
<p>FOI Team<br>North Calder Combined Authority</p>
</div></div>
<div class="footer">North Calder Combined Authority &middot; Wharf Street Offices &middot; Calder Bridge CB4 1NN &middot; Terms &middot; Accessibility statement &middot; Modern slavery statement &middot; &copy; 2024</div>
""" % req
    return page(body, CSS16, "FOI-3390 | North Calder Combined Authority")


LETTERS.append(letter(
    "north-calder-ca-disclosure-FOI-3390.html", "html",
    "North Calder Combined Authority", "FOI-3390", "2024-09-23", "2024-08-27", "foia",
    "disclosure-log page, request as numbered list then grouped answers keyed 'Question N'",
    ["grouped answer 'Questions 1 and 4'", "combined authority logo split over two words",
     "trip list with job titles released, names withheld (partial)",
     "total cost released, hotel name withheld s38(1)(a)(b) (partial)",
     "figure quoted in question, only reason given (withheld)",
     "NCND s24(2)+s38(2)", "sidebar and navigation noise"],
    L16_Q, render_l16))

# ---------------------------------------------------------------- 17
# University disclosure log, table with redacted cells
L17_Q = [
    Q(1, 1, "The number of non-disclosure agreements (NDAs) used in settlement agreements with staff, for each academic year from 2019/20 to 2023/24.",
      "", "released"),
    Q(1, 2, "The total value of those settlement agreements in each year.",
      "", "partially_released", "s40(2)"),
    Q(1, 3, "The departments of the staff concerned.",
      "", "withheld", "s40(2)"),
    Q(1, 4, "The amount paid to the former Head of the School of Engineering, reported in the press as £95,000.",
      "", "ncnd", "s40(5B)(a)(i)"),
    Q(1, 5, "The University's policy on the use of NDAs.",
      "", "released", "s21"),
]

CSS17 = """
body { font-family: Georgia, 'Times New Roman', serif; margin:0; color:#222; }
.cc { background:#111; color:#eee; padding:10px 20px; font-size:13px; font-family:Arial, sans-serif; }
.uh { background:#4a148c; color:#fff; padding:18px 20px; }
.uh .n { font-size:24px; letter-spacing:1px; }
.mn { font-family:Arial, sans-serif; font-size:13px; padding:6px 20px; background:#ede7f6; }
.main { max-width:800px; padding:10px 20px; }
table.d { border-collapse:collapse; margin:8px 0; font-family:Arial, sans-serif; font-size:13px; }
table.d td, table.d th { border:1px solid #888; padding:4px 10px; text-align:center; }
.rd { background:#000; color:#000; }
.ft { font-family:Arial, sans-serif; font-size:12px; background:#311b92; color:#ddd; padding:14px 20px; }
"""


def render_l17(L):
    roman = ["i", "ii", "iii", "iv", "v"]
    req = "\n".join("<p>(%s) %s</p>" % (roman[x["num"] - 1], esc(x["q"])) for x in L["questions"])
    body = """
<div class="cc">This website uses cookies. By continuing to browse you agree to our use of cookies. <u>Find out more</u> &nbsp; <b>[Close]</b></div>
<div class="uh"><div class="n">UNIVERSITY OF WEXLEY</div></div>
<div class="mn">Study &middot; Research &middot; Business &middot; About &middot; Governance &middot; Freedom of information &gt; Disclosure log &gt; 2024-25</div>
<div class="main">
<h2>Settlement agreements and non-disclosure agreements</h2>
<p><i>Ref.</i> FOI/24/211 &nbsp;|&nbsp; <i>Received</i> 9th Dec 2024 &nbsp;|&nbsp; <i>Responded</i> 7th Jan 2025</p>
<h3>Information requested</h3>
%s
<h3>University response</h3>
<p>Part (i): the number of agreements containing a non-disclosure clause in each year is shown in the second column of the table below.</p>
<p>Part (ii): the total value of the agreements is shown in the third column. Where fewer than five agreements were made in a year the value has been redacted (shown as a black cell), as it could identify the individuals; these values are withheld under section 40(2) of the Freedom of Information Act.</p>
<table class="d"><tr><th>Academic year</th><th>Agreements with NDA</th><th>Total value (&pound;)</th></tr>
<tr><td>2019/20</td><td>7</td><td>212,450</td></tr>
<tr><td>2020/21</td><td>3</td><td class="rd">[REDACTED]</td></tr>
<tr><td>2021/22</td><td>9</td><td>301,880</td></tr>
<tr><td>2022/23</td><td>4</td><td class="rd">[REDACTED]</td></tr>
<tr><td>2023/24</td><td>6</td><td>188,020</td></tr></table>
<p>Part (iii): the University holds this information but is withholding it under section 40(2). Given the small numbers involved, naming the departments would make it possible to identify the individuals concerned.</p>
<p>Part (iv): the University will neither confirm nor deny whether it holds this information. To do so would itself disclose personal data of a named individual, and section 40(5B)(a)(i) applies.</p>
<p>Part (v): our Settlement Agreements Policy is available on the Governance pages of our website (www.wexley.ac.uk/governance/policies) and is therefore exempt under section 21.</p>
<p>If you are unhappy with this response you may request an internal review within 40 working days by writing to the University Secretary. You may then contact the Information Commissioner's Office.</p>
<p>Information Compliance Office, University of Wexley</p>
</div>
<div class="ft">University of Wexley, Chancellor's Walk, Wexley WX1 4UW &middot; Registered charity no. 1140288 &middot; Privacy &middot; Accessibility &middot; Modern slavery statement</div>
""" % req
    return page(body, CSS17, "FOI/24/211 - Disclosure log - University of Wexley")


LETTERS.append(letter(
    "university-of-wexley-disclosure-FOI-24-211.html", "html",
    "University of Wexley", "FOI/24/211", "2025-01-07", "2024-12-09", "foia",
    "disclosure-log page, request items (i)-(v), answers keyed 'Part (i)' with a data table",
    ["roman-numeral items", "count column released, value column partly redacted (partial)",
     "table with redacted cells (partial)", "departments withheld in full",
     "NCND under s40(5B)(a)(i) for a figure quoted in the question",
     "ordinal abbreviated dates", "s21 signpost"],
    L17_Q, render_l17))
