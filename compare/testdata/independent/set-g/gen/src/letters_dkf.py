from engine import Q, Letter, R, P, W, N, NH, RF, U

A = "dkf"

HISTORY = [
    # ---------------------------------------------------------------- fleet and EV
    Letter(A, "DKFRS/FOI/2017/112", "2017-09-12", "2017-08-15", "Fire appliances and fleet",
           "interleaved", "txt", parts=[[
               Q("fire.appliances", "How many front-line fire engines does the Service have?", R, "38 front-line pumping appliances.",
                 fact="38"),
               Q("fire.oldest", "How old is the oldest front-line appliance?", R, "14 years (registered 2003).", fact="14y"),
               Q("fleet.ev", "How many electric vehicles are in the Service's fleet?", R, "2.", fact="2"),
               Q("fire.maker", "Which manufacturer builds your fire appliances?", R,
                 "Emberline Bodies Ltd, on Volvo chassis.", fact="emberline bodies"),
           ]]),
    Letter(A, "DKFRS/FOI/2020/009", "2020-01-21", "2019-12-17", "Fleet composition",
           "youasked", "md", parts=[[
               Q("fleet.ev", "The number of fully electric cars and vans operated by the Service.", R, "11.", fact="11"),
               Q("fire.appliances", "The number of front-line pumping appliances.", R, "36.", fact="36"),
               Q("fire.aerial", "The number of aerial ladder platforms.", R, "4.", fact="4"),
               Q("fleet.total", "The total number of vehicles of all types.", R, "174.", fact="174"),
               Q("fire.maker", "The body builder of your most recent appliances.", R, "Emberline Bodies Ltd.",
                 fact="emberline bodies"),
           ]]),
    Letter(A, "DKFRS/FOI/2023/071", "2023-03-07", "2023-02-07", "Fleet decarbonisation",
           "table", "pdf-soffice", parts=[[
               Q("fire.appliances", "How many front-line fire engines are in service?", R, "36", fact="36"),
               Q("fleet.ev", "How many electric vehicles are on the fleet?", R, "29", fact="29"),
               Q("ev.depot_points", "How many EV charge points are installed at fire stations and headquarters?", R, "22",
                 fact="22"),
               Q("fire.ev_appliance", "Has the Service bought or trialled an electric fire engine?", R,
                 "No. The Service has not purchased or trialled a fully electric fire engine.", fact="no"),
               Q("fire.maker", "Who manufactures your fire appliances?", R, "Emberline Bodies Ltd", fact="emberline bodies"),
               Q("fire.replacement_budget", "What is the capital budget for appliance replacement in 2023/24?", R,
                 "£1.2m", fact="1200000"),
           ]]),
    # ---------------------------------------------------------------- ICT: mobilising and telephony
    Letter(A, "DKFRS/FOI/2018/074", "2018-06-26", "2018-05-29", "Fire control mobilising system",
           "interleaved", "html", parts=[[
               Q("mob.supplier", "Who supplies the mobilising system used in fire control?", R, "Crestline Mobilising Ltd.",
                 fact="crestline mobilising"),
               Q("mob.expiry", "When does the mobilising system contract expire?", R, "31 March 2021.", fact="2021-03-31"),
               Q("mob.value", "What is the value of the contract?", R, "£1,450,000 over five years.", fact="1450000"),
               Q("tel.supplier", "Who supplies the Service's telephony (phone lines and switchboard)?", R,
                 "Larkfield Telecom plc.", fact="larkfield telecom"),
           ]]),
    Letter(A, "DKFRS/FOI/2021/188", "2021-10-12", "2021-09-14", "Mobilising system contract",
           "youasked", "pdf-gs", parts=[[
               Q("mob.supplier", "Please name the provider of your command and control (mobilising) system.", R,
                 "Crestline Mobilising Ltd.", fact="crestline mobilising"),
               Q("mob.value", "Please state the total contract value.", W, ex=["s43(2)"]),
               Q("mob.expiry", "Please give the end date of the contract.", R, "31 March 2026.", fact="2026-03-31"),
               Q("mob.contact", "Please provide the name and role of the officer who manages the contract.", P,
                 "Head of Fire Control. The officer's name is withheld under section 40(2).", ex=["s40(2)"]),
           ]]),
    Letter(A, "DKFRS/FOI/2024/041", "2024-02-27", "2024-01-30", "Control room and telephony contracts",
           "decision", "docx", parts=[[
               Q("mob.supplier", "The supplier of the mobilising / command and control system.", W, ex=["s24(1)", "s31(1)(a)"]),
               Q("mob.value", "The contract value.", W, ex=["s43(2)"]),
               Q("mob.expiry", "The contract end date.", W, ex=["s24(1)", "s31(1)(a)"]),
               Q("tel.supplier", "The supplier of the corporate telephony service.", R, "Larkfield Telecom plc.",
                 fact="larkfield telecom"),
           ]]),
    # ---------------------------------------------------------------- cyber
    Letter(A, "DKFRS/FOI/2022/233", "2022-11-08", "2022-10-11", "Cyber security incidents",
           "qa", "txt", parts=[[
               Q("cyber.ransomware", "How many ransomware attacks has the Service experienced since 2019?", R, "0", fact="0"),
               Q("cyber.insurance", "Does the Authority hold cyber insurance?", R, "Yes.", fact="yes"),
               Q("cyber.ransom_paid", "Has the Authority paid a ransom?", R, "No.", fact="no"),
           ]]),
    # ---------------------------------------------------------------- unrelated
    Letter(A, "DKFRS/FOI/2019/061", "2019-04-16", "2019-03-19", "False alarms",
           "interleaved", "md", parts=[[
               Q("afa.count", "How many automatic fire alarm calls did the Service attend in 2018?", R, "4,912.", fact="4912"),
               Q("afa.false", "How many of these were false alarms?", R, "4,607.", fact="4607"),
               Q("afa.charge", "Does the Service charge for repeated false alarms?", R, "No.", fact="no"),
           ]]),
]

DRAFTS = [
    Letter(A, "DKFRS/FOI/2025/033", "2025-02-18", "2025-01-21", "Fire engines and fleet",
           "restate", "html", kind="draft", name="dkf-draft-fleet-2025.html", parts=[[
               Q("fire.appliances", "The number of fire engines currently available for front-line use.", R,
                 "Thirty-six (36).", fact="36"),
               Q("fire.replacement_budget", "The capital sum set aside in 2023/24 for replacing appliances.", R,
                 "£1,200,000 was budgeted for 2023/24.", fact="1200000"),
               Q("fire.maker", "The name of the company that builds your appliances.", W, ex=["s43(2)"]),
               Q("fire.ev_appliance", "Whether the Service has trialled or purchased an electric fire engine.", R,
                 "The Service has not trialled or bought an electric appliance.", fact="no"),
               Q("fleet.ev", "The number of electric vehicles on the fleet.", R, "29 electric vehicles.", fact="29"),
           ]]),
    Letter(A, "DKFRS/FOI/2025/214", "2025-11-25", "2025-10-28", "Mobilising and telephony contracts",
           "table", "pdf-soffice", kind="draft", name="dkf-draft-mobilising-2025.pdf", parts=[[
               Q("mob.supplier", "Who provides the Service's command and control (mobilising) system?", R,
                 "Crestline Mobilising Ltd.", fact="crestline mobilising"),
               Q("mob.value", "What is the contract worth?", W, ex=["s31(1)(a)", "s43(2)"]),
               Q("mob.expiry", "When does it end?", W, ex=["s24(1)", "s31(1)(a)"]),
               Q("tel.supplier", "Who is your supplier for corporate phone lines and switchboard?", R,
                 "Larkfield Telecom plc", fact="larkfield telecom"),
           ]]),
]
