"""Southmere Ambulance Service NHS Foundation Trust (ambulance trust)."""
from common import Q, P

AGENCIES_2024 = "Blue Light Locums Ltd; Crewline Healthcare Ltd; Paramedic Partners Ltd; Rapid Response Staffing Ltd"

HISTORY = [
    # 2018 agency staff, md, restate
    dict(auth="smas", ref="FOI/SMAS/18/0412", date="2018-07-09", recv="2018-06-11", regime="foia", style="restate",
         fmt="md", title="Agency staff", ds="long", recvv=0, key="{n}.", reflabel="Our reference:",
         parts=[P([
             Q("a.agency.spend", "Total expenditure on agency staff for 2015/16, 2016/17 and 2017/18.", "released",
               fact="2.1m/2.6m/3.3m", rolling=True, ans="2015/16: \u00a32.1m; 2016/17: \u00a32.6m; 2017/18: \u00a33.3m."),
             Q("a.agency.names", "The names of the staffing agencies used by the Trust.", "released",
               fact="Blue Light Locums Ltd; Medistaff UK Ltd; Paramedic Partners Ltd",
               ans="Blue Light Locums Ltd, Paramedic Partners Ltd and Medistaff UK Ltd."),
             Q("a.agency.cap", "The maximum hourly rate the Trust will pay for an agency paramedic.", "released",
               fact="55.00", ans="\u00a355.00 per hour."),
         ])]),

    # 2020 agency staff, docx table, bank spend look-alike added
    dict(auth="smas", ref="FOI/SMAS/20/0701", date="2020-09-28", recv="2020-08-31", regime="foia", style="table",
         fmt="docx", title="Temporary staffing", ds="long", recvv=2, reflabel="Our reference:",
         thead=("Question", "Trust response"),
         parts=[P([
             Q("a.agency.names", "Which agencies supplied temporary clinical staff to the Trust in 2019/20?", "released",
               fact="Blue Light Locums Ltd; Paramedic Partners Ltd", ans="Blue Light Locums Ltd; Paramedic Partners Ltd."),
             Q("a.agency.spend", "How much was spent on agency staff in 2019/20?", "released", fact="3.9m", rolling=True,
               ans="\u00a33.9m."),
             Q("a.bank.spend", "How much was spent on bank (internal staff bank) shifts in 2019/20?", "released",
               fact="5.1m", rolling=True, ans="\u00a35.1m."),
             Q("a.agency.cap", "Does the Trust apply a cap on agency hourly rates for paramedics? If so, what is it?",
               "released", fact="58.00", ans="Yes. The cap is \u00a358.00 per hour."),
         ])]),

    # 2021 cyber, html disclosure log, restate
    dict(auth="smas", ref="FOI 21-0388", date="2021-05-17", recv="2021-04-19", regime="foia", style="restate",
         fmt="html", title="Cyber security", ds="long", recvv=0, key="Response to question {n}:", reflabel="FOI reference:",
         parts=[P([
             Q("a.cyber.insurance", "Does the Trust have a cyber insurance policy?", "released", fact="no",
               ans="No. The Trust is a member of the NHS Resolution risk pooling schemes and does not hold separate cyber insurance."),
             Q("a.cyber.incidents", "How many cyber security incidents has the Trust reported to NHS Digital in the last 3 years?",
               "withheld", ["s31(1)(a)"]),
             Q("a.cyber.os", "Are any of the Trust's devices running an unsupported operating system, such as Windows 7?",
               "released", fact="yes; 38", ans="Yes. 38 devices run Windows 7 under an extended security update agreement and are being replaced."),
         ])]),

    # 2022 CAD contract, gs PDF
    dict(auth="smas", ref="FOI 22-0117", date="2022-02-14", recv="2022-01-17", regime="foia", style="restate",
         fmt="pdf-gs", title="Computer aided dispatch system", ds="long", recvv=0, key="{n}.", reflabel="Our ref:",
         req_intro=["Please provide the following details about the Trust's Computer Aided Dispatch (CAD) system contract:"],
         parts=[P([
             Q("a.cad.supplier", "CAD system supplier.", "released", fact="Orbis Dispatch Systems Ltd",
               ans="Orbis Dispatch Systems Ltd."),
             Q("a.cad.expiry", "Contract end date.", "released", fact="2027-03-31", ans="31 March 2027."),
             Q("a.cad.value", "Total contract value.", "withheld", ["s43(2)"]),
             Q("a.cad.owner", "Job title of the contract owner.", "released", fact="Head of EOC Systems",
               ans="Head of Emergency Operations Centre (EOC) Systems."),
         ])]),

    # 2022 agency staff, txt, answers out of order (hard)
    dict(auth="smas", ref="FOI 22-0604", date="2022-08-01", recv="2022-07-04", regime="foia", style="restate",
         fmt="txt", title="Agency and bank staff", ds="slash", recvv=0, key="In answer to point {n}:",
         order=[3, 1, 4, 2], reflabel="Our ref:",
         parts=[P([
             Q("a.agency.spend", "Agency staff spend for 2021/22.", "released", fact="5.6m", rolling=True,
               ans="the Trust spent \u00a35.6m on agency staff in 2021/22."),
             Q("a.bank.spend", "Bank staff spend for 2021/22.", "released", fact="4.8m", rolling=True,
               ans="bank spend in 2021/22 was \u00a34.8m."),
             Q("a.agency.names", "The agencies the Trust used.", "released",
               fact="Blue Light Locums Ltd; Paramedic Partners Ltd; Rapid Response Staffing Ltd",
               ans="Blue Light Locums Ltd, Paramedic Partners Ltd and Rapid Response Staffing Ltd."),
             Q("a.agency.cap", "The hourly rate cap applied to agency paramedics.", "released", fact="62.00",
               ans="the cap is \u00a362.00 an hour."),
         ])]),

    # 2023 cyber, md interleaved
    dict(auth="smas", ref="FOI 23-0201", date="2023-03-06", recv="2023-02-06", regime="foia", style="interleaved",
         fmt="md", title="Cyber security and unsupported software", ds="ordinal", recvv=0, labels=("Question {n}", "Response"),
         reflabel="FOI reference:",
         parts=[P([
             Q("a.cyber.os", "Please confirm whether any Trust computers still use an operating system that is no longer supported by its vendor.",
               "withheld", ["s31(1)(a)"]),
             Q("a.cyber.incidents", "Number of cyber incidents reported via the Data Security and Protection Toolkit in 2022.",
               "withheld", ["s31(1)(a)"]),
             Q("a.cyber.training", "What percentage of staff have completed Data Security Awareness training?", "released",
               fact="96%", rolling=True, ans="96% as at 31 January 2023."),
         ])]),

    # 2023 fleet, soffice PDF table
    dict(auth="smas", ref="FOI 23-0815", date="2023-10-23", recv="2023-09-25", regime="foia", style="table",
         fmt="pdf-soffice", title="Ambulance fleet", ds="long", recvv=0, reflabel="FOI reference:",
         parts=[P([
             Q("a.fleet.dca", "Number of double-crewed ambulances (DCAs) in the fleet.", "released", fact="186", ans="186"),
             Q("a.fleet.rrv", "Number of rapid response vehicles (RRVs) in the fleet.", "released", fact="74", ans="74"),
             Q("a.fleet.age", "Average age of the DCA fleet.", "released", fact="5.1 years", ans="5.1 years"),
             Q("a.fleet.ev", "How many fully electric ambulances does the Trust operate?", "released", fact="2",
               ans="2 (on trial at Southmere and Kingsfold stations)."),
             Q("a.fleet.converter", "Which company converts or builds the Trust's ambulances?", "released",
               fact="Venton Coachworks Ltd", ans="Venton Coachworks Ltd."),
         ])]),

    # 2024 agency staff, html You asked; bank question dropped; highest-rate look-alike added
    dict(auth="smas", ref="SMAS-FOI-24-0093", date="2024-02-05", recv="2024-01-08", regime="foia", style="youasked",
         fmt="html", title="Agency workers", ds="long", recvv=0, reflabel="Reference:",
         parts=[P([
             Q("a.agency.spend", "Please tell me the Trust's spend on agency workers for each of the last three financial years.",
               "released", fact="4.4m/5.6m/6.2m", rolling=True, ans="2020/21: \u00a34.4m; 2021/22: \u00a35.6m; 2022/23: \u00a36.2m."),
             Q("a.agency.names", "Please list the agencies from which the Trust bought staff over the same period.", "released",
               fact=AGENCIES_2024, ans="Blue Light Locums Ltd; Paramedic Partners Ltd; Rapid Response Staffing Ltd; Crewline Healthcare Ltd."),
             Q("a.agency.cap", "What is the highest hourly rate the Trust permits to be paid for an agency paramedic under its rate cap?",
               "released", fact="62.00", ans="\u00a362.00 per hour."),
             Q("a.agency.highestpaid", "What was the highest hourly rate actually paid to an agency paramedic in 2022/23?",
               "released", fact="71.40", rolling=True, ans="\u00a371.40 per hour (a shift authorised above the cap during the winter escalation period)."),
         ])]),

    # 2024 cyber, docx table; OS question dropped
    dict(auth="smas", ref="SMAS-FOI-24-0702", date="2024-09-16", recv="2024-08-19", regime="foia", style="table",
         fmt="docx", title="Cyber attacks and insurance", ds="long", recvv=0, reflabel="Reference:",
         parts=[P([
             Q("a.cyber.incidents", "How many cyber attacks has the Trust experienced in the last 12 months?", "withheld",
               ["s31(1)(a)"]),
             Q("a.cyber.insurance", "Does the Trust hold cyber insurance?", "released", fact="no",
               ans="No. Cover is provided through NHS Resolution schemes."),
             Q("a.cyber.spend", "How much did the Trust spend on cyber security in 2023/24?", "released", fact="412000",
               rolling=True, ans="\u00a3412,000."),
         ])]),

    # 2024 unrelated: assaults on staff
    dict(auth="smas", ref="SMAS-FOI-24-0911", date="2024-11-11", recv="2024-10-14", regime="foia", style="interleaved",
         fmt="txt", title="Violence against staff", ds="long", recvv=0, labels=("{n}.", "Response:"), reflabel="Reference:",
         parts=[P([
             Q("a.assault.count", "How many physical assaults on ambulance staff were reported in 2023/24?", "released",
               fact="412", rolling=True, ans="412."),
             Q("a.assault.prosecutions", "How many of those resulted in a prosecution?", "not_held",
               ans="The Trust does not hold this information; outcomes of criminal proceedings are held by the police and the Crown Prosecution Service."),
         ])]),
]

DRAFTS = [
    # newly_withheld via cost refusal; partly_withheld; answer_changed (cap); held_status_changed high (bank)
    dict(auth="smas", ref="SMAS-FOI-25-0488", date="2025-06-30", recv="2025-06-02", regime="foia", style="interleaved",
         fmt="docx", file="draft-smas-agency-2025.docx", title="Agency and bank staffing", ds="long", recvv=0,
         labels=("Question {n}:", "Response:"), reflabel="Reference:",
         parts=[P([
             Q("a.agency.spend", "Amount spent on agency staff, broken down by staff group, for each year since 2019/20.",
               "refused", ["s12(1)"], rolling=True,
               ans="We are unable to answer this question. Agency invoices are not coded by staff group, and identifying the staff group for each of around 9,000 invoices at 2 minutes each would take some 300 hours, well beyond the appropriate limit of 18 hours (\u00a3450). Section 12(1) therefore applies to this question."),
             Q("a.agency.names", "Names of all agencies supplying staff to the Trust.", "partially_released", ["s43(2)"],
               fact=AGENCIES_2024,
               ans="Agencies engaged through national frameworks: Blue Light Locums Ltd, Crewline Healthcare Ltd, Paramedic Partners Ltd and Rapid Response Staffing Ltd. The names of two off-framework suppliers are withheld under section 43(2) (commercial interests)."),
             Q("a.agency.cap", "Rate cap for agency paramedics (\u00a3 per hour).", "released", fact="68.00",
               ans="\u00a368.00 per hour from 1 April 2025."),
             Q("a.bank.spend", "Spend on the Trust's internal staff bank in 2024/25.", "not_held", rolling=True,
               ans="The Trust does not hold this information. Since April 2024 bank shifts have been engaged through the regional collaborative bank hosted by another trust, which holds the spend data."),
         ])]),

    # newly_released (unsupported OS); the rest consistent
    dict(auth="smas", ref="SMAS-FOI-25-0790", date="2025-10-14", recv="2025-09-16", regime="foia", style="restate",
         fmt="txt", file="draft-smas-cyber-cad-2025.txt", title="Cyber security and CAD contract", ds="ordinal",
         recvv=0, key="{n}.", reflabel="Our reference:",
         parts=[P([
             Q("a.cyber.os", "Do any Trust devices run an operating system that has reached end of support? If so, how many?",
               "released", fact="yes; 14", ans="Yes. 14 devices, all isolated from the main network, are due for replacement by March 2026."),
             Q("a.cyber.incidents", "How many cyber incidents were reported to NHS England in the last two years?",
               "withheld", ["s31(1)(a)"]),
             Q("a.cyber.insurance", "Is the Trust covered by a commercial cyber insurance policy?", "released", fact="no",
               ans="No."),
         ], title="Part 1 \u2013 Cyber security"),
             P([
             Q("a.cad.supplier", "Who provides your CAD system?", "released", fact="Orbis Dispatch Systems Ltd",
               ans="Orbis Dispatch Systems Ltd."),
             Q("a.cad.expiry", "When does the CAD contract come to an end?", "released", fact="2027-03-31",
               ans="31/03/2027."),
             Q("a.cad.value", "What is the value of the CAD contract?", "withheld", ["s43(2)"]),
         ], title="Part 2 \u2013 Computer aided dispatch (CAD)")]),

    # bare incoming request: questions only
    dict(auth="smas", ref="SMAS-FOI-26-0161", date="2026-03-02", recv="2026-03-02", regime="foia", style="bare",
         fmt="txt", file="request-smas-fleet-2026.txt", title="ambulance fleet", ds="weekday",
         requester="Jordan Pike <jordan.pike@example.org>", bare=True,
         req_intro=["Under the Freedom of Information Act 2000, please provide the following information about the Trust's vehicle fleet:"],
         parts=[P([
             Q("a.fleet.ev", "How many of the Trust's ambulances are fully electric?", "unknown"),
             Q("a.fleet.dca", "What is the total number of front-line emergency ambulances (double-crewed) in the fleet?", "unknown"),
             Q("a.fleet.age", "What is the average age, in years, of those ambulances?", "unknown"),
             Q("a.fleet.chargers", "How many electric vehicle charging points has the Trust installed at its ambulance stations?", "unknown"),
             Q("a.fleet.converter", "Which company builds or converts the Trust's ambulances?", "unknown"),
         ])]),
]
