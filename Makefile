# The course's entry points. `make lab` and `make test` are the README's two commands; each
# creates .venv and installs the project into it first, so a machine needs only Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
RUN := PATH="$(BIN):$$PATH"
LESSON ?= 01-interview-framework
ROLE ?= learner

.PHONY: install lab test check format release labextension grade bench clean-grading

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# Start the course: gradebook ready, new lessons copied into notebooks/ (never overwriting
# yours), JupyterLab with the course's settings (jupyter-config/). Open the URL it prints.
# ROLE=instructor shows nbgrader's instructor panels (Formgrader, Create Assignment, ...).
lab: $(STAMP)
	$(RUN) $(BIN)/mlinterview lab --role $(ROLE)

# Lint, then every test (unit tests and real nbgrader runs), on both cores, longest first
# (tests/conftest.py says how the tests are grouped and ordered).
test: $(STAMP)
	$(RUN) $(BIN)/ruff check src tests tools
	$(RUN) $(BIN)/ruff format --check src tests tools
	$(RUN) $(BIN)/python -m pytest -n 2 --dist loadscope --no-loadscope-reorder -rs $(PYTEST_ARGS)

# The developer's inner loop: lint and the unit tests only (no nbgrader run), under a minute.
# CI runs `make test`, the whole truth.
check: $(STAMP)
	$(RUN) $(BIN)/ruff check src tests tools
	$(RUN) $(BIN)/ruff format --check src tests tools
	$(RUN) $(BIN)/python -m pytest -n 2 -m "not course" $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff check --fix src tests tools
	$(BIN)/ruff format src tests tools

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
	rm -rf submitted autograded feedback reports gradebook.db
