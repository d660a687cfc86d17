@header: OFFICIAL
@footer: Northmoor Police  ·  Freedom of Information Unit  ·  Keeping Northmoor Safe
@font: Liberation Sans

::right
Freedom of Information Unit
Northmoor Police Headquarters
Brackenfield Road
Kelderby
NM4 7QT
Telephone: 01632 960 114
foi@northmoor.police.uk

::right
3rd March 2025

Request number 25-1122

Dear

# FREEDOM OF INFORMATION ACT 2000 – UNMANNED AIRCRAFT AND ANPR

Thank you for your email of 5 February 2025, in which you asked Northmoor Police for the information set out below. Your request has been dealt with under the Freedom of Information Act 2000 (the Act). For ease of reference I have reproduced it exactly as you sent it.

> Part A – Unmanned aircraft (drones)
> 1. How many drones does the force currently own or lease?
> 2. Please give the make and model of each.
> 3. Since 1 January 2024, has the force used a drone for covert surveillance authorised under RIPA, and if so on how many occasions?
> 4. What was the total spent on drones, including pilot training and maintenance, in each of 2022, 2023 and 2024?
> 5. How many officers and staff are currently qualified as remote pilots?
> Part B – Automatic Number Plate Recognition
> 1. How many fixed ANPR cameras does the force operate?
> 2. Please list the location of each fixed camera.
> 3. How many ANPR reads were recorded during 2024?
> 4. Which company supplies the ANPR back office system, and when does that contract end?

The force holds information relevant to your request. I have set out first what can be released, and then explain why the remainder cannot.

# Drones

Northmoor Police currently operates nine drones. All nine are owned outright by the force; none are leased. Six of them are DJI Matrice 30T aircraft and the other three are DJI Mavic 3 Enterprise aircraft. Between them these two sentences answer the first two questions in Part A.

Moving to question 4 of Part A, expenditure on the drone capability (aircraft and batteries, pilot training, insurance and maintenance) was £61,870 in 2022, £49,215 in 2023 and £73,240 in 2024.

There are at present 31 officers and police staff who hold a valid General Visual Line of Sight Certificate and are named on the force's operational authorisation, which I hope covers your fifth question.

Question 3 of Part A is dealt with separately below.

# Automatic Number Plate Recognition

During the 2024 calendar year the Northmoor ANPR network recorded 41.6 million vehicle reads (Part B, question 3). The back office facility is supplied by Harrowgate Systems Ltd under the national framework agreement, and the force's current call-off contract runs until 30 September 2026 (Part B, question 4).

# Decision

Part B, questions 1 and 2: the force holds this information but is withholding it. Section 31(1)(a)(b) applies to both questions. In respect of the camera locations (question 2) I am additionally relying on section 24(1) – National Security.

Part A, question 3: Northmoor Police can neither confirm nor deny that it holds any information relevant to this question by virtue of the following exemptions:

- Section 23(5) – Information supplied by, or concerning, certain Security Bodies
- Section 24(2) – National Security
- Section 31(3) – Law Enforcement

Section 23 is an absolute class-based exemption and no public interest test is required. Sections 24 and 31 are qualified, prejudice-based exemptions, so I must describe the harm that would arise and consider the balance of the public interest.

For reference, section 31(1) provides that information is exempt if its disclosure under the Act would, or would be likely to, prejudice (a) the prevention or detection of crime, (b) the apprehension or prosecution of offenders, or (c) the administration of justice.

# Evidence of harm

ANPR is used to detect, deter and disrupt criminality at a local, force, regional and national level, including organised crime groups and terrorists. Knowing how many fixed cameras a force operates, and still more where they are, would allow those intent on committing crime to plan routes that avoid detection. A disclosure made for one force can be combined with disclosures made by neighbouring forces to build a picture of coverage across a region, which is known as the mosaic effect.

Confirming or denying whether drones have been deployed covertly in any period would reveal whether a specialist tactic is, or is not, available to the force at a given time. Criminals who learned that a tactic was not being used could adjust their behaviour accordingly, and the same reasoning applies to any involvement of the bodies listed in section 23(3).

::pagebreak

# Public interest test

Factors favouring disclosure – There is a legitimate public interest in how the police spend public money on surveillance technology and in whether intrusive tactics are used lawfully. Disclosure would also inform public debate about privacy and the retention of ANPR data.

Factors favouring non-disclosure – Disclosure would undermine the effectiveness of ANPR and of any covert tactics, placing the public at greater risk and increasing the cost of policing. Regulation of covert activity is already provided by the Investigatory Powers Commissioner, which meets much of the public interest in accountability.

Balance test – Having weighed the factors above, I have concluded that the public interest in maintaining the exemptions outweighs the public interest in disclosure. No inference should be drawn from this response as to whether or not any information is held in relation to Part A, question 3.

# Your right to complain

If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days of the date of this letter, by writing to the address above. If you remain dissatisfied after the review you may apply to the Information Commissioner under section 50 of the Act.

Yours sincerely

R. Okonjo
Disclosure Officer
Information Rights Team, Northmoor Police
