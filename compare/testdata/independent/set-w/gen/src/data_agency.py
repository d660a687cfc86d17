from common import Q, Part

HISTORY = [
 # A1 ---------------------------------------------------------------- staffing 2018 txt
 dict(id='iwra-2018-staffing', auth='agency', ref='IWRA FOI 2018/0044', date='2018-02-22', received='2018-01-24',
      title='Staff numbers and consultancy', fmt='txt', style='numbered', dstyle='long', afmt='{n}. {a}',
      parts=[Part(qs=[
        Q('staff.headcount', 'How many staff (full-time equivalent) does the Agency employ?', fact=1240, ans='1,240 FTE.'),
        Q('consult.firms', 'Which management consultancy firms has the Agency engaged in the last two years?',
          fact='Brackley Partners; Ostrander Consulting', ans='Brackley Partners LLP and Ostrander Consulting Ltd.'),
        Q('staff.remote', 'Does the Agency have a policy on home or flexible working? If so, please provide it.', ex=['s21'], fact='policy link',
          ans='Yes. Our Flexible Working Policy is published on GOV.UK and is therefore reasonably accessible to you (section 21 of the Act): www.gov.uk/government/publications/iwra-flexible-working-policy.'),
      ])]),
 # A2 ---------------------------------------------------------------- monitoring contract 2019 gs decision
 dict(id='iwra-2019-monitoring', auth='agency', ref='IWRA FOI 2019/0213', date='2019-04-11', received='2019-03-13',
      title='Water quality laboratory contract', fmt='pdf-gs', style='decision', dstyle='long', exform='section',
      harm=['Section 43(2) is a qualified exemption. Disclosure of the contract value would reveal the pricing of the '
            'laboratory supplier and undermine the Agency\'s position in the forthcoming re-procurement. Although there '
            'is a public interest in transparency about the use of public money, we consider that the balance of the '
            'public interest favours withholding the value at this time.'],
      parts=[Part(qs=[
        Q('mon.contractor', 'Which laboratory holds the contract for analysing the Agency\'s water quality samples?',
          fact='Aqualytica Laboratories', ans='Aqualytica Laboratories Ltd.'),
        Q('mon.value', 'What is the annual value of that contract?', k='wh', ex=['s43(2)']),
        Q('mon.expiry', 'When does that contract expire?', fact='2022-03-31', ans='31 March 2022.'),
        Q('mon.sites', 'How many monitoring sites are sampled under the contract?', fact=3100, ans='Approximately 3,100 sites.'),
      ])]),
 # A3 ---------------------------------------------------------------- fleet 2020 html
 dict(id='iwra-2020-fleet', auth='agency', ref='IWRA FOI 2020/0590', date='2020-09-17', received='2020-08-19',
      title='Agency vehicle fleet', fmt='html', style='interleaved', ivar='QA', dstyle='long',
      parts=[Part(qs=[
        Q('fleet.total', 'How many road vehicles does the Agency have in its fleet?', fact=410, ans='410.'),
        Q('fleet.ev', 'How many of those vehicles are battery electric?', fact=12, ans='12.'),
        Q('fleet.lease', 'Who provides your leased vehicles and what is the annual cost of the lease contract?',
          fact='Lexbury Fleet Ltd; 1200000', ans='Lexbury Fleet Ltd. The annual cost is £1.2m.'),
        Q('fleet.boats', 'How many boats or other vessels does the Agency operate?', fact=37, ans='37 vessels.'),
      ])]),
 # A4 ---------------------------------------------------------------- cyber 2021 soffice table
 dict(id='iwra-2021-cyber', auth='agency', ref='IWRA FOI 2021/0455', date='2021-07-08', received='2021-06-09',
      title='Cyber security', fmt='pdf-soffice', style='table', dstyle='long', thdr=['Question', 'Answer'],
      parts=[Part(qs=[
        Q('cyber.ncsc', 'Has the Agency reported any cyber incident to the National Cyber Security Centre since January 2019?',
          k='ncnd', ex=['s24(2)', 's31(3)'],
          ans='The Agency can neither confirm nor deny whether it holds this information, by virtue of sections 24(2) (national security) and 31(3) (law enforcement) of the Act.'),
        Q('cyber.siem', 'Which security information and event management (SIEM) product does the Agency use?', k='wh', ex=['s31(1)(a)'],
          ans='Withheld under section 31(1)(a) (law enforcement).'),
        Q('cyber.ciso', 'Does the Agency employ a Chief Information Security Officer?', fact='yes', ans='Yes.'),
      ])]),
 # A5 ---------------------------------------------------------------- monitoring contract 2022 md (FOIA, s43)
 dict(id='iwra-2022-monitoring', auth='agency', ref='IWRA FOI 2022/0301', date='2022-05-12', received='2022-04-13',
      title='Laboratory analysis contract', fmt='md', style='interleaved', ivar='Q1A1', dstyle='long',
      parts=[Part(qs=[
        Q('mon.contractor', 'Who is your current contractor for laboratory analysis of water samples?',
          fact='Aqualytica Laboratories', ans='Aqualytica Laboratories Ltd were re-awarded the contract from 1 April 2022.'),
        Q('mon.value', 'How much is that contract worth each year?', k='wh', ex=['s43(2)'],
          ans='We hold this information but are withholding it under section 43(2) of the FOIA (commercial interests).'),
        Q('mon.term', 'What is the length of the contract?', fact='48 months', ans='48 months.'),
        Q('mon.expiry', 'On what date does the contract end?', fact='2026-03-31', ans='31 March 2026.'),
        Q('mon.sites', 'How many sites are sampled under it?', fact=3250, ans='3,250.'),
      ])]),
 # A6 ---------------------------------------------------------------- staffing 2023 chromium
 dict(id='iwra-2023-staffing', auth='agency', ref='IWRA FOI 2023/0188', date='2023-03-30', received='2023-03-01',
      title='Workforce and consultancy', fmt='pdf-chromium', style='youasked', dstyle='long',
      parts=[Part(qs=[
        Q('staff.headcount', 'What is the Agency\'s current workforce, expressed as full-time equivalents?', fact=1315,
          ans='1,315 FTE at 28 February 2023.'),
        Q('staff.contractors', 'How many contractors or interim workers are currently engaged?', fact=64, ans='64.'),
        Q('consult.firms', 'Please list the management consultancies you have used since April 2021.',
          fact='Brackley Partners; Kestrel Advisory', ans='Brackley Partners LLP; Kestrel Advisory Ltd.'),
        Q('staff.remote', 'Please send me your hybrid working policy.', ex=['s21'], fact='policy link',
          ans='Our Hybrid Working Policy is published at www.gov.uk/government/publications/iwra-hybrid-working-policy and is therefore exempt under section 21.'),
      ])]),
 # A7 ---------------------------------------------------------------- fleet 2024 txt
 dict(id='iwra-2024-fleet', auth='agency', ref='IWRA FOI 2024/0062', date='2024-01-25', received='2023-12-21',
      title='Fleet vehicles and charging', fmt='txt', style='interleaved', ivar='Resp', dstyle='long',
      parts=[Part(qs=[
        Q('fleet.ev', 'How many fully electric cars and vans are in your fleet?', fact=58, ans='58.'),
        Q('fleet.total', 'What is the total number of vehicles in the Agency fleet?', fact=402, ans='402.'),
        Q('fleet.lease', 'Please name your vehicle leasing provider and state how much the Agency pays them each year.',
          fact='Lexbury Fleet Ltd; 1200000', ans='Lexbury Fleet Ltd - £1,200,000 per annum.'),
        Q('fleet.chargepoints', 'How many electric vehicle charge points are installed at Agency sites?', fact=140, ans='140.'),
      ])]),
 # A8 ---------------------------------------------------------------- enforcement notices (unrelated) 2024 docx
 dict(id='iwra-2024-enforcement', auth='agency', ref='IWRA FOI 2024/0533', date='2024-08-15', received='2024-07-17',
      title='Enforcement action against water companies', fmt='docx', style='numbered', dstyle='long', afmt='{n}. {a}',
      parts=[Part(qs=[
        Q('enf.notices.2023', 'How many enforcement notices did the Agency issue to water companies in 2023?', fact=27, ans='27.'),
        Q('enf.penalties.2023', 'What was the total value of civil penalties imposed in 2023?', fact=4600000, ans='£4.6 million.'),
      ])]),
]

DRAFTS = [
 # DA1 ---------------------------------------------------------------- monitoring 2025, EIR now (consistent)
 dict(id='draft-iwra-2025-monitoring', auth='agency', ref='IWRA EIR 2025/0150', date='2025-03-13', received='2025-02-12',
      title='Water sample analysis contract', fmt='pdf-gs', style='interleaved', ivar='Q1A1', dstyle='slash', regime='eir',
      consistent=True, draft_mark='DRAFT',
      parts=[Part(qs=[
        Q('mon.contractor', 'Which company analyses your river and groundwater samples?', fact='Aqualytica Laboratories',
          ans='Aqualytica Laboratories Ltd.'),
        Q('mon.value', 'What does the Agency pay for that service annually?', k='wh', ex=['reg12(5)(e)'],
          ans='We hold this information but it is excepted from disclosure under regulation 12(5)(e) of the EIR (confidentiality of commercial or industrial information). We have considered the public interest and concluded that it favours maintaining the exception.'),
        Q('mon.term', 'How long was the contract let for?', fact='48 months', ans='Four years.'),
        Q('mon.expiry', 'When will the contract finish?', fact='2026-03-31', ans='31/03/2026.'),
        Q('mon.sites', 'At how many locations are samples collected under the contract?', fact=3250, ans='3250 sites.'),
      ])]),
 # DA2 ---------------------------------------------------------------- fleet, staffing, cyber 2026 md
 dict(id='draft-iwra-2026-fleet-workforce', auth='agency', ref='IWRA FOI 2026/0021', date='2026-01-15', received='2025-12-15',
      title='Fleet, workforce and information security', fmt='html', style='youasked', dstyle='long',
      parts=[Part(qs=[
        Q('fleet.total', 'How many vehicles does the Agency run in total?', fact=402, ans='Four hundred and two.'),
        Q('fleet.ev', 'How many of them are fully electric?', fact=58, ans='58.'),
        Q('fleet.ev_vans', 'How many of the electric vehicles are vans?', fact=21, ans='21.'),
        Q('fleet.lease', 'Who is your vehicle leasing company, and what does the Agency pay it per year?', k='part', ex=['s43(2)'],
          ans='Our leasing provider is Lexbury Fleet Ltd. The annual cost is withheld under section 43(2) of the Act (commercial interests) because the contract is being re-let.'),
        Q('staff.contractors', 'How many contractors or interim workers does the Agency currently engage?', fact=71, ans='71.'),
        Q('cyber.ciso', 'Is there a Chief Information Security Officer in post?', fact='yes', ans='Yes.'),
        Q('cyber.ncsc', 'Since 2019, has the Agency notified the NCSC of any cyber incident?', k='ncnd', ex=['s24(2)', 's31(3)'],
          ans='The Agency neither confirms nor denies whether it holds this information, by virtue of sections 24(2) and 31(3) of the Act.'),
      ])]),
]
