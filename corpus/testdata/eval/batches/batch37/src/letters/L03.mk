@header: HARWELL VALE DISTRICT COUNCIL
@footer: Harwell Vale District Council, Council Offices, Market Square, Harwell HV1 2AA  ·  www.harwellvale.gov.uk
@font: DejaVu Sans

Legal and Democratic Services
Information Governance

Our reference: IR-0091-24
Your original request: FOI-2024-1733
Contact: Information Governance Manager

19 December 2024

Dear

# Internal review of your Freedom of Information request FOI-2024-1733

I write further to your email of 11 November 2024 asking the Council to review its response of 8 November 2024 to your request for information, which was received on 14 October 2024. I am a senior officer who had no involvement in the original decision, and I have carried out this review under the Council's internal review procedure and the Code of Practice issued under section 45 of the Freedom of Information Act 2000.

# Your request

You asked:

> 1. How much did the Council spend on bed and breakfast accommodation for homeless households in 2023/24?
> 2. Please list each B&B provider used and the amount paid to each.
> 3. How many households with children stayed in B&B accommodation for longer than six weeks, in each quarter of 2023/24?
> 4. Please provide the address of each B&B property used.
> 5. How many complaints did the Council receive about conditions in B&B accommodation in 2023/24?

# The original response

The Council released the total spend requested at question 1 (£2,186,400). It withheld the information requested at question 2 under section 43(2) and the addresses requested at question 4 under section 38(1)(b). The quarterly figures requested at question 3 were withheld under section 40(2), on the basis that small numbers might identify families, and for question 5 you were told that the Council held no information.

# Grounds for review

You said that the names of providers are routinely published in the Council's spending data, that the figures at question 3 are not small enough to identify anyone, and that you found it hard to believe that no complaints had been recorded.

# My findings

Your email did not raise any concern about question 1, and the figure given there stands.

I have looked again at question 2. I accept that releasing the individual amounts paid to each provider would be likely to prejudice the Council's negotiating position in the procurement of a B&B framework that is under way at present, and that the public interest favours withholding those amounts while that exercise continues. I do not, however, consider that the names of the providers are commercially sensitive in themselves, particularly since payments over £500 are already published. **The names of the providers are released below. The amounts paid to each provider remain withheld under section 43(2).**

**Providers used in 2023/24: Cedar Lodge Guest House; The Mill House Hotel; Harwell Rooms Ltd; Stationgate B&B; Riverside Inn (Harwell) Ltd.**

On question 3, I do not agree that section 40(2) applies. The figures relate to a whole district and a whole quarter, and I am satisfied that no individual family could reasonably be identified from them. **The original decision was not correct. The figures are: Quarter 1 – 17; Quarter 2 – 23; Quarter 3 – 9; Quarter 4 – 14.**

With regard to question 4, I have upheld the decision to withhold the addresses under section 38(1)(b). Several of the properties are used to accommodate people fleeing domestic abuse, and publishing the addresses would be likely to endanger their safety. I agree with the original decision that the public interest in withholding this information is overwhelming.

Finally, question 5. During this review the Housing Options team identified a complaints log that is kept separately from the Council's corporate complaints system and was not searched when your request was first handled. **The original response was incorrect: the Council does hold this information. 12 complaints about conditions in B&B accommodation were received in 2023/24.**

# Outcome

Your complaint is therefore partially upheld. I apologise for the errors in the original response.

If you are not satisfied with the outcome of this review you may complain to the Information Commissioner under section 50 of the Act. The Commissioner's office can be contacted at www.ico.org.uk or on 0303 123 1113.

Yours sincerely,

Priya Lakhani
Information Governance Manager
on behalf of Harwell Vale District Council
