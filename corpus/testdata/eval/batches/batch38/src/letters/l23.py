LETTER = dict(
    file="ngpa-foi-25-019-response.docx", fmt="docx",
    authority="National Gallery of Photographic Arts",
    reference="NGPA/FOI/25/019", date="2025-04-02", received="2025-03-05", regime="foia",
    layout="prose answers keyed by ordinal words, partly out of order",
    traps=["question numbers written as words ('your fourth question')", "answers out of order",
           "released zero ('no staff')"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", ["s21(1)"]),
        ("P1.Q3", "partially_released", ["s43(2)"]),
        ("P1.Q4", "withheld", ["s40(2)", "s41(1)"]),
        ("P1.Q5", "released", []),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>NGPA/FOI/25/019</title></head>
<body style="font-family:'Liberation Serif'">
<p align="center"><font size="5">National Gallery of Photographic Arts</font><br><font size="2">Riverside Walk · Bradcaster · BD99 1ZZ · www.ngpa.org.example</font></p>
<p>&nbsp;</p>
<p>2 April 2025</p>
<p>Our reference NGPA/FOI/25/019</p>
<p>Dear</p>
<p>Thank you for your letter of 5 March 2025. You wrote that you would like to know, first, how many works in the collection are on display and how many are in storage; second, what provenance research the Gallery has carried out on works that changed hands between 1933 and 1945; third, how much was spent renovating the Director's residence in 2024 and which contractors carried out the work; fourth, the Gallery's correspondence with the donor of the Hartley Bequest; and fifth, how many staff were made redundant in the last financial year.</p>
<p>I have dealt with your request under the Freedom of Information Act 2000 and have answered your questions in the order that best allows me to explain our position.</p>
<p>In response to your first question, the collection comprises 412,600 items, of which 1,140 are on display in the galleries at present. The remainder are held in our stores in Bradcaster and at the Collections Centre in Halden, or are on loan.</p>
<p>Your fourth question concerns correspondence with the donor of the Hartley Bequest. The Gallery holds this correspondence, but it is withheld in full. The letters were exchanged with the donor and members of her family on the express understanding that they were private, and they contain details of family circumstances and personal finances. Disclosure would be an actionable breach of confidence, and the letters are therefore exempt under section 41(1); the information about the donor's family members is also their personal data, exempt under section 40(2). We do not consider that there would be a public interest defence to a breach of confidence in this case. The terms of the Bequest itself are summarised in the Gallery's Annual Review.</p>
<p>With regard to your second question, the Gallery's provenance research on works acquired after 1933 that may have changed hands in the Nazi era is published on our website, along with our entries on the national Collections Trust spoliation database. As this information is reasonably accessible to you, it is exempt under section 21 of the Act.</p>
<p>As to your third question, the total cost of the renovation of the Director's residence in 2024 was £84,260, and the principal contractor was Aire Valley Restoration Ltd. We have not released the breakdown of the contractor's quotation, or the rates of the sub-contractors, which are withheld under section 43(2) because they would reveal the contractor's pricing; the building is listed and only a small number of specialist firms compete for this type of work. We have balanced the public interest in transparency about the use of grant-in-aid against the prejudice to the contractor and consider that the total cost satisfies much of the public interest.</p>
<p>Lastly, in answer to your fifth question, no staff were made redundant in the financial year 2023/24.</p>
<p>If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Please write to the Director of Corporate Services within 40 working days. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner.</p>
<p>Yours sincerely</p>
<p>Harriet Osei-Lamb<br>Records Manager</p>
</body></html>
""")
