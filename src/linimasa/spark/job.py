"""The Spark job: pages in, Parquet tables out.

1. Input files (any Hadoop path: local, hdfs://, s3a://) are read by Spark's binary-file source,
   spread evenly over the cluster (`repartition`: packed small files make skewed partitions), and
   analysed in `mapPartitions` by `linimasa.pipeline.process` (models loaded once per Python worker;
   JSONL and WARC files expand into records inside the worker). A bad file or record becomes a row of
   `failures`, never a failed task. The analysed rows are persisted once and split into the tables.
2. Pages repeated byte for byte are stored once (the first by input order), as in the SQLite store.
3. The cross-article steps (`cross.py`) read the written `articles` table back: `duplicates`,
   `canonical_entities`, `timeline_entries`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from linimasa import ingest
from linimasa.spark import cross, rows
from linimasa.spark.schemas import PER_ARTICLE, columns, spark_schema


@dataclass
class Summary:
    articles: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    failure_count: int = 0
    tables: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each step, for bench/spark.py

    def step(self, name: str) -> None:
        import time

        now = time.perf_counter()
        self.seconds[name] = now - self.seconds.pop("_mark", now)
        self.seconds["_mark"] = now


def session(master: str | None = None, app: str = "linimasa", partitions: int | None = None):
    """A SparkSession whose Python workers run this interpreter unless PYSPARK_PYTHON says otherwise."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@dataclass
class Root:
    index: int
    given: str       # as the user wrote it: sources are named after it, as on one machine
    qualified: str   # as Hadoop names it (file:/..., hdfs://...)
    is_dir: bool


def _roots(spark, inputs: list[str]) -> tuple[list[Root], list[tuple[str, str]]]:
    jvm, conf = spark._jvm, spark._jsc.hadoopConfiguration()
    roots, missing = [], []
    for index, given in enumerate(inputs):
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            missing.append((given, "no such file or directory"))
            continue
        shown = given if "://" in given else str(Path(given))
        roots.append(Root(index, shown, fs.makeQualified(path).toString(), fs.getFileStatus(path).isDirectory()))
    return roots, missing


def _hadoop_path(uri: str) -> str:
    return unquote(uri) if uri.startswith("file:") else uri


def _naming(roots: list[Root]):
    """path -> (source, input_order): sources as one machine names them, order as it reads them."""

    def name(path: str) -> tuple[str, str] | None:
        path = _hadoop_path(path)
        for r in roots:
            q = _hadoop_path(r.qualified).rstrip("/")
            if r.is_dir and path.startswith(q + "/"):
                rel = path[len(q) + 1:]
                source = f"{r.given.rstrip('/')}/{rel}"
                return source, f"{r.index:05d}\x00" + "\x00".join(PurePosixPath(rel).parts)
            if not r.is_dir and path == q:
                return r.given, f"{r.index:05d}\x00"
        return None

    return name


def _page_pattern() -> str:
    import re

    return "(?i)(" + "|".join(re.escape(s) for s in ingest.PAGE_SUFFIXES) + ")$"


def run(inputs: list[str], out: str, *, master: str | None = None, partitions: int | None = None,
        spark=None) -> Summary:
    """Analyse every page under `inputs` and write the tables under `out` (replacing earlier ones)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    own = spark is None
    summary = Summary()
    summary.step("_")
    spark = spark or session(master, partitions=partitions)
    sc = spark.sparkContext
    summary.step("start-up")
    try:
        roots, missing = _roots(spark, inputs)
        name = _naming(roots)
        partitions = partitions or max(2, sc.defaultParallelism * 4)
        sidecars: dict[str, dict] = {}
        if roots:
            loader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
            side = loader.option("pathGlobFilter", "*.meta.json").load([r.qualified for r in roots])
            for r in side.select("path", "content").collect():
                named = name(r.path)
                if named:
                    sidecars[named[0]] = rows.sidecar_fields(bytes(r.content))
            files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
                     .load([r.qualified for r in roots]).select("path", "content")
                     .where(F.col("path").rlike(_page_pattern())
                            | F.col("path").isin([r.qualified for r in roots if not r.is_dir])))
            pages = files.rdd.map(lambda r: (r.path, bytes(r.content))).repartition(partitions)
        else:
            pages = sc.emptyRDD()
        side_b = sc.broadcast(sidecars)

        def analyse_partition(items):
            from linimasa import parallel

            parallel.warm_up()
            known = side_b.value
            for path, data in items:
                named = name(path)
                if named is None:
                    continue
                source, order = named
                meta = next((known[s] for s in rows.sidecar_names(source) if s in known), {})
                for table, row in rows.analyse_file(data, source, order, meta):
                    # child rows carry their article's input order until exact duplicates are dropped
                    yield table, (row[2] if table == "articles" else None), row

        analysed = pages.mapPartitions(analyse_partition).persist(StorageLevel.MEMORY_AND_DISK)
        art_cols = columns("articles")
        hash_i, order_i = art_cols.index("content_hash"), art_cols.index("input_order")
        articles = analysed.filter(lambda t: t[0] == "articles").map(lambda t: t[2])
        # one pass: the first copy of each page (by input order) is kept; copies and failures are counted
        firsts = (analysed.filter(lambda t: t[0] in ("articles", "failures"))
                  .map(lambda t: (t[2][hash_i], (t[2][order_i], 1)) if t[0] == "articles" else ("\x00", ("", 1)))
                  .reduceByKey(lambda a, b: (min(a[0], b[0]), a[1] + b[1])).collectAsMap())
        failed = firsts.pop("\x00", ("", 0))[1]
        keep_b = sc.broadcast({order for order, _n in firsts.values()})
        summary.articles = len(firsts)
        summary.duplicates = sum(n for _o, n in firsts.values()) - len(firsts)

        def write(table: str, rdd, order: str | None = None) -> None:
            df = spark.createDataFrame(rdd, schema=spark_schema(table), verifySchema=False)
            df = df.orderBy(order) if order else df
            df.write.mode("overwrite").parquet(f"{out.rstrip('/')}/{table}")

        summary.step("analysis")
        # in input order: `ingest --parquet` then streams them into the store in the order one machine reads them
        write("articles", articles.filter(lambda r: r[order_i] in keep_b.value), order="input_order")
        # a child row belongs to the article written just before it in its partition's stream
        children = analysed.mapPartitions(_attach_order).filter(lambda t: t[1] in keep_b.value)
        for table in PER_ARTICLE[1:]:
            write(table, children.filter(lambda t, table=table: t[0] == table).map(lambda t: t[2]))
        failures = analysed.filter(lambda t: t[0] == "failures").map(lambda t: t[2])
        write("failures", failures.union(sc.parallelize(missing, 1)))
        summary.failure_count = failed + len(missing)
        summary.failures = missing + (failures.take(50) if failed else [])
        analysed.unpersist()
        summary.step("per-article tables")
        cross_article(spark, out, partitions, summary)
        summary.tables = list(TABLE_ORDER)
        summary.seconds.pop("_mark", None)
        summary.seconds.pop("_", None)
        return summary
    finally:
        if own:
            spark.stop()


TABLE_ORDER = ("articles", "timexes", "entities", "quotes", "events", "failures", "duplicates",
               "canonical_entities", "timeline_entries")


def _attach_order(items):
    order = None
    for table, own_order, row in items:
        if table == "articles":
            order = own_order
        elif table != "failures":
            yield table, order, row


def cross_article(spark, out: str, partitions: int, summary: Summary | None = None) -> None:
    """`duplicates`, `canonical_entities` and `timeline_entries` from the written `articles` table."""
    import json

    from linimasa.model import Article

    sc = spark.sparkContext
    base = out.rstrip("/")
    arts = spark.read.parquet(f"{base}/articles").select("id", "input_order", "minhash", "shingle_count", "json")

    # near-duplicates: candidate pairs from shared LSH bands, scored as the store scores them
    sigs = arts.rdd.map(lambda r: (r.id, (r.input_order, bytes(r.minhash), r.shingle_count))).persist()
    buckets = sigs.flatMap(lambda kv: [(b, (kv[1][0], kv[0])) for b in cross.band_keys(kv[1][1])]).groupByKey()
    pairs = buckets.flatMap(lambda kv: cross.bucket_pairs(kv[1])).distinct()
    scored = (pairs.join(sigs).map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
              .join(sigs)
              .map(lambda kv: (kv[1][0][0], (kv[0], kv[1][1][0],
                                             cross.pair_score(kv[1][0][1][1], kv[1][0][1][2], kv[1][1][1], kv[1][1][2]))))
              .filter(lambda kv: kv[1][2] is not None))
    # the best earlier page; on a tie the earliest
    best = scored.reduceByKey(lambda a, b: a if (a[2], _neg(a[1])) >= (b[2], _neg(b[1])) else b)
    dup_rows = best.map(lambda kv: (kv[0], kv[1][0], kv[1][2])).collect()  # one per near-duplicate page: few
    spark.createDataFrame(sc.parallelize(dup_rows, 1), schema=spark_schema("duplicates"), verifySchema=False) \
        .write.mode("overwrite").parquet(f"{base}/duplicates")
    groups_b = sc.broadcast(cross.source_groups((a, b) for a, b, _s in dup_rows))
    sigs.unpersist()
    if summary:
        summary.step("duplicates")

    # canonical entities: blocks of shared name keys, merged by canonical.merge
    def entity_article(r):
        d = json.loads(r.json)
        return r.input_order, Article.from_dict({"source": d["source"], "id": d["id"], "entities": d["entities"]})

    ent_arts = arts.rdd.map(entity_article).filter(lambda oa: oa[1].entities).persist()
    blocks = cross.KeyBlocks()
    for keys in ent_arts.flatMap(lambda oa: [tuple(sorted(cross.entity_keys(e))) for e in oa[1].entities]) \
            .distinct().collect():
        blocks.join(keys)
    root_b = sc.broadcast(blocks.roots())
    merged = (ent_arts.flatMap(lambda oa: [(b, oa) for b in cross.article_blocks(oa[1], root_b.value)])
              .groupByKey(partitions)
              .flatMap(lambda kv: cross.merge_block(kv[0], [a for _o, a in sorted(kv[1], key=lambda oa: oa[0])],
                                                    root_b.value)))
    ranked = merged.sortBy(cross.order_key).zipWithIndex().map(lambda ci: (ci[0]["id"], (ci[1], ci[0])))
    canon_rows = ranked.groupByKey().flatMap(_suffix_ids)
    canon_df = spark.createDataFrame(canon_rows, schema=spark_schema("canonical_entities"), verifySchema=False)
    canon_df.write.mode("overwrite").parquet(f"{base}/canonical_entities")
    ent_arts.unpersist()
    if summary:
        summary.step("canonical entities")

    # timeline: canonical names per article, then one `timeline.build` per event date
    canon = spark.read.parquet(f"{base}/canonical_entities").rdd.flatMap(_alias_rows) \
        .reduceByKey(min).map(lambda kv: (kv[0][0], (kv[0][1], kv[1][2]))).groupByKey().mapValues(dict)

    def event_article(r):
        d = json.loads(r.json)
        return d["id"], (r.input_order, Article.from_dict({k: d[k] for k in ("source", "id", "title", "body", "outlet", "url", "quotes",
                                                                               "published", "events")}))

    light = (arts.rdd.map(event_article).leftOuterJoin(canon)
             .map(lambda kv: (kv[1][0][0], cross.canonical_events(kv[1][0][1], kv[1][1] or {}))).persist())
    groups = groups_b
    dated = (light.flatMap(lambda oa: [(day, oa) for day in cross.event_dates(oa[1])])
             .groupByKey(partitions)
             .flatMap(lambda kv: [((e["date"], -e["salience"], i), e) for i, e in enumerate(cross.timeline_block(
                 kv[0], [a for _o, a in sorted(kv[1], key=lambda oa: oa[0])], groups.value))]))
    undated = light.flatMap(lambda oa: [(("\U0010ffff", oa[0], i), u) for i, u in enumerate(cross.undated_of(oa[1]))])
    entries = dated.union(undated).sortByKey().values().zipWithIndex().map(_timeline_row)
    spark.createDataFrame(entries, schema=spark_schema("timeline_entries"), verifySchema=False) \
        .write.mode("overwrite").parquet(f"{base}/timeline_entries")
    light.unpersist()
    if summary:
        summary.step("timeline")


def _neg(order: str) -> tuple:
    return tuple(-ord(c) for c in order)


def _suffix_ids(kv):
    """Two different entities with one slug keep distinct ids: the second -2, the third -3 (as merge does)."""
    base, members = kv
    for n, (rank, c) in enumerate(sorted(members, key=lambda m: m[0]), 1):
        yield (base if n == 1 else f"{base}-{n}", c["name"], c["type"], c["aliases"], c["roles"], c["mentions"],
               c["articles"], rank)


def _alias_rows(r):
    from linimasa.timeline import _fold

    for aid in r.articles:
        for i, alias in enumerate(r.aliases):
            yield (aid, _fold(alias)), (r.rank, i, r.name)


def _timeline_row(entry_pos):
    e, pos = entry_pos
    undated = "hint" in e and "date" not in e
    sources = [(s["article"], s["source"], s["title"], s["sentence"], s.get("outlet"), s.get("published"),
                s.get("url"), s.get("group")) for s in e["sources"]]
    return (pos, undated, e.get("date"), e.get("precision"), e["summary"], e.get("type"), e["participants"],
            e["location"], sources, e.get("background", False) if not undated else None,
            e.get("salience") if not undated else None, e.get("hint"))
