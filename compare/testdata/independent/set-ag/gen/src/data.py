# Truth for set AG. Every letter is fictional.
# Q(concepts, question text, stance, exemptions, fact, answer text)
# stance codes: R released, P partially_released, W withheld, N ncnd, NH not_held, X refused, U unknown

A = "Northmoor County Council"
B = "North Caledonia Police"
C = "Eastholme Teaching Hospitals NHS Foundation Trust"
D = "Animal and Crop Inspection Agency"


def Q(c, q, st, ex=(), f=None, a=None, sub=None, lab=None):
    return dict(c=list(c) if isinstance(c, (list, tuple)) else [c], q=q, st=st,
                ex=list(ex), f=f, a=a, sub=sub, lab=lab)


def P(qs, head=None, intro=None):
    return dict(head=head, intro=intro, qs=qs)


LETTERS = []


def L(**kw):
    kw.setdefault("draft", False)
    kw.setdefault("parts", [])
    LETTERS.append(kw)


# ---------------------------------------------------------------------------
# A. Northmoor County Council (England; FOIA, EIR)
# ---------------------------------------------------------------------------

CC_P1_INTRO_17 = ("This part concerns contracts for contact centre services: call distribution, "
                  "web chat, social media contact and performance reporting tools, whether bought "
                  "as one package or as separate applications.")
NET_P2_INTRO_17 = ("This part concerns inbound network services: 0800, 0845, 0300 and similar numbers, "
                   "call routing, caller identification and interactive voice response (IVR).")

L(key="A-H1", auth=A, ref="FOI/17/0388", date="2017-06-14", rec="2017-05-22", regime="foia",
  style="interleaved", fmt="txt", title="Contact centre and inbound telephony contracts",
  intro="I would like information about two kinds of ICT contract held by the council: contact centre services and inbound network services.",
  parts=[
      P(head="Part 1 - Contact centre services", intro=CC_P1_INTRO_17, qs=[
          Q("cc.supplier", "Incumbent supplier: for each contact centre contract, please name the supplier.", "R",
            f="Halcyon Contact Systems", a="Halcyon Contact Systems Ltd. There is one contract covering all of the services you list."),
          Q("cc.spend", "Annual average spend: please state the average yearly spend with each supplier over the last three years.", "W", ["s43(2)"]),
          Q("cc.expiry", "Contract expiry: please give the date on which each contract expires.", "R",
            f="2020-03-31", a="The contract expires on 31 March 2020."),
          Q("cc.review", "Contract review: please give the date on which each contract will next be reviewed.", "R",
            f="annually in January", a="The contract is reviewed once a year, in January."),
          Q("cc.description", "Contract description: please give a short description of the services provided under each contract.", "R",
            f="hosted ACD, call recording, web chat, reporting",
            a="Hosted automatic call distribution, call recording, web chat and wallboard reporting for the Customer Service Centre."),
          Q("cc.contact", "Contact details: please give the name, job title, telephone number and email address of the officer responsible for each contract.", "P", ["s40(2)"],
            a="The contract is owned by the Customer Services ICT Manager, who can be contacted at ict.contracts@northmoor.gov.uk or on 01632 960400. The name of the post holder is personal data and is withheld under section 40(2) - see below."),
          Q("cc.agents", "Number of agents: how many contact centre agents does the council have?", "R", f=64, a="64 agents."),
          Q("cc.sites", "Number of sites: how many sites does the contact centre operate from?", "R", f=2,
            a="Two sites: County Hall, Kelbridge and the Ashby Road office, Fenwick."),
      ]),
      P(head="Part 2 - Inbound network services", intro=NET_P2_INTRO_17, qs=[
          Q("net.supplier", "Incumbent supplier: for each inbound network services contract, please name the supplier.", "R",
            f="Brightline Telecom", a="Brightline Telecom plc."),
          Q("net.spend", "Annual average spend: please state the average yearly spend with each supplier over the last three years.", "W", ["s43(2)"]),
          Q("net.expiry", "Contract expiry: please give the date on which each contract expires.", "R", f="2019-09-30", a="30/09/2019"),
          Q("net.description", "Contract description: please give a short description of the services provided under each contract.", "R",
            f="0300/0800 numbers, routing, IVR", a="Provision of the council's 0300 and 0800 numbers, call routing and a twelve-option IVR."),
          Q("net.contact", "Contact details: please give the name, job title, telephone number and email address of the officer responsible for each contract.", "P", ["s40(2)"],
            a="As for part 1, the Customer Services ICT Manager. The post holder's name is withheld under section 40(2)."),
      ]),
  ])

L(key="A-H2", auth=A, ref="FOI/18/0127", date="2018-02-20", rec="2018-01-29", regime="foia",
  style="youasked", fmt="html", title="Pothole claims and highways repairs",
  parts=[P(qs=[
      Q("ph.claims_received", "How many claims for compensation for vehicle damage caused by potholes did the council receive in calendar year 2017?", "R", f=412, a="The council received 412 claims in 2017."),
      Q("ph.claims_paid", "Of those claims, how many resulted in a payment being made?", "R", f=97, a="97 claims were settled with a payment."),
      Q("ph.contractor", "Which contractor carries out pothole repairs on the council's behalf?", "R", f="Ridgeway Highways", a="Ridgeway Highways Ltd, under the Northmoor Highways Term Maintenance Contract."),
      Q("ph.contract_expiry", "When does the highways term maintenance contract expire?", "R", f="2021-03-31", a="The current term maintenance contract expires on 31 March 2021."),
      Q("ph.target", "What is the council's target time for making safe a pothole classed as an emergency defect?", "R", f="2 hours", a="Emergency defects are made safe within 2 hours of being reported."),
  ])])

L(key="A-H3", auth=A, ref="FOI/19/0561", date="2019-05-09", rec="2019-04-15", regime="foia",
  style="table", fmt="pdf-soffice", title="Customer contact technology contracts",
  intro="Please answer the following questions about the council's contact centre and inbound telephony arrangements.",
  parts=[P(qs=[
      Q("cc.supplier", "Who is your current contact centre software provider?", "R", f="Halcyon Contact Systems",
        a="Halcyon Contact Systems Ltd", sub="Contact centre"),
      Q("cc.spend", "What has the council spent on average each year with that provider (three-year average)?", "W", ["s43(2)"]),
      Q("cc.duration", "What is the length of the contract, including any extension options?", "R", f="3 years + 2 x 12 months",
        a="Three years from 1 April 2017 with the option of two further 12-month extensions."),
      Q("cc.expiry", "On what date does the contact centre contract end?", "R", f="2022-03-31",
        a="31/03/2022 (both extension options have been taken up)."),
      Q(["cc.description", "cc.review"], "Please describe the services covered by the contract and tell me when it is next due for review.", "R",
        f={"cc.description": "cloud contact centre, IVR, recording, web chat", "cc.review": "annually in January"},
        a="Cloud contact centre covering call routing, IVR, call recording and web chat. The contract is reviewed each January."),
      Q("cc.contact", "Who in the council manages the contract? Please include name, title, telephone number and email.", "P", ["s40(2)"],
        a="Customer Services ICT Manager, ict.contracts@northmoor.gov.uk. The officer's name is withheld under section 40(2)."),
      Q("cc.agents", "How many staff take calls in the contact centre?", "R", f=61, a="61"),
      Q("net.supplier", "Who provides your non-geographic numbers (0800/0300) and call routing?", "R", f="Vantis Networks",
        a="Vantis Networks Ltd", sub="Inbound telephony"),
      Q("net.spend", "What is the average annual spend with that provider?", "W", ["s43(2)"]),
      Q("net.expiry", "When does the inbound telephony contract end?", "R", f="2021-10-31", a="31 October 2021"),
      Q("net.contact", "Who is the responsible officer for the inbound telephony contract?", "P", ["s40(2)"],
        a="Customer Services ICT Manager (name withheld under section 40(2))."),
  ])])

L(key="A-H4", auth=A, ref="FOI/19/1402", date="2019-11-18", rec="2019-10-24", regime="foia",
  style="numbered", fmt="md", title="Library services",
  parts=[P(qs=[
      Q("lib.count", "How many static public libraries does the council currently operate?", "R", f=38, a="38"),
      Q("lib.lms", "Who supplies your library management system, and when does that contract end?", "R", f="Bookhive; 2021-06-30",
        a="The Archway library management system is supplied by Bookhive Ltd. The contract ends on 30 June 2021."),
      Q("lib.selfservice", "Which company supplied the self-service issue and return kiosks?", "R", f="Kioskra", a="Kioskra Ltd"),
      Q("lib.ebooks", "Which platform do you use to lend e-books?", "R", f="LendLeaf", a="LendLeaf"),
      Q("lib.volunteer", "How many libraries are run wholly or partly by community volunteers?", "R", f=7, a="7 community-managed libraries."),
  ])])

L(key="A-H5", auth=A, ref="NCC-FOI-2020-0914", date="2020-08-03", rec="2020-07-08", regime="foia",
  style="youasked", fmt="docx", title="Residual waste treatment contract",
  parts=[P(qs=[
      Q("wd.operator", "Which company operates the council's residual waste treatment contract?", "R", f="Greenvale Resource Management",
        a="Greenvale Resource Management Ltd operates the Kelbridge energy recovery facility under the contract."),
      Q("wd.value", "What is the total value of the contract over its full term?", "W", ["s43(2)"]),
      Q("wd.expiry", "When does the contract end?", "R", f="2034-03-31", a="The contract ends on 31 March 2034."),
      Q("wd.landfill1920", "What percentage of the county's residual waste went to landfill in 2019/20?", "R", f="8%", a="8%."),
  ])])

L(key="A-H6", auth=A, ref="NCC-FOI-2021-0377", date="2021-03-22", rec="2021-02-24", regime="foia",
  style="numbered", fmt="md", title="Cyber security",
  parts=[P(qs=[
      Q("cy.ransom_attack", "In the last three years, has the council been the victim of a ransomware attack?", "R", f="no", a="No."),
      Q("cy.paid", "If so, did the council pay the ransom?", "R", f="n/a", a="Not applicable - please see our answer to question 1."),
      Q("cy.insurance", "Does the council hold cyber insurance?", "R", f="yes", a="Yes."),
      Q("cy.training", "Is cyber security training mandatory for council staff?", "R", f="yes, annual",
        a="Yes. All staff with network access must complete the e-learning module every year."),
      Q("cy.budget", "What is the council's annual budget for cyber security?", "R", f=240000, a="£240,000 in 2020/21."),
  ])])

L(key="A-H7", auth=A, ref="NCC-FOI-2021-1288", date="2021-10-12", rec="2021-09-16", regime="foia",
  style="interleaved", qa_labels=("Q{n}", "A{n}"), fmt="pdf-chromium", title="Customer contact technology",
  intro="I am researching how local authorities buy customer-contact technology. Section A is about your contact centre solution; Section B is about inbound call services (non-geographic numbers, routing and IVR).",
  note="We answered a similar request in 2019 (our reference FOI/19/0561); some of the information below has changed since then.",
  parts=[
      P(head="Section A - Contact centre solution", qs=[
          Q("cc.agents", "Roughly how many advisers answer customer calls?", "R", f=60, a="About 60 advisers (56.4 full-time equivalent)."),
          Q("cc.supplier", "Which company supplies the software your contact centre runs on?", "R", f="Halcyon Contact Systems",
            a="Halcyon Contact Systems Ltd."),
          Q("cc.expiry", "When is the current agreement due to finish?", "R", f="2022-03-31",
            a="The agreement ends on 31st March 2022. A replacement is being procured."),
          Q("cc.spend", "What do you pay per year on average for it?", "R", f=178000,
            a="£178,000 a year on average over 2018/19 to 2020/21."),
          Q("cc.contact", "Who is the lead officer for this contract?", "P", ["s40(2)"],
            a="The Head of Customer Services. The name of the post holder is withheld under section 40(2)."),
      ]),
      P(head="Section B - Inbound call services", qs=[
          Q("net.supplier", "Who is your provider for inbound numbers and call routing?", "R", f="Vantis Networks", a="Vantis Networks Ltd."),
          Q("net.expiry", "When is the current agreement due to finish?", "R", f="2023-10-31", a="31 October 2023."),
          Q("net.spend", "What do you pay per year on average for it?", "R", f=61500, a="£61,500 a year on average."),
      ]),
  ])

L(key="A-H9", auth=A, ref="CAS-41172-T8V3Q2", date="2023-04-17", rec="2023-03-20", regime="foia",
  style="decision", fmt="html", title="Ransomware and cyber resilience",
  parts=[P(qs=[
      Q("cy.ransom_attack", "Has Northmoor County Council experienced a ransomware incident at any time since January 2020?", "N", ["s31(3)"]),
      Q("cy.paid", "Has the council made any payment to the perpetrators of a ransomware attack?", "N", ["s31(3)"]),
      Q("cy.insurance", "Does the council have a cyber insurance policy and, if so, who is the insurer?", "P", ["s43(2)"],
        a="The council does hold cyber insurance. The name of the insurer is withheld under section 43(2)."),
      Q("cy.training", "Do all staff have to complete cyber awareness training?", "R", f="yes, annual",
        a="Yes - every member of staff must complete the module once a year."),
      Q("cy.ncsc", "Has the council signed up to the NCSC's Active Cyber Defence services?", "R", f="yes", a="Yes."),
  ])])

L(key="A-H10", auth=A, ref="CAS-44890-R2M7L5", date="2023-09-05", rec="2023-08-09", regime="foia",
  style="decision", fmt="pdf-gs", title="Energy recovery facility contract",
  parts=[P(qs=[
      Q("wd.expiry", "Please confirm the end date of the residual waste treatment contract.", "R", f="2034-03-31",
        a="The contract runs until 31/03/2034. There is no extension option."),
      Q("wd.operator", "Please name the contractor.", "R", f="Greenvale Resource Management", a="Greenvale Resource Management Ltd."),
      Q("wd.value", "Please state the total value of the contract.", "W", ["s43(2)"]),
      Q("wd.gate_fee", "What gate fee per tonne does the council pay?", "W", ["s43(2)"]),
  ])])

L(key="A-H11", auth=A, ref="CAS-50213-J6K1P9", date="2024-05-28", rec="2024-05-01", regime="foia",
  style="numbered", fmt="docx", title="ICT contracts - contact centre and inbound network services",
  intro="I wish to submit a request about the council's ICT contracts, specifically contact centre contracts and inbound network services contracts.",
  parts=[
      P(head="Part 1: contact centre contracts", qs=[
          Q("cc.supplier", "Incumbent Supplier: please provide the supplier of each contact centre contract.", "R", f="Orbis CX", a="Orbis CX Ltd"),
          Q("cc.spend", "Annual Average Spend: please state the annual average spend (over 3 years) for each supplier.", "R", f=212500, a="£212,500"),
          Q("cc.duration", "Contract Duration: please state the duration of the contract, including any extensions.", "R", f="5 years + up to 2",
            a="Five years from 1 April 2022, with an option to extend by up to two years."),
          Q("cc.expiry", "Contract Expiry: please state the date when the contract expires.", "R", f="2027-03-31", a="31/03/2027"),
          Q("cc.review", "Contract Review: please state the date when the contract will be reviewed.", "R", f="annually in January",
            a="The contract is reviewed annually; the next review is in January 2025."),
          Q("cc.description", "Contract Description: please give a brief description of the services provided under the contract.", "R",
            f="omnichannel cloud contact centre", a="Omnichannel cloud contact centre: voice, web chat, email and social media queues, with quality monitoring."),
          Q("cc.contact", "Contact Details: please give the full name, job title, telephone number and email address of the person responsible for the contract.", "P", ["s40(2)"],
            a="Customer Experience Programme Manager, customer.tech@northmoor.gov.uk. The officer's name and direct line are withheld under section 40(2)."),
          Q("cc.agents", "Number of Agents: please provide the total number of contact centre agents.", "R", f=58, a="58"),
      ]),
      P(head="Part 2: inbound network services contracts", qs=[
          Q("net.supplier", "Incumbent Supplier: please provide the supplier of each inbound network services contract.", "R", f="Vantis Networks", a="Vantis Networks Ltd"),
          Q("net.spend", "Annual Average Spend: please state the annual average spend (over 3 years) for each supplier.", "R", f=74300, a="£74,300"),
          Q("net.expiry", "Contract Expiry: please state the date when the contract expires.", "R", f="2026-08-31", a="31/08/2026"),
          Q("net.review", "Contract Review: please state the date when the contract will be reviewed.", "R", f="at renewal", a="The contract will be reviewed ahead of renewal in 2026."),
          Q("net.description", "Contract Description: please give a brief description of the services provided under the contract.", "R",
            f="0300/0800 numbers, routing, IVR", a="Non-geographic numbers, intelligent call routing and IVR."),
          Q("net.contact", "Contact Details: please give the full name, job title, telephone number and email address of the person responsible for the contract.", "P", ["s40(2)"],
            a="Customer Experience Programme Manager (name withheld under section 40(2))."),
      ]),
  ])

# ---- drafts A ----
L(key="A-D1", auth=A, ref="CAS-60321-H8D2K4", date="2025-10-14", rec="2025-09-17", regime="foia", draft=True,
  style="decision", fmt="docx", title="Contact centre and inbound telephony contracts",
  intro="I am writing to request information about your contact centre and inbound telephony arrangements.",
  parts=[
      P(head="Part 1 - Contact centre", qs=[
          Q("cc.supplier", "Who is the incumbent supplier of your contact centre system?", "R", f="Orbis CX", a="Orbis CX Ltd."),
          Q("cc.spend", "What is the average annual spend with that supplier, averaged over three years?", "W", ["s43(2)"]),
          Q("cc.expiry", "When does the contract expire?", "R", f="2027-03-31", a="31st March 2027."),
          Q("cc.review", "When will the contract be reviewed?", "R", f="annually in January", a="Each January, as part of the annual contract review."),
          Q("cc.contact", "Who is responsible for the contract? Please give their name, role, phone number and email.", "P", ["s40(2)"],
            a="Customer Experience Programme Manager, customer.tech@northmoor.gov.uk. The name and direct line of the officer are withheld under section 40(2)."),
          Q("cc.agents", "How many contact centre agents do you employ?", "R", f=72, a="72 agents."),
          Q("cc.sites", "How many sites does the contact centre cover?", "R", f=2, a="The contact centre covers two sites."),
          Q("cc.teams", "Do you use Microsoft Teams Phone for any part of the contact centre?", "R", f="no", a="No."),
      ]),
      P(head="Part 2 - Inbound telephony", qs=[
          Q("net.supplier", "Who is the incumbent supplier of your inbound telephony services?", "R", f="Vantis Networks", a="Vantis Networks Ltd."),
          Q("net.spend", "What is the average annual spend with that supplier, averaged over three years?", "W", ["s43(2)"]),
          Q("net.expiry", "When does the contract expire?", "R", f="2026-08-31", a="31.08.2026"),
          Q("net.contact", "Who is responsible for the contract? Please give their name, role, phone number and email.", "P", ["s40(2)"],
            a="Customer Experience Programme Manager; name withheld under section 40(2)."),
      ]),
  ])

L(key="A-D2", auth=A, ref="CAS-61077-P2Z9Y3", date="2025-11-03", rec="2025-10-06", regime="eir", draft=True, consistent=True,
  style="youasked", fmt="pdf-soffice", title="Energy from waste contract",
  parts=[P(qs=[
      Q("wd.operator", "Who runs the energy-from-waste plant that treats the county's black-bag waste?", "R", f="Greenvale Resource Management",
        a="The facility is operated by Greenvale Resource Management Limited."),
      Q("wd.value", "How much is the contract worth in total?", "W", ["reg12(5)(e)"]),
      Q("wd.gate_fee", "What is the per-tonne gate fee the council is charged?", "W", ["reg12(5)(e)"]),
      Q("wd.expiry", "When is the contract due to expire?", "R", f="2034-03-31", a="At the end of March 2034 (31.03.2034)."),
      Q("wd.tonnage2425", "How many tonnes of residual waste were delivered to the plant in 2024/25?", "R", f=187400, a="187,400 tonnes."),
  ])])

L(key="A-D3", auth=A, ref="CAS-62440-M1Q6T2", date="2026-01-19", rec="2025-12-18", regime="foia", draft=True,
  style="interleaved", qa_labels=("Question {n}", "Response"), fmt="txt", title="Cyber attacks and insurance",
  parts=[P(qs=[
      Q("cy.ransom_attack", "Over the past three years, has the authority suffered any ransomware attack?", "R", f="no", a="No."),
      Q("cy.paid", "Has the authority ever paid a ransom to cyber criminals?", "N", ["s31(3)"]),
      Q("cy.insurance", "Do you hold insurance against cyber attacks?", "W", ["s31(1)(a)"]),
      Q("cy.training", "Is cyber training compulsory for employees?", "R", f="yes, annual", a="Yes, it must be completed annually."),
      Q("cy.backups", "Are your backups kept offline or immutable?", "W", ["s31(1)(a)"]),
  ])])

# ---------------------------------------------------------------------------
# B. North Caledonia Police (Scotland; FOISA, EISR)
# ---------------------------------------------------------------------------

L(key="B-H1", auth=B, ref="FOI/NCP/17/0674", date="2017-09-12", rec="2017-08-21", regime="foisa",
  style="interleaved", qa_labels=("Question {n}", "Answer"), fmt="txt", title="Body worn video",
  parts=[P(qs=[
      Q("bwv.supplier", "Which company supplies your body worn video cameras?", "R", f="Sentinel Vision", a="Sentinel Vision Ltd."),
      Q("bwv.count", "How many body worn video cameras does the force have?", "R", f=420, a="420 cameras."),
      Q("bwv.cost", "What was the total cost of the cameras?", "R", f=310000, a="£310,000, including docking stations."),
      Q("bwv.storage", "What software or system is used to store the footage?", "R", f="VaultCase", a="Footage is stored in the VaultCase digital evidence management system."),
  ])])

L(key="B-H2", auth=B, ref="FOI/NCP/18/0219", date="2018-04-03", rec="2018-03-12", regime="foisa",
  style="table", fmt="html", title="Unmanned aerial vehicles",
  parts=[P(qs=[
      Q("dr.count", "How many drones (unmanned aerial vehicles) does North Caledonia Police own?", "R", f=2, a="2"),
      Q("dr.make", "What make and model are they?", "R", f="DJI Inspire 1", a="Both are DJI Inspire 1."),
      Q("dr.pilots", "How many officers are trained to fly them?", "R", f=6, a="6 officers."),
      Q("dr.cost", "How much did the drones cost?", "R", f=28600, a="£28,600 in total."),
  ])])

L(key="B-H3", auth=B, ref="FOI/NCP/19/0102", date="2019-02-26", rec="2019-02-04", regime="foisa",
  style="youasked", fmt="md", title="Taser and missing persons",
  parts=[P(qs=[
      Q("tz.count", "How many Taser devices does the force hold?", "R", f=380, a="380 devices."),
      Q("tz.officers", "How many officers are trained to carry Taser?", "R", f=510, a="510 officers."),
      Q("mp.count2018", "How many people were reported missing in 2018?", "R", f=3104, a="3,104 people were reported missing in 2018."),
  ])])

L(key="B-H4", auth=B, ref="FOI/NCP/19/0873", date="2019-10-08", rec="2019-09-16", regime="foisa",
  style="prose", fmt="pdf-soffice", title="Body-worn cameras",
  prose=("Could you tell me which firm provides the force's body-worn cameras and how many of the cameras are currently in use? "
         "I would also like to know how much the force has spent on them in total, and whether armed response officers are issued with them."),
  parts=[P(qs=[
      Q("bwv.supplier", "Which firm provides the force's body-worn cameras?", "R", f="Sentinel Vision", a="The cameras are supplied by Sentinel Vision Ltd.", lab="Supplier"),
      Q("bwv.count", "How many of the cameras are currently in use?", "R", f=1150, a="1150 cameras are currently in use.", lab="Number of cameras"),
      Q("bwv.cost", "How much has the force spent on them in total?", "W", ["foisa:s33(1)(b)"], lab="Total spend"),
      Q("bwv.armed", "Are armed response officers issued with them?", "R", f="yes", a="Yes, all armed response officers are issued with a camera.", lab="Armed officers"),
  ])])

L(key="B-H5", auth=B, ref="IM-FOI-2020-1566", date="2020-11-17", rec="2020-10-26", regime="foisa",
  style="youasked", fmt="docx", title="Cyber security",
  parts=[P(qs=[
      Q("cy.incidents", "How many cyber security incidents were reported to the force's information security team in the last 12 months?", "R", f=14, a="14 incidents were reported."),
      Q("cy.ransom", "Has the force been affected by ransomware?", "N", ["foisa:s18(1)", "foisa:s35(1)(a)"]),
      Q("cy.os", "Which desktop operating system do you use?", "R", f="Windows 10", a="Windows 10 Enterprise."),
      Q("cy.antivirus", "Which antivirus or endpoint protection product do you use?", "W", ["foisa:s31(1)", "foisa:s35(1)(a)"]),
  ])])

L(key="B-H6", auth=B, ref="IM-FOI-2021-0981", date="2021-06-29", rec="2021-06-07", regime="eisr",
  style="numbered", fmt="txt", title="Police fleet and emissions",
  parts=[P(qs=[
      Q("fl.total", "How many vehicles are in the force fleet?", "R", f=1240, a="1,240 vehicles."),
      Q("fl.ev", "How many of these are fully electric?", "R", f=38, a="38."),
      Q("fl.co2", "What were the fleet's total CO2 emissions in 2020/21?", "R", f="attached", a="Please see the attached spreadsheet."),
      Q("fl.chargers", "How many electric vehicle charging points have been installed at police premises?", "R", f=46, a="46 charging points."),
  ])])

L(key="B-H7", auth=B, ref="IM-FOI-2022-0412", date="2022-03-15", rec="2022-02-21", regime="foisa",
  style="table", fmt="pdf-chromium", title="Remotely piloted aircraft systems",
  parts=[P(qs=[
      Q("dr.count", "Number of remotely piloted aircraft systems (RPAS) held by the force", "R", f=5, a="5"),
      Q("dr.make", "Manufacturer and model of each RPAS", "R", f="DJI Matrice 300 RTK x3; DJI Mavic 2 Enterprise Advanced x2",
        a="DJI Matrice 300 RTK (3); DJI Mavic 2 Enterprise Advanced (2)"),
      Q("dr.pilots", "Number of accredited RPAS pilots", "W", ["foisa:s35(1)(a)"]),
      Q("dr.cost", "Total purchase cost of RPAS equipment", "R", f=96400, a="£96,400"),
      Q("dr.deploy2021", "Number of RPAS deployments during 2021", "R", f=311, a="311 deployments"),
  ])])

L(key="B-H8", auth=B, ref="IM-FOI-2023-0137", date="2023-01-24", rec="2022-12-19", regime="foisa",
  style="numbered", fmt="docx", title="Body worn video and digital evidence storage",
  parts=[
      P(head="Part 1 - Body worn video cameras", qs=[
          Q("bwv.supplier", "Who is the supplier?", "R", f="Sentinel Vision", a="Sentinel Vision Ltd."),
          Q("bwv.expiry", "When does the current contract end?", "R", f="2025-03-31", a="31 March 2025."),
          Q("bwv.count", "How many units are deployed?", "R", f=1380, a="1,380 units."),
      ]),
      P(head="Part 2 - Storage of footage (digital evidence management)", qs=[
          Q("bwv.storage", "Who is the supplier?", "R", f="VaultCase", a="VaultCase, supplied by Caseware Digital Ltd."),
          Q("dems.expiry", "When does the current contract end?", "R", f="2026-06-30", a="30 June 2026."),
      ]),
  ])

L(key="B-H9", auth=B, ref="IM-FOI-2024-0208", date="2024-02-06", rec="2024-01-15", regime="foisa",
  style="decision", fmt="pdf-gs", title="Cyber incidents and IT security",
  parts=[P(qs=[
      Q("cy.incidents", "Please provide the number of cyber incidents logged in the past year.", "W", ["foisa:s35(1)(a)"]),
      Q("cy.ransom", "Have any of your systems been encrypted by ransomware since 2020?", "N", ["foisa:s18(1)", "foisa:s35(1)(a)"]),
      Q("cy.os", "What operating system(s) are in use on force desktops and laptops?", "R", f="Windows 11", a="Windows 11."),
      Q("cy.training", "Do officers and staff receive mandatory cyber awareness training?", "R", f="yes", a="Yes."),
  ])])

L(key="B-H12", auth=B, ref="IM-FOI-2024-1522", date="2024-08-20", rec="2024-07-29", regime="foisa",
  style="interleaved", qa_labels=("Request {n}", "Response"), fmt="html", title="Drones",
  parts=[P(qs=[
      Q("dr.count", "How many drones does the force currently operate?", "W", ["foisa:s35(1)(a)"]),
      Q("dr.make", "What models of drone are operated?", "W", ["foisa:s35(1)(a)"]),
      Q("dr.pilots", "How many trained drone pilots does the force have?", "W", ["foisa:s35(1)(a)"]),
      Q("dr.cost", "How much has been spent buying drones?", "R", f=141900, a="£141,900 since 2017."),
  ])])

L(key="B-H11", auth=B, ref="IM-FOI-2025-0866", date="2025-05-13", rec="2025-04-22", regime="foisa",
  style="interleaved", qa_labels=("{n}.", "Response:"), fmt="md", title="Body worn video",
  parts=[P(qs=[
      Q("bwv.count", "How many body-worn video devices are issued across the service?", "R", f=1410, a="1410"),
      Q("bwv.supplier", "Name of the body-worn video supplier", "R", f="Sentinel Vision", a="Sentinel Vision Ltd"),
      Q("bwv.expiry", "Expiry date of the body-worn video supply contract", "R", f="2028-03-31", a="31/03/2028 following renewal."),
      Q("bwv.cost", "Value of the body-worn video contract", "W", ["foisa:s33(1)(b)"]),
  ])])

# ---- drafts B ----
L(key="B-D1", auth=B, ref="IM-FOI-2025-2014", date="2025-10-21", rec="2025-09-29", regime="foisa", draft=True,
  style="decision", fmt="pdf-chromium", title="Body-worn video",
  parts=[P(qs=[
      Q("bwv.supplier", "Please name the company that provides the force's body worn video equipment.", "R", f="Sentinel Vision", a="Sentinel Vision Limited."),
      Q("bwv.count", "How many BWV cameras are in service?", "R", f=1410, a="1,410 cameras are in service."),
      Q("bwv.cost", "What is the value of the BWV contract?", "W", ["foisa:s35(1)(a)", "foisa:s35(1)(b)"]),
      Q("bwv.expiry", "When does the contract end?", "R", f="2028-03-31", a="31st March 2028."),
      Q("bwv.storage", "Which digital evidence management system holds the footage?", "R", f="VaultCase", a="VaultCase."),
      Q("bwv.lost2425", "How many BWV cameras were reported lost or damaged in 2024/25?", "R", f=37, a="37."),
      Q("bwv.armed", "Are firearms officers issued with body worn video?", "R", f="yes", a="Yes."),
  ])])

L(key="B-D2", auth=B, ref="IM-FOI-2025-2390", date="2025-12-09", rec="2025-11-17", regime="foisa", draft=True, as_of="2024-01-01",
  style="interleaved", qa_labels=("Q{n}", "A{n}"), fmt="docx", title="Unmanned aircraft",
  parts=[P(qs=[
      Q("dr.count", "How many unmanned aircraft does the force have?", "W", ["foisa:s35(1)(a)"]),
      Q("dr.make", "Please list the make and model of each drone.", "P", ["foisa:s35(1)(a)"],
        a="All of the force's drones are manufactured by DJI. The specific models are withheld under section 35(1)(a) of FOISA."),
      Q("dr.pilots", "How many police officers are qualified drone pilots?", "W", ["foisa:s35(1)(a)"]),
      Q("dr.flightlog", "Does the force keep a log of every drone flight?", "R", f="yes", a="Yes, every flight is recorded in the RPAS flight log."),
  ])])

L(key="B-D3", auth=B, ref="IM-FOI-2026-0311", date="2026-02-17", rec="2026-01-26", regime="foisa", draft=True,
  style="youasked", fmt="md", title="Cyber security",
  parts=[P(qs=[
      Q("cy.incidents", "How many cyber incidents has the force recorded in the last 12 months?", "R", f=9, a="9 incidents were recorded."),
      Q("cy.ransom", "Has the force ever been hit by ransomware?", "N", ["foisa:s18(1)", "foisa:s35(1)(a)"]),
      Q("cy.os", "Which operating systems run on your end-user devices?", "R", f="Windows 11", a="Windows 11 Enterprise."),
      Q("cy.antivirus", "Who provides your antivirus software?", "N", ["foisa:s18(1)", "foisa:s35(1)(a)"]),
      Q("cy.training", "Is cyber security training compulsory for officers and staff?", "R", f="yes", a="Yes."),
  ])])

# ---------------------------------------------------------------------------
# C. Eastholme Teaching Hospitals NHS Foundation Trust (FOIA)
# ---------------------------------------------------------------------------

L(key="C-H2", auth=C, ref="ETH/FOI/17/0612", date="2017-11-06", rec="2017-10-11", regime="foia",
  style="numbered", fmt="html", title="Referral to treatment waiting times",
  parts=[P(qs=[
      Q("wl.52wk", "How many patients currently waiting for treatment have waited longer than 52 weeks?", "R", f=214, a="214 patients."),
      Q("wl.longest", "What is the longest time a patient on the waiting list has been waiting?", "R", f="71 weeks", a="71 weeks."),
      Q("wl.specialty", "Which specialty has the most patients waiting over 52 weeks?", "R", f="Trauma and Orthopaedics", a="Trauma and Orthopaedics."),
  ])])

L(key="C-H3", auth=C, ref="ETH/FOI/18/0533", date="2018-08-14", rec="2018-07-17", regime="foia",
  style="interleaved", qa_labels=("Request {n}", "Response"), fmt="pdf-soffice", title="IT systems and WannaCry",
  parts=[P(qs=[
      Q("it.wannacry", "Was the Trust affected by the WannaCry ransomware attack in May 2017?", "R", f="yes",
        a="Yes. A number of PCs at Eastholme General Hospital were affected and some outpatient clinics were rescheduled."),
      Q("it.xp", "How many devices still run Windows XP?", "R", f=43, a="43 devices, all of which are attached to medical equipment."),
      Q("it.epr", "Who supplies your electronic patient record system?", "R", f="Meridian Health Systems", a="Meridian Health Systems."),
      Q("it.cyberspend1718", "How much did the Trust spend on cyber security in 2017/18?", "R", f=410000, a="£410,000."),
  ])])

L(key="C-H4", auth=C, ref="ETH/FOI/19/0417", date="2019-06-25", rec="2019-05-29", regime="foia",
  style="numbered", fmt="docx", title="Agency staffing 2018/19",
  parts=[
      P(head="Part A - Nursing agency staff", qs=[
          Q("ag.nurse.agencies", "Which agencies supplied nursing staff to the Trust in 2018/19?", "R",
            f=("Northline Nurses", "Redwood Healthcare", "Sapphire Care Staffing"), a="Sapphire Care Staffing; Northline Nurses; Redwood Healthcare."),
          Q("ag.nurse.spend", "How much was spent with those agencies in total?", "R", f=2870000, a="£2.87m."),
          Q("ag.nurse.rate", "What was the highest hourly rate paid?", "R", f=68.50, a="£68.50 per hour."),
      ]),
      P(head="Part B - Medical locum agency staff", qs=[
          Q("ag.med.agencies", "Which agencies supplied locum doctors to the Trust in 2018/19?", "R",
            f=("Apex Doctors", "MedCover Locums"), a="MedCover Locums; Apex Doctors."),
          Q("ag.med.spend", "How much was spent with those agencies in total?", "R", f=4600000, a="£4.6m."),
          Q("ag.med.rate", "What was the highest hourly rate paid?", "W", ["s43(2)"]),
      ]),
  ])

L(key="C-H5", auth=C, ref="FOI-20-0861", date="2020-09-29", rec="2020-09-01", regime="foia",
  style="youasked", fmt="md", title="Car parking",
  parts=[P(qs=[
      Q("pk.income1920", "How much income did the Trust receive from car parking in 2019/20?", "R", f=1930000, a="£1,930,000."),
      Q("pk.staff", "Do staff have to pay to park at the Trust's hospitals?", "R", f="yes", a="Yes. Staff permits are charged on a salary-banded scale."),
      Q("pk.operator", "Who operates your car parks?", "R", f="ParkSure", a="ParkSure Ltd."),
  ])])

L(key="C-H6", auth=C, ref="FOI-21-0702", date="2021-07-13", rec="2021-06-15", regime="foia",
  style="table", fmt="pdf-chromium", title="Agency and bank staffing",
  parts=[P(qs=[
      Q("ag.nurse.agencies", "Names of the agencies supplying registered nurses to the Trust", "R",
        f=("Northline Nurses", "Sapphire Care Staffing"), a="Sapphire Care Staffing; Northline Nurses"),
      Q("ag.med.agencies", "Names of the agencies supplying locum doctors to the Trust", "R",
        f=("Apex Doctors", "Locumlink", "MedCover Locums"), a="MedCover Locums; Apex Doctors; Locumlink"),
      Q("ag.nurse.spend", "Total spend on nursing agencies in 2020/21", "R", f=3050000, a="£3,050,000"),
      Q("ag.med.spend", "Total spend on medical locum agencies in 2020/21", "R", f=5200000, a="£5.2 million"),
      Q("ag.nurse.rate", "Highest hourly rate paid to a nursing agency", "R", f=74.00, a="£74.00"),
      Q("ag.med.rate", "Highest hourly rate paid to a medical locum agency", "W", ["s43(2)"]),
      Q("bank.spend", "Total spend on the Trust's internal staff bank in 2020/21", "R", f=9800000, a="£9.8m"),
  ])])

L(key="C-H7", auth=C, ref="FOI-22-0455", date="2022-05-10", rec="2022-04-12", regime="foia",
  style="youasked", fmt="txt", title="Cyber security and patient record systems",
  parts=[P(qs=[
      Q("it.epr", "What is the name of your electronic patient record product and who is the vendor?", "R", f="Meridian Health Systems",
        a="MHS CareRecord, supplied by Meridian Health Systems."),
      Q("it.ransom", "In the past two years has the Trust suffered a ransomware attack?", "R", f="no", a="No."),
      Q("it.unsupported", "How many of your PCs run an operating system that Microsoft no longer supports?", "R", f=12, a="12."),
      Q("it.mfa", "Do you use multi-factor authentication for remote access?", "R", f="yes", a="Yes."),
  ])])

L(key="C-H8", auth=C, ref="FOI-23-0219", date="2023-03-07", rec="2023-02-08", regime="foia",
  style="numbered", fmt="pdf-gs", title="Long waits for treatment",
  parts=[P(qs=[
      Q("wl.52wk", "Number of patients waiting over 52 weeks for treatment (latest month)", "R", f=1032, a="1,032 (end of January 2023)."),
      Q("wl.104wk", "Number of patients waiting over 104 weeks", "R", f=14, a="14."),
      Q("wl.longest", "Longest current wait in weeks", "R", f="118 weeks", a="118 weeks."),
  ])])

L(key="C-H9", auth=C, ref="FOI-24-0031", date="2024-01-16", rec="2023-12-13", regime="foia",
  style="interleaved", qa_labels=("{n}.", "Answer:"), fmt="html", title="Agency nursing and medical staffing",
  parts=[
      P(head="Part 1 - Registered nursing agency staff", qs=[
          Q("ag.nurse.agencies", "Please list the agencies that supplied registered nurses in 2022/23.", "R",
            f=("Kestrel Clinical Staffing", "Northline Nurses", "Sapphire Care Staffing"),
            a="Sapphire Care Staffing, Northline Nurses and Kestrel Clinical Staffing."),
          Q("ag.nurse.spend", "What was the total spent with them?", "R", f=3420000, a="£3.42m."),
          Q("ag.nurse.rate", "What was the highest hourly rate paid?", "R", f=81.20, a="£81.20."),
          Q("ag.nurse.cap", "How many shifts were paid above the NHS England agency price cap?", "R", f=1146, a="1,146 shifts."),
      ]),
      P(head="Part 2 - Medical locum agency staff", qs=[
          Q("ag.med.agencies", "Please list the agencies that supplied locum doctors in 2022/23.", "R",
            f=("Apex Doctors", "MedCover Locums"), a="MedCover Locums and Apex Doctors."),
          Q("ag.med.spend", "What was the total spent with them?", "R", f=5100000, a="£5.1m."),
          Q("ag.med.rate", "What was the highest hourly rate paid?", "R", f=155.00, a="£155.00."),
      ]),
  ])

L(key="C-H10", auth=C, ref="FOI-24-0902", date="2024-10-01", rec="2024-09-03", regime="foia",
  style="decision", fmt="docx", title="Ransomware and IT estate",
  parts=[P(qs=[
      Q("it.ransom", "Has the Trust been subject to a ransomware attack in the last 24 months?", "N", ["s24(2)", "s31(3)"]),
      Q("it.epr", "Which electronic patient record system is used?", "R", f="Meridian Health Systems", a="Meridian Health Systems (MHS CareRecord)."),
      Q("it.unsupported", "How many endpoints run unsupported Windows versions?", "R", f=3, a="3."),
      Q("it.mfa", "Is multi-factor authentication in place for remote access?", "R", f="yes", a="Yes."),
  ])])

L(key="C-H12", auth=C, ref="FOI-25-1041", date="2025-10-20", rec="2025-09-22", regime="foia",
  style="interleaved", qa_labels=("Question {n}", "Answer"), fmt="txt", title="Agency spend 2024/25",
  parts=[P(qs=[
      Q("ag.nurse.spend", "What did the Trust spend on nursing agency staff in 2024/25?", "R", f=3600000, a="£3.6m."),
      Q("ag.med.rate", "What is the highest hourly rate paid for an agency locum doctor?", "W", ["s43(2)"]),
      Q("ag.nurse.rate", "What is the highest hourly rate paid for an agency nurse?", "R", f=79.90, a="£79.90."),
      Q("ag.nurse.cap", "How many agency nursing shifts were above the price cap?", "R", f=980, a="980."),
  ])])

# ---- drafts C ----
L(key="C-D1", auth=C, ref="FOI-25-0988", date="2025-09-30", rec="2025-09-02", regime="foia", draft=True,
  style="numbered", fmt="pdf-gs", title="Agency staff",
  parts=[
      P(head="Part 1 - Agency nurses", qs=[
          Q("ag.nurse.agencies", "Please list the agencies you used for registered nurses.", "R",
            f=("Kestrel Clinical Staffing", "Northline Nurses", "Sapphire Care Staffing"),
            a="Kestrel Clinical Staffing, Northline Nurses, Sapphire Care Staffing."),
          Q("ag.nurse.spend", "What was your total expenditure with these agencies last financial year?", "P", ["s43(2)"],
            a="The total was £3.42m. The breakdown by individual agency is withheld under section 43(2)."),
          Q("ag.nurse.rate", "What is the highest hourly rate the Trust has paid for an agency nurse?", "R", f=81.20, a="£81.20 per hour."),
          Q("ag.nurse.cap", "How many agency nursing shifts exceeded the price cap?", "NH"),
      ]),
      P(head="Part 2 - Agency doctors", qs=[
          Q("ag.med.agencies", "Please list the agencies you used for locum doctors.", "R",
            f=("Apex Doctors", "MedCover Locums"), a="Apex Doctors and MedCover Locums."),
          Q("ag.med.spend", "What was your total expenditure with these agencies last financial year?", "R", f=5100000, a="£5,100,000."),
          Q("ag.med.rate", "What is the highest hourly rate the Trust has paid for an agency doctor?", "W", ["s43(2)"]),
          Q("bank.med.spend", "How much did the Trust spend on bank (not agency) doctors?", "R", f=2750000, a="£2.75m."),
      ]),
  ])

L(key="C-D2", auth=C, ref="FOI-25-1130", date="2025-11-18", rec="2025-10-21", regime="foia", draft=True,
  style="decision", fmt="docx", title="IT systems and cyber security",
  parts=[P(qs=[
      Q("it.epr", "What electronic patient record system does the Trust use, and who supplies it?", "R", f="Halden Clinical",
        a="Halden EPR, supplied by Halden Clinical; it replaced the previous system in March 2025."),
      Q("it.ransom", "Have you had a ransomware attack in the past two years?", "N", ["s24(2)", "s31(3)"]),
      Q("it.unsupported", "How many computers are on a Windows version Microsoft no longer supports?", "R", f=3, a="Three."),
      Q("it.wannacry", "Was the Trust affected by WannaCry in 2017?", "N", ["s24(2)", "s31(3)"]),
      Q("it.mfa", "Is MFA enforced for remote access?", "R", f="yes", a="Yes."),
  ])])

L(key="C-D3", auth=C, ref="FOI-26-0045", date="2026-01-12", rec="2026-01-12", regime="foia", draft=True, bare=True,
  style="bare", fmt="txt", title="Waiting times",
  parts=[P(qs=[
      Q("wl.52wk", "how many patients are currently waiting more than 52 weeks for treatment;", "U"),
      Q("wl.104wk", "how many of them have been waiting more than two years (104 weeks);", "U"),
      Q("wl.longest", "the longest current wait, in weeks;", "U"),
      Q("wl.specialty", "which specialty has the largest number of patients waiting more than a year;", "U"),
      Q("ae.12h2512", "how many patients spent more than 12 hours in your emergency department in December 2025.", "U"),
  ])])

# ---------------------------------------------------------------------------
# D. Animal and Crop Inspection Agency (central government executive agency; FOIA)
# ---------------------------------------------------------------------------

L(key="D-H1", auth=D, ref="FOI2017/00412", date="2017-05-02", rec="2017-04-04", regime="foia",
  style="decision", fmt="txt", title="Contact centre and inbound network contracts",
  intro="Please provide information about the Agency's contact centre and inbound network services contracts.",
  parts=[
      P(head="Part 1 - Contact centre", qs=[
          Q("cc.supplier", "Incumbent supplier of each contact centre contract.", "R", f="Tellus Contact Solutions", a="Tellus Contact Solutions Ltd."),
          Q("cc.spend", "Annual average spend with each supplier over the last three years.", "W", ["s43(2)"]),
          Q("cc.expiry", "Date on which each contract expires.", "R", f="2019-06-30", a="30 June 2019."),
          Q("cc.review", "Date on which each contract will be reviewed.", "R", f="at expiry", a="The contract will be reviewed at expiry."),
          Q("cc.description", "Brief description of the services provided.", "R", f="call handling for licensing enquiries",
            a="Telephony, call queueing and call recording for the Agency's licensing and inspection enquiry line."),
          Q("cc.contact", "Name, job title, telephone number and email address of the person responsible for each contract.", "P", ["s40(2)"],
            a="Head of Customer Contact, contactcentre@acia.gov.uk. Names of staff below Senior Civil Service level are withheld under section 40(2)."),
          Q("cc.agents", "Total number of contact centre agents.", "R", f=85, a="85."),
      ]),
      P(head="Part 2 - Inbound network services", qs=[
          Q("net.supplier", "Incumbent supplier of each inbound network services contract.", "R", f="Brightline Telecom", a="Brightline Telecom plc."),
          Q("net.spend", "Annual average spend with each supplier over the last three years.", "W", ["s43(2)"]),
          Q("net.expiry", "Date on which each contract expires.", "R", f="2018-12-31", a="31 December 2018."),
          Q("net.contact", "Name, job title, telephone number and email address of the person responsible for each contract.", "P", ["s40(2)"],
            a="Head of Customer Contact (name withheld under section 40(2))."),
      ]),
  ])

L(key="D-H2", auth=D, ref="FOI2018/00087", date="2018-01-30", rec="2018-01-02", regime="foia",
  style="prose", fmt="html", title="Staff numbers and consultancy",
  prose=("I would be grateful if you could tell me how many full-time equivalent staff the Agency currently employs and how many contractors or "
         "temporary workers it engages. Please also let me know how much was spent on management consultants in 2016/17, and how many members "
         "of the Senior Civil Service work in the Agency."),
  parts=[P(qs=[
      Q("st.headcount", "How many full-time equivalent staff does the Agency currently employ?", "R", f=1846, a="The Agency employs 1,846 FTE staff.", lab="Staff in post"),
      Q("st.contractors", "How many contractors or temporary workers does it engage?", "R", f=112, a="112 contingent workers are engaged.", lab="Contractors and temporary workers"),
      Q("st.consultancy", "How much was spent on management consultants?", "R", f=2300000, a="£2.3m in 2016/17.", lab="Consultancy spend"),
      Q("st.scs", "How many members of the Senior Civil Service work in the Agency?", "R", f=41, a="41.", lab="Senior Civil Service"),
  ])])

L(key="D-H4", auth=D, ref="FOI2019/00968", date="2019-09-03", rec="2019-08-06", regime="foia",
  style="numbered", fmt="pdf-gs", title="Customer contact contracts",
  parts=[P(qs=[
      Q("cc.supplier", "Name of your contact centre technology provider", "R", f="Tellus Contact Solutions", a="Tellus Contact Solutions Ltd"),
      Q(["cc.spend", "cc.duration"], "Contract value per year and length of contract", "R",
        f={"cc.spend": 420000, "cc.duration": "4 years"}, a="£420,000 per annum; four years from 1 July 2019."),
      Q("cc.expiry", "Contract end date", "R", f="2023-06-30", a="30/06/2023"),
      Q("cc.agents", "Number of call handlers", "R", f=79, a="79"),
      Q("cc.contact", "Name and role of the contract owner", "P", ["s40(2)"], a="Head of Customer Contact. The name is withheld under section 40(2)."),
      Q("net.supplier", "Provider of your 0300 and 0800 numbers", "R", f="Brightline Telecom", a="Brightline Telecom plc"),
      Q("net.expiry", "End date of the 0300/0800 contract", "R", f="2021-12-31", a="31/12/2021"),
      Q("net.spend", "Annual cost of the 0300/0800 contract", "R", f=38000, a="£38,000"),
      Q("crm.system", "Which CRM system does the contact centre use?", "R", f="Dynamics 365", a="Microsoft Dynamics 365"),
  ])])

L(key="D-H5", auth=D, ref="FOI2020/00544", date="2020-06-09", rec="2020-05-12", regime="foia",
  style="youasked", fmt="docx", title="Cyber security incidents",
  parts=[P(qs=[
      Q("cy.incidents2019", "How many cyber security incidents did the Agency record in 2019?", "R", f=3, a="3."),
      Q("cy.ransom", "Has the Agency experienced a ransomware attack?", "R", f="no", a="No."),
      Q("cy.phishing2019", "How many phishing emails were blocked in 2019?", "R", f=41000, a="Approximately 41,000."),
  ])])

L(key="D-H6", auth=D, ref="FOIR-471092385", date="2021-12-07", rec="2021-11-09", regime="foia",
  style="interleaved", qa_labels=("{n}.", "Response:"), fmt="pdf-soffice", title="Workforce information",
  parts=[P(qs=[
      Q("st.headcount", "What is the Agency's current headcount (FTE)?", "R", f=2012, a="2,012 FTE."),
      Q("st.contractors", "How many contingent labour workers (contractors, agency temps) are currently engaged?", "R", f=164, a="164."),
      Q("st.consultancy", "What was spent on consultancy in the last financial year?", "R", f=3100000, a="£3.1m in 2020/21."),
      Q("st.scs", "How many SCS posts are there?", "R", f=44, a="44."),
      Q("st.office", "What proportion of their working time are staff required to spend in the office?", "NH",
        a="The Agency does not hold this information. There is currently no set minimum office attendance requirement."),
  ])])

L(key="D-H7", auth=D, ref="FOIR-480337142", date="2022-11-22", rec="2022-10-25", regime="foia",
  style="numbered", fmt="txt", title="Gifts and hospitality; inspection report",
  parts=[P(qs=[
      Q("gh.ceo2122", "Please provide the Chief Executive's register of gifts and hospitality for 2021/22.", "R", ["s21(1)"], f="published",
        a="This information is reasonably accessible to you: it is published on GOV.UK in the Agency's transparency data. We are therefore applying section 21(1)."),
      Q("insp.holloway", "Please provide the most recent inspection report for Holloway Farm, Tadcombe.", "W", ["s31(1)(g)", "s40(2)"]),
  ])])

L(key="D-H8", auth=D, ref="FOIR-488654201", date="2023-07-11", rec="2023-06-13", regime="foia",
  style="youasked", fmt="html", title="Contact centre and telephony contracts",
  parts=[
      P(head="Part 1: Contact centre", qs=[
          Q("cc.supplier", "Who is the incumbent supplier for your contact centre?", "R", f="Tellus Contact Solutions", a="Tellus Contact Solutions Ltd."),
          Q("cc.spend", "What is your average annual spend with that supplier?", "R", f=455000, a="£455,000."),
          Q("cc.expiry", "When does the contract expire?", "R", f="2025-09-30", a="30 September 2025."),
          Q("cc.agents", "How many contact centre agents are there?", "R", f=74, a="74."),
          Q("cc.contact", "Who is the contract owner? Please give name, job title and contact details.", "P", ["s40(2)"],
            a="Head of Customer Contact, contactcentre@acia.gov.uk. The name is withheld under section 40(2)."),
      ]),
      P(head="Part 2: Inbound network services", qs=[
          Q("net.supplier", "Who is the incumbent supplier for your inbound network services?", "W", ["s24(1)", "s31(1)(a)"]),
          Q("net.expiry", "When does the contract expire?", "W", ["s24(1)", "s31(1)(a)"]),
          Q("net.contact", "Who is the contract owner? Please give name, job title and contact details.", "P", ["s40(2)"],
            a="Head of Digital Infrastructure. The name is withheld under section 40(2)."),
      ]),
  ])

L(key="D-H10", auth=D, ref="FOIR-499027664", date="2024-12-03", rec="2024-11-05", regime="foia",
  style="interleaved", qa_labels=("Question {n}:", "Answer:"), fmt="docx", title="Use of drones",
  parts=[P(qs=[
      Q("dr.count", "How many drones does the Agency operate?", "R", f=9, a="9."),
      Q("dr.use", "For what purposes are they used?", "R", f="crop surveys; flood damage", a="Crop disease surveillance and flood-damage assessment on agricultural land."),
      Q("dr.pilots", "How many staff are qualified remote pilots?", "NH",
        a="This information is not held centrally; pilot qualifications are recorded by individual contractors."),
  ])])

L(key="D-H11", auth=D, ref="FOIR-503381920", date="2025-06-24", rec="2025-05-27", regime="foia",
  style="table", fmt="pdf-chromium", title="Workforce statistics",
  parts=[P(qs=[
      Q("st.headcount", "Total number of staff employed (full-time equivalent)", "R", f=2144, a="2,144 FTE"),
      Q("st.contractors", "Number of contractors and temporary agency workers engaged", "R", f=151, a="151"),
      Q("st.consultancy", "Spend on consultants in 2024/25", "R", f=1900000, a="£1.9m"),
      Q("st.scs", "Number of Senior Civil Servants", "R", f=47, a="47"),
  ])])

# ---- drafts D ----
L(key="D-D1", auth=D, ref="FOIR-509912437", date="2025-10-07", rec="2025-09-09", regime="foia", draft=True,
  style="decision", fmt="pdf-soffice", title="Contact centre and inbound network contracts",
  parts=[
      P(head="Part 1 - Contact centre", qs=[
          Q("cc.supplier", "Please tell me who currently supplies your contact centre service.", "R", f="Tellus Contact Solutions", a="Tellus Contact Solutions."),
          Q("cc.spend", "Please tell me the average yearly cost of that contract.", "R", f=455000, a="£455k per year."),
          Q("cc.expiry", "Please tell me when the contract ends.", "R", f="2027-09-30",
            a="30 September 2027, following the exercise of a two-year extension."),
          Q("cc.agents", "How many agents work in the contact centre?", "R", f=74, a="Seventy-four."),
          Q("cc.contact", "Please tell me who manages the contract (name, title and contact details).", "R", f="Priya Natarajan",
            a="Priya Natarajan, Deputy Director, Customer Contact (SCS), contactcentre@acia.gov.uk."),
      ]),
      P(head="Part 2 - Inbound network services", qs=[
          Q("net.supplier", "Please tell me who currently supplies your inbound network service.", "W", ["s31(1)(a)"]),
          Q("net.expiry", "Please tell me when the contract ends.", "R", f="2027-01-31", a="31/01/2027."),
          Q("net.contact", "Please tell me who manages the contract (name, title and contact details).", "P", ["s40(2)"],
            a="Head of Digital Infrastructure; the name is withheld under section 40(2)."),
      ]),
  ])

L(key="D-D2", auth=D, ref="FOIR-512006318", date="2026-01-27", rec="2025-12-29", regime="foia", draft=True,
  style="numbered", fmt="md", title="Staffing and office attendance",
  parts=[P(qs=[
      Q("st.headcount", "What is the Agency's staff headcount, expressed as full-time equivalents?", "R", f=2144, a="2144 FTE."),
      Q("st.contractors", "How many contractors or agency temps does the Agency use at present?", "R", f=151, a="151 contingent workers."),
      Q("st.scs", "How many of your staff are in the Senior Civil Service?", "R", f=52, a="52."),
      Q("st.office", "What percentage of their time must staff spend working in the office?", "R", f="60%",
        a="Staff are expected to spend at least 60% of their working time in the office."),
      Q("st.fixedterm", "How many employees are on fixed-term contracts?", "R", f=88, a="88."),
      Q("st.consultancy", "What did the Agency spend on consultancy in the most recent financial year?", "R", f=1900000, a="£1,900,000."),
  ])])
