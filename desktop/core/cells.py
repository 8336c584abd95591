"""Text that a spreadsheet would run as a formula, and the mark that keeps it text.

Excel and LibreOffice run a cell that starts with = + - @ (or a tab or a carriage return) as a
formula when they open a CSV file. The export writes such text with a leading apostrophe, as the
spreadsheets themselves mark text; an import takes the mark off again, so a sheet exported and
imported gives back the very text. Text that already starts with apostrophes before such a
character gets one more, so ``unmark(mark(text)) == text`` for every text.
"""
from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MARK = "'"


def needs_mark(text: str) -> bool:
    return text.lstrip(MARK).startswith(FORMULA_START)


def mark(text: str) -> str:
    return MARK + text if needs_mark(text) else text


def unmark(text: str) -> str:
    """``text`` without the export's mark; unchanged when it carries none."""
    return text[1:] if text.startswith(MARK) and needs_mark(text[1:]) else text
