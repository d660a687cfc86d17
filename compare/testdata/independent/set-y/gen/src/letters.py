# The truth for every letter. Stances and exemptions are what the letter
# applies; facts are what a released answer states (canonical values).
from collections import namedtuple

Q = namedtuple('Q', 'c w stance ex fact ans fs', defaults=(None, 'released', (), None, None, None))


def R(c, w, fact, fs=None, ans=None, ex=()):
    return Q(c, w, 'released', tuple(ex), fact, ans, fs)


def W(c, w, *ex, ans=None):
    return Q(c, w, 'withheld', tuple(ex), None, ans, None)


def P(c, w, ex, ans):
    return Q(c, w, 'partially_released', tuple(ex), None, ans, None)


def N(c, w, *ex, ans=None):
    return Q(c, w, 'ncnd', tuple(ex), None, ans, None)


def NH(c, w, ans=None):
    return Q(c, w, 'not_held', (), None, ans, None)


def U(c, w):  # bare request: no answer yet
    return Q(c, w, 'unknown', (), None, None, None)


LETTERS = []


def L(**kw):
    kw.setdefault('regime', 'foia')
    kw.setdefault('draft', False)
    kw.setdefault('opts', {})
    kw.setdefault('part_titles', None)
    kw.setdefault('prose', None)
    kw.setdefault('preamble', None)
    LETTERS.append(kw)


# ======================================================================
# Marchshire Fire and Rescue Service
# ======================================================================
L(auth='fire', ref='MFRS/FOI/17/0142', date='2017-05-11', recv='2017-04-20',
  title='Fire appliance fleet', fmt='txt', style='interleaved', name='mfrs_2017_0142',
  parts=[[R('fire.fleet.pumps', 0, 32), R('fire.fleet.alp', 0, 2),
          R('fire.fleet.age', 0, 8), R('fire.fleet.chassis', 0, 'Scania')]])

L(auth='fire', ref='MFRS/FOI/18/0031', date='2018-03-02', recv='2018-02-06',
  title='Use of drones', fmt='html', style='youasked', name='mfrs_2018_0031',
  parts=[[R('fire.drone.owned', 0, True), R('fire.drone.count', 0, 2),
          R('fire.drone.model', 0, 'DJI Matrice 210'), R('fire.drone.pilots', 0, 6)]])

L(auth='fire', ref='MFRS/FOI/18/0288', date='2018-10-19', recv='2018-09-24',
  title='Mobilising and station alerting contracts', fmt='pdf-soffice', style='decision',
  name='mfrs_2018_0288',
  preamble='I am writing to request information about your emergency mobilising arrangements.',
  part_titles=['The first part of my request relates to the command and control (mobilising) system used by your Control room.',
               'The second part of my request relates to station-end alerting equipment (the systems that turn out crews at fire stations).'],
  parts=[[R('fire.mob.supplier', 0, 'Saturn Command Systems Ltd'),
          R('fire.mob.expiry', 0, '2022-03-31'),
          W('fire.mob.value', 0, 's43(2)'),
          W('fire.mob.contact', 0, 's40(2)')],
         [R('fire.alert.supplier', 0, 'Alertline Communications Ltd'),
          R('fire.alert.expiry', 0, '2021-09-30'),
          W('fire.alert.value', 0, 's43(2)')]])

L(auth='fire', ref='MFRS/FOI/19/0157', date='2019-06-24', recv='2019-05-29',
  title='False alarms at hospitals', fmt='txt', style='qa', name='mfrs_2019_0157',
  parts=[[R('fire.afa.hosp', 0, 214), R('fire.afa.charge', 0, False)]])

L(auth='fire', ref='MFRS/FOI/20/0011', date='2020-01-15', recv='2019-12-17',
  title='Appliances and fleet', fmt='md', style='restate', name='mfrs_2020_0011',
  parts=[[R('fire.stations', 0, 24), R('fire.fleet.pumps', 1, 31), R('fire.fleet.alp', 1, 2),
          R('fire.fleet.age', 1, 9), R('fire.fleet.chassis', 1, 'Scania'),
          R('fire.fleet.maint', 0, 'the Service\'s own workshops at Thornbury')]])

L(auth='fire', ref='MFRS/FOI/20/0276', date='2020-09-30', recv='2020-09-02',
  title='Cyber security', fmt='pdf-chromium', style='interleaved', name='mfrs_2020_0276',
  parts=[[R('fire.cyber.attacks', 0, 3), R('fire.cyber.ransom', 0, False),
          R('fire.cyber.insurance', 0, True)]])

L(auth='fire', ref='MFRS/FOI/21/0190', date='2021-07-07', recv='2021-06-09',
  title='Drones', fmt='docx', style='prose', name='mfrs_2021_0190',
  prose='I would like to know {0}, {1}, and {2}. I would also like to know {3}, and {4}.',
  parts=[[R('fire.drone.owned', 1, True), R('fire.drone.count', 1, 2),
          R('fire.drone.model', 1, 'DJI Matrice 210'), R('fire.drone.pilots', 1, 8),
          R('fire.drone.spend', 0, 38450)]])

L(auth='fire', ref='MFRS/FOI/22/0098', date='2022-04-12', recv='2022-03-15',
  title='Control room ICT contracts', fmt='txt', style='interleaved', name='mfrs_2022_0098',
  opts={'qlabel': 'Request {n}', 'alabel': 'Answer'},
  parts=[[R('fire.mob.supplier', 1, 'Saturn Command Systems Ltd'),
          R('fire.mob.expiry', 1, '2025-03-31'),
          W('fire.mob.value', 1, 's43(2)'),
          R('fire.alert.supplier', 1, 'Alertline Communications Ltd'),
          R('fire.alert.expiry', 1, '2024-09-30'),
          R('fire.mob.contact', 1, 'Head of ICT and Digital Services', ans='Head of ICT and Digital Services. Individual names of staff below senior management level are not released.')]])

L(auth='fire', ref='MFRS/FOI/23/0064', date='2023-02-20', recv='2023-01-23',
  title='Cyber security and ransomware', fmt='pdf-gs', style='decision', name='mfrs_2023_0064',
  parts=[[W('fire.cyber.attacks', 1, 's31(1)(a)'),
          N('fire.cyber.ransom', 1, 's31(3)'),
          R('fire.cyber.insurance', 1, True),
          R('fire.cyber.training', 0, 87)]])

L(auth='fire', ref='MFRS/FOI/23/0311', date='2023-11-08', recv='2023-10-11',
  title='Fleet information', fmt='html', style='table', name='mfrs_2023_0311',
  parts=[[R('fire.fleet.pumps', 2, 30), R('fire.fleet.alp', 2, 3), R('fire.fleet.age', 2, 10),
          R('fire.fleet.maint', 1, 'Emergency One (UK) Ltd'), R('fire.fleet.cars', 0, 64)]])

L(auth='fire', ref='MFRS/FOI/24/0172', date='2024-06-17', recv='2024-05-20',
  title='Drone capability', fmt='pdf-chromium', style='youasked', name='mfrs_2024_0172',
  parts=[[R('fire.drone.owned', 2, True), R('fire.drone.count', 2, 3),
          R('fire.drone.model', 2, 'DJI Matrice 30T'), R('fire.drone.pilots', 2, 9),
          R('fire.drone.spend', 1, 61200), R('fire.drone.deployments', 0, 112)]])

# ---- drafts
L(auth='fire', ref='MFRS/FOI/25/0140', date='2025-06-10', recv='2025-05-13',
  title='Fire engines and fleet', fmt='txt', style='interleaved', name='draft_mfrs_fleet',
  draft=True, consistent=True,
  parts=[[R('fire.fleet.pumps', 3, 30, fs='words'), R('fire.fleet.alp', 1, 3),
          R('fire.fleet.age', 3, 10, fs='words'), R('fire.fleet.oncall', 0, 18),
          R('fire.fleet.chassis', 1, 'Scania', ans='All of our pumping appliances are built on Scania chassis.'),
          R('fire.fleet.maint', 2, 'Emergency One (UK) Ltd', ans='Servicing and repair are contracted out to Emergency One (UK) Ltd.'),
          R('fire.fleet.cars', 1, 64, ans='64 cars and light vans.')]])

L(auth='fire', ref='MFRS/FOI/25/0233', date='2025-09-02', recv='2025-08-05',
  title='Drones', fmt='docx', style='qa', name='draft_mfrs_drones', draft=True,
  parts=[[R('fire.drone.owned', 0, True), W('fire.drone.count', 3, 's31(1)(a)'),
          P('fire.drone.model', 2, ['s31(1)(a)'], 'The aircraft are manufactured by DJI. The specific models and their payload configurations are withheld under Section 31(1)(a) (Law Enforcement), as they would reveal the Service\'s tactical capability.'),
          R('fire.drone.pilots', 0, 9, fs='words', ans='Nine members of staff are trained and authorised remote pilots.'),
          R('fire.drone.spend', 1, 61200, fs='k'),
          R('fire.drone.deployments', 1, 112)]])

L(auth='fire', ref='MFRS/FOI/26/0007', date='2026-01-14', recv='2025-12-15',
  title='Cyber attacks', fmt='pdf-chromium', style='restate', name='draft_mfrs_cyber', draft=True,
  parts=[[W('fire.cyber.attacks', 2, 's24(1)'),
          R('fire.cyber.ransom', 2, False, ans='No. Marchshire Fire and Rescue Service has not paid a ransom.'),
          R('fire.cyber.insurance', 0, True),
          NH('fire.cyber.training', 1, ans='This information is not held. Completion of cyber awareness training is no longer recorded centrally following the move to a new learning platform, and the Service does not hold a figure.')]])

# ======================================================================
# Harrowdale County Council
# ======================================================================
L(auth='cc', ref='FOI2017/04417', date='2017-08-14', recv='2017-07-18',
  title='Potholes and compensation claims', fmt='txt', style='interleaved', name='hcc_2017_04417',
  opts={'alabel': 'Response'},
  parts=[[R('cc.pot.reports', 0, 14532), R('cc.pot.claims', 0, 1204), R('cc.pot.paid', 0, 212450),
          R('cc.pot.contractor', 0, 'Marlow Highways Ltd'), W('cc.pot.rate', 0, 's43(2)')]])

L(auth='cc', ref='FOI2018/01196', date='2018-02-27', recv='2018-01-30',
  title='Library services', fmt='html', style='youasked', name='hcc_2018_01196',
  parts=[[R('cc.lib.count', 0, 42), R('cc.lib.closed', 0, 5), R('cc.lib.community', 0, 8),
          R('cc.lib.lms', 0, 'Bibliocore, supplied by Lantern Library Systems Ltd')]])

L(auth='cc', ref='FOI2018/07730', date='2018-11-05', recv='2018-10-08',
  title='Social care and finance systems', fmt='pdf-soffice', style='restate', name='hcc_2018_07730',
  part_titles=['Part 1 - Adult and children\'s social care case management system',
               'Part 2 - Corporate finance (ERP) system'],
  parts=[[R('cc.care.supplier', 0, 'CareTrack Solutions Ltd'), R('cc.care.expiry', 0, '2022-03-31'),
          R('cc.care.value', 0, 412000)],
         [R('cc.erp.supplier', 0, 'Oakfield ERP Ltd'), R('cc.erp.expiry', 0, '2021-06-30'),
          R('cc.erp.value', 0, 268000)]])

L(auth='cc', ref='FOI2019/05521', date='2019-07-22', recv='2019-06-24',
  title='Highways - potholes', fmt='md', style='restate', name='hcc_2019_05521',
  parts=[[R('cc.pot.claims', 1, 1377), R('cc.pot.paid', 1, 248900), R('cc.pot.reports', 1, 16210),
          R('cc.foot.claims', 0, 388), W('cc.pot.rate', 1, 's43(2)'),
          R('cc.pot.contractor', 1, 'Marlow Highways Ltd')]])

L(auth='cc', ref='FOI2020/02208', date='2020-05-06', recv='2020-04-08',
  title='Winter gritting', fmt='txt', style='qa', name='hcc_2020_02208',
  parts=[[R('cc.grit.miles', 0, 1240), R('cc.grit.salt', 0, 18000)]])

L(auth='cc', ref='FOI2021/01735', date='2021-03-15', recv='2021-02-15',
  title='Libraries', fmt='docx', style='interleaved', name='hcc_2021_01735',
  parts=[[R('cc.lib.count', 1, 40), R('cc.lib.mobile', 0, 4), R('cc.lib.closed', 1, 7),
          R('cc.lib.community', 1, 10), R('cc.lib.bookfund', 0, 655000)]])

L(auth='cc', ref='FOI2021/09214', date='2021-10-28', recv='2021-09-30',
  title='ICT contracts - care and finance systems', fmt='pdf-chromium', style='table', name='hcc_2021_09214',
  parts=[[R('cc.care.supplier', 1, 'CareTrack Solutions Ltd'), R('cc.care.expiry', 1, '2027-03-31'),
          W('cc.care.value', 1, 's43(2)'), R('cc.erp.supplier', 1, 'Oakfield ERP Ltd'),
          R('cc.erp.expiry', 1, '2023-06-30'), W('cc.erp.value', 1, 's43(2)')]])

L(auth='cc', ref='FOI2023/05102', date='2023-06-19', recv='2023-05-22',
  title='Public libraries', fmt='txt', style='prose', name='hcc_2023_05102',
  prose='Please can you tell me {0}, {1}, and {2}. I would also like to know {3}, and {4}.',
  parts=[[R('cc.lib.count', 2, 38), R('cc.lib.closed', 2, 9), R('cc.lib.community', 2, 12),
          R('cc.lib.lms', 1, 'Bibliocore (Lantern Library Systems Ltd)'),
          R('cc.lib.bookfund', 1, 610000)]])

L(auth='cc', ref='FOI2024/02861', date='2024-04-02', recv='2024-03-04',
  title='Case management and finance system contracts', fmt='pdf-gs', style='decision', name='hcc_2024_02861',
  part_titles=['Part 1 - social care case management system', 'Part 2 - finance / ERP system'],
  parts=[[R('cc.care.supplier', 0, 'CareTrack Solutions Ltd'), R('cc.care.expiry', 0, '2027-03-31'),
          R('cc.care.value', 0, 455000)],
         [R('cc.erp.supplier', 0, 'Castlegate Cloud Finance Ltd'), R('cc.erp.expiry', 0, '2029-09-30'),
          W('cc.erp.value', 0, 's43(2)')]])

L(auth='cc', ref='FOI2024/08032', date='2024-10-10', recv='2024-09-12',
  title='Potholes', fmt='pdf-soffice', style='table', name='hcc_2024_08032',
  parts=[[R('cc.pot.reports', 2, 19877), R('cc.pot.claims', 2, 1642), R('cc.pot.paid', 2, 301150),
          R('cc.pot.contractor', 2, 'Marlow Highways Ltd'), W('cc.pot.rate', 2, 's43(2)'),
          NH('cc.pot.within24', 0, ans='Not held. Repair times are not recorded against the category of defect, so this figure cannot be produced.')]])

# ---- drafts
L(auth='cc', ref='EIR2025/02214', date='2025-04-22', recv='2025-03-25', regime='eir',
  title='Potholes and highway repairs', fmt='md', style='interleaved', name='draft_hcc_potholes', draft=True,
  parts=[[R('cc.pot.reports', 3, 19877), R('cc.pot.claims', 3, 1642, fs='nocomma'),
          R('cc.pot.paid', 3, 287400),
          R('cc.pot.contractor', 3, 'Marlow Highways Ltd'),
          W('cc.pot.rate', 3, 'reg12(5)(e)'),
          R('cc.pot.within24', 1, 71, fs='percent'),
          R('cc.foot.claims', 1, 388)]])

L(auth='cc', ref='FOI2025/11873', date='2025-11-03', recv='2025-11-03',
  title='Libraries', fmt='txt', style='bare', name='draft_hcc_libraries_request', draft=True,
  parts=[[U('cc.lib.count', 3), U('cc.lib.mobile', 1), U('cc.lib.community', 3),
          U('cc.lib.hours', 0), U('cc.lib.lms', 2), U('cc.lib.bookfund', 2)]])

L(auth='cc', ref='FOI2026/00961', date='2026-02-09', recv='2026-01-12', as_of='2022-01-01',
  title='Social care and finance system contracts', fmt='pdf-gs', style='restate', name='draft_hcc_systems', draft=True,
  part_titles=['Part 1: social care case management system', 'Part 2: finance system (ERP)'],
  parts=[[R('cc.care.supplier', 0, 'CareTrack Solutions Ltd'), R('cc.care.expiry', 0, '2027-03-31', fs='slash'),
          W('cc.care.value', 0, 's43(2)')],
         [R('cc.erp.supplier', 0, 'Castlegate Cloud Finance Ltd'), R('cc.erp.expiry', 0, '2029-09-30', fs='slash'),
          W('cc.erp.value', 0, 's36(2)(c)')]])

# ======================================================================
# North Moorland Ambulance Service NHS Foundation Trust
# ======================================================================
L(auth='amb', ref='FOI 041/17', date='2017-03-09', recv='2017-02-08',
  title='Agency paramedics', fmt='txt', style='restate', name='nmas_2017_041',
  parts=[[R('amb.agency.paraspend', 0, 1840000), R('amb.agency.names', 0, 'Medirota Ltd and BlueLight Clinical Staffing'),
          R('amb.agency.maxrate', 0, 62.50), R('amb.agency.shifts', 0, 2310)]])

L(auth='amb', ref='FOI 019/19', date='2019-01-28', recv='2018-12-31',
  title='Cyber security and CAD', fmt='pdf-chromium', style='interleaved', name='nmas_2019_019',
  parts=[[R('amb.cyber.incidents', 0, 4), R('amb.cyber.ransom', 0, False),
          R('amb.cad.supplier', 0, 'Orion Dispatch Systems Ltd'), R('amb.cad.expiry', 0, '2021-12-31')]])

L(auth='amb', ref='FOI 233/19', date='2019-09-16', recv='2019-08-19',
  title='Agency staffing', fmt='docx', style='interleaved', name='nmas_2019_233',
  parts=[[R('amb.agency.total', 0, 3950000), R('amb.agency.paraspend', 1, 2120000),
          R('amb.agency.shifts', 1, 2655), R('amb.agency.maxrate', 1, 64.00),
          R('amb.agency.names', 1, 'Medirota Ltd, BlueLight Clinical Staffing and Apex Locums'),
          R('amb.agency.ehspend', 0, 410000)]])

L(auth='amb', ref='FOI 158/20', date='2020-08-03', recv='2020-07-06',
  title='Assaults on staff', fmt='md', style='qa', name='nmas_2020_158',
  parts=[[R('amb.assault.count', 0, 412), R('amb.assault.prosecutions', 0, 37)]])

L(auth='amb', ref='FOI 047/21', date='2021-02-22', recv='2021-01-25',
  title='Body worn cameras', fmt='pdf-gs', style='prose', name='nmas_2021_047',
  prose='I would like to know {0} and, if so, {1}, {2} and {3}. Separately, could you tell me {4}?',
  parts=[[R('amb.bwv.use', 0, True), R('amb.bwv.count', 0, 250), R('amb.bwv.supplier', 0, 'Vantage Vision Ltd'),
          W('amb.bwv.cost', 0, 's43(2)'),
          R('amb.dashcam.count', 0, 0, ans='None. No Trust vehicles currently have forward-facing cameras.')]])

L(auth='amb', ref='FOI 301/21', date='2021-12-13', recv='2021-11-15',
  title='Cyber incidents and dispatch system', fmt='txt', style='restate', name='nmas_2021_301',
  opts={'order': [2, 3, 0, 1]},
  parts=[[W('amb.cyber.incidents', 1, 's31(1)(a)'), N('amb.cyber.ransom', 1, 's31(3)'),
          R('amb.cad.supplier', 1, 'Orion Dispatch Systems Ltd'), R('amb.cad.expiry', 1, '2026-12-31')]])

L(auth='amb', ref='FOI 266/22', date='2022-11-21', recv='2022-10-24',
  title='Agency spend', fmt='html', style='table', name='nmas_2022_266',
  parts=[[R('amb.agency.total', 0, 5310000), R('amb.agency.paraspend', 2, 2870000),
          R('amb.agency.names', 2, 'Medirota Ltd and Apex Locums'), R('amb.agency.maxrate', 2, 71.25),
          R('amb.agency.shifts', 2, 3120), R('amb.agency.ehspend', 1, 530000)]])

L(auth='amb', ref='FOI 204/23', date='2023-09-04', recv='2023-08-07',
  title='Body-worn video', fmt='pdf-soffice', style='youasked', name='nmas_2023_204',
  parts=[[R('amb.bwv.use', 1, True), R('amb.bwv.count', 1, 410), R('amb.bwv.supplier', 1, 'Vantage Vision Ltd'),
          R('amb.bwv.cost', 1, 212000)]])

L(auth='amb', ref='FOI 178/24', date='2024-07-29', recv='2024-07-01',
  title='Cyber security and computer aided dispatch', fmt='docx', style='decision', name='nmas_2024_178',
  part_titles=['Part 1 - Cyber security', 'Part 2 - Computer Aided Dispatch (CAD) contract'],
  parts=[[W('amb.cyber.incidents', 2, 's31(1)(a)'), N('amb.cyber.ransom', 2, 's31(3)')],
         [W('amb.cad.supplier', 2, 's31(1)(a)'), R('amb.cad.expiry', 2, '2028-03-31'),
          W('amb.cad.value', 0, 's43(2)')]])

L(auth='amb', ref='FOI 031/25', date='2025-02-10', recv='2025-01-13',
  title='Agency paramedics', fmt='txt', style='qa', name='nmas_2025_031',
  parts=[[R('amb.agency.paraspend', 0, 3040000), R('amb.agency.names', 3, 'Medirota Ltd and Apex Locums'),
          R('amb.agency.maxrate', 3, 74.00), R('amb.agency.shifts', 3, 3388)]])

# ---- drafts
L(auth='amb', ref='FOI 212/25', date='2025-08-18', recv='2025-07-21',
  title='Agency and private provider spend', fmt='pdf-soffice', style='restate', name='draft_nmas_agency', draft=True,
  parts=[[P('amb.agency.paraspend', 3, ['s43(2)'], 'Total spend on agency paramedics in 2024/25 was £3,040,000. The split of this spend between individual agencies is withheld under s.43(2) (commercial interests), as it would reveal each supplier\'s share of the Trust\'s business.'),
          W('amb.agency.names', 1, 's43(2)'),
          R('amb.agency.maxrate', 1, 74.00, ans='£74 per hour.'),
          R('amb.agency.shifts', 1, 3388, fs='nocomma'),
          R('amb.agency.ehspend', 1, 530000, fs='m'),
          R('amb.private.spend', 0, 1150000)]])

L(auth='amb', ref='FOI 287/25', date='2025-12-01', recv='2025-11-03',
  title='Body worn video', fmt='md', style='youasked', name='draft_nmas_bwv', draft=True, consistent=True,
  parts=[[R('amb.bwv.use', 2, True), R('amb.bwv.count', 2, 410, fs='words'),
          R('amb.bwv.supplier', 2, 'Vantage Vision Ltd'), R('amb.bwv.cost', 2, 212000, fs='k'),
          R('amb.dashcam.count', 1, 0, ans='None of our ambulances has a forward-facing camera fitted.')]])

L(auth='amb', ref='FOI 022/26', date='2026-03-02', recv='2026-02-02',
  title='Cyber security and CAD contract', fmt='txt', style='decision', name='draft_nmas_cyber', draft=True,
  part_titles=['Part 1 - cyber security', 'Part 2 - computer aided dispatch'],
  parts=[[N('amb.cyber.incidents', 3, 's31(3)'), N('amb.cyber.ransom', 2, 's31(3)')],
         [W('amb.cad.supplier', 2, 's24(1)'), R('amb.cad.expiry', 2, '2028-03-31', fs='slash'),
          R('amb.cad.value', 0, 1900000, fs='m')]])

# ======================================================================
# National Land Records Agency (executive agency)
# ======================================================================
L(auth='gov', ref='F0004127', date='2017-11-20', recv='2017-10-23',
  title='Hosting and service desk contracts', fmt='txt', style='restate', name='nlra_2017_4127',
  part_titles=['Contract 1 - cloud hosting', 'Contract 2 - IT service desk'],
  parts=[[R('gov.host.supplier', 0, 'Stratus Crown Hosting Ltd'), W('gov.host.value', 0, 's43(2)'),
          R('gov.host.expiry', 0, '2020-03-31')],
         [R('gov.desk.supplier', 0, 'Helix Service Management Ltd'), W('gov.desk.value', 0, 's43(2)'),
          R('gov.desk.expiry', 0, '2019-10-31')]])

L(auth='gov', ref='F0005982', date='2018-09-03', recv='2018-08-06',
  title='Staffing and consultancy', fmt='html', style='interleaved', name='nlra_2018_5982',
  parts=[[R('gov.staff.contractors', 0, 47), R('gov.staff.consult', 0, 3200000),
          R('gov.staff.fte', 0, 1812)]])

L(auth='gov', ref='F0008830', date='2019-12-09', recv='2019-11-11',
  title='Cyber security', fmt='pdf-chromium', style='qa', name='nlra_2019_8830',
  parts=[[R('gov.cyber.incidents', 0, 12), R('gov.cyber.phishrate', 0, 8),
          W('gov.cyber.pentest', 0, 's31(1)(a)')]])

L(auth='gov', ref='F0011206', date='2021-05-17', recv='2021-04-19',
  title='Cloud hosting and IT service desk', fmt='docx', style='interleaved', name='nlra_2021_11206',
  parts=[[R('gov.host.use', 0, True), R('gov.host.supplier', 1, 'Stratus Crown Hosting Ltd'),
          R('gov.host.expiry', 1, '2024-03-31'), W('gov.host.value', 1, 's43(2)'),
          R('gov.desk.supplier', 1, 'Helix Service Management Ltd'), R('gov.desk.expiry', 1, '2023-10-31'),
          W('gov.desk.value', 1, 's43(2)')]])

L(auth='gov', ref='F0013377', date='2022-03-21', recv='2022-02-21',
  title='Workforce', fmt='txt', style='restate', name='nlra_2022_13377',
  parts=[[R('gov.staff.fte', 1, 1904), R('gov.staff.contractors', 1, 52), R('gov.staff.consult', 1, 2750000),
          NH('gov.staff.attendance', 0, ans='The Agency does not hold this information. Building pass data is not used to measure attendance and no attendance rate is recorded.'),
          R('gov.staff.apprentices', 0, 38)]])

L(auth='gov', ref='F0015020', date='2023-01-30', recv='2023-01-03',
  title='Hospitality register', fmt='html', style='youasked', name='nlra_2023_15020',
  parts=[[R('gov.hosp.register', 0, 'https://www.gov.example/nlra/board-hospitality-2022', ex=['s21'],
            ans='This information is reasonably accessible to you by other means and is therefore exempt under section 21 of the FOI Act. The Board hospitality register for 2022 is published at https://www.gov.example/nlra/board-hospitality-2022'),
          R('gov.hosp.tickets', 0, False)]])

L(auth='gov', ref='F0016841', date='2023-10-16', recv='2023-09-18',
  title='Cyber security incidents and testing', fmt='pdf-soffice', style='decision', name='nlra_2023_16841',
  parts=[[W('gov.cyber.incidents', 1, 's24(1)', 's31(1)(a)'), R('gov.cyber.phishrate', 1, 5),
          W('gov.cyber.pentest', 1, 's24(1)', 's31(1)(a)')]])

L(auth='gov', ref='F0018410', date='2024-05-13', recv='2024-04-15',
  title='Software licensing', fmt='pdf-gs', style='prose', name='nlra_2024_18410',
  prose='Please could you tell me {0}, {1} and {2}. For comparison, I would also like to know {3}.',
  parts=[[R('gov.lic.e3', 0, 2350), R('gov.lic.msspend', 0, 1240000),
          R('gov.lic.reseller', 0, 'Northgate Licensing Ltd'), R('gov.lic.oracle', 0, 140)]])

L(auth='gov', ref='F0019733', date='2024-11-25', recv='2024-10-28',
  title='ICT contracts: hosting and service desk', fmt='md', style='restate', name='nlra_2024_19733',
  part_titles=['Contract 1: cloud hosting', 'Contract 2: IT service desk'],
  parts=[[R('gov.host.supplier', 0, 'Stratus Crown Hosting Ltd'), W('gov.host.value', 0, 's43(2)'),
          R('gov.host.expiry', 0, '2027-03-31')],
         [R('gov.desk.supplier', 0, 'Helix Service Management Ltd'), W('gov.desk.value', 0, 's43(2)'),
          R('gov.desk.expiry', 0, '2026-10-31')]])

# ---- drafts
L(auth='gov', ref='F0021508', date='2025-07-07', recv='2025-06-09',
  title='Workforce information', fmt='docx', style='interleaved', name='draft_nlra_workforce', draft=True,
  parts=[[R('gov.staff.fte', 2, 1904, fs='nocomma'),
          NH('gov.staff.contractors', 2, ans='The Agency does not hold this information. Since off-payroll engagements moved to a departmental contingent labour framework, the Agency no longer holds a count of contractors and interims.'),
          P('gov.staff.consult', 2, ['s43(2)'], 'The Agency spent £2,750,000 on consultancy in the last financial year. The amounts paid to individual firms are withheld under section 43(2) (commercial interests).'),
          R('gov.staff.attendance', 1, 62),
          R('gov.staff.apprentices', 1, 38)]])

L(auth='gov', ref='F0023946', date='2026-01-26', recv='2025-12-29',
  title='Cyber security', fmt='pdf-chromium', style='qa', name='draft_nlra_cyber', draft=True,
  parts=[[N('gov.cyber.incidents', 2, 's24(2)', 's31(3)'), W('gov.cyber.phishrate', 2, 's31(1)(a)'),
          R('gov.cyber.pentest', 2, 'Ironbridge Assurance Ltd'),
          R('gov.cyber.phishblocked', 0, 1284000)]])
