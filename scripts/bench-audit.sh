#!/bin/sh
# Times `foicheck audit` over generated histories of 10,000 and 20,000
# responses (15 questions each, 40 authorities answering the same request
# families year after year), and prints the time per response at each
# size, their ratio, and the audit's peak memory.
#
# The histories are built by BenchmarkAudit10k and BenchmarkAudit20k in
# package compare on the first run (a few minutes each) and kept in
# ${FOICHECK_BENCH_DIR:-$TMPDIR/foicheck-bench}/audit-N.
#
# Goals: 20,000 responses audited in under 3 minutes on this machine, the
# cost per response growing far slower than the history.
#
# Usage: scripts/bench-audit.sh
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed to measure memory" >&2; exit 2; }
root=${FOICHECK_BENCH_DIR:-${TMPDIR:-/tmp}/foicheck-bench}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Build the histories (the benchmark builds them when missing).
go test ./compare -run '^$' -bench 'BenchmarkAudit(10k|20k)$' -benchtime 1x -timeout 90m >"$tmp/bench.out" 2>&1 ||
	{ cat "$tmp/bench.out" >&2; exit 1; }
go build -o "$tmp/foicheck" ./cmd/foicheck

for n in 10000 20000; do
	# Exit status 1 only says there were findings.
	/usr/bin/time -f '%e %M' -o "$tmp/time.$n" "$tmp/foicheck" audit --index "$root/audit-$n" \
		--format json --output "$tmp/audit.$n.json" --fail-on none
done
awk -v a="$(cat "$tmp/time.10000")" -v b="$(cat "$tmp/time.20000")" 'BEGIN {
	split(a, x, " "); split(b, y, " ")
	pa = x[1] / 10000 * 1000; pb = y[1] / 20000 * 1000
	printf "10,000 responses: %.1f s (%.2f ms a response), peak memory %.0f MiB\n", x[1], pa, x[2] / 1024
	printf "20,000 responses: %.1f s (%.2f ms a response), peak memory %.0f MiB  (goal: under 180 s)\n", y[1], pb, y[2] / 1024
	printf "cost per response grows x%.2f for twice the history\n", pb / pa
}'
