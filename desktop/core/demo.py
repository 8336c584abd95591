"""A realistic demo session, in Chinese or English, written for Tingjian."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .clock import SYSTEM_CLOCK
from .db import Database
from .models import ListeningSession
from .models.enums import AttendanceRole, Channel, CommitmentStatus, OwnerKind
from .services import (
    agenda, attendance, commitments, opinions, owners, people, series, sessions, turns,
)
from .msg import Msg, pick


@dataclass(frozen=True)
class DemoText:
    series: str
    title: str
    organisation: str
    venue: str
    chair: str
    facilitator: str
    recorder: str
    departments: tuple[str, ...]
    leaders: tuple[tuple[str, str, int], ...]  # name, position, department index
    agenda: tuple[tuple[str, str, int], ...]  # kind, title, minutes
    residents: tuple[tuple[str, str, str | None], ...]  # name, group, gender
    opinions: tuple[tuple[int, int | None, str, str, str, int, str, str, str], ...]
    # (agenda index, resident index or None, channel, kind, text, support, tags, reply, reply_by)
    commitments: tuple[tuple[str, int, int, tuple[int, ...], str], ...]
    # (title, department index, days, opinion indexes, status)


ZH = DemoText(
    series="枫林社区民情恳谈会",
    title="枫林社区2026年第四季度民情恳谈会",
    organisation="枫林街道办事处",
    venue="枫林社区党群服务中心二楼会议室",
    chair="陈建国（街道党工委副书记）",
    facilitator="刘敏",
    recorder="周晓雯",
    departments=("街道城市管理办公室", "街道社区建设办公室", "区住房和城乡建设委员会", "枫林派出所"),
    leaders=(("陈建国", "街道党工委副书记", 1), ("王海涛", "城管办主任", 0)),
    agenda=(("report_back", "上次恳谈会承诺事项办理情况通报", 15),
            ("briefing", "老旧小区加装电梯工作进展介绍", 10),
            ("open_floor", "居民自由发言", 60),
            ("qa", "部门现场答复", 20),
            ("closing", "宣读本次承诺事项并总结", 10)),
    residents=(("张桂兰", "枫林小区7号楼", "female"), ("李志强", "枫林小区3号楼", "male"),
               ("王秀英", "枫林二村", "female"), ("赵磊", "枫林小学家长", "male"),
               ("孙建华", "沿河商户", "male"), ("", "枫林小区5号楼", None)),
    opinions=(
        (2, 0, "room", "suggestion",
         "7号楼住着很多七八十岁的老人，爬六楼实在困难。希望加装电梯的征求意见能尽快启动，"
         "低层住户的顾虑也请街道帮忙协调。", 23, "加装电梯;适老化", "街道已将7号楼列入明年第一批"
         "意向名单，下月组织全体住户协调会。", "陈建国"),
        (2, 1, "room", "complaint",
         "小区晚上停车太乱，消防通道经常被堵，上周救护车进不来耽误了十几分钟。", 31,
         "停车;消防通道", "城管办本周起夜间巡查，并与物业研究施划停车位。", "王海涛"),
        (2, 2, "room", "question",
         "垃圾分类的厨余垃圾桶什么时候能加到二村北门？现在要走很远。", 12, "垃圾分类",
         "", ""),
        (2, 3, "room", "suggestion",
         "枫林小学放学时段门口拥堵，建议设置临时接送区，安排志愿者疏导。", 18,
         "交通;学校", "派出所将在放学高峰安排警力，志愿者由社区招募。", "枫林派出所"),
        (2, 4, "room", "complaint",
         "沿河夜市营业到凌晨，噪音和油烟影响楼上住户休息，商户也希望有明确的经营规范。", 9,
         "夜市;噪音", "", ""),
        (2, 5, "room", "praise",
         "感谢社区上个月修好了5号楼的楼道灯，老人晚上出门安全多了。", 6, "表扬", "", ""),
        (None, 1, "hotline", "complaint",
         "（12345转来）小区东门路灯坏了两周，晚上很黑。来电人电话13800138000，希望回电。", 0,
         "路灯", "", ""),
        (None, None, "box", "suggestion",
         "意见箱来信：希望社区食堂增加适合老人的软食，价格保持现在水平。", 0, "社区食堂;适老化",
         "", ""),
    ),
    commitments=(("组织7号楼加装电梯住户协调会", 1, 30, (0,), "in_progress"),
                 ("夜间巡查消防通道并施划停车位", 0, 45, (1,), "open"),
                 ("在二村北门增设厨余垃圾桶", 0, 15, (2,), "open"),
                 ("放学高峰设置临时接送区", 3, 10, (3,), "done")),
)

EN = DemoText(
    series="Riverside Ward community forum",
    title="Riverside Ward community forum, autumn 2026",
    organisation="Riverside Ward Council",
    venue="Riverside Community Centre, main hall",
    chair="Councillor Helen Carter",
    facilitator="Sam Okafor",
    recorder="Priya Nair",
    departments=("Highways and Transport", "Housing Services", "Parks and Open Spaces",
                 "Community Safety"),
    leaders=(("Helen Carter", "Ward councillor", 1), ("David Chen", "Head of Highways", 0)),
    agenda=(("report_back", "Report back on last forum's commitments", 15),
            ("briefing", "Update on the High Street regeneration", 10),
            ("open_floor", "Open floor", 60),
            ("qa", "Answers from the departments", 20),
            ("closing", "Reading back today's commitments", 10)),
    residents=(("Margaret Hill", "Oak Court", "female"), ("Tom Baker", "Mill Lane", "male"),
               ("Aisha Rahman", "Parents of St Mary's School", "female"),
               ("Peter Novak", "High Street traders", "male"), ("", "Oak Court", None),
               ("Grace Liu", "Riverside Allotments", "female")),
    opinions=(
        (2, 0, "room", "complaint",
         "The lift in Oak Court has been broken for three weeks. Residents on the top floors "
         "cannot get their shopping up.", 27, "lifts;housing repairs",
         "Housing Services will have an engineer on site by Friday.", "Helen Carter"),
        (2, 1, "room", "suggestion",
         "Cars park on the pavement on Mill Lane every evening; wheelchairs and prams have to "
         "go into the road.", 19, "parking;pavements",
         "Enforcement patrols will start next week; bollards are being costed.", "David Chen"),
        (2, 2, "room", "suggestion",
         "A school street closure at drop-off and pick-up would make the walk to St Mary's safer.",
         22, "school streets;road safety", "", ""),
        (2, 3, "room", "question",
         "When will the High Street roadworks finish? Trade is down by a third.", 11,
         "regeneration;traders", "The contractor's date is 15 December; we will publish weekly "
         "updates.", "David Chen"),
        (2, 5, "room", "praise",
         "Thank you for the new water supply on the allotments.", 5, "parks", "", ""),
        (None, None, "email", "complaint",
         "By e-mail: street lights on Ferry Road have been out since October. Please call me "
         "back on +86 139 1234 5678.", 0, "street lighting", "", ""),
    ),
    commitments=(("Repair the Oak Court lift and report the cause", 1, 7, (0,), "in_progress"),
                 ("Start pavement-parking patrols on Mill Lane", 0, 14, (1,), "open"),
                 ("Consult on a school street for St Mary's", 0, 60, (2,), "open")),
)


def create_demo(db: Database, lang: str = "zh", now: datetime | None = None) -> ListeningSession:
    """Create the demo series, owners, people and a session with its record; return the session."""
    text = pick(lang, en=EN, zh=ZH)
    tz = ZoneInfo("Asia/Shanghai" if text is ZH else "Europe/London")
    local_now = (now or SYSTEM_CLOCK.now()).astimezone(tz)
    start = (local_now - timedelta(days=2)).replace(hour=14, minute=30, second=0, microsecond=0)
    s = series.create_series(db, text.series)
    depts = [owners.create_owner(db, name) for name in text.departments]
    leaders = [owners.create_owner(db, name, OwnerKind.LEADER, title, depts[d].id)
               for name, title, d in text.leaders]
    session = sessions.create_session(
        db, text.title, start, kind="listening" if text is ZH else "town_hall",
        language="zh" if text is ZH else "en", organisation=text.organisation, venue=text.venue,
        chair=text.chair, facilitator=text.facilitator, recorder=text.recorder, series_id=s.id,
        planned_minutes=sum(m for _, _, m in text.agenda), anonymous_count=14,
        deadline_policy="xinfang_handling")
    sessions.set_session_owners(db, session.id, [o.id for o in leaders + depts])
    items = [agenda.add_item(db, session.id, title, kind, minutes)
             for kind, title, minutes in text.agenda]
    residents = [people.create_person(db, name, group, gender=gender)
                 for name, group, gender in text.residents]
    for person in residents:
        if person.name:  # the others came without registering: they are in the head count
            attendance.register(db, session.id, person.id, AttendanceRole.PRESENT,
                                signed_in_at=start)
    saved = []
    for index, (item, who, channel, kind, body, support, tags, reply, by) in enumerate(text.opinions):
        person = residents[who] if who is not None else None
        label = "" if person is None or person.name else person.group_name
        if channel == Channel.ROOM and person is not None:
            spoke_at = start + timedelta(minutes=25 + 4 * index)
            turn = turns.enqueue(db, session.id, person_id=person.id if person.name else None,
                                 label=label, group_name=person.group_name,
                                 agenda_item_id=items[item].id, now=spoke_at)
            turns.start(db, turn.id, now=spoke_at)
            turns.finish(db, turn.id, now=spoke_at + timedelta(seconds=95 + 20 * index))
        saved.append(opinions.create_opinion(
            db, session.id, body, kind=kind, channel=channel,
            agenda_item_id=items[item].id if item is not None else None,
            person_id=person.id if person and person.name else None, speaker_label=label,
            tags=tags.split(";"), support_count=support, reply_text=reply, reply_by=by,
            received_at=start + timedelta(minutes=25 + 4 * index)
            if channel == Channel.ROOM else start - timedelta(days=5 - index % 3)))
    for title, dept, days, linked, status in text.commitments:
        row = commitments.create_commitment(
            db, session.id, title, depts[dept].id, start + timedelta(days=days),
            opinion_ids=[saved[i].id for i in linked], deadline_policy="xinfang_handling")
        if status != CommitmentStatus.OPEN:
            commitments.set_status(db, row.id, status)
    cursor = start
    for item, drift in zip(items, (2, -1, 8, 3, 0), strict=False):
        ended = cursor + timedelta(minutes=item.planned_minutes + drift)
        agenda.update_item(db, item.id, started_at=cursor, ended_at=ended)
        cursor = ended
    return sessions.update_session(db, session.id, status="closed", ended_at=cursor)


NEXT_TITLE = Msg(en="Riverside Ward community forum, winter 2026", zh="枫林社区2026年第五次民情恳谈会")
PROGRESS = Msg(en="Engineer's report received; parts ordered.", zh="已征集住户意见，协调会定于下周召开。")


def create_demo_series(db: Database, lang: str = "zh", now: datetime | None = None) -> ListeningSession:
    """The demo session held 20 days ago and the next session of its series, today, with a
    report-back item: its earlier commitments are overdue, open and completed since. Returns
    the next session (planned, not started)."""
    now = now or SYSTEM_CLOCK.now()
    first = create_demo(db, lang, now=now - timedelta(days=18))
    earlier = commitments.list_commitments(db, first.id)
    for row in earlier:
        if row.status == CommitmentStatus.IN_PROGRESS:
            commitments.add_progress(db, row.id, PROGRESS.text(lang), noted_at=now - timedelta(days=3))
    if not any(row.status == CommitmentStatus.DONE for row in earlier):  # one done since, in every language
        commitments.set_status(db, earlier[1].id, CommitmentStatus.DONE, now=now - timedelta(days=2))
    text = pick(lang, en=EN, zh=ZH)
    tz = ZoneInfo("Asia/Shanghai" if text is ZH else "Europe/London")
    start = now.astimezone(tz).replace(second=0, microsecond=0)
    session = sessions.create_session(
        db, NEXT_TITLE.text(lang), start, kind=first.kind, language=first.language,
        organisation=first.organisation, venue=first.venue, chair=first.chair,
        facilitator=first.facilitator, recorder=first.recorder, series_id=first.series_id,
        planned_minutes=sum(m for _, _, m in text.agenda), deadline_policy=first.deadline_policy)
    sessions.set_session_owners(db, session.id, [o.id for o in sessions.session_owners(db, first.id)])
    for kind, title, minutes in text.agenda:
        agenda.add_item(db, session.id, title, kind, minutes)
    for _, person in attendance.attendees(db, first.id):
        attendance.register(db, session.id, person.id, AttendanceRole.PRESENT)
    return session
