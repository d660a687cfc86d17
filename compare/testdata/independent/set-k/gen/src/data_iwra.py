"""Inland Waterways Regulatory Authority (national regulator)."""
from common import Q, P

SR_2022 = "Helen Marsh; Oliver Quint"
SR_2024 = "Amara Nwosu; Helen Marsh; Oliver Quint"

HISTORY = [
    dict(auth="iwra", ref="IWRA/FOI/17/062", date="2017-11-20", recv="2017-10-23", regime="foia", style="restate",
         fmt="txt", title="Staff numbers and senior pay", ds="long", recvv=2, key="{n}.", reflabel="Our reference:",
         parts=[P([
             Q("r.staff.headcount", "How many staff does the IWRA employ (headcount)?", "released", fact="212",
               rolling=True, ans="212 as at 30 September 2017."),
             Q("r.staff.srnames", "Please provide the names of all staff paid more than \u00a3150,000 a year.", "withheld",
               ["s40(2)"], ans="We hold this information but it is withheld under section 40(2) of the Act (personal information)."),
             Q("r.staff.agency", "How many agency or interim workers does the IWRA engage?", "released", fact="9",
               rolling=True, ans="9."),
         ])]),

    dict(auth="iwra", ref="IWRA/FOI/19/009", date="2019-02-04", recv="2019-01-07", regime="foia", style="table",
         fmt="pdf-soffice", title="Headquarters building", ds="long", recvv=2, reflabel="Our reference:",
         parts=[P([
             Q("r.office.rent", "What annual rent does the IWRA pay for its headquarters?", "released", fact="412000",
               ans="\u00a3412,000 per annum (excluding service charge)."),
             Q("r.office.lease_expiry", "When does the lease expire?", "released", fact="2029-06-24", ans="24 June 2029."),
             Q("r.office.desks", "How many desks are there at the headquarters?", "released", fact="180", ans="180."),
         ])]),

    dict(auth="iwra", ref="IWRA/FOI/19/118", date="2019-09-30", recv="2019-09-02", regime="foia", style="youasked",
         fmt="md", title="Gifts and hospitality", ds="long", recvv=2, reflabel="Our reference:",
         parts=[P([
             Q("r.gifts.register", "A copy of the gifts and hospitality register for 2018/19.", "released", ["s21(1)"],
               fact="https://www.iwra.gov.uk/transparency/gifts-hospitality",
               ans="The register is published on our website at https://www.iwra.gov.uk/transparency/gifts-hospitality and is therefore exempt under section 21(1) as reasonably accessible to you."),
             Q("r.gifts.ceo", "Details of any hospitality accepted by the Chief Executive in 2018/19.", "released",
               fact="2 dinners", ans="Two working dinners, both recorded in the published register."),
         ])]),

    dict(auth="iwra", ref="FOI2020/00412", date="2020-10-12", recv="2020-09-14", regime="foia", style="interleaved",
         fmt="html", title="Senior salaries and headcount", ds="long", recvv=2, labels=("Request {n}:", "Answer:"),
         reflabel="Reference:",
         parts=[P([
             Q("r.staff.srnames", "Names of senior staff earning over \u00a3150k.", "withheld", ["s40(2)"]),
             Q("r.staff.headcount", "Current headcount.", "released", fact="238", rolling=True, ans="238."),
             Q("r.staff.paygap", "The IWRA's mean gender pay gap.", "released", fact="6.2%", rolling=True,
               ans="6.2% (snapshot date 31 March 2020)."),
         ])]),

    dict(auth="iwra", ref="FOI2021/00158", date="2021-03-29", recv="2021-03-01", regime="foia", style="restate",
         fmt="docx", title="Cloud hosting and data breaches", ds="ordinal", recvv=2, key="Answer {n}.",
         reflabel="Reference:",
         parts=[P([
             Q("r.ict.cloud", "Which cloud hosting provider does the IWRA use?", "released", fact="Microsoft Azure",
               ans="Microsoft Azure."),
             Q("r.ict.cloudvalue", "What is the value of the cloud hosting contract?", "withheld", ["s43(2)"]),
             Q("r.ict.breaches", "How many personal data breaches did the IWRA report to the ICO in 2020?", "released",
               fact="2", rolling=True, ans="2."),
         ])]),

    dict(auth="iwra", ref="FOI2022/00377", date="2022-05-09", recv="2022-04-11", regime="foia", style="youasked",
         fmt="pdf-chromium", title="Staff earning over \u00a3150,000", ds="long", recvv=2, reflabel="Reference:",
         parts=[P([
             Q("r.staff.srnames", "Who are the IWRA employees with a salary above \u00a3150,000?", "released", fact=SR_2022,
               ans="Dr Helen Marsh, Chief Executive, and Oliver Quint, Director of Regulation."),
             Q("r.staff.headcount", "How many people does the IWRA employ in total?", "released", fact="251",
               rolling=True, ans="251."),
             Q("r.staff.vacancies", "How many posts are currently vacant?", "released", fact="17", rolling=True,
               ans="17."),
         ])]),

    dict(auth="iwra", ref="FOI2023/00219", date="2023-04-24", recv="2023-03-27", regime="foia", style="interleaved",
         fmt="txt", title="Lockside House", ds="long", recvv=2, labels=("Request {w}\n", "Response\n"), reflabel="Reference:",
         parts=[P([
             Q("r.office.occupancy", "Average daily desk occupancy at headquarters in February 2023.", "released",
               fact="41%", rolling=True, ans="41%."),
             Q("r.office.rent", "How much rent does the IWRA pay each year for Lockside House?", "withheld", ["s43(2)"]),
             Q("r.office.lease_expiry", "Lease end date.", "released", fact="2029-06-24", ans="24 June 2029."),
             Q("r.office.break", "Is there a break clause in the lease, and if so when can it be exercised?", "released",
               fact="2026-06-24", ans="Yes. There is a tenant-only break option on 24 June 2026."),
         ])]),

    dict(auth="iwra", ref="FOI2024/00031", date="2024-01-15", recv="2023-12-11", regime="foia", style="interleaved",
         fmt="pdf-gs", title="Use of artificial intelligence and cloud hosting", ds="long", recvv=2,
         labels=("Question {n}:", "Answer:"), reflabel="Reference:",
         parts=[P([
             Q("r.ai.genai", "Does the IWRA permit staff to use generative AI tools such as Microsoft Copilot or ChatGPT?",
               "released", fact="yes", ans="Yes. Staff may use Microsoft 365 Copilot within the IWRA tenancy; public tools such as ChatGPT are blocked."),
             Q("r.ai.licences", "How many Microsoft 365 Copilot licences has the IWRA purchased?", "released", fact="250",
               ans="250."),
             Q("r.ai.policy", "Please provide your policy on the use of AI.", "released", ["s21(1)"],
               fact="https://www.iwra.gov.uk/ai-use-policy",
               ans="Our policy is published at https://www.iwra.gov.uk/ai-use-policy. As it is reasonably accessible to you, section 21(1) applies."),
             Q("r.ict.cloud", "Who hosts the IWRA's systems in the cloud?", "released", fact="Microsoft Azure",
               ans="Microsoft Azure (UK South region)."),
             Q("r.ict.cloudvalue", "What is the annual cost of that hosting?", "withheld", ["s43(2)"]),
         ])]),

    dict(auth="iwra", ref="FOI2024/00488", date="2024-08-19", recv="2024-07-22", regime="foia", style="restate",
         fmt="md", title="Senior staff pay", ds="long", recvv=2, key="{n}.", reflabel="Reference:",
         parts=[P([
             Q("r.staff.headcount", "Total number of employees at 30 June 2024.", "released", fact="267", rolling=True,
               ans="267."),
             Q("r.staff.srnames", "Names of senior staff earning \u00a3150,000 or more.", "released", fact=SR_2024,
               ans="Dr Helen Marsh (Chief Executive); Oliver Quint (Director of Regulation); Amara Nwosu (Director of Digital)."),
             Q("r.staff.srcount", "How many staff earn more than \u00a3100,000?", "released", fact="11", rolling=True,
               ans="11."),
         ])]),
]

DRAFTS = [
    # answer_changed (licences 250 -> 300); the rest consistent; one new question
    dict(auth="iwra", ref="FOI2025/00433", date="2025-07-21", recv="2025-06-23", regime="foia", style="youasked",
         fmt="pdf-chromium", file="draft-iwra-ai-2025.pdf", title="Artificial intelligence and cloud services", ds="long",
         recvv=2, reflabel="Reference:",
         parts=[P([
             Q("r.ai.genai", "Are employees allowed to use generative AI such as Copilot?", "released", fact="yes",
               ans="Yes, Microsoft 365 Copilot is available to staff; other public generative AI tools remain blocked."),
             Q("r.ai.licences", "Number of Copilot licences currently held.", "released", fact="300", ans="300 licences."),
             Q("r.ai.policy", "A copy of any AI usage policy.", "released", ["s21(1)"],
               fact="https://www.iwra.gov.uk/ai-use-policy",
               ans="The policy is available on our website (https://www.iwra.gov.uk/ai-use-policy); section 21(1) applies as it is reasonably accessible."),
             Q("r.ict.cloud", "Name of your cloud hosting provider.", "released", fact="Microsoft Azure",
               ans="Microsoft Azure."),
             Q("r.ict.cloudvalue", "Annual hosting cost.", "withheld", ["s43(2)"]),
             Q("r.ai.decisions", "Has the IWRA used AI to assist in making regulatory or enforcement decisions?", "released",
               fact="no", ans="No. AI tools are not used in regulatory or enforcement decision-making."),
         ])]),

    # as_of back-dated check: only history before 2021-09-01 counts
    dict(auth="iwra", ref="FOI2025/00712", date="2025-12-08", recv="2025-11-10", regime="foia", style="interleaved",
         fmt="md", file="draft-iwra-premises-pay-2025.md", title="Head office costs and senior pay", ds="long", recvv=2,
         labels=("{n}.", "Response:"), reflabel="Reference:", as_of="2021-09-01",
         parts=[P([
             Q("r.office.rent", "Yearly rent for the head office.", "withheld", ["s43(2)"]),
             Q("r.office.lease_expiry", "Date on which the head office lease ends.", "released", fact="2029-06-24",
               ans="24/06/2029."),
             Q("r.office.occupancy", "Typical desk occupancy rate at the head office.", "released", fact="46%",
               rolling=True, ans="46% on an average working day in October 2025."),
             Q("r.staff.srnames", "Names of staff paid over \u00a3150,000.", "released", fact=SR_2024,
               ans="Dr Helen Marsh (Chief Executive), Oliver Quint (Director of Regulation) and Amara Nwosu (Director of Digital)."),
         ])]),
]
