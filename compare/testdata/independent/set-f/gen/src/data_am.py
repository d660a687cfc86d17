"""Western Dales Ambulance Service NHS Foundation Trust (England): FOIA."""
from model import Q, Part, Letter

NCND_RANSOM = ("The Trust neither confirms nor denies whether it holds information of the description specified in "
               "this question, by virtue of sections 24(2) (national security) and 31(3) (law enforcement) of the "
               "Freedom of Information Act 2000. Confirming or denying whether a particular attack has affected the "
               "Trust would indicate where the NHS may be vulnerable. This should not be taken as an indication that "
               "the information you have requested does or does not exist.")

S31_SYS = ("Withheld under section 31(1)(a) of the Freedom of Information Act 2000 (prevention or detection of "
           "crime). Identifying the systems affected would reveal which parts of the Trust's infrastructure have "
           "proved vulnerable and would assist those intent on attacking them. The public interest in maintaining "
           "the exemption outweighs that in disclosure.")

LETTERS = []
A = LETTERS.append

# ---------------------------------------------------------------- body-worn video
A(Letter("am-bwv-2021", "AM", "FOI-2021-0388", "2021-05-25", "foia", "interleaved", "pdf-soffice",
    "Body worn video cameras", received="2021-04-27",
    intro=["Thank you for your request for information, received on {received}. Western Dales Ambulance Service NHS "
           "Foundation Trust holds the information you have requested, and our answers are below."],
    parts=[
        Q("am.bwv.count", "How many body-worn video cameras has the Trust purchased for frontline staff?",
          fact="600", ans="600 cameras, following the 2020 pilot."),
        Q("am.bwv.supplier", "Who is the supplier of these cameras?", fact="reveal",
          ans="Reveal Media Ltd, purchased through the NHS Supply Chain framework."),
        Q("am.bwv.unit_cost", "What is the cost per camera?", fact="199", ans="£199 per unit, excluding VAT."),
        Q("am.bwv.retention", "How long is footage retained?", fact="31d",
          ans="31 days, unless it is marked as evidence."),
        Q("am.bwv.police", "How many times has body-worn video footage been provided to the police?", fact="17",
          ans="On 17 occasions since the cameras were introduced."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "Question {n}: ", "al": "Response: "}))

A(Letter("am-bwv-2023", "AM", "FOI-2023-0912", "2023-07-11", "foia", "table", "docx",
    "Body worn cameras", received="2023-06-13",
    intro=["Thank you for your request received on {received}. Please see our response in the table below."],
    parts=[
        Q("am.bwv.count", "Number of body worn cameras in use", fact="1050", ans="1,050"),
        Q("am.bwv.unit_cost", "Unit price paid per camera (excluding VAT)", fact="214",
          ans="£214, including a share of the docking station."),
        Q("am.bwv.police", "Number of occasions footage has been shared with police forces in 2022/23", fact="63",
          ans="63"),
        Q("am.bwv.retention", "Standard retention period for footage not required as evidence", fact="31d",
          ans="31 days."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "cols": 2, "hdr": ("Question", "Trust response")}))

A(Letter("am-bwv-2024", "AM", "WDAS-FOI-24-0419", "2024-04-30", "foia", "restate_numbered", "txt",
    "Body-worn video", received="2024-04-02",
    intro=["Thank you for your request received on {received}. We note that this request follows your earlier "
           "request, our reference FOI-2023-0912."],
    parts=[
        Q("am.bwv.supplier", "Please confirm the manufacturer or supplier of your body-worn cameras.",
          fact="reveal", ans="Reveal Media Ltd."),
        Q("am.bwv.unit_cost", "How much did the Trust pay per camera?", fact="214", ans="£214 per camera (ex VAT)."),
        Q("am.bwv.police", "How many times was footage disclosed to the police between April 2023 and March 2024?",
          fact="88", ans="88."),
        Q("am.bwv.retention", "What is the retention period for recordings?", fact="31d",
          ans="Footage is automatically deleted after 31 days unless it has been flagged."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "resp_head": "Trust response"}))

A(Letter("am-bwv-2025", "AM", "WDAS-FOI-25-0988", "2025-09-30", "foia", "youasked", "html",
    "Body worn cameras - supplier and costs", received="2025-09-02",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("am.bwv.supplier", "Who supplies the Trust's body worn cameras?", fact="motorola",
          ans="Motorola Solutions UK Ltd, following a re-procurement in summer 2025."),
        Q("am.bwv.unit_cost", "What is the unit cost of a camera under the new contract?", "withheld", ["s43(2)"],
          ans="Withheld under section 43(2) (commercial interests). Unit pricing under the new contract was submitted "
              "in confidence and disclosure would be likely to prejudice the supplier's commercial interests."),
        Q("am.bwv.police", "How many times in 2024/25 was footage passed to the police?", "not_held",
          ans="The Trust does not hold this information: disclosures to the police are not recorded as a separate "
              "category on the evidence management system."),
        Q("am.bwv.count", "How many cameras are now in use?", fact="1200", ans="1,200."),
    ],
    opts={"meta": "foiref", "datestyle": "long",
          "log_date": "Published 7 October 2025 | Reference WDAS-FOI-25-0988"}))

# ---------------------------------------------------------------- agency paramedics
A(Letter("am-agency-2020", "AM", "FOI/WDAS/20/0102", "2020-02-18", "foia", "decision", "txt",
    "Agency paramedic expenditure", received="2020-01-21",
    intro=["I refer to your request for information received on {received}."],
    parts=[
        Q("am.agency.breakdown", "Please provide the Trust's total spend on agency paramedics in 2018/19, broken "
          "down by agency.", fact="1840000",
          ans="Total £1,840,000: Medacs Healthcare £912,000; Thornbury Nursing Services £604,000; HCL Workforce "
              "Solutions £324,000."),
        Q("am.agency.rate", "What is the highest hourly rate paid for an agency paramedic?", fact="58.20",
          ans="£58.20 per hour (bank holiday rate)."),
        Q("am.agency.bank", "How many paramedics are registered on the Trust's staff bank?", fact="214",
          ans="214."),
    ],
    opts={"meta": "foiref", "datestyle": "ord",
          "dec_open": "Your request has been considered and I can confirm that the Trust holds the information you "
                      "asked for. It is provided in full."}))

A(Letter("am-agency-2022", "AM", "FOI-2022-0215", "2022-03-08", "foia", "table", "pdf-chromium",
    "Agency paramedics", received="2022-02-08",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("am.agency.breakdown", "Agency paramedic expenditure 2020/21: total and by agency", fact="2310000",
          ans="£2.31m in total - Medacs Healthcare £1.22m; Thornbury Nursing Services £0.71m; HCL Workforce "
              "Solutions £0.38m."),
        Q("am.agency.rate", "Highest hourly rate paid to an agency paramedic", "withheld", ["s43(2)"],
          ans="Withheld under section 43(2) (commercial interests). Rates are set under a regional framework and "
              "disclosure would be likely to prejudice the Trust's ability to negotiate."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "cols": 3, "hdr": ("No.", "Request", "Response")}))

A(Letter("am-agency-2024", "AM", "WDAS-FOI-24-0077", "2024-01-23", "foia", "interleaved", "md",
    "Agency paramedic spend 2022/23", received="2023-12-19",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("am.agency.breakdown", "How much did the Trust spend on agency paramedics in 2022/23, and how much of that "
          "went to each agency?", fact="3046500",
          ans="£3,046,500 in total. By agency: Medacs Healthcare £1,604,000; Thornbury Nursing Services £918,500; "
              "HCL Workforce Solutions £524,000."),
        Q("am.agency.rate", "What was the maximum hourly rate paid?", "withheld", ["s43(2)"],
          ans="This is withheld under section 43(2) of the Act (commercial interests), for the reasons given in our "
              "earlier responses: rates are negotiated under a regional framework."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "Request {n}: ", "al": "Response: "}))

# ---------------------------------------------------------------- fleet
A(Letter("am-fleet-2023", "AM", "FOI-2023-0340", "2023-03-21", "foia", "youasked", "pdf-gs",
    "Ambulance fleet", received="2023-02-21",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("am.fleet.dca_count", "How many double crewed ambulances are in your fleet?", fact="412", ans="412."),
        Q("am.fleet.converter", "Who is your vehicle conversion (coachbuilder) supplier?", fact="venari",
          ans="Venari Group."),
        Q("am.fleet.over7", "How many of your double crewed ambulances are more than seven years old?", fact="61",
          ans="61."),
    ],
    opts={"meta": "foiref", "datestyle": "long"}))

# ---------------------------------------------------------------- cyber
A(Letter("am-cyber-2020", "AM", "FOI/WDAS/20/0311", "2020-05-19", "foia", "decision", "pdf-soffice",
    "Cyber security", received="2020-04-21",
    intro=["I refer to your request for information received on {received}."],
    parts=[
        Q("cyber.ransomware", "Has the Trust been the victim of a ransomware attack in the past two years?", "ncnd",
          ["s24(2)", "s31(3)"],
          dec="In respect of question 1, the Trust neither confirms nor denies whether it holds the information, by "
              "virtue of sections 24(2) and 31(3) of the Freedom of Information Act 2000. This should not be taken "
              "as an indication that the information requested does or does not exist."),
        Q("cyber.systems", "Which of the Trust's systems were affected by cyber security incidents reported to NHS "
          "Digital in 2019?", "withheld", ["s31(1)(a)"],
          dec="The information requested at question 2 is held but is withheld under section 31(1)(a) of the Act "
              "(law enforcement)."),
        Q("cyber.training", "Is cyber security training mandatory for Trust staff?", fact="yes",
          ans="Yes - it forms part of the annual Data Security Awareness training required of all staff."),
    ],
    harm=["Harm and public interest: the NHS is a known target for cyber crime. Information about which systems have "
          "been affected, or whether a particular form of attack has succeeded, would help criminals to target "
          "the Trust and other NHS bodies. Although there is a public interest in openness about the security of "
          "patient data, the public interest in protecting emergency services from disruption is very strong, and "
          "in our view outweighs it."],
    opts={"meta": "foiref", "datestyle": "long",
          "rest_lead": "The answer to question 3 is provided below."}))

A(Letter("am-cyber-2022", "AM", "FOI-2022-0987", "2022-11-15", "foia", "interleaved", "html",
    "Cyber incidents and ransomware", received="2022-10-18",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("cyber.ransomware", "Has the Trust experienced a ransomware attack since 2020?", "ncnd",
          ["s24(2)", "s31(3)"], ans=NCND_RANSOM),
        Q("cyber.systems", "What systems were affected by the cyber incidents the Trust reported in 2021/22?",
          "withheld", ["s31(1)(a)"], ans=S31_SYS),
        Q("cyber.training", "Do staff have to undertake cyber security training?", fact="yes", ans="Yes."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "Question {n}\n", "al": "Response\n",
          "log_date": "FOI-2022-0987 | Information technology | Released 15 November 2022"}))

A(Letter("am-cyber-2024", "AM", "WDAS-FOI-24-0520", "2024-06-04", "foia", "restate_numbered", "docx",
    "Ransomware and cyber incidents", received="2024-05-07",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("cyber.ransomware", "Has the Trust been affected by ransomware in the last 24 months?", "ncnd",
          ["s24(2)", "s31(3)"], ans=NCND_RANSOM),
        Q("cyber.systems", "Please list the systems affected by any cyber incident reported since April 2022.",
          "withheld", ["s31(1)(a)"], ans=S31_SYS),
        Q("cyber.training", "Is cyber or data security training compulsory?", fact="yes", ans="Yes, annually."),
    ],
    opts={"meta": "foiref", "datestyle": "long"}))

# ---------------------------------------------------------------- unrelated
A(Letter("am-handover-2023", "AM", "FOI-2023-1104", "2023-10-17", "foia", "table", "md",
    "Hospital handover delays", received="2023-09-19",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("am.handover.hours", "Total hours lost to handover delays of more than 60 minutes at each acute hospital in "
          "2022/23", fact="21950",
          ans="Skelbeck General 9,840; Fellside Royal 7,215; Dalesmouth Infirmary 4,895 (total 21,950 hours)."),
        Q("am.handover.longest", "Longest single handover delay in 2022/23", fact="11h42",
          ans="11 hours 42 minutes."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "cols": 2}))

# ================================================================= drafts
A(Letter("am-bwv-draft", "AM", "WDAS-FOI-25-0731", "2025-07-22", "foia", "youasked", "pdf-chromium",
    "Body worn video", received="2025-06-24", draft=True,
    fname="wdas-body-worn-video-draft.pdf",
    intro=["Thank you for your request received on {received}. You previously asked similar questions (our "
           "reference WDAS-FOI-24-0419); our answers to this request are set out below."],
    parts=[
        Q("am.bwv.supplier", "Who supplies the body-worn cameras used by Trust crews?", fact="reveal",
          ans="Reveal Media Ltd."),
        Q("am.bwv.unit_cost", "What is the unit cost of each camera?", "withheld", ["s43(2)"],
          ans="The Trust is re-procuring its body-worn video service and unit pricing forms part of the evaluation. "
              "Disclosure now would be likely to prejudice the commercial interests of the Trust and of bidders, so "
              "this information is withheld under section 43(2) of the Freedom of Information Act 2000. We have "
              "considered the public interest and concluded that it favours withholding the information until the "
              "contract has been awarded."),
        Q("am.bwv.police", "How many times in 2024/25 was body-worn video footage handed to the police?", "not_held",
          ans="The Trust does not hold this information. Since the evidence management system was replaced in April "
              "2024, disclosures to the police are not recorded as a separate category."),
        Q("am.bwv.retention", "How long does the Trust retain footage?", fact="31d",
          ans="Thirty-one days, unless it is required as evidence."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "labels": ("REQUEST", "RESPONSE")}))

A(Letter("am-agency-draft", "AM", "WDAS-FOI-25-0466", "2025-05-13", "foia", "decision", "docx",
    "Agency paramedics and ambulance fleet", received="2025-04-15", draft=True,
    fname="wdas-agency-fleet-draft.docx",
    intro=["I refer to your request for information received on {received}."],
    parts=[
        Q("am.agency.breakdown", "Please give the total spent on agency paramedics in 2023/24 and the amount paid to "
          "each agency.", "partially_released", ["s43(2)"], fact="2780000",
          ans="Total spend in 2023/24 was £2,780,000. The breakdown by individual agency is withheld under section "
              "43(2) (commercial interests): the regional framework was re-let in 2024 and agency-level spend would "
              "reveal the share of work, and so the pricing, of each supplier."),
        Q("am.agency.rate", "Please state the highest hourly rate paid to an agency paramedic.", "withheld",
          ["s43(2)"]),
        Q("am.fleet.dca_count", "How many double-crewed ambulances (DCAs) does the Trust currently have in its fleet?",
          fact="388", ans="388."),
        Q("am.fleet.converter", "Which company converts the Trust's ambulances?", fact="venari", ans="Venari."),
    ],
    harm=["Section 43(2) is a qualified exemption. Disclosing agency rates and agency-level spend would be likely to "
          "prejudice the Trust's position in negotiations under the regional framework and the commercial "
          "interests of the agencies. The public interest in value for money is served by publishing total "
          "spend, which we have done; on balance the public interest favours withholding the rest."],
    opts={"meta": "foiref", "datestyle": "long", "akey": "Question {n}: ",
          "dec_open": "Your request has been considered and the Trust holds the information requested."}))

A(Letter("am-cyber-draft", "AM", "WDAS-FOI-26-0212", "2026-03-03", "foia", "interleaved", "md",
    "Ransomware and cyber incidents", received="2026-02-03", draft=True,
    fname="wdas-cyber-draft.md",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("cyber.ransomware", "Has the Trust been affected by a ransomware attack since 2022?", fact="yes",
          ans="Yes. In August 2022 the Trust's NHS 111 and out-of-hours services were affected by the ransomware "
              "attack on a software supplier used across the NHS. The attack has been widely reported, and the Trust "
              "no longer considers that confirming its involvement would prejudice security."),
        Q("cyber.systems", "Which systems were affected by cyber incidents reported by the Trust since 2022?",
          "withheld", ["s24(1)"],
          ans="Withheld under section 24(1) of the Freedom of Information Act 2000 (national security). Following "
              "guidance from NHS England and the National Cyber Security Centre, details of affected systems are "
              "treated as information required for safeguarding national security; the public interest favours "
              "withholding."),
        Q("cyber.training", "Is cyber security training compulsory for staff?", fact="yes",
          ans="Yes - annual Data Security Awareness training is mandatory."),
    ],
    opts={"meta": "foiref", "datestyle": "long", "ql": "Question {n}: ", "al": "Response: "}))
