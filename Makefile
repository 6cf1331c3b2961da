# Two commands for a newcomer: `make run` and `make test`. Everything else is set-up they share.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/i18n/seinpost_nl.ts resources/i18n/seinpost_en.ts
QM := $(patsubst resources/i18n/%.ts,intake_app/ui/i18n/%.qm,$(TS))
QSS_SRC := $(wildcard resources/styles/*.qss)
QSS := $(patsubst resources/styles/%.qss,intake_app/ui/styles/%.qss,$(QSS_SRC))

.PHONY: run test lint translations bytecode i18n-update bench package clean system-packages test-packages screenshots fuzz

# packaging/system-packages.txt is the one list of system packages: on Debian/Ubuntu the
# missing ones are installed (as root, or through sudo); elsewhere make stops with the list.
system-packages:
	$(PYTHON) scripts/system_packages.py install build runtime

test-packages:
	$(PYTHON) scripts/system_packages.py install

run: system-packages $(STAMP) translations bytecode
	$(PY) -m intake_app

# Two runs: the tests that time the GUI thread (marker `timing`) run alone after the rest, so a
# neighbour's load on the two cores is not counted as the window's. With PYTEST_ARGS naming
# some tests, a run that finds none of them (pytest's exit code 5) is no failure.
NONE_OK := $(if $(PYTEST_ARGS),|| [ $$? -eq 5 ],)
test: test-packages $(STAMP) translations bytecode
	$(VENV)/bin/ruff check intake_app tests benchmarks scripts
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 3 --dist worksteal -m "not timing" $(PYTEST_ARGS) $(NONE_OK)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m timing $(PYTEST_ARGS) $(NONE_OK)

lint: $(STAMP)
	$(VENV)/bin/ruff check intake_app tests benchmarks scripts

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)
	@# The window's Dutch and its style sheet come with the install, not only with `make run`.
	$(MAKE) --no-print-directory translations

# The package's Python bytecode, compiled here once: where PYTHONDONTWRITEBYTECODE is set (or
# the tree is read-only) every start would otherwise compile again the sixty-odd modules the
# window's first screen imports, about 20 ms of CPU (benchmarks/startup.py says which case).
bytecode: $(STAMP)
	$(PY) -m compileall -q intake_app

# Translations live as Qt Linguist sources in resources/ and are compiled into the package.
translations: $(QM) $(QSS)

intake_app/ui/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	@mkdir -p $(dir $@)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

intake_app/ui/styles/%.qss: resources/styles/%.qss
	@mkdir -p $(dir $@)
	cp $< $@

i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find intake_app/ui intake_app/app.py -name '*.py') -ts $(TS)

# Every screen in Dutch and English at a small laptop's 1024x600 and at 1366x768, a few right
# to left, and at 1.5x scale on 1366x768 (911x512 logical pixels) and on 1024x600 (683x400,
# the smallest a person is promised); under Xvfb, so it runs on a machine without a display.
screenshots: $(STAMP) translations bytecode
	rm -f docs/screenshots/*.png
	xvfb-run -a -s "-screen 0 1024x600x24" $(PY) scripts/screenshots.py --rtl
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) scripts/screenshots.py
	QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1366x768x24" $(PY) scripts/screenshots.py
	QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1024x600x24" $(PY) scripts/screenshots.py

# Fuzz every reader of outside files for FUZZ_SECONDS each (make test runs 20 s each) and print
# inputs tried per reader; fails on a non-project exception, an input over 2 s of CPU (or hanging
# 10 s), or memory over 768 MiB above the unlock baseline (tests/fuzz/baseline.py measures it).
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	$(PY) tests/fuzz/run.py --all --seconds $(FUZZ_SECONDS)

# Each benchmark prints a verdict per goal and exits non-zero on a miss; BENCH_ARGS=--quick
# gives a smoke run (figures only, never "goals met"). All run even when one misses.
BENCHMARKS := $(filter-out benchmarks/harness.py benchmarks/inputs.py benchmarks/private_keyring.py,$(wildcard benchmarks/*.py))
bench: $(STAMP) translations bytecode
	status=0; for b in $(BENCHMARKS); do echo "== $$b"; $(PY) $$b $(BENCH_ARGS) || status=1; done; exit $$status

package: $(STAMP) translations
	$(PY) -m pip install --quiet -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm packaging/seinpost.spec

clean:
	rm -rf $(VENV) build dist intake_app/ui/i18n intake_app/ui/styles .pytest_cache .hypothesis
