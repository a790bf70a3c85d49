"""`linimasa spark INPUT... --out DIR [--master local[N]|spark://HOST:PORT|yarn]`: the batch mode on Spark."""

from __future__ import annotations

import re

from linimasa.cli.output import error

_MASTER = re.compile(r"local(\[(\d+|\*)(,\d+)?\])?|(spark|mesos|k8s)://\S+|yarn")


def register(sub) -> None:
    p = sub.add_parser("spark", help="batch mode on Apache Spark: Parquet tables for corpora of millions")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files or directories, any Hadoop path (local, hdfs://, s3a://): txt/html/jsonl/warc/tml")
    p.add_argument("--out", required=True, metavar="DIR", help="output directory of the Parquet tables (replaced)")
    p.add_argument("--master", metavar="URL",
                   help="local[N], spark://HOST:PORT or yarn (default: what spark-submit gives, else local[*])")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="partitions the pages are spread over (default: 4 per core of the cluster)")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.master and not _MASTER.fullmatch(args.master):
        error(f"--master: not a Spark master URL: {args.master!r} (local[N], spark://HOST:PORT, yarn)")
        return 2
    if args.partitions is not None and args.partitions < 1:
        error(f"--partitions must be 1 or more, not {args.partitions}")
        return 2
    try:
        from linimasa.spark import job
    except ImportError as exc:
        error(f"the Spark batch mode needs the 'spark' extra (pip install 'linimasa[spark]'): {exc}")
        return 2
    import os

    # under spark-submit (it starts this driver with a gateway) the master comes from its --master
    master = args.master or (None if os.environ.get("PYSPARK_GATEWAY_PORT") else "local[*]")
    summary = job.run(args.inputs, args.out, master=master, partitions=args.partitions)
    for source, reason in summary.failures:
        error(f"{source}: {reason}")
    if summary.failure_count > len(summary.failures):
        error(f"... and {summary.failure_count - len(summary.failures)} more failures: see {args.out}/failures")
    tables = ", ".join(summary.tables)
    import sys

    # where the time went: start-up is Spark's fixed cost, the rest grows with the pages
    print("seconds: " + ", ".join(f"{step} {secs:.1f}" for step, secs in summary.seconds.items()), file=sys.stderr)
    print(f"{summary.articles} articles, {summary.duplicates} duplicate, {summary.failure_count} failed; "
          f"tables in {args.out}: {tables}")
    return 1 if summary.failure_count else 0
