"""Letters 13-18."""
from common import Q, E, paras, by


# ---------------------------------------------------------------- 13
def l13():
    qs = [
        Q(1, 1, "how many students are enrolled on T Level courses in 2024/25", "released", []),
        Q(1, 2, "how many physical assaults on staff by students were reported in the last two academic years", "not_held", []),
    ]
    t = """**MARLCOMBE COLLEGE**
*Further Education · Apprenticeships · Adult Learning*
Quarry Road, Marlcombe, MR3 5DX

---

Ref: MC-FOI-25-014
March 10, 2025

Dear Requester,

**Freedom of Information request**

Thank you for your email of February 24, 2025, in which you asked how many students are enrolled on T Level courses in 2024/25 and how many physical assaults on staff by students were reported in the last two academic years.

We can tell you that 214 students are enrolled on T Level programmes this year, across Digital, Health, Construction and Education and Early Years routes.

As for assaults, the College does not hold this information in the form requested. Our health and safety incident log records injuries and near misses, but does not identify whether an incident involved an assault or who was responsible, so we cannot extract the figure you have asked for and hold no record of it.

If you are unhappy with this reply, please contact the Clerk to the Corporation at clerk@marlcombe.ac.uk to ask for a review. You may also contact the Information Commissioner's Office.

Best wishes,

Sam Ferreira
Data Protection and FOI Lead
Marlcombe College
"""
    return dict(
        file="marlcombe-college-MC-FOI-25-014.md", fmt="md",
        authority="Marlcombe College", reference="MC-FOI-25-014",
        date="2025-03-10", received="2025-02-24", regime="foia",
        layout="short prose letter; both questions restated inside one sentence and answered in prose",
        traps=["questions never numbered", "US-style dates (March 10, 2025)", "only email date given (received = request date)"],
        qs=qs, body=t)


# ---------------------------------------------------------------- 14
def l14():
    qs = [
        Q(1, 1, "The total value of grants paid under the Rural Gigabit Voucher Scheme in 2023-24.", "released", [],
          "£38.4 million was paid in vouchers in the 2023-24 financial year."),
        Q(1, 2, "The number of vouchers issued in each English region since the scheme began.", "released", ["s22(1)"],
          "This information will be published as part of the Department's official statistics release 'Rural Gigabit Voucher Scheme: quarterly update', scheduled for 27 March 2025. It is therefore exempt under section 22(1) of the FOI Act (information intended for future publication). We consider it reasonable to withhold the figures until the scheduled publication date, in line with the Code of Practice for Statistics."),
        Q(1, 3, "Copies of all submissions to Ministers about the proposed closure of the scheme.", "withheld", ["s35(1)(a)"],
          "We hold two submissions within scope. Both are withheld under section 35(1)(a) of the FOI Act, which relates to the formulation or development of government policy. Decisions on the future of the scheme are still under consideration, and Ministers and officials need a safe space to consider options frankly. We recognise the public interest in understanding how decisions affecting rural broadband are made, but we have concluded that the balance lies in maintaining the exemption at this time."),
        Q(1, 4, "Any correspondence with voucher suppliers concerning allegations of fraud.", "ncnd", ["s31(3)"],
          "The Department neither confirms nor denies whether it holds information within the scope of this question. Section 31(3) of the FOI Act removes the duty to confirm or deny where doing so would, or would be likely to, prejudice the prevention or detection of crime. Confirming whether particular suppliers have been the subject of fraud allegations could alert those under investigation. The public interest in maintaining the exclusion of the duty to confirm or deny outweighs that in confirming whether the information is held."),
        Q(1, 5, "The number of staff working on the scheme.", "released", [], "27 full-time equivalent staff as at 31 January 2025."),
        Q(1, 6, "The minutes of the scheme's programme board for 2024.", "partially_released", ["s40(2)", "s43(2)"],
          "The minutes of the eleven meetings held in 2024 are attached. We have redacted the names of junior officials and of supplier representatives under section 40(2) (personal information), and commercially sensitive details of individual suppliers' delivery costs under section 43(2) (commercial interests)."),
    ]
    blocks = "\n".join(f"""<div class="rq"><div class="h">REQUEST {q.n}</div><p>{E(q.text)}</p>
<div class="h">RESPONSE</div><p>{E(q.ans)}</p></div>""" for q in qs)
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FOI2025/04417</title>
<style>
@page {{ size: A4; margin: 24mm 20mm 24mm 20mm; }}
body {{ font-family: Arial, sans-serif; font-size: 11pt; }}
@page {{ @top-center {{ content: 'OFFICIAL'; font-family: Arial, sans-serif; font-weight: bold; font-size: 10pt; }} @bottom-center {{ content: 'OFFICIAL'; font-family: Arial, sans-serif; font-weight: bold; font-size: 10pt; }} }}
.dept {{ border-left: 4px solid #00703c; padding-left: 8px; font-size: 14pt; }}
.h {{ font-weight: bold; letter-spacing: 1px; margin-top: 10px; }}
.rq {{ margin-bottom: 8px; }}
</style></head><body>
<p class="dept">Department for<br><b>Rural Connectivity</b></p>
<p>2 Marsham Yard<br>London<br>SW1P 4RC</p>
<p>www.gov.uk/drc<br>foi-requests@drc.gov.uk</p>
<p>Our reference: FOI2025/04417<br>11 March 2025</p>
<p>Dear Requester,</p>
<p><b>Freedom of Information request – Rural Gigabit Voucher Scheme</b></p>
<p>Thank you for your request for information, which was received on 11 February 2025. I am writing to confirm that we have completed our search for the information you requested. We have been able to deal with your request within the cost limit of £600 that applies to central government, so section 12 of the Act has not been needed.</p>
{blocks}
<p>Please note that the Freedom of Information Act applies only to recorded information. Where information is environmental, requests are handled under the Environmental Information Regulations 2004; we have concluded that none of the information you requested falls into that category.</p>
<p>If you are unhappy with our response you may request an internal review by contacting foi-requests@drc.gov.uk within 40 working days. If you are not content with the outcome of the internal review, you may apply directly to the Information Commissioner's Office.</p>
<p>Yours sincerely,</p>
<p>FOI Team<br>Department for Rural Connectivity</p>
</body></html>"""
    return dict(
        file="drc-FOI2025-04417.pdf", fmt="pdf-chrome-gs",
        authority="Department for Rural Connectivity", reference="FOI2025/04417",
        date="2025-03-11", received="2025-02-11", regime="foia",
        layout="REQUEST N / RESPONSE blocks; Chromium PDF re-distilled with Ghostscript; OFFICIAL markings top and bottom",
        traps=["s22(1) future publication counts as released", "NCND s31(3)", "s12 and £600 limit mentioned but not applied",
               "EIR mentioned but not applied", "partial release with two exemptions", "dates inside questions (2023-24)"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 15
def l15():
    qs = [
        Q(1, 1, "The number of MOT testers whose authorisation was suspended in 2024.", "released", [], "318 testers were suspended in 2024."),
        Q(1, 2, "The names of the garages (vehicle testing stations) currently under investigation for fraudulent MOT passes.", "withheld", ["s31(1)(g)"],
          "Withheld – see Reasons, paragraph (a)."),
        Q(1, 3, "The names of the testers who were suspended.", "withheld", ["s40(2)"], "Withheld – see Reasons, paragraph (b)."),
        Q(1, 4, "The number of appeals against suspension received, and how many succeeded.", "released", [], "47 appeals were received; 9 succeeded."),
        Q(1, 5, "A copy of the Agency's enforcement guidance for MOT testing.", "released", ["s21"],
          "The MOT testing guide and the enforcement sanctions guidance are published on GOV.UK at https://www.gov.uk/guidance/mot-testing-guide. This information is reasonably accessible to you and is exempt under section 21 of the FOI Act."),
        Q(1, 6, "The number of enforcement staff employed by the Agency.", "released", [], "64 full-time equivalent enforcement staff as at 1 February 2025."),
        Q(1, 7, "A copy of the most recent internal audit report on MOT enforcement.", "partially_released", ["s40(2)"],
          "A copy of the report (dated September 2024) is enclosed. The names of staff interviewed by the auditors have been redacted – see Reasons, paragraph (b)."),
    ]
    items = "\n".join(f"<li>{E(q.text)}<br><i>Our answer:</i> {E(q.ans)}</li>" for q in qs)
    body = f"""<html><head><meta charset="utf-8"><title>VSRA/FOI/2025/00731</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:11pt}}</style></head><body>
<div title="footer"><p><font size="1">VSRA is an executive agency of the Department for Transport Standards · Berkeley House, Cliftonway, Bristow BS8 9VA</font></p></div>
<p><font size="5" color="#00205b"><b>Vehicle Standards Registry Agency</b></font></p>
<p>FOI and Correspondence Team<br>Berkeley House<br>Cliftonway<br>Bristow BS8 9VA</p>
<table width="100%"><tr><td>Reference: VSRA/FOI/2025/00731</td><td align="right">Date: 12/03/2025</td></tr></table>
<p>Dear</p>
<p><b>Your Freedom of Information request received on 12/02/2025: MOT tester enforcement</b></p>
<p>Thank you for your request. I have set out each of your questions below, with our answer beneath it.</p>
<ol>
{items}
</ol>
<p><b>Reasons</b></p>
<p>(a) <b>Section 31(1)(g) – law enforcement.</b> Information is exempt if disclosure would, or would be likely to, prejudice the exercise by a public authority of its functions for the purpose of ascertaining whether any person has failed to comply with the law, or whether regulatory action is justified. Naming garages while investigations are live would be likely to alert those involved, lead to the destruction of evidence and prejudice any subsequent action. We considered the public interest in motorists knowing about garages suspected of fraud, but concluded that it is outweighed by the public interest in effective enforcement. Garages that are disqualified are named once action has concluded.</p>
<p>(b) <b>Section 40(2) – personal information.</b> The names of individual testers and of staff interviewed in the audit are personal data. Disclosure would not be fair to the individuals concerned and would contravene the first data protection principle.</p>
<p>The Agency also considered whether section 30 (investigations) applied to question 2, but as the Agency's enforcement function is regulatory rather than criminal, we have relied on section 31 instead.</p>
<p>If you are not satisfied, you may ask for an internal review within 40 working days of the date of this letter by writing to the address above. If you are not content with the outcome you may complain to the ICO.</p>
<p>Yours sincerely</p>
<p>Imran Siddiqui<br>FOI and Correspondence Team</p>
</body></html>"""
    return dict(
        file="vsra-FOI-2025-00731.docx", fmt="docx",
        authority="Vehicle Standards Registry Agency", reference="VSRA/FOI/2025/00731",
        date="2025-03-12", received="2025-02-12", regime="foia",
        layout="questions in an automatically numbered list with 'Our answer' under each (DOCX); Reasons section after the answers keyed (a)/(b)",
        traps=["answers point to a reasons section after the list", "section 30 considered but not applied",
               "numbering only via Word list", "dd/mm/yyyy dates", "s21 signposting"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 16
def l16():
    qs = [
        Q(1, 1, "How many pollution incidents were recorded from Brackwater Sewage Treatment Works in 2024?", "released", []),
        Q(1, 2, "Copies of any enforcement notices served on the operator since 2022.", "released", ["reg6(1)(b)"]),
        Q(1, 3, "Copies of the permit compliance assessment reports for the works for 2023 and 2024.", "partially_released", ["reg12(5)(e)"]),
        Q(1, 4, "Details of any current investigation into the operator in relation to the works.", "ncnd", ["reg12(5)(b)", "reg12(6)"]),
        Q(1, 5, "The names of the officers who carried out site inspections in 2024.", "withheld", ["reg13(1)"]),
        Q(1, 6, "Water quality sampling results for the river upstream of the works for 1995 to 2004.", "not_held", ["reg12(4)(a)"]),
    ]
    t = f"""WATERWAYS AND LAND QUALITY REGULATOR
National Information Access Team
PO Box 7730, Sheffington, SH4 1WQ
enquiries@wlqr.org.uk

--------------------------------------------------------------

Our reference:  WLQR/EIR/25/212
Date:           13 March 2025

Dear Requester

Request for information: Brackwater Sewage Treatment Works

Thank you for your request of 13 February 2025. We have handled it under the
Environmental Information Regulations 2004 (EIR), as the information concerns
emissions and discharges to water and is environmental information. This means
that section 39 of the Freedom of Information Act applies and the request is not
dealt with under that Act.

You asked:

  1) {qs[0].text}
  2) {qs[1].text}
  3) {qs[2].text}
  4) {qs[3].text}
  5) {qs[4].text}
  6) {qs[5].text}

Our response

Q1: 19 pollution incidents were recorded at or attributed to the works in 2024
(category 2: 3; category 3: 16).

Q2: Two enforcement notices were served, in June 2023 and January 2024. Copies of
both are on our public register, which you can search online at
https://environment-register.wlqr.org.uk (search for permit EPR/BW4417KP). As the
information is already publicly available and easily accessible to you, we are
relying on regulation 6(1)(b) of the EIR and have not provided further copies.

Q3: The compliance assessment reports for 2023 and 2024 are enclosed. We have
redacted the operator's confidential process data on chemical dosing and flow
treatment capacity under regulation 12(5)(e) (confidentiality of commercial or
industrial information). This confidentiality is provided by law to protect a
legitimate economic interest, and we consider that the public interest in
maintaining the exception outweighs the public interest in disclosure.

Q4: We neither confirm nor deny whether we hold this information. Regulation 12(6)
allows us to do so where confirming or denying would itself involve disclosing
information that would adversely affect the course of justice and our ability to
conduct an inquiry of a criminal or disciplinary nature, which is protected by
regulation 12(5)(b). This should not be read as an indication that an investigation
is or is not taking place.

Q5: The names of our inspecting officers are withheld under regulation 13(1), as
they are personal data and disclosure would contravene the data protection
principles. The inspections were carried out by officers of the Central Area
Environment Team.

Q6: We do not hold this information. Our sampling point upstream of the works was
established in 2006 and no earlier results were transferred to us from the
predecessor body. Regulation 12(4)(a) therefore applies, as the information is not
held when the request was received.

There is a presumption in favour of disclosure under the EIR (regulation 12(2)).

If you are not satisfied with our response, you can ask us to reconsider it under
regulation 11 within 40 working days. You can then complain to the Information
Commissioner.

Yours sincerely

Niamh O'Rourke
Information Access Officer
Waterways and Land Quality Regulator
"""
    return dict(
        file="wlqr-EIR-25-212.txt", fmt="txt",
        authority="Waterways and Land Quality Regulator", reference="WLQR/EIR/25/212",
        date="2025-03-13", received="2025-02-13", regime="eir",
        layout="restated numbered list '1)' then keyed answers 'Q1:' ... (plain text)",
        traps=["EIR regulation numbering", "NCND reg12(6) with reg12(5)(b)", "reg6(1)(b) signposting is released",
               "not held under reg12(4)(a)", "s39 FOIA and reg12(2)/reg11 mentioned but not applied"],
        qs=qs, body=t)


# ---------------------------------------------------------------- 17
def l17():
    qs = [
        Q(1, 1, "how many planning applications for holiday lodges were approved by the Authority between 2022 and 2024", "released", []),
        Q(1, 2, "a copy of the landscape officer's consultation response on application PH/23/0417/FUL", "released", []),
        Q(1, 3, "the pre-application advice given to the developer of that site", "withheld", ["reg12(5)(e)"]),
        Q(1, 4, "the locations of any nesting sites of protected birds recorded on the estate", "withheld", ["reg12(5)(g)"]),
    ]
    body = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Internal review: holiday lodge planning – Disclosure log – Pennant Hills National Park Authority</title>
<style>body{{font-family:'Trebuchet MS',sans-serif;margin:0;background:#fbfaf5}} .mast{{background:#3d5a2a;color:#fff;padding:14px 28px}}
.mast nav a{{color:#e3ecd2;margin-right:18px;font-size:14px}} .cookies{{background:#1c1c1c;color:#fff;padding:10px 28px;font-size:13px}}
.trail{{font-size:12px;padding:8px 28px}} .content{{padding:0 28px 20px;max-width:820px}} .foot{{background:#2c3f1e;color:#dde;padding:18px 28px;font-size:12px}}
.facts td{{padding:2px 14px 2px 0}}</style></head>
<body>
<div class="cookies">Can we use optional cookies? We'd like to use analytics cookies to improve our website. <a href="#" style="color:#9f9">Yes, accept</a> · <a href="#" style="color:#9f9">No, thanks</a></div>
<div class="mast"><div style="font-size:22px">Pennant Hills National Park</div>
<nav><a href="/visiting">Visiting</a><a href="/planning">Planning</a><a href="/conservation">Conservation</a><a href="/about-us">About us</a><a href="/news">News</a></nav></div>
<div class="trail"><a href="/">Home</a> &gt; <a href="/about-us">About us</a> &gt; <a href="/about-us/access-to-information">Access to information</a> &gt; <a href="/about-us/access-to-information/disclosure-log">Disclosure log</a> &gt; Internal review PHNPA/IR/2025/02</div>
<div class="content">
<h1>Internal review: holiday lodge planning applications</h1>
<table class="facts">
<tr><td><b>Review reference</b></td><td>PHNPA/IR/2025/02</td></tr>
<tr><td><b>Original request</b></td><td>PHNPA EIR 2024/187, received 4 December 2024, answered 6 January 2025</td></tr>
<tr><td><b>Review response date</b></td><td>4 March 2025</td></tr>
<tr><td><b>Regime</b></td><td>Environmental Information Regulations 2004</td></tr>
</table>
<p>Dear Requester,</p>
<p>You asked us on 3 February 2025 to reconsider our response to your request for information about holiday lodge developments, under regulation 11 of the Environmental Information Regulations 2004. I am the Authority's Head of Corporate Services and I was not involved in the original decision.</p>
<p>Your original request asked {E(qs[0].text)}; for {E(qs[1].text)}; for {E(qs[2].text)}; and for {E(qs[3].text)}.</p>
<p>Our original response gave the number of approvals but withheld the remaining information under regulations 12(5)(e), 12(5)(f) and 12(5)(g).</p>
<p>Having reviewed the request and the withheld information, my conclusions are as follows.</p>
<p>The number of approvals was correctly provided: 23 applications for holiday lodges were approved between 2022 and 2024, and I confirm that figure.</p>
<p>I do not agree that the landscape officer's consultation response should have been withheld. The officer's comments were provided for a live application and would normally be published on the planning portal once the application was determined, which it now has been. The original reliance on regulation 12(5)(f) is not upheld, and a copy of the consultation response is attached to this letter.</p>
<p>The pre-application advice was provided to the developer on the understanding that it would be kept confidential, and it discusses the viability of the scheme in detail. I am satisfied that its disclosure would adversely affect the confidentiality of commercial information provided by law to protect a legitimate economic interest, and the original decision to withhold it under regulation 12(5)(e) is upheld. I have considered the presumption in favour of disclosure, but the public interest in protecting the confidentiality of pre-application discussions, which encourage developers to engage early with the Authority, outweighs the public interest in disclosure.</p>
<p>Lastly, the nesting locations of merlin and other Schedule 1 birds on the estate remain withheld under regulation 12(5)(g), which protects the environment to which the information relates. Publishing nest locations would expose the sites to disturbance and egg collection. This part of the original decision is also upheld.</p>
<p>If you remain dissatisfied you may apply to the Information Commissioner for a decision under section 50 of the Freedom of Information Act 2000, as applied by regulation 18 of the EIR.</p>
<p>Yours sincerely,<br>Gwen Halloran<br>Head of Corporate Services</p>
</div>
<div class="foot">Pennant Hills National Park Authority · Old Station, Llanbryn Road, Pennant Bridge PB6 2NP · 01650 555 300 · <a href="/privacy" style="color:#dde">Privacy</a> · <a href="/accessibility" style="color:#dde">Accessibility</a><br>Registered as a local planning authority under the Environment Act 1995.</div>
</body></html>"""
    return dict(
        file="pennant-hills-npa-PHNPA-IR-2025-02.html", fmt="html",
        authority="Pennant Hills National Park Authority", reference="PHNPA/IR/2025/02",
        date="2025-03-04", received="2024-12-04", regime="eir",
        layout="disclosure-log page holding an EIR internal review (regulation 11) answered in prose",
        traps=["internal review: Q2 overturned to released, Q3/Q4 upheld", "original reference and dates alongside the review's",
               "reg12(5)(f) cited only as the original (overturned) ground", "questions in prose, never numbered",
               "s50 FOIA/reg18 named in complaint boilerplate"],
        qs=qs, body=body)


# ---------------------------------------------------------------- 18
def l18():
    qs = [
        Q(1, 1, "How many homes does Brackendale Homes own?", "released", []),
        Q(1, 2, "How many of those are let at market rent?", "released", []),
        Q(1, 3, "What loan has the council made to the company, and at what interest rate?", "partially_released", ["s43(2)"]),
        Q(1, 4, "How much were the directors paid in 2023/24?", "released", ["s21"]),
        Q(1, 5, "How many complaints about damp and mould did the company receive in 2024?", "released", []),
    ]
    t = f"""Brackendale Homes Limited
A company wholly owned by Brackendale Borough Council
Registered office: Brackendale Town Hall, Market Place, Brackendale BR5 1AA
Company no. 10987654

FREEDOM OF INFORMATION ACT 2000 -- RESPONSE

Ref.      BHL-FOI-0047
Date      07.03.2025
Received  10.02.2025

Dear Sir/Madam,

Brackendale Homes Limited is a public authority for the purposes of the Freedom of
Information Act 2000 by virtue of section 6, as it is wholly owned by Brackendale
Borough Council. We have considered your request and respond as follows.

Q1: {qs[0].text}
A: 412 homes as at 31 January 2025.

Q2: {qs[1].text}
A: 296. The remaining 116 homes are let at affordable (80% of market) rent.

Q3: {qs[2].text}
A: The Council has lent the company £38.0 million in total under a facility
agreed in 2019. The interest rate applied to the facility is withheld under
section 43(2) (commercial interests): the rate reflects the company's credit
assessment and disclosure would be likely to prejudice the company's position
in negotiating its planned refinancing with external lenders during 2025. We
have weighed the public interest in transparency against the public interest in
the company securing competitive finance and concluded that the exemption should
be maintained.

Q4: {qs[3].text}
A: Directors' remuneration is disclosed in note 7 of the company's statutory
accounts for the year ended 31 March 2024, available free of charge from
Companies House (https://find-and-update.company-information.service.gov.uk,
company number 10987654). This information is reasonably accessible to you and
is therefore exempt under section 21.

Q5: {qs[4].text}
A: 57.

If you are dissatisfied with the handling of your request, you may ask for an
internal review by emailing governance@brackendalehomes.co.uk. You then have the
right to complain to the Information Commissioner.

Regards,

J. Whitlock
Company Secretary
Brackendale Homes Limited
"""
    return dict(
        file="brackendale-homes-BHL-FOI-0047.txt", fmt="txt",
        authority="Brackendale Homes Limited", reference="BHL-FOI-0047",
        date="2025-03-07", received="2025-02-10", regime="foia",
        layout="keyed Q1:/A: interleaved plain text from a council-owned company",
        traps=["parent council named in letterhead (authority is the company)", "dotted dates dd.mm.yyyy",
               "section 6 mentioned (status, not a stance)", "bare-number answer '57.'", "s21 signposting to Companies House"],
        qs=qs, body=t)


LETTERS = [l13, l14, l15, l16, l17, l18]
