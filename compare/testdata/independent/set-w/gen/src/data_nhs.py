from common import Q, Part

HISTORY = [
 # N1 ---------------------------------------------------------------- agency 2017 txt
 dict(id='elh-2017-agency', auth='nhs', ref='FOI/17/0234', date='2017-07-13', received='2017-06-14',
      title='Agency nursing staff', fmt='txt', style='numbered', dstyle='long', afmt='{n}. {a}',
      parts=[Part(qs=[
        Q('agency.nv', 'Does the Trust use a neutral or master vendor to supply agency nursing staff? If so, which company?',
          fact='Meridian Workforce Solutions', ans='Yes. The Trust uses Meridian Workforce Solutions as its neutral vendor.'),
        Q('agency.framework', 'Which procurement framework(s) does the Trust use to engage agency nurses?',
          fact='National Clinical Staffing Framework', ans='The National Clinical Staffing Framework.'),
        Q('agency.top.1617', 'Which nursing agency did the Trust spend the most with in 2016/17?',
          fact='Halcyon Nursing', ans='Halcyon Nursing Ltd.'),
        Q('agency.bank', 'Does the Trust operate its own staff bank for nurses?', fact='yes', ans='Yes.'),
      ])]),
 # N2 ---------------------------------------------------------------- cyber 2018 html
 dict(id='elh-2018-cyber', auth='nhs', ref='FOI/18/0912', date='2018-11-29', received='2018-11-01',
      title='Cyber security and WannaCry', fmt='html', style='interleaved', ivar='QA', dstyle='long',
      parts=[Part(qs=[
        Q('cyber.wannacry', 'Was the Trust affected by the WannaCry ransomware attack in May 2017?', fact='yes',
          ans='Yes. A number of Trust devices were affected and some elective activity was postponed.'),
        Q('cyber.antivirus', 'Which antivirus or endpoint protection product does the Trust use?', k='wh', ex=['s31(1)(a)'],
          ans='The Trust holds this information but considers it exempt under section 31(1)(a) of the Act, as disclosure would be likely to assist those seeking to attack Trust systems.'),
        Q('cyber.xp', 'How many Trust computers still run Windows XP?', fact=0, ans='None.'),
        Q('cyber.ransom', 'Has the Trust ever paid a ransom to recover its data or systems?', fact='no', ans='No.'),
      ])]),
 # N3 ---------------------------------------------------------------- PAS 2019 chromium table
 dict(id='elh-2019-pas', auth='nhs', ref='FOI/19/0388', date='2019-05-16', received='2019-04-17',
      title='Patient Administration System', fmt='pdf-chromium', style='table', dstyle='ord', thdr=['Question', 'Trust response'],
      parts=[Part(qs=[
        Q('epr.supplier', 'Who supplies the Trust\'s Patient Administration System (PAS)?', fact='Medisys Clinical',
          ans='Medisys Clinical Ltd'),
        Q('epr.expiry', 'When does the PAS contract expire?', fact='2022-09-30', ans='30 September 2022'),
        Q('epr.value', 'What is the total value of the PAS contract?', k='wh', ex=['s43(2)'],
          ans='Exempt - section 43(2) (commercial interests). The Trust is in negotiations about the future of the service.'),
        Q('epr.plans', 'Does the Trust plan to procure an electronic patient record (EPR) in the next three years?', fact='yes',
          ans='Yes'),
      ])]),
 # N4 ---------------------------------------------------------------- agency 2020 docx you asked
 dict(id='elh-2020-agency', auth='nhs', ref='FOI-ELH-2020-0101', date='2020-02-06', received='2020-01-08',
      title='Temporary staffing - nursing', fmt='docx', style='youasked', dstyle='long',
      parts=[Part(qs=[
        Q('agency.bank', 'Do you have an in-house nurse bank?', fact='yes', ans='Yes, the Trust runs an internal nurse bank.'),
        Q('agency.nv', 'Please name the neutral vendor (if any) used to source agency nurses.',
          fact='Meridian Workforce Solutions', ans='Meridian Workforce Solutions.'),
        Q('agency.framework', 'Under which framework agreement are agency nurses booked?',
          fact='National Clinical Staffing Framework', ans='National Clinical Staffing Framework.'),
        Q('agency.bank_provider', 'Is the nurse bank managed by the Trust or by an external provider (for example NHS Professionals)? If external, who?',
          fact='in-house', ans='It is managed by the Trust\'s own Temporary Staffing Office.'),
      ])]),
 # N5 ---------------------------------------------------------------- cyber 2021 gs pdf
 dict(id='elh-2021-cyber', auth='nhs', ref='FOI-ELH-2021-0233', date='2021-03-25', received='2021-02-24',
      title='Cyber security', fmt='pdf-gs', style='interleaved', ivar='Q1A1', dstyle='long',
      parts=[Part(qs=[
        Q('cyber.antivirus', 'Name the endpoint protection / anti-virus software deployed across the Trust.', k='wh', ex=['s31(1)(a)'],
          ans='Withheld under Section 31(1)(a) (Law Enforcement) - the prevention or detection of crime.'),
        Q('cyber.ransom', 'Has the Trust paid any ransom in response to a cyber attack?', fact='no', ans='No.'),
        Q('cyber.incidents_reported', 'How many cyber security incidents has the Trust reported to NHS Digital in the last three years?',
          k='wh', ex=['s31(1)(a)'], ans='This information is withheld under Section 31(1)(a) (Law Enforcement).'),
        Q('cyber.training_rate', 'What percentage of staff have completed the annual Data Security Awareness training?',
          fact=96, ans='96%.'),
      ])]),
 # N6 ---------------------------------------------------------------- RTT 2022 md (unrelated)
 dict(id='elh-2022-rtt', auth='nhs', ref='FOI-ELH-2022-0577', date='2022-06-09', received='2022-05-11',
      title='Waiting list validation', fmt='md', style='numbered', dstyle='long', afmt='{n}. {a}',
      parts=[Part(qs=[
        Q('rtt.52weeks', 'How many patients on the referral to treatment waiting list had waited more than 52 weeks at the end of April 2022?',
          fact=1840, ans='1,840.'),
        Q('rtt.validation', 'Does the Trust use an external company to validate its waiting list? If so, which?',
          fact='ValidPath Ltd', ans='Yes - ValidPath Ltd.'),
      ])]),
 # N7 ---------------------------------------------------------------- PAS/EPR 2023 soffice
 dict(id='elh-2023-epr', auth='nhs', ref='FOI-ELH-2023-0069', date='2023-01-26', received='2022-12-22',
      title='Electronic patient record and PAS', fmt='pdf-soffice', style='numbered', dstyle='long',
      afmt='{n}. {a}', resp_head='The Trust\'s response',
      parts=[Part(qs=[
        Q('epr.supplier', 'Please confirm the supplier of your current patient administration system.', fact='Medisys Clinical',
          ans='Medisys Clinical Ltd.'),
        Q('epr.expiry', 'Please confirm the date on which that contract ends.', fact='2027-09-30',
          ans='The contract was extended and now ends on 30 September 2027.'),
        Q('epr.value', 'What is the contract worth?', k='wh', ex=['s43(2)'],
          ans='This is withheld under section 43(2) of the FOI Act as its release would prejudice the commercial interests of the Trust and the supplier.'),
        Q('epr.plans', 'Is the Trust planning to move to an electronic patient record?', fact='yes',
          ans='Yes. A procurement is under way as part of the national frontline digitisation programme.'),
        Q('epr.users', 'How many concurrent users does the system support?', fact=2300, ans='2,300.'),
      ])]),
 # N8 ---------------------------------------------------------------- agency 2023 html parts
 dict(id='elh-2023-agency', auth='nhs', ref='FOI-ELH-2023-0934', date='2023-10-12', received='2023-09-13',
      title='Temporary staffing - nursing and medical locums', fmt='html', style='interleaved', ivar='QA', dstyle='long',
      parts=[
       Part(heading='Part 1 - Registered nursing staff', qs=[
        Q('agency.nv', 'Which neutral vendor, if any, do you use for this staff group?', fact='Meridian Workforce Solutions',
          ans='Meridian Workforce Solutions.'),
        Q('agency.framework', 'Which framework(s) do you use to engage agency workers in this staff group?',
          fact='National Clinical Staffing Framework', ans='The National Clinical Staffing Framework.'),
        Q('agency.bank', 'Do you operate an in-house bank for this staff group?', fact='yes', ans='Yes.'),
       ]),
       Part(heading='Part 2 - Medical and dental locums', qs=[
        Q('locum.nv', 'Which neutral vendor, if any, do you use for this staff group?', fact='Corvus Medical Staffing',
          ans='Corvus Medical Staffing Ltd.'),
        Q('locum.framework', 'Which framework(s) do you use to engage agency workers in this staff group?',
          fact='Crown Health Medical Locum Framework', ans='The Crown Health Procurement Medical Locum Framework.'),
        Q('locum.bank', 'Do you operate an in-house bank for this staff group?', fact='yes',
          ans='Yes - a medical bank is run by the Medical Staffing team.'),
       ])]),
 # N9 ---------------------------------------------------------------- cyber 2024 txt
 dict(id='elh-2024-cyber', auth='nhs', ref='FOI-ELH-2024-0522', date='2024-06-20', received='2024-05-23',
      title='Cyber security incidents and controls', fmt='txt', style='youasked', dstyle='long',
      parts=[Part(qs=[
        Q('cyber.antivirus', 'What anti-virus or endpoint detection and response product protects the Trust\'s devices?', k='wh', ex=['s31(1)(a)'],
          ans='The Trust holds this information; however, it is exempt from disclosure under section 31(1)(a) (law enforcement).'),
        Q('cyber.ransom', 'Has the Trust ever paid a ransom following a ransomware attack?', fact='no', ans='No.'),
        Q('cyber.incidents_reported', 'Over the past three years, how many cyber incidents has the Trust reported to NHS England (formerly NHS Digital)?',
          k='wh', ex=['s31(1)(a)'], ans='Withheld - section 31(1)(a) applies.'),
        Q('cyber.training_rate', 'What proportion of staff are up to date with Data Security Awareness training?', fact=94,
          ans='94% of staff.'),
        Q('cyber.wannacry', 'Was the Trust impacted by WannaCry in 2017?', fact='yes', ans='Yes.'),
      ])]),
]

DRAFTS = [
 # DN1 ---------------------------------------------------------------- agency 2025 draft (soffice pdf, parts)
 dict(id='draft-elh-2025-agency', auth='nhs', ref='FOI-ELH-2025-0418', date='2025-05-22', received='2025-04-23',
      title='Agency and bank staffing - nursing and medical', fmt='pdf-soffice', style='table', dstyle='ord',
      thdr=['Request', 'Response'], draft_mark='DRAFT',
      parts=[
       Part(heading='Section A: Nursing', qs=[
        Q('agency.nv', 'Do you use a neutral vendor for nurse agency bookings? Please name them.', fact='Meridian Workforce Solutions',
          ans='Yes - Meridian Workforce Solutions.'),
        Q('agency.framework', 'Through which framework agreement(s) are agency nurses procured?', fact='National Clinical Staffing Framework',
          ans='National Clinical Staffing Framework only.'),
        Q('agency.bank', 'Does the Trust run an internal bank for nurses?', fact='yes', ans='Yes.'),
        Q('agency.spend.2425', 'What did the Trust spend on agency nursing in 2024/25?', fact=3120000, ans='£3.12m.'),
       ]),
       Part(heading='Section B: Medical locums', qs=[
        Q('locum.nv', 'Do you use a neutral vendor for locum doctor bookings? Please name them.', k='wh', ex=['s43(2)'],
          ans='The Trust is currently re-procuring this service. The name of the current provider is withheld under section 43(2) (commercial interests).'),
        Q('locum.framework', 'Through which framework agreement(s) are medical locums procured?', fact='Clinical Staffing Dynamic Purchasing System',
          ans='The Clinical Staffing Dynamic Purchasing System (Northern Health Procurement Hub).'),
        Q('locum.bank', 'Does the Trust run an internal bank for doctors?', fact='yes', ans='Yes.'),
       ])]),
 # DN2 ---------------------------------------------------------------- cyber + EPR 2026 draft txt
 dict(id='draft-elh-2026-cyber-epr', auth='nhs', ref='FOI-ELH-2026-0112', date='2026-03-11', received='2026-02-10',
      title='Cyber resilience and patient administration system', fmt='txt', style='numbered', dstyle='long',
      afmt='Response {n}: {a}', req_intro='I would be grateful for the following information.',
      parts=[Part(qs=[
        Q('cyber.antivirus', 'Which endpoint security product does the Trust use?', k='wh', ex=['s31(1)(a)'],
          ans='This is withheld under section 31(1)(a) (law enforcement).'),
        Q('cyber.ransom', 'Has the Trust at any point paid a ransom to cyber criminals?', k='ncnd', ex=['s31(3)'],
          ans='The Trust neither confirms nor denies whether it holds information of this description, by virtue of section 31(3) of the Act, in line with current national guidance to NHS organisations.'),
        Q('cyber.incidents_reported', 'How many cyber incidents have been reported to NHS England in the last three years?', k='wh', ex=['s24(1)'],
          ans='The Trust holds this information; it is withheld under section 24(1) (national security).'),
        Q('cyber.training_rate', 'What percentage of staff are compliant with Data Security Awareness training?', fact=94,
          ans='94 per cent.'),
        Q('epr.supplier', 'Who is the supplier of your patient administration system?', fact='Medisys Clinical',
          ans='Medisys Clinical Ltd.'),
        Q('epr.expiry', 'When does that contract expire?', fact='2027-09-30', ans='30/09/2027.'),
        Q('epr.value', 'What is the value of that contract?', k='wh', ex=['s43(2)'],
          ans='Withheld under section 43(2) (commercial interests).'),
      ])]),
]
