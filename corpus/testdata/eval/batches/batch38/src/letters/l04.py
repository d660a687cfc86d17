LETTER = dict(
    file="wandlebury-disclosure-log-FOIR-2025-38812.html", fmt="html",
    authority="London Borough of Wandlebury",
    reference="FOIR-2025-38812", date="2025-02-11", received="2025-01-14", regime="foia",
    layout="disclosure-log page; request restated in full, then numbered answers",
    traps=["page has published/updated dates that are not the response date", "s21 and s22 signposting"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", []),
        ("P1.Q4", "released", []),
        ("P1.Q5", "withheld", ["s40(2)"]),
        ("P1.Q6", "released", ["s21(1)"]),
        ("P1.Q7", "released", []),
        ("P1.Q8", "released", ["s22(1)"]),
    ],
    body="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Houses in multiple occupation: licensing and civil penalties (FOIR-2025-38812) | London Borough of Wandlebury</title>
<link rel="stylesheet" href="/assets/css/wandlebury.min.css">
<script src="/assets/js/consent.js" defer></script>
</head>
<body class="page-disclosure-log">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use wandlebury.gov.example, remember your settings and improve our services.</p>
  <button class="btn" id="accept-cookies">Accept additional cookies</button>
  <button class="btn btn--secondary" id="reject-cookies">Reject additional cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/lbw-logo.svg" alt="London Borough of Wandlebury"></a>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/parking">Parking</a></li>
      <li><a href="/planning">Planning and building control</a></li>
      <li><a href="/council-democracy">Council and democracy</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/council-democracy">Council and democracy</a></li>
    <li><a href="/council-democracy/foi">Freedom of information</a></li>
    <li><a href="/council-democracy/foi/disclosure-log">Disclosure log</a></li>
    <li aria-current="page">FOIR-2025-38812</li>
  </ol>
</nav>
<main id="main-content">
<article class="disclosure">
<h1>Houses in multiple occupation: licensing and civil penalties</h1>
<dl class="disclosure-meta">
  <dt>Reference</dt><dd>FOIR-2025-38812</dd>
  <dt>Department</dt><dd>Private Sector Housing</dd>
  <dt>Requested</dt><dd>Tue 14 January 2025</dd>
  <dt>Response sent</dt><dd>11 Feb 2025</dd>
  <dt>Outcome</dt><dd>Partially successful</dd>
</dl>

<section class="request">
<h2>Request</h2>
<p>Please could you provide the following information under the Freedom of Information Act:</p>
<ol>
  <li>The number of HMOs currently licensed by the council (mandatory and additional licensing combined).</li>
  <li>The number of HMO licence applications that are pending a decision.</li>
  <li>The number of civil penalty notices issued for failing to license an HMO in 2022-23 and in 2023-24.</li>
  <li>The total amount of civil penalty income actually collected in each of those years.</li>
  <li>The addresses of the properties to which those civil penalties related.</li>
  <li>A copy of the public register of licensed HMOs.</li>
  <li>The number of enforcement officers in the private sector housing team.</li>
  <li>When the council will consult on a borough-wide selective licensing scheme.</li>
</ol>
</section>

<section class="response">
<h2>Response</h2>
<p>The London Borough of Wandlebury holds the information you have requested. Our answers are numbered to match your request.</p>
<p><strong>1.</strong> 1,284 HMOs are currently licensed (mandatory 611; additional 673).</p>
<p><strong>2.</strong> 213 applications are awaiting determination.</p>
<p><strong>3.</strong> 2022-23: 38 civil penalty notices. 2023-24: 57 civil penalty notices.</p>
<p><strong>4.</strong> 2022-23: £214,750 collected. 2023-24: £309,120 collected. Some penalties issued in each year were paid, or recovered as civil debts, in later years; these figures show the income received in the year itself.</p>
<p><strong>5.</strong> We are unable to provide the addresses. Most of the landlords who received a civil penalty are private individuals, and many of the properties are their own or family homes let in part. An address linked to a civil penalty would identify the landlord and reveal that they were found to have committed a housing offence. This is personal data, and criminal-offence-type data, and disclosure would breach the first data protection principle. The information is therefore exempt under section 40(2) of the Freedom of Information Act. This is an absolute exemption and no public interest test is needed.</p>
<p><strong>6.</strong> The public register of licensed HMOs is available on our website and is therefore exempt under section 21 (information accessible by other means): <a href="/housing/landlords/hmo-public-register">wandlebury.gov.example/housing/landlords/hmo-public-register</a>. The register is updated on the first working day of each month.</p>
<p><strong>7.</strong> There are 9.5 full-time equivalent enforcement officers, supported by two technical officers.</p>
<p><strong>8.</strong> A report setting out the proposed consultation timetable will be published with the agenda for the Cabinet meeting of 19 March 2025, which will be available on the council's website five clear working days before the meeting. As the information is intended for future publication it is exempt under section 22(1). We consider it reasonable to withhold it until then, as the timetable is subject to Cabinet approval, and premature release could cause confusion for landlords and tenants.</p>
<p>If you are unhappy with this response, you can request an internal review within 40 working days by emailing <a href="mailto:foi@wandlebury.gov.example">foi@wandlebury.gov.example</a>. If you are still unhappy after the review, you can complain to the Information Commissioner's Office.</p>
<p>Information Governance Team<br>London Borough of Wandlebury</p>
</section>
</article>
<aside class="related">
  <h2>Related requests</h2>
  <ul>
    <li><a href="/council-democracy/foi/disclosure-log/FOIR-2024-31207">Selective licensing consultation (FOIR-2024-31207, 3 October 2024)</a></li>
    <li><a href="/council-democracy/foi/disclosure-log/FOIR-2024-29944">Rogue landlord database entries (FOIR-2024-29944, 12 July 2024)</a></li>
  </ul>
</aside>
<p class="page-dates">Published: 18 February 2025 &middot; Last updated: 20 February 2025</p>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul>
  <p>&copy; London Borough of Wandlebury 2025. Town Hall, Wandle Parade, London SW99 9ZZ.</p>
</footer>
</body>
</html>
""")
