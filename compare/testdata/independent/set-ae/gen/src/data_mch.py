"""Marshfield Community Health NHS Trust: truth."""
from data_wdc import Q, R, PR, W, NH, NC, RF, U

TOPN = "carestaff direct; nurselink uk; meridian healthcare staffing"
TOPM = "meridian locums; doccover ltd; apex medical recruitment"
FRAME = "eastern temporary staffing framework"
CHATTER = "chatter therapy partners ltd"

LETTERS = [
    # ------------------------------------------------------------ agency 2018 (parts restart)
    dict(id="mch-2018-agency-staffing", kind="history", auth="mch", ref="FOI/18/073",
         date="2018-07-11", received="2018-06-13", regime="foia", title="Agency staffing",
         style="interleaved", v="req", fmt="txt", date_style="long",
         parts=[
             {"h": "Part 1 \u2013 Nursing agencies",
              "qs": [
                  Q("ag.top_nursing", "Which three agencies does the Trust currently spend the most with?", R,
                    "CareStaff Direct, NurseLink UK and Meridian Healthcare Staffing.", TOPN),
                  Q("ag.rate_nursing", "What is the highest hourly rate currently paid for an agency nurse?", R,
                    "\u00a385.00 per hour (registered nurse, bank holiday night shift).", "85"),
                  Q("ag.framework", "Do you buy agency staff through a procurement framework? If so, which one?",
                    R, "Yes \u2013 the Eastern Temporary Staffing Framework.", FRAME),
              ]},
             {"h": "Part 2 \u2013 Medical locum agencies",
              "qs": [
                  Q("ag.top_medical", "Which three agencies does the Trust currently spend the most with?", R,
                    "Meridian Locums, DocCover Ltd and Apex Medical Recruitment.", TOPM),
                  Q("ag.rate_medical", "What is the highest hourly rate currently paid for an agency doctor?", R,
                    "\u00a3140 per hour.", "140"),
                  Q("ag.names", "Please give the names of any individual agency workers paid more than \u00a3100 "
                                "per hour.", W,
                    "The Trust does not disclose the names of individual workers. This information is exempt "
                    "under section 40(2) of the Act, as disclosure would breach the data protection principles.",
                    ex=["s40(2)"]),
              ]},
         ]),

    # ------------------------------------------------------------ cyber 2019
    dict(id="mch-2019-cyber", kind="history", auth="mch", ref="FOI/19/211",
         date="2019-09-03", received="2019-08-06", regime="foia", title="Cyber security",
         style="numbered", fmt="md", date_style="ord", resp_head="Trust response",
         parts=[{"qs": [
             Q("hcyber.ransomware", "Has the trust been affected by ransomware in the last 2 years?", R,
               "No.", "no"),
             Q("hcyber.dspt", "What was your most recent Data Security and Protection Toolkit status?", R,
               "Standards Met.", "standards met"),
             Q("hcyber.budget", "What is your annual budget for cyber security?", R, "\u00a3150,000.", "150000"),
             Q("hcyber.insurance", "Does the trust hold cyber insurance?", R,
               "No. The Trust does not hold a separate cyber insurance policy.", "no"),
         ]}]),

    # ------------------------------------------------------------ SALT 2019
    dict(id="mch-2019-salt", kind="history", auth="mch", ref="FOI/19/298",
         date="2019-11-20", received="2019-10-23", regime="foia", title="Children's speech and language therapy",
         style="youasked", fmt="docx", date_style="long",
         parts=[{"qs": [
             Q("salt.target", "What is the waiting time standard for a child's first speech and language therapy "
                              "appointment?", R, "18 weeks from receipt of referral.", "18w"),
             Q("salt.system", "Which clinical system is used to record SALT referrals?", R, "SystmOne.", "systmone"),
             Q("salt.outsourced", "Does the trust commission any children's SALT from independent providers?", R,
               "No. All children's speech and language therapy is delivered by Trust staff.", "no"),
         ]}]),

    # ------------------------------------------------------------ unrelated: staff parking 2020
    dict(id="mch-2020-staff-parking", kind="history", auth="mch", ref="FOI/20/009",
         date="2020-01-15", received="2019-12-17", regime="foia", title="Staff car parking",
         style="interleaved", v="QA", fmt="html", date_style="long",
         parts=[{"qs": [
             Q("park.staff_pay", "Do staff have to pay to park at Trust sites?", R,
               "Yes, at Beacon House and the Marshfield Health Centre.", "yes"),
             Q("park.monthly", "What is the monthly charge?", R, "\u00a315 per month for full-time staff.", "15"),
             Q("park.income", "How much income did staff parking generate in 2018/19?", R, "\u00a342,300.",
               "42300"),
         ]}]),

    # ------------------------------------------------------------ agency 2021 (table, merged list)
    dict(id="mch-2021-agency-spend", kind="history", auth="mch", ref="MCHT-FOI-2021-0142",
         date="2021-05-19", received="2021-04-21", regime="foia", title="Agency and locum spend",
         style="table", fmt="docx", date_style="slash", recv_style="long",
         table_header=["Information requested", "Trust response"],
         parts=[{"qs": [
             Q("ag.framework", "Framework(s) used to buy agency staff.", R,
               "Eastern Temporary Staffing Framework.", FRAME),
             Q("ag.top_nursing", "Top three nursing agencies by spend.", R,
               "1. CareStaff Direct 2. NurseLink UK 3. Meridian Healthcare Staffing", TOPN),
             Q("ag.top_medical", "Top three medical locum agencies by spend.", R,
               "1. Meridian Locums 2. DocCover Ltd 3. Apex Medical Recruitment", TOPM),
             Q("ag.rate_nursing", "Highest hourly rate paid to a nursing agency worker.", R, "\u00a392.00", "92"),
             Q("ag.rate_medical", "Highest hourly rate paid to a locum doctor supplied by an agency.", W,
               "Withheld under section 43(2) (commercial interests). Rates for medical locums are negotiated "
               "individually and disclosure would weaken the Trust's position with agencies.", ex=["s43(2)"]),
             Q("ag.names", "Names of agency workers earning over \u00a3100 per hour.", W,
               "Exempt under section 40(2) \u2013 personal data.", ex=["s40(2)"]),
             Q("ag.cap", "Do you report breaches of the agency price cap to NHS Improvement?", R,
               "Yes, every week as required.", "yes"),
         ]}]),

    # ------------------------------------------------------------ SALT 2021 (EHCP inserted)
    dict(id="mch-2021-speech-therapy", kind="history", auth="mch", ref="MCHT-FOI-2021-0201",
         date="2021-06-30", received="2021-06-02", regime="foia", title="Paediatric speech therapy",
         style="interleaved", v="question", fmt="txt", date_style="long",
         parts=[{"qs": [
             Q("salt.outsourced", "Is any paediatric speech therapy capacity bought from the private sector? If "
                                  "so, from which provider?", W,
               "The Trust holds this information. A contract for additional capacity is currently being "
               "procured and the name of the preferred bidder is withheld under section 43(2) of the Act "
               "(commercial interests) until the contract is awarded.", ex=["s43(2)"]),
             Q("salt.target", "What is the maximum wait target from referral to first assessment?", R,
               "Eighteen weeks.", "18w"),
             Q("salt.ehcp", "How many children on the SALT caseload have an Education, Health and Care Plan?", NH,
               "This information is not held. The Trust's clinical system does not record whether a child has "
               "an EHCP.", ex=[]),
             Q("salt.system", "What electronic patient record system does the service use?", R,
               "SystmOne.", "systmone"),
         ]}]),

    # ------------------------------------------------------------ cyber 2022
    dict(id="mch-2022-cyber", kind="history", auth="mch", ref="MCHT-FOI-2022-0088",
         date="2022-03-23", received="2022-02-24", regime="foia", title="Cyber security arrangements",
         style="youasked", fmt="pdf-gs", date_style="ord",
         parts=[{"qs": [
             Q("hcyber.dspt", "What was the outcome of your latest Data Security and Protection Toolkit "
                              "submission?", R, "Standards Met.", "standards met"),
             Q("hcyber.budget", "How much does the trust spend each year on cyber security?", NH,
               "The Trust does not hold this information. Cyber security spend is not separately identified "
               "within the overall IT budget.", ex=[]),
             Q("hcyber.backup", "Who provides your offsite backup service?", W,
               "Withheld under section 31(1)(a) of the Act. Identifying the backup provider would help an "
               "attacker plan an attack on the Trust's systems and its recovery arrangements.",
               ex=["s31(1)(a)"]),
             Q("hcyber.ransomware", "Have you had any ransomware incidents in the last 24 months?", R, "No.", "no"),
             Q("hcyber.insurance", "Do you have a cyber insurance policy?", R, "No.", "no"),
         ]}]),

    # ------------------------------------------------------------ SALT 2023
    dict(id="mch-2023-salt-waiting", kind="history", auth="mch", ref="FOI 23-266",
         date="2023-09-13", received="2023-08-16", regime="foia", title="Speech and language therapy waits",
         style="numbered", fmt="pdf-chromium", date_style="long",
         parts=[{"qs": [
             Q("salt.target", "What waiting time standard applies to a child's first SALT appointment?", R,
               "12 weeks. The standard was reduced from 18 weeks in April 2023.", "12w"),
             Q("salt.outsourced", "Do you purchase any children's SALT from an independent provider, and if so "
                                  "which one?", R, "Yes \u2013 Chatter Therapy Partners Ltd.", CHATTER),
             Q("salt.ehcp", "How many children receiving SALT have an EHCP?", R,
               "412 children (as at 31 August 2023).", "412"),
             Q("salt.system", "Which patient record system is used?", R, "SystmOne.", "systmone"),
         ]}]),

    # ------------------------------------------------------------ agency 2024 (decision, parts restart)
    dict(id="mch-2024-agency-staff", kind="history", auth="mch", ref="FOI 24-087",
         date="2024-02-27", received="2024-01-30", regime="foia", title="Agency staff",
         style="decision", fmt="pdf-soffice", date_style="long",
         why=["Section 43(2) applies to the hourly rates because the Trust is negotiating new rates with its "
              "agencies under the regional price-cap agreement; disclosure would be likely to prejudice those "
              "negotiations. Section 40(2) applies to the names of individual workers, which are their "
              "personal data.",
              "We have weighed the public interest in transparency about agency spend against the harm to the "
              "Trust's commercial position and concluded that the balance favours withholding the rates."],
         parts=[
             {"h": "Part 1 \u2013 Nursing",
              "qs": [
                  Q("ag.top_nursing", "Which three nursing agencies does the Trust spend most with?", R,
                    "CareStaff Direct, NurseLink UK, Meridian Healthcare Staffing.", TOPN),
                  Q("ag.rate_nursing", "What is the highest hourly rate paid to an agency nurse?", W,
                    ex=["s43(2)"]),
                  Q("ag.cap", "Do you report price cap breaches to NHS England?", R, "Yes.", "yes"),
              ]},
             {"h": "Part 2 \u2013 Medical",
              "qs": [
                  Q("ag.top_medical", "Which three medical locum agencies does the Trust spend most with?", R,
                    "Meridian Locums, DocCover Ltd, Apex Medical Recruitment.", TOPM),
                  Q("ag.rate_medical", "What is the highest hourly rate paid to an agency doctor?", W,
                    ex=["s43(2)"]),
                  Q("ag.names", "Names of agency workers paid over \u00a3100 an hour.", W, ex=["s40(2)"]),
              ]},
         ]),

    # ------------------------------------------------------------ cyber 2024
    dict(id="mch-2024-cyber", kind="history", auth="mch", ref="FOI 24-298",
         date="2024-10-15", received="2024-09-17", regime="foia", title="Cyber security",
         style="interleaved", v="num", fmt="html", date_style="long",
         parts=[{"qs": [
             Q("hcyber.ransomware", "Has the organisation been the victim of a ransomware attack in the past two "
                                    "years?", R, "No.", "no"),
             Q("hcyber.budget", "What is the annual cyber security budget?", NH,
               "Not held \u2013 there is no separate budget for cyber security.", ex=[]),
             Q("hcyber.backup", "Which company supplies your backup and disaster recovery service?", W,
               "Withheld under section 31(1)(a) (prevention or detection of crime).", ex=["s31(1)(a)"]),
             Q("hcyber.dspt", "Current DSPT status?", R, "Standards Met.", "standards met"),
         ]}]),

    # ================================================================ DRAFTS
    dict(id="draft-mch-agency-2025", kind="draft", auth="mch", ref="FOI 25-102",
         date="2025-04-09", received="2025-03-11", regime="foia", title="Agency nursing and medical staff",
         style="interleaved", v="QA", fmt="html", date_style="long",
         parts=[
             {"h": "Section A \u2013 Nursing agencies",
              "qs": [
                  Q("ag.top_nursing", "Please name the three agencies with the highest spend.", PR,
                    "CareStaff Direct and NurseLink UK. The name of the third agency is withheld under section "
                    "43(2) of the Act (commercial interests) because it is the subject of a live contractual "
                    "dispute with the Trust.", ex=["s43(2)"]),
                  Q("ag.rate_nursing", "What is the highest hourly rate you pay an agency nurse?", R,
                    "\u00a3110 per hour (specialist community nurse, bank holiday).", "110"),
                  Q("ag.framework", "Which framework agreement is used to source agency workers?", R,
                    "The Eastern Temporary Staffing Framework.", FRAME),
              ]},
             {"h": "Section B \u2013 Medical agencies",
              "qs": [
                  Q("ag.top_medical", "Please name the three agencies with the highest spend.", R,
                    "Meridian Locums, DocCover Ltd and Apex Medical Recruitment.", TOPM),
                  Q("ag.rate_medical", "What is the highest hourly rate you pay an agency doctor?", W,
                    "Withheld under section 43(2) (commercial interests).", ex=["s43(2)"]),
                  Q("ag.names", "Names of any agency workers paid more than \u00a3100 per hour.", W,
                    "Withheld under section 40(2) (personal information).", ex=["s40(2)"]),
              ]},
         ]),

    dict(id="draft-mch-cyber-2025", kind="draft", auth="mch", ref="FOI 25-244",
         date="2025-08-27", received="2025-07-30", regime="foia", title="Cyber resilience",
         style="table", fmt="pdf-gs", date_style="ord", table_header=["Question", "Answer"],
         parts=[{"qs": [
             Q("hcyber.ransomware", "Have you had a ransomware incident in the last 24 months?", R,
               "No such incidents have occurred.", "no"),
             Q("hcyber.budget", "How much is budgeted each year for cyber security?", R,
               "\u00a3240,000 for 2025/26, the first year in which a ring-fenced cyber budget has been set.",
               "240000"),
             Q("hcyber.backup", "Who is your backup / disaster recovery supplier?", W,
               "Withheld under section 43(2) (commercial interests): the service is being re-tendered.",
               ex=["s43(2)"]),
             Q("hcyber.dspt", "What is your current Data Security and Protection Toolkit status?", R,
               "Standards Met", "standards met"),
             Q("hcyber.insurance", "Is the Trust covered by cyber insurance?", R,
               "No, the Trust has no cyber insurance policy.", "no"),
             Q("hcyber.phish_sim", "How many phishing simulation exercises have you run in the last year?", R,
               "Four.", "4"),
         ]}]),

    dict(id="draft-mch-salt-asof-2025", kind="draft", auth="mch", ref="FOI 25-139", as_of="2022-01-01",
         date="2025-05-20", received="2025-04-22", regime="foia", title="Children's speech and language therapy",
         style="interleaved", v="req", fmt="txt", date_style="slash", recv_style="long",
         parts=[{"qs": [
             Q("salt.target", "What is the target waiting time for a first speech and language therapy "
                              "appointment for a child?", R, "18 weeks.", "18w"),
             Q("salt.outsourced", "Do you buy in speech and language therapy for children from a private "
                                  "provider? Please name it.", R, "Yes. Chatter Therapy Partners Ltd.", CHATTER),
             Q("salt.ehcp", "How many children on the caseload have an EHCP?", NH,
               "Not held; this is not recorded on the clinical system.", ex=[]),
             Q("salt.system", "What clinical system does the service use?", R, "SystmOne", "systmone"),
         ]}]),
]
