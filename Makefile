# Two commands do all set-up: `make demo` and `make test` (both install into .venv if needed).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bench,spark]'
	touch $(STAMP)

demo: setup
	$(BIN)/linimasa demo
	@echo
	@echo "linimasa is installed in $(VENV): run it as $(BIN)/linimasa --help,"
	@echo "or put it on your PATH first with: source $(BIN)/activate"
	@echo "Your own pages into a store:  $(BIN)/linimasa ingest PAGES... --db news.db"
	@echo "Then the web app:             $(BIN)/linimasa serve --db news.db   (open http://127.0.0.1:8000)"
	@echo "For the sample:               $(BIN)/linimasa ingest src/linimasa/sample --db sample.db && $(BIN)/linimasa serve --db sample.db"

test: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/linimasa eval timex ../shared/corpus/kompas-dev-gold
	@echo "NER on NERGrit valid and idner2k dev: held out (the shipped model trains on the train splits only)."
	$(BIN)/linimasa eval ner ../shared/data/nergrit/valid.txt
	$(BIN)/linimasa eval ner ../shared/data/idner2k/dev.txt
	$(BIN)/linimasa eval entities ../shared/gold/seeds.json ../shared/corpus/seeds
	$(BIN)/linimasa eval entities src/linimasa/sample/EXPECTED.json src/linimasa/sample

bench: setup
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/ner.py
	$(BIN)/python bench/timeline.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
