# HipDesk: `make run` opens the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint unit bench screenshots figures icons translations bundle bundle-check install-desktop clean

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

# `make bench` exits 1 when a target is missed; the table is also written to bench-results.json.
# Run a part with `make bench BENCH=history`.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --json bench-results.json $(BENCH)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

figures: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/contact_sheet.py docs/figures.png

# The interface's .ts files take the source's new and changed messages (pyside6-lupdate); the .qm files HipDesk
# loads are built from them (pyside6-lrelease) and committed. A test fails while either is behind.
translations: $(STAMP)
	$(BIN)/python tools/interface_translations.py

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/render_icons.py

# The bundle is too slow for every test run: `make test` leaves it out; run `make bundle-check` when you package.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/hipdesk.spec

bundle-check: bundle
	$(BIN)/python tools/check_bundle.py dist

XDG_DATA_HOME ?= $(HOME)/.local/share
install-desktop:
	install -Dm644 packaging/org.hipdesk.HipDesk.desktop $(XDG_DATA_HOME)/applications/org.hipdesk.HipDesk.desktop
	install -Dm644 packaging/org.hipdesk.HipDesk.metainfo.xml $(XDG_DATA_HOME)/metainfo/org.hipdesk.HipDesk.metainfo.xml
	install -Dm644 resources/icons/org.hipdesk.HipDesk.svg $(XDG_DATA_HOME)/icons/hicolor/scalable/apps/org.hipdesk.HipDesk.svg
	for d in packaging/icons/hicolor/*/; do \
		size=$$(basename $$d); \
		install -Dm644 $$d/apps/org.hipdesk.HipDesk.png $(XDG_DATA_HOME)/icons/hicolor/$$size/apps/org.hipdesk.HipDesk.png; \
	done
	-command -v update-desktop-database >/dev/null && update-desktop-database -q $(XDG_DATA_HOME)/applications
	@echo "HipDesk is in your applications menu (it starts the 'hipdesk' command: pip install . or make bundle)."

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
