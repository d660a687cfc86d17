LETTER = dict(
    file="caldermoor-foi-24-0866.html", fmt="html",
    authority="Calder Moor Partnership NHS Foundation Trust",
    reference="CMP FOI 24-0866", date="2024-10-02", received="2024-09-04", regime="foia",
    layout="disclosure-log page with numbered question/answer table",
    traps=["'0' released zero", "'N/A' after an earlier answer is released, not not_held",
           "published date differs from response date"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", []),
        ("P1.Q4", "released", []),
        ("P1.Q5", "partially_released", ["s43(2)"]),
        ("P1.Q6", "not_held", []),
        ("P1.Q7", "released", []),
        ("P1.Q8", "released", []),
        ("P1.Q9", "not_held", []),
    ],
    body="""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Restrictive practices and out of area placements | FOI disclosure log | Calder Moor Partnership NHS Foundation Trust</title>
<meta name="description" content="Freedom of Information response CMP FOI 24-0866">
<link rel="stylesheet" href="/static/nhs-frontend.min.css">
</head>
<body>
<div class="nhsuk-cookie-banner" id="nhsuk-cookie-banner">
  <h2>Cookies on our website</h2>
  <p>We've put some small files called cookies on your device to make our site work.</p>
  <p>We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics. We use this information to improve our site.</p>
  <p>Let us know if this is OK. We'll use a cookie to save your choice. You can <a href="/cookies">read more about our cookies</a> before you choose.</p>
  <ul><li><button id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li><li><button id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul>
</div>
<header class="nhsuk-header" role="banner">
  <div class="nhsuk-header__container">
    <a class="nhsuk-header__link" href="/" aria-label="Calder Moor Partnership NHS Foundation Trust homepage"><span class="nhsuk-logo">NHS</span> Calder Moor Partnership <span>NHS Foundation Trust</span></a>
    <nav class="nhsuk-header__navigation"><ul>
      <li><a href="/services">Our services</a></li><li><a href="/crisis">Urgent help – crisis lines</a></li>
      <li><a href="/about-us">About us</a></li><li><a href="/work-for-us">Work for us</a></li><li><a href="/contact">Contact us</a></li>
    </ul></nav>
  </div>
</header>
<div class="nhsuk-width-container">
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list">
  <li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li><li><a href="/about-us/foi">Freedom of Information</a></li><li><a href="/about-us/foi/disclosure-log">Disclosure log 2024/25</a></li>
</ol></nav>
<main id="maincontent">
<h1>Restrictive practices and out of area placements</h1>
<p class="nhsuk-body-s">Reference: CMP FOI 24-0866 &nbsp;|&nbsp; Date received: 04/09/2024 &nbsp;|&nbsp; Response date: 02/10/2024 &nbsp;|&nbsp; Published: 18/10/2024</p>
<p>Thank you for your request for information under the Freedom of Information Act 2000. The Trust's response is shown against each question below. All figures relate to the financial year 2023/24 unless stated otherwise.</p>
<table class="nhsuk-table">
<thead><tr><th>No.</th><th>Question</th><th>Response</th></tr></thead>
<tbody>
<tr><td>1</td><td>How many incidents of physical restraint were recorded on the Trust's inpatient wards?</td><td>1,942</td></tr>
<tr><td>2</td><td>Of these, how many involved prone (face-down) restraint?</td><td>0 – the Trust's policy does not permit planned prone restraint, and no unplanned prone restraint was recorded.</td></tr>
<tr><td>3</td><td>How many adult acute out of area placements were made?</td><td>37</td></tr>
<tr><td>4</td><td>What was the total cost of those out of area placements?</td><td>£2,386,410</td></tr>
<tr><td>5</td><td>Which private providers were used for out of area placements and what was the contract value with each?</td><td>Providers used: Elmhurst Healthcare Ltd; Pinewood Hospitals Group; Greystone Clinics. The contract value with each provider is withheld under section 43(2) of the Act (commercial interests). The Trust purchases placements on a spot basis and individual prices are negotiated per placement; disclosure would prejudice the Trust's ability to negotiate and the providers' commercial position. The public interest in transparency is met by the total cost given at question 4.</td></tr>
<tr><td>6</td><td>How many patients died within 30 days of discharge from an inpatient ward?</td><td>The Trust does not hold this information. Deaths in the community after discharge are only recorded where the Trust is notified and the patient remained under Trust services; the Trust does not collate a figure for all discharged patients.</td></tr>
<tr><td>7</td><td>How many patients died while in seclusion?</td><td>0</td></tr>
<tr><td>8</td><td>If any, please give the date of each death and the ward.</td><td>N/A</td></tr>
<tr><td>9</td><td>How many times did attending police officers use a Taser on a Trust ward?</td><td>This information is not held by the Trust. Use of force by police officers is recorded by the police force concerned. You may wish to contact West Calder Police.</td></tr>
</tbody>
</table>
<p>If you are dissatisfied with the Trust's response, you may ask for an internal review by writing to the Head of Information Governance, Trust Headquarters, Moor Lane, Halden HX9 9ZZ or emailing cmp.foi@nhs.example. If you remain dissatisfied you have the right to contact the Information Commissioner's Office.</p>
</main>
</div>
<footer class="nhsuk-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/modern-slavery">Modern slavery statement</a></li></ul>
  <p>&copy; Calder Moor Partnership NHS Foundation Trust 2024</p>
</footer>
</body>
</html>
""")
