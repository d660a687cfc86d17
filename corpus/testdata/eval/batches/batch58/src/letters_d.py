from common import Q, add, esc, paras

# ---------------------------------------------------------------------------
# 19. Welsh community council: bilingual, three questions in one sentence. Text.
# ---------------------------------------------------------------------------
q = [
    Q("how much the council spent on the 2025 village eisteddfod", "£2,640", "released"),
    Q("who holds the council's grass-cutting contract", "Gwaith Tir Dyfed Cyf.", "released"),
    Q("the clerk's annual salary", "", "partially_released", ["s40(2)"]),
]
body = f"""CYNGOR CYMUNED PEN-Y-BRYN          PEN-Y-BRYN COMMUNITY COUNCIL
Clerc / Clerk: Mrs Elen Bowen, Bryn Awel, Pen-y-bryn, Ceredigion SA99 4PB
clerc@penybryn-cc.example.cymru

Cyf / Ref: PYB/GW/2025/03
1af Gorffennaf 2025 / 1st July 2025

Annwyl / Dear Mr Vaughan,

Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000

Diolch am eich e-bost. / Thank you for your email of 6 June 2025, in which you asked
{q[0].t}, {q[1].t}, and for {q[2].t}.

The council spent {q[0].a} on the 2025 eisteddfod (hire of the hall and marquee
£1,480, prizes £720, adjudicators' fees £440). The grass-cutting contract for the
playing field, the churchyard and the verges is held by {q[1].a}, who were
awarded it in March 2024 for three seasons.

The clerk is employed for 12 hours a week and is paid on Scale Point 24 of the
NJC pay scale, pro rata; the scale itself is published nationally. The council has
not given the exact annual amount, as for a single part-time employee it is her
personal data and disclosure would be unfair to her. That figure is withheld under
section 40(2) of the Act.

Os ydych yn anfodlon / If you are unhappy with this reply, please write to the
Chair, Cllr Dafydd Rees, who will arrange a review. You may also contact the
Information Commissioner's Office (Wales), 2nd Floor, Churchill House, Churchill
Way, Cardiff CF10 2HH.

Yn gywir / Yours sincerely,

Elen Bowen
Clerc a Swyddog Ariannol Cyfrifol / Clerk and Responsible Financial Officer
"""
add(file="pen-y-bryn-cc-PYB-GW-2025-03.txt", fmt="txt",
    authority="Pen-y-bryn Community Council", reference="PYB/GW/2025/03",
    date="2025-07-01", received="2025-06-06", regime="foia",
    layout="bilingual community council letter (plain text), request in one sentence, two answers in one paragraph",
    traps=["questions never numbered", "bilingual date '1af Gorffennaf 2025 / 1st July 2025'",
           "partial release: pay point given, exact salary withheld s40(2)", "two answers in one paragraph",
           "received = date of requester's email"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 20. Northern Ireland health and social care trust: two parts, numbering
#     restarts. LibreOffice PDF.
# ---------------------------------------------------------------------------
p1 = [
    Q("How many hours of assessed domiciliary care were unmet in the week commencing 3 March 2025?", "4,218 hours", "released"),
    Q("How many clients were waiting for a domiciliary care package on 31 March 2025?", "562 clients", "released"),
    Q("Please list the independent sector providers contracted to deliver domiciliary care.", "", "released"),
    Q("What hourly rate does the Trust pay each provider?", "", "withheld", ["s43(2)"]),
]
p2 = [
    Q("What was the Trust's total spend on agency nursing in 2024/25?", "£31.6 million", "released"),
    Q("Which agencies supplied nurses to the Trust in 2024/25?", "", "released"),
    Q("What was the highest hourly rate paid for a single agency nursing shift, and what was the name of the nurse who worked it?",
      "£142.50", "partially_released", ["s40(2)"]),
]
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FS/FOI/25/0933</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} .r{{margin-left:28pt}}</style></head><body>
<table width="100%"><tr><td><font size="5" color="#1d6b3a"><b>Foyle and Sperrin</b></font><br><font color="#1d6b3a">Health and Social Care Trust</font></td>
<td align="right"><font size="2">Information Governance Department<br>Altnagelvin Site, Glenshane Road<br>Derry~Londonderry BT99 6SB<br>Tel: 028 7155 0000</font></td></tr></table>
<p><i>Your Ref:</i> —<br><i>Our Ref:</i> FS/FOI/25/0933<br><i>Date:</i> 2nd July 2025</p>
<p>Dear Requester</p>
<p><b>Re: Freedom of Information Request</b></p>
<p>Thank you for your request which was received by the Trust on 4th June 2025. Your request has been considered under the Freedom of Information Act 2000.
You asked the following questions, in two parts, and the Trust's responses are given beneath each question.</p>
<p><b>Part A – Domiciliary Care</b></p>
<p>1. {p1[0].t}</p><p class="r">{p1[0].a} of assessed domiciliary care were unmet in that week.</p>
<p>2. {p1[1].t}</p><p class="r">{p1[1].a}.</p>
<p>3. {p1[2].t}</p><p class="r">The Trust contracts with the following providers: Bluebell Homecare Ltd; Carewise NW Ltd; Roe Valley Care Services;
Strabane Community Care Partnership; Sperrin Support at Home Ltd.</p>
<p>4. {p1[3].t}</p><p class="r">This information is exempt under section 43(2) of the Act. Rates are negotiated individually with providers in a
fragile market; disclosure would be likely to prejudice the Trust's ability to secure capacity at an affordable price and the providers' commercial
position. The public interest test is set out in the Appendix to this letter.</p>
<p><b>Part B – Agency Nursing</b></p>
<p>1. {p2[0].t}</p><p class="r">{p2[0].a}.</p>
<p>2. {p2[1].t}</p><p class="r">Nurses were supplied through the regional framework by: Northway Nursing; ProMed Staffing NI; Clarendon Healthcare Recruitment;
and, off-framework, by Atlantic Nurse Bank Ltd.</p>
<p>3. {p2[2].t}</p><p class="r">The highest hourly rate paid was {p2[2].a} (a Bank Holiday night shift in the Emergency Department, December 2024). The
name of the nurse is personal data and is withheld under section 40(2) of the Act, as disclosure would breach the data protection principles.</p>
<p><b>Appendix – Public Interest Test (section 43(2))</b></p>
<p>Factors in favour of disclosure: accountability for the expenditure of public funds; the public interest in understanding the cost of unmet care.</p>
<p>Factors in favour of withholding: the Trust's ability to negotiate; the sustainability of small independent providers; the likelihood of
providers withdrawing from the market.</p>
<p>Decision: the public interest in maintaining the exemption outweighs the public interest in disclosure.</p>
<p>If you are dissatisfied, please write to the Head of Information Governance within 40 working days. You may then apply to the Information
Commissioner, 3rd Floor, 14 Cromac Place, Belfast BT7 2JB.</p>
<p>Yours faithfully</p>
<p>Orla Doherty<br>Information Governance Manager<br>Foyle and Sperrin Health and Social Care Trust</p>
</body></html>"""
add(file="foyle-sperrin-hsct-FS-FOI-25-0933.pdf", fmt="pdf-lo",
    authority="Foyle and Sperrin Health and Social Care Trust", reference="FS/FOI/25/0933",
    date="2025-07-02", received="2025-06-04", regime="foia",
    layout="two-part request (Part A / Part B), numbering restarts; indented answer under each question; PIT appendix (LibreOffice PDF)",
    traps=["parts with restarting numbering", "partial release: rate given, nurse's name withheld s40(2)",
           "public interest test in an appendix", "ordinal dates", "'Derry~Londonderry' address"],
    parts=[p1, p2], body=body)

# ---------------------------------------------------------------------------
# 21. Combined authority: s14(1) vexatious refusal of a whole request. Text.
# ---------------------------------------------------------------------------
q = [
    Q("All emails sent or received by the Mayor's office containing the word 'Tollgate' since 1 January 2023.", "", "refused", ["s14(1)"]),
    Q("The home addresses of all members of the Tollgate Interchange project board.", "", "refused", ["s14(1)"]),
    Q("A list of every meeting the Chief Executive has attended since 1 January 2023, with attendees.", "", "refused", ["s14(1)"]),
]
body = f"""TEES MOOR COMBINED AUTHORITY
Legal and Governance Directorate
Cleveland Gate, 1 Riverside Walk, Stockton-on-Tees TS99 3CA
________________________________________________________________

Reference: TMCA/2025/FOI/0088
Date: 14-10-2025
Received: 16-09-2025

Dear Requester,

FREEDOM OF INFORMATION ACT 2000 - REFUSAL NOTICE

Your email of 16 September 2025 asked for:

(a) {q[0].t}
(b) {q[1].t}
(c) {q[2].t}

Decision

The Authority has decided that this request is vexatious and is refusing it in full
under section 14(1) of the Freedom of Information Act 2000. Section 14(1) provides
that a public authority is not obliged to comply with a request for information if
the request is vexatious. Because section 14(1) applies to the request as a whole,
we have not considered whether the Authority holds the information or whether any
exemption would apply to it.

Reasons

This is the eleventh request you have made about the Tollgate Interchange since
February 2025 (our references include TMCA/2025/FOI/0031, TMCA/2025/FOI/0047 and
TMCA/2025/FOI/0062), in addition to 37 emails to officers in the same period. Several
requests repeat or overlap with information already provided, including the project
board's minutes and the meeting diary published in response to TMCA/2025/FOI/0047.
Part (b) seeks the home addresses of individual officers and members, which has no
conceivable purpose in holding the Authority to account, and some of your
correspondence has contained personal remarks about named staff. Taking into
account the guidance of the Information Commissioner and the Upper Tribunal in
Dransfield, we consider that the burden on the Authority and its staff, the
harassing tone of some correspondence and the limited value of the request, taken
together, make it vexatious.

We would note that we have not relied on section 12 (cost) or section 40(2)
(personal information) in reaching this decision, although part (a) alone would
be likely to exceed the cost limit.

Your rights

You may ask for an internal review of this decision within 40 working days. After
that, you may complain to the Information Commissioner's Office. Please note that
future requests on the same subject may also be refused under section 14(1) without
further explanation, in accordance with section 17(6) of the Act.

Yours faithfully

Information Governance Manager
Tees Moor Combined Authority
"""
add(file="tees-moor-ca-TMCA-2025-FOI-0088.txt", fmt="txt",
    authority="Tees Moor Combined Authority", reference="TMCA/2025/FOI/0088",
    date="2025-10-14", received="2025-09-16", regime="foia",
    layout="refusal notice (plain text): lettered request items (a)-(c), one s14(1) decision for the whole request",
    traps=["whole-request s14(1) vexatious refusal", "three earlier references of the same requester in the text",
           "s12 and s40(2) explicitly not relied on", "s17(6) mention is not a stance", "dd-mm-yyyy dates",
           "lettered items numbered 1..3"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 22. Town council, printed and scanned: OCR'd PDF.
# ---------------------------------------------------------------------------
q = [
    Q("What allowance was paid to the Town Mayor in 2024/25?", "£1,750", "released"),
    Q("What was the total cost of the Mayor's civic dinner in November 2024?", "£3,215.80", "released"),
    Q("Please provide the guest list for the civic dinner.", "", "withheld", ["s40(2)"]),
    Q("How many CCTV cameras does the Town Council operate?", "Six", "released"),
]
body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>MDTC/FOI/25/011</title>
<style>body{{font-family:'Liberation Serif';font-size:12pt}}</style></head><body>
<p align="center"><font size="5"><b>MARKET DUNSFORD TOWN COUNCIL</b></font><br>Town Hall, Fore Street, Market Dunsford, Devon EX99 6TD<br>Telephone 01647 555 210</p>
<hr>
<p>Our ref: MDTC/FOI/25/011</p>
<p>29 January 2025</p>
<p>Dear Mrs Chudleigh,</p>
<p><b>Freedom of Information request received 6 January 2025</b></p>
<p>Thank you for your letter. I reply to your four questions in turn.</p>
<p>1. {q[0].t}<br>The Mayor's allowance for 2024/25 was {q[0].a}, as set at the Annual Meeting in May 2024.</p>
<p>2. {q[1].t}<br>The total cost to the Council was {q[1].a}, including catering, hire of the Assembly Rooms and printing. Guests paid for their own tickets
and this income (£1,640) has not been deducted.</p>
<p>3. {q[2].t}<br>The guest list is withheld under section 40(2) of the Freedom of Information Act 2000. Most guests were private individuals
attending in a personal capacity and would not expect their attendance to be published.</p>
<p>4. {q[3].t}<br>{q[3].a} cameras: four in the Market Place, one at the Town Hall entrance and one at the Recreation Ground.</p>
<p>If you are unhappy with this response please write to me and the matter will be reviewed by the Council's Complaints Panel. You may also contact
the Information Commissioner.</p>
<p>Yours sincerely,</p>
<p><br><br>R. Tremayne<br>Town Clerk</p>
</body></html>"""
add(file="market-dunsford-tc-MDTC-FOI-25-011-scan.pdf", fmt="ocr",
    authority="Market Dunsford Town Council", reference="MDTC/FOI/25/011",
    date="2025-01-29", received="2025-01-06", regime="foia",
    layout="town clerk's letter printed and scanned (image PDF with Tesseract OCR text layer); numbered question then answer",
    traps=["OCR'd scan: text layer from tesseract, possible OCR errors", "number written as a word ('Six')",
           "received date only in the subject line"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 23. Integrated care board: grouped answers ("Questions 1 and 2", "Questions
#     3 to 5"). Markdown.
# ---------------------------------------------------------------------------
q = [
    Q("How many patients in the ICB area were prescribed tirzepatide (Mounjaro) for weight management in 2024/25?", "", "released"),
    Q("What was the total cost to the ICB of those prescriptions?", "", "released"),
    Q("Please break down the number of patients by GP practice.", "", "not_held"),
    Q("Please name the GP practices that have declined to prescribe tirzepatide for weight management.", "", "not_held"),
    Q("Please provide the number of prescribers at each practice who have issued a prescription.", "", "not_held"),
    Q("Please provide the ICB's policy or commissioning statement on tirzepatide for weight management.", "", "released", ["s21(1)"]),
]
body = f"""NHS Lune and Wyre Integrated Care Board
Freedom of Information Team | Moor Lane Mills, Lancaster LA99 1QQ | lwicb.foi@nhs.example.net

Reference number: LWICB-FOI-3318
Date of response: 8 September 2025

---

Dear Requester

Thank you for your Freedom of Information request, received on 11 August 2025. You asked:

1. {q[0].t}
2. {q[1].t}
3. {q[2].t}
4. {q[3].t}
5. {q[4].t}
6. {q[5].t}

**Response – Questions 1 and 2**

In 2024/25, 2,947 patients in the Lune and Wyre area received at least one NHS prescription for tirzepatide for weight management, at a total cost to the ICB of £1,402,660 (net ingredient cost). Figures are taken from ePACT2 and count patients once regardless of the number of prescriptions.

**Response – Questions 3 to 5**

The ICB does not hold this information. The ePACT2 data available to the ICB for this indication does not allow patients to be counted at practice level, and the ICB does not record decisions by individual practices about whether to take part in prescribing, or the activity of individual prescribers. Practices are separate public authorities under the Act and you may wish to contact them directly.

**Response – Question 6**

The ICB's commissioning statement on tirzepatide for weight management (June 2025) is published on our website and is therefore exempt under section 21(1) of the Freedom of Information Act 2000, as it is reasonably accessible to you by other means: https://lunewyre.icb.nhs.example/medicines/policies

---

If you are not satisfied with this response, you may request an internal review within 40 working days by emailing the address above. If you remain unhappy, you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards

FOI Team
NHS Lune and Wyre Integrated Care Board
"""
add(file="lune-wyre-icb-LWICB-FOI-3318.md", fmt="md",
    authority="NHS Lune and Wyre Integrated Care Board", reference="LWICB-FOI-3318",
    date="2025-09-08", received="2025-08-11", regime="foia",
    layout="restated numbered list, then grouped responses 'Questions 1 and 2', 'Questions 3 to 5', 'Question 6' (markdown)",
    traps=["grouped answers including a range 'Questions 3 to 5'", "one released answer covering two questions",
           "not held for three questions at once", "s21(1) signposting"],
    parts=[q], body=body)

# ---------------------------------------------------------------------------
# 24. Northern Ireland library authority: questions and answers keyed by
#     numbers written as words, answered out of order. Markdown.
# ---------------------------------------------------------------------------
q = [
    Q("how many branch libraries had their opening hours reduced in 2024/25", "14", "released"),
    Q("how many incidents of anti-social behaviour were recorded in libraries in 2024", "329", "released"),
    Q("which branches recorded the most incidents", "", "withheld", ["s31(1)(a)", "s38(1)(b)"]),
    Q("the cost of security guards in 2024/25", "£486,900", "released"),
    Q("the name of the security contractor", "Lagan Security Services Ltd", "released"),
]
body = f"""# Libraries Ulster

Lisburn Road Headquarters · 100 Lisburn Road · Belfast BT99 7LU
Freedom of Information Unit · foi@librariesulster.example.org

**Thursday 11 September 2025**

**Our reference: LU FOI 2025-041**

Dear Applicant,

I write in response to your request for information received on 14 August 2025. Your request has been processed under the Freedom of Information Act 2000. In your email you asked, first, {q[0].t}; second, {q[1].t}; third, {q[2].t}; fourth, {q[3].t}; and fifth, {q[4].t}.

In reply to question two, staff recorded {q[1].a} incidents of anti-social behaviour in libraries during the 2024 calendar year, an increase from 288 in 2023.

In reply to questions four and five, Libraries Ulster spent {q[3].a} on security guarding in 2024/25. The contract is held by {q[4].a}, appointed following a tender in 2023.

In reply to question one, opening hours were reduced at {q[0].a} of our 96 branch libraries during 2024/25, following the consultation on the Service Delivery Plan.

In reply to question three, Libraries Ulster holds incident data by branch but has decided to withhold it. Identifying the branches where incidents are most frequent would be likely to prejudice the prevention of crime, because those intent on disorder could use it to identify where staff are under the most pressure, and would be likely to endanger the safety of staff and library users. The information is therefore exempt under section 31(1)(a) and section 38(1)(b) of the Act. We recognise the public interest in knowing about safety in public buildings, and we have addressed this by providing the overall figure above. The public interest in protecting staff and users is, in our view, greater.

If you are unhappy with the way your request has been handled, you can ask for an internal review by writing to the Freedom of Information Unit within two months of the date of this letter. If you are still unhappy you may contact the Information Commissioner's Office, 3rd Floor, 14 Cromac Place, Belfast BT7 2JB.

Yours sincerely

Niamh Gallagher
Freedom of Information Unit
Libraries Ulster
"""
add(file="libraries-ulster-LU-FOI-2025-041.md", fmt="md",
    authority="Libraries Ulster", reference="LU FOI 2025-041",
    date="2025-09-11", received="2025-08-14", regime="foia",
    layout="request in one sentence with ordinal words ('first ... fifth'); answers keyed 'In reply to question two' out of order (markdown)",
    traps=["HARD: question numbers written as words", "HARD: answers out of order (2, 4-5, 1, 3)",
           "questions four and five answered together", "s31(1)(a) with s38(1)(b)", "weekday date"],
    parts=[q], body=body)
