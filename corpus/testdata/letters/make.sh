#!/bin/sh
# make.sh rebuilds the rendered letters in this directory from src/*.letter.
#
# Each letter is written once in the small markup that src/render.py reads,
# and rendered by real producers, as the list at the end of this file says:
#   lo        src → Flat ODT → LibreOffice        → NAME.lo.pdf
#   chromium  src → HTML with @page boxes → Chromium print → NAME.chromium.pdf
#   gs        NAME.chromium.pdf (else NAME.lo.pdf) re-distilled by Ghostscript → NAME.gs.pdf
#   docx      src → Flat ODT → LibreOffice Word export (real numbered lists) → NAME.docx
#   site      src → a disclosure-log web page (navigation, cookie banner, footer) → NAME.html
# The labels (NAME.expect.json) are written by hand and never generated.
#
# Needs (Debian packages): python3, libreoffice-writer-nogui (or
# libreoffice-writer), chromium, ghostscript, fonts-liberation, fonts-dejavu-core.
#
# Usage: ./make.sh [NAME...]   (no names: every letter). Re-running rebuilds
# the outputs in place. Fonts are fixed (Liberation, DejaVu) and
# SOURCE_DATE_EPOCH is set, so the text and layout are the same from run to
# run with the same tool versions; Ghostscript honours SOURCE_DATE_EPOCH,
# while LibreOffice and Chromium still stamp the time of the run and a
# document id into each PDF. Outputs were made with LibreOffice 7.4,
# Chromium 156 and Ghostscript 10.00. A rebuilt file has a new sha256, so
# afterwards rewrite and review the golden files:
#   go test ./corpus -run Golden -update
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1732838400}
export SOURCE_DATE_EPOCH
TZ=UTC
export TZ

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

lo() {
	python3 src/render.py fodt "src/$1.letter" "$work/$1.fodt"
	timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" --headless \
		--convert-to pdf --outdir "$work" "$work/$1.fodt" >/dev/null 2>&1
	mv "$work/$1.pdf" "$1.lo.pdf"
}

docx() {
	python3 src/render.py fodt "src/$1.letter" "$work/$1.fodt"
	timeout 180 soffice -env:UserInstallation="file://$work/lo-profile" --headless \
		--convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$1.fodt" >/dev/null 2>&1
	mv "$work/$1.docx" "$1.docx"
}

chromium_pdf() {
	python3 src/render.py html "src/$1.letter" "$work/$1.html"
	profile=$(mktemp -d "$work/chromium.XXXXXX")
	timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" --no-pdf-header-footer \
		--print-to-pdf="$work/$1.chromium.pdf" "$work/$1.html" >/dev/null 2>&1
	mv "$work/$1.chromium.pdf" "$1.chromium.pdf"
}

gs_pdf() {
	in="$1.chromium.pdf"
	[ -f "$in" ] || in="$1.lo.pdf"
	timeout 120 gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -o "$work/$1.gs.pdf" "$in"
	mv "$work/$1.gs.pdf" "$1.gs.pdf"
}

site() {
	python3 src/render.py site "src/$1.letter" "$1.html"
}

build() {
	name=$1
	shift
	for p in "$@"; do
		echo "$name: $p" >&2
		case $p in
		lo) lo "$name" ;;
		chromium) chromium_pdf "$name" ;;
		gs) gs_pdf "$name" ;;
		docx) docx "$name" ;;
		site) site "$name" ;;
		*) echo "make.sh: unknown producer $p" >&2; exit 2 ;;
		esac
	done
}

# The letters and their producers. gs must come after the PDF it re-distils.
letters() {
	cat <<'EOF'
cumbria-foi-1045-24 lo chromium gs
northshire-police-cc-2024 chromium gs
eastmoor-dc-contact-centre-2017 lo chromium docx
albion-mapping-cc-2022 lo gs
albion-mapping-cc-2024 chromium
kingsbridge-nhs-agency-staff lo site
drt-consultancy-cost chromium gs
drt-internal-review lo docx
glenardoch-council-foisa chromium site
caledonia-police-drones lo gs
northshire-police-ncnd-surveillance chromium gs
wealdbrook-water-eir lo
dunmere-npa-planning-eir chromium site
hartwell-chc-data-breaches lo docx
eastmoor-dc-vexatious chromium
kingsbridge-nhs-contact-centre-2023 lo gs
fenwick-fire-incidents chromium lo
transport-caledonia-ferries chromium
westdale-bc-leisure-centre lo gs
albion-archives-cc-2016 chromium lo
harbourside-nhs-ncnd chromium gs
wexham-cc-cctv lo
harbridge-dc-cctv-review lo chromium docx
hadley-bc-street-lighting lo chromium
EOF
}

letters | while read -r name producers; do
	[ -n "$name" ] || continue
	if [ $# -gt 0 ]; then
		want=no
		for n in "$@"; do [ "$n" = "$name" ] && want=yes; done
		[ $want = yes ] || continue
	fi
	# shellcheck disable=SC2086 # producers is a list of words
	build "$name" $producers
done
