"""Record (after autograde): what grading found, kept for the report.

Two things are recorded: the grading record beside nbgrader's autograded/STUDENT/LESSON
folder (why a submission could not be graded, what was restored in it), which the report
reads back with ``read_record``; and, for a class run, each privately autograded submission
written into the course gradebook with nbgrader's own ``SaveAutoGrades`` and
``AssignLatePenalties`` steps, one submission at a time (the course gradebook's only writer),
so the grades are exactly what a sequential ``nbgrader autograde`` writes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades

from mlinterview.autograde import SubmissionResult
from mlinterview.course import load_config


def record_file(root: Path, student: str, lesson: str) -> Path:
    """Where grading records why a submission could not be graded and what was restored in it
    (beside nbgrader's autograded/STUDENT/LESSON folder, which nbgrader rewrites)."""
    return root / "autograded" / student / f"{lesson}.grading.json"


def write_record(root: Path, student: str, lesson: str, problem: str, notes: list[str]) -> None:
    """Record why a submission could not be graded and what was restored in it."""
    record = record_file(root, student, lesson)
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps({"problem": problem, "notes": notes}, indent=2) + "\n")


def read_record(root: Path, student: str, lesson: str) -> tuple[str, list[str]]:
    """``(problem, notes)`` as recorded; nothing recorded (plain ``nbgrader autograde``) reads
    as no problem and no notes."""
    record = record_file(root, student, lesson)
    if not record.is_file():
        return "", []
    recorded = json.loads(record.read_text())
    return recorded.get("problem", ""), recorded.get("notes", [])


def record_submission(root: Path, lesson: str, result: SubmissionResult) -> None:
    """Write one privately autograded submission into the course gradebook, and its record."""
    config = load_config(root)
    db_url = config.CourseDirectory.db_url
    submitted = root / "submitted" / result.student / lesson
    autograded = root / "autograded" / result.student / lesson
    timestamp = CourseDirectory(config=config).get_existing_timestamp(str(submitted))
    with Gradebook(db_url) as gradebook:
        gradebook.update_or_create_student(result.student)
        if timestamp:
            gradebook.update_or_create_submission(lesson, result.student, timestamp=timestamp)
        else:
            gradebook.update_or_create_submission(lesson, result.student)
        for notebook in gradebook.find_assignment(lesson).notebooks:
            if result.problem or not (autograded / f"{notebook.name}.ipynb").exists():
                # As nbgrader does for a notebook that was not submitted: 0, nothing to review.
                graded = gradebook.find_submission_notebook(notebook.name, lesson, result.student)
                for grade in graded.grades:
                    grade.auto_score = 0
                    grade.needs_manual_grade = False
                gradebook.db.commit()
    if result.problem:
        shutil.rmtree(autograded, ignore_errors=True)
    else:
        for path in sorted(autograded.glob("*.ipynb")):
            resources = {
                "nbgrader": {
                    "db_url": db_url,
                    "assignment": lesson,
                    "notebook": path.stem,
                    "student": result.student,
                }
            }
            notebook = nbformat.read(path, as_version=4)
            for step in (SaveAutoGrades, AssignLatePenalties):
                step(config=config).preprocess(notebook, resources)
    write_record(root, result.student, lesson, result.problem, result.notes)
