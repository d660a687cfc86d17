"""University of Eastmoor: FOIA."""
from model import Q, L

A = "UOE"
AGENT_LIST = ("The list of our approved overseas representatives is published at "
              "https://www.eastmoor.ac.uk/international/agents. As the information is reasonably "
              "accessible to you, section 21 of the Act applies.")
AGENT_CODE = ("Yes. Agents must follow our Agent Code of Conduct, published at "
              "https://www.eastmoor.ac.uk/international/agent-code (section 21 applies).")
S43 = ("This information is withheld under section 43(2) of the Act (commercial interests). International "
       "recruitment is highly competitive, and releasing it would be likely to prejudice the University's "
       "position. The public interest in withholding outweighs that in disclosure.")
S40_SENIOR = ("Withheld under section 40(2). Given the small numbers involved, individuals could be "
              "identified, and disclosure would breach the data protection principles.")

HISTORY = [
    # ---------------------------------------------------------------- Agents 2017
    L("uoe-2017-agents", A, "FOI 063/17", "2017-03-27", received="2017-02-27", fmt="txt", style="restate",
      title="International student recruitment agents", datefmt=1,
      extra=dict(lead="You asked for the following information:", labels=1),
      parts=[[
          Q("agents.count", "How many international student recruitment agents does the University currently "
            "contract with?", "released", fact="46", ans="46."),
          Q("agents.commission", "What was the total commission paid to agents in the last complete "
            "financial year?", "released", fact="1200000", ans="£1.2m in 2015/16."),
          Q("agents.rate", "What percentage commission do agents receive?", "released", fact="10%",
            ans="Typically 10% of the first-year tuition fee."),
          Q("agents.names", "Please list the agents' names.", "released",
            ans="Please see the attached list."),
          Q("agents.countries", "In which countries do the agents operate?", "released",
            ans="China, India, Nigeria, Pakistan, Malaysia and Vietnam, among others (see the attached "
                "list)."),
      ]]),
    # ---------------------------------------------------------------- SRS/VLE 2018 (parts restart, pdf)
    L("uoe-2018-systems", A, "FOI 141/18", "2018-06-18", received="2018-05-21", fmt="pdf-soffice",
      style="interleaved", title="Student records and virtual learning environment contracts", datefmt=0,
      part_titles=["Part 1 – Student records system", "Part 2 – Virtual learning environment"],
      extra=dict(labels=1),
      parts=[[
          Q("sr.supplier", "Supplier: who supplies the system?", "released", fact="tribune",
            ans="Tribune Campus Systems."),
          Q("sr.expiry", "Contract expiry: when does the current contract expire?", "released",
            fact="2021-07-31", ans="31 July 2021."),
          Q("sr.cost", "Annual cost: what is the annual cost of the contract?", "released", fact="185000",
            ans="£185,000."),
          Q("sr.hosting", "Hosting: is the system hosted on premises or in the cloud?", "released",
            fact="on-prem", ans="On premises."),
      ], [
          Q("vle.supplier", "Supplier: who supplies the system?", "released", fact="kettleby",
            ans="Kettleby Digital Ltd."),
          Q("vle.expiry", "Contract expiry: when does the current contract expire?", "released",
            fact="2020-08-31", ans="31 August 2020."),
          Q("vle.cost", "Annual cost: what is the annual cost of the contract?", "released", fact="42000",
            ans="£42,000."),
          Q("vle.hosting", "Hosting: is the system hosted on premises or in the cloud?", "released",
            fact="cloud", ans="In the cloud, hosted by the supplier."),
      ]]),
    # ---------------------------------------------------------------- NDAs 2019 (html)
    L("uoe-2019-nda", A, "FOI 052/19", "2019-02-25", received="2019-01-28", fmt="html", style="youasked",
      title="Settlement agreements", datefmt=0,
      parts=[[
          Q("nda.count", "How many settlement agreements containing confidentiality clauses were signed with "
            "departing staff in each of the last three academic years?", "released",
            ans="2015/16: 4; 2016/17: 6; 2017/18: 5."),
          Q("nda.value", "What was the total value of payments made under those agreements?", "released",
            ans="£412,000 across the three years."),
          Q("nda.approval", "Who approves settlement agreements?", "released", fact="hr director",
            ans="The Director of Human Resources, with the Chief Financial Officer for payments above "
                "£50,000."),
      ]]),
    # ---------------------------------------------------------------- Agents 2019 (docx)
    L("uoe-2019-agents", A, "FOI 298/19", "2019-11-11", received="2019-10-14", fmt="docx",
      style="youasked", title="Overseas agents", datefmt=0,
      parts=[[
          Q("agents.names", "A list of all overseas agents the university uses.", "released", ex=["s21"],
            ans=AGENT_LIST),
          Q("agents.count", "How many agents that is.", "released", fact="52", ans="52."),
          Q("agents.commission", "The total commission paid to agents in 2018/19.", "released",
            fact="1650000", ans="£1,650,000."),
          Q("agents.rate", "The commission rate paid.", "withheld", ex=["s43(2)"], ans=S43),
          Q("agents.complaints", "The number of complaints made about agents in the last three years.",
            "not_held", ans="The University does not hold this information; complaints about agents are "
                            "not recorded separately from other admissions complaints."),
      ]]),
    # ---------------------------------------------------------------- SRS/VLE 2021 (merged list)
    L("uoe-2021-systems", A, "FOI-UEM-2021-0114", "2021-04-12", received="2021-03-15", fmt="txt",
      style="interleaved", title="Student record system and VLE", datefmt=4, extra=dict(labels=0),
      parts=[[
          Q("sr.supplier", "Which company provides your student record system (SRS)?", "released",
            fact="tribune", ans="Tribune Campus Systems."),
          Q("sr.expiry", "When does the SRS contract end?", "released", fact="2024-07-31",
            ans="31 July 2024."),
          Q("sr.cost", "What is the annual SRS licence and support cost?", "withheld", ex=["s43(2)"],
            ans="Withheld under section 43(2) (commercial interests): the contract is being renegotiated "
                "and release would prejudice the University's negotiating position. The public interest "
                "favours withholding."),
          Q("sr.tickets", "How many support calls has the University logged with the SRS supplier in the "
            "last three years?", "released", fact="1102", ans="1,102."),
          Q("vle.supplier", "Which company provides your VLE?", "released", fact="kettleby",
            ans="Kettleby Digital Ltd."),
          Q("vle.expiry", "When does the VLE contract end?", "released", fact="2023-08-31",
            ans="31 August 2023."),
          Q("vle.cost", "What is the annual VLE cost?", "released", fact="44500", ans="£44,500."),
          Q("sr.hosting", "Is the SRS hosted on site or in the cloud?", "released", fact="on-prem",
            ans="On site, in the University's data centre."),
      ]]),
    # ---------------------------------------------------------------- NDAs 2022 (gs pdf)
    L("uoe-2022-nda", A, "FOI-UEM-2022-0023", "2022-01-17", received="2021-12-13", fmt="pdf-gs",
      style="restate", title="Non-disclosure agreements", datefmt=0, extra=dict(labels=0),
      parts=[[
          Q("nda.count", "The number of settlement or non-disclosure agreements signed with staff leaving "
            "the University in each of the last three years.", "released",
            ans="2018/19: 8; 2019/20: 10; 2020/21: 6."),
          Q("nda.senior", "How many of these were with senior staff (professor or director grade)?",
            "withheld", ex=["s40(2)"], ans=S40_SENIOR),
          Q("nda.value", "The total amount paid under them.", "released", ans="£455,300."),
      ]]),
    # ---------------------------------------------------------------- Agents 2023 (html)
    L("uoe-2023-agents", A, "FOI-UEM-2023-0061", "2023-02-06", received="2023-01-09", fmt="html",
      style="interleaved", title="International recruitment agents", datefmt=0, extra=dict(labels=1),
      parts=[[
          Q("agents.count", "Number of agents currently contracted.", "released", fact="61", ans="61."),
          Q("agents.names", "Names of those agents.", "released", ex=["s21"], ans=AGENT_LIST),
          Q("agents.commission", "Total paid in agent commission in 2021/22.", "withheld", ex=["s43(2)"],
            ans=S43),
          Q("agents.rate", "Commission rate(s).", "withheld", ex=["s43(2)"], ans=S43),
          Q("agents.contact", "Job title of the person who manages the agent network.", "released",
            fact="head of international recruitment", ans="Head of International Recruitment."),
          Q("agents.complaints", "Number of complaints about agents.", "not_held",
            ans="Not held – such complaints are not categorised separately."),
          Q("agents.dd", "Do you have a code of practice for agents?", "released", ex=["s21"],
            ans=AGENT_CODE),
      ]]),
    # ---------------------------------------------------------------- SRS/VLE 2023 (table, parts)
    L("uoe-2023-systems", A, "FOI-UEM-2023-0377", "2023-09-25", received="2023-08-29",
      fmt="pdf-chromium", style="table", title="Student systems contracts", datefmt=3,
      part_titles=["Student records system", "Virtual learning environment"],
      extra=dict(numcol=False),
      parts=[[
          Q("sr.supplier", "Supplier name", "released", fact="tribune", ans="Tribune Campus Systems"),
          Q("sr.hosting", "Hosting arrangement", "released", fact="cloud",
            ans="Supplier-hosted cloud (SaaS) since 2022"),
          Q("sr.expiry", "Contract end date", "released", fact="2026-07-31", ans="31/07/2026"),
          Q("sr.cost", "Annual cost", "withheld", ex=["s43(2)"],
            ans="Withheld – section 43(2), commercial interests"),
          Q("sr.tickets", "Number of support tickets raised with the supplier in the last three years",
            "released", fact="1284", ans="1,284"),
      ], [
          Q("vle.supplier", "Supplier name", "released", fact="kettleby", ans="Kettleby Digital Ltd"),
          Q("vle.hosting", "Hosting arrangement", "released", fact="cloud", ans="Cloud (supplier hosted)"),
          Q("vle.expiry", "Contract end date", "released", fact="2025-08-31", ans="31/08/2025"),
          Q("vle.cost", "Annual cost", "released", fact="46000", ans="£46,000"),
      ]]),
    # ---------------------------------------------------------------- NDAs 2024 (md table)
    L("uoe-2024-nda", A, "FOI-UEM-2024-0402", "2024-10-07", received="2024-09-09", fmt="md", style="table",
      title="Settlement agreements 2021-2024", datefmt=0, extra=dict(numcol=True),
      parts=[[
          Q("nda.count", "Number of settlement agreements with confidentiality clauses in each of 2021/22, "
            "2022/23 and 2023/24", "released", fact="9,11,7", ans="2021/22: 9; 2022/23: 11; 2023/24: 7"),
          Q("nda.value", "Total value of payments under those agreements", "released", fact="388500",
            ans="£388,500 over the three years"),
          Q("nda.senior", "How many were with staff at professor grade or above", "withheld",
            ex=["s40(2)"], ans=S40_SENIOR),
          Q("nda.harassment", "How many related to complaints of sexual harassment or misconduct",
            "not_held", ans="Not held – the reason for a settlement is not recorded centrally"),
          Q("nda.pledge", "Has the University signed the pledge not to use NDAs in harassment cases?",
            "released", fact="yes", ans="Yes, in 2022"),
      ]]),
]

DRAFTS = [
    # ---------------------------------------------------------------- Draft: agents 2025
    L("UOE-draft-agents-2025.md", A, "FOI-UEM-2025-0098", "2025-03-10", received="2025-02-10", fmt="md",
      style="restate", title="Education agents", datefmt=0, draft=True,
      extra=dict(labels=1, lead="You asked:"),
      parts=[[
          Q("agents.count", "How many overseas education agents are currently under contract with the "
            "University?", "released", fact="61", ans="Sixty-one."),
          Q("agents.names", "Please name them.", "withheld", ex=["s43(2)"],
            ans="We are withholding the names under section 43(2) (commercial interests). Competitor "
                "institutions use published agent lists to target our partners; the public interest "
                "favours withholding."),
          Q("agents.commission", "What was the total commission paid to agents in the last financial year?",
            "withheld", ex=["s43(2)"], ans=S43),
          Q("agents.rate", "What commission rate do you pay?", "withheld", ex=["s43(2)"],
            ans="Withheld under section 43(2), for the reasons given above."),
          Q("agents.contact", "Who manages the University's agent network? Please give their name and job "
            "title.", "partially_released", ex=["s40(2)"],
            ans="The Head of International Recruitment. The post-holder's name is withheld under section "
                "40(2) (personal information)."),
          Q("agents.complaints", "How many complaints about agents have been received?", "not_held",
            ans="The University does not hold this information."),
          Q("agents.dd", "Do agents have to follow a code of conduct?", "released", ex=["s21"],
            ans=AGENT_CODE),
          Q("agents.students.2024", "How many students enrolled through agents for 2024 entry?", "released",
            fact="412", ans="412."),
      ]]),
    # ---------------------------------------------------------------- Draft: systems 2025 (parts)
    L("UOE-draft-systems-2025.txt", A, "FOI-UEM-2025-0611", "2025-12-15", received="2025-11-17", fmt="txt",
      style="interleaved", title="Student records and VLE", datefmt=1, draft=True,
      part_titles=["Part 1: Student record system", "Part 2: Virtual learning environment"],
      extra=dict(labels=2),
      parts=[[
          Q("sr.supplier", "Name of supplier.", "released", fact="tribune", ans="Tribune Campus Systems Ltd."),
          Q("sr.expiry", "Date the contract ends.", "released", fact="2026-07-31", ans="31st July 2026."),
          Q("sr.cost", "Annual cost.", "withheld", ex=["s43(2)"],
            ans="Withheld under section 43(2) of the FOIA (commercial interests); the University is "
                "about to re-tender this contract. The public interest favours withholding."),
          Q("sr.hosting", "Where is it hosted?", "released", fact="cloud",
            ans="In the cloud, hosted by the supplier."),
          Q("sr.tickets", "How many support tickets have been raised with the supplier in the last three "
            "years?", "refused", ex=["s12(1)"],
            ans="We are unable to answer this part. Since the move to the supplier's portal, tickets are "
                "not logged centrally and would have to be collated from individual staff mailboxes; we "
                "estimate this would take well over 18 hours, exceeding the appropriate limit of £450. "
                "Section 12(1) therefore applies to this question."),
      ], [
          Q("vle.supplier", "Name of supplier.", "released", fact="ardent",
            ans="Ardent Learning Ltd, from 1 September 2025."),
          Q("vle.hosting", "Where is it hosted?", "released", fact="cloud",
            ans="Cloud-hosted by the supplier."),
      ]]),
    # ---------------------------------------------------------------- Draft: NDAs repeat, consistent
    L("UOE-draft-nda-2026.html", A, "FOI-UEM-2026-0057", "2026-02-09", received="2026-01-12", fmt="html",
      style="youasked", title="Settlement agreements (repeat request)", datefmt=0, draft=True,
      consistent=True,
      extra=dict(note="You asked us to repeat, for the same three academic years, the information we "
                      "released in response to FOI-UEM-2024-0402."),
      parts=[[
          Q("nda.count", "For 2021/22, 2022/23 and 2023/24, how many settlement agreements with "
            "confidentiality clauses did the University enter into?", "released", fact="9,11,7",
            ans="Nine in 2021/22, eleven in 2022/23 and seven in 2023/24."),
          Q("nda.value", "What was the total paid under them?", "released", fact="388500",
            ans="£388.5k in total."),
          Q("nda.senior", "How many involved professors or more senior staff?", "withheld", ex=["s40(2)"],
            ans="Withheld under section 40(2): the numbers are small enough that individuals could be "
                "identified."),
          Q("nda.harassment", "How many followed a complaint of sexual misconduct or harassment?",
            "not_held", ans="This information is not held centrally."),
          Q("nda.pledge", "Has the University committed not to use NDAs to silence harassment complaints?",
            "released", fact="yes", ans="Yes – the University signed the pledge in 2022."),
      ]]),
]
