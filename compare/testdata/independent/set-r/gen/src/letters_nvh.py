"""Northvale Hospitals NHS Foundation Trust: agency staffing, cyber security,
electronic patient record contract; look-alike management consultancy."""
from model import Q, Part, Letter

A = "nvh"

HISTORY = [
    Letter(A, "NV/FOI/17/231", "2017-09-19", "2017-08-22", "txt",
           "interleaved", "Agency staffing", [
               Q("agency.spend_total", "Total spend on agency staff in 2016/17.",
                 "R", ans="£14.2m", fact="2016/17:14200000"),
               Q("agency.top_agencies", "Names of the three agencies with which the Trust spent the most.",
                 "R", ans="Thornbury Nursing Services, Medacs Healthcare and Pulse Healthcare.",
                 fact="Thornbury;Medacs;Pulse"),
               Q("agency.highest_rate", "The highest hourly rate paid for an agency doctor in 2016/17.",
                 "W", ["s43(2)"]),
               Q("agency.bank_provider", "Is the staff bank run in-house or by an external company?",
                 "R", ans="In-house.", fact="in-house"),
           ], fname="nvh-foi-17-231.txt"),

    Letter(A, "NV/FOI/19/655", "2019-10-10", "2019-09-12", "pdf-soffice",
           "table", "Cyber security", [
               Q("cyber.attacks", "Has the Trust been subject to a ransomware attack in the last three years?",
                 "N", ["s31(3)"]),
               Q("cyber.edr_supplier", "Which anti-virus or endpoint protection product do you use?",
                 "W", ["s31(1)(a)"]),
               Q("cyber.ciso", "Does the Trust employ a Chief Information Security Officer or equivalent?",
                 "R", ans="Yes - a Head of Cyber Security, reporting to the Chief Information Officer.", fact="yes"),
               Q("cyber.training_completion", "What percentage of staff completed Data Security Awareness training in 2018/19?",
                 "R", ans="91%", fact="2018/19:91"),
           ], fname="nvh-foi-19-655.pdf"),

    Letter(A, "NV/FOI/20/903", "2020-12-02", "2020-11-04", "docx",
           "youasked", "Electronic patient record", [
               Q("epr.supplier", "Who supplies your electronic patient record?",
                 "R", ans="System C - CareFlow EPR.", fact="System C CareFlow"),
               Q("epr.go_live", "When did it go live?",
                 "R", ans="4 November 2019", fact="2019-11-04"),
               Q("epr.contract_value", "What is the value of the contract?",
                 "R", ans="£8.4m over seven years.", fact="8400000"),
               Q("epr.contract_expiry", "When does the contract expire?",
                 "R", ans="31 October 2026", fact="2026-10-31"),
           ], fname="nvh-foi-20-903.docx"),

    Letter(A, "NV/FOI/21/388", "2021-06-29", "2021-06-01", "md",
           "table", "Agency and bank staff", [
               Q("agency.spend_by_staff_group",
                 "Agency expenditure in 2020/21 broken down by staff group (nursing, medical, allied health professionals, other).",
                 "R", ans="Nursing £6.1m; Medical £4.9m; AHP £1.2m; Other £0.8m.",
                 fact="2020/21:6.1/4.9/1.2/0.8"),
               Q("agency.highest_rate", "The highest hourly rate paid to any agency worker in 2020/21.",
                 "W", ["s43(2)"]),
               Q("agency.framework", "Which procurement framework(s) do you use for agency staff?",
                 "R", ans="HealthTrust Europe (HTE) Total Workforce Solutions.", fact="HealthTrust Europe"),
               Q("agency.bank_provider", "Who manages your staff bank?",
                 "R", ans="NHS Professionals, since April 2020.", fact="NHS Professionals"),
           ], fname="nvh-foi-21-388.md"),

    Letter(A, "FOI-NV-22-0274", "2022-04-21", "2022-03-24", "pdf-chromium",
           "restate", "Cyber attacks", [
               Q("cyber.attacks",
                 "Have you experienced a successful cyber-attack since 2019 that resulted in files being encrypted?",
                 "N", ["s31(3)"]),
               Q("cyber.budget", "What is your annual cyber security budget?",
                 "W", ["s31(1)(a)"]),
               Q("cyber.edr_supplier", "Name the endpoint detection and response (EDR) tool in use.",
                 "W", ["s31(1)(a)"]),
               Q("cyber.ciso", "Do you have a CISO?",
                 "R", ans="Yes.", fact="yes"),
           ], fname="nvh-foi-nv-22-0274.pdf"),

    Letter(A, "FOI-NV-23-0102", "2023-02-08", "2023-01-11", "pdf-gs",
           "interleaved", "Temporary staffing", [
               Q("agency.bank_provider", "Is your nurse bank provided by NHS Professionals, another company, or in-house?",
                 "R", ans="NHS Professionals.", fact="NHS Professionals"),
               Q("agency.framework", "Through which framework do you procure agency workers?",
                 "R", ans="HealthTrust Europe.", fact="HealthTrust Europe"),
               Q("agency.spend_by_staff_group",
                 "How much did you spend on agency staff in 2021/22, split by nursing, medical and other staff groups?",
                 "R", ans="Nursing £7.4m; Medical £5.2m; Other £2.3m.", fact="2021/22:7.4/5.2/2.3"),
               Q("agency.highest_rate", "What was the highest hourly rate paid to a locum doctor through an agency in 2021/22?",
                 "W", ["s43(2)"]),
               Q("agency.off_framework", "How many shifts were filled off-framework in 2021/22?",
                 "R", ans="1,386", fact="2021/22:1386"),
           ], fname="nvh-foi-nv-23-0102.pdf"),

    Letter(A, "FOI-NV-23-0588", "2023-09-14", "2023-08-17", "txt",
           "youasked", "Management consultancy", [
               Q("consult.spend", "How much did the Trust spend on management consultants in 2022/23?",
                 "R", ans="£1.93m", fact="2022/23:1930000"),
               Q("consult.firms", "Which consultancy firms were used?",
                 "R", ans="Meridian Health Advisory, Carrow & Pike LLP and Holloway Partners.",
                 fact="Meridian;Carrow & Pike;Holloway"),
               Q("consult.interim", "How much was spent on interim managers supplied by agencies (non-clinical roles)?",
                 "R", ans="£412,000", fact="2022/23:412000"),
           ], fname="nvh-foi-nv-23-0588.txt",
           traps=["look-alike: agency interim managers, not agency clinical staff"]),

    Letter(A, "FOI-NV-24-0319", "2024-05-22", "2024-04-24", "html",
           "restate", "EPR contract", [
               Q("epr.supplier", "Which company provides the Trust's electronic patient record system?",
                 "R", ans="System C (CareFlow EPR).", fact="System C CareFlow"),
               Q("epr.contract_value", "Total contract value?",
                 "R", ans="£8,400,000", fact="8400000"),
               Q("epr.contract_expiry", "Contract end date?",
                 "R", ans="31/10/2026", fact="2026-10-31"),
               Q("epr.go_live", "Date the system went live?",
                 "R", ans="04/11/2019", fact="2019-11-04"),
               Q("epr.replacement", "Are you planning to re-procure, and if so when will the tender be published?",
                 "W", ["s43(2)"]),
           ], fname="nvh-foi-nv-24-0319.html"),

    Letter(A, "FOI-NV-24-0702", "2024-11-06", "2024-10-09", "docx",
           "interleaved", "Cyber security", [
               Q("cyber.ciso", "Does the Trust have a named CISO?",
                 "R", ans="Yes.", fact="yes"),
               Q("cyber.edr_supplier", "Which company supplies your EDR or antivirus software?",
                 "W", ["s31(1)(a)"]),
               Q("cyber.attacks", "How many ransomware attacks has the Trust suffered since 2020?",
                 "N", ["s31(3)"]),
               Q("cyber.training_completion", "What percentage of staff are currently up to date with Data Security Awareness training?",
                 "R", ans="94%", fact="2024:94"),
           ], fname="nvh-foi-nv-24-0702.docx"),
]

DRAFTS = [
    Letter(A, "FOI-NV-25-0291", "2025-05-13", "2025-04-15", "pdf-gs",
           "youasked", "Agency staffing", [
               Q("agency.framework", "Which framework does the Trust use to buy agency staff?",
                 "R", ans="HealthTrust Europe (HTE).", fact="HealthTrust Europe"),
               Q("agency.bank_provider", "Who runs the staff bank?",
                 "R", ans="NHS Professionals (NHSP).", fact="NHS Professionals"),
               Q("agency.highest_rate", "What is the highest hourly rate the Trust paid an agency doctor in 2024/25?",
                 "R", ans="£165.00 per hour.", fact="165"),
               Q("agency.spend_by_staff_group", "Please break down your agency spend for 2024/25 by staff group.",
                 "NH", ans="The Trust does not hold agency spend broken down by staff group for 2024/25; the ledger now records agency costs by cost centre only."),
               Q("agency.nurse_vacancies", "How many registered nurse vacancies did the Trust have on 31 March 2025?",
                 "R", ans="212 WTE", fact="212"),
           ], fname="D08-nvh-agency.pdf", draft=True),

    Letter(A, "FOI-NV-25-0847", "2025-12-03", "2025-11-05", "txt",
           "youasked", "EPR and cyber security", [
               Part("Part 1 - Electronic patient record", [
                   Q("epr.supplier", "Who is the Trust's EPR provider?",
                     "R", ans="System C, with its CareFlow EPR product.", fact="System C CareFlow"),
                   Q("epr.go_live", "When did the EPR go live?",
                     "R", ans="4th November 2019.", fact="2019-11-04"),
                   Q("epr.contract_value", "What is the contract worth?",
                     "P", ["s43(2)"],
                     ans="The total contract value is £8.4m. The annual charges and the price schedule are withheld under section 43(2).",
                     fact="8400000"),
                   Q("epr.contract_expiry", "When does the contract end?",
                     "R", ans="31 October 2026.", fact="2026-10-31"),
               ]),
               Part("Part 2 - Cyber security", [
                   Q("cyber.attacks", "Has the Trust had a ransomware attack since 2020?",
                     "R", ans="No. The Trust has not experienced a ransomware attack since 2020.", fact="no"),
                   Q("cyber.edr_supplier", "Which EDR product do you use?",
                     "R", ans="Microsoft Defender for Endpoint.", fact="Microsoft Defender for Endpoint"),
                   Q("cyber.ciso", "Do you have a CISO?",
                     "R", ans="Yes, the Trust has a Chief Information Security Officer.", fact="yes"),
               ]),
           ], fname="D09-nvh-epr-cyber.txt", draft=True),
]
