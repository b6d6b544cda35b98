# The two commands: `make run` starts the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest build clean import-graph

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/outreach

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest --durations=10

test: lint typecheck pytest

# The import graph in docs/architecture.md, drawn from the code (needs Graphviz's `dot`).
import-graph: $(STAMP)
	$(BIN)/python tools/import_graph.py --out docs/import-graph.svg

build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf build dist
