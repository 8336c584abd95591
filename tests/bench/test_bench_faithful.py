"""Figures of "faithful data": the CSV export of the large dataset (110,000 rows) against the
standard ``csv`` module writing the same rows, and the JSON archive's export and import against
a bare ``json.dumps`` / ``json.load`` of the same tables.

Run with ``python3 dev.py bench tests/bench/test_bench_faithful.py``; compare the medians.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.core import archive, exports
from desktop.core.db import open_database, resolve_location
from desktop.core.large_demo import create_large_demo


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "large.db"
    db = open_database(resolve_location(path, path))
    create_large_demo(db, seed=1)
    yield db
    db.close()


@pytest.fixture(scope="module")
def fetched(large):
    return exports.sheets(large, None, "zh")


def test_csv_export_from_the_database(benchmark, large, tmp_path) -> None:
    """The user's path: query, words for codes, times in the display zone, safe cells, files."""
    paths = benchmark.pedantic(lambda: exports.write_csv(tmp_path / "x.csv",
                                                         exports.sheets(large, None, "zh")),
                               rounds=3, iterations=1)
    assert sum(p.stat().st_size for p in paths) > 1_000_000


def test_csv_export_writing(benchmark, fetched, tmp_path) -> None:
    """The writing step alone (the rows already read), to compare with the csv module."""
    benchmark.pedantic(lambda: exports.write_csv(tmp_path / "x.csv", fetched), rounds=3,
                       iterations=1)


def test_csv_module_same_rows(benchmark, fetched, tmp_path) -> None:
    """Baseline: the csv module writing the same rows (times as Python writes them)."""
    def run() -> None:
        for n, sheet in enumerate(fetched):
            with (tmp_path / f"b{n}.csv").open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(sheet.header)
                writer.writerows(sheet.rows)

    benchmark.pedantic(run, rounds=3, iterations=1)


@pytest.fixture(scope="module")
def written(large, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "all.json"
    archive.export_archive(large, path)
    return path


def test_archive_export(benchmark, large, tmp_path) -> None:
    benchmark.pedantic(lambda: archive.export_archive(large, tmp_path / "a.json"), rounds=3,
                       iterations=1)


def test_json_dumps_same_tables(benchmark, written, tmp_path) -> None:
    tables = json.loads(written.read_bytes())["tables"]
    benchmark.pedantic(lambda: (tmp_path / "j.json").write_text(
        json.dumps(tables, ensure_ascii=False), encoding="utf-8"), rounds=3, iterations=1)


def test_archive_import(benchmark, written, tmp_path) -> None:
    """Read, verify, check every value, insert into a new database."""
    targets = iter(range(100))

    def setup():
        path = tmp_path / f"t{next(targets)}.db"
        return (open_database(resolve_location(path, path)),), {}

    def run(db) -> None:
        archive.import_archive(db, written)
        db.close()

    benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)


def test_json_load_same_file(benchmark, written) -> None:
    benchmark.pedantic(lambda: json.loads(written.read_bytes()), rounds=3, iterations=1)


def test_floor_parse_and_bare_insert(benchmark, written, tmp_path) -> None:
    """The least any import that really writes the rows can do, for comparison: ``json.load``
    of the same file, then every row as it stands in the file (no check, no conversion) into
    the same tables by one ``executemany`` each, with no index and no link lookups, and the
    commit. The archive import does this and checks every value, converts the times, makes
    the indexes and checks the links; this floor alone costs more than 2x ``json.load``.
    Like the import, it keeps the garbage collector out (``no_gc_pauses``)."""
    import sqlite3

    from desktop.core.gcpause import no_gc_pauses

    targets = iter(range(100))

    def setup():
        path = tmp_path / f"f{next(targets)}.db"
        open_database(resolve_location(path, path)).close()  # the schema, as a new database has
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(f"PRAGMA cache_size={-archive.BULK_CACHE_KIB}")
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                   "AND sql IS NOT NULL").fetchall():
            raw.execute(f'DROP INDEX "{name}"')
        raw.execute("DELETE FROM deadline_policy")
        return (raw,), {}

    @no_gc_pauses
    def run(raw) -> None:
        tables = json.loads(written.read_bytes())["tables"]
        raw.execute("BEGIN")
        for name, content in tables.items():
            columns, rows = content["columns"], content["rows"]
            if rows:
                raw.executemany(f'INSERT INTO "{name}" ({", ".join(columns)}) '
                                f'VALUES ({", ".join("?" for _ in columns)})', rows)
        raw.execute("COMMIT")
        raw.close()

    benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)


def test_csv_module_from_a_bare_query(benchmark, large, tmp_path) -> None:
    """Baseline for the user's path: the same rows read by one plain query each (the driver,
    no types, codes and UTC text as stored) and written by the csv module."""
    import sqlite3

    opinions_sql = (
        "SELECT o.id, s.title, o.received_at, o.channel, o.speaker_label, p.name, p.group_name, "
        "a.title, o.kind, o.text, t.tags, o.support_count, d.kind, d.reason, r.name, "
        "d.decided_by, d.decided_at, o.work_order_no, o.work_order_source "
        "FROM opinion o JOIN listening_session s ON s.id = o.session_id "
        "LEFT JOIN person p ON p.id = o.person_id LEFT JOIN agenda_item a ON a.id = o.agenda_item_id "
        "LEFT JOIN (SELECT opinion_id, group_concat(tag, '；') AS tags FROM opinion_tag "
        "GROUP BY opinion_id) t ON t.opinion_id = o.id "
        "LEFT JOIN disposition d ON d.opinion_id = o.id LEFT JOIN owner r ON r.id = d.referred_to_id "
        "WHERE o.removed_at IS NULL ORDER BY o.session_id, o.received_at, o.id")
    commitments_sql = (
        "SELECT c.id, s.title, c.title, c.detail, w.name, c.due_at, c.original_due_at, c.status, "
        "c.status_reason, c.completed_at FROM commitment c "
        "JOIN listening_session s ON s.id = c.session_id JOIN owner w ON w.id = c.owner_id "
        "WHERE c.removed_at IS NULL ORDER BY c.due_at, c.id")
    path = large.location.path

    def run() -> None:
        raw = sqlite3.connect(path)
        for n, sql in enumerate((commitments_sql, opinions_sql)):
            rows = raw.execute(sql).fetchall()
            with (tmp_path / f"q{n}.csv").open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerows(rows)
        raw.close()

    benchmark.pedantic(run, rounds=3, iterations=1)
