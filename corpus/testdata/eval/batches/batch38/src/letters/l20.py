LETTER = dict(
    file="afonwy-cbc-AFW-FOI-24-1286.txt", fmt="txt",
    authority="Afonwy County Borough Council",
    reference="AFW/FOI/24/1286", date="2024-12-13", received="2024-11-15", regime="foia",
    layout="interleaved: numbered question then 'Response:'",
    traps=["14 questions", "requester's earlier request reference quoted",
           "year periods (2023/24, 2025/26) inside questions are not letter dates"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "released", []),
        ("P1.Q4", "released", []),
        ("P1.Q5", "released", []),
        ("P1.Q6", "released", []),
        ("P1.Q7", "withheld", ["s43(2)"]),
        ("P1.Q8", "released", []),
        ("P1.Q9", "released", []),
        ("P1.Q10", "partially_released", ["s40(2)"]),
        ("P1.Q11", "released", []),
        ("P1.Q12", "not_held", []),
        ("P1.Q13", "released", ["s22(1)"]),
        ("P1.Q14", "released", ["s21(1)"]),
    ],
    body="""
Cyngor Bwrdeistref Sirol Afonwy
Afonwy County Borough Council

Gwasanaethau Addysg / Education Services
Canolfan Ddinesig, Heol yr Afon, Pontafon, CF99 2ZZ

Cyf / Ref:     AFW/FOI/24/1286
Dyddiad/Date:  13.12.2024

Dear

Freedom of Information Act 2000 – Home to school transport

Thank you for your request dated 15/11/2024. I note that this follows your previous request AFW/FOI/24/0977, which concerned post-16 transport; where that response already answered part of this request I have said so below.

1. How many pupils received council-funded home to school transport in 2023/24?
Response: 6,842 pupils.

2. How many of these pupils have additional learning needs (ALN)?
Response: 911 pupils had transport provided on the basis of an Individual Development Plan or other ALN need.

3. What was the total expenditure on home to school transport in 2023/24?
Response: £14,906,200.

4. What was the total expenditure in 2022/23?
Response: £13,288,750. (This figure was also given in our response to AFW/FOI/24/0977.)

5. How many transport operators does the Council contract with?
Response: 47 operators (bus, coach, minibus and taxi).

6. Please list the operators.
Response: The list of operators is attached as Appendix 1.

7. What is the value of each operator's contract?
Response: This information is withheld under section 43(2) of the Act. Contracts were let through a dynamic purchasing system in which operators submit a price for each route. Many routes are re-tendered every year and several operators are small local businesses. Publishing the value of each operator's contracts would reveal their pricing to competitors ahead of the next round of tenders and would be likely to prejudice both their commercial interests and the Council's ability to achieve value for money. We have considered the public interest in openness about how public money is spent; this is met in part by the total expenditure given above. On balance we consider the public interest favours withholding the individual values.

8. How many routes were re-tendered in 2024?
Response: 112 routes.

9. How many complaints about home to school transport were received in 2023/24?
Response: 164 complaints.

10. How many safeguarding incidents on school transport were reported in 2023/24, broken down by school?
Response: 19 safeguarding incidents were reported in 2023/24. We have not provided a breakdown by school: most schools had one or two incidents and, particularly for special schools and small rural primary schools, a breakdown would be likely to identify the pupils and staff involved. That breakdown is personal data and is withheld under section 40(2).

11. How many passenger assistants (escorts) does the Council employ?
Response: 138 passenger assistants.

12. How many drivers or passenger assistants failed a DBS check in 2023/24?
Response: The Council does not hold this information. DBS checks for operators' drivers are arranged by the operators and the Council is notified only that a driver has been cleared; the Council does not receive or record failures.

13. Is the Council planning to reduce the home to school transport budget in 2025/26?
Response: Budget proposals for 2025/26 will be published with the Cabinet agenda for 22 January 2025 and considered by full Council in February 2025. This information is therefore exempt under section 22(1) as it is intended for future publication. We believe it is reasonable to withhold it until then, as the proposals are still being finalised.

14. Please provide a copy of the Council's current home to school transport policy.
Response: The Learner Travel Policy 2024–25 is available on our website at www.afonwy.gov.example/learner-travel and is exempt under section 21 as it is reasonably accessible to you.

Please contact us if you would like to receive this response in Welsh.

If you are unhappy with the way your request has been handled, you can ask for an internal review within 40 working days by contacting the Information Governance Team at the address above or foi@afonwy.gov.example. If you remain unhappy, you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Yn gywir / Yours sincerely

Elin Bowen
Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer
""")
