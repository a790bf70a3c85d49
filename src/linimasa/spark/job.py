"""The Spark job: pages in, Parquet tables out.

1. Input files (any Hadoop path: local, hdfs://, s3a://) are read by Spark's binary-file source,
   spread evenly over the cluster (`repartition`: packed small files make skewed partitions), and
   analysed in `mapPartitions` by `linimasa.pipeline.process` (models loaded once per Python worker;
   JSONL and WARC files expand into records inside the worker). A bad file or record becomes a row of
   `failures`, never a failed task. The analysed rows (`analysed_schema`: one struct per table) cross
   into the JVM once and are cached there; each table is a projection of the cache, written without
   another Python pass.
2. Pages repeated byte for byte are stored once (the first by input order), as in the SQLite store:
   a count of distinct content hashes comes with the first pass, and only when it finds copies does
   an anti-join drop their rows.
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


ANALYSED = "analysed"  # the wide schema of the analysis output: a tag, the article's order, one struct per table
def analysed_schema():
    """`table` (which struct holds the row), `article_order` (the input order of the row's article; null
    for a failure), `content_hash` (articles only) and one struct column per per-article table."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField("table", T.StringType()), T.StructField("article_order", T.StringType()),
                         T.StructField("content_hash", T.StringType()),
                         *(T.StructField(t, spark_schema(t)) for t in ANALYSED_TABLES)])


ANALYSED_TABLES = (*PER_ARTICLE, "failures")


def _analyse_partition(name, side_b):
    """The mapPartitions function: (path, content) in, rows of `analysed_schema` out.

    Runs in the Python workers; `parallel.warm_up` loads the models once per worker process, and
    Spark reuses the process for the worker's next tasks (spark.python.worker.reuse, on by default)."""
    slot = {t: i for i, t in enumerate(ANALYSED_TABLES)}
    empty = (None,) * len(ANALYSED_TABLES)

    def analyse(items):
        from linimasa import parallel

        parallel.warm_up()
        known = side_b.value
        for r in items:
            named = name(r.path)
            if named is None:
                continue
            source, order = named
            meta = next((known[s] for s in rows.sidecar_names(source) if s in known), {})
            article = None
            for table, row in rows.analyse_file(bytes(r.content), source, order, meta):
                structs = list(empty)
                structs[slot[table]] = row
                if table == "articles":
                    article = row[ORDER_I]
                    yield (table, article, row[HASH_I], *structs)
                else:
                    yield (table, None if table == "failures" else article, None, *structs)

    return analyse


ORDER_I, HASH_I = columns("articles").index("input_order"), columns("articles").index("content_hash")


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
    base = out.rstrip("/")
    try:
        roots, missing = _roots(spark, inputs)
        name = _naming(roots)
        partitions = partitions or max(2, sc.defaultParallelism * 4)
        schema = analysed_schema()
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
            # the file source packs small files into few partitions by bytes: spread the files evenly
            pages = files.repartition(partitions).rdd.mapPartitions(_analyse_partition(name, sc.broadcast(sidecars)))
            # rows cross from Python to the JVM once, here
            analysed = spark.createDataFrame(pages, schema, verifySchema=False)
        else:
            analysed = spark.createDataFrame([], schema)
        # rows stay in the JVM from here: cached once, each table a projection of it (no Python)
        analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK)
        # one pass over the cache: rows per table, and whether any page came twice
        tally = analysed.groupBy("table").agg(F.count("*").alias("n"),
                                              F.countDistinct("content_hash").alias("distinct")).collect()
        counts = {r["table"]: r["n"] for r in tally}
        distinct = sum(r["distinct"] for r in tally if r["table"] == "articles")
        summary.step("analysis")

        # a page repeated byte for byte: the first copy by input order is kept, its copies' rows dropped
        summary.articles, summary.duplicates = distinct, counts.get("articles", 0) - distinct
        kept = analysed
        if summary.duplicates:
            pages = analysed.where(F.col("table") == "articles").select("content_hash", "article_order")
            firsts = pages.groupBy("content_hash").agg(F.min("article_order").alias("first"))
            copies = (pages.join(firsts, "content_hash").where(F.col("article_order") != F.col("first"))
                      .select("article_order"))
            kept = analysed.join(copies, "article_order", "left_anti")

        def write(table: str, df, order: str | None = None) -> None:
            df = df.orderBy(order) if order else df
            df.write.mode("overwrite").parquet(f"{base}/{table}")

        def of(table: str):
            return kept.where(F.col("table") == table).select(f"{table}.*")

        # in input order: `ingest --parquet` then streams them into the store in the order one machine reads them
        write("articles", of("articles"), order="input_order")
        for table in PER_ARTICLE[1:]:
            write(table, of(table))
        failures = of("failures")
        if missing:
            failures = failures.unionByName(spark.createDataFrame(missing, spark_schema("failures")))
        write("failures", failures)
        summary.failure_count = counts.get("failures", 0) + len(missing)
        summary.failures = missing + ([tuple(r) for r in of("failures").limit(50).collect()]
                                      if counts.get("failures") else [])
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


def cross_article(spark, out: str, partitions: int, summary: Summary | None = None) -> None:
    """`duplicates`, `canonical_entities` and `timeline_entries` from the written `articles` table.

    Every intermediate RDD that two actions use is persisted, so no block is merged or built twice
    (a sort by range samples its input, `zipWithIndex` counts it, and the write reads it again)."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    base = out.rstrip("/")
    arts = spark.read.parquet(f"{base}/articles")
    keep = StorageLevel.MEMORY_AND_DISK

    # near-duplicates: the pages of each LSH band bucket, scored inside the bucket as the store scores them
    banded = (arts.select("input_order", "id", "minhash", "shingle_count").rdd
              .flatMap(lambda r: [(b, (r.input_order, r.id, bytes(r.minhash), r.shingle_count))
                                  for b in cross.band_keys(bytes(r.minhash))])
              .groupByKey(partitions))
    # the best earlier page; on a tie the earliest
    best = banded.flatMap(lambda kv: cross.bucket_scores(kv[1])).reduceByKey(cross.better_match)
    dup_rows = best.map(lambda kv: (kv[0], kv[1][0], kv[1][2])).collect()  # one per near-duplicate page: few
    spark.createDataFrame(sc.parallelize(dup_rows, 1), schema=spark_schema("duplicates"), verifySchema=False) \
        .write.mode("overwrite").parquet(f"{base}/duplicates")
    groups_b = sc.broadcast(cross.source_groups((a, b) for a, b, _s in dup_rows))
    if summary:
        summary.step("duplicates")

    # canonical entities: blocks of shared name keys, merged by canonical.merge
    ent_arts = arts.select("input_order", "json").rdd.map(_entity_article).filter(lambda oa: oa[1].entities) \
        .persist(keep)
    blocks = cross.KeyBlocks()
    for keys in ent_arts.flatMap(lambda oa: [tuple(sorted(cross.entity_keys(e))) for e in oa[1].entities]) \
            .distinct().collect():
        blocks.join(keys)
    root_b = sc.broadcast(blocks.roots())
    merged = (ent_arts.flatMap(lambda oa: [(b, oa) for b in cross.article_blocks(oa[1], root_b.value)])
              .groupByKey(partitions)
              .flatMap(lambda kv: cross.merge_block(kv[0], [a for _o, a in sorted(kv[1], key=lambda oa: oa[0])],
                                                    root_b.value))
              .keyBy(cross.order_key).persist(keep))
    ranked = merged.sortByKey(numPartitions=partitions).values().zipWithIndex() \
        .map(lambda ci: (ci[0]["id"], (ci[1], ci[0])))
    canon_rows = ranked.groupByKey().flatMap(_suffix_ids)
    canon_df = spark.createDataFrame(canon_rows, schema=spark_schema("canonical_entities"), verifySchema=False)
    canon_df.write.mode("overwrite").parquet(f"{base}/canonical_entities")
    merged.unpersist()
    ent_arts.unpersist()
    if summary:
        summary.step("canonical entities")

    # timeline: canonical names per article, then one `timeline.build` per event date
    canon = spark.read.parquet(f"{base}/canonical_entities").rdd.flatMap(_alias_rows) \
        .reduceByKey(min).map(lambda kv: (kv[0][0], (kv[0][1], kv[1][2]))).groupByKey().mapValues(dict)
    light = (arts.select("input_order", "json").rdd.map(_event_article).leftOuterJoin(canon)
             .map(lambda kv: (kv[1][0][0], cross.canonical_events(kv[1][0][1], kv[1][1] or {}))).persist(keep))
    groups = groups_b
    dated = (light.flatMap(lambda oa: [(day, oa) for day in cross.event_dates(oa[1])])
             .groupByKey(partitions)
             .flatMap(lambda kv: [((e["date"], -e["salience"], i), e) for i, e in enumerate(cross.timeline_block(
                 kv[0], [a for _o, a in sorted(kv[1], key=lambda oa: oa[0])], groups.value))]))
    undated = light.flatMap(lambda oa: [(("\U0010ffff", oa[0], i), u) for i, u in enumerate(cross.undated_of(oa[1]))])
    built = dated.union(undated).persist(keep)
    entries = built.sortByKey(numPartitions=partitions).values().zipWithIndex().map(_timeline_row)
    spark.createDataFrame(entries, schema=spark_schema("timeline_entries"), verifySchema=False) \
        .write.mode("overwrite").parquet(f"{base}/timeline_entries")
    built.unpersist()
    light.unpersist()
    if summary:
        summary.step("timeline")


def _loads(text: str) -> dict:
    import orjson

    return orjson.loads(text)


def _entity_article(r):
    from linimasa.model import Article

    d = _loads(r.json)
    return r.input_order, Article.from_dict({"source": d["source"], "id": d["id"], "entities": d["entities"]})


def _event_article(r):
    from linimasa.model import Article

    d = _loads(r.json)
    return d["id"], (r.input_order, Article.from_dict({k: d[k] for k in ("source", "id", "title", "body", "outlet",
                                                                         "url", "quotes", "published", "events")}))


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
