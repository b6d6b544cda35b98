# The two commands: `make run` starts the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest build selftest desktop clean import-graph translations \
	screenshots

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

# Bring the Spanish catalogue in step with the code, then compile it. New texts arrive marked
# unfinished: translate them in resources/translations/outreach_es.ts and run this again.
TS := resources/translations/outreach_es.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find outreach/gui -name '*.py' | sort) ui/*.ui -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# The worker's guide's pictures (docs/images), taken from the real app under Xvfb: the docs'
# size, 1366x768, 200% scaling and a dark palette (tools/screenshots.py; offscreen without Xvfb).
screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py docs/images

build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec

# The installed app checks itself: vault, starter pack, search, main window (offscreen).
selftest: $(STAMP)
	$(BIN)/outreach --selftest

# A menu entry and icon for this user, starting the built app if there is one, else the venv.
APPS := $(HOME)/.local/share/applications
ICONS := $(HOME)/.local/share/icons/hicolor
desktop: $(STAMP)
	mkdir -p $(APPS) $(ICONS)/scalable/apps $(ICONS)/256x256/apps
	cp resources/icons/outreach.svg $(ICONS)/scalable/apps/outreach-companion.svg
	cp resources/icons/outreach-256.png $(ICONS)/256x256/apps/outreach-companion.png
	exe="$(CURDIR)/dist/outreach/outreach"; test -x "$$exe" || exe="$(CURDIR)/$(BIN)/outreach"; \
	sed "s|^Exec=.*|Exec=$$exe|" resources/outreach-companion.desktop \
		> $(APPS)/outreach-companion.desktop

clean:
	rm -rf build dist
