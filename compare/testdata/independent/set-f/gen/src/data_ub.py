"""University of Brackenfield (England): FOIA."""
from model import Q, Part, Letter

S43_INS = ("Withheld under section 43(2) of the Act (commercial interests). Disclosure of the insurer's identity "
           "would be likely to prejudice the University's position when the policy is next placed on the market, "
           "and the insurer's own commercial interests. We have considered the public interest and concluded that "
           "it favours withholding this information.")

LETTERS = []
A = LETTERS.append

# ---------------------------------------------------------------- cyber security
A(Letter("ub-cyber-2019", "UB", "FOI 19/077", "2019-06-12", "foia", "interleaved", "txt",
    "Cyber security", received="2019-05-15",
    intro=["Thank you for your request of {received}, which has been handled under the Freedom of Information Act "
           "2000. Each of your questions is repeated below with the University's answer."],
    parts=[
        Q("cyber.ransomware", "In the past three years, has the University been the victim of a ransomware attack?",
          fact="no", ans="No."),
        Q("cyber.ransom_paid", "If so, did the University pay the ransom?", fact="n/a", ans="Not applicable."),
        Q("cyber.insurer", "Does the University hold cyber insurance, and if so who is the insurer?", "withheld",
          ["s31(1)(a)"],
          ans="The University considers that details of its insurance arrangements for cyber risk would indicate "
              "the extent to which it is protected against attack, and could be used by criminals to select "
              "targets. This information is therefore withheld under section 31(1)(a) of the Act (prevention or "
              "detection of crime). Although there is a public interest in knowing how the University manages "
              "risk, we consider that the public interest in protecting its systems is stronger."),
        Q("cyber.training", "Is cyber security training mandatory for staff?", fact="yes",
          ans="Yes. All staff must complete the online Information Security Essentials module every year."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "ql": "Q{n} ", "al": "A{n} "}))

A(Letter("ub-cyber-2021", "UB", "FOI-2021-131", "2021-03-30", "foia", "table", "pdf-chromium",
    "Cyber attacks and ransomware", received="2021-03-02",
    intro=["We received your request on {received}. The University's response to each question is given in the "
           "table below."],
    parts=[
        Q("cyber.attacks_count", "How many successful cyber attacks did the University experience in calendar years "
          "2018, 2019 and 2020?", fact="0;1;2", ans="2018: 0; 2019: 1; 2020: 2."),
        Q("cyber.ransomware", "Has the University been hit by ransomware?", fact="yes",
          ans="Yes. The University was affected by a ransomware attack in August 2020, which was reported to the "
              "Information Commissioner and to Action Fraud."),
        Q("cyber.ransom_paid", "Was a ransom paid?", fact="no", ans="No ransom was paid."),
        Q("cyber.phishing", "How many phishing emails were reported by staff in 2020?", "not_held",
          ans="The University does not hold this information. Reports are sent to a shared mailbox that is neither "
              "counted nor kept for more than 30 days."),
        Q("cyber.insurer", "Who provides the University's cyber insurance?", "withheld", ["s43(2)"], ans=S43_INS),
    ],
    opts={"meta": "refdate", "datestyle": "short", "cols": 3}))

A(Letter("ub-cyber-2023", "UB", "UOB/FOI/2023/088", "2023-02-14", "foia", "youasked", "docx",
    "Ransomware and cyber security", received="2023-01-17",
    intro=["Thank you for your email of {received} requesting information under the Freedom of Information Act 2000."],
    parts=[
        Q("cyber.ransomware", "Has the University suffered any ransomware incident since 2019?", fact="yes",
          ans="Yes, one incident, in August 2020."),
        Q("cyber.ransom_paid", "Did the University make any payment to the attackers?", fact="no", ans="No."),
        Q("cyber.insurer", "Please name the University's cyber insurance provider.", "withheld", ["s43(2)"], ans=S43_INS),
        Q("cyber.phishing", "How many suspected phishing emails did staff and students report in 2022?", "not_held",
          ans="We do not hold a count of reported phishing emails, so this information is not held."),
        Q("cyber.budget", "What is the University's annual budget for cyber security?", "withheld", ["s31(1)(a)"],
          ans="Withheld under section 31(1)(a). Revealing the level of investment in cyber security would give an "
              "indication of the University's capability and so assist those planning an attack."),
    ],
    opts={"meta": "refdate", "datestyle": "long"}))

A(Letter("ub-cyber-2024", "UB", "UOB/FOI/2024/311", "2024-09-24", "foia", "decision", "pdf-gs",
    "Cyber security incidents, insurance and training", received="2024-08-27",
    intro=["I write in response to your request for information received on {received}."],
    parts=[
        Q("cyber.incidents_logged", "How many cyber security incidents were logged by the University's IT security "
          "team in 2023?", fact="37", ans="37 incidents were logged in 2023."),
        Q("cyber.ransom_paid", "Has the University ever paid a ransom following a cyber attack?", fact="no",
          ans="No."),
        Q("cyber.phishing", "How many phishing emails were reported to the University in 2023?", "not_held",
          ans="This information is not held. The University does not keep a count of phishing reports."),
        Q("cyber.training", "Do staff have to complete cyber security training?", fact="yes",
          ans="Yes - it is mandatory and must be repeated every year."),
        Q("cyber.insurer", "Who is the University's cyber insurer?", "withheld", ["s43(2)"]),
    ],
    harm=["Section 43(2) is a qualified exemption. The University's cyber insurance is placed through a broker in a "
          "narrow market and is due for renewal; naming the insurer would be likely to prejudice the University's "
          "ability to obtain competitive terms. The public interest in accountability for spending is met by the "
          "University's published financial statements, and on balance the public interest favours withholding."],
    opts={"meta": "refdate", "datestyle": "ord", "akey": "Question {n}: "}))

# ---------------------------------------------------------------- staffing
A(Letter("ub-staff-2018", "UB", "FOI 18/203", "2018-10-09", "foia", "restate_numbered", "md",
    "Zero-hours contracts and settlement agreements", received="2018-09-11",
    intro=["Your request, received on {received}, has been considered under the Freedom of Information Act 2000."],
    lead="You asked:",
    parts=[
        Q("staff.zero_hours", "How many people does the University currently employ on zero-hours contracts?",
          fact="412", ans="412 (headcount at 31 August 2018)."),
        Q("staff.settlements", "How many settlement agreements containing a confidentiality clause did the University "
          "enter into with departing staff in 2017, broken down by faculty?", fact="11",
          ans="11 in total: Faculty of Arts and Humanities 3; Faculty of Science and Engineering 4; Medical School 2; "
              "Professional Services 2."),
        Q("staff.settlements_value", "What was the total value of the payments made under those agreements?",
          fact="386000", ans="£386,000."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "resp_head": "The University's response"}))

A(Letter("ub-staff-2020", "UB", "FOI 20/019", "2020-01-28", "foia", "interleaved", "html",
    "Settlement agreements, senior pay and casual contracts", received="2019-12-30",
    intro=["Request received: {received}. Response issued under the Freedom of Information Act 2000."],
    parts=[
        Q("staff.settlements", "Please tell me the number of settlement agreements (with non-disclosure clauses) "
          "signed in 2019, with a breakdown by faculty.", fact="8",
          ans="8: Arts and Humanities 2; Science and Engineering 3; Medical School 1; Professional Services 2."),
        Q("staff.settlements_value", "Total sum paid under those agreements in 2019?", fact="254700",
          ans="£254,700."),
        Q("staff.vc_pay", "What was the Vice-Chancellor's total remuneration in 2018/19?", ex=["s21"],
          fact="published",
          ans="This information is published in the University's Financial Statements for 2018/19 (page 41), at "
              "www.brackenfield.ac.uk/finance/statements. As it is reasonably accessible to you, section 21 of the "
              "Act applies and we are not required to provide it again."),
        Q("staff.zero_hours", "How many staff hold zero-hours contracts?", fact="389", ans="389."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "ql": "Question {n}\n", "al": "Answer\n",
          "log_date": "FOI 20/019 - published 4 February 2020"}))

A(Letter("ub-staff-2023", "UB", "UOB/FOI/2023/154", "2023-04-18", "foia", "table", "pdf-soffice",
    "Staff contracts, settlement agreements and grievances", received="2023-03-21",
    intro=["Thank you for your request of {received}. Please find the University's response in the table below."],
    parts=[
        Q("staff.zero_hours", "Headcount of staff whose employment contracts guarantee no minimum hours (zero-hours "
          "or 'as and when' contracts)", fact="355", ans="355 as at 31 March 2023."),
        Q("staff.settlements", "Settlement agreements with confidentiality terms concluded in 2022 - total and by "
          "faculty", fact="9",
          ans="9 in total - Arts and Humanities 2; Science and Engineering 3; Medical School 2; Professional "
              "Services 2."),
        Q("staff.settlements_value", "Total value of payments made under those agreements", fact="298500",
          ans="£298,500."),
        Q("staff.grievances", "Number of formal grievances raised by staff in 2022", fact="64", ans="64."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "cols": 2, "hdr": ("Information requested", "Response")}))

# ---------------------------------------------------------------- software / licences
A(Letter("ub-lic-2019", "UB", "FOI 19/118", "2019-09-03", "foia", "interleaved", "txt",
    "Software systems", received="2019-08-06",
    intro=["I am writing in response to your request received on {received}."],
    parts=[
        Q("lic.sis", "Which student records system does the University use, and who supplies it?", fact="tribal",
          ans="SITS:Vision, supplied by Tribal Group."),
        Q("lic.vle", "Which virtual learning environment does the University use?", fact="blackboard",
          ans="Blackboard Learn (self-hosted)."),
        Q("lic.sis_expiry", "When does the student records system contract expire?", fact="2022-07-31",
          ans="31 July 2022."),
        Q("lic.finance", "Which finance system is used?", fact="agresso", ans="Agresso Business World (Unit4)."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "ql": "{n}. ", "al": "Response: "}))

A(Letter("ub-lic-2022", "UB", "FOI-2022-064", "2022-02-22", "foia", "restate_numbered", "pdf-chromium",
    "Software licences", received="2022-01-25",
    intro=["Your request dated {received} has been processed under the Freedom of Information Act 2000."],
    parts=[
        Q("lic.vle", "Name of your VLE / learning management system.", fact="moodle",
          ans="Moodle, hosted by a third party since September 2021."),
        Q("lic.sis", "Name of your student record system and its supplier.", fact="tribal",
          ans="SITS:Vision (Tribal)."),
        Q("lic.m365", "How many Microsoft 365 licences does the University hold?", fact="27500",
          ans="27,500 (staff and students, A3 and A1 education licences)."),
        Q("lic.sis_expiry", "End date of the student record system contract.", fact="2027-07-31",
          ans="31 July 2027, following renewal in 2022."),
    ],
    opts={"meta": "refdate", "datestyle": "us"}))

A(Letter("ub-lic-2024", "UB", "UOB/FOI/2024/097", "2024-03-12", "foia", "youasked", "html",
    "Student information and finance systems", received="2024-02-13",
    intro=["Thank you for your request received on {received}."],
    parts=[
        Q("lic.sis", "Who provides your student information system?", fact="tribal", ans="Tribal Group (SITS)."),
        Q("lic.sis_expiry", "When does that contract end?", fact="2027-07-31", ans="31/07/2027."),
        Q("lic.vle", "What VLE is in use?", fact="moodle", ans="Moodle."),
        Q("lic.finance", "What finance / ERP system do you use?", fact="unit4", ans="Unit4 ERP."),
        Q("lic.m365", "Number of Microsoft 365 licences held.", fact="29000", ans="29,000."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "labels": ("Your request:", "Our response:"),
          "log_date": "Response date: 12 March 2024"}))

# ================================================================= drafts
A(Letter("ub-cyber-draft", "UB", "UOB/FOI/2025/402", "2025-10-07", "foia", "decision", "pdf-chromium",
    "Ransomware, phishing, insurance and training", received="2025-09-09", draft=True,
    fname="brackenfield-cyber-draft.pdf",
    intro=["I write in response to your request for information received on {received}, which has been handled "
           "under the Freedom of Information Act 2000."],
    parts=[
        Q("cyber.ransomware", "Has the University experienced a ransomware attack at any time since 2019?",
          fact="yes", ans="Yes. The University was subject to one ransomware attack, in August 2020."),
        Q("cyber.ransom_paid", "Has the University paid, or arranged for a third party to pay, a ransom or "
          "extortion demand?", "ncnd", ["s31(3)"],
          dec="In respect of question 2, the University neither confirms nor denies whether it holds information "
              "about any payment of a ransom or extortion demand. Section 31(3) removes the duty to confirm or deny "
              "where doing so would, or would be likely to, prejudice the prevention or detection of crime: "
              "confirming either way would tell criminal groups how the University responds to extortion."),
        Q("cyber.phishing", "How many phishing emails were reported by staff in the 2024/25 academic year?",
          fact="14312", ans="14,312. Since January 2024 reports are made with the 'Report phishing' button in Outlook "
                            "and are counted automatically."),
        Q("cyber.insurer", "Does the University have cyber insurance and, if so, with which insurer?",
          "partially_released", ["s43(2)"], fact="yes",
          ans="Yes, the University holds cyber insurance. The name of the insurer is withheld under section 43(2) "
              "(commercial interests), as the policy is due to be re-marketed in 2026."),
        Q("cyber.training", "Is cyber security training compulsory for staff?", fact="yes",
          ans="Yes, all staff must complete it annually."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "akey": "Question {n} - ",
          "dec_open": "The University holds information within the scope of your request and it is provided below, "
                      "with the following exception."}))

A(Letter("ub-staff-draft", "UB", "UOB/FOI/2025/219", "2025-06-10", "foia", "restate_numbered", "md",
    "Settlement agreements, casual contracts and senior pay", received="2025-05-13", draft=True,
    fname="brackenfield-staffing-draft.md",
    intro=["Thank you for your request, received on {received}, which we have considered under the Freedom of "
           "Information Act 2000."],
    lead="You asked:",
    parts=[
        Q("staff.settlements", "How many settlement agreements with confidentiality or non-disclosure clauses did "
          "the University sign in 2024? Please break the figure down by faculty.", "partially_released", ["s40(2)"],
          fact="7",
          ans="The University signed 7 such agreements in 2024. We have not broken this figure down by faculty: with "
              "numbers this small, and after last year's restructure of the Medical School, individuals could be "
              "identified, so the breakdown is withheld under section 40(2) of the Act (personal information)."),
        Q("staff.zero_hours", "How many employees are currently engaged on zero-hours contracts?", "refused",
          ["s12(1)"],
          ans="Since the move to the new HR system in 2024, casual workers are no longer flagged by contract type. "
              "Identifying them would mean reviewing about 2,100 individual engagement records at roughly three "
              "minutes each (some 105 hours), well beyond the appropriate limit of 18 hours (£450). Section 12(1) of "
              "the Act therefore applies and we are not obliged to answer this question. If you would like to "
              "narrow it, for example to a single department, we will be happy to help."),
        Q("staff.vc_pay", "Please provide the total remuneration package of the Vice-Chancellor for 2023/24.",
          ex=["s21"], fact="published",
          ans="This is published in the University's Financial Statements 2023/24 (note 9, senior staff "
              "remuneration), available at www.brackenfield.ac.uk/finance/statements. Section 21 applies, as the "
              "information is reasonably accessible to you."),
        Q("staff.fixed_term", "How many staff are employed on fixed-term contracts?", fact="1146",
          ans="1,146 (headcount at 30 April 2025)."),
    ],
    opts={"meta": "refdate", "datestyle": "long", "resp_head": "Our response"}))

A(Letter("ub-lic-request", "UB", "", "2025-12-02", "foia", "request_email", "txt",
    "Freedom of Information request - software licences", draft=True, bare=True,
    fname="incoming-request-software-licences.txt",
    intro=["Under the Freedom of Information Act 2000, please provide the following information about the "
           "University of Brackenfield's software and systems:"],
    outro=["I would prefer to receive the information electronically. If any part of this request is unclear, "
           "please contact me.", "I look forward to your reply within 20 working days."],
    parts=[
        Q("lic.vle", "What is your virtual learning environment (VLE), and who hosts it?", "none"),
        Q("lic.sis", "Which company supplies your student records system?", "none"),
        Q("lic.sis_expiry", "What is the expiry date of the student records system contract?", "none"),
        Q("lic.m365", "How many Microsoft 365 licences do you currently have?", "none"),
        Q("lic.library", "Which library management system do you use, and when does that contract expire?", "none"),
    ],
    opts={"email_meta": ["From: J. Morrow <jmorrow.requests@example.org>", "Sent: Tuesday, 2 December 2025 09:14",
                         "To: foi@brackenfield.ac.uk",
                         "Subject: Freedom of Information request - software licences"]}))
