"""National Water Environment Regulator (FOIA and EIR): truth."""
from data_wdc import Q, R, PR, W, NH, NC, RF, U

HYDRO = "hydrosense analytics ltd"

LETTERS = [
    # ------------------------------------------------------------ monitoring contract 2018 (FOIA, decision)
    dict(id="nwer-2018-monitoring-contract", kind="history", auth="nwer", ref="RFI-2018-0144",
         date="2018-12-05", received="2018-11-07", regime="foia", title="River water-quality monitoring "
         "network contract", style="decision", fmt="pdf-soffice", date_style="long",
         lead="You asked:",
         why=["The contract contains pricing and service-level terms that the supplier provided in confidence "
              "and that remain commercially sensitive. Releasing them would be likely to prejudice the "
              "supplier's position in other tenders and the Regulator's ability to obtain value for money when "
              "the contract is re-let.",
              "We recognise the public interest in how public money is spent and the Regulator publishes "
              "summary contract information on Contracts Finder. On balance, the public interest in "
              "maintaining the exemption outweighs that in disclosure."],
         parts=[{"qs": [
             Q("mon.supplier", "Who holds the contract for the continuous river water-quality monitoring "
                               "network?", R, "HydroSense Analytics Ltd.", HYDRO),
             Q("mon.value", "What is the total value of that contract?", W, ex=["s43(2)"]),
             Q("mon.expiry", "When does it end?", R, "31 March 2027.", "2027-03-31"),
             Q("mon.stations", "How many monitoring stations are in the network?", R, "214.", "214"),
         ]}]),

    # ------------------------------------------------------------ enforcement 2019 (EIR)
    dict(id="nwer-2019-northmoor-eir", kind="history", auth="nwer", ref="EIR-2019-0211",
         date="2019-07-24", received="2019-06-26", regime="eir", title="Northmoor Water \u2013 discharges",
         style="interleaved", v="num", fmt="txt", date_style="long",
         lead="Your request and our response are below.",
         parts=[{"qs": [
             Q("enf.northmoor", "Is the Regulator currently investigating Northmoor Water Ltd for unpermitted "
                                "sewage discharges?", NC,
               "The Regulator neither confirms nor denies whether it holds this information, under regulation "
               "12(6) of the EIR, on the basis that confirming or denying would itself adversely affect the "
               "course of justice and the conduct of any inquiry of a criminal nature (regulation 12(5)(b)).",
               ex=["reg12(5)(b)", "reg12(6)"]),
             Q("enf.policy", "Does the Regulator publish its enforcement and sanctions policy?", R,
               "Yes. The policy is published on our website at "
               "https://www.nwer.example.gov.uk/enforcement-policy. As it is already publicly available we "
               "are not required to provide it again (regulation 6(1)(b)).", "yes", ex=["reg6(1)(b)"]),
         ]}]),

    # ------------------------------------------------------------ unrelated: consultants 2020 (table)
    dict(id="nwer-2020-consultancy", kind="history", auth="nwer", ref="RFI-2020-0388",
         date="2020-10-07", received="2020-09-09", regime="foia", title="Use of management consultants",
         style="table", fmt="docx", date_style="ord", table_header=["Request", "Response"],
         parts=[{"qs": [
             Q("cons.firms", "Which management consultancy firms did the Regulator use in 2019/20?", R,
               "Larchfield Advisory LLP and Quayside Economics Ltd.", "larchfield; quayside"),
             Q("cons.spend", "How much was spent on management consultancy in 2019/20?", R, "\u00a3612,400.",
               "612400"),
             Q("cons.ir35", "How many contractors were assessed as inside IR35 in 2019/20?", R, "Three.", "3"),
         ]}]),

    # ------------------------------------------------------------ enforcement 2021 (EIR, look-alike Eastbrook)
    dict(id="nwer-2021-storm-overflows-eir", kind="history", auth="nwer", ref="EIR-2021-0133",
         date="2021-04-21", received="2021-03-24", regime="eir", title="Storm overflow investigations",
         style="youasked", fmt="html", date_style="long",
         parts=[{"qs": [
             Q("enf.eastbrook", "Is the Regulator investigating Eastbrook Water plc in relation to storm overflow "
                                "spills?", R,
               "Yes. Our investigation into Eastbrook Water plc was announced publicly on 4 February 2021.", "yes"),
             Q("enf.northmoor", "Has the Regulator opened any investigation into Northmoor Water Ltd's "
                                "discharges?", NC,
               "We can neither confirm nor deny that we hold information falling within this part of your "
               "request. Regulation 12(6) allows us to respond in this way where confirmation or denial would "
               "adversely affect the course of justice or an inquiry (regulation 12(5)(b)).",
               ex=["reg12(5)(b)", "reg12(6)"]),
             Q("enf.legal_advice", "Please provide copies of legal advice the Regulator has received on its "
                                   "powers to prosecute water companies for storm overflow breaches.", W,
               "We hold legal advice on this subject but are withholding it under regulation 12(5)(b), because "
               "it attracts legal professional privilege and disclosure would adversely affect the course of "
               "justice. The public interest favours maintaining the exception.", ex=["reg12(5)(b)"]),
             Q("enf.eastbrook_officers", "Names of the officers leading the Eastbrook investigation.", W,
               "Withheld under regulation 13(1): the names are the personal data of staff below senior level.",
               ex=["reg13(1)"]),
             Q("enf.policy", "Is your enforcement and sanctions policy published?", R,
               "Yes \u2013 see https://www.nwer.example.gov.uk/enforcement-policy (regulation 6(1)(b) applies).",
               "yes", ex=["reg6(1)(b)"]),
         ]}]),

    # ------------------------------------------------------------ monitoring 2022 (FOIA, numbered)
    dict(id="nwer-2022-monitoring-sondes", kind="history", auth="nwer", ref="RFI-2022-0061",
         date="2022-02-16", received="2022-01-19", regime="foia", title="Real-time river monitoring",
         style="numbered", fmt="md", date_style="slash", recv_style="long",
         lead="You asked:",
         parts=[{"qs": [
             Q("mon.supplier", "Name of the contractor operating the real-time monitoring sondes.", R,
               "HydroSense Analytics Ltd.", HYDRO),
             Q("mon.stations", "Number of continuous monitoring sites.", R, "236.", "236"),
             Q("mon.value", "Contract value.", W,
               "Withheld under section 43(2) of the FOIA (commercial interests). Our reasons are the same as "
               "those given in our earlier response to a similar request.", ex=["s43(2)"]),
             Q("mon.expiry", "Contract expiry.", R, "31/03/2027.", "2027-03-31"),
             Q("mon.data_published", "Is the raw data from the sondes published?", R,
               "Yes. It is published on the Water Data Explorer at https://data.nwer.example.gov.uk/rivers. As "
               "the information is reasonably accessible to you, section 21 of the FOIA applies.", "yes",
               ex=["s21"]),
         ]}]),

    # ------------------------------------------------------------ enforcement 2023 (EIR, decision)
    dict(id="nwer-2023-northmoor-investigation", kind="history", auth="nwer", ref="EIR-2023-0419",
         date="2023-06-07", received="2023-05-10", regime="eir", title="Northmoor Water investigation",
         style="decision", fmt="pdf-gs", date_style="ord",
         lead="You asked:",
         why=["Regulation 12(5)(b) applies to the legal advice because it is subject to legal professional "
              "privilege. Regulation 13(1) applies to the names of the investigators, which are personal data; "
              "disclosure would not be fair or lawful.",
              "We have applied the presumption in favour of disclosure in regulation 12(2) and considered the "
              "public interest, which we find favours maintaining regulation 12(5)(b)."],
         parts=[{"qs": [
             Q("enf.northmoor", "Please confirm whether you are investigating Northmoor Water in respect of illegal "
                                "discharges.", R,
               "Yes. Following our public announcement of 12 January 2023 we can confirm that an investigation "
               "is under way.", "yes"),
             Q("enf.legal_advice", "Copies of legal advice obtained on the Regulator's powers to prosecute water "
                                   "companies over storm overflows.", W, ex=["reg12(5)(b)"]),
             Q("enf.officer_names", "Names of the staff carrying out the Northmoor investigation.", W,
               ex=["reg13(1)"]),
             Q("enf.policy", "Link to your enforcement policy.", R,
               "https://www.nwer.example.gov.uk/enforcement-policy (published information, regulation 6(1)(b)).",
               "yes", ex=["reg6(1)(b)"]),
         ]}]),

    # ------------------------------------------------------------ unrelated: office relocation 2024
    dict(id="nwer-2024-office-move", kind="history", auth="nwer", ref="RFI-2024-0027",
         date="2024-01-24", received="2023-12-20", regime="foia", title="Head office relocation",
         style="interleaved", v="QA", fmt="pdf-chromium", date_style="long",
         parts=[{"qs": [
             Q("office.address", "What is the address of the new head office?", R,
               "Riverside House, 22 Canal Walk, Leeds LS1 4YZ.", "riverside house"),
             Q("office.lease", "What is the annual lease cost?", W,
               "Withheld under section 43(2) of the FOIA; the landlord is in negotiations with other tenants.",
               ex=["s43(2)"]),
             Q("office.staff", "How many staff relocated?", R, "140.", "140"),
         ]}]),

    # ================================================================ DRAFTS
    dict(id="draft-nwer-monitoring-eir-2025", kind="draft", auth="nwer", ref="EIR-2025-0287",
         date="2025-05-28", received="2025-04-30", regime="eir", title="Water-quality monitoring network",
         style="interleaved", v="question", fmt="docx", date_style="long",
         lead="Because the monitoring network produces information on the state of water, we have handled "
              "your request under the EIR rather than the FOIA, which we used for earlier similar requests.",
         parts=[{"qs": [
             Q("mon.value", "What is the contract worth in total?", W,
               "We are withholding the contract value under regulation 12(5)(e) of the EIR, because it is "
               "commercial information provided in confidence to protect a legitimate economic interest. "
               "Having applied the presumption in favour of disclosure, the public interest favours "
               "maintaining the exception.", ex=["reg12(5)(e)"]),
             Q("mon.supplier", "Which company runs the continuous water-quality monitoring network?", R,
               "HydroSense Analytics Limited.", HYDRO),
             Q("mon.stations", "How many monitoring stations make up the network?", R,
               "Two hundred and thirty-six.", "236"),
             Q("mon.expiry", "When is the contract due to finish?", R, "At the end of March 2027.",
               "2027-03-31"),
             Q("mon.data_published", "Do you publish the raw monitoring data?", R,
               "Yes, on the Water Data Explorer (https://data.nwer.example.gov.uk/rivers). As it is already "
               "publicly available, regulation 6(1)(b) applies.", "yes", ex=["reg6(1)(b)"]),
         ]}]),

    dict(id="draft-nwer-enforcement-2026", kind="draft", auth="nwer", ref="EIR-2026-0012",
         date="2026-01-14", received="2025-12-10", regime="eir", title="Water company investigations",
         style="decision", fmt="pdf-soffice", date_style="long",
         lead="We have handled questions 1, 2, 4 and 5 under the EIR. Question 3 asks for the names of staff, "
              "which is not environmental information, and we have handled it under the Freedom of Information "
              "Act 2000. You asked:",
         why=["Regulation 12(4)(e) applies to the legal advice, which was shared internally between our legal "
              "team and the Board as part of an internal communication. Section 40(2) of the FOIA applies to the "
              "names of staff, which are their personal data.",
              "In relation to question 4, confirming or denying whether an investigation is being carried out "
              "would adversely affect the course of justice."],
         parts=[{"qs": [
             Q("enf.northmoor", "Is Northmoor Water Ltd under investigation by the Regulator for unlawful sewage "
                                "discharges?", R,
               "Yes. The investigation announced in January 2023 remains open.", "yes"),
             Q("enf.legal_advice", "Copies of the legal advice you hold on your powers to prosecute water "
                                   "companies for storm overflow breaches.", W, ex=["reg12(4)(e)"]),
             Q("enf.officer_names", "Names of the investigators working on the Northmoor case.", W, ex=["s40(2)"]),
             Q("enf.eastbrook", "Is the Regulator investigating Eastbrook Water plc over storm overflow spills?",
               NC, ex=["reg12(5)(b)", "reg12(6)"]),
             Q("enf.policy", "Where is your enforcement policy published?", R,
               "https://www.nwer.example.gov.uk/enforcement-policy (regulation 6(1)(b)).", "yes",
               ex=["reg6(1)(b)"]),
         ]}]),
]
