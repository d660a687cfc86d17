from .q import Q, part

# ----------------------------------------------------------------------------
# Dunmere Constabulary
# ----------------------------------------------------------------------------

NCND = ["s24(2)", "s31(3)"]

LETTERS = [
    # ---- Body-worn video 2017 -------------------------------------------
    dict(key="P1", auth="dun", kind="history", ref="FOI 213/17", date="2017-05-22",
         received="2017-04-24", regime="foia", fmt="txt", style="interleaved",
         title="Body Worn Video", datefmt="ord",
         parts=[part(None, [
             Q("bwv.supplier", "Who supplies your body worn video cameras?", ans="Reveal Media Ltd.", fact="reveal media"),
             Q("bwv.count", "How many body worn video cameras does the force have?", ans="850", fact="850"),
             Q("bwv.value", "What is the total value of the contract for body worn video?", ans="£640,000", fact="640000"),
             Q("bwv.storage", "How is the footage stored, and which system or provider is used?", ans="Footage is uploaded through docking stations to the DEMS 360 evidence management system supplied by Reveal and hosted on force servers.", fact="dems 360"),
         ])],
         layout="Q1/A1 interleaved", traps=[]),

    # ---- Body-worn video 2019 (table) ----------------------------------
    dict(key="P2", auth="dun", kind="history", ref="FOI 388/19", date="2019-04-02",
         received="2019-03-05", regime="foia", fmt="pdf-chromium", style="table",
         title="Body worn video – devices and contract", datefmt="long",
         parts=[part(None, [
             Q("bwv.count", "Number of BWV devices currently issued or available for issue.", ans="1,250", fact="1250"),
             Q("bwv.lost", "Number of BWV devices reported lost, stolen or damaged beyond repair during 2018.", ans="37", fact="37"),
             Q("bwv.supplier", "Manufacturer / supplier of the devices.", ans="Reveal Media Ltd (RS3-SX cameras).", fact="reveal media"),
             Q("bwv.value", "Value of the current contract.", ans="£1,200,000 over four years.", fact="1200000"),
             Q("bwv.storage", "Where is recorded footage stored (on premises or cloud) and which product is used?", ans="On premises, using DEMS 360 (Reveal).", fact="dems 360"),
         ])],
         layout="two-column table", traps=["lost/damaged look-alike of device count"]),

    # ---- Body-worn video 2021 internal review --------------------------
    dict(key="P3", auth="dun", kind="history", ref="IR 042/21", date="2021-06-28",
         received="2021-03-30", regime="foia", fmt="docx", style="review",
         title="Body-worn cameras", datefmt="long",
         heading="INTERNAL REVIEW – IR 042/21 – Body-worn cameras (original request CAS-21-0719)",
         review=dict(
             intro="I have now completed the internal review you requested on 10 May 2021 of the Constabulary's response of 27 April 2021 to your request CAS-21-0719, which was received on 30 March 2021.",
             original="The original response provided answers to questions 2, 4 and 5, withheld question 1 under section 31(1)(a) and withheld question 3 under section 43(2)."),
         parts=[part(None, [
             Q("bwv.supplier", "Please confirm the make and supplier of the body-worn cameras used by your officers.", ans="Axon Public Safety UK Ltd (Axon Body 3).", fact="axon", orig=("withheld", ["s31(1)(a)"])),
             Q("bwv.count", "How many body-worn cameras does the force currently have?", ans="1,250", fact="1250"),
             Q("bwv.value", "What is the value of the contract?", stance="withheld", ex=["s43(2)"], orig=("withheld", ["s43(2)"])),
             Q("bwv.storage", "What digital evidence management system stores the footage?", ans="Axon Evidence (evidence.com), cloud hosted.", fact="axon evidence"),
             Q("bwv.lost", "How many cameras were lost or broken in 2020?", ans="41", fact="41"),
         ])],
         layout="internal review: original decision and outcome per question", traps=["review outcome overrides original s31 on Q1", "original reference CAS-21-0719 quoted"]),

    # ---- Body-worn video 2023: decision paragraph ----------------------
    dict(key="P4", auth="dun", kind="history", ref="DC/FOI/23/0264", date="2023-03-13",
         received="2023-02-13", regime="foia", fmt="pdf-soffice", style="decision",
         title="Body Worn Video (BWV)", datefmt="ord", exstyle="spaced",
         parts=[part(None, [
             Q("bwv.supplier", "Incumbent supplier of body worn video (BWV) hardware.", stance="withheld", ex=["s31(1)(a)"]),
             Q("bwv.count", "Total number of BWV units in use.", ans="1,250 units.", fact="1250"),
             Q("bwv.value", "Contract value (total and per annum).", stance="withheld", ex=["s43(2)"]),
             Q("bwv.storage", "Name of the evidence management / storage platform used for BWV footage.", ans="Axon Evidence.", fact="axon evidence"),
             Q("bwv.policy", "Is your BWV policy published? If so please provide a link.", ex=["s21"], ans="Yes. The policy is reasonably accessible to you on our website and is therefore exempt under section 21: https://www.dunmere.police.uk/foi-ai/dunmere-constabulary/policies/body-worn-video/", fact="published link"),
         ])],
         layout="decision paragraph, then answers for the rest", traps=["s21 signposting counts as released"]),

    # ---- Drones 2020 (HTML) --------------------------------------------
    dict(key="P6", auth="dun", kind="history", ref="FOI 1022/20", date="2020-10-20",
         received="2020-09-22", regime="foia", fmt="html", style="interleaved",
         title="Drones / UAVs", datefmt="long", qlabel="Question {n}", alabel="Answer {n}",
         parts=[part(None, [
             Q("drones.count", "How many drones (UAVs) does Dunmere Constabulary own?", ans="6", fact="6"),
             Q("drones.models", "What make and model are they?", ans="DJI Matrice 210 (2) and DJI Mavic 2 Enterprise Dual (4).", fact="matrice 210 mavic 2 enterprise"),
             Q("drones.spend", "How much has the force spent buying drones?", ans="£64,000", fact="64000"),
             Q("drones.pilots", "How many officers are qualified to fly them?", ans="12", fact="12"),
             Q("drones.deployments", "How many times were the drones deployed in 2019?", ans="214", fact="214"),
         ])],
         layout="disclosure-log page, Question n / Answer n", traps=["pilots look-alike of drone count"]),

    # ---- Drones 2024 (gs): deployments refused on cost -----------------
    dict(key="P7", auth="dun", kind="history", ref="DC/FOI/24/0041", date="2024-01-16",
         received="2023-12-12", regime="foia", fmt="pdf-gs", style="restate_numbered",
         title="Unmanned Aerial Systems", datefmt="long", afmt="Question {n} – {a}",
         parts=[part(None, [
             Q("drones.count", "Number of unmanned aerial systems (drones) operated by the force.", ans="9", fact="9"),
             Q("drones.models", "Manufacturer and model of each.", ans="DJI Matrice 300 RTK (4) and DJI Mavic 3 Enterprise (5).", fact="matrice 300 mavic 3 enterprise"),
             Q("drones.pilots", "Number of trained remote pilots.", ans="12", fact="12"),
             Q("drones.spend", "Total capital spend on drone hardware since the programme began.", ans="£118,500", fact="118500"),
             Q("drones.deployments", "Number of drone deployments in each of the last three years.", stance="refused", ex=["s12(1)"], ans="Deployment records are held in individual flight logs; identifying and counting deployments for three years would mean reviewing around 1,300 logs at approximately 3 minutes each (65 hours)."),
         ])],
         layout="restate, Question n – answer; Ghostscript PDF", traps=["cost refusal for one question only"]),

    # ---- Cyber 2018 -----------------------------------------------------
    dict(key="P8", auth="dun", kind="history", ref="FOI 161/18", date="2018-02-12",
         received="2018-01-15", regime="foia", fmt="txt", style="restate_numbered",
         title="Cyber security", datefmt="long",
         parts=[part(None, [
             Q("cyber.ransomware", "Has the force been the victim of a ransomware attack in the past 12 months?", ans="No.", fact="no"),
             Q("cyber.budget", "What is the force's annual budget for cyber security?", ans="£410,000", fact="410000"),
             Q("cyber.training", "Is cyber security awareness training mandatory for all staff?", ans="Yes.", fact="yes"),
         ])],
         layout="restate then numbered answers", traps=[]),

    # ---- Cyber 2021: NCND -----------------------------------------------
    dict(key="P9", auth="dun", kind="history", ref="CAS-21-1130", date="2021-09-09",
         received="2021-08-12", regime="foia", fmt="docx", style="restate_numbered",
         title="Ransomware", datefmt="ord",
         parts=[part(None, [
             Q("cyber.ransomware", "In the last three years has Dunmere Constabulary experienced a ransomware incident?", stance="ncnd", ex=NCND),
             Q("cyber.ransom_paid", "If so, was a ransom paid, and how much?", stance="ncnd", ex=NCND),
             Q("cyber.training", "Do all officers and staff have to complete cyber awareness training?", ans="Yes; the NCALT cyber awareness module is mandatory and must be renewed annually.", fact="yes"),
         ])],
         layout="restate then numbered answers with NCND", traps=["NCND s24(2) s31(3)"]),

    # ---- Cyber 2023: decision style --------------------------------------
    dict(key="P10", auth="dun", kind="history", ref="DC/FOI/23/1187", date="2023-11-27",
         received="2023-10-30", regime="foia", fmt="txt", style="decision",
         title="Cyber attacks and cyber security spend", datefmt="ord",
         parts=[part(None, [
             Q("cyber.ransomware", "Has the force suffered a successful ransomware attack since January 2020?", stance="ncnd", ex=NCND),
             Q("cyber.ransom_paid", "Did the force pay any ransom?", stance="ncnd", ex=NCND),
             Q("cyber.budget", "How much does the force spend each year on cyber security (staff, software and services)?", ans="£655,000 per year.", fact="655000"),
             Q("cyber.staff", "How many staff are dedicated to cyber security?", stance="withheld", ex=["s31(1)(a)"]),
             Q("cyber.training", "Is cyber training mandatory?", ans="Yes.", fact="yes"),
         ])],
         layout="decision paragraph with NCND paragraph", traps=[]),

    # ---- Fleet 2019 (HTML table) -----------------------------------------
    dict(key="P11", auth="dun", kind="history", ref="FOI 1204/19", date="2019-12-03",
         received="2019-11-05", regime="foia", fmt="html", style="table",
         title="Police vehicle fleet", datefmt="long",
         parts=[part(None, [
             Q("fleet.total", "Total number of vehicles in the force fleet.", ans="612", fact="612"),
             Q("fleet.ev", "How many of these are fully electric?", ans="8", fact="8"),
             Q("fleet.unmarked", "How many are unmarked?", ans="97", fact="97"),
             Q("fleet.telematics", "Who provides your vehicle telematics?", ans="Trakm8.", fact="trakm8"),
             Q("fleet.chargers", "How many electric vehicle charging points are installed at police premises?", ans="14", fact="14"),
         ])],
         layout="disclosure-log page with two-column table", traps=["charging points look-alike of EV count"]),

    # ---- Fleet 2024 (chromium) -------------------------------------------
    dict(key="P12", auth="dun", kind="history", ref="DC/FOI/24/0733", date="2024-06-19",
         received="2024-05-21", regime="foia", fmt="pdf-chromium", style="interleaved",
         title="Fleet vehicles", datefmt="ord",
         parts=[part(None, [
             Q("fleet.total", "How many vehicles are in your fleet?", ans="598", fact="598"),
             Q("fleet.ev", "How many battery electric vehicles (BEVs) are in the fleet?", ans="46", fact="46"),
             Q("fleet.chargers", "How many EV charge points are there across force sites?", ans="52", fact="52"),
             Q("fleet.unmarked", "How many vehicles in the fleet are unmarked?", ans="104", fact="104"),
             Q("fleet.telematics", "Please name the supplier of your telematics system.", stance="withheld", ex=["s31(1)(a)"]),
         ])],
         layout="Q1/A1 interleaved", traps=["reordered"]),

    # ---- Unrelated: Taser 2022 -------------------------------------------
    dict(key="P13", auth="dun", kind="history", ref="CAS-22-0150", date="2022-02-08",
         received="2022-01-11", regime="foia", fmt="md", style="youasked",
         title="Taser", datefmt="long",
         parts=[part(None, [
             Q("taser.devices", "How many Taser devices does the force hold?", ans="410", fact="410"),
             Q("taser.discharges", "How many times was a Taser discharged in 2021?", ans="58", fact="58"),
             Q("taser.trained", "How many officers are trained to carry Taser?", ans="720", fact="720"),
         ])],
         layout="You asked / Our response", traps=["unrelated request"]),

    # ================================================================ drafts
    # D5: BWV 2025
    dict(key="D5", auth="dun", kind="draft", ref="DC/FOI/25/0611", date="2025-05-20",
         received="2025-04-22", regime="foia", fmt="pdf-soffice", style="decision",
         title="Body worn video", datefmt="ord",
         parts=[part(None, [
             Q("bwv.count", "How many body-worn video cameras are currently deployed across the force?", ans="1250 cameras.", fact="1250"),
             Q("bwv.supplier", "Who is the supplier (manufacturer) of those cameras?", ans="Axon.", fact="axon"),
             Q("bwv.value", "What was the value of the contract awarded?", stance="withheld", ex=["s31(1)(a)"]),
             Q("bwv.storage", "Which digital evidence management system is used to store BWV footage?", stance="not_held", ans="Dunmere Constabulary does not hold this information. The evidence management platform is procured and managed on behalf of the force by the regional collaboration, and no information is held by the force."),
             Q("bwv.activations", "How many BWV recordings were started by officers during 2024?", ans="412,806 recordings.", fact="412806"),
         ])],
         layout="decision paragraph, then answers", traps=["activations look-alike of device count"]),

    # D6: drones 2025
    dict(key="D6", auth="dun", kind="draft", ref="DC/FOI/25/0977", date="2025-07-08",
         received="2025-06-10", regime="foia", fmt="docx", style="youasked",
         title="Police drones", datefmt="long",
         parts=[part(None, [
             Q("drones.count", "Does the force use drones, and if so how many does it have?", ans="Yes – nine drones.", fact="9"),
             Q("drones.models", "What are the makes and models of the drones?", stance="withheld", ex=["s24(1)", "s31(1)(a)"]),
             Q("drones.spend", "What is the total spend on drone equipment to date?", ans="£118.5k.", fact="118500"),
             Q("drones.pilots", "How many police officers and staff hold a remote pilot qualification?", ans="18", fact="18"),
             Q("drones.deployments", "How many drone deployments were there in each of 2022, 2023 and 2024?", ans="2022: 388; 2023: 402; 2024: 431.", fact="388/402/431"),
             Q("drones.thermal", "Do any of the drones carry thermal imaging cameras?", ans="Yes.", fact="yes"),
         ])],
         layout="You asked / Our response", traps=["earlier cost refusal now answered: no finding"]),

    # D7: cyber 2025
    dict(key="D7", auth="dun", kind="draft", ref="DC/FOI/25/1204", date="2025-10-14",
         received="2025-09-16", regime="foia", fmt="txt", style="interleaved",
         title="Cyber security", datefmt="slash",
         parts=[part(None, [
             Q("cyber.ransomware", "Has Dunmere Constabulary been the victim of a successful ransomware attack in the last five years?", ans="No. Dunmere Constabulary has not been the subject of a successful ransomware attack in that period.", fact="no"),
             Q("cyber.phishing", "Does the force run simulated phishing exercises for its staff?", ans="Yes.", fact="yes"),
             Q("cyber.budget", "What is the annual budget for cyber security?", stance="withheld", ex=["s31(1)(a)"]),
             Q("cyber.staff", "How many people work in dedicated cyber security roles?", stance="withheld", ex=["s31(1)(a)"]),
             Q("cyber.training", "Must all staff complete cyber security training?", ans="Yes – completion is mandatory for all officers and staff.", fact="yes"),
         ])],
         layout="Q1/A1 interleaved", traps=["out of NCND"]),

    # D8: fleet 2026 (gs)
    dict(key="D8", auth="dun", kind="draft", ref="DC/FOI/26/0045", date="2026-01-27",
         received="2025-12-29", regime="foia", fmt="pdf-gs", style="restate_numbered",
         title="Vehicle fleet", datefmt="long",
         parts=[part(None, [
             Q("fleet.total", "How many vehicles make up the force's fleet?", ans="598 vehicles.", fact="598"),
             Q("fleet.ev", "How many battery electric vehicles do you have?", ans="Forty-six.", fact="46"),
             Q("fleet.unmarked", "How many of your vehicles are unmarked?", stance="ncnd", ex=["s31(3)"]),
             Q("fleet.telematics", "Which company supplies the telematics fitted to the fleet?", stance="withheld", ex=["s43(2)"]),
             Q("fleet.chargers", "How many charge points for electric vehicles are there at force sites?", ans="52", fact="52"),
             Q("fleet.hybrids", "How many hybrid vehicles are in the fleet?", ans="73", fact="73"),
         ])],
         layout="restate then numbered answers; Ghostscript PDF", traps=["hybrids look-alike of EV count"]),
]
