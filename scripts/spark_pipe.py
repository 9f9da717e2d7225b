"""A Spark job that runs depeche over a JSONL corpus: reads the corpus as text lines, pipes
each partition through the depeche binary with RDD.pipe (`depeche - --out -`: one JSON answer
per article line), and saves the answers as text files, one part per partition.

Submit it with the binary shipped to the executors:

    spark-submit --master local[2] --files target/release/depeche \\
        scripts/spark_pipe.py CORPUS OUTPUT_DIR [--partitions N] [--threads N]

Prints one JSON line on stdout: the number of partitions and the seconds the job took inside
the running Spark context (without the start of the JVM and of the context).
"""

import argparse
import json
import os
import shlex
import time

from pyspark import SparkContext, SparkFiles


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="a JSONL file, a folder of them, or a glob")
    parser.add_argument("output", help="folder for the answers (must not exist)")
    parser.add_argument("--partitions", type=int, default=2, help="at least this many")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="depeche workers per partition: Spark already runs one task per core",
    )
    parser.add_argument("--binary", default="depeche", help="the name given to --files")
    parser.add_argument(
        "--through-cat",
        action="store_true",
        help="pipe through cat instead: Spark's own cost of reading, piping and writing",
    )
    args = parser.parse_args()

    sc = SparkContext(appName="depeche")
    sc.setLogLevel("WARN")
    # In local mode the shipped files stay in the driver's folder, which SparkFiles names;
    # on a cluster, --files puts them in each executor's working directory.
    if sc.master.startswith("local"):
        binary = SparkFiles.get(args.binary)
    else:
        binary = "./" + args.binary
    command = [binary, "-", "--out", "-", "-q", "-j", str(args.threads)]
    if args.through_cat:
        command = ["cat"]

    lines = sc.textFile(os.path.abspath(args.corpus), minPartitions=args.partitions)
    started = time.monotonic()
    # checkCode: a depeche that exits with an error fails the task instead of passing
    # silently. depeche exits 0 whatever the articles: their failures are in the answers.
    answers = lines.pipe(shlex.join(command), checkCode=True)
    answers.saveAsTextFile(os.path.abspath(args.output))
    seconds = time.monotonic() - started
    report = {
        "partitions": lines.getNumPartitions(),
        "seconds": round(seconds, 3),
        "master": sc.master,
        "command": command,
    }
    sc.stop()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
