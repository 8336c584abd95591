"""Importing an attendee list (sign-in sheet) from CSV or XLSX: preview first, then all or nothing.

Columns: name 姓名 (required), group 分组, contact 联系方式, consent 同意, role 出席情况, note 备注.
A contact is kept only when the consent column says yes (是/同意/yes/y/1/✓); otherwise it is
dropped with a warning. A person already registered for the session under the same name and
group (or repeated in the file) is a duplicate and is skipped.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlmodel import col, select

from ..db import Database, changed
from ..errors import ValidationError
from ..models import Attendance, ListeningSession, Person, utcnow
from ..models.enums import AttendanceRole
from ..services.common import MAX_TITLE, audit, fetch
from ..services.people import salutation_of
from .bulk import bulk_insert
from ..gcpause import no_gc_pauses
from .preview import DUPLICATE, INVALID, VALID, ImportResult, Preview, Problem, RowVerdict
from .table import header_problems, ignored_values, notes_as_problems, read_table
from .values import (
    UNMARKED_EN, UNMARKED_ZH, _CONTROL, map_headers, strip_controls, take_off_mark,
)
from ..changes import Entity

COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字"),
    "group": ("分组", "单位", "小区", "楼栋"),
    "contact": ("联系方式", "电话", "手机"),
    "salutation": ("称呼",),
    "consent": ("同意", "同意联系", "consent_given"),
    "role": ("出席情况", "出席", "attendance"),
    "note": ("备注",),
}
YES = {"yes", "y", "true", "1", "是", "同意", "✓", "√", "x", "对"}
NO = {"", "no", "n", "false", "0", "否", "不同意"}
ROLES = {"present": "present", "attending": "attending", "excused": "excused",
         "出席": "present", "列席": "attending", "请假": "excused"}


def _pair(name: str, group: str) -> tuple[str, str]:
    return " ".join(name.split()).casefold(), " ".join(group.split()).casefold()


@no_gc_pauses
def preview_attendees(db: Database, session_id: int, path: str | Path) -> Preview:
    with db.read() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        registered = {_pair(n, g) for n, g in s.exec(
            select(Person.name, Person.group_name).join(Attendance, col(Attendance.person_id) == Person.id)
            .where(Attendance.session_id == session_id))}
    table = read_table(path, fits=lambda headers: "name" in map_headers(headers, COLUMNS)[0])
    found, ignored, _repeated = map_headers(table.headers, COLUMNS)
    preview = Preview("attendees", session_id, table.path.name, table.format, table.encoding,
                      [table.headers[i] for i in sorted(found.values())], ignored)
    preview.file_problems.extend(header_problems(table, ignored))
    if "name" not in found:
        raise ValidationError(
            en=f"{table.path.name} has no name/姓名 column (found: {', '.join(table.headers)}). The "
            "first row must name the columns: name/姓名, group/分组, contact/联系方式, consent/同意, "
            "role/出席情况, note/备注.",
            zh=f"{table.path.name} 缺少“姓名”(name) 列（现有：{'、'.join(table.headers)}）。第一行必须是列名："
            "姓名、分组、联系方式、同意、出席情况、备注。")
    if not table.rows:
        raise ValidationError(en=f"{table.path.name} has column names but no rows to import.",
                              zh=f"{table.path.name} 只有列名，没有可导入的行。")
    header_of = {f: table.headers[i] for f, i in found.items()}
    seen: dict[tuple[str, str], int] = {}
    used = set(found.values())
    for line, cells in table.rows:
        problems: list[Problem] = notes_as_problems(table, line) if line in table.notes else []
        if ignored:
            problems.extend(ignored_values(table, line, cells, used))

        def bad(field: str, en: str, zh: str, severity: str = "error") -> None:
            problems.append(Problem(line, header_of.get(field, ""), en, zh, severity))  # noqa: B023

        values = {}
        for f, i in found.items():
            raw = cells[i] if i < len(cells) else ""
            value = raw.isoformat(sep=" ") if isinstance(raw, datetime) else raw
            if _CONTROL.search(value):
                value = strip_controls(value)[0]
                bad(f, "Control characters were removed.", "已删除控制字符。", "warning")
            value, had = take_off_mark(value)
            if had:
                bad(f, UNMARKED_EN, UNMARKED_ZH, "warning")
            values[f] = value.strip()
        name, group, contact = values.get("name", ""), values.get("group", ""), values.get("contact", "")
        note = values.get("note", "")
        try:
            salutation = salutation_of(values.get("salutation", ""))
        except ValidationError as error:
            bad("salutation", error.en, error.zh, "warning")
            salutation = ""
        if not name:
            bad("name", "The name is empty.", "姓名为空。")
        for f, v, limit in (("name", name, MAX_TITLE), ("group", group, MAX_TITLE),
                            ("contact", contact, 200), ("note", note, 10_000)):
            if len(v) > limit:
                bad(f, f"Too long ({len(v):,} characters; at most {limit:,}).",
                    f"过长（{len(v)} 字，最多 {limit} 字）。")
        consent_word = values.get("consent", "").casefold()
        consent = consent_word in YES
        if consent_word not in YES | NO:
            bad("consent", f"Consent must be yes or no (got {values['consent']!r}).",
                f"“同意”一栏应为 是 或 否（收到“{values['consent']}”）。")
        if contact and not consent:
            bad("contact", "No consent: the contact is not kept.", "未同意：不保存联系方式。", "warning")
            contact = ""
        role = ROLES.get(values.get("role", "").casefold() or "present")
        if role is None:
            bad("role", f"Unknown attendance {values['role']!r}; use present/出席, attending/列席 "
                "or excused/请假.", f"无法识别的出席情况“{values['role']}”；请使用 出席、列席 或 请假。")
        summary = f"{name} · {group}" if group else name
        if any(p.severity == "error" for p in problems):
            preview.rows.append(RowVerdict(line, INVALID, problems, summary))
            continue
        pair = _pair(name, group)
        if pair in registered:
            problems.append(Problem(line, "", "Already registered for this session.",
                                    "已登记参加本会议。", "warning"))
            preview.rows.append(RowVerdict(line, DUPLICATE, problems, summary))
            continue
        if pair in seen:
            problems.append(Problem(line, "", f"Same person as line {seen[pair]}.",
                                    f"与第 {seen[pair]} 行是同一人。", "warning"))
            preview.rows.append(RowVerdict(line, DUPLICATE, problems, summary))
            continue
        seen[pair] = line
        preview.rows.append(RowVerdict(line, VALID, problems, summary, {
            "name": name, "group": group, "contact": contact or None, "note": note,
            "salutation": salutation, "role": role or AttendanceRole.PRESENT.value}))
    return preview


@no_gc_pauses
def import_attendees(db: Database, preview: Preview, *, now: datetime | None = None) -> ImportResult:
    if preview.what != "attendees":
        raise ValidationError(en="This preview is not of attendees.", zh="该预览不是参会人导入。")
    now = now or utcnow()
    rows = [r.payload for r in preview.rows if r.status == VALID and r.payload is not None]
    with db.write() as s:
        fetch(s, ListeningSession, preview.session_id, "Session", "会议")
        registered = {_pair(n, g) for n, g in s.exec(
            select(Person.name, Person.group_name).join(Attendance, col(Attendance.person_id) == Person.id)
            .where(Attendance.session_id == preview.session_id))}
        fresh = [r for r in rows if _pair(r["name"], r["group"]) not in registered]
        people = bulk_insert(s, Person.__table__, [{  # type: ignore[attr-defined]
            "name": r["name"], "group_name": r["group"], "contact": r["contact"],
            "contact_consent": r["contact"] is not None,
            "consent_at": now if r["contact"] else None, "is_official": False, "note": r["note"],
            "salutation": r.get("salutation", ""), "created_at": now} for r in fresh], ("name", "group_name"))
        person_of = {(n, g): pid for pid, n, g in people}
        ids = [person_of[(r["name"], r["group"])] for r in fresh]
        bulk_insert(s, Attendance.__table__, [{  # type: ignore[attr-defined]
            "session_id": preview.session_id, "person_id": pid, "role": r["role"],
            "signed_in_at": now if r["role"] == "present" else None}
            for pid, r in zip(ids, fresh, strict=True)], None)
        if ids:
            changed(s, Entity.PERSON, *ids)
            changed(s, Entity.ATTENDANCE)
            changed(s, Entity.SESSION, preview.session_id)
            audit(s, "session", preview.session_id, "attendees_imported", file=preview.file_name,
                  added=len(ids))
    return ImportResult(len(ids), preview.duplicates + len(rows) - len(fresh), preview.invalid,
                        tuple(ids))
