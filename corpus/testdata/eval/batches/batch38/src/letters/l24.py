LETTER = dict(
    file="northmoor-cc-EIR-20250318-02.txt", fmt="txt",
    authority="Northmoor County Council",
    reference="NCC EIR 20250318-02", date="2025-03-18", received="2025-02-24", regime="eir",
    layout="REQUEST / RESPONSE blocks",
    traps=["short: two questions", "EIR reg 6(1)(b) signposting counted as released"],
    questions=[
        ("P1.Q1", "released", ["reg6(1)(b)"]),
        ("P1.Q2", "released", []),
    ],
    body="""
NORTHMOOR COUNTY COUNCIL
Highways and Transport
County Offices, Moorgate, Northmoor NR99 5ZZ

Environmental Information Regulations 2004
Request reference: NCC EIR 20250318-02
Date of response: 18-03-2025
Request received: 24-02-2025

Dear

Thank you for your request for information about winter maintenance. Because it concerns measures affecting the state of the roads and the environment, we have handled it under the Environmental Information Regulations 2004.

REQUEST
Please send me a map of the council's precautionary gritting routes for winter 2024/25.

RESPONSE
The gritting route maps are published on our website at www.northmoor.gov.example/roads/winter/gritting-routes, with a separate map for each of the 26 routes and an interactive map. As this information is already publicly available and easily accessible, regulation 6(1)(b) applies and we are not required to provide it in another form.

REQUEST
How much rock salt did the council hold on 1 December 2024 and on 1 March 2025?

RESPONSE
1 December 2024: 21,400 tonnes.
1 March 2025: 9,850 tonnes.
Our storage capacity across the five depots is 24,000 tonnes.

If you are not happy with this response, you can ask for a review by writing to the Information Governance Team, County Offices, Moorgate, Northmoor NR99 5ZZ, or infogov@northmoor.gov.example, within 40 working days. If you are still not satisfied, you may contact the Information Commissioner's Office.

Yours sincerely

Roads Information Team
Northmoor County Council
""")
