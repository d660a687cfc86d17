"""The four invented authorities: their letterheads and house voices."""
from render import P, H, LAB, exphrase

EXPLAIN = {
    "s43(2)": "{S} 43(2) exempts information whose disclosure would, or would be likely to, prejudice "
              "the commercial interests of any person, including the authority itself. Contract prices "
              "and rates are negotiated with suppliers and would give competitors an unfair insight "
              "ahead of future tenders. This is a qualified exemption: although there is a public "
              "interest in openness about how public money is spent, we consider that it is outweighed "
              "by the interest in protecting a fair and competitive procurement process.",
    "s31(1)(a)": "{S} 31(1)(a) applies where disclosure would, or would be likely to, prejudice the "
                 "prevention or detection of crime. Details of security systems and the way they are "
                 "deployed could be used by those intent on avoiding detection or attacking the systems. "
                 "Having weighed the public interest in transparency against the interest in protecting "
                 "the public, we have concluded that the balance favours withholding the information.",
    "s31(1)(b)": "",
    "s24(1)": "{S} 24(1) exempts information where that is required to safeguard national security. "
              "Taken together with other information in the public domain, the detail requested could "
              "assist hostile actors in identifying weaknesses in government systems. The public "
              "interest in maintaining the exemption outweighs the interest in disclosure.",
    "s40(2)": "{S} 40(2) applies to the personal data of third parties where disclosure would breach the "
              "data protection principles. Staff below senior level have a reasonable expectation that "
              "their names will not be published.",
    "s21": "{S} 21 applies to information that is already reasonably accessible to you, and we have "
           "therefore directed you to where it is published.",
    "reg12(5)(e)": "Regulation 12(5)(e) allows a public authority to refuse to disclose information "
                   "where disclosure would adversely affect the confidentiality of commercial or "
                   "industrial information, where that confidentiality is provided by law to protect "
                   "a legitimate economic interest. The contract sum was negotiated in confidence, and "
                   "we consider that the public interest in maintaining the exception outweighs the "
                   "public interest in disclosure.",
    "s36(2)(c)": "{S} 36(2)(c) applies where, in the reasonable opinion of a qualified person, disclosure "
                 "would be likely to prejudice the effective conduct of public affairs. The qualified "
                 "person for the Department has given that opinion in this case.",
}


def explain_block(L, A, title="Exemptions applied"):
    used = []
    for part in L["parts"]:
        for q in part["qs"]:
            if q["st"] in ("withheld", "partially_released") or (q["st"] == "released" and q["ex"]):
                for e in q["ex"]:
                    if e not in used:
                        used.append(e)
    out = []
    texts = [EXPLAIN[e].format(S=A["Section"]) for e in used if EXPLAIN.get(e)]
    if texts:
        out.append(H(title))
        out += [P(t) for t in texts]
    return out


def has_refusal(L):
    return any(q["st"] in ("withheld", "partially_released", "ncnd") for p in L["parts"] for q in p["qs"])


# ---------------------------------------------------------------- council

def tmbc_closing(L):
    A = AUTH["tmbc"]
    out = []
    if L["style"] != "decision" and not L.get("no_explain"):
        out += explain_block(L, A)
    eir = L.get("regime") == "eir"
    if has_refusal(L):
        out.append(P("Where information has been withheld, this letter serves as a refusal notice under %s." %
                     ("regulation 14 of the Regulations" if eir else "section 17 of the Act")))
    out.append(P("If you are not satisfied with the way your request has been handled you may ask for an "
                 "internal review%s. Please write to the Information Governance Team at the address above "
                 "within 40 working days of the date of this letter. If you remain dissatisfied after the "
                 "review you may complain to the Information Commissioner's Office, Wycliffe House, Water "
                 "Lane, Wilmslow SK9 5AF." % (" (regulation 11)" if eir else "")))
    out.append(P("Yours sincerely"))
    out.append(P(L.get("signer", "Information Governance Officer")))
    out.append(P("Thornleigh Metropolitan Borough Council"))
    return out


# ---------------------------------------------------------------- police

def nfc_harm(L):
    return [
        H("Evidence of Harm"),
        P("Any disclosure under the Freedom of Information Act is a disclosure to the world at large, "
          "not only to the person who asked. Information about the force's technology, its suppliers and "
          "the capability it provides would, when set alongside information released by other forces, "
          "allow a picture to be built of where police systems are weakest. That picture would be of real "
          "value to those planning to attack police networks or to evade detection."),
        H("Public Interest Test"),
        P("Factors favouring disclosure: releasing the information would show how public money is spent "
          "and allow the public to judge whether the force is equipped efficiently."),
        P("Factors favouring non-disclosure: the effective delivery of operational law enforcement depends "
          "on the integrity of force systems, and anything that undermines that integrity harms the "
          "communities the force serves."),
        H("Balance Test"),
        P("While accountability for public funds is important, the public interest in protecting the "
          "force's capability to prevent and detect crime carries greater weight. The balance therefore "
          "lies in favour of non-disclosure of the exempt information."),
    ]


def nfc_closing(L):
    out = []
    if L["style"] != "decision" and any(q["st"] in ("withheld", "ncnd", "partially_released")
                                        for p in L["parts"] for q in p["qs"]):
        out.append(H("Reasons for decision"))
        out += nfc_harm(L)
    out.append(P("Whilst every care has been taken to retrieve the information provided, please contact "
                 "us if you have any queries about it."))
    out.append(H("Complaint Rights"))
    out.append(P("Your attention is drawn to the attached sheet, which explains how to ask for an internal "
                 "review and how to complain to the Information Commissioner under section 50 of the Act "
                 "if you remain dissatisfied."))
    out.append(P("Thank you for your interest in Northfell Constabulary."))
    out.append(P("Information Compliance Unit"))
    return out


# ---------------------------------------------------------------- ambulance

def pcas_closing(L):
    A = AUTH["pcas"]
    out = []
    if not L.get("no_explain"):
        out += explain_block(L, A, "Explanation of exemptions")
    out.append(P("If you are unhappy with the way your request has been handled, you can ask for an "
                 "internal review by contacting the Freedom of Information Team at foi@pcas.nhs.example. "
                 "If you are still not satisfied you have the right to complain to the Information "
                 "Commissioner's Office."))
    out.append(P("Yours sincerely,"))
    out.append(P("Freedom of Information Team"))
    out.append(P("Pennine and Coast Ambulance Service NHS Trust"))
    return out


# ---------------------------------------------------------------- department

def dracc_harm(L):
    return explain_block(L, AUTH["dracc"], "Reasons for withholding information")


def dracc_closing(L):
    out = []
    if L["style"] != "decision" and not L.get("no_explain"):
        out += explain_block(L, AUTH["dracc"], "Annex A \u2013 exemptions applied")
    out.append(P("Information released in response to FOI requests may be published on GOV.UK. "
                 "If you are unhappy with our response, you may request an internal review within 40 "
                 "working days by writing to foi@dracc.gov.example. If you remain dissatisfied after "
                 "the review, you may complain to the Information Commissioner under section 50 of the Act."))
    out.append(P("Yours sincerely,"))
    out.append(P("FOI Team"))
    out.append(P("Department for Rural Affairs and Coastal Communities"))
    return out


AUTH = {
    "tmbc": dict(
        name="Thornleigh Metropolitan Borough Council", short="the council", Section="Section",
        letterhead=["Thornleigh Metropolitan Borough Council", "Information Governance Team",
                    "Town Hall, Victoria Square", "Thornleigh TH1 2AB", "foi@thornleigh.gov.uk"],
        metalines=["Our reference: {ref}", "Date: {date}"],
        subject="{act} \u2013 request for information: {title}",
        intro="Thank you for your request for information, which we received on {received}. "
              "We have dealt with it under the {act}.",
        exstyle="plain", datestyle="long",
        withheld="The council holds this information but it is exempt from disclosure under {ex}, "
                 "and is withheld.",
        ncnd="The council can neither confirm nor deny that it holds this information, by virtue of {ex}.",
        not_held="The council does not hold this information.",
        closing=tmbc_closing, harm=lambda L: explain_block(L, AUTH["tmbc"]),
        site=dict(name="Thornleigh Council",
                  nav=["Bins and recycling", "Council tax", "Parking", "Planning", "Your council"]),
    ),
    "nfc": dict(
        name="Northfell Constabulary", short="the force", Section="Section",
        marking="OFFICIAL",
        letterhead=["Northfell Constabulary", "Information Compliance Unit", "Police Headquarters",
                    "Castlegate", "Kendlemoor", "KM2 4PQ"],
        metalines=["{date}"],
        subject="FREEDOM OF INFORMATION REQUEST \u2013 {ref} {title}",
        intro="I refer to your request for information received by Northfell Constabulary on {received}.",
        exstyle="police", datestyle="ord",
        withheld="Northfell Constabulary holds this information; however, it is exempt by virtue of "
                 "{ex} and will not be disclosed.",
        ncnd="Northfell Constabulary can neither confirm nor deny that it holds information relevant "
             "to this question by virtue of {ex}. This should not be taken as an indication that "
             "information is or is not held.",
        not_held="No information held.",
        closing=nfc_closing, harm=nfc_harm,
        banner="Northfell Constabulary \u2013 Safer Fells, Stronger Communities",
        site=dict(name="Northfell Constabulary",
                  nav=["Report", "Contact us", "Advice", "About us", "Disclosure log"]),
    ),
    "pcas": dict(
        name="Pennine and Coast Ambulance Service NHS Trust", short="the Trust", Section="Section",
        letterhead=["Pennine and Coast Ambulance Service NHS Trust", "Trust Headquarters",
                    "Ravensby Business Park", "Ravensby RV3 7TT"],
        metalines=["Ref: {ref}", "Date: {date}"],
        subject="Freedom of Information Request \u2013 {title}",
        intro="Thank you for your email received on {received} requesting information under the {act}. "
              "Please find the Trust's response below.",
        exstyle="spaced", datestyle="long",
        withheld="The Trust is withholding this information under {ex}.",
        ncnd="The Trust can neither confirm nor deny whether it holds this information. The duty to "
             "confirm or deny does not arise by virtue of {ex}.",
        not_held="The Trust does not hold this information.",
        closing=pcas_closing, harm=lambda L: explain_block(L, AUTH["pcas"]),
        site=dict(name="Pennine and Coast Ambulance Service",
                  nav=["Our services", "Careers", "News", "About us", "Freedom of information"]),
    ),
    "dracc": dict(
        name="the Department for Rural Affairs and Coastal Communities", short="the Department",
        Section="Section",
        letterhead=["Department for Rural Affairs and Coastal Communities", "Freedom of Information Team",
                    "14 Anchor Street", "London SW1P 9XZ"],
        metalines=["Our ref: {ref}", "{date}"],
        subject="Your request for information: {title}",
        intro="Thank you for your request, received on {received}. We have handled it under the {act} "
              "(FOIA).",
        exstyle="plain", datestyle="long",
        withheld="We hold this information but are withholding it under {ex}.",
        ncnd="We can neither confirm nor deny whether we hold this information, by virtue of {ex}.",
        not_held="We do not hold this information.",
        closing=dracc_closing, harm=dracc_harm,
        site=dict(name="GOV.UK",
                  nav=["Departments", "Services", "Guidance and regulation", "News and communications",
                       "Research and statistics"]),
    ),
}
