from common import q, qs, R, NH, html_page

LETTERS = []

# ---------------------------------------------------------------- L14
LETTERS.append(dict(
    file="brackenford-mbc-1130-25.txt", fmt="txt",
    authority="Brackenford Metropolitan Borough Council", reference="1130/25",
    date="2025-03-19", received="2025-02-18", regime="foia",
    layout="restate then prose answers keyed 'In answer to point N', out of order",
    traps=["answers out of order", "numbers written as words", "grouped points (1 and 2; 3 and 7; 10 and 11)",
           "nil as released zero", "only the request date given", "14 questions"],
    questions=qs(1, [R, R, ("withheld", ["s43(2)"]), R, R, R, ("withheld", ["s43(2)"]), R, NH,
                     R, R, ("released", ["s21"]), R, ("partially_released", ["s40(2)"])]),
    body="""Brackenford Metropolitan Borough Council
Adults and Health Directorate - Information Requests
Town Hall, Victoria Square, Brackenford BK1 1TH

Our Ref: 1130/25
19th March 2025

Dear Requester

Re: Freedom of Information request - home care

I refer to your request dated 18th February 2025, in which you asked for the
following information:

1. The number of people receiving council-funded home care on 31 December 2024.
2. The number of home care providers on the council's framework.
3. The hourly rate paid to each home care provider.
4. The average hourly rate paid for home care.
5. The number of 15-minute visits commissioned in 2024.
6. The number of providers who handed back packages or contracts in 2024.
7. The names of those providers.
8. The number of safeguarding concerns raised about home care providers in 2024.
9. How many of those concerns were substantiated.
10. The number of people waiting for a home care assessment on 31 December 2024.
11. The longest time anyone on that list had been waiting.
12. The number of carers' assessments completed in 2023/24.
13. The council's spend on agency social workers in 2023/24.
14. Copies of the most recent contract monitoring reports for each framework
    provider.

I am now able to respond as follows.

In answer to points 1 and 2, on 31 December 2024 two thousand one hundred and
six people were receiving home care funded by the council, delivered by
thirty-one providers on the Home Support Framework.

In answer to point 4, the average hourly rate paid in 2024/25 is £23.14.

In answer to points 3 and 7, the council has decided to withhold this
information under section 43(2) of the Freedom of Information Act 2000
(commercial interests). Individual provider rates are set through a
mini-competition and their disclosure would be likely to prejudice both the
providers' and the council's commercial interests in the current market
sustainability exercise. The names of the providers who handed back work are
withheld for the same reason, as publication would be likely to damage their
standing with commissioners elsewhere while they remain on the framework. We
have considered the public interest and consider that the average rate given
above meets much of the legitimate interest in how public money is spent.

In answer to point 5, none. The council stopped commissioning 15-minute
personal care visits in 2019.

Regarding point 6, four providers handed back packages of care during 2024.

In answer to point 8, one hundred and seventy-three safeguarding concerns were
raised in 2024 where a home care provider was the source of risk.

In answer to point 9, the outcome of each concern is recorded in the case
notes rather than in a reportable field, so the council does not hold this
information in a form that could be extracted.

In answer to points 10 and 11, two hundred and twelve people were awaiting an
assessment on 31 December 2024; the longest wait was one hundred and four days.

In answer to point 12, this information is already published in the council's
annual Local Account for Adult Social Care, available at
www.brackenford.gov.uk/localaccount (page 14), and is therefore exempt under
section 21 of the Act.

In answer to point 13, £1.9 million.

Finally, in answer to point 14, the most recent contract monitoring reports
for the thirty-one providers are attached. The names of care workers and
service users appearing in the reports have been redacted under section 40(2)
of the Act, as they are personal data and their disclosure would breach the
data protection principles.

If you are dissatisfied with the handling of your request, you have the right
to ask for an internal review. Internal review requests should be submitted
within two months of the date of receipt of the response to your original
letter and should be addressed to: Information Governance Manager, Town Hall,
Victoria Square, Brackenford BK1 1TH.

Yours sincerely

Denise Holroyd
Business Support Officer (Information Requests)
"""))

# ---------------------------------------------------------------- L15
_la_rows = [
    ("1", "How many children and young people were waiting for a first CAMHS appointment on 31 January 2025?",
     "398"),
    ("2", "What was the longest wait, in weeks, for those children?",
     "61 weeks."),
    ("3", "How many CAMHS clinical posts are currently vacant?",
     "7.4 whole time equivalent (WTE) posts."),
    ("4", "How many young people were admitted to an inpatient mental health unit outside the Board area in 2024?",
     "Fewer than five. NHS Loch Aird does not release exact figures below five, as the individuals could be identified. The exact number is withheld under section 38(1)(b) of FOISA (personal information)."),
    ("5", "How much did the Board spend on locum psychiatrists in CAMHS in 2023/24?",
     "NHS Loch Aird does not hold this information. Locum spend is recorded for medical staff as a whole and is not split by specialty. Under section 17(1) of FOISA, this letter serves as notice that the information is not held."),
    ("6", "Please provide a copy of the Board's CAMHS improvement plan.",
     "The improvement plan will be published on the Board's website following approval at the Board meeting on 29 April 2025. The information is therefore exempt under section 27(1) of FOISA (information intended for future publication)."),
]
LETTERS.append(dict(
    file="nhs-loch-aird-2025-000412.pdf", fmt="lo-gs-pdf",
    authority="NHS Loch Aird", reference="2025-000412",
    date="2025-03-24", received="2025-02-24", regime="foisa",
    layout="three-column No. | request | response table (FOISA)",
    traps=["table rows wrapping", "'fewer than five' partial release", "FOISA s27 future publication",
           "section 17 notice", "Ghostscript re-distilled PDF"],
    questions=qs(1, [R, R, R, ("partially_released", ["foisa:s38(1)(b)"]),
                     ("not_held", ["foisa:s17(1)"]), ("released", ["foisa:s27(1)"])]),
    footer="NHS Loch Aird · Headquarters, Kirkton Road, Lochaird PA31 8LA · Chair: Iain Ferguson · Chief Executive: Dr Sheena McRae",
    body="""
<p style="text-align:right"><b><font size="5" color="#005eb8">NHS Loch Aird</font></b><br>Corporate Services – Freedom of Information<br>Kirkton Road, Lochaird PA31 8LA<br>loch.foi@nhs.scot</p>
<p>Date: 24 March 2025<br>Our Ref: 2025-000412<br>Enquiries to: FOI Team</p>
<p>Dear Requester</p>
<p><b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – CAMHS WAITING TIMES</b></p>
<p>I refer to your request received on 24 February 2025. Having searched the Board's records, I am now able to respond as set out in the table below.</p>
<table border="1" cellpadding="5" cellspacing="0" width="100%">
<tr bgcolor="#dbe5f1"><td width="6%"><b>No.</b></td><td width="44%"><b>Information requested</b></td><td width="50%"><b>Response</b></td></tr>
""" + "".join("<tr valign=\"top\"><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in _la_rows) + """</table>
<p>The exemption at section 38(1)(b) is absolute and is not subject to the public interest test. Section 27(1) is subject to the public interest test; we consider that it is in the public interest for the plan to be published in its final, approved form rather than as a draft.</p>
<p>If you are unhappy with this response, you may ask us to carry out an internal review by writing to the FOI Team within 40 working days. If you remain dissatisfied you may apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS, or online at www.foi.scot/appeal.</p>
<p>Yours sincerely</p>
<p>Alasdair Munro<br>Freedom of Information Lead</p>
"""))

# ---------------------------------------------------------------- L16
LETTERS.append(dict(
    file="riverside-college-foi-071.html", fmt="html",
    authority="Riverside College Stourham", reference="RCS-FOI-24/25-071",
    date="2025-03-05", received="2025-02-10", regime="foia",
    layout="disclosure-log web page, short prose answers to two questions",
    traps=["only two questions", "ISO dates", "academic-year period in question", "site chrome around letter"],
    questions=qs(1, [R, R]),
    body="""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>FOI 071 – ESOL enrolments and MIS contract | Riverside College Stourham</title>
<style>body{font-family:Tahoma,sans-serif;margin:0}.cookies{background:#eef;padding:10px 30px;border-bottom:1px solid #99c}.brand{background:#00636e;color:#fff;padding:14px 30px;font-size:20px}
.menu{background:#004a52;padding:6px 30px}.menu a{color:#fff;margin-right:16px;text-decoration:none}.path{padding:8px 30px;font-size:85%}.page{padding:0 30px 30px;max-width:800px}
.foot{background:#333;color:#ddd;padding:16px 30px;font-size:85%}</style></head>
<body>
<div class="cookies">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy#cookies">Find out more</a> <button>OK</button></div>
<div class="brand">Riverside College Stourham <small style="font-size:12px">– learn · achieve · progress</small></div>
<div class="menu"><a href="/courses">Courses</a><a href="/adults">Adult learning</a><a href="/apprenticeships">Apprenticeships</a><a href="/about">About</a><a href="/about/policies">Policies</a></div>
<div class="path">You are here: <a href="/">Home</a> &gt; <a href="/about">About</a> &gt; <a href="/about/foi">Freedom of information</a> &gt; <a href="/about/foi/log">Disclosure log 2024/25</a> &gt; FOI 071</div>
<div class="page">
<h1>ESOL enrolments and MIS contract</h1>
<p>Reference: RCS-FOI-24/25-071 &nbsp;|&nbsp; Received: 2025-02-10 &nbsp;|&nbsp; Responded: 2025-03-05</p>
<p>Dear Requester,</p>
<p>Thank you for your request under the Freedom of Information Act 2000. You asked how many students are enrolled on English for Speakers of Other Languages (ESOL) courses at the College in the 2024/25 academic year, and what the College pays each year for its student management information system, and to whom.</p>
<p>As at 31 January 2025, 486 students were enrolled on ESOL courses across the Stourham and Kelford campuses, of whom 402 are aged 19 or over.</p>
<p>The College's management information system is supplied by Quantaris Education Ltd under a five-year agreement that began in August 2022. The annual charge is £74,400 (excluding VAT).</p>
<p>If you are unhappy with this response, please contact the Clerk to the Corporation at clerk@riverside-stourham.ac.uk to request an internal review.</p>
<p>Regards,<br>Data Protection and FOI Officer</p>
</div>
<div class="foot">Riverside College Stourham, Mill Lane, Stourham ST8 2RC · Registered charity (exempt) · <a href="/accessibility" style="color:#ddd">Accessibility statement</a> · <a href="/modern-slavery" style="color:#ddd">Modern slavery statement</a> · © 2025</div>
</body></html>
"""))
