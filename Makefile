# The two commands of the README: `make demo` (set up, analyze the bundled samples into the
# embedded SQLite store, show the result) and `make test` (set up, run every check and test).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test quality lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock requirements-models.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements-models.txt
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[test]'
	bash scripts/build-web.sh
	touch $@

demo: setup
	$(BIN)/materiel ingest samples/
	$(BIN)/materiel transfers

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: setup lint
	$(BIN)/python -m pytest -q
	$(BIN)/python -m materiel.quality check

quality: setup
	$(BIN)/python -m materiel.quality check

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf $(VENV) src/materiel/web/static/vendor web/node_modules
