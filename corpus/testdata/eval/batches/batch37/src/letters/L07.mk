@header: Cressbrook National Park Authority
@footer: Cressbrook National Park Authority · Aldwark House · Bakewell Road · Cressford · CD4 1NP · customer.service@cressbrook-npa.gov.uk
@font: Liberation Serif

Date: 11-06-2025
Our Ref: EIR 2025/117
Please ask for: Information Officer

Dear

# Request for information: Hollin Barn, Upper Cressdale, and planning enforcement

I refer to your request of 14 May 2025. Because it concerns the use and development of land, it falls to be dealt with under the Environmental Information Regulations 2004 (the EIR) rather than the Freedom of Information Act 2000. For clarity I have numbered your requests in the order in which they appeared in your email:

> 1. All correspondence between the Authority and the owner, or any agent acting for the owner, of Hollin Barn, Upper Cressdale, concerning the unauthorised extension, since January 2024.
> 2. The names of the officers who have visited the site.
> 3. Was the Authority's investigation prompted by a complaint from the occupier of Low Hollin Farm?
> 4. Details of every planning enforcement case opened in the National Park since 2010, including the address, the breach alleged and the outcome.
> 5. How many enforcement notices did the Authority issue in 2024?
> 6. A copy of the landscape and visual impact assessment submitted with planning application NP/CD/0423/0381.

To deal with the simplest matters first, the Authority served 14 enforcement notices during 2024, and your fifth request is answered by that figure. The landscape and visual impact assessment you refer to is published with the application documents on our planning portal (https://planning.cressbrook-npa.gov.uk, search for NP/CD/0423/0381). As the information is already publicly available and easily accessible to you in that form, regulation 6(1)(b) applies and we will not provide a separate copy.

You also asked for correspondence with the owner of Hollin Barn. The Authority holds this correspondence, but it is being withheld in full. An enforcement notice was served in March 2025 and the owner has appealed to the Planning Inspectorate; the appeal has not yet been decided. Regulation 12(5)(b) allows a public authority to refuse to disclose information to the extent that its disclosure would adversely affect the course of justice or the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature. Releasing the correspondence while the appeal is live would reveal the Authority's position and evidence outside the appeal process and would adversely affect the fairness of that process.

As regards the officers who visited the site, visits have been made by the Authority's Planning Enforcement Team Leader, Ms Carys Pennant, and by two Enforcement Officers. Ms Pennant's name is given because she is the senior officer responsible for the case and has signed the enforcement notice. The names of the two Enforcement Officers are their personal data and are withheld under regulation 13, because disclosure would not be fair to them and would breach the data protection principles.

In response to your third question, the Authority neither confirms nor denies whether it holds the information you have asked for. Regulation 13(5A) provides that a public authority is not obliged to confirm or deny whether information is held if doing so would itself contravene the data protection principles. Confirming or denying that a named neighbour complained would reveal personal information about that individual, whatever the answer.

Your fourth request, for details of every enforcement case since 2010, covers approximately 1,900 case files. Only those opened since 2018 are held on the current case management system; the remaining files, about 60 per cent of the total, are on paper in our archive at Cressford. We estimate that locating, retrieving and extracting the address, alleged breach and outcome from each paper file would take at least 6 minutes per file, or more than 110 hours in total. We consider that this would place a manifestly unreasonable burden on the Authority's small planning team, and the request is refused under regulation 12(4)(b). Had this request been made under the Freedom of Information Act, it would have exceeded the cost limit in section 12 of that Act; we have taken that limit into account as an indication of what is reasonable, but the test we have applied is the one in the EIR.

If you would like to narrow this part of your request, for example to cases opened since 2018, or to a particular parish, we would be pleased to consider it again.

# Public interest test

The exceptions in regulations 12(5)(b) and 12(4)(b) are subject to the public interest test, and regulation 12(2) requires us to apply a presumption in favour of disclosure. In favour of disclosure, there is a public interest in transparency about how the Authority protects the landscape of the National Park and how it deals with breaches of planning control. Against disclosure, there is a strong public interest in allowing the appeal to be determined fairly on the evidence put before the Inspector, and in not diverting limited resources from the Authority's enforcement work. Having weighed these factors, we consider that the public interest in maintaining the exceptions outweighs the public interest in disclosure.

# Your rights

If you are not satisfied with this response you may ask us to reconsider it under regulation 11 of the EIR. Please write to the Information Officer within 40 working days. You may then complain to the Information Commissioner if you remain dissatisfied.

Yours sincerely

Daniel Ashworth
Information Officer
Cressbrook National Park Authority
