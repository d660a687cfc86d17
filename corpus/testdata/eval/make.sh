#!/bin/sh
# make.sh builds the derived renderings of the evaluation letters: Word files
# from the HTML sources in src/, PDFs from real producers (Chromium,
# LibreOffice, Ghostscript) and one OCR'd scan. The .txt, .md and .html
# letters and every .expect.json label are written by hand and never touched.
#
# Idempotent: an output that already exists is left alone, so re-running does
# not churn binary files. Set FORCE=1 to rebuild everything.
#
# Needs: soffice (LibreOffice), chromium, gs, pdftoppm (poppler-utils),
# tesseract.
set -eu
cd "$(dirname "$0")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# need OUT: true when OUT must be (re)built.
need() {
	[ "${FORCE:-0}" = 1 ] || [ ! -s "$1" ]
}

# soffice_convert FILTER IN OUTDIR: one LibreOffice conversion with a private
# profile, so a running desktop instance or a stale lock cannot block it.
soffice_convert() {
	timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" \
		--headless --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}

# chromium_pdf IN.html OUT.pdf
chromium_pdf() {
	prof=$(mktemp -d "$work/chromium.XXXXXX")
	timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$prof" --no-pdf-header-footer \
		--print-to-pdf="$2" "file://$(pwd)/$1" >/dev/null 2>&1
}

# Word letters: question numbers are real automatic list numbers, because
# LibreOffice turns each HTML <ol> into a Word numbering definition.
for src in src/*.html; do
	name=$(basename "$src" .html)
	if need "$name.docx"; then
		soffice_convert 'docx:MS Word 2007 XML' "$src" "$work"
		mv "$work/$name.docx" "$name.docx"
	fi
done

# LibreOffice PDFs printed from some of the Word letters (one is all tables).
for name in harrowdale-fire-hydrants ods-prison-estates wessex-coast-nhs-telephony-table; do
	if need "$name.lo.pdf"; then
		cp "$name.docx" "$work/$name.docx"
		soffice_convert pdf "$work/$name.docx" "$work/out"
		mv "$work/out/$name.pdf" "$name.lo.pdf"
	fi
done

# LibreOffice PDF of a plain-text letter.
for name in westmarch-police-contact-centre; do
	if need "$name.lo.pdf"; then
		cp "$name.txt" "$work/$name.txt"
		soffice_convert pdf "$work/$name.txt" "$work/out"
		mv "$work/out/$name.pdf" "$name.lo.pdf"
	fi
done

# Chromium prints of disclosure-log pages, site chrome included.
for name in northshire-cc-enforcement-log bramhall-nhs-ol-log lochside-health-board-table tyneholm-police-cost-ol; do
	if need "$name.chromium.pdf"; then
		chromium_pdf "$name.html" "$name.chromium.pdf"
	fi
done

# Letters of the sixth and seventh batches written as Chromium pages (a
# table, Chromium's default header and footer with the date and page
# numbers; annexes) and as LibreOffice documents (a flat .fodt with an
# OFFICIAL header and "Page N of M" footer, HTML letters with an annex or
# an answer table).
for name in batch6-eastbrook-university batch7-agency batch8-unitary-multipage batch10-ulstercoast-ni batch18-university-inverallan batch20-wessex-fire batch20-bannau-gwyr batch22-northshire-cc; do
	if need "$name.chromium.pdf"; then
		prof=$(mktemp -d "$work/chromium.XXXXXX")
		timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
			--user-data-dir="$prof" --print-to-pdf="$name.chromium.pdf" \
			"file://$(pwd)/src/pdf/$name.html" >/dev/null 2>&1
	fi
done
for src in src/pdf/batch6-rural-infrastructure-dept.fodt src/pdf/batch6-kingsmere-teaching-hospitals.html src/pdf/batch7-trust.html src/pdf/batch7-unitary.html src/pdf/batch8-icb-table.docx src/pdf/batch9-unitary-table.docx src/pdf/batch9-mh-trust-table.odt src/pdf/batch10-marlowvale-icb.docx src/pdf/batch11-scp-ambulance.odt src/pdf/batch12-calderbrook-cc-ict.docx src/pdf/batch13-severnside-icb-telephony.docx src/pdf/batch14-st-aldhelms-trust.docx src/pdf/batch15-transport-table.docx src/pdf/batch16-fire-table.docx src/pdf/batch16-icb-borderless.docx src/pdf/batch16-district.fodt src/pdf/batch17-ridgeway-icb.docx src/pdf/batch17-tees-moor-transport.odt src/pdf/batch17-saltmarsh-idb-eir.docx src/pdf/batch18-wexley-county.docx src/pdf/batch18-ni-dept-heritage.html src/pdf/batch18-ppea-prisons.fodt src/pdf/batch19-severnside-fire.docx src/pdf/batch19-mersey-vale-trust.odt src/pdf/batch20-wyvern-valley-police.fodt src/pdf/batch20-dept-rural-connectivity.fodt src/pdf/batch20-nhs-loch-arrin.html src/pdf/batch20-lagan-mourne-ea.fodt src/pdf/batch21-cc-eir-site.odt src/pdf/batch21-pol-firearms.docx src/pdf/batch21-tra-fares.odt src/pdf/batch22-kingsmere-academy-trust.docx src/pdf/batch22-cambrian-uhb.odt src/pdf/batch23-bilingual-bwrdd-iechyd.odt src/pdf/batch24-amb-handover.odt src/pdf/batch24-scot-delays.odt src/pdf/batch24-ni-bonfires.docx src/pdf/batch24-npa-lodges.docx src/pdf/batch24-trust-agency.docx src/pdf/batch24-univ-agents.docx src/pdf/batch25-pennine-moors-mh-trust.docx src/pdf/batch25-dept-housing-communities.odt src/pdf/batch25-loughside-hsc-trust.docx src/pdf/batch25-harbourline-academy-trust.odt src/pdf/batch26-hartshire-cc.fodt src/pdf/batch26-northmoor-police.fodt src/pdf/batch26-brackley-vale-mbc.docx src/pdf/batch27-north-riding-ambulance.docx src/pdf/batch27-brackenfield-ft.fodt src/pdf/batch27-southern-loughside-hsct.docx src/pdf/batch27-saltmarsh-bay-eir.docx; do
	name=$(basename "${src%.*}")
	if need "$name.lo.pdf"; then
		soffice_convert pdf "$src" "$work/out"
		mv "$work/out/$name.pdf" "$name.lo.pdf"
	fi
done

# .odt letters with tables, printed by LibreOffice and re-distilled by
# Ghostscript.
for name in batch8-agency-table batch10-dental-regulator batch11-ashgrove-council-eir batch12-kestrelford-bc-staff batch14-arts-heritage-board batch24-district-ta batch24-fire-alarms; do
	if need "$name.gs.pdf"; then
		soffice_convert pdf "src/pdf/$name.odt" "$work/out"
		timeout 120 gs -q -sDEVICE=pdfwrite -o "$name.gs.pdf" "$work/out/$name.pdf"
	fi
done

# A four-page Chromium print whose running header and footer are the
# page's own (fixed boxes), without Chromium's.
for name in batch11-maritime-pilotage-agency batch12-dri-department batch13-drgc-rural-broadband batch14-wolds-icb batch15-national-park batch16-university-thead batch16-dept-sidebar batch17-oeys-internal-review batch17-loughmore-council-ni batch19-tyne-wear-transport-eir batch19-vtsa-internal-review batch20-kingsmere-hospitals batch20-harrowdale-dc batch20-university-eastmoor batch21-gov-broadband batch21-pol-review batch22-dept-regional-growth batch23-email-brackenshire-cc batch23-email-northmoor-ambulance batch24-ca-buses batch24-dept-vouchers batch24-opcc-complaints batch24-trust-caseload batch25-severnvale-police-contracts batch25-oakshire-cc-eir-potholes batch25-wealdmoor-police-taser batch26-wendover-vale-icb batch26-pen-y-fal-cbc batch26-harrow-fells-npa-eir batch26-university-castlebridge batch27-dunmore-police batch27-dfrai-department batch27-ravensworth-mbc batch27-calderbrook-university; do
	if need "$name.chromium.pdf"; then
		chromium_pdf "src/pdf/$name.html" "$name.chromium.pdf"
	fi
done

# A Word table printed by LibreOffice and re-distilled by Ghostscript.
for name in batch13-lough-erne-hsc-trust-cyber batch15-regulator-table; do
	if need "$name.gs.pdf"; then
		soffice_convert pdf "src/pdf/$name.docx" "$work/out"
		timeout 120 gs -q -sDEVICE=pdfwrite -o "$name.gs.pdf" "$work/out/$name.pdf"
	fi
done

# A four-page Chromium print (kept as printed, with its running header and
# footer) re-distilled by Ghostscript.
if need batch9-agency-multipage.gs.pdf; then
	timeout 120 gs -q -sDEVICE=pdfwrite -o batch9-agency-multipage.gs.pdf src/pdf/batch9-agency-multipage-chromium.pdf
fi

# Chromium prints re-distilled by Ghostscript (glued TJ runs, new fonts).
for name in dunmore-police-arrests-log; do
	if need "$name.gs.pdf"; then
		chromium_pdf "$name.html" "$work/$name.pdf"
		timeout 120 gs -q -sDEVICE=pdfwrite -o "$name.gs.pdf" "$work/$name.pdf"
	fi
done
for name in batch17-brackenhill-academy-trust batch18-tamar-water batch19-caldermoor-cctv batch21-wal-npa batch22-greater-severn-police batch23-pit-driver-agency batch25-tamar-icb-wheelchairs batch26-south-westmere-ambulance batch27-three-spires-academy batch27-northvale-cta; do
	if need "$name.gs.pdf"; then
		chromium_pdf "src/pdf/$name.html" "$work/$name.pdf"
		timeout 120 gs -q -sDEVICE=pdfwrite -o "$name.gs.pdf" "$work/$name.pdf"
	fi
done

# A Writer letter with a Word-style table, printed by LibreOffice and
# re-distilled by Ghostscript for reading on screen.
for name in batch20-midland-coast-ambulance; do
	if need "$name.gs.pdf"; then
		soffice_convert pdf "src/pdf/$name.fodt" "$work/out"
		timeout 120 gs -q -sDEVICE=pdfwrite -dPDFSETTINGS=/ebook -o "$name.gs.pdf" "$work/out/$name.pdf"
	fi
done

# HTML letters printed by LibreOffice and re-distilled by Ghostscript, one
# as it is and one for reading on screen (-dPDFSETTINGS=/ebook).
for name in batch16-idb-eir batch16-scot-foisa; do
	if need "$name.gs.pdf"; then
		soffice_convert pdf "src/pdf/$name.html" "$work/out"
		settings=/default
		[ "$name" = batch16-scot-foisa ] && settings=/ebook
		timeout 120 gs -q -sDEVICE=pdfwrite -dPDFSETTINGS="$settings" -o "$name.gs.pdf" "$work/out/$name.pdf"
	fi
done

# ocr_pdf IN.pdf OUT.pdf: rasterise a printed letter at 150 dpi and let
# tesseract write a PDF with the image and an invisible text layer. OCR
# noise is expected; the label is the letter's truth.
ocr_pdf() {
	rm -f "$work"/page-*.png "$work"/page-*.pdf
	pdftoppm -r 150 -png "$1" "$work/page"
	pages=""
	for png in "$work"/page-*.png; do
		timeout 300 tesseract "$png" "${png%.png}" pdf >/dev/null 2>&1
		pages="$pages ${png%.png}.pdf"
	done
	# shellcheck disable=SC2086 # word splitting of the page list is wanted
	timeout 120 gs -q -sDEVICE=pdfwrite -o "$2" $pages
}

# OCR'd scans of letters printed by LibreOffice.
for name in eastmere-fire-false-alarms kestrel-police-misconduct; do
	if need "$name.ocr.pdf"; then
		cp "$name.txt" "$work/$name.txt"
		soffice_convert pdf "$work/$name.txt" "$work/out"
		ocr_pdf "$work/out/$name.pdf" "$name.ocr.pdf"
	fi
done
for name in batch16-ambulance batch23-ocr-ridgeway-nhs; do
	if need "$name.ocr.pdf"; then
		soffice_convert pdf "src/pdf/$name.html" "$work/out"
		ocr_pdf "$work/out/$name.pdf" "$name.ocr.pdf"
	fi
done
# A Writer letter with a table, and Chromium prints, scanned and OCR'd.
for name in batch23-ocr-fenbridge-dc; do
	if need "$name.ocr.pdf"; then
		soffice_convert pdf "src/pdf/$name.odt" "$work/out"
		ocr_pdf "$work/out/$name.pdf" "$name.ocr.pdf"
	fi
done
for name in batch23-ocr-wessex-police batch23-ocr-caldershire-fire; do
	if need "$name.ocr.pdf"; then
		chromium_pdf "src/pdf/$name.html" "$work/$name.pdf"
		ocr_pdf "$work/$name.pdf" "$name.ocr.pdf"
	fi
done
