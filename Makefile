# Two commands on a fresh machine: `make run` and `make test` (each sets itself up first).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# each extra its own stamp: `make run` installs what running needs, no test or build tools
TEST_STAMP    := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: setup run test bench clean screenshots translations package constraints
.PHONY: icons install-desktop uninstall-desktop manpage deb

# a Python requires-python refuses is one line, before a venv is made or pip starts
$(STAMP): pyproject.toml vdtracker/__init__.py  # the version is read from it
	@$(PYTHON) packaging/check_python.py
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(PIP) -e '.[test]'
	touch $(TEST_STAMP)

# the bundle is built from the versions CI tested (constraints.txt; README, "Dependencies")
$(PACKAGE_STAMP): $(STAMP) constraints.txt
	$(PIP) -c constraints.txt -e '.[package]'
	touch $(PACKAGE_STAMP)

setup: $(STAMP)

# vdtracker/i18n/*.qm (window) and *.json (CLI) from resources/translations/*.ts.
translations: $(STAMP)
	$(BIN)/python packaging/build_translations.py

# vdtracker itself names a missing display, or a system library Qt's display plugin lacks
# with the install command (vdtracker/system_libs.py), before Qt starts.
run: $(STAMP) translations
	$(BIN)/vdtracker

# tests/test_translations.py also runs pyside6-lupdate: a string missing from the .ts fails.
test: $(TEST_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/lint-imports
	$(BIN)/ruff check vdtracker tests
	$(BIN)/mypy

# dist/vdtracker/ (PyInstaller one-folder bundle, packaging/vdtracker.spec) and its tarball,
# which holds install.sh/uninstall.sh and the share/ files (menu entry, icons, man page…) too
package: $(PACKAGE_STAMP) translations icons
	$(BIN)/python packaging/build_manpage.py $(MAN)
	$(BIN)/python packaging/build_bundle.py --icons $(ICONS) --man $(MAN)

# dist/vdtracker_<version>_<arch>.deb of that bundle (packaging/build_deb.py; dpkg-deb, offline)
deb: package
	$(BIN)/python packaging/build_deb.py --icons $(ICONS) --man $(MAN)

# build/man/man1/vdtracker.1 from the command line's own parser (`man -l` it, or copy it to
# ~/.local/share/man/man1/): the same options, commands and helps as `vdtracker --help`
MAN ?= build/man/man1/vdtracker.1
manpage: $(STAMP)
	$(BIN)/python packaging/build_manpage.py $(MAN)

# constraints.txt from what .venv holds now (after a deliberate `pip install -U …` and a green
# `make test`); its comment lines are kept
constraints: $(STAMP)
	{ grep '^#' constraints.txt; $(BIN)/python -m pip freeze --all --exclude pip \
		--exclude vdtracker; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_core.py

clean:
	rm -rf $(VENV) build dist *.egg-info vdtracker/i18n/*.qm vdtracker/i18n/*.json

# every page and dialog drawn to docs/screenshots (the tests that draw one write there only here)
screenshots: $(TEST_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/ui/render_screens.py docs/screenshots
	QT_QPA_PLATFORM=offscreen VDTRACKER_SHOTS=docs/screenshots $(BIN)/python -m pytest -q \
		tests/ui/test_about.py tests/ui/test_data_menu.py tests/ui/test_summary_pages.py \
		tests/ui/test_shortcuts_dialog.py

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
