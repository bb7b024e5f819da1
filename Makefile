# Two commands on a fresh machine: `make run` and `make test` (each sets itself up first).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test bench clean screenshots translations package
.PHONY: icons install-desktop uninstall-desktop

$(STAMP): pyproject.toml vdtracker/__init__.py  # the version is read from it
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,package]'
	touch $(STAMP)

setup: $(STAMP)

# vdtracker/i18n/*.qm (window) and *.json (CLI) from resources/translations/*.ts.
translations: $(STAMP)
	$(BIN)/python packaging/build_translations.py

# check_qt_libs names any system library Qt's display plugin lacks, with the install command.
run: $(STAMP) translations
	$(BIN)/python packaging/check_qt_libs.py
	$(BIN)/vdtracker

# tests/test_translations.py also runs pyside6-lupdate: a string missing from the .ts fails.
test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/lint-imports
	$(BIN)/ruff check vdtracker tests
	$(BIN)/mypy

# dist/vdtracker/ (PyInstaller one-folder bundle, packaging/vdtracker.spec) and its tarball
package: $(STAMP) translations
	$(BIN)/python packaging/build_bundle.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_core.py

clean:
	rm -rf $(VENV) build dist *.egg-info vdtracker/i18n/*.qm vdtracker/i18n/*.json

# every page and dialog drawn to docs/screenshots (the tests that draw one write there only here)
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/ui/render_screens.py docs/screenshots
	QT_QPA_PLATFORM=offscreen VDTRACKER_SHOTS=docs/screenshots $(BIN)/python -m pytest -q \
		tests/ui/test_about.py tests/ui/test_data_menu.py tests/ui/test_summary_pages.py

# build/icons/hicolor/<N>x<N>/apps/<app id>.png (16-512), rendered from the SVG: build output.
ICONS ?= build/icons
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py --out $(ICONS)

# The menu entry, the AppStream metainfo and the icons in $XDG_DATA_HOME (~/.local/share);
# its Exec=vdtracker is what `pipx install .` puts on PATH. Uninstall removes those files only
# (and, like install, what an older version installed under its names before the app id).
install-desktop: icons
	$(PYTHON) packaging/install_desktop.py install --icons $(ICONS)

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py uninstall
