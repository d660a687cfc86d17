#!/bin/sh
# Compares foicheck's PDF path (Load + Parse, in one process) with
# pdftotext -layout (one process per letter, as a shell loop would run it)
# on the same letters, and prints letters per second for both and the
# ratio. Speeds are letters per CPU second (user + system), which stays
# meaningful on a busy machine; wall-clock figures are printed beside them.
#
# Usage: scripts/bench-extract.sh [ROUNDS] [GLOB]
#   ROUNDS  passes over the letters for each side (default 30)
#   GLOB    letters to read, relative to corpus/ (default: the
#           LibreOffice fixtures, testdata/pdf/good/lo-*.pdf)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-30}
glob=${2:-testdata/pdf/good/lo-*.pdf}

command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed to measure CPU time" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/corpus.test" ./corpus

files=$(cd corpus && ls $glob)
n=$(echo "$files" | wc -l)
letters=$((n * rounds))

# cpu FILE: user+system seconds from /usr/bin/time's output.
cpu() { awk '{ print $1 + $2 }' "$1"; }
wall() { awk '{ print $3 }' "$1"; }

(cd corpus && /usr/bin/time -f '%U %S %e' -o "$tmp/ours.time" \
	"$tmp/corpus.test" -test.run '^$' -test.bench 'BenchmarkLoadParsePDF$' \
	-test.benchtime "${rounds}x" -test.cpu 1 -bench.pdfs "$glob" >"$tmp/ours.out")

(cd corpus && /usr/bin/time -f '%U %S %e' -o "$tmp/poppler.time" sh -c '
	i=0
	while [ $i -lt '"$rounds"' ]; do
		for f in '"$(echo $files)"'; do pdftotext -layout -enc UTF-8 "$f" - >/dev/null; done
		i=$((i + 1))
	done')

awk -v n="$letters" -v oc="$(cpu "$tmp/ours.time")" -v ow="$(wall "$tmp/ours.time")" \
	-v pc="$(cpu "$tmp/poppler.time")" -v pw="$(wall "$tmp/poppler.time")" 'BEGIN {
	printf "letters: %d (%d rounds)\n", n, n / '"$n"'
	printf "%-34s %10s %10s\n", "", "letters/s", "(wall)"
	printf "%-34s %10.1f %10.1f\n", "foicheck Load+Parse", n / oc, n / ow
	printf "%-34s %10.1f %10.1f\n", "pdftotext -layout (per process)", n / pc, n / pw
	printf "%-34s %10.2fx %9.2fx\n", "ratio", pc / oc, pw / ow
}'
