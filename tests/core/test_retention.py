"""Retention of citizens' contacts: the period per organisation, measured on an injectable clock."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from desktop.core.clock import FakeClock
from desktop.core.errors import ValidationError
from desktop.core.models import AuditEntry
from desktop.core.services import (
    attendance, commitments, dispositions, followups, opinions, owners, people, retention,
    sessions,
)

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)


def _citizen(db, session_id, name="王芳", contact="13900139000", when=T0):
    return attendance.register_attendee(db, session_id, name, "5号楼", contact=contact,
                                        contact_consent=True, now=when)[1]


def _closed_opinion(db, session_id, person_id, called_at, *, commitment_done=True):
    """An opinion with a disposition, a commitment and a follow-up call at ``called_at``."""
    o = opinions.create_opinion(db, session_id, "楼道灯坏了", person_id=person_id, now=T0)
    dispositions.set_disposition(db, o.id, "adopted", decided_at=T0 + timedelta(days=1))
    owner = owners.create_owner(db, "物业办")
    c = commitments.create_commitment(db, session_id, "修好楼道灯", owner.id,
                                      T0 + timedelta(days=10), opinion_ids=[o.id])
    if commitment_done:
        commitments.set_status(db, c.id, "done", now=T0 + timedelta(days=3))
    followups.record_followup(db, commitment_id=c.id, resolved=True, called_at=called_at)
    return o, c


def test_contact_is_erased_exactly_when_the_period_after_the_last_follow_up_has_passed(db):
    clock = FakeClock(T0)
    s = sessions.create_session(db, "三月恳谈会", T0)
    person = _citizen(db, s.id)
    _closed_opinion(db, s.id, person.id, called_at=datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    # 180 days after 10 March 10:00 UTC, counted on a calendar: 6 September 10:00 UTC.
    boundary = datetime(2026, 9, 6, 10, 0, tzinfo=UTC)
    clock.advance((boundary - T0).total_seconds() - 1)
    before = retention.run(db, clock.now())
    assert before.due == ()
    assert [c.due_at for c in before.waiting] == [boundary]
    assert people.get_person(db, person.id).contact == "13900139000"
    clock.advance(1)
    after = retention.run(db, clock.now())
    assert [c.person_id for c in after.due] == [person.id]
    kept = people.get_person(db, person.id)
    assert kept.contact is None and kept.contact_consent is False
    assert kept.name == "王芳"  # retention erases the contact only
    with db.read() as s_:
        entries = list(s_.exec(select(AuditEntry).where(AuditEntry.action == "contact_erased")))
        runs = list(s_.exec(select(AuditEntry).where(AuditEntry.entity == "retention",
                                                    AuditEntry.action == "run")))
    assert [(e.entity_id, e.reason, e.at) for e in entries] == [(person.id, "retention", boundary)]
    assert [json.loads(r.detail_json)["erased"] for r in runs] == [[], [person.id]]
    assert retention.run(db, clock.now() + timedelta(days=1)).due == ()  # nothing held now


def test_an_open_commitment_or_a_missing_follow_up_keeps_the_contact(db):
    s = sessions.create_session(db, "恳谈会", T0)
    person = _citizen(db, s.id)
    _o, c = _closed_opinion(db, s.id, person.id, T0 + timedelta(days=2), commitment_done=False)
    late = T0 + timedelta(days=3000)
    held = retention.plan(db, late)
    assert held.due == ()
    assert held.waiting[0].due_at is None
    assert f"commitment #{c.id} is still open" in [e for e, _z in held.waiting[0].open_reasons]
    other = _citizen(db, s.id, "李强", "13700137000")
    opinions.create_opinion(db, s.id, "问题", person_id=other.id, now=T0)
    reasons = {w.person_id: [e for e, _ in w.open_reasons]
               for w in retention.plan(db, late).waiting}
    assert any("no disposition" in r for r in reasons[other.id])
    assert any("no follow-up" in r for r in reasons[other.id])
    commitments.set_status(db, c.id, "done", now=T0 + timedelta(days=3))
    assert [d.person_id for d in retention.plan(db, late).due] == [person.id]


def test_attendee_without_opinions_is_due_when_the_session_is_that_old(db):
    s = sessions.create_session(db, "恳谈会", T0)
    person = _citizen(db, s.id)
    assert retention.plan(db, T0 + timedelta(days=180) - timedelta(seconds=1)).due == ()
    assert [d.person_id for d in retention.plan(db, T0 + timedelta(days=180)).due] == [person.id]


def test_each_organisation_has_its_own_period_and_the_longest_applies(db):
    a = sessions.create_session(db, "青石街道恳谈会", T0, organisation="青石街道")
    b = sessions.create_session(db, "枫林社区恳谈会", T0, organisation="枫林社区")
    short = _citizen(db, a.id, "赵敏", "13600136000")
    both = _citizen(db, a.id, "钱进", "13500135000")
    attendance.register(db, b.id, both.id)
    assert retention.periods(db) == {"": 180, "枫林社区": 180, "青石街道": 180}
    retention.set_contact_days(db, "青石街道", 30)
    assert retention.contact_days(db, "青石街道") == 30
    assert retention.contact_days(db, "枫林社区") == retention.DEFAULT_CONTACT_DAYS == 180
    due = retention.plan(db, T0 + timedelta(days=30))
    assert [d.person_id for d in due.due] == [short.id]
    assert {w.person_id: w.days for w in due.waiting} == {both.id: 180}


@pytest.mark.parametrize("days", [0, -1, 3651, "30", 1.5, True, None])
def test_bad_periods_are_refused_and_change_nothing(db, days):
    retention.set_contact_days(db, "", 90)
    with pytest.raises(ValidationError) as err:
        retention.set_contact_days(db, "", days)
    assert "1 to 3650" in err.value.en and "1 到 3650" in err.value.zh
    assert retention.contact_days(db, "") == 90


def test_officials_office_contacts_are_not_citizens_data(db):
    s = sessions.create_session(db, "恳谈会", T0)
    official = people.create_person(db, "刘主任", contact="0571-88886666", contact_consent=True,
                                    is_official=True, now=T0)
    attendance.register(db, s.id, official.id)
    run = retention.run(db, T0 + timedelta(days=5000))
    assert run.due == () and people.get_person(db, official.id).contact == "0571-88886666"


def test_the_scheduled_run_happens_at_start_and_then_once_a_day(db):
    clock = FakeClock(T0)
    s = sessions.create_session(db, "恳谈会", T0)
    _citizen(db, s.id)
    assert retention.run_due(db, clock.now()) is not None  # at start
    clock.advance(hours=23)
    assert retention.run_due(db, clock.now()) is None
    clock.advance(hours=1)
    assert retention.run_due(db, clock.now()) is not None
    assert retention.last_run(db) == clock.now()
