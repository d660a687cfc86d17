LETTER = dict(
    file="nhs-cairnmore-foi-2025-0198.md", fmt="md",
    authority="NHS Cairnmore",
    reference="CHB 2025/0198", date="2025-04-30", received="2025-04-01", regime="foisa",
    layout="request as bullets, prose answers in order",
    traps=["bulleted (unnumbered) questions", "FOISA s27 future publication counted as released"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "not_held", ["foisa:s17(1)"]),
        ("P1.Q4", "partially_released", ["foisa:s33(1)(b)"]),
        ("P1.Q5", "released", ["foisa:s25(1)"]),
        ("P1.Q6", "released", ["foisa:s27(1)"]),
    ],
    body="""
**NHS Cairnmore**
Freedom of Information Office | Cairnmore House | Ballochford | PH99 6ZZ
cairnmore.foi@nhs.scot.example

Our Ref: CHB 2025/0198
Date: 30th April 2025

Dear

**Freedom of Information (Scotland) Act 2002 – adult ADHD assessment**

Thank you for your request for information, which we received on 1st April 2025. You asked us for:

- the number of adults currently waiting for an ADHD assessment;
- the longest time any adult currently on the list has waited;
- the number of adults with a private ADHD diagnosis who have asked for shared care prescribing;
- the name of any external provider used to carry out ADHD assessments, and the amount paid to it;
- a copy of the adult ADHD care pathway;
- the Board's plans for reducing the waiting list.

As at 31st March 2025, 6,218 adults were waiting for an ADHD assessment with the Adult Neurodevelopmental Service.

The longest current wait is 4 years and 2 months, measured from the date of referral.

NHS Cairnmore does not hold a record of the number of adults who have requested shared care prescribing following a private diagnosis. Requests are made by GP practices to the relevant consultant by letter or email and are not logged centrally. In terms of section 17(1) of FOISA, this letter gives notice that we do not hold the information. If you wish, our Primary Care team may be able to tell you how many shared care agreements are in place; please let us know if you would like us to treat that as a new request.

The Board has used one external provider for adult ADHD assessments, Clearview Neurodevelopmental Ltd, since October 2023. We have not disclosed the amount paid. The contract was awarded on a price-per-assessment basis and the Board is currently in the middle of a new procurement in which the same provider and its competitors are bidding. Release of the amount paid, when read with the number of assessments (which is reported to the Board's Performance Committee), would reveal the unit price and would substantially prejudice the commercial interests of the provider and of the Board. This information is therefore exempt under section 33(1)(b) of FOISA. We recognise the public interest in scrutiny of how the Board spends public money, but we consider that this is outweighed by the public interest in a fair and competitive procurement that secures best value.

The Adult ADHD Care Pathway is published on our website at www.nhscairnmore.scot.example/adhd-pathway. Under section 25(1) of FOISA we are not required to provide information that is otherwise accessible to you, but you are welcome to contact us if you have any difficulty accessing it.

The Board's waiting list recovery plan for neurodevelopmental services will be presented to the NHS Cairnmore Board at its public meeting on 24th June 2025 and published with the Board papers a week beforehand. The plan is therefore exempt under section 27(1) of FOISA (information intended for future publication), as we consider it reasonable to withhold it until then; publication is due within the 12 weeks the Act allows.

If you are unhappy with our response, you can ask us to review it by writing to the Freedom of Information Office within 40 working days. If you are still unhappy after our review, you can appeal to the Scottish Information Commissioner.

Kind regards

Morag Sutherland
Freedom of Information Officer
""")
