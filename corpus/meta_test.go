package corpus

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// cumbriaLetter is an abridged copy of the sample letter's text as
// extracted: the letterhead, the request's opening, the decision and the
// close, with the award banner repeated as on every page.
const cumbriaLetter = `

Chief Constable
Chief Constable Robert Carden
Police Headquarters
Carleton Hall Penrith,
Cumbria
CA10 2AU



13th December 2024

Dear

FREEDOM OF INFORMATION REQUEST – FOI 1045/24 Contact centre contract

I refer to your request for information received by Cumbria Constabulary on the 21st of November 2024. I note you seek access to the following information:

I wish to submit to the organisation a freedom of information request relating to the organisation's ICT contracts, specifically around:

*contact centre contract(s)
inbound network services contract (s)*

Please send me the following information for each provider:

- 1. Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.*
- 2. Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier*
- 3. Contract Duration: For each supplier, please state the contract duration of the contract expires.*
- 4. Contract Expiry: For each supplier, please state the date of when the contract expires.*

EMPLOYER RECOGNITION SCHEME

BRONZE AWARD

Proudly supporting those who serve.

Your request for information has now been considered and I can confirm Cumbria Constabulary does hold information you request; however I will be citing the exemption Section 31 (1) to questions 1,3,4 in part 1 of your request.

Section 31 (1) (a)(b), Law Enforcement.

With regards to the information requested in question 8, the disclosure of the number of police officers within specific department reveals tactical capability. By revealing the operational strength of Cumbria Constabulary this would impact on the forces law enforcement capabilities.

Balance Test

I believe protecting the tactical capability of Cumbria Constabulary must take precedence in this case.

Part 1

Question 2 – No information held as the contract value for the contact centre is not recorded separately from the full contract value.

Complaint Rights

Your attention is drawn to the attached sheet, which details your right of complaint.

I would like to take this opportunity to thank you for your interest in Cumbria Constabulary.

EMPLOYER RECOGNITION SCHEME

BRONZE AWARD

Proudly supporting those who serve.
`

func d(y int, m time.Month, day int) Date { return NewDate(y, m, day) }

func TestParseMeta(t *testing.T) {
	tests := []struct {
		name   string
		letter string
		want   meta
	}{
		{"sample", cumbriaLetter, meta{"Cumbria Constabulary", "FOI 1045/24", d(2024, 12, 13), d(2024, 11, 21), "Contact centre contract"}},
		{"received and responded on one line, apart by a TAB", "Hollinbrook and Wexcombe NHS Foundation Trust\n\nFreedom of Information Request – FOI 23-0987\nReceived: 30/05/2023\tResponded: 27/06/2023\n\nDear\n\n1. EPR contract expiry date\t31/03/2027.\n",
			meta{"Hollinbrook and Wexcombe NHS Foundation Trust", "FOI 23-0987", d(2023, 6, 27), d(2023, 5, 30), ""}},
		{"the date at the right of the requester's reference", "Kestrelford District Council\n\nOur ref: FOI-0413-19\nYour ref: FT/2019/22\t14 March 2019\nPlease ask for: Information Requests Officer\nDear\n\nFreedom of Information Act 2000 – Fly-tipping\n\n1. How many incidents of fly-tipping were recorded in 2018?\n",
			meta{"Kestrelford District Council", "FOI-0413-19", d(2019, 3, 14), Date{}, "Fly-tipping"}},
		{"the body's initials before a bracketed reference in an e-mail's subject", "From: Town Clerk <clerk@middlecombe-tc.gov.example>\nSubject: RE: FOI request - Christmas lights [MTC FOI 02/2025]\nDate: 11 March 2025\n\nDear Requester,\n\nThank you for your request received on 3rd March 2025.\n",
			meta{"", "MTC FOI 02/2025", d(2025, 3, 11), d(2025, 3, 3), "Christmas lights"}},
		{"a reference of prefix, year and number, spaced", "From: Wexcombe Council <inforequests@wexcombe.gov.example>\nSubject: Your FOI request WXC 2025 1402 – business rates\n\nWEXCOMBE COUNCIL\n\nReference:   WXC 2025 1402\nDated:       25/06/2025\n\nDear\n\nThank you for your request, which we received on 28/05/2025.\n",
			meta{"Wexcombe Council", "WXC 2025 1402", d(2025, 6, 25), d(2025, 5, 28), "business rates"}},
		{"a letterhead of one line, its office after the body's name and its parts set apart by dots", "University of Wexcombe Information Compliance Office · Senate House · Castle Green · Wexcombe WX4 7QL · foi@wexcombe.ac.example\n\nOur reference: F2025/0731\n\n16 September 2025\n\nDear\n\nThank you for your request received on 19 August 2025. The University's previous responses were given under the Act.\n",
			meta{"University of Wexcombe", "F2025/0731", d(2025, 9, 16), d(2025, 8, 19), ""}},
		{"a letterhead setting the body's first word on a line of its own", "Kelvinbrae\nHousing Association Ltd · Scottish Charity SC000000\n14 Dalmarnock Crescent\nGlasgow G40 9ZZ\n\n17 September 2025\n\nOur reference: KHA-FOI-0042\n\nDear Requester\n\nThank you for your email of 20 August 2025.\n",
			meta{"Kelvinbrae Housing Association", "KHA-FOI-0042", d(2025, 9, 17), d(2025, 8, 20), ""}},
		{"an arm's-length company managing homes on behalf of its council", "BRACKENFIELD HOMES\nManaging homes on behalf of Brackenfield Borough Council\nCivic Way, Brackenfield, DE55 9ZZ\n\nRef: BH/FOI/25/63\nDate: 23-01-2025\n\nDear Requester\n\nThank you for getting in touch with us on 19-12-2024. We have handled your enquiry under the Freedom of Information Act 2000, as Brackenfield Homes is wholly owned by Brackenfield Borough Council.\n",
			meta{"Brackenfield Homes", "BH/FOI/25/63", d(2025, 1, 23), Date{}, ""}},
		{"a company wholly owned by its council, the council's name broken over two lines", "Calder Homes Limited\n(an arm's-length management organisation wholly owned by Calderford\nCity Council)\nRegistered office: Ladywell House, Calderford CF1 7LH\n\nOur Ref: CH/IG/0093\nDate: 20 March 2025\n\nDear Requester\n\nThe Council's tenants are managed by Calder Homes Limited.\n",
			meta{"Calder Homes Limited", "CH/IG/0093", d(2025, 3, 20), Date{}, ""}},
		{"a two-column letterhead with the name's kind on its third line", "\tLegal and Democratic Services\nKettlewold\tCouncil Offices, Market Place\n\tKettlewold KW9 2DL\nDistrict Council\t01632 960 233\n\nReview reference: IR/2025/044\nDate:\t24 October 2025\n\nDear\n\nThe District Council has reviewed its response. You may complain to the Information\nCommissioner's Office (www.ico.org.uk).\n",
			meta{"Kettlewold District Council", "IR/2025/044", d(2025, 10, 24), Date{}, ""}},
		{"a department's name broken after \"for\"", "Department for\n\nDigital Public Services\n2 Marsham Yard\nLondon SW1P 9ZZ\n\nOur reference: FOI2025/04471\n12 May 2025\n\nDear\n\nThe Department holds the information.\n",
			meta{"Department for Digital Public Services", "FOI2025/04471", d(2025, 5, 12), Date{}, ""}},
		{"an NHS logo run into the name, the trust's kind on the next line", "NHSNorth Coast Ambulance Service\nNHS Trust\n\nFOI reference: FOI/2025/0714\nDate of response: 3 June 2025\n\nThe Trust does not hold this information.\n",
			meta{"North Coast Ambulance Service NHS Trust", "FOI/2025/0714", d(2025, 6, 3), Date{}, ""}},
		{"a name's NHS logo at the end of the line over its kind", "Harrowdene Hospitals NHS\nNHS Foundation Trust\n\nOur ref: FOI-25-0193\n4 June 2025\n\nDear\n\nThe Trust holds this information.\n",
			meta{"Harrowdene Hospitals NHS Foundation Trust", "FOI-25-0193", d(2025, 6, 4), Date{}, ""}},
		{"a joint board's name over two lines of a two-column letterhead", "\tBurgh Chambers\nLochanbrae and Kinnaird\t7 Tolbooth Wynd\nValuation Joint Board\tLochanbrae\nAssessor and Electoral Registration Officer\tLB3 2HS\n\nOur Ref: LKVJB/FOI/2025/009\nDate: 28 January 2025\n\nDear\n\nThe Board does not hold this information.\n",
			meta{"Lochanbrae and Kinnaird Valuation Joint Board", "LKVJB/FOI/2025/009", d(2025, 1, 28), Date{}, ""}},
		{"a joint committee's name in capitals, its last word on the next line", "ASHGROVE AND DISTRICT CREMATORIUM JOINT\nCOMMITTEE\nAshgrove Crematorium, Holloway Lane, Ashgrove AG6 2PL\n\nRef: ADCJC/FOI/118\n\n6th June 2024\n\nI refer to your request received on 9th May 2024. The Joint Committee is a public authority.\n",
			meta{"Ashgrove and District Crematorium Joint Committee", "ADCJC/FOI/118", d(2024, 6, 6), d(2024, 5, 9), ""}},
		{"a department over its body's name is no part of it", "Corporate Services\nWexcombe District Council\nCivic Centre, Wexcombe WX1 1AA\n\nOur ref: FOI-0413-19\n14 March 2019\n\nDear\n\nThe Council holds this information.\n",
			meta{"Wexcombe District Council", "FOI-0413-19", d(2019, 3, 14), Date{}, ""}},
		{"a police service named 'Police' and its country, in capitals", "POLICE CALEDONIA\n\nOur Reference: PCAL-FOI-2021-1540\n12 October 2021\n\nDear\n\nThe Service holds this information.\n",
			meta{"Police Caledonia", "PCAL-FOI-2021-1540", d(2021, 10, 12), Date{}, ""}},
		{"the name in the letterhead's first cell, in capitals", "POLICE CALEDONIA\tInformation Management\n\tDunmore Road, Perth PH9 4QZ\n\nOur Reference: FOI/18/0219\nDate: 13 March 2018\n\nDear\n\nPolice Caledonia holds this information.\n",
			meta{"Police Caledonia", "FOI/18/0219", d(2018, 3, 13), Date{}, ""}},
		{"a disclosure log's title, the name before its dash", "Police Caledonia – Freedom of Information disclosure log\n\nFOI Reference: PCAL-FOI-2023-1981\nDate of response: 21 November 2023\n\nThe information is held by Police Caledonia.\n",
			meta{"Police Caledonia", "PCAL-FOI-2023-1981", d(2023, 11, 21), Date{}, ""}},
		{"a heading's 'Response to request' and the reference", "KESTRELMOOR COUNCIL\n\nFreedom of Information Act 2000 – Response to request CAS-28844-F5T2L7\n\nDate of request: 24 May 2022\n\nDate of response: 21 June 2022\n\nDear\n\nThe Council holds this information.\n",
			meta{"Kestrelmoor Council", "CAS-28844-F5T2L7", d(2022, 6, 21), d(2022, 5, 24), ""}},
		{"a heading's short form gives way to the reference given whole", "Office for Rail Freight Standards\n\nResponse to request 2026-0931: CRM system\n\nRequest reference: ORFS-FOI-2026-0931\nDate of response: 26 November 2026\n\nDear\n",
			meta{"Office for Rail Freight Standards", "ORFS-FOI-2026-0931", d(2026, 11, 26), Date{}, ""}},
		{"harbour commissioners", "Fernmouth Harbour Commissioners\nHarbour Office, The Quay, Fernmouth TR99 8HQ\n\nOur reference: FHC-EIR-2020-03\nDate: 23 June 2020\n\nDear\n\nThe Harbour Commissioners hold this information.\n",
			meta{"Fernmouth Harbour Commissioners", "FHC-EIR-2020-03", d(2020, 6, 23), Date{}, ""}},
		{"'Police' in a heading is no name", "Northmere Council\n\nOur ref: NC-FOI-1\n12 October 2021\n\nDear\n\nPolice Officers\n\nThe Council holds this information.\n",
			meta{"Northmere Council", "NC-FOI-1", d(2021, 10, 12), Date{}, ""}},
		{"the Welsh name over the English one", "Cyngor Sir Glanmorfa\nGlanmorfa County Council\n\nEin cyf / Our ref: RhG-2025-0208\nDyddiad / Date: 12/05/2025\n\nDear\n\nThe Council holds this information.\n",
			meta{"Glanmorfa County Council", "RhG-2025-0208", d(2025, 5, 12), Date{}, ""}},
		{"a case number beside the department, labelled 'Case:'", "London Borough of Wyckham\nInformation Governance\tCase: CAS-59377-D4K8\nWyckham Town Hall\tReceived: 17 September 2024\n40 Marlborough Parade\tDate: 15 October 2024\n\nDear\n\nThe Council holds this information.\n",
			meta{"London Borough of Wyckham", "CAS-59377-D4K8", d(2024, 10, 15), d(2024, 9, 17), ""}},
		{"a trust named a learning partnership, in capitals, over its central office", "KINGFISHER LEARNING PARTNERSHIP\nA multi-academy trust  |  Company number 09841873\nCentral Office, Heron House, 22 Millstream Road, Tamworthy TW3 5KL\n\nFreedom of Information Request                         Ref: FOI 07/20\n\n26 February 2020\n\nDear\n",
			meta{"Kingfisher Learning Partnership", "FOI 07/20", d(2020, 2, 26), Date{}, ""}},
		{"a police service named as such", "Sperrin and Mourne Police Service\n\nCorporate Information Branch · Service Headquarters · 40 Drumcastle Road\n\nReference\tFOI/26/0042\nDate of response\t20/01/2026\n\nDear\n",
			meta{"Sperrin and Mourne Police Service", "FOI/26/0042", d(2026, 1, 20), Date{}, ""}},
		{"a regional transport partnership", "Tayvale Regional Transport Partnership\nBridge House, Tayvale\n\nOur ref: FOI 19/023\n3 May 2019\n\nDear\n",
			meta{"Tayvale Regional Transport Partnership", "FOI 19/023", d(2019, 5, 3), Date{}, ""}},
		{"a number that starts again each year, with its year in brackets", "Thornbury Academy Trust\n\nRef: FOI 07 (2024-25)\n1st October 2024\n\nDear Requester\n",
			meta{"Thornbury Academy Trust", "FOI 07 (2024-25)", d(2024, 10, 1), Date{}, ""}},
		{"a disclosure-log page's publication date over the letter's own", "FOI release\n\nSeed certification\n\nFrom:\nSeed and Fertiliser Standards Agency\nPublished\n11 March 2025\n\nDetails\n\nFOI reference: SFSA-FOI-2025-00211\nDate received: 3 February 2025\nDate of response: 3 March 2025\n\nInformation requested\n\nYou asked for:\n\n(a) the number of seed certification field inspections carried out in 2023/24;\n(b) how many of those inspections resulted in a crop failing certification;\n(c) the Agency's most recent annual report on fertiliser sampling;\n(d) the results of the 2024 fertiliser market surveillance exercise;\n(e) the names of inspectors;\n(f) the budget.\n",
			meta{"Seed and Fertiliser Standards Agency", "SFSA-FOI-2025-00211", d(2025, 3, 3), d(2025, 2, 3), ""}},
		{"a page dated only by its publication, the date under its label", "Stop and search of children\n\nReference\nFOI/2026/4930\nDate of request\n08/10/2026\nDate published\n04/11/2026\nCategory\nOperational policing\n\nRequest\n\n1. How many children were searched?\n",
			meta{"", "FOI/2026/4930", d(2026, 11, 4), d(2026, 10, 8), ""}},
		{"an acronym over the name it stands for", "VPRA\nVeterinary Practice Regulation Authority\n\n17 September 2025\n\nOur reference: VPRA-IR-0042\n\nDear Requester\n",
			meta{"Veterinary Practice Regulation Authority", "VPRA-IR-0042", d(2025, 9, 17), Date{}, ""}},
		{"a reference whose year follows a spaced slash, alone on its line; a date of two-digit year with dots", "Mercia Vale Fire and Rescue Service\nKings Court | Bromsgrove | B60 9ZZ\n\n\nFOI 0212 / 25\n\n05.08.25\n\nDear Applicant,\n\nYour request of 08.07.25 has been considered.\n",
			meta{"Mercia Vale Fire and Rescue Service", "FOI 0212 / 25", d(2025, 8, 5), d(2025, 7, 8), ""}},
		{"the date under \"By email\"", "Office of the Funeral Services Regulator\n40 Canongate Wharf\nLeeford\nLF1 2QR\n\nBy email\n\n25 February 2025\n\nCase reference: CAS-77120-R3D9J1\n\nDear\n\nThank you for your request, which we received on 28 January 2025. You asked:\n\n1. How many complaints did the Regulator receive in 2024?\n",
			meta{"Office of the Funeral Services Regulator", "CAS-77120-R3D9J1", d(2025, 2, 25), d(2025, 1, 28), ""}},
		{"the date under the letterhead's e-mail address", "Penwith Water plc\nRiverside House, Hayle\n\tinformation.requests@penwithwater.example.co.uk\n30 April 2025\n\nOur reference: EIR/PW/2025/0207\n\nDear Ms Trewin\n\nThank you for your request of 1 April 2025.\n",
			meta{"Penwith Water", "EIR/PW/2025/0207", d(2025, 4, 30), d(2025, 4, 1), ""}},
		{"the date of a review's decision", "Kestrelford District Council\n\nInternal review reference: IR/2023/0017\nOriginal request: FOI/2023/0290\nDate of review decision: 17 May 2023\n\nDear\n\nOn 11 April 2023 you asked the council to review its response.\n",
			meta{"Kestrelford District Council", "IR/2023/0017", d(2023, 5, 17), Date{}, ""}},
		{"a reference with the body's initials joined by a hyphen", `Enforcement against water companies – response to request OWS-FOI-2025-0219

Published 18 June 2025

Date of response: 21 May 2025

Dear requester,

1. The number of enforcement investigations opened in each year from 2020-21 to 2024-25.
2. The total value of penalties imposed in each of those years.
3. The names of companies currently under investigation.
4. The stage each current investigation has reached.
`, meta{"", "OWS-FOI-2025-0219", d(2025, 5, 21), Date{}, ""}},
		{"a metropolitan borough's internal review, titled by what the request was about", `Metropolitan Borough of Saltmarsh
Legal and Democratic Services

INTERNAL REVIEW OUTCOME

Internal review reference: IR-0088-25
Original request reference: FOI 4410/24
Review requested: 3 February 2025
Date of this letter: 28 February 2025

Dear

I have now completed the internal review you requested of the Council's response to your request FOI 4410/24 about the Council's use of temporary accommodation.
`, meta{"Metropolitan Borough of Saltmarsh", "IR-0088-25", d(2025, 2, 28), d(2025, 2, 3), "the Council's use of temporary accommodation"}},
		{"the office's line in a letterhead opens as a subject does", `Heddlu Glannau Cymru – Cambrian Coast Police
Freedom of Information Unit, Police Headquarters, Ffordd y Môr, Aberaeron SA46 0ZZ

Reference No: FOI 1120/21
Date: 12 October 2021

Dear

Request for information: Firearms licensing

Thank you for your request received on 14 September 2021.
`, meta{"Cambrian Coast Police", "FOI 1120/21", d(2021, 10, 12), d(2021, 9, 14), "Firearms licensing"}},
		{"a subject line under the opening sentence", `University of Inverbrae
Information Governance Office, Kelvin Court, Inverbrae IV9 2QP

Our reference: FOI/2024/0031
Date: 22 January 2024

Dear

Thank you for your request for information received on 03/01/2024, which has been handled under the Freedom of Information (Scotland) Act 2002 (FOISA).
Subject: Library management system

I note you seek access to the following information:

1. Who supplies the library management system?
`, meta{"University of Inverbrae", "FOI/2024/0031", d(2024, 1, 22), d(2024, 1, 3), "Library management system"}},
		{"a request dated under a label", `Veterinary Practice Regulator
3 Hardwick Place, London EC1V 7HL

Our reference: VPR-FOI-25-017
Request dated: 6 January 2025
Date: 31 January 2025

Dear Requester
`, meta{"Veterinary Practice Regulator", "VPR-FOI-25-017", d(2025, 1, 31), d(2025, 1, 6), ""}},
		{"an internal review dated after the original response it names", `Vehicle Standards and Licensing Agency

INTERNAL REVIEW OUTCOME

Internal review reference: IR-2025-0218
Original request reference: FOI-0043871
Original response dated: 21 July 2025
Review requested: 30 July 2025
Date of this letter: 26 August 2025

Dear
`, meta{"Vehicle Standards and Licensing Agency", "IR-2025-0218", d(2025, 8, 26), d(2025, 7, 30), ""}},
		{"a review's completion date after the original request's dates", `Castlegate Metropolitan Borough Council

Internal review: public space CCTV

Review reference: IRV/2025/0031
Original request: FOI/2025/0508 (received 06/01/2025, responded 31/01/2025)
Review completed: 17/03/2025

Dear Requester,
`, meta{"Castlegate Metropolitan Borough Council", "IRV/2025/0031", d(2025, 3, 17), d(2025, 1, 6), "public space CCTV"}},
		{"a plain-text head's date set apart with spaces after the reference", `Ashcombe Borough Council
The Old Corn Exchange, Ashcombe AC4 1LT

FOI request ABC-FOI-1522                               11 June 2025

Dear Requester
`, meta{"Ashcombe Borough Council", "ABC-FOI-1522", d(2025, 6, 11), Date{}, ""}},
		{"a body named after an answer's label in capitals", `Heddlu Cambria | Cambria Police
Reference: FOI 0950/25
4th November 2025

Dear

REQUEST 2 Has the force paid a ransom at any time?

RESPONSE Cambria Police can neither confirm nor deny whether it holds this information.
`, meta{"Cambria Police", "FOI 0950/25", d(2025, 11, 4), Date{}, ""}},
		{"a trust that calls itself the Trust's, and a headteacher named of an academy", `HARBOURLINE LEARNING TRUST
A multi-academy trust.
Trust Office, Seaview Road, Portmarsh PM3 6LN
Freedom of Information reference: HLT-FOI-0093
Date of this response: 03/12/2025

Dear

The Trust's answer to each item follows.

REQUEST 1: The number of exclusions from each of the Trust's secondary academies.

REQUEST 2: All emails sent or received by the Headteacher of Portmarsh Academy about exclusions.

RESPONSE: This part of the request is refused under section 12(1).
`, meta{"Harbourline Learning Trust", "HLT-FOI-0093", d(2025, 12, 3), Date{}, ""}},
		{"a body named in capitals among the items of a header", `CALDERBROOK UNIVERSITY · Governance and Legal Services

Our reference: F-00871
Date received: 9 May 2025
Date of reply: 07 Jun 2025

Dear
`, meta{"Calderbrook University", "F-00871", d(2025, 6, 7), d(2025, 5, 9), ""}},
		{"a bilingual letterhead's name", `# Awdurdod Parc Cenedlaethol Bannau Gwyn / Bannau Gwyn National Park Authority

Our ref: BGNPA/FOI/25/006
Date: 3 February 2025

Dear
`, meta{"Bannau Gwyn National Park Authority", "BGNPA/FOI/25/006", d(2025, 2, 3), Date{}, ""}},
		{"a date alone under a reference given as none, and a reference with a space", `WESTVALE INTERNAL DRAINAGE BOARD
Pumping Station Lane

Our Ref: OPCC-W 286-25
Your Ref: none given

11 August 2025

Dear
`, meta{"Westvale Internal Drainage Board", "OPCC-W 286-25", d(2025, 8, 11), Date{}, ""}},
		{"a letter dated beside a page's publication", `Exclusions and staffing at Oakfield Academy

Our ref: OLT FOI 2025-19  |  Published 17 October 2025

Letter dated 15 October 2025 in reply to a request received on 19 September 2025.

Dear Parent/Carer,
`, meta{"Oakfield Academy", "OLT FOI 2025-19", d(2025, 10, 15), d(2025, 9, 19), ""}},
		{"a reference of spaced words alone on its line", `Aldermoor Partnership NHS Foundation Trust
Trust Headquarters · Brookfield Centre · Aldermoor · AL7 2WR

APT FOI 25-0233

12th March 2025

Dear Requester,
`, meta{"Aldermoor Partnership NHS Foundation Trust", "APT FOI 25-0233", d(2025, 3, 12), Date{}, ""}},
		{"a reference on a page's metadata line", `VSA-FOI-2025/064 · Published 19 December 2025

Dear

1. How many contracts?
`, meta{"", "VSA-FOI-2025/064", d(2025, 12, 19), Date{}, ""}},
		{"our letter dated", `Mersey Vale Combined Authority
Our reference: MVCA-FOI-0931
Our letter dated: 22 January 2025

Dear

1. How many buses?
`, meta{"Mersey Vale Combined Authority", "MVCA-FOI-0931", d(2025, 1, 22), Date{}, ""}},
		{"a disclosure-log page dated only by its publication", `Request reference: TTC-EIR-2025-0559
Received: 06/08/2025
Published: 03/09/2025

1. How many buses?
`, meta{"", "TTC-EIR-2025-0559", d(2025, 9, 3), d(2025, 8, 6), ""}},
		{"a body shortening its own name in the text", `Oldbridge Metropolitan Borough Council
Town Hall, Market Street, Oldbridge OB1 1TH

Our reference: FOI/2023/0231
Date: 14 March 2023

Dear

Thank you for your request. Oldbridge Council has considered your request under the Freedom of Information Act 2000.

Decision: Oldbridge Council holds information relevant to question 3.
`, meta{"Oldbridge Metropolitan Borough Council", "FOI/2023/0231", d(2023, 3, 14), Date{}, ""}},
		{"a labelled subject under the Act's heading", `WESTMOOR BOROUGH COUNCIL

Freedom of Information Act 2000 – Response to your request

Reference No: FOI2024/11203

Date: 3 May 2024

Subject: Street lighting maintenance contract

Dear

1. Who maintains the street lights?
`, meta{"Westmoor Borough Council", "FOI2024/11203", d(2024, 5, 3), Date{}, "Street lighting maintenance contract"}},
		{"request reference number", `Westmoor Council

Request reference number: ABC-2025-0042
Date: 3 May 2025

Dear

1. How many?
`, meta{"Westmoor Council", "ABC-2025-0042", d(2025, 5, 3), Date{}, ""}},
		{"dates between dots on one line", `Kingsmere Borough Council

Reference: KBC/FOI/13542 · Request received 4 February 2025 · Response issued 3 March 2025

Dear

1. How many?
`, meta{"Kingsmere Borough Council", "KBC/FOI/13542", d(2025, 3, 3), d(2025, 2, 4), ""}},
		{"a university named with of", `UNIVERSITY OF WEXCOMBE
Governance and Compliance Office

Internal review reference: IR/2025/014
Date: 2 May 2025

Dear

I write further to your email asking the University to review its handling of your request. The University has decided to uphold it.

Yours sincerely

Deputy University Secretary
`, meta{"University of Wexcombe", "IR/2025/014", d(2025, 5, 2), Date{}, ""}},
		{"the body the letter calls itself", `Corporate Governance Office
Harbour Road, Riverside RV1 2AB

Ref: RV-FOI-2231
Date: 4 March 2025

Dear

Thank you for your request. The Trust does not hold the rota. The Trust holds the agency spend, which is £1.2m.

Yours sincerely

Freedom of Information Officer
Riverside Valley NHS Foundation Trust
`, meta{"Riverside Valley NHS Foundation Trust", "RV-FOI-2231", d(2025, 3, 4), Date{}, ""}},
		{"council labels", `Leeds City Council
Information Governance Team
Civic Hall, Leeds LS1 1UR

Our ref: FOI/2023/0456     Your ref: ABC123
Date: 3 May 2023

Dear Sir/Madam

Freedom of Information Act 2000 – Request for Information: Parking fines

Thank you for your email of 3 April 2023 in which you asked for the following information about parking fines issued between 1 January 2022 and 31 December 2022.

1. How many penalty charge notices were issued?
Response: 12,345

2. How many were cancelled on appeal?
Response: 1,204

If you are unhappy with this response you may ask for an internal review. You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow.

Yours faithfully

Information Governance Team
Leeds City Council
`, meta{"Leeds City Council", "FOI/2023/0456", d(2023, 5, 3), d(2023, 4, 3), "Parking fines"}},
		{"nhs trust", `Royal Devon University Healthcare NHS Foundation Trust
Barrack Road
Exeter EX2 5DW

Request reference: FOI241286
Date received: 10 May 2024
Date of response: 07/06/2024

Subject: Agency nurse spend 2022-23

We have now considered your request. The Trust can confirm that it holds the information.

Q1. What was the total spend on agency nurses in 2022-23?
A1. £4.2 million

Q2. Which agencies supplied the nurses?
A2. Medacs Healthcare and Thornbury Nursing Services.

Yours sincerely

Freedom of Information Office
Royal Devon University Healthcare NHS Foundation Trust
`, meta{"Royal Devon University Healthcare NHS Foundation Trust", "FOI241286", d(2024, 6, 7), d(2024, 5, 10), "Agency nurse spend 2022-23"}},
		{"police requested line", `Police Service of Northern Ireland
Corporate Information Branch

RE: FOI request 01.FOI.23.029569

Requested Tue 17 January 2023
Date: 14 February 2023

Your previous request FOI 0456/22 asked for similar information.

The Police Service of Northern Ireland has now completed its search for the information you requested.

Answer: 17 officers.

Yours sincerely
Corporate Information Branch
`, meta{"Police Service of Northern Ireland", "01.FOI.23.029569", d(2023, 2, 14), d(2023, 1, 17), ""}},
		{"ico trap and eir", `Environment Agency
Horizon House, Deanery Road, Bristol BS1 5AH

Our reference: F-00059
Your reference: none given
Date: 20 December 2024

Request for information – flood defence inspections

We have handled your request under the Environmental Information Regulations 2004. Your earlier complaint to the ICO (case reference IC-59229-Y8B6) concerned a different request.

The Environment Agency holds the information and it is attached.

Information Access Team
Environment Agency
`, meta{"Environment Agency", "F-00059", d(2024, 12, 20), Date{}, "flood defence inspections"}},
		{"department subject ref and us date", `Department for Transport
Great Minster House
33 Horseferry Road
London SW1P 4DR

December 20, 2024

Freedom of Information Request FOI2023/93842

Thank you for your request of 25 November 2024, which we received on 26 November 2024.

The Department for Transport can confirm that it holds some of the information. The remainder is withheld under section 43(2).

Yours sincerely
FOI Team
`, meta{"Department for Transport", "FOI2023/93842", d(2024, 12, 20), d(2024, 11, 26), ""}},
		{"case number and your reference", `Case number: CAS-84648-H4L3X0
Your reference: 12345

Dec 20 2024

Re: Mobile phone thefts in Glasgow

Police Scotland can confirm that it holds the information you requested under section 1(1) of the Freedom of Information (Scotland) Act 2002, which we received on 22 November 2024.

You may appeal to the Scottish Information Commissioner.

Information Management
Police Scotland
`, meta{"Police Scotland", "CAS-84648-H4L3X0", d(2024, 12, 20), d(2024, 11, 22), "Mobile phone thefts in Glasgow"}},
		{"stray space ref", `Herefordshire Council
Our Ref: 286- 25
Date: 13.12.2024
Re: Highway maintenance contracts

Herefordshire Council does hold the information.
`, meta{"Herefordshire Council", "286- 25", d(2024, 12, 13), Date{}, "Highway maintenance contracts"}},
		{"stray space after a prefix", `Oakhurst District Council
Our reference: FOI 286- 25
Date: 13.12.2024

Dear Requester
`, meta{"Oakhurst District Council", "FOI 286- 25", d(2024, 12, 13), Date{}, ""}},
		{"a heading word before the reference", `Southvale Ambulance Service NHS Trust

FREEDOM OF INFORMATION REQUEST F-02264

Response date: 07 November 2024
`, meta{"Southvale Ambulance Service NHS Trust", "F-02264", d(2024, 11, 7), Date{}, ""}},
		{"hwhct ref", `Herefordshire and Worcestershire Health and Care NHS Trust
Ref: HWHCT-288
2024-12-13
Subject: Waiting times

Herefordshire and Worcestershire Health and Care NHS Trust holds the information.
`, meta{"Herefordshire and Worcestershire Health and Care NHS Trust", "HWHCT-288", d(2024, 12, 13), Date{}, "Waiting times"}},
		{"plain reference numbers", `Reference: 2024/1045
Date: 01-12-2016
Ordnance Survey
`, meta{"Ordnance Survey", "2024/1045", d(2016, 12, 1), Date{}, ""}},
		{"dc foi ref", `Derbyshire County Council
Our ref: DC/FOI 782/17
07 Jun 2011
Dear Requester
Request for information: school transport

Thank you for your request dated 9 May 2011. Derbyshire County Council can confirm that the information is held.
`, meta{"Derbyshire County Council", "DC/FOI 782/17", d(2011, 6, 7), d(2011, 5, 9), "school transport"}},
		{"response date opening a sentence on a page", `FOI release: MOT tester sanctions
From: Vehicle Testing and Standards Agency
Published 19 June 2025
Reference: FOI-VTSA-25-2214
Request received on 14 May 2025. Response sent on 11 June 2025.
`, meta{"Vehicle Testing and Standards Agency", "FOI-VTSA-25-2214", d(2025, 6, 11), d(2025, 5, 14), "MOT tester sanctions"}},
		{"bilingual label", "Glanteifi County Borough Council\nOur reference / Ein cyfeirnod\tFOI-GCBC-2025-0061\nDate of response\t10 March 2025\n", meta{"Glanteifi County Borough Council", "FOI-GCBC-2025-0061", d(2025, 3, 10), Date{}, ""}},
		{"disclosure heading", `Severn Marches Police
Freedom of Information Disclosure: 003217/26
Title: Use of drones
Date published: 9 July 2026
`, meta{"Severn Marches Police", "003217/26", d(2026, 7, 9), Date{}, "Use of drones"}},
		{"initials with small words", `Transport for the Northern Counties
Reference: TfNC FOI 2025/0642
Date: 2 May 2025
`, meta{"Transport for the Northern Counties", "TfNC FOI 2025/0642", d(2025, 5, 2), Date{}, ""}},
		{"foir ref label", `Freedom of Information Request Reference No: FOIR-479219686
Date: Tuesday, 17 January 2023
Topic: Body worn video

Thank you for contacting Greater Manchester Police. Greater Manchester Police can confirm it holds information.
`, meta{"Greater Manchester Police", "FOIR-479219686", d(2023, 1, 17), Date{}, "Body worn video"}},
		{"internal review", `Kent County Council
Internal Review – Our ref: IR 045/24

5 March 2024

Dear Applicant

Your original request FOI 0456/24 was received on 2 January 2024 and answered on 30 January 2024. You asked for a review on 1 February 2024.

I have reviewed the decision. The original decision was upheld.

Kent County Council
`, meta{"Kent County Council", "IR 045/24", d(2024, 3, 5), d(2024, 1, 2), ""}},
		{"signature date", `Dear Sir

Thank you for your email of 3 May 2023 asking about recycling rates from 1 April 2022 to 31 March 2023.

South Lakeland District Council holds the information, which is attached.

Yours sincerely

Information Officer
South Lakeland District Council
5 June 2023
`, meta{"South Lakeland District Council", "", d(2023, 6, 5), d(2023, 5, 3), ""}},
		{"nothing", `Dear

Thank you.
`, meta{}},
		{"supplier in answer", `Our ref: F0045457
Date: 2 February 2024
Re: Telephony contract

1. Supplier: Capita Business Services Limited, under the Crown Commercial Service framework.
2. Expiry: 31 March 2026.

Yours sincerely
Customer Services
Wokingham Borough Council
`, meta{"Wokingham Borough Council", "F0045457", d(2024, 2, 2), Date{}, "Telephony contract"}},
		{"reference in opening sentence", `Northumbria Police
3rd March, 2022

Dear

Thank you for your request for information, reference FOI 2345, which we received on 3 February 2022.

Northumbria Police holds the information.
`, meta{"Northumbria Police", "FOI 2345", d(2022, 3, 3), d(2022, 2, 3), ""}},
		{"pcc and received trap", `Office of the Police and Crime Commissioner for Cumbria
Date: 4 April 2024
Our ref: PCC 12/24

We received your request and will respond by 2 May 2024 at the latest. The Information Commissioner's Office can review this.

The Office of the Police and Crime Commissioner for Cumbria does not hold the information.
`, meta{"Office of the Police and Crime Commissioner for Cumbria", "PCC 12/24", d(2024, 4, 4), Date{}, ""}},
		{"review letter", `Internal Review Reference: IR/2024/011
Original Request Reference: FOI/2024/102
Date: 9 April 2024

Dear Applicant

Internal review of your Freedom of Information request

Your original request was received on 2 February 2024. You asked for a review on 1 March 2024.

Bristol City Council has reviewed its handling. The original decision is upheld.

Bristol City Council
`, meta{"Bristol City Council", "IR/2024/011", d(2024, 4, 9), d(2024, 2, 2), ""}},
		{"labels above values", `Our reference:
F0045457
Date:
2 February 2024
Sefton Council
`, meta{"Sefton Council", "F0045457", d(2024, 2, 2), Date{}, ""}},
		{"tabbed letterhead", "Kirklees Council\tOur ref:\tFOI 6543\tDate:\t13/12/2024\n\nKirklees Council does not hold the information.\n",
			meta{"Kirklees Council", "FOI 6543", d(2024, 12, 13), Date{}, ""}},
		{"email reply", `From: Information Governance <foi@sefton.gov.uk>
Sent: 13 December 2024 10:15
To: requester
Subject: FOI 4471 - Pothole repairs

Dear requester

Sefton Council holds the information. It is attached.

From: requester
Sent: 2 December 2024 09:01
To: Information Governance
Subject: Pothole repairs
`, meta{"Sefton Council", "FOI 4471", d(2024, 12, 13), Date{}, "Pothole repairs"}},
		{"only quoted references", `Dear Applicant

I refer to your previous request FOI 0456/22 and to the Commissioner's decision notice FS50318536. Your request dated 2 May 2023 was received on 4 May 2023.

Case reference: FS50318536

Essex Police does not hold the information.

Yours sincerely

Essex Police
19 May 2023
`, meta{"Essex Police", "", d(2023, 5, 19), d(2023, 5, 4), ""}},
		{"a reference wrapped at its hyphen in an e-mail's subject", `From:	FOI Team (Brackenshire County Council) <foi@brackenshire.gov.uk>
Sent:	Thursday, 6 February 2025 15:42
To:	'J. Requester'
Subject: RE: Freedom of Information request - Home to school transport [Ref: BCC-FOI-
10492]

Dear

Brackenshire County Council holds the information.
`, meta{"Brackenshire County Council", "BCC-FOI-10492", d(2025, 2, 6), Date{}, "Home to school transport"}},
		{"your letter dated label", `Your letter dated: 3 May 2024
Our ref: FOI 77/24
Date: 20 May 2024

Your request was logged on 7 May 2024. Bolton Council holds the information.
`, meta{"Bolton Council", "FOI 77/24", d(2024, 5, 20), d(2024, 5, 7), ""}},
		{"disclosure log page", `Cookies on our website. Accept analytics cookies

NHS Millbrook Community NHS Trust

Home
About us
Disclosure log

Use of taxis for patients

Reference
FOI/MCT/2023/0412
Request received
4 April 2023
Response sent
2 May 2023

Request

1. How much did the Trust spend on taxis for patients in 2022/23?

Response

1. £84,210.

If you are unhappy with this response you may ask for an internal review. You may also complain to the Information Commissioner's Office.

© Millbrook Community NHS Trust
`, meta{"Millbrook Community NHS Trust", "FOI/MCT/2023/0412", d(2023, 5, 2), d(2023, 4, 4), ""}},
		{"capitals letterhead and published date", `HOLLOWAY VALE FIRE AND RESCUE SERVICE
Service Headquarters, Long Lane, Holloway HV1 2AA

Published 9 June 2021

F-00713

1 June 2021

Dear

Thank you for your request dated 3 May 2021, received on 5 May 2021.

Has the Council asked the Service for advice on sprinklers? No.

Information Officer
`, meta{"Holloway Vale Fire and Rescue Service", "F-00713", d(2021, 6, 1), d(2021, 5, 5), ""}},
		{"name with the", `The Fenland Records Office for East Anglia
Archive Lane, Ely

Your request: 512- 21
Responded: March 3, 2021

The Fenland Records Office for East Anglia holds the information.

Yours sincerely
The Fenland Records Office for East Anglia
`, meta{"The Fenland Records Office for East Anglia", "512- 21", d(2021, 3, 3), Date{}, ""}},
		{"case number in prose", `Date: 4 March 2024

Dear Sir

We note that the case number 12345 was closed by the court last year. Leeds City Council holds no further information.
`, meta{"Leeds City Council", "", d(2024, 3, 4), Date{}, ""}},
		{"an English name before the Welsh one on one letterhead line", "Glannau Teifi Fire and Rescue Service Gwasanaeth Tân ac Achub Glannau\nTeifi\nService Headquarters · Heol y Felin · Aberteifi · GT7 2RB\n\nOur reference / Ein cyfeirnod: GTFRS/FOI/23/041\nDate / Dyddiad: 14/06/2023\n\nDear\n\nQ1 Number of appliances. 30.\n",
			meta{"Glannau Teifi Fire and Rescue Service", "GTFRS/FOI/23/041", d(2023, 6, 14), Date{}, ""}},
		{"a regulator under its logo's initials, calling itself by them, naming another body twice", "OFFICIAL\n\nORFS Office for Rail Freight Standards\nQuay House · 12 Dock Road · Wexmouth · WX2 5HP\n\nReference: FOI-01204\nDate: 19 April 2023\n\nDear\n\nORFS holds the information you have requested. ORFS opened 4 investigations in 2022/23.\n\n2. Notices were issued to Eastwold Harbour Commissioners (2) and Fernmouth Freight Ltd (1).\n\n3. Eastwold Harbour Commissioners have appealed. ORFS will publish the outcome.\n",
			meta{"Office for Rail Freight Standards", "FOI-01204", d(2023, 4, 19), Date{}, ""}},
		{"received and response dates on one line, apart by a dash", "Kestrelmoor Council\nDisclosure log\n\nFOI reference: KC/FOI/24/017\nRequest received 11/01/2024 – Response sent 08/02/2024\n\nThe Council holds this information.\n",
			meta{"Kestrelmoor Council", "KC/FOI/24/017", d(2024, 2, 8), d(2024, 1, 11), ""}},
		{"a body that collects charges on behalf of another, named in an answer", "Ardmhor Council\nFinance Services\nCouncil Offices, Shore Street, Ardmhor PA77 1ZZ\n\nOur Reference: FOI-22-0871\nDate: 14/02/2022\n\nDear\n\nYou asked:\n\n1. What were the council tax arrears at 31 March 2021?\n\nResponse to Question 1\n\n£3,104,552, including water charges collected on behalf of Scottish Water.\n",
			meta{"Ardmhor Council", "FOI-22-0871", d(2022, 2, 14), Date{}, ""}},
		{"a reference ending in the office's letters", "NHS Kinross Vale\nRecords Office\n\nOur Ref: 2022-114 KV\nDate: 3 May 2022\n\nDear\n\nThe Board holds this information.\n",
			meta{"NHS Kinross Vale", "2022-114 KV", d(2022, 5, 3), Date{}, ""}},
		{"a Welsh body's initials before its reference's prefix", "Cyngor Sir Glanmorfa\nGlanmorfa County Council\nEin cyf / Our ref: RhG/FOI 0312/19\nDyddiad / Date: 3 Ebrill 2019 / 3 April 2019\n\nAnnwyl / Dear\n",
			meta{"Glanmorfa County Council", "RhG/FOI 0312/19", d(2019, 4, 3), Date{}, ""}},
		{"a trust's name over a hospital's line in its letterhead, written whole above the signature", "Corporate Governance Office\nAshby and Wold Hospitals\nAshby General Hospital\nNHS Foundation Trust\nWold Road, Ashby AB3 9HN\nDate: 11 May 2023\nOur Ref: AWH-FOI-1988\n\nDear\n\nThe Trust does not hold this information.\n\nYours sincerely\n\nFreedom of Information Lead\nAshby and Wold Hospitals NHS Foundation Trust\n",
			meta{"Ashby and Wold Hospitals NHS Foundation Trust", "AWH-FOI-1988", d(2023, 5, 11), Date{}, ""}},
		{"a logo's words in capitals before the name that repeats them", "WEXBROOK FIRE Wexbrook Metropolitan Fire and Rescue Authority\tInformation Governance\n\nDate: 12 June 2025\nFOI reference: F-01344\n\nDear Sir/Madam\n\nThe Service holds this information.\n",
			meta{"Wexbrook Metropolitan Fire and Rescue Authority", "F-01344", d(2025, 6, 12), Date{}, ""}},
		{"a disclosure log's heading with the reference in brackets after its title", "Ashby Hospitals NHS Foundation Trust\n\nHome / About us / Freedom of information / Responses 2019\n\nCyber security (FOI/2019/0644)\n\nDate of response: 12 September 2019. Request received: 15 August 2019.\n\nYou asked: Has the Trust been affected by a ransomware attack?\n\nOur response: No.\n",
			meta{"Ashby Hospitals NHS Foundation Trust", "FOI/2019/0644", d(2019, 9, 12), d(2019, 8, 15), ""}},
		{"the body's reference for the requester's request of last year, in a sentence", "NHS Lochmoor\nInformation Governance Department\n\n15 May 2018\n\nDear\n\nFOI/18/0412 – Cyber security incidents\n\nThank you for your request dated 17 April 2018. Please note this request is similar to one you made to\nus last year (our ref FOI/17/0915); we have treated it as a new request.\n",
			meta{"NHS Lochmoor", "FOI/18/0412", d(2018, 5, 15), d(2018, 4, 17), "Cyber security incidents"}},
		{"date received label line", `Date received:
21 November 2024
Date of response:
13 December 2024
Our ref: FOI 1/24
`, meta{"", "FOI 1/24", d(2024, 12, 13), d(2024, 11, 21), ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseMeta(strings.Split(tt.letter, "\n"))
			if got != tt.want {
				t.Errorf("parseMeta:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestSplitSubject(t *testing.T) {
	tests := []struct{ in, ref, title string }{
		{"FREEDOM OF INFORMATION REQUEST – FOI 1045/24 Contact centre contract", "FOI 1045/24", "Contact centre contract"},
		{"Freedom of Information Request FOI2023/93842", "FOI2023/93842", ""},
		{"RE: FOI request 01.FOI.23.029569", "01.FOI.23.029569", ""},
		{"Re: Request for information about parking fines", "", "parking fines"},
		{"Subject: Parking fines (FOI 123/24)", "FOI 123/24", "Parking fines"},
		{"Freedom of Information Act 2000 - Ref: 2024/1045 - Grounds maintenance", "2024/1045", "Grounds maintenance"},
		{"Environmental Information Regulations 2004 request EIR 22/0071: air quality", "EIR 22/0071", "air quality"},
		{"FREEDOM OF INFORMATION REQUEST", "", ""},
		{"Re: Your request for information", "", ""},
		{"Freedom of Information and Data Protection Team", "", ""},
		{"FOI Officer", "", ""},
		{"Freedom of Information Act 2000 – Section 14(1)", "", "Section 14(1)"},
		{"Environmental Information Regulations 2004 (EIR)", "", ""},
		{"Freedom of Information Office · Level 2, Riverside Wing", "", ""},
		{"FOI@example.police.uk", "", ""},
		{"Re: (Library opening hours)", "", "Library opening hours"},
		{"Re: Your Freedom of Information request - school meals", "", "school meals"},
		{"FREEDOM OF INFORMATION REQUEST REFERENCE NO: 001234/24", "001234/24", ""},
		{"EIR - request received 30 May 2023", "", ""},
	}
	for _, tt := range tests {
		s := splitSubject(tt.in)
		if s.ref != tt.ref || s.title != tt.title {
			t.Errorf("splitSubject(%q) = %q, %q; want %q, %q", tt.in, s.ref, s.title, tt.ref, tt.title)
		}
	}
}

func TestBodyTopic(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Our reference: FOI 22/0212", "", "Dear", "", "Thank you for your request for information about street lighting, which we received on 14 February 2022."}, "street lighting"},
		{[]string{"Dear", "", "Thank you for your request regarding body worn video rollout, received on 15 August 2024."}, "body worn video rollout"},
		{[]string{"Dear", "", "Thank you for your request for information about spend on consultants.", "Q1 How much?"}, "spend on consultants"},
		{[]string{"Dear", "", "Thank you for your request. The Council holds the information you asked for."}, ""},
	}
	for _, tt := range tests {
		if got := newLetter(tt.lines).bodyTopic(); got != tt.want {
			t.Errorf("bodyTopic(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestValidRef(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"FOI 1045/24", true}, {"01.FOI.23.029569", true}, {"336/12", true}, {"F-00059", true},
		{"CAS-84648-H4L3X0", true}, {"2024/1045", true}, {"FOI241286", true}, {"EIR2025/00731", true}, {"EIR123", true},
		{"2024", false}, {"12", false}, {"IC-59229-Y8B6", false}, {"FS50318536", false},
		{"FER0123456", false}, {"EIR0123456", false}, {"13/12/2024", false}, {"£450", false}, {"none", false}, {"", false},
	}
	for _, tt := range tests {
		if got := validRef(tt.in); got != tt.want {
			t.Errorf("validRef(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzParseMeta(f *testing.F) {
	f.Add(cumbriaLetter)
	f.Add("Our ref: FOI/2023/0456     Your ref: ABC123\nDate: 3 May 2023\nRe: Parking fines\nLeeds City Council does hold it.")
	f.Add("RE: FOI request 01.FOI.23.029569\nRequested Tue 17 January 2023\n")
	f.Add("Case number: CAS-84648-H4L3X0\nDec 20 2024\nPolice Scotland\n")
	f.Fuzz(func(t *testing.T, s string) {
		m := parseMeta(strings.Split(s, "\n"))
		if m.Reference != "" && !validRef(m.Reference) {
			t.Fatalf("invalid reference %q", m.Reference)
		}
		for _, dt := range []Date{m.Date, m.Received} {
			if dt.IsZero() {
				continue
			}
			if _, err := ParseISODate(dt.String()); err != nil {
				t.Fatalf("impossible date %+v", dt)
			}
		}
		if len(m.Title) > 4*150 || len(m.Authority) > len(s) {
			t.Fatalf("title or authority too long: %q, %q", m.Title, m.Authority)
		}
	})
}

func TestParseMetaLongInput(t *testing.T) {
	// Long and repetitive inputs must stay linear in time. The bound is
	// loose because the machine may be busy; a quadratic search takes
	// far longer on this input.
	line := strings.Repeat("Our ref: Ref: Date: received by Kent County Council on 1 May 2024 ", 1000)
	var lines []string
	for i := 0; i < 10; i++ {
		lines = append(lines, line, "Re: FOI 1/24 x", "13 December 2024")
	}
	for i := 0; i < 5000; i++ {
		lines = append(lines, "received by Town"+strings.Repeat("x", i%50)+" Council on 2 May 2024.")
	}
	start := time.Now()
	_ = parseMeta(lines)
	if el := time.Since(start); el > 2*time.Minute {
		t.Errorf("parseMeta took %v on %d lines", el, len(lines))
	}
}

// TestHeaderRows: a head set as a table whose first row names the fields
// and whose second gives them is read field by field; a table of figures
// or an address set in two columns is no such head.
func TestHeaderRows(t *testing.T) {
	m := parseMeta(strings.Split("Scottish Peatland Agency\n\nOur reference\tDate\tYour request received\n\nSPA/FOI/25/0033\t21/03/2025\t24/02/2025\n\nDear Requester", "\n"))
	if m.Reference != "SPA/FOI/25/0033" || m.Date != NewDate(2025, 3, 21) || m.Received != NewDate(2025, 2, 24) {
		t.Errorf("head table: reference %q, date %v, received %v", m.Reference, m.Date, m.Received)
	}
	for _, lines := range [][]string{
		{"School\tSuspensions\tExclusions", "Fernhill Academy\t118\t3"},
		{"KILMARDIE COUNCIL\tCouncil Headquarters", "Comhairle\tBurnside Street, Kilmardie KA19 4HT"},
		{"Your ref:\tJT/school-transport", "Date:\tTuesday 11 March 2025"},
	} {
		if got := headerRows(lines); !slices.Equal(got, lines) {
			t.Errorf("headerRows(%q) = %q, want it unchanged", lines, got)
		}
	}
}

// TestWelshWeekdayAndRequestID: a bilingual date with its Welsh weekday
// before the English; a reference labelled "Request ID".
func TestWelshWeekdayAndRequestID(t *testing.T) {
	m := parseMeta(strings.Split("Tawel Valley County Council\n\nDyddiad / Date: Dydd Llun 17 Mawrth 2025 / Monday 17 March 2025\nEin Cyf / Our Ref: FOI 3318\n\nDear", "\n"))
	if m.Date != NewDate(2025, 3, 17) {
		t.Errorf("bilingual date with weekdays: %v, want 2025-03-17", m.Date)
	}
	m = parseMeta(strings.Split("University of Eastfold\n\nRequest ID: UoE-FOI-25-112\nResponded: 2025-03-13\n\nDear", "\n"))
	if m.Reference != "UoE-FOI-25-112" {
		t.Errorf("Request ID: reference %q, want UoE-FOI-25-112", m.Reference)
	}
}

// TestHeadToSalutation: a bilingual date alone on its line; a short
// letter's head, below a disclosure log's navigation, runs to "Dear".
func TestHeadToSalutation(t *testing.T) {
	m := parseMeta(strings.Split("CWM ARIAN COUNTY BOROUGH COUNCIL\n\nCyf / Ref: CAC/2025/0061\nDydd Mawrth 11 Mawrth 2025 / Tuesday 11 March 2025\n\nDear Requester", "\n"))
	if m.Date != NewDate(2025, 3, 11) {
		t.Errorf("bilingual date line: %v, want 2025-03-11", m.Date)
	}
	head := "Strathcarron Council\n• Bins\n• Council tax\n• Schools\n• Planning\n• Your council\n\nSchool transport\n\nService\nEducation\nPublished\n5 March 2025\nLegislation\nFreedom of Information (Scotland) Act 2002\n\nCase reference: CAS-20419-K7Q2M1\nResponse date: 27 February 2025\n\nDear Requester\n"
	m = parseMeta(strings.Split(head+strings.Repeat("\nA line of the letter's body.", 40), "\n"))
	if m.Reference != "CAS-20419-K7Q2M1" || m.Date != NewDate(2025, 2, 27) {
		t.Errorf("head below navigation: reference %q, date %v", m.Reference, m.Date)
	}
}

// TestLetterheadName: a body whose name is of no recognised kind is named
// by its letterhead's first line, where the letter names it again; a
// heading, a marking or a line of an address is no name.
func TestLetterheadName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Libraries Ulster\n\nLisburn Road Headquarters\n\nDear Applicant,\n\nThank you.\n\nYours sincerely\nLibraries Ulster\n", "Libraries Ulster"},
		{"Tamar and Moor Shared Legal Service\n\nDear Sir\n\nThe Tamar and Moor Shared Legal Service holds this.\n", "Tamar and Moor Shared Legal Service"},
		{"Libraries Ulster\n\nDear Applicant,\n\nThank you.\n", ""},
		{"OFFICIAL SENSITIVE\n\nDear Applicant\n\nOFFICIAL SENSITIVE\n", ""},
		{"12 High Street\nDear Sir\n12 High Street\n", ""},
	} {
		if got := letterheadName(strings.Split(tc.text, "\n")); got != tc.want {
			t.Errorf("letterheadName(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestInitialsBefore: a body's initials before a reference's prefix are
// part of it; a word in capitals that is no body's initials is not.
func TestInitialsBefore(t *testing.T) {
	for _, tc := range []struct {
		s, want string
	}{
		{"Christmas lights [MTC FOI 02/2025]", "MTC FOI 02/2025]"},
		{"Christmas lights (TfNC FOI 2025/0642)", "TfNC FOI 2025/0642)"},
		{"Christmas lights - YOUR FOI 02/2025", "FOI 02/2025"},
		{"RE: FOI 02/2025", "FOI 02/2025"},
		{"FOI 02/2025", "FOI 02/2025"},
	} {
		i := strings.Index(tc.s, "FOI ")
		if got := tc.s[initialsBefore(tc.s, i):]; got != tc.want {
			t.Errorf("initialsBefore(%q) starts %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestDateUnderPublished: a date alone on its line under a web page's
// "Published" is the page's, not the letter's.
func TestDateUnderPublished(t *testing.T) {
	l := newLetter([]string{"From:", "Seed and Fertiliser Standards Agency", "Published", "11 March 2025", "", "Details"})
	if d, ok := l.dateOnLine(3); ok {
		t.Errorf("dateOnLine read %v under \"Published\" as the letter's date", d)
	}
	l = newLetter([]string{"Seed and Fertiliser Standards Agency", "", "11 March 2025", "", "Dear Requester"})
	if d, ok := l.dateOnLine(2); !ok || d != NewDate(2025, 3, 11) {
		t.Errorf("dateOnLine = %v, %v: a date alone on its line is the letter's", d, ok)
	}
}

// TestAuthorityStable: a letterhead whose name's lines have the address's
// building between them ("North Wexley" / "County Hall" / "County
// Council") gives two long names holding "County Council"; the body is
// the one that is no address, every time (the choice once followed the
// order of a map).
func TestAuthorityStable(t *testing.T) {
	text := "\tO F F I C I A L\n\nNorth Wexley\tInformation Governance Team\n\tCounty Hall\nCounty Council\tWexley Cross\n\tNW1 4HS\n\n\tRef: NWCC-FOI-18-3307\n\tDate: 14/03/2018\n\nDear\n\n" +
		"Thank you for your request. The County Council does not hold the information.\n\nYours faithfully\n\nInformation Governance Team\nNorth Wexley County Council\n"
	lines := strings.Split(text, "\n")
	for i := 0; i < 50; i++ {
		if got := parseMeta(lines).Authority; got != "North Wexley County Council" {
			t.Fatalf("run %d: authority %q", i, got)
		}
	}
}
