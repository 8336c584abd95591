"""A person's request to be erased (PIPL Art. 47), and its replay after a restore.

The person's name, group and contact are replaced by an anonymous label on every record: the
person row, the speaker of their opinions and turns, and every free text that mentions them
(opinions, replies, commitments, progress notes, follow-up notes, agenda summaries, the audit
trail and the content kept with each minutes version). What they said stays. Officials are
refused: their names are part of the public record. Files of the minutes already written are
never changed; each version of a session the person took part in gets an audit note that its
file predates the erasure. The erasure is noted in the ledger beside the backups
(:mod:`desktop.core.erasure_ledger`) so that restoring an older backup cannot bring them back.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from .. import erasure_ledger as ledger
from ..db import Database, changed
from ..errors import ValidationError
from ..models import (
    AgendaItem, Attendance, AuditEntry, Commitment, FollowUp, ListeningSession, MinutesVersion,
    Opinion, Owner, Person, ProgressNote, Reply, SpeakerTurn, utcnow,
)
from ..models.enums import OwnerKind
from .common import MAX_TITLE, aware, clean_text, fetch, stamp
from ..changes import Entity
from desktop.core.msg import is_zh

# Words that contain a common given name but are not that person: "a citizen called 高峰 must
# not touch 早高峰" (GUIDE §5). Names of the people, officials and owners in the database are
# protected the same way (a citizen 张伟 does not turn the chair 张伟民 into a label).
COMMON_WORDS = ("早高峰", "晚高峰", "高峰期", "用电高峰", "建国路", "建国门", "国庆节", "文明城市",
                "志强化", "海涛声", "春华秋实", "秋实", "振华路", "新华路", "新华书店", "光明路",
                "光明区", "和平路", "和平区", "胜利路", "红梅花")


def mask_mentions(text: str, name: str, label: str, protected: Iterable[str] = ()) -> str:
    """Replace ``name`` by ``label`` where it stands as that name, never as a substring.

    The same boundary rule as the public record: a match that lies inside a longer protected
    term (another person's or an official's name, a common word such as 早高峰) is left alone,
    and a Latin-script name must not touch a letter or digit on either side ("Li Wei" is not in
    "Li Weiming"). Names shorter than two characters are never replaced in free text.
    """
    name = (name or "").strip()
    if len(name) < 2 or name not in text:
        return text
    longer = [t for t in {*protected, *COMMON_WORDS} if t != name and name in t]
    latin = any(c.isascii() and c.isalpha() for c in name)
    parts: list[str] = []
    position = 0
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if _stands_alone(text, at, end, name, longer, latin):
            parts += [text[position:at], label]
            position = end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return "".join(parts) + text[position:]


def _stands_alone(text: str, start: int, end: int, name: str, longer: list[str],
                  latin: bool) -> bool:
    if latin and ((start > 0 and text[start - 1].isalnum())
                  or (end < len(text) and text[end].isalnum())):
        return False
    for term in longer:
        offset = term.find(name)
        while offset != -1:
            begin = start - offset
            if begin >= 0 and text.startswith(term, begin):
                return False
            offset = term.find(name, offset + 1)
    return True


def anonymous_label(person_id: int, lang: str) -> str:
    return f"匿名人员{person_id}" if is_zh(lang) else f"Anonymous {person_id}"


@dataclass
class Erasure:
    person_id: int
    label: str
    erased_at: datetime
    by: str
    reason: str
    changed: dict[str, int] = field(default_factory=dict)  # records rewritten, per table
    minutes_versions: list[int] = field(default_factory=list)  # noted: file predates erasure


def _sessions_of(s: Session, person_id: int) -> set[int]:
    found: set[int] = set()
    for model in (Attendance, SpeakerTurn, Opinion):
        found |= set(s.exec(select(model.session_id).where(model.person_id == person_id)))
    return found


def refusal(s: Session, person: Person) -> ValidationError | None:
    """Why this person cannot be erased, or None."""
    if person.erased_at is not None:
        when = person.erased_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return ValidationError(
            en=f"Person #{person.id} was already erased on {when} ({person.name}); there is "
               "nothing left to erase.",
            zh=f"人员 #{person.id} 已于 {when} 删除（{person.name}），没有可再删除的内容。")
    official = person.is_official or person.owner_id is not None
    if not official and person.name.strip():
        leaders = s.exec(select(Owner.id).where(Owner.name == person.name.strip(),
                                                Owner.kind == OwnerKind.LEADER)).first()
        roles = s.exec(select(ListeningSession.id).where(
            col(ListeningSession.id).in_(_sessions_of(s, person.id)),  # type: ignore[arg-type]
            (ListeningSession.chair == person.name) | (ListeningSession.facilitator == person.name)
            | (ListeningSession.recorder == person.name))).first()
        official = leaders is not None or roles is not None
    if official:
        return ValidationError(
            en=f"{person.name} (#{person.id}) is an official (chair, facilitator, recorder, "
               "leader or department): officials' names are part of the record and are not "
               "erased. Nothing was changed.",
            zh=f"{person.name}（#{person.id}）是工作人员（主持人、记录人、领导或责任单位）：其姓名属于"
               "会议记录的一部分，不予删除。未做任何修改。")
    return None


def erase_refusal(db: Database, person_id: int) -> ValidationError | None:
    """Why the person with this id cannot be erased (official, erased already), or None."""
    with db.read() as s:
        person = fetch(s, Person, person_id, "Person", "人员")
        return refusal(s, person)


def _protected(s: Session, person_id: int) -> set[str]:
    names = set(s.exec(select(Person.name).where(Person.id != person_id,
                                                 col(Person.erased_at).is_(None))))
    names |= set(s.exec(select(Owner.name)))
    for chair, facilitator, recorder, organisation in s.exec(select(
            ListeningSession.chair, ListeningSession.facilitator, ListeningSession.recorder,
            ListeningSession.organisation)):
        names |= {chair, facilitator, recorder, organisation}
    return {n.strip() for n in names if n and n.strip()}


def _map_json(value, fn: Callable[[str], str]):
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_json(v, fn) for v in value]
    if isinstance(value, dict):
        return {fn(k): _map_json(v, fn) for k, v in value.items()}
    return value


def _rewrite(s: Session, model, columns: tuple[str, ...], name: str, mask: Callable[[str], str],
             extra=None) -> list:
    """Rows of ``model`` whose ``columns`` mention ``name``, rewritten by ``mask``."""
    condition = None
    for column in columns:
        clause = col(getattr(model, column)).contains(name, autoescape=True)
        condition = clause if condition is None else condition | clause
    query = select(model).where(condition)
    if extra is not None:
        query = query.where(extra)
    rewritten = []
    for row in s.exec(query):
        edited = False
        for column in columns:
            old = getattr(row, column)
            new = mask(old)
            if new != old:
                setattr(row, column, new)
                edited = True
        if edited:
            s.add(row)
            rewritten.append(row)
    return rewritten


def _apply(s: Session, person: Person, label: str, now: datetime) -> dict[str, int]:
    """Replace the person by ``label`` everywhere; returns rewritten rows per table."""
    from ..search import replace_indexed

    name = person.name.strip()
    protected = _protected(s, person.id)  # type: ignore[arg-type]
    mask = (lambda text: mask_mentions(text, name, label, protected)) if len(name) >= 2 \
        else (lambda text: text)
    counts: dict[str, int] = {}
    opinions = {o.id: o for o in s.exec(select(Opinion).where(Opinion.person_id == person.id))}
    for o in opinions.values():
        o.speaker_label = label
    if len(name) >= 2:
        opinions |= {o.id: o for o in _rewrite(s, Opinion, ("text", "speaker_label"), name, mask)}
    for o in opinions.values():
        o.updated_at = now
        s.add(o)
    counts["opinion"] = len(opinions)
    turns = list(s.exec(select(SpeakerTurn).where(SpeakerTurn.person_id == person.id)))
    for t in turns:
        t.label, t.group_name = label, ""
        s.add(t)
    if len(name) >= 2:
        turns += _rewrite(s, SpeakerTurn, ("label",), name, mask,
                          col(SpeakerTurn.person_id).is_distinct_from(person.id))
        replies = _rewrite(s, Reply, ("text",), name, mask)
        commitments = _rewrite(s, Commitment, ("title", "detail"), name, mask)
        for c in commitments:
            c.updated_at = now
        counts |= {"speaker_turn": len(turns), "reply": len(replies),
                   "commitment": len(commitments),
                   "progress_note": len(_rewrite(s, ProgressNote, ("text",), name, mask)),
                   "follow_up": len(_rewrite(s, FollowUp, ("note",), name, mask)),
                   "agenda_item": len(_rewrite(s, AgendaItem, ("summary", "decisions"), name,
                                               mask)),
                   "session": len(_rewrite(s, ListeningSession, ("note",), name, mask)),
                   "audit_entry": len(_rewrite(s, AuditEntry, ("reason", "detail_json"), name,
                                               mask))}
        versions = _rewrite(s, MinutesVersion, ("content_json",), name,
                            lambda text: json.dumps(_map_json(json.loads(text), mask),
                                                    ensure_ascii=False) if text else text)
        counts["minutes_version"] = len(versions)
        s.flush()
        conn = s.connection()
        replace_indexed(conn, "opinion", [(o.id, o.text) for o in opinions.values()
                                          if o.removed_at is None])
        replace_indexed(conn, "reply", [(r.id, r.text) for r in replies])
        replace_indexed(conn, "commitment", [(c.id, f"{c.title}\n{c.detail}")
                                             for c in commitments if c.removed_at is None])
        for entity, rows in ((Entity.REPLY, replies), (Entity.COMMITMENT, commitments)):
            changed(s, entity, *(r.id for r in rows))
    else:
        counts["speaker_turn"] = len(turns)
    changed(s, Entity.OPINION, *opinions)
    changed(s, Entity.SPEAKER_TURN, *(t.id for t in turns))
    person.name, person.group_name, person.gender, person.note = label, "", None, ""
    person.contact, person.contact_consent, person.consent_at = None, False, None
    person.retain_until, person.erased_at = None, now
    s.add(person)
    changed(s, Entity.PERSON, person.id)
    return {k: v for k, v in counts.items() if v}


def _language(s: Session, session_ids: set[int]) -> str:
    latest = s.exec(select(ListeningSession.language)
                    .where(col(ListeningSession.id).in_(session_ids))
                    .order_by(col(ListeningSession.starts_at).desc())).first()
    return latest or "zh"


def erase_person(db: Database, person_id: int, reason: str, by: str,
                 now: datetime | None = None) -> Erasure:
    """Erase a person on their request; refused for officials and for someone erased before."""
    reason = clean_text(reason, "The reason for the erasure", "删除理由", required=True,
                        max_len=2000).strip()
    by = clean_text(by, "Who erases", "操作人", required=True, max_len=MAX_TITLE).strip()
    now = aware(now, "Time", "时间") or utcnow()
    with db.write() as s:
        person = fetch(s, Person, person_id, "Person", "人员")
        problem = refusal(s, person)
        if problem is not None:
            raise problem
        sessions = _sessions_of(s, person_id)
        label = anonymous_label(person_id, _language(s, sessions))
        masked_reason = mask_mentions(reason, person.name, label, _protected(s, person_id))
        created_at = person.created_at
        counts = _apply(s, person, label, now)
        versions = list(s.exec(select(MinutesVersion).where(
            col(MinutesVersion.session_id).in_(sessions)).order_by(MinutesVersion.id)))
        for v in versions:
            stamp(s, "minutes_version", v.id, "predates_erasure", now,
                  f"This file was written before person #{person_id} was erased and may still "
                  f"name them; it is kept unchanged. / 该文件写于人员 #{person_id} 被删除之前，"
                  "可能仍含其姓名，按原样保留。",
                  person_id=person_id, label=label, approved=v.status == "approved",
                  file=v.file_path)
        stamp(s, "person", person_id, "erased", now, masked_reason, by=by, label=label,
              changed=counts, minutes_versions=[v.id for v in versions])
        note_in_ledger(db, s, "person", person, now, by=by, reason=masked_reason,
                       created_at=created_at)
    return Erasure(person_id, label, now, by, masked_reason, counts, [v.id for v in versions])


def note_in_ledger(db: Database, s: Session, kind: str, person: Person, now: datetime, *,
                   by: str, reason: str, created_at: datetime | None = None) -> None:
    """Append to the ledger (SQLite files; a server database is restored by its own tools)."""
    if db.location.path is None:
        return
    ledger.append(ledger.ledger_path(db.location.path), ledger.LedgerEntry(
        kind=kind, person_id=person.id,  # type: ignore[arg-type]
        person_created_at=(created_at or person.created_at).isoformat(),
        erased_at=now.isoformat(), label=person.name if kind == "person" else "",
        by=by, reason=reason))


def reapply_ledger(db: Database, now: datetime | None = None) -> list[int]:
    """Apply again every erasure of the ledger that the database no longer shows (after a
    restore). Returns the ids of the people erased again (or whose contact was)."""
    if db.location.path is None:
        return []
    entries = ledger.read(ledger.ledger_path(db.location.path))
    if not entries:
        return []
    now = now or utcnow()
    again: list[int] = []
    with db.write() as s:
        for entry in entries:
            person = s.get(Person, entry.person_id)
            if person is None or person.created_at.isoformat() != entry.person_created_at:
                continue  # not in this file (made after the backup, or another database)
            if entry.kind == "person" and person.erased_at is None:
                _apply(s, person, entry.label or anonymous_label(person.id, "zh"),
                       entry.erased_time)
                stamp(s, "person", person.id, "erasure_reapplied", now, entry.reason,
                      by=entry.by, erased_at=entry.erased_at)
                again.append(person.id)  # type: ignore[arg-type]
            elif (entry.kind == "contact" and person.contact is not None
                  and (person.consent_at is None or person.consent_at <= entry.erased_time)):
                person.contact, person.contact_consent = None, False
                s.add(person)
                changed(s, Entity.PERSON, person.id)
                stamp(s, "person", person.id, "contact_erased", now, "retention (reapplied)",
                      erased_at=entry.erased_at)
                again.append(person.id)  # type: ignore[arg-type]
    return again
