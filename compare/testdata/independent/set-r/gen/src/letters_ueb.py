"""University of Eastbridge: international recruitment agents, CCTV, student
counselling; unrelated honorary degrees request."""
from model import Q, Part, Letter

A = "ueb"

HISTORY = [
    Letter(A, "FOI-UE-2018-044", "2018-02-20", "2018-01-23", "txt",
           "restate", "International recruitment agents", [
               Q("agents.count", "How many overseas recruitment agents does the University currently have contracts with?",
                 "R", ans="96", fact="96"),
               Q("agents.named_list", "Please provide a list of these agents' names and the countries in which they operate.",
                 "R", ans="A list is attached to this letter.", fact="list"),
               Q("agents.commission_rate", "What commission rate do you pay agents per student recruited?",
                 "W", ["s43(2)"]),
               Q("agents.total_commission", "What was the total commission paid to agents in 2016/17?",
                 "R", ans="£1,482,000", fact="2016/17:1482000"),
           ], fname="ueb-foi-2018-044.txt"),

    Letter(A, "FOI-UE-2019-131", "2019-06-11", "2019-05-14", "html",
           "youasked", "Honorary degrees", [
               Q("hon.count", "How many honorary degrees did the University award between 2014 and 2018?",
                 "R", ans="41", fact="41"),
               Q("hon.revoked", "Has the University ever revoked an honorary degree?",
                 "R", ans="No.", fact="no"),
           ], fname="ueb-foi-2019-131.html"),

    Letter(A, "FOI-UE-2020-298", "2020-10-27", "2020-09-29", "pdf-chromium",
           "table", "Use of education agents", [
               Q("agents.top_countries", "From which three countries do your agents recruit the most students?",
                 "R", ans="China, India and Nigeria.", fact="China;India;Nigeria"),
               Q("agents.count", "Number of agents on contract.",
                 "R", ans="104", fact="104"),
               Q("agents.named_list", "Names of the agents.",
                 "R", ans="Attached as Annex A.", fact="list"),
               Q("agents.commission_rate", "Percentage commission paid.",
                 "W", ["s43(2)"]),
           ], fname="ueb-foi-2020-298.pdf"),

    Letter(A, "FOI-UE-2021-117", "2021-05-05", "2021-04-07", "docx",
           "interleaved", "CCTV on campus", [
               Q("cctv.count", "How many CCTV cameras are there across the University estate?",
                 "R", ans="580", fact="580"),
               Q("cctv.retention", "How long is footage kept?",
                 "R", ans="30 days, unless it is needed for an investigation.", fact="30d"),
               Q("cctv.supplier", "Which company installs and maintains the system?",
                 "R", ans="Chubb Fire & Security Ltd", fact="Chubb Fire & Security Ltd"),
               Q("cctv.frt", "Does any camera use facial recognition?",
                 "R", ans="No.", fact="no"),
           ], fname="ueb-foi-2021-117.docx"),

    Letter(A, "UoE/FOI/22/071", "2022-03-30", "2022-03-02", "md",
           "youasked", "Student counselling", [
               Q("counselling.staff", "How many counsellors (FTE) does the University employ?",
                 "R", ans="12.4 FTE", fact="12.4"),
               Q("counselling.wait", "What was the average wait from referral to first appointment in 2020/21?",
                 "R", ans="18 working days", fact="2020/21:18"),
               Q("counselling.provider", "Do you contract an external provider for out-of-hours support? If so, which?",
                 "R", ans="Yes - Health Assured, through its 24/7 Student Assistance Programme.", fact="Health Assured"),
           ], fname="ueb-foi-22-071.md"),

    Letter(A, "UoE/FOI/23/012", "2023-01-17", "2022-12-13", "pdf-soffice",
           "restate", "Campus security and CCTV", [
               Q("cctv.count", "Total number of CCTV cameras.", "R", ans="640", fact="640"),
               Q("cctv.retention", "Retention period for recordings.", "R", ans="30 days", fact="30d"),
               Q("cctv.supplier", "Maintenance contractor for the CCTV system.", "R",
                 ans="Chubb Fire & Security Ltd", fact="Chubb Fire & Security Ltd"),
               Q("ucampus.bwv_count", "How many body-worn cameras are used by campus security staff?",
                 "R", ans="16", fact="16"),
               Q("cctv.frt", "Is facial recognition used anywhere on campus?",
                 "R", ans="No.", fact="no"),
           ], fname="ueb-foi-23-012.pdf"),

    Letter(A, "UoE/FOI/24/233", "2024-06-04", "2024-05-07", "pdf-gs",
           "interleaved", "Recruitment agents", [
               Q("agents.count", "How many agents does the University use?", "R", ans="118", fact="118"),
               Q("agents.commission_rate", "What rate of commission are they paid?", "W", ["s43(2)"]),
               Q("agents.named_list", "Please list them.", "R", ans="The list is enclosed.", fact="list"),
               Q("agents.top_countries", "Top three source countries for students recruited through agents.",
                 "R", ans="India, Nigeria, China.", fact="China;India;Nigeria"),
           ], fname="ueb-foi-24-233.pdf"),
]

DRAFTS = [
    Letter(A, "UoE/FOI/25/318", "2025-08-19", "2025-07-22", "md",
           "interleaved", "Overseas recruitment agents", [
               Q("agents.named_list", "Provide the names of the recruitment agencies you work with overseas.",
                 "W", ["s43(2)"]),
               Q("agents.count", "How many are there?",
                 "R", ans="One hundred and eighteen.", fact="118"),
               Q("agents.commission_rate", "What percentage commission do they receive?",
                 "W", ["s41(1)"]),
               Q("agents.top_countries", "Which countries supply the most students via agents?",
                 "R", ans="India, China and Nigeria.", fact="China;India;Nigeria"),
           ], fname="D10-ueb-agents.md", draft=True),

    Letter(A, "UoE/FOI/26/054", "2026-03-03", "2026-02-03", "pdf-chromium",
           "youasked", "CCTV and student support", [
               Q("cctv.count", "How many cameras are on campus?",
                 "R", ans="Six hundred and forty.", fact="640"),
               Q("halls.cctv_count", "How many of these are inside halls of residence?",
                 "R", ans="92", fact="92"),
               Q("cctv.retention", "How long do you keep recordings?",
                 "R", ans="Thirty days.", fact="30d"),
               Q("cctv.supplier", "Who maintains the CCTV system?",
                 "W", ["s31(1)(a)"]),
               Q("ucampus.bwv_count", "How many body cameras do your security officers have?",
                 "R", ans="16", fact="16"),
               Q("counselling.staff", "How many counsellors are employed (FTE)?",
                 "R", ans="15.0 FTE", fact="15"),
               Q("counselling.provider", "Who provides out-of-hours mental health support for students?",
                 "R", ans="Health Assured.", fact="Health Assured"),
           ], fname="D11-ueb-cctv-counselling.pdf", draft=True,
           traps=["halls look-alike"]),
]
