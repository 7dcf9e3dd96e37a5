# The course's entry points. `make lab` and `make test` are the README's two commands; each
# creates .venv and installs the project into it first, so a machine needs only Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
RUN := PATH="$(BIN):$$PATH"
LESSON ?= 01-interview-framework
ROLE ?= learner
# PyTorch, for lesson 05 only: `make lab TORCH=0` skips it (everything else works without it).
TORCH ?= 1
# PyTorch's CPU wheels (about 190 MB): a sensible build anywhere. PyPI's Linux wheel would
# bring CUDA, several GB. Set TORCH_INDEX to a mirror if you have one.
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
TORCH_STAMP := $(VENV)/.installed-torch
# psycopg, for the tests of a PostgreSQL gradebook (and a class that keeps its gradebook there).
POSTGRES_STAMP := $(VENV)/.installed-postgres
HUB_STAMP := $(VENV)/.installed-hub
# The pin itself lives in pyproject.toml's `torch` extra.
TORCH_REQUIREMENT = $(shell $(PYTHON) -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['torch'][0])")

.PHONY: install torch lab test check format release labextension grade bench clean-grading

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Only torch itself comes from TORCH_INDEX (asked once); its dependencies from the usual index.
$(TORCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps "$(TORCH_REQUIREMENT)" --extra-index-url $(TORCH_INDEX)
	$(BIN)/python -m pip install --quiet -e ".[torch]"
	touch $(TORCH_STAMP)

$(POSTGRES_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[postgres]"
	touch $(POSTGRES_STAMP)

# A class on JupyterHub (deploy/jupyterhub/, tests/test_jupyterhub.py): the hub from PyPI, its
# proxy from npm. Without npm the hub test is skipped, saying why (CI installs npm).
$(HUB_STAMP): $(STAMP) deploy/jupyterhub/package-lock.json
	$(BIN)/python -m pip install --quiet -e ".[hub]"
	if command -v npm >/dev/null; then npm ci --silent --no-audit --no-fund --prefix deploy/jupyterhub && touch $(HUB_STAMP); else echo "npm not found: JupyterHub's proxy is not installed"; fi

install: $(STAMP)

# PyTorch for lesson 05 (`make lab` runs this unless TORCH=0; `make test` always).
torch: $(TORCH_STAMP)

# Start the course: gradebook ready, new lessons copied into notebooks/ (never overwriting
# yours), JupyterLab with the course's settings (jupyter-config/). Open the URL it prints.
# ROLE=instructor shows nbgrader's instructor panels (Formgrader, Create Assignment, ...).
# Without PyTorch (TORCH=0, or an install that failed) lessons 01-04, practice and mocks work,
# and lesson 05's first cell says how to install it.
lab: $(STAMP)
ifeq ($(TORCH),1)
	@$(MAKE) --no-print-directory torch || echo "PyTorch was not installed: lesson 05 needs it (README, 'PyTorch'); the rest of the course works without it."
endif
	$(RUN) $(BIN)/mlinterview lab --role $(ROLE)

# Lint, then every test (unit tests and real nbgrader runs), on both cores, longest first
# (tests/conftest.py says how the tests are grouped and ordered).
test: $(STAMP) $(TORCH_STAMP) $(POSTGRES_STAMP) $(HUB_STAMP)
	$(RUN) $(BIN)/ruff check src tests tools deploy
	$(RUN) $(BIN)/ruff format --check src tests tools deploy
	$(RUN) $(BIN)/python -m pytest -n 2 --dist loadscope --no-loadscope-reorder -rs $(PYTEST_ARGS)

# The developer's inner loop: lint and the unit tests only (no nbgrader run), under a minute.
# CI runs `make test`, the whole truth.
check: $(STAMP) $(TORCH_STAMP)
	$(RUN) $(BIN)/ruff check src tests tools deploy
	$(RUN) $(BIN)/ruff format --check src tests tools deploy
	$(RUN) $(BIN)/python -m pytest -n 2 -m "not course" $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff check --fix src tests tools deploy
	$(BIN)/ruff format src tests tools deploy

# Regenerate release/ from source/ after editing a source notebook; commit both.
release: $(STAMP)
	$(RUN) $(BIN)/mlinterview release

# Rebuild the JupyterLab extension (labextension/, Node.js needed) into
# src/mlinterview/labextensions/ after editing it; commit both (make test checks they agree).
labextension: $(STAMP)
	$(RUN) $(BIN)/python tools/build_labextension.py

# Grade your copy of a lesson: make grade LESSON=02-algorithms-from-scratch
grade: $(STAMP)
	$(RUN) $(BIN)/mlinterview grade $(LESSON)

# How long a lesson takes to run and to grade, in a scratch copy of the course.
bench: $(STAMP)
	$(RUN) $(BIN)/python tools/benchmark.py

# Forget every grade (keeps notebooks/, your work).
clean-grading:
	rm -rf submitted autograded feedback reports gradebook.db gradebook.db.lock
