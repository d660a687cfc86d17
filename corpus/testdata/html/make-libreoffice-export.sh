#!/bin/sh
# Writes libreoffice-export.html: the DOCX fixture letter saved as HTML by
# LibreOffice, as an office suite exports a letter for a disclosure log.
# Run it from this directory.
set -e
out=$(mktemp -d)
timeout 120 soffice --headless --norestore "-env:UserInstallation=file://$out/profile" \
	--convert-to "html:XHTML Writer File:UTF8" --outdir "$out" ../docx/letter-libreoffice.docx
mv "$out/letter-libreoffice.html" libreoffice-export.html
rm -rf "$out"
