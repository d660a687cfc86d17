AUTH = {
    "wcc": {
        "key": "council",
        "name": "Westbridge City Council",
        "short": "The Council", "short_lc": "the Council",
        "team": "Information Governance Team",
        "foi_mailbox": "foi@westbridge.gov.uk",
        "address": ["Westbridge City Council", "Information Governance Team", "Civic Centre, Harbour Street",
                    "Westbridge", "WB1 2AA", "foi@westbridge.gov.uk"],
        "date_styles": ["long", "ord", "slash"],
        "ref_labels": ["Our ref", "Reference", "FOI reference"],
        "intro": "Thank you for your request for information, which we received on {received}. We have dealt "
                 "with it under the Freedom of Information Act 2000.",
        "harm": "Disclosure of pricing and contract values would allow competitors to undercut bids in the "
                "forthcoming procurement and would weaken the Council's negotiating position, prejudicing both "
                "the Council's commercial interests and those of the supplier.",
        "closing": ["If you are unhappy with the way your request has been handled, you can ask for an internal "
                    "review by writing to the Information Governance Team within 40 working days. If you remain "
                    "dissatisfied you may complain to the Information Commissioner under section 50 of the Act.",
                    "Please note that information released under the Act may be published in our disclosure log."],
        "signature": ["Yours sincerely", "Information Governance Officer", "Westbridge City Council"],
        "banner": None,
    },
    "nmp": {
        "key": "police",
        "name": "Northmoor Police",
        "short": "Northmoor Police", "short_lc": "Northmoor Police",
        "team": "Information Compliance Unit",
        "foi_mailbox": "freedomofinformation@northmoor.police.uk",
        "address": ["Information Compliance Unit", "Northmoor Police", "Police Headquarters", "Ridgeway Road",
                    "Kelham", "NM4 7PQ"],
        "date_styles": ["ord", "long", "short"],
        "ref_labels": ["FOI Reference", "Our Reference", "Request No"],
        "intro": "I refer to your request for information received by {auth} on {received}. Your request has "
                 "been considered under the Freedom of Information Act 2000 and the response is set out below.",
        "harm": "The Police Service is charged with enforcing the law and preventing and detecting crime. "
                "Disclosure of details of force ICT and communications infrastructure, including suppliers and "
                "contract dates, would assist those intent on attacking police systems and would be likely to "
                "prejudice law enforcement. National guidance has changed the stance previously taken on such "
                "requests.",
        "closing": ["Your attention is drawn to the attached sheet, which details your right of complaint.",
                    "I would like to take this opportunity to thank you for your interest in Northmoor Police."],
        "signature": ["Yours sincerely", "Disclosure Officer", "Information Compliance Unit"],
        "banner": "KEEPING NORTHMOOR SAFE – OFFICIAL",
    },
    "dkf": {
        "key": "fire",
        "name": "Dunmore and Kestrel Combined Fire Authority",
        "short": "The Authority", "short_lc": "the Authority",
        "team": "Information Governance team",
        "foi_mailbox": "foi@dkfire.gov.uk",
        "address": ["Dunmore and Kestrel Fire and Rescue Service", "Service Headquarters", "Beacon Way",
                    "Dunmore", "DK2 9FR"],
        "date_styles": ["long", "dash", "us"],
        "ref_labels": ["Our reference", "FOI Ref", "Reference number"],
        "intro": "Thank you for your request received on {received} for information held by Dunmore and Kestrel "
                 "Combined Fire Authority (the Authority), which operates Dunmore and Kestrel Fire and Rescue "
                 "Service.",
        "harm": "Release of details of the fire control mobilising platform would identify systems on which "
                "emergency call handling depends and would increase the risk of a targeted attack, endangering "
                "the safety of the public and firefighters.",
        "closing": ["If you are dissatisfied with this response you may request an internal review within 40 "
                    "working days. You may then apply to the Information Commissioner's Office.",
                    "Making Dunmore and Kestrel safer together."],
        "signature": ["Regards", "Information Governance and Compliance Officer",
                      "Dunmore and Kestrel Fire and Rescue Service"],
        "banner": None,
    },
    "icb": {
        "key": "nhs",
        "name": "NHS Mid Wessex Integrated Care Board",
        "short": "The ICB", "short_lc": "the ICB",
        "team": "FOI Team",
        "foi_mailbox": "mwicb.foi@nhs.net",
        "address": ["NHS Mid Wessex Integrated Care Board", "Corporate Governance – FOI Team", "Kingsmead House",
                    "Avonford", "MW1 4HB"],
        "date_styles": ["short", "long", "ord"],
        "ref_labels": ["Our Ref", "FOI Reference", "Ref"],
        "intro": "Thank you for your Freedom of Information request, received on {received}. NHS Mid Wessex "
                 "Integrated Care Board (the ICB) has now considered your request.",
        "harm": "Release would prejudice the ICB's commercial position in the current re-procurement.",
        "closing": ["If you are not satisfied with this response you may request an internal review by contacting "
                    "mwicb.foi@nhs.net within 40 working days. You also have the right to complain to the "
                    "Information Commissioner's Office.",
                    "NHS Mid Wessex ICB – working together for healthier communities."],
        "signature": ["Kind regards", "FOI Team", "NHS Mid Wessex Integrated Care Board"],
        "banner": None,
    },
}
