"""Fenmere Constabulary (a police force in the east of England): truth."""
from data_wdc import Q, R, PR, W, NH, NC, RF, U

AXIOM = "axiom vision ltd"

NAT_SEC_WHY = [
    "## Harm",
    "The police service has received national guidance that information identifying the suppliers, "
    "makes and models of operational technology should no longer be released. Taken together across "
    "forces, such details would allow a picture of national capability to be built and would assist "
    "those who wish to defeat or exploit the equipment.",
    "## Public interest test",
    "Factors favouring disclosure: openness about how public money is spent and how the force uses "
    "technology. Factors favouring non-disclosure: protecting the integrity of police systems and the "
    "safety of officers and the public. On balance the public interest lies in withholding the information.",
]

LETTERS = [
    # ------------------------------------------------------------ BWV 2017 (prose request)
    dict(id="fen-2017-body-worn-video", kind="history", auth="fen", ref="FOI 2017/0388",
         date="2017-06-21", received="2017-05-30", regime="foia", title="Body Worn Video",
         style="prose", fmt="pdf-chromium", date_style="ord",
         prose=["\"I am writing to ask about your use of body-worn video. Specifically I would like to know which "
                "company supplies your cameras, how many cameras are currently issued to officers, what the "
                "force paid for the cameras and associated software, and how long footage that is not needed "
                "as evidence is kept before it is deleted.\""],
         prose_key="With regard to your {o} question",
         parts=[{"qs": [
             Q("bwv.supplier", "which company supplies your cameras", R,
               "the force's cameras are supplied by Axiom Vision Ltd.", AXIOM),
             Q("bwv.count", "how many cameras are currently issued to officers", R,
               "650 cameras are currently issued.", "650"),
             Q("bwv.cost", "what the force paid for the cameras and associated software", R,
               "the total capital cost was \u00a31.2m, which included the digital evidence management "
               "software.", "1200000"),
             Q("bwv.retention", "how long footage that is not needed as evidence is kept before it is deleted",
               R, "non-evidential footage is retained for 31 days and then deleted automatically.", "31d"),
         ]}]),

    # ------------------------------------------------------------ drones 2018
    dict(id="fen-2018-drones", kind="history", auth="fen", ref="FOI 2018/0902",
         date="2018-10-04", received="2018-09-10", regime="foia", title="Unmanned aerial vehicles",
         style="youasked", fmt="html", date_style="long",
         parts=[{"qs": [
             Q("drone.count", "How many drones (unmanned aerial vehicles) does the force own?", R,
               "The force owns 4 drones.", "4"),
             Q("drone.models", "What make and model are they?", R,
               "Two Corvid X4 and two Corvid Scout aircraft.", "corvid x4; corvid scout"),
             Q("drone.pilots", "How many officers are trained to fly them?", R,
               "12 officers are trained remote pilots.", "12"),
         ]}]),

    # ------------------------------------------------------------ cyber 2019
    dict(id="fen-2019-cyber-security", kind="history", auth="fen", ref="FOI 2019/0455",
         date="2019-05-14", received="2019-04-17", regime="foia", title="Cyber security",
         style="numbered", fmt="txt", date_style="long0",
         parts=[{"qs": [
             Q("cyber.ransomware", "Has the force suffered a ransomware attack in the last three years?", R,
               "No.", "no"),
             Q("cyber.paid_ransom", "Has the force ever paid a ransom to regain access to its systems or data?",
               R, "No.", "no"),
             Q("cyber.staff", "How many staff are employed in dedicated cyber or information security roles?", R,
               "3.", "3"),
             Q("cyber.av", "Which anti-virus or endpoint protection product do you use?", R,
               "Sentinel Shield Endpoint.", "sentinel shield endpoint"),
             Q("cyber.training", "Is cyber security training mandatory for all staff?", R,
               "Yes. All officers and staff must complete it every year.", "yes annual"),
         ]}]),

    # ------------------------------------------------------------ BWV 2020 (Q1/A1, inserted question)
    dict(id="fen-2020-bwv", kind="history", auth="fen", ref="FOI 2020/0157",
         date="2020-02-12", received="2020-01-16", regime="foia", title="Body worn cameras",
         style="interleaved", v="QA", fmt="docx", date_style="ord",
         parts=[{"qs": [
             Q("bwv.count", "How many body worn video cameras does Fenmere Constabulary currently have in use?",
               R, "1,100", "1100"),
             Q("bwv.supplier", "Who is the manufacturer or supplier of the cameras?", R, "Axiom Vision Ltd.", AXIOM),
             Q("bwv.cost", "How much has the force spent on body worn video since it was introduced?", W,
               "Fenmere Constabulary holds this information but it is exempt under Section 43(2) Commercial "
               "Interests. The contract is subject to renewal and releasing the price would prejudice the "
               "force's ability to obtain value for money. The public interest favours withholding it.",
               ex=["s43(2)"]),
             Q("bwv.policy", "Are officers required to record every stop and search encounter?", R,
               "Yes. Force policy requires body worn video to be activated for every stop and search.", "yes"),
             Q("bwv.retention", "What is the retention period for footage that is not required as evidence?", R,
               "31 days.", "31d"),
         ]}]),

    # ------------------------------------------------------------ unrelated: police dogs 2020
    dict(id="fen-2020-police-dogs", kind="history", auth="fen", ref="FOI 2020/0811",
         date="2020-09-23", received="2020-08-26", regime="foia", title="Police dogs",
         style="interleaved", v="req", fmt="txt", date_style="long",
         parts=[{"qs": [
             Q("dogs.count", "How many police dogs does the force have?", R, "28 dogs.", "28"),
             Q("dogs.breeds", "Which breeds are used?", R,
               "German Shepherds, Belgian Malinois, Springer Spaniels and Labradors.", "gsd; malinois; springer; lab"),
             Q("dogs.retired", "How many dogs retired in 2019?", R, "Four.", "4"),
         ]}]),

    # ------------------------------------------------------------ look-alike: drone misuse 2021
    dict(id="fen-2021-drone-misuse", kind="history", auth="fen", ref="FOI 2021/0266",
         date="2021-03-17", received="2021-02-17", regime="foia", title="Drone misuse reports",
         style="interleaved", v="QA", fmt="md", date_style="slash",
         parts=[{"qs": [
             Q("drone.misuse_reports", "How many reports of drones being flown illegally or dangerously did the "
                                       "force receive in 2020?", R, "87 reports.", "87"),
             Q("drone.seized", "How many drones did the force seize from members of the public in 2020?", R,
               "5.", "5"),
             Q("drone.prosecutions", "How many people were charged with drone offences in 2020?", NH,
               "This information is not held. Charges are recorded by offence and the offences used for drone "
               "misuse are not specific to drones, so the force cannot identify these cases.", ex=[]),
         ]}]),

    # ------------------------------------------------------------ drones 2021 (decision)
    dict(id="fen-2021-drones", kind="history", auth="fen", ref="FOI 2021/1043",
         date="2021-11-09", received="2021-10-12", regime="foia", title="Drones \u2013 fleet and use",
         style="decision", fmt="pdf-gs", date_style="ord",
         why=NAT_SEC_WHY[:1] + [
             "Disclosing the models would reveal the technical capability of the force's aircraft, including "
             "camera range and flight endurance, and would assist those seeking to evade them.",
             "Confirming or denying whether drones are used at protests would itself reveal tactics; a "
             "consistent approach is taken to all such questions whether or not information is held.",
             "## Public interest test",
             "Having weighed the factors favouring openness against the need to protect law enforcement "
             "tactics, the balance lies with non-disclosure."],
         parts=[{"qs": [
             Q("drone.count", "Number of drones in the force's fleet.", R, "9", "9"),
             Q("drone.models", "Manufacturer and model of each drone.", W, ex=["s31(1)(a)"]),
             Q("drone.pilots", "Number of qualified remote pilots.", R, "18", "18"),
             Q("drone.protests", "Have drones been used to monitor protests or demonstrations in the last 12 "
                                 "months?", NC, ex=["s31(3)"]),
         ]}]),

    # ------------------------------------------------------------ cyber 2022 (table, reordered)
    dict(id="fen-2022-cyber", kind="history", auth="fen", ref="FOI-000734-22",
         date="2022-08-30", received="2022-08-02", regime="foia", title="Cyber incidents and security",
         style="table", fmt="pdf-soffice", date_style="long",
         table_header=["Request", "Response"],
         parts=[{"qs": [
             Q("cyber.training", "Do all officers and staff have to complete cyber awareness training, and how "
                                 "often?", R, "Yes \u2013 annually, through the national e-learning platform.",
               "yes annual"),
             Q("cyber.ransomware", "In the past 36 months, has Fenmere Constabulary been the victim of a "
                                   "ransomware incident?", NC,
               "Fenmere Constabulary can neither confirm nor deny that it holds information relevant to this "
               "question by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement. "
               "Confirming or denying which forces have or have not been attacked would assist criminals in "
               "targeting the police service.", ex=["s24(2)", "s31(3)"]),
             Q("cyber.paid_ransom", "Has the force ever paid a ransom following a cyber attack?", R,
               "No. The force has never paid a ransom and, in line with national policy, would not do so.", "no"),
             Q("cyber.staff", "How many full-time equivalent staff work in your cyber security team?", R,
               "Five.", "5"),
             Q("cyber.av", "Name of your endpoint protection or anti-virus vendor.", W,
               "Exempt \u2013 Section 24(1) National Security and Section 31(1)(a) Law Enforcement. Naming the "
               "product would tell attackers which vulnerabilities to look for.", ex=["s24(1)", "s31(1)(a)"]),
         ]}]),

    # ------------------------------------------------------------ BWV 2023 (you asked, look-alike SAR)
    dict(id="fen-2023-bwv", kind="history", auth="fen", ref="FOI-000412-23",
         date="2023-04-26", received="2023-03-29", regime="foia", title="Body worn video \u2013 equipment and "
         "footage requests", style="youasked", fmt="html", date_style="short",
         parts=[{"qs": [
             Q("bwv.supplier", "Please name the provider of your BWV hardware and software.", W,
               "Following national guidance this information is now withheld under Section 24(1) National "
               "Security and Section 31(1)(a) Law Enforcement. We recognise that it was released in the past, "
               "but the risk assessment has changed.", ex=["s24(1)", "s31(1)(a)"]),
             Q("bwv.count", "How many BWV units are issued?", R, "1,350 units.", "1350"),
             Q("bwv.sar", "How many requests has the force received in the last 12 months from members of the "
                          "public for copies of body worn video footage of themselves?", R,
               "212 requests.", "212"),
             Q("bwv.retention", "How long is non-evidential footage stored?", R, "31 days.", "31d"),
             Q("bwv.cost", "Total spend on the BWV contract.", W,
               "Withheld under Section 43(2) Commercial Interests.", ex=["s43(2)"]),
         ]}]),

    # ------------------------------------------------------------ BWV 2024 (decision, parts)
    dict(id="fen-2024-bwv", kind="history", auth="fen", ref="FOI-000219-24",
         date="2024-03-06", received="2024-02-07", regime="foia", title="Body Worn Video",
         style="decision", fmt="pdf-chromium", date_style="ord",
         why=NAT_SEC_WHY + [
             "Section 43(2) applies to the cost because the contract is under review and release would be "
             "likely to prejudice the force's commercial position."],
         parts=[
             {"h": "Part 1 \u2013 Equipment",
              "qs": [
                  Q("bwv.supplier", "Who supplies the force's body worn video devices?", W,
                    ex=["s24(1)", "s31(1)(a)"]),
                  Q("bwv.count", "How many devices are in use?", R, "1,350", "1350"),
                  Q("bwv.cost", "What is the total cost of the contract?", W, ex=["s43(2)"]),
              ]},
             {"h": "Part 2 \u2013 Use of footage",
              "qs": [
                  Q("bwv.policy", "Must officers activate their camera during every stop and search?", R,
                    "Yes, activation is mandatory for all stop and search encounters.", "yes"),
                  Q("bwv.retention", "For how long is footage kept if it is not evidential?", R,
                    "Thirty-one days.", "31d"),
              ]},
         ]),

    # ------------------------------------------------------------ drones 2024 (reworded, reordered)
    dict(id="fen-2024-drones", kind="history", auth="fen", ref="FOI-000688-24",
         date="2024-08-14", received="2024-07-17", regime="foia", title="Police drones",
         style="interleaved", v="num", fmt="txt", date_style="long",
         parts=[{"qs": [
             Q("drone.protests", "Does the force deploy drones over public protests?", NC,
               "Fenmere Constabulary can neither confirm nor deny that it holds any information relevant to "
               "this question, as the duty in section 1(1)(a) does not apply by virtue of Section 31(3) Law "
               "Enforcement.", ex=["s31(3)"]),
             Q("drone.count", "How many drones does the force operate?", R, "11.", "11"),
             Q("drone.pilots", "How many trained drone operators does the force have?", R, "24.", "24"),
             Q("drone.models", "What models of drone are used?", W,
               "This information is withheld under Section 24(1) National Security and Section 31(1)(a) Law "
               "Enforcement, in line with national guidance on operational technology.",
               ex=["s24(1)", "s31(1)(a)"]),
         ]}]),

    # ================================================================ DRAFTS
    dict(id="draft-fen-bwv-2025", kind="draft", auth="fen", ref="FOI-000101-25",
         date="2025-02-11", received="2025-01-14", regime="foia", title="Body worn video",
         style="interleaved", v="question", fmt="md", date_style="long",
         extra=["We previously answered a similar request under reference FOI-000219-24."],
         parts=[{"qs": [
             Q("bwv.supplier", "Which company provides the force's body-worn cameras?", R,
               "Axiom Vision Ltd. The supplier's name has since been published on the national contracts "
               "register, so it is released.", AXIOM),
             Q("bwv.count", "How many cameras are deployed?", R, "1350", "1350"),
             Q("bwv.retention", "How long do you keep footage that isn't evidential?", R,
               "90 days. The period was extended in 2024 to allow for complaints to be raised.", "90d"),
             Q("bwv.sar", "Over the past year, how many times did members of the public ask for a copy of "
                          "body-worn video footage that featured them?", RF,
               "We estimate that answering this question alone would exceed the appropriate limit of 18 hours "
               "(\u00a3450), as footage requests are logged within general subject access cases and each of "
               "roughly 900 case files would need to be read (900 x 2 minutes = 30 hours). Section 12(1) "
               "therefore applies to this question. We have nonetheless answered your other questions.",
               ex=["s12(1)"]),
             Q("bwv.complaints", "How many complaints were made about officers failing to switch on their "
                                 "body-worn video?", R, "14 complaints were recorded in 2024.", "14"),
             Q("bwv.cost", "What has the force spent on the body-worn video contract?", W,
               "Withheld under Section 43(2) Commercial Interests.", ex=["s43(2)"]),
         ]}]),

    dict(id="draft-fen-drones-2025", kind="draft", auth="fen", ref="FOI-000561-25",
         date="2025-07-03", received="2025-06-05", regime="foia", title="Drone unit",
         style="table", fmt="pdf-chromium", date_style="slash", table_header=["Question", "Response"],
         parts=[{"qs": [
             Q("drone.count", "Total number of drones currently operated by the force.", R, "Eleven (11).", "11"),
             Q("drone.models", "Make and model of each drone.", W,
               "Withheld \u2013 Section 24(1) National Security and Section 31(1)(a) Law Enforcement.",
               ex=["s24(1)", "s31(1)(a)"]),
             Q("drone.pilots", "How many officers hold a current remote pilot qualification?", R, "31.", "31"),
             Q("drone.protests", "Have drones been flown at protest events in the past year? If so, how many?", R,
               "Yes. Drones were deployed at three protest events in the county during 2024/25, each time "
               "under a public order authority.", "yes 3"),
             Q("drone.budget", "What is the annual budget for the drone unit?", NH,
               "Not held. The unit is funded from the Operational Support budget and has no budget of its own.",
               ex=[]),
         ]}]),

    dict(id="draft-fen-cyber-2025", kind="draft", auth="fen", ref="FOI-000902-25",
         date="2025-10-21", received="2025-09-23", regime="foia", title="Cyber attacks",
         style="numbered", fmt="docx", date_style="ord",
         lead="You asked:",
         parts=[{"qs": [
             Q("cyber.ransomware", "Has the force experienced a ransomware attack since January 2022?", NC,
               "Fenmere Constabulary can neither confirm nor deny that it holds information relevant to this "
               "question by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement.",
               ex=["s24(2)", "s31(3)"]),
             Q("cyber.paid_ransom", "Has the force paid any ransom demand?", NC,
               "Fenmere Constabulary can neither confirm nor deny that it holds information relevant to this "
               "question by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement.",
               ex=["s24(2)", "s31(3)"]),
             Q("cyber.staff", "How many people work in information security?", PR,
               "We can confirm that the team has fewer than ten members. The exact number is withheld under "
               "Section 31(1)(a) Law Enforcement, as it would indicate the force's capacity to respond to "
               "an attack.", ex=["s31(1)(a)"]),
             Q("cyber.training", "Is there mandatory cyber training for staff and how often must it be done?", R,
               "Yes, every twelve months.", "yes annual"),
             Q("cyber.av", "Which antivirus software do you use?", W,
               "Withheld under Section 24(1) National Security and Section 31(1)(a) Law Enforcement.",
               ex=["s24(1)", "s31(1)(a)"]),
             Q("cyber.phishing", "How many phishing emails were reported by staff to the IT service desk in the "
                                 "last calendar year?", R, "1,842.", "1842"),
         ]}]),
]
