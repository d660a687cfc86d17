# London Borough of Thamesbury: the truth for every letter (history and drafts).
from common import Q, L

AUTH = 'lbt'

LETTERS = [
# ---------------------------------------------------------------- fly-tipping
L(AUTH, 'C1', 'FOI 17/0412', '2017-08-14', '2017-07-20', 'Fly-tipping enforcement',
  style='restate', fmt='txt', opts=dict(num='1.', key='Question {n} – ', df='long'),
  parts=[[
    Q('ft.incidents', 'How many fly-tipping incidents has the Council recorded in each of the last three financial years?',
      'R', fact='2014/15:3112;2015/16:3540;2016/17:4027',
      a='2014/15: 3,112 incidents; 2015/16: 3,540 incidents; 2016/17: 4,027 incidents.'),
    Q('ft.fpn', 'Over the same period, how many fixed penalty notices were issued for fly-tipping?',
      'R', fact='41', a='A total of 41 fixed penalty notices were issued across the three years.'),
    Q('ft.prosecutions', 'How many prosecutions for fly-tipping did the Council bring?',
      'R', fact='6', a='Six prosecutions were brought, all of which resulted in convictions.'),
    Q('ft.cost', 'What did it cost the Council to clear fly-tipped waste from public land?',
      'X', a='The Council does not hold this information. Clearance is carried out within the general street cleansing contract and the cost of removing fly-tipped waste is not recorded separately.'),
  ]]),

L(AUTH, 'C2', 'FOI 19/0187', '2019-03-05', '2019-02-06', 'Litter and fly-tipping penalties 2018',
  style='table', fmt='pdf-chrome', opts=dict(df='ord', cols=3),
  parts=[[
    Q('lit.fpn', 'How many fixed penalty notices did the council issue for dropping litter during 2018?',
      'R', fact='1204', a='1,204'),
    Q('ft.fpn', 'How many fixed penalty notices were issued for fly-tipping during 2018?',
      'R', fact='88', a='88'),
    Q('ft.contractor', 'Does the council use a private company to issue fixed penalty notices for environmental offences? If so, please name the company.',
      'R', fact='kingsgate environmental services ltd',
      a='Yes. Environmental enforcement patrols are provided by Kingsgate Environmental Services Ltd under a contract let in 2017.'),
    Q('ft.incidents', 'How many incidents of fly-tipping on public land were recorded during 2018?',
      'R', fact='2018:4613', a='4,613 incidents were recorded on public land.'),
    Q('ft.cctv', 'Does the council deploy cameras to catch people fly-tipping, and if so how many?',
      'R', fact='12', a='Yes. The council has 12 re-deployable cameras which are moved between known dumping locations.'),
  ]]),

L(AUTH, 'C3', 'CAS-21907-H3Q8L', '2021-06-22', '2021-05-25', 'Illegally dumped waste',
  style='youasked', fmt='docx', opts=dict(df='long', mention='FOI 19/0187'),
  parts=[[
    Q('ft.incidents', 'Please tell me the total number of reports of illegally dumped waste that the Council logged in calendar year 2020.',
      'R', fact='2020:5980', a='The Council logged 5,980 reports of illegally dumped waste in 2020.'),
    Q('ft.cost', 'How much money did the Council spend removing illegally dumped rubbish in 2020?',
      'X', a='We do not hold a separate figure. Removal of dumped waste forms part of the street cleansing service and is not costed separately, so this information is not held.'),
    Q('ft.hotspots', 'Which ten streets or locations in the borough are most frequently affected by dumping?',
      'R', fact='list',
      a='Brunel Road, Canal Street, Dockhead Lane, Eltham Walk, Fisher\'s Yard, Gasworks Approach, Hatfield Row, Ivy Terrace, Jamaica Passage and Keel Close.'),
    Q('ft.cctv', 'How many mobile or re-deployable CCTV units does the Council use to tackle dumping?',
      'R', fact='14', a='The Council currently operates 14 re-deployable CCTV cameras for this purpose.'),
    Q('ft.fpn_amount', 'What is the level of the fixed penalty for fly-tipping, and is a discount offered for early payment?',
      'R', fact='400;300', a='The fixed penalty is £400. This is reduced to £300 if paid within 10 days.'),
    Q('ft.contractor', 'Is enforcement against dumping carried out by Council officers or by a contractor? If a contractor, please name them.',
      'R', fact='kingsgate environmental services ltd',
      a='Patrols and the issuing of penalties are carried out by our contractor, Kingsgate Environmental Services Ltd; prosecutions are prepared by Council officers.'),
  ]]),

L(AUTH, 'C4', 'CAS-30255-B8W1N', '2023-10-09', '2023-09-11', 'Fly-tipping 2022/23',
  style='interleaved', fmt='md', opts=dict(df='ord', qlab='Q{n}.', alab='A{n}.'),
  parts=[[
    Q('ft.contractor', 'The name of any external enforcement partner you use for littering and fly-tipping penalties.',
      'R', fact='kingsgate environmental services ltd',
      a='Kingsgate Environmental Services Ltd (current contract runs to 31 March 2024).'),
    Q('ft.prosecutions', 'The number of successful prosecutions for fly-tipping in 2022/23.',
      'R', fact='9', a='9'),
    Q('ft.hotspots', 'The locations where fly-tipping happens most often.',
      'R', fact='list', a='Brunel Road, Canal Street, Dockhead Lane, Gasworks Approach and Keel Close.'),
    Q('ft.cost', 'The total cost of clearing fly-tipping in 2022/23.',
      'X', a='Not held. The cost of clearance is met within the street cleansing contract and is not separately identified.'),
    Q('ft.fpn', 'The number of fixed penalty notices issued for fly-tipping in 2022/23.',
      'R', fact='212', a='212'),
  ]]),

L(AUTH, 'C5', 'FOI-2024-08831', '2024-07-18', '2024-06-20', 'Fly-tipping and public space CCTV',
  style='restate', fmt='html', opts=dict(num='(a)', key='({l}) ', df='long', chrome=True),
  parts=[[
    Q('ft.incidents', 'how many fly-tipping incidents were reported to the council during 2023;',
      'R', fact='2023:6412', a='6,412 incidents were reported in 2023.'),
    Q('ft.contractor', 'which company carries out environmental enforcement on the council\'s behalf;',
      'R', fact='kingsgate environmental services ltd',
      a='Kingsgate Environmental Services Ltd. The contract was extended in March 2024 for a further twelve months.'),
    Q('ft.cost', 'what fly-tipping clearance cost the council in 2023/24;',
      'X', a='This information is not held. Clearance costs are not recorded separately from the overall street cleansing contract.'),
    Q('ft.hotspots', 'the five roads with the highest number of fly-tipping reports;',
      'R', fact='list', a='Canal Street, Brunel Road, Keel Close, Dockhead Lane and Ivy Terrace.'),
    Q('cctv.town', 'how many CCTV cameras the council operates in public spaces across the borough.',
      'R', fact='286', a='The council\'s public space CCTV network has 286 cameras.'),
  ]]),

# ---------------------------------------------------------------- parking
L(AUTH, 'C6', 'FOI 18/0095', '2018-02-27', '2018-01-31', 'Parking contracts',
  style='restate', fmt='txt', opts=dict(num='{n}.', key='{n}. ', df='slash',
      part_titles=['Part 1 - on-street parking enforcement contract', 'Part 2 - cashless (pay by phone) parking contract']),
  parts=[[
    Q('pk.enf_contractor', 'Supplier: who is the current supplier of the contract?', 'R', fact='civicpark solutions ltd', a='CivicPark Solutions Ltd'),
    Q('pk.enf_value', 'Value: what is the annual value of the contract?', 'W', ex=['s43(2)']),
    Q('pk.enf_expiry', 'Expiry: on what date does the contract expire?', 'R', fact='2021-03-31', a='31 March 2021'),
  ], [
    Q('pk.app_supplier', 'Supplier: who is the current supplier of the contract?', 'R', fact='parktap ltd', a='ParkTap Ltd'),
    Q('pk.app_value', 'Value: what is the annual value of the contract?', 'W', ex=['s43(2)']),
    Q('pk.app_expiry', 'Expiry: on what date does the contract expire?', 'R', fact='2019-09-30', a='30 September 2019'),
  ]]),

L(AUTH, 'C7', 'CAS-18832-D4F6R', '2020-09-16', '2020-08-18', 'Parking enforcement',
  style='interleaved', fmt='pdf-lo', opts=dict(df='long', qlab='Request {n}', alab='Response:'),
  parts=[[
    Q('pk.pcn', 'How many penalty charge notices did the Council issue in 2019/20?', 'R', fact='148220', a='148,220 PCNs were issued in 2019/20.'),
    Q('pk.ceo_count', 'How many civil enforcement officers are employed to enforce parking in the borough?', 'R', fact='64',
      a='64 civil enforcement officers, all employed by our contractor.'),
    Q('pk.enf_contractor', 'Which company provides your on-street parking enforcement service?', 'R', fact='civicpark solutions ltd', a='CivicPark Solutions Ltd.'),
    Q('pk.enf_expiry', 'When does that contract come to an end?', 'R', fact='2026-03-31',
      a='The contract was re-let in 2021 and now runs until 31 March 2026.'),
    Q('pk.app_supplier', 'Who supplies the pay-by-phone service used in Council car parks and on-street bays?', 'R', fact='parktap ltd', a='ParkTap Ltd.'),
    Q('pk.app_expiry', 'When does the pay-by-phone contract end?', 'R', fact='2023-09-30', a='30 September 2023.'),
    Q('pk.bwv', 'Do your civil enforcement officers wear body-worn cameras?', 'R', fact='yes', a='Yes, all officers on patrol wear body-worn cameras.'),
  ]]),

L(AUTH, 'C8', 'CAS-26610-P2X9C', '2022-11-03', '2022-10-06', 'Parking enforcement and cashless parking contracts',
  style='interleaved', fmt='html', opts=dict(df='ord', qlab='{n}.', alab='Response:', chrome=True,
      part_titles=['Part 1: Parking enforcement', 'Part 2: Cashless parking']),
  parts=[[
    Q('pk.enf_expiry', 'When does the contract end, including any options to extend?', 'R', fact='2026-03-31',
      a='The contract ends on 31 March 2026. There is no further option to extend.'),
    Q('pk.enf_contractor', 'Who holds the contract?', 'R', fact='civicpark solutions ltd', a='CivicPark Solutions Ltd'),
    Q('pk.enf_value', 'What is the contract worth each year?', 'W', ex=['s43(2)']),
    Q('pk.ceo_count', 'How many civil enforcement officers work on the contract?', 'R', fact='58', a='58'),
  ], [
    Q('pk.app_expiry', 'When does the contract end, including any options to extend?', 'R', fact='2025-09-30',
      a='The pay-by-phone contract was extended and now ends on 30 September 2025.'),
    Q('pk.app_supplier', 'Who holds the contract?', 'R', fact='parktap ltd', a='ParkTap Ltd'),
    Q('pk.app_value', 'What is the contract worth each year?', 'W', ex=['s43(2)']),
  ]]),

# ---------------------------------------------------------------- cyber
L(AUTH, 'C9', 'FOI 20/0063', '2020-02-11', '2020-01-14', 'Cyber security',
  style='restate', fmt='md', opts=dict(num='{n}.', key='**Question {n}:** ', df='long'),
  parts=[[
    Q('cy.ransom_attack', 'Has the Council been the subject of a ransomware attack in the last three years?', 'R', fact='no',
      a='No. The Council has not experienced a ransomware attack in that period.'),
    Q('cy.insurer', 'Does the Council hold cyber insurance, and if so who is the insurer?', 'R', fact='ardent mutual',
      a='Yes. Cyber cover is provided by Ardent Mutual Insurance.'),
    Q('cy.training', 'Is cyber security awareness training compulsory for all staff?', 'R', fact='yes',
      a='Yes. All staff must complete the training each year.'),
  ]]),

L(AUTH, 'C10', 'CAS-28741-F5T3V', '2023-04-26', '2023-03-29', 'Cyber incidents and spend',
  style='restate', fmt='pdf-gs', opts=dict(num='{n})', key='{n}) ', df='dash'),
  parts=[[
    Q('cy.training', 'Do employees have to undertake mandatory cyber awareness training?', 'R', fact='yes',
      a='Yes - annual mandatory e-learning for all staff and members.'),
    Q('cy.ransom_attack', 'Between 2020 and 2022 did any ransomware incident affect Council systems?', 'R', fact='yes:1',
      a='Yes. There was one incident, in 2021. It was contained and no ransom was paid.'),
    Q('cy.insurer', 'Please name the Council\'s cyber insurer.', 'R', fact='ardent mutual', a='Ardent Mutual Insurance.'),
    Q('cy.spend', 'How much does the Council spend each year on cyber security?', 'W', ex=['s31(1)(a)']),
  ]]),

# ---------------------------------------------------------------- unrelated
L(AUTH, 'C11', 'FOI 19/0544', '2019-09-30', '2019-09-03', 'Library service',
  style='youasked', fmt='html', opts=dict(df='long', chrome=True),
  parts=[[
    Q('lib.count', 'How many public libraries does the council run?', 'R', fact='9', a='Nine, of which two are run with community partners.'),
    Q('lib.visits', 'How many visits did the libraries receive in 2018/19?', 'R', fact='1012400', a='1,012,400 physical visits.'),
    Q('lib.closures', 'Are any library closures planned?', 'R', fact='no', a='No closures are planned.'),
  ]]),

# ================================================================ drafts
L(AUTH, 'CD1', 'FOI-2025-03390', '2025-05-12', '2025-04-14', 'Fly-tipping',
  style='table', fmt='docx', draft=True, opts=dict(df='long', cols=2),
  parts=[[
    Q('ft.contractor', 'Who issues fixed penalties for fly-tipping on the council\'s behalf – council officers or a contractor?',
      'R', fact='marlow street enforcement ltd',
      a='Since the Kingsgate contract ended, penalties have been issued by Marlow Street Enforcement Ltd, appointed in April 2025.'),
    Q('ft.hotspots', 'Please list the ten places in the borough with the most fly-tipping reports.',
      'P', ex=['s31(1)(a)'],
      a='Seven of the ten locations are: Brunel Road, Canal Street, Dockhead Lane, Eltham Walk, Fisher\'s Yard, Gasworks Approach and Keel Close. The remaining three are current covert camera sites and are withheld under section 31(1)(a) (prevention and detection of crime).'),
    Q('ft.cost', 'What did the council spend on clearing fly-tipping in 2024/25?', 'R', fact='1460000',
      a='Following the introduction of a separate clearance budget, the cost in 2024/25 was £1.46m.'),
    Q('ft.fpn_amount', 'What is the penalty for fly-tipping?', 'R', fact='400;300',
      a='Four hundred pounds, reduced to three hundred pounds where it is paid within ten days.'),
    Q('ft.private', 'How many fly-tipping incidents on private land did the council deal with in 2024?', 'X',
      a='Not held. The council records incidents on public land only; waste on private land is the landowner\'s responsibility.'),
    Q('ft.cctv', 'How many re-deployable cameras does the council use against fly-tipping?', 'R', fact='14',
      a='We have fourteen (14) re-deployable cameras.'),
  ]]),

L(AUTH, 'CD2', 'FOI-2025-05127', '2025-08-20', '2025-07-23', 'Parking contracts',
  style='restate', fmt='txt', draft=True, consistent=True,
  opts=dict(num='{n}.', key='Q{n}: ', df='ord', part_titles=['PART ONE – Parking enforcement contract', 'PART TWO – Pay by phone contract']),
  parts=[[
    Q('pk.enf_contractor', 'Name of the company currently holding the contract.', 'R', fact='civicpark solutions ltd', a='CivicPark Solutions Limited.'),
    Q('pk.enf_value', 'Annual contract value.', 'W', ex=['s43(2)']),
    Q('pk.enf_expiry', 'Date the contract ends.', 'R', fact='2026-03-31', a='31/03/2026.'),
    Q('pk.ceo_count', 'Number of civil enforcement officers deployed under the contract.', 'R', fact='58', a='Fifty-eight.'),
    Q('pk.bwv', 'Do your parking wardens wear body cameras?', 'R', fact='yes', a='Yes, every officer on patrol is issued with one.'),
  ], [
    Q('pk.app_supplier', 'Name of the company currently holding the contract.', 'R', fact='parktap ltd', a='ParkTap Ltd.'),
    Q('pk.app_value', 'Annual contract value.', 'W', ex=['s43(2)']),
    Q('pk.app_expiry', 'Date the contract ends.', 'R', fact='2025-09-30', a='30.09.2025; a procurement for a replacement is under way.'),
  ]]),

L(AUTH, 'CD3', 'FOI-2026-00418', '2026-01-20', '2025-12-19', 'Cyber security',
  style='youasked', fmt='pdf-chrome', draft=True, opts=dict(df='long'),
  parts=[[
    Q('cy.ransom_attack', 'Has the council been the victim of a ransomware attack since 2020?', 'N', ex=['s31(3)']),
    Q('cy.insurer', 'Who provides the council\'s cyber insurance?', 'W', ex=['s43(2)']),
    Q('cy.spend', 'What is the council\'s annual cyber security budget?', 'W', ex=['s31(1)(a)']),
    Q('cy.training', 'Do council staff have to complete cyber security training?', 'R', fact='yes',
      a='Yes. Completion of the annual e-learning module is mandatory for all staff.'),
    Q('cy.phish', 'How many phishing emails did the council\'s systems block in 2025?', 'R', fact='1100000',
      a='Approximately 1.1 million.'),
  ]]),
]
