LETTER = dict(
    file="nmrc-foi-F-00731-scan.pdf", fmt="ocr-pdf",
    authority="National Museum of Rail and Canal Heritage",
    reference="NMRC-F-00731", date="2024-11-21", received="2024-10-24", regime="foia",
    layout="request restated, then answers keyed back by point, out of order",
    traps=["OCR'd scan", "answers out of order ('In answer to point 3')", "attachment answer"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["s31(1)(a)"]),
        ("P1.Q4", "partially_released", ["s31(1)(a)"]),
        ("P1.Q5", "released", ["s21(1)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>NMRC-F-00731</title>
<style>body{font-family:'Liberation Serif';font-size:12pt}</style></head>
<body>
<p align="center"><font size="5"><b>NATIONAL MUSEUM OF RAIL AND CANAL HERITAGE</b></font><br>Wharf Street, Stoke Basin, ST99 7ZZ</p>
<p>Our ref: NMRC-F-00731</p>
<p>21 November 2024</p>
<p>Dear</p>
<p><b>Freedom of Information Act 2000: collections and security</b></p>
<p>Thank you for your request of 24 October 2024. I note you seek access to the following:</p>
<p style="margin-left:1cm">1. The number of objects formally deaccessioned from the collection between 2019 and 2024.<br>
2. A list of objects currently on loan to institutions outside the UK.<br>
3. The current insurance valuation of the collection, and of the ten most valuable objects.<br>
4. Details of any thefts or attempted thefts from the Museum since 2020.<br>
5. Visitor numbers for 2023/24.</p>
<p>I will deal first with the point on which we are unable to help.</p>
<p>In answer to point 3, the Museum holds valuation information for insurance and indemnity purposes but is withholding it under section 31(1)(a) of the Act (prevention or detection of crime). Identifying the most valuable objects, and their value, would make them more attractive targets for theft. Although there is a public interest in understanding the value of a national collection held on behalf of the public, we consider that this is outweighed by the public interest in protecting the collection.</p>
<p>Turning to point 1, 47 objects were formally deaccessioned between 1 January 2019 and 31 December 2024, all in accordance with the Museums Association Code of Ethics. The majority were duplicate items of railway ephemera transferred to other accredited museums.</p>
<p>With regard to point 5, visitor figures are published in the Museum's Annual Report and Accounts 2023/24 (page 12), available on our website and laid before Parliament. This information is exempt under section 21 as it is reasonably accessible to you. For convenience, the total was 612,480.</p>
<p>On point 2, please find attached a list of the 23 objects currently on loan to overseas institutions, with the borrowing institution and loan end date.</p>
<p>As regards point 4, there were two thefts and one attempted theft between 2020 and the date of your request. We are not able to provide details of the objects involved, the areas of the Museum affected or the methods used, as this information would reveal weaknesses in our security arrangements; this detail is withheld under section 31(1)(a) for the reasons given above.</p>
<p>If you are unhappy with this response you may ask for an internal review by writing to the Head of Governance within 40 working days, and you may then complain to the Information Commissioner.</p>
<p>Yours sincerely</p>
<p>Thomas Greatbatch<br>Head of Governance and Records</p>
</body></html>
""")
