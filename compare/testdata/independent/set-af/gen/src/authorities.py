"""Invented authorities for set AF, with letterheads and boilerplate."""

AUTH = {
    "council": {
        "name": "Bro Morlais County Borough Council",
        "head": ["Bro Morlais County Borough Council",
                 "Cyngor Bwrdeistref Sirol Bro Morlais",
                 "Information Governance Team / Tîm Llywodraethu Gwybodaeth",
                 "Civic Centre, Stryd y Castell, Morlais, CF46 7XQ",
                 "foi@bromorlais.gov.wales"],
        "banner": "We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth yn Gymraeg.",
        "sign": ["Yours sincerely", "", "Information Governance Officer",
                 "Bro Morlais County Borough Council"],
        "self": "the Council",
    },
    "police": {
        "name": "Northmoor Constabulary",
        "head": ["OFFICIAL", "Northmoor Constabulary",
                 "Freedom of Information Unit",
                 "Force Headquarters, Moorside Road, Skelton Bridge, North Yorkshire, YO61 4QZ"],
        "banner": "Keeping Northmoor safe – together",
        "sign": ["Yours sincerely", "", "Disclosure Officer", "Freedom of Information Unit",
                 "Northmoor Constabulary", "", "OFFICIAL"],
        "self": "Northmoor Constabulary",
    },
    "ambulance": {
        "name": "Mercia Ambulance Service NHS Foundation Trust",
        "head": ["Mercia Ambulance Service NHS Foundation Trust",
                 "Trust Headquarters, Hereford Road, Wyebridge, WR9 3LP",
                 "Information Governance – Freedom of Information"],
        "banner": "Caring for our communities, 24 hours a day",
        "sign": ["Kind regards", "", "FOI Lead", "Information Governance Department",
                 "Mercia Ambulance Service NHS Foundation Trust"],
        "self": "the Trust",
    },
    "university": {
        "name": "Aldermoor University",
        "head": ["Aldermoor University",
                 "Information Compliance Office",
                 "Registry Building, Aldermoor Park, Wakebury, WB2 8TH"],
        "banner": "Aldermoor University – Learning without limits since 1966",
        "sign": ["Yours sincerely", "", "Information Compliance Manager", "Aldermoor University"],
        "self": "the University",
    },
}


def complaint(regime, style=0):
    act = ("the Environmental Information Regulations 2004" if regime == "eir"
           else "the Freedom of Information Act 2000")
    if style == 0:
        return [
            "If you are unhappy with the way your request has been handled, you may ask for an internal review. "
            "Please write to us within 40 working days of the date of this letter.",
            "If you remain dissatisfied after the internal review, you may complain to the Information Commissioner "
            f"under section 50 of the Freedom of Information Act 2000 (applied by regulation 18 of the EIR where relevant). "
            "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        ]
    if style == 1:
        return [
            "Complaint rights: you have the right to request an internal review of this decision. Requests for review "
            "should be made within two months of the date of this response.",
            f"You may then apply to the Information Commissioner for a decision as to whether your request has been "
            f"dealt with in accordance with {act}.",
        ]
    return [
        f"Your request has been handled under {act}. The information supplied is, to the best of our knowledge, "
        "accurate at the date of this response. Re-use of this information is governed by the Open Government Licence.",
        "If you wish to complain about our response, contact the FOI team quoting the reference above. You also have "
        "the right to complain to the ICO (www.ico.org.uk).",
    ]
