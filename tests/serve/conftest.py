"""Fixtures of the web app tests: stores of the seeds, the sample and a hostile page, an app and a live server."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from linimasa.cli.ingest_cmd import ingest_into
from linimasa.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "linimasa" / "sample"

# A page written for this test: its title and body try to run script in the reader's browser.
HOSTILE = """<script>window.__pwned = 1; alert(1)</script> Warga Desa Contoh Membersihkan Sungai

CONTOH - Ratusan warga Desa Contoh bergotong royong membersihkan sungai pada Rabu (2/7/2025) pagi.
<img src=x onerror="window.__pwned=2"> Kepala Desa Contoh, Budi Santoso, bertemu perwakilan dinas
lingkungan hidup di balai desa pada Kamis (3/7/2025). "Sungai ini milik kita bersama <script>window.__pwned=3</script>,"
kata Budi Santoso kepada wartawan. Warga berencana mengulang kegiatan itu setiap bulan agar sungai tetap bersih.
"""


def build_store(path: Path, *pages: Path) -> Path:
    with Store(path) as st:
        ingest_into(st, [str(p) for p in pages])
    return path


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, seed_dir) -> Path:
    return build_store(tmp_path_factory.mktemp("seeds") / "seeds.db", seed_dir)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("sample") / "sample.db", SAMPLE)


@pytest.fixture
def hostile_db(tmp_path) -> Path:
    page = tmp_path / "hostile.txt"
    page.write_text(HOSTILE, encoding="utf-8")
    return build_store(tmp_path / "hostile.db", page)


@pytest.fixture
def curated_seeds(tmp_path, seeds_db) -> Path:
    """A private copy of the seeds store that a test may correct."""
    copy = tmp_path / "curated.db"
    shutil.copy(seeds_db, copy)
    return copy


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread on 127.0.0.1; `restart()` starts a new app over the same store (a real restart)."""

    def __init__(self, db: Path, curate: bool) -> None:
        self.db, self.curate, self.port = db, curate, free_port()
        self.server = None
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        import uvicorn

        from linimasa.serve import create_app

        config = uvicorn.Config(create_app(self.db, curate=self.curate), host="127.0.0.1", port=self.port,
                                log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("the web app did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.server:
            self.server.should_exit = True
            self.thread.join(10)

    def restart(self) -> None:
        self.stop()
        self.port = free_port()
        self.start()


@pytest.fixture
def live(request):
    servers: list[LiveServer] = []

    def start(db: Path, curate: bool = False) -> LiveServer:
        s = LiveServer(db, curate).start()
        servers.append(s)
        return s

    yield start
    for s in servers:
        s.stop()


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
