LETTER = dict(
    file="marcher-police-MP-FOI-25-00129.txt", fmt="txt",
    authority="Marcher Police",
    reference="MP/FOI/25/00129", date="2025-02-14", received="2025-01-20", regime="foia",
    layout="request restated, then one response block refusing the whole request on cost",
    traps=["one costly question refuses the whole request (all refused s12(1))",
           "figures in the cost arithmetic are not answers"],
    questions=[
        ("P1.Q1", "refused", ["s12(1)"]),
        ("P1.Q2", "refused", ["s12(1)"]),
        ("P1.Q3", "refused", ["s12(1)"]),
        ("P1.Q4", "refused", ["s12(1)"]),
    ],
    body="""
OFFICIAL

Marcher Police | Heddlu'r Gororau
Information Rights Unit
Police Headquarters, Castle Road, Ludford, SY99 8ZZ
Email: foi@marcher.police.example

Friday, 14 February 2025

Our Reference: MP/FOI/25/00129

Dear

Freedom of Information Request

I write in connection with your request for information, which was received by Marcher Police on 20 January 2025. You asked:

"1) How many reports of stalking were recorded by Marcher Police in each of 2022, 2023 and 2024?
2) For each report, what was the outcome (charge, caution, no further action, etc.)?
3) In how many of these cases was the suspect a current or former partner of the victim?
4) How many Stalking Protection Orders were applied for in each year?"

Response

Marcher Police has considered your request and estimates that the cost of complying with it would exceed the appropriate limit.

While stalking offences can be identified on the force's crime recording system, there is no searchable field that records the relationship between the victim and the suspect. To answer question 3 we would need to read the crime report and associated notes for every recorded stalking offence. 2,861 stalking offences were recorded across the three years. Even at a conservative estimate of 5 minutes per report, this would take approximately 238 hours, well beyond the 18 hours (equivalent to £450) prescribed by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.

Where one part of a request would exceed the appropriate limit, the costs of all parts may be aggregated and the whole request considered under section 12. I am therefore refusing your request in its entirety under section 12(1) of the Freedom of Information Act 2000, and this letter serves as a refusal notice under section 17(5).

Advice and assistance

Under section 16 of the Act we have a duty to provide advice and assistance. If you were to remove question 3 and submit a new request, it is likely that the remaining questions could be answered within the cost limit. You may also find it useful to know that recorded crime figures for stalking and harassment by police force area are published by the Office for National Statistics.

Please note that any new request will be treated as a fresh request and the 20 working day response period will start again.

Complaint Rights

If you are dissatisfied with this response you may request an internal review by writing to the Information Rights Unit at the address above within 40 working days. If you remain dissatisfied after the internal review you may apply to the Information Commissioner.

Yours sincerely,

Gwen Pritchard
Information Rights Officer
Marcher Police

OFFICIAL
""")
