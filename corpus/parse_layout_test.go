package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLayoutStances parses short letters whose layout once misled the
// parser and checks every question's stance, in order.
func TestLayoutStances(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "ID stance", or "ID stance exemptions" (joined by commas)
	}{
		{
			// A prose request that names the body by its kind ("what
			// does it cost the Service each time it is called out"):
			// that says nothing of what is asked, and the opening
			// answer ("the Service attended 4,218 incidents") is the
			// first question's, which shares "attended" with it.
			"a prose request naming the body by its kind",
			`Hartshire Fire and Rescue Service
Our ref: HFRS/FOI/18/102
19 September 2018

Dear Requester

Your request read as follows:

"Could you tell me how many AFA calls Hartshire attended in the last financial year? Lastly, what does it cost the Service each time it is called out to one of these, and which premises generate the most calls?"

I have set out our response below.

In 2017/18 the Service attended 4,218 incidents that began as an actuation of an automatic fire alarm.

On the cost of each attendance, the Service does not calculate a cost per incident, because our crews are paid whether or not they are mobilised. We therefore hold no information answering this part of your request.

Turning to the premises that generate the most calls, hospitals generated 412 attendances. Names of individual premises are exempt under section 31(1)(a) of the Act.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 not_held", "P1.Q3 partially_released"},
		},
		{
			// One sentence withholds one question and says the others
			// are answered below: each clause decides for its own.
			"a decision for one question beside the others' answers given below",
			`Irwell Valley Fire and Rescue Service
Our reference: F-00911
Date: 21 October 2025

Dear

You asked:
1. How many wholetime firefighters did the Service employ as at 31 March 2025?
2. How many call handlers work in the Fire Control room?
3. How many of your wholetime firefighters are female?

I am withholding the information requested in question 2 under section 31(1)(a) of the Act, and the response to questions 1 and 3 is given below.

Question 1 – 598 wholetime firefighters.
Question 3 – 58.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released"},
		},
		{
			// The request restated as lines with neither numbers nor
			// bullets under a lead-in that wraps ("... asked for the" /
			// "following:"), an item wrapping onto a line of its own,
			// answered in prose in the same order.
			"a request listed without numbers under 'the following:'",
			`London Borough of Wexcombe
Our ref: FOI/2019/0311
18 March 2019

Dear

I refer to your request for information, received on 19 February 2019, in which you asked for the
following:

The total amount the Council spent on agency staff in the financial year 2017/18.
The name of the agency, or the managed service provider, through which the Council engages most
of its agency workers.
The number of agency workers engaged by the Council as at 31 March 2018.

A breakdown of the 2017/18 agency spend by department.
The highest day rate paid to any single agency worker in 2017/18, and the role.

I have set out the Council's response in the same order.

In 2017/18 the Council spent £7.42m on agency staff.

Since 2016 the Council has engaged agency workers through a neutral vendor arrangement managed by
Brookfield Talent Solutions, which sources workers from a panel of agencies.

As at 31 March 2018 there were 287 agency workers engaged by the Council.

The breakdown of spend by department is provided in the attached spreadsheet.

The Council holds the highest day rate. I have therefore withheld this information under section 40(2) of the Act.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 released", "P1.Q5 withheld s40(2)"},
		},
		{
			// Answers grouped by team, each naming its question in its
			// heading; the last question is answered nowhere. A "do not
			// hold" in another question's paragraph is not the letter's.
			"a question answered nowhere, beside another's not held",
			`Ryecroft Homes Limited
Ref: RH-FOI-2020-31
3 March 2020

Dear

Thank you for your request. You asked:

1. How many homes does Ryecroft Homes manage?
2. How many complaints about damp and mould did you receive in 2019?
3. How many tenants have been moved to other accommodation because of damp since 2017?

We have grouped our answers by the team that provided the information.

Homes managed (your question 1): We manage 3,412 homes.

Complaints about damp and mould (your question 2): Before November 2019 damp and mould complaints were not recorded separately. We therefore do not hold the information for 2019.

Kind regards
`,
			[]string{"P1.Q1 released", "P1.Q2 not_held", "P1.Q3 unknown"},
		},
		{
			// The request quoted as one paragraph of running text: its
			// items run into each other.
			"a request quoted as running text",
			`Kestrelford District Council
Our ref: FOI/2021/0964
1 December 2021

Dear

Thank you for your request. You asked:

"1. How much did the council spend on temporary accommodation in each of
2018/19, 2019/20 and 2020/21? 2. How many households were living in temporary accommodation
on 31 March 2021? 3. The names of the five providers paid the most in 2020/21. 4. How
many households were placed outside the district?"

Question 3 is exempt under section 43(2) of the Freedom of Information Act. The council does not hold information for question 4. Answers to the remaining questions follow.

1. 2018/19: £701,300; 2019/20: £812,650; 2020/21: £1,146,900.

2. 97 households.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld", "P1.Q4 not_held"},
		},
		{
			// The request reported in one sentence wrapped over lines,
			// each thing after its own "for" ("for each year" qualifies,
			// and asks nothing); answered by topic under headings with
			// no blank line below them; "this part of your request" is
			// the part answered, not the whole request.
			"a reported list of things asked for, answered by topic",
			`Brackwater Water Services plc
Our reference: EIR/BWS/2025/0311
14 May 2025

Dear Mr Trelawny

Thank you for your request of 15 April 2025. You asked for the number of
sewer flooding incidents for each year since 2021, for a copy of the drainage
strategy for the Polwenna catchment, for the legal advice the company took on
the Menheniot discharge permit, and for every customer complaint about odour
received since 2012.

Sewer flooding and the drainage strategy
We recorded 41 sewer flooding incidents in 2021, 37 in 2022, 52 in 2023 and
29 in 2024. The Polwenna drainage strategy is still in draft, and is withheld
under regulation 12(4)(d) as material in the course of completion.

Menheniot discharge permit
We hold advice from our solicitors about the permit. It is withheld under
regulation 12(5)(b), as it is subject to legal professional privilege.

Odour complaints since 2012
Complaints before 2019 are held only in an archived system. We estimate that
finding them would take more than 600 hours. We consider this part of your
request manifestly unreasonable and refuse it under regulation 12(4)(b).

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld reg12(4)(d)", "P1.Q3 withheld reg12(5)(b)", "P1.Q4 refused reg12(4)(b)"},
		},
		{
			// The request reported over two sentences ("You also asked
			// for ..."), answered under topic headings out of its
			// order: a heading that lists two topics, one whose word
			// another heading's question shares ("Contractors used"
			// beside "Contractor vetting policy"), and "Complaints",
			// which here heads an answer, not the letter's rights; a
			// Welsh body's rights heading in both languages ends the
			// answers.
			"a request reported in two sentences, answered under topic headings",
			`Bwrdd Iechyd Dyffryn Teifi / Teifi Valley Health Board
Our ref: TVHB/FOI/25/0442
Dyddiad / Date: 2 June 2025

Dear Requester

Thank you for your request, received on 6 May 2025. You asked for the number of
patient transport journeys made by contractors in 2024/25, the total spend on
contracted patient transport in 2024/25, the names of the contractors used, and
whether the Board has a policy on vetting contractors. You also asked for copies
of the Board's emails with the ambulance trust about transport delays, and for the
number of complaints received in 2024/25 about contracted transport.

Journeys and spend
In 2024/25 contractors made 18,402 patient transport journeys. Expenditure on
contracted transport was £2.91 million.

Contractors used
Most journeys were made by Llanwen Cars and Teifi Community Transport.

Two small firms, vetted under the same policy, made the rest of the journeys. We
are withholding their names under section 43(2), as naming them would reveal their
prices.

Contractor vetting policy
Yes. The vetting policy is published at https://tvhb.example.wales/policies/vetting
and so is exempt under section 21(1).

Emails with the ambulance trust
The Board holds emails between its transport manager and the trust's managers. They
are withheld under section 36(2)(c), as disclosure would prejudice the effective
conduct of public affairs.

Complaints
Our complaints system does not record whether a complaint concerned contracted
transport, so the Board does not hold this information.

Eich hawliau / Your rights
We welcome correspondence in Welsh and English. An internal review of this
response may be sought within 40 working days, and a complaint made to the
Information Commissioner after it.

Yn gywir / Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released s43(2)", "P1.Q4 released s21(1)", "P1.Q5 withheld s36(2)(c)", "P1.Q6 not_held"},
		},
		{
			// A short request reported in one sentence, its last thing
			// after ", and for"; the answer's "Scale Point 31" is a
			// place on a pay scale, no other question named.
			"a reported request ending \"and for\", a pay point given",
			`Llanwern Fach Community Council
Ref: LFCC/2025/07
3 July 2025

Dear Mr Rowlands,

Thank you for your email of 9 June 2025, in which you asked
how much the council spent on the summer fete, who holds the council's hedge-cutting contract, and for the clerk's annual salary.

The council spent £1,910 on the summer fete. The hedge-cutting contract is held by
Perth y Gwynt Cyf.

The clerk works 10 hours a week and is paid on Scale Point 31 of the national pay
scale, pro rata. The exact annual amount is her personal data and is withheld under
section 40(2) of the Act.

Yours sincerely,

Clerk
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released s40(2)"},
		},
		{
			// One sentence withholds a thing of each of two questions
			// ("the names of the officers dismissed, or the names of
			// the staff who led the reviews"), after a sentence that
			// answered the second.
			"one sentence withholding a thing of each of two questions",
			`Wrekin Vale Youth Justice Service
Ref: WVYJS/FOI/2025/019
2 June 2025

Dear Mr Okafor,

Thank you for your request. You asked for the number of officers dismissed for misconduct in 2024 and their names, the number of serious incident reviews completed in 2024 and the names of the staff who led them, and the number of young people supervised at 31 March 2025.

Four officers were dismissed for misconduct in 2024. We completed 12 serious incident reviews in 2024. We have not given the names of the officers dismissed, or the names of the staff who led the reviews. These are personal data, and they are exempt under section 40(2) of the Act.

At 31 March 2025 the service supervised 143 young people.

Yours sincerely,

Information Officer
`,
			[]string{"P1.Q1 partially_released s40(2)", "P1.Q2 partially_released s40(2)", "P1.Q3 released"},
		},
		{
			// A Word table of numbered questions and answers, heading
			// rows across it saying what the rows under them are about,
			// the numbering running on.
			"a table with heading rows across it",
			"Wexmoor Police\n\n14 March 2023\n\nFREEDOM OF INFORMATION REQUEST – FOI 0211/23\n\n" +
				"Please provide the following for (a) your records system and (b) your mobile devices.\n\n" +
				"Request\tResponse\n" +
				"Records management system\n" +
				"1. Who supplies the records management system?\tNorthgate Ltd\n" +
				"2. What does it cost each year?\tThe force holds this information; it is exempt under section 43(2) and will not be disclosed.\n" +
				"Mobile devices\n" +
				"3. How many handheld devices do officers use?\t1,240\n" +
				"4. Who supplies them?\tThe force holds this information; it is exempt under section 43(2) and will not be disclosed.\n\n" +
				"Yours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released", "P1.Q4 withheld s43(2)"},
		},
		{
			// A table's answer cell merged over two rows: read from a
			// web page, its text opens by naming both questions and the
			// second row is empty; from a PDF, the second row holds a
			// ditto mark and the rest of the cell's text.
			"answer cells merged over two rows",
			"Marlow Vale Combined Authority\nReference: MVCA-FOI-2025-0117\nResponse sent: 3 June 2025\n\n" +
				"Our answers are set out in the table below.\n\n" +
				"No.\tYou asked\tOur response\n" +
				"1\tHow many tram stops are there?\t38 stops.\n" +
				"2\tWhat was the value of each maintenance contract?\tQuestions 2 and 3: withheld under section 43(2), as the contracts' prices would prejudice the contractors' commercial interests.\n" +
				"3\tWhat hourly rates are paid to each contractor?\n" +
				"4\tHow much was spent on maintenance in 2024/25?\tThe total spent was £3.2 million. The amounts paid to each contractor are withheld under section 43(2), as disclosure would prejudice them in\n" +
				"5\tHow much was paid to each contractor in 2024/25?\t〃 future tenders.\n" +
				"6\tHow many trams are in service?\t24 trams.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 withheld s43(2)", "P1.Q4 partially_released s43(2)", "P1.Q5 partially_released s43(2)", "P1.Q6 released"},
		},
		{
			// Bullet points each answered under its own point, nothing
			// numbered; a request's own bullets below stay sub-items.
			"bullets answered in place",
			`Harrowdene Ambulance Service NHS Trust
FOI reference: HAS-FOI-20417
12 March 2025

Dear

Thank you for your request. Our answers follow each point.

 * The number of handover delays over one hour at Harrowdene General in
   2024.
   1,204 handovers took longer than one hour.

 * Whether the Trust uses a private ambulance provider.
   Yes. The Trust holds a contract with a provider for overflow work.

 * The name of that provider and the value of the contract.
   The provider's name is Swiftline Medical Ltd. The contract value is withheld
   under section 43(2) of the Act, as its release would harm the Trust's
   commercial interests.

 * The names of paramedics suspended in 2024.
   This information is withheld under section 40(2).

 * Staff sickness by station for 2024.
   The Trust does not hold sickness figures by station.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released s43(2)", "P1.Q4 withheld s40(2)", "P1.Q5 not_held"},
		},
		{
			// A bulleted request the authority numbered itself, answered
			// by number and by a group of numbers under a heading.
			"bullets numbered by the authority",
			`Northfleet Arts Council
Our ref: NAC/FOI/0311
Date: 14/05/2025

Thank you for your email requesting:

- the number of grants awarded in 2024
- the total budget for grants
- the value of each grant
- the names of the assessors
- the cost of the assessment panel

For ease of reference we have numbered your questions 1 to 5 in the order
you asked them.

1. 146 grants were awarded.

2. The budget was £2.1 million.

Questions 3 and 4
This information is withheld under section 43(2) and section 40(2).

5. The panel cost £18,400.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s40(2),s43(2)", "P1.Q4 withheld s40(2),s43(2)", "P1.Q5 released"},
		},
		{
			// A two-column table printed from a word processor with each
			// cell centred in its row: a question cell alone on its
			// lines, the answer's lines among and around them (some below
			// a gap in the row), no line holding both.
			"a table of centred cells",
			`Hadley Borough Council
Reference: HBC/FOI/5521
Date: 4 June 2025

The information you requested is set out in the table below.

Your request	Our response

Street lights converted to LED (last
	14,210 street lights had been converted.
financial year)

Street lighting maintenance	Maintenance is carried out by Orrin

contractor	Lighting Ltd.

	This information is withheld under section 43(2)

	(commercial interests), as the contract is being

	re-let and prices would
Unit price paid per lantern replaced
	prejudice the tender.

What share of faults were repaired
	Not held. Repair times are not recorded by
within five working days?
	fault type.

If you are unhappy with this response you may ask for an internal review.
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s43(2)", "P1.Q4 not_held"},
		},
		{
			// A request quoted as prose, the authority numbering its
			// points in its answers: the numbers say that "who supplies
			// them and what they cost" asks two things.
			"prose request, points numbered by the answers",
			`Fenmoor Ambulance Service NHS Trust
FOI Reference: FAS 118/24
Date: 12/03/2024

You wrote:

I would like to know whether your crews carry naloxone and, if so, how
many kits you bought last year, who supplies them and what they cost.

For ease of reference we have numbered the points in your request. Our response
is as follows.

1. Yes, all frontline crews carry naloxone.

2. The Trust bought 1,150 kits in 2023.

3. Kits are supplied by Meridian Pharma Ltd.

4. The price per kit is withheld under section 43(2).

Kind regards
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 withheld s43(2)"},
		},
		{
			// A web page's table, a row a line, its questions noun
			// phrases that end no sentence, the letter going on after a
			// blank line: each line is a row of its own.
			"one-line rows of noun phrases",
			`Disclosure log: fleet

Marchshire Fire and Rescue Service
Reference: MFRS/FOI/24/0102
Date: 08/02/2024

The information you requested is set out in the table below.

Your request	Our response
Number of frontline pumping appliances	There are 31 pumping appliances.
Mean age of the pumping fleet	The average age is 9 years.
Unit cost of the newest appliance	This is withheld under section 43(2).

If you are unhappy with the way your request has been handled, you may ask for an internal review.
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s43(2)"},
		},
		{
			// The same, where the prose splits finer than the points:
			// "which system ... uses and who provides it" is one point.
			"prose request, a follow-up joined to its point",
			`Westbury County Council
Reference: WCC/FOI/2023/0417
Date: 19th June 2023

You wrote:

Please can you tell me how many libraries the council runs today, how many
have closed since 2010, and which library management system the service uses
and who provides it.

For ease of reference we have numbered the points in your request. Our
response is as follows.

1. The council runs 38 static libraries.

2. 9 libraries have closed since 2010.

3. The system is supplied under a contract whose details are withheld under section 43(2).

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s43(2)"},
		},
		{
			// Answers grouped by subject, out of the questions' order,
			// naming each question in passing by a number word.
			"answers naming their questions in passing",
			`Stoneleigh Community Health NHS Trust
Our reference: SCH/FOI/25/0212
3rd April 2025

You asked for the following information:

1. Total spend on interpreting services in 2023/24.
2. Spend on face-to-face interpreting in 2023/24.
3. Spend on telephone interpreting in 2023/24.
4. The name of the interpreting provider.
5. The number of complaints about interpreting in 2023/24.

The Trust's response is below. We have grouped related answers together.

In answer to point four, interpreting is provided by Lingua Vale Ltd.

Total spend in 2023/24 (question one) was £412,000. Of this, £301,000 was spent on face-to-face interpreting (question two) and £111,000 on telephone interpreting (question three).

The Trust does not record complaints about interpreting separately, so question five is not held.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 released", "P1.Q5 not_held"},
		},
		{
			// A prose request listing its things with commas, the points
			// numbered by the answers; the reasons for the withholding
			// after the last answer, under the exemption's name run in.
			"prose list, points numbered, reasons after",
			`Northgate University
Reference: NU/FOI/21/117
Date: 22nd April 2021

You wrote:

Please let me have the current salary of the Registrar, details of all
hotel stays booked for the Registrar in 2019/20, and any bonus paid to
the previous Registrar. I would also like to know whether the Registrar
sits on the Audit Committee.

We have numbered the parts of your request in the order in which you asked them.

1. The salary is £148,000.

2. Eleven hotel stays were booked. A table of dates is attached.

3. This information is withheld under section 40(2) – see below.

4. The Registrar is not a member of the Audit Committee.

Section 40(2) – personal information. The information relates to an identifiable
individual who would have no expectation that it would be published.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s40(2)", "P1.Q4 released"},
		},
		{
			// A Word table whose number column has no heading and whose
			// numbers share their questions' cells.
			"a table's empty number heading",
			`Northgate University
Reference: NU/FOI/22/204
Date: 21 June 2022

	Request	Response
1. Number of settlement agreements signed in 2021.	18 in total.
2. Total value of payments made under those agreements.	£1,240,000.
3. Number of staff dismissed after complaints.	Fewer than 5; the precise figure is withheld under section 40(2).

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released s40(2)"},
		},
		{
			// "You asked:" over each question, "We hold:" over its
			// answer, on the same line.
			"you asked, we hold",
			`Northgate University
Reference: NU/FOI/21/298
Date: 29th September 2021

You asked: How many animals were used in procedures in 2020?
We hold: 4,812.

You asked: Does the University carry out research on primates?
We hold: No.

You asked: Which licences were refused?
We hold: This information is withheld under section 31(1)(a).

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s31(1)(a)"},
		},
		{
			// Reasons after the last answer, each paragraph run in
			// under the provisions it explains and a colon.
			"reasons run in after a colon",
			`Harrowby Borough Council
Reference: HBC-FOI-0088
Date: 2 May 2025

Request

1. Who is the parking contractor?
2. What is the contract worth?
3. Where are the enforcement cameras?
4. How many PCNs were cancelled in 2024/25?

Response

1. Civic Parking Ltd.

2. This information is withheld under section 43(2) of the Act.

3. The locations are withheld under section 31(1)(a) and section 24(1).

4. 1,206.

Section 43(2): the contract value is withheld because the council is about to re-tender the service.

Sections 24(1) and 31(1)(a): publishing camera locations would help drivers evade enforcement. In both cases the public interest favours withholding.

Kind regards
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 withheld s24(1),s31(1)(a)", "P1.Q4 released"},
		},
		{
			// A bulleted request answered under "Point N" keys in the
			// authority's voice, out of order and in groups.
			"bullets answered by point keys",
			`Ashvale Fire and Rescue Service
Our Reference: FOI 25/061
Date: 11 Mar 2025

Thank you for your request. You asked:

• The number of hydrant defects reported in 2023/24
• How many of those were repaired within 28 days
• The names of the contractors who repair hydrants

It is simplest to deal with point 3 first.

In answer to point 3, the names are withheld under section 43(2).

Points 1 and 2: 412 defects were reported, of which 301 were repaired within 28 days.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s43(2)"},
		},
		{
			// Answers that point to labelled notes of reasons, which
			// name the provisions the answers do not.
			"answers pointing to notes of reasons",
			`Vehicle Licensing Standards Agency
Reference: VLSA/FOI/2025/00412
Date: 12 March 2025

1. The number of operators whose licences were revoked in 2024.
Our answer: 96 licences were revoked.
2. The names of the operators under investigation.
Our answer: Withheld – see Reasons, paragraph (a).
3. A copy of the latest audit report on licensing.
Our answer: A copy is enclosed. The names of staff interviewed have been redacted – see Reasons, paragraph (b).

Reasons

(a) Section 31(1)(g) – law enforcement. Naming operators while investigations are live would prejudice any action.

(b) Section 40(2) – personal information. The names of staff are personal data.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(g)", "P1.Q3 partially_released s40(2)"},
		},
		{
			// The request taken in turn, each paragraph reporting one
			// question and answering it.
			"questions reported in turn, each answered in its paragraph",
			`Wyvern Fire and Rescue Authority
Our reference: WFRA 25/088
6 March 2025

Dear Requester

Thank you for your request, which we received on 12 February 2025.

You first asked how many hydrants the Service inspected in 2023/24. Crews inspected 3,402 hydrants during that year.

Your second question asked which company repairs defective hydrants. Repairs are carried out by Tamblyn Water Services.

In your third question you asked for the price paid per repair. The price is commercially sensitive and is withheld under section 43(2).

Finally, you asked for the addresses of hydrants out of service. The Service does not hold a list of these.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s43(2)", "P1.Q4 not_held"},
		},
		{
			// The request reported in the letter's own sentences ("You
			// wrote to us on ... asking how many ... and how much ...",
			// "You also wanted to know which ..., how many ..., and the
			// addresses of ..."), answered by topic in prose.
			"a request reported as what the requester wrote asking",
			`Northgate Homes Limited
Our reference: NH/FOI/2025/17
13-03-2025

Dear

You wrote to us on 14-02-2025 asking how many complaints about damp we received in 2024 and how much we spent settling disrepair claims in the same year. You also wanted to know which contractors carry out our damp treatment work, how many of our homes have a Category 1 hazard, and the addresses of those homes.

During 2024 we received 812 complaints in which damp was the main issue.

Settling disrepair claims cost us £401,200 in 2024.

Damp treatment is carried out for us by Drywell Property Care Ltd.

At 1 March 2025, 21 of our homes had an outstanding Category 1 hazard.

We have not included the addresses of those homes: they are the tenants' personal data and are exempt under section 40(2).

Best wishes
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 released", "P1.Q5 withheld s40(2)"},
		},
		{
			// "You asked:" over each question and "We said:" over its
			// answer.
			"you asked, we said",
			`Tarnbury Borough Council
Reference: TBC-FOI-0778
Responded: 9 June 2025

You asked:
1. How many abandoned vehicles were removed in 2024?

We said:
38.

You asked:
2. Which company removes them, and what is it paid per vehicle?

We said:
Vehicles are removed by Castell Recovery Ltd. The rate per vehicle is withheld under section 43(2).

You asked:
3. How many were crushed?

We said:
The Council does not hold this information.

If you are unhappy with our response you can ask for an internal review.
`,
			[]string{"P1.Q1 released", "P1.Q2 partially_released s43(2)", "P1.Q3 not_held"},
		},
		{
			// Questions set in bold, neither numbered nor labelled, each
			// opening the paragraph that answers it; one answer runs on
			// into a paragraph of its own.
			"unnumbered questions answered in their paragraphs",
			`Wealdmoor Fire and Rescue Authority
Request number: WFRA/FOI/2025/0212
Date of response: 3 April 2025

Dear Sir or Madam,

We have dealt with your request under the Freedom of Information Act 2000.
Your questions are in bold, each followed by our answer.

How many hydrants did the Authority inspect in 2024?
4,180 hydrants were inspected.

Please list the companies contracted to repair hydrants and the value of
each contract.
The contractors are Ferrol Water Services and Tamblyn Civils. The contract
values are commercially sensitive and are withheld under section 43(2).

We consider that the public interest in protecting the Authority's position
in a live procurement outweighs the interest in disclosure.

Does the Authority hold a register of private hydrants?
No. The Authority does not hold this information; private hydrants are
recorded by the water company.

If you are unhappy with this response you may ask for an internal review.

Yours faithfully,
`,
			[]string{"P1.Q1 released", "P1.Q2 partially_released s43(2)", "P1.Q3 not_held"},
		},
		{
			// Each part asked, then answered under a bare "Response:"
			// heading, before the next part asks the same questions.
			"each part answered under a bare heading before the next",
			`Northmarsh Combined Authority
FOI reference: NCA-FOI-0311
2 June 2025

Dear

Our responses are given after each set of questions.

Contract 1 - Journey planner hosting

1. Who is the supplier?
2. What is the annual value?
3. When does the contract expire?

Response:

1. Routewise Digital Ltd.
2. The annual value is withheld under section 43(2) as disclosure would prejudice the Authority's commercial interests.
3. 30 September 2026.

Contract 2 - Real-time signs maintenance

1. Who is the supplier?
2. What is the annual value?
3. When does the contract expire?

Response:

1. Beacon Signal Services.
2. £212,000 a year.
3. The Authority does not hold an expiry date; the contract rolls on monthly.

If you are unhappy with this response you may ask for an internal review.
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released", "P2.Q1 released", "P2.Q2 released", "P2.Q3 not_held"},
		},
		{
			// A whole request refused for cost; the advice after it
			// names a provision the authority says it has not used.
			"a cost refusal, and vexatiousness named as not used",
			`Department for Coastal Affairs
Our ref: DCA2025/01177
3 June 2025

Dear Mr Pryor,

You asked for the following information:

1) every meeting between ministers and port operators since 2022;
2) all internal emails mentioning 'berth charges' since 2022;
3) the names of officials who attended the port steering group.

The cost of complying with your request would exceed the appropriate limit of £600, and we are therefore refusing your request in full under section 12(1) of the FOIA.

Advice and assistance

You may wish to narrow your request to one port and six months. We have also not treated your request as vexatious under section 14.

Yours sincerely,
`,
			[]string{"P1.Q1 refused s12(1)", "P1.Q2 refused s12(1)", "P1.Q3 refused s12(1)"},
		},
		{
			// "Question:" over each question, its answer the next
			// paragraph with no label of its own.
			"labelled questions, unlabelled answers",
			`University of Kelvinside
Our reference: F25/102
Date: 2 April 2025

Dear

The University's response to each of your questions follows.

Question: How many members of staff earned more than £150,000 in 2023-24?

Twelve members of staff, including the Principal.

Question: Please provide the valuation report on the Ardmore site.

The University holds the report. It is withheld in full under section 33(1)(b) of FOISA, as its release would prejudice substantially the University's commercial interests.

Question: How many complaints were made about the closure?

Under section 17(1) of FOISA, I am giving you notice that the University does not hold this information.

Your right to seek a review
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld foisa:s33(1)(b)", "P1.Q3 not_held"},
		},
		{
			// An acknowledgement: the request restated, then only when
			// the answer will come. Nothing is answered yet.
			"an acknowledgement answers nothing",
			`University of Kelvinside
Request reference: CAS-2025-1177
13th October 2025

Dear

Thank you for your email, which we have logged as a request for information. Your request reads as follows:

1. Please tell me the total commission paid to agents last financial year.
2. How many agencies abroad are signed up to recruit students?
3. Please list the five agents who received the most commission.

We will respond within 20 working days. Please quote CAS-2025-1177 in any correspondence about this request.

Yours sincerely
`,
			[]string{"P1.Q1 unknown", "P1.Q2 unknown", "P1.Q3 unknown"},
		},
		{
			// "You asked:" / "Our response:" for each question in two
			// parts: the last answer of a part is its own, though the
			// next part's heading follows it.
			"the last answer of a part before the next part's heading",
			`Glenbervie Council
Our ref: GC-FOI-2025-0101
2 November 2025

Dear

Part 1 - Contact centre platform

You asked:

1. Who is the supplier of the contract?

Our response:

Puzzel Ltd.

You asked:

2. When will the contract be reviewed?

Our response:

A review is scheduled for January 2026.

Part 2 - Inbound network

You asked:

1. Who is the supplier of the contract?

Our response:

Gamma Telecom Ltd.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P2.Q1 released"},
		},
		{
			// The request quoted whole, then refused as a repeat; the
			// law explained after it answers no one question.
			"a quoted request refused as a repeat",
			`Lynfield Constabulary
FOI Request Number: 2024/1201
2nd September 2024

Dear

I write in connection with your request, in which you asked:

"1. Please tell me how many firearms licences were revoked in each of the years 2019 to 2023.
2. For each revocation, please tell me the reason recorded."

The force received an identical request from you on 18th June 2024, to which we responded in full.

Section 14(2) of the Freedom of Information Act 2000 provides that an authority is not obliged to comply with a subsequent identical request unless a reasonable interval has elapsed.

I am therefore refusing your request under Section 14(2).

Yours sincerely,
`,
			[]string{"P1.Q1 refused s14(2)", "P1.Q2 refused s14(2)"},
		},
		{
			// A bulleted request refused as vexatious, then the
			// authority's reasons numbered 1 to 4: reasons, not answers.
			"numbered reasons after a refused bulleted request",
			`Harrowgate Homes
Reference: HH/IG/0300
Date: 12-06-2024

Dear

You wrote to us on 14 May 2024 asking:

- for every expense claim made by our Chief Executive since 2019;
- for the full schedule of rates agreed with our repairs contractor; and
- for all emails sent by the Head of Housing that mention your block.

### Decision

We have decided that this request is vexatious, and we are refusing it under section 14(1) of the Freedom of Information Act 2000.

### Our reasons

1. Since October 2023 you have made 27 requests to us about the same dispute.
2. Each time we have answered a request, a further request has followed.
3. Several of your emails to staff have contained personal remarks.
4. Your dispute has been considered by the Housing Ombudsman.

Yours sincerely
`,
			[]string{"P1.Q1 refused s14(1)", "P1.Q2 refused s14(1)", "P1.Q3 refused s14(1)"},
		},
		{
			// A request in prose ("I'd also like to know ..., and which
			// ..."), answered in paragraphs in the order asked; a
			// paragraph that shares a name with an answered question
			// answers the next one.
			"prose request, paragraphs answering in order",
			`Eastering County Council
Ref: DC/FOI 1201/25
Date: 1 April 2025

Dear

In your email you wrote:

I would like to know how many children are eligible for free home-to-school transport in Eastering. I'd also like to know what the council spent on taxis for pupils with special educational needs last year, and which taxi firms received the most money. Finally, please tell me what the council pays each year for its route-planning software.

At the time of writing, 6,842 children are assessed as eligible for free home to school transport.

In the 2023/24 financial year the Council spent £11,306,500 on taxi transport for pupils with special educational needs.

The operators that received the largest amounts were Eastering Cars Ltd and Moorside Taxis. The amount paid to each operator is withheld under section 43(2) of the Act.

The route-planning software licence is part of a wider agreement, and the Council does not hold its cost as a separate figure.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released s43(2)", "P1.Q4 not_held"},
		},
		{
			// NCND for two questions in a decision, the provisions
			// quoted word for word, then each question's own: the
			// statute's text applies nothing.
			"statutory text quoted before each question's NCND",
			`Brackenshire Police
Reference: FOI 004120/25
3 March 2025

Dear

You asked:

1. Has the force deployed covert tracking devices at the Fairmile site since 2022?
2. Does the force hold any intelligence about Mr Darren Coles?

Decision

In respect of questions 1 and 2, Brackenshire Police can neither confirm nor deny that it holds the information you have requested.

The relevant provisions are quoted here.

Section 23(5): The duty to confirm or deny does not arise if, or to the extent that, compliance with section 1(1)(a) would involve the disclosure of information supplied by any of the bodies specified in subsection (3).

Section 40(5B)(a)(i): The duty to confirm or deny does not arise in relation to other information if giving the confirmation or denial would contravene any of the data protection principles.

Question 1 – Brackenshire Police neither confirms nor denies that it holds any information relevant to this question by virtue of sections 23(5) and 31(3).

Question 2 – Brackenshire Police neither confirms nor denies that it holds any information relevant to this question by virtue of sections 30(3) and 40(5B).

Yours sincerely
`,
			[]string{"P1.Q1 ncnd s23(5),s31(3)", "P1.Q2 ncnd s30(3),s40(5B)"},
		},
		{
			// A repeated request: the paragraph after the last question
			// speaks of the earlier response, and the authority "relies
			// on section 14(2)".
			"a repeat refused, the earlier response recalled",
			`Wyvernshire Police
FOI reference	PR-005512-25
Date of response	30.10.2025

Dear Applicant

You requested the following information:

1. The dates on which a mobile speed camera van was deployed on the A3120 in 2024.
2. The number of offences detected on each of those deployments.

This request is substantially similar to your earlier request PR-002981-25. In that response we provided the number of deployments by month, and refused the exact dates under section 31(1)(a).

Section 14(2) of the Freedom of Information Act 2000 provides that an authority is not obliged to comply with a substantially similar request unless a reasonable interval has elapsed. Wyvernshire Police therefore relies on section 14(2) and will not be providing a further response to this request.

Yours faithfully
`,
			[]string{"P1.Q1 refused s14(2)", "P1.Q2 refused s14(2)"},
		},
		{
			// Each question answered in the paragraph under it; the
			// last answer speaks as the authority ("The Board does not
			// record ...") and is still the last question's.
			"the last question's answer in the authority's voice",
			`Inshore Fisheries Board
Our reference: FOI/0391/2025
10 October 2025

Dear

1. How many creel fishing permits did the Board issue in 2024?

   The Board issued 1,172 permits in 2024.

2. What is the annual value of the Board's contract with the survey vessel operator?

   This information is withheld under section 33(1)(b) of FOISA (commercial interests).

3. How many complaints did the Board receive from fishers based in
   Shetland in 2024?

   The Board does not record the home port of complainants, so we do not
   hold this information. Under section 17(1) of FOISA, this letter serves as
   notice that the information is not held.

Your right to seek a review
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld foisa:s33(1)(b)", "P1.Q3 not_held"},
		},
		{
			// A decision naming each part's questions "for Contract N".
			"decisions naming questions for each contract",
			`Rothbury District Council
Ref: RDC-FOI-25-0311
3 June 2025

Dear

Contract 1 - Household waste collection
1. Supplier – who is the current supplier?
2. Annual value – what is the annual value of the contract?
3. Contract manager – the name and email address of the officer who manages the contract.

Contract 2 - Street cleansing
1. Supplier – who is the current supplier?
2. Annual value – what is the annual value of the contract?
3. Contract manager – the name and email address of the officer who manages the contract.

DECISION

Question 2 for Contract 1 and question 2 for Contract 2 are exempt under section 43(2) of the Act. Question 3 for Contract 2 is exempt under section 40(2). The remaining questions are answered below.

RESPONSES

Contract 1
   Q1. Greenline Environmental Ltd
   Q3. Sam Lee, Waste Contracts Officer, waste@rothbury.gov.example

Contract 2
   Q1. Rothbury Norse Services LLP

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released", "P2.Q1 released", "P2.Q2 withheld s43(2)", "P2.Q3 withheld s40(2)"},
		},
		{
			// A withholding that names the place the question named:
			// the name is no information released.
			"a withholding naming what the question named",
			`Larkmead Learning Trust
Our ref: LLT-FOI-24-033
5 Nov 2024

Dear

1. How many pupils were suspended at Meadowbrook Primary in 2023-24?
Response: 14.

2. A breakdown of those suspensions at Meadowbrook Primary by pupil ethnicity.
Response: Meadowbrook Primary had a small number of suspensions in 2023-24. A breakdown by ethnicity would produce figures so small that pupils could be identified. This information is withheld under Section 40(2) of the Act.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s40(2)"},
		},
		{
			// Items numbered "(1)" inside one sentence.
			"a request quoted in one sentence, items in brackets",
			`Dunfallan Council
Our reference: FOI-0648-21
Date: 31/08/2021

Dear

We received your request on 03/08/2021. You asked:

(1) the number of public space CCTV cameras operated by the Council; (2) whether any are
manufactured by Hikvision or Dahua; (3) how many requests for CCTV footage the Council received
in 2020; and (4) whether the Council uses facial recognition technology.

The Council's response is as follows.

(1) 91.

(2) This information is withheld under section 35(1)(a) of FOISA.

(3) 377.

(4) No. The Council does not use facial recognition technology.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld foisa:s35(1)(a)", "P1.Q3 released", "P1.Q4 released"},
		},
		{
			// Two parts under headings, the first asking in statements,
			// the second in questions: a request in parts, not answers
			// given before the request they answer.
			"a request in two parts under headings",
			`Kestrelford District Council
Our reference: EIR/2023/0456
Date: 20 February 2023

Dear

You asked:

Part 1 – incidents and enforcement

1. The number of fly-tipping incidents recorded for 2021/22.
2. The number of fixed penalty notices issued for fly-tipping over the same period.

Part 2 – clearance contract

1. Who is the contractor for the clearance of fly-tipped waste?
2. What is the value of the contract?

Question 2 in part 2 is withheld under regulation 12(5)(e). The remaining questions are answered in full.

Part 1

Q1: 1,471.

Q2: 68.

Part 2

Q1: Brackley Environmental Services Ltd.

Q2: Withheld – regulation 12(5)(e).

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P2.Q1 released", "P2.Q2 withheld"},
		},
		{
			// Two questions and two exemptions paired by "respectively".
			"exemptions given respectively",
			`Dunfallan Council
Our reference: FOI-0266-23
Date: 21 March 2023

Dear

I note you seek access to the following information:

1. How many people work in the Council's IT security team?
2. The name of the officer with lead responsibility for cyber security.
3. The date and findings of the Council's most recent penetration test.

The Council's decision is that questions 2 and 3 are exempt, under section 38(1)(b) and section 30(c) of FOISA respectively. Answers to the remaining questions are given below.

Question 1 – 7.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld foisa:s38(1)(b)", "P1.Q3 withheld foisa:s30(c)"},
		},
		{
			// An answer keyed to one question that takes another with it.
			"an answer that includes another question",
			`Coastal Heritage Fund
Our reference: CHF-2024-0098
Date: 3 October 2024

Dear

1. Copies of any legal advice the Fund obtained about recovering the grant paid to the Saltings Pier Trust.
2. Copies of correspondence with the Saltings Pier Trust about the clawback.

Question 1 and any other information relating to the Saltings Pier clawback, including the correspondence you ask for at question 2, is withheld under section 42(1) (legal professional privilege) and section 43(2) (commercial interests).

Yours sincerely
`,
			[]string{"P1.Q1 withheld s42(1),s43(2)", "P1.Q2 withheld s42(1),s43(2)"},
		},
		{
			// A question's number wrapped onto a line of its own, and an
			// exemption "cited in respect of" a question.
			"a number wrapped alone, an exemption cited",
			`Orrindale Constabulary
Our ref: FOI 0047/22
Date: 18 January 2022

Dear

1. Number of drones operated by the force.
2. Please give the manufacturer and model of each drone.
3. Which company provides the force's drone maintenance?

Your request has now been considered and I can confirm the force holds the information; however I will be citing the exemption Section 31(1)(a) to question
2.

In addition, section 24(1) is cited in respect of question 3.

1. Nine drones.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 withheld s24(1)"},
		},
		{
			// "You asked / Our response", the last answer followed by a
			// public-interest heading, and job titles given beside names
			// withheld (a "Site Duty Manager" is no duty to confirm).
			"a public interest heading after the last answer",
			`Dunmarrow Teaching Hospitals NHS Foundation Trust
Our ref: DTH/FOI/24/0931
Date: 4 November 2024

Dear

You asked: 1. How much did the Trust spend on agency nurses in 2023-24?

Our response: £4.2 million.

You asked: 2. Which agency supplied the most expensive single shift?

Our response: The name of the agency is withheld under section 43(2) of the Act.

You asked: 3. For the managers who authorise agency nursing shifts, please provide (a) their names
and (b) their job titles.

Our response: (b) Agency shifts are authorised by the Divisional Director of Nursing, the Deputy Chief
Nurse and, out of hours, the Site Duty Manager.
(a) The names of these staff are withheld under section 40(2) of the Act (personal information).

Public interest test (section 43(2))

Section 43(2) is a qualified exemption. We consider that the public interest favours withholding.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 partially_released s40(2)"},
		},
		{
			// A request reported in the letter's own sentence, its first
			// ask wrapped after one word on the reporting line.
			"a reported request wrapped after its first word",
			`Hollins Cross Town Council
Our ref: HCTC/FOI/03/25
27th March 2025

Dear Sir or Madam,

Thank you for your email, which the Council received on 3rd March 2025. You wanted to know what
salary the Town Clerk is paid, how much the Council spent on the Christmas lights in 2024, and how
many complaints the Council has received about the allotments in the last two years.

The Town Clerk is employed on the NJC scale at spinal column point 30, which is £42,403 per annum.

The Christmas lights for 2024 cost £6,450.

Regarding the allotments, the Council does not keep a log of complaints by subject, so we do not hold this information.

Yours faithfully,
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 not_held"},
		},
		{
			// Answers "Withheld – see reasons below" and a reasons
			// section whose headings name each ground's question.
			"reasons headed by the section and the question they ground",
			`London Borough of Marlow Green
Case number: 7712/FOI/25
Date of response: 3 April 2025

Dear Requester,

## Part A — Cameras

**Q1.** How many enforcement cameras does the Council use?
**A1.** 52 fixed cameras.

**Q2.** Please provide the deployment schedule for the mobile camera cars for May 2025.
**A2.** Withheld – see reasons below.

## Part B — Officers

**Q1.** Please give the names of any officers dismissed in 2024.
**A1.** Withheld – see reasons below.

## Reasons

**Section 31(1)(a) (Part A, question 2).** Publishing where and when the camera cars will operate would allow drivers to avoid enforcement.

**Section 40(2) (Part B, question 1).** The names of dismissed employees are personal data.

Yours sincerely,
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P2.Q1 withheld s40(2)"},
		},
		{
			// An internal review whose answers are headed "Part N – ..."
			// for the items of a request in one part; "I uphold the
			// original decision" upholds the withholding it names.
			"review answers headed as parts of a one-part request",
			`Harwood University
Review reference: IR/2025/031
2 April 2025

Dear Requester

Internal review

Your original request asked for:

1. The names of the catering contractors used in 2023/24.
2. The price paid per meal under each contract.
3. The number of complaints about catering received in 2023/24.

The original response withheld all of the information under section 43(2) of the Act.

Part 1 – contractor names

The original decision was not correct. The names are published on our website and are now released.

Part 2 – prices

I uphold the original decision. Prices are negotiated with each contractor and their disclosure would prejudice the University's commercial interests. The public interest favours maintaining the exemption at section 43(2).

Part 3 – complaints

The original decision was not correct. We received 41 complaints in 2023/24.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released"},
		},
		{
			// Partial releases decided in the decision paragraph: "we have
			// given the total but withheld the breakdown", and "we have
			// given the job title ...; their name is withheld"; the
			// answers give what was released, one with the name's
			// withholding in brackets.
			"partial releases decided above answers that give the rest",
			`Elmbridge Vale Hospitals NHS Trust
Our ref: EVH-FOI-25-0311
2 June 2025

Dear Requester,

You asked:

1. Who supplies your patient administration system?
2. Your cyber security spend in 2024/25, broken down by tool or service.
3. The name and job title of the contract manager.

The Trust holds the information requested. For question 2 we have given the total but withheld the breakdown under section 31(1)(a). For question 3 we have given the job title of the contract manager; their name is withheld under section 40(2).

Answers

Q1: The system is supplied by Calder Health Systems Ltd.
Q2: Total cyber security spend in 2024/25 was £1,380,000.
Q3: Head of Clinical Systems (name withheld, see above).

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 partially_released s31(1)(a)", "P1.Q3 partially_released s40(2)"},
		},
		{
			// Parts introduced in prose ("In the second part you asked
			// about ..."), a decision naming questions of both, then the
			// answers under topic headings numbered from 1 again.
			"answers under topic headings naming the request's parts",
			`NHS Glenmorven
Our Reference:	GLN-FOI-25-0412
Date of response:	4 November 2025

Dear Requester

Thank you for your request. Your request was in two parts. In the first part you asked about locum doctors:

1. The total spend on locum doctors in 2024/25.
2. The amount paid to each locum agency in 2024/25.
3. The number of locum shifts worked in 2024/25.

In the second part you asked about endoscopy waiting times:

1. The number of patients waiting more than six weeks for an endoscopy.
2. The value of the contract with the private endoscopy provider.
3. The longest wait for an endoscopy at 31 March 2025.

Decision

The Board holds the information. We have decided that question 2 in the first part, and question 2 in the second part, are exempt under section 33(1)(b) of the Freedom of Information (Scotland) Act 2002.

Information released

Locum doctors

1. The Board spent £3,118,200 on locum doctors in 2024/25.

3. 9,412 locum shifts were worked.

Endoscopy waiting times

1. 1,204 patients were waiting more than six weeks.

3. The longest wait was 61 weeks.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld foisa:s33(1)(b)", "P1.Q3 released", "P2.Q1 released", "P2.Q2 withheld foisa:s33(1)(b)", "P2.Q3 released"},
		},
		{
			// A redaction "for the reasons given under Request 3" is
			// the answer's own; a third party's wish for an exception
			// the body then says is not engaged applies nothing.
			"reasons given under another request; an exception asked for and not engaged",
			`Brackmoor National Park Authority
Our Ref: BNPA/EIR/0552
3 March 2025

Dear Requester,

Request 1
Copies of the site inspection notes for the quarry since 2021.

Response
We enclose the 8 inspection notes. The names of complainants have been removed under regulation 13(1). Passages on the Authority's legal strategy have been removed under regulation 12(5)(b) (the course of justice), for the reasons given under Request 2.

Request 2
Any legal advice the Authority has obtained about the quarry.

Response
The advice is subject to legal professional privilege and is withheld under regulation 12(5)(b).

Request 3
The dust monitoring data for the quarry for 2024.

Response
The operator reports dust readings only when a condition is breached. None has been, so we do not hold any dust data. Regulation 12(4)(a) therefore applies.

Other matters

The operator asked us to apply regulation 12(5)(e) to the inspection notes. We do not consider that exception is engaged, and we have not applied it.

Yours faithfully,
`,
			[]string{"P1.Q1 partially_released reg12(5)(b),reg13(1)", "P1.Q2 withheld reg12(5)(b)", "P1.Q3 not_held reg12(4)(a)"},
		},
		{
			// "Question N" headings, a public-interest section between
			// the second answer and the third question, and a reference
			// "01.FOI.25.031774" that is no item 1.
			"a public interest section between questions",
			`Orlwick Council
Reference
01.FOI.25.031774
Date of response	9 May 2025

Question 1

Please provide the entries on the contaminated land register for the site.

Response: The register is published at https://www.orlwick.example/register and so exempt under regulation 6(1)(b).

Question 2

Please provide a copy of the financial viability assessment.

Response: The Council holds the assessment. It is withheld under regulation 12(5)(e).

Public interest in disclosure

There is a public interest in understanding how affordable housing was agreed.

Conclusion

The public interest in maintaining the exception outweighs the public interest in disclosure.

Question 3

Please provide the results of any soil sampling held by the Council.

Response: The Council does not hold this information.

Your rights
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld reg12(5)(e)", "P1.Q3 not_held"},
		},
		{
			// A cost refusal of the whole request, and "I am therefore
			// not providing answers to questions 1 and 3".
			"answers not provided under a refusal of the whole request",
			`Eskerby and Holm Police
Our ref: 01.FOI.25.031774
Date: 17 April 2025

1. The number of occasions on which a Taser was drawn against a person under 18.
2. For each of those occasions, whether the child was looked after by a local authority.
3. How many of those occasions resulted in a complaint.

To establish whether the force holds information about the care status of the children (question 2) would take 285 hours, far in excess of the 18 hour limit. Therefore, by virtue of Section 12(2), the force can neither confirm nor deny whether it holds the information requested in question 2, as the cost of establishing whether it is held would, by itself, exceed the appropriate limit.

As question 2 alone exceeds the limit, Section 12(2) is applied to the whole of your request. I am therefore not providing answers to questions 1 or 3.

Yours sincerely
`,
			[]string{"P1.Q1 refused", "P1.Q2 refused s12(2)", "P1.Q3 refused"},
		},
		{
			// Questions answered under a heading by recalling the earlier
			// request they repeat; a paragraph below, opening by
			// explaining section 14(2) and wrapped over lines, refuses
			// them by number.
			"questions refused as repeated below an answer recalling the earlier request",
			`Agricultural Grants Agency
Our reference: FOI2017/04418
14 August 2017

You asked:

1. A list of farm businesses which received more than £100,000 in 2016.
2. The number of inspections carried out in 2016.
3. The number of claims still unpaid at 30 June 2017.

Questions 1 and 2

On 9 May 2017 we responded to your earlier request FOI2017/02210, in which
you asked for the same information. We provided the list and figures then.

Section 14(2) of the Freedom of Information Act provides that a public
authority is not obliged to comply with a request which is substantially
similar to a previous request from the same person. We consider that a
reasonable interval has not elapsed, and we are therefore refusing questions
1 and 2 under section 14(2).

Question 3

At 30 June 2017, 37 claims remained unpaid.
`,
			[]string{"P1.Q1 refused s14(2)", "P1.Q2 refused s14(2)", "P1.Q3 released"},
		},
		{
			// Answers that only point to a note, the note after the
			// last answer naming the questions it decides.
			"answers pointing to a note after the last answer",
			`Glannau Fire and Rescue Service
Our reference: GFRS/FOI/25/131
Date: 17/09/2025

Dear

1. Which vendor's command and control software does the Service use?
See note A.

2. When is the agreement for that software due to run out?
See note A.

3. How many people work in Fire Control?
29 (headcount).

Note A – questions 1 and 2
The Service neither confirms nor denies that it holds the information requested at questions 1 and 2, relying on section 24(2) (national security) and section 31(3) (law enforcement) of the Act.

Yours sincerely
`,
			[]string{"P1.Q1 ncnd s24(2),s31(3)", "P1.Q2 ncnd s24(2),s31(3)", "P1.Q3 released"},
		},
		{
			// Each question quoted after its number, the answer a
			// paragraph below, as a Word letter sets them.
			"quoted numbered questions answered a paragraph below",
			`NHS Glenbrae
Our reference: EIR/25/0112
Date of response: 18 June 2025

Dear

1. "Please tell me how many tonnes of clinical waste the Board disposed of in 2024-25."

842 tonnes.

2. "How many EV charging points are available at your sites?"

NHS Glenbrae does not hold this information. Under regulation 10(4)(a) of the EISR this is notice that the information is not held.

3. "What was the Board's carbon footprint in 2024-25?"

11,310 tCO2e.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 not_held reg10(4)(a)", "P1.Q3 released"},
		},
		{
			// A disclosure log that inserted the answers into the
			// requester's e-mail, each under its point; the points are
			// statements ending in full stops, the answers in the
			// council's voice or figures.
			"bulleted points answered on the line under each",
			`Temporary accommodation

FOI reference	KB/FOI/1770
Date responded	30 October 2024

The council's answers have been inserted into your email below.

Dear Kestrelbury Council,

Please provide the following information about temporary accommodation (TA):

• The number of households living in TA on 30 September 2024.
2,118 households.
• The names of the hotels the council used for TA in 2023/24 and the nightly rate paid to each.
The council used 9 hotels in 2023/24. Their names are in the attached table. The nightly rates are exempt under section 43(2) of the Freedom of Information Act 2000.
• How many complaints about conditions in TA were referred to environmental health in 2023/24.
The council does not hold this information.
• How much the council spent on TA in 2023/24.
£38.2 million (gross).

Many thanks.
`,
			[]string{"P1.Q1 released", "P1.Q2 partially_released s43(2)", "P1.Q3 not_held", "P1.Q4 released"},
		},
		{
			// The whole request refused on cost, then "This means we are
			// not providing the information requested in any of questions
			// 1 to 4": the refusal, not a withholding without a ground.
			"the information not provided under a cost refusal of the request",
			`Brookvale Homes
Freedom of Information Request BH-FOI-2024-031
Date: 12 March 2024

Thank you for your request received on 14 February 2024, in which you asked:

1. How many damp and mould complaints did you receive in each year 2019 to 2023?
2. How many of those complaints led to an inspection?
3. How many properties had repeat complaints?
4. What did you spend on damp and mould remediation in each year?

Our response

We estimate that answering your request would exceed the appropriate limit of £450. Complaints are recorded in free-text case notes and each of the 6,200 cases would need to be read, which would take over 200 hours.

We are therefore refusing your request under section 12(1) of the Freedom of Information Act. This means we are not providing the information requested in any of questions 1 to 4.

Under section 16 we can offer advice: if you narrowed your request to a single year, we may be able to answer it.
`,
			[]string{"P1.Q1 refused s12(1)", "P1.Q2 refused s12(1)", "P1.Q3 refused s12(1)", "P1.Q4 refused s12(1)"},
		},
		{
			// Two questions neither confirmed nor denied, each keyed in
			// prose with its own exemptions listed after a colon.
			"a duty to confirm or deny removed, exemptions listed",
			`Wendmoor Police
Our ref: FOI/WP/2025/00318
Date: 16 January 2025

Dear

1. How many times were drones deployed in 2024?
2. Were drones used to monitor the protests at Kelsey Park in August 2024?
3. Does the force operate any drone fitted with facial recognition technology?

As to your first question, drones were deployed 538 times in 2024.

Wendmoor Police can neither confirm nor deny that it holds any information relevant to your second and third questions.

In relation to your second question (the use of drones at the Kelsey Park protests), the duty to confirm or deny is removed by the following exemptions:

   Section 23(5) - Information supplied by, or concerning, certain Security Bodies
   Section 31(3) - Law Enforcement

In relation to your third question (facial recognition capability), the duty to confirm or deny is removed by:

   Section 24(2) - National Security
   Section 31(3) - Law Enforcement

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 ncnd s23(5),s31(3)", "P1.Q3 ncnd s24(2),s31(3)"},
		},
		{
			// The same questions for two contracts, answered under
			// "Response – Contract N – ..." headings.
			"answers under a heading naming the contract",
			`Northmere Hospitals NHS Foundation Trust
Our ref: F0052288
Date: 3 March 2025

Contract 1 – Patient transport

1. Supplier: Who is the current supplier of this contract?
2. Annual value: What is the annual value of the contract?

Contract 2 – Car parking management

1. Supplier: Who is the current supplier of this contract?
2. Annual value: What is the annual value of the contract?

Decision

The annual contract values (question 2 for Contract 1 and question 2 for Contract 2) are withheld under Section 43(2) of the Act. The remaining information is provided below.

Response – Contract 1 – Patient transport

1. ReadyRide Patient Transport Ltd.
2. Withheld – Section 43(2) (see below).

Response – Contract 2 – Car parking management

1. ParkSure UK Ltd.
2. Withheld – Section 43(2) (see below).

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P2.Q1 released", "P2.Q2 withheld s43(2)"},
		},
		{
			// Unnumbered question and answer blocks under labels of
			// their own lines.
			"your question and our answer blocks",
			`Wyvernshire Constabulary
Our ref: FOI 0519/25
Date: 20 May 2025

Your questions are set out below, each followed by the force's response.

Your question:

How many body-worn video units does the force have in service?

Our answer:

We currently have 1,400 units in service.

Your question:

Who is your BWV provider?

Our answer:

The name of the provider is withheld under Section 31(1)(a).

What you asked for:

The date the contract ends.

Our answer:

31/03/2026

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released"},
		},
		{
			// Numbered questions and their answers on lines of their own
			// under labels, with no blank line between: no list run
			// into a sentence.
			"you asked and our response lines in one paragraph",
			`Brackley Council
FOI reference F-04417
Date of response 27 March 2025

Part 2 – Penalty Charge Notices

You asked: 1. How many PCNs were issued in 2024?
Our response: 88,417.
You asked: 2. How many were cancelled following a formal representation?
Our response: 6,032.
You asked: 3. Which civil enforcement officer issued the most PCNs in 2024?
Our response: The identity of an individual officer is personal data and is withheld under section 40(2).

If you are unhappy with this response you can ask for an internal review.
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s40(2)"},
		},
		{
			// A scan's text layer misreads some answer keys ("AL." for
			// "A1.") where the others read right.
			"answer keys misread by OCR",
			`North Calder Ambulance Service NHS Trust
Our ref: NCAS-FOI-2025-0311
Date: 24 March 2025

Q1. How many hours were lost to handover delays in 2024?
AL. 61,408 hours.

Q2. What was the longest handover delay in 2024?
A2. 14 hours 22 minutes.

Q3. How many assaults on staff were reported in 2024?
A3. 388.

Q4. How many of those assaults involved a weapon?
AA. 17.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 released"},
		},
		{
			// A request reported in the letter's own sentence, answered in
			// prose; a provision considered and not used applies nothing.
			"a request reported in the letter's words",
			`Saltbridge Town Council
Our reference STC/FOI/03/25
3 April 2025

You asked how much the Council spent on the Christmas lights display in 2024,
and who supplied and installed it.

The total spent was £18,450 including VAT.

The supplier was Festive Glow Ltd of Harbour Lane, Saltbridge.

For completeness, the Council did think about whether the supplier's pricing
should be treated as commercially sensitive under section 43 of the Act, but as
the figures are already published it has not withheld anything.

Kind regards
`,
			[]string{"P1.Q1 released", "P1.Q2 released"},
		},
		{
			// Unnumbered "You asked:" blocks under a heading for each
			// part of the request.
			"you asked blocks under topic headings",
			`Westbridge City Council
Our ref: WCC/IG/25/2264
16 September 2025

Your request was in two parts.

Contact centre

You asked: Which company supplies the contact centre system?

Our response: Exempt under section 43(2).

You asked: When is the contact centre contract due to end?

Our response: 31/03/2026.

Inbound network services

You asked: Which company supplies the inbound network service?

Our response: Larkfield Telecom plc.

You asked: When is the inbound network contract due to end?

Our response: 30th June 2027.

Yours sincerely
`,
			[]string{"P1.Q1 withheld", "P1.Q2 released", "P2.Q1 released", "P2.Q2 released"},
		},
		{
			// A bulleted request, then answers the authority numbered,
			// the first two grouped.
			"bullets answered by the authority's numbers",
			`University of Southmarsh
Our ref: USM-IG-2025-0147
14 July 2025

You asked for the following:

• the number of international students enrolled in 2024/25;
• the tuition fee income from international students in 2024/25;
• the total commission paid to overseas recruitment agents in 2024/25;
• the minutes of the meeting at which the closure was decided.

For ease of reference we have numbered your questions in the order you asked them. Our response is as follows.

Questions 1 and 2 – please see the attached spreadsheet.

3. The University paid £3,412,000 in commission in 2024/25.
4. The minutes are withheld under section 36(2)(b)(ii) of the Act.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 withheld s36(2)(b)(ii)"},
		},
		{
			// Items counted in words in the restated request, answered
			// in prose by the same count, the last one "Lastly".
			"a request counted in words, answered in prose",
			`Office of the Police and Crime Commissioner for Hartmoor
Ref: OPCC/FOI/2025/031
4 September 2025

Thank you for your email. You asked four things: firstly, the cost of running the office in 2024/25; secondly, how many people work in the office; thirdly, the value of grants made from the Community Safety Fund; and fourthly, a copy of the Commissioner's diary for July 2025.

In reply to your first question, the cost of the office was £1.2m.

On your second question, eighteen people work in the office.

On your third question, grants are published in the Annual Report on our website, so section 21 of the Act applies.

Lastly, a copy of the diary is attached. The names of private individuals who met the Commissioner have been redacted under section 40(2). All other entries are disclosed.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released s21", "P1.Q4 partially_released s40(2)"},
		},
		{
			// An internal review quoting only the questions it concerns,
			// by their own numbers.
			"a review quoting questions 3 and 4 only",
			`Wrenmoor Partnership NHS Foundation Trust
Our ref: IR-2023-014
Original request: FOI 2023/0457
Date: 3 July 2023

Dear

Your review request concerned the Trust's handling of questions 3 and 4 only, which read:

3. What did those placements cost in total, and how much was paid to each provider?
4. Please name the providers who received the patients.

The original decision

The Trust provided the total cost and withheld the breakdown by provider (question 3) and the names of the providers (question 4) under section 43(2) of the Act.

Outcome of the review

The exemption at section 43(2) is not upheld and the information is provided below.

Question 3: Total cost in 2022/23: £5,240,000. Elmfield Hospitals Group £2,880,000; Stonecrest Healthcare £1,410,000.

Question 4: Elmfield Hospitals Group and Stonecrest Healthcare.

Yours sincerely
`,
			[]string{"P1.Q3 released", "P1.Q4 released"},
		},
		{
			// A request not yet answered: the requester's own words
			// about the cost limit refuse nothing.
			"a bare request that mentions the cost limit",
			`From: Dana Whitcombe
To: FOI requests at Ravensholt Police
Sent: 03 March 2025 09:41
Subject: Freedom of Information request - Body worn video cameras

Dear Ravensholt Police,

Please provide the following information under the Freedom of Information Act 2000:

1. How many body worn video cameras does Ravensholt Police currently have in use?
2. Which company supplies them?

If any part of this request would exceed the cost limit, please answer the other parts and advise me how the request could be narrowed.

Yours faithfully,

Dana Whitcombe
`,
			[]string{"P1.Q1 unknown", "P1.Q2 unknown"},
		},
		{
			// Lettered requests each over its answer: the letter keys
			// the request, not an answer to a lettered item.
			"lettered requests, each with its answer below",
			`Marsh District Council
Our ref: EIR/24/0301
Date: 3 June 2024

Dear Mr Pell

Request (a): Noise complaints received about the quarry in 2023.
Answer: 14 complaints were received.

Request (b): Copies of the quarry's noise monitoring reports.
Answer: These are withheld under regulation 12(5)(e), as they were supplied in confidence.

Request (c): The date of the next planning inspection.
Answer: No inspection is scheduled and no information is held. Regulation 12(4)(a) applies.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld reg12(5)(e)", "P1.Q3 not_held"},
		},
		{
			// Bullets numbered by the authority in words, under headings
			// of their own: the headings key answers, the bullets ask.
			"bullets answered under headings numbered in words",
			`Our reference: 01.FOI.24.0901
Date: 13-12-2024

Dear Requester

You asked:

  * Has a named officer been the subject of misconduct proceedings?
  * How many officers were dismissed in 2023?
  * What did the force spend on legal representation at hearings in 2023?

For ease of reference I have numbered your questions one to three in the order you asked them.

Question one

The force neither confirms nor denies that it holds information relevant to this question, by virtue of Section 40(5B) of the Act.

Question two

Seven officers were dismissed in 2023.

Question three

The force does not hold this information.

Yours sincerely
`,
			[]string{"P1.Q1 ncnd s40(5B)", "P1.Q2 released", "P1.Q3 not_held"},
		},
		{
			// A prose request asking for documents in a list after
			// "copies of", answered paragraph by paragraph; the last
			// paragraph's redactions name words of a question answered
			// above it, and stay with the last.
			"prose answers whose last paragraph names words of an earlier question",
			"Our reference: FOI2025/0101\n20 March 2025\n\nYou wrote:\n\n\"I would like to know how much the Department spent on the voucher scheme in 2023-24. " +
				"I would also like copies of the ministerial submissions on closing the scheme, the names of the officials who attended meetings with suppliers, and the minutes of those meetings.\"\n\n" +
				"The Department spent £87.4 million on vouchers in 2023-24.\n\n" +
				"We hold the ministerial submissions you asked for, but they are withheld under section 35(1)(a).\n\n" +
				"With regard to the names of the officials who attended the supplier meetings, these are withheld under section 40(2).\n\n" +
				"Lastly, the minutes of the supplier meetings are enclosed. We have redacted the names of junior officials under section 40(2).\n\nYours faithfully\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s35(1)(a)", "P1.Q3 withheld s40(2)", "P1.Q4 partially_released s40(2)"},
		},
		{
			// A request quoted as prose, answered under the numbers of the
			// things it asks.
			"a prose request answered by number",
			"Subject: RE: Freedom of Information - Christmas lights [AMTC/FOI/25/03]\nSent: 14 Mar 2025 10:42\n\nDear\n\nYou wrote:\n\n" +
				"\"Could you tell me how much the town council spent on the Christmas lights\nlast year, who supplied them, how many complaints you got, and could I have a copy of the risk\nassessment?\"\n\n" +
				"I have taken these as four questions and answered them in the same order.\n\n" +
				"1. The council spent £8,946.00 on the Christmas lights in 2024.\n\n2. The lights were supplied by Festive Illuminations Ltd.\n\n" +
				"3. The council does not keep a record of complaints, so we hold no information on the number.\n\n" +
				"4. A copy of the risk assessment for the switch-on event\n   is attached.\n\nBest wishes\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 not_held", "P1.Q4 released"},
		},
		{
			// Each thing asked reported under a heading of its own and
			// answered under it: one request, not a part a heading.
			"asks reported under headings of their own",
			"EIR request: GAA-EIR-2025-0044\n14 February 2025\n\nDear Requester,\n\n" +
				"Penalty charge notices\n\nYou asked how many penalty charge notices were issued in 2024.\n\nResponse: 18,204 were issued.\n\n" +
				"Evaluation report\n\nYou asked for a copy of the draft evaluation report.\n\nResponse: The draft report is withheld under regulation 12(4)(d).\n\n" +
				"Boundary extension\n\nYou asked for internal emails about extending the boundary.\n\nResponse: These are withheld under regulation 12(4)(e).\n\nYours sincerely,\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld reg12(4)(d)", "P1.Q3 withheld reg12(4)(e)"},
		},
		{
			// Bullets the authority numbered, answered on numbered lines
			// that state rather than ask.
			"bullets answered on lines the authority numbered",
			"FOI Ref: BMC 25/0409\nDate: Mar 19 2025\n\nYou asked:\n\n   \"Could you please tell me\n" +
				"      • the number of hackney carriage vehicle licences currently issued\n" +
				"      • how many driver licences were revoked in 2024\n" +
				"      • what enforcement operations the licensing team has planned\"\n\n" +
				"For ease of reference we have numbered your questions 1 to 3 in the order you asked them.\n\n" +
				"1.  187 hackney carriage vehicle licences.\n\n2.  23 driver licences were revoked in 2024.\n\n" +
				"3.  Details of planned enforcement operations are withheld under section 31(1)(a).\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s31(1)(a)"},
		},
		{
			// A spreadsheet pasted under a numbered request answers its
			// first questions by number; the rest are answered below it.
			"a numbered table answering the first questions of a numbered request",
			"Reference: 2024/1445\nDate of response: 2 Dec 2024\n\nRequest\n\n" +
				"1. The total number of vehicles in the fleet\n2. The number of unmarked cars\n3. The number of motorcycles\n4. Total fuel spend in 2023/24\n5. How many vehicles are fitted with ANPR\n\n" +
				"Response\n\nQ\tItem\tFigure\n1\tTotal fleet\t612\n2\tUnmarked cars\tExempt – see below\n3\tMotorcycles\t22\n\n" +
				"Q4 – £2,318,004\n\nQ5 – Exempt – see below.\n\nQuestions 2 and 5 – S.31(1)(a) Law Enforcement\n\nThese figures are exempt under S.31(1)(a).\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released", "P1.Q4 released", "P1.Q5 withheld s31(1)(a)"},
		},
		{
			// A figure alone on its line that reads like the next
			// question's number.
			"an answer that is a bare figure with a full stop",
			"Reference: EFRS-25-007\nResponse date: 30 January 2025\n\n" +
				"**1. How many inspecting officers does the Service employ?**\n\n19 (17.4 FTE).\n\n" +
				"**2. How many inspecting officer posts are vacant?**\n\n3.\n\n" +
				"**3. How many days of sickness absence did inspecting officers take in 2024?**\n\nThis information is not held.\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 not_held"},
		},
		{
			// A request in prose asking to see a document and for a
			// name after ", and", answered by point out of order, the
			// last after "Finally,".
			"a prose request answered by point, the last after finally",
			"Our reference: MCC/IG/0101\nDate: 9 September 2024\n\nYou wrote:\n\n" +
				"\"Could you tell me how many public toilets the council runs, and what the council spent on them in 2023/24? " +
				"I'd also like to see the contract you have with whoever cleans them, and the name of the contractor's area manager.\"\n\n" +
				"In answer to point 2, the Council spent £286,512.\n\nRegarding point 1, the Council operates 14 public toilets.\n\n" +
				"In answer to your fourth point, the area manager's name is personal data and is withheld under Section 40 (2).\n\n" +
				"Finally, point 3: a copy of the cleaning contract is attached. The pricing schedule has been redacted under sec. 43(2).\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released s43(2)", "P1.Q4 withheld s40(2)"},
		},
		{
			// A disclosure log's entry: the request as one paragraph of
			// prose under "Request", with the date it came in, and the
			// response by topic under "Response".
			"prose under a request label, answered by topic",
			"Library opening hours\n\nRequest\n\nReceived: 3 February 2025\n\n" +
				"Please could you tell me how many libraries the council closed in 2024. I would also like a copy of the consultation report on the closures, " +
				"and the names of the consultants who wrote it.\n\nResponse\n\nResponse date: 3 March 2025\n\nDear Requester,\n\n" +
				"Library closures\n\nThe council closed three libraries in 2024.\n\nConsultation report\n\n" +
				"The consultation report is attached. The home addresses of residents who responded have been redacted under section 40(2).\n\n" +
				"The consultants who wrote it were Brightwater Research Ltd.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 partially_released s40(2)", "P1.Q3 released"},
		},
		{
			// A review that says the exemption should not have been
			// applied, and signposts instead; the original decision
			// under each question is no part of it.
			"a review's decisions under each question's original response",
			"Castlegate Metropolitan Borough Council\nReview reference: IRV/2025/0031\nReview completed: 17/03/2025\n\nDear Requester,\n\n" +
				"Question 1: Please provide the location of each camera.\n\nOriginal response: Withheld under section 31(1)(a) of the Freedom of Information Act.\n\n" +
				"Review decision: The original decision is overturned. Section 31(1)(a) should not have been applied. The Council publishes a map of the cameras, " +
				"so the information is exempt under section 21 instead: https://www.castlegate.gov.uk/cctv-map\n\n" +
				"Question 2: Please provide the names of the CCTV control room operators.\n\nOriginal response: Withheld under section 40(2).\n\n" +
				"Review decision: Upheld. Section 40(2) continues to apply.\n\nYours sincerely\n",
			[]string{"P1.Q1 released s21", "P1.Q2 withheld s40(2)"},
		},
		{
			// Each answer after a dash on its question's line.
			"answers after a dash on the question's line",
			"London Borough of Hartsmere\nRef: LBH/FOI/5521\nDate: 04/07/2025\n\nDear Sir or Madam,\n\n" +
				"I have set out the answer to each of your questions alongside the question.\n" +
				"1. How many Penalty Charge Notices were issued by the Council in 2024? – 68,412\n" +
				"2. How many civil enforcement officers were assaulted while on duty in 2024? – None reported\nin 2024.\n" +
				"3. What are the names of the officers who cancel PCNs? – Withheld under section 40(2).\n\nYours faithfully,\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s40(2)"},
		},
		{
			// The request quoted as bare paragraphs, the answers in
			// prose by topic: the cost refusal of the last question is
			// not the whole request's, which the letter answers apart.
			"bare questions answered in prose by topic, one refused on cost",
			"Caledonian Police Service\nFOI Reference: 25-1874\nDate: 08 Jul 2025\n\n" +
				"Your request for information of 10 June 2025 has now been considered and I respond in the following terms.\n\n" +
				"How many times was Taser discharged by officers in 2024?\n\n" +
				"How many officers are currently trained to carry Taser, broken down by division?\n\n" +
				"Did the Service use facial recognition software on CCTV images at any time in 2024?\n\n" +
				"Copies of all internal emails mentioning 'Taser' sent in 2024.\n\n" +
				"In response to your first question: Taser was discharged on 93 occasions in 2024.\n\n" +
				"With regard to officer numbers by division, I am refusing to provide the information in terms of section 16(1) of the Act, as the following exemptions apply: sections 35(1)(a) and (b) – Law enforcement. The public interest lies in withholding the information.\n\n" +
				"In relation to facial recognition, the Service can neither confirm nor deny that it holds the information you have requested. Section 18(1) of the Act applies, read with section 35(1)(a), where revealing whether information exists would itself be contrary to the public interest.\n\n" +
				"As regards internal emails, section 12(1) of the Act provides that we are not obliged to comply where the cost exceeds £600.\n\n" +
				"You may request a review within 40 working days and thereafter apply to the Scottish Information Commissioner.\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld foisa:s35(1)(a),foisa:s35(1)(b)", "P1.Q3 ncnd foisa:s18(1),foisa:s35(1)(a)", "P1.Q4 refused foisa:s12(1)"},
		}, {
			// The reasons for a withholding after the last answer, naming
			// another question by the answer it was given, and a
			// provision's reasons headed by it on the same line: neither
			// is the last answer's, nor the named question's.
			"reasons after the last answer",
			"Brackenford Council\nReference: FOI241873\nDate: 18-06-2025\n\nDear\n\nYou asked for:\n\n" +
				"1. The number of children receiving SEND transport in January 2025.\n2. The total spend on SEND transport in 2024/25.\n" +
				"3. The names of the five largest operators by spend, and the amount paid to each.\n4. A copy of the transport policy.\n\n" +
				"Our response\n\n1. 1,402 children.\n2. £14.7 million.\n" +
				"3. The five largest operators are A2B Schools Travel Ltd and Swift Private Hire. The amounts paid to each are withheld under section 43(2).\n" +
				"4. Yes. A copy of the policy is attached.\n\n" +
				"In applying section 43(2) we considered the public interest in transparency about spending, which is partly met by the total given in answer to your second question. " +
				"We concluded that the public interest favours withholding operator-level figures.\n\n" +
				"If you are unhappy with this response you may request an internal review.\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released s43(2)", "P1.Q4 released"},
		}, {
			// "REQUEST 1" over "RESPONSE No. ...": the label in capitals
			// with no colon, the body's name just after it.
			"a bare answer label in capitals",
			"Heddlu Cambria | Cambria Police\nReference: FOI 0950/25\n4th November 2025\n\nDear\n\n" +
				"REQUEST 1 Has ransomware affected any of the force's systems within the last three years?\n\n" +
				"RESPONSE No. Cambria Police has not been affected by a ransomware attack.\n\n" +
				"REQUEST 2 Has the force paid a ransom at any time?\n\n" +
				"RESPONSE Cambria Police can neither confirm nor deny whether it holds this information, by virtue of sections 24(2) and 31(3).\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 ncnd s24(2),s31(3)"},
		}, {
			// After the last answer, the reasons for the answers above
			// under the exemptions' names.
			"reasons under an exemption's name after the last answer",
			"Cambria Police\nReference: FOI 0021/26\n14 January 2026\n\nDear\n\n" +
				"You asked: What make and model are the drones?\n\nOur response: This information is withheld under Section 24(1) (National Security). Please see below.\n\n" +
				"You asked: How many complaints have been made about the force's use of drones since 2023?\n\n" +
				"Our response: None. No complaints about the force's use of drones have been recorded since 2023.\n\n" +
				"National Security\n\nSection 24(1) applies where exemption is required to safeguard national security. " +
				"The public interest in safeguarding national security outweighs the general interest in transparency.\n\nYours sincerely\n",
			[]string{"P1.Q1 withheld s24(1)", "P1.Q2 released"},
		}, {
			// Bullets each answered below, one "Not applicable." after
			// the "If so" question the answer before made moot.
			"bullets answered below, one not applicable",
			"Harrowfield County Council\nOur ref: HCC/FOI/2025/3307\n5 June 2025\n\nDear Mr Collier,\n\n" +
				"Please see our answers below, given under each of your questions.\n\n" +
				"• Does the Council currently plan to close any further libraries?\n  No. There are no current proposals.\n\n" +
				"• If so, which libraries and when?\n  Not applicable.\n\n" +
				"• What was spent on book stock in 2024/25?\n  £412,600\n\nYours sincerely,\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released"},
		}, {
			// Bullets each answered on the next line after the body's
			// initials and "response:", one answer after a blank line.
			"bullets answered under a response label",
			"Sandmere Passenger Transport Executive\nReference: SMPTE-EIR-0311\n26 January 2022\n\nDear Requester\n\n" +
				"Your email is reproduced below and our answer follows each of your questions.\n\nPlease could you tell me:\n\n" +
				"• How many of the buses on the subsidised network meet the Euro VI standard?\nSMPTE response: 212 of the 264 buses meet the Euro VI standard.\n" +
				"• The nitrogen dioxide monitoring results at the Interchange for 2021.\nSMPTE response: We do not hold this information, and rely on regulation 12(4)(a) of the EIR.\n" +
				"• How much funding did the PTE receive from the Clean Bus Fund in 2020/21?\n\nSMPTE response: £740,000.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 not_held reg12(4)(a)", "P1.Q3 released"},
		}, {
			// The same under "Council response:".
			"bullets answered under the council's response",
			"Westmere Borough Council\nOur ref: WBC/FOI/2025/118\n5 June 2025\n\nDear Requester\n\nYou asked:\n\n" +
				"• How many CCTV cameras does the Council operate?\nCouncil response: 118.\n" +
				"• Who monitors them?\nCouncil response: The control room is staffed by Council employees.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released"},
		}, {
			// Bullets answered under "Point N" headings, one answer
			// opening as a request's item would ("The total cost ...
			// was"), another with a section's number wrapped to the
			// start of a line.
			"bullets answered under the authority's point headings",
			"Ardnish Council\nOur ref: FOISA/0512/2025\n9 June 2025\n\nDear Requester\n\nYou asked for the following:\n\n" +
				"  • The number of looked after children placed outside the Council area on 31 March 2025.\n" +
				"  • The total cost of those out-of-area placements in 2024/25.\n" +
				"  • The names of the providers used and the amount paid to each.\n\n" +
				"For ease of reference I have numbered the points of your request 1 to 3.\n\n" +
				"Point 1\nThere were 27 looked after children placed outside the Council area.\n\n" +
				"Point 2\nThe total cost of out-of-area residential placements in 2024/25 was\n£6.9 million.\n\n" +
				"Point 3\nThe providers were Hebridean Care Group and Lochside Care Ltd. The amount paid to each is withheld under section\n" +
				"33(1)(b) of FOISA.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 partially_released foisa:s33(1)(b)"},
		}, {
			// An answer withheld "for the reasons set out in our answer
			// to Q5": the pointer, "Q" glued to its number, is part of
			// this answer's own decision.
			"withheld for the reasons given at another question",
			"Hallingford Teaching Hospitals NHS Foundation Trust\nOur Ref: FOI2025/0713\nDate: 09/06/2025\n\nDear Requester\n\n" +
				"Q1. For each cyber incident, please describe what happened.\n\nA1. Withheld under section 31(1)(a) of the Act (law enforcement).\n\n" +
				"Q2. How many of the Trust's desktop computers are still running Windows 10?\n\n" +
				"A2. This information is withheld under section 31(1)(a), for the reasons set out in our answer to Q1. " +
				"Information about older operating systems would identify potential points of attack.\n\nYours sincerely\n",
			[]string{"P1.Q1 withheld s31(1)(a)", "P1.Q2 withheld s31(1)(a)"},
		}, {
			// The request reported in the letter's own words: "You
			// wanted to know ...".
			"a request reported as what the requester wanted to know",
			"Eastern Shires Ambulance Service NHS Trust\nOur ref: ESAS/FOI/1842\n12 March 2025\n\nDear Requester,\n\n" +
				"You wanted to know how many times our ambulances were held outside hospitals for more than an hour during 2024, and how many patients died while waiting.\n\n" +
				"In answer to your first question, there were 18,204 such occasions.\n\n" +
				"On your second question, we do not hold this information.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 not_held"},
		}, {
			// "Finally," over the answer to a question the paragraph names
			// by its subject, not the last question.
			"finally, an earlier question named by its subject",
			"Castlebridge Borough Council\nOur ref: F-00871\n13 June 2025\n\nDear Ms Venn\n\n" +
				"You wrote: \"Could you tell me how many prosecutions resulted, what the total clean-up cost was, and which wards had the most incidents?\"\n\n" +
				"In answer to your first question, the Council brought four prosecutions.\n\n" +
				"Regarding the wards with the most incidents, please see the attached table.\n\n" +
				"Finally, you asked about the total clean-up cost. Its cost is not recorded separately, so we do not hold this information.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 not_held", "P1.Q3 released"},
		},
		{
			// Request and response interleaved: a withholding set among
			// the facts of the matter (what the depot is leased to, what
			// a strategy sets out), a partial release that gives its
			// reasons by pointing to another request's, and a response
			// put off under an extension of time.
			"context around a withholding, reasons given at another request, a response put off",
			"Wrexmoor Transport Authority\nOur Ref: WTA/EIR/17/090\nDate: 12 May 2017\n\nDear\n\n" +
				"Request 1\n\nAir quality results at the depot for 2016.\n\nResponse\n\nThe annual mean nitrogen dioxide concentration was 43.8 µg/m³.\n\n" +
				"Request 2\n\nDiesel consumption at the depot for each bus operator contract.\n\nResponse\n\n" +
				"The depot is leased to two operators, each running tendered services under contract to the Authority. Fuel use per contract would reveal operating costs that operators treat as commercially confidential. We therefore consider that regulation 12(5)(e) applies, and that the public interest favours maintaining the exception. The Authority's Bus Strategy sets out its plans to reduce emissions from the bus fleet.\n\n" +
				"Request 3\n\nCopies of the contractor's noise monitoring reports.\n\nResponse\n\nWe enclose the summary results tables from the contractor's monthly noise monitoring reports.\n\n" +
				"The remainder of each report is withheld under regulation 12(5)(e), for reasons similar to those given at Request 2: the contract for the next phase is out to tender.\n\n" +
				"Request 4\n\nMinutes of meetings with the operators about electrification.\n\nResponse\n\n" +
				"Because of the volume of the information within the scope of this part of your request, which includes records going back to 2014, we are extending the time for our response under regulation 7(1) of the EIR. We will respond to this part of your request by 14 June 2017, which is 40 working days from the date we received it.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld reg12(5)(e)", "P1.Q3 partially_released reg12(5)(e)", "P1.Q4 unknown"},
		},
		{
			// Answers under topic headings, one of them the noun of the
			// verb its question asks with ("Charges" for "how much the
			// Service charged").
			"a topic heading naming what the question asks with its verb",
			"Severnby Fire and Rescue Service\nOur ref: FOI 113/19\n3 December 2019\n\nDear\n\n" +
				"Thank you for your email, in which you wrote:\n\n\"I would like to know how many false alarms caused by automatic fire alarm systems the Service attended in 2018/19, and how much the Service charged building owners for attending them. I would also like to know which premises generated the most call-outs of this kind, and whether the Service has any plans to change its policy on attending automatic alarms. Finally, could you tell me how many firefighters are currently on modified duties?\"\n\n" +
				"False alarms attended\n\nIn 2018/19 the Service attended 3,412 false alarms caused by automatic fire alarm systems.\n\n" +
				"Charges\n\nThe Service did not charge for attending any of these calls. The total charged in 2018/19 was £0.\n\n" +
				"Premises with the most call-outs\n\nThe names and addresses of the premises are exempt under section 31(1)(a) of the Act.\n\n" +
				"Changes to policy\n\nYes. From 1 April 2020 the Service will no longer send an immediate attendance to alarms from non-residential premises.\n\n" +
				"Firefighters on modified duties\n\nAs at 25 November 2019, 27 firefighters were on modified duties.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s31(1)(a)", "P1.Q4 released", "P1.Q5 released"},
		},
		{
			// A request in prose under a lead-in that wraps ("in which
			// you" / "wrote:"), its asks numbered by the letter, and the
			// answers keyed by headings that name those numbers.
			"a prose request numbered by the letter, answered under keyed headings",
			"Lough Carran District Council\n20th December 2023\nOur Reference: LCM-FOI-0215-23\n\nDear\n\n" +
				"I refer to your email, received by the Council on 23rd November 2023, in which you\nwrote:\n\n" +
				"\"I would like to know how many fixed penalty notices for dog fouling the\nCouncil issued in each of 2021, 2022 and 2023 so far, and how many of these\nwere actually paid. Could you also tell me whether the Council uses a private company to carry\nout dog fouling enforcement? Finally, how many dog wardens does the Council\nemploy?\"\n\n" +
				"For ease of reference I have numbered your questions 1 to 4 in the order in which you asked them.\n\n" +
				"Questions 1 and 2 – fixed penalty notices issued and paid\n\nIn 2021, 41 notices were issued and 33 paid; in 2022, 36 and 30.\n\n" +
				"Question 3 – use of a private enforcement company\n\nNo. All enforcement is carried out by the Council's own staff.\n\n" +
				"Question 4 – number of dog wardens\n\nThe Council employs three full-time dog wardens.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 released"},
		},
		{
			// A request refused as vexatious, whose reasons, keyed by the
			// questions, say what earlier requests were given: no
			// release now.
			"a vexatious refusal whose reasons name the questions",
			"MERIDIAN LEARNING TRUST\nOur ref: MLT FOI 2023-14\nDate of this letter: 14 February 2023\n\nDear\n\n" +
				"Thank you for your email, in which you asked the Trust for:\n\n" +
				"  1. All expense claims submitted by the Chief Executive Officer since 2019.\n  2. All emails between the Chief Executive Officer and the Chair that mention your name.\n  3. The number of grievances raised against the Chief Executive Officer.\n\n" +
				"Decision\n\nThe Trust has decided that this request is vexatious, and it is refused in full under section 14(1) of the Freedom of Information Act 2000.\n\n" +
				"Reasons\n\n• Questions 1 and 3 repeat, in substance, requests MLT FOI 2022-19 and MLT FOI 2022-27, which were answered in full.\n\n" +
				"• Question 2 seeks information about your own complaint which has already been provided to you under the subject access provisions.\n\nYours sincerely\n",
			[]string{"P1.Q1 refused s14(1)", "P1.Q2 refused s14(1)", "P1.Q3 refused s14(1)"},
		},
		{
			// A cost refusal of the whole request whose provision only
			// the sentence naming the refusal notice gives.
			"a cost refusal named by its refusal notice",
			"London Borough of Marlowe Fields\nOur ref: 3318724\n11 April 2024\n\nDear\n\nYou asked:\n\n\"1. The number of households in temporary accommodation on 31 March 2024.\n\n2. For every household placed outside the borough, the reason recorded for placing them out of borough.\"\n\n" +
				"Our response\n\nI am sorry to tell you that we are unable to provide the information you have asked for, because the cost of complying with your request would exceed the appropriate limit. This letter is a refusal notice under section\n12(1) of the Freedom of Information Act 2000.\n\n" +
				"Because question 2 alone exceeds the limit, the Council is not obliged to answer any part of your request, and I have not provided an answer to question 1.\n\nYours sincerely\n",
			[]string{"P1.Q1 refused s12(1)", "P1.Q2 refused s12(1)"},
		},
		{
			// A review whose table keys its rows by number only, beside
			// the decision under review, the request listed above it;
			// the original response reported in the background decides
			// nothing.
			"a review table keyed by number under the request listed above",
			"University of Eastcombe\nInternal review reference: IR2024/0009\nDate: 16 July 2024\n\nDear\n\nInternal review – Freedom of Information request about cyber security\n\nBackground\n\nOn 29 April 2024 you asked the University for the following information:\n\n" +
				"1. The number of cyber security incidents the University experienced in 2023.\n2. The number of ransomware attacks experienced in 2023.\n3. The number of staff working in cyber security roles.\n\n" +
				"The University responded on 24 May 2024, refusing questions 1, 2 and 3 under section 31(1)(a) of the Freedom of Information Act 2000.\n\nOutcome of the review\n\n" +
				"Q\tOriginal response\tReview decision\n\n1\tWithheld – s31(1)(a)\tDecision overturned. The University recorded 19 cyber security incidents in 2023.\n\n" +
				"2\tWithheld – s31(1)(a)\tUpheld. The exemption at section 31(1)(a) continues to apply.\n\n3\tWithheld – s31(1)(a)\tDecision overturned. 5 members of staff work in dedicated cyber security roles.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released"},
		},
		{
			// A review's rows without their header: each answer opens
			// with the decision reviewed, then the verdict and what the
			// review decides.
			"a review's rows, the decision reviewed before the verdict",
			"Carrowmore Borough Council\nOur ref: IR 25/014\n2 July 2025\n\nDear\n\nInternal review\n\nIn your request you asked for:\n\n1. The management fee paid to the operator in 2023/24.\n2. The operator's tender submission.\n3. The key performance indicator reports for 2023/24.\n\nThe outcome of the review is summarised below.\n\n" +
				"1\tWithheld – section 43(2).\tNot upheld. The management fee was £618,500 in 2023/24.\n\n" +
				"2\tWithheld – section 43(2).\tUpheld. The tender submission remains withheld under section 43(2).\n\n" +
				"3\tNot held.\tNot upheld. The KPI reports are held and published with the committee papers; they are exempt under section 21 of the Act as reasonably accessible to you.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released s21"},
		},
		{
			// A decision paragraph: one exemption for some questions of
			// each part, "in addition" another "applied to" some of them.
			"a second exemption applied to some questions in addition",
			"Dunmere Constabulary\nOur ref: FOI 0877/25\n3 March 2025\n\nDear\n\nThe first part of my request relates to contact centre contracts\n\n1. Incumbent supplier\n2. Contract expiry\n\nThe second part of my request relates to inbound network contracts\n\n1. Incumbent supplier\n2. Contract expiry\n\n" +
				"Your request has been considered. However, Section 31(1)(a)(b) Law Enforcement is engaged in respect of questions 1 and 2 in part\n1 of your request and questions 1 and 2 in part 2. In addition, Section 24(1) National Security is applied\nto question 1 in part 1 and to question 1 in part 2.\n\nYours sincerely\n",
			[]string{"P1.Q1 withheld s24(1),s31(1)(a),s31(1)(b)", "P1.Q2 withheld s31(1)(a),s31(1)(b)", "P2.Q1 withheld s24(1),s31(1)(a),s31(1)(b)", "P2.Q2 withheld s31(1)(a),s31(1)(b)"},
		},
		{
			// A request sent on its own: the requester's closing wish
			// shares a word with a question ("receive", "received") and
			// answers nothing.
			"a bare request's closing wish",
			"To: FOI Officer, Harrowdene District Council\nSent: 5 February 2026\n\nSubject: Freedom of Information request - software licensing\n\nDear Sir or Madam,\n\nUnder the Freedom of Information Act 2000, please provide the following information.\n\n" +
				"1. How many Microsoft 365 user licences does the council currently have?\n2. How many compensation claims for pothole damage to vehicles has the council received in the last three years?\n\n" +
				"I would prefer to receive the information electronically. Thank you for your help.\n\nYours faithfully,\nR. Ashworth\n",
			[]string{"P1.Q1 unknown", "P1.Q2 unknown"},
		},
		{
			// Each answer follows its question on the same line, after
			// the question mark (the answer set in bold, which the text
			// has lost); one request has no question mark and its answer
			// follows the sentence that asks.
			"answers on the question's own line after its question mark",
			"Office for Canal Safety\n\nReference: OCS-FOI-0412-24\nDate: 9 July 2024\n\nDear\n\nOur answers follow each of your questions.\n\n" +
				"1. How many locks did the Office inspect in 2023? 318.\n" +
				"2. Which inspection reports were published? Inspection reports are published on our website at www.ocs.example/reports. As this information is reasonably accessible to you, we are not providing it under section 21 of the Freedom of Information Act.\n" +
				"3. Please provide the legal advice the Office received on the Thornley breach in 2023. We hold the advice. It is withheld under section 42(1), as it is subject to legal professional privilege.\n" +
				"4. What is the Office's current headcount? 64 (at 1 June 2024).\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released s21", "P1.Q3 withheld s42(1)", "P1.Q4 released"},
		},
		{
			// A request's further sentences after a question mark ask
			// for more: they are no answers.
			"a question mark followed by the request's own sentences",
			"Wexmoor District Council\n\nReference: FOI 2231\nDate: 4 March 2024\n\nDear\n\nYou asked:\n\n" +
				"1. How many fixed penalty notices were issued for fly-tipping in 2023? Please break this down by ward.\n" +
				"2. How many prosecutions followed? If possible, give the fines imposed.\n\n" +
				"The council issued 214 fixed penalty notices for fly-tipping in 2023 and brought 9 prosecutions. A breakdown by ward is not held.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released"},
		},
		{
			// Items opened by number words ("One:", "Two:") are the
			// request's numbered questions, answered under headings
			// that name them by those words.
			"items numbered in words",
			"NHS Wexdale Integrated Care Board\n\nOur reference: FOI 0912/24\nDate: 2 October 2024\n\nDear\n\nYou asked us:\n\n" +
				"One: how many adults are waiting for an autism assessment?\n\nTwo: which providers carry out the assessments?\n\nThree: what is the annual value of each contract?\n\n" +
				"Question one. 2,114 adults were waiting at 31 August 2024.\n\nQuestion two. Wexdale Community Health NHS Trust and Brightpath Assessments Ltd.\n\n" +
				"Question three. The ICB holds this information but it is exempt under section 43(2) of the Act.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s43(2)"},
		},
		{
			// The cost refusal names the question that sets it off and
			// refuses the request in its entirety; the advice after it
			// (what might be answered if the requester narrowed the
			// request, where figures are published) answers nothing.
			"a cost refusal in its entirety, naming the question that set it off",
			"Fenmarch Constabulary\nFOI Reference: F-2016-00412\nDate: 11/05/2016\n\nDear\n\nYour request asked:\n\n" +
				"1. How many vehicles were seized for having no insurance in 2015?\n2. How many of those vehicles were crushed?\n" +
				"3. For each seizure, was the driver later convicted of an offence?\n\n" +
				"Decision\n\nTo establish whether we hold information falling within question 3 would exceed the appropriate limit, as seizure records are not linked to court results. " +
				"The Constabulary therefore neither confirms nor denies whether it holds information relevant to question 3, and your request is refused in its entirety under section 12(2).\n\n" +
				"Advice and assistance\n\nIf you were to remove question 3, the Constabulary may be able to answer the remaining questions, although some of the information in question 2 may be exempt. " +
				"You may also wish to note that vehicle seizure statistics are published each year by the Home Office.\n\nYours sincerely\n",
			[]string{"P1.Q1 refused s12(2)", "P1.Q2 refused s12(2)", "P1.Q3 refused s12(2)"},
		},
		{
			// The copyright notice at the end of the letter, run on
			// into the last answer, gives nothing: the answer withholds.
			"a copyright notice after a withholding answer",
			"Wexcombe Ambulance Service NHS Trust\nOur ref: FOI 0211-25\nDate: 14 March 2025\n\nDear\n\n1. How many assaults on staff were recorded in 2024?\n\n412.\n\n" +
				"2. The names of the stations where the assaults took place.\n\nThe numbers at each station are very small, and staff could be identified. This information is therefore withheld under section 40(2) of the Freedom of Information Act.\n" +
				"The information supplied to you continues to be protected by the Copyright, Designs and Patents Act 1988. You are free to use it for your own purposes.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s40(2)"},
		},
		{
			// A review that does not agree the exemption was correctly
			// applied, and now discloses the figure: released.
			"a review that finds an exemption wrongly applied",
			"Wexley Borough Council\nInternal review reference: IR 31/24\nDate: 2 April 2024\n\nDear\n\nYour original request\n\n" +
				"1. How many households were in temporary accommodation on 31 December 2023?\n2. What was the total paid to private providers of nightly-paid accommodation in 2022/23?\n\n" +
				"Outcome of the review\n\nQuestion 1 – You did not ask me to review this answer, which was 418 households.\n\n" +
				"Question 2 – I do not agree that section 43(2) was correctly applied. The total is an aggregate figure that reveals no provider's prices. The figure is now disclosed: £9,204,117 was paid in 2022/23.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released"},
		},
		{
			// A closing paragraph sets out the provisions, each sentence
			// opening with the subject it is about ("In relation to
			// ..."): each goes to the question on that subject, answered
			// above, though another was answered last.
			"provisions set out by subject after answers in prose",
			"Dunmarra Police Service\nOur reference: IM-FOI-2018-0772\nDate: 4 June 2018\n\nDear\n\nFreedom of Information (Scotland) Act 2002\n\nYou asked for:\n\n" +
				"the number of Tasers issued to officers on 1 April 2018;\nwhether the Service has used covert drones at any time since 2015;\nthe number of complaints concerning Taser discharges in 2017.\n\n" +
				"On 1 April 2018 the Service had issued 412 Tasers.\n\n" +
				"The Service can neither confirm nor deny whether it holds any information about the use of covert drones.\n\n" +
				"Complaints are recorded by allegation, not by the equipment involved, so the number of complaints concerning Taser discharges is not held.\n\n" +
				"I must set out the provisions relied on. In relation to covert drones, I have applied section 18(1) of the Act, read with section 35(1)(a), as revealing whether such information exists would be contrary to the public interest. " +
				"In relation to complaints, this letter is a notice under section 17(1) that the information is not held.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 ncnd foisa:s18(1),foisa:s35(1)(a)", "P1.Q3 not_held"},
		},
		{
			// Answers keyed to lettered items, out of order ("In answer
			// to c), ...").
			"answers keyed to lettered items out of order",
			"Office for Lorry Standards\nReference: F-22-0311\nDate: 9 May 2022\n\nRequest\n\na) How many weighbridges does the Office operate?\nb) Please list the sites of the weighbridges.\nc) Who maintains them?\n\nResponse\n\n" +
				"In answer to c), the weighbridges are maintained by Tarrant Scales Ltd.\n" +
				"In answer to a), the Office neither confirms nor denies that it holds this information, relying on sections 24(2) and 31(3) of the Act.\n" +
				"In answer to b), the sites are withheld under section 31(1)(a).\n\nYours sincerely\n",
			[]string{"P1.Q1 ncnd s24(2),s31(3)", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released"},
		},
		{
			// A decision paragraph naming questions by bracketed numbers.
			"a decision naming questions by bracketed numbers",
			"Wexmoor Agency\nReference: F-20-0111\n19 January 2020\n\nDear\n\nYou asked:\n(1) The number of cameras operated by the Agency.\n(2) The location of each camera.\n(3) The name of the supplier.\n\n" +
				"I have considered your request and my decision is as follows. In respect of question (1) the Agency neither confirms nor denies whether it holds the information, under sections 24(2) and 31(3) of the Act. Question (2) is withheld under section 31(1)(a). Question (3) is answered below.\n\n" +
				"(3) Optivance Traffic Systems.\n\nYours sincerely\n",
			[]string{"P1.Q1 ncnd s24(2),s31(3)", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released"},
		},
		{
			// A cost limit that "applies to the whole of your request",
			// then advice on what is published: every item refused.
			"a cost limit applied to the whole of the request",
			"Freight Licensing Agency\nRef: F-22-1190\n27 September 2022\n\nDear\n\nThank you for your request for:\n\n  a. the Agency's total spend on consultancy in each year from 2017/18 to 2021/22;\n  b. the consultancy firms engaged and the amount paid to each.\n\n" +
				"We estimate that it would cost more than the appropriate limit to comply with your request. Consultancy is not separately coded in our finance system before 2021; identifying it would require a manual review of 2,600 purchase orders. Section 12(1) of the Freedom of Information Act therefore applies to the whole of your request.\n\n" +
				"Advice and assistance: the Agency's spend over GBP 25,000 is published monthly on GOV.UK.\n\nYours sincerely\n",
			[]string{"P1.Q1 refused s12(1)", "P1.Q2 refused s12(1)"},
		},
		{
			// An answer that says the body no longer needs to neither
			// confirm nor deny, and gives the figure: released.
			"a refusal to confirm or deny said to be no longer needed",
			"Freight Licensing Agency\nReference: FOIR-25-0101\n8 July 2025\n\nDear\n\n1. How many roadside cameras does the Agency run?\nAnswer: The Agency operates 38 cameras. The number is now published, and we no longer consider it necessary to neither confirm nor deny.\n" +
				"2. Where are they located?\nAnswer: The Agency neither confirms nor denies whether it holds information on the location of individual cameras, under sections 24(2) and 31(3) of the Act.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 ncnd s24(2),s31(3)"},
		},
		{
			// "Does the Trust hold cyber insurance?" answered "does not
			// hold a separate cyber insurance policy" says no: released.
			// "does not hold any records" of what was asked is not held.
			"a no to a question whether the body has something",
			"Wexcombe Health and Social Care Trust\nOur reference: FOI/23/0390\nDate: 2 May 2023\n\nDear\n\n1. Does the Trust hold cyber insurance?\n\nThe Trust does not hold a separate commercial cyber insurance policy; cover is provided through regional risk pooling.\n\n" +
				"2. Does the Trust hold records of phishing emails reported by staff?\n\nThe Trust does not hold any records of phishing reports.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 not_held"},
		},
		{
			// Questions reported in turn, the last one after "Finally"
			// with no comma.
			"questions reported in turn, the last after \"Finally\" without a comma",
			"Freight Licensing Agency\nReference: FOIR-24-0412\nDate: 23 April 2024\n\nDear\n\nThank you for your request.\n\n" +
				"You first asked how many cameras are issued to enforcement staff. 168 cameras are currently issued.\n\n" +
				"You also asked us to name the company that supplies the cameras. This information is exempt under section 43(2).\n\n" +
				"Finally you asked for the standard operating procedure. It is withheld under section 31(1)(a).\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 withheld s31(1)(a)"},
		},
		{
			// The harm and public interest sections of answer 2 sit
			// between it and answer 3, as police letters set them: the
			// numbered answers after them go on where the run stopped.
			"numbered answers going on after harm and public interest sections",
			"Wexdale Constabulary\nReference: FOI-000412-23\nDate: 3 March 2023\n\nI note you seek access to the following information:\n\n1. How many drones does the force operate?\n2. Please give the make and model of each drone.\n3. Has the force trialled drones with facial recognition?\n4. How many complaints about drones has the force received?\n\nResponse\n\n1. The force operates 9 drones.\n\n2. The makes and models are exempt by virtue of section 24(1) and section 31(1)(a)(b) of the Act. The harm and public interest considerations are set out below.\n\nEvidence of Harm\n\nDisclosing the models would reveal the capability of the force's drones, and offenders could adapt their behaviour.\n\nPublic Interest Test\n\nFactors favouring disclosure – Section 24(1): the public are entitled to know how public funds are spent. Section 31(1)(a)(b): disclosure would inform debate about how drones are used.\n\nFactors favouring non-disclosure – Section 24(1): the release of capabilities could render security measures less effective. Section 31(1)(a)(b): offenders could take counter-measures.\n\nBalance Test\n\nThe balance lies in favour of withholding the information at question 2.\n\n3. Wexdale Constabulary can neither confirm nor deny that it holds any information relevant to this question by virtue of section 24(2) National Security and section 31(3) Law Enforcement.\n\n4. Complaints are recorded by the nature of the allegation, not by the equipment involved, and no information is held which identifies complaints about drones.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s24(1),s31(1)(a),s31(1)(b)", "P1.Q3 ncnd s24(2),s31(3)", "P1.Q4 not_held"},
		},
		{
			// A prose request answered by subject, then a closing
			// paragraph giving the grounds of what was held back, each
			// sentence for what its own words name: the breakdown ("broken
			// down by department" in the request) of the first question,
			// the names of the examiners of the third, though both were
			// answered above and the paragraph goes on from the first.
			"a closing paragraph of grounds for answers given above by subject",
			"Wexborough University\nOur ref: FOI-2014-211\nDate: 3 March 2014\n\nDear\n\nThank you for your email of 4 February 2014, in which you wrote:\n\n\"I would like to know how much the University paid to external examiners in 2012/13 altogether, broken down by department. I would also like to know which departments used external examiners, and whether the University terminated any examiner appointments because of misconduct (and if so, which examiners). Could you also tell me whether the University has a policy that caps the rate of fees?\"\n\nThe total paid to external examiners in 2012/13 was £412,300. We have not provided the breakdown of this figure by department, for the reasons explained below.\n\nExternal examiners were used by all 31 academic departments.\n\nAs to whether any appointments were ended because of misconduct, the University terminated 2 appointments in 2012/13 following complaints about late marking. The two examiners worked for the Departments of History and Law.\n\nFee rates are agreed individually and are set out in each appointment letter. The University does not have a policy placing a cap on fees.\n\nThe breakdown of payments by department has been withheld because the University considers that its release would be likely to prejudice the commercial interests both of the University and of its examiners, whose rates are negotiated individually; having weighed the public interest, we have concluded that it is outweighed by the harm to the University. We have relied on section 43(2) of the Freedom of Information Act 2000 for this. The names of the two examiners whose appointments were terminated are their personal data, and disclosure would be unfair to them, so that information is exempt under section 40(2).\n\nYours sincerely\n",
			[]string{"P1.Q1 partially_released s43(2)", "P1.Q2 released", "P1.Q3 partially_released s40(2)", "P1.Q4 released"},
		},
		{
			// A quoted prose request whose first ask follows the words
			// that say why ("After the flooding ... last month I would
			// like to know ..."), answered out of order by ordinal words;
			// an answer's last line "question." is the end of its
			// sentence, not a "Question." label.
			"a prose request whose first ask follows a reason, answered out of order",
			"Wexford Vale District Council\nOur ref: DC/FOI/0912\nDate: 14 November 2013\n\nDear\n\nThank you for your letter dated 20 October 2013. In it you wrote:\n\n\"After the flooding in Lower Bramford last month I would like to know how many sandbags the Council\nissued to residents in 2012/13. Who supplies the sandbags, and at what price each? I would also like to\nknow how many flood wardens the Council has trained. Finally, how many homes in the district flooded in 2012/13?\"\n\nI have taken the points in your letter in a slightly different order, as the information about wardens and suppliers comes from the same team.\n\nFirstly, the Council issued 4,120 sandbags to residents in 2012/13.\n\nTurning to your third point, the Council has trained 36 flood wardens. The Council does not keep a list\nof which of them are active, so I cannot say how many are available to answer that part of the\nquestion.\n\nGoing back to your second point, our sandbags are supplied by Fenland Sacks Ltd. The price of each is\nwithheld under section 43(2), as disclosing it would be likely to prejudice the supplier's commercial\ninterests.\n\nLastly, 84 homes in the district flooded in 2012/13.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 partially_released s43(2)", "P1.Q3 released", "P1.Q4 released"},
		},
		{
			// A bilingual letter asks each question in Welsh, then in
			// English, numbered alike ("C1." over "Q1."), and answers
			// each in both, the Welsh before " / ", over two lines.
			"questions and answers in Welsh and English",
			"Cyngor Sir Glanmorfa\nGlanmorfa County Council\nEin cyf / Our ref: RhG/FOI 0312/19\nDyddiad / Date: 3 Ebrill 2019 / 3 April 2019\n\nAnnwyl / Dear\n\nDiolch am eich cais. / Thank you for your request.\n\nC1. Faint o oleuadau stryd sydd gan y Cyngor?\nQ1. How many street lights does the Council maintain?\nYmateb / Response: 18,240.\n\nC2. Gwerth y contract cynnal a chadw goleuadau stryd.\nQ2. The value of the street lighting maintenance contract.\nYmateb / Response: Mae'r wybodaeth hon wedi'i heithrio o dan adran 43(2) o'r Ddeddf (buddiannau\nmasnachol). / This information is exempt under section 43(2) of the Act (commercial interests).\n\nC3. Pwy yw'r contractwr?\nQ3. Who is the contractor?\nYmateb / Response: Goleuo Cymru Cyf.\n\nYn gywir / Yours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released"},
		},
		{
			// An e-mail reply refusing the request, which it quotes below
			// ("-----Original Message-----"); its working, after "so:",
			// is no request.
			"a refusal by e-mail with the request quoted below it",
			"From: Freedom of Information <foi@marchvale.police.example>\nSent: 2 May 2023 10:12\nTo: [requester]\nSubject: RE: Freedom of Information Request - Stop and search [Ref: FOI-001882-23]\n\nDear\n\nThank you for your email, logged under the reference above. We are unable to comply with your request.\n\nStop and search records are not linked to complaints, and each of the 2,210 records would have to be read, at about 3 minutes each, so:\n\n    2,210 records x 3 minutes = 110 hours\n\nThe appropriate limit is 18 hours. Section 12(1) of the Freedom of Information Act 2000 therefore applies to the whole of your request.\n\nKind regards\n\nInformation Management Unit\n\n-----Original Message-----\nFrom: [requester]\nSent: 4 April 2023 19:06\nTo: Freedom of Information <foi@marchvale.police.example>\nSubject: Freedom of Information Request - Stop and search\n\nDear March Vale Police,\n\nUnder the Freedom of Information Act I would like to know how many stop and searches your officers carried out in 2022.\n\nI would also like to know how many of those searches led to a complaint.\n\nYours faithfully,\n",
			[]string{"P1.Q1 refused s12(1)", "P1.Q2 refused s12(1)"},
		},
		{
			// A disclosure log's "Request" label under its dates: the
			// line above ends with a date, not with a word of a sentence
			// running on into "Request".
			"a request label under a line of dates",
			"Ardmore Council\nHome » Freedom of information » Disclosure log » 2022\nARD-FOI-2022-0512: Public conveniences\nReceived: 24/05/2022\tResponded: 21/06/2022\nRequest\nHow many public toilets does the council maintain?\nResponse\n14.\nRequest\nWhat did they cost to run in 2021/22?\nResponse\n£212,400.\n",
			[]string{"P1.Q1 released", "P1.Q2 released"},
		},
		{
			// A table without a header or numbers, its rows asking in
			// their first cells, grouped under headings by system.
			"unnumbered rows that ask, grouped under headings",
			"Northfold Community Health NHS Trust\nOur Ref: NCH-FOI-0412\nDate: 4 May 2024\n\nDear\n\nYou asked several questions about the Trust's software. We have grouped them by system.\n\nPatient record\n\nWho is your patient record supplier?\tCorvane Health Ltd.\nWhat is the contract worth?\t£4.1 million over seven years. The annual payments are withheld under section 43(2).\nEnd date of the contract\t31 March 2029.\n\nOffice software\n\nNumber of Microsoft 365 licences\t3,120\nReseller used\tBrightline Licensing Ltd\nVersions in use and the number of unsupported devices\tWithheld under section 24(1).\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 partially_released s43(2)", "P1.Q3 released", "P1.Q4 released", "P1.Q5 released", "P1.Q6 withheld s24(1)"},
		},
		{
			// Answers after a short label of what was asked ("1.
			// Incumbent supplier: Maxwell ..."); the round-robin request's
			// own "1. Incumbent Supplier: the supplier of each contract."
			// stays a question (the letters of the eval set hold it).
			"answers after a short label of what was asked",
			"From: FOI Requests <foi@wexdale.nhs.example>\nSent: 06 February 2025 15:10\nSubject: FOI response WDH-FOI-0530 - telephony contracts\n\nGood afternoon,\n\nPlease find below our response to your Freedom of Information request received on 9 January 2025.\n\nPART 1 - TELEPHONY\n1. Incumbent supplier: Maxwell Unified Communications Ltd\n2. Annual average spend: Exempt under Section 43(2) - commercial interests.\n3. Contract expiry: 30 April 2026\n\nPART 2 - INBOUND NETWORK SERVICES\n1. Incumbent supplier: Daisy Communications Ltd\n2. Contract expiry: The Trust does not hold a separate contract for inbound network services.\n\nRegards,\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released", "P2.Q1 released", "P2.Q2 not_held"},
		},
		{
			// The round-robin request's labels, each with what it asks
			// for, then the answers below: no label's words are an
			// answer.
			"a request's labelled items with what each asks for",
			"Wexcombe Police\nReference: FOI 0211/25\nDate: 3 March 2025\n\nDear\n\nYou asked:\n\n1. Incumbent Supplier: the supplier of each contract.\n2. Contract Expiry: the date on which each contract expires.\n\nResponse\n\n1. Telvanta Ltd.\n2. 31 March 2027.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released"},
		},
		{
			// The same, set in a PDF: the first row's question wraps, so
			// the table starts on the line above the first that asks.
			"unnumbered rows that ask, the first question wrapping",
			"London Borough of Wexley\nDate: 26 May 2022\nReference: FOI 2022-0702\n\nDear Requester,\n\nYour request was received on 28 April 2022. Our response is set out below.\n\nHow many public space CCTV cameras does\t412 cameras, monitored from the council's CCTV\nthe council operate?\tcontrol room.\nWhich company maintains the cameras?\tSentinel Vision Systems Ltd.\nWhat is the annual cost of maintaining the\tThe council does not hold a separate figure for\ncameras?\tmaintenance: the contract covers maintenance and monitoring as a single charge.\n\nYours sincerely,\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 not_held"},
		},
		{
			// Rows numbered "Q1", "Q2" in a first column of their own,
			// with no header row.
			"rows numbered Q1, Q2 in their own column, with no header",
			"Wexdale Hospitals NHS Foundation Trust\nDate: 7 October 2021\nOur Ref: WDH-FOI-1177\n\nDear\n\nPlease see our response below.\n\nQ1\tHow many Microsoft 365 licences\t7,900\ndoes the Trust hold?\nQ2\tWhich reseller do you purchase licences\tBrightwire Licensing Ltd\nthrough?\nQ3\tWhich versions of Windows are in use?\tWithheld under section 31(1)(a).\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s31(1)(a)"},
		},
		{
			// A request that runs its lettered items into a sentence,
			// answered item by item below; a sentence naming "(b)" in
			// passing asks for nothing.
			"lettered items run into a sentence, answered by letter below",
			"Wexdale Police\nReference: FOI 0964/20\nDate: 5 November 2020\n\nDear\n\nYour request reads:\n\n\"Further to FOI 0388/17, please tell me (a) how many fixed ANPR cameras you have now, (b) where\nthey are, (c) who now supplies the ANPR back office, and (d) what you spent on ANPR in 2019/20.\"\n\nOur original response to FOI 0388/17 withheld (b) under section 31(1)(a).\n\nResponse\n\n(a) The force now operates 52 fixed ANPR cameras.\n(b) The locations of ANPR cameras are exempt under Section 31(1)(a) of the Freedom of Information Act.\n(c) Vantix Systems Ltd continue to provide the back office system.\n(d) Expenditure on ANPR in 2019/20 was £198,000.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released", "P1.Q4 released"},
		},
		{
			// A closing sentence that names several questions by place,
			// each clause with its grounds, keys no one answer: each
			// question takes its clause's.
			"grounds for several questions named by place in one sentence",
			"Department for Coastal Towns\nOur reference: FOI2021/17740\nDate: 7 December 2021\n\nDear\n\nYou asked for the number of bids received; the scoring sheets for unsuccessful bids; the submissions made to Ministers about the shortlist; and the names of the officials who sat on the assessment panel.\n\nThe Department received 187 bids.\n\nTo summarise the legal basis: the scoring sheets at your second question are withheld under sections 36(2)(b)(ii) and 43(2); the ministerial submissions at your third question under section 35(1)(a) (formulation or development of government policy); and the names requested in your fourth question under section 40(2).\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s36(2)(b)(ii),s43(2)", "P1.Q3 withheld s35(1)(a)", "P1.Q4 withheld s40(2)"},
		},
		{
			// A request listed in Welsh, then in English, then answered
			// in both: the English list is the questions, and each
			// answer keeps its number when its Welsh half goes.
			"a request listed in Welsh and in English, answered in both",
			"Bwrdd Iechyd Prifysgol Aeron\nAeron University Health Board\nEin cyf / Our ref: AUHB/FOI/0211\nDyddiad / Date: 22 Ionawr 2025 / 22 January 2025\n\nAnnwyl / Dear\n\nGofynnoch am:\n\n1. Nifer y cleifion a dderbyniodd ofal mewn coridorau yn Ysbyty Aeron ym mis Tachwedd 2024.\n2. Yr amser trosglwyddo hiraf ym mis Tachwedd 2024.\n3. Copi o bolisi uwchgyfeirio'r Bwrdd Iechyd.\n\nYou asked for:\n\n1. The number of patients who received care in corridors at Aeron Hospital in November 2024.\n2. The longest handover time in November 2024.\n3. A copy of the Health Board's escalation policy.\n\nYmateb / Response\n\n1. Nid yw'r Bwrdd Iechyd yn cofnodi gofal coridor ar wahân. / The Health Board does not hold this information.\n2. 21 awr 14 munud / 21 hours 14 minutes.\n3. Mae'r polisi ar gael ar ein gwefan. / The policy is available on our website, and section 21 of the Act applies.\n\nYn gywir / Yours sincerely\n",
			[]string{"P1.Q1 not_held", "P1.Q2 released", "P1.Q3 released s21"},
		},
		{
			// Reasons and answers keyed with the part first ("Part B,
			// question 1 – Section 36(2)(b)(ii) ...", "Part A question
			// 1:"), in another order than asked.
			"keys naming the part before the question",
			"University of Wexmouth\nOur ref: UW-FOI-2016-031\nDate: 4 March 2016\n\nDear\n\nYou seek access to the following information:\n\nPart A – research income\n1. The total research income received from defence companies in 2014/15.\n2. The titles of each research project funded by those companies.\n3. The value of each of those contracts.\n\nPart B – research ethics\n1. Minutes of meetings of the Research Ethics Committee at which defence-funded projects were discussed.\n2. How many defence-funded projects has the Committee rejected since 2010?\n\nI have decided that questions 2 and 3 in Part A, and question 1 in Part B, are exempt from disclosure, for the reasons given below.\n\nPart A, questions 2 and 3 – Section 43(2), commercial interests\nProject titles and contract values reveal the University's pricing of research services.\n\nPart B, question 1 – Section 36(2)(b)(ii), prejudice to the effective conduct of public affairs\nThe qualified person has given the opinion that disclosure would inhibit the free and frank exchange of views.\n\nRemaining questions\n\nIn answer to Part B question 2: none (0).\n\nPart A question 1: £1,905,200.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 withheld s43(2)", "P2.Q1 withheld s36(2)(b)(ii)", "P2.Q2 released"},
		},
		{
			// "Part 1, Q8 – 14.": question 8 of part 1 and its figure,
			// not questions 8 to 14.
			"a part's question keyed with a spaced dash before its figure",
			"Harrowby District Council\nReference: HDC-FOI-2023-0127\nDate: 3 May 2023\n\nDear\n\nPart 1 – Customer contact\n\n1. Which organisation provides your contact centre platform?\n2. How many advisers handle customer contacts?\n\nPart 2 – Telephony\n\n1. Who supplies your inbound numbers?\n\nResponse\n\nPart 1, Q1 – Tallis Contact Systems Ltd.\nPart 1, Q2 – 14.\n\nPart 2, Q1 – Kestrel Telecom plc.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P2.Q1 released"},
		},
		{
			// A count given in Welsh, then in English, beside a
			// withholding: the count is released.
			"a count in Welsh and English beside a withholding",
			"Teifi Vale University Health Board\nOur ref: TVUHB/FOI/0451\nDate: 22 January 2025\n\nDear\n\nYou asked for:\n\n1. The number of serious incidents relating to handover delays in 2024, with details of each.\n2. A copy of the escalation policy.\n\nResponse\n\n1. Naw / Nine serious incidents were reported in 2024 in which a handover delay was identified as a contributory factor. We are unable to provide details of each incident. The incidents involve a small number of patients and, even with names removed, details of the dates and ages would be likely to identify them. This information is withheld under section 40(2) of the Freedom of Information Act 2000.\n2. The policy is available on our website, and section 21 of the Act applies.\n\nYours sincerely\n",
			[]string{"P1.Q1 partially_released s40(2)", "P1.Q2 released s21"},
		},
		{
			// Each question and each answer given in Welsh, then in
			// English, labelled alike with a dash ("Cwestiwn 5 –" over
			// "Question 5 –", "Ateb –" over "Answer –"): the Welsh
			// halves go, or each Welsh answer runs on from its question
			// and each Welsh question into the answer above.
			"questions and answers labelled in Welsh over English with dashes",
			`Heddlu Glaslyn	Glaslyn Police
Ein cyf / Our ref: HGL/FOI/2019/0218
Dyddiad / Date: 14/03/2019

Annwyl / Dear

Cwestiwn 1 – Nifer y tystysgrifau a ddiddymwyd yn ystod 2018.
Question 1 – The number of certificates revoked during 2018.

Ateb – 41 (tystysgrifau gwn haels a thystysgrifau drylliau gyda'i
gilydd).
Answer – 41 (shotgun and firearm certificates combined).

Cwestiwn 2 – Beth oedd yr amser cyfartalog i brosesu cais newydd yn 2018?
Question 2 – What was the average time taken to process a new application in 2018?

Ateb – Nid yw'r wybodaeth hon yn cael ei chadw. Nid ydym yn casglu amseroedd prosesu.
Answer – This information is not held. We do not collate processing times.

Cwestiwn 3 – Ble mae drylliau a ildiwyd yn cael eu storio?
Question 3 – Where are surrendered firearms stored pending destruction?

Ateb – Mae'r wybodaeth wedi'i heithrio o dan adran 31(1)(a).
Answer – This information is exempt under section 31(1)(a) (Law Enforcement).
`,
			[]string{"P1.Q1 released", "P1.Q2 not_held", "P1.Q3 withheld s31(1)(a)"},
		},
		{
			// Two lettered items answered together ("(a) and (b)
			// Please see ..."), and a run of them ("(c) to (e)"): each
			// item gets the answer; read as one letter's item, the
			// second would go unanswered.
			"lettered items answered together",
			`Ashwell College
Ref: AC/FOI/2014/11
12 June 2014

Dear

Thank you for your email asking for the following information:

(a) How many staff are employed by the College on zero hours contracts?
(b) Please break this down by curriculum department.
(c) How many lecturers are engaged through teaching agencies?
(d) Which agencies supply them?
(e) What did the College pay those agencies in 2013?
(f) The names of staff dismissed during 2013.

Response

(a) and (b) Please see the attached spreadsheet, which shows the number of staff on zero hours contracts by curriculum department.

(c) to (e) The College does not hold this information; lecturers are engaged directly.

(f) This information is withheld under section 40(2) of the Act.
`,
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 not_held", "P1.Q4 not_held", "P1.Q5 not_held", "P1.Q6 withheld s40(2)"},
		},
		{
			// A request quoted whole under "You asked:" and answered in
			// paragraphs with no label: the quote's close ends the
			// request, whatever the next paragraph opens with ("On the
			// number of adults ...").
			"a quoted prose request answered in unlabelled paragraphs",
			`Glenarden Council
Our reference: FOI/2023/0412
14 June 2023

Dear

You asked:

"Please tell me how many adults the Council currently places in residential
care outside the area, and what the most expensive single placement costs per
week. Separately, how much did the Council spend in 2022/23 on relief workers,
and how much on agency workers?"

On the number of adults placed outside the area: at 31 March 2023 there were
48 adults in residential placements outside Glenarden.

The cost of the most expensive placement is withheld under section 38(1)(b)
of FOISA, as it would identify the individual.

Relief workers are paid through the payroll with contracted staff and their
cost is not recorded separately. In terms of section 17(1) of FOISA the Council
does not hold this information.

Spend on agency workers in 2022/23 was £2,904,118.

Yours sincerely

Information Rights Officer
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld foisa:s38(1)(b)", "P1.Q3 not_held", "P1.Q4 released"},
		},
		{
			// "You asked:" / "Our response:" blocks under headings that
			// name their parts and subjects at length ("Part A – Email
			// and cloud productivity contract"), with no blank lines
			// between (as a producer may leave them): each heading opens
			// a part, and the first "You asked:" under it is a question,
			// not the heading's sentence running on.
			"you asked blocks under long part headings without blank lines",
			`University of Castlemere
Our ref: UC-FOI-2024-311
9 October 2024
Dear Requester
Our response to your request is below.
Part A – Email and cloud productivity contract
You asked:
Who provides the University's email and cloud productivity service?
Our response:
Cirrostream Ltd.
You asked:
What is the value of that contract?
Our response:
Withheld under section 43(2). The contract is being re-procured.
Part B – Virtual Learning Environment contract
You asked:
Who provides the VLE?
Our response:
Oakhaven Learning Ltd.
You asked:
When does it end?
Our response:
31 August 2027.
Yours sincerely
Information Compliance Officer
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P2.Q1 released", "P2.Q2 released"},
		},
		{
			// A prose request answered by letters "(a)" to "(d)", one
			// answer pointing to an attachment ("Please see the attached
			// spreadsheet"): the letters key the answers to the things
			// the prose asks, in order.
			"a prose request answered by letter",
			`Abbeyfield Hospitals NHS Foundation Trust
Our ref: AHFT-FOI-2023-0211
Date: 12/04/2023

Dear Requester

You asked for the following information:

I would like to know which agency received the most money from the Trust during 2022/23, what the top hourly rate paid for an agency nurse has been, and through which framework the Trust buys agency workers. I would also be grateful for the number of agency shifts filled on each ward in 2022/23.

Response

(a) Brookline Medical received £3.02m.

(b) This information is withheld under section 43(2) of the Freedom of Information Act.

(c) Agency workers are procured through the NHS Staffing Collaborative framework.

(d) Please see the attached spreadsheet, which lists the shifts filled on each ward.

Yours sincerely
`,
			[]string{"P1.Q1 released", "P1.Q2 withheld s43(2)", "P1.Q3 released", "P1.Q4 released"},
		},
		{
			// A disclosure log whose request items ask for things, not
			// questions, each answered on the lines beneath it, after
			// the letter says so ("Our responses appear beneath each item
			// of your request"); the public interest section after the
			// last item is no part of its answer.
			"items asking for things, each answered beneath it",
			`Harwick District Council
Disclosure log › EIR-23-0211

Reference	EIR-23-0211
Date responded	30 June 2023

We have handled your request under the Environmental Information Regulations 2004. Our responses appear beneath each item of your request.

A copy of the viability assessment submitted with planning application
22/01544/FUL.
A redacted copy is attached. The build costs have been redacted under regulation 12(5)(e).

The independent review of the viability assessment commissioned by the council.
The review is withheld in full under regulation 12(5)(e).

Minutes or notes of any pre-application meetings.
No minutes or notes of pre-application meetings are held.

The council's guidance to developers on viability.
The guidance is available at www.harwick.gov.uk/spd.

Public interest test (regulation 12(5)(e))

On balance, the public interest favours maintaining the exception for the review and the redacted figures.
`,
			[]string{"P1.Q1 partially_released reg12(5)(e)", "P1.Q2 withheld reg12(5)(e)", "P1.Q3 not_held", "P1.Q4 released"},
		},
		{
			// A "Question | Response" table after a numbered request,
			// its first row keyed to two questions ("1 and 2") and
			// holding a table of figures over the rows under it, whose
			// number cells are empty: the rows answer by number.
			"a response table keyed by number, one row to two questions",
			"Harlow Vale Fire and Rescue Service\nOur ref: HVFRS/FOI/23/077\nDate: 3 May 2023\n\nDear\n\nYou requested the following information:\n\n1. The number of automatic fire alarm calls attended in each of 2021/22 and 2022/23.\n2. How many of those calls were false alarms.\n3. Whether the Service charges for repeated false alarms.\n4. The ten premises with the most false alarms in 2022/23.\n\nOur response to each question is set out in the table below.\n\nQuestion\tResponse\n1 and 2\tYear\tCalls attended\tOf which false alarms\n\t2021/22\t3,412\t3,108\n\t2022/23\t3,657\t3,349\n3\tYes. A charge is made for the third false alarm in twelve months.\n4\tThe names and addresses of the premises are withheld under section 31(1)(a) of the Act.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released", "P1.Q4 withheld s31(1)(a)"},
		},
		{
			// An answer naming the Information Commissioner at the start
			// of a wrapped line ("... the police and the" over
			// "Information Commissioner have all recognised ..."): the
			// sentence runs on, and the complaint-rights boilerplate has
			// not begun, so the requests after it are still read.
			"an answer naming the Commissioner at a line's start",
			"Glan Teifi County Council\nOur Ref: GT/FOI/2211\nDate: 24 August 2017\n\nDear\n\nYour request and our responses are set out below.\n\nRequest 1:\nHow many residential properties had been empty for more than six months?\n\nResponse:\n1,214 properties were recorded as long-term empty.\n\nRequest 2:\nPlease provide a list of all long-term empty properties.\n\nResponse:\nThe addresses are exempt under section 31(1)(a) of the Act: the Council, the police and the\nInformation Commissioner have all recognised that publication of such a list would assist crime.\n\nRequest 3:\nHow many Empty Dwelling Management Orders has the Council made?\n\nResponse:\nNone.\n\nRequest 4:\nPlease provide a copy of the empty homes strategy.\n\nResponse:\nThe strategy is published on our website and is exempt under section 21.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 released", "P1.Q4 released s21"},
		},
		{
			// An answer under its numbered question that points to
			// another answer ("Please see the answer to question 2;
			// ..."): it answers, though it opens with "Please".
			"an answer pointing to another answer under its question",
			"Ashgrove Homes\nOur ref: AH-FOI-0522\n12 May 2022\n\nDear\n\nWe have answered each of your questions below.\n\n1. How many disrepair claims were brought against Ashgrove Homes in 2021/22?\n41 claims.\n\n2. How much was paid in compensation and legal costs on those claims?\n£186,430 in total, of which £98,900 was compensation.\n\n3. How much compensation was paid to tenants who did not bring a claim, for example through\nthe complaints procedure?\nPlease see the answer to question 2; compensation through the complaints procedure is recorded\nagainst the same budget. Of the £98,900, £11,350 was paid without a claim being issued.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 released"},
		},
		{
			// A numbered request quoted whole, its quote closing on the
			// last item ('6. ... fitted?"'), then a paragraph that answers
			// one question in passing by its place in words ("..., which
			// answers your third question") before the keyed answers; a
			// remark on the requester's earlier request gives nothing.
			"a quoted numbered request, one answer given in passing by place",
			"Humbervale Transport Executive\nOur ref: HVT/FOI/2021/14\n4 March 2021\n\nDear\n\nYou asked:\n\n\"1. How many bus shelters does the Executive own?\n2. Which company holds the shelter advertising contract?\n3. Which shelters have CCTV cameras fitted?\"\n\nIt may help if I explain first how the advertising works. The panels are sold under a concession by Streetview Outdoor Media Ltd, which answers your second question.\n\nIn answer to point 1, the Executive owns 2,412 shelters.\n\nLastly, point 3. A small number of shelters have CCTV. The locations are withheld under section 31(1)(a).\n\nYou also mentioned your earlier request HVT/FOI/2020/212; that request was answered on 14 November 2020.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld s31(1)(a)"},
		},
		{
			// A harm and public interest heading in Welsh and English
			// after an answer ("Prawf niwed a budd y cyhoedd / Harm and
			// public interest test"): the argument after it, naming the
			// exemption of another answer, is no part of the answer above.
			"a bilingual harm and public interest heading after an answer",
			"Heddlu Glannau\tGlannau Police\nEin cyf / Our ref: GP/FOI/18/0211\nDyddiad / Date: 3 May 2018\n\nAnnwyl / Dear\n\n1. What was the purchase cost of the force's drones?\nThe unit prices are withheld under section 43(2).\n\n2. Where are the drones stored when not in use?\nThis information is withheld under section 24(1) and section 31(1)(a).\n\nPrawf niwed a budd y cyhoedd / Harm and public interest test\n\nSection 43(2) (Response 1). The supplier negotiated its prices with the force.\n\nSections 24(1) and 31(1)(a) (Response 2). The location of assets would assist those seeking to avoid detection.\n\nYn gywir / Yours sincerely\n",
			[]string{"P1.Q1 withheld s43(2)", "P1.Q2 withheld s24(1),s31(1)(a)"},
		},
		{
			// A decision refusing to confirm or deny for questions 1 to
			// 3 under four provisions, then a key taking one back for
			// question 3 ("section 30(3) is not relied upon ...; the
			// remaining three provisions apply"): the decision stands on
			// the rest.
			"one ground of a decision taken back for one question",
			"Wexbridge Police\nOur ref: 000519/22\nDate: 2 June 2022\n\nDear\n\nYou asked:\n\n1. Has the force used IMSI catchers since 2016?\n2. Who is the supplier of the equipment?\n3. How many officers are trained to operate it?\n\nDecision\nWexbridge Police can neither confirm nor deny that it holds any information relevant to questions 1 to 3 of your request, by virtue of the following exemptions:\n\nSection 23(5) – Information supplied by, or concerning, certain Security Bodies\nSection 24(2) – National Security\nSection 30(3) – Investigations and Proceedings\nSection 31(3) – Law Enforcement\n\nIn respect of question 3, section 30(3) is not relied upon, as the question does not relate to any particular investigation; the remaining three provisions apply.\n\nYours sincerely\n",
			[]string{"P1.Q1 ncnd s23(5),s24(2),s30(3),s31(3)", "P1.Q2 ncnd s23(5),s24(2),s30(3),s31(3)", "P1.Q3 ncnd s23(5),s24(2),s31(3)"},
		},
		{
			// A bulleted request answered by bullets in the same order
			// ("Our response, taking each bullet point in turn:"): each
			// answer bullet answers the question at its place, and a
			// not-held answer among them is that question's alone.
			"a bulleted request answered by bullets in turn",
			"Cambria Fire and Rescue Service\nOur ref: FOI2024/118\n14 October 2024\n\nDear\n\nYou asked for the following:\n\n• the total number of automatic fire alarm calls attended in 2023/24;\n• those calls broken down by type of premises;\n• how many premises the Service charged for false alarm attendances;\n• the ten premises with the highest number of false alarm calls.\n\nOur response, taking each bullet point in turn:\n\n• 2,114 AFA calls.\n\n• Please see the attached spreadsheet.\n\n• The Service does not hold this information. Cost recovery is administered by the Joint Finance Unit.\n\n• The names of the premises are withheld under section 31(1)(a) of the Act.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 not_held", "P1.Q4 withheld s31(1)(a)"},
		},
		{
			// A disclosure-log page whose navigation, above the letter,
			// names "Complaints": the decision below the request, naming
			// "questions 2-4 and 7", still decides them, and their keyed
			// answers ("exempt, see above") take its grounds.
			"a decision below the request on a page whose navigation names complaints",
			"Your council\nDisclosure log\nComplaints\n\nHartmoor Borough Council\n\nReference: 21-0612\nDate of response: 23 October 2021\n\nRequest\n\n1. How many fly-tipping incidents were reported in 2020/21?\n2. How many covert cameras does the Council use?\n3. In which wards are the cameras deployed?\n4. What make of camera is used?\n5. How many prosecutions have there been?\n\nResponse\n\nInformation in respect of questions 2-4 is exempt under section 31(1)(a) of the Freedom of Information Act 2000.\n\nThe answers to the remaining questions are:\n\nQ1. 6,218 incidents.\n\nQuestions 2, 3 and 4 – exempt, see above.\n\nQ5. 0.\n\nIf you are not satisfied with this response you may ask for an internal review.\n",
			[]string{"P1.Q1 released", "P1.Q2 withheld s31(1)(a)", "P1.Q3 withheld s31(1)(a)", "P1.Q4 withheld s31(1)(a)", "P1.Q5 released"},
		},
		{
			// A numbered request, then the body's name over its numbered
			// answers ("NHS Lochmoor response"): the heading ends the
			// request, and the numbers after it answer.
			"the body's name over its numbered answers",
			"NHS Lochmoor\n15 May 2018\n\nDear\n\nFOI/18/0412 – Cyber security incidents\n\nYou asked:\n\n1. How many cyber attacks did the Board suffer in 2017?\n\n2. Does the Board hold a cyber insurance policy?\n\n3. What was the Board's budget for IT security in 2017/18?\n\nNHS Lochmoor response\n\n1. Nil.\n\n2. No.\n\n3. The Board's IT security budget is withheld under section 35(1)(a) of FOISA.\n\nYours sincerely\n",
			[]string{"P1.Q1 released", "P1.Q2 released", "P1.Q3 withheld foisa:s35(1)(a)"},
		},
		{
			// A numbered request, then a decision paragraph that keys
			// one answer in passing ("In relation to question 2, the
			// Board is applying section 18(1) ..."): the last question
			// ends where the paragraph begins, whose decision on
			// questions 1 and 3 is read.
			"a decision paragraph after the request keying one answer in passing",
			"NHS Lochmoor\n18 January 2022\n\nDear\n\nYou requested the following information:\n\n1. How many cyber incidents were reported in 2020 and 2021?\n\n2. Has the Board paid any ransom since 2017?\n\n3. What is the annual budget for cyber security?\n\nHaving considered your request, NHS Lochmoor holds information relevant to questions 1 and 3.\nThe information requested at questions 1 and 3 is exempt from disclosure under section 35(1)(a) of\nFOISA (law enforcement). In relation to question 2, the Board is\napplying section 18(1) of FOISA, read with section 35(1)(a), and neither confirms nor denies whether it\nholds the information.\n\nYours sincerely\n",
			[]string{"P1.Q1 withheld foisa:s35(1)(a)", "P1.Q2 ncnd foisa:s18(1),foisa:s35(1)(a)", "P1.Q3 withheld foisa:s35(1)(a)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			// A wanted "ID stance exemptions" checks the exemptions too.
			withEx := map[string]bool{}
			for _, w := range tt.want {
				if f := strings.Fields(w); len(f) == 3 {
					withEx[f[0]] = true
				}
			}
			for _, q := range r.Questions {
				g := q.ID + " " + string(q.Stance.Kind)
				if withEx[q.ID] {
					g += " " + strings.Join(q.Stance.Exemptions, ",")
				}
				got = append(got, g)
			}
			if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("got  %s\nwant %s", strings.Join(got, ", "), strings.Join(tt.want, ", "))
			}
		})
	}
}

// TestRunInItems: a list run into a paragraph becomes one line an item;
// items named in a sentence about them stay where they are.
func TestRunInItems(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`"1. How much was spent? 2. How many households? 3. The names of the providers."`,
			[]string{`"1. How much was spent?`, `2. How many households?`, `3. The names of the providers."`}},
		{"You asked (1) how many plots the Council lets, (2) how many people are waiting, and (3) the names of the tenants.",
			[]string{"You asked", "(1) how many plots the Council lets,", "(2) how many people are waiting, and", "(3) the names of the tenants."}},
		{"(1) the number of cameras; (2) whether any are made by Hikvision; (3) how many requests the Council received.",
			[]string{"(1) the number of cameras", "(2) whether any are made by Hikvision", "(3) how many requests the Council received."}},
		{"The Agency released the figures for (1) and (4), and withheld (2) under section 40(2) insofar as the stations are sole traders, and (3) under section 31(1)(a) and (g).", nil},
		{"We hold 1. The rest: 2. None 3. Some", nil},
		// Items keyed by a label and a comma in a quoted request.
		{`"Could you please tell me the following for 2023/24. Point 1, how many alarm calls you attended. Point 2, how many of those were false alarms. Point 3, the average time taken to arrive."`,
			[]string{`"Could you please tell me the following for 2023/24.`, "Point 1: how many alarm calls you attended.", "Point 2: how many of those were false alarms.", `Point 3: the average time taken to arrive."`}},
		{"Questions 1. and 2. are answered below.", nil},
		{`"(1) Copies of every email that mentions my complaint; and (2) a list of the staff who read it."`,
			[]string{`"(1) Copies of every email that mentions my complaint; and`, `(2) a list of the staff who read it."`}},
		{"(1) Copies of the emails, and (2) a list of the staff.", nil},
		{"We applied section 40(2) to part (1); and (2) is answered below.", nil},
		// Quotation marks a PDF's font maps to other characters.
		{"<(1) How many vouchers were issued? (2) What was the total value? (3) Copies of the submissions.=",
			[]string{"<", "(1) How many vouchers were issued?", "(2) What was the total value?", "(3) Copies of the submissions.="}},
	}
	for _, tt := range tests {
		got := runInItems(tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("runInItems(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestRunInSubjects: things named by bracketed numbers in a sentence
// before the request set out line by line are its subjects, not its
// questions; alone, they are the request.
func TestRunInSubjects(t *testing.T) {
	para := "Please provide the following for (1) the library management system, (2) the parking enforcement contract and (3) the highway maintenance contract."
	list := []string{"", "Part 1 - Library management system", "1. Who is the current supplier?", "2. When does the contract expire?"}
	if got := splitRunInItems(append([]string{para}, list...)); got[0] != para {
		t.Errorf("subjects before a list were split: %q", got)
	}
	if got := splitRunInItems([]string{para, "", "Our response", "1. Civica.", "2. Parkwise."}); len(got) != 8 {
		t.Errorf("a run-in request before its answers was not split: %q", got)
	}
}

// TestOrdinalItems: a request restated with its items counted in words
// becomes one line an item; an argument counted the same way stays prose.
func TestOrdinalItems(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"You asked three things: firstly, the cost of the office; secondly, how many people work there; and thirdly, a copy of the diary.",
			[]string{"You asked three things:", "(1) the cost of the office", "(2) how many people work there", "(3) a copy of the diary."}},
		{"Your request sought, first, the number of drones; second, their supplier; third, the cost; and finally, the training given.",
			[]string{"Your request sought,", "(1) the number of drones", "(2) their supplier", "(3) the cost", "(4) the training given."}},
		// Two items are not a list the parser can trust.
		{"You asked, firstly, for the cost and, secondly, for the supplier.", nil},
		// Counted reasons in an answer are not questions.
		{"Disclosure would harm the Trust: firstly, prices would rise; secondly, suppliers would withdraw; thirdly, patients would wait longer.", nil},
		// Out of order.
		{"You asked: firstly, the cost; thirdly, the supplier; secondly, the term.", nil},
	}
	for _, tt := range tests {
		got := ordinalItems(tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("ordinalItems(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestProseAsks: a request written as prose is its sentences that ask,
// each split where it goes on to ask another thing.
func TestProseAsks(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`"Could you tell me how many pupils were permanently excluded in 2023/24, and how many suspensions there were in the same year? I would also like to know whether any of your schools use isolation booths, and if they do, how many booths each school has. Finally, how much did the Trust spend on alternative provision, and which providers did it use?"`,
			[]string{"Could you tell me how many pupils were permanently excluded in 2023/24", "how many suspensions there were in the same year?",
				"I would also like to know whether any of your schools use isolation booths", "how many booths each school has.",
				"Finally, how much did the Trust spend on alternative provision", "which providers did it use?"}},
		// Who was paid, after how much, is another answer; "and if so I
		// would like a copy" and ", together with the minutes of" ask
		// for other things; "and if so how many?" is the same ask.
		{`I would like to know how much the University has paid to consultants for the relocation, and who those consultants were. I also want to know whether the Council was given a risk assessment, and if so I would like a copy of that risk assessment, together with the minutes of the meeting at which it was discussed. Could you also tell me whether any drivers have been removed from the framework, and if so how many?`,
			[]string{"I would like to know how much the University has paid to consultants for the relocation", "who those consultants were.",
				"I also want to know whether the Council was given a risk assessment", "I would like a copy of that risk assessment", "the minutes of the meeting at which it was discussed.",
				"Could you also tell me whether any drivers have been removed from the framework, and if so how many?"}},
		// An aside in brackets that asks ("(if so, who)") is part of
		// its ask.
		{`Could you tell me the total the council spent on agency workers in 2019/20, and whether those workers are sourced through a single managed service provider (if so, who)? It would also help to know how many posts were vacant on 31 March 2021.`,
			[]string{"Could you tell me the total the council spent on agency workers in 2019/20", "whether those workers are sourced through a single managed service provider (if so, who)?", "It would also help to know how many posts were vacant on 31 March 2021."}},
		// What the requester says of the thing asked for ("which you
		// understand to be ...") is part of that ask, not another.
		{`You also wanted to know the name of the account manager responsible for the portfolio, and the valuation of the Corn Exchange, which you understand to be £3.2 million.`,
			[]string{"You also wanted to know the name of the account manager responsible for the portfolio", "the valuation of the Corn Exchange, which you understand to be £3.2 million"}},
		// A detail of an ask by a question word and "that" is the same
		// ask; a thing asked for after ", and for" is another.
		{`You wanted to know which station had the longest single turnout delay and how long that delay lasted, how many appliances were off the run in 2024, and for copies of any reviews of those delays.`,
			[]string{"You wanted to know which station had the longest single turnout delay and how long that delay lasted", "how many appliances were off the run in 2024", "for copies of any reviews of those delays"}},
		// A list run on with semicolons, its last item ending with one.
		{`the number of reports received in each ward; the number of fixed penalty notices issued; the locations of any cameras deployed to tackle fly-tipping;`,
			[]string{"the number of reports received in each ward", "the number of fixed penalty notices issued", "the locations of any cameras deployed to tackle fly-tipping"}},
		// Asks run on with commas, one opening "what".
		{`Could you tell me how many prosecutions resulted, what the total clean-up cost was, and which wards had the most incidents?`,
			[]string{"Could you tell me how many prosecutions resulted", "what the total clean-up cost was", "which wards had the most incidents?"}},
		// Reported in the letter's words, run on with commas.
		{`how many times our ambulances were held outside hospitals for more than an hour during 2024, which hospital had the longest single delay, and the total number of ambulance hours lost to handover delays over the year.`,
			[]string{"how many times our ambulances were held outside hospitals for more than an hour during 2024", "which hospital had the longest single delay", "the total number of ambulance hours lost to handover delays over the year."}},
		// A list run on with semicolons.
		{"how many agents the University has contracts with; the total commission paid to those agents; the commission paid to each agent; and the names of the staff in the compliance team.",
			[]string{"how many agents the University has contracts with", "the total commission paid to those agents", "the commission paid to each agent", "the names of the staff in the compliance team."}},
		{"the number of cameras; their cost; and nothing else", nil},
		// One thing asked, with its reasons: one question.
		{"I am researching school exclusions. Please tell me how many pupils were excluded in 2023/24.", nil},
		// "and" joining two things asked about in one question.
		{"How many cameras and drones does the force own?", nil},
		// A further "how many" joined by "and" with no comma; "the
		// average time" asked for after "Could you also tell me".
		{"I would like to know how many appeals were lodged in 2023 and how many of those appeals were upheld. Could you also tell me the average time taken to reach a decision?",
			[]string{"I would like to know how many appeals were lodged in 2023", "how many of those appeals were upheld.", "Could you also tell me the average time taken to reach a decision?"}},
		// Asks run on with commas alone, "and who", "and whether".
		{"I would like to know what the council charges for an allotment plot, how many people are on the waiting list and who they are, how much the council gave to the hall in 2023-24, and whether I can see the minutes.",
			[]string{"I would like to know what the council charges for an allotment plot", "how many people are on the waiting list", "who they are",
				"how much the council gave to the hall in 2023-24", "whether I can see the minutes."}},
		// ", when ..." asks again; "Specifically I would like to know"
		// leads in to what the sentence asks.
		{`I am researching contact centre technology. Specifically I would like to know which company provides your software, when that agreement comes to an end, how many advisers use it day to day, and who I should speak to about it?`,
			[]string{"Specifically I would like to know which company provides your software", "when that agreement comes to an end", "how many advisers use it day to day", "who I should speak to about it?"}},
		// A relative clause after words that ask nothing is no ask.
		{`Thank you for your email, which the Council received on 3rd March 2025. You wanted to know what salary the Town Clerk is paid, how much the Council spent on the lights in 2024, and how many complaints the Council has received.`,
			[]string{"You wanted to know what salary the Town Clerk is paid", "how much the Council spent on the lights in 2024", "how many complaints the Council has received."}},
		// ", who ..." and ", and could I have ..." ask again.
		{"Could you tell me how much the council spent on the lights, who supplied them, and could I have a copy of the risk assessment?",
			[]string{"Could you tell me how much the council spent on the lights", "who supplied them", "could I have a copy of the risk assessment?"}},
		// A count, then money for the things counted: two asks, though
		// the second names the first's things; ", and give me ..." asks
		// again.
		{"I would like to know how many penalty charge notices the council issued in 2015, and how much income those notices generated. Could you also tell me whether the council sets any targets for its officers, and give me the names of the three officers who issued the most tickets?",
			[]string{"I would like to know how many penalty charge notices the council issued in 2015", "how much income those notices generated.",
				"Could you also tell me whether the council sets any targets for its officers", "give me the names of the three officers who issued the most tickets?"}},
		// A list run on with semicolons whose items ask two things
		// each; the sentence naming the request's subject asks nothing.
		{"information about staff contracts and about the Principal's expenses. You asked how many of the College's lecturing staff are employed on zero-hours contracts and how many are on fixed-term contracts; what the Principal's overseas travel cost the College in 2016-17, and for copies of the Principal's travel expense claims for that year; for the minutes of the Remuneration Committee meetings held during 2016-17; and how many formal complaints have been made about the Principal.",
			[]string{"You asked how many of the College's lecturing staff are employed on zero-hours contracts", "how many are on fixed-term contracts",
				"what the Principal's overseas travel cost the College in 2016-17", "for copies of the Principal's travel expense claims for that year",
				"for the minutes of the Remuneration Committee meetings held during 2016-17", "how many formal complaints have been made about the Principal."}},
		// "and what they are paid" asks again; "is that correct?" asks
		// to confirm the sentence before it, which it joins.
		{"Could you also tell me how many inspectors you employ and what they are paid? Finally, I have heard locally that the Agency has been looking into the Morwenna Rose for landing more than its quota; is that correct?",
			[]string{"Could you also tell me how many inspectors you employ", "what they are paid?",
				"Finally, I have heard locally that the Agency has been looking into the Morwenna Rose for landing more than its quota; is that correct?"}},
		// "Separately," leads in to an ask; "what each is paid" is a
		// detail of the providers just asked for; "how much on agency
		// workers?" borrows the verb of the ask before it.
		{"Please tell me how many adults the Council places in residential care outside the area, and what the most expensive single placement costs per week. I would also like the names of the providers and what each is paid. Separately, how much did the Council spend in 2023/24 on relief or sessional workers, and how much on agency workers?",
			[]string{"Please tell me how many adults the Council places in residential care outside the area", "what the most expensive single placement costs per week.",
				"I would also like the names of the providers and what each is paid.", "Separately, how much did the Council spend in 2023/24 on relief or sessional workers",
				"how much did the Council spend in 2023/24 on agency workers?"}},
		// ", and through which framework ..." and ", and to know
		// whether ..." ask again; "and, if so, with which company" asks
		// on with its ask.
		{"I would like to know which five agencies received the most money from the Trust during 2021/22 and how much each was paid, what the top hourly rate paid for an agency nurse has been, and through which framework the Trust buys agency workers. I would also be grateful for the number of agency nursing shifts filled on each ward in 2021/22, and to know whether the Trust uses a master vendor or neutral vendor arrangement and, if so, with which company.",
			[]string{"I would like to know which five agencies received the most money from the Trust during 2021/22 and how much each was paid", "what the top hourly rate paid for an agency nurse has been",
				"through which framework the Trust buys agency workers.", "I would also be grateful for the number of agency nursing shifts filled on each ward in 2021/22",
				"to know whether the Trust uses a master vendor or neutral vendor arrangement and, if so, with which company."}},
		// "... and tell me what fees ..." asks again, without a comma.
		{"Could you also send me the names of the companies that were granted licences and tell me what fees the Agency charged for them? Were any licences granted for dredging off Hollow Point?",
			[]string{"Could you also send me the names of the companies that were granted licences", "tell me what fees the Agency charged for them?", "Were any licences granted for dredging off Hollow Point?"}},
		// ", and for each investigation what the outcome was" asks
		// again, what of each thing counted.
		{"I would like to know how many officers were investigated for misconduct in 2022, and for each investigation what the outcome was. I would also like to know whether any officer was dismissed.",
			[]string{"I would like to know how many officers were investigated for misconduct in 2022", "for each investigation what the outcome was.", "I would also like to know whether any officer was dismissed."}},
		// ", and any record the council holds of ..." asks again.
		{"I would also like to see the prices paid to each taxi operator under the current contracts, and any record the council holds of complaints from parents about the Llanfair route since September 2018. Finally can you tell me how many drivers had their authorisation suspended?",
			[]string{"I would also like to see the prices paid to each taxi operator under the current contracts", "any record the council holds of complaints from parents about the Llanfair route since September 2018.", "Finally can you tell me how many drivers had their authorisation suspended?"}},
		// A document asked to be seen; a name after ", and".
		{"I'd also like to see the contract you have with whoever cleans them, and the name of the contractor's area manager.",
			[]string{"I'd also like to see the contract you have with whoever cleans them", "the name of the contractor's area manager."}},
	}
	for _, tt := range tests {
		got := proseAsks(tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("proseAsks(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestCommaItems: a request reported as a list run on with commas.
func TestCommaItems(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"the running hours of the pumping station during 2023, what the Board spent on electricity, any flood risk modelling for the area, and the number of pollution incidents reported last year.",
			[]string{"the running hours of the pumping station during 2023", "what the Board spent on electricity", "any flood risk modelling for the area", "the number of pollution incidents reported last year"}},
		// Commas inside an item do not split it.
		{"the cost of the scheme, including fees, and the name of the contractor", nil},
		{"information about drains, ditches and culverts", nil},
	}
	for _, tt := range tests {
		got := commaItems(tt.text)
		if len(got) < 3 {
			got = nil
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("commaItems(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestPointerOverKeyedAnswers: a sentence pointing to the answers below
// is none of them when each is keyed on its own.
func TestPointerOverKeyedAnswers(t *testing.T) {
	text := `Brackenshire County Council
Our ref: FOI 22/0133
Date: 15 February 2022

Dear

1. Total expenditure on agency social workers for 2020/21.
2. The number of agency social workers as at 31 March 2021.
3. The maximum hourly rate paid to an agency.

Question 3 is withheld under section 43(2).

The response to questions 1 and 2 is provided below.

Question 1 – 2020/21: £4,835,412

Question 2 – 57 (as at 31 March 2021).

Yours sincerely
`
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range r.Questions {
		if strings.Contains(q.Answer, "provided below") {
			t.Errorf("%s: answer %q holds the pointer", q.ID, q.Answer)
		}
	}
	if len(r.Questions) != 3 || r.Questions[0].Answer != "2020/21: £4,835,412" {
		t.Errorf("questions %+v", r.Questions)
	}
}

// TestNotAnswering: the wordings that say answers are not given.
func TestNotAnswering(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"I am therefore not providing answers to questions 1, 3 or 4.", true},
		{"We are therefore not providing a response to questions 1, 2, 4 or 5 either.", true},
		{"No answers are given to the remaining questions.", true},
		{"This means we are not providing the information requested in any of questions 1 to 5.", true},
		{"We are providing a response to questions 1 and 2 below.", false},
	} {
		if got := reNotAnswering.MatchString(tc.s); got != tc.want {
			t.Errorf("reNotAnswering(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestContentStems: an answer's words meet the question's in another
// form ("The supplier was ..." answers "who supplied it").
func TestContentStems(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"who supplied and installed it", "The supplier carried out the installation", true},
		{"How many exclusions were there?", "There were 12 exclusions", true},
		{"How many drones?", "The camera budget", false},
	} {
		a, b := contentStems(tc.a), contentStems(tc.b)
		shared := false
		for w := range a {
			shared = shared || b[w]
		}
		if shared != tc.same {
			t.Errorf("%q and %q share a word: %v (%v, %v), want %v", tc.a, tc.b, shared, a, b, tc.same)
		}
	}
}

// TestLazyNumbers: a list whose items are all written "1." is numbered in
// order; a lone "1." and items split by a paragraph are left alone.
func TestLazyNumbers(t *testing.T) {
	in := []string{"You asked:", "", "1. How many incidents?", "", "1. How many notices were", "issued?", "", "1. How many prosecutions?", "", "Response", "", "1. Our reply."}
	want := []string{"You asked:", "", "1. How many incidents?", "", "2. How many notices were", "issued?", "", "3. How many prosecutions?", "", "Response", "", "1. Our reply."}
	if got := lazyNumbers(in); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, in := range [][]string{
		{"1. How many?", "", "2. Who?"},
		{"1. How many?", "", "We hold this.", "", "1. Another list."},
	} {
		if got := lazyNumbers(in); strings.Join(got, "|") != strings.Join(in, "|") {
			t.Errorf("got %q, want it unchanged", got)
		}
	}
}

// TestProseLetteredRefs: a request lettered (a) to (c), answered in prose
// paragraphs that name their items ("Taking item (c) first", "Turning to
// (b)"), each paragraph answering the item it names, whatever words it
// shares with another.
func TestProseLetteredRefs(t *testing.T) {
	text := "Pendleford Borough Council\nOur Ref: FOI/PBC/24/00987\n10 December 2024\n\nDear\n\nYou asked:\n\n" +
		" (a) the Chief Executive's hospitality register for 2024;\n (b) the five highest expense claims made by councillors in 2023/24;\n (c) the annual cost of the Chief Executive's car.\n\n" +
		"It may help if I deal first with the items that are straightforward.\n\n" +
		"Taking item (a) first, the Chief Executive's hospitality register for 2024 is attached.\n\n" +
		"The Chief Executive does not have a lease car, and has not had one since 2016. The council holds no information relevant to item (c).\n\n" +
		"Turning to (b), the five highest claims in 2023/24 totalled £4,504.75 and are listed in the annex.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]StanceKind{"P1.Q1": Released, "P1.Q2": Released, "P1.Q3": NotHeld}
	for _, q := range r.Questions {
		if q.Stance.Kind != want[q.ID] {
			t.Errorf("%s: %s (%q), want %s", q.ID, q.Stance.Kind, q.Answer, want[q.ID])
		}
		if q.ID == "P1.Q1" && strings.Contains(q.Answer, "lease car") {
			t.Errorf("P1.Q1's answer takes in item (c)'s: %q", q.Answer)
		}
	}
}

// TestBodysResponseLabel: "Council's response:" after a question that
// wraps over two lines opens its answer, as it does after a question of
// one line; the answer is not read as the question going on.
func TestBodysResponseLabel(t *testing.T) {
	text := "Brackenfold District Council\nOur ref: EIR 3381\nDate: 27th March 2025\n\nDear\n\n" +
		"1. How many planning enforcement complaints did the Council receive in 2024?\nCouncil's response: 214 complaints were logged in 2024.\n\n" +
		"2. Please provide all internal emails between planning officers in 2024 discussing the proposed\nallocation of land at Mill Lane for housing.\n" +
		"Council's response: The Council holds emails within the scope of this question. These are withheld under\nregulation 12(4)(e) (internal communications).\n\nYours faithfully\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 2 {
		t.Fatalf("%d questions, want 2", len(r.Questions))
	}
	q := r.Questions[1]
	if q.Stance.Kind != Withheld || strings.Contains(q.Text, "response") {
		t.Errorf("P1.Q2: %s, text %q, want withheld and the question alone", q.Stance.Kind, q.Text)
	}
}

// TestSubItemAnswers: a question of lettered sub-items, then its answer
// on the next line keyed the same way ("(a) 28 June 2022. (b) ..."): the
// letters starting again open the answer.
func TestSubItemAnswers(t *testing.T) {
	text := "Data Wales Agency\nReference: DWA-FOI-2025-019\nDate: 10 March 2025\n\nDear Requester,\n\nYou asked:\n\n" +
		"Part A – Census outputs\n\nA1. How many statistical releases did the Agency publish in 2024?\n47 releases.\n\n" +
		"A2. For the 2021 population estimates, please tell me:\n  (a) the date the estimates were first published; and\n  (b) the number of times they have been revised since.\n" +
		"(a) 28 June 2022. (b) They have been revised twice.\n\nA3. Please provide the revisions policy.\nIt is published on our website, and so exempt under section 21.\n\n" +
		"Part B – Staffing\n\nB1. How many staff did the Agency employ on 31 December 2024?\n218 staff.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 4 {
		t.Fatalf("%d questions, want 4", len(r.Questions))
	}
	q := r.Questions[1]
	if q.Stance.Kind != Released || !strings.HasPrefix(q.Answer, "(a) 28 June 2022") || strings.Contains(q.Text, "2022") {
		t.Errorf("P1.Q2: %s, question %q, answer %q; want released, the answer keyed (a), (b)", q.Stance.Kind, q.Text, q.Answer)
	}
}

// TestQuestionsPeriodIsNoFigure: an answer that says the body cannot tell
// whether reports were resolved "within 28 days", the question's own
// period, gives no figure: nothing is held.
func TestQuestionsPeriodIsNoFigure(t *testing.T) {
	text := "Calder Homes Limited\nOur ref: CH/IG/0093\n20 March 2025\n\nDear Requester\n\nYou asked:\n\n" +
		"1. How many reports of damp and mould did you receive in 2024?\n2. How many of those were fully resolved within 28 days?\n\n" +
		"Response\n\n1. We received 1,206 reports in 2024.\n\n" +
		"2. On how many of these were resolved within 28 days: we are not able to answer this. The system does not record when the problem was resolved, so we do not hold information that would show whether a report was resolved within 28 days.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 2 || r.Questions[1].Stance.Kind != NotHeld {
		t.Fatalf("questions %+v, want P1.Q2 not held", r.Questions)
	}
}

// TestQuotedLetteredRequest: a request quoted in full, its first item
// opening with the quotation mark ("\"(a) How much ..."), keeps all its
// lettered items, (a) included, against the response's numbered
// paragraphs.
func TestQuotedLetteredRequest(t *testing.T) {
	text := "Department for Digital Public Services\nOur ref: FOI2025/04471\n25 March 2025\n\nDear Requester,\n\n" +
		"Thank you for your request of 25 February 2025, in which you asked:\n\n" +
		"\"(a) How much has the Department spent on the GovPass app to date?\n" +
		"(b) Please list every supplier that has worked on GovPass and the value of each contract.\n" +
		"(c) Please provide copies of ministerial submissions about GovPass made in 2024.\n" +
		"(d) How many people have registered to use GovPass?\"\n\n" +
		"We have handled your request under the Freedom of Information Act 2000. I can confirm that the Department holds information within the scope of your request. My response to each part follows.\n\n" +
		"1. Spend to date (a). Total spend was £12.7 million.\n\n2. Suppliers (b). The suppliers are Lanternfield Digital Ltd and Osprey Identity Services.\n\n" +
		"3. Ministerial submissions (c). This information is withheld under section 35(1)(a).\n\n4. Registrations (d). The number is published, and so exempt under section 21.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 4 || !strings.HasPrefix(r.Questions[0].Text, "How much has the Department spent") {
		t.Fatalf("questions %+v, want (a) to (d)", r.Questions)
	}
}

// TestJoinWrappedNumbers: a question's number, or a range of them, that a
// line break carried to the next line goes back to the sentence naming
// it; an item under a line that ends otherwise stays an item.
func TestJoinWrappedNumbers(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"I am citing section 31(1)(a) to question", "2."}, []string{"I am citing section 31(1)(a) to question 2.", ""}},
		{[]string{"exemptions to questions 1, 3 and 4 in part 1 of your request and to questions", "1 – 3 in part 2 of your request. This letter serves as a refusal."},
			[]string{"exemptions to questions 1, 3 and 4 in part 1 of your request and to questions 1 – 3 in part 2 of your request. This letter serves as a refusal."}},
		{[]string{"The exemption applies to question", "3 in part 2 only and to", "nothing else."}, []string{"The exemption applies to question 3 in part 2 only and to", "nothing else."}},
		// A list under a line ending "questions" without a colon: items.
		{[]string{"Please answer the following questions", "1. How many cameras are there?"}, []string{"Please answer the following questions", "1. How many cameras are there?"}},
		// A range under a line ending "and": no question word before it.
		{[]string{"We hold figures for 2022 and", "1 – 3 of the categories."}, []string{"We hold figures for 2022 and", "1 – 3 of the categories."}},
	}
	for _, tt := range tests {
		if got := joinWrappedNumbers(slices.Clone(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("joinWrappedNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPreciseRefusalGrounds: a question refused under a bare section takes
// the one subsection of it the letter's other refusals name; two
// subsections named, or none, leave it as it is.
func TestPreciseRefusalGrounds(t *testing.T) {
	refused := func(ex ...string) Question { return Question{Stance: Stance{Kind: Refused, Exemptions: ex}} }
	tests := []struct {
		in   []Question
		more []string // the grounds of the letter's refusal of the request as a whole
		want [][]string
	}{
		{[]Question{refused("s12"), refused("s12(1)")}, nil, [][]string{{"s12(1)"}, {"s12(1)"}}},
		{[]Question{refused("s12"), refused("s12(1)"), refused("s12(2)")}, nil, [][]string{{"s12"}, {"s12(1)"}, {"s12(2)"}}},
		{[]Question{refused("s14"), refused("s12(1)")}, nil, [][]string{{"s14"}, {"s12(1)"}}},
		// A withholding's subsection is no refusal's.
		{[]Question{refused("s12"), {Stance: Stance{Kind: Withheld, Exemptions: []string{"s12(1)"}}}}, nil, [][]string{{"s12"}, {"s12(1)"}}},
		// "The University is therefore relying on section 12(1)" for the
		// request as a whole, "section 12 applies" at every question.
		{[]Question{refused("s12"), refused("s12")}, []string{"s12(1)"}, [][]string{{"s12(1)"}, {"s12(1)"}}},
	}
	for _, tt := range tests {
		preciseRefusalGrounds(tt.in, tt.more)
		for i, q := range tt.in {
			if !slices.Equal(q.Stance.Exemptions, tt.want[i]) {
				t.Errorf("question %d: %v, want %v", i, q.Stance.Exemptions, tt.want[i])
			}
		}
	}
}

// TestSaidYouWouldLikeToKnow: "In your email you said you would like to
// know how much ..., whether ... and what ..." reports the request, each
// ask a question.
func TestSaidYouWouldLikeToKnow(t *testing.T) {
	text := "LITTLE HADLEY TOWN COUNCIL\nRef: LHTC 07/2025\n3rd March 2025\n\nDear Sir\n\n" +
		"In your email you said you would like to know how much the Council spent on the Christmas lights last year, whether the Council has any plans to replace the railings around the war memorial, and what the Clerk is paid.\n\n" +
		"The Christmas lights cost the Council £8,420 in 2024.\n\nAs for the war memorial, the Council resolved on 14th January 2025 to replace the railings.\n\n" +
		"On the Clerk's pay, the post is paid at salary band LC2. I am not able to give you the Clerk's exact salary; the Council is withholding it under section 40(2) of the Act.\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 3 {
		t.Fatalf("%d questions, want 3: %+v", len(r.Questions), r.Questions)
	}
	if q := r.Questions[2]; q.Stance.Kind != PartiallyReleased {
		t.Errorf("P1.Q3: %s, want partially released", q.Stance.Kind)
	}
}

// TestPartRomanKeys: items numbered (i) to (v), answered under "Part
// (i):", "Part (ii):" after a "University response" heading: each answer
// keys its item, and the heading is no part of the last question.
func TestPartRomanKeys(t *testing.T) {
	text := "University of Wexley\nFOI/24/211\n7 January 2025\n\nYou asked for:\n\n" +
		"(i) The number of settlement agreements with staff in each year since 2020/21.\n\n(ii) The total value of those agreements in each year.\n\n" +
		"(iii) The departments of the staff concerned.\n\n(iv) The amount paid to the former Head of the School of Engineering.\n\n(v) The University's policy on settlement agreements.\n\n" +
		"University response\n\n" +
		"Part (i): the number of agreements in each year is shown in the table below: 2020/21 4; 2021/22 7.\n\n" +
		"Part (ii): the total value is shown in the table. Where fewer than five agreements were made in a year the value has been redacted, as it could identify the individuals; these values are withheld under section 40(2).\n\n" +
		"Part (iii): the University holds this information but is withholding it under section 40(2).\n\n" +
		"Part (iv): the University will neither confirm nor deny whether it holds this information; section 40(5B)(a)(i) applies.\n\n" +
		"Part (v): our policy is available on our website (www.wexley.ac.uk/governance) and is therefore exempt under section 21.\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		kind StanceKind
		ex   string
	}{{Released, ""}, {PartiallyReleased, "s40(2)"}, {Withheld, "s40(2)"}, {NCND, "s40(5B)(a)(i)"}, {Released, "s21"}}
	if len(r.Questions) != len(want) {
		t.Fatalf("%d questions, want %d: %+v", len(r.Questions), len(want), r.Questions)
	}
	for i, w := range want {
		q := r.Questions[i]
		if q.Stance.Kind != w.kind || strings.Join(q.Stance.Exemptions, ",") != w.ex {
			t.Errorf("%s: %s %v, want %s %s (answer %q)", q.ID, q.Stance.Kind, q.Stance.Exemptions, w.kind, w.ex, q.Answer)
		}
	}
	if last := r.Questions[4].Text; strings.Contains(last, "response") {
		t.Errorf("P1.Q5's text %q holds the heading over the answers", last)
	}
}

// TestRestatedBulletHeadings: a request of bullets, each said again as
// the heading of its answer; an answer that names nothing of its
// question ("The Board does not hold this information; regulation
// 12(4)(a) applies.") and a table are the answers under their headings,
// and a heading is no answer of another question that shares its words.
func TestRestatedBulletHeadings(t *testing.T) {
	text := "Tamsworth and Lyle Joint Waste Disposal Board\nEIR 2024-77\n21 August 2024\n\nUnder the Environmental Information Regulations, please provide:\n\n" +
		"• the gate fee per tonne paid to the EfW operator\n• the tonnage delivered by each constituent council\n• the total paid to the EfW operator in 2023/24, with a monthly breakdown\n• the tonnage of fly-tipped waste collected in Lyle in 2023/24\n\n" +
		"RESPONSE\n\nThe Board holds information within the scope of your request. Our response to each item is below.\n\n" +
		"The gate fee per tonne paid to the EfW operator\n\nThe gate fee is withheld under regulation 12(5)(e) of the EIR.\n\n" +
		"The tonnage delivered by each constituent council\n\nConstituent council\tTonnes 2023/24\nTamsworth Borough Council\t81,440\nLyle District Council\t67,462\n\n" +
		"The total paid to the EfW operator in 2023/24, with a monthly breakdown\n\nThe total paid in 2023/24 was £17,906,214. The monthly breakdown is withheld under regulation 12(5)(e).\n\n" +
		"The tonnage of fly-tipped waste collected in Lyle in 2023/24\n\nThe Board does not hold this information; regulation 12(4)(a) applies. Fly-tipped waste is collected by Lyle District Council, and you may wish to ask the District Council directly.\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []StanceKind{Withheld, Released, PartiallyReleased, NotHeld}
	if len(r.Questions) != len(want) {
		t.Fatalf("%d questions, want %d", len(r.Questions), len(want))
	}
	for i, w := range want {
		if q := r.Questions[i]; q.Stance.Kind != w || strings.Contains(q.Answer, "EfW operator") {
			t.Errorf("%s: %s, answer %q; want %s and no heading in the answer", q.ID, q.Stance.Kind, q.Answer, w)
		}
	}
	if a := r.Questions[1].Answer; !strings.Contains(a, "81,440") {
		t.Errorf("P1.Q2's answer %q lacks the table", a)
	}
}

// TestReviewUpholdsWithMore: a review that upholds the original ground
// and names another beside it keeps both; one that sets a ground aside
// keeps only what it upholds.
func TestReviewUpholdsWithMore(t *testing.T) {
	text := "NHS Blackwater Vale Integrated Care Board\nInternal review reference: BVICB-IR-0061\n21st January 2025\n\nDear Requester,\n\nMy findings are set out against each of your original questions below.\n\n" +
		"1. Copies of the minutes of the IFR panel meetings held in 2023/24.\n\nOriginal response: withheld under section 36(2)(b)(ii).\n\n" +
		"Review outcome: Upheld. The qualified person's opinion remains that disclosure would be likely to inhibit the free and frank exchange of views, and the minutes also contain patient details, which are withheld under section 40(2) in any event.\n\n" +
		"2. The names of all vessels whose licence applications were refused in 2025.\n\nOriginal response: withheld under section 31(1)(a) and 31(1)(g).\n\n" +
		"Review outcome: I have concluded that section 31(1)(g) was not the correct provision and I do not rely on it. The decision to withhold this information under section 31(1)(a) is upheld.\n\nYours sincerely,\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"s36(2)(b)(ii),s40(2)", "s31(1)(a)"}
	if len(r.Questions) != len(want) {
		t.Fatalf("%d questions, want %d", len(r.Questions), len(want))
	}
	for i, w := range want {
		if q := r.Questions[i]; q.Stance.Kind != Withheld || strings.Join(q.Stance.Exemptions, ",") != w {
			t.Errorf("%s: %s %v, want withheld %s", q.ID, q.Stance.Kind, q.Stance.Exemptions, w)
		}
	}
}

// TestOCRItemNumber: OCR read item 4's number as "A."; after items 1 to
// 3 it is item 4. A list lettered A., B. under an item stays lettered.
func TestOCRItemNumber(t *testing.T) {
	text := "Ashgrove Crematorium Joint Committee\nRef: ADCJC/FOI/118\n6th June 2024\n\n" +
		"1. How many cremations were carried out in 2023?\n\n2,914.\n\n2. What is the fee for an adult cremation?\n\n£985.\n\n" +
		"3. How much income did the Committee receive from memorial sales?\n\n£118,260.\n\n" +
		"A. Please list any funeral directors who owe the Committee more than £5,000.\n\nThis is withheld under section 43(2).\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 4 || r.Questions[3].ID != "P1.Q4" || r.Questions[3].Stance.Kind != Withheld {
		t.Fatalf("questions %+v, want four, the last P1.Q4 withheld", r.Questions)
	}
	comma := []string{"1. How many members are there?", "2, What income did the centre generate?", "3. Please provide the scores."}
	if got := ocrItemNumbers(comma); got[1] != "2. What income did the centre generate?" {
		t.Errorf("ocrItemNumbers(%q) = %q: an item's full stop read as a comma is not put back", comma, got)
	}
	lettered := []string{"3. Which systems do you use for:", "A. What is the name of the finance system?", "B. What is the name of the HR system?"}
	if got := ocrItemNumbers(lettered); !slices.Equal(got, lettered) {
		t.Errorf("ocrItemNumbers(%q) = %q: a lettered list under an item changed", lettered, got)
	}
}

// TestCostNCNDAfterExplanation: section 12(2) explained in one paragraph,
// "The Trust therefore neither confirms nor denies ..." in the next, and
// the working of the estimate after: a cost refusal of every question,
// not a refusal to confirm or deny nor an answer.
func TestCostNCNDAfterExplanation(t *testing.T) {
	text := "Stourvale Hospitals NHS Foundation Trust\nOur Ref: FOI/SHFT/25/0188\n5th March 2025\n\nDear Requester\n\nYou asked:\n\n" +
		"(a) For every incident since 1 January 2015 involving an Infusara 400 infusion pump, please provide a copy of the incident report.\n\n" +
		"(b) Please provide copies of all correspondence with the manufacturer of the Infusara 400 since 2015.\n\nResponse\n\n" +
		"I am sorry to tell you that the Trust is unable to answer your request. Section 12(2) of the Freedom of Information Act 2000 provides that a public authority is not obliged to confirm or deny whether it holds information if the cost of establishing whether it is held would alone exceed the appropriate limit.\n\n" +
		"The Trust therefore neither confirms nor denies that it holds the information you have requested.\n\n" +
		"To explain: our incident reporting system records the equipment in a free-text field only. Each of about 41,000 incident reports would need to be opened and read, which would take about 683 hours.\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 2 {
		t.Fatalf("%d questions, want 2", len(r.Questions))
	}
	for _, q := range r.Questions {
		if q.Stance.Kind != Refused || strings.Join(q.Stance.Exemptions, ",") != "s12(2)" {
			t.Errorf("%s: %s %v, want refused s12(2)", q.ID, q.Stance.Kind, q.Stance.Exemptions)
		}
	}
}

// TestRefusalsAsked: a question about applications the Council refused is
// answered by how many it refused and why; that is no refusal of the
// request. A refusal of the question itself still is.
func TestRefusalsAsked(t *testing.T) {
	text := "Glyn Aeron County Council\nRef: GA-EIR-2025-0058\n10.03.2025\n\nYou asked for the following:\n\n" +
		"1. The number of planning applications the Council refused in 2023 because of phosphate levels.\n" +
		"2. The number of licence applications the Council refused in 2024.\n\nResponse\n\n" +
		"Question 1 – In 2023 the Council refused 27 planning applications where phosphate impact was a reason for refusal.\n\n" +
		"Question 2 – This part of your request is refused under regulation 12(4)(b) as manifestly unreasonable.\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 2 {
		t.Fatalf("%d questions, want 2", len(r.Questions))
	}
	if q := r.Questions[0]; q.Stance.Kind != Released {
		t.Errorf("P1.Q1: %s, want released", q.Stance.Kind)
	}
	if q := r.Questions[1]; q.Stance.Kind != Refused {
		t.Errorf("P1.Q2: %s, want refused", q.Stance.Kind)
	}
}

// TestKeyUnderHeading: "Outcome of the review" over "Item 1 – evaluation
// report. ...": the heading does not run on into the key, which opens
// item 1's finding. A sentence broken before a question's key
// ("The considerations set out for" / "Request 3 apply equally here")
// still runs on.
func TestKeyUnderHeading(t *testing.T) {
	text := "Department for Regional Skills\nIR2025/00117\n27 March 2025\n\nYou asked for:\n\n" +
		"1. A copy of the final evaluation report of the pilot.\n2. Copies of any submissions made to ministers about the pilot.\n\n" +
		"Outcome of the review\nItem 1 – evaluation report. The policy has now been formulated. The original decision is therefore not upheld, and a copy of the report is enclosed in full.\n\n" +
		"Item 2 – ministerial submissions. I am satisfied that section 35(1)(a) is engaged. The original decision is upheld.\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 2 || r.Questions[0].Stance.Kind != Released || r.Questions[1].Stance.Kind != Withheld {
		t.Fatalf("questions %+v, want P1.Q1 released, P1.Q2 withheld", r.Questions)
	}
	if lab := labelInContext([]string{"", "Outcome of the review", "Item 1 – evaluation report. At the time of the original response, ministers had not"}, 2, 0); lab.kind != labelQuestion || len(lab.nums) != 1 || lab.nums[0] != 1 {
		t.Errorf("the key under a heading: %+v, want item 1's key", lab)
	}
	if lab := labelInContext([]string{"", "The considerations set out for", "Request 3 apply equally here."}, 2, 0); lab.kind != labelNone {
		t.Errorf("a sentence broken before a key read as the key: %+v", lab)
	}
}

// TestDoerNamedForWho: two asks answered in one paragraph, the second
// asking who did the work: the sentence naming the company answers it,
// and the sentences after go on with the first.
func TestDoerNamedForWho(t *testing.T) {
	text := "Little Hadley Town Council\nRef: LHTC 07/2025\n3rd March 2025\n\nDear Sir\n\n" +
		"In your email you said you would like to know how much the Council spent on the Christmas lights last year and who put them up for us, and what the Clerk is paid.\n\n" +
		"The Christmas lights cost the Council £8,420 in 2024, which covered hire, installation and removal. The work was carried out by Festive Illuminations (East Anglia) Ltd of Bury St Edmunds. The cost was met from the events budget.\n\n" +
		"On the Clerk's pay, the post is paid at salary band LC2. The exact salary is withheld under section 40(2) of the Act.\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 3 {
		t.Fatalf("%d questions, want 3: %+v", len(r.Questions), r.Questions)
	}
	if a := r.Questions[1].Answer; !strings.Contains(a, "Festive Illuminations") || strings.Contains(a, "events budget") {
		t.Errorf("P1.Q2's answer %q, want the sentence naming the company alone", a)
	}
	if a := r.Questions[0].Answer; !strings.Contains(a, "events budget") {
		t.Errorf("P1.Q1's answer %q lacks the sentence after the company's", a)
	}
}

// TestProseSubject: in a response of running prose, a sentence goes to
// the question that holds the word it is about. "The names of individual
// civil enforcement officers are withheld" answers the question asking
// for the names, not the one on targets for the same officers; "The
// revenue is not ring-fenced ... empty homes" answers how the revenue is
// spent, not how many second homes paid the premium ("homes" and "home"
// are one word, as are "names" and "name").
func TestProseSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]StanceKind
		answers    map[string]string
	}{
		{"names", "Avonmere Council\nReference: FOI-1442-16\nDate: 03/11/2016\n\nDear\n\nYou wrote:\n\n" +
			"\"I would like to know how many penalty charge notices the council issued in 2015, and how much income those notices generated. " +
			"Could you also tell me whether the council sets any targets for its civil enforcement officers for the number of tickets issued, " +
			"and give me the names of the three enforcement officers who issued the most tickets last year?\"\n\n" +
			"The council issued 48,117 penalty charge notices in the calendar year 2015. The income received from those notices was £1,620,440.\n\n" +
			"The council does not set targets for the number of penalty charge notices issued by civil enforcement officers.\n\n" +
			"The names of individual civil enforcement officers are withheld under section 40(2) of the Freedom of Information Act. They are personal data.\n\nYours sincerely\n",
			map[string]StanceKind{"P1.Q1": Released, "P1.Q2": Released, "P1.Q3": Released, "P1.Q4": Withheld},
			map[string]string{"P1.Q2": "£1,620,440", "P1.Q4": "names of individual"}},
		{"homes", "Pen-y-Fal County Borough Council\nOur ref: CBS/FOI/2025/0301\nDate: 14/03/2025\n\nDear\n\nI refer to your request:\n\n" +
			"1. How many properties were charged the second homes premium in 2024/25?\n\n2. How much revenue did the premium raise in 2023/24?\n\n" +
			"3. How is the revenue from the premium spent?\n\n4. Please provide the addresses of all properties charged the premium.\n\n" +
			"The premium was charged on 2,146 properties in 2024/25.\n\n" +
			"We are not able to give you the addresses of the properties. A list of addresses would identify individual owners, which is their personal data: it is exempt under section 40(2).\n\n" +
			"The revenue is not ring-fenced, but the Cabinet has agreed that it will be used to support the Council's housing strategy, including bringing empty homes back into use.\n\nYours sincerely\n",
			map[string]StanceKind{"P1.Q1": Released, "P1.Q3": Released},
			map[string]string{"P1.Q3": "ring-fenced"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range r.Questions {
				if want, ok := tt.want[q.ID]; ok && q.Stance.Kind != want {
					t.Errorf("%s: %s (%q), want %s", q.ID, q.Stance.Kind, q.Answer, want)
				}
				if a, ok := tt.answers[q.ID]; ok && !strings.Contains(q.Answer, a) {
					t.Errorf("%s: answer %q lacks %q", q.ID, q.Answer, a)
				}
			}
		})
	}
}

// TestDocumentWithheldWhole: a question asking for a copy of a document,
// answered by who wrote it and when and then "The report itself is
// withheld", is withheld: the description gives none of the document. A
// copy given with parts redacted, or asked for beside a figure that is
// given, is a partial release; a pointer to another figure "published in
// its annual Statement of Assurance" gives nothing asked.
func TestDocumentWithheldWhole(t *testing.T) {
	text := "Castlebridge Hospitals NHS Foundation Trust\nOur ref: ACH-FOI-0561\nDate: 8 September 2023\n\nDear\n\n" +
		"Question 1: Please provide a copy of the external review of nurse staffing commissioned by the Trust in 2022.\n" +
		"Response: The review was carried out by Meridian Healthcare Consulting between March and May 2022 and reported to the Trust Board in July 2022. " +
		"The report itself is withheld under section 36(2)(c), as its disclosure would be likely to prejudice the effective conduct of public affairs.\n\n" +
		"Question 2: Please provide a copy of the current agency framework contract.\n" +
		"Response: A copy of the contract with Medstaff Ltd is attached. The pricing schedule has been redacted under section 43(2).\n\n" +
		"Question 3: The number of serious incidents relating to handover delays in 2024, and copies of the investigation reports.\n" +
		"Response: The Trust declared 14 serious incidents in 2024. The investigation reports are withheld under section 40(2).\n\n" +
		"Question 4: How many control room operators are on duty on each watch?\n" +
		"Response: This information is withheld under section 31(1)(a), as it could be exploited to time hoax calls. " +
		"The Trust's overall establishment of control staff is published in its annual Statement of Assurance.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]StanceKind{"P1.Q1": Withheld, "P1.Q2": PartiallyReleased, "P1.Q3": PartiallyReleased, "P1.Q4": Withheld}
	if len(r.Questions) != len(want) {
		t.Fatalf("%d questions, want %d", len(r.Questions), len(want))
	}
	for _, q := range r.Questions {
		if q.Stance.Kind != want[q.ID] {
			t.Errorf("%s: %s (%q), want %s", q.ID, q.Stance.Kind, q.Answer, want[q.ID])
		}
	}
}

// TestDecimalFigureAnswer: an answer that is a figure with a decimal
// point ("4.6 years.") is no paragraph 4.6 of a letter written in
// numbered paragraphs, and the items around it stay questions.
func TestDecimalFigureAnswer(t *testing.T) {
	text := "Northmere Ambulance Service NHS Trust\n\nOur ref: NAS FOI 18/120\n23 April 2018\n\nDear\n\n" +
		"1) How many double-crewed ambulances does the Trust operate?\nThe Trust operates 412.\n\n" +
		"2) What is the average age of the fleet?\n4.6 years.\n\n3) How many are more than seven years old?\n58.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 3 {
		t.Fatalf("%d questions, want 3", len(r.Questions))
	}
	if q := r.Questions[1]; q.Answer != "4.6 years." || q.Stance.Kind != Released {
		t.Errorf("P1.Q2: %s %q, want released \"4.6 years.\"", q.Stance.Kind, q.Answer)
	}
}

// TestInterleavedPartsUnderHeadings: questions answered each in the
// paragraph after it, in two runs numbered from 1 under plain headings
// ("Finance (ERP) system", "HR and payroll system"), are two parts,
// though the last answer of the first part opens as a response does
// ("We are withholding this information ..."); that answer stays its
// question's.
func TestInterleavedPartsUnderHeadings(t *testing.T) {
	text := "Rivers and Groundwater Regulator\n\nOur reference: RGR-FOI-2020-0231\nDate: 26 October 2020\n\nDear\n\n" +
		"Your questions and our answers are set out below.\n\nFinance (ERP) system\n\n" +
		"1. Who is the supplier of the finance system?\n\nLedgerline Systems.\n\n2. When does the contract expire?\n\n31 March 2025.\n\n" +
		"3. What is the annual cost of the contract?\n\nWe are withholding this information under section 43(2) of FOIA (commercial interests).\n\n" +
		"HR and payroll system\n\n1. Who is the supplier of the HR and payroll system?\n\nPayOrbit Ltd.\n\n2. When does the contract expire?\n\n31 August 2024.\n\n" +
		"3. What is the annual cost of the contract?\n\nWithheld under section 43(2) of FOIA.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]StanceKind{"P1.Q1": Released, "P1.Q2": Released, "P1.Q3": Withheld, "P2.Q1": Released, "P2.Q2": Released, "P2.Q3": Withheld}
	if len(r.Questions) != len(want) {
		t.Fatalf("%d questions, want %d", len(r.Questions), len(want))
	}
	for _, q := range r.Questions {
		if q.Stance.Kind != want[q.ID] {
			t.Errorf("%s: %s (%q), want %s", q.ID, q.Stance.Kind, q.Answer, want[q.ID])
		}
	}
	if c := r.Questions[3].Context; !strings.Contains(c, "HR and payroll") {
		t.Errorf("P2.Q1's context %q, want the part's heading", c)
	}
}

// TestRunInPartsLowerCase: a request set out as "Part 1 – Finance/ERP
// system: 1. the incumbent supplier; 2. the contract expiry date; ...",
// one paragraph a part, asks each numbered thing, in its part.
func TestRunInPartsLowerCase(t *testing.T) {
	text := "Rivers and Groundwater Regulator\n\nOur reference: RGR-FOI-2023-0102\nDate: 20 March 2023\n\nDear\n\nYou asked:\n\n" +
		"Part 1 – Finance/ERP system: 1. the incumbent supplier; 2. the contract expiry date; 3. the annual contract\nvalue; 4. whether the system is hosted in the cloud or on premises.\n\n" +
		"Part 2 – HR and payroll system: 1. the incumbent supplier; 2. the contract expiry date; 3. the annual contract\nvalue.\n\n" +
		"We hold the information you asked for.\n\nPart 1\n\n1. Ledgerline Systems.\n\n2. 31 March 2028.\n\n3. Withheld under section 43(2) (commercial interests).\n\n4. Cloud (supplier-hosted).\n\n" +
		"Part 2\n\n1. PayOrbit Ltd.\n\n2. 31 August 2027.\n\n3. Withheld under section 43(2).\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"P1.Q1": "the incumbent supplier", "P1.Q4": "whether the system is hosted in the cloud or on premises.", "P2.Q2": "the contract expiry date", "P2.Q3": "the annual contract value."}
	if len(r.Questions) != 7 {
		t.Fatalf("%d questions, want 7", len(r.Questions))
	}
	for _, q := range r.Questions {
		if w, ok := want[q.ID]; ok && q.Text != w {
			t.Errorf("%s: %q, want %q", q.ID, q.Text, w)
		}
		if q.ID == "P2.Q3" && (q.Stance.Kind != Withheld || !slices.Equal(q.Stance.Exemptions, []string{"s43(2)"})) {
			t.Errorf("P2.Q3: %v, want withheld under s43(2)", q.Stance)
		}
	}
}

// TestReviewAnswersAgainNoPart: an internal review that sets out the
// request's numbered questions, then under "Outcome of the review"
// answers them by the same numbers: the numbers again are answers, not a
// second part, though the outcome says the contract "has been published
// in part".
func TestReviewAnswersAgainNoPart(t *testing.T) {
	text := "Thornbury Metropolitan Borough Council\n" +
		"Information Governance Team\n" +
		"Civic Centre, Market Street\n" +
		"Thornbury\n" +
		"TB1 1AA\n" +
		"\n" +
		"Our ref: IR 0014/19\n" +
		"Date: 05/02/2019\n" +
		"\n" +
		"Dear Requester\n" +
		"\n" +
		"FREEDOM OF INFORMATION ACT 2000 - INTERNAL REVIEW - PARKING ENFORCEMENT\n" +
		"\n" +
		"Your original request was received on 29 Oct 2018. Thank you for your email of 7 January\n" +
		"2019 asking for an internal review of our response.\n" +
		"\n" +
		"Internal review of request FOI 1388/18\n" +
		"\n" +
		"You asked the Council to review its response of 22 November 2018 to your request FOI\n" +
		"1388/18, in which the annual value of the parking enforcement contract was withheld\n" +
		"under section 43(2) (commercial interests). The review has been carried out by a senior\n" +
		"officer who was not involved in the original decision.\n" +
		"\n" +
		"Your original request was as follows:\n" +
		"\n" +
		"1. How many penalty charge notices were issued by the council in 2017/18?\n" +
		"\n" +
		"2. Is on-street enforcement carried out in-house or by a contractor? If a contractor,\n" +
		"please name them.\n" +
		"\n" +
		"3. When is the current enforcement contract due to end?\n" +
		"\n" +
		"4. What is the annual value of the enforcement contract?\n" +
		"\n" +
		"5. Do civil enforcement officers wear body-worn cameras while on patrol?\n" +
		"\n" +
		"Outcome of the review\n" +
		"\n" +
		"Since the original response the contract has been published in part on the Contracts\n" +
		"Finder service, and the supplier has confirmed that it does not object to the annual\n" +
		"value being released. The original decision was not correct and the complaint is upheld\n" +
		"in respect of question 4. The answers to your request are now as follows:\n" +
		"\n" +
		"1. 48,210 (not subject to this review)\n" +
		"\n" +
		"2. NSL Ltd (not subject to this review)\n" +
		"\n" +
		"3. 31 March 2022 (not subject to this review)\n" +
		"\n" +
		"4. The original decision to withhold this information under section 43(2) was not\n" +
		"correct. The annual value of the contract is \u00a31,150,000.\n" +
		"\n" +
		"5. Yes (not subject to this review)\n" +
		"\n" +
		"Yours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 5 {
		t.Fatalf("%d questions, want 5", len(r.Questions))
	}
	for _, q := range r.Questions {
		if q.Stance.Kind != Released {
			t.Errorf("%s: %s (%q), want released", q.ID, q.Stance.Kind, q.Answer)
		}
	}
}

// TestTopicHeadingsInOneList: one numbered list under headings saying
// what its items are about ("About the system your contact centre
// uses:", then, between items 7 and 8, "About your inbound telephone
// numbers (0300/0800) and call routing:"): each heading is the context of
// the items under it and no part of the question before it.
func TestTopicHeadingsInOneList(t *testing.T) {
	text := "London Borough of Wyckham\n\nCase reference: CAS-70158-F2J5\nDate: 4 November 2025\n\nDear\n\nYou wrote:\n\n" +
		"About the system your contact centre uses:\n\n1. Who currently provides the software your contact centre runs on?\n2. When does the arrangement come to an end?\n\n" +
		"About your inbound telephone numbers (0300/0800) and call routing:\n\n3. Which company supplies this service?\n4. When does the arrangement come to an end?\n\n" +
		"Our response\n\n1. Quillon Contact Systems.\n2. 31 March 2027.\n3. Brightwire Networks plc.\n4. 30 September 2027.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 4 {
		t.Fatalf("%d questions, want 4", len(r.Questions))
	}
	for k, want := range []string{"About the system your contact centre uses", "About the system your contact centre uses",
		"About your inbound telephone numbers (0300/0800) and call routing", "About your inbound telephone numbers (0300/0800) and call routing"} {
		if q := r.Questions[k]; q.Context != want || strings.Contains(q.Text, "About") {
			t.Errorf("%s: text %q, context %q, want context %q", q.ID, q.Text, q.Context, want)
		}
	}
}

// TestAnswerLabelOverFigure: "A. 54." under "Q3." is the answer label
// over the figure 54, not the answer to a question 54.
func TestAnswerLabelOverFigure(t *testing.T) {
	text := "Wyckham Council\nOur ref: CAS-1\nDate: 1 May 2024\n\nDear\n\nQ1. Incumbent supplier.\nA. Quillon.\n\nQ2. Approximate number of staff.\nA. 120.\n\n" +
		"Q3. Total number of contact centre agents.\nA. 54.\n\nQ4. Approximate number of email users.\nA. 3,050.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 4 {
		t.Fatalf("%d questions, want 4", len(r.Questions))
	}
	if q := r.Questions[2]; q.Answer != "54." || q.Stance.Kind != Released {
		t.Errorf("P1.Q3: %s %q, want released \"54.\"", q.Stance.Kind, q.Answer)
	}
}

// TestQuotedLawAnswersNothing: the words of a provision, quoted under the
// sentence that introduces them, share a word with a question ("receive a
// fair trial", "complaints received") and are no part of its answer.
func TestQuotedLawAnswersNothing(t *testing.T) {
	text := "Tarnmere National Park Authority\nOur ref: EIR 24/118\n2 May 2024\n\nDear\n\n" +
		"You asked (1) how many planning enforcement complaints the Authority received in each of 2022 and 2023, (2)\nhow many enforcement notices the Authority served in those two years, and (3) for copies of all correspondence\nbetween the Authority and the owner of Hollins Barn.\n\n" +
		"The Authority received 164 planning enforcement complaints in 2022 and 181 in 2023. In reply to your second\nquestion, no enforcement notices were served in either year.\n\n" +
		"Your third question asks for correspondence with the owner of Hollins Barn. It is withheld; we rely on regulation 12(5)(b).\n\n" +
		"For reference, regulation 12(5)(b) provides:\n\n" +
		"\"For the purposes of paragraph (1)(a), a public authority may refuse to disclose information to the extent that its disclosure would adversely affect– ... (b) the course of justice, the ability of a person to receive a fair trial or the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature ...\"\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 3 {
		t.Fatalf("%d questions, want 3", len(r.Questions))
	}
	if a := r.Questions[0].Answer; strings.Contains(a, "fair trial") {
		t.Errorf("P1.Q1's answer takes in the quoted law: %q", a)
	}
}

// TestRunInWrapped: a paragraph of run-in items where, as the lines
// wrap, an item opens a line now and then is split item by item; a list
// set one item a line is left as it is.
func TestRunInWrapped(t *testing.T) {
	para := []string{
		`"(1) How many vouchers were issued in 2017/18, by region? (2) What was the total`,
		`value of vouchers paid in 2017/18? (3) Copies of submissions to Ministers about`,
		`extending the scheme. (4) The names of suppliers suspended from the scheme.`,
		`(5) How many suppliers have been suspended? (6) The internal guidance on`,
		`fraud."`,
	}
	got := splitRunInItems(para)
	if len(got) != 6 || !strings.HasPrefix(got[5], "(6) The internal guidance on fraud") {
		t.Errorf("wrapped run-in items = %q", got)
	}
	list := []string{"(1) How many vouchers were issued?", "(2) What was the total value?", "(3) Copies of submissions."}
	if got := splitRunInItems(list); !slices.Equal(got, list) {
		t.Errorf("a list one item a line = %q", got)
	}
}

// TestBareFigureAnswers: questions numbered one a line, each answered on
// the line below by a bare figure: "3." is the figure answering question
// 5, not item 3, and "24.0 FTE." a figure, not paragraph 24.0 of a letter
// in numbered paragraphs.
func TestBareFigureAnswers(t *testing.T) {
	text := "Harrowdale National Park Authority\nFOI reference: FOI 26-009\nDate of response: 24/02/2026\n\nDear\n\nThank you for your request. We have answered each of your questions in turn.\n\n" +
		"1. How many rangers does the Authority employ (full-time equivalent)?\n24.0 FTE.\n\n" +
		"2. How many vehicles are in the Authority's fleet?\n35.\n\n" +
		"3. How many drones does the Authority own?\n3.\n\n" +
		"4. How many members of staff hold a drone pilot qualification?\n4.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"24.0 FTE.", "35.", "3.", "4."}
	if len(r.Questions) != len(want) {
		t.Fatalf("%d questions, want %d", len(r.Questions), len(want))
	}
	for i, q := range r.Questions {
		if q.Answer != want[i] || q.Stance.Kind != Released {
			t.Errorf("%s: %s %q, want released %q", q.ID, q.Stance.Kind, q.Answer, want[i])
		}
	}
	// The figure a paragraph of its own under its question.
	apart := strings.ReplaceAll(text, "?\n", "?\n\n")
	if r, err := Parse(Document{Text: apart}); err != nil || len(r.Questions) != len(want) {
		t.Errorf("figures in paragraphs of their own: %d questions (%v), want %d", len(r.Questions), err, len(want))
	}
	// Numbers alone over their questions' text stay the questions'.
	alone := "Kestrel Council\nOur ref: FOI 1\n3 May 2024\n\nDear\n\nYou asked:\n\n1.\n\nHow many vans does the Council own?\n\n2.\n\nWho supplies them?\n\nOur response:\n\n1. 41 vans.\n\n2. Lantern Fleet Ltd.\n\nYours sincerely\n"
	if r, err := Parse(Document{Text: alone}); err != nil || len(r.Questions) != 2 || r.Questions[1].Answer != "Lantern Fleet Ltd." {
		t.Errorf("numbers alone over their questions: %+v, %v", r.Questions, err)
	}
	if !isSubsection("2.1 The Council holds the following.") || !isSubsection("3.2 FOI requests received in 2023 are set out below.") || isSubsection("24.0 FTE.") || isSubsection("4.6 years.") {
		t.Error("isSubsection tells paragraphs from figures wrongly")
	}
}

// TestReviewTableTakesListedQuestions: a review table whose rows hold only
// their numbers takes the questions' words from the request listed above.
func TestReviewTableTakesListedQuestions(t *testing.T) {
	text := "University of Eastcombe\nInternal review reference: IR2024/0009\nDate: 16 July 2024\n\nDear\n\nOn 29 April 2024 you asked for:\n\n" +
		"1. The number of cyber security incidents in 2023.\n2. The number of staff working in cyber security roles.\n\nOutcome of the review\n\n" +
		"Q\tOriginal response\tReview decision\n\n1\tWithheld – s31(1)(a)\tDecision overturned. 19 incidents.\n\n2\tWithheld – s31(1)(a)\tDecision overturned. 5 members of staff.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Questions) != 2 || r.Questions[0].Text != "The number of cyber security incidents in 2023." {
		t.Errorf("questions = %+v", r.Questions)
	}
}

// TestNamingClause checks that a clause turning to another question by
// name ("..., and in reply to your second question, sixty-three ...")
// answers that question, and that what the paragraph of another point
// says ("section 21 applies") is no decision for it.
func TestNamingClause(t *testing.T) {
	const letter = `Humbleton Port Health Authority
HPHA/FOI/0044                                          19 July 2024

Dear Sir or Madam,

Your request for information under the Freedom of Information Act 2000 asked:

   1. How many imported food consignments did the Authority sample in 2023?
   2. How many of those consignments were rejected?
   3. The names of the importers whose consignments were rejected.
   4. The fees the Authority charges for checks on high-risk food and feed.

I will deal first with point 3. The names of importers are withheld under section 43(2).

As to your first question, the Authority sampled one thousand and eighty-six
consignments of imported food in 2023, and in reply to your second question,
sixty-three of those consignments were rejected.

Our charges for checks on high-risk food and feed (your point 4) are set out
in the published Scale of Charges at www.example.gov.uk/charges. As this is
reasonably accessible to you, section 21 applies.

Yours faithfully,
`
	r, err := Parse(Document{Text: letter})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"P1.Q1": "released [] the Authority sampled one thousand and eighty-six consignments of imported food in 2023",
		"P1.Q2": "released [] in reply to your second question, sixty-three of those consignments were rejected.",
		"P1.Q3": "withheld [s43(2)] ",
		"P1.Q4": "released [s21] ",
	}
	for _, q := range r.Questions {
		got := fmt.Sprintf("%s %v %s", q.Stance.Kind, q.Stance.Exemptions, q.Answer)
		if got != want[q.ID] {
			t.Errorf("%s: got %q\nwant %q", q.ID, got, want[q.ID])
		}
	}
	if len(r.Questions) != len(want) {
		t.Errorf("got %d questions, want %d", len(r.Questions), len(want))
	}
}
