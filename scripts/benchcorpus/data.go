package main

// The fixed material the letters are drawn from: fictional authorities,
// suppliers, topics and their questions, and the paragraphs authorities
// use to explain an exemption. Nothing here names a real body or company.

type authority struct {
	name    string
	kind    string // "police", "council" or "nhs"
	unit    string
	address []string
	self    string // how the letter refers back to the authority: "the Force"
	web     string
	signer  string
}

var authorities = []authority{
	{"Northshire Police", "police", "Freedom of Information Unit",
		[]string{"Police Headquarters", "Ridgeway Road", "Northallerby", "NS7 2PQ"}, "the Force", "www.northshire.police.example", "Disclosure Officer"},
	{"Westmarch Constabulary", "police", "Information Management Department",
		[]string{"Force Headquarters", "Harrow Lane", "Westmarch", "WM4 7QT"}, "the Constabulary", "www.westmarch.police.example", "Information Access Officer"},
	{"Fenmoor Police", "police", "Freedom of Information Team",
		[]string{"PO Box 112", "Fenmoor House", "Castle Street", "Ely Fen", "FM1 3DX"}, "the Force", "www.fenmoor.police.example", "Information Rights Adviser"},
	{"Dalesford Constabulary", "police", "Data Protection and FOI Office",
		[]string{"Constabulary Headquarters", "Skipton Road", "Dalesford", "DF2 9HW"}, "the Constabulary", "www.dalesford.police.example", "FOI Decision Maker"},
	{"Eastmoor District Council", "council", "Information Governance Team",
		[]string{"Council Offices", "Market Place", "Eastmoor", "EM3 1AB"}, "the Council", "www.eastmoor.gov.example", "Information Governance Officer"},
	{"Wexham City Council", "council", "Corporate Information Unit",
		[]string{"Civic Centre", "Wexham", "WX1 1CC"}, "the Council", "www.wexham.gov.example", "Corporate Information Officer"},
	{"Hartwell Borough Council", "council", "Legal and Democratic Services",
		[]string{"Town Hall", "High Street", "Hartwell", "HW5 4TH"}, "the Council", "www.hartwell.gov.example", "FOI Officer"},
	{"Westdale County Council", "council", "Access to Information Team",
		[]string{"County Hall", "Bridge Street", "Westdale", "WD1 2CH"}, "the County Council", "www.westdale.gov.example", "Access to Information Officer"},
	{"Kingsbridge NHS Foundation Trust", "nhs", "Information Governance Department",
		[]string{"Kingsbridge General Hospital", "Queen's Avenue", "Kingsbridge", "KB6 8NH"}, "the Trust", "www.kingsbridge.nhs.example", "Information Governance Manager"},
	{"Harbourside University Hospitals NHS Trust", "nhs", "Freedom of Information Office",
		[]string{"Trust Headquarters", "Harbour Road", "Portmere", "PM2 5RW"}, "the Trust", "www.harbourside.nhs.example", "FOI Lead"},
	{"Severnvale Community Health NHS Trust", "nhs", "Corporate Governance",
		[]string{"Unit 4, Riverside Business Park", "Severnvale", "SV3 7LT"}, "the Trust", "www.severnvale.nhs.example", "Head of Information Governance"},
}

// qkind says what sort of answer a question asks for, which decides how a
// released answer is written and which exemptions are plausible.
type qkind int

const (
	kSupplier qkind = iota
	kSpend
	kDuration
	kExpiry
	kReview
	kDescription
	kContact
	kCount
	kCountByYear
	kYesNo
	kProduct
	kLocations
	kPolicy
	kFramework
)

type qtmpl struct {
	text string
	kind qkind
	// sensitive marks questions a police force may refuse under s31 or
	// answer with neither confirm nor deny.
	sensitive bool
}

type topic struct {
	title     string // the letter's subject line
	noun      string // "contact centre contract(s)"
	intro     string // the requester's opening sentence
	suppliers []string
	products  []string
	describe  []string // descriptions of the service
	specific  []qtmpl
}

// contractQuestions are the questions a contract request asks whatever
// the contract is for; %s is the topic's noun.
var contractQuestions = []qtmpl{
	{"Incumbent Supplier: For each of the %s please can you provide me with the supplier of the contract.", kSupplier, false},
	{"Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend on the %s.", kSpend, false},
	{"Contract Duration: please state the duration of each of the %s, including any extensions available.", kDuration, false},
	{"Contract Expiry: For each supplier, please state the date when the %s expire.", kExpiry, false},
	{"Contract Review: please state the date when the %s will next be reviewed.", kReview, false},
	{"Contract Description: please give a brief description of the services provided under the %s.", kDescription, false},
	{"Contact Details: please state the person within the organisation responsible for the %s, with their full name, job title, contact number and direct email address.", kContact, false},
	{"Procurement: please state the framework or route used to procure the %s.", kFramework, false},
}

var topics = []topic{
	{
		title: "ICT contracts", noun: "ICT infrastructure contract(s)",
		intro:     "I wish to submit a freedom of information request relating to the organisation's ICT contracts, in particular its server, storage and network support arrangements.",
		suppliers: []string{"Halden Systems Ltd", "Corvex Networks plc", "Brightwater Digital Ltd", "Ostara IT Services Ltd", "Pennant Data Centres Ltd", "Greyfriars Technology Ltd"},
		products:  []string{"Microsoft Exchange Online", "VMware vSphere 7", "Microsoft Windows Server 2019", "Cisco Catalyst switching", "Nutanix AOS", "NetApp ONTAP"},
		describe: []string{
			"Provision and second-line support of the server and storage estate, including patching, backup and disaster recovery.",
			"Managed wide area network across all sites, with a four-hour fix for priority one faults.",
			"Service desk out of hours cover, desktop support and hardware maintenance.",
		},
		specific: []qtmpl{
			{"Do you use Microsoft Exchange 2003 as your email server? If not, which product do you use?", kProduct, false},
			{"Number of email users: the approximate number of email users across the organisation.", kCount, false},
			{"How many servers (physical and virtual) does the organisation operate?", kCount, true},
			{"Which operating system is installed on the majority of desktop computers?", kProduct, false},
			{"Please state the number of cyber security incidents recorded in each of the last five financial years.", kCountByYear, true},
			{"Please provide a copy of your current ICT strategy or digital strategy.", kPolicy, false},
			{"Does the organisation hold cyber insurance? If so, please state the insurer and the annual premium.", kYesNo, true},
		},
	},
	{
		title: "Supplier spend", noun: "contracts with your top suppliers",
		intro:     "Please provide the following information about the organisation's suppliers and the money paid to them.",
		suppliers: []string{"Marchbank Facilities Ltd", "Tollgate Consulting LLP", "Arden Agency Staffing Ltd", "Kestrel Cleaning Services Ltd", "Lowther Legal LLP", "Solent Print and Mail Ltd"},
		products:  []string{"Oracle Fusion", "SAP S/4HANA", "Unit4 ERP", "Civica Financials"},
		describe: []string{
			"Facilities management of the headquarters estate, including cleaning, security and reception.",
			"Provision of temporary agency staff through a neutral vendor arrangement.",
			"External legal services for employment and commercial matters.",
		},
		specific: []qtmpl{
			{"Please list your ten largest suppliers by value in the financial year 2022/23 and the amount paid to each.", kSupplier, false},
			{"How many suppliers were paid more than £25,000 in each of the last three financial years?", kCountByYear, false},
			{"What finance system does the organisation use to pay suppliers?", kProduct, false},
			{"What is your average number of days to pay a supplier invoice?", kCount, false},
			{"How many invoices were paid late in each of the last three financial years?", kCountByYear, false},
			{"Please provide a copy of your procurement policy.", kPolicy, false},
			{"Do you publish your spend over £500 online? If so, where?", kYesNo, false},
		},
	},
	{
		title: "Staff numbers", noun: "agency staffing contract(s)",
		intro:     "I would like to request the following information about staff numbers within the organisation.",
		suppliers: []string{"Arden Agency Staffing Ltd", "Rowan Recruitment Ltd", "Harbour Locums Ltd"},
		products:  []string{"Oracle HR", "iTrent", "ResourceLink", "Allocate HealthRoster"},
		describe: []string{
			"Supply of temporary and interim staff where vacancies cannot be filled in time.",
		},
		specific: []qtmpl{
			{"How many full-time equivalent staff did the organisation employ on 31 March in each of the last five years?", kCountByYear, false},
			{"How many staff work in the information technology department?", kCount, false},
			{"How many staff are employed in the professional standards or counter-fraud function?", kCount, true},
			{"How many staff left the organisation in each of the last three years?", kCountByYear, false},
			{"How many staff are currently suspended from duty?", kCount, true},
			{"How much was spent on agency staff in each of the last three financial years?", kCountByYear, false},
			{"Which system do you use to manage payroll and personnel records?", kProduct, false},
			{"Please provide your current organisational chart showing all posts above Grade 7.", kPolicy, false},
			{"How many staff are employed on zero-hours contracts?", kCount, false},
			{"What is the name and salary of the most senior member of staff in human resources?", kContact, false},
		},
	},
	{
		title: "Body-worn video", noun: "body-worn video contract(s)",
		intro:     "I am writing to request information about the organisation's use of body-worn video cameras.",
		suppliers: []string{"Vigilant Optics Ltd", "Sentry Capture Systems Ltd", "Axiom Evidence Solutions Ltd"},
		products:  []string{"Sentry VB-400", "Vigilant Edge 3", "Axiom Capture X2"},
		describe: []string{
			"Supply of body-worn cameras, docking stations and a cloud evidence management service.",
			"Hardware maintenance and replacement of body-worn video devices.",
		},
		specific: []qtmpl{
			{"How many body-worn video cameras does the organisation currently own?", kCount, true},
			{"Which model of camera is in use?", kProduct, false},
			{"How many hours of footage were recorded in each of the last three years?", kCountByYear, true},
			{"Please provide a copy of your policy on when cameras must be switched on.", kPolicy, false},
			{"How many complaints were received in which body-worn video footage was missing?", kCount, true},
			{"Are cameras issued to all frontline staff?", kYesNo, false},
			{"How long is footage retained when it is not evidential?", kCount, false},
		},
	},
	{
		title: "CCTV", noun: "CCTV maintenance contract(s)",
		intro:     "Please could you provide the following information regarding the CCTV cameras operated by the organisation.",
		suppliers: []string{"Watchtower Security Systems Ltd", "Clearview Monitoring Ltd", "Beacon CCTV Services Ltd"},
		products:  []string{"Genetec Security Center", "Milestone XProtect", "Avigilon Control Center"},
		describe: []string{
			"Maintenance and repair of the public space CCTV cameras and the control room equipment.",
			"Monitoring of town centre cameras from the control room, seven days a week.",
		},
		specific: []qtmpl{
			{"How many CCTV cameras does the organisation operate in public spaces?", kCount, false},
			{"Please list the locations of all CCTV cameras.", kLocations, true},
			{"Which video management software is used?", kProduct, false},
			{"Do any cameras use facial recognition or automatic number plate recognition?", kYesNo, true},
			{"How many requests for footage were received from the police in each of the last three years?", kCountByYear, true},
			{"Please provide a copy of your CCTV code of practice.", kPolicy, false},
			{"How many cameras were out of service on 1 January this year?", kCount, true},
		},
	},
	{
		title: "Fleet vehicles", noun: "fleet management contract(s)",
		intro:     "I am writing to ask for information about the organisation's vehicle fleet.",
		suppliers: []string{"Meridian Fleet Solutions Ltd", "Carlow Vehicle Leasing Ltd", "Redhill Motor Group Ltd", "Tyne Telematics Ltd"},
		products:  []string{"Tranman", "Fleetwave", "Chevin FleetWave"},
		describe: []string{
			"Leasing, servicing and repair of the organisation's cars and light commercial vehicles.",
			"Vehicle telematics, fuel cards and fleet management software.",
		},
		specific: []qtmpl{
			{"How many vehicles are in the organisation's fleet, broken down by type?", kCount, true},
			{"How many of the fleet vehicles are fully electric?", kCount, false},
			{"How much was spent on fuel in each of the last three financial years?", kCountByYear, false},
			{"Which fleet management system do you use?", kProduct, false},
			{"How many vehicles were written off after collisions in each of the last three years?", kCountByYear, false},
			{"Do you fit telematics to all vehicles?", kYesNo, true},
			{"Please provide a copy of your fleet replacement plan.", kPolicy, false},
		},
	},
	{
		title: "Drones", noun: "drone (unmanned aircraft) contract(s)",
		intro:     "I would like information on the use of drones (unmanned aerial vehicles) by the organisation.",
		suppliers: []string{"Skyward Aerial Systems Ltd", "Kite Unmanned Solutions Ltd", "Albatross UAV Ltd"},
		products:  []string{"DJI Matrice 30T", "DJI Mavic 3 Enterprise", "Parrot Anafi USA"},
		describe: []string{
			"Supply of unmanned aircraft, thermal cameras, batteries and pilot training.",
			"Maintenance, insurance and airworthiness checks for the drone fleet.",
		},
		specific: []qtmpl{
			{"How many drones does the organisation own or lease?", kCount, true},
			{"Please state the make and model of each drone.", kProduct, true},
			{"How many times were drones deployed in each of the last three years?", kCountByYear, true},
			{"How many qualified drone pilots does the organisation employ?", kCount, true},
			{"Have drones been used to monitor protests or public gatherings?", kYesNo, true},
			{"Please provide a copy of your drone operating procedures.", kPolicy, true},
			{"Has any drone been lost or crashed? If so, how many?", kCount, false},
		},
	},
	{
		title: "Contact centre contract", noun: "contact centre contract(s)",
		intro:     "I wish to submit a freedom of information request relating to the organisation's contact centre and inbound telephony contracts.",
		suppliers: []string{"Brightline Communications Ltd", "Contactwise plc", "Vocalis Cloud Ltd", "Norbridge Telecom Services Ltd"},
		products:  []string{"Genesys Cloud CX", "Avaya Aura", "Mitel MiContact Center", "Five9", "Microsoft Teams Phone"},
		describe: []string{
			"Telephony platform for the contact centre: automatic call distribution, call recording, webchat and reporting.",
			"Inbound 0300 and 0800 numbers, call routing and interactive voice response.",
		},
		specific: []qtmpl{
			{"Number of Agents: please provide the total number of contact centre agents.", kCount, false},
			{"Number of Sites: please state the number of sites the contact centre covers.", kCount, false},
			{"Manufacturer: who is the manufacturer of the contact centre system that you operate?", kProduct, false},
			{"Busy Periods: please state the number of calls received in each of the last three years.", kCountByYear, false},
			{"Do you use interactive voice response (IVR)? If so, which product?", kYesNo, false},
			{"What is the average time taken to answer a call?", kCount, true},
			{"Please provide a copy of your customer contact strategy.", kPolicy, false},
		},
	},
	{
		title: "Software licences", noun: "software licence agreement(s)",
		intro:     "I am requesting information about the software licences held by the organisation.",
		suppliers: []string{"Ashdown Licensing Partners Ltd", "Insignia Software Reseller Ltd", "Bramley Licensing Ltd", "Crossgate Solutions Ltd"},
		products:  []string{"Microsoft 365 E3", "Microsoft 365 E5", "Adobe Acrobat Pro", "Oracle Database Enterprise Edition", "Esri ArcGIS"},
		describe: []string{
			"Enterprise agreement for Microsoft 365 licences, renewed annually on a true-up basis.",
			"Resale and management of desktop and server software licences.",
		},
		specific: []qtmpl{
			{"How many Microsoft 365 licences does the organisation hold, by licence type?", kCount, false},
			{"How much did the organisation spend on software licences in each of the last three financial years?", kCountByYear, false},
			{"Which antivirus or endpoint protection product do you licence?", kProduct, true},
			{"How many Adobe Acrobat licences do you hold?", kCount, false},
			{"Has the organisation been audited by a software vendor in the last three years?", kYesNo, false},
			{"Please provide a copy of your software asset management policy.", kPolicy, false},
			{"How many licences are currently unused?", kCount, false},
		},
	},
}

// Exemption explanations, keyed by the label the letters use. The harm
// test and public interest test are what make real refusals run to
// several pages.
var explain = map[string][]string{
	"s31(1)(a)": {
		"Section 31(1)(a) – Law enforcement. Information is exempt if its disclosure under the Act would, or would be likely to, prejudice the prevention or detection of crime. This is a prejudice-based, qualified exemption: %[1]s must evidence the harm that disclosure would cause and consider the public interest.",
		"Harm: disclosure under the Act is disclosure to the world, not to the requester alone. Releasing the detail requested, alongside other information already in the public domain, would allow those intent on criminal activity to build a picture of %[1]s's capability and of where it is limited, and to adjust their behaviour accordingly.",
		"Factors favouring disclosure: disclosure would promote openness about how public money is spent and would help the public understand how %[1]s uses its resources to prevent and detect crime.",
		"Factors favouring non-disclosure: the effective delivery of operational law enforcement is a strong public interest. Any disclosure that would make it easier to evade detection or to target equipment would place the public and staff at greater risk.",
		"Balance test: having weighed these factors, the public interest in maintaining the exemption outweighs the public interest in disclosure at this time.",
	},
	"s40(2)": {
		"Section 40(2) – Personal information. The names and direct contact details of members of staff are personal data. Disclosure would not be fair or lawful within the meaning of the data protection principles, as staff below senior level would have no reasonable expectation that their details would be published to the world. Section 40(2) is an absolute exemption and no public interest test is required.",
		"General enquiries about the contract may be sent to the procurement team at the address at the foot of this letter.",
	},
	"s43(2)": {
		"Section 43(2) – Commercial interests. Information is exempt if its disclosure would, or would be likely to, prejudice the commercial interests of any person, including %[1]s itself. The detailed pricing of a live contract is commercially sensitive: competitors could use it to undercut the supplier at re-tender, and %[1]s's ability to obtain value for money in future procurements would be weakened.",
		"Public interest test: there is a public interest in transparency about the use of public funds, which is partly met by the publication of spend over £500. Against this, there is a strong public interest in protecting fair competition and the integrity of the procurement process. On balance, the public interest favours maintaining the exemption.",
	},
	"s23(5)": {
		"Section 23(5) – Information supplied by, or concerning, certain security bodies. The duty to confirm or deny does not arise if doing so would involve the disclosure of information supplied by, or relating to, any of the bodies listed in section 23(3). This is an absolute exemption.",
	},
	"s24(2)": {
		"Section 24(2) – National security. The duty to confirm or deny does not arise where exemption is required for the purpose of safeguarding national security. To confirm or deny whether information is held in one case and not in another would allow a pattern to be drawn over time, which would itself undermine national security. The public interest in neither confirming nor denying outweighs that in confirming or denying.",
		"No inference should be drawn from this response as to whether the information is or is not held.",
	},
	"s12": {
		"Section 12 – Cost of compliance. Section 12 of the Act allows a public authority to refuse a request where the cost of complying would exceed the appropriate limit, which for %[1]s is £450, equivalent to 18 hours of work at the rate of £25 per hour set by the Fees Regulations.",
		"The information is not held centrally. To answer this part of your request %[1]s would need to search manually through records held in several departments, and a sample exercise showed that this would take well over 18 hours.",
		"Advice and assistance (section 16): you may wish to narrow your request, for example to a single year or a single site, which may allow it to be answered within the limit.",
	},
}
