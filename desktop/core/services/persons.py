"""A person's request to see what is held about them (PIPL Arts. 44–45), and finding the person.

``person_report`` gathers everything Tingjian holds about one person — the person record and
consent, registrations, speaker turns, opinions with tags, dispositions, replies, the commitments
answering them with progress and follow-up calls, the sessions, and the audit trail about the
person — as plain data that :mod:`desktop.minutes.person_report` writes to .docx or JSON.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..models import (
    Attendance, AuditEntry, Commitment, CommitmentOpinion, Disposition, FollowUp,
    ListeningSession, MinutesVersion, Opinion, OpinionTag, Person, ProgressNote, Reply,
    SpeakerTurn,
)
from .common import MAX_TITLE, clean_text, fetch

MAX_LISTED = 20
MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's largest integer


def _describe(s: Session, person: Person) -> str:
    sessions = s.exec(select(func.count(func.distinct(Attendance.session_id)))
                      .where(Attendance.person_id == person.id)).one()
    group = f", {person.group_name}" if person.group_name else ""
    return f"#{person.id} {person.name}{group} ({sessions} session{'s' if sessions != 1 else ''})"


def find_person(db: Database, text: str) -> Person:
    """PERSON on the command line: an id (``12`` or ``#12``) or an exact name.

    A name several people share is refused with the list of them to choose by id.
    """
    wanted = clean_text(text, "The person", "人员", max_len=MAX_TITLE).strip()
    if not wanted:
        raise ValidationError(en="Name the person: an id or a name.",
                              zh="请指定人员：编号或姓名。")
    with db.read() as s:
        digits = wanted.removeprefix("#")
        if digits.isascii() and digits.isdigit():
            ident = int(digits)
            if ident > MAX_ID:
                raise NotFoundError(en=f"Person #{digits} does not exist.",
                                    zh=f"人员 #{digits} 不存在。")
            return fetch(s, Person, ident, "Person", "人员")
        matches = list(s.exec(select(Person).where(Person.name == wanted).order_by(Person.id)))
        if not matches:
            raise NotFoundError(en=f"Nobody called {wanted!r} is held in this database.",
                                zh=f"本数据库中没有名为“{wanted}”的人员。")
        if len(matches) > 1:
            lines = "\n".join("  " + _describe(s, p) for p in matches[:MAX_LISTED])
            more = len(matches) - MAX_LISTED
            tail = f"\n  … {more} more" if more > 0 else ""
            raise ValidationError(
                en=f"{len(matches)} people are called {wanted!r}; choose one by id:\n{lines}{tail}",
                zh=f"有 {len(matches)} 人名为“{wanted}”，请用编号指定其中一人：\n{lines}{tail}")
        return matches[0]


@dataclass
class PersonReport:
    generated_at: str
    person: dict
    consents: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)
    registrations: list[dict] = field(default_factory=list)
    speaker_turns: list[dict] = field(default_factory=list)
    opinions: list[dict] = field(default_factory=list)
    commitments: list[dict] = field(default_factory=list)
    follow_ups: list[dict] = field(default_factory=list)
    minutes_versions: list[dict] = field(default_factory=list)
    audit: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


def _t(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def person_report(db: Database, person_id: int, now: datetime) -> PersonReport:
    with db.read() as s:
        p = fetch(s, Person, person_id, "Person", "人员")
        report = PersonReport(generated_at=now.isoformat(), person={
            "id": p.id, "name": p.name, "group": p.group_name, "gender": p.gender,
            "contact": p.contact, "contact_consent": p.contact_consent,
            "consent_at": _t(p.consent_at), "is_official": p.is_official, "note": p.note,
            "created_at": _t(p.created_at), "erased_at": _t(p.erased_at)})
        person_audit = list(s.exec(select(AuditEntry).where(
            AuditEntry.entity == "person", AuditEntry.entity_id == person_id)
            .order_by(AuditEntry.at, AuditEntry.id)))
        if p.consent_at is not None:
            report.consents.append({"at": _t(p.consent_at), "what": "consent given",
                                    "contact_kept": p.contact is not None})
        for a in person_audit:
            if a.action.startswith("contact_"):
                report.consents.append({"at": _t(a.at), "what": a.action, "reason": a.reason})
        report.audit = [{"at": _t(a.at), "action": a.action, "reason": a.reason,
                         "detail": json.loads(a.detail_json) if a.detail_json else {}}
                        for a in person_audit]
        for a, title in s.exec(select(Attendance, ListeningSession.title)
                               .join(ListeningSession,
                                     col(ListeningSession.id) == Attendance.session_id)
                               .where(Attendance.person_id == person_id)
                               .order_by(ListeningSession.starts_at)):
            report.registrations.append({"session_id": a.session_id, "session": title,
                                         "role": a.role, "signed_in_at": _t(a.signed_in_at)})
        for t in s.exec(select(SpeakerTurn).where(SpeakerTurn.person_id == person_id)
                        .order_by(SpeakerTurn.queued_at, SpeakerTurn.id)):
            report.speaker_turns.append({"session_id": t.session_id, "label": t.label,
                                         "group": t.group_name, "status": t.status,
                                         "started_at": _t(t.started_at),
                                         "ended_at": _t(t.ended_at)})
        opinions = list(s.exec(select(Opinion).where(Opinion.person_id == person_id)
                               .order_by(Opinion.received_at, Opinion.id)))
        ids = [o.id for o in opinions]
        tags: dict[int, list[str]] = {}
        for oid, tag in s.exec(select(OpinionTag.opinion_id, OpinionTag.tag)
                               .where(col(OpinionTag.opinion_id).in_(ids))):
            tags.setdefault(oid, []).append(tag)
        dispositions = {d.opinion_id: d for d in s.exec(
            select(Disposition).where(col(Disposition.opinion_id).in_(ids)))}
        replies: dict[int, list[Reply]] = {}
        for r in s.exec(select(Reply).where(col(Reply.opinion_id).in_(ids))
                        .order_by(Reply.given_at, Reply.id)):
            replies.setdefault(r.opinion_id, []).append(r)
        links: dict[int, list[int]] = {}
        for cid, oid in s.exec(select(CommitmentOpinion.commitment_id, CommitmentOpinion.opinion_id)
                               .where(col(CommitmentOpinion.opinion_id).in_(ids))):
            links.setdefault(cid, []).append(oid)
        for o in opinions:
            d = dispositions.get(o.id)
            report.opinions.append({
                "id": o.id, "session_id": o.session_id, "received_at": _t(o.received_at),
                "channel": o.channel, "kind": o.kind, "speaker": o.speaker_label, "text": o.text,
                "tags": sorted(tags.get(o.id, [])), "support_count": o.support_count,
                "removed_at": _t(o.removed_at), "removed_reason": o.removed_reason,
                "disposition": {"kind": d.kind, "reason": d.reason, "decided_by": d.decided_by,
                                "decided_at": _t(d.decided_at)} if d else None,
                "replies": [{"text": r.text, "given_by": r.given_by,
                             "on_the_spot": r.on_the_spot, "given_at": _t(r.given_at)}
                            for r in replies.get(o.id, [])],
                "commitments": sorted(cid for cid, oids in links.items() if o.id in oids)})
        for c in s.exec(select(Commitment).where(col(Commitment.id).in_(list(links)))
                        .order_by(Commitment.id)):
            notes = s.exec(select(ProgressNote).where(ProgressNote.commitment_id == c.id)
                           .order_by(ProgressNote.noted_at))
            report.commitments.append({
                "id": c.id, "session_id": c.session_id, "title": c.title, "detail": c.detail,
                "status": c.status, "due_at": _t(c.due_at), "completed_at": _t(c.completed_at),
                "opinions": sorted(links[c.id]),
                "progress": [{"at": _t(n.noted_at), "text": n.text} for n in notes]})
        for f in s.exec(select(FollowUp).where(or_(col(FollowUp.opinion_id).in_(ids),
                                                   col(FollowUp.commitment_id).in_(list(links))))
                        .order_by(FollowUp.called_at, FollowUp.id)):
            report.follow_ups.append({
                "called_at": _t(f.called_at), "opinion_id": f.opinion_id,
                "commitment_id": f.commitment_id, "caller": f.caller, "valid": f.valid,
                "contacted_in_time": f.contacted_in_time, "resolved": f.resolved,
                "satisfaction": f.satisfaction, "note": f.note})
        session_ids = ({r["session_id"] for r in report.registrations}
                       | {t["session_id"] for t in report.speaker_turns}
                       | {o.session_id for o in opinions})
        for sess in s.exec(select(ListeningSession)
                           .where(col(ListeningSession.id).in_(session_ids))
                           .order_by(ListeningSession.starts_at)):
            report.sessions.append({"id": sess.id, "title": sess.title, "kind": sess.kind,
                                    "starts_at": _t(sess.starts_at), "venue": sess.venue,
                                    "organisation": sess.organisation})
        for v in s.exec(select(MinutesVersion).where(col(MinutesVersion.session_id)
                                                     .in_(session_ids))
                        .order_by(MinutesVersion.session_id, MinutesVersion.id)):
            report.minutes_versions.append({"id": v.id, "session_id": v.session_id,
                                            "version": v.version, "public": v.public,
                                            "status": v.status, "file": v.file_path,
                                            "created_at": _t(v.created_at)})
        return report
