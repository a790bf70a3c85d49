"""One local SparkSession for all Spark tests (start-up is the slow part). In CI a Spark test that cannot run fails."""

from __future__ import annotations

import os
import shutil

import pytest


def _unavailable() -> str | None:
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as exc:
        return f"pyspark/pyarrow not installed ({exc}): install the 'spark' extra"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "no Java: Spark needs Java 17 (java on PATH or JAVA_HOME)"
    return None


@pytest.fixture(scope="session")
def spark():
    reason = _unavailable()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Spark test cannot run in CI: {reason}")
        print(f"skipping Spark test: {reason}")
        pytest.skip(reason)
    from linimasa.spark import job

    session = job.session("local[2]", app="linimasa-tests", partitions=2)
    yield session
    session.stop()
