"""nbgrader configuration for the course; nbgrader reads it from the course root."""

from mlinterview.course import FEEDBACK_TEMPLATE, feedback_template_dirs

c = get_config()  # noqa: F821 (nbgrader injects get_config)

c.CourseDirectory.course_id = "ml-coding-interview"
# Paths are relative to the course root (where this file lives), nbgrader's standard layout.
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
c.CourseDirectory.db_url = "sqlite:///gradebook.db"

# Reproducible grading: one kernel, a per-cell time limit, nothing random left unseeded
# (every check seeds its own generator). A cell that runs longer than `timeout` seconds is
# interrupted and recorded as an error, so an infinite loop costs that cell's points only.
c.Execute.kernel_name = "python3"
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
c.Execute.startup_timeout = 60

# The grading kernel (src/mlinterview/grading_kernel.py): at most 4 GiB of address space, so a
# memory bomb raises MemoryError in its own cell; a kernel that dies (os._exit, a crash) costs
# the cell that killed it, and grading goes on in a fresh kernel. The list is nbgrader's own
# autograde steps with GuardedExecute in place of Execute.
c.LimitedKernelManager.memory_limit_mb = 4096
# Validate (nbgrader's button and `nbgrader validate`) judges too: its kernel is a grading kernel,
# where a stub fails its checks instead of printing the learner's "not attempted" line.
c.Execute.kernel_manager_class = "mlinterview.grading_kernel.LimitedKernelManager"
c.GuardedExecute.max_kernel_deaths = 3
c.Autograde.autograde_preprocessors = [
    "mlinterview.grading_kernel.GuardedExecute",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "mlinterview.sanitize.LimitOutputSize",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# Source notebooks are committed without outputs; the student version never has any.
c.ClearOutput.enabled = True

# A learner who deleted a graded cell gets it back from source/ (and loses only its points).
# Duplicated, renamed or invented grade ids become plain cells, and a test cell as released gets
# its hidden tests back without nbgrader's false "checksum has changed!" warning (the warning is
# kept for test cells that were edited): src/mlinterview/sanitize.py. The list is nbgrader's own
# sanitizing steps with DropUnknownGradeIds added and RestoreHiddenTests for OverwriteCells.
c.OverwriteCells.add_missing_cells = True
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.DeduplicateIds",
    "mlinterview.sanitize.DropUnknownGradeIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "mlinterview.sanitize.RestoreHiddenTests",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# Feedback shows what each hidden test found, never its code, and starts with the rubric
# summary (src/mlinterview/feedback.py). Set RubricSummary.show_model_answers = False to keep
# the reference answers of written answers out of the feedback returned to a class.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "mlinterview.feedback.HideHiddenTests",
    "mlinterview.feedback.RubricSummary",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# The feedback page: nbgrader's template with the contents naming each check, readable tables
# and wrapped messages, and no MathJax from a CDN, so it loads nothing from the network
# (src/mlinterview/templates/feedback/). Set under GenerateFeedback only: nbgrader's formgrader
# renders its own pages with its own template.
c.GenerateFeedback.HTMLExporter.extra_template_basedirs = feedback_template_dirs()
c.GenerateFeedback.HTMLExporter.template_file = FEEDBACK_TEMPLATE

# Validate (the notebook's button and `nbgrader validate`) starts with one line per exercise
# (passes its visible checks, not attempted, or fails and why), then nbgrader's details of each
# failed cell. nbgrader has no setting for the validator's class; this puts the course's in
# place (src/mlinterview/validation.py).
from mlinterview.validation import use_summary_validator  # noqa: E402

use_summary_validator()
