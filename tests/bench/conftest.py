"""The benchmarks reuse the UI fixtures (an application on a temporary database)."""
from tests.ui.conftest import application, feedback, ui_db  # noqa: F401
