#!/usr/bin/env bash
# Corpus benchmark: builds corpora of 10 MB and 100 MB (and 1 GB with --large) by repeating
# real French text (seeds/ and, when present, ../shared/corpus/eltec-fra cut into news-sized
# articles), runs the release binary on each with -j 1 and -j 2, and prints a markdown table
# of MB/s, articles/s and peak resident memory (median of --runs runs), beside a scan-only
# baseline (read, decode, fold, gazetteer automaton; benches/scan.rs) and the ratio of the
# full pipeline's time to it. Also times startup on one short article.
#
# usage: scripts/bench_corpus.sh [--large] [--runs N] [--sizes "10 100"] [--jobs "1 2"]
# Corpora and outputs go under $BENCH_DIR (default /tmp/depeche-bench), never in the repo.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="10 100"
jobs="1 2"
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --large) sizes="$sizes 1000" ;;
        --runs) runs="$2"; shift ;;
        --sizes) sizes="$2"; shift ;;
        --jobs) jobs="$2"; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "bench_corpus: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if [ ! -x /usr/bin/time ]; then
    echo "bench_corpus: needs GNU time (/usr/bin/time): apt-get install -y time" >&2
    exit 2
fi

work="${BENCH_DIR:-/tmp/depeche-bench}"
mkdir -p "$work"
eltec="../shared/corpus/eltec-fra/eltec-fra.chapters.jsonl"
if [ ! -f "$eltec" ]; then
    echo "bench_corpus: $eltec not found: building corpora from seeds/ alone" >&2
    eltec=""
fi

cargo build --release --quiet
# Wherever cargo puts its builds (CARGO_TARGET_DIR, a .cargo/config.toml, or target/).
target_dir=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
depeche="$target_dir/release/depeche"
scan=$(cargo bench --bench scan --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "scan" and m.get("executable"):
        print(m["executable"])')

# corpus SIZE_MB → $work/corpus-SIZE: JSONL shards of at most 64 MB, articles of 1–6 KB.
make_corpus() {
    local mb="$1" dir="$work/corpus-$1"
    if [ -f "$dir/.complete" ]; then return; fi
    rm -rf "$dir" && mkdir -p "$dir"
    python3 - "$mb" "$dir" "$eltec" <<'PY'
import glob, json, os, sys
mb, out, eltec = int(sys.argv[1]), sys.argv[2], sys.argv[3]
pool = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
if eltec:
    for line in open(eltec, encoding="utf-8"):
        paragraphs, size = [], 0
        for p in json.loads(line)["text"].split("\n"):
            paragraphs.append(p)
            size += len(p.encode())
            if size > 4000:
                pool.append("\n".join(paragraphs))
                paragraphs, size = [], 0
        if size > 1000:
            pool.append("\n".join(paragraphs))
target, written, count, shard, f = mb * 1_000_000, 0, 0, 0, None
while written < target:
    if f is None or f.tell() > 64_000_000:
        if f: f.close()
        f = open(os.path.join(out, f"part-{shard:03}.jsonl"), "w", encoding="utf-8")
        shard += 1
    text = pool[count % len(pool)]
    line = json.dumps({"id": f"a{count}", "text": text}, ensure_ascii=False) + "\n"
    f.write(line)
    written += len(line.encode())
    count += 1
f.close()
open(os.path.join(out, ".articles"), "w").write(str(count))
PY
    touch "$dir/.complete"
}

# measure CMD... → "seconds max_rss_kb" of one run
measure() {
    local log="$work/time.log"
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; return 1; }
    python3 - "$log" <<'PY'
import re, sys
log = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", log).group(1)
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", log).group(1)
print(seconds, rss)
PY
}

# median_of N CMD... → "median_seconds median_rss_kb"
median_of() {
    local n="$1"; shift
    for _ in $(seq "$n"); do measure "$@"; done | python3 -c 'import statistics, sys
rows = [line.split() for line in sys.stdin]
print(statistics.median(float(r[0]) for r in rows), statistics.median(int(r[1]) for r in rows))'
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "median of $runs runs; MB = 10^6 bytes of JSONL input; full = depeche with the built-in gazetteers, JSONL and CSV written"
echo
startup_dir="$work/startup" && mkdir -p "$startup_dir"
head -c 600 seeds/000_*.txt > "$startup_dir/one.txt"
read -r startup _ < <(median_of "$runs" "$depeche" -q -o "$work/out-startup" "$startup_dir/one.txt")
echo "startup (one 600-byte article, whole process): $(awk -v s="$startup" 'BEGIN { printf "%.0f ms", s * 1000 }')"
echo
echo "| corpus | articles | -j | full MB/s | articles/s | peak RSS MB | scan MB/s | scan RSS MB | full/scan time |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for mb in $sizes; do
    make_corpus "$mb"
    dir="$work/corpus-$mb"
    bytes=$(cat "$dir"/*.jsonl | wc -c)
    articles=$(cat "$dir/.articles")
    for j in $jobs; do
        read -r full rss < <(median_of "$runs" "$depeche" -q -j "$j" -o "$work/out" "$dir")
        read -r base base_rss < <(median_of "$runs" "$scan" -j "$j" "$dir")
        awk -v mb="$mb" -v n="$articles" -v j="$j" -v b="$bytes" -v t="$full" -v r="$rss" \
            -v s="$base" -v sr="$base_rss" 'BEGIN {
            printf "| %d MB | %d | %d | %.1f | %.0f | %.0f | %.1f | %.0f | %.1f |\n",
                mb, n, j, b / 1e6 / t, n / t, r / 1024, b / 1e6 / s, sr / 1024, t / s }'
    done
done
