"""What an import would do, row by row, before anything is written."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..msg import is_zh, pick

VALID, INVALID, DUPLICATE = "valid", "invalid", "duplicate"
SHOWN_IGNORED = 20  # ignored columns named in a summary; the rest are counted


@dataclass(frozen=True)
class Problem:
    line: int  # 0 for the file as a whole
    column: str  # the header as written in the file ("" for the row or the file)
    en: str
    zh: str
    severity: str = "error"  # "error": the row is not imported; "warning": imported as noted
    summarised: bool = False  # said by ``Preview.summary`` already (an ignored column)

    def text(self, lang: str) -> str:
        return pick(lang, en=self.en, zh=self.zh)

    def describe(self, lang: str) -> str:
        where = pick(lang, en=f"line {self.line}", zh=f"第 {self.line} 行") \
            if self.line else ""
        if self.column:
            where += pick(lang, en=f", {self.column}", zh=f"，{self.column}")
        return f"{where}: {self.text(lang)}" if where else self.text(lang)


@dataclass
class RowVerdict:
    line: int
    status: str  # VALID, INVALID or DUPLICATE (already imported, or repeated in the file)
    problems: list[Problem]
    summary: str  # a short plain-text excerpt of the row for the preview table
    payload: dict[str, Any] | None = None  # what would be written (valid rows only)


@dataclass
class Preview:
    what: str  # "opinions" or "attendees"
    session_id: int
    file_name: str
    format: str
    encoding: str
    columns: list[str]  # recognised headers, as written
    ignored_columns: list[str]
    rows: list[RowVerdict] = field(default_factory=list)
    file_problems: list[Problem] = field(default_factory=list)
    missing_items: list[str] = field(default_factory=list)  # agenda titles named but not found

    def count(self, status: str) -> int:
        cached = self.__dict__.get("_counts")
        if cached is None or cached[0] != len(self.rows):  # rows are only ever appended
            tally: dict[str, int] = {}
            for row in self.rows:
                tally[row.status] = tally.get(row.status, 0) + 1
            cached = (len(self.rows), tally)
            self.__dict__["_counts"] = cached
        return cached[1].get(status, 0)

    @property
    def valid(self) -> int:
        return self.count(VALID)

    @property
    def invalid(self) -> int:
        return self.count(INVALID)

    @property
    def duplicates(self) -> int:
        return self.count(DUPLICATE)

    def problems(self) -> list[Problem]:
        out = list(self.file_problems)
        for row in self.rows:
            out.extend(row.problems)
        return out

    def file_notes(self) -> list[Problem]:
        """What the reading says of the file and of lines that are not rows (repeated columns,
        lines skipped, the worksheet read), beyond what ``summary`` says."""
        return [p for p in self.file_problems if not p.summarised]

    def summary(self, lang: str) -> str:
        if is_zh(lang):
            text = (f"{self.file_name}（{self.format.upper()}{'，' + self.encoding if self.encoding else ''}）："
                    f"共 {len(self.rows)} 行，有效 {self.valid} 行，有问题 {self.invalid} 行，"
                    f"重复 {self.duplicates} 行")
            if self.ignored_columns:
                text += f"；忽略的列：{'、'.join(self.ignored_columns[:SHOWN_IGNORED])}"
                if len(self.ignored_columns) > SHOWN_IGNORED:
                    text += f" 等，共 {len(self.ignored_columns)} 列"
            if self.missing_items:
                text += f"；议程中没有的议题 {len(self.missing_items)} 个"
            return text + "。"
        text = (f"{self.file_name} ({self.format.upper()}{', ' + self.encoding if self.encoding else ''}): "
                f"{len(self.rows)} rows, {self.valid} valid, {self.invalid} with problems, "
                f"{self.duplicates} duplicates")
        if self.ignored_columns:
            text += f"; ignored columns: {', '.join(self.ignored_columns[:SHOWN_IGNORED])}"
            if len(self.ignored_columns) > SHOWN_IGNORED:
                text += f" and {len(self.ignored_columns) - SHOWN_IGNORED:,} more " \
                        f"({len(self.ignored_columns):,} in all)"
        if self.missing_items:
            text += f"; {len(self.missing_items)} agenda item(s) not in the agenda"
        return text + "."


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int
    invalid: int
    ids: tuple[int, ...] = ()
