from .q import Q, part

# ----------------------------------------------------------------------------
# Calder Weald Hospitals NHS Foundation Trust
# ----------------------------------------------------------------------------

NHS = [
    # ---- Cyber 2020 (soffice) -------------------------------------------
    dict(key="N2", auth="cwh", kind="history", ref="FOI-2020-0188", date="2020-03-10",
         received="2020-02-11", regime="foia", fmt="pdf-soffice", style="interleaved",
         title="Cyber security", datefmt="long",
         parts=[part(None, [
             Q("nhscyber.ransomware", "Has the Trust been affected by a ransomware attack in the last three years?", ans="No.", fact="no"),
             Q("nhscyber.dspt", "What was the outcome of the Trust's most recent Data Security and Protection Toolkit (DSPT) assessment?", ans="Standards Met.", fact="standards met"),
             Q("nhscyber.unsupported", "How many Trust devices are still running an unsupported operating system such as Windows XP or Windows 7?", ans="312", fact="312"),
             Q("nhscyber.spend", "How much did the Trust spend on cyber security in 2018/19?", stance="not_held", ans="The Trust does not hold this information: cyber security spend is not recorded separately from general IT expenditure."),
             Q("nhscyber.ciso", "Does the Trust employ a Chief Information Security Officer?", ans="No.", fact="no"),
         ])],
         layout="Request n / Answer interleaved", traps=[]),

    # ---- Cyber 2022 (HTML, you asked) --------------------------------------
    dict(key="N3", auth="cwh", kind="history", ref="CW/FOI/22/0741", date="2022-07-25",
         received="2022-06-27", regime="foia", fmt="html", style="youasked",
         title="Cyber security and ransomware", datefmt="long",
         parts=[part(None, [
             Q("nhscyber.ciso", "Is there a CISO (or equivalent senior information security lead) in post?", ans="Yes.", fact="yes"),
             Q("nhscyber.ransomware", "Has the Trust experienced any ransomware attacks since 2019?", stance="withheld", ex=["s31(1)(a)"]),
             Q("nhscyber.unsupported", "How many endpoints run operating systems that are no longer supported by the vendor?", stance="withheld", ex=["s31(1)(a)"]),
             Q("nhscyber.spend", "What is the Trust's annual spend on cyber security?", stance="not_held", ans="This information is not held. Spend on cyber security is not separately identifiable within the Trust's IT budget."),
             Q("nhscyber.dspt", "What is the Trust's DSPT status for 2021/22?", ans="Standards Met.", fact="standards met"),
         ])],
         layout="disclosure-log page, You asked / Our response", traps=["reordered"]),

    # ---- Cyber 2024 (docx table) -------------------------------------------
    dict(key="N4", auth="cwh", kind="history", ref="CW/FOI/24/0390", date="2024-04-09",
         received="2024-03-11", regime="foia", fmt="docx", style="table",
         title="Cyber incidents and information security", datefmt="ord",
         parts=[part(None, [
             Q("nhscyber.ransomware", "Please confirm whether the Trust has been subject to a ransomware attack in the past five years.", stance="withheld", ex=["s31(1)(a)"]),
             Q("nhscyber.spend", "Please state the Trust's spend on cyber security in each of the last two financial years.", stance="not_held", ans="Not held – cyber security costs are not recorded separately."),
             Q("nhscyber.unsupported", "Please state the number of devices on the Trust network running an operating system that is out of support.", stance="withheld", ex=["s31(1)(a)"]),
             Q("nhscyber.dspt", "Please state the Trust's latest DSPT assessment result.", ans="Standards Met (2022/23 submission).", fact="standards met"),
             Q("nhscyber.ciso", "Please confirm whether the Trust employs a CISO.", ans="Yes.", fact="yes"),
             Q("nhscyber.backups", "Please confirm whether the Trust keeps offline (air-gapped) backups.", stance="withheld", ex=["s31(1)(a)"]),
         ])],
         layout="two-column table", traps=[]),

    # ---- Agency 2019 (md, answers out of order) -----------------------------
    dict(key="N5", auth="cwh", kind="history", ref="FOI-2019-0077", date="2019-01-29",
         received="2019-01-02", regime="foia", fmt="md", style="outoforder",
         title="Agency nursing", datefmt="short", order=[3, 1, 4, 2],
         parts=[part(None, [
             Q("agency.framework", "Which procurement framework(s) does the Trust use to engage agency nursing staff?", ans="the Trust uses the Collaborative Procurement Partnership (CPP) framework.", fact="cpp"),
             Q("agency.top_supplier", "With which nursing agency did the Trust spend the most in 2017/18?", ans="the agency with the highest spend was Meridian Nursing Ltd.", fact="meridian nursing"),
             Q("agency.vms", "Which vendor management system does the Trust use to book agency shifts?", stance="withheld", ex=["s43(2)"], ans="we are unable to name the provider."),
             Q("agency.bank", "Who provides the Trust's staff bank service?", ans="the Trust's staff bank is provided by NHS Professionals.", fact="nhs professionals"),
         ])],
         layout="restated numbered request, answers out of order with numbers in words", traps=["answers out of order", "bank provider look-alike of agency questions"]),

    # ---- Agency 2022 (chromium table) --------------------------------------
    dict(key="N6", auth="cwh", kind="history", ref="CW/FOI/22/1190", date="2022-11-14",
         received="2022-10-17", regime="foia", fmt="pdf-chromium", style="table",
         title="Temporary staffing – agency nurses", datefmt="long",
         parts=[part(None, [
             Q("agency.top_supplier", "Name of the agency with the highest nursing spend in 2021/22.", ans="Meridian Nursing Ltd", fact="meridian nursing"),
             Q("agency.framework", "Framework(s) used to procure agency nurses.", ans="Collaborative Procurement Partnership (CPP).", fact="cpp"),
             Q("agency.bank", "Staff bank provider.", ans="NHS Professionals.", fact="nhs professionals"),
             Q("agency.vms", "Vendor management system (VMS) provider.", stance="withheld", ex=["s43(2)"]),
         ])],
         layout="two-column table", traps=[]),

    # ---- Agency 2024 (txt) -----------------------------------------------------
    dict(key="N7", auth="cwh", kind="history", ref="CW/FOI/24/0877", date="2024-08-20",
         received="2024-07-23", regime="foia", fmt="txt", style="restate_numbered",
         title="Agency and bank staffing", datefmt="slash",
         notes_before=["You previously asked for similar information (our reference CW/FOI/22/1190)."],
         parts=[part(None, [
             Q("agency.framework", "What framework does the Trust use for agency nursing?", ans="CPP (Collaborative Procurement Partnership).", fact="cpp"),
             Q("agency.vms", "Who supplies your vendor management system?", stance="withheld", ex=["s43(2)"]),
             Q("agency.top_supplier", "Which agency received the most nursing spend in 2023/24?", ans="Pulsecare Staffing Ltd.", fact="pulsecare staffing"),
             Q("agency.bank", "Is your staff bank in-house or provided by an external company? If external, which?", ans="In-house, since April 2023.", fact="in-house"),
         ])],
         layout="restate then numbered answers", traps=["quotes earlier reference"]),

    # ---- EPR 2017 (txt) -------------------------------------------------------
    dict(key="N8", auth="cwh", kind="history", ref="FOI-2017-0514", date="2017-09-12",
         received="2017-08-14", regime="foia", fmt="txt", style="youasked",
         title="Electronic patient record", datefmt="long",
         ya=("REQUEST", "RESPONSE"),
         parts=[part(None, [
             Q("epr.supplier", "Who is the supplier of the Trust's electronic patient record (EPR) system?", ans="Lumen Health Systems.", fact="lumen health systems"),
             Q("epr.golive", "When did the EPR go live?", ans="2 November 2015.", fact="2015-11-02"),
             Q("epr.value", "What is the total contract value?", ans="£8.4m.", fact="8400000"),
             Q("epr.expiry", "When does the contract end?", ans="31 March 2024.", fact="2024-03-31"),
         ])],
         layout="REQUEST / RESPONSE", traps=[]),

    # ---- EPR 2020 (docx) -------------------------------------------------------
    dict(key="N9", auth="cwh", kind="history", ref="CW/FOI/20/1318", date="2020-12-01",
         received="2020-11-03", regime="foia", fmt="docx", style="restate_numbered",
         title="EPR contract", datefmt="ord",
         parts=[part(None, [
             Q("epr.supplier", "EPR system supplier name.", ans="Lumen Health Systems (product: LumenCare EPR).", fact="lumen health systems"),
             Q("epr.value", "Contract value.", ans="£8,400,000", fact="8400000"),
             Q("epr.expiry", "Expiry date of the EPR contract, including any extension options.", ans="31/03/2026, following a two-year extension.", fact="2026-03-31"),
             Q("epr.golive", "Go-live date.", ans="02/11/2015", fact="2015-11-02"),
             Q("epr.pas", "Which patient administration system (PAS) does the Trust use?", ans="The LumenCare PAS module.", fact="lumencare pas"),
         ])],
         layout="restate then numbered answers", traps=["PAS look-alike of EPR supplier"]),

    # ---- EPR 2023 (gs) ---------------------------------------------------------
    dict(key="N10", auth="cwh", kind="history", ref="CW/FOI/23/0611", date="2023-06-06",
         received="2023-05-09", regime="foia", fmt="pdf-gs", style="interleaved",
         title="Electronic Patient Record (EPR)", datefmt="long",
         parts=[part(None, [
             Q("epr.supplier", "Who provides your EPR?", ans="Lumen Health Systems.", fact="lumen health systems"),
             Q("epr.golive", "What was the go-live date?", ans="2nd November 2015.", fact="2015-11-02"),
             Q("epr.expiry", "When does the current EPR contract expire?", ans="31 March 2029.", fact="2029-03-31"),
             Q("epr.value", "What is the value of the EPR contract?", ans="£8.4 million.", fact="8400000"),
         ])],
         layout="Request n / Answer interleaved; Ghostscript PDF", traps=[]),

    # ---- Unrelated: staff car parking 2021 -----------------------------------
    dict(key="N11", auth="cwh", kind="history", ref="CW/FOI/21/0455", date="2021-05-04",
         received="2021-04-06", regime="foia", fmt="html", style="table",
         title="Staff car parking", datefmt="long",
         parts=[part(None, [
             Q("parking.charge", "What is the monthly charge for a full-time staff parking permit?", ans="£22 per month.", fact="22"),
             Q("parking.spaces", "How many staff parking spaces are there?", ans="1,150", fact="1150"),
             Q("parking.income", "How much income did staff parking generate in 2020/21?", ans="£0 – staff parking charges were suspended throughout 2020/21.", fact="0"),
         ])],
         layout="disclosure-log page with table", traps=["released zero is not 'not held'"]),

    # ================================================================ drafts
    # D9: cyber 2025 (docx, decision)
    dict(key="D9", auth="cwh", kind="draft", ref="CW/FOI/25/0658", date="2025-08-12",
         received="2025-07-15", regime="foia", fmt="docx", style="decision",
         title="Cyber security", datefmt="long",
         parts=[part(None, [
             Q("nhscyber.ransomware", "Has the Trust suffered a ransomware attack in the last five years?", stance="ncnd", ex=["s31(3)"]),
             Q("nhscyber.spend", "How much did the Trust spend on cyber security in 2024/25?", ans="£1.45m, including the security operations centre service and endpoint protection licences.", fact="1450000"),
             Q("nhscyber.unsupported", "How many devices on your network are running unsupported operating systems?", stance="withheld", ex=["s31(1)(a)"]),
             Q("nhscyber.dspt", "What was your most recent DSPT outcome?", ans="standards met", fact="standards met"),
             Q("nhscyber.ciso", "Do you employ a Chief Information Security Officer?", ans="Yes.", fact="yes"),
             Q("nhscyber.training_rate", "What percentage of staff completed data security awareness training in 2024/25?", ans="96%", fact="96%"),
         ])],
         layout="decision paragraph, then answers", traps=["training rate look-alike"]),

    # D10: agency 2025 (md)
    dict(key="D10", auth="cwh", kind="draft", ref="CW/FOI/25/0902", date="2025-09-30",
         received="2025-09-02", regime="foia", fmt="md", style="interleaved",
         title="Agency nursing", datefmt="ord",
         parts=[part(None, [
             Q("agency.framework", "Through which framework agreement are agency nurses engaged?", ans="The Collaborative Procurement Partnership framework.", fact="cpp"),
             Q("agency.top_supplier", "Which nursing agency did the Trust pay the most in 2024/25?", stance="withheld", ex=["s43(2)"]),
             Q("agency.vms", "Which company provides the vendor management system used to book agency shifts?", ans="Brightshift Systems Ltd.", fact="brightshift systems"),
             Q("agency.bank", "Is your nurse bank run in-house or outsourced, and if outsourced to whom?", ans="It is run in-house by the Trust's Temporary Staffing Team.", fact="in-house"),
             Q("agency.cap_breaches", "How many agency shifts were paid above the NHS England price cap in 2024/25?", ans="1,204", fact="1204"),
         ])],
         layout="Request n / Answer interleaved", traps=["cap breaches new question"]),

    # D11: EPR 2025 (txt)
    dict(key="D11", auth="cwh", kind="draft", ref="CW/FOI/25/1433", date="2025-12-09",
         received="2025-11-11", regime="foia", fmt="txt", style="restate_numbered",
         title="Electronic patient record contract", datefmt="long",
         parts=[part(None, [
             Q("epr.supplier", "Please name the supplier of your electronic patient record.", ans="Lumen Health Systems Ltd.", fact="lumen health systems"),
             Q("epr.value", "Please give the total value of the EPR contract.", ans="£8,400,000.", fact="8400000"),
             Q("epr.golive", "On what date did the EPR go live?", ans="02.11.2015", fact="2015-11-02"),
             Q("epr.expiry", "On what date does the EPR contract end?", ans="31 March 2031.", fact="2031-03-31"),
             Q("epr.modules", "Which EPR modules are currently live (for example ePMA, order communications)?", ans="ePMA, order communications and clinical noting.", fact="epma order comms noting"),
         ])],
         layout="restate then numbered answers", traps=["restated value and date formats"]),
]

# ----------------------------------------------------------------------------
# Hollinsdale National Park Authority
# ----------------------------------------------------------------------------

PARK = [
    # ---- Car parks 2019 (soffice, FOIA s43) ---------------------------------
    dict(key="K1", auth="hnp", kind="history", ref="HNPA-FOI-19-011", date="2019-05-13",
         received="2019-04-15", regime="foia", fmt="pdf-soffice", style="restate_numbered",
         title="Car parks and parking charges", datefmt="long",
         parts=[part(None, [
             Q("carpark.count", "How many car parks does the National Park Authority operate?", ans="27", fact="27"),
             Q("carpark.operator", "Which company services and maintains your pay and display machines?", ans="ParkTech Services Ltd.", fact="parktech services"),
             Q("carpark.value", "What is the value of that contract?", stance="withheld", ex=["s43(2)"]),
             Q("carpark.income", "How much income did each car park generate in 2018/19?", ans="The income for each car park is set out in the attached spreadsheet. The total for all car parks was £1,480,000.", fact="per car park 2018/19"),
             Q("carpark.anpr", "Do you use automatic number plate recognition (ANPR) cameras in any of your car parks?", ans="No.", fact="no"),
         ])],
         layout="restate then numbered answers", traps=["answer in attachment"]),

    # ---- Car parks 2022 (md, FOIA s43) ---------------------------------------
    dict(key="K2", auth="hnp", kind="history", ref="HNPA-FOI-22-046", date="2022-08-30",
         received="2022-08-02", regime="foia", fmt="md", style="youasked",
         title="Car parking", datefmt="long", yourref="JB/2022/14",
         parts=[part(None, [
             Q("carpark.operator", "Who is contracted to maintain and empty the car park ticket machines?", ans="ParkTech Services Ltd.", fact="parktech services"),
             Q("carpark.value", "How much is that contract worth?", stance="withheld", ex=["s43(2)"]),
             Q("carpark.anpr", "Are any of your car parks enforced using ANPR?", ans="No, all of our car parks are pay and display.", fact="no"),
             Q("carpark.income", "Please provide the parking income for 2021/22 for each car park.", ans="Income by car park for 2021/22:\nFellgate Mill: £212,300\nHigh Tarn: £187,950\nLangwith Bridge: £164,200\nOther car parks (24 sites): £1,055,550\nTotal: £1.62m", fact="per car park 2021/22"),
             Q("carpark.count", "How many car parks do you manage?", ans="27", fact="27"),
         ])],
         layout="You asked / Our response", traps=["requester's own reference printed"]),

    # ---- Drones and IT 2020 (txt) ---------------------------------------------
    dict(key="K3", auth="hnp", kind="history", ref="HNPA-FOI-20-007", date="2020-02-17",
         received="2020-01-20", regime="foia", fmt="txt", style="interleaved",
         title="Drones and IT services", datefmt="long",
         parts=[part(None, [
             Q("parkdrones.own", "Does the Authority own or operate any drones and, if so, how many?", ans="Yes, two.", fact="2"),
             Q("parkdrones.use", "What are the drones used for?", ans="Habitat survey, erosion monitoring and footpath condition surveys.", fact="survey erosion footpath"),
             Q("ict.m365", "Does the Authority use Microsoft 365?", ans="Yes.", fact="yes"),
             Q("ict.msp", "Who provides your managed IT service?", ans="Fellside IT Ltd.", fact="fellside it"),
         ])],
         layout="numbered interleaved", traps=[]),

    # ---- Drones and IT 2023 (HTML) -------------------------------------------
    dict(key="K4", auth="hnp", kind="history", ref="HNPA-FOI-23-058", date="2023-10-10",
         received="2023-09-12", regime="foia", fmt="html", style="table",
         title="Drones, filming permits and IT support", datefmt="long",
         parts=[part(None, [
             Q("parkdrones.own", "Number of drones owned by the Authority.", ans="3", fact="3"),
             Q("parkdrones.permits", "How many permits for commercial drone filming in the National Park did the Authority issue in 2022?", ans="14", fact="14"),
             Q("ict.msp", "Name of your IT support / managed service provider.", ans="Fellside IT Ltd.", fact="fellside it"),
             Q("ict.cyber_insurance", "Does the Authority hold cyber insurance, and with which insurer?", stance="withheld", ex=["s31(1)(a)"]),
         ])],
         layout="disclosure-log page with table", traps=["filming permits look-alike of drone count"]),

    # ---- Unrelated: wild camping 2021 (prose) --------------------------------
    dict(key="K5", auth="hnp", kind="history", ref="HNPA-FOI-21-015", date="2021-03-23",
         received="2021-02-23", regime="foia", fmt="txt", style="prose",
         title="Wild camping", datefmt="long",
         prose_request="I would like to know how many wild camping incidents were reported to the Authority in 2020, whether the Authority has issued any fines for wild camping, and how many rangers the Authority employs to patrol the park.",
         resp_lead="I can respond to each element of your request in turn.",
         parts=[part(None, [
             Q("camp.incidents", "How many wild camping incidents were reported to the Authority in 2020?", ans="412 wild camping incidents were reported to the Authority during 2020.", fact="412"),
             Q("camp.fines", "Has the Authority issued any fines for wild camping?", ans="No. The Authority has not issued any fines for wild camping.", fact="no"),
             Q("rangers.count", "How many rangers does the Authority employ to patrol the park?", ans="The Authority employs 18 rangers.", fact="18"),
         ])],
         layout="request in prose, answers unnumbered in order", traps=["questions never numbered"]),

    # ================================================================ drafts
    # D12: car parks 2025 under EIR (regime change)
    dict(key="D12", auth="hnp", kind="draft", ref="HNPA-EIR-25-019", date="2025-10-21",
         received="2025-09-23", regime="eir", fmt="pdf-soffice", style="table",
         title="Car parks – charges, income and enforcement", datefmt="long",
         intro="Thank you for your request for information received on {received}. Because car parking charges are a measure affecting the use of land in the National Park, we have handled your request under the {act}.",
         parts=[part(None, [
             Q("carpark.count", "Number of visitor car parks managed by the Authority.", ans="Twenty-seven.", fact="27"),
             Q("carpark.operator", "Name of the contractor that maintains the pay and display machines.", ans="ParkTech Services Ltd.", fact="parktech services"),
             Q("carpark.value", "Value of the pay and display maintenance contract.", stance="withheld", ex=["reg12(5)(e)"]),
             Q("carpark.income", "Car parking income for 2024/25 for each car park.", stance="partially_released", ex=["reg12(5)(e)"], ans="Total car parking income in 2024/25 was £1.71m.", rest="The income for each individual car park"),
             Q("carpark.anpr", "Does the Authority use ANPR cameras in its car parks?", ans="Yes – ANPR now operates at five car parks.", fact="yes"),
         ])],
         layout="two-column table (EIR)", traps=["FOIA s43(2) earlier, EIR reg12(5)(e) now: no finding"]),

    # D13: bare incoming request (no answers)
    dict(key="D13", auth="hnp", kind="draft", ref="HNPA-FOI-26-004", date="2026-02-03",
         received="2026-02-03", regime="foia", fmt="txt", style="bare",
         title="Drones, IT services and rangers", datefmt="long",
         bare=dict(due="3 March 2026", **{"from": "[requester]"}, sent="Tuesday, February 3, 2026 09:14",
                   to="foi@hollinsdale-npa.gov.uk", subject="Freedom of Information request – drones, IT and rangers",
                   lead="Under the Freedom of Information Act 2000 please could you provide the following information:",
                   tail="I would prefer to receive the information electronically. Many thanks for your help."),
         parts=[part(None, [
             Q("parkdrones.own", "How many drones does the National Park Authority currently own?", stance=None),
             Q("parkdrones.permits", "How many permits for drone filming did you grant in 2025?", stance=None),
             Q("ict.msp", "Which company provides your IT managed service?", stance=None),
             Q("ict.cyber_insurance", "Do you have cyber insurance? If so, who is the insurer?", stance=None),
             Q("ict.m365", "Do you use Microsoft 365 or Google Workspace?", stance=None),
             Q("rangers.count", "How many rangers are employed by the Authority?", stance=None),
         ])],
         layout="bare incoming request (request log + email)", traps=["no stances"]),
]

LETTERS = NHS + PARK
