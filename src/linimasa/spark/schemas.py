"""The Parquet tables of `linimasa spark`, defined once: column, type and meaning.

Both the pyarrow schemas (readers, `ingest --parquet`) and the Spark StructTypes (the job) are
built from `TABLES`, so the two cannot drift; Spark never infers a schema (inference would run
the pipeline a second time). Types: "string", "int64", "double", "bool", "binary",
("list", T) and ("struct", ((name, T), ...)). Every column may be null unless the table says so.
"""

from __future__ import annotations

from typing import Any

SPAN = (("start", "int64"), ("end", "int64"), ("text", "string"))
SOURCE_REF = (("article", "string"), ("source", "string"), ("title", "string"), ("sentence", "string"),
              ("outlet", "string"), ("published", "string"), ("url", "string"), ("group", "string"))

# table -> [(column, type, meaning)]
TABLES: dict[str, list[tuple[str, Any, str | None]]] = {
    "articles": [
        ("id", "string", "article id (the first 16 hex digits of content_hash), as in the SQLite store"),
        ("content_hash", "string", "SHA-256 of the decoded page text: one row per distinct page"),
        ("input_order", "string", "sorts like the single-machine reading order (input, path parts, record)"),
        ("source", "string", "the input path as given, '#N' for a JSONL line, '#URI' for a WARC record"),
        ("url", "string", None), ("title", "string", None), ("outlet", "string", None),
        ("section", "string", None), ("dateline", "string", None), ("language", "string", None),
        ("published", "string", "accepted publication date (ISO-8601, possibly partial) or null"),
        ("precision", "string", "minute, hour, day, month, year or unknown"),
        ("published_source", "string", "where the date came from (meta, page-header, html, dateline, ...)"),
        ("body", "string", "the clean main text; every offset of the other tables points into it"),
        ("minhash", "binary", "MinHash signature of the body (linimasa.store.minhash.pack)"),
        ("shingle_count", "int64", "number of word shingles of the body (for containment estimates)"),
        ("warnings", ("list", "string"), "timeline warnings of this article (rejected or missing date)"),
        ("json", "string", "the whole Article JSON (schema linimasa.article/1): the contract, lossless"),
    ],
    "timexes": [
        ("article_id", "string", None), ("start", "int64", "offset into articles.body"), ("end", "int64", None),
        ("text", "string", None), ("type", "string", "DATE, TIME, DURATION or SET"),
        ("value", "string", "TIMEX3 value"),
    ],
    "entities": [
        ("article_id", "string", None), ("entity_id", "string", "the entity's id within its article"),
        ("name", "string", None), ("type", "string", "PER, LOC, ORG"), ("role", "string", None),
        ("aliases", ("list", "string"), "surface forms merged into it in this article"),
        ("mentions", ("list", ("struct", SPAN)), "every mention: offsets into articles.body and text"),
    ],
    "quotes": [
        ("article_id", "string", None), ("start", "int64", None), ("end", "int64", None),
        ("text", "string", None), ("speaker", "string", None), ("speaker_id", "string", None),
        ("cue", "string", "the speech verb or phrase that attributes it"),
        ("date", "string", "the article's accepted publication date"),
    ],
    "events": [
        ("article_id", "string", None), ("position", "int64", "index of the event in its article"),
        ("start", "int64", None), ("end", "int64", None), ("type", "string", None), ("text", "string", None),
        ("date", "string", "the date the text gives it, or null"), ("precision", "string", None),
        ("date_source", "string", "timex, narrative or reported (the article's date, flagged)"),
        ("participants", ("list", "string"), None), ("location", "string", None),
        ("hint", "string", "the undatable expression when date is null (e.g. a weekday)"),
        ("background", "bool", "reported as history, not news of the article"), ("trigger", "string", None),
    ],
    "failures": [
        ("source", "string", "the file, JSONL line or WARC record that could not be used"),
        ("reason", "string", "why, in words a user can act on"),
    ],
    "duplicates": [
        ("article_id", "string", "a near-duplicate page (the same wire story on another site)"),
        ("duplicate_of", "string", "the earlier page (by input_order) it repeats"),
        ("similarity", "double", "estimated containment, as the SQLite store records it"),
    ],
    "canonical_entities": [
        ("id", "string", "e.g. per:sergei-lavrov, the same ids as `linimasa entities`"),
        ("name", "string", None), ("type", "string", None),
        ("aliases", ("list", "string"), None), ("roles", ("list", "string"), "most attested first"),
        ("mentions", "int64", None), ("articles", ("list", "string"), "ids of the articles that mention it"),
        ("rank", "int64", "position in the `linimasa entities` order (most mentioned first)"),
    ],
    "timeline_entries": [
        ("position", "int64", "order of the timeline: dated entries by date and salience, then undated"),
        ("undated", "bool", "true: an event the text dates only with `hint` (listed apart)"),
        ("date", "string", "entry date (null when undated)"), ("precision", "string", None),
        ("summary", "string", None), ("type", "string", None),
        ("participants", ("list", "string"), "canonical names"), ("location", "string", None),
        ("sources", ("list", ("struct", SOURCE_REF)), "the articles that report it, with their sentence"),
        ("background", "bool", None), ("salience", "double", "ranking score"),
        ("hint", "string", None),
    ],
}
PER_ARTICLE = ("articles", "timexes", "entities", "quotes", "events")


def columns(table: str) -> list[str]:
    return [name for name, _t, _doc in TABLES[table]]


def _arrow_type(t):
    import pyarrow as pa

    if isinstance(t, tuple) and t[0] == "list":
        return pa.list_(_arrow_type(t[1]))
    if isinstance(t, tuple) and t[0] == "struct":
        return pa.struct([pa.field(n, _arrow_type(x)) for n, x in t[1]])
    return {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
            "binary": pa.binary()}[t]


def arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(t)) for name, t, _doc in TABLES[table]])


def _spark_type(t):
    from pyspark.sql import types as T

    if isinstance(t, tuple) and t[0] == "list":
        return T.ArrayType(_spark_type(t[1]))
    if isinstance(t, tuple) and t[0] == "struct":
        return T.StructType([T.StructField(n, _spark_type(x)) for n, x in t[1]])
    return {"string": T.StringType(), "int64": T.LongType(), "double": T.DoubleType(), "bool": T.BooleanType(),
            "binary": T.BinaryType()}[t]


def spark_schema(table: str):
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, _spark_type(t)) for name, t, _doc in TABLES[table]])
