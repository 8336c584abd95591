"""Sessions in the database with known facts, for the minutes read from the record.

:func:`known_session` builds, through the services, a session whose every figure is known
by construction (see ``EXPECTED``); :func:`bulk_session` inserts a large session directly
(1,000 opinions with replies and dispositions, 200 commitments) for the query count and
the benchmark.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.core.db import Database
from desktop.core.models import (
    AgendaItem, Commitment, Disposition, ListeningSession, Opinion, OpinionTag, Owner, Person, ProgressNote, Reply,
    SpeakerTurn,
)
from desktop.core.models.commitment import CommitmentOpinion
from desktop.core.services import (
    agenda, attendance, commitments, dispositions, opinions, owners, people, series, sessions, turns,
)

START = datetime(2026, 11, 18, 6, 30, tzinfo=UTC)  # 14:30 in Beijing
NOW = START + timedelta(minutes=40)


@dataclass
class Known:
    session_id: int
    previous_id: int
    opinion_ids: dict[str, int]


def known_session(db: Database) -> Known:
    """青石街道's session on 2026-11-18: 6 speakers (one anonymous), 6 turns (one running),
    4 opinions by other channels, a report-back item with one earlier commitment."""
    line = series.create_series(db, "青石街道民情恳谈会")
    office = owners.create_owner(db, "街道办事处")
    leader = owners.create_owner(db, "张伟民", kind="leader", title="副主任", department_id=office.id)
    squad = owners.create_owner(db, "城管执法中队")
    housing = owners.create_owner(db, "区住建委")
    traffic = owners.create_owner(db, "区交警大队")
    common = dict(language="zh", organisation="青石街道办事处", chair="张伟民（街道办事处副主任）",
                  recorder="李娜", venue="青石社区服务中心", series_id=line.id)
    before = sessions.create_session(db, "青石街道2026年第三季度民情恳谈会", START - timedelta(days=60), **common)
    lamp = commitments.create_commitment(db, before.id, "修复东门路灯", squad.id, START + timedelta(days=27))
    commitments.set_status(db, lamp.id, "in_progress")
    s = sessions.create_session(db, "青石街道2026年第四季度民情恳谈会", START, **common)
    sessions.set_session_owners(db, s.id, [leader.id, squad.id, housing.id])
    commitments.add_progress(db, lamp.id, "已更换灯杆，本周内通电", noted_at=START + timedelta(minutes=5))
    report = agenda.add_item(db, s.id, "上次会议承诺事项办理情况通报", kind="report_back", planned_minutes=10)
    floor = agenda.add_item(db, s.id, "居民自由发言", kind="open_floor", planned_minutes=45)
    agenda.add_item(db, s.id, "总结", kind="closing", planned_minutes=5)  # discussed nothing
    assert report.position == 0
    residents = {}
    for name, group, gender in (("王秀英", "3号楼", "female"), ("刘强", "3号楼", "male"), ("陈芳", "3号楼", "female"),
                                ("赵磊", "5号楼", "male"), ("孙丽", "5号楼", "female"), ("周敏", "", "female")):
        residents[name] = people.create_person(db, name, group, gender=gender)
        attendance.register(db, s.id, residents[name].id)
    official = people.create_person(db, "赵志刚", is_official=True, owner_id=housing.id)
    attendance.register(db, s.id, official.id)
    absent = people.create_person(db, "冯涛", is_official=True, owner_id=traffic.id)
    attendance.register(db, s.id, absent.id, role="excused")
    guest = people.create_person(db, "何平", "物业公司")
    attendance.register(db, s.id, guest.id, role="attending")
    walk_in = people.create_person(db, "吴刚", "5号楼", gender="male")  # spoke, did not sign in

    def turn(minutes_from_start: float, length: float | None, **who) -> None:
        t = turns.enqueue(db, s.id, agenda_item_id=floor.id, now=START, **who)
        began = START + timedelta(minutes=minutes_from_start)
        turns.start(db, t.id, now=began)
        if length is not None:
            turns.finish(db, t.id, now=began + timedelta(minutes=length))

    turn(10, 3, person_id=residents["王秀英"].id, group_name="3号楼")
    turn(14, 2, person_id=residents["赵磊"].id, group_name="5号楼")
    turn(17, 4, label="沿河商户", group_name="沿河商户")
    turn(22, 1)  # anonymous
    turn(38, None, person_id=residents["刘强"].id, group_name="3号楼")  # still speaking at NOW
    ids = {}
    ids["parking1"] = opinions.create_opinion(
        db, s.id, "我是3号楼的王秀英，电话13800138000。晚上停车太乱，消防通道经常被堵，希望施划停车位。",
        kind="complaint", agenda_item_id=floor.id, person_id=residents["王秀英"].id, tags=["停车"],
        support_count=10, reply_text="城管执法中队本周起夜间巡查，并与物业研究施划停车位。",
        reply_by="张伟民副主任", now=START + timedelta(minutes=12)).id
    ids["parking2"] = opinions.create_opinion(
        db, s.id, "我们5号楼门口也被占了，建议增加夜间巡查。", agenda_item_id=floor.id,
        person_id=residents["赵磊"].id, tags=["停车"], now=START + timedelta(minutes=15)).id
    ids["lift"] = opinions.create_opinion(
        db, s.id, "老人上下楼困难，希望尽快启动加装电梯征求意见。", agenda_item_id=floor.id,
        person_id=walk_in.id, tags=["电梯"], now=START + timedelta(minutes=16)).id
    ids["lamp_room"] = opinions.create_opinion(
        db, s.id, "西门路灯也不亮。", kind="complaint", agenda_item_id=floor.id, tags=["路灯"],
        now=START + timedelta(minutes=23)).id
    ids["praise"] = opinions.create_opinion(
        db, s.id, "感谢社区上个月修好了楼道灯。", kind="praise", agenda_item_id=floor.id,
        speaker_label="沿河商户", tags=["表扬"], now=START + timedelta(minutes=20)).id
    for key, channel, text in (("hotline1", "hotline", "东门路灯坏了两周，晚上很黑。"),
                               ("hotline2", "hotline", "东门路灯附近井盖松动。"),
                               ("letter", "letter", "希望社区食堂增加老人软食。"),
                               ("box", "box", "建议在小区增设快递柜。")):
        ids[key] = opinions.create_opinion(db, s.id, text, channel=channel,
                                           tags=["路灯"] if key.startswith("hotline") else [],
                                           received_at=START - timedelta(days=3), now=START - timedelta(days=3)).id
    commitments.create_commitment(db, s.id, "在3号楼东侧施划停车位", squad.id, START + timedelta(days=27),
                                  opinion_ids=[ids["parking1"], ids["parking2"]])
    for key, kind, reason in (("parking1", "adopted", ""), ("parking2", "explained", ""),
                              ("lift", "not_adopted", "须经全体住户同意"), ("hotline1", "referred", ""),
                              ("hotline2", "partly_adopted", "")):
        dispositions.set_disposition(db, ids[key], kind, reason=reason,
                                     **({"referred_to_id": squad.id} if kind == "referred" else {}))
    return Known(s.id, before.id, ids)


def bulk_session(db: Database, n_opinions: int, n_commitments: int, *, title: str = "大型民情恳谈会") -> int:
    """A big session written in one transaction: every opinion with tags, a reply, a disposition."""
    with db.write() as s:
        dept = Owner(name=f"部门{n_opinions}")
        s.add(dept)
        session = ListeningSession(title=title, language="zh", organisation="青石街道办事处", starts_at=START,
                                   chair="张伟民", recorder="李娜")
        s.add(session)
        s.flush()
        item = AgendaItem(session_id=session.id, position=0, kind="open_floor", title="居民自由发言")
        s.add(item)
        s.flush()
        groups = [f"{n}号楼" for n in range(1, 21)]
        persons = [Person(name=f"居民{n}", group_name=groups[n % 20]) for n in range(max(n_opinions // 4, 1))]
        s.add_all(persons)
        s.flush()
        ops = []
        for n in range(n_opinions):
            ops.append(Opinion(session_id=session.id, agenda_item_id=item.id, person_id=persons[n % len(persons)].id,
                               channel="room" if n % 5 else "hotline", kind=("suggestion", "complaint", "question",
                                                                             "praise")[n % 4],
                               text=f"第{n}条：小区停车太难，晚上消防通道被堵，希望尽快施划停车位并加强巡查。",
                               received_at=START + timedelta(seconds=n), support_count=n % 7))
        s.add_all(ops)
        s.flush()
        topics = ["停车", "电梯", "路灯", "垃圾分类", "噪音", "绿化", "养老", "快递", "物业", "交通"]
        for n, op in enumerate(ops):
            s.add(OpinionTag(opinion_id=op.id, tag=topics[n % len(topics)]))
            s.add(Reply(opinion_id=op.id, text=f"已记录第{n}条，将研究答复。", given_by="张伟民", on_the_spot=True,
                        given_at=START + timedelta(seconds=n)))
            s.add(Disposition(opinion_id=op.id, kind=("adopted", "explained", "referred", "partly_adopted")[n % 4]))
        s.add_all(SpeakerTurn(session_id=session.id, agenda_item_id=item.id, person_id=persons[n % len(persons)].id,
                              position=n, status="done", started_at=START + timedelta(minutes=n),
                              ended_at=START + timedelta(minutes=n, seconds=90)) for n in range(min(n_opinions, 60)))
        coms = [Commitment(session_id=session.id, title=f"承诺事项{n}", owner_id=dept.id,
                           due_at=START + timedelta(days=10 + n % 30), original_due_at=START + timedelta(days=10))
                for n in range(n_commitments)]
        s.add_all(coms)
        s.flush()
        for n, c in enumerate(coms):
            s.add(CommitmentOpinion(commitment_id=c.id, opinion_id=ops[n % len(ops)].id))
            s.add(ProgressNote(commitment_id=c.id, text=f"进展{n}", noted_at=START + timedelta(days=1)))
        return session.id
