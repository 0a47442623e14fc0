# The two commands: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Parallel test processes: one per core.
TEST_WORKERS ?= auto

.PHONY: run test test-tools bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("Tribuna needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps: reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(VENV)/.installed $@

run: $(VENV)/.installed
	PORT=$(PORT) $(BIN)/tribuna run

test-tools:
	scripts/install-test-tools

test: $(VENV)/.installed-test test-tools
	TRIBUNA_DATA_DIR=$(CURDIR)/var/test $(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Benchmarks (bench/) on a fresh data dir in var/bench; writes docs/benchmarks.md.
bench: $(VENV)/.installed
	scripts/install-bench-tools
	$(BIN)/python bench/run.py $(BENCH)

clean:
	rm -rf $(VENV) src/*.egg-info .pytest_cache var/test
