# Carrow Fells National Park Authority: the truth for every letter.
from common import Q, L

AUTH = 'cf'

LETTERS = [
# ---------------------------------------------------------------- ash dieback / tree felling
L(AUTH, 'X1', 'CFNPA/FOI/19/022', '2019-08-27', '2019-07-30', 'Ash dieback',
  style='restate', fmt='txt', opts=dict(num='{n}.', key='{n}. ', df='us'),
  parts=[[
    Q('tf.survey', 'Has the Authority surveyed trees on its land for ash dieback?', 'R', fact='yes',
      a='Yes. A survey of roadside and car park trees on Authority land was carried out in 2018.'),
    Q('tf.trees', 'How many ash trees has the Authority felled because of ash dieback in 2018/19?', 'R', fact='312', a='312.'),
    Q('tf.contractor', 'Which contractor carries out the felling?', 'R', fact='fellside arboriculture ltd', a='Fellside Arboriculture Ltd.'),
    Q('tf.value', 'What is the value of the felling contract?', 'W', ex=['s43(2)']),
  ]]),

L(AUTH, 'X2', 'CFNPA/FOI/21/017', '2021-05-18', '2021-04-20', 'Tree felling and replanting',
  style='interleaved', fmt='pdf-lo', opts=dict(df='us', qlab='Request {n}:', alab='Response:'),
  parts=[[
    Q('tf.contractor', 'Please name the company you have engaged to remove diseased ash trees.', 'R', fact='fellside arboriculture ltd', a='Fellside Arboriculture Ltd.'),
    Q('tf.value', 'Please state how much that contract is worth.', 'W', ex=['s43(2)']),
    Q('tf.replant', 'How many trees has the Authority planted to replace felled ash?', 'R', fact='2150', a='2,150 saplings, mainly oak, rowan and hazel.'),
    Q('tf.trees', 'How many diseased ash trees were removed in 2020?', 'R', fact='1240', a='1,240.'),
  ]]),

L(AUTH, 'X3', 'CFNPA/FOI/23/006', '2023-02-21', '2023-01-24', 'Ash dieback felling',
  style='youasked', fmt='docx', opts=dict(df='long'),
  parts=[[
    Q('tf.trees', 'The number of ash trees felled in 2022.', 'R', fact='486', a='486.'),
    Q('tf.value', 'The value of your tree felling contract.', 'W', ex=['s43(2)']),
    Q('tf.contractor', 'The name of the contractor who carries out the felling.', 'R', fact='fellside arboriculture ltd', a='Fellside Arboriculture Ltd.'),
    Q('tf.survey', 'Whether you have surveyed your land for ash dieback.', 'R', fact='yes',
      a='Yes. We run a rolling survey; the most recent round was completed in autumn 2022.'),
  ]]),

# ---------------------------------------------------------------- car parks
L(AUTH, 'X4', 'CFNPA/FOI/18/031', '2018-10-02', '2018-09-04', 'Car parks',
  style='restate', fmt='md', opts=dict(num='{n}.', key='{n}. ', df='long'),
  parts=[[
    Q('cp.count', 'How many car parks does the National Park Authority operate?', 'R', fact='22', a='22.'),
    Q('cp.income', 'What income did the Authority receive from its car parks in 2017/18?', 'R', fact='1200000', a='£1.2m.'),
    Q('cp.operator', 'Which company provides your pay and display machines and cashless payments?', 'R', fact='lakeland parking systems ltd',
      a='Lakeland Parking Systems Ltd.'),
  ]]),

L(AUTH, 'X5', 'CFNPA/FOI/22/019', '2022-06-14', '2022-05-17', 'Car parks and ANPR',
  style='interleaved', fmt='html', opts=dict(df='long', qlab='Q{n}', alab='A{n}', chrome=True),
  parts=[[
    Q('cp.anpr', 'In how many of your car parks are ANPR cameras in use?', 'R', fact='6', a='Six.'),
    Q('cp.operator', 'Who operates the payment and enforcement systems in your car parks?', 'R', fact='lakeland parking systems ltd',
      a='Lakeland Parking Systems Ltd.'),
    Q('cp.pcn', 'How many parking charge notices were issued in your car parks in 2021?', 'R', fact='3905', a='3,905.'),
    Q('cp.count', 'How many car parks does the Authority own or manage?', 'R', fact='23', a='23.'),
  ]]),

# ---------------------------------------------------------------- unrelated
L(AUTH, 'X6', 'CFNPA/FOI/20/007', '2020-03-03', '2020-02-04', 'Finance system',
  style='table', fmt='pdf-chrome', opts=dict(df='long', cols=2),
  parts=[[
    Q('ict.finance_supplier', 'Which finance system does the Authority use and who supplies it?', 'R', fact='ledgerline', a='Ledgerline Financials, supplied by Ledgerline Software Ltd.'),
    Q('ict.finance_expiry', 'When does the contract expire?', 'R', fact='2022-03-31', a='31 March 2022.'),
    Q('ict.finance_cost', 'What is the annual cost of the system?', 'W', ex=['s43(2)']),
  ]]),

L(AUTH, 'X7', 'CFNPA/EIR/24/041', '2024-09-17', '2024-08-20', 'Planning enforcement',
  style='restate', fmt='html', regime='eir', opts=dict(num='{n}.', key='{n}. ', df='long', chrome=True),
  parts=[[
    Q('pe.cases', 'How many planning enforcement cases were opened in 2023/24?', 'R', fact='214', a='214.'),
    Q('pe.notices', 'How many enforcement notices were served in 2023/24?', 'R', fact='11', a='11.'),
    Q('pe.officers', 'How many planning enforcement officers does the Authority employ (FTE)?', 'R', fact='2.6', a='2.6 FTE.'),
  ]]),

# ================================================================ drafts
L(AUTH, 'XD1', 'CFNPA/EIR/25/029', '2025-07-08', '2025-06-10', 'Ash dieback felling',
  style='restate', fmt='pdf-gs', draft=True, consistent=True, regime='eir', opts=dict(num='{n}.', key='{n}. ', df='us'),
  parts=[[
    Q('tf.contractor', 'Who does the Authority use to fell trees affected by ash dieback?', 'R', fact='fellside arboriculture ltd',
      a='The felling work is carried out by Fellside Arboriculture Limited.'),
    Q('tf.value', 'How much is the felling contract worth?', 'W', ex=['reg12(5)(e)']),
    Q('tf.survey', 'Has the Authority carried out any survey of ash dieback on its land?', 'R', fact='yes',
      a='Yes. The Authority continues to run a rolling survey of the trees on its land.'),
    Q('tf.budget', 'What is the Authority\'s annual budget for managing ash dieback?', 'R', fact='85000', a='£85,000 in 2025/26.'),
  ]]),

L(AUTH, 'XD2', 'CFNPA/FOI/26/008', '2026-03-10', '2026-02-10', 'Car parks',
  style='interleaved', fmt='md', draft=True, opts=dict(df='ord', qlab='**Question {n}**', alab='**Answer:**'),
  parts=[[
    Q('cp.operator', 'Which company runs payment and enforcement in the Authority\'s car parks?', 'R', fact='moorgate parking ltd',
      a='Moorgate Parking Ltd, under a concession that began in April 2025.'),
    Q('cp.anpr', 'How many of your car parks have ANPR cameras?', 'X',
      a='The Authority does not hold this information. ANPR equipment is owned and sited by the concessionaire and the Authority holds no record of camera locations.'),
    Q('cp.count', 'How many car parks does the Authority run?', 'R', fact='23', a='Twenty-three.'),
    Q('cp.ev', 'How many electric vehicle charge points are there in Authority car parks?', 'R', fact='18', a='18.'),
  ]]),
]
