#!/bin/sh
# Times `check` of a 15-question draft against generated histories of
# 20,000 and 200,000 questions (BenchmarkCheck20k and BenchmarkCheck200k in
# package compare), and prints the 50th and 99th percentile of one check
# at each size and how much they grow. The histories are built on the first
# run (about a minute for the larger) and kept in
# ${FOICHECK_BENCH_DIR:-$TMPDIR/foicheck-bench}.
#
# Goals: p50 <= 100 ms and p99 <= 300 ms at 200,000 questions, and a cost
# that grows far slower than the history (ten times the questions).
#
# Usage: scripts/bench-check.sh [CHECKS]   (checks per size, default 200)
set -eu
cd "$(dirname "$0")/.."
n=${1:-200}
out=$(go test ./compare -run '^$' -bench 'BenchmarkCheck(20k|200k)$' -benchtime "${n}x" -timeout 60m)
echo "$out" | grep '^BenchmarkCheck'
echo "$out" | awk '
/^BenchmarkCheck20k/  { for (i = 1; i <= NF; i++) { if ($(i+1) == "p50-ms") a50 = $i; if ($(i+1) == "p99-ms") a99 = $i } }
/^BenchmarkCheck200k/ { for (i = 1; i <= NF; i++) { if ($(i+1) == "p50-ms") b50 = $i; if ($(i+1) == "p99-ms") b99 = $i } }
END {
	if (a50 == "" || b50 == "") { print "bench-check: a benchmark did not run" > "/dev/stderr"; exit 1 }
	printf "20,000 questions:  p50 %.1f ms  p99 %.1f ms\n", a50, a99
	printf "200,000 questions: p50 %.1f ms  p99 %.1f ms  (goals: 100 and 300 ms)\n", b50, b99
	printf "growth for 10x the history: p50 x%.2f, p99 x%.2f\n", b50 / a50, b99 / a99
}'
