#!/usr/bin/env bash
# Builds the example letters from their sources: source/history/*.html
# into history/ (a fictional force's earlier responses) and
# source/drafts/*.html into drafts/ (a draft response to check).
#
# Needs LibreOffice (Debian: libreoffice-writer-nogui, or libreoffice-writer)
# and the Liberation fonts (fonts-liberation) for a stable layout.
# Run from anywhere: ./examples/make.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

command -v soffice >/dev/null || { echo "make.sh: soffice (LibreOffice) not found" >&2; exit 1; }

# LibreOffice refuses to run beside another instance that shares its
# profile; a private profile keeps this independent of any desktop session.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for dir in history drafts; do
	out="$here/$dir"
	mkdir -p "$out"
	for src in "$here"/source/"$dir"/*.html; do
		name=$(basename "$src" .html)
		echo "make.sh: $dir/$name.pdf"
		timeout 120 soffice --headless --norestore \
			"-env:UserInstallation=file://$profile" \
			--convert-to pdf:writer_web_pdf_Export --outdir "$out" "$src" >/dev/null
		test -s "$out/$name.pdf"
	done
done
