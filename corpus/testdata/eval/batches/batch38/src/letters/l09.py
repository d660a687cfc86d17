LETTER = dict(
    file="tynemere-bcs-1147-disclosure.html", fmt="html",
    authority="Tynemere Metropolitan Borough Council",
    reference="BCS/1147", date="2024-06-07", received="2024-05-10", regime="foia",
    layout="disclosure-log page with question/answer table",
    traps=["coroner not a public authority: not held", "released zero '0'"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["s31(1)(a)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "released", []),
        ("P1.Q6", "not_held", []),
        ("P1.Q7", "partially_released", ["s43(2)"]),
        ("P1.Q8", "released", []),
    ],
    body="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>FOI BCS/1147 - Public health funerals and mortuary services - Tynemere Council</title>
<style>
body{font-family:Verdana,Arial,sans-serif;margin:0} .wrap{max-width:960px;margin:auto}
table.foi{border-collapse:collapse;width:100%} table.foi td,table.foi th{border:1px solid #999;padding:6px;vertical-align:top}
</style>
</head>
<body>
<div class="cookie-notice" id="cookieNotice">
  <strong>Cookies on the Tynemere Council website</strong>
  <p>We use cookies to collect information about how you use our website. We use this information to make the website work as well as possible. <a href="/cookie-policy">Read our cookie policy</a>.</p>
  <button onclick="acceptAll()">Accept all cookies</button> <button onclick="essentialOnly()">Essential cookies only</button>
</div>
<div class="topbar"><div class="wrap">
  <a href="/"><img src="/images/tynemere-crest.png" alt="Tynemere Metropolitan Borough Council home"></a>
  <ul class="utility"><li><a href="/myaccount">My account</a></li><li><a href="/report-it">Report it</a></li><li><a href="/pay-it">Pay it</a></li><li><a href="/apply-for-it">Apply for it</a></li></ul>
</div></div>
<nav class="mainmenu"><div class="wrap"><ul>
  <li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li>
  <li><a href="/births-deaths-marriages">Births, deaths and marriages</a></li><li><a href="/your-council">Your council</a></li>
</ul></div></nav>
<div class="wrap">
<p class="crumbs">You are here: <a href="/">Home</a> &gt; <a href="/your-council">Your council</a> &gt; <a href="/your-council/access-to-information">Access to information</a> &gt; <a href="/your-council/access-to-information/foi-responses">FOI responses</a> &gt; BCS/1147</p>
<div class="content">
<h1>Public health funerals and mortuary services</h1>
<p class="lede">Service area: Registration, Bereavement and Coroner Support Services<br>
FOI reference: BCS/1147<br>
Date received: 10 May 2024<br>
Date of response: 07 Jun 2024</p>

<p>The Council's response to this request is set out in the table below. Where information is withheld, the reasons are explained underneath.</p>

<table class="foi">
<thead><tr><th scope="col">Information requested</th><th scope="col">Council response</th></tr></thead>
<tbody>
<tr><td>Number of public health funerals (Public Health (Control of Disease) Act 1984, section 46) arranged by the Council in 2021, 2022 and 2023.</td>
<td>2021 – 71<br>2022 – 64<br>2023 – 82</td></tr>
<tr><td>Total cost to the Council of those funerals in each year, after any recovery from estates.</td>
<td>2021 – £58,911<br>2022 – £51,207<br>2023 – £72,640</td></tr>
<tr><td>For each public health funeral since 1 January 2024: full name, date of birth, date of death and last known address of the deceased, and whether any next of kin was traced.</td>
<td>Withheld – section 31(1)(a). See note A below.</td></tr>
<tr><td>Whether the estate was referred to the Government Legal Department (Bona Vacantia) in any of those cases.</td>
<td>Yes. Six estates were referred between 1 January and 10 May 2024.</td></tr>
<tr><td>Capacity of the Council's public mortuary (number of body storage spaces), including any surge capacity.</td>
<td>64 standard spaces, 8 bariatric spaces and 4 long-term frozen spaces. A further 40 spaces of temporary surge capacity can be made available under the Excess Deaths Plan.</td></tr>
<tr><td>Number of inquests opened by HM Senior Coroner for Tynemere in 2023.</td>
<td>The Council does not hold this information. Although the Council funds and provides support staff to the coroner's service, HM Coroner is an independent judicial office holder and is not subject to the Freedom of Information Act; records of inquests are the coroner's records, not the Council's. You may wish to consult the annual coroner statistics published by the Ministry of Justice.</td></tr>
<tr><td>Name of the provider of the Council's post-mortem examination contract, and the annual contract value.</td>
<td>The provider is Northgate Forensic Pathology LLP. The annual contract value is withheld under section 43(2) – see note B below.</td></tr>
<tr><td>Number of sets of unclaimed cremated remains currently held by the Council's crematorium.</td>
<td>0</td></tr>
</tbody>
</table>

<h2>Note A – section 31(1)(a) (prevention or detection of crime)</h2>
<p>The Council recognises that the deceased have no data protection rights, so section 40 does not apply. However, lists of deceased persons whose estates may be unclaimed are of interest to those who commit identity fraud and to persons seeking to make false claims against estates or to gain access to empty properties. The Council considers that releasing names, dates of birth and addresses would be likely to prejudice the prevention of crime. Having considered the public interest, and in particular that information about referred estates is published by the Government Legal Department once it has completed its own checks, the Council has concluded that the public interest in withholding the information outweighs that in disclosure.</p>

<h2>Note B – section 43(2) (commercial interests)</h2>
<p>The post-mortem service is provided by a small number of specialist providers, and the contract is to be re-procured in 2025. The annual value would reveal the provider's pricing to competitors. On balance the public interest favours withholding the value at this time.</p>

<p>If you are not satisfied with this response you may request an internal review by contacting the Information Governance Unit, Civic Centre, Tynemere NE99 1ZZ (foi@tynemere.gov.example).</p>
</div>
<p class="updated">Page last updated: 14/06/2024</p>
</div>
<footer><div class="wrap">
  <p><a href="/contact-us">Contact us</a> | <a href="/accessibility">Accessibility</a> | <a href="/privacy-notices">Privacy notices</a> | <a href="/terms">Terms and conditions</a></p>
  <p>Tynemere Metropolitan Borough Council, Civic Centre, Tynemere NE99 1ZZ. Telephone 0191 000 5000.</p>
</div></footer>
</body>
</html>
""")
