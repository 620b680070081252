# Two commands a new user needs: `make dataset` and `make test`. Each sets up
# .venv (again whenever pyproject.toml changes), then runs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WORKERS ?= 2

.PHONY: setup dataset smoke test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python 3.11 not found; install it or run make PYTHON=/path/to/python3.11" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

dataset: $(STAMP)
	$(BIN)/slowthink generate configs/default.toml --out output/default --workers $(WORKERS) --overwrite

smoke: $(STAMP)
	$(BIN)/slowthink generate configs/smoke.toml --out output/smoke --workers $(WORKERS) --overwrite

test: $(STAMP)
	$(BIN)/python -m pytest -n $(WORKERS) --dist worksteal -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) output/default output/smoke .pytest_cache
