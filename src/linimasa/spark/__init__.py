"""Batch mode on Apache Spark: `linimasa spark INPUT... --out DIR` writes the Parquet tables of `schemas`.

A thin shell: every page goes through `linimasa.pipeline.process` on the executors, and the
cross-article steps are the single-machine functions run per block (`cross`). `read` gives the
CLI (`timeline --parquet`, `entities --parquet`, `ingest --parquet`) the tables back with pyarrow.
Needs the `spark` extra (pyspark, pyarrow) and Java 17.
"""
