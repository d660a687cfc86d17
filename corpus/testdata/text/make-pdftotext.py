#!/usr/bin/env python3
"""Writes pdftotext-layout.txt: a three-page letter with a running header,
an award banner and "Page N of M" in the footer, typeset by LibreOffice
from a flat ODF document written here, then read back with
`pdftotext -layout` (pages end in form feeds). It is what Clean receives
from a PDF letter, whatever extractor produced the lines.

Needs soffice and pdftotext. Run it from this directory.
"""

import os
import subprocess
import tempfile

paragraphs = []
for i in range(1, 19):
    paragraphs.append(
        f"{i}. Question {i}: please state the annual spend on the contact-centre contract "
        "for each year, the supplier and the date of expiry, including any extension options "
        "that the authority may take up under the framework agreement.")
    paragraphs.append(
        f"Response {i}: the information is held. The council spent £{i * 1000:,} in 2023–24 "
        "and the contract expires on 31 March 2026. This answer repeats on purpose so the "
        "letter runs over several pages, as real letters with a harm test do.")

body = "\n".join(f'<text:p text:style-name="Standard">{p}</text:p>' for p in paragraphs)

fodt = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.25cm"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header>
    <text:p>OFFICIAL</text:p>
    <text:p>Northtown Council – FOI 1187/24</text:p>
   </style:header>
   <style:footer>
    <text:p>EMPLOYER RECOGNITION SCHEME – SILVER AWARD</text:p>
    <text:p>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>3</text:page-count></text:p>
   </style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:p text:style-name="Standard">Dear</text:p>
  {body}
  <text:p text:style-name="Standard">Yours sincerely</text:p>
 </office:text></office:body>
</office:document>
'''

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "letter.fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt)
    subprocess.run(["timeout", "120", "soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8",
                    os.path.join(tmp, "letter.pdf"), "pdftotext-layout.txt"], check=True)
