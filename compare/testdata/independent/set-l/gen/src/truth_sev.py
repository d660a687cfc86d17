# Severnmoor Constabulary: the truth for every letter (history and drafts).
from common import Q, L

AUTH = 'sev'

LETTERS = [
# ---------------------------------------------------------------- body-worn video
L(AUTH, 'P1', 'FOI 412/17', '2017-05-23', '2017-04-26', 'Body worn video',
  style='restate', fmt='txt', opts=dict(num='{n}.', key='{n}. ', df='ord'),
  parts=[[
    Q('bwv.count', 'How many body worn video devices does the force have?', 'R', fact='850', a='850 devices.'),
    Q('bwv.make', 'What make and model are they?', 'R', fact='reveal media', a='Reveal Media RS2-X2L.'),
    Q('bwv.value', 'What was the value of the contract?', 'W', ex=['s43(2)']),
    Q('bwv.policy', 'Is it mandatory for officers to activate body worn video during a stop and search?', 'R', fact='yes',
      a='Yes. Force policy requires activation for every stop and search encounter.'),
  ]]),

L(AUTH, 'P2', 'FOI 1266/19', '2019-10-08', '2019-09-10', 'Body worn and in-car video',
  style='interleaved', fmt='pdf-lo', opts=dict(df='ord', qlab='Q{n}', alab='A{n}'),
  parts=[[
    Q('bwv.make', 'Which company manufactures the body-worn cameras your officers use?', 'R', fact='reveal media', a='Reveal Media Ltd.'),
    Q('bwv.count', 'How many of these cameras are in use?', 'R', fact='1150', a='1,150.'),
    Q('bwv.storage', 'Where is the footage stored, and which system or provider is used to store it?', 'W', ex=['s31(1)(a)']),
    Q('bwv.value', 'How much has the force spent on procuring body-worn video?', 'W', ex=['s43(2)']),
    Q('bwv.expiry', 'When does the current body-worn video contract expire?', 'R', fact='2022-12-31', a='31st December 2022.'),
    Q('dashcam.count', 'How many police vehicles are fitted with in-car video cameras?', 'R', fact='112', a='112 vehicles.'),
  ]]),

L(AUTH, 'P3', 'FOI 398/21', '2021-03-30', '2021-03-02', 'BWV and facial recognition',
  style='table', fmt='html', opts=dict(df='long', cols=3, chrome=True),
  parts=[[
    Q('bwv.count', 'The total number of BWV units issued to police officers and police staff.', 'R', fact='1400', a='1,400'),
    Q('bwv.frt', 'Whether live or retrospective facial recognition software is used on footage captured by BWV.', 'N', ex=['s24(2)', 's31(3)']),
    Q('bwv.complaints', 'In 2020, how many complaints against officers involved BWV footage being reviewed?', 'R', fact='214', a='214'),
    Q('bwv.storage', 'The name of the platform used to store BWV footage.', 'W', ex=['s31(1)(a)']),
  ]]),

L(AUTH, 'P4', 'FOI 722/23', '2023-06-14', '2023-05-17', 'Body worn video contract',
  style='youasked', fmt='docx', opts=dict(df='ord'),
  parts=[[
    Q('bwv.expiry', 'Please provide the end date of your body-worn video contract.', 'R', fact='2025-12-31',
      a='The contract has been extended to 31 December 2025.'),
    Q('bwv.value', 'What is the annual cost of the body-worn video contract?', 'W', ex=['s43(2)']),
    Q('bwv.storage', 'Which digital evidence management system holds the recordings?', 'W', ex=['s31(1)(a)']),
    Q('bwv.frt', 'Does the force apply facial recognition technology to body-worn video recordings?', 'N', ex=['s24(2)', 's31(3)']),
    Q('bwv.complaints', 'How many conduct complaints in 2022 involved officers\' body-worn footage being reviewed?', 'R', fact='187', a='187.'),
    Q('bwv.count', 'How many body-worn video cameras does the force currently have?', 'R', fact='1400', a='1,400 cameras.'),
    Q('bwv.make', 'Who is the manufacturer?', 'R', fact='reveal media', a='Reveal Media.'),
  ]]),

L(AUTH, 'P11', 'FOI 806/25', '2025-07-01', '2025-06-03', 'Body-worn video',
  style='restate', fmt='md', opts=dict(num='{n}.', key='Question {n} – ', df='ord'),
  parts=[[
    Q('bwv.count', 'Number of body-worn video cameras in service.', 'R', fact='1650', a='1,650.'),
    Q('bwv.value', 'Value of the body-worn video contract.', 'W', ex=['s31(1)(a)']),
    Q('bwv.storage', 'Name of the system used to store body-worn video footage.', 'R', fact='evidentia cloud', a='Evidentia Cloud DEMS.'),
    Q('bwv.frt', 'Is facial recognition used with body-worn video footage?', 'R', fact='no', a='No.'),
    Q('bwv.complaints', 'Number of complaints in 2024 where body-worn video footage was reviewed.', 'X',
      a='This information is not held. Since the move to the new complaints system in 2024 this is no longer recorded.'),
  ]]),

# ---------------------------------------------------------------- drones
L(AUTH, 'P5', 'FOI 511/18', '2018-04-17', '2018-03-20', 'Drones',
  style='restate', fmt='md', opts=dict(num='{n}.', key='{n}. ', df='long'),
  parts=[[
    Q('dr.count', 'How many drones does Severnmoor Constabulary own?', 'R', fact='4', a='Four.'),
    Q('dr.make', 'Who manufactures them?', 'R', fact='dji', a='DJI.'),
    Q('dr.cost', 'What has the force spent in total on buying drones?', 'R', fact='38400', a='£38,400.'),
    Q('dr.incidents', 'How many reports about drones being flown illegally by members of the public did the force receive in 2017?', 'R', fact='63', a='63 reports.'),
  ]]),

L(AUTH, 'P6', 'FOI 934/20', '2020-07-21', '2020-06-23', 'Drone unit',
  style='restate', fmt='txt', opts=dict(num='{n}.', key='Q{n} - ', df='slash'),
  parts=[[
    Q('dr.pilots', 'How many officers are qualified to fly force drones?', 'R', fact='18', a='18 officers hold the qualification.'),
    Q('dr.count', 'How many drones does the force have?', 'R', fact='7', a='7.'),
    Q('dr.deployments', 'How many times were drones deployed in 2019?', 'R', fact='412', a='412 deployments.'),
    Q('dr.make', 'What make and model of drone do you use?', 'R', fact='dji', a='DJI Matrice 210 and DJI Mavic 2 Enterprise.'),
  ]]),

L(AUTH, 'P7', 'FOI 188/24', '2024-02-06', '2024-01-09', 'Unmanned aerial vehicles',
  style='table', fmt='pdf-chrome', opts=dict(df='ord', cols=2),
  parts=[[
    Q('dr.count', 'Current number of unmanned aerial vehicles (UAVs) operated by the force', 'R', fact='11', a='11'),
    Q('dr.dfr', 'Does the force use drones as first responders, i.e. launched to incidents ahead of officers?', 'R', fact='no',
      a='No. A trial is being considered.'),
    Q('dr.pilots', 'Number of staff holding a remote pilot qualification', 'R', fact='26', a='26'),
    Q('dr.make', 'Manufacturer(s) of the UAVs', 'W', ex=['s31(1)(a)']),
    Q('dr.cost', 'Total expenditure on UAVs in 2023', 'R', fact='61200', a='£61,200'),
  ]]),

# ---------------------------------------------------------------- ICT contact centre round robin
L(AUTH, 'P8', 'FOI 1391/19', '2019-11-26', '2019-10-29', 'Contact centre and inbound network contracts',
  style='restate', fmt='pdf-gs', opts=dict(num='{n}.', key='Question {n} - ', df='ord',
      part_titles=['The first part of my request relates to contact centre service contracts:',
                   'The second part of my request relates to inbound network services contracts:']),
  parts=[[
    Q('cc.supplier', 'Incumbent Supplier: for each of the contract(s) please provide the supplier of the contract.', 'R', fact='contactis ltd', a='Contactis Ltd'),
    Q('cc.spend', 'Annual Average Spend: for each supplier, please state the annual average (over 3 years) spend.', 'R', fact='84000', a='£84,000 per annum'),
    Q('cc.expiry', 'Contract Expiry: for each supplier, please state the date on which the contract expires.', 'R', fact='2022-06-30', a='30/06/2022'),
    Q('cc.agents', 'Number of Agents: please provide the total number of contact centre agents.', 'R', fact='96', a='96'),
  ], [
    Q('net.supplier', 'Incumbent Supplier: for each of the contract(s) please provide the supplier of the contract.', 'R', fact='telverra networks', a='Telverra Networks plc'),
    Q('net.spend', 'Annual Average Spend: for each supplier, please state the annual average (over 3 years) spend.', 'W', ex=['s43(2)']),
    Q('net.expiry', 'Contract Expiry: for each supplier, please state the date on which the contract expires.', 'R', fact='2021-03-31', a='31/03/2021'),
  ]]),

L(AUTH, 'P9', 'FOI 1044/22', '2022-09-12', '2022-08-15', 'ICT contracts - contact centre and telephony',
  style='restate', fmt='pdf-lo-gs', opts=dict(num='{n}.', key='{n}. ', df='ord'),
  parts=[[
    Q('cc.supplier', 'Who supplies your contact centre software or service?', 'R', fact='contactis ltd', a='Contactis Ltd.'),
    Q('cc.expiry', 'When does the contact centre contract expire?', 'R', fact='2025-06-30', a='30 June 2025.'),
    Q('cc.spend', 'What is the average yearly spend on the contact centre contract?', 'R', fact='91500', a='£91,500.'),
    Q('cc.agents', 'How many agents work in the contact centre?', 'R', fact='102', a='102.'),
    Q('net.supplier', 'Who provides your inbound telephony network services (non-geographic numbers, call routing, IVR)?', 'R', fact='telverra networks', a='Telverra Networks plc.'),
    Q('net.expiry', 'When does the inbound network contract expire?', 'R', fact='2024-03-31', a='31 March 2024.'),
    Q('net.spend', 'What is the average yearly spend on the inbound network contract?', 'W', ex=['s43(2)']),
  ]]),

# ---------------------------------------------------------------- unrelated
L(AUTH, 'P10', 'FOI 1502/21', '2021-12-01', '2021-11-03', 'Police dogs',
  style='interleaved', fmt='html', opts=dict(df='long', qlab='Question {n}', alab='Answer:', chrome=True),
  parts=[[
    Q('dog.count', 'How many police dogs does the force currently have?', 'R', fact='31', a='31 dogs.'),
    Q('dog.breeds', 'What breeds are they?', 'R', fact='gsd;malinois;spaniel;labrador',
      a='German Shepherds, Belgian Malinois, Springer Spaniels and Labradors.'),
    Q('dog.cost', 'What was spent on kennelling and veterinary care in 2020/21?', 'R', fact='142000', a='£142,000.'),
  ]]),

# ================================================================ drafts
L(AUTH, 'PD1', 'FOI 371/25', '2025-04-03', '2025-03-06', 'Body worn video',
  style='youasked', fmt='pdf-lo', draft=True, opts=dict(df='ord'),
  parts=[[
    Q('bwv.count', 'How many body-worn video cameras are currently in service?', 'R', fact='1400', a='The force has 1400 body-worn video cameras in service.'),
    Q('bwv.make', 'Who makes them?', 'R', fact='reveal media', a='They are manufactured by Reveal Media.'),
    Q('bwv.value', 'What is the value of the contract for body-worn video?', 'W', ex=['s31(1)(a)']),
    Q('bwv.storage', 'What platform is used to store and manage the footage?', 'R', fact='evidentia cloud', a='Evidentia Cloud DEMS.'),
    Q('bwv.complaints', 'How many complaints made in 2024 led to body-worn video footage being viewed?', 'X',
      a='Severnmoor Constabulary does not hold this information. It is no longer recorded following the change of complaints system in 2024.'),
    Q('bwv.frt', 'Is facial recognition technology applied to body-worn video recordings?', 'R', fact='no',
      a='No. The force does not apply facial recognition technology to body-worn video recordings.'),
    Q('bwv.expiry', 'When does the current contract expire?', 'R', fact='2025-12-31', a='31/12/2025.'),
    Q('bwv.lost', 'How many body-worn video cameras were reported lost or damaged during 2024?', 'R', fact='37', a='37.'),
  ]]),

L(AUTH, 'PD3', 'FOI 1288/25', '2025-10-15', '2025-09-17', 'Contact centre and inbound network contracts',
  style='decision', fmt='pdf-chrome', draft=True, opts=dict(df='ord',
      part_titles=['The first part of my request relates to contact centre service contracts, which could include call distribution, webchat and performance monitoring tools. For each provider please send me:',
                   'The second part of my request relates to inbound network services contracts (0800/0300 numbers, call routing, caller identification, IVR). For a contract relating to the above please can you provide me with:']),
  parts=[[
    Q('cc.supplier', 'Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.', 'W', ex=['s31(1)(a)', 's31(1)(b)']),
    Q('cc.spend', 'Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.', 'X',
      a='No information held as the contract value for the contact centre is not recorded separately from the full contract value.'),
    Q('cc.expiry', 'Contract Expiry: For each supplier, please state the date of when the contract expires.', 'W', ex=['s31(1)(a)', 's31(1)(b)']),
    Q('cc.agents', 'Number of Agents: please provide me with the total number of contact centre agents.', 'R', fact='102', a='There are 102 contact centre agents.'),
  ], [
    Q('net.supplier', 'Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.', 'R', fact='telverra networks', a='Telverra Networks plc.'),
    Q('net.spend', 'Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.', 'W', ex=['s31(1)(a)', 's31(1)(b)']),
    Q('net.contact', 'Contact Details: For each supplier, please state the person from within the organisation responsible for the contract.', 'R', fact='ict service desk',
      a='ict.servicedesk@severnmoor.police.uk'),
  ]]),

L(AUTH, 'PD2', 'FOI 142/26', '2026-02-09', '2026-02-09', 'Police drones',
  style='bare', fmt='txt', draft=True, opts=dict(df='long'),
  parts=[[
    Q('dr.count', 'How many unmanned aerial vehicles does Severnmoor Constabulary currently operate?', 'U'),
    Q('dr.make', 'Who manufactures them?', 'U'),
    Q('dr.pilots', 'How many officers or staff hold a remote pilot qualification?', 'U'),
    Q('dr.dfr', 'Has the force introduced a "drone as first responder" scheme?', 'U'),
    Q('dr.seized', 'How many drones has the force seized from offenders in 2025?', 'U'),
  ]]),
]
