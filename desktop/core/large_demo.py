"""A large, realistic, deterministic dataset for measuring Tingjian at the scale of a district
that runs a session every week for ten years: 500 sessions in both languages, 100,000 opinions
with tags, speakers and replies, 10,000 commitments with progress, extensions and follow-ups.

Rows are inserted in bulk (executemany in one transaction per table) instead of one service call
each: the generator writes nothing the services would refuse, and it takes seconds, not minutes.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from .db import Database
from .models import (
    AgendaItem, Commitment, CommitmentOpinion, Extension, FollowUp, ListeningSession, Opinion,
    OpinionTag, Owner, Person, ProgressNote, Reply, Series,
)
from .models.enums import CommitmentStatus
from .msg import is_zh
from .changes import Entity

TOPICS_ZH = (("加装电梯", "老旧小区加装电梯的协调进度太慢，高层老人出行困难"),
             ("停车", "小区停车位不足，晚上车辆乱停堵住消防通道"),
             ("垃圾分类", "厨余垃圾桶数量不够，清运不及时有异味"),
             ("噪音", "夜市和装修噪音影响休息，希望规定经营时间"),
             ("物业", "物业服务质量下降，维修响应慢"),
             ("路灯", "小区主干道路灯损坏，夜间出行不安全"),
             ("学校", "上下学时段校门口交通拥堵，需要疏导"),
             ("养老", "社区养老服务站活动少，希望增加助餐服务"),
             ("绿化", "绿地被占用种菜，希望恢复公共绿化"),
             ("供暖", "供暖温度不达标，多次反映未解决"))
TOPICS_EN = (("lifts", "The lift in the tower block keeps breaking down"),
             ("parking", "Cars park on the pavement and block wheelchairs"),
             ("waste", "Bins are collected too rarely in summer"),
             ("noise", "Late-night noise from the bars on the high street"),
             ("housing repairs", "Damp in council flats is not repaired"),
             ("street lighting", "Street lights on the riverside path are out"),
             ("road safety", "Drivers speed past the primary school"),
             ("elderly care", "Day centre opening hours were cut"),
             ("parks", "The playground equipment is broken"),
             ("heating", "Communal heating fails every winter"))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "桂兰志强秀英建华磊敏芳军伟丽娜静洋勇艳杰涛明超"
EN_NAMES = ("Margaret Hill", "Tom Baker", "Aisha Rahman", "Peter Novak", "Grace Liu",
            "David Jones", "Sarah Khan", "James Wright", "Emma Clarke", "Olu Adeyemi")


@dataclass(frozen=True)
class LargeCounts:
    sessions: int = 500
    opinions: int = 100_000
    commitments: int = 10_000
    people: int = 5_000
    owners: int = 24


def _insert(conn, model, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(model.__table__), rows)


def create_large_demo(db: Database, seed: int = 1, counts: LargeCounts = LargeCounts(),
                      end: datetime = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)) -> LargeCounts:
    """Fill an empty database; returns what was made."""
    rng = random.Random(seed)
    with db.engine.begin() as conn:
        _insert(conn, Series, [{"id": 1, "title": "枫林街道民情恳谈会", "note": "", "created_at": end},
                               {"id": 2, "title": "Riverside Ward forum", "note": "",
                                "created_at": end}])
        _insert(conn, Owner, [{"id": i + 1, "name": (f"街道第{i + 1}办公室" if i % 2 == 0
                                                    else f"Department {i + 1}"),
                               "kind": "department", "title": "", "department_id": None,
                               "contact": "", "active": True, "created_at": end}
                              for i in range(counts.owners)])
        people = []
        for i in range(counts.people):
            zh = i % 3 != 0
            name = (rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) if zh
                    else rng.choice(EN_NAMES))
            people.append({"id": i + 1, "name": name,
                           "group_name": f"{rng.randint(1, 40)}号楼" if zh else
                           f"Block {rng.randint(1, 40)}", "gender": rng.choice(("female", "male")),
                           "is_official": False, "owner_id": None, "contact": None,
                           "contact_consent": False, "consent_at": None, "note": "",
                           "created_at": end, "retain_until": None})
        _insert(conn, Person, people)
        sessions, items = [], []
        for i in range(counts.sessions):
            zh = i % 4 != 0
            start = end - timedelta(weeks=counts.sessions - i)
            sessions.append({
                "id": i + 1, "kind": "listening" if zh else "town_hall",
                "title": f"第{i + 1}期民情恳谈会" if zh else f"Community forum no. {i + 1}",
                "language": "zh" if zh else "en", "organisation": "", "starts_at": start,
                "planned_minutes": 120, "ended_at": start + timedelta(minutes=125),
                "venue": "党群服务中心" if zh else "Community Centre", "chair": "", "facilitator": "",
                "recorder": "", "series_id": 1 if zh else 2, "deadline_policy": "xinfang_handling",
                "status": "closed", "anonymous_count": rng.randint(0, 30), "read_back_at": None,
                "note": "", "created_at": start, "updated_at": start})
            for pos, (kind, minutes) in enumerate((("report_back", 15), ("open_floor", 70),
                                                   ("qa", 25), ("closing", 10))):
                items.append({"id": i * 4 + pos + 1, "session_id": i + 1, "position": pos,
                              "kind": kind, "title": kind, "planned_minutes": minutes,
                              "started_at": None, "ended_at": None, "paused_at": None,
                              "paused_seconds": 0, "summary": "", "decisions": ""})
        _insert(conn, ListeningSession, sessions)
        _insert(conn, AgendaItem, items)
        per_session = counts.opinions // counts.sessions
        opinions, tags, replies = [], [], []
        kinds = ("suggestion", "complaint", "question", "praise")
        channels = ("room", "room", "room", "hotline", "letter", "email", "web", "box")
        for n in range(counts.opinions):
            sid = n // per_session + 1 if n // per_session < counts.sessions else counts.sessions
            zh = is_zh(sessions[sid - 1]["language"])
            tag, text = rng.choice(TOPICS_ZH if zh else TOPICS_EN)
            at = sessions[sid - 1]["starts_at"] + timedelta(minutes=rng.randint(0, 120))
            opinions.append({
                "id": n + 1, "session_id": sid, "agenda_item_id": (sid - 1) * 4 + 2,
                "person_id": rng.randint(1, counts.people), "speaker_label": "",
                "channel": rng.choice(channels), "received_at": at, "kind": rng.choice(kinds),
                "text": f"{text}（第{n + 1}条）" if zh else f"{text} (no. {n + 1})",
                "support_count": rng.randint(0, 40), "import_key": None, "created_at": at,
                "updated_at": at, "removed_at": None, "removed_reason": ""})
            tags.append({"opinion_id": n + 1, "tag": tag})
            if rng.random() < 0.4:
                replies.append({"opinion_id": n + 1, "text": "已记录，会后答复" if zh else
                                "Noted; a written answer follows", "given_by": "", "owner_id": None,
                                "on_the_spot": True, "given_at": at})
        _insert(conn, Opinion, opinions)
        _insert(conn, OpinionTag, tags)
        _insert(conn, Reply, replies)
        commitments, links, notes, extensions, followups = [], [], [], [], []
        done = CommitmentStatus.DONE.value  # three in six commitments are done
        statuses = (CommitmentStatus.OPEN.value, CommitmentStatus.IN_PROGRESS.value, done, done, done,
                    CommitmentStatus.CANNOT_DO.value)
        for c in range(counts.commitments):
            oid = rng.randint(1, counts.opinions)
            op = opinions[oid - 1]
            made = op["received_at"]
            due = made + timedelta(days=rng.choice((15, 30, 60)))
            status = rng.choice(statuses)
            commitments.append({
                "id": c + 1, "session_id": op["session_id"], "title": op["text"][:40],
                "detail": "", "owner_id": rng.randint(1, counts.owners),
                "deadline_policy": "xinfang_handling", "due_at": due, "original_due_at": due,
                "status": status, "status_reason": "超出职权范围" if status == "cannot_do" else "",
                "completed_at": due - timedelta(days=3) if status == "done" else None,
                "created_at": made, "updated_at": made, "removed_at": None, "removed_reason": ""})
            links.append({"commitment_id": c + 1, "opinion_id": oid})
            notes.append({"commitment_id": c + 1, "noted_at": made + timedelta(days=7),
                          "text": "已现场勘查", "author": ""})
            if rng.random() < 0.1:
                new_due = due + timedelta(days=30)
                extensions.append({"commitment_id": c + 1, "old_due_at": due, "new_due_at": new_due,
                                   "reason": "需协调多个部门", "approved_by": "",
                                   "created_at": due - timedelta(days=2)})
                commitments[-1]["due_at"] = new_due
            if status == "done":
                sat = rng.choice(("satisfied", "satisfied", "basically_satisfied", "unsatisfied"))
                followups.append({"opinion_id": oid, "commitment_id": c + 1,
                                  "called_at": due, "caller": "", "valid": rng.random() > 0.05,
                                  "contacted_in_time": rng.random() > 0.1,
                                  "resolved": sat != "unsatisfied", "satisfaction": sat,
                                  "note": ""})
        _insert(conn, Commitment, commitments)
        _insert(conn, CommitmentOpinion, links)
        _insert(conn, ProgressNote, notes)
        _insert(conn, Extension, extensions)
        _insert(conn, FollowUp, followups)
        if db.dialect == "postgresql":  # explicit ids were given: move the sequences on
            for table in ("series", "owner", "person", "listening_session", "agenda_item",
                          "opinion", "commitment"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
    db.notify(Entity.SESSION, ())
    return counts
