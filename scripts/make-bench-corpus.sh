#!/bin/sh
# make-bench-corpus.sh N DIR makes DIR/letter-00000.pdf ... letter-(N-1).pdf,
# generated FOI response letters of 2 to 4 pages, for benchmarking ingest.
#
# scripts/benchcorpus writes each letter as Flat ODT from a fixed seed, so
# the text of letter i is the same on every run and in every corpus size;
# LibreOffice prints it to PDF, as many authorities' letters are made.
# LibreOffice stamps the time and a document id into each PDF, so the
# files' bytes (and sha256) differ from run to run; the text does not.
#
# Every letter of a 10,000-letter corpus is a LibreOffice PDF. One soffice
# under nice, converting batches of 100 per start-up, made 1,000 letters
# in 65 s on an idle 2-core machine and in 130-160 s on a busy one (the
# 10,000 in 22 minutes). That is paid once, as the corpus is cached, so no
# cheaper kind of letter is mixed in.
#
# It is a cache: letters already in DIR are kept and only the missing ones
# are made, so an interrupted run resumes and a DIR that already holds the
# N letters costs nothing. Letters are moved into DIR only when whole.
#
# Needs: go, LibreOffice (soffice, e.g. Debian libreoffice-writer-nogui),
# fonts-liberation; pdfinfo (poppler-utils) for the page check.
# Environment: BENCH_SOFFICE_BATCH files per soffice run (default 100;
# soffice silently drops files beyond about 240 on one command line).
set -eu

[ $# -eq 2 ] || { echo "usage: $0 N DIR" >&2; exit 2; }
n=$1
dir=$2
case $n in '' | *[!0-9]*) echo "make-bench-corpus.sh: N must be a number" >&2; exit 2 ;; esac
batch=${BENCH_SOFFICE_BATCH:-100}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

count() { find "$dir" -maxdepth 1 -name 'letter-*.pdf' | wc -l | tr -d ' '; }

have=$(count)
if [ "$have" -gt "$n" ]; then
	echo "make-bench-corpus.sh: $dir holds $have letters, more than $n; use another directory" >&2
	exit 2
fi
# Only letter-00000 .. letter-(N-1) are ever written, so N files means the
# corpus is complete.
[ "$have" -eq "$n" ] && exit 0

command -v soffice >/dev/null || { echo "make-bench-corpus.sh: soffice (LibreOffice) not found" >&2; exit 2; }
command -v go >/dev/null || { echo "make-bench-corpus.sh: go not found" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/src" "$work/pdf"
(cd "$root" && go build -o "$work/benchcorpus" ./scripts/benchcorpus)

start=$(date +%s)
"$work/benchcorpus" -out "$work/src" -n "$n"
# Keep the sources of the letters still to make.
for f in "$work"/src/*.fodt; do
	b=${f##*/}
	b=${b%.fodt}
	[ ! -f "$dir/$b.pdf" ] || rm "$f"
done
todo=$(find "$work/src" -name '*.fodt' | wc -l | tr -d ' ')
echo "make-bench-corpus.sh: $todo letters to make in $dir" >&2

# soffice now and then stops part way through a batch without an error;
# what it did not convert is tried again, up to three passes in all.
pass=1
while [ "$todo" -gt 0 ] && [ $pass -le 3 ]; do
	# A private profile: soffice refuses to run beside another instance
	# sharing one, such as a desktop session. nice: generation is
	# background work on a shared machine. Names are relative (cd) to keep
	# each command line short.
	(cd "$work/src" && ls | xargs -n "$batch" sh -c '
		work=$0 dir=$1
		shift
		timeout 900 nice -n 19 soffice "-env:UserInstallation=file://$work/profile" \
			--headless --norestore --convert-to pdf --outdir "$work/pdf" "$@" \
			>/dev/null 2>&1 || true
		for f in "$@"; do
			b=${f%.fodt}
			if [ -s "$work/pdf/$b.pdf" ]; then
				mv "$work/pdf/$b.pdf" "$dir/$b.pdf.part"
				mv "$dir/$b.pdf.part" "$dir/$b.pdf"
				rm "$f"
			fi
		done' "$work" "$dir")
	todo=$(find "$work/src" -name '*.fodt' | wc -l | tr -d ' ')
	pass=$((pass + 1))
done
if [ "$todo" -gt 0 ]; then
	echo "make-bench-corpus.sh: LibreOffice did not convert $todo letters" >&2
	exit 1
fi
end=$(date +%s)
secs=$((end - start))
made=$(($(count) - have))
echo "make-bench-corpus.sh: made $made letters in ${secs}s" >&2

# Every letter must be distinct, or ingest would skip some as duplicates.
dups=$(cd "$dir" && find . -maxdepth 1 -name 'letter-*.pdf' -exec sha256sum {} + | awk '{print $1}' | sort | uniq -d | wc -l | tr -d ' ')
if [ "$dups" -ne 0 ]; then
	echo "make-bench-corpus.sh: $dups files in $dir share a sha256 with another" >&2
	exit 1
fi
# The letters are meant to run to 2-4 pages; check a sample of them.
if command -v pdfinfo >/dev/null; then
	i=0
	while [ $i -lt "$n" ]; do
		f=$(printf '%s/letter-%05d.pdf' "$dir" $i)
		p=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
		case $p in 2 | 3 | 4) ;; *) echo "make-bench-corpus.sh: warning: $f has ${p:-no} pages" >&2 ;; esac
		i=$((i + 97))
	done
fi
