# Truth for set AA: every letter, every question, its concept, stance,
# exemptions and (for released answers) the canonical fact stated.
# All authorities, people, suppliers and figures are fictional.


def R(c, t, a, f, ex=()):
    return dict(c=c, t=t, a=a, st="released", ex=list(ex), f=f)


def W(c, t, ex, a=None):
    return dict(c=c, t=t, a=a, st="withheld", ex=list(ex), f=None)


def PR(c, t, a, ex):
    return dict(c=c, t=t, a=a, st="partially_released", ex=list(ex), f=None)


def N(c, t, ex, a=None):
    return dict(c=c, t=t, a=a, st="ncnd", ex=list(ex), f=None)


def NH(c, t, a=None):
    return dict(c=c, t=t, a=a, st="not_held", ex=[], f=None)


def RF(c, t, ex, a):
    return dict(c=c, t=t, a=a, st="refused", ex=list(ex), f=None)


def B(c, t):
    return dict(c=c, t=t, a="", st=None, ex=[], f=None)


def P(heading, qs, intro=None):
    return dict(heading=heading, intro=intro, qs=qs)


def L(key, auth, ref, date, rec, fmt, style, title, parts, **kw):
    if parts and "c" in parts[0]:
        parts = [P(None, parts)]
    d = dict(key=key, auth=auth, ref=ref, date=date, rec=rec, fmt=fmt,
             style=style, title=title, parts=parts, regime="foia")
    d.update(kw)
    return d


# --------------------------------------------------------------------------
# Wessex Coast Constabulary (police force, south-west England)
# --------------------------------------------------------------------------
POLICE = [
    L("wcc-foi-0231-17", "police", "FOI 0231/17", "2017-03-14", "2017-02-21", "txt", "prose",
      "Body Worn Video",
      [R("bwv.count", "how many body worn video cameras the force currently has in use",
         "The force currently has 620 body worn video cameras in use across its three policing districts.", "620"),
       R("bwv.supplier", "which company supplied them",
         "The cameras were supplied by Halden Vision Systems Ltd.", "halden vision systems"),
       R("bwv.retention", "how long recordings that are not needed as evidence are kept before they are deleted",
         "Recordings which are not marked as evidential are deleted automatically after 31 days.", "31 days")],
      request_text="I am researching the use of body worn video by police forces in the South West. "
                   "Please could you tell me how many body worn video cameras the force currently has in use, "
                   "which company supplied them, and how long recordings that are not needed as evidence are "
                   "kept before they are deleted."),

    L("wcc-foi-0512-18", "police", "FOI 0512/18", "2018-06-19", "2018-05-24", "html", "you_asked",
      "Unmanned aerial vehicles",
      [R("drone.count", "How many drones (unmanned aerial vehicles) does Wessex Coast Constabulary own or operate?",
         "The force operates four drones.", "4"),
       R("drone.models", "Please list the manufacturer and model of each.",
         "All four aircraft are Skyreach M200 quadcopters.", "skyreach m200"),
       R("drone.deployments", "How many times were the drones deployed during 2017?",
         "87 deployments were recorded during 2017.", "87")]),

    L("wcc-foi-0144-19", "police", "FOI 0144/19", "2019-02-11", "2019-01-15", "pdf-soffice", "restate",
      "Body worn and in-car video contracts",
      [P("Part 1 – Body worn video (BWV)", [
          R("bwv.supplier", "Who is your current supplier?", "Halden Vision Systems Ltd.", "halden vision systems"),
          R("bwv.contract_expiry", "When does the current contract expire?", "31st March 2021.", "2021-03-31"),
          R("bwv.count", "How many devices have been issued to officers and staff?",
            "840 devices have been issued.", "840")]),
       P("Part 2 – In-car video (ICV)", [
          R("icv.supplier", "Who is your current supplier?", "Tamsin Mobile Video Ltd.", "tamsin mobile video"),
          R("icv.contract_expiry", "When does the current contract expire?", "30th September 2020.", "2020-09-30"),
          R("icv.count", "How many vehicles are fitted with the system?", "110 vehicles.", "110")])],
      preamble="My request is in two parts. The first concerns body worn video (BWV); the second concerns "
               "in-car video (ICV) fitted to police vehicles. For each, please answer the following."),

    L("wcc-foi-0467-20", "police", "FOI 0467/20", "2020-05-07", "2020-04-08", "txt", "numbered",
      "Drones",
      [R("drone.count", "Number of UAVs currently held by the force", "6", "6"),
       R("drone.models", "Make/model of each UAV", "4 x Skyreach M200; 2 x Skyreach Mini 3",
         "skyreach m200, skyreach mini 3"),
       R("drone.pilots", "Number of officers trained and authorised as remote pilots", "12", "12"),
       W("drone.cost", "Total spend on purchasing UAVs since the force began using them", ["s43(2)"])]),

    L("wcc-foi-1290-20", "police", "FOI 1290/20", "2020-11-30", "2020-11-03", "pdf-chromium", "you_asked",
      "Cyber security",
      [R("cyber.it_security_staff", "Please state the headcount (FTE) of the force's information security team.",
         "The information security team has 9 FTE posts.", "9"),
       R("cyber.ransomware", "Since 1 January 2017, has any part of the force's network been encrypted in a ransomware attack?",
         "No.", "no"),
       R("cyber.ransom_paid", "Has the force ever made a payment to the perpetrators of a ransomware attack?",
         "No.", "no"),
       R("cyber.security_supplier", "Which company supplies your endpoint protection / anti-virus software?",
         "Corvane Security Ltd.", "corvane security"),
       W("cyber.budget", "What is the force's annual budget for cyber security?", ["s31(1)(a)"])]),

    L("wcc-foi-0398-21", "police", "FOI 0398/21", "2021-04-16", "2021-03-19", "html", "table",
      "Body worn video – contract and usage",
      [R("bwv.supplier", "Name of BWV provider", "Halden Vision Systems", "halden vision systems"),
       R("bwv.count", "Total number of BWV units in circulation", "1,150", "1150"),
       R("bwv.contract_expiry", "Contract end date (including any extension options taken)", "31/03/2024", "2024-03-31"),
       W("bwv.contract_value", "Total contract value", ["s43(2)"]),
       R("bwv.storage", "Where is footage stored (on premises or cloud) and which digital evidence management system is used?",
         "Footage is uploaded to a cloud-hosted digital evidence management system, Evidara DEMS.", "cloud; evidara"),
       R("bwv.retention", "Retention period for non-evidential footage", "31 days", "31 days")]),

    L("wcc-foi-0301-22", "police", "FOI 0301/22", "2022-03-28", "2022-03-01", "pdf-gs", "interleaved",
      "Video technology contracts",
      [R("bwv.supplier", "Body-worn video: who is the incumbent supplier?", "Halden Vision Systems Ltd", "halden vision systems"),
       R("bwv.contract_expiry", "Body-worn video: what is the contract end date?", "31 March 2024", "2024-03-31"),
       R("icv.supplier", "In-car video: who is the incumbent supplier?", "Tamsin Mobile Video Ltd", "tamsin mobile video"),
       R("icv.contract_expiry", "In-car video: what is the contract end date?", "30 September 2023", "2023-09-30")],
      preamble="Please provide the following in relation to body-worn video and in-car video:"),

    L("wcc-foi-0655-22", "police", "FOI 0655/22", "2022-07-12", "2022-06-14", "docx", "table",
      "Drone fleet",
      [R("drone.count", "How many drones does the force have?", "9", "9"),
       R("drone.models", "What types/models are they?", "Skyreach M300 (5) and Skyreach Mini 3 (4)",
         "skyreach m300, skyreach mini 3"),
       R("drone.pilots", "How many qualified drone pilots does the force have?", "18", "18"),
       R("drone.cost", "What has been the total capital expenditure on the drone programme since it began?",
         "£186,400", "186400"),
       R("drone.deployments", "How many deployments took place in 2021?", "402", "402")]),

    L("wcc-foi-0489-23", "police", "FOI 0489/23", "2023-05-22", "2023-04-25", "txt", "decision",
      "Cyber attacks and security",
      [N("cyber.ransomware", "Has the force suffered a ransomware attack in the past five years?", ["s24(2)", "s31(3)"]),
       N("cyber.ransom_paid", "If yes, did the force pay the ransom?", ["s24(2)", "s31(3)"]),
       W("cyber.security_supplier", "Which vendor provides your anti-virus and endpoint detection software?",
         ["s24(1)", "s31(1)(a)"]),
       R("cyber.it_security_staff", "How many people are employed in your cyber/information security team?",
         "14", "14")]),

    L("wcc-foi-1033-23", "police", "FOI 1033/23", "2023-11-02", "2023-10-06", "pdf-soffice", "interleaved",
      "Body Worn Video",
      [R("bwv.count", "How many body worn cameras are currently deployed?", "1,320", "1320"),
       R("bwv.supplier", "Who manufactures/supplies the cameras?", "Halden Vision Systems Ltd", "halden vision systems"),
       R("bwv.contract_expiry", "When is the contract due to end?", "31 March 2026", "2026-03-31"),
       W("bwv.contract_value", "What is the value of the contract?", ["s43(2)"]),
       R("bwv.storage", "How is footage stored, and who provides the storage/evidence management platform?",
         "Footage is held in cloud storage on the Evidara DEMS platform.", "cloud; evidara"),
       R("bwv.retention", "How long is footage that is not evidential retained?", "31 days", "31 days"),
       R("bwv.policy", "Please provide a copy of your BWV policy.",
         "The force's Body Worn Video policy is published at "
         "https://www.wessexcoast.police.uk/foi-ai/policies/body-worn-video and is therefore exempt under "
         "section 21 (information reasonably accessible by other means). Please follow the link.",
         "policy", ex=["s21(1)"])],
      note="Please note that a similar request (FOI 0398/21) is published on our disclosure log."),

    L("wcc-foi-0561-24", "police", "FOI 0561/24", "2024-06-18", "2024-05-21", "pdf-chromium", "decision",
      "Drones",
      [W("drone.count", "Please confirm the number of remotely piloted aircraft the force operates.", ["s31(1)(a)"]),
       W("drone.models", "Please give the manufacturer and model of each aircraft.", ["s24(1)", "s31(1)(a)"]),
       R("drone.pilots", "How many officers hold a current remote pilot qualification?", "22", "22"),
       W("drone.cost", "How much has the force spent on buying drones to date?", ["s43(2)"])]),

    L("wcc-foi-0877-24", "police", "FOI 0877/24", "2024-09-30", "2024-09-02", "md", "numbered",
      "Officer misconduct and business interests",
      [R("misc.dismissals", "How many officers were dismissed for gross misconduct in 2023?", "7", "7"),
       R("misc.business_interests", "How many officers have an approved business interest or secondary employment?",
         "164", "164")]),
]

POLICE_DRAFTS = [
    L("draft-wcc-bwv-2025", "police", "FOI 0612/25", "2025-06-10", "2025-05-13", "docx", "you_asked",
      "Body-worn video",
      [R("bwv.supplier", "Could you name the company that provides the force's body-worn cameras?",
         "Halden Vision Systems Ltd supplies the force's body-worn cameras.", "halden vision systems"),
       R("bwv.count", "How many body-worn cameras are in use at present?", "1,905", "1905"),
       R("bwv.lost", "How many body-worn cameras were reported lost or stolen in 2024?", "37", "37"),
       W("bwv.contract_expiry", "On what date will the current body-worn video contract come to an end?",
         ["s31(1)(a)"]),
       W("bwv.contract_value", "What is the total value of that contract?", ["s31(1)(a)"]),
       PR("bwv.storage", "Is footage stored on force servers or in the cloud, and whose evidence management software is used?",
          "Footage is stored in the cloud. The name of the evidence management software provider is withheld "
          "under section 31(1)(a) (law enforcement), as identifying it would assist anyone seeking to attack "
          "the system.", ["s31(1)(a)"]),
       R("bwv.retention", "For what period do you keep footage that has no evidential value?",
         "Thirty-one days, after which it is deleted automatically.", "31 days"),
       R("bwv.policy", "Please send me your body-worn video policy.",
         "A copy of the policy is attached to this response.", "policy")],
      draft=True),

    L("draft-wcc-cyber-2025", "police", "FOI 0944/25", "2025-09-03", "2025-08-06", "txt", "decision",
      "Cyber security",
      [R("cyber.ransomware", "In the last five years, has the Constabulary been the victim of a successful ransomware attack?",
         "No. The Constabulary has not been the victim of a successful ransomware attack in the last five years.", "no"),
       N("cyber.ransom_paid", "Has the Constabulary ever paid a ransom demand?", ["s24(2)", "s31(3)"]),
       NH("cyber.it_security_staff", "How many staff does the force employ in its information security function?",
          "Since April 2025 the force's information security function has been provided by the South West "
          "Regional Cyber Security Collaboration. Wessex Coast Constabulary does not hold information on the "
          "number of staff working for the collaboration, so this information is not held."),
       W("cyber.security_supplier", "Who provides your endpoint security product?", ["s24(1)", "s31(1)(a)"]),
       W("cyber.budget", "How much does the force spend on cyber security each year?", ["s31(1)(a)"])],
      draft=True),

    L("draft-wcc-drones-2025", "police", "FOI 0170/25", "2025-02-14", "2025-01-20", "md", "numbered",
      "Drones",
      [W("drone.count", "How many drones does the force currently operate?", ["s31(1)(a)"]),
       R("drone.models", "What models of drone do you use?", "Skyreach M300 and Skyreach Mini 3.",
         "skyreach m300, skyreach mini 3"),
       R("drone.pilots", "How many trained drone pilots are there?", "22", "22"),
       W("drone.cost", "How much has been spent on drones in total?", ["s43(2)"])],
      draft=True, as_of="2023-01-01"),

    L("request-wcc-video-2026", "police", "", "2026-01-12", "", "txt", "bare_email",
      "Body worn and in-car video",
      [P("Body worn video (BWV)", [
          B("bwv.supplier", "Who is the current supplier?"),
          B("bwv.contract_expiry", "When does the contract expire?")]),
       P("In-car video (ICV)", [
          B("icv.supplier", "Who is the current supplier?"),
          B("icv.contract_expiry", "When does the contract expire?"),
          B("icv.count", "How many vehicles is it fitted to?")])],
      draft=True, bare=True),
]

# --------------------------------------------------------------------------
# Kingsmere Hospitals NHS Foundation Trust (acute trust)
# --------------------------------------------------------------------------
TOP5_1617 = ("Brookline Medical – £2.41m; Carrow Nursing – £1.96m; Fenwick Locums – £1.12m; "
             "Orbis Healthcare Staffing – £0.87m; Tidewater Nurses – £0.65m")
TOP5_2122 = ("Brookline Medical (£3.02m), Carrow Nursing (£2.77m), Orbis Healthcare Staffing (£1.45m), "
             "Fenwick Locums (£1.10m) and Tidewater Nurses (£0.92m)")
TOP5_2324 = ("• Brookline Medical £3.64m\n• Carrow Nursing £3.10m\n• Orbis Healthcare Staffing £1.88m\n"
             "• Tidewater Nurses £1.21m\n• Vantage Clinical Staffing £0.97m")

NHS = [
    L("khft-foi-2017-0301", "nhs", "FOI/2017/0301", "2017-07-20", "2017-06-22", "txt", "restate",
      "Agency staffing",
      [R("agency.top_agencies", "Please provide the names of the five staffing agencies with which the Trust spent "
         "the most in 2016/17, and the amount spent with each.", TOP5_1617, "top5-1617"),
       W("agency.highest_rate", "What is the highest hourly rate the Trust has paid for an agency nurse?", ["s43(2)"]),
       R("agency.framework", "Which framework agreement(s) does the Trust use to procure agency staff?",
         "The Trust uses the NHS Staffing Collaborative framework.", "nhs staffing collaborative"),
       R("agency.spend_total", "What was the Trust's total agency spend in 2016/17?", "£14.2 million", "14200000")]),

    L("khft-foi-2018-0077", "nhs", "FOI/2018/0077", "2018-02-13", "2018-01-16", "pdf-soffice", "interleaved",
      "Cyber security",
      [R("nhs.cyber_attacks", "How many cyber attacks that disrupted services has the Trust experienced in the last three years?",
         "One – the WannaCry ransomware incident in May 2017.", "1"),
       R("nhs.unsupported_os", "How many of the Trust's computers run an operating system that is no longer "
         "supported by the manufacturer (e.g. Windows XP)?", "212", "212"),
       R("nhs.ransom_paid", "Did the Trust pay any ransom?", "No.", "no")]),

    L("khft-foi-2018-0533", "nhs", "FOI/2018/0533", "2018-10-08", "2018-09-10", "html", "you_asked",
      "Electronic patient record",
      [R("epr.supplier", "Who supplies the Trust's electronic patient record (EPR) system?",
         "Meridian Clinical Systems Ltd.", "meridian clinical systems"),
       R("epr.expiry", "When does the EPR contract expire?", "31/03/2021", "2021-03-31"),
       W("epr.value", "What is the annual cost of the EPR contract?", ["s43(2)"])]),

    L("khft-foi-2020-0412", "nhs", "KHFT-FOI-2020-0412", "2020-09-09", "2020-08-12", "pdf-chromium", "numbered",
      "Cyber security and resilience",
      [R("nhs.cyber_attacks", "Number of successful cyber attacks against the Trust since April 2017", "Two", "2"),
       W("nhs.unsupported_os", "Number of devices running unsupported software (Windows XP, Windows 7 or Server 2008)",
         ["s31(1)(a)"]),
       R("nhs.ransom_paid", "Has the Trust ever paid a ransom to regain access to its systems?", "No", "no"),
       R("nhs.cyber_insurance", "Does the Trust hold cyber insurance?", "No", "no")]),

    L("khft-foi-2021-0140", "nhs", "KHFT-FOI-2021-0140", "2021-03-15", "2021-02-15", "txt", "restate",
      "Clinical systems contracts",
      [P("Electronic Patient Record (EPR)", [
          R("epr.supplier", "Supplier name", "Meridian Clinical Systems Ltd", "meridian clinical systems"),
          R("epr.expiry", "Contract expiry date", "31/03/2027", "2027-03-31"),
          W("epr.value", "Annual contract value", ["s43(2)"]),
          R("epr.length", "Length of contract", "10 years", "10 years")]),
       P("Picture Archiving and Communication System (PACS)", [
          R("pacs.supplier", "Supplier name", "Orison Imaging Ltd", "orison imaging"),
          R("pacs.expiry", "Contract expiry date", "30/06/2024", "2024-06-30"),
          W("pacs.value", "Annual contract value", ["s43(2)"])])],
      preamble="I would like information about two of the Trust's clinical systems contracts. For each contract "
               "please give:"),

    L("khft-foi-2022-0038", "nhs", "KHFT-FOI-2022-0038", "2022-01-25", "2021-12-29", "html", "you_asked",
      "Car parking charges",
      [R("nhspark.staff_charge", "What do staff pay to park at Kingsmere General Hospital?",
         "Staff pay a monthly permit charge of £21.", "21"),
       R("nhspark.income", "How much income did the Trust receive from car parking in 2020/21?", "£2.1m", "2100000"),
       R("nhspark.operator", "Which company operates the car parks?", "Parkwise Management Ltd.", "parkwise")]),

    L("khft-foi-2022-0517", "nhs", "KHFT-FOI-2022-0517", "2022-08-30", "2022-08-02", "pdf-gs", "prose",
      "Temporary staffing",
      [R("agency.top_agencies", "which five agencies received the most money from the Trust during 2021/22 and how much each was paid",
         "The five agencies with the highest spend in 2021/22 were " + TOP5_2122 + ".", "top5-2122"),
       W("agency.highest_rate", "what the top hourly rate paid for an agency nurse has been", ["s43(2)"]),
       R("agency.framework", "through which framework the Trust buys agency workers",
         "Agency workers are procured through the NHS Staffing Collaborative framework.", "nhs staffing collaborative"),
       R("agency.shifts_by_ward", "the number of agency nursing shifts filled on each ward in 2021/22",
         "Please see the attached spreadsheet, which lists the agency nursing shifts filled on each ward in 2021/22.",
         "attached"),
       R("agency.master_vendor", "whether the Trust uses a master vendor or neutral vendor arrangement and, if so, with which company",
         "Yes. StaffBridge Ltd acts as the Trust's neutral vendor.", "staffbridge")],
      request_text="I am writing to ask about the Trust's use of temporary staff. I would like to know which five "
                   "agencies received the most money from the Trust during 2021/22 and how much each was paid, what "
                   "the top hourly rate paid for an agency nurse has been, and through which framework the Trust buys "
                   "agency workers. I would also be grateful for the number of agency nursing shifts filled on each "
                   "ward in 2021/22, and to know whether the Trust uses a master vendor or neutral vendor arrangement "
                   "and, if so, with which company."),

    L("khft-foi-2023-0271", "nhs", "KHFT-FOI-2023-0271", "2023-04-19", "2023-03-22", "docx", "table",
      "EPR and PACS contracts",
      [R("epr.supplier", "EPR – supplier", "Meridian Clinical Systems Ltd", "meridian clinical systems"),
       R("epr.expiry", "EPR – expiry date", "31 March 2027", "2027-03-31"),
       R("epr.value", "EPR – annual value", "£1.2m per annum", "1200000"),
       R("epr.length", "EPR – total contract term", "Ten years", "10 years"),
       R("pacs.supplier", "PACS – supplier", "Orison Imaging Ltd", "orison imaging"),
       R("pacs.expiry", "PACS – expiry date", "30 June 2029", "2029-06-30")]),

    L("khft-foi-2023-0655", "nhs", "KHFT-FOI-2023-0655", "2023-10-11", "2023-09-13", "md", "you_asked",
      "Cyber incidents",
      [R("nhs.cyber_attacks", "Since 1 January 2020, how many cyber incidents has the Trust had that led to a loss of service?",
         "None.", "0"),
       R("nhs.ransom_paid", "Has a ransom ever been paid by the Trust?", "No.", "no"),
       W("nhs.unsupported_os", "How many endpoints are running operating systems which are out of support?", ["s31(1)(a)"]),
       R("nhs.cyber_insurance", "Is the Trust covered by a cyber insurance policy?", "Yes.", "yes"),
       NH("nhs.incident_recovery_cost", "What did it cost the Trust to recover from the network outage of June 2021?",
          "The Trust does not hold this information. The costs of recovery were absorbed within business-as-usual "
          "IT budgets and were not recorded separately.")]),

    L("khft-foi-2024-0302", "nhs", "KHFT-FOI-2024-0302", "2024-05-07", "2024-04-09", "pdf-soffice", "numbered",
      "Agency staff",
      [R("agency.framework", "Which procurement framework(s) do you use for agency staff?",
         "NHS Staffing Collaborative framework.", "nhs staffing collaborative"),
       R("agency.master_vendor", "Do you have a master vendor or neutral vendor contract? If so, who is it with?",
         "Yes – StaffBridge Ltd (neutral vendor).", "staffbridge"),
       R("agency.top_agencies", "Top 5 agencies by spend in 2023/24, and the spend with each", TOP5_2324, "top5-2324"),
       W("agency.highest_rate", "Highest hourly rate paid for an agency nurse", ["s43(2)"]),
       R("agency.shifts_by_ward", "Number of agency nurse shifts by ward, 2023/24", "See attached spreadsheet.", "attached"),
       R("agency.spend_total", "Total agency spend in 2023/24", "£18.6m", "18600000")],
      answer_order=[3, 4, 1, 2, 5, 6]),
]

NHS_DRAFTS = [
    L("draft-khft-agency-2025", "nhs", "KHFT-FOI-2025-0418", "2025-07-22", "2025-06-24", "docx", "table",
      "Agency nursing",
      [PR("agency.top_agencies", "Which five agencies did the Trust spend the most with in 2024/25, and how much went to each?",
          "The five agencies were Brookline Medical, Carrow Nursing, Orbis Healthcare Staffing, Tidewater Nurses and "
          "Vantage Clinical Staffing. The amount paid to each agency is withheld under section 43(2) "
          "(commercial interests), as it would reveal each agency's pricing.", ["s43(2)"]),
       R("agency.highest_rate", "What is the most the Trust has paid per hour for an agency nurse?",
         "£98.50 per hour (a bank holiday night shift in December 2024).", "98.50"),
       R("agency.medical_rate", "What is the most the Trust has paid per hour for an agency doctor?",
         "£152.00 per hour.", "152.00"),
       R("agency.framework", "Please name the framework(s) used to buy in agency workers.",
         "The NHS Staffing Collaborative framework.", "nhs staffing collaborative"),
       R("agency.master_vendor", "Is there a neutral or master vendor in place, and who provides it?",
         "Yes; StaffBridge Ltd is the Trust's neutral vendor.", "staffbridge"),
       RF("agency.shifts_by_ward", "Please break down the number of agency nurse shifts by ward for 2024/25.", ["s12(1)"],
          "Following the move to a new e-rostering system in 2024, agency shifts are no longer reported by ward. "
          "Producing this breakdown would mean reviewing about 14,000 shift records at roughly two minutes each, "
          "well beyond the 18 hours (£450) appropriate limit. This part of your request is therefore refused under "
          "section 12(1) of the Act.")],
      draft=True),

    L("draft-khft-cyber-2025", "nhs", "KHFT-FOI-2025-0702", "2025-11-18", "2025-10-21", "pdf-chromium", "interleaved",
      "Cyber security",
      [N("nhs.cyber_attacks", "How many cyber incidents causing disruption to services has the Trust suffered since January 2022?",
         ["s24(2)", "s31(3)"]),
       R("nhs.ransom_paid", "Has the Trust ever paid a ransom?",
         "No. The Trust follows national guidance that ransoms should not be paid.", "no"),
       W("nhs.unsupported_os", "How many devices on the Trust network run an unsupported operating system?",
         ["s24(1)", "s31(1)(a)"]),
       R("nhs.cyber_insurance", "Does the Trust have a cyber insurance policy in place?", "Yes.", "yes"),
       R("nhs.insurance_claim", "Has the Trust ever made a claim under a cyber insurance policy?",
         "No claims have been made.", "no"),
       R("nhs.incident_recovery_cost", "How much did the June 2021 network outage cost the Trust to recover from?",
         "£412,000, as reported to the Trust Board in the 2024 post-incident review.", "412000")],
      draft=True),

    L("draft-khft-epr-2026", "nhs", "KHFT-FOI-2026-0081", "2026-02-09", "2026-01-12", "html", "restate",
      "EPR and PACS",
      [P("Part 1 – Electronic Patient Record", [
          R("epr.supplier", "Name of the supplier", "Meridian Clinical Systems Ltd", "meridian clinical systems"),
          R("epr.expiry", "When the contract ends", "31/03/2027", "2027-03-31"),
          R("epr.value", "Annual value", "£1,200,000 per annum", "1200000"),
          R("epr.length", "Overall length of the contract", "120 months", "10 years")]),
       P("Part 2 – PACS", [
          R("pacs.supplier", "Name of the supplier", "Orison Imaging Ltd", "orison imaging"),
          R("pacs.expiry", "When the contract ends", "June 30, 2029", "2029-06-30")])],
      preamble="Please provide the following for (1) your EPR contract and (2) your PACS contract:",
      draft=True, consistent=True),
]

# --------------------------------------------------------------------------
# Harrowdene Council (unitary authority)
# --------------------------------------------------------------------------
COUNCIL = [
    L("harrowdene-foi-17-0456", "council", "FOI/17/0456", "2017-05-09", "2017-04-11", "txt", "restate",
      "Fly-tipping",
      [R("flytip.incidents", "How many fly-tipping incidents were reported to the council in 2016/17?", "2,310", "2310"),
       R("flytip.contractor", "Which company clears fly-tipping on the council's behalf?",
         "Greystone Environmental Services Ltd.", "greystone environmental"),
       R("flytip.covert_cctv", "Does the council use covert CCTV to catch fly-tippers?",
         "Yes. The council has used covert cameras at known hotspots since 2015.", "yes"),
       R("flytip.private_land", "How many of those incidents were on private land?", "290", "290")]),

    L("harrowdene-foi-18-0061", "council", "FOI/18/0061", "2018-01-22", "2017-12-20", "md", "prose",
      "Parking enforcement",
      [R("parking.contractor", "whether the council enforces parking restrictions itself or through a contractor, and if a contractor, which one",
         "Parking enforcement is carried out on the council's behalf by Civicor Parking Services Ltd.", "civicor"),
       R("parking.contract_expiry", "when that arrangement is due to end",
         "The current contract runs until 31 August 2022.", "2022-08-31"),
       R("parking.ceo_count", "how many civil enforcement officers patrol the borough",
         "There are 22 civil enforcement officers.", "22")],
      request_text="I would be grateful if you could tell me whether the council enforces parking restrictions "
                   "itself or through a contractor, and if a contractor, which one; when that arrangement is due to "
                   "end; and how many civil enforcement officers patrol the borough."),

    L("harrowdene-foi-18-0903", "council", "FOI/18/0903", "2018-11-14", "2018-10-17", "html", "you_asked",
      "Household waste collection contract",
      [R("waste.contractor", "Who collects household waste in Harrowdene?", "Ashby Waste Partnerships Ltd.", "ashby waste"),
       W("waste.value", "What is the annual value of the waste collection contract?", ["s43(2)"]),
       R("waste.expiry", "When does that contract expire?", "31 March 2027.", "2027-03-31"),
       R("waste.vehicle_count", "How many refuse collection vehicles are used on the contract?", "38.", "38")]),

    L("harrowdene-foi-20-0142", "council", "FOI/20/0142", "2020-02-18", "2020-01-21", "docx", "table",
      "Fly-tipping enforcement",
      [R("flytip.contractor", "Name of fly-tipping clearance contractor", "Greystone Environmental Services Ltd",
         "greystone environmental"),
       N("flytip.covert_cctv", "Use of covert cameras at fly-tipping hotspots (yes/no and number)", ["s31(3)"]),
       R("flytip.private_land", "Incidents on private land, 2018/19", "312", "312"),
       W("flytip.unit_rate", "Price paid per fly-tip clearance", ["s43(2)"])]),

    L("harrowdene-foi-20-0811", "council", "FOI/20/0811", "2020-10-06", "2020-09-08", "txt", "numbered",
      "Christmas lights and civic events",
      [R("misc.xmas_lights", "How much did the council spend on Christmas lights in 2019?", "£48,300", "48300"),
       R("misc.mayor_car", "Does the Mayor have a chauffeur-driven car?", "No.", "no")]),

    L("harrowdene-cas-48213", "council", "CAS-48213-K7P2Q9", "2021-06-15", "2021-05-18", "pdf-chromium", "decision",
      "Waste and street cleansing contracts",
      [P("Household waste collection", [
          R("waste.contractor", "Who is the contractor?", "Ashby Waste Partnerships Ltd", "ashby waste"),
          R("waste.expiry", "When does the contract expire?", "31 March 2027", "2027-03-31"),
          W("waste.value", "What is the annual value of the contract?", ["s43(2)"])]),
       P("Street cleansing", [
          R("cleansing.contractor", "Who is the contractor?", "Greystone Environmental Services Ltd",
            "greystone environmental"),
          R("cleansing.expiry", "When does the contract expire?", "31 October 2025", "2025-10-31"),
          W("cleansing.value", "What is the annual value of the contract?", ["s43(2)"])])],
      preamble="Please answer the following for (a) the household waste collection contract and (b) the street "
               "cleansing contract."),

    L("harrowdene-cas-51877", "council", "CAS-51877-M2D8W1", "2022-04-04", "2022-03-07", "html", "numbered",
      "Parking",
      [R("parking.contractor", "Name of your parking enforcement contractor (if outsourced)",
         "Civicor Parking Services Ltd", "civicor"),
       R("parking.contract_expiry", "End date of the parking enforcement contract", "31 August 2027", "2027-08-31"),
       R("parking.ceo_count", "Number of civil enforcement officers employed on the contract", "26", "26"),
       R("parking.pcn_count", "Number of PCNs issued in 2021", "41,220", "41220")]),

    L("harrowdene-cas-55102", "council", "CAS-55102-T6H3R4", "2022-12-01", "2022-11-03", "pdf-gs", "prose",
      "Fly-tipping",
      [R("flytip.private_land", "how many fly-tips the council dealt with on privately owned land in 2021/22",
         "The council dealt with 344 fly-tips on privately owned land in 2021/22.", "344"),
       N("flytip.covert_cctv", "whether hidden cameras are used to catch offenders", ["s31(3)"]),
       R("flytip.contractor", "who collects fly-tipped waste for the council",
         "Fly-tipped waste is collected by Greystone Environmental Services Ltd.", "greystone environmental"),
       W("flytip.unit_rate", "what does the council pay per collection", ["s43(2)"]),
       R("flytip.fpn_count", "how many fixed penalty notices were issued for fly-tipping in 2021/22",
         "187 fixed penalty notices were issued for fly-tipping in 2021/22.", "187")],
      request_text="Could you let me know how many fly-tips the council dealt with on privately owned land in "
                   "2021/22, and whether hidden cameras are used to catch offenders? Also, who collects fly-tipped "
                   "waste for the council, and what does the council pay per collection? Finally, how many fixed "
                   "penalty notices were issued for fly-tipping in 2021/22?"),

    L("harrowdene-cas-60034", "council", "CAS-60034-B9K1L5", "2023-08-21", "2023-07-24", "md", "you_asked",
      "ICT systems and cyber security",
      [R("council.ransomware", "Has Harrowdene Council been hit by ransomware in the last five years?", "No.", "no"),
       R("council.crm_supplier", "Who supplies your customer relationship management (CRM) system?",
         "Brightcase Ltd (Lumen CRM).", "brightcase"),
       R("council.crm_expiry", "When does the CRM contract end?", "30 June 2025.", "2025-06-30"),
       R("council.email_platform", "Which email platform does the council use?", "Microsoft Exchange Online.",
         "exchange online")]),

    L("harrowdene-cas-63390", "council", "CAS-63390-W4F7N2", "2024-02-27", "2024-01-30", "txt", "restate",
      "Waste contracts",
      [R("waste.contractor", "Name of household waste collection contractor", "Ashby Waste Partnerships Ltd", "ashby waste"),
       W("waste.value", "Annual contract value (household waste collection)", ["s43(2)"]),
       R("waste.expiry", "Expiry date (household waste collection)", "31 March 2027", "2027-03-31"),
       R("cleansing.contractor", "Name of street cleansing contractor", "Greystone Environmental Services Ltd",
         "greystone environmental"),
       R("cleansing.expiry", "Expiry date (street cleansing)", "31 October 2025", "2025-10-31"),
       R("waste.vehicle_count", "Number of refuse collection vehicles on the household waste contract", "41", "41")]),

    L("harrowdene-cas-66812", "council", "CAS-66812-P3X5Z8", "2024-10-15", "2024-09-17", "pdf-soffice", "table",
      "Parking enforcement contract",
      [R("parking.contract_expiry", "When does your parking enforcement contract end?", "31 August 2027", "2027-08-31"),
       R("parking.contractor", "Who holds the contract?", "Civicor Parking Services Ltd", "civicor"),
       R("parking.ceo_count", "How many civil enforcement officers work on it?", "24", "24"),
       R("parking.camera_cars", "How many camera enforcement vehicles are in use?", "2", "2")]),
]

COUNCIL_DRAFTS = [
    L("draft-harrowdene-flytipping-2025", "council", "CAS-70215-H8J2D6", "2025-04-08", "2025-03-11", "pdf-soffice",
      "interleaved", "Fly-tipping",
      [R("flytip.contractor", "Which firm removes fly-tipped waste for the council?",
         "Greystone Environmental Services Ltd.", "greystone environmental"),
       R("flytip.covert_cctv", "Do you deploy hidden or covert cameras to catch fly-tippers, and if so how many?",
         "Yes. The council currently deploys six covert cameras, which are moved between hotspots.", "yes"),
       NH("flytip.private_land", "How many fly-tipping incidents on private land were recorded in 2023/24?",
          "Since the move to a new case management system in 2023 the council no longer records whether the land "
          "concerned is privately owned. This information is not held."),
       R("flytip.highway", "How many fly-tipping incidents were recorded on the public highway in 2023/24?",
         "1,876", "1876"),
       R("flytip.unit_rate", "What does each clearance cost the council?",
         "The council pays a fixed rate of £86 per clearance.", "86")],
      draft=True),

    L("draft-harrowdene-waste-2025", "council", "CAS-72990-R5N1C3", "2025-10-20", "2025-09-22", "docx", "you_asked",
      "Waste collection contract",
      [R("waste.contractor", "Which company holds the council's household waste collection contract?",
         "Ashby Waste Partnerships Ltd.", "ashby waste"),
       R("waste.expiry", "What is the contract end date?",
         "31 March 2031, following the council's decision in 2025 to take up the four-year extension option.",
         "2031-03-31"),
       W("waste.value", "What is the contract worth each year?", ["reg12(5)(e)"]),
       R("waste.vehicle_count", "How many bin lorries are used to deliver the contract?", "41.", "41"),
       R("waste.ev_count", "How many of the bin lorries are electric?", "Six.", "6")],
      draft=True, regime="eir"),

    L("draft-harrowdene-parking-2025", "council", "CAS-74107-F2G9V8", "2025-12-02", "2025-11-04", "md", "numbered",
      "Parking enforcement",
      [R("parking.contractor", "Is parking enforcement outsourced, and to whom?",
         "Yes, to Civicor Parking Services Ltd.", "civicor"),
       R("parking.contract_expiry", "When is the contract due to expire?", "31/08/2027", "2027-08-31"),
       R("parking.ceo_count", "How many CEOs (civil enforcement officers) are deployed?", "Twenty-four.", "24"),
       R("parking.camera_cars", "How many CCTV enforcement cars do you operate?", "Two.", "2"),
       R("parking.pd_machines", "Who supplies your pay and display machines?", "Paystation Kiosks Ltd.", "paystation")],
      draft=True, consistent=True),
]

# --------------------------------------------------------------------------
# Inland Waters Agency (national agency / regulator)
# --------------------------------------------------------------------------
AGENCY = [
    L("iwa-foi2018-01134", "agency", "FOI2018/01134", "2018-04-10", "2018-03-13", "txt", "numbered",
      "ICT contracts",
      [R("agency_ict.cloud_supplier", "Who provides the Agency's cloud hosting services?",
         "Nimbuswell Cloud Services Ltd.", "nimbuswell"),
       R("agency_ict.cloud_expiry", "When does the cloud hosting contract expire?", "January 31, 2021.", "2021-01-31"),
       R("agency_ict.contractors_count", "How many IT contractors (non-permanent staff) does the Agency currently engage?",
         "11.", "11"),
       R("agency_ict.ransomware", "Has the Agency experienced a ransomware attack?", "No.", "no")]),

    L("iwa-foi2019-03877", "agency", "FOI2019/03877", "2019-09-17", "2019-08-20", "html", "you_asked",
      "Water quality monitoring contract",
      [R("monitor.supplier", "Which laboratory analyses the Agency's water quality samples?",
         "Caldera Analytical Ltd.", "caldera analytical"),
       W("monitor.value", "What is the value of the laboratory services contract?", ["s43(2)"]),
       R("monitor.expiry", "When does it expire?", "March 31, 2023.", "2023-03-31")]),

    L("iwa-foi2020-02290", "agency", "FOI2020/02290", "2020-06-23", "2020-05-26", "docx", "table",
      "Senior salaries and headcount",
      [R("staff.over100k", "How many Agency staff earn more than £100,000 a year?", "7", "7"),
       R("staff.headcount", "What is the Agency's total headcount?", "1,240", "1240")]),

    L("iwa-foi2021-00318", "agency", "FOI2021/00318", "2021-02-02", "2021-01-05", "pdf-chromium", "you_asked",
      "Digital services",
      [R("agency_ict.cloud_supplier", "Name of cloud infrastructure provider", "Nimbuswell Cloud Services Ltd.", "nimbuswell"),
       R("agency_ict.cloud_expiry", "Expiry of the cloud infrastructure contract", "January 31, 2024.", "2024-01-31"),
       R("agency_ict.contractors_count", "Number of contractors working in IT/digital", "18.", "18"),
       NH("agency_ict.digital_headcount", "Number of permanent civil servants in the digital and data directorate",
          "The Agency does not have a single digital and data directorate; digital staff sit within several business "
          "areas and are not recorded as a distinct group. This information is therefore not held."),
       R("agency_ict.ransomware", "Has the Agency been affected by ransomware since 2018?", "No.", "no")]),

    L("iwa-foi2022-01876", "agency", "FOI2022/01876", "2022-05-18", "2022-04-20", "pdf-soffice", "restate",
      "Monitoring contracts",
      [P("Part 1 – Water quality laboratory services", [
          R("monitor.supplier", "Who is the contractor?", "Caldera Analytical Ltd", "caldera analytical"),
          R("monitor.expiry", "What is the expiry date?", "March 31, 2026", "2026-03-31"),
          W("monitor.value", "What is the annual value?", ["s43(2)"])]),
       P("Part 2 – River flow telemetry", [
          R("telemetry.supplier", "Who is the contractor?", "Hydrosense Networks Ltd", "hydrosense"),
          R("telemetry.expiry", "What is the expiry date?", "November 30, 2024", "2024-11-30"),
          R("telemetry.value", "What is the annual value?", "£640,000", "640000")])],
      preamble="Please answer the questions below first for the Agency's water quality laboratory contract, and "
               "then for its river flow telemetry contract."),

    L("iwa-foi2023-02954", "agency", "FOI2023/02954", "2023-09-12", "2023-08-15", "docx", "table",
      "IT and digital",
      [R("agency_ict.contractors_count", "How many contractors are working in the Agency's IT function?", "18", "18"),
       R("agency_ict.cloud_supplier", "Which supplier hosts the Agency's systems in the cloud?",
         "Nimbuswell Cloud Services Ltd", "nimbuswell"),
       R("agency_ict.cloud_expiry", "When does this hosting contract end?", "January 31, 2027", "2027-01-31"),
       R("agency_ict.ransomware", "Has the Agency suffered a ransomware attack in the last three years?", "No", "no"),
       NH("agency_ict.digital_headcount", "How many permanent staff work in digital and data roles?",
          "Not held. Digital and data roles are spread across directorates and are not recorded as a separate group.")],
      note="This request was made after the ICO's decision in case IC-224518-K3P7, which concerned a different request."),

    L("iwa-foi2024-02011", "agency", "FOI2024/02011", "2024-07-09", "2024-06-11", "pdf-gs", "numbered",
      "Enforcement",
      [R("enf.prosecutions", "How many prosecutions did the Agency bring in 2023?", "14", "14"),
       R("enf.fines", "What was the total value of fines imposed as a result?", "£2.3 million", "2300000"),
       R("enf.officers", "How many enforcement officers does the Agency employ?", "63", "63")]),
]

AGENCY_DRAFTS = [
    L("draft-iwa-ict-2025", "agency", "FOI2025/02418", "2025-08-26", "2025-07-29", "txt", "interleaved",
      "ICT and cyber security",
      [W("agency_ict.cloud_supplier", "Which company provides the Agency's cloud hosting?", ["s24(1)", "s31(1)(a)"]),
       R("agency_ict.digital_headcount", "How many permanent staff are employed in digital, data and technology roles?",
         "96.", "96"),
       N("agency_ict.ransomware", "Has the Agency been subject to a ransomware attack in the last three years?",
         ["s24(2)", "s31(3)"]),
       R("agency_ict.contractors_count", "How many contractors currently work in IT?", "Eighteen.", "18"),
       R("agency_ict.email", "Who provides the Agency's email service?", "Microsoft (Exchange Online).", "microsoft")],
      draft=True),
]

HISTORY = POLICE + NHS + COUNCIL + AGENCY
DRAFTS = POLICE_DRAFTS + NHS_DRAFTS + COUNCIL_DRAFTS + AGENCY_DRAFTS
