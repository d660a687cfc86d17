#!/usr/bin/env python3
"""Writes the plain-text fixtures. Run it from this directory.

banner.txt     one page, as a text export of a PDF leaves it: an award
               banner between paragraphs at each former page break, once
               in the middle of a sentence, and an answer given twice.
paged.txt      three pages split by form feeds, with a running header, a
               protective marking, "Page N of 3" footers, a word
               hyphenated across a line and a sentence across a page.
notes.md       Markdown: headings, emphasis, a block quote, a table and
               lists.
cp1252.txt     windows-1252 bytes with CRLF line ends and smart quotes.
bom-cr.txt     UTF-8 with a byte-order mark and old Mac CR line ends.
"""

BANNER = "\n\n\nEMPLOYER RECOGNITION SCHEME\n\nSILVER AWARD\n\nStanding with those who serve.\n\n\n\n"

banner = (
    "Northtown Constabulary\nHeadquarters\n\n2 February 2025\n\nDear\n\n"
    "FREEDOM OF INFORMATION REQUEST – FOI 0077/25\n\n"
    "Please send me the following information:\n\n"
    "1. *Incumbent Supplier*: the supplier of the contract.\n"
    "2. **Contract Expiry**: the date the contract expires."
    + BANNER +
    "3. _Contact Details_: the person responsible for the contract.\n\n"
    "Part 1\n\nQuestion 3 – servicedesk@northtown.example\n\n"
    "Part 2\n\nQuestion 3 – servicedesk@northtown.example\n\n"
    "The information about the contract expiry is not recorded separately and is"
    + BANNER +
    "therefore not held.\n\n"
    "Yours sincerely"
    + BANNER
)

header = "Northtown Council – Information Governance\nOFFICIAL\n\n"
pages = [
    "Northtown Council\nTown Hall\n\n13 December 2024\n\nDear\n\n"
    "You asked for the number of fly-tipping incidents and the cost of clear-\n"
    "ance in 2023–24. The council recorded 1,204 incidents and spent\n\n\n"
    "Page 1 of 3\n",
    header + "£83,000 on clearance, all of it through the\nstreet-scene contract.\n\n"
    "Question 2 – see the attached spreadsheet.\n\n\nPage 2 of 3\n",
    header + "Question 3 – see the attached spreadsheet.\n\n"
    "Yours sincerely\n\nInformation Governance Officer\n\n\nPage 3 of 3\n",
]

notes = """# Response to FOI 2024/1187

## Part 1: *Contact centre*

> You asked: **how many agents** work in the contact centre?

The answer is __42__ agents; snake_case_names and 2*3 stay as they are.

| Question | Response |
|----------|:--------:|
| 1 | Example Networks Ltd |
| 2 | Withheld, s43(2) |

- first bullet
* second bullet
1. numbered item

```
code block kept *as is*
```
"""

cp1252 = "Q1. Do you hold \u201cdata\u201d on caf\u00e9 spend?\r\nA1. Yes \u2013 \u00a3120 in 2023.\r\n"

bom_cr = "\ufeffFirst line\rSecond line\r\rFourth after a blank\r"

with open("banner.txt", "w", encoding="utf-8", newline="") as f:
    f.write(banner)
with open("paged.txt", "w", encoding="utf-8", newline="") as f:
    f.write("\f".join(pages))
with open("notes.md", "w", encoding="utf-8", newline="") as f:
    f.write(notes)
with open("cp1252.txt", "wb") as f:
    f.write(cp1252.encode("cp1252"))
with open("bom-cr.txt", "wb") as f:
    f.write(bom_cr.encode("utf-8"))
