"""History and drafts: Calderbrook Hospitals NHS FT (N) and Severn Marches FRS (F)."""
from render import Q, Part, Letter

NL = []
FL = []

# =====================================================================  NHS: history

NL.append(Letter(
    'N01', 'N', 'FOI/2018/0037', '2018-01-16', 'pdf-soffice', 'table', 'Electronic Patient Record',
    intro='Please could you provide the following details of the Trust\'s Electronic Patient Record (EPR) system.',
    th=['No.', 'Question', 'Trust response'],
    parts=[
        Q('epr.supplier', 'Supplier of the Trust\'s Electronic Patient Record (EPR)', 'R', 'Medora Health Systems Ltd',
          fact='medora health systems'),
        Q('epr.expiry', 'Contract end date', 'R', '31 March 2023', fact='2023-03-31'),
        Q('epr.cost', 'Total contract value', 'W',
          'Exempt under section 43(2) (commercial interests). The Trust is in negotiation about an extension and '
          'release would prejudice its position.', exs=['s43(2)']),
        Q('epr.go_live', 'Go-live date of the EPR', 'R', 'November 2015', fact='2015-11'),
    ]))

NL.append(Letter(
    'N02', 'N', 'FOI/2018/0766', '2018-09-25', 'html', 'youasked', 'Car parking',
    parts=[
        Q('cp.income', 'How much income did the Trust receive from car parking charges in 2017/18?', 'R',
          '£3.1 million', fact='3100000'),
        Q('cp.staff_permit', 'How much does a staff parking permit cost?', 'R', '£22 per month for full-time staff.',
          fact='22'),
        Q('cp.blue_badge', 'Is parking free for Blue Badge holders?', 'R', 'Yes.', fact='yes'),
    ]))

NL.append(Letter(
    'N03', 'N', 'FOI/2019/0549', '2019-07-02', 'txt', 'youasked', 'Cyber security',
    lab=('Your question:', 'Trust response:'),
    parts=[
        Q('cyber.unsupported_os', 'How many PCs in the Trust still run Windows XP or Windows 7?', 'W',
          'The Trust is withholding this information under section 31(1)(a) of the Freedom of Information Act '
          '(law enforcement), as it would identify potential weaknesses in the Trust\'s network.',
          exs=['s31(1)(a)']),
        Q('cyber.ransomware_attacks', 'Has the Trust been the victim of a ransomware attack in the last 12 months?',
          'R', 'No.', fact='0'),
        Q('cyber.staff', 'How many staff are employed in IT security roles?', 'R', '3 WTE.', fact='3'),
        Q('cyber.budget', 'What is the Trust\'s annual cyber security budget?', 'R', '£240,000 for 2019/20.',
          fact='240000'),
    ]))

NL.append(Letter(
    'N04', 'N', 'FOI/2020/0118', '2020-02-11', 'docx', 'table', 'Agency staffing',
    th=['Request', 'Response'],
    parts=[
        Q('agency.vendor', 'Does the Trust use a master vendor or neutral vendor for agency staffing? If so, which '
          'company?', 'R', 'Yes - a neutral vendor, Pennant Workforce Solutions.', fact='pennant workforce'),
        Q('agency.top_rate', 'Highest hourly rate paid to a locum doctor via an agency in 2019', 'R', '£150 per hour',
          fact='150'),
        Q('bank.spend', 'Total spend on bank (in-house staff bank) shifts in 2018/19', 'R', '£11.4m', fact='11400000'),
        Q('agency.nurse_spend', 'Total spend on agency nursing in 2018/19', 'R', '£7.2m', fact='7200000'),
    ]))

NL.append(Letter(
    'N05', 'N', 'CHFT-FOI-21-0533', '2021-05-20', 'md', 'restate', 'Waiting lists',
    intro='I would like to request the following information:',
    parts=[
        Q('wait.total', 'The total number of patients on the referral to treatment (RTT) waiting list on 31 March '
          '2021.', 'R', '48,120', fact='48120'),
        Q('wait.over52', 'The number of those patients who had waited more than 52 weeks.', 'R', '3,905',
          fact='3905'),
        Q('wait.over104_specialty', 'The number waiting more than 104 weeks, broken down by specialty.', 'R',
          'Please see the attached spreadsheet.', fact='attached'),
        Q('wait.validation', 'Does the Trust use an external company to validate its waiting lists? If so, which '
          'one?', 'R', 'Yes - Clarion Data Validation Ltd.', fact='clarion'),
    ]))

NL.append(Letter(
    'N06', 'N', 'CHFT-FOI-22-0961', '2022-08-30', 'pdf-gs', 'decision', 'Cyber security',
    intro='Please provide the following information about cyber security at the Trust:',
    parts=[
        Q('cyber.unsupported_os', 'Number of devices on the Trust network running an operating system that is no '
          'longer supported by the vendor.', 'R', '41', fact='41'),
        Q('cyber.ransomware_attacks', 'Number of ransomware attacks against the Trust in the last 12 months.', 'R',
          '0', fact='0'),
        Q('cyber.ransom_paid', 'Has the Trust ever paid a ransom?', 'R', 'No.', fact='no'),
        Q('cyber.budget', 'Cyber security budget for 2022/23.', 'W', exs=['s31(1)(a)']),
        Q('cyber.staff', 'Number of dedicated cyber security staff (WTE).', 'R', '4', fact='4'),
    ]))

NL.append(Letter(
    'N07', 'N', 'CHFT-FOI-23-0288', '2023-03-14', 'html', 'youasked', 'Patient records system',
    lab=('Question', 'Answer'),
    parts=[
        Q('epr.supplier', 'Who provides the computer system that holds patients\' electronic notes?', 'R',
          'Medora Health Systems Ltd.', fact='medora health systems'),
        Q('epr.expiry', 'When does that arrangement run out?', 'R',
          '31 March 2026 (extended).', fact='2026-03-31'),
        Q('epr.cost', 'How much is it worth altogether?', 'R', '£14.6m over the life of the contract.',
          fact='14600000'),
        Q('epr.annual_support', 'What does the Trust pay each year for support and maintenance of it?', 'R',
          '£1.2m per year.', fact='1200000'),
        Q('epr.replacement', 'Is the Trust planning to replace it?', 'R',
          'Yes - a procurement for a replacement is planned to begin in 2024.', fact='yes'),
    ]))

NL.append(Letter(
    'N08', 'N', 'CHFT-FOI-24-1203', '2024-12-10', 'docx', 'restate', 'Interpreting services',
    parts=[
        Q('interp.supplier', 'Who provides face-to-face and telephone interpreting for the Trust?', 'R',
          'LinguaCare Ltd.', fact='linguacare'),
        Q('interp.spend', 'How much did the Trust spend on interpreting in 2023/24?', 'R', '£412,000',
          fact='412000'),
        Q('interp.languages', 'Which five languages were most requested?', 'R',
          'Polish, Urdu, Romanian, Arabic and Bengali.', fact='polish'),
    ]))

# =====================================================================  NHS: drafts

NL.append(Letter(
    'ND1', 'N', 'CHFT-FOI-25-0391', '2025-04-08', 'md', 'table', 'Cyber security',
    draft=True, mark='DRAFT v2',
    th=['No.', 'Your request', 'Trust response'],
    parts=[
        Q('cyber.staff', 'How many people work full-time on cyber security at the Trust?', 'R', 'Four.', fact='4'),
        Q('cyber.unsupported_os', 'How many computers are still running versions of Windows that Microsoft has '
          'stopped supporting?', 'PR',
          'The Trust can confirm the number is fewer than 50. The exact number and the systems affected are '
          'withheld under section 31(1)(a) (law enforcement).', exs=['s31(1)(a)']),
        Q('cyber.ransomware_attacks', 'Have there been any ransomware incidents in the past year? How many?', 'R',
          'None.', fact='0'),
        Q('cyber.ransom_paid', 'Has the Trust ever paid a ransom?', 'R', 'No.', fact='no'),
        Q('cyber.budget', 'What is spent each year on cyber security?', 'W',
          'Withheld under section 43(2) (commercial interests): the figure would reveal the value of the Trust\'s '
          'managed security contract, which is being re-tendered.', exs=['s43(2)']),
        Q('cyber.insurance', 'Does the Trust have cyber insurance?', 'R', 'No.', fact='no'),
    ]))

NL.append(Letter(
    'ND2', 'N', 'CHFT-FOI-25-0802', '2025-08-19', 'pdf-soffice', 'restate', 'EPR contract',
    draft=True,
    intro='Please send me the following details about the Trust\'s EPR:',
    parts=[
        Q('epr.supplier', 'Name of the EPR vendor.', 'R', 'Medora Health Systems Ltd.', fact='medora health systems'),
        Q('epr.go_live', 'Date the current EPR went live.', 'R', 'Nov 2015.', fact='2015-11'),
        Q('epr.expiry', 'Expiry date of the current EPR contract.', 'R', '31/03/2026.', fact='2026-03-31'),
        Q('epr.cost', 'Total value of the EPR contract.', 'W',
          'This information is exempt under section 43(2) of the Freedom of Information Act (commercial '
          'interests), as the Trust is currently negotiating the terms of a replacement contract.',
          exs=['s43(2)']),
        Q('epr.annual_support', 'Annual support and maintenance charges.', 'R', '£1,200,000 per annum.',
          fact='1200000'),
        Q('epr.modules', 'Number of clinical modules licensed.', 'R', '12', fact='12'),
    ]))

# =====================================================================  FIRE: history

FL.append(Letter(
    'F01', 'F', 'FOI 077-18', '2018-04-17', 'pdf-chromium', 'table', 'Firefighter numbers',
    th=['Question', 'Answer'],
    parts=[
        Q('staff.wholetime', 'Number of wholetime firefighters (headcount)', 'R', '486', fact='486'),
        Q('staff.oncall', 'Number of on-call (retained) firefighters (headcount)', 'R', '612', fact='612'),
        Q('staff.female', 'Number of female operational firefighters', 'R', '54', fact='54'),
        Q('staff.oncall_vacancies', 'Number of on-call vacancies', 'R', '88', fact='88'),
    ]))

FL.append(Letter(
    'F02', 'F', 'FOI 012-19', '2019-01-29', 'docx', 'restate', 'Mobilising system',
    intro='Please provide the following information about your mobilising system:',
    parts=[
        Q('mob.supplier', 'Name of the supplier of your mobilising (command and control) system.', 'R',
          'Kestrel Command Systems Ltd.', fact='kestrel command systems'),
        Q('mob.expiry', 'Expiry date of the contract.', 'R', '31 December 2023.', fact='2023-12-31'),
        Q('mob.value', 'Annual maintenance and support cost.', 'W',
          'This information is exempt under section 43(2) of the Act (commercial interests).', exs=['s43(2)']),
        Q('mob.joint', 'Is your control room shared with any other fire and rescue service?', 'R', 'No.', fact='no'),
    ]))

FL.append(Letter(
    'F03', 'F', 'FOI 244-19', '2019-11-05', 'pdf-soffice', 'youasked', 'Hoax calls',
    parts=[
        Q('hoax.count', 'How many hoax calls did the Service receive in 2018/19?', 'R', '212', fact='212'),
        Q('hoax.mobile', 'How many of those were made from mobile phones?', 'R', '150', fact='150'),
    ]))

FL.append(Letter(
    'F04', 'F', 'FOI 198-20', '2020-10-13', 'html', 'youasked', 'Drones',
    parts=[
        Q('drone.count', 'Does the Service have any drones? If so, how many?', 'R', 'Yes, the Service has 2 drones.',
          fact='2'),
        Q('drone.models', 'What make and model are they?', 'R', 'Skyra Vantage X4.', fact='skyra vantage x4'),
        Q('drone.pilots', 'How many trained pilots does the Service have?', 'R', '8', fact='8'),
    ]))

FL.append(Letter(
    'F05', 'F', 'SMFRS-FOI-2021-233', '2021-09-21', 'pdf-gs', 'youasked', 'Fire engines and aerial appliances',
    lab=('Question:', 'Response:'),
    parts=[
        Part('Part 1 - Pumping appliances (fire engines)', [
            Q('fleet.appliances', 'How many do you have?', 'R', '30', fact='30'),
            Q('fleet.avg_age', 'What is their average age?', 'R', '11 years', fact='11 years'),
        ]),
        Part('Part 2 - Aerial appliances (turntable ladders and aerial ladder platforms)', [
            Q('fleet.aerial', 'How many do you have?', 'R', '3', fact='3'),
            Q('fleet.aerial_age', 'What is their average age?', 'R', '14 years', fact='14 years'),
        ]),
    ]))

FL.append(Letter(
    'F06', 'F', 'SMFRS-FOI-2023-171', '2023-06-27', 'html', 'table', 'Control room system',
    th=['Information requested', 'Response'],
    parts=[
        Q('mob.joint', 'Joint or shared control room arrangements', 'R',
          'Yes - the control room is shared with Teme Valley Fire and Rescue Service.',
          fact='yes'),
        Q('mob.supplier', 'Command and control (CAD) system supplier', 'R', 'Kestrel Command Systems Ltd',
          fact='kestrel command systems'),
        Q('mob.expiry', 'Contract end date', 'R', '31 December 2026 (extended)', fact='2026-12-31'),
        Q('mob.value', 'Annual maintenance cost', 'NH',
          'Not held. The Service does not hold a separate annual maintenance figure: support for the system is '
          'part of a combined ICT managed-service charge that is not broken down.'),
    ]))

FL.append(Letter(
    'F07', 'F', 'SMFRS-FOI-2025-031', '2025-02-11', 'txt', 'interleaved', 'Unmanned aircraft',
    lab=('{n})', 'Answer:'),
    parts=[
        Q('drone.count', 'Number of unmanned aircraft (UAS) operated by the Service.', 'R', '4', fact='4'),
        Q('drone.models', 'Type(s) of aircraft.', 'R', 'Skyra Vantage X5', fact='skyra vantage x5'),
        Q('drone.pilots', 'Number of qualified remote pilots.', 'R', '14', fact='14'),
        Q('drone.deployments', 'Number of incidents at which a drone was deployed in 2024.', 'R', '61', fact='61'),
    ]))

# =====================================================================  FIRE: drafts

FL.append(Letter(
    'FD2', 'F', 'SMFRS-FOI-2025-322', '2025-11-18', 'docx', 'interleaved', 'Emergency call handling system',
    draft=True, mark='DRAFT',
    lab=('Question {n}:', 'Response:'),
    parts=[
        Q('mob.supplier', 'Which company provides the computer system that your control room uses to send fire '
          'engines to emergencies?', 'N',
          'The Service neither confirms nor denies whether it holds information identifying the supplier, by '
          'virtue of section 24(2) (national security). To confirm or deny would itself reveal information about '
          'the resilience of critical national infrastructure.', exs=['s24(2)']),
        Q('mob.expiry', 'When does that contract end?', 'R', '31/12/2026', fact='2026-12-31'),
        Q('mob.value', 'What does the Service pay each year to maintain it?', 'R', '£180,000 per year.',
          fact='180000'),
        Q('mob.joint', 'Do you share your control room with another fire service?', 'R',
          'Yes, with Teme Valley Fire and Rescue Service.', fact='yes'),
    ]))

FL.append(Letter(
    'FD4', 'F', 'SMFRS-FOI-2025-198', '2025-07-15', 'html', 'youasked', 'Drones',
    draft=True, all_auth=True,
    parts=[
        Q('drone.count', 'How many drones does the fire service have?', 'R', 'Four.', fact='4'),
        Q('drone.models', 'What kind are they?', 'R', 'Skyra Vantage X5.', fact='skyra vantage x5'),
        Q('drone.pilots', 'How many firefighters or staff are able to fly them?', 'R', '16', fact='16'),
        Q('drone.thermal', 'Do the drones carry thermal imaging cameras?', 'R', 'Yes.', fact='yes'),
    ]))
