# Concept catalogue: every question asked in the set belongs to one concept.
# kind: how the released fact is typed and rendered. a: answer template for a
# released answer ({v} = formatted fact). w: the wordings used over the years.
C = {}


def concept(cid, kind, a, *w, a_no=None):
    C[cid] = dict(kind=kind, a=a, a_no=a_no, w=list(w))


# ---------------------------------------------------------------- fire
concept('fire.stations', 'int', 'The Service currently operates {v} fire stations.',
        'How many fire stations does the Service have?')
concept('fire.fleet.pumps', 'int', 'There are {v} pumping appliances in the operational fleet.',
        'How many pumping appliances does the Service have in its operational fleet?',
        'Please state the total number of front-line fire engines (pumps) currently available for operational use.',
        'Number of frontline pumping appliances',
        'What is the current size of your front-line fire engine fleet, counting pumping appliances only?')
concept('fire.fleet.alp', 'int', 'The Service has {v} aerial ladder platforms.',
        'How many aerial ladder platforms (ALPs) do you have?',
        'Please also tell me how many aerial appliances (turntable ladders or aerial ladder platforms) you operate.',
        'Number of aerial appliances (ALP / TL)')
concept('fire.fleet.age', 'years', 'The average age is {v}.',
        'What is the average age of your pumping appliances?',
        'On average, how old are the front-line fire engines referred to above?',
        'Mean age of the pumping fleet',
        'How old, on average, are those appliances?')
concept('fire.fleet.chassis', 'text', 'The chassis are manufactured by {v}.',
        'Which manufacturer supplies the chassis for your pumping appliances?',
        'Who built the chassis your fire engines are mounted on?')
concept('fire.fleet.maint', 'text', 'Maintenance is carried out by {v}.',
        'Who carries out maintenance of your fire appliances? If this is contracted out, please name the contractor.',
        'Fleet maintenance provider (in-house or name of contractor)',
        'Is servicing and repair of the appliance fleet done in-house or by an outside company, and if the latter, which one?')
concept('fire.fleet.cars', 'int', 'The Service runs {v} light vehicles.',
        'Number of light vehicles (cars and vans) in the fleet',
        'How many cars and small vans does the Service run, leaving aside fire engines?')
concept('fire.fleet.oncall', 'int', '{v} of our pumping appliances are crewed by on-call firefighters.',
        'How many of your pumping appliances are crewed by on-call (retained) firefighters?')

concept('fire.drone.owned', 'yesno', 'Yes, the Service operates drones.',
        'Does Marchshire Fire and Rescue Service own or operate any drones (unmanned aerial vehicles)?',
        'whether the Service operates any unmanned aerial systems at all',
        'Do you currently have a drone capability?',
        a_no='No, the Service does not operate drones.')
concept('fire.drone.count', 'int', 'The Service has {v} drones.',
        'If so, how many drones do you have?',
        'if it does, how many aircraft it has',
        'How many aircraft make up that capability?',
        'Please state the number of unmanned aircraft the Service now holds.')
concept('fire.drone.model', 'text', 'The aircraft are {v}.',
        'What make and model are they?',
        'what make and model they are',
        'Manufacturer and model of each aircraft')
concept('fire.drone.pilots', 'int', '{v} members of staff hold a current remote pilot qualification.',
        'How many members of staff are qualified drone pilots?',
        'how many staff are trained and authorised to fly them',
        'Number of trained remote pilots')
concept('fire.drone.spend', 'money', 'Total expenditure to date is {v}.',
        'how much has been spent on them since they were first bought',
        'Total expenditure on the drone capability to date')
concept('fire.drone.deployments', 'int', 'Drones were deployed to {v} incidents.',
        'How many incidents were drones deployed to in the last 12 months?',
        'On how many occasions in the past year was a drone sent to an incident?')

concept('fire.mob.supplier', 'text', '{v}',
        'Incumbent supplier: please name the supplier of the contract.',
        'Who supplies your command and control (mobilising) system?')
concept('fire.mob.expiry', 'date', 'The contract expires on {v}.',
        'Contract expiry: please state the date on which the contract expires.',
        'When does the mobilising system contract end?')
concept('fire.mob.value', 'money', 'The annual value is {v}.',
        'Annual value: please state the annual value of the contract.',
        'What does the mobilising system cost per year?')
concept('fire.mob.contact', 'text', '{v}',
        'Contact: who in the Service is responsible for the contract? Please give name, job title and email address.',
        'Name and job title of the officer responsible for ICT contracts.')
concept('fire.alert.supplier', 'text', '{v}',
        'Incumbent supplier: please name the supplier of the contract.',
        'Who supplies your station-end alerting equipment?')
concept('fire.alert.expiry', 'date', 'The contract expires on {v}.',
        'Contract expiry: please state the date on which the contract expires.',
        'When does the station alerting contract end?')
concept('fire.alert.value', 'money', 'The annual value is {v}.',
        'Annual value: please state the annual value of the contract.')

concept('fire.cyber.attacks', 'int', '{v} cyber incidents were recorded in that period.',
        'How many cyber attacks has the Service experienced in the last three years?',
        'Please tell me the number of cyber security incidents (successful or attempted attacks) recorded by MFRS over the past three years.',
        'In the last 3 years, how many times has the Service\'s network been the target of a cyber attack?')
concept('fire.cyber.ransom', 'yesno', 'Yes, a ransom has been paid.',
        'Has the Service ever paid a ransom following a ransomware attack?',
        'Have you made any payment to criminals in response to ransomware?',
        'Has MFRS, at any point, met a ransom demand linked to ransomware?',
        a_no='No. The Service has never paid a ransom.')
concept('fire.cyber.insurance', 'yesno', 'Yes, the Service holds cyber insurance.',
        'Does the Service have cyber insurance?',
        'Is the Service insured against cyber incidents?',
        a_no='No, the Service does not hold cyber insurance.')
concept('fire.cyber.training', 'pct', '{v} of staff have completed the training.',
        'What percentage of staff have completed cyber security awareness training?',
        'Proportion of employees who have completed mandatory cyber awareness training')

concept('fire.afa.hosp', 'int', 'The Service attended {v} automatic fire alarm calls at hospital premises.',
        'How many automatic fire alarm calls at hospitals did the Service attend in 2018?')
concept('fire.afa.charge', 'yesno', 'Yes, the Service charges for repeat false alarms.',
        'Do you charge premises for attending repeated false alarms?',
        a_no='No, the Service does not charge for attending false alarms.')

# ---------------------------------------------------------------- county council
concept('cc.pot.reports', 'int', 'The council received {v} pothole reports.',
        'How many potholes were reported to the council in the last financial year?',
        'Number of pothole reports received from the public in the last full financial year.',
        'Pothole reports received (last financial year)',
        'Over the most recent complete financial year, how many reports of potholes did the authority log?')
concept('cc.pot.claims', 'int', '{v} claims were received.',
        'How many claims for compensation relating to pothole damage did you receive in the same period?',
        'Please give the number of compensation claims received for vehicle damage caused by potholes.',
        'Number of pothole damage claims made against the council',
        'How many people claimed against the council for damage caused by a pothole in that year?')
concept('cc.pot.paid', 'money', 'The council paid {v} in compensation.',
        'How much did the council pay out in compensation for pothole claims in that year?',
        'What was the total value of compensation paid to pothole claimants?',
        'Compensation paid on pothole claims (total)',
        'What did successful pothole claims cost the council altogether?')
concept('cc.pot.contractor', 'text', 'Pothole repairs are carried out by {v}.',
        'Which company carries out pothole repairs on the council\'s behalf?',
        'Please name your highways maintenance contractor responsible for carriageway repairs.',
        'Highways term maintenance contractor',
        'Who does the council pay to fill potholes?')
concept('cc.pot.rate', 'money', 'The unit rate is {v}.',
        'What is the unit rate paid to your contractor for each pothole repair?',
        'Please provide the schedule of rates price for a standard pothole repair.',
        'Unit price paid per pothole repair',
        'How much does the contractor charge the council to fix a single pothole?')
concept('cc.pot.within24', 'pct', '{v} of dangerous potholes were made safe within 24 hours.',
        'What percentage of potholes classed as dangerous were repaired within 24 hours of being reported?',
        'What proportion of emergency (category 1) pothole defects were fixed inside 24 hours?')
concept('cc.foot.claims', 'int', '{v} footway trip claims were received.',
        'How many compensation claims did you receive for trips and falls on pavements and footways?',
        'Separately from potholes in the road, how many claims were made for trips on pavements?')

concept('cc.lib.count', 'int', 'The council runs {v} static libraries.',
        'How many static libraries does the council currently run?',
        'Please confirm the number of council-run library buildings open today.',
        'how many libraries the council runs today',
        'How many library branches (not counting mobile services) does Harrowdale operate?')
concept('cc.lib.closed', 'int', '{v} libraries have closed since 2010.',
        'How many libraries have closed since 2010?',
        'How many library buildings has the council shut since 2010?',
        'how many have closed since 2010')
concept('cc.lib.community', 'int', '{v} libraries are run by community groups.',
        'How many libraries are now run by volunteers or community groups?',
        'Number of community-managed libraries (run by volunteers rather than council staff)',
        'how many are now in the hands of volunteers or community organisations',
        'How many branches are staffed wholly by volunteers?')
concept('cc.lib.lms', 'text', 'The library management system is {v}.',
        'Which library management system do you use, and who supplies it?',
        'which library management system the service uses and who provides it',
        'Name of your library management system and its supplier')
concept('cc.lib.bookfund', 'money', 'The book fund was {v}.',
        'What was the library book fund in the last financial year?',
        'what was spent on new stock (the book fund) last financial year',
        'How much did the library service spend on new books and other stock in the last financial year?')
concept('cc.lib.mobile', 'int', 'There are {v} mobile library vehicles in service.',
        'How many mobile library vehicles are in service?',
        'Do you still run mobile libraries? If so, how many vehicles?')
concept('cc.lib.hours', 'int', '{v} libraries have had their opening hours reduced.',
        'How many libraries have had their opening hours reduced since April 2023?')

concept('cc.care.supplier', 'text', 'The supplier is {v}.',
        'Who is the current supplier of the system?',
        'Who supplies your social care case management system?')
concept('cc.care.expiry', 'date', 'The contract expires on {v}.',
        'When does the current contract expire?',
        'When does the social care system contract end?')
concept('cc.care.value', 'money', 'The annual cost is {v}.',
        'What is the annual cost of the contract?',
        'Annual cost of the social care system contract')
concept('cc.erp.supplier', 'text', 'The supplier is {v}.',
        'Who is the current supplier of the system?',
        'Who supplies your finance (ERP) system?')
concept('cc.erp.expiry', 'date', 'The contract expires on {v}.',
        'When does the current contract expire?',
        'When does the finance system contract end?')
concept('cc.erp.value', 'money', 'The annual cost is {v}.',
        'What is the annual cost of the contract?',
        'Annual cost of the finance system contract')

concept('cc.grit.miles', 'int', 'The priority gritting network is {v} miles long.',
        'How many miles of road are on your priority gritting routes?')
concept('cc.grit.salt', 'int', 'The council holds {v} tonnes of salt.',
        'How much salt (in tonnes) did the council have in stock at the start of winter?')

# ---------------------------------------------------------------- ambulance trust
concept('amb.agency.total', 'money', 'Total agency spend was {v}.',
        'What was the Trust\'s total spend on agency staff (all staff groups) in the last financial year?')
concept('amb.agency.paraspend', 'money', 'Spend on agency paramedics was {v}.',
        'How much did the Trust spend on agency paramedics in the last financial year?',
        'Of that total, how much was spent on paramedics supplied by agencies?',
        'Agency paramedic spend (last financial year)',
        'What did the Trust pay for agency paramedic cover over the last financial year, and how was that split between agencies?')
concept('amb.agency.names', 'text', 'Paramedics were supplied by {v}.',
        'Which agencies supplied paramedics to the Trust?',
        'Please name each agency used to supply paramedics.',
        'Agencies used for paramedic cover',
        'Who were the Trust\'s paramedic staffing agencies during the year?')
concept('amb.agency.maxrate', 'money', 'The highest hourly rate paid was {v}.',
        'What was the highest hourly rate paid for an agency paramedic?',
        'What is the most the Trust paid per hour for a single agency paramedic shift?',
        'Highest hourly rate (agency paramedic)',
        'Top hourly charge rate paid for agency paramedics')
concept('amb.agency.shifts', 'int', '{v} shifts were filled by agency paramedics.',
        'How many shifts were filled by agency paramedics?',
        'How many paramedic shifts did agency staff cover?',
        'Number of agency paramedic shifts',
        'In total, how many shifts did agency paramedics work for you?')
concept('amb.agency.ehspend', 'money', 'Agency spend in the Emergency Operations Centre was {v}.',
        'How much was spent on agency staff in the Emergency Operations Centre (call handlers and dispatchers)?',
        'What was agency spend for 999 call handlers and dispatchers?')
concept('amb.private.spend', 'money', 'The Trust spent {v} on independent ambulance providers.',
        'How much did the Trust spend on private ambulance providers (independent sector ambulance services) in the last financial year?')

concept('amb.bwv.use', 'yesno', 'Yes, the Trust uses body-worn cameras.',
        'whether frontline crews wear body cameras',
        'Does the Trust issue body-worn video cameras to ambulance staff?',
        'Are body-worn cameras in use by your crews?',
        a_no='No, the Trust does not use body-worn cameras.')
concept('amb.bwv.count', 'int', 'The Trust has {v} body-worn cameras.',
        'how many cameras you have',
        'How many body-worn cameras does the Trust have?',
        'Please state the number of body-worn video devices currently issued.')
concept('amb.bwv.supplier', 'text', 'The cameras are supplied by {v}.',
        'who supplies them',
        'Who is the supplier of the cameras?',
        'Which company provides the body-worn video devices?')
concept('amb.bwv.cost', 'money', 'The total cost was {v}.',
        'what the scheme has cost',
        'What was the total cost of purchasing the cameras?',
        'How much has the Trust paid for its body-worn video devices in total?')
concept('amb.dashcam.count', 'int', '{v} of our vehicles have forward-facing cameras fitted.',
        'how many ambulances have dashboard cameras fitted',
        'How many of your ambulances are fitted with forward-facing dash cameras?')

concept('amb.cyber.incidents', 'int', '{v} cyber security incidents were reported.',
        'How many cyber security incidents has the Trust reported in the last 2 years?',
        'Number of cyber incidents reported by the Trust over the past two years',
        'Over the last two years, how many cyber incidents has the Trust reported?',
        'How many cyber-attacks or cyber security incidents has NMAS reported in the past 24 months?')
concept('amb.cyber.ransom', 'yesno', 'Yes, a ransom has been paid.',
        'Has the Trust ever paid a ransom to recover systems or data?',
        'Has any ransom been paid by the Trust following a ransomware incident?',
        'Have you ever paid cyber criminals to unlock systems or data?',
        a_no='No ransom has ever been paid by the Trust.')
concept('amb.cad.supplier', 'text', 'The CAD system is supplied by {v}.',
        'Who supplies your Computer Aided Dispatch (CAD) system?',
        'Incumbent supplier of the computer aided dispatch system',
        'Who is the incumbent supplier?')
concept('amb.cad.expiry', 'date', 'The contract expires on {v}.',
        'When does the CAD contract expire?',
        'CAD contract end date',
        'When does the contract expire?')
concept('amb.cad.value', 'money', 'The annual value is {v}.',
        'What is the annual value of the contract?')
concept('amb.assault.count', 'int', '{v} physical assaults on staff were reported.',
        'How many physical assaults on ambulance staff were reported in 2019/20?')
concept('amb.assault.prosecutions', 'int', '{v} of these resulted in a prosecution.',
        'How many of those resulted in a prosecution?')

# ---------------------------------------------------------------- central government agency
concept('gov.host.use', 'yesno', 'Yes. The Agency uses cloud hosting.',
        'Does the Agency host any of its services in the public cloud?')
concept('gov.host.supplier', 'text', 'The hosting supplier is {v}.',
        'Who is the incumbent supplier?',
        'Who provides your cloud hosting?')
concept('gov.host.value', 'money', 'The contract value is {v}.',
        'What is the total contract value?',
        'Total value of the hosting contract')
concept('gov.host.expiry', 'date', 'The contract ends on {v}.',
        'When does the contract end?',
        'Hosting contract end date')
concept('gov.desk.supplier', 'text', 'The service desk supplier is {v}.',
        'Who is the incumbent supplier?',
        'Who runs your IT service desk?')
concept('gov.desk.value', 'money', 'The contract value is {v}.',
        'What is the total contract value?',
        'Total value of the service desk contract')
concept('gov.desk.expiry', 'date', 'The contract ends on {v}.',
        'When does the contract end?',
        'Service desk contract end date')

concept('gov.staff.contractors', 'int', 'The Agency engaged {v} contractors and interims.',
        'How many contractors and interim managers did the Agency engage as at 31 March?',
        'Number of off-payroll workers (contractors and interims) engaged by the Agency at the end of the financial year',
        'How many people were working for the Agency on a contract or interim basis at year end, rather than as employees?')
concept('gov.staff.consult', 'money', 'Consultancy spend was {v}.',
        'What did the Agency spend on management consultancy in the last financial year?',
        'Consultancy expenditure for the last financial year',
        'How much went on external consultants last financial year, and which firms received it?')
concept('gov.staff.fte', 'int', 'The Agency employed {v} full-time equivalent staff.',
        'How many full-time equivalent (FTE) staff does the Agency employ?',
        'What is the Agency\'s headcount, expressed as full-time equivalents?',
        'Please give your current FTE staffing figure.')
concept('gov.staff.attendance', 'pct', 'Average office attendance was {v}.',
        'What was the average office attendance rate for Agency staff over the last quarter?',
        'On average, what share of staff were in the office each day last quarter?')
concept('gov.staff.apprentices', 'int', 'The Agency has {v} apprentices.',
        'How many apprentices does the Agency currently employ?',
        'Number of apprentices currently on the payroll')

concept('gov.cyber.incidents', 'int', 'The Agency recorded {v} cyber security incidents.',
        'How many cyber security incidents did the Agency record in the last 12 months?',
        'Number of cyber incidents logged in the past year',
        'In the past twelve months, how many times has the Agency logged a cyber security incident?')
concept('gov.cyber.phishrate', 'pct', 'The click rate in the most recent simulated phishing exercise was {v}.',
        'In your most recent simulated phishing exercise, what percentage of staff clicked the link?',
        'Click-through rate in the latest phishing simulation',
        'What proportion of staff fell for the most recent test phishing email?')
concept('gov.cyber.pentest', 'text', 'Penetration testing is carried out by {v}.',
        'Which company carries out penetration testing for the Agency?',
        'Name of the penetration testing provider',
        'Who do you use to penetration-test your systems?')
concept('gov.cyber.phishblocked', 'int', '{v} phishing emails were blocked.',
        'How many phishing emails were blocked at the mail gateway in the last 12 months?')

concept('gov.lic.e3', 'int', 'The Agency holds {v} Microsoft 365 E3 licences.',
        'how many Microsoft 365 E3 licences the Agency holds')
concept('gov.lic.msspend', 'money', 'Annual Microsoft licensing spend is {v}.',
        'what it spends each year on Microsoft licensing')
concept('gov.lic.reseller', 'text', 'Licences are bought through {v}.',
        'which reseller it buys them through')
concept('gov.lic.oracle', 'int', 'The Agency holds {v} Oracle Database processor licences.',
        'how many Oracle Database processor licences it has')

concept('gov.hosp.register', 'text', 'The register is published at {v}.',
        'Please provide the hospitality register for the Agency\'s Board for 2022.')
concept('gov.hosp.tickets', 'yesno', 'Yes.',
        'Did the Chief Executive accept any tickets to sporting events in 2022?',
        a_no='No. The Chief Executive did not accept any tickets to sporting events in 2022.')
