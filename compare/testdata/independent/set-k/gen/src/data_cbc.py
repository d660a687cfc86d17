"""Calderbrook Constabulary (police force)."""
from common import Q, P

EMAIL = "ict.servicedesk@calderbrook.police.uk"
NCND = ["s24(2)", "s31(3)"]

CC1_INTRO = ("The first part of my request relates to contact centre service contracts, which could relate to advanced "
             "call distribution, email, web chat and social media integration, or performance monitoring tools. This "
             "could be part of a whole package or separate service applications. Please send me the following "
             "information for each provider:")
NET2_INTRO = ("The second part of my request relates to inbound network services contracts, which could relate to "
              "0800, 0845, 0300 numbers, routing of calls, caller identifier, caller profile or interactive voice "
              "response (IVR). For a contract relating to the above please can you provide me with:")

CC_TEXT = dict(
    supplier="Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
    spend="Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.",
    duration="Contract Duration: For each supplier, please state the contract duration. If available, please also include any contract extensions.",
    expiry="Contract Expiry: For each supplier, please state the date of when the contract expires.",
    contact="Contact Details: For each supplier, please state the person from within the organisation responsible for the contract, with their full name, actual job title, contact number and direct email address.",
    sites="Number of Sites: please can you provide me with the number of sites the contact centre covers.",
    mfr="Manufacturer of the contact centre: Who is the manufacturer of the contact centre system that you operate?",
    users="Number of email users: Approximate number of email users across the organisation.",
)

HISTORY = [
    # 2017 unrelated: staffing
    dict(auth="cbc", ref="FOI 2017/0911", date="2017-09-04", recv="2017-08-07", regime="foia", style="restate",
         fmt="txt", title="Officer and staff numbers", ds="ordinal", recvv=1, header="police", key="{n}.",
         parts=[P([
             Q("p.staff.officers", "How many police officers (full-time equivalent) does the force employ as at 31 July 2017?",
               "released", fact="1682.4", ans="1,682.4 FTE police officers."),
             Q("p.staff.pcso", "How many Police Community Support Officers are employed?", "released", fact="214",
               ans="214 PCSOs."),
             Q("p.staff.specials", "How many special constables does the force have?", "released", fact="301",
               ans="301 special constables."),
         ])]),

    # 2018 body-worn video, soffice PDF
    dict(auth="cbc", ref="FOI 2018/0533", date="2018-05-14", recv="2018-04-16", regime="foia", style="interleaved",
         fmt="pdf-soffice", title="Body worn video", ds="ordinal", recvv=1, header="police",
         labels=("Question {n}", "Answer"),
         parts=[P([
             Q("p.bwv.devices", "How many body worn video cameras does Calderbrook Constabulary currently have?",
               "released", fact="1100", ans="The force currently has 1,100 body worn video cameras."),
             Q("p.bwv.supplier", "Who supplied them?", "released", fact="Vantec Vision Ltd", ans="Vantec Vision Ltd."),
             Q("p.bwv.cost", "What was the total cost of the purchase?", "released", fact="1200000",
               ans="\u00a31.2m, including docking stations and the evidence management licence for three years."),
             Q("p.bwv.lost", "How many cameras have been lost, stolen or damaged beyond repair since they were introduced?",
               "released", fact="37", ans="37."),
             Q("p.bwv.retention", "How long is footage retained where it is not required as evidence?", "released",
               fact="31 days", ans="Non-evidential footage is automatically deleted after 31 days."),
         ])]),

    # 2019 ICT round-robin, merged list, disclosure log page
    dict(auth="cbc", ref="FOI 2019/0287", date="2019-03-11", recv="2019-02-11", regime="foia", style="restate",
         fmt="html", title="Contact centre and inbound network contracts", ds="long", recvv=1, key="Question {n} \u2013",
         reflabel="Reference:",
         req_intro=["I wish to submit a freedom of information request relating to the organisation's contact centre and inbound network services contracts:"],
         parts=[P([
             Q("p.cc.supplier", "Contact centre: who is the incumbent supplier?", "released",
               fact="Stourline Communications Ltd", ans="Stourline Communications Ltd."),
             Q("p.cc.spend", "Contact centre: annual average spend over the last 3 years.", "released", fact="58000",
               ans="\u00a358,000."),
             Q("p.cc.expiry", "Contact centre: contract expiry date.", "released", fact="2021-10-31", ans="31 October 2021."),
             Q("p.cc.contact", "Contact centre: contact details of the person responsible for the contract.", "released",
               fact=EMAIL, ans=EMAIL),
             Q("p.cc.sites", "Number of sites the contact centre covers.", "released", fact="2", ans="2."),
             Q("p.cc.users", "Approximate number of email users across the organisation.", "released", fact="2900",
               ans="Approximately 2,900."),
             Q("p.net.supplier", "Inbound network services: who is the incumbent supplier?", "released",
               fact="Pellbrook Networks Ltd", ans="Pellbrook Networks Ltd."),
             Q("p.net.expiry", "Inbound network services: contract expiry date.", "released", fact="2022-03-31",
               ans="31 March 2022."),
             Q("p.net.contact", "Inbound network services: contact details of the person responsible for the contract.",
               "released", fact=EMAIL, ans=EMAIL),
         ])]),

    # 2019 drones, txt interleaved
    dict(auth="cbc", ref="FOI 2019/0960", date="2019-08-20", recv="2019-07-23", regime="foia", style="interleaved",
         fmt="txt", title="Drones", ds="ordinal", recvv=1, header="police", labels=("Q{n}", "A{n}"),
         parts=[P([
             Q("p.drone.count", "Does the force use drones? If so, how many does it own?", "released", fact="4",
               ans="Yes. The force owns 4 drones."),
             Q("p.drone.models", "What make and model are they?", "released", fact="DJI Inspire 2; DJI Mavic 2 Enterprise",
               ans="DJI Inspire 2 (two) and DJI Mavic 2 Enterprise (two)."),
             Q("p.drone.pilots", "How many pilots are trained to fly them?", "released", fact="8", ans="8."),
             Q("p.drone.spend", "How much has been spent on drones since 2016?", "released", fact="68450",
               ans="\u00a368,450."),
         ])]),

    # 2021 cyber, docx, NCND
    dict(auth="cbc", ref="CAS-21-000412", date="2021-02-08", recv="2021-01-11", regime="foia", style="restate",
         fmt="docx", title="Cyber security", ds="long", recvv=1, header="police", key="{n}.",
         parts=[P([
             Q("p.cyber.ransomware", "How many ransomware attacks has the force experienced in the past three years?",
               "ncnd", NCND),
             Q("p.cyber.ransompaid", "Has the force ever paid a ransom to regain access to its systems or data?", "ncnd", NCND),
             Q("p.cyber.training", "Is cyber security awareness training mandatory for all officers and staff?", "released",
               fact="yes", ans="Yes."),
         ])]),

    # 2022 ICT round-robin, parts restart, all released, chromium PDF
    dict(auth="cbc", ref="CAS-22-000061", date="2022-01-17", recv="2021-12-15", regime="foia", style="interleaved",
         fmt="pdf-chromium", title="Contact centre contract", ds="ordinal", recvv=1, header="police",
         labels=("{n}.", "Response:"),
         parts=[P([
             Q("p.cc.supplier", CC_TEXT["supplier"], "released", fact="Stourline Communications Ltd",
               ans="Stourline Communications Ltd"),
             Q("p.cc.spend", CC_TEXT["spend"], "released", fact="61000", ans="\u00a361,000"),
             Q("p.cc.duration", CC_TEXT["duration"], "released", fact="5 years", ans="5 years from 1 November 2021; no extension options."),
             Q("p.cc.expiry", CC_TEXT["expiry"], "released", fact="2026-10-31", ans="31/10/2026"),
             Q("p.cc.contact", CC_TEXT["contact"], "released", fact=EMAIL, ans=EMAIL),
             Q("p.cc.sites", CC_TEXT["sites"], "released", fact="2", ans="2"),
             Q("p.cc.users", CC_TEXT["users"], "released", fact="3000", ans="3,000"),
         ], title="Part 1 \u2013 Contact centre", intro=CC1_INTRO),
             P([
             Q("p.net.supplier", CC_TEXT["supplier"], "released", fact="Pellbrook Networks Ltd", ans="Pellbrook Networks Ltd"),
             Q("p.net.expiry", CC_TEXT["expiry"], "released", fact="2026-07-31", ans="31/07/2026"),
             Q("p.net.contact", CC_TEXT["contact"], "released", fact=EMAIL, ans=EMAIL),
         ], title="Part 2 \u2013 Inbound network services", intro=NET2_INTRO)]),

    # 2022 drones, table (html page)
    dict(auth="cbc", ref="CAS-22-000733", date="2022-06-06", recv="2022-05-09", regime="foia", style="table",
         fmt="html", title="Unmanned aerial vehicles", ds="long", recvv=1, reflabel="Reference:",
         parts=[P([
             Q("p.drone.deploy", "How many times were drones deployed in 2021?", "released", fact="1036", rolling=True,
               ans="1,036 deployments."),
             Q("p.drone.count", "How many unmanned aerial vehicles are in the force fleet?", "released", fact="7", ans="7"),
             Q("p.drone.models", "Please list the models.", "withheld", ["s31(1)(a)"]),
             Q("p.drone.pilots", "How many qualified remote pilots does the force have?", "released", fact="16", ans="16"),
         ])]),

    # 2023 BWV, gs PDF
    dict(auth="cbc", ref="CAS-23-000318", date="2023-03-13", recv="2023-02-13", regime="foia", style="restate",
         fmt="pdf-gs", title="Body-worn video", ds="long", recvv=1, header="police", key="Q{n}:",
         req_intro=["I would be grateful if you could answer the following about body-worn video (BWV):"],
         note="You referred in your email to our earlier response FOI 2018/0533; the figures below are current.",
         parts=[P([
             Q("p.bwv.retention", "Please state your retention period for non-evidential body-worn video footage.",
               "released", fact="31 days", ans="31 days."),
             Q("p.bwv.devices", "Please state the number of BWV devices issued to officers and staff.", "released",
               fact="1450", ans="1,450 devices."),
             Q("p.bwv.supplier", "Please state the manufacturer/supplier of the devices.", "released",
               fact="Vantec Vision Ltd", ans="Vantec Vision Ltd (VV-400 series)."),
             Q("p.bwv.cost", "Please state the value of the current BWV contract.", "withheld", ["s43(2)"]),
             Q("p.bwv.lost", "Please state how many devices were reported lost or damaged in 2022.", "released",
               fact="12", rolling=True, ans="12."),
         ])]),

    # 2023 cyber + live facial recognition, disclosure log page, You asked
    dict(auth="cbc", ref="CAS-23-001655", date="2023-11-27", recv="2023-10-30", regime="foia", style="youasked",
         fmt="html", title="Cyber security and facial recognition", ds="long", recvv=3, reflabel="Reference:",
         parts=[P([
             Q("p.cyber.training", "Do all employees have to complete cyber-security training?", "released", fact="yes",
               ans="Yes. Cyber security is a mandatory annual e-learning module for all officers, staff and volunteers."),
             Q("p.cyber.ransomware", "Has the Constabulary been the victim of a ransomware incident since 2020? If so, how many?",
               "ncnd", NCND),
             Q("p.cyber.ransompaid", "Did the force pay any ransom demand?", "ncnd", NCND),
             Q("p.frt.live", "Does the force currently deploy live facial recognition technology?", "released", fact="no",
               ans="No. Calderbrook Constabulary does not currently use live facial recognition."),
         ])]),

    # 2024 drones, docx, You asked
    dict(auth="cbc", ref="CAS-24-000871", date="2024-05-20", recv="2024-04-22", regime="foia", style="youasked",
         fmt="docx", title="Drone capability", ds="ordinal", recvv=1, header="police",
         parts=[P([
             Q("p.drone.count", "Number of drones held by the force.", "released", fact="9", ans="9"),
             Q("p.drone.pilots", "Number of staff holding a GVC or equivalent remote pilot qualification.", "released",
               fact="16", ans="16"),
             Q("p.drone.models", "Manufacturer and model of each drone.", "withheld", ["s31(1)(a)"]),
             Q("p.drone.spend", "Spend on drone equipment in 2023/24.", "released", fact="41900", rolling=True,
               ans="\u00a341,900"),
         ])]),

    # 2024 ICT round-robin, decision paragraph like the sample, soffice PDF
    dict(auth="cbc", ref="CAS-24-001998", date="2024-12-09", recv="2024-11-18", regime="foia", style="decision",
         fmt="pdf-soffice", title="Contact centre contract", ds="ordinal", recvv=1, header="police",
         qfmt="{n}.",
         req_intro=["I wish to submit to the organisation a freedom of information request relating to the organisation's ICT contracts, specifically around contact centre contract(s) and inbound network services contract(s)."],
         note="Please Note: previously we would disclose this information; however, there has been a change in the stance taken nationally, set out in the exemption below.",
         parts=[P([
             Q("p.cc.supplier", CC_TEXT["supplier"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.cc.spend", CC_TEXT["spend"], "not_held",
               ans="No information held as the contract value for the contact centre is not recorded separately from the full telephony contract value."),
             Q("p.cc.duration", CC_TEXT["duration"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.cc.expiry", CC_TEXT["expiry"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.cc.contact", CC_TEXT["contact"], "released", fact=EMAIL, ans=EMAIL),
             Q("p.cc.sites", CC_TEXT["sites"], "released", fact="2", ans="The contact centre covers 2 sites."),
             Q("p.cc.mfr", CC_TEXT["mfr"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.cc.users", CC_TEXT["users"], "released", fact="3000", ans="3000"),
         ], intro=CC1_INTRO),
             P([
             Q("p.net.supplier", CC_TEXT["supplier"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.net.spend", CC_TEXT["spend"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.net.expiry", CC_TEXT["expiry"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.net.contact", CC_TEXT["contact"], "released", fact=EMAIL, ans=EMAIL),
         ], intro=NET2_INTRO)]),
]

DRAFTS = [
    # exemption_changed (BWV cost s43(2) -> s31(1)(a)); newly_withheld (drone count); newly_released (drone models)
    dict(auth="cbc", ref="CAS-25-000544", date="2025-04-09", recv="2025-03-11", regime="foia", style="restate",
         fmt="txt", file="draft-cbc-bwv-drones-2025.txt", title="Body-worn video and drones", ds="ordinal", recvv=1,
         header="police", key="{n}.",
         parts=[P([
             Q("p.bwv.devices", "Total number of BWV units currently deployed across the force.", "released", fact="1450",
               ans="1450."),
             Q("p.bwv.supplier", "Name of the company that supplies your BWV units.", "released", fact="Vantec Vision Ltd",
               ans="Vantec Vision Ltd."),
             Q("p.bwv.cost", "Total contract value for the supply and support of BWV.", "withheld", ["s31(1)(a)"]),
             Q("p.bwv.retention", "Length of time you keep BWV recordings that are not evidential.", "released",
               fact="31 days", ans="Thirty-one days, after which recordings are deleted automatically."),
         ], title="Part A \u2013 Body-worn video", intro="Part A \u2013 Body-worn video (BWV)"),
             P([
             Q("p.drone.count", "Total number of drones (unmanned aircraft systems) the force operates.", "withheld",
               ["s24(1)", "s31(1)(a)"]),
             Q("p.drone.models", "Make and model of each drone.", "released",
               fact="DJI Matrice 30T; DJI Mavic 3 Thermal", ans="DJI Matrice 30T and DJI Mavic 3 Thermal."),
             Q("p.drone.pilots", "Number of officers trained and authorised as remote pilots.", "released", fact="16",
               ans="16 officers."),
         ], title="Part B \u2013 Drones", intro="Part B \u2013 Drones")]),

    # decision paragraph: exemption_changed (supplier), held_status_changed medium (spend), newly_released (network expiry)
    dict(auth="cbc", ref="CAS-25-002107", date="2025-11-18", recv="2025-10-21", regime="foia", style="decision",
         fmt="pdf-soffice", file="draft-cbc-contact-centre-2025.pdf", title="Contact centre contract", ds="ordinal",
         recvv=1, header="police", qfmt="{n}.",
         req_intro=["I wish to submit a freedom of information request relating to the organisation's ICT contracts, specifically contact centre contract(s) and inbound network services contract(s)."],
         parts=[P([
             Q("p.cc.supplier", CC_TEXT["supplier"], "withheld", ["s24(1)", "s31(1)(a)"]),
             Q("p.cc.spend", CC_TEXT["spend"], "released", fact="63500", ans="\u00a363,500 per annum."),
             Q("p.cc.expiry", CC_TEXT["expiry"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.cc.contact", CC_TEXT["contact"], "released", fact=EMAIL, ans=EMAIL),
             Q("p.cc.sites", CC_TEXT["sites"], "released", fact="2", ans="The contact centre covers two sites."),
             Q("p.cc.users", CC_TEXT["users"], "released", fact="3000", ans="Approximately 3,000."),
         ], intro=CC1_INTRO),
             P([
             Q("p.net.supplier", CC_TEXT["supplier"], "withheld", ["s31(1)(a)", "s31(1)(b)"]),
             Q("p.net.expiry", CC_TEXT["expiry"], "released", fact="2026-07-31", ans="31 July 2026."),
             Q("p.net.contact", CC_TEXT["contact"], "released", fact=EMAIL, ans=EMAIL),
         ], intro=NET2_INTRO)]),

    # ncnd_inconsistent out of NCND (ransomware, medium) and into NCND (LFR, high)
    dict(auth="cbc", ref="CAS-26-000129", date="2026-02-03", recv="2026-01-06", regime="foia", style="interleaved",
         fmt="md", file="draft-cbc-cyber-frt-2026.md", title="Ransomware and facial recognition", ds="long", recvv=1,
         header="police", labels=("Question {n}", "Answer"),
         parts=[P([
             Q("p.cyber.ransomware", "In the last five years, how many times have your systems been hit by ransomware?",
               "released", fact="0", ans="None. The force has not experienced a ransomware attack in this period."),
             Q("p.cyber.ransompaid", "Has a ransom ever been paid by the force?", "ncnd", NCND),
             Q("p.cyber.training", "Is cyber training compulsory for your workforce?", "released", fact="yes",
               ans="Yes, all officers and staff must complete it every year."),
             Q("p.frt.live", "Does the force use live facial recognition (LFR) cameras?", "ncnd", NCND),
             Q("p.frt.retro", "How many retrospective facial recognition searches did the force run against the Police National Database in 2025?",
               "released", fact="2318", rolling=True, ans="2,318 searches."),
         ])]),
]
