"""Personal data over the large dataset (500 sessions, 100,000 opinions) with a contact held for
each of its 5,000 people: what the next retention run erases (Settings, off the GUI thread), a
person's report written to .docx, and an erasure rewriting every record that names the person."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.db import open_database, resolve_location
from desktop.core.services import erasure, persons, retention
from desktop.minutes.person_report import write_person_report

from .test_bench_scale import large_db  # noqa: F401

NOW = datetime(2027, 6, 1, tzinfo=UTC)


@pytest.fixture
def with_contacts(large_db: Path, tmp_path: Path):  # noqa: F811
    path = tmp_path / "people.db"
    shutil.copy(large_db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE person SET contact = '13800138000', contact_consent = 1, "
                 "consent_at = created_at WHERE is_official = 0")
    busiest = conn.execute("SELECT person_id FROM opinion WHERE person_id IS NOT NULL "
                           "GROUP BY person_id ORDER BY count(*) DESC LIMIT 5").fetchall()
    conn.commit()
    conn.close()
    db = open_database(resolve_location(path, path), backup=False)
    yield db, [row[0] for row in busiest]
    db.close()


def test_retention_plan_large(benchmark, with_contacts) -> None:
    db, _ids = with_contacts
    plan = benchmark(retention.plan, db, NOW)
    benchmark.extra_info["contacts"] = len(plan.due) + len(plan.waiting)
    assert len(plan.due) + len(plan.waiting) >= 4000


def test_person_report_docx_large(benchmark, with_contacts, tmp_path: Path) -> None:
    db, ids = with_contacts
    out = tmp_path / "report.docx"

    def report() -> Path:
        return write_person_report(persons.person_report(db, ids[0], NOW), out, "zh")

    assert benchmark(report).stat().st_size > 0


def test_erase_person_large(benchmark, with_contacts) -> None:
    db, ids = with_contacts
    remaining = list(ids)

    def erase() -> erasure.Erasure:
        return erasure.erase_person(db, remaining.pop(0), "本人要求删除", "李秘书", now=NOW)

    done = benchmark.pedantic(erase, rounds=len(ids), iterations=1)
    assert done.changed["opinion"] > 0
