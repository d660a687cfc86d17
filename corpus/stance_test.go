package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// TestClassifyText holds the stance traps of real letters: each answer
// with the stance an officer would record.
func TestClassifyText(t *testing.T) {
	tests := []struct {
		name   string
		regime Regime
		answer string
		kind   StanceKind
		ex     []string
	}{
		{"figure", FOIA, "The contact centre covers 2 sites.", Released, nil},
		{"section 40(2) by virtue of the condition in section 40(3A)(a)", FOIA, "This information is exempt under section 40(2) of the Freedom of Information Act 2000 by virtue of section 40(3A)(a). The names of officers are their personal data.", Withheld, []string{"s40(2)"}},
		{"a count of incidents declared, their investigation reports withheld", FOIA, "The Trust declared 31 serious incidents (now Patient Safety Incident Investigations) relating to delayed response in 2024. Copies of the investigation reports are withheld under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"withheld by station, the overall figure published in the annual statement", FOIA, "We hold this information but it is being withheld under section 31(1)(a) of the FOI Act. Publishing availability by station would show when fire cover is reduced. The overall availability figure for on-call appliances (71.4%) is published in our annual Statement of Assurance.", Withheld, []string{"s31(1)(a)"}},
		{"withheld, what is done with the thing withheld", FOIA, "This information is withheld under section 38(1)(a) and (b) of the Act. Publishing the codes would be likely to lead to theft of defibrillators. Codes are given to 999 callers when a defibrillator is needed.", Withheld, []string{"s38(1)(a)", "s38(1)(b)"}},
		{"EIR regulation 12(6) explained, the interest of 12(5) it protects named", EIR, "The Authority neither confirms nor denies whether it holds this information. Regulation 12(6) allows us to respond in this way where confirming or denying would itself involve the disclosure of information that would adversely affect the interests in regulation 12(5)(g) (protection of the environment).", NCND, []string{"reg12(5)(g)", "reg12(6)"}},
		{"a review releasing a document, its earlier exemption 'no longer applied'", FOIA, "I have concluded that the guidance should be released. A copy is attached. The names of junior staff have been redacted under section 40(2). The section 31 exemption is no longer applied to this document.", PartiallyReleased, []string{"s40(2)"}},
		{"withheld, then a remark on the requester's earlier request", FOIA, "The locations are withheld under section 31(1)(a). You also mentioned your earlier request HTE/FOI/2019/212 about bus station toilets; that request was answered on 14 November 2019 and the reply is in our disclosure log.", Withheld, []string{"s31(1)(a)"}},
		{"a total given, 'this part of the information' refused", FOISA, "The force holds 96 Taser devices. I am unable to provide the breakdown by station. In terms of section 16 of the Act I am refusing to provide this part of the information as it is exempt under section 35(1)(a).", PartiallyReleased, []string{"foisa:s35(1)(a)"}},
		{"withheld in full, redaction not thought meaningful", FOIA, "The investigation reports contain detailed clinical information about identifiable patients. They are withheld in full under section 40(2) of the Act. The Trust does not consider that the reports can be redacted meaningfully, given the small number of incidents.", Withheld, []string{"s40(2)"}},
		{"no minutes or notes of the meetings are held", EIR, "No minutes or notes of pre-application meetings are held. Advice in this case was given in writing only.", NotHeld, nil},
		{"no meetings were held is a count, not a record missing", FOIA, "No meetings were held in 2023.", Released, nil},
		{"FOISA section 18 explained, the exemption it rests on supposed", FOISA, "The force neither confirms nor denies that it holds the information requested. Section 18(1) of the Act allows a public authority to refuse to reveal whether information exists or is held by it. If held, the information would be exempt under section 35(1)(a) and (b), as it would reveal covert tactics.", NCND, []string{"foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"}},
		{"FOISA section 18, the statute's list of exemptions it may rest on", FOISA, "The Board is refusing to confirm or deny whether it holds the information, in terms of section 18(1) of FOISA. Section 18(1) allows this where, if the information existed and was held, it could be withheld under any of sections 28 to 35, 38, 39(1) or 41. The Board considers that, if held, such information would be exempt under section 35(1)(a).", NCND, []string{"foisa:s18(1)", "foisa:s35(1)(a)"}},
		{"a summary provided, the full reports withheld", FOIA, "The Trust has provided a summary of the findings of each of the 31 investigations (Attachment 2). The full reports contain personal information about patients and staff and have been withheld under Section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"withheld, related papers published with a committee's agenda", EIR, "The Council holds these emails. They are being withheld under regulation 12(4)(e) (internal communications). The decision report and its appendices are published with the Cabinet papers.", Withheld, []string{"reg12(4)(e)"}},
		{"withheld, a tribunal's decision cited as support", FOIA, "The Council has decided to withhold this information under section 31(1)(a). Publishing a list of empty properties would be likely to assist fraud. This approach is consistent with the First-tier Tribunal decision in Voyias v Information Commissioner and London Borough of Camden (EA/2011/0007).", Withheld, []string{"s31(1)(a)"}},
		{"a review releasing one name, the rest still withheld", FOIA, "I partly uphold the original decision. The Investigations Team has eleven members. The name of the Head of Investigations is already published on our website and I have released it: Ms Aileen Foxcroft. The names of the other ten members of staff remain withheld under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"a review releasing the names, upholding the withholding of the rates", FOISA, "The original response withheld all of this information under section 33(1)(b). I have concluded that the names of the agencies are not commercially sensitive. I therefore partly overturn the original decision and release the names: Caledon Care Staffing, Thistle Nursing Ltd and Medica Scotland. I uphold the application of section 33(1)(b) to the hourly rates.", PartiallyReleased, []string{"foisa:s33(1)(b)"}},
		{"a post named, what is withheld in brackets with a semicolon", FOIA, "The contract is managed by the Street Lighting Team Manager (job title released; name and email address withheld under section 40(2)). The team can be contacted at streetlighting@wessexdowns.gov.uk.", PartiallyReleased, []string{"s40(2)"}},
		{"a figure, then where the Act's sections are explained", FOIA, "£622,000. This includes staffing and licences. The Freedom of Information Act, including section 40 (personal information) and section 38 (health and safety), is explained in detail on our FOI pages.", Released, nil},
		{"not held, a target's period beside it", FOIA, "Brackenfield Homes does not hold this information. Urgent repairs are recorded with routine repairs and completion times are not recorded separately. Our performance against the 24-hour emergency repair target is reported to the Board each quarter.", NotHeld, nil},
		{"withheld, pointing to an annex for its reasons", FOIA, "We hold submissions to ministers on the future of the Fund. They are withheld under section 35(1)(a) of the Act. Please see the Annex.", Withheld, []string{"s35(1)(a)"}},
		{"withheld in part, the figures in an annex named", FOIA, "The names of the suppliers are withheld under section 43(2). Please see Annex A for the total spend in each year, which is released.", PartiallyReleased, []string{"s43(2)"}},
		{"still considering whether an exemption applies, the decision to follow", FOIA, "The Council holds the viability assessments. The developer considers them commercially sensitive and we are considering whether the exemption at section 43(2) applies. We will be able to give you our decision on this part of your request by 8 April 2026. This letter serves as notice under section 17(2) in respect of this question only; no decision has yet been taken on whether the information will be released.", Unknown, nil},
		{"considering whether to take action, reports withheld", FOIA, "The Council holds two inspection reports. They are withheld under section 31(1)(g), because the Council is considering whether to take formal action.", Withheld, []string{"s31(1)(g)"}},
		{"no decision yet on a plan", FOIA, "An outline business case for additional parking is being developed. No decision has yet been made on the type of structure.", Released, nil},
		{"neither confirm nor deny, relying on section 18(1) read with an exemption, what it supposes after a colon", FOISA, "The University neither confirms nor denies whether it holds the information. We are relying on section 18(1) of FOISA, read with section 38(1)(b): if the information existed it would be exempt under section 38(1)(b), and to reveal whether it exists would itself disclose personal data.", NCND, []string{"foisa:s18(1)", "foisa:s38(1)(b)"}},
		{"vexatious, not treated as a repeated request", FOIA, "The request is refused as vexatious under section 14(1). For clarity, we have not treated this request as a repeated request under section 14(2), as it is not substantially similar to any one of your earlier requests.", Refused, []string{"s14(1)"}},
		{"repeated, not being treated as vexatious", FOIA, "The request is refused under section 14(2) of the Act, as it is substantially similar to your request answered ten weeks ago. Please note that we are not treating your request as vexatious under section 14(1).", Refused, []string{"s14(2)"}},
		{"not held, a figure of another thing 'for context only'", FOIA, "The ICB does not hold this information. Patients are not required to tell the NHS when they seek a private assessment. For context only, the provider collaborative dashboard shows 611 removals from provider waiting lists in 2023/24 recorded with the reason \"patient choice\".", NotHeld, nil},
		{"not held, a national figure the requester 'may wish to know'", FOISA, "The Council does not hold this information. You may wish to know that the Scottish Government's annual education statistics record 1,032 placing request appeals heard nationally in 2019/20.", NotHeld, nil},
		{"not separately recorded within a budget whose total is given", EIR, "Fly-tipping clearance is carried out by street cleansing crews as part of their daily rounds, and its cost is not separately recorded within the street cleansing budget, which was £3.1 million in 2024/25.", NotHeld, nil},
		{"not held, a figure of another thing given by way of advice and assistance", FOISA, "The Agency does not record inspections by individual officer. Under section 17(1) of FOISA we are therefore notifying you that we do not hold this information. In total, 141 site inspections were made in 2023-24, which we provide by way of advice and assistance.", NotHeld, []string{"foisa:s17(1)"}},
		{"not held, a wider figure offered 'if that is of help'", EIR, "We do not hold a separate spending figure for Scar Pike. Footpath repair spending is recorded for the Park as a whole, and the information you asked for is not held. The park-wide figure for 2023/24 was £388,000, if that is of help.", NotHeld, nil},
		{"not held, a planning condition's number beside it", EIR, "No monitoring visits were made in 2019 and the Council does not hold the information requested. Monitoring in 2019 was carried out by the developer's consultant under condition 21 of the planning permission.", NotHeld, nil},
		{"none of the information requested is held", FOIA, "None of the information you requested is held. The Council has no wind turbines within its area.", NotHeld, nil},
		{"none of the meetings held in public is no answer of not held", FOIA, "Four meetings took place. None of the meetings were held in public.", Released, nil},
		{"an end date stated, the value withheld", FOIA, "The contract end date is 31 March 2027. The contract value is exempt under section 43(2) of the Act.", PartiallyReleased, []string{"s43(2)"}},
		{"a date in the reasons of a withholding gives nothing", FOIA, "The contract value is exempt under section 43(2). Releasing it before the contract ends in March 2027 would prejudice the re-tender.", Withheld, []string{"s43(2)"}},
		{"not held, a wider figure offered 'to help you'", FOIA, "The College does not hold a report by postcode district. To help you, 1,204 learners enrolled in 2023/24 live in the county as a whole.", NotHeld, nil},
		{"not held, a total offered 'in order to assist you'", FOIA, "The Trust does not hold this information, as leavers' reasons are recorded in national categories. In order to assist you, 842 staff left the Trust in 2022/23.", NotHeld, nil},
		{"not held, a programme's spend 'as advice and assistance'", EIR, "The Authority does not hold this information, as costs are not broken down by route. However, as advice and assistance, the upland path programme cost £97,300 in 2013/14.", NotHeld, nil},
		{"not held, a survey figure 'you may find it useful to know'", FOISA, "Under section 17(1) of FOISA I must tell you that the Partnership does not hold figures for single routes. You may find it useful to know that 40,150 journeys were recorded on the corridor in 2018/19.", NotHeld, []string{"foisa:s17(1)"}},
		{"figures given, a detail not held, no help offered", FOIA, "We issued 1,204 notices in 2023/24. The ward of each notice is not recorded.", Released, nil},
		{"figures given, help offered with another", FOIA, "We received 214 complaints in 2023/24. A breakdown by ward is not recorded, but the total for 2022/23 was 198, if that is of help.", Released, nil},
		{"a count of several words, the details withheld", FOIA, "23 serious incidents were declared in 2024 where a handover delay was identified as a contributory factor. We are not able to provide the date and hospital for each incident, as these details would be likely to identify the patients. This information is therefore withheld under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"'there were 3', the reports themselves withheld in the same sentence", FOIA, "There were 3 in 2023/24, but we are unable to provide the incident reports themselves, as these contain special category health data and are exempt under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"the body has decided to release some names, the rest withheld", FOIA, "The Trust has decided to release the names of the agencies: Medics Direct Ltd and NurseLink. The spend with each agency is withheld under section 43(2), as its release would prejudice the Trust's negotiating position.", PartiallyReleased, []string{"s43(2)"}},
		{"a count of things identified in scope, all withheld", FOIA, "We hold 4 reports within the scope of your request. They are withheld in full under section 31(1)(a).", Withheld, []string{"s31(1)(a)"}},
		{"not held, beside someone else's figure", FOIA, "The Service does not calculate a cost per incident. We therefore hold no information answering this part of your request. You may come across a figure of £392 per attendance, which appeared in a 2015 report by a neighbouring fire and rescue service; that figure was calculated by that service on its own basis and is not one the Service holds or has adopted.", NotHeld, nil},
		{"withheld, beside a total shown in the published budget book", EIR, "This information is withheld under regulation 12(5)(e) of the EIR. Disclosure would adversely affect a legitimate economic interest of the contractor. Total spending on waste collection is shown in the Council's published budget book.", Withheld, []string{"reg12(5)(e)"}},
		{"a breakdown by category without full stops, the rest withheld", FOIA, "The seven revocations fall into the following categories: conviction for a motoring offence resulting in disqualification – 3 failure to meet the council's medical standard – 2 other conduct matters – 2 We are unable to give the reason for each individual revocation. This information is therefore withheld under section 40(2) of the Act.", PartiallyReleased, []string{"s40(2)"}},
		{"passed to another department to answer", FOISA, "Your question 6 has been passed to our Human Resources department, who will reply to you directly under separate cover.", Unknown, nil},
		{"legal advice from the body's solicitors, withheld", FOISA, "The College holds this advice but it is withheld under section 36(1) of FOISA. The advice was provided by the College's solicitors and attracts legal advice privilege.", Withheld, []string{"foisa:s36(1)"}},
		{"figures given, what they exclude not recorded", FOIA, "2022/23: £1,436,900 2023/24: £2,081,350 These figures include right to choose activity and exclude medication prescribing, which is not recorded against this service line.", Released, nil},
		{"a review not upholding one exemption, applying future publication", FOISA, "I do not uphold the application of section 30(b)(i). However, since the original response the council has agreed that the report will be published in full on 14 December 2021. I have therefore applied section 27(1) of FOISA (information intended for future publication).", Released, []string{"foisa:s27(1)"}},
		{"no decision yet, the time extended", FOIA, "We have not yet reached a decision on this question. The council holds some information within the scope of this question, and is considering whether an exemption applies and, if so, where the balance of the public interest lies. Section 10(3) of the Act allows us a reasonable extension of time to consider the public interest, and we will write to you with our response to this question by 16 March 2023.", Unknown, nil},
		{"future publication, the cost limit no issue", FOIA, "The interim evaluation report will be published on GOV.UK in May 2026. This information is therefore exempt under section 22 of the FOIA (information intended for future publication). Had your request covered every round, we would have needed to consider the cost limit of £600 under section 12. As your request was limited to round 2, the cost limit has not been an issue here.", Released, []string{"s22"}},
		{"a statutory bar, its exceptions not applying", FOIA, "This information is withheld under section 44(1)(a) of the Act, because its disclosure is prohibited by section 57 of the Funeral Services (Regulation) Act 2021, which makes it an offence to disclose information about an identifiable business, except in circumstances that do not apply here. Section 44 is an absolute exemption and the public interest test does not apply.", Withheld, []string{"s44(1)(a)"}},
		{"an absolute exemption, no public interest test", FOIA, "The report is exempt under section 41(1). The public interest test does not apply to an absolute exemption.", Withheld, []string{"s41(1)"}},
		{"withheld, with a pointer to what is published above a threshold", FOIA, "We are withholding this information under section 43(2) of the Act. Overall spend with suppliers above £500 is published monthly on our website.", Withheld, []string{"s43(2)"}},
		{"a count in words, the names withheld", FOIA, "five registered suppliers were suspended from the scheme following those investigations. We are withholding the names of the suppliers under section 31(1)(a) of the FOIA (prevention or detection of crime).", PartiallyReleased, []string{"s31(1)(a)"}},
		{"a review finding an exemption not correctly applied", FOISA, "I do not consider that section 33(1)(b) was correctly applied. Total spend by specialty does not reveal the rates agreed with any individual agency. The information is therefore released: General medicine £1,284,600.", Released, nil},
		{"another section considered, not needed as the one applied applies", FOIA, "Eleven premises generated more than ten false alarms. The addresses of these premises are withheld under section 31(1)(a). We also considered section 38 (health and safety), but as section 31(1)(a) applies we have not found it necessary to rely on it.", PartiallyReleased, []string{"s31(1)(a)"}},
		{"a review that upholds in part", FOIA, "The original decision is partly upheld. I have decided that the total annual value of the contracts, £11,862,400 for 2024/25, should be released. However, I agree that the value of each individual route contract remains exempt under section 43(2).", PartiallyReleased, []string{"s43(2)"}},
		{"not held, a figure beside it for information", FOISA, "The Council does not hold this information. For your information, 3,914 working days were lost to all stress-related absence in 2024/25.", NotHeld, nil},
		{"not held for part, figures given", FOIA, "We hold 12 records for 2023. Figures before 2019 are not held.", Released, nil},
		{"withheld in full, beside a summary published elsewhere", FOIA, "The Trust holds the reports but is withholding them in full. The reports are exempt under section 40(2) and section 41(1). Summaries of learning from serious incidents are included in the Trust's quarterly Quality Report, published with Board papers on our website.", Withheld, []string{"s40(2)", "s41(1)"}},
		{"what the body holds, named, and withheld", EIR, "The Council holds legal advice and correspondence with its external solicitors (Fairbrother Lane LLP) about the site. This information is subject to legal professional privilege and is withheld under regulation 12(5)(b).", Withheld, []string{"reg12(5)(b)"}},
		{"withheld, beside a pointer to a published summary", FOIA, "They are exempt under Section 40(2) and Section 41(1). Summary learning from serious incidents is included in the Trust's quarterly Learning from Deaths report to the Board.", Withheld, []string{"s40(2)", "s41(1)"}},
		{"withheld in part, with a published total", EIR, "The individual tender prices are withheld under regulation 12(5)(e). The contract award value (£2.31m) is published on Contracts Finder.", PartiallyReleased, []string{"reg12(5)(e)"}},
		{"held, named, withheld in full", FOIA, "The Gallery holds this correspondence with Mrs Hartley, but it is withheld in full under section 41(1).", Withheld, []string{"s41(1)"}},
		{"yes, and a detail not held", FOIA, "Yes. Retrospective facial recognition is carried out using the Police National Database facial search facility; we do not hold a separate contract with a commercial supplier for this function.", Released, nil},
		{"no, not held", FOIA, "No. The Force does not hold this information.", NotHeld, nil},
		{"not held, and an earlier request's reference", EIR, "The Council does not hold this information. Regulation 12(4)(a) therefore applies. Your previous request on this subject (EIR-2024-00912) was answered on 11 June 2024.", NotHeld, []string{"reg12(4)(a)"}},
		{"a section that did not apply", FOIA, "We can confirm that no such information exists. Please note that the Trust did not apply section 40 (personal information) to any part of this request.", NotHeld, nil},
		{"holds nothing", FOIA, "The Town Council does not operate any CCTV cameras and so holds nothing in relation to your final point.", NotHeld, nil},
		{"a section the requester mentioned, not involved", FOIA, "Rates were agreed on a confidential basis and the sum is withheld under section 43(2). Please note that although your covering email mentioned section 40, no personal data was involved in this response.", Withheld, []string{"s43(2)"}},
		{"an exception considered, but the names are already public", EIR, "The Authority received 94 applications. We considered regulation 13 in relation to the names of the developer's consultants, but these are already public on the planning register and have not been redacted.", Released, nil},
		{"a section not considered to apply, in the past", FOIA, "Please see the attached document. The ICB did not consider that section 14 applied, although this is the third request on this subject from you this year.", Released, nil},
		{"an exception for what was not asked", EIR, "Claims received: 63. Total paid: £21,870. Details of individual claimants are excepted under regulation 13(1) and have not been included; you did not ask for them, but we mention this for clarity.", Released, nil},
		{"we are releasing part", FOIA, "We are releasing the minimum pass score (a weighted score of 76.5). The individual scores for unsuccessful bids are withheld under section 35(1)(a).", PartiallyReleased, []string{"s35(1)(a)"}},
		{"decided to release part", FOISA, "We have decided to release the names of the five landlords (attached as Annex A). The amounts paid to each are withheld under section 33(1)(b) of FOISA.", PartiallyReleased, []string{"foisa:s33(1)(b)"}},
		{"not held for want of retention", FOIA, "The Force does not record abandoned 101 calls by month in a reportable way; the telephony system retains call data for 13 months only, so figures for April to October 2024 no longer exist. No information is held.", NotHeld, nil},
		{"a section not used", FOIA, "£412,760 (equipment, training and Civil Aviation Authority fees; officer salaries are excluded). Please note that we have not used Section 40(2) in this response as no personal data is involved.", Released, nil},
		{"no such report held", FOIA, "No external audit of sponsor compliance has been commissioned during the period for which records are kept, so the University holds no such report.", NotHeld, nil},
		{"withheld, with the guidance that supports it", FOIA, "This information is withheld. The Service considers that a list of addresses of buildings with known fire-safety vulnerabilities would be of use to those wishing to cause harm, and that release would endanger the safety of residents. Sections 24(1) (national security) and 38(1)(b) (health and safety) are engaged. National guidance from the NFCC and the Home Office supports this position.", Withheld, []string{"s24(1)", "s38(1)(b)"}},
		{"considered, but provided", FOIA, "The band is published. We have considered section 40(2) for individual salaries below that threshold, but as these fall within published national pay ranges we have provided them in the attached table.", Released, nil},
		{"considered, but not thought to prejudice", FOIA, "The supplier is Festive Lighting Ltd. The Council notes that it has also considered section 43(2) in relation to the supplier, but does not consider that disclosure would prejudice anyone's commercial interests.", Released, nil},
		{"not considered under a section", FOIA, "31 officers hold a current certificate. Please note that we have not considered your request under Section 40 of the Act, as no personal data was requested.", Released, nil},
		{"no such information, with a retention period", FOIA, "We can confirm that no such information exists. Appliance cameras overwrite their recordings after 31 days unless footage is preserved for an investigation, and no footage was preserved in 2025.", NotHeld, nil},
		{"relied on before, not in this response", FOIA, "127. In its response to STA-FOI-2025-1120 the Authority relied on section 43(2) to withhold the contract value. Following the Commissioner's decision we have not relied on section 43(2) in this response.", Released, nil},
		{"a reason that cites another Act", EIR, "The Authority is refusing to disclose this information under regulation 12(5)(g) of the EIR. Ospreys are a Schedule 1 species under the Wildlife and Countryside Act 1981 and nests are at risk of egg theft.", Withheld, []string{"reg12(5)(g)"}},
		{"sections named for information only", FOIA, "The Council uses Biffa. Please note that Section 40(2) of the Act (personal information) and Section 43 (commercial interests) are qualified provisions; this paragraph is for information only.", Released, nil},
		{"considered, then released in full", FOIA, "The figures are attached. Please note that although section 40 was considered in relation to point 6, the figures are large enough that no individual could be identified and they have been released in full.", Released, nil},
		{"considered, but concluded it would not adversely affect", EIR, "Please find attached the inspection records. We considered regulation 12(5)(b) for request 3 but concluded that release of the inspection records would not adversely affect any legal proceedings.", Released, nil},
		{"referred to, not considered", FOIA, "The Panel will scrutinise the precept proposal on 4 February 2027. Although section 30(3) was referred to in your request, the OPCC does not conduct criminal investigations and has not considered it.", Released, nil},
		{"withheld while still being drafted", EIR, "The 2027/28 programme is still being drafted and will not be finalised until Cabinet in February 2027. The draft is material still in the course of completion and is withheld under regulation 12(4)(d).", Withheld, []string{"reg12(4)(d)"}},
		{"names released beside names withheld", FOIA, "The team comprises four members of the Senior Civil Service, whose names and grades are released: Ms Harriet Osei (Director) and Mr Tom Brennan (Deputy Director). The team also includes two Grade 6 officials, whose names are withheld under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"a record not maintained", FOIA, "The University does not maintain a record of the reasons for terminating agent contracts, so this falls outside what we hold.", NotHeld, nil},
		{"not sought to rely", FOIA, "The Trust entered into three settlement agreements. The total value could be linked to individuals and is exempt under section 40(2). For the avoidance of doubt, we have not sought to rely on section 41.", PartiallyReleased, []string{"s40(2)"}},
		{"released after all, in a clause", FOIA, "Individual scoring sheets are withheld under section 43(2). The overall scores of the three bidders are, however, released: 82, 74 and 61 out of 100.", PartiallyReleased, []string{"s43(2)"}},
		{"a decision notice cited in the reasons", FOIA, "I uphold the decision to withhold the contractors' names under section 40(2). In reaching my decision I had regard to the Commissioner's decision notice IC-59229-Y8B6.", Withheld, []string{"s40(2)"}},
		{"a note explaining a section not used", FOIA, "64. For completeness: Section 24(1) of the Act (national security) exempts information where exemption is required to safeguard national security. The Service has not needed to rely on Section 24(1) in this response.", Released, nil},
		{"considered and found not engaged", FOIA, "The list is withheld under section 24(1). We have considered section 38 but do not consider that it is engaged.", Withheld, []string{"s24(1)"}},
		{"not applied in addition", FOIA, "The advice is withheld under section 42(1). We do not consider that section 43 applies in addition.", Withheld, []string{"s42(1)"}},
		{"nor relied on", FOIA, "The whole request is refused. Nor does this notice rely on section 40(2) in respect of question 5.", Refused, nil},
		{"a total since a date beside a withheld breakdown", FOIA, "The total cost of the fleet since its introduction is £486,200. The unit cost of each model is exempt under section 43(2).", PartiallyReleased, []string{"s43(2)"}},
		{"a section taken back by the sentence after", FOIA, "The total cost was £318,450. I have noted your reference to section 38. That section was not applied in the original response and I have not applied it in this review.", Released, nil},
		{"a cost provision explained, then not relied on", FOIA, "The Council does not hold this information.\n\nFor completeness: section 12(2) allows an authority not to confirm or deny that information is held where establishing this alone would exceed the cost limit. We have not relied on it for this request.", NotHeld, nil},
		{"the cost limit quoted beside a signposted answer", FOIA, "The policy is published on our website and is therefore exempt under section 21: www.example.gov.uk/policy.pdf\nSection 12(1) reads: \"Section 1(1) does not oblige a public authority to comply with a request for information if the authority estimates that the cost of complying with the request would exceed the appropriate limit.\" We have not treated your request as vexatious under section 14, and section 12(2) has not been applied.", Released, []string{"s21"}},
		{"redaction would leave nothing", FOIA, "Having reviewed these reports, we have decided that they are exempt under section 40(2) and section 41. Redaction would leave no meaningful information.", Withheld, []string{"s40(2)", "s41"}},
		{"what the body publishes, as the reason", FOIA, "This is exempt by virtue of section 40(2) of the Act. The ICB publishes the names of staff at Director level and above only; the commissioning managers are below that grade.", Withheld, []string{"s40(2)"}},
		{"neither receives nor holds", FOIA, "Enforcement is carried out by the district council, and the Authority does not receive or hold the numbers of notices issued.", NotHeld, nil},
		{"does not have this information", FOIA, "TTWV does not have this information. Assaults on drivers are reported by the operators to the police.", NotHeld, nil},
		{"a contract that does not provide for something", FOIA, "The contract does not provide for bonuses, and we can confirm that no bonuses were paid.", Released, nil},
		{"a note on an exemption's kind after a not-held answer", FOIA, "The Trust does not record this centrally, so this information is not held.\nFor information: section 40 is an absolute exemption. Section 43 is qualified and the public interest test referred to at A2 applies.", NotHeld, nil},
		{"held, and all of it exempt", FOIA, "The Authority confirms that it holds legal advice on the Local Development Plan review. The advice is exempt by virtue of section 42(1) of the Act.", Withheld, []string{"s42(1)"}},
		{"still being considered", FOIA, "Your request for correspondence with the Department for Transport is also being considered. We need further time to consider the public interest, and we will write again by 20 October 2025.", Unknown, nil},
		{"not held as a label, figures explaining it", FOIA, "Not held. Repair times are recorded by the contractor against each job but not by fault type, so this figure cannot be produced without a manual review of some 6,000 job sheets.", NotHeld, nil},
		{"a review releasing names now, values still withheld", FOIA, "I have concluded that the original decision was not correct in part. The names of the companies are now released: Harwood Energy plc and Northsea Drilling Ltd. The value of each contract, however, remains withheld under section 43(2).", PartiallyReleased, []string{"s43(2)"}},
		{"a review partly overturned, investigators named", FOIA, "This part of the decision is partly overturned. The names of the principal investigators are released in the attached schedule. The names of doctoral students remain withheld under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"FOISA NCND read with s35, its reasons in a conditional", FOISA, "The force can neither confirm nor deny that it holds any information. Section 18(1) of the Act applies, read with section 35(1)(a) and (b). If the information existed and were held, it would be exempt under section 35(1)(a) and (b), and it would be contrary to the public interest to reveal whether it exists.", NCND, []string{"foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"}},
		{"s12(1) explained, then the questions refused", FOIA, "Section 12(1) of the Act allows the Council to refuse a request where the cost of complying would exceed the appropriate limit of £450. Answering would mean reading some 3,100 case files, over 100 hours of work. Questions 4 and 5 are therefore refused.", Refused, []string{"s12(1)"}},
		{"FOISA s12(1) explained, then not obliged to provide", FOISA, "Section 12(1) of FOISA provides that an authority is not required to comply with a request where the cost of doing so would exceed £600. The search would involve some 40 staff. We estimate the cost at well over £2,000, and we are therefore not obliged to provide this information.", Refused, []string{"foisa:s12(1)"}},
		{"s12(1) explained, not relied on", FOIA, "Section 12(1) of the Act allows the Council to refuse a request where the cost of complying would exceed the appropriate limit. We have not refused this part: the Council received 41 applications.", Released, nil},
		{"s12(2) explained, then neither confirmed nor denied", FOIA, "Section 12(2) of the Act means a force is not obliged to comply with a request where estimating whether it holds the information would exceed the appropriate limit. Revocations are not recorded by reason, so establishing this would need a review of some 1,900 files, well beyond 18 hours. The Constabulary therefore neither confirms nor denies that it holds this information.", Refused, []string{"s12(2)"}},
		{"refused, see above", FOIA, "Refused – see above.", Withheld, nil},
		{"unable to confirm or deny, with the sections said to apply amid conditionals", FOIA, "The Trust is unable to confirm or deny whether it holds footage of the incident. Confirming whether footage exists would itself disclose personal data, to which section 40(5B)(a)(i) applies, and could also prejudice any police investigation; section 31(3) applies.", NCND, []string{"s31(3)", "s40(5B)(a)(i)"}},
		{"not held beside where other data is published", FOIA, "The ICB does not hold this information. Prescriptions for weight management cannot be separated from those for type 2 diabetes. Total prescribing data is published by the NHS Business Services Authority via ePACT2.", NotHeld, nil},
		{"FOISA section 39(2) sends the question to the EIRs", FOISA, "This is environmental information, and section 39(2) of FOISA exempts it from FOISA so that it can be handled under the EIRs. The University does not hold the information. Regulation 10(4)(a) of the EIRs applies (information not held).", NotHeld, []string{"reg10(4)(a)"}},
		{"a section considered and not needed beside the one that applies", FOIA, "These are exempt by virtue of section 32(1)(a) and (c) of the Act. For completeness, we have considered section 40(2) but, given section 32 applies to the whole file, we have not needed to rely on it.", Withheld, []string{"s32(1)(a)", "s32(1)(c)"}},
		{"zero is released", FOIA, "0. No cameras were vandalised in 2021/22.", Released, nil},
		{"nil", FOIA, "Nil.", Released, nil},
		{"hours in a released figure", FOIA, "0 patients waited more than 24 hours.", Released, nil},
		{"hours of the cost limit", FOIA, "Locating the records would take more than 18 hours, so the request is refused.", Refused, nil},
		{"upheld decision", FOIA, "I have upheld the original decision that complying would exceed the appropriate limit under section 12(1).", Refused, []string{"s12(1)"}},
		{"exemptions we use", FOIA, "12 staff. You can read more about the exemptions we use, including sections 40 and 43, in our policy.", Released, nil},
		{"none", FOIA, "None.", Released, nil},
		{"not applicable", FOIA, "Not applicable.", Released, nil},
		{"mailbox", FOIA, "tm_servicedesk@cumbria.police.uk", Released, nil},
		{"attachment", FOIA, "Please find the information attached.", Released, nil},
		{"not recorded separately", FOIA, "No information held as the contract value is not recorded separately from the full contract value.", NotHeld, nil},
		{"do not collate", FOIA, "We do not collate this information.", NotHeld, nil},
		{"not held with a figure elsewhere", FOIA, "We hold 12 records for 2020; figures for 2019 are not held.", Released, nil},
		{"withheld", FOIA, "The addresses are withheld under section 31(1)(a) of the Act.", Withheld, []string{"s31(1)(a)"}},
		{"two subsections", FOIA, "Exempt under Section 31 (1) (a)(b).", Withheld, []string{"s31(1)(a)", "s31(1)(b)"}},
		{"partial", FOIA, "The supplier is Capita Ltd. The contract value is withheld under section 43(2).", PartiallyReleased, []string{"s43(2)"}},
		{"reasons are not content", FOIA, "The names of residents are personal data. They are withheld under s.40(2).", Withheld, []string{"s40(2)"}},
		{"ncnd", FOIA, "The force can neither confirm nor deny that it holds this information by virtue of section 31(3).", NCND, []string{"s31(3)"}},
		{"ncnd explained", FOIA, "The council neither confirms nor denies whether it holds the information. Section 43(3) removes the duty to confirm or deny where doing so would prejudice commercial interests.", NCND, []string{"s43(3)"}},
		{"ncnd read with an exemption", FOISA, "The Agency neither confirms nor denies whether it holds this information. Under section 18(1) of FOISA, read with section 35(1)(a) and (b), revealing whether it exists would be contrary to the public interest.", NCND, []string{"foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"}},
		{"ncnd with the interest it protects", EIR, "The Authority neither confirms nor denies whether it holds this information. Under regulation 12(6) an authority may respond in this way where confirming would adversely affect an interest in regulation 12(5)(a).", NCND, []string{"reg12(5)(a)", "reg12(6)"}},
		{"not redactable is withheld", FOIA, "The Trust holds these reports. They cannot be sufficiently redacted to prevent identification. They are therefore exempt under section 40(2).", Withheld, []string{"s40(2)"}},
		{"redacted is partial", FOIA, "The report is attached; the names of junior staff are redacted under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"a numbered phase is no figure", FOIA, "We hold the submissions. They are withheld under section 35(1)(a). Decisions on phase 2 are still live and officials need a safe space to advise ministers.", Withheld, []string{"s35(1)(a)"}},
		{"named in an appendix", FOISA, "The operator names are listed in Appendix A. The value of each contract has been withheld under section 33(1)(b) of FOISA.", PartiallyReleased, []string{"foisa:s33(1)(b)"}},
		{"an initial is no sentence end", FOIA, "The report by J. Smith is withheld under section 40(2).", Withheld, []string{"s40(2)"}},
		{"a provision contrasted", FOIA, "Their names remain withheld, but under section 40(2) rather than section 43(2): junior officers would not expect publication.", Withheld, []string{"s40(2)"}},
		{"a provision contrasted with unlike", FOIA, "The thresholds are withheld under section 31(1)(g). Unlike section 30, which applies to investigations a public authority has a duty to conduct, section 31 is the appropriate exemption for our regulatory functions.", Withheld, []string{"s31(1)(g)"}},
		{"a provision contrasted with as opposed to", FOIA, "The report is withheld under section 36(2)(b)(ii), as opposed to section 35, since it was not prepared for ministers.", Withheld, []string{"s36(2)(b)(ii)"}},
		{"could not apply", FOIA, "The contractor is Kingsway Parking Ltd. It is in the published register, so section 43(2) could not reasonably apply.", Released, nil},
		{"not been necessary to rely", FOIA, "This is exempt under section 31(1)(a). We also considered section 40(2) but it has not been necessary to rely on it.", Withheld, []string{"s31(1)(a)"}},
		{"a contact for queries beside a withholding", FOIA, "This information is exempt under S.40(2) – personal data of a third party. The officer is not a senior officer. Queries about procurement can be sent to housingoptions@ashcombe.gov.example.", Withheld, []string{"s40(2)"}},
		{"exemption not upheld on review", FOIA, "I do not agree with the original decision. Section 31 is not upheld for these questions and the information is given below. 1,208 stop and searches.", Released, nil},
		{"upheld and remains withheld", FOIA, "The original decision is upheld. The information remains withheld under section 43(2), and I agree with the original public interest assessment.", Withheld, []string{"s43(2)"}},
		{"a bare section made precise", FOIA, "To determine whether it is held would take 60 hours. Section 12(2) of the Act means the force is not obliged to confirm or deny where the cost alone would exceed the appropriate limit. Section 12 has been applied to question 3 only.", Refused, []string{"s12(2)"}},
		// "We are not refusing it as a repeated request under section
		// 14(2)": the provision named is not applied.
		{"not refusing under another subsection", FOIA, "We have decided to refuse your request under section 14(1), because it is vexatious. We are not refusing it as a repeated request under section 14(2), since it is not identical to your earlier requests.", Refused, []string{"s14(1)"}},
		// "given section 30(c) applies, we have not gone on to consider
		// it": the other section named is not applied.
		{"not gone on to consider another", FOISA, "Details of the plans are withheld under section 30(c) of FOISA. We have also noted that section 33(1)(b) might apply to the land negotiations but, given section 30(c) applies, we have not gone on to consider it.", Withheld, []string{"foisa:s30(c)"}},
		// A review that puts one exemption in place of another applies
		// the new one only: section 27(1) signposts a future publication.
		{"a review substituting one exemption for another", FOISA, "The paper will be published with the papers for the Board meeting on 29 January 2026. The panel has substituted section 27(1) (information intended for future publication) for section 30(c), and it is satisfied that it is reasonable to withhold the paper until then.", Released, []string{"foisa:s27(1)"}},
		{"a review replacing one exemption with another", FOIA, "The reviewer has replaced section 36(2)(c) with section 43(2), under which the prices are withheld.", Withheld, []string{"s43(2)"}},
		// Scotland's exception for material in the course of completion
		// withholds, as England's regulation 12(4)(d) does.
		{"Scottish course of completion", EIR, "The report is still in draft. We are withholding it under regulation 10(4)(d) (material still in the course of completion). We expect the final report to be published in the autumn.", Withheld, []string{"reg10(4)(d)"}},
		// The body's policy given as the reason for a withholding names
		// a band, and releases nothing.
		{"a policy given as the reason", FOIA, "The names of our team leaders are being withheld under section 40(2). Team leaders are Band 7 staff, and it is not Trust policy to publish the names of staff below Band 8c. If you need to contact a team, please use the locality numbers on our website.", Withheld, []string{"s40(2)"}},
		// A job title given with the name's withholding in brackets.
		{"a name withheld in brackets beside a job title", FOIA, "Head of Digital Policing Services (name withheld – Section 40(2)).", PartiallyReleased, []string{"s40(2)"}},
		// A count written in words with the figure after it, beside names
		// withheld: a part released.
		{"a count in words and figures beside withheld names", FOIA, "Twenty-three (23) officers and staff hold a current flying certificate and are authorised to fly for the Force. The names of those individuals are their personal data and are withheld under Section 40(2) of the Act.", PartiallyReleased, []string{"s40(2)"}},
		// A panel's chair named, whose name is also on the website, and
		// its members' posts ("a Senior Pharmacist" is no harm argued):
		// a part released beside the names withheld.
		{"a chair named and members' posts given", FOIA, "Partly overturned. The panel is chaired by the ICB's Director of Clinical Effectiveness, Dr Imran Qadir, whose name is published on our website. The other members are a Consultant in Public Health, a Senior Pharmacist (Medicines Optimisation), a Lay Member and an IFR Case Manager. Their names remain withheld under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		// The closing rights run on into the last answer name the Clerk
		// and the Commissioner, and give nothing.
		{"closing rights run on into an answer", FOIA, "The Committee holds this information. It is withheld under section 43(2), as publishing the names of firms in arrears would damage their reputations. If you are unhappy with this response please write to the Clerk to the Joint Committee to request a review. You may also contact the Information Commissioner's Office.", Withheld, []string{"s43(2)"}},
		// Who did the work, named by no one's name, beside the names
		// withheld, gives nothing.
		{"inspectors described, their names withheld", EIR, "The names of our inspecting officers are withheld under regulation 13(1), as they are personal data. The inspections were carried out by officers of the Central Area Environment Team.", Withheld, []string{"reg13(1)"}},
		// A refusal to confirm or deny overturned on review, and the
		// figure given; one upheld stays.
		{"NCND overturned on review", FOIA, "I have concluded that the original decision was not correct. The NCND response is therefore overturned, and I can confirm that the force carried out 2,318 retrospective facial recognition searches in 2024.", Released, nil},
		{"NCND upheld on review", FOIA, "I have concluded that the original decision was correct, and the use of Section 31(3) to neither confirm nor deny is upheld.", NCND, []string{"s31(3)"}},
		// "did not find it necessary to consider" takes back what it
		// names; regulation 6(1)(b) signposts, as FOIA's s21 does.
		{"did not find it necessary to consider", EIR, "The peat restoration map is available on our website, so regulation 6(1)(b) applies: https://www.example.org/peatland\nWe did not find it necessary to consider regulation 12(5)(a) (public safety) or 12(5)(g) (protection of the environment) for the felling correspondence.", Released, []string{"reg6(1)(b)"}},
		{"not found it necessary to consider", FOIA, "Complying would exceed the appropriate limit under section 12(1). The council has not found it necessary to consider section 14.", Refused, []string{"s12(1)"}},
		{"the withheld document described", FOIA, "We are unable to provide this document. It is exempt by virtue of section 24(1) and section 31(1)(a). The Plan describes access control points and the location of CCTV cameras; its release would help an intruder.", Withheld, []string{"s24(1)", "s31(1)(a)"}},
		{"decided not to apply", FOIA, "The dredging spend was £2.1m. We considered section 43(2) in relation to this figure but decided not to apply it.", Released, nil},
		{"no longer rely on", FOIA, "The University will disclose the two final papers, with passages redacted under section 36(2)(c) only. We no longer rely on section 36(2)(b)(i).", PartiallyReleased, []string{"s36(2)(c)"}},
		{"none of the ... is no short answer", FOIA, "Where a suspension leads to enforcement the licensee is named in the register; none of the suspensions has reached that stage. The names are therefore withheld under section 31(1)(g).", Withheld, []string{"s31(1)(g)"}},
		{"no with a figure", FOIA, "No. The Council withheld nothing; 4 reports were published under section 21.", Released, []string{"s21"}},
		{"aggregation is no ground", FOIA, "Section 12(4) of the Act and the Regulations allow us to aggregate the cost of similar requests; accordingly this notice applies to the whole request and section 12(1) is relied upon.", Refused, []string{"s12(1)"}},
		{"sections cited in the plural", FOISA, "These reports are withheld in full. Disclosure would prejudice the conduct of public affairs. Sections 30(c) and 35(1)(a) of FOISA therefore apply.", Withheld, []string{"foisa:s30(c)", "foisa:s35(1)(a)"}},
		{"what is held, counted", FOIA, "The Council holds footage of three incidents. This footage is withheld under section 40(2).", Withheld, []string{"s40(2)"}},
		{"refuse is also waste", FOIA, "24 refuse collection vehicles.", Released, nil},
		{"refused is a refusal", FOIA, "This part of the request is refused under section 14(1).", Refused, []string{"s14(1)"}},
		{"no such contract exists", FOIA, "The Council delivers the service in-house and has no contract with an external provider. We can therefore confirm that no such contract exists.", NotHeld, nil},
		{"the cost limit not reached", FOIA, "The information requested is not recorded. Section 12 of the Act allows an authority to refuse requests which would cost more than £450; no part of this request exceeded that limit.", NotHeld, nil},
		{"not held, with a service's number", FOIA, "The ICB does not hold a separate contract; telephony is provided within the NHS 111 contract in Part 1. This information is not held.", NotHeld, nil},
		{"not held, see another question", FOIA, "Not held – see Part 2, question 1. We considered whether section 31 applied, but concluded it did not.", NotHeld, nil},
		{"reg 12(6) with the interest it protects", EIR, "Under regulation 12(6) the Authority neither confirms nor denies whether it holds such information, as to do so would adversely affect the course of justice (regulation 12(5)(b)).", NCND, []string{"reg12(5)(b)", "reg12(6)"}},
		{"a labelled figure beside a withholding", FOIA, "Investigations opened: 23. Details of detection methods are withheld under section 31(1)(a) (prevention or detection of crime).", PartiallyReleased, []string{"s31(1)(a)"}},
		{"reasons as content", FOIA, "The reasons recorded were: persistent disruptive behaviour (14), physical assault (8). The academy and year group are exempt under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"reasons for withholding", FOIA, "The reasons for our decision are set out below. The report is withheld under section 36(2)(c).", Withheld, []string{"s36(2)(c)"}},
		{"not needed to rely", FOIA, "This information is withheld in full under section 40(2). We have also considered section 38 but do not need to rely on it.", Withheld, []string{"s40(2)"}},
		{"a budget of £600,000 is no cost limit", FOIA, "£600,000 has been budgeted for 2025/26.", Released, nil},
		{"£450,000 spent", FOIA, "£450,000 was spent.", Released, nil},
		{"the £450 limit", FOIA, "Complying would cost more than £450, so the request is refused.", Refused, nil},
		{"the £600.00 limit", FOIA, "This would exceed £600.00.", Refused, nil},
		{"no longer holds", FOIA, "The Trust no longer holds this information.", NotHeld, nil},
		{"a count beside a withholding", FOIA, "We recorded 6 incidents graded as severe harm. Detail of these incidents is withheld under section 40(2).", PartiallyReleased, []string{"s40(2)"}},
		{"a lettered count beside a withholding", FOIA, "(a) 312 vouchers have been identified as fraudulently claimed. (b) The names of the suppliers are withheld under section 31(1)(a).", PartiallyReleased, []string{"s31(1)(a)"}},
		{"the request restated beside a withholding", FOIA, "Your final question asked for the paper on clinical thresholds presented to the Executive Committee. The ICB holds this paper, but it is withheld under section 36(2)(b)(ii) of the Act.", Withheld, []string{"s36(2)(b)(ii)"}},
		{"what falls within the request, then withheld", FOIA, "The minutes of two meetings (14 March 2024 and 10 October 2024) fall within your request. They are withheld under section 36(2)(c) of the Act.", Withheld, []string{"s36(2)(c)"}},
		{"a remark beside a withholding", FOIA, "The names of on-call firefighters are withheld under section 40(2). For information, Barrowdene is a one-appliance on-call station.", Withheld, []string{"s40(2)"}},
		{"a page's link to a file beside a withholding", FOIA, "The names of on-call firefighters are withheld under section 40(2). FOI 2024-311 Appliance list (PDF, 84KB)", Withheld, []string{"s40(2)"}},
		{"what the Commissioner allows is no ncnd", FOIA, "24 officers are currently trained drone pilots. In a decision notice (FS50318536) the Information Commissioner accepted that forces may neither confirm nor deny the use of covert tactics; we have had regard to that decision.", Released, nil},
		{"a section described in brackets, not considered to apply", FOISA, "The names of the inspectors are their personal data, and are withheld under section 38(1)(b) of FOISA. Please note that the Council does not consider that section 12 (excessive cost, £600 limit) applies to any part of your request.", Withheld, []string{"foisa:s38(1)(b)"}},
		{"not held, after a pointer naming questions", FOIA, "The response to questions 1, 3, 4 and 7 is provided below. The University does not hold this information: spend on cyber security is not recorded separately from the overall IT budget.", NotHeld, nil},
		{"the duty to confirm or deny removed", FOIA, "In relation to your third question, the duty to confirm or deny is removed by the following exemptions: Section 23(5) - Information supplied by, or concerning, certain Security Bodies; Section 31(3) - Law Enforcement.", NCND, []string{"s23(5)", "s31(3)"}},
		{"a review that finds the original refusal not correct", FOIA, "The original response estimated that answering this question would require a manual search of tenancy files and refused it under section 12(1). On review, I found that disrepair claims are logged on the case management system. The section 12 refusal was therefore not correct. The Council received 214 housing disrepair claims in 2023-24.", Released, nil},
		{"dealt with within the appropriate cost limit", FOIA, "We have been able to deal with your request within the appropriate cost limit of £600 that applies to central government. The Fund received 1,462 applications.", Released, nil},
		{"given at another question", FOIA, "It is withheld under section 43(2). We have considered the public interest and concluded that it favours withholding the percentage; the total income figure at Request 1 has been provided.", Withheld, []string{"s43(2)"}},
		{"a maker named in capitals, the models withheld", FOIA, "The aircraft are manufactured by DJI. The specific models and their payload configurations are withheld under Section 31(1)(a) (Law Enforcement), as they would reveal the Service's tactical capability.", PartiallyReleased, []string{"s31(1)(a)"}},
		{"what the body holds, by its kind, and withheld", FOIA, "The Board holds emails and notes of meetings between its Director of Nursing and officials in the Welsh Government about the price cap. This information is withheld under section 36(2)(c).", Withheld, []string{"s36(2)(c)"}},
		{"ncnd by a list of exemptions, then their nature described", FOIA, "The Force can neither confirm nor deny that it holds this information, by virtue of the following exemptions:\nSection 23(5) – Security Bodies Section 24(2) – National Security Section 30(3) – Investigations Section 31(3) – Law Enforcement Section 23 is an absolute exemption and there is no requirement to consider the public interest. Sections 24, 30 and 31 are qualified exemptions, so the harm and the public interest must be considered.", NCND, []string{"s23(5)", "s24(2)", "s30(3)", "s31(3)"}},
		{"a remark on the letter's exemptions after the last answer", FOIA, "The direct email address is withheld under section 40(2), as it is personal data.\nWhere we have applied a qualified exemption (sections 31 and 43), we have considered the public interest and found that it favours withholding.", Withheld, []string{"s40(2)"}},
		{"an exemption in a thing's name", FOIA, "312 Ship Sanitation Control Certificates and 1,046 Ship Sanitation Control Exemption Certificates.", Released, nil},
		{"an exemption in a thing's name, the question's words in lower case", FOIA, "312 ship sanitation Control certificates and 1,046 ship sanitation Control Exemption certificates.", Released, nil},
		{"the exemption, named at a sentence's start", FOIA, "The names are withheld. The Exemption applied is section 40(2).", Withheld, []string{"s40(2)"}},
		{"the cost limit not considered, in a review's remark", FOIA, "The full list of 212 registered suppliers is attached as Annex A.\nI should add that the Department did not consider the cost limit in section 12 and I have not done so either; your request did not come near that limit.", Released, nil},
		{"a figure given, more claims still being considered", FOIA, "£214,602.37 was paid in settlement of claims received in 2024. Some claims are still being considered and this figure will change.", Released, nil},
		{"exemptions listed for completeness, none of them applied", FOIA, "Withheld under section 43(2). This annex also lists, for completeness, the other exemptions the Agency commonly considers: section 24 (national security), section 27 (international relations) and section 40 (personal information). None of these has been applied to your request.", Withheld, []string{"s43(2)"}},
		{"capitals that name the law are no name given", FOIA, "The locations of the cameras are withheld under section 31(1)(a) of the FOIA.", Withheld, []string{"s31(1)(a)"}},
		{"a remark that gives a figure is still a release beside what is withheld", FOIA, "There were 14 incidents. The locations are withheld under section 31(1)(a).", PartiallyReleased, []string{"s31(1)(a)"}},
		{"no exemption other than the one applied, and one no longer relied on", FOIA, "Please see the attached spreadsheet, which lists 318 accounts in credit. We have removed 74 accounts where the ratepayer is a sole trader: the name is their personal data and is withheld under section 40(2). In previous years the council refused requests for this list under section 31(1)(a) (prevention of crime). Following the Commissioner's decision notice, we no longer rely on section 31 for company ratepayers, and no exemption other than section 40(2) has been applied to this response.", PartiallyReleased, []string{"s40(2)"}},
		{"a section that cannot apply beside one applied, by its subsections", FOIA, "The minutes are withheld under sections 36(2)(b)(i) and 36(2)(c) of FOIA. Section 36 cannot apply to information to which section 35 applies, so we have considered the two separately.", Withheld, []string{"s36(2)(b)(i)", "s36(2)(c)"}},
		{"not held, then the letter's exemptions summed up and one with no bearing", FOIA, "KFRS does not hold this information. Building owners are not required to notify us.\nPlease note that section 40(2) and section 38(1)(b) are the only exemptions applied. For information, section 24 (national security) was raised by a colleague during our consideration but it has no bearing on this request.", NotHeld, nil},
		{"an NCND on the law explained, read with the exemptions it rests on", FOISA, "The Council neither confirms nor denies whether it holds this information. In terms of section 18(1) of FOISA, read with sections 35(1)(a) and 35(1)(b) (law enforcement), a Scottish public authority may refuse to reveal whether information exists or is held where revealing it would be contrary to the public interest and, if the information existed, it would be exempt.", NCND, []string{"foisa:s18(1)", "foisa:s35(1)(a)", "foisa:s35(1)(b)"}},
		{"complaints not upheld are no decision not upheld", FOIA, "The names of drivers are personal data. We are withholding them under section 40(2) of the Act because disclosure would breach the first data protection principle: the drivers would have no expectation that their names would be published in connection with complaints, many of which were not upheld.", Withheld, []string{"s40(2)"}},
		{"a figure in words beside what is withheld", FOIA, "Nineteen stations were unavailable in 2023/24. The names of the stations are withheld under section 31(1)(a).", PartiallyReleased, []string{"s31(1)(a)"}},
		{"the cost limit is no content", FOIA, "The advice is withheld under section 42(1). For clarity, the cost limit for central government is £600 (24 hours); your request did not exceed it.", Withheld, []string{"s42(1)"}},
		{"s12(2) ncnd is a cost refusal", FOIA, "Under section 12(2) we neither confirm nor deny whether the information is held, as establishing this alone would exceed the appropriate limit.", Refused, []string{"s12(2)"}},
		{"cost", FOIA, "To answer would exceed the appropriate limit of 18 hours, so this part is refused under section 12(1).", Refused, []string{"s12(1)"}},
		{"vexatious", FOIA, "This request is refused under section 14(1) as vexatious.", Refused, []string{"s14(1)"}},
		{"s21 signposting", FOIA, "This is reasonably accessible at www.example.gov.uk/contracts and so exempt under section 21.", Released, []string{"s21"}},
		{"section not applied", FOIA, "14 routes. Section 12 of FOISA allows a refusal where the cost would exceed £600; I have not needed to apply it.", Released, nil},
		{"hypothetical exemption", FOIA, "We have not gone on to consider whether officer names would be exempt under section 40(2). The figure is 12.", Released, nil},
		{"EIR not held", EIR, "The council does not hold this information and so regulation 12(4)(a) applies.", NotHeld, []string{"reg12(4)(a)"}},
		{"EIR manifestly unreasonable", EIR, "The request is manifestly unreasonable under regulation 12(4)(b).", Refused, []string{"reg12(4)(b)"}},
		{"EIR commercial", EIR, "The prices are withheld under Regulation 12(5)(e).", Withheld, []string{"reg12(5)(e)"}},
		{"FOISA ncnd", FOISA, "Under section 18(1) of FOISA, the Agency will neither confirm nor deny whether it holds this information.", NCND, []string{"foisa:s18(1)"}},
		{"FOISA personal", FOISA, "The names are withheld under section 38(1)(b) of FOISA.", Withheld, []string{"foisa:s38(1)(b)"}},
		{"pending", FOIA, "We are still gathering this information and will write to you again.", Unknown, nil},
		{"empty", FOIA, "", Unknown, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classifyText(tt.answer, tt.regime)
			if got.kind != tt.kind || !reflect.DeepEqual(got.exemptions, tt.ex) {
				t.Errorf("classifyText(%q) = %s %v, want %s %v", tt.answer, got.kind, got.exemptions, tt.kind, tt.ex)
			}
		})
	}
}

// TestClassifyDecisionPartly: a decision that says part was given and
// the rest withheld is a partial release, whatever words it uses; one
// that withholds only, or in full, is not.
func TestClassifyDecisionPartly(t *testing.T) {
	tests := []struct {
		sent string
		kind StanceKind
	}{
		{"For questions 3 and 4 we have released part of the information and withheld the rest, as explained below.", PartiallyReleased},
		{"For question 2 we have provided part of the information and withheld the rest.", PartiallyReleased},
		{"Questions 3 and 4 are withheld, as explained below.", Withheld},
		{"Question 5 is withheld in full under section 40(2).", Withheld},
	}
	for _, tt := range tests {
		if got := classifyDecision(tt.sent, FOIA); got.kind != tt.kind {
			t.Errorf("classifyDecision(%q) = %s, want %s", tt.sent, got.kind, tt.kind)
		}
	}
}

// TestProvisionRole holds provisionRole, which parses a provision once, to
// the role the exported predicates give each provision one by one.
func TestProvisionRole(t *testing.T) {
	byPredicates := func(ex string) role {
		switch {
		case isCostMachinery(ex):
			return roleOther
		case IsNCNDProvision(ex):
			return roleNCND
		case IsCostProvision(ex):
			return roleCost
		case IsVexatiousProvision(ex):
			return roleVexatious
		case IsNotHeldProvision(ex):
			return roleNotHeld
		case IsSignpostProvision(ex) && !strings.HasPrefix(ex, "reg12(4)(d)") && !strings.HasPrefix(ex, "reg10(4)(d)"):
			return roleSignpost
		case IsExemptionProvision(ex):
			return roleExemption
		}
		return roleOther
	}
	exs := []string{"", "s1(1)(a)", "s12", "s12(1)", "s12(2)", "s12(3)", "s12(4)(b)", "s14", "s14(1)", "s14(2)",
		"s21", "s22", "s22A", "s23(5)", "s24(2)", "s27(4)", "s30(1)(a)", "s31(1)(a)", "s31(3)", "s36(2)(b)(i)", "s38(2)",
		"s40(2)", "s40(5)", "s40(5A)", "s40(5B)(a)(i)", "s41", "s42", "s43(2)", "s43(3)", "s44",
		"reg5", "reg6(1)(b)", "reg12", "reg12(3)", "reg12(4)(a)", "reg12(4)(b)", "reg12(4)(c)", "reg12(4)(d)", "reg12(4)(e)", "reg10(4)(d)", "reg10(5)(e)",
		"reg12(5)(a)", "reg12(5)(e)", "reg12(5)(g)", "reg12(6)", "reg13", "reg13(5A)", "reg13(5B)",
		"foisa:s12", "foisa:s12(4)", "foisa:s14(2)", "foisa:s17", "foisa:s18", "foisa:s18(1)", "foisa:s25", "foisa:s27(1)",
		"foisa:s30(b)(i)", "foisa:s35(1)(a)", "foisa:s38(1)(b)", "foisa:s39", "section 31", "s99", "nonsense"}
	for _, ex := range exs {
		if got, want := provisionRole(ex), byPredicates(ex); got != want {
			t.Errorf("provisionRole(%q) = %v, want %v", ex, got, want)
		}
	}
}
