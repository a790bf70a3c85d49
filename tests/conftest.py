"""Shared test fixtures. Tests that read ../shared skip when it is absent (CI has it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seeds_gold(shared) -> dict:
    return json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_dir(shared) -> Path:
    return shared / "corpus" / "seeds"
