"""nbgrader settings every server of the class shares (learners', instructors' and the
formgrader's): the course and the exchange that release, fetch, submit, collect and feedback
go through. jupyterhub_config.py puts this folder on JUPYTER_CONFIG_PATH."""

import os

c = get_config()  # noqa: F821 (nbgrader injects get_config)
c.CourseDirectory.course_id = os.environ.get("MLINTERVIEW_COURSE_ID", "ml-coding-interview")
c.Exchange.root = os.environ.get("MLINTERVIEW_EXCHANGE", "/srv/nbgrader/exchange")
