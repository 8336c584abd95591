"""Importing opinions and attendees from CSV and XLSX files: preview first, then all or nothing."""
from .preview import DUPLICATE, INVALID, VALID, ImportResult, Preview, Problem, RowVerdict

__all__ = ["DUPLICATE", "INVALID", "VALID", "ImportResult", "Preview", "Problem", "RowVerdict"]
