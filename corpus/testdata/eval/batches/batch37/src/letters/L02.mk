@header: East Lindale Hospitals NHS Foundation Trust
@footer: Caring with compassion, every time  |  Information Governance Office, Lindale General Hospital, Priory Way, Lindale LN2 5BX
@font: Liberation Serif

|=5.5,11
| Freedom of Information Request | ELH-FOI-2847 |
|---|---|
| Date received | 20/12/2024 |
| Date of response | 17/01/2025 |
| Subject | Agency nursing expenditure |
| Handled by | Information Governance Office |

Dear Requester,

Thank you for your request for information, which has been processed under the Freedom of Information Act 2000. The Trust's response to each of your questions is given in the table below. Where information has been withheld, the exemption applied is explained after the table.

Some of the information you asked for overlaps with data the Trust publishes in its annual workforce report. Where that is the case the Trust would normally rely on section 21 of the Act, but as the figures below are more detailed than those published it has not been necessary to do so here.

|=7,9.5
| Your question | Trust response |
|---|---|
| 1. What was the Trust's total expenditure on agency nursing staff (registered and unregistered) in the 2023/24 financial year? | £6,412,880 in total. Of this, £5,201,330 was spent on registered nurses and £1,211,550 on healthcare assistants supplied by agencies. |
| 2. Please name the five agencies on which the Trust spent the most in 2023/24 and state the amount paid to each. | The five agencies are Meridian Nurse Bank Ltd, CarePath Staffing, Northgate Clinical Recruitment, Rosewood Healthcare and Tessellate Medical Staffing. The amount paid to each agency is withheld under section 43(2) of the Act (commercial interests) – please see the explanation below the table. |
| 3. How many newly qualified nurses left the Trust within 12 months of starting in 2023/24? Please break this down by ward. | 38 newly qualified nurses left within 12 months of their start date. By ward: Ward 4 (Acute Medicine) 9; Ward 7 (Respiratory) 6; Ward 12 (Care of the Elderly) 11; Ward 15 (Surgical Assessment) 5. Each of the remaining wards had between one and four leavers; those figures are shown only as "fewer than 5" and the exact numbers are withheld under section 40(2) because, combined with other information, they could identify individual members of staff. |
| 4. What was the highest hourly rate paid for an agency nurse in 2023/24? | £98.50 per hour. This was for a bank holiday night shift in Critical Care filled by an agency working outside the national framework. |
| 5. Does the Trust use a master vendor for agency staffing? If so, which company? | Yes. Since April 2022 the Trust has used a master vendor arrangement with Ceridan Workforce Partners. |
| 6. How many requested nursing shifts were left unfilled in each month of 2023/24? | The Trust does not hold this information. The e-rostering system records shifts that were filled; requests that are not filled are closed without a reason code, so no record exists of the number of unfilled shifts. |
| 7. Please give the names of the managers who authorised the use of agencies outside the national framework in 2023/24. | The Trust holds an authorisation log which records the names of the authorising managers. The names are withheld under section 40(2) of the Act (personal information). |

# Exemptions applied

Section 43(2) – Commercial interests (question 2). Releasing the amount paid to each named agency would reveal the rates the Trust has negotiated with individual suppliers. This would be likely to prejudice the commercial interests of those suppliers, and of the Trust in its current re-tender of agency staffing. The Trust has considered the public interest in transparency about the use of public funds, which is met in part by the total given at question 1, and has concluded that the public interest favours withholding the breakdown.

Section 40(2) – Personal information (questions 3 and 7). The information is the personal data of Trust employees. Disclosure would breach the first data protection principle because the individuals would have no reasonable expectation that it would be made public. Section 40(2) is an absolute exemption when this condition is met, so no public interest test applies.

If you are not satisfied with this response you may request an internal review by writing to the Information Governance Office within two months of the date of this letter. You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards

Information Governance Office
East Lindale Hospitals NHS Foundation Trust
