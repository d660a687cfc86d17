# -*- coding: utf-8 -*-
"""Content of set AW's letters: truth (stances) and wording side by side."""

DESCRIPTION = ("Set AW: four invented authorities - Strathairlie Council (Scottish council, FOISA), "
               "the University of Northwold (FOIA), Western Fells Ambulance Service NHS Trust (FOIA) and "
               "Wealdshire County Council (FOIA and EIR). 40 history letters 2017-2025 and 11 drafts "
               "2025-2026: telephony/ICT, ERP, VLE and email cloud contracts, CAD, CCTV and parking, cyber "
               "incidents, social care and children's placements, school transport, agency/bank/relief and "
               "consultancy spend, VC pay, recruitment agents, research animals, response times, fleet, "
               "assaults and body-worn video, highways and waste. Reordered drafts, sub-items (a)-(c), two "
               "contracts in two parts, look-alikes (contract value vs annual spend, call handlers vs "
               "dispatchers, agency vs bank/relief), internal reviews, annex tables, prose answers, FOISA "
               "s17/s18, s12 refusal, one bare request, one consistent repeat and one as-of draft.")

SIC = ("If you are dissatisfied with the way we have handled your request, you may ask us to review our "
       "decision by writing to the Information Governance Team within 40 working days. If you remain "
       "dissatisfied after the review, you may apply to the Scottish Information Commissioner under "
       "section 47(1) of the Freedom of Information (Scotland) Act 2002, and thereafter appeal to the "
       "Court of Session on a point of law.")
ICO = ("If you are unhappy with the way your request has been handled you may ask for an internal review "
       "within 40 working days. If you remain dissatisfied you have the right to complain to the "
       "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
       "(section 50 of the Freedom of Information Act 2000).")

AUTH = {
    "A": {"name": "Strathairlie Council", "act_title": "Freedom of Information (Scotland) Act 2002",
          "letterhead": "Strathairlie Council\nCorporate Governance \u2013 Information Rights\nCouncil Buildings, Tolbooth Wynd\nKilbrannan KB4 2RT\nfoi@strathairlie.gov.scot",
          "rights": SIC, "signer": "Information Rights Officer\nStrathairlie Council"},
    "B": {"name": "University of Northwold", "act_title": "Freedom of Information request",
          "letterhead": "University of Northwold\nGovernance and Legal Services\nOld Quad, Castle Hill\nNorthwold NW2 7QP",
          "rights": ICO, "signer": "Information Compliance Manager\nUniversity of Northwold"},
    "C": {"name": "Western Fells Ambulance Service NHS Trust", "act_title": "Freedom of Information Act 2000 request",
          "letterhead": "Western Fells Ambulance Service NHS Trust\nTrust Headquarters, Lakeland Way\nKendrith LA12 9WF",
          "rights": ICO, "signer": "FOI Lead, Information Governance\nWestern Fells Ambulance Service NHS Trust",
          "banner": "Caring for our communities \u2013 Every call, every patient, every time."},
    "D": {"name": "Wealdshire County Council", "act_title": "Request for information",
          "letterhead": "Wealdshire County Council\nCounty Hall, Market Square\nHalstow HT1 1WC\nOFFICIAL",
          "rights": ICO, "signer": "Information Governance Officer\nWealdshire County Council"},
}


def q(id, c, st, ex=None, fact=None, qt="", a="", **kw):
    d = {"id": id, "c": c, "st": st, "ex": ex, "fact": fact, "q": qt, "a": a}
    d.update(kw)
    return d


def L(**kw):
    kw.setdefault("kind", "history")
    kw.setdefault("received", "")
    return kw


LETTERS_DATA = []
add = LETTERS_DATA.append

# ====================================================================== A: Strathairlie Council (FOISA)
TEL_PARTS = ["Part 1 \u2013 contact centre and telephony contract(s)",
             "Part 2 \u2013 inbound network services (0800/0300 numbers, call routing, IVR)"]

add(L(file="history/FOI-SC-2017-0188 Response.pdf", src="a01.html", producer="lo_pdf", auth="A",
      ref="FOI/2017/0188", date="2017-06-14", received="2017-05-19", regime="foisa",
      layout="restated request then numbered answers in two parts", style="numbered",
      title="Telephony and contact centre contracts", date_s="14 June 2017", recv_s="19 May 2017",
      parts=TEL_PARTS,
      preamble="I would be grateful if you could provide the following for the Council's telephony and contact centre arrangements.",
      qs=[q("P1.Q1", "A.tel_supplier", "R", fact="Clarion Voice Ltd", qt="Who is the incumbent supplier of your contact centre / telephony contract?", a="Clarion Voice Ltd."),
          q("P1.Q2", "A.tel_value", "R", fact="£412,000", qt="What is the total value of the contract?", a="The total contract value is £412,000 over the five year term."),
          q("P1.Q3", "A.tel_expiry", "R", fact="31 March 2020", qt="When does the contract expire?", a="31 March 2020."),
          q("P1.Q4", "A.tel_contact", "W", ex="['foisa:s38(1)(b)']", qt="Please provide the name, job title and direct email address of the officer responsible for the contract.", a="We are withholding the name and direct contact details of the officer under section 38(1)(b) of FOISA (personal information), as disclosure would breach the data protection principles. You may contact the Council's ICT Service Desk at ictservicedesk@strathairlie.gov.scot."),
          q("P2.Q1", "A.net_supplier", "R", fact="Northlink Telecom", qt="Who is the incumbent supplier of your inbound network services contract?", a="Northlink Telecom."),
          q("P2.Q2", "A.net_expiry", "R", fact="30 September 2019", qt="When does the contract expire?", a="30 September 2019, with an option to extend for up to two years.")]))

add(L(file="history/FOI 2018-0311 Response - CCTV and parking.pdf", src="a02.html", producer="lo_pdf", auth="A",
      ref="FOI/2018/0311", date="2018-03-22", received="2018-02-26", regime="foisa",
      layout="interleaved Request n / Response", style="interleaved", labels=("Request %d:", "Response:"),
      title="Public space CCTV and parking enforcement", date_s="22nd March 2018", recv_s="26th February 2018",
      qs=[q("P1.Q1", "A.cctv_cameras", "R", fact="214", qt="How many public space CCTV cameras does the Council operate?", a="The Council operates 214 public space CCTV cameras across the authority area."),
          q("P1.Q2", "A.pcn_count", "R", fact="18,406", qt="How many Penalty Charge Notices were issued in 2016/17?", a="18,406 Penalty Charge Notices were issued in 2016/17."),
          q("P1.Q3", "A.pcn_income", "R", fact="£561,230", qt="What was the total income received from Penalty Charge Notices in 2016/17?", a="£561,230.")]))

add(L(file="history/FOI 2019-0047 Response.pdf", src="a03.html", producer="lo_pdf", auth="A",
      ref="FOI/2019/0047", date="2019-02-08", received="2019-01-14", regime="foisa",
      layout="decision paragraph naming exempt questions, answers for the rest", style="decision",
      title="Out of area social care placements", date_s="8 February 2019", recv_s="14 January 2019",
      decision=("Having considered your request, Strathairlie Council holds the information you asked for. "
                "However, the Council is withholding the information requested at question 2 under section "
                "38(1)(b) of FOISA, and is withholding part of the information requested at question 3 under "
                "section 33(1)(b) (commercial interests). The provider names are given below; the weekly fees "
                "agreed with each provider are withheld."),
      pit=["Question 2 asks for the highest weekly cost of a single placement. Because of the very small number of "
           "people placed at that cost, the figure could identify an individual and their care needs, and its "
           "disclosure would contravene the data protection principles. Section 38(1)(b) is an absolute exemption "
           "in this case and no public interest test is required.",
           "Fees for individual providers are negotiated. Disclosure would substantially prejudice the Council's "
           "ability to negotiate future placements. We have considered the public interest in transparency of spend "
           "and concluded that it is outweighed by the public interest in obtaining best value.",
           "You may wish to note that the Council does not rely on section 30 (effective conduct of public affairs) for any part of this request."],
      qs=[q("P1.Q1", "A.care_out_of_area", "R", fact="37", qt="How many adults with learning disabilities were in out of area residential placements at 31 December 2018?", a="37."),
          q("P1.Q2", "A.care_highest_weekly_cost", "W", ex="['foisa:s38(1)(b)']", qt="What is the highest weekly cost of any single out of area placement?", a="Withheld \u2013 see above.", in_decision=True),
          q("P1.Q3", "A.care_provider_names", "PR", ex="F33", qt="Please list the providers used for these placements and the weekly fee paid to each.", a="Providers: Ashgrove Care Homes, Bellrock Supported Living, Kinloss House Trust and Orchard Lea Care. The weekly fees are withheld under section 33(1)(b) as explained above.")]))

add(L(file="history/FOI-2019-0566 Telephony contracts.docx", src="a04.html", producer="docx", auth="A",
      ref="FOI/2019/0566", date="2019-10-17", received="2019-09-23", regime="foisa",
      layout="two-column table per part (Word)", style="table",
      title="Telephony and network contracts", date_s="17/10/2019", recv_s="23/09/2019",
      parts=["Contact centre / telephony contract", "Inbound network services contract"],
      qs=[q("P1.Q1", "A.tel_supplier", "R", fact="Clarion Voice Ltd", qt="Incumbent supplier: please name the supplier of the contact centre contract.", a="Clarion Voice Ltd"),
          q("P1.Q2", "A.tel_annual_spend", "R", fact="£98,500", qt="Annual spend: what did the Council spend with this supplier in 2018/19?", a="£98,500 (2018/19)"),
          q("P1.Q3", "A.tel_value", "W", ex="F33", qt="Contract value: what is the total value of the contract, including any extension?", a="Withheld under section 33(1)(b) FOISA \u2013 the contract is being re-tendered and disclosure of the whole-life value would prejudice the procurement. The public interest favours withholding at this time."),
          q("P1.Q4", "A.tel_expiry", "R", fact="31 March 2022", qt="Contract expiry: when does the contract end?", a="31 March 2022 (extended from 31 March 2020)."),
          q("P1.Q5", "A.tel_contact", "R", fact="Head of Digital Services", qt="Contact details: who in the Council is responsible for the contract?", a="Head of Digital Services. Correspondence should be sent to digital@strathairlie.gov.scot."),
          q("P2.Q1", "A.net_supplier", "R", fact="Northlink Telecom", qt="Incumbent supplier: please name the supplier of the inbound network services contract.", a="Northlink Telecom"),
          q("P2.Q2", "A.net_expiry", "R", fact="30 September 2021", qt="Contract expiry: when does the contract end?", a="30 September 2021 (extension taken).")]))

add(L(file="history/FOI 2021-0503 Cyber incidents response.pdf", src="a05.html", producer="lo_pdf", auth="A",
      ref="FOI/2021/0503", date="2021-11-25", received="2021-10-28", regime="foisa",
      layout="You asked / Our response with FOISA s18 NCND", style="youasked",
      title="Cyber security incidents", date_s="25 November 2021", recv_s="28 October 2021",
      qs=[q("P1.Q1", "A.cyber_ransomware", "N", ex="F18_35", qt="In the last three years has the Council been the victim of a ransomware attack?", a="Strathairlie Council can neither confirm nor deny whether it holds the information you have requested. Section 18(1) of FOISA, read with section 35(1)(a) (prevention or detection of crime), allows the Council to refuse to reveal whether the information exists or is held where revealing this would be contrary to the public interest."),
          q("P1.Q2", "A.cyber_ransom_paid", "N", ex="F18_35", qt="If so, did the Council pay the ransom?", a="As above, the Council applies section 18(1) read with section 35(1)(a) and neither confirms nor denies that it holds this information."),
          q("P1.Q3", "A.cyber_backup_supplier", "W", ex="F35", qt="Which company provides your data backup and recovery service?", a="This information is withheld under section 35(1)(a) of FOISA. Naming the supplier of the Council's backup and recovery service would assist those seeking to attack the Council's systems. The public interest in withholding the information outweighs that in disclosure.")]))

add(L(file="history/FOI 2021-0219 response.pdf", src="a06.html", producer="lo_pdf", auth="A",
      ref="FOI/2021/0219", date="2021-05-12", received="2021-04-15", regime="foisa",
      layout="restated request then grouped answers", style="grouped", ol=False,
      title="School transport and agency staff", date_s="12 May 2021", recv_s="15 April 2021",
      qs=[q("P1.Q1", "A.schooltx_spend", "R", fact="£6,214,880", qt="What was the total spend on home to school transport in 2019/20?"),
          q("P1.Q2", "A.schooltx_taxi_contractors", "R", ex="F25", qt="Please list the taxi and private hire operators contracted for school transport."),
          q("P1.Q3", "A.agency_spend", "R", fact="£2,940,112", qt="What was the Council's total spend on agency staff in 2019/20?"),
          q("P1.Q4", "A.agency_supplier", "R", fact="Caledon Staffing Solutions", qt="Which agency or managed service provider supplies most of these staff?")],
      groups=["Question 1: The Council spent £6,214,880 on home to school transport in 2019/20.",
              "Question 2: The operators holding school transport contracts are listed in the Council's contracts register, which is published at www.strathairlie.gov.scot/contractsregister. This information is therefore otherwise accessible and section 25(1) of FOISA applies.",
              "Questions 3 and 4: Total agency spend in 2019/20 was £2,940,112. The Council's agency workers are supplied through a managed service contract with Caledon Staffing Solutions."]))

add(L(file="history/IR-2022-0009 Review outcome (FOI 2021-0503).pdf", src="a07.html", producer="lo_pdf_gs", auth="A",
      ref="IR/2022/0009", date="2022-02-18", received="2021-10-28", regime="foisa",
      layout="internal review letter, NCND overturned for Q1 and Q2, Q3 upheld", style="review",
      title="Review of FOI/2021/0503 \u2013 cyber security incidents", date_s="18 February 2022",
      subject="Requirement for Review \u2013 IR/2022/0009 (original request FOI/2021/0503)",
      review=["I refer to your requirement for review dated 20 December 2021 concerning our response to your request FOI/2021/0503, which was received on 28 October 2021 and answered on 25 November 2021.",
              "I have been appointed to carry out the review and had no involvement in the original decision. I have looked again at the request and at the Council's reasons."],
      outcome=["I have concluded that the original decision to neither confirm nor deny under section 18(1) was not correct for questions 1 and 2. The Council has publicly reported on its cyber resilience and revealing whether it holds the information would not harm the prevention of crime. I have therefore substituted a different decision and the information is provided below.",
               "I uphold the decision to withhold the information at question 3 under section 35(1)(a)."],
      qs=[q("P1.Q1", "A.cyber_ransomware", "R", qt="In the last three years has the Council been the victim of a ransomware attack?", a="No. The Council has not been the victim of a successful ransomware attack in the last three years."),
          q("P1.Q2", "A.cyber_ransom_paid", "R", qt="If so, did the Council pay the ransom?", a="Not applicable \u2013 no ransom has been demanded of or paid by the Council."),
          q("P1.Q3", "A.cyber_backup_supplier", "W", ex="F35", qt="Which company provides your data backup and recovery service?", a="The decision to withhold this information under section 35(1)(a) is upheld.")]))

add(L(file="history/FOI 2023-0022 Consultancy spend.pdf", src="a08.html", producer="lo_pdf", auth="A",
      ref="FOI/2023/0022", date="2023-01-31", received="2023-01-05", regime="foisa",
      layout="letter with answers in an annex table", style="annex",
      title="Spend on external consultants", date_s="31 January 2023", recv_s="5 January 2023",
      body=["The information you requested is set out in the table at Annex A.",
            "Some of the information requested at question 2 (the value of each individual commission) is withheld under section 33(1)(b) of FOISA. The names of the firms are provided. Individual commission values would reveal the rates that firms have tendered, which would prejudice their commercial interests and the Council's in future tenders."],
      qs=[q("P1.Q1", "A.consult_spend", "R", fact="£1,377,450", qt="Total spend on external management consultants in 2021/22.", short="Total consultancy spend 2021/22", a="£1,377,450"),
          q("P1.Q2", "A.consult_top_firms", "PR", ex="F33", qt="The five firms paid the most and how much each received.", short="Top five firms and amounts", a="Firms (alphabetical): Ardmore Advisory LLP; Fenwick Hale Consulting; Lochside Partners; Meridian Public Sector; Tayvale Associates. Amounts withheld \u2013 s33(1)(b).")]))

add(L(file="history/FOI 2024-0087 Response (scanned).pdf", src="a09.html", producer="ocr_scan", auth="A",
      ref="FOI/2024/0087", date="2024-02-20", received="2024-01-24", regime="foisa",
      layout="decision paragraph in two parts (scanned, OCR)", style="decision",
      title="Contact centre and inbound network contracts", date_s="20th February 2024", recv_s="24th January 2024",
      parts=TEL_PARTS,
      decision=("The Council holds the information requested. The information at question 3 of part 1 (the total "
                "contract value) is withheld under section 33(1)(b) of FOISA. All other questions are answered below."),
      pit=["The contract is subject to a further extension which is still being negotiated. Releasing the whole-life value at this point would substantially prejudice the Council's commercial position. The public interest favours withholding."],
      qs=[q("P1.Q1", "A.tel_supplier", "R", fact="Clarion Voice Ltd", qt="Incumbent supplier of the contact centre contract.", a="Clarion Voice Ltd."),
          q("P1.Q2", "A.tel_annual_spend", "R", fact="£104,200", qt="Annual average spend with the supplier over the last three years.", a="The annual average spend over 2020/21 to 2022/23 was £104,200."),
          q("P1.Q3", "A.tel_value", "W", ex="F33", qt="Total contract value.", a="Withheld \u2013 see above.", in_decision=True),
          q("P1.Q4", "A.tel_expiry", "R", fact="31 March 2026", qt="Contract expiry date, including extensions.", a="31 March 2026."),
          q("P1.Q5", "A.tel_contact", "R", fact="Digital Services Manager", qt="The officer responsible for the contract (name, job title, email).", a="Digital Services Manager. We do not release the names of officers below Head of Service level."),
          q("P2.Q1", "A.net_supplier", "R", fact="Northlink Telecom", qt="Incumbent supplier of the inbound network services contract.", a="Northlink Telecom."),
          q("P2.Q2", "A.net_expiry", "R", fact="30 September 2025", qt="Contract expiry date, including extensions.", a="30 September 2025.")]))

add(L(file="history/FOI 2024-0731 - placements and staffing.pdf", src="a10.html", producer="lo_pdf", auth="A",
      ref="FOI/2024/0731", date="2024-11-27", received="2024-10-30", regime="foisa",
      layout="request in prose, answers in paragraphs with a section 17 notice", style="prose",
      title="Adult social care placements and staffing", date_s="27 November 2024", recv_s="30 October 2024",
      prose_request=("\"Please tell me how many adults with a learning disability the Council currently places in residential care "
                     "outside the Strathairlie area, and what the most expensive single placement costs per week. I would also "
                     "like the names of the providers and what each is paid. Separately, how much did the Council spend in "
                     "2023/24 on relief or sessional workers, and how much on agency workers?\""),
      answers_prose=["On the number of adults placed outside the area: at 30 September 2024 there were 52 adults with a learning disability in residential placements outside Strathairlie.",
                     "The highest weekly cost of a single placement is currently £11,480. Having reviewed the earlier approach, we are satisfied that this figure on its own no longer identifies any individual, given the larger number of placements at similar cost.",
                     "The providers used are Ashgrove Care Homes, Bellrock Supported Living, Glenmhor Care and Orchard Lea Care. The fees paid to each are withheld under section 33(1)(b) of FOISA, as disclosure would prejudice the Council's position in negotiating placements. We consider that the public interest lies in withholding this part.",
                     "Relief and sessional workers are paid through the payroll alongside contracted staff and their cost is not recorded separately. In terms of section 17(1) of FOISA the Council does not hold this information.",
                     "Spend on agency workers in 2023/24 was £3,615,009."],
      qs=[q("P1.Q1", "A.care_out_of_area", "R", fact="52"),
          q("P1.Q2", "A.care_highest_weekly_cost", "R", fact="£11,480"),
          q("P1.Q3", "A.care_provider_names", "PR", ex="F33"),
          q("P1.Q4", "A.relief_spend", "NH"),
          q("P1.Q5", "A.agency_spend", "R", fact="£3,615,009")]))

# ---- A drafts
add(L(kind="draft", file="drafts/FOI 2025-0244 DRAFT response.pdf", src="ad1.html", producer="lo_pdf", auth="A",
      ref="FOI/2025/0244", date="2025-04-16", received="2025-03-19", regime="foisa",
      layout="interleaved Q/A, questions reordered against 2024", style="interleaved", labels=("Question %d:", "Answer:"),
      title="Telephony and inbound network contracts (round robin)", date_s="16 April 2025", recv_s="19 March 2025",
      parts=["Contact centre / telephony", "Inbound network services"],
      qs=[q("P1.Q1", "A.tel_expiry", "R", fact="31 March 2026", qt="When is the contact centre contract due to expire (including any extension options)?", a="31 March 2026."),
          q("P1.Q2", "A.tel_supplier", "R", fact="Clarion Voice Ltd", qt="Who currently supplies the contact centre system?", a="Clarion Voice Ltd."),
          q("P1.Q3", "A.tel_value", "R", fact="£455,000", qt="What is the overall value of the contact centre contract?", a="The whole-life value of the contract including the extension is £455,000. The negotiation referred to in our earlier responses has concluded, and the Council no longer considers that section 33(1)(b) applies."),
          q("P1.Q4", "A.tel_annual_spend", "W", ex="F33", qt="How much does the Council spend each year with that supplier (average over three years)?", a="Withheld under section 33(1)(b) of FOISA. Annual spend figures would reveal the unit pricing agreed in the extension, which the supplier has told us is commercially sensitive. The public interest in withholding outweighs that in disclosure."),
          q("P1.Q5", "A.tel_contact", "NH", qt="Who is the officer responsible for managing the contract?", a="Following restructuring, no single officer is responsible for the contract; it is managed by the ICT Commissioning Board. The Council therefore does not hold this information and this letter serves as notice under section 17(1) of FOISA."),
          q("P2.Q1", "A.net_supplier", "R", fact="Halcyon Networks", qt="Who supplies your inbound network services (0800/0300 numbers, routing, IVR)?", a="Halcyon Networks."),
          q("P2.Q2", "A.net_expiry", "R", fact="30 September 2025", qt="When does the inbound network services contract expire?", a="30 September 2025.")]))

add(L(kind="draft", file="drafts/FOI 2025-0610 draft reply - cyber CCTV parking.pdf", src="ad2.html", producer="lo_pdf", auth="A",
      ref="FOI/2025/0610", date="2025-09-03", received="2025-08-06", regime="foisa",
      layout="You asked / Our response", style="youasked", ya=("Your question", "Our answer"),
      title="Cyber attacks, CCTV and parking enforcement", date_s="3 September 2025", recv_s="6 August 2025",
      qs=[q("P1.Q1", "A.cyber_ransomware", "N", ex="F18_35", qt="Has Strathairlie Council suffered a ransomware incident since 2021?", a="The Council is unable to confirm or deny whether it holds this information. In terms of section 18(1) of FOISA, read with section 35(1)(a), revealing whether the information exists would be contrary to the public interest, given current national guidance on cyber threats."),
          q("P1.Q2", "A.cyber_ransom_paid", "R", qt="Has the Council ever paid a ransom to recover data or systems?", a="No. It is the Council's policy, in line with national guidance, not to pay ransoms."),
          q("P1.Q3", "A.cyber_backup_supplier", "W", ex="['foisa:s31(1)']", qt="Name the company that provides the Council's backup and disaster recovery service.", a="We are withholding this under section 31(1) of FOISA (national security), on the advice of the Scottish Government Cyber Resilience Unit. We do not now rely on section 35(1)(a)."),
          q("P1.Q4", "A.cctv_cameras", "R", fact="236", qt="How many public space CCTV cameras does the Council currently operate?", a="236."),
          q("P1.Q5", "A.pcn_count", "R", fact="21,077", qt="How many parking penalty charge notices did the Council issue in 2024/25?", a="21,077.")]))

add(L(kind="draft", file="drafts/FOI 2026-0015 draft.docx", src="ad3.html", producer="docx", auth="A",
      ref="FOI/2026/0015", date="2026-01-21", received="2025-12-17", regime="foisa",
      layout="numbered answers after a restated request (Word automatic list numbering)", style="numbered", ol=True,
      title="Care placements, consultancy, relief and agency staff", date_s="21 January 2026", recv_s="17 December 2025",
      qs=[q("P1.Q1", "A.care_out_of_area", "R", fact="49", qt="The number of adults with learning disabilities placed in residential care outside the council area.", a="49 (at 30 November 2025)."),
          q("P1.Q2", "A.care_highest_weekly_cost", "W", ex="['foisa:s38(1)(b)']", qt="The highest weekly cost of any one of those placements.", a="Withheld under section 38(1)(b) of FOISA. Only one person is placed at the highest cost and the figure, with other published information, could identify them."),
          q("P1.Q3", "A.care_provider_names", "PR", ex="F33", qt="The providers of those placements and the weekly fee paid to each.", a="The providers are Ashgrove Care Homes, Bellrock Supported Living and Glenmhor Care. Fees are withheld under section 33(1)(b)."),
          q("P1.Q4", "A.consult_spend", "R", fact="£1,377,450", qt="Consultancy spend in 2021/22 (I understand you have released this before; please confirm).", a="£1,377,450, as previously released."),
          q("P1.Q5", "A.consult_top_firms", "W", ex="F33", qt="Names of the five consultancy firms paid most in 2021/22 and the amounts.", a="Withheld in full under section 33(1)(b): the firms' names together with the amounts now published for 2024/25 would allow their rates to be calculated."),
          q("P1.Q6", "A.relief_spend", "R", fact="£812,300", qt="Spend on relief and sessional staff in 2024/25.", a="£812,300. The new payroll system records relief and sessional workers separately from 1 April 2024."),
          q("P1.Q7", "A.agency_spend", "R", fact="£3,615,009", qt="Spend on agency staff in 2023/24.", a="£3,615,009.")]))

# ====================================================================== B: University of Northwold (FOIA)
add(L(file="history/FOI-2017-112 Response.pdf", src="b01.html", producer="lo_pdf", auth="B",
      ref="UN-FOI-2017-112", date="2017-09-06", received="2017-08-10", regime="foia",
      layout="restated request then numbered answers", style="numbered",
      title="Vice-Chancellor remuneration and expenses", date_s="6 September 2017", recv_s="10 August 2017",
      qs=[q("P1.Q1", "B.vc_salary", "R", fact="£268,000", qt="The Vice-Chancellor's basic salary for 2016/17.", a="£268,000."),
          q("P1.Q2", "B.vc_expenses_total", "R", fact="£21,384", qt="The total expenses claimed by the Vice-Chancellor in 2016/17.", a="£21,384."),
          q("P1.Q3", "B.vc_flights", "R", fact="4", qt="How many business class flights did the Vice-Chancellor take in 2016/17?", a="4.")]))

add(L(file="history/FOI-2018-061 Response.pdf", src="b02.html", producer="lo_pdf", auth="B",
      ref="UN-FOI-2018-061", date="2018-05-03", received="2018-04-09", regime="foia",
      layout="decision paragraph", style="decision",
      title="International student recruitment agents", date_s="3rd May 2018", recv_s="9th April 2018",
      decision=("The University holds the information you requested. Questions 2 and 3 are withheld under section 43(2) "
                "of the Freedom of Information Act (commercial interests). This letter serves as a refusal notice under "
                "section 17 for those questions."),
      pit=["Agents are engaged in a highly competitive international market. Disclosure of agent names and the commission paid would allow competitor institutions to approach our agents and would prejudice the University's commercial interests. Having weighed the public interest in transparency about the use of fee income, we consider that the balance favours withholding."],
      qs=[q("P1.Q1", "B.agents_count", "R", fact="112", qt="How many overseas recruitment agents did the University have contracts with in 2016/17?", a="112."),
          q("P1.Q2", "B.agents_commission_total", "W", ex="S43", qt="What was the total commission paid to those agents in 2016/17?", a="Withheld.", in_decision=True),
          q("P1.Q3", "B.agents_names", "W", ex="S43", qt="Please list the agents and the number of students each recruited.", a="Withheld.", in_decision=True)]))

add(L(file="history/FOI-2018-208 Response.pdf", src="b03.html", producer="lo_pdf", auth="B",
      ref="UN-FOI-2018-208", date="2018-11-21", received="2018-10-24", regime="foia",
      layout="You asked / Our response with s21 signposting", style="youasked",
      title="Use of animals in research", date_s="21 November 2018", recv_s="24 October 2018",
      qs=[q("P1.Q1", "B.animals_count", "R", ex="S21", qt="How many animals were used in scientific procedures at the University in 2017?", a="The University publishes its annual animal use statistics at www.northwold.ac.uk/research/animals. This information is reasonably accessible to you by other means and is exempt under section 21(1) of the Act."),
          q("P1.Q2", "B.animals_species", "R", ex="S21", qt="Which species were used?", a="Please see the same page, which gives a breakdown by species (section 21(1))."),
          q("P1.Q3", "B.animals_licence_holders", "W", ex="S40", qt="Please provide the names of the project licence holders.", a="Names of licence holders are personal data and are withheld under section 40(2). We note that section 38 (health and safety) has been applied by other institutions; the University has not needed to consider it here.")]))

add(L(file="history/FOI-2019-140 IT contracts - disclosure log.pdf", src="b04.html", producer="chromium_pdf", auth="B", log=True,
      ref="UN-FOI-2019-140", date="2019-06-12", received="2019-05-15", regime="foia",
      layout="disclosure-log web page, table per contract", style="table", thead=["Question", "Answer"],
      title="VLE and email/cloud contracts", date_s="Published: 12 June 2019", recv_s="15 May 2019",
      parts=["Contract 1: Virtual Learning Environment (VLE)", "Contract 2: Student and staff email / cloud productivity", "Software licences"],
      qs=[q("P1.Q1", "B.vle_supplier", "R", fact="Oakhaven Learning Ltd", qt="Who is the supplier?", a="Oakhaven Learning Ltd"),
          q("P1.Q2", "B.vle_value", "R", fact="£1,240,000", qt="What is the total contract value?", a="£1,240,000 (five years)"),
          q("P1.Q3", "B.vle_expiry", "R", fact="31 August 2022", qt="When does the contract expire?", a="31 August 2022"),
          q("P2.Q1", "B.email_supplier", "R", fact="Cirrostream Ltd", qt="Who is the supplier?", a="Cirrostream Ltd"),
          q("P2.Q2", "B.email_value", "W", ex="S43", qt="What is the total contract value?", a="Withheld under section 43(2) \u2013 the pricing is subject to a sector framework confidentiality clause and disclosure would prejudice the supplier's commercial interests."),
          q("P2.Q3", "B.email_expiry", "R", fact="31 July 2021", qt="When does the contract expire?", a="31 July 2021"),
          q("P3.Q1", "B.sw_licence_spend", "NH", qt="What was the University's total annual spend on software licences in 2017/18?", a="The University does not hold a total figure: licences are purchased by individual departments and coded to general IT supplies. The information is not held.")]))

add(L(file="history/FOI-2020-033 complaints.txt", src="b05.txt", producer="copy", auth="B",
      ref="UN-FOI-2020-033", date="2020-02-19", received="2020-01-22", regime="foia",
      layout="plain-text email reply, interleaved", style="interleaved", labels=("Q%d.", "A%d."),
      title="Student complaints", date_s="19 February 2020", recv_s="22 January 2020",
      qs=[q("P1.Q1", "B.complaints_count", "R", fact="341", qt="How many formal student complaints did the University receive in 2018/19?", a="341."),
          q("P1.Q2", "B.complaints_upheld", "R", fact="87", qt="How many were upheld or partly upheld?", a="87."),
          q("P1.Q3", "B.oia_count", "R", fact="19", qt="How many complaints were taken to the Office of the Independent Adjudicator?", a="19.")]))

add(L(file="history/FOI-2021-057 VC pay.html", src="b06.html", producer="copy", auth="B", log=True,
      ref="UN-FOI-2021-057", date="2021-03-10", received="2021-02-11", regime="foia",
      layout="disclosure-log HTML page, interleaved", style="interleaved", labels=("Request %d", "Response"),
      title="Vice-Chancellor pay, expenses and flights 2019/20", date_s="Date of response: 10/03/2021", recv_s="11/02/2021",
      qs=[q("P1.Q1", "B.vc_salary", "R", fact="£281,500", qt="The VC's salary in 2019/20.", a="£281,500."),
          q("P1.Q2", "B.vc_expenses_total", "R", fact="£4,102", qt="Total value of expenses claimed by the VC in 2019/20.", a="£4,102 (travel was curtailed from March 2020)."),
          q("P1.Q3", "B.vc_flights", "R", fact="0", qt="The number of flights taken in business or first class.", a="Nil."),
          q("P1.Q4", "B.vc_housing", "W", ex="S40", qt="Details of any accommodation provided to the VC, including its value.", a="This is withheld under section 40(2) as it is the personal data of the Vice-Chancellor and disclosure would be unfair.")]))

add(L(file="history/FOI-2022-009 Agents response.docx", src="b07.html", producer="docx", auth="B",
      ref="UN-FOI-2022-009", date="2022-01-19", received="2021-12-15", regime="foia",
      layout="grouped answers after restated request (Word list numbering)", style="grouped", ol=True,
      title="Recruitment agents", date_s="19 January 2022", recv_s="15 December 2021",
      qs=[q("P1.Q1", "B.agents_count", "R", fact="147", qt="Number of agents used for international recruitment in 2020/21"),
          q("P1.Q2", "B.agents_commission_total", "R", fact="£2,864,300", qt="Total amount paid in commission to agents in 2020/21"),
          q("P1.Q3", "B.agents_names", "PR", ex="S43", qt="List of agents and the number of students recruited by each"),
          q("P1.Q4", "B.agents_per_student_rate", "W", ex="S43", qt="The commission rate paid per student")],
      groups=["1 and 2: In 2020/21 the University had agreements with 147 agents and paid commission totalling £2,864,300.",
              "3: A list of the agents is attached. The number of students recruited by each agent is withheld under section 43(2), as it would reveal the relative performance of individual agents.",
              "4: The commission rates are withheld under section 43(2). The public interest test is set out in the annex to this letter; the annex also lists section 41 for reference only."]))

add(L(file="history/IR-2022-014 Internal review - animals.pdf", src="b08.html", producer="lo_pdf_gs", auth="B",
      ref="UN-IR-2022-014", date="2022-10-05", received="2022-07-28", regime="foia",
      layout="internal review, original decision upheld with one change", style="review",
      title="Internal review \u2013 use of animals in research", date_s="5 October 2022",
      subject="Internal review UN-IR-2022-014 (your request UN-FOI-2022-131)",
      review=["You asked for an internal review of our response to request UN-FOI-2022-131, received on 28 July 2022.",
              "The review was carried out by the Deputy University Secretary."],
      outcome=["The review upholds the original decision on questions 1 to 3. On question 4, the original response said that the information was withheld under section 38. The reviewer considers that the correct approach is to neither confirm nor deny whether the information is held, under section 38(2), because confirming either way would itself endanger the safety of staff."],
      qs=[q("P1.Q1", "B.animals_count", "R", ex="S21", qt="Number of animals used in procedures in 2021.", a="Published annually on our website (section 21(1)); the 2021 figures are at www.northwold.ac.uk/research/animals."),
          q("P1.Q2", "B.animals_species", "R", ex="S21", qt="Species used.", a="As question 1 \u2013 section 21(1)."),
          q("P1.Q3", "B.animals_licence_holders", "W", ex="['s38(1)(a)', 's40(2)']", qt="Names of project licence holders.", a="Withheld under sections 38(1)(a) and 40(2)."),
          q("P1.Q4", "B.animals_nhp", "N", ex="['s38(2)']", qt="Does the University use non-human primates in research?", a="The University neither confirms nor denies whether it holds this information, under section 38(2).")]))

add(L(file="history/FOI-2023-177 Response.pdf", src="b09.html", producer="lo_pdf", auth="B",
      ref="UN-FOI-2023-177", date="2023-07-13", received="2023-06-14", regime="foia",
      layout="table per contract in three parts", style="table",
      title="VLE, email/cloud and software licence spend", date_s="13 July 2023", recv_s="14 June 2023",
      parts=["Contract 1: Virtual Learning Environment", "Contract 2: email and cloud productivity suite", "Software licences"],
      qs=[q("P1.Q1", "B.vle_supplier", "R", fact="Oakhaven Learning Ltd", qt="Supplier", a="Oakhaven Learning Ltd"),
          q("P1.Q2", "B.vle_value", "PR", ex="S43", qt="Contract value", a="Core licence: £1,480,000. The value of the optional analytics module is withheld under section 43(2)."),
          q("P1.Q3", "B.vle_expiry", "R", fact="31 August 2027", qt="Contract end date", a="31 August 2027"),
          q("P2.Q1", "B.email_supplier", "R", fact="Cirrostream Ltd", qt="Supplier", a="Cirrostream Ltd"),
          q("P2.Q2", "B.email_value", "W", ex="S43", qt="Contract value", a="Withheld \u2013 section 43(2)"),
          q("P2.Q3", "B.email_expiry", "R", fact="31 July 2025", qt="Contract end date", a="31 July 2025"),
          q("P3.Q1", "B.sw_licence_spend", "R", fact="£3,908,220", qt="Total annual spend on software licences (2022/23)", a="£3,908,220 (central procurement now records this)")]))

add(L(file="history/FOI-2025-019 Response.pdf", src="b10.html", producer="lo_pdf", auth="B",
      ref="UN-FOI-2025-019", date="2025-03-04", received="2025-02-04", regime="foia",
      layout="answers in an annex table", style="annex",
      title="Complaints and Vice-Chancellor salary", date_s="4 March 2025", recv_s="4 February 2025",
      body=["Please find our response in the table at Annex A. Figures for complaints are for the academic year 2023/24."],
      qs=[q("P1.Q1", "B.complaints_count", "R", fact="402", qt="Number of formal complaints made by students in 2023/24", short="Complaints received", a="402"),
          q("P1.Q2", "B.complaints_upheld", "R", fact="96", qt="How many of those were upheld (fully or partly)", short="Upheld", a="96"),
          q("P1.Q3", "B.oia_count", "R", fact="23", qt="How many went to the OIA", short="Referred to OIA", a="23"),
          q("P1.Q4", "B.vc_salary", "R", fact="£295,000", qt="The Vice-Chancellor's current salary", short="VC salary", a="£295,000")]))

# ---- B drafts
add(L(kind="draft", file="drafts/Request UN-FOI-2025-233 (incoming).txt", src="bd1.txt", producer="copy", auth="B",
      ref="UN-FOI-2025-233", date="2025-06-18", received="2025-06-18", regime="foia", bare=True,
      layout="bare incoming request, plain text email", style="bare", title="Recruitment agents",
      bare_text=["From: [requester]", "To: foi@northwold.ac.uk", "Date: 18 June 2025",
                 "Subject: FOI request - international recruitment agents (ref UN-FOI-2025-233)",
                 "Dear University of Northwold,",
                 "Under the Freedom of Information Act 2000 please provide the following for the academic year 2023/24. I made a similar request in 2022 (UN-FOI-2022-009).",
                 "1. How many international student recruitment agents did the University use?",
                 "2. The total amount of commission paid to agents.",
                 "3. Please list each agent and:\n(a) the country in which they operate;\n(b) the number of students each recruited;\n(c) whether the agent is still contracted.",
                 "4. The commission rate (percentage of first-year tuition fee, or flat fee) paid per student.",
                 "5. How many students recruited through agents withdrew before the end of their first year?",
                 "Many thanks."],
      qs=[q("P1.Q1", "B.agents_count", "U"), q("P1.Q2", "B.agents_commission_total", "U"),
          q("P1.Q3", "B.agents_names", "U"), q("P1.Q4", "B.agents_per_student_rate", "U"),
          q("P1.Q5", "B.agents_withdrawals", "U")]))

add(L(kind="draft", file="drafts/UN-FOI-2025-410 DRAFT.pdf", src="bd2.html", producer="lo_pdf", auth="B",
      ref="UN-FOI-2025-410", date="2025-11-12", received="2025-10-15", regime="foia",
      layout="You asked / Our response, contracts in reverse order (email first)", style="youasked",
      title="Email/cloud and VLE contracts, software licences", date_s="12 November 2025", recv_s="15 October 2025",
      parts=["Part A \u2013 Email and cloud productivity contract", "Part B \u2013 Virtual Learning Environment contract", "Part C \u2013 Software licensing"],
      qs=[q("P1.Q1", "B.email_supplier", "R", fact="Cirrostream Ltd", qt="Who provides the University's staff and student email and cloud productivity service?", a="Cirrostream Ltd."),
          q("P1.Q2", "B.email_value", "R", fact="£610,000", qt="What is the value of that contract?", a="£610,000 over three years. The framework confidentiality clause no longer applies to the renewed agreement."),
          q("P1.Q3", "B.email_expiry", "R", fact="31 July 2028", qt="When does it end?", a="31 July 2028."),
          q("P2.Q1", "B.vle_supplier", "R", fact="Oakhaven Learning Ltd", qt="Who provides the VLE?", a="Oakhaven Learning Ltd."),
          q("P2.Q2", "B.vle_value", "W", ex="S43", qt="What is the value of that contract?", a="Withheld under section 43(2). The contract is the subject of a live re-procurement and the value would prejudice the tender."),
          q("P2.Q3", "B.vle_expiry", "R", fact="31 August 2027", qt="When does it end?", a="31 August 2027."),
          q("P3.Q1", "B.sw_licence_spend", "PR", ex="S43", qt="What did the University spend on software licences in total in 2024/25, broken down by the top ten vendors?", a="The total was £4,216,540. The breakdown by vendor is withheld under section 43(2), as it would reveal discounts negotiated with individual vendors.")]))

add(L(kind="draft", file="drafts/UN-FOI-2026-021 draft response.pdf", src="bd3.html", producer="lo_pdf_gs", auth="B",
      ref="UN-FOI-2026-021", date="2026-02-10", received="2026-01-13", regime="foia", as_of="2020-06-01",
      layout="interleaved Q/A; checked as of 2020-06-01", style="interleaved", labels=("%d)", "Response:"),
      title="VC pay and animal research", date_s="10 February 2026", recv_s="13 January 2026",
      qs=[q("P1.Q1", "B.animals_count", "R", ex="S21", qt="Number of animals used in research in 2024.", a="Our annual statistics are published at www.northwold.ac.uk/research/animals (section 21(1))."),
          q("P1.Q2", "B.vc_salary", "R", fact="£302,750", qt="The Vice-Chancellor's salary for 2024/25.", a="£302,750."),
          q("P1.Q3", "B.animals_nhp", "R", qt="Does the University carry out research on non-human primates?", a="No. The University does not use non-human primates."),
          q("P1.Q4", "B.vc_flights", "R", fact="4", qt="Number of business-class flights taken by the VC in 2024/25.", a="4."),
          q("P1.Q5", "B.vc_housing", "W", ex="S40", qt="Is the VC provided with accommodation and, if so, at what value?", a="Withheld under section 40(2) (personal data).")]))

# ====================================================================== C: Western Fells Ambulance Service (FOIA)
add(L(file="history/F00412 Response.pdf", src="c01.html", producer="lo_pdf", auth="C",
      ref="F00412", date="2017-04-12", received="2017-03-15", regime="foia",
      layout="numbered answers", style="numbered", title="Response times", date_s="12/04/2017", recv_s="15/03/2017",
      qs=[q("P1.Q1", "C.resp_cat1_mean", "R", fact="00:07:48", qt="Mean response time to Category 1 (Red) calls in 2016/17.", a="00:07:48 (hh:mm:ss)."),
          q("P1.Q2", "C.resp_cat2_mean", "R", fact="00:21:13", qt="Mean response time to Category 2 calls.", a="00:21:13."),
          q("P1.Q3", "C.resp_by_station", "NH", qt="The same figures broken down by ambulance station.", a="Response times are recorded by incident location, not by station; the Trust does not hold the information in that form.")]))

add(L(file="history/F00577 - Fleet.pdf", src="c02.html", producer="lo_pdf", auth="C",
      ref="F00577", date="2018-02-07", received="2018-01-10", regime="foia",
      layout="interleaved Q/A", style="interleaved", title="Ambulance fleet", date_s="7th February 2018", recv_s="10th January 2018",
      qs=[q("P1.Q1", "C.fleet_size", "R", fact="214", qt="How many front-line emergency ambulances does the Trust operate?", a="214."),
          q("P1.Q2", "C.fleet_age", "R", fact="4.6 years", qt="What is the average age of those vehicles?", a="4.6 years."),
          q("P1.Q3", "C.fleet_convert_supplier", "R", fact="Marlow Coachworks", qt="Who converts your ambulances?", a="Marlow Coachworks."),
          q("P1.Q4", "C.fleet_lease_value", "W", ex="S43", qt="What is the annual value of the vehicle lease contract?", a="Withheld under section 43(2) \u2013 commercial interests.")]))

add(L(file="history/F00741 CAD and telephony.docx", src="c03.html", producer="docx", auth="C",
      ref="F00741", date="2018-12-05", received="2018-11-07", regime="foia",
      layout="two-column table (Word)", style="table", title="Control room systems", date_s="5 December 2018", recv_s="7 November 2018",
      qs=[q("P1.Q1", "C.cad_supplier", "R", fact="Sentinel Dispatch Systems", qt="Supplier of the computer aided dispatch (CAD) system in the Emergency Operations Centre", a="Sentinel Dispatch Systems"),
          q("P1.Q2", "C.cad_value", "R", fact="£2,150,000", qt="Value of the CAD contract", a="£2,150,000"),
          q("P1.Q3", "C.cad_expiry", "R", fact="31 March 2023", qt="Expiry date of the CAD contract", a="31 March 2023"),
          q("P1.Q4", "C.telephony_supplier", "R", fact="Ardent Comms", qt="Supplier of the control room telephony (ICCS) system", a="Ardent Comms")]))

add(L(file="history/F01023 Response.pdf", src="c04.html", producer="lo_pdf", auth="C",
      ref="F01023", date="2019-09-18", received="2019-08-21", regime="foia",
      layout="restated request then numbered answers", style="numbered", title="Agency paramedics and control room staffing",
      date_s="18 September 2019", recv_s="21 August 2019",
      qs=[q("P1.Q1", "C.agency_paramedic_spend", "R", fact="£1,902,440", qt="Spend on agency paramedics in 2018/19.", a="£1,902,440."),
          q("P1.Q2", "C.bank_paramedic_spend", "NH", qt="Spend on bank (internal staff bank) paramedics in 2018/19.", a="Bank shifts are paid through payroll with overtime and are not recorded separately. This information is not held."),
          q("P1.Q3", "C.agency_paramedic_top_supplier", "R", fact="Medstaff Partners", qt="The agency used most for paramedics.", a="Medstaff Partners."),
          q("P1.Q4", "C.call_handlers_count", "R", fact="143.5", qt="Number of emergency call handlers (FTE) in the EOC.", a="143.5 FTE."),
          q("P1.Q5", "C.dispatchers_count", "R", fact="61", qt="Number of dispatchers (FTE) in the EOC.", a="61 FTE.")]))

add(L(file="history/F01388 Assaults response.pdf", src="c05.html", producer="lo_pdf", auth="C",
      ref="F01388", date="2020-11-04", received="2020-10-07", regime="foia",
      layout="You asked / Our response", style="youasked", title="Assaults on staff and body-worn video",
      date_s="4 November 2020", recv_s="7 October 2020",
      qs=[q("P1.Q1", "C.assaults_count", "R", fact="388", qt="How many physical assaults on ambulance staff were reported in 2019/20?", a="388."),
          q("P1.Q2", "C.assaults_bwv", "R", fact="0", qt="How many body-worn video cameras have been issued to crews?", a="None. The Trust has not issued body-worn cameras; a pilot is planned."),
          q("P1.Q3", "C.bwv_supplier", "NH", qt="Who supplies the body-worn cameras?", a="The Trust has no contract for body-worn video and therefore holds no information.")]))

add(L(file="history/F01650 Cyber incidents.pdf", src="c06.html", producer="lo_pdf_gs", auth="C",
      ref="F01650", date="2021-07-14", received="2021-06-16", regime="foia",
      layout="decision paragraph, NCND s24(2)/s31(3)", style="decision", title="Cyber security incidents",
      date_s="14 July 2021", recv_s="16 June 2021",
      decision=("The Trust neither confirms nor denies whether it holds information falling within questions 1 and 2, by virtue of "
                "section 24(2) (national security) and section 31(3) (law enforcement)."),
      pit=["Confirming or denying whether the Trust has experienced cyber incidents would indicate the resilience of an emergency service's systems to those who would seek to disrupt them. The public interest favours maintaining the exclusions. This response should not be taken as an indication that the information requested does or does not exist."],
      rest_lead="There are no remaining questions.",
      qs=[q("P1.Q1", "C.cyber_incidents", "N", ex="NCND_FIRE", qt="How many cyber security incidents has the Trust reported to NHS Digital in the last three years?", a="", in_decision=True),
          q("P1.Q2", "C.cyber_ransom_paid", "N", ex="NCND_FIRE", qt="Has the Trust paid a ransom in connection with any such incident?", a="", in_decision=True)]))

add(L(file="history/IR F02011 Review - CAD.pdf", src="c07.html", producer="lo_pdf", auth="C",
      ref="IR-F02011", date="2022-06-29", received="2022-03-30", regime="foia",
      layout="internal review: original s31 refusal partly overturned", style="review",
      title="Internal review \u2013 control room systems", date_s="29 June 2022",
      subject="Internal review IR-F02011 of request F02011",
      review=["You asked us to review our response of 27 April 2022 to your request F02011 (received 30 March 2022), in which all questions were refused under section 31(1)(a).",
              "The review has been carried out by the Head of Information Governance."],
      outcome=["The original decision was not correct in full. Questions 1 and 3 are now answered. The withholding of question 2 is replaced by section 43(2); the withholding of question 4 under section 31(1)(a) is upheld; question 5 is withheld under section 40(2)."],
      qs=[q("P1.Q1", "C.cad_supplier", "R", fact="Sentinel Dispatch Systems", qt="Who supplies your CAD system?", a="Sentinel Dispatch Systems."),
          q("P1.Q2", "C.cad_value", "W", ex="S43", qt="What is the value of the CAD contract?", a="Withheld under section 43(2)."),
          q("P1.Q3", "C.cad_expiry", "R", fact="31 March 2026", qt="When does the CAD contract expire?", a="31 March 2026."),
          q("P1.Q4", "C.telephony_supplier", "W", ex="['s31(1)(a)']", qt="Who supplies the control room telephony / ICCS?", a="Withheld under section 31(1)(a) (upheld)."),
          q("P1.Q5", "C.cad_contact", "W", ex="S40", qt="Name and email of the contract manager.", a="Withheld under section 40(2).")]))

add(L(file="history/F02466 Response - s12.pdf", src="c08.html", producer="lo_pdf", auth="C",
      ref="F02466", date="2023-04-19", received="2023-03-22", regime="foia",
      layout="whole request refused on cost, s12(2) NCND wording", style="decision", title="Response times by station",
      date_s="19 April 2023", recv_s="22 March 2023",
      decision=("I am writing to advise that the Trust is refusing your request under section 12(2) of the Freedom of Information "
                "Act, because the cost of determining whether the Trust holds the information at question 3 would exceed the "
                "appropriate limit of £450 (18 hours at £25 per hour). Because one part exceeds the limit, the whole request is refused. "
                "Under section 12(2) the Trust neither confirms nor denies whether it holds the station-level information."),
      pit=["To establish whether station-level figures could be derived, staff would need to review around 410,000 incident records at approximately 10 seconds each, which is well over 18 hours. You may wish to refine your request, for example by asking for Trust-wide figures only."],
      rest_lead="Advice and assistance: Trust-wide figures are published monthly by NHS England as Ambulance Quality Indicators.",
      qs=[q("P1.Q1", "C.resp_cat1_mean", "RF", ex="['s12(2)']", qt="Mean Category 1 response time in 2021/22 and 2022/23.", a="", in_decision=True),
          q("P1.Q2", "C.resp_cat2_mean", "RF", ex="['s12(2)']", qt="Mean Category 2 response time for the same years.", a="", in_decision=True),
          q("P1.Q3", "C.resp_by_station", "RF", ex="['s12(2)']", qt="Both of the above broken down by ambulance station.", a="", in_decision=True)]))

add(L(file="history/F02901 assaults BWV (scan).pdf", src="c09.html", producer="ocr_scan", auth="C",
      ref="F02901", date="2024-03-13", received="2024-02-14", regime="foia",
      layout="answers in annex table (scanned, OCR)", style="annex", title="Assaults on staff and body-worn video",
      date_s="13 March 2024", recv_s="14 February 2024",
      body=["The Trust holds some of the information. Our answers are set out in Annex A."],
      qs=[q("P1.Q1", "C.assaults_count", "R", fact="512", qt="Physical assaults on staff reported in 2022/23", short="Assaults 2022/23", a="512"),
          q("P1.Q2", "C.assaults_bwv", "R", fact="160", qt="Number of body-worn cameras in use", short="Body-worn cameras", a="160"),
          q("P1.Q3", "C.bwv_supplier", "R", fact="Veritas Vision Ltd", qt="Supplier of the body-worn cameras", short="Supplier", a="Veritas Vision Ltd"),
          q("P1.Q4", "C.assaults_prosecutions", "NH", qt="How many assaults resulted in a prosecution", short="Prosecutions", a="Not held \u2013 outcomes are recorded by the police, not the Trust.")]))

add(L(file="history/F03310 Fleet and agency - response.pdf", src="c10.html", producer="lo_pdf", auth="C",
      ref="F03310", date="2025-02-12", received="2025-01-15", regime="foia",
      layout="prose answers in paragraphs", style="prose", title="Fleet and paramedic staffing",
      date_s="12 February 2025", recv_s="15 January 2025",
      prose_request=("\"Could you tell me how many emergency ambulances the Trust runs, how old they are on average, who converts them "
                     "and what the lease is worth each year? I'd also like to know the 2023/24 spend on agency paramedics and, separately, "
                     "on bank paramedics.\""),
      answers_prose=["The Trust operates 231 front-line emergency ambulances, with an average age of 5.1 years. Conversions are carried out by Marlow Coachworks.",
                     "The value of the lease contract is withheld under section 43(2), as the lease is being re-negotiated.",
                     "In 2023/24 the Trust spent £3,480,775 on agency paramedics. Spend on bank paramedics, which is now recorded separately in the e-rostering system, was £5,112,600."],
      qs=[q("P1.Q1", "C.fleet_size", "R", fact="231"), q("P1.Q2", "C.fleet_age", "R", fact="5.1 years"),
          q("P1.Q3", "C.fleet_convert_supplier", "R", fact="Marlow Coachworks"), q("P1.Q4", "C.fleet_lease_value", "W", ex="S43"),
          q("P1.Q5", "C.agency_paramedic_spend", "R", fact="£3,480,775"), q("P1.Q6", "C.bank_paramedic_spend", "R", fact="£5,112,600")]))

# ---- C drafts
add(L(kind="draft", file="drafts/F03655 DRAFT control room.pdf", src="cd1.html", producer="lo_pdf", auth="C",
      ref="F03655", date="2025-08-20", received="2025-07-23", regime="foia",
      layout="interleaved, reordered, with look-alike call handlers vs dispatchers", style="interleaved", labels=("Question %d", "Response"),
      title="Control room systems, staffing and cyber", date_s="20 August 2025", recv_s="23 July 2025",
      qs=[q("P1.Q1", "C.call_handlers_count", "R", fact="171", qt="How many emergency call handlers (FTE) work in the control room?", a="171 FTE."),
          q("P1.Q2", "C.dispatchers_count", "NH", qt="How many dispatchers (FTE)?", a="Since the 2024 restructure call handlers and dispatchers form a single clinical coordination role; the Trust does not hold a separate dispatcher figure."),
          q("P1.Q3", "C.cad_expiry", "R", fact="31 March 2029", qt="When does the CAD contract end?", a="31 March 2029, following a three-year extension."),
          q("P1.Q4", "C.cad_supplier", "R", fact="Sentinel Dispatch Systems", qt="Which company supplies the CAD system?", a="Sentinel Dispatch Systems."),
          q("P1.Q5", "C.cad_value", "PR", ex="S43", qt="What is the contract value, (a) for the original term and (b) for the extension?", a="(a) The original term was £2,150,000, as previously published. (b) The extension value is withheld under section 43(2)."),
          q("P1.Q6", "C.telephony_supplier", "W", ex="['s24(1)']", qt="Which company supplies the control room telephony?", a="Withheld under section 24(1) (national security), on the advice of the NHS England cyber security team."),
          q("P1.Q7", "C.cad_contact", "W", ex="S40", qt="Name of the contract manager.", a="Withheld under section 40(2)."),
          q("P1.Q8", "C.cyber_incidents", "R", fact="1", qt="How many cyber incidents has the Trust reported to NHS England since 2021?", a="One. The Trust reported one incident in 2023 which did not affect patient services."),
          q("P1.Q9", "C.cyber_ransom_paid", "N", ex="NCND_FIRE", qt="Has the Trust paid any ransom?", a="The Trust neither confirms nor denies whether it holds this information under sections 24(2) and 31(3).")]))

add(L(kind="draft", file="drafts/F03520 draft - assaults repeat.pdf", src="cd2.html", producer="lo_pdf", auth="C",
      ref="F03520", date="2025-05-14", received="2025-04-16", regime="foia", consistent=True,
      layout="You asked / Our response, repeat of F02901 answered the same, reordered", style="youasked",
      title="Assaults and body-worn video (repeat request)", date_s="14 May 2025", recv_s="16 April 2025",
      qs=[q("P1.Q1", "C.bwv_supplier", "R", fact="Veritas Vision Ltd", qt="Please name the supplier of your body cameras.", a="Veritas Vision Ltd."),
          q("P1.Q2", "C.assaults_bwv", "R", fact="160", qt="How many body cameras are in use?", a="160."),
          q("P1.Q3", "C.assaults_count", "R", fact="512", qt="How many staff were physically assaulted in 2022/23?", a="512 assaults were reported in 2022/23."),
          q("P1.Q4", "C.assaults_prosecutions", "NH", qt="How many of those assaults led to prosecution?", a="The Trust does not hold this; prosecution outcomes are held by the police.")]))

# ====================================================================== D: Wealdshire County Council (FOIA + EIR)
add(L(file="history/EIR 2017-0133 Potholes.pdf", src="d01.html", producer="lo_pdf", auth="D",
      ref="EIR/2017/0133", date="2017-03-08", received="2017-02-08", regime="eir",
      layout="numbered answers under the EIR", style="numbered", title="Pothole claims and repairs",
      subject="Environmental Information Regulations 2004 \u2013 pothole claims and repairs",
      date_s="8 March 2017", recv_s="8 February 2017",
      qs=[q("P1.Q1", "D.pothole_claims_count", "R", fact="1,204", qt="Number of pothole damage claims received in 2015/16.", a="1,204."),
          q("P1.Q2", "D.pothole_claims_paid", "R", fact="£187,600", qt="Total compensation paid on those claims.", a="£187,600."),
          q("P1.Q3", "D.pothole_repairs_count", "R", fact="38,115", qt="Number of potholes repaired.", a="38,115.")]))

add(L(file="history/FOI 2017-0902 ERP.pdf", src="d02.html", producer="lo_pdf", auth="D",
      ref="FOI/2017/0902", date="2017-11-15", received="2017-10-18", regime="foia",
      layout="two-column table", style="table", title="ERP system and software licences",
      date_s="15 November 2017", recv_s="18 October 2017",
      qs=[q("P1.Q1", "D.erp_supplier", "R", fact="Corvid Business Software", qt="Supplier of the Council's finance/HR (ERP) system", a="Corvid Business Software"),
          q("P1.Q2", "D.erp_value", "R", fact="£3,400,000", qt="Total contract value", a="£3,400,000"),
          q("P1.Q3", "D.erp_expiry", "R", fact="31 March 2021", qt="Contract end date", a="31 March 2021"),
          q("P1.Q4", "D.sw_licence_annual", "R", fact="£742,000", qt="Annual spend on Microsoft licences", a="£742,000 (2016/17)")]))

add(L(file="history/FOI 2018-0654 Placements.pdf", src="d03.html", producer="lo_pdf", auth="D",
      ref="FOI/2018/0654", date="2018-09-19", received="2018-08-22", regime="foia",
      layout="grouped answers", style="grouped", title="Children's residential placements",
      date_s="19 September 2018", recv_s="22 August 2018",
      qs=[q("P1.Q1", "D.placements_residential_count", "R", fact="96", qt="How many looked after children were in residential placements at 31 March 2018?"),
          q("P1.Q2", "D.placements_highest_weekly", "W", ex="S40", qt="What was the highest weekly cost of a single placement?"),
          q("P1.Q3", "D.placements_providers", "R", ex="S21", qt="Which providers were used?")],
      groups=["Question 1: 96.",
              "Question 2: The Council is withholding this under section 40(2), as the figure relates to a single identifiable child.",
              "Question 3: The providers are listed in the Council's published spend over £500 data (www.wealdshire.gov.uk/spend). Section 21 applies."]))

add(L(file="history/EIR 2019-0288 Waste contract - disclosure log.pdf", src="d04.html", producer="chromium_pdf_gs", auth="D", log=True,
      ref="EIR/2019/0288", date="2019-04-24", received="2019-03-27", regime="eir",
      layout="disclosure-log page, decision paragraph under EIR", style="decision", title="Waste disposal contract",
      date_s="24 April 2019", recv_s="27 March 2019",
      decision=("The Council holds the information. The information at question 3 is withheld under regulation 12(5)(e) of the "
                "EIR (confidentiality of commercial information). We note that if this request had been handled under the FOI Act, "
                "section 43 would have been relevant; the EIR apply because the information concerns waste."),
      pit=["The contract price is protected by a confidentiality clause and disclosure would harm the contractor's legitimate economic interest. The presumption in favour of disclosure is outweighed in this case."],
      qs=[q("P1.Q1", "D.waste_tonnage_landfill", "R", fact="41,220 tonnes", qt="Tonnage of household waste sent to landfill in 2017/18.", a="41,220 tonnes."),
          q("P1.Q2", "D.waste_contractor", "R", fact="Greystone Environmental", qt="Name of the waste disposal contractor.", a="Greystone Environmental."),
          q("P1.Q3", "D.waste_contract_value", "W", ex="R12_5E", qt="Annual value of the waste disposal contract.", a="Withheld.", in_decision=True)]))

add(L(file="history/FOI 2020-0017 School transport.pdf", src="d05.html", producer="lo_pdf", auth="D",
      ref="FOI/2020/0017", date="2020-01-29", received="2020-01-02", regime="foia",
      layout="You asked / Our response", style="youasked", title="Home to school transport",
      date_s="29 January 2020", recv_s="2 January 2020",
      qs=[q("P1.Q1", "D.schooltx_spend", "R", fact="£24,816,300", qt="Total spend on home to school transport in 2018/19.", a="£24,816,300."),
          q("P1.Q2", "D.schooltx_sen_spend", "R", fact="£15,902,110", qt="Of which, spend on SEND transport.", a="£15,902,110."),
          q("P1.Q3", "D.schooltx_operators", "R", ex="S21", qt="List of operators.", a="Published on our contracts finder page; section 21 applies."),
          q("P1.Q4", "D.schooltx_pupils_taxi", "NH", qt="Number of pupils transported by taxi.", a="We do not record pupils by vehicle type. Not held.")]))

add(L(file="history/FOI 2020-1188 agency and consultancy.docx", src="d06.html", producer="docx", auth="D",
      ref="FOI/2020/1188", date="2020-12-09", received="2020-11-11", regime="foia",
      layout="numbered answers (Word automatic list numbering)", style="numbered", ol=True,
      title="Agency, interim and consultancy spend", date_s="9 December 2020", recv_s="11 November 2020",
      qs=[q("P1.Q1", "D.consult_spend", "R", fact="£4,210,900", qt="Spend on consultants in 2019/20.", a="£4,210,900."),
          q("P1.Q2", "D.agency_spend", "R", fact="£11,377,040", qt="Spend on agency staff in 2019/20.", a="£11,377,040."),
          q("P1.Q3", "D.agency_msp", "R", fact="Hestia Talent Services", qt="Name of your managed service provider for agency staff.", a="Hestia Talent Services."),
          q("P1.Q4", "D.interim_day_rate", "W", ex="S40", qt="The highest day rate paid to an interim manager, and their role.", a="Withheld under section 40(2), as the rate with the role would identify the individual.")]))

add(L(file="history/EIR 2021-0870 Highways.html", src="d07.html", producer="copy", auth="D", log=True,
      ref="EIR/2021/0870", date="2021-10-13", received="2021-09-15", regime="eir",
      layout="disclosure-log HTML page, interleaved", style="interleaved", labels=("Request %d:", "Response:"),
      title="Potholes and highways maintenance contract", date_s="13/10/2021", recv_s="15/09/2021",
      qs=[q("P1.Q1", "D.pothole_claims_count", "R", fact="1,611", qt="Number of claims for vehicle damage caused by potholes in 2020/21.", a="1,611."),
          q("P1.Q2", "D.pothole_claims_paid", "R", fact="£203,145", qt="Amount paid out in compensation for those claims.", a="£203,145."),
          q("P1.Q3", "D.pothole_repairs_count", "R", fact="44,980", qt="How many potholes were filled?", a="44,980."),
          q("P1.Q4", "D.highways_contractor", "R", fact="Brackenridge Highways Ltd", qt="Who holds the highways term maintenance contract?", a="Brackenridge Highways Ltd."),
          q("P1.Q5", "D.highways_contract_value", "R", fact="£38,000,000", qt="What is its annual value?", a="Approximately £38,000,000 per annum.")]))

add(L(file="history/FOI 2022-0655 ERP and cyber.pdf", src="d08.html", producer="lo_pdf_gs", auth="D",
      ref="FOI/2022/0655", date="2022-08-10", received="2022-07-13", regime="foia",
      layout="decision paragraph with NCND s31(3)", style="decision", title="ERP contract, licences and cyber attacks",
      date_s="10 August 2022", recv_s="13 July 2022",
      decision=("Wealdshire County Council withholds the information at question 2 under section 43(2). For questions 5 and 6 "
                "the Council neither confirms nor denies that it holds the information, relying on section 31(3)."),
      pit=["The ERP contract is being re-procured and the incumbent's price would prejudice the competition.",
           "Confirming or denying whether the Council has been attacked would assist criminals in targeting the Council. Section 31(3) removes the duty to confirm or deny. Please note that the Computer Misuse Act 1990 is mentioned in your request; the Council expresses no view on it."],
      qs=[q("P1.Q1", "D.erp_supplier", "R", fact="Corvid Business Software", qt="Who supplies the ERP system?", a="Corvid Business Software."),
          q("P1.Q2", "D.erp_value", "W", ex="S43", qt="What is the contract value?", a="Withheld.", in_decision=True),
          q("P1.Q3", "D.erp_expiry", "R", fact="31 March 2025", qt="When does the ERP contract expire?", a="31 March 2025."),
          q("P1.Q4", "D.sw_licence_annual", "R", fact="£1,026,500", qt="Annual Microsoft licensing spend.", a="£1,026,500 (2021/22)."),
          q("P1.Q5", "D.cyber_attack", "N", ex="S31_3", qt="Has the Council suffered a cyber attack in the last two years?", a="", in_decision=True),
          q("P1.Q6", "D.cyber_ransom", "N", ex="S31_3", qt="Has the Council paid a ransom?", a="", in_decision=True)]))

add(L(file="history/IR 2023-0041 Internal review - placements.pdf", src="d09.html", producer="lo_pdf", auth="D",
      ref="IR/2023/0041", date="2023-10-18", received="2023-07-05", regime="foia",
      layout="internal review: s40 overturned, partial release", style="review",
      title="Internal review \u2013 children's placements", date_s="18 October 2023",
      subject="Internal review IR/2023/0041 \u2013 your request FOI/2023/0512",
      review=["You requested an internal review of our response to FOI/2023/0512 (received 5 July 2023).",
              "The original response withheld question 2 under section 40(2) and question 3 in full under section 43(2)."],
      outcome=["The reviewer finds that the highest weekly cost no longer identifies a child, as several placements are at similar cost: question 2 is now answered. Question 3 is partly overturned: provider names are released; individual rates remain withheld under section 43(2)."],
      qs=[q("P1.Q1", "D.placements_residential_count", "R", fact="118", qt="Number of children in residential placements.", a="118."),
          q("P1.Q2", "D.placements_highest_weekly", "R", fact="£14,250", qt="Highest weekly cost.", a="£14,250."),
          q("P1.Q3", "D.placements_providers", "PR", ex="S43", qt="Providers used and weekly rate paid to each.", a="Providers: Beacon Childcare, Holly Lodge Homes, Stepping Stones Care; rates withheld under section 43(2).")]))

add(L(file="history/EIR 2024-0512 Waste.pdf", src="d10.html", producer="lo_pdf", auth="D",
      ref="EIR/2024/0512", date="2024-09-25", received="2024-08-28", regime="eir",
      layout="annex table under EIR", style="annex", title="Waste disposal",
      date_s="25 September 2024", recv_s="28 August 2024",
      body=["Our response is in Annex A. Question 3 is withheld under regulation 12(5)(e); the public interest test is set out in Annex B (not reproduced on the disclosure log)."],
      qs=[q("P1.Q1", "D.waste_tonnage_landfill", "R", fact="29,870 tonnes", qt="Tonnes of household waste landfilled 2023/24", short="Landfill tonnage", a="29,870 tonnes"),
          q("P1.Q2", "D.waste_contractor", "R", fact="Greystone Environmental", qt="Waste disposal contractor", short="Contractor", a="Greystone Environmental"),
          q("P1.Q3", "D.waste_contract_value", "W", ex="R12_5E", qt="Annual contract value", short="Annual value", a="Withheld \u2013 reg 12(5)(e)"),
          q("P1.Q4", "D.waste_hwrc_sites", "R", fact="11", qt="Number of household waste recycling centres", short="HWRCs", a="11")]))

# ---- D drafts
add(L(kind="draft", file="drafts/EIR 2025-0390 DRAFT highways.pdf", src="dd1.html", producer="lo_pdf", auth="D",
      ref="EIR/2025/0390", date="2025-05-28", received="2025-04-30", regime="eir",
      layout="table; reordered with sub-items (a)-(c)", style="table",
      title="Highways contract and potholes", date_s="28 May 2025", recv_s="30 April 2025",
      qs=[q("P1.Q1", "D.highways_contractor", "R", fact="Brackenridge Highways Ltd", qt="Who is your highways term maintenance contractor?", a="Brackenridge Highways Ltd."),
          q("P1.Q2", "D.highways_contract_value", "PR", ex="R12_5E", qt="What is the annual value of that contract?", a="The base annual value is about £41 million; the schedule of rates is withheld under regulation 12(5)(e)."),
          q("P1.Q3", "D.pothole_claims_count", "R", fact="1,902", qt="Pothole claims in 2024/25: (a) how many were received; (b) how many were successful; (c) how many are still open?", a="(a) 1,902 claims received; (b) 433 successful; (c) 211 open."),
          q("P1.Q4", "D.pothole_claims_paid", "W", ex="['reg12(5)(b)']", qt="How much compensation was paid on pothole claims?", a="Withheld under regulation 12(5)(b) (course of justice): a group action is before the County Court and the settlement figures are in issue."),
          q("P1.Q5", "D.pothole_repairs_count", "NH", qt="How many potholes were repaired?", a="Since April 2024 repairs are recorded by the contractor as defects per lane-kilometre; the Council does not hold a count of potholes repaired (regulation 12(4)(a)).")]))

add(L(kind="draft", file="drafts/FOI 2025-1102 draft response ERP cyber.pdf", src="dd2.html", producer="chromium_pdf", auth="D",
      ref="FOI/2025/1102", date="2025-10-22", received="2025-09-24", regime="foia",
      layout="numbered answers, reordered", style="numbered",
      title="ERP contract, licences and cyber", date_s="22 October 2025", recv_s="24 September 2025",
      qs=[q("P1.Q1", "D.erp_expiry", "R", fact="31 March 2028", qt="End date of your ERP contract.", a="31 March 2028 (extended)."),
          q("P1.Q2", "D.erp_supplier", "R", fact="Corvid Business Software", qt="ERP supplier.", a="Corvid Business Software."),
          q("P1.Q3", "D.erp_value", "W", ex="['s31(1)(a)']", qt="ERP contract value.", a="Withheld under section 31(1)(a): the value would reveal the modules in use and so the attack surface of the system."),
          q("P1.Q4", "D.sw_licence_annual", "PR", ex="S43", qt="Annual Microsoft licence spend, broken down by product.", a="The total for 2024/25 was £1,188,400; the breakdown by product is withheld under section 43(2)."),
          q("P1.Q5", "D.cyber_attack", "R", qt="Has the Council been subject to a cyber attack since 2022?", a="Yes. The Council experienced a denial of service attack in March 2024, which was reported publicly."),
          q("P1.Q6", "D.cyber_ransom", "N", ex="S31_3", qt="Has the Council paid a ransom?", a="The Council neither confirms nor denies that it holds this information (section 31(3)).")]))

add(L(kind="draft", file="drafts/FOI 2026-0077 draft.pdf", src="dd3.html", producer="lo_pdf", auth="D",
      ref="FOI/2026/0077", date="2026-02-04", received="2026-01-07", regime="foia",
      layout="interleaved; agency vs consultancy and SEND vs all school transport look-alikes", style="interleaved",
      title="Agency, interim, consultancy and school transport", date_s="4 February 2026", recv_s="7 January 2026",
      qs=[q("P1.Q1", "D.agency_spend", "PR", ex="S43", qt="Spend on agency workers in 2024/25, by agency.", a="Total £14,028,600. The split by agency is withheld under section 43(2)."),
          q("P1.Q2", "D.consult_spend", "R", fact="£3,960,210", qt="Spend on external consultants in 2024/25.", a="£3,960,210."),
          q("P1.Q3", "D.agency_msp", "R", fact="Hestia Talent Services", qt="Your agency managed service provider.", a="Hestia Talent Services."),
          q("P1.Q4", "D.interim_day_rate", "PR", ex="S40", qt="The highest interim day rate paid and the post.", a="The highest day rate was £1,150. The post is withheld under section 40(2)."),
          q("P1.Q5", "D.schooltx_sen_spend", "R", fact="£15,902,110", qt="Spend on SEND transport in 2018/19 (as previously released).", a="£15,902,110."),
          q("P1.Q6", "D.schooltx_pupils_taxi", "R", fact="2,314", qt="How many pupils travel to school by taxi?", a="2,314 pupils (new transport system, autumn term 2025)."),
          q("P1.Q7", "D.schooltx_spend", "R", fact="£38,455,000", qt="Total home to school transport spend in 2024/25.", a="£38,455,000.")]))
