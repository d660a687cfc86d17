from engine import Q, Letter, R, P, W, N, NH, RF, U

A = "nmp"
NCND = ["s24(2)", "s31(3)"]
PT2 = ["Part 1 – contact centre service contracts", "Part 2 – inbound network services contracts"]
CC_PRE = ("My request relates to the force's contact centre service contracts (call distribution, web chat, "
          "performance monitoring) and its inbound network services contracts (non-emergency numbers, routing, "
          "caller identification, IVR).")

HISTORY = [
    # ---------------------------------------------------------------- ICT / telephony
    Letter(A, "FOI 0187/19", "2019-02-12", "2019-01-15", "Contact centre contracts",
           "interleaved", "txt", part_titles=PT2, request_preamble=CC_PRE, parts=[[
               Q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier.",
                 R, "Orbis Contact Ltd", fact="orbis contact"),
               Q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.",
                 R, "£96,000", fact="96000"),
               Q("cc.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.",
                 R, "30/09/2021", fact="2021-09-30"),
               Q("cc.description", "Contract Description: please state a brief description of the services provided.",
                 R, "Contact management platform for the force control room and front counters: call queuing, recording and web chat.",
                 fact="contact management platform"),
               Q("cc.agents", "Number of Agents: please provide the total number of contact centre agents.",
                 R, "85 call handlers", fact="85"),
           ], [
               Q("net.supplier", "Incumbent Supplier: For each of the contract(s) please provide the supplier.",
                 R, "Larkfield Telecom plc", fact="larkfield telecom"),
               Q("net.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend.",
                 R, "£31,500", fact="31500"),
               Q("net.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.",
                 R, "31/12/2020", fact="2020-12-31"),
           ]]),
    Letter(A, "FOI 0655/21", "2021-07-20", "2021-06-22", "Telephony and contact centre contracts",
           "table", "html", parts=[[
               Q("cc.supplier", "Who supplies the force contact centre (call handling) system?", R, "Orbis Contact Ltd",
                 fact="orbis contact"),
               Q("net.supplier", "Who supplies the inbound network / non-emergency number service?", R,
                 "Larkfield Telecom plc", fact="larkfield telecom"),
               Q("cc.expiry", "When does the contact centre contract expire?", R,
                 "30 September 2024 (extended)", fact="2024-09-30"),
               Q("net.expiry", "When does the inbound network contract expire?", R, "31 December 2023", fact="2023-12-31"),
               Q("cc.spend", "Average annual spend on the contact centre contract.", W, ex=["s43(2)"]),
               Q("net.spend", "Average annual spend on the inbound network contract.", W, ex=["s43(2)"]),
           ]]),
    Letter(A, "FOI 0498/23", "2023-05-16", "2023-04-18", "Contact centre and inbound network contracts",
           "decision", "pdf-soffice", part_titles=PT2, request_preamble=CC_PRE, parts=[[
               Q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
                 R, "Orbis Contact Ltd.", fact="orbis contact"),
               Q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.",
                 W, ex=["s43(2)"]),
               Q("cc.duration", "Contract Duration: For each supplier, please state the contract duration. If available, please also include any contract extensions.",
                 R, "Five years, extended by one further year.", fact="60+12"),
               Q("cc.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.",
                 R, "30th September 2024.", fact="2024-09-30"),
               Q("cc.contact", "Contact Details: For each supplier, please state the person responsible for the contract.",
                 P, "Head of Contact Management. The individual's name is withheld under section 40(2).", ex=["s40(2)"]),
               Q("cc.agents", "Number of Agents: please provide me with the total number of contact centre agents.",
                 R, "92.", fact="92"),
           ], [
               Q("net.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
                 R, "Larkfield Telecom plc.", fact="larkfield telecom"),
               Q("net.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.",
                 W, ex=["s43(2)"]),
               Q("net.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.",
                 R, "31st December 2026.", fact="2026-12-31"),
               Q("net.contact", "Contact Details: For each supplier, please state the person responsible for the contract.",
                 P, "ICT Service Delivery Manager; name withheld under section 40(2).", ex=["s40(2)"]),
           ]]),
    # ---------------------------------------------------------------- ANPR / CCTV / facial recognition
    Letter(A, "FOI 0733/18", "2018-08-21", "2018-07-24", "ANPR cameras",
           "youasked", "txt", parts=[[
               Q("anpr.count", "How many ANPR cameras does the force operate?", R, "64 fixed-site cameras.", fact="64"),
               Q("anpr.supplier", "Who supplies the force's ANPR cameras?", R, "Routewatch Systems Ltd.", fact="routewatch systems"),
               Q("anpr.reads", "How many ANPR reads were captured in 2017?", R, "41.2 million.", fact="41200000"),
               Q("speedcam.count", "How many fixed speed cameras are there in the force area?",
                 NH, "Northmoor Police does not hold this information. Fixed safety cameras are operated by the Northmoor Road Safety Partnership."),
           ]]),
    Letter(A, "FOI 1012/20", "2020-11-03", "2020-10-06", "ANPR and CCTV",
           "interleaved", "md", parts=[[
               Q("anpr.count", "Please state the number of ANPR cameras operated by Northmoor Police.", N, ex=NCND),
               Q("anpr.supplier", "Please name the supplier of your ANPR cameras.", W, ex=["s31(1)(a)"]),
               Q("frt.live", "Has the force ever deployed live facial recognition?", R, "No.", fact="no"),
               Q("custody.cctv", "How many CCTV cameras are installed in your custody suites?", R, "118.", fact="118"),
           ]]),
    Letter(A, "FOI 0911/23", "2023-09-26", "2023-08-29", "ANPR and facial recognition",
           "qa", "pdf-gs", parts=[[
               Q("anpr.count", "How many automatic number plate recognition cameras does the force have?", N, ex=NCND),
               Q("frt.live", "Does Northmoor Police use live facial recognition technology?", R,
                 "No. The force has not deployed live facial recognition.", fact="no"),
               Q("frt.retro", "Does the force use retrospective facial recognition, for example through the Police National Database?",
                 R, "Yes, via the Police National Database facial search facility.", fact="yes"),
               Q("anpr.supplier", "Who manufactures or supplies the ANPR cameras?", W, ex=["s31(1)(a)"]),
               Q("anpr.retention", "How long is ANPR read data retained?", R, "12 months, in line with the National ANPR Standards.",
                 fact="12m"),
           ]]),
    # ---------------------------------------------------------------- fleet
    Letter(A, "FOI 0964/19", "2019-10-15", "2019-09-17", "Police vehicle fleet",
           "table", "docx", parts=[[
               Q("fleet.total", "Total number of vehicles in the force fleet.", R, "587", fact="587"),
               Q("fleet.ev", "Number of fully electric vehicles in the fleet.", R, "9", fact="9"),
               Q("fleet.marked_ev", "How many marked response cars are electric?", R, "0", fact="0"),
               Q("ev.depot_points", "Number of vehicle charging points at police premises.", R, "18", fact="18"),
           ]]),
    Letter(A, "FOI 0552/22", "2022-06-07", "2022-05-10", "Fleet electrification",
           "youasked", "pdf-chromium", parts=[[
               Q("fleet.ev", "How many battery electric vehicles does the force now run?", R, "47.", fact="47"),
               Q("ev.depot_points", "How many charge points are there at force buildings?", R, "60.", fact="60"),
               Q("fleet.total", "What is the size of the whole fleet?", R, "603 vehicles.", fact="603"),
               Q("fleet.lease", "Who provides vehicle leasing to the force?", R, "Carrow Fleet Solutions Ltd.",
                 fact="carrow fleet solutions"),
               Q("fleet.writeoffs", "How many police vehicles were written off in 2021?", R, "23.", fact="23"),
           ]]),
    Letter(A, "FOI 0802/24", "2024-08-13", "2024-07-16", "Fleet – electric vehicles",
           "interleaved", "txt", parts=[[
               Q("fleet.ev", "Number of fully electric vehicles on the fleet.", R, "74", fact="74"),
               Q("ev.depot_points", "Number of charge points on force premises.", R, "85", fact="85"),
               Q("fleet.lease", "Name of the vehicle lease provider.", W, ex=["s43(2)"]),
               Q("fleet.marked_ev", "How many marked response vehicles are fully electric?", R, "6", fact="6"),
               Q("fleet.total", "Total fleet size.", R, "611", fact="611"),
           ]]),
    # ---------------------------------------------------------------- cyber
    Letter(A, "FOI 0049/22", "2022-01-18", "2021-12-14", "Cyber attacks",
           "decision", "html", parts=[[
               Q("cyber.ransomware", "How many ransomware attacks has the force suffered since 2019?", N, ex=NCND),
               Q("cyber.insurance", "Does the force have cyber insurance?", R, "No. The force does not hold cyber insurance.",
                 fact="no"),
               Q("cyber.ransom_paid", "Has the force paid any ransom?", N, ex=NCND),
               Q("cyber.training", "Is cyber awareness training mandatory for officers and staff?", R,
                 "Yes. All officers and staff complete the annual mandatory NCALT information security module.", fact="yes"),
           ]]),
    # ---------------------------------------------------------------- unrelated
    Letter(A, "FOI 0391/20", "2020-04-28", "2020-03-31", "Drones",
           "qa", "txt", parts=[[
               Q("drone.count", "How many drones does the force own?", R, "7.", fact="7"),
               Q("drone.maker", "Which manufacturer makes them?", W, ex=["s31(1)(a)"]),
               Q("drone.flights", "How many drone deployments were there in 2019?", R, "312.", fact="312"),
           ]]),
    Letter(A, "FOI 0410/18", "2018-05-09", "2018-04-11", "Police dogs",
           "interleaved", "pdf-gs", parts=[[
               Q("dogs.count", "How many police dogs does the force have?", R, "24 general purpose and specialist search dogs.",
                 fact="24"),
               Q("dogs.bites", "How many members of the public were bitten by police dogs in 2017?", R, "3.", fact="3"),
           ]]),
]

DRAFTS = [
    Letter(A, "FOI 0689/25", "2025-07-22", "2025-06-24", "ANPR and facial recognition",
           "youasked", "docx", kind="draft", name="nmp-draft-anpr-frt-2025.docx", parts=[[
               Q("anpr.count", "What is the total number of ANPR cameras the force operates?", R,
                 "72 fixed ANPR cameras are in operation across the force area.", fact="72"),
               Q("frt.live", "Has Northmoor Police used live facial recognition?", N, ex=NCND),
               Q("anpr.retention", "For how long does the force keep ANPR data?", R,
                 "One year, as set out in the National ANPR Standards.", fact="12m"),
               Q("anpr.supplier", "Which company provides the ANPR cameras?", R, "Routewatch Systems Ltd.",
                 fact="routewatch systems"),
               Q("speedcam.count", "How many fixed speed cameras operate in the Northmoor area?", NH,
                 "This information is not held by Northmoor Police; fixed cameras are the responsibility of the Northmoor Road Safety Partnership."),
           ]]),
    Letter(A, "FOI 0231/25", "2025-03-11", "2025-02-11", "Contact centre contract",
           "decision", "pdf-chromium", kind="draft", name="nmp-draft-contact-centre-2025.pdf",
           part_titles=PT2, request_preamble=CC_PRE, parts=[[
               Q("cc.supplier", "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
                 W, ex=["s31(1)(a)", "s31(1)(b)"]),
               Q("cc.spend", "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend for each supplier.",
                 W, ex=["s31(1)(a)", "s31(1)(b)"]),
               Q("cc.duration", "Contract Duration: For each supplier, please state the contract duration. If available, please also include any contract extensions.",
                 R, "Sixty months plus a twelve-month extension.", fact="60+12"),
               Q("cc.contact", "Contact Details: For each supplier, please state the person responsible for the contract.",
                 P, "Head of Contact Management (name withheld under section 40(2)).", ex=["s40(2)"]),
           ], [
               Q("net.expiry", "Contract Expiry: For each supplier, please state the date of when the contract expires.",
                 R, "31/12/2026", fact="2026-12-31"),
               Q("net.contact", "Contact Details: For each supplier, please state the person responsible for the contract.",
                 P, "ICT Service Delivery Manager; the name is withheld under section 40(2).", ex=["s40(2)"]),
           ]]),
    Letter(A, "FOI 0477/25", "2025-05-20", "2025-04-22", "Fleet electrification",
           "table", "html", kind="draft", name="nmp-draft-fleet-2025.html", as_of="2024-08-01", parts=[[
               Q("fleet.ev", "How many of the force's vehicles are fully electric?", R, "74", fact="74"),
               Q("fleet.lease", "Which company leases vehicles to the force?", W, ex=["s43(2)"]),
               Q("fleet.writeoffs", "How many force vehicles were written off during 2021?", R, "Twenty-three.", fact="23"),
           ]]),
    Letter(A, "FOI 1102/25", "2025-12-02", "2025-11-04", "Ransomware and cyber security",
           "decision", "pdf-soffice", kind="draft", name="nmp-draft-cyber-2025.pdf", parts=[[
               Q("cyber.ransomware", "Since 2022, how many times has the force been hit by ransomware?", N, ex=NCND),
               Q("cyber.insurance", "Is the force covered by a cyber insurance policy?", R,
                 "No, the force does not have cyber insurance.", fact="no"),
               Q("cyber.ransom_paid", "Has Northmoor Police ever paid a ransom demand?", N, ex=NCND),
               Q("cyber.training", "Must all staff complete cyber security training?", R,
                 "Yes – the NCALT information security module is mandatory every year.", fact="yes"),
           ]]),
]
