# North Kennet Hospitals NHS Foundation Trust: the truth for every letter.
from common import Q, L

AUTH = 'nkh'

RTT = 'https://www.england.nhs.uk/statistics/statistical-work-areas/rtt-waiting-times/'

LETTERS = [
# ---------------------------------------------------------------- agency staffing
L(AUTH, 'N1', 'FOI/2017/0231', '2017-09-19', '2017-08-22', 'Agency staff expenditure',
  style='restate', fmt='txt', opts=dict(num='{n}.', key='{n}. ', df='slash'),
  parts=[[
    Q('ag.total', 'What was the Trust\'s total expenditure on agency staff in 2016/17?', 'R', fact='14200000', a='£14.2 million.'),
    Q('ag.nurse_spend', 'How much of that was spent on agency nurses?', 'R', fact='6100000', a='£6.1 million.'),
    Q('ag.rate_doc', 'What is the highest hourly rate the Trust has paid to an agency locum doctor?', 'W', ex=['s43(2)']),
    Q('ag.top', 'Which agency received the largest amount?', 'R', fact='medlocum partners ltd', a='MedLocum Partners Ltd.'),
  ]]),

L(AUTH, 'N2', 'FOI/2019/0870', '2019-12-03', '2019-11-05', 'Bank and agency nursing',
  style='table', fmt='pdf-lo', opts=dict(df='long', cols=3),
  parts=[[
    Q('ag.bank_nurse', 'How much did the Trust spend on bank (not agency) nursing staff in 2018/19?', 'R', fact='9800000', a='£9.8m'),
    Q('ag.nurse_spend', 'How much did the Trust spend on agency nursing staff in 2018/19?', 'R', fact='5400000', a='£5.4m'),
    Q('ag.rate_nurse', 'What is the highest hourly rate paid for an agency nurse shift?', 'R', fact='78.50', a='£78.50 per hour (bank holiday night shift, critical care).'),
    Q('ag.rate_doc', 'What is the highest hourly rate paid for an agency doctor?', 'W', ex=['s43(2)']),
    Q('ag.framework', 'Which procurement framework(s) do you use to engage agency staff?', 'R', fact='collaborative staffing framework', a='The Collaborative Staffing Framework.'),
  ]]),

L(AUTH, 'N3', 'NKH-FOI-22-0311', '2022-03-15', '2022-02-15', 'Agency spend 2020/21',
  style='restate', fmt='html', opts=dict(num='{n}.', key='{n}. ', df='long', chrome=True),
  parts=[[
    Q('ag.total', 'The Trust\'s total agency expenditure for 2020/21.', 'R', fact='17900000', a='£17.9m.'),
    Q('ag.by_agency', 'A breakdown of that expenditure by agency.', 'R', fact='table',
      a='Please see the table below: MedLocum Partners Ltd £6.2m; Kennet Care Staffing £3.4m; NurseLink Direct £2.9m; other agencies £5.4m.'),
    Q('ag.top', 'The name of the agency with the highest spend.', 'R', fact='medlocum partners ltd', a='MedLocum Partners Ltd.'),
    Q('ag.rate_doc', 'The highest hourly rate paid to an agency doctor.', 'W', ex=['s43(2)']),
  ]]),

L(AUTH, 'N4', 'NKH-FOI-24-0598', '2024-05-28', '2024-04-30', 'Agency staffing 2023/24',
  style='interleaved', fmt='docx', opts=dict(df='ord', qlab='Question {n}', alab='Response:'),
  parts=[[
    Q('ag.by_agency', 'Please break down the Trust\'s agency spend by supplier for 2023/24.', 'R', fact='table',
      a='MedLocum Partners Ltd £3.9m; Apex Clinical Staffing Ltd £3.1m; NurseLink Direct £2.2m; other agencies £2.8m.'),
    Q('ag.top', 'Which single agency was paid the most?', 'R', fact='medlocum partners ltd', a='MedLocum Partners Ltd.'),
    Q('ag.rate_doc', 'What was the top hourly rate paid for a locum doctor supplied through an agency?', 'W', ex=['s43(2)']),
    Q('ag.total', 'What was the Trust\'s total agency cost in 2023/24?', 'R', fact='12000000', a='£12.0m.'),
    Q('ag.framework', 'Which framework agreements are used to source agency workers?', 'R', fact='collaborative staffing framework', a='Collaborative Staffing Framework.'),
    Q('ag.rate_nurse', 'What was the top hourly rate paid for an agency nurse?', 'R', fact='81.00', a='£81.00.'),
  ]]),

# ---------------------------------------------------------------- waiting lists
L(AUTH, 'N5', 'FOI/2018/0402', '2018-06-12', '2018-05-15', 'Waiting lists',
  style='restate', fmt='md', opts=dict(num='{n}.', key='**{n}.** ', df='long'),
  parts=[[
    Q('wl.rtt52', 'How many patients on the referral to treatment waiting list have waited more than 52 weeks?', 'R', ex=['s21'], fact='rtt-published',
      a='This information is published by NHS England and is therefore exempt under section 21 (information accessible by other means). It is available at ' + RTT),
    Q('wl.longest', 'How long, in weeks, had the longest-waiting patient waited at 31 March 2018?', 'R', fact='97', a='97 weeks.'),
    Q('wl.died', 'How many patients died while on a waiting list in 2017/18?', 'X',
      a='The Trust does not hold this information; deaths are not linked to waiting list records.'),
  ]]),

L(AUTH, 'N6', 'FOI/2020/0933', '2020-11-24', '2020-10-27', 'Waiting list management',
  style='restate', fmt='pdf-gs', opts=dict(num='{n}.', key='{n}. ', df='long', outoforder=True),
  parts=[[
    Q('wl.validation', 'Does the Trust use an outside company to validate its waiting lists? If so, which company?', 'R', fact='clearwater clinical validation ltd',
      a='Yes. Clearwater Clinical Validation Ltd has carried out validation since 2019.'),
    Q('wl.died', 'How many patients died while waiting for treatment in 2019/20?', 'W', ex=['s40(2)']),
    Q('wl.longest', 'What is the longest time any patient has waited?', 'X',
      a='This is not held in a reportable form following the move to the new patient administration system.'),
    Q('wl.rtt52', 'How many patients are currently waiting more than 52 weeks from referral?', 'R', ex=['s21'], fact='rtt-published',
      a='Section 21 applies: the figures are published monthly by NHS England at ' + RTT),
  ]]),

L(AUTH, 'N7', 'NKH-FOI-23-0517', '2023-05-09', '2023-04-11', 'Long waits',
  style='youasked', fmt='html', opts=dict(df='long', chrome=True),
  parts=[[
    Q('wl.rtt52', 'The number of patients waiting over 52 weeks for treatment.', 'R', ex=['s21'], fact='rtt-published',
      a='Exempt under section 21 as the data is published by NHS England: ' + RTT),
    Q('wl.died', 'The number of patients who died while on a waiting list in 2022.', 'R', fact='19', a='19.'),
    Q('wl.validation', 'The name of any external company you pay to validate waiting lists.', 'W', ex=['s43(2)']),
    Q('wl.longest', 'The longest current wait in weeks.', 'R', fact='88', a='88 weeks.'),
  ]]),

# ---------------------------------------------------------------- cyber / EPR
L(AUTH, 'N8', 'FOI/2018/0177', '2018-03-20', '2018-02-20', 'Cyber security and EPR',
  style='restate', fmt='txt', opts=dict(num='{n}.', key='In answer to point {n}, ', df='slash', outoforder=True),
  parts=[[
    Q('nc.ransom', 'Was the Trust affected by ransomware (including WannaCry) during 2017?', 'R', fact='yes',
      a='the Trust was affected by the WannaCry incident in May 2017. No ransom was paid.'),
    Q('nc.epr', 'Who supplies the Trust\'s electronic patient record system?', 'R', fact='meridian health systems', a='the supplier is Meridian Health Systems.'),
    Q('nc.spend', 'How much did the Trust spend on cyber security in 2017/18?', 'X',
      a='the Trust does not hold this information as cyber security spend is not separately identified within the IT budget.'),
  ]]),

L(AUTH, 'N9', 'NKH-FOI-21-0845', '2021-08-10', '2021-07-13', 'Ransomware and ICT suppliers',
  style='table', fmt='docx', opts=dict(df='slash', cols=2),
  parts=[[
    Q('nc.ransom', 'How many ransomware attacks has the Trust experienced in the last three years?', 'N', ex=['s24(2)', 's31(3)']),
    Q('nc.firewall', 'Which company supplies your firewalls?', 'W', ex=['s31(1)(a)']),
    Q('nc.epr', 'Who is your EPR supplier?', 'R', fact='meridian health systems', a='Meridian Health Systems'),
    Q('nc.epr_expiry', 'When does the EPR contract expire?', 'R', fact='2026-03-31', a='31/03/2026'),
  ]]),

L(AUTH, 'N10', 'NKH-FOI-24-0042', '2024-01-16', '2023-12-18', 'Cyber security',
  style='youasked', fmt='pdf-chrome', opts=dict(df='long'),
  parts=[[
    Q('nc.spend', 'Annual spend on cyber security in 2022/23.', 'X',
      a='Not held. Cyber security costs are spread across several budgets and are not identified separately.'),
    Q('nc.ransom', 'Has the Trust suffered a ransomware attack since 2020?', 'N', ex=['s24(2)', 's31(3)']),
    Q('nc.firewall', 'The name of your firewall supplier.', 'W', ex=['s31(1)(a)']),
    Q('nc.cyber_ess', 'Whether the Trust is certified to Cyber Essentials Plus.', 'R', fact='no',
      a='No. The Trust assures itself through the Data Security and Protection Toolkit, where it has met the standards.'),
    Q('nc.epr_expiry', 'The expiry date of your electronic patient record contract.', 'R', fact='2026-03-31', a='31 March 2026.'),
  ]]),

# ---------------------------------------------------------------- unrelated
L(AUTH, 'N11', 'FOI/2020/0120', '2020-02-18', '2020-01-21', 'Car parking',
  style='prose', fmt='md', opts=dict(df='long'),
  parts=[[
    Q('park.staff_charge', 'how much staff are charged to park at Kennet General Hospital', 'R', fact='tiered', a='Staff permits are charged on a salary-based scale from £8 to £30 per month.'),
    Q('park.income', 'what income the Trust received from car parking in 2018/19', 'R', fact='2310000', a='Car parking income in 2018/19 was £2.31m.'),
    Q('park.free', 'whether any patients are able to park free of charge', 'R', fact='yes',
      a='Free parking is provided for blue badge holders, parents of sick children staying overnight, and patients attending frequent outpatient appointments such as renal dialysis.'),
  ]]),

# ================================================================ drafts
L(AUTH, 'ND1', 'NKH-FOI-25-0702', '2025-06-17', '2025-05-20', 'Agency staffing',
  style='interleaved', fmt='txt', draft=True, opts=dict(df='long', qlab='Q{n}.', alab='A{n}.'),
  parts=[[
    Q('ag.total', 'What was the Trust\'s total agency bill in the 2023/24 financial year?', 'R', fact='12000000', a='£12,000,000.'),
    Q('ag.top', 'Which agency did you pay the most in the last financial year?', 'R', fact='apex clinical staffing ltd', a='Apex Clinical Staffing Ltd.'),
    Q('ag.by_agency', 'Please provide a breakdown of agency spend by individual agency.', 'P', ex=['s43(2)'],
      a='Spend with our three largest suppliers was: Apex Clinical Staffing Ltd £3.6m; MedLocum Partners Ltd £3.3m; NurseLink Direct £1.9m. Spend with the remaining agencies is withheld under section 43(2) (commercial interests), as the small number of contracts would reveal individual suppliers\' rates.'),
    Q('ag.rate_doc', 'What is the highest hourly rate paid for a doctor supplied by an agency?', 'R', fact='145',
      a='£145 per hour, paid for a consultant anaesthetist shift in January 2025.'),
    Q('ag.rate_hca', 'What is the highest hourly rate paid for an agency healthcare assistant?', 'R', fact='31.20', a='£31.20 per hour.'),
    Q('ag.framework', 'Which frameworks do you use to procure agency staff?', 'R', fact='collaborative staffing framework',
      a='We use the Collaborative Staffing Framework only.'),
  ]]),

L(AUTH, 'ND2', 'NKH-FOI-25-0988', '2025-09-02', '2025-08-05', 'Cyber security',
  style='restate', fmt='html', draft=True, opts=dict(num='{n}.', key='{n}. ', df='ord', chrome=False),
  parts=[[
    Q('nc.ransom', 'Has the Trust been hit by a ransomware attack since 2021?', 'R', fact='no',
      a='No. The Trust has not experienced a ransomware attack since 2021.'),
    Q('nc.spend', 'What did the Trust spend on cyber security in 2024/25?', 'R', fact='640000',
      a='£640,000. Cyber security now has its own cost centre, which was created in April 2024.'),
    Q('nc.firewall', 'Who is your firewall vendor?', 'W', ex=['s31(1)(a)']),
    Q('nc.epr_expiry', 'When does the contract for your electronic patient record end?', 'R', fact='2026-03-31',
      a='The contract runs to 31st March 2026.'),
    Q('nc.iso', 'Does the Trust hold ISO 27001 certification?', 'R', fact='no', a='No.'),
  ]]),

L(AUTH, 'ND3', 'NKH-FOI-25-1311', '2025-11-04', '2025-10-07', 'Waiting lists',
  style='youasked', fmt='pdf-lo', draft=True, as_of='2023-03-01', opts=dict(df='long'),
  parts=[[
    Q('wl.validation', 'Do you employ an external organisation to validate your waiting lists, and if so, who?', 'R',
      fact='clearwater clinical validation ltd', a='Yes: Clearwater Clinical Validation Ltd.'),
    Q('wl.died', 'How many people died while they were waiting for treatment in 2024/25?', 'R', fact='23', a='23 patients.'),
    Q('wl.longest', 'What is the longest wait any patient currently has?', 'X',
      a='The Trust does not hold this information in a reportable form.'),
    Q('wl.rtt52', 'How many patients are waiting more than a year from referral to treatment?', 'R', ex=['s21'], fact='rtt-published',
      a='This is published by NHS England and so section 21 applies: ' + RTT),
  ]]),
]
