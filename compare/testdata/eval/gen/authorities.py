"""The fictional authorities: how their letters look and how they number
their references."""

AUTHORITIES = {
    "brennock": {
        "name": "Brennock Constabulary", "kind": "police", "regime": "FOIA",
        "head": ["BRENNOCK CONSTABULARY", "Information Management Unit",
                 "Police Headquarters, Castle Road, Brennock, BR1 4QT"],
        "sign": ["Freedom of Information Officer", "Brennock Constabulary"],
        "ref": lambda y, n: f"FOI {n:04d}/{y % 100:02d}",
        "banner": "OFFICIAL",
    },
    "skelmoor": {
        "name": "Skelmoor Police", "kind": "police", "regime": "FOIA",
        "head": ["Skelmoor Police", "Information Rights Team", "PO Box 118, Skelmoor, SK4 9PL"],
        "sign": ["Disclosure Officer", "Information Rights Team", "Skelmoor Police"],
        "ref": lambda y, n: f"01.FOI.{y % 100:02d}.{n:06d}",
        "banner": "Serving Skelmoor - Safer Together",
    },
    "ellerby": {
        "name": "Ellerby Borough Council", "kind": "council", "regime": "FOIA",
        "head": ["Ellerby Borough Council", "Legal and Democratic Services",
                 "Town Hall, Market Street, Ellerby, EL1 2AB", "foi@ellerby.gov.uk"],
        "sign": ["Information Governance Team", "Ellerby Borough Council"],
        "ref": lambda y, n: f"EBC/FOI/{y}/{n:04d}",
        "eir_ref": lambda y, n: f"EBC/EIR/{y}/{n:04d}",
        "banner": None,
    },
    "corringham": {
        "name": "Corringham District Council", "kind": "council", "regime": "FOIA",
        "head": ["CORRINGHAM DISTRICT COUNCIL", "Council Offices, Priory Lane, Corringham, CM17 6DX"],
        "sign": ["Information Governance Officer", "Corringham District Council"],
        "ref": lambda y, n: f"F-{y % 100:02d}{n:04d}",
        "banner": None,
    },
    "meddon": {
        "name": "Meddon Valley NHS Foundation Trust", "kind": "nhs", "regime": "FOIA",
        "head": ["Meddon Valley NHS Foundation Trust", "Corporate Affairs, Meddon General Hospital",
                 "Infirmary Road, Meddon, MV2 8HH"],
        "sign": ["Freedom of Information Lead", "Meddon Valley NHS Foundation Trust"],
        "ref": lambda y, n: f"FOI-{y % 100:02d}-{n:04d}",
        "banner": None,
    },
    "tamsworth": {
        "name": "Tamsworth University Hospitals NHS Trust", "kind": "nhs", "regime": "FOIA",
        "head": ["Tamsworth University Hospitals NHS Trust", "Information Governance Department",
                 "Queen's Hospital, Abbey Way, Tamsworth, TW6 1QE"],
        "sign": ["Information Governance Manager", "Tamsworth University Hospitals NHS Trust"],
        "ref": lambda y, n: f"TUHT-{(y % 100) * 1000 + n}",
        "banner": "Caring, Learning, Improving",
    },
    "inverbrae": {
        "name": "Inverbrae Council", "kind": "council", "regime": "FOISA",
        "head": ["INVERBRAE COUNCIL", "Chief Executive's Service", "Council Headquarters, Inverbrae, IV9 3XX"],
        "sign": ["Information Officer", "Inverbrae Council"],
        "ref": lambda y, n: f"IC-FOI-{y}-{n:04d}",
        "banner": None,
    },
    "solway": {
        "name": "Solway Ports Police", "kind": "police", "regime": "FOIA",
        "head": ["Solway Ports Police", "Force Headquarters, Dock Road, Silloth, CA7 4JQ"],
        "sign": ["Information Access Officer", "Solway Ports Police"],
        "ref": lambda y, n: f"SPP/{n}/{y % 100:02d}",
        "banner": None,
    },
}
