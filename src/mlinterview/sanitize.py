"""Autograding steps that make a tampered submission gradable (``nbgrader_config.py`` adds them
to nbgrader's own).

- ``DropUnknownGradeIds`` runs after nbgrader's ``DeduplicateIds``: a cell whose nbgrader
  metadata is empty (a duplicate) or names a grade id that source/ does not have (a renamed or
  invented cell) becomes a plain cell. nbgrader 0.9.6 stops with ``KeyError: 'grade_id'`` on
  such cells; as plain cells they still run, and the source's cells are restored where missing.
- ``RestoreHiddenTests`` replaces nbgrader's ``OverwriteCells``: a test cell exactly as
  released gets its hidden tests back without nbgrader's false "checksum has changed!" warning,
  so the warning is left for test cells a learner really edited.
- ``LimitOutputSize`` runs after nbgrader's ``LimitOutput`` (which counts lines only): any text
  output longer than ``max_chars`` is cut, so one 20 MB line cannot bloat the graded notebook
  and its feedback.
"""

from __future__ import annotations

from nbformat import NotebookNode
from nbgrader import utils
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.preprocessors import ClearHiddenTests, NbGraderPreprocessor, OverwriteCells
from traitlets import Integer


class DropUnknownGradeIds(NbGraderPreprocessor):
    """Strip nbgrader metadata that does not belong to a cell of the source notebook."""

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gradebook:
            try:
                notebook = gradebook.find_notebook(info["notebook"], info["assignment"])
            except MissingEntry:
                return nb, resources
            known = {cell.name for cell in notebook.source_cells}
        for cell in nb.cells:
            meta = cell.get("metadata", {}).get("nbgrader")
            if meta is not None and meta.get("grade_id") not in known:
                self.log.warning("Cell with unknown grade id %r is graded as a plain cell", meta)
                del cell.metadata["nbgrader"]
        return nb, resources


class RestoreHiddenTests(OverwriteCells):
    """nbgrader's ``OverwriteCells``, which knows that a released test cell lacks its hidden tests.

    ``generate_assignment`` records a test cell in the gradebook with its hidden tests and their
    checksum, then removes them for the student version, whose checksum differs. nbgrader's
    ``OverwriteCells`` puts the recorded source back but logs "Attribute 'checksum' for cell ...
    has changed!" for every such cell of an unedited notebook (jupyter/nbgrader#1961), so the
    warning cannot tell an edited test cell from an untouched one. Here a locked cell equal to
    its recorded source without the hidden tests gets that source back first; whatever else
    differs is reported and restored by nbgrader as before.
    """

    def _as_released(self, source: str) -> str | None:
        released = NotebookNode(source=source)
        try:  # nbgrader's own removal, with the course's delimiters
            ClearHiddenTests(parent=self)._remove_hidden_test_region(released)
        except RuntimeError:  # markers that do not pair up: not a cell nbgrader released
            return None
        return released.source

    def preprocess_cell(self, cell, resources, cell_index):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id is not None and utils.is_locked(cell):
            try:
                recorded = self.gradebook.find_source_cell(
                    grade_id, self.notebook_id, self.assignment_id
                )
            except MissingEntry:
                recorded = None  # nbgrader's preprocess_cell says so
            if (
                recorded is not None
                and recorded.locked
                and recorded.source != cell.source
                and cell.source == self._as_released(recorded.source)
            ):
                cell.source = recorded.source
        return super().preprocess_cell(cell, resources, cell_index)


class LimitOutputSize(NbGraderPreprocessor):
    """Cut text outputs to ``max_chars`` characters each."""

    max_chars = Integer(100_000, help="Longest text output kept, in characters.").tag(config=True)

    def _cut(self, text: str) -> str:
        if len(text) <= self.max_chars:
            return text
        return text[: self.max_chars] + f"\n... (output cut: {len(text):,} characters in all)\n"

    def preprocess_cell(self, cell, resources, cell_index):
        for output in cell.get("outputs", []):
            if "text" in output:
                output["text"] = self._cut(output["text"])
            for mime, value in output.get("data", {}).items():
                if mime.startswith("text/") and isinstance(value, str):
                    output["data"][mime] = self._cut(value)
            if "traceback" in output:
                output["traceback"] = [self._cut(line) for line in output["traceback"]]
            if "evalue" in output:
                output["evalue"] = self._cut(output["evalue"])
        return cell, resources
