#!/bin/sh
# bench-ingest.sh [N] measures `foicheck ingest` on N generated letters
# (default 1000; the goals are stated for 10000) against pdftotext, the
# usual way to get text out of a PDF, and prints:
#   - pdftotext -layout over every letter, one process a letter and one
#     process per core at a time: wall clock and letters/s;
#   - a fresh ingest into a new index: wall clock, letters/s and the ratio
#     of its letters/s to pdftotext's (goal: at least 1.5);
#   - a re-ingest of the unchanged letters (goal at 10000: under 5 s);
#   - the ingest's peak memory (goal at 10000: under 256 MiB), both
#     /usr/bin/time's maximum RSS, which is that of the largest single
#     process, and the sum over foicheck and its worker processes, sampled
#     every second, which is what the machine has to find;
#   - the index's size on disk per question (goal: at most 1.5 KiB);
#   - the index package's BenchmarkBleveBatch (bleve alone on the same
#     kind of question documents) and BenchmarkIndexBatch, beside ingest's
#     question documents per second.
#
# The machine may be shared, so the two sides run in alternating trials
# (their order swapped each trial) and the median ratio is printed with
# the lowest and highest; a ratio of CPU time (user + system) is printed
# too, as it is less disturbed by other jobs than wall clock.
#
# The letters are made once by make-bench-corpus.sh and cached in
# $FOICHECK_BENCH_CACHE/letters-N (default ${TMPDIR:-/tmp}/foicheck-bench);
# letters already made for another N are linked rather than made again.
#
# Usage: scripts/bench-ingest.sh [N]
# Environment: BENCH_TRIALS (default 3), FOICHECK_BENCH_CACHE.
set -eu
cd "$(dirname "$0")/.."
n=${1:-1000}
case $n in '' | *[!0-9]* | 0) echo "bench-ingest.sh: N must be a positive number" >&2; exit 2 ;; esac
trials=${BENCH_TRIALS:-3}
cache=${FOICHECK_BENCH_CACHE:-${TMPDIR:-/tmp}/foicheck-bench}
corpus=$cache/letters-$n
cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)

command -v pdftotext >/dev/null || { echo "bench-ingest.sh: pdftotext (poppler-utils) is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-ingest.sh: /usr/bin/time (GNU time) is needed for CPU time and peak memory" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
go build -o "$tmp/foicheck" ./cmd/foicheck
go build -o "$tmp/benchjson" ./scripts/benchjson
fc=$tmp/foicheck
bj=$tmp/benchjson

# Letters 0..N-1 are the same text in every corpus size, so those already
# printed for another size are linked in (copied across file systems).
mkdir -p "$corpus"
for other in "$cache"/letters-*; do
	[ -d "$other" ] && [ "$other" != "$corpus" ] || continue
	ls "$other" | awk -F'[-.]' -v n="$n" '/^letter-[0-9]+\.pdf$/ && $2 + 0 < n' |
		while read -r f; do
			[ -e "$corpus/$f" ] || ln "$other/$f" "$corpus/$f" 2>/dev/null || cp "$other/$f" "$corpus/$f"
		done
done
scripts/make-bench-corpus.sh "$n" "$corpus"

have_ingest=yes
# (Not `ingest --help`: that exits 0 even where there is no such command.)
"$fc" --help | grep -q '^  ingest ' || have_ingest=no
if [ $have_ingest = no ]; then
	echo "note: this foicheck has no ingest command; only pdftotext is measured" >&2
fi

# Read every letter once so that no trial pays for the disk.
cat "$corpus"/letter-*.pdf >/dev/null

# rsstree PID: the resident memory (KiB) of PID and all its descendants.
rsstree() {
	ps -eo pid=,ppid=,rss= | awk -v root="$1" '
		{ parent[$1] = $2; rss[$1] = $3 }
		END {
			for (p in parent) {
				# walk up from p; count it if root is an ancestor
				q = p
				while (q != "" && q != root && q in parent && q != parent[q]) q = parent[q]
				if (q == root) sum += rss[p]
			}
			print sum + 0
		}'
}

# timed OUT TIMEFILE CMD...: runs CMD with stdout to OUT, its wall, user,
# system seconds and max RSS to TIMEFILE, and its tree's peak memory,
# sampled each second, to TIMEFILE.tree. The exit code goes in TIMEFILE.rc
# (ingest exits 1 when some files failed; that is reported, not fatal).
timed() {
	out=$1 tf=$2
	shift 2
	/usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$out" 2>"$tf.err" &
	pid=$!
	peak=0
	while kill -0 $pid 2>/dev/null; do
		m=$(rsstree $pid)
		[ "$m" -le "$peak" ] || peak=$m
		sleep 1
	done
	rc=0
	wait $pid || rc=$?
	# GNU time puts "Command exited with non-zero status N" first then.
	tail -n 1 "$tf" >"$tf.last" && mv "$tf.last" "$tf"
	echo "$peak" >"$tf.tree"
	echo "$rc" >"$tf.rc"
}

# One line per trial: pdftotext wall cpu, ingest wall cpu maxrss tree,
# re-ingest wall cpu maxrss.
: >"$tmp/trials"
t=1
while [ $t -le "$trials" ]; do
	echo "trial $t of $trials..." >&2
	run_pdftotext() {
		timed /dev/null "$tmp/p.time" sh -c '
			find "$0" -name "letter-*.pdf" -print0 |
				xargs -0 -P "$1" -I{} pdftotext -layout -enc UTF-8 {} /dev/null' "$corpus" "$cores"
	}
	run_ingest() {
		rm -rf "$tmp/idx"
		timed "$tmp/ingest.json" "$tmp/i.time" "$fc" ingest --index "$tmp/idx" --format json "$corpus"
		timed "$tmp/reingest.json" "$tmp/r.time" "$fc" ingest --index "$tmp/idx" --format json "$corpus"
	}
	if [ $have_ingest = no ]; then
		run_pdftotext
		echo "0 0 0 0 0 0 0 0 0" >"$tmp/i.line"
	else
		if [ $((t % 2)) -eq 1 ]; then run_pdftotext; run_ingest; else run_ingest; run_pdftotext; fi
		awk '{ printf "%s %s %s ", $1, $2 + $3, $4 }' "$tmp/i.time" >"$tmp/i.line"
		printf '%s ' "$(cat "$tmp/i.time.tree")" >>"$tmp/i.line"
		awk '{ printf "%s %s %s\n", $1, $2 + $3, $4 }' "$tmp/r.time" >>"$tmp/i.line"
		for x in i r; do
			# Exit 1 is failed files, reported below; 2 and up, no summary.
			if [ "$(cat "$tmp/$x.time.rc")" -ge 2 ]; then
				echo "bench-ingest.sh: foicheck ingest could not run:" >&2
				cat "$tmp/$x.time.err" >&2
				exit 1
			fi
		done
		cp "$tmp/ingest.json" "$tmp/ingest.$t.json"
		cp "$tmp/i.time.err" "$tmp/ingest.$t.err"
		echo "$(cat "$tmp/i.time.rc") $(cat "$tmp/r.time.rc")" >"$tmp/rc.$t"
	fi
	[ "$(cat "$tmp/p.time.rc")" -eq 0 ] || echo "warning: pdftotext failed on some letters (exit $(cat "$tmp/p.time.rc"))" >&2
	echo "$(awk '{ print $1, $2 + $3 }' "$tmp/p.time") $(cat "$tmp/i.line")" >>"$tmp/trials"
	t=$((t + 1))
done

echo
echo "letters: $n ($corpus), $cores cores, $trials alternating trials"
awk -v n="$n" -v ingest="$have_ingest" -v wallfile="$tmp/ingest.wall" '
function median(a, k,   i, j, t, s) {
	for (i = 1; i <= k; i++) s[i] = a[i]
	for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
	lo = s[1]; hi = s[k]
	return s[int((k + 1) / 2)]
}
{
	pw[NR] = $1; pc[NR] = $2; iw[NR] = $3; ic[NR] = $4; im[NR] = $5; it[NR] = $6
	rw[NR] = $7; rc[NR] = $8; rm[NR] = $9
	if (ingest == "yes") { wr[NR] = $1 / $3; cr[NR] = $2 / $4 }
}
END {
	k = NR
	# cores busy: CPU seconds over wall seconds, how well a side uses the
	# machine; below the core count, something waits or runs alone.
	for (i = 1; i <= k; i++) { pb[i] = pc[i] / pw[i]; if (ingest == "yes") ib[i] = ic[i] / iw[i] }
	m = median(pw, k); printf "%-40s %8.1f s  %8.1f letters/s  (trials %.1f-%.1f s)\n", "pdftotext -layout, " "one per core", m, n / m, lo, hi
	m = median(pc, k); b = median(pb, k); printf "%-40s %8.1f s CPU, %.2f cores busy\n", "", m, b
	if (ingest != "yes") exit
	m = median(iw, k); printf "%-40s %8.1f s  %8.1f letters/s  (trials %.1f-%.1f s)\n", "foicheck ingest, fresh index", m, n / m, lo, hi
	print m >wallfile
	m = median(ic, k); b = median(ib, k); printf "%-40s %8.1f s CPU, %.2f cores busy\n", "", m, b
	m = median(wr, k); printf "%-40s %8.2fx (lowest %.2fx, highest %.2fx)  goal >= 1.5x: %s\n", "ratio ingest/pdftotext (wall)", m, lo, hi, (m >= 1.5 ? "met" : "NOT met")
	m = median(cr, k); printf "%-40s %8.2fx (lowest %.2fx, highest %.2fx)\n", "ratio ingest/pdftotext (CPU time)", m, lo, hi
	m = median(rw, k); printf "%-40s %8.2f s  (trials %.2f-%.2f s)  goal at 10000 letters < 5 s: %s\n", "re-ingest, nothing changed", m, lo, hi, (n < 10000 ? "n/a" : (m < 5 ? "met" : "NOT met"))
	m = median(im, k); mx = hi; printf "%-40s %8.1f MiB (highest %.1f)\n", "ingest max RSS, largest process", m / 1024, mx / 1024
	m = median(it, k); mx = hi; printf "%-40s %8.1f MiB (highest %.1f)  goal at 10000 letters < 256 MiB: %s\n", "ingest peak RSS, with workers (sampled)", m / 1024, mx / 1024, (n < 10000 ? "n/a" : (mx < 256 * 1024 ? "met" : "NOT met"))
	m = median(rm, k); printf "%-40s %8.1f MiB\n", "re-ingest max RSS", m / 1024
}' "$tmp/trials"

[ $have_ingest = yes ] || exit 0

# What the last trial's ingest said, and whether it is what it should be.
set -- $("$bj" ingested skipped responses questions failed <"$tmp/ingest.$trials.json")
ingested=$1 skipped=$2 responses=$3 questions=$4 failed=$5
set -- $("$bj" ingested skipped failed <"$tmp/reingest.json")
r_ingested=$1 r_skipped=$2 r_failed=$3
echo "ingest JSON: ingested $ingested, skipped $skipped, responses $responses, questions $questions, failed $failed; exit codes (ingest, re-ingest) by trial: $(cat "$tmp"/rc.* | tr '\n' ' ')"
echo "re-ingest JSON: ingested $r_ingested, skipped $r_skipped, failed $r_failed"
[ "$ingested" = "$n" ] || echo "warning: ingest read $ingested letters of $n" >&2
[ "$r_skipped" = "$n" ] || echo "warning: re-ingest skipped $r_skipped letters of $n (all were unchanged)" >&2
if [ "$failed" != 0 ]; then
	echo "failed files (first 10):"
	"$bj" -items failed <"$tmp/ingest.$trials.json" | head -10
fi
if [ -s "$tmp/ingest.$trials.err" ]; then
	echo "ingest stderr (first 10 lines):"
	head -10 "$tmp/ingest.$trials.err"
fi

# Questions: the ingest JSON's count, else parse every letter (cached).
case $questions in
'-' | '' | 0)
	qcache=$corpus.questions.$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
	if [ ! -s "$qcache" ]; then
		find "$corpus" -name 'letter-*.pdf' -print0 |
			xargs -0 -P "$cores" -I{} sh -c '"$1" parse --format json "$3" | "$2" questions' _ "$fc" "$bj" {} |
			awk '{ s += $1 } END { print s }' >"$qcache"
	fi
	questions=$(cat "$qcache")
	;;
esac
bytes=$(du -sb "$tmp/idx" | awk '{ print $1 }')
awk -v b="$bytes" -v q="$questions" -v w="$(cat "$tmp/ingest.wall")" 'BEGIN {
	printf "%-40s %8.1f MiB for %d questions: %.0f bytes/question  goal <= 1536: %s\n", "index size on disk", b / 1048576, q, b / q, (b / q <= 1536 ? "met" : "NOT met")
	printf "%-40s %8.0f questions/s (median fresh ingest, end to end)\n", "ingest question documents", q / w
}'

# bleve alone on question documents, for scale (written in package index).
if grep -qs 'func BenchmarkBleveBatch' index/*_test.go; then
	go test -run '^$' -bench 'Benchmark(Bleve|Index)Batch$' -benchtime 3x ./index 2>&1 |
		awk '/^Benchmark/ { for (i = 1; i < NF; i++) if ($(i + 1) == "questions/s") printf "%-40s %8.0f questions/s (go test, %s ns/op)\n", $1, $i, $3 }'
else
	echo "BenchmarkBleveBatch: not in this tree (index/*_test.go); skipped"
fi
