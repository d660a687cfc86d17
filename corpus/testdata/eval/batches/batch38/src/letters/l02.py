LETTER = dict(
    file="wyre-haven-pha-FOI-25-017.txt", fmt="txt",
    authority="Wyre Haven Port Health Authority",
    reference="PHA-FOI-25-017", date="2025-02-03", received="2025-01-06", regime="foia",
    layout="interleaved Q1/A1",
    traps=["released zero worded as 'none'"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["s40(2)", "s43(2)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "ncnd", ["s30(3)"]),
        ("P1.Q6", "released", []),
    ],
    body="""
WYRE HAVEN PORT HEALTH AUTHORITY
Border Control Post, Dock Road, Fleetwick  FY7 9ZZ
Tel 01253 000 417   porthealth@wyrehaven-pha.example

Our reference:   PHA-FOI-25-017
Date:            03/02/2025


Dear Requester,

Freedom of Information Act 2000 - your request of 6 January 2025

Your request has been considered under the Freedom of Information Act 2000 and our answers follow each of your questions below.

Q1. How many consignments of imported food or feed were rejected at the Wyre Haven border control post during calendar year 2024?

A1. 41 consignments were rejected in 2024 (of 3,806 consignments presented for checks).

Q2. Please break this figure down by country of origin.

A2. Vietnam 9; India 8; Brazil 6; Thailand 5; Turkey 4; Nigeria 3; Ghana 2; other countries (one each) 4.

Q3. Please provide the names of the importers whose consignments were rejected.

A3. We hold this information but are withholding it. Several of the importers are sole traders, and their names are personal data; disclosure would not be fair or lawful, so section 40(2) of the Act applies. For the limited companies, we consider that naming them would be likely to prejudice their commercial interests, because a rejection is frequently the result of a paperwork error by a third party rather than a food safety failure by the importer. Section 43(2) therefore applies.

Section 43(2) is subject to the public interest test. We recognise the public interest in knowing which businesses are responsible for unsafe imports. However, the official controls system already removes unsafe food from the supply chain, and the Food Standards Agency publishes national border rejection notifications. Naming importers with no context about the reason for rejection would be likely to mislead and to cause unwarranted reputational damage. On balance we have concluded that the public interest favours maintaining the exemption.

Q4. How many Ship Sanitation Certificates did the Authority issue in 2024?

A4. 212 (Ship Sanitation Control Certificates 37; Ship Sanitation Control Exemption Certificates 175).

Q5. Is the Authority planning any enforcement action or prosecution against Harbourline Shipping Agency Ltd?

A5. The Authority neither confirms nor denies whether it holds information of this description, by virtue of section 30(3) of the Act. The Authority has the power to conduct investigations and institute criminal proceedings in relation to food law. To confirm or deny whether information is held about a possible investigation into a named business would itself reveal whether that business was or was not the subject of enforcement interest, which could prejudice any investigation and would be unfair to the business if none exists. We consider the public interest in maintaining the neither confirm nor deny position outweighs the public interest in confirming whether information is held.

This should not be taken as an indication that any information of this kind does or does not exist.

Q6. How many vacant Port Health Officer posts does the Authority currently have?

A6. None. All 14 established Port Health Officer posts were filled on the date of your request.

If you are dissatisfied with this response you can ask for an internal review by writing to the Clerk to the Authority at the address above within 40 working days. You also have the right to complain to the Information Commissioner's Office (www.ico.org.uk).

Regards

M. Okonkwo-Platt
Senior Port Health Officer (Information Requests)
For and on behalf of Wyre Haven Port Health Authority
""")
