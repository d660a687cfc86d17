LETTER = dict(
    file="fenmoor-idb-EIR-FIDB-2024-06.txt", fmt="txt",
    authority="Fenmoor Internal Drainage Board",
    reference="EIR/FIDB/2024/06", date="2024-12-02", received="2024-11-04", regime="eir",
    layout="prose answers to a request written as prose (questions never numbered)",
    traps=["questions never numbered", "'nil' is a released zero", "EIR not held under reg 12(4)(a)",
           "reg 13(5A) NCND"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "partially_released", ["reg12(5)(e)"]),
        ("P1.Q3", "not_held", ["reg12(4)(a)"]),
        ("P1.Q4", "ncnd", ["reg13(5A)"]),
        ("P1.Q5", "released", ["reg6(1)(b)"]),
        ("P1.Q6", "released", []),
    ],
    body="""
                         FENMOOR INTERNAL DRAINAGE BOARD
              The Pumping Station Office, Sluice Lane, Holme Fen, PE99 2ZZ
                   Clerk and Engineer to the Board: D. R. Aldous

Our ref.  EIR/FIDB/2024/06                               2nd December 2024



Dear

ENVIRONMENTAL INFORMATION REGULATIONS 2004

I write in response to your email of 4th November 2024. As your request concerns the Board's drainage and pumping operations it has been dealt with under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act.

In your email you explained that you farm land adjoining the Westfield Drove catchment and asked us for the running hours of Holme Lode pumping station during 2023, what the Board spent on electricity for pumping, any flood risk modelling the Board holds for the Westfield Drove area, details of complaints made to the Board by Mr G. Hallam of Westfield Farm, the Board's annual maintenance schedule for its watercourses, and the number of pollution incidents reported to the Board in the last year.

Holme Lode pumping station ran for a total of 3,412 hours across its three pumps in 2023. The highest monthly total was in January (708 hours), following the wet autumn of 2022.

The Board spent £186,450 on electricity for pumping across all eleven of its pumping stations in the year to 31 March 2024. You also asked for the unit rates we pay. The Board buys electricity through a fixed-price contract negotiated with a single supplier on behalf of a consortium of drainage boards, and the tariff is confidential under the terms of that contract. We consider that disclosure of the unit rates would adversely affect the confidentiality of commercial information provided to protect a legitimate economic interest, and they are withheld under regulation 12(5)(e). We have applied the public interest test, taking account of the presumption in favour of disclosure in regulation 12(2). The total spend, which we have provided, allows the public to see what the Board spends on pumping; revealing the tariff would undermine the consortium's position when the contract is re-let in 2025, to the detriment of the ratepayers who fund the Board. On balance the public interest favours withholding the unit rates.

The Board has not commissioned or carried out any flood risk modelling for the Westfield Drove area and so does not hold that information. To the extent that this part of your request is for information we do not hold, we are applying the exception at regulation 12(4)(a). You may wish to contact the Environment Agency, which maintains the national flood risk models for main rivers in this area.

With regard to complaints made by a named individual, the Board can neither confirm nor deny whether it holds any information. Confirming or denying whether a named person has complained to the Board would in itself disclose personal data about that person, and doing so would breach the data protection principles. Regulation 13(5A) therefore removes the duty to confirm or deny. If you are Mr Hallam, or are acting on his behalf, you may make a subject access request under the UK GDPR and we will be pleased to help.

The annual maintenance schedule for 2024/25 is published on the Board's website (fenmoor-idb.example/maintenance) together with the maps of each watercourse. As the schedule is already publicly available and easily accessible to you, regulation 6(1)(b) applies and we have not attached a further copy.

Finally, the number of pollution incidents reported to the Board between 1st November 2023 and 31st October 2024 was nil.

If you are not satisfied with this response you may ask the Board to reconsider it. Any representation should be made in writing to the Clerk within 40 working days. Should you remain dissatisfied you may then apply to the Information Commissioner.

Yours sincerely


D. R. Aldous
Clerk and Engineer to the Board
""")
