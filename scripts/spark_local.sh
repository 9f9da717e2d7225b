#!/usr/bin/env bash
# depeche on a real Spark engine, checked: makes a Python virtual environment with pyspark
# (and installs Java from Debian's packages when no Java that Spark 3.5 runs on is there),
# builds the release binary, submits scripts/spark_pipe.py in local mode (local[2]) over a
# JSONL corpus, which pipes every partition through `depeche - --out -` with RDD.pipe, then
# checks that the records Spark wrote, un-nested, are the very records a plain run of depeche
# writes for the same corpus (compared as sorted lists of canonical JSON lines).
#
# usage: scripts/spark_local.sh [--large] [--runs N]
#   default  a small corpus: the seeds, ../shared/corpus/frwikinews-2012 when present, and
#            one line without text (an error record); about a minute with the install
#   --large  the 100 MB corpus of scripts/bench_corpus.sh (built by it when missing), and the
#            throughput of the Spark run beside the plain runs', median of --runs runs
#
# The only skip: when the package registry cannot be reached to install pyspark, the script
# says so and exits 0. Any other failure exits non-zero.
# Environment: DEPECHE_SPARK_VENV (default scripts/.venv-spark), SPARK_WORK (default
# /tmp/depeche-spark: corpora, outputs, logs), BENCH_DIR (where bench_corpus.sh keeps its
# corpora), CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

# Spark 3.5 runs on Java 8, 11 and 17, and on Python 3.8 and later.
PYSPARK_VERSION=3.5.9
venv="${DEPECHE_SPARK_VENV:-scripts/.venv-spark}"
work="${SPARK_WORK:-/tmp/depeche-spark}"
large=false
runs=1
while [ $# -gt 0 ]; do
    case "$1" in
        --large) large=true ;;
        --runs) runs="$2"; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "spark_local: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
say() { echo "spark_local: $*" >&2; }

# --- Java -------------------------------------------------------------------------------
java_major() { # JAVA → its major version (8 for 1.8)
    "$1" -version 2>&1 | sed -n 's/.*version "\([0-9.]*\).*/\1/p' | head -1 |
        awk -F. '{ print ($1 == 1) ? $2 : $1 }'
}
runs_spark() { case "$(java_major "$1")" in 8|11|17) return 0 ;; *) return 1 ;; esac; }
find_java() {
    if [ -n "${JAVA_HOME:-}" ] && runs_spark "$JAVA_HOME/bin/java"; then return 0; fi
    if command -v java >/dev/null && runs_spark java; then
        JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
        return 0
    fi
    for home in /usr/lib/jvm/*; do
        if [ -x "$home/bin/java" ] && runs_spark "$home/bin/java"; then
            JAVA_HOME="$home"
            return 0
        fi
    done
    return 1
}
apt_updated=false
apt_install() { # PACKAGE WHY: installs a package from Debian's packages
    say "$2: installing $1 from Debian's packages"
    $apt_updated || apt-get update -qq
    apt_updated=true
    apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}
if ! find_java; then
    apt_install openjdk-17-jre-headless "no Java 8, 11 or 17"
    find_java || { say "Java 17 did not install"; exit 1; }
fi
export JAVA_HOME
say "Java $(java_major "$JAVA_HOME/bin/java") at $JAVA_HOME"

# --- pyspark ----------------------------------------------------------------------------
has_pyspark() {
    [ -x "$venv/bin/python" ] &&
        "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null
}
if ! has_pyspark; then
    # The index pip is configured with, else its default; a network failure to reach it is
    # the one reason to skip. An answer of any kind means it is there.
    index="${PIP_INDEX_URL:-$(python3 -m pip config get global.index-url 2>/dev/null || true)}"
    index="${index:-$(python3 -c 'from pip._internal.models.index import PyPI; print(PyPI.simple_url)')}"
    if ! python3 - "$index" <<'PY'
import sys, urllib.error, urllib.request
url = sys.argv[1].rstrip("/") + "/pyspark/"
try:
    urllib.request.urlopen(url, timeout=30).read(1)
except urllib.error.HTTPError as e:
    if e.code >= 500:
        print(f"{url}: HTTP {e.code}", file=sys.stderr)
        sys.exit(1)
except (urllib.error.URLError, OSError) as e:
    print(f"{url}: {e}", file=sys.stderr)
    sys.exit(1)
PY
    then
        say "SKIPPED: the package registry cannot be reached, so pyspark cannot be installed;" \
            "the Spark check did not run"
        exit 0
    fi
    say "installing pyspark $PYSPARK_VERSION into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pyspark==$PYSPARK_VERSION"
    has_pyspark || { say "pyspark $PYSPARK_VERSION did not install into $venv"; exit 1; }
fi

# --- depeche ----------------------------------------------------------------------------
cargo build --release --quiet
# Wherever cargo puts its builds (CARGO_TARGET_DIR, a .cargo/config.toml, or target/).
target_dir=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
depeche="$target_dir/release/depeche"
mkdir -p "$work"

# --- the corpus -------------------------------------------------------------------------
if $large; then
    corpus="${BENCH_DIR:-/tmp/depeche-bench}/corpus-100"
    if [ ! -f "$corpus/.complete" ]; then
        say "building the 100 MB corpus with scripts/bench_corpus.sh"
        scripts/bench_corpus.sh --sizes 100 --jobs 2 --runs 1
    fi
else
    corpus="$work/small"
    rm -rf "$corpus" && mkdir -p "$corpus"
    python3 - "$corpus/corpus.jsonl" <<'PY'
import glob, json, os, sys
lines = []
for path in sorted(glob.glob("seeds/*.txt")):
    text = open(path, encoding="utf-8").read()
    lines.append(json.dumps({"id": os.path.basename(path), "text": text}, ensure_ascii=False))
# A line without text: an error record in both runs.
lines.append(json.dumps({"id": "sans-texte", "title": "Un titre seul"}, ensure_ascii=False))
news = "../shared/corpus/frwikinews-2012/articles.jsonl"
if os.path.exists(news):
    lines.extend(line.rstrip("\n") for line in open(news, encoding="utf-8") if line.strip())
else:
    print(f"spark_local: {news} not found: the corpus is the seeds alone", file=sys.stderr)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(line + "\n" for line in lines))
PY
fi
bytes=$(cat "$corpus"/*.jsonl | wc -c)
lines=$(cat "$corpus"/*.jsonl | wc -l)
say "corpus $corpus: $lines lines, $bytes bytes; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- the runs ---------------------------------------------------------------------------
now() { date +%s.%N; }
# Where a cgroup can be made (root, with cgroup v1's cpuacct or v2), this script moves into
# it, and it counts the CPU time of everything run from here on: for Spark, the JVM, its
# Python workers and the depeche processes they start. The runs are one after the other, so
# the difference across a run is that run's.
cpu_group=""
for base in /sys/fs/cgroup /sys/fs/cgroup/unified /sys/fs/cgroup/cpuacct; do
    dir="$base/depeche-spark-$$"
    if mkdir "$dir" 2>/dev/null; then
        if { [ -f "$dir/cpu.stat" ] || [ -f "$dir/cpuacct.usage" ]; } &&
            echo $$ >"$dir/cgroup.procs" 2>/dev/null; then
            cpu_group="$dir"
            trap 'echo $$ >"$base/cgroup.procs"; rmdir "$cpu_group" 2>/dev/null || true' EXIT
            break
        fi
        rmdir "$dir"
    fi
done
cpu_used() {
    if [ -f "$cpu_group/cpuacct.usage" ]; then
        awk '{ printf "%.3f", $1 / 1e9 }' "$cpu_group/cpuacct.usage"
    else
        awk '$1 == "usage_usec" { printf "%.3f", $2 / 1e6 }' "$cpu_group/cpu.stat"
    fi
}
# timed NAME CMD...: runs CMD, appends its wall seconds to NAME.wall and, with a cgroup, its
# CPU seconds to NAME.cpu.
timed() {
    local name="$1" status=0 start before
    shift
    start=$(now)
    [ -z "$cpu_group" ] || before=$(cpu_used)
    "$@" || status=$?
    [ -z "$cpu_group" ] ||
        awk -v a="$before" -v b="$(cpu_used)" 'BEGIN { printf "%.2f\n", b - a }' >>"$work/$name.cpu"
    awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f\n", b - a }' >>"$work/$name.wall"
    return $status
}
spark() { # OUTPUT ARGS...: submits the job in local mode
    local output="$1"
    shift
    SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$(cd "$venv" && pwd)/bin/python" \
        "$venv/bin/spark-submit" --master 'local[2]' --files "$depeche" \
        --conf spark.ui.enabled=false --conf spark.local.dir="$work/tmp" \
        scripts/spark_pipe.py "$corpus" "$output" "$@"
}
rm -f "$work"/*.wall "$work"/*.cpu
for run in $(seq "$runs"); do
    rm -rf "$work/plain"
    status=0
    timed plain "$depeche" -q -j 2 --format jsonl -o "$work/plain" "$corpus" 2>"$work/plain.log" || status=$?
    # 1: some lines failed, as the small corpus's line without text does.
    [ "$status" -le 1 ] || { cat "$work/plain.log" >&2; say "the plain run failed ($status)"; exit 1; }

    if $large; then
        cat "$corpus"/*.jsonl | timed stream "$depeche" - --out - -q -j 2 >"$work/stream.jsonl"
    fi

    rm -rf "$work/spark"
    if ! timed spark spark "$work/spark" >"$work/spark-report.json" 2>"$work/spark.log"; then
        tail -40 "$work/spark.log" >&2
        say "the Spark job failed (whole log: $work/spark.log)"
        exit 1
    fi
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["seconds"])' \
        "$work/spark-report.json" >>"$work/job.wall"
    if $large; then
        # The same job through cat: what Spark itself costs.
        rm -rf "$work/spark-cat"
        timed cat spark "$work/spark-cat" --through-cat >"$work/cat-report.json" 2>"$work/spark-cat.log" ||
            { tail -40 "$work/spark-cat.log" >&2; say "the Spark job through cat failed"; exit 1; }
        python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["seconds"])' \
            "$work/cat-report.json" >>"$work/catjob.wall"
        rm -rf "$work/spark-cat"
    fi
    say "run $run: plain $(tail -1 "$work/plain.wall") s, spark-submit $(tail -1 "$work/spark.wall") s" \
        "(job $(tail -1 "$work/job.wall") s)"
done

# --- the check --------------------------------------------------------------------------
python3 - "$work/spark" "$work/plain" "$lines" <<'PY'
import collections, glob, json, os, sys
spark_dir, plain_dir, lines = sys.argv[1], sys.argv[2], int(sys.argv[3])

def canon(record):
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

def error_key(error):
    # Spark names a line by its number within its partition, a file run within its file.
    return canon({"stage": error["stage"], "message": error["message"]})

spark = collections.defaultdict(list)
answers = 0
for path in sorted(glob.glob(os.path.join(spark_dir, "part-*"))):
    for line in open(path, encoding="utf-8"):
        answer = json.loads(line)
        answers += 1
        if "error" in answer:
            spark["errors"].append(error_key(answer["error"]))
        else:
            spark["articles"].append(canon(answer["article"]))
            spark["entities"].extend(canon(e) for e in answer["entities"])
            spark["quotes"].extend(canon(q) for q in answer["quotes"])

plain = collections.defaultdict(list)
for kind in ("articles", "entities", "quotes", "errors"):
    for line in open(os.path.join(plain_dir, kind + ".jsonl"), encoding="utf-8"):
        record = json.loads(line)
        plain[kind].append(error_key(record) if kind == "errors" else canon(record))

failed = answers != lines
if failed:
    print(f"spark_local: {answers} answers for {lines} input lines", file=sys.stderr)
for kind in ("articles", "entities", "quotes", "errors"):
    got, want = sorted(spark[kind]), sorted(plain[kind])
    if got != want:
        failed = True
        extra = collections.Counter(got) - collections.Counter(want)
        missing = collections.Counter(want) - collections.Counter(got)
        print(f"spark_local: {kind} differ: {sum(extra.values())} only from Spark, "
              f"{sum(missing.values())} only from the plain run", file=sys.stderr)
        for record in list(extra)[:2]:
            print(f"  Spark only: {record[:300]}", file=sys.stderr)
        for record in list(missing)[:2]:
            print(f"  plain only: {record[:300]}", file=sys.stderr)
counts = ", ".join(f"{len(plain[k])} {k}" for k in ("articles", "entities", "quotes", "errors"))
if failed:
    sys.exit(f"spark_local: FAILED: Spark's records are not the plain run's ({counts})")
print(f"spark_local: OK: Spark's {answers} answers hold the same records as the plain run: {counts}")
PY

# --- throughput -------------------------------------------------------------------------
$large || exit 0
median() { python3 -c 'import statistics, sys; print(statistics.median(float(x) for x in open(sys.argv[1])))' "$work/$1"; }
row() { # LABEL NAME: a table row of NAME's median wall and CPU seconds
    local wall cpu
    wall=$(median "$2.wall")
    cpu=$( [ -f "$work/$2.cpu" ] && median "$2.cpu" || echo "")
    awk -v l="$1" -v b="$bytes" -v w="$wall" -v c="$cpu" 'BEGIN {
        printf "| %s | %.1f | %.1f | %s | %s |\n", l, w, b / 1e6 / w,
            c == "" ? "" : sprintf("%.1f", c), c == "" ? "" : sprintf("%.1f", b / 1e6 / c) }'
}
partitions=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["partitions"])' "$work/spark-report.json")
echo "machine: $(nproc) cores, load average after the runs $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $lines lines, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'); median of $runs run(s)"
echo
echo "| run | wall s | MB/s | CPU s | MB per CPU s |"
echo "|---|---:|---:|---:|---:|"
row "depeche -j 2, record files (JSONL)" plain
if $large; then
    row "depeche - --out - -j 2, one stream" stream
fi
row "Spark local[2], RDD.pipe, $partitions partitions, -j 1 each: whole spark-submit" spark
row "the same, the job alone (Spark context already up)" job
row "Spark local[2], RDD.pipe through cat: whole spark-submit" cat
row "the same, the job alone" catjob
