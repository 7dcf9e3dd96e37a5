"""Autograding steps that make a tampered submission gradable (``nbgrader_config.py`` adds them
to nbgrader's own).

- ``DropUnknownGradeIds`` runs after nbgrader's ``DeduplicateIds``: a cell whose nbgrader
  metadata is empty (a duplicate) or names a grade id that source/ does not have (a renamed or
  invented cell) becomes a plain cell. nbgrader 0.9.6 stops with ``KeyError: 'grade_id'`` on
  such cells; as plain cells they still run, and the source's cells are restored where missing.
- ``LimitOutputSize`` runs after nbgrader's ``LimitOutput`` (which counts lines only): any text
  output longer than ``max_chars`` is cut, so one 20 MB line cannot bloat the graded notebook
  and its feedback.
"""

from __future__ import annotations

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.preprocessors import NbGraderPreprocessor
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
