"""No lost updates: rows seats edit concurrently carry a version; an edit made on an older
version is refused with ConflictError, nothing of it is written and the screens read again."""
from __future__ import annotations

import threading

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.core.changes import Entity
from desktop.core import archive, migrate
from desktop.core.deadlines import DeadlinePolicy
from desktop.core.errors import ConflictError
from desktop.core.models import AgendaItem, Commitment, Opinion, SpeakerTurn
from desktop.core.services import (
    agenda, commitments, dispositions, opinions, owners, policies, sessions, turns,
)
from desktop.core.services.common import fetch, touch

START = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
ONE_EXTENSION = DeadlinePolicy(key="one_extension", name_zh="可延期一次", name_en="One extension",
                               amount=15, unit="calendar_days", max_extension=60,
                               max_extensions=1)


@pytest.fixture
def room(db):
    s = sessions.create_session(db, "枫林社区民情恳谈会", START)
    owner = owners.create_owner(db, "街道城管办")
    opinion = opinions.create_opinion(db, s.id, "电梯经常故障")
    item = agenda.add_item(db, s.id, "开放发言")
    turn = turns.enqueue(db, s.id, label="3号楼居民")
    commitment = commitments.create_commitment(db, s.id, "协调维修电梯", owner.id,
                                               START + timedelta(days=20))
    return db, s, owner, opinion, item, turn, commitment


def _version(db, model, ident) -> int:
    with db.read() as s:
        return s.get(model, ident).version


def _heard(db) -> list[tuple[str, tuple]]:
    heard: list[tuple[str, tuple]] = []
    db.subscribe(lambda change: heard.append((change.entity, change.ids)))
    return heard


def test_new_rows_start_at_one_and_each_update_adds_one(room) -> None:
    db, _s, _owner, opinion, item, turn, commitment = room
    assert [_version(db, m, i) for m, i in ((Opinion, opinion.id), (AgendaItem, item.id),
                                             (SpeakerTurn, turn.id),
                                             (Commitment, commitment.id))] == [1, 1, 1, 1]
    opinions.update_opinion(db, opinion.id, text="电梯一周坏三次", expected_version=1)
    opinions.update_opinion(db, opinion.id, support_count=4, expected_version=2)
    assert _version(db, Opinion, opinion.id) == 3
    commitments.set_status(db, commitment.id, "in_progress", expected_version=1)
    assert _version(db, Commitment, commitment.id) == 2


def test_opinion_edit_on_an_older_version_is_refused(room) -> None:
    db, _s, _owner, opinion, *_ = room
    seen = _version(db, Opinion, opinion.id)
    opinions.update_opinion(db, opinion.id, text="另一台电脑的修改")  # another seat
    heard = _heard(db)
    with pytest.raises(ConflictError) as caught:
        opinions.update_opinion(db, opinion.id, text="我的修改", tags=["电梯"],
                                expected_version=seen)
    assert caught.value.text("zh") == "已被另一台电脑修改，请刷新后重试。"
    assert "changed this meanwhile" in caught.value.text("en")
    assert (caught.value.entity, caught.value.ids) == ("opinion", (opinion.id,))
    assert ("opinion", (opinion.id,)) in heard  # the screens showing it read it again
    assert opinions.list_opinions(db, opinion.session_id)[0].text == "另一台电脑的修改"
    assert opinions.tags_of(db, [opinion.id]) == {}
    assert _version(db, Opinion, opinion.id) == seen + 1


def test_disposition_decided_meanwhile_is_refused(room) -> None:
    db, _s, owner, opinion, *_ = room
    dispositions.set_disposition(db, opinion.id, "adopted", decided_by="王主任",
                                 expected_version=0)  # the screen showed no disposition
    with pytest.raises(ConflictError):  # a second seat that also saw none
        dispositions.set_disposition(db, opinion.id, "not_adopted", reason="不在职责范围",
                                     expected_version=0)
    current = dispositions.get_disposition(db, opinion.id)
    assert (current.kind, current.version) == ("adopted", 1)
    dispositions.set_disposition(db, opinion.id, "referred", referred_to_id=owner.id,
                                 expected_version=1)
    with pytest.raises(ConflictError):
        dispositions.set_disposition(db, opinion.id, "explained", reason="已解释",
                                     expected_version=1)
    current = dispositions.get_disposition(db, opinion.id)
    assert (current.kind, current.version) == ("referred", 2)


def test_agenda_edit_on_an_older_version_is_refused(room) -> None:
    db, _s, _owner, _opinion, item, *_ = room
    agenda.update_item(db, item.id, summary="居民反映停车难", expected_version=1)
    with pytest.raises(ConflictError):
        agenda.update_item(db, item.id, summary="旧屏幕上的小结", expected_version=1)
    row = agenda.get_item(db, item.id)
    assert (row.summary, row.version) == ("居民反映停车难", 2)


def test_turn_changes_on_an_older_version_are_refused(room) -> None:
    db, s, _owner, _opinion, _item, turn, _c = room
    second = turns.enqueue(db, s.id, label="5号楼居民")
    turns.start(db, turn.id, now=START)  # another seat gave the floor: version 2
    with pytest.raises(ConflictError):
        turns.reset_turn(db, turn.id, "queued", None, None, expected_version=1)
    with pytest.raises(ConflictError):
        turns.move_turn(db, second.id, 0, expected_version=second.version + 1)
    with pytest.raises(ConflictError):
        turns.remove_turn(db, turn.id, expected_version=1)
    (first, other) = turns.list_turns(db, s.id)
    assert (first.status, first.version, other.status) == ("speaking", 2, "queued")


def test_commitment_edits_on_an_older_version_are_refused(room) -> None:
    db, _s, _owner, _opinion, _item, _turn, c = room
    policies.save_custom(db, ONE_EXTENSION)
    commitments.update_commitment(db, c.id, deadline_policy="one_extension", expected_version=1)
    with pytest.raises(ConflictError):
        commitments.update_commitment(db, c.id, title="旧屏幕", expected_version=1)
    with pytest.raises(ConflictError):
        commitments.set_status(db, c.id, "done", expected_version=1)
    with pytest.raises(ConflictError):
        commitments.extend(db, c.id, c.due_at + timedelta(days=5), "需要协调", expected_version=1)
    assert commitments.extensions(db, c.id) == []
    row = commitments.list_commitments(db)[0]
    assert (row.title, row.status, row.due_at, row.version) == ("协调维修电梯", "open", c.due_at, 2)
    commitments.extend(db, c.id, c.due_at + timedelta(days=5), "需要协调", expected_version=2)
    assert _version(db, Commitment, c.id) == 3


def test_a_row_changed_between_read_and_write_is_not_overwritten(room) -> None:
    """Without any expected version: the service read the row, another connection changed it
    before this transaction wrote, and the update matches nothing instead of overwriting."""
    db, _s, _owner, opinion, *_ = room
    with pytest.raises(ConflictError):
        with db.write() as s:
            row = fetch(s, Opinion, opinion.id, "Opinion", "意见")
            # another seat: a thread of its own has its own transaction (this one is not joined)
            other = threading.Thread(target=opinions.update_opinion, args=(db, opinion.id),
                                     kwargs={"text": "另一台电脑先保存"})
            other.start()
            other.join()
            row.text = "后保存的旧内容"
            touch(s, row, Entity.OPINION)
    assert opinions.list_opinions(db, opinion.session_id)[0].text == "另一台电脑先保存"


def test_versions_survive_an_archive_round_trip(room, tmp_path: Path) -> None:
    from desktop.core.db import open_database, resolve_location

    db, _s, _owner, opinion, item, _turn, c = room
    for n in range(3):
        opinions.update_opinion(db, opinion.id, support_count=n + 1)
    agenda.update_item(db, item.id, summary="小结")
    dispositions.set_disposition(db, opinion.id, "adopted")
    path = tmp_path / "all.json"
    archive.export_archive(db, path)
    target_path = tmp_path / "target.db"
    target = open_database(resolve_location(target_path, target_path))
    try:
        archive.import_archive(target, path)
        assert (_version(target, Opinion, opinion.id), _version(target, AgendaItem, item.id),
                dispositions.get_disposition(target, opinion.id).version,
                _version(target, Commitment, c.id)) == (4, 2, 1, 1)
    finally:
        target.close()


def test_migration_gives_existing_rows_version_one(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        migrate.upgrade(engine, "0021")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO listening_session (id, kind, title, language, "
                              "organisation, starts_at, planned_minutes, venue, chair, "
                              "facilitator, recorder, deadline_policy, status, anonymous_count, "
                              "note, created_at, updated_at) VALUES (1, 'listening', 't', 'zh', "
                              "'', '2026-11-20 06:30:00', 120, '', '', '', '', '', 'planned', 0, "
                              "'', '2026-11-20 06:30:00', '2026-11-20 06:30:00')"))
            conn.execute(text("INSERT INTO agenda_item (id, session_id, position, kind, title, "
                              "planned_minutes, paused_seconds, summary, decisions) VALUES "
                              "(1, 1, 0, 'open_floor', 'a', 10, 0, '', '')"))
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version FROM agenda_item")).scalar_one() == 1
        migrate.downgrade(engine, "0021")
        with engine.connect() as conn:
            columns = [r[1] for r in conn.execute(text("PRAGMA table_info(agenda_item)"))]
        assert "version" not in columns
    finally:
        engine.dispose()
