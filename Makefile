# Two commands do all set-up: `make demo` and `make test` (both install into .venv if needed).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench,spark]'
	touch $(STAMP)

demo: setup
	$(BIN)/linimasa demo

test: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/linimasa eval timex ../shared/corpus/kompas-dev-gold
	$(BIN)/linimasa eval ner ../shared/data/nergrit/valid.txt
	$(BIN)/linimasa eval entities ../shared/gold/seeds.json ../shared/corpus/seeds
	$(BIN)/linimasa eval entities src/linimasa/sample/EXPECTED.json src/linimasa/sample

bench: setup
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/ner.py
	$(BIN)/python bench/timeline.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
