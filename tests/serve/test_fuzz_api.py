"""The OpenAPI schema fuzzed with schemathesis: whatever the parameters, no 500 (a bounded number of cases)."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from linimasa.serve import create_app  # noqa: E402

EXAMPLES = 20  # cases per operation: the suite stays bounded


@pytest.mark.parametrize("curate", [False, True])
def test_no_server_error(seeds_db, tmp_path, curate):
    import shutil

    db = tmp_path / "fuzz.db"
    shutil.copy(seeds_db, db)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db, curate=curate))
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 11
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            case.call_and_validate(checks=[not_a_server_error])

        check()
