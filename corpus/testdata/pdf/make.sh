#!/bin/sh
# Rebuilds the PDF fixtures of the extractor from the letters in src/.
#
#   good/  letters as LibreOffice, Chromium and Ghostscript write them, merged
#          files and an OCR'd scan: the word-agreement test reads these.
#   bad/   inputs that must give readable text or the right error.
#
# good/lo-table-closing-rights.pdf is not made here: it is a draft letter of
# the independent matching set set-ah (compare/testdata/independent/set-ah,
# rendered by its gen/make.py through LibreOffice), kept as it came out: a
# borderless two-column table whose last row is followed by a heading and a
# paragraph, one word of which starts where the answers' column does.
#
# Needs: soffice, chromium, gs, qpdf, pdfunite, pdftoppm, tesseract,
# ImageMagick convert, python3. Run from anywhere; output is deterministic
# enough to review, not byte-identical between runs (tools stamp dates).
set -eu
cd "$(dirname "$0")"
here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p good bad

letters="letter-table letter-decision letter-interleaved"

# LibreOffice: import the HTML into Writer, export with Writer's PDF filter.
for l in $letters; do
	timeout 120 soffice --headless -env:UserInstallation=file://$tmp/lo \
		--infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
		--outdir "$tmp" "src/$l.html" >/dev/null 2>&1
	mv "$tmp/$l.pdf" "good/lo-$l.pdf"
done

# A table made in Writer itself (flat ODT), with Writer's own cell spacing.
timeout 120 soffice --headless -env:UserInstallation=file://$tmp/lo \
	--convert-to pdf:writer_pdf_Export --outdir "$tmp" src/letter-native-table.fodt >/dev/null 2>&1
mv "$tmp/letter-native-table.pdf" good/lo-native-table.pdf

# Chromium: headless print to PDF.
for l in $letters; do
	timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$tmp/chrome" --print-to-pdf="$here/good/chrome-$l.pdf" \
		--no-pdf-header-footer "file://$here/src/$l.html" >/dev/null 2>&1
done

# Justified prose in a narrow column: wide, even word spaces that must
# stay spaces, not become column tabs.
timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/chrome" --print-to-pdf="$here/good/chrome-justified.pdf" \
	--no-pdf-header-footer "file://$here/src/justified.html" >/dev/null 2>&1

# Ghostscript: re-distil one of each producer's letters.
gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -o good/gs-lo-letter-table.pdf good/lo-letter-table.pdf
gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -o good/gs-chrome-letter-decision.pdf good/chrome-letter-decision.pdf
gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -o good/gs-lo-letter-interleaved.pdf good/lo-letter-interleaved.pdf

# Merged files: the LibreOffice parts each name their own font subsets /F1,
# /F2 ...; pdfunite also writes a trailer /Size smaller than its xref.
qpdf --empty --pages good/lo-letter-table.pdf good/lo-letter-decision.pdf -- good/merged-qpdf.pdf
pdfunite good/lo-letter-interleaved.pdf good/lo-letter-table.pdf good/merged-pdfunite.pdf
# Compressed object streams and an xref stream, as Word and qpdf write.
qpdf --object-streams=generate good/lo-letter-decision.pdf good/objstm-lo-letter-decision.pdf

# An OCR'd scan: render a page, let tesseract write a searchable PDF (an
# image with an invisible text layer), of a page of prose: on tables tesseract
# draws overlapping words, which no two extractors order alike.
pdftoppm -r 150 -gray -f 2 -l 2 -png good/lo-letter-table.pdf "$tmp/scan"
convert "$tmp"/scan*.png -threshold 60% -type bilevel "$tmp/scan.png"
tesseract "$tmp/scan.png" "$tmp/ocr" -l eng pdf >/dev/null 2>&1
mv "$tmp/ocr.pdf" good/ocr-tesseract.pdf

# The bad-input set.
: >bad/empty.pdf
src=good/lo-letter-table.pdf
size=$(wc -c <"$src")
head -c $((size / 2)) "$src" >bad/truncated.pdf
printf 'This is a plain text note, saved with a .pdf name by mistake.\nIt has no PDF structure at all.\n' >bad/not-a-pdf.pdf
cp src/letter-interleaved.html bad/html.pdf
pdftoppm -r 60 -gray -f 1 -l 1 -png "$src" "$tmp/img"
convert "$tmp"/img*.png pgm:- | python3 mkpdf.py image bad/image-only.pdf
python3 mkpdf.py no-tounicode bad/no-tounicode.pdf
python3 mkpdf.py scrambled bad/scrambled-font.pdf
python3 mkpdf.py bad-page bad/bad-page.pdf
python3 mkpdf.py rotated bad/rotated.pdf
# Small, with an xref stream and object streams (a quick fuzzing seed).
qpdf --object-streams=generate bad/rotated.pdf bad/xref-stream.pdf
qpdf --encrypt "" owner 256 -- "$src" bad/aes256.pdf
qpdf --allow-weak-crypto --encrypt "" owner 40 -- "$src" bad/rc4-40.pdf
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n -- "$src" bad/rc4-128.pdf
qpdf --encrypt "" owner 128 --use-aes=y -- "$src" bad/aes128.pdf
qpdf --encrypt secret owner 128 --use-aes=y -- "$src" bad/user-password.pdf
qpdf --encrypt secret owner 256 -- "$src" bad/user-password-aes256.pdf
# Same bytes with a 2.0 header (qpdf writes uncompressed xref tables here).
sed '1s/^%PDF-1\.[0-9]/%PDF-2.0/' "$src" >bad/pdf20.pdf
{ cat "$src"; head -c 600 /dev/zero | tr '\0' 'x'; printf '\n<html>appended by a mail gateway</html>\n'; } >bad/junk-after-eof.pdf
{ printf '\357\273\277Content-Type: application/pdf\r\n\r\n'; cat "$src"; } >bad/junk-before-header.pdf
cp good/merged-qpdf.pdf bad/merged-same-font-names.pdf
# A wrong startxref offset: the cross-reference table must be rebuilt.
python3 -c '
import re, sys
data = open(sys.argv[1], "rb").read()
i = data.rindex(b"startxref")
sys.stdout.buffer.write(data[:i] + re.sub(rb"\d+", b"1234", data[i:], count=1))
' "$src" >bad/broken-xref.pdf
