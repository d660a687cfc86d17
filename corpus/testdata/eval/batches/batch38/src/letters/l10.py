LETTER = dict(
    file="invercarron-review-IR-FOISA-2025-014.pdf", fmt="chrome-pdf",
    authority="University of Invercarron",
    reference="IR-FOISA-2025-014", date="2025-01-17", received="2024-11-04", regime="foisa",
    layout="internal review: original decision and review outcome per question",
    traps=["internal review overturns original decisions", "original reference quoted",
           "exemption substituted on review (s30(c) -> s30(b)(ii))", "original s17 notice overturned"],
    questions=[
        ("P1.Q1", "released", []),
        ("P1.Q2", "released", []),
        ("P1.Q3", "withheld", ["foisa:s30(b)(ii)"]),
        ("P1.Q4", "released", []),
        ("P1.Q5", "partially_released", ["foisa:s38(1)(b)"]),
        ("P1.Q6", "released", ["foisa:s25(1)"]),
    ],
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Review IR-FOISA-2025-014</title>
<style>
@page { size: A4; margin: 20mm 22mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; line-height: 1.35; }
.crest { text-align:center; letter-spacing: 3px; font-size: 15pt; font-weight: bold; }
.sub { text-align:center; font-size: 9.5pt; }
.refs { margin-top: 18px; }
h4 { margin: 18px 0 4px 0; font-size: 11.5pt; }
.orig { color:#333; }
.out { font-weight: bold; }
</style></head>
<body>
<div class="crest">UNIVERSITY OF INVERCARRON</div>
<div class="sub">Governance and Compliance Office · Old College Quadrangle · Invercarron · IV99 3ZZ<br>foi@invercarron.ac.example</div>
<div class="refs">
<p>Our review reference: IR-FOISA-2025-014<br>
Original request reference: FOISA-2024-1452<br>
17 January 2025</p>
</div>
<p>Dear</p>
<p><b>Freedom of Information (Scotland) Act 2002 – Requirement for Review</b></p>
<p>I refer to your email of 6 December 2024 asking the University to review its response of 2 December 2024 to your information request, which was received on 4 November 2024 (our reference FOISA-2024-1452). I was not involved in the original decision and have reviewed the handling of your request afresh, including the information held.</p>
<p>For each of your questions I set out below the original decision and the outcome of this review. Where the outcome differs from the original decision this is shown in bold.</p>

<h4>Question 1 – total spend on external consultants in 2023-24</h4>
<p class="orig">Original decision: information provided (£2,904,118).</p>
<p>Your review request did not raise this question. The original response stands.</p>

<h4>Question 2 – fees paid to the consultancy engaged for the "Strategic Futures Review"</h4>
<p class="orig">Original decision: withheld under section 33(1)(b) (commercial interests).</p>
<p>I do not consider that section 33(1)(b) was correctly applied. The contract concluded in June 2024, the fee was a fixed sum agreed before the procurement was completed, and the consultancy has confirmed it does not object to release. <span class="out">The original decision was not correct. The total fee paid was £486,500 (excluding VAT).</span></p>

<h4>Question 3 – paper presented to the University Court on the future of the Dumbarnie campus</h4>
<p class="orig">Original decision: withheld under section 30(c) (otherwise prejudice substantially the effective conduct of public affairs).</p>
<p>I agree that the paper should be withheld, but I consider section 30(b)(ii) (substantial inhibition of the free and frank exchange of views for the purposes of deliberation) to be the appropriate exemption, rather than section 30(c). The paper sets out options and the frank views of senior managers on each; Court has not yet reached a decision and consultation with staff and students is ongoing. <span class="out">The decision to withhold is upheld, under section 30(b)(ii) instead of section 30(c).</span> I have considered the public interest afresh: while there is a strong public interest in the future of the campus, it is outweighed at this stage by the need for Court members to receive candid advice. The University has committed to publishing the final proposal when consultation closes.</p>

<h4>Question 4 – number of complaints received about the Strategic Futures Review</h4>
<p class="orig">Original decision: notice under section 17 that the information is not held.</p>
<p>My searches established that the Complaints Handling Team records complaints by topic and that complaints about the review were in fact logged under the tag "organisational change". <span class="out">The information is held. Three complaints were received between March and October 2024.</span> I apologise that this was not identified originally.</p>

<h4>Question 5 – names of the consultants who worked on the review</h4>
<p class="orig">Original decision: withheld in full under section 38(1)(b) (personal information).</p>
<p><span class="out">This decision is partly overturned.</span> The name of the firm (Halvergate Partners LLP) and of the partner in charge of the engagement (Ms Annis Rowe) appear in the University Court minutes of 14 March 2024 and were a matter of public record; they are released. The names of the other eight members of the consultancy team remain withheld under section 38(1)(b), as they are junior employees of a private firm who would have no expectation that their names would be made public, and disclosure would breach the data protection principles.</p>

<h4>Question 6 – total spend on staff travel in 2023-24</h4>
<p class="orig">Original decision: signposted to the University's published expenses data (section 25(1)).</p>
<p>You did not raise this in your review request. The information remains available at www.invercarron.ac.example/transparency/expenses and the original response stands.</p>

<p><b>Your right to apply to the Scottish Information Commissioner</b></p>
<p>If you remain dissatisfied you have the right to apply to the Scottish Information Commissioner for a decision under section 47(1) of FOISA. You must do so within six months of receiving this review. The Commissioner's office is at Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS. You also have a right of appeal to the Court of Session on a point of law following a decision by the Commissioner.</p>
<p>Yours sincerely</p>
<p>Professor Calum Imrie<br>Vice-Principal (Governance)<br>University of Invercarron</p>
<p style="font-size:8.5pt">The University of Invercarron is a charity registered in Scotland, No SC099999.</p>
</body></html>
""")
