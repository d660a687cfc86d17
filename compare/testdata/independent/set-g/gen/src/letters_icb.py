from engine import Q, Letter, R, P, W, N, NH, RF, U

A = "icb"

HISTORY = [
    # ---------------------------------------------------------------- agency and interim staff
    Letter(A, "MWICB-FOI-22-0088", "2022-10-18", "2022-09-20", "Interim and agency staff",
           "interleaved", "pdf-chromium", parts=[[
               Q("icb.interim_count", "How many interim very senior managers does the ICB currently engage?", R, "5.",
                 fact="5"),
               Q("icb.interim_top_rate", "What is the highest day rate paid to an interim?", R, "£1,150 per day.",
                 fact="1150"),
               Q("icb.agency_supplier", "Which agencies supply interim and temporary staff to the ICB?", R,
                 "Hartwell Interim Partners Ltd.", fact="hartwell interim partners"),
               Q("icb.ir35", "Has the ICB made IR35 status determinations for each interim?", R, "Yes.", fact="yes"),
           ]]),
    Letter(A, "MWICB-FOI-23-0611", "2023-11-14", "2023-10-17", "Agency and interim workers",
           "youasked", "html", parts=[[
               Q("icb.interim_count", "The number of interim senior managers engaged at the date of this request.", R, "3.",
                 fact="3"),
               Q("icb.interim_top_rate", "The maximum daily rate paid to any interim.", W,
                 "Withheld under section 40(2). Because so few interims are engaged, the rate could identify an individual.",
                 ex=["s40(2)"]),
               Q("icb.agency_supplier", "The agencies used.", R, "Hartwell Interim Partners Ltd.", fact="hartwell interim partners"),
               Q("icb.agency_spend", "Total ICB spend on agency staff in 2022/23.", R, "£1,380,000.", fact="1380000"),
               Q("icb.ir35", "Whether IR35 determinations were made.", R, "Yes, for every engagement.", fact="yes"),
           ]]),
    Letter(A, "MWICB-FOI-24-0502", "2024-09-10", "2024-08-13", "Temporary staffing spend",
           "table", "md", parts=[[
               Q("icb.agency_spend", "What did the ICB spend on agency staff in 2023/24?", R, "£960,000", fact="960000"),
               Q("icb.interim_count", "How many interim senior managers are engaged now?", R, "2", fact="2"),
               Q("icb.interim_top_rate", "What is the top day rate for an interim?", W,
                 "Withheld – section 40(2) (personal information)", ex=["s40(2)"]),
               Q("icb.agency_supplier", "Which agency supplies them?", R, "Hartwell Interim Partners Ltd",
                 fact="hartwell interim partners"),
               Q("trust.agency_spend", "What was the total agency spend of NHS trusts in your area in 2023/24?", NH,
                 "Not held by the ICB. Each NHS trust publishes its own agency expenditure in its annual accounts."),
           ]]),
    # ---------------------------------------------------------------- cyber and ICT
    Letter(A, "MWICB-FOI-23-0097", "2023-02-21", "2023-01-24", "Cyber security",
           "interleaved", "txt", parts=[[
               Q("cyber.ransomware", "How many ransomware attacks has the ICB experienced?", R, "None.", fact="0"),
               Q("cyber.dspt", "What was the ICB's Data Security and Protection Toolkit status for 2021/22?", R,
                 "Standards Met.", fact="standards met"),
               Q("cyber.ransom_paid", "Has the ICB or its predecessor CCG ever paid a ransom?", R, "No.", fact="no"),
               Q("cyber.insurance", "Does the ICB have cyber insurance?", R,
                 "No. The ICB is covered through NHS Resolution risk pooling schemes and holds no separate cyber policy.",
                 fact="no"),
           ]]),
    Letter(A, "MWICB-FOI-24-0388", "2024-06-18", "2024-05-21", "Cyber attacks and GP IT",
           "youasked", "docx", parts=[[
               Q("cyber.ransomware", "Please state the number of ransomware attacks against the ICB in the past three years.", R,
                 "0 (zero).", fact="0"),
               Q("cyber.ransom_paid", "Please state whether any ransom has been paid.", R, "No ransom has been paid.",
                 fact="no"),
               Q("gpit.supplier", "Who provides GP IT support services to practices in your area?", R,
                 "Wessex Digital Health (hosted by the regional commissioning support unit).", fact="wessex digital health"),
               Q("gpit.value", "What is the annual value of the GP IT support contract?", R, "£3.4m", fact="3400000"),
               Q("gptel.supplier", "Who supplies cloud telephony to GP practices?", NH,
                 "The ICB does not hold this information. GP practices contract for telephony directly."),
           ]]),
    # ---------------------------------------------------------------- unrelated
    Letter(A, "MWICB-FOI-23-0398", "2023-07-25", "2023-06-27", "IVF provision",
           "qa", "html", parts=[[
               Q("ivf.cycles", "How many NHS-funded IVF cycles does the ICB commission for eligible women under 40?", R,
                 "One full cycle.", fact="1"),
               Q("ivf.age", "What is the upper age limit for NHS-funded IVF?", R, "42.", fact="42"),
           ]]),
    Letter(A, "MWICB-FOI-24-0733", "2024-12-03", "2024-11-05", "Waiting lists and continuing healthcare",
           "restate", "pdf-gs", parts=[[
               Q("wait.52wk", "How many patients have waited more than 52 weeks for treatment at trusts in your area?", NH,
                 "The ICB does not hold this information; waiting list data is held by each provider and published by NHS England."),
               Q("chc.referrals", "How many Continuing Healthcare referrals did the ICB receive in 2023/24?", R, "2,314.",
                 fact="2314"),
               Q("chc.eligible", "How many were found eligible?", R, "611.", fact="611"),
           ]]),
]

DRAFTS = [
    Letter(A, "MWICB-FOI-25-0219", "2025-04-15", "2025-03-18", "Interim managers and agencies",
           "interleaved", "docx", kind="draft", name="icb-draft-interims-2025.docx", parts=[[
               Q("icb.interim_count", "How many interim senior managers is the ICB using at present?", P,
                 "Fewer than five. The exact number is withheld under section 40(2) as it could identify individuals.",
                 ex=["s40(2)"]),
               Q("icb.interim_top_rate", "What is the highest daily rate the ICB pays an interim?", R, "£1,050 per day.",
                 fact="1050"),
               Q("icb.agency_supplier", "Which agencies provide the ICB's interim and temporary staff?", P,
                 "Hartwell Interim Partners Ltd. The names of two smaller agencies are withheld under section 43(2) (commercial interests).",
                 ex=["s43(2)"]),
               Q("trust.agency_spend", "What did the NHS trusts in the ICB area spend on agency staff in total last year?", NH,
                 "Not held; each trust reports its own agency spend."),
               Q("icb.ir35", "Does the ICB carry out IR35 assessments for its interims?", R, "Yes.", fact="yes"),
           ]]),
    Letter(A, "MWICB-FOI-25-0611", "2025-10-14", "2025-09-16", "Ransomware and GP IT contracts",
           "youasked", "pdf-chromium", kind="draft", name="icb-draft-cyber-gpit-2025.pdf", parts=[[
               Q("cyber.ransomware", "How many ransomware incidents has the ICB had?", N, ex=["s24(2)", "s31(3)"]),
               Q("cyber.ransom_paid", "Has the ICB ever paid a ransom?", R, "No.", fact="no"),
               Q("gpit.supplier", "Name the organisation providing GP IT support to practices.", R,
                 "Wessex Digital Health.", fact="wessex digital health"),
               Q("gpit.value", "How much is the GP IT support contract worth per year?", W, ex=["s43(2)"]),
               Q("gptel.supplier", "Which company supplies GP practices with cloud-based telephony?", R,
                 "Talkwell Cloud Voice Ltd, under the ICB's 2025 Better Purchasing framework call-off.",
                 fact="talkwell cloud voice"),
           ]]),
]
