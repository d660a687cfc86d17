LETTER = dict(
    file="kinnorie-council-FOI-KC-25-0331.md", fmt="md",
    authority="Kinnorie Council",
    reference="FOI-KC-25-0331", date="2025-04-04", received="2025-03-10", regime="foisa",
    layout="decision paragraph naming questions by number, then answers for the rest",
    traps=["FOISA section numbers (s17 notice, s25, s33)", "complaint boilerplate names s47"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["foisa:s33(1)(b)"]),
        ("P1.Q4", "not_held", ["foisa:s17(1)"]),
        ("P1.Q5", "released", []),
        ("P1.Q6", "released", ["foisa:s25(1)"]),
    ],
    body="""
# Kinnorie Council

**Education and Learning Services** · Council Offices, Bridge Street, Kinnorie, KY99 4ZZ

---

Request reference: **FOI-KC-25-0331**
Date of response: 4 April 2025

Dear

## Freedom of Information (Scotland) Act 2002 – school estate condition

Thank you for your request dated 10 March 2025, in which you asked for the following information:

1. How many of the Council's schools are currently rated C (Poor) or D (Bad) for condition?
2. Which schools are rated D?
3. What were the tender prices submitted by each bidder for the new Kinnorie North community campus?
4. How many incidents relating to reinforced autoclaved aerated concrete (RAAC) have been reported by school staff since January 2023?
5. What is the current estimated cost of the maintenance backlog across the school estate?
6. Please provide a copy of the Council's current School Estate Management Plan.

### Decision

I have decided to release the information you asked for in questions 1, 2 and 5. The information requested at question 3 is withheld under section 33(1)(b) of FOISA. In respect of question 4, the Council does not hold the information, and this letter serves as a notice under section 17(1). Question 6 is answered by referring you to our website, as the Plan is already published (section 25(1)).

### Question 3 – section 33(1)(b) (commercial interests)

Three bidders submitted tenders for the campus project. The contract has been awarded, but the successful contractor is still negotiating packages with its supply chain, and the unsuccessful bidders are actively competing for two further school projects that the Council will procure in 2025–26. Releasing each bidder's price would give competitors an insight into their pricing strategy and would, in my view, substantially prejudice their commercial interests.

This exemption is subject to the public interest test in section 2(1)(b). There is a clear public interest in the Council demonstrating that it obtained value for money on a major capital project, and the awarded contract value (£41.6 million) is published on Public Contracts Scotland. That publication goes a long way to meeting the public interest. I have concluded that the public interest in maintaining the exemption outweighs that in disclosure.

### Question 4 – section 17 notice

RAAC inspections are carried out by the Council's Property Services team and findings are held in the survey reports. There is no mechanism for school staff to report "RAAC incidents" as a category, and concerns about building fabric are recorded as general repair requests. The Council therefore does not hold the information you asked for.

### Answers

**1.** 14 schools are rated C and 3 are rated D (position at 1 March 2025).

**2.** Craigmill Primary School; St Fillan's RC Primary School; Loanhead Nursery (Kinnorie).

**5.** The estimated backlog maintenance cost for the school estate at 31 March 2025 is £27.3 million.

**6.** The School Estate Management Plan 2023–2033 is available at www.kinnorie.gov.example/schoolestate, so under section 25(1) of FOISA the Council is not required to provide it again.

### Your right to seek a review

If you are dissatisfied with the way the Council has dealt with your request, you can ask us to review our actions and decisions by writing to the Information Governance Manager, Council Offices, Bridge Street, Kinnorie KY99 4ZZ, or foi@kinnorie.gov.example, within 40 working days of receipt of this letter. If you remain dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner under section 47(1) of FOISA.

Yours sincerely

*Fiona Dalgleish*
Information and Records Officer
Kinnorie Council
""")
