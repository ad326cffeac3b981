# HipDesk: `make run` opens the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint unit bench screenshots figures bundle bundle-check install-desktop clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "HipDesk needs $(PYTHON) on PATH"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m hipdesk $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check hipdesk tests tools
	$(BIN)/ruff format --check hipdesk tests tools
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint unit

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

figures: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/contact_sheet.py docs/figures.png

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
