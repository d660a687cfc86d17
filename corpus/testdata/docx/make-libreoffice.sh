#!/bin/sh
# Writes the DOCX fixtures that LibreOffice makes, so they hold Word list
# numbering, tables, bullets and page headers as a real office suite
# writes them. Run it from this directory.
#   letter-libreoffice.docx  from letter-source.html (lists, table, bullets)
#   nested-lists.docx        from nested-lists.fodt (a three-level legal
#                            list continued after a paragraph, a header)
set -e
out=$(mktemp -d)
lo() {
	timeout 120 soffice --headless --norestore "-env:UserInstallation=file://$out/profile" "$@"
}
lo --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$out" letter-source.html
mv "$out/letter-source.docx" letter-libreoffice.docx
lo --convert-to "docx:MS Word 2007 XML" --outdir "$out" nested-lists.fodt
mv "$out/nested-lists.docx" nested-lists.docx
rm -rf "$out"
