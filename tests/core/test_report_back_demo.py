"""The demo series: the next session's report-back item has overdue, open and completed
commitments, and an owner's account is kept as a marked, dated progress note."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.demo import create_demo_series
from desktop.core.errors import ValidationError
from desktop.core.models.enums import CommitmentStatus
from desktop.core.services import agenda, commitments, report_back, sessions

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demo_series_has_every_group_and_takes_an_account(db, lang) -> None:
    session = create_demo_series(db, lang, now=NOW)
    assert agenda.list_items(db, session.id)[0].kind == "report_back"
    first = next(s for s in (sessions.get_session(db, r.id) for r in sessions.list_session_rows(db))
                 if s.id != session.id)
    earlier = commitments.list_commitments(db, first.id)
    # the oracle from the stored rows: still open and past due → overdue; open on time → open;
    # done → completed (all were made at the first session, the only earlier one)
    expected = {c.id: ("completed" if c.status == CommitmentStatus.DONE
                       else "overdue" if c.due_at < NOW else "open") for c in earlier}
    rows = report_back.report_back(db, session.id, NOW)
    assert {r.commitment_id: r.group for r in rows} == expected
    assert set(expected.values()) == {"overdue", "open", "completed"}

    target = rows[0].commitment_id
    report_back.record_account(db, session.id, target, "  已按期推进  ", now=NOW)
    note = commitments.progress_notes(db, target)[-1]
    marker = "在《" + session.title + "》上汇报：" if lang == "zh" else f'Reported at "{session.title}": '
    assert (note.text, note.noted_at) == (marker + "已按期推进", NOW)
    again = {r.commitment_id: r for r in report_back.report_back(db, session.id, NOW)}
    assert again[target].reported_here == "已按期推进"
    assert marker not in again[target].last_note  # the last progress stays the one before
    with pytest.raises(ValidationError):  # the first session reports back on nothing
        report_back.record_account(db, first.id, target, "x", now=NOW)


def test_an_account_stays_with_its_session_when_the_session_is_renamed(db) -> None:
    session = create_demo_series(db, "zh", now=NOW)
    target = report_back.report_back(db, session.id, NOW)[0].commitment_id
    note = report_back.record_account(db, session.id, target, "已完成一半", now=NOW)
    assert commitments.progress_notes(db, target)[-1].reported_at_session_id == session.id
    sessions.update_session(db, session.id, title="改名后的恳谈会")
    rows = {r.commitment_id: r for r in report_back.report_back(db, session.id, NOW)}
    assert rows[target].reported_here.endswith("已完成一半")
    assert rows[target].reported_here_at == note.noted_at
    assert "已完成一半" not in rows[target].last_note
