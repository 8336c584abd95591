"""Archives are checked like input: a recomputed checksum lets nothing through that the services
would refuse; approvals of files that are not here are not taken as local approvals; size and
nesting are bounded; every failure is one readable line."""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import archive, archive_checks
from desktop.core.errors import ValidationError
from tests.memprobe import probe
from desktop.core.models import enums
from desktop.core.services import (
    commitments, dispositions, followups, minutes_versions, opinions, owners, people, sessions,
)

START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


@pytest.fixture
def source(sqlite_database, tmp_path: Path):
    db = sqlite_database
    s = sessions.create_session(db, "枫林社区民情恳谈会", START)
    city = owners.create_owner(db, "街道城管办")
    o1 = opinions.create_opinion(db, s.id, "电梯经常故障", speaker_label="3号楼居民", support_count=3)
    opinions.create_opinion(db, s.id, "停车难")
    dispositions.set_disposition(db, o1.id, "adopted", decided_by="王主任")
    c = commitments.create_commitment(db, s.id, "协调维修电梯", city.id, START + timedelta(days=20),
                                      opinion_ids=[o1.id])
    followups.record_followup(db, commitment_id=c.id, contacted_in_time=True, resolved=True,
                              satisfaction="satisfied", note="已修好")
    people.create_person(db, "王", gender="female")
    docx = tmp_path / "minutes.docx"
    docx.write_bytes(b"minutes of the session")
    version = minutes_versions.add_version(db, s.id, style="official", public=False,
                                           file_path=docx, content_json="{}")
    minutes_versions.approve(db, version.id, "张主任")
    path = tmp_path / "all.json"
    archive.export_archive(db, path)
    return path, docx


@pytest.fixture
def empty(tmp_path: Path):
    from desktop.core.db import open_database, resolve_location

    path = tmp_path / "target.db"
    db = open_database(resolve_location(path, path))
    yield db
    db.close()


def _forge(path: Path, out: Path, table: str, column: str, value, row: int = 0) -> Path:
    """Change one value and recompute the checksum, as anyone can."""
    document = json.loads(path.read_text(encoding="utf-8"))
    content = document["tables"][table]
    content["rows"][row][content["columns"].index(column)] = value
    canonical = json.dumps(document["tables"], ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    document["sha256"] = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.mark.parametrize("table, column, value, says", [
    ("listening_session", "status", "bogus_status", "bogus_status"),
    ("opinion", "kind", "not_a_kind", "not_a_kind"),
    ("opinion", "channel", "carrier_pigeon", "carrier_pigeon"),
    ("opinion", "support_count", -5, "0 to 1000000"),
    ("opinion", "support_count", 10**7, "0 to 1000000"),
    ("opinion", "support_count", "3", "bad number"),
    ("opinion", "received_at", "2026-11-20T06:30:00", "time zone"),
    ("opinion", "received_at", "yesterday", "bad time"),
    ("opinion", "received_at", "0001-01-01T00:00:00+00:00", "outside"),
    ("opinion", "session_id", 999, "listening_session #999"),
    ("opinion", "text", None, "may not be empty"),
    ("opinion", "text", "a\x00b", "NUL"),
    ("opinion", "speaker_label", "长" * 501, "too long"),
    ("opinion", "text", ["nested"], "not text"),
    ("disposition", "kind", "not_adopted", "reason"),
    ("follow_up", "valid", "yes", "bad flag"),
    ("person", "gender", "robot", "robot"),
    ("minutes_version", "approved_by", "", "who approved"),
])
def test_forged_values_are_refused_in_one_line(source, empty, tmp_path, table, column, value,
                                               says) -> None:
    path, _docx = source
    forged = _forge(path, tmp_path / "forged.json", table, column, value)
    before = archive.row_counts(empty)  # a new database holds only what it seeds
    with pytest.raises(ValidationError) as caught:
        archive.import_archive(empty, forged)
    message = caught.value.en
    assert "\n" not in message and "\n" not in caught.value.zh
    assert f"table {table}, row 1" in message and says in message
    assert f"表 {table}" in caught.value.zh
    assert archive.row_counts(empty) == before  # nothing was written


def test_every_vocabulary_of_the_domain_is_checked() -> None:
    """An independent list: every closed vocabulary in the models is enforced on some column."""
    vocabularies = {v for v in vars(enums).values()
                    if isinstance(v, type) and issubclass(v, enums.StrEnum) and v is not enums.StrEnum}
    assert vocabularies <= set(archive_checks.ENUMS.values())


def test_approval_of_a_file_not_here_is_approved_elsewhere(source, empty, tmp_path) -> None:
    path, docx = source
    docx.unlink()  # the archive travels; the file does not
    archive.import_archive(empty, path)
    (version,) = minutes_versions.list_versions(empty, 1)
    assert version.status == "approved" and version.approved_by == "张主任"
    assert version.file_path == ""  # no local file is approved
    assert version.sha256  # the hash of what was approved elsewhere is kept


def test_approval_with_a_forged_hash_is_not_a_local_approval(source, empty, tmp_path) -> None:
    path, docx = source
    forged = _forge(path, tmp_path / "f.json", "minutes_version", "sha256", "0" * 64)
    archive.import_archive(empty, forged)
    (version,) = minutes_versions.list_versions(empty, 1)
    assert version.file_path == "" and docx.exists()


def test_approval_whose_file_is_present_stays_local(source, empty) -> None:
    path, docx = source
    archive.import_archive(empty, path)
    (version,) = minutes_versions.list_versions(empty, 1)
    assert version.file_path == str(docx)


def test_round_trip_through_the_checks(source, empty) -> None:
    path, _docx = source
    counts = archive.import_archive(empty, path)
    assert counts["opinion"] == 2
    (first, second) = opinions.list_opinions(empty, 1)
    assert (first.text, first.support_count, first.speaker_label) == ("电梯经常故障", 3, "3号楼居民")
    assert second.text == "停车难"


def test_hand_reformatted_archive_is_still_verified(source, empty, tmp_path) -> None:
    path, _docx = source
    document = json.loads(path.read_text(encoding="utf-8"))
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    assert archive.import_archive(empty, pretty)["opinion"] == 2
    document["tables"]["opinion"]["rows"][0][0] = 77
    pretty.write_text(json.dumps(document, indent=2), encoding="utf-8")
    with pytest.raises(ValidationError, match="checksum"):
        archive.read_archive(pretty)


PROBE = """
import json, sys
from desktop.core import archive
from desktop.core.errors import TingjianError
try:
    archive.read_archive(sys.argv[1])
    outcome = "read"
except TingjianError as exc:
    outcome = exc.en
except BaseException as exc:
    outcome = "UNEXPECTED " + type(exc).__name__
print(json.dumps(outcome))
"""


def _probe(path: Path) -> dict:
    """Read ``path`` in a fresh interpreter: the outcome and that interpreter's peak memory."""
    return probe(PROBE, str(path))


def test_deep_nesting_is_one_readable_line(tmp_path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"format": "tingjian-archive", "tables": ' + "[" * 200_000 + "]" * 200_000 + "}")
    result = _probe(path)
    assert result["outcome"].startswith("The archive is damaged") and "nested" in result["outcome"]
    assert "\n" not in result["outcome"]


def test_oversized_archive_is_refused_unread(tmp_path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:  # a sparse file: 2 GB of nothing, without writing 2 GB
        fh.truncate(2 * 1024 * 1024 * 1024)
    result = _probe(path)
    assert "larger" in result["outcome"] and "1,024 MB" in result["outcome"]
    assert result["peak_mb"] < 500


def test_the_database_still_has_the_last_word_on_links(source, empty, tmp_path, monkeypatch
                                                       ) -> None:
    """The rows are loaded with the per-row link lookups off; the database's own foreign keys
    are checked once before the commit. With the archive's link check taken away, a dangling
    link is still refused, nothing is written, and the connection checks links again after."""
    path, _docx = source
    forged = _forge(path, tmp_path / "dangling.json", "opinion", "session_id", 999)
    real = archive_checks._rows

    class Anything(set):  # a key set that holds every key: "the link points at a row"
        def __ge__(self, other):
            return True

    class AllKnown(dict):
        def get(self, key, default=None):
            return Anything()

    def without_link_checks(table, columns, rows, ids, sqlite):
        return real(table, columns, rows, AllKnown(ids), sqlite)

    monkeypatch.setattr(archive, "_rows", without_link_checks)
    before = archive.row_counts(empty)
    with pytest.raises(ValidationError) as caught:
        archive.import_archive(empty, forged)
    assert "opinion" in caught.value.en and "listening_session" in caught.value.en
    assert "\n" not in caught.value.en
    assert archive.row_counts(empty) == before
    with empty.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("where", ["table", "columns", "header"])
def test_a_name_given_twice_is_refused_not_guessed(source, empty, tmp_path, where) -> None:
    """JSON allows a name twice in one object and the parser keeps the last: a table, its rows
    or the checksum given twice would silently be one of them. The archive is refused."""
    path, _docx = source
    document = json.loads(path.read_text(encoding="utf-8"))
    tables = document["tables"]
    body = json.dumps(tables, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if where == "table":  # the opinions once more, empty, after the real ones
        body = body[:-1] + ',"opinion":{"columns":[],"rows":[]}}'
    elif where == "columns":
        body = body.replace('"rows":', '"rows":[],"rows":', 1)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    header = {k: v for k, v in document.items() if k != "tables"}
    header["sha256"] = digest
    head = json.dumps(header, ensure_ascii=False)[:-1]
    if where == "header":
        head += f', "sha256": "{"0" * 64}"'
    forged = tmp_path / "twice.json"
    forged.write_bytes((head + ', "tables": ' + body + "}").encode("utf-8"))
    before = archive.row_counts(empty)
    with pytest.raises(ValidationError) as caught:
        archive.import_archive(empty, forged)
    assert "given twice" in caught.value.en and "\n" not in caught.value.en
    assert archive.row_counts(empty) == before
