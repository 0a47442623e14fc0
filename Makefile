# The two commands: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Parallel test processes; 2 cores here, more elsewhere.
TEST_WORKERS ?= auto

.PHONY: run test venv test-tools bench clean

$(BIN)/tribuna: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Tribuna needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

venv: $(BIN)/tribuna

run: venv
	PORT=$(PORT) $(BIN)/tribuna run

test-tools:
	scripts/install-test-tools

test: venv test-tools
	TRIBUNA_DATA_DIR=$(CURDIR)/var/test $(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) src/*.egg-info .pytest_cache
