"""NHS Tarnside and Wexley Integrated Care Board: FOIA."""
from model import Q, L

A = "ICB"
DSPT = ("The ICB's Data Security and Protection Toolkit assessment is published on the DSPT website "
        "(https://www.dsptoolkit.nhs.uk) and is reasonably accessible to you, so section 21 of the FOIA "
        "applies. Our latest published status is 'Standards Met'.")
S31 = ("This information is withheld under section 31(1)(a) of the FOIA (law enforcement). Disclosure "
       "would be likely to assist those seeking to attack NHS systems and so prejudice the prevention of "
       "crime. We have considered the public interest and concluded that it favours withholding the "
       "information.")

HISTORY = [
    # ---------------------------------------------------------------- Cyber 2022 (gs pdf)
    L("icb-2022-cyber", A, "ICB-FOI-2022-0131", "2022-09-12", received="2022-08-15", fmt="pdf-gs",
      style="interleaved", title="Cyber security", datefmt=0, extra=dict(labels=0),
      parts=[[
          Q("cyb.incidents", "How many cyber security incidents has the ICB (or its predecessor CCG) "
            "reported in the past 12 months?", "withheld", ex=["s31(1)(a)"], ans=S31),
          Q("cyb.ransom", "Have you ever paid a ransom following a ransomware attack?", "released",
            fact="no", ans="No."),
          Q("cyb.av", "Which antivirus or endpoint protection product do you use?", "released",
            fact="halberd", ans="Halberd EDR, provided to NHS organisations under a national agreement."),
          Q("cyb.ciso", "Do you employ a Chief Information Security Officer?", "released", fact="no",
            ans="No. Cyber security support is provided to the ICB by the Commissioning Support Unit."),
          Q("cyb.dspt", "What was the outcome of the ICB's most recent DSPT assessment?", "released",
            ex=["s21"], ans=DSPT),
      ]]),
    # ---------------------------------------------------------------- Interpreting 2022 (docx)
    L("icb-2022-interp", A, "ICB-FOI-2022-0388", "2022-12-05", received="2022-11-07", fmt="docx",
      style="table", title="Interpreting services", datefmt=1,
      parts=[[
          Q("interp.supplier", "Who provides face-to-face and telephone interpreting for GP practices?",
            "released", fact="linguabridge", ans="LinguaBridge Ltd"),
          Q("interp.value", "Contract value per annum", "withheld", ex=["s43(2)"],
            ans="Withheld under section 43(2) – commercial interests. The contract is subject to "
                "re-procurement and releasing the price would prejudice that exercise."),
          Q("interp.expiry", "Contract end date", "released", fact="2025-03-31", ans="31 March 2025"),
          Q("interp.bsl", "Does the contract include British Sign Language?", "released", fact="yes",
            ans="Yes"),
      ]]),
    # ---------------------------------------------------------------- Agency 2023 (md)
    L("icb-2023-agency", A, "ICB-FOI-2023-0097", "2023-03-20", received="2023-02-20", fmt="md",
      style="restate", title="Agency and interim staff", datefmt=0, extra=dict(labels=0),
      parts=[[
          Q("agency.spend.icb_to_date", "Total spend on agency and interim staff since the ICB was "
            "established in July 2022.", "released", fact="640000", ans="£640,000 to 28 February 2023."),
          Q("agency.framework", "Which procurement framework(s) are used to engage agency workers?",
            "released", fact="crescent", ans="The Crescent Workforce framework."),
          Q("agency.top", "The names of the five agencies with the highest spend.", "released",
            fact="harlow,beacon,northway,tay,kestrel",
            ans="Harlow Interim Partners; Beacon Locums; Northway Health Recruitment; Tay Interim; "
                "Kestrel Associates."),
          Q("agency.roles", "A list of interim roles currently filled, with the day rate for each.",
            "released", fact="dig950,cont720,erp600",
            ans="Interim Director of Digital – £950 per day; Interim Head of Contracting – £720 per day; "
                "Interim Programme Manager (Elective Recovery) – £600 per day."),
          Q("agency.cap", "How many agency shifts exceeded the NHS England price cap?", "not_held",
            ans="The ICB does not hold this information. The ICB does not book clinical shifts; price "
                "cap reporting is done by provider trusts."),
      ]]),
    # ---------------------------------------------------------------- Cyber 2023 (pdf soffice, decision)
    L("icb-2023-cyber", A, "ICB-FOI-2023-0412", "2023-08-14", received="2023-07-17", fmt="pdf-soffice",
      style="decision", title="Cyber security and resilience", datefmt=0,
      parts=[[
          Q("cyb.ransom", "Has the organisation paid any ransom demand?", "released", fact="no", ans="No."),
          Q("cyb.incidents", "How many cyber-attacks or cyber security incidents has the ICB experienced "
            "in the last twelve months?", "withheld", ex=["s31(1)(a)"]),
          Q("cyb.av", "What endpoint or antivirus software is deployed?", "withheld", ex=["s31(1)(a)"]),
          Q("cyb.budget", "What is the ICB's annual budget for cyber security?", "not_held",
            ans="No information held. Cyber security costs are not budgeted separately from the wider "
                "digital budget."),
          Q("cyb.ciso", "Is there a CISO in post?", "released", fact="no", ans="No."),
          Q("cyb.ce", "Does the ICB hold Cyber Essentials or Cyber Essentials Plus certification?",
            "released", fact="no", ans="No."),
      ]]),
    # ---------------------------------------------------------------- Interpreting 2024 (html)
    L("icb-2024-interp", A, "ICB-FOI-2024-0044", "2024-01-22", received="2023-12-19", fmt="html",
      style="interleaved", title="Interpreting and translation contract", datefmt=0,
      extra=dict(labels=1, category="Contracts and procurement"),
      parts=[[
          Q("interp.supplier", "Which company holds your interpreting contract for primary care?",
            "released", fact="linguabridge", ans="LinguaBridge Ltd."),
          Q("interp.expiry", "When does that contract expire?", "released", fact="2025-03-31",
            ans="31/03/2025."),
          Q("interp.value", "What is its annual value?", "released", fact="212000",
            ans="£212,000 a year."),
          Q("interp.top_langs.2023", "What were the five most requested languages in 2023?", "released",
            fact="pl,ro,ar,ur,bn", ans="Polish, Romanian, Arabic, Urdu and Bengali."),
      ]]),
    # ---------------------------------------------------------------- Agency 2024 (pdf chromium)
    L("icb-2024-agency", A, "ICB-FOI-2024-0233", "2024-05-13", received="2024-04-15", fmt="pdf-chromium",
      style="interleaved", title="Temporary staffing", datefmt=3, extra=dict(labels=3),
      parts=[[
          Q("agency.spend.2223", "Agency and interim staff spend for 2022/23 (July 2022 to March 2023).",
            "released", fact="1140000", ans="£1,140,000."),
          Q("agency.spend.2324", "The same figure for 2023/24.", "released", fact="860000",
            ans="£860,000."),
          Q("agency.top", "The top five agencies by spend.", "withheld", ex=["s43(2)"],
            ans="Withheld under section 43(2) of the FOIA. Rates and volumes by agency are commercially "
                "sensitive while the ICB re-tenders its interim supply; the public interest favours "
                "withholding."),
          Q("agency.roles", "Interim roles in post at the date of this request, with day rates.", "released",
            fact="dig950,med680",
            ans="Interim Director of Digital – £950 per day; Interim Head of Medicines Optimisation – "
                "£680 per day."),
          Q("agency.framework", "The framework(s) used.", "released", fact="crescent",
            ans="Crescent Workforce framework."),
          Q("agency.cap", "The number of shifts above the price cap.", "not_held",
            ans="Not held – the ICB does not book shifts subject to the price cap."),
      ]]),
    # ---------------------------------------------------------------- unrelated 2024
    L("icb-2024-weight", A, "ICB-FOI-2024-0689", "2024-11-04", received="2024-10-07", fmt="txt",
      style="interleaved", title="Weight management medicines", datefmt=1, extra=dict(labels=2),
      parts=[[
          Q("wm.tirz", "Does the ICB commission tirzepatide for weight management in primary care?",
            "released", fact="yes", ans="Yes, in line with the national phased roll-out from 2025."),
          Q("wm.spend.2324", "How much did the ICB spend on weight-management medicines in 2023/24?",
            "released", fact="412000", ans="£412,000."),
          Q("wm.waiting", "How many patients are waiting for specialist (tier 3) weight management?",
            "released", fact="1860", ans="1,860 as at 30 September 2024."),
      ]]),
    # ---------------------------------------------------------------- Cyber 2025 (docx table)
    L("icb-2025-cyber", A, "ICB-FOI-2025-0071", "2025-02-10", received="2025-01-13", fmt="docx",
      style="table", title="Cyber security", datefmt=2, extra=dict(numcol=True),
      parts=[[
          Q("cyb.incidents", "Cyber incidents in the last 12 months (number)", "withheld", ex=["s31(1)(a)"],
            ans="Withheld – section 31(1)(a)"),
          Q("cyb.av", "Antivirus / EDR solution in use", "withheld", ex=["s31(1)(a)"],
            ans="Withheld – section 31(1)(a)"),
          Q("cyb.ce", "Cyber Essentials Plus certified? (Y/N)", "released", fact="no",
            ans="N – the ICB meets the DSPT standards instead"),
          Q("cyb.budget", "Annual cyber security budget", "not_held",
            ans="Not held – not separately identified"),
          Q("cyb.ciso", "Dedicated CISO? (Y/N)", "released", fact="no", ans="N"),
          Q("cyb.ransom", "Ransom ever paid? (Y/N)", "released", fact="no", ans="N"),
      ]]),
]

DRAFTS = [
    # ---------------------------------------------------------------- Draft: cyber 2025
    L("ICB-draft-cyber-2025.docx", A, "ICB-FOI-2025-0533", "2025-08-18", received="2025-07-21", fmt="docx",
      style="youasked", title="Cyber security", datefmt=0, draft=True,
      parts=[[
          Q("cyb.ransom", "Has the ICB ever made a payment to cyber criminals in response to a ransom "
            "demand?", "released", fact="no", ans="No, the ICB has never paid a ransom."),
          Q("cyb.incidents", "How many times in the last year has the ICB been affected by a cyber "
            "incident?", "released", fact="2",
            ans="Two. Both were phishing incidents affecting a single mailbox each; neither led to loss "
                "of patient data."),
          Q("cyb.av", "What product protects your endpoints against malware?", "withheld", ex=["s24(1)"],
            ans="This information is withheld under section 24(1) of the FOIA (national security), on the "
                "advice of the national cyber security centre for health. The public interest favours "
                "withholding."),
          Q("cyb.ciso", "Do you have a chief information security officer or equivalent?", "released",
            fact="yes", ans="Yes. A Head of Cyber Security (CISO equivalent) was appointed in May 2025."),
          Q("cyb.ce", "Are you certified to Cyber Essentials Plus?", "released", fact="no", ans="No."),
          Q("cyb.budget", "How much is budgeted annually for cyber security?", "not_held",
            ans="The ICB does not hold this information; there is no separate cyber security budget."),
          Q("cyb.dspt", "Please provide your latest DSPT status.", "released", ex=["s21"],
            ans="Our DSPT status ('Standards Met') is published at https://www.dsptoolkit.nhs.uk; "
                "section 21 applies."),
          Q("cyb.gp_ce", "Does the ICB require its GP practices to hold Cyber Essentials?", "released",
            fact="no", ans="No, but practices must complete the DSPT each year."),
      ]]),
    # ---------------------------------------------------------------- Draft: temporary staffing 2025
    L("ICB-draft-agency-2025.pdf", A, "ICB-FOI-2025-0811", "2025-11-24", received="2025-10-27",
      fmt="pdf-gs", style="restate", title="Temporary staffing costs", datefmt=1, draft=True,
      extra=dict(labels=1, lead="Your request was worded as follows:"),
      parts=[[
          Q("agency.spend.2324", "What did the ICB spend on temporary staff (agency workers and interims) "
            "during 2023-24?", "released", fact="860000", ans="£0.86m."),
          Q("agency.spend.2223", "And in 2022-23?", "released", fact="1140000", ans="£1.14 million."),
          Q("agency.top", "Which agencies received the most money from the ICB? Please name the top five.",
            "released", fact="harlow,beacon,northway,tay,kestrel",
            ans="Harlow Interim Partners, Beacon Locums, Northway Health Recruitment, Tay Interim and "
                "Kestrel Associates."),
          Q("agency.roles", "Please list each interim post currently filled and the daily rate paid.",
            "partially_released", ex=["s43(2)"],
            ans="Interim Director of Digital; Interim Head of Medicines Optimisation. The day rates are "
                "withheld under section 43(2) (commercial interests) as they would reveal the agencies' "
                "margins."),
          Q("agency.framework", "Through which framework agreement are temporary staff engaged?",
            "released", fact="crescent", ans="The Crescent Workforce framework agreement."),
          Q("agency.cap", "How many bookings exceeded NHS England's agency price cap?", "not_held",
            ans="The ICB does not hold this information: it does not make bookings that are subject to the cap."),
      ]]),
]
