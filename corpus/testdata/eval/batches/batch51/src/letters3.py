from common import *

LETTERS = []

# ---------------------------------------------------------------- L13 London borough, grouped answers, DOCX
L = dict(
    file="wexcombe-CAS-55120-Q7T1P3.docx", fmt="docx",
    authority="London Borough of Wexcombe", reference="CAS-55120-Q7T1P3",
    date="2025-07-07", received="2025-06-09", regime="foia",
    layout="auto-numbered request list, then grouped answers ('Questions 1 and 2', 'Questions 4 & 5', 'Question 6 and any other information')",
    traps=["grouped answers give each question the group stance", "partial release for a group", "CAS-style reference",
           "'and any other information relating to' grouping"],
    qs=[
        Q(1, 1, "How many households were in temporary accommodation (TA) on 31 March 2025?",
          "On 31 March 2025 there were 3,114 households in temporary accommodation, of whom 1,208 were in bed and breakfast "
          "or hostel accommodation.", "released", grp="A"),
        Q(1, 2, "How many of those households were in bed and breakfast accommodation?",
          "On 31 March 2025 there were 3,114 households in temporary accommodation, of whom 1,208 were in bed and breakfast "
          "or hostel accommodation.", "released", grp="A"),
        Q(1, 3, "How many families with children had been in B&B for more than six weeks on that date?", "94", "released"),
        Q(1, 4, "What was the total spend on nightly-paid temporary accommodation in 2024/25?",
          "Total spend on nightly-paid accommodation in 2024/25 was £41.6 million. We are not able to break this down by "
          "provider: the amounts paid to individual providers are withheld under section 43(2) of the Act.",
          "partially_released", ["s43(2)"], grp="B"),
        Q(1, 5, "Please break that spend down by accommodation provider.",
          "Total spend on nightly-paid accommodation in 2024/25 was £41.6 million. We are not able to break this down by "
          "provider: the amounts paid to individual providers are withheld under section 43(2) of the Act.",
          "partially_released", ["s43(2)"], grp="B"),
        Q(1, 6, "Please provide the addresses of all TA properties the Council uses outside the borough.",
          "Addresses are withheld under section 40(2) (personal information) and section 38(1)(b) (health and safety).",
          "withheld", ["s38(1)(b)", "s40(2)"]),
    ])


def r13(L):
    qs = L["qs"]
    h = ["<html><head><meta charset='utf-8'></head><body style='font-family: Liberation Sans; font-size: 10.5pt'>"]
    h.append("<p><font size='5' color='#6a1b9a'><b>Wexcombe</b></font><br><font size='2'>London Borough of Wexcombe · "
             "Housing Needs · Wexcombe Town Hall, High Road, London SE31 7WX</font></p>")
    h.append(f"<p>Case reference: {L['reference']}<br>{d(L['date'],'weekday_comma')}</p>")
    h.append("<p>Dear</p><p><b>Your request for information: temporary accommodation</b></p>")
    h.append(f"<p>We received your request on {d(L['received'],'long')}. You asked us:</p><ol>")
    for q in qs:
        h.append(f"<li><p>{e(q['text'])}</p></li>")
    h.append("</ol><p>Our response is below. Where questions overlap we have answered them together.</p>")
    h.append(f"<p><b>Questions 1 and 2</b><br>{e(qs[0]['ans'])}</p>")
    h.append(f"<p><b>Question 3</b><br>{e(qs[2]['ans'])} families.</p>")
    h.append(f"<p><b>Questions 4 &amp; 5</b><br>{e(qs[3]['ans'])} The Council procures nightly-paid accommodation in a "
             "competitive market with neighbouring boroughs, and disclosing provider-level spend would weaken its negotiating "
             "position. The public interest favours withholding this detail.</p>")
    h.append(f"<p><b>Question 6 and any other information relating to the location of individual properties</b><br>{e(qs[5]['ans'])} "
             "Disclosing addresses would identify households placed there and could expose vulnerable residents, including "
             "those fleeing domestic abuse, to risk of harm.</p>")
    h.append("<p>If you are unhappy with the way we have handled your request, you can ask for a review by replying to this email.</p>")
    h.append("<p>Regards</p><p>Information Governance Team<br>London Borough of Wexcombe</p>")
    h.append("</body></html>")
    return "\n".join(h)


L["render"] = r13
LETTERS.append(L)


# ---------------------------------------------------------------- HTML disclosure-log shell
def shell(site, nav, crumbs, title, inner, footer, cookie, css_extra="", sidebar=""):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} | {e(site)}</title>
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1b1b1b}}
header{{background:#1d3557;color:#fff;padding:10px 20px}} header a{{color:#fff;margin-right:14px}}
nav.crumbs{{font-size:13px;padding:8px 20px;background:#eee}}
main{{padding:10px 20px;max-width:820px}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:12px}}
footer{{background:#333;color:#ddd;padding:16px 20px;font-size:13px}}
{css_extra}
</style></head><body>
<div class="cookie" id="cookie-banner"><p>{cookie}</p><button>Accept all cookies</button> <button>Reject non-essential</button> <a href="/cookies">Cookie settings</a></div>
<a class="skip" href="#content">Skip to main content</a>
<header><div class="site"><strong>{e(site)}</strong></div><nav>{nav}</nav>
<form action="/search"><input name="q" placeholder="Search"><button>Search</button></form></header>
<nav class="crumbs" aria-label="Breadcrumb">{crumbs}</nav>
{sidebar}
<main id="content">
<h1>{e(title)}</h1>
{inner}
</main>
<footer>{footer}</footer>
</body></html>
"""


# ---------------------------------------------------------------- L14 Scottish council, FOISA, disclosure log
L = dict(
    file="dunmorrow-council-disclosure-FOI-DUN-2025-00892.html", fmt="html",
    authority="Dunmorrow Council", reference="FOI-DUN-2025-00892",
    date="2025-06-23", received="2025-05-26", regime="foisa",
    layout="disclosure-log web page: Request then numbered Response under FOISA",
    traps=["FOISA section 17 notice = not held", "FOISA s25 signposting = released", "cookie banner, navigation, footer noise",
           "related-request references in sidebar"],
    qs=[
        Q(1, 1, "How many short-term let licence applications did the Council receive in 2024?", "1,118", "released"),
        Q(1, 2, "How many of those applications were refused?", "14", "released"),
        Q(1, 3, "Please provide the addresses of all licensed short-term lets.",
          "The Council publishes a public register of short-term let licences, including premises addresses, at "
          "https://www.dunmorrow.example/stl-register. Under section 25(1) of FOISA information that is otherwise "
          "accessible is exempt, so we are not providing it again here.", "released", ["foisa:s25(1)"]),
        Q(1, 4, "Please provide the names of the licence holders.",
          "Where the licence holder is an individual, their name is their personal data and is exempt under section "
          "38(1)(b) of FOISA. The names are therefore withheld.", "withheld", ["foisa:s38(1)(b)"]),
        Q(1, 5, "How many enforcement officers are dedicated to short-term let compliance?",
          "Short-term let compliance is carried out by Licensing Standards Officers as part of their wider duties and there "
          "are no dedicated posts. In terms of section 17(1) of FOISA, this letter serves as notice that the Council does "
          "not hold the information requested.", "not_held", ["foisa:s17(1)"]),
        Q(1, 6, "What income did the Council receive from licence fees in 2024?", "£402,750", "released"),
    ])


def r14(L):
    inner = [f"<dl class='meta'><dt>Reference</dt><dd>{L['reference']}</dd><dt>Date received</dt><dd>{d(L['received'],'long')}</dd>"
             f"<dt>Date responded</dt><dd>{d(L['date'],'long')}</dd><dt>Category</dt><dd>Licensing</dd></dl>"]
    inner.append("<h2>Request</h2><p>I would like to request the following information about short-term let licensing:</p><ol>")
    for q in L["qs"]:
        inner.append(f"<li>{e(q['text'])}</li>")
    inner.append("</ol><h2>Response</h2><p>Your request has been dealt with under the Freedom of Information (Scotland) Act "
                 "2002 (FOISA).</p>")
    for q in L["qs"]:
        inner.append(f"<p><strong>{q['n']}.</strong> {e(q['ans'])}</p>")
    inner.append("<p>If you are unhappy with this response you may ask the Council to carry out a review within 40 working "
                 "days, and thereafter appeal to the Scottish Information Commissioner.</p>")
    sidebar = ("<aside class='related'><h2>Related disclosures</h2><ul><li><a href='/foi/FOI-DUN-2024-01277'>FOI-DUN-2024-01277 "
               "Short-term let licence fees</a></li><li><a href='/foi/FOI-DUN-2025-00310'>FOI-DUN-2025-00310 HMO licences</a></li>"
               "</ul></aside>")
    return shell("Dunmorrow Council", "<a href='/'>Home</a><a href='/council'>Council</a><a href='/foi'>Freedom of information</a>"
                 "<a href='/contact'>Contact us</a>",
                 "<a href='/'>Home</a> &gt; <a href='/council'>Council and government</a> &gt; <a href='/foi'>FOI disclosure log</a>"
                 f" &gt; {L['reference']}",
                 "Short-term let licensing – applications, refusals and enforcement", "\n".join(inner),
                 "<p>Dunmorrow Council, Council Headquarters, Tolbooth Wynd, Dunmorrow DM4 1TB</p><p><a href='/accessibility'>"
                 "Accessibility</a> | <a href='/privacy'>Privacy</a> | <a href='/cookies'>Cookies</a></p><p>&copy; Dunmorrow "
                 "Council 2025</p>",
                 "We use cookies to make this website work and to understand how you use it. We also use Google Analytics.",
                 sidebar=sidebar)


L["render"] = r14
LETTERS.append(L)

# ---------------------------------------------------------------- L15 Police Scotland-style, FOISA
L = dict(
    file="caledonian-police-service-foi-25-1874.html", fmt="html",
    authority="Caledonian Police Service", reference="25-1874",
    date="2025-07-08", received="2025-06-10", regime="foisa",
    layout="disclosure-log page; FOISA response with answers in order and exemption sections in between",
    traps=["FOISA s18 NCND read with s35", "FOISA s12 cost (£600) refusal of one question only",
           "other log entries with their own references on the page", "'should not be taken' wording"],
    qs=[
        Q(1, 1, "How many times was Taser discharged by officers in 2024?", "Taser was discharged on 93 occasions in 2024.", "released"),
        Q(1, 2, "How many officers are currently trained to carry Taser, broken down by division?",
          "", "withheld", ["foisa:s35(1)(a)", "foisa:s35(1)(b)"]),
        Q(1, 3, "Did the Service use facial recognition software on CCTV images at any time in 2024?",
          "", "ncnd", ["foisa:s18(1)", "foisa:s35(1)(a)"]),
        Q(1, 4, "Copies of all internal emails mentioning 'Taser' sent in 2024.", "", "refused", ["foisa:s12(1)"]),
    ])


def r15(L):
    inner = [f"<p class='ref'>FOI Reference: <b>{L['reference']}</b> &nbsp; Date published: {d(L['date'],'short')}</p>"]
    inner.append(f"<p>Your request for information of {d(L['received'],'long')} has now been considered and I respond in the "
                 "following terms.</p>")
    inner.append("<blockquote>")
    for q in L["qs"]:
        inner.append(f"<p>{e(q['text'])}</p>")
    inner.append("</blockquote>")
    q = L["qs"]
    inner.append(f"<p>In response to your first question: {e(q[0]['ans'])}</p>")
    inner.append("<p>With regard to officer numbers by division, I am refusing to provide the information in terms of "
                 "section 16(1) of the Act, as the following exemptions apply: sections 35(1)(a) and (b) – Law enforcement. "
                 "Revealing the deployment of specially trained officers by area would allow criminals to identify where "
                 "capability is thinnest. The public interest lies in withholding the information.</p>")
    inner.append("<p>In relation to facial recognition, the Service can neither confirm nor deny that it holds the information "
                 "you have requested. Section 18(1) of the Act applies, read with section 35(1)(a), where revealing whether "
                 "information exists would itself be contrary to the public interest. This should not be taken as conclusive "
                 "evidence that the information does or does not exist.</p>")
    inner.append("<p>As regards internal emails, section 12(1) of the Act provides that we are not obliged to comply where the "
                 "cost exceeds £600. A search of the email system returned over 21,000 items containing the term, each of which "
                 "would need to be reviewed. At one minute per item this would far exceed the limit.</p>")
    inner.append("<p>Should you require any further assistance please contact Information Management quoting the reference "
                 "above. You may request a review within 40 working days and thereafter apply to the Scottish Information "
                 "Commissioner.</p>")
    sidebar = ("<aside><h2>Recent disclosures</h2><ul><li>25-1869 Vehicle pursuits 2024</li><li>25-1871 Custody deaths</li>"
               "<li>25-1880 Overtime spend</li></ul></aside>")
    return shell("Caledonian Police Service", "<a href='/'>Home</a><a href='/advice'>Advice</a><a href='/foi'>Access to information</a>"
                 "<a href='/news'>News</a>",
                 "<a href='/'>Home</a> › <a href='/foi'>Access to information</a> › <a href='/foi/log'>Disclosure log</a> › 2025",
                 "Taser use and facial recognition", "\n".join(inner),
                 "<p>Caledonian Police Service · Keeping people safe</p><p>In an emergency call 999. Non-emergency 101.</p>",
                 "This site uses cookies. Essential cookies are always on.", sidebar=sidebar)


L["render"] = r15
LETTERS.append(L)

# ---------------------------------------------------------------- L16 county council, REQUEST / RESPONSE disclosure log
L = dict(
    file="kesterdale-cc-FOI-KCC-2025-2291.html", fmt="html",
    authority="Kesterdale County Council", reference="FOI/KCC/2025/2291",
    date="2025-07-01", received="2025-06-03", regime="foia",
    layout="disclosure-log page with REQUEST / RESPONSE pairs",
    traps=["zero released", "s21 signposting = released", "partial: total given, unit price withheld",
           "'not recorded separately' = not held", "page navigation noise"],
    qs=[
        Q(1, 1, "How many gritting vehicles does the Council own or lease?", "42 (36 owned, 6 leased).", "released"),
        Q(1, 2, "How many tonnes of salt were used in winter 2024/25?", "31,400 tonnes.", "released"),
        Q(1, 3, "A map of the priority gritting routes.",
          "Our gritting routes are published at https://www.kesterdale.example/roads/gritting-map. This information is "
          "therefore exempt under section 21(1) of the FOIA as it is reasonably accessible to you.", "released", ["s21(1)"]),
        Q(1, 4, "How many gritters were out of service on 8 January 2025?", "0", "released"),
        Q(1, 5, "How much did the Council spend on salt in 2024/25, and what was the price per tonne?",
          "The Council spent £1,946,800 on salt in 2024/25. The price per tonne is withheld under section 43(2) because it "
          "would reveal the supplier's pricing under a framework that is still in force.", "partially_released", ["s43(2)"]),
        Q(1, 6, "How many complaints were received about roads not being gritted?",
          "Complaints about gritting are not recorded separately from other highway maintenance enquiries, so this "
          "information is not held.", "not_held"),
    ])


def r16(L):
    inner = [f"<table class='m'><tr><th>Request ID</th><td>{L['reference']}</td></tr><tr><th>Received</th><td>{d(L['received'],'long')}</td></tr>"
             f"<tr><th>Response date</th><td>{d(L['date'],'long')}</td></tr><tr><th>Directorate</th><td>Environment and Transport</td></tr></table>"]
    for q in L["qs"]:
        inner.append(f"<h3>REQUEST</h3><p>{e(q['text'])}</p><h3>RESPONSE</h3><p>{e(q['ans'])}</p>")
    inner.append("<p><a href='/foi/log'>Back to disclosure log</a> · <a href='/foi/make-a-request'>Make a request</a></p>")
    return shell("Kesterdale County Council", "<a href='/'>Home</a><a href='/roads'>Roads and travel</a><a href='/council'>Your council</a>",
                 "<a href='/'>Home</a> / <a href='/council'>Your council</a> / <a href='/foi/log'>Disclosure log</a> / Winter gritting",
                 "Winter gritting – vehicles, salt and complaints", "\n".join(inner),
                 "<p>Kesterdale County Council, County Offices, Abbey Road, Kesterdale KS1 3EX</p><p>Follow us on social media</p>",
                 "Can we use optional cookies to improve our website?",
                 css_extra="table.m th{text-align:left;padding-right:12px}")


L["render"] = r16
LETTERS.append(L)

# ---------------------------------------------------------------- L17 London borough, table disclosure log
L = dict(
    file="pellingham-FOIR-718204563.html", fmt="html",
    authority="London Borough of Pellingham", reference="FOIR-718204563",
    date="2025-07-14", received="2025-06-16", regime="foia",
    layout="disclosure-log page with a question | answer HTML table",
    traps=["'Not applicable' after an earlier 'No' = released", "withheld contract value in one row",
           "table rows are the question numbering"],
    qs=[
        Q(1, 1, "Number of full-time equivalent staff employed at 31 March 2025", "3,286 FTE", "released"),
        Q(1, 2, "Number of agency workers engaged at 31 March 2025", "412", "released"),
        Q(1, 3, "Total spend on agency workers in 2024/25", "£21.3m", "released"),
        Q(1, 4, "Name of the managed service provider for agency workers", "Brightwork Talent Ltd", "released"),
        Q(1, 5, "Annual value of the managed service provider contract",
          "Withheld – section 43(2) FOIA (commercial interests). The contract is due for re-tender in 2026.", "withheld", ["s43(2)"]),
        Q(1, 6, "Average number of sickness absence days per FTE in 2024/25", "9.4 days", "released"),
        Q(1, 7, "Does the Council use HMRC's CEST tool for IR35 status determinations?", "No", "released"),
        Q(1, 8, "If so, how many determinations were made using it in 2024/25?", "Not applicable", "released"),
    ])


def r17(L):
    inner = [f"<p><b>FOI reference:</b> {L['reference']} &nbsp;|&nbsp; <b>Request date:</b> {d(L['received'],'slash')} &nbsp;|&nbsp; "
             f"<b>Response date:</b> {d(L['date'],'slash')}</p>"]
    inner.append("<p>Summary of request: workforce, agency staff and IR35.</p>")
    inner.append("<table class='qa'><thead><tr><th>Question</th><th>Response</th></tr></thead><tbody>")
    for q in L["qs"]:
        inner.append(f"<tr><td>{e(q['text'])}</td><td>{e(q['ans'])}</td></tr>")
    inner.append("</tbody></table>")
    inner.append("<p>Was this page helpful? <button>Yes</button> <button>No</button></p>")
    return shell("London Borough of Pellingham", "<a href='/'>Home</a><a href='/council-tax'>Council tax</a><a href='/bins'>Bins</a>"
                 "<a href='/jobs'>Jobs</a><a href='/your-council'>Your council</a>",
                 "<a href='/'>Home</a> » <a href='/your-council'>Your council</a> » <a href='/foi'>FOI</a> » Disclosure log » HR",
                 "FOI response: workforce and agency staff", "\n".join(inner),
                 "<p>Pellingham Town Hall, 1 Civic Square, London E22 6PL · 020 7946 0000</p><p>Terms · Privacy · Cookies · Sitemap</p>",
                 "We'd like to set additional cookies to understand how you use Pellingham.gov.example.",
                 css_extra="table.qa{border-collapse:collapse} table.qa td,table.qa th{border:1px solid #999;padding:6px;vertical-align:top}")


L["render"] = r17
LETTERS.append(L)

# ---------------------------------------------------------------- L18 Welsh police force, contract round-robin in parts (txt)
S43 = ["s43(2)"]
L = dict(
    file="tywi-valley-police-2025-931.txt", fmt="txt",
    authority="Tywi Valley Police", reference="2025/931",
    date="2025-06-25", received="2025-05-28", regime="foia",
    layout="contract round-robin in two parts, interleaved '1. question / Response:' per part",
    traps=["parts with restarted numbering", "same questions in both parts", "supplier given, spend withheld under s43(2)",
           "contact name withheld, job title given = partially released", "agent numbers withheld under s31"],
    qs=[
        Q(1, 1, "Incumbent Supplier: please provide the supplier of the contact centre contract.", "Ventora Communications Ltd", "released"),
        Q(1, 2, "Annual Average Spend: please state the annual average spend (over 3 years) for each supplier.",
          "Withheld under Section 43(2) – Commercial Interests.", "withheld", S43),
        Q(1, 3, "Contract Expiry: please state the date on which the contract expires.", "30/09/2026", "released"),
        Q(1, 4, "Contract Review: please state the date on which the contract will be reviewed.", "April 2026", "released"),
        Q(1, 5, "Contract Description: a brief description of the services provided.",
          "Hosted omni-channel contact centre platform (voice, web chat and email) for the Force Contact Centre.", "released"),
        Q(1, 6, "Contact Details: the person responsible for the contract, with full name, job title, number and email.",
          "Job title: Head of Contact Management. Contact: ict.contracts@tywivalley.police.example. The name and direct "
          "telephone number of the officer are withheld under Section 40(2) – Personal Information.",
          "partially_released", ["s40(2)"]),
        Q(1, 7, "Number of Agents: the total number of contact centre agents.",
          "Withheld under Section 31(1)(a)(b) – Law Enforcement.", "withheld", ["s31(1)(a)", "s31(1)(b)"]),
        Q(2, 1, "Incumbent Supplier: please provide the supplier of the inbound network services contract.",
          "Northbridge Telecom plc", "released"),
        Q(2, 2, "Annual Average Spend: please state the annual average spend (over 3 years) for each supplier.",
          "Withheld under Section 43(2) – Commercial Interests.", "withheld", S43),
        Q(2, 3, "Contract Expiry: please state the date on which the contract expires.", "31/03/2027", "released"),
        Q(2, 4, "Contract Review: please state the date on which the contract will be reviewed.", "October 2026", "released"),
        Q(2, 5, "Contract Description: a brief description of the services provided.",
          "0300 and 101 non-emergency number hosting, call routing and IVR.", "released"),
        Q(2, 6, "Contact Details: the person responsible for the contract, with full name, job title, number and email.",
          "Job title: ICT Commercial Manager. Contact: ict.contracts@tywivalley.police.example. The officer's name is withheld "
          "under Section 40(2) – Personal Information.", "partially_released", ["s40(2)"]),
    ])


def r18(L):
    t = []
    t.append("HEDDLU DYFFRYN TYWI / TYWI VALLEY POLICE")
    t.append("Uned Rhyddid Gwybodaeth / Freedom of Information Unit")
    t.append("Pencadlys yr Heddlu, Ffordd y Castell, Llandeilo Fawr, SA19 9PP")
    t.append("")
    t.append(f"Ref: {L['reference']}")
    t.append(d(L["date"], "ordinal"))
    t.append("")
    t.append("Dear Requester,")
    t.append("")
    t.append(wrap(f"I write in response to your request for information received on {d(L['received'],'ordinal')}, which "
                  "has been dealt with under the Freedom of Information Act 2000. Your questions are repeated below with "
                  "the Force's response to each."))
    t.append("")
    names = {1: "PART 1 - CONTACT CENTRE CONTRACT", 2: "PART 2 - INBOUND NETWORK SERVICES CONTRACT"}
    for p in (1, 2):
        t.append(names[p])
        t.append("")
        for q in part(L, p):
            t.append(wrap(f"{q['n']}. {q['text']}"))
            t.append(wrap(f"Response: {q['ans']}", indent="   "))
            t.append("")
    t.append("Section 43(2) - Commercial Interests")
    t.append(wrap("Disclosure of contract values would be likely to prejudice the commercial interests of the Force and its "
                  "suppliers ahead of re-procurement. Having weighed the public interest in accountability for public "
                  "spending, the Force considers that the balance favours withholding the figures."))
    t.append("")
    t.append("Section 31(1)(a)(b) - Law Enforcement")
    t.append(wrap("Previously the number of contact centre staff was disclosed. Following national guidance, disclosure of "
                  "staffing levels in police control rooms is now considered likely to reveal operational capacity that "
                  "could be exploited by those intent on committing crime. The public interest favours non-disclosure."))
    t.append("")
    t.append("Section 40(2) - Personal Information")
    t.append(wrap("The names of staff below senior management level are personal data and their release would breach the "
                  "first data protection principle. This is an absolute exemption."))
    t.append("")
    t.append("Complaint rights are explained on the Force website. Diolch / Thank you.")
    t.append("")
    t.append("Rhys Gwynfor")
    t.append("Freedom of Information Officer")
    return "\n".join(t) + "\n"


L["render"] = r18
LETTERS.append(L)
