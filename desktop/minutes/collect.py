"""From the rows of one session (:class:`~desktop.core.queries.minutes.MinutesRecord`) to the
writers' input: everything the minutes and the report back show, in words.

No database and no services here: the record was read once, in one transaction, by
:func:`desktop.core.queries.minutes.read_minutes`; this module only arranges it.

Figures (GUIDE §4, "true figures"):

* a *speaker* is a person or a described speaker ("7号楼居民") who has a speaker turn
  that started (a running turn counts) or an opinion raised in the room; anonymous
  turns and anonymous room opinions are anonymous speakers — as many as the larger of
  the two, since an anonymous opinion is usually what an anonymous turn said;
* *turns* are the started speaker turns, plus one per agenda item for a speaker who
  raised opinions there without a recorded turn;
* opinions that came by other channels (hotline, letter, e-mail, web, box) are not
  speeches: they are counted per channel and reported in their own part.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, tzinfo

from ..core.models import Opinion, Owner
from ..core.models.enums import AgendaKind, Channel, DispositionKind, OpinionKind, TurnStatus
from ..core.queries.minutes import MinutesRecord
from ..core.vocabulary import word
from .content import (
    AgendaSection, ApprovalInfo, AttendanceLine, ChannelCount, CommitmentRow, DecisionLine, DispositionCount,
    GroupCount, GroupSpeaking, MinutesContent, OpinionEntry, ProgressLine, ReplyLine, ReportBackContent,
    ReportBackItem, ReportBackTopic, ReportedCommitment, SpeakingStats, TopicGroup,
)
from .summarise import gist
from desktop.core.msg import is_zh

ROOM = Channel.ROOM.value
PRAISE = OpinionKind.PRAISE.value
#: Items whose title says nothing of the topic: their heading comes from the opinions' tags.
GENERIC_ITEMS = {AgendaKind.OPEN_FLOOR.value, AgendaKind.QA.value, AgendaKind.DELIBERATION.value}
#: The report back counts dispositions in this order, then those not answered yet.
DISPOSITION_ORDER = (DispositionKind.ADOPTED, DispositionKind.PARTLY_ADOPTED, DispositionKind.EXPLAINED,
                     DispositionKind.REFERRED, DispositionKind.NOT_ADOPTED)


def _local(value: datetime, tz: tzinfo | None) -> datetime:
    return value.astimezone(tz)


class _Speakers:
    """Who raised an opinion, as the minutes name them."""

    def __init__(self, record: MinutesRecord, lang: str) -> None:
        self.people = record.people
        self.lang = lang

    def key(self, op: Opinion) -> str | None:
        """Identity of the speaker; None when anonymous."""
        if op.person_id is not None:
            return f"p{op.person_id}"
        return f"l{op.speaker_label.strip()}" if op.speaker_label.strip() else None

    def describe(self, op: Opinion) -> tuple[str, str, str | None, bool]:
        person = self.people.get(op.person_id) if op.person_id is not None else None
        if person is not None:
            return person.name or person.group_name, person.group_name, person.gender, not person.is_official
        return op.speaker_label, "", None, True


def leader_name(owner: Owner, owners: dict[int, Owner]) -> str:
    """"街道办事处副主任张伟民": department, title, name — the department left out when the
    title already names the body ("街道党工委副书记陈建国")."""
    dept = owners.get(owner.department_id) if owner.department_id is not None else None
    if not any("\u3400" <= c <= "\u9fff" for c in owner.name + owner.title):  # "Helen Carter, Ward councillor"
        return ", ".join(x for x in (owner.name, owner.title, dept.name if dept else "") if x)
    if owner.title and (dept is None or any(w in owner.title for w in _BODY_WORDS)):
        return f"{owner.title}{owner.name}"
    return f"{dept.name if dept else ''}{owner.title}{owner.name}"


_BODY_WORDS = ("街道", "区", "市", "县", "镇", "乡", "社区", "办", "委", "局", "队", "所", "中心", "站")


def _reply_by(reply, owners: dict[int, Owner]) -> str:
    if reply.given_by:
        return reply.given_by
    owner = owners.get(reply.owner_id) if reply.owner_id is not None else None
    return f"{owner.name}{owner.title}" if owner else ""


def opinion_entries(record: MinutesRecord, lang: str, tz: tzinfo | None) -> list[tuple[Opinion, OpinionEntry]]:
    """Every live opinion of the session, numbered in the order received (the attachment's 序号)."""
    speakers = _Speakers(record, lang)
    out = []
    for number, op in enumerate(record.opinions, start=1):
        replies = record.replies.get(op.id, [])
        reply = next((r for r in replies if r.on_the_spot), replies[0] if replies else None)
        disp = record.dispositions.get(op.id)
        speaker, group, gender, citizen = speakers.describe(op)
        person = record.people.get(op.person_id) if op.person_id is not None else None
        out.append((op, OpinionEntry(
            number=number, text=op.text, speaker=speaker, speaker_group=group,
            speaker_gender=gender, is_citizen=citizen,
            speaker_salutation=person.salutation if person is not None else "",
            channel_label=word("channel", op.channel, lang),
            received_at=_local(op.received_at, tz).strftime("%Y-%m-%d %H:%M"),
            kind_label=word("opinion_kind", op.kind, lang), tags=tuple(record.tags.get(op.id, ())),
            support_count=op.support_count, reply_text=reply.text if reply else "",
            reply_by=_reply_by(reply, record.owners) if reply else "",
            disposition_label=word("disposition", disp.kind, lang) if disp else "",
            disposition_reason=disp.reason if disp else "",
            contact=person.contact if person and person.contact_consent else None)))
    return out


def _unique(values) -> tuple:
    return tuple(dict.fromkeys(v for v in values if v))


def _unique_rows(rows) -> list:
    """Rows in order of first appearance, each once (ORM rows are not hashable)."""
    seen: set[int] = set()
    out = []
    for row in rows:
        if row.id not in seen:
            seen.add(row.id)
            out.append(row)
    return out


def _topic_key(op: Opinion, record: MinutesRecord) -> str:
    tags = record.tags.get(op.id)
    return tags[0] if tags else f"\0{op.id}"  # an untagged opinion is a topic of its own


def _by_topic(ops: list[Opinion], record: MinutesRecord) -> dict[str, list[Opinion]]:
    """Opinions grouped by topic, in the order each topic was first raised."""
    by_key: dict[str, list[Opinion]] = {}
    for op in ops:
        by_key.setdefault(_topic_key(op, record), []).append(op)
    return by_key


def _linked_commitments(record: MinutesRecord) -> dict[int, list]:
    """Opinion id → the commitments made from it."""
    linked: dict[int, list] = defaultdict(list)
    for c in record.commitments:
        for oid in record.links.get(c.id, ()):
            linked[oid].append(c)
    return linked


def topic_groups(ops: list[Opinion], record: MinutesRecord, lang: str, tz: tzinfo | None,
                 numbers: dict[int, int]) -> tuple[TopicGroup, ...]:
    """Similar opinions (same first tag) told once, in the order they were first raised."""
    speakers = _Speakers(record, lang)
    by_key = _by_topic(ops, record)
    linked = _linked_commitments(record)
    groups = []
    for key, members in by_key.items():
        people: set[str] = set()
        anonymous = 0
        group_names = []
        for op in members:
            k = speakers.key(op)
            if k is None:
                anonymous += 1
            else:
                people.add(k)
            _name, group, _gender, citizen = speakers.describe(op)
            if citizen and group:
                group_names.append(group)
        replies = [ReplyLine(_reply_by(r, record.owners), r.text)
                   for op in members for r in record.replies.get(op.id, ()) if r.on_the_spot]
        commitments = _unique_rows(c for op in members for c in linked.get(op.id, ()))
        groups.append(TopicGroup(
            title="" if key.startswith("\0") else key,
            groups=_unique(group_names), people=len(people) + anonymous,
            support=sum(op.support_count for op in members),
            points=_unique(gist(op.text, lang, record.published) for op in members if op.kind != PRAISE),
            praise=_unique(gist(op.text, lang, record.published) for op in members if op.kind == PRAISE),
            replies=tuple(dict.fromkeys(replies)),
            decisions=tuple(DecisionLine(c.title, record.owners[c.owner_id].name if c.owner_id in record.owners
                                         else "", _local(c.due_at, tz).date()) for c in commitments),
            numbers=tuple(numbers[op.id] for op in members)))
    return tuple(groups)


def _heading(title: str, kind: str, topics: tuple[TopicGroup, ...], lang: str) -> str:
    """"关于停车难、加装电梯等问题" from the tags under a generic item, else "关于" + its title."""
    zh = is_zh(lang)
    tags = [t.title for t in topics if t.title and t.points]  # praise alone is no problem to head with
    if kind in GENERIC_ITEMS and tags:
        shown = tags[:3]
        if zh:
            if len(tags) > 3:
                return "关于" + "、".join(shown) + "等问题"
            return "关于" + ("、".join(shown[:-1]) + "和" if len(shown) > 1 else "") + shown[-1] + "问题"
        return ", ".join(shown) + (" and other matters" if len(tags) > 3 else "")
    if zh:
        title = title.strip()
        return title if title.startswith("关于") else "关于" + title
    return title


def speaking_stats(record: MinutesRecord, lang: str) -> SpeakingStats:
    """Speakers, turns and speaking time from the turns and the room's opinions (see the module)."""
    end_of_running = record.session.ended_at or record.now
    started = [t for t in record.turns if t.started_at is not None
               and (t.ended_at is not None or t.status == TurnStatus.SPEAKING.value)]

    def minutes(t) -> float:  # the pauses of the room are not speaking time
        end = t.ended_at or t.paused_at or max(end_of_running, t.started_at)
        return max((end - t.started_at).total_seconds() - (t.paused_seconds or 0), 0) / 60

    named: set[str] = set()
    anonymous_turns = 0
    groups: dict[str, list[float]] = defaultdict(list)
    zh = is_zh(lang)
    for t in started:
        if t.person_id is not None:
            named.add(f"p{t.person_id}")
        elif t.label.strip():
            named.add(f"l{t.label.strip()}")
        else:
            anonymous_turns += 1
        default = ("干部" if zh else "Officials") if t.is_official else ("群众" if zh else "Residents")
        groups[t.group_name or default].append(minutes(t))
    turns = len(started)
    speakers = _Speakers(record, lang)
    extra: set[tuple[str, int | None]] = set()
    anonymous_opinions = 0
    for op in record.opinions:
        if op.channel != ROOM:
            continue
        k = speakers.key(op)
        if k is None:
            anonymous_opinions += 1
        elif k not in named:
            extra.add((k, op.agenda_item_id))
    turns += len(extra)
    named |= {k for k, _item in extra}
    anonymous = max(anonymous_turns, anonymous_opinions)
    turns += max(anonymous_opinions - anonymous_turns, 0)
    return SpeakingStats(
        speakers=len(named) + anonymous, turns=turns, anonymous=anonymous,
        total_minutes=round(sum(minutes(t) for t in started), 1),
        by_group=tuple(GroupSpeaking(g, len(v), round(sum(v), 1)) for g, v in sorted(groups.items())),
        officials_minutes=round(sum(minutes(t) for t in started if t.is_official), 1),
        citizens_minutes=round(sum(minutes(t) for t in started if not t.is_official), 1))


def attendance_lines(record: MinutesRecord, lang: str) -> dict[str, tuple[AttendanceLine, ...]]:
    """出席/列席/请假: leaders with their titles first, then departments, then residents by number."""
    zh = is_zh(lang)
    owners = record.owners
    out = {}
    ticked = [owners[i] for i in record.session_owners if i in owners]
    for role in ("present", "attending", "excused"):
        people = [record.people[a.person_id] for a in record.attendance
                  if a.role == role and a.person_id in record.people]
        leaders = [o for o in ticked if o.kind == "leader"] if role == "present" else []
        lines = [AttendanceLine(unit="", names=(leader_name(o, owners),)) for o in leaders]
        leader_names = {o.name for o in leaders}
        departments: dict[str, list[str]] = {}
        if role == "present":
            for o in ticked:
                if o.kind == "department":
                    departments.setdefault(o.name, [])
        for p in people:
            if p.is_official and p.name not in leader_names:
                unit = owners[p.owner_id].name if p.owner_id in owners else ""
                departments.setdefault(unit, []).append(p.name)
        lines += [AttendanceLine(unit=unit, names=tuple(names)) for unit, names in departments.items()]
        residents = [p for p in people if not p.is_official]
        if residents:
            by_group: dict[str, int] = {}
            for p in residents:
                if p.group_name:
                    by_group[p.group_name] = by_group.get(p.group_name, 0) + 1
            lines.append(AttendanceLine(unit="居民代表" if zh else "Residents", is_citizen=True,
                                        count=len(residents),
                                        groups=tuple(GroupCount(g, n) for g, n in by_group.items())))
        out[role] = tuple(lines)
    return out


def _reported(record: MinutesRecord, lang: str, tz: tzinfo | None) -> tuple[ReportedCommitment, ...]:
    start = record.session.starts_at
    end = record.session.ended_at or record.now
    out = []
    for row in record.reported:
        notes = record.notes.get(row.commitment_id, [])
        in_room = [n for n in notes if start <= n.noted_at <= end]
        said = row.reported_here or ((in_room or notes)[-1].text if (in_room or notes) else "")
        status = word("commitment_status", row.status, lang)
        if row.overdue:
            status += "，已超期" if is_zh(lang) else ", overdue"
        out.append(ReportedCommitment(title=row.title, owner=row.owner, due_date=_local(row.due_at, tz).date(),
                                      status_label=status, said=said,
                                      session_title=row.session_title))
    return tuple(out)


def build_minutes_content(record: MinutesRecord, *, public: bool = False, tz: tzinfo | None = None,
                          approval: ApprovalInfo | None = None) -> MinutesContent:
    s = record.session
    lang = s.language
    start = _local(s.starts_at, tz)
    numbered = opinion_entries(record, lang, tz)
    numbers = {op.id: entry.number for op, entry in numbered}
    entries_by_item: dict[int | None, list[OpinionEntry]] = defaultdict(list)
    room_by_item: dict[int | None, list[Opinion]] = defaultdict(list)
    before: list[Opinion] = []
    for op, entry in numbered:
        entries_by_item[op.agenda_item_id].append(entry)
        if op.channel == ROOM:
            room_by_item[op.agenda_item_id].append(op)
        else:
            before.append(op)
    reported = _reported(record, lang, tz)
    sections = []
    report_back_done = False
    for item in record.agenda:
        actual = (round((item.ended_at - item.started_at).total_seconds() / 60)
                  if item.started_at and item.ended_at else None)
        topics = topic_groups(room_by_item.get(item.id, []), record, lang, tz, numbers)
        mine = ()
        if item.kind == AgendaKind.REPORT_BACK.value and not report_back_done:
            mine, report_back_done = reported, True
        sections.append(AgendaSection(
            number=item.position + 1, title=item.title, kind_label=word("agenda_kind", item.kind, lang),
            planned_minutes=item.planned_minutes, actual_minutes=actual, summary=item.summary,
            decisions=tuple(line.strip() for line in item.decisions.splitlines() if line.strip()),
            opinions=tuple(entries_by_item.get(item.id, ())), topics=topics, reported=mine,
            heading=_heading(item.title, item.kind, topics, lang)))
    loose = room_by_item.get(None, [])
    if loose:  # opinions raised in the room under no agenda item
        topics = topic_groups(loose, record, lang, tz, numbers)
        title = "其他意见建议" if is_zh(lang) else "Other matters raised"
        sections.append(AgendaSection(number=len(sections) + 1, title=title, heading=title, topics=topics,
                                      opinions=tuple(entries_by_item.get(None, ()))))
    channel_counts = []
    for channel in Channel:
        n = sum(1 for op in before if op.channel == channel.value)
        if n:
            channel_counts.append(ChannelCount(word("channel", channel.value, lang), n))
    rows = []
    for n, c in enumerate(record.commitments, start=1):
        rows.append(CommitmentRow(
            number=n, title=c.title, owner=record.owners[c.owner_id].name if c.owner_id in record.owners else "",
            due_date=_local(c.due_at, tz).date(), due_approximate=c.id in record.approximate,
            status_label=word("commitment_status", c.status, lang),
            linked_opinions=tuple(numbers[i] for i in record.links.get(c.id, ()) if i in numbers),
            made_in_session=s.title))
    lines = attendance_lines(record, lang)
    present_people = sum(1 for a in record.attendance if a.role == "present")
    departments = [record.owners[i].name for i in record.session_owners
                   if i in record.owners and record.owners[i].kind == "department"]
    issued = approval.approved_at if approval else _local(record.now, tz)
    return MinutesContent(
        lang=lang, org_name=s.organisation, title=s.title,
        kind_label=word("session_kind", s.kind, lang), date=start.date(),
        start_time=start.strftime("%H:%M"),
        end_time=_local(s.ended_at, tz).strftime("%H:%M") if s.ended_at else None,
        venue=s.venue, chair=s.chair, facilitator=s.facilitator, recorder=s.recorder,
        present=lines["present"], attending=lines["attending"], excused=lines["excused"],
        head_count=present_people + s.anonymous_count,
        anonymous_count=0, agenda=tuple(sections), commitments=tuple(rows),
        stats=speaking_stats(record, lang), appendix=tuple(e for _op, e in numbered),
        channels=tuple(channel_counts), beforehand=topic_groups(before, record, lang, tz, numbers),
        cc=tuple(departments), issued_by=s.organisation,
        issued_date=issued.date() if isinstance(issued, datetime) else issued,
        approval=approval, public=public,
        citizens=tuple((p.name, p.gender or "", p.salutation or "") for p in record.people.values()
                       if p.name and not p.is_official))


def _said_line(topic: TopicGroup, lang: str) -> str:
    zh = is_zh(lang)
    who = "、".join(topic.groups) if zh else ", ".join(topic.groups)
    gist_text = ("；" if zh else "; ").join(topic.points or topic.praise)
    if zh:
        prefix = f"{who}居民" if who else "居民"
        return f"{prefix}（{topic.people}人）反映{gist_text}" if gist_text else prefix
    prefix = f"Residents of {who}" if who else "Residents"
    return f"{prefix} ({topic.people}) raised: {gist_text}" if gist_text else prefix


def build_report_back_content(record: MinutesRecord, tz: tzinfo | None = None) -> ReportBackContent:
    """"You said, we did" for one session: per topic what was raised, answered and done."""
    s = record.session
    lang = s.language
    zh = is_zh(lang)
    numbered = opinion_entries(record, lang, tz)
    numbers = {op.id: e.number for op, e in numbered}
    ops = [op for op, _e in numbered]
    notes = record.notes
    by_key = _by_topic(ops, record)
    linked = _linked_commitments(record)
    topics = []
    for members in by_key.values():
        (topic,) = topic_groups(members, record, lang, tz, numbers)
        answered = []
        for op in members:
            for r in record.replies.get(op.id, ()):
                by = _reply_by(r, record.owners)
                answered.append(f"{by}{'答复' if zh else ' replied'}{'：' if zh else ': '}{r.text}" if by else r.text)
            disp = record.dispositions.get(op.id)
            if disp:
                label = word("disposition", disp.kind, lang)
                answered.append(label + (("：" if zh else ": ") + disp.reason if disp.reason else ""))
        done = []
        for c in _unique_rows(c for op in members for c in linked.get(op.id, ())):
            last = notes.get(c.id, [])
            done.append(ProgressLine(c.title, record.owners[c.owner_id].name if c.owner_id in record.owners else "",
                                     _local(c.due_at, tz).date(), word("commitment_status", c.status, lang),
                                     last[-1].text if last else "", c.id in record.approximate))
        if not answered and all(op.kind == PRAISE for op in members):  # praise needs no answer
            answered.append("表扬（无需答复）" if zh else "Praise (no answer needed)")
        topics.append(ReportBackTopic(title=topic.title, raised=_said_line(topic, lang), people=topic.people,
                                      answered=_unique(answered), done=tuple(done)))
    counts = {k.value: 0 for k in DISPOSITION_ORDER}
    pending = praise = 0
    items = []
    for op, entry in numbered:
        disp = record.dispositions.get(op.id)
        if op.kind == PRAISE:
            praise += 1
        elif disp is None:
            pending += 1
        else:
            counts[disp.kind] = counts.get(disp.kind, 0) + 1
        label = word("disposition", disp.kind, lang) if disp else (
            word("opinion_kind", PRAISE, lang) if op.kind == PRAISE else ("尚未答复" if zh else "Not answered yet"))
        items.append(ReportBackItem(opinion=entry, disposition_label=label, reason=disp.reason if disp else ""))
    summary = [DispositionCount(word("disposition", k, lang), n) for k, n in counts.items() if n]
    if pending:
        summary.append(DispositionCount("尚未答复" if zh else "not answered yet", pending))
    title = f"{s.title}意见办理情况通报" if zh else f"{s.title}: you said, we did"
    return ReportBackContent(
        lang=lang, org_name=s.organisation, title=title, series_title=record.series_title or s.title,
        period=_local(s.starts_at, tz).date().isoformat(), items=tuple(items), summary=tuple(summary),
        issued_date=_local(record.now, tz).date(), topics=tuple(topics), praise_count=praise,
        session_date=_local(s.starts_at, tz).date())

