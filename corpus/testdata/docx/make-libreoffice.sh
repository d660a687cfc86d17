#!/bin/sh
# Writes letter-libreoffice.docx from letter-source.html with LibreOffice,
# so the fixture has Word list numbering, a table and bullets as a real
# office suite writes them. Run it from this directory.
set -e
out=$(mktemp -d)
timeout 120 soffice --headless --norestore "-env:UserInstallation=file://$out/profile" \
	--infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$out" letter-source.html
mv "$out/letter-source.docx" letter-libreoffice.docx
rm -rf "$out"
