#!/bin/sh
# Compares foicheck's PDF path (Load + Parse, in one process) with
# pdftotext -layout (one process per letter, as a shell loop would run it)
# on the same letters, and prints letters per second for both and the
# ratio. Speeds are letters per CPU second (user + system), which stays
# meaningful on a busy machine; wall-clock figures are printed beside them.
#
# The two sides are measured in alternating trials and the median ratio is
# reported with the lowest and highest: on a shared machine one trial can
# be off by a third either way.
#
# Usage: scripts/bench-extract.sh [ROUNDS] [GLOB] [TRIALS]
#   ROUNDS  passes over the letters for each side in each trial (default 10)
#   GLOB    letters to read, relative to corpus/ (default: the
#           LibreOffice fixtures, testdata/pdf/good/lo-*.pdf)
#   TRIALS  alternating trials (default 5)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-10}
glob=${2:-testdata/pdf/good/lo-*.pdf}
trials=${3:-5}

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

: >"$tmp/trials"
t=0
while [ $t -lt "$trials" ]; do
	(cd corpus && /usr/bin/time -f '%U %S %e' -o "$tmp/ours.time" \
		"$tmp/corpus.test" -test.run '^$' -test.bench 'BenchmarkLoadParsePDF$' \
		-test.benchtime "${rounds}x" -test.cpu 1 -bench.pdfs "$glob" >"$tmp/ours.out")
	(cd corpus && /usr/bin/time -f '%U %S %e' -o "$tmp/poppler.time" sh -c '
		i=0
		while [ $i -lt '"$rounds"' ]; do
			for f in '"$(echo $files)"'; do pdftotext -layout -enc UTF-8 "$f" - >/dev/null; done
			i=$((i + 1))
		done')
	echo "$(cpu "$tmp/ours.time") $(wall "$tmp/ours.time") $(cpu "$tmp/poppler.time") $(wall "$tmp/poppler.time")" >>"$tmp/trials"
	t=$((t + 1))
done

awk -v n="$letters" -v letters="$n" -v trials="$trials" '
{ oc[NR] = $1; ow[NR] = $2; pc[NR] = $3; pw[NR] = $4; r[NR] = $3 / $1 }
END {
	# median of the per-trial CPU ratios, and its trial
	for (i = 1; i <= NR; i++) { s[i] = r[i]; k[i] = i }
	for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++) if (s[j] < s[i]) {
		t = s[i]; s[i] = s[j]; s[j] = t; t = k[i]; k[i] = k[j]; k[j] = t }
	m = k[int((NR + 1) / 2)]
	printf "letters: %d a trial (%d files x %d rounds), %d trials\n", n, letters, n / letters, trials
	printf "%-34s %10s %10s\n", "median trial", "letters/s", "(wall)"
	printf "%-34s %10.1f %10.1f\n", "foicheck Load+Parse", n / oc[m], n / ow[m]
	printf "%-34s %10.1f %10.1f\n", "pdftotext -layout (per process)", n / pc[m], n / pw[m]
	printf "%-34s %10.2fx  (lowest %.2fx, highest %.2fx)\n", "ratio (CPU time)", s[int((NR + 1) / 2)], s[1], s[NR]
}' "$tmp/trials"
