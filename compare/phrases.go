package compare

import (
	"regexp"
	"sort"
	"strings"
)

// phraseGroups are the well-known abbreviations of public-sector requests
// and other ways of naming one thing: a request says "CCTV" or
// "closed-circuit television", "B&B" or "bed and breakfast", "PCN" or
// "penalty charge notice" or "parking fine", and asks the same. Every
// phrase of a group (phrases, separated by bars) is read as the group's
// words, which then count as any words do; the longest phrase that fits
// is taken. An abbreviation reads as the words it stands for, so that "EV"
// meets "vehicles that are fully electric"; a thing with many names reads
// as one word ("chargepoint", "pcn"). They are general vocabulary of
// requests to public bodies, not the words of any one request family. A
// group without words is a measure, not a subject, and no term at all:
// "the number of call handlers (full time equivalent)" and "how many call
// handlers" ask for one figure; a headcount is a number of staff.
var phraseGroups = []struct {
	words, phrases string
}{
	// CCTV is cameras: "the cameras the Council uses to detect
	// fly-tipping" are its "fly-tipping surveillance cameras".
	{"closed circuit television camera", "cctv|closed circuit tv|closed circuit television|surveillance camera|public space surveillance camera"},
	{"automatic number plate recognition", "anpr|automated number plate recognition"},
	{"body worn video camera", `bwv|bwc|bwvc|body worn video camera|body worn video|body worn camera|body camera|body cam|bodycam|
wearable camera|wearable cameras|wearable video|personal camera|personal cameras|personal video camera|personal video cameras|cameras worn|camera worn|
cameras that officers wear|cameras officers wear|camera that officers wear|cameras that staff wear|cameras staff wear|cameras that police officers wear`},
	{"electric vehicle", "ev|evs|electric car"},
	{"chargepoint", `charge point|charging point|charging station|charging bay|charging network|charging infrastructure|
charger`},
	{"bed and breakfast", "bb|bed breakfast"},
	{"carpark", "car park|car parks|car parking"},
	{"pcn", "penalty charge notice|parking charge notice|parking penalty notice|parking fine|parking ticket|parking penalty"},
	{"fpn", "fixed penalty notice|fixed penalty|on the spot fine|on the spot fines|on the spot penalty|spot fine|spot fines"},
	// The lorries that collect household waste, by their trade's name
	// and the street's.
	{"refuse collection vehicle", `refuse collection vehicle|refuse collection vehicles|rcv|rcvs|bin lorry|bin lorries|refuse lorry|refuse lorries|bin wagon|bin wagons|refuse truck|refuse trucks|
dustcart|dustcarts|refuse vehicle|refuse vehicles|waste collection vehicle|waste collection vehicles|bin truck|bin trucks`},
	{"nitrogen dioxide", "no2"},
	{"accident and emergency", "ae|ed|emergency department"},
	{"anti social behaviour", "asb|antisocial behaviour|anti social behavior|antisocial behavior"},
	{"house in multiple occupation", "hmo|hmos|houses in multiple occupation"},
	{"special educational need", "sen"},
	{"education health and care plan", "ehcp|ehc plan"},
	{"disclosure and barring service", "dbs"},
	{"police community support officer", "pcso"},
	{"road traffic collision", "rtc|rta|road traffic accident"},
	{"personal protective equipment", "ppe"},
	{"subject access request", "sar"},
	{"live facial recognition", "lfr"},
	{"heavy goods vehicle", "hgv"},
	{"ultra low emission zone", "ulez"},
	{"private finance initiative", "pfi"},
	{"service level agreement", "sla"},
	{"key performance indicator", "kpi"},
	{"information communication technology", "ict|information and communications technology|information and communication technology"},
	{"human resource", "hr"},
	{"general practitioner", "gp"},
	{"intensive care", "icu|itu|intensive care unit"},
	{"public space protection order", "pspo|public spaces protection order"},
	{"traffic regulation order", "tro"},
	{"computer aided dispatch", "cad"},
	{"temporary accommodation", "ta"},
	{"vice chancellor", "vc|vcs"},
	{"automatic fire alarm", "afa|afas"},
	{"out of area placement", "oap|oaps|out of area bed|out of area beds"},
	{"responsive repair", "reactive repair|reactive repairs|day to day repair|day to day repairs|responsive maintenance|reactive maintenance"},
	{"clinical commissioning group", "ccg"},
	{"integrated care board", "icb"},
	{"police and crime commissioner", "pcc"},
	{"crown prosecution service", "cps"},
	{"violence against women and girls", "vawg"},
	{"multi agency safeguarding hub", "mash"},
	{"taser", "ced|ceds|conducted energy device|conducted energy weapon"},
	{"mobile data terminal", "mdt"},
	{"faulty", "not working|not currently working|out of order|out of action|broken|defective|inoperable|not operational|non working"},
	{"paid", "handed over money|hand over money|handed over any money|handed over a payment|made a payment|make a payment|made any payment|made any payments|make any payment|make any payments"},
	// Fly-tipping in the words of the law and of the street.
	{"fly tip", `dumped waste|illegally dumped waste|illegal dumping|dumping of waste|unauthorised deposit of waste|
unauthorised deposit|flytipping|flytip|flytipped|dumping waste|dump waste|dumps waste|dumping rubbish|dump rubbish|dumped rubbish|
rubbish is dumped illegally|rubbish dumped illegally|waste is dumped illegally|waste dumped illegally|rubbish is dumped|waste is dumped`},
	// A fire service's engines are its appliances, as it calls them
	// ("the company that builds your appliances"); what else an
	// appliance is (a fridge dumped in a lay-by) the rest of a question
	// says.
	{"appliance", `fire engine|pumping appliance|fire appliance|frontline appliance|front line appliance|frontline pumping appliance|
front line pumping appliance|frontline fire appliance|front line fire appliance|fire tender|fire engines|pumping appliances|fire appliances|
frontline appliances|front line appliances|frontline fire appliances|front line fire appliances`},
	// A pothole is the defect in the road that the highway authority's
	// own records call a carriageway defect. ("Road defects" are more: the
	// most urgent of them are not all potholes.)
	{"pothole", "carriageway defect|carriageway defects|highway defect|highway defects"},
	{"handheld", "hand held|handhelds|hand helds"},
	// Notices and tickets are handed out, given out and issued.
	{"issue", "handed out|hand out|hands out|handing out|given out|give out|gave out"},
	{"police national computer", "pnc"},
	{"frontline", "front line"},
	{"describe", "description|descriptions|describing|described"},
	// A device that imitates a mobile phone mast, by its names.
	{"imsi catcher", "imsi catchers|imsi grabber|imsi grabbers|cell site simulator|cell site simulators|stingray|stingrays|covert communications data capture|ccdc"},
	// Data are extracted from a phone, or downloaded from it.
	{"extract", "download|downloads|downloading|downloaded|extraction|extracting|extracted"},
	{"convert", "conversion|conversions|converter|converters|converts|converted|converting"},
	// Agreements that keep a departure quiet, by any of their names.
	{"non disclosure agreement", `nda|ndas|non disclosure agreements|confidentiality agreement|confidentiality agreements|confidentiality clause|
confidentiality clauses|confidentiality terms|gagging clause|gagging clauses|non disclosure clause|non disclosure clauses|
confidentiality or non disclosure clause|confidentiality or non disclosure clauses|non disclosure or confidentiality clauses`},
	// A university's systems, as requests name them one year and another
	// the next.
	{"virtual learning environment", "vle|vles|online learning platform|online learning environment|learning management system|lms"},
	{"student record system", "srs|student records system|student information system|student record system|student records platform"},
	{"professional standards department", "psd"},
	{"child sexual exploitation", "cse"},
	{"female genital mutilation", "fgm"},
	{"looked after children", "lac|cla|children looked after|looked after child"},
	{"unaccompanied asylum seeking children", "uasc"},
	{"deprivation of liberty safeguards", "dols"},
	{"disabled facilities grant", "dfg"},
	{"discretionary housing payment", "dhp"},
	{"housing revenue account", "hra"},
	{"business rates", "nndr|non domestic rates|national non domestic rates"},
	{"community infrastructure levy", "cil"},
	{"low traffic neighbourhood", "ltn"},
	{"controlled parking zone", "cpz"},
	{"community protection notice", "cpn"},
	{"killed or seriously injured", "ksi"},
	{"energy performance certificate", "epc"},
	{"care quality commission", "cqc"},
	{"information commissioner", "ico|information commissioner office|information commissioners office|information commissioner s office"},
	{"safety camera", "speed camera|road safety camera"},
	{"referral to treatment", "rtt"},
	{"healthcare assistant", "hca|health care assistant"},
	{"electronic patient record", "epr|eprs|electronic health record|ehr|patient record system|patient records system|clinical record system|clinical records system|electronic care record|electronic health record system"},
	// A fire service's ladders and platforms that reach height.
	{"aerial appliance", "aerial ladder platform|aerial ladder platforms|turntable ladder|turntable ladders|height vehicle|height vehicles|high reach appliance|high reach appliances|aerial appliances"},
	{"multi factor authentication", "mfa|2fa|two factor authentication|multifactor authentication"},
	{"roundtheclock", "24 7|around the clock|round the clock|24 hours a day|twenty four hours a day|at all hours|day and night"},
	{"command and control", "cc"},
	{"camhs", `child and adolescent mental health service|children and young people s mental health|cypmhs|
children and young people mental health`},
	{"ombudsman", `spso|scottish public services ombudsman|public services ombudsman|lgsco|local government ombudsman|
local government and social care ombudsman|phso|parliamentary and health service ombudsman`},
	{"doctor", "locum doctor|locum|medical staff|medical locum|medic|medical and dental staff|medical and dental"},
	// The NHS's long wait is fifty-two weeks, however a request puts it.
	{"52 week", `a year or longer|a year or more|more than a year|longer than a year|over a year|12 months or longer|12 months or more|
more than 12 months|longer than 12 months|over 12 months|one year or more|one year or longer|fifty two weeks`},
	{"energy", "gas and electricity|electricity and gas"},
	{"", "work with|works with|working with|worked with|carry out|carries out|carried out|carrying out|make use of|makes use of|made use of|making use of"},
	{"supplier", `to whom|operator of|who provides|which company provides|which firm provides|which organisation provides|
who sold|which company sold|which firm sold|who sells|which company sells|who runs|which company runs|which firm runs|
who holds the contract|who currently holds the contract|who holds this contract|who currently holds this contract|holder of the contract|
contract holder|current contract holder|awarded the contract|was awarded the contract|incumbent|delivers the service|delivering the service|
delivers this service|delivered the service|deliver the service`},
	{"role", "job title|job titles|post title"},
	{"staff", "headcount|head count"},
	{"", "fte|full time equivalent|wte|whole time equivalent"},
	// Bailiffs have been enforcement agents in law since 2014; requests
	// use both.
	{"enforcement agent", "bailiff|enforcement agency|enforcement company|enforcement firm"},
	{"civil enforcement officer", "parking warden|traffic warden|parking attendant|parking enforcement officer"},
	{"headquarters", "hq|head office|head quarters"},
	{"handover", "hand over|handed over|handing over"},
	{"backup", "back up|back ups|backing up|backed up"},
	// A body that experienced an attack or was its victim was hit by it.
	{"hit", `experienced a|experienced an|experienced any|experience a|experience an|experience any|fallen victim|fell victim|
the victim of|a victim of|victim of`},
	{"mandatory", "compulsory|obligatory"},
	{"one hour", "60 minutes|sixty minutes|an hour|60 mins"},
	{"floor area", "square feet|square foot|square metres|square meters|square metre|sq ft|sqft|floor space|floorspace"},
	{"approval", "sign off|signing off|signed off|signoff"},
	{"mental health", "stress anxiety or depression|stress anxiety and depression|stress and anxiety|anxiety and depression|anxiety stress and depression"},
	{"sickness absence", "sick leave|off sick|sickness absences"},
	{"sickness absence day", "sick day"},
	{"implement", "go live|went live|going live|golive|gone live"},
	{"spend", "fork out|forked out|pay out|paid out|payout|shell out|shelled out"},
	{"contact centre", "call centre|helpline|help line|customer service centre|customer contact centre"},
	{"reject", "turn down|turned down|turning down"},
	{"waste collection", `refuse collection|refuse and recycling collection|waste and recycling collection|household waste collection|
recycling collection|bin collection|bin collections|empties the bins|empty the bins|emptying the bins|collects the bins|collect the bins|
empties residents bins|empty residents bins|empties household bins|empties bins|empty bins`},
	// The office suite by its names and the trade's shorthand, and the
	// licences a request counts as "seats".
	{"microsoft 365", "m365|o365|office 365|microsoft office 365|ms 365|ms office 365|microsoft office"},
	{"licence", "seat count|seat counts|user seats|licensed seats|licence seats|seat licences|seat licenses"},
	// The software that protects a network's computers from malicious
	// code, by the names requests give it.
	{"antivirus", `anti virus|virus protection|virus protections|antimalware|anti malware|malware protection|endpoint protection|
endpoint security|endpoint detection and response|edr|av product|av software|av solution`},
	{"antivirus supplier", "av vendor|av supplier|av provider|antivirus vendor|anti virus vendor"},
	// An account to log in to a network or a system is a user account.
	{"user account", `login|logins|log in|log on|logon|network account|network accounts|ad account|ad accounts|
active directory account|active directory accounts|active directory user account|active directory user accounts|user login|user logins`},
	// Software its maker no longer supports, by any of its names.
	{"unsupported", "no longer supported|stopped supporting|out of support|end of life|end of support"},
	{"income", "make from|made from|earn from|earned from|earns from|take from|took from|raise from|raised from"},
	// Not "phone": a mobile handset is not the telephony of a contact
	// centre.
	{"mobile handset", "smartphone|smart phone|handset|mobile handset|mobile phone|mobile telephone"},
	// An aircraft with no pilot on board, by its regulators' names; an
	// aerial appliance is a fire service's ladder.
	{"drone", `unmanned aerial vehicle|unmanned aerial system|unmanned aircraft|unmanned aircraft system|unmanned aerial|
remotely piloted aircraft|remotely piloted aircraft system|remotely piloted aerial system|remotely piloted|rpa|suas|
airframe|airframes`},
	// Where a force keeps its camera footage and digital evidence, by the
	// trade's name and the requester's.
	{"digital evidence management", `dems|digital evidence management system|digital evidence management systems|digital evidence management|
evidence management system|evidence management systems|storage of footage|footage storage|store footage|stores footage|storing footage|
stored footage|evidence storage|storage of evidence|storage of digital evidence|store digital evidence|
stores digital evidence|evidence management`},
	// The certificates a drone's remote pilot holds, by their names: a
	// qualification, read as the synonyms read it.
	{"trained", `gvc|general visual line of sight certificate|a2 cofc|a2 certificate of competency|
certificate of competency|remote pilot competency|remote pilot certificate`},
	// A contract that runs out ends.
	{"end", "run out|runs out|come to an end|comes to an end"},
	// The agreement or arrangement a request asks about, in a request
	// about a service, is its contract ("On what date does the current
	// agreement run out?"); a settlement or data sharing agreement is
	// another thing, named as such.
	{"contract", `the agreement|this agreement|that agreement|current agreement|existing agreement|present agreement|
the arrangement|this arrangement|that arrangement|current arrangement|existing arrangement|present arrangement|
contractual arrangement|contractual arrangements`},
	// A fire service's false alarms by the name the service gives them.
	{"false alarm", "unwanted fire signal|unwanted fire signals|ufs|uwfs|unwanted fire alarm signal"},
	// Software that protects computers from malicious code, by its
	// many names.
	{"antivirus", `anti virus|anti malware|antimalware|anti malware software|endpoint protection|endpoint security|endpoint detection and response|
endpoint detection|edr|malware protection|virus protection`},
	{"chief information security officer", "ciso|chief security officer|head of information security|head of cyber security"},
	{"virtual learning environment", "vle|vles|learning management system|lms"},
	{"data security and protection toolkit", "dspt|dsp toolkit|data security protection toolkit"},
	{"counter drone", "anti drone|drone detection|drone jamming|drone jammer|drone jammers|drone detection or jamming"},
	{"facilities management", "fm"},
	{"domiciliary care", "home care|homecare|care at home"},
	{"storm overflow", "combined sewer overflow|combined sewer overflows|cso|csos|sewer overflow|sewer overflows"},
	{"security operations centre", "soc|socs|security operations center|security operation centre|security operation center"},
	{"general practitioner practice", "gp surgery|gp surgeries|gp practice|gp practices|doctors surgery|doctors surgeries|doctor s surgery"},
	{"pay and display", "pay display|charged car park|charging car park|paid parking|paid car park"},
	// Workers a body engages without employing them, by the civil
	// service's name for them and the plain one.
	{"contingent labour", "contingent|contingent labour|temporary staff|temporary worker|temporary workers|temporary labour|off payroll|interim staff"},
	{"day rate", "daily rate|daily rates|rate per day|rates per day|day rates"},
	// Everyday phrases for the same thing, as different requesters put
	// one question in their own words from year to year (the words that
	// stand alone are synonyms). Phrases whose stems are other words' are
	// left out: "servicing" is "services", "positioned" "positions"
	// (posts), "looks after" "looked after".
	{"maintenance", `upkeep and repair|upkeep and repairs|repair and maintenance|maintenance and repair|maintenance and repairs|
service and repair|service and repairs|servicing and repair|servicing and repairs|servicing and maintenance|service and maintain|repair and service`},
	// Cameras watched as their pictures come in are monitored, however a
	// request puts it.
	{"monitor", "viewed in real time|watched in real time|viewed live|watched live|monitored in real time|monitored live|live monitoring"},
	{"facial recognition", "face matching|facial matching|face recognition|facial identification|face identification"},
	{"phishing", "malicious email|malicious emails|malicious e mail|malicious e mails|scam email|scam emails|phishing email|phishing emails"},
	{"penetration test", `pen test|pen tests|pen testing|penetration testing|penetration tests|vulnerability testing|test for vulnerabilities|
tests for vulnerabilities|testing for vulnerabilities|vulnerability assessment|vulnerability assessments|it health check|security testing`},
	{"cyber security", "cyber defence|cyber defense|cybersecurity|information security|infosec|it security"},
	{"footage", "recorded material|video footage"},
	{"paid ransom", "met a ransom|met any ransom|met the ransom|meet a ransom|meet any ransom|paid a ransom|paid any ransom|pay a ransom|pay any ransom"},
	{"percentage", "per cent|share of"},
	{"language service", `interpreting and translation|translation and interpreting|interpreters and translators|translators and interpreters|
interpreter|interpreters|translation|translator|translators|language services`},
	{"deduction", "financial penalty|financial penalties|performance deduction|performance deductions|service credit|service credits"},
	// A car that enforces parking by camera is not the public-space
	// cameras, whatever the words it shares with them.
	{"cctvcar", `cctv car|camera car|cctv enforcement car|cctv enforcement vehicle|camera enforcement car|camera enforcement vehicle|
cctv vehicle|enforcement camera car|mobile cctv car|mobile cctv vehicle|mobile camera car|cctv enforcement van|cctv van`},
}

// phrase is one way of putting a group: its words as stem leaves them.
type phrase struct {
	words []string
	read  []string
}

// phrasesByFirst indexes the phrases by their first word, longest first.
var phrasesByFirst = func() map[string][]phrase {
	m := map[string][]phrase{}
	for _, g := range phraseGroups {
		read := words(g.words)
		for _, p := range strings.Split(g.phrases, "|") {
			ws := words(p)
			for i, w := range ws {
				ws[i] = stem(w)
			}
			m[ws[0]] = append(m[ws[0]], phrase{words: ws, read: read})
		}
	}
	for _, ps := range m {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	return m
}()

// phraseAt returns the group's words of the longest phrase starting at
// the i-th of words whose stems are st, and how many words it takes; 0
// when no phrase starts there.
func phraseAt(st []string, i int) ([]string, int) {
	for _, p := range phrasesByFirst[st[i]] {
		if i+len(p.words) > len(st) {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			if st[i+k] != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return p.read, len(p.words)
		}
	}
	return nil, 0
}

// ampersand joins an abbreviation written with an ampersand into one
// word: "B&B" is "BB", "A & E" is "AE".
var ampersand = regexp.MustCompile(`\b(\p{L})\s?&\s?(\p{L})\b`)
