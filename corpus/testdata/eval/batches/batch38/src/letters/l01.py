LETTER = dict(
    file="canolbarth-fra-foi-2025-0412.pdf", fmt="lo-pdf",
    authority="Canolbarth Cymru Fire and Rescue Authority",
    reference="FOI/2025/0412", date="2025-03-14", received="2025-02-17", regime="foia",
    layout="table (question | response), bilingual letterhead",
    traps=["released zero (0 / nil)", "s21 link counted as released"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["s31(1)(a)", "s38(1)(b)"]),
        ("P1.Q4", "partially_released", ["s31(1)(a)"]),
        ("P1.Q5", "released", ["s21(1)"]),
        ("P1.Q6", "not_held", []),
        ("P1.Q7", "released", []),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FOI/2025/0412</title>
<style>body{font-family:'Liberation Sans';font-size:10.5pt} td{vertical-align:top;padding:4px}</style></head>
<body>
<table width="100%" border="0"><tr>
<td width="55%"><b>Awdurdod Tân ac Achub Canolbarth Cymru</b><br><b>Canolbarth Cymru Fire and Rescue Authority</b><br>Pencadlys / Headquarters<br>Ffordd yr Orsaf, Llanfair Caereinion<br>SY21 0QX</td>
<td width="45%" align="right">Ein Cyf / Our Ref: FOI/2025/0412<br>Eich Cyf / Your Ref: email 17/02/25<br>Dyddiad / Date: 14 Mawrth / March 2025<br>Gofynnwch am / Ask for: Rhian Prydderch<br>Ebost / Email: gwybodaeth@canolbarthtan.cymru.example</td>
</tr></table>
<p>&nbsp;</p>
<p>Annwyl / Dear</p>
<p><b>Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000</b></p>
<p>Thank you for your email of 17 February 2025 in which you asked for information about unwanted fire signals and on-call availability. You are welcome to correspond with the Authority in Welsh or English; we will respond in your chosen language and this will not lead to any delay.</p>
<p>I have set out each of your questions in the left-hand column of the table below with the Authority's response alongside it.</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><td width="38%"><b>Your question</b></td><td width="62%"><b>Our response</b></td></tr>
<tr><td>1. How many automatic fire alarm (AFA) unwanted fire signals did the Service attend in 2022/23 and 2023/24?</td>
<td>2022/23: 2,917 incidents<br>2023/24: 2,644 incidents<br>These figures are taken from the Incident Recording System and exclude alarms at domestic dwellings.</td></tr>
<tr><td>2. How many premises were charged for repeat false alarms in each of those years, and what was the total income received?</td>
<td>0 in both years. The Authority does not currently charge for attendance at unwanted fire signals, so the income received was nil.</td></tr>
<tr><td>3. Please name the ten non-domestic premises that generated the most unwanted fire signals in 2023/24.</td>
<td>The Authority holds this information but it is withheld under section 31(1)(a) (prevention or detection of crime) and section 38(1)(b) (health and safety). Publishing a list of buildings whose fire alarm systems activate repeatedly would identify premises where a genuine alarm may be treated with less urgency by occupants, and could be used by someone intent on arson or on causing disruption. Our reasoning and the public interest test are set out beneath this table.</td></tr>
<tr><td>4. What was the average on-call appliance availability for each on-call station in 2023/24?</td>
<td>The Service-wide average on-call availability in 2023/24 was 71.4%.<br>Availability figures for individual stations are withheld under section 31(1)(a). Station-level figures show when and where fire cover is at its weakest and could assist those planning deliberate fires. Please see the public interest test below.</td></tr>
<tr><td>5. Please provide a copy of your policy on reducing unwanted fire signals.</td>
<td>This is already published and is therefore exempt under section 21 of the Act (information reasonably accessible by other means). It can be found at www.canolbarthtan.cymru.example/en/business-safety/unwanted-fire-signals/</td></tr>
<tr><td>6. How many complaints did the Authority receive about attendance times in 2023/24?</td>
<td>The Authority does not hold this information. Complaints are logged by station and by the name of the team concerned, not by subject, and there is no category for attendance times.</td></tr>
<tr><td>7. What was the total spend on agency staff within Joint Fire Control in 2023/24?</td>
<td>Nil. Joint Fire Control did not use agency staff during 2023/24.</td></tr>
</table>
<p><b>Section 31(1)(a) and section 38(1)(b) – public interest test (questions 3 and 4)</b></p>
<p>Both exemptions are qualified, which means the Authority must consider whether the public interest in maintaining them outweighs the public interest in disclosure.</p>
<p><i>Factors favouring disclosure:</i> there is a legitimate interest in knowing how the Authority's resources are used, and in understanding how often crews are committed to alarms that turn out to be false. Disclosure would promote accountability for the Authority's on-call model.</p>
<p><i>Factors favouring non-disclosure:</i> a list of premises, or a station-by-station picture of when appliances are unavailable, is information that would be of real use to someone intending to start a fire. Where fire cover is thin, a deliberate fire could take hold before a crew arrives, putting occupants and firefighters at risk.</p>
<p>Having weighed these factors, the Authority has concluded that the public interest favours withholding the information. The Service-wide figure released in answer to question 4 meets much of the public interest in transparency.</p>
<p><b>Your rights</b></p>
<p>If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days by writing to the address above. If you remain dissatisfied you may complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<p>Yn gywir / Yours sincerely</p>
<p>&nbsp;</p>
<p>Rhian Prydderch<br>Swyddog Llywodraethu Gwybodaeth / Information Governance Officer<br>Canolbarth Cymru Fire and Rescue Authority</p>
</body></html>
""")
