LETTER = dict(
    file="pcos-foi-response-25-044.html", fmt="html",
    authority="Police Custody Oversight Scotland",
    reference="PCOS/FOI/25/044", date="2025-03-19", received="2025-02-20", regime="foisa",
    layout="disclosure-log page; 'You asked:' / 'Our response:' blocks",
    traps=["FOISA s18 NCND with s38", "FOISA s27 future publication counted as released",
           "unnumbered 'You asked' blocks"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", ["foisa:s25(1)"]),
        ("P1.Q3", "ncnd", ["foisa:s18(1)", "foisa:s38(1)(b)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "withheld", ["foisa:s30(b)(ii)"]),
        ("P1.Q6", "released", ["foisa:s27(1)"]),
        ("P1.Q7", "released", []),
    ],
    body="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI response PCOS/FOI/25/044 – Police Custody Oversight Scotland</title>
</head>
<body>
<div class="consent" role="dialog" aria-label="Cookie consent">
<p>This site uses cookies. Some are essential to make the site work; others help us improve the site. <a href="/privacy#cookies">Find out more</a></p>
<p><button>Accept</button> <button>Reject non-essential</button> <button>Settings</button></p>
</div>
<header>
<p class="sitename"><a href="/">Police Custody Oversight Scotland</a></p>
<p class="gaelic">Sgrùdadh Grèim Poileis Alba</p>
<nav><a href="/about">About us</a> · <a href="/inspections">Inspections</a> · <a href="/publications">Publications</a> · <a href="/news">News</a> · <a href="/foi">Freedom of information</a> · <a href="/contact">Contact</a></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/foi">Freedom of information</a> › <a href="/foi/responses">FOI responses 2025</a> › PCOS/FOI/25/044</nav>
<main>
<h1>Custody inspections, complaints and staffing</h1>
<p><small>Released 19 March 2025 · Reference PCOS/FOI/25/044</small></p>
<p>Dear</p>
<p>Thank you for your request received on 20 February 2025 under the Freedom of Information (Scotland) Act 2002 (FOISA). Our response to each part of your request follows.</p>

<h3>You asked:</h3>
<p>How many custody centre inspections did PCOS carry out in 2024?</p>
<h3>Our response:</h3>
<p>We carried out 31 inspections in 2024: 22 unannounced and 9 announced.</p>

<h3>You asked:</h3>
<p>Please provide copies of the inspection reports.</p>
<h3>Our response:</h3>
<p>All inspection reports are published on our website at pcos.scot.example/inspections/reports. As this information is otherwise accessible, it is exempt under section 25(1) of FOISA.</p>

<h3>You asked:</h3>
<p>Has PCOS received a complaint from Sergeant A. McBride about conditions at Dunmore custody centre?</p>
<h3>Our response:</h3>
<p>Under section 18(1) of FOISA, PCOS neither confirms nor denies whether it holds this information. If the information did exist, it would be exempt under section 38(1)(b) (personal information), and revealing whether or not it exists would itself disclose personal data about the named officer and would be contrary to the public interest. You should not take this response as an indication that information does or does not exist.</p>

<h3>You asked:</h3>
<p>How many deaths in police custody did PCOS review in 2024?</p>
<h3>Our response:</h3>
<p>2.</p>

<h3>You asked:</h3>
<p>Please provide internal emails between PCOS staff discussing the draft thematic report on healthcare in custody.</p>
<h3>Our response:</h3>
<p>We hold 38 emails within scope. They are exempt under section 30(b)(ii) of FOISA, because their disclosure would substantially inhibit the free and frank exchange of views for the purposes of deliberation. The emails record inspectors' candid views on emerging findings, some of which were changed after evidence was tested with Police Scotland and NHS boards. Releasing them would make staff less willing to record frank views in future. We accept there is a public interest in understanding how our findings are reached, but we have concluded that this is outweighed by the public interest in allowing inspectors to test and debate findings before they are finalised.</p>

<h3>You asked:</h3>
<p>Please provide a copy of the thematic report on healthcare in custody.</p>
<h3>Our response:</h3>
<p>The report will be laid before the Scottish Parliament and published on our website on 15 April 2025. The report is therefore exempt under section 27(1) of FOISA (information intended for future publication). We consider it reasonable to withhold it until then so that it can be published simultaneously to all stakeholders. We will be happy to send you a link on the day of publication.</p>

<h3>You asked:</h3>
<p>How many staff does PCOS employ, by grade?</p>
<h3>Our response:</h3>
<p>Chief Inspector 1; Lead Inspectors 3; Inspectors 9; Healthcare Inspectors (seconded) 2; Business Support 4. Total 19.</p>

<p><b>Your right to request a review</b><br>If you are unhappy with our response you may ask us to carry out an internal review within 40 working days. If you remain dissatisfied, you may then apply to the Scottish Information Commissioner.</p>
<p>Information Governance<br>Police Custody Oversight Scotland</p>
</main>
<footer>
<p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/sitemap">Sitemap</a></p>
<p>Police Custody Oversight Scotland, 1 Pitt Terrace, Stirling FK99 2ZZ. © Crown copyright 2025.</p>
</footer>
</body>
</html>
""")
