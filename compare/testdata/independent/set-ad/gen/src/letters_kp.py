"""History and drafts: London Borough of Kelmscott (K) and Dyfed-Teifi Police (P)."""
from render import Q, Part, Letter

KL = []   # council
PL = []   # police

# =====================================================================  COUNCIL: history

KL.append(Letter(
    'K01', 'K', 'FOI/17/0412', '2017-05-11', 'txt', 'interleaved', 'Fly-tipping enforcement',
    intro='Please could you tell me the following about fly-tipping in the borough:',
    lab=('Q{n}.', 'A{n}.'),
    parts=[
        Q('fly.incidents_year', 'How many fly-tipping incidents were reported to the council in 2016/17?', 'R',
          '3,412 incidents were reported in 2016/17.', fact='3412'),
        Q('fly.fpn_issued', 'How many fixed penalty notices for fly-tipping were issued in 2016/17?', 'R',
          '57', fact='57'),
        Q('fly.fpn_amount', 'What is the amount of the fixed penalty for fly-tipping in Kelmscott?', 'R',
          'The fixed penalty for fly-tipping is set at £400.', fact='400'),
        Q('fly.cctv_cameras', 'Does the council use CCTV cameras to catch fly-tippers? If so, how many cameras?', 'R',
          'Yes. The council has 6 re-deployable CCTV cameras which are moved between fly-tipping hot spots.', fact='6'),
    ]))

KL.append(Letter(
    'K02', 'K', 'FOI/17/0899', '2017-09-26', 'pdf-soffice', 'table', 'Parking enforcement contract',
    intro='I am researching civil parking enforcement contracts across London. For your authority please provide:',
    th=['No.', 'Information requested', 'Council response'],
    parts=[
        Q('park.contractor', 'Name of the company contracted to carry out on-street civil parking enforcement', 'R',
          'Civicwatch Parking Services Ltd', fact='civicwatch parking services'),
        Q('park.contract_start', 'Contract start date', 'R', '1 April 2014', fact='2014-04-01'),
        Q('park.contract_expiry', 'Contract end date', 'R',
          '31 March 2020 (the contract contains an option to extend by two years)', fact='2020-03-31'),
        Q('park.contract_value', 'Annual value of the contract', 'W',
          'Withheld. The council considers this information exempt under section 43(2) of the Freedom of '
          'Information Act 2000 (commercial interests), as release would be likely to prejudice the contractor\'s '
          'commercial position and the council\'s position in the forthcoming re-procurement.', exs=['s43(2)']),
        Q('park.camera_cars', 'Number of CCTV enforcement vehicles (camera cars) in operation', 'R', '2', fact='2'),
    ],
    post_paras=[]))

KL.append(Letter(
    'K03', 'K', 'FOI/18/0133', '2018-02-08', 'html', 'youasked', 'Library services',
    parts=[
        Q('lib.branches', 'How many public libraries does the council currently run?', 'R',
          'The council currently runs 11 public libraries.', fact='11'),
        Q('lib.community_run', 'How many libraries are now run by volunteers or community organisations?', 'R',
          'Two libraries (Northcote and Abbey Fields) are run by community organisations with council support.',
          fact='2'),
        Q('lib.lms_supplier', 'What library management system do you use, and who supplies it?', 'R',
          'We use Folio LMS, which is supplied by Quire Systems Ltd.', fact='quire systems'),
    ]))

KL.append(Letter(
    'K04', 'K', 'FOI/18/1102', '2018-11-20', 'md', 'restate', 'Council tax single person discount',
    intro='Under the Freedom of Information Act I would like to know:',
    parts=[
        Q('ctax.spd_count', 'How many properties in the borough currently receive the 25% single person discount?',
          'R', '28,940 properties were receiving single person discount on 1 November 2018.', fact='28940'),
        Q('ctax.review_company', 'Has the council used an external company to review single person discounts in the '
          'last three years? If so, please name the company.', 'R',
          'Yes. The council used Datatrace Revenue Services Ltd for a review in 2017.', fact='datatrace'),
        Q('ctax.spd_removed', 'How many discounts were removed as a result of the most recent review?', 'R',
          '1,214 discounts were removed.', fact='1214'),
    ]))

KL.append(Letter(
    'K05', 'K', 'FOI/19/0587', '2019-06-04', 'pdf-chromium', 'restate', 'Fly-tipping',
    intro='I am writing to request the following information regarding fly-tipping and environmental '
          'enforcement in the London Borough of Kelmscott:',
    resp_head='Our response',
    parts=[
        Q('fly.incidents_year', 'The total number of fly-tips logged by the council in 2018-19.', 'R',
          '3,980', fact='3980'),
        Q('fly.cctv_cameras', 'The number of overt or covert camera units deployed at fly-tipping hotspots.', 'R',
          'The council has 9 camera units.', fact='9'),
        Q('fly.enforcement_contractor', 'Whether the council has outsourced environmental enforcement (littering and '
          'fly-tipping) to a private company and, if so, the name of the company.', 'R',
          'Yes. Environmental enforcement is carried out on the council\'s behalf by Greyfield Environmental '
          'Enforcement Ltd.', fact='greyfield environmental enforcement'),
        Q('fly.fpn_amount', 'The level of the fixed penalty for a fly-tipping offence, and whether a discount is '
          'offered for early payment.', 'R',
          '£400, reduced to £250 if paid within 10 days.', fact='400'),
        Q('fly.prosecutions', 'The number of prosecutions for fly-tipping brought by the council in 2018-19.', 'R',
          '14', fact='14'),
    ]))

KL.append(Letter(
    'K06', 'K', 'FOI/19/1021', '2019-10-15', 'txt', 'interleaved', 'Parking enforcement',
    lab=('Question {n}:', 'Answer:'),
    parts=[
        Q('park.pcn_count', 'How many penalty charge notices (PCNs) did the council issue in 2018/19?', 'R',
          '143,200', fact='143200'),
        Q('park.contractor', 'Is parking enforcement carried out in-house or by a contractor? If by a contractor, '
          'which one?', 'R', 'By a contractor: Civicwatch Parking Services Ltd.', fact='civicwatch parking services'),
        Q('park.software', 'Which IT system is used to process PCNs and appeals, and who supplies it?', 'R',
          'Taranto PCN Manager, supplied by Taranto Systems Ltd.', fact='taranto pcn manager'),
        Q('park.camera_cars', 'How many camera cars does the council use for parking enforcement?', 'R',
          'Three.', fact='3'),
    ]))

KL.append(Letter(
    'K07', 'K', 'CAS-20877-K4P9', '2020-08-19', 'docx', 'table', 'Household waste collection contract',
    intro='Please provide the following information about your household waste and recycling collection contract.',
    th=['Question', 'Response'],
    parts=[
        Q('waste.contractor', 'Name of the contractor that collects household waste and recycling', 'R',
          'Harlow Vale Environmental Services Ltd', fact='harlow vale environmental services'),
        Q('waste.contract_expiry', 'Contract end date', 'R', '30 September 2028', fact='2028-09-30'),
        Q('waste.contract_value', 'Annual contract value', 'W',
          'This information is withheld under section 43(2) of the Freedom of Information Act 2000 (commercial '
          'interests). Release of the annual contract sum would reveal the contractor\'s pricing model to its '
          'competitors.', exs=['s43(2)']),
        Q('waste.vehicles', 'Number of refuse collection vehicles used on the contract', 'R', '34', fact='34'),
    ]))

KL.append(Letter(
    'K08', 'K', 'CAS-23514-R2D8', '2021-07-07', 'txt', 'prose', 'Fly-tipping enforcement',
    prose='I would like to find out how many fixed penalty notices Kelmscott handed out for fly-tipping during '
          '2020/21, how many cameras you have put up at fly-tipping hot spots, and who, if anyone, does your '
          'litter and fly-tipping enforcement for you. I would also like to know how much the council has spent '
          'on buying those cameras.',
    prose_lead='We have answered your questions in the order in which you asked them.',
    parts=[
        Q('fly.fpn_issued', 'How many fixed penalty notices Kelmscott handed out for fly-tipping during 2020/21', 'R',
          'The council issued 112 fixed penalty notices for fly-tipping in 2020/21.', fact='112'),
        Q('fly.cctv_cameras', 'How many cameras you have put up at fly-tipping hot spots', 'R',
          'We currently have 14 cameras deployed at fly-tipping hot spots across the borough.', fact='14'),
        Q('fly.enforcement_contractor', 'Who, if anyone, does your litter and fly-tipping enforcement for you', 'R',
          'Environmental enforcement patrols are carried out on the council\'s behalf by Greyfield Environmental '
          'Enforcement Ltd.', fact='greyfield environmental enforcement'),
        Q('fly.cameras_cost', 'How much the council has spent on buying those cameras', 'R',
          'The council has spent £38,500 in total on the purchase of these cameras.', fact='38500'),
    ]))

KL.append(Letter(
    'K09', 'K', 'KEL/FOI/2023/0377', '2023-04-18', 'pdf-gs', 'restate', 'Parking enforcement contract',
    intro='Further to my previous request (your reference FOI/17/0899), I would be grateful for updated '
          'information about your parking enforcement contract:',
    resp_head='The council\'s response',
    parts=[
        Q('park.contractor', 'Please confirm the name of the organisation that currently provides your parking '
          'enforcement service.', 'R', 'Civicwatch Parking Services Ltd.', fact='civicwatch parking services'),
        Q('park.contract_expiry', 'Please state the date on which the current contract expires.', 'R',
          'The current contract expires on 31 March 2027.', fact='2027-03-31'),
        Q('park.extension', 'Does the contract include an option to extend? If so, for how long?', 'R',
          'Yes - there is an optional extension of up to 24 months.', fact='24 months'),
        Q('park.contract_value', 'Please give the annual value of the contract.', 'W',
          'This information is exempt under section 43(2) of the Freedom of Information Act 2000 (commercial '
          'interests).', exs=['s43(2)']),
        Q('park.camera_cars', 'How many CCTV vehicles are used for enforcement?', 'R', '4', fact='4'),
        Q('park.bodycams', 'Do civil enforcement officers wear body-worn cameras?', 'R',
          'Yes, all civil enforcement officers are issued with body-worn cameras.', fact='yes'),
    ]))

KL.append(Letter(
    'K10', 'K', 'KEL/FOI/2024/0086', '2024-01-23', 'md', 'table', 'Libraries - systems and branches',
    intro='Please supply the following for your library service:',
    th=['#', 'Request', 'Response'],
    parts=[
        Q('lib.branches', 'Number of library branches open to the public', 'R', '10', fact='10'),
        Q('lib.kiosk_supplier', 'Supplier of self-service (RFID) issue and return kiosks', 'R',
          'Bibliotek RFID Ltd', fact='bibliotek rfid'),
        Q('lib.lms_supplier', 'Library Management System (LMS) in use and its supplier', 'R',
          'Folio LMS (Quire Systems Ltd)', fact='quire systems'),
        Q('lib.weekly_hours', 'Total weekly opening hours across all branches', 'R', '412 hours', fact='412'),
    ]))

# =====================================================================  COUNCIL: drafts

KL.append(Letter(
    'KD1', 'K', 'KEL/FOI/2025/0490', '2025-05-14', 'docx', 'youasked', 'Parking enforcement',
    draft=True, mark='DRAFT - for sign-off by Head of Parking Services',
    intro='You asked us a series of questions about parking enforcement in Kelmscott. Our answers follow each '
          'question.',
    parts=[
        Q('park.contractor', 'Who employs the traffic wardens who patrol the borough\'s streets?', 'R',
          'Our civil enforcement officers (traffic wardens) are employed by the council\'s contractor, Civicwatch '
          'Parking Services Ltd.', fact='civicwatch parking services'),
        Q('park.contract_value', 'How much does the council pay that company each year?', 'R',
          'The contract sum for 2024/25 was £2.4m.', fact='2400000'),
        Q('park.contract_expiry', 'When is the contract due to finish?', 'R', '31/03/2027', fact='2027-03-31'),
        Q('park.extension', 'Can it be extended, and if so by how long?', 'R',
          'Yes, the council may extend it by up to two years.', fact='24 months'),
        Q('park.camera_cars', 'How many camera enforcement cars are used to issue tickets?', 'W',
          'We are withholding this information under section 31(1)(a) of the Freedom of Information Act 2000 (law '
          'enforcement). Revealing the number of vehicles would allow motorists to judge how likely they are to be '
          'caught parking illegally in particular areas.', exs=['s31(1)(a)']),
        Q('park.software', 'What computer system does the council use to process parking tickets?', 'R',
          'Taranto PCN Manager (Taranto Systems Ltd).', fact='taranto pcn manager'),
        Q('park.pcn_cancelled', 'How many parking tickets were cancelled after an appeal in 2024/25?', 'R',
          '6,410 penalty charge notices were cancelled following a challenge or appeal.', fact='6410'),
    ]))

KL.append(Letter(
    'KD2', 'K', 'KEL/FOI/2025/1033', '2025-10-02', 'txt', 'youasked', 'Dumped rubbish',
    draft=True,
    lab=('You asked:', 'Our response:'),
    parts=[
        Q('fly.cctv_cameras', 'How many hidden or visible cameras has the council got watching for people dumping '
          'rubbish?', 'R', 'The council has fourteen cameras in use at known dumping hot spots.', fact='14'),
        Q('fly.fpn_amount', 'If someone is caught dumping rubbish, how much is the on-the-spot fine?', 'R',
          'The fixed penalty is £1,000, reduced to £500 if paid within 14 days.', fact='1000'),
        Q('fly.enforcement_contractor', 'Is a private company paid to catch people who drop litter or dump rubbish? '
          'Which one?', 'R', 'Yes - Greyfield Environmental Enforcement Ltd.', fact='greyfield environmental enforcement'),
        Q('fly.vehicles_seized', 'How many vehicles has the council seized from suspected fly-tippers in the last '
          'year?', 'R', '3', fact='3'),
    ]))

KL.append(Letter(
    'KD3', 'K', 'KEL/FOI/2026/0061', '2026-01-20', 'pdf-soffice', 'table', 'Bin collection contract',
    draft=True, regime='eir', mark='DRAFT',
    th=['No.', 'Your question', 'Our response'],
    parts=[
        Q('waste.vehicles', 'How many bin lorries are used to collect rubbish and recycling in the borough?', 'R',
          'Thirty-four.', fact='34'),
        Q('waste.contractor', 'Which company empties residents\' bins?', 'R',
          'Harlow Vale Environmental Services Limited.', fact='harlow vale environmental services'),
        Q('waste.contract_value', 'What does the council pay that company per year?', 'W',
          'This information is withheld under regulation 12(5)(e) of the EIR (confidentiality of commercial or '
          'industrial information). The contract sum is confidential under the contract and its release would '
          'harm the legitimate economic interests of the contractor.', exs=['reg12(5)(e)']),
        Q('waste.contract_expiry', 'When does its contract run until?', 'R', '30/09/2028', fact='2028-09-30'),
        Q('waste.recycling_rate', 'What was the borough\'s household recycling rate in 2024/25?', 'R', '31.8%',
          fact='31.8'),
    ]))

KL.append(Letter(
    'KD4', 'K', 'KEL/FOI/2025/1180', '2025-11-05', 'txt', 'bare', 'Libraries',
    draft=True, bare=True,
    intro='I would be grateful if you could answer the following questions about Kelmscott\'s libraries under the '
          'Freedom of Information Act:',
    to='Sir or Madam', requester='J. Okafor',
    parts=[
        Q('lib.branches', 'How many libraries does the borough have at the moment?', 'U'),
        Q('lib.community_run', 'How many of them are run by volunteers rather than council staff?', 'U'),
        Q('lib.lms_supplier', 'What computer system do the libraries use to keep track of books and loans, and which '
          'company provides it?', 'U'),
        Q('lib.kiosk_supplier', 'Who supplies the machines that people use to check books out themselves?', 'U'),
        Q('lib.ebooks_platform', 'Which company provides your e-book and e-audiobook lending service?', 'U'),
    ]))

# =====================================================================  POLICE: history

PL.append(Letter(
    'P01', 'P', 'DTP/FOI/612/16', '2016-11-08', 'txt', 'interleaved', 'Body Worn Video',
    intro='Please provide the following information about body worn video (BWV):',
    lab=('Request {n}:', 'Response {n}:'),
    parts=[
        Q('bwv.supplier', 'Which company manufactures the body worn video (BWV) cameras used by your officers?', 'R',
          'The cameras are manufactured by Sentinel Optics Ltd.', fact='sentinel optics'),
        Q('bwv.count', 'How many BWV cameras does the force have?', 'R', '450 cameras.', fact='450'),
        Q('bwv.contract_value', 'What was the total value of the contract for the cameras?', 'R',
          '£297,000', fact='297000'),
    ]))

PL.append(Letter(
    'P02', 'P', 'DTP/FOI/388/17', '2017-08-22', 'pdf-gs', 'decision', 'ICT contracts - contact centre',
    intro='I wish to submit a freedom of information request relating to the organisation\'s ICT contracts, '
          'specifically contact centre contracts and inbound network services contracts. Please send me the '
          'following information for each provider.',
    parts=[
        Part('The first part of my request relates to contact centre service contracts (call distribution, '
             'webchat, performance monitoring tools).', [
            Q('cc.supplier', 'Incumbent Supplier: For each of the contract(s) please can you provide me with the '
              'supplier of the contract.', 'R', 'Halcyon Contact Systems Ltd.', fact='halcyon contact systems'),
            Q('cc.spend', 'Annual Average Spend: For each supplier, please state the annual average (over 3 years) '
              'spend for each supplier.', 'W', exs=['s43(2)']),
            Q('cc.expiry', 'Contract Expiry: For each supplier, please state the date of when the contract expires.',
              'R', '31 October 2019', fact='2019-10-31'),
            Q('cc.review', 'Contract Review: For each supplier, please state the date of when the contract will be '
              'reviewed.', 'R', 'April 2019', fact='2019-04'),
            Q('cc.contact', 'Contact Details: For each supplier, please state the person from within the '
              'organisation responsible for the contract, with their full name, job title, contact number and '
              'email address.', 'R', 'Head of ICT', fact='head of ict'),
            Q('cc.agents', 'Number of Agents: please provide me with the total number of contact centre agents.',
              'R', '64', fact='64'),
        ]),
        Part('The second part of my request relates to inbound network services contracts (0800, 0845, 0300 '
             'numbers, routing of calls, caller identification, interactive voice response).', [
            Q('inb.supplier', 'Incumbent Supplier: For each of the contract(s) please can you provide me with the '
              'supplier of the contract.', 'R', 'Tregaron Telecom plc.', fact='tregaron telecom'),
            Q('inb.spend', 'Annual Average Spend: For each supplier, please state the annual average (over 3 years) '
              'spend for each supplier.', 'W', exs=['s43(2)']),
            Q('inb.expiry', 'Contract Expiry: For each supplier, please state the date of when the contract expires.',
              'R', '30 June 2020', fact='2020-06-30'),
            Q('inb.review', 'Contract Review: For each supplier, please state the date of when the contract will be '
              'reviewed.', 'R', 'January 2020', fact='2020-01'),
            Q('inb.contact', 'Contact Details: For each supplier, please state the person from within the '
              'organisation responsible for the contract, with their full name, job title, contact number and '
              'email address.', 'R', 'Head of ICT', fact='head of ict'),
        ]),
    ],
    harm_extra='Section 43(2) provides that information is exempt if its disclosure would, or would be likely to, '
               'prejudice the commercial interests of any person, including the public authority holding it.',
    harm='Public Interest Test - Factors favouring disclosure: there is a public interest in knowing how the force '
         'spends public money on its contracts. Factors favouring non-disclosure: releasing the spend with each '
         'supplier would reveal pricing to competitors and would be likely to weaken the force\'s position when '
         'the contracts are re-tendered. Balance test: the public interest in maintaining the exemption outweighs '
         'that in disclosure.'))

PL.append(Letter(
    'P03', 'P', 'DTP/FOI/201/18', '2018-05-15', 'html', 'youasked', 'Drones',
    parts=[
        Q('drone.count', 'Does the force use drones? If so, how many does it have?', 'R',
          'Yes. Dyfed-Teifi Police has 3 drones.', fact='3'),
        Q('drone.models', 'What make and model are they?', 'R', 'Skyra Vantage X4.', fact='skyra vantage x4'),
        Q('drone.pilots', 'How many officers are trained to fly them?', 'R', '12 officers.', fact='12'),
        Q('drone.cost', 'How much have the drones cost in total?', 'R', '£41,600', fact='41600'),
    ]))

PL.append(Letter(
    'P04', 'P', 'DTP/FOI/097/19', '2019-03-12', 'pdf-gs', 'restate', 'Officers with criminal convictions',
    intro='Please tell me:',
    parts=[
        Q('conv.count', 'How many serving police officers in Dyfed-Teifi Police have a criminal conviction?', 'R',
          '17', fact='17'),
        Q('conv.types', 'What offences were those convictions for?', 'R',
          'Driving offences (11), public order (3), assault (2), theft (1).', fact='driving 11'),
        Q('conv.ranks', 'What rank is each of those officers?', 'W',
          'This information is withheld under section 40(2) (personal information), as in combination with the '
          'offence it would be likely to identify individual officers.', exs=['s40(2)']),
    ]))

PL.append(Letter(
    'P05', 'P', 'DTP/FOI/811/19', '2019-09-30', 'docx', 'restate', 'Body worn video and drones',
    intro='I am writing to request information about two areas of police technology.',
    parts=[
        Part('Part 1 - Body Worn Video (BWV)', [
            Q('bwv.supplier', 'Who is your current supplier?', 'R', 'Sentinel Optics Ltd.', fact='sentinel optics'),
            Q('bwv.count', 'How many units do you have?', 'R', '620', fact='620'),
            Q('bwv.contract_expiry', 'When does the contract end?', 'R', '31 January 2022', fact='2022-01-31'),
        ]),
        Part('Part 2 - Drones (Unmanned Aerial Vehicles)', [
            Q('drone.supplier', 'Who is your current supplier?', 'R', 'Aerolite UAV Solutions Ltd.',
              fact='aerolite uav solutions'),
            Q('drone.count', 'How many units do you have?', 'R', '5', fact='5'),
            Q('drone.pilots', 'How many staff are trained to operate them?', 'R', '18', fact='18'),
        ]),
    ]))

PL.append(Letter(
    'P06', 'P', 'DTP/FOI/1022/20', '2020-11-17', 'txt', 'decision', 'Cyber security',
    intro='Under the Freedom of Information Act 2000 please answer the following questions.',
    parts=[
        Q('cyber.ransomware_attacks', 'How many ransomware attacks has the force experienced in the last three '
          'years?', 'N', exs=['s24(2)', 's31(3)']),
        Q('cyber.ransom_paid', 'Has the force paid a ransom to regain access to its systems?', 'N',
          exs=['s24(2)', 's31(3)']),
        Q('cyber.os', 'What operating system is used on force desktop computers?', 'W', exs=['s24(1)', 's31(1)(a)']),
        Q('cyber.training', 'Is cyber security training mandatory for all staff?', 'R',
          'Yes. All officers and staff must complete the online Cyber Security Awareness module each year.',
          fact='yes'),
    ]))

PL.append(Letter(
    'P07', 'P', 'FOI 0598/21', '2021-06-08', 'md', 'table', 'Unmanned Aerial Systems',
    intro='Please provide the following information regarding the force\'s use of Unmanned Aerial Systems (UAS).',
    th=['No.', 'Question', 'Answer'],
    parts=[
        Q('drone.count', 'Number of UAS owned or leased by the force', 'R', '7', fact='7'),
        Q('drone.models', 'Make and model of each UAS platform', 'R', 'Skyra Vantage X4 (5); Skyra Nano 2 (2)',
          fact='skyra vantage x4; skyra nano 2'),
        Q('drone.pilots', 'Number of officers/staff holding a current CAA operational authorisation as remote pilots',
          'R', '22', fact='22'),
        Q('drone.deployments', 'Number of UAS deployments in calendar year 2020', 'R', '486', fact='486'),
    ]))

PL.append(Letter(
    'P08', 'P', 'FOI 0144/22', '2022-02-14', 'pdf-chromium', 'table', 'Body Worn Video contract',
    intro='I would like the following information relating to your Body Worn Video (BWV) contract(s):',
    th=['Question', 'Response'],
    parts=[
        Q('bwv.supplier', 'BWV hardware supplier', 'R', 'Sentinel Optics Ltd', fact='sentinel optics'),
        Q('bwv.dems_supplier', 'Digital evidence management system (DEMS) supplier, i.e. the software used to store '
          'and manage BWV footage', 'R', 'Caseloft Ltd (Caseloft Evidence Cloud)', fact='caseloft'),
        Q('bwv.contract_expiry', 'Hardware contract expiry date', 'R', '31 January 2025', fact='2025-01-31'),
        Q('bwv.contract_value', 'Hardware contract value', 'W',
          'Exempt - section 43(2) Commercial Interests. Disclosure would be likely to prejudice the commercial '
          'interests of the supplier and the force in future tendering.', exs=['s43(2)']),
        Q('bwv.count', 'Number of BWV devices currently deployed', 'R', '780', fact='780'),
    ]))

PL.append(Letter(
    'P09', 'P', 'FOI 0877/22', '2022-09-13', 'html', 'interleaved', 'Mobile phone examination kiosks',
    lab=('Question {n}', 'Answer'),
    parts=[
        Q('mpe.kiosks_count', 'How many self-service mobile phone examination kiosks (sometimes called "digital '
          'forensic kiosks") does the force have?', 'N', exs=['s24(2)', 's31(3)']),
        Q('mpe.supplier', 'Which company supplies the kiosk hardware and extraction software?', 'N',
          exs=['s24(2)', 's31(3)']),
        Q('mpe.policy', 'Does the force have a written policy on obtaining consent before a phone is examined? '
          'Please provide a copy.', 'R',
          'Yes. The policy is already published and is therefore exempt under section 21 of the Act as it is '
          'reasonably accessible to you: https://www.dyfed-teifi.police.uk/foi-ai/policies/digital-device-extraction',
          exs=['s21'], fact='published policy'),
    ]))

PL.append(Letter(
    'P10', 'P', 'FOI 0471/23', '2023-05-09', 'txt', 'youasked', 'Facial recognition technology',
    lab=('REQUEST:', 'RESPONSE:'),
    parts=[
        Q('frt.live', 'Does Dyfed-Teifi Police use live facial recognition?', 'R', 'No.', fact='no'),
        Q('frt.retro', 'Does it use retrospective facial recognition, for example searching images against custody '
          'photographs?', 'R', 'Yes, through the facial search facility of the Police National Database.', fact='yes'),
        Q('frt.plans', 'Are there any plans to introduce live facial recognition in the next two years?', 'R',
          'There are no current plans.', fact='no'),
    ]))

PL.append(Letter(
    'P11', 'P', 'FOI 1187/23', '2023-10-24', 'docx', 'interleaved', 'Ransomware',
    lab=('Q{n}:', 'A{n}:'),
    parts=[
        Q('cyber.ransom_paid', 'Has Dyfed-Teifi Police ever made a payment in response to a ransomware demand?', 'R',
          'No.', fact='no'),
        Q('cyber.ransomware_attacks', 'In the past 12 months, how many ransomware incidents has the force '
          'recorded against its own systems?', 'N', exs=['s24(2)', 's31(3)']),
        Q('cyber.budget', 'What is the force\'s annual budget for cyber security (people, tools and services)?', 'W',
          exs=['s24(1)', 's31(1)(a)']),
        Q('cyber.training', 'Do staff have to complete cyber awareness training?', 'R', 'Yes, annually.', fact='yes'),
    ]))

PL.append(Letter(
    'P12', 'P', 'FOI 0702/24', '2024-07-16', 'pdf-soffice', 'decision', 'Contact centre contract',
    intro='I wish to submit to the organisation a freedom of information request relating to the organisation\'s '
          'ICT contracts, specifically around contact centre contract(s) and inbound network services contract(s).',
    parts=[
        Part('The first part of my request relates to contact centre service contracts which could relate to '
             'advanced call distribution, email and webchat, or performance monitoring tools.', [
            Q('cc.supplier', 'Incumbent Supplier: For each of the contract(s) please can you provide me with the '
              'supplier of the contract.', 'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('cc.spend', 'Annual Average Spend: For each supplier, please state the annual average (over 3 years) '
              'spend for each supplier.', 'NH',
              'No information held as the contract value for the contact centre is not recorded separately from '
              'the full contract value.'),
            Q('cc.duration', 'Contract Duration: For each supplier, please state the contract duration. If '
              'available, please also include any contract extensions.', 'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('cc.expiry', 'Contract Expiry: For each supplier, please state the date of when the contract expires.',
              'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('cc.review', 'Contract Review: For each supplier, please state the date of when the contract will be '
              'reviewed.', 'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('cc.contact', 'Contact Details: For each supplier, please state the person from within the '
              'organisation responsible for the contract. At the very least please provide their job title.', 'R',
              'ict.servicedesk@dyfed-teifi.police.uk', fact='ict.servicedesk'),
            Q('cc.agents', 'Number of Agents: please provide me with the total number of contact centre agents.',
              'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('cc.sites', 'Number of Sites: please can you provide me with the number of sites the contact centre '
              'covers.', 'R', 'The contact centre covers 2 sites.', fact='2'),
        ]),
        Part('The second part of my request relates to inbound network services contracts: 0800, 0845, 0300 '
             'numbers, routing of calls, caller identifier and interactive voice response (IVR).', [
            Q('inb.supplier', 'Incumbent Supplier: For each of the contract(s) please can you provide me with the '
              'supplier of the contract.', 'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('inb.spend', 'Annual Average Spend: For each supplier, please state the annual average (over 3 years) '
              'spend for each supplier.', 'NH',
              'No information held: inbound network costs are not recorded separately from the force\'s overall '
              'telephony contract.'),
            Q('inb.expiry', 'Contract Expiry: For each supplier, please state the date of when the contract expires.',
              'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('inb.review', 'Contract Review: For each supplier, please state the date of when the contract will be '
              'reviewed.', 'W', exs=['s31(1)(a)', 's31(1)(b)']),
            Q('inb.contact', 'Contact Details: For each supplier, please state the person from within the '
              'organisation responsible for the contract.', 'R', 'ict.servicedesk@dyfed-teifi.police.uk',
              fact='ict.servicedesk'),
        ]),
    ],
    harm_extra='Please note: previously the force would have disclosed some of this information; however, following '
               'national advice there has been a change in the stance taken. Disclosure of the force\'s ICT '
               'infrastructure would be likely to make the police service more open to malicious attacks on its '
               'computer systems. Section 31(1)(a) exempts information whose disclosure would, or would be likely '
               'to, prejudice the prevention or detection of crime; section 31(1)(b) the apprehension or '
               'prosecution of offenders.'))

PL.append(Letter(
    'P13', 'P', 'FOI 1150/24', '2024-11-26', 'txt', 'youasked', 'Drone unit',
    parts=[
        Q('drone.pilots', 'How many people in the force are qualified to pilot drones?', 'R',
          '31 officers and police staff are qualified remote pilots.', fact='31'),
        Q('drone.count', 'How many drones are currently in service?', 'R', '11', fact='11'),
        Q('drone.models', 'What types of drone does the force fly?', 'R', 'Skyra Vantage X5 and Skyra Nano 3.',
          fact='skyra vantage x5; skyra nano 3'),
    ]))

# =====================================================================  POLICE: drafts

PL.append(Letter(
    'PD1', 'P', 'FOI 0288/25', '2025-03-18', 'pdf-gs', 'interleaved', 'Police body cameras',
    draft=True, mark='DRAFT RESPONSE - NOT FOR RELEASE',
    intro='I\'d like to know a few things about the cameras your officers wear.',
    lab=('{n}.', 'Response:'),
    parts=[
        Q('bwv.supplier', 'Which company makes the small cameras that officers wear on their uniforms?', 'R',
          'The cameras currently in use are made by Halden Vision Systems Ltd.', fact='halden vision systems'),
        Q('bwv.count', 'How many of them does the force have?', 'NH',
          'Dyfed-Teifi Police does not hold this information. Since 2024 the cameras have been provided as a '
          'managed service and the asset register is maintained by the supplier, not by the force.'),
        Q('bwv.contract_value', 'How much is the contract for the cameras worth?', 'W',
          'This information is withheld under section 43(2) of the Act (Commercial Interests).', exs=['s43(2)']),
        Q('bwv.dems_supplier', 'Who provides the computer system where the recorded footage is uploaded and kept?',
          'W', 'This information is withheld under section 31(1)(a) (Law Enforcement). Naming the provider of the '
          'system holding evidential footage would assist anyone seeking to attack it and so prejudice the '
          'prevention and detection of crime.', exs=['s31(1)(a)']),
    ]))

PL.append(Letter(
    'PD2', 'P', 'FOI 0611/25', '2025-06-24', 'html', 'youasked', 'Remotely piloted aircraft',
    draft=True,
    parts=[
        Q('drone.count', 'Does Dyfed-Teifi Police operate any remotely piloted aircraft systems, and if so how many?',
          'R', 'Yes - eleven.', fact='11'),
        Q('drone.models', 'Please list the makes and models.', 'PR',
          'Skyra Vantage X5. The force also operates one further specialist platform; its make and model are '
          'withheld under section 31(1)(a) (Law Enforcement), as disclosure would reveal a specific tactical '
          'capability.', exs=['s31(1)(a)']),
        Q('drone.pilots', 'How many officers and staff are qualified to fly them?', 'R',
          'Thirty-one.', fact='31'),
        Q('drone.supplier', 'From which company did the force buy its aircraft?', 'R',
          'Aerolite UAV Solutions Ltd.', fact='aerolite uav solutions'),
    ]))

PL.append(Letter(
    'PD3', 'P', 'FOI 0905/25', '2025-09-09', 'txt', 'decision', 'Cyber attacks',
    draft=True, mark='*** DRAFT ***',
    intro='Please answer the following about cyber security at Dyfed-Teifi Police:',
    parts=[
        Q('cyber.ransomware_attacks', 'Over the last two years, has the force been hit by ransomware, and if so how '
          'many times?', 'N', exs=['s24(2)', 's31(3)']),
        Q('cyber.ransom_paid', 'Has any ransom ever been paid?', 'N', exs=['s24(2)', 's31(3)']),
        Q('cyber.budget', 'How much does the force spend on cyber security each year?', 'R',
          'The force\'s cyber security budget for 2024/25 was £1.2m.', fact='1200000'),
        Q('cyber.training', 'Is cyber training compulsory for officers and staff?', 'R', 'Yes.', fact='yes'),
        Q('cyber.antivirus', 'Which anti-virus or endpoint protection product does the force use?', 'W',
          exs=['s24(1)', 's31(1)(a)']),
    ]))

PL.append(Letter(
    'PD4', 'P', 'FOI 1212/25', '2025-12-03', 'pdf-chromium', 'decision', 'Contact centre and telephony contracts',
    draft=True, as_of='2023-01-01',
    intro='I am contacting all police forces about their customer contact technology. Please answer each of the '
          'following:',
    post_paras=['Please note that a similar request was answered by the force in 2024 (reference FOI 0702/24).'],
    parts=[
        Q('cc.supplier', 'Contact centre - the name of the company that provides your contact centre platform '
          '(call distribution, webchat, performance dashboards).', 'W', exs=['s31(1)(a)', 's31(1)(b)']),
        Q('cc.agents', 'Contact centre - how many call handlers (agents) use that platform?', 'R',
          '70', fact='70'),
        Q('cc.sites', 'Contact centre - from how many sites does it operate?', 'R', '2', fact='2'),
        Q('inb.spend', 'Inbound telephony (0800/0300 numbers, call routing, IVR) - what is the average annual '
          'spend over the last three years?', 'W', exs=['s31(1)(a)', 's31(1)(b)']),
        Q('inb.contact', 'Inbound telephony - the name or job title of the person responsible for that contract.',
          'R', 'Head of ICT', fact='head of ict'),
    ]))

PL.append(Letter(
    'PD5', 'P', 'FOI 0041/26', '2026-01-13', 'md', 'interleaved', 'Phone download machines',
    draft=True,
    lab=('Q{n}.', 'A{n}.'),
    parts=[
        Q('mpe.kiosks_count', 'How many of the machines that download data from people\'s phones does the force have '
          'at its police stations?', 'R', 'The force has 14 kiosks.', fact='14'),
        Q('mpe.supplier', 'Whose software runs on those machines?', 'W',
          'This information is exempt under section 31(1)(a) (Law Enforcement).', exs=['s31(1)(a)']),
        Q('mpe.policy', 'Is there a policy about asking victims for their consent before their phones are examined?',
          'R', 'Yes. The policy is published on our website and is exempt under section 21 as reasonably accessible: '
          'https://www.dyfed-teifi.police.uk/foi-ai/policies/digital-device-extraction', exs=['s21'],
          fact='published policy'),
        Q('mpe.exams_2024', 'How many phones did the force examine in 2024?', 'R', '2,311', fact='2311'),
    ]))
