"""Property-based bad input: every value ends in a clear error or a correct result, never an
unhandled exception and never a partial write."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.db import open_database, resolve_location
from desktop.core.errors import TingjianError
from desktop.core.services import commitments, opinions, owners, sessions
from desktop.minutes import write_minutes
from tests.minutes.samples import sample_minutes

NASTY = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Cs"])),
    st.sampled_from(["=cmd|' /C calc'!A0", "<script>alert(1)</script>", "\u202eevil\u202c",
                     "😀" * 1000, "\r\n\t", "\x00", "   ", "电梯" * 200_000, "\ud800"]),
)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("bad") / "bad.db"
    db = open_database(resolve_location(path, path))
    session = sessions.create_session(db, "bad input", datetime(2026, 11, 1, tzinfo=UTC))
    owner = owners.create_owner(db, "城管办")
    yield db, session.id, owner.id
    db.close()


def _speaks_chinese(message: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in message)


def _refusable(text: str, limit: int) -> bool:
    """What a user may not store: nothing but blanks, a NUL, a lone surrogate, too much text."""
    return (all(ch.isspace() for ch in text) or "\x00" in text or len(text) > limit
            or any(0xD800 <= ord(ch) <= 0xDFFF for ch in text))


@SETTINGS
@given(text=NASTY)
def test_opinion_text_is_stored_exactly_or_refused(shared_db, text: str) -> None:
    db, session_id, _owner = shared_db
    before = len(opinions.list_opinions(db, session_id))
    try:
        row = opinions.create_opinion(db, session_id, text, tags=[text[:30]] if text else [])
    except TingjianError as exc:
        assert _refusable(text, 2_000_000), f"refused {text[:40]!r}: {exc.en}"
        assert exc.text("en") != exc.text("zh") and _speaks_chinese(exc.text("zh"))
        assert len(opinions.list_opinions(db, session_id)) == before  # nothing half-written
        return
    assert not _refusable(text, 2_000_000), f"stored {text[:40]!r}"
    stored = next(o for o in opinions.list_opinions(db, session_id) if o.id == row.id)
    assert stored.text == text


def _commitment(db, session_id: int, commitment_id: int):  # noqa: ANN001, ANN202
    return next(c for c in commitments.list_commitments(db, session_id) if c.id == commitment_id)


@SETTINGS
@given(title=NASTY, reason=NASTY)
def test_commitment_fields(shared_db, title: str, reason: str) -> None:
    db, session_id, owner_id = shared_db
    due = datetime(2026, 12, 1, tzinfo=UTC)
    try:
        row = commitments.create_commitment(db, session_id, title, owner_id, due)
    except TingjianError as exc:
        assert _refusable(title, 10_000) and _speaks_chinese(exc.text("zh"))
        return
    assert not _refusable(title, 10_000)
    assert _commitment(db, session_id, row.id).title == title.strip()
    try:
        commitments.set_status(db, row.id, "cannot_do", reason)
    except TingjianError as exc:  # "cannot be done" needs a reason a reader can see
        assert _refusable(reason, 2_000_000) and _speaks_chinese(exc.text("zh"))
        after = _commitment(db, session_id, row.id)
        assert (after.status, after.status_reason) == ("open", "")
        return
    assert not _refusable(reason, 2_000_000)
    after = _commitment(db, session_id, row.id)
    assert (after.status, after.status_reason) == ("cannot_do", reason)


def _word_safe(text: str) -> str:
    """The characters XML 1.0 (so Word) can hold, without the blanks Word lays out itself."""
    return "".join(ch for ch in text if not ch.isspace() and (
        0x20 <= ord(ch) <= 0xD7FF or 0xE000 <= ord(ch) <= 0xFFFD or ord(ch) >= 0x10000))


@settings(max_examples=15, deadline=None)
@given(text=NASTY.filter(lambda t: len(t) < 300_000))
def test_documents_take_any_text(tmp_path_factory, text: str) -> None:
    base = sample_minutes("zh", n_opinions=2, n_commitments=1)
    entry = base.appendix[0]
    content = type(base)(**{**{f: getattr(base, f) for f in base.__dataclass_fields__},
                            "title": text or "x",
                            "appendix": (type(entry)(**{**{f: getattr(entry, f) for f in
                                                           entry.__dataclass_fields__},
                                                        "text": text}),)})
    out = tmp_path_factory.mktemp("doc") / "m.docx"
    write_minutes(content, "official", out)
    document = docx.Document(str(out))  # a real reader opens it
    body = _word_safe("".join(p.text for p in document.paragraphs))
    assert _word_safe(text) in body  # the text arrives whole, only what Word cannot hold dropped


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(when=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                         timezones=st.just(UTC)))
def test_any_real_date_is_kept_exactly(shared_db, when: datetime) -> None:
    db, _session, _owner = shared_db
    made = sessions.create_session(db, "dated", when)
    assert sessions.get_session(db, made.id).starts_at == when


def test_a_date_without_time_zone_is_refused_and_nothing_written(shared_db) -> None:
    db, _session, _owner = shared_db
    before = len(sessions.list_session_rows(db))
    with pytest.raises(TingjianError) as info:
        sessions.create_session(db, "naive", datetime(2026, 11, 3, 14, 30))
    assert "time zone" in info.value.text("en") and _speaks_chinese(info.value.text("zh"))
    assert len(sessions.list_session_rows(db)) == before


def test_naive_and_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(TingjianError):
        open_database(resolve_location(tmp_path / "missing" / "x.db", tmp_path / "x"),
                      create=False)


CELL = st.one_of(st.text(max_size=60), NASTY.filter(lambda t: len(t) < 2_000),
                 st.sampled_from(["2026年11月3日 14:30", "2026/13/45", "3 Nov 2026", "31/02/2026",
                                  "热线", "fax", "投诉", "", "=HYPERLINK(\"x\")", "@SUM(A1)"]))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=11), max_size=8),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_opinion_import_gives_every_row_a_verdict(shared_db, tmp_path_factory, rows, encoding):
    """Arbitrary CSV: a clear file error, or a verdict per row and exactly the valid rows
    written (all at once), never an unhandled exception."""
    import csv

    from desktop.core.importing.opinions import import_opinions, preview_opinions
    from desktop.core.importing.preview import VALID

    db, session_id, _owner = shared_db
    path = tmp_path_factory.mktemp("csv") / "in.csv"
    header = ["channel", "received_at", "name", "group", "contact", "agenda_item", "kind",
              "tags", "text", "渠道", "extra"]
    try:
        with path.open("w", encoding=encoding, newline="", errors="strict") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
            writer.writerow(["热线", "2026-11-03 14:30", "王秀英", "7号楼", "", "", "建议", "停车",
                             f"一定有效的一行 {uuid.uuid4()}", "", ""])
    except (UnicodeEncodeError, csv.Error):
        return  # not representable in that encoding: nobody could have such a file
    before = len(opinions.list_opinions(db, session_id))
    try:
        preview = preview_opinions(db, session_id, path)
    except TingjianError as exc:
        assert exc.en and exc.zh
        assert len(opinions.list_opinions(db, session_id)) == before
        return
    assert len(opinions.list_opinions(db, session_id)) == before  # the preview wrote nothing
    valid = preview.count(VALID)
    assert valid >= 1  # the known-good last row is always accepted
    result = import_opinions(db, preview)
    after = opinions.list_opinions(db, session_id)
    assert result.added + result.duplicates == valid
    assert len(after) == before + result.added
    for row in after[before:]:
        assert row.text.strip()
