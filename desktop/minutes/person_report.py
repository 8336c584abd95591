"""The answer to "what do you hold about me?": a person's report as .docx or JSON.

The .docx uses the plain style; times are shown in the display time zone. The JSON file holds the
same data with ISO times (UTC), for the person to keep or take elsewhere (PIPL Art. 45).
"""
from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document

from ..core.deadlines import CHINA_TZ
from ..core.errors import ValidationError
from ..core.vocabulary import word
from .document_base import set_properties
from .plain import new_plain_document
from .safe_write import write_atomically
from .text import clean_text

if TYPE_CHECKING:  # the type only: the report is gathered by the service, rendered here
    from ..core.services.persons import PersonReport
from desktop.core.msg import is_zh

_TEXT = {
    "zh": {
        "title": "个人信息查询答复", "subject": "本人信息", "generated": "生成时间：{at}。本文件列出听见"
        "系统中保存的与本人有关的全部信息。",
        "person": "一、人员信息", "name": "姓名", "group": "分组", "contact": "联系方式",
        "consent": "同意联系", "official": "工作人员", "note": "备注", "created": "登记时间",
        "erased": "已删除", "yes": "是", "no": "否", "none": "无",
        "consents": "二、同意记录", "sessions": "三、参加的会议", "registrations": "四、签到记录",
        "turns": "五、发言排队", "opinions": "六、意见建议", "commitments": "七、承诺事项",
        "followups": "八、回访记录", "minutes": "九、会议纪要版本", "audit": "十、操作记录",
        "when": "时间", "what": "事项", "reason": "理由", "session": "会议", "role": "出席情况",
        "kind": "类型", "channel": "渠道", "text": "内容", "disposition": "处理结果",
        "replies": "答复", "status": "状态", "due": "办理时限", "progress": "进展",
        "caller": "回访人", "resolved": "是否解决", "satisfaction": "满意度", "file": "文件",
        "version": "版本", "public": "公开版", "venue": "地点", "tags": "标签",
        "empty": "（无）",
    },
    "en": {
        "title": "What Tingjian holds about you", "subject": "Personal data report",
        "generated": "Generated {at}. This file lists everything Tingjian holds about the person.",
        "person": "1. The person", "name": "Name", "group": "Group", "contact": "Contact",
        "consent": "Consent to contact", "official": "Official", "note": "Note",
        "created": "Registered", "erased": "Erased", "yes": "yes", "no": "no", "none": "none",
        "consents": "2. Consents", "sessions": "3. Sessions", "registrations": "4. Registrations",
        "turns": "5. Speaker turns", "opinions": "6. Opinions", "commitments": "7. Commitments",
        "followups": "8. Follow-up calls", "minutes": "9. Minutes versions",
        "audit": "10. Audit trail", "when": "When", "what": "What", "reason": "Reason",
        "session": "Session", "role": "Attendance", "kind": "Kind", "channel": "Channel",
        "text": "Text", "disposition": "Disposition", "replies": "Replies", "status": "Status",
        "due": "Due", "progress": "Progress", "caller": "Caller", "resolved": "Resolved",
        "satisfaction": "Satisfaction", "file": "File", "version": "Version",
        "public": "Public", "venue": "Venue", "tags": "Tags", "empty": "(none)",
    },
}


_EVENTS = {  # actions of the audit trail and states shown in the report: (zh, en)
    "consent given": ("同意联系并留下联系方式", "consent given, contact kept"),
    "contact_set": ("记录联系方式", "contact recorded"),
    "contact_erased": ("删除联系方式", "contact erased"),
    "erased": ("删除本人信息", "person erased"),
    "erasure_reapplied": ("恢复备份后再次删除", "erasure applied again after a restore"),
    "retention": ("保存期限届满", "retention period passed"),
    "queued": ("排队中", "queued"), "speaking": ("发言中", "speaking"), "done": ("已发言", "spoke"),
    "skipped": ("已跳过", "skipped"), "draft": ("草稿", "draft"), "approved": ("已审定", "approved"),
}


def _event(key: str, lang: str) -> str:
    pair = _EVENTS.get(key)
    return key if pair is None else pair[0] if is_zh(lang) else pair[1]


def _when(value: str | None, tz: tzinfo) -> str:
    if not value:
        return ""
    return datetime.fromisoformat(value).astimezone(tz).strftime("%Y-%m-%d %H:%M")


def _table(document: Document, headers: list[str], rows: list[list[object]], empty: str) -> None:
    if not rows:
        document.add_paragraph(empty)
        return
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells  # once per row (cell(r, c) in a loop is slow)
        for cell, value in zip(cells, row, strict=True):
            cell.text = clean_text("" if value is None else value)


def build_document(report: PersonReport, lang: str, tz: tzinfo = CHINA_TZ) -> Document:
    t = _TEXT["zh" if is_zh(lang) else "en"]
    yes = lambda flag: t["yes"] if flag else t["no"]  # noqa: E731
    p = report.person
    document = new_plain_document(lang, t["title"])
    set_properties(document, title=t["title"], subject=t["subject"], author="听见 Tingjian",
                   lang=lang)
    document.add_paragraph(clean_text(f"{t['title']} · {p['name']}"), style="Title")
    document.add_paragraph(t["generated"].format(at=_when(report.generated_at, tz)))
    sessions = {s["id"]: s["title"] for s in report.sessions}
    document.add_heading(t["person"], level=1)
    rows = [[t["name"], p["name"]], [t["group"], p["group"]],
            [t["contact"], p["contact"] or t["none"]], [t["consent"], yes(p["contact_consent"])],
            [t["official"], yes(p["is_official"])], [t["note"], p["note"]],
            [t["created"], _when(p["created_at"], tz)]]
    if p["erased_at"]:
        rows.append([t["erased"], _when(p["erased_at"], tz)])
    _table(document, [t["what"], t["text"]], rows, t["empty"])
    document.add_heading(t["consents"], level=1)
    _table(document, [t["when"], t["what"], t["reason"]],
           [[_when(c["at"], tz), _event(c["what"], lang), _event(c.get("reason", ""), lang)]
            for c in report.consents],
           t["empty"])
    document.add_heading(t["sessions"], level=1)
    _table(document, [t["when"], t["session"], t["venue"]],
           [[_when(s["starts_at"], tz), s["title"], s["venue"]] for s in report.sessions],
           t["empty"])
    document.add_heading(t["registrations"], level=1)
    _table(document, [t["session"], t["role"], t["when"]],
           [[r["session"], word("attendance", r["role"], lang), _when(r["signed_in_at"], tz)]
            for r in report.registrations],
           t["empty"])
    document.add_heading(t["turns"], level=1)
    _table(document, [t["session"], t["name"], t["status"], t["when"]],
           [[sessions.get(x["session_id"], x["session_id"]), x["label"], _event(x["status"], lang),
             _when(x["started_at"], tz)] for x in report.speaker_turns], t["empty"])
    document.add_heading(t["opinions"], level=1)
    if not report.opinions:
        document.add_paragraph(t["empty"])
    for o in report.opinions:
        document.add_heading(clean_text(f"#{o['id']} · {sessions.get(o['session_id'], '')} · "
                                        f"{_when(o['received_at'], tz)}"), level=2)
        document.add_paragraph(clean_text(o["text"]))
        d = o["disposition"]
        facts = [[t["kind"], word("opinion_kind", o["kind"], lang)],
                 [t["channel"], word("channel", o["channel"], lang)],
                 [t["tags"], "、".join(o["tags"])],
                 [t["disposition"], f"{word('disposition', d['kind'], lang)} {d['reason']} "
                  f"({_when(d['decided_at'], tz)})"
                  if d else t["none"]]]
        facts += [[t["replies"], f"{r['text']} — {r['given_by']} ({_when(r['given_at'], tz)})"]
                  for r in o["replies"]]
        _table(document, [t["what"], t["text"]], facts, t["empty"])
    document.add_heading(t["commitments"], level=1)
    _table(document, [t["text"], t["status"], t["due"], t["progress"]],
           [[c["title"], word("commitment_status", c["status"], lang), _when(c["due_at"], tz),
             "\n".join(f"{_when(n['at'], tz)} {n['text']}" for n in c["progress"])]
            for c in report.commitments], t["empty"])
    document.add_heading(t["followups"], level=1)
    _table(document, [t["when"], t["caller"], t["resolved"], t["satisfaction"], t["note"]],
           [[_when(f["called_at"], tz), f["caller"],
             "" if f["resolved"] is None else yes(f["resolved"]),
             word("satisfaction", f["satisfaction"], lang) if f["satisfaction"] else "",
             f["note"]] for f in report.follow_ups], t["empty"])
    document.add_heading(t["minutes"], level=1)
    _table(document, [t["session"], t["version"], t["public"], t["status"], t["file"]],
           [[sessions.get(v["session_id"], v["session_id"]), v["version"], yes(v["public"]),
             _event(v["status"], lang), v["file"]] for v in report.minutes_versions], t["empty"])
    document.add_heading(t["audit"], level=1)
    _table(document, [t["when"], t["what"], t["reason"]],
           [[_when(a["at"], tz), _event(a["action"], lang), _event(a["reason"], lang)]
            for a in report.audit], t["empty"])
    return document


def write_person_report(report: PersonReport, out: Path, lang: str,
                        tz: tzinfo = CHINA_TZ) -> Path:
    """``.json`` writes the data, ``.docx`` the readable document; anything else is refused."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".json":
        write_atomically(out, (report.to_json() + "\n").encode("utf-8"))
    elif suffix == ".docx":
        from io import BytesIO

        buffer = BytesIO()
        build_document(report, lang, tz).save(buffer)
        write_atomically(out, buffer.getvalue())
    else:
        raise ValidationError(
            en=f"The report is written as .docx or .json (got {out.name!r}).",
            zh=f"报告只能保存为 .docx 或 .json 文件（收到 {out.name!r}）。")
    return out
